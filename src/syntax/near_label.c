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

/* Abbreviated row labels: 本年新收申请数量 for 一、本年新收政府信息公开申请数量,
 * 国家秘密 for 1.属于国家秘密. A report shortens a label by leaving words
 * out, never by reordering or adding any: the printed label is a
 * subsequence of the template's. It names that row when it also holds a
 * pair of neighbouring characters the row's label has as neighbours and
 * no other row of the table has (新收, 国家, 第三); 申请数量, whose every pair
 * two rows share, names none. The words that decide are so the template's
 * own labels, compared when a label is not one: no list of words. */

/* Every code point of A in B, in order? */
static bool subsequence(const uint32_t *a, int na, const uint32_t *b, int nb)
{
    int i = 0;
    for (int j = 0; j < nb && i < na; j++)
        i += a[i] == b[j];
    return i == na;
}

/* Are X and Y neighbours (X first) somewhere in B? */
static bool has_pair(uint32_t x, uint32_t y, const uint32_t *b, int nb)
{
    for (int j = 0; j + 1 < nb; j++)
        if (b[j] == x && b[j + 1] == y)
            return true;
    return false;
}

/* The labels of a table's rows as code points, decoded once a question. */
struct row_cps {
    uint32_t cp[NEAR_MAX];
    int n;
};

/* How many pairs of neighbours of A has row ROW's label and no other
 * label of L (up to 2)? */
static int distinctive_pairs(const uint32_t *a, int na, const struct row_cps *l, int n, int row)
{
    int found = 0;
    for (int i = 0; i + 1 < na && found < 2; i++) {
        if (!has_pair(a[i], a[i + 1], l[row].cp, l[row].n))
            continue;
        bool shared = false;
        for (int r = 0; r < n && !shared; r++)
            shared = r != row && has_pair(a[i], a[i + 1], l[r].cp, l[r].n);
        found += !shared;
    }
    return found;
}

/* Is C a character of a row's numeral (一、 1. （三） 4．)? */
static bool numeral_cp(uint32_t c)
{
    return (c >= '0' && c <= '9') || c == '.' || c == '(' || c == ')' || c == 0x3001 /* 、 */ ||
           c == 0xFF0E /* ． */ || c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 ||
           c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341; /* 一…十 */
}

/* The characters of a template label after its numeral (2.重复申请: 4). */
static int words_len(const struct row_cps *r)
{
    int i = 0;
    while (i < r->n && i < 6 && numeral_cp(r->cp[i]))
        i++;
    return i < r->n ? r->n - i : r->n;
}

/* Does the label A name row ROW of L: a subsequence of its label, holding
 * a pair only that label has, and either two such pairs or half its words
 * at least? One generic pair alone (本年 of 本年申请数量, 14 characters of
 * 一、本年新收政府信息公开申请数量 left out) names no row. */
static bool names_row(const uint32_t *a, int na, const struct row_cps *l, int n, int row)
{
    if (l[row].n >= NEAR_MAX || !subsequence(a, na, l[row].cp, l[row].n))
        return false;
    int pairs = distinctive_pairs(a, na, l, n, row);
    return pairs >= 2 || (pairs == 1 && 2 * na >= words_len(&l[row]));
}

/* Does the label hold a lost character: a ? (half or full width, which
 * label_fold drops) or U+FFFD, each standing for exactly one character the
 * copy lost (a GBK or Big5 byte decoded as none)? */
static bool holds_lost_character(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '?' || (i + 3 <= n && s[i] == 0xEF && ((s[i + 1] == 0xBC && s[i + 2] == 0x9F) ||
                                                           (s[i + 1] == 0xBF && s[i + 2] == 0xBD))))
            return true;
    return false;
}

bool label_abbreviates(const uint8_t *s, size_t n, const char *const *tmpls, int ntmpls, int due)
{
    enum { ROWS_MAX = 64 };
    uint32_t a[NEAR_MAX], d[NEAR_MAX];
    /* characters lost are no words left out: what they were cannot be
     * read, so the label abbreviates nothing (P025 or P008 instead) */
    if (holds_lost_character(s, n))
        return false;
    int na = to_cps(s, n, a);
    if (na < 2 || na >= NEAR_MAX || due < 0 || due >= ntmpls || ntmpls > ROWS_MAX)
        return false;
    /* the row due first, alone: most labels are no subsequence of it */
    int nd = to_cps((const uint8_t *)tmpls[due], strlen(tmpls[due]), d);
    if (!subsequence(a, na, d, nd))
        return false;
    struct row_cps l[ROWS_MAX] = {{{0}, 0}}; /* reached only by a subsequence of the row due: rare */
    for (int r = 0; r < ntmpls; r++)
        l[r].n = to_cps((const uint8_t *)tmpls[r], strlen(tmpls[r]), l[r].cp);
    if (!names_row(a, na, l, ntmpls, due))
        return false;
    for (int r = 0; r < ntmpls; r++)
        if (r != due && names_row(a, na, l, ntmpls, r))
            return false; /* it names two rows: which one cannot be read */
    return true;
}
