/* xxgk check: parse, validate, and print every finding.
 *
 * Human output goes the way GCC and rustc print (src/diag_print.c) with a
 * closing summary line; json is one object per file and line; sarif is one
 * SARIF 2.1.0 log for the whole run. Exit 0 without errors, 1 with errors
 * (with --strict warnings count as errors), 2 for usage or I/O trouble. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "html_page.h"
#include "jobs.h"
#include "print.h"

enum { FMT_HUMAN, FMT_JSON, FMT_SARIF, FMT_HTML };

static void usage(FILE *f)
{
    fputs("usage: xxgk check [--strict] [--format human|json|sarif|html] [--lang en|zh] [-j N] FILE...\n"
          "Parse each report and check it against the template: arithmetic of the\n"
          "tables, values, structure, and consistency (docs/diagnostics.md lists\n"
          "every code). A folder stands for the reports in it (as for panel:\n"
          "its *.txt, *.text, *.htm, *.html, *.pdf, *.docx and *.doc files, by name).\n"
          "  --strict   warnings count as errors; label variants are errors\n"
          "  --format   human (default), json (one object per file and line), sarif,\n"
          "             html (one page: each finding with its line, the span marked)\n"
          "  --lang     language of the messages: en (default; zh when LANG=zh_*) or zh\n"
          "  -j N       check N files at a time on N threads (default 1); the\n"
          "             output is the same, in the same order\n"
          "'-' reads standard input; --encoding, --color, -o, -q, --allow: xxgk --help.\n"
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
    static const char *const formats[] = {"human", "json", "sarif", "html", NULL};
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
    char **failed; /* failed[i]: why file i could not be read (written by its own task only) */
} run;

/* One file, on any thread: everything it prints goes to p->out, p->err. */
static void check_one(size_t i, job_piece *p, void *ctx)
{
    run *r = ctx;
    xxgk_options popts = {.lang = r->o->lang};
    xxgk_check_options copts = {.strict = r->o->strict};
    char *why;
    xxgk_doc *doc = cli_load_why(r->files[i], &popts, r->env, p->err, &why);
    if (!doc) {
        /* every input named has a record: JSON a line of its own, SARIF a
         * notification in the invocation (xxgk_sarif_end) */
        p->count[N_TROUBLE]++;
        if (r->o->format == FMT_JSON)
            cli_json_error(p->out, r->files[i], why);
        if (r->failed)
            r->failed[i] = why;
        else
            free(why);
        return;
    }
    xxgk_check(doc, &copts);
    cli_allow(r->env, doc);
    p->count[N_FILES]++;
    p->count[N_ERRORS] += xxgk_doc_count(doc, XXGK_ERROR);
    p->count[N_WARNINGS] += xxgk_doc_count(doc, XXGK_WARNING);
    p->count[N_NOTES] += xxgk_doc_count(doc, XXGK_NOTE);
    if (r->o->format == FMT_HUMAN) {
        xxgk_print_diags(p->out, doc, r->color);
    } else if (r->o->format == FMT_JSON) {
        xxgk_print_diags_jsonl(p->out, doc);
    } else if (r->o->format == FMT_HTML) {
        xxgk_html_check_doc(p->out, doc);
    } else if (p->direct) {
        xxgk_sarif_add(&r->sarif, doc);
    } else {
        /* results of this file alone; sarif_before puts the comma between
         * files once the earlier files are known */
        xxgk_sarif w = {p->out, 0, r->o->strict};
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
    opts o = {false, FMT_HUMAN, env->lang, 1, 0};
    /* the command line as given, for SARIF's invocation (cli_options
     * moves the files after the options) */
    char **given = malloc(((size_t)argc + 1) * sizeof *given);
    if (given) {
        given[0] = "xxgk";
        memcpy(given + 1, argv, (size_t)argc * sizeof *argv);
    }
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0) {
        free(given);
        return rc;
    }
    /* a folder stands for the reports in it, as for panel */
    cli_inputs files;
    if (!cli_inputs_expand(&files, argv + o.first, (size_t)(argc - o.first), o.lang)) {
        free(given);
        return EXIT_TROUBLE;
    }
    run r = {&o, files.paths, env, o.format == FMT_HUMAN && cli_use_color(env, stdout), {0}, NULL};
    size_t nfiles = files.n;
    if (o.format == FMT_SARIF) {
        r.failed = calloc(nfiles ? nfiles : 1, sizeof *r.failed);
        if (!r.failed) {
            cli_inputs_free(&files);
            free(given);
            cli_say(stderr, NULL, "%s", cli_text(CLI_T_NO_MEMORY, o.lang));
            return EXIT_TROUBLE;
        }
        r.sarif.strict = o.strict;
        xxgk_sarif_begin(&r.sarif, stdout);
    }
    if (o.format == FMT_HTML)
        xxgk_html_check_begin(stdout, o.lang);
    job_files f = {nfiles, cli_jobs_for(o.jobs, (int)nfiles, files.paths, 0), check_one, sarif_before,
                   &r, stdout, stderr, {0}, 0, 0};
    job_files_run(&f);
    size_t errors = f.total[N_ERRORS], warnings = f.total[N_WARNINGS];
    if (o.format == FMT_SARIF) {
        xxgk_sarif_invocation inv = {given ? argc + 1 : 0, given, nfiles, r.files, r.failed};
        xxgk_sarif_end(&r.sarif, &inv);
        for (size_t i = 0; i < nfiles; i++)
            free(r.failed[i]);
        free(r.failed);
    }
    free(given);
    bool listed = !files.trouble;
    cli_inputs_free(&files);
    if (o.format == FMT_HTML)
        xxgk_html_check_end(stdout, o.lang, errors, warnings, f.total[N_NOTES], f.total[N_FILES]);
    if (o.format == FMT_HUMAN)
        summary(stdout, o.lang, errors, warnings, f.total[N_NOTES], f.total[N_FILES]);
    if (fflush(stdout) != 0 || ferror(stdout))
        return EXIT_TROUBLE; /* said by main (cli_output_end), with its reason */
    if (f.total[N_TROUBLE] || f.lost || !listed)
        return EXIT_TROUBLE;
    return errors || (o.strict && warnings) ? EXIT_FINDINGS : EXIT_CLEAN;
}
