/* What the subcommands share: reading inputs, colour, languages. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "encoding.h"
#include "files.h"
#include "parse_input.h"


void cli_say(FILE *f, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("xxgk: ", f);
    if (path)
        fprintf(f, "%s: ", path);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    va_end(ap);
}

void cli_tell(int lang, const char *en, const char *zh, ...)
{
    va_list ap;
    va_start(ap, zh);
    fputs("xxgk: ", stderr);
    vfprintf(stderr, lang == XXGK_LANG_ZH ? zh : en, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* A file that cannot be read: "xxgk: PATH: reason". */
static void say_file_error(FILE *err, const char *path, int e, int lang)
{
    char why[128];
    fprintf(err, "xxgk: %s: %s\n", path,
            e == EISDIR   ? cli_text(CLI_T_IS_DIR, lang)
            : e == EFBIG  ? cli_text(CLI_T_TOO_LARGE, lang)
            : e == ENOMEM ? cli_text(CLI_T_NO_MEMORY, lang)
                          : cli_errno_text(e, lang, why, sizeof why));
}

bool cli_read_file(const char *path, char **buf, size_t *len, FILE *err, int lang)
{
    int e = file_read(path, true, buf, len);
    if (e == 0)
        return true;
    say_file_error(err, path, e, lang);
    return false;
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

/* Why an input could not be read: the errno of reading the file, else
 * what the front end put in the input. */
typedef struct read_failure {
    int read_errno;
    xxgk_input *in;
} read_failure;

/* Read path and take it as input, saying nothing: false with *why filled
 * when it cannot be read. */
static bool read_input_quiet(const char *path, const cli_env *env, int lang, xxgk_input *in, read_failure *why)
{
    char *buf;
    size_t len;
    xxgk_input_clear(in);
    *why = (read_failure){0, NULL};
    int e = file_read(path, true, &buf, &len);
    if (e) {
        why->read_errno = e;
        return false;
    }
    /* auto: the front end sniffs (GB18030 and Big5 are decoded with a
     * note); UTF-16 and binary junk stop here with one L006, exit 2. The
     * front end reads no environment: main read the PDF variables into env.
     * The buffer is the input's now: plain UTF-8 text is not copied */
    xxgk_options fe = {.pdf = env ? env->pdf : (xxgk_pdf_options){0}, .lang = lang}; /* the reason a reader gives (L052, L057) in the messages' language */
    if (xxgk_input_take(in, buf, len, env ? env->input : XXGK_INPUT_AUTO,
                        !env || env->encoding == CLI_ENC_AUTO ? -1 : env->encoding, &fe))
        return true;
    why->in = in;
    return false;
}

/* Say why path could not be read (the input is freed). */
static void say_read_failure(FILE *err, const char *path, const xxgk_options *opts, const read_failure *why)
{
    int lang = opts ? opts->lang : XXGK_LANG_EN;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    xxgk_input *in = why->in;
    if (why->read_errno) {
        say_file_error(err, path, why->read_errno, lang);
        return;
    }
    if (in->error_code)
        cli_input_error(err, name, lang, in);
    else if (in->error[0])
        fprintf(err, "xxgk: %s: %s\n", path, in->error);
    else
        not_utf8(err, name, in->encoding, opts);
    xxgk_input_free(in);
}

bool cli_read_input(const char *path, const xxgk_options *opts, const cli_env *env,
                    xxgk_input *in, FILE *err)
{
    read_failure why;
    if (read_input_quiet(path, env, opts ? opts->lang : XXGK_LANG_EN, in, &why))
        return true;
    say_read_failure(err, path, opts, &why);
    return false;
}

xxgk_doc *cli_load_to(const char *path, const xxgk_options *opts, const cli_env *env, FILE *err)
{
    xxgk_input in;
    if (!cli_read_input(path, opts, env, &in, err))
        return NULL;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    xxgk_doc *doc = xxgk_parse_input_take(name, &in, opts);
    if (!doc)
        cli_say(err, path, "%s", cli_text(CLI_T_NO_MEMORY, opts ? opts->lang : XXGK_LANG_EN));
    return doc;
}

/* A file read and parsed says nothing: the message of one that fails is
 * said (into a memory stream, for *msg) only then, so that the files that
 * load, nearly all, open no stream. */
xxgk_doc *cli_load_msg(const char *path, const xxgk_options *opts, const cli_env *env, char **msg)
{
    *msg = NULL;
    xxgk_input in;
    read_failure fail;
    bool read = read_input_quiet(path, env, opts ? opts->lang : XXGK_LANG_EN, &in, &fail);
    if (read) {
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        xxgk_doc *doc = xxgk_parse_input_take(name, &in, opts);
        if (doc)
            return doc;
    }
    size_t len = 0;
    FILE *m = open_memstream(msg, &len);
    if (!m) {
        if (!read && fail.in)
            xxgk_input_free(fail.in);
        *msg = NULL;
        return NULL;
    }
    if (read)
        cli_say(m, path, "%s", cli_text(CLI_T_NO_MEMORY, opts ? opts->lang : XXGK_LANG_EN));
    else
        say_read_failure(m, path, opts, &fail);
    if (fclose(m) != 0) {
        free(*msg);
        *msg = NULL;
    }
    return NULL;
}

xxgk_doc *cli_load_why(const char *path, const xxgk_options *opts, const cli_env *env, FILE *err, char **why)
{
    *why = NULL;
    char *text;
    xxgk_doc *doc = cli_load_msg(path, opts, env, &text);
    if (doc)
        return doc;
    if (text)
        fputs(text, err);
    else
        cli_say(err, path, "%s", cli_text(CLI_T_NO_MEMORY, opts ? opts->lang : XXGK_LANG_EN));
    /* "xxgk: PATH: reason\n" -> "reason" (the record names the file) */
    const char *t = text && strncmp(text, "xxgk: ", 6) == 0 ? text + 6 : text;
    size_t plen = strlen(path);
    if (t && strncmp(t, path, plen) == 0 && strncmp(t + plen, ": ", 2) == 0)
        t += plen + 2;
    size_t n = t ? strcspn(t, "\n") : 0;
    *why = n ? strndup(t, n) : strdup("cannot be read");
    free(text);
    return NULL;
}

void cli_json_error(FILE *f, const char *path, const char *why)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    fputs("{\"file\":", f);
    xxgk_json_string(f, name, strlen(name));
    fputs(",\"error\":", f);
    why = why ? why : "cannot be read";
    xxgk_json_string(f, why, strlen(why));
    fputs("}\n", f);
}

xxgk_doc *cli_load_as(const char *path, const xxgk_options *opts, const cli_env *env)
{
    return cli_load_to(path, opts, env, stderr);
}


bool cli_use_color(const cli_env *env, FILE *f)
{
    /* --color always|never beats NO_COLOR and the terminal test */
    if (env && env->color != CLI_COLOR_AUTO)
        return env->color == CLI_COLOR_ALWAYS;
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc)
        return false;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return false;
    return isatty(fileno(f));
}

/* Is S the language LANG ("en", "zh"), case ignored, alone or with a
 * region or an encoding after - or _ (zh-CN, zh_CN.UTF-8, ZH, en_US): as
 * LANG's value is read (cli_default_lang), what a user types for it? */
static bool lang_named(const char *s, const char *lang)
{
    return (s[0] | 0x20) == lang[0] && (s[1] | 0x20) == lang[1] && (!s[2] || s[2] == '-' || s[2] == '_' || s[2] == '.');
}

int cli_lang(const char *s)
{
    if (s[0] && s[1] && lang_named(s, "en"))
        return XXGK_LANG_EN;
    if (s[0] && s[1] && lang_named(s, "zh"))
        return XXGK_LANG_ZH;
    return -1;
}

bool cli_take_flag(int *argc, char **argv, const char *name)
{
    bool found = false;
    int n = 1, i = 1;
    for (; i < *argc && strcmp(argv[i], "--") != 0; i++) {
        if (strcmp(argv[i], name) == 0)
            found = true;
        else
            argv[n++] = argv[i];
    }
    while (i < *argc)
        argv[n++] = argv[i++];
    *argc = n;
    argv[n] = NULL;
    return found;
}

const char *cli_take_value(int *argc, char **argv, const char *name)
{
    const char *val = NULL;
    size_t len = strlen(name);
    int n = 1, i = 1;
    for (; i < *argc && strcmp(argv[i], "--") != 0; i++) {
        if (strncmp(argv[i], name, len) == 0 && argv[i][len] == '=')
            val = argv[i] + len + 1;
        else if (strcmp(argv[i], name) == 0)
            val = i + 1 < *argc ? argv[++i] : "";
        else
            argv[n++] = argv[i];
    }
    while (i < *argc)
        argv[n++] = argv[i++];
    *argc = n;
    argv[n] = NULL;
    return val;
}

int cli_jobs_option(int argc, char **argv, int *i, int *jobs, int lang)
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
        cli_say(stderr, NULL, cli_text(CLI_T_JOBS, lang), CLI_MAX_JOBS);
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

/* One option at argv[*i]: 1 when read (*i moved past its value), 0 when
 * argv[*i] is not an option, else an exit status + 2 (so EXIT_CLEAN for
 * --help is 2, EXIT_TROUBLE is 4). */
static int one_option(int argc, char **argv, int *i, const char *const *formats, int *format, int *lang,
                      const char *flag, bool *flag_set, int *jobs, void (*usage)(FILE *))
{
    const char *a = argv[*i];
    int j = jobs ? cli_jobs_option(argc, argv, i, jobs, *lang) : 0;
    if (j < 0)
        return EXIT_TROUBLE + 2;
    if (j > 0)
        return 1;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        usage(stdout);
        return EXIT_CLEAN + 2;
    }
    if (flag && strcmp(a, flag) == 0) {
        *flag_set = true;
        return 1;
    }
    const char *val = NULL;
    if (strncmp(a, "--format=", 9) == 0)
        val = a + 9;
    else if (strcmp(a, "--format") == 0)
        val = *i + 1 < argc ? argv[++*i] : "";
    if (val) {
        int k;
        for (k = 0; formats[k]; k++)
            if (strcmp(formats[k], val) == 0)
                break;
        if (!formats[k]) {
            /* the command's own formats, so a user who guessed sees the choice */
            char known[128];
            size_t n = 0;
            known[0] = 0;
            const char *sep = *lang == XXGK_LANG_ZH ? "、" : ", "; /* a list as each language writes one */
            for (int j = 0; formats[j] && n < sizeof known; j++)
                n += (size_t)snprintf(known + n, sizeof known - n, "%s%s", j ? sep : "", formats[j]);
            cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_FORMAT, *lang), val, known);
            return EXIT_TROUBLE + 2;
        }
        *format = k;
        return 1;
    }
    const char *l = NULL;
    if (strncmp(a, "--lang=", 7) == 0)
        l = a + 7;
    else if (strcmp(a, "--lang") == 0)
        l = *i + 1 < argc ? argv[++*i] : "";
    if (l) {
        if ((*lang = cli_lang(l)) < 0) {
            cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_LANG, cli_default_lang()), l);
            return EXIT_TROUBLE + 2;
        }
        return 1;
    }
    if (a[0] == '-' && a[1]) {
        cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_OPTION, *lang), a);
        usage(stderr);
        return EXIT_TROUBLE + 2;
    }
    return 0;
}

/* GNU style: options anywhere among the files, "--" ends them. Every
 * option is read before any file is touched, so a bad option after the
 * files stops the run before it writes anything. The files keep their
 * order and end up at argv[*first..argc-1]. */
int cli_options(int argc, char **argv, const char *const *formats, int *format, int *lang,
                const char *flag, bool *flag_set, int *jobs, int *first, void (*usage)(FILE *))
{
    int nfiles = 0;
    bool rest = false;
    for (int i = 1; i < argc; i++) {
        if (!rest && strcmp(argv[i], "--") == 0) {
            rest = true;
            continue;
        }
        char *here = argv[i];
        int r = rest ? 0 : one_option(argc, argv, &i, formats, format, lang, flag, flag_set, jobs, usage);
        if (r > 1)
            return r - 2;
        if (r == 0)
            argv[1 + nfiles++] = here; /* 1 + nfiles <= i: only read slots are overwritten */
    }
    if (nfiles == 0) {
        fprintf(stderr, "xxgk: %s\n", cli_text(CLI_T_NO_FILES, *lang));
        usage(stderr);
        return EXIT_TROUBLE;
    }
    memmove(argv + argc - nfiles, argv + 1, (size_t)nfiles * sizeof *argv);
    *first = argc - nfiles;
    return -1;
}
