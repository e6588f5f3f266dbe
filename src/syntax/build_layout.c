/* Space-aligned text (pdftotext -layout): a blank cell prints as nothing
 * but spaces, so a row with a blank has fewer values than columns. Where
 * the table's full rows show each column's place (the right end of its
 * numbers, in display columns: a wide character counts two), a short row
 * whose every value stands in one column's band, no two in one band, has
 * its values in those columns and an empty cell in each other; any other
 * short row stays short (P007). docs/grammar.md, "Blank cells of
 * space-aligned text". */
#include <string.h>

#include "build.h"
#include "utf8.h"

enum { LAYOUT_COLS = 16 };   /* the most columns of a table's row (table 三: 7) */
enum { LAYOUT_LINE = 4096 }; /* a longer line is no row laid out in columns */

/* A delimiter of printed cells on [a, b): a TAB, |, a wide bar (｜ │ ┃ ║). Such a line's
 * cells are its delimiters', not its spaces'. */
static bool has_delimiter(const uint8_t *s, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (s[i] == '\t' || s[i] == '|' || (i + 2 < b && utf8_wide_bar(s + i)))
            return true;
    return false;
}

/* The full row whose first value is at AT: the right end (display
 * column) of each of its words from AT to its line's end, words one or
 * more spaces apart. True when they are NCOLS, on a line with no
 * delimiter: the row's columns stand there. */
static bool row_ends(const parse_ctx *ctx, uint32_t at, int ncols, int *ends)
{
    const uint8_t *s = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, at);
    uint32_t e = line.end;
    while (e > at && (s[e - 1] == ' ' || s[e - 1] == '\r'))
        e--;
    if (at >= e || line.end - line.start > LAYOUT_LINE || has_delimiter(s, line.start, line.end))
        return false;
    int col = bld_display_width(s, line.start, at), k = 0;
    for (uint32_t i = at; i < e;) {
        if (s[i] == ' ') {
            col++;
            i++;
            continue;
        }
        uint32_t j = i;
        while (j < e && s[j] != ' ')
            j++;
        col += bld_display_width(s, i, j);
        if (k == ncols)
            return false;
        ends[k++] = col;
        i = j;
    }
    return k == ncols;
}

/* Each column's band, the least and the most right end of its numbers in
 * the full rows noted: true when two rows or more show them, each band is
 * at most two columns wide and the bands stand apart, in order. */
static bool learn_bands(const parse_ctx *ctx, int ncols, int *lo, int *hi)
{
    const struct layout_rows *l = &ctx->lay;
    int rows = 0, ends[LAYOUT_COLS];
    for (int j = 0; j < ncols; j++)
        lo[j] = hi[j] = -1;
    for (int k = 0; k < l->n; k++) {
        if (!row_ends(ctx, l->at[k], ncols, ends))
            continue;
        rows++;
        for (int j = 0; j < ncols; j++) {
            lo[j] = lo[j] < 0 || ends[j] < lo[j] ? ends[j] : lo[j];
            hi[j] = ends[j] > hi[j] ? ends[j] : hi[j];
        }
    }
    if (rows < 2)
        return false;
    /* columns a text aligned (the right ends agree to one column): real
     * pdftotext jitters its columns by a few, where a row cut short at
     * its end, printed a little right, stands in the next columns' bands
     * (a gap read where none is): then the row stays short (P007) */
    for (int j = 0; j < ncols; j++)
        if (hi[j] - lo[j] > 1)
            return false;
    for (int j = 0; j + 1 < ncols; j++)
        if (hi[j] >= lo[j + 1])
            return false;
    return true;
}

/* The short row's values V[0, N) are space-aligned cells: on one line with
 * no delimiter, spaces between them and after the last one to the line's
 * end, a space before the first, numbers or printed empty marks only. */
static bool aligned_values(const parse_ctx *ctx, const ptok *v, size_t n, xxgk_span line)
{
    const uint8_t *s = ctx->doc->src;
    if (v[0].start <= line.start || s[v[0].start - 1] != ' ' || v[n - 1].end > line.end ||
        line.end - line.start > LAYOUT_LINE || has_delimiter(s, line.start, line.end))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (v[i].tok != NUMBER && v[i].tok != EMPTY)
            return false;
        uint32_t gap_end = i + 1 < n ? v[i + 1].start : line.end;
        if (i + 1 < n && gap_end <= v[i].end)
            return false;
        for (uint32_t p = v[i].end; p < gap_end; p++)
            if (s[p] != ' ' && !(i + 1 == n && s[p] == '\r'))
                return false;
    }
    return true;
}

/* Where the empty cell of a band ending at display column END stands on
 * LINE, between the bytes A and B (the values around it, all spaces
 * between): the space that ends at END, else the nearer edge. */
static uint32_t blank_at(const uint8_t *s, xxgk_span line, uint32_t a, uint32_t b, int end)
{
    int col = bld_display_width(s, line.start, a);
    uint32_t p = a;
    while (p < b && col < end - 1) {
        p++;
        col++;
    }
    return p;
}

/* The row's NCOLS cells ROW to ctx->vals from F on. */
static bool put_row(parse_ctx *ctx, size_t f, const ptok *row, int ncols)
{
    if (ctx->vals.lent && !bld_vals_own(ctx))
        return false;
    if (!bld_grow(ctx, &ctx->vals.v, f + (size_t)ncols - 1, &ctx->vals.cap, sizeof *ctx->vals.v))
        return false;
    memcpy(ctx->vals.v + f, row, (size_t)ncols * sizeof *row);
    ctx->vals.n = f + (size_t)ncols;
    bld_vals_rewritten(&ctx->vals);
    return true;
}

/* Only spaces on [a, b). */
static bool spaces(const uint8_t *s, uint32_t a, uint32_t b)
{
    while (a < b && s[a] == ' ')
        a++;
    return a == b;
}

bool bld_next_line(const parse_ctx *ctx, xxgk_span line, xxgk_span *next)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t e = line.end, len = ctx->doc->len;
    if (e < len && s[e] == '\r')
        e++;
    if (e < len && s[e] == '\n')
        e++;
    if (e >= len || e == line.end)
        return false;
    *next = xxgk_doc_line(ctx->doc, e);
    return next->end - next->start <= LAYOUT_LINE;
}

/* One word alone on LINE (spaces around it): its end, else 0. */
static uint32_t lone_word(const uint8_t *s, xxgk_span line)
{
    uint32_t a = line.start, b = line.end;
    if (b - a > LAYOUT_LINE)
        return 0;
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (a == b || memchr(s + a, ' ', b - a) || memchr(s + a, '\t', b - a))
        return 0;
    return b;
}

enum cell_lines { CELLS_NOT, CELLS_TIGHT, CELLS_LOOSE };

/* One cell a line: the full row whose first value is at AT has its NCOLS
 * values alone on their lines, the lines one after another (TIGHT) or
 * with an empty line between two of them (LOOSE: the text's way of
 * printing cells, plain pdftotext's). */
static enum cell_lines cell_lines(const parse_ctx *ctx, uint32_t at, int ncols)
{
    const uint8_t *s = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, at);
    for (int k = 0; k < ncols; k++) {
        if (!lone_word(s, line) || (k == 0 && !spaces(s, line.start, at)))
            return CELLS_NOT;
        if (k + 1 == ncols)
            break;
        if (!bld_next_line(ctx, line, &line))
            return CELLS_NOT;
        if (spaces(s, line.start, line.end))
            return CELLS_LOOSE; /* what follows says no more */
    }
    return CELLS_TIGHT;
}

/* One cell a line: the short row's values V[0, N) each alone on its line,
 * one after another but where one empty line stands between two of them:
 * that empty line is a blank cell when the full rows noted (two or more)
 * print their cells on lines one after another, none with an empty line
 * between them, and the empty lines are as many as the cells missing. */
static bool place_by_lines(parse_ctx *ctx, size_t f, size_t nv, int ncols)
{
    const struct layout_rows *l = &ctx->lay;
    const uint8_t *s = ctx->doc->src;
    const ptok *v = ctx->vals.v + f;
    int tight = 0;
    for (int k = 0; k < l->n; k++) {
        enum cell_lines c = cell_lines(ctx, l->at[k], ncols);
        if (c == CELLS_LOOSE)
            return false;
        tight += c == CELLS_TIGHT;
    }
    if (tight < 2)
        return false;
    ptok row[LAYOUT_COLS];
    int j = 0;
    for (size_t i = 0; i < nv; i++) {
        xxgk_span line = xxgk_doc_line(ctx->doc, v[i].start);
        if ((v[i].tok != NUMBER && v[i].tok != EMPTY) || lone_word(s, line) != v[i].end ||
            !spaces(s, line.start, v[i].start) || j == ncols)
            return false;
        row[j++] = v[i];
        if (i + 1 == nv)
            break;
        if (!bld_next_line(ctx, line, &line))
            return false;
        if (spaces(s, line.start, line.end)) { /* one empty line: a blank cell */
            if (j == ncols)
                return false;
            row[j++] = (ptok){.start = line.start, .end = line.start, .tok = EMPTY};
            if (!bld_next_line(ctx, line, &line))
                return false;
        }
        if (v[i + 1].start < line.start || v[i + 1].start > line.end)
            return false; /* two empty lines, or a line that is no value */
    }
    return j == ncols && put_row(ctx, f, row, ncols);
}

bool bld_layout_place(parse_ctx *ctx, int table, const int *cols, int ncols, size_t f, size_t *n)
{
    const struct layout_rows *l = &ctx->lay;
    size_t nv = *n;
    if (ctx->pagetext || l->n < 2 || l->cols != cols || l->table != table || l->ncols != ncols ||
        ncols > LAYOUT_COLS || nv == 0 || nv >= (size_t)ncols)
        return false;
    const uint8_t *s = ctx->doc->src;
    const ptok *v = ctx->vals.v + f;
    xxgk_span line = xxgk_doc_line(ctx->doc, v[0].start);
    if (v[nv - 1].end > line.end) {
        if (!place_by_lines(ctx, f, nv, ncols))
            return false;
        *n = (size_t)ncols;
        return true;
    }
    if (!aligned_values(ctx, v, nv, line))
        return false;
    int lo[LAYOUT_COLS], hi[LAYOUT_COLS], at[LAYOUT_COLS];
    if (!learn_bands(ctx, ncols, lo, hi))
        return false;
    /* each value in the one band its right end stands in, in order */
    int j = 0, col = 0;
    uint32_t from = line.start;
    for (size_t i = 0; i < nv; i++) {
        col += bld_display_width(s, from, v[i].end);
        from = v[i].end;
        while (j < ncols && hi[j] < col)
            j++;
        if (j == ncols || col < lo[j])
            return false;
        at[i] = j++;
    }
    ptok row[LAYOUT_COLS];
    size_t i = 0;
    for (j = 0; j < ncols; j++) {
        if (i < nv && at[i] == j) {
            row[j] = v[i++];
            continue;
        }
        uint32_t a = i > 0 ? v[i - 1].end : v[0].start, b = i < nv ? v[i].start : line.end;
        if (i == 0) /* before the first value: the spaces before it */
            while (a > line.start && s[a - 1] == ' ')
                a--;
        uint32_t p = blank_at(s, line, a, b, hi[j]);
        row[j] = (ptok){.start = p, .end = p, .tok = EMPTY};
    }
    if (!put_row(ctx, f, row, ncols))
        return false;
    *n = (size_t)ncols;
    return true;
}
