/* The options every command takes, read by main before the command runs
 * (docs/cli.md): --encoding NAME, --input KIND, --color WHEN, -o FILE, -q/--quiet,
 * --allow CODE. They may stand anywhere before "--". They go into the
 * cli_env main hands every command; -o is main's own business
 * (cli_output_begin/end). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "encoding.h"

int cli_encoding(const char *name)
{
    if (strcmp(name, "auto") == 0)
        return CLI_ENC_AUTO;
    return xxgk_encoding_by_name(name);
}

/* The value of --NAME VALUE, --NAME=VALUE (or -X VALUE, -XVALUE when
 * short is given) at argv[*i]; NULL when argv[*i] is not that option, ""
 * when its value is missing. */
static const char *value_of(int argc, char **argv, int *i, const char *name, const char *short_name)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) == 0 && a[n] == '=')
        return a + n + 1;
    if (strcmp(a, name) == 0 || (short_name && strcmp(a, short_name) == 0))
        return *i + 1 < argc ? argv[++*i] : "";
    if (short_name && strncmp(a, short_name, 2) == 0 && a[2])
        return a + 2;
    return NULL;
}

/* A code as the user wrote it (v204 or V204), or -1. */
static int code_of(const char *p, size_t n)
{
    char code[8] = {0};
    if (n == 0 || n >= sizeof code)
        return -1;
    for (size_t k = 0; k < n; k++)
        code[k] = (char)(p[k] >= 'a' && p[k] <= 'z' ? p[k] - 'a' + 'A' : p[k]);
    return xxgk_code_by_name(code);
}

/* --allow V404,V203 (repeatable): every code must exist. */
static bool allow(cli_env *env, const char *list, int lang)
{
    for (const char *p = list;;) {
        size_t n = strcspn(p, ",");
        int c = code_of(p, n);
        if (c < 0) {
            fprintf(stderr, lang == XXGK_LANG_ZH ? "xxgk: --allow 的诊断代码“%.*s”不存在\n"
                                                 : "xxgk: --allow: no diagnostic code '%.*s'\n",
                    (int)n, p);
            return false;
        }
        if (env->nallow < CLI_MAX_ALLOW)
            env->allow[env->nallow++] = c;
        if (!p[n])
            return true;
        p += n + 1;
    }
}

/* The --lang given before "--" (the last one), else DEFAULT: the
 * messages about the other options are in it wherever it stands. -1 for
 * an unknown language, said. */
static int lang_given(int argc, char **argv, int def)
{
    int lang = def;
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *v = value_of(argc, argv, &i, "--lang", NULL);
        if (v && (lang = cli_lang(v)) < 0) {
            cli_say(stderr, NULL, cli_text(CLI_T_UNKNOWN_LANG, def), v);
            return -1;
        }
    }
    return lang;
}

/* panel --format sqlite -o DB: -o names the database, as the panel's own
 * OUT operand does (`--format sqlite DB`), instead of a standard output
 * to catch (it writes none: the database is written beside DB and renamed
 * over it). DB goes to env->db, not back into argv: a DB that starts with
 * '-' (`-o -dash.db`) was then taken for an unknown option, and a second
 * OUT operand (`--format sqlite a.db -o b.db`) could not be told from a
 * report. */
static void sqlite_out(int argc, char **argv, cli_env *env, cli_output *out)
{
    if (!out->path || argc < 3 || strcmp(argv[1], "panel") != 0)
        return;
    for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--format=sqlite") == 0 ||
            (strcmp(argv[i], "--format") == 0 && i + 1 < argc && !strcmp(argv[i + 1], "sqlite"))) {
            env->db = out->path;
            out->path = NULL;
            return;
        }
}

int cli_global_options(int *argc, char **argv, cli_env *env, cli_output *out)
{
    /* --lang holds for every command (panel, corpus, text and diff too),
     * taken out here as the others are */
    int n = 1, lang = lang_given(*argc, argv, env->lang);
    if (lang < 0)
        return EXIT_TROUBLE;
    env->lang = lang;
    out->lang = lang;
    for (int i = 1; i < *argc; i++) {
        const char *v;
        if (strcmp(argv[i], "--") == 0) {
            /* the command's own "--": the rest are files */
            while (i < *argc)
                argv[n++] = argv[i++];
            break;
        }
        if (value_of(*argc, argv, &i, "--lang", NULL))
            continue; /* read above */
        if ((v = value_of(*argc, argv, &i, "--encoding", NULL))) {
            if ((env->encoding = cli_encoding(v)) == -1) {
                fprintf(stderr, lang == XXGK_LANG_ZH
                                    ? "xxgk: 未知编码“%s”（可用 auto、utf-8、gb18030、gbk、gb2312、big5、utf-16le、utf-16be）\n"
                                    : "xxgk: unknown encoding '%s' (auto, utf-8, gb18030, gbk, gb2312, big5, utf-16le, utf-16be)\n",
                        v);
                return EXIT_TROUBLE;
            }
        } else if ((v = value_of(*argc, argv, &i, "--input", NULL))) {
            if ((env->input = xxgk_input_kind_by_name(v)) < 0) {
                fprintf(stderr, lang == XXGK_LANG_ZH ? "xxgk: 未知输入类型“%s”（可用 auto、text、html、docx、pdf、doc）\n"
                                                     : "xxgk: unknown input kind '%s' (auto, text, html, docx, pdf, doc)\n",
                        v);
                return EXIT_TROUBLE;
            }
        } else if ((v = value_of(*argc, argv, &i, "--color", NULL)) ||
                   (v = value_of(*argc, argv, &i, "--colour", NULL))) {
            if (strcmp(v, "auto") == 0)
                env->color = CLI_COLOR_AUTO;
            else if (strcmp(v, "always") == 0)
                env->color = CLI_COLOR_ALWAYS;
            else if (strcmp(v, "never") == 0)
                env->color = CLI_COLOR_NEVER;
            else {
                fprintf(stderr, lang == XXGK_LANG_ZH ? "xxgk: --color 只能是 auto、always 或 never，不是“%s”\n"
                                                     : "xxgk: --color takes auto, always or never, not '%s'\n",
                        v);
                return EXIT_TROUBLE;
            }
        } else if ((v = value_of(*argc, argv, &i, "--output", "-o"))) {
            if (!*v) {
                fputs(lang == XXGK_LANG_ZH ? "xxgk: -o 需要一个文件名\n" : "xxgk: -o needs a file name\n", stderr);
                return EXIT_TROUBLE;
            }
            out->path = v;
        } else if ((v = value_of(*argc, argv, &i, "--allow", NULL))) {
            if (!allow(env, v, lang))
                return EXIT_TROUBLE;
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            env->quiet = true;
        } else {
            argv[n++] = argv[i];
        }
    }
    *argc = n;
    argv[n] = NULL;
    sqlite_out(*argc, argv, env, out);
    return -1;
}

int cli_default_lang(void)
{
    /* POSIX order: LC_ALL, then LC_MESSAGES, then LANG */
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return strncmp(v, "zh", 2) == 0 ? XXGK_LANG_ZH : XXGK_LANG_EN;
    }
    return XXGK_LANG_EN;
}

/* $NAME as a whole number from 1 to max, else 0 (the default) */
static unsigned env_number(const char *name, unsigned long max)
{
    const char *e = getenv(name);
    char *end;
    unsigned long v = e && *e ? strtoul(e, &end, 10) : 0;
    return e && *e && !*end && v >= 1 && v <= max ? (unsigned)v : 0;
}

xxgk_pdf_options cli_pdf_env(void)
{
    return (xxgk_pdf_options){.program = getenv("XXGK_PDFTOTEXT"),
                              .seconds = env_number("XXGK_PDF_TIMEOUT", 86400),
                              .max_mib = env_number("XXGK_PDF_MAX_MIB", 1 << 20),
                              .tmpdir = getenv("TMPDIR")};
}

void cli_allow(const cli_env *env, xxgk_doc *doc)
{
    for (size_t i = 0; env && i < env->nallow; i++)
        xxgk_doc_drop_code(doc, env->allow[i]);
}

/* Does argv[i] take the next argument as its value (--format json,
 * --lang zh, -j 2, corpus's --context/--save/--baseline)? That value is
 * no file to read: only the input operands are stat'ed. */
static bool takes_value(const char *a)
{
    static const char *const with_value[] = {"--format", "--lang", "--jobs", "-j", "--context", "--save", "--baseline"};
    for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++)
        if (strcmp(a, with_value[k]) == 0)
            return true;
    return false;
}

bool cli_output_names_input(const cli_env *env, const cli_output *out, int argc, char **argv)
{
    struct stat o, in;
    if (env->quiet || !out->path || strcmp(out->path, "-") == 0 || stat(out->path, &o) != 0 || !S_ISREG(o.st_mode))
        return false;
    bool rest = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!rest && strcmp(a, "--") == 0) {
            rest = true;
            continue;
        }
        if (!rest && a[0] == '-' && a[1]) {
            if (takes_value(a) && i + 1 < argc) {
                i++;
                /* panel --format sqlite DB: DB is written, not read */
                if (strcmp(argv[i], "sqlite") == 0 && i + 1 < argc && argv[i + 1][0] != '-')
                    i++;
            }
            continue;
        }
        if (strcmp(a, "-") != 0 && stat(a, &in) == 0 && in.st_dev == o.st_dev && in.st_ino == o.st_ino) {
            cli_tell(env->lang, "-o %s is also a file to read: the output would overwrite it",
                     "-o %s 同时是要读取的文件：输出会覆盖它", out->path);
            return true;
        }
    }
    return false;
}

/* Standard output's writes, through a stream of our own (fopencookie):
 * the C library's stream keeps only an error flag, and errno is long
 * overwritten when the run ends, so the reason docs/cli.md promises
 * ("error writing the output: No space left on device") is kept here, the
 * first one. */
static ssize_t out_write(void *cookie, const char *buf, size_t n)
{
    cli_output *out = cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(STDOUT_FILENO, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!out->werr)
                out->werr = w < 0 ? errno : EIO;
            return -1;
        }
        done += (size_t)w;
    }
    return (ssize_t)n;
}

/* stdout becomes the stream of out_write, buffered as the C library
 * buffers a file (st_blksize), so that 2>&1 interleaves as before. A
 * terminal stays as it is: line buffered, and its colour is told by
 * fileno(stdout). */
static void keep_write_errors(cli_output *out)
{
    struct stat st;
    if (isatty(STDOUT_FILENO) || fstat(STDOUT_FILENO, &st) != 0)
        return;
    FILE *f = fopencookie(out, "w", (cookie_io_functions_t){.write = out_write});
    if (!f)
        return;
    /* glibc's setvbuf keeps only the mode when given no buffer, and a
     * cookie stream's own buffer is BUFSIZ, twice a file's st_blksize:
     * the buffer is ours, of the size the C library gives a file */
    size_t size = st.st_blksize > 0 ? (size_t)st.st_blksize : BUFSIZ;
    out->buf = malloc(size);
    if (!out->buf || setvbuf(f, out->buf, _IOFBF, size) != 0) {
        fclose(f);
        free(out->buf);
        out->buf = NULL;
        return;
    }
    fflush(stdout);
    out->real = stdout;
    stdout = f;
}

/* Flush standard output and give the C library's stream back; false when
 * a write failed (its reason in out->werr, or errno). */
static bool release_stdout(cli_output *out)
{
    errno = 0;
    bool ok = fflush(stdout) == 0 && !ferror(stdout);
    int e = errno;
    if (out->real) {
        fclose(stdout); /* the stream only: out_write's fd stays open */
        stdout = out->real;
        out->real = NULL;
        free(out->buf);
        out->buf = NULL;
    }
    if (!out->werr)
        out->werr = e;
    return ok;
}

/* -o FILE where FILE is a device or a FIFO (/dev/stdout, /dev/null, a
 * pipe): written where it is. A temporary file renamed over it would
 * replace the device with a regular file. */
static bool output_in_place(const cli_env *env, cli_output *out)
{
    int fd = open(out->path, O_WRONLY);
    if (fd < 0) {
        char why[128];
        fprintf(stderr, "xxgk: %s: %s\n", out->path, cli_errno_text(errno, env->lang, why, sizeof why));
        return false;
    }
    fflush(stdout);
    out->saved = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    close(fd);
    out->in_place = true;
    keep_write_errors(out);
    return true;
}

bool cli_output_begin(const cli_env *env, cli_output *out)
{
    if (env->quiet) {
        /* nothing on standard output: only the exit status (and trouble
         * on standard error) */
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            fflush(stdout);
            dup2(fd, STDOUT_FILENO);
            close(fd);
        }
        out->path = NULL;
        return true;
    }
    if (!out->path || strcmp(out->path, "-") == 0) {
        out->path = NULL;
        keep_write_errors(out);
        return true;
    }
    struct stat st;
    if (stat(out->path, &st) == 0 && !S_ISREG(st.st_mode))
        return output_in_place(env, out);
    /* a regular file (or none yet) is written beside FILE and renamed
     * over it at the end, so that a run stopped by a usage error leaves
     * FILE as it was */
    size_t n = strlen(out->path) + 16;
    out->tmp = malloc(n);
    if (!out->tmp)
        return false;
    snprintf(out->tmp, n, "%s.xxgk-XXXXXX", out->path);
    int fd = mkstemp(out->tmp);
    if (fd < 0) {
        char why[128];
        fprintf(stderr, "xxgk: %s: %s\n", out->path, cli_errno_text(errno, env->lang, why, sizeof why));
        free(out->tmp);
        out->tmp = NULL;
        return false;
    }
    mode_t mask = umask(0); /* one thread still: umask has no reader */
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    fflush(stdout);
    out->saved = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    close(fd);
    keep_write_errors(out);
    return true;
}

/* Standard output that could not be written (a full disk, a closed
 * pipe with SIGPIPE ignored): said with its reason and exit status 2,
 * since a truncated export or tree read as complete is a silent loss.
 * Said here only, and also when the run failed for another reason (an
 * unreadable file): the commands leave it to main. */
static int stdout_end(cli_output *out, int status)
{
    /* standard error first, as exit() flushes them, so that a run with
     * 2>&1 into one file interleaves them as it did before this check */
    fflush(stderr);
    if (release_stdout(out))
        return status;
    char why[128];
    if (out->werr)
        cli_tell(out->lang, "%s: %s", "%s：%s", cli_text(CLI_T_WRITE_ERROR, out->lang),
                 cli_errno_text(out->werr, out->lang, why, sizeof why));
    else
        cli_say(stderr, NULL, "%s", cli_text(CLI_T_WRITE_ERROR, out->lang));
    return EXIT_TROUBLE;
}

/* FILE's trouble as "xxgk: FILE: reason" */
static int output_trouble(const cli_output *out, int e)
{
    char why[128];
    fprintf(stderr, "xxgk: %s: %s\n", out->path, cli_errno_text(e ? e : EIO, out->lang, why, sizeof why));
    return EXIT_TROUBLE;
}

int cli_output_end(cli_output *out, int status)
{
    if (!out->tmp && !out->in_place)
        return stdout_end(out, status);
    bool ok = release_stdout(out);
    struct stat st;
    bool wrote = fstat(STDOUT_FILENO, &st) == 0 && st.st_size > 0;
    dup2(out->saved, STDOUT_FILENO);
    close(out->saved);
    if (out->in_place)
        return ok ? status : output_trouble(out, out->werr);
    /* nothing written by a run that failed (a usage error): FILE stays */
    if (!wrote && status == EXIT_TROUBLE) {
        unlink(out->tmp);
    } else if (!ok) {
        status = output_trouble(out, out->werr);
        unlink(out->tmp);
    } else if (rename(out->tmp, out->path) != 0) {
        status = output_trouble(out, errno);
        unlink(out->tmp);
    }
    free(out->tmp);
    out->tmp = NULL;
    return status;
}
