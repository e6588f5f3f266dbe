#ifndef XXGK_TESTUTIL_H
#define XXGK_TESTUTIL_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "xxgk.h"

xxgk_doc *parse_str(const char *text);
xxgk_doc *parse_file(const char *rel); /* relative to the source tree */
char *read_source_file(const char *rel, size_t *len);
const xxgk_diag *find_diag(const xxgk_doc *doc, int code);
int count_diags(const xxgk_doc *doc, int code);
xxgk_pos diag_pos(const xxgk_doc *doc, const xxgk_diag *d);
/* "absent", "empty" or the exact value */
char *cell_str(const xxgk_doc *doc, int table, int row, int col, char *buf, size_t size);
#endif
