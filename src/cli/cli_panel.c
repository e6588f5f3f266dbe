/* xxgk panel: one row per report over folders and files (src/corpus/panel.h,
 * docs/formats.md). Only the command line lives here: the options, which
 * files a folder holds, and where the output goes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "corpus.h"
#include "panel.h"

static void usage(FILE *f)
{
    fputs("usage: xxgk panel [--format csv|jsonl] [-o OUT] DIR|FILE...\n"
          "       xxgk panel --format sqlite OUT DIR|FILE...\n"
          "One row per report: file, agency, agency_key, year, template, status,\n"
          "errors, warnings, then one column per cell of the template\n"
          "(table.row.column), money in 10^4 yuan (万元) whatever the report\n"
          "printed; a cell a parse error doubts has no value and is listed in\n"
          "doubted (also: unconverted, empty). A folder stands for the reports\n"
          "in it, by name:\n"
          "its *.txt, *.text, *.htm, *.html, *.pdf, *.docx and *.doc files, case ignored.\n"
          "  --format csv     (default) to standard output, or to OUT with -o\n"
          "  --format jsonl   one JSON object per report\n"
          "  --format sqlite OUT  a database with the tables reports, cells and\n"
          "                   diagnostics (docs/formats.md); -o OUT names it too\n"
          "Exit 0 when every file was read, 2 when one could not be (its row says\n"
          "unreadable) or on usage or I/O trouble.\n",
          f);
}

typedef struct opts {
    int format;
    const char *out;
    char **inputs;
    int ninputs;
} opts;

static int format_of(const char *v)
{
    if (strcmp(v, "csv") == 0)
        return PANEL_CSV;
    if (strcmp(v, "jsonl") == 0)
        return PANEL_JSONL;
    if (strcmp(v, "sqlite") == 0)
        return PANEL_SQLITE;
    return -1;
}

/* Is PATH an SQLite database (its first 16 bytes "SQLite format 3\0")?
 * No report is one, so after `--format sqlite` it is a second OUT. */
static bool is_database(const char *path)
{
    char head[16];
    FILE *f = fopen(path, "rb");
    bool db = f && fread(head, 1, sizeof head, f) == sizeof head && memcmp(head, "SQLite format 3", 16) == 0;
    if (f)
        fclose(f);
    return db;
}

/* `--format sqlite a.db -o b.db`: which one is meant is not guessed;
 * nothing is written. */
static int two_databases(int lang)
{
    cli_tell(lang, "panel: two database paths (OUT after sqlite and -o OUT): give one",
             "panel：两个数据库路径（sqlite 后的 OUT 和 -o OUT）：只给一个");
    return EXIT_TROUBLE;
}

/* --format F (with OUT right after it for sqlite), -o OUT, --help; the
 * rest are inputs. Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, opts *o, int lang)
{
    bool rest = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (rest || a[0] != '-' || !a[1]) {
            o->inputs[o->ninputs++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            rest = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return EXIT_CLEAN;
        } else if (strcmp(a, "--format") == 0 || strncmp(a, "--format=", 9) == 0) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : "");
            if ((o->format = format_of(v)) < 0) {
                cli_tell(lang, "unknown format '%s' (csv, jsonl or sqlite)", "未知格式“%s”（可用 csv、jsonl 或 sqlite）", v);
                return EXIT_TROUBLE;
            }
            if (o->format == PANEL_SQLITE && i + 1 < argc && argv[i + 1][0] != '-') {
                if (!o->out)
                    o->out = argv[++i];
                else if (is_database(argv[i + 1]))
                    return two_databases(lang);
            }
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            o->out = argv[++i];
        } else {
            cli_tell(lang, "unknown option '%s'", "未知选项“%s”", a);
            usage(stderr);
            return EXIT_TROUBLE;
        }
    }
    if (!o->ninputs || (o->format == PANEL_SQLITE && !o->out)) {
        bool zh = lang == XXGK_LANG_ZH;
        fputs(o->ninputs ? (zh ? "xxgk panel: --format sqlite 需要数据库文件的路径\n"
                               : "xxgk panel: --format sqlite needs the database's path\n")
                         : (zh ? "xxgk panel: 需要一个文件夹或文件\n" : "xxgk panel: needs a folder or files\n"),
              stderr);
        usage(stderr);
        return EXIT_TROUBLE;
    }
    return -1;
}

/* Read, check and add one file; false when it could not be read. */
static bool add_file(panel *p, const char *path, const cli_env *env, bool *write_ok)
{
    xxgk_options po = {.lang = env->lang};
    xxgk_check_options co = {0};
    xxgk_doc *doc = cli_load_as(path, &po, env);
    if (doc)
        xxgk_check(doc, &co);
    if (!panel_add(p, path, doc))
        *write_ok = false;
    xxgk_doc_free(doc);
    return doc != NULL;
}

int cmd_panel(int argc, char **argv, const cli_env *env)
{
    opts o = {PANEL_CSV, NULL, calloc((size_t)argc, sizeof(char *)), 0};
    if (!o.inputs) {
        cli_tell(env->lang, "out of memory", "内存不足");
        return EXIT_TROUBLE;
    }
    o.out = env->db; /* -o DB with --format sqlite */
    int st = parse_args(argc, argv, &o, env->lang);
    if (st >= 0) {
        free(o.inputs);
        return st;
    }
    FILE *out = stdout;
    if (o.out && o.format != PANEL_SQLITE && !(out = fopen(o.out, "w"))) {
        char why[128];
        cli_tell(env->lang, "%s: cannot write: %s", "%s：无法写入：%s", o.out, cli_errno_text(errno, env->lang, why, sizeof why));
        free(o.inputs);
        return EXIT_TROUBLE;
    }
    char err[512] = "";
    panel *p = panel_open(o.format, out, o.out, env->lang, err, sizeof err);
    if (p && !env->quiet)
        panel_notes(p, stderr); /* the same agency and year twice */
    /* a folder stands for the reports in it (cli_inputs_expand: the same
     * files check and export read) */
    cli_inputs files = {NULL, 0, false};
    bool write_ok = p != NULL, read_ok = p && cli_inputs_expand(&files, o.inputs, (size_t)o.ninputs, env->lang);
    read_ok = read_ok && !files.trouble;
    for (size_t i = 0; p && i < files.n && write_ok; i++)
        read_ok = add_file(p, files.paths[i], env, &write_ok) && read_ok;
    cli_inputs_free(&files);
    if (p && !panel_close(p, err, sizeof err))
        write_ok = false;
    if (out != stdout && fclose(out) != 0)
        write_ok = false;
    /* standard output's trouble is said by main (cli_output_end), with
     * its reason; the database's and the panel's own here */
    if (!write_ok && !(out == stdout && ferror(stdout)))
        cli_say(stderr, NULL, "%s", *err ? err : cli_text(CLI_T_WRITE_ERROR, env->lang));
    free(o.inputs);
    return write_ok && read_ok ? EXIT_CLEAN : EXIT_TROUBLE;
}
