/* What stands next to a number (trial 2, #10 and #12; docs/grammar.md,
 * docs/diagnostics.md P034, P035, V201):
 *   - a dash right before the digits is the number's minus sign, whichever
 *     dash a word processor printed (– — ― − as - and －); alone it is an
 *     empty cell; in run-together page text under 本年增/减 both readings
 *     fit, and neither cell gets a number (P035);
 *   - a mark of approximation or of another quantity beside the number
 *     (约125, 125余, 125+, 15%) makes it no exact count: no cell, one P034
 *     at the mark; in prose nothing changes.
 * On tests/fixtures/canonical-2021.txt (行政许可<TAB>125<TAB><TAB> on line
 * 21), tests/fixtures/pingtan-2019.txt (行政许可<TAB>396<TAB>0<TAB>181 on
 * line 34) and corpus/pingtan-2019-page.txt (行政许可3960181, glued). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* TEXT with FROM replaced by TO, in the four layouts (cells three spaces
 * apart): *n docs into d. */
static int variants(const char *text, const char *from, const char *to, xxgk_doc **d)
{
    return layout_variants(text, from, to, "   ", d);
}

static const char *cell(const xxgk_doc *d, int table, int row, int col, char *buf, size_t size)
{
    return cell_str(d, table, row, col, buf, size);
}

/* 2019's 行政许可 printed as TO: 上一年项目数量, 本年增/减 and 处理决定数量
 * are P, C and D ("absent", "empty" or the value) in every layout, with
 * CODE (0: no error at all) at LINE:COL in TSV and CRLF. */
static void assert_2019(const char *to, const char *p, const char *c, const char *dd, int code, unsigned line,
                        unsigned col)
{
    char *src = read_source_file("tests/fixtures/pingtan-2019.txt", NULL);
    xxgk_doc *d[4];
    int n = variants(src, "行政许可\t396\t0\t181", to, d);
    for (int i = 0; i < n; i++) {
        char buf[48];
        assert_string_equal(cell(d[i], XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_PREV_ITEMS, buf, sizeof buf), p);
        assert_string_equal(cell(d[i], XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_CHANGE, buf, sizeof buf), c);
        assert_string_equal(cell(d[i], XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), dd);
        if (code && i < 2)
            assert_diag_at(d[i], code, line, col);
        else if (code)
            assert_int_equal(count_diags(d[i], code), 1);
        else
            assert_int_equal(xxgk_doc_count(d[i], XXGK_ERROR), 0);
        xxgk_doc_free(d[i]);
    }
    free(src);
}

/* Every dash right before the digits is a minus sign; alone it is the
 * empty-cell mark, as before. */
static void test_dash_before_digits_is_minus(void **state)
{
    (void)state;
    assert_2019("行政许可\t396\t-2\t181", "396", "-2", "181", 0, 0, 0);
    assert_2019("行政许可\t396\t－2\t181", "396", "-2", "181", 0, 0, 0);
    assert_2019("行政许可\t396\t–2\t181", "396", "-2", "181", 0, 0, 0);  /* en dash */
    assert_2019("行政许可\t396\t—2\t181", "396", "-2", "181", 0, 0, 0);  /* em dash */
    assert_2019("行政许可\t396\t−2\t181", "396", "-2", "181", 0, 0, 0);  /* U+2212 */
    assert_2019("行政許可\t396\t―12\t181", "396", "-12", "181", 0, 0, 0); /* bar; traditional label */
    assert_2019("行政许可\t396\t—\t181", "396", "empty", "181", 0, 0, 0);
    assert_2019("行政许可\t396\t–\t181", "396", "empty", "181", 0, 0, 0);
}

/* In a count column the dash is read as the sign all the same: the
 * parser says nothing, the checker's V201 says the count may not be
 * negative (test_check_values.c), as for -181. */
static void test_dash_minus_in_count_column(void **state)
{
    (void)state;
    assert_2019("行政许可\t396\t0\t—181", "396", "0", "-181", 0, 0, 0);
    assert_2019("行政许可\t—396\t0\t181", "-396", "0", "181", 0, 0, 0);
}

/* Page text: 行政许可396—2181 is 396 | −2 | 181 or 396 | — | 2181; P035 over
 * the dash and the digits, and neither 本年增/减 nor 处理决定数量 gets a
 * number. A dash glued to digits in another column, or after another dash,
 * is the empty-cell mark: the number after it keeps its cell. */
static void test_page_text_dash_or_minus(void **state)
{
    (void)state;
    char *src = read_source_file("corpus/pingtan-2019-page.txt", NULL);
    char *t = replace1(src, "行政许可3960181", "行政许可396—2181");
    xxgk_doc *d = parse_str(t);
    char buf[48];
    assert_string_equal(cell(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_PREV_ITEMS, buf, sizeof buf), "396");
    assert_string_equal(cell(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_CHANGE, buf, sizeof buf), "absent");
    assert_string_equal(cell(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "absent");
    assert_diag_at(d, XXGK_P_DASH_OR_MINUS, 10, 4386);
    xxgk_doc_free(d);
    free(t);
    /* the dash under 处理决定数量's neighbour 上一年项目数量 cannot be a sign */
    t = replace1(src, "行政许可3960181", "行政许可—00181");
    d = parse_str(t);
    assert_int_equal(count_diags(d, XXGK_P_DASH_OR_MINUS), 0);
    assert_string_equal(cell(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_PREV_ITEMS, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
    free(t);
    free(src);
}

/* The canonical report's 行政许可 printed as TO: no cell, one P034 at
 * LINE:COL in TSV and CRLF (one in the other layouts), and nothing else
 * said about the row's text. */
static void assert_approx(const char *to, unsigned line, unsigned col)
{
    xxgk_doc *d[4];
    int n = variants(canonical, "行政许可\t125", to, d);
    for (int i = 0; i < n; i++) {
        char buf[48];
        assert_string_equal(cell(d[i], XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                            "absent");
        if (i < 2)
            assert_diag_at(d[i], XXGK_P_APPROX_NUMBER, line, col);
        else
            assert_int_equal(count_diags(d[i], XXGK_P_APPROX_NUMBER), 1);
        assert_int_equal(count_diags(d[i], XXGK_P_TEXT_IN_TABLE), 0);
        assert_int_equal(count_diags(d[i], XXGK_P_TEXT_FOR_NUMBER), 0);
        assert_int_equal(count_diags(d[i], XXGK_P_STRAY_VALUES), 0);
        assert_int_equal(xxgk_doc_count(d[i], XXGK_ERROR), 1);
        xxgk_doc_free(d[i]);
    }
}

static void test_approximate_numbers_get_no_cell(void **state)
{
    (void)state;
    assert_approx("行政许可\t125余", 21, 9);
    assert_approx("行政许可\t125餘", 21, 9);
    assert_approx("行政许可\t125多", 21, 9);
    assert_approx("行政许可\t125+", 21, 9);
    assert_approx("行政许可\t125＋", 21, 9);
    assert_approx("行政许可\t125%", 21, 9);
    assert_approx("行政许可\t125％", 21, 9);
    assert_approx("行政许可\t125‰", 21, 9);
    assert_approx("行政许可\t125以上", 21, 9);
    assert_approx("行政许可\t125左右", 21, 9);
    assert_approx("行政许可\t125 余", 21, 10);
    assert_approx("行政许可\t125余件", 21, 9);
    assert_approx("行政许可\t约125", 21, 6);
    assert_approx("行政许可\t約125", 21, 6);
    assert_approx("行政许可\t近125", 21, 6);
    assert_approx("行政许可\t超过125", 21, 6);
    assert_approx("行政许可\t逾 125", 21, 6);
    assert_approx("行政许可\t约125余", 21, 6); /* two marks: the one before */
}

/* Page text: a glued run with a mark (640020470余) is not cut into cells,
 * since its last cell is no exact number and an identity would choose the
 * cut with it: the row is short (P007), the run refused (P034) at 余. */
static void test_page_text_glued_run_with_a_mark(void **state)
{
    (void)state;
    char *src = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    char *t = replace1(src, "申请数量640020470二", "申请数量640020470余二");
    xxgk_doc *d = parse_str(t);
    char buf[48];
    assert_string_equal(cell(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf, sizeof buf),
                        "absent");
    assert_string_equal(cell(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf, sizeof buf), "absent");
    assert_diag_at(d, XXGK_P_APPROX_NUMBER, 10, 2353);
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 1);
    /* the rows after it are read as before */
    assert_string_equal(cell(d, XXGK_TABLE_REQUESTS, XXGK_R_GRANTED, XXGK_C_TOTAL, buf, sizeof buf), "30");
    xxgk_doc_free(d);
    free(t);
    free(src);
}

/* The exact count keeps reading as before: a count word after it (件) is
 * no mark, and a mark of money is P029's. */
static void test_exact_counts_unchanged(void **state)
{
    (void)state;
    char *t = replace1(canonical, "行政许可\t125", "行政许可\t125件");
    xxgk_doc *d = parse_str(t);
    char buf[48];
    assert_string_equal(cell(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "125");
    assert_int_equal(count_diags(d, XXGK_P_APPROX_NUMBER), 0);
    xxgk_doc_free(d);
    free(t);
    t = replace1(canonical, "行政事业性收费\t12.5", "行政事业性收费\t12.5多万元");
    d = parse_str(t);
    assert_int_equal(count_diags(d, XXGK_P_APPROX_NUMBER), 0);
    assert_int_equal(count_diags(d, XXGK_P_UNIT_INEXACT), 1);
    xxgk_doc_free(d);
    free(t);
}

/* Prose: section 一's 1534余件 is words, read as before (V404 compares its
 * number), never P034. */
static void test_prose_unchanged(void **state)
{
    (void)state;
    xxgk_doc *a = parse_str(canonical);
    const char *p = strstr(canonical, "\n二、");
    assert_non_null(p);
    size_t at = (size_t)(p - canonical);
    char *t = malloc(strlen(canonical) + 64);
    assert_non_null(t);
    memcpy(t, canonical, at);
    strcpy(t + at, "\n全年共受理申请约20余件，同比增长15%。");
    strcat(t, canonical + at);
    xxgk_doc *b = parse_str(t);
    assert_int_equal(count_diags(b, XXGK_P_APPROX_NUMBER), 0);
    assert_int_equal(count_cells(b), count_cells(a));
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_before_digits_is_minus),
        cmocka_unit_test(test_dash_minus_in_count_column),
        cmocka_unit_test(test_page_text_dash_or_minus),
        cmocka_unit_test(test_approximate_numbers_get_no_cell),
        cmocka_unit_test(test_page_text_glued_run_with_a_mark),
        cmocka_unit_test(test_exact_counts_unchanged),
        cmocka_unit_test(test_prose_unchanged),
    };
    return cmocka_run_group_tests(tests, canonical_setup, canonical_teardown);
}
