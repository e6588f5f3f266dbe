/* The AST builder's inside: what its files share. The builder is the
 * semantic actions of grammar/parser.y (the b_* functions in parse.h),
 * split by job:
 *   build_doc.c    copies, sections, prose blocks, the sign-off
 *   build_signoff.c the sign-off's other shapes, placed at a copy's end
 *   build_table.c  a table from b_table_begin to b_table_end, its header
 *   build_row.c    rows and their values, the short-row decision
 *   build_cells.c  values to cells: layout padding, exact numbers
 *   build_common.c names for messages, blocks, scratch arrays
 *   build_trans.c  table 三 printed transposed (P066, P067)
 *   build_trans_more.c tables 二 and 四 printed transposed (P068, P069)
 *   build_merged.c a number an HTML/.docx table merges over rows (P073)
 *
 * Tables are built row by row. A row's values (numbers and empty cells) are
 * collected until the row ends, then matched to the columns: the clause's
 * column header for table 二, the template's seven (or eight) columns for
 * table 三, fifteen for table 四. Empty cells beyond the columns are layout
 * padding (TAB-separated exports pad rows); a number beyond them, or a row
 * short of them, is an error at its exact place. Nothing is ever guessed:
 * an unknown row's numbers go to no cell. */
#ifndef XXGK_BUILD_H
#define XXGK_BUILD_H
#include <stdio.h>

#include "numerals.h"
#include "parse.h"
#include "parser.h"
#include "template.h"
#include "utf8.h"
#include "vec.h"

static inline xxgk_span span_of(uint32_t s, uint32_t e)
{
    xxgk_span sp = {s, e};
    return sp;
}

static inline xxgk_span tok_span(const ptok *t) { return span_of(t->start, t->end); }

/* ---- build_merged.c ---- */
/* The numbers an HTML or .docx table merges over rows (L031) read into
 * every row they cover when the template's identities pin them there
 * (P073), at the table's end (before its cells are copied). */
void bld_merged_rows(parse_ctx *ctx, const xxgk_table *t, uint32_t end_at);

/* ---- build_pageno.c ---- */
/* A row of ROW (-1: table 四's values) with one value more than its
 * NCOLS columns COLS (NULL: not known yet), its values [*f, *f + *n) with
 * LABEL (or NULL) before them, NEXT the parser's token after it: when the
 * first or the last is a bare page number (docs/grammar.md), it is
 * dropped from the range with a note (P063) and true is returned. */
bool bld_next_item_number(parse_ctx *ctx, const int *cols, int ncols, size_t f, size_t *n);
bool bld_page_number_value(parse_ctx *ctx, int row, const ptok *label, const int *cols, int ncols, size_t *f,
                           size_t *n, int next);
/* The sign-off line last taken out of a row (P090) lies between values
 * V[J-1] and V[J] of the K: J, else 0. */
size_t bld_signoff_split(const parse_ctx *ctx, const ptok *v, size_t k);
/* V as a page number: a bare one alone on its line, greater than the last
 * one taken, with a form feed after it and the pages next to it numbered
 * so (bld_page_before_form_feed), or the
 * row's end NEXT allowing one (bld_page_at); its page, else 0. */
int bld_page_before_form_feed(const parse_ctx *ctx, const ptok *v);
/* A form feed opens the next line that is not blank after V's line. */
bool bld_form_feed_after(const parse_ctx *ctx, const ptok *v);
int bld_page_at(const parse_ctx *ctx, const ptok *v, int next);
/* V is a bare page number alone on its line past the last one taken. */
bool bld_bare_page(const parse_ctx *ctx, const ptok *v);
/* The open table's rows go on after the line ending at AT: the next
 * filled lines are label lines of the table (a label, then a cell's edge,
 * values or the line's end), up to a row the table has not read yet
 * (build_pageno.c; P081). ROW_OPEN: 0 no row open, one lone value's line
 * skipped (a page's number); > 0 a row open and read one cell a line, its
 * further cells skipped, each alone on its line; < 0 a row open short but
 * read along its line (TAB, blanks), and a lone value's line is no (its
 * last cell or the page's number, the text cannot tell). */
bool bld_table_goes_on(const parse_ctx *ctx, uint32_t at, int row_open);
/* Under a row short by a value read along its line: the page's header
 * lines after AT, then a lone value's line, then the table's rows going
 * on: where that value's line starts, else the document's length
 * (build_pageno.c; P131). */
uint32_t bld_lone_value_after_header(const parse_ctx *ctx, uint32_t at);
/* Table 四's heading [S, E) repeated inside its header: a line of its
 * header words above, its header's lines and then its values after
 * (build_pageno.c; P081). */
bool bld_appeals_header_goes_on(const parse_ctx *ctx, uint32_t s, uint32_t e);
/* The line [S, E) is section ID's heading as this report printed it
 * (folded: script, width, blanks); P081. */
bool bld_heading_again(const parse_ctx *ctx, uint32_t s, uint32_t e, int id);
/* Where the text from S (up to the line's end E) stops being a page's
 * header glued into a row's line: the report's own front title and/or
 * the open table's section heading as printed, nothing else; 0 when it
 * does not open so (build_pageno.c; P081). */
uint32_t bld_glued_page_header(const parse_ctx *ctx, uint32_t s, uint32_t e);
/* The line [S, E) is a label line of a row the open table has not read:
 * a row's label opens it, or a group's with a row's in its next cell. */
bool bld_line_row_unread(const parse_ctx *ctx, uint32_t s, uint32_t e);
/* The line [S, E) is the report's title (its own; or one that names no
 * year and no agency, 政府信息公开工作年度报告, or no year and exactly the
 * agency the front title names); a page's running header. */
bool bld_report_title_line(const parse_ctx *ctx, uint32_t s, uint32_t e);
/* The line [S, E) is another report's title: alone, no sentence, its
 * words 政府信息公开 and ending in 报告, no title of this report
 * (bld_report_title_line) (build_pageno.c; P019). */
bool bld_foreign_title_line(const parse_ctx *ctx, uint32_t s, uint32_t e);
uint32_t bld_page_titles_end(const parse_ctx *ctx, uint32_t at, bool lone);
bool bld_appeals_values_follow(const parse_ctx *ctx, uint32_t at);
/* The line [S, E) is a site column's title: an item number or none, then
 * a few words ending in 专栏 (專欄), short, no digit, no TAB, no 见 请 可
 * (prose pointing to a column: 详见…专栏) (P129). */
bool bld_column_title(const parse_ctx *ctx, uint32_t s, uint32_t e);
bool bld_page_before_foreign_line(const parse_ctx *ctx, int row, const ptok *prev, const ptok *v, int next,
                                  const int *cols, int ncols);
/* The row's total against the sum of its other columns, its NCOLS values
 * V in COLS: 1 holds, 0 does not, -1 no such identity (build_pageno.c). */
int bld_row_total_holds(const parse_ctx *ctx, const ptok *v, const int *cols, int ncols);
/* The row's NCOLS values [F, F+*N) in COLS (NULL: unknown) with the empty
 * cell of a TAB ending a line of its cells, one value after it on a later
 * line: the TAB pads the line where the columns say so (after the last
 * column's value; after the one before, the row's total holding with the
 * value after), its cell dropped from the range (build_pageno.c). */
void bld_line_end_tab_padding(parse_ctx *ctx, const int *cols, size_t ncols, size_t f, size_t *n);
/* Value I of [*F, *F+*N) told a page number (P063), moved past them. */
void bld_take_page_value(parse_ctx *ctx, int row, size_t *f, size_t *n, size_t i);
/* Could the last or the first of a row's K values V be a bare page number
 * (P063's shape, as bld_appeals_page_number reads it: page_at, the table
 * ending after the row's line or a form feed after the value)? */
bool bld_may_be_page_number(const parse_ctx *ctx, const ptok *v, size_t k, uint32_t end_at);
/* The same as bld_take_page_value for table 四's one row of values when its
 * table ends at END_AT (build_pageno.c): the groups' totals must hold with
 * the reading. */
bool bld_appeals_page_number(parse_ctx *ctx, const int *grows, const int *gcols, int nv, size_t *f, size_t *n,
                             uint32_t end_at);
/* The line LABEL opens is a printed page's header or footer between the
 * rows of a table: a web address, a page count (第3页 共9页, Page 3 of 9,
 * 3/9), or both, and nothing else. Told with a note (P064), its end in
 * *LINE_END (its numbers are no cell): true. */
bool bld_furniture_line(parse_ctx *ctx, const ptok *label, uint32_t *line_end);
/* A browser's print header (date, time, the report's title) between rows
 * (build_pageno.c): the unknown row opened by its words, told with note
 * P072, *line_end set to the line's end; or the row's first or last
 * values on it, dropped from [*f, *f + *n). */
bool bld_print_header_label(parse_ctx *ctx, const ptok *label, uint32_t *line_end);
void bld_print_header_values(parse_ctx *ctx, size_t *f, size_t *n);

/* ---- build_signoff.c ---- */
/* The sign-off on one line, or with a date written 2024-01-20 under the
 * agency's line, as the last lines of the copy's section 六: read into the
 * report and cut from the paragraph (the copy ends). */
void bld_signoff_at_end(parse_ctx *ctx);

/* ---- build_common.c ---- */
/* A token's text for a message, cut on a code point boundary. */
void bld_text_of(parse_ctx *ctx, const ptok *t, char *buf, size_t size);
/* Table 三's group subtotals (build_subtotal.c): a 小计 column word that
 * starts a subtotal row (true: no header word), a 合计 row's TEXT label
 * (true: its values were the subtotal), a group's heading with numbers on
 * its line, and the stray values after either (true: kept, P087). */
bool bld_subtotal_label(parse_ctx *ctx, const ptok *t);
bool bld_subtotal_text_row(parse_ctx *ctx, const ptok *label);
void bld_subtotal_heading(parse_ctx *ctx, const ptok *t);
bool bld_subtotal_values(parse_ctx *ctx);
/* A 小计 (合计, 总计) column word of table 三 where a row label stands (first
 * on its line, an item number before it at most) with numbers after it on
 * its line, after the table's rows: a row of no template label, no header
 * printed again (true: the columns in force stay, its numbers stray). */
bool bld_stray_column_row(const parse_ctx *ctx, const ptok *t);
/* The digit of an item number [s, e) exactly (1. 1、 1． (1) （1） 1) 1）,
 * ASCII or full-width 1 to 9, or ① to ⑨), else 0 (tokens.c). */
int item_number_digit(const uint8_t *src, uint32_t s, uint32_t e);
/* The template's own label of a row (of template TMPL, 0, 2019 or 2021,
 * when there are two). */
const char *bld_row_label_text(parse_ctx *ctx, int key, int tmpl);
/* The template of the table being read, as far as known (0: not yet). */
int bld_current_template(const parse_ctx *ctx);
/* A row's name for messages: "（四）3.补正后申请内容仍不明确", by the
 * template known now (bld_current_template) or by TMPL. */
const char *bld_row_name(parse_ctx *ctx, int key);
const char *bld_row_name_as(parse_ctx *ctx, int key, int tmpl);
const char *bld_table_numeral(int table);
/* Table T under a caption of another scope (T->scope, build_doc.c
 * scope_reopens): which print is the agency's own, said (P120) or doubted
 * (P121, the first table's cells flagged). */
void bld_scope_table(parse_ctx *ctx, xxgk_table *t);
/* Text SP read inside the report's own table T before any of its cells:
 * kept when it names a wider scope (（二）全县…), so the table's end can
 * doubt the rows under it (bld_scope_inside_end). */
void bld_scope_inside_see(parse_ctx *ctx, const xxgk_table *t, xxgk_span sp);
/* The bytes of the serial a caption opens with (（二） (2) 二、 2. after
 * blanks), 0 when it opens with none. */
uint32_t bld_caption_serial_len(const uint8_t *p, uint32_t n);
/* At table T's end: P125 for a caption kept by bld_scope_inside_see, its
 * note over the table doubting every cell. */
void bld_scope_inside_end(parse_ctx *ctx, const xxgk_table *t);
/* The first number a scope caption SP prints past its serial (a year
 * not counted): its span, empty when none. */
xxgk_span bld_caption_number(const parse_ctx *ctx, xxgk_span sp);
/* A block appended to the current section (or the preamble). */
xxgk_block *bld_add_block(parse_ctx *ctx, int kind, xxgk_span sp);
/* The paragraph being extended ends. */
static inline void bld_close_paragraph(parse_ctx *ctx) { ctx->para = NULL; }

/* The open table's part starting at AT after a sign-off-shaped line of
 * it (ctx->tab_signoff): P090 at the line (build_doc.c). */
void bld_signoff_in_table_at(parse_ctx *ctx, uint32_t at);
/* Mark the line AT of table TABLE (TEXT: text in the table, else a
 * paragraph; DATED: a DATE line that set the report's sign-off date):
 * false when four are marked already. */
bool bld_signoff_in_table_mark(parse_ctx *ctx, xxgk_span at, int table, bool text, bool dated);
void bld_signoff_in_table_end(parse_ctx *ctx);
/* A sign-off's line AT inside a row of TABLE, the row's cells after it:
 * told at once (P090). */
void bld_signoff_in_row(parse_ctx *ctx, xxgk_span at, int table);
static inline void bld_signoff_in_table(parse_ctx *ctx, uint32_t at)
{
    if (__builtin_expect(ctx->tab_signoff.n != 0, 0))
        bld_signoff_in_table_at(ctx, at);
}
/* Room for one more element in a growable scratch array (the parse
 * context's; the arena gets the final copy). False: out of memory,
 * ctx->fatal set. Inline: every value and cell asks, and there is room. */
static inline bool bld_grow(parse_ctx *ctx, void *arrayp, size_t n, size_t *cap, size_t size)
{
    if (vec_reserve(arrayp, n, cap, size))
        return true;
    ctx->fatal = 1;
    return false;
}
/* The template's own text for a label entry's key (the first entry of the
 * same kind, table and key that is not a variant). Inline: every table
 * label keeps it. */
static inline const char *bld_canonical_text(const struct label_entry *e)
{
    return label_entry_at(e->canon)->display;
}

/* ---- build_layout.c ---- */
/* The line after LINE: false at the text's end, or when it is longer
 * than a line of a table (4096 bytes). */
bool bld_next_line(const parse_ctx *ctx, xxgk_span line, xxgk_span *next);
/* A full row of COLS (NCOLS columns of TABLE), its first value at
 * ctx->vals.v[F]: noted, its line read only when a short row asks
 * (bld_layout_place). Inline: every full row; a few stores. */
static inline void bld_layout_note(parse_ctx *ctx, int table, const int *cols, int ncols, size_t f)
{
    struct layout_rows *l = &ctx->lay;
    if (ctx->pagetext)
        return; /* glued cells: no columns */
    if (l->cols != cols || l->table != table || l->ncols != ncols) {
        l->cols = cols;
        l->table = table;
        l->ncols = ncols;
        l->n = l->next = 0;
    }
    l->at[l->next] = ctx->vals.v[f].start;
    l->next = (l->next + 1) & (LAYOUT_ROWS - 1); /* LAYOUT_ROWS: a power of two */
    l->n += l->n < LAYOUT_ROWS;
}

/* Display columns of [from, to): wide (East Asian) characters count 2 (build_header.c). */
int bld_display_width(const uint8_t *s, uint32_t from, uint32_t to);

/* Space-aligned text: a row of COLS with *N values (0 < *N < NCOLS) from
 * ctx->vals.v[F], each of whose right ends stands in the band of one
 * column the full rows noted show (bld_layout_note), no two in one: the
 * row's values put in those columns, an empty cell in each other one
 * (ctx->vals rewritten, *N = NCOLS). False, nothing changed, otherwise. */
bool bld_layout_place(parse_ctx *ctx, int table, const int *cols, int ncols, size_t f, size_t *n);

/* ---- build_cells.c ---- */
/* The signed number after V's 增/减 word (减35: -35); 0, or -1 when none
 * fits. The cell's reading, for a row's second copy set against it. */
int bld_change_word_value(const uint8_t *src, const ptok *v, xxgk_dec *out, bool *scientific);
/* Keep a value (NUMBER, EMPTY or TEXT) of the row being read. Inline:
 * every value of a table. bld_vals_own: the row's values in their own
 * array again, the lent cells copied there (cellbuf); false without
 * memory. */
bool bld_vals_own(parse_ctx *ctx);
static inline void bld_vals_push(parse_ctx *ctx, const ptok *t, int kind)
{
    cellbuf *b = &ctx->vals;
    if (b->lent && !bld_vals_own(ctx))
        return;
    if (!bld_grow(ctx, &b->v, b->n, &b->cap, sizeof *b->v))
        return;
    b->v[b->n] = *t;
    b->v[b->n].tok = kind;
    b->n++;
}
/* The row's values: none (their count of numbers with them: NUMBERS
 * means nothing while COUNTED is 0, so it is not stored here, at every
 * row and stray line, but set at the next ask). */
static inline void bld_vals_clear(cellbuf *b)
{
    b->n = 0;
    b->counted = 0;
}
/* The values rewritten in place (joined, moved, put in place, a kind
 * changed): the count of numbers is made again at the next ask. */
static inline void bld_vals_rewritten(cellbuf *b) { b->counted = 0; }
/* The values cut to their first N: a count past them is made again. */
static inline void bld_vals_cut(cellbuf *b, size_t n)
{
    b->n = n;
    if (b->counted > n)
        bld_vals_rewritten(b);
}
/* The line at AT widens the table's TAB grid. Inline: every value asks,
 * and its place is only noted (its line is found when the grid is asked
 * for); when GRID_PENDING wait, they are counted first. */
void bld_grid_count(parse_ctx *ctx);
/* No place need be noted: the text has no TAB (known since its first grid
 * began, bld_grid_reset), so no line of it widens a grid (bld_grid_count
 * would count none of them: pending_tabless) and none is the grid's. */
static inline bool bld_grid_idle(const parse_ctx *ctx) { return ctx->text_tabs == 1; }
static inline void bld_grid_see(parse_ctx *ctx, uint32_t at)
{
    if (bld_grid_idle(ctx))
        return;
    if (ctx->ngrid_pending == GRID_PENDING)
        bld_grid_count(ctx);
    ctx->grid_pending[ctx->ngrid_pending++] = at;
}
/* A new TAB grid from AT (a table's, a clause's). */
void bld_grid_reset(parse_ctx *ctx, uint32_t at);
/* An empty cell at the edge of a row that the report does not print (two
 * TABs after the label, a TAB before the line end): maybe layout padding,
 * maybe a blank cell. */
static inline bool padding_candidate(const ptok *v) { return v->tok == EMPTY && !v->printed; }
/* The row has an unprinted empty cell at an edge: only then is it asked
 * whether it spans the grid (without one, the row reads the same whether
 * it spans the grid or not: nothing to trim, no blank last cell). Inline,
 * as bld_trim_padding: every row asks. */
static inline bool bld_edge_padding(const cellbuf *b)
{
    return b->n && (padding_candidate(&b->v[0]) || padding_candidate(&b->v[b->n - 1]));
}
/* The label area of the table's rows (build_cells.c): table 三's header's
 * first column word 自然人 at AT; a full-width row placed by it (false:
 * trimmed as before). */
void bld_lead_header(parse_ctx *ctx, uint32_t at);
bool bld_lead_place(parse_ctx *ctx, int row, int ncols, size_t *first, size_t *count);
/* P048 D of ROW, given while its kind's label area was unknown, its
 * reading keeping the blank after the label first (BLANK_FIRST): it waits
 * for the grid's end, where bld_lead_settle takes it back when the rows
 * read after show no label area. */
void bld_lead_unsure_wait(parse_ctx *ctx, xxgk_diag *d, int row, int ncols, bool blank_first);
void bld_lead_settle(parse_ctx *ctx);
/* The table shows no label area past a row's label cell for ROW's kind. */
bool bld_lead_none(const parse_ctx *ctx, int row, int ncols);
/* A row of a page's or a .docx table's cells (cells_delimited) whose
 * fields on its line are its NCOLS columns, a blank among them at an edge,
 * where the rows of its kind show no label area: each field its cell. */
bool bld_delimited_full_row(parse_ctx *ctx, int row, int ncols);
/* The current grid's header's first column word, UINT32_MAX when none. */
uint32_t bld_header_word_at(const parse_ctx *ctx);
/* The blank after the label a row trimmed without a label area kept as
 * its first cell (P048 is due), else NULL. */
const ptok *bld_lead_unsure(const parse_ctx *ctx, int ncols, size_t f, size_t n);
/* The row's values are one line as wide as the table's TAB grid. */
bool bld_full_width_row(parse_ctx *ctx);
/* The row's values without layout padding, [*first, *first + *count):
 * for a full-width row, and for any other row. */
void bld_trim_full_width(const cellbuf *b, size_t ncols, size_t *first, size_t *count);
static inline void bld_trim_padding(const cellbuf *b, size_t *first, size_t *count)
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
/* The line-end blank the row kept as its last cell (P023 is due), else
 * NULL. */
const ptok *bld_blank_last(const parse_ctx *ctx, size_t f, size_t n);
/* The table's index (row × column → cell) covers cells whose keys are
 * those of the template, the first UINT16_MAX of them (past them cells are
 * found by search). */
static inline bool bld_cell_keyed(const xxgk_cell *c)
{
    return c->row > 0 && c->row < XXGK_R__COUNT && c->col > 0 && c->col < XXGK_C__COUNT;
}
/* No cell yet: a new table's (ctx->ncells 0, the key box empty). */
void bld_cells_reset(parse_ctx *ctx);
/* Table 四's values [f, f + n) to the cells at rows[i], cols[i], P009 for
 * text (build_row.c: bld_appeals_finish). */
void bld_appeals_cells(parse_ctx *ctx, const int *rows, const int *cols, size_t f, size_t n);
/* A row's values [f, f + n) to the cells of its columns, P009 for text
 * (build_row.c: finish_values); RANGE, when known, the columns' keys. */
void bld_row_cells(parse_ctx *ctx, int table, int row, const int *cols, int ncols, const col_range *range,
                   size_t f, size_t n, const char **name);

/* ---- build_blank.c ---- */
/* A row placed by the label area (bld_lead_place) whose values [f, f + n)
 * keep blanks at its start as cells while more unprinted blanks at its end
 * are dropped: which cell is blank cannot be told (P077, the row doubted).
 * *NAME: the row's name once made (made here when NULL and due). */
void bld_edge_blanks_check(parse_ctx *ctx, int row, int ncols, size_t f, size_t n, const char **name);
/* A row narrower than the TAB grid whose own line shows NCOLS fields from
 * its first value, the last a line-end blank (P023 is due; build_blank.c). */
bool bld_own_grid_blank_last(const parse_ctx *ctx, int row, int ncols);
/* A row's P023 D for its line-end blank BLANK kept as its last cell (a
 * FULL_WIDTH row's, or row-own-grid's), given while the grid showed no
 * spare column nor label area: held for
 * the grid's end, with the row's label AT and its VALUES before the blank
 * (build_blank.c). False when no room is left (the P023 then stands). */
bool bld_blank_last_hold(parse_ctx *ctx, xxgk_diag *d, int row, int ncols, bool full_width, const ptok *blank,
                         xxgk_span at, xxgk_span values);
/* blank-last-settled: at the grid's end, each held P023 whose grid shows a
 * spare line-end column or a label area becomes P007 (build_blank.c). */
void bld_blank_last_held(parse_ctx *ctx);
/* The cell at K taken out of the table's cells, as if never made
 * (build_blank.c). */
void bld_unmake_cell(parse_ctx *ctx, size_t k);
/* P046 over V, digits with a letter or stray among them where a number
 * of ROW is due: no cell (build_cells.c). */
void bld_letter_in_number(parse_ctx *ctx, const ptok *v, int row);
/* Is src[s, e) a mark: at most four characters, none a letter, a digit,
 * an ideograph nor a blank (※ ① ¹ † 】 #)? (build_row.c) */
bool bld_mark_text(const uint8_t *src, uint32_t s, uint32_t e);
static inline void bld_blank_last_settle(parse_ctx *ctx)
{
    if (__builtin_expect(ctx->blank_hold.n > 0, 0)) /* a grid's end with none held costs one test */
        bld_blank_last_held(ctx);
}
/* build_cells.c: the line-end blanks the full rows of ROW's kind read before
 * all show; -1 when none was read */
int bld_lead_trail(const parse_ctx *ctx, int row, int ncols);
/* build_cells.c: some row of ROW's kind in the grid whose numbers fill
 * NCOLS columns ends with a blank past them */
bool bld_kind_spare_any(const parse_ctx *ctx, int row, int ncols);
/* The row's values [f, f + n) (as many as its columns), SHARED the first
 * two with no delimiter between them (shared_cell): the two that stand in
 * one cell (P027), NULL when the blanks between the values are each a
 * delimiter (any mix of TAB, spaces, U+3000, NBSP; not a thousands-shaped
 * pair without a TAB, nor two pieces of one number apart by a blank
 * without a TAB in a row of TABs whose sum checks nothing: not SUMMED). */
const ptok *bld_blank_shared(const parse_ctx *ctx, const ptok *label, size_t f, size_t n, const ptok *shared,
                             bool summed);
/* A one-line pipe row (| 规章 |  | 0 | 0 |) of as many values as columns,
 * its edge blanks each an empty cell between two pipes: they are cells,
 * no padding to trim. */
bool bld_pipe_blank_edges(const parse_ctx *ctx, int ncols);

/* ---- build_row.c ---- */
/* The row's values VALUES carry finding D (a note over them): a row whose
 * shape D doubts. */
void bld_doubt_row(parse_ctx *ctx, xxgk_diag *d, xxgk_span values);

/* ---- build_trans.c: table 三 printed transposed ---- */
/* A new table: no header run, not transposed. */
void bld_trans_reset(parse_ctx *ctx);
/* A template row of table 三 ended at LABEL, BARE (no number), HAS_TEXT
 * (words in place of a number); words where a row label stands, NUMBERS
 * numbers after them (true: taken, the first row of a transposed table
 * whose label is no requester: P067 due). */
void bld_trans_see_row(parse_ctx *ctx, int row, xxgk_span label, bool bare, bool has_text);
bool bld_trans_see_words(parse_ctx *ctx, xxgk_span at, int numbers);
/* A header item of table 三 ended with NUMBERS numbers: true when it is a
 * row of a table read transposed (taken). */
bool bld_trans_values(parse_ctx *ctx, int numbers);
/* A row label or words with NUMBERS numbers in a table read transposed. */
void bld_trans_row(parse_ctx *ctx, xxgk_span at, int numbers);
/* The table's end: P066 or P067; true when its rows are not to be checked
 * (P067 said it all). */
bool bld_trans_end(parse_ctx *ctx, uint32_t end_at);

/* ---- build_trans_more.c: tables 二 and 四 printed transposed ---- */
/* Table 四 at its end: true when printed transposed (its cells made and
 * P068, or P069 and no cell). */
bool bld_trans_appeals(parse_ctx *ctx);
/* Table 二, each clause: its items (row labels) with no number before any
 * cell of the clause, the header of a clause printed transposed when a
 * count's label (a column's) and numbers follow (build_row.c,
 * build_table.c). */
void bld_ptrans_table_begin(parse_ctx *ctx);
void bld_ptrans_see_row(parse_ctx *ctx, int row, xxgk_span label, bool bare);
/* A header item (a column label) of table 二 ended with NUMBERS numbers:
 * true when it is a row of a clause read transposed (taken). */
bool bld_ptrans_values(parse_ctx *ctx, int numbers);
/* A row label with numbers in a clause read transposed: no count. */
void bld_ptrans_row(parse_ctx *ctx, xxgk_span at);
/* A clause ends (a new one begins, or the table ends); at the table's
 * end the note P068. */
void bld_ptrans_clause_end(parse_ctx *ctx);
void bld_ptrans_table_end(parse_ctx *ctx);
/* build_trans.c: the diagnostics a header's labels drew as rows without
 * numbers in [FROM, TO), dropped once the header is known for what it is */
void bld_trans_drop_flood(parse_ctx *ctx, uint32_t from, uint32_t to);
/* build_header.c: table 二's columns HAVE (a bit per key): the first
 * column of a set they name part of that they lack, 0 none; a column's
 * template text for messages */
int bld_col_set_missing(uint64_t have);
const char *bld_col_text(int key);

/* ---- build_header.c ---- */
/* The unit of money a column label's header cell states (units.h), else
 * XXGK_UNIT_NONE; P029 for one naming no exact amount. */
int bld_header_unit(parse_ctx *ctx, const ptok *t);
/* A header's unit UNIT (at AT) and a unit line's OTHER disagree: P028, true. */
bool bld_units_disagree(parse_ctx *ctx, int unit, xxgk_span at, int other, xxgk_span other_at);
/* The cells of table 二 read so far at column COL (and row ROW, -1 any)
 * whose number prints no unit taken out: their unit turned unknown (P028). */
void bld_drop_unit_cells(parse_ctx *ctx, int col, int row);
/* The cells of table 二 read so far at column COL whose number prints no
 * unit put in UNIT: a unit line after them is the first statement of it. */
void bld_restate_unit_cells(parse_ctx *ctx, int col, int unit);
/* A clause heading after a unit line below a row, no cell made since: the
 * line may be the clause's caption as well as the row's, so the row keeps
 * the unit it was read in (bld_restate_unit_cells undone). */
void bld_unit_below_undo(parse_ctx *ctx);
/* Has table 二 a cell at column COL whose number prints no unit, so far? */
bool bld_unit_cells_read(const parse_ctx *ctx, int col);
/* The unit of the cells of column COL when none is printed beside the
 * number: its header's, else the table's unit line's, else the template's
 * (build_cells.c). Inline: every cell asks; only money asks further. */
int bld_stated_unit(const parse_ctx *ctx, int col);
static inline int bld_cell_unit(const parse_ctx *ctx, int col)
{
    return xxgk_tpl_col_kind(col) == XXGK_COL_MONEY ? bld_stated_unit(ctx, col) : xxgk_tpl_col_unit(col);
}
/* Keep a table label as read (a row's or a column's), for the AST; a
 * label of one template's is noted apart (ctx->tmpl_uses: the table's end
 * asks whether the table's template makes it a variant). Inline: every
 * row and column label of a table. */
static inline void bld_record_label(parse_ctx *ctx, const ptok *t, enum use_kind kind)
{
    size_t n = ctx->nuses[kind];
    if (!bld_grow(ctx, &ctx->uses[kind], n, &ctx->capuses[kind], sizeof *ctx->uses[kind]))
        return;
    const struct label_entry *e = label_entry_at(t->entry);
    if (e->tmpl) {
        if (!bld_grow(ctx, &ctx->tmpl_uses, ctx->ntmpl_uses, &ctx->captmpl_uses, sizeof *ctx->tmpl_uses))
            return;
        ctx->tmpl_uses[ctx->ntmpl_uses++] = (struct use_info){kind, n, e};
    }
    xxgk_label_use *u = &ctx->uses[kind][ctx->nuses[kind]++];
    u->key = t->key;
    u->span = tok_span(t);
    u->variant = e->variant != 0 || t->renumbered;
    u->canonical = bld_canonical_text(e);
}
/* Table 三's columns in the printed order (P022), and the range of their
 * keys. Returns their count (-1: the header's order cannot be read, P030); *cols points at them, not a copy (they stay
 * as they are until the next column label). Made once for the rows after
 * a header (bld_make_requests_columns); inline: every row asks. */
void bld_make_requests_columns(parse_ctx *ctx);
/* cells → flags (table 三): when the table ends, its 法人 cells under a
 * header whose 法人 columns' printed order is not certain carry its P102
 * (every path that made them). */
void bld_requests_org_doubt(parse_ctx *ctx);
/* Table 三's header words that name no column, and the rows of N values
 * they push over NCOLS, by no more than their count (P082 once, else each
 * row's P006). */
void bld_requests_stray_word(parse_ctx *ctx, xxgk_span at);
bool bld_requests_stray_row(parse_ctx *ctx, int ncols, int n, xxgk_span values);
/* A header word 备注 (備註, 说明, 說明) after the header's last column
 * (table 三's 总计, table 二's clause's last, table 四's last result),
 * last on its line: a column the template lacks, its cells text (P133
 * once, true); a row one value over under it loses its last value, that
 * column's, so does a row whose last cell is no number (bld_extra_cell). */
bool bld_requests_extra_column(parse_ctx *ctx, xxgk_span at);
bool bld_proactive_extra_column(parse_ctx *ctx, xxgk_span at);
bool bld_appeals_extra_column(parse_ctx *ctx, xxgk_span at);
bool bld_extra_current(const parse_ctx *ctx, int table);
void bld_extra_cell(parse_ctx *ctx, int table, int row, int ncols, size_t f, size_t *n, uint32_t end);
/* Text under the remark column taken as the remark of the row read last:
 * kept on the table (xxgk_remark), a later piece of it extending it. */
void bld_keep_remark(parse_ctx *ctx, int row, uint32_t start);
/* A digit (0-9, ０-９) in [s, e) of SRC? */
bool bld_digits_in(const uint8_t *src, uint32_t s, uint32_t e);
static inline int bld_requests_columns(parse_ctx *ctx, const int **cols, const col_range **range)
{
    if (!ctx->nreq_cols)
        bld_make_requests_columns(ctx);
    *cols = ctx->req_cols;
    *range = &ctx->req_cols_range;
    return ctx->nreq_cols;
}
/* Table 三's top header (自然人, 法人或其他组织, 总计) and table 四's
 * (groups, result columns): each word as the header prints it, read into
 * the columns' order when the rows ask (P022 followed, P030 refused). */
void bld_requests_units_reset(parse_ctx *ctx);
void bld_requests_word(parse_ctx *ctx, const ptok *t, bool head);
void bld_appeals_reset(parse_ctx *ctx);
void bld_appeals_word(parse_ctx *ctx, const ptok *t, bool head);
/* Table 四's fifteen values' rows and columns (VALS: the N printed;
 * false: P030 said). */
bool bld_appeals_columns(parse_ctx *ctx, const ptok *vals, size_t n, int rows[15], int cols[15]);
bool bld_appeals_short_columns(parse_ctx *ctx, const ptok *vals, size_t n, int rows[15], int cols[15]);
bool bld_appeals_words_among_values(parse_ctx *ctx, const ptok *vals, size_t n);
bool bld_appeals_text_label_after(const parse_ctx *ctx, const ptok *t, size_t so_far);
/* Table 二: the header names whole column sets (false: P024 said). */
bool bld_header_complete(parse_ctx *ctx);
/* Table 二: text T (told with P019, D) on the header's line, after 信息内容
 * or a column: a cell of the header that names no column, kept. */
void bld_see_unknown_col(parse_ctx *ctx, const ptok *t, xxgk_diag *d);
/* Where a table without rows is reported: its section's heading. */
xxgk_span bld_table_heading(const parse_ctx *ctx, const xxgk_table *t);
/* a column label printed before one the template puts first (P022): seen
 * at the label, reported at the table's end */
void bld_see_reorder(parse_ctx *ctx, int prev_key, int prev_label, const ptok *t);
void bld_note_reorder(parse_ctx *ctx, const xxgk_table *t, uint32_t end_at);

/* ---- build_row.c ---- */
/* The decision on a row short of values, given the TEXT after it (NULL:
 * anything else). True when TEXT was taken by it. */
bool bld_settle_short_row(parse_ctx *ctx, const ptok *text);
/* A reading of stacked labels in order confirmed (P037) or, when the row
 * after it ended with no value (BARE), undone (P038). */
void bld_bare_rows_settle(parse_ctx *ctx, bool bare);
/* Table 四's values to its fifteen cells, at the table's end. */
void bld_appeals_finish(parse_ctx *ctx, uint32_t end_at);
/* The start of the place's name on the line right above the sign-off's
 * agency line [ls, le), in the paragraph from pb, where the office's name
 * wraps after its place (青禾县⏎教育局⏎2024年1月20日, either line indented:
 * ft_signoff_agency_wrapped), else ls (build_doc.c). */
uint32_t bld_wrapped_place_line(const uint8_t *s, uint32_t pb, uint32_t ls, uint32_t le);
#endif
