/* SARIF 2.1.0 output (xxgk check --format sarif), for code-scanning tools.
 *
 * One log, one run, the whole catalogue as the driver's rules, one result
 * per diagnostic with its notes as related locations. Columns count Unicode
 * code points (run.columnKind), regions end exclusive, as SARIF defines
 * endColumn; byteOffset/byteLength give the exact bytes as well. Results
 * are streamed: a run over many files holds one document at a time. */
#include <string.h>

#include "print.h"
#include "doc.h"

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

static const char *level(int severity)
{
    return severity == XXGK_ERROR ? "error" : severity == XXGK_WARNING ? "warning" : "note";
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
        fprintf(f, "},\"defaultConfiguration\":{\"level\":\"%s\"}}",
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

void xxgk_sarif_add(xxgk_sarif *w, const xxgk_doc *doc)
{
    FILE *f = w->f;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        fprintf(f, "%s{\"ruleId\":\"%s\",\"ruleIndex\":%d,\"level\":\"%s\",\"message\":{\"text\":",
                w->results++ ? "," : "", xxgk_code_name(d->code), d->code, level(d->severity));
        jstr(f, d->msg);
        fputs("},\"locations\":[{", f);
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
}

void xxgk_sarif_end(xxgk_sarif *w)
{
    fputs("]}]}\n", w->f);
}
