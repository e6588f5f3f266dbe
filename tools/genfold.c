/* genfold: turn src/core/script_fold.def, the one traditional -> simplified
 * table, into C data.
 *
 *   genfold script_fold.def OUTDIR
 *
 * writes OUTDIR/script_fold_data.h: the pairs sorted by the traditional
 * code point (src/core/script_fold.c searches them) and a bitmap with one bit
 * per code point of U+3400..U+9FFF, set when the code point folds, so the
 * fold of a character that has no other form is one load and one test.
 * tools/genlabels compiles the same header in, to give every label character
 * a class of the forms that fold to it.
 *
 * Refuses a table the run-time fold cannot take: a character outside the
 * range (the fold keeps a character's UTF-8 length, which label_fold_map
 * relies on) or one with two simplified forms. A simplified form that folds
 * again (OpenCC: 薴 -> 苧, 苧 -> 苎) is followed to its end, so the fold is
 * idempotent: fold(fold(c)) == fold(c), and 薴 苧 苎 all fold alike. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* must agree with SCRIPT_FOLD_LO / SCRIPT_FOLD_HI in src/core/script_fold.h */
enum { LO = 0x3400, HI = 0x9FFF, WORDS = (HI - LO + 1) / 64, MAXP = 8192 };

static uint32_t from[MAXP], to[MAXP];
static int np;

/* word folds (`= 资讯 信息`): a word of two characters, as the character
 * fold leaves it, read as another of two */
enum { MAXW = 16 };
static uint32_t wfrom[MAXW][2], wto[MAXW][2];
static int nw;

/* one UTF-8 character of a line, or 0 at the end or on a malformed byte */
static int decode(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return s[0] ? 1 : 0; }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    return 0;
}

static void fail(const char *path, int line, const char *why, uint32_t a, uint32_t b)
{
    fprintf(stderr, "%s:%d: %s (U+%04X -> U+%04X)\n", path, line, why, (unsigned)a, (unsigned)b);
    exit(1);
}

/* A pair line: characters two by two, spaces between pairs. */
static void read_line(const char *path, int ln, const unsigned char *s)
{
    uint32_t cp, half = 0;
    int have = 0, l;
    while ((l = decode(s, &cp)) > 0) {
        s += l;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
            continue;
        if (cp < LO || cp > HI)
            fail(path, ln, "a character outside U+3400..U+9FFF", have ? half : cp, cp);
        if (!have) {
            half = cp;
            have = 1;
            continue;
        }
        have = 0;
        if (half == cp)
            fail(path, ln, "a character folds to itself", half, cp);
        if (np == MAXP)
            fail(path, ln, "too many pairs", half, cp);
        from[np] = half;
        to[np++] = cp;
    }
    if (*s)
        fail(path, ln, "not UTF-8 of three bytes", 0, 0);
    if (have)
        fail(path, ln, "a character without its simplified form", half, 0);
}

/* A word line after its '=': two words of two characters each, the word
 * as the character fold leaves it, then the word it reads as. */
static void read_word(const char *path, int ln, const unsigned char *s)
{
    uint32_t w[4], cp;
    int k = 0, l;
    while ((l = decode(s, &cp)) > 0) {
        s += l;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
            continue;
        if (cp < LO || cp > HI || k == 4)
            fail(path, ln, "a word fold is two words of two characters of U+3400..U+9FFF", cp, cp);
        w[k++] = cp;
    }
    if (*s || k != 4 || nw == MAXW)
        fail(path, ln, "a word fold is two words of two characters", 0, 0);
    wfrom[nw][0] = w[0];
    wfrom[nw][1] = w[1];
    wto[nw][0] = w[2];
    wto[nw][1] = w[3];
    nw++;
}

static int cmp_pair(const void *a, const void *b)
{
    uint32_t x = from[*(const int *)a], y = from[*(const int *)b];
    return x < y ? -1 : x > y;
}

/* by the simplified form, then the traditional: the reverse table */
static int cmp_rev(const void *a, const void *b)
{
    int i = *(const int *)a, j = *(const int *)b;
    if (to[i] != to[j])
        return to[i] < to[j] ? -1 : 1;
    return from[i] < from[j] ? -1 : from[i] > from[j];
}

/* the index of the pair folding cp, or -1 */
static int pair_of(uint32_t cp)
{
    for (int i = 0; i < np; i++)
        if (from[i] == cp)
            return i;
    return -1;
}

/* Each pair's target followed through the table to a form that does not
 * fold; a loop is an error. */
static void follow_chains(const char *path)
{
    for (int i = 0; i < np; i++) {
        int steps = 0, j;
        while ((j = pair_of(to[i])) >= 0) {
            if (++steps > np)
                fail(path, 0, "a loop of folds", from[i], to[i]);
            to[i] = to[j];
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: genfold script_fold.def OUTDIR\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    char line[4096];
    int ln = 0;
    while (fgets(line, sizeof line, in)) {
        ln++;
        if (line[0] == '=')
            read_word(argv[1], ln, (const unsigned char *)line + 1);
        else if (line[0] != '#')
            read_line(argv[1], ln, (const unsigned char *)line);
    }
    fclose(in);

    static int order[MAXP];
    for (int i = 0; i < np; i++)
        order[i] = i;
    qsort(order, (size_t)np, sizeof order[0], cmp_pair);
    for (int i = 1; i < np; i++)
        if (from[order[i]] == from[order[i - 1]])
            fail(argv[1], 0, "a character with two simplified forms", from[order[i]], to[order[i]]);
    follow_chains(argv[1]);

    static int rev[MAXP];
    for (int i = 0; i < np; i++)
        rev[i] = i;
    qsort(rev, (size_t)np, sizeof rev[0], cmp_rev); /* after follow_chains: the final forms */

    static uint64_t bits[WORDS], wbits[WORDS];
    for (int i = 0; i < np; i++)
        bits[(from[i] - LO) >> 6] |= 1ULL << ((from[i] - LO) & 63);
    /* a word fold's words are the character fold's output: no character
     * of them folds */
    for (int i = 0; i < nw; i++)
        for (int k = 0; k < 2; k++)
            if (pair_of(wfrom[i][k]) >= 0 || pair_of(wto[i][k]) >= 0)
                fail(argv[1], 0, "a word fold's character folds", wfrom[i][k], wto[i][k]);
    /* the label fold stops at a character that folds or ends a word */
    memcpy(wbits, bits, sizeof bits);
    for (int i = 0; i < nw; i++)
        wbits[(wfrom[i][1] - LO) >> 6] |= 1ULL << ((wfrom[i][1] - LO) & 63);

    char path[4096];
    snprintf(path, sizeof path, "%s/script_fold_data.h", argv[2]);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    fprintf(f, "/* Generated by tools/genfold from src/core/script_fold.def. Do not edit.\n"
               " * Traditional -> simplified: %d pairs, sorted by the first, and one bit per\n"
               " * code point of U+%04X..U+%04X, set when it folds. */\n",
            np, LO, HI);
    fprintf(f, "enum { SCRIPT_FOLD_PAIRS = %d, SCRIPT_FOLD_WORDS = %d };\n", np, WORDS);
    fputs("static const uint16_t script_fold_pairs[][2] = {\n", f);
    for (int i = 0; i < np; i++)
        fprintf(f, "%s{0x%04X, 0x%04X},%s", i % 6 ? " " : "    ", (unsigned)from[order[i]],
                (unsigned)to[order[i]], i % 6 == 5 || i == np - 1 ? "\n" : "");
    fputs("};\n/* The same pairs the other way round, {simplified, traditional}, sorted by\n"
          " * the simplified form, then the traditional: every form that folds to a\n"
          " * character (script_from_simplified). */\n",
          f);
    fputs("static const uint16_t script_fold_rev[][2] = {\n", f);
    for (int i = 0; i < np; i++)
        fprintf(f, "%s{0x%04X, 0x%04X},%s", i % 6 ? " " : "    ", (unsigned)to[rev[i]], (unsigned)from[rev[i]],
                i % 6 == 5 || i == np - 1 ? "\n" : "");
    fputs("};\nconst uint64_t script_fold_bits[SCRIPT_FOLD_WORDS] = {\n", f);
    for (int i = 0; i < WORDS; i++)
        fprintf(f, "%s0x%016llXu,%s", i % 4 ? " " : "    ", (unsigned long long)bits[i],
                i % 4 == 3 || i == WORDS - 1 ? "\n" : "");
    fputs("};\n", f);
    fprintf(f, "/* Word folds: a word of two characters (as the character fold leaves\n"
               " * them) read as another, and the bits above with each such word's last\n"
               " * character set too. */\n");
    fprintf(f, "enum { SCRIPT_WORD_FOLDS = %d };\n", nw);
    fputs("static const uint16_t script_word_folds[][2][2] = {\n", f);
    for (int i = 0; i < nw; i++)
        fprintf(f, "    {{0x%04X, 0x%04X}, {0x%04X, 0x%04X}},\n", (unsigned)wfrom[i][0], (unsigned)wfrom[i][1],
                (unsigned)wto[i][0], (unsigned)wto[i][1]);
    fputs("};\nconst uint64_t script_word_bits[SCRIPT_FOLD_WORDS] = {\n", f);
    for (int i = 0; i < WORDS; i++)
        fprintf(f, "%s0x%016llXu,%s", i % 4 ? " " : "    ", (unsigned long long)wbits[i],
                i % 4 == 3 || i == WORDS - 1 ? "\n" : "");
    fputs("};\n", f);
    if (fclose(f)) {
        perror(path);
        return 1;
    }
    return 0;
}
