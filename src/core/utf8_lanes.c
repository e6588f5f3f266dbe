#include "utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Bytes counted a step: four lanes of sixteen. */
enum { LANES_STEP = 64 };

/* utf8_count(s, n), 64 bytes a step: a continuation byte (10xxxxxx) is a
 * signed byte below -64, one comparison, and the four sixteen-byte lanes
 * keep their own sums (up to 255 steps, so no byte overflows), added up
 * after; the rest (under 64 bytes) as utf8_count_wide counts. Half
 * utf8_count_wide's instructions on long runs (a paragraph's columns, a
 * long line's column marks); out of line, so that its callers keep their
 * registers across the call. */
uint32_t utf8_count_lanes(const uint8_t *s, size_t n)
{
#if defined(__SSE2__)
    size_t i = 0;
    uint32_t cont = 0;
    const __m128i cont_below = _mm_set1_epi8((char)0xC0), zero = _mm_setzero_si128();
    while (n - i >= LANES_STEP) {
        __m128i a = zero, b = zero, c = zero, d = zero;
        for (int k = 0; k < 255 && n - i >= LANES_STEP; k++, i += LANES_STEP) {
            const __m128i *p = (const __m128i *)(const void *)(s + i);
            /* -1 in a lane holding a continuation byte */
            a = _mm_sub_epi8(a, _mm_cmplt_epi8(_mm_loadu_si128(p), cont_below));
            b = _mm_sub_epi8(b, _mm_cmplt_epi8(_mm_loadu_si128(p + 1), cont_below));
            c = _mm_sub_epi8(c, _mm_cmplt_epi8(_mm_loadu_si128(p + 2), cont_below));
            d = _mm_sub_epi8(d, _mm_cmplt_epi8(_mm_loadu_si128(p + 3), cont_below));
        }
        /* each lane's bytes summed in two halves of 64 bits */
        __m128i sums = _mm_add_epi64(_mm_add_epi64(_mm_sad_epu8(a, zero), _mm_sad_epu8(b, zero)),
                                     _mm_add_epi64(_mm_sad_epu8(c, zero), _mm_sad_epu8(d, zero)));
        cont += (uint32_t)_mm_cvtsi128_si32(sums) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
    return (uint32_t)i - cont + utf8_count_wide(s + i, n - i);
#else
    return utf8_count_wide(s, n);
#endif
}
