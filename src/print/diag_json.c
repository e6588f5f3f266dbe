/* Diagnostics as one JSON object per document and line (xxgk check
 * --format json, docs/diagnostics.md):
 *   {"file":…,"diagnostics":[{"code","severity","message","line","column",
 *    "end_line","end_column","byte_start","byte_end"[,"page"],"notes":[…]}]}
 * Lines and columns are 1-based, columns count code points, ends exclusive;
 * "page" only for a PDF (the page of the start). */
#include <string.h>

#include "doc.h"
#include "print.h"

void xxgk_json_location(FILE *f, const xxgk_doc *doc, xxgk_span sp)
{
    xxgk_pos a = xxgk_doc_position(doc, sp.start), b = doc_end_position(doc, sp);
    fprintf(f,
            "\"line\":%u,\"column\":%u,\"end_line\":%u,\"end_column\":%u,\"byte_start\":%u,"
            "\"byte_end\":%u",
            a.line, a.col, b.line, b.col, sp.start, sp.end);
    /* a PDF's page; text without pages has no such field */
    uint32_t page = xxgk_doc_page(doc, sp.start);
    if (page)
        fprintf(f, ",\"page\":%u", page);
}

void xxgk_json_diags(FILE *f, const xxgk_doc *doc)
{
    fputc('[', f);
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        if (d != xxgk_doc_diags(doc))
            fputc(',', f);
        fprintf(f, "{\"code\":\"%s\",\"severity\":\"%s\",\"message\":", xxgk_code_name(d->code),
                xxgk_severity_name(d->severity));
        xxgk_json_string(f, d->msg, strlen(d->msg));
        fputc(',', f);
        xxgk_json_location(f, doc, d->span);
        fputs(",\"notes\":[", f);
        for (const xxgk_note *n = d->notes; n; n = n->next) {
            if (n != d->notes)
                fputc(',', f);
            fputs("{\"message\":", f);
            xxgk_json_string(f, n->msg, strlen(n->msg));
            fputc(',', f);
            xxgk_json_location(f, doc, n->span);
            fputc('}', f);
        }
        fputs("]}", f);
    }
    fputc(']', f);
}

void xxgk_print_diags_jsonl(FILE *f, const xxgk_doc *doc)
{
    const char *name = xxgk_doc_name(doc);
    fputs("{\"file\":", f);
    xxgk_json_string(f, name, strlen(name));
    fputs(",\"diagnostics\":", f);
    xxgk_json_diags(f, doc);
    fputs("}\n", f);
}
