/* The document: internal layout shared by the passes inside libxxgk. */
#ifndef XXGK_DOC_H
#define XXGK_DOC_H
#include <stdarg.h>
#include "arena.h"
#include "xxgk.h"

struct xxgk_doc {
    arena arena;
    const char *name;
    const uint8_t *src;      /* arena copy, NUL-terminated */
    uint32_t len;
    int lang;
    xxgk_report *report;
    xxgk_diag *diags;        /* kept in order of (start, insertion) */
    xxgk_diag *diags_tail;
    size_t counts[3];        /* by severity */
    uint32_t *line_starts;   /* built when the source is set */
    uint32_t nlines;
    /* only when a line is longer than DOC_MARK bytes: code points before
     * every DOC_MARK-th byte, so a column on a 50 MB line costs O(DOC_MARK) */
    uint32_t *cp_marks;
    /* a PDF's pages: byte offset where each starts; npages 0 otherwise */
    uint32_t *page_starts;
    uint32_t npages;
};

enum { DOC_MARK = 4096 };

/* printf into the arena */
char *doc_printf(xxgk_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *doc_vprintf(xxgk_doc *doc, const char *fmt, va_list ap);
xxgk_diag *doc_diag_va(xxgk_doc *doc, int code, int severity, xxgk_span span, va_list ap);
const char *doc_code_format(int code, int lang);
void doc_build_lines(xxgk_doc *doc);
/* Arena memory that is not zeroed, for buffers written whole. */
void *doc_alloc_raw(xxgk_doc *doc, size_t size);
/* A document holding the bytes, not parsed yet (the parser and the lexer's
 * tests start from it). */
xxgk_doc *doc_create(const char *name, const void *bytes, size_t len, const xxgk_options *opts);
#endif
