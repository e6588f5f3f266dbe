/* xxgk diff --format html: the page of a diff or a series (docs/html.md).
 * For each pair: the two reports side by side, the sections with their
 * prose similarity, every table as the template draws it with the changed
 * cells highlighted, the cross-year checks with their operands, then the
 * headings and paragraphs added, removed, renamed or moved (changed
 * characters marked). The sources follow, each line an anchor the items link to.
 * Built from the diff's public results only (diff.h). */
#include <string.h>

#include "html_page_int.h"

/* A word of the page in the reader's language (--lang, kept on the
 * documents): the page speaks as the human format does. */
static const char *T(int lang, const char *en, const char *zh) { return lang == XXGK_LANG_ZH ? zh : en; }

static const char *action_word(int action, int lang)
{
    switch (action) {
    case DIFF_INSERT: return T(lang, "added", "新增");
    case DIFF_DELETE: return T(lang, "removed", "删除");
    case DIFF_UPDATE: return T(lang, "changed", "修改");
    case DIFF_MOVE: return T(lang, "moved", "移动");
    default: return "";
    }
}

/* A table as the reader names it: its key, or 表二 … in Chinese. */
static const char *table_word(int t, int lang)
{
    static const char *const zh[XXGK_TABLE__COUNT] = {"表二", "表三", "表四"};
    return lang == XXGK_LANG_ZH && t >= 0 && t < XXGK_TABLE__COUNT ? zh[t] : xxgk_table_key(t);
}

/* A row or column: its key, or in Chinese the template's label. */
static const char *row_word(int row, int lang)
{
    return lang == XXGK_LANG_ZH ? xxgk_tpl_row_name(row) : xxgk_row_key(row);
}

static const char *col_word(int col, int lang)
{
    return lang == XXGK_LANG_ZH ? xxgk_tpl_col_name(col) : xxgk_col_key(col);
}

static void side_row(FILE *f, const char *what, const diff_side *s, int file, int lang)
{
    fprintf(f, "<tr><th>%s</th><td><a href=\"#f%d\">", what, file);
    html_str(f, s->file);
    fputs("</a></td><td>", f);
    html_str(f, s->agency ? s->agency : T(lang, "(agency unknown)", "（机关不明）"));
    fputs("</td><td>", f);
    if (s->year)
        fprintf(f, "%d", s->year);
    fputs("</td><td>", f);
    if (s->tmpl)
        fprintf(f, "%s %d", T(lang, "template", "模板"), s->tmpl);
    fprintf(f, "</td><td>%s</td><td>%zu %s</td></tr>\n", diff_script_word(s->script, lang), s->errors,
            T(lang, "parse error(s)", "处解析错误"));
}

/* A section as a row header: its numeral, key and title (一 overview
 * 总体情况); in Chinese the numeral and title alone, the short name
 * being the title again (一 总体情况). The preamble: its word. */
static void section_name(FILE *f, int s, int lang)
{
    if (!s) {
        fprintf(f, "%s", diff_section_word(s, lang));
        return;
    }
    fprintf(f, "%s", xxgk_section_numeral(s));
    if (lang != XXGK_LANG_ZH)
        fprintf(f, " %s", diff_section_key(s));
    fprintf(f, " %s", xxgk_section_title(s));
}

/* Sections: prose similarity and paragraph counts, by canonical id. */
static void sections(FILE *f, const diff_result *d, int lang)
{
    fprintf(f, "<h3>Sections · 各部分</h3>\n<table class=\"sections\"><tr><th>%s</th><th>%s</th>"
               "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
            T(lang, "section", "部分"), T(lang, "prose similarity", "文字相似"), T(lang, "same", "相同"),
            action_word(DIFF_UPDATE, lang), action_word(DIFF_INSERT, lang), action_word(DIFF_DELETE, lang),
            action_word(DIFF_MOVE, lang));
    for (int s = 0; s < XXGK_SEC__COUNT; s++) {
        const diff_prose *p = &d->prose[s];
        if (!p->in_old && !p->in_new)
            continue;
        fputs("<tr><th class=\"lbl\">", f);
        section_name(f, s, lang);
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
static void item_row(FILE *f, const diff_change *c, int fo, size_t *budget, int lang)
{
    fprintf(f, "<tr class=\"%s\" data-kind=\"%s\"><td class=\"what\"><b>%s</b> %s", diff_action_name(c->action),
            diff_kind_name(c->kind), action_word(c->action, lang), diff_kind_word(c->kind, lang));
    if (c->action == DIFF_MOVE && c->old_section != c->section)
        fprintf(f, " %s %s", T(lang, "from", "原在"), diff_section_word(c->old_section, lang));
    if (c->similarity >= 0 && c->action != DIFF_INSERT && c->action != DIFF_DELETE)
        fprintf(f, T(lang, "<br/><small>%d%% similar</small>", "<br/><small>相似 %d%%</small>"), c->similarity);
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
static void items(FILE *f, const diff_result *d, int fo, size_t *budget, int lang)
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
                fprintf(f, "<table class=\"side\"><tr><th></th><th>%s ", T(lang, "OLD", "旧"));
                html_str(f, d->old.file);
                fprintf(f, "</th><th>%s ", T(lang, "NEW", "新"));
                html_str(f, d->new.file);
                fputs("</th></tr>\n", f);
            }
            if (!in_section++) {
                fputs("<tr><th colspan=\"3\" class=\"lbl\">", f);
                section_name(f, s, lang);
                fputs("</th></tr>\n", f);
            }
            item_row(f, c, fo, budget, lang);
        }
    }
    if (n)
        fputs("</table>\n", f);
    else
        fprintf(f, "<p>%s</p>\n", T(lang, "No heading or paragraph changed.", "小标题与段落均无变动。"));
}

/* The tables: NEW's, highlighted; OLD's too when the template changed
 * (its rows are not NEW's), or when NEW has no such table. */
static void tables(FILE *f, const diff_result *d, const xxgk_doc *od, const xxgk_doc *nd, int fo, int lang)
{
    const xxgk_report *orp = xxgk_doc_report(od), *nrp = xxgk_doc_report(nd);
    fprintf(f, "<h3 id=\"tables%d\">Tables · 表格</h3>\n", fo);
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *ot = orp ? orp->tables[t] : NULL, *nt = nrp ? nrp->tables[t] : NULL;
        if (!ot && !nt)
            continue;
        fprintf(f, T(lang, "<h4>%s · %s (%zu cells same, %zu changed", "<h4>%s · %s（单元格相同 %zu，变动 %zu"),
                xxgk_section_numeral(t + 2), lang == XXGK_LANG_ZH ? diff_section_word(t + 2, lang) : xxgk_table_key(t),
                d->cells_same[t], d->cells_changed[t]);
        if (d->cells_unplaced[t])
            fprintf(f, T(lang, ", %zu unplaced by parse errors", "，因解析错误位置不明 %zu"), d->cells_unplaced[t]);
        fputs(T(lang, ")</h4>\n", "）</h4>\n"), f);
        if (nt)
            html_table(f, nd, nt, fo + 1, d, true);
        if (ot && (!nt || d->old.tmpl != d->new.tmpl)) {
            fprintf(f, T(lang, "<p>OLD (template %d):</p>\n", "<p>旧报告（模板 %d）：</p>\n"), d->old.tmpl);
            html_table(f, od, ot, fo, d, false);
        }
    }
}

/* A table or row one side lacks: one item, its cells' values after it
 * (linked to their lines) so they stay at hand. */
static void group_item(FILE *f, const diff_result *d, const diff_group *g, int fo, int lang)
{
    bool on_old = g->action == DIFF_DELETE;
    const diff_change *first = &d->changes[g->first];
    bool unplaced = first->old_unplaced.code || first->new_unplaced.code; /* as its cells are */
    fprintf(f, "<li class=\"%s%s\" data-kind=\"%s\">%s", on_old ? "delete" : "insert", unplaced ? " unplaced" : "",
            diff_kind_name(g->kind), table_word(g->table, lang));
    if (g->kind == DIFF_K_ROW)
        fprintf(f, T(lang, ".%s", " · %s"), row_word(g->row, lang));
    const diff_unplaced *u = diff_group_unplaced(d, g);
    /* in Chinese as the human format says it: 新报告缺（7 个单元格） */
    const char *kind = lang == XXGK_LANG_ZH ? "" : diff_kind_name(g->kind);
    const char *side = on_old ? T(lang, "NEW", "新报告") : T(lang, "OLD", "旧报告");
    if (u) /* printed there perhaps, but unread: a doubt, not a deletion */
        fprintf(f, T(lang, ": %s not placed in %s (%s at %u:%u; %zu cells) <small>", "：%s%s位置不明（%s，%u:%u；%zu 个单元格） <small>"),
                kind, side, xxgk_code_name(u->code), u->pos.line, u->pos.col, g->ncells);
    else
        fprintf(f, T(lang, ": %s missing in %s (%zu cells) <small>", "：%s%s缺（%zu 个单元格） <small>"), kind, side,
                g->ncells);
    html_line_link(f, on_old ? fo : fo + 1, on_old ? g->old_pos : g->new_pos);
    fputs("</small>", f);
    html_unplaced_why(f, first, lang);
    fputs("<br/><small>", f);
    bool any = false;
    for (size_t i = g->first; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (!c->group || &d->groups[c->group - 1] != g)
            continue;
        /* a table's cells by row.column, a row's by column */
        if (g->kind == DIFF_K_TABLE)
            fprintf(f, T(lang, "%s%s.%s ", "%s%s · %s "), any ? T(lang, ", ", "，") : "", row_word(c->row, lang),
                    col_word(c->col, lang));
        else
            fprintf(f, "%s%s ", any ? T(lang, ", ", "，") : "", col_word(c->col, lang));
        if (on_old)
            html_value_link(f, fo, c->old_pos, c->old_state, c->old_value, c->old_unit, lang);
        else
            html_value_link(f, fo + 1, c->new_pos, c->new_state, c->new_value, c->new_unit, lang);
        any = true;
    }
    fputs("</small></li>\n", f);
}

/* A cell NEW no longer prints: a deletion of the grid's cell (a key's
 * first copy, or its only one). */
static bool no_longer_printed(const diff_change *c) { return c->action == DIFF_DELETE && c->copy <= 1; }

/* A change on the second or a later copy of a cell a report prints more
 * than once (P014): the grid draws a key once, its first copy, so such a
 * change has no cell there. */
static bool on_later_copy(const diff_change *c) { return c->copy > 1; }

/* The cell changes PICK takes (but those of a table or row one side
 * lacks, said by group_item) under HEADING, one item each: the key, old
 * → new linked to their lines, the copy, why it is unplaced. */
static void cell_list(FILE *f, const diff_result *d, int fo, int lang, bool (*pick)(const diff_change *),
                      const char *heading)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (c->kind != DIFF_K_CELL || c->group || !pick(c))
            continue;
        if (!n++)
            fprintf(f, "<h4>%s</h4>\n<ul class=\"items\">\n", heading);
        fprintf(f, T(lang, "<li class=\"%s\">%s.%s.%s: ", "<li class=\"%s\">%s · %s · %s："),
                diff_action_name(c->action), table_word(c->table, lang), row_word(c->row, lang),
                col_word(c->col, lang));
        html_change_values(f, c, fo + 1, true, lang);
        html_copy_label(f, c, lang);
        html_unplaced_why(f, c, lang);
        fputs("</li>\n", f);
    }
    if (n)
        fputs("</ul>\n", f);
}

/* Tables and rows one side lacks (one item each), then the other cells
 * the other side should print but does not, then the changes on later
 * copies of a cell. */
static void removed_cells(FILE *f, const diff_result *d, int fo, int lang)
{
    if (d->ngroups) {
        fprintf(f, "<h4>%s</h4>\n<ul class=\"items\">\n",
                T(lang, "Tables and rows missing (or not placed) on one side", "一方缺少（或位置不明）的表与行"));
        for (size_t i = 0; i < d->ngroups; i++)
            group_item(f, d, &d->groups[i], fo, lang);
        fputs("</ul>\n", f);
    }
    cell_list(f, d, fo, lang, no_longer_printed,
              T(lang, "Cells no longer printed", "新报告不再填报的单元格"));
    cell_list(f, d, fo, lang, on_later_copy,
              T(lang, "Cells printed more than once: changes on their later copies (P014)",
                "重复填报的单元格：其后各份的变动（P014）"));
}

static void mapped_rows(FILE *f, const diff_result *d, int fo, int lang)
{
    if (!d->nmapped)
        return;
    fprintf(f, "<h4>%s</h4>\n<table class=\"mapped\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th></th></tr>\n",
            T(lang, "Rows across the template change", "跨模板对应的行"), T(lang, "table", "表"), T(lang, "column", "列"),
            T(lang, "OLD", "旧"), T(lang, "NEW", "新"));
    for (size_t i = 0; i < d->nmapped; i++) {
        const diff_mapped *m = &d->mapped[i];
        fprintf(f, "<tr><td>%s</td><td>%s</td><td>", table_word(m->table, lang), col_word(m->col, lang));
        char buf[64];
        html_str(f, diff_mapped_word(m->old_row, m->old_parts, m->old_desc, lang, buf, sizeof buf));
        fputs("</td><td>", f);
        html_str(f, diff_mapped_word(m->new_row, m->new_parts, m->new_desc, lang, buf, sizeof buf));
        fputs("</td><td class=\"num\">", f);
        if (m->known) {
            html_value_link(f, fo, m->old_pos, XXGK_CELL_VALUE, m->old_value, 0, lang);
            fputs(" → ", f);
            html_value_link(f, fo + 1, m->new_pos, XXGK_CELL_VALUE, m->new_value, 0, lang);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
}

/* Cross-year checks: pass, fail or skipped, with every operand. */
static void checks(FILE *f, const diff_result *d, int fo, int lang)
{
    fputs("<h3>Cross-year checks · 跨年核对</h3>\n", f);
    if (!d->nchecks) {
        fprintf(f, "<p>%s</p>\n",
                T(lang, "None: NEW is not the next year of the same agency.", "无：新报告不是同一机关的下一年度报告。"));
        return;
    }
    fputs("<ul class=\"items checks\">\n", f);
    for (size_t i = 0; i < d->nchecks; i++) {
        const diff_check *c = &d->checks[i];
        const char *st = diff_status_name(c->status);
        fprintf(f, "<li class=\"check\"><span class=\"%s\">%s</span> ", st, diff_status_word(c->status, lang));
        char cb[160];
        html_str(f, diff_check_word(c, lang, cb, sizeof cb));
        for (int k = 0; k < c->nnums; k++) {
            const diff_number *n = &c->nums[k];
            fputs(k ? ", " : T(lang, ": ", "："), f);
            html_str(f, n->name);
            fputs(" = ", f);
            if (n->has)
                html_value_link(f, n->on_new ? fo + 1 : fo, n->pos, XXGK_CELL_VALUE, n->value, 0, lang);
            else
                fputs(T(lang, "(not printed)", "（未填报）"), f);
        }
        const char *reason = T(lang, c->reason_en, c->reason_zh);
        if (reason) {
            fputs(" — ", f);
            html_str(f, reason);
        }
        fputs("</li>\n", f);
    }
    fputs("</ul>\n", f);
}

static void pair(FILE *f, const diff_result *d, const xxgk_doc *od, const xxgk_doc *nd, int fo, size_t *budget,
                 int lang)
{
    fprintf(f, "<section class=\"pair\" id=\"pair%d\">\n<h2>", fo);
    html_str(f, d->old.file);
    fputs(" → ", f);
    html_str(f, d->new.file);
    fputs("</h2>\n<table class=\"meta\">\n", f);
    side_row(f, T(lang, "OLD", "旧"), &d->old, fo, lang);
    side_row(f, T(lang, "NEW", "新"), &d->new, fo + 1, lang);
    fprintf(f, T(lang, "</table>\n<p>%zu change(s): %zu section(s), %zu heading(s), %zu paragraph(s), %zu cell(s).</p>\n",
                 "</table>\n<p>共 %zu 处变动：部分 %zu，小标题 %zu，段落 %zu，单元格 %zu。</p>\n"),
            diff_count(d, 0, 0), diff_count(d, 0, DIFF_K_SECTION), diff_count(d, 0, DIFF_K_HEADING),
            diff_count(d, 0, DIFF_K_PARAGRAPH), diff_count(d, 0, DIFF_K_CELL));
    if (d->other_agency) { /* two agencies' reports, said before their changes */
        fputs(T(lang, "<p class=\"note other-agency\">The agencies differ (", "<p class=\"note other-agency\">机关不同（"), f);
        html_str(f, d->old.agency);
        fputs(" → ", f);
        html_str(f, d->new.agency);
        fputs(T(lang,
                "): these are two agencies' reports, not one agency's years; the cross-year checks are "
                "skipped. · 机关不同：这是两个机关的报告，不是同一机关的逐年变化；跨年核对已跳过。</p>\n",
                "）：这是两个机关的报告，不是同一机关的逐年变化；跨年核对已跳过。</p>\n"),
              f);
    }
    /* the numbers first: they are what readers compare */
    sections(f, d, lang);
    tables(f, d, od, nd, fo, lang);
    removed_cells(f, d, fo, lang);
    mapped_rows(f, d, fo, lang);
    checks(f, d, fo, lang);
    items(f, d, fo, budget, lang);
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
    int lang = xxgk_doc_lang(docs[0]); /* --lang, as every document was read with it */
    for (size_t i = 0; i + 1 < ndocs; i++)
        pair(f, pairs[i], docs[i], docs[i + 1], (int)i, &budget, lang);
    fputs("<section id=\"sources\">\n<h2>Sources · 原文</h2>\n", f);
    for (size_t i = 0; i < ndocs; i++)
        html_source(f, docs[i], (int)i);
    fputs("</section>\n", f);
    html_page_end(f);
}
