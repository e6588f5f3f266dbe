/* What a page carries that is not content (docs/formats.md, "PDF", rules
 * 3 and 7): page numbers, and a table's header repeated after a page
 * break. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"

enum { HEADER_WINDOW = 64 * 1024 };

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
size_t pdf_repeated_header(const page_rows *pr, const pdf_buf *out, bool table_open)
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
    /* the table's first header is in the last HEADER_WINDOW bytes: a
     * table of many pages repeats it on each, so the search stays short
     * and the whole rebuild linear in the pages */
    size_t from = out->len > HEADER_WINDOW ? out->len - HEADER_WINDOW : 0;
    bool seen = run && !key.failed && cells && out->len >= key.len - 1 &&
                (memmem(out->p + from, out->len - from, key.p, key.len) ||
                 (from == 0 && memcmp(out->p, key.p + 1, key.len - 1) == 0));
    free(key.p);
    return seen ? run : 0;
}

/* The page ends inside a table: its last line is a data row, or follows
 * one with at most three group-label fragments of one cell, three
 * characters at most (三、本年度办理结果 printed down a narrow column). */
bool pdf_ends_in_table(const page_rows *pr)
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
void pdf_drop_page_numbers(page_rows *pr, uint32_t page)
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

