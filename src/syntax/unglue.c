/* The splitter of glued digits (unglue.h).
 *
 * A depth-first search over the cut positions: a run of n digits into k
 * cells has C(n-1, k-1) readings; a cell may not start with 0 unless it is
 * 0 (or 0.x), which prunes most of them, and the identities are tried on
 * each complete reading. A budget of steps bounds hostile input (a run of
 * thousands of digits): the caller reports it rather than wait. */
#include <stddef.h>
#include <string.h>

#include "unglue.h"

typedef struct search {
    const char *text;
    size_t n;
    int ncells;
    const ug_identity *ids;
    int nids;
    ug_reading cur;
    int64_t val[UG_MAXCELLS]; /* the value of each cell of cur: -1 with a point */
    ug_reading *out;
    int maxout;
    long budget;
    ug_result res;
    /* from each position: digits left, runs that start after it, and the
     * end of its run */
    int chars_after[UG_MAXTEXT + 1];
    int runs_after[UG_MAXTEXT + 1];
    uint16_t run_end[UG_MAXTEXT + 1];
} search;

int64_t unglue_value(const char *s, size_t n)
{
    if (n == 0 || n > UG_MAXDIGITS)
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Every identity: the total equals the sum of its parts, all integers
 * (the values of the cells, read as the search stepped over their
 * digits). */
static bool identities_hold(const search *s)
{
    for (int k = 0; k < s->nids; k++) {
        const ug_identity *id = &s->ids[k];
        int64_t sum = 0;
        for (int p = 0; p < id->nparts; p++) {
            int64_t v = s->val[id->parts[p]];
            if (v < 0 || __builtin_add_overflow(sum, v, &sum))
                return false;
        }
        if (s->val[id->total] != sum)
            return false;
    }
    return true;
}

/* Where a cell from i is stopped by its first characters alone: at
 * i + 1 when none stands (i holds a point or a character that is no
 * digit, or a sign no digit follows), at i + 2 after a leading zero (0
 * stands, 0.5 too, 05 never, and at i + 3 after a sign and a zero:
 * a leading zero stays one whatever follows), else nowhere (SIZE_MAX).
 * Found once for the cells from i, not at each of their steps. */
static size_t lead_stop(const search *s, size_t i)
{
    char c = s->text[i];
    if (c == '-' && i + 1 < s->n && s->text[i + 1] >= '0' && s->text[i + 1] <= '9') {
        /* a sign starts a cell: -0 stands as 0 does, -05 never */
        if (s->text[i + 1] == '0' && i + 2 < s->n && s->text[i + 2] != '.')
            return i + 3;
        return SIZE_MAX;
    }
    if (c < '0' || c > '9')
        return i + 1;
    if (c == '0' && i + 1 < s->n && s->text[i + 1] != '.')
        return i + 2;
    return SIZE_MAX;
}

/* Does a cell that starts at i and ends at j stand? Called for j = i+1,
 * i+2, … in turn: *dots counts the points so far, STOP is lead_stop(i).
 * 0: no, 1: yes, -1: no longer cell from i stands either (a character
 * other than a digit or a point, a second point, more than 18 digits,
 * the first characters). */
static inline int cell_step(const char *t, size_t i, size_t j, size_t stop, int *dots)
{
    if (j == stop)
        return -1;
    char c = t[j - 1];
    if (c == '-') /* only as a cell's first character (lead_stop) */
        return j - 1 == i ? 0 : -1;
    if (c == '.') {
        if (++*dots > 1)
            return -1;
    } else if (c < '0' || c > '9') {
        return -1;
    }
    if (j - i - (size_t)*dots - (t[i] == '-') > UG_MAXDIGITS)
        return -1;
    return c != '.';
}

/* A complete reading, cur: counted, and kept when the identities hold. */
static void reading_found(search *s)
{
    s->res.any++;
    if (identities_hold(s)) {
        if (s->res.count < s->maxout)
            s->out[s->res.count] = s->cur;
        s->res.count++;
    }
}

/* The last cell, from i: the search steps over it as over any cell (a
 * step for each longer cell until one cannot stand or the run ends), but
 * with no cell after it a reading is found only where the cell takes the
 * rest of the text. So the steps are counted, not taken one by one, and
 * the one cell that can end a reading is tried alone: the same steps,
 * readings and budget as the loop of dfs. */
static void last_cell(search *s, size_t i, int cell)
{
    size_t run_end = s->run_end[i], stop = lead_stop(s, i), j;
    int dots = 0, ok = 0;
    int64_t v = 0;
    for (j = i + 1; j <= run_end; j++) {
        if ((ok = cell_step(s->text, i, j, stop, &dots)) < 0)
            break;
        v = !ok || v < 0 ? -1 : v * 10 + (s->text[j - 1] - '0');
    }
    long steps = (long)((j <= run_end ? j : run_end) - i); /* the step that broke counts */
    if (s->budget < steps) {
        s->budget = -1; /* where the loop's countdown stops */
        s->res.capped = true;
        return;
    }
    s->budget -= steps;
    if (j <= run_end || !ok || run_end != s->n)
        return; /* no cell to the end of the text */
    s->cur.start[cell] = (uint16_t)i;
    s->cur.end[cell] = (uint16_t)run_end;
    s->val[cell] = v;
    reading_found(s);
}

static void dfs(search *s, size_t i, int cell)
{
    if (i >= s->n || s->chars_after[i] > (s->ncells - cell) * (UG_MAXDIGITS + 1))
        return; /* the cells left cannot hold the characters left */
    if (cell == s->ncells - 1) {
        last_cell(s, i, cell);
        return;
    }
    size_t run_end = s->run_end[i], stop = lead_stop(s, i);
    int later_runs = s->runs_after[run_end];
    int cells_left = s->ncells - cell - 1;
    int dots = 0;
    int64_t v = 0; /* the value of the cell [i, j) as its digits are stepped over: -1 with a point */
    for (size_t j = i + 1; j <= run_end; j++) {
        if (--s->budget < 0) {
            s->res.capped = true;
            return;
        }
        if (cells_left > s->chars_after[j])
            break; /* too few characters left for the cells: longer is worse */
        int ok = cell_step(s->text, i, j, stop, &dots);
        if (ok < 0)
            break;
        /* a digit or the point; at most 18 digits: exact in int64 */
        v = !ok || v < 0 ? -1 : v * 10 + (s->text[j - 1] - '0');
        /* the rest of this run and every later run need a cell each */
        if (!ok || cells_left < (j < run_end ? 1 : 0) + later_runs)
            continue;
        s->cur.start[cell] = (uint16_t)i;
        s->cur.end[cell] = (uint16_t)j;
        s->val[cell] = v;
        dfs(s, j == run_end && j < s->n ? j + 1 : j, cell + 1);
        if (s->res.capped)
            return;
    }
}

/* As many digits as cells, no point (0000000 for seven cells): each digit
 * is a cell, the one reading, held to the identities. The search would
 * step once into each cell and once more past each cell that is not the
 * last of its run (where too few digits are left for the cells after it):
 * 2 * ncells - runs steps. Read so, not searched, when the budget allows
 * them (else the search runs out as it always did). Most glued rows of
 * page text are such (a row of zeros and ones). */
static bool forced_reading(search *s, int digits, int blanks)
{
    long steps = 2L * s->ncells - (blanks + 1);
    if (digits != s->ncells || (size_t)(digits + blanks) != s->n || steps > s->budget)
        return false;
    int cell = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (s->text[i] == ' ')
            continue;
        s->cur.start[cell] = (uint16_t)i;
        s->cur.end[cell] = (uint16_t)(i + 1);
        s->val[cell++] = s->text[i] - '0';
    }
    s->budget -= steps;
    s->res.any = 1;
    if (identities_hold(s)) {
        if (s->maxout > 0)
            s->out[0] = s->cur;
        s->res.count = 1;
    }
    return true;
}

/* The digits and blanks of the text; false when two blanks stand together
 * (not a row of runs). */
static bool text_shape(const char *text, size_t n, int *digits, int *blanks)
{
    int d = 0, b = 0;
    for (size_t i = 0; i < n; i++) {
        if (text[i] == ' ') {
            if (i + 1 < n && text[i + 1] == ' ')
                return false;
            b++;
        }
        d += text[i] >= '0' && text[i] <= '9';
    }
    *digits = d;
    *blanks = b;
    return true;
}

/* From each position: the characters left, the runs that start after it,
 * and the end of its run (the search's tables). */
static void search_tables(search *s)
{
    size_t n = s->n;
    s->chars_after[n] = s->runs_after[n] = 0;
    s->run_end[n] = (uint16_t)n;
    for (size_t i = n; i-- > 0;) {
        bool sp = s->text[i] == ' ';
        s->chars_after[i] = s->chars_after[i + 1] + (sp ? 0 : 1);
        s->runs_after[i] = s->runs_after[i + 1] + (sp ? 1 : 0);
        s->run_end[i] = sp ? (uint16_t)i : s->run_end[i + 1];
    }
}

ug_result unglue_search(const char *text, size_t n, int ncells, const ug_identity *ids, int nids,
                        ug_reading *out, int maxout, long budget)
{
    search s;
    /* the fields before the two tables; the tables are written for
     * positions 0..n below before the search reads any of them (4 KB that
     * a memset of the whole would clear for every row) */
    memset(&s, 0, offsetof(search, chars_after));
    s.text = text;
    s.n = n;
    s.ncells = ncells;
    s.ids = ids;
    s.nids = nids;
    s.out = out;
    s.maxout = maxout;
    s.budget = budget;
    if (n > UG_MAXTEXT) {
        s.res.capped = true; /* no row prints that many digits */
        return s.res;
    }
    if (ncells < 1 || ncells > UG_MAXCELLS || n == 0 || text[0] == ' ' || text[n - 1] == ' ')
        return s.res;
    int digits, blanks;
    if (!text_shape(text, n, &digits, &blanks))
        return s.res;
    for (int k = 0; k < nids; k++) {
        if (ids[k].total < 0 || ids[k].total >= ncells || ids[k].nparts > UG_MAXTERMS)
            return s.res;
        for (int p = 0; p < ids[k].nparts; p++)
            if (ids[k].parts[p] < 0 || ids[k].parts[p] >= ncells)
                return s.res;
    }
    /* the forced reading needs none of the search's tables */
    if (!forced_reading(&s, digits, blanks)) {
        search_tables(&s);
        dfs(&s, 0, 0);
    }
    s.res.steps = budget - (s.budget > 0 ? s.budget : 0);
    return s.res;
}
