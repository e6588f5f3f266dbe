/* One pass over the prose where a report states its period and its
 * counts: the preamble, then the first section 一. Each block is folded
 * once and read by both rules that need it:
 *   V401 (the statistics period) until a block states the period, in the
 *        preamble and then section 一, when the report's year is known;
 *   V404 (counts against the tables) in every block of section 一.
 * Once V401 is settled, or in a block that cannot state the period (no 统
 * in it), V404 reads the block's source and folds only the pieces of it
 * that can state a count (ck_counts_span).
 * Tables inside these sections are not prose and are skipped. */
#include "check_overview.h"

typedef struct overview {
    ck_words period, counts;
    bool period_open; /* V401 not settled yet */
} overview;

static void read_block(ck *c, overview *o, const xxgk_block *b, bool counts)
{
    if (b->kind == XXGK_B_TABLE)
        return;
    if (!o->period_open || !ck_period_may_be_in(c, &o->period, b->span)) {
        /* V404 alone: it folds only what can state a count */
        if (counts)
            ck_counts_span(c, &o->counts, b->span);
        return;
    }
    ck_folded t;
    ck_fold(c, b->span, &t);
    if (o->period_open && ck_period_block(c, &o->period, &t))
        o->period_open = false;
    if (counts)
        ck_counts_block(c, &o->counts, &t);
}

static const xxgk_section *first_overview(const xxgk_report *r)
{
    for (const xxgk_section *s = r->sections; s; s = s->next)
        if (s->id == XXGK_SEC_OVERVIEW)
            return s;
    return NULL;
}

void ck_overview(ck *c)
{
    overview o;
    ck_period_words(&o.period);
    ck_counts_words(&o.counts);
    o.period_open = c->r->year != 0;
    for (const xxgk_block *b = c->r->preamble; b && o.period_open; b = b->next)
        read_block(c, &o, b, false);
    const xxgk_section *s = first_overview(c->r);
    for (const xxgk_block *b = s ? s->blocks : NULL; b; b = b->next)
        read_block(c, &o, b, true);
}
