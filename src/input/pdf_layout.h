/* A PDF's text rebuilt from the words and boxes of `pdftotext -bbox-layout`
 * (docs/formats.md, "PDF"): one visual row per line, TAB between cells,
 * prose as lines; page numbers and repeated table headers at page breaks
 * dropped. Pure: no process, no file, so it is unit-tested and fuzzed on
 * XML text alone. */
#ifndef XXGK_PDF_LAYOUT_H
#define XXGK_PDF_LAYOUT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A kind of running header or footer dropped (docs/formats.md, "PDF",
 * rule 3): its first line's text, where that line stood (the page, 0-based
 * in the text's pages, and the byte of the text at that place). */
enum { XXGK_PDF_MAX_FURNITURE = 4 };
typedef struct xxgk_pdf_furniture {
    uint32_t page, at;
    bool bottom;
    char text[88];
} xxgk_pdf_furniture;

/* A number of a row whose word is wider than its digits (docs/formats.md,
 * "PDF", rule 2b): where it stands in the text, the line of its row, and
 * its text, cut to fit. */
enum { XXGK_PDF_MAX_SPREAD = 24 };
typedef struct xxgk_pdf_spread {
    uint32_t at, line, line_end;
    bool shared; /* rule 4b instead: two numbered labels share the row; text: the second */
    char text[40];
} xxgk_pdf_spread;

typedef struct xxgk_pdf_text {
    char *text;            /* malloc'd UTF-8, NUL-terminated */
    size_t len;
    uint32_t *page_starts; /* malloc'd: byte offset in text where page i+1 starts */
    size_t npages;
    size_t nwords;         /* words with text on all pages: 0 means no text layer */
    xxgk_pdf_furniture furniture[XXGK_PDF_MAX_FURNITURE];
    size_t nfurniture;
    xxgk_pdf_spread spread[XXGK_PDF_MAX_SPREAD];
    size_t nspread;        /* may exceed XXGK_PDF_MAX_SPREAD: the last kept one's line_end then reaches over the rows of those beyond */
    xxgk_pdf_spread shared[XXGK_PDF_MAX_SPREAD]; /* rule 4b's rows (shared set), a cap of their own */
    size_t nshared;        /* may exceed XXGK_PDF_MAX_SPREAD as nspread does */
    xxgk_pdf_spread wrapped[XXGK_PDF_MAX_SPREAD]; /* rule 2d's rows (P095), a cap of their own */
    size_t nwrapped;       /* may exceed XXGK_PDF_MAX_SPREAD as nspread does */
    xxgk_pdf_spread offset[XXGK_PDF_MAX_SPREAD]; /* rule 4e's labelled lines (P105), a cap of their own */
    size_t noffset;        /* may exceed XXGK_PDF_MAX_SPREAD as nspread does */
    uint32_t blank[XXGK_PDF_MAX_SPREAD]; /* pages without a word (L051), the first so many */
    size_t nblank;
} xxgk_pdf_text;

/* Rebuild the text from the XHTML of pdftotext -bbox-layout. Any bytes are
 * accepted (what is not a well-formed <page>/<word> is skipped). Returns
 * false only when memory runs out. */
bool xxgk_pdf_layout(const char *xml, size_t len, xxgk_pdf_text *out);
void xxgk_pdf_text_free(xxgk_pdf_text *t);
#endif
