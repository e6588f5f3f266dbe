/* Tables 二 and 四 printed transposed (table 三: build_trans.c), as some
 * sites and PDFs print them. Decided by the labels, never by the numbers;
 * read by the labels, each number to the cell whose labels the report
 * prints above it and before it, with one note (P068); anything that
 * cannot be matched is one error (P069) and no cell of the table (of the
 * clause, in table 二), never a flood and never a guess.
 *
 * Table 四, its results as rows: a line of numbers whose first number
 * has a result word (结果维持 … 总计) before it on its line, and a result
 * word after the table's first number (the next row's label: a table
 * printed the right way prints all its words before its numbers). Two
 * forms:
 *
 *   the groups as columns: a header of 行政复议 and 行政诉讼's two groups
 *   (on one line, or 行政诉讼 above 未经复议直接起诉 and 复议后起诉 on the
 *   next, or a grid's last line naming the three), then five rows, a
 *   result and a number under each group;
 *
 *   fifteen rows, the group words as the first columns: each row's group
 *   is the last group word before its number (a group word printed once
 *   for the rows it spans, or on each).
 *
 * Costs nothing to a table printed the right way but a walk of its few
 * words at its end (no result word before its first number on that
 * line). */
#include <stdio.h>
#include <string.h>

#include "build.h"

/* ---- the message ---- */

static void app_unread(parse_ctx *ctx, xxgk_span at, const char *why)
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED_OTHER_UNREAD, at, "四",
                      zh ? "行政复议、行政诉讼" : "行政复议 and 行政诉讼",
                      zh ? "结果维持……总计" : "结果维持 … 总计", why);
}

static const char *group_name(int row)
{
    const char *g = xxgk_tpl_group_label(row);
    return g ? g : xxgk_tpl_row_name(row);
}

/* ---- table 四 ---- */

enum { APP_ROWS = 5, APP_GROUPS = 3 };

/* A line of numbers: ctx->vals [f, f + n) (from its first number to its
 * last value printed), its result word (-1: none). */
struct app_line {
    size_t f, n;
    int label; /* index into ctx->app_words */
};

static int group_index(int row)
{
    return row == XXGK_R_REVIEW ? 0 : row == XXGK_R_SUIT_DIRECT ? 1 : row == XXGK_R_SUIT_AFTER_REVIEW ? 2 : -1;
}

/* The lines of numbers of the table's values, at most MAX; their count
 * (MAX + 1: more). */
static int value_lines(parse_ctx *ctx, struct app_line *lines, int max)
{
    const cellbuf *b = &ctx->vals;
    const xxgk_doc *doc = ctx->doc;
    int n = 0;
    size_t i = 0;
    while (i < b->n) {
        size_t s = i, e = i + 1;
        while (e < b->n && doc_same_line(doc, b->v[s].start, b->v[e].start))
            e++;
        i = e;
        size_t f = s;
        while (f < e && b->v[f].tok != NUMBER)
            f++;
        if (f == e)
            continue; /* a line of words or blanks: the header's */
        size_t l = e;
        while (l > f && padding_candidate(&b->v[l - 1]))
            l--;
        if (n == max)
            return max + 1;
        lines[n++] = (struct app_line){f, l - f, -1};
    }
    return n;
}

/* The result word labelling the line whose first number is V: the last
 * result word on its line before it, with no words of the values (TEXT)
 * between; -1 when none. */
static int line_label(parse_ctx *ctx, const struct app_line *ln)
{
    const ptok *v = &ctx->vals.v[ln->f];
    int label = -1;
    for (int k = 0; k < ctx->napp_words; k++) {
        const struct app_word *w = &ctx->app_words[k];
        if (w->at >= v->start)
            break;
        if (!w->head && doc_same_line(ctx->doc, w->at, v->start))
            label = k;
    }
    if (label < 0)
        return -1;
    for (size_t i = ln->f; i-- > 0 && ctx->vals.v[i].start > ctx->app_words[label].at;)
        if (ctx->vals.v[i].tok == TEXT)
            return -1; /* words between the result and the numbers */
    return label;
}

/* The header's columns (group rows) of a table of the groups as columns,
 * its group words before the first number FIRST; NV the values of the
 * first row. Their count, 0 when they cannot be told. */
static int header_groups(parse_ctx *ctx, uint32_t first, size_t nv, int cols[APP_GROUPS + 1], xxgk_span *at)
{
    const struct app_word *w = ctx->app_words;
    int nw = 0, last = -1; /* the first group word of the header's last line */
    while (nw < ctx->napp_words && w[nw].at < first) {
        if (w[nw].head && (last < 0 || !doc_same_line(ctx->doc, w[last].at, w[nw].at)))
            last = nw;
        nw++;
    }
    if (last < 0)
        return 0;
    int n = 0, head = -1;
    for (int k = 0; k < nw; k++)
        if (w[k].head && head < 0)
            head = k; /* the header's first group word */
    *at = span_of(w[head].at, w[head].end);
    /* a grid's last line naming each column */
    int leaves = 0;
    bool suits = false;
    for (int k = last; k < nw; k++)
        if (w[k].head) {
            leaves += w[k].key != 0;
            suits |= w[k].key == 0;
        }
    if (!suits && (size_t)leaves == nv && last != head) {
        for (int k = last; k < nw && n < APP_GROUPS + 1; k++)
            if (w[k].head)
                cols[n++] = w[k].key;
        return n;
    }
    /* the first line's groups, 行政诉讼 read as the groups of the line
     * after it */
    for (int k = head; k < nw && doc_same_line(ctx->doc, w[head].at, w[k].at); k++) {
        if (!w[k].head)
            continue;
        if (w[k].key) {
            if (n < APP_GROUPS + 1)
                cols[n++] = w[k].key;
            continue;
        }
        int next = k + 1;
        while (next < nw && (!w[next].head || doc_same_line(ctx->doc, w[k].at, w[next].at)))
            next++;
        if (next == nw)
            return 0; /* 行政诉讼 not split into its two groups */
        for (int j = next; j < nw && doc_same_line(ctx->doc, w[next].at, w[j].at); j++)
            if (w[j].head && (w[j].key == XXGK_R_SUIT_DIRECT || w[j].key == XXGK_R_SUIT_AFTER_REVIEW) &&
                n < APP_GROUPS + 1)
                cols[n++] = w[j].key;
    }
    return n;
}

/* Table 四 printed transposed, at its end: true when it is (its cells
 * made, P068; or P069 and none). */
bool bld_trans_appeals(parse_ctx *ctx)
{
    const cellbuf *b = &ctx->vals;
    size_t fi = 0;
    while (fi < b->n && b->v[fi].tok != NUMBER)
        fi++;
    if (fi == b->n)
        return false;
    uint32_t first = b->v[fi].start;
    /* the words come in print order: a table printed the right way has
     * none after its first number */
    const struct app_word *w = ctx->app_words;
    int nw = ctx->napp_words;
    if (w[nw - 1].at < first)
        return false;
    /* keep table 四's words: its groups' (行政诉讼 without a key) and its
     * results' */
    int k = 0;
    for (int i = 0; i < nw; i++)
        if (w[i].head ? w[i].key == 0 || xxgk_row_table(w[i].key) == XXGK_TABLE_APPEALS
                      : xxgk_tpl_result_rank(w[i].key) < APP_ROWS)
            ctx->app_words[k++] = w[i];
    ctx->napp_words = nw = k;
    bool before = false, after = false, late_group = false;
    for (int i = 0; i < nw; i++) {
        if (w[i].at > first) {
            after |= !w[i].head;
            late_group |= w[i].head && w[i].key != 0;
        } else if (!w[i].head && doc_same_line(ctx->doc, w[i].at, first)) {
            before = true;
        }
    }
    if (!before || !after)
        return false;

    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char why[256];
    enum { MAXL = APP_ROWS * APP_GROUPS };
    struct app_line lines[MAXL];
    int nl = value_lines(ctx, lines, MAXL);
    if (nl > MAXL) {
        snprintf(why, sizeof why, zh ? "数字行多于 %d 行" : "it has more than %d rows of numbers", MAXL);
        app_unread(ctx, tok_span(&b->v[fi]), why);
        return true;
    }
    for (int i = 0; i < nl; i++) {
        lines[i].label = line_label(ctx, &lines[i]);
        if (lines[i].label < 0) {
            snprintf(why, sizeof why,
                     zh ? "一行数字之前不是结果（结果维持……总计）之一" : "a row of numbers has no result (结果维持 … 总计) before it");
            app_unread(ctx, tok_span(&b->v[lines[i].f]), why);
            return true;
        }
    }
    int rows[MAXL], cols[MAXL];
    size_t at[MAXL];
    int n = 0;
    uint32_t seen[APP_GROUPS] = {0};
    xxgk_span note_at;
    if (late_group) {
        /* fifteen rows, the group words as the first columns */
        note_at = span_of(w[lines[0].label].at, w[lines[0].label].end);
        for (int i = 0; i < nl; i++) {
            const ptok *v = &b->v[lines[i].f];
            int g = -1;
            for (int k = 0; k < ctx->napp_words && w[k].at < v->start; k++)
                if (w[k].head && w[k].key)
                    g = k;
            const struct app_word *lw = &w[lines[i].label];
            if (g < 0) {
                snprintf(why, sizeof why,
                         zh ? "%s一行之前没有组别（行政复议、未经复议直接起诉、复议后起诉）"
                            : "the row %s has no group (行政复议, 未经复议直接起诉, 复议后起诉) before it",
                         xxgk_tpl_col_name(lw->key));
                app_unread(ctx, span_of(lw->at, lw->end), why);
                return true;
            }
            int gi = group_index(w[g].key);
            if (lines[i].n != 1) {
                snprintf(why, sizeof why,
                         zh ? "%s %s一行有 %d 个数值，而每行应有 1 个" : "the row %s %s has %d value(s) for one",
                         group_name(w[g].key), xxgk_tpl_col_name(lw->key), (int)lines[i].n);
                app_unread(ctx, span_of(lw->at, lw->end), why);
                return true;
            }
            unsigned bit = 1u << xxgk_tpl_result_rank(lw->key);
            if (seen[gi] & bit) {
                snprintf(why, sizeof why, zh ? "%s %s出现两次" : "%s %s is printed twice", group_name(w[g].key),
                         xxgk_tpl_col_name(lw->key));
                app_unread(ctx, span_of(lw->at, lw->end), why);
                return true;
            }
            seen[gi] |= bit;
            rows[n] = w[g].key;
            cols[n] = lw->key;
            at[n++] = lines[i].f;
        }
    } else {
        /* the groups as columns */
        int gcols[APP_GROUPS + 1];
        note_at = span_of(first, first);
        int ng = header_groups(ctx, first, lines[0].n, gcols, &note_at);
        bool ok = ng == APP_GROUPS;
        for (int i = 0; ok && i < ng; i++)
            for (int j = 0; j < i; j++)
                ok &= gcols[i] != gcols[j];
        if (!ok) {
            snprintf(why, sizeof why,
                     zh ? "表头未能各一次地标出行政复议、未经复议直接起诉、复议后起诉三列"
                        : "its header does not name the three columns 行政复议, 未经复议直接起诉 and 复议后起诉 once "
                          "each");
            app_unread(ctx, note_at, why);
            return true;
        }
        unsigned rseen = 0;
        for (int i = 0; i < nl; i++) {
            const struct app_word *lw = &w[lines[i].label];
            if (lines[i].n != APP_GROUPS) {
                snprintf(why, sizeof why,
                         zh ? "%s一行有 %d 个数值，而表头有 %d 列" : "the row %s has %d value(s) for the header's %d columns",
                         xxgk_tpl_col_name(lw->key), (int)lines[i].n, APP_GROUPS);
                app_unread(ctx, span_of(lw->at, lw->end), why);
                return true;
            }
            unsigned bit = 1u << xxgk_tpl_result_rank(lw->key);
            if (rseen & bit) {
                snprintf(why, sizeof why, zh ? "%s出现两次" : "the row %s is printed twice",
                         xxgk_tpl_col_name(lw->key));
                app_unread(ctx, span_of(lw->at, lw->end), why);
                return true;
            }
            rseen |= bit;
            for (int g = 0; g < APP_GROUPS; g++) {
                seen[group_index(gcols[g])] |= bit;
                rows[n] = gcols[g];
                cols[n] = lw->key;
                at[n++] = lines[i].f + (size_t)g;
            }
        }
    }
    for (int g = 0; g < APP_GROUPS; g++)
        for (int r = 0; r < APP_ROWS; r++)
            if (!(seen[g] & (1u << r))) {
                const ptok *last = &b->v[lines[nl - 1].f + lines[nl - 1].n - 1];
                int row = xxgk_tpl_appeals_group(g), col = xxgk_tpl_appeals_col(r);
                if (late_group)
                    snprintf(why, sizeof why, zh ? "缺少%s %s一行" : "the row %s %s is missing", group_name(row),
                             xxgk_tpl_col_name(col));
                else
                    snprintf(why, sizeof why, zh ? "缺少%s一行" : "the row %s is missing", xxgk_tpl_col_name(col));
                app_unread(ctx, span_of(last->end, last->end), why);
                return true;
            }
    for (int i = 0; i < n; i++)
        bld_appeals_cells(ctx, &rows[i], &cols[i], at[i], 1);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED_OTHER, note_at, "四",
                      late_group ? (zh ? "行政复议、行政诉讼的组别" : "the groups 行政复议 and 行政诉讼")
                                 : (zh ? "行政复议、行政诉讼" : "行政复议 and 行政诉讼"),
                      late_group ? (zh ? "各组的结果维持……总计" : "each group's 结果维持 … 总计")
                                 : (zh ? "结果维持……总计" : "结果维持 … 总计"));
    return true;
}

/* ---- table 二, clause by clause ----
 *
 * A clause printed transposed: its items (规章, 行政许可 …: the template's
 * rows) as the header, its counts (本年新制作数量 …: the columns) as the
 * rows. Decided by the labels: a run of the clause's items, each ending
 * with no number, before any cell of the clause (the header), then a
 * count's label with numbers after it (the first row; read the right way
 * those numbers stand after a column header, P013). Each number goes to
 * the cell of the item its header prints above it (the i-th item for the
 * i-th number) and of the count before it. Anything unmatched (numbers
 * after an item's label, a count twice, a row of another count of
 * numbers, a count of the header's set without its row): one P069 for the
 * clause and no cell of it. One P068 for the table, at the first clause
 * read so. Costs nothing to a clause printed the right way: an item with
 * numbers ends the run. */

static void clause_name(const parse_ctx *ctx, char *buf, size_t size)
{
    static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    int c = ctx->ptrans.clause;
    snprintf(buf, size, "第二十条第（%s）项", c > 0 && c <= 10 ? cn[c] : "?");
}

static void pro_fail(parse_ctx *ctx, xxgk_span at, const char *why)
{
    struct ptrans *p = &ctx->ptrans;
    if (p->failed)
        return;
    p->failed = true;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char clause[64], msg[320];
    clause_name(ctx, clause, sizeof clause);
    snprintf(msg, sizeof msg, zh ? "%s中%s" : "in %s, %s", clause, why);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED_OTHER_UNREAD, at, "二",
                      zh ? "信息内容（规章……）" : "the items (规章 …)",
                      zh ? "各项数量（本年新制作数量……）" : "their counts (本年新制作数量 …)", msg);
    /* no number of the clause goes to a cell: those made since its
     * header are undone */
    ctx->ncells = p->cells_from;
    for (int i = 0; i < p->n; i++)
        ctx->tab->row_cells[p->row[i]] = 0;
}

static void pro_reset(parse_ctx *ctx)
{
    struct ptrans *p = &ctx->ptrans;
    p->n = 0;
    p->on = p->failed = false;
    p->item_col = 0;
    p->cols_seen = 0;
    p->cells_from = ctx->ncells;
}

void bld_ptrans_table_begin(parse_ctx *ctx)
{
    pro_reset(ctx);
    ctx->ptrans.read = 0;
}

void bld_ptrans_see_row(parse_ctx *ctx, int row, xxgk_span label, bool bare)
{
    struct ptrans *p = &ctx->ptrans;
    if (p->on)
        return;
    if (!bare) {
        p->n = 0; /* an item with numbers: the clause printed the right way */
        return;
    }
    if (p->n == PTRANS_ROWS_MAX)
        return; /* more items than a clause has: no count's row matches */
    p->row[p->n] = row;
    p->at[p->n++] = label;
}

bool bld_ptrans_values(parse_ctx *ctx, int numbers)
{
    struct ptrans *p = &ctx->ptrans;
    if (!p->on) {
        if (!numbers || !p->item_col || ctx->ncells != p->cells_from)
            return false;
        p->on = true;
        bld_trans_drop_flood(ctx, p->at[0].start, p->item_at.start);
    }
    if (p->failed || !p->item_col)
        return true;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char why[200];
    int col = p->item_col;
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    if (p->cols_seen >> col & 1) {
        snprintf(why, sizeof why, zh ? "%s出现两次" : "the count %s is printed twice", bld_col_text(col));
        pro_fail(ctx, p->item_at, why);
        return true;
    }
    p->cols_seen |= 1ull << col;
    if (n != (size_t)p->n) {
        snprintf(why, sizeof why, zh ? "%s一行有 %d 个数值，而表头有 %d 项" : "the count %s has %d value(s) for the header's %d items",
                 bld_col_text(col), (int)n, p->n);
        pro_fail(ctx, p->item_at, why);
        return true;
    }
    for (int i = 0; i < p->n; i++) {
        const char *name = NULL;
        bld_row_cells(ctx, XXGK_TABLE_PROACTIVE, p->row[i], &col, 1, NULL, f + (size_t)i, 1, &name);
    }
    p->last_end = ctx->vals.v[f + n - 1].end;
    return true;
}

void bld_ptrans_row(parse_ctx *ctx, xxgk_span at)
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    pro_fail(ctx, at, zh ? "项目名称之后有数字，而各行应为数量（本年新制作数量……）"
                         : "numbers follow an item's label where the rows are counts (本年新制作数量 …)");
}

void bld_ptrans_clause_end(parse_ctx *ctx)
{
    struct ptrans *p = &ctx->ptrans;
    if (p->on && !p->failed) {
        int missing = bld_col_set_missing(p->cols_seen);
        if (missing) {
            bool zh = ctx->doc->lang == XXGK_LANG_ZH;
            char why[200];
            snprintf(why, sizeof why, zh ? "缺少%s一行" : "the count %s has no row", bld_col_text(missing));
            pro_fail(ctx, span_of(p->last_end, p->last_end), why);
        } else if (!p->read++) {
            p->note_at = p->at[0];
        }
    }
    pro_reset(ctx);
}

void bld_ptrans_table_end(parse_ctx *ctx)
{
    struct ptrans *p = &ctx->ptrans;
    bld_ptrans_clause_end(ctx);
    if (!p->read)
        return;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED_OTHER, p->note_at, "二",
                      zh ? "信息内容（规章……）" : "the items (规章 …)",
                      zh ? "各项数量（本年新制作数量……）" : "their counts (本年新制作数量 …)");
}
