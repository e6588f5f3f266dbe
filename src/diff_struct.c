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

#include "diff_int.h"

enum {
    SIM_SAME_SECTION = 50,  /* a rename or an edited paragraph */
    SIM_ANY_SECTION = 80,   /* a heading moved and renamed at once */
    PREFIX_MIN = 4,         /* a title that ran into its sentence: see similar() */
};

typedef struct item {
    const xxgk_block *b;
    int section;
    int order;          /* index on its side, in document order */
    uint32_t *fold;
    size_t nfold;
    uint64_t *bi;
    size_t nbi;
    int match;          /* index of the other side's item, -1 */
    int sim;
    bool moved;
} item;

typedef struct items {
    item *v;
    size_t n, cap;
} items;

typedef struct cps {
    uint32_t *v;
    size_t n, cap;
} cps;

typedef struct side_text {
    items heads, paras;
    cps prose[XXGK_SEC__COUNT];           /* all folded text of each section */
    const xxgk_section *sec[XXGK_SEC__COUNT]; /* first occurrence */
    int sec_order[XXGK_SEC__COUNT];       /* printed order of first occurrences, -1 */
} side_text;

static bool is_trim_punct(uint32_t c) { return c == '.' || c == ',' || c == ':' || c == ';'; }

static bool cps_append(cps *c, const uint32_t *v, size_t n)
{
    if (c->n + n > c->cap) {
        size_t nc = c->cap ? c->cap : 256;
        while (nc < c->n + n)
            nc *= 2;
        uint32_t *nv = realloc(c->v, nc * sizeof *nv);
        if (!nv)
            return false;
        c->v = nv;
        c->cap = nc;
    }
    memcpy(c->v + c->n, v, n * sizeof *v);
    c->n += n;
    return true;
}

/* Fold a span; trim leading punctuation (the rest of a heading's line
 * starts with its 。 or ：) and, for headings, trailing punctuation. */
static bool add_item(const diff_side *s, side_text *t, items *it, const xxgk_block *b, xxgk_span sp,
                     int section, bool heading)
{
    size_t len;
    const uint8_t *src = xxgk_doc_source(s->doc, &len);
    if (sp.end > len || sp.end <= sp.start)
        return true;
    size_t cap = sp.end - sp.start;
    uint32_t *f = malloc(cap * sizeof *f);
    if (!f)
        return false;
    size_t n = diff_fold(src + sp.start, cap, f, cap), a = 0;
    while (a < n && is_trim_punct(f[a]))
        a++;
    while (heading && n > a && is_trim_punct(f[n - 1]))
        n--;
    if (n == a) {
        free(f);
        return true; /* nothing to compare: a lone 。 */
    }
    memmove(f, f + a, (n - a) * sizeof *f);
    n -= a;
    if (!cps_append(&t->prose[section], f, n)) {
        free(f);
        return false;
    }
    if (it->n == it->cap) {
        size_t nc = it->cap ? it->cap * 2 : 32;
        item *nv = realloc(it->v, nc * sizeof *nv);
        if (!nv) {
            free(f);
            return false;
        }
        it->v = nv;
        it->cap = nc;
    }
    item *e = &it->v[it->n];
    memset(e, 0, sizeof *e);
    e->b = b;
    e->section = section;
    e->order = (int)it->n;
    e->fold = f;
    e->nfold = n;
    e->match = -1;
    e->bi = diff_bigrams(f, n, &e->nbi);
    if (!e->bi)
        return false;
    it->n++;
    return true;
}

static bool add_blocks(const diff_side *s, side_text *t, const xxgk_block *b, int section)
{
    for (; b; b = b->next) {
        bool ok = true;
        if (b->kind == XXGK_B_HEADING) {
            xxgk_span sp = b->title_span.end > b->title_span.start ? b->title_span : b->span;
            ok = add_item(s, t, &t->heads, b, sp, section, true);
        } else if (b->kind == XXGK_B_PARAGRAPH) {
            ok = add_item(s, t, &t->paras, b, b->span, section, false);
        }
        if (!ok)
            return false;
    }
    return true;
}

static bool collect(const diff_side *s, side_text *t)
{
    for (int i = 0; i < XXGK_SEC__COUNT; i++)
        t->sec_order[i] = -1;
    if (!add_blocks(s, t, s->r->preamble, DIFF_PREAMBLE))
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
        if (!add_blocks(s, t, sec->blocks, sec->id))
            return false;
    }
    return true;
}

static void free_items(items *it)
{
    for (size_t i = 0; i < it->n; i++) {
        free(it->v[i].fold);
        free(it->v[i].bi);
    }
    free(it->v);
}

static void free_side(side_text *t)
{
    free_items(&t->heads);
    free_items(&t->paras);
    for (int i = 0; i < XXGK_SEC__COUNT; i++)
        free(t->prose[i].v);
}

static bool same_fold(const item *a, const item *b)
{
    return a->nfold == b->nfold && memcmp(a->fold, b->fold, a->nfold * sizeof *a->fold) == 0;
}

static void link(items *o, size_t i, items *n, size_t j, int sim)
{
    o->v[i].match = (int)j;
    n->v[j].match = (int)i;
    o->v[i].sim = n->v[j].sim = sim;
}

static void match_exact(items *o, items *n, bool same_section)
{
    for (size_t j = 0; j < n->n; j++) {
        if (n->v[j].match >= 0)
            continue;
        for (size_t i = 0; i < o->n; i++) {
            if (o->v[i].match >= 0 || (same_section && o->v[i].section != n->v[j].section))
                continue;
            if (same_fold(&o->v[i], &n->v[j])) {
                link(o, i, n, j, 100);
                break;
            }
        }
    }
}

/* Similarity of two items in percent. A heading whose title swallowed the
 * sentence after it (no 。 between them in the source) still begins with the
 * other side's title: a prefix of at least PREFIX_MIN characters counts as
 * similar enough to pair. */
static int similar(const item *a, const item *b, bool heading, int threshold)
{
    int s = diff_dice(a->bi, a->nbi, b->bi, b->nbi);
    if (heading && s < threshold) {
        const item *sh = a->nfold < b->nfold ? a : b, *lo = sh == a ? b : a;
        if (sh->nfold >= PREFIX_MIN && memcmp(sh->fold, lo->fold, sh->nfold * sizeof *sh->fold) == 0)
            s = threshold;
    }
    return s;
}

typedef struct cand {
    int sim, dist;
    size_t i, j;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->sim != y->sim)
        return y->sim - x->sim;
    if (x->dist != y->dist)
        return x->dist - y->dist;
    if (x->j != y->j)
        return x->j < y->j ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Pair the most similar first, greedily. */
static bool match_similar(items *o, items *n, bool same_section, int threshold, bool heading)
{
    size_t cap = 0, k = 0;
    cand *c = NULL;
    for (size_t j = 0; j < n->n; j++) {
        if (n->v[j].match >= 0)
            continue;
        for (size_t i = 0; i < o->n; i++) {
            if (o->v[i].match >= 0 || (same_section && o->v[i].section != n->v[j].section))
                continue;
            int s = similar(&o->v[i], &n->v[j], heading, threshold);
            if (s < threshold)
                continue;
            if (k == cap) {
                size_t nc = cap ? cap * 2 : 64;
                cand *nv = realloc(c, nc * sizeof *nv);
                if (!nv) {
                    free(c);
                    return false;
                }
                c = nv;
                cap = nc;
            }
            int dist = o->v[i].order - n->v[j].order;
            c[k++] = (cand){s, dist < 0 ? -dist : dist, i, j};
        }
    }
    if (k)
        qsort(c, k, sizeof *c, cmp_cand);
    for (size_t x = 0; x < k; x++)
        if (o->v[c[x].i].match < 0 && n->v[c[x].j].match < 0)
            link(o, c[x].i, n, c[x].j, c[x].sim);
    free(c);
    return true;
}

/* Mark as moved the matches of a section that are not in the longest run
 * keeping OLD's order (LIS of OLD's indexes taken in NEW's order). */
static bool mark_moves(items *o, items *n)
{
    int *idx = malloc((n->n + 1) * sizeof *idx), *len = malloc((n->n + 1) * sizeof *len),
        *prev = malloc((n->n + 1) * sizeof *prev);
    bool ok = idx && len && prev;
    for (int s = 0; ok && s < XXGK_SEC__COUNT; s++) {
        int k = 0;
        for (size_t j = 0; j < n->n; j++) {
            item *e = &n->v[j];
            if (e->match < 0)
                continue;
            if (o->v[e->match].section != e->section) {
                e->moved = o->v[e->match].moved = true;
                continue;
            }
            if (e->section == s)
                idx[k++] = (int)j;
        }
        int best = -1;
        for (int a = 0; a < k; a++) {
            len[a] = 1;
            prev[a] = -1;
            for (int b = 0; b < a; b++)
                if (n->v[idx[b]].match < n->v[idx[a]].match && len[b] + 1 > len[a]) {
                    len[a] = len[b] + 1;
                    prev[a] = b;
                }
            if (best < 0 || len[a] > len[best])
                best = a;
        }
        for (int a = 0; a < k; a++)
            n->v[idx[a]].moved = true;
        for (int a = best; a >= 0; a = prev[a])
            n->v[idx[a]].moved = false;
        for (int a = 0; a < k; a++)
            o->v[n->v[idx[a]].match].moved = n->v[idx[a]].moved;
    }
    free(idx);
    free(len);
    free(prev);
    return ok;
}

static bool match_all(items *o, items *n, bool heading)
{
    match_exact(o, n, true);
    match_exact(o, n, false);
    if (!match_similar(o, n, true, SIM_SAME_SECTION, heading))
        return false;
    if (heading && !match_similar(o, n, false, SIM_ANY_SECTION, heading))
        return false;
    return mark_moves(o, n);
}

static void set_old(diff_result *d, diff_change *c, const item *e, int kind)
{
    c->has_old = true;
    c->old_section = e->section;
    c->old_span = e->b->span;
    c->old_pos = diff_pos(&d->old, e->b->span);
    xxgk_span t = kind == DIFF_K_HEADING && e->b->title_span.end > e->b->title_span.start
                      ? e->b->title_span : e->b->span;
    c->old_text = diff_span_text(d, d->old.doc, t);
}

static void set_new(diff_result *d, diff_change *c, const item *e, int kind)
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
static void emit(diff_result *d, items *o, items *n, int section, int kind)
{
    diff_prose *p = &d->prose[section];
    for (size_t i = 0; i < o->n; i++) {
        const item *e = &o->v[i];
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
        const item *e = &n->v[j];
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
        const item *oe = &o->v[e->match];
        bool same_text = same_fold(oe, e);
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

static void section_actions(diff_result *d, const side_text *o, const side_text *n, int s,
                            const bool *moved)
{
    const xxgk_section *so = o->sec[s], *sn = n->sec[s];
    if (!so && !sn)
        return;
    int action = 0;
    const char *ot = so ? diff_span_text(d, d->old.doc, so->title_span) : NULL;
    const char *nt = sn ? diff_span_text(d, d->new.doc, sn->title_span) : NULL;
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

static void prose_stats(diff_result *d, const side_text *o, const side_text *n, int s)
{
    diff_prose *p = &d->prose[s];
    p->section = s;
    p->in_old = s == DIFF_PREAMBLE ? d->old.r->preamble != NULL : o->sec[s] != NULL;
    p->in_new = s == DIFF_PREAMBLE ? d->new.r->preamble != NULL : n->sec[s] != NULL;
    p->old_chars = (uint32_t)o->prose[s].n;
    p->new_chars = (uint32_t)n->prose[s].n;
    size_t na, nb;
    uint64_t *a = diff_bigrams(o->prose[s].v, o->prose[s].n, &na);
    uint64_t *b = diff_bigrams(n->prose[s].v, n->prose[s].n, &nb);
    if (!a || !b)
        d->failed = true;
    else
        p->similarity = diff_dice(a, na, b, nb);
    free(a);
    free(b);
}

void diff_structure(diff_result *d)
{
    side_text o, n;
    memset(&o, 0, sizeof o);
    memset(&n, 0, sizeof n);
    if (!collect(&d->old, &o) || !collect(&d->new, &n) ||
        !match_all(&o.heads, &n.heads, true) || !match_all(&o.paras, &n.paras, false)) {
        d->failed = true;
    } else {
        bool moved[XXGK_SEC__COUNT] = {false};
        section_moves(&o, &n, moved);
        for (int s = 0; s < XXGK_SEC__COUNT; s++) {
            prose_stats(d, &o, &n, s);
            if (s != DIFF_PREAMBLE)
                section_actions(d, &o, &n, s, moved);
            emit(d, &o.heads, &n.heads, s, DIFF_K_HEADING);
            emit(d, &o.paras, &n.paras, s, DIFF_K_PARAGRAPH);
        }
    }
    free_side(&o);
    free_side(&n);
}
