/* The words of pdftotext -bbox-layout: a scanner for the few elements it
 * writes (<page>, <word> with its box), not a general XML parser. Anything
 * else is skipped, so hostile bytes give fewer words, never a crash. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "utf8.h"
#include "vec.h"

void pdf_buf_put(pdf_buf *b, const void *s, size_t n)
{
    if (b->failed || n == 0)
        return;
    /* room for the bytes and a NUL */
    if (!vec_reserve(&b->p, b->len + n, &b->cap, 1)) {
        b->failed = true;
        return;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void pdf_buf_putc(pdf_buf *b, char c) { pdf_buf_put(b, &c, 1); }

/* attribute value: name="DIGITS[.DIGITS]" -> thousandths, clamped to
 * +-1e12 so sums and differences never overflow */
static bool coord(const char *s, const char *end, const char *name, int64_t *v)
{
    size_t nl = strlen(name);
    for (const char *p = s; p + nl + 2 <= end; p++) {
        if (memcmp(p, name, nl) != 0 || p[nl] != '=' || p[nl + 1] != '"')
            continue;
        if (p > s && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n')
            continue;
        const char *q = p + nl + 2;
        bool neg = q < end && *q == '-';
        q += neg;
        int64_t r = 0;
        int digits = 0, frac = -1;
        for (; q < end && ((*q >= '0' && *q <= '9') || (*q == '.' && frac < 0)); q++) {
            if (*q == '.') {
                frac = 0;
                continue;
            }
            digits++;
            if (frac >= 0 && frac++ >= 3)
                continue;
            if (r < (int64_t)1e12)
                r = r * 10 + (*q - '0');
        }
        if (!digits || q >= end || *q != '"')
            return false;
        for (frac = frac < 0 ? 0 : frac; frac < 3; frac++)
            r = r < (int64_t)1e12 ? r * 10 : r;
        if (r > (int64_t)1e12)
            r = (int64_t)1e12;
        *v = neg ? -r : r;
        return true;
    }
    return false;
}

/* one entity at s (after '&'): &amp; &lt; &gt; &quot; &apos; &#N; &#xN;
 * appended decoded; returns the bytes consumed after '&', 0 when it is not
 * one (then '&' stands for itself) */
static size_t entity(const char *s, const char *end, pdf_buf *b)
{
    static const struct { const char *name; char c; } named[] = {
        {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
        size_t n = strlen(named[i].name);
        if ((size_t)(end - s) >= n && memcmp(s, named[i].name, n) == 0) {
            pdf_buf_putc(b, named[i].c);
            return n;
        }
    }
    if (s >= end || *s != '#')
        return 0;
    const char *p = s + 1;
    int base = 10;
    if (p < end && (*p == 'x' || *p == 'X')) {
        base = 16;
        p++;
    }
    uint32_t cp = 0;
    const char *d = p;
    for (; p < end && p - d < 8; p++) {
        int v = *p >= '0' && *p <= '9' ? *p - '0'
                : base == 16 && *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
                : base == 16 && *p >= 'A' && *p <= 'F' ? *p - 'A' + 10
                                                       : -1;
        if (v < 0)
            break;
        cp = cp * (uint32_t)base + (uint32_t)v;
    }
    if (p == d || p >= end || *p != ';' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    char u[4];
    pdf_buf_put(b, u, utf8_put(u, cp));
    return (size_t)(p + 1 - s);
}

/* the word's text, entities decoded, surrounding blanks trimmed */
static void word_text(const char *s, const char *end, pdf_buf *b, size_t *start, size_t *len)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        end--;
    *start = b->len;
    for (const char *p = s; p < end; p++) {
        size_t k = *p == '&' ? entity(p + 1, end, b) : 0;
        if (k)
            p += k;
        else
            pdf_buf_putc(b, *p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p);
    }
    *len = b->len - *start;
}

static void add_word(pdf_words *out, const pdf_word *w)
{
    if (!vec_reserve(&out->w, out->n, &out->cap, sizeof *out->w)) {
        out->failed = true;
        return;
    }
    out->w[out->n++] = *w;
}

/* <word ATTRS>TEXT</word> at s; returns where scanning goes on */
static const char *read_word(const char *s, const char *end, pdf_words *out)
{
    const char *gt = memchr(s, '>', (size_t)(end - s));
    if (!gt)
        return end;
    pdf_word w = {.page = out->npages ? out->npages : 1, .order = (uint32_t)out->n};
    bool box = coord(s, gt, "xMin", &w.x0) && coord(s, gt, "yMin", &w.y0) &&
               coord(s, gt, "xMax", &w.x1) && coord(s, gt, "yMax", &w.y1);
    const char *t = gt + 1;
    const char *close = memmem(t, (size_t)(end - t), "</word>", 7);
    const char *lt = memchr(t, '<', (size_t)(end - t));
    if (!close || lt != close)
        return t; /* no text of its own: not a word */
    if (box && w.x1 >= w.x0 && w.y1 >= w.y0) {
        word_text(t, close, &out->text, &w.text, &w.len);
        if (w.len)
            add_word(out, &w);
        else
            out->text.len = w.text;
    }
    return close + 7;
}

void pdf_read_words(const char *xml, size_t len, pdf_words *out)
{
    *out = (pdf_words){0};
    const char *end = xml + len;
    for (const char *p = xml; p < end && !out->failed && !out->text.failed;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            break;
        size_t rest = (size_t)(end - lt);
        if (rest > 6 && memcmp(lt, "<page", 5) == 0 && (lt[5] == ' ' || lt[5] == '>')) {
            if (out->npages < UINT32_MAX - 1)
                out->npages++;
            p = lt + 5;
        } else if (rest > 6 && memcmp(lt, "<word", 5) == 0 && (lt[5] == ' ' || lt[5] == '>')) {
            p = read_word(lt + 5, end, out);
        } else {
            p = lt + 1;
        }
    }
    out->failed |= out->text.failed;
}

void pdf_words_free(pdf_words *w)
{
    free(w->w);
    free(w->text.p);
    *w = (pdf_words){0};
}
