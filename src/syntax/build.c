/* The AST builder: the semantic actions of grammar/parser.y.
 *
 * Tables are built row by row. A row's values (numbers and empty cells) are
 * collected until the next label, then matched to the columns: the clause's
 * column header for table 二, the template's seven (or eight) columns for
 * table 三, fifteen for table 四. Empty cells beyond the columns are layout
 * padding (TAB-separated exports pad rows); a number beyond them, or a row
 * short of them, is an error at its exact place. Nothing is ever guessed:
 * an unknown row's numbers go to no cell. */
#include <stdlib.h>
#include <string.h>

#include "numerals.h"
#include "parse.h"
#include "parser.h"
#include "template.h"
#include "utf8.h"
#include "vec.h"

static bool settle_short_row(parse_ctx *ctx, const ptok *text);

static xxgk_span span_of(uint32_t s, uint32_t e)
{
    xxgk_span sp = {s, e};
    return sp;
}

static xxgk_span tok_span(const ptok *t) { return span_of(t->start, t->end); }

/* A token's text for a message, cut on a code point boundary. */
static void text_of(parse_ctx *ctx, const ptok *t, char *buf, size_t size)
{
    size_t n = t->end - t->start;
    /* cut on a code point boundary */
    if (n > size - 1) {
        n = size - 1;
        while (n > 0 && (ctx->doc->src[t->start + n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, ctx->doc->src + t->start, n);
    buf[n] = 0;
}

/* ---- names used in messages ------------------------------------------- */

/* The template's own label of a row, for messages: the entry of the
 * table's template when there are two (规范性文件 / 行政规范性文件). */
static const char *row_label_text(int key, int tmpl)
{
    const char *any = NULL;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind != LK_ROW || e->key != key || e->variant)
            continue;
        if (!tmpl || !e->tmpl || e->tmpl == tmpl)
            return e->display;
        any = e->display;
    }
    if (any)
        return any;
    const char *group = xxgk_tpl_group_label(key);
    return group ? group : xxgk_row_key(key);
}

static int current_template(const parse_ctx *ctx)
{
    if (ctx->tab && ctx->tab->template_year)
        return ctx->tab->template_year;
    return ctx->tmpl_votes_2019 > ctx->tmpl_votes_2021   ? 2019
           : ctx->tmpl_votes_2021 > ctx->tmpl_votes_2019 ? 2021
                                                         : 0;
}

/* "（四）3.补正后申请内容仍不明确": the group's numeral makes the row unique. */
static const char *row_name(parse_ctx *ctx, int key)
{
    return doc_printf(ctx->doc, "%s%s", xxgk_tpl_row_group(key),
                      row_label_text(key, current_template(ctx)));
}

static const char *table_numeral(int table) { return xxgk_tpl_table_numeral(table); }

/* ---- blocks ----------------------------------------------------------- */

static xxgk_block *add_block(parse_ctx *ctx, int kind, xxgk_span sp)
{
    xxgk_block *b = xxgk_doc_alloc(ctx->doc, sizeof *b);
    if (!b)
        return NULL;
    b->kind = kind;
    b->span = sp;
    if (ctx->blk_tail) {
        ctx->blk_prev_link = ctx->blk_tail;
        *ctx->blk_tail = b;
        ctx->blk_tail = &b->next;
    }
    if (ctx->sec && sp.end > ctx->sec->span.end)
        ctx->sec->span.end = sp.end;
    return b;
}

static void close_paragraph(parse_ctx *ctx) { ctx->para = NULL; }

/* ---- tables ----------------------------------------------------------- */

/* Room for one more element in a growable scratch array (the parse
 * context's; the arena gets the final copy). */
static bool grow(parse_ctx *ctx, void *arrayp, size_t n, size_t *cap, size_t size)
{
    if (vec_reserve(arrayp, n, cap, size))
        return true;
    ctx->fatal = 1;
    return false;
}

static void push_cell(parse_ctx *ctx, const xxgk_cell *c)
{
    if (grow(ctx, &ctx->cells, ctx->ncells, &ctx->capcells, sizeof *ctx->cells))
        ctx->cells[ctx->ncells++] = *c;
}

/* The template's own text for a label entry's key (the first entry of the
 * same kind, table and key that is not a variant). */
static const char *canonical_text(const struct label_entry *e)
{
    return label_entry_at(e->canon)->display;
}

static void record_label(parse_ctx *ctx, const ptok *t, enum use_kind kind)
{
    size_t cap = ctx->capuses;
    if (!grow(ctx, &ctx->uses, ctx->nuses, &cap, sizeof *ctx->uses) ||
        !grow(ctx, &ctx->use_info, ctx->nuses, &ctx->capuses, sizeof *ctx->use_info))
        return;
    const struct label_entry *e = label_entry_at(t->entry);
    ctx->use_info[ctx->nuses].kind = kind;
    ctx->use_info[ctx->nuses].entry = t->entry;
    xxgk_label_use *u = &ctx->uses[ctx->nuses++];
    u->key = t->key;
    u->span = tok_span(t);
    u->variant = e->variant != 0;
    u->canonical = canonical_text(e);
}

static void vals_push(parse_ctx *ctx, const ptok *t, int kind)
{
    cellbuf *b = &ctx->vals;
    if (!grow(ctx, &b->v, b->n, &b->cap, sizeof *b->v))
        return;
    b->v[b->n] = *t;
    b->v[b->n].tok = kind;
    b->n++;
}

/* An empty cell at the edge of a row that the report does not print (two
 * TABs after the label, a TAB before the line end): maybe layout padding,
 * maybe a blank cell. */
static bool padding_candidate(const ptok *v) { return v->tok == EMPTY && !v->printed; }

/* row values → cells: the unprinted empty cells at the row's edges are
 * layout padding, always dropped. A TAB-separated row cannot say whether a
 * line-end TAB is padding or a blank last cell; taking it as a cell when the
 * row is one short would let padding stand in for a missing number, and
 * every value after the gap would slide into the wrong column. So the row
 * without them is short and says so (P007). A printed dash, a slash or a
 * bare "|" line is a cell, never padding. */
static int tabs_on_line(parse_ctx *ctx, uint32_t at)
{
    xxgk_span l = xxgk_doc_line(ctx->doc, at);
    int n = 0;
    for (uint32_t i = l.start; i < l.end; i++)
        n += ctx->doc->src[i] == '\t';
    return n;
}

/* Every line of a table widens its TAB grid. */
static void grid_see(parse_ctx *ctx, uint32_t at)
{
    xxgk_span l = xxgk_doc_line(ctx->doc, at);
    if (ctx->grid_line_set && ctx->grid_line == l.start)
        return;
    ctx->grid_line = l.start;
    ctx->grid_line_set = true;
    int n = tabs_on_line(ctx, at);
    if (n > ctx->grid_tabs)
        ctx->grid_tabs = n;
}

/* A TAB row that spans the table's whole grid (its values on one line with
 * as many TABs as the widest line of the table): each of its fields is a
 * cell of the grid, so a line-end TAB there can be a blank last cell. */
static bool full_width_row(parse_ctx *ctx)
{
    const cellbuf *b = &ctx->vals;
    if (!b->n)
        return false;
    xxgk_span first = xxgk_doc_line(ctx->doc, b->v[0].start);
    xxgk_span last = xxgk_doc_line(ctx->doc, b->v[b->n - 1].start);
    return first.start == last.start && ctx->grid_tabs > 0 &&
           tabs_on_line(ctx, b->v[0].start) == ctx->grid_tabs;
}

/* A full-width row: edge empty cells are padding only while there are more
 * cells than columns (the grid may be wider than the template: a merged
 * label column, a spare column at the end). */
static void trim_full_width(const cellbuf *b, size_t ncols, size_t *first, size_t *count)
{
    size_t f = 0, n = b->n;
    while (n > ncols) {
        if (padding_candidate(&b->v[f])) {
            f++;
            n--;
        } else if (padding_candidate(&b->v[f + n - 1])) {
            n--;
        } else {
            break;
        }
    }
    *first = f;
    *count = n;
}

/* An unprinted empty cell standing at the line end (from its TAB). */
static bool line_end_blank(const parse_ctx *ctx, const ptok *v)
{
    if (!padding_candidate(v))
        return false;
    uint32_t e = v->end;
    return e >= ctx->doc->len || ctx->doc->src[e] == '\n' || ctx->doc->src[e] == '\r';
}

/* The row kept a line-end blank as its last cell: say that it could as well
 * be a missing number (P023). */
static void warn_blank_last(parse_ctx *ctx, size_t f, size_t n, const char *row)
{
    if (n && !ctx->cells_delimited && line_end_blank(ctx, &ctx->vals.v[f + n - 1]))
        xxgk_doc_add_diag(ctx->doc, XXGK_P_BLANK_LAST_CELL, tok_span(&ctx->vals.v[f + n - 1]), row);
}

static void trim_padding(const cellbuf *b, size_t *first, size_t *count)
{
    size_t f = 0, n = b->n;
    while (n > 0 && padding_candidate(&b->v[f])) {
        f++;
        n--;
    }
    while (n > 0 && padding_candidate(&b->v[f + n - 1]))
        n--;
    *first = f;
    *count = n;
}

static void make_cell(parse_ctx *ctx, int table, int row, int col, const ptok *v)
{
    xxgk_cell c;
    memset(&c, 0, sizeof c);
    c.table = table;
    c.row = row;
    c.col = col;
    c.span = span_of(v->start, v->end);
    c.unit = xxgk_tpl_col_unit(col);
    if (v->tok == EMPTY) {
        c.state = XXGK_CELL_EMPTY;
    } else if (v->tok == NUMBER) {
        const char *s = (const char *)ctx->doc->src + v->start;
        if (xxgk_dec_parse(s, v->end - v->start, &c.value, &c.scientific) != 0) {
            /* the number part only, for the message */
            size_t n = 0;
            while (v->start + n < v->end && s[n] != ' ' && (unsigned char)s[n] < 0xE4)
                n++;
            char buf[96];
            snprintf(buf, sizeof buf, "%.*s", (int)(n < 80 ? n : 80), s);
            xxgk_doc_add_diag(ctx->doc, XXGK_L_NUMBER_OVERFLOW, c.span, buf);
            c.state = XXGK_CELL_ABSENT;
            return;
        }
        c.state = XXGK_CELL_VALUE;
        if (v->unit_printed) {
            c.unit = v->unit;
            c.unit_printed = true;
        }
        /* the cell's span is the number itself, without the unit */
        uint32_t e = v->start;
        while (e < v->end && ((ctx->doc->src[e] >= '0' && ctx->doc->src[e] <= '9') ||
                              ctx->doc->src[e] == '.' || ctx->doc->src[e] == '-' ||
                              ctx->doc->src[e] == 'e' || ctx->doc->src[e] == 'E' ||
                              ctx->doc->src[e] == '+' || ctx->doc->src[e] >= 0x80)) {
            if (ctx->doc->src[e] >= 0x80) {
                uint32_t cp;
                int l = utf8_decode(ctx->doc->src + e, v->end - e, &cp);
                if (!l || !((cp >= 0xFF10 && cp <= 0xFF19) || cp == 0xFF0E || cp == 0xFF0D))
                    break;
                e += (uint32_t)l;
            } else {
                e++;
            }
        }
        c.span.end = e;
    } else {
        return;
    }
    push_cell(ctx, &c);
}

/* The five 法人或其他组织 columns as printed, when the header names each of
 * them once (a permutation of the template's); else the template's. */
static bool printed_org_order(const parse_ctx *ctx)
{
    if (ctx->org_cols_seen != 5)
        return false;
    unsigned seen = 0;
    for (int i = 0; i < 5; i++)
        seen |= 1u << (ctx->org_order[i] - XXGK_C_COMMERCIAL);
    return seen == 0x1F;
}

static int requests_columns(parse_ctx *ctx, int *cols)
{
    int n = xxgk_tpl_requests_cols(ctx->has_subtotal, ctx->subtotal_pos, cols);
    if (printed_org_order(ctx))
        for (int i = 0, k = 0; i < n; i++)
            if (cols[i] >= XXGK_C_COMMERCIAL && cols[i] <= XXGK_C_OTHER_ORG)
                cols[i] = ctx->org_order[k++];
    return n;
}

/* header → cells: a column printed after one that comes later in the
 * template. Table 二 takes its columns from its header, table 三 its five
 * 法人或其他组织 columns when the header names each once: the printed order
 * is followed, and said once a table (P022, when the table ends), never
 * silently. 小计 and 总计 have places of their own and are not compared. */
/* A column's place in its template header: 2019's 处理决定数量 comes after
 * 上一年项目数量 and 本年增/减; every other header is in key order. */
static int col_rank(int key)
{
    switch (key) {
    case XXGK_C_PREV_ITEMS: return 0;
    case XXGK_C_CHANGE: return 1;
    case XXGK_C_DECISIONS: return 2;
    default: return key;
    }
}

static void see_reorder(parse_ctx *ctx, int prev_key, int prev_label, const ptok *t)
{
    if (col_rank(prev_key) <= col_rank(t->key) || ctx->reorder_seen)
        return;
    ctx->reorder_seen = true;
    ctx->reorder_at = tok_span(t);
    ctx->reorder_before = prev_label;
    ctx->reorder_after = t->entry;
}

/* At the table's end: the note, when the printed order was followed. */
static void note_reorder(parse_ctx *ctx, const xxgk_table *t)
{
    if (!ctx->reorder_seen || (t->id == XXGK_TABLE_REQUESTS && !printed_org_order(ctx)))
        return;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_REORDERED, ctx->reorder_at, table_numeral(t->id),
                      canonical_text(label_entry_at(ctx->reorder_before)),
                      canonical_text(label_entry_at(ctx->reorder_after)));
}

static void finish_values(parse_ctx *ctx, int table, int row, const int *cols, int ncols,
                          const ptok *label)
{
    size_t f, n;
    const char *name = NULL;
    if (full_width_row(ctx)) {
        trim_full_width(&ctx->vals, (size_t)ncols, &f, &n);
        if (n <= (size_t)ncols)
            warn_blank_last(ctx, f, n, name = row_name(ctx, row));
    } else {
        trim_padding(&ctx->vals, &f, &n);
    }
    int rows[8] = {row, row, row, row, row, row, row, row};
    if (n > 0 && (int)n < ncols &&
        unglue_defer(ctx, table, rows, cols, ncols, ctx->vals.v + f, n, row_name(ctx, row)))
        return; /* glued digits of page text: read when the table ends */
    for (size_t i = 0; i < n; i++) {
        const ptok *v = &ctx->vals.v[f + i];
        if (v->tok == TEXT) {
            char buf[49];
            text_of(ctx, v, buf, sizeof buf);
            if (!name)
                name = row_name(ctx, row);
            xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(v), buf, name);
            continue;
        }
        if ((int)i < ncols)
            make_cell(ctx, table, row, cols[i], v);
    }
    if ((int)n > ncols) {
        /* the row's cells are in the table already: mark them */
        for (size_t k = ctx->ncells; k > 0 && ctx->cells[k - 1].row == row && ctx->cells[k - 1].table == table; k--)
            ctx->cells[k - 1].row_overfull = true;
        const ptok *v = &ctx->vals.v[f + (size_t)ncols];
        if (!name)
            name = row_name(ctx, row);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_MANY_VALUES, tok_span(v), ncols + 1, name, ncols);
    } else if ((int)n < ncols) {
        struct short_row *sr = &ctx->short_row;
        sr->pending = true;
        sr->row = row;
        sr->n = (int)n;
        sr->ncols = ncols;
        sr->at = label ? tok_span(label) : (n ? tok_span(&ctx->vals.v[f]) : span_of(0, 0));
        uint32_t last = n ? ctx->vals.v[f + n - 1].end : sr->at.end;
        sr->line_end = xxgk_doc_line(ctx->doc, last).end;
    }
}

/* Where a table without rows is reported: its section's heading. */
static xxgk_span table_heading(const parse_ctx *ctx, const xxgk_table *t)
{
    return ctx->sec ? ctx->sec->heading_span : span_of(t->span.start, t->span.start);
}

static void appeals_finish(parse_ctx *ctx)
{
    enum { NV = XXGK_TPL_APPEALS_VALUES };
    size_t f, n;
    if (full_width_row(ctx)) {
        trim_full_width(&ctx->vals, NV, &f, &n);
        if (n <= NV)
            warn_blank_last(ctx, f, n, "行政复议、行政诉讼");
    } else {
        trim_padding(&ctx->vals, &f, &n);
    }
    int grows[NV], gcols[NV];
    for (int i = 0; i < NV; i++) {
        grows[i] = xxgk_tpl_appeals_row(i);
        gcols[i] = xxgk_tpl_appeals_col(i);
    }
    if (n > 0 && n < NV && unglue_defer(ctx, XXGK_TABLE_APPEALS, grows, gcols, NV, ctx->vals.v + f, n,
                               "行政复议、行政诉讼")) {
        ctx->vals.n = 0;
        return;
    }
    for (size_t i = 0; i < n && i < NV; i++) {
        const ptok *v = &ctx->vals.v[f + i];
        if (v->tok == TEXT) {
            char buf[49];
            text_of(ctx, v, buf, sizeof buf);
            xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(v), buf,
                              row_label_text(xxgk_tpl_appeals_row((int)i), 0));
            continue;
        }
        make_cell(ctx, XXGK_TABLE_APPEALS, xxgk_tpl_appeals_row((int)i), xxgk_tpl_appeals_col((int)i), v);
    }
    if (n > NV) {
        for (size_t k = 0; k < ctx->ncells; k++)
            if (ctx->cells[k].table == XXGK_TABLE_APPEALS)
                ctx->cells[k].row_overfull = true;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_MANY_VALUES, tok_span(&ctx->vals.v[f + NV]), NV + 1,
                          "行政复议、行政诉讼", NV);
    }
    else if (n > 0 && n < NV)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, tok_span(&ctx->vals.v[f]),
                          "行政复议、行政诉讼", (int)n, NV);
    else if (n == 0) /* the header and no numbers: never a clean table */
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_NO_ROWS, table_heading(ctx, ctx->tab), "四");
    ctx->vals.n = 0;
}

/* Table 二's column sets: a header naming one of a set names all of it
 * (2019's 处理决定数量 alone is 2021's one column; 收费 has no 处理决定数量). */
static const int col_sets[][3] = {
    {XXGK_C_ISSUED, XXGK_C_REPEALED, XXGK_C_IN_FORCE},
    {XXGK_C_NEW_MADE, XXGK_C_NEW_PUBLISHED, XXGK_C_TOTAL_PUBLISHED},
    {XXGK_C_PREV_ITEMS, XXGK_C_CHANGE, 0},
    {XXGK_C_ITEMS, XXGK_C_AMOUNT, 0},
};

static bool header_has(const parse_ctx *ctx, int key)
{
    for (int i = 0; i < ctx->ncols; i++)
        if (ctx->cols[i] == key)
            return true;
    return false;
}

/* The template's text of a column, for messages. */
static const char *col_label_text(int key)
{
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind == LK_COL && e->key == key && !e->variant)
            return e->display;
    }
    return xxgk_col_key(key);
}

/* header → columns (table 二): a header that names part of a column set
 * lacks the rest; its rows' numbers go to no cell (P024, once a header). */
static bool header_complete(parse_ctx *ctx)
{
    if (ctx->header_checked)
        return !ctx->header_refused;
    ctx->header_checked = true;
    for (size_t s = 0; s < sizeof col_sets / sizeof col_sets[0]; s++) {
        int have = 0, missing = 0;
        for (int i = 0; i < 3 && col_sets[s][i]; i++) {
            if (header_has(ctx, col_sets[s][i]))
                have++;
            else if (!missing)
                missing = col_sets[s][i];
        }
        if (have && missing) {
            ctx->header_refused = true;
            xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_INCOMPLETE, ctx->header_at,
                              col_label_text(missing));
            return false;
        }
    }
    return true;
}

/* The rows of a table in the order of a template (0: 2021's). */
static int template_rows(int table, int tmpl, int *rows)
{
    return xxgk_tpl_rows(tmpl, table, rows, XXGK_R__COUNT);
}

static int next_in(const int *rows, int n, int last)
{
    int i = 0;
    if (last >= 0) {
        while (i < n && rows[i] != last)
            i++;
        i++;
    }
    return i < n ? rows[i] : -1;
}

/* order → row: the row the table's fixed order has due after the last one
 * taken; when the template is not known yet, only a row both templates have
 * due there. -1 when none is due (or it was read already). */
static int due_row(parse_ctx *ctx, const xxgk_table *t)
{
    int a[XXGK_R__COUNT], b[XXGK_R__COUNT];
    int tmpl = current_template(ctx);
    int na = template_rows(t->id, tmpl ? tmpl : 2021, a);
    int due = next_in(a, na, ctx->last_row);
    if (!tmpl) {
        int nb = template_rows(t->id, 2019, b);
        if (next_in(b, nb, ctx->last_row) != due)
            return -1;
    }
    return due >= 0 && !ctx->row_seen[due] ? due : -1;
}

/* row label → row: an unknown label close to the template's label of the
 * row due here is that row, said with P025. */
static int near_due_row(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    int due = due_row(ctx, t);
    if (due < 0)
        return -1;
    const char *tmpl = row_label_text(due, current_template(ctx));
    if (!label_near(ctx->doc->src + label->start, label->end - label->start, tmpl))
        return -1;
    char buf[96];
    text_of(ctx, label, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_NEAR_ROW_LABEL, tok_span(label), buf, tmpl);
    return due;
}

static void check_rows(parse_ctx *ctx, xxgk_table *t, uint32_t end_at)
{
    if (t->id == XXGK_TABLE_APPEALS)
        return; /* one printed row: too few values, not missing rows */
    /* the template's rows; a table that does not say is read as 2021's */
    int rows[XXGK_R__COUNT];
    int n = xxgk_tpl_rows(t->template_year == 2019 ? 2019 : 2021, t->id, rows, XXGK_R__COUNT);
    int last_seen = -1;
    for (int i = 0; i < n; i++)
        if (ctx->row_seen[rows[i]])
            last_seen = i;
    if (last_seen < 0) {
        /* captions and header, no row: never a clean table */
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_NO_ROWS, table_heading(ctx, t), table_numeral(t->id));
        return;
    }
    for (int i = 0; i < last_seen; i++)
        if (!ctx->row_seen[rows[i]]) {
            /* located at the next row that is there */
            xxgk_span at = span_of(end_at, end_at);
            for (int j = i + 1; j < n; j++)
                if (ctx->row_seen[rows[j]]) {
                    at = ctx->row_spans[rows[j]];
                    break;
                }
            xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_ROW, at, row_name(ctx, rows[i]),
                              table_numeral(t->id));
        }
    if (last_seen < n - 1)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_ENDS_EARLY, span_of(end_at, end_at),
                          table_numeral(t->id), row_name(ctx, rows[last_seen + 1]));
}

/* A table's rows tell its template when it prints a row only one template
 * has (table 三: 2021's three （六） rows, or 2019's one); a row of 2021's
 * wins. 0 when every row printed is in both. */
static int rows_template(const parse_ctx *ctx, int table)
{
    int rows[XXGK_R__COUNT], only_2019 = 0;
    int n = xxgk_tpl_rows(0, table, rows, XXGK_R__COUNT);
    for (int i = 0; i < n; i++) {
        if (!ctx->row_seen[rows[i]])
            continue;
        if (xxgk_tpl_row_only(rows[i]) == 2021)
            return 2021;
        only_2019 += xxgk_tpl_row_only(rows[i]) == 2019;
    }
    return only_2019 ? 2019 : 0;
}

/* The end of the table: grammar/parser.y calls it when the table's items
 * end (the lookahead is a section heading, a title or the end of text), and
 * from its error rules (a syntax error inside the table). END_AT is where
 * the next thing starts: a missing last row is reported there (P005). */
void b_table_end(parse_ctx *ctx, uint32_t end_at)
{
    xxgk_table *t = ctx->tab;
    if (!t)
        return;
    if (end_at > ctx->doc->len)
        end_at = ctx->doc->len; /* the end of text stands past the line break parse.c appends */
    settle_short_row(ctx, NULL); /* a TEXT lookahead that never began its row */
    if (t->id == XXGK_TABLE_APPEALS)
        appeals_finish(ctx);
    if (t->id == XXGK_TABLE_REQUESTS) {
        t->template_year = rows_template(ctx, t->id);
        t->ncols_requests = ctx->has_subtotal ? 8 : 7;
    }
    if (t->id == XXGK_TABLE_PROACTIVE)
        t->template_year = ctx->tmpl_votes_2019 > ctx->tmpl_votes_2021   ? 2019
                           : ctx->tmpl_votes_2021 > ctx->tmpl_votes_2019 ? 2021
                                                                         : 0;
    unglue_table(ctx, t->template_year);
    check_rows(ctx, t, end_at);
    note_reorder(ctx, t);
    if (ctx->ncells) {
        t->cells = xxgk_doc_alloc(ctx->doc, ctx->ncells * sizeof *t->cells);
        if (t->cells) {
            memcpy(t->cells, ctx->cells, ctx->ncells * sizeof *t->cells);
            t->ncells = ctx->ncells;
            t->span.start = t->cells[0].span.start < t->span.start ? t->cells[0].span.start
                                                                    : t->span.start;
            t->span.end = t->cells[t->ncells - 1].span.end;
        }
    }
    t->index = xxgk_doc_alloc(ctx->doc, sizeof *t->index * XXGK_R__COUNT);
    for (size_t i = 0; t->index && i < t->ncells && i < UINT16_MAX; i++) {
        const xxgk_cell *c = &t->cells[i];
        if (c->row > 0 && c->row < XXGK_R__COUNT && c->col > 0 && c->col < XXGK_C__COUNT) {
            t->index[c->row][c->col] = (uint16_t)(i + 1);
            if (c->state != XXGK_CELL_ABSENT && t->row_cells[c->row] < UINT8_MAX)
                t->row_cells[c->row]++;
        }
    }
    size_t nr = 0, nc = 0;
    for (size_t i = 0; i < ctx->nuses; i++) {
        if (ctx->use_info[i].kind == USE_ROW)
            nr++;
        else
            nc++;
    }
    t->rows = nr ? xxgk_doc_alloc(ctx->doc, nr * sizeof *t->rows) : NULL;
    t->cols = nc ? xxgk_doc_alloc(ctx->doc, nc * sizeof *t->cols) : NULL;
    for (size_t i = 0; i < ctx->nuses; i++) {
        xxgk_label_use u = ctx->uses[i];
        bool row = ctx->use_info[i].kind == USE_ROW;
        /* a label of the other template (规范性文件 in a 2021 table) is a
         * variant of this template's text */
        const struct label_entry *e = label_entry_at(ctx->use_info[i].entry);
        if (e->tmpl && t->template_year && e->tmpl != t->template_year) {
            for (int k = 0; k < label_count(); k++) {
                const struct label_entry *c = label_entry_at(k);
                if (c->kind == e->kind && c->table == e->table && c->key == e->key && !c->variant &&
                    c->tmpl == t->template_year) {
                    u.variant = true;
                    u.canonical = c->display;
                    break;
                }
            }
        }
        if (row && t->rows)
            t->rows[t->nrows++] = u;
        else if (!row && t->cols)
            t->cols[t->ncols++] = u;
    }
    ctx->nuses = 0;
    if (ctx->report && !ctx->report->template_year && t->template_year)
        ctx->report->template_year = t->template_year;
    ctx->tab = NULL;
    ctx->ncells = 0;
}

/* ---- sections and copies ---------------------------------------------- */

static void section_finish(parse_ctx *ctx)
{
    close_paragraph(ctx);
}

static const char *end_words(parse_ctx *ctx)
{
    return ctx->doc->lang == XXGK_LANG_ZH ? "正文结尾" : "the end of the text";
}

static void copy_finish(parse_ctx *ctx, uint32_t end_at)
{
    if (!ctx->report)
        return;
    section_finish(ctx);
    ctx->report->span.end = end_at;
    if (ctx->sec_last > 0)
        for (int m = ctx->sec_last + 1; m <= XXGK_SEC_OTHER; m++)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_SECTION, span_of(end_at, end_at),
                              xxgk_section_numeral(m), xxgk_section_title(m), end_words(ctx),
                              xxgk_section_numeral(m));
}

void b_copy_begin(parse_ctx *ctx, const ptok *title, bool restart)
{
    uint32_t at = title ? title->start : 0;
    if (ctx->report)
        copy_finish(ctx, at);
    xxgk_report *r = xxgk_doc_alloc(ctx->doc, sizeof *r);
    if (!r) {
        ctx->fatal = 1;
        return;
    }
    r->span = span_of(at, at);
    if (!ctx->first) {
        ctx->first = r;
        ctx->doc->report = r;
    } else {
        ctx->last->next = r;
    }
    ctx->last = r;
    if (restart && title) {
        r->title_span = tok_span(title);
        xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_REPEATED_REPORT, tok_span(title));
        xxgk_span first = ctx->first->title_span.end ? ctx->first->title_span
                                                     : span_of(ctx->first->span.start, ctx->first->span.start);
        xxgk_pos p = xxgk_doc_position(ctx->doc, first.start);
        xxgk_diag_add_note(ctx->doc, d, first,
                           ctx->doc->lang == XXGK_LANG_ZH ? "第一份从第 %u 行开始"
                                                          : "the first copy starts at line %u",
                           p.line);
    }
    ctx->report = r;
    ctx->sec = NULL;
    ctx->blk_tail = &r->preamble;
    ctx->para = NULL;
    ctx->sec_last = 0;
    memset(ctx->sec_seen, 0, sizeof ctx->sec_seen);
    ctx->depth_count = 0;
    memset(ctx->numbering_depth, 0, sizeof ctx->numbering_depth);
}

void b_title(parse_ctx *ctx, const ptok *t)
{
    if (ctx->report)
        ctx->report->title_span = tok_span(t);
}

void b_section(parse_ctx *ctx, const ptok *t)
{
    section_finish(ctx);
    int id = t->section;
    xxgk_section *s = xxgk_doc_alloc(ctx->doc, sizeof *s);
    if (!s || !ctx->report) {
        ctx->fatal = 1;
        return;
    }
    s->id = id;
    s->printed_number = t->number;
    s->md_level = t->md;
    s->canonical_title = !label_entry_at(t->entry)->variant;
    s->heading_span = tok_span(t);
    s->span = tok_span(t);
    s->number_span = span_of(t->start, t->a_start);
    s->title_span = span_of(t->a_start, t->a_end);
    xxgk_section **pp = &ctx->report->sections;
    while (*pp)
        pp = &(*pp)->next;
    *pp = s;

    if (ctx->sec_seen[id]) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_DUPLICATE_SECTION, s->heading_span,
                          xxgk_section_numeral(id), xxgk_section_title(id));
    } else if (id < ctx->sec_last) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_SECTION_ORDER, s->heading_span, xxgk_section_numeral(id),
                          xxgk_section_title(id), xxgk_section_numeral(ctx->sec_last));
    } else {
        for (int m = ctx->sec_last + 1; m < id; m++)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_SECTION, span_of(t->start, t->start),
                              xxgk_section_numeral(m), xxgk_section_title(m),
                              xxgk_section_numeral(id), xxgk_section_numeral(m));
    }
    ctx->sec_seen[id] = true;
    if (id > ctx->sec_last)
        ctx->sec_last = id;
    ctx->sec = s;
    ctx->blk_tail = &s->blocks;
    ctx->para = NULL;
    ctx->depth_count = 0;
    memset(ctx->numbering_depth, 0, sizeof ctx->numbering_depth);
}

/* Nesting of sub-headings: an outline stack of numbering styles. A style
 * already open closes everything opened after it; a new style opens one
 * level deeper. Markdown headings without a number nest by their '#'. */
static int depth_of(parse_ctx *ctx, int numbering, int md)
{
    /* with markdown, the '#' count is the outline level whatever the number */
    int style = md > 0 ? 100 + md : numbering;
    for (int i = 0; i < ctx->depth_count; i++)
        if (ctx->numbering_depth[i] == style) {
            ctx->depth_count = i + 1;
            return i + 1;
        }
    if (ctx->depth_count < 8)
        ctx->numbering_depth[ctx->depth_count++] = style;
    return ctx->depth_count;
}

void b_prose(parse_ctx *ctx, int tok, const ptok *t)
{
    xxgk_report *r = ctx->report;
    if (!r)
        return;
    if (ctx->sec && t->end > ctx->sec->span.end)
        ctx->sec->span.end = t->end;
    switch (tok) {
    case TEXT:
        if (ctx->para) {
            ctx->para_prev_end = ctx->para->span.end;
            ctx->para_last_start = t->start;
            ctx->para->span.end = t->end;
            return;
        }
        ctx->para = add_block(ctx, XXGK_B_PARAGRAPH, tok_span(t));
        ctx->para_last_start = t->start;
        return;
    case BLANK:
        close_paragraph(ctx);
        return;
    case SUBHEAD: {
        close_paragraph(ctx);
        xxgk_block *b = add_block(ctx, XXGK_B_HEADING, tok_span(t));
        if (!b)
            return;
        b->numbering = t->numbering;
        b->number = t->number;
        b->md_level = t->md;
        b->restarts_section = t->repeats_section;
        b->number_span = span_of(t->start, t->a_start);
        b->title_span = span_of(t->a_start, t->a_end);
        b->level = depth_of(ctx, t->numbering, t->md);
        return;
    }
    case DATE: {
        uint32_t i = t->start;
        const uint8_t *s = ctx->doc->src;
        numeral_skip_to(s, &i, t->end);
        r->signoff_year = numeral_parse(s, &i, t->end);
        numeral_skip_to(s, &i, t->end);
        r->signoff_month = numeral_parse(s, &i, t->end);
        numeral_skip_to(s, &i, t->end);
        r->signoff_day = numeral_parse(s, &i, t->end);
        r->signoff_date_span = tok_span(t);
        /* the short line right above the date names the agency: a paragraph
         * of its own, or the last line of the paragraph above */
        xxgk_block *last = ctx->blk_prev_link ? *ctx->blk_prev_link : NULL;
        if (last && last->kind == XXGK_B_PARAGRAPH && !last->next) {
            bool tail = ctx->para == last && ctx->para_last_start > last->span.start;
            uint32_t ls = tail ? ctx->para_last_start : last->span.start;
            /* lines of the text (a page's text has its own lines) */
            bool one_line = doc_lines_position(&ctx->doc->lines, ls).line ==
                            doc_lines_position(&ctx->doc->lines, last->span.end).line;
            bool sentence = false;
            for (uint32_t k = ls; k + 3 <= last->span.end; k++)
                if (s[k] == 0xE3 && s[k + 1] == 0x80 && s[k + 2] == 0x82)
                    sentence = true;
            if (one_line && !sentence && utf8_count(s + ls, last->span.end - ls) <= 40) {
                r->signoff_agency_span = span_of(ls, last->span.end);
                if (tail) {
                    last->span.end = ctx->para_prev_end;
                } else {
                    *ctx->blk_prev_link = NULL; /* not prose: detach it */
                    ctx->blk_tail = ctx->blk_prev_link;
                    ctx->blk_prev_link = NULL;
                }
            }
        }
        close_paragraph(ctx);
        return;
    }
    case NOTE:
        close_paragraph(ctx);
        r->note_span = tok_span(t);
        return;
    }
}

void b_table_begin(parse_ctx *ctx, int table, uint32_t at)
{
    close_paragraph(ctx);
    xxgk_table *t = xxgk_doc_alloc(ctx->doc, sizeof *t);
    if (!t) {
        ctx->fatal = 1;
        return;
    }
    t->id = table;
    t->span = span_of(at, at);
    ctx->tab = t;
    ctx->ncells = 0;
    ctx->nuses = 0;
    memset(ctx->row_seen, 0, sizeof ctx->row_seen);
    ctx->ncols = 0;
    ctx->cols_closed = false;
    ctx->has_subtotal = false;
    ctx->subtotal_pos = 0;
    ctx->org_cols_seen = 0;
    ctx->reorder_seen = false;
    ctx->tmpl_votes_2019 = ctx->tmpl_votes_2021 = 0;
    ctx->clause = 0;
    ctx->vals.n = 0;
    ctx->grid_tabs = 0;
    ctx->grid_line_set = false;
    ctx->last_row = -1;
    xxgk_block *b = add_block(ctx, XXGK_B_TABLE, span_of(at, at));
    if (b)
        b->table = t;
    if (ctx->report && !ctx->report->tables[table])
        ctx->report->tables[table] = t;
}

void b_missing_table(parse_ctx *ctx, uint32_t at)
{
    (void)at;
    if (ctx->sec)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_TABLE, ctx->sec->heading_span,
                          xxgk_section_numeral(ctx->sec->id));
}

void b_clause(parse_ctx *ctx, const ptok *t)
{
    ctx->clause = t ? t->key : 0;
    /* each clause of table 二 is a grid of its own: three columns under
     * 第二十条第（一）项, one under （五）, so a blank cell of a one-column
     * clause is judged by its own width, not by the widest clause's */
    ctx->grid_tabs = 0;
    ctx->grid_line_set = false;
    if (t)
        grid_see(ctx, t->start);
    ctx->ncols = 0;
    ctx->cols_closed = false;
    ctx->missing_cols_reported = false;
    if (t && label_entry_at(t->entry)->tmpl == 2019)
        ctx->tmpl_votes_2019++;
}

void b_head(parse_ctx *ctx, const ptok *t)
{
    if (t)
        grid_see(ctx, t->start);
    if (ctx->tab && ctx->tab->id == XXGK_TABLE_PROACTIVE) {
        /* 信息内容 opens a column header */
        ctx->ncols = 0;
        ctx->cols_closed = false;
    }
}

void b_column(parse_ctx *ctx, const ptok *t)
{
    if (!ctx->tab)
        return;
    const struct label_entry *e = label_entry_at(t->entry);
    grid_see(ctx, t->start);
    record_label(ctx, t, USE_COLUMN);
    if (e->tmpl == 2019)
        ctx->tmpl_votes_2019++;
    else if (e->tmpl == 2021)
        ctx->tmpl_votes_2021++;
    if (ctx->tab->id == XXGK_TABLE_PROACTIVE) {
        if (ctx->cols_closed) {
            ctx->ncols = 0;
            ctx->cols_closed = false;
        }
        if (ctx->ncols > 0 && ctx->ncols < 8)
            see_reorder(ctx, ctx->cols[ctx->ncols - 1], ctx->col_labels[ctx->ncols - 1], t);
        if (ctx->ncols == 0) {
            ctx->header_at = tok_span(t);
            ctx->header_checked = ctx->header_refused = false;
        }
        if (ctx->ncols < 8) {
            ctx->col_labels[ctx->ncols] = t->entry;
            ctx->cols[ctx->ncols++] = t->key;
        }
    } else if (ctx->tab->id == XXGK_TABLE_REQUESTS) {
        int k = t->key;
        if (ctx->cols_closed) {
            /* the header printed again after rows (a page break): count
             * its columns afresh */
            ctx->cols_closed = false;
            ctx->org_cols_seen = 0;
        }
        if (k == XXGK_C_LEGAL_SUBTOTAL) {
            ctx->has_subtotal = true;
            ctx->subtotal_pos = ctx->org_cols_seen; /* 0: before 商业企业, 5: after 其他 */
        } else if (k >= XXGK_C_COMMERCIAL && k <= XXGK_C_OTHER_ORG) {
            if (ctx->org_cols_seen > 0 && ctx->org_cols_seen < 5)
                see_reorder(ctx, ctx->org_order[ctx->org_cols_seen - 1],
                            ctx->org_labels[ctx->org_cols_seen - 1], t);
            if (ctx->org_cols_seen < 5) {
                ctx->org_order[ctx->org_cols_seen] = k;
                ctx->org_labels[ctx->org_cols_seen] = t->entry;
            }
            ctx->org_cols_seen++;
        }
    }
}

void b_group(parse_ctx *ctx, const ptok *t)
{
    /* a group label (table 三's （三）, （四）…) only ends the row before it */
    (void)ctx;
    (void)t;
}

void b_row_begin(parse_ctx *ctx, const ptok *t)
{
    grid_see(ctx, t->start);
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = t->key;
    ctx->row_tok = *t;
    ctx->vals.n = 0;
    ctx->cols_closed = true;
}

/* row label + text → one label: 6.属于四类 (a label the lexer knows, a
 * shorter variant) glued to 过程信息 with no delimiter between is one label
 * printed with a typo. Near the template's label of that row (P025), the row
 * reads on with the numbers after it. */
static bool resume_glued_row(parse_ctx *ctx, const ptok *t)
{
    const struct short_row *sr = &ctx->short_row;
    if (sr->n != 0 || t->start != ctx->row_tok.end)
        return false;
    int row = sr->row;
    const char *tmpl = row_label_text(row, current_template(ctx));
    ptok whole = ctx->row_tok;
    whole.end = t->end;
    if (!label_near(ctx->doc->src + whole.start, whole.end - whole.start, tmpl))
        return false;
    char buf[96];
    text_of(ctx, &whole, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_NEAR_ROW_LABEL, tok_span(&whole), buf, tmpl);
    ctx->row_seen[row] = false; /* taken again, with its numbers */
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = row;
    ctx->row_tok = whole;
    ctx->resumed_row = true;
    ctx->vals.n = 0;
    return true;
}

/* 行政许可 | 暂无 : text on the short row's last line (not a sentence of
 * prose) stands where the number should be (P009); the numbers after it go
 * to no row. */
static bool text_for_number(parse_ctx *ctx, const ptok *t)
{
    const struct short_row *sr = &ctx->short_row;
    if (t->start >= sr->line_end || t->text == TEXT_TABLE_PROSE)
        return false;
    char buf[96];
    text_of(ctx, t, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(t), buf, row_name(ctx, sr->row));
    ctx->row.kind = ROW_SPENT;
    ctx->row_tok = *t;
    ctx->vals.n = 0;
    return true;
}

/* The one decision on a row short of values (finish_values keeps it
 * pending): what follows the row says why it is short.
 *   short row, TEXT glued to its bare label, near the template's: the label
 *     goes on (P025, resume_glued_row);
 *   short row, TEXT on its last line: text where a number should be (P009);
 *   short row, anything else (TEXT NULL): too few values (P007).
 * Reached by construction: b_row_end settles it unless the parser's
 * lookahead is TEXT, which then begins a row (b_unknown_row_begin) or, after
 * a syntax error, never does (the table's end). Returns true when TEXT was
 * taken (resumed or spent). */
static bool settle_short_row(parse_ctx *ctx, const ptok *text)
{
    struct short_row *sr = &ctx->short_row;
    if (!sr->pending)
        return false;
    sr->pending = false;
    if (text && (resume_glued_row(ctx, text) || text_for_number(ctx, text)))
        return true;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, sr->at, row_name(ctx, sr->row), sr->n, sr->ncols);
    return false;
}

void b_unknown_row_begin(parse_ctx *ctx, const ptok *t)
{
    if (settle_short_row(ctx, t))
        return;
    ctx->row.kind = ROW_UNKNOWN;
    ctx->row_tok = *t;
    ctx->vals.n = 0;
}

void b_value(parse_ctx *ctx, int tok, const ptok *t)
{
    if (tok == TEXT && t->text == TEXT_TABLE_PROSE) {
        /* a sentence among table 四's numbers: prose, not a value */
        add_block(ctx, XXGK_B_PARAGRAPH, tok_span(t));
        return;
    }
    grid_see(ctx, t->start);
    vals_push(ctx, t, tok);
}

void b_stray_begin(parse_ctx *ctx) { ctx->vals.n = 0; }

void b_stray_end(parse_ctx *ctx, int table)
{
    int numbers = 0;
    const ptok *first = NULL;
    for (size_t i = 0; i < ctx->vals.n; i++)
        if (ctx->vals.v[i].tok == NUMBER) {
            if (!first)
                first = &ctx->vals.v[i];
            numbers++;
        }
    if (numbers)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(first), numbers,
                          table_numeral(table));
    ctx->vals.n = 0;
}

void b_appeals_values_begin(parse_ctx *ctx) { ctx->vals.n = 0; }

static void row_end(parse_ctx *ctx)
{
    xxgk_table *t = ctx->tab;
    if (!t)
        return;
    const ptok *label = &ctx->row_tok;
    if (ctx->row.kind == ROW_SPENT) {
        /* after text in place of a number: numbers that follow on are not
         * guessed into the row */
        int numbers = 0;
        for (size_t i = 0; i < ctx->vals.n; i++)
            numbers += ctx->vals.v[i].tok == NUMBER;
        if (numbers)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(&ctx->vals.v[0]), numbers,
                              table_numeral(t->id));
        ctx->vals.n = 0;
        return;
    }
    bool near = ctx->resumed_row;
    ctx->resumed_row = false;
    if (ctx->row.kind == ROW_UNKNOWN && (t->id == XXGK_TABLE_PROACTIVE || t->id == XXGK_TABLE_REQUESTS)) {
        int numbers = 0;
        for (size_t i = 0; i < ctx->vals.n; i++)
            numbers += ctx->vals.v[i].tok == NUMBER;
        int due = numbers ? near_due_row(ctx, t, label) : -1;
        if (due >= 0) {
            ctx->row.kind = ROW_TEMPLATE;
            ctx->row.key = due;
            near = true;
        }
    }
    if (ctx->row.kind != ROW_TEMPLATE) {
        bool numbers = false;
        for (size_t i = 0; i < ctx->vals.n; i++)
            if (ctx->vals.v[i].tok == NUMBER)
                numbers = true;
        char buf[96];
        text_of(ctx, label, buf, sizeof buf);
        if (numbers)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_UNKNOWN_ROW, tok_span(label), buf,
                              table_numeral(t->id));
        else if (label->text == TEXT_TABLE_PROSE) {
            /* a sentence inside the table section: prose */
            xxgk_block *b = add_block(ctx, XXGK_B_PARAGRAPH, tok_span(label));
            (void)b;
        } else
            xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_IN_TABLE, tok_span(label), buf,
                              table_numeral(t->id));
        ctx->vals.n = 0;
        return;
    }
    int row = ctx->row.key;
    if (xxgk_row_table(row) != t->id) {
        ctx->vals.n = 0;
        return;
    }
    if (row == XXGK_R_OTHER && t->id == XXGK_TABLE_REQUESTS) {
        bool numbers = false;
        for (size_t i = 0; i < ctx->vals.n; i++)
            if (ctx->vals.v[i].tok == NUMBER)
                numbers = true;
        if (!numbers) { /* 2021: （六）其他处理 heads a group of three rows */
            ctx->vals.n = 0;
            return;
        }
    }
    if (ctx->row_seen[row]) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_DUPLICATE_ROW, tok_span(label), row_name(ctx, row),
                          table_numeral(t->id));
        ctx->vals.n = 0;
        return;
    }
    ctx->row_seen[row] = true;
    ctx->row_spans[row] = tok_span(label);
    ctx->last_row = row;
    if (!near) /* a near label has no label entry of its own */
        record_label(ctx, label, USE_ROW);
    int cols[8], ncols;
    if (t->id == XXGK_TABLE_REQUESTS) {
        ncols = requests_columns(ctx, cols);
    } else {
        ncols = ctx->ncols;
        memcpy(cols, ctx->cols, sizeof cols);
        if (ncols == 0) {
            if (!ctx->missing_cols_reported) {
                static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
                char buf[64];
                snprintf(buf, sizeof buf, "第二十条第（%s）项", ctx->clause > 0 && ctx->clause <= 10 ? cn[ctx->clause] : "?");
                xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_COLUMNS, tok_span(label), buf);
                ctx->missing_cols_reported = true;
            }
            ctx->vals.n = 0;
            return;
        }
        if (!header_complete(ctx)) {
            ctx->vals.n = 0;
            return;
        }
    }
    finish_values(ctx, t->id, row, cols, ncols, label);
    ctx->vals.n = 0;
}

/* The row's end, with the parser's lookahead NEXT: a row short of values
 * is settled now unless NEXT is TEXT, which says why (settle_short_row). */
void b_row_end(parse_ctx *ctx, int next)
{
    row_end(ctx);
    if (next != TEXT)
        settle_short_row(ctx, NULL);
}

void b_make_cell(parse_ctx *ctx, int table, int row, int col, const ptok *v)
{
    make_cell(ctx, table, row, col, v);
}

void b_syntax_error(parse_ctx *ctx, xxgk_span at, const char *msg)
{
    xxgk_doc_add_diag(ctx->doc, XXGK_P_SYNTAX, at, msg);
}

void b_finish(parse_ctx *ctx)
{
    /* a table is still open only when the parser gave up inside it (out of
     * memory): it ends with the text */
    b_table_end(ctx, ctx->doc->len);
    copy_finish(ctx, ctx->doc->len);
    unglue_free(ctx);
    free(ctx->cells);
    free(ctx->vals.v);
    free(ctx->uses);
    free(ctx->use_info);
    ctx->uses = NULL;
    ctx->use_info = NULL;
    ctx->cells = NULL;
    ctx->vals.v = NULL;
}
