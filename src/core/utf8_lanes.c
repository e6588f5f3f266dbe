#include "utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Bytes counted a step: four lanes of sixteen. */
enum { LANES_STEP = 64 };

#if defined(__SSE2__)
/* Four sixteen-byte lanes, each byte a count of continuation bytes. */
typedef struct lanes4 {
    __m128i a, b, c, d;
} lanes4;

/* The 64 bytes at s counted into the lanes: a continuation byte
 * (10xxxxxx) is a signed byte below -64, one comparison. */
static inline __attribute__((always_inline)) void lanes_step(lanes4 *l, const uint8_t *s)
{
    const __m128i cont_below = _mm_set1_epi8((char)0xC0);
    const __m128i *p = (const __m128i *)(const void *)s;
    /* -1 in a lane holding a continuation byte */
    l->a = _mm_sub_epi8(l->a, _mm_cmplt_epi8(_mm_loadu_si128(p), cont_below));
    l->b = _mm_sub_epi8(l->b, _mm_cmplt_epi8(_mm_loadu_si128(p + 1), cont_below));
    l->c = _mm_sub_epi8(l->c, _mm_cmplt_epi8(_mm_loadu_si128(p + 2), cont_below));
    l->d = _mm_sub_epi8(l->d, _mm_cmplt_epi8(_mm_loadu_si128(p + 3), cont_below));
}

/* The lanes' counts added up: each lane's bytes summed in two halves of
 * 64 bits. */
static inline __attribute__((always_inline)) uint32_t lanes_sum(const lanes4 *l)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i sums = _mm_add_epi64(_mm_add_epi64(_mm_sad_epu8(l->a, zero), _mm_sad_epu8(l->b, zero)),
                                 _mm_add_epi64(_mm_sad_epu8(l->c, zero), _mm_sad_epu8(l->d, zero)));
    return (uint32_t)_mm_cvtsi128_si32(sums) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
}
#endif

/* utf8_count(s, n), 64 bytes a step: the four sixteen-byte lanes keep
 * their own sums (up to 255 steps, so no byte overflows), added up after;
 * the rest (under 64 bytes) as utf8_count_wide counts. Half
 * utf8_count_wide's instructions on long runs (a paragraph's columns, a
 * long line's column marks); out of line, so that its callers keep their
 * registers across the call. */
uint32_t utf8_count_lanes(const uint8_t *s, size_t n)
{
#if defined(__SSE2__)
    size_t i = 0;
    uint32_t cont = 0;
    while (n - i >= LANES_STEP) {
        const __m128i zero = _mm_setzero_si128();
        lanes4 l = {zero, zero, zero, zero};
        for (int k = 0; k < 255 && n - i >= LANES_STEP; k++, i += LANES_STEP)
            lanes_step(&l, s + i);
        cont += lanes_sum(&l);
    }
    return (uint32_t)i - cont + utf8_count_wide(s + i, n - i);
#else
    return utf8_count_wide(s, n);
#endif
}

/* utf8_count_lanes(s, UTF8_BLOCK): the same steps, their number a
 * constant (a long line's column marks count blocks of this size), so
 * unrolled, with none of the general loop's tests and no rest. */
uint32_t utf8_count_block(const uint8_t *s)
{
#if defined(__SSE2__)
    _Static_assert(UTF8_BLOCK % LANES_STEP == 0 && UTF8_BLOCK / LANES_STEP < 255, "whole steps, no lane overflows");
    const __m128i zero = _mm_setzero_si128();
    lanes4 l = {zero, zero, zero, zero};
#pragma GCC unroll 8
    for (int k = 0; k < UTF8_BLOCK / LANES_STEP; k++)
        lanes_step(&l, s + k * LANES_STEP);
    return UTF8_BLOCK - lanes_sum(&l);
#else
    return utf8_count_wide(s, UTF8_BLOCK);
#endif
}
