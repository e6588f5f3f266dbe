/* -j N: the ordered pool of src/core/jobs.c (results in task order, never
 * more than the window alive), and the commands that use it give byte for
 * byte the output of one thread. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jobs.h"
#include "testutil.h"

/* ---- the pool ------------------------------------------------------------ */

/* What the tasks saw, counted independently of the pool's own peak. */
typedef struct seen {
    pthread_mutex_t lock;
    size_t alive, most_alive; /* from a task's start to the end of its take */
    size_t next;              /* the task the next take must be */
    size_t window;
    bool slow_take;
    bool out_of_order;        /* takes run on any thread: checked after the run */
    int taking;               /* takes running at once */
} seen;

static void *counting_work(size_t i, void *ctx)
{
    seen *s = ctx;
    pthread_mutex_lock(&s->lock);
    s->alive++;
    if (s->alive > s->most_alive)
        s->most_alive = s->alive;
    pthread_mutex_unlock(&s->lock);
    /* uneven work, so tasks finish out of order */
    if (i % 7 == 0)
        usleep(300);
    size_t *r = malloc(sizeof *r);
    *r = i;
    return r;
}

static void counting_take(size_t i, void *result, void *ctx)
{
    seen *s = ctx;
    pthread_mutex_lock(&s->lock);
    if (i != s->next || *(size_t *)result != i || s->taking++)
        s->out_of_order = true;
    pthread_mutex_unlock(&s->lock);
    free(result);
    /* a slow consumer lets the workers race ahead: only the window stops them */
    if (s->slow_take)
        usleep(200);
    pthread_mutex_lock(&s->lock);
    s->taking--;
    s->next++;
    s->alive--;
    pthread_mutex_unlock(&s->lock);
}

static void run_pool(size_t n, int threads, size_t window, bool slow, size_t want_window)
{
    seen s = {.window = window, .slow_take = slow};
    pthread_mutex_init(&s.lock, NULL);
    job_pool j = {n, threads, window, counting_work, counting_take, &s, 0};
    job_pool_run(&j);
    pthread_mutex_destroy(&s.lock);
    assert_false(s.out_of_order);
    assert_int_equal(s.next, n);
    assert_int_equal(s.alive, 0);
    assert_true(s.most_alive <= want_window);
    assert_true(j.peak <= want_window);
    assert_true(s.most_alive <= j.peak);
    if (n)
        assert_true(j.peak >= 1);
}

static void pool_keeps_order_and_window(void **state)
{
    (void)state;
    run_pool(300, 3, 4, true, 4);
    run_pool(300, 2, 1, true, 1);  /* a window of one: one task at a time */
    run_pool(300, 2, 0, true, 4);  /* the default window: 2 * threads */
    run_pool(300, 4, 0, false, 8);
    run_pool(5, 8, 0, false, 10);  /* more threads than tasks */
    run_pool(300, 1, 0, true, 1);  /* one thread: work, take, work, take */
    run_pool(0, 2, 0, false, 0);
    run_pool(1, 2, 0, false, 1);
}

/* ---- per-file output ----------------------------------------------------- */

typedef struct files_ctx {
    size_t before_next; /* the piece before() must see next */
    bool saw_direct, saw_buffered, wrong;
} files_ctx;

static void print_file(size_t i, job_piece *p, void *ctx)
{
    files_ctx *c = ctx;
    if (p->direct)
        c->saw_direct = true; /* only with one thread */
    if (i % 5 == 0)
        usleep(200);
    fprintf(p->out, "out %zu\n", i);
    if (i % 3 == 0)
        fprintf(p->err, "err %zu\n", i);
    p->count[0] = i;
    p->count[CLI_COUNTS - 1] = 1;
}

static void before_file(size_t i, const job_piece *p, void *ctx)
{
    files_ctx *c = ctx;
    /* on any thread, one at a time: remember, check after the run */
    if (p->direct || i != c->before_next || p->count[0] != i)
        c->wrong = true;
    c->before_next++;
    c->saw_buffered = true;
}

static void files_run(int threads, char **out, char **err, job_files *f, files_ctx *c)
{
    size_t olen, elen;
    FILE *o = open_memstream(out, &olen), *e = open_memstream(err, &elen);
    memset(c, 0, sizeof *c);
    *f = (job_files){100, threads, print_file, before_file, c, o, e, {0}, 0, 0};
    job_files_run(f);
    fclose(o);
    fclose(e);
}

static void files_come_out_in_order(void **state)
{
    (void)state;
    char *o1, *e1, *o3, *e3;
    job_files f1, f3;
    files_ctx c1, c3;
    files_run(1, &o1, &e1, &f1, &c1);
    files_run(3, &o3, &e3, &f3, &c3);
    assert_true(c1.saw_direct && !c1.saw_buffered);
    assert_true(!c3.saw_direct && c3.saw_buffered);
    assert_int_equal(c3.before_next, 100);
    assert_false(c3.wrong);
    assert_string_equal(o1, o3);
    assert_string_equal(e1, e3);
    assert_true(strncmp(o3, "out 0\nout 1\nout 2\n", 18) == 0);
    assert_non_null(strstr(e3, "err 96\nerr 99\n"));
    assert_int_equal(f1.total[0], 99 * 100 / 2);
    assert_int_equal(f3.total[0], 99 * 100 / 2);
    assert_int_equal(f3.total[CLI_COUNTS - 1], 100);
    assert_int_equal(f3.lost, 0);
    assert_true(f3.peak >= 1 && f3.peak <= 6);
    free(o1), free(e1), free(o3), free(e3);
}

/* ---- the commands --------------------------------------------------------- */

typedef struct result {
    int status;
    char *out, *err;
} result;

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t cap = 1 << 16, n = 0, k;
    char *b = malloc(cap);
    while ((k = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 == cap)
            b = realloc(b, cap *= 2);
    }
    b[n] = 0;
    fclose(f);
    return b;
}

/* Run the built program in the source tree, both streams kept. */
static result run(const char *args)
{
    char out[] = "/tmp/xxgk-jobs-out-XXXXXX", err[] = "/tmp/xxgk-jobs-err-XXXXXX";
    close(mkstemp(out));
    close(mkstemp(err));
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "cd %s && %s/xxgk %s >%s 2>%s", XXGK_SOURCE_DIR, XXGK_BINARY_DIR, args, out, err);
    int st = system(cmd);
    result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, slurp(out), slurp(err)};
    unlink(out);
    unlink(err);
    return r;
}

static void result_free(result *r)
{
    free(r->out);
    free(r->err);
}

/* The committed corpus with a missing file and an empty file in the
 * middle of the list. */
static const char *file_list(void)
{
    static const char list[] = "corpus/[a-m]*.txt /nonexistent/xxgk-missing.txt /dev/null corpus/[n-z]*.txt";
    return list;
}

/* SARIF's invocation records the command line, -j N included: cut it
 * out of s (in place) before comparing runs that differ only in -j. */
static void cut_command_line(char *s)
{
    char *a = strstr(s, "\"commandLine\":"), *b = a ? strstr(a, ",\"toolExecutionNotifications\"") : NULL;
    if (a && b)
        memmove(a, b + 1, strlen(b + 1) + 1);
}

static void same_with_threads(const char *cmd, int want_status, size_t nforms)
{
    char args[512];
    snprintf(args, sizeof args, "%s %s", cmd, file_list());
    result one = run(args);
    assert_int_equal(one.status, want_status);
    assert_true(strlen(one.out) > 1000);
    /* the reason in the language of the run (--lang zh: Chinese) */
    assert_non_null(strstr(one.err, strstr(cmd, "--lang zh") ? "xxgk: /nonexistent/xxgk-missing.txt: 没有那个文件或目录\n"
                                                             : "xxgk: /nonexistent/xxgk-missing.txt: No such file or directory\n"));
    static const char *const forms[] = {"-j 2", "--jobs=3", "-j1", "--jobs 4", "-j2"};
    for (size_t k = 0; k < nforms && k < sizeof forms / sizeof forms[0]; k++) {
        snprintf(args, sizeof args, "%s %s %s", cmd, forms[k], file_list());
        result many = run(args);
        cut_command_line(many.out);
        cut_command_line(one.out);
        if (strcmp(many.out, one.out) != 0 || strcmp(many.err, one.err) != 0)
            fail_msg("'%s %s' does not print what one thread prints", cmd, forms[k]);
        assert_int_equal(many.status, one.status);
        result_free(&many);
    }
    result_free(&one);
}

static void check_and_export_same_with_threads(void **state)
{
    (void)state;
    /* a missing file is I/O trouble: exit 2 whatever the findings */
    same_with_threads("check", 2, 5); /* every spelling of the option */
    same_with_threads("check --format json", 2, 2);
    same_with_threads("check --format sarif", 2, 2);
    same_with_threads("check --lang zh --strict", 2, 1);
    same_with_threads("export", 2, 2);
    same_with_threads("export --format jsonl", 2, 2);
}

static void exit_status_without_trouble(void **state)
{
    (void)state;
    /* huzhu-edu-2023 has parse errors (exit 1); its output with -j 2 is the same */
    result a = run("export tests/fixtures/pingtan-2021.txt tests/fixtures/huzhu-edu-2023.txt tests/fixtures/pingtan-2022.txt");
    result b = run("export -j 2 tests/fixtures/pingtan-2021.txt tests/fixtures/huzhu-edu-2023.txt tests/fixtures/pingtan-2022.txt");
    assert_int_equal(a.status, 1);
    assert_int_equal(b.status, 1);
    assert_string_equal(a.out, b.out);
    assert_string_equal(a.err, b.err);
    result_free(&a);
    result_free(&b);
    a = run("check -j 2 tests/fixtures/pingtan-2021.txt");
    assert_int_equal(a.status, 0);
    assert_non_null(strstr(a.out, "in 1 file\n"));
    result_free(&a);
}

static void jobs_option_is_checked(void **state)
{
    (void)state;
    static const char *const bad[] = {"check -j 0 tests/fixtures/pingtan-2021.txt", "check -j x tests/fixtures/pingtan-2021.txt",
                                      "export --jobs=257 tests/fixtures/pingtan-2021.txt", "export -j",
                                      "corpus --stat -j 0 corpus"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        result r = run(bad[k]);
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "-j needs a number of threads from 1 to 256"));
        result_free(&r);
    }
    /* parse takes no -j */
    result r = run("parse -j 2 tests/fixtures/pingtan-2021.txt");
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "unknown option '-j'"));
    result_free(&r);
    r = run("check --help");
    assert_non_null(strstr(r.out, "-j N"));
    result_free(&r);
    r = run("export --help");
    assert_non_null(strstr(r.out, "-j N"));
    result_free(&r);
}

/* a mistyped --format names the command's own formats (export has no json),
 * listed as the language lists: "csv, jsonl", "human、json、sarif、html" */
static void unknown_format_lists_the_choices(void **state)
{
    (void)state;
    result r = run("export --format json tests/fixtures/pingtan-2021.txt");
    assert_int_equal(r.status, 2);
    assert_string_equal(r.out, "");
    assert_non_null(strstr(r.err, "unknown format 'json' (csv, jsonl)\n"));
    result_free(&r);
    r = run("check --lang zh --format=xml tests/fixtures/pingtan-2021.txt");
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "未知格式“xml”（可用 human、json、sarif、html）\n"));
    result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pool_keeps_order_and_window),
        cmocka_unit_test(files_come_out_in_order),
        cmocka_unit_test(check_and_export_same_with_threads),
        cmocka_unit_test(exit_status_without_trouble),
        cmocka_unit_test(jobs_option_is_checked),
        cmocka_unit_test(unknown_format_lists_the_choices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
