/* A cell's flags for export (cell_flags.h says how they are found). */
#include "cell_flags.h"

#include <stdlib.h>

#include "doc.h"

/* A diagnostic concerns a cell when its place or one of its notes' places
 * overlaps the cell's number (a place of no width: when it stands on it):
 * asked of every diagnostic only when the places could not be kept. */
static bool covers(xxgk_span d, xxgk_span c)
{
    if (d.start == d.end)
        return c.start <= d.start && d.start < c.end;
    return d.start < c.end && c.start < d.end;
}

static bool concerns(const xxgk_diag *d, xxgk_span c)
{
    if (covers(d->span, c))
        return true;
    for (const xxgk_note *n = d->notes; n; n = n->next)
        if (covers(n->span, c))
            return true;
    return false;
}

/* codes[0..n) with code added when it is not there yet: the new count. */

static int ask_all(const xxgk_doc *doc, xxgk_span s, int *codes)
{
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d && n < CELL_FLAGS_MAX; d = d->next)
        if (concerns(d, s))
            n = cell_flags_add_code(codes, n, d->code);
    return n;
}

static void add_place(flag_place *p, size_t *n, xxgk_span s, uint32_t ord, const xxgk_diag *d)
{
    /* a place of no width as its one byte: then "overlaps" is one test
     * (start < cell end and end > cell start) for both kinds */
    uint32_t end = s.start == s.end ? s.start + 1 : s.end;
    p[(*n)++] = (flag_place){s.start, end, 0, ord, d};
}

static int by_start(const void *a, const void *b)
{
    uint32_t x = ((const flag_place *)a)->start, y = ((const flag_place *)b)->start;
    return (x > y) - (x < y);
}

/* Sorted by start: the diagnostics' own places come sorted (the list is
 * kept in order of start), so a few notes are put in place by insertion;
 * many places are sorted by qsort. */
static void sort_places(flag_place *p, size_t n)
{
    if (n > FLAG_PLACES_SMALL) {
        qsort(p, n, sizeof *p, by_start);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        flag_place x = p[i];
        size_t j = i;
        for (; j && p[j - 1].start > x.start; j--)
            p[j] = p[j - 1];
        p[j] = x;
    }
}

static void set_k(cell_flags *f, size_t k);

/* No memory for the places: every cell asks every diagnostic. */
static void ask_every_diagnostic(cell_flags *f)
{
    f->p = f->small;
    f->mx = NULL;
    f->found = f->small_found;
    f->n = 0;
    f->all = true;
    f->hi = 0; /* no cell is answered inline */
    f->reach = UINT32_MAX;
}

/* The tree of the largest ends over the sorted places, made the first
 * time a cell needs it (in the stack's room when the places are few):
 * false when there is no memory for it. */
static bool build_tree(cell_flags *f)
{
    if (f->mx)
        return true;
    size_t leaves = 1;
    while (leaves < f->n)
        leaves *= 2;
    f->mx = 2 * leaves <= sizeof f->small_mx / sizeof *f->small_mx ? f->small_mx : malloc(2 * leaves * sizeof *f->mx);
    if (!f->mx)
        return false;
    f->leaves = leaves;
    for (size_t j = 0; j < leaves; j++)
        f->mx[leaves + j] = j < f->n ? f->p[j].end : 0;
    for (size_t i = leaves - 1; i >= 1; i--)
        f->mx[i] = f->mx[2 * i] > f->mx[2 * i + 1] ? f->mx[2 * i] : f->mx[2 * i + 1];
    return true;
}

void cell_flags_init(cell_flags *f, const xxgk_doc *doc)
{
    f->doc = doc;
    f->p = f->small;
    f->mx = NULL;
    f->found = f->small_found;
    f->n = f->k = 0;
    f->all = false;
    size_t m = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        m++;
        for (const xxgk_note *n = d->notes; n; n = n->next)
            m++;
    }
    if (m > FLAG_PLACES_SMALL) {
        f->p = malloc(m * sizeof *f->p);
        f->found = malloc(m * sizeof *f->found);
        if (!f->p || !f->found) {
            cell_flags_free(f);
            ask_every_diagnostic(f);
            return;
        }
    }
    uint32_t ord = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next, ord++) {
        add_place(f->p, &f->n, d->span, ord, d);
        for (const xxgk_note *n = d->notes; n; n = n->next)
            add_place(f->p, &f->n, n->span, ord, d);
    }
    sort_places(f->p, f->n);
    uint32_t reach = 0;
    for (size_t i = 0; i < f->n; i++) {
        reach = f->p[i].end > reach ? f->p[i].end : reach;
        f->p[i].reach = reach;
    }
    set_k(f, 0);
}

void cell_flags_free(cell_flags *f)
{
    if (f->p != f->small)
        free(f->p);
    if (f->mx && f->mx != f->small_mx)
        free(f->mx);
    f->mx = NULL;
    if (f->found != f->small_found)
        free(f->found);
    f->p = f->small;
    f->found = f->small_found;
    f->n = f->k = 0;
}

/* The first place in p[lo..hi) starting at or after end (hi when none). */
static size_t first_from(const flag_place *p, size_t lo, size_t hi, uint32_t end)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p[mid].start < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

enum { STEPS = 8 }; /* places stepped over before a binary search */

/* f->k and what it says (hi, reach) set for k. The reach is at least one
 * past the start of the last of the k places (cell_flags_none: a cell
 * starting at the reach then ends after every one of them starts): it is
 * already, as each place ends after its start (add_place); the max keeps
 * it so for a place whose span would run backwards (a cell between is
 * answered by the search, the same answer). */
static void set_k(cell_flags *f, size_t k)
{
    f->k = k;
    f->hi = k < f->n ? f->p[k].start : UINT32_MAX;
    uint32_t after = k ? f->p[k - 1].start + 1 : 0, reach = k ? f->p[k - 1].reach : 0;
    f->reach = reach > after ? reach : after;
}

/* The places starting before end: f->k moved there (a few steps along,
 * else by binary search). */
static void cell_flags_seek(cell_flags *f, uint32_t end)
{
    size_t k = f->k;
    if (k && f->p[k - 1].start >= end) {
        set_k(f, first_from(f->p, 0, k, end));
        return;
    }
    for (int i = 0; i < STEPS && k < f->n && f->p[k].start < end; i++)
        k++;
    if (k < f->n && f->p[k].start < end)
        k = first_from(f->p, k, f->n, end);
    set_k(f, k);
}

/* The places among p[0..k) ending after x (those starting before a cell's
 * end and reaching past its start: overlapping it) into f->found: how
 * many. Down the tree from the root, into a subtree only when it holds
 * one of p[0..k) and its largest end passes x. */
typedef struct subtree {
    size_t node, lo, width; /* mx[node] over p[lo..lo+width) */
} subtree;

static size_t overlapping(const cell_flags *f, size_t k, uint32_t x)
{
    /* a pending right sibling per level, and the node taken: room for
     * twice the depth */
    subtree stack[2 * (sizeof(size_t) * 8 + 1)];
    int top = 0;
    size_t n = 0;
    stack[top++] = (subtree){1, 0, f->leaves};
    while (top) {
        size_t node = stack[top - 1].node, lo = stack[top - 1].lo, width = stack[top - 1].width;
        top--;
        if (lo >= k || f->mx[node] <= x)
            continue;
        if (width == 1) {
            f->found[n++] = &f->p[lo];
            continue;
        }
        stack[top++] = (subtree){2 * node + 1, lo + width / 2, width / 2};
        stack[top++] = (subtree){2 * node, lo, width / 2};
    }
    return n;
}

static int by_ord(const void *a, const void *b)
{
    uint32_t x = (*(const flag_place *const *)a)->ord, y = (*(const flag_place *const *)b)->ord;
    return (x > y) - (x < y);
}

/* Places in the order of their diagnostics: insertion for a few (a cell
 * has one or two), qsort for many. */
static void sort_found(const flag_place **p, size_t n)
{
    if (n > FLAG_PLACES_SMALL) {
        qsort(p, n, sizeof *p, by_ord);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        const flag_place *x = p[i];
        size_t j = i;
        for (; j && p[j - 1]->ord > x->ord; j--)
            p[j] = p[j - 1];
        p[j] = x;
    }
}

/* Places walked back over before the tree is asked: the places before a
 * cell that reach past its start are most often the few overlapping it,
 * found without the tree; a long place before many others (a finding
 * about a whole table among findings about its cells) would have each
 * cell walk back over all of them. */
enum { WALK_MAX = 16 };

/* The places overlapping the cell at s into f->found, walking back from
 * f->k, or down the tree past WALK_MAX places: how many; -1: no memory. */
static long find_places(cell_flags *f, xxgk_span s)
{
    size_t nf = 0, steps = 0;
    for (size_t j = f->k; j-- > 0 && f->p[j].reach > s.start;) {
        if (++steps > WALK_MAX)
            return build_tree(f) ? (long)overlapping(f, f->k, s.start) : -1;
        if (f->p[j].end > s.start)
            f->found[nf++] = &f->p[j];
    }
    return (long)nf;
}

/* The places concerning the cell at s (of width: cell_flags_span) into
 * f->found in the order of their diagnostics: how many; -1 when every
 * diagnostic must be asked instead (no memory). */
static long found_in_order(cell_flags *f, xxgk_span s)
{
    if (f->all)
        return -1;
    cell_flags_seek(f, s.end);
    long nf = find_places(f, s);
    if (nf >= 0)
        sort_found(f->found, (size_t)nf);
    return nf;
}

int cell_flags_find(cell_flags *f, xxgk_span s, int *codes)
{
    s = cell_flags_span(s);
    long nf = found_in_order(f, s);
    if (nf < 0)
        return ask_all(f->doc, s, codes);
    int n = 0;
    for (long i = 0; i < nf && n < CELL_FLAGS_MAX; i++)
        if (!i || f->found[i]->ord != f->found[i - 1]->ord) /* a diagnostic once, by its place or a note's */
            n = cell_flags_add_code(codes, n, f->found[i]->d->code);
    return n;
}

int cell_flags_diags(cell_flags *f, xxgk_span s, const xxgk_diag **ds)
{
    s = cell_flags_span(s);
    int n = 0;
    long nf = found_in_order(f, s);
    if (nf < 0) {
        for (const xxgk_diag *d = xxgk_doc_diags(f->doc); d && n < CELL_FLAGS_MAX; d = d->next)
            if (concerns(d, s))
                ds[n++] = d;
        return n;
    }
    for (long i = 0; i < nf && n < CELL_FLAGS_MAX; i++)
        if (!i || f->found[i]->ord != f->found[i - 1]->ord)
            ds[n++] = f->found[i]->d;
    return n;
}
