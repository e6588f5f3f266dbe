/* The flags of a cell (export's last field): the codes of the diagnostics
 * whose place or one of whose notes' places overlaps the cell's number (a
 * place of no width: when it stands on it), each once, in the order of
 * the diagnostics, at most CELL_FLAGS_MAX. A cell of no width (an empty
 * cell between two delimiters) is taken as its one byte, as a place of no
 * width is: a finding standing on it (L031 at the slot under a merged
 * number, a note "… is empty") or spanning over it (the values of a P007
 * row) concerns it as it concerns a printed number. diff asks the same
 * question (which findings doubt a cell), so this lives in core.
 *
 * Most cells have none, so the question "does any place overlap this
 * cell?" must be cheap: every place of a document's diagnostics, a place
 * of no width taken as its one byte (the overlap test is then the same
 * for both), sorted by start, with the furthest end reached by each place
 * or one before it ("reach"). The places starting before the cell's end
 * are a prefix; one of them overlaps the cell exactly when the prefix's
 * reach passes the cell's start. The prefix's length follows the cells
 * (a row's cells, a table's rows come in the text's order) a few steps at
 * a time, by binary search when they jump. The few cells some place
 * overlaps walk back over the prefix while its reach passes the cell's
 * start, or, past a few places, ask a tree of the places' largest ends (a
 * subtree is entered only when one of its places reaches past the cell's
 * start: a few steps for each place found), and order what they find as
 * the diagnostics are ordered. No cell asks every diagnostic (but when
 * there was no memory). */
#ifndef XXGK_CELL_FLAGS_H
#define XXGK_CELL_FLAGS_H
#include <stddef.h>
#include <stdint.h>

#include "xxgk.h"

enum { CELL_FLAGS_MAX = 16 };

typedef struct flag_place {
    uint32_t start, end; /* end: start + 1 for a place of no width */
    uint32_t reach;      /* the largest end of this place and those sorted before it */
    uint32_t ord;        /* its diagnostic's index in the document's list */
    const xxgk_diag *d;
} flag_place;

enum { FLAG_PLACES_SMALL = 32 }; /* on the stack; more are allocated */

typedef struct cell_flags {
    flag_place *p;
    size_t n;
    /* the tree (NULL until a cell needs it): mx[1] the root, mx[i]'s
     * children mx[2i] and mx[2i+1], leaf j at mx[leaves + j] the end of
     * p[j] (0 past n), each inner node the largest end below it */
    uint32_t *mx;
    size_t leaves; /* a power of two, >= n */
    const flag_place **found; /* room for n: the places a cell finds */
    size_t k; /* the places starting before the last cell's end */
    /* what k says: no place overlaps a cell ending at hi or before and
     * starting at reach or later (hi 0 when every diagnostic is asked:
     * no cell). Reach is at least one past the start of the last of the k
     * places, so that a cell starting there also ends after it (a cell's
     * span has width, cell_flags_span): the k places are those starting
     * before its end without a test of its own. */
    uint32_t hi, reach;
    bool all; /* no memory for the places: every diagnostic asked, each cell */
    const xxgk_doc *doc;
    flag_place small[FLAG_PLACES_SMALL];
    uint32_t small_mx[2 * FLAG_PLACES_SMALL];
    const flag_place *small_found[FLAG_PLACES_SMALL];
} cell_flags;

/* The places of doc's diagnostics (cell_flags_free after). */
void cell_flags_init(cell_flags *f, const xxgk_doc *doc);
void cell_flags_free(cell_flags *f);

/* The codes of the diagnostics concerning the cell whose number is at s
 * (its flags) into codes[CELL_FLAGS_MAX]: how many. */
int cell_flags_find(cell_flags *f, xxgk_span s, int *codes);

/* The diagnostics concerning the cell at s, each once, in the document's
 * order, into ds[CELL_FLAGS_MAX]: how many. */
int cell_flags_diags(cell_flags *f, xxgk_span s, const xxgk_diag **ds);

/* CODE into codes[n] unless it is there already (a code once, as the
 * flags give it): the count. */
static inline int cell_flags_add_code(int *codes, int n, int code)
{
    int k = 0;
    while (k < n && codes[k] != code)
        k++;
    if (k == n)
        codes[n++] = code;
    return n;
}

/* A cell of no width as its one byte (the delimiter after it). */
static inline xxgk_span cell_flags_span(xxgk_span s)
{
    if (s.start == s.end)
        s.end++;
    return s;
}

/* The common answer, known without a search: no place overlaps the cell
 * whose span (cell_flags_span) is s (no diagnostic at all, or none
 * reaching it). False: ask cell_flags_find. */
static inline bool cell_flags_none(const cell_flags *f, xxgk_span s)
{
    return s.end <= f->hi && s.start >= f->reach;
}

/* cell_flags_find, inline for the common answer (cell_flags_none). */
static inline int cell_flags_of(cell_flags *f, xxgk_span s, int *codes)
{
    s = cell_flags_span(s);
    if (cell_flags_none(f, s))
        return 0;
    return cell_flags_find(f, s, codes);
}
#endif
