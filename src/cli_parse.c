/* xxgk parse / xxgk export */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
    fputs("usage: xxgk export [--format csv|jsonl] [--lang en|zh] FILE...\n"
          "Print every table cell, one record each, with the fields\n"
          "file,agency,year,template,table,row,column,value,unit,line,col\n"
          "Parse errors go to stderr. Exit 0 when every file parsed without\n"
          "errors, 1 when one has errors, 2 for usage or I/O problems.\n",
          f);
}

int cmd_parse(int argc, char **argv)
{
    static const char *const formats[] = {"tree", "json", NULL};
    int format = 0, lang = XXGK_LANG_EN, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, &first, parse_usage);
    if (r >= 0)
        return r;
    xxgk_options opts = {lang};
    int status = EXIT_CLEAN;
    bool color = cli_use_color(stderr);
    for (int i = first; i < argc; i++) {
        xxgk_doc *doc = cli_load(argv[i], &opts);
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

int cmd_export(int argc, char **argv)
{
    static const char *const formats[] = {"csv", "jsonl", NULL};
    int format = 0, lang = XXGK_LANG_EN, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, &first, export_usage);
    if (r >= 0)
        return r;
    xxgk_options opts = {lang};
    int status = EXIT_CLEAN;
    bool color = cli_use_color(stderr);
    if (format == 0)
        xxgk_export_csv_header(stdout);
    for (int i = first; i < argc; i++) {
        xxgk_doc *doc = cli_load(argv[i], &opts);
        if (!doc) {
            status = EXIT_TROUBLE;
            continue;
        }
        if (format == 0)
            xxgk_export_csv(stdout, doc);
        else
            xxgk_export_jsonl(stdout, doc);
        for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
            if (d->severity == XXGK_ERROR)
                xxgk_print_diag(stderr, doc, d, color);
        if (xxgk_doc_count(doc, XXGK_ERROR) && status == EXIT_CLEAN)
            status = EXIT_FINDINGS;
        xxgk_doc_free(doc);
    }
    return status;
}
