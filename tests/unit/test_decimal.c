/* Exact decimals: every count and amount goes through these. */
#include <string.h>

#include "testutil.h"

static void check_parse(const char *in, const char *want, bool sci)
{
    xxgk_dec d;
    bool s;
    char buf[48];
    assert_int_equal(xxgk_dec_parse(in, strlen(in), &d, &s), 0);
    assert_string_equal(xxgk_dec_format(d, buf, sizeof buf), want);
    assert_int_equal(s, sci);
}

static void test_plain_and_signed(void **state)
{
    (void)state;
    check_parse("0", "0", false);
    check_parse("855", "855", false);
    check_parse("-35", "-35", false);
    check_parse("1.5", "1.5", false);
    check_parse("96171.6", "96171.6", false);
    check_parse("24252.311082", "24252.311082", false);
    check_parse("75394432.52", "75394432.52", false);
    check_parse("0.050", "0.05", false);
    check_parse("007", "7", false);
}

/* The one-pass reading of plain digits gives what the full reading gives:
 * a unit after the digits, and whatever the full reading takes after them
 * (a point, a separator, an exponent, a full-width digit, a 19th digit). */
static void test_plain_digits_and_what_follows(void **state)
{
    (void)state;
    check_parse("35万元", "35", false);
    check_parse("3,119", "3119", false);
    check_parse("12.50", "12.5", false);
    check_parse("1２", "12", false);
    check_parse("1e3", "1000", true);
    check_parse("123456789012345678", "123456789012345678", false);
    check_parse("0000000000000000001", "1", false);
    xxgk_dec d;
    assert_int_equal(xxgk_dec_parse("1234567890123456789", 19, &d, NULL), -1);
}

/* 增2/减2 (the 2019 form's 本年增/减 with its sign in words) is a cell's
 * reading in table 二 (build_cells.c, change_word_cell), not a number's:
 * the parser takes no sign from the word and reads no digits after it,
 * as after any word (减2 is not -2, 增2 not 2). */
static void test_change_word_is_no_sign(void **state)
{
    (void)state;
    const char *words[] = {"增2", "减2", "減2", "X2"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        xxgk_dec d = {99, 0};
        /* no digit first: refused (-1), never the digits after the word */
        assert_int_equal(xxgk_dec_parse(words[i], strlen(words[i]), &d, NULL), -1);
        assert_int_equal(d.mant, 0);
    }
}

/* Text starting with a blank, the full-width space of CJK text above all
 * (减　3 after its sign word, a cell padded with U+3000), reads the number
 * after the blanks; text with no digit at all (a blank alone, a word, a
 * sign or a point alone) is refused, never read as 0. */
static void test_fullwidth_space_reads_or_refuses(void **state)
{
    (void)state;
    check_parse("\xE3\x80\x80" "3", "3", false);
    check_parse("\xE3\x80\x80\xE3\x80\x80" "181", "181", false);
    check_parse("\xE3\x80\x80" "\xEF\xBC\x93\xEF\xBC\x99\xEF\xBC\x96", "396", false); /* ３９６ */
    check_parse(" 12", "12", false);
    check_parse("\xE3\x80\x80" "0", "0", false);
    check_parse("\xE3\x80\x80" "-2", "-2", false);
    const char *none[] = {"\xE3\x80\x80", "\xE3\x80\x80" "件", "", " ", "-", ".", "\xE3\x80\x80" "e3", "件3"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        xxgk_dec d = {99, 0};
        assert_int_equal(xxgk_dec_parse(none[i], strlen(none[i]), &d, NULL), -1);
    }
}

static void test_scientific_is_exact(void **state)
{
    (void)state;
    /* seed 004 prints its fee as 1.0074845E7 */
    check_parse("1.0074845E7", "10074845", true);
    check_parse("2.5e-3", "0.0025", true);
    check_parse("1E2", "100", true);
}

static void test_fullwidth_digits(void **state)
{
    (void)state;
    check_parse("１２３", "123", false);
    check_parse("－５．５", "-5.5", false);
}

static void test_overflow_is_reported_not_wrapped(void **state)
{
    (void)state;
    xxgk_dec d;
    const char *forty = "1234567890123456789012345678901234567890";
    assert_int_equal(xxgk_dec_parse(forty, strlen(forty), &d, NULL), -1);
    const char *eighteen = "999999999999999999";
    assert_int_equal(xxgk_dec_parse(eighteen, strlen(eighteen), &d, NULL), 0);
    assert_int_equal(d.mant, 999999999999999999LL);
    assert_int_equal(xxgk_dec_parse("1E30", 4, &d, NULL), -1);
}

static void test_compare_and_add(void **state)
{
    (void)state;
    xxgk_dec a, b, c;
    xxgk_dec_parse("1.5", 3, &a, NULL);
    xxgk_dec_parse("1.50", 4, &b, NULL);
    assert_int_equal(xxgk_dec_cmp(a, b), 0);
    xxgk_dec_parse("2", 1, &b, NULL);
    assert_int_equal(xxgk_dec_cmp(a, b), -1);
    assert_int_equal(xxgk_dec_add(a, b, &c), 0);
    char buf[48];
    assert_string_equal(xxgk_dec_format(c, buf, sizeof buf), "3.5");
    xxgk_dec big = {INT64_MAX, 0};
    assert_int_equal(xxgk_dec_add(big, b, &c), -1);
    assert_true(xxgk_dec_is_integer(b));
    assert_false(xxgk_dec_is_integer(a));
}

/* Formatting writes the exact text itself (export calls it per cell). */
static void test_format_exact_text(void **state)
{
    (void)state;
    static const struct {
        int64_t mant;
        int32_t scale;
        const char *text;
    } cases[] = {
        {0, 0, "0"},           {7, 0, "7"},         {-7, 0, "-7"},
        {5, 2, "0.05"},        {-5, 3, "-0.005"},   {12345, 2, "123.45"},
        {10, 1, "1.0"},        {100, 2, "1.00"},    {42, -1, "42"},
        {INT64_MAX, 0, "9223372036854775807"},      {INT64_MIN, 0, "-9223372036854775808"},
        {INT64_MIN, 19, "-0.9223372036854775808"},  {1, 18, "0.000000000000000001"},
    };
    char buf[48];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xxgk_dec d = {cases[i].mant, cases[i].scale};
        assert_string_equal(xxgk_dec_format(d, buf, sizeof buf), cases[i].text);
    }
    /* cut like snprintf: size - 1 bytes and the NUL */
    char small[4];
    assert_string_equal(xxgk_dec_format((xxgk_dec){12345, 2}, small, sizeof small), "123");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_and_signed),
        cmocka_unit_test(test_plain_digits_and_what_follows),
        cmocka_unit_test(test_scientific_is_exact),
        cmocka_unit_test(test_change_word_is_no_sign),
        cmocka_unit_test(test_fullwidth_digits),
        cmocka_unit_test(test_fullwidth_space_reads_or_refuses),
        cmocka_unit_test(test_overflow_is_reported_not_wrapped),
        cmocka_unit_test(test_compare_and_add),
        cmocka_unit_test(test_format_exact_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
