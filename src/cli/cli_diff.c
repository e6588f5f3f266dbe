/* xxgk diff: structural diff of two or more years' reports (docs/diff.md). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"
#include "html_page.h"

static void diff_usage(FILE *f)
{
    fputs("usage: xxgk diff [--format human|json|html] [--only-changes] [--lang en|zh] OLD NEW [MORE...]\n"
          "Compare reports of one agency by structure: sections by their canonical id,\n"
          "sub-headings and paragraphs by folded text (traditional = simplified), every\n"
          "table cell by (table, row, column), with the cross-year checks (上年结转 against\n"
          "last year's 结转下年度, 现行有效件数 stock and flow). With more than two files,\n"
          "each is compared with the one before it.\n"
          "  --format human|json|html  human (default), one JSON object {\"pairs\":[…]}\n"
          "                       with one object per consecutive pair of files, or one\n"
          "                       HTML page (tables, changes, checks; charts from three files)\n"
          "  --only-changes       hide what is equal (sections, mapped rows, passed checks)\n"
          "  --lang en|zh         language of the messages, the human format and the page\n"
          "'-' reads standard input; --encoding, --color, -o, -q, --allow: xxgk --help.\n"
          "A file that cannot be read or is no report is left out (said on stderr):\n"
          "its neighbours are compared with each other, and the exit status is 2.\n"
          "Exit 0 when nothing changed, 1 when something did, 2 on trouble.\n",
          f);
}

typedef struct opts {
    int format; /* 0 human, 1 json, 2 html */
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
            else if (strcmp(v, "html") == 0)
                o->format = 2;
            else {
                cli_tell(o->lang, "unknown format '%s' (human, json or html)", "未知格式“%s”（可用 human、json 或 html）", v);
                return EXIT_TROUBLE;
            }
        } else if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0) {
            const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : "");
            if ((o->lang = cli_lang(v)) < 0) {
                cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_LANG, cli_default_lang()), v);
                return EXIT_TROUBLE;
            }
        } else {
            cli_tell(o->lang, "unknown option '%s'", "未知选项“%s”", a);
            diff_usage(stderr);
            return EXIT_TROUBLE;
        }
    }
    if (o->nfiles < 2) {
        fputs(o->lang == XXGK_LANG_ZH ? "xxgk diff: 至少需要两个文件\n" : "xxgk diff: needs at least two files\n", stderr);
        diff_usage(stderr);
        return EXIT_TROUBLE;
    }
    return -1;
}

/* The files that read as reports, in order (a series with holes), and
 * why each other one does not. */
typedef struct series {
    xxgk_doc **docs; /* readable: n of them */
    int n;
    const char **unread; /* files that could not be read, or are no report */
    char **why;          /* the reason of each (malloc'd) */
    int nunread;
} series;

static bool is_unread(const series *s, const char *file)
{
    for (int k = 0; k < s->nunread; k++)
        if (s->unread[k] == file)
            return true;
    return false;
}

/* Load every file. One that cannot be read, or is no report (no section
 * heading), says why on stderr and is left out of the series: its
 * neighbours are compared with each other (docs/diff.md), and the exit
 * status is 2 after the pairs that could be made are printed. */
static void load_all(const opts *o, const cli_env *env, series *s)
{
    xxgk_options po = {.lang = o->lang};
    for (int i = 0; i < o->nfiles; i++) {
        char *why = NULL;
        xxgk_doc *doc = cli_load_why(o->files[i], &po, env, stderr, &why);
        const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
        if (doc && (!r || !r->sections)) {
            why = strdup(o->lang == XXGK_LANG_ZH ? "不像是年度报告（没有找到任何部分标题）"
                                                 : "does not read as an annual report (no section heading found)");
            fprintf(stderr, "xxgk: %s: %s\n", o->files[i], why ? why : "");
            xxgk_doc_free(doc);
            doc = NULL;
        }
        if (doc) {
            s->docs[s->n++] = doc;
            continue;
        }
        s->unread[s->nunread] = o->files[i];
        s->why[s->nunread++] = why;
    }
    /* what is compared instead: the neighbours of each file left out */
    for (int i = 0, k = 0; i < o->nfiles; i++) {
        bool left = k < s->nunread && s->unread[k] == o->files[i];
        if (!left)
            continue;
        k++;
        const char *before = NULL, *after = NULL;
        for (int j = i - 1; j >= 0 && !before; j--)
            if (!is_unread(s, o->files[j]))
                before = o->files[j];
        for (int j = i + 1; j < o->nfiles && !after; j++)
            if (!is_unread(s, o->files[j]))
                after = o->files[j];
        if (before && after)
            fprintf(stderr, o->lang == XXGK_LANG_ZH ? "xxgk diff: 未比较 %s：改为比较 %s 与 %s\n"
                                                    : "xxgk diff: %s left out: %s is compared with %s\n",
                    o->files[i], before, after);
        else
            fprintf(stderr, o->lang == XXGK_LANG_ZH ? "xxgk diff: 未比较 %s\n" : "xxgk diff: %s left out\n", o->files[i]);
    }
}

static void series_free(series *s)
{
    for (int i = 0; i < s->n; i++)
        xxgk_doc_free(s->docs[i]);
    for (int i = 0; i < s->nunread; i++)
        free(s->why[i]);
    free(s->docs);
    free(s->unread);
    free(s->why);
}

/* "unread":[{"file","reason"}] of JSON: the files left out. */
static void json_unread(const series *s)
{
    fputs(",\"unread\":[", stdout);
    for (int i = 0; i < s->nunread; i++) {
        fputs(i ? ",{\"file\":" : "{\"file\":", stdout);
        xxgk_json_string(stdout, s->unread[i], strlen(s->unread[i]));
        fputs(",\"reason\":", stdout);
        const char *w = s->why[i] ? s->why[i] : "cannot be read";
        xxgk_json_string(stdout, w, strlen(w));
        fputc('}', stdout);
    }
    fputc(']', stdout);
}

/* The HTML page needs every pair at once (the charts span the series). */
static int diff_html(const series *sr)
{
    size_t np = (size_t)sr->n - 1;
    diff_result **pairs = calloc(np, sizeof *pairs);
    int status = pairs ? EXIT_CLEAN : EXIT_TROUBLE;
    for (size_t i = 0; pairs && i < np; i++) {
        pairs[i] = diff_reports(sr->docs[i], sr->docs[i + 1]);
        if (!pairs[i]) {
            status = EXIT_TROUBLE;
            break;
        }
        if (diff_changed(pairs[i]))
            status = EXIT_FINDINGS;
    }
    if (status == EXIT_TROUBLE)
        fputs("xxgk: out of memory\n", stderr);
    else
        xxgk_html_diff(stdout, (const xxgk_doc *const *)sr->docs, (size_t)sr->n,
                       (const diff_result *const *)pairs);
    for (size_t i = 0; pairs && i < np; i++)
        diff_free(pairs[i]);
    free(pairs);
    return status;
}

/* Each readable file with the next one, human or JSON: the status. */
static int diff_pairs(const opts *o, const series *sr, const diff_print_opts *po)
{
    int status = EXIT_CLEAN;
    if (o->format == 1)
        fputs("{\"pairs\":[\n", stdout);
    for (int i = 0; i + 1 < sr->n; i++) {
        diff_result *d = diff_reports(sr->docs[i], sr->docs[i + 1]);
        if (!d) {
            fputs("xxgk: out of memory\n", stderr);
            return EXIT_TROUBLE;
        }
        if (o->format == 1) {
            if (i)
                fputs(",\n", stdout);
            diff_print_json(stdout, d);
        } else {
            if (i)
                fputc('\n', stdout);
            diff_print_human(stdout, d, po);
        }
        if (diff_changed(d))
            status = EXIT_FINDINGS;
        diff_free(d);
    }
    if (o->format == 1) {
        fputs("\n]", stdout);
        json_unread(sr);
        fputs("}\n", stdout);
    }
    return status;
}

int cmd_diff(int argc, char **argv, const cli_env *env)
{
    opts o = {0, false, env->lang, 0, NULL};
    int st = parse_args(argc, argv, &o);
    if (st >= 0) {
        free(o.files);
        return st;
    }
    series sr = {calloc((size_t)o.nfiles, sizeof *sr.docs), 0, calloc((size_t)o.nfiles, sizeof *sr.unread),
                 calloc((size_t)o.nfiles, sizeof *sr.why), 0};
    if (!sr.docs || !sr.unread || !sr.why) {
        series_free(&sr);
        free(o.files);
        fputs("xxgk: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    load_all(&o, env, &sr);
    diff_print_opts po = {cli_use_color(env, stdout), o.only_changes, o.lang};
    int status = EXIT_CLEAN;
    /* the pairs that can be made: JSON says which files were left out
     * even when none can */
    if (o.format == 2 && sr.n >= 2)
        status = diff_html(&sr);
    else if (o.format != 2 && (sr.n >= 2 || o.format == 1))
        status = diff_pairs(&o, &sr, &po);
    if (sr.nunread)
        status = EXIT_TROUBLE;
    series_free(&sr);
    free(o.files);
    if (fflush(stdout) != 0 || ferror(stdout))
        return EXIT_TROUBLE; /* said by main (cli_output_end), with its reason */
    return status;
}
