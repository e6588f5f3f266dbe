/* The one traditional -> simplified table (src/core/script_fold.def): every
 * fold of script reads it, and the fast path (a bitmap, then a search)
 * answers what a plain reading of the .def answers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "lex.h"
#include "meta.h"
#include "script_fold.h"
#include "testutil.h"
#include "utf8.h"

enum { NCP = 0x10000 };

/* src/core/script_fold.def read the simple way: to[cp] is cp's simplified
 * form as the file writes it, 0 when it has none */
static uint32_t *read_def(void)
{
    uint32_t *to = calloc(NCP, sizeof *to);
    FILE *f = fopen(XXGK_SOURCE_DIR "/src/core/script_fold.def", "r");
    assert_non_null(to);
    assert_non_null(f);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '=') /* '=': a word fold (test_word_folds) */
            continue;
        uint32_t cps[2048];
        size_t n = 0;
        const uint8_t *s = (const uint8_t *)line;
        for (size_t i = 0, len = strlen(line); i < len;) {
            uint32_t cp;
            int l = utf8_decode(s + i, len - i, &cp);
            assert_true(l > 0);
            i += (size_t)l;
            if (cp != ' ' && cp != '\n')
                cps[n++] = cp;
        }
        assert_int_equal(n % 2, 0);
        for (size_t i = 0; i < n; i += 2)
            to[cps[i]] = cps[i + 1];
    }
    fclose(f);
    return to;
}

/* Every code point of the BMP folds as the .def says, a chain followed to
 * its end (薴 -> 苧 -> 苎), and the bitmap is set exactly where it folds. */
static void test_fold_is_the_def(void **state)
{
    (void)state;
    uint32_t *to = read_def();
    for (uint32_t cp = 0; cp < NCP; cp++) {
        uint32_t want = cp;
        for (int steps = 0; to[want] && steps < 4; steps++)
            want = to[want];
        assert_int_equal(script_to_simplified(cp), want);
        assert_int_equal(script_folds(cp), want != cp);
        /* idempotent, and a three-byte character stays three bytes */
        assert_int_equal(script_to_simplified(want), want);
        if (want != cp)
            assert_true(cp >= SCRIPT_FOLD_LO && cp <= SCRIPT_FOLD_HI && want >= SCRIPT_FOLD_LO &&
                        want <= SCRIPT_FOLD_HI);
    }
    free(to);
    assert_int_equal(script_to_simplified(0x85B4), 0x82CE); /* 薴 -> 苎, not 苧 */
}

/* script_from_simplified is the fold read backwards: for every code point,
 * exactly the code points that fold to it (itself aside), in order; the
 * agency's parent place is looked for at those forms of a name's first
 * character (县 in 縣, 区 in 區). */
static void test_fold_read_backwards(void **state)
{
    (void)state;
    enum { MAX = 16 };
    uint32_t *count = calloc(NCP, sizeof *count), got[MAX];
    assert_non_null(count);
    for (uint32_t cp = 0; cp < NCP; cp++)
        if (script_to_simplified(cp) != cp)
            count[script_to_simplified(cp)]++;
    for (uint32_t cp = 0; cp < NCP; cp++) {
        int n = script_from_simplified(cp, got, MAX);
        assert_int_equal(n, (int)count[cp]);
        for (int k = 0; k < n; k++) {
            assert_int_equal(script_to_simplified(got[k]), cp);
            assert_true(got[k] != cp && (k == 0 || got[k - 1] < got[k]));
        }
    }
    free(count);
    assert_int_equal(script_from_simplified(0x53BF /* 县 */, got, MAX), 1);
    assert_int_equal(got[0], 0x7E23 /* 縣 */);
    assert_int_equal(script_from_simplified(0x53BF, got, 0), -1); /* more than max */
}

/* The label fold (lexer fragments, the validator's prose), diff's fold and
 * agency_key's fold agree on every ideograph: one table. */
static void test_every_fold_reads_it(void **state)
{
    (void)state;
    for (uint32_t cp = SCRIPT_FOLD_LO; cp <= SCRIPT_FOLD_HI; cp++) {
        uint32_t s = script_to_simplified(cp);
        assert_int_equal(label_fold_cp(cp), s);
        assert_int_equal(diff_fold_cp(cp), s);
        assert_int_equal(meta_fold_cp(cp), s);
    }
}

/* What a user sees: a traditional label reads as the simplified one, with
 * the characters only OpenCC's table has (處 was in both; 覆 only in the
 * label table; 髮 only in OpenCC's) and width and spaces folded on top;
 * diff calls 答覆 and 答复 the same text. */
static void test_texts(void **state)
{
    (void)state;
    char out[64];
    const char *t = "處理結果 （覆議） 髮";
    label_fold((const uint8_t *)t, strlen(t), out, sizeof out);
    assert_string_equal(out, "处理结果(复议)发");

    uint32_t a[8], b[8];
    size_t na = diff_fold((const uint8_t *)"答覆", strlen("答覆"), a, 8);
    size_t nb = diff_fold((const uint8_t *)"答复", strlen("答复"), b, 8);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na * sizeof a[0]);

    /* label_fold_map keeps each character's place while folding */
    const char *m = "本年度辦理結果";
    char mo[64];
    uint32_t off[64];
    size_t n = label_fold_map((const uint8_t *)m, strlen(m), 100, mo, off);
    assert_string_equal(mo, "本年度办理结果");
    assert_int_equal(n, strlen(m));
    assert_int_equal(off[9], 109); /* 辦 at byte 9 */
}

/* The word fold (script_fold.def `= 资讯 信息`): the label fold reads 資訊
 * and 资讯 as 信息, blanks between them too, each character keeping its
 * place; 资 or 讯 alone, and diff's and agency_key's folds, keep theirs;
 * the bitmap the label fold's fast loop tests stops at 讯 and at every
 * character that folds. */
static void test_word_folds(void **state)
{
    (void)state;
    char out[128];
    const char *t = "政府資訊公開 资讯内容 資 訊 投资 通讯";
    label_fold((const uint8_t *)t, strlen(t), out, sizeof out);
    assert_string_equal(out, "政府信息公开信息内容信息投资通讯");
    uint32_t to[2];
    assert_true(script_word_fold(0x8D44, 0x8BAF, to)); /* 资讯 */
    assert_int_equal(to[0], 0x4FE1);                   /* 信 */
    assert_int_equal(to[1], 0x606F);                   /* 息 */
    assert_false(script_word_fold(0x6295, 0x8D44, to)); /* 投资 */
    assert_true(script_word_stop(0x8BAF));
    assert_false(script_folds(0x8BAF));
    for (uint32_t cp = SCRIPT_FOLD_LO; cp <= SCRIPT_FOLD_HI; cp++)
        if (script_folds(cp))
            assert_true(script_word_stop(cp));

    const char *m = "本機關資訊公開";
    char mo[64];
    uint32_t off[64];
    size_t n = label_fold_map((const uint8_t *)m, strlen(m), 100, mo, off);
    assert_string_equal(mo, "本机关信息公开");
    assert_int_equal(n, strlen(m));
    assert_int_equal(off[9], 109);  /* 信 at 資's byte */
    assert_int_equal(off[12], 112); /* 息 at 訊's */

    uint32_t a[8];
    size_t na = diff_fold((const uint8_t *)"資訊", strlen("資訊"), a, 8);
    assert_int_equal(na, 2);
    assert_int_equal(a[0], 0x8D44); /* diff reads 资讯 as written */
}

/* label_is_fragment (an index of the label corpus's three-byte sequences)
 * answers what a search of the whole corpus answers: the corpus is every
 * table label's text, one a line; every piece of it is a fragment, and so
 * is a piece with its last byte changed exactly when the search finds it. */
static void test_fragments_are_the_corpus_search(void **state)
{
    (void)state;
    static char corpus[1 << 16];
    size_t n = 0;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind == LK_SEC)
            continue;
        size_t l = strlen(e->text);
        assert_true(n + l + 1 < sizeof corpus);
        memcpy(corpus + n, e->text, l);
        n += l;
        corpus[n++] = '\n';
    }
    for (size_t a = 0; a < n; a++)
        for (size_t l = 1; l <= 24 && a + l <= n; l++) {
            char piece[32];
            memcpy(piece, corpus + a, l);
            assert_true(label_is_fragment(piece, l));
            piece[l - 1] = (char)(piece[l - 1] ^ 0x01);
            assert_int_equal(label_is_fragment(piece, l), memmem(corpus, n, piece, l) != NULL);
        }
    assert_true(label_is_fragment("", 0));
}

/* 其它 is 其他 in every label: each entry whose text holds 其他 (but a
 * keyword heading, matched on its keywords) has an entry of the same kind,
 * table and key whose text is the same with 其它, so no label can lack the
 * form a report prints (不计其它情形 cut the row label in two before). */
static void test_every_qita_label_has_its_qita_form(void **state)
{
    (void)state;
    int forms = 0;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->variant == 2 || !strstr(e->text, "其他"))
            continue;
        char want[512];
        assert_true(e->len < sizeof want);
        memcpy(want, e->text, e->len + 1);
        for (char *q = strstr(want, "其他"); q; q = strstr(q, "其他"))
            memcpy(q, "其它", strlen("其它"));
        int found = 0;
        for (int j = 0; j < label_count() && !found; j++) {
            const struct label_entry *o = label_entry_at(j);
            found = o->kind == e->kind && o->table == e->table && o->key == e->key && strcmp(o->text, want) == 0;
        }
        if (!found)
            fail_msg("label %d (%s) has no 其它 form", i, e->display);
        forms++;
    }
    assert_true(forms >= 10); /* 其他结果, 法人或其他组织, （二）部分公开…, … */
}

/* label_numbered_row_line skips the fold of a line that is a table label
 * written 一、… and ASCII after it: sound only while no such label folds to
 * a keyword heading. Every one is such a line, alone and with cells, and
 * one with an ideograph after it is not. */
static void test_numbered_rows_are_no_heading(void **state)
{
    (void)state;
    int rows = 0;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        const uint8_t *d = (const uint8_t *)e->display;
        size_t n = strlen(e->display);
        char numeral[4] = {0};
        if (n > 6)
            memcpy(numeral, d, 3);
        bool numbered = e->kind != LK_SEC && n > 6 && (uint8_t)numeral[0] >= 0xE4 &&
                        strstr("一二三四五六七八九十", numeral) && memcmp(d + 3, "、", 3) == 0;
        if (!numbered)
            continue;
        rows++;
        char folded[1024];
        assert_true(label_fold(d, n, folded, sizeof folded) < sizeof folded - 4);
        assert_int_equal(label_keyword_heading(folded), -1);
        char line[1100];
        snprintf(line, sizeof line, "%s\t0 | 12\t", e->display);
        const uint8_t *l = (const uint8_t *)line;
        assert_true(label_numbered_row_line(d, d + n));
        assert_true(label_numbered_row_line(l, l + strlen(line)));
        snprintf(line, sizeof line, "%s 问题改进", e->display);
        assert_false(label_numbered_row_line(l, l + strlen(line)));
    }
    assert_true(rows >= 4); /* table 三's 一、 to 四、 */
}

/* The shortest prefix that still names a keyword heading, cut a code
 * point at a time from the end (the plain reading pagetext's heading
 * match made), against label_keyword_heading_len, which reads it from
 * each heading's earliest keyword end: every text of up to four pieces
 * of the headings' keywords, their repeats and a filler, both ways. */
static size_t keyword_len_by_cuts(const char *folded, size_t n, int k)
{
    char buf[256];
    memcpy(buf, folded, n + 1);
    size_t m = n;
    while (m > 0) {
        size_t p = m - 1;
        while (p > 0 && ((unsigned char)buf[p] & 0xC0) == 0x80)
            p--;
        buf[p] = 0;
        if (label_keyword_heading(buf) != k)
            break;
        m = p;
    }
    return m;
}

static void test_keyword_heading_len_is_the_cuts(void **state)
{
    (void)state;
    static const char *const piece[] = {"复议", "诉讼", "问题", "改进", "整改", "其他", "事项", "收到",
                                        "申请", "总体情况", "主动公开", "依申请公开", "情况", ".", "的", "x"};
    enum { NP = sizeof piece / sizeof piece[0] };
    int named = 0;
    for (int a = 0; a < NP * NP * NP * NP; a++) {
        char f[256] = "";
        for (int d = 0, x = a; d < 4; d++, x /= NP)
            strcat(f, piece[x % NP]);
        size_t n = strlen(f);
        int k = label_keyword_heading(f);
        if (k < 0)
            continue;
        named++;
        assert_int_equal(label_keyword_heading_len(f, n, k), keyword_len_by_cuts(f, n, k));
    }
    assert_true(named > 1000); /* most texts of these pieces name a heading */
}

/* Is CP the first character of a keyword heading's first keyword? */
static bool keyword_first(uint32_t cp)
{
    for (size_t i = 0; label_keyword_heading_word(i, 0); i++) {
        const char *w = label_keyword_heading_word(i, 0);
        uint32_t first = 0;
        assert_true(utf8_decode((const uint8_t *)w, strlen(w), &first) > 0);
        if (first == cp)
            return true;
    }
    return false;
}

/* line_kind folds a table line for its keywords only when the line holds
 * a character label_may_name_keyword knows: that set is exactly the code
 * points the label fold reads as a keyword's first character (a new
 * keyword heading or fold entry the gate missed would make a heading go
 * unread), also after a damaged byte, and no word fold writes one. */
static void test_keyword_gate_is_the_fold(void **state)
{
    (void)state;
    size_t headings = 0, gated = 0;
    while (label_keyword_heading_word(headings, 0))
        headings++;
    assert_true(headings >= 8);
    for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        uint8_t b[16] = {0xE5}; /* a lead byte with no continuation in front */
        size_t n = 1 + utf8_put((char *)b + 1, cp);
        bool want = keyword_first(label_fold_cp(cp));
        assert_int_equal(label_may_name_keyword(b + 1, b + n), want);
        assert_int_equal(label_may_name_keyword(b, b + n), want);
        gated += want;
    }
    assert_int_equal(gated, 12); /* 总 主 收 依 复 问 其 總 問 復 複 覆 */
    /* a heading's line: found wherever it stands, not past its end */
    const char *line = "五、政府信息公開行政復議、行政訴訟情況";
    const uint8_t *u = (const uint8_t *)line;
    assert_true(label_may_name_keyword(u, u + strlen(line)));
    assert_false(label_may_name_keyword(u, u + 21)); /* 五、政府信息公: none yet */
    const char *row = "三、本年度办理结果\t（一）予以公开\t0\t0";
    assert_false(label_may_name_keyword((const uint8_t *)row, (const uint8_t *)row + strlen(row)));
    /* each of them at every place of a longer line (sixteen bytes a step,
     * then one), after a damaged byte, and cut off by the line's end */
    for (uint32_t cp = 0x4E00; cp <= 0x9FFF; cp++) {
        if (!keyword_first(label_fold_cp(cp)))
            continue;
        for (size_t at = 0; at < 48; at++) {
            uint8_t b[64];
            for (size_t k = 0; k < sizeof b; k += 4)
                memcpy(b + k, k % 8 ? "\t9\xE5" : "\xE5\x8A\x9E\t", 4); /* 办 TAB 9 and a lone E5 */
            size_t n = utf8_put((char *)b + at, cp);
            assert_true(label_may_name_keyword(b, b + at + n));
            assert_false(label_may_name_keyword(b, b + at + n - 1));
            assert_true(label_may_name_keyword(b + at, b + sizeof b));
        }
    }
    int words = 0;
    for (uint32_t cp = SCRIPT_FOLD_LO; cp <= SCRIPT_FOLD_HI; cp++) {
        if (!script_word_stop(cp) || script_folds(cp))
            continue;
        for (uint32_t prev = 1; prev < 0x10000; prev++) {
            uint32_t to[2];
            if (!script_word_fold(prev, cp, to))
                continue;
            words++;
            assert_false(keyword_first(to[0]) || keyword_first(to[1]));
        }
    }
    assert_true(words >= 1); /* 资讯 */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_is_the_def),
        cmocka_unit_test(test_fold_read_backwards),
        cmocka_unit_test(test_every_fold_reads_it),
        cmocka_unit_test(test_texts),
        cmocka_unit_test(test_word_folds),
        cmocka_unit_test(test_fragments_are_the_corpus_search),
        cmocka_unit_test(test_numbered_rows_are_no_heading),
        cmocka_unit_test(test_every_qita_label_has_its_qita_form),
        cmocka_unit_test(test_keyword_heading_len_is_the_cuts),
        cmocka_unit_test(test_keyword_gate_is_the_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
