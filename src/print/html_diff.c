/* xxgk diff --format html: the page of a diff or a series (docs/html.md).
 * For each pair: the two reports side by side, the sections with their
 * prose similarity, every table as the template draws it with the changed
 * cells highlighted, the cross-year checks with their operands, then the
 * headings and paragraphs added, removed, renamed or moved (changed
 * characters marked). The sources follow, each line an anchor the items link to.
 * Built from the diff's public results only (diff.h). */
#include <string.h>

#include "html_page_int.h"

static const char *action_word(int action)
{
    switch (action) {
    case DIFF_INSERT: return "added";
    case DIFF_DELETE: return "removed";
    case DIFF_UPDATE: return "changed";
    case DIFF_MOVE: return "moved";
    default: return "";
    }
}

static void side_row(FILE *f, const char *what, const diff_side *s, int file)
{
    fprintf(f, "<tr><th>%s</th><td><a href=\"#f%d\">", what, file);
    html_str(f, s->file);
    fputs("</a></td><td>", f);
    html_str(f, s->agency ? s->agency : "(agency unknown)");
    fputs("</td><td>", f);
    if (s->year)
        fprintf(f, "%d", s->year);
    fputs("</td><td>", f);
    if (s->tmpl)
        fprintf(f, "template %d", s->tmpl);
    fprintf(f, "</td><td>%s</td><td>%zu parse error(s)</td></tr>\n", diff_script_name(s->script), s->errors);
}

/* Sections: prose similarity and paragraph counts, by canonical id. */
static void sections(FILE *f, const diff_result *d)
{
    fputs("<h3>Sections · 各部分</h3>\n<table class=\"sections\"><tr><th>section</th><th>prose similarity</th>"
          "<th>same</th><th>changed</th><th>added</th><th>removed</th><th>moved</th></tr>\n",
          f);
    for (int s = 0; s < XXGK_SEC__COUNT; s++) {
        const diff_prose *p = &d->prose[s];
        if (!p->in_old && !p->in_new)
            continue;
        fprintf(f, "<tr><th class=\"lbl\">%s %s", xxgk_section_numeral(s), diff_section_key(s));
        if (s)
            fprintf(f, " %s", xxgk_section_title(s));
        fprintf(f, "</th><td class=\"num\">%d%%</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                   "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td></tr>\n",
                p->similarity, p->same, p->updated, p->added, p->removed, p->moved);
    }
    fputs("</table>\n", f);
}

/* One side of an item: the action word, the text, the link to its line. */
static void text_cell(FILE *f, const diff_change *c, bool old_side, int file)
{
    bool has = old_side ? c->has_old : c->has_new;
    const char *text = old_side ? c->old_text : c->new_text;
    if (!has) {
        fputs("<td></td>", f);
        return;
    }
    const char *tag = c->action == DIFF_DELETE ? "del" : c->action == DIFF_INSERT ? "ins" : "span";
    fprintf(f, "<td><%s>", tag);
    html_str(f, text);
    fprintf(f, "</%s> <small>", tag);
    html_line_link(f, file, old_side ? c->old_pos : c->new_pos);
    fputs("</small></td>", f);
}

/* A heading, section title or paragraph, old on the left, new on the
 * right: added, removed, renamed or edited (the changed characters
 * marked), moved. */
static void item_row(FILE *f, const diff_change *c, int fo, size_t *budget)
{
    fprintf(f, "<tr class=\"%s\" data-kind=\"%s\"><td class=\"what\"><b>%s</b> %s", diff_action_name(c->action),
            diff_kind_name(c->kind), action_word(c->action), diff_kind_name(c->kind));
    if (c->action == DIFF_MOVE && c->old_section != c->section)
        fprintf(f, " from %s", diff_section_key(c->old_section));
    if (c->similarity >= 0 && c->action != DIFF_INSERT && c->action != DIFF_DELETE)
        fprintf(f, "<br/><small>%d%% similar</small>", c->similarity);
    fputs("</td>", f);
    if (c->has_old && c->has_new && c->old_text && c->new_text && strcmp(c->old_text, c->new_text) != 0) {
        /* the old text's cell ends, with its line, between the two sides */
        char mid[160] = "</td><td>";
        if (c->old_pos.line)
            snprintf(mid, sizeof mid, " <small><a class=\"at\" href=\"#f%d-L%u\">%u:%u</a></small></td><td>", fo,
                     c->old_pos.line, c->old_pos.line, c->old_pos.col);
        fputs("<td>", f);
        html_char_diff(f, c->old_text, c->new_text, mid, budget);
        fputs(" <small>", f);
        html_line_link(f, fo + 1, c->new_pos);
        fputs("</small></td>", f);
    } else {
        text_cell(f, c, true, fo);
        text_cell(f, c, false, fo + 1);
    }
    fputs("</tr>\n", f);
}

/* Headings and paragraphs, section by section (by NEW's section; OLD's
 * for what was removed), OLD on the left and NEW on the right. */
static void items(FILE *f, const diff_result *d, int fo, size_t *budget)
{
    fputs("<h3>Headings and paragraphs · 标题与段落</h3>\n", f);
    size_t n = 0;
    for (int s = 0; s < XXGK_SEC__COUNT; s++) {
        size_t in_section = 0;
        for (size_t i = 0; i < d->nchanges; i++) {
            const diff_change *c = &d->changes[i];
            if (c->kind == DIFF_K_CELL || c->section != s)
                continue;
            if (!n++) {
                fputs("<table class=\"side\"><tr><th></th><th>OLD ", f);
                html_str(f, d->old.file);
                fputs("</th><th>NEW ", f);
                html_str(f, d->new.file);
                fputs("</th></tr>\n", f);
            }
            if (!in_section++)
                fprintf(f, "<tr><th colspan=\"3\" class=\"lbl\">%s %s %s</th></tr>\n", xxgk_section_numeral(s),
                        diff_section_key(s), s ? xxgk_section_title(s) : "");
            item_row(f, c, fo, budget);
        }
    }
    if (n)
        fputs("</table>\n", f);
    else
        fputs("<p>No heading or paragraph changed.</p>\n", f);
}

/* The tables: NEW's, highlighted; OLD's too when the template changed
 * (its rows are not NEW's), or when NEW has no such table. */
static void tables(FILE *f, const diff_result *d, const xxgk_doc *od, const xxgk_doc *nd, int fo)
{
    const xxgk_report *orp = xxgk_doc_report(od), *nrp = xxgk_doc_report(nd);
    fprintf(f, "<h3 id=\"tables%d\">Tables · 表格</h3>\n", fo);
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *ot = orp ? orp->tables[t] : NULL, *nt = nrp ? nrp->tables[t] : NULL;
        if (!ot && !nt)
            continue;
        fprintf(f, "<h4>%s · %s (%zu cells same, %zu changed", xxgk_section_numeral(t + 2),
                xxgk_table_key(t), d->cells_same[t], d->cells_changed[t]);
        if (d->cells_unplaced[t])
            fprintf(f, ", %zu unplaced by parse errors", d->cells_unplaced[t]);
        fputs(")</h4>\n", f);
        if (nt)
            html_table(f, nd, nt, fo + 1, d, true);
        if (ot && (!nt || d->old.tmpl != d->new.tmpl)) {
            fprintf(f, "<p>OLD (template %d):</p>\n", d->old.tmpl);
            html_table(f, od, ot, fo, d, false);
        }
    }
}

/* A table or row one side lacks: one item, its cells' values after it
 * (linked to their lines) so they stay at hand. */
static void group_item(FILE *f, const diff_result *d, const diff_group *g, int fo)
{
    bool on_old = g->action == DIFF_DELETE;
    const diff_change *first = &d->changes[g->first];
    bool unplaced = first->old_unplaced.code || first->new_unplaced.code; /* as its cells are */
    fprintf(f, "<li class=\"%s%s\" data-kind=\"%s\">%s", on_old ? "delete" : "insert", unplaced ? " unplaced" : "",
            diff_kind_name(g->kind), xxgk_table_key(g->table));
    if (g->kind == DIFF_K_ROW)
        fprintf(f, ".%s", xxgk_row_key(g->row));
    const diff_unplaced *u = diff_group_unplaced(d, g);
    if (u) /* printed there perhaps, but unread: a doubt, not a deletion */
        fprintf(f, ": %s not placed in %s (%s at %u:%u; %zu cells) <small>", diff_kind_name(g->kind),
                on_old ? "NEW" : "OLD", xxgk_code_name(u->code), u->pos.line, u->pos.col, g->ncells);
    else
        fprintf(f, ": %s missing in %s (%zu cells) <small>", diff_kind_name(g->kind), on_old ? "NEW" : "OLD",
                g->ncells);
    html_line_link(f, on_old ? fo : fo + 1, on_old ? g->old_pos : g->new_pos);
    fputs("</small>", f);
    html_unplaced_why(f, first);
    fputs("<br/><small>", f);
    bool any = false;
    for (size_t i = g->first; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (!c->group || &d->groups[c->group - 1] != g)
            continue;
        /* a table's cells by row.column, a row's by column */
        if (g->kind == DIFF_K_TABLE)
            fprintf(f, "%s%s.%s ", any ? ", " : "", xxgk_row_key(c->row), xxgk_col_key(c->col));
        else
            fprintf(f, "%s%s ", any ? ", " : "", xxgk_col_key(c->col));
        if (on_old)
            html_value_link(f, fo, c->old_pos, c->old_state, c->old_value, c->old_unit);
        else
            html_value_link(f, fo + 1, c->new_pos, c->new_state, c->new_value, c->new_unit);
        any = true;
    }
    fputs("</small></li>\n", f);
}

/* Tables and rows one side lacks (one item each), then the other cells
 * the other side should print but does not. */
static void removed_cells(FILE *f, const diff_result *d, int fo)
{
    if (d->ngroups) {
        fputs("<h4>Tables and rows missing (or not placed) on one side</h4>\n<ul class=\"items\">\n", f);
        for (size_t i = 0; i < d->ngroups; i++)
            group_item(f, d, &d->groups[i], fo);
        fputs("</ul>\n", f);
    }
    size_t n = 0;
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (c->kind != DIFF_K_CELL || c->action != DIFF_DELETE || c->group)
            continue;
        if (!n++)
            fputs("<h4>Cells no longer printed</h4>\n<ul class=\"items\">\n", f);
        fprintf(f, "<li class=\"delete\">%s.%s.%s: ", xxgk_table_key(c->table), xxgk_row_key(c->row),
                xxgk_col_key(c->col));
        html_value_link(f, fo, c->old_pos, c->old_state, c->old_value, c->old_unit);
        html_unplaced_why(f, c);
        fputs("</li>\n", f);
    }
    if (n)
        fputs("</ul>\n", f);
}

static void mapped_rows(FILE *f, const diff_result *d, int fo)
{
    if (!d->nmapped)
        return;
    fputs("<h4>Rows across the template change</h4>\n<table class=\"mapped\"><tr><th>table</th><th>column</th>"
          "<th>OLD</th><th>NEW</th><th></th></tr>\n",
          f);
    for (size_t i = 0; i < d->nmapped; i++) {
        const diff_mapped *m = &d->mapped[i];
        fprintf(f, "<tr><td>%s</td><td>%s</td><td>", xxgk_table_key(m->table), xxgk_col_key(m->col));
        html_str(f, m->old_desc);
        fputs("</td><td>", f);
        html_str(f, m->new_desc);
        fputs("</td><td class=\"num\">", f);
        if (m->known) {
            html_value_link(f, fo, m->old_pos, XXGK_CELL_VALUE, m->old_value, 0);
            fputs(" → ", f);
            html_value_link(f, fo + 1, m->new_pos, XXGK_CELL_VALUE, m->new_value, 0);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
}

/* Cross-year checks: pass, fail or skipped, with every operand. */
static void checks(FILE *f, const diff_result *d, int fo)
{
    fputs("<h3>Cross-year checks · 跨年核对</h3>\n", f);
    if (!d->nchecks) {
        fputs("<p>None: NEW is not the next year of the same agency.</p>\n", f);
        return;
    }
    fputs("<ul class=\"items checks\">\n", f);
    for (size_t i = 0; i < d->nchecks; i++) {
        const diff_check *c = &d->checks[i];
        const char *st = diff_status_name(c->status);
        fprintf(f, "<li class=\"check\"><span class=\"%s\">%s</span> ", st, st);
        html_str(f, c->name);
        if (c->col)
            fprintf(f, " (%s)", xxgk_col_key(c->col));
        for (int k = 0; k < c->nnums; k++) {
            const diff_number *n = &c->nums[k];
            fputs(k ? ", " : ": ", f);
            html_str(f, n->name);
            fputs(" = ", f);
            if (n->has)
                html_value_link(f, n->on_new ? fo + 1 : fo, n->pos, XXGK_CELL_VALUE, n->value, 0);
            else
                fputs("(not printed)", f);
        }
        if (c->reason_en) {
            fputs(" — ", f);
            html_str(f, c->reason_en);
        }
        fputs("</li>\n", f);
    }
    fputs("</ul>\n", f);
}

static void pair(FILE *f, const diff_result *d, const xxgk_doc *od, const xxgk_doc *nd, int fo, size_t *budget)
{
    fprintf(f, "<section class=\"pair\" id=\"pair%d\">\n<h2>", fo);
    html_str(f, d->old.file);
    fputs(" → ", f);
    html_str(f, d->new.file);
    fputs("</h2>\n<table class=\"meta\">\n", f);
    side_row(f, "OLD", &d->old, fo);
    side_row(f, "NEW", &d->new, fo + 1);
    fprintf(f, "</table>\n<p>%zu change(s): %zu section(s), %zu heading(s), %zu paragraph(s), %zu cell(s).</p>\n",
            diff_count(d, 0, 0), diff_count(d, 0, DIFF_K_SECTION), diff_count(d, 0, DIFF_K_HEADING),
            diff_count(d, 0, DIFF_K_PARAGRAPH), diff_count(d, 0, DIFF_K_CELL));
    if (d->other_agency) { /* two agencies' reports, said before their changes */
        fputs("<p class=\"note other-agency\">The agencies differ (", f);
        html_str(f, d->old.agency);
        fputs(" → ", f);
        html_str(f, d->new.agency);
        fputs("): these are two agencies' reports, not one agency's years; the cross-year checks are "
              "skipped. · 机关不同：这是两个机关的报告，不是同一机关的逐年变化；跨年核对已跳过。</p>\n",
              f);
    }
    /* the numbers first: they are what readers compare */
    sections(f, d);
    tables(f, d, od, nd, fo);
    removed_cells(f, d, fo);
    mapped_rows(f, d, fo);
    checks(f, d, fo);
    items(f, d, fo, budget);
    fputs("</section>\n", f);
}

static void title(FILE *f, const xxgk_doc *const *docs, size_t n)
{
    const xxgk_report *first = xxgk_doc_report(docs[0]), *last = xxgk_doc_report(docs[n - 1]);
    char buf[256];
    snprintf(buf, sizeof buf, "xxgk diff: %s %d → %d", first && first->agency ? first->agency : "",
             first ? first->year : 0, last ? last->year : 0);
    html_page_begin(f, buf);
    fputs("<h1>", f);
    html_str(f, buf);
    fputs("</h1>\n", f);
}

void xxgk_html_diff(FILE *f, const xxgk_doc *const *docs, size_t ndocs, const diff_result *const *pairs)
{
    if (ndocs < 2)
        return;
    title(f, docs, ndocs);
    if (ndocs > 2)
        html_charts(f, docs, ndocs);
    size_t budget = HTML_CHAR_BUDGET; /* shared by every pair of the page */
    for (size_t i = 0; i + 1 < ndocs; i++)
        pair(f, pairs[i], docs[i], docs[i + 1], (int)i, &budget);
    fputs("<section id=\"sources\">\n<h2>Sources · 原文</h2>\n", f);
    for (size_t i = 0; i < ndocs; i++)
        html_source(f, docs[i], (int)i);
    fputs("</section>\n", f);
    html_page_end(f);
}
