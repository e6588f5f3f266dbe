/* JSON written through a buffer (outbuf.h), for the printers that write a
 * document's tree or findings as JSON: they spent most of their time in
 * fprintf's format walk and in a search of the line index for every
 * place. A string is escaped as xxgk_json_string escapes it, a span's
 * location fields are xxgk_json_location's (its places counted through a
 * cursor, pos_cursor.h: the same line and column), a document's findings
 * are xxgk_json_diags's. */
#ifndef XXGK_JSON_OUT_H
#define XXGK_JSON_OUT_H
#include "outbuf.h"
#include "pos_cursor.h"

void ob_json_string(outbuf *o, const char *s, size_t len);
/* A string, or null for none (xxgk_json_string_or_null). */
void ob_json_string_or_null(outbuf *o, const char *s);
void ob_json_location(outbuf *o, const xxgk_doc *doc, pos_cursor *at, xxgk_span sp);
void ob_json_diags(outbuf *o, const xxgk_doc *doc, pos_cursor *at);
#endif
