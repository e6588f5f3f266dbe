/* Sixteen bytes compared at once (GCC's and Clang's vector extension: a
 * compare gives each byte 0 or all ones), for the searches of the reading
 * layer (the line index, the page-text pre-pass), the builder's walks
 * (build_row.c break_before, build_cells.c count_tabs) and the validator's
 * scans (check/check_scan.h). */
#ifndef XXGK_BYTES16_H
#define XXGK_BYTES16_H
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef uint8_t bytes16 __attribute__((vector_size(16)));
/* The same bytes read as signed (-128..127): a range of bytes is then one
 * signed compare a bound (SSE2's pcmpgtb), where an unsigned compare takes
 * a min and an equality. */
typedef int8_t signed_bytes16 __attribute__((vector_size(16)));

/* The sixteen bytes at p (any alignment). */
static inline bytes16 bytes16_at(const uint8_t *p)
{
    bytes16 v;
    memcpy(&v, p, 16);
    return v;
}

/* A compare's result as sixteen bits, bit k for byte k: one instruction
 * with SSE2 (every x86-64), else byte by byte. */
static inline unsigned bytes16_bits(bytes16 m)
{
#if defined(__SSE2__)
    return (unsigned)_mm_movemask_epi8((__m128i)m);
#else
    unsigned bits = 0;
    for (unsigned k = 0; k < 16; k++)
        bits |= (unsigned)(m[k] & 1) << k;
    return bits;
#endif
}

/* The sum of the sixteen bytes of v (a count kept per byte: at most
 * 16 * 255): one psadbw with SSE2, else byte by byte. */
static inline unsigned bytes16_sum(bytes16 v)
{
#if defined(__SSE2__)
    __m128i s = _mm_sad_epu8((__m128i)v, _mm_setzero_si128());
    return (unsigned)_mm_cvtsi128_si32(s) + (unsigned)_mm_extract_epi16(s, 4);
#else
    unsigned n = 0;
    for (unsigned k = 0; k < 16; k++)
        n += v[k];
    return n;
#endif
}
#endif
