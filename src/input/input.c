/* The input dispatch: what kind of file, in what encoding, read by which
 * front end (see input.h). One function per kind; a PDF front end plugs
 * into read_kind. */
#include "why.h"
#include "input.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"
#include "encoding.h"
#include "cfb.h"
#include "html.h"
#include "msdoc.h"
#include "pdf.h"
#include "utf8.h"

static const char *const kind_names[] = {"auto", "text", "html", "docx", "pdf", "doc"};

int xxgk_input_kind_by_name(const char *name)
{
    for (int k = 0; k < (int)(sizeof kind_names / sizeof kind_names[0]); k++)
        if (strcasecmp(name, kind_names[k]) == 0)
            return k;
    return -1;
}

const char *xxgk_input_kind_name(int kind)
{
    return kind >= 0 && kind < (int)(sizeof kind_names / sizeof kind_names[0]) ? kind_names[kind] : "?";
}

/* Case-insensitive search for an ASCII word in s[0..n). */
static const uint8_t *find_ci(const uint8_t *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if (strncasecmp((const char *)s + i, w, l) == 0)
            return s + i;
    return NULL;
}

/* The bytes opener_is_page reads: a page's first structural tag stands
 * well within them, and the test stays a constant cost per file. */
#define PAGE_PREFIX 16384

/* tab_row: a TAB between two characters that are not blanks on one line
 * (`政府信息公开申请\t5`): a row of cells as the text reader takes it;
 * a page's TABs indent its markup, at a line's start. */
static bool tab_row(const uint8_t *s, size_t n, size_t at)
{
    return at > 0 && at + 1 < n && s[at - 1] != '\t' && s[at - 1] != ' ' && s[at - 1] != '\n' &&
           s[at - 1] != '\r' && s[at + 1] != '\t' && s[at + 1] != ' ' && s[at + 1] != '\n' && s[at + 1] != '\r';
}

/* opener_is_page: a text opening on a title tag (<h1 …>, <center>,
 * <strong>, <font>, <span>: Markdown and pandoc write these on a plain
 * text report's first line) is a page only when its first PAGE_PREFIX
 * bytes also hold a page's structural tag (<table, <tr, <td, <p>/<p ,
 * <div, <br) and no TAB row (tab_row): a tag at byte 0 says nothing, and
 * read as HTML a text report's lines would run together. One pass over
 * the prefix, a fixed set of short tags at each '<': linear, bounded. */
static bool opener_is_page(const uint8_t *s, size_t n)
{
    static const char *const structural[] = {"<table", "<tr", "<td", "<p>", "<p ", "<div", "<br", NULL};
    size_t k = n < PAGE_PREFIX ? n : PAGE_PREFIX;
    bool tag = false;
    for (size_t i = 0; i < k; i++) {
        if (s[i] == '\t' && tab_row(s, k, i))
            return false;
        if (s[i] != '<' || tag)
            continue;
        for (int j = 0; structural[j] && !tag; j++)
            tag = k - i >= strlen(structural[j]) &&
                  strncasecmp((const char *)s + i, structural[j], strlen(structural[j])) == 0;
    }
    return tag;
}

/* html: <!DOCTYPE html, <html, <table, <body, <meta or <div … (starts)
 * within the first KiB after blanks, a BOM and comments; or a title or
 * block tag (<style, <script, a heading … : openers) that opener_is_page
 * finds a page's; docx: a zip whose first
 * entry or later ones name word/ (the zip local header "PK\3\4"; any other
 * zip too, which docx_read turns away with L052); pdf:
 * "%PDF-"; doc: the compound file's magic D0 CF 11 E0 A1 B1 1A E1 (a
 * compound file that is no Word document is told so by msdoc_read). */
int xxgk_input_detect(const uint8_t *s, size_t n)
{
    if (n >= 5 && memcmp(s, "%PDF-", 5) == 0)
        return XXGK_INPUT_PDF;
    if (cfb_is(s, n))
        return XXGK_INPUT_DOC;
    /* a zip is never text: read as a .docx, or L052 says why it is none */
    if (n >= 4 && memcmp(s, "PK\3\4", 4) == 0)
        return XXGK_INPUT_DOCX;
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    size_t k = n < 1024 ? n : 1024;
    while (i < k && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i >= k || s[i] != '<')
        return XXGK_INPUT_TEXT;
    static const char *const starts[] = {"<!doctype html", "<html", "<table", "<body", "<meta",
                                         "<div", "<head", "<!--", "<?xml", "<p", NULL};
    for (int j = 0; starts[j]; j++)
        if (k - i >= strlen(starts[j]) && strncasecmp((const char *)s + i, starts[j], strlen(starts[j])) == 0)
            return XXGK_INPUT_HTML;
    /* the tags a saved article body may begin with (its own style or
     * script block, a heading, a span) before any <div> or <p>; a text
     * report's title line may too (opener_is_page tells them apart) */
    static const char *const openers[] = {"<style", "<script", "<link", "<title", "<span", "<font",
                                          "<center", "<section", "<article", "<strong", "<h1", "<h2",
                                          "<h3", "<h4", "<h5", "<h6", NULL};
    for (int j = 0; openers[j]; j++)
        if (k - i >= strlen(openers[j]) && strncasecmp((const char *)s + i, openers[j], strlen(openers[j])) == 0)
            return opener_is_page(s, n) ? XXGK_INPUT_HTML : XXGK_INPUT_TEXT;
    return XXGK_INPUT_TEXT;
}

void input_diag(xxgk_input *in, int code, uint32_t at, const char *arg)
{
    input_diag_also(in, code, at, arg, 0, 0);
}

void input_diag_also(xxgk_input *in, int code, uint32_t at, const char *arg, uint32_t also, uint32_t also_end)
{
    if (in->ndiags >= XXGK_INPUT_MAX_DIAGS) {
        if (!in->diags_cut)
            in->cut_at = at;
        in->diags_cut = true;
        return;
    }
    xxgk_input_diag *d = &in->diags[in->ndiags++];
    d->code = code;
    d->at = at;
    d->also = also;
    d->also_end = also_end;
    snprintf(d->arg, sizeof d->arg, "%s", arg ? arg : "");
}

/* The charset a page declares: a byte-order mark, <meta charset=…> or
 * content="…; charset=…" in its first 4 KiB; -1 when none or unknown. */
static int declared_charset(const uint8_t *s, size_t n)
{
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        return XXGK_ENC_UTF8_BOM;
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return XXGK_ENC_UTF16LE;
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return XXGK_ENC_UTF16BE;
    size_t k = n < 4096 ? n : 4096;
    const uint8_t *p = s;
    while ((p = find_ci(p, k - (size_t)(p - s), "charset"))) {
        p += 7;
        const uint8_t *e = s + k;
        while (p < e && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
            p++;
        char name[24];
        size_t l = 0;
        while (p < e && l + 1 < sizeof name &&
               (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
                *p == '_'))
            name[l++] = (char)*p++;
        name[l] = 0;
        if (l)
            return xxgk_encoding_by_name(name);
    }
    return -1;
}

/* The bytes as UTF-8 text: the given encoding, else the sniffed one
 * (GB18030 and Big5 decoded with a note, L008/L009). *out is buf itself
 * (no copy) or a malloc'd conversion. False with in->error, or with
 * in->encoding a kind that is not text (L006 for the caller). */
static bool to_utf8(xxgk_input *in, const uint8_t *buf, size_t n, int enc, bool sniffed,
                    bool mark_bad, char **out, size_t *outlen)
{
    in->encoding = enc;
    if (sniffed && enc == XXGK_ENC_GB18030) {
        int likely;
        int c = xxgk_encoding_chinese_likely(buf, n, &likely);
        if (c < 0) {
            in->encoding = likely; /* L006 names it */
            return false; /* GB18030 bytes (valid, or too damaged) that read as no Chinese text */
        }
        enc = c;
    }
    in->encoding = enc;
    if (enc == XXGK_ENC_UTF8 || enc == XXGK_ENC_UTF8_BOM) {
        *out = (char *)buf;
        *outlen = n;
        return true;
    }
    /* UTF-16 with its byte-order mark (FF FE, FE FF: what Notepad saves as
     * "Unicode") is proof of the encoding: decoded with a note (L038) */
    bool utf16_bom = sniffed && n >= 2 &&
                     ((enc == XXGK_ENC_UTF16LE && buf[0] == 0xFF && buf[1] == 0xFE) ||
                      (enc == XXGK_ENC_UTF16BE && buf[0] == 0xFE && buf[1] == 0xFF));
    if (sniffed && enc != XXGK_ENC_GB18030 && enc != XXGK_ENC_BIG5 && !utf16_bom)
        return false; /* UTF-16 without a mark and binary: L006 says how to read them */
    size_t bad;
    free(in->bad);
    in->bad = NULL;
    in->nbad = 0;
    if (!xxgk_encoding_to_utf8_marked(enc, (const char *)buf, n, out, outlen, &bad, mark_bad, mark_bad ? &in->bad : NULL,
                                      &in->nbad)) {
        if (bad == SIZE_MAX)
            why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "cannot convert from %s (out of memory or no iconv support)",
                    "无法从 %s 转换（内存不足或不支持 iconv）", xxgk_encoding_name(enc));
        else
            why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "not valid %s text at byte %zu", "第 %2$zu 字节处不是有效的 %1$s 文本",
                    xxgk_encoding_name(enc), bad);
        return false;
    }
    if (sniffed)
        input_diag(in,
                   utf16_bom              ? XXGK_L_DECODED_UTF16
                   : enc == XXGK_ENC_BIG5 ? XXGK_L_DECODED_BIG5
                                          : XXGK_L_DECODED_GB18030,
                   0, utf16_bom ? xxgk_encoding_name(enc) : NULL);
    return true;
}

static bool take_text(xxgk_input *in, const char *u, size_t n, const uint8_t *buf)
{
    if ((const uint8_t *)u != buf) {
        in->text = (char *)u;
    } else {
        in->text = malloc(n + 2); /* room for doc_create_take's line break */
        if (!in->text) {
            why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory", "内存不足");
            return false;
        }
        memcpy(in->text, u, n);
        in->text[n] = 0;
    }
    in->len = n;
    return true;
}

/* text: the bytes in their encoding, as they are; UTF-8 in a buffer the
 * caller gave away (`owned`, NULL otherwise) becomes the text itself */
static bool read_text(xxgk_input *in, const uint8_t *buf, size_t n, int enc, char *owned)
{
    /* a UTF-8 byte-order mark is no character of the report: the text
     * starts after it (columns count from there; a GBK text behind one,
     * a converter's slip, is read as GBK), whatever encoding was named
     * (--encoding gbk on such a file would read EF BB BF as a GBK
     * character and the next byte); in UTF-16 those bytes are no mark */
    uint32_t bom = enc != XXGK_ENC_UTF16LE && enc != XXGK_ENC_UTF16BE && n >= 3 &&
                   memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    const uint8_t *b = buf + bom;
    n -= bom;
    bool sniffed = enc < 0;
    if (sniffed)
        enc = xxgk_encoding_sniff(b, n);
    char *u;
    size_t ul;
    /* a byte not valid in the encoding (given, or the content's) is the
     * lexer's L053 at its place (L001 in UTF-8 text): the rest is read */
    if (!to_utf8(in, b, n, enc, sniffed, true, &u, &ul))
        return false;
    in->skipped = bom;
    for (size_t i = 0; i < in->nbad; i++)
        in->bad[i].orig += bom;
    /* UTF-16's byte-order mark, U+FEFF first in the decoded text, is none
     * of the report's either (the decoded offsets are no file offsets) */
    if ((const uint8_t *)u != b && ul >= 3 && memcmp(u, "\xEF\xBB\xBF", 3) == 0 && buf[0] != 0xEF) {
        memmove(u, u + 3, ul - 3);
        ul -= 3;
        for (size_t i = 0; i < in->nbad; i++)
            in->bad[i].at -= 3;
    }
    if (owned && (const uint8_t *)u == b) {
        memmove(owned, owned + bom, n);
        in->text = owned;
        in->len = ul;
        return true;
    }
    return take_text(in, u, ul, b);
}

/* The page as libxml2 must get it: valid UTF-8 without NUL. An invalid
 * byte or a NUL becomes U+FFFD, one character for one byte, so lines and
 * columns stay the file's (libxml2 would otherwise read the rest of the
 * page as Latin-1 after the first invalid byte). Returns a malloc'd copy,
 * or NULL when s is clean already (or memory ran out: *failed). */
/* The bytes of s[0..n) clean_utf8 replaces: invalid ones and NULs. A page
 * is mostly ASCII markup: eight bytes of it, none a NUL, at once. */
static size_t unclean_bytes(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t bad = 0;
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & highs) && !((w - ones) & ~w & highs)) {
                i += 8;
                continue;
            }
        }
        uint32_t cp;
        int l = s[i] ? utf8_decode((const uint8_t *)s + i, n - i, &cp) : 0;
        bad += l <= 0;
        i += l > 0 ? (size_t)l : 1;
    }
    return bad;
}

static char *clean_utf8(const char *s, size_t n, size_t *outlen, bool *failed)
{
    size_t bad = unclean_bytes(s, n);
    *failed = false;
    if (!bad)
        return NULL;
    char *o = malloc(n + 2 * bad + 1), *p = o;
    if (!o) {
        *failed = true;
        return NULL;
    }
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int l = s[i] ? utf8_decode((const uint8_t *)s + i, n - i, &cp) : 0;
        if (l <= 0) {
            memcpy(p, "\xEF\xBF\xBD", 3);
            p += 3;
            i++;
            continue;
        }
        memcpy(p, s + i, (size_t)l);
        p += l;
        i += (size_t)l;
    }
    *p = 0;
    *outlen = (size_t)(p - o);
    return o;
}

/* html: the page in its declared charset (or the sniffed one) converted to
 * UTF-8, kept as the shown file (a UTF-8 page in a buffer the caller gave
 * away, `owned`, is kept itself: no copy beside libxml2's); then html_read */
static bool read_html(xxgk_input *in, const uint8_t *buf, size_t n, int enc, char *owned)
{
    bool sniffed = false, declared = enc < 0;
    if (enc < 0)
        enc = declared_charset(buf, n);
    /* --encoding is obeyed as given; a declared UTF-8 is checked */
    if (enc < 0 || (declared && (enc == XXGK_ENC_UTF8 || enc == XXGK_ENC_UTF8_BOM))) {
        /* a page said UTF-8 (or nothing): believe it when it is */
        int s = xxgk_encoding_sniff(buf, n);
        if (enc < 0 || (s != XXGK_ENC_UTF8 && s != XXGK_ENC_UTF8_BOM)) {
            enc = s;
            sniffed = true;
        }
    }
    char *u;
    size_t ul;
    /* a page forced to GB18030 or Big5 (--encoding) is decoded up to its
     * bad bytes, each then U+FFFD as a UTF-8 page's (clean_utf8); a
     * declared charset the bytes break is the sniffer's question below */
    bool ok = to_utf8(in, buf, n, enc, sniffed, !declared && !sniffed, &u, &ul);
    if (!ok && declared && !sniffed && in->error[0]) {
        /* the bytes are not what the page declares (a UTF-8 page still
         * saying charset=gb2312): what they are decides */
        in->error[0] = 0;
        ok = to_utf8(in, buf, n, xxgk_encoding_sniff(buf, n), true, false, &u, &ul);
    }
    if (!ok) {
        if (!in->error[0] && in->encoding == XXGK_ENC_UTF8)
            in->encoding = XXGK_ENC_BINARY;
        return false;
    }
    bool failed;
    size_t cl;
    char *clean = clean_utf8(u, ul, &cl, &failed);
    if (failed) {
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory", "内存不足");
        if ((const uint8_t *)u != buf)
            free(u);
        return false;
    }
    if (clean) {
        if ((const uint8_t *)u != buf)
            free(u);
        u = clean;
        ul = cl;
    }
    if (owned && (const uint8_t *)u == buf) {
        in->text = owned;
        in->len = ul;
    } else if (!take_text(in, u, ul, buf)) {
        return false;
    }
    in->shown = in->text;
    in->shown_len = in->len;
    in->text = NULL;
    in->len = 0;
    return html_read(in, in->shown, in->shown_len);
}

/* pdf: pdftotext -bbox-layout on a private copy of the bytes (it reads
 * files, and the bytes may be standard input), the rows rebuilt from the
 * word boxes; no text, a damaged file or a missing pdftotext give one of
 * L020-L024 */
static bool read_pdf(xxgk_input *in, const uint8_t *buf, size_t n, const xxgk_pdf_options *pdf)
{
    xxgk_pdf_limits lim = xxgk_pdf_limits_of(pdf);
    xxgk_pdf_text t;
    char why[sizeof in->error];
    enum xxgk_pdf_status st = xxgk_pdf_extract("-", buf, n, &lim, &t, why, sizeof why, NULL);
    static const int code[] = {
        [XXGK_PDF_NO_TEXT] = XXGK_L_PDF_NO_TEXT,     [XXGK_PDF_MISSING] = XXGK_L_PDF_NO_PDFTOTEXT,
        [XXGK_PDF_FAILED] = XXGK_L_PDF_FAILED,       [XXGK_PDF_TIMEOUT] = XXGK_L_PDF_TIMEOUT,
        [XXGK_PDF_TOO_LARGE] = XXGK_L_PDF_TOO_LARGE,
    };
    if (st == XXGK_PDF_NO_MEMORY) {
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory", "内存不足");
        return false;
    }
    if (st != XXGK_PDF_OK) {
        in->error_code = code[st];
        in->error_num = st == XXGK_PDF_NO_TEXT ? (unsigned long)t.npages
                        : st == XXGK_PDF_TIMEOUT ? lim.seconds
                                                 : (unsigned long)(lim.max_output >> 20);
        snprintf(in->error, sizeof in->error, "%s", why);
        return false;
    }
    /* rule 3: running headers and footers dropped, told once per kind */
    for (size_t k = 0; k < t.nfurniture; k++)
        input_diag(in, XXGK_P_PAGE_FURNITURE, t.furniture[k].at, t.furniture[k].text);
    /* rule 2b: a number wider than its digits, rule 4b: two numbered labels
     * sharing one row of numbers; every value of its row flagged */
    for (size_t k = 0; k < t.nspread && k < XXGK_PDF_MAX_SPREAD; k++) {
        const xxgk_pdf_spread *sp = &t.spread[k];
        input_diag_also(in, XXGK_L_PDF_SPREAD_NUMBER, sp->at, sp->text, sp->line, sp->line_end);
    }
    /* a page without a word: an image, a scan; where the page starts */
    for (size_t k = 0; k < t.nblank; k++) {
        char page[16];
        snprintf(page, sizeof page, "%u", (unsigned)t.blank[k]);
        uint32_t p = t.blank[k];
        input_diag(in, XXGK_L_PDF_PAGE_NO_TEXT, p >= 1 && p <= t.npages ? t.page_starts[p - 1] : (uint32_t)t.len, page);
    }
    /* rule 2d: digits of numbers wrapped over lines; every value of the
     * rows on and around them flagged */
    for (size_t k = 0; k < t.nwrapped && k < XXGK_PDF_MAX_SPREAD; k++) {
        const xxgk_pdf_spread *sp = &t.wrapped[k];
        input_diag_also(in, XXGK_P_PDF_WRAPPED_NUMBER, sp->at, sp->text, sp->line, sp->line_end);
    }
    for (size_t k = 0; k < t.nshared && k < XXGK_PDF_MAX_SPREAD; k++) {
        const xxgk_pdf_spread *sp = &t.shared[k];
        input_diag_also(in, XXGK_P_PDF_SHARED_LABELS, sp->at, sp->text, sp->line, sp->line_end);
    }
    /* rule 4e: labels a line off their numbers; every value of the line flagged */
    for (size_t k = 0; k < t.noffset && k < XXGK_PDF_MAX_SPREAD; k++) {
        const xxgk_pdf_spread *sp = &t.offset[k];
        input_diag_also(in, XXGK_P_PDF_LABEL_OFFSET, sp->at, sp->text, sp->line, sp->line_end);
    }
    in->text = t.text;
    in->len = t.len;
    in->page_starts = t.page_starts;
    in->npages = t.npages;
    return true;
}

/* What each kind's front end is. */
static bool read_kind(xxgk_input *in, const uint8_t *buf, size_t n, int kind, int enc,
                      const xxgk_pdf_options *pdf, char *owned)
{
    switch (kind) {
    case XXGK_INPUT_HTML: return read_html(in, buf, n, enc, owned);
    case XXGK_INPUT_DOCX: return docx_read(in, buf, n);
    case XXGK_INPUT_PDF: return read_pdf(in, buf, n, pdf);
    case XXGK_INPUT_DOC: return msdoc_read(in, buf, n);
    default: return read_text(in, buf, n, enc, owned);
    }
}

void xxgk_input_clear(xxgk_input *in)
{
    memset(in, 0, offsetof(xxgk_input, diags));
    in->ndiags = 0;
    in->diags_cut = false;
    in->cut_at = 0;
    in->error[0] = 0;
    in->error_code = 0;
    in->error_num = 0;
    in->skipped = 0;
    in->bad = NULL;
    in->nbad = 0;
}

static bool input_read(xxgk_input *in, const uint8_t *bytes, size_t n, int kind, int encoding,
                       const xxgk_options *opts, char *owned)
{
    xxgk_input_clear(in);
    in->lang = opts ? opts->lang : XXGK_LANG_EN;
    in->encoding = XXGK_ENC_UTF8;
    if (kind == XXGK_INPUT_AUTO)
        kind = xxgk_input_detect(bytes, n);
    in->kind = kind;
    bool ok = read_kind(in, bytes, n, kind, encoding, opts ? &opts->pdf : NULL, owned);
    if (ok && in->len > UINT32_MAX - 16) {
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "larger than 4 GiB, the limit of byte offsets", "文件大于 4 GiB（字节偏移的上限）");
        ok = false;
    }
    return ok;
}

bool xxgk_input_read(xxgk_input *in, const uint8_t *bytes, size_t n, int kind, int encoding,
                     const xxgk_options *opts)
{
    return input_read(in, bytes, n, kind, encoding, opts, NULL);
}

bool xxgk_input_take(xxgk_input *in, char *buf, size_t n, int kind, int encoding,
                     const xxgk_options *opts)
{
    bool ok = input_read(in, (const uint8_t *)buf, n, kind, encoding, opts, buf);
    if (in->text != buf && in->shown != buf)
        free(buf); /* not kept: converted, or another kind's front end */
    return ok;
}

void xxgk_input_free(xxgk_input *in)
{
    free(in->text);
    free(in->shown);
    free(in->runs);
    free(in->places);
    free(in->page_starts);
    free(in->links);
    free(in->furniture);
    free(in->images);
    free(in->bad);
    free(in->meta_title);
    free(in->meta_agency);
    free(in->meta_date);
    xxgk_input_clear(in);
}
