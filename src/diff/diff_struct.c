/* xxgk diff, structure: sections, sub-headings and paragraphs.
 *
 * Sections match by canonical id. Headings and paragraphs match in passes,
 * each over what is still unmatched: identical folded text in the same
 * section, then identical text anywhere (a move), then similar text in the
 * same section (a rename or an edit), then, for headings, very similar text
 * anywhere. A matched pair is moved when its section changed or when it is
 * out of order against the other matches of its section (not in the longest
 * run of matches that keeps OLD's order). */
#include <stdlib.h>
#include <string.h>

#include "diff_match.h"

/* The folded text of every section, not stored: its bigrams are counted
 * as the items are read (both sides in one tally, keyed by section), which
 * is all the prose similarity needs. */
typedef struct prose_run {
    uint32_t n;    /* folded code points */
    uint32_t last; /* the last one, for the bigram across two items */
} prose_run;

typedef struct side_text {
    diff_items heads, paras;
    prose_run prose[XXGK_SEC__COUNT];
    const xxgk_section *sec[XXGK_SEC__COUNT]; /* first occurrence */
    int sec_order[XXGK_SEC__COUNT];       /* printed order of first occurrences, -1 */
    int which;                            /* 0 OLD, 1 NEW: its count in the tally */
} side_text;

static uint64_t prose_key(int section, uint32_t a, uint32_t b)
{
    return (uint64_t)section << 48 | (uint64_t)a << 24 | b;
}

/* Fold a span; trim leading punctuation (the rest of a heading's line
 * starts with its 。 or ：) and, for headings, trailing punctuation. The
 * item keeps the length and hash of what is kept; the text is read again from
 * the span when needed. */
static bool add_item(const diff_side *s, side_text *t, diff_items *it, diff_tally *prose,
                     const xxgk_block *b, xxgk_span sp, int section, bool heading)
{
    size_t len;
    const uint8_t *src = xxgk_doc_source(s->doc, &len);
    if (sp.end > len || sp.end <= sp.start)
        return true;
    size_t pos = sp.start;
    uint32_t h = 0x811c9dc5u, keep_h = h; /* FNV-1a over code points */
    uint32_t k = 0, keep_k = 0, cp;
    bool leading = true;
    while ((cp = diff_fold_next(src, sp.end, &pos)) != 0) {
        if (leading && diff_trim_punct(cp))
            continue;
        leading = false;
        h = (h ^ cp) * 0x01000193u;
        k++;
        if (!diff_trim_punct(cp)) {
            keep_h = h;
            keep_k = k;
        }
    }
    if (leading)
        return true; /* nothing to compare: a lone 。 */
    if (it->n == it->cap)
        return false; /* count_blocks() counted fewer: cannot happen */
    diff_item *e = &it->v[it->n++];
    memset(e, 0, sizeof *e);
    e->b = b;
    e->section = (int8_t)section;
    e->nfold = heading ? keep_k : k;
    e->hash = heading ? keep_h : h;
    e->match = -1;
    /* the section's prose: this item's text after what came before */
    prose_run *pr = &t->prose[section];
    diff_item_iter r = diff_item_begin(it, e);
    while ((cp = diff_item_next(&r)) != 0) {
        if (pr->n && !diff_tally_add(prose, prose_key(section, pr->last, cp), t->which))
            return false;
        pr->last = cp;
        pr->n++;
    }
    return true;
}

static bool add_blocks(const diff_side *s, side_text *t, diff_tally *prose, const xxgk_block *b,
                       int section)
{
    for (; b; b = b->next) {
        bool ok = true;
        if (b->kind == XXGK_B_HEADING) {
            xxgk_span sp = b->title_span.end > b->title_span.start ? b->title_span : b->span;
            ok = add_item(s, t, &t->heads, prose, b, sp, section, true);
        } else if (b->kind == XXGK_B_PARAGRAPH) {
            ok = add_item(s, t, &t->paras, prose, b, b->span, section, false);
        }
        if (!ok)
            return false;
    }
    return true;
}

static void count_blocks(const xxgk_block *b, size_t *heads, size_t *paras)
{
    for (; b; b = b->next) {
        *heads += b->kind == XXGK_B_HEADING;
        *paras += b->kind == XXGK_B_PARAGRAPH;
    }
}

/* The item arrays at their final size: on a report of 100,000 headings a
 * growing array would hold half as much again, and twice during a copy. */
static bool alloc_items(const diff_side *s, side_text *t)
{
    size_t h = 0, p = 0;
    count_blocks(s->r->preamble, &h, &p);
    for (const xxgk_section *sec = s->r->sections; sec; sec = sec->next)
        if (sec->id > 0 && sec->id < XXGK_SEC__COUNT)
            count_blocks(sec->blocks, &h, &p);
    t->heads.v = malloc((h ? h : 1) * sizeof *t->heads.v);
    t->paras.v = malloc((p ? p : 1) * sizeof *t->paras.v);
    t->heads.cap = h;
    t->paras.cap = p;
    return t->heads.v && t->paras.v;
}

static bool collect(const diff_side *s, side_text *t, diff_tally *prose)
{
    size_t len;
    t->heads.src = t->paras.src = xxgk_doc_source(s->doc, &len);
    t->heads.len = t->paras.len = len;
    t->heads.heading = true;
    if (!alloc_items(s, t))
        return false;
    for (int i = 0; i < XXGK_SEC__COUNT; i++)
        t->sec_order[i] = -1;
    if (!add_blocks(s, t, prose, s->r->preamble, DIFF_PREAMBLE))
        return false;
    int order = 0;
    for (const xxgk_section *sec = s->r->sections; sec; sec = sec->next) {
        if (sec->id <= 0 || sec->id >= XXGK_SEC__COUNT)
            continue;
        if (!t->sec[sec->id]) {
            t->sec[sec->id] = sec;
            t->sec_order[sec->id] = order++;
        }
        /* a repeated section (P004) is read as more of the same section */
        if (!add_blocks(s, t, prose, sec->blocks, sec->id))
            return false;
    }
    /* a section of one character has that character for its only "bigram" */
    for (int i = 0; i < XXGK_SEC__COUNT; i++)
        if (t->prose[i].n == 1 && !diff_tally_add(prose, prose_key(i, t->prose[i].last, 0), t->which))
            return false;
    return true;
}

static void free_side(side_text *t)
{
    free(t->heads.v);
    free(t->paras.v);
}

static void set_old(diff_result *d, diff_change *c, const diff_item *e, int kind)
{
    c->has_old = true;
    c->old_section = e->section;
    c->old_span = e->b->span;
    c->old_pos = diff_pos(&d->old, e->b->span);
    xxgk_span t = kind == DIFF_K_HEADING && e->b->title_span.end > e->b->title_span.start
                      ? e->b->title_span : e->b->span;
    c->old_text = diff_span_text(d, d->old.doc, t);
}

static void set_new(diff_result *d, diff_change *c, const diff_item *e, int kind)
{
    c->has_new = true;
    c->section = e->section;
    c->new_span = e->b->span;
    c->new_pos = diff_pos(&d->new, e->b->span);
    xxgk_span t = kind == DIFF_K_HEADING && e->b->title_span.end > e->b->title_span.start
                      ? e->b->title_span : e->b->span;
    c->new_text = diff_span_text(d, d->new.doc, t);
}

/* The actions of one kind in one section: deletions in OLD's order, then
 * the rest in NEW's order. */
static void emit(diff_result *d, const diff_items *o, const diff_items *n, int section, int kind)
{
    diff_prose *p = &d->prose[section];
    for (size_t i = 0; i < o->n; i++) {
        const diff_item *e = &o->v[i];
        if (e->section != section || e->match >= 0)
            continue;
        diff_change *c = diff_push_change(d, DIFF_DELETE, kind);
        if (!c)
            return;
        set_old(d, c, e, kind);
        c->section = section;
        if (kind == DIFF_K_PARAGRAPH)
            p->removed++;
    }
    for (size_t j = 0; j < n->n; j++) {
        const diff_item *e = &n->v[j];
        if (e->section != section)
            continue;
        if (e->match < 0) {
            diff_change *c = diff_push_change(d, DIFF_INSERT, kind);
            if (!c)
                return;
            set_new(d, c, e, kind);
            if (kind == DIFF_K_PARAGRAPH)
                p->added++;
            continue;
        }
        const diff_item *oe = &o->v[e->match];
        bool same_text = diff_item_same(o, oe, n, e);
        if (!e->moved && same_text) {
            if (kind == DIFF_K_PARAGRAPH)
                p->same++;
            else
                p->headings_same++;
            continue;
        }
        diff_change *c = diff_push_change(d, e->moved ? DIFF_MOVE : DIFF_UPDATE, kind);
        if (!c)
            return;
        set_old(d, c, oe, kind);
        set_new(d, c, e, kind);
        if (!same_text) {
            c->similarity = e->sim;
            c->renamed = kind == DIFF_K_HEADING;
        }
        if (kind == DIFF_K_PARAGRAPH) {
            if (e->moved)
                p->moved++;
            else
                p->updated++;
        }
    }
}

/* A section's title as the diff shows it: the printed one, or the
 * template's for a section begun without its heading (P101), which has
 * no title to compare, not an empty one. */
static const char *section_title_text(diff_result *d, const xxgk_doc *doc, const xxgk_section *sec)
{
    if (sec->title_span.end > sec->title_span.start || sec->heading_span.end > sec->heading_span.start)
        return diff_span_text(d, doc, sec->title_span);
    return xxgk_section_title(sec->id);
}

static void section_actions(diff_result *d, const side_text *o, const side_text *n, int s,
                            const bool *moved)
{
    const xxgk_section *so = o->sec[s], *sn = n->sec[s];
    if (!so && !sn)
        return;
    int action = 0;
    const char *ot = so ? section_title_text(d, d->old.doc, so) : NULL;
    const char *nt = sn ? section_title_text(d, d->new.doc, sn) : NULL;
    if (!so)
        action = DIFF_INSERT;
    else if (!sn)
        action = DIFF_DELETE;
    else if (moved[s])
        action = DIFF_MOVE;
    else if (ot && nt && !diff_same_folded(ot, nt))
        action = DIFF_UPDATE;
    if (!action)
        return;
    diff_change *c = diff_push_change(d, action, DIFF_K_SECTION);
    if (!c)
        return;
    c->section = c->old_section = s;
    if (so) {
        c->has_old = true;
        c->old_span = so->heading_span;
        c->old_pos = diff_pos(&d->old, so->heading_span);
        c->old_text = ot;
    }
    if (sn) {
        c->has_new = true;
        c->new_span = sn->heading_span;
        c->new_pos = diff_pos(&d->new, sn->heading_span);
        c->new_text = nt;
    }
}

/* Sections out of OLD's order: LIS over the ids printed on both sides. */
static void section_moves(const side_text *o, const side_text *n, bool *moved)
{
    int ids[XXGK_SEC__COUNT], k = 0;
    for (int pos = 0; pos < XXGK_SEC__COUNT; pos++)
        for (int s = 1; s < XXGK_SEC__COUNT; s++)
            if (n->sec_order[s] == pos && o->sec[s])
                ids[k++] = s;
    int len[XXGK_SEC__COUNT], prev[XXGK_SEC__COUNT], best = -1;
    for (int a = 0; a < k; a++) {
        len[a] = 1;
        prev[a] = -1;
        for (int b = 0; b < a; b++)
            if (o->sec_order[ids[b]] < o->sec_order[ids[a]] && len[b] + 1 > len[a]) {
                len[a] = len[b] + 1;
                prev[a] = b;
            }
        if (best < 0 || len[a] > len[best])
            best = a;
    }
    for (int a = 0; a < k; a++)
        moved[ids[a]] = true;
    for (int a = best; a >= 0; a = prev[a])
        moved[ids[a]] = false;
}

/* Character-bigram Dice of the section's prose on both sides. */
static void prose_stats(diff_result *d, const side_text *o, const side_text *n, int s,
                        const size_t *common)
{
    diff_prose *p = &d->prose[s];
    p->section = s;
    p->in_old = s == DIFF_PREAMBLE ? d->old.r->preamble != NULL : o->sec[s] != NULL;
    p->in_new = s == DIFF_PREAMBLE ? d->new.r->preamble != NULL : n->sec[s] != NULL;
    p->old_chars = o->prose[s].n;
    p->new_chars = n->prose[s].n;
    size_t na = o->prose[s].n >= 2 ? o->prose[s].n - 1 : o->prose[s].n;
    size_t nb = n->prose[s].n >= 2 ? n->prose[s].n - 1 : n->prose[s].n;
    p->similarity = diff_dice_counts(common[s], na, nb);
}

void diff_structure(diff_result *d)
{
    side_text o, n;
    diff_tally prose;
    memset(&o, 0, sizeof o);
    memset(&n, 0, sizeof n);
    memset(&prose, 0, sizeof prose);
    n.which = 1;
    if (!collect(&d->old, &o, &prose) || !collect(&d->new, &n, &prose) ||
        !diff_match_items(&o.heads, &n.heads, true) || !diff_match_items(&o.paras, &n.paras, false)) {
        d->failed = true;
    } else {
        size_t common[XXGK_SEC__COUNT] = {0};
        uint64_t key, counts;
        for (size_t at = 0; u64map_each(&prose.m, &at, &key, &counts);) {
            uint32_t a = diff_tally_count(counts, 0), b = diff_tally_count(counts, 1);
            common[key >> 48] += a < b ? a : b;
        }
        diff_tally_free(&prose);
        bool moved[XXGK_SEC__COUNT] = {false};
        section_moves(&o, &n, moved);
        for (int s = 0; s < XXGK_SEC__COUNT; s++) {
            prose_stats(d, &o, &n, s, common);
            if (s != DIFF_PREAMBLE)
                section_actions(d, &o, &n, s, moved);
            emit(d, &o.heads, &n.heads, s, DIFF_K_HEADING);
            emit(d, &o.paras, &n.paras, s, DIFF_K_PARAGRAPH);
        }
    }
    diff_tally_free(&prose);
    free_side(&o);
    free_side(&n);
}
