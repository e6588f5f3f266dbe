/* Parsing what a front end read (src/input/input.h). */
#ifndef XXGK_PARSE_INPUT_H
#define XXGK_PARSE_INPUT_H
#include "input.h"

/* Parse the text of in, a document named name: diagnostics point into the
 * file the text came from (an HTML page) when in has an origin; the front
 * end's notes (decoded GB18030, Big5) come first; the page's metadata
 * reaches the report through opts->meta_*. NULL when memory runs out. */
xxgk_doc *xxgk_parse_input(const char *name, const xxgk_input *in, const xxgk_options *opts);
/* The same, the document adopting in's text (no copy) and in freed
 * (xxgk_input_free) as soon as the document has the rest, before the
 * parse: whatever the result, in is empty after. */
xxgk_doc *xxgk_parse_input_take(const char *name, xxgk_input *in, const xxgk_options *opts);
#endif
