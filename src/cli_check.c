/* xxgk check: parse, validate, and print every finding.
 *
 * Human output goes the way GCC and rustc print (src/diag_print.c) with a
 * closing summary line; json is one object per file and line; sarif is one
 * SARIF 2.1.0 log for the whole run. Exit 0 without errors, 1 with errors
 * (with --strict warnings count as errors), 2 for usage or I/O trouble. */
#include <string.h>

#include "check.h"
#include "cli.h"

enum { FMT_HUMAN, FMT_JSON, FMT_SARIF };

static void usage(FILE *f)
{
    fputs("usage: xxgk check [--strict] [--format human|json|sarif] [--lang en|zh] FILE...\n"
          "Parse each report and check it against the template: arithmetic of the\n"
          "tables, values, structure, and consistency (docs/diagnostics.md lists\n"
          "every code). '-' reads standard input.\n"
          "  --strict   warnings count as errors; label variants are errors\n"
          "  --format   human (default), json (one object per file and line), sarif\n"
          "  --lang     language of the messages: en (default) or zh\n"
          "Exit 0 when no errors, 1 when there are errors, 2 for usage or I/O problems.\n",
          f);
}

typedef struct opts {
    bool strict;
    int format, lang;
    int first; /* index of the first file */
} opts;

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, opts *o)
{
    static const char *const formats[] = {"human", "json", "sarif", NULL};
    return cli_options(argc, argv, formats, &o->format, &o->lang, "--strict", &o->strict, &o->first,
                       usage);
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

int cmd_check(int argc, char **argv)
{
    opts o = {false, FMT_HUMAN, XXGK_LANG_EN, 0};
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0)
        return rc;
    xxgk_options popts = {o.lang};
    xxgk_check_options copts = {o.strict};
    bool color = o.format == FMT_HUMAN && cli_use_color(stdout);
    bool trouble = false;
    size_t errors = 0, warnings = 0, notes = 0, files = 0;
    xxgk_sarif sarif;
    if (o.format == FMT_SARIF)
        xxgk_sarif_begin(&sarif, stdout);
    for (int i = o.first; i < argc; i++) {
        xxgk_doc *doc = cli_load(argv[i], &popts);
        if (!doc) {
            trouble = true;
            continue;
        }
        xxgk_check(doc, &copts);
        files++;
        errors += xxgk_doc_count(doc, XXGK_ERROR);
        warnings += xxgk_doc_count(doc, XXGK_WARNING);
        notes += xxgk_doc_count(doc, XXGK_NOTE);
        if (o.format == FMT_HUMAN)
            xxgk_print_diags(stdout, doc, color);
        else if (o.format == FMT_JSON)
            xxgk_print_diags_jsonl(stdout, doc);
        else
            xxgk_sarif_add(&sarif, doc);
        xxgk_doc_free(doc);
    }
    if (o.format == FMT_SARIF)
        xxgk_sarif_end(&sarif);
    if (o.format == FMT_HUMAN)
        summary(stdout, o.lang, errors, warnings, notes, files);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("xxgk: error writing the output\n", stderr);
        return EXIT_TROUBLE;
    }
    if (trouble)
        return EXIT_TROUBLE;
    return errors || (o.strict && warnings) ? EXIT_FINDINGS : EXIT_CLEAN;
}
