#include "numerals.h"

#include <stdbool.h>
#include <string.h>

#include "utf8.h"

/* A switch, not a search of the numerals: every character of a heading's
 * numbering (and the one after it) is asked, and most are none. */
int numeral_digit(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    switch (cp) {
    case 0x3007: case 0x25CB: case 0x96F6: return 0; /* 〇 ○ 零 */
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return 10; /* 十 */
    default: return -1;
    }
}

int numeral_parse(const uint8_t *s, uint32_t *i, uint32_t e)
{
    int v = 0;
    bool ten = false;
    while (*i < e) {
        uint32_t cp;
        int l = utf8_decode(s + *i, e - *i, &cp);
        int d = l ? numeral_digit(cp) : -1;
        if (d < 0)
            break;
        if (d == 10) { /* 十 = 10, 十二 = 12, 二十 = 20, 二十六 = 26 */
            v = v ? v * 10 : 10;
            ten = true;
        } else if (ten) {
            v += d;
        } else if (v < 100000000) {
            v = v * 10 + d;
        }
        *i += (uint32_t)l;
    }
    return v;
}

void numeral_skip_to(const uint8_t *s, uint32_t *i, uint32_t e)
{
    while (*i < e) {
        uint32_t cp;
        int l = utf8_decode(s + *i, e - *i, &cp);
        if (l && numeral_digit(cp) >= 0)
            return;
        *i += l ? (uint32_t)l : 1;
    }
}

int numeral_first(const uint8_t *s, const uint8_t *e)
{
    uint32_t i = 0, n = (uint32_t)(e - s);
    numeral_skip_to(s, &i, n);
    return numeral_parse(s, &i, n);
}

/* The numerals of both scripts (零〇一二两三四五六七八九十百千万亿, 兩萬億)
 * opening P: a count's words (count-word's, below) or a value's cell
 * printed in words (tokens.c numeral_cell_line). */
size_t numeral_words_len(const uint8_t *p, size_t n)
{
    static const char cn[] = "零〇一二两兩三四五六七八九十百千万萬亿億";
    size_t k = 0;
    for (bool more = true; more && n - k >= 3;) {
        more = false;
        for (size_t d = 0; d + 3 <= sizeof cn - 1; d += 3)
            if (memcmp(p + k, cn + d, 3) == 0) {
                k += 3, more = true;
                break;
            }
    }
    return k;
}

/* count-word's words: numerals right before a measure word (件 个 家,
 * traditional 個). Only before a measure word: words of another matter
 * (一般, 万一) are no count. Both the raw text (build_doc.c) and the folded
 * one (tokens.c) ask. */
size_t numeral_count_len(const uint8_t *p, size_t n)
{
    size_t k = numeral_words_len(p, n);
    if (k && n - k >= 3 &&
        (memcmp(p + k, "件", 3) == 0 || memcmp(p + k, "个", 3) == 0 || memcmp(p + k, "個", 3) == 0 ||
         memcmp(p + k, "家", 3) == 0))
        return k;
    return 0;
}

/* year-numerals : digit {blank} digit {blank} digit {blank} digit {blank} '年'
 * digit         : 0-9 | ０-９ | 〇 | ○ | 零 | 一 | 二 | … | 九   -- one kind in the four
 * blank         : caption-blank (utf8.h: ' ' TAB U+3000 U+00A0 U+2000..U+200B …)
 * A year is spelt digit by digit (十 is none of it: 二十年 is a duration),
 * four of them right before 年. Blanks inside are the copy's, not the
 * writer's: the folded text (tokens.c) drops them, so the raw text
 * (check_structure.c, build_doc.c) skips them, and both read one year. A
 * run of more than four, or of digits of two kinds, spells none. Groups
 * that blanks join are a year only when its value is one a report can
 * name (2008, the regulation's first reports, … MAX, or
 * NUMERAL_YEAR_MAX when MAX is 0): 2 100 年 is two counts, not 2100; an
 * unbroken run's value is judged by its caller (二〇〇七年 is a year).
 * A run that is none is passed by its first group (the digits before its
 * first blank), so the raw text's caller tries the next group (140
 * 2020年: a count, then the year). */
int numeral_year(const uint8_t *p, size_t n, size_t *run, int max)
{
    const uint8_t *end = p + n, *q = p, *last = p, *first = NULL;
    int v = 0, digits = 0, kind = 0;
    bool mixed = false;
    for (;;) {
        const uint8_t *at = q;
        uint32_t b;
        while (digits && q < end && (b = utf8_caption_blank_len(q, end)) != 0)
            q += b;
        if (q != at && !first)
            first = at;
        uint32_t cp;
        int l = q < end ? utf8_decode(q, (size_t)(end - q), &cp) : 0;
        int d = l ? numeral_digit(cp) : -1;
        if (d < 0 || d > 9) {
            q = at;
            break;
        }
        int k = cp < 0x80 ? 1 : cp >= 0xFF10 && cp <= 0xFF19 ? 2 : 3;
        mixed |= kind && k != kind;
        kind = k;
        v = v < 1000 ? v * 10 + d : 9999;
        digits++, q += l, last = q;
    }
    while (q < end && utf8_caption_blank_len(q, end))
        q += utf8_caption_blank_len(q, end);
    bool joined = first && first < last;
    bool year = digits == 4 && !mixed && end - q >= 3 && memcmp(q, "年", 3) == 0 &&
                (!joined || (v >= 2008 && v <= (max ? max : NUMERAL_YEAR_MAX)));
    *run = (size_t)((year || !joined ? last : first) - p);
    return year ? v : 0;
}
