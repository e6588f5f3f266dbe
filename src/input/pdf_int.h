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
/* ---- one page being rebuilt (pdf_rows.c, pdf_labels.c, pdf_page.c) */

/* A cell of a visual row: words close enough to be one phrase. */
typedef struct cell {
    int64_t x0, x1, cy2, h; /* cy2: twice the vertical centre */
    size_t start, len;      /* in the page buffer */
    bool num;
    size_t spread;          /* 1 + where in its text a word of digits wider than they are starts (rule 2b); 0: none */
    int words;              /* how many of pdftotext's words */
    size_t owner;           /* the data row (vrow) whose label it continues */
} cell;

/* A visual row: words whose centres line up. */
typedef struct vrow {
    size_t first, n;        /* its cells */
    int64_t cy2, h;
    int numbers;
    bool drop;              /* a page number */
    size_t wrapped;         /* 1 + the cell of a number wrapped over lines next to it or on it (rule 2d, P095); 0: none */
    bool x_sorted;          /* its cells' x0 and x1 both never fall left to right: rule 2d halves for a column */
    /* a data row's label so far: the rightmost of its own text cells left
     * of its numbers and the pieces it took; and how far from its numbers
     * those pieces reach (doubled units) */
    size_t ref;
    int64_t reach;
} vrow;

/* One line of the rebuilt page: its bytes in the page buffer. */
typedef struct row {
    size_t start, len;
    int cells, numbers;
    size_t spread;          /* 1 + where its first spread number starts in the line; 0: none */
    size_t shared;          /* 1 + where a second numbered label of one level starts in one column (rule 4b); 0: none */
    size_t wrapped;         /* 1 + the cell (pr->c) of a number wrapped over lines on or next to its row (rule 2d); 0: none */
    bool wrapped_here;      /* that number is on this line */
    bool offset;            /* a labelled line of a run whose labels stand a line off their numbers (rule 4e, P105) */
    bool offset_next;       /* such a label alone on its line, its numbers alone on the next (rule 4e) */
    bool below;             /* its numbers stand on the second label's line, below the first's: P089 stays, and
                               covers the next line's numbers when they print no label (rule 4b) */
} row;

typedef struct page_rows {
    pdf_buf buf, line;      /* cell texts; finished lines */
    cell *c;
    size_t nc, capc;
    vrow *v;
    size_t nv, capv;
    row *r;
    size_t n, cap;
    /* the advance of one digit at each height of type the page's lone
     * digits have: height, widest width (rule 2b) */
    int64_t adv[8][3]; /* height, widest lone digit, the page's spacing between digits */
    int nadv;
    int64_t ratio;     /* the height per em of the page's CJK words (type_boxes), thousandths */
    bool after_table;  /* the page before ended inside a table (rule 4c: a label may go on at this page's top) */
    const struct pdf_digits *doc; /* the document's digits (rule 2b) */
    int64_t digit[8];  /* the document's advance of a digit where it stands on the page */
    /* at each height of pr->adv, each digit's narrowest and widest lone
     * box on this page (0: none), and the page's spacing between digits
     * measured with those widths (proportional digits, rule 2b) */
    int64_t lone[8][10][2];
    uint32_t lonen[8][10]; /* how many lone boxes of each digit */
    int64_t lonesp[8];
    /* bit c: digit c's width at that height borrowed from the document's
     * lone boxes (confirm_digits), never the page's own: it never clears
     * an L032 */
    uint16_t borrowed[8];
    /* how many numbers of two digits or more of the page measure each
     * digit at its width there (digit_measures): a width only lone
     * digits give newly flags no number */
    uint32_t measured[8][10];
    /* the widest lone digit outside a table's row at each height (a page
     * number's, lone_in_number_row): height, width (and 0, as pr->adv
     * without its spacing). No measure of a table's digits, only the scale
     * of the gap between two words of digits where the page has no lone
     * digit in a row (digits_apart) */
    int64_t apart[8][3];
    int napart;
    bool failed;
} page_rows;

/* Rule 2b's reference over the whole document (pdf_rows.c): per height of
 * type, the widest lone digit of every page and the spacing between the
 * digits of every page's numbers, for a page without a lone digit of that
 * height; and the advance of a digit when the numbers are as many of it
 * as they have digits. */
typedef struct pdf_digits {
    int64_t adv[8][3];      /* height, widest lone digit, spacing */
    int nadv;
    /* at each of those heights, the advance of a digit when the numbers
     * of two counts of digits or more are each as many advances as they
     * have digits (tabular digits, no spacing); 0: not so */
    int64_t digit[8];
    int64_t *m;             /* the words of two digits or more: height, width, digits */
    size_t nm, cap;         /* triples; capacity in int64_t */
    /* at each of those heights, each digit's narrowest and widest lone
     * box over the document: a page's own numbers may confirm it for a
     * digit not lone on the page (proportional digits, rule 2b) */
    int64_t lone[8][10][2];
    bool failed;
} pdf_digits;

static inline int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
/* digits (ASCII or fullwidth), '.', ',', '%': a number as tables print it */
bool pdf_numeric(const char *s, size_t n);
/* The number columns of the table a page ends in (x0, x1 pairs), given
 * to the next page: a table running over a page break keeps its columns
 * (docs/formats.md, "PDF", rule 2). */
typedef struct pdf_carry {
    int64_t *x;
    size_t n, cap; /* ranges; capacity in int64_t */
} pdf_carry;
/* a page's boxes as tall as their type (rule 0) and headers written down
 * their columns (rule 2a) read, its digits added to the document's
 * (rule 2b): before pdf_page_rows, every page first */
void pdf_page_prepare(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr, pdf_digits *doc);
/* the document's reference from every page's digits */
void pdf_digits_finish(pdf_digits *doc);
/* the visual rows and cells of one page's words w[0..n) (sorted here),
 * prepared by pdf_page_prepare; *carry: the columns the page before ended
 * in, replaced by this page's */
void pdf_page_rows(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr, pdf_carry *carry,
                   const pdf_digits *doc);
/* a row of a table's body: two numbers or more */
bool pdf_data_row(const vrow *v);
/* one row's numbers printed at two heights joined (rule 1b) */
void pdf_join_number_heights(page_rows *pr);
/* a header band above a row of numbers alone read per column (rule 6b) */
void pdf_header_columns(page_rows *pr);
/* the lines of a row of wrapped narrow cells joined cell by cell (rule 6) */
void pdf_join_bands(page_rows *pr);
/* rule 2d: lines of numbers alone that are digits of wrapped numbers */
void pdf_wrapped_numbers(page_rows *pr);
/* which data row each piece of a wrapped label belongs to */
void pdf_assign_labels(page_rows *pr);
/* the page's lines into pr->line and pr->r */
void pdf_build_lines(page_rows *pr);
/* the first and last visual rows marked when they are page numbers */
void pdf_drop_page_numbers(page_rows *pr, uint32_t page);
/* running headers and footers marked dropped on all np pages; up to max
 * notes, one per kind, into notes; their number returned */
typedef struct xxgk_pdf_furniture pdf_furniture;
size_t pdf_mark_furniture(page_rows *pages, size_t np, pdf_furniture *notes, size_t max);
/* how many leading lines are a header repeated from the page before */
size_t pdf_repeated_header(const page_rows *pr, const pdf_buf *out, bool table_open);
/* the page ends inside a table */
bool pdf_ends_in_table(const page_rows *pr);
#endif
