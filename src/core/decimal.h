/* Inside the library: xxgk_dec_parse that also says how far its common
 * case read (xxgk.h has the exact decimals themselves). */
#ifndef XXGK_DECIMAL_H
#define XXGK_DECIMAL_H
#include <stddef.h>

#include "xxgk.h"

/* Significant digits of an exact decimal: more is an overflow. */
enum { DEC_MAX_DIGITS = 18 };

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
