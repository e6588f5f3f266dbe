/* xxgk_parse: bytes in, document out. */
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "parser.h"

void report_extract(xxgk_doc *doc);

int xxgk_yyparse(parse_ctx *ctx);

/* What the bytes are, when they are clearly not UTF-8 text. */
static const char *foreign_encoding(const uint8_t *s, size_t n)
{
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return "UTF-16 with a byte-order mark";
    /* UTF-16 without BOM: every other byte NUL in ASCII-heavy text */
    if (n >= 8) {
        size_t zeros_even = 0, zeros_odd = 0, k = n < 4096 ? n : 4096;
        for (size_t i = 0; i < k; i++)
            if (!s[i]) {
                if (i & 1)
                    zeros_odd++;
                else
                    zeros_even++;
            }
        if (zeros_odd > k / 4 && zeros_even < k / 64)
            return "UTF-16LE";
        if (zeros_even > k / 4 && zeros_odd < k / 64)
            return "UTF-16BE";
    }
    return NULL;
}

xxgk_doc *doc_create(const char *name, const void *bytes, size_t len, const xxgk_options *opts)
{
    arena a;
    arena_init(&a);
    xxgk_doc *doc = arena_alloc(&a, sizeof *doc);
    if (!doc) {
        arena_free(&a);
        return NULL;
    }
    doc->arena = a;
    if (len > UINT32_MAX - 16)
        len = UINT32_MAX - 16; /* spans are 32-bit; larger inputs are cut (a diagnostic follows) */
    /* a line break after the last byte (outside the document: offsets stop
     * at len) lets every line-based rule see a line end; then the sentinel */
    uint8_t *src = arena_alloc_raw(&doc->arena, len + 2); /* written whole below */
    doc->name = arena_strndup(&doc->arena, name ? name : "-", strlen(name ? name : "-"));
    if (!src || !doc->name) {
        arena_free(&doc->arena);
        return NULL;
    }
    memcpy(src, bytes, len);
    src[len] = '\n';
    src[len + 1] = 0;
    doc->src = src;
    doc->len = (uint32_t)len;
    doc->lang = opts ? opts->lang : XXGK_LANG_EN;
    doc_build_lines(doc);
    return doc;
}

xxgk_doc *xxgk_parse(const char *name, const void *bytes, size_t len, const xxgk_options *opts)
{
    xxgk_doc *doc = doc_create(name, bytes, len, opts);
    if (!doc)
        return NULL;
    const uint8_t *src = doc->src;
    len = doc->len;

    xxgk_span none = {0, 0};
    size_t k = 0;
    while (k < len && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r'))
        k++;
    const char *foreign = foreign_encoding(src, len);
    if (k == len) {
        xxgk_doc_add_diag(doc, XXGK_L_EMPTY_INPUT, none);
        return doc;
    }
    if (foreign) {
        xxgk_doc_add_diag(doc, XXGK_L_NOT_UTF8, none, foreign);
        return doc;
    }

    parse_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = doc;
    ctx.table = -1;
    scanner_init(&ctx.sc, doc);
    xxgk_yyparse(&ctx);
    b_finish(&ctx);
    report_extract(doc);
    return doc;
}
