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
    assert_non_null(strstr(out, ",proactive,licensing,decisions,3,,5,6,\n"));
    free(out);
    /* forced to UTF-8 it is read as UTF-8 */
    snprintf(args, sizeof args, "export --encoding utf-8 %s", path);
    run(args, &out);
    assert_null(strstr(out, ",proactive,licensing,decisions,3,"));
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
    assert_int_equal(run("export tests/fixtures/pingtan-2021.txt", &out), 0);
    free(out);
    assert_int_equal(run("export tests/fixtures/huzhu-edu-2023.txt", &out), 1);
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
    /* a folder stands for the reports in it, first to last by name, as
     * for panel (cli_inputs_expand) */
    const char *c = strstr(out, "{\"file\":\"corpus/beiguan-edu-2023.txt\",\"diagnostics\":");
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

/* Runs a shell command line in the source tree; its status, stdout. */
static int sh(const char *line, char **out)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "cd %s && %s", XXGK_SOURCE_DIR, line);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, n = 0, k;
    char *b = malloc(cap);
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

/* Issue 15: export marks what check doubts; a researcher can drop it. */
static void test_export_flags(void **state)
{
    (void)state;
    char *out;
    /* beiguan-edu-2023 is seed 004: its fee 1.0074845E7 万元 (V203
     * scientific notation, V204 implausible) */
    assert_int_equal(run("export corpus/beiguan-edu-2023.txt", &out), 0);
    static const char header[] = "file,agency,agency_key,date,year,template,table,row,column,value,unit,line,col,flags\n";
    assert_true(strncmp(out, header, sizeof header - 1) == 0);
    assert_non_null(strstr(out, ",proactive,fees,amount_wan_yuan,10074845,万元,68,9,V203 V204\n"));
    assert_non_null(strstr(out, ",proactive,rules,issued,0,,49,4,\n")); /* nothing to say: empty */
    free(out);
    assert_int_equal(run("export --format jsonl corpus/beiguan-edu-2023.txt", &out), 0);
    assert_non_null(strstr(out, "\"row\":\"fees\",\"column\":\"amount_wan_yuan\",\"value\":\"10074845\",\"unit\":\"万元\","
                                "\"line\":68,\"col\":9,\"flags\":[\"V203\",\"V204\"]}\n"));
    free(out);
    /* --allow drops a code from the flags as from every output */
    assert_int_equal(run("export --allow V203 corpus/beiguan-edu-2023.txt", &out), 0);
    assert_non_null(strstr(out, ",68,9,V204\n"));
    free(out);
    /* the same rule on the next report: arithmetic findings flag the cells */
    assert_int_equal(run("export corpus/huzhu-edu-2023.txt", &out), 1);
    assert_non_null(strstr(out, "file,agency"));
    free(out);
}

/* A row's remark (the text under a remark column, P133) is one record of
 * its own after its table's cells: column `remark`, its text (CSV: in
 * `value`, quoted, a formula's = neutralised; JSON lines: `text`, value
 * null, with its span and whether it holds a number), never a cell. */
static void test_export_remarks(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run("export tests/diff/remarks-2023.txt", &out), 1);
    assert_non_null(strstr(out, ",proactive,rules,in_force,27,,5,8,\n"));
    assert_non_null(strstr(out, ",proactive,normative_docs,in_force,698,,6,15,\n"
                                "tests/diff/remarks-2023.txt,青禾市测试局,青禾市测试局,,2023,2021,proactive,rules,remark,\"含3件\",,5,11,\n"
                                "tests/diff/remarks-2023.txt,青禾市测试局,青禾市测试局,,2023,2021,proactive,normative_docs,remark,\"含部門文件\",,6,19,\n"));
    assert_null(strstr(out, ",3,,5,12")); /* 含3件's 3 is no cell */
    free(out);
    assert_int_equal(run("export --format jsonl tests/diff/remarks-2023.txt", &out), 1);
    assert_non_null(strstr(out, "\"kind\":\"remark\",\"table\":\"proactive\",\"row\":\"rules\",\"column\":\"remark\","
                                "\"value\":null,\"text\":\"含3件\",\"holds_number\":true,\"unit\":\"\",\"line\":5,\"col\":11,"
                                "\"end_line\":5,\"end_col\":14,\"byte_start\":218,\"byte_end\":225,\"flags\":[]}\n"));
    free(out);
    assert_int_equal(run("export tests/check/remarks-csv-2023.txt", &out), 1);
    assert_non_null(strstr(out, ",proactive,rules,remark,\"'=含备案\",,5,11,\n"));
    assert_non_null(strstr(out, ",proactive,normative_docs,remark,\"含\"\"引号\"\",逗号\",,6,19,\n"));
    free(out);
    /* table 四: one printed row, no row key */
    assert_int_equal(run("export --labels zh tests/check/remarks-appeals-2023.txt", &out), 1);
    assert_non_null(strstr(out, ",appeals,,,remark,,\"含复议\",,6,32,\n"));
    free(out);
}

/* Issue 15: CSV for Excel: --bom, formulas neutralised, Chinese labels. */
static void test_export_for_spreadsheets(void **state)
{
    (void)state;
    char dir[] = "/tmp/xxgk-csv-XXXXXX", path[256], line[512], *out;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/=cmd.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    /* an agency that starts with '=' (a formula to a spreadsheet) */
    fputs("=HYPERLINK(\"x\")局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
          "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t3\n",
          f);
    fclose(f);
    snprintf(line, sizeof line, "export --bom '%s'", path);
    run(line, &out);
    /* the BOM first, then the header */
    assert_true(strncmp(out, "\xEF\xBB\xBF" "file,agency,", 15) == 0);
    free(out);
    /* a file name that starts with '=': a leading ' keeps it text (the
     * agency and its key go through the same guard) */
    snprintf(line, sizeof line, "cd %s && %s/xxgk export '=cmd.txt'", dir, XXGK_BINARY_DIR);
    sh(line, &out);
    assert_non_null(strstr(out, "\n\"'=cmd.txt\","));
    assert_null(strstr(out, "\n=cmd.txt"));
    free(out);
    /* --labels zh: the template's labels beside the keys */
    assert_int_equal(run("export --labels zh corpus/beiguan-edu-2023.txt", &out), 0);
    static const char labels[] =
        "file,agency,agency_key,date,year,template,table,row,row_label,column,column_label,value,unit,line,col,flags\n";
    assert_true(strncmp(out, labels, sizeof labels - 1) == 0);
    assert_non_null(strstr(out, ",proactive,fees,行政事业性收费,amount_wan_yuan,本年收费金额（单位：万元）,10074845,万元,68,9,V203 V204\n"));
    free(out);
    /* --bom is for CSV only */
    assert_int_equal(run("export --bom --format jsonl corpus/beiguan-edu-2023.txt", &out), 2);
    assert_string_equal(out, "");
    free(out);
    unlink(path);
    rmdir(dir);
}

/* Issue 15: --lang zh (or LANG=zh_CN…) has no English severity words. */
static void test_chinese_all_through(void **state)
{
    (void)state;
    char line[512], *out;
    snprintf(line, sizeof line, "%s/xxgk check --lang zh corpus/wenfeng-edu-2024.txt corpus/huzhu-edu-2023.txt", XXGK_BINARY_DIR);
    assert_int_equal(sh(line, &out), 1);
    assert_non_null(strstr(out, ": 错误[P005]: "));
    assert_non_null(strstr(out, ": 警告[V302]: "));
    assert_non_null(strstr(out, ": 提示: "));
    assert_null(strstr(out, "error"));
    assert_null(strstr(out, "warning"));
    assert_null(strstr(out, "note"));
    assert_non_null(strstr(out, "个错误"));
    free(out);
    /* LANG=zh_CN.UTF-8 without --lang: the same, I/O trouble included */
    snprintf(line, sizeof line, "LANG=zh_CN.UTF-8 LC_ALL= LC_MESSAGES= %s/xxgk check /nonexistent/x.txt 2>&1", XXGK_BINARY_DIR);
    assert_int_equal(sh(line, &out), 2);
    assert_non_null(strstr(out, "xxgk: /nonexistent/x.txt: 没有那个文件或目录\n"));
    assert_null(strstr(out, "No such file"));
    free(out);
    /* --lang en wins over LANG */
    snprintf(line, sizeof line, "LANG=zh_CN.UTF-8 %s/xxgk check --lang en corpus/huzhu-edu-2023.txt", XXGK_BINARY_DIR);
    assert_int_equal(sh(line, &out), 1);
    assert_non_null(strstr(out, ": error[P005]: "));
    free(out);
}

/* Issue 15: help COMMAND, explain CODE from docs/diagnostics.md. */
static void test_help_and_explain(void **state)
{
    (void)state;
    char *out, *direct;
    assert_int_equal(run("help check", &out), 0);
    assert_int_equal(run("check --help", &direct), 0);
    assert_string_equal(out, direct);
    assert_non_null(strstr(out, "--strict"));
    free(out);
    free(direct);
    /* every command's help names the options every command takes */
    static const char *const cmds[] = {"parse", "export", "check", "diff", "corpus"};
    for (size_t i = 0; i < 5; i++) {
        char args[64];
        snprintf(args, sizeof args, "help %s", cmds[i]);
        assert_int_equal(run(args, &out), 0);
        assert_non_null(strstr(out, "--encoding, --color, -o, -q, --allow: xxgk --help."));
        if (i < 4)
            assert_non_null(strstr(out, "'-' reads standard input"));
        free(out);
    }
    assert_int_equal(run("explain P002", &out), 0);
    assert_true(strncmp(out, "P002 · missing-section · error\n\n", 34) == 0);
    assert_non_null(strstr(out, "error[P002]: section 四"));
    assert_non_null(strstr(out, "*Fix:*"));
    free(out);
    assert_int_equal(run("explain v204", &out), 0); /* any case */
    assert_non_null(strstr(out, "V204 · implausible · error"));
    free(out);
    assert_int_equal(run("explain X999", &out), 2);
    assert_string_equal(out, "");
    free(out);
    assert_int_equal(run("help frobnicate", &out), 2);
    free(out);
}

/* Issue 15: -o FILE, --color, --quiet, --allow. */
static void test_run_options(void **state)
{
    (void)state;
    char path[] = "/tmp/xxgk-o-XXXXXX", args[512], *out;
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "before\n", 7), 7);
    close(fd);
    /* a usage error leaves FILE as it was */
    snprintf(args, sizeof args, "export corpus/pingtan-2021.txt -o %s --nosuch", path);
    assert_int_equal(run(args, &out), 2);
    free(out);
    snprintf(args, sizeof args, "cat %s", path);
    assert_int_equal(sh(args, &out), 0);
    assert_string_equal(out, "before\n");
    free(out);
    snprintf(args, sizeof args, "-o %s export corpus/pingtan-2021.txt", path);
    assert_int_equal(run(args, &out), 0);
    assert_string_equal(out, "");
    free(out);
    snprintf(args, sizeof args, "head -c 12 %s", path);
    assert_int_equal(sh(args, &out), 0);
    assert_string_equal(out, "file,agency,");
    free(out);
    unlink(path);
    /* colour on demand, off on demand even on a terminal */
    assert_int_equal(run("check --color=always corpus/beiguan-edu-2023.txt", &out), 1);
    assert_non_null(strstr(out, "\033["));
    free(out);
    assert_int_equal(run("check --color never corpus/beiguan-edu-2023.txt", &out), 1);
    assert_null(strstr(out, "\033["));
    free(out);
    assert_int_equal(run("check --color=sometimes corpus/beiguan-edu-2023.txt", &out), 2);
    free(out);
    /* --quiet: the status only */
    assert_int_equal(run("check -q corpus/beiguan-edu-2023.txt", &out), 1);
    assert_string_equal(out, "");
    free(out);
    /* --allow: the code is gone, and the run is clean without it */
    assert_int_equal(run("check --allow V204 corpus/beiguan-edu-2023.txt", &out), 0);
    assert_null(strstr(out, "V204"));
    assert_non_null(strstr(out, "[V203]"));
    free(out);
    assert_int_equal(run("check --allow V204,V203 --format sarif corpus/beiguan-edu-2023.txt", &out), 0);
    assert_null(strstr(out, "\"ruleId\":\"V204\""));
    free(out);
    assert_int_equal(run("check --allow V999 corpus/beiguan-edu-2023.txt", &out), 2);
    free(out);
}

/* Issue 15: SARIF for code scanning: rule help from the docs, stable
 * fingerprints (an edit above a finding does not change its own). */
static void test_sarif_for_code_scanning(void **state)
{
    (void)state;
    char *out;
    assert_int_equal(run("check --format sarif corpus/beiguan-edu-2023.txt", &out), 1);
    const char *rule = strstr(out, "{\"id\":\"V204\",\"name\":\"implausible\"");
    assert_non_null(rule);
    assert_non_null(strstr(rule, "\"fullDescription\":{\"text\":"));
    assert_non_null(strstr(rule, "\"help\":{\"text\":"));
    assert_non_null(strstr(rule, "\"markdown\":"));
    assert_non_null(strstr(rule, "diagnostics.md#v204--implausible--error\""));
    const char *fp = strstr(out, "\"ruleId\":\"V204\"");
    assert_non_null(fp);
    fp = strstr(fp, "\"partialFingerprints\":{\"xxgkFinding/v1\":\"");
    assert_non_null(fp);
    char first[40];
    memcpy(first, fp + 45, 18);
    first[18] = 0;
    free(out);
    /* the same report with three lines inserted at the top */
    char *again;
    char line[1024];
    snprintf(line, sizeof line, "(printf 'x\\n\\n\\n'; cat corpus/beiguan-edu-2023.txt) | %s/xxgk check --format sarif -", XXGK_BINARY_DIR);
    assert_int_equal(sh(line, &again), 1);
    fp = strstr(strstr(again, "\"ruleId\":\"V204\""), "\"partialFingerprints\":{\"xxgkFinding/v1\":\"");
    assert_non_null(fp);
    assert_memory_equal(fp + 45, first, 18);
    assert_non_null(strstr(again, "\"startLine\":71")); /* the line moved, the fingerprint did not */
    free(again);
}

/* The fingerprint's count: findings of one rule on the same line text,
 * numbered in order across the lines that hold that text (two equal lines
 * of three control characters each, L003: 0 to 5; a line of table text is
 * one P008 or P019 however its digits cut it), each rule counted apart
 * (P019: 0, 1; L001: 0, 1). The
 * counts are kept in a table, not found by comparing each finding with all
 * before it, and a line is hashed once per rule however many findings it
 * holds: many findings on one long line stay linear. */
static void test_sarif_fingerprint_counts(void **state)
{
    (void)state;
    char *out, line[1024];
    snprintf(line, sizeof line,
             "awk 'NR==18{print; print l; print l; next} {print}' l=\"$(printf '信息内容 \\001收到\\001申请\\001\\377')\" "
             "corpus/synth-2019-nonzero.txt | %s/xxgk check --format sarif -",
             XXGK_BINARY_DIR);
    assert_int_equal(sh(line, &out), 1);
    const char *want[] = {"L003", "0", "P019", "0", "L003", "1", "L003", "2", "L001", "0",
                          "L003", "3", "P019", "1", "L003", "4", "L003", "5", "L001", "1"};
    const char *p = strstr(out, "\"results\":[");
    assert_non_null(p);
    uint64_t first_l003 = 0;
    for (size_t k = 0; k < sizeof want / sizeof *want; k += 2) {
        char rule[32];
        snprintf(rule, sizeof rule, "\"ruleId\":\"%s\"", want[k]);
        p = strstr(p, "\"ruleId\":\"");
        assert_non_null(p);
        assert_memory_equal(p, rule, strlen(rule));
        p = strstr(p, "\"xxgkFinding/v1\":\"");
        assert_non_null(p);
        p += strlen("\"xxgkFinding/v1\":\"");
        unsigned long long h = strtoull(p, NULL, 16);
        if (k == 0)
            first_l003 = h;
        else if (!strcmp(want[k], "L003"))
            assert_true(h == first_l003); /* the same rule and line text: the same hash */
        char count[8];
        snprintf(count, sizeof count, ":%s\"", want[k + 1]);
        assert_memory_equal(p + 16, count, strlen(count));
    }
    free(out);
}

/* diff A B C where B is no report: B is left out with its reason (stderr,
 * and "unread" in JSON), A is compared with C, and the status is 2 after
 * the pair is printed; with fewer than two reports left, JSON still says
 * which files were left out. */
static void test_diff_leaves_out_a_file_that_is_no_report(void **state)
{
    (void)state;
    char *out, args[1024];
    snprintf(args, sizeof args, "printf '这不是报告\\n' > %s/no-report.txt", XXGK_BINARY_DIR);
    assert_int_equal(system(args), 0);
    snprintf(args, sizeof args,
             "%s/xxgk diff --only-changes corpus/pingtan-2021.txt %s/no-report.txt corpus/pingtan-2022.txt 2>&1",
             XXGK_BINARY_DIR, XXGK_BINARY_DIR);
    assert_int_equal(sh(args, &out), 2);
    char want[512];
    snprintf(want, sizeof want, "xxgk: %s/no-report.txt: does not read as an annual report (no section heading found)\n",
             XXGK_BINARY_DIR);
    assert_non_null(strstr(out, want));
    snprintf(want, sizeof want,
             "xxgk diff: %s/no-report.txt left out: corpus/pingtan-2021.txt is compared with corpus/pingtan-2022.txt\n",
             XXGK_BINARY_DIR);
    assert_non_null(strstr(out, want));
    /* the pair itself, with its cross-year checks */
    assert_non_null(strstr(out, "  NEW  corpus/pingtan-2022.txt"));
    assert_non_null(strstr(out, "73 change(s)"));
    free(out);
    snprintf(args, sizeof args, "diff --format json corpus/pingtan-2021.txt %s/no-report.txt corpus/pingtan-2022.txt",
             XXGK_BINARY_DIR);
    assert_int_equal(run(args, &out), 2);
    snprintf(want, sizeof want,
             "],\"unread\":[{\"file\":\"%s/no-report.txt\",\"reason\":\"does not read as an annual report (no section "
             "heading found)\"}]}\n",
             XXGK_BINARY_DIR);
    assert_non_null(strstr(out, want));
    assert_non_null(strstr(out, "\"new\":{\"file\":\"corpus/pingtan-2022.txt\""));
    free(out);
    snprintf(args, sizeof args, "diff --format json %s/no-report.txt corpus/pingtan-2022.txt", XXGK_BINARY_DIR);
    assert_int_equal(run(args, &out), 2);
    const char *none = "{\"pairs\":[\n\n],\"unread\":[{";
    assert_int_equal(strncmp(out, none, strlen(none)), 0);
    free(out);
    /* every file read: "unread" is empty */
    assert_int_equal(run("diff --format json corpus/pingtan-2021.txt corpus/pingtan-2022.txt", &out), 1);
    assert_non_null(strstr(out, "],\"unread\":[]}\n"));
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

/* panel over a text that names no agency (not a report at all): its row
 * has empty agency fields and the program ends normally. The agency was
 * passed to the CSV writer as a null text of length 0, which fwrite must
 * not get (UBSan stopped the program there). */
static void test_panel_without_agency(void **state)
{
    (void)state;
    char path[] = "/tmp/xxgk-noagency-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "x\n", 2), 2);
    close(fd);
    char args[256], *out, want[128];
    snprintf(args, sizeof args, "panel %s", path);
    assert_int_equal(run(args, &out), 0);
    snprintf(want, sizeof want, "\n%s,,,,,not_a_report,1,0,", path);
    assert_non_null(strstr(out, want));
    free(out);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encoding_option),
        cmocka_unit_test(test_encodings_and_kinds),
        cmocka_unit_test(test_version_and_help),
        cmocka_unit_test(test_options_after_files),
        cmocka_unit_test(test_unreadable_input_recorded),
        cmocka_unit_test(test_strict_sarif_level),
        cmocka_unit_test(test_export_flags),
        cmocka_unit_test(test_export_remarks),
        cmocka_unit_test(test_export_for_spreadsheets),
        cmocka_unit_test(test_chinese_all_through),
        cmocka_unit_test(test_help_and_explain),
        cmocka_unit_test(test_run_options),
        cmocka_unit_test(test_sarif_for_code_scanning),
        cmocka_unit_test(test_sarif_fingerprint_counts),
        cmocka_unit_test(test_panel_without_agency),
        cmocka_unit_test(test_diff_leaves_out_a_file_that_is_no_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
