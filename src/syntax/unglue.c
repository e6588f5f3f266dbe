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
    /* the identities as bounds on the cuts (bounds_lay): the sum of each
     * one's parts so far, and each cell's role in each */
    int64_t sum[UG_MAXIDS];
    int64_t target[UG_MAXIDS]; /* the total's value when the last cell is it and is fixed, else -1 */
    size_t limit;              /* where that last cell starts (the other cells end by then), else n */
    unsigned every_part;       /* identities every cell but the last is a part of (总计 = the six columns) */
    unsigned part_of[UG_MAXCELLS], total_of[UG_MAXCELLS]; /* bit per identity */
    /* from each position: digits left, runs that start after it, and the
     * end of its run */
    int chars_after[UG_MAXTEXT + 1];
    int runs_after[UG_MAXTEXT + 1];
    uint16_t run_end[UG_MAXTEXT + 1];
    uint16_t digits_end[UG_MAXTEXT + 1]; /* the end of the digits from each position */
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
static inline __attribute__((always_inline)) size_t lead_stop(const search *s, size_t i)
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
    if (c >= '0' && c <= '9') /* most steps: a digit */
        return j - i - (size_t)(*dots & 15) - (size_t)(*dots >> 4) > UG_MAXDIGITS ? -1 : 1;
    if (c == '.')
        return (++*dots & 15) > 1 ? -1 : 0; /* a second point: no */
    if (c == '-' && j - 1 == i) { /* a sign: a cell's first character only (lead_stop) */
        *dots += 16;
        return 0;
    }
    return -1;
}

/* A complete reading, cur: counted, and kept when the identities hold. */
static void reading_found(search *s)
{
    if (s->limit < s->n && s->cur.start[s->ncells - 1] != s->limit)
        return; /* another last cell than the one tried now: found in its own turn */
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
    if (s->digits_end[i] >= run_end) {
        /* digits alone (most runs): the loop below would stop at the
         * leading zero's stop or past the 18th digit, else run to the
         * run's end; the value is read only for a cell that ends the
         * text */
        size_t most = i + UG_MAXDIGITS + 1;
        j = stop < most ? stop : most;
        ok = 1;
        if (j > run_end) {
            j = run_end + 1;
            if (run_end == s->n)
                for (size_t k = i; k < run_end; k++)
                    v = v * 10 + (s->text[k] - '0');
        }
    } else {
        for (j = i + 1; j <= run_end; j++) {
            if ((ok = cell_step(s->text, i, j, stop, &dots)) < 0)
                break;
            v = !ok || v < 0 ? -1 : v * 10 + (s->text[j - 1] - '0');
        }
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

enum { B_OK, B_SKIP, B_BREAK };

static const int64_t pow10[UG_MAXDIGITS + 1] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
    100000000, 1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
    100000000000000, 1000000000000000, 10000000000000000, 100000000000000000,
    1000000000000000000};

/* Can `m` parts take the characters from j to the fixed total (s->limit)
 * and add up to `left`? Each part takes one character at least and no more
 * than the digits of `left`; the parts' sum is at least that of the
 * characters shared out evenly (a part of k digits, k > 1, is 10^(k-1) at
 * least) and at most one long part and m-1 nines. */
static bool parts_can_fill(const search *s, size_t j, int m, int64_t left)
{
    int r = s->chars_after[j] - s->chars_after[s->limit], d = 1;
    for (int64_t x = left; x >= 10; x /= 10)
        d++;
    if (r < m || r > m * d)
        return false;
    if (m == 0)
        return left == 0;
    int q = r / m, rem = r % m, longest = r - m + 1;
    /* least: m - rem parts of q digits, rem of q + 1 (no more than d <= 19 digits) */
    int64_t least = (q >= 2 ? (int64_t)(m - rem) * pow10[q - 1] : 0) + (rem && q >= 1 && q <= UG_MAXDIGITS ? rem * pow10[q] : 0);
    if (q <= UG_MAXDIGITS && least > left)
        return false;
    return longest > UG_MAXDIGITS || left <= pow10[longest] - 1 + 9LL * (m - 1);
}

/* What the identities say of the cell `cell` = [.., j) of value v (-1: a
 * fraction or a sign), with `cells_left` cells after it. An identity whose
 * total comes after all its parts bounds the cuts: a part makes the sum
 * of the parts so far, which the total, a cell of the characters left
 * (each other cell left takes one at least), must be able to hold; the
 * total must be that sum. A longer cell from the same place has a larger
 * value and leaves fewer characters, so what fails here fails for it too
 * (B_BREAK); B_SKIP: only this cell fails. The readings are the same as
 * with the identities tried on complete readings alone; the cuts that
 * cannot make one are not walked (a row of 22 digits: thousands of steps,
 * not hundreds of thousands). */
static int bound(const search *s, int cell, size_t j, int64_t v, int cells_left)
{
    unsigned parts = s->part_of[cell], totals = s->total_of[cell];
    for (int k = 0; k < s->nids; k++) {
        if (parts >> k & 1) {
            int64_t ns;
            int room = s->chars_after[j] - (cells_left - 1); /* the total's characters at most */
            if (v < 0 || __builtin_add_overflow(s->sum[k], v, &ns))
                return B_BREAK;
            if (s->target[k] >= 0 ? ns > s->target[k] : room <= UG_MAXDIGITS && ns >= pow10[room > 0 ? room : 0])
                return B_BREAK;
            if (s->target[k] >= 0 && (s->every_part >> k & 1) && !parts_can_fill(s, j, cells_left - 1, s->target[k] - ns))
                return B_SKIP;
        } else if (totals >> k & 1) {
            if (v < 0 || v > s->sum[k])
                return B_BREAK;
            if (v != s->sum[k])
                return B_SKIP;
        }
    }
    return B_OK;
}

/* The roles of the cells in the identities that bound the cuts: those
 * whose total comes after every part. */
static void bounds_lay(search *s)
{
    memset(s->part_of, 0, sizeof s->part_of);
    memset(s->total_of, 0, sizeof s->total_of);
    s->every_part = 0;
    for (int k = 0; k < s->nids; k++) {
        const ug_identity *id = &s->ids[k];
        bool after = true;
        for (int p = 0; p < id->nparts; p++)
            after = after && id->parts[p] < id->total;
        s->target[k] = -1;
        if (!after)
            continue;
        s->sum[k] = 0;
        s->total_of[id->total] |= 1u << k;
        if (id->total == s->ncells - 1 && id->nparts == s->ncells - 1)
            s->every_part |= 1u << k; /* parts distinct positions: all the others */
        for (int p = 0; p < id->nparts; p++)
            s->part_of[id->parts[p]] |= 1u << k;
    }
}

/* The readings that fit the cells, the identities aside, counted (up to
 * UG_COUNT_CAP) over the cut positions, not walked: ways[i] for the cells
 * from i, one cell count after another. */
static int count_any(const search *s)
{
    enum { CAP = 1 << 30 };
    int ways[2][UG_MAXTEXT + 1];
    int *prev = ways[0], *cur = ways[1];
    size_t n = s->n;
    /* one cell: the whole rest of the text, one run */
    for (size_t i = 0; i <= n; i++) {
        prev[i] = 0;
        if (i == n || s->run_end[i] != n)
            continue;
        size_t stop = lead_stop(s, i);
        int dots = 0, ok = 0;
        size_t j;
        for (j = i + 1; j <= n && (ok = cell_step(s->text, i, j, stop, &dots)) >= 0; j++)
            ;
        prev[i] = j > n && ok == 1;
    }
    for (int c = 2; c <= s->ncells; c++) {
        for (size_t i = 0; i <= n; i++) {
            cur[i] = 0;
            if (i == n || s->text[i] == ' ')
                continue;
            size_t run_end = s->run_end[i], stop = lead_stop(s, i);
            int dots = 0;
            for (size_t j = i + 1; j <= run_end && j < n; j++) {
                int ok = cell_step(s->text, i, j, stop, &dots);
                if (ok < 0)
                    break;
                if (!ok)
                    continue;
                size_t next = j == run_end ? j + 1 : j;
                /* saturated at CAP: both terms are at most CAP, so their
                 * sum is tested without forming it (2 * CAP overflows an int) */
                cur[i] = prev[next] > CAP - cur[i] ? CAP : cur[i] + prev[next];
            }
        }
        int *t = prev;
        prev = cur;
        cur = t;
    }
    return prev[0];
}

static void dfs(search *s, size_t i, int cell);

/* The last cell is the total of an identity (总计 last in its row, table
 * 四's last group total): each cell that can end the text is tried as it
 * in turn, shortest first, and the other cells are cut before it with
 * that total fixed, so every part is bounded by it (a row of 22 digits
 * whose total has 4: no part longer than 4 digits is walked). Each
 * reading is found in the turn of its own last cell. */
static void search_by_last_total(search *s)
{
    size_t n = s->n, from = n;
    while (from > 0 && s->text[from - 1] != ' ')
        from--; /* the last run */
    int64_t v = 0;
    for (size_t len = 1; len <= n - from && len <= UG_MAXDIGITS; len++) {
        size_t at = n - len;
        char c = s->text[at];
        if (c < '0' || c > '9') {
            if (c == '.' || c == '-')
                return; /* a fraction or a sign: no total, nor a longer one */
            return;
        }
        /* the value of [at, n), digit by digit from the right */
        int64_t p = 1;
        for (size_t k = 1; k < len; k++)
            p *= 10;
        v += (c - '0') * p;
        if (c == '0' && len > 1)
            continue; /* a leading zero: no cell */
        s->limit = at;
        for (int k = 0; k < s->nids; k++)
            if (s->total_of[s->ncells - 1] >> k & 1)
                s->target[k] = v;
        if ((s->every_part & s->total_of[s->ncells - 1]) && !parts_can_fill(s, 0, s->ncells - 1, v))
            continue; /* the other cells, all its parts, cannot make it */
        dfs(s, 0, 0);
        if (s->res.capped)
            return;
    }
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
    size_t end = run_end < s->limit ? run_end : s->limit; /* cells before a fixed total end by it */
    int later_runs = s->runs_after[run_end];
    int cells_left = s->ncells - cell - 1;
    bool bounded = (s->part_of[cell] | s->total_of[cell]) != 0;
    unsigned parts = s->part_of[cell];
    int dots = 0;
    int64_t v = 0; /* the value of the cell [i, j) as its digits are stepped over: -1 with a point */
    s->cur.start[cell] = (uint16_t)i; /* the cells after it write only their own */
    for (size_t j = i + 1; j <= end; j++) {
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
        int b = bounded ? bound(s, cell, j, v, cells_left) : B_OK;
        if (b == B_BREAK)
            break;
        if (b == B_SKIP)
            continue;
        /* the sums this cell is a part of, with it (bound: no overflow),
         * and without it again after the cells that follow (each of them
         * takes back what it added) */
        for (unsigned m = parts; m; m &= m - 1)
            s->sum[__builtin_ctz(m)] += v;
        s->cur.end[cell] = (uint16_t)j;
        s->val[cell] = v;
        dfs(s, j == run_end && j < s->n ? j + 1 : j, cell + 1);
        for (unsigned m = parts; m; m &= m - 1)
            s->sum[__builtin_ctz(m)] -= v;
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
    s->run_end[n] = s->digits_end[n] = (uint16_t)n;
    for (size_t i = n; i-- > 0;) {
        bool sp = s->text[i] == ' ';
        s->digits_end[i] = s->text[i] >= '0' && s->text[i] <= '9' ? s->digits_end[i + 1] : (uint16_t)i;
        s->chars_after[i] = s->chars_after[i + 1] + (sp ? 0 : 1);
        s->runs_after[i] = s->runs_after[i + 1] + (sp ? 1 : 0);
        s->run_end[i] = sp ? (uint16_t)i : s->run_end[i + 1];
    }
}

/* The walk: most rows are short, and walked over every cut (the identities
 * tried on complete readings, `any` counted on the way) within a small
 * budget; a row that needs more is walked again, bounded by its identities
 * (bound, search_by_last_total), and its readings without them counted
 * over the cut positions (count_any), so a row of 22 digits costs
 * thousands of steps, not hundreds of thousands. The same readings either
 * way. */
static void walk(search *s, long budget)
{
    long first = budget < UG_PLAIN_BUDGET || !s->nids ? budget : UG_PLAIN_BUDGET;
    memset(s->part_of, 0, sizeof s->part_of);
    memset(s->total_of, 0, sizeof s->total_of);
    s->limit = s->n;
    s->budget = first;
    dfs(s, 0, 0);
    long spent = first - (s->budget > 0 ? s->budget : 0);
    s->budget = budget - spent;
    if (!s->res.capped || first == budget)
        return;
    memset(&s->res, 0, sizeof s->res);
    bounds_lay(s);
    if (s->total_of[s->ncells - 1] && s->ncells > 1)
        search_by_last_total(s);
    else
        dfs(s, 0, 0);
    s->res.any = count_any(s); /* the walk skipped the cuts the identities rule out */
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
        walk(&s, budget);
    }
    s.res.steps = budget - (s.budget > 0 ? s.budget : 0);
    return s.res;
}
