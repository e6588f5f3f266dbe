/* xxgk diff: values of cells, exact arithmetic on them, and the template's
 * identities (template.def) evaluated on one report. Used to name the
 * identities a changed cell breaks; recomputed here from the cells, no
 * validator needed. */
#include "diff_int.h"
#include "template.h"

bool diff_cell_value(const xxgk_report *r, int table, int row, int col, xxgk_dec *v,
                     const xxgk_cell **cell)
{
    const xxgk_cell *c = xxgk_report_cell(r, table, row, col);
    if (cell)
        *cell = c;
    if (!c || c->state != XXGK_CELL_VALUE)
        return false;
    *v = c->value;
    return true;
}

int diff_cell_copies(const xxgk_report *r, int table, int row, int col, bool *agree)
{
    *agree = true;
    const xxgk_table *t = r && table >= 0 && table < XXGK_TABLE__COUNT ? r->tables[table] : NULL;
    const xxgk_cell *first = NULL;
    int n = 0;
    for (size_t i = 0; t && i < t->ncells; i++) {
        const xxgk_cell *c = &t->cells[i];
        if (c->row != row || c->col != col || c->state == XXGK_CELL_ABSENT)
            continue;
        n++;
        if (!first)
            first = c;
        else if (c->state != first->state ||
                 (c->state == XXGK_CELL_VALUE && xxgk_dec_cmp(c->value, first->value) != 0))
            *agree = false;
    }
    return n;
}

int diff_dec_sub(xxgk_dec a, xxgk_dec b, xxgk_dec *out)
{
    if (b.mant == INT64_MIN)
        return -1;
    b.mant = -b.mant;
    return xxgk_dec_add(a, b, out);
}

/* Sum of the cells of one side; false when one is not a value or the sum
 * overflows. A side of one cell is its value as printed (1.50 stays 1.50:
 * a sum is normalised). */
static bool sum_terms(const xxgk_report *r, int table, const xxgk_terms *t, xxgk_dec *out)
{
    xxgk_dec s = {0, 0}, v;
    for (int i = 0; i < t->n; i++) {
        if (!diff_cell_value(r, table, t->row[i], t->col[i], &v, NULL))
            return false;
        if (t->n == 1)
            s = v;
        else if (xxgk_dec_add(s, v, &s))
            return false;
    }
    *out = s;
    return true;
}

/* The identity on the row or column `key` of r, in the template r's table
 * is summed by (xxgk_table_template). */
static bool lay_out(const xxgk_report *r, int id, int key, xxgk_identity *out)
{
    int table = xxgk_identity_table(id);
    return table >= 0 && xxgk_identity_at(id, xxgk_table_template(r, table), key, out);
}

int diff_identity_eval(const xxgk_report *r, int id, int row, int col, xxgk_dec *lhs, xxgk_dec *rhs)
{
    xxgk_identity e;
    if (!lay_out(r, id, xxgk_identity_per_row(id) ? row : col, &e))
        return -1;
    /* lhs is the printed total, rhs the sum of its parts; V104's sides are
     * new + carried_in (lhs) and handled_total + carried_out (rhs) */
    const xxgk_terms *l = e.balance ? &e.parts : &e.total, *rt = e.balance ? &e.total : &e.parts;
    if (!sum_terms(r, e.table, l, lhs) || !sum_terms(r, e.table, rt, rhs))
        return -1;
    int c = xxgk_dec_cmp(*lhs, *rhs);
    return c == 2 ? -1 : c == 0;
}

/* Whether a cell of the identity on row/col of side s is unplaced (a
 * parse error doubts it, diff_unplaced.c): then its sums are the
 * reading's, and whether it holds cannot be told. */
bool diff_identity_unplaced(const diff_side *s, int id, int row, int col)
{
    xxgk_identity e;
    if (!lay_out(s->r, id, xxgk_identity_per_row(id) ? row : col, &e))
        return false;
    const xxgk_terms *sides[2] = {&e.parts, &e.total};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < sides[k]->n; i++)
            if (diff_unplaced_of(s, e.table, sides[k]->row[i], sides[k]->col[i]).code)
                return true;
    return false;
}

/* An identity whose total is the optional 小计 takes part only where the
 * report prints that cell. */
int diff_identities_of(const xxgk_report *r, int table, int row, int col, diff_identity out[4])
{
    int n = 0;
    for (int id = 1; id < XXGK_ID__COUNT && n < 4; id++) {
        xxgk_identity e;
        if (xxgk_identity_table(id) != table ||
            !xxgk_identity_has(id, xxgk_table_template(r, table), row, col) || !lay_out(r, id, 0, &e))
            continue;
        if (e.optional && !xxgk_report_cell(r, table, row, e.at_col))
            continue;
        bool per_row = xxgk_identity_per_row(id);
        out[n++] = (diff_identity){id, per_row ? row : 0, per_row ? 0 : col, {0, 0}, {0, 0}};
    }
    return n;
}
