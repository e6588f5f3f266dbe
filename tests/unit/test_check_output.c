/* The three output formats of xxgk check and the command itself: the human
 * format (file:line:col, source line, underline by display width, notes),
 * one JSON object per file and line, SARIF 2.1.0 with the fields the
 * schema requires, exit statuses and the summary line. */
#include <stdio.h>
#include <sys/wait.h>

#include "check_helpers.h"
#include "json_mini.h"
#include "print.h"

/* What f wrote, as a malloc'd string. */
typedef struct capture {
    char *buf;
    size_t len;
    FILE *f;
} capture;

static void cap_open(capture *c)
{
    c->buf = NULL;
    c->len = 0;
    c->f = open_memstream(&c->buf, &c->len);
    assert_non_null(c->f);
}

static char *cap_close(capture *c)
{
    fclose(c->f);
    return c->buf;
}

static const xxgk_diag *find(const xxgk_doc *d, int code)
{
    const xxgk_diag *x = find_diag(d, code);
    assert_non_null(x);
    return x;
}

/* ---- human --------------------------------------------------------------- */

static void test_human_format(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/beiguan-edu-2023.txt");
    capture c;
    cap_open(&c);
    xxgk_print_diag(c.f, d, find(d, XXGK_V_IMPLAUSIBLE), false);
    char *out = cap_close(&c);
    /* the source line; the underline starts after 行政事业性收费 and a space
     * (7 wide characters and 1: 15 cells) and covers 1.0074845E7 */
    const char *expect =
        "t.txt:68:9: error[V204]: 行政事业性收费 · 本年收费金额（单位：万元） is 10074845 万元, "
        "over 10000000 万元: implausible for the unit, probably a number in 元 in a column of 万元\n"
        " 68 | 行政事业性收费 1.0074845E7\n"
        "    |                ^~~~~~~~~~~\n";
    assert_string_equal(out, expect);
    free(out);
    xxgk_doc_free(d);
}

/* A snippet's line walked in runs of printable ASCII: a run of one to
 * eight bytes ends at a control character (shown as "?", the caret under
 * it) or at an ideograph, and the caret's column and cells count each byte
 * of the run once, whatever its length (diag_print.c ascii_prefix). */
static void test_human_ascii_runs(void **state)
{
    (void)state;
    for (int k = 1; k <= 9; k++) {
        char a[10] = "", b[10] = "", line[96], expect[512];
        memset(a, 'a', (size_t)k);
        memset(b, 'b', (size_t)k);
        snprintf(line, sizeof line, "行政事业性收费 %s\x01%s共%s 1.0074845E7", a, b, b);
        char *text = ck_replace_line(ck_read("tests/fixtures/beiguan-edu-2023.txt"), 68, line);
        xxgk_doc *d = ck_run(text);
        capture c;
        cap_open(&c);
        xxgk_print_diag(c.f, d, find(d, XXGK_L_CONTROL_CHAR), false);
        char *out = cap_close(&c);
        /* 7 ideographs (14 cells, 7 code points), a space, the k a's */
        snprintf(expect, sizeof expect,
                 "t.txt:68:%d: warning[L003]: control character U+0001 in text\n"
                 " 68 | 行政事业性收费 %s?%s共%s 1.0074845E7\n"
                 "    | %*s^\n",
                 9 + k, a, b, b, 15 + k, "");
        assert_string_equal(out, expect);
        free(out);
        xxgk_doc_free(d);
    }
}

static void test_human_notes(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/wenfeng-edu-2024.txt");
    capture c;
    cap_open(&c);
    xxgk_print_diag(c.f, d, find(d, XXGK_V_RESTARTED_NUMBERING), false);
    char *out = cap_close(&c);
    const char *expect =
        "t.txt:7:5: warning[V302]: sub-heading '一、总体情况' repeats the number of section 一: the "
        "sub-headings restart the top-level numbering\n"
        " 7 | ### 一、总体情况\n"
        "   |     ^~~~~~~~~~~~\n"
        "t.txt:5:4: note: section 一 starts here\n"
        " 5 | ## 一、总体情况\n"
        "   |    ^~~~~~~~~~~~\n";
    assert_string_equal(out, expect);
    free(out);
    /* colour on request: the severity in red, reset after */
    cap_open(&c);
    xxgk_print_diag(c.f, d, find(d, XXGK_V_RESTARTED_NUMBERING), true);
    out = cap_close(&c);
    assert_non_null(strstr(out, "\033[1;35mwarning[V302]:\033[0m"));
    free(out);
    xxgk_doc_free(d);
}

/* Printing the errors of a document at once is printing each error alone,
 * in order, and nothing of the warnings or notes (export's stderr). */
static void test_human_errors_only(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/huzhu-edu-2023.txt");
    capture c;
    cap_open(&c);
    size_t errors = 0, others = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->severity == XXGK_ERROR) {
            xxgk_print_diag(c.f, d, g, false);
            errors++;
        } else {
            others++;
        }
    }
    char *each = cap_close(&c);
    assert_true(errors == 2 && others > 0); /* the fixture has both kinds */
    cap_open(&c);
    xxgk_print_diags_min(c.f, d, false, XXGK_ERROR);
    char *all = cap_close(&c);
    assert_string_equal(all, each);
    assert_null(strstr(all, "warning["));
    assert_null(strstr(all, "note["));
    free(each);
    free(all);
    xxgk_doc_free(d);
}

/* ---- JSON ---------------------------------------------------------------- */

static jm *diag_named(const jm *diags, const char *code)
{
    for (size_t i = 0; i < diags->n; i++)
        if (strcmp(jm_get(diags->items[i], "code")->s, code) == 0)
            return diags->items[i];
    fail_msg("no %s", code);
    return NULL;
}

static void test_json_line(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/beiguan-edu-2023.txt");
    capture c;
    cap_open(&c);
    xxgk_print_diags_jsonl(c.f, d);
    char *out = cap_close(&c);
    /* one line */
    assert_non_null(strchr(out, '\n'));
    assert_int_equal(strchr(out, '\n') - out, (long)strlen(out) - 1);
    jm *v = jm_parse(out);
    assert_non_null(v);
    assert_string_equal(jm_get(v, "file")->s, "t.txt");
    jm *diags = jm_get(v, "diagnostics");
    assert_int_equal(diags->kind, JM_ARR);
    assert_int_equal(diags->n, 2);
    jm *x = diag_named(diags, "V204");
    assert_string_equal(jm_get(x, "severity")->s, "error");
    assert_non_null(strstr(jm_get(x, "message")->s, "10074845 万元"));
    /* 1-based, code points, end exclusive: 1.0074845E7 is 11 code points */
    assert_int_equal(jm_get(x, "line")->i, 68);
    assert_int_equal(jm_get(x, "col")->i, 9);
    assert_int_equal(jm_get(x, "end_line")->i, 68);
    assert_int_equal(jm_get(x, "end_col")->i, 20);
    size_t len;
    const uint8_t *src = xxgk_doc_source(d, &len);
    int64_t b0 = jm_get(x, "byte_start")->i, b1 = jm_get(x, "byte_end")->i;
    assert_int_equal(b1 - b0, 11);
    assert_memory_equal(src + b0, "1.0074845E7", 11);
    assert_int_equal(jm_get(x, "notes")->kind, JM_ARR);
    assert_int_equal(jm_get(x, "notes")->n, 0);
    jm_free(v);
    free(out);
    xxgk_doc_free(d);
}

static void test_json_notes(void **state)
{
    (void)state;
    xxgk_doc *d = ck_file("tests/fixtures/wenfeng-edu-2024.txt");
    capture c;
    cap_open(&c);
    xxgk_print_diags_jsonl(c.f, d);
    char *out = cap_close(&c);
    jm *v = jm_parse(out);
    assert_non_null(v);
    jm *x = diag_named(jm_get(v, "diagnostics"), "V302");
    assert_string_equal(jm_get(x, "severity")->s, "warning");
    jm *note = jm_at(jm_get(x, "notes"), 0);
    assert_non_null(note);
    assert_string_equal(jm_get(note, "message")->s, "section 一 starts here");
    assert_int_equal(jm_get(note, "line")->i, 5);
    assert_int_equal(jm_get(note, "col")->i, 4);
    assert_int_equal(jm_get(note, "end_col")->i, 10);
    assert_non_null(jm_get(note, "byte_start"));
    assert_non_null(jm_get(note, "byte_end"));
    jm_free(v);
    free(out);
    xxgk_doc_free(d);
}

/* ---- SARIF --------------------------------------------------------------- */

static bool level_ok(const jm *v)
{
    return v && v->kind == JM_STR &&
           (!strcmp(v->s, "error") || !strcmp(v->s, "warning") || !strcmp(v->s, "note"));
}

static void check_location(const jm *loc)
{
    jm *phys = jm_get(loc, "physicalLocation");
    assert_non_null(phys);
    jm *uri = jm_get(jm_get(phys, "artifactLocation"), "uri");
    assert_non_null(uri);
    assert_int_equal(uri->kind, JM_STR);
    jm *region = jm_get(phys, "region");
    assert_non_null(region);
    assert_true(jm_get(region, "startLine")->i >= 1);
    assert_true(jm_get(region, "startColumn")->i >= 1);
    if (jm_get(region, "endLine")->i == jm_get(region, "startLine")->i)
        assert_true(jm_get(region, "endColumn")->i >= jm_get(region, "startColumn")->i);
}

static void test_sarif(void **state)
{
    (void)state;
    xxgk_options po = {.lang = XXGK_LANG_EN};
    char *a = ck_read("tests/fixtures/beiguan-edu-2023.txt"), *b = ck_read("tests/fixtures/wenfeng-edu-2024.txt");
    xxgk_doc *da = xxgk_parse("/abs/北关 2023.txt", a, strlen(a), &po);
    xxgk_doc *db = xxgk_parse("rel/wenfeng.txt", b, strlen(b), &po);
    free(a);
    free(b);
    xxgk_check(da, NULL);
    xxgk_check(db, NULL);
    capture c;
    cap_open(&c);
    xxgk_sarif w = {0};
    xxgk_sarif_begin(&w, c.f);
    xxgk_sarif_add(&w, da);
    xxgk_sarif_add(&w, db);
    xxgk_sarif_end(&w, NULL);
    char *out = cap_close(&c);
    jm *v = jm_parse(out);
    assert_non_null(v);
    assert_string_equal(jm_get(v, "version")->s, "2.1.0");
    assert_non_null(strstr(jm_get(v, "$schema")->s, "sarif-schema-2.1.0.json"));
    jm *run = jm_at(jm_get(v, "runs"), 0);
    assert_non_null(run);
    assert_int_equal(jm_get(v, "runs")->n, 1);
    assert_string_equal(jm_get(run, "columnKind")->s, "unicodeCodePoints");
    jm *driver = jm_get(jm_get(run, "tool"), "driver");
    assert_string_equal(jm_get(driver, "name")->s, "xxgk");
    /* every code of the catalogue is a rule, in catalogue order */
    jm *rules = jm_get(driver, "rules");
    assert_int_equal(rules->n, XXGK__CODE_COUNT);
    for (int i = 0; i < XXGK__CODE_COUNT; i++) {
        jm *r = rules->items[i];
        assert_string_equal(jm_get(r, "id")->s, xxgk_code_name(i));
        assert_int_equal(jm_get(jm_get(r, "shortDescription"), "text")->kind, JM_STR);
        assert_true(level_ok(jm_get(jm_get(r, "defaultConfiguration"), "level")));
    }
    jm *results = jm_get(run, "results");
    size_t expected = 0;
    for (const xxgk_diag *x = xxgk_doc_diags(da); x; x = x->next)
        expected++;
    for (const xxgk_diag *x = xxgk_doc_diags(db); x; x = x->next)
        expected++;
    assert_int_equal(results->n, expected);
    bool found = false;
    for (size_t i = 0; i < results->n; i++) {
        jm *r = results->items[i];
        const char *id = jm_get(r, "ruleId")->s;
        int64_t index = jm_get(r, "ruleIndex")->i;
        assert_string_equal(jm_get(rules->items[index], "id")->s, id);
        assert_true(level_ok(jm_get(r, "level")));
        assert_true(strlen(jm_get(jm_get(r, "message"), "text")->s) > 0);
        jm *locs = jm_get(r, "locations");
        assert_int_equal(locs->n, 1);
        check_location(locs->items[0]);
        jm *rel = jm_get(r, "relatedLocations");
        for (size_t k = 0; rel && k < rel->n; k++) {
            check_location(rel->items[k]);
            assert_int_equal(jm_get(rel->items[k], "id")->i, (int64_t)k);
            assert_int_equal(jm_get(jm_get(rel->items[k], "message"), "text")->kind, JM_STR);
        }
        if (strcmp(id, "V204") == 0) {
            jm *phys = jm_get(locs->items[0], "physicalLocation");
            jm *region = jm_get(phys, "region");
            assert_int_equal(jm_get(region, "startLine")->i, 68);
            assert_int_equal(jm_get(region, "startColumn")->i, 9);
            assert_int_equal(jm_get(region, "endColumn")->i, 20);
            assert_int_equal(jm_get(region, "byteLength")->i, 11);
            assert_string_equal(jm_get(r, "level")->s, "error");
            /* an absolute path becomes a file URI, percent-encoded */
            assert_string_equal(jm_get(jm_get(phys, "artifactLocation"), "uri")->s,
                                "file:///abs/%E5%8C%97%E5%85%B3%202023.txt");
            found = true;
        }
        if (strcmp(id, "V302") == 0) {
            assert_string_equal(jm_get(r, "level")->s, "warning");
            assert_int_equal(jm_get(r, "relatedLocations")->n, 1);
        }
    }
    assert_true(found);
    jm_free(v);
    free(out);
    xxgk_doc_free(da);
    xxgk_doc_free(db);
}

/* ---- the command --------------------------------------------------------- */

/* Run xxgk with args from the source tree; its exit status, and its output
 * in *out (malloc'd). */
static int run_cli(const char *args, char **out)
{
    char cmd[1024], path[512];
    snprintf(path, sizeof path, "%s/xxgk-check-test-%d.out", XXGK_BINARY_DIR, (int)getpid());
    snprintf(cmd, sizeof cmd, "cd '%s' && NO_COLOR=1 '%s/xxgk' %s >'%s' 2>&1", XXGK_SOURCE_DIR,
             XXGK_BINARY_DIR, args, path);
    int st = system(cmd);
    assert_true(st != -1 && WIFEXITED(st));
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    *out = calloc(1, (size_t)n + 1);
    assert_int_equal(fread(*out, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    remove(path);
    return WEXITSTATUS(st);
}

static void test_command(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run_cli("check tests/check/subtotal-2022.txt", &out), 0);
    assert_string_equal(out, "0 errors, 0 warnings in 1 file\n");
    free(out);
    /* warnings only: clean, unless --strict */
    assert_int_equal(run_cli("check tests/fixtures/wenfeng-edu-2024.txt", &out), 0);
    assert_non_null(strstr(out, "tests/fixtures/wenfeng-edu-2024.txt:7:5: warning[V302]:"));
    assert_non_null(strstr(out, "\n0 errors, 2 warnings in 1 file\n"));
    free(out);
    assert_int_equal(run_cli("check --strict tests/fixtures/wenfeng-edu-2024.txt", &out), 1);
    free(out);
    /* errors; the summary counts every file, notes apart */
    assert_int_equal(run_cli("check tests/fixtures/beiguan-edu-2023.txt tests/fixtures/huzhu-edu-2023.txt", &out), 1);
    assert_non_null(strstr(out, "\n3 errors, 3 warnings, 5 notes in 2 files\n"));
    free(out);
    assert_int_equal(run_cli("check --lang zh tests/fixtures/beiguan-edu-2023.txt", &out), 1);
    assert_non_null(strstr(out, "以科学计数法填报"));
    assert_non_null(strstr(out, "\n1 个错误，1 个警告，共 1 个文件\n"));
    free(out);
}

static void test_command_formats(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(
        run_cli("check --format json tests/fixtures/beiguan-edu-2023.txt tests/check/subtotal-2022.txt", &out), 1);
    char *nl = strchr(out, '\n');
    assert_non_null(nl);
    *nl = 0;
    jm *a = jm_parse(out), *b = jm_parse(nl + 1);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(jm_get(a, "file")->s, "tests/fixtures/beiguan-edu-2023.txt");
    assert_int_equal(jm_get(a, "diagnostics")->n, 2);
    assert_int_equal(jm_get(b, "diagnostics")->n, 0);
    jm_free(a);
    jm_free(b);
    free(out);
    assert_int_equal(run_cli("check --format=sarif tests/fixtures/wenfeng-edu-2024.txt", &out), 0);
    jm *s = jm_parse(out);
    assert_non_null(s);
    assert_int_equal(jm_get(jm_at(jm_get(s, "runs"), 0), "results")->n, 2);
    jm_free(s);
    free(out);
}

static void test_command_trouble(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run_cli("check", &out), 2);
    free(out);
    assert_int_equal(run_cli("check --frobnicate tests/fixtures/erqi-edu-2020.txt", &out), 2);
    free(out);
    assert_int_equal(run_cli("check --format xml tests/fixtures/erqi-edu-2020.txt", &out), 2);
    free(out);
    assert_int_equal(run_cli("check --lang fr tests/fixtures/erqi-edu-2020.txt", &out), 2);
    free(out);
    /* a missing file is trouble even when the others are clean */
    assert_int_equal(run_cli("check tests/check/subtotal-2022.txt no/such/file.txt", &out), 2);
    assert_non_null(strstr(out, "xxgk: no/such/file.txt:"));
    assert_non_null(strstr(out, "0 errors, 0 warnings in 1 file\n"));
    free(out);
    assert_int_equal(run_cli("check --help", &out), 0);
    assert_non_null(strstr(out, "usage: xxgk check"));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_human_format),
        cmocka_unit_test(test_human_ascii_runs),
        cmocka_unit_test(test_human_notes),
        cmocka_unit_test(test_human_errors_only),
        cmocka_unit_test(test_json_line),
        cmocka_unit_test(test_json_notes),
        cmocka_unit_test(test_sarif),
        cmocka_unit_test(test_command),
        cmocka_unit_test(test_command_formats),
        cmocka_unit_test(test_command_trouble),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
