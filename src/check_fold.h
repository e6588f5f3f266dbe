/* Folded prose with a map back to the source (check_fold.c). */
#ifndef XXGK_CHECK_FOLD_H
#define XXGK_CHECK_FOLD_H
#include "check_int.h"

typedef struct ck_folded {
    const uint8_t *src; /* the document's source */
    char *s;            /* folded UTF-8, NUL-terminated */
    uint32_t *off;      /* off[i]: source offset of the code point of byte i */
    size_t n;
} ck_folded;

void ck_fold(ck *c, xxgk_span sp, ck_folded *out);
/* First occurrence of needle in s[from, to), else to. */
size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle);
/* Does needle start at folded byte i? */
bool ck_at(const ck_folded *t, size_t i, const char *needle);
bool ck_has(const ck_folded *t, size_t from, size_t to, const char *needle);
/* The source span of folded bytes [from, to). */
xxgk_span ck_source_span(const ck_folded *t, size_t from, size_t to);
#endif
