/* Traditional -> simplified script, one code point at a time: the one fold
 * table (src/core/script_fold.def: OpenCC's character table and the variants
 * reports use; generated/script_fold_data.h by tools/genfold). Every fold of
 * script reads it: the lexer's label classes (tools/genlabels), the label
 * fold of the token filter and the validator (syntax/labels.c, which adds
 * width, punctuation and spaces on top), diff's text comparison and
 * agency_key, so they all call the same texts the same. */
#ifndef XXGK_SCRIPT_FOLD_H
#define XXGK_SCRIPT_FOLD_H
#include <stdbool.h>
#include <stdint.h>

/* Every character that folds is in this range, and so is its simplified
 * form: a fold keeps a character's UTF-8 length (three bytes). */
#define SCRIPT_FOLD_LO 0x3400u
#define SCRIPT_FOLD_HI 0x9FFFu

/* one bit per code point of the range, set when it folds (generated) */
extern const uint64_t script_fold_bits[];

/* Whether cp has a simplified form other than itself: one load, for the
 * hot loops that leave most characters as they are. */
static inline bool script_folds(uint32_t cp)
{
    uint32_t i = cp - SCRIPT_FOLD_LO;
    return i <= SCRIPT_FOLD_HI - SCRIPT_FOLD_LO && (script_fold_bits[i >> 6] >> (i & 63) & 1);
}

/* script_folds for a cp known to lie in [SCRIPT_FOLD_LO, SCRIPT_FOLD_HI]
 * (a caller that has already range-tested it, as the label fold's loop over
 * ideographs does): the load alone. */
static inline bool script_folds_in_range(uint32_t cp)
{
    uint32_t i = cp - SCRIPT_FOLD_LO;
    return script_fold_bits[i >> 6] >> (i & 63) & 1;
}

/* The simplified form of cp, or cp itself when it has none. */
uint32_t script_to_simplified(uint32_t cp);

/* The characters that fold to cp (not cp itself), in order, into
 * out[0..max): their count, or -1 when there are more than max. A binary
 * search of the table sorted by the simplified form. */
int script_from_simplified(uint32_t cp, uint32_t *out, int max);

/* Word folds (script_fold.def's `=` lines: 资讯 read as 信息), on top of
 * the character fold: the label fold and the title's words use them, not
 * diff nor agency_key. script_word_bits is script_fold_bits with the last
 * character of each word set too: a loop that copies the characters that
 * neither fold nor end such a word tests one bit, as before. */
extern const uint64_t script_word_bits[];

static inline bool script_word_stop_in_range(uint32_t cp)
{
    uint32_t i = cp - SCRIPT_FOLD_LO;
    return script_word_bits[i >> 6] >> (i & 63) & 1;
}

static inline bool script_word_stop(uint32_t cp)
{
    uint32_t i = cp - SCRIPT_FOLD_LO;
    return i <= SCRIPT_FOLD_HI - SCRIPT_FOLD_LO && (script_word_bits[i >> 6] >> (i & 63) & 1);
}

/* PREV then CP (both as the character fold leaves them) a word that reads
 * as another: true, and its two characters in TO. */
bool script_word_fold(uint32_t prev, uint32_t cp, uint32_t to[2]);

/* Does [s, s + n) write the word some word fold reads as (信息) itself?
 * A cheap look (memmem) before a search for the word it folds from. */
bool script_word_plain(const uint8_t *s, size_t n);
#endif
