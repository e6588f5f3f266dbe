/* xxgk diff on many headings and paragraphs: the indexed matching
 * (src/diff/diff_match.c) must pair exactly as the all-pairs definition does.
 * Nothing here is timed; the sizes are those at which the old quadratic
 * passes took seconds, and the reorderings are checked against a copy of
 * the quadratic longest-increasing-subsequence definition. */
#include <stdio.h>

#include "diff_testutil.h"


typedef struct text {
    char *s;
    size_t n, cap;
} text;

static void put(text *t, const char *s)
{
    size_t k = strlen(s);
    if (t->n + k + 1 > t->cap) {
        t->cap = (t->n + k + 1) * 2;
        t->s = realloc(t->s, t->cap);
        assert_non_null(t->s);
    }
    memcpy(t->s + t->n, s, k + 1);
    t->n += k;
}

static unsigned count_lines(const char *s)
{
    unsigned n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* A small real report followed by one heading and one paragraph per entry
 * of order[] (each a number 1..k naming the pair), titles and paragraphs
 * made by the callbacks. Returns the text; *first_line is the line of the
 * first appended heading. */
typedef void (*namer)(char *buf, size_t cap, int i);

static char *build(const int *order, int k, namer title, namer para, unsigned *first_line)
{
    char *base = dt_read("tests/diff/headings-2021.txt");
    text t = {NULL, 0, 0};
    put(&t, base);
    if (t.n && t.s[t.n - 1] != '\n')
        put(&t, "\n");
    *first_line = count_lines(t.s) + 1;
    free(base);
    char line[160], name[120];
    for (int x = 0; x < k; x++) {
        title(name, sizeof name, order[x]);
        snprintf(line, sizeof line, "%d. %s\n", x % 99 + 1, name); /* numbers as bench/gen.c */
        put(&t, line);
        para(name, sizeof name, order[x]);
        snprintf(line, sizeof line, "%s\n", name);
        put(&t, line);
    }
    return t.s;
}

static void title_plain(char *b, size_t cap, int i) { snprintf(b, cap, "第%d项改进措施", i); }
static void title_done(char *b, size_t cap, int i) { snprintf(b, cap, "第%d项改进措施完成", i); }
static void para_same(char *b, size_t cap, int i)
{
    (void)i;
    snprintf(b, cap, "本项工作按计划推进，已完成。");
}
static void para_numbered(char *b, size_t cap, int i) { snprintf(b, cap, "第%d项工作按计划推进，已完成。", i); }
static void para_edited(char *b, size_t cap, int i) { snprintf(b, cap, "第%d项工作按计划推进，已全部完成。", i); }

static int number_in(const char *s)
{
    const char *p = strstr(s, "第");
    assert_non_null(p);
    return atoi(p + strlen("第"));
}

static diff_result *diff_texts(const char *a, const char *b, xxgk_doc **da, xxgk_doc **db)
{
    *da = dt_parse_text("old.txt", a);
    *db = dt_parse_text("new.txt", b);
    diff_result *d = diff_reports(*da, *db);
    assert_non_null(d);
    return d;
}

static void done(diff_result *d, xxgk_doc *a, xxgk_doc *b, char *ta, char *tb)
{
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    free(ta);
    free(tb);
}

/* ---- 20,000 headings: one renamed, one moved ---------------------------- */

static void test_twenty_thousand_headings(void **state)
{
    (void)state;
    enum { K = 20000, MOVED = 100, AFTER = 15000, RENAMED = 7000 };
    static int old_order[K], new_order[K];
    int x = 0;
    for (int i = 1; i <= K; i++) {
        old_order[i - 1] = i;
        if (i != MOVED)
            new_order[x++] = i;
        if (i == AFTER)
            new_order[x++] = MOVED;
    }
    assert_int_equal(x, K);
    unsigned first;
    char *a = build(old_order, K, title_plain, para_same, &first);
    char *b = build(new_order, K, title_plain, para_same, &first);
    /* the rename: 第7000项改进措施 -> 第7000项整改措施, in place */
    char *at = strstr(b, "第7000项改进措施");
    assert_non_null(at);
    memcpy(at + strlen("第7000项"), "整改", strlen("整改")); /* as long as 改进 */
    xxgk_doc *da, *db;
    diff_result *d = diff_texts(a, b, &da, &db);
    assert_int_equal(d->nchanges, 2);
    const diff_change *c = dt_text(d, DIFF_K_HEADING, "第7000项整改措施");
    assert_non_null(c);
    assert_int_equal(c->action, DIFF_UPDATE);
    assert_true(c->renamed);
    assert_string_equal(c->old_text, "第7000项改进措施");
    assert_pos(c->old_pos, first + 2 * (RENAMED - 1), 1);
    assert_pos(c->new_pos, first + 2 * (RENAMED - 2), 1); /* one heading moved from before it */

    c = dt_text(d, DIFF_K_HEADING, "第100项改进措施");
    assert_non_null(c);
    assert_int_equal(c->action, DIFF_MOVE);
    assert_false(c->renamed);
    assert_pos(c->old_pos, first + 2 * (MOVED - 1), 1);
    assert_pos(c->new_pos, first + 2 * (AFTER - 1), 1);
    /* 20,000 equal paragraphs pair in order: none moved */
    assert_int_equal(d->prose[XXGK_SEC_OTHER].same, K + 1);
    assert_int_equal(d->prose[XXGK_SEC_OTHER].moved, 0);
    done(d, da, db, a, b);
}

/* ---- reorderings against the quadratic definition ------------------------ */

/* The moved items as the quadratic definition finds them: the longest run
 * of old positions in new order, the first such run ending earliest, each
 * step back to the first possible predecessor; the rest is moved. */
static void reference_moves(const int *vals, int k, bool *moved)
{
    int *len = malloc((size_t)k * sizeof *len), *prev = malloc((size_t)k * sizeof *prev), best = -1;
    assert_non_null(len);
    assert_non_null(prev);
    for (int a = 0; a < k; a++) {
        len[a] = 1;
        prev[a] = -1;
        for (int b = 0; b < a; b++)
            if (vals[b] < vals[a] && len[b] + 1 > len[a]) {
                len[a] = len[b] + 1;
                prev[a] = b;
            }
        if (best < 0 || len[a] > len[best])
            best = a;
    }
    for (int a = 0; a < k; a++)
        moved[a] = true;
    for (int a = best; a >= 0; a = prev[a])
        moved[a] = false;
    free(len);
    free(prev);
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

static void check_order(const int *new_order, int k)
{
    int *old_order = malloc((size_t)k * sizeof *old_order), *vals = malloc((size_t)k * sizeof *vals);
    bool *moved = malloc((size_t)k * sizeof *moved);
    assert_non_null(old_order);
    assert_non_null(vals);
    assert_non_null(moved);
    for (int i = 0; i < k; i++) {
        old_order[i] = i + 1;
        vals[i] = new_order[i] - 1;
    }
    reference_moves(vals, k, moved);
    unsigned first;
    char *a = build(old_order, k, title_plain, para_numbered, &first);
    char *b = build(new_order, k, title_plain, para_numbered, &first);
    xxgk_doc *da, *db;
    diff_result *d = diff_texts(a, b, &da, &db);
    /* heading and paragraph i travel together: both are moved or neither */
    int expect = 0;
    for (int x = 0; x < k; x++)
        expect += moved[x];
    assert_int_equal(diff_count(d, DIFF_MOVE, DIFF_K_HEADING), expect);
    assert_int_equal(diff_count(d, DIFF_MOVE, DIFF_K_PARAGRAPH), expect);
    assert_int_equal(d->nchanges, 2 * (size_t)expect);
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        int n = number_in(c->new_text);
        int x = 0;
        while (new_order[x] != n)
            x++;
        assert_true(moved[x]);
        assert_int_equal(number_in(c->old_text), n);
    }
    done(d, da, db, a, b);
    free(old_order);
    free(vals);
    free(moved);
}

static void test_reorderings_match_the_definition(void **state)
{
    (void)state;
    enum { K = 400 };
    int order[K];
    uint32_t seed = 7;
    /* reversed: every run has length 1, the tie-break alone decides */
    for (int i = 0; i < K; i++)
        order[i] = K - i;
    check_order(order, K);
    /* a few swaps; many blocks moved; a full shuffle */
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < K; i++)
            order[i] = i + 1;
        int swaps = round == 0 ? 5 : round == 1 ? 60 : K;
        for (int s = 0; s < swaps; s++) {
            int i = (int)(lcg(&seed) % K), j = (int)(lcg(&seed) % K), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        check_order(order, K);
    }
    /* two interleaved runs of equal length: two longest runs tie */
    for (int i = 0; i < K / 2; i++) {
        order[2 * i] = K / 2 + i + 1;
        order[2 * i + 1] = i + 1;
    }
    check_order(order, K);
}

/* ---- every item edited: the similar passes find each own partner --------- */

static void test_all_renamed_and_edited(void **state)
{
    (void)state;
    enum { K = 3000 };
    static int order[K];
    for (int i = 0; i < K; i++)
        order[i] = i + 1;
    unsigned first;
    char *a = build(order, K, title_plain, para_numbered, &first);
    char *b = build(order, K, title_done, para_edited, &first);
    xxgk_doc *da, *db;
    diff_result *d = diff_texts(a, b, &da, &db);
    /* each title is a prefix of its new one, and each paragraph is closer
     * to its own edit than to any other: K renames and K edits, in place */
    assert_int_equal(diff_count(d, DIFF_UPDATE, DIFF_K_HEADING), K);
    assert_int_equal(diff_count(d, DIFF_UPDATE, DIFF_K_PARAGRAPH), K);
    assert_int_equal(d->nchanges, 2 * K);
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        assert_int_equal(number_in(c->old_text), number_in(c->new_text));
        assert_true(c->similarity >= 50 && c->similarity < 100);
        assert_int_equal(c->old_pos.line, c->new_pos.line);
    }
    done(d, da, db, a, b);
}

/* ---- random paragraphs against the all-pairs definition ------------------- */

/* The passes as first written (all pairs, quadratic), over paragraphs of
 * one section: the reference the indexed passes must agree with. */
typedef struct ref_item {
    uint32_t cps[64];
    size_t n;
    uint64_t *bi;
    size_t nbi;
    int match, sim;
    bool moved;
    unsigned line;
} ref_item;

static bool ref_same(const ref_item *a, const ref_item *b)
{
    return a->n == b->n && memcmp(a->cps, b->cps, a->n * sizeof *a->cps) == 0;
}

typedef struct ref_cand {
    int sim, dist, i, j;
} ref_cand;

static int ref_cmp(const void *a, const void *b)
{
    const ref_cand *x = a, *y = b;
    if (x->sim != y->sim)
        return y->sim - x->sim;
    if (x->dist != y->dist)
        return x->dist - y->dist;
    if (x->j != y->j)
        return x->j - y->j;
    return x->i - y->i;
}

static void ref_match(ref_item *o, int no, ref_item *n, int nn)
{
    for (int j = 0; j < nn; j++)
        for (int i = 0; i < no; i++)
            if (o[i].match < 0 && ref_same(&o[i], &n[j])) {
                o[i].match = j;
                n[j].match = i;
                o[i].sim = n[j].sim = 100;
                break;
            }
    ref_cand *c = malloc((size_t)no * (size_t)nn * sizeof *c + 1);
    assert_non_null(c);
    int k = 0;
    for (int j = 0; j < nn; j++)
        for (int i = 0; i < no; i++) {
            if (o[i].match >= 0 || n[j].match >= 0)
                continue;
            int s = diff_dice(o[i].bi, o[i].nbi, n[j].bi, n[j].nbi);
            if (s >= 50)
                c[k++] = (ref_cand){s, abs(i - j), i, j};
        }
    qsort(c, (size_t)k, sizeof *c, ref_cmp);
    for (int x = 0; x < k; x++)
        if (o[c[x].i].match < 0 && n[c[x].j].match < 0) {
            o[c[x].i].match = c[x].j;
            n[c[x].j].match = c[x].i;
            o[c[x].i].sim = n[c[x].j].sim = c[x].sim;
        }
    free(c);
    int *vals = malloc((size_t)nn * sizeof *vals + 1), *at = malloc((size_t)nn * sizeof *at + 1), kk = 0;
    bool *mv = malloc((size_t)nn + 1);
    assert_non_null(vals);
    assert_non_null(at);
    assert_non_null(mv);
    for (int j = 0; j < nn; j++)
        if (n[j].match >= 0) {
            at[kk] = j;
            vals[kk++] = n[j].match;
        }
    reference_moves(vals, kk, mv);
    for (int x = 0; x < kk; x++)
        n[at[x]].moved = o[vals[x]].moved = mv[x];
    free(vals);
    free(at);
    free(mv);
}

static char *random_paragraphs(ref_item *v, int k, unsigned first_line)
{
    char *base = dt_read("tests/diff/headings-2021.txt");
    text t = {NULL, 0, 0};
    put(&t, base);
    free(base);
    unsigned line = first_line;
    char buf[64 * 3 + 2];
    for (int x = 0; x < k; x++) {
        size_t o = 0;
        for (size_t y = 0; y < v[x].n; y++) { /* the alphabet is of three-byte characters */
            buf[o++] = (char)(0xE0 | v[x].cps[y] >> 12);
            buf[o++] = (char)(0x80 | (v[x].cps[y] >> 6 & 0x3F));
            buf[o++] = (char)(0x80 | (v[x].cps[y] & 0x3F));
        }
        memcpy(buf + o, "\n\n", 3);
        put(&t, buf);
        v[x].line = line;
        line += 2;
        v[x].bi = diff_bigrams(v[x].cps, v[x].n, &v[x].nbi);
        assert_non_null(v[x].bi);
        v[x].match = -1;
        v[x].moved = false;
    }
    return t.s;
}

static void test_random_paragraphs_match_the_definition(void **state)
{
    (void)state;
    enum { K = 240, ROUNDS = 6 };
    static const uint32_t alphabet[] = {0x653F, 0x52A1, 0x516C, 0x5F00, 0x5DE5, 0x4F5C}; /* 政务公开工作 */
    static ref_item o[K], n[2 * K];
    uint32_t seed = 2026;
    char *probe = dt_read("tests/diff/headings-2021.txt");
    unsigned first = count_lines(probe) + 1 + (probe[0] && probe[strlen(probe) - 1] != '\n');
    free(probe);
    for (int round = 0; round < ROUNDS; round++) {
        int alpha = 3 + round % 4, nn = 0;
        for (int i = 0; i < K; i++) {
            o[i].n = 2 + lcg(&seed) % 11;
            for (size_t y = 0; y < o[i].n; y++)
                o[i].cps[y] = alphabet[lcg(&seed) % (uint32_t)alpha];
        }
        /* NEW: each OLD paragraph kept, edited, dropped or followed by a new one */
        for (int i = 0; i < K; i++) {
            uint32_t r = lcg(&seed) % 10;
            if (r < 1)
                continue;
            n[nn] = o[i];
            if (r >= 6) {
                size_t at = lcg(&seed) % n[nn].n;
                n[nn].cps[at] = alphabet[lcg(&seed) % (uint32_t)alpha];
                if (r == 9 && n[nn].n < 60)
                    n[nn].cps[n[nn].n++] = alphabet[lcg(&seed) % (uint32_t)alpha];
            }
            nn++;
            if (lcg(&seed) % 10 == 0) {
                n[nn].n = 2 + lcg(&seed) % 11;
                for (size_t y = 0; y < n[nn].n; y++)
                    n[nn].cps[y] = alphabet[lcg(&seed) % (uint32_t)alpha];
                nn++;
            }
        }
        for (int s = 0; s < K / 20; s++) {
            int i = (int)(lcg(&seed) % (uint32_t)nn), j = (int)(lcg(&seed) % (uint32_t)nn);
            ref_item t = n[i];
            n[i] = n[j];
            n[j] = t;
        }
        char *a = random_paragraphs(o, K, first), *b = random_paragraphs(n, nn, first);
        ref_match(o, K, n, nn);
        xxgk_doc *da, *db;
        diff_result *d = diff_texts(a, b, &da, &db);
        size_t expect = 0;
        for (int i = 0; i < K; i++)
            expect += o[i].match < 0;
        for (int j = 0; j < nn; j++)
            expect += n[j].match < 0 || n[j].moved || !ref_same(&o[n[j].match], &n[j]);
        assert_int_equal(diff_count(d, 0, DIFF_K_PARAGRAPH), expect);
        assert_int_equal(d->nchanges, expect);
        for (size_t x = 0; x < d->nchanges; x++) {
            const diff_change *c = &d->changes[x];
            int j = c->has_new ? (int)(c->new_pos.line - first) / 2 : -1;
            int i = c->has_old ? (int)(c->old_pos.line - first) / 2 : -1;
            if (c->action == DIFF_DELETE) {
                assert_int_equal(o[i].match, -1);
                continue;
            }
            assert_int_equal(n[j].match, i);
            if (c->action == DIFF_INSERT)
                continue;
            assert_int_equal(c->action, n[j].moved ? DIFF_MOVE : DIFF_UPDATE);
            if (!ref_same(&o[i], &n[j]))
                assert_int_equal(c->similarity, n[j].sim);
        }
        done(d, da, db, a, b);
        for (int i = 0; i < K; i++)
            free(o[i].bi);
        for (int j = 0; j < nn; j++)
            free(n[j].bi);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_twenty_thousand_headings),
        cmocka_unit_test(test_reorderings_match_the_definition),
        cmocka_unit_test(test_all_renamed_and_edited),
        cmocka_unit_test(test_random_paragraphs_match_the_definition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
