/* Inside the PDF front end: the words read from pdftotext's -bbox-layout
 * XHTML and a growable byte buffer. */
#ifndef XXGK_PDF_INT_H
#define XXGK_PDF_INT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Coordinates in thousandths of a point, y downwards: integers, so the
 * rebuilt rows never depend on floating-point rounding. */
typedef struct pdf_word {
    int64_t x0, y0, x1, y1;
    uint32_t page;          /* 1-based */
    uint32_t order;         /* position in the file: the last tie-break */
    size_t text, len;       /* in the words' text buffer */
} pdf_word;

typedef struct pdf_buf {
    char *p;
    size_t len, cap;
    bool failed;
} pdf_buf;

void pdf_buf_put(pdf_buf *b, const void *s, size_t n);
void pdf_buf_putc(pdf_buf *b, char c);

typedef struct pdf_words {
    pdf_word *w;
    size_t n, cap;
    pdf_buf text;
    uint32_t npages;
    bool failed;
} pdf_words;

/* Read every <word xMin= yMin= xMax= yMax=>text</word> and count the
 * <page> elements; words with a missing box or no text are skipped. */
void pdf_read_words(const char *xml, size_t len, pdf_words *out);
void pdf_words_free(pdf_words *w);
#endif
