/* PDF input (docs/formats.md, "PDF"): poppler's pdftotext, run as a child
 * process (GPL: never linked), writes every word with its box
 * (-bbox-layout); pdf_layout.c rebuilds the rows from the boxes. */
#ifndef XXGK_PDF_H
#define XXGK_PDF_H
#include <stdbool.h>
#include <stddef.h>

#include "pdf_layout.h"
#include "xxgk.h"

/* Why a PDF gave no text: each a catalogue code (L020-L024) but OK. */
enum xxgk_pdf_status {
    XXGK_PDF_OK = 0,
    XXGK_PDF_NO_TEXT,    /* L020: no text but page numbers (scanned images) */
    XXGK_PDF_MISSING,    /* L021: pdftotext is not installed */
    XXGK_PDF_FAILED,     /* L022: pdftotext failed (damaged, encrypted) */
    XXGK_PDF_TIMEOUT,    /* L023: it ran longer than the time limit */
    XXGK_PDF_TOO_LARGE,  /* L024: it wrote more than the output limit */
    XXGK_PDF_NO_MEMORY
};

typedef struct xxgk_pdf_limits {
    unsigned seconds;      /* wall-clock limit of pdftotext */
    size_t max_output;     /* bytes of XHTML read at most */
    const char *program;   /* NULL: "pdftotext" on PATH */
    const char *tmpdir;    /* NULL: /tmp, for the copy of standard input */
} xxgk_pdf_limits;

/* The limits the options ask for (NULL: all defaults), each default where
 * the option is 0 or NULL: 60 s and 512 MiB (a 300-page report takes about
 * 2 s and 10 MB). */
xxgk_pdf_limits xxgk_pdf_limits_of(const xxgk_pdf_options *o);

/* Run pdftotext on the file at path (bytes/len are its contents, written
 * to a temporary file when path is "-"), rebuild the text into *out. On
 * any status but OK, *out is empty and why holds pdftotext's own words
 * when it gave some. Safe on any thread. The time pdftotext took, in
 * microseconds, goes to *child_us when it is not NULL. */
enum xxgk_pdf_status xxgk_pdf_extract(const char *path, const void *bytes, size_t len,
                                      const xxgk_pdf_limits *lim, xxgk_pdf_text *out, char *why,
                                      size_t why_size, long long *child_us);
#endif
