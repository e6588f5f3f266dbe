/* xxgk corpus: the golden run, --update, --stat, --save and --baseline, on
 * temporary copies of corpus/ so the committed files are never touched.
 * Also the line diff, the record reader and the shrink-only rule of
 * corpus/KNOWN_FAILURES. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"
#include "testutil.h"

/* The number of entries in corpus/KNOWN_FAILURES. Lower it when a parser
 * fix lets you remove an entry; never raise it. */
enum { KNOWN_CORPUS_FAILURES = 0 };

#define CORPUS_DIR XXGK_SOURCE_DIR "/corpus"

/* ---- helpers ----------------------------------------------------------- */

typedef struct capture {
    char *buf;
    size_t len;
    FILE *f;
} capture;

static FILE *cap_open(capture *c)
{
    c->buf = NULL;
    c->len = 0;
    c->f = open_memstream(&c->buf, &c->len);
    assert_non_null(c->f);
    return c->f;
}

static char *cap_close(capture *c)
{
    fclose(c->f);
    return c->buf;
}

static char *tmpdir(void)
{
    char *t = strdup(XXGK_BINARY_DIR "/corpus-test-XXXXXX");
    assert_non_null(mkdtemp(t));
    return t;
}

static void rmtree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
            char *p = corpus_path(dir, e->d_name);
            remove(p);
            free(p);
        }
    closedir(d);
    rmdir(dir);
}

static void copy_file(const char *from_dir, const char *to_dir, const char *name)
{
    char *a = corpus_path(from_dir, name), *b = corpus_path(to_dir, name);
    size_t len;
    char *data = corpus_slurp(a, &len);
    assert_non_null(data);
    assert_true(corpus_write(b, data, len));
    free(data);
    free(a);
    free(b);
}

/* Copy the reports of corpus/, and the expected files and KNOWN_FAILURES too when
 * with_expected. */
static char *copy_corpus(bool with_expected)
{
    char *t = tmpdir();
    size_t n;
    char **names = corpus_list(CORPUS_DIR, ".txt", &n);
    assert_non_null(names);
    assert_true(n >= 9);
    for (size_t i = 0; i < n; i++)
        copy_file(CORPUS_DIR, t, names[i]);
    corpus_list_free(names, n);
    if (with_expected) {
        names = corpus_list(CORPUS_DIR, ".expected", &n);
        assert_non_null(names);
        for (size_t i = 0; i < n; i++)
            copy_file(CORPUS_DIR, t, names[i]);
        corpus_list_free(names, n);
        copy_file(CORPUS_DIR, t, "KNOWN_FAILURES");
    }
    return t;
}

static char *read_in(const char *dir, const char *name, size_t *len)
{
    char *p = corpus_path(dir, name);
    char *d = corpus_slurp(p, len);
    free(p);
    assert_non_null(d);
    return d;
}

static void write_in(const char *dir, const char *name, const char *data)
{
    char *p = corpus_path(dir, name);
    assert_true(corpus_write(p, data, strlen(data)));
    free(p);
}

/* Replace the first occurrence of old in DIR/NAME by new. */
static void edit(const char *dir, const char *name, const char *old, const char *new)
{
    size_t len;
    char *d = read_in(dir, name, &len);
    char *at = strstr(d, old);
    assert_non_null(at);
    size_t ol = strlen(old), nl = strlen(new);
    char *out = malloc(len - ol + nl + 1);
    memcpy(out, d, (size_t)(at - d));
    memcpy(out + (at - d), new, nl);
    memcpy(out + (at - d) + nl, at + ol, len - (size_t)(at - d) - ol + 1);
    write_in(dir, name, out);
    free(out);
    free(d);
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("expected to find\n%s\nin\n%s", needle, hay);
}

static const char *last_line(const char *s)
{
    size_t n = strlen(s);
    if (n && s[n - 1] == '\n')
        n--;
    while (n && s[n - 1] != '\n')
        n--;
    return s + n;
}

static int golden(const char *dir, bool update, int jobs, char **out)
{
    capture c;
    corpus_opts o = {update, jobs, 3, cap_open(&c), stderr, XXGK_LANG_EN};
    int rc = corpus_golden(dir, &o);
    *out = cap_close(&c);
    return rc;
}

static int stat_run(const char *dir, int jobs, const char *save, const char *baseline, char **out)
{
    capture c;
    corpus_stat_opts o = {jobs, save, baseline, false, cap_open(&c), stderr, NULL, NULL, XXGK_LANG_EN};
    int rc = corpus_stat(dir, &o);
    *out = cap_close(&c);
    return rc;
}

static size_t count_txt(const char *dir)
{
    size_t n;
    char **names = corpus_list(dir, ".txt", &n);
    assert_non_null(names);
    corpus_list_free(names, n);
    return n;
}

/* ---- the line diff ------------------------------------------------------ */

static char *udiff(const char *a, const char *b, int context, int *hunks)
{
    capture c;
    *hunks = corpus_udiff(cap_open(&c), a, strlen(a), b, strlen(b), "exp", "act", context, 40);
    return cap_close(&c);
}

static void diff_equal_prints_nothing(void **state)
{
    (void)state;
    int h;
    char *d = udiff("a\nb\n", "a\nb\n", 3, &h);
    assert_int_equal(h, 0);
    assert_string_equal(d, "");
    free(d);
}

static void diff_one_changed_line(void **state)
{
    (void)state;
    int h;
    char *d = udiff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", 2, &h);
    assert_int_equal(h, 1);
    assert_string_equal(d, "--- exp\n+++ act\n@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n");
    free(d);
}

static void diff_insert_delete_and_hunks(void **state)
{
    (void)state;
    int h;
    /* an inserted line near the top, a deleted one far below */
    char *d = udiff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n", "a\nNEW\nb\nc\nd\ne\nf\ng\nh\ni\nk\n", 1, &h);
    assert_int_equal(h, 2);
    assert_string_equal(d, "--- exp\n+++ act\n@@ -1,2 +1,3 @@\n a\n+NEW\n b\n... and 1 more hunk(s) further down\n");
    free(d);
    /* nearby changes share a hunk */
    d = udiff("a\nb\nc\nd\n", "A\nb\nC\nd\n", 1, &h);
    assert_int_equal(h, 1);
    assert_string_equal(d, "--- exp\n+++ act\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n-c\n+C\n d\n");
    free(d);
}

static void diff_lost_final_newline_shows(void **state)
{
    (void)state;
    int h;
    char *d = udiff("a\nb\n", "a\nb", 3, &h);
    assert_int_equal(h, 1);
    assert_string_equal(d, "--- exp\n+++ act\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
    free(d);
    d = udiff("", "x\n", 3, &h);
    assert_int_equal(h, 1);
    assert_string_equal(d, "--- exp\n+++ act\n@@ -0,0 +1,1 @@\n+x\n");
    free(d);
}

/* ---- the golden corpus ---------------------------------------------------- */

static void committed_corpus_passes(void **state)
{
    (void)state;
    char *out;
    int rc = golden(CORPUS_DIR, false, 2, &out);
    if (rc != 0)
        fail_msg("%s", out);
    char want[64];
    snprintf(want, sizeof want, "%zu passed, 0 failed\n", count_txt(CORPUS_DIR));
    assert_string_equal(last_line(out), want);
    free(out);
}

/* One changed value in an expected file: the run fails naming that file
 * with a diff showing both values; --update restores the file byte for
 * byte. */
static void changed_expected_value_fails_and_update_restores(void **state)
{
    (void)state;
    char *t = copy_corpus(true);
    size_t n = count_txt(t), olen;
    char *orig = read_in(t, "pingtan-2021.expected", &olen);
    edit(t, "pingtan-2021.expected", "cell licensing.decisions = 2293 ", "cell licensing.decisions = 2294 ");

    char *out;
    assert_int_equal(golden(t, false, 1, &out), 1);
    assert_contains(out, "FAIL pingtan-2021.txt\n");
    assert_contains(out, "pingtan-2021.expected\n+++ xxgk parse ");
    assert_contains(out, "\n-      cell licensing.decisions = 2294 @");
    assert_contains(out, "\n+      cell licensing.decisions = 2293 @");
    assert_contains(out, "ok pingtan-2019.txt\n");
    char want[64];
    snprintf(want, sizeof want, "%zu passed, 1 failed\n", n - 1);
    assert_string_equal(last_line(out), want);
    /* only that file failed */
    size_t fails = 0;
    for (const char *p = out; (p = strstr(p, "FAIL ")); p++)
        fails++;
    assert_int_equal(fails, 1);
    free(out);

    assert_int_equal(golden(t, true, 2, &out), 0);
    assert_contains(out, "updated pingtan-2021.expected\n");
    assert_contains(out, "1 expected file(s) written\n");
    free(out);
    size_t nlen;
    char *now = read_in(t, "pingtan-2021.expected", &nlen);
    assert_int_equal(nlen, olen);
    assert_memory_equal(now, orig, olen);
    free(now);
    free(orig);

    assert_int_equal(golden(t, false, 1, &out), 0);
    snprintf(want, sizeof want, "%zu passed, 0 failed\n", n);
    assert_string_equal(last_line(out), want);
    free(out);
    rmtree(t);
    free(t);
}

static void missing_and_stray_expected_files(void **state)
{
    (void)state;
    char *t = copy_corpus(true);
    char *p = corpus_path(t, "huaian-2024.expected");
    remove(p);
    free(p);
    write_in(t, "gone-2020.expected", "report @1:1-1:1\n");
    char *out;
    assert_int_equal(golden(t, false, 1, &out), 1);
    assert_contains(out, "FAIL huaian-2024.txt: no ");
    assert_contains(out, "FAIL gone-2020.expected: no gone-2020.txt beside it");
    free(out);
    assert_int_equal(golden(t, true, 1, &out), 1); /* the stray file still fails */
    assert_contains(out, "new huaian-2024.expected\n");
    free(out);
    rmtree(t);
    free(t);
}

/* A listed file must fail; when it passes, the run fails and says so. */
static void known_failures_must_fail(void **state)
{
    (void)state;
    char *t = copy_corpus(true);
    write_in(t, "KNOWN_FAILURES", "# test\nerqi-edu-2020.txt -- sixteen zeros in table four\n");
    char *out;
    assert_int_equal(golden(t, false, 1, &out), 1);
    assert_contains(out, "FAIL erqi-edu-2020.txt: listed in KNOWN_FAILURES but passes now");
    free(out);

    /* the expected file now holds a better tree than the parser gives */
    edit(t, "erqi-edu-2020.expected", "\nerror P006 ", "\nwarning P006 ");
    size_t olen;
    char *intended = read_in(t, "erqi-edu-2020.expected", &olen);
    assert_int_equal(golden(t, false, 1, &out), 0);
    assert_contains(out, "xfail erqi-edu-2020.txt (known failure: sixteen zeros in table four)\n");
    free(out);
    assert_int_equal(golden(t, true, 1, &out), 0);
    assert_contains(out, "kept erqi-edu-2020.expected");
    free(out);
    size_t nlen;
    char *now = read_in(t, "erqi-edu-2020.expected", &nlen);
    assert_int_equal(nlen, olen);
    assert_memory_equal(now, intended, olen); /* --update left it alone */
    free(now);
    free(intended);

    write_in(t, "KNOWN_FAILURES", "no-such-report.txt -- gone\n");
    assert_int_equal(golden(t, false, 1, &out), 1);
    assert_contains(out, "KNOWN_FAILURES lists no-such-report.txt, which is not in");
    free(out);
    write_in(t, "KNOWN_FAILURES", "a line without a reason\n");
    assert_int_equal(golden(t, false, 1, &out), 2);
    free(out);
    rmtree(t);
    free(t);
}

/* A count against the number committed here; a function so that the
 * comparison stays meaningful when the committed number is 0. */
static void same_count(size_t n, size_t committed, const char *what, const char *constant)
{
    if (n > committed)
        fail_msg("%s has %zu entries, more than %zu: the list may only shrink", what, n, committed);
    if (n < committed)
        fail_msg("%s has %zu entries: lower %s to %zu", what, n, constant, n);
}

static void corpus_known_list_only_shrinks(void **state)
{
    (void)state;
    corpus_known k;
    assert_true(corpus_known_load(CORPUS_DIR "/KNOWN_FAILURES", &k, stderr));
    same_count(k.n, KNOWN_CORPUS_FAILURES, "corpus/KNOWN_FAILURES", "KNOWN_CORPUS_FAILURES");
    corpus_known_free(&k);
}

/* ---- --stat, --save, --baseline ------------------------------------------- */

/* The summary agrees with parsing each report directly. */
static void stat_counts_match_the_parser(void **state)
{
    (void)state;
    char *t = copy_corpus(false);
    size_t n, clean = 0, cells = 0, bytes = 0, p006 = 0;
    char **names = corpus_list(t, ".txt", &n);
    for (size_t i = 0; i < n; i++) {
        char *p = corpus_path(t, names[i]);
        size_t len;
        char *src = corpus_slurp(p, &len);
        xxgk_doc *doc = xxgk_parse(names[i], src, len, NULL);
        bytes += len;
        clean += xxgk_doc_count(doc, XXGK_ERROR) == 0;
        const xxgk_report *r = xxgk_doc_report(doc);
        for (int k = 0; r && k < XXGK_TABLE__COUNT; k++)
            cells += r->tables[k] ? r->tables[k]->ncells : 0;
        p006 += (size_t)count_diags(doc, XXGK_P_TOO_MANY_VALUES);
        xxgk_doc_free(doc);
        free(src);
        free(p);
    }
    corpus_list_free(names, n);

    char *out, want[160];
    assert_int_equal(stat_run(t, 1, NULL, NULL, &out), 0);
    snprintf(want, sizeof want, "reports:            %zu (%zu bytes)\n", n, bytes);
    assert_contains(out, want);
    snprintf(want, sizeof want, "clean parses:       %zu\nparses with errors: %zu\n", clean, n - clean);
    assert_contains(out, want);
    size_t pm = clean * 1000 / n;
    snprintf(want, sizeof want, "success:            %zu per mille (%zu.%zu%%) clean\n", pm, pm / 10, pm % 10);
    assert_contains(out, want);
    snprintf(want, sizeof want, "cells extracted:    %zu (", cells);
    assert_contains(out, want);
    snprintf(want, sizeof want, "  P006  error    %-24s %5zu in", xxgk_code_slug(XXGK_P_TOO_MANY_VALUES), p006);
    assert_contains(out, want);
    assert_contains(out, "  erqi-edu-2020.txt: 1 error(s), first P006 ");
    assert_null(strstr(out, "throughput"));

    /* threads change nothing but the speed */
    char *out2;
    assert_int_equal(stat_run(t, 3, NULL, NULL, &out2), 0);
    assert_string_equal(out2, out);
    free(out2);
    free(out);
    rmtree(t);
    free(t);
}

/* The summary and the --save lines, byte for byte as the version that
 * kept every record until the end printed them (pinned before --stat was
 * made to stream), with one thread and with several. Tiny made-up inputs
 * keep the pin independent of most grammar changes; one real report gives
 * a clean parse and cells. */
static const char pinned_summary[] =
    "reports:            5 (9486 bytes)\n"
    "clean parses:       1\n"
    "parses with errors: 4\n"
    "success:            200 per mille (20.0%) clean\n"
    "diagnostics:        10 code(s)\n"
    "  L005  error    L_EMPTY_INPUT                1 in 1 report(s)\n"
    "  P002  error    P_MISSING_SECTION            8 in 2 report(s)\n"
    "  P005  error    P_TABLE_ENDS_EARLY           2 in 2 report(s)\n"
    "  P009  error    P_TEXT_FOR_NUMBER            1 in 1 report(s)\n"
    "  P011  warning  P_NO_TITLE                   3 in 3 report(s)\n"
    "  P015  error    P_MISSING_ROW                4 in 2 report(s)\n"
    "  P016  warning  P_NO_YEAR                    2 in 2 report(s)\n"
    "  P017  warning  P_NO_AGENCY                  2 in 2 report(s)\n"
    "  P020  error    P_NO_SECTIONS                1 in 1 report(s)\n"
    "  P023  warning  P_BLANK_LAST_CELL            1 in 1 report(s)\n"
    "sections found:     10 of 30 (overview 3, proactive 3, requests 1, appeals 1, problems 1, other 1)\n"
    "cells extracted:    202 (201 values, 1 empty)\n"
    "reports with errors:\n"
    "  a-empty.txt: 1 error(s), first L005 1:1\n"
    "  b-junk.txt: 1 error(s), first P020 1:1\n"
    "  c-min.txt: 7 error(s), first P015 5:1\n"
    "  d-bad.txt: 8 error(s), first P015 5:1\n";

static const char pinned_save[] =
    "{\"file\":\"a-empty.txt\",\"agency\":null,\"agency_key\":null,\"date\":null,\"year\":null,\"bytes\":0,\"status\":\"errors\",\"reports\":0,\"template\":null,\"errors\":1,"
    "\"warnings\":0,\"sections\":[],\"diagnostics\":[{\"code\":\"L005\",\"severity\":\"error\",\"line\":1,\"col\":1}],"
    "\"cells\":[]}\n"
    "{\"file\":\"b-junk.txt\",\"agency\":null,\"agency_key\":null,\"date\":null,\"year\":null,\"bytes\":13,\"status\":\"errors\",\"reports\":1,\"template\":null,\"errors\":1,"
    "\"warnings\":0,\"sections\":[],\"diagnostics\":[{\"code\":\"P020\",\"severity\":\"error\",\"line\":1,\"col\":1}],"
    "\"cells\":[]}\n"
    "{\"file\":\"c-min.txt\",\"agency\":null,\"agency_key\":null,\"date\":null,\"year\":null,\"bytes\":151,\"status\":\"errors\",\"reports\":1,\"template\":\"2021\",\"errors\":7,"
    "\"warnings\":4,\"sections\":[\"overview\",\"proactive\"],\"diagnostics\":["
    "{\"code\":\"P011\",\"severity\":\"warning\",\"line\":1,\"col\":1},{\"code\":\"P016\",\"severity\":\"warning\",\"line\":1,\"col\":1},"
    "{\"code\":\"P017\",\"severity\":\"warning\",\"line\":1,\"col\":1},{\"code\":\"P015\",\"severity\":\"error\",\"line\":5,\"col\":1},"
    "{\"code\":\"P015\",\"severity\":\"error\",\"line\":5,\"col\":1},{\"code\":\"P023\",\"severity\":\"warning\",\"line\":6,\"col\":6},"
    "{\"code\":\"P005\",\"severity\":\"error\",\"line\":7,\"col\":1},"
    "{\"code\":\"P002\",\"severity\":\"error\",\"line\":7,\"col\":1},{\"code\":\"P002\",\"severity\":\"error\",\"line\":7,\"col\":1},"
    "{\"code\":\"P002\",\"severity\":\"error\",\"line\":7,\"col\":1},{\"code\":\"P002\",\"severity\":\"error\",\"line\":7,\"col\":1}],"
    "\"cells\":[{\"table\":\"proactive\",\"row\":\"licensing\",\"column\":\"decisions\",\"value\":\"3\",\"line\":5,\"col\":6},"
    "{\"table\":\"proactive\",\"row\":\"penalty\",\"column\":\"decisions\",\"value\":null,\"line\":6,\"col\":6}]}\n"
    "{\"file\":\"d-bad.txt\",\"agency\":null,\"agency_key\":null,\"date\":null,\"year\":null,\"bytes\":139,\"status\":\"errors\",\"reports\":1,\"template\":\"2021\",\"errors\":8,"
    "\"warnings\":3,\"sections\":[\"overview\",\"proactive\"],\"diagnostics\":["
    "{\"code\":\"P011\",\"severity\":\"warning\",\"line\":1,\"col\":1},{\"code\":\"P016\",\"severity\":\"warning\",\"line\":1,\"col\":1},"
    "{\"code\":\"P017\",\"severity\":\"warning\",\"line\":1,\"col\":1},{\"code\":\"P015\",\"severity\":\"error\",\"line\":5,\"col\":1},"
    "{\"code\":\"P015\",\"severity\":\"error\",\"line\":5,\"col\":1},{\"code\":\"P009\",\"severity\":\"error\",\"line\":5,\"col\":6},"
    "{\"code\":\"P005\",\"severity\":\"error\",\"line\":6,\"col\":1},{\"code\":\"P002\",\"severity\":\"error\",\"line\":6,\"col\":1},"
    "{\"code\":\"P002\",\"severity\":\"error\",\"line\":6,\"col\":1},{\"code\":\"P002\",\"severity\":\"error\",\"line\":6,\"col\":1},"
    "{\"code\":\"P002\",\"severity\":\"error\",\"line\":6,\"col\":1}],\"cells\":[]}\n"
    "{\"file\":\"e-pingtan.txt\",\"agency\":\"平潭综合实验区\",\"agency_key\":\"平潭综合实验区\",\"date\":null,"
    "\"year\":2021,\"bytes\":9183,\"status\":\"clean\",";

static void stat_output_is_pinned(void **state)
{
    (void)state;
    char *t = tmpdir();
    write_in(t, "a-empty.txt", "");
    write_in(t, "b-junk.txt", "not a report\n");
    write_in(t, "c-min.txt", "一、总体情况\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n"
                             "行政许可\t3\n行政处罚\t\n");
    write_in(t, "d-bad.txt", "一、总体情况\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n"
                             "行政许可\t三\n");
    size_t len;
    char *pingtan = read_in(CORPUS_DIR, "pingtan-2021.txt", &len);
    write_in(t, "e-pingtan.txt", pingtan);
    free(pingtan);
    char *save = corpus_path(t, "run.jsonl"), *first_save = NULL;
    char *want = malloc(2 * strlen(t) + sizeof pinned_summary + 128);
    sprintf(want, "folder:             %s\n%ssaved:              %s (5 record(s))\n", t, pinned_summary, save);
    for (int jobs = 1; jobs <= 3; jobs++) {
        char *out;
        assert_int_equal(stat_run(t, jobs, save, NULL, &out), 0);
        assert_string_equal(out, want);
        free(out);
        size_t slen;
        char *saved = corpus_slurp(save, &slen);
        assert_non_null(saved);
        assert_true(strncmp(saved, pinned_save, strlen(pinned_save)) == 0);
        if (!first_save)
            first_save = saved;
        else {
            assert_string_equal(saved, first_save);
            free(saved);
        }
    }
    free(first_save);
    free(save);
    free(want);
    rmtree(t);
    free(t);
}

/* Records compared as they finish give the comparison of the whole run. */
static void baseline_same_with_threads(void **state)
{
    (void)state;
    char *t = copy_corpus(false);
    char *base = corpus_path(t, "base.jsonl");
    char *out, *out2;
    assert_int_equal(stat_run(t, 1, base, NULL, &out), 0);
    free(out);
    edit(t, "pingtan-2021.txt", "行政许可\t2293", "行政许可\t2295");
    edit(t, "pingtan-2022.txt", "行政强制\t", "行政强制\t四");
    edit(t, "erqi-edu-2020.txt", "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    write_in(t, "aa-new.txt", "not a report\n");
    char *p = corpus_path(t, "wenfeng-edu-2024.txt");
    remove(p);
    free(p);
    int rc = stat_run(t, 1, NULL, base, &out);
    assert_int_equal(rc, 1);
    assert_contains(out, "improved (1):\n");
    assert_contains(out, "regressed (1):\n");
    assert_contains(out, "changed values (2):\n");
    assert_contains(out, "new reports (1):\n");
    assert_contains(out, "missing reports (1):\n");
    for (int jobs = 2; jobs <= 4; jobs++) {
        assert_int_equal(stat_run(t, jobs, NULL, base, &out2), rc);
        assert_string_equal(out2, out);
        free(out2);
    }
    free(out);
    free(base);
    rmtree(t);
    free(t);
}

static void baseline_lists_regressed_changed_and_improved(void **state)
{
    (void)state;
    char *t = copy_corpus(false);
    char *base = corpus_path(t, "base.jsonl"), *after = corpus_path(t, "after.jsonl");
    char *out;
    assert_int_equal(stat_run(t, 2, base, NULL, &out), 0);
    assert_contains(out, "saved:              ");
    free(out);

    /* the same reports: nothing to report */
    assert_int_equal(stat_run(t, 1, NULL, base, &out), 0);
    char want[128];
    snprintf(want, sizeof want, "unchanged: %zu of %zu report(s)\n", count_txt(t), count_txt(t));
    assert_contains(out, want);
    assert_null(strstr(out, "regressed"));
    free(out);

    /* one report altered: a number changed, and text in place of another */
    size_t olen;
    char *orig = read_in(t, "pingtan-2021.txt", &olen);
    edit(t, "pingtan-2021.txt", "行政许可\t2293", "行政许可\t2295");
    edit(t, "pingtan-2021.txt", "行政强制\t42", "行政强制\t四十二");
    assert_int_equal(stat_run(t, 2, after, base, &out), 1);
    assert_contains(out, "regressed (1):\n  pingtan-2021.txt: errors 0 -> 1, warnings 1 -> 1; first difference: new: error P009 20:6\n");
    assert_contains(out, "changed values (1):\n  pingtan-2021.txt: 2 cell(s); first difference: proactive.licensing.decisions 2293 -> 2295\n");
    assert_null(strstr(out, "improved"));
    free(out);

    /* the saved run reads back with every record */
    corpus_rec *recs;
    size_t nrecs;
    assert_true(corpus_rec_load(after, &recs, &nrecs, stderr));
    assert_int_equal(nrecs, count_txt(t));
    const corpus_rec *pt = NULL;
    for (size_t i = 0; i < nrecs; i++)
        if (strcmp(recs[i].file, "pingtan-2021.txt") == 0)
            pt = &recs[i];
    assert_non_null(pt);
    assert_int_equal(pt->status, CORPUS_ERRORS);
    bool saw = false;
    for (size_t i = 0; i < pt->ncells; i++)
        if (pt->cells[i].row == XXGK_R_LICENSING && strcmp(pt->cells[i].value, "2295") == 0)
            saw = true;
    assert_true(saw);
    for (size_t i = 0; i < nrecs; i++)
        corpus_rec_free(&recs[i]);
    free(recs);

    /* restored, and another report mended: improved */
    write_in(t, "pingtan-2021.txt", orig);
    edit(t, "erqi-edu-2020.txt", "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    assert_int_equal(stat_run(t, 1, NULL, base, &out), 0);
    assert_contains(out, "improved (1):\n  erqi-edu-2020.txt: errors 1 -> 0, warnings 0 -> 0; first difference: gone: error P006 80:31\n");
    assert_null(strstr(out, "regressed"));
    free(out);

    /* a report added and one removed */
    write_in(t, "zz-new.txt", "not a report\n");
    char *p = corpus_path(t, "wenfeng-edu-2024.txt");
    remove(p);
    free(p);
    assert_int_equal(stat_run(t, 1, NULL, base, &out), 0);
    assert_contains(out, "new reports (1):\n  zz-new.txt: not in the baseline (errors, 1 error(s))\n");
    assert_contains(out, "missing reports (1):\n  wenfeng-edu-2024.txt: in the baseline, not in this run\n");
    free(out);

    /* a damaged baseline is trouble, not a comparison */
    write_in(t, "bad.jsonl", "{\"file\":\"a.txt\",\"bytes\":1}\n");
    char *bad = corpus_path(t, "bad.jsonl");
    capture c;
    corpus_stat_opts o = {1, NULL, bad, false, cap_open(&c), c.f, NULL, NULL, XXGK_LANG_EN};
    assert_int_equal(corpus_stat(t, &o), 2);
    out = cap_close(&c);
    assert_contains(out, "bad.jsonl:1: a record needs");
    free(out);
    free(bad);
    free(orig);
    free(base);
    free(after);
    rmtree(t);
    free(t);
}

static void json_reader(void **state)
{
    (void)state;
    cjson v;
    char err[160];
    const char *s = "{\"a\":[1,-2.5e3,true,false,null],\"b\":\"x\\u00e9\\ud83d\\ude00\\n\\\"\",\"c\":{}}";
    assert_true(cjson_parse(s, strlen(s), &v, err, sizeof err));
    const cjson *a = cjson_get(&v, "a"), *b = cjson_get(&v, "b");
    assert_int_equal(a->n, 5);
    assert_string_equal(a->items[1].str, "-2.5e3");
    assert_int_equal(a->items[4].kind, CJ_NULL);
    assert_string_equal(b->str, "x\xc3\xa9\xf0\x9f\x98\x80\n\"");
    assert_int_equal(cjson_get(&v, "c")->kind, CJ_OBJECT);
    assert_null(cjson_get(&v, "d"));
    cjson_free(&v);
    static const char *const bad[] = {"", "{", "[1,]", "{\"a\" 1}", "\"abc", "nul", "[1] 2", "{\"a\":\"\\q\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(cjson_parse(bad[i], strlen(bad[i]), &v, err, sizeof err));
    char deep[200];
    memset(deep, '[', sizeof deep);
    assert_false(cjson_parse(deep, sizeof deep, &v, err, sizeof err));
    assert_non_null(strstr(err, "nested too deeply"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(diff_equal_prints_nothing),
        cmocka_unit_test(diff_one_changed_line),
        cmocka_unit_test(diff_insert_delete_and_hunks),
        cmocka_unit_test(diff_lost_final_newline_shows),
        cmocka_unit_test(committed_corpus_passes),
        cmocka_unit_test(changed_expected_value_fails_and_update_restores),
        cmocka_unit_test(missing_and_stray_expected_files),
        cmocka_unit_test(known_failures_must_fail),
        cmocka_unit_test(corpus_known_list_only_shrinks),
        cmocka_unit_test(stat_counts_match_the_parser),
        cmocka_unit_test(stat_output_is_pinned),
        cmocka_unit_test(baseline_same_with_threads),
        cmocka_unit_test(baseline_lists_regressed_changed_and_improved),
        cmocka_unit_test(json_reader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
