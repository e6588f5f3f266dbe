/* Internals shared by the HTML pages (html_*.c). */
#ifndef XXGK_HTML_PAGE_INT_H
#define XXGK_HTML_PAGE_INT_H
#include "doc.h"
#include "html_page.h"

/* A table of doc drawn as the template draws it; with d, the cells d
 * changed are highlighted (d's NEW side is doc when on_new, else OLD). */
void html_table(FILE *f, const xxgk_doc *doc, const xxgk_table *t, int file, const diff_result *d, bool on_new);
/* A value link: the text of v (or "(empty)", in LANG) linked to pos in file. */
/* A cell change a side cannot place (diff.h, diff_unplaced): why, in a
 * <span class="why">; nothing for a placed one. */
void html_unplaced_why(FILE *f, const diff_change *ch, int lang);
/* A change on a cell: old → new, each linked to its line (OLD in file
 * FILE - 1 when ON_NEW, else FILE; NEW in the next), and the change. */
void html_change_values(FILE *f, const diff_change *ch, int file, bool on_new, int lang);
/* A change on a copy of a cell printed more than once (P014): which copy
 * and how many each side prints, as the human format says it; nothing
 * when ch->copy is 0. */
void html_copy_label(FILE *f, const diff_change *ch, int lang);
void html_value_link(FILE *f, int file, xxgk_pos pos, int state, xxgk_dec v, int unit, int lang);
/* Charts of the key figures of docs[0..n), one point per year that
 * prints the figure (html_chart.c). */
void html_charts(FILE *f, const xxgk_doc *const *docs, size_t n);
#endif
