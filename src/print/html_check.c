/* xxgk check --format html: the diagnostics of each file as a page, each
 * with its source line and the span it speaks of marked (the caret of the
 * terminal output). Long lines are cut to a window around the span, as on
 * the terminal. */
#include "html_page_int.h"
#include "print.h"
#include "utf8.h"

enum { WINDOW = 60 }; /* code points kept on either side of the span */

/* Start of the window: up to WINDOW code points before `at`. */
static uint32_t back(const uint8_t *s, uint32_t from, uint32_t at)
{
    uint32_t i = at;
    for (int k = 0; k < WINDOW && i > from; k++) {
        i--;
        while (i > from && (s[i] & 0xC0) == 0x80)
            i--;
    }
    return i;
}

/* End of the window: up to WINDOW code points after `at`. */
static uint32_t ahead(const uint8_t *s, uint32_t at, uint32_t to)
{
    uint32_t i = at;
    for (int k = 0; k < WINDOW && i < to; k++) {
        i++;
        while (i < to && (s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* The line of sp with the span in <mark>: the line of the file shown to
 * the user (the page's source line for a report read from HTML), as the
 * terminal output shows it. */
static void snippet(FILE *f, const xxgk_doc *doc, xxgk_span tsp)
{
    if (!doc->len)
        return;
    xxgk_span sp;
    const doc_lines *shown = doc_shown(doc, tsp.start, &sp.start);
    sp.end = doc_shown_end(doc, tsp.start, tsp.end);
    if (!shown->starts)
        return;
    xxgk_span line = doc_lines_line(shown, sp.start);
    xxgk_pos pos = doc_lines_position(shown, sp.start);
    uint32_t s = sp.start < line.start ? line.start : sp.start > line.end ? line.end : sp.start;
    uint32_t e = sp.end > line.end ? line.end : sp.end < s ? s : sp.end;
    uint32_t from = back(shown->src, line.start, s), to = ahead(shown->src, e, line.end);
    const char *src = (const char *)shown->src;
    fprintf(f, "<pre class=\"snip\"><span class=\"no\">%u | </span>%s", pos.line, from > line.start ? "…" : "");
    html_text(f, src + from, s - from);
    fputs("<mark>", f);
    html_text(f, src + s, e - s);
    if (e == s)
        fputs(" ", f); /* an empty span still shows where */
    fputs("</mark>", f);
    html_text(f, src + e, to - e);
    fprintf(f, "%s</pre>\n", to < line.end ? "…" : "");
}

void xxgk_html_check_begin(FILE *f, int lang)
{
    (void)lang; /* the title is the command's name in either language */
    html_page_begin(f, "xxgk check");
    fputs("<h1>xxgk check</h1>\n", f);
}

/* "2 error(s), 1 warning(s), 0 note(s)", or "2 个错误，1 个警告，0 条提示"
 * under --lang zh, as the terminal's summary words them. */
static void counts(FILE *f, int lang, size_t errors, size_t warnings, size_t notes)
{
    fprintf(f, lang == XXGK_LANG_ZH ? "%zu 个错误，%zu 个警告，%zu 条提示" : "%zu error(s), %zu warning(s), %zu note(s)",
            errors, warnings, notes);
}

static void diag(FILE *f, const xxgk_doc *doc, const xxgk_diag *d)
{
    xxgk_pos p = xxgk_doc_position(doc, d->span.start);
    const char *sev = xxgk_severity_name(d->severity); /* the class: the English key */
    fprintf(f, "<div class=\"diag %s\" data-code=\"%s\"><span class=\"loc\">", sev, xxgk_code_name(d->code));
    html_str(f, doc->name);
    fprintf(f, ":%u:%u:</span> <span class=\"sev-%s\">%s[%s]</span> ", p.line, p.col, sev,
            xxgk_severity_word(doc, d->severity), xxgk_code_name(d->code));
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    html_str(f, xxgk_diag_msg(doc, d, &b));
    xxgk_msgbuf_free(&b);
    fputc('\n', f);
    snippet(f, doc, d->span);
    for (const xxgk_note *n = d->notes; n; n = n->next) {
        xxgk_pos q = xxgk_doc_position(doc, n->span.start);
        fputs("<div class=\"note\"><span class=\"loc\">", f);
        html_str(f, doc->name);
        fprintf(f, ":%u:%u:</span> <span class=\"sev-note\">%s</span> ", q.line, q.col,
                xxgk_severity_word(doc, XXGK_NOTE));
        html_str(f, n->msg);
        snippet(f, doc, n->span);
        fputs("</div>\n", f);
    }
    fputs("</div>\n", f);
}

void xxgk_html_check_doc(FILE *f, const xxgk_doc *doc)
{
    fputs("<section class=\"file\">\n<h2>", f);
    html_str(f, doc->name);
    fputs("</h2>\n<p>", f);
    counts(f, xxgk_doc_lang(doc), xxgk_doc_count(doc, XXGK_ERROR), xxgk_doc_count(doc, XXGK_WARNING),
           xxgk_doc_count(doc, XXGK_NOTE));
    fputs("</p>\n", f);
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        diag(f, doc, d);
    fputs("</section>\n", f);
}

void xxgk_html_check_end(FILE *f, int lang, size_t errors, size_t warnings, size_t notes, size_t files)
{
    fputs("<p class=\"summary\">", f);
    counts(f, lang, errors, warnings, notes);
    fprintf(f, lang == XXGK_LANG_ZH ? "，共 %zu 个文件</p>\n" : " in %zu file(s)</p>\n", files);
    html_page_end(f);
}
