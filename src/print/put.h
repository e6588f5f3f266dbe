/* Appending to a line formatted in a buffer, for the printers that write
 * a record per cell (export, the tree): text, unsigned numbers and
 * decimals. The caller's buffer has room for what it appends. */
#ifndef XXGK_PUT_H
#define XXGK_PUT_H
#include <stdint.h>
#include <string.h>

#include "xxgk.h"

static inline char *put(char *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o, s, n);
    return o + n;
}

/* A string literal at o, a copy of its known size (a field's name, quotes
 * and punctuation): the end. O is read twice: a plain variable, never
 * o++. */
#define PUT_LIT(o, lit) (memcpy((o), "" lit, sizeof(lit) - 1), (o) + sizeof(lit) - 1)

/* The two digits of 00..99. */
static const char put_pairs[] = "0001020304050607080910111213141516171819"
                                "2021222324252627282930313233343536373839"
                                "4041424344454647484950515253545556575859"
                                "6061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";

/* The digits of v in decimal: 1..20. */
static inline int put_ndigits(uint64_t v)
{
    int n = 1;
    for (; v >= 10000; v /= 10000)
        n += 4;
    return n + (v >= 10) + (v >= 100) + (v >= 1000);
}

/* An unsigned number in decimal, written from its last digit back, two
 * digits per division (a report's numbers, lines and columns have a few);
 * up to four digits (most of a report's numbers, lines and columns)
 * without the count or the loop. */
static inline char *put_u64(char *o, uint64_t v)
{
    if (v < 10) {
        *o = (char)('0' + v);
        return o + 1;
    }
    if (v < 100) {
        memcpy(o, put_pairs + 2 * v, 2);
        return o + 2;
    }
    if (v < 10000) {
        /* three or four digits (a line, a byte offset, a year, many
         * values): two pairs, without the count or the loop */
        unsigned hi = (unsigned)v / 100, lo = (unsigned)v % 100;
        if (hi < 10) {
            *o = (char)('0' + hi);
            memcpy(o + 1, put_pairs + 2 * lo, 2);
            return o + 3;
        }
        memcpy(o, put_pairs + 2 * hi, 2);
        memcpy(o + 2, put_pairs + 2 * lo, 2);
        return o + 4;
    }
    char *e = o + put_ndigits(v);
    for (o = e; v >= 100; v /= 100) {
        const char *p = put_pairs + 2 * (v % 100);
        *--o = p[1];
        *--o = p[0];
    }
    if (v >= 10) {
        *--o = put_pairs[2 * v + 1];
        *--o = put_pairs[2 * v];
    } else {
        *--o = (char)('0' + v);
    }
    return e;
}

/* An unsigned int: the same digits (a division by 100 is a multiplication
 * at either width). */
static inline char *put_uint(char *o, unsigned v) { return put_u64(o, v); }

/* A signed int, as "%d" prints it. */
static inline char *put_int(char *o, int v)
{
    if (v < 0)
        *o++ = '-';
    return put_u64(o, v < 0 ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v);
}

/* A number as xxgk_dec_format writes it (at most 47 bytes); an integer
 * of no scale, most of a report's, is its digits, without the call. */
static inline char *put_dec(char *o, xxgk_dec v)
{
    if (v.scale == 0) {
        /* one unsigned test for 0..9 (most cells: a report's zeros),
         * the sign's test only for the rest */
        if ((uint64_t)v.mant < 10) {
            *o = (char)('0' + v.mant);
            return o + 1;
        }
        if (v.mant >= 0)
            return put_u64(o, (uint64_t)v.mant);
    }
    char num[48];
    return put(o, xxgk_dec_format(v, num, sizeof num));
}
#endif
