/* A table's header as the builder meets it (the labels a table uses, rows
 * and columns, are kept by bld_record_label in build.h): the 法人或其他组织
 * columns of table 三 in their printed order, the printed column order
 * against the template's (P022), whether a header holds every column
 * (P024), and the heading a table is named by.
 * Read by the table's end (build_table.c) and by the rows (build_row.c). */
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "units.h"

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

/* The keys of the columns cols[0, n). */
static col_range range_of(const int *cols, int n)
{
    col_range r = {XXGK_C__COUNT, 0, 0};
    for (int i = 0; i < n; i++) {
        if (cols[i] <= 0 || cols[i] >= XXGK_C__COUNT)
            continue;
        r.c0 = cols[i] < r.c0 ? cols[i] : r.c0;
        r.c1 = cols[i] > r.c1 ? cols[i] : r.c1;
        r.keyed++;
    }
    return r;
}

/* Made once for the rows after a header (b_column says when it changes),
 * with the range of their keys: bld_requests_columns asks only when none
 * are made. */
void bld_make_requests_columns(parse_ctx *ctx)
{
    int *c = ctx->req_cols;
    int n = xxgk_tpl_requests_cols(ctx->has_subtotal, ctx->subtotal_pos, c);
    if (printed_org_order(ctx))
        for (int i = 0, k = 0; i < n; i++)
            if (c[i] >= XXGK_C_COMMERCIAL && c[i] <= XXGK_C_OTHER_ORG)
                c[i] = ctx->org_order[k++];
    ctx->nreq_cols = n;
    ctx->req_cols_range = range_of(c, n);
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

void bld_see_reorder(parse_ctx *ctx, int prev_key, int prev_label, const ptok *t)
{
    if (col_rank(prev_key) <= col_rank(t->key) || ctx->reorder_seen)
        return;
    ctx->reorder_seen = true;
    ctx->reorder_at = tok_span(t);
    ctx->reorder_before = prev_label;
    ctx->reorder_after = t->entry;
}

/* At the table's end: the note, when the printed order was followed. */
void bld_note_reorder(parse_ctx *ctx, const xxgk_table *t)
{
    if (!ctx->reorder_seen || (t->id == XXGK_TABLE_REQUESTS && !printed_org_order(ctx)))
        return;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_REORDERED, ctx->reorder_at, bld_table_numeral(t->id),
                      bld_canonical_text(label_entry_at(ctx->reorder_before)),
                      bld_canonical_text(label_entry_at(ctx->reorder_after)));
}

/* Where a table without rows is reported: its section's heading. */
xxgk_span bld_table_heading(const parse_ctx *ctx, const xxgk_table *t)
{
    return ctx->sec ? ctx->sec->heading_span : span_of(t->span.start, t->span.start);
}

/* Table 二's column sets: a header naming one of a set names all of it
 * (2019's 处理决定数量 alone is 2021's one column; 收费 has no 处理决定数量). */
static const int col_sets[][3] = {
    {XXGK_C_ISSUED, XXGK_C_REPEALED, XXGK_C_IN_FORCE},
    {XXGK_C_NEW_MADE, XXGK_C_NEW_PUBLISHED, XXGK_C_TOTAL_PUBLISHED},
    {XXGK_C_PREV_ITEMS, XXGK_C_CHANGE, 0},
    {XXGK_C_ITEMS, XXGK_C_AMOUNT, 0},
};

_Static_assert(XXGK_C__COUNT <= 64, "a bit per column key");

/* The header's columns as bits, gathered once for the sets it is asked
 * about (a key of no column is none: no set names it). */
static uint64_t header_bits(const parse_ctx *ctx)
{
    uint64_t m = 0;
    for (int i = 0; i < ctx->ncols; i++)
        if (ctx->cols[i] > 0 && ctx->cols[i] < XXGK_C__COUNT)
            m |= 1ull << ctx->cols[i];
    return m;
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
bool bld_header_complete(parse_ctx *ctx)
{
    if (ctx->header_checked)
        return !ctx->header_refused;
    ctx->header_checked = true;
    uint64_t header = header_bits(ctx);
    for (size_t s = 0; s < sizeof col_sets / sizeof col_sets[0]; s++) {
        int have = 0, missing = 0;
        for (int i = 0; i < 3 && col_sets[s][i]; i++) {
            if (header >> col_sets[s][i] & 1)
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

/* The end of the header cell that starts at AT: the TAB, | or line
 * break after it. */
static uint32_t cell_end(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = at, len = ctx->doc->len;
    while (e < len && src[e] != '\t' && src[e] != '|' && src[e] != '\r' && src[e] != '\n' &&
           !(src[e] == 0xEF && e + 2 < len && src[e + 1] == 0xBD && src[e + 2] == 0x9C)) /* ｜ */
        e++;
    return e;
}

/* header → unit: a money column's header states its unit in the words
 * that make the label or follow it in its cell (本年收费金额（单位：元）,
 * 采购总金额（万元）), whatever the template's says: the cells under it
 * are in that unit. A unit naming no exact amount in 元 (（单位：美元）)
 * is an error there (P029), and the column's numbers get no cell. Only a
 * statement that starts inside the label or right after it is the
 * column's (page text runs on into the rows). */
int bld_header_unit(parse_ctx *ctx, const ptok *t)
{
    if (xxgk_tpl_col_kind(t->key) != XXGK_COL_MONEY)
        return XXGK_UNIT_NONE;
    const uint8_t *src = ctx->doc->src, *word, *stmt;
    size_t wlen, slen;
    uint32_t end = cell_end(ctx, t->end);
    int u = unit_statement(src + t->start, src + end, &word, &wlen, &stmt, &slen);
    uint32_t after = t->end;
    while (after < end && (src[after] == ' ' || src[after] == '\t'))
        after++;
    if (u == XXGK_UNIT_NONE || (uint32_t)(stmt - src) > after)
        return XXGK_UNIT_NONE;
    ctx->unit_stmt = span_of((uint32_t)(stmt - src), (uint32_t)(stmt + slen - src));
    xxgk_span at = span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src));
    if (u != UNIT_INEXACT && bld_units_disagree(ctx, u, at, ctx->line_unit, ctx->line_unit_at))
        return UNIT_INEXACT;
    if (u == UNIT_INEXACT) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s", (int)(wlen < 60 ? wlen : 60), (const char *)word);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT,
                          span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src)), buf);
    }
    return u;
}

/* header + unit line → unit: a column header and the table's unit line
 * that state different units (本年收费金额（单位：万元） under 单位：元) leave
 * the unit of the numbers under the header unknown: P028 at the one read
 * second, a note at the other, and the column's numbers that print no
 * unit get no cell. True when they disagree. */
bool bld_units_disagree(parse_ctx *ctx, int unit, xxgk_span at, int other, xxgk_span other_at)
{
    if (other == XXGK_UNIT_NONE || other == UNIT_INEXACT || unit == other)
        return false;
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_UNITS_DISAGREE, at, xxgk_unit_name(unit),
                                     xxgk_unit_name(other));
    xxgk_diag_add_note(ctx->doc, d, other_at,
                       ctx->doc->lang == XXGK_LANG_ZH ? "另一处所述单位在此" : "the other unit is stated here");
    return true;
}
