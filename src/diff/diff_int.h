/* Internals shared by the passes of xxgk diff (diff*.c). */
#ifndef XXGK_DIFF_INT_H
#define XXGK_DIFF_INT_H
#include "diff.h"

/* A zeroed new element of the result's arrays (NULL and d->failed when
 * memory runs out). Pointers into an array stay valid only until the next
 * push onto the same array. */
diff_change *diff_push_change(diff_result *d, int action, int kind);
diff_only *diff_push_only(diff_result *d);
diff_mapped *diff_push_mapped(diff_result *d);
diff_check *diff_push_check(diff_result *d);
diff_group *diff_push_group(diff_result *d);
/* Copies owned by the result. */
const char *diff_strdup(diff_result *d, const char *s, size_t n);
const char *diff_printf(diff_result *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *diff_span_text(diff_result *d, const xxgk_doc *doc, xxgk_span sp);
void *diff_alloc(diff_result *d, size_t size);
/* Position of a span's start on one side. */
xxgk_pos diff_pos(const diff_side *s, xxgk_span sp);

/* The passes, in order. */
void diff_structure(diff_result *d); /* sections, headings, paragraphs (diff_struct.c) */
void diff_cells(diff_result *d);     /* tables (diff_cells.c) */
void diff_groups(diff_result *d);    /* cells of a table or row one side lacks (diff_groups.c) */
void diff_remarks(diff_result *d);   /* the rows' remarks (diff_remarks.c) */
void diff_checks(diff_result *d);    /* cross-year checks (diff_checks.c) */

/* The parse error that leaves the cell (table, row, col) of side s
 * unplaced (diff.h, diff_unplaced), code 0 when none (diff_unplaced.c). */
diff_unplaced diff_unplaced_of(const diff_side *s, int table, int row, int col);
/* The same for the printed cell c of table t itself: one copy of a cell
 * printed more than once (P014) is doubted by its own findings. */
diff_unplaced diff_unplaced_of_copy(const diff_side *s, int table, const xxgk_cell *c);

/* Does side s print a cell (a value or empty) of the table, or of its
 * row (row 0: of the table)? (diff_groups.c) */
bool diff_prints(const diff_side *s, int table, int row);

/* Cells and the template's identities on a report (diff_schema.c); what
 * a template holds is the template module's (template.h). */
/* A cell's value when printed as a number. */
bool diff_cell_value(const xxgk_report *r, int table, int row, int col, xxgk_dec *v,
                     const xxgk_cell **cell);
/* Evaluate an identity on a report: 1 holds, 0 fails, -1 cannot be told
 * (a cell absent, empty or an overflow). Fills lhs and rhs when known. */
int diff_identity_eval(const xxgk_report *r, int id, int row, int col, xxgk_dec *lhs, xxgk_dec *rhs);
/* A cell of the identity on side s is unplaced: it cannot be told. */
bool diff_identity_unplaced(const diff_side *s, int id, int row, int col);
/* The identities a cell takes part in; returns how many (at most 4). */
int diff_identities_of(const xxgk_report *r, int table, int row, int col, diff_identity out[4]);
/* How many copies of the cell (row, col) the table prints (a row printed
 * again whose cells were read: P014); *agree false when two of them differ
 * (state, or value compared exactly). */
int diff_cell_copies(const xxgk_report *r, int table, int row, int col, bool *agree);
/* a - b exactly; -1 on overflow. */
int diff_dec_sub(xxgk_dec a, xxgk_dec b, xxgk_dec *out);
#endif
