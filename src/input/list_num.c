/* A list item's number in one of the formats of Word's numbering and
 * of CSS's list-style-type (docx_num.c, html_list.c). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "list_num.h"

static size_t put(char *b, size_t cap, size_t at, const char *s)
{
    size_t n = strlen(s);
    if (at + n < cap)
        memcpy(b + at, s, n + 1);
    return at + n;
}

/* 1 … 99 in Chinese counting (一, 十, 十一, 二十, 九十九) from the ten
 * numerals in digits (three bytes each, 〇 first); 0 when out of range */
static size_t cn_count(char *b, size_t cap, int v, const char *digits, const char *ten)
{
    char one[4] = {0}, t[4] = {0};
    size_t at = 0;
    if (v < 1 || v > 99)
        return 0;
    if (v >= 10) {
        if (v >= 20) {
            memcpy(t, digits + 3 * (v / 10), 3);
            at = put(b, cap, at, t);
        }
        at = put(b, cap, at, ten);
    }
    if (v % 10) {
        memcpy(one, digits + 3 * (v % 10), 3);
        at = put(b, cap, at, one);
    }
    return at;
}

static size_t roman(char *b, size_t cap, int v, bool upper)
{
    static const struct {
        int v;
        const char *s;
    } r[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
             {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    size_t at = 0;
    if (v < 1 || v > 3999)
        return 0;
    for (size_t i = 0; i < sizeof r / sizeof *r; i++)
        while (v >= r[i].v) {
            at = put(b, cap, at, r[i].s);
            v -= r[i].v;
        }
    for (size_t i = 0; upper && i < at && i < cap; i++)
        b[i] = (char)(b[i] - 'a' + 'A');
    return at;
}

/* The value v in format f into b (NUL-terminated); 0 when f cannot show
 * it (the paragraph's text is then left as it is). */
size_t list_num_render(char *b, size_t cap, int v, num_fmt f)
{
    static const char cn[] = "〇一二三四五六七八九";
    static const char legal[] = "零壹贰叁肆伍陆柒捌玖";
    static const char trad[] = "甲乙丙丁戊己庚辛壬癸";
    static const char zodiac[] = "子丑寅卯辰巳午未申酉戌亥";
    char tmp[32];
    size_t at = 0;
    b[0] = 0;
    switch (f) {
    case FMT_DECIMAL: return (size_t)snprintf(b, cap, "%d", v);
    case FMT_DECIMAL_ZERO: return (size_t)snprintf(b, cap, v >= 0 && v < 10 ? "0%d" : "%d", v);
    case FMT_DECIMAL_FULL:
        if (v < 0)
            return 0;
        snprintf(tmp, sizeof tmp, "%d", v);
        for (const char *p = tmp; *p; p++) {
            char d[4] = {(char)0xEF, (char)0xBC, (char)(0x90 + (*p - '0')), 0}; /* U+FF10 + d */
            at = put(b, cap, at, d);
        }
        return at;
    case FMT_CN_COUNT: return cn_count(b, cap, v, cn, "十");
    case FMT_CN_LEGAL: return cn_count(b, cap, v, legal, "拾");
    case FMT_IDEO_DIGITAL:
        if (v < 0)
            return 0;
        snprintf(tmp, sizeof tmp, "%d", v);
        for (const char *p = tmp; *p; p++) {
            char d[4] = {0};
            memcpy(d, cn + 3 * (*p - '0'), 3);
            at = put(b, cap, at, d);
        }
        return at;
    case FMT_IDEO_TRAD:
    case FMT_IDEO_ZODIAC: {
        const char *set = f == FMT_IDEO_TRAD ? trad : zodiac;
        int n = f == FMT_IDEO_TRAD ? 10 : 12;
        if (v < 1 || v > n)
            return 0;
        char d[4] = {0};
        memcpy(d, set + 3 * (v - 1), 3);
        return put(b, cap, 0, d);
    }
    case FMT_CIRCLE:
    case FMT_PAREN:
    case FMT_FULLSTOP: {
        /* ① U+2460, ⑴ U+2474, ⒈ U+2488: twenty each */
        unsigned base = f == FMT_CIRCLE ? 0x2460 : f == FMT_PAREN ? 0x2474 : 0x2488;
        if (v < 1 || v > 20)
            return 0;
        unsigned cp = base + (unsigned)v - 1;
        char d[4] = {(char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F)), 0};
        return put(b, cap, 0, d);
    }
    case FMT_LOWER_LETTER:
    case FMT_UPPER_LETTER: {
        /* a … z, then aa … zz (Word repeats the letter) */
        if (v < 1 || v > 26 * 8)
            return 0;
        char c = (char)((f == FMT_LOWER_LETTER ? 'a' : 'A') + (v - 1) % 26);
        int k = (v - 1) / 26 + 1;
        for (int i = 0; i < k && at + 1 < cap; i++)
            b[at++] = c;
        b[at] = 0;
        return at;
    }
    case FMT_LOWER_ROMAN: return roman(b, cap, v, false);
    case FMT_UPPER_ROMAN: return roman(b, cap, v, true);
    default: return 0;
    }
}

bool list_num_typed(const char *text, size_t len, const char *label, size_t n, const char *core, size_t ncore)
{
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\t'))
        i++;
    const char *s = text ? text + i : "";
    size_t left = len - i;
    while (n && label[n - 1] == ' ')
        n--;
    if (n && left >= n && memcmp(s, label, n) == 0)
        return true;
    if (!ncore || left < ncore + 1 || memcmp(s, core, ncore) != 0)
        return false;
    const char *after = s + ncore;
    return after[0] == '.' || (left >= ncore + 3 && (memcmp(after, "、", 3) == 0 || memcmp(after, "．", 3) == 0));
}
