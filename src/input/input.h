/* Front ends: the bytes of a file as published (plain text in any Chinese
 * encoding, an HTML page, a Word .docx, a PDF) turned into the UTF-8
 * text the grammar reads, one table row per line with a TAB between cells.
 * When the text is not the file's own bytes (HTML), every run of it
 * records where in the file it came from (xxgk_origin_run), so diagnostics
 * point into the file. */
#ifndef XXGK_INPUT_H
#define XXGK_INPUT_H
#include "encoding.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

enum xxgk_input_kind {
    XXGK_INPUT_AUTO = 0, /* decided by the content */
    XXGK_INPUT_TEXT,
    XXGK_INPUT_HTML,
    XXGK_INPUT_DOCX,
    XXGK_INPUT_PDF,      /* pdftotext -bbox-layout, rows rebuilt (pdf.c) */
    XXGK_INPUT_DOC       /* Word 97-2003 binary .doc (msdoc.c) */
};

/* "text", "html", "docx", "pdf", "doc"; -1 when unknown ("auto" is 0). */
int xxgk_input_kind_by_name(const char *name);
const char *xxgk_input_kind_name(int kind);
/* What the bytes are, by content only (never by the file's name). */
int xxgk_input_detect(const uint8_t *s, size_t n);

/* A diagnostic the front end found before the document exists: code,
 * byte offset in the text, and the one %s argument of its message. */
typedef struct xxgk_input_diag {
    int code;
    uint32_t at;
    /* another place the finding concerns, given a note (a merged number's
     * other cells, grid.h); also_end == also when none */
    uint32_t also, also_end;
    char arg[96];
} xxgk_input_diag;

enum { XXGK_INPUT_MAX_DIAGS = 256 };

/* An image of a page's flow (<img src>): where it stands in the text and
 * its src, cut to fit. */
typedef struct xxgk_input_image {
    uint32_t at;
    char src[96];
} xxgk_input_image;

typedef struct xxgk_input {
    int kind;                /* what was read */
    int encoding;            /* enum xxgk_encoding of the file's bytes */
    char *text;              /* UTF-8, malloc'd */
    size_t len;
    /* the file as UTF-8 and the origin of each run of text (HTML only) */
    char *shown;
    size_t shown_len;
    xxgk_origin_run *runs;
    size_t nruns;
    doc_place *places;       /* per line of the text (.docx only), malloc'd */
    size_t nplaces;
    char *meta_title, *meta_agency, *meta_date; /* malloc'd, NULL when absent */
    uint32_t *page_starts;   /* a PDF's: where each page starts in text, malloc'd */
    /* an HTML page's: the text of its links, [start, end) pairs of
     * offsets into text (nlinks pairs), and its images; malloc'd */
    uint32_t *links;
    size_t nlinks;
    /* its page furniture (发布时间：… 浏览次数：…): lines of the text that
     * are no prose, [start, end) pairs as links; malloc'd */
    uint32_t *furniture;
    size_t nfurniture;
    /* an HTML page's: where its site footer (主办单位 … ICP备) was dropped
     * from the text, the offset the text after it starts at; 0: none */
    uint32_t footer_at;
    xxgk_input_image *images;
    size_t nimages;
    size_t npages;
    int lang;                /* enum xxgk_lang: the language a reader says why in (L052, L057) */
    xxgk_input_diag diags[XXGK_INPUT_MAX_DIAGS];
    int ndiags;
    bool diags_cut;          /* findings beyond XXGK_INPUT_MAX_DIAGS were dropped */
    uint32_t cut_at;         /* where the first dropped one stood (L035) */
    char error[200];         /* why the file could not be read at all */
    /* when a catalogue code says why (a PDF: L020-L024), that code and its
     * number argument (pages, seconds, MiB); error then holds its text
     * argument (pdftotext's complaint) */
    int error_code;
    unsigned long error_num;
    /* a text file's bytes before its text: a UTF-8 byte-order mark, no
     * character of the report (lines and columns count from after it);
     * the file's byte offsets are the text's plus skipped */
    uint32_t skipped;
    /* a decoded file's bytes not valid in its encoding, each a 0xFF in the
     * text (L053 names the byte and its place in the file); malloc'd */
    xxgk_bad_byte *bad;
    size_t nbad;
} xxgk_input;

/* Read n bytes as kind (XXGK_INPUT_AUTO: detect) in encoding (-1 or
 * XXGK_ENC_AUTO: sniff; an enum xxgk_encoding forces it). A PDF is read
 * as opts->pdf says (NULL opts: the defaults); nothing here reads the
 * environment. False with in->error set when nothing readable came out.
 * Free with xxgk_input_free whatever the result. */
bool xxgk_input_read(xxgk_input *in, const uint8_t *bytes, size_t n, int kind, int encoding,
                     const xxgk_options *opts);
/* The same for a malloc'd buffer with a NUL at buf[n], which this takes:
 * plain UTF-8 text keeps it as in->text, a UTF-8 page as in->shown (no
 * copy), else it is freed. */
bool xxgk_input_take(xxgk_input *in, char *buf, size_t n, int kind, int encoding,
                     const xxgk_options *opts);
void xxgk_input_free(xxgk_input *in);
/* An empty input: every field zero, error "", no finding. The findings'
 * and the error's bytes (4 KB of the struct) are left as they are: they
 * are read only up to ndiags and to the error's NUL, and clearing the
 * whole struct, three times a file, cost more than the file's read. */
void xxgk_input_clear(xxgk_input *in);

/* Record a front-end diagnostic (dropped beyond XXGK_INPUT_MAX_DIAGS). */
void input_diag(xxgk_input *in, int code, uint32_t at, const char *arg);
/* input_diag with another place [also, also_end) it concerns. */
void input_diag_also(xxgk_input *in, int code, uint32_t at, const char *arg, uint32_t also, uint32_t also_end);
#endif
