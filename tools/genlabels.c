/* genlabels: turn grammar/labels.def into re2c rules and C tables.
 *
 *   genlabels labels.def OUTDIR
 *
 * writes OUTDIR/labels_table.re.inc (rules for the table scanner),
 * OUTDIR/labels_section.re.inc (rules for section headings),
 * OUTDIR/labels_data.h (the label entries and the normalised label corpus
 * used to recognise label fragments) and OUTDIR/labels_spell.h (the
 * spellings as labels.def writes them that the table scanner may take
 * without its DFA). The script fold is not its own: it
 * compiles in src/core/script_fold.c with its generated pairs (tools/genfold).
 *
 * Each label character becomes a class that also accepts its traditional
 * forms and its full/half-width twin; any run of spaces, tabs or line breaks
 * may stand between two characters. Long labels match on a unique prefix so
 * that a label cut by numbers (PDF text) is still recognised; the cut-off
 * tail is then checked as a fragment at run time. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the run-time fold itself, compiled into this tool (it brings the
 * generated pairs with it): the lexer's classes and script_to_simplified
 * cannot drift apart */
#include "script_fold.c"
/* the hash of a spelling, shared with the lexer (labels_spell.h) */
#include "label_hash.h"

/* Half/full-width and punctuation twins: each group is one class. */
static const char *const PUNCT_GROUPS[] = {
    "（(", "）)", "、.．", "，,", "：:", "“”\"「」", "/／", "；;",
    "0０", "1１", "2２", "3３", "4４", "5５", "6６", "7７", "8８", "9９",
    NULL,
};

enum { MAXE = 512, MAXT = 256 };

typedef struct {
    char kind[8], table[16], key[48], tmpl[8], var[4];
    uint32_t text[MAXT];
    int len;
    char text_utf8[512];
    char display[1024]; /* as written in labels.def */
    int match; /* index of the first entry with the same normalised text */
    int prefix;
} entry;

static entry E[MAXE];
static int NE;
/* B[i]: entry i's words without its number, for a numbered row whose
 * words alone name it (bare_entry; len 0 otherwise): a rule of its own */
static entry B[MAXE];

/* 一…十: a section's numeral */
static int cn_numeral(uint32_t cp)
{
    static const uint32_t cn[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (size_t i = 0; i < sizeof cn / sizeof cn[0]; i++)
        if (cp == cn[i])
            return 1;
    return 0;
}

static int decode(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); return 2; }
    if ((s[0] & 0xF0) == 0xE0) {
        *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    return 4;
}

static int encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The punctuation group of cp, or -1. */
static int punct_group(uint32_t cp)
{
    for (int g = 0; PUNCT_GROUPS[g]; g++) {
        const unsigned char *s = (const unsigned char *)PUNCT_GROUPS[g];
        while (*s) {
            uint32_t c;
            s += decode(s, &c);
            if (c == cp)
                return g;
        }
    }
    return -1;
}

/* Canonical form used for comparing texts: the group's first member or the
 * simplified character. Must agree with label_fold() in src/syntax/labels.c. */
static uint32_t norm(uint32_t cp)
{
    int g = punct_group(cp);
    if (g >= 0) {
        uint32_t c = cp;
        const unsigned char *s = (const unsigned char *)PUNCT_GROUPS[g];
        /* digits and brackets fold to ASCII: the last ASCII member wins */
        uint32_t best = 0;
        while (*s) {
            s += decode(s, &c);
            if (c < 0x80)
                best = c;
        }
        return best ? best : c;
    }
    return script_to_simplified(cp);
}

static void emit_char_class(FILE *f, uint32_t cp)
{
    char buf[8];
    fputc('[', f);
    int g = punct_group(cp);
    if (g >= 0) {
        const unsigned char *s = (const unsigned char *)PUNCT_GROUPS[g];
        while (*s) {
            uint32_t c;
            s += decode(s, &c);
            if (c == '"' || c == '\\' || c == ']' || c == '-' || c == '^')
                fprintf(f, "\\x%02X", (unsigned)c);
            else
                fwrite(buf, 1, (size_t)encode(c, buf), f);
        }
    } else {
        uint32_t simp = norm(cp);
        fwrite(buf, 1, (size_t)encode(simp, buf), f);
        for (int i = 0; i < SCRIPT_FOLD_PAIRS; i++)
            if (script_fold_pairs[i][1] == simp)
                fwrite(buf, 1, (size_t)encode(script_fold_pairs[i][0], buf), f);
    }
    fputc(']', f);
}

/* The word fold (script_fold.def `=`) whose word, read as, starts at
 * text[i] of e (信息 of 资讯 → 信息), else -1. */
static int word_at(const entry *e, int i)
{
    if (i < 0 || i + 1 >= e->len)
        return -1;
    for (int w = 0; w < SCRIPT_WORD_FOLDS; w++)
        if (norm(e->text[i]) == script_word_folds[w][1][0] && norm(e->text[i + 1]) == script_word_folds[w][1][1])
            return w;
    return -1;
}

/* Does e hold a word a word fold reads as (its rule takes 資訊 for 信息)? */
static int has_word(const entry *e)
{
    for (int i = 0; i + 1 < e->len; i++)
        if (word_at(e, i) >= 0)
            return 1;
    return 0;
}

/* The class of character k of a word and of word fold w's character k
 * (信 or 资資), for a word cut by a rule's prefix. */
static void emit_word_char(FILE *f, uint32_t cp, int w, int k)
{
    fputs("(", f);
    emit_char_class(f, cp);
    fputs(" | ", f);
    emit_char_class(f, script_word_folds[w][0][k]);
    fputs(")", f);
}

/* Whether emit_seq writes the word folds' alternatives (信息 or 资讯): a
 * label that holds such a word has two rules, the one without them first
 * (its token as before), then the one with them, whose action notes the
 * word (P060): a text with 信息 alone matches both as long, and re2c takes
 * the first, so only a text with 资讯 reaches the note, with no test at run
 * time. */
static int emit_words;

static void emit_seq(FILE *f, const entry *e, int from, int to)
{
    for (int i = from; i < to; i++) {
        if (e->text[i] == 0x2026) { /* … : any text on the line */
            fputs(" [^\\r\\n\\x00]*", f);
            continue;
        }
        if (i > from && e->text[i - 1] != 0x2026)
            fputs(" SPN*", f);
        fputc(' ', f);
        int w = emit_words ? word_at(e, i) : -1, wb = emit_words && i == from ? word_at(e, i - 1) : -1;
        if (w >= 0 && i + 1 < to) { /* 信息 or 资讯, either script */
            fputs("(", f);
            emit_char_class(f, e->text[i]);
            fputs(" SPN* ", f);
            emit_char_class(f, e->text[i + 1]);
            fputs(" | ", f);
            emit_char_class(f, script_word_folds[w][0][0]);
            fputs(" SPN* ", f);
            emit_char_class(f, script_word_folds[w][0][1]);
            fputs(")", f);
            i++;
        } else if (w >= 0) { /* the word cut after its first character */
            emit_word_char(f, e->text[i], w, 0);
        } else if (wb >= 0) { /* and its second */
            emit_word_char(f, e->text[i], wb, 1);
        } else {
            emit_char_class(f, e->text[i]);
        }
    }
}

static int same_norm_prefix(const entry *a, const entry *b, int k)
{
    if (a->len < k || b->len < k)
        return 0;
    for (int i = 0; i < k; i++)
        if (norm(a->text[i]) != norm(b->text[i]))
            return 0;
    return 1;
}

static void put_cstr(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static const char *upper(const char *s, char *buf)
{
    int i = 0;
    for (; s[i]; i++)
        buf[i] = s[i] == '.' ? '_' : (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    buf[i] = 0;
    return buf;
}

/* label_corpus (below) as one string, as the compiler will have it. */
static size_t corpus_text(char *out, size_t cap)
{
    size_t n = 0;
    for (int i = 0; i < NE; i++) {
        if (strcmp(E[i].kind, "SEC") == 0)
            continue;
        size_t l = strlen(E[i].text_utf8);
        if (n + l + 1 >= cap) {
            fprintf(stderr, "genlabels: label corpus over %zu bytes\n", cap);
            exit(1);
        }
        memcpy(out + n, E[i].text_utf8, l);
        n += l;
        out[n++] = '\n';
    }
    return n;
}

typedef struct frag_at {
    uint32_t key; /* three bytes of the corpus */
    uint16_t pos; /* where they stand */
} frag_at;

static int frag_cmp(const void *a, const void *b)
{
    const frag_at *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* An index of label_corpus for label_is_fragment: every three bytes of it
 * (frag_keys, sorted, distinct) and the places each stands at
 * (frag_pos[frag_first[k]] up to frag_first[k + 1]), so that a fragment of
 * three bytes or more is compared only where its first three stand. */
static void emit_fragment_index(FILE *fd)
{
    static char corpus[1 << 16];
    static frag_at at[1 << 16];
    size_t n = corpus_text(corpus, sizeof corpus), na = 0;
    for (size_t i = 0; i + 3 <= n; i++) {
        const unsigned char *u = (const unsigned char *)corpus + i;
        at[na++] = (frag_at){(uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2], (uint16_t)i};
    }
    qsort(at, na, sizeof at[0], frag_cmp);
    size_t nk = 0;
    fputs("static const uint32_t frag_keys[] = {", fd);
    for (size_t i = 0; i < na; i++)
        if (i == 0 || at[i].key != at[i - 1].key)
            fprintf(fd, "%s0x%06X,", nk++ % 8 ? " " : "\n    ", (unsigned)at[i].key);
    fputs("\n};\nstatic const uint16_t frag_first[] = {", fd);
    nk = 0;
    for (size_t i = 0; i < na; i++)
        if (i == 0 || at[i].key != at[i - 1].key)
            fprintf(fd, "%s%zu,", nk++ % 12 ? " " : "\n    ", i);
    fprintf(fd, "\n    %zu,\n};\nstatic const uint16_t frag_pos[] = {", na);
    for (size_t i = 0; i < na; i++)
        fprintf(fd, "%s%u,", i % 12 ? " " : "\n    ", (unsigned)at[i].pos);
    fputs("\n};\n", fd);
}

/* A row label numbered 1. to 9. under its group (1.属于国家秘密). */
static int numbered_row(const entry *e)
{
    return strcmp(e->kind, "ROW") == 0 && e->len > 2 && e->text[0] >= '1' && e->text[0] <= '9' &&
           norm(e->text[1]) == '.';
}

/* The label's rule, its number printed 1. 1、 1． (1) （1） 1) or 1）: a
 * digit in brackets at the start of a row label is its number, never a
 * value (a report numbers the sub-rows either way). */
static void emit_numbered_row_words(FILE *f, const entry *e, int i);

static void emit_numbered_row(FILE *f, const entry *e, int i)
{
    emit_words = 0;
    emit_numbered_row_words(f, e, i);
    if (has_word(e)) {
        emit_words = 1;
        emit_numbered_row_words(f, e, i);
        emit_words = 0;
    }
}

static void emit_numbered_row_words(FILE *f, const entry *e, int i)
{
    fputs(" (", f);
    emit_char_class(f, e->text[0]);
    fputs(" SPN*", f);
    emit_char_class(f, e->text[1]);
    fputs(" | [（(] SPN*", f);
    emit_char_class(f, e->text[0]);
    fputs(" SPN* [）)] |", f);
    emit_char_class(f, e->text[0]);
    fputs(" SPN* [）)]) SPN*", f);
    emit_seq(f, e, 2, e->prefix);
    if (e->prefix < e->len) {
        fputs(" (SPN*", f);
        emit_seq(f, e, e->prefix, e->len);
        fputs(")?", f);
    }
    fprintf(f, " { return %s(sc, %d); }\n", emit_words ? "word_label_token" : "label_token", i);
}

/* Two entries of one label: the same kind, table and key (a variant of
 * the template's text). */
static int same_label(const entry *a, const entry *b)
{
    return strcmp(a->kind, b->kind) == 0 && strcmp(a->table, b->table) == 0 && strcmp(a->key, b->key) == 0 &&
           strcmp(a->key, "-") != 0;
}

/* The row label printed without its number (属于国家秘密 for
 * 1.属于国家秘密): the text after the number, in B, matched on a prefix no
 * other table label starts with. None (B->len 0) when the text alone is
 * another label's (其他 for 3.其他 is table 三's column 其他): the label
 * needs its number there. */
static void bare_entry_text(const entry *e, entry *b)
{
    *b = *e;
    b->len = e->len - 2;
    memmove(b->text, e->text + 2, sizeof b->text[0] * (size_t)b->len);
}

static void bare_entry(const entry *e, entry *b)
{
    bare_entry_text(e, b);
    int k = b->len < 6 ? b->len : 6;
    for (int j = 0; j < NE; j++) {
        const entry *o = &E[j];
        if (o->match == e->match || same_label(e, o) || strcmp(o->kind, "SEC") == 0)
            continue;
        if (o->len == b->len && same_norm_prefix(b, o, b->len)) {
            b->len = 0;
            return;
        }
        while (k < b->len && same_norm_prefix(b, o, k))
            k++;
        if (numbered_row(o)) { /* and the others printed bare */
            entry ob;
            bare_entry_text(o, &ob);
            while (k < b->len && same_norm_prefix(b, &ob, k))
                k++;
        }
    }
    b->prefix = k;
}

/* The bare row's rule: bare_label_token tells the filter that no number
 * came with it (it stands for the row only where a row label can start). */
static void emit_bare_row_words(FILE *f, const entry *b, int i);

static void emit_bare_row(FILE *f, const entry *b, int i)
{
    emit_words = 0;
    emit_bare_row_words(f, b, i);
    if (has_word(b)) {
        emit_words = 1;
        emit_bare_row_words(f, b, i);
        emit_words = 0;
    }
}

static void emit_bare_row_words(FILE *f, const entry *b, int i)
{
    emit_seq(f, b, 0, b->prefix);
    if (b->prefix < b->len) {
        fputs(" (SPN*", f);
        emit_seq(f, b, b->prefix, b->len);
        fputs(")?", f);
    }
    fprintf(f, " { return %s(sc, %d); }\n", emit_words ? "word_bare_label_token" : "bare_label_token", i);
}

/* ---- the spellings index (labels_spell.h) ----------------------------- */

/* Is k in the class emit_char_class writes for a? */
static int in_class(uint32_t k, uint32_t a)
{
    int g = punct_group(a);
    if (g >= 0)
        return punct_group(k) == g;
    uint32_t simp = norm(a);
    if (k == simp)
        return 1;
    for (int i = 0; i < SCRIPT_FOLD_PAIRS; i++)
        if (script_fold_pairs[i][1] == simp && script_fold_pairs[i][0] == k)
            return 1;
    return 0;
}

/* Does entry i emit a rule of the table scanner? */
static int table_rule(int i)
{
    if (E[i].match != i || strcmp(E[i].kind, "SEC") == 0 || E[i].var[0] == '?')
        return 0;
    for (int m = 0; m < E[i].len; m++)
        if (E[i].text[m] == 0x2026)
            return 0;
    return 1;
}

/* The rule of entry r reads its first prefix characters, then optionally
 * the rest (main: emit_seq): the two character sequences it takes, as
 * lengths of its text. Returns how many. */
static int rule_lengths(int r, int len[2])
{
    len[0] = E[r].prefix;
    if (E[r].prefix < E[r].len) {
        len[1] = E[r].len;
        return 2;
    }
    return 1;
}

/* Do the N code points K stand, class by class, at the start of rule r's
 * sequence of length L? */
static int classes_match_text(const uint32_t *text, int l, const uint32_t *k, int n)
{
    if (n > l)
        return 0;
    for (int m = 0; m < n; m++)
        if (!in_class(k[m], text[m]))
            return 0;
    return 1;
}

static int classes_match(int r, int l, const uint32_t *k, int n)
{
    return classes_match_text(E[r].text, l, k, n);
}

/* Does the rule of a row printed without its number (B[r], emit_bare_row:
 * its prefix, then optionally the rest) take K whole, or a longer text
 * starting with K's characters? Its token is another (bare_label_token):
 * no spelling it can read is indexed, the DFA reads it. Nor one that opens
 * as the numbered rules' other forms of the number, (1) （1） 1) 1）. */
static int bare_rule_reads(const uint32_t *k, int n)
{
    int digit0 = n > 1 && in_class(k[0], '1') + in_class(k[0], '2') + in_class(k[0], '3') +
                              in_class(k[0], '4') + in_class(k[0], '5') + in_class(k[0], '6') +
                              in_class(k[0], '7') + in_class(k[0], '8') + in_class(k[0], '9');
    int digit1 = n > 2 && k[1] < 0x10000 && (uint32_t)(k[1] - '1') < 9u;
    if ((n > 2 && in_class(k[0], '(') && (digit1 || (k[1] >= 0xFF11 && k[1] <= 0xFF19))) ||
        (digit0 && in_class(k[1], ')')))
        return 1; /* a number in brackets: the numbered rule's other forms */
    for (int r = 0; r < NE; r++)
        if (table_rule(r) && B[r].len &&
            (classes_match_text(B[r].text, B[r].prefix, k, n) ||
             classes_match_text(B[r].text, B[r].len, k, n)))
            return 1;
    return 0;
}

/* The rule the DFA of scan_table takes K (N code points, no blank) by when
 * K is what it reads at the cursor, whatever follows it: the first rule
 * (re2c takes the first of the longest matches) that takes K whole, and
 * none that takes a longer text starting with K's characters (between
 * them a rule's SPN* can cross blanks and line breaks, so whatever
 * follows K, a longer match is possible only there). -1 when no rule
 * takes K or one reads on. */
static int spelled_rule(const uint32_t *k, int n)
{
    int found = -1;
    if (bare_rule_reads(k, n))
        return -1;
    for (int r = 0; r < NE; r++) {
        if (!table_rule(r))
            continue;
        int len[2], c = rule_lengths(r, len);
        for (int j = 0; j < c; j++) {
            if (!classes_match(r, len[j], k, n))
                continue;
            if (len[j] > n)
                return -1; /* a longer label starts with K */
            if (found < 0)
                found = r;
        }
    }
    return found;
}

/* A byte the lexer's spelling run takes (lexer.re: spelled_label): every
 * byte of a multi-byte character, '.' and '/' (1.属于…, 本年增/减), and an
 * ASCII digit first. */
static int spell_byte(unsigned char c, size_t at)
{
    return c >= 0x80 || c == '.' || c == '/' || (at == 0 && c >= '1' && c <= '9');
}

enum { MAXS = 1024 };

static char spell_text[MAXS][512];
static size_t spell_len[MAXS];
static int spell_rule[MAXS], nspell;

/* Index the N code points K when the DFA takes them by one rule whatever
 * follows (spelled_rule) and the lexer's run can hold them (spell_byte,
 * no blank the rules read as SPN); once. */
static void add_spelling(const uint32_t *k, int n)
{
    int rule = spelled_rule(k, n);
    if (rule < 0)
        return;
    char buf[512];
    size_t b = 0;
    int ok = 1;
    for (int m = 0; m < n; m++) {
        ok = ok && k[m] != 0x3000 && k[m] != 0xA0;
        b += (size_t)encode(k[m], buf + b);
    }
    for (size_t m = 0; m < b; m++)
        ok = ok && spell_byte((unsigned char)buf[m], m);
    if (!ok || b < 4 || b > 255) /* label_spell_hash reads four bytes */
        return;
    for (int t = 0; t < nspell; t++)
        if (spell_len[t] == b && memcmp(spell_text[t], buf, b) == 0)
            return;
    if (nspell == MAXS) {
        fprintf(stderr, "genlabels: too many spellings\n");
        exit(1);
    }
    memcpy(spell_text[nspell], buf, b);
    spell_len[nspell] = b;
    spell_rule[nspell++] = rule;
}

/* The traditional spelling of K: each character that has traditional
 * forms written as the first of them (script_fold_pairs, by code point:
 * 發 before 髮), the others as they are. Returns whether one changed. */
static int traditional(const uint32_t *k, int n, uint32_t *out)
{
    int changed = 0;
    for (int m = 0; m < n; m++) {
        out[m] = k[m];
        if (punct_group(k[m]) >= 0)
            continue;
        for (int i = 0; i < SCRIPT_FOLD_PAIRS; i++)
            if (script_fold_pairs[i][1] == k[m]) {
                out[m] = script_fold_pairs[i][0];
                changed = 1;
                break;
            }
    }
    return changed;
}

/* Every spelling labels.def writes (each entry's text, and its rule's
 * prefix of it), and the same in traditional script, that the table
 * scanner's DFA takes by one rule whatever follows it, in an
 * open-addressed table by label_spell_hash: the lexer takes such a run
 * of bytes without the DFA. */
static void emit_spell_index(FILE *fp)
{
    for (int i = 0; i < NE; i++) {
        int r = E[i].match;
        if (!table_rule(r))
            continue;
        int len[2], c = rule_lengths(r, len);
        for (int j = 0; j < c; j++) {
            uint32_t trad[MAXT];
            add_spelling(E[i].text, len[j]);
            if (traditional(E[i].text, len[j], trad))
                add_spelling(trad, len[j]);
        }
    }
    size_t minlen = 0, maxlen = 0;
    for (int t = 0; t < nspell; t++) {
        minlen = !minlen || spell_len[t] < minlen ? spell_len[t] : minlen;
        maxlen = spell_len[t] > maxlen ? spell_len[t] : maxlen;
    }
    int nt = nspell;
    static int slot[1 << LABEL_SPELL_BITS];
    for (int h = 0; h < 1 << LABEL_SPELL_BITS; h++)
        slot[h] = -1;
    if (nt > (1 << LABEL_SPELL_BITS) / 2) {
        fprintf(stderr, "genlabels: the spellings fill over half the slots\n");
        exit(1);
    }
    for (int t = 0; t < nt; t++) {
        uint32_t h = label_spell_hash((const uint8_t *)spell_text[t], spell_len[t]);
        while (slot[h] >= 0)
            h = (h + 1) & ((1u << LABEL_SPELL_BITS) - 1);
        slot[h] = t;
    }
    fputs("/* Generated by tools/genlabels from grammar/labels.def. Do not edit. */\n", fp);
    fprintf(fp, "enum { LABEL_SPELL_MIN = %zu, LABEL_SPELL_MAX = %zu };\n", minlen, maxlen);
    fputs("static const struct label_spell {\n    const char *text;\n    uint8_t len;\n"
          "    int16_t rule; /* the label_token of labels_table.re.inc */\n"
          "} label_spells[] = {\n", fp);
    for (int t = 0; t < nt; t++) {
        char z[520];
        memcpy(z, spell_text[t], spell_len[t]);
        z[spell_len[t]] = 0;
        fputs("    {", fp);
        put_cstr(fp, z);
        fprintf(fp, ", %zu, %d},\n", spell_len[t], spell_rule[t]);
    }
    fputs("};\n/* label_spell_hash to an index of label_spells, -1 for none */\n", fp);
    fputs("static const int16_t label_spell_slots[1 << LABEL_SPELL_BITS] = {", fp);
    for (int h = 0; h < 1 << LABEL_SPELL_BITS; h++)
        fprintf(fp, "%s%d,", h % 16 ? " " : "\n    ", slot[h]);
    fputs("\n};\n", fp);
}

/* The look-ups of a section's titles and of a table's header words read
 * these lists, not the whole table (label_section_entries,
 * label_header_words): each list in the order of labels.def, its length in
 * NAME_n.
 * A section's lists: its SEC entries, every variant, and the same less the
 * keyword patterns (its titles); a table's: its CLAUSE, HEAD and COL entries whose folded text is 6 bytes or more (two
 * characters: shorter ones say too little for table_follows). Also the
 * range of the SEC entries, [LABEL_SEC_FROM, LABEL_SEC_TO). */
/* The lists of emit_kind_list: a section's SEC entries (every variant);
 * its titles (the SEC entries but the keyword patterns, variant ?); a
 * table's header words. */
enum kind_list { KL_SEC, KL_TITLES, KL_HEADER };

/* Is entry I in a list of kind KL, and under which key (its section or
 * table)? NULL when in none. */
static const char *kind_list_key(int i, enum kind_list kl)
{
    const entry *e = &E[i];
    if (kl != KL_HEADER)
        return strcmp(e->kind, "SEC") == 0 && (kl == KL_SEC || e->var[0] != '?') ? e->key : NULL;
    bool head = strcmp(e->kind, "CLAUSE") == 0 || strcmp(e->kind, "HEAD") == 0 || strcmp(e->kind, "COL") == 0;
    return head && strcmp(e->table, "-") != 0 && strlen(e->text_utf8) >= 6 ? e->table : NULL;
}

static void emit_kind_list(FILE *fd, const char *name, const char *prefix, enum kind_list kl)
{
    char keys[MAXE][48];
    int count[MAXE] = {0}, nkeys = 0, most = 0;
    for (int i = 0; i < NE; i++) {
        const char *k = kind_list_key(i, kl);
        if (!k)
            continue;
        int j = 0;
        while (j < nkeys && strcmp(keys[j], k) != 0)
            j++;
        if (j == nkeys)
            snprintf(keys[nkeys++], sizeof keys[0], "%s", k);
        most = ++count[j] > most ? count[j] : most;
    }
    fprintf(fd, "static const short %s[][%d] = {\n", name, most);
    for (int j = 0; j < nkeys; j++) {
        char up[64];
        fprintf(fd, "    [%s%s] = {", prefix, upper(keys[j], up));
        for (int i = 0; i < NE; i++) {
            const char *k = kind_list_key(i, kl);
            if (k && strcmp(k, keys[j]) == 0)
                fprintf(fd, "%d, ", i);
        }
        fputs("},\n", fd);
    }
    /* the lengths: a key of the enum that has no list is 0 here */
    fprintf(fd, "};\nstatic const unsigned char %s_n[sizeof %s / sizeof %s[0]] = {", name, name, name);
    for (int j = 0; j < nkeys; j++) {
        char up[64];
        fprintf(fd, "[%s%s] = %d, ", prefix, upper(keys[j], up), count[j]);
    }
    fputs("};\n", fd);
}

static void emit_kind_lists(FILE *fd)
{
    int from = NE, to = 0;
    for (int i = 0; i < NE; i++)
        if (strcmp(E[i].kind, "SEC") == 0) {
            from = i < from ? i : from;
            to = i + 1;
        }
    fprintf(fd, "enum { LABEL_SEC_FROM = %d, LABEL_SEC_TO = %d };\n", from, from < to ? to : from);
    emit_kind_list(fd, "label_sec_entries", "XXGK_SEC_", KL_SEC);
    emit_kind_list(fd, "label_sec_titles", "XXGK_SEC_", KL_TITLES);
    emit_kind_list(fd, "label_header_words_of", "XXGK_TABLE_", KL_HEADER);
}

/* 其它 is 其他: the two are written for each other in every register, so
 * every label that holds 其他 also reads as 其它 (法人或其它组织, 不计其它情形).
 * One rule here rather than a `~` line per label in labels.def, so no label
 * can lack its 其它 form.
 *   qita_form ::= the entry with each 其他 written 其它, a `~` variant */
static bool holds_qita(const entry *e)
{
    for (int i = 0; i + 1 < e->len; i++)
        if (e->text[i] == 0x5176 && e->text[i + 1] == 0x4ED6) /* 其他 */
            return true;
    return false;
}

/* *out := *src with 其他 written 其它 (text, folded text and display). */
static void qita_form(const entry *src, entry *out)
{
    *out = *src;
    snprintf(out->var, sizeof out->var, "~");
    char *o = out->text_utf8;
    for (int i = 0; i < out->len; i++) {
        if (i > 0 && out->text[i - 1] == 0x5176 && out->text[i] == 0x4ED6)
            out->text[i] = 0x5B83; /* 它 */
        o += encode(norm(out->text[i]), o);
    }
    *o = 0;
    char *d = out->display, *q;
    while ((q = strstr(d, "其他")) != NULL) {
        memcpy(q, "其它", strlen("其它")); /* same length in UTF-8 */
        d = q + strlen("其它");
    }
}

/* Insert each label's 其它 form right after it (keyword headings `?` are
 * matched in C on folded keywords and keep their one line). */
static int add_qita_forms(void)
{
    for (int i = NE - 1; i >= 0; i--) {
        if (E[i].var[0] == '?' || !holds_qita(&E[i]))
            continue;
        if (NE + 1 >= MAXE) {
            fprintf(stderr, "too many labels\n");
            return 1;
        }
        memmove(&E[i + 2], &E[i + 1], (size_t)(NE - i - 1) * sizeof E[0]);
        qita_form(&E[i], &E[i + 1]);
        NE++;
    }
    return 0;
}

/* For each entry, the numeral of table 三's summed group whose word its
 * folded text holds ((三)不予公开 and 不予公开: "（三）"), NULL for none
 * (label_summed_group): the builder asks it of every group heading with
 * numbers after it, a look-up where three searches of the text were. */
static void emit_summed_groups(FILE *fd)
{
    static const struct {
        const char *word, *numeral;
    } groups[] = {{"不予公开", "（三）"}, {"无法提供", "（四）"}, {"不予处理", "（五）"}};
    fputs("static const char *const label_summed_groups[] = {", fd);
    for (int i = 0; i < NE; i++) {
        const char *g = NULL;
        for (size_t k = 0; k < sizeof groups / sizeof groups[0] && !g; k++)
            if (strstr(E[i].text_utf8, groups[k].word))
                g = groups[k].numeral;
        fprintf(fd, "%s", i % 8 ? " " : "\n    ");
        if (g)
            put_cstr(fd, g);
        else
            fputs("NULL", fd);
        fputc(',', fd);
    }
    fputs("\n};\n", fd);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: genlabels labels.def OUTDIR\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    char line[2048];
    int lineno = 0;
    while (fgets(line, sizeof line, in)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        entry *e = &E[NE];
        char text[1024];
        if (sscanf(line, "%7s %15s %47s %7s %3s %1023s", e->kind, e->table, e->key, e->tmpl,
                   e->var, text) != 6) {
            fprintf(stderr, "%s:%d: expected six fields\n", argv[1], lineno);
            return 1;
        }
        snprintf(e->display, sizeof e->display, "%s", text);
        const unsigned char *s = (const unsigned char *)text;
        char *o = e->text_utf8;
        while (*s && e->len < MAXT) {
            uint32_t cp;
            s += decode(s, &cp);
            e->text[e->len++] = cp;
            o += encode(norm(cp), o);
        }
        *o = 0;
        if (++NE == MAXE) {
            fprintf(stderr, "too many labels\n");
            return 1;
        }
    }
    fclose(in);
    if (add_qita_forms())
        return 1;

    /* match ids: entries with equal normalised text share one rule */
    for (int i = 0; i < NE; i++) {
        E[i].match = i;
        for (int j = 0; j < i; j++)
            if (E[j].len == E[i].len && same_norm_prefix(&E[i], &E[j], E[i].len) &&
                (strcmp(E[i].kind, "SEC") == 0) == (strcmp(E[j].kind, "SEC") == 0)) {
                E[i].match = E[j].match;
                break;
            }
    }
    /* prefixes: the shortest prefix no other table label starts with, and at
     * least six characters (or the whole label). A variant of the same
     * label (1.本机关不掌握相关信息 of 1.本机关不掌握相关政府信息) names the
     * same row: a prefix the two share still names it, so a label cut
     * after 1.本机关不掌握相 by its numbers is that row. */
    for (int i = 0; i < NE; i++) {
        entry *e = &E[i];
        int k = e->len < 6 ? e->len : 6;
        for (int j = 0; j < NE; j++) {
            if (E[j].match == e->match || same_label(e, &E[j]) || strcmp(E[j].kind, "SEC") == 0)
                continue;
            while (k < e->len && same_norm_prefix(e, &E[j], k))
                k++;
        }
        e->prefix = k;
    }

    char path[4096], up[64];
    /* row labels printed without their number: the text after it (bare) */
    for (int i = 0; i < NE; i++)
        if (numbered_row(&E[i]))
            bare_entry(&E[i], &B[i]);
    char tbl[96];
    snprintf(path, sizeof path, "%s/labels_table.re.inc", argv[2]);
    FILE *ft = fopen(path, "w");
    snprintf(path, sizeof path, "%s/labels_section.re.inc", argv[2]);
    FILE *fs = fopen(path, "w");
    snprintf(path, sizeof path, "%s/labels_data.h", argv[2]);
    FILE *fd = fopen(path, "w");
    if (!ft || !fs || !fd) {
        perror(path);
        return 2;
    }
    fputs("// Generated by tools/genlabels from grammar/labels.def. Do not edit.\n", ft);
    fputs("// Generated by tools/genlabels from grammar/labels.def. Do not edit.\n", fs);
    for (int i = 0; i < NE; i++) {
        entry *e = &E[i];
        if (e->match != i)
            continue;
        if (e->var[0] == '?')
            continue; /* keyword headings are matched in C (lexer.re: line_kind) */
        if (strcmp(e->kind, "SEC") == 0) {
            for (emit_words = 0; emit_words <= has_word(e); emit_words++) {
                fputs("sec_lead", fs);
                emit_seq(fs, e, 0, e->len);
                fprintf(fs, " sec_tail / [\\r\\n] { return %s(sc, %d); }\n",
                        emit_words ? "word_section_token" : "section_token", i);
            }
            emit_words = 0;
        } else if (numbered_row(e)) {
            emit_numbered_row(ft, e, i);
            if (B[i].len)
                emit_bare_row(ft, &B[i], i);
        } else {
            for (emit_words = 0; emit_words <= has_word(e); emit_words++) {
                emit_seq(ft, e, 0, e->prefix);
                if (e->prefix < e->len) {
                    fputs(" (SPN*", ft);
                    emit_seq(ft, e, e->prefix, e->len);
                    fputs(")?", ft);
                }
                fprintf(ft, " { return %s(sc, %d); }\n", emit_words ? "word_label_token" : "label_token", i);
            }
            emit_words = 0;
        }
    }

    fputs("/* Generated by tools/genlabels from grammar/labels.def. Do not edit. */\n", fd);
    fputs("static const struct label_entry label_entries[] = {\n", fd);
    for (int i = 0; i < NE; i++) {
        entry *e = &E[i];
        const char *kind = e->kind;
        char keyexpr[128];
        if (strcmp(e->key, "-") == 0)
            snprintf(keyexpr, sizeof keyexpr, "0");
        else if (strcmp(kind, "SEC") == 0)
            snprintf(keyexpr, sizeof keyexpr, "XXGK_SEC_%s", upper(e->key, up));
        else if (strcmp(kind, "CLAUSE") == 0)
            snprintf(keyexpr, sizeof keyexpr, "%s", e->key);
        else if (strcmp(kind, "COL") == 0 || (strcmp(kind, "HEAD") == 0 && strcmp(e->table, "requests") == 0))
            /* table 三's header words name columns: 法人或其他组织 spans
             * the columns 小计 sums (build_header.c reads its place) */
            snprintf(keyexpr, sizeof keyexpr, "XXGK_C_%s", upper(e->key, up));
        else
            snprintf(keyexpr, sizeof keyexpr, "XXGK_R_%s", upper(e->key, up));
        if (strcmp(e->table, "-") == 0)
            snprintf(tbl, sizeof tbl, "-1");
        else
            snprintf(tbl, sizeof tbl, "XXGK_TABLE_%s", upper(e->table, up));
        int next_same = -1;
        for (int j = i + 1; j < NE; j++)
            if (E[j].match == e->match) {
                next_same = j;
                break;
            }
        int canon = i; /* the template's own entry for this key */
        for (int j = 0; j < NE; j++)
            if (strcmp(E[j].kind, e->kind) == 0 && strcmp(E[j].table, e->table) == 0 &&
                strcmp(E[j].key, e->key) == 0 && E[j].var[0] == '=') {
                canon = j;
                break;
            }
        fprintf(fd, "    {LK_%s, %s, %s, %s, %d, %d, %d, %d, ", kind, tbl, keyexpr,
                strcmp(e->tmpl, "*") == 0 ? "0" : e->tmpl, e->var[0] == '~' ? 1 : e->var[0] == '?' ? 2 : 0, e->match,
                next_same, canon);
        put_cstr(fd, e->text_utf8);
        fputs(", ", fd);
        put_cstr(fd, e->display);
        fprintf(fd, ", %zu},\n", strlen(e->text_utf8));
    }
    fputs("};\n", fd);
    fprintf(fd, "enum { LABEL_COUNT = %d };\n", NE);
    emit_kind_lists(fd);
    /* for each entry, the numbered row of its table whose words after the
     * number are the entry's own words (其他 -> 3.其他), or -1
     * (label_bare_row) */
    fputs("static const short label_bare_rows[] = {", fd);
    for (int i = 0; i < NE; i++) {
        int row = -1;
        for (int j = 0; j < NE && row < 0; j++)
            if (numbered_row(&E[j]) && strcmp(E[j].table, E[i].table) == 0 && E[j].len - 2 == E[i].len) {
                entry b;
                bare_entry_text(&E[j], &b);
                if (same_norm_prefix(&b, &E[i], b.len))
                    row = j;
            }
        fprintf(fd, "%s%d,", i % 16 ? " " : "\n    ", row);
    }
    fputs("\n};\n", fd);
    emit_summed_groups(fd);
    /* keyword headings: folded keywords that must appear in this order */
    fputs("static const struct keyword_heading { int entry; const char *kw[4]; } keyword_headings[] = {\n", fd);
    for (int i = 0; i < NE; i++) {
        if (E[i].var[0] != '?')
            continue;
        fprintf(fd, "    {%d, {", i);
        const char *p = E[i].text_utf8;
        int k = 0;
        while (*p) {
            const char *q = strstr(p, "…");
            size_t n = q ? (size_t)(q - p) : strlen(p);
            if (n) {
                char buf[256];
                memcpy(buf, p, n);
                buf[n] = 0;
                for (size_t b = 0; b < n; b++)
                    if ((unsigned char)buf[b] < 0x80) { /* label_numbered_row_line counts on it */
                        fprintf(stderr, "a heading keyword must be ideographs: %s\n", buf);
                        exit(1);
                    }
                put_cstr(fd, buf);
                fputs(", ", fd);
                k++;
            }
            if (!q)
                break;
            p = q + strlen("…");
        }
        (void)k;
        fputs("NULL}},\n", fd);
    }
    fputs("};\n", fd);
    /* table labels written as a section's numeral and 、 (三、本年度办理结果):
     * a line that is one of them and ASCII after it can hold no keyword
     * heading (the lexer skips the fold; the unit test checks that none of
     * them folds to a heading's keywords) */
    fputs("static const short numbered_rows[] = {", fd);
    for (int i = 0; i < NE; i++)
        if (strcmp(E[i].kind, "SEC") != 0 && E[i].len >= 2 && E[i].text[1] == 0x3001 &&
            cn_numeral(E[i].text[0]))
            fprintf(fd, "%d, ", i);
    fputs("};\n", fd);
    /* every table label, normalised, one per line: fragments of PDF text
     * must be substrings of it */
    fputs("static const char label_corpus[] =\n", fd);
    for (int i = 0; i < NE; i++)
        if (strcmp(E[i].kind, "SEC") != 0)
        {
            fputs("    ", fd);
            put_cstr(fd, E[i].text_utf8);
            fputs(" \"\\n\"\n", fd);
        }
    fputs("    ;\n", fd);
    emit_fragment_index(fd);
    fclose(ft);
    fclose(fs);
    fclose(fd);
    snprintf(path, sizeof path, "%s/labels_spell.h", argv[2]);
    FILE *fp = fopen(path, "w");
    if (!fp) {
        perror(path);
        return 2;
    }
    emit_spell_index(fp);
    fclose(fp);
    return 0;
}
