/* A page's words into visual rows and cells (docs/formats.md, "PDF",
 * rules 1 and 2): words whose vertical centres line up form a row; a gap
 * wider than 0.6 of the text height separates two cells. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "vec.h"

/* words of one page in reading order: by vertical centre, then left edge */
static int by_centre(const void *a, const void *b)
{
    const pdf_word *p = a, *q = b;
    int64_t cp = p->y0 + p->y1, cq = q->y0 + q->y1;
    if (cp != cq)
        return cp < cq ? -1 : 1;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

static int by_left(const void *a, const void *b)
{
    const pdf_word *p = a, *q = b;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

/* same row: centres apart by at most half the smaller height (in doubled
 * centres, by at most the smaller height) */
static bool same_row(const pdf_word *first, const pdf_word *w)
{
    int64_t d = (w->y0 + w->y1) - (first->y0 + first->y1);
    return d <= min64(first->y1 - first->y0, w->y1 - w->y0);
}

static bool ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* a cell that is a number as tables print them: digits (ASCII or
 * fullwidth), '.', ',', '%' */
bool pdf_numeric(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            digit = true;
        } else if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
                   (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
            digit = true; /* ０-９ */
            i += 2;
        } else if (s[i] != '.' && s[i] != ',' && s[i] != '%') {
            return false;
        }
    }
    return digit;
}

static void end_cell(page_rows *pr, cell *c)
{
    c->len = pr->buf.len - c->start;
    c->num = pdf_numeric(pr->buf.p + c->start, c->len);
    if (!vec_reserve(&pr->c, pr->nc, &pr->capc, sizeof *pr->c)) {
        pr->failed = true;
        return;
    }
    pr->c[pr->nc++] = *c;
}

/* the words w[0..n) of one visual row, left to right, into cells: a gap
 * wider than 0.6 of the text height separates two cells (inside a
 * sentence pdftotext's words are a fifth of the height apart) */
/* The number columns of a page: the extents of the numbers that stand
 * alone in a cell of a data row (two numbers or more). */
typedef struct columns {
    int64_t *x;     /* x0, x1 pairs */
    size_t n;
} columns;

static bool overlaps(const columns *k, size_t i, int64_t x0, int64_t x1)
{
    return k->x[2 * i] < x1 && x0 < k->x[2 * i + 1];
}

/* two numbers a, b side by side stand in two columns: a number alone in
 * its cell elsewhere on the page lies under a and not b, another under b
 * and not a (cell padding so tight that the gap between two cells is as
 * narrow as the gap between two words of one cell) */
static bool two_columns(const columns *k, const pdf_word *a, const pdf_word *b)
{
    bool under_a = false, under_b = false;
    for (size_t i = 0; i < k->n && !(under_a && under_b); i++) {
        bool oa = overlaps(k, i, a->x0, a->x1), ob = overlaps(k, i, b->x0, b->x1);
        under_a |= oa && !ob;
        under_b |= ob && !oa;
    }
    return under_a && under_b;
}

/* the word lies over one number column: the ranges under it overlap one
 * another (each data row gives its own) */
static bool one_column(const columns *k, const pdf_word *w)
{
    int64_t lo = INT64_MIN, hi = INT64_MAX;
    bool any = false;
    for (size_t i = 0; i < k->n; i++)
        if (overlaps(k, i, w->x0, w->x1)) {
            any = true;
            lo = k->x[2 * i] > lo ? k->x[2 * i] : lo;
            hi = min64(hi, k->x[2 * i + 1]);
        }
    return any && lo < hi;
}

static bool numeric_word(const pdf_word *w, const pdf_words *ws)
{
    return pdf_numeric(ws->text.p + w->text, w->len);
}

static void put_vrow(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws, const columns *k)
{
    qsort(w, n, sizeof *w, by_left);
    vrow v = {.first = pr->nc, .cy2 = w[0].y0 + w[0].y1, .h = w[0].y1 - w[0].y0, .ref = SIZE_MAX};
    cell c = {.x0 = w[0].x0, .x1 = w[0].x1, .cy2 = v.cy2, .h = v.h, .start = pr->buf.len,
              .owner = SIZE_MAX};
    /* a row of three words or more, each over one number column: a
     * table's header, whose narrow cells may stand as near as the words
     * of one cell */
    bool table_like = k && n >= 3;
    for (size_t i = 0; i < n && table_like; i++)
        table_like = one_column(k, &w[i]);
    for (size_t i = 0; i < n && !pr->failed; i++) {
        const char *t = ws->text.p + w[i].text;
        int64_t h = w[i].y1 - w[i].y0;
        if (i > 0) {
            int64_t gap = w[i].x0 - w[i - 1].x1;
            int64_t mh = min64(h, w[i - 1].y1 - w[i - 1].y0);
            char last = ws->text.p[w[i - 1].text + w[i - 1].len - 1];
            if (gap * 5 > mh * 3 ||
                (k && two_columns(k, &w[i - 1], &w[i]) &&
                 ((numeric_word(&w[i - 1], ws) && numeric_word(&w[i], ws)) ||
                  (table_like && one_column(k, &w[i - 1]) && one_column(k, &w[i]))))) {
                end_cell(pr, &c);
                c = (cell){.x0 = w[i].x0, .x1 = w[i].x1, .cy2 = w[i].y0 + w[i].y1, .h = h,
                           .start = pr->buf.len, .owner = SIZE_MAX};
            } else if (ascii_alnum(last) && ascii_alnum(t[0]) && gap * 20 > mh * 3) {
                pdf_buf_putc(&pr->buf, ' ');
            }
        }
        pdf_buf_put(&pr->buf, t, w[i].len);
        c.words++;
        c.x1 = w[i].x1 > c.x1 ? w[i].x1 : c.x1;
        v.h = h > v.h ? h : v.h;
    }
    if (pr->failed || pr->buf.failed)
        return;
    end_cell(pr, &c);
    v.n = pr->nc - v.first;
    for (size_t k = v.first; k < pr->nc; k++)
        v.numbers += pr->c[k].num;
    if (!vec_reserve(&pr->v, pr->nv, &pr->capv, sizeof *pr->v)) {
        pr->failed = true;
        return;
    }
    pr->v[pr->nv++] = v;
}

/* the em of a word written in CJK characters only (U+2E80..U+9FFF,
 * U+FF00..U+FFEF: each one em wide): its width over their count; 0 for
 * any other word */
static int64_t cjk_em(const pdf_word *w, const pdf_words *ws)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + w->text;
    size_t k = 0;
    for (size_t i = 0; i < w->len; i += 3, k++) {
        if (i + 3 > w->len || (s[i] & 0xF0) != 0xE0)
            return 0;
        uint32_t cp = (uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        if (cp < 0x2E80 || (cp > 0x9FFF && (cp < 0xFF00 || cp > 0xFFEF)))
            return 0;
    }
    return k ? (w->x1 - w->x0) / (int64_t)k : 0;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t p = *(const int64_t *)a, q = *(const int64_t *)b;
    return p < q ? -1 : p > q;
}

/* Boxes as tall as the type (docs/formats.md, "PDF", rule 1): some
 * producers (a browser's print to PDF) give every word the height of its
 * line box, two or three times its type size, so the lines of a wrapped
 * label and the cells of a header overlap and every gap looks narrow.
 * When the page's CJK words are, at the median, taller than 1.4 of their
 * em (a CJK character is one em wide), every word's box is shrunk around
 * its vertical centre by that ratio to 1.2 em; but a box no taller than
 * 1.4 of the page's median em is kept (digits of another font boxed tight
 * among line boxes). */
static void type_boxes(pdf_word *w, size_t n, const pdf_words *ws)
{
    int64_t *r = malloc((n ? 2 * n : 1) * sizeof *r), *e = r + n;
    if (!r)
        return;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t em = cjk_em(&w[i], ws);
        if (em > 0) {
            e[m] = em;
            r[m++] = (w[i].y1 - w[i].y0) * 1000 / em; /* height per em, thousandths */
        }
    }
    if (m) {
        qsort(r, m, sizeof *r, cmp_i64);
        qsort(e, m, sizeof *e, cmp_i64);
        int64_t ratio = r[m / 2], em = e[m / 2];
        if (ratio > 1400)
            for (size_t i = 0; i < n; i++) {
                /* a box no taller than 1.4 of the page's em is its type's
                 * already (digits of another font boxed tight among line
                 * boxes): kept */
                if ((w[i].y1 - w[i].y0) * 1000 <= em * 1400)
                    continue;
                int64_t c2 = w[i].y0 + w[i].y1, h = (w[i].y1 - w[i].y0) * 1200 / ratio;
                w[i].y0 = (c2 - h) / 2;
                w[i].y1 = w[i].y0 + h;
            }
    }
    free(r);
}

/* the visual rows of words w[0..n) sorted by centre */
static void rows_of(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws, const columns *k)
{
    for (size_t i = 0; i < n && !pr->failed && !pr->buf.failed;) {
        size_t j = i + 1;
        while (j < n && same_row(&w[i], &w[j]))
            j++;
        put_vrow(pr, w + i, j - i, ws, k);
        i = j;
    }
}

/* the visual rows of one page's words (sorted here) */
void pdf_page_rows(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr)
{
    type_boxes(w, n, ws);
    qsort(w, n, sizeof *w, by_centre);
    rows_of(pr, w, n, ws, NULL);
    /* a second reading when the first glued two numbers of a data row into
     * one cell: with the page's number columns */
    columns k = {0};
    size_t cap = 0;
    bool glued = false;
    for (size_t v = 0; v < pr->nv && !pr->failed; v++) {
        for (size_t i = pr->v[v].first; i < pr->v[v].first + pr->v[v].n && pr->v[v].numbers < 2; i++)
            glued |= pr->c[i].words > 2;
        if (pr->v[v].numbers < 2)
            continue;
        for (size_t i = pr->v[v].first; i < pr->v[v].first + pr->v[v].n; i++) {
            const cell *c = &pr->c[i];
            glued |= c->words > 1;
            if (!c->num || c->words != 1)
                continue;
            if (!vec_reserve(&k.x, k.n, &cap, 2 * sizeof *k.x)) {
                pr->failed = true;
                break;
            }
            k.x[2 * k.n] = c->x0;
            k.x[2 * k.n + 1] = c->x1;
            k.n++;
        }
    }
    if (glued && k.n && !pr->failed) {
        pr->nc = pr->nv = pr->buf.len = 0;
        rows_of(pr, w, n, ws, &k);
    }
    free(k.x);
}

