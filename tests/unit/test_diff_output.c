/* xxgk diff: the command (exit statuses, series), the JSON shape, the
 * human format, and the text helpers (folding, similarity). */
#include <unistd.h>

#include "cli.h"
#include "diff_testutil.h"
#include "html_page.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x

/* ---- a small JSON reader: is the output one valid JSON value? ----------- */

typedef struct jp {
    const char *s;
} jp;

static void ws(jp *p)
{
    while (*p->s == ' ' || *p->s == '\n' || *p->s == '\t' || *p->s == '\r')
        p->s++;
}

static bool value(jp *p);

static bool string(jp *p)
{
    if (*p->s != '"')
        return false;
    for (p->s++; *p->s && *p->s != '"'; p->s++) {
        if ((unsigned char)*p->s < 0x20)
            return false;
        if (*p->s == '\\' && !*++p->s)
            return false;
    }
    if (*p->s != '"')
        return false;
    p->s++;
    return true;
}

static bool members(jp *p, char close, bool keys)
{
    p->s++;
    ws(p);
    if (*p->s == close) {
        p->s++;
        return true;
    }
    for (;;) {
        ws(p);
        if (keys) {
            if (!string(p))
                return false;
            ws(p);
            if (*p->s++ != ':')
                return false;
        }
        if (!value(p))
            return false;
        ws(p);
        if (*p->s == ',') {
            p->s++;
            continue;
        }
        if (*p->s != close)
            return false;
        p->s++;
        return true;
    }
}

static bool value(jp *p)
{
    ws(p);
    switch (*p->s) {
    case '{': return members(p, '}', true);
    case '[': return members(p, ']', false);
    case '"': return string(p);
    case 't': return strncmp(p->s, "true", 4) == 0 && (p->s += 4);
    case 'f': return strncmp(p->s, "false", 5) == 0 && (p->s += 5);
    case 'n': return strncmp(p->s, "null", 4) == 0 && (p->s += 4);
    default: {
        const char *b = p->s;
        if (*p->s == '-')
            p->s++;
        while (*p->s >= '0' && *p->s <= '9')
            p->s++;
        return p->s > b;
    }
    }
}

static void assert_json(const char *s)
{
    jp p = {s};
    assert_true(value(&p));
    ws(&p);
    assert_int_equal(*p.s, 0);
}

/* ---- capture what a call prints ----------------------------------------- */

static char *slurp(FILE *f)
{
    fflush(f);
    long n = ftell(f);
    assert_true(n >= 0);
    char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    rewind(f);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    b[n] = 0;
    return b;
}

/* The diff page of one pair, as `xxgk diff --format html` writes it. */
static char *page_of(const xxgk_doc *a, const xxgk_doc *b, const diff_result *d)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    const xxgk_doc *docs[] = {a, b};
    const diff_result *pairs[] = {d};
    xxgk_html_diff(f, docs, 2, pairs);
    char *page = slurp(f);
    fclose(f);
    return page;
}

static int run_diff(char **out, int argc, const char **args)
{
    char *argv[16];
    assert_true(argc < 16);
    for (int i = 0; i < argc; i++)
        argv[i] = (char *)args[i];
    argv[argc] = NULL;
    fflush(stdout);
    int saved = dup(1);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    assert_true(dup2(fileno(tmp), 1) >= 0);
    cli_env env = {CLI_ENC_AUTO, XXGK_INPUT_AUTO, CLI_COLOR_AUTO, false, XXGK_LANG_EN, 0, {0}, {0}, NULL};
    int rc = cmd_diff(argc, argv, &env);
    fflush(stdout);
    assert_true(dup2(saved, 1) >= 0);
    close(saved);
    fseek(tmp, 0, SEEK_END);
    char *s = slurp(tmp);
    fclose(tmp);
    if (out)
        *out = s;
    else
        free(s);
    return rc;
}

#define SRC(rel) XXGK_SOURCE_DIR "/" rel

/* ---- the command --------------------------------------------------------- */

static void test_exit_statuses(void **state)
{
    (void)state;
    const char *same[] = {"diff", SRC("tests/fixtures/pingtan-2021.txt"), SRC("tests/fixtures/pingtan-2021.txt")};
    assert_int_equal(run_diff(NULL, 3, same), EXIT_CLEAN);
    const char *pair[] = {"diff", SRC("tests/fixtures/pingtan-2021.txt"), SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(NULL, 3, pair), EXIT_FINDINGS);
    const char *missing[] = {"diff", SRC("tests/fixtures/pingtan-2021.txt"), SRC("corpus/no-such-file.txt")};
    assert_int_equal(run_diff(NULL, 3, missing), EXIT_TROUBLE);
    const char *one[] = {"diff", SRC("tests/fixtures/pingtan-2021.txt")};
    assert_int_equal(run_diff(NULL, 2, one), EXIT_TROUBLE);
    const char *badfmt[] = {"diff", "--format", "xml", SRC("tests/fixtures/pingtan-2021.txt"),
                            SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(NULL, 5, badfmt), EXIT_TROUBLE);
    const char *badopt[] = {"diff", "--frobnicate", SRC("tests/fixtures/pingtan-2021.txt"),
                            SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(NULL, 4, badopt), EXIT_TROUBLE);
    /* a file that is no report at all is trouble, not a change */
    const char *notreport[] = {"diff", SRC("tests/fixtures/pingtan-2021.txt"), SRC("tests/diff/README.md")};
    assert_int_equal(run_diff(NULL, 3, notreport), EXIT_TROUBLE);
    char *out;
    const char *help[] = {"diff", "--help"};
    assert_int_equal(run_diff(&out, 2, help), EXIT_CLEAN);
    assert_non_null(strstr(out, "usage: xxgk diff"));
    free(out);
}

static void test_json_pair(void **state)
{
    (void)state;
    char *out;
    const char *args[] = {"diff", "--format", "json", SRC("tests/fixtures/pingtan-2021.txt"),
                          SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(&out, 5, args), EXIT_FINDINGS);
    assert_json(out);
    /* one shape for two files or more: {"pairs":[PAIR,…]} */
    assert_true(strncmp(out, "{\"pairs\":[\n{\"old\":{\"file\":", 26) == 0);
    assert_null(strstr(out, "},\n{\"old\":"));
    assert_non_null(strstr(out, "\"agency\":\"平潭综合实验区\",\"agency_key\":\"平潭综合实验区\",\"date\":null,"
                                "\"year\":2021,\"template\":\"2021\""));
    assert_non_null(strstr(out, "\"year\":2022,\"template\":\"2021\""));
    /* a cell action: keys of template.md, values exact, both places */
    assert_non_null(strstr(out, "{\"action\":\"update\",\"kind\":\"cell\",\"section\":\"proactive\","
                                "\"old_line\":13,\"old_col\":9,\"new_line\":18,\"new_col\":9,"
                                "\"table\":\"proactive\",\"row\":\"normative_docs\",\"column\":\"issued\","
                                "\"old_value\":\"69\",\"new_value\":\"88\",\"change\":\"19\""));
    assert_non_null(strstr(out, "\"old_value\":\"24252.311082\",\"old_unit\":\"万元\""));
    /* a check: name, status, the numbers compared */
    assert_non_null(strstr(out, "{\"name\":\"carry_over\",\"column\":\"natural_person\",\"status\":\"pass\","
                                "\"numbers\":{\"old.carried_out\":\"1\",\"new.carried_in\":\"1\"},"
                                "\"old_line\":52,\"old_col\":13,\"new_line\":34,\"new_col\":18}"));
    assert_non_null(strstr(out, "{\"name\":\"in_force.normative_docs\",\"status\":\"pass\",\"numbers\":"
                                "{\"old.in_force\":\"665\",\"new.issued\":\"88\",\"new.repealed\":\"55\","
                                "\"expected\":\"698\",\"new.in_force\":\"698\"}"));
    assert_non_null(strstr(out, "{\"action\":\"update\",\"kind\":\"section\",\"section\":\"appeals\""));
    free(out);
}

static void test_json_one_cell_and_breaks(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    char *alt = dt_alter(text, 35, 19, "21", "25");
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_json(f, d);
    char *out = slurp(f);
    fclose(f);
    assert_json(out);
    assert_non_null(strstr(out, "\"actions\":[{\"action\":\"update\",\"kind\":\"cell\",\"section\":\"requests\","
                                "\"old_line\":35,\"old_col\":19,\"new_line\":35,\"new_col\":19,"
                                "\"table\":\"requests\",\"row\":\"granted\",\"column\":\"natural_person\","
                                "\"old_value\":\"21\",\"new_value\":\"25\",\"change\":\"4\","
                                "\"breaks\":[{\"identity\":\"requests.row_total\",\"row\":\"granted\","
                                "\"column\":null,\"printed\":\"21\",\"sum\":\"25\"},"
                                "{\"identity\":\"requests.handled_total\",\"row\":null,"
                                "\"column\":\"natural_person\",\"printed\":\"72\",\"sum\":\"76\"}],"
                                "\"repairs\":[]}]"));
    assert_non_null(strstr(out, "\"changed\":true"));
    free(out);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

static void test_json_template_change(void **state)
{
    (void)state;
    char *out;
    const char *args[] = {"diff", "--format=json", SRC("tests/diff/template-2020.txt"),
                          SRC("tests/diff/template-2021.txt")};
    assert_int_equal(run_diff(&out, 4, args), EXIT_FINDINGS);
    assert_json(out);
    assert_non_null(strstr(out, "\"templates\":{\"old\":\"2019\",\"new\":\"2021\",\"only_old\":[{\"table\":"
                                "\"proactive\",\"row\":\"rules\",\"column\":\"new_made\""));
    assert_non_null(strstr(out, "{\"table\":\"proactive\",\"row\":\"other_services\",\"column\":null,"
                                "\"template_lacks\":true,\"line\":15,\"col\":12}"));
    assert_non_null(strstr(out, "{\"table\":\"requests\",\"column\":\"natural_person\",\"old\":\"other\","
                                "\"new\":\"other.no_correction+other.fee_unpaid+other.other\","
                                "\"old_value\":\"3\",\"new_value\":\"3\",\"equal\":true"));
    assert_non_null(strstr(out, "\"row\":\"other\",\"column\":\"commercial\",\"mapped\":"
                                "\"other.no_correction+other.fee_unpaid+other.other\","
                                "\"old_value\":\"1\",\"new_value\":\"0\",\"change\":\"-1\""));
    assert_non_null(strstr(out, "{\"name\":\"in_force.rules\",\"status\":\"skipped\",\"numbers\":{},"
                                "\"reason\":\"OLD uses the 2019 template"));
    free(out);
}

static void test_series(void **state)
{
    (void)state;
    char *out;
    const char *args[] = {"diff", "--format", "json", SRC("tests/fixtures/pingtan-2019.txt"),
                          SRC("tests/fixtures/pingtan-2021.txt"), SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(&out, 6, args), EXIT_FINDINGS);
    assert_json(out);
    assert_true(strncmp(out, "{\"pairs\":[\n{\"old\":", 18) == 0);
    /* two pairs: 2019 → 2021 (checks skipped), 2021 → 2022 (checks pass) */
    const char *second = strstr(out, "},\n{\"old\":");
    assert_non_null(second);
    assert_non_null(strstr(out, "\"status\":\"skipped\""));
    assert_true(strstr(out, "\"status\":\"skipped\"") < second);
    assert_non_null(strstr(second, "\"name\":\"carry_over\",\"column\":\"natural_person\",\"status\":\"pass\""));
    assert_null(strstr(second + 3, "},\n{\"old\":"));
    free(out);

    /* human: one block per neighbouring pair */
    const char *h[] = {"diff", "--only-changes", SRC("tests/fixtures/pingtan-2019.txt"),
                       SRC("tests/fixtures/pingtan-2021.txt"), SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(&out, 5, h), EXIT_FINDINGS);
    const char *first = strstr(out, "OLD  " SRC("tests/fixtures/pingtan-2019.txt"));
    const char *next = strstr(out, "OLD  " SRC("tests/fixtures/pingtan-2021.txt"));
    assert_non_null(first);
    assert_non_null(next);
    assert_true(first < next);
    free(out);
}

/* ---- the human format ----------------------------------------------------- */

static char *human(const diff_result *d, bool color, bool only, int lang)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_opts o = {color, only, lang};
    diff_print_human(f, d, &o);
    char *s = slurp(f);
    fclose(f);
    return s;
}

/* The human format of d in LANG (all changes, or ONLY the changes) holds
 * NEEDLE. */
static void human_says(const diff_result *d, bool only, int lang, const char *needle)
{
    char *s = human(d, false, only, lang);
    assert_non_null(strstr(s, needle));
    free(s);
}

/* The changes' columns are as wide as their widest row anywhere in the list,
 * though the list is made a change at a time (diff_human.c changes): a
 * narrow change before a wide one is padded to the wide one's width, so
 * the places of both start in one column. */
static void test_changes_aligned_to_the_widest_later_row(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    char *early = dt_alter(text, 17, 4, "0", "1");            /* 规章 issued: 0 → 1 */
    char *both = dt_alter(early, 25, 6, "0", "123456789");    /* 行政强制: a wide number, later */
    xxgk_doc *a = dt_parse_text("old.txt", text), *b = dt_parse_text("new.txt", both);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    const char *narrow = strstr(s, "0 → 1 ");
    const char *wide = strstr(s, "0 → 123456789 ");
    assert_non_null(narrow);
    assert_non_null(wide);
    assert_true(narrow < wide); /* the narrow change is listed first */
    while (narrow > s && narrow[-1] != '\n')
        narrow--;
    while (wide > s && wide[-1] != '\n')
        wide--;
    const char *at_narrow = strstr(narrow, "17:4"), *at_wide = strstr(wide, "25:6");
    assert_non_null(at_narrow);
    assert_non_null(at_wide);
    /* each line holds one "→" (3 bytes, 1 column), the rest ASCII: bytes are columns */
    assert_int_equal(at_narrow - narrow, at_wide - wide);
    assert_true(at_narrow < strchr(narrow, '\n'));
    free(s);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    free(both);
    free(early);
    free(text);
}

/* The stock of items across two 2019-template years (tests/diff/items-2019.txt:
 * 行政许可 上一年项目数量 10, 本年增/减 −2; 2020 prints 10): JSON and human. */
static void test_items_check_printed(void **state)
{
    (void)state;
    char *out;
    const char *args[] = {"diff", "--format=json", SRC("tests/diff/items-2019.txt"),
                          SRC("tests/diff/template-2020.txt")};
    assert_int_equal(run_diff(&out, 4, args), EXIT_FINDINGS);
    assert_json(out);
    assert_non_null(strstr(out, "{\"name\":\"items.licensing\",\"status\":\"fail\",\"numbers\":"
                                "{\"old.prev_items\":\"10\",\"old.change\":\"-2\",\"expected\":\"8\","
                                "\"new.prev_items\":\"10\"},\"old_line\":14,\"old_col\":6,"
                                "\"new_line\":14,\"new_col\":6}"));
    assert_non_null(strstr(out, "{\"name\":\"items.fees\",\"status\":\"pass\",\"numbers\":"
                                "{\"old.prev_items\":\"0\",\"old.change\":\"0\",\"expected\":\"0\","
                                "\"new.prev_items\":\"0\"},\"old_line\":22,\"old_col\":9,"));
    free(out);

    xxgk_doc *a = dt_load("tests/diff/items-2019.txt"), *b = dt_load("tests/diff/template-2020.txt");
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "\n  fail     items.licensing          10 + (-2) = 8 ≠ new.prev_items 10"));
    assert_null(strstr(s, "items.penalty")); /* passed: hidden by --only-changes */
    const char *line = strstr(s, "items.licensing");
    assert_true(strstr(line, "14:6  14:6\n") < strchr(line, '\n'));
    free(s);
    s = human(d, false, false, XXGK_LANG_ZH);
    assert_non_null(strstr(s, "不符  上一年项目数量 · 行政许可"));
    assert_non_null(strstr(s, "通过  上一年项目数量 · 行政事业性收费"));
    free(s);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* Two agencies' reports given as a pair: said under the two files' lines,
 * before the changes, in both languages, and in JSON. */
static void test_other_agency_said_first(void **state)
{
    (void)state;
    char *out;
    const char *args[] = {"diff", "--format=json", SRC("tests/fixtures/pingtan-2021.txt"),
                          SRC("tests/diff/headings-2022.txt")};
    assert_int_equal(run_diff(&out, 4, args), EXIT_FINDINGS);
    assert_json(out);
    assert_non_null(strstr(out, "\"changed\":true,\"other_agency\":true,\"actions\":["));
    free(out);
    const char *same[] = {"diff", "--format=json", SRC("tests/fixtures/pingtan-2021.txt"),
                          SRC("tests/fixtures/pingtan-2022.txt")};
    assert_int_equal(run_diff(&out, 4, same), EXIT_FINDINGS);
    assert_non_null(strstr(out, "\"changed\":true,\"other_agency\":false,\"actions\":["));
    free(out);

    xxgk_doc *a = dt_load("tests/fixtures/pingtan-2021.txt"), *b = dt_load("tests/diff/headings-2022.txt");
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    const char *note = strstr(s, "\n  the agencies differ (平潭综合实验区 → 测试县教育局): these are two agencies' "
                                 "reports, not one agency's years; the cross-year checks are skipped\nsections\n");
    assert_non_null(note);
    assert_true(note < strstr(s, "\nchanges\n"));
    free(s);
    s = human(d, false, true, XXGK_LANG_ZH);
    assert_non_null(strstr(s, "\n  机关不同（平潭综合实验区 → 测试县教育局）：这是两个机关的报告，不是同一机关的逐年变化；跨年核对已跳过\n"));
    free(s);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

static void test_human_format(void **state)
{
    (void)state;
    xxgk_doc *a = dt_load("tests/fixtures/pingtan-2021.txt"), *b = dt_load("tests/fixtures/pingtan-2022.txt");
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, false, XXGK_LANG_EN);
    assert_null(strstr(s, "\033["));
    assert_non_null(strstr(s, "normative_docs.issued  69 → 88 (+19)"));
    assert_non_null(strstr(s, "coercion.decisions  42 → 0 (-42)"));
    assert_non_null(strstr(s, "fees.amount_wan_yuan  24252.311082 万元 → 9116.36 万元 (-15135.951082)"));
    assert_non_null(strstr(s, "pass  carry_over.natural_person   old.carried_out 1 = new.carried_in 1"));
    assert_non_null(strstr(s, "665 + 88 − 55 = 698 = new.in_force 698"));
    assert_non_null(strstr(s, "proactive  3 same"));
    /* the locations stand aligned in their own columns */
    const char *line = strstr(s, "normative_docs.issued");
    const char *eol = strchr(line, '\n');
    assert_non_null(strstr(line, "13:9   18:9"));
    assert_true(strstr(line, "18:9") < eol);
    free(s);

    s = human(d, true, false, XXGK_LANG_EN);
    assert_non_null(strstr(s, "\033[32mpass\033[0m"));
    assert_non_null(strstr(s, "\033[33m~\033[0m"));
    free(s);

    /* --only-changes hides equal sections, the cell counts and passed checks */
    s = human(d, false, true, XXGK_LANG_EN);
    assert_null(strstr(s, "pass  "));
    assert_null(strstr(s, "proactive  二"));
    assert_non_null(strstr(s, "overview  一  prose 34%"));
    assert_null(strstr(s, "3 same"));
    free(s);

    s = human(d, false, false, XXGK_LANG_ZH);
    /* Chinese all through: check, section, table, row and column names */
    assert_non_null(strstr(s, "通过  上年结转 · 自然人"));
    assert_non_null(strstr(s, "  总体情况    一  文字相似 34%"));
    assert_non_null(strstr(s, "表二      行政规范性文件 · 本年制发件数  69 → 88 (+19)"));
    assert_null(strstr(s, "carry_over"));
    assert_null(strstr(s, "overview"));
    assert_null(strstr(s, "proactive"));
    assert_non_null(strstr(s, "变动"));
    free(s);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

static void test_human_no_changes(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2021.txt");
    char *trad = dt_traditional(text);
    xxgk_doc *a = dt_parse_text("s.txt", text), *b = dt_parse_text("t.txt", trad);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "the script differs (simplified → traditional)"));
    assert_null(strstr(s, "\nchanges\n"));
    assert_non_null(strstr(s, "\nno changes\n"));
    free(s);
    free(text);
    free(trad);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* A report printing a row more than once (tests/diff/copies-2023.txt: 行政
 * 规范性文件 printed one cell a line three times, a damaged cell in each,
 * then once more on its line): against itself, no change in any format
 * (exit 0); against a copy whose second copy's 本年制发 reads 4, that one
 * change, said to be the second copy of four on each side. */
static void test_repeated_rows(void **state)
{
    (void)state;
    const char *formats[][3] = {{"--format", "human", NULL}, {"--format", "json", NULL},
                                {"--only-changes", NULL, NULL}, {"--format", "html", NULL}};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        const char *args[6] = {"diff"};
        int n = 1;
        for (int k = 0; k < 3 && formats[i][k]; k++)
            args[n++] = formats[i][k];
        args[n++] = SRC("tests/diff/copies-2023.txt");
        args[n++] = SRC("tests/diff/copies-2023.txt");
        char *out;
        assert_int_equal(run_diff(&out, n, args), EXIT_CLEAN);
        assert_null(strstr(out, "cell  proactive"));
        assert_null(strstr(out, "\"kind\":\"cell\""));
        if (i != 1 && i != 3) /* human */
            assert_non_null(strstr(out, "\nno changes\n"));
        free(out);
    }
    char *text = dt_read("tests/diff/copies-2023.txt");
    char *alt = dt_alter(text, 55, 1, "3", "4");
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    human_says(d, true, XXGK_LANG_EN, "normative_docs.issued  3 → 4 (+1)  [copy 2: 4 in OLD, 4 in NEW]  55:1  55:1");
    human_says(d, true, XXGK_LANG_EN, "\n1 change(s)");
    human_says(d, true, XXGK_LANG_ZH, "[第 2 份：旧报告 4 份，新报告 4 份]");
    /* the page: the change listed with its copy; the grid's cell, the
     * first copy (51:1, unchanged), plain */
    char *s = page_of(a, b, d);
    assert_non_null(strstr(s, "<li class=\"update\">proactive.normative_docs.issued: <span class=\"old\">"
                              "<a href=\"#f0-L55\" title=\"55:1\">3</a></span> → <span class=\"new\">"
                              "<a href=\"#f1-L55\" title=\"55:1\">4</a></span><span class=\"delta\">+1</span> "
                              "<small class=\"copy\">[copy 2: 4 in OLD, 4 in NEW]</small>"));
    assert_non_null(strstr(s, "<td class=\"num\" data-key=\"proactive.normative_docs.issued\">"
                              "<a href=\"#f1-L51\" title=\"51:1\">3</a></td>"));
    free(s);
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_json(f, d);
    s = slurp(f);
    fclose(f);
    assert_json(s);
    assert_non_null(strstr(s, "\"old_line\":55,\"old_col\":1,\"new_line\":55,\"new_col\":1,"
                              "\"table\":\"proactive\",\"row\":\"normative_docs\",\"column\":\"issued\","
                              "\"old_value\":\"3\",\"new_value\":\"4\",\"change\":\"1\","
                              "\"copy\":2,\"copies\":{\"old\":4,\"new\":4}"));
    free(s);
    free(alt);
    diff_free(d);
    xxgk_doc_free(b);
    /* the first copy changed: the grid's own cell, highlighted, says so */
    alt = dt_alter(text, 51, 1, "3", "4");
    b = dt_parse_text("b.txt", alt);
    d = diff_reports(a, b);
    assert_non_null(d);
    s = page_of(a, b, d);
    assert_non_null(strstr(s, "<span class=\"delta\">+1</span> <small class=\"copy\">[copy 1: 4 in OLD, 4 in NEW]</small>"));
    assert_null(strstr(s, "changes on their later copies"));
    free(s);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

static void test_human_breaks_listed(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    char *alt = dt_alter(text, 35, 19, "21", "25");
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "granted.natural_person  21 → 25 (+4)"));
    assert_non_null(strstr(s, "breaks requests.row_total[granted]: printed 21, sum 25"));
    assert_non_null(strstr(s, "breaks requests.handled_total[natural_person]: printed 72, sum 76"));
    assert_non_null(strstr(s, "1 change(s): 0 section(s), 0 heading(s), 0 paragraph(s), 1 cell(s)"));
    free(s);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* A table and a row NEW lacks: one line each in the human format, one
 * entry each holding its cells in JSON, one item each on the page. */
static void test_missing_table_and_row_printed_once(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    /* NEW without the row 2.重复申请 (49) and without table 四 (59-62) */
    size_t row = dt_offset(text, 49, 1), row_end = dt_offset(text, 50, 1);
    size_t tab = dt_offset(text, 59, 1), tab_end = dt_offset(text, 63, 1);
    char *alt = malloc(strlen(text) + 1);
    assert_non_null(alt);
    memcpy(alt, text, row);
    memcpy(alt + row, text + row_end, tab - row_end);
    strcpy(alt + row + (tab - row_end), text + tab_end);
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "\n  -  row    requests  not_processed.duplicate: missing in NEW (7 cells)  49:1  -\n"
                              "  -  table  appeals   missing in NEW (15 cells)                          59:1  -\n"));
    assert_null(strstr(s, "  cell  "));
    free(s);
    s = human(d, false, true, XXGK_LANG_ZH);
    assert_non_null(strstr(s, "  -  行  表三  （五）2.重复申请：新报告缺（7 个单元格）  49:1  -\n"));
    assert_non_null(strstr(s, "  -  表  表四  新报告缺（15 个单元格）"));
    free(s);
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_json(f, d);
    char *out = slurp(f);
    fclose(f);
    assert_json(out);
    assert_non_null(strstr(out, "\"actions\":[{\"action\":\"delete\",\"kind\":\"row\",\"section\":\"requests\","
                                "\"old_line\":49,\"old_col\":1,\"table\":\"requests\","
                                "\"row\":\"not_processed.duplicate\",\"count\":7,"
                                "\"cells\":[{\"action\":\"delete\",\"kind\":\"cell\",\"section\":\"requests\","
                                "\"old_line\":49,\"old_col\":8,\"table\":\"requests\","
                                "\"row\":\"not_processed.duplicate\",\"column\":\"natural_person\","
                                "\"old_value\":\"0\",\"new_value\":null},"));
    assert_non_null(strstr(out, "{\"action\":\"delete\",\"kind\":\"table\",\"section\":\"appeals\","
                                "\"old_line\":59,\"old_col\":1,\"table\":\"appeals\",\"count\":15,\"cells\":["));
    /* the two entries are the only actions: their 22 cells are inside them */
    size_t kinds = 0;
    for (const char *p = out; (p = strstr(p, "\"kind\":\"cell\"")); p++)
        kinds++;
    assert_int_equal(kinds, 22);
    assert_non_null(strstr(out, "]}],\"cells\":{"));
    free(out);
    char *page = page_of(a, b, d);
    assert_non_null(strstr(page, "<li class=\"delete\" data-kind=\"row\">requests.not_processed.duplicate: row "
                                 "missing in NEW (7 cells) <small><a class=\"at\" href=\"#f0-L49\">49:1</a>"));
    assert_non_null(strstr(page, "<li class=\"delete\" data-kind=\"table\">appeals: table missing in NEW (15 cells)"));
    assert_null(strstr(page, "Cells no longer printed"));
    free(page);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* A row NEW prints but could not place (its label deleted, its numbers
 * kept: P013): its group is "not placed in NEW", never "missing in NEW",
 * in the human format (en, zh), on the page, and in JSON, whose group
 * entry carries the `unplaced` its cells share. */
static void test_unplaced_row_said_not_placed(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    char *alt = dt_alter(text, 34, 1, "二、上年结转政府信息公开申请数量\t", "");
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(
        strstr(s, "\n  ?  row  requests  carried_in: not placed in NEW (P013 at 34:1; 7 cells)  34:1  -\n"));
    assert_null(strstr(s, "missing in NEW"));
    free(s);
    s = human(d, false, true, XXGK_LANG_ZH);
    assert_non_null(
        strstr(s, "二、上年结转政府信息公开申请数量：新报告位置不明（P013，34:1；7 个单元格）  34:1  -\n"));
    assert_null(strstr(s, "新报告缺"));
    free(s);
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_json(f, d);
    char *out = slurp(f);
    fclose(f);
    assert_json(out);
    assert_non_null(strstr(out, "{\"action\":\"delete\",\"kind\":\"row\",\"section\":\"requests\","
                                "\"old_line\":34,\"old_col\":1,\"table\":\"requests\",\"row\":\"carried_in\","
                                "\"count\":7,\"unplaced\":[{\"side\":\"new\",\"code\":\"P013\",\"scope\":\"row\","
                                "\"line\":34,\"col\":1,"
                                "\"reason\":\"the row has a parse error on NEW (P013 at 34:1)\"}],"
                                "\"cells\":[{\"action\":\"delete\",\"kind\":\"cell\""));
    free(out);
    char *page = page_of(a, b, d);
    assert_non_null(strstr(page, "<li class=\"delete unplaced\" data-kind=\"row\">requests.carried_in: row not placed "
                                 "in NEW (P013 at 34:1; 7 cells) <small><a class=\"at\" href=\"#f0-L34\">34:1</a>"));
    assert_null(strstr(page, "missing in NEW"));
    free(page);
    /* under --lang zh the table's heading counts the unplaced cells apart */
    xxgk_options zh = {.lang = XXGK_LANG_ZH};
    xxgk_doc *za = xxgk_parse("a.txt", text, strlen(text), &zh), *zb = xxgk_parse("b.txt", alt, strlen(alt), &zh);
    assert_non_null(za);
    assert_non_null(zb);
    diff_result *zd = diff_reports(za, zb);
    assert_non_null(zd);
    page = page_of(za, zb, zd);
    assert_non_null(strstr(page, "<h4>三 · 依申请公开（单元格相同 168，变动 0，因解析错误位置不明 7）</h4>"));
    free(page);
    diff_free(zd);
    xxgk_doc_free(za);
    xxgk_doc_free(zb);
    diff_free(d);
    /* the reverse: OLD could not place it */
    d = diff_reports(b, a);
    assert_non_null(d);
    s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "carried_in: not placed in OLD (P013 at 34:1; 7 cells)  -  34:1\n"));
    free(s);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* Table 四 printed transposed so that it cannot be read (P069): the table
 * is there, unread, so its group is "not placed in NEW" with the error's
 * code and place (the error stands in its section, not on a cell the
 * reading found), in the human format and JSON; never "missing in NEW".
 * Table 四 left out (P012, the test above) stays "missing". */
static void test_unread_table_said_not_placed(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    size_t tab = dt_offset(text, 59, 1), tab_end = dt_offset(text, 63, 1);
    static const char body[] = "项目\t数量\n行政复议结果维持\t0\n行政复议结果纠正\t1\n行政复议其他结果\t1\n"
                               "行政复议尚未审结\t0\n行政复议总计\t2\n";
    char *alt = malloc(strlen(text) + sizeof body);
    assert_non_null(alt);
    memcpy(alt, text, tab);
    strcpy(alt + tab, body);
    strcat(alt, text + tab_end);
    xxgk_doc *a = dt_parse_text("a.txt", text), *b = dt_parse_text("b.txt", alt);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "\n  ?  table  appeals  not placed in NEW (P069 at 64:9; 15 cells)  59:1  -\n"));
    assert_null(strstr(s, "missing in NEW"));
    /* the finding is the table's, not a row's (a table printed but not read) */
    assert_non_null(strstr(s, "the table has a parse error on NEW (P069 at 64:9)"));
    assert_null(strstr(s, "the row has a parse error"));
    free(s);
    s = human(d, false, true, XXGK_LANG_ZH);
    assert_non_null(strstr(s, "  ?  表  表四  新报告位置不明（P069，64:9；15 个单元格）  59:1  -\n"));
    assert_non_null(strstr(s, "新报告此表有解析错误（P069，64:9）"));
    free(s);
    FILE *f = tmpfile();
    assert_non_null(f);
    diff_print_json(f, d);
    char *out = slurp(f);
    fclose(f);
    assert_json(out);
    assert_non_null(strstr(out, "{\"action\":\"delete\",\"kind\":\"table\",\"section\":\"appeals\","
                                "\"old_line\":59,\"old_col\":1,\"table\":\"appeals\",\"count\":15,"
                                "\"unplaced\":[{\"side\":\"new\",\"code\":\"P069\",\"scope\":\"table\","
                                "\"line\":64,\"col\":9,\"reason\":\"the table has a parse error on NEW (P069 at 64:9)\"}]"));
    assert_null(strstr(out, "\"row\":true"));
    free(out);
    diff_free(d);
    d = diff_reports(b, a); /* the reverse: OLD could not read it */
    assert_non_null(d);
    s = human(d, false, true, XXGK_LANG_EN);
    assert_non_null(strstr(s, "  ?  table  appeals  not placed in OLD (P069 at 64:9; 15 cells)  -  59:1\n"));
    free(s);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* ---- text helpers -------------------------------------------------------- */

enum { FOLD_CAP = 512 };

static size_t fold(const char *s, uint32_t *out)
{
    size_t n = diff_fold((const uint8_t *)s, strlen(s), out, FOLD_CAP);
    assert_true(n < FOLD_CAP);
    return n;
}

static int dice(const char *a, const char *b)
{
    uint32_t fa[FOLD_CAP], fb[FOLD_CAP];
    size_t na = fold(a, fa), nb = fold(b, fb), ka, kb;
    uint64_t *ba = diff_bigrams(fa, na, &ka), *bb = diff_bigrams(fb, nb, &kb);
    assert_non_null(ba);
    assert_non_null(bb);
    int r = diff_dice(ba, ka, bb, kb);
    free(ba);
    free(bb);
    return r;
}

static void test_fold(void **state)
{
    (void)state;
    uint32_t a[FOLD_CAP], b[FOLD_CAP];
    /* traditional = simplified, full width = ASCII, spaces and ? dropped */
    size_t na = fold("政府信息公開工作年度報告（２０２４）", a);
    size_t nb = fold("政府信息公开 工作年度报告(2024)?", b);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na * sizeof *a);
    /* characters outside the labels: 華 習 綜 驗 fold too */
    na = fold("中華人民共和國 習近平 綜合實驗區", a);
    nb = fold("中华人民共和国习近平综合实验区", b);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na * sizeof *a);
    assert_int_equal(diff_fold_cp(0x3002), '.'); /* 。 */
    assert_int_equal(diff_fold_cp(0x3000), 0);   /* ideographic space */
    assert_int_equal(diff_fold_cp(0x8457), 0x8457); /* 著 has no single simplified form */
    assert_true(diff_same_folded("平潭綜合實驗區", "平潭综合实验区"));
    assert_false(diff_same_folded("平潭综合实验区", "淮安市人民政府"));
}

static void test_dice(void **state)
{
    (void)state;
    assert_int_equal(dice("主动公开", "主动公开"), 100);
    assert_int_equal(dice("主动公开", "主動公開"), 100);
    assert_int_equal(dice("主动公开", "主动公开情况"), 75); /* 2·3 / (3 + 5) */
    assert_int_equal(dice("平台建设", "网站平台建设"), 75);
    assert_int_equal(dice("甲乙", "丙丁"), 0);
    assert_int_equal(dice("", ""), 100);
    assert_int_equal(dice("甲", "甲"), 100);
    assert_int_equal(dice("甲", ""), 0);
    /* never 100 unless equal: a long text with one change */
    assert_int_equal(dice("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲",
                          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十乙"),
                     99);
}

static void test_script_of_reports(void **state)
{
    (void)state;
    size_t len, trad, cjk;
    char *t = dt_read("tests/fixtures/liujiang-edu-2024.txt");
    len = strlen(t);
    diff_script_count((const uint8_t *)t, len, &trad, &cjk);
    assert_true(trad * 10 >= cjk); /* traditional: a quarter and more */
    free(t);
    t = dt_read("tests/fixtures/pingtan-2022.txt");
    diff_script_count((const uint8_t *)t, strlen(t), &trad, &cjk);
    assert_true(trad * 100 < cjk);
    free(t);
}

/* The page under --lang zh (the language the documents were read with)
 * says in Chinese what the human format says: the reports' lines, the
 * count, the column names, a row one side lacks, the checks' statuses and
 * reasons; its classes and keys stay the English ones. In English it says
 * the same as before. */
static void test_page_follows_lang(void **state)
{
    (void)state;
    char *text = dt_read("tests/fixtures/pingtan-2022.txt");
    char *alt = dt_alter(text, 34, 1, "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n", "");
    xxgk_options zh = {.lang = XXGK_LANG_ZH};
    xxgk_doc *a = xxgk_parse("a.txt", text, strlen(text), &zh), *b = xxgk_parse("b.txt", alt, strlen(alt), &zh);
    assert_non_null(a);
    assert_non_null(b);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *page = page_of(a, b, d);
    assert_non_null(strstr(page, "<tr><th>旧</th><td><a href=\"#f0\">a.txt</a></td><td>平潭综合实验区</td><td>2022</td>"
                                 "<td>模板 2021</td><td>简体</td><td>0 处解析错误</td></tr>"));
    assert_non_null(strstr(page, "<p>共 7 处变动：部分 0，小标题 0，段落 0，单元格 7。</p>"));
    assert_non_null(strstr(page, "<tr><th>部分</th><th>文字相似</th><th>相同</th><th>修改</th><th>新增</th>"
                                 "<th>删除</th><th>移动</th></tr>"));
    assert_non_null(strstr(page, "<h4>三 · 依申请公开（单元格相同 168，变动 7）</h4>"));
    assert_non_null(strstr(page, "<li class=\"delete\" data-kind=\"row\">表三 · 二、上年结转政府信息公开申请数量："
                                 "新报告缺（7 个单元格） <small><a class=\"at\" href=\"#f0-L34\">34:1</a>"));
    assert_non_null(strstr(page, "<li class=\"check\"><span class=\"skipped\">跳过</span> 上年结转 — "
                                 "新报告（2022年）不是旧报告（2022年）的下一年</li>"));
    assert_non_null(strstr(page, "<p>小标题与段落均无变动。</p>"));
    assert_null(strstr(page, "missing in NEW"));
    assert_null(strstr(page, "parse error(s)"));
    free(page);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    /* the same pair read in English: the page's English words */
    a = dt_parse_text("a.txt", text);
    b = dt_parse_text("b.txt", alt);
    d = diff_reports(a, b);
    assert_non_null(d);
    page = page_of(a, b, d);
    assert_non_null(strstr(page, "<p>7 change(s): 0 section(s), 0 heading(s), 0 paragraph(s), 7 cell(s).</p>"));
    assert_non_null(strstr(page, "<li class=\"delete\" data-kind=\"row\">requests.carried_in: row missing in NEW (7 cells)"));
    assert_null(strstr(page, "新报告缺（"));
    free(page);
    free(text);
    free(alt);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

/* A check is named on the page as the human format names it: 上年结转 ·
 * 自然人 under zh (a full-width colon before its numbers), the key
 * carry_over.natural_person in English; never the key under zh. */
static void test_page_check_names(void **state)
{
    (void)state;
    char *o = dt_read("tests/fixtures/pingtan-2021.txt"), *n = dt_read("tests/fixtures/pingtan-2022.txt");
    for (int lang = XXGK_LANG_EN; lang <= XXGK_LANG_ZH; lang++) {
        xxgk_options opt = {.lang = lang};
        xxgk_doc *a = xxgk_parse("a.txt", o, strlen(o), &opt), *b = xxgk_parse("b.txt", n, strlen(n), &opt);
        assert_non_null(a);
        assert_non_null(b);
        diff_result *d = diff_reports(a, b);
        assert_non_null(d);
        char *s = human(d, false, false, lang);
        char *page = page_of(a, b, d);
        if (lang == XXGK_LANG_ZH) {
            assert_non_null(strstr(s, "  通过  上年结转 · 自然人              old.carried_out 1 = new.carried_in 1"));
            assert_non_null(strstr(page, "<li class=\"check\"><span class=\"pass\">通过</span> 上年结转 · 自然人："
                                         "old.carried_out = <a href=\"#f0-L52\" title=\"52:13\">1</a>, "
                                         "new.carried_in = <a href=\"#f1-L34\" title=\"34:18\">1</a></li>"));
            assert_non_null(strstr(page, "<span class=\"pass\">通过</span> 现行有效件数 · 规章：old.in_force = "));
            assert_null(strstr(page, "carry_over"));
            assert_null(strstr(page, "in_force.rules"));
        } else {
            assert_non_null(strstr(s, "carry_over.natural_person"));
            assert_non_null(strstr(page, "<li class=\"check\"><span class=\"pass\">pass</span> carry_over.natural_person: "
                                         "old.carried_out = <a href=\"#f0-L52\" title=\"52:13\">1</a>, "));
            assert_non_null(strstr(page, "<span class=\"pass\">pass</span> in_force.rules: old.in_force = "));
        }
        free(page);
        free(s);
        diff_free(d);
        xxgk_doc_free(a);
        xxgk_doc_free(b);
    }
    free(o);
    free(n);
}

/* Across the templates under --lang zh, the one mapped row is named by
 * its label, not by keys, in the human format and on the page. */
static void test_mapped_row_in_chinese(void **state)
{
    (void)state;
    char *o = dt_read("tests/diff/template-2020.txt"), *n = dt_read("tests/diff/template-2021.txt");
    xxgk_options zh = {.lang = XXGK_LANG_ZH};
    xxgk_doc *a = xxgk_parse("a.txt", o, strlen(o), &zh), *b = xxgk_parse("b.txt", n, strlen(n), &zh);
    assert_non_null(a);
    assert_non_null(b);
    diff_result *d = diff_reports(a, b);
    assert_non_null(d);
    char *s = human(d, false, false, XXGK_LANG_ZH);
    assert_non_null(strstr(s, "  对应      表三  （六）其他处理 · 自然人 = （六）其他处理 1—3 项之和  3 = 3"));
    assert_null(strstr(s, "other.no_correction"));
    free(s);
    human_says(d, false, XXGK_LANG_EN, "other.natural_person = other.no_correction+other.fee_unpaid+other.other  3 = 3");
    char *page = page_of(a, b, d);
    assert_non_null(strstr(page, "<tr><td>表三</td><td>自然人</td><td>（六）其他处理</td><td>（六）其他处理 1—3 项之和</td>"));
    assert_non_null(strstr(page, "<h4>跨模板对应的行</h4>"));
    free(page);
    free(o);
    free(n);
    diff_free(d);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exit_statuses),
        cmocka_unit_test(test_json_pair),
        cmocka_unit_test(test_json_one_cell_and_breaks),
        cmocka_unit_test(test_json_template_change),
        cmocka_unit_test(test_items_check_printed),
        cmocka_unit_test(test_other_agency_said_first),
        cmocka_unit_test(test_series),
        cmocka_unit_test(test_human_format),
        cmocka_unit_test(test_human_no_changes),
        cmocka_unit_test(test_repeated_rows),
        cmocka_unit_test(test_human_breaks_listed),
        cmocka_unit_test(test_missing_table_and_row_printed_once),
        cmocka_unit_test(test_unplaced_row_said_not_placed),
        cmocka_unit_test(test_unread_table_said_not_placed),
        cmocka_unit_test(test_page_follows_lang),
        cmocka_unit_test(test_mapped_row_in_chinese),
        cmocka_unit_test(test_page_check_names),
        cmocka_unit_test(test_changes_aligned_to_the_widest_later_row),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_dice),
        cmocka_unit_test(test_script_of_reports),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
