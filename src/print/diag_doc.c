/* Each code's documentation, from docs/diagnostics.md (generated into
 * diag_docs.h by tools/gendiagdoc.c at build time): the one source of
 * `xxgk explain CODE` and of SARIF's rule help. */
#include <string.h>

#include "xxgk.h"
#include "diag_docs.h"

const char *xxgk_code_doc(int code, const char **heading, const char **anchor)
{
    if (code < 0 || code >= XXGK__CODE_COUNT)
        return NULL;
    const char *name = xxgk_code_name(code);
    for (int i = 0; i < XXGK_DOC_ENTRIES; i++)
        if (strcmp(xxgk_doc_entries[i].code, name) == 0) {
            if (heading)
                *heading = xxgk_doc_entries[i].heading;
            if (anchor)
                *anchor = xxgk_doc_entries[i].anchor;
            return xxgk_doc_entries[i].body;
        }
    return NULL;
}
