/* A browser's print furniture: the head and foot lines (print_furniture.h). */
#include "print_furniture.h"

#include <stddef.h>
#include <string.h>

#include "numerals.h"
#include "units.h"
#include "utf8.h"

/* A blank at p: space, TAB, U+3000, NBSP; its length in *len. */
bool pf_blank_at(const uint8_t *p, const uint8_t *e, size_t *len)
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

const uint8_t *pf_skip_blanks(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    while (pf_blank_at(p, e, &l))
        p += l;
    return p;
}

/* One to max ASCII digits at p, no digit after them: their end, or NULL. */
const uint8_t *pf_digits(const uint8_t *p, const uint8_t *e, int max)
{
    const uint8_t *s = p;
    while (p < e && *p >= '0' && *p <= '9' && p - s < max)
        p++;
    return p > s && (p == e || *p < '0' || *p > '9') ? p : NULL;
}

/* The ASCII word w at p, its letters in either case. */
bool pf_word_at(const uint8_t *p, const uint8_t *e, const char *w, size_t *len)
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
    if (!pf_word_at(p, e, "https://", &l) && !pf_word_at(p, e, "http://", &l) && !pf_word_at(p, e, "www.", &l) &&
        !pf_word_at(p, e, "file://", &l))
        return NULL;
    const uint8_t *s = p;
    p += l;
    while (p < e && *p > ' ' && *p != 0x7F && !pf_blank_at(p, e, &b))
        p++;
    return p - s > (ptrdiff_t)l + 3 ? p : NULL;
}

/* A date at p: 2023/2/1, 2023-02-01, 2023.2.1 (year first) or 2/1/2023,
 * 2/1/23 (year last), one separator twice, a comma after it; its end or
 * NULL. */
static const uint8_t *print_date(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *a = pf_digits(p, e, 4), *b, *c;
    if (!a || a == e || (*a != '/' && *a != '-' && *a != '.'))
        return NULL;
    uint8_t sep = *a;
    if (!(b = pf_digits(a + 1, e, 2)) || b == e || *b != sep || !(c = pf_digits(b + 1, e, 4)))
        return NULL;
    long n1 = a - p, n3 = c - (b + 1);
    if (!((n1 == 4 && n3 <= 2) || (n1 <= 2 && (n3 == 2 || n3 == 4))))
        return NULL;
    size_t l;
    if (c < e && *c == ',')
        c++;
    else if (pf_word_at(c, e, "\xEF\xBC\x8C", &l)) /* ， */
        c += l;
    return c;
}

/* 上午 下午 AM PM at p: its end, or NULL. */
static const uint8_t *half_day(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    if (pf_word_at(p, e, "\xE4\xB8\x8A\xE5\x8D\x88", &l) || pf_word_at(p, e, "\xE4\xB8\x8B\xE5\x8D\x88", &l) ||
        pf_word_at(p, e, "am", &l) || pf_word_at(p, e, "pm", &l))
        return p + l;
    return NULL;
}

/* A time at p: 15:45, 15:45:09, 下午3:45, 3:45 PM; its end, or NULL. */
static const uint8_t *print_time(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *h = half_day(p, e), *q;
    if (h)
        p = pf_skip_blanks(h, e);
    if (!(q = pf_digits(p, e, 2)) || q == e || *q != ':' || !(q = pf_digits(q + 1, e, 2)) || q - p < 4)
        return NULL;
    if (q < e && *q == ':' && !(q = pf_digits(q + 1, e, 2)))
        return NULL;
    const uint8_t *r;
    if (!h && (r = half_day(pf_skip_blanks(q, e), e)) != NULL)
        q = r;
    return q;
}

/* The date, blanks, the time: a date alone (2024/1/31 发布) is no print's
 * head, nor a time glued to words (15:45abc). */
const uint8_t *pf_date_time(const uint8_t *p, const uint8_t *e)
{
    p = print_date(pf_skip_blanks(p, e), e);
    if (!p || pf_skip_blanks(p, e) == p || !(p = print_time(pf_skip_blanks(p, e), e)))
        return NULL;
    return p == e || pf_blank_at(p, e, &(size_t){0}) ? p : NULL;
}

/* A cell separator at p: TAB, |, ｜ (U+FF5C), │ (U+2502). */
static bool separator_at(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    return *p == '\t' || *p == '|' || pf_word_at(p, e, "\xEF\xBD\x9C", &l) || pf_word_at(p, e, "\xE2\x94\x82", &l);
}

/* A digit at p, ASCII or full-width (０…９, as the lexer reads values):
 * its length, or 0. */
static size_t digit_at(const uint8_t *p, const uint8_t *e)
{
    if (*p >= '0' && *p <= '9')
        return 1;
    return e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99 ? 3 : 0;
}

/* A sign before a value: + - ＋ － − (U+2212); its length, or 0. */
static size_t sign_at(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    if (*p == '+' || *p == '-')
        return 1;
    return pf_word_at(p, e, "\xEF\xBC\x8B", &l) || pf_word_at(p, e, "\xEF\xBC\x8D", &l) ||
                   pf_word_at(p, e, "\xE2\x88\x92", &l)
               ? 3
               : 0;
}

/* A count's unit word glued to its number (5件, 3人次, 5人): the first
 * characters of the lexer's CNTW words (grammar/lexer.re) as this test
 * has always held them, 件 项 項 个 個 次 条 條 份 and 人 (人次's start):
 * a number glued to one is a value word, not a print header's text. Not
 * units.c's unit-statement words, which hold no 人. */
static bool count_unit_at(const uint8_t *p, const uint8_t *e)
{
    static const char *const w[] = {"件", "项", "項", "个", "個", "次", "条", "條", "份", "人", NULL};
    size_t l;
    for (int k = 0; w[k]; k++)
        if (pf_word_at(p, e, w[k], &l))
            return true;
    return false;
}

/* The Chinese numeral at p (〇 零 一…九 十, as numeral_digit reads them; not
 * its ASCII and full-width digits nor ○): its value, *len its length; -1
 * for none. */
static int cjk_numeral_at(const uint8_t *p, const uint8_t *e, size_t *len)
{
    uint32_t cp;
    int n = p < e ? utf8_decode(p, (size_t)(e - p), &cp) : 0;
    if (n <= 0 || cp < 0x3000 || (cp >= 0xFF10 && cp <= 0xFF19))
        return -1;
    *len = (size_t)n;
    return numeral_digit(cp);
}

/* One character of a value written out: a Chinese numeral (〇 零 一…十:
 * cjk_numeral_at; 壹…拾), 无 (無), or a dash that
 * stands for an empty cell (- － — – ─); its length, or 0. */
static size_t value_char_at(const uint8_t *p, const uint8_t *e)
{
    static const char *const w[] = {"壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾",
                                    "无", "無", "－", "—", "–", "─", "-", NULL};
    size_t l;
    if (cjk_numeral_at(p, e, &l) >= 0)
        return l;
    for (int k = 0; w[k]; k++)
        if (pf_word_at(p, e, w[k], &l))
            return l;
    return 0;
}

/* Does the word [p, w) (between blanks) read as a row's value: a number in
 * any script the lexer takes (ASCII or full-width digits, a sign, a
 * decimal point, %, a unit of money or of counts glued after it: -35,
 * １２, 5件, 1268.5万元), a Chinese numeral standing alone (〇 一 十二),
 * 无, a dash for an empty cell? Digits glued to other words (2023年,
 * 0591-2316) are no value. */
static bool value_word(const uint8_t *p, const uint8_t *w)
{
    const uint8_t *q = p + sign_at(p, w);
    size_t l;
    if (q < w && digit_at(q, w)) {
        while (q < w && ((l = digit_at(q, w)) || *q == '.' || *q == ',' || *q == '%'))
            q += l ? l : 1;
        return q == w || count_unit_at(q, w) || unit_word(q, w, &l) != XXGK_UNIT_NONE;
    }
    for (q = p; q < w && (l = value_char_at(q, w)) != 0; q += l)
        ;
    return q == w && q > p;
}

/* A heading's numbering at p: Chinese numerals (一…十: numeral_digit's
 * 1 to 10) and 、 (四、政府信息公开…), a section's title run on after the
 * print's head: where a heading stands the line is read as without the
 * head (not furniture). */
static bool heading_number_at(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *q = p;
    size_t l;
    while (cjk_numeral_at(q, e, &l) >= 1)
        q += l;
    return q > p && pf_word_at(q, e, "\xE3\x80\x81", &l);
}

/* A page's title is whatever the page's <title> says (the report's title,
 * the site's name, the text's first words: the print does not tell), so it
 * is known by what a row would hold instead: no cell separator in it (TAB,
 * |, ｜, │: a row's cells), no word a row's value could be (value_word: 规章
 * 0 1 2, 规章 ０ １, 无, 〇 一, -35, 5件), no heading's numbering
 * (heading_number_at); where unsure, no title (the line read as a row).
 * Digits inside words (2023年, 电话：0591-2316) are the title's. */
bool pf_page_title(const uint8_t *p, const uint8_t *e)
{
    for (const uint8_t *q = p; q < e; q++)
        if (separator_at(q, e))
            return false;
    while (p < e) {
        size_t l;
        if (pf_blank_at(p, e, &l)) {
            p += l;
            continue;
        }
        const uint8_t *w = p;
        while (w < e && !pf_blank_at(w, e, &l))
            w++;
        if (value_word(p, w) || heading_number_at(p, w))
            return false;
        p = w;
    }
    return true;
}

/* A page count as a browser prints it at the foot: n/m. */
static const uint8_t *print_page_count(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *q = pf_digits(p, e, 4);
    if (!q || q == e || *q != '/')
        return NULL;
    return pf_digits(q + 1, e, 4);
}

enum pf_kind pf_line(const uint8_t *s, const uint8_t *e)
{
    while (e > s && (e[-1] == '\r' || e[-1] == ' '))
        e--;
    const uint8_t *p = pf_skip_blanks(s, e), *q;
    if ((q = pf_web_address(p, e)) != NULL) {
        const uint8_t *c = pf_skip_blanks(q, e);
        return c > q && (q = print_page_count(c, e)) != NULL && pf_skip_blanks(q, e) == e ? PF_FOOT : PF_NONE;
    }
    if ((q = pf_date_time(p, e)) == NULL)
        return PF_NONE;
    q = pf_skip_blanks(q, e);
    return q == e || pf_page_title(q, e) ? PF_HEAD : PF_NONE;
}
