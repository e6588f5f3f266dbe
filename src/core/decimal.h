/* Inside the library: xxgk_dec_parse that also says how far its common
 * case read (xxgk.h has the exact decimals themselves). */
#ifndef XXGK_DECIMAL_H
#define XXGK_DECIMAL_H
#include <stddef.h>

#include "xxgk.h"

/* Significant digits of an exact decimal: more is an overflow. */
enum { DEC_MAX_DIGITS = 18 };

/* The length of a minus sign at s (of LEN bytes), else 0: the ASCII
 * hyphen-minus, the full-width one (－), and the dashes a word processor
 * puts in its place (– en dash, — em dash, ― bar, ‒ figure dash, − the
 * minus sign itself: Word and WPS turn "-2" into "–2"). The scanner takes
 * one of them right before digits as the number's sign (grammar/lexer.re,
 * NUMBER); the reading, the cell's span and the unit after it agree. */
static inline size_t dec_minus_len(const unsigned char *s, size_t len)
{
    if (len >= 1 && s[0] == '-')
        return 1;
    if (len < 3)
        return 0;
    if (s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x8D) /* － U+FF0D */
        return 3;
    if (s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x92 && s[2] <= 0x95) /* U+2012..2015 */
        return 3;
    return s[0] == 0xE2 && s[1] == 0x88 && s[2] == 0x92 ? 3 : 0; /* − U+2212 */
}

/* The word of the 2019 form's 本年增/减 column printed as a number's sign
 * (增2, 减2, 減2, and the words in full 增加2, 减少2, 減少2: +2, -2;
 * grammar/lexer.re, CHGW): its bytes at s, else 0; *neg: it is 减. A word
 * of a table's cell, not of the number: the parsers (xxgk_dec_parse,
 * dec_parse_full) never take it; the builder reads the digits after it
 * (build_cells.c, change_word_cell). 加 only after 增, 少 only after 减. */
static inline size_t dec_change_word_len(const unsigned char *s, size_t len, bool *neg)
{
    if (len < 3)
        return 0;
    *neg = (s[0] == 0xE5 && s[1] == 0x87 && s[2] == 0x8F) || (s[0] == 0xE6 && s[1] == 0xB8 && s[2] == 0x9B);
    if (!*neg && !(s[0] == 0xE5 && s[1] == 0xA2 && s[2] == 0x9E))
        return 0;
    bool full = len >= 6 && s[3] == 0xE5 &&
                (*neg ? s[4] == 0xB0 && s[5] == 0x91   /* 少 U+5C11 */
                      : s[4] == 0x8A && s[5] == 0xA0); /* 加 U+52A0 */
    return full ? 6 : 3;
}

/* The full reading of xxgk_dec_parse (a sign, full-width digits, a
 * point, separators, an exponent). */
int dec_parse_full(const char *s, size_t len, xxgk_dec *out, bool *scientific);

/* The common number, read in one pass: up to 18 ASCII digits, alone or
 * before a unit (35, 12万元), with no sign and nothing after them that the
 * full reading would take (a digit, a point, a separator, an exponent, a
 * full-width character). Its value is the digits, scale 0, as the full
 * reading gives it. Returns the count of digits; 0: read it in full.
 * Inline: the builder reads every cell's number with it. */
static inline size_t dec_plain_digits(const char *str, size_t len, xxgk_dec *out)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    int64_t mant = 0;
    while (i < len && i < DEC_MAX_DIGITS && s[i] >= '0' && s[i] <= '9')
        mant = mant * 10 + (s[i++] - '0');
    if (i == 0)
        return 0;
    if (i < len) {
        unsigned char c = s[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == 'e' || c == 'E' || c == 0xEF || c == 0xE2 ||
            c == 0xC2) /* full-width forms; format characters (utf8_format_len) */
            return 0;
    }
    out->mant = mant;
    out->scale = 0;
    return i;
}

/* xxgk_dec_parse, and in *plain the count of ASCII digits when the number
 * is those digits alone or before a unit (dec_plain_digits); 0 when it was
 * read in full. The builder's cell ends where those digits do, without a
 * second walk. */
static inline int dec_parse_plain(const char *s, size_t len, xxgk_dec *out, bool *scientific, size_t *plain)
{
    if (scientific)
        *scientific = false;
    if ((*plain = dec_plain_digits(s, len, out)) > 0)
        return 0;
    return dec_parse_full(s, len, out, scientific);
}
#endif
