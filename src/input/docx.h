/* The Word .docx front end (docx.c). */
#ifndef XXGK_DOCX_H
#define XXGK_DOCX_H
#include "input.h"

/* Largest word/document.xml read (uncompressed): a report is far smaller,
 * a zip bomb is not read past it. */
enum { DOCX_MAX_XML = 64 << 20 };

/* The text of a .docx (n bytes of zip) into in->text/len: paragraphs are
 * lines, a table's rows are lines with gridSpan and vMerge resolved.
 * False with in->error when it is no readable .docx. */
bool docx_read(xxgk_input *in, const uint8_t *zip, size_t n);
#endif
