/* Folded prose for the consistency rules: the text of a span with
 * traditional script folded to simplified and full-width forms to ASCII
 * (the label table's folding, src/syntax/labels.c), white space and line breaks
 * dropped (PDF text breaks lines inside words: 答\n复3050件), and a map from
 * every folded byte back to the source, so that a finding in folded text
 * still points at its exact place. */
#include <stdlib.h>
#include <string.h>

#include "check_fold.h"
#include "find.h"
#include "lex.h"
#include "utf8.h"

/* A buffer of the run grown to cap bytes (the stack's is never passed to
 * realloc), or NULL when memory runs out and the old one is kept. */
static void *grow(void *old, const void *small, size_t cap)
{
    return realloc(old == small ? NULL : old, cap);
}

/* One pass over the span (label_fold_map) into the run's buffer, grown to
 * the largest block and reused: section 一 of a report can hold 80,000
 * paragraphs, and keeping each fold would cost five bytes per byte. */
void ck_fold(ck *c, xxgk_span sp, ck_folded *out)
{
    const uint8_t *src = c->doc->src;
    size_t need = (size_t)(sp.end - sp.start) + 1;
    out->src = src;
    out->n = 0;
    if (need > c->fold_cap) {
        size_t cap = c->fold_cap;
        while (cap < need)
            cap *= 2;
        char *s = grow(c->fold_s, c->small_s, cap);
        if (s)
            c->fold_s = s;
        uint32_t *off = grow(c->fold_off, c->small_off, cap * sizeof *off);
        if (off)
            c->fold_off = off;
        if (s && off)
            c->fold_cap = cap;
    }
    out->s = c->fold_s;
    out->off = c->fold_off;
    if (need > c->fold_cap) { /* out of memory: an empty text, nothing found */
        static const char empty[1] = "";
        static const uint32_t none[1] = {0};
        out->s = (char *)empty;
        out->off = (uint32_t *)none;
        return;
    }
    out->n = label_fold_map(src + sp.start, sp.end - sp.start, sp.start, c->fold_s, c->fold_off);
}

uint64_t ck_words_in(const ck_words *m, const ck_folded *t, size_t from, size_t to)
{
    /* the step to the next code point by the high bits of its first byte
     * (words start at lead bytes only): ASCII 1, 80..DF 2, E0..EF 3, F0..FF 4 */
    static const uint8_t step[16] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4};
    uint64_t found = 0;
    for (size_t i = from; i + 3 <= to; i += step[(uint8_t)t->s[i] >> 4])
        if (m->bucket[ck_word_hash(ck_first3(t->s + i))]) /* most places: no word */
            found |= ck_words_at(m, t, i, to);
    return found;
}

/* By the needle's last byte (find_word): the needles are words of
 * ideographs. */
size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    size_t k = strlen(needle);
    if (k == 0 || from >= to) /* an empty needle is where the range starts */
        return k == 0 && from <= to ? from : to;
    return from + find_word(t->s + from, to - from, needle, k);
}

bool ck_has(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    return ck_find(t, from, to, needle) < to;
}

xxgk_span ck_source_span(const ck_folded *t, size_t from, size_t to)
{
    xxgk_span sp = {t->off[from], t->off[from]};
    if (to > from) {
        /* to the end of the code point that produced the last byte */
        size_t k = to - 1;
        while (k > from && ((uint8_t)t->s[k] & 0xC0) == 0x80)
            k--; /* off[] is kept at the first byte of each code point */
        uint32_t last = t->off[k], cp;
        int l = utf8_decode(t->src + last, 4, &cp);
        sp.end = last + (uint32_t)(l ? l : 1);
    }
    return sp;
}
