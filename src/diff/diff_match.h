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
#include "u64map.h"

/* 24 bytes: two per heading line and its paragraph, both documents'
 * worth, are most of what a diff adds to the two documents. */
typedef struct diff_item {
    const xxgk_block *b;
    uint32_t hash;       /* of the folded, trimmed text (equality is checked) */
    uint32_t nfold;      /* folded code points kept */
    int32_t match;       /* index of the other side's item, -1 */
    int8_t section;
    int8_t sim;          /* percent */
    bool moved;
} diff_item;

/* Punctuation trimmed from the ends of an item (leading on every item,
 * trailing on headings): the rest of a heading's line starts with its 。
 * or ：. */
static inline bool diff_trim_punct(uint32_t c) { return c == '.' || c == ',' || c == ':' || c == ';'; }

/* The items of one kind on one side, in document order (the index is the
 * order used for distances), and the source they read from. */
typedef struct diff_items {
    diff_item *v;
    size_t n, cap;
    const uint8_t *src;
    size_t len;
    bool heading; /* a heading's text is its title span */
} diff_items;

/* The span an item was read from (its end bounds the iteration). */
static inline xxgk_span diff_item_span(const diff_items *it, const diff_item *e)
{
    return it->heading && e->b->title_span.end > e->b->title_span.start ? e->b->title_span : e->b->span;
}

/* Iterate an item's folded code points. */
typedef struct diff_item_iter {
    const uint8_t *src;
    size_t pos, end;
    uint32_t left;
} diff_item_iter;

static inline diff_item_iter diff_item_begin(const diff_items *it, const diff_item *e)
{
    xxgk_span sp = diff_item_span(it, e);
    diff_item_iter r = {it->src, sp.start, sp.end, e->nfold};
    for (size_t p = sp.start;;) { /* past the leading punctuation */
        uint32_t cp = diff_fold_next(r.src, r.end, &p);
        if (!cp || !diff_trim_punct(cp))
            break;
        r.pos = p;
    }
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

/* A multiset counter of 64-bit keys, two counts per key (which 0 or 1),
 * both in the key's value in a u64map: count 0 in its low 32 bits. */
typedef struct diff_tally {
    u64map m;
} diff_tally;

bool diff_tally_add(diff_tally *t, uint64_t key, int which);
/* Count `which` of a tally's value (diff_tally_get's, or u64map_each's over t->m). */
static inline uint32_t diff_tally_count(uint64_t value, int which) { return (uint32_t)(value >> (32 * which)); }
/* The value of key: its two counts, 0 when absent. */
uint64_t diff_tally_get(const diff_tally *t, uint64_t key);
void diff_tally_free(diff_tally *t);
#endif
