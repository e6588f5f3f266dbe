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
    /* read as UTF-8 it is refused with one clear error, exit 2 */
    snprintf(args, sizeof args, "export %s", path);
    assert_int_equal(run(args, &out), 2);
    free(out);
    snprintf(args, sizeof args, "export --encoding gb18030 %s", path);
    run(args, &out);
    assert_non_null(strstr(out, ",proactive,licensing,decisions,3,,5,6,\n"));
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
    assert_int_equal(run("export corpus/pingtan-2021.txt", &out), 0);
    free(out);
    assert_int_equal(run("export corpus/huzhu-edu-2023.txt", &out), 1);
    free(out);
}

/* Issue 15: an option after the file names is an option (GNU style), and
 * a bad one stops the run before anything is written; "--" ends options. */
static void test_options_after_files(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run("export corpus/pingtan-2021.txt --format jsonl", &out), 0);
    assert_true(strncmp(out, "{\"file\":\"corpus/pingtan-2021.txt\",", 34) == 0);
    assert_null(strstr(out, "file,agency,year"));
    free(out);
    assert_int_equal(run("export corpus/pingtan-2021.txt --format nosuch", &out), 2);
    assert_string_equal(out, "");
    free(out);
    assert_int_equal(run("check corpus/pingtan-2021.txt --bogus", &out), 2);
    assert_string_equal(out, "");
    free(out);
    /* after "--" a name that starts with '-' is a file */
    assert_int_equal(run("parse --format json -- --format", &out), 2);
    assert_string_equal(out, "{\"file\":\"--format\",\"error\":\"No such file or directory\"}\n");
    free(out);
}

/* Issue 15: an input that cannot be read has a record in JSON output and
 * makes SARIF's invocation unsuccessful, with the reason. */
static void test_unreadable_input_recorded(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run("check --format json /nonexistent/x.txt corpus/pingtan-2021.txt corpus", &out), 2);
    const char *a = strstr(out, "{\"file\":\"/nonexistent/x.txt\",\"error\":\"No such file or directory\"}\n");
    const char *b = strstr(out, "{\"file\":\"corpus/pingtan-2021.txt\",\"diagnostics\":");
    const char *c = strstr(out, "{\"file\":\"corpus\",\"error\":\"is a directory\"}\n");
    assert_true(a && b && c && a < b && b < c);
    free(out);
    assert_int_equal(run("check --format sarif corpus/pingtan-2021.txt /nonexistent/x.txt", &out), 2);
    assert_non_null(strstr(out, "\"invocations\":[{\"commandLine\":\"xxgk check --format sarif "
                                "corpus/pingtan-2021.txt /nonexistent/x.txt\""));
    assert_non_null(strstr(out, "\"toolExecutionNotifications\":[{\"level\":\"error\",\"message\":{\"text\":"
                                "\"No such file or directory\"},\"locations\":[{\"physicalLocation\":"
                                "{\"artifactLocation\":{\"uri\":\"file:///nonexistent/x.txt\"}}}]}],"
                                "\"executionSuccessful\":false}]"));
    free(out);
    assert_int_equal(run("check --format sarif corpus/pingtan-2021.txt", &out), 0);
    assert_non_null(strstr(out, "\"toolExecutionNotifications\":[],\"executionSuccessful\":true}]"));
    free(out);
}

/* Issue 15: with --strict a warning fails the run, and SARIF says error. */
static void test_strict_sarif_level(void **state)
{
    (void)state;
    char *out;
    /* pingtan-2021 has warnings and no errors */
    assert_int_equal(run("check --format sarif corpus/pingtan-2021.txt", &out), 0);
    assert_non_null(strstr(out, "\"level\":\"warning\",\"message\""));
    free(out);
    assert_int_equal(run("check --strict --format sarif corpus/pingtan-2021.txt", &out), 1);
    assert_null(strstr(out, "\"level\":\"warning\",\"message\""));
    assert_non_null(strstr(out, "\"level\":\"error\",\"message\""));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encoding_option),
        cmocka_unit_test(test_version_and_help),
        cmocka_unit_test(test_options_after_files),
        cmocka_unit_test(test_unreadable_input_recorded),
        cmocka_unit_test(test_strict_sarif_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
