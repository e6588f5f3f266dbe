/* Structure (V301-V309): numbering of sections and sub-headings, markdown
 * levels, the template's form for the report's year, title variants. */
#include <stdio.h>

#include "check_helpers.h"
#include "cell_doubt.h"

static void test_restarted_numbering_in_seed_000(void **state)
{
    (void)state;
    /* ## 一、总体情况 then ### 一、总体情况 */
    xxgk_doc *d = ck_file("tests/fixtures/wenfeng-edu-2024.txt");
    const xxgk_diag *v = ck_expect(d, XXGK_V_RESTARTED_NUMBERING, XXGK_WARNING, 7, 5);
    assert_string_equal(v->msg, "sub-heading '一、总体情况' repeats the number of section 一: the "
                                "sub-headings restart the top-level numbering");
    assert_int_equal(ck_note_pos(d, v, 0).line, 5);
    /* and ### 三、收到和处理… among ## sections */
    const xxgk_diag *m = ck_expect(d, XXGK_V_MD_SECTION_LEVEL, XXGK_WARNING, 44, 5);
    assert_string_equal(m->msg, "section heading 三 is a level-3 markdown heading, the other section "
                                "headings are level 2");
    ck_expect_count(d, 2);
    xxgk_doc_free(d);
}

static void test_bracketed_subheading_is_no_restart(void **state)
{
    (void)state;
    /* （一）基本情况 under 一、总体情况 is an ordinary sub-heading */
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "（一）主动公开", "（一）总体情况");
    xxgk_doc *d = ck_run(s);
    ck_expect_count(d, 0);
    xxgk_doc_free(d);
}

static void test_subheading_as_high_as_section(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/fixtures/wenfeng-edu-2024.txt"), "### 二、统筹推进", "## 二、统筹推进");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_MD_SUBHEADING_LEVEL, XXGK_WARNING, 11, 4);
    assert_string_equal(v->msg, "sub-heading '二、统筹推进全面部署主抓落实' is a level-2 markdown "
                                "heading, not below its section heading (level 2)");
    ck_expect_count(d, 3);
    xxgk_doc_free(d);
}

static void test_siblings_at_different_levels(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/fixtures/wenfeng-edu-2024.txt"), "### 三、2024", "#### 三、2024");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_MD_SIBLING_LEVEL, XXGK_WARNING, 21, 6);
    xxgk_pos p = ck_note_pos(d, v, 0);
    assert_int_equal(p.line, 11);
    assert_int_equal(p.col, 5);
    ck_expect_count(d, 3);
    xxgk_doc_free(d);
}

/* The fixture without section 一, the other five numbered 一 to 五. */
static char *shifted_block(void)
{
    char *s = ck_read("tests/check/subtotal-2022.txt");
    char *one = strstr(s, "一、总体情况"), *two = strstr(s, "二、主动公开政府信息情况");
    memmove(one, two, strlen(two) + 1);
    s = ck_replace(s, "二、主动公开政府信息情况", "一、主动公开政府信息情况");
    s = ck_replace(s, "三、收到和处理", "二、收到和处理");
    s = ck_replace(s, "四、政府信息公开行政复议", "三、政府信息公开行政复议");
    s = ck_replace(s, "五、存在的主要问题", "四、存在的主要问题");
    return ck_replace(s, "六、其他需要报告", "五、其他需要报告");
}

static void test_block_numbered_one_less(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run(shifted_block());
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER, XXGK_ERROR, 5, 1);
    assert_string_equal(v->msg, "section 二 (主动公开政府信息情况) is numbered 一; sections 二 to 六 are "
                                "numbered 一 to 五");
    /* one finding for the block, a note on each other section */
    assert_int_equal(ck_note_count(v), 4);
    assert_int_equal(ck_note_pos(d, v, 3).line, 64);
    assert_int_equal(count_diags(d, XXGK_V_SECTION_NUMBER), 1);
    assert_int_equal(count_diags(d, XXGK_P_MISSING_SECTION), 1);
    xxgk_doc_free(d);
}

static void test_one_section_misnumbered(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "五、存在的主要问题", "七、存在的主要问题");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER, XXGK_ERROR, 68, 1);
    assert_string_equal(v->msg, "section 五 (存在的主要问题及改进情况) is numbered 七");
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
}

/* Section 四's heading reworded (行政法复议, a title known by its keywords)
 * and numbered 三, the section open: still section 四, its numeral told
 * (V301). Read as a sub-heading it cut table 三 before its last rows
 * (P001, a false P005 naming rows that are printed) and lost table 四. */
static void test_reworded_heading_misnumbered(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "四、政府信息公开行政复议",
                         "三、政府信息公开行政法复议");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER, XXGK_ERROR, 61, 1);
    assert_string_equal(v->msg, "section 四 (政府信息公开行政复议、行政诉讼情况) is numbered 三");
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 1);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_int_equal(r->tables[XXGK_TABLE_REQUESTS]->ncells, 200);
    assert_int_equal(r->tables[XXGK_TABLE_APPEALS]->ncells, 15);
    xxgk_doc_free(d);
}

/* Sections 四 and 五 under one heading (四、…行政诉讼情况及存在的主要问题和
 * 改进情况), 五's body in 四 and 六 printed 五: 五 is not missing and 六's
 * numeral is no finding, a note (P115) says how the heading was read; the
 * tables are read as before. Was two errors, P002 and V301. */
static char *merged_four_five(const char *four_title)
{
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "四、政府信息公开行政复议、行政诉讼情况",
                         four_title);
    s = ck_replace(s, "五、存在的主要问题及改进情况\n", "");
    return ck_replace(s, "六、其他需要报告的事项", "五、其他需要报告的事项");
}

static void test_four_holds_five(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run(merged_four_five("四、政府信息公开行政复议、行政诉讼情况及存在的主要问题和改进情况"));
    const xxgk_diag *n = ck_expect(d, XXGK_P_FOUR_HOLDS_FIVE, XXGK_NOTE, 61, 1);
    assert_string_equal(n->msg, "section 四's heading also names section 五 (存在的主要问题及改进情况): "
                                "the two are read as one section, 五 not missing");
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    assert_int_equal(ck_count_prefix(d, "V301"), 0);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_int_equal(r->tables[XXGK_TABLE_REQUESTS]->ncells, 200);
    assert_int_equal(r->tables[XXGK_TABLE_APPEALS]->ncells, 15);
    xxgk_doc_free(d);
}

/* must-not: 四's own title and no 五: 五 is missing (P002) and 六 printed 五
 * is told (V301), no P115 */
static void test_four_without_five_is_missing(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run(merged_four_five("四、政府信息公开行政复议、行政诉讼情况"));
    ck_expect(d, XXGK_P_MISSING_SECTION, XXGK_ERROR, 71, 1);
    ck_expect(d, XXGK_V_SECTION_NUMBER, XXGK_ERROR, 71, 1);
    assert_int_equal(ck_count_prefix(d, "P115"), 0);
    xxgk_doc_free(d);
}

/* Tables only in 附件1-3 after 六, the body saying 详见附件N (user9 b11):
 * each annex caption heads its section's table, a note (P112) at it; no
 * P012, and the cells are read and checked as in the body. Was P012 x3
 * and every cell withheld. */
static void test_annex_tables(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/check/annex-2022.txt");
    const xxgk_diag *n = ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 43, 1);
    assert_string_equal(n->msg, "section 三's table is read from the annex after section 六 ('附件2'): "
                                "the section itself prints none");
    ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 28, 1);
    ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 73, 1);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_int_equal(r->tables[XXGK_TABLE_REQUESTS]->ncells, 175);
    assert_int_equal(r->tables[XXGK_TABLE_APPEALS]->ncells, 15);
    const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL);
    assert_non_null(c);
    assert_int_equal(c->value.mant, 167);
    xxgk_doc_free(d);
}

/* The same report with CR LF line breaks (a Windows text): the captions
 * whose title is on the line under them (附件2 / 收到和处理…) are found past
 * the CR LF too. Was P012 for 三 and 四. */
static void test_annex_tables_crlf(void **state)
{
    (void)state;
    char *s = ck_read("tests/check/annex-2022.txt");
    size_t n = strlen(s), lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    char *crlf = malloc(n + lines + 1), *o = crlf;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n')
            *o++ = '\r';
        *o++ = s[i];
    }
    *o = 0;
    free(s);
    xxgk_doc *d = ck_run(crlf);
    ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 43, 1);
    ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 73, 1);
    assert_int_equal(ck_count_prefix(d, "P012"), 0);
    xxgk_doc_free(d);
}

/* must-not: the body prints table 四 and the annex a copy with other
 * numbers: the body's table is the section's (复议 维持 1, not the
 * annex's 0), no P112 for 四; the copy's differing cells are one warning
 * (P113) at the first */
static void test_annex_copy_of_body_table(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/annex-2022.txt"), "详见附件3。",
                         "行政复议\t行政诉讼\n"
                         "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
                         "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
                         "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                         "1\t0\t2\t7\t10\t0\t2\t7\t2\t11\t0\t0\t7\t2\t9");
    xxgk_doc *d = ck_run(s);
    assert_int_equal(ck_count_prefix(d, "P012"), 0);
    ck_expect(d, XXGK_P_ANNEX_TABLE, XXGK_NOTE, 46, 1);
    assert_int_equal(ck_count_prefix(d, "P112"), 2);
    const xxgk_diag *w = ck_expect(d, XXGK_P_ANNEX_COPY_DIFFERS, XXGK_WARNING, 81, 1);
    assert_string_equal(w->msg, "table 四 is printed again in the annex after section 六 with 2 cell(s) differing "
                                "from its first print, at line 19 (row '行政复议', column '结果维持': 0 here, 1 "
                                "there): the first print is read, the copy goes to no cell");
    const xxgk_report *r = xxgk_doc_report(d);
    const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_REVIEW, XXGK_C_UPHELD);
    assert_non_null(c);
    assert_int_equal(c->value.mant, 1);
    xxgk_doc_free(d);
}

/* A county's report prints table 三 for （一）县政府本级 and again for
 * （二）全县（含乡镇、部门）: the second is a table of its own, a note (P120)
 * at its caption; no P014 on its rows, the report's cells the first
 * table's (3 new requests, not the second's 40), and both tables add up.
 * Was P014 on each of the second table's 25 rows. */
static void test_scope_table(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/check/scope-2023.txt");
    const xxgk_diag *n = ck_expect(d, XXGK_P_SCOPE_TABLE, XXGK_NOTE, 32, 1);
    assert_string_equal(n->msg, "table 三 is printed again for another scope ('（二）全县（含乡镇、部门）'): read and "
                                "checked as a table of its own; its cells are not the report's, which come from "
                                "the first table");
    assert_int_equal(ck_count_prefix(d, "P014"), 0);
    assert_int_equal(ck_count_prefix(d, "V1"), 0);
    const xxgk_report *r = xxgk_doc_report(d);
    const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL);
    assert_non_null(c);
    assert_int_equal(c->value.mant, 3);
    xxgk_doc_free(d);
}

/* Is the report's cell (TABLE, ROW, COL) of D doubted, as export flags
 * it and the panel leaves it blank (cell_doubt_of, with the findings
 * cell_doubt_count counts)? */
static bool ck_doubted(const xxgk_doc *d, int table, int row, int col)
{
    cell_flags f;
    cell_flags_init(&f, d);
    cell_doubt c = cell_doubt_of(&f, xxgk_doc_report(d), cell_doubt_count(d), table, row, col);
    cell_flags_free(&f);
    return c.d != NULL;
}

/* The captions the other way round (（一）全县（含乡镇、部门） first,
 * （二）县政府本级 second): the first table is not said to be the
 * agency's, so its cells, the report's, are doubted (P121 at the second
 * caption, naming both; export's flag, the panel's blank), as P014 did;
 * in the captions' first order they are not. */
static void test_scope_table_unsure(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/scope-2023.txt"), "（一）县政府本级", "（一）全县（含乡镇、部门）");
    s = ck_replace(s, "（二）全县（含乡镇、部门）", "（二）县政府本级");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *w = ck_expect(d, XXGK_P_SCOPE_UNSURE, XXGK_WARNING, 32, 1);
    assert_non_null(strstr(w->msg, "('（一）全县（含乡镇、部门）', then '（二）县政府本级')"));
    assert_int_equal(ck_count_prefix(d, "P120"), 0);
    assert_true(ck_doubted(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL));
    assert_true(ck_doubted(d, XXGK_TABLE_REQUESTS, XXGK_R_CARRIED_IN, XXGK_C_NATURAL_PERSON));
    xxgk_doc_free(d);
    xxgk_doc *ok = ck_file("tests/check/scope-2023.txt");
    assert_false(ck_doubted(ok, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL));
    xxgk_doc_free(ok);
}

/* The report's own print with its header and no row, then the county's
 * caption and its print (header again, rows): the rows may be the
 * county's, so P125 at the caption and every cell of the table doubted
 * (export's flag, the panel's blank), where the county's 40 went out as
 * the agency's own under a warning (P019). A table's title line with the
 * scope word but no serial (2023年度全县…统计表) is no caption: no P125,
 * no doubt. */
static void test_scope_inside_table(void **state)
{
    (void)state;
    char *s = ck_read("tests/check/scope-2023.txt");
    char *rows = strstr(s, "一、本年新收"), *cap = strstr(s, "（二）全县（含乡镇、部门）");
    assert_non_null(rows);
    assert_non_null(cap);
    memmove(rows, cap, strlen(cap) + 1);
    char *t = ck_replace(strdup(s), "（二）全县（含乡镇、部门）", "2023年度全县政府信息公开申请情况统计表");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *e = ck_expect(d, XXGK_P_SCOPE_INSIDE_TABLE, XXGK_ERROR, 7, 1);
    assert_non_null(strstr(e->msg, "the caption '（二）全县（含乡镇、部门）' names a wider scope inside table 三"));
    assert_true(ck_doubted(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON));
    assert_true(ck_doubted(d, XXGK_TABLE_REQUESTS, XXGK_R_CARRIED_IN, XXGK_C_TOTAL));
    xxgk_doc_free(d);
    xxgk_doc *ok = ck_run(t);
    assert_int_equal(ck_count_prefix(ok, "P125"), 0);
    assert_false(ck_doubted(ok, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON));
    xxgk_doc_free(ok);
}

/* The second scope's table with a wrong （七）总计 (41 where its rows make
 * 40): the validator's identities over that table alone, at its own lines
 * (V103 at its （七）总计, V104 at its 四、结转), the first table clean. */
static void test_scope_table_sum_error(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/scope-2023.txt"), "（七）总计\t40\t0\t0\t0\t0\t0\t40",
                         "（七）总计\t41\t0\t0\t0\t0\t0\t41");
    xxgk_doc *d = ck_run(s);
    ck_expect(d, XXGK_P_SCOPE_TABLE, XXGK_NOTE, 32, 1);
    const xxgk_diag *e = ck_expect(d, XXGK_V_HANDLED_TOTAL, XXGK_ERROR, 59, 7);
    assert_string_equal(e->msg, "（七）总计, column 自然人: 41 is printed but the outcome rows sum to 40");
    ck_expect(d, XXGK_V_HANDLED_TOTAL, XXGK_ERROR, 59, 20);
    ck_expect(d, XXGK_V_BALANCE, XXGK_ERROR, 60, 13);
    ck_expect(d, XXGK_V_BALANCE, XXGK_ERROR, 60, 25);
    for (const xxgk_diag *x = xxgk_doc_diags(d); x; x = x->next)
        if (ck_is_check(x))
            assert_true(xxgk_doc_position(d, x->span.start).line > 32); /* none in the first table */
    xxgk_doc_free(d);
}

/* The note every finding on a print for another scope carries, at its
 * caption (32:1), quoting it: which of the section's tables to mend. */
static void expect_scoped_note(const xxgk_doc *d, const xxgk_diag *e, const char *msg)
{
    assert_true(ck_note_count(e) >= 1);
    xxgk_pos at = ck_note_pos(d, e, 0);
    assert_int_equal(at.line, 32);
    assert_int_equal(at.col, 1);
    assert_string_equal(e->notes->msg, msg);
}

/* The value checks run on the second table as on the report's (a
 * summary of many agencies still counts whole requests, none below
 * zero): V201 and V202 at its cells (40:18, 41:16), each naming the
 * print it is on; the first table's same rows, clean, say nothing. */
static void test_scope_table_values(void **state)
{
    (void)state;
    char *s = ck_replace_line(ck_read("tests/check/scope-2023.txt"), 40,
                              "（三）不予公开\t1.属于国家秘密\t-2\t0\t0\t0\t0\t0\t-2");
    s = ck_replace_line(s, 41, "2.其他法律行政法规禁止公开\t0.5\t0\t0\t0\t0\t0\t0.5");
    xxgk_doc *d = ck_run(s);
    const char *note = "on the table printed for another scope ('（二）全县（含乡镇、部门）'), not on the report's own table";
    const xxgk_diag *e = ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 40, 18);
    assert_string_equal(e->msg, "（三）1.属于国家秘密 · 自然人 is -2: a count cannot be negative");
    expect_scoped_note(d, e, note);
    expect_scoped_note(d, ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 40, 31), note);
    expect_scoped_note(d, ck_expect(d, XXGK_V_FRACTION, XXGK_ERROR, 41, 16), note);
    expect_scoped_note(d, ck_expect(d, XXGK_V_HANDLED_TOTAL, XXGK_ERROR, 59, 7), note);
    for (const xxgk_diag *x = xxgk_doc_diags(d); x; x = x->next)
        if (ck_is_check(x))
            assert_true(xxgk_doc_position(d, x->span.start).line > 32); /* none in the first table */
    xxgk_doc_free(d);
}

/* The same in traditional script and Chinese messages: the note quotes
 * the caption as printed (全縣). */
static void test_scope_table_values_zh(void **state)
{
    (void)state;
    char *s = ck_replace_line(ck_read("tests/check/scope-2023.txt"), 40,
                              "（三）不予公开\t1.属于国家秘密\t-2\t0\t0\t0\t0\t0\t-2");
    s = ck_replace(s, "（二）全县（含乡镇、部门）", "（二）全縣（含鄉鎮、部門）");
    xxgk_doc *d = ck_run_opts(s, XXGK_LANG_ZH, false);
    const xxgk_diag *e = ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 40, 18);
    expect_scoped_note(d, e, "位于为另一范围列出的表格（“（二）全縣（含鄉鎮、部門）”），而非报告自身的表格");
    xxgk_doc_free(d);
}

/* A summary of many agencies is in the form of the report's year as each
 * agency's is: the second print with 2019's one-row （六）其他处理 in a
 * 2023 report gets V306 at that row's label (56:1: the caret on the text
 * the message names, stop 75), its first note
 * naming the print (32:1), the year's note after it; the first print, in
 * the 2021 form, none. Chinese: the note quotes the caption. */
static void test_scope_table_template(void **state)
{
    (void)state;
    for (int zh = 0; zh < 2; zh++) {
        /* the second print's three rows of （六） (56-58) as 2019's one */
        char *s = ck_replace_line(ck_read("tests/check/scope-2023.txt"), 56, "（六）其他处理\t0\t0\t0\t0\t0\t0\t0");
        s = ck_replace(s, "0\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n3.其他\t0\t0\t0\t0\t0\t0\t0\n（七）总计\t40",
                       "0\n（七）总计\t40");
        xxgk_doc *d = ck_run_opts(s, zh ? XXGK_LANG_ZH : XXGK_LANG_EN, false);
        const xxgk_diag *e = ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 56, 1);
        expect_scoped_note(d, e,
                           zh ? "位于为另一范围列出的表格（“（二）全县（含乡镇、部门）”），而非报告自身的表格"
                              : "on the table printed for another scope ('（二）全县（含乡镇、部门）'), not on the report's own table");
        assert_int_equal(ck_count_prefix(d, "V306"), 1); /* none on the first print */
        xxgk_doc_free(d);
    }
}

/* must-not: a print captioned with another year (（二）全县2020年度情况
 * in a 2023 report, full-width digits too) is that year's table: in 2019's
 * form (（六）其他处理 one row) as 2020's was, no V306 (review-tables63
 * F2). A caption year whose form is the report's (2022) still gets V306
 * at 56:9, as a caption naming no year does. The year may be written in
 * Chinese numerals (二〇二〇年, 二零二零年, either script); a run of five
 * numerals or of mixed kinds names none (V306 stays). Blanks between the
 * numerals and before 年 (全县 2020 年度, 二〇 二〇年度) are skipped, as
 * the caption reader's folded text drops them: one reading of the year. */
static void test_scope_table_template_other_year(void **state)
{
    (void)state;
    static const struct {
        const char *caption;
        int v306;
    } cases[] = {{"（二）全县2020年度情况", 0}, {"（二）全县２０２０年度情况", 0}, {"（二）全县（2020年）", 0},
                 {"（二）全县2022年度情况", 1},
                 /* the year in Chinese numerals, digit by digit (stop 64) */
                 {"（二）二〇二〇年度全县汇总", 0}, {"（二）全县二零二零年度情况", 0}, {"（二）全縣二〇二〇年度匯總", 0},
                 {"（二）全县二○二○年情况", 0}, {"（二）全县二〇二二年度情况", 1},
                 /* no year: five numerals, or digits of two kinds */
                 {"（二）一二〇二〇年全县汇总", 1}, {"（二）二〇2〇年全县汇总", 1},
                 /* blanks inside the year and before 年, read as the caption
                  * reader reads them (numeral_year, stop 65): both kinds of
                  * numerals, both scripts */
                 {"（二）全县 2020 年度情况", 0}, {"（二）全县２０２０　年度情况", 0}, {"（二）全县 二〇二〇 年度情况", 0},
                 {"（二）全县二〇二〇　年度情况", 0}, {"（二）二〇 二〇年度全县汇总", 0}, {"（二）全縣 二〇二〇 年度匯總", 0},
                 {"（二）全县 2022 年度情况", 1}, {"（二）全县 二〇二二 年度情况", 1},
                 /* no year: five numerals across a blank, or two kinds */
                 {"（二）全县 一 二〇二〇年情况", 1}, {"（二）全县 2020 件", 1}, {"（二）全县二〇 2〇年情况", 1},
                 /* a count, then the year: the run's next group is the year;
                  * a group of four before 2008 is none */
                 {"（二）全县 140 2020年度情况", 0}, {"（二）全县 2 0200 年度情况", 1},
                 /* a year before 2008 names no form (caption_year), in
                  * numerals as in digits (stop 65b, review-tables65 F1) */
                 {"（二）全县二〇〇七年度情况", 1}, {"（二）全县2007年度情况", 1}, {"（二）全县２００７年度情况", 1},
                 /* groups joined by blanks past the report's year + 1 are
                  * counts, not the year 2100 (review-tables65 F2) */
                 {"（二）全县 2 100 年度情况", 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = ck_replace_line(ck_read("tests/check/scope-2023.txt"), 56, "（六）其他处理\t0\t0\t0\t0\t0\t0\t0");
        s = ck_replace(s, "0\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n3.其他\t0\t0\t0\t0\t0\t0\t0\n（七）总计\t40",
                       "0\n（七）总计\t40");
        s = ck_replace(s, "（二）全县（含乡镇、部门）", cases[i].caption);
        xxgk_doc *d = ck_run_opts(s, XXGK_LANG_EN, false);
        if (cases[i].v306)
            ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 56, 1);
        assert_int_equal(ck_count_prefix(d, "V306"), cases[i].v306);
        xxgk_doc_free(d);
    }
}

/* Under P121 (（一）全县 over （二）县政府本级: the captions do not say
 * which print is the agency's own, and the second's says 本级) the note
 * on a finding of the second print must not call it another scope's: it
 * says only that it is the section's later print, not exported as the
 * report's. English and Chinese. */
static void test_scope_table_values_unsure(void **state)
{
    (void)state;
    for (int zh = 0; zh < 2; zh++) {
        char *s = ck_replace(ck_read("tests/check/scope-2023.txt"), "（一）县政府本级", "（一）全县（含乡镇、部门）");
        s = ck_replace(s, "（二）全县（含乡镇、部门）", "（二）县政府本级");
        s = ck_replace_line(s, 40, "（三）不予公开\t1.属于国家秘密\t-2\t0\t0\t0\t0\t0\t-2");
        xxgk_doc *d = ck_run_opts(s, zh ? XXGK_LANG_ZH : XXGK_LANG_EN, false);
        ck_expect(d, XXGK_P_SCOPE_UNSURE, XXGK_WARNING, 32, 1);
        const char *note = zh ? "位于本部分后一张表格（“（二）县政府本级”），其数值不作为报告的单元格导出"
                              : "on the section's later print ('（二）县政府本级'), whose cells are not exported as the report's";
        expect_scoped_note(d, ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 40, 18), note);
        expect_scoped_note(d, ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 40, 31), note);
        xxgk_doc_free(d);
    }
}

/* must-not: an annex caption naming another year (（2021年度） in a 2022
 * report) or another agency (汤口镇人民政府…) heads no table: section 三
 * keeps its P012 and no cell of table 三 is read, while 二 and 四 are */
static void test_annex_of_another_report(void **state)
{
    (void)state;
    static const char *const captions[] = {"附件2\n收到和处理政府信息公开申请情况统计表（2021年度）",
                                           "附件2：汤口镇人民政府收到和处理政府信息公开申请情况统计表"};
    for (int k = 0; k < 2; k++) {
        char *s = ck_replace(ck_read("tests/check/annex-2022.txt"), "附件2\n收到和处理政府信息公开申请情况", captions[k]);
        xxgk_doc *d = ck_run(s);
        ck_expect(d, XXGK_P_MISSING_TABLE, XXGK_ERROR, 17, 1);
        assert_int_equal(ck_count_prefix(d, "P112"), 2);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_null(xxgk_report_cell(r, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL));
        assert_non_null(xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_REVIEW, XXGK_C_UPHELD));
        xxgk_doc_free(d);
    }
}

/* The cells of table TBL, each as row:col=mant/scale, for comparing two
 * reads of one report. */
static char *table_cells(const xxgk_doc *d, int tbl)
{
    const xxgk_report *r = xxgk_doc_report(d);
    size_t cap = 64 * (r->tables[tbl] ? r->tables[tbl]->ncells + 1 : 1), n = 0;
    char *out = calloc(1, cap);
    for (int row = 1; r->tables[tbl] && row < XXGK_R__COUNT; row++)
        for (int col = 1; col < XXGK_C__COUNT; col++) {
            const xxgk_cell *c = xxgk_report_cell(r, tbl, row, col);
            if (c)
                n += (size_t)snprintf(out + n, cap - n, "%d:%d=%lld/%d ", row, col, (long long)c->value.mant,
                                      (int)c->value.scale);
        }
    return out;
}

/* A report with a sub-heading INSERT before the first BEFORE reads the
 * tables from FIRST on as the report without it: the sub-heading under a
 * wrong numeral, with a small table of the due section's headings, is no
 * section when the section's own heading comes later. */
static void expect_subheading_changes_nothing(const char *before, const char *insert, int first)
{
    xxgk_doc *base = ck_file("tests/fixtures/pingtan-2022.txt");
    char *to = malloc(strlen(insert) + strlen(before) + 1);
    strcpy(to, insert);
    strcat(to, before);
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/fixtures/pingtan-2022.txt"), before, to));
    for (int tbl = first; tbl <= XXGK_TABLE_APPEALS; tbl++) {
        char *x = table_cells(base, tbl), *y = table_cells(d, tbl);
        assert_true(strlen(x) > 0);
        assert_string_equal(x, y);
        free(x);
        free(y);
    }
    assert_int_equal(ck_count_prefix(d, "V301"), 0);
    assert_int_equal(ck_count_prefix(d, "P004"), 0);
    free(to);
    xxgk_doc_free(base);
    xxgk_doc_free(d);
}

static void test_keyword_subheading_before_own_heading(void **state)
{
    (void)state;
    /* defect 1 of the review: 一、主动公开情况 over a summary inside 一 */
    xxgk_doc *d = ck_run(ck_replace(ck_read("tests/fixtures/pingtan-2022.txt"), "（二）依申请公开方面",
                                    "一、主动公开情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                                    "规范性文件\t1\t2\t3\n（二）依申请公开方面"));
    const xxgk_report *r = xxgk_doc_report(d);
    const xxgk_cell *c[3] = {
        xxgk_report_cell(r, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_ISSUED),
        xxgk_report_cell(r, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_REPEALED),
        xxgk_report_cell(r, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_IN_FORCE)};
    assert_non_null(c[0]);
    assert_non_null(c[1]);
    assert_non_null(c[2]);
    assert_int_equal(c[0]->value.mant, 88);
    assert_int_equal(c[1]->value.mant, 55);
    assert_int_equal(c[2]->value.mant, 698);
    assert_int_equal(ck_count_prefix(d, "P004"), 0);
    xxgk_doc_free(d);
    expect_subheading_changes_nothing("（二）依申请公开方面",
                                      "一、主动公开情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                                      "规范性文件\t1\t2\t3\n",
                                      XXGK_TABLE_PROACTIVE);
    /* defect 2: 二、依申请公开情况 in section 二, the real 三 after it */
    expect_subheading_changes_nothing("三、收到和处理政府信息公开申请情况",
                                      "二、依申请公开情况\n申请人情况\t自然人\t法人或其他组织\t总计\n本年新收申请\t5\t1\t6\n",
                                      XXGK_TABLE_PROACTIVE);
    /* defect 3: 三、行政复议、行政诉讼情况 in section 三, the real 四 (keywords) after it:
     * table 四 is the real one (table 三's last rows before the sub-heading
     * are still lost to P001, as before the exception) */
    expect_subheading_changes_nothing("四、政府信息公开行政法复议",
                                      "三、行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n",
                                      XXGK_TABLE_APPEALS);
}

static void test_form_of_another_year(void **state)
{
    (void)state;
    /* 001 is on the 2019 form, right for 2020; as a 2021 report it is not
     * (its title's year and its 现将…报告如下's: the title's alone would
     * be contradicted, P116) */
    char *s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "2020 年政府", "2021 年政府");
    s = ck_replace(s, "现将区教体局 2020 年", "现将区教体局 2021 年");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *t2 = ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 28, 6);
    assert_string_equal(t2->msg, "table 二 uses the 2019 template (本年新制作数量), but a report on 2021 "
                                 "uses the 2021 template");
    assert_int_equal(ck_note_pos(d, t2, 0).line, 3);
    /* V306 stands on the header it names (28:6 本年新制作数量), and the
     * first cell of the other form still carries it by a note (29:4) */
    assert_int_equal(ck_note_pos(d, t2, 1).line, 29);
    assert_int_equal(ck_note_pos(d, t2, 1).col, 4);
    const xxgk_diag *t3 = ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 71, 2);
    /* on the row's label (71:2 (六) 其他处理), its cells a note (71:11) */
    assert_int_equal(ck_note_pos(d, t3, 1).line, 71);
    assert_int_equal(ck_note_pos(d, t3, 1).col, 11);
    assert_non_null(strstr(t3->msg, "table 三 uses the 2019 template (（六）其他处理)"));
    ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 63, 12);
    ck_expect_count(d, 6); /* and three V106 on the over-full table 四 */
    xxgk_doc_free(d);
    /* and the 2021 form in a 2020 report */
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "交通运输局2022年", "交通运输局2020年");
    s = ck_replace(s, "统计期限自2022年1月1日起至2022年12月31日止", "统计期限为全年");
    s = ck_replace(s, "2022年，本局主动公开", "2020年，本局主动公开"); /* section 一's opening */
    d = ck_run(s);
    ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 16, 6);
    ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 55, 9);
    ck_expect(d, XXGK_V_SIGNOFF_YEAR, XXGK_ERROR, 77, 1); /* signed 2023 */
    ck_expect_count(d, 3);
    xxgk_doc_free(d);
}

static void test_one_clause_of_another_form(void **state)
{
    (void)state;
    /* a 2022 table 二 in the 2021 form as a whole, with one clause of the
     * 2019 form: V306 at that clause's first cell, not only for a whole
     * table of the other form */
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政事业性收费\t18.6\n",
                         "行政事业性收费\t18.6\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t12\t340\n");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 30, 6);
    assert_string_equal(v->msg, "table 二 uses the 2019 template (采购项目数量), but a report on 2022 "
                                "uses the 2021 template");
    xxgk_doc_free(d);
    /* one clause's columns of the 2019 form, the others the 2021 form's */
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                   "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");
    d = ck_run(s);
    v = ck_expect(d, XXGK_V_WRONG_TEMPLATE, XXGK_ERROR, 16, 6);
    assert_non_null(strstr(v->msg, "(本年新制作数量)"));
    /* V306 at the header it names (16:6); every cell of the 2019 form is
     * the finding's: a note over each row's run of them (规章's 0 0 0, its
     * first cell too since stop 75, then 5 2 30 of 行政规范性文件), so
     * export flags them all; the 2021 form's cells after (行政许可 …) are
     * not named */
    int notes = 0;
    for (const xxgk_note *n = v->notes; n; n = n->next)
        notes++;
    assert_int_equal(notes, 3); /* the year's, and two rows' */
    assert_int_equal(ck_note_pos(d, v, 1).line, 17);
    assert_int_equal(ck_note_pos(d, v, 1).col, 4);
    assert_int_equal(ck_note_pos(d, v, 2).line, 18);
    assert_int_equal(ck_note_pos(d, v, 2).col, 9);
    assert_non_null(strstr(v->notes->next->msg, "cells of the 2019 template here too"));
    xxgk_doc_free(d);
}

static void test_title_variant(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/pingtan-2022.txt");
    const xxgk_diag *v = ck_expect(d, XXGK_V_LABEL_VARIANT, XXGK_NOTE, 58, 3);
    assert_string_equal(v->msg, "section title '政府信息公开行政法复议、行政诉讼情况' differs from the "
                                "template's '政府信息公开行政复议、行政诉讼情况'");
    ck_expect_count(d, 1);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    xxgk_doc_free(d);
    /* --strict makes it an error */
    d = ck_run_opts(ck_read("tests/fixtures/pingtan-2022.txt"), XXGK_LANG_EN, true);
    ck_expect(d, XXGK_V_LABEL_VARIANT, XXGK_ERROR, 58, 3);
    xxgk_doc_free(d);
}

static void test_table_label_variants(void **state)
{
    (void)state;
    /* seed 002: 本年废止数, 规范性文件 in a 2021 table, 本年收费金额（万元） */
    xxgk_doc *d = ck_file("tests/fixtures/huzhu-edu-2023.txt");
    const xxgk_diag *v = ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 22, 13);
    assert_string_equal(v->msg, "table label '本年废止数' differs from the template's '本年废止件数'");
    v = ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 24, 1);
    assert_string_equal(v->msg, "table label '规范性文件' differs from the template's '行政规范性文件'");
    ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 34, 6);
    xxgk_doc_free(d);
    /* 合计 where 总计 goes over 小计 (no 总计 printed): read as the total,
     * and the note names the template's 总计, not 小计 */
    d = ck_run(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "\t法人或其他组织\t总计\n",
                          "\t法人或其他组织\t合计\n"));
    v = ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 33, 14);
    assert_string_equal(v->msg, "table label '合计' differs from the template's '总计'");
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* table 三's rows numbered 1. ③ 7) for （一）（三）（七): each row read by
     * its words, the number no value; a number of another scheme, or one
     * that disagrees with the words (3. on 予以公开), is a variant at the
     * number, never a cell */
    d = ck_run(ck_replace(ck_replace(ck_replace(ck_read("tests/check/subtotal-2022.txt"), "\t（一）予以公开\t",
                                                "\t3.予以公开\t"),
                                     "\n（三）不予公开\t", "\n③不予公开\t"),
                          "\n（七）总计\t", "\n7)总计\t"));
    v = ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 37, 11);
    assert_string_equal(v->msg, "table label '3.予以公开' differs from the template's '（一）予以公开'");
    /* the number 3 is not （一）'s: the reader is told it was not believed */
    assert_non_null(v->notes);
    assert_string_equal(v->notes->msg, "its number disagrees with the row its words name (（一）予以公开)");
    v = ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 58, 1);
    assert_string_equal(v->msg, "table label '7)总计' differs from the template's '（七）总计'");
    assert_null(v->notes); /* 7) is （七）'s number in another scheme: nothing disagrees */
    ck_expect_count(d, 2);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    xxgk_doc_free(d);
    /* seed 001 (2019): 本机关不掌握相关信息; --strict makes it an error */
    d = ck_run_opts(ck_read("tests/fixtures/erqi-edu-2020.txt"), XXGK_LANG_EN, true);
    ck_expect(d, XXGK_V_TABLE_LABEL_VARIANT, XXGK_ERROR, 63, 12);
    xxgk_doc_free(d);
}

/* The fixture with its section headings numbered by a style other than
 * 一、, and wrapped in markup. */
static char *restyled(const char *const heads[6])
{
    static const char *const from[6] = {"一、总体情况", "二、主动公开政府信息情况",
                                        "三、收到和处理政府信息公开申请情况",
                                        "四、政府信息公开行政复议、行政诉讼情况",
                                        "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    char *s = ck_read("tests/check/subtotal-2022.txt");
    for (int i = 0; i < 6; i++)
        s = ck_replace(s, from[i], heads[i]);
    return s;
}

/* subtotal-2022 restyled: no error, and every cell of its three tables
 * read (10, 200 with the 小计 column, 15); its report. */
static const xxgk_report *expect_all_read(const xxgk_doc *d)
{
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_int_equal(r->tables[XXGK_TABLE_PROACTIVE]->ncells, 10);
    assert_int_equal(r->tables[XXGK_TABLE_REQUESTS]->ncells, 200);
    assert_int_equal(r->tables[XXGK_TABLE_APPEALS]->ncells, 15);
    return r;
}

static void test_sections_numbered_otherwise(void **state)
{
    (void)state;
    /* （一） 1、 (一) and markup: every section and every cell is read,
     * and the style is told once, at the first heading */
    static const char *const heads[6] = {"（一）总体情况", "（二）主动公开政府信息情况",
                                         "**（三）收到和处理政府信息公开申请情况**",
                                         "【（四）政府信息公开行政复议、行政诉讼情况】",
                                         "(五)存在的主要问题及改进情况", "(六)其他需要报告的事项"};
    xxgk_doc *d = ck_run(restyled(heads));
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER_STYLE, XXGK_NOTE, 5, 1);
    assert_string_equal(v->msg, "section 一 (总体情况) is numbered '（一）', not 一、 as in the template; "
                                "so are the 5 section headings after it");
    assert_int_equal(ck_note_count(v), 5);
    assert_int_equal(ck_note_pos(d, v, 1).line, 30);
    assert_int_equal(ck_note_pos(d, v, 1).col, 1);
    ck_expect_count(d, 1);
    expect_all_read(d);
    xxgk_doc_free(d);
    /* 1、 numbering; --strict makes it an error */
    static const char *const arabic[6] = {"1、总体情况", "2、主动公开政府信息情况",
                                          "3、收到和处理政府信息公开申请情况",
                                          "4.政府信息公开行政复议、行政诉讼情况",
                                          "5、存在的主要问题及改进情况", "6、其他需要报告的事项"};
    d = ck_run_opts(restyled(arabic), XXGK_LANG_EN, true);
    v = ck_expect(d, XXGK_V_SECTION_NUMBER_STYLE, XXGK_ERROR, 5, 1);
    assert_non_null(strstr(v->msg, "is numbered '1、'"));
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 1);
    xxgk_doc_free(d);
}

static void test_sections_numeral_space(void **state)
{
    (void)state;
    /* 一 总体情况: the 、 lost (pdftotext, copying), a space in its place,
     * in both scripts and with a short title: every section and every
     * cell is read, and the style is told once, as for （一） */
    static const char *const heads[6] = {"一 总体情况", "二　主动公开政府信息情况",
                                         "三  收到和处理政府信息公开申请情况",
                                         "四 政府信息公开行政复议、行政诉讼情况",
                                         "五 存在的主要问题及改进情况", "六 其他需要报告的事项"};
    xxgk_doc *d = ck_run(restyled(heads));
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER_STYLE, XXGK_NOTE, 5, 1);
    assert_string_equal(v->msg, "section 一 (总体情况) is numbered '一', not 一、 as in the template; "
                                "so are the 5 section headings after it");
    assert_int_equal(ck_note_count(v), 5);
    ck_expect_count(d, 1);
    const xxgk_report *r = expect_all_read(d);
    assert_int_equal(r->sections->numbering, XXGK_NUM_CN_SPACE);
    assert_string_equal(xxgk_numbering_name(r->sections->numbering), "cn-space");
    xxgk_doc_free(d);
}

static void test_markup_alone_is_layout(void **state)
{
    (void)state;
    /* **三、…** in the template's numbering: read, nothing told */
    static const char *const heads[6] = {"一、总体情况", "**二、主动公开政府信息情况**",
                                         "**三、收到和处理政府信息公开申请情况**",
                                         "__四、政府信息公开行政复议、行政诉讼情况__",
                                         "【五、存在的主要问题及改进情况】", "〖六、其他需要报告的事项〗"};
    xxgk_doc *d = ck_run(restyled(heads));
    ck_expect_count(d, 0);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    xxgk_doc_free(d);
}

static void test_short_section_titles(void **state)
{
    (void)state;
    /* 二、主动公开情况 三、依申请公开情况: the section's keywords under its
     * own numeral are the section, with a V307 note; every cell read */
    static const char *const heads[6] = {"一、总体情况", "二、主动公开情况", "三、依申请公开情况",
                                         "四、行政复议、行政诉讼情况", "五、存在的问题及改进措施",
                                         "六、其他事项"};
    xxgk_doc *d = ck_run(restyled(heads));
    const xxgk_diag *v = ck_expect(d, XXGK_V_LABEL_VARIANT, XXGK_NOTE, 13, 3);
    assert_string_equal(v->msg, "section title '主动公开情况' differs from the template's '主动公开政府信息情况'");
    v = ck_expect(d, XXGK_V_LABEL_VARIANT, XXGK_NOTE, 30, 3);
    assert_string_equal(v->msg, "section title '依申请公开情况' differs from the template's "
                                "'收到和处理政府信息公开申请情况'");
    ck_expect_count(d, 5);
    expect_all_read(d);
    xxgk_doc_free(d);
}

static void test_messages_in_chinese(void **state)
{
    (void)state;
    xxgk_doc *d = ck_run_opts(shifted_block(), XXGK_LANG_ZH, false);
    const xxgk_diag *v = ck_expect(d, XXGK_V_SECTION_NUMBER, XXGK_ERROR, 5, 1);
    assert_string_equal(v->msg, "第二部分（主动公开政府信息情况）编号为一；第二至六部分编号为一至五");
    assert_string_equal(v->notes->msg, "第三部分也编号为二");
    xxgk_doc_free(d);
}

/* The flags export gives the fees cell of a one-row table 二 whose line
 * ends in CELL (the number and its unit), into codes: how many. */
static int fees_cell_flags(const char *cell, int *codes, int *unit)
{
    char text[512];
    snprintf(text, sizeof text,
             "青禾市测试局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（八）项\n"
             "信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t%s\n三、收到和处理政府信息公开申请情况\n",
             cell);
    size_t n = strlen(text) + 1;
    char *own = malloc(n);
    assert_non_null(own);
    memcpy(own, text, n);
    xxgk_doc *d = ck_run(own);
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE, XXGK_R_FEES,
                                          XXGK_C_AMOUNT_WAN_YUAN);
    assert_non_null(c);
    assert_int_equal(c->value.mant, 6);
    *unit = c->unit;
    cell_flags f;
    cell_flags_init(&f, d);
    int k = cell_flags_of(&f, c->span, codes);
    cell_flags_free(&f);
    xxgk_doc_free(d);
    return k;
}

/* review-damage12 N4: an invisible format character after a TAB or a
 * blank before the unit (6⇥<ZWSP>元, 6 <ZWSP>⇥元) is read through as the
 * one glued to the number is: 6 元, and the cell names it (L034 in
 * export's flags, as 6<ZWSP>元's does); 6⇥元 carries no flag. */
static void test_format_char_after_tab_flags_cell(void **state)
{
    (void)state;
    static const char *const cells[] = {"6\t\xE2\x80\x8B元", "6 \xE2\x80\x8B\t元", "6\xE2\x80\x8B元", "6\t元"};
    for (int i = 0; i < 4; i++) {
        int codes[CELL_FLAGS_MAX], unit = -1;
        int k = fees_cell_flags(cells[i], codes, &unit);
        assert_int_equal(unit, XXGK_UNIT_YUAN);
        bool l034 = false;
        for (int j = 0; j < k; j++)
            l034 |= codes[j] == XXGK_L_FORMAT_CHAR;
        assert_int_equal(l034, i < 3);
    }
}

/* review-stray76 c: a footnote mark inside a number whose row has a
 * column for the digits after it (规章⇥1※4⇥0 in three columns) keeps 1,
 * P009 at the mark; the number may be 14, so export's flags of the cell
 * name P009 (it had been 1 with no flag). 1⇥0⇥4 carries no flag. */
static void test_mark_inside_number_flags_cell(void **state)
{
    (void)state;
    static const char *const rows[] = {"1\xE2\x80\xBB" "4\t0", "1\t0\t4"};
    for (int i = 0; i < 2; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "青禾市测试局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                 "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t%s\n",
                 rows[i]);
        size_t n = strlen(text) + 1;
        char *own = malloc(n);
        assert_non_null(own);
        memcpy(own, text, n);
        xxgk_doc *d = ck_run(own);
        const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE, XXGK_R_RULES, XXGK_C_ISSUED);
        assert_non_null(c);
        assert_int_equal(c->value.mant, 1);
        int codes[CELL_FLAGS_MAX];
        cell_flags f;
        cell_flags_init(&f, d);
        int k = cell_flags_of(&f, c->span, codes);
        cell_flags_free(&f);
        bool p009 = false;
        for (int j = 0; j < k; j++)
            p009 |= codes[j] == XXGK_P_TEXT_FOR_NUMBER;
        assert_int_equal(p009, i == 0);
        xxgk_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_restarted_numbering_in_seed_000),
        cmocka_unit_test(test_four_holds_five),
        cmocka_unit_test(test_four_without_five_is_missing),
        cmocka_unit_test(test_annex_tables),
        cmocka_unit_test(test_annex_tables_crlf),
        cmocka_unit_test(test_annex_copy_of_body_table),
        cmocka_unit_test(test_scope_table),
        cmocka_unit_test(test_scope_table_sum_error),
        cmocka_unit_test(test_scope_table_values),
        cmocka_unit_test(test_scope_table_values_zh),
        cmocka_unit_test(test_scope_table_values_unsure),
        cmocka_unit_test(test_scope_table_template),
        cmocka_unit_test(test_scope_table_template_other_year),
        cmocka_unit_test(test_scope_table_unsure),
        cmocka_unit_test(test_scope_inside_table),
        cmocka_unit_test(test_annex_of_another_report),
        cmocka_unit_test(test_table_label_variants),
        cmocka_unit_test(test_bracketed_subheading_is_no_restart),
        cmocka_unit_test(test_subheading_as_high_as_section),
        cmocka_unit_test(test_siblings_at_different_levels),
        cmocka_unit_test(test_block_numbered_one_less),
        cmocka_unit_test(test_one_section_misnumbered),
        cmocka_unit_test(test_reworded_heading_misnumbered),
        cmocka_unit_test(test_keyword_subheading_before_own_heading),
        cmocka_unit_test(test_form_of_another_year),
        cmocka_unit_test(test_one_clause_of_another_form),
        cmocka_unit_test(test_title_variant),
        cmocka_unit_test(test_sections_numbered_otherwise),
        cmocka_unit_test(test_sections_numeral_space),
        cmocka_unit_test(test_markup_alone_is_layout),
        cmocka_unit_test(test_format_char_after_tab_flags_cell),
        cmocka_unit_test(test_mark_inside_number_flags_cell),
        cmocka_unit_test(test_short_section_titles),
        cmocka_unit_test(test_messages_in_chinese),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
