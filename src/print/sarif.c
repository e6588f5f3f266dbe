/* SARIF 2.1.0 output (xxgk check --format sarif), for code-scanning tools.
 *
 * One log, one run, the whole catalogue as the driver's rules, one result
 * per diagnostic with its notes as related locations. Columns count Unicode
 * code points (run.columnKind), regions end exclusive, as SARIF defines
 * endColumn; byteOffset/byteLength give the exact bytes as well. Results
 * are streamed: a run over many files holds one document at a time. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "docx_place.h"
#include "json_out.h"
#include "print.h"
#include "u64map.h"

#define SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

static void jstr(FILE *f, const char *s) { xxgk_json_string(f, s, strlen(s)); }

/* "P_MISSING_SECTION" -> "missing-section": the rule's readable name. */
static void rule_name(FILE *f, int code)
{
    const char *e = xxgk_code_slug(code);
    const char *u = strchr(e, '_');
    e = u ? u + 1 : e;
    fputc('"', f);
    for (; *e; e++)
        fputc(*e == '_' ? '-' : (*e >= 'A' && *e <= 'Z') ? *e - 'A' + 'a' : *e, f);
    fputc('"', f);
}

/* The catalogue's English format with its conversions shown as "…". */
static void description(FILE *f, int code)
{
    char buf[512];
    jstr(f, doc_code_pattern(code, XXGK_LANG_EN, buf, sizeof buf));
}

#ifndef XXGK_DOCS_URL
#define XXGK_DOCS_URL "docs/"
#endif

/* The first paragraph of the code's documentation, joined into one line. */
static void first_paragraph(FILE *f, const char *doc)
{
    const char *end = strstr(doc, "\n\n");
    size_t n = end ? (size_t)(end - doc) : strlen(doc);
    char *p = strndup(doc, n);
    if (!p) {
        jstr(f, "");
        return;
    }
    for (char *q = p; *q; q++)
        if (*q == '\n')
            *q = ' ';
    jstr(f, p);
    free(p);
}

/* fullDescription, help (the page's section, as text and markdown) and
 * helpUri (its anchor in docs/diagnostics.md) of one rule. */
static void rule_help(FILE *f, int code)
{
    const char *heading, *anchor, *doc = xxgk_code_doc(code, &heading, &anchor);
    if (!doc)
        return;
    fputs(",\"fullDescription\":{\"text\":", f);
    first_paragraph(f, doc);
    fputs("},\"help\":{\"text\":", f);
    jstr(f, doc);
    fputs(",\"markdown\":", f);
    jstr(f, doc);
    fputs("},\"helpUri\":", f);
    size_t n = strlen(XXGK_DOCS_URL "diagnostics.md#") + strlen(anchor) + 1;
    char *u = malloc(n);
    if (u) {
        snprintf(u, n, "%s%s", XXGK_DOCS_URL "diagnostics.md#", anchor);
        jstr(f, u);
        free(u);
    } else
        jstr(f, XXGK_DOCS_URL "diagnostics.md");
}

static const char *level(int severity)
{
    return severity == XXGK_ERROR ? "error" : severity == XXGK_WARNING ? "warning" : "note";
}

/* A result's level is what the run made of it: with --strict a warning
 * fails the run (exit 1), so it is an error there too. */
static const char *result_level(const xxgk_sarif *w, int severity)
{
    return level(w->strict && severity == XXGK_WARNING ? XXGK_ERROR : severity);
}

void xxgk_sarif_begin(xxgk_sarif *w, FILE *f)
{
    w->f = f;
    w->results = 0;
    fputs("{\"$schema\":\"" SCHEMA "\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{"
          "\"name\":\"xxgk\",\"version\":\"" XXGK_VERSION "\",\"rules\":[",
          f);
    for (int code = 0; code < XXGK__CODE_COUNT; code++) {
        fprintf(f, "%s{\"id\":\"%s\",\"name\":", code ? "," : "", xxgk_code_name(code));
        rule_name(f, code);
        fputs(",\"shortDescription\":{\"text\":", f);
        description(f, code);
        fputc('}', f);
        rule_help(f, code);
        fprintf(f, ",\"defaultConfiguration\":{\"level\":\"%s\"}}",
                level(xxgk_code_severity(code)));
    }
    fputs("]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[", f);
}

static bool unreserved(unsigned char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/';
}

static const char uri_hex[] = "0123456789ABCDEF"; /* %XX in upper case */

/* The file name as a URI reference: relative paths stay relative, absolute
 * ones become file:// URIs; everything else is percent-encoded (UTF-8).
 * Its opening: the quote, and the scheme of an absolute path. */
static const char *uri_opening(const char *name) { return name[0] == '/' ? "\"file://" : "\""; }

/* The name's bytes from *p as the URI has them, at o while ROOM holds
 * another's three: the bytes written, *p past the bytes taken. The one
 * writer of the encoding, a piece at a time or whole. */
static size_t uri_encode(char *o, size_t room, const unsigned char **p)
{
    char *s = o;
    for (; **p && room - (size_t)(o - s) >= 3; (*p)++) {
        unsigned char c = **p;
        if (unreserved(c)) {
            *o++ = (char)c;
        } else {
            o[0] = '%';
            o[1] = uri_hex[c >> 4];
            o[2] = uri_hex[c & 0xF];
            o += 3;
        }
    }
    return (size_t)(o - s);
}

static void uri(FILE *f, const char *name)
{
    fputs(uri_opening(name), f);
    char piece[256];
    for (const unsigned char *p = (const unsigned char *)name; *p;)
        fwrite(piece, 1, uri_encode(piece, sizeof piece, &p), f);
    fputc('"', f);
}

/* A document's findings are written through a buffer (outbuf.h), their
 * places counted through a cursor (pos_cursor.h, the same line and column
 * as xxgk_doc_position), and the file's URI, the same in every location,
 * formatted once when it is short (URI_SMALL bytes: any file name but a
 * long path of other scripts, each byte of which takes three). */
enum { URI_SMALL = 1024 };

typedef struct sarif_doc {
    outbuf o;
    const xxgk_doc *doc;
    pos_cursor at;
    const char *name;
    size_t uri_len; /* 0: not formatted (too long), written each time */
    char uri[URI_SMALL];
} sarif_doc;

/* uri's bytes, at o (room for uri_bytes(name)): the end. */
static char *put_uri(char *o, const char *name)
{
    o = put(o, uri_opening(name));
    const unsigned char *p = (const unsigned char *)name;
    o += uri_encode(o, SIZE_MAX, &p);
    *o++ = '"';
    return o;
}

/* The bytes uri writes for name. */
static size_t uri_bytes(const char *name)
{
    size_t n = name[0] == '/' ? 9 : 2;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        n += unreserved(*p) ? 1 : 3;
    return n;
}

/* The URI into the buffer: the kept one, or one written a piece at a time
 * (a name too long for URI_SMALL). */
static void sd_uri(sarif_doc *sd)
{
    outbuf *o = &sd->o;
    if (sd->uri_len) {
        ob_put(o, sd->uri, sd->uri_len);
        return;
    }
    ob_str(o, uri_opening(sd->name));
    char piece[256];
    for (const unsigned char *p = (const unsigned char *)sd->name; *p;)
        ob_put(o, piece, uri_encode(piece, sizeof piece, &p));
    ob_char(o, '"');
}

enum { REGION_MAX = 160 }; /* the region's names (under 110 bytes) and six numbers */

static void physical(sarif_doc *sd, xxgk_span sp)
{
    const xxgk_doc *doc = sd->doc;
    xxgk_pos a = pos_cursor_at(&sd->at, doc, sp.start);
    /* doc_end_position: for a text shown as it is, the place of the later
     * of start and end (clamped to the text, as doc_shown does) */
    xxgk_pos b = doc->origin ? doc_end_position(doc, sp)
                             : pos_cursor_at(&sd->at, doc, sp.end > sp.start ? sp.end : sp.start);
    ob_str(&sd->o, "\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    sd_uri(sd);
    char *o = ob_room(&sd->o, REGION_MAX);
    o = put_uint(PUT_LIT(o, "},\"region\":{\"startLine\":"), a.line);
    o = put_uint(PUT_LIT(o, ",\"startColumn\":"), a.col);
    o = put_uint(PUT_LIT(o, ",\"endLine\":"), b.line);
    o = put_uint(PUT_LIT(o, ",\"endColumn\":"), b.col);
    o = put_uint(PUT_LIT(o, ",\"byteOffset\":"), sp.start);
    o = put_uint(PUT_LIT(o, ",\"byteLength\":"), sp.end - sp.start);
    o = PUT_LIT(o, "}}");
    ob_end(&sd->o, o);
}

/* FNV-1a, 64 bits, over n bytes, continuing from h: eight bytes a step
 * where they last (the same products, one test of the count for eight: a
 * finding's line is a paragraph of hundreds of bytes). */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const uint64_t prime = 0x100000001b3ULL;
    const unsigned char *c = p;
    for (; n >= 8; n -= 8, c += 8) {
        h = (h ^ c[0]) * prime;
        h = (h ^ c[1]) * prime;
        h = (h ^ c[2]) * prime;
        h = (h ^ c[3]) * prime;
        h = (h ^ c[4]) * prime;
        h = (h ^ c[5]) * prime;
        h = (h ^ c[6]) * prime;
        h = (h ^ c[7]) * prime;
    }
    for (; n--; c++)
        h = (h ^ *c) * prime;
    return h;
}

/* What identifies a finding across runs and unrelated edits: its rule and
 * the text of its line with the blanks at both ends dropped, not the line
 * number (an edit above moves it). */
static uint64_t finding_hash(const xxgk_doc *doc, const xxgk_diag *d, xxgk_span ln)
{
    size_t len;
    const uint8_t *src = xxgk_doc_source(doc, &len);
    while (ln.start < ln.end && (src[ln.start] == ' ' || src[ln.start] == '\t'))
        ln.start++;
    while (ln.end > ln.start && strchr(" \t\r\n", src[ln.end - 1]))
        ln.end--;
    const char *rule = xxgk_code_name(d->code);
    uint64_t h = fnv(0xcbf29ce484222325ULL, rule, strlen(rule) + 1);
    return fnv(h, src + ln.start, ln.end - ln.start);
}

/* partialFingerprints: the finding's hash (*h) and how many findings of
 * the same rule on the same line text came before it (the result). So
 * that thousands of findings on one long line stay linear, a line's hash
 * for a rule is computed once (lines, by line start and rule: the hash
 * walks the line) and the findings so far are counted by hash (counts),
 * not compared with every one before. Without memory for the maps the
 * hash is computed alone and the count is 0. */
static size_t fingerprint(const xxgk_doc *doc, const xxgk_diag *d, u64map *lines, u64map *counts, uint64_t *h)
{
    xxgk_span ln = xxgk_doc_line(doc, d->span.start);
    uint64_t key = (uint64_t)ln.start << 32 | (uint32_t)d->code;
    const uint64_t *known = u64map_get(lines, key);
    uint64_t *line = known ? NULL : u64map_at(lines, key);
    *h = known ? *known : finding_hash(doc, d, ln);
    if (line)
        *line = *h;
    uint64_t *seen = u64map_at(counts, *h);
    return seen ? (size_t)(*seen)++ : 0;
}

/* "%016llx:%zu" of a fingerprint at o: the end. */
static char *put_fingerprint(char *o, uint64_t h, size_t same)
{
    static const char hex[] = "0123456789abcdef";
    for (int k = 15; k >= 0; k--, h >>= 4)
        o[k] = hex[h & 0xF];
    o[16] = ':';
    return put_u64(o + 17, same);
}

void xxgk_sarif_add(xxgk_sarif *w, const xxgk_doc *doc)
{
    u64map lines = {0}, counts = {0};
    sarif_doc sd;
    char buf[OB_LARGE];
    ob_init(&sd.o, w->f, buf, sizeof buf);
    sd.doc = doc;
    sd.at = (pos_cursor){0};
    sd.name = xxgk_doc_name(doc);
    sd.uri_len = uri_bytes(sd.name) <= URI_SMALL ? (size_t)(put_uri(sd.uri, sd.name) - sd.uri) : 0;
    outbuf *o = &sd.o;
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        uint64_t h;
        size_t same = fingerprint(doc, d, &lines, &counts, &h);
        ob_str(o, w->results++ ? ",{\"ruleId\":\"" : "{\"ruleId\":\"");
        ob_str(o, xxgk_code_name(d->code));
        ob_str(o, "\",\"ruleIndex\":");
        ob_int(o, d->code);
        ob_str(o, ",\"level\":\"");
        ob_str(o, result_level(w, d->severity));
        ob_str(o, "\",\"message\":{\"text\":");
        const char *msg = xxgk_diag_msg(doc, d, &b);
        ob_json_string(o, msg, strlen(msg));
        ob_str(o, "},\"partialFingerprints\":{\"xxgkFinding/v1\":\"");
        ob_end(o, put_fingerprint(ob_room(o, 40), h, same));
        ob_str(o, "\"},\"locations\":[{");
        physical(&sd, d->span);
        ob_str(o, "}]");
        /* the .docx place first, where the located format prints it */
        char where[DOCX_PLACE_MAX];
        bool placed = diag_docx_place(doc, d->span.start, where, sizeof where);
        if (d->notes || placed) {
            ob_str(o, ",\"relatedLocations\":[");
            int id = 0;
            if (placed) {
                ob_str(o, "{\"id\":0,");
                id++;
                physical(&sd, (xxgk_span){d->span.start, d->span.start});
                ob_str(o, ",\"message\":{\"text\":");
                ob_json_string(o, where, strlen(where));
                ob_str(o, "}}");
            }
            for (const xxgk_note *n = d->notes; n; n = n->next) {
                ob_str(o, id ? ",{\"id\":" : "{\"id\":");
                ob_int(o, id);
                ob_char(o, ',');
                id++;
                physical(&sd, n->span);
                ob_str(o, ",\"message\":{\"text\":");
                ob_json_string(o, n->msg, strlen(n->msg));
                ob_str(o, "}}");
            }
            ob_char(o, ']');
        }
        ob_char(o, '}');
    }
    xxgk_msgbuf_free(&b);
    ob_flush(o);
    u64map_free(&lines);
    u64map_free(&counts);
}

/* One argument for a shell: as it is when it is plain, else in '…'. */
static void shell_word(char *buf, size_t size, const char *a)
{
    bool plain = *a != 0;
    for (const char *p = a; *p; p++)
        if (!(unreserved((unsigned char)*p) || *p == '=' || *p == ':' || *p == ',' || *p == '+' ||
              (unsigned char)*p >= 0x80))
            plain = false;
    size_t n = 0;
    if (!plain && n + 1 < size)
        buf[n++] = '\'';
    for (const char *p = a; *p && n + 5 < size; p++) {
        if (*p == '\'' && !plain) {
            memcpy(buf + n, "'\\''", 4);
            n += 4;
        } else
            buf[n++] = *p;
    }
    if (!plain && n + 1 < size)
        buf[n++] = '\'';
    buf[n] = 0;
}

static void command_line(FILE *f, const xxgk_sarif_invocation *inv)
{
    fputs("\"commandLine\":", f);
    size_t cap = 1, n = 0;
    for (int i = 0; i < inv->argc; i++)
        cap += 4 * strlen(inv->argv[i]) + 4;
    char *line = malloc(cap), *word = malloc(cap);
    if (!line || !word) {
        free(line);
        free(word);
        fputs("null", f);
        return;
    }
    line[0] = 0;
    for (int i = 0; i < inv->argc; i++) {
        shell_word(word, cap, inv->argv[i]);
        n += (size_t)snprintf(line + n, cap - n, "%s%s", i ? " " : "", word);
    }
    jstr(f, line);
    free(line);
    free(word);
    fputs(",\"arguments\":[", f);
    for (int i = 0; i < inv->argc; i++) {
        if (i)
            fputc(',', f);
        jstr(f, inv->argv[i]);
    }
    fputc(']', f);
}

void xxgk_sarif_end(xxgk_sarif *w, const xxgk_sarif_invocation *inv)
{
    FILE *f = w->f;
    fputs("],\"invocations\":[{", f);
    bool ok = true;
    if (inv) {
        command_line(f, inv);
        fputs(",\"toolExecutionNotifications\":[", f);
        for (size_t i = 0, k = 0; i < inv->nfiles; i++) {
            if (!inv->failed[i])
                continue;
            ok = false;
            fprintf(f, "%s{\"level\":\"error\",\"message\":{\"text\":", k++ ? "," : "");
            jstr(f, inv->failed[i]);
            fputs("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":", f);
            uri(f, strcmp(inv->files[i], "-") == 0 ? "<stdin>" : inv->files[i]);
            fputs("}}}]}", f);
        }
        fputs("],", f);
    }
    fprintf(f, "\"executionSuccessful\":%s}]}]}\n", ok ? "true" : "false");
}
