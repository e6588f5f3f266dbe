/* What the subcommands share: reading inputs, colour, languages. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool cli_read_file(const char *path, char **buf, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "xxgk: %s: %s\n", path, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "xxgk: %s: is a directory\n", path);
        if (f != stdin)
            fclose(f);
        return false;
    }
    size_t cap = (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
                     ? (size_t)st.st_size + 1
                     : 1 << 16;
    char *b = malloc(cap);
    size_t n = 0;
    if (!b) {
        fprintf(stderr, "xxgk: %s: out of memory\n", path);
        if (f != stdin)
            fclose(f);
        return false;
    }
    for (;;) {
        if (n == cap) {
            if (cap > ((size_t)4 << 30)) {
                fprintf(stderr, "xxgk: %s: larger than 4 GiB\n", path);
                free(b);
                if (f != stdin)
                    fclose(f);
                return false;
            }
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                fprintf(stderr, "xxgk: %s: out of memory\n", path);
                free(b);
                if (f != stdin)
                    fclose(f);
                return false;
            }
            b = nb;
            cap *= 2;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    bool err = ferror(f);
    int e = errno;
    if (f != stdin)
        fclose(f);
    if (err) {
        fprintf(stderr, "xxgk: %s: %s\n", path, strerror(e));
        free(b);
        return false;
    }
    *buf = b;
    *len = n;
    return true;
}

xxgk_doc *cli_load(const char *path, const xxgk_options *opts)
{
    char *buf;
    size_t len;
    if (!cli_read_file(path, &buf, &len))
        return NULL;
    if (len > UINT32_MAX - 16) {
        fprintf(stderr, "xxgk: %s: larger than 4 GiB, the limit of byte offsets\n", path);
        free(buf);
        return NULL;
    }
    xxgk_doc *doc = xxgk_parse(strcmp(path, "-") == 0 ? "<stdin>" : path, buf, len, opts);
    free(buf);
    if (!doc)
        fprintf(stderr, "xxgk: %s: out of memory\n", path);
    return doc;
}

bool cli_use_color(FILE *f)
{
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc)
        return false;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return false;
    return isatty(fileno(f));
}

int cli_lang(const char *s)
{
    if (strcmp(s, "en") == 0)
        return XXGK_LANG_EN;
    if (strcmp(s, "zh") == 0)
        return XXGK_LANG_ZH;
    return -1;
}
