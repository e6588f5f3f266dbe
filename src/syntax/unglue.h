/* The splitter of glued digits: a row of run-together page text prints its
 * cells with no separator (640020470 for 64 0 0 2 0 4 70). unglue_search
 * lists the readings of such a text as a row of cells. Pure: no document,
 * no allocation; bounded by a budget of search steps. */
#ifndef XXGK_UNGLUE_H
#define XXGK_UNGLUE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    UG_MAXCELLS = 16, /* table 四: fifteen cells in one row */
    UG_MAXTERMS = 8,
    UG_MAXIDS = 4,
    UG_MAXDIGITS = 18, /* digits of a cell: exact in int64 and xxgk_dec */
    UG_MAXTEXT = 512, /* longest text searched: more is reported as capped */
    UG_BUDGET = 400000,      /* search steps for one text before giving up */
    UG_PLAIN_BUDGET = 4096,  /* steps of the walk over every cut before the bounded one */
    UG_DOC_BUDGET = 2000000  /* and for all the rows of one document */
};

/* Within the row: cell `total` = the sum of the cells `parts` (positions
 * in the row, 0-based). */
typedef struct ug_identity {
    int total;
    int nparts;
    int parts[UG_MAXTERMS];
} ug_identity;

/* One reading: cell k is text[start[k], end[k]). */
typedef struct ug_reading {
    uint16_t start[UG_MAXCELLS], end[UG_MAXCELLS];
} ug_reading;

typedef struct ug_result {
    int count;      /* readings that fit (the first `maxout` are stored) */
    int any;        /* readings that fit the cells, the identities aside */
    bool capped;    /* the budget ran out: count and any are lower bounds */
    long steps;     /* search steps spent */
} ug_result;

/* The readings of `text` (runs of digits, one '.' at most in a cell,
 * separated by single spaces that are certain cell boundaries; a '-' that
 * starts a run is a sign, and starts a cell as a blank does) as `ncells`
 * cells: every run one or more cells, no cell with a leading zero (0.5 is
 * fine), no cell over 18 digits, and every identity holding (a cell with a
 * fraction never sums). Stores up to maxout readings in out. The
 * identities are tried on complete readings only: the steps do not depend
 * on them, and `any` counts what a search without them would. */
ug_result unglue_search(const char *text, size_t n, int ncells, const ug_identity *ids, int nids,
                        ug_reading *out, int maxout, long budget);

/* The value of a cell of integer digits, or -1 (a fraction, too long). */
int64_t unglue_value(const char *s, size_t n);
#endif
