/* libFuzzer target: every way xxgk reads a report.
 *
 * Each input is parsed (in English and Chinese messages, chosen by the
 * input's length so both paths get exercised without changing the bytes),
 * then every printer and exporter runs over the document and every
 * diagnostic's position is resolved. The subcommands `check` and `diff`
 * run too (every other input with --format html), through their cmd_*
 * entry points (the command line's library, xxgk_cmd, which this target
 * links beside libxxgk) over /proc/self/fd
 * paths of memory files, so the fuzzer covers whatever those commands do
 * today without this file knowing their internal API. `diff` compares the
 * two halves of the input split at the first form feed (or the input with
 * itself when there is none).
 *
 * Build: cmake -DCMAKE_C_COMPILER=clang -DXXGK_FUZZ=ON (see docs/fuzzing.md)
 * or `make fuzz`, which also runs it. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"
#include "xxgk.h"

/* The harness's only state: a sink for output, opened once. The library
 * itself stays free of global state; this is the test driver's. */
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    sink = fopen("/dev/null", "w");
    /* the subcommands print to stdout; send it to the sink as well */
    int fd = open("/dev/null", O_WRONLY);
    if (fd >= 0) {
        dup2(fd, 1);
        close(fd);
    }
    return 0;
}

/* A memory file holding bytes, named by a path the commands can open. */
static int memfile(const uint8_t *data, size_t size, char *path, size_t cap)
{
    int fd = memfd_create("xxgk-fuzz", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < size) {
        ssize_t k = write(fd, data + off, size - off);
        if (k <= 0) {
            close(fd);
            return -1;
        }
        off += (size_t)k;
    }
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    return fd;
}

static void run_cmd(int (*cmd)(int, char **, const cli_env *), char **argv, int argc)
{
    optind = 0; /* in case a command uses getopt: re-initialise it */
    cli_env env = {CLI_ENC_AUTO, XXGK_INPUT_AUTO, CLI_COLOR_AUTO, false, XXGK_LANG_EN, 0, {0}, {0}, NULL};
    int r = cmd(argc, argv, &env);
    /* any exit status is fine (0, 1 or 2); anything else is a bug */
    if (r < 0 || r > 2)
        abort();
    fflush(stdout);
}

static void run_commands(const uint8_t *data, size_t size)
{
    char pa[64], pb[64];
    const uint8_t *ff = memchr(data, '\f', size);
    size_t na = ff ? (size_t)(ff - data) : size;
    int fa = memfile(data, na, pa, sizeof pa);
    if (fa < 0)
        return;
    int fb = ff ? memfile(ff + 1, size - na - 1, pb, sizeof pb) : -1;
    if (fb < 0)
        memcpy(pb, pa, sizeof pa);

    /* every other input (by length, as the language is chosen) as the
     * HTML pages: argv[1] is --format=html, or the command again and
     * argv starts one later */
    char check[] = "check", diff[] = "diff", html[] = "--format=html";
    int skip = (size & 4) ? 0 : 1;
    char *cargv[] = {check, skip ? check : html, pa, NULL};
    run_cmd(cmd_check, cargv + skip, 3 - skip);
    char *dargv[] = {diff, skip ? diff : html, pa, pb, NULL};
    run_cmd(cmd_diff, dargv + skip, 4 - skip);

    close(fa);
    if (fb >= 0)
        close(fb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xxgk_options opts = {.lang = (size & 1) ? XXGK_LANG_ZH : XXGK_LANG_EN};
    xxgk_doc *doc = xxgk_parse("fuzz.txt", data, size, &opts);
    if (!doc)
        return 0;
    xxgk_print_tree(sink, doc);
    xxgk_print_json(sink, doc);
    xxgk_export_csv(sink, doc, NULL);
    xxgk_export_jsonl(sink, doc, NULL);
    xxgk_print_diags(sink, doc, (size & 2) != 0);

    /* every diagnostic points into the source, and its position resolves */
    size_t len;
    xxgk_doc_source(doc, &len);
    size_t n[3] = {0, 0, 0};
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        if (d->span.start > d->span.end || d->span.end > len + 1)
            abort();
        if (d->code < 0 || d->code >= XXGK__CODE_COUNT || d->severity < 0 || d->severity > 2)
            abort();
        n[d->severity]++;
        xxgk_pos p = xxgk_doc_position(doc, d->span.start);
        if (p.line == 0 || p.col == 0)
            abort();
        for (const xxgk_note *nt = d->notes; nt; nt = nt->next)
            if (nt->span.start > nt->span.end || nt->span.end > len + 1)
                abort();
    }
    for (int s = 0; s < 3; s++)
        if (n[s] != xxgk_doc_count(doc, s))
            abort();
    xxgk_doc_free(doc);

    run_commands(data, size);
    return 0;
}
