/* Folded prose for the consistency rules: the text of a span with
 * traditional script folded to simplified and full-width forms to ASCII
 * (the label table's folding, src/labels.c), white space and line breaks
 * dropped (PDF text breaks lines inside words: 答\n复3050件), and a map from
 * every folded byte back to the source, so that a finding in folded text
 * still points at its exact place. */
#include <string.h>

#include "check_fold.h"
#include "lex.h"
#include "utf8.h"

/* A remembered fold by the start of its span: a hash table in the arena,
 * doubled when half full (a report may have 80,000 blocks of prose). */
static ck_fold_memo **memo_slot(ck *c, xxgk_span sp)
{
    size_t mask = c->nfold_slots - 1, h = (sp.start * 2654435761u) & mask;
    while (c->fold_slots[h] && (c->fold_slots[h]->span.start != sp.start ||
                                c->fold_slots[h]->span.end != sp.end))
        h = (h + 1) & mask;
    return &c->fold_slots[h];
}

static bool memo_grow(ck *c)
{
    size_t n = c->nfold_slots ? c->nfold_slots * 2 : 64;
    ck_fold_memo **old = c->fold_slots;
    size_t nold = c->nfold_slots;
    c->fold_slots = xxgk_doc_alloc(c->doc, n * sizeof *c->fold_slots);
    if (!c->fold_slots) {
        c->fold_slots = old;
        return false;
    }
    c->nfold_slots = n;
    for (size_t i = 0; i < nold; i++)
        if (old[i])
            *memo_slot(c, old[i]->span) = old[i];
    return true;
}

/* One pass over the span (label_fold_map), once per span and check run:
 * the prose rules and the period rule read the same blocks of section 一. */
void ck_fold(ck *c, xxgk_span sp, ck_folded *out)
{
    ck_fold_memo **slot = c->nfold_slots ? memo_slot(c, sp) : NULL;
    if (slot && *slot) {
        *out = (*slot)->text;
        return;
    }
    const uint8_t *src = c->doc->src;
    size_t cap = (size_t)(sp.end - sp.start) + 1;
    char *s = doc_alloc_raw(c->doc, cap);
    uint32_t *off = doc_alloc_raw(c->doc, cap * sizeof *off);
    ck_fold_memo *memo = xxgk_doc_alloc(c->doc, sizeof *memo);
    out->src = src;
    out->s = s;
    out->off = off;
    out->n = 0;
    if (!s || !off || !memo)
        return;
    out->n = label_fold_map(src + sp.start, sp.end - sp.start, sp.start, s, off);
    memo->span = sp;
    memo->text = *out;
    if ((c->nfolds + 1) * 2 > c->nfold_slots && !memo_grow(c))
        return; /* not remembered: folded again next time */
    *memo_slot(c, sp) = memo;
    c->nfolds++;
}

void ck_words_init(ck_words *m, const char *const *words)
{
    memset(m, 0, sizeof *m);
    m->words = words;
    for (int k = 0; k < 64 && words[k]; k++) {
        size_t l = strlen(words[k]);
        m->len[k] = (uint8_t)l;
        if (l >= 3) { /* shorter words are never found: none are used */
            m->first[k] = ck_first3(words[k]);
            m->bucket[ck_word_hash(m->first[k])] |= (uint64_t)1 << k;
        }
        m->n = k + 1;
    }
}

uint64_t ck_words_in(const ck_words *m, const ck_folded *t, size_t from, size_t to)
{
    uint64_t found = 0;
    for (size_t i = from; i + 3 <= to;) {
        found |= ck_words_at(m, t, i, to);
        /* the next code point: words start at lead bytes only */
        uint8_t ch = (uint8_t)t->s[i];
        i += ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    }
    return found;
}

size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    size_t k = strlen(needle);
    if (from >= to || to - from < k)
        return to;
    const char *p = memmem(t->s + from, to - from, needle, k);
    return p ? (size_t)(p - t->s) : to;
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
