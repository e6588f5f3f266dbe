/* xxgk check: the validator.
 *
 * xxgk_check walks the AST of the first report copy of a parsed document and
 * adds its findings (codes V1xx-V4xx, src/check/diag_codes_check.def) to the
 * document's diagnostics, next to the parser's. Like the parser it keeps no
 * global state: documents may be checked on several threads at once. */
#ifndef XXGK_CHECK_H
#define XXGK_CHECK_H
#include <stdbool.h>

#include "xxgk.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xxgk_check_options {
    /* Label variants (V307) become errors instead of notes. The caller also
     * treats warnings as errors when it decides the exit status. */
    bool strict;
    /* The caller shows only the findings that concern a table cell (a
     * place or a note on a cell's number: export's flags). A rule whose
     * findings can concern no cell of this report may then be skipped
     * (V401, whose places lie in the prose before every cell); the
     * findings about cells are the same. */
    bool cells_only;
} xxgk_check_options;

/* Validate doc (opts may be NULL). Returns the number of diagnostics added. */
int xxgk_check(xxgk_doc *doc, const xxgk_check_options *opts);

#ifdef __cplusplus
}
#endif
#endif
