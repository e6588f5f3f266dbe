/* xxgk's printers beyond the ones in xxgk.h (tree, JSON, export, located
 * diagnostics): the diagnostics of a document as JSON lines and as SARIF.
 * They print whatever diagnostics a document holds, the parser's and the
 * validator's alike (docs/diagnostics.md). */
#ifndef XXGK_PRINT_H
#define XXGK_PRINT_H
#include <stdbool.h>
#include <stdio.h>

#include "xxgk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* xxgk_json_string and xxgk_csv_field into a buffer with room for 6 len
 * + 2 and 2 len + 2 bytes: the end. */
char *xxgk_put_json_string(char *o, const char *s, size_t len);
char *xxgk_put_csv_field(char *o, const char *s, size_t len);

/* The severity as the reader's language says it: error/warning/note, or
 * 错误/警告/提示 for a document read with --lang zh (the terminal's and the
 * check page's word; JSON and SARIF keep the English keys). */
const char *xxgk_severity_word(const xxgk_doc *doc, int severity);

/* One line of JSON for the document: {"file":…,"diagnostics":[…]} with
 * 1-based lines and code-point columns, ends exclusive (docs/diagnostics.md). */
void xxgk_print_diags_jsonl(FILE *f, const xxgk_doc *doc);

/* SARIF 2.1.0: one log with one run for any number of documents.
 *   xxgk_sarif w = {0}; w.strict = …; xxgk_sarif_begin(&w, f);
 *   xxgk_sarif_add(&w, doc)…; xxgk_sarif_end(&w, &invocation); */
typedef struct xxgk_sarif {
    FILE *f;
    size_t results; /* written so far, for the separators */
    bool strict;    /* check --strict: warnings are errors, and say so as their level */
} xxgk_sarif;
/* What the run was (run.invocations[0]): the command line, and each input
 * that could not be read with the reason (a toolExecutionNotification);
 * executionSuccessful is false when there is one. */
typedef struct xxgk_sarif_invocation {
    int argc;
    char *const *argv;
    size_t nfiles;
    char *const *files;
    char *const *failed; /* failed[i]: why files[i] could not be read, or NULL */
} xxgk_sarif_invocation;
void xxgk_sarif_begin(xxgk_sarif *w, FILE *f);
void xxgk_sarif_add(xxgk_sarif *w, const xxgk_doc *doc);
void xxgk_sarif_end(xxgk_sarif *w, const xxgk_sarif_invocation *inv);

#ifdef __cplusplus
}
#endif
#endif
