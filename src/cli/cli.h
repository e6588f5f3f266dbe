/* The subcommands of the xxgk program and what they share. */
#ifndef XXGK_CLI_H
#define XXGK_CLI_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "input.h"
#include "xxgk.h"

/* The command line's own messages in both languages (cli_msg.c). */
enum {
    CLI_T_IS_DIR, CLI_T_NO_MEMORY, CLI_T_TOO_LARGE, CLI_T_TOO_LARGE_OFFSETS, CLI_T_NO_ICONV, CLI_T_BAD_TEXT,
    CLI_T_JOBS, CLI_T_UNKNOWN_FORMAT, CLI_T_UNKNOWN_LANG, CLI_T_UNKNOWN_OPTION, CLI_T_NO_FILES,
    CLI_T_CANNOT_LIST, CLI_T_NO_REPORTS, CLI_T_WRITE_ERROR, CLI_T__COUNT
};
/* The text of message t in lang (a printf format for some). */
const char *cli_text(int t, int lang);
/* An errno's reason in lang: the common ones in Chinese, else strerror. */
const char *cli_errno_text(int e, int lang, char *buf, size_t size);

/* "xxgk: PATH: " (or "xxgk: " when path is NULL), the message, a newline. */
void cli_say(FILE *f, const char *path, const char *fmt, ...);
/* "xxgk: " and the message on standard error in lang: EN's words, or
 * ZH's (a format taking the same arguments in the same order), a newline.
 * Every message of the command line names both, so that none is left in
 * English under --lang zh (test_hostile's zh_every_cli_message). */
void cli_tell(int lang, const char *en, const char *zh, ...);

/* Exit statuses of every subcommand. */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* What main hands every command: the options that hold for all of them,
 * read once from the command line (and XXGK_ENCODING, LANG, the PDF
 * variables) before any thread starts (cli_global.c, docs/cli.md). */
enum { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER };
enum { CLI_MAX_ALLOW = 64 };
typedef struct cli_env {
    int encoding;            /* CLI_ENC_AUTO or an enum xxgk_encoding */
    int input;               /* --input: an enum xxgk_input_kind, XXGK_INPUT_AUTO by default */
    int color;               /* --color: CLI_COLOR_* */
    bool quiet;              /* -q, --quiet: no output, the exit status tells */
    int lang;                /* the language without --lang: zh when LC_ALL, LC_MESSAGES or LANG say zh_* */
    size_t nallow;           /* --allow CODE: the codes whose findings are dropped */
    int allow[CLI_MAX_ALLOW];
    /* how pdftotext runs: XXGK_PDFTOTEXT, XXGK_PDF_TIMEOUT, XXGK_PDF_MAX_MIB,
     * TMPDIR (cli_pdf_env); handed to the front end in xxgk_options.pdf */
    xxgk_pdf_options pdf;
    const char *db; /* panel --format sqlite -o DB: the database's path */
} cli_env;

int cmd_parse(int argc, char **argv, const cli_env *env);
int cmd_export(int argc, char **argv, const cli_env *env);
int cmd_check(int argc, char **argv, const cli_env *env);
int cmd_corpus(int argc, char **argv, const cli_env *env);
int cmd_diff(int argc, char **argv, const cli_env *env);
int cmd_panel(int argc, char **argv, const cli_env *env);
int cmd_text(int argc, char **argv, const cli_env *env);

/* The inputs a command names, a folder standing for the reports in it
 * (cli_inputs.c): one definition for check, export, panel and corpus
 * --stat, corpus_list_inputs (its *.txt, *.text, *.htm, *.html, *.pdf,
 * *.docx and *.doc files, case ignored, sorted bytewise, not recursive). The
 * files keep their order on the command line, a folder's reports stand
 * where the folder was named. A folder that cannot be listed is said on
 * stderr and sets trouble; an empty one is said as a note. False (said)
 * when memory runs out. Every path is malloc'd: free with cli_inputs_free. */
typedef struct cli_inputs {
    char **paths;
    size_t n;
    bool trouble;
} cli_inputs;
bool cli_inputs_expand(cli_inputs *in, char *const *names, size_t n, int lang);
void cli_inputs_free(cli_inputs *in);

/* Read a whole file ("-" is standard input) into a malloc'd buffer. On
 * failure prints "xxgk: PATH: reason" to stderr and returns false. */
bool cli_read_file(const char *path, char **buf, size_t *len, FILE *err, int lang);
/* strerror(e), safe on any thread: the text, in buf or a constant. */
const char *cli_strerror(int e, char *buf, size_t size);
/* Input encodings: CLI_ENC_AUTO reads UTF-8 (with or without a BOM),
 * decodes GB18030/GBK and Big5 with a note (L008, L009) and refuses, with
 * one L006 message, UTF-16 and binary junk; otherwise an enum xxgk_encoding from src/core/encoding.h, and the file is
 * converted to UTF-8 with iconv before parsing. */
enum { CLI_ENC_AUTO = -2 };
/* Parse an --encoding value (auto, utf-8, gb18030, gbk, gb2312, big5,
 * utf-16le, utf-16be); -1 when unknown. */
int cli_encoding(const char *name);
/* Read path through the front ends (src/input/) as env says (kind and
 * encoding; NULL env: auto); false after printing the reason to err (L006
 * for text that is not UTF-8 and cannot be decoded). Free in with
 * xxgk_input_free. */
bool cli_read_input(const char *path, const xxgk_options *opts, const cli_env *env,
                    xxgk_input *in, FILE *err);
/* Read (cli_read_input) and parse; NULL after printing the reason to err.
 * Safe on any thread. */
xxgk_doc *cli_load_to(const char *path, const xxgk_options *opts, const cli_env *env, FILE *err);
/* cli_load_to that also keeps the reason: NULL with *why the message
 * printed to err (its first line without "xxgk: PATH: ", malloc'd) for the
 * records of JSON and SARIF output. */
xxgk_doc *cli_load_why(const char *path, const xxgk_options *opts, const cli_env *env, FILE *err, char **why);
/* cli_load_to saying nothing: NULL with *msg the whole message it would
 * print (malloc'd; NULL only when memory runs out), for a caller that
 * prints it later in order (corpus --stat on threads). */
xxgk_doc *cli_load_msg(const char *path, const xxgk_options *opts, const cli_env *env, char **msg);
/* {"file":PATH,"error":WHY} and a newline: the JSON record of an input
 * that could not be read. */
void cli_json_error(FILE *f, const char *path, const char *why);
/* The message of a front end that says why with a catalogue code (a PDF:
 * L020-L024), at 1:1 of the file, in the catalogue's words. */
void cli_input_error(FILE *err, const char *name, int lang, const xxgk_input *in);
/* cli_load_to with the reasons on stderr. */
xxgk_doc *cli_load_as(const char *path, const xxgk_options *opts, const cli_env *env);
/* --color always or never as said; else (auto) colour on a terminal only,
 * and never with NO_COLOR. */
bool cli_use_color(const cli_env *env, FILE *f);
/* Parse --lang VALUE: en or zh, case ignored, a region or an encoding
 * after - or _ allowed (zh-CN, zh_CN.UTF-8, en_US); -1 when unknown. */
int cli_lang(const char *s);
/* The options most commands share: --format F (one of formats, NULL-ended),
 * --lang L, --help, -j N when jobs is not NULL, and one optional flag (e.g.
 * "--strict"). Returns -1 with *first at the first file, else the exit
 * status to return. */
int cli_options(int argc, char **argv, const char *const *formats, int *format, int *lang,
                const char *flag, bool *flag_set, int *jobs, int *first, void (*usage)(FILE *));
/* A command's own flag NAME anywhere before "--": true when present, and
 * taken out of argv (argc follows). */
bool cli_take_flag(int *argc, char **argv, const char *name);
/* A command's own option NAME VALUE or NAME=VALUE anywhere before "--":
 * its value ("" when missing), taken out of argv; NULL when absent. */
const char *cli_take_value(int *argc, char **argv, const char *name);
/* The threads option, one spelling for every command: -j N, -jN, --jobs N,
 * --jobs=N, N from 1 to CLI_MAX_JOBS. At argv[*i]: 0 when it is not that
 * option, 1 when it was read (*i moved past its value), -1 after printing
 * why the value is wrong (in lang). */
enum { CLI_MAX_JOBS = 256 };
int cli_jobs_option(int argc, char **argv, int *i, int *jobs, int lang);
/* jobs, or 1 when '-' (standard input) is named more than once among
 * argv[first..]: which '-' gets the text must not depend on scheduling. */
int cli_jobs_for(int jobs, int argc, char **argv, int first);
/* ---- options of every command (cli_global.c) ---------------------------
 * main takes --encoding, --color WHEN, -o FILE, -q/--quiet and --allow CODE
 * out of argv (anywhere before "--") into env and out. Returns -1 to go on,
 * else the exit status. */
typedef struct cli_output {
    const char *path; /* -o FILE, or NULL for standard output */
    char *tmp;        /* the file written, renamed over path at the end */
    bool in_place;    /* FILE is a device or a FIFO: written as it is */
    int saved;        /* the standard output before */
    int lang;         /* the language of its messages (--lang) */
    FILE *real;       /* the C library's stdout, while stdout is the stream below */
    char *buf;        /* that stream's buffer (st_blksize, as the C library's) */
    int werr;         /* the errno of the first write that failed, else 0 */
} cli_output;
int cli_global_options(int *argc, char **argv, cli_env *env, cli_output *out);
/* Does -o FILE name a file the command reads too (the same file by its
 * device and inode, whatever the path's spelling: `export -o r.txt
 * r.txt`)? Then the output would replace the report: said, true. */
bool cli_output_names_input(const cli_env *env, const cli_output *out, int argc, char **argv);
/* Point standard output at -o FILE's temporary file (FILE itself when it
 * is a device or a FIFO, /dev/null with --quiet); false after printing why
 * it cannot be made. */
bool cli_output_begin(const cli_env *env, cli_output *out);
/* Put FILE in place (unless the run failed before writing anything) and
 * return the exit status, EXIT_TROUBLE when FILE cannot be written. */
int cli_output_end(cli_output *out, int status);
/* The language when no --lang is given: zh when LC_ALL, else LC_MESSAGES,
 * else LANG starts with "zh" (zh_CN.UTF-8, zh_TW…), else en. */
int cli_default_lang(void);
/* The PDF options from the environment (docs/cli.md): a number that is not
 * a whole number in range leaves its default. The strings point into the
 * environment, which main does not change. */
xxgk_pdf_options cli_pdf_env(void);
/* Drop the diagnostics of the codes --allow names from doc. */
void cli_allow(const cli_env *env, xxgk_doc *doc);
#endif
