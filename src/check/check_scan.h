/* Scanning a document's source sixteen bytes at a time for the few bytes
 * that matter (check_prose.c, check_consistency.c): GCC's and Clang's
 * vector extension, SSE2's movemask where there is one. */
#ifndef XXGK_CHECK_SCAN_H
#define XXGK_CHECK_SCAN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bytes16.h"

/* bytes16, signed_bytes16 and bytes16_bits are the reading layer's
 * (core/bytes16.h); the signed view tells the bytes above ' ' as '!' to DEL. */
static inline unsigned bits_of(bytes16 m) { return bytes16_bits(m); }

/* The first byte set in a compare's result, else 16. */
static inline unsigned first_set(bytes16 m) { return (unsigned)__builtin_ctz(bits_of(m) | 0x10000u); }

/* Bytes a scan stops at: every printable ASCII byte, '!' to DEL (when
 * ascii; not spaces, line breaks nor control bytes), and three others. */
typedef struct stop_set {
    bool ascii;
    uint8_t b[3];
} stop_set;

/* The bytes of v in the set (all ones), the others 0. */
static inline bytes16 stops_in(bytes16 v, const stop_set *set)
{
    bytes16 m = (bytes16)((v == set->b[0]) | (v == set->b[1]) | (v == set->b[2]));
    if (set->ascii) /* as signed bytes, those above ' ' are '!' to DEL */
        m |= (bytes16)((signed_bytes16)v > ' ');
    return m;
}

/* The first byte of s[i, end) in the set, else end: sixteen bytes tested
 * at a time. The last few are read in place when sixteen bytes from them
 * are readable (s[0, readable): the document's text and its NUL), the
 * bytes past end not looked at; else copied after zeros, which no set
 * holds. */
static inline size_t next_stop(const uint8_t *s, size_t i, size_t end, size_t readable, const stop_set *set)
{
    for (; i + 16 <= end; i += 16) {
        bytes16 v;
        memcpy(&v, s + i, 16);
        unsigned k = first_set(stops_in(v, set));
        if (k < 16)
            return i + k;
    }
    if (i >= end)
        return end;
    bytes16 v = {0};
    if (i + 16 <= readable)
        memcpy(&v, s + i, 16); /* a load, not a call */
    else
        memcpy(&v, s + i, end - i);
    unsigned k = first_set(stops_in(v, set));
    return k < end - i ? i + k : end;
}
#endif
