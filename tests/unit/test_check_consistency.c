/* Consistency inside one report (V401-V406): the year, the statistics
 * period and the sign-off date; counts in the prose of 一 against the
 * tables; fees; empty prose sections. */
#include "check_helpers.h"
#include "lex.h"
#include "script_fold.h"
#include "utf8.h"

static void test_statistics_period(void **state)
{
    (void)state;
    /* 003, traditional script: 統計期限為2023年… in a 2024 report */
    char *s = ck_replace(ck_read("tests/fixtures/liujiang-edu-2024.txt"), "統計期限為2024年", "統計期限為2023年");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_PERIOD_YEAR, XXGK_ERROR, 6, 71);
    assert_string_equal(v->msg, "the statistics period is in 2023 but the report is on 2024");
    xxgk_pos p = ck_note_pos(d, v, 0);
    assert_int_equal(p.line, 3);
    assert_int_equal(p.col, 10);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* the end of the period counts as well */
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "至2022年12月31日止", "至2023年12月31日止");
    d = ck_run(s);
    ck_expect(d, XXGK_V_PERIOD_YEAR, XXGK_ERROR, 3, 47);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* years in Chinese numerals */
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "至2022年12月31日止", "至二〇二三年十二月三十一日止");
    d = ck_run(s);
    const xxgk_diag *cn = ck_expect(d, XXGK_V_PERIOD_YEAR, XXGK_ERROR, 3, 47);
    assert_int_equal(xxgk_doc_position(d, cn->span.end).col, 51);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "至2022年12月31日止", "至二〇二二年十二月三十一日止");
    d = ck_run(s);
    ck_expect_count(d, 0);
    xxgk_doc_free(d);
}

/* V401 reads the source where a 统 or 統 stands (ck_period_span): a period
 * word broken by more white space than it looks at first is still one;
 * the first word of the list is read, wherever the others stand; its
 * sentence ends at 。, ; or ；. */
static void test_statistics_period_in_source(void **state)
{
    (void)state;
    const char *from = "所列数据的统计期限自2022年";
    static const struct {
        const char *to;
        int findings;
    } cases[] = {
        {"所列数据的统                                                            计期限自2023年", 1},
        {"所列数据的統\n计\n期\n限自2023年", 1},
        {"统计时间为2023年。所列数据的统计期限自2022年", 0},
        {"所列数据的统计期限自2022年；2023年", 0},
        {"所列数据的统计期限自2022年;2023年", 0},
        {"所列数据的统计期限自2022年，2023年", 1},
        {"所列数据的统计时间为2023年。统一的统计期自2022年", 1},
        /* read from the ideographs after 统 one by one: mixed scripts,
         * and a word cut short by a space after 统计 */
        {"所列数据的统計時限自2023年", 1},
        {"系统统计數據的統計期间自2023年", 1},
        {"所列数据的统计 期限自2023年", 1},
        {"所列数据的统计期自2023年", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), from, cases[i].to));
        assert_int_equal(ck_count_prefix(d, "V401"), cases[i].findings);
        xxgk_doc_free(d);
    }
}

/* Parse and check text (freed) when only the findings about cells are
 * shown (export's flags: cells_only). */
static xxgk_doc *ck_run_cells_only(char *text)
{
    xxgk_options po = {.lang = XXGK_LANG_EN};
    xxgk_check_options co = {.cells_only = true};
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), &po);
    free(text);
    assert_non_null(d);
    xxgk_check(d, &co);
    return d;
}

/* With cells_only (export), V401 is not run when its places (the prose of
 * the preamble and section 一, the title's year) all stand before every
 * cell: its finding could flag no cell. The other findings are the same.
 * When a table stands before section 一, it runs as before. */
static void test_statistics_period_cells_only(void **state)
{
    (void)state;
    const char *from = "统计期限自2022年", *to = "统计期限自2023年";
    xxgk_doc *all = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), from, to));
    xxgk_doc *cells = ck_run_cells_only(ck_replace(ck_read("tests/check/subtotal-2022.txt"), from, to));
    assert_int_equal(ck_count_prefix(all, "V401"), 1);
    assert_int_equal(ck_count_prefix(cells, "V401"), 0);
    assert_int_equal(ck_count_prefix(all, "V"), ck_count_prefix(cells, "V") + 1);
    xxgk_doc_free(all);
    xxgk_doc_free(cells);
    /* section 二 (table 二) moved before section 一: its cells stand
     * before section 一's prose, and V401 runs */
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), from, to);
    char *one = strstr(s, "一、总体情况"), *two = strstr(s, "二、主动公开政府信息情况"),
         *three = strstr(s, "三、收到和处理政府信息公开申请情况");
    assert_true(one && two && three && one < two && two < three);
    size_t n = strlen(s);
    char *moved = malloc(n + 1);
    size_t a = (size_t)(one - s), b = (size_t)(two - s), c = (size_t)(three - s);
    memcpy(moved, s, a);
    memcpy(moved + a, two, c - b);
    memcpy(moved + a + (c - b), one, b - a);
    memcpy(moved + c, three, n - c + 1);
    free(s);
    cells = ck_run_cells_only(moved);
    assert_int_equal(ck_count_prefix(cells, "V401"), 1);
    xxgk_doc_free(cells);
}

/* V401 looks for 统 and 統 thirty-two places at a time, then sixteen
 * (next_tong): the word is found wherever it stands against those steps
 * (either half of thirty-two, the last few bytes), and in both scripts. */
static void test_statistics_period_at_any_offset(void **state)
{
    (void)state;
    for (int k = 0; k < 72; k++) {
        char pad[200] = "", to[400];
        for (int j = 0; j < k; j++)
            strcat(pad, j % 3 == 2 ? "的" : "x");
        snprintf(to, sizeof to, "%s%s自2023年", pad, k % 2 ? "統計期限" : "统计期限");
        xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "所列数据的统计期限自2022年", to));
        assert_int_equal(ck_count_prefix(d, "V401"), 1);
        xxgk_doc_free(d);
    }
}

static void test_signoff_date(void **state)
{
    (void)state;
    /* 002: a 2023 report signed 2024-01-26 is normal */
    xxgk_doc *d = ck_file("tests/fixtures/huzhu-edu-2023.txt");
    assert_int_equal(ck_count_prefix(d, "V4"), 0);
    xxgk_doc_free(d);
    d = ck_run(ck_replace(ck_read("tests/fixtures/huzhu-edu-2023.txt"), "2024年1月26日", "2025年1月26日"));
    const xxgk_diag *v = ck_expect(d, XXGK_V_SIGNOFF_YEAR, XXGK_ERROR, 70, 1);
    assert_string_equal(v->msg, "the report on 2023 is dated 2025-01-26; it is due in the following "
                                "year, 2024");
    assert_int_equal(ck_count_prefix(d, "V4"), 1);
    xxgk_doc_free(d);
    d = ck_run(ck_replace(ck_read("tests/fixtures/huzhu-edu-2023.txt"), "2024年1月26日", "2023年6月1日"));
    ck_expect(d, XXGK_V_SIGNED_EARLY, XXGK_WARNING, 70, 1);
    assert_int_equal(ck_count_prefix(d, "V4"), 1);
    xxgk_doc_free(d);
    /* the last day of the year is not early */
    d = ck_run(ck_replace(ck_read("tests/fixtures/huzhu-edu-2023.txt"), "2024年1月26日", "2023年12月31日"));
    assert_int_equal(ck_count_prefix(d, "V4"), 0);
    xxgk_doc_free(d);
}

static void test_prose_counts(void **state)
{
    (void)state;
    /* the fixture states all of them; each altered alone */
    static const struct {
        const char *from, *to;
        unsigned line, col;
        const char *msg;
    } cases[] = {
        {"申请26件", "申请27件", 11, 14, "section 一 states requests received: 27, but table 三 gives 26"},
        {"上年结转3件", "上年结转4件", 11, 22,
         "section 一 states requests carried in from last year: 4, but table 三 gives 3"},
        {"办结28件", "办结27件", 11, 27, "section 一 states requests handled: 27, but table 三 gives 28"},
        {"1件结转下年度", "2件结转下年度", 11, 31,
         "section 一 states requests carried over to next year: 2, but table 三 gives 1"},
        {"行政复议4件", "行政复议5件", 11, 57, "section 一 states administrative reviews: 5, but table 四 gives 4"},
        {"行政诉讼2件", "行政诉讼3件", 11, 64,
         "section 一 states administrative lawsuits: 3, but table 四 gives 2"},
        {"制发行政规范性文件5件", "制发行政规范性文件6件", 8, 31,
         "section 一 states normative documents issued: 6, but table 二 gives 5"},
        {"行政规范性文件30件", "行政规范性文件31件", 8, 45,
         "section 一 states normative documents in force: 31, but table 二 gives 30"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), cases[i].from, cases[i].to));
        const xxgk_diag *v = ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, cases[i].line, cases[i].col);
        assert_string_equal(v->msg, cases[i].msg);
        /* a note on the table's cell; two for the two lawsuit totals */
        assert_int_equal(ck_note_count(v), strstr(cases[i].from, "诉讼") ? 2 : 1);
        ck_expect_count(d, 1);
        xxgk_doc_free(d);
    }
}

/* V401 and V404 look at a block's source for a few characters before
 * folding it (check_consistency.c, ck_period_span: 统; check_prose.c,
 * shen_ends_at, holds_count_word and holds_none_word: 申, 件, 为, 未, 没),
 * knowing the characters that fold to each: the fold table
 * (src/core/script_fold.def) must fold nothing else to them. A variant
 * added there for one of them must be added to those too. */
static void test_what_folds_to_the_words_looked_for(void **state)
{
    (void)state;
    static const struct {
        uint32_t to, from[2]; /* from: the other characters folding to it */
    } cases[] = {
        {0x7533 /* 申 */, {0, 0}},
        {0x4EF6 /* 件 */, {0, 0}},
        {0x4E3A /* 为 */, {0x70BA /* 為 */, 0x7232 /* 爲 */}},
        {0x7EDF /* 统 */, {0x7D71 /* 統 */, 0}},
        {0x672A /* 未 */, {0, 0}},
        {0x6CA1 /* 没 */, {0x6C92 /* 沒 */, 0}},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        for (uint32_t cp = SCRIPT_FOLD_LO; cp <= SCRIPT_FOLD_HI; cp++)
            if (cp != cases[k].to && cp != cases[k].from[0] && cp != cases[k].from[1])
                assert_int_not_equal(script_to_simplified(cp), cases[k].to);
        assert_int_equal(label_fold_cp(cases[k].to), cases[k].to);
        for (int f = 0; f < 2; f++)
            if (cases[k].from[f])
                assert_int_equal(label_fold_cp(cases[k].from[f]), cases[k].to);
    }
}

/* V404 reads a block's source sixteen bytes at a time (ck_counts_span),
 * forward to a 件, 为 (為, 爲) or 申 and back from it to where its clause
 * starts: a count is found wherever it stands against those steps, in the
 * middle of a block or at its very end, after ASCII or ideographs, with
 * its number before 件 or after 爲. */
static void test_prose_counts_at_any_offset(void **state)
{
    (void)state;
    for (int k = 0; k < 40; k++) {
        char pad[200] = "";
        for (int j = 0; j < k; j++)
            strcat(pad, j % 3 == 2 ? "的" : "x");
        char mid[400], last[400], wide[400];
        snprintf(mid, sizeof mid, "%s。本年共收到政府信息公开申请27件，", pad);
        snprintf(last, sizeof last, "%s。本年共收到政府信息公开申请27件", pad);
        /* full-width digits, found by their last two bytes */
        snprintf(wide, sizeof wide, "%s；本年共收到政府信息公开申请２７件，", pad);
        xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年共收到政府信息公开申请26件，", mid));
        assert_int_equal(ck_count_prefix(d, "V404"), 1);
        xxgk_doc_free(d);
        char closing[400];
        snprintf(closing, sizeof closing, "%s。上年結轉數量爲4，本年共收到政府信息公开申请26件，", pad);
        d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年共收到政府信息公开申请26件，", closing));
        assert_int_equal(ck_count_prefix(d, "V404"), 1);
        xxgk_doc_free(d);
        d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年共收到政府信息公开申请26件，", wide));
        assert_int_equal(ck_count_prefix(d, "V404"), 1);
        xxgk_doc_free(d);
        d = ck_run(ck_replace_line(ck_read("tests/check/subtotal-2022.txt"), 11, last));
        assert_int_equal(ck_count_prefix(d, "V404"), 1);
        xxgk_doc_free(d);
    }
}

/* V404 passes a 件 right after an ideograph (文件) and a 为 right before
 * one (作为), which no number touches (check_prose.c, may_mark): a count
 * beside them is still found, and so is one whose number is parted from
 * its 件 or 为 by what the fold drops (a space, a line break, a bad byte). */
static void test_prose_counts_beside_ideographs(void **state)
{
    (void)state;
    static const char *const to[] = {
        "本年共收到政府信息公开申请文件27件，",   "作为申请文件，本年共收到申请27件，",
        "本年共收到政府信息公开申请27 件，",      "本年共收到政府信息公开申请27\n件，",
        "本年共收到政府信息公开申请27\xff件，",  "本年共收到政府信息公开申请２７　件，",
        "上年结转数量为 4，本年共收到政府信息公开申请26件，",
        "上年结转数量為\n4，本年共收到政府信息公开申请26件，",
    };
    for (size_t i = 0; i < sizeof to / sizeof to[0]; i++) {
        xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年共收到政府信息公开申请26件，", to[i]));
        if (ck_count_prefix(d, "V404") != 1) {
            ck_dump(d);
            fail_msg("%s", to[i]);
        }
        xxgk_doc_free(d);
    }
}

/* V404's clause scan (check_prose.c, ck_counts_span) looks at the source
 * only where a byte is ASCII or the lead E3 or EF, for the characters that
 * end a clause or are digits once folded: the label fold must make them
 * from no other character. */
static void test_what_folds_to_clause_ends_and_digits(void **state)
{
    (void)state;
    static const uint32_t ends[] = {',', ';', ':', '(', ')', '!', 0x3002, 0xFF01, 0x3010, 0x3011};
    for (uint32_t cp = 0x80; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        uint32_t f = label_fold_cp(cp);
        bool matters = f >= '0' && f <= '9';
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
            matters = matters || f == ends[k];
        if (matters) {
            char u[4];
            utf8_put(u, cp);
            if ((uint8_t)u[0] != 0xE3 && (uint8_t)u[0] != 0xEF)
                fail_msg("U+%04X folds to U+%04X and begins with neither E3 nor EF", (unsigned)cp, (unsigned)f);
        }
    }
}

static void test_prose_counts_in_other_layouts(void **state)
{
    (void)state;
    /* traditional script, one paragraph per line */
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/fixtures/liujiang-edu-2024.txt"), "政府信息0件", "政府信息5件"));
    const xxgk_diag *v = ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 12, 63);
    xxgk_pos p = ck_note_pos(d, v, 0);
    assert_int_equal(p.line, 68);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* PDF text: 未收到…申请 is none received; the line break inside
     * 上年度结转数量为\n0 is layout */
    d = ck_run(ck_replace(ck_read("tests/fixtures/beiguan-edu-2023.txt"), "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0",
                          "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"));
    ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 15, 15);
    xxgk_doc_free(d);
    /* the same in traditional script: 沒有收到 (a piece without a count is
     * read for its 未 or 没, which 沒 folds to) */
    d = ck_run(ck_replace(ck_replace(ck_read("tests/fixtures/beiguan-edu-2023.txt"),
                                     "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0",
                                     "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"),
                          "未收到", "沒有收到"));
    ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 15, 15);
    xxgk_doc_free(d);
    d = ck_run(ck_replace(ck_read("tests/fixtures/beiguan-edu-2023.txt"), "结转数量为\n0", "结转数量为\n2"));
    ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 16, 1);
    xxgk_doc_free(d);
    /* Huai'an, a number broken across lines: 答\n复3050件 */
    d = ck_run(ck_replace(ck_read("tests/fixtures/huaian-2024.txt"), "复3050件", "复3051件"));
    ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 30, 2);
    xxgk_doc_free(d);
}

static void test_prose_counts_that_agree(void **state)
{
    (void)state;
    /* Pingtan 2022 says 收到…75件 for 74 new and 1 carried in; Huai'an
     * states every count of its tables */
    static const char *const reports[] = {"tests/fixtures/pingtan-2021.txt", "tests/fixtures/pingtan-2022.txt",
                                          "tests/fixtures/huaian-2024.txt", "tests/fixtures/liujiang-edu-2024.txt",
                                          "tests/fixtures/beiguan-edu-2023.txt", "tests/check/subtotal-2022.txt"};
    for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++) {
        xxgk_doc *d = ck_file(reports[i]);
        if (count_diags(d, XXGK_V_PROSE_COUNT)) {
            ck_dump(d);
            fail_msg("%s", reports[i]);
        }
        xxgk_doc_free(d);
    }
}

static void test_prose_parts_are_not_counts(void **state)
{
    (void)state;
    /* 其中… is a part of the count, 同比… a change: neither is compared */
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "上年结转3件，",
                                    "其中收到网上申请12件，同比增长5件，上年结转3件，"));
    ck_expect_count(d, 0);
    xxgk_doc_free(d);
}

static void test_prose_outcomes_are_not_handled(void **state)
{
    (void)state;
    /* an outcome of the requests (部分公开答复0件) is one row of the handled
     * total, and 转下一年度办理 is the carry-over: neither is "requests
     * handled"; the carry-over is compared with 四、结转下年度. The outcomes
     * are compared with their own rows (V407, test_check_outcomes.c): table
     * 三 gives 4 and 14 */
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "上年结转3件，",
                                    "上年结转3件，部分公开答复0件，予以公开答复20件，"));
    assert_int_equal(ck_count_prefix(d, "V404"), 0);
    ck_expect(d, XXGK_V_PROSE_OUTCOME, XXGK_WARNING, 11, 31);
    ck_expect(d, XXGK_V_PROSE_OUTCOME, XXGK_WARNING, 11, 40);
    ck_expect_count(d, 2);
    xxgk_doc_free(d);
    d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "上年结转3件，",
                          "上年结转3件，转下一年度办理答复的有0件，"));
    const xxgk_diag *v = ck_expect(d, XXGK_V_PROSE_COUNT, XXGK_WARNING, 11, 36);
    assert_string_equal(v->msg, "section 一 states requests carried over to next year: 0, but table 三 gives 1");
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
}

static void test_fee_not_charged(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年度未收取信息处理费。",
                                    "本年度未收取任何费用。"));
    const xxgk_diag *v = ck_expect(d, XXGK_V_FEE_NOT_CHARGED, XXGK_WARNING, 74, 4);
    assert_int_equal(xxgk_doc_position(d, v->span.end).col, 7);
    xxgk_pos p = ck_note_pos(d, v, 0);
    assert_int_equal(p.line, 28);
    assert_int_equal(p.col, 9);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* in traditional script, and broken over a line as PDF text is: the
     * same finding (the rule reads the folded text; a block is skipped
     * only when it lacks 收, which every phrase holds in both scripts) */
    d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "本年度未收取信息处理费。",
                          "本年度未收\n費。"));
    v = ck_expect(d, XXGK_V_FEE_NOT_CHARGED, XXGK_WARNING, 74, 4);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* 信息处理费 is another fee: 000 charges 787 万元 and no 处理费 */
    d = ck_file("tests/fixtures/wenfeng-edu-2024.txt");
    assert_int_equal(count_diags(d, XXGK_V_FEE_NOT_CHARGED), 0);
    xxgk_doc_free(d);
}

static void test_empty_section(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "六、其他需要报告的事项\n\n无",
                                    "六、其他需要报告的事项\n"));
    const xxgk_diag *v = ck_expect(d, XXGK_V_EMPTY_SECTION, XXGK_WARNING, 88, 1);
    assert_string_equal(v->msg, "section 六 (其他需要报告的事项) is empty");
    ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 63, 12); /* 本机关不掌握相关信息 */
    ck_expect_count(d, 5); /* and three V106 on the over-full table 四 */
    xxgk_doc_free(d);
    /* 无 says there is nothing to report: not empty */
    d = ck_file("tests/fixtures/erqi-edu-2020.txt");
    assert_int_equal(count_diags(d, XXGK_V_EMPTY_SECTION), 0);
    xxgk_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_statistics_period),
        cmocka_unit_test(test_statistics_period_in_source),
        cmocka_unit_test(test_statistics_period_cells_only),
        cmocka_unit_test(test_statistics_period_at_any_offset),
        cmocka_unit_test(test_signoff_date),
        cmocka_unit_test(test_prose_counts),
        cmocka_unit_test(test_what_folds_to_the_words_looked_for),
        cmocka_unit_test(test_what_folds_to_clause_ends_and_digits),
        cmocka_unit_test(test_prose_counts_at_any_offset),
        cmocka_unit_test(test_prose_counts_beside_ideographs),
        cmocka_unit_test(test_prose_counts_in_other_layouts),
        cmocka_unit_test(test_prose_counts_that_agree),
        cmocka_unit_test(test_prose_parts_are_not_counts),
        cmocka_unit_test(test_prose_outcomes_are_not_handled),
        cmocka_unit_test(test_fee_not_charged),
        cmocka_unit_test(test_empty_section),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
