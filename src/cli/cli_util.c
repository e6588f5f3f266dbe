/* What the subcommands share: reading inputs, colour, languages. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "encoding.h"
#include "files.h"
#include "parse_input.h"

const char *cli_strerror(int e, char *buf, size_t size) { return file_strerror(e, buf, size); }

bool cli_read_file(const char *path, char **buf, size_t *len, FILE *err)
{
    char why[128];
    int e = file_read(path, true, buf, len);
    if (e == 0)
        return true;
    fprintf(err, "xxgk: %s: %s\n", path,
            e == EISDIR   ? "is a directory"
            : e == EFBIG  ? "larger than 4 GiB"
            : e == ENOMEM ? "out of memory"
                          : file_strerror(e, why, sizeof why));
    return false;
}

int cli_encoding(const char *name)
{
    if (strcmp(name, "auto") == 0)
        return CLI_ENC_AUTO;
    return xxgk_encoding_by_name(name);
}


/* A file that is not UTF-8 as a located message in the catalogue's words
 * (L006), for the inputs the parser itself would misread as a flood of
 * invalid bytes. */
static void not_utf8(FILE *err, const char *name, int enc, const xxgk_options *opts)
{
    int lang = opts ? opts->lang : XXGK_LANG_EN;
    const char *why = xxgk_encoding_describe(enc);
    int code = XXGK_L_NOT_UTF8;
    if (lang == XXGK_LANG_ZH)
        fprintf(err, "%s:1:1: 错误[%s]: 输入不是 UTF-8 文本（%s）\n", name, xxgk_code_name(code),
                enc == XXGK_ENC_GB18030   ? "像是 GB18030/GBK 编码；请加 --encoding gb18030 读取"
                : enc == XXGK_ENC_UTF16LE ? "像是 UTF-16LE 编码；请加 --encoding utf-16le 读取"
                : enc == XXGK_ENC_UTF16BE ? "像是 UTF-16BE 编码；请加 --encoding utf-16be 读取"
                                          : "是二进制数据，不是文本");
    else
        fprintf(err, "%s:1:1: error[%s]: the input is not UTF-8 text (%s)\n", name,
                xxgk_code_name(code), why ? why : "binary data, not text");
}

bool cli_read_input(const char *path, const xxgk_options *opts, const cli_env *env,
                    xxgk_input *in, FILE *err)
{
    char *buf;
    size_t len;
    memset(in, 0, sizeof *in);
    if (!cli_read_file(path, &buf, &len, err))
        return false;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    /* auto: the front end sniffs (GB18030 and Big5 are decoded with a
     * note); UTF-16 and binary junk stop here with one L006, exit 2 */
    bool ok = xxgk_input_read(in, (const uint8_t *)buf, len, env ? env->input : XXGK_INPUT_AUTO,
                              !env || env->encoding == CLI_ENC_AUTO ? -1 : env->encoding);
    free(buf);
    if (!ok) {
        if (in->error_code)
            cli_input_error(err, name, opts ? opts->lang : XXGK_LANG_EN, in);
        else if (in->error[0])
            fprintf(err, "xxgk: %s: %s\n", path, in->error);
        else
            not_utf8(err, name, in->encoding, opts);
        xxgk_input_free(in);
    }
    return ok;
}

xxgk_doc *cli_load_to(const char *path, const xxgk_options *opts, const cli_env *env, FILE *err)
{
    xxgk_input in;
    if (!cli_read_input(path, opts, env, &in, err))
        return NULL;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    xxgk_doc *doc = xxgk_parse_input(name, &in, opts);
    xxgk_input_free(&in);
    if (!doc)
        fprintf(err, "xxgk: %s: out of memory\n", path);
    return doc;
}

xxgk_doc *cli_load_as(const char *path, const xxgk_options *opts, const cli_env *env)
{
    return cli_load_to(path, opts, env, stderr);
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

int cli_jobs_option(int argc, char **argv, int *i, int *jobs)
{
    const char *a = argv[*i], *val;
    if (strncmp(a, "--jobs=", 7) == 0)
        val = a + 7;
    else if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0)
        val = *i + 1 < argc ? argv[++*i] : "";
    else if (strncmp(a, "-j", 2) == 0)
        val = a + 2;
    else
        return 0;
    char *end;
    long v = strtol(val, &end, 10);
    if (!*val || *end || v < 1 || v > CLI_MAX_JOBS) {
        fprintf(stderr, "xxgk: -j needs a number of threads from 1 to %d\n", CLI_MAX_JOBS);
        return -1;
    }
    *jobs = (int)v;
    return 1;
}

int cli_jobs_for(int jobs, int argc, char **argv, int first)
{
    /* standard input read twice gives its text to whichever read comes
     * first: only one thread keeps that the first file named */
    int stdin_reads = 0;
    for (int i = first; i < argc; i++)
        stdin_reads += strcmp(argv[i], "-") == 0;
    return stdin_reads > 1 ? 1 : jobs;
}

int cli_options(int argc, char **argv, const char *const *formats, int *format, int *lang,
                const char *flag, bool *flag_set, int *jobs, int *first, void (*usage)(FILE *))
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        int j = jobs ? cli_jobs_option(argc, argv, &i, jobs) : 0;
        if (j < 0)
            return EXIT_TROUBLE;
        if (j > 0)
            continue;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return EXIT_CLEAN;
        }
        if (flag && strcmp(a, flag) == 0) {
            *flag_set = true;
            continue;
        }
        const char *val = NULL;
        if (strncmp(a, "--format=", 9) == 0)
            val = a + 9;
        else if (strcmp(a, "--format") == 0 && i + 1 < argc)
            val = argv[++i];
        if (val) {
            int k;
            for (k = 0; formats[k]; k++)
                if (strcmp(formats[k], val) == 0)
                    break;
            if (!formats[k]) {
                fprintf(stderr, "xxgk: unknown format '%s'\n", val);
                return EXIT_TROUBLE;
            }
            *format = k;
            continue;
        }
        const char *l = NULL;
        if (strncmp(a, "--lang=", 7) == 0)
            l = a + 7;
        else if (strcmp(a, "--lang") == 0 && i + 1 < argc)
            l = argv[++i];
        if (l) {
            if ((*lang = cli_lang(l)) < 0) {
                fprintf(stderr, "xxgk: unknown language '%s' (en or zh)\n", l);
                return EXIT_TROUBLE;
            }
            continue;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xxgk: unknown option '%s'\n", a);
            usage(stderr);
            return EXIT_TROUBLE;
        }
        break;
    }
    if (i >= argc) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    *first = i;
    return -1;
}
