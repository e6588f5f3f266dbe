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

/* malloc'd copy of s with the first occurrence of from replaced by to;
 * fails the test when from is absent. */
char *replace1(const char *s, const char *from, const char *to);
/* malloc'd copy of s with every byte from replaced by to, in one pass. */
char *replace_byte(const char *s, char from, const char *to);
/* text with the first from replaced by to, parsed in four layouts: TSV as
 * is, CRLF, TABs as spaces, TABs as markdown pipes; returns 4, docs in d. */
int layout_variants(const char *text, const char *from, const char *to, const char *spaces, xxgk_doc **d);
/* Exactly one diagnostic with this code, at line:col. */
void assert_diag_at(const xxgk_doc *doc, int code, unsigned line, unsigned col);
/* The number of cells with a value or an empty state in the first copy. */
size_t count_cells(const xxgk_doc *doc);
/* tests/fixtures/canonical-2021.txt, read by canonical_setup for a group
 * of tests (cmocka_run_group_tests) and freed by canonical_teardown. */
extern char *canonical;
int canonical_setup(void **state);
int canonical_teardown(void **state);
#endif
