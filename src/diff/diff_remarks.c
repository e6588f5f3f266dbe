/* xxgk diff: the rows' remarks (the text under a remark column, P133:
 * docs/grammar.md "An extra column after the last"). A remark is no cell:
 * a changed one is a change of its row's remark (kind `remark`), never of
 * a cell, and its numbers (含3件) are compared as text, never as values.
 * The k-th remark of a row on OLD is matched with the k-th of that row on
 * NEW (a row printed again, P014, has its copies' remarks in print order);
 * equal after folding (script, width: diff.md) is no change. */
#include "diff_int.h"

/* A side's remarks of table T grouped by row, print order kept within a
 * row (a counting sort: linear in the remarks). *N gets their count;
 * NULL when there are none or memory ran out (d->failed). */
static const xxgk_remark **by_row(diff_result *d, const xxgk_table *t, size_t *n)
{
    size_t count[XXGK_R__COUNT + 1] = {0};
    *n = 0;
    for (const xxgk_remark *r = t ? t->remarks : NULL; r; r = r->next, (*n)++)
        count[r->row + 1]++;
    if (!*n)
        return NULL;
    const xxgk_remark **v = diff_alloc(d, *n * sizeof *v);
    if (!v)
        return NULL;
    for (int k = 1; k <= XXGK_R__COUNT; k++)
        count[k] += count[k - 1];
    for (const xxgk_remark *r = t->remarks; r; r = r->next)
        v[count[r->row]++] = r;
    return v;
}

static void push_remark(diff_result *d, int action, int table, const xxgk_remark *o, const xxgk_remark *n)
{
    diff_change *c = diff_push_change(d, action, DIFF_K_REMARK);
    if (!c)
        return;
    const xxgk_remark *any = o ? o : n;
    c->table = table;
    c->row = any->row;
    c->section = c->old_section = XXGK_SEC_PROACTIVE + table;
    c->similarity = -1;
    if ((c->has_old = o != NULL)) {
        c->old_span = o->span;
        c->old_pos = diff_pos(&d->old, o->span);
        c->old_text = diff_span_text(d, d->old.doc, o->span);
    }
    if ((c->has_new = n != NULL)) {
        c->new_span = n->span;
        c->new_pos = diff_pos(&d->new, n->span);
        c->new_text = diff_span_text(d, d->new.doc, n->span);
    }
}

/* Table T's remarks, OLD's (V, N of them) against NEW's (W, M): both
 * grouped by row (by_row), walked together. */
static void table_remarks(diff_result *d, int t, const xxgk_remark **v, size_t n, const xxgk_remark **w, size_t m)
{
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (j >= m || (i < n && v[i]->row < w[j]->row)) {
            push_remark(d, DIFF_DELETE, t, v[i++], NULL);
        } else if (i >= n || w[j]->row < v[i]->row) {
            push_remark(d, DIFF_INSERT, t, NULL, w[j++]);
        } else {
            const char *a = diff_span_text(d, d->old.doc, v[i]->span);
            const char *b = diff_span_text(d, d->new.doc, w[j]->span);
            if (!diff_same_folded(a, b))
                push_remark(d, DIFF_UPDATE, t, v[i], w[j]);
            i++;
            j++;
        }
    }
}

void diff_remarks(diff_result *d)
{
    for (int t = 0; t < XXGK_TABLE__COUNT && !d->failed; t++) {
        size_t n, m;
        const xxgk_remark **v = by_row(d, d->old.r->tables[t], &n);
        const xxgk_remark **w = by_row(d, d->new.r->tables[t], &m);
        if ((n && !v) || (m && !w)) {
            d->failed = true;
            return;
        }
        table_remarks(d, t, v, n, w, m);
    }
}
