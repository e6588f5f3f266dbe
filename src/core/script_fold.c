/* Traditional -> simplified: the bitmap says whether a character folds, a
 * binary search over the generated pairs says to what. */
#include <stddef.h>
#include <string.h>

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

int script_from_simplified(uint32_t cp, uint32_t *out, int max)
{
    size_t lo = 0, hi = SCRIPT_FOLD_PAIRS; /* the first pair of cp or after */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (script_fold_rev[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    int n = 0;
    for (; lo < SCRIPT_FOLD_PAIRS && script_fold_rev[lo][0] == cp; lo++) {
        if (n == max)
            return -1;
        out[n++] = script_fold_rev[lo][1];
    }
    return n;
}

bool script_word_fold(uint32_t prev, uint32_t cp, uint32_t to[2])
{
    for (int i = 0; i < SCRIPT_WORD_FOLDS; i++)
        if (script_word_folds[i][0][0] == prev && script_word_folds[i][0][1] == cp) {
            to[0] = script_word_folds[i][1][0];
            to[1] = script_word_folds[i][1][1];
            return true;
        }
    return false;
}

bool script_word_plain(const uint8_t *s, size_t n)
{
    for (int i = 0; i < SCRIPT_WORD_FOLDS; i++) {
        char w[8];
        size_t k = 0;
        for (int j = 0; j < 2; j++) { /* three bytes each (U+3400..U+9FFF) */
            uint32_t cp = script_word_folds[i][1][j];
            w[k++] = (char)(0xE0 | cp >> 12);
            w[k++] = (char)(0x80 | (cp >> 6 & 0x3F));
            w[k++] = (char)(0x80 | (cp & 0x3F));
        }
        if (memmem(s, n, w, k))
            return true;
    }
    return false;
}
