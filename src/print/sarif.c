/* SARIF 2.1.0 output (xxgk check --format sarif), for code-scanning tools.
 *
 * One log, one run, the whole catalogue as the driver's rules, one result
 * per diagnostic with its notes as related locations. Columns count Unicode
 * code points (run.columnKind), regions end exclusive, as SARIF defines
 * endColumn; byteOffset/byteLength give the exact bytes as well. Results
 * are streamed: a run over many files holds one document at a time. */
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "doc.h"
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
    size_t n = 0;
    const char *fmt = doc_code_format(code, XXGK_LANG_EN);
    for (const char *p = fmt; *p && n + 4 < sizeof buf; p++) {
        if (*p != '%') {
            buf[n++] = *p;
            continue;
        }
        if (p[1] == '%') {
            buf[n++] = '%';
            p++;
            continue;
        }
        /* skip flags, width, precision, length and the conversion */
        p++;
        while (*p && strchr("0123456789$.-+ #lhzjt", *p))
            p++;
        if (!*p)
            break;
        memcpy(buf + n, "…", 3);
        n += 3;
    }
    buf[n] = 0;
    jstr(f, buf);
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

/* The file name as a URI reference: relative paths stay relative, absolute
 * ones become file:// URIs; everything else is percent-encoded (UTF-8). */
static void uri(FILE *f, const char *name)
{
    fputc('"', f);
    if (name[0] == '/')
        fputs("file://", f);
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (unreserved(*p))
            fputc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
    fputc('"', f);
}

static void physical(FILE *f, const xxgk_doc *doc, xxgk_span sp)
{
    xxgk_pos a = xxgk_doc_position(doc, sp.start), b = doc_end_position(doc, sp);
    fputs("\"physicalLocation\":{\"artifactLocation\":{\"uri\":", f);
    uri(f, xxgk_doc_name(doc));
    fprintf(f,
            "},\"region\":{\"startLine\":%u,\"startColumn\":%u,\"endLine\":%u,\"endColumn\":%u,"
            "\"byteOffset\":%u,\"byteLength\":%u}}",
            a.line, a.col, b.line, b.col, sp.start, sp.end - sp.start);
}

/* FNV-1a, 64 bits, over n bytes, continuing from h. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    for (const unsigned char *c = p; n--; c++)
        h = (h ^ *c) * 0x100000001b3ULL;
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

void xxgk_sarif_add(xxgk_sarif *w, const xxgk_doc *doc)
{
    FILE *f = w->f;
    u64map lines = {0}, counts = {0};
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        uint64_t h;
        size_t same = fingerprint(doc, d, &lines, &counts, &h);
        fprintf(f, "%s{\"ruleId\":\"%s\",\"ruleIndex\":%d,\"level\":\"%s\",\"message\":{\"text\":",
                w->results++ ? "," : "", xxgk_code_name(d->code), d->code, result_level(w, d->severity));
        jstr(f, d->msg);
        fprintf(f, "},\"partialFingerprints\":{\"xxgkFinding/v1\":\"%016llx:%zu\"},\"locations\":[{",
                (unsigned long long)h, same);
        physical(f, doc, d->span);
        fputs("}]", f);
        if (d->notes) {
            fputs(",\"relatedLocations\":[", f);
            int id = 0;
            for (const xxgk_note *n = d->notes; n; n = n->next) {
                fprintf(f, "%s{\"id\":%d,", id ? "," : "", id);
                id++;
                physical(f, doc, n->span);
                fputs(",\"message\":{\"text\":", f);
                jstr(f, n->msg);
                fputs("}}", f);
            }
            fputc(']', f);
        }
        fputc('}', f);
    }
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
