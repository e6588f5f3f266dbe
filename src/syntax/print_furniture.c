/* A browser's print furniture: the head and foot lines (print_furniture.h). */
#include "print_furniture.h"

#include <stddef.h>
#include <string.h>

/* A blank at p: space, TAB, U+3000, NBSP; its length in *len. */
static bool blank_at(const uint8_t *p, const uint8_t *e, size_t *len)
{
    if (p < e && (*p == ' ' || *p == '\t')) {
        *len = 1;
        return true;
    }
    if (e - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) { /* U+3000 */
        *len = 3;
        return true;
    }
    if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) { /* NBSP */
        *len = 2;
        return true;
    }
    return false;
}

static const uint8_t *skip_blanks(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    while (blank_at(p, e, &l))
        p += l;
    return p;
}

/* One to max ASCII digits at p, no digit after them: their end, or NULL. */
static const uint8_t *digits(const uint8_t *p, const uint8_t *e, int max)
{
    const uint8_t *s = p;
    while (p < e && *p >= '0' && *p <= '9' && p - s < max)
        p++;
    return p > s && (p == e || *p < '0' || *p > '9') ? p : NULL;
}

/* The ASCII word w at p, its letters in either case. */
static bool word_at(const uint8_t *p, const uint8_t *e, const char *w, size_t *len)
{
    size_t n = strlen(w);
    if ((size_t)(e - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] | 0x20 : p[i]) != (uint8_t)w[i])
            return false;
    *len = n;
    return true;
}

/* file:// too: a report saved to disk, then printed; a browser prints a
 * path's CJK decoded (file:///D:/年报/2023.html), so any byte but a blank
 * goes on. */
const uint8_t *pf_web_address(const uint8_t *p, const uint8_t *e)
{
    size_t l, b;
    if (!word_at(p, e, "https://", &l) && !word_at(p, e, "http://", &l) && !word_at(p, e, "www.", &l) &&
        !word_at(p, e, "file://", &l))
        return NULL;
    const uint8_t *s = p;
    p += l;
    while (p < e && *p > ' ' && *p != 0x7F && !blank_at(p, e, &b))
        p++;
    return p - s > (ptrdiff_t)l + 3 ? p : NULL;
}

/* A date at p: 2023/2/1, 2023-02-01, 2023.2.1 (year first) or 2/1/2023,
 * 2/1/23 (year last), one separator twice, a comma after it; its end or
 * NULL. */
static const uint8_t *print_date(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *a = digits(p, e, 4), *b, *c;
    if (!a || a == e || (*a != '/' && *a != '-' && *a != '.'))
        return NULL;
    uint8_t sep = *a;
    if (!(b = digits(a + 1, e, 2)) || b == e || *b != sep || !(c = digits(b + 1, e, 4)))
        return NULL;
    long n1 = a - p, n3 = c - (b + 1);
    if (!((n1 == 4 && n3 <= 2) || (n1 <= 2 && (n3 == 2 || n3 == 4))))
        return NULL;
    size_t l;
    if (c < e && *c == ',')
        c++;
    else if (word_at(c, e, "\xEF\xBC\x8C", &l)) /* ， */
        c += l;
    return c;
}

/* 上午 下午 AM PM at p: its end, or NULL. */
static const uint8_t *half_day(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    if (word_at(p, e, "\xE4\xB8\x8A\xE5\x8D\x88", &l) || word_at(p, e, "\xE4\xB8\x8B\xE5\x8D\x88", &l) ||
        word_at(p, e, "am", &l) || word_at(p, e, "pm", &l))
        return p + l;
    return NULL;
}

/* A time at p: 15:45, 15:45:09, 下午3:45, 3:45 PM; its end, or NULL. */
static const uint8_t *print_time(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *h = half_day(p, e), *q;
    if (h)
        p = skip_blanks(h, e);
    if (!(q = digits(p, e, 2)) || q == e || *q != ':' || !(q = digits(q + 1, e, 2)) || q - p < 4)
        return NULL;
    if (q < e && *q == ':' && !(q = digits(q + 1, e, 2)))
        return NULL;
    const uint8_t *r;
    if (!h && (r = half_day(skip_blanks(q, e), e)) != NULL)
        q = r;
    return q;
}

/* The date, blanks, the time: a date alone (2024/1/31 发布) is no print's
 * head, nor a time glued to words (15:45abc). */
const uint8_t *pf_date_time(const uint8_t *p, const uint8_t *e)
{
    p = print_date(skip_blanks(p, e), e);
    if (!p || skip_blanks(p, e) == p || !(p = print_time(skip_blanks(p, e), e)))
        return NULL;
    return p == e || blank_at(p, e, &(size_t){0}) ? p : NULL;
}

/* A page's title is whatever the page's <title> says (the report's title,
 * the site's name, the text's first words: the print does not tell), so it
 * is known by what a row would hold instead: no TAB inside it (a row's
 * cells) and no number standing alone between blanks or at its end (a
 * row's values: 规章 0 1 2); digits inside words (2023年, 电话：0591-2316)
 * are the title's. */
bool pf_page_title(const uint8_t *p, const uint8_t *e)
{
    bool after_blank = true;
    while (p < e) {
        size_t l;
        if (*p == '\t')
            return false;
        if (blank_at(p, e, &l)) {
            after_blank = true;
            p += l;
            continue;
        }
        if (after_blank && *p >= '0' && *p <= '9') {
            const uint8_t *q = p;
            while (q < e && ((*q >= '0' && *q <= '9') || *q == '.' || *q == ',' || *q == '%'))
                q++;
            if (q == e || blank_at(q, e, &l))
                return false; /* a value of a row */
        }
        after_blank = false;
        p++;
    }
    return true;
}

/* A page count as a browser prints it at the foot: n/m. */
static const uint8_t *print_page_count(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *q = digits(p, e, 4);
    if (!q || q == e || *q != '/')
        return NULL;
    return digits(q + 1, e, 4);
}

enum pf_kind pf_line(const uint8_t *s, const uint8_t *e)
{
    while (e > s && (e[-1] == '\r' || e[-1] == ' '))
        e--;
    const uint8_t *p = skip_blanks(s, e), *q;
    if ((q = pf_web_address(p, e)) != NULL) {
        const uint8_t *c = skip_blanks(q, e);
        return c > q && (q = print_page_count(c, e)) != NULL && skip_blanks(q, e) == e ? PF_FOOT : PF_NONE;
    }
    if ((q = pf_date_time(p, e)) == NULL)
        return PF_NONE;
    q = skip_blanks(q, e);
    return q == e || pf_page_title(q, e) ? PF_HEAD : PF_NONE;
}
