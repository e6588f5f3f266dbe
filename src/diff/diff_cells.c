/* xxgk diff, tables: every cell matched by (table, row key, column key).
 *
 * A cell on one side only is an insertion or a deletion when the other
 * side's template has it (the report lost or gained it); when the other
 * template has no such cell it is listed as belonging to one template only
 * and not counted as a change. Across the template change, 2019's
 * （六）其他处理 row is compared with the sum of 2021's three （六） rows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "template.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x


static bool present(const xxgk_cell *c) { return c && c->state != XXGK_CELL_ABSENT; }

/* Values to compare: in 元 when the units printed differ. */
static bool comparable(diff_change *c, xxgk_dec *a, xxgk_dec *b)
{
    *a = c->old_value;
    *b = c->new_value;
    if (c->old_unit == c->new_unit || !c->old_unit || !c->new_unit)
        return true;
    c->flags |= DIFF_CELL_UNITS;
    if (xxgk_unit_convert(*a, c->old_unit, XXGK_UNIT_YUAN, a))
        return false;
    if (xxgk_unit_convert(*b, c->new_unit, XXGK_UNIT_YUAN, b))
        return false;
    return true;
}

/* The identities around a changed cell: those that held on OLD and fail
 * on NEW (broken) and the reverse (repaired). */
static void identities(diff_result *d, diff_change *c)
{
    diff_identity ids[4];
    int n = diff_identities_of(d->new.r, c->table, c->row, c->col, ids);
    if (!n)
        return;
    c->breaks = diff_alloc(d, sizeof(diff_identity) * (size_t)n);
    c->repairs = diff_alloc(d, sizeof(diff_identity) * (size_t)n);
    if (!c->breaks || !c->repairs)
        return;
    for (int k = 0; k < n; k++) {
        diff_identity e = ids[k];
        if (diff_identity_unplaced(&d->old, e.id, e.row, e.col) ||
            diff_identity_unplaced(&d->new, e.id, e.row, e.col))
            continue; /* its sums are the reading's shift */
        xxgk_dec ol, orr;
        int before = diff_identity_eval(d->old.r, e.id, e.row, e.col, &ol, &orr);
        int after = diff_identity_eval(d->new.r, e.id, e.row, e.col, &e.lhs, &e.rhs);
        if (before == 1 && after == 0)
            c->breaks[c->nbreaks++] = e;
        else if (before == 0 && after == 1)
            c->repairs[c->nrepairs++] = e;
    }
}

/* A change on a cell one side cannot place (diff_unplaced.c): counted
 * apart from the report's changes, with no identities named (their sums
 * would be the shift's). True when it is one. */
/* OC, NC: the copy each side prints, NULL for a side that does not (its
 * row then asked by key). */
static bool mark_unplaced(diff_result *d, diff_change *c, const xxgk_cell *oc, const xxgk_cell *nc)
{
    c->old_unplaced = oc ? diff_unplaced_of_copy(&d->old, c->table, oc)
                         : diff_unplaced_of(&d->old, c->table, c->row, c->col);
    c->new_unplaced = nc ? diff_unplaced_of_copy(&d->new, c->table, nc)
                         : diff_unplaced_of(&d->new, c->table, c->row, c->col);
    if (!c->old_unplaced.code && !c->new_unplaced.code)
        return false;
    d->cells_unplaced[c->table]++;
    return true;
}

/* Which copy of its key a cell is (diff_change.copy): all 0 when each
 * side prints the key at most once. */
typedef struct copy_of {
    int copy, old_copies, new_copies;
} copy_of;

static void set_copy(diff_change *c, copy_of k)
{
    c->copy = k.copy;
    c->old_copies = k.old_copies;
    c->new_copies = k.new_copies;
}

static void compare(diff_result *d, int t, const xxgk_cell *oc, const xxgk_cell *nc, copy_of k)
{
    diff_change tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.action = DIFF_UPDATE;
    tmp.kind = DIFF_K_CELL;
    tmp.similarity = -1;
    tmp.old_state = oc->state;
    tmp.new_state = nc->state;
    tmp.old_value = oc->value;
    tmp.new_value = nc->value;
    tmp.old_unit = oc->unit;
    tmp.new_unit = nc->unit;
    bool same = oc->state == nc->state;
    if (same && oc->state == XXGK_CELL_VALUE) {
        xxgk_dec a, b;
        /* 2: the values do not fit once aligned; report them, without a change */
        int r = comparable(&tmp, &a, &b) ? xxgk_dec_cmp(a, b) : 2;
        same = r == 0;
        if (r != 2 && !same && diff_dec_sub(b, a, &tmp.delta) == 0)
            tmp.has_delta = true;
    }
    if (same) {
        d->cells_same[t]++;
        return;
    }
    diff_change *c = diff_push_change(d, DIFF_UPDATE, DIFF_K_CELL);
    if (!c)
        return;
    *c = tmp;
    c->section = c->old_section = XXGK_SEC_PROACTIVE + t;
    c->table = t;
    c->row = nc->row;
    c->col = nc->col;
    c->has_old = c->has_new = true;
    set_copy(c, k);
    c->old_span = oc->span;
    c->new_span = nc->span;
    c->old_pos = diff_pos(&d->old, oc->span);
    c->new_pos = diff_pos(&d->new, nc->span);
    if (mark_unplaced(d, c, oc, nc))
        return;
    d->cells_changed[t]++;
    identities(d, c);
}

/* The other report should have the cell: its template has it, or it is
 * the optional 小计 column (legal_subtotal) of a table 三 that the other
 * report prints with that column (its row left out, the column is not). */
static bool other_should_have(const diff_side *other, int t, const xxgk_cell *cell)
{
    if (xxgk_tpl_has_cell(other->tmpl, t, cell->row, cell->col))
        return true;
    const xxgk_table *ot = other->r->tables[t];
    return cell->col == C(LEGAL_SUBTOTAL) && ot && ot->ncols_requests == 8 &&
           xxgk_tpl_has_cell(other->tmpl, t, cell->row, C(TOTAL));
}

/* A cell of one side only: a change when the other report should have it. */
static void one_side(diff_result *d, int t, const xxgk_cell *cell, bool on_old, copy_of k)
{
    const diff_side *other = on_old ? &d->new : &d->old;
    if (other_should_have(other, t, cell)) {
        diff_change *c = diff_push_change(d, on_old ? DIFF_DELETE : DIFF_INSERT, DIFF_K_CELL);
        if (!c)
            return;
        c->section = c->old_section = XXGK_SEC_PROACTIVE + t;
        c->table = t;
        c->row = cell->row;
        c->col = cell->col;
        set_copy(c, k);
        if (!mark_unplaced(d, c, on_old ? cell : NULL, on_old ? NULL : cell))
            d->cells_changed[t]++;
        if (on_old) {
            c->has_old = true;
            c->old_state = cell->state;
            c->old_value = cell->value;
            c->old_unit = cell->unit;
            c->old_span = cell->span;
            c->old_pos = diff_pos(&d->old, cell->span);
        } else {
            c->has_new = true;
            c->new_state = cell->state;
            c->new_value = cell->value;
            c->new_unit = cell->unit;
            c->new_span = cell->span;
            c->new_pos = diff_pos(&d->new, cell->span);
        }
        return;
    }
    /* one template only: one entry per row the other template lacks,
     * else one per column */
    bool row_lacking = true;
    for (int col = 1; col < XXGK_C__COUNT && row_lacking; col++)
        if (xxgk_tpl_has_cell(other->tmpl, t, cell->row, col))
            row_lacking = false;
    if (cell->col == C(LEGAL_SUBTOTAL))
        row_lacking = false;
    for (size_t i = 0; i < d->nonly; i++) {
        const diff_only *e = &d->only[i];
        if (e->in_old == on_old && e->table == t && e->row == cell->row &&
            (row_lacking ? e->col == 0 : e->col == cell->col))
            return;
    }
    diff_only *e = diff_push_only(d);
    if (!e)
        return;
    e->in_old = on_old;
    e->table = t;
    e->row = cell->row;
    e->col = row_lacking ? 0 : cell->col;
    e->template_lacks = cell->col != C(LEGAL_SUBTOTAL);
    e->span = cell->span;
    e->pos = diff_pos(on_old ? &d->old : &d->new, cell->span);
}

static bool uses_other_2019(const xxgk_report *r)
{
    return present(xxgk_report_cell(r, XXGK_TABLE_REQUESTS, R(OTHER), C(TOTAL)));
}

/* the last of the rows 2021 splits it into is printed */
static bool uses_other_2021(const xxgk_report *r, const int *parts)
{
    int last = parts[0];
    for (int k = 0; parts[k]; k++)
        last = parts[k];
    return present(xxgk_report_cell(r, XXGK_TABLE_REQUESTS, last, C(TOTAL)));
}

/* "other.no_correction+other.fee_unpaid+other.other" */
static const char *parts_desc(diff_result *d, const int *parts)
{
    const char *s = "";
    for (int k = 0; parts[k]; k++)
        s = diff_printf(d, "%s%s%s", s, k ? "+" : "", xxgk_row_key(parts[k]));
    return s;
}

/* Sum of 2021's （六） rows in one column. */
static bool sum_other(const xxgk_report *r, const int *parts, int col, xxgk_dec *out,
                      xxgk_span *first)
{
    xxgk_dec s = {0, 0}, v;
    for (int k = 0; parts[k]; k++) {
        const xxgk_cell *c;
        bool ok = diff_cell_value(r, XXGK_TABLE_REQUESTS, parts[k], col, &v, &c);
        if (k == 0 && c)
            *first = c->span;
        if (!ok || xxgk_dec_add(s, v, &s))
            return false;
    }
    *out = s;
    return true;
}

/* The first of rows (0-ended) whose cell in column col is unplaced on s. */
static diff_unplaced unplaced_rows(const diff_side *s, const int *rows, int col)
{
    diff_unplaced u = {0, false, {0, 0}};
    for (int k = 0; rows[k] && !u.code; k++)
        u = diff_unplaced_of(s, XXGK_TABLE_REQUESTS, rows[k], col);
    return u;
}

/* 2019's other against the sum of 2021's other.*, column by column. */
static void map_other(diff_result *d)
{
    const int *parts = xxgk_tpl_split(R(OTHER));
    bool o19 = uses_other_2019(d->old.r), n19 = uses_other_2019(d->new.r);
    bool o21 = uses_other_2021(d->old.r, parts), n21 = uses_other_2021(d->new.r, parts);
    if (!((o19 && n21 && !n19) || (o21 && n19 && !o19)))
        return;
    const char *other_sum = parts_desc(d, parts);
    bool old_is_2019 = o19 && n21;
    const xxgk_report *r19 = old_is_2019 ? d->old.r : d->new.r;
    const xxgk_report *r21 = old_is_2019 ? d->new.r : d->old.r;
    /* every column of table 三, 小计 before 总计 */
    int cols[8];
    int ncols = xxgk_tpl_requests_cols(true, 5, cols);
    for (int k = 0; k < ncols; k++) {
        int col = cols[k];
        const xxgk_cell *c19 = xxgk_report_cell(r19, XXGK_TABLE_REQUESTS, R(OTHER), col);
        const xxgk_cell *c21 = xxgk_report_cell(r21, XXGK_TABLE_REQUESTS, parts[0], col);
        if (!present(c19) || !present(c21))
            continue;
        xxgk_dec v19 = {0, 0}, v21 = {0, 0};
        xxgk_span s21 = c21->span;
        bool k19 = diff_cell_value(r19, XXGK_TABLE_REQUESTS, R(OTHER), col, &v19, NULL);
        bool k21 = sum_other(r21, parts, col, &v21, &s21);
        diff_mapped *m = diff_push_mapped(d);
        if (!m)
            return;
        m->table = XXGK_TABLE_REQUESTS;
        m->col = col;
        int nparts = 0;
        while (parts[nparts])
            nparts++;
        m->old_row = old_is_2019 ? R(OTHER) : parts[0];
        m->new_row = old_is_2019 ? parts[0] : R(OTHER);
        m->old_parts = old_is_2019 ? 1 : nparts;
        m->new_parts = old_is_2019 ? nparts : 1;
        m->old_desc = old_is_2019 ? "other" : other_sum;
        m->new_desc = old_is_2019 ? other_sum : "other";
        m->known = k19 && k21;
        m->old_value = old_is_2019 ? v19 : v21;
        m->new_value = old_is_2019 ? v21 : v19;
        m->has_old = m->has_new = true;
        m->old_pos = diff_pos(&d->old, old_is_2019 ? c19->span : s21);
        m->new_pos = diff_pos(&d->new, old_is_2019 ? s21 : c19->span);
        int cmp = m->known ? xxgk_dec_cmp(m->old_value, m->new_value) : 2;
        if (cmp == 0 || cmp == 2) {
            if (cmp == 0)
                d->cells_same[XXGK_TABLE_REQUESTS]++;
            continue;
        }
        diff_mapped mm = *m; /* the push below may move d->mapped */
        diff_change *c = diff_push_change(d, DIFF_UPDATE, DIFF_K_CELL);
        if (!c)
            return;
        static const int other19[] = {R(OTHER), 0};
        c->old_unplaced = unplaced_rows(&d->old, old_is_2019 ? other19 : parts, col);
        c->new_unplaced = unplaced_rows(&d->new, old_is_2019 ? parts : other19, col);
        if (c->old_unplaced.code || c->new_unplaced.code)
            d->cells_unplaced[XXGK_TABLE_REQUESTS]++;
        else
            d->cells_changed[XXGK_TABLE_REQUESTS]++;
        c->section = c->old_section = XXGK_SEC_REQUESTS;
        c->table = XXGK_TABLE_REQUESTS;
        c->row = R(OTHER);
        c->col = col;
        c->mapped = old_is_2019 ? mm.new_desc : mm.old_desc;
        c->mapped_row = old_is_2019 ? mm.new_row : mm.old_row;
        c->mapped_parts = old_is_2019 ? mm.new_parts : mm.old_parts;
        c->has_old = c->has_new = true;
        c->old_state = c->new_state = XXGK_CELL_VALUE;
        c->old_value = mm.old_value;
        c->new_value = mm.new_value;
        c->old_pos = mm.old_pos;
        c->new_pos = mm.new_pos;
        c->old_span = old_is_2019 ? c19->span : s21;
        c->new_span = old_is_2019 ? s21 : c19->span;
        c->has_delta = diff_dec_sub(mm.new_value, mm.old_value, &c->delta) == 0;
    }
}

/* A cell with a key of the template (row and column), as the table's
 * index keys it; other cells are looked up as before (xxgk_report_cell). */
static bool has_key(const xxgk_cell *c)
{
    return c->row > 0 && c->row < XXGK_R__COUNT && c->col > 0 && c->col < XXGK_C__COUNT;
}

#define NKEYS ((size_t)XXGK_R__COUNT * XXGK_C__COUNT)

static size_t key_of(const xxgk_cell *c) { return (size_t)c->row * XXGK_C__COUNT + (size_t)c->col; }

/* The copies of each key of one side's table, in order of appearance:
 * count[key] copies, the k-th (from 0) being cells[at[start[key] + k]];
 * rank[i], which copy cells[i] is. Cells not present or without a key
 * have none. */
typedef struct copies {
    uint32_t *count, *start, *at, *rank;
} copies;

static void copies_free(copies *c)
{
    free(c->count);
    free(c->start);
    free(c->at);
    free(c->rank);
}

/* Counting sort of the table's cells by key (stable: appearance kept).
 * False when out of memory. */
static bool copies_of(const xxgk_table *t, copies *c)
{
    size_t n = t ? t->ncells : 0;
    c->count = calloc(NKEYS, sizeof *c->count);
    c->start = calloc(NKEYS, sizeof *c->start);
    c->at = calloc(n ? n : 1, sizeof *c->at);
    c->rank = calloc(n ? n : 1, sizeof *c->rank);
    if (!c->count || !c->start || !c->at || !c->rank)
        return false;
    for (size_t i = 0; i < n; i++)
        if (present(&t->cells[i]) && has_key(&t->cells[i]))
            c->count[key_of(&t->cells[i])]++;
    uint32_t sum = 0;
    for (size_t k = 0; k < NKEYS; k++) {
        c->start[k] = sum;
        sum += c->count[k];
    }
    uint32_t *placed = calloc(NKEYS, sizeof *placed); /* per key: copies placed so far */
    if (!placed)
        return false;
    for (size_t i = 0; i < n; i++) {
        const xxgk_cell *cell = &t->cells[i];
        if (!present(cell) || !has_key(cell))
            continue;
        size_t k = key_of(cell);
        c->rank[i] = placed[k]++;
        c->at[c->start[k] + c->rank[i]] = (uint32_t)i;
    }
    free(placed);
    return true;
}

/* The copy info of the rank-th copy of KEY, between two sides' copies. */
static copy_of copy_at(const copies *o, const copies *n, size_t key, uint32_t rank)
{
    copy_of k = {0, 0, 0};
    if (o->count[key] > 1 || n->count[key] > 1)
        k = (copy_of){(int)rank + 1, (int)o->count[key], (int)n->count[key]};
    return k;
}

/* One table: the k-th copy of a key on OLD is compared with the k-th on
 * NEW (a report printing a row once has one copy of each of its cells, so
 * this is (table, row, column)); a copy one side has and the other has not
 * is a deletion or insertion. */
static void diff_table(diff_result *d, int t, const copies *oc, const copies *nc)
{
    const xxgk_table *ot = d->old.r->tables[t], *nt = d->new.r->tables[t];
    static const copy_of none = {0, 0, 0};
    for (size_t i = 0; ot && i < ot->ncells; i++) {
        const xxgk_cell *o = &ot->cells[i];
        if (!present(o))
            continue;
        if (!has_key(o)) {
            const xxgk_cell *n = xxgk_report_cell(d->new.r, t, o->row, o->col);
            if (present(n))
                compare(d, t, o, n, none);
            else
                one_side(d, t, o, true, none);
            continue;
        }
        size_t key = key_of(o);
        uint32_t r = oc->rank[i];
        copy_of k = copy_at(oc, nc, key, r);
        if (r < nc->count[key])
            compare(d, t, o, &nt->cells[nc->at[nc->start[key] + r]], k);
        else
            one_side(d, t, o, true, k);
    }
    for (size_t i = 0; nt && i < nt->ncells; i++) {
        const xxgk_cell *n = &nt->cells[i];
        if (!present(n))
            continue;
        if (!has_key(n)) {
            if (!present(xxgk_report_cell(d->old.r, t, n->row, n->col)))
                one_side(d, t, n, false, none);
            continue;
        }
        size_t key = key_of(n);
        if (nc->rank[i] >= oc->count[key])
            one_side(d, t, n, false, copy_at(oc, nc, key, nc->rank[i]));
    }
}

void diff_cells(diff_result *d)
{
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        copies oc = {0}, nc = {0};
        if (copies_of(d->old.r->tables[t], &oc) && copies_of(d->new.r->tables[t], &nc))
            diff_table(d, t, &oc, &nc);
        else
            d->failed = true;
        copies_free(&oc);
        copies_free(&nc);
    }
    map_other(d);
}
