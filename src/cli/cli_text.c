/* xxgk text: the text xxgk reads from a file, the one every line:col
 * refers to: a PDF's text rebuilt from its word boxes, a GB18030 or UTF-16
 * file converted to UTF-8, a UTF-8 file as it is. */
#include <stdlib.h>

#include "cli.h"

static void text_usage(FILE *f)
{
    fputs("usage: xxgk text [--lang en|zh] FILE...\n"
          "Print the text xxgk reads from each file, the text that line:col in\n"
          "every diagnostic and exported cell count in: for a PDF the rows\n"
          "rebuilt from pdftotext's word boxes (TAB between cells). Exit 0,\n"
          "or 2 when a file cannot be read.\n",
          f);
}

int cmd_text(int argc, char **argv, const cli_env *env)
{
    static const char *const formats[] = {"text", NULL};
    int format = 0, lang = XXGK_LANG_EN, first;
    int r = cli_options(argc, argv, formats, &format, &lang, NULL, NULL, NULL, &first, text_usage);
    if (r >= 0)
        return r;
    int status = EXIT_CLEAN;
    xxgk_options opts = {.lang = lang};
    for (int i = first; i < argc; i++) {
        xxgk_doc *doc = cli_load_as(argv[i], &opts, env->encoding);
        if (!doc) {
            status = EXIT_TROUBLE;
            continue;
        }
        size_t len;
        const uint8_t *src = xxgk_doc_source(doc, &len);
        fwrite(src, 1, len, stdout);
        xxgk_doc_free(doc);
    }
    return status;
}
