/* xxgk parse / xxgk export */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "doc.h"
#include "jobs.h"

static void parse_usage(FILE *f)
{
    fputs("usage: xxgk parse [--format tree|json] [--lang en|zh] FILE...\n"
          "Print the syntax tree of each report and its parse diagnostics.\n"
          "  --format tree|json  indented text (default) or one JSON object per file\n"
          "  --lang en|zh        language of the messages\n"
          "'-' reads standard input; --encoding, --color, -o, -q, --allow: xxgk --help.\n"
          "Exit 0 when every file parsed without errors, 1 when one has errors,\n"
          "2 for usage or I/O problems.\n",
          f);
}

static void export_usage(FILE *f)
{
    fputs("usage: xxgk export [--format csv|jsonl] [--bom] [--labels zh] [--lang en|zh] [-j N] FILE...\n"
          "Print every table cell, one record each, with the fields\n"
          "file,agency,agency_key,date,year,template,table,row,column,value,unit,line,col,flags\n"
          "flags: the codes of the findings of check about the cell (V204 …).\n"
          "A folder stands for the reports in it (as for panel: its *.txt,\n"
          "*.text, *.htm, *.html, *.pdf, *.docx and *.doc files, by name).\n"
          "Parse errors go to stderr. Exit 0 when every file parsed without\n"
          "errors, 1 when one has errors, 2 for usage or I/O problems.\n"
          "  --format csv|jsonl  CSV with a header line (default) or JSON lines\n"
          "  --bom               CSV starts with a UTF-8 byte order mark (Excel)\n"
          "  --labels zh         row_label and column_label: the template's labels\n"
          "  --lang en|zh        language of the messages\n"
          "  -j N                read N files at a time on N threads (default 1);\n"
          "                      the output is the same, in the same order\n"
          "'-' reads standard input; --encoding, --color, -o, -q, --allow: xxgk --help.\n",
          f);
}

int cmd_parse(int argc, char **argv, const cli_env *env)
{
    static const char *const formats[] = {"tree", "json", NULL};
    int format = 0, lang = env->lang, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, NULL, &first, parse_usage);
    if (r >= 0)
        return r;
    xxgk_options opts = {.lang = lang};
    int status = EXIT_CLEAN;
    bool color = cli_use_color(env, stderr), quiet = env->quiet;
    for (int i = first; i < argc; i++) {
        char *why;
        xxgk_doc *doc = cli_load_why(argv[i], &opts, env, stderr, &why);
        if (!doc) {
            /* JSON has a record for every input named */
            if (format == 1)
                cli_json_error(stdout, argv[i], why);
            free(why);
            status = EXIT_TROUBLE;
            continue;
        }
        cli_allow(env, doc);
        if (format == 0) {
            xxgk_print_tree(stdout, doc);
        } else {
            xxgk_print_json(stdout, doc);
        }
        if (format == 0 && !quiet)
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
    bool color, quiet;
    xxgk_export_options eo;
} export_run;

/* One file, on any thread: cells to p->out, its parse errors to p->err.
 * The parse's errors go to stderr and decide the exit status, as they
 * always did; then the validator runs, so that each cell's flags name
 * every finding about it (V204 on an implausible fee). Its findings are
 * never printed, so their texts are not formatted (texts_unread), and a
 * rule whose findings can concern no cell is skipped (cells_only). */
static void export_one(size_t i, job_piece *p, void *ctx)
{
    const export_run *r = ctx;
    xxgk_doc *doc = cli_load_to(r->files[i], &r->opts, r->env, p->err);
    if (!doc) {
        p->count[N_TROUBLE]++;
        return;
    }
    cli_allow(r->env, doc);
    if (!r->quiet)
        xxgk_print_diags_min(p->err, doc, r->color, XXGK_ERROR);
    if (xxgk_doc_count(doc, XXGK_ERROR))
        p->count[N_WITH_ERRORS]++;
    doc->texts_unread = true;
    xxgk_check(doc, &(xxgk_check_options){.cells_only = true});
    cli_allow(r->env, doc);
    if (r->format == 0)
        xxgk_export_csv(p->out, doc, &r->eo);
    else
        xxgk_export_jsonl(p->out, doc, &r->eo);
    xxgk_doc_free(doc);
}

int cmd_export(int argc, char **argv, const cli_env *env)
{
    static const char *const formats[] = {"csv", "jsonl", NULL};
    int format = 0, lang = env->lang, jobs = 1, first;
    bool bom = cli_take_flag(&argc, argv, "--bom");
    const char *labels = cli_take_value(&argc, argv, "--labels");
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, &jobs, &first, export_usage);
    if (r >= 0)
        return r;
    if (labels && strcmp(labels, "zh") != 0) {
        cli_tell(lang, "--labels takes zh, not '%s'", "--labels 只能是 zh，不是“%s”", labels);
        return EXIT_TROUBLE;
    }
    if (bom && format != 0) {
        cli_tell(lang, "--bom is for CSV (JSON lines have no byte order mark)", "--bom 只用于 CSV（jsonl 格式没有字节顺序标记）");
        return EXIT_TROUBLE;
    }
    xxgk_export_options eo = {bom, labels != NULL};
    /* a folder stands for the reports in it, as for panel (before the
     * header: a folder that cannot be listed is said first) */
    cli_inputs files;
    if (!cli_inputs_expand(&files, argv + first, (size_t)(argc - first), lang))
        return EXIT_TROUBLE;
    /* only the parse's errors are printed: no other finding's text is made */
    export_run run = {files.paths, format, env, {.lang = lang, .texts_errors_only = true}, cli_use_color(env, stderr),
                      env->quiet, eo};
    if (format == 0)
        xxgk_export_csv_header(stdout, &eo);
    job_files f = {files.n, cli_jobs_for(jobs, (int)files.n, files.paths, 0), export_one, NULL, &run, stdout,
                   stderr, {0}, 0, 0};
    job_files_run(&f);
    bool listed = !files.trouble;
    cli_inputs_free(&files);
    if (f.total[N_TROUBLE] || f.lost || !listed)
        return EXIT_TROUBLE;
    return f.total[N_WITH_ERRORS] ? EXIT_FINDINGS : EXIT_CLEAN;
}
