/* The xxgk program itself: options every command shares, exit statuses. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

/* Run the built program through the shell; returns its exit status and
 * its standard output (malloc'd). */
static int run(const char *args, char **out)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "cd %s && %s/xxgk %s 2>/dev/null", XXGK_SOURCE_DIR, XXGK_BINARY_DIR, args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t k;
    while ((k = fread(b + n, 1, cap - n - 1, p)) > 0) {
        n += k;
        if (n + 1 == cap)
            b = realloc(b, cap *= 2);
    }
    b[n] = 0;
    int st = pclose(p);
    *out = b;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_encoding_option(void **state)
{
    (void)state;
    char path[] = "/tmp/xxgk-gb-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    /* 行政许可 3, in GB18030 */
    static const char gb[] = "\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xc7\xe9\xbf\xf6\n"                 /* 一、总体情况 */
                             "\xb6\xfe\xa1\xa2\xd6\xf7\xb6\xaf\xb9\xab\xbf\xaa\xd5\xfe\xb8\xae\xd0\xc5"
                             "\xcf\xa2\xc7\xe9\xbf\xf6\n"                                          /* 二、主动公开政府信息情况 */
                             "\xb5\xda\xb6\xfe\xca\xae\xcc\xf5\xb5\xda\xa3\xa8\xce\xe5\xa3\xa9\xcf\xee\n" /* 第二十条第（五）项 */
                             "\xd0\xc5\xcf\xa2\xc4\xda\xc8\xdd\t\xb1\xbe\xc4\xea\xb4\xa6\xc0\xed\xbe\xf6"
                             "\xb6\xa8\xca\xfd\xc1\xbf\n"                                          /* 信息内容 本年处理决定数量 */
                             "\xd0\xd0\xd5\xfe\xd0\xed\xbf\xc9\t3\n";                            /* 行政许可 3 */
    assert_int_equal(write(fd, gb, sizeof gb - 1), (ssize_t)(sizeof gb - 1));
    close(fd);
    char args[256], *out;
    /* without --encoding it is recognised and decoded (a note, L008) */
    snprintf(args, sizeof args, "export %s", path);
    assert_int_not_equal(run(args, &out), 2);
    assert_non_null(strstr(out, ",proactive,licensing,decisions,3,,5,6\n"));
    free(out);
    /* forced to UTF-8 it is read as UTF-8 */
    snprintf(args, sizeof args, "export --encoding utf-8 %s", path);
    run(args, &out);
    assert_null(strstr(out, ",proactive,licensing,decisions,3,"));
    free(out);
    snprintf(args, sizeof args, "export --encoding gb18030 %s", path);
    run(args, &out);
    assert_non_null(strstr(out, ",proactive,licensing,decisions,3,,5,6\n"));
    free(out);
    snprintf(args, sizeof args, "export --encoding=klingon %s", path);
    assert_int_equal(run(args, &out), 2);
    free(out);
    unlink(path);
}

static void test_version_and_help(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run("--version", &out), 0);
    assert_string_equal(out, "xxgk " XXGK_VERSION "\n");
    free(out);
    assert_int_equal(run("--help", &out), 0);
    assert_non_null(strstr(out, "  export   print every table cell"));
    free(out);
    assert_int_equal(run("frobnicate", &out), 2);
    free(out);
    assert_int_equal(run("parse corpus", &out), 2); /* a directory */
    free(out);
    assert_int_equal(run("export tests/fixtures/pingtan-2021.txt", &out), 0);
    free(out);
    assert_int_equal(run("export tests/fixtures/huzhu-edu-2023.txt", &out), 1);
    free(out);
}

/* Each file its own encoding: a GBK year beside a UTF-8 year in diff;
 * `xxgk text` prints what a page, forced or detected, became. */
static void test_encodings_and_kinds(void **state)
{
    (void)state;
    char *out, args[512];
    snprintf(args, sizeof args,
             "iconv -f UTF-8 -t GB18030 %s/corpus/pingtan-2021.txt > %s/gbk-2021.txt",
             XXGK_SOURCE_DIR, XXGK_BINARY_DIR);
    assert_int_equal(system(args), 0);
    snprintf(args, sizeof args, "diff %s/gbk-2021.txt corpus/pingtan-2022.txt", XXGK_BINARY_DIR);
    assert_int_not_equal(run(args, &out), 2);
    /* the carry-over and in-force checks across the two years, from the
     * cells of both: the GBK year was read */
    assert_non_null(strstr(out, "665 + 88 − 55 = 698 = new.in_force 698"));
    free(out);
    assert_int_equal(run("text tests/input/pingtan-2021.html", &out), 0);
    assert_non_null(strstr(out, "\n规章\t0\t0\t0\n行政规范性文件\t69\t3\t665\n"));
    assert_null(strstr(out, "<td"));
    free(out);
    /* forced to text, the page is its markup */
    assert_int_equal(run("text --input text tests/input/pingtan-2021.html", &out), 0);
    assert_non_null(strstr(out, "<td"));
    free(out);
    assert_int_equal(run("text --input=word tests/input/pingtan-2021.html", &out), 2);
    free(out);
    assert_int_equal(run("text tests/input/none.html", &out), 2);
    free(out);
    /* pages on four threads (libxml2 initialised once): the output of one */
    char *one, *four;
    const char *pages = "tests/input/pingtan-2019.html tests/input/pingtan-2021.html "
                        "tests/input/pingtan-2022.html tests/input/pingtan-2022.page.html";
    snprintf(args, sizeof args, "export -j 1 %s %s", pages, pages);
    run(args, &one);
    snprintf(args, sizeof args, "export -j 4 %s %s", pages, pages);
    run(args, &four);
    assert_true(strlen(one) > 10000);
    assert_string_equal(one, four);
    free(one);
    free(four);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encoding_option),
        cmocka_unit_test(test_encodings_and_kinds),
        cmocka_unit_test(test_version_and_help),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
