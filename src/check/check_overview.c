/* One pass over the prose where a report states its period and its
 * counts: the preamble, then the first section 一. Each block is read from
 * its source by both rules that need it, each folding only what it reads:
 *   V401 (the statistics period) until a block states the period, in the
 *        preamble and then section 一, when the report's year is known: the
 *        sentence of a period word (ck_period_span);
 *   V404 (counts against the tables) in every block of section 一: the
 *        pieces of it that can state a count (ck_counts_span).
 * Tables inside these sections are not prose and are skipped. */
#include "check_overview.h"

typedef struct overview {
    bool period_open; /* V401 not settled yet */
} overview;

static void read_block(ck *c, overview *o, const xxgk_block *b, bool counts)
{
    if (b->kind == XXGK_B_TABLE)
        return;
    if (o->period_open && ck_period_span(c, b->span))
        o->period_open = false;
    if (counts)
        ck_counts_span(c, b->span);
}

static const xxgk_section *first_overview(const xxgk_report *r)
{
    for (const xxgk_section *s = r->sections; s; s = s->next)
        if (s->id == XXGK_SEC_OVERVIEW)
            return s;
    return NULL;
}

/* Can no finding of V401 concern a cell (when only those are shown)?
 * Its place lies in a block it reads (a prose block of the preamble or
 * of the first section 一: the sentence folded from a period word, to the
 * end of the code point that ends it, within four bytes past the block)
 * and its note on the year in the title; a cell's number starting after
 * all of them is touched by none. Most reports: section 一 comes before
 * every table, so the rule is not run at all. */
static bool period_apart(const ck *c, const xxgk_section *s)
{
    uint32_t bound = c->r->year_span.end;
    for (const xxgk_block *b = c->r->preamble; b; b = b->next)
        if (b->kind != XXGK_B_TABLE && b->span.end > bound)
            bound = b->span.end;
    for (const xxgk_block *b = s ? s->blocks : NULL; b; b = b->next)
        if (b->kind != XXGK_B_TABLE && b->span.end > bound)
            bound = b->span.end;
    return (uint64_t)bound + 4 < c->cells_from;
}

void ck_overview(ck *c)
{
    overview o;
    const xxgk_section *s = first_overview(c->r);
    o.period_open = c->r->year != 0 && !(c->cells_only && period_apart(c, s));
    for (const xxgk_block *b = c->r->preamble; b && o.period_open; b = b->next)
        read_block(c, &o, b, false);
    for (const xxgk_block *b = s ? s->blocks : NULL; b; b = b->next)
        read_block(c, &o, b, true);
}
