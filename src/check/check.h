/* xxgk check: the validator and its output formats.
 *
 * xxgk_check walks the AST of the first report copy of a parsed document and
 * adds its findings (codes V1xx-V4xx, src/diag_codes_check.def) to the
 * document's diagnostics, next to the parser's. Like the parser it keeps no
 * global state: documents may be checked on several threads at once. */
#ifndef XXGK_CHECK_H
#define XXGK_CHECK_H
#include <stdbool.h>
#include <stdio.h>

#include "xxgk.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xxgk_check_options {
    /* Label variants (V307) become errors instead of notes. The caller also
     * treats warnings as errors when it decides the exit status. */
    bool strict;
} xxgk_check_options;

/* Validate doc (opts may be NULL). Returns the number of diagnostics added. */
int xxgk_check(xxgk_doc *doc, const xxgk_check_options *opts);

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
