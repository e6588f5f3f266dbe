/* libFuzzer target: the PDF front end without pdftotext. Each input is
 * taken as the XHTML that pdftotext -bbox-layout writes; the rows are
 * rebuilt from its word boxes (src/input/pdf_layout.c), the text is
 * parsed with its page starts, and the outputs that print pages run over
 * it: diagnostics (text and JSON) and the JSON-lines export. Checked on
 * the way: the page starts are in order and inside the text, and every
 * diagnostic's page is one of the document's pages.
 *
 * Seeds: fuzz/pdf-seeds/ (make fuzz adds the bbox XML of the given PDF
 * when pdftotext is installed). Build: make fuzz (docs/fuzzing.md). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf.h"
#include "xxgk.h"

/* The harness's only state: a sink for output, opened once. */
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    sink = fopen("/dev/null", "w");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xxgk_pdf_text t;
    if (!xxgk_pdf_layout((const char *)data, size, &t))
        return 0;
    if (t.text[t.len] != 0)
        abort();
    for (size_t i = 0; i < t.npages; i++)
        if (t.page_starts[i] > t.len || (i > 0 && t.page_starts[i] < t.page_starts[i - 1]))
            abort();
    xxgk_options o = {.lang = size & 1 ? XXGK_LANG_ZH : XXGK_LANG_EN,
                      .utf8_decided = true,
                      .page_starts = t.page_starts,
                      .npages = t.npages};
    xxgk_doc *doc = xxgk_parse("fuzz.pdf", t.text, t.len, &o);
    if (doc) {
        for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
            if (t.npages && (xxgk_doc_page(doc, d->span.start) < 1 ||
                             xxgk_doc_page(doc, d->span.start) > t.npages))
                abort();
        if (sink) {
            xxgk_print_diags(sink, doc, false);
            xxgk_json_diags(sink, doc);
            xxgk_export_jsonl(sink, doc, NULL);
        }
        xxgk_doc_free(doc);
    }
    xxgk_pdf_text_free(&t);
    return 0;
}
