/* xxgk diff: pairing headings or paragraphs, in time near-linear in the
 * number of items (docs/diff.md, "Cost", and docs/performance.md).
 *
 * Passes, each over what is still unmatched: identical folded text in the
 * same section, identical text anywhere, similar text in the same section,
 * and for headings very similar text anywhere. A pass pairs exactly as the
 * all-pairs definition does (first equal OLD item in order; the most
 * similar pairs first, then the nearest), but finds the pairs through
 * indexes instead of comparing every item with every other:
 *  - identical text: a hash table of OLD's texts, one queue per text;
 *  - similar text: a Dice score of at least t needs a share of the bigrams
 *    that only items sharing one of their rarest bigrams can reach (prefix
 *    filtering, below), plus an index of the first PREFIX_MIN characters for
 *    a heading that ran into its sentence;
 *  - moves: the longest increasing subsequence by patience sorting.
 * Only a degenerate input, more than WINDOW OLD items under one indexed
 * bigram, is cut short: a NEW item reads the WINDOW of them nearest to its
 * place, which the tie-break prefers anyway. (MAX_CAND cuts nothing: an
 * item whose kept pairs are all taken looks again.) */
#include <stdlib.h>
#include <string.h>

#include "diff_match.h"
#include "vec.h"

enum {
    SIM_SAME_SECTION = 50, /* a rename or an edited paragraph */
    SIM_ANY_SECTION = 80,  /* a heading moved and renamed at once */
    PREFIX_MIN = 4,        /* a title that ran into its sentence: see similar() */
    WINDOW = 64,           /* items read from one index entry, nearest first */
    MAX_CAND = 8,          /* pairs kept per NEW item until they are taken */
};

/* ---- tally ----------------------------------------------------------------- */

bool diff_tally_add(diff_tally *t, uint64_t key, int which)
{
    uint64_t *v = u64map_at(&t->m, key);
    if (v)
        *v += (uint64_t)1 << (32 * which);
    return v != NULL;
}

uint64_t diff_tally_get(const diff_tally *t, uint64_t key)
{
    const uint64_t *v = u64map_get(&t->m, key);
    return v ? *v : 0;
}

void diff_tally_free(diff_tally *t) { u64map_free(&t->m); }

/* ---- identical text ------------------------------------------------------------ */

bool diff_item_same(const diff_items *a, const diff_item *x, const diff_items *b, const diff_item *y)
{
    if (x->nfold != y->nfold || x->hash != y->hash)
        return false;
    diff_item_iter p = diff_item_begin(a, x), q = diff_item_begin(b, y);
    for (uint32_t k = 0; k < x->nfold; k++)
        if (diff_item_next(&p) != diff_item_next(&q))
            return false;
    return true;
}

static void link(diff_items *o, size_t i, diff_items *n, size_t j, int sim)
{
    o->v[i].match = (int32_t)j;
    n->v[j].match = (int32_t)i;
    o->v[i].sim = n->v[j].sim = (int8_t)sim;
}

static uint64_t exact_key(const diff_item *e, bool same_section)
{
    return u64map_mix(e->hash ^ (same_section ? (uint64_t)(e->section + 1) << 56 : 0));
}

static bool exact_eq(const diff_items *a, const diff_item *x, const diff_items *b, const diff_item *y,
                     bool same_section)
{
    return (!same_section || x->section == y->section) && diff_item_same(a, x, b, y);
}

/* Each NEW item takes the first unmatched OLD item of equal text (in the
 * same section when asked): one queue per distinct text, in OLD's order. */
static bool match_exact(diff_items *o, diff_items *n, bool same_section)
{
    size_t cap = 16;
    while (cap < 2 * o->n)
        cap *= 2;
    int32_t *slot = malloc(cap * sizeof *slot), *next = malloc((o->n + 1) * sizeof *next);
    int32_t *head = malloc((o->n + 1) * sizeof *head), *rep = malloc((o->n + 1) * sizeof *rep);
    bool ok = slot && next && head && rep;
    if (ok) {
        memset(slot, 0xff, cap * sizeof *slot);
        int32_t groups = 0;
        for (size_t i = o->n; i-- > 0;) {
            const diff_item *e = &o->v[i];
            if (e->match >= 0)
                continue;
            size_t p = exact_key(e, same_section) & (cap - 1);
            while (slot[p] >= 0 && !exact_eq(o, &o->v[rep[slot[p]]], o, e, same_section))
                p = (p + 1) & (cap - 1);
            if (slot[p] < 0) {
                slot[p] = groups;
                rep[groups] = (int32_t)i;
                head[groups++] = -1;
            }
            next[i] = head[slot[p]]; /* pushed in reverse: the queue is in order */
            head[slot[p]] = (int32_t)i;
        }
        for (size_t j = 0; j < n->n; j++) {
            const diff_item *e = &n->v[j];
            if (e->match >= 0)
                continue;
            size_t p = exact_key(e, same_section) & (cap - 1);
            while (slot[p] >= 0 && !exact_eq(o, &o->v[rep[slot[p]]], n, e, same_section))
                p = (p + 1) & (cap - 1);
            if (slot[p] < 0 || head[slot[p]] < 0)
                continue;
            int32_t i = head[slot[p]];
            head[slot[p]] = next[i];
            link(o, (size_t)i, n, j, 100);
        }
    }
    free(slot);
    free(next);
    free(head);
    free(rep);
    return ok;
}

/* ---- similar text ------------------------------------------------------------- */

/* What a similarity pass knows of an unmatched item. */
typedef struct pitem {
    size_t idx;       /* in its side's array */
    uint64_t *bi;     /* sorted bigrams (diff_bigrams) */
    size_t nbi;
    uint64_t head[2]; /* the first PREFIX_MIN code points, packed */
} pitem;

typedef struct post {
    uint64_t b;
    uint32_t k;
    int32_t sec;
    uint32_t i; /* index into the pass's OLD list */
} post;

typedef struct cand { /* 16 bytes: there may be MAX_CAND per item */
    int32_t sim, dist;
    uint32_t i, j;
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

static int cmp_post(const void *a, const void *b)
{
    const post *x = a, *y = b;
    if (x->sec != y->sec)
        return x->sec < y->sec ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    if (x->k != y->k)
        return x->k < y->k ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

typedef struct tok {
    uint32_t df, k;
    uint64_t b;
} tok;

static int cmp_tok(const void *a, const void *b)
{
    const tok *x = a, *y = b;
    if (x->df != y->df)
        return x->df < y->df ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    return x->k < y->k ? -1 : x->k > y->k;
}

static bool load_pitem(const diff_items *it, size_t idx, pitem *p)
{
    const diff_item *e = &it->v[idx];
    uint32_t *cps = malloc((e->nfold ? e->nfold : 1) * sizeof *cps);
    if (!cps)
        return false;
    diff_item_iter r = diff_item_begin(it, e);
    for (uint32_t k = 0; k < e->nfold; k++)
        cps[k] = diff_item_next(&r);
    p->idx = idx;
    p->head[0] = p->head[1] = 0;
    if (e->nfold >= PREFIX_MIN) {
        p->head[0] = (uint64_t)cps[0] << 32 | cps[1];
        p->head[1] = (uint64_t)cps[2] << 32 | cps[3];
    }
    p->bi = diff_bigrams(cps, e->nfold, &p->nbi);
    free(cps);
    return p->bi != NULL;
}

/* Prefix filtering. diff_dice gives floor((200c + N/2) / N) for c shared
 * bigrams of N = na + nb, so a score of t needs 200c >= (t - 1/2) N; with
 * nb >= c that is c >= na (2t - 1) / (401 - 2t) = need(na). Number the
 * copies of a bigram in an item (b, 0), (b, 1) … so that c counts shared
 * tokens, and order all tokens the same way (rarest bigram first). Two
 * items sharing c >= need(na), need(nb) tokens share the smallest of them,
 * which lies within the first na - need(na) + 1 tokens of each: only those
 * are indexed and looked up. */
static size_t prefix_len(size_t nbi, int t)
{
    size_t need = (nbi * (size_t)(2 * t - 1) + (size_t)(401 - 2 * t) - 1) / (size_t)(401 - 2 * t);
    if (need < 1)
        need = 1;
    return need > nbi ? 0 : nbi - need + 1;
}

/* The prefix tokens of an item, rarest first; returns how many. */
static size_t prefix_tokens(const pitem *p, const diff_tally *df, int t, tok *out)
{
    for (size_t x = 0; x < p->nbi; x++) {
        out[x].b = p->bi[x];
        out[x].k = x > 0 && p->bi[x - 1] == p->bi[x] ? out[x - 1].k + 1 : 0;
        out[x].df = diff_tally_count(diff_tally_get(df, p->bi[x]), 0);
    }
    qsort(out, p->nbi, sizeof *out, cmp_tok);
    return prefix_len(p->nbi, t);
}

/* Does the shorter text begin the longer one (both from their sources)? */
static bool is_prefix(const diff_items *o, const diff_item *a, const diff_items *n, const diff_item *b)
{
    const diff_item *sh = a->nfold < b->nfold ? a : b;
    if (sh->nfold < PREFIX_MIN)
        return false;
    diff_item_iter p = diff_item_begin(o, a), q = diff_item_begin(n, b);
    for (uint32_t k = 0; k < sh->nfold; k++)
        if (diff_item_next(&p) != diff_item_next(&q))
            return false;
    return true;
}

/* Similarity of two items in percent. A heading whose title swallowed the
 * sentence after it (no 。 between them in the source) still begins with the
 * other side's title: a prefix of at least PREFIX_MIN characters counts as
 * similar enough to pair. */
static int similar(const diff_items *o, const pitem *pa, const diff_items *n, const pitem *pb,
                   bool heading, int threshold)
{
    int s = diff_dice(pa->bi, pa->nbi, pb->bi, pb->nbi);
    if (heading && s < threshold && is_prefix(o, &o->v[pa->idx], n, &n->v[pb->idx]))
        s = threshold;
    return s;
}

typedef struct pass {
    diff_items *o, *n;
    bool same_section, heading;
    int threshold;
    pitem *po, *pn;
    size_t npo, npn;
    post *posts; /* OLD's prefix tokens */
    size_t nposts;
    post *heads; /* OLD's first characters (head_key) */
    size_t nheads;
    cand *c;
    size_t nc, capc;
    struct run *runs; /* one per NEW item with candidates */
    size_t nruns, capruns;
    cand *mine; /* one NEW item's pairs */
    size_t nmine, capmine;
    uint32_t *stamp, epoch; /* OLD items seen in this look-up */
    const diff_tally *df;
    tok *buf;
} pass;

static bool push_cand(cand **v, size_t *n, size_t *cap, cand x)
{
    if (!vec_reserve(v, *n, cap, sizeof **v))
        return false;
    (*v)[(*n)++] = x;
    return true;
}

static bool try_pair(pass *ps, size_t io, size_t jn)
{
    if (ps->stamp[io] == ps->epoch)
        return true;
    ps->stamp[io] = ps->epoch;
    const pitem *a = &ps->po[io], *b = &ps->pn[jn];
    if (ps->o->v[a->idx].match >= 0 ||
        (ps->same_section && ps->o->v[a->idx].section != ps->n->v[b->idx].section))
        return true;
    int s = similar(ps->o, a, ps->n, b, ps->heading, ps->threshold);
    if (s < ps->threshold)
        return true;
    long dist = (long)a->idx - (long)b->idx;
    return push_cand(&ps->mine, &ps->nmine, &ps->capmine,
                     (cand){s, (int32_t)(dist < 0 ? -dist : dist), (uint32_t)a->idx, (uint32_t)b->idx});
}

/* The first entry of v[lo, hi) not below key (less 0) or above it (less 1). */
static size_t post_bound(const post *v, size_t lo, size_t hi, post key, int less)
{
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (cmp_post(&v[m], &key) < less)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

static void scan(pass *ps, const post *v, size_t nv, int32_t sec, uint64_t b, uint32_t k, size_t jn,
                 bool *ok)
{
    size_t lo = post_bound(v, 0, nv, (post){b, k, sec, 0}, 0);
    size_t hi = post_bound(v, lo, nv, (post){b, k, sec, UINT32_MAX}, 1);
    if (hi - lo > WINDOW) {
        /* a degenerate entry: read the WINDOW items nearest to NEW's place
         * (the run is in OLD's order) */
        size_t a = lo, z = hi, j = ps->pn[jn].idx;
        while (a < z) {
            size_t m = a + (z - a) / 2;
            if (ps->po[v[m].i].idx < j)
                a = m + 1;
            else
                z = m;
        }
        size_t from = a > lo + WINDOW / 2 ? a - WINDOW / 2 : lo;
        if (from + WINDOW > hi)
            from = hi - WINDOW;
        lo = from;
        hi = from + WINDOW;
    }
    for (size_t x = lo; x < hi && *ok; x++)
        *ok = try_pair(ps, v[x].i, jn);
}

/* The first characters as one key. Items whose keys collide are merely
 * scored for nothing: similar() checks the prefix itself. */
static uint64_t head_key(const pitem *p) { return u64map_mix(p->head[0]) ^ p->head[1]; }

static bool build_index(pass *ps, const diff_tally *df, tok *buf)
{
    size_t cap = 0;
    for (size_t i = 0; i < ps->npo; i++)
        cap += prefix_len(ps->po[i].nbi, ps->threshold);
    ps->posts = malloc((cap ? cap : 1) * sizeof *ps->posts);
    ps->heads = malloc((ps->npo ? ps->npo : 1) * sizeof *ps->heads);
    if (!ps->posts || !ps->heads)
        return false;
    for (size_t i = 0; i < ps->npo; i++) {
        const pitem *p = &ps->po[i];
        int32_t sec = ps->same_section ? ps->o->v[p->idx].section : 0;
        size_t np = prefix_tokens(p, df, ps->threshold, buf);
        for (size_t x = 0; x < np; x++)
            ps->posts[ps->nposts++] = (post){buf[x].b, buf[x].k, sec, (uint32_t)i};
        if (ps->heading && ps->o->v[p->idx].nfold >= PREFIX_MIN)
            ps->heads[ps->nheads++] = (post){head_key(p), 0, sec, (uint32_t)i};
    }
    qsort(ps->posts, ps->nposts, sizeof *ps->posts, cmp_post);
    qsort(ps->heads, ps->nheads, sizeof *ps->heads, cmp_post);
    return true;
}

/* Look up NEW item jn's pairs over the threshold with OLD items still
 * free, best first, and append the first MAX_CAND of them to ps->c. */
static bool gen_cands(pass *ps, size_t jn, struct run *r);

/* A NEW item's candidates, best first: ps->c[at .. end). */
typedef struct run {
    uint32_t at, end, jn;
    bool more; /* candidates were left out: look again when these are taken */
} run;

static bool push_run(pass *ps, run r)
{
    if (!vec_reserve(&ps->runs, ps->nruns, &ps->capruns, sizeof *ps->runs))
        return false;
    ps->runs[ps->nruns++] = r;
    return true;
}

static bool run_before(const pass *ps, const run *a, const run *b)
{
    return cmp_cand(&ps->c[a->at], &ps->c[b->at]) < 0;
}

static void sift_down(const pass *ps, run *h, size_t n, size_t x)
{
    for (;;) {
        size_t l = 2 * x + 1, m = x;
        if (l < n && run_before(ps, &h[l], &h[m]))
            m = l;
        if (l + 1 < n && run_before(ps, &h[l + 1], &h[m]))
            m = l + 1;
        if (m == x)
            return;
        run t = h[x];
        h[x] = h[m];
        h[m] = t;
        x = m;
    }
}

/* Take the pairs in the order of all candidates sorted by cmp_cand, each
 * when both its items are still free: the same as sorting every candidate,
 * without holding a second copy of them. A heap holds each NEW item's best
 * candidate not yet taken; its item is free until its run leaves the heap. */
static bool greedy(pass *ps)
{
    run *h = ps->runs;
    size_t n = ps->nruns;
    for (size_t x = n / 2; x-- > 0;)
        sift_down(ps, h, n, x);
    while (n) {
        const cand *c = &ps->c[h[0].at];
        if (ps->o->v[c->i].match < 0) {
            link(ps->o, c->i, ps->n, c->j, c->sim);
            h[0] = h[--n];
        } else if (++h[0].at == h[0].end) {
            /* the rest of this item's candidates come after the one just
             * passed in the order of all candidates: take them now */
            if (h[0].more && !gen_cands(ps, h[0].jn, &h[0]))
                return false;
            if (h[0].at == h[0].end)
                h[0] = h[--n];
        }
        sift_down(ps, h, n, 0);
    }
    return true;
}

static bool gen_cands(pass *ps, size_t jn, run *r)
{
    const pitem *p = &ps->pn[jn];
    int32_t sec = ps->same_section ? ps->n->v[p->idx].section : 0;
    bool ok = true;
    ps->nmine = 0;
    ps->epoch++;
    size_t np = prefix_tokens(p, ps->df, ps->threshold, ps->buf);
    for (size_t x = 0; x < np && ok; x++)
        scan(ps, ps->posts, ps->nposts, sec, ps->buf[x].b, ps->buf[x].k, jn, &ok);
    if (ok && ps->heading && ps->n->v[p->idx].nfold >= PREFIX_MIN)
        scan(ps, ps->heads, ps->nheads, sec, head_key(p), 0, jn, &ok);
    if (!ok)
        return false;
    if (ps->nmine > 1)
        qsort(ps->mine, ps->nmine, sizeof *ps->mine, cmp_cand);
    r->more = ps->nmine > MAX_CAND;
    if (r->more)
        ps->nmine = MAX_CAND;
    r->jn = (uint32_t)jn;
    r->at = (uint32_t)ps->nc;
    for (size_t x = 0; ok && x < ps->nmine; x++)
        ok = push_cand(&ps->c, &ps->nc, &ps->capc, ps->mine[x]);
    r->end = (uint32_t)ps->nc;
    return ok;
}

/* Pair the most similar first, greedily (see the header). */
static bool match_similar(diff_items *o, diff_items *n, bool same_section, int threshold, bool heading)
{
    pass ps;
    memset(&ps, 0, sizeof ps);
    ps.o = o;
    ps.n = n;
    ps.same_section = same_section;
    ps.heading = heading;
    ps.threshold = threshold;
    size_t uo = 0, un = 0, maxbi = 1;
    for (size_t i = 0; i < o->n; i++)
        uo += o->v[i].match < 0;
    for (size_t j = 0; j < n->n; j++)
        un += n->v[j].match < 0;
    if (!uo || !un)
        return true;
    diff_tally df;
    memset(&df, 0, sizeof df);
    tok *buf = NULL;
    ps.po = calloc(uo, sizeof *ps.po);
    ps.pn = calloc(un, sizeof *ps.pn);
    ps.stamp = calloc(uo, sizeof *ps.stamp);
    bool ok = ps.po && ps.pn && ps.stamp;
    for (size_t i = 0; ok && i < o->n; i++)
        if (o->v[i].match < 0)
            ok = load_pitem(o, i, &ps.po[ps.npo++]);
    for (size_t j = 0; ok && j < n->n; j++)
        if (n->v[j].match < 0)
            ok = load_pitem(n, j, &ps.pn[ps.npn++]);
    /* document frequency of each bigram: the order of the tokens */
    for (int side = 0; ok && side < 2; side++) {
        const pitem *v = side ? ps.pn : ps.po;
        size_t nv = side ? ps.npn : ps.npo;
        for (size_t x = 0; ok && x < nv; x++) {
            if (v[x].nbi > maxbi)
                maxbi = v[x].nbi;
            for (size_t y = 0; ok && y < v[x].nbi; y++)
                if (y == 0 || v[x].bi[y] != v[x].bi[y - 1])
                    ok = diff_tally_add(&df, v[x].bi[y], 0);
        }
    }
    if (ok)
        ok = (buf = malloc(maxbi * sizeof *buf)) != NULL;
    if (ok)
        ok = build_index(&ps, &df, buf);
    ps.df = &df;
    ps.buf = buf;
    for (size_t jn = 0; ok && jn < ps.npn; jn++) {
        run r;
        ok = gen_cands(&ps, jn, &r);
        if (ok && r.at < r.end)
            ok = push_run(&ps, r);
    }
    if (ok)
        ok = greedy(&ps);
    for (size_t i = 0; ps.po && i < ps.npo; i++)
        free(ps.po[i].bi);
    for (size_t j = 0; ps.pn && j < ps.npn; j++)
        free(ps.pn[j].bi);
    free(ps.po);
    free(ps.pn);
    free(ps.stamp);
    free(ps.posts);
    free(ps.heads);
    free(ps.c);
    free(ps.runs);
    free(ps.mine);
    free(buf);
    diff_tally_free(&df);
    return ok;
}

/* ---- moves --------------------------------------------------------------------- */

/* Mark the matches of idx[0..k) (NEW's matched items of one section, in
 * order) that are not in the longest run keeping OLD's order. The run is
 * the one the quadratic definition picks: among the longest, the one ending
 * at the first possible item, each step back taking the first possible
 * predecessor. len[a] (the longest run ending at a) comes from patience
 * sorting; the items of equal len have decreasing values in NEW's order,
 * so the first predecessor of a is found by binary search in its class. */
static bool lis_moves(diff_items *o, diff_items *n, const int32_t *idx, size_t k)
{
    if (!k)
        return true;
    int32_t *tails = malloc(k * sizeof *tails), *len = malloc(k * sizeof *len);
    size_t *start = calloc(k + 2, sizeof *start), *cls = malloc(k * sizeof *cls);
    bool ok = tails && len && start && cls;
    if (ok) {
        size_t ntails = 0;
        for (size_t a = 0; a < k; a++) {
            int32_t v = n->v[idx[a]].match;
            size_t lo = 0, hi = ntails;
            while (lo < hi) {
                size_t m = lo + (hi - lo) / 2;
                if (tails[m] < v)
                    lo = m + 1;
                else
                    hi = m;
            }
            tails[lo] = v;
            if (lo == ntails)
                ntails++;
            len[a] = (int32_t)lo + 1;
        }
        /* classes by len, each in NEW's order */
        for (size_t a = 0; a < k; a++)
            start[len[a] + 1]++;
        for (size_t l = 1; l <= k + 1; l++)
            start[l] += start[l - 1];
        for (size_t a = 0; a < k; a++)
            cls[start[len[a]]++] = a;
        for (size_t l = k + 1; l > 0; l--)
            start[l] = start[l - 1];
        start[0] = 0;
        /* now class l is cls[start[l] .. start[l + 1]) */
        for (size_t a = 0; a < k; a++)
            n->v[idx[a]].moved = true;
        size_t cur = cls[start[ntails]];
        for (;;) {
            n->v[idx[cur]].moved = false;
            int32_t l = len[cur] - 1;
            if (l < 1)
                break;
            int32_t v = n->v[idx[cur]].match;
            size_t lo = start[l], hi = start[l + 1];
            while (lo < hi) {
                size_t m = lo + (hi - lo) / 2;
                if (n->v[idx[cls[m]]].match < v)
                    hi = m;
                else
                    lo = m + 1;
            }
            cur = cls[lo];
        }
        for (size_t a = 0; a < k; a++)
            o->v[n->v[idx[a]].match].moved = n->v[idx[a]].moved;
    }
    free(tails);
    free(len);
    free(start);
    free(cls);
    return ok;
}

/* A match is moved when its section changed, or when it is out of OLD's
 * order among the matches of its section. */
static bool mark_moves(diff_items *o, diff_items *n)
{
    int32_t *idx = malloc((n->n + 1) * sizeof *idx);
    size_t *at = calloc(XXGK_SEC__COUNT + 1, sizeof *at);
    bool ok = idx && at;
    for (size_t j = 0; ok && j < n->n; j++) {
        diff_item *e = &n->v[j];
        if (e->match < 0)
            continue;
        if (o->v[e->match].section != e->section)
            e->moved = o->v[e->match].moved = true;
        else
            at[e->section + 1]++;
    }
    for (int s = 0; ok && s < XXGK_SEC__COUNT; s++)
        at[s + 1] += at[s];
    for (size_t j = 0; ok && j < n->n; j++) {
        const diff_item *e = &n->v[j];
        if (e->match >= 0 && o->v[e->match].section == e->section)
            idx[at[e->section]++] = (int32_t)j;
    }
    /* at[s] is now the end of section s's run; it began at at[s - 1] */
    for (int s = 0; ok && s < XXGK_SEC__COUNT; s++) {
        size_t b = s ? at[s - 1] : 0;
        ok = lis_moves(o, n, idx + b, at[s] - b);
    }
    free(idx);
    free(at);
    return ok;
}

bool diff_match_items(diff_items *o, diff_items *n, bool heading)
{
    if (!match_exact(o, n, true) || !match_exact(o, n, false))
        return false;
    if (!match_similar(o, n, true, SIM_SAME_SECTION, heading))
        return false;
    if (heading && !match_similar(o, n, false, SIM_ANY_SECTION, heading))
        return false;
    return mark_moves(o, n);
}
