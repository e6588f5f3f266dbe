/* A number merged over rows in an HTML or .docx table (rowspan, vMerge):
 * the front end writes it in its first row and leaves an empty slot in
 * each row below, with one L031 (parse_input.c: at the first slot, a note
 * at the number, a note at each further slot). At the table's end the
 * template's identities decide, as they decide between the readings of
 * glued digits (unglue_rows.c): the number is read into every slot (P073,
 * a note) when
 *   - each slot is pinned to it by an identity whose every other term is
 *     a printed number (its row's 总计: the slot is the one unknown), or,
 *     for a 0, by an identity whose unknowns are all slots of this merge
 *     on one side (counts are not negative: a sum of them that is 0 makes
 *     each 0; the column's （七）总计), and
 *   - no identity that can be checked refutes that reading where the
 *     other one (the number in the first row only, blanks below) fits.
 * A 0 in the first row only and a 0 in each row say the same; a nonzero
 * number is read into several rows only when every row's identity pins
 * it. Anything else keeps the one L031 and its empty slots.
 *
 * Costs nothing to a text report (its cells are not the file's cells) and
 * to a table without L031 but a walk of the document's findings. */
#include <string.h>

#include "build.h"

enum { MR_MAXSLOTS = 32 }; /* a merge over more rows (no table has as many) stays told, L031 */

typedef struct merge {
    const xxgk_cell *src;
    xxgk_cell *slot[MR_MAXSLOTS];
    int n;
} merge;

/* The cell of the table being built whose place starts at `at` (a
 * number's first byte, an empty cell's delimiter), NULL when none. */
static xxgk_cell *cell_at(parse_ctx *ctx, uint32_t at)
{
    for (size_t i = 0; i < ctx->ncells; i++)
        if (ctx->cells[i].span.start == at && bld_cell_keyed(&ctx->cells[i]))
            return &ctx->cells[i];
    return NULL;
}

/* The printed number of (row, col), NULL when none. */
static const xxgk_cell *value_of(const parse_ctx *ctx, int row, int col)
{
    for (size_t i = 0; i < ctx->ncells; i++)
        if (ctx->cells[i].row == row && ctx->cells[i].col == col && ctx->cells[i].state == XXGK_CELL_VALUE)
            return &ctx->cells[i];
    return NULL;
}

static bool in_merge(const merge *m, int row, int col)
{
    for (int i = 0; i < m->n; i++)
        if (m->slot[i]->row == row && m->slot[i]->col == col)
            return true;
    return false;
}

/* One side of an identity with the merge's slots at x: its sum into *sum,
 * the slots it holds into *slots. False when a term is neither a slot
 * nor a printed number (it cannot be checked). */
static bool side(const parse_ctx *ctx, const merge *m, const xxgk_terms *t, xxgk_dec x, xxgk_dec *sum,
                 int *slots)
{
    *sum = (xxgk_dec){0, 0};
    *slots = 0;
    for (int i = 0; i < t->n; i++) {
        xxgk_dec v;
        if (in_merge(m, t->row[i], t->col[i])) {
            v = x;
            ++*slots;
        } else {
            const xxgk_cell *c = value_of(ctx, t->row[i], t->col[i]);
            if (!c)
                return false;
            v = c->value;
        }
        if (xxgk_dec_add(*sum, v, sum) != 0)
            return false;
    }
    return true;
}

/* Identity `id` laid out on (row, col) when it holds that cell. */
static bool laid(int id, int tmpl, int row, int col, xxgk_identity *out)
{
    if (!xxgk_identity_has(id, tmpl, row, col))
        return false;
    return xxgk_identity_at(id, tmpl, xxgk_identity_per_row(id) ? row : col, out);
}

/* Does the identity hold with the slots at x? -1 when it cannot be
 * checked; the slots on each side into s[2]. */
static int holds(const parse_ctx *ctx, const merge *m, const xxgk_identity *idn, xxgk_dec x, int s[2])
{
    xxgk_dec a, b;
    if (!side(ctx, m, &idn->parts, x, &a, &s[0]) || !side(ctx, m, &idn->total, x, &b, &s[1]))
        return -1;
    return xxgk_dec_cmp(a, b) == 0;
}

/* The merge's number into every slot (see the top). */
static bool confirmed(const parse_ctx *ctx, const merge *m, int tmpl, int table)
{
    xxgk_dec v = m->src->value, zero = {0, 0};
    bool is_zero = xxgk_dec_cmp(v, zero) == 0;
    for (int k = 0; k < m->n; k++) {
        bool pinned = false;
        for (int id = 1; id < XXGK_ID__COUNT; id++) {
            xxgk_identity idn;
            if (xxgk_identity_table(id) != table || !laid(id, tmpl, m->slot[k]->row, m->slot[k]->col, &idn))
                continue;
            int s[2], sb[2];
            int a = holds(ctx, m, &idn, v, s);
            if (a < 0)
                continue;
            /* the other reading fits where this one does not */
            if (!a && holds(ctx, m, &idn, zero, sb) == 1)
                return false;
            pinned |= a && (s[0] + s[1] == 1 || (is_zero && (s[0] == 0 || s[1] == 0)));
        }
        if (!pinned)
            return false;
    }
    return true;
}

/* The merge's number read into its slots: the L031 becomes a note. */
static void place(parse_ctx *ctx, const merge *m, xxgk_diag *d)
{
    for (int k = 0; k < m->n; k++) {
        m->slot[k]->state = XXGK_CELL_VALUE;
        m->slot[k]->value = m->src->value;
        m->slot[k]->unit = m->src->unit;
        m->slot[k]->unit_printed = m->src->unit_printed;
    }
    char num[40];
    xxgk_dec_format(m->src->value, num, sizeof num);
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    xxgk_diag *p = xxgk_doc_add_diag(ctx->doc, XXGK_P_MERGED_READ_EACH, m->src->span, num, m->n + 1);
    for (int k = 0; k < m->n; k++)
        xxgk_diag_add_note(ctx->doc, p, span_of(m->slot[k]->span.start, m->slot[k]->span.start), "%s",
                           zh ? "该数字也读入本行" : "read into this row too");
    doc_drop_diag(ctx->doc, d);
}

/* The merge of finding d (L031 at its first slot, its first note at the
 * number, one note at each further slot); false when a place is no cell
 * of this table. */
static bool merge_of(parse_ctx *ctx, const xxgk_diag *d, merge *m)
{
    const xxgk_note *n = d->notes;
    if (!n)
        return false;
    xxgk_cell *src = cell_at(ctx, n->span.start);
    if (!src || src->state != XXGK_CELL_VALUE)
        return false;
    m->src = src;
    m->n = 0;
    uint32_t at = d->span.start;
    for (;;) {
        xxgk_cell *c = cell_at(ctx, at);
        if (!c || c->state != XXGK_CELL_EMPTY || m->n == MR_MAXSLOTS || c == src)
            return false;
        m->slot[m->n++] = c;
        n = n->next;
        if (!n)
            return true;
        at = n->span.start;
    }
}

void bld_merged_rows(parse_ctx *ctx, const xxgk_table *t, uint32_t end_at)
{
    /* a merge whose covered rows are known only in part is never read
     * into them: its L031 stays */
    if (!ctx->cells_delimited || !t->template_year || !ctx->ncells || ctx->doc->input_diags_cut)
        return;
    xxgk_diag *d = ctx->doc->diags;
    while (d) {
        xxgk_diag *next = d->next;
        merge m;
        if (d->code == XXGK_L_NUMBER_OVER_ROWS && d->span.start >= t->span.start && d->span.start < end_at &&
            merge_of(ctx, d, &m) && confirmed(ctx, &m, t->template_year, t->id))
            place(ctx, &m, d);
        d = next;
    }
}
