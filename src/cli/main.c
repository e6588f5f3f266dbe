/* xxgk: the command line. Each subcommand lives in src/cli_*.c. */
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"
#include "doc.h"

static const struct {
    const char *name;
    int (*run)(int, char **, const cli_env *);
    const char *what;
} commands[] = {
    {"parse", cmd_parse, "print the syntax tree of reports"},
    {"export", cmd_export, "print every table cell as CSV or JSON lines"},
    {"check", cmd_check, "parse and validate: every identity of the template"},
    {"corpus", cmd_corpus, "run the golden corpus, or statistics over a folder"},
    {"diff", cmd_diff, "structural diff of two years' reports"},
    {"panel", cmd_panel, "one row per report, one column per template cell"},
    {"text", cmd_text, "print the text xxgk reads from a file (HTML, .docx, PDF, any encoding)"},
};

static void usage(FILE *f)
{
    fputs("usage: xxgk COMMAND [OPTIONS] FILE...\n\n"
          "Reads 政府信息公开工作年度报告 strictly, by a formal grammar.\n\ncommands:\n",
          f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].what);
    fputs("  help     'xxgk help COMMAND' prints that command's help\n"
          "  explain  'xxgk explain CODE' prints the documentation of a diagnostic code\n",
          f);
    fputs("\nEvery command takes\n"
          "  --encoding NAME  auto, utf-8, gb18030, gbk, gb2312, big5, utf-16le,\n"
          "                   utf-16be: auto reads UTF-8, decodes GB18030/GBK and Big5\n"
          "                   with a note (L008, L009), UTF-16 with a byte-order\n"
          "                   mark too (L038), and refuses UTF-16 without a mark\n"
          "                   with one clear error\n"
          "  --input KIND     auto, text, html, docx, pdf, doc: auto knows HTML pages,\n"
          "                   Word .docx and .doc files and PDFs by their content\n"
          "  --lang en|zh     language of the messages; LANG=zh_CN… gives zh\n"
          "  --color WHEN     auto (on a terminal, not with NO_COLOR), always or never\n"
          "  -o FILE          write the output to FILE (put in place at the end)\n"
          "  -q, --quiet      print nothing; the exit status tells\n"
          "  --allow CODE     drop the findings of CODE (V404 or V404,V203; repeatable)\n"
          "'xxgk help COMMAND' or 'xxgk COMMAND --help' describes a command.\n"
          "'-' reads standard input; '--' ends the options. Exit status: 0 clean,\n"
          "1 findings (errors), 2 usage or I/O trouble.\n",
          f);
}

/* --lang en|zh given to help or explain, which read no report: taken out
 * of argv, as every command takes it (xxgk --help says so); false, with
 * the message, for an unknown language. */
static bool take_lang(int *argc, char **argv, int *lang)
{
    const char *l = cli_take_value(argc, argv, "--lang");
    if (!l)
        return true;
    int k = cli_lang(l);
    if (k < 0) {
        cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_LANG, cli_default_lang()), l);
        return false;
    }
    *lang = k;
    return true;
}

/* xxgk explain CODE: the code's section of docs/diagnostics.md, built in
 * (xxgk_code_doc), as `rustc --explain` does. */
static int explain(int argc, char **argv, const cli_env *env)
{
    int lang = env ? env->lang : XXGK_LANG_EN;
    if (!take_lang(&argc, argv, &lang))
        return EXIT_TROUBLE;
    if (argc != 3 || strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) {
        fputs("usage: xxgk explain CODE\n"
              "Print the documentation of a diagnostic code (docs/diagnostics.md): when it\n"
              "fires, an example, why it matters and how to fix the report.\n",
              argc == 3 ? stdout : stderr);
        return argc == 3 ? EXIT_CLEAN : EXIT_TROUBLE;
    }
    char code[8] = {0};
    for (size_t i = 0; argv[2][i] && i < sizeof code - 1; i++)
        code[i] = (char)(argv[2][i] >= 'a' && argv[2][i] <= 'z' ? argv[2][i] - 'a' + 'A' : argv[2][i]);
    const char *heading, *anchor;
    int c = strlen(argv[2]) < sizeof code ? xxgk_code_by_name(code) : -1;
    const char *doc = c >= 0 ? xxgk_code_doc(c, &heading, &anchor) : NULL;
    if (!doc) {
        cli_tell(lang, "unknown diagnostic code '%s' (docs/diagnostics.md lists them)",
                 "未知诊断代码“%s”（docs/diagnostics.md 列出了全部代码）", argv[2]);
        return EXIT_TROUBLE;
    }
    (void)anchor;
    printf("%s\n\n", heading);
    char shown[1024];
    if (lang == XXGK_LANG_ZH) /* the message as --lang zh prints it, each value "…" as SARIF's rules show them; the documentation is in English */
        printf("消息：%s\n\n", doc_code_pattern(c, XXGK_LANG_ZH, shown, sizeof shown));
    printf("%s\n", doc);
    return EXIT_CLEAN;
}

/* xxgk help [COMMAND]: the program's help, or COMMAND --help. */
static int help(int argc, char **argv, const cli_env *env)
{
    int lang = env ? env->lang : XXGK_LANG_EN;
    if (!take_lang(&argc, argv, &lang))
        return EXIT_TROUBLE;
    if (argc < 3 || strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) {
        usage(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(argv[2], "explain") == 0) {
        char *a[] = {argv[0], "explain", "--help", NULL};
        return explain(3, a, env);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[2], commands[i].name) == 0) {
            char *a[] = {argv[2], "--help", NULL};
            return commands[i].run(2, a, env);
        }
    cli_tell(lang, "unknown command '%s'", "未知命令“%s”", argv[2]);
    usage(stderr);
    return EXIT_TROUBLE;
}

/* The encoding when no --encoding is given: $XXGK_ENCODING when it names
 * one, else auto. */
static int env_encoding(void)
{
    const char *e = getenv("XXGK_ENCODING");
    int enc = e && *e ? cli_encoding(e) : CLI_ENC_AUTO;
    return enc < 0 ? CLI_ENC_AUTO : enc;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* one document after another frees its arena and makes the next: by
     * default glibc gives the top of the heap back to the kernel each time
     * and faults it in again (a tenth of `check` in perf). Keep up to 64
     * MiB; the peak is what the largest document needs either way. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
    /* diagnostics are many small writes: buffer them (flushed at exit) */
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
    /* --encoding, --input, --color, -o, --quiet, --allow hold for every
     * command, before or after its name */
    cli_env env = {env_encoding(), XXGK_INPUT_AUTO, CLI_COLOR_AUTO, false, cli_default_lang(), 0, {0},
                   cli_pdf_env(), NULL};
    cli_output out = {0};
    int st = cli_global_options(&argc, argv, &env, &out);
    if (st >= 0)
        return st;
    if (argc < 2) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return cli_output_end(&out, EXIT_CLEAN); /* a full stdout: exit 2, said */
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("xxgk %s\n", XXGK_VERSION);
        return cli_output_end(&out, EXIT_CLEAN);
    }
    int (*run)(int, char **, const cli_env *) = NULL;
    bool whole = false; /* help and explain take the whole argv, commands their own */
    if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "explain") == 0) {
        run = argv[1][0] == 'h' ? help : explain;
        whole = true;
    }
    for (size_t i = 0; !run && i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            run = commands[i].run;
    if (!run) {
        cli_tell(env.lang, "unknown command '%s'", "未知命令“%s”", argv[1]);
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (cli_output_names_input(&env, &out, argc - 1, argv + 1) || !cli_output_begin(&env, &out))
        return EXIT_TROUBLE;
    st = whole ? run(argc, argv, &env) : run(argc - 1, argv + 1, &env);
    return cli_output_end(&out, st);
}
