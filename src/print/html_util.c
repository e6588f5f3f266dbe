/* Pieces shared by the HTML pages: escaping, the page frame and its style
 * sheet, links to source lines and the copies of the sources. */
#include <string.h>

#include "doc.h"
#include "html_page.h"
#include "utf8.h"

/* Characters XML forbids (C0 controls but TAB and LF, DEL and C1 stay
 * legible as U+FFFD) and bytes that are not UTF-8 become U+FFFD, so the
 * page stays well-formed whatever the report holds. */
static bool html_bad_cp(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFE ||
           cp == 0xFFFF;
}

void html_text(FILE *f, const char *s, size_t n)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0, plain = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode(u + i, n - i, &cp);
        const char *rep = NULL;
        if (!l || html_bad_cp(cp))
            rep = cp == '\r' && l ? "" : "\xEF\xBF\xBD";
        else if (cp == '&')
            rep = "&amp;";
        else if (cp == '<')
            rep = "&lt;";
        else if (cp == '>')
            rep = "&gt;";
        else if (cp == '"')
            rep = "&quot;";
        else if (cp == '\'')
            rep = "&#39;";
        if (rep) {
            fwrite(s + plain, 1, i - plain, f);
            fputs(rep, f);
            i += l ? (size_t)l : 1;
            plain = i;
        } else {
            i += (size_t)l;
        }
    }
    fwrite(s + plain, 1, n - plain, f);
}

void html_str(FILE *f, const char *s)
{
    if (s)
        html_text(f, s, strlen(s));
}

void html_dec(FILE *f, xxgk_dec d)
{
    char buf[48];
    fputs(xxgk_dec_format(d, buf, sizeof buf), f);
}

/* One style sheet for every page: tables as the template draws them
 * (ruled cells, labels left, numbers right), changes in the colours of a
 * review tool, the source copies in a monospaced column. */
static const char css[] =
    "body{font-family:system-ui,'Noto Sans CJK SC','Source Han Sans SC',sans-serif;margin:1.5em;"
    "color:#1b1b1b;max-width:80em}\n"
    "h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}"
    "h3{font-size:1.05em}\n"
    "table{border-collapse:collapse;margin:.4em 0 1em}"
    "th,td{border:1px solid #999;padding:.15em .45em;vertical-align:top}"
    "th{background:#f1f1f1;font-weight:normal}\n"
    "th.lbl{text-align:left}small.key{color:#777;font-family:monospace;font-size:.75em}\n"
    "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "th.lbl{max-width:26em}\n"
    "td.chg{background:#fff3b0}td.chg .old{color:#8a1c1c;text-decoration:line-through}"
    "td.chg .new{font-weight:bold}td.chg .delta{display:block;font-size:.8em;color:#555}\n"
    "td.added{background:#dff5df}td.removed{background:#fbe0e0}\n"
    "td.unplaced{background:#e8e8e8}.unplaced .why{display:block;font-size:.8em;color:#555}\n"
    "del{background:#fbd0d0;text-decoration:line-through}ins{background:#c8f0c8;text-decoration:none}\n"
    ".pass{color:#146c2e}.fail{color:#a4161a;font-weight:bold}.skipped{color:#777}\n"
    ".insert{color:#146c2e}.delete{color:#a4161a}.update{color:#8a5a00}.move{color:#1f4e9c}\n"
    ".meta td,.meta th{border:none;padding:.1em .6em .1em 0;text-align:left}\n"
    "ul.items{list-style:none;padding-left:0}ul.items li{margin:.35em 0}\n"
    "table.side{width:100%;table-layout:fixed}table.side td{line-height:1.45}"
    "table.side tr:first-child th:first-child{width:8em}table.side th{text-align:left}table.side .para{margin:0}\n"
    ".para{display:block;margin:.15em 0 .15em 1.2em}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:1em}.chart{border:1px solid #ddd;padding:.3em}\n"
    ".chart svg{display:block}.chart .t{font-size:.85em}\n"
    "pre.src{font-size:.85em;line-height:1.35;overflow-x:auto;border:1px solid #ddd;padding:.4em}\n"
    "pre.src .ln{display:block}pre.src .ln:target{background:#fff3b0}\n"
    "pre.src .no{display:inline-block;min-width:3.5em;color:#888;user-select:none}\n"
    ".diag{margin:.8em 0}.diag .loc{font-family:monospace}.sev-error{color:#a4161a;font-weight:bold}"
    ".sev-warning{color:#8a3ab9;font-weight:bold}.sev-note{color:#1f6f8b;font-weight:bold}\n"
    "pre.snip{margin:.2em 0 .2em 1em;font-size:.9em}pre.snip mark{background:#ffd0d0;"
    "text-decoration:underline wavy #a4161a}\n"
    "a{color:#1f4e9c}\n";

void html_page_begin(FILE *f, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n"
          "<meta name=\"generator\" content=\"xxgk " XXGK_VERSION "\"/>\n<title>",
          f);
    html_str(f, title);
    fputs("</title>\n<style>\n", f);
    fputs(css, f);
    fputs("</style>\n</head>\n<body>\n", f);
}

void html_page_end(FILE *f) { fputs("</body>\n</html>\n", f); }

void html_line_link(FILE *f, int file, xxgk_pos pos)
{
    if (!pos.line)
        return;
    fprintf(f, "<a class=\"at\" href=\"#f%d-L%u\">%u:%u</a>", file, pos.line, pos.line, pos.col);
}

/* The lines shown are the file's, as positions are (xxgk_doc_position):
 * the page's source lines for a report read from HTML, else the text's. */
void html_source(FILE *f, const xxgk_doc *doc, int file)
{
    const doc_lines *l = doc->origin ? &doc->origin->lines : &doc->lines;
    fprintf(f, "<details id=\"f%d\">\n<summary>", file);
    html_str(f, doc->name);
    fprintf(f, " (%u lines)</summary>\n<pre class=\"src\">", l->starts ? l->n : 0);
    for (uint32_t k = 0; l->starts && k < l->n; k++) {
        xxgk_span sp = doc_lines_line(l, l->starts[k]);
        fprintf(f, "<span class=\"ln\" id=\"f%d-L%u\"><span class=\"no\">%u</span>", file, k + 1, k + 1);
        html_text(f, (const char *)l->src + sp.start, sp.end - sp.start);
        fputs("</span>", f);
    }
    fputs("</pre>\n</details>\n", f);
}
