/* The subcommands of the xxgk program and what they share. */
#ifndef XXGK_CLI_H
#define XXGK_CLI_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "input.h"
#include "xxgk.h"

/* Exit statuses of every subcommand. */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* What main hands every command: the options that hold for all of them,
 * read once from the command line (and XXGK_ENCODING) before any thread
 * starts. */
typedef struct cli_env {
    int encoding; /* CLI_ENC_AUTO or an enum xxgk_encoding */
    int input;    /* --input: an enum xxgk_input_kind, XXGK_INPUT_AUTO by default */
} cli_env;

int cmd_parse(int argc, char **argv, const cli_env *env);
int cmd_export(int argc, char **argv, const cli_env *env);
int cmd_check(int argc, char **argv, const cli_env *env);
int cmd_corpus(int argc, char **argv, const cli_env *env);
int cmd_diff(int argc, char **argv, const cli_env *env);
int cmd_text(int argc, char **argv, const cli_env *env);

/* Read a whole file ("-" is standard input) into a malloc'd buffer. On
 * failure prints "xxgk: PATH: reason" to stderr and returns false. */
bool cli_read_file(const char *path, char **buf, size_t *len, FILE *err);
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
/* The message of a front end that says why with a catalogue code (a PDF:
 * L020-L024), at 1:1 of the file, in the catalogue's words. */
void cli_input_error(FILE *err, const char *name, int lang, const xxgk_input *in);
/* cli_load_to with the reasons on stderr. */
xxgk_doc *cli_load_as(const char *path, const xxgk_options *opts, const cli_env *env);
/* Colour on a terminal only, and never with NO_COLOR. */
bool cli_use_color(FILE *f);
/* Parse --lang VALUE; returns -1 when unknown. */
int cli_lang(const char *s);
/* The options most commands share: --format F (one of formats, NULL-ended),
 * --lang L, --help, -j N when jobs is not NULL, and one optional flag (e.g.
 * "--strict"). Returns -1 with *first at the first file, else the exit
 * status to return. */
int cli_options(int argc, char **argv, const char *const *formats, int *format, int *lang,
                const char *flag, bool *flag_set, int *jobs, int *first, void (*usage)(FILE *));
/* The threads option, one spelling for every command: -j N, -jN, --jobs N,
 * --jobs=N, N from 1 to CLI_MAX_JOBS. At argv[*i]: 0 when it is not that
 * option, 1 when it was read (*i moved past its value), -1 after printing
 * why the value is wrong. */
enum { CLI_MAX_JOBS = 256 };
int cli_jobs_option(int argc, char **argv, int *i, int *jobs);
/* jobs, or 1 when '-' (standard input) is named more than once among
 * argv[first..]: which '-' gets the text must not depend on scheduling. */
int cli_jobs_for(int jobs, int argc, char **argv, int first);
#endif
