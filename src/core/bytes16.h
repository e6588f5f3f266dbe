/* Sixteen bytes compared at once (GCC's and Clang's vector extension: a
 * compare gives each byte 0 or all ones), for the searches of the reading
 * layer (the line index, the page-text pre-pass) and the validator's
 * scans (check/check_scan.h). */
#ifndef XXGK_BYTES16_H
#define XXGK_BYTES16_H
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef uint8_t bytes16 __attribute__((vector_size(16)));

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
#endif
