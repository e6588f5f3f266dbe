/* xxgk diff: matching the headings or paragraphs of two reports.
 *
 * An item is a heading or paragraph whose folded text (diff_fold, trimmed)
 * is not stored: it is read again from the source when needed, so that the
 * memory of a diff does not grow with four bytes per code point of both
 * documents. Only the items left unmatched by identical text get their
 * bigrams built, for the similarity passes. */
#ifndef XXGK_DIFF_MATCH_H
#define XXGK_DIFF_MATCH_H
#include "diff_int.h"

typedef struct diff_item {
    const xxgk_block *b;
    uint64_t hash;       /* of the folded, trimmed text */
    uint32_t start, end; /* bytes: the first kept code point; the span's end */
    uint32_t nfold;      /* folded code points kept */
    int32_t match;       /* index of the other side's item, -1 */
    int16_t section;
    int8_t sim;          /* percent */
    bool moved;
} diff_item;

/* The items of one kind on one side, in document order (the index is the
 * order used for distances), and the source they read from. */
typedef struct diff_items {
    diff_item *v;
    size_t n, cap;
    const uint8_t *src;
    size_t len;
} diff_items;

/* Iterate an item's folded code points. */
typedef struct diff_item_iter {
    const uint8_t *src;
    size_t pos, end;
    uint32_t left;
} diff_item_iter;

static inline diff_item_iter diff_item_begin(const diff_items *it, const diff_item *e)
{
    diff_item_iter r = {it->src, e->start, e->end, e->nfold};
    return r;
}

static inline uint32_t diff_item_next(diff_item_iter *r)
{
    if (!r->left)
        return 0;
    r->left--;
    return diff_fold_next(r->src, r->end, &r->pos);
}

/* Same folded text. */
bool diff_item_same(const diff_items *a, const diff_item *x, const diff_items *b, const diff_item *y);

/* Pair OLD's items with NEW's (the passes of diff_struct.c's header) and
 * mark the moved pairs. False when memory runs out. */
bool diff_match_items(diff_items *o, diff_items *n, bool heading);

/* A multiset counter of 64-bit keys, two counts per key (an open-addressing
 * hash table; key 0 is reserved). */
typedef struct diff_tally {
    uint64_t *keys;
    uint32_t (*cnt)[2];
    size_t n, cap;
} diff_tally;

bool diff_tally_add(diff_tally *t, uint64_t key, int which);
uint32_t *diff_tally_get(const diff_tally *t, uint64_t key); /* the two counts, NULL if absent */
void diff_tally_free(diff_tally *t);
#endif
