/* Units of money (src/syntax/units.c; docs/cli.md, export's `unit`): a
 * cell's unit is the one printed beside its number, else the one its
 * column header states, else the one the table's unit line states, else
 * the template's; 元 千元 万元 十万元 百万元 千万元 亿元 are exact powers of
 * ten of 元; a unit naming no exact amount (万余元, 美元) gives no cell and
 * P029 at the unit. On tests/fixtures/canonical-2021.txt, whose fee is
 * 行政事业性收费<TAB>12.5 on line 28 under 本年收费金额（单位：万元） (27). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* The canonical report with FROM replaced by TO, in the four layouts
 * (cells one space apart): *n docs into d. */
static int variants(const char *from, const char *to, xxgk_doc **d)
{
    return layout_variants(canonical, from, to, " ", d);
}

static const xxgk_cell *fee(const xxgk_doc *d)
{
    return xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE, XXGK_R_FEES, XXGK_C_AMOUNT_WAN_YUAN);
}

/* The fee cell is VALUE in UNIT, printed beside it or not, in every
 * layout, with no finding at all. */
static void assert_fee(const char *from, const char *to, const char *value, int unit, bool printed)
{
    xxgk_doc *d[4];
    int n = variants(from, to, d);
    for (int i = 0; i < n; i++) {
        const xxgk_cell *c = fee(d[i]);
        assert_non_null(c);
        char buf[48];
        assert_string_equal(xxgk_dec_format(c->value, buf, sizeof buf), value);
        assert_int_equal(c->unit, unit);
        assert_int_equal(c->unit_printed, printed);
        assert_int_equal(xxgk_doc_count(d[i], XXGK_ERROR), 0);
        assert_int_equal(xxgk_doc_count(d[i], XXGK_WARNING), 0);
        xxgk_doc_free(d[i]);
    }
}

static void test_unit_beside_the_number(void **state)
{
    (void)state;
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t0.125亿元", "0.125", XXGK_UNIT_YI_YUAN, true);
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t125千元", "125", XXGK_UNIT_QIAN_YUAN, true);
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t0.125 億", "0.125", XXGK_UNIT_YI_YUAN, true);
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t1.25（百万元）", "1.25", XXGK_UNIT_BAI_WAN_YUAN, true);
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t125000元", "125000", XXGK_UNIT_YUAN, true);
    assert_fee("行政事业性收费\t12.5", "行政事业性收费\t12.5萬元", "12.5", XXGK_UNIT_WAN_YUAN, true);
}

/* The header states the unit; its words are the column's, not text in
 * the table (no P019). */
static void test_unit_the_header_states(void **state)
{
    (void)state;
    const char *h = "本年收费金额（单位：万元）";
    assert_fee(h, "本年收费金额（单位：元）", "12.5", XXGK_UNIT_YUAN, false);
    assert_fee(h, "本年收费金额（单位：千元）", "12.5", XXGK_UNIT_QIAN_YUAN, false);
    assert_fee(h, "本年收費金額（單位：億元）", "12.5", XXGK_UNIT_YI_YUAN, false);
    assert_fee(h, "本年收费金额(元)", "12.5", XXGK_UNIT_YUAN, false);
    assert_fee(h, "本年收费金额", "12.5", XXGK_UNIT_WAN_YUAN, false); /* the template's */
    assert_fee(h, "本年收费金额（万元）", "12.5", XXGK_UNIT_WAN_YUAN, false);
}

/* A unit line of the table states the unit of its money; the header's
 * own statement and the number's unit come first. */
static void test_unit_line(void **state)
{
    (void)state;
    const char *c = "第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）";
    assert_fee(c, "第二十条第（八）项\t\t\t\n单位：元\n信息内容\t本年收费金额", "12.5", XXGK_UNIT_YUAN, false);
    assert_fee(c, "第二十条第（八）项\t\t\t\n（金额单位：千元）\n信息内容\t本年收费金额", "12.5",
               XXGK_UNIT_QIAN_YUAN, false);
    assert_fee(c, "第二十条第（八）项\t\t\t\n单位：万元\n信息内容\t本年收费金额（单位：万元）", "12.5",
               XXGK_UNIT_WAN_YUAN, false);
    char *t = replace1(canonical, c, "第二十条第（八）项\t\t\t\n单位：元\n信息内容\t本年收费金额");
    char *u = replace1(t, "行政事业性收费\t12.5", "行政事业性收费\t12.5万元");
    xxgk_doc *d = parse_str(u);
    assert_int_equal(fee(d)->unit, XXGK_UNIT_WAN_YUAN);
    xxgk_doc_free(d);
    free(u);
    free(t);
}

/* The fee row's label states the unit in brackets (行政事业性收费（元）):
 * its cells' unit, not text where the number should be (no P009), in
 * every layout; a unit line above table 二 states the table's. */
static void test_unit_the_row_label_states(void **state)
{
    (void)state;
    const char *f = "本年收费金额（单位：万元）\t\t\n行政事业性收费\t12.5";
    assert_fee(f, "本年收费金额\t\t\n行政事业性收费（元）\t125000", "125000", XXGK_UNIT_YUAN, false);
    assert_fee(f, "本年收费金额\t\t\n行政事业性收费【千元】\t125", "125", XXGK_UNIT_QIAN_YUAN, false);
    assert_fee(f, "本年收费金额\t\t\n行政事業性收費（萬元）\t12.5", "12.5", XXGK_UNIT_WAN_YUAN, false);
    assert_fee(f, "本年收费金额（元）\t\t\n行政事业性收费（元）\t125000", "125000", XXGK_UNIT_YUAN, false);
    assert_fee(f, "本年收费金额\t\t\n行政事业性收费（元）\t125000元", "125000", XXGK_UNIT_YUAN, true);
    /* a unit line above table 二: the table's; against the header's, P028 */
    char *t = replace1(canonical, "第二十条第（一）项", "单位：千元\n第二十条第（一）项");
    xxgk_doc *d = parse_str(t);
    assert_null(fee(d));
    assert_diag_at(d, XXGK_P_UNITS_DISAGREE, 28, 16);
    xxgk_doc_free(d);
    char *u = replace1(t, "本年收费金额（单位：万元）", "本年收费金额");
    d = parse_str(u);
    assert_int_equal(fee(d)->unit, XXGK_UNIT_QIAN_YUAN);
    xxgk_doc_free(d);
    free(u);
    free(t);
}

/* A unit naming no exact amount: no cell, P029 at the unit word. */
static void assert_refused(const char *from, const char *to, unsigned line, unsigned col)
{
    xxgk_doc *d[4];
    int n = variants(from, to, d);
    for (int i = 0; i < n; i++) {
        assert_null(fee(d[i]));
        if (i == 0 || i == 1) /* TAB and CRLF: the columns of the text as given */
            assert_diag_at(d[i], XXGK_P_UNIT_INEXACT, line, col);
        else
            assert_int_equal(count_diags(d[i], XXGK_P_UNIT_INEXACT), 1);
        xxgk_doc_free(d[i]);
    }
}

static void test_inexact_units_are_refused(void **state)
{
    (void)state;
    assert_refused("行政事业性收费\t12.5", "行政事业性收费\t12.5万余元", 28, 13);
    assert_refused("行政事业性收费\t12.5", "行政事业性收费\t12.5美元", 28, 13);
    assert_refused("行政事业性收费\t12.5", "行政事业性收费\t12.5 多万元", 28, 14);
    assert_refused("行政事业性收费\t12.5", "行政事业性收费\t12.5（萬餘元）", 28, 14);
    assert_refused("本年收费金额（单位：万元）", "本年收费金额（单位：美元）", 27, 16);
    /* a header and a unit line that disagree: P028 at the one read second */
    xxgk_doc *d[4];
    int n = variants("第二十条第（八）项\t\t\t\n", "第二十条第（八）项\t\t\t\n单位：元\n", d);
    for (int i = 0; i < n; i++) {
        assert_null(fee(d[i]));
        if (i < 2)
            assert_diag_at(d[i], XXGK_P_UNITS_DISAGREE, 28, 16);
        xxgk_doc_free(d[i]);
    }
    assert_refused("第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）",
                   "第二十条第（八）项\t\t\t\n单位：港元\n信息内容\t本年收费金额", 27, 4);
}

/* Units convert exactly: a power of ten moves the point. */
static void test_exact_conversion(void **state)
{
    (void)state;
    xxgk_dec v;
    char buf[48];
    assert_int_equal(xxgk_unit_convert((xxgk_dec){3562, 4}, XXGK_UNIT_YI_YUAN, XXGK_UNIT_WAN_YUAN, &v), 0);
    assert_string_equal(xxgk_dec_format(v, buf, sizeof buf), "3562");
    assert_int_equal(xxgk_unit_convert((xxgk_dec){3562, 2}, XXGK_UNIT_YUAN, XXGK_UNIT_WAN_YUAN, &v), 0);
    assert_string_equal(xxgk_dec_format(v, buf, sizeof buf), "0.003562");
    assert_int_equal(xxgk_unit_convert((xxgk_dec){100, 0}, XXGK_UNIT_YUAN, XXGK_UNIT_WAN_YUAN, &v), 0);
    assert_string_equal(xxgk_dec_format(v, buf, sizeof buf), "0.01");
    assert_int_equal(xxgk_unit_convert((xxgk_dec){3562, 1}, XXGK_UNIT_QIAN_YUAN, XXGK_UNIT_WAN_YUAN, &v), 0);
    assert_string_equal(xxgk_dec_format(v, buf, sizeof buf), "35.62");
    assert_int_equal(xxgk_unit_convert((xxgk_dec){INT64_MAX / 2, 0}, XXGK_UNIT_YI_YUAN, XXGK_UNIT_YUAN, &v), -1);
    assert_int_equal(xxgk_unit_convert((xxgk_dec){1, 0}, XXGK_UNIT_NONE, XXGK_UNIT_YUAN, &v), -1);
    assert_string_equal(xxgk_unit_name(XXGK_UNIT_QIAN_WAN_YUAN), "千万元");
    assert_int_equal(xxgk_unit_power(XXGK_UNIT_SHI_WAN_YUAN), 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_beside_the_number),
        cmocka_unit_test(test_unit_the_header_states),
        cmocka_unit_test(test_unit_line),
        cmocka_unit_test(test_unit_the_row_label_states),
        cmocka_unit_test(test_inexact_units_are_refused),
        cmocka_unit_test(test_exact_conversion),
    };
    return cmocka_run_group_tests(tests, canonical_setup, canonical_teardown);
}
