/* Diagnostics as one JSON object per document and line (xxgk check
 * --format json, docs/diagnostics.md):
 *   {"file":…,"diagnostics":[{"code","severity","message","line","col",
 *    "end_line","end_col","byte_start","byte_end"[,"page"],"notes":[…]}]}
 * Lines and columns are 1-based, columns count code points, ends exclusive;
 * "page" only for a PDF (the page of the start). Written through a buffer
 * (json_out.h). */
#include <string.h>

#include "doc.h"
#include "docx_place.h"
#include "json_out.h"
#include "print.h"

/* The position of a span's end, doc_end_position's answer: for a text
 * shown as it is, the place of the later of its start and end (either
 * clamped to the text, as doc_shown does), asked of the cursor; an HTML
 * page's end is where the span's last byte came from, plus one. */
static xxgk_pos end_position(const xxgk_doc *doc, pos_cursor *at, xxgk_span sp)
{
    if (doc->origin)
        return doc_end_position(doc, sp);
    return pos_cursor_at(at, doc, sp.end > sp.start ? sp.end : sp.start);
}

/* The fields formatted in place: the names (under 80 bytes), six numbers of at
 * most ten digits and a page's. */
enum { LOCATION_MAX = 160 };

void ob_json_location(outbuf *o, const xxgk_doc *doc, pos_cursor *at, xxgk_span sp)
{
    xxgk_pos a = pos_cursor_at(at, doc, sp.start), b = end_position(doc, at, sp);
    /* a PDF's page; text without pages has no such field (and no call) */
    uint32_t page = doc->npages ? xxgk_doc_page(doc, sp.start) : 0;
    char *p = ob_room(o, LOCATION_MAX);
    p = put_uint(PUT_LIT(p, "\"line\":"), a.line);
    p = put_uint(PUT_LIT(p, ",\"col\":"), a.col);
    p = put_uint(PUT_LIT(p, ",\"end_line\":"), b.line);
    p = put_uint(PUT_LIT(p, ",\"end_col\":"), b.col);
    p = put_uint(PUT_LIT(p, ",\"byte_start\":"), sp.start);
    p = put_uint(PUT_LIT(p, ",\"byte_end\":"), sp.end);
    if (page)
        p = put_uint(PUT_LIT(p, ",\"page\":"), page);
    ob_end(o, p);
}

void xxgk_json_location(FILE *f, const xxgk_doc *doc, xxgk_span sp)
{
    outbuf o;
    char buf[OB_SIZE];
    ob_init(&o, f, buf, sizeof buf);
    pos_cursor at = {0};
    ob_json_location(&o, doc, &at, sp);
    ob_flush(&o);
}

void ob_json_diags(outbuf *o, const xxgk_doc *doc, pos_cursor *at)
{
    ob_char(o, '[');
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        if (d != xxgk_doc_diags(doc))
            ob_char(o, ',');
        ob_str(o, "{\"code\":\"");
        ob_str(o, xxgk_code_name(d->code));
        ob_str(o, "\",\"severity\":\"");
        ob_str(o, xxgk_severity_name(d->severity));
        ob_str(o, "\",\"message\":");
        const char *msg = xxgk_diag_msg(doc, d, &b);
        ob_json_string(o, msg, strlen(msg));
        ob_char(o, ',');
        ob_json_location(o, doc, at, d->span);
        ob_str(o, ",\"notes\":[");
        /* the .docx place first, where the located format prints it */
        char where[DOCX_PLACE_MAX];
        bool placed = diag_docx_place(doc, d->span.start, where, sizeof where);
        if (placed) {
            ob_str(o, "{\"message\":");
            ob_json_string(o, where, strlen(where));
            ob_char(o, ',');
            ob_json_location(o, doc, at, (xxgk_span){d->span.start, d->span.start});
            ob_char(o, '}');
        }
        for (const xxgk_note *n = d->notes; n; n = n->next) {
            if (n != d->notes || placed)
                ob_char(o, ',');
            ob_str(o, "{\"message\":");
            ob_json_string(o, n->msg, strlen(n->msg));
            ob_char(o, ',');
            ob_json_location(o, doc, at, n->span);
            ob_char(o, '}');
        }
        ob_str(o, "]}");
    }
    xxgk_msgbuf_free(&b);
    ob_char(o, ']');
}

void xxgk_json_diags(FILE *f, const xxgk_doc *doc)
{
    outbuf o;
    char buf[OB_LARGE];
    ob_init(&o, f, buf, sizeof buf);
    pos_cursor at = {0};
    ob_json_diags(&o, doc, &at);
    ob_flush(&o);
}

void xxgk_print_diags_jsonl(FILE *f, const xxgk_doc *doc)
{
    outbuf o;
    char buf[OB_LARGE];
    ob_init(&o, f, buf, sizeof buf);
    pos_cursor at = {0};
    const char *name = xxgk_doc_name(doc);
    ob_str(&o, "{\"file\":");
    ob_json_string(&o, name, strlen(name));
    ob_str(&o, ",\"diagnostics\":");
    ob_json_diags(&o, doc, &at);
    ob_str(&o, "}\n");
    ob_flush(&o);
}
