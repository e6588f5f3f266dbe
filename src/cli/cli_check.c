/* xxgk check: parse, validate, and print every finding.
 *
 * Human output goes the way GCC and rustc print (src/diag_print.c) with a
 * closing summary line; json is one object per file and line; sarif is one
 * SARIF 2.1.0 log for the whole run. Exit 0 without errors, 1 with errors
 * (with --strict warnings count as errors), 2 for usage or I/O trouble. */
#include <string.h>

#include "check.h"
#include "cli.h"
#include "jobs.h"
#include "print.h"

enum { FMT_HUMAN, FMT_JSON, FMT_SARIF };

static void usage(FILE *f)
{
    fputs("usage: xxgk check [--strict] [--format human|json|sarif] [--lang en|zh] [-j N] FILE...\n"
          "Parse each report and check it against the template: arithmetic of the\n"
          "tables, values, structure, and consistency (docs/diagnostics.md lists\n"
          "every code). '-' reads standard input.\n"
          "  --strict   warnings count as errors; label variants are errors\n"
          "  --format   human (default), json (one object per file and line), sarif\n"
          "  --lang     language of the messages: en (default) or zh\n"
          "  -j N       check N files at a time on N threads (default 1); the\n"
          "             output is the same, in the same order\n"
          "Exit 0 when no errors, 1 when there are errors, 2 for usage or I/O problems.\n",
          f);
}

typedef struct opts {
    bool strict;
    int format, lang, jobs;
    int first; /* index of the first file */
} opts;

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, opts *o)
{
    static const char *const formats[] = {"human", "json", "sarif", NULL};
    return cli_options(argc, argv, formats, &o->format, &o->lang, "--strict", &o->strict, &o->jobs, &o->first,
                       usage);
}

/* What each file counts (job_piece.count). */
enum { N_ERRORS, N_WARNINGS, N_NOTES, N_FILES, N_TROUBLE, N_RESULTS };

typedef struct run {
    const opts *o;
    char **files;
    const cli_env *env;
    bool color;
    xxgk_sarif sarif;
} run;

/* One file, on any thread: everything it prints goes to p->out, p->err. */
static void check_one(size_t i, job_piece *p, void *ctx)
{
    run *r = ctx;
    xxgk_options popts = {.lang = r->o->lang};
    xxgk_check_options copts = {r->o->strict};
    xxgk_doc *doc = cli_load_to(r->files[i], &popts, r->env, p->err);
    if (!doc) {
        p->count[N_TROUBLE]++;
        return;
    }
    xxgk_check(doc, &copts);
    p->count[N_FILES]++;
    p->count[N_ERRORS] += xxgk_doc_count(doc, XXGK_ERROR);
    p->count[N_WARNINGS] += xxgk_doc_count(doc, XXGK_WARNING);
    p->count[N_NOTES] += xxgk_doc_count(doc, XXGK_NOTE);
    if (r->o->format == FMT_HUMAN) {
        xxgk_print_diags(p->out, doc, r->color);
    } else if (r->o->format == FMT_JSON) {
        xxgk_print_diags_jsonl(p->out, doc);
    } else if (p->direct) {
        xxgk_sarif_add(&r->sarif, doc);
    } else {
        /* results of this file alone; sarif_before puts the comma between
         * files once the earlier files are known */
        xxgk_sarif w = {p->out, 0};
        xxgk_sarif_add(&w, doc);
        p->count[N_RESULTS] = w.results;
    }
    xxgk_doc_free(doc);
}

static void sarif_before(size_t i, const job_piece *p, void *ctx)
{
    (void)i;
    run *r = ctx;
    if (r->o->format != FMT_SARIF || !p->count[N_RESULTS])
        return;
    if (r->sarif.results)
        fputc(',', r->sarif.f);
    r->sarif.results += p->count[N_RESULTS];
}

static void summary(FILE *f, int lang, size_t errors, size_t warnings, size_t notes, size_t files)
{
    if (lang == XXGK_LANG_ZH) {
        fprintf(f, "%zu 个错误，%zu 个警告", errors, warnings);
        if (notes)
            fprintf(f, "，%zu 条提示", notes);
        fprintf(f, "，共 %zu 个文件\n", files);
        return;
    }
    fprintf(f, "%zu error%s, %zu warning%s", errors, errors == 1 ? "" : "s", warnings,
            warnings == 1 ? "" : "s");
    if (notes)
        fprintf(f, ", %zu note%s", notes, notes == 1 ? "" : "s");
    fprintf(f, " in %zu file%s\n", files, files == 1 ? "" : "s");
}

int cmd_check(int argc, char **argv, const cli_env *env)
{
    opts o = {false, FMT_HUMAN, XXGK_LANG_EN, 1, 0};
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0)
        return rc;
    run r = {&o, argv + o.first, env, o.format == FMT_HUMAN && cli_use_color(stdout), {0}};
    if (o.format == FMT_SARIF)
        xxgk_sarif_begin(&r.sarif, stdout);
    job_files f = {(size_t)(argc - o.first), cli_jobs_for(o.jobs, argc, argv, o.first), check_one, sarif_before,
                   &r, stdout, stderr, {0}, 0, 0};
    job_files_run(&f);
    size_t errors = f.total[N_ERRORS], warnings = f.total[N_WARNINGS];
    if (o.format == FMT_SARIF)
        xxgk_sarif_end(&r.sarif);
    if (o.format == FMT_HUMAN)
        summary(stdout, o.lang, errors, warnings, f.total[N_NOTES], f.total[N_FILES]);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("xxgk: error writing the output\n", stderr);
        return EXIT_TROUBLE;
    }
    if (f.total[N_TROUBLE] || f.lost)
        return EXIT_TROUBLE;
    return errors || (o.strict && warnings) ? EXIT_FINDINGS : EXIT_CLEAN;
}
