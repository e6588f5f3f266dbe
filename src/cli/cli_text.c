/* xxgk text FILE...: the text xxgk reads from each file, as the grammar
 * sees it (one table row per line, a TAB between cells), so a user can see
 * what an HTML page, a .docx or a GBK file became. */
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fputs("usage: xxgk text [--input KIND] [--encoding NAME] FILE...\n\n"
          "Prints the text xxgk reads from each file: an HTML page, a Word .docx\n"
          "or a PDF (its rows rebuilt from pdftotext's word boxes) as lines (a\n"
          "table row per line, TAB between cells; line:col in every diagnostic\n"
          "and exported cell of a PDF count in this text), text in GB18030,\n"
          "GBK or Big5 decoded to UTF-8. With several files, each starts with a\n"
          "line '==> FILE <=='. Exit status: 0, or 2 when a file cannot be read.\n",
          f);
}

int cmd_text(int argc, char **argv, const cli_env *env)
{
    int first = 1;
    for (; first < argc; first++) {
        if (strcmp(argv[first], "--help") == 0 || strcmp(argv[first], "-h") == 0) {
            usage(stdout);
            return EXIT_CLEAN;
        }
        if (strcmp(argv[first], "--") == 0) {
            first++;
            break;
        }
        if (argv[first][0] != '-' || !argv[first][1])
            break;
        cli_tell(env->lang, "unknown option '%s'", "未知选项“%s”", argv[first]);
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (first >= argc) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    int status = EXIT_CLEAN;
    xxgk_options opts = {.lang = env->lang}; /* the reasons in the messages' language */
    for (int i = first; i < argc; i++) {
        xxgk_input in;
        if (!cli_read_input(argv[i], &opts, env, &in, stderr)) {
            status = EXIT_TROUBLE;
            continue;
        }
        if (argc - first > 1)
            printf("%s==> %s <==\n", i > first ? "\n" : "", argv[i]);
        fwrite(in.text, 1, in.len, stdout);
        xxgk_input_free(&in);
    }
    return status;
}
