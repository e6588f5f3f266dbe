/* Text comparison for xxgk diff: script folding and bigram similarity.
 * Integers only: a similarity is a percentage rounded to the nearest whole. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "utf8.h"
#include "script_fold.h"

uint32_t diff_fold_cp(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\r': case '\n': case 0x3000: case '?': case 0xFF1F:
    case '#': case 0xFEFF: case 0x00A0:
        return 0;
    case 0x3002: return '.';           /* 。 */
    case 0x3001: return ',';           /* 、 */
    case 0x201C: case 0x201D: case 0x300C: case 0x300D: return '"';
    case 0x2018: case 0x2019: case 0x300E: case 0x300F: return '\'';
    case 0x3010: return '[';           /* 【 */
    case 0x3011: return ']';           /* 】 */
    case 0x2014: case 0x2013: return '-';
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
        return cp - 0xFF01 + 0x21;
    return script_to_simplified(cp);
}

uint32_t diff_fold_next(const uint8_t *s, size_t n, size_t *i)
{
    while (*i < n) {
        uint32_t cp;
        int l = utf8_decode(s + *i, n - *i, &cp);
        *i += l ? (size_t)l : 1;
        if (l && (cp = diff_fold_cp(cp)) != 0)
            return cp;
    }
    return 0;
}

size_t diff_fold(const uint8_t *s, size_t n, uint32_t *out, size_t cap)
{
    size_t i = 0, o = 0;
    uint32_t cp;
    while (o < cap && (cp = diff_fold_next(s, n, &i)) != 0)
        out[o++] = cp;
    return o;
}

void diff_script_count(const uint8_t *s, size_t n, size_t *trad, size_t *cjk)
{
    size_t i = 0, t = 0, c = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp);
        i += l ? (size_t)l : 1;
        if (!l || cp < 0x3400 || cp > 0x9FFF)
            continue;
        c++;
        if (script_to_simplified(cp) != cp)
            t++;
    }
    *trad = t;
    *cjk = c;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

uint64_t *diff_bigrams(const uint32_t *cps, size_t n, size_t *count)
{
    size_t k = n >= 2 ? n - 1 : n;
    uint64_t *b = malloc((k ? k : 1) * sizeof *b);
    if (!b) {
        *count = 0;
        return NULL;
    }
    if (n == 1)
        b[0] = (uint64_t)cps[0] << 32;
    for (size_t i = 0; i + 1 < n; i++)
        b[i] = ((uint64_t)cps[i] << 32) | cps[i + 1];
    qsort(b, k, sizeof *b, cmp_u64);
    *count = k;
    return b;
}

int diff_dice_counts(size_t common, size_t na, size_t nb)
{
    if (na + nb == 0)
        return 100;
    /* 2·common / (na + nb), rounded; 100 only when the multisets are equal */
    size_t pct = (200 * common + (na + nb) / 2) / (na + nb);
    if (pct == 100 && (common != na || common != nb))
        pct = 99;
    return (int)pct;
}

int diff_dice(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            common++;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return diff_dice_counts(common, na, nb);
}

/* a and b folded (diff_fold) into malloc'd arrays *fa, *fb of *ka, *kb
 * code points; false when memory runs out (both NULL then) */
static bool fold_two(const char *a, const char *b, uint32_t **fa, size_t *ka, uint32_t **fb, size_t *kb)
{
    size_t na = strlen(a), nb = strlen(b);
    *fa = malloc((na + 1) * sizeof **fa);
    *fb = malloc((nb + 1) * sizeof **fb);
    if (!*fa || !*fb) {
        free(*fa);
        free(*fb);
        *fa = *fb = NULL;
        return false;
    }
    *ka = diff_fold((const uint8_t *)a, na, *fa, na + 1);
    *kb = diff_fold((const uint8_t *)b, nb, *fb, nb + 1);
    return true;
}

bool diff_same_folded(const char *a, const char *b)
{
    uint32_t *fa, *fb;
    size_t ka, kb;
    bool same = fold_two(a, b, &fa, &ka, &fb, &kb) && ka == kb && memcmp(fa, fb, ka * sizeof *fa) == 0;
    free(fa);
    free(fb);
    return same;
}

/* The words that name a place's government after the place's name: a
 * report signed 淮安市 is 淮安市人民政府's (the government reports for its
 * place), and 平潭综合实验区管理委员会 is the government of 平潭综合实验区. */
static const char *const gov_suffix[] = {"人民政府", "政府", "管理委员会", "管委会"};

/* Length of f (k code points) without one trailing gov_suffix, when what
 * is left is 2 code points or more. */
static size_t without_gov(const uint32_t *f, size_t k)
{
    for (size_t s = 0; s < sizeof gov_suffix / sizeof *gov_suffix; s++) {
        uint32_t g[8];
        const char *t = gov_suffix[s];
        size_t kg = diff_fold((const uint8_t *)t, strlen(t), g, sizeof g / sizeof *g);
        if (kg + 2 <= k && memcmp(f + k - kg, g, kg * sizeof *g) == 0)
            return k - kg;
    }
    return k;
}

bool diff_same_agency(const char *a, const char *b)
{
    uint32_t *fa, *fb;
    size_t ka, kb;
    bool same = false;
    if (fold_two(a, b, &fa, &ka, &fb, &kb)) {
        ka = without_gov(fa, ka);
        kb = without_gov(fb, kb);
        same = ka == kb && memcmp(fa, fb, ka * sizeof *fa) == 0;
    }
    free(fa);
    free(fb);
    return same;
}

bool diff_surely_other(const char *a, const char *b)
{
    uint32_t *fa, *fb;
    size_t ka, kb;
    if (!fold_two(a, b, &fa, &ka, &fb, &kb))
        return false;
    const uint32_t *lo = ka <= kb ? fa : fb, *hi = ka <= kb ? fb : fa;
    size_t kl = ka <= kb ? ka : kb, kh = ka <= kb ? kb : ka;
    bool held = false;
    for (size_t i = 0; !held && i + kl <= kh; i++)
        held = memcmp(hi + i, lo, kl * sizeof *lo) == 0;
    bool prefix = kl >= 2 && fa[0] == fb[0] && fa[1] == fb[1];
    free(fa);
    free(fb);
    return kl > 0 && !held && !prefix;
}
