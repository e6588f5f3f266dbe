/* A table of a report drawn as the template draws it: row labels on the
 * left, column labels on top, one number per cell. Table 二 has rows with
 * different columns (制发件数 … for rules, 处理决定数量 for licensing, 金额
 * for fees): consecutive rows with the same columns make one grid, so each
 * clause gets its own header, as on paper. Cells that the diff changed are
 * highlighted, old → new with the change. */
#include <stdlib.h>
#include <string.h>

#include "html_page_int.h"
#include "template.h"

enum { MAXCOLS = 32, MAXROWS = 64 };

/* The template's text of a row or column label as the report printed it,
 * else the stable key. */
static const char *label_text(const xxgk_label_use *u, size_t n, int key, const char *fallback)
{
    for (size_t i = 0; i < n; i++)
        if (u[i].key == key && u[i].canonical)
            return u[i].canonical;
    return fallback;
}

/* Table 四 prints its three groups in one row, so its rows have no label
 * of their own: the template's group captions. */
static const char *row_caption(int row)
{
    const char *g = xxgk_tpl_group_label(row);
    return g ? g : xxgk_row_key(row);
}

/* The columns of row `row`, in print order, each once; returns how many. */
static size_t row_cols(const xxgk_table *t, int row, int *cols)
{
    size_t n = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        if (t->cells[i].row != row)
            continue;
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = cols[k] == t->cells[i].col;
        if (!seen && n < MAXCOLS)
            cols[n++] = t->cells[i].col;
    }
    return n;
}

/* The rows of the table in print order, each once. */
static size_t table_rows(const xxgk_table *t, int *rows)
{
    size_t n = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = rows[k] == t->cells[i].row;
        if (!seen && n < MAXROWS)
            rows[n++] = t->cells[i].row;
    }
    return n;
}

/* A computed number (line 0: an expected value of a check, a sum) is
 * not on any line and gets no link. */
void html_value_link(FILE *f, int file, xxgk_pos pos, int state, xxgk_dec v, int unit, int lang)
{
    if (pos.line)
        fprintf(f, "<a href=\"#f%d-L%u\" title=\"%u:%u\">", file, pos.line, pos.line, pos.col);
    else
        fputs("<span class=\"computed\">", f);
    if (state == XXGK_CELL_VALUE) {
        html_dec(f, v);
        if (unit)
            fprintf(f, " %s", xxgk_unit_name(unit));
    } else {
        bool zh = lang == XXGK_LANG_ZH;
        fputs(state == XXGK_CELL_EMPTY ? (zh ? "（空）" : "(empty)") : zh ? "（无）" : "(absent)", f);
    }
    fputs(pos.line ? "</a>" : "</span>", f);
}

/* The change d reports for a cell of this side, or NULL. The grid draws
 * a key's first copy (the table's index holds it: P014), so a change on
 * a later copy of a cell printed more than once is not this cell's: the
 * page lists those apart (html_diff.c, on_later_copy). */
static const diff_change *cell_change(const diff_result *d, const xxgk_cell *c, bool on_new)
{
    for (size_t i = 0; d && i < d->nchanges; i++) {
        const diff_change *ch = &d->changes[i];
        if (ch->kind == DIFF_K_CELL && ch->table == c->table && ch->row == c->row && ch->col == c->col &&
            ch->copy <= 1 && (on_new ? ch->has_new : ch->has_old))
            return ch;
    }
    return NULL;
}

void html_copy_label(FILE *f, const diff_change *ch, int lang)
{
    char buf[96];
    if (!ch->copy)
        return;
    fputs(" <small class=\"copy\">", f);
    html_str(f, diff_copy_word(ch, lang, buf, sizeof buf));
    fputs("</small>", f);
}

void html_change_values(FILE *f, const diff_change *ch, int file, bool on_new, int lang)
{
    int fo = on_new ? file - 1 : file, fn = on_new ? file : file + 1;
    if (ch->has_old) {
        fputs("<span class=\"old\">", f);
        html_value_link(f, fo, ch->old_pos, ch->old_state, ch->old_value, ch->old_unit, lang);
        fputs("</span>", f);
    }
    if (ch->has_old && ch->has_new)
        fputs(" → ", f);
    if (ch->has_new) {
        fputs("<span class=\"new\">", f);
        html_value_link(f, fn, ch->new_pos, ch->new_state, ch->new_value, ch->new_unit, lang);
        fputs("</span>", f);
    }
    if (ch->has_delta) {
        fputs("<span class=\"delta\">", f);
        if (ch->delta.mant >= 0)
            fputc('+', f);
        html_dec(f, ch->delta);
        fputs("</span>", f);
    }
}

void html_unplaced_why(FILE *f, const diff_change *ch, int lang)
{
    const diff_unplaced *u[2] = {&ch->old_unplaced, &ch->new_unplaced};
    char why[160];
    bool first = true;
    for (int k = 0; k < 2; k++) {
        if (!u[k]->code)
            continue;
        if (first)
            fputs(lang == XXGK_LANG_ZH ? "<span class=\"why\">? 位置不明，未必是报告本身的变动："
                                       : "<span class=\"why\">? unplaced, not the report's change for certain: ",
                  f);
        else
            fputs(lang == XXGK_LANG_ZH ? "；" : "; ", f);
        html_str(f, diff_unplaced_text(u[k], k == 1, lang, why, sizeof why));
        first = false;
    }
    if (!first)
        fputs("</span>", f);
}

/* One cell: plain, or highlighted with what the diff says of it. */
static void draw_cell(FILE *f, const xxgk_doc *doc, const xxgk_cell *c, int file, const diff_result *d,
                      bool on_new)
{
    const diff_change *ch = cell_change(d, c, on_new);
    const char *cls = !ch ? "num" : ch->action == DIFF_UPDATE ? "num chg" : on_new ? "num added" : "num removed";
    /* a change on a cell the reading doubts: grey, with the parse error */
    bool unplaced = ch && (ch->old_unplaced.code || ch->new_unplaced.code);
    fprintf(f, "<td class=\"%s%s\" data-key=\"%s.%s.%s\">", cls, unplaced ? " unplaced" : "",
            xxgk_table_key(c->table), xxgk_row_key(c->row), xxgk_col_key(c->col));
    if (ch && ch->action == DIFF_UPDATE)
        html_change_values(f, ch, file, on_new, xxgk_doc_lang(doc));
    else
        html_value_link(f, file, xxgk_doc_position(doc, c->span.start), c->state, c->value,
                        c->unit_printed ? c->unit : 0, xxgk_doc_lang(doc));
    if (ch)
        html_copy_label(f, ch, xxgk_doc_lang(doc));
    if (unplaced)
        html_unplaced_why(f, ch, xxgk_doc_lang(doc));
    fputs("</td>", f);
}

/* Rows rows[from..to) share the columns cols[0..nc): one grid. */
static void draw_grid(FILE *f, const xxgk_doc *doc, const xxgk_table *t, const int *rows, size_t from,
                      size_t to, const int *cols, size_t nc, int file, const diff_result *d, bool on_new)
{
    fprintf(f, "<table class=\"grid\" data-table=\"%s\">\n<tr><th></th>", xxgk_table_key(t->id));
    for (size_t k = 0; k < nc; k++) {
        fputs("<th>", f);
        html_str(f, label_text(t->cols, t->ncols, cols[k], xxgk_col_key(cols[k])));
        fputs("</th>", f);
    }
    fputs("</tr>\n", f);
    for (size_t r = from; r < to; r++) {
        /* a numbered sub-row with its group's numeral: （三）1.属于国家秘密 */
        fprintf(f, "<tr><th class=\"lbl\">%s", xxgk_tpl_row_group(rows[r]));
        html_str(f, label_text(t->rows, t->nrows, rows[r], row_caption(rows[r])));
        fprintf(f, " <small class=\"key\">%s</small></th>", xxgk_row_key(rows[r]));
        for (size_t k = 0; k < nc; k++) {
            const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(doc), t->id, rows[r], cols[k]);
            if (c && c->state != XXGK_CELL_ABSENT)
                draw_cell(f, doc, c, file, d, on_new);
            else
                fputs("<td class=\"num\"></td>", f);
        }
        fputs("</tr>\n", f);
    }
    fputs("</table>\n", f);
}

void html_table(FILE *f, const xxgk_doc *doc, const xxgk_table *t, int file, const diff_result *d, bool on_new)
{
    int rows[MAXROWS], cols[MAXCOLS], next[MAXCOLS];
    size_t nr = table_rows(t, rows);
    size_t r = 0;
    while (r < nr) {
        size_t nc = row_cols(t, rows[r], cols), to = r + 1;
        while (to < nr && row_cols(t, rows[to], next) == nc && memcmp(next, cols, nc * sizeof *cols) == 0)
            to++;
        draw_grid(f, doc, t, rows, r, to, cols, nc, file, d, on_new);
        r = to;
    }
}
