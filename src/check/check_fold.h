/* Folded prose with a map back to the source (check_fold.c). */
#ifndef XXGK_CHECK_FOLD_H
#define XXGK_CHECK_FOLD_H
#include <string.h>

#include "check_int.h"

typedef struct ck_folded {
    const uint8_t *src; /* the document's source */
    char *s;            /* folded UTF-8, NUL-terminated */
    uint32_t *off;      /* off[i]: source offset of the code point starting at byte i */
    size_t n;
} ck_folded;

/* Fold a span into the run's buffer: the text is valid until the next
 * ck_fold (one block at a time). out->n is 0 when memory runs out. */
void ck_fold(ck *c, xxgk_span sp, ck_folded *out);
/* First occurrence of needle in s[from, to), else to. */
size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle);
/* Does needle start at folded byte i? (inline: strlen of a literal folds) */
static inline bool ck_at(const ck_folded *t, size_t i, const char *needle)
{
    size_t k = strlen(needle);
    return i + k <= t->n && memcmp(t->s + i, needle, k) == 0;
}
bool ck_has(const ck_folded *t, size_t from, size_t to, const char *needle);
/* A word to look for, its length and first three bytes (a CJK character,
 * or three ASCII bytes) known when compiled: CK_WORD("其中"). A list of
 * them ends with CK_WORDS_END. */
typedef struct ck_word {
    const char *s;
    uint8_t len;
    uint32_t first;
} ck_word;
#define CK_FIRST3(w) ((uint32_t)(uint8_t)(w)[0] << 16 | (uint32_t)(uint8_t)(w)[1] << 8 | (uint8_t)(w)[2])
#define CK_WORD(w) {w, (uint8_t)(sizeof w - 1), CK_FIRST3(w)}
#define CK_WORDS_END {NULL, 0, 0}

/* Up to 64 words found in one pass over a text: a bit per word. */
typedef struct ck_words {
    const ck_word *words; /* each at least 3 bytes */
    uint64_t bucket[256]; /* words by the hash of their first 3 bytes */
} ck_words;
/* The first three bytes of a text position; words hash on them into 256
 * buckets, so a position looks at one bucket, nearly always empty or a
 * true start. */
static inline uint32_t ck_first3(const char *s) { return CK_FIRST3((const uint8_t *)s); }

#define CK_HASH(f) (((f) ^ ((f) >> 7)) & 255u)
static inline unsigned ck_word_hash(uint32_t f) { return CK_HASH(f); }

/* The buckets of a list of words, made when compiled, so that no run
 * fills them: LIST(X, h) expands to X(k, "word", h) for each word, k its
 * place in the list (words[k] = CK_WORD("word"); each at least 3 bytes),
 * and CK_BUCKETS(LIST) is the initializer of ck_words.bucket. Bucket h
 * ORs the bit of every word whose first three bytes hash to h. */
#define CK_IN_BUCKET(k, w, h) | ((uint64_t)(CK_HASH(CK_FIRST3(w)) == (h)) << (k))
#define CK_BUCKET(L, h) (0 L(CK_IN_BUCKET, h))
#define CK_BUCKETS4(L, h) CK_BUCKET(L, h), CK_BUCKET(L, h + 1), CK_BUCKET(L, h + 2), CK_BUCKET(L, h + 3)
#define CK_BUCKETS16(L, h) CK_BUCKETS4(L, h), CK_BUCKETS4(L, h + 4), CK_BUCKETS4(L, h + 8), CK_BUCKETS4(L, h + 12)
#define CK_BUCKETS64(L, h) CK_BUCKETS16(L, h), CK_BUCKETS16(L, h + 16), CK_BUCKETS16(L, h + 32), CK_BUCKETS16(L, h + 48)
#define CK_BUCKETS(L) {CK_BUCKETS64(L, 0), CK_BUCKETS64(L, 64), CK_BUCKETS64(L, 128), CK_BUCKETS64(L, 192)}
/* Are n bytes equal? The few after a word's first character, compared in
 * place rather than by a call. */
static inline bool ck_same(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k])
            return false;
    return true;
}
/* Bit k set when words[k] starts at folded byte i and ends by to. */
static inline uint64_t ck_words_at(const ck_words *m, const ck_folded *t, size_t i, size_t to)
{
    if (i + 3 > to)
        return 0;
    uint32_t f = ck_first3(t->s + i);
    uint64_t b = m->bucket[ck_word_hash(f)], found = 0;
    while (b) {
        int k = __builtin_ctzll(b);
        b &= b - 1;
        const ck_word *w = &m->words[k];
        if (f == w->first && i + w->len <= to && ck_same(t->s + i + 3, w->s + 3, w->len - 3u))
            found |= (uint64_t)1 << k;
    }
    return found;
}
/* Bit k set when words[k] lies wholly in folded bytes [from, to). */
uint64_t ck_words_in(const ck_words *m, const ck_folded *t, size_t from, size_t to);

/* The source span of folded bytes [from, to). */
xxgk_span ck_source_span(const ck_folded *t, size_t from, size_t to);
#endif
