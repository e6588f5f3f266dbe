/* Values to cells: a row's values as read (numbers, empty and printed
 * empty cells, text), the layout padding at its edges (the table's TAB
 * grid decides what a line-end TAB is), and one cell with its exact
 * decimal value, unit and span. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "bytes16.h"
#include "decimal.h"
#include "units.h"


/* row values → cells: the unprinted empty cells at the row's edges are
 * layout padding, always dropped. A TAB-separated row cannot say whether a
 * line-end TAB is padding or a blank last cell; taking it as a cell when the
 * row is one short would let padding stand in for a missing number, and
 * every value after the gap would slide into the wrong column. So the row
 * without them is short and says so (P007). A printed dash, a slash or a
 * bare "|" line is a cell, never padding. */

/* The table's TAB grid is the most TABs on one of its lines. Whether a row
 * spans it matters only for a row with an unprinted empty cell at an edge
 * (bld_edge_padding), which is rare: so a place on a line (a label, a
 * value) is only noted when seen, and the lines of the places noted are
 * found and counted when a row asks, or when GRID_PENDING of them wait.
 * Most tables have no TAB at all: one memchr over the span of the lines
 * noted says so, and no line is looked up but the first and the last; in
 * a text with no TAB, no place is noted at all. */

/* Sixteen 0s, then sixteen 1s: the sixteen from r on keep the last r
 * bytes of a compare, each as 1 (count_tabs' last bytes). */
static const uint8_t tab_tail_keep[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                          1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/* The TABs of a line, sixteen bytes a step (bytes16.h): a compare gives
 * each TAB's byte all ones, and subtracting it counts one in that byte of
 * ACC (255 steps at most before the bytes are summed, so none wraps). The
 * last bytes, under sixteen, are counted in the sixteen that end the line
 * (the bytes before them masked off: tab_tail_keep) when the text has
 * sixteen bytes before the line's end: a row's line is a few dozen bytes,
 * and a byte at a time its tail cost as much as the steps. */
static int count_tabs(const uint8_t *src, xxgk_span l)
{
    unsigned n = 0;
    uint32_t i = l.start;
    while (l.end - i >= 16) {
        bytes16 acc = {0};
        for (int k = 0; k < 255 && l.end - i >= 16; k++, i += 16)
            acc -= (bytes16)(bytes16_at(src + i) == '\t');
        n += bytes16_sum(acc);
    }
    uint32_t r = l.end - i; /* under 16 */
    if (r && l.end >= 16)
        return (int)(n + bytes16_sum((bytes16)(bytes16_at(src + l.end - 16) == '\t') &
                                     bytes16_at(tab_tail_keep + r)));
    for (; i < l.end; i++)
        n += src[i] == '\t';
    return (int)n;
}

/* No TAB in the whole text: one memchr, when the document's first grid
 * begins (bld_grid_reset), says so for every grid of the document (most
 * reports of one kind or the other); while it says none, no place is
 * noted (build.h: bld_grid_idle). */
static bool text_tabless(parse_ctx *ctx)
{
    if (!ctx->text_tabs)
        ctx->text_tabs = memchr(ctx->doc->src, '\t', ctx->doc->len) ? 2 : 1;
    return ctx->text_tabs == 1;
}

/* No TAB on any of the lines of the places noted: none in the text, or
 * none between the start of the first place's line and the end of the
 * last one's (a table of another layout: '|', spaces). */
static bool pending_tabless(parse_ctx *ctx)
{
    if (text_tabless(ctx))
        return true;
    uint32_t lo = UINT32_MAX, hi = 0;
    for (int i = 0; i < ctx->ngrid_pending; i++) {
        lo = ctx->grid_pending[i] < lo ? ctx->grid_pending[i] : lo;
        hi = ctx->grid_pending[i] > hi ? ctx->grid_pending[i] : hi;
    }
    if (lo > hi)
        return true; /* none noted */
    uint32_t from = xxgk_doc_line(ctx->doc, lo).start, to = xxgk_doc_line(ctx->doc, hi).end;
    return from >= to || !memchr(ctx->doc->src + from, '\t', to - from);
}

/* The TABs of the line at AT: the line counted last when AT is on it. */
static int line_tabs(parse_ctx *ctx, uint32_t at, xxgk_span *line)
{
    if (ctx->grid_line_known && at >= ctx->grid_line.start && at <= ctx->grid_line.end) {
        *line = ctx->grid_line;
        return ctx->grid_line_tabs;
    }
    *line = xxgk_doc_line(ctx->doc, at);
    return count_tabs(ctx->doc->src, *line);
}

/* The lines of the places noted widen the grid: each line once while the
 * places stay on it (every value of a row is on one line). A grid that has
 * a TAB already is not asked whether the lines have none (pending_tabless:
 * a line without one widens nothing either way). The line counted last is
 * kept (ctx->grid_line) for bld_full_width_row, and its count is taken
 * from there by the next call whose places are on it: counting it again
 * per GRID_PENDING places was quadratic in one long line of cells. */
void bld_grid_count(parse_ctx *ctx)
{
    int k = ctx->grid_tabs > 0 || !pending_tabless(ctx) ? ctx->ngrid_pending : 0;
    xxgk_span l = {1, 0}; /* the line counted last: none yet */
    int n = -1;
    for (int i = 0; i < k; i++) {
        uint32_t at = ctx->grid_pending[i];
        if (at >= l.start && at <= l.end)
            continue;
        n = line_tabs(ctx, at, &l);
        if (n > ctx->grid_tabs)
            ctx->grid_tabs = n;
    }
    if (n >= 0) {
        ctx->grid_line_known = true;
        ctx->grid_line = l;
        ctx->grid_line_tabs = n;
    }
    ctx->ngrid_pending = 0;
}

/* A new grid, starting at AT: a table's, or a clause's of table 二. */
void bld_grid_reset(parse_ctx *ctx, uint32_t at)
{
    bld_lead_settle(ctx);
    bld_blank_last_settle(ctx);
    ctx->grid_tabs = 0;
    ctx->ngrid_pending = 0;
    (void)text_tabless(ctx); /* known from the first grid on: bld_grid_idle */
    ctx->grid_from = at;
    ctx->lead_head_at = UINT32_MAX;
    ctx->lay.n = 0; /* columns learnt anew (build_layout.c) */
}

/* The label area. A layout may print a row's label over two cells of the
 * TAB grid (规章⇥⇥7⇥9⇥44⇥: the label, the empty rest of the label column,
 * the values, a line-end TAB), so the empty cells after a label are the
 * label area or blank cells. The label area is as wide on every row of
 * one kind (a row of the first column; a numbered sub-row of a group,
 * whose group stands in the first column or above it) and before the
 * header's first column word (本年制发件数, 自然人), which shows it for
 * the rows of the first column until a row shows it; a row whose numbers
 * fill its columns shows it before its first number. A row that needs
 * some of its edge blanks as cells is placed by it (bld_lead_place): a
 * blank or a word in place of a number keeps its own column, never
 * shifting the values after it. Such rows are rare: the label area is
 * read from the text of the rows before and of the header only for them,
 * at no cost to the other rows. */

/* The kind of row ROW for its label area: 1 a numbered sub-row of a
 * group (table 三's 1.属于国家秘密), else 0. */
static int lead_kind(int row)
{
    return row > 0 && row < XXGK_R__COUNT && *xxgk_tpl_row_group(row) ? 1 : 0;
}

/* The label area LEAD shown at *L: kept when it is the first or agrees,
 * -2 when two disagree (then no row is placed by it). */
static void lead_learn(int *l, int lead)
{
    if (*l == -1)
        *l = lead;
    else if (*l != lead)
        *l = -2;
}

/* The first column word of a header at AT (本年制发件数, 自然人): the
 * TABs from its line's start to it are the grid cells before it, the
 * label's and the label area's (信息内容⇥⇥本年制发件数, ⇥⇥自然人: one
 * blank after the label); -1 when a line with another delimiter before
 * the word (| ｜), or no TAB, shows nothing. */
static int header_lead(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t from = xxgk_doc_line(ctx->doc, at).start;
    int tabs = 0;
    for (uint32_t i = from; i < at; i++) {
        if (src[i] == '|' || (i + 2 < at && utf8_wide_bar(src + i)))
            return -1;
        tabs += src[i] == '\t';
    }
    return tabs - 1;
}

/* Table 三's 自然人 at AT: its header's first column word. */
void bld_lead_header(parse_ctx *ctx, uint32_t at) { ctx->lead_head_at = at; }

/* The label area a row shows whose label ends at AT: the blank cells
 * after the TAB that follows it on its line, when the line then holds
 * NCOLS cells, none blank, and nothing but blanks after them; else -1. */
static int row_lead(const parse_ctx *ctx, uint32_t at, int ncols, int *trail)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = xxgk_doc_line(ctx->doc, at).end;
    if (at >= e || src[at] != '\t')
        return -1;
    int lead = 0, filled = 0, blanks_after = 0;
    for (uint32_t i = at; i < e;) { /* the cell after the TAB at i */
        uint32_t j = i + 1;
        bool blank = true;
        for (; j < e && src[j] != '\t'; j++)
            blank &= src[j] == ' ' || src[j] == '\r';
        if (!blank && blanks_after)
            return -1; /* a blank between the row's values */
        if (blank && filled)
            blanks_after++;
        else if (blank)
            lead++;
        else
            filled++;
        i = j;
    }
    *trail = blanks_after;
    return filled == ncols ? lead : -1;
}

/* The label area of rows of ROW's kind in the current grid, as the rows
 * read before show it (each row of the same kind whose numbers fill its
 * NCOLS columns), else as the header shows it for rows of the first
 * column; -1 when neither does, -2 when they show it two ways. */
static int lead_of(const parse_ctx *ctx, int row, int ncols)
{
    int kind = lead_kind(row), lead = -1;
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        if (r == row || !ctx->row_seen[r] || lead_kind(r) != kind || ctx->row_spans[r].start < ctx->grid_from)
            continue;
        int trail, l = row_lead(ctx, ctx->row_spans[r].end, ncols, &trail);
        if (l >= 0)
            lead_learn(&lead, l);
    }
    if (lead != -1 || kind)
        return lead;
    uint32_t head = bld_header_word_at(ctx);
    return head != UINT32_MAX ? header_lead(ctx, head) : -1;
}

/* A row whose P048 was given while the label area of its kind was
 * unknown (no row before it, no header word showed it: the first row of
 * a table) and whose reading kept the blank after its label as its first
 * cell: that P048 waits for the grid's end (bld_lead_settle). */
void bld_lead_unsure_wait(parse_ctx *ctx, xxgk_diag *d, int row, int ncols, bool blank_first)
{
    if (!d || !blank_first || ctx->lead_unsure || lead_of(ctx, row, ncols) != -1)
        return;
    ctx->lead_unsure = d;
    ctx->lead_unsure_row = row;
    ctx->lead_unsure_ncols = ncols;
}

/* lead-settled: the rows of the grid read after a P048's row show its
 * kind's label area none (each of their numbers in the field right after
 * the label, one way): the blank after that row's label was its first
 * cell, as read, and the same row later in the table would have been
 * placed so with no finding (bld_lead_place). The P048 is taken back,
 * the cells keep their reading. A label area the later rows show (or
 * show two ways) keeps it. Called when the grid ends (a new clause, a
 * new table, the table's end). */
void bld_lead_settle(parse_ctx *ctx)
{
    xxgk_diag *d = ctx->lead_unsure;
    if (!d)
        return;
    ctx->lead_unsure = NULL;
    if (lead_of(ctx, ctx->lead_unsure_row, ctx->lead_unsure_ncols) == 0)
        doc_drop_diag(ctx->doc, d);
}

/* The table shows no label area wider than a row's label cell for ROW's
 * kind (none, or as rows of NCOLS numbers and the header show it: -1 when
 * unknown, 0): a row's first value stands in the field after its label. */
bool bld_lead_none(const parse_ctx *ctx, int row, int ncols)
{
    int lead = lead_of(ctx, row, ncols);
    return lead == -1 || lead == 0;
}

/* A row of a page's or a .docx table's cells: every TAB of its line is a
 * cell boundary the file marks (<td></td>, an empty w:tc), but a label
 * merged over columns (colspan) is one field, so such a row's line is
 * narrower than a sub-row's (三、本年度办理结果⇥（七）总计⇥⇥203… against
 * …⇥（三）不予公开⇥1.属于国家秘密⇥…) and is no full-width row of the
 * TAB grid. Its fields are its cells all the same when they are exactly
 * its NCOLS columns on its label's line and the full rows of its kind put
 * their first number right after the label (label area 0): a blank
 * field there is the file's blank first cell, not layout. A label area
 * the table shows wider, or unknown, or two ways: no (P007 as before). */
bool bld_delimited_full_row(parse_ctx *ctx, int row, int ncols)
{
    const cellbuf *b = &ctx->vals;
    if (!ctx->cells_delimited || ncols <= 0 || b->n != (size_t)ncols)
        return false;
    if (!doc_same_line(ctx->doc, b->v[0].start, b->v[b->n - 1].start))
        return false;
    return lead_of(ctx, row, ncols) == 0;
}

/* The current grid's header's first column word (table 二's
 * 本年制发件数, table 三's 自然人), UINT32_MAX when the grid has none. */
uint32_t bld_header_word_at(const parse_ctx *ctx)
{
    const xxgk_table *t = ctx->tab;
    uint32_t head = t && t->id == XXGK_TABLE_PROACTIVE ? (ctx->ncols ? ctx->header_at.start : UINT32_MAX)
                                                       : ctx->lead_head_at;
    return head != UINT32_MAX && head >= ctx->grid_from ? head : UINT32_MAX;
}

/* The blanks past their NCOLS columns that the full rows of ROW's kind
 * read before all end with (a spare empty column of a copied range:
 * 规章⇥0⇥0⇥0⇥⇥ on every line): the table's own line-end layout; -1 when
 * no such row was read (the layout is not known yet). */
int bld_lead_trail(const parse_ctx *ctx, int row, int ncols)
{
    int kind = lead_kind(row), least = -1;
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        if (r == row || !ctx->row_seen[r] || lead_kind(r) != kind || ctx->row_spans[r].start < ctx->grid_from)
            continue;
        int trail;
        if (row_lead(ctx, ctx->row_spans[r].end, ncols, &trail) >= 0 && (least < 0 || trail < least))
            least = trail;
    }
    return least;
}

/* Some row of ROW's kind in the current grid whose numbers fill its NCOLS
 * columns ends with a blank past them (a spare line-end column), the
 * rows read after ROW included: asked at the grid's end
 * (bld_blank_last_settle). */
bool bld_kind_spare_any(const parse_ctx *ctx, int row, int ncols)
{
    int kind = lead_kind(row);
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        if (r == row || !ctx->row_seen[r] || lead_kind(r) != kind || ctx->row_spans[r].start < ctx->grid_from)
            continue;
        int trail;
        if (row_lead(ctx, ctx->row_spans[r].end, ncols, &trail) >= 0 && trail > 0)
            return true;
    }
    return false;
}

/* A full-width row of ROW that needs edge blanks as cells: its label area
 * as the table shows it for its kind is layout, the blanks after it are
 * cells, and the line-end blanks are layout past its NCOLS columns. False
 * when the values fill the columns without the blanks (trimmed as
 * before), when the table shows no label area (or two), or when the row
 * has more cells than columns all the same (P006 as before). */
bool bld_lead_place(parse_ctx *ctx, int row, int ncols, size_t *first, size_t *count)
{
    const cellbuf *b = &ctx->vals;
    size_t a = 0, tail = 0;
    while (a < b->n && padding_candidate(&b->v[a]))
        a++;
    while (tail < b->n - a && padding_candidate(&b->v[b->n - 1 - tail]))
        tail++;
    if (b->n - a - tail >= (size_t)ncols || text_tabless(ctx))
        return false;
    int lead = lead_of(ctx, row, ncols);
    if (lead < 0)
        return false;
    size_t f = a < (size_t)lead ? a : (size_t)lead, n = b->n - f;
    while (n > (size_t)ncols && padding_candidate(&b->v[f + n - 1]))
        n--;
    if (n > (size_t)ncols)
        return false;
    *first = f;
    *count = n;
    return true;
}


/* A TAB row that spans the table's whole grid (its values on one line with
 * as many TABs as the widest line of the table): each of its fields is a
 * cell of the grid, so a line-end TAB there can be a blank last cell. Not
 * a bar row (utf8_bar_framed: │<TAB>规章<TAB>│<TAB><TAB>│…), whose TABs pad
 * its bars and are no grid: its blank cell is read by the bars
 * (bld_pipe_blank_edges), as the space-padded twin's is. */
bool bld_full_width_row(parse_ctx *ctx)
{
    const cellbuf *b = &ctx->vals;
    if (!b->n)
        return false;
    bld_grid_count(ctx);
    if (ctx->grid_tabs <= 0)
        return false;
    xxgk_span last;
    int tabs = line_tabs(ctx, b->v[b->n - 1].start, &last);
    uint32_t first = b->v[0].start; /* on the last value's line? */
    const uint8_t *src = ctx->doc->src;
    return first >= last.start && first <= last.end && tabs == ctx->grid_tabs &&
           !utf8_bar_framed(src + last.start, src + last.end);
}

/* A full-width row: edge empty cells are padding only while there are more
 * cells than columns (the grid may be wider than the template: a merged
 * label column, a spare column at the end). */
void bld_trim_full_width(const cellbuf *b, size_t ncols, size_t *first, size_t *count)
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

/* The row kept a line-end blank as its last cell, which could as well be a
 * missing number (P023): that cell, else NULL. The caller names the row
 * only then. */
const ptok *bld_blank_last(const parse_ctx *ctx, size_t f, size_t n)
{
    if (n && !ctx->cells_delimited && line_end_blank(ctx, &ctx->vals.v[f + n - 1]))
        return &ctx->vals.v[f + n - 1];
    return NULL;
}


/* The bytes of one blank at AT (before END) between a sign word and its
 * number: ' ', or U+3000 (a full-width blank, 396减　3); 0 when none. */
static size_t sign_blank_len(const uint8_t *src, uint32_t at, uint32_t end)
{
    if (at < end && src[at] == ' ')
        return 1;
    return at + 3 <= end && src[at] == 0xE3 && src[at + 1] == 0x80 && src[at + 2] == 0x80 ? 3 : 0;
}

/* Rule: an invisible format character between a number and its unit
 * word, after a blank or TAB (6<TAB><ZWSP>元), is read through as the
 * one glued to the number is (6<ZWSP>元): the cell names it (L034 in its
 * flags), so its span runs over the blanks to the last such character.
 * AT is the digits' end: the end of that run, else AT. */
static uint32_t format_run_end(const uint8_t *src, uint32_t at, uint32_t end)
{
    uint32_t last = at;
    for (uint32_t p = at, l; p < end; p += l) {
        if (src[p] == ' ' || src[p] == '\t')
            l = 1;
        else if ((l = (uint32_t)sign_blank_len(src, p, end)) || (end - p >= 2 && src[p] == 0xC2 && src[p + 1] == 0xA0 && (l = 2)))
            ;
        else if ((l = (uint32_t)utf8_format_len(src + p, end - p)) != 0)
            last = p + l;
        else
            break;
    }
    return last;
}

/* The end of a number's digits within its token [at, end): the unit
 * printed after it is not part of the cell's span. ASCII digits, '.', '-',
 * an exponent, a thousands separator before a digit (3,119: the value's
 * reading takes it), and the full-width digits, point and minus. The first PLAIN
 * bytes are ASCII digits and the byte after them is none (the reading of
 * the value found them: dec_parse_plain), so the walk starts past them. */
static uint32_t number_end(const uint8_t *src, uint32_t at, uint32_t end, size_t plain)
{
    bool neg;
    if (!plain) /* a sign: – — − as well (dec_minus_len), 增 减 (dec_change_word_len) */
        at += (uint32_t)(dec_minus_len(src + at, end - at) + dec_change_word_len(src + at, end - at, &neg));
    for (size_t b; (b = sign_blank_len(src, at, end));)
        at += (uint32_t)b; /* 减 2, 减　2: the word spaced from its number (spaced_change_number) */
    at += (uint32_t)plain;
    while (at < end && src[at] >= '0' && src[at] <= '9')
        at++; /* the common number: ASCII digits alone */
    while (at < end && ((src[at] >= '0' && src[at] <= '9') || src[at] == '.' || src[at] == '-' ||
                        src[at] == 'e' || src[at] == 'E' || src[at] == '+' || src[at] >= 0x80 ||
                        (src[at] == ',' && at + 1 < end && src[at + 1] >= '0' && src[at + 1] <= '9'))) {
        if (src[at] >= 0x80) {
            uint32_t cp;
            int l = utf8_decode(src + at, end - at, &cp);
            if (!l || !((cp >= 0xFF10 && cp <= 0xFF19) || cp == 0xFF0E || cp == 0xFF0D || cp == 0xFF0B ||
                        utf8_format_len(src + at, end - at))) /* 94<ZWSP>19: L034 */
                break;
            at += (uint32_t)l;
        } else {
            at++;
        }
    }
    return at < end && (src[at] == ' ' || src[at] == '\t' || src[at] >= 0x80) ? format_run_end(src, at, end) : at;
}

/* L007: the number does not fit an exact decimal; it makes no cell. */
static void number_overflow(parse_ctx *ctx, const ptok *v)
{
    const char *s = (const char *)ctx->doc->src + v->start;
    /* the number part only, for the message */
    size_t n = 0;
    while (v->start + n < v->end && s[n] != ' ' && (unsigned char)s[n] < 0xE4)
        n++;
    char buf[96];
    snprintf(buf, sizeof buf, "%.*s", (int)(n < 80 ? n : 80), s);
    xxgk_doc_add_diag(ctx->doc, XXGK_L_NUMBER_OVERFLOW, span_of(v->start, v->end), buf);
}

void bld_cells_reset(parse_ctx *ctx)
{
    ctx->ncells = 0;
    ctx->cell_keys = (key_box){XXGK_R__COUNT, 0, XXGK_C__COUNT, 0, 0};
}

/* Cells of row ROW with keys, KEYED of them in the columns C0..C1, widen
 * the key box of the table's cells and count in the row's present cells
 * (t->row_cells: a made cell is a value or an empty one, never absent),
 * so that the table's end finds both made (build_table.c: cells_room) and
 * does not walk the cells for them. */
static inline void note_keys(parse_ctx *ctx, int row, int c0, int c1, size_t keyed)
{
    key_box *b = &ctx->cell_keys;
    b->r0 = row < b->r0 ? row : b->r0;
    b->r1 = row > b->r1 ? row : b->r1;
    b->c0 = c0 < b->c0 ? c0 : b->c0;
    b->c1 = c1 > b->c1 ? c1 : b->c1;
    b->keyed += keyed;
    size_t present = ctx->tab->row_cells[row] + keyed; /* each counted up to UINT8_MAX */
    ctx->tab->row_cells[row] = (uint8_t)(present < UINT8_MAX ? present : UINT8_MAX);
}

/* The cells [from, ctx->ncells) just made, all of row ROW: their keys
 * noted once for the row. */
static void note_row_keys(parse_ctx *ctx, int row, size_t from)
{
    if (row <= 0 || row >= XXGK_R__COUNT)
        return;
    int c0 = XXGK_C__COUNT, c1 = 0;
    size_t keyed = 0;
    for (size_t i = from; i < ctx->ncells; i++) {
        int col = ctx->cells[i].col;
        if (col <= 0 || col >= XXGK_C__COUNT)
            continue;
        c0 = col < c0 ? col : c0;
        c1 = col > c1 ? col : c1;
        keyed++;
    }
    if (keyed)
        note_keys(ctx, row, c0, c1, keyed);
}

/* unit → cell: a number's unit is the one printed beside it, else the one
 * its row label states (行政事业性收费（元）: the row being read), else the
 * one its column header states, else the one the table's unit line states,
 * else the template's (本年收费金额（单位：万元）). Table 二's header is
 * the clause's (ctx->cols); a unit line holds for the table. */
int bld_stated_unit(const parse_ctx *ctx, int col)
{
    if (ctx->row_unit != XXGK_UNIT_NONE) /* the fee row's label's (row_label_unit) */
        return ctx->row_unit;
    if (ctx->tab && ctx->tab->id == XXGK_TABLE_PROACTIVE)
        for (int i = 0; i < ctx->ncols && i < 8; i++)
            if (ctx->cols[i] == col && ctx->col_units[i] != XXGK_UNIT_NONE)
                return ctx->col_units[i];
    return ctx->line_unit != XXGK_UNIT_NONE ? ctx->line_unit : xxgk_tpl_col_unit(col);
}

/* The money unit word printed beside the number V (万元 of 89万元, of
 * 89 （万元）: past the digits, the spaces and an opening bracket, without
 * the closing one): its place. */
static xxgk_span money_word_at(const uint8_t *src, const ptok *v)
{
    uint32_t at = number_end(src, v->start, v->end, 0);
    while (at < v->end && (src[at] == ' ' || src[at] == '\t' || src[at] == '(' || src[at] >= 0x80)) {
        uint32_t cp = 0;
        int l = src[at] < 0x80 ? 1 : utf8_decode(src + at, v->end - at, &cp);
        if (!l || (src[at] >= 0x80 && cp != 0x3000 && cp != 0xA0 && cp != 0xFF08))
            break; /* the unit word starts here */
        at += (uint32_t)l;
    }
    size_t len = 0;
    /* past a footnote mark between (3※ 万元: lexer.re marked_number_unit) */
    while (at < v->end && unit_word(src + at, src + v->end, &len) == XXGK_UNIT_NONE) {
        uint32_t cp = 0;
        int l = utf8_decode(src + at, v->end - at, &cp);
        at += l > 0 ? (uint32_t)l : 1;
    }
    return span_of(at, len ? at + (uint32_t)len : v->end);
}

/* A unit printed beside the number that names no exact amount in 元
 * (35.62万余元, 35.62美元): P029 at the unit (past the digits, the spaces
 * and a bracket), and the number makes no cell. */
static void inexact_unit(parse_ctx *ctx, const uint8_t *src, const ptok *v)
{
    xxgk_span w = money_word_at(src, v);
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)(w.end - w.start < 60 ? w.end - w.start : 60), (const char *)src + w.start);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT, w, buf);
}

/* money unit on a count cell → no cell: a unit of money printed beside
 * a number (89万元, 89 萬元, 89（千元）, 89万) under a column of counts (table
 * 三's and 四's, table 二's but its money columns) says the number is no
 * count (or, 万 and 亿 alone, a count of ten thousands): the word is text
 * where the count is due (P009, at the word), the number makes no cell, as
 * a count's unit under the fees' column is (count_unit_fits). True when
 * the unit fits the column. */
static __attribute__((noinline)) bool money_unit_fits(parse_ctx *ctx, const uint8_t *src, const ptok *v, int row,
                                                     int col)
{
    if (col <= 0 || xxgk_tpl_col_kind(col) == XXGK_COL_MONEY)
        return true;
    xxgk_span w = money_word_at(src, v);
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)(w.end - w.start < 60 ? w.end - w.start : 60), (const char *)src + w.start);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, w, buf, bld_row_name(ctx, row));
    return false;
}

/* P046: digits with a letter glued to them (11O, 3O5.62, 1l026) where a
 * number of ROW is due; the caret over the whole token, no cell. The
 * letter may be a misread 0 or 1, or not: the digits are never read. */
__attribute__((noinline)) void bld_letter_in_number(parse_ctx *ctx, const ptok *v, int row)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t at = v->start;
    uint32_t cp = 0;
    int l = 1;
    while (at < v->end && (l = utf8_decode(src + at, v->end - at, &cp)) > 0 &&
           ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || cp == '.' || cp == ',' ||
            cp == 0xFF0E || cp == 0xFF0C || cp == '-' || cp == '+' || cp == 0xFF0D || cp == 0xFF0B || (cp >= 0x2012 && cp <= 0x2015) ||
            cp == 0x2212))
        at += (uint32_t)l;
    /* a blank before the mark (12 ；5) is not the mark: the message names ； */
    uint32_t b;
    while (at < v->end && (b = utf8_blank_len(src + at, src + v->end)) != 0)
        at += b;
    if (at < v->end)
        l = utf8_decode(src + at, v->end - at, &cp);
    else if (at < ctx->doc->len) /* all digits (an unproven end, pagetext.h pt_ends): the mark after them, whole */
        l = utf8_decode(src + at, ctx->doc->len - at, &cp);
    char buf[96], letter[8];
    bld_text_of(ctx, v, buf, sizeof buf);
    snprintf(letter, sizeof letter, "%.*s", l > 0 && l < 5 ? l : 1, (const char *)src + at);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_LETTER_IN_NUMBER, tok_span(v), buf, bld_row_name(ctx, row), letter);
}

/* Is the byte at p part of a number's digits: an ASCII digit, point or
 * separator, or the lead or tail of a full-width one (０-９ ． ，: EF BC
 * 8C..99)? */
static bool digit_byte(const uint8_t *p, const uint8_t *end)
{
    if ((*p >= '0' && *p <= '9') || *p == '.' || *p == ',')
        return true;
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x8C && p[2] <= 0x99;
}

/* Bytes of a footnote mark's character at p (n bytes left), as the
 * scanner's NOTEMARK reads one: * ＊ ※ † ‡ ① to ⑳, a raised digit; a raised
 * or lowered bracketed mark (⁽注⁾ ₍a₎) whole; 0 when none. */
static uint32_t note_mark_len(const uint8_t *p, uint32_t n)
{
    if (n >= 1 && p[0] == '*')
        return 1;
    if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xB9 || p[1] == 0xB2 || p[1] == 0xB3))
        return 2;
    if (n < 3)
        return 0;
    if ((p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8A) ||                                  /* ＊ */
        (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xBB || p[2] == 0xA0 || p[2] == 0xA1)) || /* ※ † ‡ */
        (p[0] == 0xE2 && p[1] == 0x91 && p[2] >= 0xA0 && p[2] <= 0xB3) ||                  /* ① to ⑳ */
        (p[0] == 0xE2 && p[1] == 0x81 && (p[2] == 0xB0 || (p[2] >= 0xB4 && p[2] <= 0xB9))))  /* ⁰ ⁴-⁹ */
        return 3;
    if (p[0] == 0xE2 && ((p[1] == 0x81 && p[2] == 0xBD) || (p[1] == 0x82 && p[2] == 0x8D))) { /* ⁽ ₍ */
        uint8_t close = p[1] == 0x81 ? 0xBE : 0x8E;
        for (uint32_t i = 3; i + 3 <= n && i < 40; i++)
            if (p[i] == 0xE2 && p[i + 1] == p[1] && p[i + 2] == close)
                return i + 3;
    }
    return 0;
}

/* A number printed with a mark of approximation (约1534, 1534余, 15%: the
 * scanner's APRE and APOST) is no exact count: P034 at the mark (the one
 * before the digits when there are two), and the number makes no cell. */
static void approx_number(parse_ctx *ctx, const uint8_t *src, const ptok *v)
{
    uint32_t d = v->start; /* the digits' start, past the mark before them */
    while (d < v->end && !digit_byte(src + d, src + v->end) && !dec_minus_len(src + d, v->end - d))
        d++;
    uint32_t n = d + (uint32_t)dec_minus_len(src + d, v->end - d), e = n;
    while (e < v->end && digit_byte(src + e, src + v->end))
        e += src[e] < 0x80 ? 1 : 3;
    uint32_t ne = e; /* the number as printed: a raised number after it (约10³) quoted too */
    while (ne + 1 < v->end && ((src[ne] == 0xC2 && (src[ne + 1] == 0xB9 || src[ne + 1] == 0xB2 || src[ne + 1] == 0xB3)) ||
                               (ne + 2 < v->end && src[ne] == 0xE2 && src[ne + 1] == 0x81 &&
                                (src[ne + 2] == 0xB0 || (src[ne + 2] >= 0xB4 && src[ne + 2] <= 0xB9)))))
        ne += src[ne] == 0xC2 ? 2 : 3;
    uint32_t ms = v->start, me = d; /* the mark before: 约 */
    while (me > ms && (src[me - 1] == ' ' || src[me - 1] == '\t'))
        me--;
    if (me == ms) { /* else the mark after: 余, %, past a footnote mark glued between (2293*余, 2293①%) */
        for (ms = ne; ms < v->end;) {
            uint32_t k = note_mark_len(src + ms, v->end - ms);
            if (k)
                ms += k;
            else if (src[ms] == ' ' || src[ms] == '\t')
                ms++;
            else
                break;
        }
        me = v->end;
    }
    char mark[64], num[64];
    snprintf(mark, sizeof mark, "%.*s", (int)(me - ms < 60 ? me - ms : 60), (const char *)src + ms);
    snprintf(num, sizeof num, "%.*s", (int)(ne - d < 60 ? ne - d : 60), (const char *)src + d);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_APPROX_NUMBER, span_of(ms, me), mark, num);
}

/* cell → CHGW number: 增N/减N, the 2019 form's 本年增/减 printed with its
 * sign in words, is +N/-N in that column of table 二 only (the filter let
 * it through as a number because the header prints the column:
 * change_column_printed, tokens.c); under any other column of that header
 * the word is text where a number is due (P009 at it), no cell. The word
 * is read here, not by the number parsers (decimal.h). Out of line: rare. */
/* The number after V's 增/减 word (减 2, 减　2: the word spaced from its
 * number, spaced_change_number, glued_change_sign), signed by the word:
 * 减35 is -35. 0, or -1 when the digits do not fit (or are none). Read by
 * the cell (change_word_cell) and by a row's second copy set against it
 * (build_row.c, same_as_cell). */
int bld_change_word_value(const uint8_t *src, const ptok *v, xxgk_dec *out, bool *scientific)
{
    bool neg = false;
    size_t w = dec_change_word_len(src + v->start, v->end - v->start, &neg), plain;
    for (size_t b; (b = sign_blank_len(src, v->start + (uint32_t)w, v->end));)
        w += b;
    if (dec_parse_plain((const char *)src + v->start + w, v->end - v->start - w, out, scientific, &plain) != 0)
        return -1;
    if (neg)
        out->mant = -out->mant;
    return 0;
}

static __attribute__((noinline, cold)) bool change_word_cell(parse_ctx *ctx, const uint8_t *src, xxgk_cell *c,
                                                             int table, int row, int col, const ptok *v)
{
    bool neg = false;
    size_t word = dec_change_word_len(src + v->start, v->end - v->start, &neg);
    if (table != XXGK_TABLE_PROACTIVE || col != XXGK_C_CHANGE) {
        char text[8];
        memcpy(text, src + v->start, word);
        text[word] = 0;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, span_of(v->start, v->start + (uint32_t)word), text,
                          bld_row_name(ctx, row));
        return false;
    }
    if (bld_change_word_value(src, v, &c->value, &c->scientific) != 0) {
        number_overflow(ctx, v);
        return false;
    }
    c->state = XXGK_CELL_VALUE;
    c->span.end = number_end(src, v->start, v->end, 0);
    return true;
}

/* A count's unit printed beside V (40件, 3 人次: the scanner's CNTW)
 * under COL: in a column of counts it is the cell's own unit, the number
 * a count as if printed bare (true); under a column of money (本年收费金额)
 * it names no amount: the word is text where the number is due (P009, at
 * the word), no cell (false), as a count's unit after the fee row's label
 * is (row_label_unit). */
static __attribute__((noinline)) bool count_unit_fits(parse_ctx *ctx, const uint8_t *src, const ptok *v, int row,
                                                     int col)
{
    if (xxgk_tpl_col_kind(col) != XXGK_COL_MONEY)
        return true;
    uint32_t at = number_end(src, v->start, v->end, 0);
    uint32_t k;
    /* the scanner's blanks between number and word (SP: TAB, \f, U+3000,
     * U+00A0 as well as ' '): the finding is at the word */
    while (at < v->end && ((k = utf8_blank_len(src + at, src + v->end)) != 0 || src[at] == '\f'))
        at += k ? k : 1;
    /* the word (人次, 件次: 6 bytes), whole characters only */
    uint32_t n = v->end - at < 12 ? v->end - at : 12;
    while (n > 0 && at + n < v->end && (src[at + n] & 0xC0) == 0x80)
        n--;
    char buf[16];
    snprintf(buf, sizeof buf, "%.*s", (int)n, (const char *)src + at);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, span_of(at, v->end), buf, bld_row_name(ctx, row));
    return false;
}

/* A word glued after V's digits (148年, 3 人: tokens.c glued_word_value)
 * where a number of ROW is due: text where the number is due (P009, at
 * the word), no cell; the number is never read without it. */
static __attribute__((noinline, cold)) void glued_word(parse_ctx *ctx, const uint8_t *src, const ptok *v, int row)
{
    if (v->page_glued) { /* 52青禾市…报告: the page's number may end the digits */
        char num[24];
        snprintf(num, sizeof num, "%.*s", (int)(v->end - v->start < 20 ? v->end - v->start : 20),
                 (const char *)src + v->start);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_PAGE_GLUED_NUMBER, span_of(v->start, v->end), num, bld_row_name(ctx, row));
        return;
    }
    uint32_t at = number_end(src, v->start, v->end, 0);
    uint32_t k;
    while (at < v->end && (k = utf8_blank_len(src + at, src + v->end)) != 0)
        at += k;
    char buf[49];
    uint32_t n = v->end - at < 45 ? v->end - at : 45;
    while (n > 0 && at + n < v->end && (src[at + n] & 0xC0) == 0x80)
        n--; /* whole characters only */
    snprintf(buf, sizeof buf, "%.*s", (int)n, (const char *)src + at);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, span_of(at, v->end), buf, bld_row_name(ctx, row));
}

/* A number printed in brackets where a number of ROW is due ((12), （40）:
 * the scanner's bracketed_number) is no count as printed: accounting's
 * −12, or a note's number. Text where the number is due (P009, quoting the
 * brackets and the number), no cell; the values after it keep their
 * columns. */
static __attribute__((noinline, cold)) void bracketed_number(parse_ctx *ctx, const uint8_t *src, const ptok *v,
                                                            int row)
{
    char buf[49];
    uint32_t n = v->end - v->start < 45 ? v->end - v->start : 45;
    while (n > 0 && v->start + n < v->end && (src[v->start + n] & 0xC0) == 0x80)
        n--; /* whole characters only */
    snprintf(buf, sizeof buf, "%.*s", (int)n, (const char *)src + v->start);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, span_of(v->start, v->end), buf, bld_row_name(ctx, row));
}

/* No cell for a value that stands in its column: said where it is
 * withheld (ctx->cell_withheld), so that the row loop pays nothing. */
static inline bool withhold_cell(parse_ctx *ctx)
{
    ctx->cell_withheld = true;
    return false;
}

/* The cell of value V, a number or an empty cell, written at C: true when
 * it is one (not a number too large, L007; not a number in a unit naming
 * no exact amount, P029; not digits with a letter glued to them, P046).
 * SRC is the document's text.
 * Inline in the loop over a row's values (bld_row_cells): every cell of a
 * table. */
static inline __attribute__((always_inline)) bool number_cell(parse_ctx *ctx, const uint8_t *src, xxgk_cell *c,
                                                              int table, int row, int col, const ptok *v)
{
    if (__builtin_expect(v->not_number, 0)) {
        bld_letter_in_number(ctx, v, row);
        return withhold_cell(ctx);
    }
    if (__builtin_expect(v->word_glued, 0)) {
        glued_word(ctx, src, v, row);
        return withhold_cell(ctx);
    }
    xxgk_span sp = span_of(v->start, v->end);
    int unit = bld_cell_unit(ctx, col);
    if (v->tok == EMPTY) {
        unit = unit == UNIT_INEXACT ? XXGK_UNIT_NONE : unit;
        *c = (xxgk_cell){.table = table, .row = row, .col = col, .state = XXGK_CELL_EMPTY, .unit = unit, .span = sp};
        return true;
    }
    bool printed = v->unit_printed;
    if (__builtin_expect(printed && v->unit == UNIT_COUNT, 0)) {
        if (!count_unit_fits(ctx, src, v, row, col))
            return withhold_cell(ctx);
        printed = false; /* the count's own unit: the column's */
    } else if (__builtin_expect(printed && v->unit != XXGK_UNIT_NONE && v->unit < XXGK_UNIT__COUNT, 0) &&
               !money_unit_fits(ctx, src, v, row, col)) {
        return withhold_cell(ctx);
    }
    /* a unit that names no exact amount, or a mark of approximation
     * (UNIT_APPROX, printed with the number): no cell */
    if (printed ? v->unit >= UNIT_INEXACT : unit == UNIT_INEXACT) {
        if (v->unit_printed && v->unit == UNIT_APPROX)
            approx_number(ctx, src, v);
        else if (v->unit_printed && v->unit == UNIT_BRACKETED)
            bracketed_number(ctx, src, v, row);
        else if (v->unit_printed)
            inexact_unit(ctx, src, v);
        return withhold_cell(ctx); /* the header's unit was said once (bld_header_unit) */
    }
    unsigned first = (unsigned)src[v->start] - '0';
    if (sp.end - sp.start == 1 && first < 10 && !printed) {
        /* one digit, most cells (0): its value, as dec_parse_plain reads it */
        *c = (xxgk_cell){.table = table, .row = row, .col = col, .state = XXGK_CELL_VALUE, .unit = unit,
                         .value = {first, 0}, .span = sp};
        return true;
    }
    *c = (xxgk_cell){.table = table, .row = row, .col = col, .unit = unit, .span = sp};
    size_t plain;
    bool neg; /* 增/减 first: no digit there, refused by the parser; change_word_cell reads it below */
    if (dec_parse_plain((const char *)src + v->start, v->end - v->start, &c->value, &c->scientific, &plain) != 0 &&
        dec_change_word_len(src + v->start, v->end - v->start, &neg) == 0) {
        number_overflow(ctx, v);
        return withhold_cell(ctx);
    }
    c->state = XXGK_CELL_VALUE;
    if (printed) {
        c->unit = v->unit;
        c->unit_printed = true;
    }
    /* the cell's span is the number itself, without the unit: the whole
     * token when its plain digits fill it (most cells) */
    if (plain != v->end - v->start) {
        if (!plain && (src[v->start] == 0xE5 || src[v->start] == 0xE6)) /* 增 减 減: no digit first */
            return change_word_cell(ctx, src, c, table, row, col, v) || withhold_cell(ctx);
        c->span.end = number_end(src, v->start, v->end, plain);
    }
    return true;
}

/* The cell of value V written at C: true when it is one (TEXT is not:
 * P009 said by the caller; nor a number too large, L007). */
static inline bool cell_at(parse_ctx *ctx, const uint8_t *src, xxgk_cell *c, int table, int row, int col,
                           const ptok *v)
{
    return (v->tok == EMPTY || v->tok == NUMBER) && number_cell(ctx, src, c, table, row, col, v);
}

/* The cell of a whole number read already (WHOLE: the digits alone at SP,
 * a glued row's, unglue_rows.c): what cell_at makes of a token of those
 * digits, without reading them again; UNIT: the column's (bld_cell_unit). */
static inline void whole_cell(xxgk_cell *c, int table, int row, int col, int unit, xxgk_span sp, int64_t whole)
{
    *c = (xxgk_cell){.table = table, .row = row, .col = col, .state = XXGK_CELL_VALUE,
                     .unit = unit, .value = {whole, 0}, .span = sp};
}

static void drop_cells(parse_ctx *ctx, size_t from, int a, int b);

/* The cells from FROM on under a header cell that names no column (key 0,
 * P024 at it: bld_header_complete) taken out. Out of line: only such a
 * header's rows and page text's glued rows (b_make_cells) come here. */
static __attribute__((noinline, cold)) void drop_stand_in_cells(parse_ctx *ctx, size_t from)
{
    drop_cells(ctx, from, 0, 0);
}

void bld_drop_unit_cells(parse_ctx *ctx, int col, int row)
{
    ctx->unit_below.n = 0; /* the cells move: nothing to give back */
    size_t from = ctx->ncells;
    while (from > 0 && ctx->cells[from - 1].table == XXGK_TABLE_PROACTIVE)
        from--; /* the table's cells: the last ones made */
    size_t k = from;
    for (size_t j = from; j < ctx->ncells; j++) {
        const xxgk_cell *c = &ctx->cells[j];
        if (c->col != col || (row >= 0 && c->row != row) || c->unit_printed || c->state != XXGK_CELL_VALUE)
            ctx->cells[k++] = *c;
    }
    ctx->ncells = k;
}

bool bld_unit_cells_read(const parse_ctx *ctx, int col)
{
    for (size_t j = ctx->ncells; j > 0 && ctx->cells[j - 1].table == XXGK_TABLE_PROACTIVE; j--)
        if (ctx->cells[j - 1].col == col && !ctx->cells[j - 1].unit_printed)
            return true;
    return false;
}

void bld_restate_unit_cells(parse_ctx *ctx, int col, int unit)
{
    size_t from = ctx->ncells;
    while (from > 0 && ctx->cells[from - 1].table == XXGK_TABLE_PROACTIVE)
        from--; /* the table's cells: the last ones made */
    for (size_t j = from; j < ctx->ncells; j++) {
        xxgk_cell *c = &ctx->cells[j];
        if (c->col == col && !c->unit_printed) {
            struct unit_below *b = &ctx->unit_below;
            if (b->n < (int)(sizeof b->cell / sizeof b->cell[0])) {
                b->cell[b->n] = j;
                b->was[b->n++] = (uint8_t)c->unit;
            }
            c->unit = unit;
        }
    }
    ctx->unit_below.ncells = ctx->ncells;
}

void bld_unit_below_undo(parse_ctx *ctx)
{
    struct unit_below *b = &ctx->unit_below;
    if (b->n && b->ncells == ctx->ncells)
        for (int i = 0; i < b->n; i++)
            ctx->cells[b->cell[i]].unit = b->was[i];
    b->n = 0;
}

/* The values one after another, each at its own keys: a run of one row
 * is one row's cells (note_row_keys). Only page text's glued rows come
 * here, read at the table's end (unglue_table), when ctx->stand_ins tells
 * of the last clause's header, not theirs: a value under a header cell
 * that named no column (key XXGK_C_NONE, P024 at it) is no cell whatever
 * clause the table ended in. */
void b_make_cells(parse_ctx *ctx, int table, const int *rows, const int *cols, const xxgk_span *spans,
                  const int64_t *whole, const ptok *vals, size_t n)
{
    if (!n || !bld_grow(ctx, &ctx->cells, ctx->ncells + n - 1, &ctx->capcells, sizeof *ctx->cells))
        return;
    const uint8_t *src = ctx->doc->src;
    for (size_t i = 0, k; i < n; i = k) {
        size_t from = ctx->ncells;
        xxgk_cell *c = ctx->cells + from; /* room made for all n above */
        for (k = i; k < n && rows[k] == rows[i]; k++) {
            if (whole[k] >= 0) {
                int unit = bld_cell_unit(ctx, cols[k]);
                if (unit != UNIT_INEXACT) /* else the header said why (P029, P028) */
                    whole_cell(c++, table, rows[k], cols[k], unit, spans[k], whole[k]);
            } else if (cell_at(ctx, src, c, table, rows[k], cols[k], &vals[k])) {
                c++;
            }
        }
        ctx->ncells = (size_t)(c - ctx->cells);
        drop_stand_in_cells(ctx, from);
        note_row_keys(ctx, rows[i], from);
    }
    ctx->cell_withheld = false; /* glued rows' cells: not counted (count_row_withheld) */
}

/* WITHHELD values of ROW stood in their columns but made no cell (a
 * damaged number, P046; too large, L007; an inexact unit, P029): counted
 * among the row's present cells (t->row_cells), for their columns are
 * known: the row is not short of values, and an identity over such a cell
 * names it missing (V106 "absent (商业企业)") instead of calling every
 * value's column unknown, while the row's other cells are checked. The
 * flag that brought the caller here is read. */
static __attribute__((noinline, cold)) void count_withheld(parse_ctx *ctx, int row, size_t withheld)
{
    ctx->cell_withheld = false;
    if (!withheld || !ctx->tab || row <= 0 || row >= XXGK_R__COUNT)
        return;
    size_t present = ctx->tab->row_cells[row] + withheld;
    ctx->tab->row_cells[row] = (uint8_t)(present < UINT8_MAX ? present : UINT8_MAX);
}

/* The values VALS[0, MOST) of ROW in their columns, of N, made MADE
 * cells, some withheld (ctx->cell_withheld): those not text (P009) are
 * counted in (count_withheld). A row that made no cell (page text's glued
 * run, one token for the row), or one of more values than columns (P006:
 * which value is the extra one is unknown), has no column they are known
 * to stand in. */
static __attribute__((noinline, cold)) void count_row_withheld(parse_ctx *ctx, int row, const ptok *vals,
                                                               size_t most, size_t n, size_t made)
{
    size_t texts = 0;
    for (size_t i = 0; i < most; i++)
        texts += vals[i].tok == TEXT;
    count_withheld(ctx, row, made && n == most && made + texts < most ? most - made - texts : 0);
}

/* Table 四's values [f, f + n) of ctx->vals, value i to the cell at
 * rows[i], cols[i] (its fifteen places span three groups), into room made
 * once: text in place of a number is P009, named by the group's label. */
void bld_appeals_cells(parse_ctx *ctx, const int *rows, const int *cols, size_t f, size_t n)
{
    if (!n || !bld_grow(ctx, &ctx->cells, ctx->ncells + n - 1, &ctx->capcells, sizeof *ctx->cells))
        return;
    const ptok *vals = ctx->vals.v + f;
    const uint8_t *src = ctx->doc->src;
    xxgk_cell *c = ctx->cells + ctx->ncells;
    for (size_t i = 0; i < n; i++) {
        const ptok *v = &vals[i];
        if (v->tok == TEXT) {
            char buf[49];
            bld_text_of(ctx, v, buf, sizeof buf);
            xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(v), buf,
                              bld_row_label_text(ctx, rows[i], 0));
            continue;
        }
        if (!cell_at(ctx, src, c, XXGK_TABLE_APPEALS, rows[i], cols[i], v)) {
            count_withheld(ctx, rows[i], 1);
            continue;
        }
        if (bld_cell_keyed(c))
            note_keys(ctx, rows[i], cols[i], cols[i], 1);
        c++;
    }
    ctx->ncells = (size_t)(c - ctx->cells);
}

/* TEXT stands in place of a number of ROW (P009; *name: the row's name,
 * made when a message first needs it). */
static void text_for_number(parse_ctx *ctx, const ptok *v, int row, const char **name)
{
    char buf[49];
    bld_text_of(ctx, v, buf, sizeof buf);
    if (!*name)
        *name = bld_row_name(ctx, row);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_FOR_NUMBER, tok_span(v), buf, *name);
}

/* Is V, an EMPTY at column COL, a dash glued to the NUMBER after it (NEXT)
 * in 本年增/减? See withhold_dash_or_minus. */
static bool dash_or_minus(const uint8_t *src, const ptok *v, const ptok *next, int col)
{
    return v->tok == EMPTY && next->tok == NUMBER && v->end == next->start && v->end - v->start == 3 &&
           src[v->start] == 0xE2 && dec_minus_len(src + v->start, 3) && xxgk_tpl_col_kind(col) == XXGK_COL_CHANGE;
}

/* The cells at columns A and B among the row's cells from FROM on taken
 * out (the rest keep their order). */
static void drop_cells(parse_ctx *ctx, size_t from, int a, int b)
{
    size_t k = from;
    for (size_t j = from; j < ctx->ncells; j++)
        if (ctx->cells[j].col != a && ctx->cells[j].col != b)
            ctx->cells[k++] = ctx->cells[j];
    ctx->ncells = k;
}

/* Page text, whose cells run together: a dash glued to the digits after it
 * in 本年增/减 (the 2019 form's table 二: 行政许可396—2181) is the empty-cell
 * mark with 2181 the next cell, or the minus sign of -2 with 181 the next
 * (the scanner gives the dash back there: lexer.re, signed_number). Both
 * readings fill the row, so neither cell gets a number: P035 over the dash
 * and the digits. Elsewhere the dash is the mark: no other column of the
 * templates may be negative. After the row's cells are made (from FROM on,
 * values VALS[0, N) at COLS), only for page text: the row loop of every
 * other text pays nothing. */
static void withhold_dash_or_minus(parse_ctx *ctx, const uint8_t *src, const ptok *vals, const int *cols,
                                   size_t n, size_t from)
{
    for (size_t i = 0; i + 1 < n; i++) {
        const ptok *v = &vals[i];
        if (!dash_or_minus(src, v, v + 1, cols[i]))
            continue;
        char buf[64];
        uint32_t e = v[1].end - v->start < 60 ? v[1].end : v->start + 60;
        snprintf(buf, sizeof buf, "%.*s", (int)(e - v->start), (const char *)src + v->start);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_DASH_OR_MINUS, span_of(v->start, v[1].end), buf);
        drop_cells(ctx, from, cols[i], cols[i + 1]);
        i++;
    }
}

/* A row's values [f, f + n) of ctx->vals to cells, value i in column
 * cols[i]: text in place of a number is P009 (*name: the row's name, made
 * when a message first needs it); a value past the NCOLS columns makes no
 * cell (the caller says P006). The keys of a row that fills its columns
 * are RANGE's, when the caller knows it (table 三's header, made once). */
void bld_row_cells(parse_ctx *ctx, int table, int row, const int *cols, int ncols, const col_range *range,
                   size_t f, size_t n, const char **name)
{
    size_t from = ctx->ncells, most = n < (size_t)ncols ? n : (size_t)ncols;
    if (most && !bld_grow(ctx, &ctx->cells, from + most - 1, &ctx->capcells, sizeof *ctx->cells))
        return;
    /* room for the row's cells made once: they are written through a
     * pointer of their own, not at ctx->cells[ctx->ncells] read again
     * (either array may be NULL while it has nothing: no pointer is made
     * into it then) */
    const ptok *vals = n ? ctx->vals.v + f : NULL;
    const uint8_t *src = ctx->doc->src;
    xxgk_cell *c = most ? ctx->cells + from : NULL;
    /* a row's values are numbers, empty cells and text (bld_vals_push);
     * those past the columns make no cell, but text there is still P009:
     * two loops, so that the columns' one tests no bound but its own */
    size_t i = 0;
    for (; i < most; i++) {
        const ptok *v = &vals[i];
        if (v->tok == TEXT)
            text_for_number(ctx, v, row, name);
        else if (number_cell(ctx, src, c, table, row, cols[i], v))
            c++;
    }
    for (; i < n; i++)
        if (vals[i].tok == TEXT)
            text_for_number(ctx, &vals[i], row, name);
    if (most)
        ctx->ncells = (size_t)(c - ctx->cells);
    if (__builtin_expect(ctx->cell_withheld, 0))
        count_row_withheld(ctx, row, vals, most, n, ctx->ncells - from);
    if (__builtin_expect(ctx->stand_ins, 0))
        drop_stand_in_cells(ctx, from);
    if (ctx->pagetext && table == XXGK_TABLE_PROACTIVE)
        withhold_dash_or_minus(ctx, src, vals, cols, most, from);
    if (range && ctx->ncells - from == (size_t)ncols) {
        if (range->keyed && row > 0 && row < XXGK_R__COUNT)
            note_keys(ctx, row, range->c0, range->c1, range->keyed);
    } else {
        note_row_keys(ctx, row, from);
    }
}

/* A full-width row trimmed without a label area to go by
 * (bld_trim_full_width) that kept the blank after its label as its first
 * cell, or dropped it as layout and kept a line-end blank as its last
 * cell: the same text is a row whose label spans one cell more or less of
 * the grid, and its values would then be one column off. That blank
 * after the label, else NULL (P048 is due, in place of P023). A page's or
 * a .docx table's cells are the file's: no doubt there. */
const ptok *bld_lead_unsure(const parse_ctx *ctx, int ncols, size_t f, size_t n)
{
    const ptok *v = ctx->vals.v;
    if (ctx->cells_delimited || !n || n > (size_t)ncols)
        return NULL;
    if (padding_candidate(&v[f]))
        return &v[f];
    return f > 0 && padding_candidate(&v[f + n - 1]) ? &v[f - 1] : NULL;
}
