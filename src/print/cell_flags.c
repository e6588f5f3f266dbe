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
static int add_code(int *codes, int n, int code)
{
    int k = 0;
    while (k < n && codes[k] != code)
        k++;
    if (k == n)
        codes[n++] = code;
    return n;
}

static int ask_all(const xxgk_doc *doc, xxgk_span s, int *codes)
{
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d && n < CELL_FLAGS_MAX; d = d->next)
        if (concerns(d, s))
            n = add_code(codes, n, d->code);
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

void cell_flags_init(cell_flags *f, const xxgk_doc *doc)
{
    f->doc = doc;
    f->p = f->small;
    f->n = f->k = 0;
    f->all = false;
    size_t m = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        m++;
        for (const xxgk_note *n = d->notes; n; n = n->next)
            m++;
    }
    if (m > FLAG_PLACES_SMALL && !(f->p = malloc(m * sizeof *f->p))) {
        f->p = f->small;
        f->all = true;
        f->lo = 1; /* no cell is answered inline */
        f->hi = 0;
        return;
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
    f->p = f->small;
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

/* f->k and what it says (lo, hi, reach) set for k. */
static void set_k(cell_flags *f, size_t k)
{
    f->k = k;
    f->lo = k ? f->p[k - 1].start + 1 : 0;
    f->hi = k < f->n ? f->p[k].start : UINT32_MAX;
    f->reach = k ? f->p[k - 1].reach : 0;
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

/* The places overlapping a cell found, by their diagnostics' order; more
 * than this: every diagnostic asked for that cell. */
enum { FOUND_MAX = 64 };

int cell_flags_find(cell_flags *f, xxgk_span s, int *codes)
{
    if (f->all)
        return ask_all(f->doc, s, codes);
    cell_flags_seek(f, s.end);
    /* the places before f->k start before the cell's end; walking back,
     * none at or before j reaches the cell once p[j].reach does not */
    const flag_place *found[FOUND_MAX];
    int nf = 0;
    for (size_t j = f->k; j-- > 0 && f->p[j].reach > s.start;) {
        if (f->p[j].end <= s.start)
            continue;
        if (nf == FOUND_MAX)
            return ask_all(f->doc, s, codes);
        /* by the order of their diagnostics (insertion: a cell has few) */
        int i = nf++;
        for (; i && found[i - 1]->ord > f->p[j].ord; i--)
            found[i] = found[i - 1];
        found[i] = &f->p[j];
    }
    int n = 0;
    for (int i = 0; i < nf && n < CELL_FLAGS_MAX; i++)
        if (!i || found[i]->ord != found[i - 1]->ord) /* a diagnostic once, by its place or a note's */
            n = add_code(codes, n, found[i]->d->code);
    return n;
}
