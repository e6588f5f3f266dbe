/* The document: internal layout shared by the passes inside libxxgk. */
#ifndef XXGK_DOC_H
#define XXGK_DOC_H
#include <stdarg.h>
#include "arena.h"
#include "xxgk.h"

/* Where a run of the text came from in the file shown to the user: text
 * bytes from `text` up to the next run's start map to the file's bytes
 * from `src` on, one to one (clamped to the file's length). */
typedef struct xxgk_origin_run {
    uint32_t text, src;
} xxgk_origin_run;

/* The last of runs[0, nruns) whose text starts at or before off (runs in
 * ascending order of text): the run holding byte off; 0 when none does
 * (off before the first, or no runs). A binary search: mapping an offset
 * costs log nruns, not the runs before it (issue 16). Shared by the text
 * buffers (textbuf.c) and the document's origin map. */
size_t origin_run_at(const xxgk_origin_run *runs, size_t nruns, size_t off);

/* Line starts of a buffer, and code-point marks when a line is longer than
 * DOC_COL_MARK bytes (so a column on a 50 MB line costs O(DOC_COL_MARK)). */
typedef struct doc_lines {
    const uint8_t *src;
    uint32_t len;
    /* NULL when memory ran out; else n starts and a sentinel after
     * them, starts[n] = len + 1 (where a line after the last would
     * start: a search of the next line's start needs no test of n) */
    uint32_t *starts;
    uint32_t n;
    /* with the starts: the longest line's length in bytes, its break
     * included (the last line's runs to len), and whether the text holds
     * a CR at all (when not, a line ends right before the next one's
     * start). A lone CR (no CR LF's) ends a line of the index; the
     * document's text has none left (doc_build_lines), a page's file may */
    uint32_t longest;
    bool has_cr;
    /* the code points before every DOC_COL_MARK-th byte; made with the
     * index, filled only as far as a position asks (most documents ask
     * for none far into a long line): marks[0..marks_filled) are set */
    uint32_t *marks;
    uint32_t marks_filled;
    /* the line holding byte k * DOC_BLOCK, for every k: a lookup by offset
     * starts there and steps over at most the few lines that begin within
     * one block (NULL when memory ran out: a binary search then). Made at
     * lookup DOC_BLOCKS_AFTER + 1 (blocks_tried; lookups counts those
     * answered before it, from last_line, the line of the last one): the
     * scanner follows the starts itself, and most documents are asked for
     * a few dozen lines, mostly in order */
    uint32_t *block_line;
    bool blocks_tried;
    uint32_t lookups, last_line;
} doc_lines;

/* The file a document's text was made from (an HTML page), in UTF-8, with
 * the origin of every run of text; absent (NULL in the doc) for plain
 * text, which pays nothing. */
typedef struct doc_origin {
    doc_lines lines;
    xxgk_origin_run *runs;
    uint32_t nruns;
    void *own_src, *own_runs; /* lines.src and runs when they are buffers given
                               * away to the document (doc_take_origin), freed
                               * with it; else NULL (arena copies) */
} doc_origin;

/* Where a line of the text stands in a file that has no lines of its own
 * (a .docx): paragraph `item` when table is 0, else row `item` of table
 * `table` (both 1-based). */
typedef struct doc_place {
    uint32_t table, item;
} doc_place;

/* An image of a page: where it stands in the text, its src. */
typedef struct doc_image {
    uint32_t at;
    const char *src;
} doc_image;

/* doc_copy_again's slots: one for each text that repeats row after row */
enum doc_again { DOC_AGAIN_JOIN_PAIR, DOC_AGAIN_JOIN_READING, DOC_AGAIN__COUNT };

struct xxgk_doc {
    arena arena;
    const char *name;
    const uint8_t *src;      /* arena copy or own_src, NUL-terminated */
    uint32_t len;
    void *own_src;           /* src when it is a buffer given away to the document
                              * (doc_create_take), freed with it; else NULL */
    struct doc_owned *owned; /* other buffers given away to it (doc_own): its
                              * tables' cells; NULL when none */
    int lang;
    /* set by a command that prints none of the findings added from now on
     * (export: the parse's errors are printed before the validator runs,
     * and a cell's flags are codes): their messages and notes' texts, and
     * whatever else is printed into the arena for them, are left "" and
     * not formatted; code, severity, span and notes' spans are kept */
    bool texts_unread;
    /* xxgk_options.texts_errors_only: as texts_unread, for the findings
     * that are not errors only, from the start */
    bool texts_errors_only;
    /* the text of the last note made from a format with no conversion
     * (xxgk_diag_add_note: note_text), shared by the next such note of the
     * same text; NULL before the first */
    const char *plain_note;
    /* the last copy doc_copy_again made for each of its slots, shared by
     * the next copy of the same bytes in that slot; NULL before the first */
    const char *again[DOC_AGAIN__COUNT];
    size_t again_len[DOC_AGAIN__COUNT];
    xxgk_report *report;
    xxgk_diag *diags;        /* kept in order of (start, insertion) */
    xxgk_diag *diags_tail;
    xxgk_diag *diags_hint;   /* the last one inserted before the tail, or NULL */
    size_t counts[3];        /* by severity */
    doc_lines lines;         /* of the text, built when the source is set */
    doc_origin *origin;      /* NULL unless the text came from another file */
    doc_place *places;       /* per line of the text, NULL unless a .docx */
    uint32_t nplaces;
    /* a PDF's pages: byte offset where each starts; npages 0 otherwise */
    uint32_t *page_starts;
    uint32_t npages;
    /* an HTML page's links: [start, end) pairs of byte offsets of their
     * text (nlinks pairs, in order), and its images; none otherwise */
    uint32_t *links;
    uint32_t nlinks;
    /* the front end dropped findings past its limit: a merge's list of
     * covered rows (L031's notes) may be cut short (build_merged.c) */
    bool input_diags_cut;
    /* an HTML page's furniture lines (发布时间：… 浏览次数：…), no prose:
     * [start, end) pairs as links; none otherwise */
    uint32_t *furniture;
    uint32_t nfurniture;
    /* an HTML page's: where its site footer was dropped from the text
     * (the sign-off above it is the page's publish block); 0: none */
    uint32_t footer_at;
    doc_image *images;
    uint32_t nimages;
    /* a text file's: the bytes before the text (a UTF-8 byte-order mark),
     * added to a byte offset that names the file's byte (L001, L002) */
    uint32_t file_skip;
    /* a decoded file's (GB18030, Big5, UTF-16): each 0xFF of the text that
     * marks a byte not valid in that encoding, in order, and the encoding's
     * name (L053) */
    const struct xxgk_bad_byte *bad;
    uint32_t nbad;
    /* the line separators doc_line_seps_to_lf wrote as LFs: the text
     * offset each one's removed bytes stood before (sep_from, in order)
     * and the bytes removed up to it (sep_removed), for the file's
     * offset of a byte (doc_file_offset); nseps 0: none */
    uint32_t *sep_from, *sep_removed;
    uint32_t nseps;
    const char *bad_enc;
};

/* Does byte off of the text belong to the text of a link of the page? */
bool doc_in_link(const xxgk_doc *doc, uint32_t off);
/* Does byte off of the text belong to a furniture line of the page? */
bool doc_in_furniture(const xxgk_doc *doc, uint32_t off);

/* DOC_MARK: a line is long past this many bytes (the snippet printer then
 * walks back from the caret); DOC_COL_MARK: the spacing of the code-point
 * marks, small, since a position far into a 2 KB paragraph is common (the
 * tree printer asks for every node's) and costs a count of up to twice
 * this many bytes; DOC_BLOCK: the block of the line index. */
enum { DOC_MARK = 4096, DOC_COL_MARK = 256, DOC_BLOCK_BITS = 6, DOC_BLOCK = 1 << DOC_BLOCK_BITS };
/* Lookups of a line by offset answered from the line of the one before
 * (forward over at most DOC_NEAR lines, else a binary search) before the
 * block index is made: at most this many O(log n) searches per index. */
enum { DOC_BLOCKS_AFTER = 256, DOC_NEAR = 8 };

/* printf into the arena ("" once texts_unread is set: the validator prints
 * only its messages' texts there) */
const char *doc_printf(xxgk_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
const char *doc_vprintf(xxgk_doc *doc, const char *fmt, va_list ap);
xxgk_diag *doc_diag_va(xxgk_doc *doc, int code, int severity, xxgk_span span, va_list ap);
const char *doc_code_format(int code, int lang);
/* CODE's message format in LANG as a reader is shown it, each conversion
 * (%s, %1$s, %04d) as "…", into BUF of SIZE bytes; BUF. */
const char *doc_code_pattern(int code, int lang, char *buf, size_t size);
/* Unlink one diagnostic that a later reading took back; the counts follow. */
void doc_drop_diag(xxgk_doc *doc, const xxgk_diag *d);
/* Every finding of CODE starting in [FROM, TO] taken back, the walk begun
 * at AT (a finding of the list starting in that range): the findings in
 * the range, not the list from its head. */
void doc_drop_code_near(xxgk_doc *doc, const xxgk_diag *at, int code, uint32_t from, uint32_t to);
/* The line index of the document's text, which is TEXT (the document's
 * own, writable copy). A line ends at an LF, a CR LF or a lone CR; a text
 * with lone CRs (an old Mac file, some Word exports) has each of them
 * written as an LF here, one byte for one, so that offsets, lines and
 * columns stay and every walk of the grammar that looks for a line end
 * finds this one (until stop 76 each walk had to know lone CRs itself, and
 * 428 of the fragments' inputs read otherwise with CR line ends; stop 76
 * removed those walks: no walk of the text meets a lone CR). U+2028, U+2029
 * and NEL end a line too, but take fewer bytes than their bytes: the
 * scanner tells it met one and doc_line_seps_to_lf writes them. */
void doc_build_lines(xxgk_doc *doc, uint8_t *text);
/* Every U+2028 (LINE SEPARATOR), U+2029 (PARAGRAPH SEPARATOR) and U+0085
 * (NEL) of a plain text's document written as an LF, the bytes after it
 * moved up, or dropped where a CR or an LF follows it (U+2028 LF is one
 * line end, as CR LF is); the line index built again, and the places
 * the document holds so far (its findings and their notes, the bad bytes
 * of its encoding) moved with the text. Returns the offset of the first
 * one's line end (*first_cp its code point), or UINT32_MAX when the text holds none or is no plain
 * text's (a page, a .docx, a PDF: their places are another file's). */
uint32_t doc_line_seps_to_lf(xxgk_doc *doc, uint32_t *first_cp);
/* The file's byte offset of the text's byte off: after the byte-order
 * mark skipped, and the bytes of line separators written as LFs before it
 * (doc_line_seps_to_lf) counted. */
uint32_t doc_file_offset(const xxgk_doc *doc, uint32_t off);
/* Attach the file the text came from (copied into the arena) and the
 * origin of each run of text, sorted by text offset. False when memory
 * runs out (positions then stay in the text). */
bool doc_set_origin(xxgk_doc *doc, const char *src, size_t len, const xxgk_origin_run *runs,
                    size_t nruns);
/* The same, the document adopting src and runs (malloc'd; runs may be NULL
 * when nruns is 0) instead of copying them: they belong to the document
 * from the call on, freed with it or at once when the call fails. */
bool doc_take_origin(xxgk_doc *doc, char *src, size_t len, xxgk_origin_run *runs, size_t nruns);
/* Attach the place of each line of the text (copied into the arena). */
bool doc_set_places(xxgk_doc *doc, const doc_place *places, size_t n);
/* What the user sees of a text offset: the buffer (the file when there is
 * an origin, else the text), and the offset in it. */
const doc_lines *doc_shown(const xxgk_doc *doc, uint32_t off, uint32_t *shown_off);
/* The shown offset of the end of the span [start, end). */
uint32_t doc_shown_end(const xxgk_doc *doc, uint32_t start, uint32_t end);
/* The position of a span's end, in the shown file (JSON and SARIF ends). */
xxgk_pos doc_end_position(const xxgk_doc *doc, xxgk_span sp);
/* The line of a shown buffer holding off (end before the line break), and
 * the 1-based line and column (in code points) of off. */
xxgk_span doc_lines_line(const doc_lines *l, uint32_t off);
/* Whether offsets a and b lie on one line of the text, as xxgk_doc_line
 * says: by memchr over the bytes between when they are near (two words
 * of a header: cheaper than two lookups of the line index), else by the
 * index. */
bool doc_same_line(const xxgk_doc *doc, uint32_t a, uint32_t b);
xxgk_pos doc_lines_position(const doc_lines *l, uint32_t off);
/* The index of the line holding off in l->starts (0 when the index could
 * not be built: l->starts NULL). */
uint32_t doc_lines_index(const doc_lines *l, uint32_t off);
/* Arena memory that is not zeroed, for buffers written whole. */
void *doc_alloc_raw(xxgk_doc *doc, size_t size);
/* S[0..N) copied into the arena with a NUL after it, or the copy the last
 * call of the same SLOT made when its bytes are the same: a text a
 * finding quotes that every row of a long table repeats ('1 2' and its
 * reading 12 in the P062 of each row of a table printed one cell a line:
 * 12,000 pairs of copies of the same bytes at cellrows' 10x) is kept once.
 * The copy is read only, and lives as long as the document. NULL when the
 * arena has no room. */
const char *doc_copy_again(xxgk_doc *doc, int slot, const char *s, size_t n);
/* The malloc'd buffer P given away to the document, freed with it
 * (xxgk_doc_free): a table's cells keep the array they were built in
 * instead of a copy in the arena (build_table.c). Returns P; NULL, with P
 * freed at once, when P is NULL or the arena has no room for the note of
 * it (the arena's failed flag is then set). */
void *doc_own(xxgk_doc *doc, void *p);
/* The findings of a document at a point (doc_diags_mark), to go back to
 * (doc_diags_restore): a parse done again tells its findings anew. */
typedef struct doc_diag_mark {
    xxgk_diag **v;
    size_t n;
} doc_diag_mark;
bool doc_diags_mark(xxgk_doc *doc, doc_diag_mark *m);
void doc_diags_restore(xxgk_doc *doc, const doc_diag_mark *m);
/* A document holding the bytes, not parsed yet (the parser and the lexer's
 * tests start from it). */
xxgk_doc *doc_create(const char *name, const void *bytes, size_t len, const xxgk_options *opts);
/* The same, the document adopting text (malloc'd, len bytes of it the
 * text) as its src instead of copying it: text belongs to the document
 * from the call on, freed with it or at once when the call fails. */
xxgk_doc *doc_create_take(const char *name, char *text, size_t len, const xxgk_options *opts);
#endif
