/* Where a place of the text stands in the Word file it was read from: a
 * .docx has no lines of its own, so every format that shows a finding
 * (the located lines, JSON, SARIF) gives the paragraph, or the table, row
 * and cell, as a note right after the finding's own place. One source for
 * the words, so no format can drop or reword it. */
#ifndef XXGK_DOCX_PLACE_H
#define XXGK_DOCX_PLACE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xxgk.h"

enum { DOCX_PLACE_MAX = 96 };

/* "in the .docx: table 2, row 8, cell 3" (or "paragraph 5"; in Chinese
 * when the document's language is) for the text at off into where: false,
 * and nothing written, when the document is no .docx. The cell is one
 * more than the TABs before off on its line. */
bool diag_docx_place(const xxgk_doc *doc, uint32_t off, char *where, size_t size);
#endif
