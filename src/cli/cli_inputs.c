/* The inputs a command names: a file stands for itself, a folder for the
 * reports in it. One definition for every command that takes a folder
 * (check, export, panel; corpus --stat lists its folder the same way):
 * corpus_list_inputs, the regular files named *.txt, *.text, *.htm,
 * *.html, *.pdf, *.docx or *.doc (case ignored), sorted bytewise, not recursive. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "corpus.h"
#include "vec.h"

static bool is_folder(const char *path)
{
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool push(cli_inputs *in, size_t *cap, char *path)
{
    if (!path || !vec_reserve(&in->paths, in->n, cap, sizeof *in->paths)) {
        free(path);
        return false;
    }
    in->paths[in->n++] = path;
    return true;
}

bool cli_inputs_expand(cli_inputs *in, char *const *names, size_t n, int lang)
{
    *in = (cli_inputs){NULL, 0, false};
    size_t cap = 0;
    char why[128];
    for (size_t i = 0; i < n; i++) {
        if (!is_folder(names[i])) {
            if (!push(in, &cap, strdup(names[i])))
                goto no_memory;
            continue;
        }
        size_t k = 0;
        char **reports = corpus_list_inputs(names[i], &k);
        if (!reports) {
            cli_say(stderr, names[i], cli_text(CLI_T_CANNOT_LIST, lang), cli_errno_text(errno, lang, why, sizeof why));
            in->trouble = true;
            continue;
        }
        if (!k)
            cli_say(stderr, names[i], "%s", cli_text(CLI_T_NO_REPORTS, lang));
        bool ok = true;
        for (size_t j = 0; j < k && ok; j++)
            ok = push(in, &cap, corpus_path(names[i], reports[j]));
        corpus_list_free(reports, k);
        if (!ok)
            goto no_memory;
    }
    return true;
no_memory:
    cli_say(stderr, NULL, "%s", cli_text(CLI_T_NO_MEMORY, lang));
    cli_inputs_free(in);
    return false;
}

void cli_inputs_free(cli_inputs *in)
{
    for (size_t i = 0; i < in->n; i++)
        free(in->paths[i]);
    free(in->paths);
    *in = (cli_inputs){NULL, 0, false};
}
