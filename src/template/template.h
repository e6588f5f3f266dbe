/* The template module: what the two report templates (2019, 2021) hold
 * and the arithmetic they promise, from template.def. The builder, the
 * validator, diff and the printers ask here; none keeps its own list.
 *
 * Which template a report follows (docs/architecture.md, "The template"):
 *   xxgk_report_template: what the report says, for printing: the table
 *     columns or rows (the builder's vote, the first table that tells),
 *     else the reporting year (2021 and later: 2021), else 0, unknown.
 *   xxgk_table_template: the template a table's rows are summed and
 *     compared by: the table's own rows or columns, else the report's
 *     (above), else 2021, the template in force. Never 0.
 * A template 0 in the lookups below means "unknown": every row and cell
 * of a table is taken as possible. */
#ifndef XXGK_TEMPLATE_H
#define XXGK_TEMPLATE_H
#include <stdbool.h>

#include "xxgk.h"

int xxgk_table_template(const xxgk_report *r, int table);

/* ---- rows and columns ---------------------------------------------------- */

/* Does the template have this row? (0: every row of its table) */
bool xxgk_tpl_has_row(int tmpl, int row);
/* The rows of a table in the template, in the form's order; at most cap.
 * tmpl 0: the rows of either template. Returns how many. */
int xxgk_tpl_rows(int tmpl, int table, int *rows, int cap);
/* The last row of TABLE in template TMPL (2019 or 2021; row keys run in
 * the template's order), -1 when it has none. One lookup. */
int xxgk_tpl_last_row(int tmpl, int table);
/* Does the template have this cell? tmpl 0 has every cell of the row's
 * table; the optional 小计 column (legal_subtotal) belongs to no template. */
bool xxgk_tpl_has_cell(int tmpl, int table, int row, int col);
/* Does template tmpl (2019 or 2021) have the row? Its cells then in
 * *mask as bits (1u << col: xxgk_tpl_has_cell of each column), none when
 * the row is not table's. */
bool xxgk_tpl_row_mask(int tmpl, int table, int row, uint32_t *mask);
/* The columns of a row in template tmpl (2019 or 2021), in the form's
 * order, at most cap; 0 when the row is not the template's. */
int xxgk_tpl_row_cols(int tmpl, int row, int *cols, int cap);
/* Table 三's columns as printed: the six applicant columns and 总计, with
 * 小计 after the first subtotal_at organisation columns when printed. */
int xxgk_tpl_requests_cols(bool subtotal, int subtotal_at, int cols[8]);
/* Table 四's fifteen numbers: the group and the column of the i-th; its
 * g-th group (0 past the last). */
int xxgk_tpl_appeals_row(int i);
int xxgk_tpl_appeals_group(int g);
int xxgk_tpl_appeals_col(int i);
/* A result column's place among table 四's five (0 to 4), 5 for a column
 * that is none of them: one walk of the template's five, not a call for
 * each. */
int xxgk_tpl_result_rank(int col);
enum { XXGK_TPL_APPEALS_VALUES = 15 };

/* Names in messages: "（七）总计", "自然人"; "?" when unknown. */
const char *xxgk_tpl_row_name(int row);
const char *xxgk_tpl_col_name(int col);
/* The numeral of a numbered sub-row's group ("（三）"), else "". */
const char *xxgk_tpl_row_group(int row);
/* A numbered sub-row's item number in its group (5 for （三）5.属于三类内部
 * 事务信息), else 0. */
int xxgk_tpl_row_item(int row);
/* Table 四's group as its header prints it ("复议后起诉"), else NULL. */
const char *xxgk_tpl_group_label(int row);
/* What a column's numbers may be. */
enum { XXGK_COL_COUNT = 0, XXGK_COL_MONEY, XXGK_COL_CHANGE };
/* A column's unit and kind, from template.def; read through the two
 * functions below, which are inline because the builder and the validator
 * ask for every cell. */
typedef struct xxgk_tpl_colprop {
    unsigned char unit; /* enum xxgk_unit: the unit when none is printed */
    unsigned char kind; /* XXGK_COL_COUNT, _MONEY, _CHANGE */
} xxgk_tpl_colprop;
extern const xxgk_tpl_colprop xxgk_tpl_colprops[XXGK_C__COUNT];
static inline int xxgk_tpl_col_unit(int col)
{
    return col > 0 && col < XXGK_C__COUNT ? xxgk_tpl_colprops[col].unit : XXGK_UNIT_NONE;
}
static inline int xxgk_tpl_col_kind(int col)
{
    return col > 0 && col < XXGK_C__COUNT ? xxgk_tpl_colprops[col].kind : XXGK_COL_COUNT;
}
/* The money columns as bits (template.def), known when compiling: the
 * validator asks for every cell, and the test reads no table. */
enum {
    XXGK_TPL_MONEY_COLS = 0
#define XXGK_TPL_COL(C, name, unit, kind) | (XXGK_COL_##kind == XXGK_COL_MONEY ? 1 << XXGK_C_##C : 0)
#include "template.def"
#undef XXGK_TPL_COL
};
_Static_assert(XXGK_C__COUNT <= 31, "a bit for every column, in an int");
static inline bool xxgk_tpl_col_money(int col)
{
    return (unsigned)col < 32 && ((uint32_t)XXGK_TPL_MONEY_COLS >> col & 1);
}
/* The rows 2021 splits a row of 2019 into (zero-terminated), else NULL. */
const int *xxgk_tpl_split(int row);
/* The one template (2019, 2021) that has the row or the column; 0 when
 * both have it or neither. */
int xxgk_tpl_row_only(int row);
int xxgk_tpl_col_only(int col);
/* The columns (as bits, 1 << XXGK_C_x) that only template TMPL has: one
 * walk of the template for all of them. */
uint32_t xxgk_tpl_cols_only(int tmpl);
/* The rows (as bits, 1 << XXGK_R_x) that only template TMPL has. */
uint64_t xxgk_tpl_rows_only(int tmpl);
/* The numeral of the section a table stands in ("二"), "?" when unknown. */
const char *xxgk_tpl_table_numeral(int table);

/* ---- the arithmetic ------------------------------------------------------ */

enum xxgk_identity_id {
    XXGK_ID_NONE = 0,
#define XXGK_TPL_IDENTITY(E, key, code, table, per, parts, total, at, flags) XXGK_ID_##E,
#include "template.def"
#undef XXGK_TPL_IDENTITY
    XXGK_ID__COUNT
};
enum { XXGK_IDF_BALANCE = 1, XXGK_IDF_OPTIONAL = 2 };
enum { XXGK_TPL_MAXTERMS = 32 };

/* The cells of one side of an identity. */
typedef struct xxgk_terms {
    int n;
    int row[XXGK_TPL_MAXTERMS], col[XXGK_TPL_MAXTERMS];
} xxgk_terms;

/* One identity laid out on one row (per-row identities) or one column. */
typedef struct xxgk_identity {
    int id, code, table;
    xxgk_terms parts, total; /* the parts summed must equal the total */
    int at_row, at_col;      /* the cell a finding sits on */
    bool balance;            /* both sides sums, the parts first in messages */
    bool optional;           /* the total is the optional 小计 column */
} xxgk_identity;

const char *xxgk_identity_key(int id); /* "requests.row_total", "" unknown */
int xxgk_identity_table(int id);
bool xxgk_identity_per_row(int id);
/* Lay out identity id on a row (per row) or a column (per column) in
 * template tmpl (2019 or 2021). False when id is unknown. */
bool xxgk_identity_at(int id, int tmpl, int key, xxgk_identity *out);
/* The identity `out` laid out by xxgk_identity_at, moved to another row
 * (per-row identities) or column (per-column) of the same template: only
 * the key changes, since the terms of one side are the template's columns
 * (or rows) whatever the key. Cheaper than laying it out again for every
 * row or column the validator checks. */
void xxgk_identity_move(xxgk_identity *out, int key);
/* Does the cell take part in the identity of its row or column? tmpl as
 * above. */
bool xxgk_identity_has(int id, int tmpl, int row, int col);
/* The cell of a table at (row, col), NULL when it has none: what
 * xxgk_report_cell answers once it has the table, inline for the
 * validator, which asks for every term of every identity. A table without
 * an index (none built) is searched. */
const xxgk_cell *xxgk_table_cell_search(const xxgk_table *t, int row, int col);
static inline const xxgk_cell *xxgk_table_cell(const xxgk_table *t, int row, int col)
{
    if (!t->index)
        return xxgk_table_cell_search(t, row, col);
    int r = row - t->index_row, c = col - t->index_col;
    unsigned k = r >= 0 && r < t->index_rows && c >= 0 && c < t->index_cols
                     ? t->index[r * t->index_cols + c]
                     : 0;
    return k ? &t->cells[k - 1] : 0;
}

#endif
