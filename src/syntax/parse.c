/* xxgk_parse: bytes in, document out. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encoding.h"
#include "pagetext.h"
#include "parse.h"
#include "parser.h"

void report_extract(xxgk_doc *doc, const xxgk_options *opts, xxgk_span late_title);

int xxgk_yyparse(parse_ctx *ctx);

/* P071: a section whose table is missing (P012) holds an image of the
 * page: the table may be published as a picture, its numbers readable
 * only from the image. The note stands at the first image of the
 * section, naming its src. */
static void image_tables(xxgk_doc *doc)
{
    uint32_t missing[XXGK_TABLE__COUNT];
    int n = 0;
    for (const xxgk_diag *d = doc->diags; d && n < XXGK_TABLE__COUNT; d = d->next)
        if (d->code == XXGK_P_MISSING_TABLE)
            missing[n++] = d->span.start;
    for (int k = 0; k < n; k++)
        for (const xxgk_section *s = doc->report ? doc->report->sections : NULL; s; s = s->next) {
            if (s->heading_span.start != missing[k])
                continue;
            for (uint32_t i = 0; i < doc->nimages; i++) {
                const doc_image *im = &doc->images[i];
                if (im->at >= s->heading_span.end && im->at <= s->span.end) {
                    xxgk_doc_add_diag(doc, XXGK_P_TABLE_IMAGE, (xxgk_span){im->at, im->at},
                                      xxgk_section_numeral(s->id), im->src);
                    break;
                }
            }
            break;
        }
}

/* Bytes that make no text: ASCII white space, the ideographic space
 * U+3000, a no-break space and the byte-order mark. Returns the length of
 * the blank at s, 0 when s[0] starts something else. */
static size_t blank_at(const uint8_t *s, size_t n)
{
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')
        return 1;
    if (n >= 3 && ((s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) ||
                   (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)))
        return 3;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    return 0;
}

/* Is s[0..len) blanks alone (blank_at's)? */
static bool text_blank(const uint8_t *s, size_t len)
{
    size_t k = 0, l;
    while (k < len && (l = blank_at(s + k, len - k)) > 0)
        k += l;
    return k == len;
}

/* A document in a new arena, holding its name; src not set yet. */
static xxgk_doc *doc_new(const char *name)
{
    arena a;
    arena_init(&a);
    xxgk_doc *doc = arena_alloc(&a, sizeof *doc);
    if (!doc) {
        arena_free(&a);
        return NULL;
    }
    doc->arena = a;
    doc->name = arena_strndup(&doc->arena, name ? name : "-", strlen(name ? name : "-"));
    if (!doc->name) {
        arena_free(&doc->arena);
        return NULL;
    }
    return doc;
}

/* The text at src, len bytes and two more of room: a line break after the
 * last byte (outside the document: offsets stop at len) lets every
 * line-based rule see a line end; then the sentinel. Its line index and
 * pages follow. */
static xxgk_doc *doc_set_src(xxgk_doc *doc, uint8_t *src, size_t len, const xxgk_options *opts)
{
    src[len] = '\n';
    src[len + 1] = 0;
    doc->src = src;
    doc->len = (uint32_t)len;
    doc->lang = opts ? opts->lang : XXGK_LANG_EN;
    doc->texts_errors_only = opts && opts->texts_errors_only;
    doc_build_lines(doc, src);
    if (opts && opts->npages && opts->page_starts && opts->npages < UINT32_MAX) {
        doc->page_starts = doc_alloc_raw(doc, opts->npages * sizeof *doc->page_starts);
        if (doc->page_starts) {
            memcpy(doc->page_starts, opts->page_starts, opts->npages * sizeof *doc->page_starts);
            doc->npages = (uint32_t)opts->npages;
        }
    }
    return doc;
}

xxgk_doc *doc_create(const char *name, const void *bytes, size_t len, const xxgk_options *opts)
{
    xxgk_doc *doc = doc_new(name);
    if (!doc)
        return NULL;
    if (len > UINT32_MAX - 16)
        len = UINT32_MAX - 16; /* spans are 32-bit; larger inputs are cut (a diagnostic follows) */
    uint8_t *src = arena_alloc_raw(&doc->arena, len + 2); /* written whole below */
    if (!src) {
        arena_free(&doc->arena);
        return NULL;
    }
    memcpy(src, bytes, len);
    return doc_set_src(doc, src, len, opts);
}

/* No copy of a text given away: realloc makes the room for the line break
 * and the sentinel, in place when the buffer has it already (a file read
 * by files.c keeps two bytes of room for them). */
xxgk_doc *doc_create_take(const char *name, char *text, size_t len, const xxgk_options *opts)
{
    xxgk_doc *doc = doc_new(name);
    if (len > UINT32_MAX - 16)
        len = UINT32_MAX - 16; /* spans are 32-bit; larger inputs are cut (a diagnostic follows) */
    uint8_t *src = doc ? realloc(text, len + 2) : NULL;
    if (!src) {
        free(text);
        if (doc)
            arena_free(&doc->arena);
        return NULL;
    }
    doc->own_src = src;
    return doc_set_src(doc, src, len, opts);
}

xxgk_doc *xxgk_parse(const char *name, const void *bytes, size_t len, const xxgk_options *opts)
{
    xxgk_doc *doc = doc_create(name, bytes, len, opts);
    if (!doc)
        return NULL;
    return doc_parse(doc, opts);
}

/* One parse of the text into CTX: the page text's breaks (pagetext.h), the
 * lines GL (N of them) that hold a glued table (pagetext_glued_lines), the
 * grammar, the builder's end. */
static void parse_text(parse_ctx *ctx, xxgk_doc *doc, const xxgk_options *opts, const uint32_t *gl, size_t n)
{
    /* cleared up to trans's arrays: what follows is written before it is
     * read (parse.h). 2.0 KB of the 36 KB, a clear gcc inlines (over
     * about 8 KB it calls memset, whose rep stosb valgrind counts a byte
     * at a time) */
    memset(ctx, 0, offsetof(parse_ctx, trans.row));
    ctx->doc = doc;
    ctx->table = -1;
    ctx->renumbered_at = UINT32_MAX; /* no label renumbered yet (tokens.c, renumbered_row) */
    ctx->napp_words = 0;
    ctx->napp_lost = 0;
    ctx->app_lost_more = false;
    ctx->blank_hold.n = 0;
    ctx->ptrans = (struct ptrans){0};
    ctx->cells_delimited = opts && opts->cells_delimited;
    scanner_init(&ctx->sc, doc);
    pt_break *brk = NULL;
    pt_ends unproven;
    ctx->sc.nbrk = pagetext_breaks(doc, &brk, &unproven);
    ctx->sc.unproven = unproven.at;
    ctx->sc.nunproven = unproven.n;
    ctx->pagetext = ctx->doc_pagetext = ctx->sc.nbrk > 0;
    if (!ctx->pagetext) /* headings run onto the line before: breaks, no page text */
        ctx->sc.runon = (ctx->sc.nbrk = runon_breaks(doc, &brk)) > 0;
    ctx->glued_lines = gl;
    ctx->nglued_lines = n;
    ctx->sc.brk = brk;
    ctx->sc.pagetext = ctx->sc.nbrk > 0;
    xxgk_yyparse(ctx);
    b_finish(ctx);
}

/* A table glued on lines of its own in a typed text (rows glued to their
 * labels, 规章000行政规范性文件1970…): the scanner saw a number token that
 * may be one (glued_hint), so the text's lines are searched
 * (pagetext_glued_lines, one pass) and, when some are glued, parsed again
 * with them read as page text, the first parse's findings and report
 * dropped (BEFORE: the findings told before it). A typed report whose
 * numbers all stand between TABs, blanks and digits costs no search. */
static void glued_parse(parse_ctx *ctx, xxgk_doc *doc, const xxgk_options *opts, const doc_diag_mark *before)
{
    uint32_t *gl = NULL;
    size_t n = pagetext_glued_lines(doc, &gl);
    if (!n)
        return;
    doc_diags_restore(doc, before);
    doc->report = NULL;
    parse_text(ctx, doc, opts, gl, n);
}

/* The text held a line separator (the scanner met a U+2028, U+2029 or
 * NEL: lexer.re LSEP): each is written as an LF (doc_line_seps_to_lf),
 * told once at the first (L064), and the text parsed again, the first
 * parse's findings and report dropped (BEFORE: those told before it). A
 * text without one costs nothing: the scanner's DFA tells. */
static void line_seps_parse(parse_ctx *ctx, xxgk_doc *doc, const xxgk_options *opts, const doc_diag_mark *before)
{
    uint32_t cp = 0, at = doc_line_seps_to_lf(doc, &cp);
    if (at == UINT32_MAX)
        return; /* refused (a .docx/.doc/PDF text, its places kept) or no memory: the first parse stands */
    doc_diags_restore(doc, before);
    doc->report = NULL;
    char name[8];
    snprintf(name, sizeof name, "U+%04X", (unsigned)cp);
    xxgk_doc_add_diag(doc, XXGK_L_LINE_SEPARATOR, (xxgk_span){at, at}, name);
    if (text_blank(doc->src, doc->len)) { /* separators and blanks alone: as an empty text */
        xxgk_doc_add_diag(doc, XXGK_L_EMPTY_INPUT, (xxgk_span){0, 0});
        ctx->sc.glued_hint = false;
        return;
    }
    parse_text(ctx, doc, opts, NULL, 0);
}

xxgk_doc *doc_parse(xxgk_doc *doc, const xxgk_options *opts)
{
    const uint8_t *src = doc->src;
    size_t len = doc->len;

    xxgk_span none = {0, 0};
    if (text_blank(src, len)) {
        xxgk_doc_add_diag(doc, XXGK_L_EMPTY_INPUT, none);
        return doc;
    }
    /* UTF-16, GB18030 or binary junk would come out of the lexer as an
     * error per byte, or as no text at all: one message says what it is
     * (the command line converts with --encoding) */
    int enc = opts && opts->utf8_decided ? XXGK_ENC_UTF8 : xxgk_encoding_sniff(src, len);
    if (enc != XXGK_ENC_UTF8 && enc != XXGK_ENC_UTF8_BOM) {
        xxgk_doc_add_diag(doc, XXGK_L_NOT_UTF8, none, xxgk_encoding_describe(enc));
        return doc;
    }

    parse_ctx ctx;
    doc_diag_mark before;
    bool again = doc_diags_mark(doc, &before);
    parse_text(&ctx, doc, opts, NULL, 0);
    if (__builtin_expect(ctx.sc.line_sep, 0) && again)
        line_seps_parse(&ctx, doc, opts, &before);
    if (again && !ctx.doc_pagetext && ctx.sc.glued_hint)
        glued_parse(&ctx, doc, opts, &before);
    report_extract(doc, opts, ctx.late_title);
    if (doc->nimages)
        image_tables(doc);
    return doc;
}
