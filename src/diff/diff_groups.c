/* xxgk diff, groups: the cells a side lacks because it prints none of
 * their table, or none of their row, are one fact, not one change per
 * cell. A report that leaves out (or whose reading lost) table 四 would
 * otherwise list its 15 cells as 15 deletions, and a row of 三 its 7, and
 * bury what really changed.
 *
 *   group ::= the insertions (or deletions) of cells of table T, where the
 *             lacking side prints no cell of T                  -> table
 *           | the insertions (or deletions) of cells of row R of T, where
 *             the lacking side prints T but no cell of R        -> row
 *
 * A group needs two cells or more (one cell is one line already), and its
 * cells must be all placed or all unplaced by the same parse error
 * (diff_unplaced): a group says one thing of all of them, so it cannot mix
 * the report's change with the reading's doubt, nor two doubts. A row
 * whose cells are printed but all changed is no group: its cells are
 * updates, each a change of its own. */
#include <string.h>

#include "diff_int.h"

/* A cell printed (a value or empty) in the table, or in the row. */
bool diff_prints(const diff_side *s, int table, int row)
{
    const xxgk_table *t = s->r->tables[table];
    if (!t)
        return false;
    if (row)
        return row > 0 && row < XXGK_R__COUNT && t->row_cells[row] > 0;
    for (size_t i = 0; i < t->ncells; i++)
        if (t->cells[i].state != XXGK_CELL_ABSENT)
            return true;
    return false;
}

/* The same parse error (or none). */
static bool same_finding(diff_unplaced a, diff_unplaced b)
{
    return a.code == b.code && a.scope == b.scope && a.pos.line == b.pos.line && a.pos.col == b.pos.col;
}

/* Two cells a group can say one thing of: both placed, or both unplaced
 * by the same findings (the group's one note is then true of each). */
static bool same_doubt(const diff_change *a, const diff_change *b)
{
    return same_finding(a->old_unplaced, b->old_unplaced) && same_finding(a->new_unplaced, b->new_unplaced);
}

/* A cell insertion or deletion that a group may take: not mapped across
 * the template change. */
static bool groupable(const diff_change *c)
{
    return c->kind == DIFF_K_CELL && (c->action == DIFF_INSERT || c->action == DIFF_DELETE) && !c->mapped;
}

/* The group a cell change would belong to: kind DIFF_K_TABLE when the
 * lacking side prints nothing of the table, DIFF_K_ROW when nothing of the
 * row; 0 when the lacking side prints something of the row. */
static int group_kind(const diff_result *d, const diff_change *c)
{
    const diff_side *lacking = c->action == DIFF_DELETE ? &d->new : &d->old;
    if (!diff_prints(lacking, c->table, 0))
        return DIFF_K_TABLE;
    if (!diff_prints(lacking, c->table, c->row))
        return DIFF_K_ROW;
    return 0;
}

/* c is of the group of `first` of that kind: the same action, table (and
 * row, for a row's group). */
static bool member(const diff_change *c, const diff_change *first, int kind)
{
    return groupable(c) && c->action == first->action && c->table == first->table &&
           (kind == DIFF_K_TABLE || c->row == first->row);
}

/* Where a table's text starts: its span may start at the line break
 * before it. */
static size_t table_start(const diff_side *s, const xxgk_table *t)
{
    size_t len, at = t->span.start;
    const uint8_t *src = xxgk_doc_source(s->doc, &len);
    while (at < t->span.end && at < len && src[at] && strchr(" \t\r\n", src[at]))
        at++;
    return at;
}

/* Where the group stands on the side that prints it: the table's start,
 * or the row's label, else the row's first cell. */
static xxgk_pos group_pos(const diff_side *s, const diff_change *first, int kind)
{
    const xxgk_table *t = s->r->tables[first->table];
    xxgk_span first_cell = first->action == DIFF_DELETE ? first->old_span : first->new_span;
    if (kind == DIFF_K_TABLE) {
        xxgk_span at = first_cell;
        if (t)
            at.start = (uint32_t)table_start(s, t);
        return diff_pos(s, at);
    }
    for (size_t i = 0; t && i < t->nrows; i++)
        if (t->rows[i].key == first->row)
            return diff_pos(s, t->rows[i].span);
    return diff_pos(s, first_cell);
}

/* The cells of changes[at]'s group of that kind, or 0 when they mix the
 * placed and the unplaced, or two findings, or when one of them is said
 * already (a table whose rows were said one by one). */
static size_t members(const diff_result *d, size_t at, int kind)
{
    const diff_change *first = &d->changes[at];
    size_t n = 0;
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (!member(c, first, kind))
            continue;
        if (c->group || !same_doubt(c, first))
            return 0; /* the report's change and the reading's doubt, or two doubts: not one fact */
        n++;
    }
    return n;
}

/* Make the group of changes[at] when its cells qualify: its table's when
 * the lacking side prints nothing of the table, else (or when the table's
 * cells are not one fact) its row's when it prints nothing of the row. */
static void try_group(diff_result *d, size_t at)
{
    int kind = group_kind(d, &d->changes[at]);
    if (!kind)
        return;
    size_t n = members(d, at, kind);
    if (n < 2 && kind == DIFF_K_TABLE) {
        kind = DIFF_K_ROW;
        n = members(d, at, kind);
    }
    if (n < 2)
        return;
    diff_group *g = diff_push_group(d);
    if (!g)
        return;
    /* mark the members; the group stands at the first of them */
    size_t lead = d->nchanges;
    for (size_t i = 0; i < d->nchanges; i++)
        if (member(&d->changes[i], &d->changes[at], kind)) {
            lead = lead < i ? lead : i;
            d->changes[i].group = d->ngroups;
        }
    const diff_change *first = &d->changes[lead];
    g->action = first->action;
    g->kind = kind;
    g->table = first->table;
    g->row = kind == DIFF_K_ROW ? first->row : 0;
    g->first = lead;
    g->ncells = n;
    bool on_old = first->action == DIFF_DELETE;
    g->has_old = on_old;
    g->has_new = !on_old;
    if (on_old)
        g->old_pos = group_pos(&d->old, first, kind);
    else
        g->new_pos = group_pos(&d->new, first, kind);
}

const diff_unplaced *diff_group_unplaced(const diff_result *d, const diff_group *g)
{
    const diff_change *first = &d->changes[g->first];
    const diff_unplaced *u = g->action == DIFF_DELETE ? &first->new_unplaced : &first->old_unplaced;
    return u->code ? u : NULL;
}

void diff_groups(diff_result *d)
{
    for (size_t i = 0; i < d->nchanges; i++)
        if (groupable(&d->changes[i]) && !d->changes[i].group)
            try_group(d, i);
}
