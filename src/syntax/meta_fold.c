/* Names folded to simplified script and normal width, for matching and for
 * agency_key. The table is diff's (generated/diff_fold_data.h, OpenCC's
 * traditional -> simplified characters): the same fold, so a key and a
 * diff's "same agency" agree. syntax/ may include generated/, not diff/. */
#include "meta.h"
#include "utf8.h"
#include "diff_fold_data.h"

enum { PAIR = 6, NPAIRS = (sizeof diff_fold_pairs - 1) / PAIR };

static uint32_t cp3(const char *p)
{
    const uint8_t *s = (const uint8_t *)p;
    return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
}

uint32_t meta_fold_cp(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
        return cp - 0xFF01 + 0x21;
    if (cp == 0x3000)
        return ' ';
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
