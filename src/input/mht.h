/* A web archive (MHTML, RFC 2557: what Word and IE save as .mht, and what
 * OA systems put in a .docx as an altChunk): its HTML page out of the
 * MIME message. */
#ifndef XXGK_MHT_H
#define XXGK_MHT_H
#include <stddef.h>

/* The first text/html part of the n bytes of a MIME message, its transfer
 * encoding (quoted-printable, base64) undone, malloc'd with a NUL and its
 * length in *len; a charset its header names comes first as a <meta>, so
 * the page is read in it. NULL when there is no such part (or no memory). */
char *mht_html(const char *b, size_t n, size_t *len);
#endif
