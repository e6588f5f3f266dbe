/* Rows: a row label (or unknown text where one stands) and its values,
 * matched to the columns at the row's end (P006 too many, P008 unknown
 * row, P014 twice), the one decision on a row short of values
 * (bld_settle_short_row: P007, P009, P025), an unknown label near the row due
 * (P025), stray values (P013), and table 四's fifteen values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "bytes16.h"
#include "decimal.h"
#include "filter_text.h"
#include "meta.h"
#include "units.h"
#include "unglue.h"

/* A row short of values kept aside when its values are glued digits of
 * page text (unglue_defer), each of its places in the one row ROW. */
static bool defer_glued(parse_ctx *ctx, int table, int row, const int *cols, int ncols, size_t f, size_t n)
{
    if (!ctx->pagetext)
        return false;
    int rows[8] = {row, row, row, row, row, row, row, row};
    return unglue_defer(ctx, table, rows, cols, ncols, ctx->vals.v + f, n, NULL);
}

/* The values [f, f + n) of the row: from the first one's start to the
 * last one's end. */
static xxgk_span values_span(const parse_ctx *ctx, size_t f, size_t n)
{
    return n ? span_of(ctx->vals.v[f].start, ctx->vals.v[f + n - 1].end) : span_of(0, 0);
}

/* shape → flags: a row whose shape a diagnostic doubts (too many values,
 * too few, a cell holding two numbers) may have any of its values in
 * another column than printed, so each of its cells carries the finding:
 * a note over the row's values (export's flags are the codes whose place
 * or a note's covers a cell). */
void bld_doubt_row(parse_ctx *ctx, xxgk_diag *d, xxgk_span values)
{
    if (!d || values.end <= values.start)
        return;
    xxgk_diag_add_note(ctx->doc, d, values,
                       ctx->doc->lang == XXGK_LANG_ZH ? "该行的每个数值都可能不在所印的列中，其单元格都带此发现"
                                                      : "each value of the row may be in another column than "
                                                        "printed: its cells carry this finding");
}

/* A delimiter of printed cells (TAB when TABS, |, a wide bar ｜ │ ┃ ║) in
 * [a, b), or a line break when LINES (values on two lines are two cells; a
 * label and its values on two lines say nothing of the cells' delimiters:
 * PDF text). Not TABS: a bar row's, whose TABs pad its bars. */
static bool delimited_by(const uint8_t *src, uint32_t a, uint32_t b, bool lines, bool tabs)
{
    for (uint32_t i = a; i < b; i++)
        if ((tabs && src[i] == '\t') || src[i] == '|' || (lines && (src[i] == '\n' || src[i] == '\r')) ||
            (i + 2 < b && utf8_wide_bar(src + i)))
            return true;
    return false;
}

/* delimited_by with a TAB a delimiter. */
static bool delimited(const uint8_t *src, uint32_t a, uint32_t b, bool lines)
{
    return delimited_by(src, a, b, lines, true);
}

/* gap_delimits past its first byte: the walk. */
static bool __attribute__((noinline)) gap_delimits_walk(const uint8_t *src, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b;) {
        uint32_t k = utf8_blank_len(src + i, src + b);
        if (k || delimited(src, i, i + 1, true))
            return true;
        i++;
    }
    return false;
}

/* A gap between two values [a, b) that holds a blank or a delimiter of
 * cells (TAB, |, a line end). Nearly every gap of a row opens with its
 * blank or TAB: that byte answers inline, with no walk. */
static inline bool gap_delimits(const uint8_t *src, uint32_t a, uint32_t b)
{
    if (a < b && (src[a] == '\t' || src[a] == ' '))
        return true;
    return gap_delimits_walk(src, a, b);
}

/* A line of values delimited by blanks alone (0 1 1 0 2(①)1 0 …): the
 * first two numbers with no blank between them (a mark's brackets only)
 * while every other two have one, else NULL. The row shows its
 * delimiter, and the pair lacks it. */
static const ptok *blank_row_shared(const parse_ctx *ctx, size_t f, size_t n)
{
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f, *two = NULL;
    for (size_t i = 0; i + 1 < n; i++) {
        /* a TAB or | read before a number after a number lies in their
         * gap (delim_before, as shared_cell reads it): a delimiter, with no
         * look at the bytes (not after a blank cell the builder placed:
         * build_layout.c puts it where the columns say, maybe past the TAB) */
        if ((v[i + 1].delim_before && v[i].tok == NUMBER) || gap_delimits(src, v[i].end, v[i + 1].start))
            continue;
        if (two || v[i].tok != NUMBER || v[i + 1].tok != NUMBER)
            return NULL;
        two = &v[i];
    }
    return two;
}

/* Whether the gap [a, b) between two glued numbers is a comma (, ， 、) or
 * a bracketed footnote mark ([1], （①）, ⁽①⁾) and nothing else: a mark
 * that stands where the lost blank was. Nothing between them, or a sign
 * (增 减 + − - — –), is no such gap: the sign opens the second number
 * (the 2019 template's 本年增/减, 行政许可 12减2 40, is 12 and −2). */
static bool gap_comma_or_mark(const uint8_t *src, uint32_t a, uint32_t b)
{
    uint32_t i = a, first = utf8_next(src, &i, b);
    if (!first)
        return false;
    if (i == b)
        return first == ',' || first == 0xFF0C || first == 0x3001; /* , ， 、 */
    uint32_t last = 0;
    while (i < b) {
        uint32_t cp = utf8_next(src, &i, b);
        if (!cp)
            return false;
        last = cp;
    }
    static const uint32_t open[] = {'(', '[', 0xFF08, 0xFF3B, 0x3010, 0x3014, 0x207D},
                          close[] = {')', ']', 0xFF09, 0xFF3D, 0x3011, 0x3015, 0x207E};
    for (size_t k = 0; k < sizeof open / sizeof *open; k++)
        if (first == open[k])
            return last == close[k];
    return false;
}

/* Table 二 or 三's row printed with blanks for its delimiters, its label
 * apart from its first value by a blank too (规章 3 1 6[1]2, a web page's or
 * Word's copy that lost its TABs): the two numbers that stand with no blank
 * between them while every other two have one (blank_row_shared), else
 * NULL; and their gap a comma or a bracketed mark (gap_comma_or_mark),
 * never a sign; or a pair split at a clause mark with a blank before it
 * (3 ；1: tokens.c clause_gap_split, never rejoined: the row has as many
 * values as columns so split). The row fits its columns only so split, but the mark or comma
 * between them is no delimiter the row shows elsewhere: P027 there, as a
 * TAB row's (shared_cell) and table 四's line (appeals_two_numbers). Not
 * page text (glued digits: unglue.h). */
static const ptok *blank_row_pair(const parse_ctx *ctx, const ptok *label, size_t f, size_t n)
{
    if (ctx->pagetext || n < 2)
        return NULL;
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f;
    if (label && (label->end > v[0].start || !gap_delimits(src, label->end, v[0].start)))
        return NULL;
    for (size_t i = 0; ctx->any_clause_gap && i + 1 < n; i++) /* (none split: no walk) */
        if (v[i].clause_gap && v[i + 1].tok == NUMBER)
            return &v[i]; /* 3 ；1 in a row that fits only so split (rejoin_clause_pair) */
    const ptok *two = blank_row_shared(ctx, f, n);
    return two && gap_comma_or_mark(src, two[0].end, two[1].start) ? two : NULL;
}

/* The first byte after the last LF or CR in [FROM, I), else FROM: sixteen
 * bytes a step (bytes16.h) while they hold no break, the rest one by one.
 * A label after an item number or a group's words stands 20 to 35 bytes
 * past its line's start: one step or two, where the byte walk made one a
 * byte. */
static uint32_t break_before(const uint8_t *src, uint32_t from, uint32_t i)
{
    while (i - from >= 16) {
        bytes16 v = bytes16_at(src + i - 16);
        unsigned bits = bytes16_bits((bytes16)((v == '\n') | (v == '\r')));
        if (bits)
            return i - 16 + (uint32_t)(32 - __builtin_clz(bits)); /* past the nearest break */
        i -= 16;
    }
    while (i > from && src[i - 1] != '\n' && src[i - 1] != '\r')
        i--;
    return i;
}

/* Is the line holding OFF, a row label's, a bar row (utf8_bar_framed)?
 * Such a line's first byte past its blanks is a bar, and a row label
 * stands near its line's start (opening it, after its item number, or
 * after a bar cell or two): the bytes back from OFF to the line's break,
 * BAR_BACK at most, answer no for a line that opens otherwise (nearly
 * every row) with no line looked up (xxgk_doc_line: the line index, its
 * block index built once a report asks past its budget of lookups).
 * Cost: at most BAR_BACK bytes, then the line's edge blanks. */
enum { BAR_BACK = 64 };
static bool bar_row_at(const xxgk_doc *doc, uint32_t off)
{
    const uint8_t *src = doc->src;
    uint32_t from = off > BAR_BACK ? off - BAR_BACK : 0, i = break_before(src, from, off), n;
    if (i == 0 || src[i - 1] == '\n' || src[i - 1] == '\r') { /* at the line's start */
        while (i < off && (n = utf8_blank_len(src + i, src + off)) > 0)
            i += n;
        if (src[i] != '|' && !(doc->len - i >= 3 && utf8_wide_bar(src + i)))
            return false; /* (i <= off < len: the label's first byte at worst) */
    }
    xxgk_span line = xxgk_doc_line(doc, off);
    return utf8_bar_framed(src + line.start, src + line.end);
}

/* cells → numbers: in a row whose cells are delimited (a TAB or a | after
 * its label), two numbers with no delimiter between them stand in one
 * printed cell (1 534, 1,5), where the template has one number: the first
 * such cell's first number, else NULL. Not in page text, whose cells are
 * glued digits (unglue.h). */
static const ptok *shared_cell(const parse_ctx *ctx, const ptok *label, size_t f, size_t n)
{
    if (ctx->pagetext || n < 2 || !label)
        return NULL; /* (no values: ctx->vals.v may be NULL) */
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f;
    if (label->end > v[0].start ||
        !((label->tok == ROW && v[0].delim_before) || delimited(src, label->end, v[0].start, false)))
        return NULL;
    /* a number read after a delimiter has one between it and the token
     * before it (delim_before: tokens.c, on_value): a row label's or a
     * number's, each of which ends a run of delimiters. In a bar row
     * (utf8_bar_framed: │<TAB>规章<TAB>│<TAB>12<TAB>3<TAB>│) a TAB pads a
     * bar, as the lexer reads it: 12<TAB>3 inside one bar cell is two
     * numbers in it, as 12 3 is. There only the bytes say: a markdown
     * row's TAB (| 规章 | 12<TAB>3 | 1 |) reaches the filter as a TAB. */
    bool tabs = !bar_row_at(ctx->doc, label->start);
    for (size_t i = 0; i + 1 < n; i++)
        if (v[i + 1].tok == NUMBER && (!v[i + 1].delim_before || !tabs) && v[i].tok == NUMBER &&
            !delimited_by(src, v[i].end, v[i + 1].start, true, tabs))
            return &v[i];
    return NULL;
}

/* Digits only, no sign, point or unit: a piece of a number split by a
 * stray space (joined_cells). */
static bool plain_digits(const uint8_t *src, const ptok *v)
{
    if (v->tok != NUMBER || v->unit_printed || v->not_number || v->end <= v->start)
        return false;
    for (uint32_t i = v->start; i < v->end; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    return true;
}

/* cells → numbers: a row of delimited cells (a TAB or a | between every
 * two of its values but some) printing K values more than its NCOLS
 * columns where exactly K of its cells hold two plain digit runs with one
 * ASCII space between them (2 293, 6 4: a stray space of OCR or a copy):
 * the bit i of the mask returned is set when value i and value i + 1 are
 * such a cell, 0 when the row is not so. Only the row's identities can say
 * whether each is one number (unglue_defer_joined). Not page text (its
 * blanks are cells) and not a cell of three runs. */
static uint32_t joined_cells(const parse_ctx *ctx, const ptok *label, size_t f, size_t n, int ncols)
{
    if (ctx->pagetext || n > 31 || (int)n <= ncols)
        return 0;
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f;
    /* the cells are delimited: after the label, else (table 四's line of
     * values) between two of its values; or the row is printed one cell a
     * line (规章⏎3⏎1⏎1 268): its values on lines after the label's, a line
     * break between two of them (the loop's), so a line's two digit runs
     * are one cell's as a TAB cell's are */
    bool cells = label && label->end <= v[0].start &&
                 ((label->tok == ROW && v[0].delim_before) || delimited(src, label->end, v[0].start, false));
    bool own_lines = label && !cells && label->end <= v[0].start &&
                     delimited_by(src, label->end, v[0].start, true, false);
    if (label && !cells && !own_lines)
        return 0;
    uint32_t mask = 0;
    int k = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (v[i + 1].delim_before || delimited(src, v[i].end, v[i + 1].start, true)) {
            cells = true;
            continue;
        }
        if (v[i + 1].start != v[i].end + 1 || src[v[i].end] != ' ' || (i && (mask >> (i - 1) & 1)) ||
            !plain_digits(src, &v[i]) || !plain_digits(src, &v[i + 1]))
            return 0;
        mask |= 1u << i;
        k++;
    }
    return cells && k == (int)n - ncols ? mask : 0;
}

/* The start of the first of the row's values [f, f + n) from FIRST on
 * whose place is unknown, FIRST's own, or UINT32_MAX when those values are
 * all one number printed alike (0 0 0 … one too many): every placing of
 * them gives each cell that number, so the cells stand. */
static uint32_t first_unsure(const parse_ctx *ctx, const ptok *first, size_t f, size_t n)
{
    const uint8_t *src = ctx->doc->src;
    const ptok *v = first, *end = ctx->vals.v + f + n;
    uint32_t len = v->end - v->start;
    if (v->tok != NUMBER || v->not_number)
        return v->start;
    for (const ptok *w = v + 1; w < end; w++)
        if (w->tok != NUMBER || w->not_number || w->end - w->start != len ||
            memcmp(src + w->start, src + v->start, len))
            return v->start;
    return UINT32_MAX;
}

/* A row of more values than columns no rule places (P006): its cells
 * from the first value whose place is unknown (FIRST: the cell holding two
 * numbers, else the row's first value) on keep no number (XXGK_CELL_EMPTY,
 * at the printed value: the finding's note covers it), for a value in
 * another column than printed is worse than none; all are marked
 * overfull. The row's cells are the last ones made. */
static void withhold_overfull(parse_ctx *ctx, int table, int row, uint32_t first)
{
    if (first == UINT32_MAX)
        return;
    for (size_t k = ctx->ncells; k > 0 && ctx->cells[k - 1].row == row && ctx->cells[k - 1].table == table; k--) {
        xxgk_cell *c = &ctx->cells[k - 1];
        c->row_overfull = true;
        if (c->span.start >= first) {
            c->state = XXGK_CELL_EMPTY;
            c->value = (xxgk_dec){0, 0};
        }
    }
}

/* Table 四's line of values, whose cells are delimited (a TAB or a |
 * between two of them): its first cell holding two numbers (as
 * shared_cell), else NULL. */
static const ptok *first_shared(const parse_ctx *ctx, size_t f, size_t n)
{
    if (ctx->pagetext || n < 2)
        return NULL;
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f, *two = NULL;
    bool cells = false;
    for (size_t i = 0; i + 1 < n; i++) {
        if (v[i + 1].delim_before || delimited(src, v[i].end, v[i + 1].start, true))
            cells = true;
        else if (!two && v[i].tok == NUMBER && v[i + 1].tok == NUMBER)
            two = &v[i];
    }
    return cells ? two : NULL;
}

/* A note over the numbers a stacked-label finding (P038, P039) leaves
 * with no cell. */
static void unassigned_note(parse_ctx *ctx, xxgk_diag *d, xxgk_span values)
{
    if (d)
        xxgk_diag_add_note(ctx->doc, d, values,
                           ctx->doc->lang == XXGK_LANG_ZH ? "这些数字不计入任何单元格" : "these numbers go to no cell");
}

/* The bare rows kept (stack_bare_row), each short of all its values:
 * P007, as when nothing followed them. Out of line: rare, and the row's
 * end that asks for it runs for every row. */
static void __attribute__((noinline)) flush_bare_rows(parse_ctx *ctx)
{
    struct bare_rows *b = &ctx->bare;
    for (int i = 0; i < b->n; i++)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, b->at[i], bld_row_name(ctx, b->row[i]), 0, b->ncols[i]);
    b->n = 0;
}

/* The ROWS × NCOLS values at V read column by column (a PDF viewer's
 * copy: the first column's values top to bottom, then the second's) give
 * other cells than read row by row (plain pdftotext's order)? Lines say
 * the order only when every line holds exactly one row's values (its
 * breaks fall on row boundaries, and ROWS ≠ NCOLS: else a column's values
 * fill lines the same); equal values in every mirrored place (a block of
 * 0s) read the same either way; in table 三, the arithmetic confirms the
 * order when every row read in order sums (小计 too) and read column by
 * column does not. */
static bool row_summed(int table, const int *cols, int ncols);

/* Every one of the ROWS rows of table 三 read in order (row r the values
 * [r × NCOLS, (r + 1) × NCOLS) under COLS), or column by column (row r
 * the values r, r + ROWS, r + 2 × ROWS, …) when BYCOL, is its total's sum
 * (总计 = 自然人 + the 法人 columns) and its 小计's, when it has one (小计 =
 * the 法人 columns). */
static bool rows_sum(const uint8_t *src, const ptok *v, int rows, const int *cols, int ncols, bool bycol)
{
    for (int r = 0; r < rows; r++) {
        int64_t legal = 0, natural = 0, total = -1, subtotal = -1;
        for (int c = 0; c < ncols; c++) {
            const ptok *t = &v[bycol ? c * rows + r : r * ncols + c];
            int64_t x = t->tok == NUMBER ? unglue_value((const char *)src + t->start, t->end - t->start) : -1;
            if (x < 0)
                return false;
            if (cols[c] == XXGK_C_TOTAL)
                total = x;
            else if (cols[c] == XXGK_C_LEGAL_SUBTOTAL)
                subtotal = x;
            else if (cols[c] == XXGK_C_NATURAL_PERSON)
                natural += x;
            else
                legal += x;
        }
        if (total != natural + legal || (subtotal >= 0 && subtotal != legal))
            return false;
    }
    return true;
}

/* The N values at V share lines, and every line holds exactly one row's
 * NCOLS values? */
static bool lines_say_rows(const uint8_t *src, const ptok *v, int n, int ncols)
{
    bool rowwise = true, one = true;
    for (int i = 0; i + 1 < n; i++) {
        bool brk = memchr(src + v[i].end, '\n', v[i + 1].start - v[i].end) != NULL;
        if (!brk)
            one = false;
        if (brk != ((i + 1) % ncols == 0))
            rowwise = false;
    }
    return rowwise && !one;
}

static bool column_order_differs(const parse_ctx *ctx, int table, const ptok *v, int rows, const int *cols, int ncols)
{
    const uint8_t *src = ctx->doc->src;
    int n = rows * ncols;
    if (rows != ncols && lines_say_rows(src, v, n, ncols))
        return false;
    if (row_summed(table, cols, ncols) && rows_sum(src, v, rows, cols, ncols, false) &&
        !rows_sum(src, v, rows, cols, ncols, true))
        return false;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < ncols; c++) {
            const ptok *a = &v[r * ncols + c], *b = &v[c * rows + r];
            if (a->end - a->start != b->end - b->start || memcmp(src + a->start, src + b->start, a->end - a->start))
                return true;
        }
    return false;
}

/* Stacked labels, then their numbers (plain pdftotext prints a column of
 * labels, then each row's numbers one per line): k rows that ended with no
 * value, their labels one under another (stack_bare_row), then this row's
 * label and its values [*f, *f + *n) of NCOLS columns.
 *   exactly (k + 1) × NCOLS values: the k + 1 rows in order, NCOLS each;
 *     *f and *n are then this row's. Said (P037) or undone (P039) at the
 *     next row's end (bld_bare_rows_settle);
 *   more than NCOLS, any other count: which number is whose cannot be
 *     told, none gets a cell (P038 at the first label, a note over the
 *     values); returns true (the row is done);
 *   NCOLS or fewer: the values are this row's, the bare rows short (P007),
 *     as they always were.
 * Bare rows of other columns (another clause of table 二) are P007. */
static bool __attribute__((noinline)) take_bare_rows(parse_ctx *ctx, int table, int row, const int *cols,
                                                     int ncols, const col_range *range, size_t *f, size_t *n)
{
    struct bare_rows *b = &ctx->bare;
    int k = b->n;
    bool same = k > 0;
    for (int i = 0; i < k && same; i++)
        same = b->ncols[i] == ncols && xxgk_row_table(b->row[i]) == table;
    if (!same || (int)*n <= ncols) {
        flush_bare_rows(ctx);
        return false;
    }
    b->n = 0;
    if ((int)*n != (k + 1) * ncols) {
        unassigned_note(ctx,
                      xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_ROWS_UNREAD, b->at[0], bld_row_name(ctx, b->row[0]),
                                        k, (int)*n, (k + 1) * ncols, k + 1, ncols),
                      values_span(ctx, *f, *n));
        return true;
    }
    b->open = true;
    b->k = k;
    b->order_doubt = column_order_differs(ctx, table, ctx->vals.v + *f, k + 1, cols, ncols);
    b->nvals = (int)*n;
    b->ncols_read = ncols;
    b->cells_from = b->cells_to = ctx->ncells;
    b->first = b->at[0];
    b->values = values_span(ctx, *f, *n);
    for (int i = 0; i < k; i++) {
        const char *name = NULL;
        b->rows[i] = b->row[i];
        bld_row_cells(ctx, table, b->row[i], cols, ncols, range, *f, (size_t)ncols, &name);
        *f += (size_t)ncols;
    }
    b->rows[k] = row;
    *n = (size_t)ncols;
    return false;
}

/* The reading in order (take_bare_rows) once the row after it has ended:
 * when that row ended with no value (BARE), its label stood right after
 * the numbers, which may then be its and the rows' before (plain pdftotext
 * prints the labels of a table's last rows after their numbers): whose they
 * are cannot be told, the cells read are undone (none made since) and P039
 * says so; else the reading stands (P037). At the table's end, it stands. */
void bld_bare_rows_settle(parse_ctx *ctx, bool bare)
{
    struct bare_rows *b = &ctx->bare;
    if (!b->open)
        return;
    b->open = false;
    const char *first = bld_row_name(ctx, b->rows[0]);
    if (!bare || ctx->ncells != b->cells_to) {
        if (b->order_doubt)
            bld_doubt_row(ctx,
                          xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_ROWS_ORDER, b->first, first, b->k, b->nvals,
                                            b->ncols_read),
                          b->values);
        else
            xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_ROWS_READ, b->first, first, b->k, b->nvals, b->ncols_read);
        return;
    }
    ctx->ncells = b->cells_from;
    for (int i = 0; i <= b->k; i++)
        ctx->tab->row_cells[b->rows[i]] = 0; /* rows first read here: their cells were all these */
    unassigned_note(ctx,
                  xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_ROWS_EITHER, b->first, first, b->k, b->nvals,
                                    bld_row_name(ctx, ctx->short_row.row)),
                  b->values);
}

/* A row of table 三 with its total column: its sum (V101) checks how its
 * numbers are read. */
static bool row_summed(int table, const int *cols, int ncols)
{
    if (table != XXGK_TABLE_REQUESTS)
        return false;
    for (int i = 0; i < ncols; i++)
        if (cols[i] == XXGK_C_TOTAL)
            return true;
    return false;
}

/* The first line break in [p, e), NULL when none: its LF (a CR LF's
 * too; a lone CR is an LF by now: doc_build_lines). */
static const uint8_t *line_break_in(const uint8_t *p, const uint8_t *e)
{
    return p < e ? memchr(p, '\n', (size_t)(e - p)) : NULL;
}

/* The start of the line that holds E, not before FROM: after the last LF
 * before E. */
static const uint8_t *line_start_back(const uint8_t *from, const uint8_t *e)
{
    while (e > from && e[-1] != '\n')
        e--;
    return e;
}

/* Are blanks and delimiters (TAB, |) all that [p, e) holds? */
static bool blanks_only(const uint8_t *p, const uint8_t *e)
{
    for (; p < e; p++)
        if (*p != ' ' && *p != '\t' && *p != '|' && *p != '\r' && *p != '\f')
            return false;
    return true;
}

/* Is a count unit line of its own (单位：件, （单位：件）), the filter's
 * layout between two lines of a row's values (tokens.c:
 * count_line_between_values), all that stands between the values A and B,
 * blank lines and delimiters aside? */
static bool unit_line_between(const parse_ctx *ctx, const ptok *a, const ptok *b)
{
    const uint8_t *src = ctx->doc->src;
    const uint8_t *p = src + a->end, *e = src + b->start;
    const uint8_t *nl = line_break_in(p, e);
    if (!nl || !blanks_only(p, nl))
        return false; /* the rest of A's line */
    bool unit = false;
    for (p = nl + 1; (nl = line_break_in(p, e)) != NULL; p = nl + 1) {
        const uint8_t *le = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
        if (count_unit_line(p, le))
            unit = true;
        else if (!blanks_only(p, le))
            return false;
    }
    return unit && blanks_only(p, e); /* B's line up to B */
}

/* The row ends after its NCOLS values: the numbers after them are no
 * row's, P013 at the first. */
static void end_row_at_columns(parse_ctx *ctx, int table, int ncols, const ptok *v, size_t *n)
{
    int numbers = 0;
    for (size_t i = (size_t)ncols; i < *n; i++)
        numbers += v[i].tok == NUMBER;
    if (numbers)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(&v[ncols]), numbers, bld_table_numeral(table));
    *n = (size_t)ncols;
}

/* unit line after a full row → the row ends there: a count unit line
 * between a row's lines of values is layout (a page's unit line where the
 * row broke over a page break) only while the row still lacks values;
 * after its NCOLS values it ends the row, and the numbers after it are no
 * row's (P013 at the first), never the row's value past its columns
 * (P006, the row lost). True when the row ended so; *N is then NCOLS. */
static bool unit_line_ends_row(parse_ctx *ctx, int table, int ncols, size_t f, size_t *n)
{
    if (ncols <= 0 || *n <= (size_t)ncols)
        return false;
    const ptok *v = ctx->vals.v + f; /* values first: NULL + 0 is undefined */
    if (!unit_line_between(ctx, &v[ncols - 1], &v[ncols]))
        return false;
    end_row_at_columns(ctx, table, ncols, v, n);
    return true;
}

/* Has [p, e) a line break (line_break_in)? */
static bool has_newline(const uint8_t *p, const uint8_t *e) { return line_break_in(p, e) != NULL; }

/* The item number of a lone item mark on the line [s, e): one or two
 * digits (ASCII or full-width), then '.', '．' or '、', blanks or CR
 * around; else 0. */
static int lone_item_mark(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && (src[s] == ' ' || src[s] == '\r'))
        s++;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\r'))
        e--;
    int item = 0, k = 0;
    for (int d; s < e && k < 3 && (d = src[s] >= '0' && src[s] <= '9' ? src[s] - '0' : utf8_fw_digit(src + s, src + e)) >= 0;
         s += src[s] < 0x80 ? 1 : 3, k++)
        item = item * 10 + d;
    if (!k || k > 2)
        return 0;
    if (e - s == 1 && src[s] == '.')
        return item;
    return e - s == 3 && (!memcmp(src + s, "\xef\xbc\x8e", 3) || !memcmp(src + s, "\xe3\x80\x81", 3)) ? item : 0;
}

/* Whether the words at [s, e) begin with the whole label of item ITEM of
 * TABLE, the label's words after its item number (其他法律行政法规禁止公开 of
 * 2.其他法律行政法规禁止公开), folded as labels are (either script). */
static bool item_label_at(int table, int item, const uint8_t *src, uint32_t s, uint32_t e)
{
    char folded[256], mark[4];
    size_t n = label_fold(src + s, e - s, folded, sizeof folded);
    int m = snprintf(mark, sizeof mark, "%d.", item);
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        size_t words = le->len - (size_t)m;
        if (le->table == table && le->kind == LK_ROW && le->len > (size_t)m + 6 && !memcmp(le->text, mark, (size_t)m) &&
            words <= n && !memcmp(folded, le->text + m, words))
            return true;
    }
    return false;
}

/* Rule: a numbered row's item mark alone on its line (2.⏎其他法律行政法规禁止公开⇥0…:
 * a browser's print wraps the label's cell after its mark) is that row's
 * number, not a value of the row before it: past the columns of a full
 * row, or the total of a row printed without one (six cells, then the
 * mark: read as the total, the mark would be a silent wrong count).
 * Certain only when the next line's words (after a vertical group
 * label's single character and its TAB: 开⇥其他法律…) are item N's whole
 * label in table 三: the mark is then dropped (the full row ends at its
 * columns; the short one stays short, P007); else as before. True when
 * so; *N is then one less. */
static bool __attribute__((noinline)) item_mark_ends_row(parse_ctx *ctx, int table, int ncols, size_t f, size_t *n)
{
    if (*n == 0)
        return false;
    size_t k = *n - 1; /* the mark's value */
    const ptok *v = ctx->vals.v + f; /* values first: NULL + 0 is undefined */
    if (table != XXGK_TABLE_REQUESTS || ncols <= 1 || k < (size_t)ncols - 1 || k > (size_t)ncols || v[k].tok != NUMBER)
        return false;
    const uint8_t *src = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, v[k].start);
    int item = lone_item_mark(src, line.start, line.end);
    if (!item || line.start < v[k - 1].end)
        return false;
    uint32_t at = line.end, len = ctx->doc->len;
    while (at < len && (src[at] == '\n' || src[at] == '\r' || src[at] == ' '))
        at++;
    if (at >= len)
        return false;
    uint32_t e = xxgk_doc_line(ctx->doc, at).end;
    if (e - at > 4 && src[at] >= 0xE4 && src[at] <= 0xE9 && src[at + 3] == '\t')
        at += 4; /* a vertical group label's character in its own cell */
    if (!item_label_at(table, item, src, at, e))
        return false;
    *n = k;
    return true;
}

/* Is the byte after the row's last value V a mark's ('.', '．' or '、')?
 * The common row's answer, asked before item_mark_ends_row. */
static inline bool mark_follows(const parse_ctx *ctx, const ptok *v)
{
    const uint8_t *src = ctx->doc->src;
    return v->end < ctx->doc->len && (src[v->end] == '.' || src[v->end] == 0xEF || src[v->end] == 0xE3);
}

/* A cell the report fills: a number, or a mark it prints (a dash, a
 * slash); a blank cell (TAB TAB) is not. */
static bool filled_cell(const ptok *v) { return v->tok == NUMBER || (v->tok == EMPTY && v->printed); }

/* Has the PDF front end flagged the line [ls, le) as a number's digits
 * wrapped over lines (P095, rule 2d: the values of the rows on and around
 * it carry the finding)? */
static bool wrap_flagged(const parse_ctx *ctx, const uint8_t *ls, const uint8_t *le)
{
    uint32_t a = (uint32_t)(ls - ctx->doc->src), b = (uint32_t)(le - ctx->doc->src);
    for (const xxgk_diag *d = ctx->doc->diags; d && d->span.start <= b; d = d->next)
        if (d->code == XXGK_P_PDF_WRAPPED_NUMBER && d->span.start >= a)
            return true;
    return false;
}

/* Digits [a, b) of SRC. */
static bool digits_only(const uint8_t *src, uint32_t a, uint32_t b)
{
    for (; a < b; a++)
        if (src[a] < '0' || src[a] > '9')
            return false;
    return true;
}

/* Page text: a count glued to a full ISO date that ends the row
 * (规章1052021-01-01至2021-12-31…, the date read as the values 1052021,
 * -01, -01): the run's last four digits are the date's year when a full
 * yyyy-mm-dd follows them (the year 19xx or 20xx, month and day of two
 * digits each, a real day, no digit after), so the date is not the row's
 * and the digits before it are its glued cells (read as any glued row).
 * A shorter date (2021-1-1) or another year is no date certain: where the
 * count ends is unknown then (glued_date_unsure, P103). Asked of the row's
 * last three values only. */
static void glued_iso_date(parse_ctx *ctx, size_t f, size_t *n)
{
    if (!ctx->pagetext || *n < 3)
        return;
    const uint8_t *src = ctx->doc->src;
    ptok *v = &ctx->vals.v[f + *n - 3];
    uint32_t y = v->end, end;
    int m, d;
    if (v->tok != NUMBER || y - v->start < 5 || !digits_only(src, v->start, y) || v[1].start != y ||
        v[2].start != y + 3 || v[2].end != y + 6)
        return;
    if (!(memcmp(src + y - 4, "19", 2) == 0 || memcmp(src + y - 4, "20", 2) == 0) || src[y] != '-' ||
        src[y + 3] != '-' || !digits_only(src, y + 1, y + 3) || !digits_only(src, y + 4, y + 6) ||
        !meta_iso_date(src, y, y + 7, &m, &d, &end) || end != y + 6)
        return;
    v->end = y - 4;
    *n -= 2;
}

/* A date's separator at AT: - . / or the full-width hyphen －. */
static bool date_separator(const uint8_t *src, uint32_t at)
{
    return src[at] == '-' || src[at] == '.' || src[at] == '/' ||
           (src[at] == 0xEF && src[at + 1] == 0xBC && src[at + 2] == 0x8D);
}

/* Page text: a row's digits glued to a date run, value '-d' '-d' right
 * after a run of four or more digits (规章1052021-1-1至…, 1053021-01-01,
 * 1052021-02-30, 10521-1-1; '.', '/' or '－' for '-'), that glued_iso_date
 * did not take as a full yyyy-mm-dd: the date's year cannot be told, so
 * neither where the count ends nor whether it is one. Its first digits,
 * or NULL. One pass over the row's values. */
static const ptok *glued_date_unsure(const parse_ctx *ctx, size_t f, size_t n)
{
    if (!ctx->pagetext)
        return NULL;
    const uint8_t *src = ctx->doc->src;
    for (size_t i = f; i + 2 < f + n; i++) {
        const ptok *v = &ctx->vals.v[i];
        if (v->tok == NUMBER && v->end - v->start >= 4 && digits_only(src, v->start, v->end) &&
            v[1].tok == NUMBER && v[1].start == v->end && date_separator(src, v->end) &&
            v[2].tok == NUMBER && v[2].start == v[1].end && date_separator(src, v[1].end))
            return v;
    }
    return NULL;
}

/* The row's cells just made from the values F..F+N, withheld at DIGITS
 * glued to a date whose year cannot be told (P103): each carries it. */
static void withhold_glued_date(parse_ctx *ctx, int table, int row, const ptok *digits, size_t f, size_t n,
                                const char **name)
{
    char text[64], run[64];
    ptok all = *digits;
    all.end = digits[2].end;
    bld_text_of(ctx, digits, text, sizeof text);
    bld_text_of(ctx, &all, run, sizeof run);
    if (!*name)
        *name = bld_row_name(ctx, row);
    withhold_overfull(ctx, table, row, ctx->vals.v[f].start);
    bld_doubt_row(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_DATE_UNSURE, tok_span(digits), text, *name, run),
                  values_span(ctx, f, n));
}

/* The row's last value may be a page number and its last cell past the
 * page's foreign lines (bld_page_before_foreign_line): that cell is not
 * read, the row's values carry P065. */
static void page_before_foreign_line(parse_ctx *ctx, int table, int row, const int *cols, const ptok *label, size_t f,
                                     size_t n, const char **name)
{
    const ptok *v = ctx->vals.v + f;
    if (!bld_page_before_foreign_line(ctx, row, n > 1 ? &v[n - 2] : label, &v[n - 1], ctx->row_next,
                                      table == XXGK_TABLE_REQUESTS ? cols : NULL, (int)n))
        return;
    char digits[16];
    bld_text_of(ctx, &v[n - 1], digits, sizeof digits);
    if (!*name)
        *name = bld_row_name(ctx, row);
    withhold_overfull(ctx, table, row, v[n - 1].start);
    bld_doubt_row(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_PAGE_BEFORE_FOREIGN_LINE, tok_span(&v[n - 1]), digits, *name),
                  values_span(ctx, f, n));
}

/* full line after a row → the row ends there: a row whose own line, its
 * label's, fills its NCOLS cells (filled_cell) has all of them, and numbers on the
 * lines after it that begin a line of their own are a row whose label the
 * report does not print (a PDF's unlabelled last row under 总计): no row's
 * (P013 at the first), never the row's values past its columns (P006, the
 * row lost). True when the row ended so; *N is then NCOLS. */
static bool full_line_ends_row(parse_ctx *ctx, int table, int ncols, const ptok *label, size_t f, size_t *n)
{
    const uint8_t *src = ctx->doc->src;
    if (ncols <= 0 || *n <= (size_t)ncols || !label)
        return false;
    const ptok *v = ctx->vals.v + f; /* values first: NULL + 0 is undefined */
    if (label->end > v[0].start || has_newline(src + label->end, src + v[ncols - 1].start))
        return false; /* the label's line does not hold the row's values */
    for (int i = 0; i < ncols; i++)
        if (!filled_cell(&v[i]))
            return false; /* a blank cell (TAB TAB): its number may be on the next line */
    const uint8_t *p = src + v[ncols - 1].end, *e = src + v[ncols].start;
    const uint8_t *nl = line_break_in(p, e);
    if (!nl || !blanks_only(p, nl))
        return false; /* the rest of the row's line */
    const uint8_t *ls = line_start_back(nl + 1, e);
    if (!blanks_only(ls, e))
        return false; /* the numbers after it begin their line */
    /* and fill a row themselves, a number (or a printed mark) in each of
     * its NCOLS columns: fewer may be the row's own digits wrapped in
     * narrow cells (10007 printed 1000 over 7), or a page number or the
     * next label's 序号, so the row stays unread (P006) -- unless the PDF
     * front end proved the line a wrap (P095), whose finding the values of
     * the rows around it carry already; and two numbers at least: one
     * alone on a line is a page number's or a 序号's (build_pageno.c) */
    size_t i = (size_t)ncols + 1;
    int on_line = filled_cell(&v[ncols]);
    for (; i < *n && !has_newline(src + v[i - 1].end, src + v[i].start); i++) {
        if (!blanks_only(src + v[i - 1].end, src + v[i].start))
            return false;
        on_line += filled_cell(&v[i]);
    }
    const uint8_t *le = src + v[i - 1].end, *end = src + ctx->doc->len;
    const uint8_t *eol = line_break_in(le, end);
    if (!blanks_only(le, eol ? eol : end) || on_line < 2 ||
        (on_line < ncols && !wrap_flagged(ctx, ls, eol ? eol : end)))
        return false;
    end_row_at_columns(ctx, table, ncols, v, n);
    return true;
}


/* ---- table 二's greyed cells (docs/grammar.md, "Run-together page
 * text"). Table 二 is one grid three value columns wide in both templates
 * (clause （一）'s: 本年制发件数 本年废止件数 现行有效件数; 2019's 上一年项目
 * 数量 本年增/减 处理决定数量); a clause of fewer columns (2021's 本年处理决
 * 定数量 alone, 2019's 行政事业性收费 and 政府集中采购 with two) leaves the
 * rest of the grid greyed, and a page may print a dash there:
 * `行政许可 — — 12`, `行政事业性收费 3 1 —`. A row of NCOLS columns printed
 * with the grid's three cells, blanks alone between every two (page
 * text) or a TAB, | or line break between every two (each value a cell
 * as the format delimits it), whose greyed cells are dashes (- — – － ― ─, no 无
 * nor /, which may be a value's mark), is read from its other NCOLS
 * cells, each in its column. The greyed cells: a row of two columns
 * (2019's), the third; a row of one (2021's 本年处理决定数量, its cell
 * spanning the grid), the two before it or the two after it (both: every
 * cell a dash, one empty cell either way). Any other
 * shape (a dash between numbers, 行政事业性收费 — 3 1, four cells) stays
 * P006. */
static bool dash_cell(const parse_ctx *ctx, const ptok *v, bool alone)
{
    if (v->tok != EMPTY || v->end <= v->start)
        return false;
    const uint8_t *src = ctx->doc->src;
    /* one cell a line, a cell alone on its line: / and 无 grey it too */
    uint32_t t = v->end - v->start;
    if (alone && ((t == 1 && src[v->start] == '/') ||
                  (t == 3 && (!memcmp(src + v->start, "\xEF\xBC\x8F", 3) ||  /* ／ */
                              !memcmp(src + v->start, "\xE6\x97\xA0", 3) ||  /* 无 */
                              !memcmp(src + v->start, "\xE7\x84\xA1", 3))))) /* 無 */
        return true;
    for (uint32_t i = v->start; i < v->end;) {
        uint32_t cp;
        int l = utf8_decode(src + i, v->end - i, &cp);
        if (!l)
            return false;
        i += (uint32_t)l;
        if (cp != ' ' && cp != 0x3000 && cp != '-' && cp != 0x2014 && cp != 0x2013 && cp != 0xFF0D &&
            cp != 0x2015 && cp != 0x2500)
            return false;
    }
    return true;
}

enum { GREY_GRID = 3 };

/* The greyed reading of the N values V for a row of NCOLS columns: the
 * number of greyed cells before its NCOLS cells (0 or GRID - NCOLS), or
 * -1 when they are no such grid. */
static int greyed_skip(const parse_ctx *ctx, const ptok *v, size_t n, int ncols)
{
    enum { GRID = GREY_GRID };
    if (n != GRID || ncols < 1 || ncols >= GRID)
        return -1;
    /* the cells as the format delimits them: blanks alone between every
     * two (page text), or a TAB, | or line break between every two (each
     * value its own cell); a gap of each kind is no grid of three */
    const uint8_t *src = ctx->doc->src;
    int delimited = 0, lines = 0;
    for (int c = 0; c + 1 < GRID; c++) {
        bool d = false, l = false, other = false;
        for (uint32_t i = v[c].end; i < v[c + 1].start; i++) {
            d = d || src[i] == '\t' || src[i] == '|' || src[i] == '\n' || src[i] == '\r';
            l = l || src[i] == '\n';
            other = other || src[i] == '\t' || src[i] == '|';
        }
        delimited += d;
        lines += l && !other;
    }
    /* one cell a line: every cell alone on its line */
    bool alone = lines == GRID - 1;
    for (int c = 0; alone && c < GRID; c++) {
        xxgk_span ln = xxgk_doc_line(ctx->doc, v[c].start);
        for (uint32_t i = ln.start; alone && i < ln.end; i++) {
            int l = 1;
            alone = (i >= v[c].start && i < v[c].end) || src[i] == '\r' || src[i] == '\f' ||
                    ft_blank_at(src, i, ln.end, &l);
            i += (uint32_t)l - 1;
        }
    }
    if (delimited != 0 && delimited != GRID - 1)
        return -1;
    /* a blank cell (a TAB's, nothing printed) in a grid some of whose cells
     * a TAB parts and some a line break (`行政许可⇥⇥` ⏎ `2023`): the TABs
     * are the row's cells on its line, blank; the number alone below may
     * be a year, a page number or the next section's (review-damage21
     * l10/l12/l14): no grid, the row refused (P006), never read so */
    if (lines > 0 && !alone)
        for (int c = 0; c < GRID; c++)
            if (v[c].start == v[c].end)
                return -1;
    int grey = GRID - ncols;
    bool lead = true, trail = true;
    for (int i = 0; i < GRID; i++) {
        bool d = dash_cell(ctx, &v[i], alone);
        if (i < grey)
            lead = lead && d;
        if (i >= ncols)
            trail = trail && d;
    }
    if (ncols == 2)
        lead = false; /* 2019's 行政事业性收费 and 政府集中采购: the third column is the grey one */
    /* lead and trail both (one column): the three cells are dashes, both
     * readings the same one empty cell (行政许可 — — —) */
    if (!lead && !trail)
        return -1;
    return lead && !trail ? grey : 0;
}

static void greyed_cells(parse_ctx *ctx, int ncols, size_t *f, size_t *n)
{
    int skip = greyed_skip(ctx, ctx->vals.v + *f, *n, ncols);
    if (skip < 0)
        return;
    *f += (size_t)skip;
    *n = (size_t)ncols;
}

/* Table 二's row printed with its greyed cells and a page number (one
 * value more than the grid of three): the page number read as
 * build_pageno.c reads it, at the row's last value or its first, or
 * right before a form feed anywhere among them, when the others are the
 * grid (行政许可⏎—⏎—⏎356⏎5, 行政许可⏎—⏎—⏎5⏎\f356). Only one place may read
 * so (行政许可⏎356⏎—⏎—⏎5: 356 too may be a page number, its cells — — 5: P006). */
static void greyed_page_number(parse_ctx *ctx, int row, const ptok *label, int ncols, size_t *f, size_t *n)
{
    size_t k = *n;
    if (k != GREY_GRID + 1 || ncols < 1 || ncols >= GREY_GRID)
        return;
    const ptok *v = ctx->vals.v + *f; /* values first: NULL + 0 is undefined */
    ptok rest[GREY_GRID];
    size_t at = k, ff = k;
    /* a page that ends among the values (after a number or a mark): only
     * the value right before the form feed may be its number, and only a
     * bare number of pages numbered so (行政许可⏎—⏎—⏎\f5⏎356: none) */
    for (size_t i = 0; i + 1 < k; i++)
        if (bld_form_feed_after(ctx, &v[i])) {
            ff = i;
            break;
        }
    if (ff < k && !bld_page_before_form_feed(ctx, &v[ff]))
        return;
    for (size_t i = 0; i < k; i++) {
        if (ff < k ? i != ff
                   : !((i == k - 1 && bld_page_at(ctx, &v[i], ctx->row_next)) ||
                       (i == 0 && label && label->end <= v[0].start && bld_page_at(ctx, &v[0], ctx->row_next))))
            continue;
        for (size_t j = 0, m = 0; j < k; j++)
            if (j != i)
                rest[m++] = v[j];
        if (greyed_skip(ctx, rest, GREY_GRID, ncols) < 0)
            continue;
        if (at < k)
            return; /* both ends read so: none */
        at = i;
    }
    if (at < k)
        bld_take_page_value(ctx, row, f, n, at);
}

/* Table 二, one cell a line: a mark alone on its line (a TAB-less line
 * of —, -, －, /) after the row's full count of values, each of them on a
 * line before it, is no cell of the row: a rule under it (规章⏎2⏎1⏎11⏎—),
 * told as text in the table (P019) as before the mark joined the row's
 * cells (tokens.c placeholder_cell_line); the row keeps its N - 1 values. */
static void mark_after_full_row(parse_ctx *ctx, size_t f, size_t *n)
{
    const ptok *m = &ctx->vals.v[f + *n - 1];
    if (*n < 2 || m->tok != EMPTY || !m->printed || m->end <= m->start)
        return;
    const uint8_t *src = ctx->doc->src;
    xxgk_span ln = xxgk_doc_line(ctx->doc, m->start);
    if (xxgk_doc_line(ctx->doc, m[-1].start).start == ln.start)
        return;
    /* the number before it a page's (right before a form feed): the mark
     * is the row's last cell on the next page (规章⏎2⏎1⏎6⏎\f—), never the
     * number (form_feed_page_number) */
    if (bld_page_before_form_feed(ctx, &m[-1]))
        return;
    for (uint32_t i = ln.start; i < ln.end; i++) {
        int l;
        if (i >= m->start && i < m->end)
            continue;
        if (src[i] != ' ' && src[i] != '\r' && src[i] != '\f' && !(ft_blank_at(src, i, ln.end, &l) && l > 1))
            return;
    }
    if (!ft_cell_mark(src, m->start, m->end))
        return;
    char text[16];
    bld_text_of(ctx, m, text, sizeof text);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_IN_TABLE, tok_span(m), text, "二");
    --*n;
}

/* A row one value past its NCOLS columns whose marks kept the page
 * number readings of build_pageno.c off (a mark may be the one too many)
 * and whose marks are not that one (greyed cells, a rule under it): a
 * bare number right before a form feed among its values is the page's
 * number all the same (规章⏎2⏎—⏎3⏎\f11, 行政处罚⏎—⏎3⏎\f行政强制). */
static void form_feed_page_number(parse_ctx *ctx, int table, int row, int ncols, size_t *f, size_t *n)
{
    /* table 二's: a row with a total has mid_page_number's reading, its
     * total holding (build_pageno.c), and no other */
    if (*n != (size_t)ncols + 1 || table != XXGK_TABLE_PROACTIVE)
        return;
    const ptok *v = ctx->vals.v + *f; /* values first: NULL + 0 is undefined */
    for (size_t i = 0; i < *n; i++)
        if (bld_page_before_form_feed(ctx, &v[i])) {
            bld_take_page_value(ctx, row, f, n, i);
            return;
        }
}

/* A sign-off's line taken out of the row (P090, tokens.c signoff_in_row)
 * after the row's full count of values is where the next row's label
 * should be: the row ends there, and the numbers after it are no row's
 * (P013 at the first), never the row's values past its columns (P006,
 * the row lost): 规章⏎0⏎0⏎0⏎青禾市测试局⏎5⏎1⏎30. So too when the row is
 * short of its columns and the values after the line fill them all by
 * themselves (一、本年新收…⇥20⇥2⇥0⇥0⇥0⇥0⏎2024年1月20日⏎1⇥0⇥0⇥0⇥0⇥0⇥1):
 * the row keeps the values before the line, short (P007) -- unless they
 * are one too many, the number under the line then maybe the page's. */
static void signoff_ends_row(parse_ctx *ctx, int table, const int *cols, int ncols, size_t f, size_t *n)
{
    const ptok *v = ctx->vals.v + f;
    size_t j = bld_signoff_split(ctx, v, *n);
    /* a short row's: the values after the line a row of their own (its
     * total holding) */
    if (j && j < (size_t)ncols && *n - j == (size_t)ncols && !bld_row_total_holds(ctx, v + j, cols, ncols))
        return;
    /* short, one value too many: the number under the line may be the
     * page's (2⏎青禾市测试局⏎5⏎1⏎30 as 2 1 30), no reading (P006) */
    if (!j || ncols <= 0 || j > (size_t)ncols ||
        (j < (size_t)ncols && (*n - j != (size_t)ncols || *n == (size_t)ncols + 1)))
        return;
    /* full, one value after the line, the row's last over it may be the
     * page's number too (行政处罚⏎87⏎青禾市测试局⏎3: 87 or 3 the value): P006 */
    if (j == (size_t)ncols && *n == (size_t)ncols + 1 && bld_bare_page(ctx, &v[j - 1]))
        return;
    int numbers = 0;
    for (size_t i = j; i < *n; i++)
        numbers += v[i].tok == NUMBER;
    if (numbers)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(&v[j]), numbers, bld_table_numeral(table));
    *n = j;
}

/* Table 二: is the running column header one that is not ROW's clause's
 * (a column of it the template does not give the row: 行政许可 under
 * 第二十条第（一）项's 本年制发件数 …, its own clause's header lost)? Such
 * a header never says where the row's numbers go: the row is read in its
 * own template columns when its greyed cells prove them (greyed_cells),
 * else P090, its values unassigned. A header that is the row's clause's
 * in either template (2019's 采购项目数量 over 政府集中采购 in a 2021 report:
 * V306's) is its own. */
static int numbers_in(cellbuf *b);

static bool foreign_header(int row, const int *cols, int ncols)
{
    uint32_t header = 0; /* the header's columns as bits */
    bool odd = false;    /* a column no template row has */
    for (int i = 0; i < ncols; i++)
        if (cols[i] > 0) {
            if (cols[i] < XXGK_C__COUNT)
                header |= 1u << cols[i];
            else
                odd = true;
        }
    bool known = false;
    /* 2021's first: most reports are of it, and a header that is the
     * row's there answers at once (the answer is the same in either order) */
    for (int tmpl = 2021; tmpl >= 2019; tmpl -= 2) {
        uint32_t own;
        if (!xxgk_tpl_row_mask(tmpl, XXGK_TABLE_PROACTIVE, row, &own))
            continue;
        known = true;
        if (!odd && !(header & ~own))
            return false; /* the row's clause's header in this template */
    }
    return known;
}

/* The template whose columns a row under a foreign header is read in:
 * the report's when it has the row, else the one template that has it;
 * 0 when unknown. Only a row of fewer than three columns can be proven
 * so (finish_values): 其他对外管理服务事项, 2019's three, never is. */
static int own_template(const parse_ctx *ctx, int row)
{
    int tmpl = bld_current_template(ctx);
    if ((tmpl == 2019 || tmpl == 2021) && xxgk_tpl_has_row(tmpl, row))
        return tmpl;
    bool in19 = xxgk_tpl_has_row(2019, row), in21 = xxgk_tpl_has_row(2021, row);
    return in19 != in21 ? (in19 ? 2019 : 2021) : 0;
}

/* A number with a word glued to it that shares its cell with the number
 * before it (148 2019年: tokens.c glued_word_value, joins_before) is one
 * value's place with it: the two taken as one value that makes no cell
 * (P009 at the word), so that no number moves into the next column. */
static void join_glued_words(parse_ctx *ctx)
{
    if (!ctx->any_joins_before)
        return; /* no value of this report shares its cell so: no walk */
    cellbuf *b = &ctx->vals;
    size_t i = 1;
    while (i < b->n && !b->v[i].joins_before)
        i++;
    if (i >= b->n || !bld_vals_own(ctx))
        return;
    size_t k = i;
    for (; i < b->n; i++) {
        const ptok *v = &b->v[i];
        if (v->joins_before && b->v[k - 1].tok == NUMBER) {
            b->v[k - 1].end = v->end;
            b->v[k - 1].word_glued = true;
            continue;
        }
        b->v[k++] = *v;
    }
    b->n = k;
    bld_vals_rewritten(b); /* a number joined to the one before */
}

/* row → … NUMBER CLAUSE_GAP NUMBER …: the pair tokens.c split at a
 * clause mark with a blank before it (clause_gap_split: 规章 3 ；1 0 12) in a
 * row of values [F, F + *N) one more than its NCOLS columns was one
 * number's digits typed with a slip (31): one token again, a value's
 * place that gives no value (P046, as the lexer's glued 3 ；1), so the
 * row's other values keep their columns. With as many values as columns
 * it stays two cells, P027 at the pair (blank_row_pair). */
static void rejoin_clause_pair(parse_ctx *ctx, int ncols, size_t f, size_t *n)
{
    if (!ctx->any_clause_gap)
        return; /* no pair of this report split so: no walk */
    ptok *v = ctx->vals.v;
    for (size_t i = f; i + 1 < f + *n; i++) {
        if (!v[i].clause_gap || v[i + 1].tok != NUMBER)
            continue;
        if ((int)*n != ncols + 1 || !bld_vals_own(ctx))
            return;
        v = ctx->vals.v;
        v[i].end = v[i + 1].end;
        v[i].not_number = true;
        v[i].clause_gap = false;
        memmove(v + i + 1, v + i + 2, sizeof *v * (ctx->vals.n - i - 2));
        ctx->vals.n--;
        bld_vals_rewritten(&ctx->vals); /* the second number, one cell with the first */
        (*n)--;
        return;
    }
}

/* A row's values to its NCOLS columns COLS, without layout padding: glued
 * digits of page text kept for the table's end; text in place of a value
 * (P009); one value too many (P006, the row marked overfull: at the cell
 * holding two numbers when one does, else at the value past the columns);
 * a cell holding two numbers in a row not too long (P027); too few: the
 * row kept pending for bld_settle_short_row. Each of these notes the
 * row's values (bld_doubt_row). */
/* Are the F leading cells the padding trim dropped blank TAB cells on
 * LABEL's line (nothing printed), and the value after them alone on a
 * line below (`行政许可⇥⇥` ⏎ `2023`)? For a one-column row the TABs are
 * its cells on its line, blank: the number below may be a year, a page
 * number or the next section's (review-damage21 l10/l12/l14), so the row
 * is refused, never read so. A label alone on its line over its number
 * (`行政许可` ⏎ `5`, one cell a line) has no such cell. A line ends at
 * LF, CRLF or a CR alone (fuzz43 d06). */
static bool blank_cells_over_number(const parse_ctx *ctx, const ptok *label, size_t f, size_t n)
{
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v;
    if (n != 1)
        return false;
    for (size_t i = 0; i < f; i++) {
        if (v[i].start != v[i].end || v[i].start < label->end)
            return false;
        for (uint32_t j = label->end; j < v[i].start; j++)
            if (src[j] == '\n' || src[j] == '\r')
                return false;
    }
    for (uint32_t j = v[f - 1].end; j < v[f].start; j++)
        if (src[j] == '\n' || src[j] == '\r') /* LF, CRLF, or a lone CR (a converter's line ends) */
            return true;
    return false;
}

static void finish_values(parse_ctx *ctx, int table, int row, const int *cols, int ncols,
                          const col_range *range, const ptok *label)
{
    size_t f, n;
    const char *name = NULL;
    const ptok *unsure = NULL;
    bool placed = false; /* by the table's label area */
    if (ctx->vals.n > 1)
        join_glued_words(ctx);
    bool edge = bld_edge_padding(&ctx->vals);
    xxgk_diag *blank_last = NULL; /* its P023, held for the grid's end */
    bool full_width = false;
    if (!edge) {
        f = 0; /* nothing to trim */
        n = ctx->vals.n;
    } else if ((full_width = bld_full_width_row(ctx) || bld_delimited_full_row(ctx, row, ncols))) {
        if (!(placed = bld_lead_place(ctx, row, ncols, &f, &n))) {
            bld_trim_full_width(&ctx->vals, (size_t)ncols, &f, &n);
            unsure = bld_lead_unsure(ctx, ncols, f, n);
        }
        const ptok *blank = n <= (size_t)ncols && !unsure ? bld_blank_last(ctx, f, n) : NULL;
        if (blank)
            blank_last = xxgk_doc_add_diag(ctx->doc, XXGK_P_BLANK_LAST_CELL, tok_span(blank),
                                           name = bld_row_name(ctx, row));
    } else if (ctx->vals.n == (size_t)ncols && bld_pipe_blank_edges(ctx, ncols)) {
        f = 0; /* | 规章 |  | 0 | 0 |: the file's own blank cells (build_blank.c) */
        n = ctx->vals.n;
    } else if (bld_own_grid_blank_last(ctx, row, ncols)) {
        f = 0; /* 规章0⇥5⇥, 规章 / 0⇥5⇥: the row's own line shows its blank last cell */
        n = ctx->vals.n;
        blank_last = xxgk_doc_add_diag(ctx->doc, XXGK_P_BLANK_LAST_CELL, tok_span(&ctx->vals.v[n - 1]),
                                       name = bld_row_name(ctx, row));
    } else {
        bld_trim_padding(&ctx->vals, &f, &n);
        if (__builtin_expect(f > 0, 0) && ncols == 1 && table == XXGK_TABLE_PROACTIVE && label &&
            blank_cells_over_number(ctx, label, f, n)) {
            n += f; /* `行政许可⇥⇥` ⏎ `2023`: no padding, the row's blank cells (P006) */
            f = 0;
        }
    }
    rejoin_clause_pair(ctx, ncols, f, &n);
    if (__builtin_expect(ctx->extra_last.end != 0, 0))
        bld_extra_cell(ctx, table, row, ncols, f, &n, label ? label->end : 0); /* …⇥2362⇥无 under 备注: the remark's cell */
    if (__builtin_expect((int)n > ncols, 0) && !ctx->bare.n)
        bld_line_end_tab_padding(ctx, cols, (size_t)ncols, f, &n); /* …⇥1⇥7⇥ ⏎ 3: the TAB pads */
    /* not while stacked labels wait for their numbers: their values
     * come in one run, a row's count plus one is no page number there */
    glued_iso_date(ctx, f, &n); /* 规章1052021-01-01至…: the date is not the row's */
    if (__builtin_expect((int)n > ncols, 0) && !ctx->bare.n)
        bld_print_header_values(ctx, &f, &n); /* 2023/2/1 下午3:45 …: P072 */
    /* a cell of two digit runs (1 268) makes the row one value too long
     * as a page number or the next item's would: which it is cannot be
     * told, so neither is read out of it (joined_cells below: the row's
     * identities, else P062), never 1 and 268 as two cells */
    bool joined_one = __builtin_expect((int)n == ncols + 1, 0) && ncols <= 8 && joined_cells(ctx, label, f, n, ncols);
    if (__builtin_expect((int)n == ncols + 1, 0) && !ctx->bare.n && !joined_one)
        bld_page_number_value(ctx, row, label, cols, ncols, &f, &n, ctx->row_next);
    if (__builtin_expect((int)n == ncols + 1, 0) && !ctx->bare.n && !joined_one)
        bld_next_item_number(ctx, cols, ncols, f, &n);
    int own[GREY_GRID];
    if (table == XXGK_TABLE_PROACTIVE && !ctx->bare.n && n && foreign_header(row, cols, ncols)) {
        int k = xxgk_tpl_row_cols(own_template(ctx, row), row, own, GREY_GRID);
        size_t n0 = n;
        if (k > 0 && k < GREY_GRID && n == GREY_GRID)
            greyed_cells(ctx, k, &f, &n);
        /* a row of three own columns has no greyed cell to prove them
         * (其他对外管理服务事项 4 — —, 2019's three, under （一）'s header) */
        if (!(k < GREY_GRID && n0 == GREY_GRID && (int)n == k)) {
            int numbers = numbers_in(&ctx->vals);
            if (numbers)
                xxgk_doc_add_diag(ctx->doc, XXGK_P_FOREIGN_CLAUSE_ROW, tok_span(label), bld_row_name(ctx, row), numbers);
            return;
        }
        cols = own; /* the greyed cells prove the row's own columns */
        ncols = k;
    }
    if (__builtin_expect((int)n > ncols, 0) && table == XXGK_TABLE_PROACTIVE && !ctx->bare.n) {
        greyed_page_number(ctx, row, label, ncols, &f, &n);
        greyed_cells(ctx, ncols, &f, &n);
    }
    if (__builtin_expect((int)n == ncols + 1, 0) && table == XXGK_TABLE_PROACTIVE && !ctx->bare.n)
        mark_after_full_row(ctx, f, &n);
    if (__builtin_expect((int)n == ncols + 1, 0) && !ctx->bare.n)
        form_feed_page_number(ctx, table, row, ncols, &f, &n);
    if (__builtin_expect((int)n > ncols, 0) && !ctx->bare.n)
        signoff_ends_row(ctx, table, cols, ncols, f, &n);
    if (__builtin_expect((int)n > ncols, 0) && !ctx->bare.n)
        unit_line_ends_row(ctx, table, ncols, f, &n);
    if (__builtin_expect((int)n > ncols, 0) && !ctx->bare.n)
        full_line_ends_row(ctx, table, ncols, label, f, &n);
    if (__builtin_expect((int)n == ncols + 1, 0) && !ctx->bare.n)
        item_mark_ends_row(ctx, table, ncols, f, &n);
    else if ((int)n == ncols && table == XXGK_TABLE_REQUESTS && n > 1 &&
             __builtin_expect(mark_follows(ctx, &ctx->vals.v[f + n - 1]), 0) && !ctx->bare.n)
        item_mark_ends_row(ctx, table, ncols, f, &n);
    if (ctx->bare.n && n && take_bare_rows(ctx, table, row, cols, ncols, range, &f, &n))
        return;
    if (n > 0 && (int)n < ncols && defer_glued(ctx, table, row, cols, ncols, f, n))
        return; /* glued digits of page text: read when the table ends */
    if ((int)n == ncols && n) {
        bld_layout_note(ctx, table, cols, ncols, f);
        ctx->req_stray_fit += ctx->req_stray.end != 0; /* a row that fits under a stray word (P082) */
    }
    else if (n > 0 && (int)n < ncols && ctx->lay.n > 1)
        bld_layout_place(ctx, table, cols, ncols, f, &n); /* space-aligned blanks */
    if ((int)n > ncols && ncols <= 8) {
        uint32_t joins = joined_cells(ctx, label, f, n, ncols);
        int rows[8] = {row, row, row, row, row, row, row, row};
        if (joins && unglue_defer_joined(ctx, table, rows, cols, ncols, ctx->vals.v + f, n, joins, NULL))
            return; /* a cell of two digit runs: read by the identities when the table ends */
    }
    bld_row_cells(ctx, table, row, cols, ncols, range, f, n, &name);
    if (__builtin_expect(ctx->row_next == TEXT, 0) && (int)n == ncols && n)
        page_before_foreign_line(ctx, table, row, cols, label, f, n, &name);
    if (blank_last && (int)n == ncols)
        bld_blank_last_hold(ctx, blank_last, row, ncols, full_width, &ctx->vals.v[f + n - 1],
                            label ? tok_span(label) : tok_span(&ctx->vals.v[f]), values_span(ctx, f, n - 1));
    /* P023 says it: if a number is missing instead of the blank, the row's
     * other values are in the wrong columns, so they carry it too (a blank
     * first cell, 规章⇥⇥0⇥5⇥, reads the same as a blank last one); taken
     * back with it when the grid shows the blank layout */
    bld_doubt_row(ctx, blank_last, values_span(ctx, f, n));
    if (unsure) {
        xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_LEAD_UNSURE, tok_span(unsure),
                                         name ? name : (name = bld_row_name(ctx, row)));
        bld_doubt_row(ctx, d, values_span(ctx, f, n));
        bld_lead_unsure_wait(ctx, d, row, ncols, unsure == &ctx->vals.v[f]);
    } else if (placed)
        bld_edge_blanks_check(ctx, row, ncols, f, n, &name); /* P077 (build_blank.c) */
    if (ctx->bare.open)
        ctx->bare.cells_to = ctx->ncells;
    const ptok *dated = (int)n == ncols ? glued_date_unsure(ctx, f, n) : NULL;
    if (dated) { /* 规章1052021-1-1至…: P103 */
        withhold_glued_date(ctx, table, row, dated, f, n, &name);
        return;
    }
    const ptok *shared = shared_cell(ctx, label, f, n);
    if (shared && (int)n == ncols) /* (build_blank.c) asked only of a row P027 would flag */
        shared = bld_blank_shared(ctx, label, f, n, shared, row_summed(table, cols, ncols));
    if (!shared && (int)n == ncols)
        shared = blank_row_pair(ctx, label, f, n);
    if ((int)n > ncols) {
        /* the row's cells are in the table already: none from the first
         * value whose place is unknown on keeps a number */
        withhold_overfull(ctx, table, row, first_unsure(ctx, shared ? shared : &ctx->vals.v[f], f, n));
        const ptok *v = shared ? shared : &ctx->vals.v[f + (size_t)ncols];
        if (table == XXGK_TABLE_REQUESTS && !shared && bld_requests_stray_row(ctx, ncols, (int)n, values_span(ctx, f, n)))
            return; /* the header's word that names no column: P082 once */
        if (!name)
            name = bld_row_name(ctx, row);
        bld_doubt_row(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_MANY_VALUES, tok_span(v), ncols + 1, name, ncols),
                      values_span(ctx, f, n));
        return;
    }
    if (shared) {
        char buf[64];
        ptok two = *shared;
        two.end = shared[1].end;
        bld_text_of(ctx, &two, buf, sizeof buf);
        bld_doubt_row(ctx,
                      xxgk_doc_add_diag(ctx->doc, XXGK_P_CELL_TWO_NUMBERS, tok_span(&two),
                                        name ? name : bld_row_name(ctx, row), buf),
                      values_span(ctx, f, n));
    }
    if ((int)n < ncols) {
        struct short_row *sr = &ctx->short_row;
        sr->pending = true;
        sr->row = row;
        sr->n = (int)n;
        sr->ncols = ncols;
        sr->at = label ? tok_span(label) : (n ? tok_span(&ctx->vals.v[f]) : span_of(0, 0));
        sr->values = values_span(ctx, f, n);
        uint32_t last = n ? ctx->vals.v[f + n - 1].end : sr->at.end;
        sr->line_end = xxgk_doc_line(ctx->doc, last).end;
    }
}

/* Table 四's printed values, at the table's end, to its fifteen cells in
 * the header's order (the template's where the header says none; none
 * where it cannot be read, P030): a values line, padding dropped as for a
 * row. */
/* A field of a page's table 四 line (bytes [S, E) between TABs, blanks
 * trimmed): empty, a number (ASCII or full-width digits, '.' ',') or a
 * mark of an empty cell (ft_placeholder). *DIGIT set when it has a digit. */
static bool appeals_field(const uint8_t *src, uint32_t s, uint32_t e, bool *digit)
{
    while (s < e && src[s] == ' ')
        s++;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\r'))
        e--;
    if (s == e || ft_cell_mark(src, s, e))
        return true;
    for (uint32_t i = s; i < e;) {
        if ((src[i] >= '0' && src[i] <= '9') || src[i] == '.' || src[i] == ',') {
            *digit |= src[i] >= '0' && src[i] <= '9';
            i++;
        } else if (i + 3 <= e && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99) {
            *digit = true;
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

/* The fields of the line [S, E) between TABs: their count, or -1 when
 * one is neither empty, a number nor a mark (appeals_field); *DIGIT set
 * when one has a digit. */
static int appeals_fields(const uint8_t *src, uint32_t s, uint32_t e, bool *digit)
{
    int fields = 0;
    uint32_t from = s;
    for (uint32_t i = s; i <= e; i++) {
        if (i < e && src[i] != '\t')
            continue;
        if (!appeals_field(src, from, i, digit))
            return -1;
        fields++;
        from = i + 1;
    }
    return fields;
}

/* How wide the header's grid is, as its last line (the line of the
 * column names, the first non-blank one above the values line at AT)
 * proves it in a page or a .docx: 15 when it has fifteen fields, each
 * words (no field empty, none a number or a mark); 16 when it has
 * sixteen, the first a label column's (项目, 序号, or empty: a rowspan'd
 * cell repeated or blank) and fifteen words; 0 when the line proves no
 * width (another count, an empty field among the names, a values line). */
static int appeals_header_width(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = at;
    for (;;) {
        if (!e)
            return 0;
        xxgk_span h = xxgk_doc_line(ctx->doc, e - 1);
        bool blank = true;
        for (uint32_t i = h.start; i < h.end && blank; i++)
            blank = src[i] == ' ' || src[i] == '\t' || src[i] == '\r';
        if (!blank) {
            int fields = 0, words = 0;
            bool first_word = false;
            uint32_t from = h.start;
            for (uint32_t i = h.start; i <= h.end; i++) {
                if (i < h.end && src[i] != '\t')
                    continue;
                bool digit = false;
                bool word = !appeals_field(src, from, i, &digit);
                if (!fields)
                    first_word = word;
                words += word;
                fields++;
                from = i + 1;
            }
            if (fields == XXGK_TPL_APPEALS_VALUES && words == fields)
                return fields;
            if (fields == XXGK_TPL_APPEALS_VALUES + 1 && words == fields - 1 + first_word)
                return fields;
            return 0;
        }
        e = h.start;
    }
}

/* Table 四's row in a page or a .docx (cells_delimited: a TAB is the
 * file's cell boundary) on one line that opens with K TABs and has
 * fourteen of them: fifteen fields, each empty, a number or a mark, one a
 * number at least, and 15 - K values read. When the header's grid is
 * fifteen columns wide (appeals_header_width) the K fields before those
 * TABs are the row's first cells, empty <td>s (a 0 printed blank); the
 * line-start scanner skips them as blanks, and every value after them
 * would sit K columns off (P007). Put back as empty cells at the line's
 * start. A header of another width or none proven (a label column 项目
 * the empty field may be) keeps P007, as a line of another width does.
 * A line of sixteen fields, the first and the last empty, read as fifteen
 * values (the last empty cell one of them) is two readings when the
 * header does not show the label column (16 wide): the first empty field
 * a value column and the last layout, or the other way round; its last
 * empty cell is dropped, and the row has too few values (P007). */
static void appeals_lead_blank(parse_ctx *ctx)
{
    enum { NV = XXGK_TPL_APPEALS_VALUES };
    cellbuf *b = &ctx->vals;
    if (!ctx->cells_delimited || !b->n || b->n > NV)
        return;
    xxgk_span l = xxgk_doc_line(ctx->doc, b->v[0].start);
    const uint8_t *src = ctx->doc->src;
    if (b->v[b->n - 1].start > l.end)
        return;
    size_t k = 0;
    while (l.start + k < l.end && src[l.start + k] == '\t')
        k++;
    if (!k)
        return;
    bool digit = false;
    int fields = appeals_fields(src, l.start, l.end, &digit);
    if (!digit)
        return;
    if (fields == NV + 1 && b->n == NV) {
        const ptok *last = &b->v[b->n - 1];
        uint32_t e = l.end;
        while (e > l.start && (src[e - 1] == ' ' || src[e - 1] == '\r'))
            e--;
        if (last->tok == EMPTY && e > l.start && src[e - 1] == '\t' && last->start >= e - 1 &&
            appeals_header_width(ctx, l.start) != NV + 1)
            bld_vals_cut(b, b->n - 1); /* which empty field is layout cannot be told: P007 */
        return;
    }
    if (b->n >= NV || b->n + k != NV || fields != NV || appeals_header_width(ctx, l.start) != NV)
        return;
    size_t n = b->n;
    ptok blank = {0};
    blank.tok = EMPTY;
    blank.start = blank.end = l.start;
    blank.printed = true; /* the file's own cell, never padding */
    for (size_t i = 0; i < k; i++)
        bld_vals_push(ctx, &blank, EMPTY);
    if (b->n != NV) {
        bld_vals_cut(b, n); /* no memory: the row as read, P007 */
        return;
    }
    bld_vals_rewritten(b); /* the values moved past the blanks */
    memmove(b->v + k, b->v, n * sizeof *b->v);
    for (size_t i = 0; i < k; i++) {
        b->v[i] = blank;
        b->v[i].start = b->v[i].end = l.start + (uint32_t)i;
    }
}

/* text after table 四's full line → the row ends there: its NV values
 * fill their own line (a number or a printed mark each, nothing after
 * them on it), and a line of text stands between that line and the next
 * numbers (prose after the table: 本机关2023年共受理申 / 请25件 / 3 1 2 1 7).
 * Digits wrapped in a narrow cell come on the very next line, so the
 * numbers after the text are no row's (P013 at the first), never its
 * values past its columns (P006, the row lost). True when the row ended
 * so; *N is then NV. */
static bool appeals_text_ends_row(parse_ctx *ctx, int nv, size_t f, size_t *n)
{
    const uint8_t *src = ctx->doc->src;
    if (*n <= (size_t)nv)
        return false;
    const ptok *v = ctx->vals.v + f; /* values first: NULL + 0 is undefined */
    for (int i = 0; i < nv; i++)
        if (!filled_cell(&v[i]) || (i && has_newline(src + v[i - 1].end, src + v[i].start)))
            return false; /* not one full line */
    const uint8_t *p = src + v[nv - 1].end, *e = src + v[nv].start;
    const uint8_t *nl = line_break_in(p, e);
    if (!nl || !blanks_only(p, nl))
        return false; /* the rest of the row's line */
    bool text = false;
    for (const uint8_t *q = nl; q < e && !text; q++)
        text = *q >= 0x80 || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
    if (!text)
        return false;
    end_row_at_columns(ctx, XXGK_TABLE_APPEALS, nv, v, n);
    return true;
}

/* Values i, i + 1, i + 2 of V (N of them): digits, a mark (bld_mark_text),
 * digits, glued (1※2)? */
static bool marked_number_at(const uint8_t *src, const ptok *v, size_t i, size_t n)
{
    return i + 2 < n && v[i].tok == NUMBER && v[i + 1].tok == TEXT && v[i + 2].tok == NUMBER &&
           v[i].end == v[i + 1].start && v[i + 1].end == v[i + 2].start &&
           bld_mark_text(src, v[i + 1].start, v[i + 1].end);
}

/* Table 四's values [f, f + *n) one over its NV columns or more for marks
 * glued between two digits (0⇥0⇥0⇥1※2⇥0…, fifteen cells printed): such a
 * mark is never a cell of its own nor the end of one (stray76's rule for
 * a row's label, mark_inside_number), and split at it the line read
 * sixteen values (P009 at the mark, P006, the row lost). When every such
 * run read as one token makes the line exactly NV, each is one damaged
 * cell: digits, mark, digits, P046 and no cell (not_number), the other
 * cells in their columns. Else the values stay as they are; so too
 * when another reading fits fifteen: the last value or the first a bare
 * page number (bld_may_be_page_number) and a mark a footnote whose TAB
 * the copy lost (3※12: 3※ one cell, 12 the next), the line is NV values
 * and a page number as well; the text cannot tell the two (P009, P006,
 * no cell). */
static void appeals_marked_numbers(parse_ctx *ctx, size_t f, size_t *n, uint32_t end_at)
{
    enum { NV = XXGK_TPL_APPEALS_VALUES };
    ptok *v = ctx->vals.v + f;
    const uint8_t *src = ctx->doc->src;
    size_t runs = 0;
    for (size_t i = 0; i + 2 < *n; i++)
        if (marked_number_at(src, v, i, *n))
            runs++, i += 2;
    if (!runs || *n - 2 * runs != NV || bld_may_be_page_number(ctx, v, *n, end_at))
        return;
    size_t w = 0;
    for (size_t i = 0; i < *n; i++, w++) {
        v[w] = v[i];
        if (marked_number_at(src, v, i, *n)) {
            v[w].end = v[i + 2].end;
            v[w].not_number = true;
            i += 2;
        }
    }
    size_t after = ctx->vals.n - f - *n; /* the values past the row's, kept after it */
    memmove(v + w, v + *n, sizeof *v * after);
    ctx->vals.n -= *n - w;
    *n = w;
}

/* Table 四's line of values that fits its fifteen columns only by
 * reading two numbers with no delimiter between them (2(①)1: a mark
 * whose TAB the copy lost) as two cells: split so, as a row of 二 or 三
 * (finish_values), and flagged P027 on the pair, for the table has no
 * row sum that would check where the cut falls. */
static void appeals_two_numbers(parse_ctx *ctx, size_t f, size_t n)
{
    if (ctx->pagetext || n < 2)
        return; /* page text's glued digits: unglue.h */
    const ptok *shared = first_shared(ctx, f, n);
    if (!shared)
        shared = blank_row_shared(ctx, f, n);
    if (!shared || gap_delimits(ctx->doc->src, shared->end, shared[1].start))
        return; /* a blank between them (a PDF's cell '12 0'): two cells the line parts, no mark's cut */
    char buf[64];
    ptok two = *shared;
    two.end = shared[1].end;
    bld_text_of(ctx, &two, buf, sizeof buf);
    bld_doubt_row(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_CELL_TWO_NUMBERS, tok_span(&two), "行政复议、行政诉讼", buf),
                  values_span(ctx, f, n));
}

void bld_appeals_finish(parse_ctx *ctx, uint32_t end_at)
{
    enum { NV = XXGK_TPL_APPEALS_VALUES };
    size_t f, n;
    appeals_lead_blank(ctx);
    if (ctx->napp_words && bld_trans_appeals(ctx)) {
        bld_vals_clear(&ctx->vals); /* printed transposed: read so (P068), or P069 */
        return;
    }
    if (bld_edge_padding(&ctx->vals) && bld_full_width_row(ctx)) {
        bld_trim_full_width(&ctx->vals, NV, &f, &n);
        const ptok *blank = n <= NV ? bld_blank_last(ctx, f, n) : NULL;
        if (blank)
            bld_doubt_row(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_BLANK_LAST_CELL, tok_span(blank), "行政复议、行政诉讼"),
                          values_span(ctx, f, n)); /* as a row of 二 or 三's P023 (finish_values) */
    } else {
        bld_trim_padding(&ctx->vals, &f, &n);
    }
    if (ctx->extra_last.end)
        bld_extra_cell(ctx, XXGK_TABLE_APPEALS, XXGK_R_NONE, NV, f, &n, 0); /* …⇥0⇥4⇥无 under 备注: the remark's cell */
    bld_line_end_tab_padding(ctx, NULL, NV, f, &n); /* …⇥0⇥1⇥ ⏎ 3: the TAB pads */
    if (bld_appeals_words_among_values(ctx, n ? ctx->vals.v + f : NULL, n)) {
        bld_vals_clear(&ctx->vals); /* the header's words among the numbers (P137): no cell */
        return;
    }
    int grows[NV], gcols[NV];
    if (n > 0 && n < NV && bld_appeals_short_columns(ctx, ctx->vals.v + f, n, grows, gcols)) {
        bld_appeals_cells(ctx, grows, gcols, f, n); /* fewer columns, as the header prints them (P088) */
        ctx->tab->ncols_appeals = (int)n;
        bld_vals_clear(&ctx->vals);
        return;
    }
    if (!bld_appeals_columns(ctx, n ? ctx->vals.v + f : NULL, n, grows, gcols)) {
        bld_vals_clear(&ctx->vals); /* the header's order unread (P030): no cell */
        return;
    }
    if (n == NV + 1) /* a bare page number after (before) the values, P063 */
        bld_appeals_page_number(ctx, grows, gcols, NV, &f, &n, end_at);
    if (n > 0 && n < NV && unglue_defer(ctx, XXGK_TABLE_APPEALS, grows, gcols, NV, ctx->vals.v + f, n,
                               "行政复议、行政诉讼")) {
        bld_vals_clear(&ctx->vals);
        return;
    }
    if (n > NV)
        appeals_marked_numbers(ctx, f, &n, end_at);
    if (n > NV)
        appeals_text_ends_row(ctx, NV, f, &n);
    if (n > NV) {
        uint32_t joins = joined_cells(ctx, NULL, f, n, NV);
        if (joins && unglue_defer_joined(ctx, XXGK_TABLE_APPEALS, grows, gcols, NV, ctx->vals.v + f, n, joins,
                                         "行政复议、行政诉讼")) {
            bld_vals_clear(&ctx->vals);
            return;
        }
    }
    bld_appeals_cells(ctx, grows, gcols, f, n < NV ? n : NV);
    if (n == NV)
        appeals_two_numbers(ctx, f, n);
    if (n > NV) {
        const ptok *shared = first_shared(ctx, f, n);
        uint32_t first = first_unsure(ctx, shared ? shared : &ctx->vals.v[f], f, n);
        for (size_t k = 0; k < ctx->ncells; k++) {
            xxgk_cell *c = &ctx->cells[k];
            if (c->table != XXGK_TABLE_APPEALS)
                continue;
            c->row_overfull = true;
            if (c->span.start >= first) { /* as withhold_overfull */
                c->state = XXGK_CELL_EMPTY;
                c->value = (xxgk_dec){0, 0};
            }
        }
        bld_doubt_row(ctx,
                      xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_MANY_VALUES,
                                        tok_span(shared ? shared : &ctx->vals.v[f + NV]), NV + 1,
                                        "行政复议、行政诉讼", NV),
                      values_span(ctx, f, n));
    }
    else if (n > 0 && n < NV)
        bld_doubt_row(ctx,
                      xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, tok_span(&ctx->vals.v[f]),
                                        "行政复议、行政诉讼", (int)n, NV),
                      values_span(ctx, f, n));
    else if (n == 0) /* the header and no numbers: never a clean table */
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TABLE_NO_ROWS, bld_table_heading(ctx, ctx->tab), "四");
    bld_vals_clear(&ctx->vals);
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

/* The row template TMPL has due after the last one taken, not read yet,
 * else -1. */
static int due_row_of(parse_ctx *ctx, const xxgk_table *t, int tmpl)
{
    int rows[XXGK_R__COUNT];
    int due = next_in(rows, template_rows(t->id, tmpl, rows), ctx->last_row);
    return due >= 0 && !ctx->row_seen[due] ? due : -1;
}

/* order → row: the row the table's fixed order has due after the last one
 * taken; when the template is not known yet, only a row both templates have
 * due there. -1 when none is due (or it was read already). */
static int due_row(parse_ctx *ctx, const xxgk_table *t)
{
    int tmpl = bld_current_template(ctx);
    int due = due_row_of(ctx, t, tmpl ? tmpl : 2021);
    return !tmpl && due_row_of(ctx, t, 2019) != due ? -1 : due;
}

/* Does LABEL abbreviate the label of row DUE of table T in template
 * TMPL, and name no other row of T there (label_abbreviates: words left
 * out, a pair of characters only that row's label has)? */
static bool abbreviates_due_row(parse_ctx *ctx, const xxgk_table *t, const ptok *label, int due, int tmpl)
{
    int rows[XXGK_R__COUNT];
    int n = template_rows(t->id, tmpl, rows), at = -1;
    const char *labels[XXGK_R__COUNT];
    for (int i = 0; i < n; i++) {
        labels[i] = bld_row_label_text(ctx, rows[i], tmpl);
        if (rows[i] == due)
            at = i;
    }
    return label_abbreviates(ctx->doc->src + label->start, label->end - label->start, labels, n, at);
}

/* The template the report's title year implies (V306's form_of: 2021's
 * from 2021 on, 2019's for 2019 and 2020), 0 when the title names no year
 * from 2019 on (caption_year's reading: the first run of numerals
 * spelling one). */
static int title_year_template(const parse_ctx *ctx)
{
    const xxgk_report *r = ctx->report;
    if (!r || r->title_span.end <= r->title_span.start)
        return 0;
    const uint8_t *p = ctx->doc->src + r->title_span.start, *end = ctx->doc->src + r->title_span.end;
    while (p < end) {
        size_t run;
        int year = numeral_year(p, (size_t)(end - p), &run, 0);
        if (year >= 2008)
            return year < 2019 ? 0 : year >= 2021 ? 2021 : 2019;
        p += run ? run : 1;
    }
    return 0;
}

/* The row LABEL abbreviates, the one due there, else -1. A guess from an
 * abbreviation never decides the template: with the table's template not
 * known yet, the report's year (its title's) names it; with no year
 * either, the row either template has due, when the label names it in
 * that template's rows and not the other's row due (逾期不补正 after
 * （五）5.: 2021's （六）1., where 2019 has （六）其他处理; in a 2020
 * report it is 2019's table, where 逾期不补正 names no row due: P008). */
static int abbreviated_due_row(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    int tmpl = bld_current_template(ctx);
    if (!tmpl)
        tmpl = title_year_template(ctx);
    if (tmpl) {
        int due = due_row_of(ctx, t, tmpl);
        return due >= 0 && abbreviates_due_row(ctx, t, label, due, tmpl) ? due : -1;
    }
    int d21 = due_row_of(ctx, t, 2021), d19 = due_row_of(ctx, t, 2019);
    bool a21 = d21 >= 0 && abbreviates_due_row(ctx, t, label, d21, 2021);
    bool a19 = d19 >= 0 && d19 != d21 && abbreviates_due_row(ctx, t, label, d19, 2019);
    return a21 == a19 ? -1 : a21 ? d21 : d19;
}

/* Does a digit stand before LABEL on its line, blanks aside (…⇥15⇥上年结转申请:
 * words in a cell after a row's values)? */
static bool after_value_on_line(const parse_ctx *ctx, const ptok *label)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t at = label->start;
    while (at > 0 && (src[at - 1] == ' ' || src[at - 1] == '\t'))
        at--;
    return at > 0 && src[at - 1] >= '0' && src[at - 1] <= '9';
}

/* Do LABEL and the first words of the next line, joined, print TMPL (or a
 * near variant of it: label_near)? Then the label is TMPL cut by a line
 * wrap (1.属于国⇥0… over 家秘密), not printed short: a wrap is no
 * abbreviation (grammar.md), so no P138. */
static bool wrap_completes_label(const parse_ctx *ctx, const ptok *label, const char *tmpl)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, at = label->end, n = label->end - label->start;
    uint8_t joined[192];
    if (n >= sizeof joined / 2)
        return false;
    while (at < len && src[at] != '\n')
        at++;
    while (at < len && (src[at] == '\n' || src[at] == '\r' || src[at] == ' ' || src[at] == '\t'))
        at++; /* the next line's first words, its blanks before them aside */
    uint32_t we = at;
    while (we < len && we - at < sizeof joined - n && src[we] != '\t' && src[we] != ' ' && src[we] != '\r' &&
           src[we] != '\n' && !(src[we] >= '0' && src[we] <= '9'))
        we++;
    if (we == at || we - at >= sizeof joined - n)
        return false;
    memcpy(joined, src + label->start, n);
    memcpy(joined + n, src + at, we - at);
    return label_near(joined, n + (we - at), tmpl);
}

/* row label → row: an unknown label close to the template's label of the
 * row due here is that row, said with P025; one that leaves words of it
 * out and names it alone (本年新收申请数量) is, said with P138. A label
 * naming another row than the one due, or two rows, or none, is no row's
 * (P008 at unknown_row_end). */
static int near_due_row(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    int due = due_row(ctx, t);
    char buf[96];
    if (due >= 0) {
        const char *tmpl = bld_row_label_text(ctx, due, bld_current_template(ctx));
        if (label_near(ctx->doc->src + label->start, label->end - label->start, tmpl)) {
            bld_text_of(ctx, label, buf, sizeof buf);
            xxgk_doc_add_diag(ctx->doc, XXGK_P_NEAR_ROW_LABEL, tok_span(label), buf, tmpl);
            return due;
        }
    }
    if (after_value_on_line(ctx, label))
        return -1; /* words after a row's values (a 备注 cell): no row's place */
    due = abbreviated_due_row(ctx, t, label);
    if (due < 0)
        return -1;
    if (wrap_completes_label(ctx, label, bld_row_label_text(ctx, due, bld_current_template(ctx))))
        return due; /* a wrap: the row due, said by its whole label */
    bld_text_of(ctx, label, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_ABBREV_ROW_LABEL, tok_span(label), buf, bld_row_name(ctx, due));
    return due;
}

/* row label (unit) → unit: the unit of money the fee row's label states
 * (行政事业性收费（元）⇥125000, the filter's row_unit_after) is the unit
 * of its numbers that print none, over the header's and the unit line's;
 * one that disagrees with either is P028 and those numbers get no cell
 * (which one holds cannot be read), one naming no exact amount P029. A
 * count's unit over counts (行政许可（件）) is theirs: nothing to keep; a
 * unit that is not the clause's columns' kind is P009 (row_unit_after). */
static __attribute__((noinline)) void row_label_unit(parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src, *word;
    uint32_t at = t->end, len = (uint32_t)ctx->doc->len;
    while (at < len && src[at] == ' ')
        at++;
    size_t wlen, slen;
    int u = unit_after_label(src + at, src + (len - at > UNIT_STMT_MAX ? at + UNIT_STMT_MAX : len), &word,
                             &wlen, &slen);
    xxgk_span w = span_of((uint32_t)(word - src), (uint32_t)(word - src + wlen));
    int money = -1; /* the clause's column of money, -1 for none */
    for (int i = 0; i < ctx->ncols && i < 8 && money < 0; i++)
        if (xxgk_tpl_col_kind(ctx->cols[i]) == XXGK_COL_MONEY)
            money = i;
    if (ctx->ncols > 0 && (u == UNIT_COUNT) == (money >= 0)) {
        /* a count's unit over money (行政事业性收费（件） of 2021): its
         * number in no unit that can be read, no cell; a unit of money over
         * counts (2019's fee row, 上一年项目数量): words that say nothing */
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s", (int)(slen < 60 ? slen : 60), (const char *)src + at);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, span_of(at, at + (uint32_t)slen), buf,
                          bld_row_name(ctx, t->key));
        ctx->row_unit = money >= 0 ? UNIT_INEXACT : XXGK_UNIT_NONE;
        return;
    }
    if (u == UNIT_COUNT)
        return;
    if (u == UNIT_INEXACT) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s", (int)(wlen < 60 ? wlen : 60), (const char *)word);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT, w, buf);
        ctx->row_unit = UNIT_INEXACT;
        return;
    }
    int header = money >= 0 ? ctx->col_units[money] : XXGK_UNIT_NONE;
    if (header == UNIT_INEXACT || ctx->line_unit == UNIT_INEXACT) {
        /* the column's unit is refused already (P028 or P029 said): a
         * third statement does not make it one, no cell */
        ctx->row_unit = UNIT_INEXACT;
        return;
    }
    /* against the header's and the unit line's both; one P028 is enough */
    if (bld_units_disagree(ctx, u, w, header, ctx->unit_stmt) ||
        bld_units_disagree(ctx, u, w, ctx->line_unit, ctx->line_unit_at)) {
        ctx->row_unit = UNIT_INEXACT;
        return;
    }
    ctx->row_unit = ctx->fee_row_unit = (uint8_t)u;
    ctx->fee_row_unit_at = w;
}

void b_row_begin(parse_ctx *ctx, const ptok *t)
{
    bld_signoff_in_table(ctx, t->start);
    ctx->row_unit = XXGK_UNIT_NONE;
    if (__builtin_expect(t->unit_printed, 0))
        row_label_unit(ctx, t);
    bld_grid_see(ctx, t->start);
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = t->key;
    ctx->row_tok = *t;
    bld_vals_clear(&ctx->vals);
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
    const char *tmpl = bld_row_label_text(ctx, row, bld_current_template(ctx));
    ptok whole = ctx->row_tok;
    whole.end = t->end;
    if (!label_near(ctx->doc->src + whole.start, whole.end - whole.start, tmpl))
        return false;
    char buf[96];
    bld_text_of(ctx, &whole, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_NEAR_ROW_LABEL, tok_span(&whole), buf, tmpl);
    ctx->row_seen[row] = false; /* taken again, with its numbers */
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = row;
    ctx->row_tok = whole;
    ctx->resumed_row = true;
    bld_vals_clear(&ctx->vals);
    return true;
}

/* label NEWLINE count_unit_line NEWLINE value+ : a count unit line
 * (单位：件, （单位：件）) after a row label that has no value yet is the
 * table's language, never a row label of its own (P008 '单位：件'): the
 * label goes on silently and the numbers after the unit are its values.
 * So does a bracketed money unit there in table 二 (行政事业性收费 ⏎
 * （万元）⇥96171.6: a label wrapped before its unit), the unit then the
 * row's as if printed after the label (row_label_unit: P028 when it
 * disagrees). After a value the unit settles nothing (the short row stays
 * short). */
static bool resume_past_count_unit(parse_ctx *ctx, const ptok *t)
{
    const struct short_row *sr = &ctx->short_row;
    const uint8_t *src = ctx->doc->src, *word;
    size_t wlen;
    if (sr->n != 0)
        return false;
    bool count = count_unit_line(src + t->start, src + t->end);
    if (!count) {
        /* the builder's table (ctx->tab): the filter's may be the next one */
        int u = ctx->tab && ctx->tab->id == XXGK_TABLE_PROACTIVE ? unit_statement_whole(src + t->start, src + t->end, &word, &wlen)
                                                    : XXGK_UNIT_NONE;
        uint32_t b = t->start;
        while (b > 0 && (src[b - 1] == ' ' || src[b - 1] == '\t'))
            b--;
        if (u == XXGK_UNIT_NONE || u == UNIT_COUNT || (b > 0 && src[b - 1] != '\n') ||
            (src[t->start] != '(' && src[t->start] != 0xEF && src[t->start] != '['))
            return false; /* bracketed, first on its line: （万元） (0xEF opens （ ［ 【 as UTF-8) */
    }
    ctx->row_seen[sr->row] = false; /* taken again, with its numbers */
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = sr->row;
    ctx->resumed_row = true; /* its label recorded once, already */
    bld_vals_clear(&ctx->vals);
    if (!count) {
        ptok label = *t; /* the unit as if right after the label */
        label.end = t->start;
        label.key = sr->row;
        ctx->row_unit = XXGK_UNIT_NONE;
        row_label_unit(ctx, &label);
    }
    return true;
}

/* A word T that is a cell of a TAB line: a TAB before it and a TAB or
 * the line's end after it (blanks aside). */
static bool tab_cell(const parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t a = t->start, e = t->end;
    while (a > 0 && src[a - 1] == ' ')
        a--;
    while (e < ctx->doc->len && src[e] == ' ')
        e++;
    return a > 0 && src[a - 1] == '\t' &&
           (e >= ctx->doc->len || src[e] == '\t' || src[e] == '\n' || src[e] == '\r');
}

/* Is the character CP one of a word's (a letter, a digit, a CJK
 * ideograph, in either width) or a blank? */
static bool word_or_blank_cp(uint32_t cp)
{
    bool ascii = (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    bool wide = (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    return cp <= ' ' || cp == 0x00A0 || cp == 0x3000 || ascii || wide || mt_cjk(cp) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Is the text S..E a mark: a few characters, none a word's nor a blank
 * (※, ①, ¹, †, 】, #; a word, 396至3181, is unglue_word_inside's)?
 * P100 names one so (unglue_rows.c). */
bool bld_mark_text(const uint8_t *src, uint32_t s, uint32_t e)
{
    enum { MARK_MAX = 4 };
    int chars = 0;
    for (uint32_t i = s; i < e; chars++) {
        uint32_t cp = 0;
        int l = utf8_decode(src + i, e - i, &cp);
        if (l <= 0 || chars == MARK_MAX || word_or_blank_cp(cp))
            return false;
        i += (uint32_t)l;
    }
    return chars > 0;
}

/* Is T a mark inside a number (1※4, 1①4, 1¹4): right after the last
 * cell's last digit, a digit right after it? */
static bool mark_inside_number(const parse_ctx *ctx, const ptok *t)
{
    const xxgk_cell *c = ctx->ncells ? &ctx->cells[ctx->ncells - 1] : NULL;
    uint32_t e = t->end, cp = 0;
    if (!c || c->state != XXGK_CELL_VALUE || c->span.end != t->start || e >= ctx->doc->len ||
        utf8_decode(ctx->doc->src + e, ctx->doc->len - e, &cp) <= 0 ||
        !((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)))
        return false;
    return bld_mark_text(ctx->doc->src, t->start, e);
}

/* The last cell, whose digits run on through a mark into FIRST (1※4),
 * taken back and the run told as a glued token (P046): what was printed
 * cannot be known. Its row. */
static int withhold_marked_cell(parse_ctx *ctx, const ptok *first)
{
    const xxgk_cell *c = &ctx->cells[ctx->ncells - 1];
    ptok run = *first;
    run.start = c->span.start;
    int row = c->row;
    bld_unmake_cell(ctx, ctx->ncells - 1);
    bld_letter_in_number(ctx, &run, row);
    return row;
}

/* 行政许可 | 暂无 : text on the short row's last line (not a sentence of
 * prose) stands where the number should be (P009). A word that is a cell
 * of a TAB row keeps its own column (spent_col, the one after the row's
 * values so far): the values after it on the line go on in the columns
 * after it when they fill them exactly (spent_row_end); else, and for
 * other text, they go to no row (P013). */
static bool text_for_number(parse_ctx *ctx, const ptok *t)
{
    const struct short_row *sr = &ctx->short_row;
    if (t->start >= sr->line_end || t->text == TEXT_TABLE_PROSE)
        return false;
    char buf[96];
    if (sr->n == 0 && ctx->trans.n)
        bld_trans_see_words(ctx, tok_span(t), 0); /* words among a header's labels */
    /* a mark inside a number: told at the row's end, which knows the
       values after it (spent_mark_cells) */
    ctx->spent_mark = mark_inside_number(ctx, t);
    if (!ctx->spent_mark) {
        bld_text_of(ctx, t, buf, sizeof buf);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(t), buf, bld_row_name(ctx, sr->row));
    }
    ctx->row.kind = ROW_SPENT;
    ctx->spent_row = sr->row;
    ctx->spent_col = tab_cell(ctx, t) && sr->n < sr->ncols ? sr->n + 1 : -1;
    ctx->row_tok = *t;
    bld_vals_clear(&ctx->vals);
    return true;
}

/* The one decision on a row short of values (finish_values keeps it
 * pending): what follows the row says why it is short.
 *   short row, TEXT glued to its bare label, near the template's: the label
 *     goes on (P025, resume_glued_row);
 *   no value yet, TEXT a count unit line (单位：件): the label goes on,
 *     silently (resume_past_count_unit);
 *   short row, TEXT on its last line: text where a number should be (P009);
 *   short row, anything else (TEXT NULL): too few values (P007).
 * Reached by construction: b_row_end settles it unless the parser's
 * lookahead is TEXT, which then begins a row (b_unknown_row_begin) or, after
 * a syntax error, never does (the table's end). Returns true when TEXT was
 * taken (resumed or spent). */
static inline bool settle_short(parse_ctx *ctx, const ptok *text)
{
    struct short_row *sr = &ctx->short_row;
    if (!sr->pending)
        return false;
    sr->pending = false;
    if (text && (resume_glued_row(ctx, text) || resume_past_count_unit(ctx, text) || text_for_number(ctx, text)))
        return true;
    bld_doubt_row(ctx,
                  xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, sr->at, bld_row_name(ctx, sr->row), sr->n,
                                    sr->ncols),
                  sr->values);
    return false;
}

/* The bare rows kept aside first (their P007, stack_bare_row), then the
 * short row. */
bool bld_settle_short_row(parse_ctx *ctx, const ptok *text)
{
    if (ctx->bare.n)
        flush_bare_rows(ctx);
    return settle_short(ctx, text);
}

static bool row_remark(parse_ctx *ctx, int table, const ptok *t, uint32_t end);

/* Two or more numbers apart (digit runs parted by other text) after T on
 * its line (其他文件 5 6 7): a row's, no remark's (含备案 12 件 holds one). */
static bool numbers_follow(const parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t end = xxgk_doc_line(ctx->doc, t->start).end;
    int runs = 0;
    bool in_run = false;
    for (uint32_t i = t->end; i < end && runs < 2;) {
        uint32_t w = src[i] == 0xEF ? 3 : 1; /* ０-９ are three bytes */
        bool digit = bld_digits_in(src, i, i + w > end ? end : i + w);
        runs += digit && !in_run;
        in_run = digit;
        i += w;
    }
    return runs >= 2;
}

void b_unknown_row_begin(parse_ctx *ctx, const ptok *t)
{
    /* 规章⇥3⇥27⇥含备案 under 备注: the short row's remark, its P007 as
       with 无, never text in a value's place (P009); 其他文件 5 6 7 there
       is text in a value's place as before */
    bool remark = __builtin_expect(ctx->extra_last.end != 0, 0) && ctx->short_row.pending && ctx->tab &&
                  !numbers_follow(ctx, t) && row_remark(ctx, ctx->tab->id, t, t->end);
    if (bld_settle_short_row(ctx, remark ? NULL : t))
        return;
    ctx->row.kind = ROW_UNKNOWN;
    ctx->row_unit = XXGK_UNIT_NONE;
    ctx->row_tok = *t;
    bld_vals_clear(&ctx->vals);
}

/* A digit (0-9, ０-９) in [s, e). */
bool bld_digits_in(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e; i++)
        if ((src[i] >= '0' && src[i] <= '9') ||
            (src[i] == 0xEF && i + 2 < e && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99))
            return true;
    return false;
}

/* The values of table 四's row so far, blank padding at its edges not
 * counted (a TAB layout's empty cells before the first number). An empty
 * cell of a page or a document (<td></td>, a w:tc: cells_delimited) is
 * printed there, a real cell, and counts. */
static size_t appeals_values_so_far(const parse_ctx *ctx, const cellbuf *b)
{
    size_t f = 0, n = b->n;
    if (ctx->cells_delimited)
        return n;
    while (f < n && b->v[f].tok == EMPTY && !b->v[f].printed)
        f++;
    while (n > f && b->v[n - 1].tok == EMPTY && !b->v[n - 1].printed)
        n--;
    return n - f;
}

/* T the only text of its line (spaces and TABs aside): a line between
 * lines of values (a 3×5 grid's, a wrapped row's, one value a line), no
 * cell among them. */
static bool line_blank_byte(uint8_t c) { return c == ' ' || c == '\t' || c == '\r'; }
/* The walks go out from T and stop at the first other text: the blanks
 * next to T only, never the whole line (asked for every word of table
 * 四's row: a line of thousands of words cut from a title walked whole
 * per word was quadratic, issue 16). */
static bool alone_on_line(const parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src;
    xxgk_span l = xxgk_doc_line(ctx->doc, t->start);
    uint32_t b = t->start, e = t->end;
    while (b > l.start && line_blank_byte(src[b - 1]))
        b--;
    if (b > l.start)
        return false;
    while (e < l.end && line_blank_byte(src[e]))
        e++;
    return e >= l.end;
}

/* The last cell the row's values print (a number, 无, －), none: NULL. */
static const ptok *last_printed(const cellbuf *b)
{
    for (size_t i = b->n; i-- > 0;)
        if (b->v[i].tok == NUMBER || (b->v[i].tok == EMPTY && b->v[i].printed))
            return &b->v[i];
    return NULL;
}

/* Is T, text alone on its line without a digit, on the line right under
 * the last remark's (remark_line_end): that remark wrapped? A line that
 * opens with a heading's numeral (五、存在的主要问题, （一）) opens a
 * section, never a remark's wrap. */
static bool remark_wrap(const parse_ctx *ctx, const ptok *t)
{
    xxgk_span line = xxgk_doc_line(ctx->doc, t->start);
    const uint8_t *after;
    return ctx->remark_line_end && line.start > 0 &&
           xxgk_doc_line(ctx->doc, line.start - 1).end == ctx->remark_line_end && alone_on_line(ctx, t) &&
           !bld_digits_in(ctx->doc->src, t->start, t->end) &&
           !lex_section_numeral(ctx->doc->src + line.start, ctx->doc->src + line.end, &after);
}

/* Under TABLE's remark column (P133), is the text T, with the numbers
 * read after it ending at END (含3件's 3; T's end with none), the remark
 * of the row read last: after the row's values (remark_from) on their
 * line, its numbers on that line with no TAB between (a TAB makes them
 * cells of their own), or that remark's wrap (remark_wrap)? Text with two
 * or more numbers after it is a row's label (unknown_row_remark). Taken so: the
 * remark column's cell, text, no P019 nor P008; its numbers no cell. */
static bool row_remark(parse_ctx *ctx, int table, const ptok *t, uint32_t end)
{
    if (!ctx->remark_from || !bld_extra_current(ctx, table))
        return false;
    const uint8_t *src = ctx->doc->src;
    bool after_values = t->start >= ctx->remark_from && doc_same_line(ctx->doc, ctx->remark_from, t->start) &&
                        doc_same_line(ctx->doc, t->start, end) && !memchr(src + t->end, '\t', end - t->end);
    if (!after_values && (end != t->end || !remark_wrap(ctx, t)))
        return false;
    if (after_values) /* a wrap keeps its remark's line: one wrap line, the next is read as without it */
        ctx->remark_line_end = xxgk_doc_line(ctx->doc, t->start).end;
    bld_keep_remark(ctx, ctx->remark_row, t->start);
    return true;
}

/* Does a cell start at I: a digit in its first character (0-9, ０-９), or
 * a mark printed in a cell's place (—, －, ／, 无, 無)? */
static bool cell_starts(const uint8_t *src, uint32_t i, uint32_t len)
{
    static const char *const marks[] = {"—", "－", "／", "无", "無"};
    if (bld_digits_in(src, i, len - i < 3 ? len : i + 3))
        return true;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (len - i >= 3 && memcmp(src + i, marks[k], 3) == 0)
            return true;
    return false;
}

/* Does the line after the one ending at LINE_END go on with a row: it
 * starts with a cell (cell_starts), or a page turns there (a form feed)
 * and the line after the page's line does? */
static bool row_goes_on(const xxgk_doc *doc, uint32_t line_end)
{
    const uint8_t *src = doc->src;
    uint32_t i = line_end, len = (uint32_t)doc->len;
    bool page = false;
    for (int lines = 0; lines < 2; lines++) {
        while (i < len && (line_blank_byte(src[i]) || src[i] == '\n' || src[i] == '\f'))
            page |= src[i++] == '\f';
        if (i >= len)
            return false;
        if (cell_starts(src, i, len))
            return true;
        if (!page)
            return false;
        i = xxgk_doc_line(doc, i).end; /* the page's line (- 3 -, 第3页): the row resumes after it */
        page = false;
    }
    return false;
}

/* Table 四: is the text T after the row's values so far (SO_FAR of
 * them) on the line of the last, no digit from it to the line's end, the
 * row's remark under the header's remark column (row_remark), or its
 * wrap? With fewer than fifteen values the row must end there too: the
 * next line starts with no digit (a row printed over lines goes on). */
static bool appeals_remark(parse_ctx *ctx, const ptok *t, size_t so_far)
{
    enum { NV = XXGK_TPL_APPEALS_VALUES };
    if (!bld_extra_current(ctx, XXGK_TABLE_APPEALS))
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t line_end = xxgk_doc_line(ctx->doc, t->start).end;
    if (remark_wrap(ctx, t)) {
        bld_keep_remark(ctx, XXGK_R_NONE, t->start);
        return true; /* its remark's line kept: one wrap line only */
    }
    const ptok *last = so_far ? last_printed(&ctx->vals) : NULL;
    if (!last || last->end > t->start || !doc_same_line(ctx->doc, last->end, t->start) ||
        bld_digits_in(src, t->start, line_end))
        return false;
    if (so_far < NV && row_goes_on(ctx->doc, line_end))
        return false; /* the row goes on under it: text mid-row, P009 as before */
    ctx->remark_line_end = line_end;
    bld_keep_remark(ctx, XXGK_R_NONE, t->start);
    return true;
}

/* table 四 row: value{15} ; a value is a number or a blank cell.
 * Text is no value of the row where it states no number:
 *   a unit statement of counts (（单位：件）, 單位：件) at the row's edges,
 *     before its first value or after its fifteenth, or on a line of its
 *     own between lines of values: the table's language, taken silently as
 *     in tables 二 and 三; a cell between values on their line stands where
 *     a number is due (72	64	单位：件	37…: P009, the cells after it kept
 *     in place);
 *   text ending a line of five numbers after a line labelled by a group's
 *     word after its numbers (…⇥8⇥直接起诉): that line's label
 *     (bld_appeals_text_label_after), no value;
 *   other text once the row has exactly its fifteen values, no digit in it
 *     nor after it on its line (注：无, 数据来源：…, the sign-off of a report
 *     that ends here): text in the table (P019), told for the first such
 *     line; such lines after it are the prose after the table (a section's
 *     heading lost, 存在的主要问题及改进情况：…): paragraphs, one P002 for
 *     the heading rather than a P019 a line.
 * Other text among fewer values stays in the place of a number (P009): a
 * row of fourteen numbers and a word is short, not complete; a note with
 * digits (注：其中2件…) and words after a 16th value stay as they were read.
 * Returns true when T was taken so. */
static bool appeals_text_no_value(parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src;
    size_t so_far = appeals_values_so_far(ctx, &ctx->vals);
    if (so_far == 0 && bld_appeals_extra_column(ctx, tok_span(t)))
        return true; /* 备注 after the header's last result: a column of text (P133) */
    if (__builtin_expect(ctx->extra_last.end != 0, 0) && appeals_remark(ctx, t, so_far))
        return true; /* …⇥0⇥4⇥含复议 under 备注: the row's remark */
    if (bld_appeals_text_label_after(ctx, t, so_far))
        return true; /* …⇥8⇥直接起诉 after 行政复议's line labelled so: a line's label */
    if ((so_far == 0 || so_far >= XXGK_TPL_APPEALS_VALUES || alone_on_line(ctx, t)) &&
        count_unit_line(src + t->start, src + t->end))
        return true;
    uint32_t line_end = xxgk_doc_line(ctx->doc, t->start).end;
    /* the line's first such text found no digit from it to the line's
     * end (appeals_text_end is that line's end): none after this one
     * either, and the line is not walked again per word (a line of
     * thousands of words after the fifteen values was quadratic) */
    bool no_digit_after = ctx->appeals_text_end == line_end && line_end;
    if (so_far != XXGK_TPL_APPEALS_VALUES || (!no_digit_after && bld_digits_in(src, t->start, line_end)))
        return false;
    if (ctx->appeals_text_end && t->start >= ctx->appeals_text_end) {
        /* a later line: the table has ended (its lost heading's P002) */
        bld_add_block(ctx, XXGK_B_PARAGRAPH, tok_span(t));
        return true;
    }
    if (!ctx->appeals_text_end)
        ctx->appeals_text_end = line_end;
    char buf[96];
    bld_text_of(ctx, t, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_IN_TABLE, tok_span(t), buf, "四");
    return true;
}

static bool signoff_line_in_table(parse_ctx *ctx, const xxgk_table *t, const ptok *label);

/* A row's values keep a bounded part of a run of empty cells. The widest
 * row of the template has 15 values, so a run of hundreds of blanks only
 * puts whatever follows past the row's columns, as any longer run would.
 * When the array is full and its last VALS_BLANK_RUN values are blanks,
 * the blanks between the run's first VALS_BLANK_HEAD and its last
 * VALS_BLANK_TAIL are dropped (seen by the TAB grid, not kept): the run's
 * ends stay as the report has them (a row read from its end finds its last
 * cells in their places), and a line of millions of TABs holds a bounded
 * array (issue 16: a 4 MB line of ` \t` runs held 140 MB). Asked only when
 * the array is full, each time dropping more than a hundred blanks: a few
 * reads a blank. */
enum { VALS_BLANK_RUN = 256, VALS_BLANK_HEAD = 128, VALS_BLANK_TAIL = 16 };

/* Drop the middle of a trailing run of VALS_BLANK_RUN blanks; true when
 * there was such a run (the array has room again). */
static bool vals_blank_run_cut(cellbuf *b)
{
    if (b->n < VALS_BLANK_RUN)
        return false;
    size_t from = b->n - VALS_BLANK_RUN;
    for (size_t i = from; i < b->n; i++)
        if (b->v[i].tok != EMPTY)
            return false;
    size_t cut = from + VALS_BLANK_HEAD, tail = b->n - VALS_BLANK_TAIL;
    memmove(b->v + cut, b->v + tail, VALS_BLANK_TAIL * sizeof *b->v);
    bld_vals_cut(b, cut + VALS_BLANK_TAIL);
    return true;
}

/* A row keeps at most VALS_MAX values: all three tables hold about 200
 * numbers, so a row read past VALS_MAX is long past its columns (P006 told
 * at its first value past them). Further numbers and blanks take the place
 * of the last one kept, so the row still ends where the report's row ends
 * (its finding's range): a line of a million cells holds a bounded array,
 * not 52 bytes a cell. A row of words among its numbers, full, drops its
 * middle: its first VALS_KEEP_HEAD values and its last VALS_KEEP_TAIL stay
 * as the report has them (a row read from its end finds its last cells,
 * words and all, in their places; P009 names words in a column's place,
 * far before), the numbers dropped counted (vals_past_numbers). Kept
 * whole, 50,000 words among table 四's numbers grew the row to 5.2 MB for
 * a 0.46 MB file (docs/performance.md, seventy-fifth pass). */
enum { VALS_MAX = 4096, VALS_KEEP_HEAD = 3072, VALS_KEEP_TAIL = 64 };

/* The numbers of the row not kept (vals_past_max, vals_middle_cut):
 * counted for the row whose first value is the array's first (a new row's
 * starts elsewhere). */
static size_t vals_past_numbers(const cellbuf *b)
{
    return b->n >= VALS_KEEP_HEAD + VALS_KEEP_TAIL && b->v[0].start == b->past_first ? b->past : 0;
}

/* The full row's values between its first VALS_KEEP_HEAD and its last
 * VALS_KEEP_TAIL dropped, their numbers counted: room for a thousand more
 * for a move of VALS_KEEP_TAIL. */
static void vals_middle_cut(cellbuf *b)
{
    size_t past = vals_past_numbers(b), tail = b->n - VALS_KEEP_TAIL;
    for (size_t i = VALS_KEEP_HEAD; i < tail; i++)
        past += b->v[i].tok == NUMBER;
    b->past = past;
    b->past_first = b->v[0].start;
    memmove(b->v + VALS_KEEP_HEAD, b->v + tail, VALS_KEEP_TAIL * sizeof *b->v);
    if (b->counted > VALS_KEEP_HEAD) /* a count over places now holding the tail: made again */
        bld_vals_rewritten(b);
    bld_vals_cut(b, VALS_KEEP_HEAD + VALS_KEEP_TAIL);
}

/* T not kept past VALS_MAX: it stands in the last value's place (a number
 * it replaces counted, for the messages that count the row's numbers); a
 * word, or a value after one, is kept after the row's middle is dropped
 * (false: T is to be pushed) */
static bool vals_past_max(cellbuf *b, int tok, const ptok *t)
{
    if (b->lent || b->n < VALS_MAX || b->n < b->cap)
        return false;
    if (tok == TEXT || b->v[b->n - 1].tok == TEXT) {
        vals_middle_cut(b);
        return false;
    }
    size_t past = vals_past_numbers(b);
    b->past = past + (b->v[b->n - 1].tok == NUMBER);
    b->past_first = b->v[0].start;
    if (b->counted == b->n) { /* the last value counted: its count undone */
        b->counted--;
        b->numbers -= b->v[b->n - 1].tok == NUMBER;
    }
    b->v[b->n - 1] = *t;
    b->v[b->n - 1].tok = tok;
    return true;
}

static void __attribute__((noinline)) value_in_full(parse_ctx *ctx, int tok, const ptok *t)
{
    if (tok == TEXT && ctx->tab &&
        (t->text == TEXT_TABLE_PROSE ||
         (ctx->tab->id == XXGK_TABLE_APPEALS && numbers_in(&ctx->vals) < XXGK_TPL_APPEALS_VALUES)) &&
        signoff_line_in_table(ctx, ctx->tab, t))
        return; /* a sign-off's line before table 四's numbers or inside its row (short of its
                 * columns): P090 if they follow */
    if (tok == TEXT && t->text == TEXT_TABLE_PROSE) {
        /* a sentence among table 四's numbers: prose, not a value */
        bld_add_block(ctx, XXGK_B_PARAGRAPH, tok_span(t));
        return;
    }
    if (tok == TEXT && ctx->tab && ctx->tab->id == XXGK_TABLE_APPEALS && appeals_text_no_value(ctx, t))
        return;
    bld_grid_see(ctx, t->start);
    if (tok == EMPTY && !ctx->vals.lent && ctx->vals.n >= ctx->vals.cap)
        (void)vals_blank_run_cut(&ctx->vals); /* a long run of blanks: its middle dropped */
    if (vals_past_max(&ctx->vals, tok, t))
        return;
    bld_vals_push(ctx, t, tok);
}

/* A value of the row (every cell of a table comes here). When the row's
 * values and the grid's pending places have room, as they nearly always
 * do, it is kept with no call, so the common path needs no stack frame;
 * else value_in_full (a sentence of prose, an array to grow, the grid's
 * places to count first). */
void b_value(parse_ctx *ctx, int tok, const ptok *t)
{
    cellbuf *b = &ctx->vals;
    if (tok != TEXT)
        bld_signoff_in_table(ctx, t->start);
    if (tok == TEXT || ctx->ngrid_pending == GRID_PENDING || b->n >= b->cap) {
        value_in_full(ctx, tok, t);
        return;
    }
    ctx->grid_pending[ctx->ngrid_pending++] = t->start;
    b->v[b->n] = *t;
    b->v[b->n].tok = tok;
    b->n++;
}

/* A run of values (NUMBER and EMPTY tokens, each of its own kind: a run
 * of cells of parser.y), as b_value takes them one by one: when the row's
 * values and the grid's pending places have room for all of them, their
 * places are noted and the tokens copied at once. */
bool bld_vals_own(parse_ctx *ctx)
{
    cellbuf *b = &ctx->vals;
    if (!b->lent)
        return true;
    const ptok *lent = b->v;
    b->v = b->spare;
    b->cap = b->sparecap;
    b->spare = NULL;
    b->sparecap = 0;
    b->lent = false;
    if (!b->n)
        return true;
    if (!bld_grow(ctx, &b->v, b->n - 1, &b->cap, sizeof *b->v)) {
        bld_vals_clear(b);
        return false;
    }
    for (size_t i = 0; i < b->n; i++)
        b->v[i] = lent[i];
    return true;
}

void b_row_values(parse_ctx *ctx, const ptok *v, size_t n)
{
    cellbuf *b = &ctx->vals;
    if (!n)
        return; /* a row of a run of rows may have no cell */
    bld_signoff_in_table(ctx, v[0].start);
    bld_signoff_in_table(ctx, v[n - 1].start); /* a run past a page number's line */
    if (b->n || ctx->ngrid_pending + n > GRID_PENDING) {
        b_values(ctx, v, n);
        return;
    }
    if (!bld_grid_idle(ctx)) {
        uint32_t *at = ctx->grid_pending + ctx->ngrid_pending;
        for (size_t i = 0; i < n; i++)
            at[i] = v[i].start;
        ctx->ngrid_pending += (int)n;
    }
    if (!b->lent) {
        b->spare = b->v;
        b->sparecap = b->cap;
        b->cap = 0;
        b->lent = true;
    }
    b->v = (ptok *)v; /* lent: never written through (bld_vals_own first) */
    b->n = n; /* from none: counted at the first ask (numbers_in) */
}

void b_values(parse_ctx *ctx, const ptok *v, size_t n)
{
    cellbuf *b = &ctx->vals;
    if (!n)
        return; /* a row of a run of rows may have no cell */
    bld_signoff_in_table(ctx, v[0].start);
    bld_signoff_in_table(ctx, v[n - 1].start); /* a run past a page number's line */
    if (b->lent && !bld_vals_own(ctx))
        return;
    if (ctx->ngrid_pending + n > GRID_PENDING || b->cap - b->n < n) {
        for (size_t i = 0; i < n; i++)
            b_value(ctx, v[i].tok, &v[i]);
        return;
    }
    /* one pass: a run is a few cells (five on average), for which the
     * call to memcpy cost as much as the copy */
    uint32_t *at = ctx->grid_pending + ctx->ngrid_pending;
    ptok *to = b->v + b->n;
    for (size_t i = 0; i < n; i++) {
        at[i] = v[i].start;
        to[i] = v[i];
    }
    ctx->ngrid_pending += (int)n;
    b->n += n;
}

void b_stray_begin(parse_ctx *ctx) { bld_vals_clear(&ctx->vals); }

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
    if (table == XXGK_TABLE_REQUESTS && ctx->subtotal_group && numbers && bld_subtotal_values(ctx))
        numbers = 0; /* a group's subtotal (P087) */
    else if (table == XXGK_TABLE_REQUESTS && ctx->trans.n && bld_trans_values(ctx, numbers))
        numbers = 0; /* a row of a table printed transposed */
    else if (table == XXGK_TABLE_PROACTIVE && ctx->ptrans.n && bld_ptrans_values(ctx, numbers))
        numbers = 0; /* a row of a clause printed transposed */
    if (numbers) /* with the numbers past VALS_MAX not kept (asked here, not for each stray row) */
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(first),
                          numbers + (int)vals_past_numbers(&ctx->vals), bld_table_numeral(table));
    ctx->subtotal_group = NULL;
    bld_vals_clear(&ctx->vals);
}

void b_appeals_values_begin(parse_ctx *ctx)
{
    bld_vals_clear(&ctx->vals);
    ctx->appeals_text_end = 0;
}

/* Numbers among the row's values: those past the ones counted at the
 * last ask counted now (cellbuf.counted), so a row asked once a word
 * walks each value once. */
static int numbers_in(cellbuf *b)
{
    size_t k = b->counted ? b->numbers : 0; /* none counted: none kept */
    for (size_t i = b->counted; i < b->n; i++)
        k += b->v[i].tok == NUMBER;
    b->numbers = k;
    b->counted = b->n;
#if defined(XXGK_CHECK_COUNTS) || !defined(NDEBUG)
    /* the count against a walk: every ask built with XXGK_CHECK_COUNTS; in
     * a debug build (make test: every fragment, hostile and corpus test)
     * for a row of up to VALS_CHECKED values, so a long row stays linear */
    enum { VALS_CHECKED = 512 };
#ifndef XXGK_CHECK_COUNTS
    if (b->n <= VALS_CHECKED)
#endif
    {
        size_t all = 0;
        for (size_t i = 0; i < b->n; i++)
            all += b->v[i].tok == NUMBER;
        if (all != k)
            abort(); /* a write below COUNTED that did not set it back */
    }
#endif
    return (int)k;
}

/* Values the report prints among the row's: numbers, and the marks of an
 * empty cell (—, /, 无: tokens.c ft_placeholder), never layout's blanks. */
static int printed_in(const cellbuf *b)
{
    int n = 0;
    for (size_t i = 0; i < b->n; i++)
        n += b->v[i].tok == NUMBER || (b->v[i].tok == EMPTY && b->v[i].printed);
    return n;
}

/* Words among the row's values. */
static bool texts_in(const cellbuf *b)
{
    for (size_t i = 0; i < b->n; i++)
        if (b->v[i].tok == TEXT)
            return true;
    return false;
}

static int row_columns(parse_ctx *ctx, const xxgk_table *t, const ptok *label, const int **cols,
                       const col_range **range);

/* The values after a word that kept its column in a TAB row (spent_col):
 * on the word's line, they fill the row's columns after it exactly, and
 * are its cells there. True when they were. */
static bool spent_cells(parse_ctx *ctx, const xxgk_table *t)
{
    int col = ctx->spent_col, row = ctx->spent_row;
    ctx->spent_col = -1;
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    if (col < 0 || !n || ctx->vals.v[f + n - 1].start >= xxgk_doc_line(ctx->doc, ctx->row_tok.start).end)
        return false;
    const int *cols;
    const col_range *range;
    int ncols = row_columns(ctx, t, &ctx->row_tok, &cols, &range);
    if (ncols < 0 || col >= ncols || (int)n != ncols - col)
        return false;
    const char *name = NULL;
    bld_row_cells(ctx, t->id, row, cols + col, ncols - col, NULL, f, n, &name);
    return true;
}

/* A mark inside a number of a short row (规章<TAB>1※4<TAB>0<TAB>3:
 * ROW_SPENT, spent_mark): the digits on its two sides are one number
 * where, so read, the values on its line fill the row's columns exactly
 * and, split at the mark, they are one over: the run is then P046 and no
 * cell (withhold_marked_cell), the values after it in the columns after
 * it. Else the mark reads as before: the number before it kept, P009 at
 * the mark, the values after it no row's (86※12 in a row with a column
 * for 12: tests/grammar/mendtext-mark-digit.txt). True when so read. */
static bool spent_mark_cells(parse_ctx *ctx, const xxgk_table *t)
{
    const ptok *mark = &ctx->row_tok;
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    uint32_t line_end = xxgk_doc_line(ctx->doc, mark->start).end;
    if (!n || ctx->vals.v[f].tok != NUMBER || ctx->vals.v[f].start != mark->end ||
        ctx->vals.v[f + n - 1].start >= line_end)
        return false;
    /* the blank cells after them to the line's end are the row's cells
       too (规章<TAB>1※4<TAB>0<TAB>: three cells, as P023 counts them),
       no padding: trimmed, the mark had split 1※4 and kept 1 */
    while (f + n < ctx->vals.n && ctx->vals.v[f + n].tok == EMPTY && ctx->vals.v[f + n].start <= line_end)
        n++;
    const int *cols;
    const col_range *range;
    int ncols = row_columns(ctx, t, mark, &cols, &range), at = -1;
    int col = ctx->cells[ctx->ncells - 1].col;
    for (int i = 0; i < ncols; i++)
        if (cols[i] == col)
            at = i;
    if (at < 0 || (int)n - 1 != ncols - 1 - at)
        return false;
    int row = withhold_marked_cell(ctx, &ctx->vals.v[f]);
    const char *name = NULL;
    if (n > 1) {
        bld_row_cells(ctx, t->id, row, cols + at + 1, ncols - at - 1, NULL, f + 1, n - 1, &name);
        const ptok *blank = bld_blank_last(ctx, f + 1, n - 1); /* 1※4<TAB>0<TAB>: as 1[4<TAB>0<TAB> (P023) */
        if (blank)
            bld_doubt_row(ctx,
                          xxgk_doc_add_diag(ctx->doc, XXGK_P_BLANK_LAST_CELL, tok_span(blank), bld_row_name(ctx, row)),
                          values_span(ctx, f + 1, n - 1));
    }
    return true;
}

/* P009 at a mark inside a number whose row has a column for the digits
 * after it (规章<TAB>1※4<TAB>0 in three: 1, ※, 4, 0): the number before it
 * is kept, but it may as well run on through the mark (14, a stray glued
 * in), so its cell carries the finding (a note over the number, the mark
 * and the digits after it); it had been exported unflagged. */
static void spent_mark_text(parse_ctx *ctx)
{
    const ptok *mark = &ctx->row_tok;
    const xxgk_cell *c = &ctx->cells[ctx->ncells - 1];
    char buf[96];
    bld_text_of(ctx, mark, buf, sizeof buf);
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(mark), buf,
                                     bld_row_name(ctx, ctx->spent_row));
    uint32_t end = ctx->vals.n && ctx->vals.v[0].start == mark->end ? ctx->vals.v[0].end : mark->end;
    if (d && c->span.end == mark->start)
        xxgk_diag_add_note(ctx->doc, d, span_of(c->span.start, end),
                           ctx->doc->lang == XXGK_LANG_ZH ? "数字可能连着标记读下去（1※4 可能是 14），该单元格带此发现"
                                                          : "the number may run on through the mark (1※4 may be "
                                                            "14): its cell carries this finding");
}

/* TEXT cells after a short row's TEXT stood in place of a number (P009,
 * ROW_SPENT): the numbers that follow on are stray (P013), never guessed
 * into the row, unless the text was a cell of a TAB row (spent_cells). */
static void spent_row_end(parse_ctx *ctx, const xxgk_table *t)
{
    if (ctx->spent_mark) {
        ctx->spent_mark = false;
        if (spent_mark_cells(ctx, t))
            return;
        spent_mark_text(ctx);
    }
    if (spent_cells(ctx, t))
        return;
    int numbers = numbers_in(&ctx->vals);
    if (numbers)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(&ctx->vals.v[0]), numbers,
                          bld_table_numeral(t->id));
}

/* TEXT cells with numbers in table 二 or 三: a label close to the template's
 * label of the row due there is that row (P025, near_due_row). */
static bool unknown_row_due(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    if (t->id != XXGK_TABLE_PROACTIVE && t->id != XXGK_TABLE_REQUESTS)
        return false;
    int due = numbers_in(&ctx->vals) ? near_due_row(ctx, t, label) : -1;
    if (due < 0)
        return false;
    ctx->row.kind = ROW_TEMPLATE;
    ctx->row.key = due;
    return true;
}

/* Does LABEL follow other words in its cell: glued to them or after
 * blanks, no TAB, | or line start between (本年制发件数 （件）)? */
static bool after_header_word(const parse_ctx *ctx, const ptok *label)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t at = label->start;
    while (at > 0 && src[at - 1] == ' ')
        at--;
    return at > 0 && !strchr("\t|\r\n", src[at - 1]);
}

/* Table 二's column header being read, its last column one of counts
 * (本年制发件数, not 本年收费金额)? */
static bool after_count_header(const parse_ctx *ctx)
{
    return ctx->tab && ctx->tab->id == XXGK_TABLE_PROACTIVE && ctx->ncols > 0 && ctx->ncols <= 8 &&
           !ctx->cols_closed && xxgk_tpl_col_kind(ctx->cols[ctx->ncols - 1]) != XXGK_COL_MONEY;
}

/* Only spaces, a closing bracket and a quoted cell's closing quote from P
 * to END: the unit statement ends the line's text (（金额单位：千元）). */
static bool unit_line_end(const uint8_t *p, const uint8_t *end)
{
    while (p < end && (*p == ' ' || *p == ')'))
        p++;
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x89) /* ） */
        p += 3;
    /* the closing quote of a quoted cell a TAB copy prints over two
     * lines ("本年收费金额 ⏎ （元）") */
    while (p < end && (*p == ' ' || *p == '"' ||
                       (end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9D))) /* ” */
        p += *p == 0xE2 ? 3 : 1;
    return p == end;
}

/* unit line after units stated → no cell: a unit line of table 二 after a
 * column header that states another unit (本年收费金额（元） above 单位：万元),
 * or after the fee row whose label states another (行政事业性收费（元）⇥787
 * above 单位：万元, in its clause), is P028 at the line: which unit the
 * numbers read already are in cannot be read, and those that print none
 * lose their cells; the column stays without a unit (UNIT_INEXACT). */
static void line_after_stated_units(parse_ctx *ctx, int u)
{
    bool told = false;
    for (int i = 0; i < ctx->ncols && i < 8; i++)
        if (ctx->col_units[i] != XXGK_UNIT_NONE &&
            bld_units_disagree(ctx, u, ctx->line_unit_at, ctx->col_units[i], ctx->unit_stmt)) {
            ctx->col_units[i] = UNIT_INEXACT;
            bld_drop_unit_cells(ctx, ctx->cols[i], -1);
            told = true;
        }
    if (ctx->fee_row_unit == XXGK_UNIT_NONE)
        return;
    if (told || bld_units_disagree(ctx, u, ctx->line_unit_at, ctx->fee_row_unit, ctx->fee_row_unit_at))
        for (int i = 0; i < ctx->ncols && i < 8; i++)
            if (xxgk_tpl_col_kind(ctx->cols[i]) == XXGK_COL_MONEY)
                bld_drop_unit_cells(ctx, ctx->cols[i], XXGK_R_FEES);
    ctx->fee_row_unit = XXGK_UNIT_NONE;
}

/* Is the unit line the line right below the line of table 二's last
 * cell (blank lines between at most)? A unit line below a row captions it
 * only so; after a note under the row (注：…) it is no longer the row's. */
enum { UNIT_LINE_REACH = 256 };

static bool line_below_last_cell(const parse_ctx *ctx)
{
    if (!ctx->ncells || ctx->cells[ctx->ncells - 1].table != XXGK_TABLE_PROACTIVE)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t line = ctx->line_unit_at.start, p = ctx->cells[ctx->ncells - 1].span.end;
    uint32_t reach = line > UNIT_LINE_REACH ? line - UNIT_LINE_REACH : 0;
    while (line > reach && src[line - 1] != '\n')
        line--;
    if (line > 0 && src[line - 1] != '\n')
        return false; /* a unit word deep in a long line opens no unit line (and a
                       * run-together line is not walked back once a word: linear) */
    const uint8_t *nl = p < line ? memchr(src + p, '\n', line - p) : NULL;
    if (p < line)
        p = nl ? (uint32_t)(nl - src) : line; /* the rest of the cell's line */
    while (p < line && (src[p] == '\n' || src[p] == '\r' || src[p] == ' ' || src[p] == '\t' || src[p] == '\f'))
        p++;
    return p == line;
}

/* Has a number of the clause's money column that prints no unit been read
 * (a cell of one of cols[] made)? cols[] are the clause's own: a clause
 * heading forgets them (b_clause). */
static bool clause_money_read(const parse_ctx *ctx)
{
    for (int i = 0; i < ctx->ncols && i < 8; i++)
        if (xxgk_tpl_col_kind(ctx->cols[i]) == XXGK_COL_MONEY && ctx->col_units[i] == XXGK_UNIT_NONE &&
            bld_unit_cells_read(ctx, ctx->cols[i]))
            return true;
    return false;
}

/* unit line after numbers in no stated unit → their unit: table 二's money
 * read before any statement of its unit (no unit line above, the fee row's
 * label and the clause's header stating none: 行政事业性收费⇥787 ⏎ 单位：元)
 * took the template's 万元 only for want of one; the first unit line after
 * them states theirs as it does the numbers below it. A second line that
 * states another unit than the first (单位：万元 above, 单位：元 below) is
 * P028 at it: the numbers that print none lose their cells, and the
 * column its unit (UNIT_INEXACT). BEFORE: the line unit before this line. */
static void line_after_unsaid_units(parse_ctx *ctx, int u, int before, xxgk_span before_at, bool row_said)
{
    if (before != XXGK_UNIT_NONE) {
        /* no number of the clause's money read under the line above (the
         * line above stood for an earlier clause, or no row between the
         * two lines): the nearer line is the clause's, nothing to undo */
        if (!clause_money_read(ctx))
            return;
        if (!bld_units_disagree(ctx, u, ctx->line_unit_at, before, before_at))
            return;
        for (int i = 0; i < ctx->ncols && i < 8; i++)
            if (xxgk_tpl_col_kind(ctx->cols[i]) == XXGK_COL_MONEY && ctx->col_units[i] == XXGK_UNIT_NONE)
                bld_drop_unit_cells(ctx, ctx->cols[i], -1);
        ctx->line_unit = UNIT_INEXACT;
        return;
    }
    if (row_said)
        return; /* the fee row stated its unit: line_after_stated_units */
    if (!line_below_last_cell(ctx))
        return; /* a note (注：…) between: the line is not the row's */
    for (int i = 0; i < ctx->ncols && i < 8; i++)
        if (xxgk_tpl_col_kind(ctx->cols[i]) == XXGK_COL_MONEY && ctx->col_units[i] == XXGK_UNIT_NONE)
            bld_restate_unit_cells(ctx, ctx->cols[i], u);
}

/* The delimited field of its line (TABs and |s before it there) the byte
 * at AT stands in. */
static int field_of(const uint8_t *src, uint32_t at)
{
    int n = 0;
    while (at > 0 && src[at - 1] != '\n' && src[at - 1] != '\r')
        n += src[--at] == '\t' || src[at] == '|';
    return n;
}

enum { UNIT_TABLE_WIDE = -1, UNIT_NO_COLUMN = -2 };

/* The column of table 二's header being read that a unit on a line of its
 * own (LABEL) stands under, an index of cols[]: a unit line of a header
 * whose words each stand in a field of their own (| | （个） | （元） |,
 * ⇥（元）) states the unit of the column in its field, none other; a
 * unit in a field of no column (under 备注) is no column's,
 * UNIT_NO_COLUMN. The closing part of a quoted cell ("采购项目数量 ⏎
 * （元）") is the last column's. UNIT_TABLE_WIDE for a line in the field
 * of the rows' labels or before (单位：元 at the line's start) or outside
 * a header being read: the table's unit line. */
static int unit_line_column(const parse_ctx *ctx, const ptok *label, bool quoted)
{
    if (!ctx->tab || ctx->tab->id != XXGK_TABLE_PROACTIVE || ctx->ncols <= 0 || ctx->ncols > 8 ||
        ctx->cols_closed)
        return UNIT_TABLE_WIDE;
    if (quoted)
        return ctx->ncols - 1;
    const uint8_t *src = ctx->doc->src;
    uint32_t at = ctx->col_at[ctx->ncols - 1].end;
    while (at < label->start && src[at] != '\n')
        at++;
    if (at == label->start)
        return UNIT_TABLE_WIDE; /* on the header's own line (| 本年收费金额 | （元） |) */
    int field = field_of(src, label->start), first = -1, found = UNIT_NO_COLUMN;
    for (int i = 0; i < ctx->ncols; i++) {
        int fi = field_of(src, ctx->col_at[i].start);
        for (int j = 0; j < i; j++)
            if (field_of(src, ctx->col_at[j].start) == fi)
                return UNIT_TABLE_WIDE; /* two columns' words in one field */
        if (first < 0 || fi < first)
            first = fi;
        if (fi == field)
            found = i;
    }
    return field < first || first <= 0 ? UNIT_TABLE_WIDE : found;
}

/* A unit statement ending at P, a quoted cell's closing quote after it
 * (unit_line_end): is the quote opened, before the header's last column
 * word ("采购项目数量 ⏎ （元）") or in the label's own words before P? A
 * quote opened nowhere ((元)") leaves the line no unit line. */
static bool quote_opened(const parse_ctx *ctx, const ptok *label, const uint8_t *p)
{
    const uint8_t *src = ctx->doc->src, *end = src + label->end;
    while (p < end && *p != '"')
        p++;
    if (p == end)
        return true; /* no quote */
    if (memchr(src + label->start, '"', (size_t)(p - (src + label->start))))
        return true;
    if (ctx->ncols <= 0 || ctx->ncols > 8 || ctx->cols_closed)
        return false;
    uint32_t at = ctx->col_at[ctx->ncols - 1].start;
    return at > 0 && src[at - 1] == '"';
}

/* Nothing but blanks, line breaks, cell delimiters, closing brackets and
 * quotes from A to B: two unit statements on lines next to each other. */
static bool units_adjacent(const uint8_t *src, uint32_t a, uint32_t b)
{
    for (; a < b; a++)
        if (!strchr(" \t\r\n|\")", src[a]) && !(b - a >= 3 && src[a] == 0xEF && src[a + 1] == 0xBC &&
                                                 src[a + 2] == 0x89 && (a += 2, true)))
            return false;
    return true;
}

/* unit line → unit: a line of the table that is a unit statement (单位：元,
 * （单位：万元）, 金额单位：千元) states the unit of the table's money
 * from there on, for the cells whose number and header print none (a unit
 * naming no exact amount: P029, and those cells get no number). The words
 * of a header's statement (bld_header_unit) are no text in the table
 * either. True when LABEL is one or the other. */
static bool unit_words(parse_ctx *ctx, const ptok *label)
{
    if (label->start >= ctx->unit_stmt.start && label->end <= ctx->unit_stmt.end)
        return true;
    const uint8_t *src = ctx->doc->src, *word, *stmt;
    size_t wlen, slen;
    int u = unit_statement(src + label->start, src + label->end, &word, &wlen, &stmt, &slen);
    if (u == XXGK_UNIT_NONE || !unit_line_end(stmt + slen, src + label->end) ||
        !quote_opened(ctx, label, stmt + slen))
        return false;
    /* a unit of money in the header of a column of counts (本年制发件数（元）)
     * agrees with no cell it stands over: text (P019), no unit line */
    if (after_header_word(ctx, label) && after_count_header(ctx))
        return false;
    /* so does one on a header's line of units under a column of counts or
     * under no column (备注): it is not the money column's unit */
    int col = u == UNIT_COUNT ? UNIT_TABLE_WIDE
                              : unit_line_column(ctx, label, memchr(stmt + slen, '"', (size_t)(src + label->end - (stmt + slen))));
    if (col == UNIT_NO_COLUMN || (col >= 0 && xxgk_tpl_col_kind(ctx->cols[col]) != XXGK_COL_MONEY))
        return false;
    int before = ctx->line_unit;
    xxgk_span before_at = ctx->line_unit_at;
    bool row_said = ctx->fee_row_unit != XXGK_UNIT_NONE;
    ctx->line_unit = (uint8_t)u;
    ctx->line_unit_at = span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src));
    /* two unit lines one right under the other (| | （元） | ⏎ | | （万元） |,
     * a header wrapped twice) that state different units: P028, the unit
     * of the numbers below unknown */
    if (u != UNIT_INEXACT && before != XXGK_UNIT_NONE && before != UNIT_INEXACT && before != u &&
        !clause_money_read(ctx) && before_at.end <= label->start && units_adjacent(src, before_at.end, label->start) &&
        bld_units_disagree(ctx, u, ctx->line_unit_at, before, before_at)) {
        ctx->line_unit = UNIT_INEXACT;
        return true;
    }
    if (u != UNIT_INEXACT) {
        line_after_stated_units(ctx, u);
        /* a line after a unit naming no exact amount (P029): no reading of
         * the numbers between to set against it */
        if (before != UNIT_INEXACT)
            line_after_unsaid_units(ctx, u, before, before_at, row_said);
    }
    if (u == UNIT_INEXACT) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s", (int)(wlen < 60 ? wlen : 60), (const char *)word);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT,
                          span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src)), buf);
    }
    return true;
}

/* The column of table 二's header being read that the unit statement
 * LABEL stands on, an index of cols[], -1 when it cannot be told: the
 * column whose word it is glued to (本年收费金额（单位：件）, spaces
 * between at most); else the one in whose delimited field it stands, the
 * header's words each in a field of its own (信息内容⇥本年收费金额 over
 * ⇥（单位：件） or 信息内容⇥（单位：件）); else the header's one column. */
static int header_column_under(const parse_ctx *ctx, const ptok *label)
{
    const uint8_t *src = ctx->doc->src;
    int last = ctx->ncols - 1;
    uint32_t at = label->start;
    while (at > 0 && src[at - 1] == ' ')
        at--;
    if (at == ctx->head_word_end && ctx->col_at[last].end == at)
        return last;
    int field = field_of(src, label->start), found = -1;
    bool apart = true; /* every column word in a field of its own */
    for (int i = 0; i <= last && apart; i++) {
        int fi = field_of(src, ctx->col_at[i].start);
        for (int j = 0; j < i; j++)
            apart &= field_of(src, ctx->col_at[j].start) != fi;
        if (fi == field)
            found = i;
    }
    if (apart && found >= 0)
        return found;
    return last == 0 ? 0 : -1;
}

/* The end of LABEL's words before a quoted cell's closing quote: a TAB
 * copy prints a cell holding a line break quoted ("本年收费金额 ⏎ （件）"),
 * the quote opened right before the header's last column word and closed
 * after LABEL on its line (spaces around it). LABEL's end when it closes
 * no such quote. */
static uint32_t quoted_cell_close(const parse_ctx *ctx, const ptok *label)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = label->end;
    while (e > label->start && src[e - 1] == ' ')
        e--;
    /* the ASCII quote, or the full-width pair (“ ”, E2 80 9C / E2 80 9D) */
    uint32_t q = e > label->start && src[e - 1] == '"' ? 1
                 : e - label->start >= 3 && src[e - 3] == 0xE2 && src[e - 2] == 0x80 && src[e - 1] == 0x9D ? 3
                                                                                                            : 0;
    if (!q || memchr(src + label->start, '"', e - q - label->start) ||
        memmem(src + label->start, e - q - label->start, "\xE2\x80\x9D", 3))
        return label->end;
    uint32_t at = ctx->col_at[ctx->ncols - 1].start;
    if (q == 1 ? (at == 0 || src[at - 1] != '"')
               : (at < 3 || src[at - 3] != 0xE2 || src[at - 2] != 0x80 || src[at - 1] != 0x9C))
        return label->end;
    e -= q;
    while (e > label->start && src[e - 1] == ' ')
        e--;
    return e;
}

/* count unit on the money column → no cell: a unit of counts (（单位：件）,
 * （个）, 單位：項) that table 二's header being read puts on a column of
 * money (header_column_under: glued to 本年收费金额 or 采购总金额, under it
 * on the header's second row or a line of its own, or the header's one
 * column) names no amount in 元: P029 at it, and the column's numbers get
 * no cell (UNIT_INEXACT), as under （单位：美元）. So does a group naming
 * money in words no statement reads (（元/年）: unit_group_unread), which
 * left the template's 万元 in force. The closing part of a quoted cell
 * (信息内容⇥"本年收费金额 ⏎ （件）") is the header's last column's, its
 * quote no part of the unit (quoted_cell_close). On a column of counts a
 * count's unit is theirs (count_unit_words). True when LABEL is one on
 * money. */
static bool count_unit_on_money(parse_ctx *ctx, const ptok *label)
{
    if (!ctx->tab || ctx->tab->id != XXGK_TABLE_PROACTIVE || ctx->ncols <= 0 || ctx->ncols > 8 ||
        ctx->cols_closed)
        return false;
    const uint8_t *src = ctx->doc->src, *word;
    uint32_t end = quoted_cell_close(ctx, label);
    bool quoted = end < label->end;
    size_t wlen, whole = end - label->start;
    int u = unit_statement_whole(src + label->start, src + end, &word, &wlen);
    if (u == XXGK_UNIT_NONE && unit_group_unread(src + label->start, src + end) == whole) {
        u = UNIT_COUNT; /* no amount in 元 either: the group quoted */
        word = src + label->start;
        wlen = whole;
    }
    if (u != UNIT_COUNT)
        return false;
    int col = quoted ? ctx->ncols - 1 : header_column_under(ctx, label);
    if (col < 0 || xxgk_tpl_col_kind(ctx->cols[col]) != XXGK_COL_MONEY)
        return false;
    /* the column's own stated unit wins (本年收费金额（万元）⇥（单位：件）): a
     * count's unit elsewhere is not the fee's (P019 text, as before) */
    if (ctx->col_units[col] != XXGK_UNIT_NONE && ctx->col_units[col] != UNIT_INEXACT)
        return false;
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)(wlen < 60 ? wlen : 60), (const char *)word);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT, span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src)),
                      buf);
    ctx->col_units[col] = UNIT_INEXACT;
    return true;
}

/* Is the text before AT on its line blanks only? */
static bool line_opens_at(const uint8_t *src, uint32_t at)
{
    while (at > 0 && (src[at - 1] == ' ' || src[at - 1] == '\t'))
        at--;
    return at == 0 || src[at - 1] == '\n' || src[at - 1] == '\r';
}

/* Is the text from AT to its line's end blanks only? */
static bool line_closes_at(const uint8_t *src, uint32_t at, uint32_t len)
{
    while (at < len && (src[at] == ' ' || src[at] == '\t'))
        at++;
    return at == len || src[at] == '\n' || src[at] == '\r';
}

/* unit of counts → no text: a statement of a count's unit (件 项 个) in
 * table 二 or 三 is the table's own language, not text in it (P019),
 * where it says the unit of counts: on a line of its own (单位：件, a unit
 * line: every cell of the two tables but the fees is a count), or glued
 * to a column header of counts (本年制发件数（件）; in table 三 before its
 * first number), or closing a quoted cell of such a header ("现行有效件数
 * ⏎ （件）"). After the fees' header (本年收费金额（件）) it is none,
 * and stays text. Table 四 is read elsewhere. */
static bool count_unit_words(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    if (t->id != XXGK_TABLE_PROACTIVE && t->id != XXGK_TABLE_REQUESTS)
        return false;
    const uint8_t *src = ctx->doc->src, *word;
    size_t wlen;
    bool header = t->id == XXGK_TABLE_PROACTIVE && ctx->ncols > 0 && ctx->ncols <= 8 && !ctx->cols_closed;
    uint32_t end = header ? quoted_cell_close(ctx, label) : label->end;
    if (unit_statement_whole(src + label->start, src + end, &word, &wlen) != UNIT_COUNT)
        return false;
    if (end < label->end) /* a quoted cell's closing part: the last column's */
        return xxgk_tpl_col_kind(ctx->cols[ctx->ncols - 1]) != XXGK_COL_MONEY;
    if (line_opens_at(src, label->start) && line_closes_at(src, label->end, (uint32_t)ctx->doc->len))
        return true;
    if (!after_header_word(ctx, label)) {
        /* a cell of its own on a header's line of units, under a column of
         * counts (| | （个） | （元） |) */
        int col = t->id == XXGK_TABLE_PROACTIVE ? unit_line_column(ctx, label, false) : UNIT_TABLE_WIDE;
        return col >= 0 && xxgk_tpl_col_kind(ctx->cols[col]) != XXGK_COL_MONEY;
    }
    if (t->id == XXGK_TABLE_REQUESTS)
        return ctx->ncells == 0;
    return after_count_header(ctx);
}

/* A line told whole is a footnote or a page's header or footer: longer,
 * it is page text run together, each piece told on its own. */
enum { UNKNOWN_LINE_MAX = 240 };

/* The end of the line holding byte at: a line between table rows is told
 * whole, once, not once per piece its digits cut it into (注：本表数据截至
 * 2023年12月31日 is one line, not rows 注：本表数据截至, 月 and 日). Looked
 * for no further than a line told whole can reach (past it: the limit
 * plus one), so a long line of many pieces is not read once per piece. */
static uint32_t line_end_at(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    size_t room = ctx->doc->len - at, reach = UNKNOWN_LINE_MAX + 2;
    const uint8_t *nl = memchr(src + at, '\n', room < reach ? room : reach);
    if (!nl && room >= reach)
        return at + UNKNOWN_LINE_MAX + 1;
    uint32_t e = nl ? (uint32_t)(nl - src) : (uint32_t)ctx->doc->len;
    return e > at && src[e - 1] == '\r' ? e - 1 : e;
}

/* More text after the numbers of [s, e): bytes other than ASCII digits,
 * blanks, TAB, | and the marks of a number. */
static bool text_follows(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (; s < e; s++)
        if (!strchr("0123456789 \t|.,%-", src[s]))
            return true;
    return false;
}

/* The name of an unknown row told whole (BUF, N bytes): without the
 * numbers that end its line, each apart from the words by blanks
 * ('3.保护第三方权益 1 2 0' is named 3.保护第三方权益: its numbers are its
 * cells, not its name; 截至2023 keeps its glued digits). */
static void trim_numbers_after(char *buf, size_t n)
{
    for (;;) {
        while (n > 0 && buf[n - 1] == ' ')
            buf[--n] = 0;
        size_t w = n;
        while (w > 0 && buf[w - 1] != ' ' && strchr("0123456789.,%-|", buf[w - 1]))
            w--;
        if (w == n || w == 0 || buf[w - 1] != ' ')
            return;
        buf[w] = 0;
        n = w;
    }
}

/* The text of an unknown row with numbers, into buf (TABs as spaces): the
 * label's, or, when more text follows its numbers, the line's from the
 * label on; the line is then told whole and once (ctx->unknown_line_end):
 * its numbers, its later pieces' too, go to no cell. */
static void unknown_line_text(parse_ctx *ctx, const ptok *label, char *buf, size_t size)
{
    uint32_t le = line_end_at(ctx, label->start);
    /* page text runs a whole table on one line: there a line is no unit;
     * a typed text's glued line (glued_line_on) is still one line of it,
     * a note (（规章编号202 行政规范性文件编号301 均已废止）) told once */
    if (ctx->doc_pagetext || le - label->start > UNKNOWN_LINE_MAX)
        le = label->end;
    ptok whole = *label;
    if (!text_follows(ctx->doc->src, label->end, le)) {
        bld_text_of(ctx, label, buf, size);
        return;
    }
    whole.end = ctx->unknown_line_end = le;
    if (ctx->pagetext)
        ctx->glued_told_end = le; /* a typed text's glued line (page text proper cut le above) */
    bld_text_of(ctx, &whole, buf, size);
    size_t n = 0;
    for (char *c = buf; *c; c++, n++)
        *c = *c == '\t' ? ' ' : *c;
    trim_numbers_after(buf, n);
}

/* Is TEXT (label, its text in BUF) clause （六） merged into （五）'s caption
 * on its line (第二十条第（五）项、第（六）项, 第二十条第（五）、（六）项)? The two clauses share the one
 * header under it (P086), their rows read by their own labels. */
static bool merged_clause_six(const parse_ctx *ctx, const ptok *label, const char *buf)
{
    static const char *const joins[] = {"、", "和", "及", "与", "，", " "};
    static const char *const six[] = {"第（六）项", "第（六）項", "第(六)项", "第(六)項",
                                      "（六）项", "（六）項", "(六)项",     "(六)項"};
    if (ctx->clause != 5 || !ctx->clause_at || !doc_same_line(ctx->doc, ctx->clause_at, label->start))
        return false;
    const char *p = buf;
    /* 第二十条第（五）、（六）项: the clause read to its numeral, its
     * bracket left over with （六） and the one 项 of the two */
    if (strncmp(p, "）", strlen("）")) == 0)
        p += strlen("）");
    else if (*p == ')')
        p++;
    for (bool more = true; more;) {
        more = false;
        for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
            if (strncmp(p, joins[i], strlen(joins[i])) == 0) {
                p += strlen(joins[i]);
                more = true;
            }
    }
    for (size_t i = 0; i < sizeof six / sizeof six[0]; i++)
        if (strcmp(p, six[i]) == 0)
            return p != buf;
    return false;
}

/* sign-off inside a table → page furniture: a line of the open table
 * that is all a sign-off's (its agency, its date, or both on one line:
 * ft_signoff_agency, ft_signoff_date, ft_signoff_line), standing where a
 * page break put the report's last lines (or a page's running footer)
 * between two rows, is marked (ctx->tab_signoff): when the same table's
 * rows continue after it it is told P090 at the line
 * (bld_signoff_in_table); when the table ends first it is what it was (a
 * sentence's paragraph, or text in the table, P019, told then). True when
 * LABEL opens such a line; the line's other cells are taken with it. */
static bool signoff_line_in_table(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t b = label->start, e = b, len = (uint32_t)ctx->doc->len;
    if (!line_opens_at(s, b))
        return false;
    while (e < len && s[e] != '\n' && s[e] != '\r')
        e++;
    e = ft_trim_end(s, b, e);
    uint32_t ae, ds;
    int ymd[3];
    if (label->end > e) {
        /* prose of two lines (tokens.c signoff_line): the agency's, the date's */
        e = ft_trim_end(s, b, label->end);
        if (e - b > 240 || !ft_signoff_two_lines(s, b, len, &ae) || ae > label->end)
            return false;
    } else if (e <= b || e - b > 120 ||
               !(ft_signoff_date_alone(s, b, e, ymd) || ft_signoff_line(s, b, e, &ae, &ds, ymd) ||
                 ft_signoff_agency_alone(s, b, e))) {
        return false;
    }
    if (!bld_signoff_in_table_mark(ctx, span_of(b, e), t->id, label->text != TEXT_TABLE_PROSE, false))
        return false;
    if (label->text == TEXT_TABLE_PROSE)
        bld_add_block(ctx, XXGK_B_PARAGRAPH, span_of(b, e));
    ctx->unknown_line_end = e;
    return true;
}

/* power row → 行政征收 | 行政给付 | 行政检查 | 行政确认 | 行政奖励 | 行政裁决 |
 * 其他行政权力 (either script): the label, whole, names one of the
 * categories of administrative power an agency's 权责清单 lists beside the
 * three the template's table 二 has rows for (许可, 处罚, 强制). An agency
 * that reports its other powers adds such a row (行政确认⇥12, 行政檢查⇥37):
 * its own, no damage, and no arithmetic of the template reads table 二's
 * rows, so a warning (P111), not an unknown row's error. Any other label
 * (地方性法规, 合计, a date's piece) stays P008. */
static bool power_row(const char *label)
{
    static const char *const powers[] = {"行政征收", "行政给付", "行政检查", "行政确认",
                                         "行政奖励", "行政裁决", "其他行政权力"};
    char folded[64];
    size_t n = strlen(label);
    if (n >= sizeof folded / 2)
        return false;
    n = label_fold((const uint8_t *)label, n, folded, sizeof folded);
    for (size_t i = 0; i < sizeof powers / sizeof powers[0]; i++)
        if (n == strlen(powers[i]) && !memcmp(folded, powers[i], n))
            return true;
    return false;
}

/* An unknown row whose label is a mark inside a number: glued between
 * the last cell's last digit and its own first number (行政处罚<TAB>1※4
 * in a row of one column, 规章 0 0 1①4): never a row's label. Read as a
 * mark after the cell's number it had put 1 in the cell unflagged and
 * made ※4 an unknown row (P008): a silent wrong number. A footnote mark
 * after 1 would leave 4 a value past the row's columns and a stray would
 * hide a digit of 14: either way what was printed cannot be known, so the
 * cell is taken back and the run told as a glued token (P046, no cell),
 * as 1#4 is; numbers after it on the line are no row's (P013). */
static bool mark_row_inside_number(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    const ptok *first = &ctx->vals.v[0];
    if (first->tok != NUMBER || first->start != label->end || !mark_inside_number(ctx, label))
        return false;
    withhold_marked_cell(ctx, first);
    int rest = numbers_in(&ctx->vals) - 1;
    if (rest > 0)
        xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(&ctx->vals.v[1]), rest, bld_table_numeral(t->id));
    return true;
}

/* TEXT cells, no row of the template: with numbers an unknown row (P008),
 * its numbers go to no cell, told once for its whole line (注：本表数据截至
 * 2023年12月31日 is one line, not rows 注：本表数据截至, 月 and 日);
 * without, a unit statement states the money's unit (unit_words), a
 * sentence of prose is a paragraph and other text is text in the table
 * (P019). */
static void unknown_row_end(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    char buf[96];
    if (t->id == XXGK_TABLE_REQUESTS && ctx->trans.n && bld_trans_see_words(ctx, tok_span(label), numbers_in(&ctx->vals)))
        return; /* the first row of a transposed table, its label no requester's: P067 */
    if (label->start < ctx->unknown_line_end)
        return; /* a later piece of a line told whole */
    if (bld_furniture_line(ctx, label, &ctx->unknown_line_end))
        return; /* a page's URL or page count: P064 */
    if (bld_print_header_label(ctx, label, &ctx->unknown_line_end))
        return; /* a browser's print header: P072 */
    if (!numbers_in(&ctx->vals) && signoff_line_in_table(ctx, t, label))
        return; /* a sign-off's line between the table's parts: P090 if rows follow */
    if (!numbers_in(&ctx->vals) &&
        (unit_words(ctx, label) || count_unit_on_money(ctx, label) || count_unit_words(ctx, t, label) ||
         count_unit_line(ctx->doc->src + label->start, ctx->doc->src + label->end)))
        return; /* 单位：元 states the money's unit; 单位：件 is the table's own */
    if (t->id == XXGK_TABLE_REQUESTS && numbers_in(&ctx->vals) && bld_subtotal_text_row(ctx, label))
        return; /* 合计 after a group's rows: its subtotal (P087) */
    bld_scope_inside_see(ctx, t, tok_span(label)); /* （二）全县 between header and rows: P125 at the end */
    if (numbers_in(&ctx->vals)) {
        if (mark_row_inside_number(ctx, t, label))
            return; /* 1※4: the cell before is withheld (P046) */
        /* 396至3181: the row before is withheld (P100); a mark so glued
           (10#000016.属于…: page text's glued row) is no row's label */
        if (unglue_word_inside(ctx, label) && bld_mark_text(ctx->doc->src, label->start, label->end))
            return;
        unknown_line_text(ctx, label, buf, sizeof buf);
        int code = t->id == XXGK_TABLE_PROACTIVE && power_row(buf) ? XXGK_P_AGENCY_ROW : XXGK_P_UNKNOWN_ROW;
        xxgk_doc_add_diag(ctx->doc, code, tok_span(label), buf, bld_table_numeral(t->id));
        return;
    }
    bld_text_of(ctx, label, buf, sizeof buf);
    if (t->id == XXGK_TABLE_PROACTIVE && merged_clause_six(ctx, label, buf)) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_CLAUSE_SHARED_HEADER, tok_span(label));
        return; /* 第二十条第（五）项、第（六）项: one caption, one header */
    }
    if (label->text == TEXT_TABLE_PROSE) {
        bld_add_block(ctx, XXGK_B_PARAGRAPH, tok_span(label));
        return;
    }
    if (t->id == XXGK_TABLE_REQUESTS ? bld_requests_extra_column(ctx, tok_span(label))
        : t->id == XXGK_TABLE_PROACTIVE ? bld_proactive_extra_column(ctx, tok_span(label))
                                        : false)
        return; /* 备注 after the header's last column: a column of text (P133) */
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_IN_TABLE, tok_span(label), buf, bld_table_numeral(t->id));
    if (t->id == XXGK_TABLE_PROACTIVE)
        bld_see_unknown_col(ctx, label, d);
    else if (t->id == XXGK_TABLE_REQUESTS)
        bld_requests_stray_word(ctx, tok_span(label));
}

/* P018 for the clause's first row read without columns, once a clause:
 * its cells stay unread. */
static void missing_columns(parse_ctx *ctx, const ptok *label)
{
    if (ctx->missing_cols_reported)
        return;
    static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    char buf[64];
    snprintf(buf, sizeof buf, "第二十条第（%s）项", ctx->clause > 0 && ctx->clause <= 10 ? cn[ctx->clause] : "?");
    xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_COLUMNS, tok_span(label), buf);
    ctx->missing_cols_reported = true;
}

/* A row of （六） read under （五）'s header (ctx->header_borrowed) is read
 * by it only when it has as many values as the header has columns: the
 * header says then which number is which. With fewer or more (2019's
 * three columns, 行政处罚 1066) no column says where a number goes, and
 * filling them left to right would put 1066 under 上一年项目数量: the
 * clause is one without a header (P018), its cells unread. */
static bool fits_shared_header(parse_ctx *ctx)
{
    size_t f, n;
    if (bld_full_width_row(ctx))
        bld_trim_full_width(&ctx->vals, (size_t)ctx->ncols, &f, &n);
    else
        bld_trim_padding(&ctx->vals, &f, &n);
    return n == (size_t)ctx->ncols;
}

/* The columns a row of table T is matched to (*cols: the header's, not a
 * copy; *range: their keys, when known); -1 when there are none to match:
 * table 二 without a column header (P018, once a clause) or with a header
 * that lacks a word (P024). */
static int row_columns(parse_ctx *ctx, const xxgk_table *t, const ptok *label, const int **cols,
                       const col_range **range)
{
    *range = NULL; /* table 二's: found from the cells */
    if (t->id == XXGK_TABLE_REQUESTS)
        return bld_requests_columns(ctx, cols, range);
    *cols = ctx->cols;
    if (ctx->header_borrowed && !fits_shared_header(ctx)) {
        /* the clause reads as one without a header from here on */
        ctx->ncols = 0;
        ctx->header_shared = ctx->header_borrowed = false;
    }
    if (ctx->ncols == 0) {
        missing_columns(ctx, label);
        return -1;
    }
    if (ctx->header_shared) {
        ctx->header_shared = false;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_CLAUSE_SHARED_HEADER, ctx->header_shared_at);
    }
    return bld_header_complete(ctx) ? ctx->ncols : -1;
}

/* Does value V (a token of the row's second copy) say what cell C of the
 * first copy holds: the same number, or both empty? Text says no number. */
static bool same_as_cell(const parse_ctx *ctx, const ptok *v, const xxgk_cell *c)
{
    if (v->tok == EMPTY)
        return c->state == XXGK_CELL_EMPTY;
    xxgk_dec d;
    size_t plain;
    bool sci, neg;
    const uint8_t *src = ctx->doc->src;
    if (v->tok != NUMBER || v->not_number || c->state != XXGK_CELL_VALUE)
        return false;
    if (dec_change_word_len(src + v->start, v->end - v->start, &neg)) /* 减35: -35, as its cell reads it */
        return bld_change_word_value(src, v, &d, &sci) == 0 && xxgk_dec_cmp(d, c->value) == 0;
    return dec_parse_plain((const char *)src + v->start, v->end - v->start, &d, &sci, &plain) == 0 &&
           xxgk_dec_cmp(d, c->value) == 0;
}

/* P014 D, ROW printed a second time: two values for one cell. The second
 * copy's values (ctx->vals, padding trimmed) are set against the first
 * copy's cells in the order both were printed (not by the columns now in
 * force: a copy under another clause's header is the same row still).
 * Where they agree (a line doubled) the cell stands; where the second copy
 * prints another value, or none, which one the report means cannot be
 * known: the first copy's cell gets a note of D, so export's flags carry
 * P014. */
static void duplicate_disagrees(parse_ctx *ctx, const xxgk_table *t, int row, xxgk_diag *d)
{
    if (!d)
        return;
    size_t f, n, i = 0;
    bld_trim_padding(&ctx->vals, &f, &n);
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    for (size_t k = 0; k < ctx->ncells; k++) {
        const xxgk_cell *c = &ctx->cells[k];
        if (c->table != t->id || c->row != row)
            continue;
        const ptok *v = i < n ? &ctx->vals.v[f + i] : NULL;
        i++;
        if (v && same_as_cell(ctx, v, c))
            continue;
        char buf[64];
        if (v)
            bld_text_of(ctx, v, buf, sizeof buf);
        else
            snprintf(buf, sizeof buf, "%s", zh ? "无数值" : "no value");
        xxgk_diag_add_note(ctx->doc, d, c->span,
                           zh ? "该行第二次出现时此单元格为“%s”：无法确定哪个数值正确"
                              : "the row's second copy has '%s' for this cell: which value is meant cannot be known",
                           buf);
    }
}

/* Does the table hold a cell of ROW (a value or an empty cell)? */
static bool row_has_cells(const parse_ctx *ctx, int table, int row)
{
    for (size_t k = 0; k < ctx->ncells; k++)
        if (ctx->cells[k].table == table && ctx->cells[k].row == row && ctx->cells[k].state != XXGK_CELL_ABSENT)
            return true;
    return false;
}

/* The last row read, ROW, ended with no value and waits for its P007
 * (pending, or kept aside under the next label: stack_bare_row): it is
 * not said. */
static bool drop_bare_copy(parse_ctx *ctx, int row)
{
    struct short_row *sr = &ctx->short_row;
    if (sr->pending && sr->row == row && sr->n == 0) {
        sr->pending = false;
        return true;
    }
    struct bare_rows *b = &ctx->bare;
    if (b->n && b->row[b->n - 1] == row) {
        b->n--;
        return true;
    }
    return false;
}

/* ROW printed a second time in table T: which copy is the row's.
 *   The first copy made no cell (its label alone, or its cells all
 *     padding) and this one holds numbers: this copy is the row, the copy
 *     with the numbers is never the one dropped. Right after the first
 *     (its P007 not said yet: a label merged down over a blank row and
 *     the row of its numbers, the label spelt otherwise in the two) nothing
 *     is said; else P014 at this copy;
 *   else P014, the first copy's cells standing (duplicate_disagrees).
 * A copy on a typed text's glued line an unknown row told whole
 * (unknown_line_text: ctx->glued_told_end) is said by that P008 alone; on
 * another line told whole it is read as above (a note after the row's
 * empty line may be where its numbers went). (A copy of the same text on the line before or after, blank but for
 * delimiters, never comes here: tokens.c blank_label_line.)
 * Returns true when this copy is done, false when it is read as the row. */
static bool __attribute__((noinline)) row_again(parse_ctx *ctx, const xxgk_table *t, int row, const ptok *label)
{
    if (label->start < ctx->glued_told_end)
        return true; /* a later piece of a glued line told whole (P008): its numbers go to no cell, said once */
    if (numbers_in(&ctx->vals) && !row_has_cells(ctx, t->id, row)) {
        if (!(ctx->last_row == row && drop_bare_copy(ctx, row)))
            xxgk_doc_add_diag(ctx->doc, XXGK_P_DUPLICATE_ROW, tok_span(label), bld_row_name(ctx, row),
                              bld_table_numeral(t->id));
        return false;
    }
    duplicate_disagrees(ctx, t, row,
                        xxgk_doc_add_diag(ctx->doc, XXGK_P_DUPLICATE_ROW, tok_span(label), bld_row_name(ctx, row),
                                          bld_table_numeral(t->id)));
    return true;
}

/* ROW cells: a row of the template. Not a row of this table: nothing;
 * table 三's （六）其他处理 with no number or printed mark (—, /): 2021's head
 * of a group of three rows; a row seen before: row_again. Else the row is taken (its label kept
 * unless it was read as a near label) and its values go to its columns. */
static void template_row_end(parse_ctx *ctx, const xxgk_table *t, const ptok *label, bool near)
{
    int row = ctx->row.key;
    if (xxgk_row_table(row) != t->id)
        return;
    /* the header watch of a transposed table: a header comes before any
     * cell of table 三 (cells_from 0), of a clause of table 二 */
    if (__builtin_expect(ctx->ncells == ctx->ptrans.cells_from || ctx->trans.n, 0)) {
        if (t->id == XXGK_TABLE_REQUESTS)
            bld_trans_see_row(ctx, row, tok_span(label), !numbers_in(&ctx->vals), texts_in(&ctx->vals));
        else if (t->id == XXGK_TABLE_PROACTIVE)
            bld_ptrans_see_row(ctx, row, tok_span(label), !numbers_in(&ctx->vals));
    }
    /* （六）其他处理 with numbers on its line and 2021's sub-rows after them:
     * 2021's heading of the group with the group's total on it, as
     * （三）…（五） may print theirs (P087, set against the sum of its
     * sub-rows, V108), never 2019's row in a 2021 table */
    if (row == XXGK_R_OTHER && t->id == XXGK_TABLE_REQUESTS && ctx->other_subrows_after && numbers_in(&ctx->vals)) {
        ctx->subtotal_group = xxgk_tpl_row_group(XXGK_R_OTHER_NO_CORRECTION);
        ctx->subtotal_at = tok_span(label);
        if (!bld_subtotal_values(ctx)) {
            const ptok *first = ctx->vals.v;
            while (first->tok != NUMBER)
                first++;
            xxgk_doc_add_diag(ctx->doc, XXGK_P_STRAY_VALUES, tok_span(first), numbers_in(&ctx->vals),
                              bld_table_numeral(t->id));
        }
        ctx->subtotal_group = NULL;
        return;
    }
    /* （六）其他处理 with nothing printed after it heads 2021's three rows;
     * with its cells printed as — or / (none this year) it is 2019's row,
     * unless the report already shows 2021's template (its sub-rows follow) */
    if (row == XXGK_R_OTHER && t->id == XXGK_TABLE_REQUESTS &&
        (!printed_in(&ctx->vals) || (!numbers_in(&ctx->vals) && (ctx->other_subrows_next || bld_current_template(ctx) == 2021))))
        return;
    bool again = ctx->row_seen[row];
    if (again && row_again(ctx, t, row, label))
        return;
    ctx->row_seen[row] = true;
    ctx->row_spans[row] = tok_span(label);
    ctx->last_row = row;
    if (!near && !again) /* a near label has no label entry of its own */
        bld_record_label(ctx, label, USE_ROW);
    const int *cols;
    const col_range *range;
    int ncols = row_columns(ctx, t, label, &cols, &range);
    if (ncols >= 0)
        finish_values(ctx, t->id, row, cols, ncols, range, label);
}

/* An unknown row whose LABEL, with the numbers after it, is the remark
 * of the row read last (row_remark)? */
static bool unknown_row_remark(parse_ctx *ctx, const xxgk_table *t, const ptok *label)
{
    const ptok *last = last_printed(&ctx->vals);
    if (numbers_in(&ctx->vals) >= 2)
        return false; /* 其他文件 5 6 7: a row's numbers, P008 as before; a remark holds one (含备案 12 件) */
    return row_remark(ctx, t->id, label, last && last->end > label->end ? last->end : label->end);
}

/* data_row's end: by what stands where the row's label should. */
static void row_end(parse_ctx *ctx)
{
    xxgk_table *t = ctx->tab;
    if (!t)
        return;
    const ptok *label = &ctx->row_tok;
    if (__builtin_expect(ctx->trans.on | ctx->ptrans.on, 0)) {
        int numbers = numbers_in(&ctx->vals);
        if (numbers) { /* numbers in a row that is no requester's, no count's */
            if (ctx->ptrans.on)
                bld_ptrans_row(ctx, tok_span(label));
            else
                bld_trans_row(ctx, tok_span(label), numbers);
            bld_vals_clear(&ctx->vals);
            return;
        }
    }
    if (ctx->row.kind == ROW_SPENT) {
        spent_row_end(ctx, t);
    } else if (__builtin_expect(ctx->extra_last.end != 0, 0) && ctx->row.kind == ROW_UNKNOWN &&
               unknown_row_remark(ctx, t, label)) {
        /* 规章⇥3⇥1⇥27⇥含备案 under 备注: the row's remark, no row */
    } else {
        bool near = ctx->resumed_row;
        ctx->resumed_row = false;
        if (ctx->row.kind == ROW_UNKNOWN && unknown_row_due(ctx, t, label))
            near = true;
        if (ctx->row.kind == ROW_TEMPLATE)
            template_row_end(ctx, t, label, near);
        else
            unknown_row_end(ctx, t, label);
    }
    bld_vals_clear(&ctx->vals);
}

/* A row that ended with no value, the next row's label at once after its
 * own: kept aside (its P007 not yet said) while the labels stand one under
 * another, for the numbers after the last of them (take_bare_rows). */
static bool stack_bare_row(parse_ctx *ctx)
{
    struct short_row *sr = &ctx->short_row;
    struct bare_rows *b = &ctx->bare;
    if (!sr->pending || sr->n != 0)
        return false;
    if (b->n == BARE_ROWS_MAX)
        flush_bare_rows(ctx);
    b->row[b->n] = sr->row;
    b->ncols[b->n] = sr->ncols;
    b->at[b->n++] = sr->at;
    sr->pending = false;
    return true;
}

/* The row's end, with the parser's lookahead NEXT: a row short of values
 * is settled now unless NEXT is TEXT, which says why (bld_settle_short_row),
 * or a row label after a row with no value (stack_bare_row). */
/* b_row_end when stacked labels are in play (rare, out of line): a reading
 * in order confirmed or undone by this row, this row kept aside when it
 * has no value and a row label follows, else the short row settled. */
static void __attribute__((noinline)) bare_row_end(parse_ctx *ctx, int next, bool read_before)
{
    if (read_before)
        bld_bare_rows_settle(ctx, ctx->short_row.pending && ctx->short_row.n == 0);
    if (next == ROW && stack_bare_row(ctx))
        return;
    if (next != TEXT)
        bld_settle_short_row(ctx, NULL);
}

void b_row_end(parse_ctx *ctx, int next)
{
    bool read_before = ctx->bare.open;
    ctx->row_next = next;
    if (!ctx->row_next_set) {
        ctx->row_next_at = next == ROW ? ctx->la.start : 0;
        ctx->row_next_key = next == ROW ? ctx->la_key : -1;
    }
    row_end(ctx);
    ctx->row_next_set = false;
    if (__builtin_expect(read_before || ctx->bare.n || (next == ROW && ctx->short_row.pending), 0)) {
        bare_row_end(ctx, next, read_before);
        return;
    }
    if (next != TEXT)
        settle_short(ctx, NULL);
}
