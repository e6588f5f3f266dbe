/* HTML pages of xxgk (docs/html.md): a diff or a series of reports
 * (xxgk diff --format html) and the diagnostics of a check (xxgk check
 * --format html). One self-contained file: inline CSS and SVG, no script,
 * nothing fetched. The markup is well-formed XML as well as HTML5 (every
 * tag closed, every text escaped, invalid bytes shown as U+FFFD), so any
 * XML parser reads it. No global state. */
#ifndef XXGK_HTML_PAGE_H
#define XXGK_HTML_PAGE_H
#include <stddef.h>
#include <stdio.h>

#include "diff.h"
#include "xxgk.h"

/* The diff page of docs[0..ndocs) (ndocs >= 2): pairs[i] is the diff of
 * docs[i] and docs[i+1]. From three documents on, charts of the key
 * figures over the years come first. Every item links to its line in the
 * copies of the sources at the end of the page. */
void xxgk_html_diff(FILE *f, const xxgk_doc *const *docs, size_t ndocs, const diff_result *const *pairs);

/* The check page, written in three parts so files can be checked on
 * several threads: begin, one block per document (its diagnostics with
 * the source line and the span marked), end with the totals. The words
 * around the messages (severities, counts) are in the run's language
 * (lang, enum xxgk_lang; a document's own: xxgk_doc_lang). */
void xxgk_html_check_begin(FILE *f, int lang);
void xxgk_html_check_doc(FILE *f, const xxgk_doc *doc);
void xxgk_html_check_end(FILE *f, int lang, size_t errors, size_t warnings, size_t notes, size_t files);

/* ---- pieces shared by the pages (html_util.c) -------------------------- */

/* Text escaped for element content and attribute values. */
void html_text(FILE *f, const char *s, size_t n);
void html_str(FILE *f, const char *s); /* NULL prints nothing */
/* An exact decimal. */
void html_dec(FILE *f, xxgk_dec d);
/* <!DOCTYPE html>, <head> with the style sheet, <body>; the end. */
void html_page_begin(FILE *f, const char *title);
void html_page_end(FILE *f);
/* Link to line `line` of source number `file` (its anchor in html_source);
 * nothing for line 0 (a computed number is on no line). */
void html_line_link(FILE *f, int file, xxgk_pos pos);
/* The source of doc, each line with the anchor html_line_link points to. */
void html_source(FILE *f, const xxgk_doc *doc, int file);
/* Old and new text with the characters that differ marked (<del> on the
 * old, <ins> on the new), by a longest common subsequence of code points;
 * `between` (markup) is written between the two. The work is bounded: the
 * table of each pair costs its cells from *budget, and when they are not
 * left (or one pair is too long) the texts are shown whole. */
enum { HTML_CHAR_BUDGET = 256 << 20 }; /* cells of LCS tables for one page */
void html_char_diff(FILE *f, const char *old_text, const char *new_text, const char *between, size_t *budget);
#endif
