/* A line diff for golden files: Myers' O(ND) algorithm over the lines
 * between the common prefix and suffix, printed as the first hunk of a
 * unified diff. Golden files differ in a few lines, so D stays small; past
 * MAX_D edits the middle is shown as one replaced block instead. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"

enum { MAX_D = 2000 };
enum { OP_EQ, OP_DEL, OP_INS };

typedef struct line {
    const char *s;
    size_t len; /* with its '\n' when it has one, so a lost final newline shows */
} line;

static line *split(const char *t, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '\n')
            k++;
    if (n && t[n - 1] != '\n')
        k++;
    line *v = malloc((k ? k : 1) * sizeof *v);
    if (!v)
        return NULL;
    size_t j = 0, start = 0;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '\n') {
            v[j++] = (line){t + start, i + 1 - start};
            start = i + 1;
        }
    if (start < n)
        v[j++] = (line){t + start, n - start};
    *count = k;
    return v;
}

static bool same(line a, line b)
{
    return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

/* Edit script of a[0..n) into b[0..m), appended to ops (reversed). Returns
 * false when D would pass MAX_D (the caller then replaces the block). */
static bool myers(const line *a, int n, const line *b, int m, unsigned char *ops, size_t *nops)
{
    int max = n + m;
    if (max > 2 * MAX_D)
        max = 2 * MAX_D;
    /* trace[d] holds V[-d-1 .. d+1] as it was before step d */
    int **trace = calloc((size_t)max + 2, sizeof *trace);
    int *v = calloc(2 * (size_t)max + 5, sizeof *v);
    if (!trace || !v) {
        free(trace);
        free(v);
        return false;
    }
    int off = max + 2, dfound = -1;
    v[off + 1] = 0;
    for (int d = 0; d <= max && dfound < 0; d++) {
        trace[d] = malloc((2 * (size_t)d + 3) * sizeof(int));
        if (!trace[d])
            break;
        memcpy(trace[d], v + off - d - 1, (2 * (size_t)d + 3) * sizeof(int));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1]
                                                                             : v[off + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && same(a[x], b[y]))
                x++, y++;
            v[off + k] = x;
            if (x >= n && y >= m) {
                dfound = d;
                break;
            }
        }
    }
    bool ok = dfound >= 0;
    if (ok) {
        int x = n, y = m;
        for (int d = dfound; d >= 0; d--) {
            const int *tv = trace[d]; /* tv[i] is V[i - d - 1] */
#define TV(k) tv[(k) + d + 1]
            int k = x - y;
            int pk = (k == -d || (k != d && TV(k - 1) < TV(k + 1))) ? k + 1 : k - 1;
            int px = TV(pk), py = px - pk;
#undef TV
            while (x > px && y > py) {
                ops[(*nops)++] = OP_EQ;
                x--, y--;
            }
            if (d > 0)
                ops[(*nops)++] = x == px ? OP_INS : OP_DEL;
            x = px, y = py;
        }
    }
    for (int d = 0; d <= max + 1; d++)
        free(trace[d]);
    free(trace);
    free(v);
    return ok;
}

static void put_line(FILE *out, char tag, line l)
{
    fputc(tag, out);
    fwrite(l.s, 1, l.len, out);
    if (!l.len || l.s[l.len - 1] != '\n')
        fputs("\n\\ No newline at end of file\n", out);
}

int corpus_udiff(FILE *out, const char *a, size_t alen, const char *b, size_t blen,
                 const char *aname, const char *bname, int context, int max_lines)
{
    if (alen == blen && memcmp(a, b, alen) == 0)
        return 0;
    size_t n, m;
    line *la = split(a, alen, &n), *lb = split(b, blen, &m);
    unsigned char *ops = malloc(n + m + 1);
    if (!la || !lb || !ops) {
        free(la);
        free(lb);
        free(ops);
        fprintf(out, "--- %s\n+++ %s\n(the texts differ; out of memory for the diff)\n", aname, bname);
        return 1;
    }
    size_t pre = 0, suf = 0;
    while (pre < n && pre < m && same(la[pre], lb[pre]))
        pre++;
    while (suf < n - pre && suf < m - pre && same(la[n - 1 - suf], lb[m - 1 - suf]))
        suf++;
    /* ops in reverse order: suffix, middle (reversed by myers), prefix */
    size_t nops = 0;
    for (size_t i = 0; i < suf; i++)
        ops[nops++] = OP_EQ;
    int mn = (int)(n - pre - suf), mm = (int)(m - pre - suf);
    if (!myers(la + pre, mn, lb + pre, mm, ops, &nops)) {
        for (int i = 0; i < mm; i++)
            ops[nops++] = OP_INS;
        for (int i = 0; i < mn; i++)
            ops[nops++] = OP_DEL;
    }
    for (size_t i = 0; i < pre; i++)
        ops[nops++] = OP_EQ;
    for (size_t i = 0, j = nops - 1; i < j; i++, j--) {
        unsigned char t = ops[i];
        ops[i] = ops[j];
        ops[j] = t;
    }

    /* hunks: changes closer than 2*context lines share one */
    size_t ctx = context > 0 ? (size_t)context : 0;
    int hunks = 0;
    size_t first_start = 0, first_end = 0;
    for (size_t i = 0; i < nops;) {
        if (ops[i] == OP_EQ) {
            i++;
            continue;
        }
        size_t last = i;
        size_t j = i;
        while (j < nops) {
            if (ops[j] != OP_EQ) {
                last = j;
                j++;
            } else if (j - last > 2 * ctx) {
                break;
            } else {
                j++;
            }
        }
        if (hunks++ == 0) {
            first_start = i > ctx ? i - ctx : 0;
            first_end = last + 1 + ctx < nops ? last + 1 + ctx : nops;
        }
        i = last + 1;
    }

    size_t ia = 0, ib = 0; /* line numbers at first_start */
    for (size_t i = 0; i < first_start; i++) {
        ia += ops[i] != OP_INS;
        ib += ops[i] != OP_DEL;
    }
    size_t ca = 0, cb = 0;
    for (size_t i = first_start; i < first_end; i++) {
        ca += ops[i] != OP_INS;
        cb += ops[i] != OP_DEL;
    }
    fprintf(out, "--- %s\n+++ %s\n", aname, bname);
    fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", ca ? ia + 1 : ia, ca, cb ? ib + 1 : ib, cb);
    size_t shown = 0, body = first_end - first_start;
    for (size_t i = first_start, x = ia, y = ib; i < first_end; i++) {
        if (max_lines > 0 && shown == (size_t)max_lines) {
            fprintf(out, "... %zu more line(s) in this hunk\n", body - shown);
            break;
        }
        if (ops[i] == OP_EQ)
            put_line(out, ' ', la[x++]), y++;
        else if (ops[i] == OP_DEL)
            put_line(out, '-', la[x++]);
        else
            put_line(out, '+', lb[y++]);
        shown++;
    }
    if (hunks > 1)
        fprintf(out, "... and %d more hunk(s) further down\n", hunks - 1);
    free(la);
    free(lb);
    free(ops);
    return hunks;
}
