/* The real reports of corpus/ (frozen copies in tests/fixtures/): every
 * number in its right cell, and the
 * exact diagnostics the issue names. */
#include <string.h>

#include "testutil.h"

#define CELL(d, t, r, c) cell_str(d, XXGK_TABLE_##t, XXGK_R_##r, XXGK_C_##c, buf, sizeof buf)

static void test_erqi_2019_template(void **state)
{
    (void)state;
    char buf[48];
    xxgk_doc *d = parse_file("tests/fixtures/erqi-edu-2020.txt"); /* seed 001 */
    assert_non_null(d);
    assert_int_equal(xxgk_report_template(xxgk_doc_report(d)), 2019);
    assert_string_equal(CELL(d, PROACTIVE, LICENSING, PREV_ITEMS), "6");
    assert_string_equal(CELL(d, PROACTIVE, LICENSING, CHANGE), "0");
    assert_string_equal(CELL(d, PROACTIVE, LICENSING, DECISIONS), "855");
    assert_string_equal(CELL(d, PROACTIVE, OTHER_SERVICES, PREV_ITEMS), "9");
    assert_string_equal(CELL(d, PROACTIVE, OTHER_SERVICES, CHANGE), "0");
    assert_string_equal(CELL(d, PROACTIVE, OTHER_SERVICES, DECISIONS), "19");
    assert_string_equal(CELL(d, PROACTIVE, CENTRAL_PROCUREMENT, ITEMS), "1");
    assert_string_equal(CELL(d, PROACTIVE, CENTRAL_PROCUREMENT, AMOUNT), "240");
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE,
                                          XXGK_R_CENTRAL_PROCUREMENT, XXGK_C_AMOUNT);
    assert_int_equal(c->unit, XXGK_UNIT_WAN_YUAN);
    assert_string_equal(CELL(d, REQUESTS, OTHER, TOTAL), "0"); /* 2019's single （六） row */
    /* a sixteenth value in table 四 */
    assert_diag_at(d, XXGK_P_TOO_MANY_VALUES, 80, 31);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 1);
    assert_int_equal(count_cells(d), 22 + 23 * 7 + 15);
    xxgk_doc_free(d);
}

static void test_beiguan_pdf_text(void **state)
{
    (void)state;
    char buf[48];
    xxgk_doc *d = parse_file("tests/fixtures/beiguan-edu-2023.txt"); /* seed 004 */
    assert_non_null(d);
    assert_string_equal(CELL(d, PROACTIVE, FEES, AMOUNT_WAN_YUAN), "10074845");
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE, XXGK_R_FEES,
                                          XXGK_C_AMOUNT_WAN_YUAN);
    assert_true(c->scientific);
    xxgk_pos p = xxgk_doc_position(d, c->span.start);
    assert_int_equal(p.line, 68);
    assert_int_equal(p.col, 9);
    assert_string_equal(CELL(d, PROACTIVE, LICENSING, DECISIONS), "514");
    assert_int_equal(count_cells(d), 200);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    /* 二、改进情况 inside 五 is a sub-heading, the 一、… 四、 rows of 三 are rows */
    int sections = 0;
    for (const xxgk_section *s = xxgk_doc_report(d)->sections; s; s = s->next)
        sections++;
    assert_int_equal(sections, 6);
    xxgk_doc_free(d);
}

static void test_huzhu_missing_section_and_short_table(void **state)
{
    (void)state;
    char buf[48];
    xxgk_doc *d = parse_file("tests/fixtures/huzhu-edu-2023.txt"); /* seed 002 */
    assert_non_null(d);
    assert_diag_at(d, XXGK_P_MISSING_SECTION, 58, 1);
    assert_diag_at(d, XXGK_P_TABLE_ENDS_EARLY, 58, 1);
    assert_string_equal(find_diag(d, XXGK_P_TABLE_ENDS_EARLY)->msg,
                        "table 三 ends early: the first missing row is （四）3.补正后申请内容仍不明确");
    assert_string_equal(CELL(d, PROACTIVE, RULES, IN_FORCE), "empty");
    assert_string_equal(CELL(d, PROACTIVE, NORMATIVE_DOCS, IN_FORCE), "empty");
    assert_string_equal(CELL(d, PROACTIVE, RULES, REPEALED), "0");
    assert_string_equal(CELL(d, PROACTIVE, LICENSING, DECISIONS), "473");
    assert_string_equal(CELL(d, REQUESTS, UNAVAILABLE_UNCLEAR, TOTAL), "absent");
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 2);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "互助土族自治县教育局");
    assert_int_equal(r->year, 2023);
    assert_int_equal(r->signoff_month, 1);
    assert_int_equal(r->signoff_day, 26);
    xxgk_doc_free(d);
}

static void test_liujiang_traditional_repeated(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/liujiang-edu-2024.txt"); /* seed 003 */
    assert_non_null(d);
    assert_diag_at(d, XXGK_P_REPEATED_REPORT, 312, 1);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 1);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "柳州市柳江區教育局");
    assert_int_equal(r->year, 2024);
    assert_int_equal(count_cells(d), 200); /* parsed once: the copy is not counted twice */
    assert_non_null(r->next);
    xxgk_doc_free(d);
}

static void test_wenfeng_markdown(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/wenfeng-edu-2024.txt"); /* seed 000 */
    assert_non_null(d);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    assert_int_equal(count_cells(d), 200);
    const xxgk_section *s = xxgk_doc_report(d)->sections;
    /* ### 一、总体情况 inside ## 一、总体情况: a sub-heading that repeats it */
    assert_int_equal(s->blocks->kind, XXGK_B_HEADING);
    assert_int_equal(s->blocks->restarts_section, XXGK_SEC_OVERVIEW);
    char buf[48];
    assert_string_equal(CELL(d, PROACTIVE, PENALTY, DECISIONS), "14");
    assert_string_equal(CELL(d, PROACTIVE, FEES, AMOUNT_WAN_YUAN), "787");
    xxgk_doc_free(d);
}

static void test_pingtan_without_titles(void **state)
{
    (void)state;
    char buf[48];
    static const char *const files[] = {"tests/fixtures/pingtan-2021.txt", "tests/fixtures/pingtan-2022.txt"};
    static const int years[] = {2021, 2022};
    for (int i = 0; i < 2; i++) {
        xxgk_doc *d = parse_file(files[i]);
        assert_non_null(d);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_string_equal(r->agency, "平潭综合实验区");
        assert_int_equal(r->agency_source, XXGK_FROM_PREAMBLE);
        assert_int_equal(r->year, years[i]);
        assert_int_equal(count_cells(d), 200);
        xxgk_doc_free(d);
    }
    xxgk_doc *d = parse_file("tests/fixtures/pingtan-2021.txt");
    assert_string_equal(CELL(d, REQUESTS, CARRIED_OUT, TOTAL), "1");
    assert_string_equal(CELL(d, PROACTIVE, FEES, AMOUNT_WAN_YUAN), "24252.311082");
    assert_string_equal(CELL(d, APPEALS, SUIT_DIRECT, TOTAL), "12");
    xxgk_doc_free(d);
    d = parse_file("tests/fixtures/pingtan-2019.txt");
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    assert_int_equal(xxgk_report_template(xxgk_doc_report(d)), 2019);
    assert_string_equal(CELL(d, PROACTIVE, CENTRAL_PROCUREMENT, AMOUNT), "75394432.52");
    assert_string_equal(CELL(d, PROACTIVE, PENALTY, PREV_ITEMS), "2648");
    assert_string_equal(CELL(d, REQUESTS, UNAVAILABLE_UNCLEAR, NATURAL_PERSON), "5");
    assert_int_equal(count_cells(d), 22 + 23 * 7 + 15);
    xxgk_doc_free(d);
}

static void test_huaian_pdf_with_vertical_labels(void **state)
{
    (void)state;
    char buf[48];
    xxgk_doc *d = parse_file("tests/fixtures/huaian-2024.txt");
    assert_non_null(d);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    assert_int_equal(count_cells(d), 200);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "淮安市人民政府");
    assert_int_equal(r->year, 2024);
    assert_string_equal(CELL(d, PROACTIVE, FEES, AMOUNT_WAN_YUAN), "96171.6");
    assert_string_equal(CELL(d, PROACTIVE, PENALTY, DECISIONS), "3985758");
    /* 本 30 1 0 …: a vertical label's character before the row's numbers */
    assert_string_equal(CELL(d, REQUESTS, DENIED_PROHIBITED_BY_LAW, NATURAL_PERSON), "30");
    assert_string_equal(CELL(d, REQUESTS, DENIED_PROHIBITED_BY_LAW, TOTAL), "31");
    /* （四）无 746 12 …: the group label cut in front of the numbers */
    assert_string_equal(CELL(d, REQUESTS, UNAVAILABLE_NOT_HELD, NATURAL_PERSON), "746");
    assert_string_equal(CELL(d, REQUESTS, UNAVAILABLE_NOT_HELD, OTHER_ORG), "1");
    /* a label cut by its numbers: 5.要求行政机关确认或重新出 / 1 0 … / 具已获取信息 */
    assert_string_equal(CELL(d, REQUESTS, NOT_PROCESSED_REISSUE, NATURAL_PERSON), "1");
    assert_string_equal(CELL(d, REQUESTS, OTHER_FEE_UNPAID, TOTAL), "6");
    assert_string_equal(CELL(d, REQUESTS, HANDLED_TOTAL, TOTAL), "3050");
    assert_string_equal(CELL(d, REQUESTS, CARRIED_OUT, NATURAL_PERSON), "103");
    assert_string_equal(CELL(d, APPEALS, REVIEW, TOTAL), "351");
    assert_string_equal(CELL(d, APPEALS, SUIT_AFTER_REVIEW, TOTAL), "20");
    xxgk_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_erqi_2019_template),
        cmocka_unit_test(test_beiguan_pdf_text),
        cmocka_unit_test(test_huzhu_missing_section_and_short_table),
        cmocka_unit_test(test_liujiang_traditional_repeated),
        cmocka_unit_test(test_wenfeng_markdown),
        cmocka_unit_test(test_pingtan_without_titles),
        cmocka_unit_test(test_huaian_pdf_with_vertical_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
