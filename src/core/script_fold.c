/* Traditional -> simplified by binary search over the generated table. */
#include <stddef.h>

#include "script_fold.h"
#include "diff_fold_data.h"

enum { PAIR = 6, NPAIRS = (sizeof diff_fold_pairs - 1) / PAIR };

/* the table holds pairs of three-byte UTF-8 characters */
static uint32_t cp3(const char *p)
{
    const uint8_t *s = (const uint8_t *)p;
    return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
}

uint32_t script_to_simplified(uint32_t cp)
{
    if (cp < 0x3400 || cp > 0x9FFF)
        return cp;
    size_t lo = 0, hi = NPAIRS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k = cp3(diff_fold_pairs + mid * PAIR);
        if (k == cp)
            return cp3(diff_fold_pairs + mid * PAIR + 3);
        if (k < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp;
}
