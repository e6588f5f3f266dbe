/* Near-variant row labels: a label printed with a typo (a character
 * dropped, added, swapped or changed) or other punctuation, compared with
 * the template's label of the row the table's fixed order has due there.
 *
 * Both are folded first (label_fold: simplified script, half-width
 * punctuation, no spaces), so （ and ( or 複 and 复 are no difference at all.
 * What is left is counted in edits of one code point (Levenshtein, a swap
 * of two neighbours counting one): a label is near when it is at most one
 * edit away, or two for labels of eight code points and more. Short labels
 * such as 规章 are never near anything: one edit there is another word. */
#include <string.h>

#include "parse.h"
#include "utf8.h"

#define NEAR_MAX 96 /* code points compared; longer labels are not near */

static int to_cps(const uint8_t *s, size_t n, uint32_t *out)
{
    char folded[4 * NEAR_MAX];
    size_t fl = label_fold(s, n, folded, sizeof folded);
    int k = 0;
    for (size_t i = 0; i < fl && k < NEAR_MAX;) {
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)folded + i, fl - i, &cp);
        if (!l)
            break;
        out[k++] = cp;
        i += (size_t)l;
    }
    return k;
}

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

/* Edits from a to b (optimal string alignment distance). */
static int edits(const uint32_t *a, int na, const uint32_t *b, int nb)
{
    int d[NEAR_MAX + 1][NEAR_MAX + 1];
    for (int i = 0; i <= na; i++)
        d[i][0] = i;
    for (int j = 0; j <= nb; j++)
        d[0][j] = j;
    for (int i = 1; i <= na; i++)
        for (int j = 1; j <= nb; j++) {
            int cost = a[i - 1] != b[j - 1];
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    return d[na][nb];
}

bool label_near(const uint8_t *s, size_t n, const char *tmpl)
{
    uint32_t a[NEAR_MAX], b[NEAR_MAX];
    int na = to_cps(s, n, a);
    int nb = to_cps((const uint8_t *)tmpl, strlen(tmpl), b);
    if (na >= NEAR_MAX || nb >= NEAR_MAX || nb < 4)
        return false;
    int limit = nb >= 8 ? 2 : 1;
    int dn = na > nb ? na - nb : nb - na;
    if (dn > limit)
        return false;
    int e = edits(a, na, b, nb);
    return e <= limit;
}
