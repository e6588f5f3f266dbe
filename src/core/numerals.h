/* Numbers written in digits (ASCII or full-width) or in Chinese numerals:
 * heading numbers (（十二）), years (二〇二四), dates (一月二十六日). */
#ifndef XXGK_NUMERALS_H
#define XXGK_NUMERALS_H
#include <stddef.h>
#include <stdint.h>

/* 0..9 for a digit or 〇 ○ 零 一 … 九, 10 for 十, -1 otherwise. */
int numeral_digit(uint32_t cp);
/* False for a code point numeral_digit gives -1, at a few instructions:
 * a bit of its low byte, set for the low bytes of the code points it
 * reads (0-9 of both widths, 〇 ○ 零 一 … 九 十), so that about one CJK
 * character in eight goes on to numeral_digit's switch (a scan for a
 * year asks it of every character of the text). True says nothing:
 * numeral_digit answers. */
static inline int numeral_may_digit(uint32_t cp)
{
    static const uint64_t low[4] = {0x03ff000003ff0289u, 0x0000280020000002u, 0x0000000000101000u,
                                    0x0040000008000800u};
    return (int)(low[(cp >> 6) & 3] >> (cp & 63)) & 1;
}
/* The number starting at s[*i] (十二 = 12, 二十六 = 26, 二〇二四 = 2024);
 * advances *i past it. 0 when there is none. */
int numeral_parse(const uint8_t *s, uint32_t *i, uint32_t e);
/* Advance *i to the next numeral character. */
void numeral_skip_to(const uint8_t *s, uint32_t *i, uint32_t e);
/* The first number in [s, e): 12 for "（十二）", 2 for "第二部分". */
int numeral_first(const uint8_t *s, const uint8_t *e);
/* The bytes of the run of numerals of both scripts (零〇一二两兩三四五六七八九十
 * 百千万萬亿億) opening P[0, n): a count in words (三, 十二, 兩百), 0 when
 * none. */
size_t numeral_words_len(const uint8_t *p, size_t n);
/* A count in words at P[0, n) (一千五百件, 十五个乡镇, 兩萬個): its numerals'
 * bytes when a measure word (件 个 個 家) follows them, 0 otherwise. */
size_t numeral_count_len(const uint8_t *p, size_t n);
/* The highest year groups joined by blanks may name when the report's
 * year is not known to the caller (numeral_year). */
#define NUMERAL_YEAR_MAX 2099
/* The year a run of numerals at P[0, n) spells before 年 (2020年,
 * ２０２０年, 二〇二〇年, 二〇 二〇 年): four digits of one kind, blanks
 * between them and before 年 skipped; groups joined by blanks only to a
 * year from 2008 to MAX (0: NUMERAL_YEAR_MAX); 0 when it spells none.
 * *RUN is set to the year's bytes (its numerals and the blanks between
 * them), for a run that is none to its first group's (the numerals
 * before its first blank), 0 when P is no digit: a caller walks on to
 * the next group. */
int numeral_year(const uint8_t *p, size_t n, size_t *run, int max);
#endif
