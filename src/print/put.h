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

/* The two digits of 00..99. */
static const char put_pairs[] = "0001020304050607080910111213141516171819"
                                "2021222324252627282930313233343536373839"
                                "4041424344454647484950515253545556575859"
                                "6061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";

/* An unsigned number in decimal: the digits found from the right, two
 * per division (a report's numbers, lines and columns have a few). */
static inline char *put_u64(char *o, uint64_t v)
{
    char d[20];
    int n = 20;
    for (; v >= 100; v /= 100) {
        const char *p = put_pairs + 2 * (v % 100);
        d[--n] = p[1];
        d[--n] = p[0];
    }
    if (v >= 10) {
        d[--n] = put_pairs[2 * v + 1];
        d[--n] = put_pairs[2 * v];
    } else {
        d[--n] = (char)('0' + v);
    }
    while (n < 20)
        *o++ = d[n++];
    return o;
}

/* The same in 32 bits, where a division is cheaper. */
static inline char *put_uint(char *o, unsigned v)
{
    char d[10];
    int n = 10;
    for (; v >= 100; v /= 100) {
        const char *p = put_pairs + 2 * (v % 100);
        d[--n] = p[1];
        d[--n] = p[0];
    }
    if (v >= 10) {
        d[--n] = put_pairs[2 * v + 1];
        d[--n] = put_pairs[2 * v];
    } else {
        d[--n] = (char)('0' + v);
    }
    while (n < 10)
        *o++ = d[n++];
    return o;
}

/* A number as xxgk_dec_format writes it (at most 47 bytes); an integer
 * of no scale, most of a report's, is its digits, without the call. */
static inline char *put_dec(char *o, xxgk_dec v)
{
    if (v.scale == 0 && v.mant >= 0)
        return v.mant <= UINT32_MAX ? put_uint(o, (unsigned)v.mant) : put_u64(o, (uint64_t)v.mant);
    char num[48];
    return put(o, xxgk_dec_format(v, num, sizeof num));
}
#endif
