/* Values, cell by cell (template.md, "Arithmetic", item 6):
 *
 *   V201  a count below zero (only 2019's 本年增/减 may be negative)
 *   V202  a count with a fraction (money may have one)
 *   V203  a number printed in scientific notation (1.0074845E7)
 *   V204  money implausibly large for its unit: 10^11 元 in the cell's
 *         unit, ten million 万元 (a
 *         thousand 亿元) or more is far beyond any agency's fees or
 *         purchases, while the same digits read as 元 are ordinary: a
 *         number in 元 under a 万元 header, or with 万元 typed after it;
 *         the message says which, since the fix differs */
#include <string.h>

#include "check_int.h"
#include "template.h"

static bool is_money(int col) { return xxgk_tpl_col_kind(col) == XXGK_COL_MONEY; }

/* Most cells: a whole count not below zero, printed plainly, none of the
 * rules'. */
static bool plain_count(const xxgk_cell *cell)
{
    return cell->value.mant >= 0 && cell->value.scale <= 0 && !cell->scientific &&
           !xxgk_tpl_col_money(cell->col);
}

/* 3.0 is a whole number; xxgk_dec_is_integer looks at the scale only. */
static bool whole(xxgk_dec d)
{
    if (d.scale <= 0)
        return true;
    int64_t m = d.mant;
    for (int32_t s = 0; s < d.scale; s++) {
        if (m % 10 != 0)
            return false;
        m /= 10;
    }
    return true;
}

/* The smallest implausible amount in the cell's unit: 10^11 元 (10^7 万元,
 * 1000 亿元), exact in every unit. */
static bool implausible(const xxgk_cell *cell, xxgk_dec *limit)
{
    /* no unit printed or implied: nothing to compare */
    if (xxgk_unit_convert((xxgk_dec){100000000000LL, 0}, XXGK_UNIT_YUAN, cell->unit, limit))
        return false;
    int cmp = xxgk_dec_cmp(cell->value, *limit);
    return cmp == 1 || cmp == 0;
}

static void check_cell(ck *c, const xxgk_cell *cell)
{
    if (cell->state != XXGK_CELL_VALUE || plain_count(cell))
        return;
    bool negative = cell->value.mant < 0;
    if (negative && xxgk_tpl_col_kind(cell->col) != XXGK_COL_CHANGE)
        ck_diag(c, XXGK_V_NEGATIVE, cell->span, ck_cell_name(c, cell), ck_dec(c, cell->value));
    if (!is_money(cell->col) && !whole(cell->value))
        ck_diag(c, XXGK_V_FRACTION, cell->span, ck_cell_name(c, cell), ck_dec(c, cell->value));
    if (cell->scientific) {
        const char *printed = doc_printf(c->doc, "%.*s", (int)(cell->span.end - cell->span.start),
                                         (const char *)c->doc->src + cell->span.start);
        ck_diag(c, XXGK_V_SCIENTIFIC, cell->span, ck_cell_name(c, cell), printed,
                ck_dec(c, cell->value));
    }
    xxgk_dec limit;
    if (is_money(cell->col) && implausible(cell, &limit)) {
        const char *unit = xxgk_unit_name(cell->unit);
        const char *where = ck_textf(c, cell->unit_printed ? CKT_UNIT_BESIDE : CKT_UNIT_COLUMN, unit);
        ck_diag(c, XXGK_V_IMPLAUSIBLE, cell->span, ck_cell_name(c, cell), ck_dec(c, cell->value),
                unit, ck_dec(c, limit), unit, where);
    }
}

/* The columns and rows only the form other than the report year's has
 * (V306, check_structure.c), as bits; none when the year names no form
 * (unknown, P016, or older than both). Key 0 is no column and no row. */
static void other_form_keys(const ck *c, uint32_t *cols, uint64_t *rows)
{
    *cols = 0;
    *rows = 0;
    int year = c->r->year;
    if (year < 2019)
        return;
    int other = year >= 2021 ? 2019 : 2021;
    *cols = xxgk_tpl_cols_only(other) & ~1u;
    *rows = xxgk_tpl_rows_only(other) & ~(uint64_t)1;
}

/* One table's cells for V201-V204 and V306's first cell of the other
 * form (c->other_form), the masks as ck_values made them; with `from`
 * (a constant at each call: the walk without it pays nothing), the
 * least start of a cell's number is kept in *least too. */
static inline __attribute__((always_inline)) void table_values(ck *c, int t, const xxgk_table *tab, uint32_t col_mask,
                                                               uint32_t other_cols, uint64_t other_rows, bool from,
                                                               uint32_t *least)
{
    uint32_t cols = col_mask, others = other_cols; /* others: 0 once the first is found */
    uint64_t rows = other_rows;
    uint32_t lo = *least;
    /* the bounds read once: a finding's diagnostic could alias them
     * for all the compiler knows */
    for (const xxgk_cell *cell = tab->cells, *end = cell + tab->ncells; cell < end; cell++) {
        if (from)
            lo = cell->span.start < lo ? cell->span.start : lo;
        unsigned col = (unsigned)cell->col, row = (unsigned)cell->row;
        bool col_hit = col < 32 && (cols >> col & 1), row_hit = row < 64 && (rows >> row & 1);
        if (!(col_hit | row_hit) &&
            (cell->state != XXGK_CELL_VALUE ||
             (cell->value.mant >= 0 && cell->value.scale <= 0 && !cell->scientific)))
            continue; /* plain_count, or no value: nothing of either rule */
        bool other_col = col_hit && (others >> col & 1);
        if (other_col || row_hit) {
            /* the table's first cell of the other form: no other asked */
            c->other_form[t] = cell;
            c->other_by_col[t] = other_col;
            cols = (uint32_t)XXGK_TPL_MONEY_COLS;
            others = 0;
            rows = 0;
        }
        check_cell(c, cell);
    }
    *least = lo;
}

/* One walk of each table's cells for V201-V204 and for V306's first cell
 * of the other form (c->other_form), and, when only the findings about
 * cells are shown, for c->cells_from. Most cells are a plain count in a
 * column and row of both forms: one test of the column against the money
 * columns and the other form's together, one of the row, then the value's
 * own fields; the rest are told apart after. A negative key is past 32 and
 * 64 as unsigned: no bit. */
void ck_values(ck *c)
{
    uint32_t other_cols;
    uint64_t other_rows;
    other_form_keys(c, &other_cols, &other_rows);
    uint32_t col_mask = other_cols | (uint32_t)XXGK_TPL_MONEY_COLS;
    uint32_t least = UINT32_MAX;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        c->other_form[t] = NULL;
        c->other_by_col[t] = false;
        const xxgk_table *tab = c->r->tables[t];
        if (!tab || !tab->ncells) /* no cells: none made, cells NULL */
            continue;
        if (c->cells_only)
            table_values(c, t, tab, col_mask, other_cols, other_rows, true, &least);
        else
            table_values(c, t, tab, col_mask, other_cols, other_rows, false, &least);
    }
    c->cells_from = least;
}

/* A table printed for another scope (（二）全县, a summary of many
 * agencies) holds counts and amounts as the report's own does: each is
 * whole, not below zero, plainly printed and plausible for its unit
 * there too. Its cells alone, after the report's (V306's first cell of
 * the other form is the report's tables', not asked here). */
void ck_values_table(ck *c, const xxgk_table *tab)
{
    /* by index: a table of another scope whose rows were all lost has no
     * cells, and its cells pointer is NULL (NULL + 0 is undefined: fuzz45,
     * tests/hostile/crash-scoped-table-without-cells.txt) */
    for (size_t i = 0; i < tab->ncells; i++)
        check_cell(c, &tab->cells[i]);
}
