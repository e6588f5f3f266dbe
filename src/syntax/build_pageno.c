/* A bare page number among a row's values (docs/grammar.md, "Page
 * numbers"). The scanner drops a page number it knows by its form (- 3 -,
 * 第3页, 3/12: lexer.re PAGENO); a page number printed as a bare integer,
 * 3 alone on its line, has the form of a value, and only the row around it
 * tells the two apart. A row is matched to its columns here with one value
 * too many; the extra one is a page number, dropped with a note (P063),
 * when it cannot be a value of the row:
 *
 *   - it stands alone on its line: blanks (spaces, U+3000, NBSP; no TAB),
 *     one to three digits, ASCII or full-width (no leading 0: a page is
 *     numbered from 1), blanks, the line break;
 *   - the row has its full count of values without it, and it is the
 *     row's last value (after the others, on a later line), or its first
 *     (on a line of its own after the label's, the others on later lines:
 *     a page break between a label and its cells in text copied from a PDF
 *     viewer, one cell a line);
 *   - a new row, a row group, a table header, a clause caption, a section
 *     heading, a title or the end of the text follows the row (the parser's
 *     lookahead at the row's end), or a form feed follows its line;
 *   - no value of the row is a printed mark of an empty cell (—, /, 无:
 *     the mark may be the one too many, a greyed cell or a rule);
 *   - it is greater than the last page number so taken (pages go forward);
 *   - only one of the two places reads so: when both the first and the
 *     last value could be the page number, neither is dropped, and P006
 *     stays where it was (never a guess);
 *   - a page's end among the values says where: the number right before
 *     a form feed (inside the row, or its last: then not its first), when
 *     the page before or after ends with the number before or after it
 *     (pages_numbered: one number before one form feed proves nothing), else
 *     the number right under a sign-off's line taken out of the row (P090,
 *     the page's foot); a line of one bare number where the page turns
 *     (a form feed after it or opening its line) between two lines of the
 *     row's cells (pdftotext -layout) needs no numbering to prove it
 *     (page_turns_inside), the row's total holding without it or, with
 *     no total, the form feed next to it (form_feed_next_to); a form
 *     feed opening another value's line reads nothing. build_row.c reads
 *     the page number among table 二's greyed cells and before a form feed
 *     among marks. A TAB ending the
 *     line of the row's last column's value pads the line before a lone
 *     number (bld_line_end_tab_padding), and so does one before a lone
 *     number that can never be a page (0, 007, 1024), as the row's last
 *     value;
 *   - a form feed after the row's first or last value proves that end
 *     the page's only where the row's total does not rule it out and the
 *     pages around do not number themselves otherwise (numbered_otherwise). */
#include "build.h"
#include "print_furniture.h"
#include "core/doc.h"
#include "core/prev_line.h"
#include "meta.h"

#include <string.h>

enum { MID_MAX_VALUES = 32 };

/* A blank around a page number at I before E: a space, U+3000 or NBSP
 * (no TAB: a TAB makes a cell of a row); its length, else 0. */
static uint32_t page_blank(const uint8_t *src, uint32_t i, uint32_t e)
{
    if (src[i] == ' ')
        return 1;
    if (i + 2 <= e && src[i] == 0xC2 && src[i + 1] == 0xA0)
        return 2;
    return i + 3 <= e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80 ? 3 : 0;
}

/* Nothing but page blanks (page_blank) and a CR from I to the line's end
 * END: what was before I ends its line. */
static bool blanks_to_line_end(const uint8_t *src, uint32_t i, uint32_t end)
{
    for (uint32_t l; i < end; i += l)
        if (!(l = src[i] == '\r' ? 1 : page_blank(src, i, end)))
            return false;
    return true;
}

/* Only blanks (spaces, U+3000, NBSP) around v on its line, a form feed
 * opening the line aside: a page break by itself (pdftotext's \f3), the
 * number after it the next page's head, alone as well. */
static bool alone_on_line(const parse_ctx *ctx, const ptok *v)
{
    const uint8_t *src = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, v->start);
    for (uint32_t i = line.start; i < v->start;) {
        uint32_t l = src[i] == '\f' ? 1 : page_blank(src, i, v->start);
        if (!l)
            return false;
        i += l;
    }
    return blanks_to_line_end(src, v->end, line.end);
}

/* The page number NUMBER token v is as a bare integer alone on its line,
 * or 0 when it is not one: one to three digits, ASCII or full-width (２),
 * the first no 0; blanks around it (spaces, U+3000, NBSP). */
static int bare_page_number(const parse_ctx *ctx, const ptok *v)
{
    if (v->tok != NUMBER || v->unit_printed || v->not_number)
        return 0;
    const uint8_t *src = ctx->doc->src;
    int page = 0, digits = 0;
    for (uint32_t i = v->start; i < v->end; digits++) {
        int d;
        if (src[i] >= '0' && src[i] <= '9') {
            d = src[i] - '0';
            i++;
        } else if (i + 3 <= v->end && src[i] == 0xEF && src[i + 1] == 0xBC &&
                   src[i + 2] >= 0x90 && src[i + 2] <= 0x99) {
            d = src[i + 2] - 0x90; /* ０-９ */
            i += 3;
        } else {
            return 0;
        }
        if (digits == 3 || (digits == 0 && d == 0))
            return 0;
        page = page * 10 + d;
    }
    return digits && alone_on_line(ctx, v) ? page : 0;
}

/* v is a plain number (no unit) alone on its line where a page number
 * would stand, yet one that can never be a page's: 0, a leading 0 (007),
 * four digits or more, a decimal. A number 1…999 merely not past the last
 * page number taken is not one: that page number may itself have been a
 * misreading (a row's 88 taken as a page), and the number a real page. */
static bool lone_number_no_page(const parse_ctx *ctx, const ptok *v)
{
    return v->tok == NUMBER && !v->unit_printed && !v->not_number && alone_on_line(ctx, v) &&
           bare_page_number(ctx, v) == 0;
}

/* v is the last thing on its line and a form feed opens the next line
 * that is not blank: the page ends right after v. A value with more of
 * its row after it on its line (6⇥0⇥1⇥7⏎\f3: 6) has no page end after it:
 * the page ends after the line's last. */
static bool form_feed_after(const parse_ctx *ctx, const ptok *v)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, end = xxgk_doc_line(ctx->doc, v->start).end;
    if (!blanks_to_line_end(src, v->end, end))
        return false;
    for (uint32_t i = end; i < len; i++) {
        if (src[i] == '\f')
            return true;
        if (src[i] != '\r' && src[i] != '\n' && src[i] != ' ')
            return false;
    }
    return false;
}

/* A form feed opens v's line (\f3, \f  3): v is the first thing on the
 * next page. */
static bool form_feed_opens(const parse_ctx *ctx, const ptok *v)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t i = xxgk_doc_line(ctx->doc, v->start).start;
    return i < v->start && src[i] == '\f';
}

/* The number v, the row's value before the LONE number, may have more
 * digits there: a number on the line right before the lone number's (no
 * blank line between), ending in a digit (ASCII or full-width), not 0
 * (0 has no more digits: 03 is no count), no unit after it (3 件 ends
 * the cell). A cell wrapped in a narrow column puts its last digits alone
 * on the next line, as a page number is printed (docs/grammar.md,
 * "Layout the filter drops"). */
static bool may_continue(const parse_ctx *ctx, const ptok *v, const ptok *lone)
{
    const uint8_t *src = ctx->doc->src;
    if (v->tok != NUMBER || v->unit_printed || v->not_number || v->end <= v->start || lone->start < v->end)
        return false;
    if (v->end - v->start == 1 && src[v->start] == '0')
        return false;
    bool ascii = src[v->end - 1] >= '0' && src[v->end - 1] <= '9';
    bool wide = v->end - v->start >= 3 && src[v->end - 3] == 0xEF && src[v->end - 2] == 0xBC &&
                src[v->end - 1] >= 0x90 && src[v->end - 1] <= 0x99; /* ０-９ */
    if (!ascii && !wide)
        return false;
    /* a wrapped cell's lines follow each other: a blank line between
     * (a gap in the page) is no wrap. A line holding a form feed is the
     * page break, no gap: 80.5⏎\f⏎3 is 80.5⏎\f3 (a cell wrapped over
     * the page's end goes on at the next page's head, however the break
     * is written) */
    int breaks = 0;
    bool form_feed = false;
    for (uint32_t i = v->end; i < lone->start; i++) {
        form_feed |= src[i] == '\f';
        if (src[i] == '\n') {
            breaks += !form_feed || !breaks;
            form_feed = false;
        }
    }
    return breaks <= 1;
}

/* Rule: at a table's end (the next section's heading right after the
 * lone number's line), the value before the lone number, read as wrapping
 * into it, is the row's 总计 (its last column, COL) and the total HOLDS
 * with the lone number read as the page's (1): its digits going on would
 * make the total another number than the sum of its columns, so the
 * identity rules the wrap out (…⇥1⇥3 then 3 alone before 五、: 3 the
 * page, never 33). Inside a table (a row's label next) the wrap stays
 * doubted (tests/grammar/pageno-wrapped-digits.txt). */
static bool total_rules_out_wrap(int col, int holds) { return col == XXGK_C_TOTAL && holds == 1; }

/* The parser's lookahead NEXT is a section's heading: a table ends. */
static bool heading_next(int next)
{
    return next == SEC_PROSE || next == SEC_PROACTIVE || next == SEC_REQUESTS || next == SEC_APPEALS;
}

/* The digits of the number v, ASCII or full-width, or 0 when it holds
 * anything else (a point, a comma). */
static int digit_run(const uint8_t *src, const ptok *v)
{
    int n = 0;
    for (uint32_t i = v->start; i < v->end; n++) {
        if (src[i] >= '0' && src[i] <= '9')
            i++;
        else if (i + 3 <= v->end && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99)
            i += 3;
        else
            return 0;
    }
    return n;
}

/* The LONE number, the row's first value alone on its line after the
 * label's, may be the head of the NEXT value wrapped in a narrow column
 * (37 printed 3 over 7): may_continue into it, the next the last value on
 * its line (AFTER, the value after it, on a later line or none: one cell
 * a line; a line of the row's cells, 5 ⇥ 3 ⇥ 0, is no wrapped cell), and
 * no longer than the head (a column wraps a number at its width, the head
 * line full: 2 over 1769 is a page number and 1769, never 21769). */
static bool head_of_wrap(const parse_ctx *ctx, const ptok *lone, const ptok *next, const ptok *after)
{
    int head = digit_run(ctx->doc->src, lone), tail = digit_run(ctx->doc->src, next);
    if (!may_continue(ctx, lone, next) || !tail || tail > head)
        return false;
    return !after || after->start >= xxgk_doc_line(ctx->doc, next->start).end;
}

/* LONE, read as a page number, may be part of a number wrapped in a
 * narrow column with OTHER, the row's value next to it: its head, OTHER
 * the tail (head_of_wrap: CODE P047), or its tail, OTHER the head
 * (may_continue at the table's end: P132). The finding at LONE names both
 * readings, and OTHER's cell carries it (a note at OTHER), the row
 * ROW_NAME's. */
static void doubt_wrap(parse_ctx *ctx, int code, const ptok *lone, const ptok *other, const char *row_name)
{
    bool head = code == XXGK_P_PAGE_OR_WRAP_HEAD;
    char l[16], o[16], joined[32];
    bld_text_of(ctx, lone, l, sizeof l);
    bld_text_of(ctx, other, o, sizeof o);
    snprintf(joined, sizeof joined, "%s%s", head ? l : o, head ? o : l);
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, code, tok_span(lone), l, row_name, joined, o);
    if (!d)
        return;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    xxgk_diag_add_note(ctx->doc, d, tok_span(other),
                       head ? (zh ? "若该列折行，此值是所折数字的末尾：其单元格带此发现"
                                  : "the tail if the column wrapped: its cell carries this finding")
                            : (zh ? "若该列折行，此值是所折数字的开头：其单元格带此发现"
                                  : "the head if the column wrapped: its cell carries this finding"));
}

/* The parser's lookahead at a row's end starts something that is no value
 * of the row: a row, a group, a header, a caption, a heading, a title, the
 * end of the text (TEXT, which may be words of the row, does not). */
static bool starts_anew(int next)
{
    switch (next) {
    case ROW: case ROW_CELLS: case ROWS: case GROUP: case HEAD: case COL: case COLS: case HEAD_COLS:
    case CLAUSE: case TITLE:
    case SEC_PROSE: case SEC_PROACTIVE: case SEC_REQUESTS: case SEC_APPEALS:
    case XXGK_YYEOF:
        return true;
    default:
        return false;
    }
}

/* The page number of value v of a row, when the row's end allows one
 * there (a new start after it, or a form feed after its line), else 0. */
static int page_at(const parse_ctx *ctx, const ptok *v, bool row_ends)
{
    int page = bare_page_number(ctx, v);
    if (page <= ctx->last_page_number || !(row_ends || form_feed_after(ctx, v)))
        return 0;
    return page;
}

/* The row's total against the sum of its other columns (table 三: 总计
 * is the sum of the requester columns, 小计 left out) when the row's
 * NCOLS values V have a 总计 column among COLS: 1 it holds, 0 it does
 * not, -1 no such identity or a value that is no plain count. */
static int row_total_holds(const parse_ctx *ctx, const ptok *v, const int *cols, int ncols)
{
    const uint8_t *src = ctx->doc->src;
    uint64_t sum = 0, total = 0;
    bool has_total = false;
    for (int i = 0; cols && i < ncols; i++) {
        if (v[i].tok != NUMBER || v[i].unit_printed || v[i].not_number || v[i].end - v[i].start > 15)
            return -1;
        uint64_t x = 0;
        for (uint32_t j = v[i].start; j < v[i].end; j++) {
            if (src[j] < '0' || src[j] > '9')
                return -1;
            x = x * 10 + (uint64_t)(src[j] - '0');
        }
        if (cols[i] == XXGK_C_TOTAL) {
            has_total = true;
            total = x;
        } else if (cols[i] != XXGK_C_LEGAL_SUBTOTAL) {
            sum += x;
        }
    }
    return has_total ? sum == total : -1;
}

/* The page number read at the row's LAST value or its FIRST (the page
 * each gives, 0 where it is none), when exactly one end is one: told
 * (P063, for the row ROW_NAME), taken out of the row's values [*F, *F+*N).
 * None or both: no reading (P006 as before). */
static bool take_page_number(parse_ctx *ctx, const ptok *v, size_t k, int last, int first, const char *row_name,
                             size_t *f, size_t *n)
{
    if (!last == !first)
        return false;
    const ptok *page = last ? &v[k - 1] : &v[0];
    char digits[16];
    bld_text_of(ctx, page, digits, sizeof digits);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_PAGE_NUMBER, tok_span(page), digits, row_name, (int)k - 1);
    ctx->last_page_number = last ? last : first;
    if (first)
        ++*f;
    --*n;
    return true;
}

/* Whether one of the N values V is a printed mark of an empty cell. */
static bool mark_among(const ptok *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].tok == EMPTY && v[i].printed)
            return true;
    return false;
}

/* Value I of the row's values [*F, *F+*N) told the page's number
 * (P063) and moved past them, the others kept in order. */
void bld_take_page_value(parse_ctx *ctx, int row, size_t *f, size_t *n, size_t i)
{
    ptok *v = ctx->vals.v + *f, page = v[i];
    size_t k = *n;
    char digits[16];
    bld_text_of(ctx, &page, digits, sizeof digits);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_PAGE_NUMBER, tok_span(&page), digits,
                      row < 0 ? "行政复议、行政诉讼" : bld_row_name(ctx, row), (int)k - 1);
    ctx->last_page_number = bare_page_number(ctx, &page);
    memmove(v + i, v + i + 1, (k - i - 1) * sizeof *v);
    v[k - 1] = page;
    bld_vals_rewritten(&ctx->vals); /* the values moved */
    --*n;
}

/* REST: the K values V but the I-th, in order (K <= MID_MAX_VALUES): the
 * row as it would read were the I-th the page number. */
static void values_without(const ptok *v, size_t k, size_t i, ptok *rest)
{
    for (size_t j = 0, m = 0; j < k; j++)
        if (j != i)
            rest[m++] = v[j];
}

/* The row's value I, alone on its line, as the page number there (a form
 * feed after it, or a sign-off line of the page's foot before it): the
 * row's full count without it, greater than the last page number, no mark
 * among the values, the row's total holding without it. Told (P063),
 * moved past the row's values [*F, *F+*N) as the last one is; else no
 * reading (P006). */
static bool mid_page_number(parse_ctx *ctx, int row, const int *cols, int ncols, size_t *f, size_t *n, size_t i)
{
    ptok *v = ctx->vals.v + *f, rest[MID_MAX_VALUES];
    size_t k = *n;
    int page = bare_page_number(ctx, &v[i]);
    if (!page || page <= ctx->last_page_number || mark_among(v, k) || k > MID_MAX_VALUES)
        return false;
    values_without(v, k, i, rest);
    if (row_total_holds(ctx, rest, cols, ncols) == 0)
        return false;
    bld_take_page_value(ctx, row, f, n, i);
    return true;
}

/* Value I of the K values V next to a sign-off's line may be the page
 * number: bare, alone on its line, greater than the last page number, the
 * row's total holding without it. */
static bool page_next_to_signoff(const parse_ctx *ctx, const ptok *v, size_t k, size_t i, const int *cols,
                                 int ncols)
{
    ptok rest[MID_MAX_VALUES];
    int page = bare_page_number(ctx, &v[i]);
    if (!page || page <= ctx->last_page_number || k > MID_MAX_VALUES)
        return false;
    values_without(v, k, i, rest);
    return row_total_holds(ctx, rest, cols, ncols) != 0;
}

/* Rule: in a row printed one cell a line (规章⏎0⏎3⏎0⏎2), a page break
 * may fall between any two of its cells, so a value between the first and
 * the last of the K values V that could be the page number as well
 * (bare, alone on its line, greater than the last page number, the row's
 * total not failing without it) leaves the place of the one too many
 * unknown: reading the last as the page would shift a cell (3 in 本年废止,
 * 0 in 现行有效, a note only). True when one does; HOLDS: only one the
 * row's total holds without (a total proves a reading only when it rules
 * the others out). */
static bool page_inside(const parse_ctx *ctx, const ptok *v, size_t k, const int *cols, int ncols, bool holds)
{
    ptok rest[MID_MAX_VALUES];
    if (k > MID_MAX_VALUES)
        return false;
    for (size_t i = 1; i + 1 < k; i++) {
        if (!page_next_to_signoff(ctx, v, k, i, cols, ncols))
            continue;
        if (!holds)
            return true;
        values_without(v, k, i, rest);
        if (row_total_holds(ctx, rest, cols, ncols) == 1)
            return true;
    }
    return false;
}

/* The row's value E is the empty cell of a TAB ending its line (nothing
 * but blanks after it there), a printed value before it on that line and
 * the value after it on a later line. */
static bool line_end_tab_cell(const parse_ctx *ctx, const ptok *v, size_t e)
{
    if (e == 0 || v[e].tok != EMPTY || v[e].printed || (v[e - 1].tok == EMPTY && !v[e - 1].printed))
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t at = v[e].start, end = xxgk_doc_line(ctx->doc, at).end;
    if (!doc_same_line(ctx->doc, v[e - 1].start, at) || doc_same_line(ctx->doc, at, v[e + 1].start))
        return false;
    uint32_t b = at; /* the TAB right before the empty cell, blanks aside */
    while (b > v[e - 1].end && src[b - 1] == ' ')
        b--;
    if (b == v[e - 1].end || src[b - 1] != '\t')
        return false;
    return blanks_to_line_end(src, v[e].end, end); /* else more of the row on its line */
}

/* Rule: a TAB ending a line of a row's cells pads the line, no cell of its
 * own, where the row's columns say so:
 *   - after the last column's value (…⇥1⇥7⇥), one value more on a later
 *     line, a page number's place (…⇥1⇥7⇥⏎\f3, …⇥1⇥7⇥⏎3⏎四、): the TAB's
 *     empty cell would be the one past the columns and the lone number a
 *     second; read without it, the number is judged by the page-number
 *     rules (bld_page_number_value), kept where they keep it (P006);
 *   - after the value before the last column's (…⇥0⇥1⇥), the row's last
 *     value alone on a later line and the row's 总计 holding with it
 *     there (…⇥0⇥1⇥⏎7: 7 the row's total, the row's values exactly its
 *     columns, never an empty total and a page 7). With no total to prove
 *     it (table 二, 四) the TAB's empty cell stays, as before. A number
 *     1…999 with a form feed next to it (…⇥0⇥1⇥⏎\f1, …⇥0⇥0⇥⏎3⏎\f) is the
 *     page's, never the total, even when not past the last page number
 *     taken: the sum may equal a page number by chance, and the TAB's cell
 *     stays (an empty 总计, V106, and the page P063);
 *   - the same place, the row's last value a number that can never be a
 *     page (0, a leading 0 as 007, four digits as 1024, a decimal): it is
 *     the row's 总计, a form feed next to it or not and whatever the sum
 *     (…⇥0⇥0⇥⏎\f0: 0 the total; a wrong sum is V101 on it).
 * Every TAB ending a line of the row's cells reads alike: a row's TAB line
 * wrapped (…⇥6⇥0⇥0⇥ ⏎ 0⇥0⇥1⇥ ⏎ 7) pads each of its lines, the last of them
 * right before the row's last value. A printed blank before the TAB
 * (行政许可⇥⇥ ⏎ 2023) leaves the line's TABs the row's blank cells. NCOLS,
 * COLS (NULL: unknown) the row's columns. */
void bld_line_end_tab_padding(parse_ctx *ctx, const int *cols, size_t ncols, size_t f, size_t *n)
{
    size_t k = *n, m = 0, p = 0;
    /* values first: with none read yet the array may be unallocated (NULL
     * plus an offset is undefined, even a zero one) */
    if (ncols == 0 || k < ncols + 1 || k > MID_MAX_VALUES)
        return;
    ptok *v = ctx->vals.v + f, kept[MID_MAX_VALUES], pads[MID_MAX_VALUES];
    /* the last line's TAB right before the row's last value */
    if (!line_end_tab_cell(ctx, v, k - 2))
        return;
    for (size_t i = 0; i < k; i++) {
        if (i + 1 < k && line_end_tab_cell(ctx, v, i))
            pads[p++] = v[i];
        else
            kept[m++] = v[i];
    }
    if (m != ncols + 1 && m != ncols)
        return;
    /* a number alone on its line that can never be a page (0, 007,
     * 1024: lone_number_no_page) is the row's last value, a form feed next
     * to it or not and whatever the sum (…⇥0⇥0⇥⏎\f0: 0 the total): no
     * page number to read there, and the TAB's empty cell would leave it
     * one too many. Any other number keeps the rule above: the total must
     * hold, and no form feed next to it. */
    if (m == ncols && !lone_number_no_page(ctx, &v[k - 1]) &&
        (form_feed_after(ctx, &v[k - 1]) || form_feed_opens(ctx, &v[k - 1]) ||
         row_total_holds(ctx, kept, cols, (int)ncols) != 1))
        return;
    memcpy(v, kept, m * sizeof *v);
    memcpy(v + m, pads, p * sizeof *v);
    bld_vals_rewritten(&ctx->vals); /* the values moved */
    *n = m;
}

bool bld_bare_page(const parse_ctx *ctx, const ptok *v) { return bare_page_number(ctx, v) > ctx->last_page_number; }

/* The sign-off line last taken out of a row (P090, ctx->row_signoff)
 * lies between the values V[J-1] and V[J] of the K: J, else 0. */
size_t bld_signoff_split(const parse_ctx *ctx, const ptok *v, size_t k)
{
    xxgk_span s = ctx->row_signoff;
    if (s.end <= s.start || k < 2 || s.start < v[0].end || s.end > v[k - 1].start)
        return 0;
    for (size_t j = 1; j < k; j++)
        if (v[j - 1].end <= s.start && s.end <= v[j].start)
            return j;
    return 0;
}

/* The bare page number printed as the last line of the page that ends
 * at the form feed or text end AT (blank lines skipped), else 0. The line
 * is read as bare_page_number reads a value's. */
static int page_foot_before(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = at;
    while (e > 0 && (src[e - 1] == '\n' || src[e - 1] == '\r' || src[e - 1] == ' '))
        e--;
    uint32_t b = e;
    while (b > 0 && src[b - 1] != '\n' && src[b - 1] != '\f' && e - b <= 16)
        b--;
    if (b == e || e - b > 16)
        return 0;
    while (b < e && page_blank(src, b, e))
        b += page_blank(src, b, e);
    ptok t = {.tok = NUMBER, .start = b, .end = b};
    while (t.end < e && ((src[t.end] >= '0' && src[t.end] <= '9') ||
                         (t.end + 3 <= e && src[t.end] == 0xEF && src[t.end + 1] == 0xBC &&
                          src[t.end + 2] >= 0x90 && src[t.end + 2] <= 0x99)))
        t.end += src[t.end] < 0x80 ? 1 : 3;
    return t.end > t.start ? bare_page_number(ctx, &t) : 0;
}

/* The start of the page holding the offset AT: right after the last form
 * feed before AT, else the text's start. */
static uint32_t page_start(const uint8_t *src, uint32_t at)
{
    while (at > 0 && src[at - 1] != '\f')
        at--;
    return at;
}

/* The end of the page holding the offset AT: its form feed at or after
 * AT, else the text's end. */
static uint32_t page_end(const xxgk_doc *doc, uint32_t at)
{
    while (at < doc->len && doc->src[at] != '\f')
        at++;
    return at < doc->len ? at : doc->len;
}

/* The document numbers its pages at their foot as the form feed FF's page
 * PAGE claims: the page before prints PAGE - 1 as its last line, or the
 * page after (to the next form feed or the text's end) prints PAGE + 1.
 * One bare number before one form feed is as much a row's last value as
 * a page's number (规章⏎2⏎1⏎11⏎\f—); the neighbouring pages' feet tell. */
static bool pages_numbered(const parse_ctx *ctx, uint32_t ff, int page)
{
    uint32_t prev = page_start(ctx->doc->src, ff);
    if (prev > 0 && page > 1 && page_foot_before(ctx, prev - 1) == page - 1)
        return true;
    return page_foot_before(ctx, page_end(ctx->doc, ff + 1)) == page + 1;
}

/* The number v, alone before a form feed, and the pages around that form
 * feed numbering themselves otherwise: the page before ends with the bare
 * number P, the page after (to the next form feed or the text's end) with
 * P + 2, and v is not P + 1. A page prints its number once, so then no
 * lone number on the page after is its number either, save its foot: the
 * end of that page is stored in *NEXT_END. The pages' bounds are
 * pages_numbered's (page_start, page_end). */
static bool numbered_otherwise(const parse_ctx *ctx, const ptok *v, uint32_t *next_end)
{
    xxgk_span line = xxgk_doc_line(ctx->doc, v->start);
    uint32_t ff = page_end(ctx->doc, line.end), prev = page_start(ctx->doc->src, line.start);
    if (ff >= ctx->doc->len)
        return false;
    *next_end = page_end(ctx->doc, ff + 1);
    int p = prev > 0 ? page_foot_before(ctx, prev - 1) : 0;
    return p && page_foot_before(ctx, *next_end) == p + 2 && bare_page_number(ctx, v) != p + 1;
}

/* The row's value I is a bare page number alone on its line, greater than
 * the last one taken, with a form feed after it, and the pages next to it
 * numbered so too (pages_numbered): its page, else 0. */
int bld_page_before_form_feed(const parse_ctx *ctx, const ptok *v)
{
    int page = bare_page_number(ctx, v);
    if (page <= ctx->last_page_number || !form_feed_after(ctx, v))
        return 0;
    const uint8_t *src = ctx->doc->src;
    uint32_t ff = xxgk_doc_line(ctx->doc, v->start).end;
    while (src[ff] != '\f')
        ff++;
    return pages_numbered(ctx, ff, page) ? page : 0;
}

/* Rule: the row's value I of the K values V, alone on its line with a form
 * feed right after it (the page's foot) or opening its line (the next
 * page's head), stands between lines that hold several of the row's cells
 * (the value before it shares its line with the one before that or with
 * the row's LABEL, the value after it with the one after that): a row laid
 * out a line of cells at a time that the page split (四、结转…  6  0  0 ⏎
 * 3 ⏎ \f  0  0  1  7), and a line of one bare number inside it where the
 * page turns is the page's number by the page's structure alone. A row
 * printed one cell a line has no such lines: there a lone number before a
 * form feed is as much a cell, and the pages' numbering must prove it
 * (bld_page_before_form_feed). */
static bool lines_of_cells_around(const parse_ctx *ctx, const ptok *label, const ptok *v, size_t k, size_t i)
{
    if (i == 0 || i + 2 >= k)
        return false;
    bool before = (i >= 2 && doc_same_line(ctx->doc, v[i - 2].start, v[i - 1].start)) ||
                  (i == 1 && label && doc_same_line(ctx->doc, label->start, v[0].start));
    return before && doc_same_line(ctx->doc, v[i + 1].start, v[i + 2].start);
}

/* The row's value I of the K values V is alone on its line where a page
 * turns (a form feed after it or opening its line) between lines of the
 * row's cells (lines_of_cells_around): the page's number by the page's
 * structure. */
static bool page_turns_inside(const parse_ctx *ctx, const ptok *label, const ptok *v, size_t k, size_t i)
{
    return (form_feed_after(ctx, &v[i]) || form_feed_opens(ctx, &v[i])) &&
           !doc_same_line(ctx->doc, v[i - 1].start, v[i].start) && lines_of_cells_around(ctx, label, v, k, i) &&
           bare_page_number(ctx, &v[i]);
}

/* The page turns right at v: a form feed opens v's line (\f55) or is
 * all of the line after v's (55⏎\f⏎), no line of the next page between.
 * A form feed opening a line of the row's cells after v's (55⏎\f  698  3)
 * ends the page after v as well, but a cell alone on its line ends it so
 * as much as a page number does. */
static bool form_feed_next_to(const parse_ctx *ctx, const ptok *v)
{
    if (form_feed_opens(ctx, v))
        return true;
    if (!form_feed_after(ctx, v))
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, i = xxgk_doc_line(ctx->doc, v->start).end;
    while (i < len && src[i] != '\f') /* blanks and line breaks: form_feed_after */
        i++;
    return i < len && blanks_to_line_end(src, i + 1, xxgk_doc_line(ctx->doc, i).end);
}

/* The row's total (row_total_holds) over its K values V but the I-th: 1
 * holds, 0 fails, -1 no total (or too many values to tell). */
static int total_holds_without(const parse_ctx *ctx, const ptok *v, size_t k, size_t i, const int *cols, int ncols)
{
    ptok rest[MID_MAX_VALUES];
    if (k > MID_MAX_VALUES)
        return -1;
    values_without(v, k, i, rest);
    return row_total_holds(ctx, rest, cols, ncols);
}

bool bld_form_feed_after(const parse_ctx *ctx, const ptok *v) { return form_feed_after(ctx, v); }

int bld_page_at(const parse_ctx *ctx, const ptok *v, int next) { return page_at(ctx, v, starts_anew(next)); }

int bld_row_total_holds(const parse_ctx *ctx, const ptok *v, const int *cols, int ncols)
{
    return row_total_holds(ctx, v, cols, ncols);
}

bool bld_page_number_value(parse_ctx *ctx, int row, const ptok *label, const int *cols, int ncols, size_t *f,
                           size_t *n, int next)
{
    size_t k = *n;
    if (k < 2 || k != (size_t)ncols + 1)
        return false;
    const ptok *v = ctx->vals.v + *f; /* values first: NULL + 0 is undefined */
    bool row_ends = starts_anew(next);
    /* the last: alone on its line, so after the row's other values */
    int last = page_at(ctx, &v[k - 1], row_ends);
    /* the first: alone on its line after the label's, so before the
     * others */
    int first = label && label->end <= v[0].start ? page_at(ctx, &v[0], row_ends) : 0;
    /* a form feed after the line of a value between the first and the
     * last: the page ends inside the row's cells, and the number right
     * before the form feed is that page's number (规章⏎2⏎1⏎3⏎\f11) when the
     * pages next to it are numbered so (pages_numbered), never the row's
     * first value nor its last: that one reading, else none. A line of
     * the row's cells ending the page (…⇥1⇥7⏎\f3) puts no number alone
     * before the form feed: the readings at the row's ends below */
    for (size_t i = 1; i + 1 < k; i++) {
        bool foot = form_feed_after(ctx, &v[i]);
        if (!(foot || (form_feed_opens(ctx, &v[i]) && page_turns_inside(ctx, label, v, k, i))) ||
            doc_same_line(ctx->doc, v[i - 1].start, v[i].start))
            continue;
        /* the break right before the last at the table's end, the row's
         * 总计 holding without the last (规章⏎…⏎1⏎7⏎\f3⏎四、): the last is
         * the page's by the rule at the table's end, below */
        if (foot && i + 2 == k && heading_next(next) && row_total_holds(ctx, v, cols, ncols) == 1)
            break;
        bool proven = (page_turns_inside(ctx, label, v, k, i) &&
                       (form_feed_next_to(ctx, &v[i]) || total_holds_without(ctx, v, k, i, cols, ncols) == 1)) ||
                      (foot && bld_page_before_form_feed(ctx, &v[i]));
        return proven && mid_page_number(ctx, row, cols, ncols, f, n, i);
    }
    /* the page ends after the last value's line: the first is no page
     * number (行政处罚⏎87⏎3⏎\f行政强制); after the first's: the last is none */
    /* (a first that can be no page number, 80.5 or a value on the label's
     * line, ends the page with no number: the last may be the next page's
     * head, 行政事业性收费⇥80.5⏎\f3) */
    /* (a form feed proves nothing at an end whose reading the row's total
     * rules out: 四、结转…⏎6⏎\f0⏎…⏎1⏎7⏎3, the total failing without 6, is
     * a cell ending the page and 3 the page at the table's end) */
    bool ff_first = form_feed_after(ctx, &v[0]) && bare_page_number(ctx, &v[0]) &&
                    row_total_holds(ctx, v + 1, cols, ncols) != 0,
         ff_last = form_feed_after(ctx, &v[k - 1]) && row_total_holds(ctx, v, cols, ncols) != 0;
    /* the pages around numbered otherwise (1⏎\f…⏎88⏎\f55⏎698⏎3⏎…⏎3⏎\f):
     * the first is a cell ending its page, and the last, on the page after
     * that prints its own number at its foot, no page number either: the
     * row's one too many stays (P006); its foot, the last, may be */
    uint32_t next_end;
    if (ff_first && numbered_otherwise(ctx, &v[0], &next_end)) {
        ff_first = false;
        first = 0;
        if (!ff_last && v[k - 1].start < next_end)
            last = 0;
    }
    if (ff_last && !ff_first)
        first = 0;
    if (ff_first && !ff_last)
        last = 0;
    /* no form feed: a sign-off's line inside the row (P090) is where the
     * page ends, the number alone on the line next to it the page's: right
     * under it (the page's foot: 规章⏎2⏎0⏎青禾市测试局⏎3⏎11) or right over it
     * (the next page's head: 规章⏎2⏎4⏎青禾市测试局⏎0⏎11), when one of the
     * two reads so (its row's total holding without it); both, none: P006.
     * After a form feed the line is the next page's head and the number
     * before the form feed the page's (行政规范性文件⏎5⏎1⏎4⏎\f青禾市测试局⏎30) */
    size_t j = bld_signoff_split(ctx, v, k);
    /* unless the values after the line fill the row's columns by
     * themselves after a row short of them (规章⏎2⏎青禾市测试局⏎5⏎1⏎30:
     * the line may stand where 行政规范性文件 should): no reading, P006 */
    bool own_row = j < (size_t)ncols && k - j == (size_t)ncols && row_total_holds(ctx, v + j, cols, ncols) != 0;
    if (j && !own_row && !ff_first && !ff_last) {
        bool under = page_next_to_signoff(ctx, v, k, j, cols, ncols),
             over = page_next_to_signoff(ctx, v, k, j - 1, cols, ncols);
        /* both the same number: one reading */
        if (under && over && v[j].end - v[j].start == v[j - 1].end - v[j - 1].start &&
            !memcmp(ctx->doc->src + v[j].start, ctx->doc->src + v[j - 1].start, v[j].end - v[j].start))
            over = false;
        return under != over && mid_page_number(ctx, row, cols, ncols, f, n, under ? j : j - 1);
    }
    /* a row with a total: the reading must make it hold */
    int last_holds = last ? row_total_holds(ctx, v, cols, ncols) : -1;
    if (last_holds == 0)
        last = 0;
    int first_holds = first ? row_total_holds(ctx, v + 1, cols, ncols) : -1;
    if (first_holds == 0)
        first = 0;
    /* the last after a value that may go on: that value's digits wrapped
     * in a narrow column (17 printed 1 over 7), no reading and P006,
     * unless a form feed after it proves the page */
    bool tail_doubt = last && may_continue(ctx, &v[k - 2], &v[k - 1]) && !form_feed_after(ctx, &v[k - 1]) &&
                      !(cols && heading_next(next) && total_rules_out_wrap(cols[ncols - 1], last_holds));
    /* table 二's last row at the table's end (行政事业性收费⇥80.5⏎3⏎三、…)
     * has no total to rule the wrap out: the page number is read, as the
     * first value's that may head a wrap is, and the value before it is
     * doubted (P132); inside a table, or another table's row, P006 */
    if (tail_doubt && !(heading_next(next) && row >= 0 && xxgk_row_table(row) == XXGK_TABLE_PROACTIVE))
        return false;
    /* the first before a value it may be the head of (3 over 7 in a
     * narrow cell), no form feed after it proving the page and no total
     * holding without it (a total that holds proves the reading): the
     * text cannot tell the two, so the page number is read as before and
     * the value it may head is doubted (P047) */
    bool wrap_doubt = first && first_holds != 1 && !form_feed_after(ctx, &v[0]) &&
                      head_of_wrap(ctx, &v[0], &v[1], k > 2 ? &v[2] : NULL);
    /* a row printing a mark of an empty cell (—, /, 无) among its values:
     * the mark may be the one too many (a greyed cell of table 二, a rule
     * under the row: 行政许可⏎356⏎—, 规章⏎2⏎1⏎11⏎—), so no value of it
     * is a page number: the greyed cells' reading or P006 */
    if (mark_among(v, k))
        return false;
    /* the last, with a value before it that reads so too: a page break
     * falls between any two cells of a row printed one cell a line, so
     * the row's end proves nothing (P006). The first, right after the
     * label, keeps its reading (a page break between a label and its
     * cells, a PDF viewer's copy), doubted where it may head a wrap.
     * A form feed after the last's line proves it the page's foot: a
     * value between has none after it (the loop above returned), so it
     * is no page number (规章⏎0⏎5⏎0⏎2⏎\f: 2 the page, 0, 5, 0 the cells) */
    if (last && !ff_last && page_inside(ctx, v, k, cols, ncols, false))
        return false;
    /* the first that the row's total proves (it holds without it) when a
     * value between proves as well: the total proves neither (3⏎1⏎0⏎0⏎0⏎
     * 3⏎0⏎4, either 3 the page); a form feed after the first's line
     * proves it, as the last's does */
    if (first && !ff_first && first_holds == 1 && page_inside(ctx, v, k, cols, ncols, true))
        return false;
    const char *name = row < 0 ? "行政复议、行政诉讼" : bld_row_name(ctx, row);
    if (!take_page_number(ctx, v, k, last, first, name, f, n))
        return false;
    if (wrap_doubt && !last)
        doubt_wrap(ctx, XXGK_P_PAGE_OR_WRAP_HEAD, &v[0], &v[1], name);
    if (tail_doubt && last)
        doubt_wrap(ctx, XXGK_P_PAGE_OR_WRAP_TAIL, &v[k - 1], &v[k - 2], name);
    return true;
}

/* Table 四's row (its NV values in the header's groups GROWS and result
 * columns GCOLS): each group's 总计 against the sum of its other results,
 * 1 every one holds, 0 one does not, -1 none can be checked (a value that
 * is no plain count). */
static int appeals_totals_hold(const parse_ctx *ctx, const ptok *v, const int *grows, const int *gcols, int nv)
{
    int checked = 0;
    for (int g = 0; g < nv; g += 5) {
        int rows[5], cols[5], k = 0;
        for (int i = g; i < g + 5 && i < nv; i++, k++) {
            rows[k] = grows[i];
            cols[k] = gcols[i];
        }
        if (k < 5 || rows[0] != rows[4])
            return -1;
        int h = row_total_holds(ctx, v + g, cols, 5);
        if (h == 0)
            return 0;
        checked += h == 1;
    }
    return checked ? 1 : -1;
}

/* Nothing but blanks and line breaks from the end of v's line to END_AT,
 * where the parser saw the next thing (a heading, a title, the end of the
 * text) start: the table ends right after v's line. */
static bool ends_before(const parse_ctx *ctx, const ptok *v, uint32_t end_at)
{
    const uint8_t *src = ctx->doc->src;
    for (uint32_t i = xxgk_doc_line(ctx->doc, v->start).end; i < end_at && i < ctx->doc->len; i++)
        if (src[i] != '\r' && src[i] != '\n' && src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
            return false;
    return true;
}

bool bld_may_be_page_number(const parse_ctx *ctx, const ptok *v, size_t k, uint32_t end_at)
{
    bool row_ends = k && ends_before(ctx, &v[k - 1], end_at);
    return k && (page_at(ctx, &v[k - 1], row_ends) || page_at(ctx, &v[0], row_ends));
}

bool bld_appeals_page_number(parse_ctx *ctx, const int *grows, const int *gcols, int nv, size_t *f, size_t *n,
                             uint32_t end_at)
{
    size_t k = *n;
    if (k < 2 || k != (size_t)nv + 1)
        return false;
    const ptok *v = ctx->vals.v + *f; /* values first: NULL + 0 is undefined */
    /* a page turning inside the row's lines of cells (…  0  0 ⏎ 3 ⏎ \f  0
     * 1 …): the lone number there is the page's, as in a row of 二 or 三
     * (lines_of_cells_around), the groups' totals not failing without it */
    for (size_t i = 1; i + 1 < k; i++) {
        if (!page_turns_inside(ctx, NULL, v, k, i))
            continue;
        ptok rest[MID_MAX_VALUES];
        if (k > MID_MAX_VALUES || mark_among(v, k) || bare_page_number(ctx, &v[i]) <= ctx->last_page_number)
            return false;
        values_without(v, k, i, rest);
        if (appeals_totals_hold(ctx, rest, grows, gcols, nv) == 0)
            return false;
        bld_take_page_value(ctx, -1, f, n, i);
        return true;
    }
    bool row_ends = ends_before(ctx, &v[k - 1], end_at);
    int last = page_at(ctx, &v[k - 1], row_ends);
    int first = page_at(ctx, &v[0], row_ends);
    /* the groups' totals must hold with the reading; one that cannot be
     * checked leaves the other end as likely: no reading */
    if (last && appeals_totals_hold(ctx, v, grows, gcols, nv) != 1)
        last = 0;
    if (first && appeals_totals_hold(ctx, v + 1, grows, gcols, nv) != 1)
        first = 0;
    /* the last after a value that may go on: its wrapped digits, as in
     * bld_page_number_value, unless that value is the last group's 总计
     * and the totals hold (last is set only so) */
    if (last && may_continue(ctx, &v[k - 2], &v[k - 1]) && !form_feed_after(ctx, &v[k - 1]) &&
        !total_rules_out_wrap(gcols[nv - 1], 1))
        return false;
    return take_page_number(ctx, v, k, last, first, "行政复议、行政诉讼", f, n);
}

/* ---- a browser's or a viewer's page header or footer line between rows
 * (docs/grammar.md, "Page numbers"): a web address, or a page count, alone
 * on its line. A page printed from a browser carries its URL and "3/9" at
 * the bottom; a viewer's copy "Page 3 of 9" or "共9页 第3页". Neither has a
 * word of a row; read as an unknown row it was an error (P008) for a
 * line whose digits can be no cell. */

/* A page number between its printed marks at p: ·3· (a middle dot, or
 * the katakana one ・ a GB copy prints), 〔3〕, ［3］, blanks inside them;
 * its end, or NULL. The marks make it furniture: a bare 3 is a value (or
 * P063's page number). */
static const uint8_t *marked_page_number(const uint8_t *p, const uint8_t *e)
{
    static const char *const marks[][2] = {
        {"\xC2\xB7", "\xC2\xB7"},         /* · U+00B7 */
        {"\xE3\x83\xBB", "\xE3\x83\xBB"}, /* ・ U+30FB */
        {"\xE3\x80\x94", "\xE3\x80\x95"}, /* 〔 〕 */
        {"\xEF\xBC\xBB", "\xEF\xBC\xBD"}, /* ［ ］ */
    };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        size_t l;
        const uint8_t *q;
        if (!pf_word_at(p, e, marks[i][0], &l) || !(q = pf_digits(pf_skip_blanks(p + l, e), e, 4)))
            continue;
        q = pf_skip_blanks(q, e);
        return pf_word_at(q, e, marks[i][1], &l) ? q + l : NULL;
    }
    return NULL;
}

/* One piece of a page count at p: 第 3 页, 共 9 页, Page 3, of 9, 3/9, 3 / 9,
 * ·3·, 〔3〕; its end, or NULL. */
static const uint8_t *page_piece(const uint8_t *p, const uint8_t *e)
{
    size_t l;
    const uint8_t *q = marked_page_number(p, e);
    if (q)
        return q;
    if ((pf_word_at(p, e, "\xE7\xAC\xAC", &l) || pf_word_at(p, e, "\xE5\x85\xB1", &l)) && /* 第 共 */
        (q = pf_digits(pf_skip_blanks(p + l, e), e, 4)) != NULL) {
        q = pf_skip_blanks(q, e);
        return pf_word_at(q, e, "\xE9\xA1\xB5", &l) || pf_word_at(q, e, "\xE9\xA0\x81", &l) ? q + l : NULL; /* 页 頁 */
    }
    if (pf_word_at(p, e, "page", &l) || pf_word_at(p, e, "of", &l)) {
        q = pf_skip_blanks(p + l, e);
        return q > p + l ? pf_digits(q, e, 4) : NULL;
    }
    if ((q = pf_digits(p, e, 4)) != NULL) {
        q = pf_skip_blanks(q, e);
        if (q < e && *q == '/')
            return pf_digits(pf_skip_blanks(q + 1, e), e, 4);
    }
    return NULL;
}

bool bld_furniture_line(parse_ctx *ctx, const ptok *label, uint32_t *line_end)
{
    const uint8_t *src = ctx->doc->src;
    if (ctx->pagetext)
        return false; /* a whole table on one line: no line stands alone */
    xxgk_span line = xxgk_doc_line(ctx->doc, label->start);
    const uint8_t *s = src + line.start, *e = src + line.end;
    while (e > s && e[-1] == '\r')
        e--;
    const uint8_t *p = pf_skip_blanks(s, e);
    if (p != src + label->start)
        return false; /* the label opens the line */
    const uint8_t *q = pf_web_address(p, e);
    bool url = q != NULL, page = false;
    if (q)
        p = q;
    for (;;) {
        p = pf_skip_blanks(p, e);
        if (p < e && (*p == ',' || *p == '|'))
            p = pf_skip_blanks(p + 1, e);
        else if (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) /* ， */
            p = pf_skip_blanks(p + 3, e);
        if (p == e || !(q = page_piece(p, e)))
            break;
        page = true;
        p = q;
    }
    if (p != e || !(url || page))
        return false;
    char buf[96];
    ptok whole = *label;
    whole.end = (uint32_t)(e - src);
    bld_text_of(ctx, &whole, buf, sizeof buf);
    for (char *c = buf; *c; c++)
        *c = *c == '\t' ? ' ' : *c;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_FURNITURE_LINE, tok_span(&whole), buf);
    *line_end = (uint32_t)(e - src);
    return true;
}

/* ---- a browser's print header between rows (docs/grammar.md, "Page
 * numbers"): a page printed from a browser carries the date and time it
 * was printed and the page's title at the top (2023/2/1 下午3:45 XX局2022年
 * 政府信息公开工作年度报告_XX市人民政府). In the text copied from such a PDF
 * the line stands between two rows: its digits went to the row above
 * (P006), its words opened an unknown row (P008). It is furniture when the
 * line is a date, a time, and nothing else or words holding the report's
 * own title (its last line, when it was printed on two): note P072. A
 * line that ends in the title itself the scanner drops as a running
 * title; a date and a time before other words stay what they were. */

/* Does the folded text [s, e) hold the report's title, or the last line
 * of a title printed on two? */
static bool holds_title(const parse_ctx *ctx, const uint8_t *s, const uint8_t *e)
{
    const uint8_t *src = ctx->doc->src;
    xxgk_span t = ctx->front_title;
    char line[512], title[512];
    if (t.end <= t.start || t.end - t.start >= 400 || e - s >= 400)
        return false;
    size_t nl = label_fold(s, (size_t)(e - s), line, sizeof line);
    line[nl] = 0;
    for (int last = 0; last < 2; last++) {
        uint32_t from = t.start;
        if (last) {
            from = t.end;
            while (from > t.start && src[from - 1] != '\n')
                from--;
            if (from == t.start)
                return false;
        }
        size_t nt = label_fold(src + from, t.end - from, title, sizeof title);
        title[nt] = 0;
        if (nt >= 12 && strstr(line, title))
            return true;
    }
    return false;
}

/* The line [s, e) is a print header: blanks, a date, a time, then nothing
 * or a page's title (the report's own, or words a row would not print:
 * pf_page_title). A date without a time (2024/1/31 发布) is no print's
 * head. */
static bool print_header_line(const parse_ctx *ctx, const uint8_t *s, const uint8_t *e)
{
    const uint8_t *p = pf_date_time(s, e);
    if (!p)
        return false;
    p = pf_skip_blanks(p, e);
    return p == e || holds_title(ctx, p, e) || pf_page_title(p, e);
}

/* The line holding offset at when it is a print header: its span (from
 * its first character), the note told once; else {0, 0}. */
static xxgk_span print_header_at(parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, at);
    uint32_t e = line.end;
    while (e > line.start && (src[e - 1] == '\r' || src[e - 1] == '\n'))
        e--;
    if (!print_header_line(ctx, src + line.start, src + e))
        return (xxgk_span){0, 0};
    uint32_t s = (uint32_t)(pf_skip_blanks(src + line.start, src + e) - src);
    if (line.end <= ctx->unknown_line_end)
        return (xxgk_span){s, e}; /* told already */
    char buf[96];
    ptok whole = {.start = s, .end = e};
    bld_text_of(ctx, &whole, buf, sizeof buf);
    for (char *c = buf; *c; c++)
        *c = *c == '\t' ? ' ' : *c;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_PRINT_HEADER, span_of(s, e), buf);
    ctx->unknown_line_end = line.end;
    return (xxgk_span){s, e};
}

bool bld_print_header_label(parse_ctx *ctx, const ptok *label, uint32_t *line_end)
{
    if (ctx->pagetext)
        return false;
    xxgk_span h = print_header_at(ctx, label->start);
    if (h.end == 0)
        return false;
    *line_end = h.end;
    return true;
}

void bld_print_header_values(parse_ctx *ctx, size_t *f, size_t *n)
{
    if (ctx->pagetext || !*n)
        return;
    const ptok *v = ctx->vals.v + *f;
    /* the row's last values, on the header's line after the row's */
    xxgk_span h = print_header_at(ctx, v[*n - 1].start);
    if (h.end) {
        while (*n && v[*n - 1].start >= h.start && v[*n - 1].start < h.end)
            --*n;
        while (*n && padding_candidate(&v[*n - 1]))
            --*n; /* the delimiters that ended the line before it */
        return;
    }
    /* its first values, on the header's line between the label's and the
     * values' */
    h = print_header_at(ctx, v[0].start);
    if (!h.end)
        return;
    while (*n && ((v[0].start >= h.start && v[0].start < h.end) || padding_candidate(&v[0]))) {
        ++*f;
        ++v;
        --*n;
    }
}

/* ---- the next row's item number printed apart from its words, after a
 * whole row (docs/grammar.md, "Page text"). A crawler's page text runs a
 * table's rows on one line: `4.保护第三方合法权益 0 1 0 0 0 0 1 5 属于三类内
 * 部事务信息 …`, the 5 the item number of the next label, which the
 * scanner read by its words alone. Matched to its columns, the row has one
 * value too many (P006, the row lost). The last value is that label's
 * number, no cell, when it proves so:
 *
 *   - the row has its full count without it;
 *   - it is one digit 1 to 9 (either width), no unit, and the next row's
 *     label starts after it on its line with nothing but blanks between
 *     (spaces, U+3000, NBSP: never a TAB, a | nor a line break), its words
 *     printed without a number of their own;
 *   - the digit is that row's item number in the template (（三）1.–8.,
 *     （四）1.–3., （五）1.–5., （六）1.–3.): table 二's rows, unnumbered,
 *     never read so (规章 0 0 3 行政规范性文件: the 3 is a cell);
 *   - a row with a total holds without it (or cannot be checked).
 * Else the row stays P006. */

/* The item digit of v, one ASCII or full-width digit 1 to 9, else 0. */
static int lone_item_digit(const parse_ctx *ctx, const ptok *v)
{
    if (v->tok != NUMBER || v->unit_printed || v->not_number)
        return 0;
    const uint8_t *src = ctx->doc->src;
    uint32_t s = v->start, e = v->end;
    if (e - s == 1 && src[s] >= '1' && src[s] <= '9')
        return src[s] - '0';
    if (e - s == 3 && src[s] == 0xEF && src[s + 1] == 0xBC && src[s + 2] >= 0x91 && src[s + 2] <= 0x99)
        return src[s + 2] - 0x90;
    return 0;
}

/* [s, e) is one blank or more (space, U+3000, NBSP) and nothing else. */
static bool blanks_only(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (s >= e)
        return false;
    while (s < e) {
        if (src[s] == ' ')
            s++;
        else if (e - s >= 3 && src[s] == 0xE3 && src[s + 1] == 0x80 && src[s + 2] == 0x80)
            s += 3;
        else if (e - s >= 2 && src[s] == 0xC2 && src[s + 1] == 0xA0)
            s += 2;
        else
            return false;
    }
    return true;
}

bool bld_next_item_number(parse_ctx *ctx, const int *cols, int ncols, size_t f, size_t *n)
{
    size_t k = *n;
    if (k < 2 || k != (size_t)ncols + 1 || ctx->row_next != ROW || ctx->row_next_key <= 0)
        return false;
    const ptok *v = ctx->vals.v + f; /* values first: NULL + 0 is undefined */
    int digit = lone_item_digit(ctx, &v[k - 1]);
    if (!digit || digit != xxgk_tpl_row_item(ctx->row_next_key))
        return false;
    if (!blanks_only(ctx->doc->src, v[k - 1].end, ctx->row_next_at))
        return false;
    if (row_total_holds(ctx, v, cols, ncols) == 0)
        return false;
    --*n;
    return true;
}

/* The first byte of the next line after the line ending at I that holds
 * more than blanks (spaces, U+3000, NBSP, CR, form feeds), or LEN. */
static uint32_t next_filled_line(const uint8_t *src, uint32_t i, uint32_t len)
{
    while (i < len) {
        if (src[i] == '\n' || src[i] == '\r' || src[i] == '\f' || src[i] == ' ') {
            i++;
            continue;
        }
        uint32_t b = page_blank(src, i, len);
        if (!b)
            return i;
        i += b;
    }
    return len;
}

/* The length of the digit at I, ASCII or full-width, else 0. */
static uint32_t digit_at(const uint8_t *src, uint32_t i, uint32_t len)
{
    return utf8_digit_len(src + i, src + len);
}

/* Whether a value stands at I: digits ending at a blank, a TAB or the
 * line's end (a cell's count; 2024年1月15日, a sign-off's date, is none). */
static bool value_at(const uint8_t *src, uint32_t i, uint32_t len)
{
    uint32_t d, n = 0;
    for (; i < len && (d = digit_at(src, i, len)); i += d)
        n++;
    return n && (i == len || src[i] == '\n' || src[i] == '\r' || src[i] == '\t' || page_blank(src, i, len));
}

/* The length of one of STRS' 3-byte code points at I, else 0. */
static uint32_t cp3_of(const uint8_t *src, uint32_t i, uint32_t len, const char *strs)
{
    for (size_t k = 0; i + 3 <= len && strs[k]; k += 3)
        if (!memcmp(src + i, strs + k, 3))
            return 3;
    return 0;
}

/* An item number at the head of a line (4.涉及…, 4、, ４．, （四）, (4),
 * 四、): its length, else 0. */
static uint32_t item_number_at(const uint8_t *src, uint32_t i, uint32_t len)
{
    static const char numerals[] = "一二三四五六七八九十";
    uint32_t d, n = 0, at = i;
    bool bracket = i < len && src[i] == '(';
    if (bracket || cp3_of(src, i, len, "（"))
        at += bracket ? 1 : 3;
    while (at < len && n < 3 && ((d = digit_at(src, at, len)) || (d = cp3_of(src, at, len, numerals))))
        at += d, n++;
    if (!n || at >= len)
        return 0;
    if (at > i && (src[i] == '(' || cp3_of(src, i, len, "（")))
        return src[at] == ')' ? at + 1 - i : cp3_of(src, at, len, "）") ? at + 3 - i : 0;
    return src[at] == '.' ? at + 1 - i : cp3_of(src, at, len, "．、") ? at + 3 - i : 0;
}

/* The number of the item at I (4 of 4.涉及…, ４．, (4), （4）), at most two
 * digits, ASCII or full width; 0 for a numeral (四、, （四）) or none. */
static int item_digits_at(const uint8_t *src, uint32_t i, uint32_t len)
{
    if (i < len && src[i] == '(')
        i++;
    else
        i += cp3_of(src, i, len, "（");
    int n = 0, d, k = 0;
    for (; k < 2 && (d = i < len && src[i] >= '0' && src[i] <= '9' ? src[i] - '0'
                             : utf8_fw_digit(src + i, src + len)) >= 0; k++)
        n = n * 10 + d, i += src[i] < 0x80 ? 1 : 3;
    return n;
}

/* The last item number of ROW's group in the template (8 for （三）'s
 * rows), else ROW's own item (0 for no numbered row). */
static int group_last_item(int row)
{
    int last = xxgk_tpl_row_item(row);
    const char *group = xxgk_tpl_row_group(row);
    for (int r = row + 1; last > 0 && xxgk_tpl_row_item(r) > last && !strcmp(xxgk_tpl_row_group(r), group); r++)
        last = xxgk_tpl_row_item(r);
    return last;
}

/* Rule: an item number opens the table's next row only where the table
 * numbers its rows (table 三's groups （一）–（七） and their items
 * 1.–8.): a numeral there (（四）, 四、) opens a group, a digit greater
 * than ROW's item, up to its group's last, a later row of the group (a
 * report may skip an item: 2. then 4.); a digit at or below ROW's item
 * (1. restarting, the same number) is no next row. Table 二 and 四
 * number no row, and a section heading the lexer did not take has no
 * bare number within two lines after it inside a row: such a line there
 * is a page's running header (1.示例区民政局 between 规章's cells). */
static bool item_opens_next(const parse_ctx *ctx, int row, const uint8_t *src, uint32_t i, uint32_t len)
{
    if (ctx->table != XXGK_TABLE_REQUESTS)
        return false;
    int n = item_digits_at(src, i, len), item = xxgk_tpl_row_item(row);
    return n == 0 || (item > 0 && n > item && n <= group_last_item(row));
}

/* Whether the line at AT holds one value and nothing else: digits, then
 * blanks or CR only to the line's end (0 0 0, a row's values, is more);
 * with CELL also TABs (10⇥: a cell's value a copy ends with its cell's
 * TAB, a row's line cut there). P065's shape (header_carries_one_value)
 * asks without CELL: a row one cell a line has no TAB after its cells. */
static bool lone_value_in(const parse_ctx *ctx, uint32_t at, bool cell)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = xxgk_doc_line(ctx->doc, at).end, d;
    if (!value_at(src, at, e))
        return false;
    while (at < e && (d = digit_at(src, at, e)))
        at += d;
    for (uint32_t b; at < e && (b = src[at] == '\r' || (cell && src[at] == '\t') ? 1 : page_blank(src, at, e));)
        at += b;
    return at == e;
}

static bool lone_value_line(const parse_ctx *ctx, uint32_t at) { return lone_value_in(ctx, at, false); }

/* Rule: a report words a row its own way but begins it as the template
 * does (4.危及国家安全… for 3.危及“三安全一稳定”, 部分公开的 for （二）部分公开);
 * a running header begins with a place's or an agency's name. True when
 * the words at [S, E) (after their item number) begin with the first two
 * characters of a row's or group's label of the open table (after its
 * item number), either script. Walks the list only on P065's rare path. */
static bool begins_as_row_label(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    char folded[32];
    size_t n = label_fold(ctx->doc->src + s, e - s < 24 ? e - s : 24, folded, sizeof folded);
    if (n < 6 || n >= sizeof folded)
        return false;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->table != ctx->table || (le->kind != LK_ROW && le->kind != LK_GROUP))
            continue;
        uint32_t item = item_number_at((const uint8_t *)le->text, 0, (uint32_t)le->len);
        if (le->len >= item + 6 && !memcmp(le->text + item, folded, 6))
            return true;
    }
    return false;
}

/* Whether the words W (N bytes, folded) carry a running header's marks:
 * a column's word (专栏), the report's title words (年度报告, 信息公开), or
 * an agency's name at their end (示例区民政局, 示例街道, 某某镇: 局 委 办 厅
 * 院 政府 办公室 街道 镇 乡). A row's label, however worded (危及国家安全、
 * 经济安全和社会稳定), has none: this is positive evidence of a header,
 * where a character no template label has is none (济, 隐, 私). */
static bool words_mark_header(const char *w, size_t n)
{
    static const char *const within[] = {"专栏", "專欄", "年度报告", "年度報告", "信息公开", "信息公開"};
    static const char *const ends[] = {"局", "委", "办", "辦", "厅", "廳", "院", "政府", "街道", "镇", "鎮", "乡", "鄉"};
    while (n > 0 && (w[n - 1] == ' ' || w[n - 1] == '\r'))
        n--;
    for (size_t i = 0; i < sizeof within / sizeof *within; i++) {
        size_t m = strlen(within[i]);
        for (size_t k = 0; k + m <= n; k++)
            if (!memcmp(w + k, within[i], m))
                return true;
    }
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t m = strlen(ends[i]);
        if (n >= m && !memcmp(w + n - m, ends[i], m))
            return true;
    }
    return false;
}

/* Rule: a running header's words may begin as a row's label does (5.其他
 * 事项专栏 begins as 2.其他法律…, 3.示例… as nothing), but a report's row
 * that words its label its own way (4.危及国家安全…, 4.保护第三方权益) keeps
 * its label's number or the next item's, and its words stay in the
 * report language. So an item-numbered line at [AT, E) (its number ITEM
 * bytes) that begins as a row's or group's label of the open table is
 * the next row unless its number (digits) is neither that label's item
 * nor the one after ROW's, or its words carry a header's marks (专栏,
 * 民政局: words_mark_header): a header then. A character no template
 * label has is no such evidence (经济安全, 社会稳定: a real row's words).
 * Walks the list only on P065's rare path. */
static bool reads_as_next_row(const parse_ctx *ctx, int row, uint32_t at, uint32_t item, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    char folded[64];
    size_t n = label_fold(src + at + item, e - at - item < 60 ? e - at - item : 60, folded, sizeof folded);
    if (n < 6 || n >= sizeof folded)
        return false;
    int num = item_digits_at(src, at, e);
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->table != ctx->table || (le->kind != LK_ROW && le->kind != LK_GROUP))
            continue;
        uint32_t li = item_number_at((const uint8_t *)le->text, 0, (uint32_t)le->len);
        if (le->len < li + 6 || memcmp(le->text + li, folded, 6))
            continue;
        int own = item_digits_at((const uint8_t *)le->text, 0, (uint32_t)le->len);
        if (num > 0 && num != own && num != xxgk_tpl_row_item(row) + 1)
            continue; /* 5.其他… after item 2: neither 2 nor 3 */
        if (!words_mark_header(folded, n))
            return true;
    }
    return false;
}

/* Rule: a line is a running header only on positive evidence: its item
 * number (at HEAD, the line ending at E) is neither ROW's next item nor
 * none, or its words carry a header's marks (words_mark_header). A line
 * that is unsure is read as the report's next row, and V101 tells when
 * the value read is wrong. */
static bool line_marks_header(const parse_ctx *ctx, int row, uint32_t head, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    int num = item_digits_at(src, head, e);
    if (num > 0 && num != xxgk_tpl_row_item(row) + 1)
        return true;
    uint32_t item = item_number_at(src, head, e);
    char folded[256];
    size_t n = label_fold(src + head + item, e - head - item, folded, sizeof folded);
    return n < sizeof folded && words_mark_header(folded, n);
}

/* Rule: a row of table 三 holds seven cells, so a line that opens the
 * next row by its item number alone (words no label of the table) has
 * more than one value after it (one cell a line, or a line of them). A
 * page break's running header (5.示例区民政局, （三）示例区民政局, 四、示例區民政局)
 * is followed by the one cell the break carried over (the row's last),
 * then the next row's label: so one lone value after the line (and at
 * most one more line of words before it, the header's second line),
 * then words or the end, make the line a running header, not a row.
 * A second lone value may stand under it (the header's page number),
 * when the next row's label follows: two values are no row either, but a
 * real row worded its own way may keep two values after damage, so this
 * asks the line for a header's evidence (line_marks_header). HEAD is the
 * item-numbered line's start, LINE_END its end, ROW the row it follows. */
static bool label_line_at(const parse_ctx *ctx, uint32_t s, uint32_t e, bool numbered);
static bool header_carries_one_value(const parse_ctx *ctx, int row, uint32_t head, uint32_t line_end)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, at = line_end;
    for (int words = 0;; words++) {
        at = next_filled_line(src, at, len);
        if (at >= len || words == 2)
            return false;
        if (value_at(src, at, len))
            break;
        at = xxgk_doc_line(ctx->doc, at).end;
    }
    if (!lone_value_line(ctx, at))
        return false; /* a line of values: a row */
    at = next_filled_line(src, xxgk_doc_line(ctx->doc, at).end, len);
    if (at >= len || !value_at(src, at, len))
        return true;
    /* a second lone value (the header's own: a page's number or a
     * footnote mark under it), then the next row's label: two values
     * are no row of seven either */
    if (!lone_value_line(ctx, at) || !line_marks_header(ctx, row, head, line_end))
        return false; /* a row worded its own way may carry two values left after damage */
    at = next_filled_line(src, xxgk_doc_line(ctx->doc, at).end, len);
    if (at >= len || value_at(src, at, len))
        return false;
    xxgk_span line = xxgk_doc_line(ctx->doc, at);
    uint32_t item = item_number_at(src, at, line.end);
    return begins_as_row_label(ctx, at + item, line.end) || label_line_at(ctx, at + item, line.end, item > 0);
}

/* A note (注, 註, 备注, 備註, 说明, 說明 at the line's head) whose line ends
 * in a word that wants a number after it (收费项目共, 合计为, 约): a note's
 * sentence cut before its number. A running header or footer is no note
 * (版权所有, 示例区统计局 end so, and stay foreign). */
static bool wants_number(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\r'))
        e--;
    while (e - s >= 3 && !memcmp(src + e - 3, "\u3000", 3))
        e -= 3;
    if (e - s < 6 || !cp3_of(src, e - 3, e, "共计計为為达達约約"))
        return false;
    uint32_t head = cp3_of(src, s, e, "备備说說");
    return cp3_of(src, s + head, e, head ? "注註明" : "注註") != 0;
}

/* Rule: a note cut before its number owns the number on the next line
 * only when that number reads as the note's: a unit or count word after
 * it (2 项, 2件, 90 万元, ２項) or the note's sentence ending right after
 * it (2。). A bare number alone on its line is a page number's form: the
 * page break's layout (规章⏎0⏎0⏎5⏎注：…口径为⏎3), left foreign (P065).
 * AT is the first byte of the line after the note's. */
static bool note_owns_number(const uint8_t *src, uint32_t at, uint32_t len)
{
    uint32_t d, n = 0;
    for (; at < len && ((d = digit_at(src, at, len)) || (n && src[at] == '.')); at += d ? d : 1)
        n++;
    if (!n)
        return false;
    for (uint32_t b; at < len && (b = src[at] == ' ' ? 1 : page_blank(src, at, len));)
        at += b;
    return cp3_of(src, at, len, "项項件个個次人份条條家元万萬亿億。") != 0;
}

/* Rule: an item-numbered line whose words end with a label of the open
 * table (2.其他行政规范性文件: a word before the label) is that row,
 * numbered and worded its own way: no foreign line. A running header
 * ends in an agency's or a report's name, no row's. [S, E) are the words
 * after the item number. */
static bool label_ends_line(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\r' || src[e - 1] == '\n'))
        e--;
    while (e - s >= 3 && !memcmp(src + e - 3, "\u3000", 3))
        e -= 3;
    char folded[256];
    size_t n = label_fold(src + s, e - s, folded, sizeof folded);
    if (n >= sizeof folded)
        return false;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->table == ctx->table && le->kind == LK_ROW && le->len >= 6 && le->len <= n &&
            !memcmp(folded + n - le->len, le->text, le->len))
            return true;
    }
    return false;
}

/* Rule: a line whose words begin with a label of the open table (a row,
 * a group, a header word, a clause caption), or are the head of one
 * wrapped over lines, starts something of the table: no foreign line. A
 * section heading's words do not (概述, 主动公开政府信息情况): a heading
 * has no bare number within two lines after it inside a row, so there
 * they are a page's running header; nor do an item-numbered line's words
 * that begin with a short label and go on into a header's marks
 * (5.其他事项专栏: 其他, the column's word, then 专栏: words_mark_header),
 * when NUMBERED: a running header numbered as an item. Asks labels.def's
 * folded texts, as the rows' labels are read; walks the list only on
 * P065's rare path. */
static bool label_line_at(const parse_ctx *ctx, uint32_t s, uint32_t e, bool numbered)
{
    char folded[256];
    size_t n = label_fold(ctx->doc->src + s, e - s, folded, sizeof folded);
    if (n >= sizeof folded)
        n = sizeof folded - 1;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->table != ctx->table || le->kind == LK_SEC)
            continue;
        size_t m = le->len < n ? le->len : n;
        if (m >= 6 && !memcmp(folded, le->text, m) && !(numbered && m < n && words_mark_header(folded, n)))
            return true;
    }
    return false;
}

/* The label of the open table that the line [S, E) is, read as a label
 * line (P081): its first cell (up to a TAB, a U+3000 or two spaces) is a
 * label of the table (a row's, a group's, a header word, a caption; the
 * longest), whole or followed by its values (a digit or a sign right
 * after it), or, the line one cell, the head of a label wrapped over
 * lines. Prose that begins with a row's words (行政许可事项较上年减少35项)
 * is none. Its entry, else -1. */
static int label_line_entry(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t c = s;
    while (c < e && src[c] != '\t' && src[c] != '\r' && src[c] != '\n' &&
           !(e - c >= 3 && !memcmp(src + c, "\u3000", 3)) && !(src[c] == ' ' && c + 1 < e && src[c + 1] == ' '))
        c++;
    uint32_t t = c;
    while (t < e && (src[t] == ' ' || src[t] == '\r' || src[t] == '\n'))
        t++;
    bool one_cell = t == e;
    char folded[256];
    size_t n = label_fold(src + s, c - s, folded, sizeof folded);
    if (n >= sizeof folded || n < 6)
        return -1;
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->table != ctx->table || le->kind == LK_SEC || le->len < 6 || le->len <= best_len)
            continue;
        bool whole = le->len <= n && !memcmp(folded, le->text, le->len) &&
                     (le->len == n || (folded[le->len] >= '0' && folded[le->len] <= '9') || folded[le->len] == '-');
        bool head = one_cell && n < le->len && !memcmp(folded, le->text, n);
        if (whole || head) {
            best = i;
            best_len = le->len;
        }
    }
    return best;
}

/* The line [S, E) folded (label_fold: either script, full-width forms,
 * no blanks) into OUT, line breaks and blanks at its end left out; 0 when
 * it does not fit. */
static size_t folded_text(const uint8_t *src, uint32_t s, uint32_t e, char *out, size_t cap)
{
    while (e > s && (src[e - 1] == '\r' || src[e - 1] == '\n' || src[e - 1] == ' ' || src[e - 1] == '\t'))
        e--;
    size_t n = e - s < cap / 2 ? label_fold(src + s, e - s, out, cap) : 0;
    return n < cap ? n : 0;
}

/* Does the heading printed at HS fold to NOW (N bytes)? */
static bool heading_reads(const parse_ctx *ctx, uint32_t hs, const char *now, size_t n)
{
    char was[512];
    return hs < ctx->doc->len && folded_text(ctx->doc->src, hs, xxgk_doc_line(ctx->doc, hs).end, was, sizeof was) == n &&
           !memcmp(now, was, n);
}

/* The headings printed: the report's sections built so far, and the last
 * two section tokens the parser was given (a section not reduced yet: its
 * table still open, as table 四's inside its header). */
bool bld_heading_again(const parse_ctx *ctx, uint32_t s, uint32_t e, int id)
{
    char now[512];
    size_t n = folded_text(ctx->doc->src, s, e, now, sizeof now);
    if (!n)
        return false;
    for (const xxgk_section *sec = ctx->report ? ctx->report->sections : NULL; sec; sec = sec->next)
        if (sec->id == id && heading_reads(ctx, sec->heading_span.start, now, n))
            return true;
    for (unsigned k = 0; k < 2 && k < ctx->nsecs; k++)
        if (ctx->secs[k].section == id && ctx->secs[k].start != s && heading_reads(ctx, ctx->secs[k].start, now, n))
            return true;
    return false;
}

/* Does the folded text W (N bytes) hold a digit (ASCII; label_fold makes
 * full-width digits ASCII)? */
static bool holds_digit(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return true;
    return false;
}

/* The agency the report's front title names: the title folded into OUT
 * (CAP bytes), its words before its year (a digit, 二〇, 二零) or its
 * 政府信息公开, whichever comes first, *LEN bytes of them. False when the
 * report has no front title or it names no agency before those. */
static bool front_title_agency(const parse_ctx *ctx, char *out, size_t cap, size_t *len)
{
    xxgk_span t = ctx->front_title;
    if (t.end <= t.start || t.end - t.start >= cap / 2)
        return false;
    size_t n = label_fold(ctx->doc->src + t.start, t.end - t.start, out, cap);
    if (n >= cap)
        return false;
    out[n] = 0;
    size_t a = n;
    for (size_t i = 0; i < a; i++)
        if (out[i] >= '0' && out[i] <= '9')
            a = i;
    static const char *const ends[] = {"政府信息公开", "二〇", "二零"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        const char *p = strstr(out, ends[k]);
        if (p && (size_t)(p - out) < a)
            a = (size_t)(p - out);
    }
    *len = a;
    return a > 0 && a < n;
}

bool bld_report_title_line(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    char w[256];
    size_t n = folded_text(src, s, e, w, sizeof w);
    if (n < 12 || memchr(src + s, '\t', e - s))
        return false;
    if (holds_title(ctx, src + s, src + e))
        return true;
    static const char tail[] = "年度报告"; /* a title naming no year: 政府信息公开工作年度报告 */
    size_t m = sizeof tail - 1;
    if (!(n > m && !memcmp(w + n - m, tail, m) && !holds_digit(w, n) && strstr(w, "年") == w + n - m))
        return false;
    /* the agency it names: the words before its 政府信息公开 (none: the
     * line names no agency, this report's); another agency's title is
     * another report's (P004) */
    w[n] = 0;
    const char *g = strstr(w, "政府信息公开");
    if (!g)
        return false;
    size_t a = (size_t)(g - w), fa;
    if (!a)
        return true;
    char own[256];
    return front_title_agency(ctx, own, sizeof own, &fa) && fa == a && !memcmp(own, w, a);
}

/* The year a folded title W states, as the project reads a year
 * (mt_year_in: four digits of one kind, ASCII, full-width or 〇一二…, ○
 * and 零 for 〇; any year 1000-2999, not only mt_year_of's 1990-2100: a
 * title dated 1985 states another year all the same) followed by its 年, and where its words end in
 * *AT (past its 年 and 度), where the year starts in *FROM (bytes of W):
 * 0 when none. */
static int title_year(const char *w, size_t n, size_t *from, size_t *at)
{
    uint32_t cp[256], off[257];
    int m = 0;
    for (uint32_t i = 0; i < n && m < 256;) {
        int l = utf8_decode((const uint8_t *)w + i, (uint32_t)n - i, &cp[m]);
        if (l <= 0)
            return 0;
        off[m++] = i;
        i += (uint32_t)l;
    }
    off[m] = (uint32_t)n;
    for (int i = 0, ys, ye, y; i < m && (y = mt_year_in(cp, i, m, 1000, 2999, &ys, &ye)) != 0; i = ye) {
        if (ye >= m || cp[ye] != 0x5E74) /* a year is followed by its 年 */
            continue;
        ye++;
        if (ye < m && cp[ye] == 0x5EA6) /* 度 */
            ye++;
        *from = off[ys];
        *at = off[ye];
        return y;
    }
    return 0;
}

/* The place an agency's name A (LEN bytes) opens with: its words up to
 * and with its first 省, 市, 县 or 区, at least two characters before it;
 * 0 when none. */
static size_t agency_place(const char *a, size_t len)
{
    static const char *const ends[] = {"省", "市", "县", "区"};
    for (size_t i = 6; i + 3 <= len && i <= 18; i += 3)
        for (size_t k = 0; k < 4; k++)
            if (!memcmp(a + i, ends[k], 3))
                return i + 3;
    return 0;
}

static bool ends_with(const char *a, size_t len, const char *tail)
{
    size_t m = strlen(tail);
    return len >= m && !memcmp(a + len - m, tail, m);
}

/* Rule (stop 71, mend b, P019): a title line W (folded, N bytes) is
 * certainly another report's only when it states a year other than this
 * report's front title's (any numeral form), or names an agency that is
 * certainly another: another place (the places both names open with
 * differ), or a government (…人民政府) where this report's agency is none.
 * Anything else (year first, 年度 for 年, traditional script, a short
 * name, no place, 关于, without 工作) may be this report's own title
 * written otherwise: no P019 (dropped as a page's header, as before). */
static bool certainly_another_title(const parse_ctx *ctx, const char *w, size_t n)
{
    char own[256];
    xxgk_span t = ctx->front_title;
    if (t.end <= t.start || t.end - t.start >= sizeof own / 2)
        return false;
    size_t on = label_fold(ctx->doc->src + t.start, t.end - t.start, own, sizeof own);
    if (on >= sizeof own)
        return false;
    own[on] = 0;
    size_t lf = 0, lat = 0, of = 0, oat = 0;
    int ly = title_year(w, n, &lf, &lat), oy = title_year(own, on, &of, &oat);
    if (ly && oy && ly != oy)
        return true;
    /* the agencies: the words before the year or 政府信息公开, whichever
     * comes first (a year first: the words after it) */
    const char *lg = strstr(w, "政府信息公开"), *og = strstr(own, "政府信息公开");
    if (!lg || !og)
        return false;
    const char *lb = w, *ob = own;
    size_t la, oa;
    if (ly && lf == 0)
        lb = w + lat;
    if (oy && of == 0)
        ob = own + oat;
    if (lb > lg || ob > og)
        return false;
    la = (size_t)(lg - lb);
    oa = (size_t)(og - ob);
    if (ly && lf > 0 && w + lf < lg)
        la = lf;
    if (oy && of > 0 && own + of < og)
        oa = of;
    if (!la || !oa)
        return false;
    size_t lp = agency_place(lb, la), op = agency_place(ob, oa);
    if (lp && op && (lp != op || memcmp(lb, ob, lp)))
        return true; /* another place */
    return ends_with(lb, la, "人民政府") && !ends_with(ob, oa, "人民政府") && !ends_with(ob, oa, "政府");
}

/* Rule (stop 71, P019): the line [S, E) is a report's title, another
 * report's: alone (no TAB), no sentence's punctuation (，。；：), its folded
 * words speak of 政府信息公开 and end in 报告 (報告), and it is no title of
 * this report (bld_report_title_line: its own, or one naming no year and
 * no other agency; a report with no front title has none to tell
 * another's from: no), certainly another's (certainly_another_title:
 * another year, another place, a government's; any other variant of the
 * title may be this report's own), and the open section's heading is not the next line
 * alone (a copy of that report begins there: P004). Inside a table it is
 * no page's running header. Titles of up to 255 bytes are folded and
 * compared; a longer line over twice this report's front title is no
 * title of this report either (stop 72, fuzz42: the fold held 127 bytes,
 * longer ones were dropped unseen). */
bool bld_foreign_title_line(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    char w[512];
    xxgk_span ft = ctx->front_title;
    if (ft.end <= ft.start)
        return false; /* no title of this report to tell another's from: as before */
    const uint8_t *src = ctx->doc->src;
    if (memchr(src + s, '\t', e - s))
        return false;
    static const char *const stops[] = {"，", "。", "；", "：", ",", ";", ":"};
    for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
        if (memmem(src + s, e - s, stops[k], strlen(stops[k])))
            return false; /* a sentence citing a report */
    size_t n = folded_text(src, s, e, w, sizeof w);
    /* a page's number glued before the title in crawler text
     * (5白沙县…报告, stop 73): one to three digits before a word that is
     * no 年 (2019年白沙县…: the title's year) are no part of the title */
    size_t pd = 0;
    while (pd < n && pd < 4 && w[pd] >= '0' && w[pd] <= '9')
        pd++;
    if (pd && pd < 4 && pd < n && (unsigned char)w[pd] >= 0x80 && (n - pd < 3 || memcmp(w + pd, "年", 3))) {
        memmove(w, w + pd, n - pd);
        n -= pd;
    }
    /* too long to fold (a crawler's run-on line ending in 报告) and over
     * twice this report's title: no page's header of this report, which
     * repeats its title (fuzz42 t01) */
    bool overlong = !n && e - s >= sizeof w / 2 && (uint64_t)(e - s) > 2 * (uint64_t)(ft.end - ft.start);
    if (!overlong &&
        (n < 24 || memcmp(w + n - 6, "报告", 6) || (w[n] = 0, !strstr(w, "政府信息公开")) ||
         bld_report_title_line(ctx, s, e) || !certainly_another_title(ctx, w, n)))
        return false;
    /* the open section's heading alone under it: a copy of that report
     * begins (tokens.c foreign_title_above, P004), told there */
    uint32_t ns = next_filled_line(src, e, ctx->doc->len);
    return ns >= ctx->doc->len || !bld_heading_again(ctx, ns, xxgk_doc_line(ctx->doc, ns).end, ctx->section);
}

bool bld_column_title(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    s += item_number_at(src, s, e);
    char w[128];
    size_t n = folded_text(src, s, e, w, sizeof w);
    if (n < 6 || n > 60 || holds_digit(w, n) || memchr(src + s, '\t', e - s) || memcmp(w + n - 6, "专栏", 6))
        return false;
    /* prose that points to a column (详见本机关门户网站政府信息公开专栏,
     * 请登录…专栏, 可在…专栏) is no column's title */
    w[n] = 0;
    return !strstr(w, "见") && !strstr(w, "请") && !strstr(w, "可");
}

/* One to four digits at P, ASCII or full-width (０-９, EF BC 90-99), no
 * digit after them: their end, or NULL. */
static const uint8_t *pf_any_digits(const uint8_t *p, const uint8_t *e)
{
    const uint8_t *q = pf_digits(p, e, 4);
    if (q)
        return q;
    int n = 0;
    while (n < 4 && e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99)
        p += 3, n++;
    if (!n || (p < e && *p >= '0' && *p <= '9') || (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99))
        return NULL;
    return p;
}

/* A dash a printer writes around a page's number at P: - (ASCII), — (em
 * dash U+2014), – (en dash U+2013), － (full-width U+FF0D); its length, 0
 * when none. */
static size_t page_dash_at(const uint8_t *p, const uint8_t *e)
{
    if (p < e && *p == '-')
        return 1;
    if (e - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x94 || p[2] == 0x93))
        return 3;
    if (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8D)
        return 3;
    return 0;
}

/* The line [S, E) is a page's number in a printed form and nothing else:
 * - 3 -, — 3 —, – 3 –, － 3 － (page_dash_at, either digits), 第3页 and
 * 第 ３ 页 (full-width digits), 共9页 第3页, ·3·, 3/9 (page_piece; a bare
 * 3 is lone_value_line's). */
static bool page_form_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    const uint8_t *p = pf_skip_blanks(src + s, src + e), *end = src + e, *q;
    while (end > p && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
        end--;
    size_t dl = page_dash_at(p, end);
    if (dl) {
        q = pf_any_digits(pf_skip_blanks(p + dl, end), end);
        q = q ? pf_skip_blanks(q, end) : NULL;
        return q && (dl = page_dash_at(q, end)) != 0 && pf_skip_blanks(q + dl, end) == end;
    }
    size_t l;
    if (pf_word_at(p, end, "\xE7\xAC\xAC", &l) && /* 第 ３ 页: full-width digits */
        (q = pf_any_digits(pf_skip_blanks(p + l, end), end)) != NULL) {
        q = pf_skip_blanks(q, end);
        if ((pf_word_at(q, end, "\xE9\xA1\xB5", &l) || pf_word_at(q, end, "\xE9\xA0\x81", &l)) &&
            pf_skip_blanks(q + l, end) == end)
            return true;
    }
    bool any = false;
    while (p < end && (q = page_piece(p, end)) != NULL)
        p = pf_skip_blanks(q, end), any = true;
    return any && p == end;
}

/* Rule (stop 73, P019): the lines a page's break prints with another
 * report's title, after the line ending at AT: further titles alone on
 * their lines, another report's (bld_foreign_title_line) or this
 * report's own (bld_report_title_line); a page's number in a printed form
 * (page_form_line: - 5 -, 第 5 页); and, when LONE (no row open short or
 * one cell a line, whose cell a lone value may be), one lone value right
 * under a title (the page's number). Where the last of them ends; AT when
 * none. A title worded otherwise (may be this report's own, may not),
 * prose, a heading, a row: the run ends before it. */
uint32_t bld_page_titles_end(const parse_ctx *ctx, uint32_t at, bool lone)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    bool under_title = true;
    for (;;) {
        uint32_t s = next_filled_line(src, at, len);
        if (s >= len)
            return at;
        uint32_t e = xxgk_doc_line(ctx->doc, s).end;
        uint32_t te = (uint32_t)utf8_report_title_end(src + s, e - s, false);
        if (te && (bld_report_title_line(ctx, s, s + te) || bld_foreign_title_line(ctx, s, s + te)))
            under_title = true;
        else if (page_form_line(src, s, e) || (lone && under_title && lone_value_line(ctx, s)))
            under_title = false;
        else
            return at;
        at = e;
    }
}

/* Rule (stop 73, P019): table 四 read midway (some of its fifteen values
 * read, no row label to go on with): its values go on after AT when the
 * next line that holds more than blanks opens with a value, the table's
 * header words printed again on the new page (label_line_entry: 行政复议,
 * 结果维持…, up to seven lines) passed over before it (stop 73 mend b,
 * as table 三's rows go on after its repeated header). */
bool bld_appeals_values_follow(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    for (int k = 0; k < 8; k++) {
        at = next_filled_line(src, at, len);
        if (at >= len)
            return false;
        uint32_t e = xxgk_doc_line(ctx->doc, at).end;
        if (value_at(src, at, e))
            return true;
        if (label_line_entry(ctx, at, e) < 0)
            return false; /* prose, a heading, a row's label: no */
        at = e; /* the table's header words printed again on the new page */
    }
    return false;
}

/* Rule (P081, P129): a line of a page's running header beside the
 * table's own header: the report's title (bld_report_title_line), the open
 * section's heading as this report printed it (bld_heading_again), a
 * site column's title (bld_column_title), a page's number in a printed
 * form (page_form_line). */
static bool page_header_line(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    return bld_report_title_line(ctx, s, e) || bld_column_title(ctx, s, e) ||
           bld_heading_again(ctx, s, e, ctx->section) || page_form_line(ctx->doc->src, s, e);
}

/* Where the heading of the open table's section as this report printed
 * it starts; the document's length when none was printed. */
static uint32_t own_heading_start(const parse_ctx *ctx)
{
    uint32_t hs = ctx->doc->len;
    for (const xxgk_section *sec = ctx->report ? ctx->report->sections : NULL; sec && hs == ctx->doc->len;
         sec = sec->next)
        if (sec->id == ctx->section)
            hs = sec->heading_span.start;
    for (unsigned k = 0; k < 2 && k < ctx->nsecs && hs == ctx->doc->len; k++)
        if (ctx->secs[k].section == ctx->section)
            hs = ctx->secs[k].start;
    return hs;
}

/* Rule (P081, glued page text): a crawler's copy of a page runs the
 * page's header into a row's line, no line break around it. The text
 * from S (up to E, the line's end) opens with exactly the report's own
 * front title and/or the heading of the open table's section as printed
 * (either order, either alone; folded: script, width, blanks): the
 * offset where that ends (E when nothing follows), else 0. Another
 * agency's or year's title, a generic title, another section's heading,
 * any other word: 0. */
uint32_t bld_glued_page_header(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    enum { CAP = 480 };
    char w[CAP + 8], title[2 * CAP], head[512];
    uint32_t off[CAP + 8];
    xxgk_span ft = ctx->front_title;
    if (ft.end <= ft.start || ft.end - ft.start >= CAP)
        return 0;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\r' || src[e - 1] == '\t'))
        e--;
    uint32_t hs = own_heading_start(ctx), c = label_fold_first(src + s, e - s);
    if (!c || (c != label_fold_first(src + ft.start, ft.end - ft.start) &&
               (hs >= ctx->doc->len || c != label_fold_first(src + hs, ctx->doc->len - hs))))
        return 0; /* most text: neither's first character */
    uint32_t we = e - s > CAP ? s + CAP : e;
    while (we > s && we < e && (src[we] & 0xC0) == 0x80)
        we--;
    size_t n = label_fold_map(src + s, we - s, s, w, off);
    size_t nt = label_fold(src + ft.start, ft.end - ft.start, title, sizeof title);
    size_t nh = hs < ctx->doc->len ? folded_text(src, hs, xxgk_doc_line(ctx->doc, hs).end, head, sizeof head) : 0;
    if (nt < 12 || nt >= sizeof title)
        nt = 0;
    size_t p = 0;
    bool t_read = false, h_read = false;
    for (int k = 0; k < 2; k++) {
        if (!t_read && nt && n - p >= nt && !memcmp(w + p, title, nt))
            p += nt, t_read = true;
        else if (!h_read && nh && n - p >= nh && !memcmp(w + p, head, nh))
            p += nh, h_read = true;
    }
    if (!p)
        return 0;
    return p == n ? (we == e ? e : 0) : off[p];
}

/* The label entry the line [S, E) opens with (label_line_entry), after an
 * item number or not (*ITEM: its bytes, 0 when none was passed over);
 * -1 when none (line_row, bld_table_goes_on). */
static int line_label_entry(const parse_ctx *ctx, uint32_t s, uint32_t e, uint32_t *item)
{
    int i = label_line_entry(ctx, s, e);
    *item = i < 0 ? item_number_at(ctx->doc->src, s, e) : 0;
    if (i < 0 && *item)
        i = label_line_entry(ctx, s + *item, e);
    return i;
}

/* The row of the label line [S, E) (line_label_entry): its key when a row's label opens it, or a group's label
 * with a row's label in the next cell (三、本年度办理结果⇥（一）予以公开);
 * else 0. */
static int line_row(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    for (int cell = 0; cell < 2 && s < e; cell++) {
        uint32_t item;
        int i = line_label_entry(ctx, s, e, &item);
        if (i < 0)
            return 0;
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW)
            return le->key > 0 && le->key < XXGK_R__COUNT ? le->key : 0;
        if (le->kind != LK_GROUP)
            return 0;
        s += item; /* the group's cell, then the blanks after it */
        while (s < e && src[s] != '\t' && !(e - s >= 3 && !memcmp(src + s, "\u3000", 3)) &&
               !(src[s] == ' ' && s + 1 < e && src[s + 1] == ' '))
            s++;
        while (s < e && (src[s] == '\t' || src[s] == ' ' || (e - s >= 3 && !memcmp(src + s, "\u3000", 3))))
            s += src[s] == 0xE3 ? 3 : 1;
    }
    return 0;
}

bool bld_line_row_unread(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    int row = line_row(ctx, s, e);
    return row > 0 && !ctx->rows_lexed[row];
}

/* Rule (P081, P129; tokens.c running_heading, column_title_line): the
 * open table's rows go on after the line ending at AT when the next lines
 * that hold more than blanks are label lines of the table
 * (label_line_entry, after an item number or not), the table's header
 * printed again at the page's top among them, or lines of the page's
 * header (page_header_line), up to the first row's: a row the table has
 * not read yet. ROW_OPEN < 0 (stop 70): the row open short but read along
 * its line; a lone value among the lines is its last cell or the page's
 * number, the text cannot tell: no. A line that opens with the page's header glued before
 * a label (bld_glued_page_header: this report's title and/or the open
 * table's heading, exactly; stop 70: the header cut over two lines, its
 * title glued after a row's values, its heading before the next row's
 * label) is that label's line. One line of a lone value among them is skipped (a page's
 * number); while a row is open (ROW_OPEN: its label and fewer cells than
 * its columns read, one cell a line: the page broke inside the row) the
 * row's further cells may come first, each alone on its line; after a
 * row read whole or read along a line (TAB) lone values do not continue
 * it. A row it has read (the table
 * printed over from its start: a second copy of the report, a restarted
 * table), prose, another section's heading, the end: no. At most
 * GOES_ON_LINES lines are looked at: a header printed one cell a line
 * (ten) and the page's header. */
enum { GOES_ON_LINES = 16 };
bool bld_table_goes_on(const parse_ctx *ctx, uint32_t at, int row_open)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    int lone = row_open > 0 ? GOES_ON_LINES : row_open < 0 ? 0 : 1;
    for (int k = 0; k < GOES_ON_LINES; k++) {
        at = next_filled_line(src, at, len);
        if (at >= len)
            return false;
        uint32_t e = xxgk_doc_line(ctx->doc, at).end;
        if (row_open < 0 && lone_value_in(ctx, at, true))
            return false; /* the short row's last cell or the page's number */
        if (lone > 0 && lone_value_line(ctx, at)) {
            lone--;
            at = e;
            continue;
        }
        uint32_t item;
        int i = line_label_entry(ctx, at, e, &item);
        if (i < 0) {
            uint32_t x;
            if (!page_header_line(ctx, at, e) &&
                !((x = bld_glued_page_header(ctx, at, e)) > at && x < e && (i = line_label_entry(ctx, x, e, &item)) >= 0))
                return false;
            if (i < 0) {
                at = e;
                continue;
            }
        }
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW)
            return le->key > 0 && le->key < XXGK_R__COUNT && !ctx->rows_lexed[le->key];
        if (le->kind == LK_GROUP)
            return true;
        lone = lone > 1 ? 1 : lone; /* the open row's cells come before its header's lines */
        at = e;
    }
    return false;
}

/* Rule (stop 71, P081, P131): under a row short by a value read along
 * its line (ROW_OPEN < 0 of bld_table_goes_on), the lines after AT: the
 * page's header lines (page_header_line), then one lone value's line,
 * then the table's rows going on after it as bld_table_goes_on reads
 * them (no second lone value, ROW_OPEN < 0). That lone value is the short
 * row's last cell or the page's number, the text cannot tell: where it
 * starts (its line's), else the document's length. */
uint32_t bld_lone_value_after_header(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    for (int k = 0; k < 8; k++) {
        at = next_filled_line(src, at, len);
        if (at >= len)
            return len;
        uint32_t e = xxgk_doc_line(ctx->doc, at).end;
        if (lone_value_in(ctx, at, true)) /* 10, 10⇥, 10 and blanks */
            return bld_table_goes_on(ctx, e, -1) ? at : len; /* no second lone value after it */
        if (!page_header_line(ctx, at, e))
            return len;
        at = e;
    }
    return len;
}

/* Rule (P081, table 四): table 四 has no row label to go on with; its
 * header is two or three lines of words, then its one row of fifteen
 * values. Its heading repeated at a page's top inside the header (the
 * page broke between two of its lines) stands right under a line of the
 * table's header words (label_line_entry: the line above [S, E), the
 * heading's, the page's header lines between allowed) and is followed, the page's header lines allowed, by more
 * of the header's lines and then a line that opens with a value: the
 * table's values. The table read past its values (a second copy under
 * them), prose, another heading: no. */
bool bld_appeals_header_goes_on(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, ps = s, pe = 0;
    if (ctx->table != XXGK_TABLE_APPEALS)
        return false;
    int k = 0;
    for (;;) {
        if (k++ >= 8 || !filled_line_above(src, ps, 8, &ps, &pe))
            return false;
        if (label_line_entry(ctx, ps, pe) >= 0)
            break; /* the header's line above */
        if (!page_header_line(ctx, ps, pe))
            return false;
    }
    bool header = false;
    for (k = 0; k < GOES_ON_LINES; k++) {
        uint32_t at = next_filled_line(src, e, len);
        if (at >= len)
            return false;
        e = xxgk_doc_line(ctx->doc, at).end;
        if (value_at(src, at, e))
            return header;
        if (label_line_entry(ctx, at, e) >= 0)
            header = true;
        else if (!page_header_line(ctx, at, e))
            return false;
    }
    return false;
}

/* Rule: a row printed one cell a line is full only with its last value V
 * bare and alone on its line (a page number's form), and right after that
 * line stand one or two lines that are no cell and no new start (a page's
 * running header or footer, an agency's name, a date: the parser's
 * lookahead NEXT is no row, header, caption, heading, and no such line
 * begins with a label of the table, after an item number or not, or with
 * the item number the table uses next, its words begun as a row's are
 * or a row's values after it (not one lone value, or two then a label:
 * reads_as_next_row,
 * header_carries_one_value; nor V the sum of the row's other cells,
 * row_total_holds: the identity pins V as the total, and the line is the
 * next row whatever its words), nor ends, item-numbered, with a
 * row's label: label_line_at, item_opens_next, label_ends_line; nor is it
 * a note cut before its number that owns the next line's number:
 * wants_number, note_owns_number) followed by a line
 * that begins with a number. The page break may have taken the row's last
 * cell past those lines and left the page number in its place
 * (规章⏎0⏎0⏎3⏎示例区民政局信息公开⏎0: 3 the page, 0 the cell), or the 3
 * is the cell and the 0 another's: the text cannot tell. PREV is the
 * token before V (the row's value before it, or its label); V is the last
 * of the row's NCOLS values, of columns COLS. True when so:
 * the last cell is not read (P065). */
bool bld_page_before_foreign_line(const parse_ctx *ctx, int row, const ptok *prev, const ptok *v, int next,
                                  const int *cols, int ncols)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    if (starts_anew(next) || !prev || prev->end > v->start || !memchr(src + prev->end, '\n', v->start - prev->end))
        return false; /* the value shares its line with the one before: no cell a line */
    if (bare_page_number(ctx, v) <= ctx->last_page_number)
        return false;
    uint32_t at = xxgk_doc_line(ctx->doc, v->start).end;
    for (int foreign = 0; foreign <= 2; foreign++) {
        at = next_filled_line(src, at, len);
        if (at >= len)
            return false;
        if (value_at(src, at, len))
            return foreign > 0; /* numbers after the foreign lines */
        if (foreign == 2)
            return false;
        xxgk_span line = xxgk_doc_line(ctx->doc, at);
        if (memchr(src + line.start, '\t', line.end - line.start))
            return false; /* a line of cells: a row of the table */
        uint32_t item = item_number_at(src, at, line.end);
        if ((item && item_opens_next(ctx, row, src, at, line.end) &&
             (!header_carries_one_value(ctx, row, at, line.end) || reads_as_next_row(ctx, row, at, item, line.end) ||
              row_total_holds(ctx, v - (ncols - 1), cols, ncols) == 1)) ||
            label_line_at(ctx, at + item, line.end, item > 0) || (item && label_ends_line(ctx, at + item, line.end)))
            return false; /* the next row, header or caption (1.行政规范性文件 too): no foreign line */
        if (wants_number(src, at, line.end) && note_owns_number(src, next_filled_line(src, line.end, len), len))
            return false; /* a note cut before its number (收费项目共⏎2 项): the number is the note's */
        at = line.end;
    }
    return false;
}
