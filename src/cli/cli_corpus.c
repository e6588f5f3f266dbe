/* xxgk corpus: the golden corpus, grammar fragments, and statistics over a
 * folder of reports (docs/corpus.md). The work is in src/corpus_*.c; this
 * file reads the options. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "corpus.h"

static void corpus_usage(FILE *f)
{
    fputs("usage: xxgk corpus [--update] [-j N] [DIR]\n"
          "       xxgk corpus --fragments [--update] [DIR]\n"
          "       xxgk corpus --stat [-j N] [--save FILE] [--baseline FILE] DIR\n"
          "\n"
          "Golden corpus (DIR defaults to corpus/): parse every DIR/X.txt and compare\n"
          "its tree with DIR/X.expected. Prints 'ok X.txt' or the first divergence as a\n"
          "unified diff, then 'N passed, N failed'. --update rewrites the expected files\n"
          "that differ and names them. DIR/KNOWN_FAILURES lists files allowed to fail.\n"
          "\n"
          "--fragments runs the grammar fragments (DIR defaults to tests/grammar/).\n"
          "\n"
          "--stat summarises a folder of reports, the files check, export and panel\n"
          "read for it (*.txt, *.text, *.htm, *.html, *.pdf, *.docx, *.doc), read the same\n"
          "way (--encoding, --input): clean parses, parses with errors, counts by\n"
          "diagnostic code, sections, cells, throughput.\n"
          "  --save FILE      write one JSON line per report (status, diagnostics, cells)\n"
          "  --baseline FILE  compare with a saved run: improved, regressed, changed\n"
          "\n"
          "  -j N             parse on N threads (output order does not change)\n"
          "  --context N      lines of context in diffs (default 3)\n"
          "--encoding, --color, -o, -q, --allow: xxgk --help.\n"
          "\n"
          "Exit 0 when everything passed, 1 on a failure (or a regression against the\n"
          "baseline), 2 for usage or I/O problems.\n",
          f);
}

static bool int_arg(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

/* --stat reads each report as check, export and panel do: the front
 * ends, --encoding and --input as given (cli_load_msg). */
typedef struct stat_loader {
    const cli_env *env;
    xxgk_options opts;
} stat_loader;

static xxgk_doc *stat_load(void *ctx, const char *path, char **msg)
{
    const stat_loader *l = ctx;
    return cli_load_msg(path, &l->opts, l->env, msg);
}

int cmd_corpus(int argc, char **argv, const cli_env *env)
{
    /* the golden corpus and the fragments are UTF-8 text whose trees are
     * pinned byte for byte: --encoding and --input apply to --stat only */
    bool update = false, stat = false, fragments = false;
    int jobs = 1, context = 3;
    const char *save = NULL, *baseline = NULL, *dir = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int j;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            corpus_usage(stdout);
            return EXIT_CLEAN;
        } else if (strcmp(a, "--update") == 0 || strcmp(a, "-u") == 0) {
            update = true;
        } else if (strcmp(a, "--stat") == 0) {
            stat = true;
        } else if (strcmp(a, "--fragments") == 0) {
            fragments = true;
        } else if ((j = cli_jobs_option(argc, argv, &i, &jobs, env->lang)) != 0) {
            if (j < 0)
                return EXIT_TROUBLE;
        } else if (strcmp(a, "--context") == 0) {
            if (!int_arg(i + 1 < argc ? argv[++i] : "", 0, 100, &context)) {
                cli_tell(env->lang, "--context needs a number from 0 to 100", "--context 需要 0 到 100 之间的数");
                return EXIT_TROUBLE;
            }
        } else if (strcmp(a, "--save") == 0 || strcmp(a, "--baseline") == 0) {
            if (i + 1 >= argc) {
                cli_tell(env->lang, "%s needs a file", "%s 需要一个文件", a);
                return EXIT_TROUBLE;
            }
            *(a[2] == 's' ? &save : &baseline) = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            cli_tell(env->lang, "unknown option '%s'", "未知选项“%s”", a);
            corpus_usage(stderr);
            return EXIT_TROUBLE;
        } else if (!dir) {
            dir = a;
        } else {
            cli_tell(env->lang, "corpus takes one folder ('%s' is a second)", "corpus 只读一个文件夹（“%s”是第二个）", a);
            return EXIT_TROUBLE;
        }
    }
    if ((save || baseline) && !stat) {
        cli_tell(env->lang, "--save and --baseline go with --stat", "--save 和 --baseline 只能与 --stat 一起使用");
        return EXIT_TROUBLE;
    }
    if (stat && (update || fragments)) {
        cli_tell(env->lang, "--stat reads reports without expected files: no --update or --fragments",
                 "--stat 读取没有预期结果文件的报告：不能与 --update 或 --fragments 一起使用");
        return EXIT_TROUBLE;
    }
    if (stat) {
        if (!dir) {
            cli_tell(env->lang, "--stat needs a folder of reports", "--stat 需要一个存放报告的文件夹");
            return EXIT_TROUBLE;
        }
        stat_loader l = {env, {.lang = env->lang}};
        corpus_stat_opts so = {jobs, save, baseline, true, stdout, stderr, stat_load, &l, env->lang};
        return corpus_stat(dir, &so);
    }
    corpus_opts o = {update, jobs, context, stdout, stderr, env->lang};
    if (fragments)
        return corpus_fragments(dir ? dir : "tests/grammar", &o);
    return corpus_golden(dir ? dir : "corpus", &o);
}
