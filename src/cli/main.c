/* xxgk: the command line. Each subcommand lives in src/cli/cli_*.c. */
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"

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
    {"text", cmd_text, "print the text xxgk reads from a file (HTML, .docx, PDF, any encoding)"},
};

static void usage(FILE *f)
{
    fputs("usage: xxgk COMMAND [OPTIONS] FILE...\n\n"
          "Reads 政府信息公开工作年度报告 strictly, by a formal grammar.\n\ncommands:\n",
          f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].what);
    fputs("\nEvery command takes --encoding NAME (auto, utf-8, gb18030, gbk, gb2312,\n"
          "big5, utf-16le, utf-16be): auto reads UTF-8, decodes GB18030/GBK and Big5\n"
          "with a note (L008, L009) and refuses UTF-16 with one clear error; and\n"
          "--input KIND (auto, text, html, docx): auto knows HTML pages and Word\n"
          ".docx files by their content.\n"
          "'xxgk COMMAND --help' describes a command. Exit status: 0 clean,\n"
          "1 findings (errors), 2 usage or I/O trouble.\n",
          f);
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
    if (argc < 2) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("xxgk %s\n", XXGK_VERSION);
        return EXIT_CLEAN;
    }
    /* --encoding NAME and --input KIND hold for every command: take them
     * out here and hand them to the command; without --encoding,
     * $XXGK_ENCODING, else auto */
    cli_env env = {env_encoding(), XXGK_INPUT_AUTO};
    int n = 1;
    for (int i = 1; i < argc; i++) {
        const char *val = NULL, *kval = NULL;
        if (strncmp(argv[i], "--encoding=", 11) == 0)
            val = argv[i] + 11;
        else if (strcmp(argv[i], "--encoding") == 0 && i + 1 < argc)
            val = argv[++i];
        else if (strncmp(argv[i], "--input=", 8) == 0)
            kval = argv[i] + 8;
        else if (strcmp(argv[i], "--input") == 0 && i + 1 < argc)
            kval = argv[++i];
        if (kval) {
            if ((env.input = xxgk_input_kind_by_name(kval)) < 0) {
                fprintf(stderr, "xxgk: unknown input kind '%s' (auto, text, html, docx)\n", kval);
                return EXIT_TROUBLE;
            }
            continue;
        }
        if (!val) {
            argv[n++] = argv[i];
            continue;
        }
        if ((env.encoding = cli_encoding(val)) == -1) {
            fprintf(stderr, "xxgk: unknown encoding '%s' (auto, utf-8, gb18030, gbk, gb2312, big5, utf-16le, utf-16be)\n", val);
            return EXIT_TROUBLE;
        }
    }
    argc = n;
    argv[argc] = NULL;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1, &env);
    fprintf(stderr, "xxgk: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EXIT_TROUBLE;
}
