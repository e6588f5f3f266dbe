/* xxgk's printers beyond the ones in xxgk.h (tree, JSON, export, located
 * diagnostics): the diagnostics of a document as JSON lines and as SARIF.
 * They print whatever diagnostics a document holds, the parser's and the
 * validator's alike (docs/diagnostics.md). */
#ifndef XXGK_PRINT_H
#define XXGK_PRINT_H
#include <stdio.h>

#include "xxgk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One line of JSON for the document: {"file":…,"diagnostics":[…]} with
 * 1-based lines and code-point columns, ends exclusive (docs/diagnostics.md). */
void xxgk_print_diags_jsonl(FILE *f, const xxgk_doc *doc);

/* SARIF 2.1.0: one log with one run for any number of documents.
 *   xxgk_sarif w; xxgk_sarif_begin(&w, f); xxgk_sarif_add(&w, doc)…;
 *   xxgk_sarif_end(&w); */
typedef struct xxgk_sarif {
    FILE *f;
    size_t results; /* written so far, for the separators */
} xxgk_sarif;
void xxgk_sarif_begin(xxgk_sarif *w, FILE *f);
void xxgk_sarif_add(xxgk_sarif *w, const xxgk_doc *doc);
void xxgk_sarif_end(xxgk_sarif *w);

#ifdef __cplusplus
}
#endif
#endif
