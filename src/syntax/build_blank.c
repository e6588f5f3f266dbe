/* Blank cells at a row's edges (the reading rules for blanks kept apart
 * from build_row.c and build_cells.c, called by a one-line hook). */
#include "build.h"
#include "prev_line.h"
#include "utf8.h"

#include <string.h>

/* A row placed by the table's label area (bld_lead_place) keeps its
 * values [f, f + n): when that reading keeps K unprinted blanks at its
 * start as cells (the blank after the label: the other rows show no
 * label area) while it drops, past its columns, more than K unprinted
 * blanks at its end (a TAB TAB before the line-end TAB: blank cells of
 * the row's own fields), the row's own blanks read the other way round
 * as well: its label two grid cells wide and its blank cells at its end.
 * Which of its cells is blank cannot be told, and a number read one
 * column off is worse than a finding: P077 at the first blank kept, the
 * row's values doubted (their cells carry it). A page's or a .docx
 * table's cells are the file's: no doubt there. */
void bld_edge_blanks_check(parse_ctx *ctx, int row, int ncols, size_t f, size_t n, const char **name)
{
    const cellbuf *b = &ctx->vals;
    if (ctx->cells_delimited || !n || !padding_candidate(&b->v[f]) || f + n >= b->n)
        return;
    size_t kept = 0, dropped = b->n - f - n;
    while (kept < n && padding_candidate(&b->v[f + kept]))
        kept++;
    /* the line-end blanks every full row of the table shows are its
     * layout, not this row's blank cells; with no full row read before,
     * that layout is unknown and the blanks tell nothing */
    int trail = kept == n ? -1 : bld_lead_trail(ctx, row, ncols);
    if (trail < 0 || dropped <= kept + (size_t)trail)
        return;
    for (size_t i = f + n; i < b->n; i++)
        if (!padding_candidate(&b->v[i]))
            return;
    if (!*name)
        *name = bld_row_name(ctx, row);
    bld_doubt_row(ctx,
                  xxgk_doc_add_diag(ctx->doc, XXGK_P_EDGE_BLANKS_UNSURE, tok_span(&b->v[f]), *name),
                  span_of(b->v[f].start, b->v[f + n - 1].end));
}

/* A and B read as the two groups of one number with a blank for its
 * thousands separator (1 534, 2 293 as Word's spacerun writes it): A of
 * one to three ASCII digits not opening with 0, B of exactly three then
 * no digit. Such a blank without a TAB may be inside one cell with the
 * row's missing cell elsewhere: the count of numbers cannot tell, P027
 * stands. */
static bool thousands_pair(const uint8_t *src, const ptok *a, const ptok *b)
{
    uint32_t la = a->end - a->start, d = 0;
    if (a->word_glued || b->word_glued)
        return false;
    if (la < 1 || la > 3 || src[a->start] == '0')
        return false;
    for (uint32_t i = a->start; i < a->end; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    for (uint32_t i = b->start; i < b->end && src[i] >= '0' && src[i] <= '9'; i++)
        d++;
    return d == 3;
}

/* A and B may be the two pieces of one number a stray blank split (6 9 of
 * 69, 12 5 of 125): A ASCII digits alone, not a lone 0 nor opening with 0
 * (no number is printed 05: 0 5 is two), B opening with a digit. */
static bool joinable_pair(const uint8_t *src, const ptok *a, const ptok *b)
{
    if (a->word_glued || b->word_glued)
        return false; /* 396 0年: a number with a word glued (P009) is read as no piece */
    if (a->end <= a->start || src[a->start] == '0' || b->end <= b->start || src[b->start] < '0' ||
        src[b->start] > '9')
        return false;
    if (b->end - b->start == 1 && src[b->start] == '0')
        return false; /* 35 0: a lone 0, the commonest cell, is a cell of its own far likelier than 350's last digit */
    for (uint32_t i = a->start; i < a->end; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    return true;
}

/* A TAB in [a, b). */
static bool has_tab(const uint8_t *src, uint32_t a, uint32_t b)
{
    return a < b && memchr(src + a, '\t', b - a) != NULL;
}

/* A row whose values [f, f + n) are exactly its columns' count, some two
 * of them with no delimiter between them (SHARED, shared_cell): which two
 * numbers stand in one cell, NULL when none does. Blanks alone between
 * every two of them (TAB, spaces, U+3000, NBSP, in any mix: a copy from a
 * web page or Word gives each delimiter of a row a different blank) are
 * each a delimiter, for reading any of them as inside one cell (1 534)
 * would leave the row a number short; but not
 *  - a comma or any other character between two numbers (1,5): SHARED;
 *  - any blank in a cell the file delimits itself (HTML, .docx): SHARED;
 *  - a blank without a TAB between the groups of a thousands-shaped
 *    number (thousands_pair): that pair;
 *  - a blank without a TAB between two pieces that make one number
 *    (joinable_pair: 6 9, 12 5) in a row whose other delimiters (after
 *    its label or between two other values) are TABs: the row's own
 *    delimiters are unlike it, and a number split by a stray blank in a
 *    row that lost a cell reads just so (69⇥665 of three columns printed
 *    6 9⇥665): that pair. A lone 0 or a piece opening with 0 makes no
 *    number with the next (0 0, 0 181), nor does a lone 0 with the one
 *    before it (35 0, 396 0): a delimiter. Not in a row SUMMED
 *    (table 三's, its total printed): the row's sum checks that reading
 *    (V101), it is no silent cell there. */
const ptok *bld_blank_shared(const parse_ctx *ctx, const ptok *label, size_t f, size_t n, const ptok *shared,
                             bool summed)
{
    if (ctx->cells_delimited)
        return shared; /* a page's or .docx cell: a blank inside it is no delimiter */
    const uint8_t *src = ctx->doc->src;
    const ptok *v = ctx->vals.v + f, *lone = NULL;
    bool row_tab = label && label->end <= v[0].start && has_tab(src, label->end, v[0].start);
    for (size_t i = 0; i + 1 < n; i++) {
        const uint8_t *p = src + v[i].end, *e = src + v[i + 1].start;
        if (p >= e)
            return shared; /* glued: no blank at all */
        bool tab = false;
        while (p < e) {
            uint32_t k = utf8_blank_len(p, e);
            if (!k)
                return shared;
            tab |= *p == '\t';
            p += k;
        }
        row_tab |= tab;
        if (tab)
            continue;
        if (thousands_pair(src, &v[i], &v[i + 1]))
            return &v[i];
        if (!lone && joinable_pair(src, &v[i], &v[i + 1]))
            lone = &v[i];
    }
    return row_tab && !summed ? lone : NULL;
}

/* A | or a wide bar (utf8_wide_bar: ｜ │ ┃ ║) ends at SRC[i - 1], i > LO:
 * the blanks before I skipped. */
static bool pipe_before(const uint8_t *src, uint32_t lo, uint32_t i)
{
    while (i > lo && (src[i - 1] == ' ' || src[i - 1] == '\t'))
        i--;
    return (i > lo && src[i - 1] == '|') ||
           (i >= lo + 3 && utf8_wide_bar(src + i - 3));
}

/* A | or a wide bar (｜ │ ┃ ║) starts at SRC[i] once the blanks (not a line end) are skipped. */
static bool pipe_after(const uint8_t *src, uint32_t len, uint32_t i)
{
    const uint8_t *p = src + i, *e = src + len;
    uint32_t k;
    while (p < e && (k = utf8_blank_len(p, e)) != 0)
        p += k;
    return (p < e && *p == '|') || (e - p >= 3 && utf8_wide_bar(p));
}

/* The pipes (| and the wide bars ｜ │ ┃ ║) of the line holding AT, and of the nearest line
 * above it with any text (*ABOVE, 0 when none). */
static int line_pipes(const uint8_t *src, uint32_t len, uint32_t at, int *above)
{
    uint32_t s = line_start_at(src, at), e = at;
    while (e < len && src[e] != '\n')
        e++;
    int n = 0;
    for (uint32_t i = s; i < e; i++)
        n += src[i] == '|' || (i + 2 < e && utf8_wide_bar(src + i));
    *above = 0;
    uint32_t pe = s;
    while (pe > 0) { /* the line above with text */
        uint32_t ps = line_start_at(src, pe - 1);
        bool text = false;
        int k = 0;
        for (uint32_t i = ps; i < pe - 1; i++) {
            text |= src[i] != ' ' && src[i] != '\t' && src[i] != '\r';
            k += src[i] == '|' || (i + 2 < pe - 1 && utf8_wide_bar(src + i));
        }
        if (text) {
            *above = k;
            break;
        }
        pe = ps;
    }
    return n;
}

/* A row of cells the file delimits by pipes on its one line (a markdown
 * table, | 规章 |  | 0 | 0 |) whose values, the blanks at its edges
 * included, are exactly its NCOLS columns, each edge blank an empty cell
 * with a pipe right before and right after it on the line: the blank is
 * the report's own blank cell, as one between two numbers is (| 3 |  | 5 |),
 * not layout to drop (which read the row short, P007, its numbers one
 * column off). The line above (the header, the row before) must print
 * as many pipes: a table whose every line has a spare empty column shows
 * it there, and a row of it a number short reads P007 as before. A
 * cell-per-line row's bare | line, a TAB's blank and a row of more cells
 * than columns (a markdown grid wider than the clause) are not such rows. */
bool bld_pipe_blank_edges(const parse_ctx *ctx, int ncols)
{
    const cellbuf *b = &ctx->vals;
    if (ctx->pagetext || !b->n || b->n != (size_t)ncols)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t lo = b->v[0].start, hi = b->v[b->n - 1].end;
    if (memchr(src + lo, '\n', hi - lo))
        return false; /* one line */
    const ptok *edge[2] = {&b->v[0], &b->v[b->n - 1]};
    for (int i = 0; i < 2; i++) {
        const ptok *v = edge[i];
        if (padding_candidate(v) &&
            (v->start != v->end || !pipe_before(src, 0, v->start) || !pipe_after(src, ctx->doc->len, v->end)))
            return false;
    }
    /* the line above (the header, the row before) as many pipes: one grid;
     * else an edge blank may be that grid's spare column, a number lost */
    int above, here = line_pipes(src, ctx->doc->len, lo, &above);
    return here == above;
}

/* The TABs of the line at AT from AT to the line's end. */
static int tabs_to_line_end(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = xxgk_doc_line(ctx->doc, at).end;
    int tabs = 0;
    for (uint32_t i = at; i < e; i++)
        tabs += src[i] == '\t';
    return tabs;
}

/* The line at AT ends in a TAB (blanks and CR after it aside): its last
 * field is an empty one. */
static bool line_ends_in_tab(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    xxgk_span l = xxgk_doc_line(ctx->doc, at);
    uint32_t e = l.end;
    while (e > l.start && (src[e - 1] == ' ' || src[e - 1] == '\r'))
        e--;
    return e > l.start && src[e - 1] == '\t';
}

/* The table prints a spare empty column past its columns: the full rows
 * of ROW's kind read before end with blanks past their NCOLS columns, or
 * its header's line ends in a TAB. */
static bool spare_line_end_column(const parse_ctx *ctx, int row, int ncols)
{
    uint32_t head = bld_header_word_at(ctx);
    return bld_lead_trail(ctx, row, ncols) > 0 || (head != UINT32_MAX && line_ends_in_tab(ctx, head));
}

/* row-own-grid: VALUE (TAB VALUE)* TAB EOL, NCOLS fields from the first value
 *
 * A row narrower than the table's TAB grid whose own line, from its first
 * value to the line's end, is NCOLS TAB fields, the last a line-end blank:
 * the line itself shows a blank last cell, as a full-width row's does
 * (P023). Such a row is narrower for a reason that keeps its cells: its
 * label glued to its first number (规章0⇥5⇥), its numbers on the line after
 * its label (规章 / 0⇥5⇥), its group label printed on the group's first row
 * only (（五）不予处理⇥1.…⇥0… then 3.…⇥0…⇥), another row indented by a
 * TAB. Not when the table prints a spare column (its full rows read
 * before end with blanks past their columns, or its header's line ends in
 * a TAB: there a line-end TAB is layout, and a row one field short lost a
 * number, P007), nor when it shows a label area past the label's cell
 * (规章⇥⇥7⇥9⇥44: a row without that blank is not in the table's grid
 * either way), nor for a row of delimited cells (| … |) or with a blank
 * elsewhere. The row then reads NCOLS values from its first. The spare
 * column and the label area are known here from the rows read before
 * only: the grid's end asks all its rows again (bld_blank_last_settle). */
bool bld_own_grid_blank_last(const parse_ctx *ctx, int row, int ncols)
{
    const cellbuf *b = &ctx->vals;
    if (ctx->cells_delimited || ncols < 2 || b->n != (size_t)ncols)
        return false;
    const ptok *blank = &b->v[b->n - 1];
    if (!bld_blank_last(ctx, 0, b->n))
        return false; /* the last field is no line-end blank */
    for (size_t i = 0; i + 1 < b->n; i++)
        if (padding_candidate(&b->v[i]))
            return false;
    xxgk_span line = xxgk_doc_line(ctx->doc, b->v[0].start);
    if (blank->start < line.start || blank->start > line.end ||
        tabs_to_line_end(ctx, b->v[0].start) != ncols - 1)
        return false; /* values over two lines, or other delimiters */
    return bld_lead_none(ctx, row, ncols) && !spare_line_end_column(ctx, row, ncols);
}

/* The row's P023 (its line-end blank BLANK kept as its last cell, as a
 * full-width row's or by row-own-grid) held for the grid's end: the rows
 * read before showed neither a spare column nor a label area, those read
 * after may still. The blank's cell is found among the row's cells just
 * made. */
bool bld_blank_last_hold(parse_ctx *ctx, xxgk_diag *d, int row, int ncols, bool full_width, const ptok *blank,
                         xxgk_span at, xxgk_span values)
{
    struct blank_hold *bh = &ctx->blank_hold;
    if (!d || bh->n >= BLANK_HOLD_MAX)
        return false;
    size_t k = ctx->ncells;
    while (k > 0 && ctx->cells[k - 1].row == row && ctx->cells[k - 1].span.start != blank->start)
        k--;
    if (k == 0 || ctx->cells[k - 1].row != row || ctx->cells[k - 1].state != XXGK_CELL_EMPTY)
        return false; /* no cell of its own (none made): nothing to take back */
    int tabs = full_width ? ctx->grid_tabs : -1;
    bh->h[bh->n++] = (struct held_blank){d, row, ncols, tabs, k - 1, blank->start, at, values};
    return true;
}

/* The grid, all its rows read, shows the held row H's line-end blank to
 * be layout or the row off its columns: a row of its kind that fills its
 * columns ends with a blank past them (a spare column; one is enough, the
 * same text is a row that lost a number), or they show a label area past
 * the label's cell (or two). A full-width row's blank is the grid's own
 * last cell while no line of the grid is wider than its line. (The
 * header's line end was asked of a row-own-grid row already: the header
 * comes before the rows.) */
static bool grid_against_blank_last(parse_ctx *ctx, const struct held_blank *h)
{
    if (h->grid_tabs >= 0) {
        bld_grid_count(ctx);
        if (ctx->grid_tabs <= h->grid_tabs)
            return false; /* still as wide as the grid */
    }
    return !bld_lead_none(ctx, h->row, h->ncols) || bld_kind_spare_any(ctx, h->row, h->ncols);
}

/* The cell at K taken out of the table's cells, as if never made (the
 * cells after it move down one, and the marks kept of where cells were
 * made move with them). */
void bld_unmake_cell(parse_ctx *ctx, size_t k)
{
    int row = ctx->cells[k].row;
    memmove(&ctx->cells[k], &ctx->cells[k + 1], (ctx->ncells - k - 1) * sizeof *ctx->cells);
    ctx->ncells--;
    if (ctx->cell_keys.keyed)
        ctx->cell_keys.keyed--;
    if (ctx->tab && ctx->tab->row_cells[row] && ctx->tab->row_cells[row] < UINT8_MAX)
        ctx->tab->row_cells[row]--;
    size_t *marks[] = {&ctx->ptrans.cells_from, &ctx->bare.cells_from, &ctx->bare.cells_to};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (*marks[i] > k)
            (*marks[i])--;
}

/* blank-last-settled: at the grid's end (a new clause, a new table, the
 * table's end), a held P023 whose grid, all its rows read, shows a spare
 * line-end column or a label area is taken back: the row is one number
 * short, as the same row after those rows reads, so its blank is no cell
 * (never made), its values keep the columns they were read in, and P007
 * doubts them. Else the P023 stands. */
void bld_blank_last_held(parse_ctx *ctx)
{
    struct blank_hold *bh = &ctx->blank_hold;
    for (int i = bh->n - 1; i >= 0; i--) { /* the last first: the cells before keep their places */
        const struct held_blank *h = &bh->h[i];
        if (!grid_against_blank_last(ctx, h))
            continue;
        doc_drop_diag(ctx->doc, h->d);
        xxgk_cell *c = h->cell < ctx->ncells ? &ctx->cells[h->cell] : NULL;
        if (c && c->row == h->row && c->span.start == h->blank_at && c->state == XXGK_CELL_EMPTY)
            bld_unmake_cell(ctx, h->cell);
        bld_doubt_row(ctx,
                      xxgk_doc_add_diag(ctx->doc, XXGK_P_TOO_FEW_VALUES, h->at, bld_row_name(ctx, h->row),
                                        h->ncols - 1, h->ncols),
                      h->values);
    }
    bh->n = 0;
}
