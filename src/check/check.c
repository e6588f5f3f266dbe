/* xxgk_check: the rules over the first report copy, one after another.
 * Each rule file adds its findings in any order; the document keeps
 * diagnostics sorted by position. The helpers they share are the
 * context's (check_ctx.c). */
#include <stdlib.h>

#include "check_int.h"

static size_t total_diags(const xxgk_doc *doc)
{
    return xxgk_doc_count(doc, XXGK_NOTE) + xxgk_doc_count(doc, XXGK_WARNING) +
           xxgk_doc_count(doc, XXGK_ERROR);
}

int xxgk_check(xxgk_doc *doc, const xxgk_check_options *opts)
{
    if (!doc || !doc->report)
        return 0; /* empty or foreign input: the parser said why */
    size_t before = total_diags(doc);
    char small_s[CK_FOLD_SMALL];
    uint32_t small_off[CK_FOLD_SMALL];
    ck c = {doc, doc->report, opts ? opts->strict : false, small_s, small_off, CK_FOLD_SMALL, small_s, small_off,
            {NULL}, {false}, opts ? opts->cells_only : false, UINT32_MAX};
    ck_values(&c);
    ck_arith(&c);
    ck_structure(&c);
    ck_consistency(&c);
    ck_overview(&c);
    if (c.fold_s != small_s)
        free(c.fold_s);
    if (c.fold_off != small_off)
        free(c.fold_off);
    return (int)(total_diags(doc) - before);
}
