/* Site chrome: a report published as a web page stands in the page's
 * frame (a breadcrumb, menus, a list of the agency's other reports, the
 * date and count of views, related links, the site's footer). The report
 * is the content of the element that holds its title and its tables;
 * text outside that element is the website's, not the report's prose.
 *
 * While the page is read, the elements open around every table of two
 * rows or more are kept (their common ancestors, outermost first) with
 * where each starts and ends in the flow. At the end, the innermost of
 * them that holds a title line (not a link's text) before the first table
 * is the report's block. A page whose tables and title are in no common
 * element but the page itself, whose block does not start and end on
 * line boundaries, or that shows another report's title before the block
 * (not a link: a breadcrumb that ends with the block's title is one) is
 * read whole, as before. */
#include <stdlib.h>
#include <string.h>

#include "html_int.h"
#include "vec.h"

void html_chrome_table(hstate *h, uint32_t s, uint32_t e)
{
    html_chrome *c = &h->chrome;
    if (c->failed || e <= s || !h->out.s)
        return;
    int rows = 0; /* rows of two cells or more (a TAB between): a menu or a footer has none or one */
    for (const char *p = h->out.s + s, *end = h->out.s + e; p < end && rows < 2;) {
        const char *l = memchr(p, '\n', (size_t)(end - p));
        const char *le = l ? l : end;
        rows += memchr(p, '\t', (size_t)(le - p)) != NULL;
        p = le + 1;
    }
    if (rows < 2)
        return;
    c->last_table = e;
    if (!c->ntables++) {
        if (!vec_reserve(&c->anc, h->depth, &c->cap, sizeof *c->anc)) {
            c->failed = true;
            return;
        }
        for (size_t i = 0; i < h->depth; i++)
            c->anc[i] = (chrome_anc){h->stack[i].id, h->stack[i].start, 0};
        c->n = h->depth;
        c->first_table = s;
        return;
    }
    size_t k = 0;
    while (k < c->n && k < h->depth && c->anc[k].id == h->stack[k].id)
        k++;
    c->n = k;
}

void html_chrome_layout(hstate *h, size_t cell_len)
{
    size_t len = h->out.len;
    uint32_t at = (uint32_t)(cell_len && len > cell_len ? len - cell_len - (h->out.s[len - 1] == '\n') : len);
    /* the new table on top; below it the elements of the cell, down to the table */
    for (size_t k = h->depth - 1; k-- > 0 && h->stack[k].kind != H_TABLE;)
        h->stack[k].start = at;
}

void html_chrome_close(hstate *h, size_t k, uint32_t id)
{
    if (h->chrome.anc[k].id == id)
        h->chrome.anc[k].end = (uint32_t)h->out.len;
}

static bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Is the text's offset `at` in a link's text (pairs sorted by start)? */
static bool in_link(const hstate *h, uint32_t at)
{
    size_t lo = 0, hi = h->nlinks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (h->links[2 * mid + 1] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < h->nlinks && h->links[2 * lo] <= at;
}

static bool ends_with(const char *s, const char *e, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(e - s) >= n && memcmp(e - n, w, n) == 0;
}

/* Is the line [s, e) (blanks trimmed) a report's title: it ends in 报告
 * (報告) and speaks of 信息公开 (公開), with no mark of a clause (a
 * sentence citing the notice on the reports is none), not too long? */
static bool title_line(const hstate *h, const char *s, const char *e)
{
    while (s < e && blank(*s))
        s++;
    while (e > s && blank(e[-1]))
        e--;
    if (e - s < 18 || e - s > 300 || !(ends_with(s, e, "报告") || ends_with(s, e, "報告")))
        return false;
    if (h->nlinks && in_link(h, (uint32_t)(e - 1 - h->out.s)))
        return false;
    size_t n = (size_t)(e - s);
    if (!memmem(s, n, "信息公开", 12) && !memmem(s, n, "信息公開", 12))
        return false;
    static const char *const marks[] = {"《", "，", "。", "：", "；"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (memmem(s, n, marks[i], 3))
            return false;
    return true;
}

/* The last title line in [s, e): its start, its end in *te; NULL if none. */
static const char *last_title(const hstate *h, const char *s, const char *e, const char **te)
{
    const char *found = NULL;
    while (s < e) {
        const char *l = memchr(s, '\n', (size_t)(e - s));
        const char *le = l ? l : e;
        if (title_line(h, s, le)) {
            found = s;
            *te = le;
        }
        s = le + 1;
    }
    return found;
}

/* Does the line [s, e) end (blanks trimmed) with the text [t, te)? */
static bool line_ends_with(const char *s, const char *e, const char *t, const char *te)
{
    while (e > s && blank(e[-1]))
        e--;
    while (t < te && blank(*t))
        t++;
    while (te > t && blank(te[-1]))
        te--;
    size_t n = (size_t)(te - t);
    return n && (size_t)(e - s) >= n && memcmp(e - n, t, n) == 0;
}

/* The end of the block, or of the innermost element around the tables
 * when the last section's heading (其他需要报告的事项) follows the last
 * table in it: the report ends with that element, and what the block
 * holds after it (attachments, a QR code, share buttons) is the page's. */
static uint32_t last_section_end(const hstate *h, uint32_t e)
{
    const html_chrome *c = &h->chrome;
    const chrome_anc *in = &c->anc[c->n - 1];
    const char *text = h->out.s;
    uint32_t x = in->end;
    if (!x || x >= e || c->last_table > x)
        return e;
    size_t n = x - c->last_table;
    if (!memmem(text + c->last_table, n, "其他需要报告的事项", 27) &&
        !memmem(text + c->last_table, n, "其他需要報告的事項", 27))
        return e;
    if (text[x - 1] != '\n') {
        if (text[x] != '\n')
            return e;
        x++;
    }
    return x;
}

bool html_chrome_block(const hstate *h, uint32_t *bs, uint32_t *be)
{
    const html_chrome *c = &h->chrome;
    if (c->failed || !c->ntables || !h->out.len)
        return false;
    const char *text = h->out.s;
    uint32_t len = (uint32_t)h->out.len;
    for (size_t k = c->n; k-- > 0;) {
        uint32_t s = c->anc[k].start, e = c->anc[k].end ? c->anc[k].end : len;
        if (s > c->first_table || e > len)
            return false;
        const char *te = NULL;
        const char *t = last_title(h, text + s, text + c->first_table, &te);
        if (!t)
            continue;
        /* on line boundaries: the block's first and last lines are its own */
        while (s < len && blank(text[s]) && text[s] != '\n')
            s++;
        if (s < len && text[s] == '\n')
            s++;
        if (s && text[s - 1] != '\n')
            return false;
        if (e < len && text[e - 1] != '\n') {
            if (text[e] != '\n')
                return false;
            e++;
        }
        if (s == 0 && e == len)
            return false;
        /* another report's title before the block (a breadcrumb ending
         * with this one's is none): which is the report's is not clear */
        for (const char *p = text; p < text + s;) {
            const char *l = memchr(p, '\n', (size_t)(text + s - p));
            const char *le = l ? l : text + s;
            if (title_line(h, p, le) && !line_ends_with(p, le, t, te))
                return false;
            p = le + 1;
        }
        *bs = s;
        *be = last_section_end(h, e);
        return true;
    }
    return false;
}

void html_chrome_cut(xxgk_input *in, uint32_t s, uint32_t e)
{
    if (s >= e || e > in->len)
        return;
    /* the origins: each run's part in [s, e), moved to the start */
    size_t m = 0;
    for (size_t i = 0; i < in->nruns; i++) {
        uint32_t a = in->runs[i].text, b = i + 1 < in->nruns ? in->runs[i + 1].text : (uint32_t)in->len;
        if (b <= s || a >= e || a == b)
            continue;
        uint32_t from = a > s ? a : s;
        in->runs[m++] = (xxgk_origin_run){from - s, in->runs[i].src + (from - a)};
    }
    in->nruns = m;
    memmove(in->text, in->text + s, e - s);
    in->len = e - s;
    in->text[in->len] = 0;
    m = 0;
    for (size_t i = 0; i < in->nlinks; i++) {
        uint32_t a = in->links[2 * i], b = in->links[2 * i + 1];
        if (b <= s || a >= e)
            continue;
        in->links[2 * m] = (a > s ? a : s) - s;
        in->links[2 * m + 1] = (b < e ? b : e) - s;
        m++;
    }
    in->nlinks = m;
    m = 0;
    for (size_t i = 0; i < in->nimages; i++)
        if (in->images[i].at >= s && in->images[i].at < e) {
            in->images[m] = in->images[i];
            in->images[m++].at -= s;
        }
    in->nimages = m;
    int d = 0;
    for (int i = 0; i < in->ndiags; i++) {
        xxgk_input_diag g = in->diags[i];
        if (g.at < s || g.at >= e)
            continue;
        g.at -= s;
        if (g.also_end > g.also && g.also >= s && g.also_end <= e) {
            g.also -= s;
            g.also_end -= s;
        } else {
            g.also = g.also_end = g.at;
        }
        in->diags[d++] = g;
    }
    in->ndiags = d;
}

/* The first line of the text before the block [0, s) that names a date
 * (发布时间, 发布日期, 成文日期, 日期, 时间) and holds four digits in a
 * row: the date the page shows beside the report, kept as the page's
 * date when it has no PubDate (the syntax reads the date in it). */
char *html_chrome_date(const char *text, uint32_t s)
{
    static const char *const labels[] = {"日期", "时间", "時間"};
    for (const char *p = text, *end = text + s; p < end;) {
        const char *l = memchr(p, '\n', (size_t)(end - p));
        const char *le = l ? l : end;
        size_t n = (size_t)(le - p);
        bool named = false;
        for (size_t i = 0; i < sizeof labels / sizeof *labels && !named; i++)
            named = memmem(p, n, labels[i], 6) != NULL;
        int run = 0;
        for (const char *q = p; named && q < le && run < 4; q++)
            run = *q >= '0' && *q <= '9' ? run + 1 : 0;
        if (named && run == 4) {
            char *d = malloc(n + 1);
            if (d) {
                memcpy(d, p, n);
                d[n] = 0;
            }
            return d;
        }
        p = le + 1;
    }
    return NULL;
}
