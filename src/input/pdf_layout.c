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

/* a cell that is a number as tables print them: digits (ASCII or
 * fullwidth), '.', ',', '%' */
static bool numeric(const char *s, size_t n)
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

/* A cell of a visual row: words close enough to be one phrase. */
typedef struct cell {
    int64_t x0, x1, cy2, h; /* cy2: twice the vertical centre */
    size_t start, len;      /* in the page buffer */
    bool num;
    size_t owner;           /* the data row (vrow) whose label it continues */
} cell;

/* A visual row: words whose centres line up. */
typedef struct vrow {
    size_t first, n;        /* its cells */
    int64_t cy2, h;
    int numbers;
    bool drop;              /* a page number */
    /* a data row's label so far: the rightmost of its own text cells left
     * of its numbers and the pieces it took; and how far from its numbers
     * those pieces reach (doubled units) */
    size_t ref;
    int64_t reach;
} vrow;

/* One line of the rebuilt page: its bytes in the page buffer. */
typedef struct row {
    size_t start, len;
    int cells, numbers;
} row;

typedef struct page_rows {
    pdf_buf buf, line;      /* cell texts; finished lines */
    cell *c;
    size_t nc, capc;
    vrow *v;
    size_t nv, capv;
    row *r;
    size_t n, cap;
    bool failed;
} page_rows;

static bool grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 64;
    void *q = realloc(*p, c * size);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

static void end_cell(page_rows *pr, cell *c)
{
    c->len = pr->buf.len - c->start;
    c->num = numeric(pr->buf.p + c->start, c->len);
    if (!grow((void **)&pr->c, &pr->capc, pr->nc, sizeof *pr->c)) {
        pr->failed = true;
        return;
    }
    pr->c[pr->nc++] = *c;
}

/* the words w[0..n) of one visual row, left to right, into cells: a gap
 * wider than 0.6 of the text height separates two cells (inside a
 * sentence pdftotext's words are a fifth of the height apart) */
static void put_vrow(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws)
{
    qsort(w, n, sizeof *w, by_left);
    vrow v = {.first = pr->nc, .cy2 = w[0].y0 + w[0].y1, .h = w[0].y1 - w[0].y0, .ref = SIZE_MAX};
    cell c = {.x0 = w[0].x0, .x1 = w[0].x1, .cy2 = v.cy2, .h = v.h, .start = pr->buf.len,
              .owner = SIZE_MAX};
    for (size_t i = 0; i < n && !pr->failed; i++) {
        const char *t = ws->text.p + w[i].text;
        int64_t h = w[i].y1 - w[i].y0;
        if (i > 0) {
            int64_t gap = w[i].x0 - w[i - 1].x1;
            int64_t mh = min64(h, w[i - 1].y1 - w[i - 1].y0);
            char last = ws->text.p[w[i - 1].text + w[i - 1].len - 1];
            if (gap * 5 > mh * 3) {
                end_cell(pr, &c);
                c = (cell){.x0 = w[i].x0, .x1 = w[i].x1, .cy2 = w[i].y0 + w[i].y1, .h = h,
                           .start = pr->buf.len, .owner = SIZE_MAX};
            } else if (ascii_alnum(last) && ascii_alnum(t[0]) && gap * 20 > mh * 3) {
                pdf_buf_putc(&pr->buf, ' ');
            }
        }
        pdf_buf_put(&pr->buf, t, w[i].len);
        c.x1 = w[i].x1 > c.x1 ? w[i].x1 : c.x1;
        v.h = h > v.h ? h : v.h;
    }
    if (pr->failed || pr->buf.failed)
        return;
    end_cell(pr, &c);
    v.n = pr->nc - v.first;
    for (size_t k = v.first; k < pr->nc; k++)
        v.numbers += pr->c[k].num;
    if (!grow((void **)&pr->v, &pr->capv, pr->nv, sizeof *pr->v)) {
        pr->failed = true;
        return;
    }
    pr->v[pr->nv++] = v;
}

/* the visual rows of one page's words (sorted here) */
static void page_to_rows(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr)
{
    qsort(w, n, sizeof *w, by_centre);
    for (size_t i = 0; i < n && !pr->failed && !pr->buf.failed;) {
        size_t j = i + 1;
        while (j < n && same_row(&w[i], &w[j]))
            j++;
        put_vrow(pr, w + i, j - i, ws);
        i = j;
    }
}

/* A data row: two numbers or more, a row of a table's body. */
static bool data_row(const vrow *v) { return !v->drop && v->numbers >= 2; }

static int64_t first_number_x(const page_rows *pr, const vrow *v)
{
    int64_t x = INT64_MAX;
    for (size_t i = 0; i < v->n; i++)
        if (pr->c[v->first + i].num && pr->c[v->first + i].x0 < x)
            x = pr->c[v->first + i].x0;
    return x;
}

/* the label of a data row on its own visual row: the rightmost text cell
 * left of its numbers; SIZE_MAX when the numbers stand alone */
static size_t label_cell(const page_rows *pr, const vrow *v)
{
    int64_t fx = first_number_x(pr, v);
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        if (!c->num && c->x1 <= fx && (best == SIZE_MAX || c->x0 > pr->c[best].x0))
            best = v->first + i;
    }
    return best;
}

/* the vertical extent of a data row's numbers, in doubled units: a group
 * label in the same visual row may stand higher or lower */
static void number_span(const page_rows *pr, const vrow *v, int64_t *top2, int64_t *bottom2)
{
    *top2 = INT64_MAX;
    *bottom2 = INT64_MIN;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        if (!c->num)
            continue;
        *top2 = min64(*top2, c->cy2 - c->h);
        *bottom2 = c->cy2 + c->h > *bottom2 ? c->cy2 + c->h : *bottom2;
    }
}

static bool overlap(const cell *a, const cell *b) { return a->x0 < b->x1 && b->x0 < a->x1; }

/* A text row may carry a piece of a data row's wrapped label: its
 * rightmost cell is text, left of the numbers, in the label's column (or
 * anywhere left of the numbers when the data row prints no label on its
 * own line). The cell, or SIZE_MAX. */
static size_t label_piece(const page_rows *pr, const vrow *t, int64_t fx, size_t ref)
{
    if (t->drop || t->numbers >= 2 || !t->n)
        return SIZE_MAX;
    size_t k = t->first + t->n - 1;
    const cell *c = &pr->c[k];
    if (c->num || c->x1 > fx)
        return SIZE_MAX;
    return ref == SIZE_MAX || overlap(c, &pr->c[ref]) ? k : SIZE_MAX;
}

/* cell k continues the label of data row d */
static void own(page_rows *pr, size_t k, size_t d)
{
    vrow *v = &pr->v[d];
    cell *c = &pr->c[k];
    c->owner = d;
    if (v->ref == SIZE_MAX || c->x0 > pr->c[v->ref].x0)
        v->ref = k;
    int64_t top2, bottom2;
    number_span(pr, v, &top2, &bottom2);
    int64_t dist = c->cy2 - (top2 + bottom2) / 2;
    dist = dist < 0 ? -dist : dist;
    v->reach = dist > v->reach ? dist : v->reach;
}

/* Between two data rows a and b (vrow indices), the label pieces go to
 * the nearer row: the pieces split where the vertical gap is widest (the
 * rule between two cells is wider than the leading between two lines of
 * one cell). */
static void split_between(page_rows *pr, size_t a, size_t b)
{
    const vrow *va = &pr->v[a], *vb = &pr->v[b];
    int64_t fx = min64(first_number_x(pr, va), first_number_x(pr, vb));
    size_t ra = va->ref, rb = vb->ref;
    /* the pieces in order, and the widest gap before each */
    size_t best = SIZE_MAX;
    int64_t best_gap = INT64_MIN, prev_bottom, a_top, b_top, b_bottom;
    number_span(pr, va, &a_top, &prev_bottom);
    number_span(pr, vb, &b_top, &b_bottom);
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX)
            continue;
        bool in_a = ra == SIZE_MAX || overlap(&pr->c[k], &pr->c[ra]);
        bool in_b = rb == SIZE_MAX || overlap(&pr->c[k], &pr->c[rb]);
        if (!in_a && !in_b)
            continue;
        const cell *c = &pr->c[k];
        int64_t gap = (c->cy2 - c->h) - prev_bottom;
        if (gap > best_gap) {
            best_gap = gap;
            best = j;
        }
        prev_bottom = c->cy2 + c->h;
        pr->c[k].owner = j; /* a candidate: settled below */
    }
    if (b_top - prev_bottom > best_gap)
        best = b;
    for (size_t j = a + 1; j < b; j++) {
        size_t k = pr->v[j].first + pr->v[j].n - 1;
        if (pr->v[j].n && pr->c[k].owner == j)
            own(pr, k, j < best ? a : b);
    }
}

/* A barrier between data rows: a visual row reaching into the number
 * columns (a header, a row of one number): label pieces do not cross it. */
static bool barrier(const page_rows *pr, const vrow *t, int64_t fx)
{
    for (size_t i = 0; i < t->n; i++)
        if (pr->c[t->first + i].x1 > fx)
            return true;
    return false;
}

/* From data row d up (dir -1) or down (+1) to the next data row or
 * barrier: the label pieces next to it, no farther than the pieces it took
 * on its other side plus a line and a half (a label centred on its numbers
 * reaches as far up as down; one printed on the line above its numbers is
 * a line away). Rows of group-label fragments in other columns are passed
 * over. */
static void take_edge(page_rows *pr, size_t d, int dir)
{
    const vrow *v = &pr->v[d];
    int64_t fx = first_number_x(pr, v), top2, bottom2;
    size_t ref = v->ref;
    number_span(pr, v, &top2, &bottom2);
    int64_t mid2 = (top2 + bottom2) / 2;
    int64_t reach = v->reach + (bottom2 - top2) * 3 / 2;
    for (size_t j = d; dir < 0 ? j > 0 : j + 1 < pr->nv;) {
        j = dir < 0 ? j - 1 : j + 1;
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (data_row(t) || barrier(pr, t, fx))
            break;
        size_t k = label_piece(pr, t, fx, ref);
        if (k == SIZE_MAX)
            continue; /* fragments of a group label */
        int64_t dist = pr->c[k].cy2 - mid2;
        if ((dist < 0 ? -dist : dist) > reach || pr->c[k].owner != SIZE_MAX)
            break;
        own(pr, k, d);
    }
}

/* Which data row each wrapped label piece belongs to (cell owner): between
 * two data rows with nothing across the number columns, split_between;
 * at the ends of a table and beside a barrier, take_edge. */
static void assign_labels(page_rows *pr)
{
    for (size_t k = 0; k < pr->nv; k++)
        if (data_row(&pr->v[k]))
            pr->v[k].ref = label_cell(pr, &pr->v[k]);
    size_t prev = SIZE_MAX;
    for (size_t k = 0; k < pr->nv; k++) {
        if (!data_row(&pr->v[k]))
            continue;
        bool joined = false;
        if (prev != SIZE_MAX) {
            int64_t fx = min64(first_number_x(pr, &pr->v[prev]), first_number_x(pr, &pr->v[k]));
            joined = true;
            for (size_t j = prev + 1; j < k && joined; j++)
                joined = pr->v[j].drop || !barrier(pr, &pr->v[j], fx);
        }
        if (joined) {
            split_between(pr, prev, k);
        } else {
            if (prev != SIZE_MAX)
                take_edge(pr, prev, +1);
            take_edge(pr, k, -1);
        }
        prev = k;
    }
    if (prev != SIZE_MAX)
        take_edge(pr, prev, +1);
}

static int by_x(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->cy2 < q->cy2 ? -1 : p->cy2 > q->cy2;
}

static int by_y(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    if (p->cy2 != q->cy2)
        return p->cy2 < q->cy2 ? -1 : 1;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static void add_line(page_rows *pr, row r)
{
    if (!grow((void **)&pr->r, &pr->cap, pr->n, sizeof *pr->r)) {
        pr->failed = true;
        return;
    }
    pr->r[pr->n++] = r;
}

/* cells c[0..n) as one line: columns are cells whose horizontal extents
 * overlap (the lines of a wrapped label, a stacked header), read top to
 * bottom; TAB between columns */
static void put_line(page_rows *pr, cell *c, size_t n)
{
    qsort(c, n, sizeof *c, by_x);
    row r = {.start = pr->line.len};
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        int64_t x1 = c[i].x1;
        while (j < n && c[j].x0 < x1) {
            x1 = c[j].x1 > x1 ? c[j].x1 : x1;
            j++;
        }
        qsort(c + i, j - i, sizeof *c, by_y);
        if (i > 0)
            pdf_buf_putc(&pr->line, '\t');
        size_t cs = pr->line.len;
        for (size_t k = i; k < j; k++)
            pdf_buf_put(&pr->line, pr->buf.p + c[k].start, c[k].len);
        r.cells++;
        r.numbers += numeric(pr->line.p ? pr->line.p + cs : "", pr->line.len - cs);
        i = j;
    }
    r.len = pr->line.len - r.start;
    if (!pr->line.failed)
        add_line(pr, r);
}

/* the page's lines: each data row with the label pieces it owns, every
 * other visual row with the cells no data row took */
static void build_lines(page_rows *pr)
{
    cell *tmp = NULL;
    size_t cap = 0, lo = 0; /* pieces lie between the data rows around */
    for (size_t k = 0; k < pr->nv && !pr->failed; k++) {
        const vrow *v = &pr->v[k];
        if (v->drop)
            continue;
        bool data = data_row(v);
        size_t n = 0;
        for (size_t j = data ? lo : k; j < pr->nv && !pr->failed; j++) {
            const vrow *u = &pr->v[j];
            if (!data ? j > k : j > k && data_row(u))
                break;
            for (size_t i = u->first; i < u->first + u->n; i++) {
                bool mine = j == k ? pr->c[i].owner == SIZE_MAX : pr->c[i].owner == k;
                if (!mine)
                    continue;
                if (!grow((void **)&tmp, &cap, n, sizeof *tmp)) {
                    pr->failed = true;
                    break;
                }
                tmp[n++] = pr->c[i];
            }
        }
        if (n && !pr->failed)
            put_line(pr, tmp, n);
        if (data)
            lo = k + 1;
    }
    free(tmp);
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
 * previous page ended inside a table (table_open), this page's leading
 * lines without numbers, one of them with several cells, are followed by
 * a data row and already stand one after another earlier in the text.
 * Returns how many leading lines to drop (the longest such run). */
static size_t repeated_header(const page_rows *pr, const pdf_buf *out, bool table_open)
{
    if (!table_open)
        return 0;
    size_t run = 0;
    while (run < pr->n && pr->r[run].numbers == 0 && run < 8)
        run++;
    if (run == pr->n || pr->r[run].numbers < 2)
        return 0;
    pdf_buf key = {0};
    bool cells = false;
    pdf_buf_putc(&key, '\n');
    for (size_t k = 0; k < run; k++) {
        pdf_buf_put(&key, pr->line.p + pr->r[k].start, pr->r[k].len);
        pdf_buf_putc(&key, '\n');
        cells |= pr->r[k].cells > 1;
    }
    bool seen = run && !key.failed && cells && out->len >= key.len - 1 &&
                (memmem(out->p, out->len, key.p, key.len) || memcmp(out->p, key.p + 1, key.len - 1) == 0);
    free(key.p);
    return seen ? run : 0;
}

/* The page ends inside a table: its last line is a data row, or follows
 * one with at most three group-label fragments of one cell, three
 * characters at most (三、本年度办理结果 printed down a narrow column). */
static bool ends_in_table(const page_rows *pr)
{
    for (size_t k = pr->n, skipped = 0; k > 0 && skipped <= 3; k--, skipped++) {
        const row *r = &pr->r[k - 1];
        if (r->numbers >= 2)
            return true;
        if (r->cells > 1 || r->len > 9)
            return false;
    }
    return false;
}

/* the first and last visual rows when they are page numbers */
static void drop_page_numbers(page_rows *pr, uint32_t page)
{
    for (int end = 0; end < 2 && pr->nv; end++) {
        vrow *v = &pr->v[end ? pr->nv - 1 : 0];
        if (v->drop)
            continue;
        /* the row's cells, the blanks between them do not matter */
        char s[64];
        size_t n = 0;
        bool fits = true;
        for (size_t i = 0; i < v->n && fits; i++) {
            const cell *c = &pr->c[v->first + i];
            fits = n + c->len <= sizeof s;
            if (fits) {
                memcpy(s + n, pr->buf.p + c->start, c->len);
                n += c->len;
            }
        }
        v->drop = fits && page_number(s, n, page);
    }
}

/* one page's lines appended to the text, without a repeated header;
 * *table_open says whether the page before ended inside a table */
static void emit_page(page_rows *pr, uint32_t page, pdf_buf *out, bool *table_open)
{
    drop_page_numbers(pr, page);
    assign_labels(pr);
    build_lines(pr);
    if (pr->failed)
        return;
    size_t first = repeated_header(pr, out, *table_open);
    for (size_t k = first; k < pr->n; k++) {
        pdf_buf_put(out, pr->line.p + pr->r[k].start, pr->r[k].len);
        pdf_buf_putc(out, '\n');
    }
    if (pr->n)
        *table_open = ends_in_table(pr);
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
    bool table_open = false;
    /* words come page by page, in order of their <page> element */
    for (size_t i = 0; ok && i < ws.n;) {
        size_t j = i;
        while (j < ws.n && ws.w[j].page == ws.w[i].page)
            j++;
        page_rows pr = {0};
        page_to_rows(ws.w + i, j - i, &ws, &pr);
        for (uint32_t p = ws.w[i].page; p >= 1 && p <= npages && !starts[p - 1]; p--)
            starts[p - 1] = (uint32_t)text.len + 1; /* +1: 0 is "not yet" */
        emit_page(&pr, ws.w[i].page, &text, &table_open);
        ok &= !pr.failed && !pr.buf.failed && !text.failed && text.len < UINT32_MAX - 16;
        ok &= !pr.line.failed;
        free(pr.r);
        free(pr.c);
        free(pr.v);
        free(pr.buf.p);
        free(pr.line.p);
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
