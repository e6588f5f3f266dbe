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

/* A remembered fold of one check run (ck.fold_slots). */
struct ck_fold_memo {
    xxgk_span span;
    ck_folded text;
};

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
/* Up to 64 words found in one pass over a text: a bit per word. */
typedef struct ck_words {
    const char *const *words; /* NULL-terminated, each at least 3 bytes */
    uint8_t len[64];
    uint32_t first[64];   /* each word's first 3 bytes */
    uint64_t bucket[256]; /* words by the hash of their first 3 bytes */
    int n;
} ck_words;
void ck_words_init(ck_words *m, const char *const *words);
/* Bit k set when words[k] lies wholly in folded bytes [from, to). */
uint64_t ck_words_in(const ck_words *m, const ck_folded *t, size_t from, size_t to);

/* The source span of folded bytes [from, to). */
xxgk_span ck_source_span(const ck_folded *t, size_t from, size_t to);
#endif
