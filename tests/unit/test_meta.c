/* Who reports on which year, and when (issue 12): agency, agency_key, year
 * and date of 24 real page beginnings against their truth, the page's
 * metadata (xxgk_options.meta_*), the notes P040-P042. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "meta.h"
#include "testutil.h"
#include "utf8.h"

/* Next TAB-separated field of *p (modified in place), "" at the end. */
static char *field(char **p)
{
    char *s = *p, *t = strchr(s, '\t');
    if (t) {
        *t = 0;
        *p = t + 1;
    } else {
        *p = s + strlen(s);
    }
    return s;
}

/* The truth of pages.tsv for a file: year and agency. */
static bool truth_of(const char *tsv, const char *file, int *year, char *agency, size_t cap)
{
    size_t n = strlen(file);
    for (const char *l = tsv; l && *l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
        if (strncmp(l, file, n) != 0 || l[n] != '\t')
            continue;
        const char *y = l + n + 1, *a = strchr(y, '\t');
        *year = atoi(y);
        const char *e = a ? strchr(a + 1, '\t') : NULL;
        if (!a || !e || (size_t)(e - a - 1) >= cap)
            return false;
        memcpy(agency, a + 1, (size_t)(e - a - 1));
        agency[e - a - 1] = 0;
        return true;
    }
    return false;
}

/* a's characters occur in b in order: a is a shorter form of b. */
static bool abbreviates(const char *a, const char *b)
{
    while (*a) {
        size_t l = 1;
        while ((a[l] & 0xC0) == 0x80)
            l++;
        const char *hit = NULL;
        for (const char *p = b; *p; p++)
            if (strncmp(p, a, l) == 0) {
                hit = p;
                break;
            }
        if (!hit)
            return false;
        b = hit + l;
        a += l;
    }
    return true;
}

/* No agency holds chrome: 《》, a colon, '>', a field label, 报告. */
static void assert_clean_name(const char *name)
{
    static const char *const bad[] = {"《", "》", ":", "：", ">", "报告", "報告", "标题", "发布",
                                      "来源", "名称", "|", NULL};
    for (int k = 0; bad[k]; k++)
        if (strstr(name, bad[k]))
            fail_msg("agency '%s' holds '%s'", name, bad[k]);
}

static void test_pages_right_or_unknown(void **state)
{
    (void)state;
    char *tsv = read_source_file("tests/fixtures/pages/pages.tsv", NULL);
    char *exp = read_source_file("tests/fixtures/pages/expected.tsv", NULL);
    assert_non_null(tsv);
    assert_non_null(exp);
    int pages = 0, right = 0, unknown = 0;
    for (char *line = exp, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        if (*line == '#' || !*line)
            continue;
        char *p = line;
        const char *file = field(&p), *year_s = field(&p), *agency = field(&p), *date = field(&p);
        char path[256], truth[256];
        int year;
        snprintf(path, sizeof path, "tests/fixtures/pages/%s", file);
        if (!truth_of(tsv, file, &year, truth, sizeof truth))
            fail_msg("%s is not in pages.tsv", file);
        xxgk_doc *d = parse_file(path);
        assert_non_null(d);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_non_null(r);
        /* the year: always the truth */
        if (r->year != year || atoi(year_s) != year)
            fail_msg("%s: year %d, truth %d", file, r->year, year);
        /* the agency: what expected.tsv pins, and never another name */
        const char *got = r->agency ? r->agency : "";
        if (strcmp(got, agency) != 0)
            fail_msg("%s: agency '%s', expected '%s'", file, got, agency);
        if (r->agency && !r->agency_key) {
            /* a town's name without its county: as printed, no key, P040 */
            assert_clean_name(r->agency);
            if (!abbreviates(r->agency, truth))
                fail_msg("%s: agency '%s' is not a short form of the truth '%s'", file, r->agency, truth);
            assert_int_equal(count_diags(d, XXGK_P_AGENCY_PARTIAL), 1);
            assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 0);
            unknown++;
        } else if (r->agency) {
            assert_clean_name(r->agency);
            if (!abbreviates(r->agency_key, truth))
                fail_msg("%s: agency '%s' (key '%s') is not the truth '%s' nor a short form of it", file,
                         r->agency, r->agency_key, truth);
            right += strcmp(r->agency_key, truth) == 0;
        } else {
            assert_null(r->agency_key);
            assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 1);
            unknown++;
        }
        const char *got_date = r->date ? r->date : "";
        if (strcmp(got_date, date) != 0)
            fail_msg("%s: date '%s', expected '%s'", file, got_date, date);
        pages++;
        xxgk_doc_free(d);
    }
    assert_int_equal(pages, 24);
    /* as measured when this test was written: right 12, short 4, unknown 8;
     * right 14, unknown 6 since section 一's first sentence is read (p09,
     * p35; p39's relative 市财政局 is as printed, with no key) */
    assert_true(right >= 14);
    assert_true(unknown <= 6);
    free(tsv);
    free(exp);
}

/* The page's metadata is the most trusted source: agency, year and date. */
static void test_page_metadata(void **state)
{
    (void)state;
    const char *text = "本报告由本局编制。\n一、总体情况\n2023年，工作有序。\n";
    xxgk_options o = {.lang = XXGK_LANG_EN,
                      .meta_title = "青禾市教育局2023年政府信息公开工作年度报告",
                      .meta_agency = "青禾市教育局",
                      .meta_date = "2024-01-22 10:15:00"};
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), &o);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "青禾市教育局");
    assert_int_equal(r->agency_source, XXGK_FROM_PAGE);
    assert_string_equal(xxgk_source_name(r->agency_source), "page");
    assert_int_equal(r->year, 2023);
    assert_int_equal(r->year_source, XXGK_FROM_PAGE);
    assert_string_equal(r->date, "2024-01-22");
    assert_int_equal(r->date_source, XXGK_FROM_PAGE);
    assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 0);
    xxgk_doc_free(d);

    /* ContentSource naming no place (来源: 教育局) is no name; the title of
     * the page, in traditional script, still gives one; its key folds */
    xxgk_options o2 = {.meta_title = "青禾市教育局2023年政府信息公開工作年度報告 - 青禾市人民政府",
                       .meta_agency = "教育局"};
    d = xxgk_parse("t.txt", text, strlen(text), &o2);
    r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "青禾市教育局");
    assert_int_equal(r->agency_source, XXGK_FROM_PAGE);
    assert_null(r->date);
    xxgk_doc_free(d);

    /* title and date of the page, no ContentSource (as on Pingtan's page) */
    xxgk_options o4 = {.meta_title = "平潭综合实验区2022年度政府信息公开工作年度报告",
                       .meta_date = "2023-02-20 15:07", .meta_agency = ""};
    d = xxgk_parse("t.txt", text, strlen(text), &o4);
    r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "平潭综合实验区");
    assert_int_equal(r->agency_source, XXGK_FROM_PAGE);
    assert_int_equal(r->year, 2022);
    assert_string_equal(r->date, "2023-02-20");
    xxgk_doc_free(d);

    /* a page whose <title> is the site's name: no source */
    xxgk_options o3 = {.meta_title = "青禾市人民政府"};
    d = xxgk_parse("t.txt", text, strlen(text), &o3);
    r = xxgk_doc_report(d);
    assert_null(r->agency);
    assert_int_equal(r->year_source, XXGK_FROM_BODY);
    xxgk_doc_free(d);
}

/* Page metadata and the report's title naming other agencies: the page
 * wins, P041 points at the title. */
static void test_page_and_title_disagree(void **state)
{
    (void)state;
    const char *text = "\n青禾市财政局2023年政府信息公开工作年度报告\n一、总体情况\n文字。\n";
    xxgk_options o = {.meta_agency = "青禾市教育局"};
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), &o);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "青禾市教育局");
    assert_diag_at(d, XXGK_P_AGENCY_DISAGREES, 2, 1);
    xxgk_doc_free(d);
    /* a shorter form is no disagreement */
    xxgk_options o2 = {.meta_agency = "江蘇省衛生健康委員會"};
    text = "江苏省卫生健康委2023年政府信息公开工作年度报告\n一、总体情况\n文字。\n";
    d = xxgk_parse("t.txt", text, strlen(text), &o2);
    r = xxgk_doc_report(d);
    assert_string_equal(r->agency_key, "江苏省卫生健康委员会");
    assert_int_equal(count_diags(d, XXGK_P_AGENCY_DISAGREES), 0);
    xxgk_doc_free(d);
}

/* The page's title and the report's title give other years: P043 at the
 * report's, in the document's language. */
static void test_year_disagrees(void **state)
{
    (void)state;
    const char *text = "\n青禾市教育局2023年政府信息公开工作年度报告\n一、总体情况\n文字。\n";
    xxgk_options o = {.lang = XXGK_LANG_ZH, .meta_title = "青禾市教育局2024年政府信息公开工作年度报告"};
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), &o);
    assert_int_equal(xxgk_doc_report(d)->year, 2024);
    assert_diag_at(d, XXGK_P_YEAR_DISAGREES, 2, 7);
    assert_string_equal(find_diag(d, XXGK_P_YEAR_DISAGREES)->msg, "标题写的年度是 2023，页面元数据写的是 2024");
    xxgk_doc_free(d);
}

/* One key for both scripts and both widths. */
static void test_agency_key_folds(void **state)
{
    (void)state;
    xxgk_doc *a = parse_str("江蘇省衛生健康委2023年政府信息公開工作年度報告\n一、總體情況\n文字。\n");
    xxgk_doc *b = parse_str("江苏省卫生健康委2023年政府信息公开工作年度报告\n一、总体情况\n文字。\n");
    assert_string_equal(xxgk_doc_report(a)->agency, "江蘇省衛生健康委");
    assert_string_equal(xxgk_doc_report(a)->agency_key, "江苏省卫生健康委");
    assert_string_equal(xxgk_doc_report(a)->agency_key, xxgk_doc_report(b)->agency_key);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* P040 at the partial name, kept as the agency with no key (no P017);
 * none when the text prints the full one. */
static void test_partial_name(void **state)
{
    (void)state;
    xxgk_doc *d = parse_str("\n太平镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n文字。\n");
    /* the name as printed, no key: it does not tell this 太平镇 from another */
    assert_string_equal(xxgk_doc_report(d)->agency, "太平镇人民政府");
    assert_null(xxgk_doc_report(d)->agency_key);
    assert_diag_at(d, XXGK_P_AGENCY_PARTIAL, 2, 1);
    assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 0);
    xxgk_doc_free(d);
    d = parse_str("\n太平镇人民政府2022年政府信息公开工作年度报告\n本报告由西咸新区太平镇人民政府编制。\n"
                  "一、总体情况\n文字。\n");
    assert_string_equal(xxgk_doc_report(d)->agency, "西咸新区太平镇人民政府");
    assert_int_equal(count_diags(d, XXGK_P_AGENCY_PARTIAL), 0);
    xxgk_doc_free(d);
}

/* Dates: only real calendar dates. */
static void test_dates(void **state)
{
    (void)state;
    xxgk_doc *d = parse_str("青禾市统计局2023年政府信息公开工作年度报告\n发布日期：2024/2/30\n一、总体情况\n文字。\n");
    assert_null(xxgk_doc_report(d)->date);
    xxgk_doc_free(d);
    d = parse_str("青禾市统计局2023年政府信息公开工作年度报告\n发布时间：2024.02.29\n一、总体情况\n文字。\n");
    assert_string_equal(xxgk_doc_report(d)->date, "2024-02-29");
    assert_int_equal(xxgk_doc_report(d)->date_source, XXGK_FROM_FIELD);
    xxgk_doc_free(d);
}

/* xxgk diff: an unknown agency does not switch the cross-year checks off. */
static void test_diff_unknown_agency(void **state)
{
    (void)state;
    char *a = read_source_file("corpus/pingtan-2021.txt", NULL), *b = read_source_file("corpus/pingtan-2022.txt", NULL);
    assert_non_null(a);
    assert_non_null(b);
    /* NEW never names itself: every 平潭综合实验区 becomes 本区 */
    const char *from = "平潭综合实验区";
    char *p;
    while ((p = strstr(b, from)) != NULL) {
        memcpy(p, "本区", 6);
        memmove(p + 6, p + strlen(from), strlen(p + strlen(from)) + 1);
    }
    xxgk_doc *o = xxgk_parse("old.txt", a, strlen(a), NULL), *n = xxgk_parse("new.txt", b, strlen(b), NULL);
    assert_non_null(xxgk_doc_report(o)->agency);
    assert_null(xxgk_doc_report(n)->agency);
    diff_result *d = diff_reports(o, n);
    assert_non_null(d);
    assert_int_equal(d->assumed_code, XXGK_P_AGENCY_ASSUMED);
    assert_string_equal(d->assumed_en, "the agency of NEW is not known: the two reports are taken to be the same agency");
    size_t passed = 0;
    for (size_t i = 0; i < d->nchecks; i++)
        passed += d->checks[i].status == DIFF_PASS;
    assert_true(passed >= 3); /* carry_over and in_force ran */
    diff_free(d);
    xxgk_doc_free(o);
    xxgk_doc_free(n);
    free(a);
    free(b);
}

/* A random text of up to maxk of the pieces, as many as fit in cap - 1
 * bytes (a linear congruential generator: the same texts every run). */
static size_t random_text(const char *const *pieces, size_t np, int maxk, unsigned *seed, char *src,
                          size_t cap)
{
    size_t n = 0;
    for (int k = (int)((*seed = *seed * 1103515245u + 12345u) >> 16) % maxk; k > 0; k--) {
        const char *p = pieces[((*seed = *seed * 1103515245u + 12345u) >> 16) % np];
        size_t l = strlen(p);
        if (n + l >= cap)
            break;
        memcpy(src + n, p, l);
        n += l;
    }
    return n;
}

/* mt_fold_before, which finds the character before a separator without
 * loading the text (report.c: does a field's label stand before one?),
 * agrees with mt_load: over random texts of labels, traditional and
 * full-width forms, dropped spaces, line breaks and stray bytes, at every
 * separator and from any start, the last code point mt_load keeps. */
static void test_fold_before_agrees(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "来源", "發布時間", "发布机构", "構", "間", "期", "联系电话", ":", "：", "|", "｜", " ", "\t",
        "\n", "\r", "\xe3\x80\x80", "\xc2\xa0", "\xef\xbb\xbf", "\xe4", "\x80", "\xe4\xb8", "\xf0\x9f\x98\x80",
        "a", "\xef\xbc", "\xbc\x9a"};
    enum { NP = sizeof pieces / sizeof pieces[0] };
    mt_text *t = mt_new(1);
    mt_fold_cache fc;
    mt_fold_cache_init(&fc);
    assert_non_null(t);
    unsigned seed = 12345;
    char src[256];
    for (int it = 0; it < 20000; it++) {
        size_t n = random_text(pieces, NP, 24, &seed, src, sizeof src);
        const uint8_t *u = (const uint8_t *)src;
        for (uint32_t x = 0; x < n; x++) {
            bool sep = u[x] == ':' || u[x] == '|' ||
                       (x + 2 < n && u[x] == 0xEF && (u[x + 1] == 0xBC || u[x + 1] == 0xBD));
            if (!sep)
                continue;
            uint32_t s = ((seed = seed * 1103515245u + 12345u) >> 16) % (x + 1);
            mt_load(t, &fc, u, s, x);
            assert_int_equal(mt_fold_before(u, s, x), t->n ? t->f[t->n - 1] : 0);
        }
    }
    free(t);
}

/* mt_load folds each kept code point as meta_fold_cp does (an ideograph
 * by the script fold's bit, the rest through the cache), and the
 * preamble's scan, which asks meta_name_kind_plain of strings it has
 * found all CJK, outside 《》 and free of foreign words, gets
 * meta_name_kind's answer (also from the first place it keeps as it grows
 * a string leftwards, meta_name_kind_placed): over random texts of names,
 * places, their traditional forms, chrome words, brackets and
 * punctuation. */
static void test_name_kind_plain_agrees(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "青禾市", "两城镇", "人民政府", "教育局", "縣", "區", "鎮", "鄉", "街道", "办事处", "委员会",
        "国家", "统计局", "财政部", "桐乡市", "互助土族自治县", "本局", "全区", "报告", "信息", "公开",
        "《", "》", "〈", "〉", "，", "。", " ", "\n", "Ａ", "a", "道", "府", "政府信息", "發布", "機構"};
    enum { NP = sizeof pieces / sizeof pieces[0] };
    mt_text *t = mt_new(1);
    mt_fold_cache fc;
    mt_fold_cache_init(&fc);
    assert_non_null(t);
    unsigned seed = 4242;
    char src[512];
    int asked = 0;
    for (int it = 0; it < 3000; it++) {
        size_t n = random_text(pieces, NP, 40, &seed, src, sizeof src);
        mt_load(t, &fc, (const uint8_t *)src, 0, (uint32_t)n);
        for (int k = 0; k < t->n; k++)
            assert_int_equal(t->f[k], t->cp[k] < 0x80 ? t->cp[k] : meta_fold_cp(t->cp[k]));
        for (int j = 1; j <= t->n; j++) {
            int first = 0; /* the first place of [i, j), kept as the scan grows it */
            for (int len = 1; len <= 16 && j - len >= 0; len++) {
                int i = j - len, lv;
                if (!mt_cjk(t->f[i]) || t->book[i] || (t->foreign[i] && i + t->foreign[i] <= j))
                    break;
                if ((lv = meta_name_place_at(t, i, j)) != 0)
                    first = lv;
                assert_int_equal(meta_name_kind_plain(t, i, j), meta_name_kind(t, i, j));
                assert_int_equal(meta_name_kind_placed(t, i, j, first), meta_name_kind(t, i, j));
                asked++;
            }
        }
    }
    assert_true(asked > 10000);
    free(t);
}

/* The tables of which foreign words and field labels can start at a code
 * point (and which agency or date labels end in one) are constants written
 * out from the lists: they still are what the lists make, and a text
 * marks each word where it stands (one of the tables wrong would leave a
 * label or a foreign word unmarked: a field not read, a chrome word taken
 * into a name). */
static void test_word_tables_hold(void **state)
{
    (void)state;
    assert_true(mt_foreign_index_holds());
    assert_true(meta_field_index_holds());
    mt_text *t = mt_new(1);
    mt_fold_cache fc;
    mt_fold_cache_init(&fc);
    assert_non_null(t);
    static const char s[] = "发布机构：青禾市教育局 首页 发布时间：2024-01-22 浏览次数";
    mt_load(t, &fc, (const uint8_t *)s, 0, (uint32_t)strlen(s));
    int kind = 0;
    assert_int_equal(meta_field_at(t, 0, &kind), 5); /* 发布机构 ： */
    assert_int_equal(kind, 'a');
    int home = mt_find_word(t, 0, t->n, U"首页");
    assert_true(home > 0);
    assert_int_equal(t->foreign[home], 2);
    int time = mt_find_word(t, 0, t->n, U"发布时间");
    assert_true(time > home);
    assert_true(meta_field_at(t, time, &kind) > time);
    assert_int_equal(kind, 'd');
    assert_true(meta_field_may_end(U'构'));
    assert_true(meta_field_may_end(U'间'));
    assert_false(meta_field_may_end(U'局'));
    free(t);
}

/* cite_verb_far tests a character's code point (meta_cite_lead) before it
 * compares the cite verbs: a verb added to the lists whose first code point
 * the switch lacks would never be found there (a document's year read as
 * the report's). Each word of both lists starts with a lead the switch
 * takes, and the shorter list is the longer one's head. */
static void test_cite_leads_hold(void **state)
{
    (void)state;
    int n = 0;
    for (int k = 0; meta_cite_verbs_far[k]; k++, n++) {
        const uint8_t *w = (const uint8_t *)meta_cite_verbs_far[k];
        uint32_t cp = 0;
        assert_int_equal(utf8_decode(w, strlen((const char *)w), &cp), 3);
        assert_true(meta_cite_lead(cp));
    }
    int m = 0;
    for (; meta_cite_verbs[m]; m++)
        assert_string_equal(meta_cite_verbs[m], meta_cite_verbs_far[m]);
    assert_true(m >= 9 && n > m);
    assert_false(meta_cite_lead(0x672C)); /* 本 */
    assert_false(meta_cite_lead(0xFF0C)); /* ， */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pages_right_or_unknown),
        cmocka_unit_test(test_page_metadata),
        cmocka_unit_test(test_page_and_title_disagree),
        cmocka_unit_test(test_year_disagrees),
        cmocka_unit_test(test_agency_key_folds),
        cmocka_unit_test(test_partial_name),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_diff_unknown_agency),
        cmocka_unit_test(test_fold_before_agrees),
        cmocka_unit_test(test_name_kind_plain_agrees),
        cmocka_unit_test(test_word_tables_hold),
        cmocka_unit_test(test_cite_leads_hold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
