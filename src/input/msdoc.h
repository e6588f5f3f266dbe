/* The Word 97-2003 .doc front end (msdoc.c): the binary Word format
 * ([MS-DOC]) in a compound file (cfb.h). */
#ifndef XXGK_MSDOC_H
#define XXGK_MSDOC_H
#include "input.h"

/* The text of a .doc (n bytes of compound file) into in->text/len, as
 * docx_read gives a .docx's: paragraphs are lines, a table's rows are
 * lines (cells by the grid, merges resolved). False with in->error_code
 * (L055 no Word document in the compound file, L056 encrypted, L057
 * damaged) and in->error its argument, or with in->error alone (memory). */
bool msdoc_read(xxgk_input *in, const uint8_t *b, size_t n);
/* L055's argument in either language: what the compound file is by its
 * in->error_num (NULL for 0: in->error names its streams); L056's: how
 * the file is locked. */
const char *msdoc_what(unsigned long kind, bool zh);
const char *msdoc_locked(unsigned long how, bool zh);
#endif
