/* Rows rebuilt from word boxes (docs/formats.md, "PDF"). A table row is
 * the words whose vertical centres lie within half a word's height of each
 * other; a horizontal gap wider than 0.8 of the text height separates two
 * cells (a TAB), a narrower one is the gap inside a sentence. Numbers
 * printed in the middle of a tall cell then share the row of their label
 * or stand alone between the label's lines, and group labels printed one
 * or two characters per line stay on rows of their own or in front of a
 * row: the shapes the grammar reads (docs/grammar.md). */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "pdf_layout.h"

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

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

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

/* a cell that is a number as tables print them: digits, '.', ',', '%' */
static bool numeric(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digit = true;
        else if (s[i] != '.' && s[i] != ',' && s[i] != '%')
            return false;
    }
    return digit;
}

/* One rebuilt line of a page: its bytes in the page buffer and how many of
 * its cells are numbers. */
typedef struct row {
    size_t start, len;
    int cells, numbers;
} row;

typedef struct page_rows {
    pdf_buf buf;
    row *r;
    size_t n, cap;
    bool failed;
} page_rows;

/* the words w[0..n) of one row, left to right, into a line */
static void put_row(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws)
{
    qsort(w, n, sizeof *w, by_left);
    row r = {.start = pr->buf.len, .cells = 1};
    size_t cell = pr->buf.len;
    for (size_t i = 0; i < n; i++) {
        const char *t = ws->text.p + w[i].text;
        if (i > 0) {
            int64_t gap = w[i].x0 - w[i - 1].x1;
            int64_t h = min64(w[i].y1 - w[i].y0, w[i - 1].y1 - w[i - 1].y0);
            char last = ws->text.p[w[i - 1].text + w[i - 1].len - 1];
            if (gap * 5 > h * 4) {
                r.numbers += numeric(pr->buf.p + cell, pr->buf.len - cell);
                pdf_buf_putc(&pr->buf, '\t');
                cell = pr->buf.len;
                r.cells++;
            } else if (ascii_alnum(last) && ascii_alnum(t[0]) && gap * 20 > h * 3) {
                pdf_buf_putc(&pr->buf, ' ');
            }
        }
        pdf_buf_put(&pr->buf, t, w[i].len);
    }
    if (pr->buf.failed)
        return;
    r.numbers += numeric(pr->buf.p + cell, pr->buf.len - cell);
    r.len = pr->buf.len - r.start;
    if (pr->n == pr->cap) {
        size_t cap = pr->cap ? pr->cap * 2 : 64;
        row *p = realloc(pr->r, cap * sizeof *p);
        if (!p) {
            pr->failed = true;
            return;
        }
        pr->r = p;
        pr->cap = cap;
    }
    pr->r[pr->n++] = r;
}

/* the rows of one page's words (sorted here) */
static void page_to_rows(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr)
{
    qsort(w, n, sizeof *w, by_centre);
    for (size_t i = 0; i < n && !pr->failed && !pr->buf.failed;) {
        size_t j = i + 1;
        while (j < n && same_row(&w[i], &w[j]))
            j++;
        put_row(pr, w + i, j - i, ws);
        i = j;
    }
}

/* digits at s[*i..]: their value (capped), *i moved past them */
static uint64_t digits(const char *s, size_t n, size_t *i)
{
    uint64_t v = 0;
    for (; *i < n && s[*i] >= '0' && s[*i] <= '9'; ++*i)
        v = v < 100000000 ? v * 10 + (uint64_t)(s[*i] - '0') : v;
    return v;
}

static bool dash_at(const char *s, size_t n, size_t *i)
{
    static const char *const dash[] = {"-", "\xE2\x80\x94", "\xE2\x80\x93", "\xEF\xBC\x8D"};
    for (size_t k = 0; k < 4; k++) {
        size_t l = strlen(dash[k]);
        if (*i + l <= n && memcmp(s + *i, dash[k], l) == 0) {
            *i += l;
            return true;
        }
    }
    return false;
}

static bool lit_at(const char *s, size_t n, size_t *i, const char *lit)
{
    size_t l = strlen(lit);
    if (*i + l > n || memcmp(s + *i, lit, l) != 0)
        return false;
    *i += l;
    return true;
}

/* A page number, the first or last row of a page alone: -N-, — N —, 第N页
 * (共M页), N/M, or the bare number N of this very page. A bare number other
 * than the page's own may be a value wrapped under its label: kept. */
static bool page_number(const char *line, size_t len, uint32_t page)
{
    char s[64];
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t') {
            if (n == sizeof s)
                return false;
            s[n++] = line[i];
        }
    size_t i = 0;
    if (lit_at(s, n, &i, "\xE7\xAC\xAC")) { /* 第N页 共M页 */
        size_t d = i;
        digits(s, n, &i);
        if (i == d || !lit_at(s, n, &i, "\xE9\xA1\xB5"))
            return false;
        if (lit_at(s, n, &i, "\xE5\x85\xB1")) {
            d = i;
            digits(s, n, &i);
            if (i == d || !lit_at(s, n, &i, "\xE9\xA1\xB5"))
                return false;
        }
        return i == n;
    }
    bool lead = dash_at(s, n, &i);
    size_t d = i;
    uint64_t v = digits(s, n, &i);
    if (i == d)
        return false;
    if (!lead && i < n && s[i] == '/') {
        i++;
        d = i;
        digits(s, n, &i);
        return i > d && i == n;
    }
    bool trail = dash_at(s, n, &i);
    return i == n && (lead ? trail : !trail && v == page);
}

/* The header repeated at the top of a page when the table goes on: the
 * leading rows without numbers, when the previous page ended in a table
 * row (three numbers or more) and the same rows, one of them with several
 * cells, already stand one after another earlier in the text. Returns how
 * many leading rows to drop (the longest such run). */
static size_t repeated_header(const page_rows *pr, size_t from, const pdf_buf *out, int prev_numbers)
{
    if (prev_numbers < 3)
        return 0;
    size_t run = 0;
    while (from + run < pr->n && pr->r[from + run].numbers == 0 && run < 8)
        run++;
    for (; run > 0; run--) {
        pdf_buf key = {0};
        bool cells = false;
        pdf_buf_putc(&key, '\n');
        for (size_t k = 0; k < run; k++) {
            const row *r = &pr->r[from + k];
            pdf_buf_put(&key, pr->buf.p + r->start, r->len);
            pdf_buf_putc(&key, '\n');
            cells |= r->cells > 1;
        }
        bool seen = !key.failed && cells && out->len >= key.len - 1 &&
                    (memmem(out->p, out->len, key.p, key.len) ||
                     memcmp(out->p, key.p + 1, key.len - 1) == 0);
        free(key.p);
        if (seen)
            return run;
    }
    return 0;
}

/* one page's rows appended to the text, without its page number and a
 * repeated header; *prev_numbers is the numbers of the last row kept */
static void emit_page(const page_rows *pr, uint32_t page, pdf_buf *out, int *prev_numbers)
{
    size_t first = 0, last = pr->n;
    if (last > first && page_number(pr->buf.p + pr->r[first].start, pr->r[first].len, page))
        first++;
    if (last > first && page_number(pr->buf.p + pr->r[last - 1].start, pr->r[last - 1].len, page))
        last--;
    first += repeated_header(pr, first, out, *prev_numbers);
    for (size_t k = first; k < last; k++) {
        pdf_buf_put(out, pr->buf.p + pr->r[k].start, pr->r[k].len);
        pdf_buf_putc(out, '\n');
        *prev_numbers = pr->r[k].numbers;
    }
}

bool xxgk_pdf_layout(const char *xml, size_t len, xxgk_pdf_text *out)
{
    *out = (xxgk_pdf_text){0};
    pdf_words ws;
    pdf_read_words(xml, len, &ws);
    uint32_t npages = ws.npages;
    bool ok = !ws.failed;
    pdf_buf text = {0};
    uint32_t *starts = npages ? calloc(npages, sizeof *starts) : NULL;
    ok &= !npages || starts;
    int prev_numbers = 0;
    /* words come page by page, in order of their <page> element */
    for (size_t i = 0; ok && i < ws.n;) {
        size_t j = i;
        while (j < ws.n && ws.w[j].page == ws.w[i].page)
            j++;
        page_rows pr = {0};
        page_to_rows(ws.w + i, j - i, &ws, &pr);
        for (uint32_t p = ws.w[i].page; p >= 1 && p <= npages && !starts[p - 1]; p--)
            starts[p - 1] = (uint32_t)text.len + 1; /* +1: 0 is "not yet" */
        emit_page(&pr, ws.w[i].page, &text, &prev_numbers);
        ok &= !pr.failed && !pr.buf.failed && !text.failed && text.len < UINT32_MAX - 16;
        free(pr.r);
        free(pr.buf.p);
        i = j;
    }
    for (uint32_t p = npages; ok && p >= 1; p--)
        starts[p - 1] = starts[p - 1] ? starts[p - 1] - 1 : (uint32_t)text.len;
    /* pages without words after the last word take the end; a page without
     * words before a later one was filled backwards above */
    out->nwords = ws.n;
    pdf_words_free(&ws);
    if (!ok) {
        free(text.p);
        free(starts);
        return false;
    }
    if (!text.p) {
        text.p = calloc(1, 1);
        if (!text.p) {
            free(starts);
            return false;
        }
    }
    out->text = text.p;
    out->len = text.len;
    out->page_starts = starts;
    out->npages = npages;
    return true;
}

void xxgk_pdf_text_free(xxgk_pdf_text *t)
{
    free(t->text);
    free(t->page_starts);
    *t = (xxgk_pdf_text){0};
}
