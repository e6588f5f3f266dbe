/* A PDF's text rebuilt from pdftotext's word boxes, page by page
 * (docs/formats.md, "PDF"): visual rows and cells (pdf_rows.c), page
 * numbers marked (pdf_page.c), wrapped labels joined to their numbers
 * (pdf_labels.c), a repeated header dropped (pdf_page.c); the page starts
 * kept for locations. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "pdf_layout.h"

/* one page's lines appended to the text, without a repeated header;
 * *table_open says whether the page before ended inside a table */
static void emit_page(page_rows *pr, uint32_t page, pdf_buf *out, bool *table_open)
{
    pdf_drop_page_numbers(pr, page);
    pdf_assign_labels(pr);
    pdf_build_lines(pr);
    if (pr->failed)
        return;
    size_t first = pdf_repeated_header(pr, out, *table_open);
    for (size_t k = first; k < pr->n; k++) {
        pdf_buf_put(out, pr->line.p + pr->r[k].start, pr->r[k].len);
        pdf_buf_putc(out, '\n');
    }
    if (pr->n)
        *table_open = pdf_ends_in_table(pr);
}

bool xxgk_pdf_layout(const char *xml, size_t len, xxgk_pdf_text *out)
{
    *out = (xxgk_pdf_text){0};
    pdf_words ws;
    pdf_read_words(xml, len, &ws);
    uint32_t npages = ws.npages;
    bool ok = !ws.failed;
    pdf_buf text = {0};
    uint32_t *starts = npages ? calloc(npages, sizeof *starts) : NULL;
    ok &= !npages || starts;
    bool table_open = false;
    /* words come page by page, in order of their <page> element */
    for (size_t i = 0; ok && i < ws.n;) {
        size_t j = i;
        while (j < ws.n && ws.w[j].page == ws.w[i].page)
            j++;
        page_rows pr = {0};
        pdf_page_rows(ws.w + i, j - i, &ws, &pr);
        for (uint32_t p = ws.w[i].page; p >= 1 && p <= npages && !starts[p - 1]; p--)
            starts[p - 1] = (uint32_t)text.len + 1; /* +1: 0 is "not yet" */
        emit_page(&pr, ws.w[i].page, &text, &table_open);
        ok &= !pr.failed && !pr.buf.failed && !text.failed && text.len < UINT32_MAX - 16;
        ok &= !pr.line.failed;
        free(pr.r);
        free(pr.c);
        free(pr.v);
        free(pr.buf.p);
        free(pr.line.p);
        i = j;
    }
    for (uint32_t p = npages; ok && p >= 1; p--)
        starts[p - 1] = starts[p - 1] ? starts[p - 1] - 1 : (uint32_t)text.len;
    /* pages without words after the last word take the end; a page without
     * words before a later one was filled backwards above */
    out->nwords = ws.n;
    pdf_words_free(&ws);
    if (!ok) {
        free(text.p);
        free(starts);
        return false;
    }
    if (!text.p) {
        text.p = calloc(1, 1);
        if (!text.p) {
            free(starts);
            return false;
        }
    }
    out->text = text.p;
    out->len = text.len;
    out->page_starts = starts;
    out->npages = npages;
    return true;
}

void xxgk_pdf_text_free(xxgk_pdf_text *t)
{
    free(t->text);
    free(t->page_starts);
    *t = (xxgk_pdf_text){0};
}
