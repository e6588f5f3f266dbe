/* Traditional -> simplified: the bitmap says whether a character folds, a
 * binary search over the generated pairs says to what. */
#include <stddef.h>

#include "script_fold.h"
#include "script_fold_data.h"

_Static_assert(SCRIPT_FOLD_WORDS * 64 == SCRIPT_FOLD_HI - SCRIPT_FOLD_LO + 1,
               "tools/genfold and script_fold.h disagree on the range");

uint32_t script_to_simplified(uint32_t cp)
{
    if (!script_folds(cp))
        return cp;
    size_t lo = 0, hi = SCRIPT_FOLD_PAIRS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (script_fold_pairs[mid][0] == cp)
            return script_fold_pairs[mid][1];
        if (script_fold_pairs[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp; /* not reached: the bitmap and the pairs are one table */
}
