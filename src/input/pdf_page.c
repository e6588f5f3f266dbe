/* What a page carries that is not content (docs/formats.md, "PDF", rules
 * 3 and 7): page numbers, and a table's header repeated after a page
 * break. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "pdf_layout.h"

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


/* ---- page furniture (rule 3): running headers and footers ------------ */

/* A row's text with each run of digits (ASCII or full-width) as one '#'
 * and TAB between cells, hashed (FNV-1a): a running header or footer is
 * the same on every page but for its digits (a date, a page count). */
static uint64_t furniture_key(const page_rows *pr, const vrow *v)
{
    uint64_t h = 14695981039346656037u;
    bool digit = false;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        const unsigned char *s = (const unsigned char *)pr->buf.p + c->start;
        for (size_t k = 0; k <= c->len; k++) {
            bool full = k + 2 < c->len && s[k] == 0xEF && s[k + 1] == 0xBC && s[k + 2] >= 0x90 &&
                        s[k + 2] <= 0x99;
            bool d = k < c->len && ((s[k] >= '0' && s[k] <= '9') || full);
            unsigned char b = k == c->len ? '\t' : d ? '#' : s[k];
            if (!(d && digit))
                h = (h ^ b) * 1099511628211u;
            digit = d;
            k += full ? 2 : 0;
        }
    }
    return h;
}

/* the text of a visual row holds a report's title: it ends in 报告 and
 * speaks of 公开 (simplified or traditional) */
static bool title_row(const page_rows *pr, const vrow *v)
{
    const cell *c = &pr->c[v->first + v->n - 1];
    const char *s = pr->buf.p + c->start;
    bool ends = c->len >= 6 && (memcmp(s + c->len - 6, "报告", 6) == 0 || memcmp(s + c->len - 6, "報告", 6) == 0);
    return ends && (memmem(s, c->len, "公开", 6) || memmem(s, c->len, "公開", 6));
}

/* The first page's top line that is furniture elsewhere may be the
 * report's own title, printed again as the running title of the pages
 * after: it is kept when it holds a title and no other line of the page
 * does (else the title stands below it, and it is a header). */
static bool sole_title(const page_rows *pr, size_t k)
{
    if (!title_row(pr, &pr->v[k]))
        return false;
    for (size_t i = 0; i < pr->nv; i++)
        if (i != k && !pr->v[i].drop && title_row(pr, &pr->v[i]))
            return false;
    return true;
}

/* a row of one cell that is a date: digits 年 digits 月 digits 日 (ASCII
 * or full-width digits, spaces between) */
static bool date_row(const page_rows *pr, const vrow *v)
{
    if (v->n != 1)
        return false;
    const cell *c = &pr->c[v->first];
    const char *s = pr->buf.p + c->start;
    static const char *const unit[] = {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"}; /* 年 月 日 */
    size_t i = 0;
    for (int u = 0; u < 3; u++) {
        size_t nd = 0;
        for (;;) {
            if (i < c->len && s[i] == ' ')
                i++;
            else if (i < c->len && s[i] >= '0' && s[i] <= '9')
                i++, nd++;
            else if (i + 2 < c->len && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
                     (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
                i += 3, nd++;
            else
                break;
        }
        if (!nd || i + 3 > c->len || memcmp(s + i, unit[u], 3) != 0)
            return false;
        i += 3;
    }
    while (i < c->len && s[i] == ' ')
        i++;
    return i == c->len;
}

/* The report's sign-off: the agency's name on the line right above the
 * date (示例市示例区民政局 / 2024年1月20日). A running header that is the
 * agency's name stands so at the report's end as well: that copy is no
 * line of the report printed twice. */
static bool signoff_row(const page_rows *pr, size_t k)
{
    for (size_t i = k + 1; i < pr->nv; i++)
        if (!pr->v[i].drop)
            return date_row(pr, &pr->v[i]);
    return false;
}

typedef struct furn_row {
    uint64_t key;
    uint32_t page;   /* index into the pages */
    uint32_t v;      /* the visual row */
    uint8_t end;     /* 0: the top of the page, 1: its bottom, 2: neither */
} furn_row;

static int by_key(const void *a, const void *b)
{
    const furn_row *p = a, *q = b;
    if (p->key != q->key)
        return p->key < q->key ? -1 : 1;
    if (p->end != q->end)
        return p->end < q->end ? -1 : 1;
    return p->page < q->page ? -1 : p->page > q->page;
}

/* the index of the first (top) or last (bottom) visual row not dropped */
static size_t end_row(const page_rows *pr, int end)
{
    for (size_t k = 0; k < pr->nv; k++) {
        size_t i = end ? pr->nv - 1 - k : k;
        if (!pr->v[i].drop)
            return i;
    }
    return SIZE_MAX;
}

/* The first kept line of a group: the note names it (its text, cut at a
 * character's end). */
static void furniture_note(const page_rows *pr, const furn_row *f, pdf_furniture *out)
{
    const vrow *v = &pr->v[f->v];
    size_t n = 0;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        size_t k = c->len;
        if (n + k + 2 > sizeof out->text) /* the cell's characters that fit */
            for (k = sizeof out->text - n - 2; k > 0 && ((unsigned char)pr->buf.p[c->start + k] & 0xC0) == 0x80; k--)
                ;
        if (i && k)
            out->text[n++] = ' ';
        memcpy(out->text + n, pr->buf.p + c->start, k);
        n += k;
        if (k < c->len)
            break;
    }
    out->text[n] = 0;
    out->page = f->page;
    out->bottom = f->end == 1;
}

/* Rule 3, page furniture: the top or bottom line of two pages or more,
 * the same there but for its digits (a site's name and a date, a URL, a
 * footnote 注：本表数据截至2023年12月31日), is no part of the report: its
 * rows marked dropped on every page, one note per kind of line. Never
 * furniture: a line that also stands inside a page (a table's header first
 * printed in the middle of a page; but the title printed right under the
 * same running title on the first page is no such copy, nor is the
 * agency's name signing the report above its date), a data row (two
 * numbers or more), a row of three cells or more (a table's header at the
 * top of every page it runs over: a header or footer has a left and a
 * right part), and the first page's top line when it is the only title
 * there (the title itself, printed again as the running title after). */
size_t pdf_mark_furniture(page_rows *pages, size_t np, pdf_furniture *notes, size_t max)
{
    size_t total = 0;
    for (size_t p = 0; p < np; p++)
        total += pages[p].nv;
    furn_row *f = total ? malloc(total * sizeof *f) : NULL;
    if (!f)
        return 0;
    size_t n = 0;
    for (size_t p = 0; p < np; p++) {
        size_t top = end_row(&pages[p], 0), bottom = end_row(&pages[p], 1);
        for (size_t k = 0; k < pages[p].nv; k++)
            if (!pages[p].v[k].drop)
                f[n++] = (furn_row){furniture_key(&pages[p], &pages[p].v[k]), (uint32_t)p, (uint32_t)k,
                                    (uint8_t)(k == top ? 0 : k == bottom ? 1 : 2)};
    }
    qsort(f, n, sizeof *f, by_key);
    /* the first page's row right below its top one: a title printed under
     * the same running title is no copy inside a page */
    size_t top0 = np ? end_row(&pages[0], 0) : SIZE_MAX, under = SIZE_MAX;
    for (size_t k = top0 == SIZE_MAX ? SIZE_MAX : top0 + 1; k < pages[0].nv && under == SIZE_MAX; k++)
        under = pages[0].v[k].drop ? SIZE_MAX : k;
    size_t nnotes = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i, inside = 0;
        for (; j < n && f[j].key == f[i].key; j++)
            inside += f[j].end == 2 && !(f[j].page == 0 && f[j].v == under) &&
                      !signoff_row(&pages[f[j].page], f[j].v);
        /* each end alone: top lines with top lines, bottom with bottom */
        for (size_t a = i; a < j && !inside;) {
            size_t b = a, pages_at = 0;
            for (uint32_t last = UINT32_MAX; b < j && f[b].end == f[a].end; b++) {
                pages_at += f[b].page != last;
                last = f[b].page;
            }
            const vrow *v = &pages[f[a].page].v[f[a].v];
            if (f[a].end < 2 && pages_at >= 2 && v->numbers < 2 && v->n <= 2) {
                size_t first = b; /* the first copy dropped: the note's place */
                for (size_t k = a; k < b; k++) {
                    bool title = f[k].page == 0 && f[k].end == 0 && sole_title(&pages[0], f[k].v);
                    pages[f[k].page].v[f[k].v].drop = !title;
                    first = first == b && !title ? k : first;
                }
                if (nnotes < max && first < b)
                    furniture_note(&pages[f[first].page], &f[first], &notes[nnotes++]);
            }
            a = b;
        }
        i = j;
    }
    free(f);
    return nnotes;
}
