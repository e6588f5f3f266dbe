/* Every finding of the validator on the real reports of corpus/, pinned
 * on frozen copies in tests/fixtures/ (editing corpus/ breaks no test here):
 * the five seeds give only true findings (nothing false on the zero tables
 * of 000 and 003; the unit slip of 004 at 68:9; 002's missing section and
 * truncated table are the parser's, and what cannot be checked because of
 * them is said as notes), and the reports with non-zero numbers that add
 * up give no arithmetic finding. */
#include "check_helpers.h"
#include "doc.h"

typedef struct expect {
    int code, severity;
    unsigned line, col;
} expect;

static void check_report(const char *rel, const expect *e, int n)
{
    xxgk_doc *d = ck_file(rel);
    for (int i = 0; i < n; i++)
        ck_expect(d, e[i].code, e[i].severity, e[i].line, e[i].col);
    ck_expect_count(d, n);
    xxgk_doc_free(d);
}

static void test_000_wenfeng(void **state)
{
    (void)state;
    static const expect e[] = {{XXGK_V_RESTARTED_NUMBERING, XXGK_WARNING, 7, 5},
                               {XXGK_V_MD_SECTION_LEVEL, XXGK_WARNING, 44, 5}};
    check_report("tests/fixtures/wenfeng-edu-2024.txt", e, 2);
}

static void test_001_erqi(void **state)
{
    (void)state;
    /* 本机关不掌握相关信息 for the template's 本机关不掌握相关政府信息 */
    /* and table 四's sixteen values: none of its totals can be checked */
    static const expect e[] = {{XXGK_V_TABLE_LABEL_VARIANT, XXGK_NOTE, 63, 12},
                               {XXGK_V_NOT_ASSESSABLE, XXGK_NOTE, 80, 9},
                               {XXGK_V_NOT_ASSESSABLE, XXGK_NOTE, 80, 19},
                               {XXGK_V_NOT_ASSESSABLE, XXGK_NOTE, 80, 29}};
    check_report("tests/fixtures/erqi-edu-2020.txt", e, 4);
    /* the sixteen values of table 四 are the parser's */
    xxgk_doc *d = ck_file("tests/fixtures/erqi-edu-2020.txt");
    ck_expect(d, XXGK_P_TOO_MANY_VALUES, XXGK_ERROR, 80, 31);
    xxgk_doc_free(d);
}

static void test_002_huzhu(void **state)
{
    (void)state;
    static const expect e[] = {{XXGK_V_NOT_ASSESSABLE, XXGK_NOTE, 56, 30},
                               {XXGK_V_NOT_ASSESSABLE, XXGK_NOTE, 56, 30}};
    xxgk_doc *d = ck_file("tests/fixtures/huzhu-edu-2023.txt");
    /* three label variants (V308, tested in test_check_structure) and the
     * two identities the truncated table leaves unchecked */
    ck_expect_count(d, 5);
    for (const xxgk_diag *x = xxgk_doc_diags(d); x; x = x->next)
        if (ck_is_check(x) && x->code != XXGK_V_TABLE_LABEL_VARIANT) {
            assert_int_equal(x->code, e[0].code);
            assert_int_equal(x->severity, XXGK_NOTE);
            assert_int_equal(diag_pos(d, x).line, e[0].line);
            assert_int_equal(diag_pos(d, x).col, e[0].col);
        }
    ck_expect(d, XXGK_P_TABLE_ENDS_EARLY, XXGK_ERROR, 58, 1);
    ck_expect(d, XXGK_P_MISSING_SECTION, XXGK_ERROR, 58, 1);
    xxgk_doc_free(d);
}

static void test_003_liujiang(void **state)
{
    (void)state;
    check_report("tests/fixtures/liujiang-edu-2024.txt", NULL, 0);
}

static void test_004_beiguan(void **state)
{
    (void)state;
    static const expect e[] = {{XXGK_V_SCIENTIFIC, XXGK_WARNING, 68, 9},
                               {XXGK_V_IMPLAUSIBLE, XXGK_ERROR, 68, 9}};
    check_report("tests/fixtures/beiguan-edu-2023.txt", e, 2);
}

static void test_nonzero_reports(void **state)
{
    (void)state;
    check_report("tests/fixtures/huaian-2024.txt", NULL, 0);
    check_report("tests/fixtures/pingtan-2019.txt", NULL, 0);
    check_report("tests/fixtures/pingtan-2021.txt", NULL, 0);
    static const expect e[] = {{XXGK_V_LABEL_VARIANT, XXGK_NOTE, 58, 3}}; /* 行政法复议 */
    check_report("tests/fixtures/pingtan-2022.txt", e, 1);
}

static void test_nothing_to_check(void **state)
{
    (void)state;
    /* empty input, binary junk, a text without sections: the parser said
     * why, the validator adds nothing */
    static const char utf16[] = {(char)0xFF, (char)0xFE, 'h', 0, 'i', 0, 'j', 0, 'k', 0};
    static const struct {
        const char *bytes;
        size_t len;
    } inputs[] = {{"", 0}, {utf16, sizeof utf16}, {"just a line of text\n", 20}};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        xxgk_doc *d = xxgk_parse("t.txt", inputs[i].bytes, inputs[i].len, NULL);
        assert_non_null(d);
        assert_int_equal(xxgk_check(d, NULL), 0);
        assert_true(xxgk_doc_count(d, XXGK_ERROR) > 0);
        xxgk_doc_free(d);
    }
    assert_int_equal(xxgk_check(NULL, NULL), 0);
}

/* A document told its validator's texts are unread (export: texts_unread),
 * and parsed with the texts of errors only (export:
 * xxgk_options.texts_errors_only), gets the same findings: every code,
 * severity and place, and every note's place, in the same order; the
 * parse's messages of errors are formatted still, its others and the
 * validator's are "". The parse's findings that are not errors (their
 * texts left out) are counted. */
static size_t same_findings(const char *text, int lang)
{
    xxgk_options po = {.lang = lang}, pb = {.lang = lang, .texts_errors_only = true};
    xxgk_doc *a = xxgk_parse("t.txt", text, strlen(text), &po), *b = xxgk_parse("t.txt", text, strlen(text), &pb);
    size_t others = 0;
    assert_non_null(a);
    assert_non_null(b);
    xxgk_check(a, NULL);
    b->texts_unread = true;
    xxgk_check(b, NULL);
    const xxgk_diag *x = xxgk_doc_diags(a), *y = xxgk_doc_diags(b);
    xxgk_msgbuf xb = {0}, yb = {0};
    for (; x && y; x = x->next, y = y->next) {
        assert_int_equal(x->code, y->code);
        assert_int_equal(x->severity, y->severity);
        assert_int_equal(x->span.start, y->span.start);
        assert_int_equal(x->span.end, y->span.end);
        bool unread = ck_is_check(y) || y->severity != XXGK_ERROR;
        const char *xm = xxgk_diag_msg(a, x, &xb), *ym = xxgk_diag_msg(b, y, &yb);
        others += !ck_is_check(y) && y->severity != XXGK_ERROR && xm[0];
        assert_string_equal(ym, unread ? "" : xm);
        const xxgk_note *m = x->notes, *n = y->notes;
        for (; m && n; m = m->next, n = n->next) {
            assert_int_equal(m->span.start, n->span.start);
            assert_int_equal(m->span.end, n->span.end);
            assert_string_equal(n->msg, unread ? "" : m->msg); /* the parse's errors' notes were read */
        }
        assert_null(m);
        assert_null(n);
    }
    assert_null(x);
    assert_null(y);
    for (int sev = XXGK_NOTE; sev <= XXGK_ERROR; sev++)
        assert_int_equal(xxgk_doc_count(a, sev), xxgk_doc_count(b, sev));
    xxgk_msgbuf_free(&xb);
    xxgk_msgbuf_free(&yb);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    return others;
}

static void test_texts_unread(void **state)
{
    (void)state;
    static const char *const files[] = {"tests/fixtures/wenfeng-edu-2024.txt", "tests/fixtures/erqi-edu-2020.txt",
                                        "tests/fixtures/huzhu-edu-2023.txt", "tests/fixtures/beiguan-edu-2023.txt",
                                        "tests/fixtures/pingtan-2022.txt"};
    size_t others = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char *s = ck_read(files[i]);
        others += same_findings(s, XXGK_LANG_EN);
        others += same_findings(s, XXGK_LANG_ZH);
        free(s);
    }
    assert_true(others > 0); /* the parse's warnings and notes were there to leave out */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_000_wenfeng),
        cmocka_unit_test(test_001_erqi),
        cmocka_unit_test(test_002_huzhu),
        cmocka_unit_test(test_003_liujiang),
        cmocka_unit_test(test_004_beiguan),
        cmocka_unit_test(test_nonzero_reports),
        cmocka_unit_test(test_nothing_to_check),
        cmocka_unit_test(test_texts_unread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
