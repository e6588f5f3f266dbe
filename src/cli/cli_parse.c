/* xxgk parse / xxgk export */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "jobs.h"

static void parse_usage(FILE *f)
{
    fputs("usage: xxgk parse [--format tree|json] [--lang en|zh] FILE...\n"
          "Print the syntax tree of each report and its parse diagnostics.\n"
          "Exit 0 when every file parsed without errors, 1 when one has errors,\n"
          "2 for usage or I/O problems.\n",
          f);
}

static void export_usage(FILE *f)
{
    fputs("usage: xxgk export [--format csv|jsonl] [--lang en|zh] [-j N] FILE...\n"
          "Print every table cell, one record each, with the fields\n"
          "file,agency,agency_key,date,year,template,table,row,column,value,unit,line,col\n"
          "Parse errors go to stderr. Exit 0 when every file parsed without\n"
          "errors, 1 when one has errors, 2 for usage or I/O problems.\n"
          "  -j N   read N files at a time on N threads (default 1); the output\n"
          "         is the same, in the same order\n",
          f);
}

int cmd_parse(int argc, char **argv, const cli_env *env)
{
    static const char *const formats[] = {"tree", "json", NULL};
    int format = 0, lang = XXGK_LANG_EN, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, NULL, &first, parse_usage);
    if (r >= 0)
        return r;
    xxgk_options opts = {.lang = lang};
    int status = EXIT_CLEAN;
    bool color = cli_use_color(stderr);
    for (int i = first; i < argc; i++) {
        xxgk_doc *doc = cli_load_as(argv[i], &opts, env);
        if (!doc) {
            status = EXIT_TROUBLE;
            continue;
        }
        if (format == 0) {
            xxgk_print_tree(stdout, doc);
        } else {
            xxgk_print_json(stdout, doc);
        }
        if (format == 0)
            xxgk_print_diags(stderr, doc, color);
        if (xxgk_doc_count(doc, XXGK_ERROR) && status == EXIT_CLEAN)
            status = EXIT_FINDINGS;
        xxgk_doc_free(doc);
    }
    return status;
}

enum { N_WITH_ERRORS, N_TROUBLE };

typedef struct export_run {
    char **files;
    int format;
    const cli_env *env;
    xxgk_options opts;
    bool color;
} export_run;

/* One file, on any thread: cells to p->out, its parse errors to p->err. */
static void export_one(size_t i, job_piece *p, void *ctx)
{
    const export_run *r = ctx;
    xxgk_doc *doc = cli_load_to(r->files[i], &r->opts, r->env, p->err);
    if (!doc) {
        p->count[N_TROUBLE]++;
        return;
    }
    if (r->format == 0)
        xxgk_export_csv(p->out, doc);
    else
        xxgk_export_jsonl(p->out, doc);
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->severity == XXGK_ERROR)
            xxgk_print_diag(p->err, doc, d, r->color);
    if (xxgk_doc_count(doc, XXGK_ERROR))
        p->count[N_WITH_ERRORS]++;
    xxgk_doc_free(doc);
}

int cmd_export(int argc, char **argv, const cli_env *env)
{
    static const char *const formats[] = {"csv", "jsonl", NULL};
    int format = 0, lang = XXGK_LANG_EN, jobs = 1, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, &jobs, &first, export_usage);
    if (r >= 0)
        return r;
    export_run run = {argv + first, format, env, {.lang = lang}, cli_use_color(stderr)};
    if (format == 0)
        xxgk_export_csv_header(stdout);
    job_files f = {(size_t)(argc - first), cli_jobs_for(jobs, argc, argv, first), export_one, NULL, &run, stdout,
                   stderr, {0}, 0, 0};
    job_files_run(&f);
    if (f.total[N_TROUBLE] || f.lost)
        return EXIT_TROUBLE;
    return f.total[N_WITH_ERRORS] ? EXIT_FINDINGS : EXIT_CLEAN;
}
