/* A table from begin to end: its header tokens (clause captions, column
 * labels; what they mean is build_header.c's), and its end
 * (b_table_end): the short row settled, table 四's values, the template it
 * follows, missing rows (P015, P005, P021), cells and their index copied
 * into the arena. */
#include <stdlib.h>
#include <string.h>

#include "build.h"

/* A print of a section's table for another scope with no row (P124):
 * the message names that print by its caption, so it never reads as the
 * report's own table having none. */
static void scope_no_rows(parse_ctx *ctx, const xxgk_table *t)
{
    char cap[256]; /* a caption whole: tokens.c's are 192 bytes at most */
    size_t n = t->scope.end - t->scope.start;
    if (n >= sizeof cap)
        for (n = sizeof cap - 1; n > 0 && (ctx->doc->src[t->scope.start + n] & 0xC0) == 0x80; n--)
            ;
    memcpy(cap, ctx->doc->src + t->scope.start, n);
    cap[n] = 0;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_SCOPE_TABLE_NO_ROWS, t->scope, bld_table_numeral(t->id), cap);
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
        /* captions and header, no row: never a clean table; a second
         * print for another scope is said at its caption and as that
         * print (P124), not as the report's own table, which is whole */
        if (t->scope.end > t->scope.start)
            scope_no_rows(ctx, t);
        else
            xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_NO_ROWS, bld_table_heading(ctx, t), bld_table_numeral(t->id));
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
            xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_ROW, at, bld_row_name(ctx, rows[i]),
                              bld_table_numeral(t->id));
        }
    if (last_seen < n - 1)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_ENDS_EARLY, span_of(end_at, end_at),
                          bld_table_numeral(t->id), bld_row_name(ctx, rows[last_seen + 1]));
}

/* A table's rows tell its template when it prints a row only one template
 * has (table 三: 2021's three （六） rows, or 2019's one); a row of 2021's
 * wins. 0 when every row printed is in both. The rows seen are rows of
 * the table (template_row_end takes no other), so they are asked alone,
 * not the table's rows of the template one by one. */
static int rows_template(const parse_ctx *ctx)
{
    int only_2019 = 0;
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        if (!ctx->row_seen[r])
            continue;
        int only = xxgk_tpl_row_only(r);
        if (only == 2021)
            return 2021;
        only_2019 += only == 2019;
    }
    return only_2019 ? 2019 : 0;
}

/* The template a table follows, as its own words tell: table 三 by the
 * rows it prints, table 二 by the votes of its captions and columns, table
 * 四 not at all (0). */
static int table_template(const parse_ctx *ctx, const xxgk_table *t)
{
    if (t->id == XXGK_TABLE_REQUESTS)
        return rows_template(ctx);
    if (t->id == XXGK_TABLE_PROACTIVE)
        return ctx->tmpl_votes_2019 > ctx->tmpl_votes_2021   ? 2019
               : ctx->tmpl_votes_2021 > ctx->tmpl_votes_2019 ? 2021
                                                             : 0;
    return t->template_year;
}

/* The key box and the rows' present cells again, from the cells: only for
 * a table of more than UINT16_MAX cells, where the index stops at the
 * first UINT16_MAX and the glued rows read at the end
 * (cells_to_print_order) may have moved cells across that line. */
static key_box recount_keys(xxgk_table *t)
{
    key_box b = {XXGK_R__COUNT, 0, XXGK_C__COUNT, 0, 0};
    memset(t->row_cells, 0, sizeof t->row_cells);
    for (size_t i = 0; i < UINT16_MAX; i++) {
        const xxgk_cell *c = &t->cells[i];
        if (!bld_cell_keyed(c))
            continue;
        b.r0 = c->row < b.r0 ? c->row : b.r0;
        b.r1 = c->row > b.r1 ? c->row : b.r1;
        b.c0 = c->col < b.c0 ? c->col : b.c0;
        b.c1 = c->col > b.c1 ? c->col : b.c1;
        b.keyed++;
        if (c->state != XXGK_CELL_ABSENT && t->row_cells[c->row] < UINT8_MAX)
            t->row_cells[c->row]++;
    }
    return b;
}

/* A table of this many cells and more takes over the builder's array
 * (take_cells); a smaller one is copied into the arena, the array kept for
 * the next table: a malloc, a shrink and a free a table cost more than
 * the copy of an ordinary table's 200 cells (+0.24 % of check over
 * bench300, docs/performance.md, fifty-ninth pass), and the copy's extra
 * memory stays under this many cells' 48 KB whatever the file. */
enum { TAKE_CELLS_MIN = 1024 };

/* The builder's array of the table's N cells handed to the table, shrunk
 * to them by realloc, no copy: the document frees it (doc_own), and the
 * next table's cells start an array of their own (b_table_begin). A copy
 * in the arena held the array and the copy at once at the table's end
 * (cellrows' peak: docs/performance.md, fifty-seventh pass). NULL, the
 * array freed, when the arena has no room for the note of it. */
static xxgk_cell *take_cells(parse_ctx *ctx, size_t n)
{
    xxgk_cell *c = ctx->cells;
    if (n < ctx->capcells) {
        xxgk_cell *fit = realloc(c, n * sizeof *c);
        c = fit ? fit : c; /* a shrink that fails leaves the array as it was */
    }
    ctx->cells = NULL;
    ctx->ncells = ctx->capcells = 0;
    return doc_own(ctx->doc, c);
}

/* The table's N cells: the builder's array (take_cells) or, for a small
 * table, room in the arena, filled by index_cells (NULL without
 * memory). */
static xxgk_cell *table_cells(parse_ctx *ctx, size_t n)
{
    if (n >= TAKE_CELLS_MIN)
        return take_cells(ctx, n);
    return doc_alloc_raw(ctx->doc, n * sizeof(xxgk_cell));
}

/* The table's cells (table_cells; an arena copy is filled by
 * index_cells), and the rectangle of keys they use, with each row's
 * present cells: noted as they were made (build_cells.c: note_row_keys),
 * so no walk finds them. The table's span grows over the cells. */
static key_box cells_room(parse_ctx *ctx, xxgk_table *t)
{
    key_box b = {XXGK_R__COUNT, 0, XXGK_C__COUNT, 0, 0};
    size_t n = ctx->ncells;
    uint32_t start = n ? ctx->cells[0].span.start : 0, end = n ? ctx->cells[n - 1].span.end : 0;
    t->cells = n ? table_cells(ctx, n) : NULL;
    if (!t->cells) {
        memset(t->row_cells, 0, sizeof t->row_cells); /* no cell: none counts */
        return b;
    }
    t->ncells = n;
    t->span.start = start < t->span.start ? start : t->span.start;
    t->span.end = end;
    return n > UINT16_MAX ? recount_keys(t) : ctx->cell_keys;
}

/* The index over the rectangle B (cells_room), empty. */
static void index_room(parse_ctx *ctx, xxgk_table *t, key_box b)
{
    if (b.r1 < b.r0) /* no cell with keys: an index of one empty entry says so */
        b.r0 = b.r1 = b.c0 = b.c1 = 1;
    t->index_row = b.r0;
    t->index_col = b.c0;
    t->index_rows = b.r1 - b.r0 + 1;
    t->index_cols = b.c1 - b.c0 + 1;
    t->index = xxgk_doc_alloc(ctx->doc, sizeof *t->index * (size_t)t->index_rows * (size_t)t->index_cols);
}

/* Enter cell I at SLOT of the index, the cells walked from the last to
 * the first: the first copy printed of a key stands (a row printed again
 * whose cells were read too, P014: its later copies are not the row's),
 * as xxgk_table_cell_search finds it and as diff counts copy 1 (a table
 * stores only cells printed, a value or empty). So check's arithmetic,
 * panel and diff's checks read the cell P014's note stands at
 * (docs/diagnostics.md, P014). Walking backwards, no slot is tested: a
 * test of it walking forwards cost 0.18 % of check over bench300
 * (docs/performance.md, stop 78). */
static inline __attribute__((always_inline)) void index_put(uint16_t *slot, size_t i) { *slot = (uint16_t)(i + 1); }

/* The table's cells entered in the index in one walk (the first
 * UINT16_MAX of them, last to first: index_put; when all of those have
 * keys, none is tested), and copied on the way from the builder's array
 * FROM into the arena's room (FROM NULL: the table took the array over,
 * nothing to copy). Inline at its two calls (index_cells), so each is a
 * walk of its own, with no test of FROM a cell. */
static inline __attribute__((always_inline)) void index_walk(xxgk_table *t, const xxgk_cell *from, size_t keyed)
{
    const xxgk_cell *c = from ? from : t->cells;
    xxgk_cell *to = t->cells;
    size_t n = t->ncells, nidx = n < UINT16_MAX ? n : UINT16_MAX, i = nidx;
    uint16_t *index = t->index;
    /* a cell's entry is (row - r0) * w + (col - c0): row * w + col - corner */
    int w = t->index_cols, corner = t->index_row * w + t->index_col;
    if (index && keyed == nidx)
        while (i--) {
            if (from)
                to[i] = c[i];
            index_put(&index[c[i].row * w + c[i].col - corner], i);
        }
    else if (index)
        while (i--) {
            if (from)
                to[i] = c[i];
            if (bld_cell_keyed(&c[i]))
                index_put(&index[c[i].row * w + c[i].col - corner], i);
        }
    for (i = index ? nidx : 0; from && i < n; i++)
        to[i] = c[i];
}

/* The index of the table's cells, and their copy from the builder's
 * array when they are not in it (table_cells). */
static void index_cells(const parse_ctx *ctx, xxgk_table *t, size_t keyed)
{
    if (ctx->cells) /* not taken over (take_cells leaves none) */
        index_walk(t, ctx->cells, keyed);
    else
        index_walk(t, NULL, keyed);
}

/* A label of the other template (规范性文件 in a 2021 table) is a variant
 * of this template's text. */
static void label_of_other_template(xxgk_label_use *u, const struct label_entry *e, int tmpl)
{
    if (!tmpl || e->tmpl == tmpl)
        return;
    for (int k = 0; k < label_count(); k++) {
        const struct label_entry *c = label_entry_at(k);
        if (c->kind == e->kind && c->table == e->table && c->key == e->key && !c->variant &&
            c->tmpl == tmpl) {
            u->variant = true;
            u->canonical = c->display;
            return;
        }
    }
}

/* The labels of one kind the table used, in print order, into the arena
 * (*n stays 0 without memory). */
static xxgk_label_use *uses_to_arena(parse_ctx *ctx, enum use_kind kind, size_t *n)
{
    size_t k = ctx->nuses[kind];
    xxgk_label_use *u = k ? doc_alloc_raw(ctx->doc, k * sizeof *u) : NULL;
    if (u) {
        memcpy(u, ctx->uses[kind], k * sizeof *u);
        *n = k;
    }
    return u;
}

/* The row and column labels the table used, in print order, into the
 * arena; those of one template's made variants when the table follows
 * the other. */
static void labels_to_arena(parse_ctx *ctx, xxgk_table *t)
{
    t->rows = uses_to_arena(ctx, USE_ROW, &t->nrows);
    t->cols = uses_to_arena(ctx, USE_COLUMN, &t->ncols);
    for (size_t i = 0; i < ctx->ntmpl_uses; i++) {
        const struct use_info *w = &ctx->tmpl_uses[i];
        xxgk_label_use *to = w->kind == USE_ROW ? t->rows : t->cols;
        if (to)
            label_of_other_template(&to[w->at], w->entry, t->template_year);
    }
    ctx->nuses[USE_ROW] = ctx->nuses[USE_COLUMN] = ctx->ntmpl_uses = 0;
}

/* Does the copy's cell C differ from the report's (a value printed in one
 * and not the other, or another value in the same unit)? */
static bool copy_cell_differs(const xxgk_report *r, const xxgk_cell *c)
{
    const xxgk_cell *b = xxgk_report_cell(r, c->table, c->row, c->col);
    if (!b || b->state != c->state)
        return c->state == XXGK_CELL_VALUE || (b && b->state == XXGK_CELL_VALUE);
    return c->state == XXGK_CELL_VALUE && b->unit == c->unit && xxgk_dec_cmp(b->value, c->value) != 0;
}

/* annex copy → comparison: a table the report has (printed in the body,
 * or in an earlier annex) printed again in an annex after 六 (build_doc.c
 * annex_reopens): the first print stays the report's (b_table_begin keeps the first), and the
 * copy's cells that differ from it are one warning (P113) at the first,
 * with their count: never mixed in, never dropped unsaid. One walk of the
 * copy's cells, a lookup each. */
static void annex_copy_compare(parse_ctx *ctx, const xxgk_table *copy)
{
    const xxgk_report *r = ctx->report;
    if (!ctx->annex_copy || !r || r->tables[copy->id] == copy)
        return;
    const xxgk_cell *first = NULL;
    int n = 0;
    for (size_t i = 0; i < copy->ncells; i++)
        if (copy_cell_differs(r, &copy->cells[i])) {
            first = first ? first : &copy->cells[i];
            n++;
        }
    if (!first)
        return;
    const xxgk_cell *b = xxgk_report_cell(r, first->table, first->row, first->col);
    char here[48] = "-", body[48] = "-";
    if (first->state == XXGK_CELL_VALUE)
        xxgk_dec_format(first->value, here, sizeof here);
    if (b && b->state == XXGK_CELL_VALUE)
        xxgk_dec_format(b->value, body, sizeof body);
    /* the first print's line: the body's table, or an earlier annex's */
    uint32_t at = xxgk_doc_position(ctx->doc, r->tables[copy->id]->span.start).line;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_ANNEX_COPY_DIFFERS, first->span, bld_table_numeral(copy->id), n, at,
                      xxgk_tpl_row_name(first->row), xxgk_tpl_col_name(first->col), here, body);
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
    bld_settle_short_row(ctx, NULL); /* a TEXT lookahead that never began its row */
    bld_signoff_in_table_end(ctx); /* a sign-off's line with no row after it: as it was */
    bld_bare_rows_settle(ctx, false);
    bld_lead_settle(ctx); /* a P048 of the table's first row (build_cells.c) */
    bld_blank_last_settle(ctx); /* a P023 the rows after show wrong (build_blank.c) */
    if (t->id == XXGK_TABLE_APPEALS)
        bld_appeals_finish(ctx, end_at);
    if (t->id == XXGK_TABLE_REQUESTS)
        t->ncols_requests = ctx->req_three_told ? 3 : ctx->has_subtotal ? 8 : 7; /* 3: P134's header */
    if (t->id == XXGK_TABLE_PROACTIVE)
        bld_ptrans_table_end(ctx);
    bool refused = t->id == XXGK_TABLE_REQUESTS && bld_trans_end(ctx, end_at);
    t->template_year = table_template(ctx, t);
    unglue_table(ctx, t->template_year);
    bld_merged_rows(ctx, t, end_at);
    if (t->id == XXGK_TABLE_REQUESTS)
        bld_requests_org_doubt(ctx); /* P102: every 法人 cell, whichever path made it */
    if (!refused)
        check_rows(ctx, t, end_at);
    bld_note_reorder(ctx, t, end_at);
    key_box keys = cells_room(ctx, t);
    index_room(ctx, t, keys);
    index_cells(ctx, t, keys.keyed);
    labels_to_arena(ctx, t);
    bld_scope_inside_end(ctx, t); /* P125: a wider scope's caption over its rows */
    if (t->scope.end <= t->scope.start) /* another scope's table is no copy of the report's */
        annex_copy_compare(ctx, t);
    if (ctx->report && !ctx->report->template_year && t->template_year)
        ctx->report->template_year = t->template_year;
    ctx->tab = NULL;
    ctx->pagetext = ctx->doc_pagetext || ctx->glued_line_on; /* a glued table's page text ends with it */
    ctx->sc.pagetext = ctx->pagetext || ctx->sc.nbrk;
    bld_cells_reset(ctx);
}

enum { TABLE_CELLS_FIRST = 256 };

void b_table_begin(parse_ctx *ctx, int table, uint32_t at)
{
    bld_close_paragraph(ctx);
    xxgk_table *t = xxgk_doc_alloc(ctx->doc, sizeof *t);
    if (!t) {
        ctx->fatal = 1;
        return;
    }
    t->id = table;
    t->span = span_of(at, at);
    t->scope = ctx->scope_caption; /* under a caption of another scope (build_doc.c scope_reopens) */
    ctx->scope_caption = span_of(0, 0);
    ctx->scope_inside = span_of(0, 0);
    if (t->scope.end > t->scope.start)
        bld_scope_table(ctx, t);
    ctx->tab = t;
    memset(&ctx->tab_signoff, 0, sizeof ctx->tab_signoff);
    bld_cells_reset(ctx);
    /* room for a whole table's cells made at its start (table 三 of
     * either template has about 200): grown from 16 a row at a time, the
     * array was copied four times a report; a table of many cells takes
     * it over at its end (take_cells), and the next one makes its own (on
     * failure ctx->fatal is set) */
    if (ctx->capcells < TABLE_CELLS_FIRST)
        (void)bld_grow(ctx, &ctx->cells, TABLE_CELLS_FIRST - 1, &ctx->capcells, sizeof *ctx->cells);
    ctx->nuses[USE_ROW] = ctx->nuses[USE_COLUMN] = ctx->ntmpl_uses = 0;
    memset(ctx->row_seen, 0, sizeof ctx->row_seen);
    ctx->ncols = 0;
    ctx->fee_row_unit = XXGK_UNIT_NONE;
    ctx->unit_below.n = 0;
    ctx->nunknown_cols = 0;
    ctx->stand_ins = false;
    ctx->head_word_end = 0;
    ctx->head_again = false;
    ctx->cols_closed = false;
    ctx->has_subtotal = false;
    ctx->subtotal_pos = 0;
    ctx->nreq_cols = 0;
    ctx->org_cols_seen = 0;
    ctx->org_lines = false;
    bld_requests_units_reset(ctx);
    ctx->req_top_reordered = false;
    ctx->req_first_read = false;
    ctx->req_org_followed = false;
    ctx->req_org_unsure = false;
    ctx->req_org_swap_line = false;
    ctx->req_three_told = false;
    ctx->req_header_made = false;
    ctx->req_org_glued = span_of(0, 0);
    ctx->req_units_glued = span_of(0, 0);
    bld_appeals_reset(ctx);
    bld_trans_reset(ctx);
    bld_ptrans_table_begin(ctx);
    ctx->reorder_seen = false;
    ctx->tmpl_votes_2019 = ctx->tmpl_votes_2021 = 0;
    ctx->clause = 0;
    ctx->header_shared = ctx->header_borrowed = false;
    ctx->subtotal_group = NULL;
    ctx->group_start = ctx->group_end = 0;
    /* table 二's unit line above it (单位：元 before its first clause) is
     * its unit line (b_prose, section_unit_line) */
    ctx->line_unit = table == XXGK_TABLE_PROACTIVE ? ctx->sec_line_unit : XXGK_UNIT_NONE;
    ctx->line_unit_at = ctx->sec_line_unit_at;
    ctx->sec_line_unit = XXGK_UNIT_NONE;
    ctx->tab_in_section = true;
    ctx->row_unit = XXGK_UNIT_NONE;
    bld_vals_clear(&ctx->vals);
    bld_grid_reset(ctx, at);
    ctx->last_row = -1;
    xxgk_block *b = bld_add_block(ctx, XXGK_B_TABLE, span_of(at, at));
    if (b)
        b->table = t;
    if (ctx->report && !ctx->report->tables[table])
        ctx->report->tables[table] = t;
}

/* A scope caption with no table under it is the line it was before the
 * caption was looked for: text after the section's table (P019), or,
 * holding a number, a line whose numbers go to no cell (P008); the
 * section has its table (no P012). Defensive: the lexer offers a caption
 * only when a header or a row of the table follows it (tokens.c
 * table_follows), so no layout tried reaches this (stop 62: a caption
 * over a sentence, over prose after a header line, over table 四's
 * header, at the text's end, inside the first table, after the second;
 * tests/grammar/scope-tables-second-62.txt, P019/P008 all by the
 * ordinary path); kept so a grammar change never drops the line. */
static void scope_caption_stray(parse_ctx *ctx)
{
    xxgk_span sp = ctx->scope_caption;
    ctx->scope_caption = span_of(0, 0);
    if (!ctx->sec)
        return;
    char text[128];
    size_t n = sp.end - sp.start;
    if (n >= sizeof text)
        for (n = sizeof text - 1; n > 0 && (ctx->doc->src[sp.start + n] & 0xC0) == 0x80; n--)
            ;
    memcpy(text, ctx->doc->src + sp.start, n);
    text[n] = 0;
    xxgk_span num = bld_caption_number(ctx, sp);
    xxgk_doc_add_diag(ctx->doc, num.end > num.start ? XXGK_P_UNKNOWN_ROW : XXGK_P_TEXT_IN_TABLE, sp, text,
                      xxgk_section_numeral(ctx->sec->id));
}

void b_missing_table(parse_ctx *ctx, uint32_t at)
{
    (void)at;
    if (ctx->scope_caption.end > ctx->scope_caption.start) {
        scope_caption_stray(ctx);
        return;
    }
    if (ctx->sec)
        ctx->table_missing[ctx->sec->id] = xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_TABLE, ctx->sec->heading_span,
                                                             xxgk_section_numeral(ctx->sec->id));
}

/* clause (六) after （五） (either template): the two clauses have one
 * column set, 本年处理决定数量 (2021) or 上一年项目数量 本年增/减 处理决定数量
 * (2019), so a report may print （五）'s header once over both clauses'
 * rows. Only a complete header carries over: the columns it names are
 * those (六)'s rows have, so every number keeps the cell the header gives
 * it; a header of (六)'s own, printed after its caption, replaces it
 * (cols_closed). */
static bool clause_shares_header(parse_ctx *ctx, int from, int to)
{
    return from == 5 && to == 6 && ctx->ncols > 0 && bld_header_complete(ctx);
}

void b_clause(parse_ctx *ctx, const ptok *t)
{
    bld_ptrans_clause_end(ctx);
    bld_unit_below_undo(ctx);
    int from = ctx->clause;
    ctx->clause = ctx->ptrans.clause = t ? t->key : 0;
    if (t)
        bld_signoff_in_table(ctx, t->start);
    ctx->clause_at = t ? t->start : 0;
    ctx->header_shared = ctx->header_borrowed = false;
    if (t && clause_shares_header(ctx, from, ctx->clause)) {
        bld_grid_reset(ctx, t->start);
        bld_grid_see(ctx, t->start);
        ctx->cols_closed = true; /* a column word now starts a header of (六)'s own */
        ctx->head_again = false;
        ctx->head_word_end = 0;
        ctx->missing_cols_reported = false;
        ctx->header_shared = ctx->header_borrowed = true;
        ctx->header_shared_at = tok_span(t);
        return;
    }
    /* each clause of table 二 is a grid of its own: three columns under
     * 第二十条第（一）项, one under （五）, so a blank cell of a one-column
     * clause is judged by its own width, not by the widest clause's */
    bld_grid_reset(ctx, t ? t->start : ctx->grid_from);
    if (t)
        bld_grid_see(ctx, t->start);
    ctx->ncols = 0;
    ctx->fee_row_unit = XXGK_UNIT_NONE;
    ctx->nunknown_cols = 0;
    ctx->stand_ins = false;
    ctx->head_word_end = 0;
    ctx->head_again = false;
    ctx->cols_closed = false;
    ctx->missing_cols_reported = false;
    if (t && label_entry_at(t->entry)->tmpl == 2019)
        ctx->tmpl_votes_2019++;
}

/* A word of table 三's header: the columns are made again; after rows,
 * the header printed again (a page break): its words counted afresh (the
 * top row's when one of its words is printed again: a page that repeats
 * only the 法人 columns keeps the order read above). */
static void requests_header_word(parse_ctx *ctx)
{
    ctx->nreq_cols = 0;
    if (ctx->cols_closed) {
        ctx->cols_closed = false;
        ctx->org_cols_seen = 0;
        ctx->org_lines = false;
        ctx->req_units_stale = true;
    }
}

/* Table 二's columns forgotten: a header starts (信息内容, a clause). */
static void proactive_header_reset(parse_ctx *ctx)
{
    ctx->ncols = 0;
    ctx->header_shared = ctx->header_borrowed = false;
    ctx->nunknown_cols = 0;
    ctx->stand_ins = false;
    ctx->cols_closed = false;
    ctx->head_again = false;
}

/* Is the 信息内容 at T the header's label cell printed again on a line of
 * the header's own (columns read on a line above, no row since)? A grid
 * repeats a merged cell on each row it spans (信息内容 rowspan=2 beside
 * 本年收费金额 over （单位：万元）): the columns above stay the header's,
 * the unit under one is its unit. Column labels after it start a header
 * again (b_column): the header printed twice. */
static bool head_repeated(const parse_ctx *ctx, const ptok *t)
{
    if (ctx->ncols == 0 || ctx->cols_closed || !ctx->head_word_end || t->start < ctx->head_word_end)
        return false;
    for (uint32_t i = ctx->head_word_end; i < t->start; i++)
        if (ctx->doc->src[i] == '\n')
            return true;
    return false;
}

void b_head(parse_ctx *ctx, const ptok *t)
{
    if (t)
        bld_grid_see(ctx, t->start);
    if (t && ctx->tab && ctx->tab->id == XXGK_TABLE_APPEALS)
        bld_appeals_word(ctx, t, true);
    if (t && ctx->tab && ctx->tab->id == XXGK_TABLE_REQUESTS) {
        ctx->trans.item_col = 0; /* words of the header: no requester */
        ctx->trans.item_at = tok_span(t);
    }
    if (t && ctx->tab && ctx->tab->id == XXGK_TABLE_REQUESTS && t->key == XXGK_C_LEGAL_SUBTOTAL) {
        /* 法人或其他组织: the place of the 法人 columns */
        requests_header_word(ctx);
        bld_requests_word(ctx, t, true);
    }
    if (ctx->tab && ctx->tab->id == XXGK_TABLE_PROACTIVE) {
        ctx->ptrans.item_col = 0; /* no count of a transposed clause's row */
        if (t && head_repeated(ctx, t)) {
            ctx->head_again = true;
            return;
        }
        /* 信息内容 opens a column header */
        proactive_header_reset(ctx);
        if (t)
            ctx->head_word_end = t->end;
    }
}

void b_column(parse_ctx *ctx, const ptok *t)
{
    if (!ctx->tab)
        return;
    const struct label_entry *e = label_entry_at(t->entry);
    bld_grid_see(ctx, t->start);
    if (ctx->tab->id == XXGK_TABLE_REQUESTS && bld_subtotal_label(ctx, t))
        return; /* 小计 starting a group's subtotal row: no header word */
    if (bld_stray_column_row(ctx, t))
        return; /* 9.小计 after 二、: a row of no label, no header word */
    bld_record_label(ctx, t, USE_COLUMN);
    if (e->tmpl == 2019)
        ctx->tmpl_votes_2019++;
    else if (e->tmpl == 2021)
        ctx->tmpl_votes_2021++;
    if (ctx->tab->id == XXGK_TABLE_PROACTIVE) {
        ctx->ptrans.item_col = t->key; /* the count of a transposed clause's row */
        ctx->ptrans.item_at = tok_span(t);
        if (ctx->cols_closed) {
            ctx->ncols = 0;
            ctx->header_shared = ctx->header_borrowed = false;
            ctx->nunknown_cols = 0;
            ctx->stand_ins = false;
            ctx->cols_closed = false;
        }
        if (ctx->head_again)
            proactive_header_reset(ctx); /* 信息内容 and columns again: a new header */
        ctx->head_word_end = t->end;
        if (ctx->ncols > 0 && ctx->ncols < 8)
            bld_see_reorder(ctx, ctx->cols[ctx->ncols - 1], ctx->col_labels[ctx->ncols - 1], t);
        if (ctx->ncols == 0) {
            ctx->header_at = tok_span(t);
            ctx->header_checked = ctx->header_refused = false;
        }
        if (ctx->ncols < 8) {
            ctx->col_labels[ctx->ncols] = t->entry;
            ctx->col_at[ctx->ncols] = tok_span(t);
            ctx->col_units[ctx->ncols] = (uint8_t)bld_header_unit(ctx, t);
            ctx->cols[ctx->ncols++] = t->key;
        }
    } else if (ctx->tab->id == XXGK_TABLE_REQUESTS) {
        int k = t->key;
        ctx->trans.item_col = k; /* the requester of a transposed table's row */
        ctx->trans.item_at = tok_span(t);
        requests_header_word(ctx);
        bld_requests_word(ctx, t, false);
        if (k == XXGK_C_NATURAL_PERSON)
            bld_lead_header(ctx, t->start);
        if (k == XXGK_C_LEGAL_SUBTOTAL) {
            ctx->has_subtotal = true;
            ctx->subtotal_pos = ctx->org_cols_seen; /* 0: before 商业企业, 5: after 其他 */
        } else if (k >= XXGK_C_COMMERCIAL && k <= XXGK_C_OTHER_ORG) {
            if (ctx->org_cols_seen > 0 && ctx->org_cols_seen < 5)
                bld_see_reorder(ctx, ctx->org_order[ctx->org_cols_seen - 1],
                            ctx->org_labels[ctx->org_cols_seen - 1], t);
            /* a line's words are in x order (a PDF's rows are read left
             * to right; rule 6c joins a rebuilt header into one line):
             * labels over lines were ordered by their lines instead */
            if (!ctx->org_cols_seen)
                ctx->org_first_at = t->start;
            ctx->org_lines |= ctx->org_cols_seen && !doc_same_line(ctx->doc, ctx->org_first_at, t->start);
            /* out of order against the label before it on its own line:
             * read left to right, the printed order (PDF rule 6d); a
             * label on another line is ordered by lines, not by print */
            int last = ctx->org_cols_seen - 1;
            ctx->req_org_swap_line |= last >= 0 && last < 5 && ctx->org_order[last] > k &&
                                      doc_same_line(ctx->doc, ctx->org_at[last].start, t->start);
            if (ctx->org_cols_seen < 5) {
                ctx->org_order[ctx->org_cols_seen] = k;
                ctx->org_labels[ctx->org_cols_seen] = t->entry;
                ctx->org_at[ctx->org_cols_seen] = tok_span(t);
            }
            ctx->org_cols_seen++;
        }
    } else if (ctx->tab->id == XXGK_TABLE_APPEALS) {
        bld_appeals_word(ctx, t, false);
    }
}

void b_group(parse_ctx *ctx, const ptok *t)
{
    /* a group label (table 三's （三）, （四）…) only ends the row before it
     * (no requester of a transposed table's row) */
    if (t) {
        ctx->trans.item_col = 0;
        ctx->trans.item_at = tok_span(t);
    }
    bld_subtotal_heading(ctx, t); /* its numbers: the group's total */
}
