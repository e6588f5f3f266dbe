/* libFuzzer target: the splitter of glued digits (src/syntax/unglue.c).
 *
 * The first byte picks the number of cells, the second the identities
 * (none, table 三's row total, table 四's three group totals); the rest is
 * the text, any bytes. Every reading returned must cover the text exactly,
 * in order, with one or more cells per blank-separated run, no cell with a
 * leading zero or a character other than a digit or a point (a sign '-'
 * may start a cell), and every
 * identity holding when summed here again; the search must stay within its
 * budget. Build and run: `make fuzz` (docs/fuzzing.md). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unglue.h"

static const ug_identity row_total[] = {{6, 6, {0, 1, 2, 3, 4, 5}}};
static const ug_identity groups[] = {{4, 4, {0, 1, 2, 3}}, {9, 4, {5, 6, 7, 8}}, {14, 4, {10, 11, 12, 13}}};

/* A cell's value as the splitter sums it: unglue_value of its digits, negated
 * after a sign; INT64_MIN when it is no integer (a point). */
static int64_t cell_value(const char *t, size_t n)
{
    int neg = n > 0 && t[0] == '-';
    int64_t v = unglue_value(t + neg, n - (size_t)neg);
    return v < 0 ? INT64_MIN : neg ? -v : v;
}

static void check_reading(const char *t, size_t n, int k, const ug_identity *ids, int nids,
                          const ug_reading *r)
{
    size_t at = 0;
    for (int c = 0; c < k; c++) {
        size_t s = r->start[c], e = r->end[c];
        if (s != at && !(s == at + 1 && t[at] == ' '))
            abort(); /* cells follow each other, a blank between runs only */
        if (e <= s || e > n)
            abort();
        size_t d = s + (t[s] == '-'); /* a sign: a cell's first character only */
        for (size_t i = d; i < e; i++)
            if (t[i] != '.' && (t[i] < '0' || t[i] > '9'))
                abort();
        if (e - d > 1 && t[d] == '0' && t[d + 1] != '.')
            abort();
        at = e;
    }
    if (at != n)
        abort();
    for (int i = 0; i < nids; i++) {
        int64_t sum = 0;
        for (int p = 0; p < ids[i].nparts; p++) {
            int c = ids[i].parts[p];
            int64_t v = cell_value(t + r->start[c], r->end[c] - r->start[c]);
            if (v == INT64_MIN)
                abort();
            sum += v;
        }
        int c = ids[i].total;
        if (cell_value(t + r->start[c], r->end[c] - r->start[c]) != sum)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int k = data[0] % (UG_MAXCELLS + 2); /* 0 and 17 are refused */
    const ug_identity *ids = NULL;
    int nids = 0;
    if (data[1] % 3 == 1 && k == 7) {
        ids = row_total;
        nids = 1;
    } else if (data[1] % 3 == 2 && k == 15) {
        ids = groups;
        nids = 3;
    }
    const char *t = (const char *)data + 2;
    size_t n = size - 2;
    ug_reading out[8];
    ug_result r = unglue_search(t, n, k, ids, nids, out, 8, UG_BUDGET);
    if (r.steps > UG_BUDGET || r.count < 0)
        abort();
    for (int i = 0; i < r.count && i < 8; i++)
        check_reading(t, n, k, ids, nids, &out[i]);
    return 0;
}
