/* The HTML front end (html.c). */
#ifndef XXGK_HTML_H
#define XXGK_HTML_H
#include "input.h"

/* The text of a page already in UTF-8 (len bytes), with the origin of
 * every run into in->text/len/runs; meta into in->meta_*. False with
 * in->error when memory runs out. */
bool html_read(xxgk_input *in, const char *page, size_t len);
#endif
