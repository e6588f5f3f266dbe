/* Values, cell by cell (V201-V204): signs, fractions, scientific notation
 * and implausible amounts, each pinned at the cell. */
#include "check_helpers.h"

static int count_values(const xxgk_doc *d) { return ck_count_prefix(d, "V2"); }

static void test_unit_slip_in_seed_004(void **state)
{
    (void)state;
    /* 行政事业性收费 1.0074845E7 under 本年收费金额（单位：万元） */
    xxgk_doc *d = ck_file("tests/fixtures/beiguan-edu-2023.txt");
    const xxgk_diag *sci = ck_expect(d, XXGK_V_SCIENTIFIC, XXGK_WARNING, 68, 9);
    assert_string_equal(sci->msg, "行政事业性收费 · 本年收费金额（单位：万元） is printed in scientific "
                                  "notation: 1.0074845E7 means 10074845");
    const xxgk_diag *big = ck_expect(d, XXGK_V_IMPLAUSIBLE, XXGK_ERROR, 68, 9);
    assert_non_null(strstr(big->msg, "is 10074845 万元, over 10000000 万元"));
    /* the underline covers the number */
    assert_int_equal(xxgk_doc_position(d, big->span.end).col, 20);
    assert_int_equal(count_values(d), 2);
    assert_int_equal(ck_count_prefix(d, "V"), 2);
    xxgk_doc_free(d);
}

static void test_negative_count(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政许可\t350", "行政许可\t-350");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 21, 6);
    assert_string_equal(v->msg, "行政许可 · 本年处理决定数量 is -350: a count cannot be negative");
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
}

/* A word processor's dash before the digits is the minus sign too (–350,
 * —350, −350): the same finding, at the same place. */
static void test_negative_count_printed_with_a_dash(void **state)
{
    (void)state;
    static const char *const dashes[] = {"–", "—", "−", "―", "－"};
    for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++) {
        char to[32];
        snprintf(to, sizeof to, "行政许可\t%s350", dashes[i]);
        char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政许可\t350", to);
        xxgk_doc *d = ck_run(s);
        const xxgk_diag *v = ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 21, 6);
        assert_string_equal(v->msg, "行政许可 · 本年处理决定数量 is -350: a count cannot be negative");
        ck_expect_count(d, 1);
        xxgk_doc_free(d);
    }
    /* in 2019's 本年增/减 it is a change: no finding */
    char *s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "行政许可\t6\t0\t855", "行政许可\t6\t–2\t855");
    xxgk_doc *d = ck_run(s);
    assert_int_equal(count_values(d), 0);
    xxgk_doc_free(d);
}

static void test_change_of_2019_may_be_negative(void **state)
{
    (void)state;
    /* 本年增/减 of the 2019 form is a difference */
    char *s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "行政许可\t6\t0\t855", "行政许可\t6\t-2\t855");
    xxgk_doc *d = ck_run(s);
    assert_int_equal(count_values(d), 0);
    /* but its 上一年项目数量 may not */
    xxgk_doc_free(d);
    s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "行政许可\t6\t0\t855", "行政许可\t-6\t0\t855");
    d = ck_run(s);
    ck_expect(d, XXGK_V_NEGATIVE, XXGK_ERROR, 33, 6);
    assert_int_equal(count_values(d), 1);
    xxgk_doc_free(d);
}

static void test_fraction(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政处罚\t40", "行政处罚\t40.5");
    xxgk_doc *d = ck_run(s);
    ck_expect(d, XXGK_V_FRACTION, XXGK_ERROR, 24, 6);
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
    /* 40.0 is a whole number; a fee of 18.6 万元 is money (the fixture) */
    s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政处罚\t40", "行政处罚\t40.0");
    d = ck_run(s);
    ck_expect_count(d, 0);
    xxgk_doc_free(d);
}

static void test_scientific_count(void **state)
{
    (void)state;
    char *s = ck_replace(ck_read("tests/check/subtotal-2022.txt"), "行政处罚\t40", "行政处罚\t4E1");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_SCIENTIFIC, XXGK_WARNING, 24, 6);
    assert_string_equal(v->msg, "行政处罚 · 本年处理决定数量 is printed in scientific notation: 4E1 means 40");
    ck_expect_count(d, 1);
    xxgk_doc_free(d);
}

static void test_implausible_amounts(void **state)
{
    (void)state;
    /* 2019 form: 采购总金额 with its unit printed beside the number */
    char *s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "240 万元", "10000000 万元");
    xxgk_doc *d = ck_run(s);
    const xxgk_diag *beside = ck_expect(d, XXGK_V_IMPLAUSIBLE, XXGK_ERROR, 44, 10);
    /* the unit stood beside the number: the message says so, not "a 万元
     * header" the 2019 form does not have */
    assert_string_equal(beside->msg, "政府集中采购 · 采购总金额 is 10000000 万元, over 10000000 万元: implausible "
                                     "for the unit, probably a number in 元 with 万元 printed beside it");
    assert_int_equal(count_values(d), 1);
    xxgk_doc_free(d);
    /* a real report's 元 amount typed with 万元 after it (pingtan 2019) */
    s = ck_replace(ck_read("tests/fixtures/pingtan-2019.txt"), "75394432.52元", "75394432.52万元");
    d = ck_run(s);
    beside = ck_expect(d, XXGK_V_IMPLAUSIBLE, XXGK_ERROR, 45, 12);
    assert_non_null(strstr(beside->msg, "is 75394432.52 万元, over 10000000 万元"));
    assert_non_null(strstr(beside->msg, "with 万元 printed beside it"));
    xxgk_doc_free(d);
    /* just below the limit */
    s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "240 万元", "9999999.9 万元");
    d = ck_run(s);
    assert_int_equal(count_values(d), 0);
    xxgk_doc_free(d);
    /* in 元 the limit is 10^11 */
    s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "240 万元", "240000000000元");
    d = ck_run(s);
    const xxgk_diag *v = ck_expect(d, XXGK_V_IMPLAUSIBLE, XXGK_ERROR, 44, 10);
    assert_non_null(strstr(v->msg, "is 240000000000 元, over 100000000000 元"));
    xxgk_doc_free(d);
    s = ck_replace(ck_read("tests/fixtures/erqi-edu-2020.txt"), "240 万元", "251000元");
    d = ck_run(s);
    assert_int_equal(count_values(d), 0);
    xxgk_doc_free(d);
}

static void test_real_values_are_clean(void **state)
{
    (void)state;
    /* a decimal fee (96171.6 万元), hundreds of thousands of decisions */
    static const char *const reports[] = {"tests/fixtures/huaian-2024.txt", "tests/fixtures/pingtan-2019.txt",
                                          "tests/fixtures/pingtan-2021.txt", "tests/fixtures/pingtan-2022.txt",
                                          "tests/fixtures/erqi-edu-2020.txt", "tests/fixtures/wenfeng-edu-2024.txt"};
    for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++) {
        xxgk_doc *d = ck_file(reports[i]);
        if (count_values(d)) {
            ck_dump(d);
            fail_msg("%s", reports[i]);
        }
        xxgk_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_slip_in_seed_004),
        cmocka_unit_test(test_negative_count),
        cmocka_unit_test(test_negative_count_printed_with_a_dash),
        cmocka_unit_test(test_change_of_2019_may_be_negative),
        cmocka_unit_test(test_fraction),
        cmocka_unit_test(test_scientific_count),
        cmocka_unit_test(test_implausible_amounts),
        cmocka_unit_test(test_real_values_are_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
