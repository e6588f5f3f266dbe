/* xxgk diff: structural diff of two or more years' reports (docs/diff.md). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"

static void diff_usage(FILE *f)
{
    fputs("usage: xxgk diff [--format human|json] [--only-changes] [--lang en|zh] OLD NEW [MORE...]\n"
          "Compare reports of one agency by structure: sections by their canonical id,\n"
          "sub-headings and paragraphs by folded text (traditional = simplified), every\n"
          "table cell by (table, row, column), with the cross-year checks (上年结转 against\n"
          "last year's 结转下年度, 现行有效件数 stock and flow). With more than two files,\n"
          "each is compared with the one before it.\n"
          "  --format human|json  human (default) or one JSON object per pair (an array\n"
          "                       of them for three files or more)\n"
          "  --only-changes       hide what is equal (sections, mapped rows, passed checks)\n"
          "  --lang en|zh         language of the human format\n"
          "Exit 0 when nothing changed, 1 when something did, 2 on trouble.\n",
          f);
}

typedef struct opts {
    int format; /* 0 human, 1 json */
    bool only_changes;
    int lang;
    int nfiles;
    char **files;
} opts;

/* Options may stand anywhere before "--"; the rest are files. Returns -1
 * to go on, else the exit status. */
static int parse_args(int argc, char **argv, opts *o)
{
    o->files = calloc((size_t)argc, sizeof *o->files);
    if (!o->files) {
        fputs("xxgk: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    bool rest = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (rest || a[0] != '-' || !a[1]) {
            o->files[o->nfiles++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            rest = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            diff_usage(stdout);
            return EXIT_CLEAN;
        } else if (strcmp(a, "--only-changes") == 0) {
            o->only_changes = true;
        } else if (strcmp(a, "--format") == 0 || strncmp(a, "--format=", 9) == 0) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(v, "human") == 0)
                o->format = 0;
            else if (strcmp(v, "json") == 0)
                o->format = 1;
            else {
                fprintf(stderr, "xxgk: unknown format '%s' (human or json)\n", v);
                return EXIT_TROUBLE;
            }
        } else if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0) {
            const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : "");
            if ((o->lang = cli_lang(v)) < 0) {
                fprintf(stderr, "xxgk: unknown language '%s' (en or zh)\n", v);
                return EXIT_TROUBLE;
            }
        } else {
            fprintf(stderr, "xxgk: unknown option '%s'\n", a);
            diff_usage(stderr);
            return EXIT_TROUBLE;
        }
    }
    if (o->nfiles < 2) {
        fputs("xxgk diff: needs at least two files\n", stderr);
        diff_usage(stderr);
        return EXIT_TROUBLE;
    }
    return -1;
}

/* Load every file first: trouble with any one means no output at all. */
static bool load_all(const opts *o, const cli_env *env, xxgk_doc **docs)
{
    xxgk_options po = {.lang = o->lang};
    for (int i = 0; i < o->nfiles; i++) {
        docs[i] = cli_load_as(o->files[i], &po, env);
        if (!docs[i])
            return false;
        const xxgk_report *r = xxgk_doc_report(docs[i]);
        if (!r || !r->sections) {
            fprintf(stderr, "xxgk: %s: does not read as an annual report (no section heading found)\n",
                    o->files[i]);
            return false;
        }
    }
    return true;
}

int cmd_diff(int argc, char **argv, const cli_env *env)
{
    opts o = {0, false, XXGK_LANG_EN, 0, NULL};
    int st = parse_args(argc, argv, &o);
    if (st >= 0) {
        free(o.files);
        return st;
    }
    xxgk_doc **docs = calloc((size_t)o.nfiles, sizeof *docs);
    if (!docs) {
        free(o.files);
        fputs("xxgk: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    int status = EXIT_CLEAN;
    if (!load_all(&o, env, docs))
        status = EXIT_TROUBLE;
    diff_print_opts po = {cli_use_color(stdout), o.only_changes, o.lang};
    bool series = o.nfiles > 2;
    if (status != EXIT_TROUBLE && o.format == 1 && series)
        fputs("[\n", stdout);
    for (int i = 0; status != EXIT_TROUBLE && i + 1 < o.nfiles; i++) {
        diff_result *d = diff_reports(docs[i], docs[i + 1]);
        if (!d) {
            fputs("xxgk: out of memory\n", stderr);
            status = EXIT_TROUBLE;
            break;
        }
        if (o.format == 1) {
            if (series && i)
                fputs(",\n", stdout);
            diff_print_json(stdout, d);
            if (!series)
                fputc('\n', stdout);
        } else {
            if (i)
                fputc('\n', stdout);
            diff_print_human(stdout, d, &po);
        }
        if (diff_changed(d))
            status = EXIT_FINDINGS;
        diff_free(d);
    }
    if (status != EXIT_TROUBLE && o.format == 1 && series)
        fputs("\n]\n", stdout);
    for (int i = 0; i < o.nfiles; i++)
        xxgk_doc_free(docs[i]);
    free(docs);
    free(o.files);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("xxgk: error writing the output\n", stderr);
        return EXIT_TROUBLE;
    }
    return status;
}
