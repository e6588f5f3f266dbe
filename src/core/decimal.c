/* Exact decimals for every count and amount: an int64 mantissa and a power
 * of ten. Amounts in reports have at most a few fraction digits, so 18
 * significant digits cover every real value; more is reported as overflow
 * rather than rounded. */
#include "decimal.h"

#include "utf8.h"

#include <stdio.h>
#include <string.h>

enum { MAX_DIGITS = DEC_MAX_DIGITS };

static int digit_at(const unsigned char *s, size_t len, size_t *i)
{
    if (*i < len && s[*i] >= '0' && s[*i] <= '9')
        return s[(*i)++] - '0';
    /* fullwidth ０-９: EF BC 90..99 */
    if (*i + 2 < len && s[*i] == 0xEF && s[*i + 1] == 0xBC &&
        s[*i + 2] >= 0x90 && s[*i + 2] <= 0x99) {
        int d = s[*i + 2] - 0x90;
        *i += 3;
        return d;
    }
    return -1;
}

static bool is_dot(const unsigned char *s, size_t len, size_t *i)
{
    if (*i < len && s[*i] == '.') {
        (*i)++;
        return true;
    }
    if (*i + 2 < len && s[*i] == 0xEF && s[*i + 1] == 0xBC && s[*i + 2] == 0x8E) { /* ． */
        *i += 3;
        return true;
    }
    return false;
}

/* The blanks before a number's first character (ASCII space, TAB, the
 * full-width space U+3000 of CJK text): their bytes at the start of s. */
static size_t leading_blanks(const unsigned char *s, size_t len)
{
    size_t i = 0;
    for (;;) {
        if (i < len && (s[i] == ' ' || s[i] == '\t'))
            i++;
        else if (i + 2 < len && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80)
            i += 3;
        else
            return i;
    }
}

/* The full reading: a sign, digits (ASCII or full-width), thousands
 * separators, a point, an exponent. Apart from the plain digits
 * (dec_plain_digits, decimal.h) so that those do not pay for its set-up.
 * Blanks before the number are stepped over (减　3 read after its sign
 * word: 3); text with no digit at all is refused (-1), never read as 0:
 * a cell gets a number only where the report prints one. */
/* The invisible format characters at s (the lexer warned of each, L034):
 * their length. */
static size_t skip_format(const unsigned char *s, size_t n)
{
    size_t at = 0;
    for (size_t f; (f = utf8_format_len(s + at, n - at)) > 0;)
        at += f;
    return at;
}

int dec_parse_full(const char *str, size_t len, xxgk_dec *out, bool *scientific)
{
    size_t blank = leading_blanks((const unsigned char *)str, len);
    const unsigned char *s = (const unsigned char *)str + blank;
    len -= blank;
    size_t i = 0;
    bool neg = false, any_digit = false;
    size_t minus = dec_minus_len(s, len);
    if (minus) {
        neg = true;
        i = minus;
    } else if (i < len && s[i] == '+') {
        i++;
    } else if (i + 2 < len && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x8B) {
        i += 3; /* ＋ U+FF0B: the scanner's PLUS (grammar/lexer.re) */
    }
    int64_t mant = 0;
    int digits = 0, scale = 0, d;
    size_t f;
    bool overflow = false, frac = false;
    for (;;) {
        if ((d = digit_at(s, len, &i)) >= 0) {
            any_digit = true;
            if (digits == 0 && d == 0) {
                if (frac)
                    scale++;
                continue;
            }
            if (++digits > MAX_DIGITS)
                overflow = true;
            else
                mant = mant * 10 + d;
            if (frac)
                scale++;
        } else if (i > 0 && (f = utf8_format_len(s + i, len - i)) > 0) {
            i += f; /* an invisible format character inside the digits (the lexer warned, L034) */
        } else if (!frac && is_dot(s, len, &i)) {
            frac = true;
        } else if (!frac && digits > 0 && i < len && s[i] == ',') {
            i++; /* thousands separator: 3,119 (the lexer checks the grouping) */
        } else if (!frac && digits > 0 && i + 2 < len && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x8C) {
            i += 3; /* ， */
        } else {
            break;
        }
    }
    if (!any_digit) {
        *out = (xxgk_dec){0, 0};
        return -1; /* no number here: refused, not 0 */
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        i += skip_format(s + i, len - i); /* 1.5E<ZWSP>7: the lexer's NUMF, L034 */
        bool eneg = false;
        if (i < len && (s[i] == '-' || s[i] == '+'))
            eneg = s[i++] == '-';
        int e = 0;
        for (;; i += skip_format(s + i, len - i)) {
            if ((d = digit_at(s, len, &i)) < 0)
                break;
            if (e < 1000)
                e = e * 10 + d;
        }
        if (scientific)
            *scientific = true;
        scale += eneg ? e : -e;
    }
    /* Normalise: no negative scale (multiply out), no trailing fraction zeros. */
    while (scale < 0) {
        if (mant > INT64_MAX / 10) {
            overflow = true;
            break;
        }
        mant *= 10;
        if (mant != 0 && ++digits > MAX_DIGITS)
            overflow = true;
        scale++;
    }
    while (scale > 0 && mant % 10 == 0) {
        mant /= 10;
        scale--;
    }
    if (mant == 0)
        scale = 0;
    if (scale > MAX_DIGITS)
        overflow = true;
    out->mant = neg ? -mant : mant;
    out->scale = scale;
    return overflow ? -1 : 0;
}

int xxgk_dec_parse(const char *str, size_t len, xxgk_dec *out, bool *scientific)
{
    size_t plain;
    return dec_parse_plain(str, len, out, scientific, &plain);
}

/* Exact decimal text: digits, and a point scale digits from the right
 * (0.05 for mant 5, scale 2); a negative scale prints the digits alone.
 * Cut to size - 1 bytes like snprintf. No printf: export writes one per
 * cell. */
char *xxgk_dec_format(xxgk_dec d, char *buf, size_t size)
{
    char digits[24], out[64];
    uint64_t m = d.mant < 0 ? (uint64_t)0 - (uint64_t)d.mant : (uint64_t)d.mant;
    int n = 0;
    char rev[24];
    do
        rev[n++] = (char)('0' + m % 10);
    while ((m /= 10) > 0);
    if (d.scale <= 0 && size >= 22) {
        /* a whole number, most values (export writes one per cell): its
         * sign and digits straight into BUF, which holds the longest (20
         * digits) */
        char *p = buf;
        if (d.mant < 0)
            *p++ = '-';
        while (n > 0)
            *p++ = rev[--n];
        *p = 0;
        return buf;
    }
    for (int i = 0; i < n; i++)
        digits[i] = rev[n - 1 - i];
    size_t o = 0;
    if (d.mant < 0)
        out[o++] = '-';
    if (d.scale <= 0) {
        memcpy(out + o, digits, (size_t)n);
        o += (size_t)n;
    } else if (n > d.scale) {
        memcpy(out + o, digits, (size_t)(n - d.scale));
        o += (size_t)(n - d.scale);
        out[o++] = '.';
        memcpy(out + o, digits + n - d.scale, (size_t)d.scale);
        o += (size_t)d.scale;
    } else {
        out[o++] = '0';
        out[o++] = '.';
        for (int z = d.scale - n; z > 0 && o < sizeof out - 24; z--)
            out[o++] = '0';
        memcpy(out + o, digits, (size_t)n);
        o += (size_t)n;
    }
    if (size) {
        size_t k = o < size - 1 ? o : size - 1;
        memcpy(buf, out, k);
        buf[k] = 0;
    }
    return buf;
}

/* Bring both to the same scale; false when that overflows. */
static bool align(xxgk_dec *a, xxgk_dec *b)
{
    while (a->scale < b->scale) {
        if (a->mant > INT64_MAX / 10 || a->mant < INT64_MIN / 10)
            return false;
        a->mant *= 10;
        a->scale++;
    }
    while (b->scale < a->scale) {
        if (b->mant > INT64_MAX / 10 || b->mant < INT64_MIN / 10)
            return false;
        b->mant *= 10;
        b->scale++;
    }
    return true;
}

int xxgk_dec_cmp(xxgk_dec a, xxgk_dec b)
{
    if (!align(&a, &b))
        return 2;
    return a.mant < b.mant ? -1 : a.mant > b.mant;
}

int xxgk_dec_add(xxgk_dec a, xxgk_dec b, xxgk_dec *out)
{
    int64_t r;
    if (a.scale == 0 && b.scale == 0) {
        /* two whole numbers, most sums: nothing to align or trim */
        if (__builtin_add_overflow(a.mant, b.mant, &r))
            return -1;
        out->mant = r;
        out->scale = 0;
        return 0;
    }
    if (!align(&a, &b))
        return -1;
    if (__builtin_add_overflow(a.mant, b.mant, &r))
        return -1;
    out->mant = r;
    out->scale = a.scale;
    while (out->scale > 0 && out->mant % 10 == 0) {
        out->mant /= 10;
        out->scale--;
    }
    return 0;
}

bool xxgk_dec_is_integer(xxgk_dec d) { return d.scale <= 0; }

int xxgk_dec_shift(xxgk_dec a, int k, xxgk_dec *out)
{
    if (k < -64 || k > 64)
        return -1;
    if (k < 0) {
        a.scale += -k;
    } else {
        for (; k > 0; k--) {
            if (a.scale > 0) {
                a.scale--;
            } else {
                if (a.mant > INT64_MAX / 10 || a.mant < INT64_MIN / 10)
                    return -1;
                a.mant *= 10;
            }
        }
    }
    while (a.scale > 0 && a.mant % 10 == 0) { /* 100 元 is 0.01 万元, not 0.0100 */
        a.mant /= 10;
        a.scale--;
    }
    if (a.mant == 0)
        a.scale = 0;
    *out = a;
    return 0;
}
