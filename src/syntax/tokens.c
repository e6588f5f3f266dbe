/* The token filter: raw scanner tokens to parser tokens.
 *
 * It knows what the scanner cannot: which section it is in (and so which
 * table a label belongs to), where a line of a table holds data (so that two
 * delimiters in a row are an empty cell), and which runs of unknown text are
 * only pieces of labels broken by PDF layout (dropped as layout). It also
 * joins an agency line to the title line that follows it.
 *
 * filter_next is a dispatcher on the raw token's kind; each decision is a
 * function below with the token sequence it recognises above it. A decision
 * returns the parser token it made, or NO_TOKEN when the raw token is layout
 * (the dispatcher reads on). Lookahead is a peek into the raw queue
 * (raw_peek_at): what is looked at and not taken stays there, in order, to
 * be read next; nothing is pushed back but the end of the text (on_end). */
#include <assert.h>
#include <limits.h>
#include <string.h>

#include "build.h"
#include "cont_caption.h"
#include "decimal.h"
#include "filter_text.h"
#include "numerals.h"
#include "parse.h"
#include "parser.h"
#include "print_furniture.h"
#include "prev_line.h"
#include "template.h"
#include "units.h"
#include "utf8.h"

/* A handler of filter_one's for a token kind other than a line break or a
 * delimiter, kept out of line: filter_one then dispatches by a tail call
 * and needs no stack frame of its own, where the handlers inlined into it
 * made every token, a line break's too, pay the saves and restores of the
 * largest of them (about 18 instructions a token). */
#define EDGE_HANDLER __attribute__((noinline))

enum { NO_TOKEN = -1, NOT_SCOPE = -2 }; /* NOT_SCOPE: no scope-caption here (scope_caption_maybe) */

/* ---- the raw queue: tokens read ahead of the filter ------------------- */

/* The raw token I places ahead (0: the next), scanned when not read yet. */
static raw_token *raw_peek_at(parse_ctx *ctx, int i)
{
    assert(i < RAWQ_CAP);
    while (ctx->nrawq <= i)
        scan_next(&ctx->sc, &ctx->rawq[ctx->nrawq++]);
    return &ctx->rawq[i];
}

static raw_token *raw_peek(parse_ctx *ctx) { return raw_peek_at(ctx, 0); }

/* Take the N tokens peeked at. */
static void raw_drop(parse_ctx *ctx, int n)
{
    ctx->nrawq -= n;
    memmove(ctx->rawq, ctx->rawq + n, sizeof ctx->rawq[0] * (size_t)ctx->nrawq);
}

/* Put T, just read, back in front of the queue. */
static void raw_unread(parse_ctx *ctx, const raw_token *t)
{
    assert(ctx->nrawq < RAWQ_CAP);
    memmove(ctx->rawq + 1, ctx->rawq, sizeof ctx->rawq[0] * (size_t)ctx->nrawq);
    ctx->rawq[0] = *t;
    ctx->nrawq++;
}

static void raw_next(parse_ctx *ctx, raw_token *t)
{
    if (!ctx->nrawq) {
        scan_next(&ctx->sc, t);
        return;
    }
    *t = ctx->rawq[0];
    raw_drop(ctx, 1);
}

/* ---- small helpers ------------------------------------------------------ */

static void set(ptok *o, uint32_t s, uint32_t e)
{
    memset(o, 0, sizeof *o);
    o->start = o->a_start = s;
    o->end = o->a_end = e;
}

/* A token the parser gets that counts as text on its line (a blank line
 * has none). */
static int emit(parse_ctx *ctx, int kind)
{
    ctx->line.tokens++;
    ctx->line.last_tok = kind;
    return kind;
}

/* Any token but a delimiter ends a run of delimiters. */
static void delimiters_end(parse_ctx *ctx) { ctx->line.last_delim = 0; }

static int section_token_kind(int id)
{
    switch (id) {
    case XXGK_SEC_PROACTIVE: return SEC_PROACTIVE;
    case XXGK_SEC_REQUESTS: return SEC_REQUESTS;
    case XXGK_SEC_APPEALS: return SEC_APPEALS;
    default: return SEC_PROSE;
    }
}

static int table_of_section(int id)
{
    switch (id) {
    case XXGK_SEC_PROACTIVE: return XXGK_TABLE_PROACTIVE;
    case XXGK_SEC_REQUESTS: return XXGK_TABLE_REQUESTS;
    case XXGK_SEC_APPEALS: return XXGK_TABLE_APPEALS;
    default: return -1;
    }
}

/* Entering a section: its table (if any) and the scanner's mode with it. */
static void enter_section(parse_ctx *ctx, int id)
{
    ctx->section = id;
    ctx->table = table_of_section(id);
    ctx->last_row_key = 0;
    memset(ctx->rows_lexed, 0, sizeof ctx->rows_lexed);
    memset(ctx->rows_held, 0, sizeof ctx->rows_held);
    ctx->row_vals = -1;
    ctx->appeals_vals = 0;
    ctx->change_col_seen = false;
    ctx->serial_col = false;
    ctx->serial_last = 0;
    ctx->sc.mode = ctx->table >= 0 ? MODE_TABLE : MODE_PROSE;
    ctx->seen_section = true;
    ctx->other_seen = ctx->other_seen || id == XXGK_SEC_OTHER;
    ctx->annex_table = false;
}

/* A title line after the sections: the report starts over, in prose. */
static void start_over(parse_ctx *ctx)
{
    ctx->section = XXGK_SEC_NONE;
    ctx->other_seen = false;
    ctx->sections_template_numbered = false;
    ctx->table = -1;
    ctx->sc.mode = MODE_PROSE;
}

/* The label entry of a section's first variant title (V307 will note that
 * the printed title is not the template's), or -1. */
static int section_entry(int id, int variant)
{
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind == LK_SEC && e->key == id && e->variant == variant)
            return i;
    }
    return -1;
}

static int section_variant_entry(int id)
{
    return section_entry(id, 1);
}

/* ---- delimiters and line ends ------------------------------------------ */

/* EOF, after TAB on a data line: the last cell, empty. The end itself is
 * put back in front of the queue, to be read on the next call (the one
 * push-back: the cell is known only once the end has been read). */
static EDGE_HANDLER int on_end(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    set(out, t->start, t->start);
    if (ctx->line.last_delim == RT_TAB && ctx->line.has_data) {
        ctx->line.last_delim = 0;
        set(out, ctx->line.last_delim_end, ctx->line.last_delim_end);
        raw_unread(ctx, t);
        return EMPTY;
    }
    return 0;
}

/* cell-per-line layout: a line that is only its "|", after a line of the
 * row (its label or a cell), is a blank cell of the row (0 |, then  |). At
 * the row's edge it may be layout (a merged column), like a TAB's blank; in
 * the row it is a cell. After a caption or a header it is layout. */
static bool bare_pipe_line(const parse_ctx *ctx)
{
    return ctx->table >= 0 && ctx->line.tokens == 0 && ctx->line.delims == 1 &&
           ctx->line.last_delim == RT_PIPE && ctx->line.prev_data;
}

/* A table glued on a line of its own (pagetext_glued_lines) is read as
 * page text from that line to the table's end (b_table_end clears it), so
 * its last row, settled when the next line's heading ends it, is still read
 * so; a line after it outside any table is read as typed again. AT: the
 * next line's start. The list is walked once, in order. Both line ends
 * ask it: on_line_end and plain_line_end (a glued line right after a
 * typed data row). */
__attribute__((noinline, cold)) static void glued_line_mode(parse_ctx *ctx, uint32_t at)
{
    while (ctx->iglued_line < ctx->nglued_lines && ctx->glued_lines[ctx->iglued_line] < at)
        ctx->iglued_line++;
    ctx->glued_line_on = ctx->iglued_line < ctx->nglued_lines && ctx->glued_lines[ctx->iglued_line] == at;
    if (ctx->glued_line_on)
        ctx->pagetext = true;
    else if (ctx->table < 0)
        ctx->pagetext = ctx->doc_pagetext;
    ctx->sc.pagetext = ctx->pagetext || ctx->sc.nbrk;
    ctx->sc.glued_line = ctx->glued_line_on;
}

static uint32_t line_start_from(const parse_ctx *ctx, uint32_t at);
static uint32_t line_end_from(const parse_ctx *ctx, uint32_t at);
static uint32_t next_line_start(const parse_ctx *ctx, uint32_t at);
static uint32_t line_text_at(const uint8_t *src, uint32_t at, uint32_t len);
static bool cell_run(const uint8_t *src, uint32_t s, uint32_t e);
static int row_columns_known(const parse_ctx *ctx);
static int proactive_row_columns(const parse_ctx *ctx, int key);
static int labels_in(const parse_ctx *ctx, uint32_t s, uint32_t e, int kind, int limit);

/* The end of the line [LS, LE) with its trailing CRs and spaces cut off. */
static inline uint32_t line_trim_end(const uint8_t *src, uint32_t ls, uint32_t le)
{
    while (le > ls && (src[le - 1] == '\r' || src[le - 1] == ' '))
        le--;
    return le;
}

/* The columns the open row has, as far as the filter knows them
 * (row_columns_known); table 二's header not known yet, its row's
 * (proactive_row_columns). 0 when unknown. */
static int open_row_columns(const parse_ctx *ctx)
{
    int ncols = row_columns_known(ctx);
    if (ncols == 0 && ctx->table == XXGK_TABLE_PROACTIVE && ctx->last_row_key > 0)
        ncols = proactive_row_columns(ctx, ctx->last_row_key);
    return ncols;
}

/* Is the line [LS, LE) one cell a line: words or a number, no TAB or |
 * among them, and one TAB or | after them ending it (`规章⇥`, `5⇥`,
 * `三 |`)? -1: the line is blanks and that delimiter only (`⇥`, ` |`,
 * `　⇥` with U+3000 or U+00A0, blanks to the scanner as a space is);
 * 0: no (two cells, `规章⇥5⇥`, or no delimiter at its end). */
static int one_cell_line(const uint8_t *src, uint32_t ls, uint32_t le)
{
    le = line_trim_end(src, ls, le);
    if (le == ls || (src[le - 1] != '\t' && src[le - 1] != '|'))
        return 0;
    le--;
    bool text = false;
    for (uint32_t i = ls; i < le;) {
        if (src[i] == '\t' || src[i] == '|')
            return 0;
        if (src[i] == ' ') {
            i++;
        } else if (le - i >= 3 && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80) {
            i += 3; /* U+3000 */
        } else if (le - i >= 2 && src[i] == 0xC2 && src[i + 1] == 0xA0) {
            i += 2; /* U+00A0 */
        } else {
            text = true;
            i++;
        }
    }
    return text ? 1 : -1;
}

/* Is the table printed one cell a line around the line [LS, LE) that
 * ends in a TAB, so that the TAB is the cell's border, no empty cell
 * after it: the line holds one cell (one_cell_line), and the line above
 * or the line below holds one cell a line too (`规章⇥` ⏎ `5⇥` ⏎ `三⇥` ⏎
 * `7⇥`; `5⇥` among `三 |` lines). Decided by the lines around it, never
 * by the one line: a TAB row's line-end TAB (`规章⇥5⇥3⇥`, its last cell
 * empty) holds two cells or more and stays an empty cell, and so does a
 * lone `5⇥` among TAB rows. A bare TAB line below (`5⇥` ⏎ `⇥` ⏎ `7⇥`: the
 * empty cell one a line, a blank line to the scanner) keeps the TAB's
 * empty cell, which stands for it. Asked only at a table line's end TAB,
 * one token and one delimiter on the line. */
static bool tab_border_line(const parse_ctx *ctx, uint32_t ls, uint32_t le)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    if (one_cell_line(src, ls, le) != 1)
        return false;
    int below = 0;
    if (le < len) {
        uint32_t ns = next_line_start(ctx, le);
        below = one_cell_line(src, ns, line_end_from(ctx, ns));
    }
    if (below != 0)
        return below == 1;
    if (ls == 0)
        return false;
    return one_cell_line(src, line_start_from(ctx, ls - 1), ls - 1) == 1;
}

__attribute__((noinline, cold)) static bool label_tabs_part_values(const parse_ctx *ctx, uint32_t end);

/* At NL at START after a TAB on a data line: is the TAB its one cell's
 * border (tab_border_line), one token and one delimiter on the line, in
 * a table, not in page text? The token is any one-cell value a cell may
 * hold: a number, or a mark the builder reads as the cell's empty or dash
 * value (— - / 无: an EMPTY printed), so `—⇥` among `5⇥` `7⇥` is one cell.
 * After a row's label the TAB is no cell either where the label's values
 * follow on the lines below (label_tabs_part_values). */
__attribute__((noinline, cold)) static bool line_end_tab_border(const parse_ctx *ctx, uint32_t start)
{
    if (ctx->line.last_tok == ROW) /* a label's TAB over its values: no cell either */
        return ctx->table >= 0 && !ctx->pagetext && label_tabs_part_values(ctx, start);
    if (ctx->line.delims != 1 || ctx->line.tokens != 1 ||
        (ctx->line.last_tok != NUMBER && ctx->line.last_tok != EMPTY) || ctx->table < 0 || ctx->pagetext)
        return false;
    return tab_border_line(ctx, line_start_from(ctx, start), start);
}

/* Is the line [LS, LE) one cell a line (one_cell_line) whose cell is a
 * value: a number, a mark of an empty cell or a numeral and its TAB or |
 * (1), or a bare TAB or | (-1)? 0: no (a label's words, two cells, no
 * border). *BORDER is the delimiter that ends it. */
static int value_cell_line(const uint8_t *src, uint32_t ls, uint32_t le, uint8_t *border)
{
    le = line_trim_end(src, ls, le);
    int one = one_cell_line(src, ls, le);
    if (one == 0)
        return 0;
    *border = src[le - 1];
    if (one < 0)
        return -1;
    uint32_t a = ls, b = le - 1;
    while (a < b && src[a] == ' ')
        a++;
    while (b > a && src[b - 1] == ' ')
        b--;
    return cell_run(src, a, b) || numeral_words_len(src + a, b - a) == b - a ? 1 : 0;
}

/* After a row's label, one TAB or two and blanks only from the label to
 * the line's end (END inside that run), and the next line opens with the
 * row's first value: a number alone before its delimiter or the line's end
 * (`5⇥`, `5`, `5⇥0⇥4`; not an item number, `5. 要求…`), or one value a
 * line with its border (value_cell_line: `—⇥`, `三⇥`)? Then those TABs part
 * the label from its values (`规章⇥` ⏎ `5⇥` ⏎ `0⇥` ⏎ `三⇥`; `规章⇥⇥` too),
 * no empty cell: else 三 were past a full row and dropped, the row short
 * (P007). A label line over a label or words (`行政许可⇥` ⏎ `行政处罚⇥`: a
 * one-column row's empty cell, P023), a row of blank cells (three TABs or
 * more) and a TAB between values (P135) keep their empty cells. */
__attribute__((noinline, cold)) static bool label_tabs_part_values(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, s = end;
    int tabs = 0;
    while (s > 0 && (src[s - 1] == '\t' || src[s - 1] == ' '))
        tabs += src[--s] == '\t';
    while (end < len && (src[end] == '\t' || src[end] == ' '))
        tabs += src[end++] == '\t';
    if (tabs > 2 || end >= len || (src[end] != '\n' && src[end] != '\r'))
        return false;
    uint32_t ns = next_line_start(ctx, end), ne = ns < len ? line_end_from(ctx, ns) : ns;
    uint8_t border;
    if (ns >= ne)
        return false;
    uint32_t d = ns;
    while (d < ne && src[d] == ' ')
        d++;
    uint32_t v = d;
    while (v < ne && src[v] >= '0' && src[v] <= '9')
        v++;
    if (v > d && (v == ne || src[v] == '\t' || src[v] == '|' || src[v] == ' ' || src[v] == '\r'))
        /* a one-column row's label with its TABs over a number alone with
         * no border (`行政许可⇥⇥` ⏎ `2023`): the TABs are its blank cells on
         * its line, the number below maybe a year, a page number or the
         * next section's; they stay cells (greyed_skip refuses the row).
         * Two TABs over a bordered number (`行政许可⇥⇥` ⏎ `2023⇥`) are its
         * blank cell and its border as well: one column holds no blank
         * cell and a value (finish_values' blank_cells_over_number, P006) */
        return open_row_columns(ctx) != 1 || (v < ne && tabs < 2);
    return value_cell_line(src, ns, ne, &border) == 1;
}

/* value_cell_line's line with a TAB as its border */
static bool tab_value_line(const uint8_t *src, uint32_t ls, uint32_t le)
{
    uint8_t border = 0;
    return value_cell_line(src, ls, le, &border) != 0 && border == '\t';
}

/* At NL at START ending a line with no token and no delimiter (empty, or
 * blanks) inside a table: is it certainly the empty cell of a row printed
 * one cell a line, each cell's line ending in its TAB (`规章⇥` ⏎ `5⇥` ⏎
 * `` ⏎ `7⇥`: a copy that left the empty cell's TAB out)? The line right
 * above and the line right below are TAB value lines (tab_value_line);
 * the value lines above it run back to the open row's label alone on its
 * line with its TAB (table 四: to its header's last line, a line holding
 * its header's words, 行政复议 or 总计; any other line, P007), the
 * value lines below it run to a line that is none (the next row's label,
 * a heading), never a blank one; and those values and this line are
 * exactly the row's columns. Else no cell (a row short by one, P007: the
 * empty line may be a lost value's, or a gap). Walks at most the row's
 * columns' lines each way. Returns the line's start, or
 * NO_EMPTY_LINE_CELL. */
#define NO_EMPTY_LINE_CELL UINT32_MAX

static uint32_t empty_line_cell_at(const parse_ctx *ctx, uint32_t start)
{
    if (ctx->pagetext)
        return NO_EMPTY_LINE_CELL;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    uint32_t ls = line_start_from(ctx, start);
    if (ls < 2 || line_trim_end(src, ls, start) != ls)
        return NO_EMPTY_LINE_CELL; /* blanks of another kind (U+3000) or a first line */
    uint32_t pe = line_trim_end(src, 0, ls - 1);
    if (pe == 0 || src[pe - 1] != '\t')
        return NO_EMPTY_LINE_CELL; /* the line above ends in no TAB */
    int ncols = open_row_columns(ctx);
    bool appeals = ctx->table == XXGK_TABLE_APPEALS;
    if (ncols <= 0 || ls == 0 || start >= len || (!appeals && ctx->row_vals < 0))
        return NO_EMPTY_LINE_CELL;
    for (uint32_t i = ls; i < start; i++)
        if (src[i] == '\t' || src[i] == '|')
            return NO_EMPTY_LINE_CELL;
    int above = 0, below = 0;
    uint32_t l = ls;
    for (;;) {
        if (l == 0 || above > ncols)
            return NO_EMPTY_LINE_CELL;
        uint32_t e = l - 1;
        l = line_start_from(ctx, e);
        if (tab_value_line(src, l, e)) {
            above++;
            continue;
        }
        if (appeals) { /* the header's last line: words of its header (行政复议, 总计) */
            if (labels_in(ctx, l, e, LK_HEAD, 1) == 0 && labels_in(ctx, l, e, LK_COL, 1) == 0)
                return NO_EMPTY_LINE_CELL;
            break;
        }
        uint32_t le = line_trim_end(src, l, e);
        if (one_cell_line(src, l, le) != 1 || src[le - 1] != '\t' || ctx->row_from < l || ctx->row_from > e)
            return NO_EMPTY_LINE_CELL; /* not the open row's label alone with its TAB */
        break;
    }
    for (uint32_t n = next_line_start(ctx, start); n < len && below <= ncols;) {
        uint32_t e = line_end_from(ctx, n);
        if (!tab_value_line(src, n, e)) {
            if (e == n || line_text_at(src, n, e) >= e)
                return NO_EMPTY_LINE_CELL; /* a blank line: a gap, not one cell */
            break;
        }
        below++;
        n = next_line_start(ctx, e);
    }
    return above > 0 && below > 0 && above + 1 + below == ncols ? ls : NO_EMPTY_LINE_CELL;
}

/* empty_line_cell_at's line read as its EMPTY cell, P135 at it. */
__attribute__((noinline, cold)) static int empty_line_cell(parse_ctx *ctx, uint32_t start, ptok *out)
{
    uint32_t ls = empty_line_cell_at(ctx, start);
    if (ls == NO_EMPTY_LINE_CELL)
        return NO_TOKEN;
    set(out, ls, ls);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_EMPTY_LINE_CELL, (xxgk_span){ls, start});
    return EMPTY;
}

/* NL ends the line's state. Then: TAB NL on a data line is an empty last
 * cell; a line of only "|" after a data line is a blank cell; an empty line
 * outside a table is a BLANK (it ends a paragraph); any other line end is
 * layout. Always inlined: it ends every line read in a run of cells
 * (filter_plain, filter_cells), and the call cost a third of its work. */
static inline __attribute__((always_inline)) int on_line_end(parse_ctx *ctx, uint32_t start, uint32_t end, ptok *out)
{
    bool blank = ctx->line.tokens == 0;
    bool empty_cell = ctx->line.last_delim == RT_TAB && ctx->line.has_data;
    bool bare = bare_pipe_line(ctx);
    uint32_t at = ctx->line.last_delim_end;
    /* one cell a line, each line's TAB its border: no empty cell after it;
     * nor after a row's label over its values (`规章⇥` ⏎ `5⇥`) */
    if (__builtin_expect(empty_cell, 0))
        empty_cell = !line_end_tab_border(ctx, start);
    ctx->line.prev_data = ctx->line.has_data || bare;
    ctx->line.tokens = 0;
    ctx->line.last_tok = 0;
    ctx->line.has_data = false;
    ctx->line.last_delim = 0;
    ctx->line.delims = 0;
    if (__builtin_expect(ctx->nglued_lines > 0, 0))
        glued_line_mode(ctx, end);
    if (empty_cell) {
        set(out, at, at);
        return EMPTY;
    }
    if (bare) {
        set(out, at > 0 && ctx->doc->src[at - 1] == '|' ? at - 1 : at, at);
        return EMPTY;
    }
    if (blank) {
        if (ctx->table < 0) {
            set(out, start, end);
            return BLANK;
        }
        return empty_line_cell(ctx, start, out);
    }
    return NO_TOKEN;
}

/* The second delimiter right after a row's label: no cell where only TABs
 * run on to the line's end over the label's values (label_tabs_part_values:
 * `规章⇥⇥` ⏎ `5⇥`), else the empty cell between (`规章⇥⇥0⇥4`). */
__attribute__((noinline, cold)) static int label_delimiter(parse_ctx *ctx, uint32_t at, uint32_t end, ptok *out)
{
    if (ctx->table >= 0 && !ctx->pagetext && label_tabs_part_values(ctx, end))
        return NO_TOKEN;
    set(out, at, at);
    return emit(ctx, EMPTY);
}

/* TAB TAB, | | (any two delimiters in a row) on a data line: an empty cell
 * between them; not TABs alone between a row's label and its line's end
 * over its values (label_tabs_part_values). A delimiter anywhere else is
 * layout. */
static int on_delimiter(parse_ctx *ctx, int kind, uint32_t end, ptok *out)
{
    ctx->line.delims++;
    bool between = ctx->line.last_delim && ctx->line.has_data;
    uint32_t at = ctx->line.last_delim_end;
    ctx->line.last_delim = kind;
    ctx->line.last_delim_end = end;
    if (!between)
        return NO_TOKEN;
    if (__builtin_expect(ctx->line.last_tok == ROW, 0))
        return label_delimiter(ctx, at, end, out);
    set(out, at, at);
    return emit(ctx, EMPTY);
}

/* ---- headings and the title -------------------------------------------- */

/* A heading numbered otherwise than the template ((一) or 1、, which
 * number sub-headings as well) is a section only in its due place: its
 * numeral is the section's own, the section comes after the one open, and
 * no section of this copy was numbered the template's way (一、): in a
 * report whose sections are 一、…, （二）主动公开政府信息情况 inside
 * section 一 is a sub-heading. A heading whose 、 is lost (一 总体情况)
 * numbers nothing else: its due place alone makes it the section, among
 * sections numbered 一、 as well. */
static bool due_otherwise_numbered(const parse_ctx *ctx, int id, int number, int numbering)
{
    if (numbering == XXGK_NUM_CN_SPACE) /* 一 总体情况: the template's numeral, its 、 lost */
        return number == id && id > ctx->section;
    return number == id && id > ctx->section && !ctx->sections_template_numbered;
}

/* The open table section's heading printed again with nothing but
 * white space and cell borders between (a page's caption repeated as its
 * table's first row, a heading copied twice): one heading (P033), not a
 * second section that would leave the first without its table. */
static bool heading_repeated(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t i = ctx->section_heading_end;
    if (ctx->table < 0 || i > at)
        return false;
    while (i < at) {
        uint8_t c = src[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '|')
            i++;
        else if (at - i >= 3 && c == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80) /* U+3000 */
            i += 3;
        else if (at - i >= 3 && utf8_wide_bar(src + i)) /* ｜ or a box-drawn │ ┃ ║ */
            i += 3;
        else
            return false;
    }
    return true;
}

static uint32_t line_end_from(const parse_ctx *ctx, uint32_t at);

/* Is the line [S, E) like a line of a table's header: cells (runs between
 * blanks, TABs and |) of 10 characters or fewer (第二十条第（一）项,
 * 未经复议直接起诉), none of ，；：。,;: nor a digit (prose, a sentence's
 * clause, a summary's count)? */
static bool header_like_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    int run = 0, cells = 0;
    for (uint32_t i = s; i < e;) {
        uint32_t cp = utf8_next(src, &i, e);
        if (cp == ' ' || cp == '\t' || cp == '|' || cp == 0x3000) {
            run = 0;
            continue;
        }
        if (cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A || cp == 0x3002 || cp == ',' || cp == ';' || cp == ':' ||
            (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
            return false;
        cells += run == 0;
        if (++run > 10)
            return false;
    }
    return cells > 0;
}

/* Does the line [S, E) begin as a heading or a numbered item (一、 （三）
 * 3、 2.)? The look for a table's header ends there. */
static bool numbered_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s, cp = 0;
    while (i < e && (src[i] == ' ' || src[i] == '\t'))
        i++;
    if (i >= e)
        return false;
    cp = utf8_next(src, &i, e);
    bool paren = cp == 0xFF08 || cp == '(';
    if (paren && i < e)
        cp = utf8_next(src, &i, e);
    int n = 0;
    while (cp == 0x4E00 || cp == 0x4E8C || cp == 0x4E09 || cp == 0x56DB || cp == 0x4E94 || cp == 0x516D ||
           cp == 0x4E03 || cp == 0x516B || cp == 0x4E5D || cp == 0x5341 || (cp >= '0' && cp <= '9') ||
           (cp >= 0xFF10 && cp <= 0xFF19)) { /* 一二三四五六七八九十, digits */
        n++;
        if (i >= e)
            return false;
        cp = utf8_next(src, &i, e);
    }
    if (!n)
        return false;
    if (paren)
        return cp == 0xFF09 || cp == ')';
    return cp == 0x3001 || cp == '.' || cp == 0xFF0E; /* 、 . ． */
}

/* Does [i, le) hold 。 (E3 80 82)? Its lead byte E3 starts only the CJK
 * punctuation block (U+3000..U+3FFF), never an ideograph (E4..E9), so a
 * search for it stops at a line's few marks, where memmem's setup for a
 * three-byte needle cost more than the short lines it is asked of. */
static bool full_stop_in(const uint8_t *src, uint32_t i, uint32_t le)
{
    for (const uint8_t *p = src + i, *end = src + le; end - p >= 3;) {
        const uint8_t *hit = memchr(p, 0xE3, (size_t)(end - p) - 2);
        if (!hit)
            return false;
        if (hit[1] == 0x80 && hit[2] == 0x82)
            return true;
        p = hit + 1;
    }
    return false;
}

/* The first occurrence of the word W (L bytes, 3 or more) in [H, H + N),
 * as memmem finds it: a search for W's third byte, then the whole word
 * two bytes before each hit. A header word is a few CJK characters, and
 * a continuation byte (80..BF) is one of 64, so the hits are few, where
 * memmem's setup for a short haystack cost more than the search. */
static const char *header_word_in(const char *h, size_t n, const char *w, size_t l)
{
    if (l < 3)
        return memmem(h, n, w, l);
    if (n < l)
        return NULL;
    for (const char *p = h + 2, *end = h + n; l <= (size_t)(end - p) + 2;) {
        const char *hit = memchr(p, (unsigned char)w[2], (size_t)(end - p) - (l - 3));
        if (!hit)
            return NULL;
        if (memcmp(hit - 2, w, l) == 0)
            return hit - 2;
        p = hit + 1;
    }
    return NULL;
}

/* Does the header of section ID's table follow the heading line that holds
 * AT? The lines after it, up to 8 non-blank ones, to a sentence (a line
 * with 。) or a heading or numbered item (numbered_line), hold at least 3
 * distinct header words of that table on lines like a header's
 * (header_like_line: short cells, no ，；： nor digits) (its clause
 * captions, header words and column labels, labels.def's CLAUSE, HEAD and
 * COL of 2 characters or more): 申请人情况 自然人 法人或其他组织 …,
 * 第二十条第（一）项 信息内容 本年制发件数 …, 行政复议 行政诉讼 结果维持 ….
 * A word found only inside a longer one found (其他 in 法人或其他组织) is
 * not counted. Prose never prints three of one table's header words on
 * short lines of their own right after a heading. */
static bool table_follows_held(const parse_ctx *ctx, struct window_memo *window, int id, uint32_t at);

static bool table_follows(const parse_ctx *ctx, int id, uint32_t at)
{
    struct window_memo none = {.n = 0, .tbl = -1};
    return table_follows_held(ctx, &none, id, at);
}

enum { WL_ROW, WL_HEADER, WL_END };

/* The first character at or after I that is no line break (len: none). */
static uint32_t past_breaks(const uint8_t *src, uint32_t i, uint32_t len)
{
    while (i < len && (src[i] == '\n' || src[i] == '\r'))
        i++;
    return i;
}

/* The header words of table M->tbl (6 bytes or more) that the header-like
 * line [S, E) may hold as the window joins it: each found in its fold, or
 * begun in the held lines' folds before it (M->tail, their last bytes) and
 * ended in it, one bit each (label_header_words' order). A word found in a
 * window's joined folds ends in one of its lines, its start at most its
 * length before that line, inside the folds of the lines held before it:
 * so the bits of a window's lines hold every word its search can find.
 * All bits where the line is too long to fold here or folds longer than
 * itself (the search reads it as before). */
static uint64_t window_line_words(const uint8_t *src, struct window_memo *m, uint32_t s, uint32_t e)
{
    const short *words;
    int nw = label_header_words(m->tbl, &words);
    char buf[sizeof m->tail + 1024];
    if (e - s >= 1024 - 8 || nw > 64) {
        m->tail_n = 0;
        return ~(uint64_t)0;
    }
    memcpy(buf, m->tail, m->tail_n);
    size_t t = m->tail_n, fl = label_fold(src + s, e - s, buf + t, sizeof buf - t), n = t + fl;
    uint64_t bits = 0;
    if (fl > e - s)
        bits = ~(uint64_t)0;
    for (int w = 0; w < nw && bits != ~(uint64_t)0; w++) {
        const struct label_entry *le = label_entry_at(words[w]);
        size_t l = le->len, from = t >= l ? t - (l - 1) : 0;
        if (l - 1 > sizeof m->tail || (l <= n - from && header_word_in(buf + from, n - from, le->text, l)))
            bits |= (uint64_t)1 << w;
    }
    size_t keep = n < sizeof m->tail ? n : sizeof m->tail;
    memmove(m->tail, buf + n - keep, keep);
    m->tail_n = (uint8_t)keep;
    return bits;
}

/* table_follows' window after the line that holds AT: up to 8 non-blank
 * lines, to a sentence (a line with 。) or a heading or numbered item
 * (numbered_line). Returns how many lines it has, held in M from line[0]
 * on with their kinds: read from M where it holds them (the window of the
 * line start asked before, which overlaps this one) and kept in it, a
 * header-like line's words (window_line_words) with it where M has a
 * table (M->tbl). */
static uint32_t header_window(const parse_ctx *ctx, struct window_memo *m, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, i = past_breaks(src, line_end_from(ctx, at), len);
    uint32_t k = 0;
    while (k < m->n && m->line[k].start < i)
        k++;
    if (k == m->n || m->line[k].start != i)
        m->n = m->tail_n = 0; /* not held: the window is read anew */
    else if (k) {
        memmove(m->line, m->line + k, (m->n - k) * sizeof m->line[0]);
        m->n -= k;
    }
    uint32_t lines = 0;
    while (lines < 8 && i < len) {
        if (lines == m->n) {
            uint32_t le = line_end_from(ctx, i);
            uint8_t kind = le == i || full_stop_in(src, i, le) || numbered_line(src, i, le) ? WL_END /* 。: prose; a heading */
                           : header_like_line(src, i, le)                                   ? WL_HEADER
                                                                                            : WL_ROW;
            uint64_t words = kind == WL_HEADER && m->tbl >= 0 ? window_line_words(src, m, i, le) : 0;
            m->line[m->n++] = (struct window_line){i, le, words, kind};
        }
        const struct window_line *l = &m->line[lines++];
        if (l->kind == WL_END)
            break;
        i = past_breaks(src, l->end, len);
    }
    return lines;
}

/* The header-like lines of the window's first LINES lines in M folded and
 * joined into FOLDED (a header's cell wraps: 结果 / 维持). Returns their
 * length. */
static size_t window_fold(const parse_ctx *ctx, const struct window_memo *m, uint32_t lines, char *folded, size_t cap)
{
    const uint8_t *src = ctx->doc->src;
    size_t n = 0;
    for (uint32_t k = 0; k < lines; k++) {
        const struct window_line *l = &m->line[k];
        if (l->kind == WL_HEADER) {
            if (n + (l->end - l->start) >= cap)
                break;
            n += label_fold(src + l->start, l->end - l->start, folded + n, cap - n);
        }
    }
    return n;
}

/* table_follows with its window's lines held in M (header_window). Where
 * M holds the words of ID's table, a window whose lines may hold fewer than
 * 3 of them is refused unfolded. */
static bool table_follows_held(const parse_ctx *ctx, struct window_memo *window, int id, uint32_t at)
{
    int tbl = table_of_section(id);
    if (tbl < 0)
        return false;
    bool held = window->tbl != -1;
    if (held && window->tbl != tbl) {
        window->n = 0; /* another table's words */
        window->tbl = tbl;
    }
    uint32_t lines = header_window(ctx, window, at);
    if (held) {
        uint64_t any = 0;
        for (uint32_t k = 0; k < lines; k++)
            any |= window->line[k].words;
        any &= any - 1;
        if (!(any & (any - 1)))
            return false; /* fewer than 3 bits */
    }
    char folded[1024];
    size_t n = window_fold(ctx, window, lines, folded, sizeof folded);
    struct hdr_match {
        uint32_t at, len;
        int tag;
    } m[48];
    int nm = 0;
    const short *words;
    int nw = label_header_words(tbl, &words); /* the table's, 6 bytes or more */
    for (int w = 0; w < nw && nm < (int)(sizeof m / sizeof m[0]); w++) {
        int e = words[w];
        const struct label_entry *le = label_entry_at(e);
        size_t l = le->len;
        if (l > n)
            continue;
        int tag = le->kind == LK_HEAD && le->key < 0 ? 0x10000 + e : le->kind * 0x1000 + le->key;
        for (const char *p = folded; nm < (int)(sizeof m / sizeof m[0]) &&
                                     (p = header_word_in(p, n - (size_t)(p - folded), le->text, l)) != NULL;
             p += l)
            m[nm++] = (struct hdr_match){(uint32_t)(p - folded), (uint32_t)l, tag};
    }
    int found = 0, seen[8];
    for (int k = 0; k < nm && found < 3; k++) {
        bool inside = false, dup = false;
        for (int j = 0; j < nm && !inside; j++)
            inside = m[j].len > m[k].len && m[j].at <= m[k].at && m[k].at + m[k].len <= m[j].at + m[j].len;
        for (int j = 0; j < found; j++)
            dup = dup || seen[j] == m[k].tag;
        if (!inside && !dup)
            seen[found++] = m[k].tag;
    }
    return found >= 3;
}

/* The section whose heading the line [S, E) is, as the lexer reads one in
 * the template's form (a numeral and 、, ## or blanks before it): its words
 * after the numeral begin with a section's exact title (labels.def's SEC
 * = and ~, whatever the numeral), or hold a section's keywords (SEC ?)
 * under that section's own numeral. 0 for any other line. */
static int line_heading_section(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    while (i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '#'))
        i++;
    while (i + 3 <= e && memcmp(src + i, "\xE3\x80\x80", 3) == 0) /* 　 */
        i += 3;
    int number = numeral_parse(src, &i, e);
    if (number <= 0 || number >= XXGK_SEC__COUNT || i + 3 > e || memcmp(src + i, "\xE3\x80\x81", 3) != 0)
        return 0; /* 、 */
    i += 3;
    char folded[256];
    if (e - i >= sizeof folded)
        return 0; /* prose, not a heading */
    size_t n = label_fold(src + i, e - i, folded, sizeof folded);
    for (int k = 0; k < label_count(); k++) {
        const struct label_entry *le = label_entry_at(k);
        if (le->kind != LK_SEC || le->variant == 2)
            continue;
        size_t l = le->len;
        if (l <= n && memcmp(folded, le->text, l) == 0 &&
            (l == n || folded[l] == '(' || folded[l] == ':'))
            return le->key;
    }
    int kw = label_keyword_heading(folded);
    return kw >= 0 && label_entry_at(kw)->key == number ? number : 0;
}

static int caption_section(const parse_ctx *ctx, uint32_t ls, uint32_t le);
static int bare_title_section(const parse_ctx *ctx, uint32_t ls, uint32_t le);

/* Is section ID named after the line at AT, before the heading (or, with
 * CAPTIONS, the caption or bare title) of any section after ID? Its own
 * heading (line_heading_section) only, or with CAPTIONS also its table's
 * caption (表三 收到和处理…, 表3) or its title on a line of its own. One scan
 * of the rest of the text, run only for a line that asks it. */
static bool section_named_after(const parse_ctx *ctx, int id, uint32_t at, bool captions)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, i = line_end_from(ctx, at);
    while (i < len) {
        while (i < len && (src[i] == '\n' || src[i] == '\r'))
            i++;
        uint32_t le = line_end_from(ctx, i);
        if (le > i) {
            int k = line_heading_section(src, i, le);
            if (!k && captions)
                k = caption_section(ctx, i, le);
            if (!k && captions)
                k = bare_title_section(ctx, i, le);
            if (k == id)
                return true;
            if (k > id)
                return false;
        }
        i = le;
    }
    return false;
}

/* Does section ID's own heading come after AT, before the heading of any
 * section after ID? Then a heading known only by its keywords under a
 * wrong numeral before it is a sub-heading (一、主动公开情况 over a summary
 * table inside section 一, the real 二、主动公开政府信息情况 later), not the
 * section begun early. */
static bool own_heading_later(const parse_ctx *ctx, int id, uint32_t at)
{
    return section_named_after(ctx, id, at, false);
}

/* Has this copy of the report read a statistics table (二, 三 or 四) with
 * cells? Only then is it a report of its own that a section 一 heading
 * after its section 六 can follow as another copy: headings read before
 * any table are a table of contents (目录, an HTML page's anchor list of
 * the headings), whose 六 the real report's 一 follows. */
static bool copy_has_cells(const parse_ctx *ctx)
{
    if (!ctx->report)
        return false;
    for (int k = 0; k < XXGK_TABLE__COUNT; k++)
        if (ctx->report->tables[k] && ctx->report->tables[k]->ncells)
            return true;
    return false;
}

/* Does the line [S, E) hold anything but blanks (spaces, tabs, 　)? */
static bool line_has_text(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e; i++) {
        if (src[i] == ' ' || src[i] == '\t')
            continue;
        if (i + 3 <= e && memcmp(src + i, "\xE3\x80\x80", 3) == 0) {
            i += 2;
            continue;
        }
        return true;
    }
    return false;
}

/* The N of a short line that begins 第N部分 (a copy headed in the 2019
 * style, 第二部分 主动公开政府信息情况), 1..6; 0 for any other line. */
static int part_heading_number(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    while (i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '#'))
        i++;
    if (e - i > 160 || i + 3 > e || memcmp(src + i, "\xE7\xAC\xAC", 3) != 0) /* 第 */
        return 0;
    i += 3;
    int number = numeral_parse(src, &i, e);
    if (number <= 0 || number >= XXGK_SEC__COUNT || i + 6 > e || memcmp(src + i, "\xE9\x83\xA8\xE5\x88\x86", 6) != 0)
        return 0; /* 部分 */
    return number;
}

/* After the section 一 heading ending at AT, does the text go on to the
 * heading of a later section (二…六, as a copy cut short of its tables
 * prints), with some line of section 一's own between (a second copy of
 * the report, its body read)? A 一、 line under section 六 with no section
 * heading after it is a sub-heading of 六 (一、人大代表建议…办理总体情况),
 * and headings with nothing between are a list of contents. */
static bool second_copy_goes_on(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, i = line_end_from(ctx, at);
    bool body = false;
    while (i < len) {
        while (i < len && (src[i] == '\n' || src[i] == '\r'))
            i++;
        uint32_t le = line_end_from(ctx, i);
        int k = le > i ? line_heading_section(src, i, le) : 0;
        if (!k && le > i)
            k = part_heading_number(src, i, le);
        if (k)
            return k > XXGK_SEC_OVERVIEW && body;
        body = body || line_has_text(src, i, le);
        i = le;
    }
    return false;
}

/* A table section's heading known by its keywords (a title reworded, as
 * 政府信息公开行政法复议、行政诉讼情况) under a wrong numeral in the
 * template's form (三、 where 四 is due): still that section when it is the
 * next one due and its table's header follows. Read as a sub-heading, it
 * would cut the open table before its last rows and lose its own table;
 * check says the numeral is wrong (V301), as for a heading known by its
 * exact title. */
static bool misnumbered_due_heading(const parse_ctx *ctx, int id, int numbering, uint32_t end)
{
    return numbering == XXGK_NUM_CN_DUN && id == ctx->section + 1 && table_follows(ctx, id, end) &&
           !own_heading_later(ctx, id, end);
}

/* Has the open table a row read: a row's label (last_row_key), or, in
 * table 四, which has no row label, a value of its row (stop 73: another
 * report's title among or after its values, P019)? */
static inline bool table_rows_read(const parse_ctx *ctx)
{
    return ctx->last_row_key > 0 || (ctx->table == XXGK_TABLE_APPEALS && ctx->appeals_vals > 0);
}

/* Is table 四 read midway: some of its fifteen values read, not all? */
static bool appeals_midway(const parse_ctx *ctx)
{
    return ctx->table == XXGK_TABLE_APPEALS && ctx->appeals_vals > 0 && ctx->appeals_vals < XXGK_TPL_APPEALS_VALUES;
}

/* Is the open table read past a row yet short of its last (that of
 * either template: a table printed whole ends there)? */
static bool table_midway(const parse_ctx *ctx)
{
    return ctx->last_row_key > 0 && ctx->last_row_key != xxgk_tpl_last_row(2019, ctx->table) &&
           ctx->last_row_key != xxgk_tpl_last_row(2021, ctx->table);
}

/* Does the filled line above the one holding AT end in 报告 (報告) and is
 * it no title of this report (bld_report_title_line: its own, or one that
 * names no agency and no year)? Another report's title (another year's,
 * another agency's): the heading under it begins a copy of that report
 * (two in one file, the first's table cut short), no page's running
 * header. This report's title above the heading is the page's header
 * with it. */
static bool foreign_title_above(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ps, pe;
    return filled_line_above(src, at, 8, &ps, &pe) && pe - ps >= 6 &&
           (!memcmp(src + pe - 6, "报告", 6) || !memcmp(src + pe - 6, "報告", 6)) && !bld_report_title_line(ctx, ps, pe) &&
           !(ctx->glued_header_at > ps && ctx->glued_header_at <= pe); /* a row, this report's title glued after it */
}

static bool row_lacks_value(const parse_ctx *ctx);

/* Is a row open and read one cell a line (the page broke inside it): its
 * label read, some of its cells, fewer than its columns (row_lacks_value),
 * the last of them alone on its line? A row read whole, or its cells
 * read along a line (TAB, blanks), is no row the next page goes on with. */
static bool row_open_one_cell_a_line(const parse_ctx *ctx)
{
    if (ctx->row_vals <= 0 || !row_lacks_value(ctx))
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t s = ctx->row_last_start, e = ctx->row_last_end, len = ctx->doc->len;
    while (s > 0 && src[s - 1] == ' ')
        s--;
    while (e < len && src[e] == ' ')
        e++;
    /* a line break before and after: an LF, or a CR LF's CR after (a lone
     * CR is an LF by now: doc_build_lines) */
    return (s == 0 || src[s - 1] == '\n') && (e >= len || src[e] == '\n' || src[e] == '\r');
}

/* The open row as bld_table_goes_on asks it: 1 open and read one cell a
 * line (row_open_one_cell_a_line: its further cells may follow the page's
 * header, one a line); -1 short by a value but read along its line (TAB,
 * blanks: stop 70): a lone value after the page's header is its last cell
 * or the page's number, the text cannot tell, so no page's header is
 * passed over before it; 0 else. */
static int goes_on_row(const parse_ctx *ctx)
{
    if (row_open_one_cell_a_line(ctx))
        return 1;
    return ctx->row_vals > 0 && row_lacks_value(ctx) ? -1 : 0;
}

/* A running header inside a table (P081): the page broke inside the open
 * table and the print repeated a heading of this report already read at
 * the new page's top, exactly as printed there (the same numeral and
 * words, either script, blanks aside: bld_heading_again), alone on its
 * line, the report's own title above or below it or not, the table's
 * rows going on after it (bld_table_goes_on: label lines, the page's
 * header lines, up to a row not read yet); in table 四, inside its header
 * before its values (bld_appeals_header_goes_on). Asked only of the open
 * table's own section's heading that arrives inside it midway; another
 * section's heading (read or not) ends the table as always. */
static bool running_heading(parse_ctx *ctx, const raw_token *t, int id)
{
    if (!ctx->report || !t->bol || table_of_section(id) != ctx->table)
        return false;
    uint32_t le = line_end_from(ctx, t->start);
    if (ctx->table == XXGK_TABLE_APPEALS)
        return ctx->last_row_key <= 0 && bld_heading_again(ctx, t->start, le, id) &&
               bld_appeals_header_goes_on(ctx, t->start, le);
    if (!table_midway(ctx) || !bld_heading_again(ctx, t->start, le, id) || foreign_title_above(ctx, t->start))
        return false;
    int open = goes_on_row(ctx);
    if (bld_table_goes_on(ctx, le, open))
        return true;
    if (open >= 0)
        return false;
    /* stop 71: the row above short by a value, read along its line; after
     * the page's header a lone value, then the table's rows: the header is
     * the page's, the value its last cell or the page's number (no cell,
     * P131 at it), the rows read on */
    uint32_t lone = bld_lone_value_after_header(ctx, le);
    if (lone >= ctx->doc->len)
        return false;
    ctx->lone_refused_at = lone + 1;
    return true;
}

/* The tokens of the line up to LE, its line break left: a line told
 * whole (P019, P129, P131) and dropped. */
static void drop_line_rest(parse_ctx *ctx, uint32_t le)
{
    while (raw_peek(ctx)->kind != RT_NL && raw_peek(ctx)->kind != RT_EOF && raw_peek(ctx)->start < le)
        raw_drop(ctx, 1);
}

/* The lone value refused after a page's header (running_heading): told
 * at the value (P131), dropped; the short row keeps its P007. T is the
 * value's token, on the line marked. */
static __attribute__((noinline, cold)) bool refused_lone_value(parse_ctx *ctx, uint32_t ts, uint32_t te, bool bol)
{
    uint32_t at = ctx->lone_refused_at - 1, ae = xxgk_doc_line(ctx->doc, at).end;
    if (ts > ae)
        ctx->lone_refused_at = 0; /* its line passed, read otherwise */
    if (!bol || ts < at || ts > ae)
        return false;
    ctx->lone_refused_at = 0;
    const uint8_t *src = ctx->doc->src;
    char num[24];
    snprintf(num, sizeof num, "%.*s", (int)(te - ts < 20 ? te - ts : 20), (const char *)src + ts);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_LONE_AFTER_HEADER, (xxgk_span){ts, te}, num, bld_table_numeral(ctx->table));
    uint32_t le = line_end_from(ctx, ts);
    drop_line_rest(ctx, le);
    return true;
}

/* Is the filled line above the one holding AT a bare number alone (one
 * to three ASCII digits)? Under a row printed one cell a line it is the
 * row's last cell or the page's number, the text cannot tell: P065's
 * shape (build_pageno.c bld_page_before_foreign_line), which keeps the
 * line after it as a foreign line. */
static bool bare_number_above(const uint8_t *src, uint32_t at)
{
    uint32_t ps, pe;
    if (!filled_line_above(src, at, 8, &ps, &pe))
        return false;
    while (ps < pe && src[ps] >= '0' && src[ps] <= '9')
        ps++;
    return ps == pe;
}

/* Does [P, E) hold 栏 (E6 A0 8F) or 欄 (E6 AC 84)? A walk over the lead
 * bytes E6: cheaper than a word search's setup on a short line. */
static bool holds_lan(const uint8_t *p, const uint8_t *e)
{
    while (e - p >= 3 && (p = memchr(p, 0xE6, (size_t)(e - p - 2))) != NULL) {
        if ((p[1] == 0xA0 && p[2] == 0x8F) || (p[1] == 0xAC && p[2] == 0x84))
            return true;
        p++;
    }
    return false;
}

/* A site column's title inside a table (P129): 3.其他事项专栏, 政务公开专栏
 * alone on its line (bld_column_title: a few words holding 专栏, no digit,
 * no TAB), while the open table is read midway and its rows go on after
 * the line (bld_table_goes_on): a page's running header where the page
 * broke. The line's tokens are dropped with the note; the table reads on
 * as if the line were absent. Not under a bare number (bare_number_above:
 * P065's shape). Asked only of a label glued to further
 * words at a line's start, or words no label begins, inside a table. */
static __attribute__((noinline, cold)) bool column_title_line(parse_ctx *ctx, const raw_token *t)
{
    if (!t->bol || ctx->pagetext || !table_midway(ctx))
        return false;
    uint32_t le = line_end_from(ctx, t->start);
    const uint8_t *src = ctx->doc->src;
    uint32_t n = le - t->start;
    if (n < 9 || n > 90 || memchr(src + t->start, '\t', n) || !holds_lan(src + t->start, src + le))
        return false; /* no 栏 (欄) on the line, or a cell's TAB: no column's title, nothing folded */
    if (!bld_column_title(ctx, t->start, le) || bare_number_above(src, t->start) ||
        !bld_table_goes_on(ctx, le, goes_on_row(ctx)))
        return false;
    char text[96];
    ptok whole = {.start = t->start, .end = le};
    while (whole.end > whole.start && (ctx->doc->src[whole.end - 1] == ' ' || ctx->doc->src[whole.end - 1] == '\r'))
        whole.end--;
    bld_text_of(ctx, &whole, text, sizeof text);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_RUNNING_COLUMN, (xxgk_span){whole.start, whole.end}, text,
                      bld_table_numeral(ctx->table));
    drop_line_rest(ctx, le);
    return true;
}

/* Rule (stop 72, P019): the open table ends after the line ending at LE
 * (its last row read): the next line that holds more than blanks is the
 * heading of a later section (line_heading_section), or there is none.
 * A heading of the open section or an earlier one (a copy of a report
 * beginning), prose, a row: no. */
static bool section_ends_after(const parse_ctx *ctx, uint32_t le)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, at = le;
    while (at < len && (src[at] == '\n' || src[at] == '\r' || src[at] == ' ' || src[at] == '\t' || src[at] == '\f'))
        at++;
    if (at >= len)
        return true;
    int id = line_heading_section(src, at, line_end_from(ctx, at));
    return id > ctx->section;
}

/* Another report's title alone on its line inside a table (P019): a line
 * ending in 报告 (報告) that bld_foreign_title_line reads as a report's
 * title naming another agency or another year, while the open table is
 * read midway and its rows go on after the line (bld_table_goes_on).
 * Only this report's own title is a page's running header; another's
 * there is text no label holds: told at the line, its tokens dropped (its
 * year no value), the table reads on. A title followed by a row the table
 * read already, or none, is left as before (a second report starting).
 * Asked only of words at a line's start inside a table. */
static __attribute__((noinline, cold)) bool foreign_title_line(parse_ctx *ctx, const raw_token *t)
{
    if (!(t->bol || t->kind == RT_PAGE) || ctx->pagetext)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t ts = t->start, le = line_end_from(ctx, ts), e;
    while (ts < le && src[ts] == '\f')
        ts++; /* a page's form feed before its first line (pdftotext): layout, no part of the title (fuzz44) */
    if (!(e = (uint32_t)utf8_report_title_end(src + ts, le - ts, false)))
        return false;
    e += ts;
    if (!bld_foreign_title_line(ctx, ts, e))
        return false;
    if (!(ts >= ctx->title_run_from && ts < ctx->title_run_end)) {
        /* the page's lines after it: more titles, its number (stop 73) */
        /* table 四 midway: a lone value under the title is its next
         * value, not passed over as the page's number (stop 73 mend b) */
        int row_open = goes_on_row(ctx);
        bool t4 = appeals_midway(ctx);
        uint32_t past = bld_page_titles_end(ctx, le, row_open == 0 && !t4);
        ctx->title_run_ok = table_midway(ctx)     ? bld_table_goes_on(ctx, past, row_open)
                            : t4                  ? bld_appeals_values_follow(ctx, past)
                                                  : section_ends_after(ctx, past);
        ctx->title_run_from = ts;
        ctx->title_run_end = past;
    }
    if (!ctx->title_run_ok)
        return false;
    char text[96];
    ptok whole = {.start = ts, .end = e};
    bld_text_of(ctx, &whole, text, sizeof text);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TEXT_IN_TABLE, (xxgk_span){ts, e}, text, bld_table_numeral(ctx->table));
    drop_line_rest(ctx, le);
    return true;
}

/* line_end_from(AT), the line's end found once: asked again anywhere on
 * that line before its end (no line break between), the same end (a
 * line of thousands of words after numbers asks it per word). */
static uint32_t line_end_known(parse_ctx *ctx, uint32_t at)
{
    if (at < ctx->line_end_memo.asked || at >= ctx->line_end_memo.end) {
        ctx->line_end_memo.asked = at;
        ctx->line_end_memo.end = line_end_from(ctx, at);
    }
    return ctx->line_end_memo.end;
}

/* A page's header glued into a row's line (P081; crawler page text, no
 * line break around it): the report's own front title and/or the open
 * table's section heading as printed, exactly (bld_glued_page_header),
 * either glued after a row's last value with nothing after it on the
 * line (…⇥10青禾市…年度报告三、收到和处理政府信息公开申请情况: AFTER_VALUE), or
 * opening a line (BOL) and glued before a label line of a row the table
 * has not read (三、收到和处理政府信息公开申请情况（三）不予公开⇥1.属于国家秘密⇥0…:
 * bld_line_row_unread), while
 * the table is read midway and its rows go on after it
 * (bld_table_goes_on: up to a row not read yet). The note spans the
 * header; the scanner reads on from its end (a line's start again when
 * it opened one: the tokens read ahead, a heading's token reaching over
 * the row's words too, are read again), so the row and the table read on
 * as if it were absent. Not in table 四 (no row label to go on with)
 * nor in page text (run-together cells, virtual breaks). S: where the
 * text asked about starts. */
static __attribute__((noinline, cold)) bool glued_page_header(parse_ctx *ctx, uint32_t s, bool bol, bool title_opens)
{
    if (!ctx->report || ctx->pagetext || ctx->sc.nbrk || ctx->table == XXGK_TABLE_APPEALS)
        return false;
    if (title_opens) { /* most words at a line's start: not the title's first character */
        const uint8_t *src = ctx->doc->src;
        xxgk_span ft = ctx->front_title;
        if (ft.end <= ft.start || src[s] < 0xC0)
            return false;
        if (ctx->title_cp0_at != ft.start + 1) {
            ctx->title_cp0 = label_fold_first(src + ft.start, ft.end - ft.start);
            ctx->title_cp0_at = ft.start + 1;
        }
        if (label_fold_first(src + s, ctx->doc->len - s) != ctx->title_cp0)
            return false;
    }
    if (!table_midway(ctx))
        return false;
    uint32_t le = line_end_known(ctx, s);
    uint32_t x = bld_glued_page_header(ctx, s, le);
    if (!x || (bol ? x == le || !bld_line_row_unread(ctx, x, le) : x != le) ||
        !bld_table_goes_on(ctx, x, bol ? goes_on_row(ctx) : 0))
        return false; /* alone on its line: running_heading's, the title line's */
    xxgk_doc_add_diag(ctx->doc, XXGK_P_RUNNING_HEADER, (xxgk_span){s, x}, xxgk_section_numeral(ctx->section),
                      bld_table_numeral(ctx->table));
    if (!bol)
        ctx->glued_header_at = s + 1;
    ctx->nrawq = 0;
    ctx->sc.cur = ctx->sc.base + x;
    ctx->sc.bol = bol;
    return true;
}

/* glued_page_header asked of a token T: at a line's start, or right
 * after a row's value; TITLE_OPENS: a title's words or unknown words,
 * which only the report's title may open (the heading comes as a
 * section's token). */
static inline bool glued_header_token(parse_ctx *ctx, const raw_token *t, bool title_opens)
{
    return __builtin_expect(ctx->table >= 0 && ctx->last_row_key > 0 && (t->bol || ctx->line.last_tok == NUMBER), 0) &&
           glued_page_header(ctx, t->start, t->bol, title_opens);
}

/* A section heading (the scanner matched its title, or its keywords): the
 * section begins, unless
 *   - it was matched by keywords and its numeral is not the section's: a
 *     sub-heading that happens to use the same words (SUBHEAD);
 *   - it is numbered otherwise than the template and is not in its due
 *     place (due_otherwise_numbered): a sub-heading (SUBHEAD);
 *   - it names the section already open, outside a table (### 一、总体情况
 *     inside ## 一、总体情况): a sub-heading repeating the title (SUBHEAD,
 *     repeats_section);
 *   - it names the table section already open and only blanks stand
 *     between the two (heading_repeated): dropped with note P033. */
static int on_section(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    const struct label_entry *e = label_entry_at(t->label);
    int id = e->key;
    set(out, t->start, t->end);
    out->number = numeral_first(src + t->start, src + t->end);
    out->md = t->md_level;
    out->entry = t->label;
    out->section = id;
    out->numbering = (uint8_t)ft_heading_numbering(src, t->start, t->end);
    delimiters_end(ctx);
    if (ctx->table >= 0 && id <= ctx->section && running_heading(ctx, t, id)) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_RUNNING_HEADER, (xxgk_span){t->start, line_end_from(ctx, t->start)},
                          xxgk_section_numeral(id), bld_table_numeral(ctx->table));
        return NO_TOKEN;
    }
    if (ctx->table >= 0 && id == ctx->section && glued_header_token(ctx, t, false))
        return NO_TOKEN;
    ft_section_title(src, t->start, t->end, &out->a_start, &out->a_end);
    if (e->variant == 2 && out->number != id && !misnumbered_due_heading(ctx, id, out->numbering, t->end)) {
        out->section = 0;
        out->numbering = XXGK_NUM_CN_DUN;
        return emit(ctx, SUBHEAD);
    }
    bool template_numbered = out->numbering == XXGK_NUM_CN_DUN;
    bool by_table = false;
    if (!template_numbered && !due_otherwise_numbered(ctx, id, out->number, out->numbering)) {
        /* its table's header right after it: the section all the same (P084) */
        by_table = out->number == id && id == ctx->section + 1 && table_follows(ctx, id, t->end);
        if (!by_table) {
            out->section = 0;
            return emit(ctx, SUBHEAD);
        }
    }
    /* section 一 after section 六, no title line between, when the copy
     * before it read a table's cells and section 二 follows this one after
     * a body: a second report (pasted twice, or next year's) begins at
     * this heading. RESTART, zero
     * wide, ends the first; the heading is read again as the new copy's. */
    if (id == XXGK_SEC_OVERVIEW && ctx->other_seen && t->kind == RT_SECTION && copy_has_cells(ctx) &&
        second_copy_goes_on(ctx, t->end)) {
        raw_unread(ctx, t);
        set(out, t->start, t->start);
        start_over(ctx);
        return emit(ctx, RESTART);
    }
    if (id == ctx->section && ctx->table < 0) {
        out->section = 0;
        out->repeats_section = id;
        out->numbering = XXGK_NUM_CN_DUN;
        return emit(ctx, SUBHEAD);
    }
    if (id == ctx->section && heading_repeated(ctx, t->start)) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADING_REPEATED, (xxgk_span){t->start, t->end},
                          xxgk_section_numeral(id));
        return NO_TOKEN;
    }
    if (by_table) {
        uint32_t he = line_end_from(ctx, t->start);
        while (he > t->start && (src[he - 1] == ' ' || src[he - 1] == '\t'))
            he--;
        char text[160];
        size_t n = he - t->start < sizeof text - 1 ? he - t->start : sizeof text - 1;
        while (n > 0 && n < he - t->start && (src[t->start + n] & 0xC0) == 0x80)
            n--; /* cut at a character's start */
        memcpy(text, src + t->start, n);
        text[n] = 0;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_SECTION_BY_TABLE, (xxgk_span){t->start, he}, text,
                          xxgk_section_numeral(id), xxgk_section_numeral(id));
    }
    ctx->sections_template_numbered = ctx->sections_template_numbered || template_numbered;
    enter_section(ctx, id);
    ctx->section_heading_end = t->end;
    return emit(ctx, section_token_kind(id));
}

/* The end of the line that holds AT: its CR LF's CR or its LF, or the
 * text's end (a lone CR is an LF by now: doc_build_lines). */
static uint32_t line_end_from(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    const uint8_t *nl = memchr(src + at, '\n', len - at);
    uint32_t e = nl ? (uint32_t)(nl - src) : len;
    return e > at && src[e - 1] == '\r' ? e - 1 : e;
}

static bool ocr_digits(const uint8_t *src, uint32_t s, uint32_t e);

/* How many distinct labels of KIND for the current table does the folded
 * text hold among its words (a caption line that carries the header, a
 * sub-heading whose title names a row)? Counts up to LIMIT. */
static int labels_held(const parse_ctx *ctx, const char *folded, size_t n, int kind, int limit)
{
    int found = 0, last_key = -1;
    for (int i = 0; i < label_count() && found < limit; i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind != kind || le->table != ctx->table || le->key == last_key)
            continue;
        size_t len = le->len;
        if (len >= 6 && len <= n && memmem(folded, n, le->text, len)) {
            found++;
            last_key = le->key;
        }
    }
    return found;
}

/* Is [p, end) a line holding only a count's unit, bracketed or stated
 * (（件）, 单位：件, （单位：件）): the unit printed between a label and
 * its value, no value itself. */
static bool unit_only_line(const uint8_t *p, const uint8_t *end)
{
    if (count_unit_line(p, end))
        return true;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    static const char *const bare[] = {"(件)", "（件）", "(个)", "（个）", "(人)", "（人）"};
    for (size_t k = 0; k < sizeof bare / sizeof bare[0]; k++)
        if ((size_t)(end - p) == strlen(bare[k]) && memcmp(p, bare[k], strlen(bare[k])) == 0)
            return true;
    return false;
}

/* Does the first non-blank line after AT open with a value (a digit, a
 * sign before one, or a cell printed empty: - — / 无)? Where a label's
 * numbers follow it (one cell per line, numbers on the next line). */
static bool next_line_opens_value(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, i = at;
    while (i < len && src[i] != '\n')
        i++;
    for (;;) {
        while (i < len && (src[i] == '\n' || src[i] == '\r' || src[i] == ' ' || src[i] == '\t' || src[i] == '|' ||
                           src[i] == '\f'))
            i++;
        if (i + 3 <= len && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80) {
            i += 3; /* U+3000 */
            continue;
        }
        break;
    }
    if (i >= len)
        return false;
    uint32_t le = line_end_from(ctx, i);
    if (unit_only_line(src + i, src + le))
        return next_line_opens_value(ctx, le); /* the unit between label and value */
    uint32_t j = i, cp = utf8_next(src, &j, len);
    if (cp == '-' || cp == '+' || cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 || cp == '/' || cp == 0x65E0 ||
        cp == 0x7121 || cp == 0x3007 || cp == 0xD7) /* 无 無 〇 × */
        return true;
    uint32_t ce = i;
    while (ce < le && src[ce] != ' ' && src[ce] != '\t' && src[ce] != '|')
        ce++;
    if (ocr_digits(src, i, ce))
        return true; /* O, l282: a number OCR misread, still the value */
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* SUBHEAD over labels: a numbered heading in a table section whose title
 * holds a row label among other words ((一)规章和规范性文件, 1.行政许可、行政
 * 处罚信息公开情况, (二)行政许可和行政处罚) is a sub-heading, its whole
 * line the title, no row: no number on its line, no cell after a TAB or |,
 * the line (with or without its number) no label nor a piece of one (a
 * label wrapped over lines stays one), and the next line opens with no
 * value (a label whose numbers follow on the next lines stays a row). Not
 * in run-together page text. True when the line was taken. */
static bool subheading_over_labels(parse_ctx *ctx, uint32_t s, uint32_t m, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    if (ctx->table < 0 || ctx->pagetext)
        return false;
    uint32_t e = line_end_from(ctx, m);
    while (e > m && src[e - 1] == ' ')
        e--; /* a TAB or | left, trailing too, is a cell: a row with its cells empty */
    for (uint32_t i = m; i < e;) {
        uint32_t cp = utf8_next(src, &i, e);
        if (cp == 0 || cp == '\t' || cp == '|' || utf8_wide_bar_cp(cp) || (cp >= '0' && cp <= '9') ||
            (cp >= 0xFF10 && cp <= 0xFF19))
            return false;
    }
    char folded[256];
    size_t whole = label_fold(src + s, e - s, folded, sizeof folded);
    if (whole >= sizeof folded - 4 || label_is_fragment(folded, whole))
        return false;
    size_t words = label_fold(src + m, e - m, folded, sizeof folded);
    if (words == 0 || label_is_fragment(folded, words) || next_line_opens_value(ctx, e))
        return false;
    if (labels_held(ctx, folded, words, LK_ROW, 1) + labels_held(ctx, folded, words, LK_GROUP, 1) == 0)
        return false; /* no row named: not the table's sub-heading (P019 as before) */
    const raw_token *n;
    while ((n = raw_peek(ctx))->kind != RT_NL && n->kind != RT_EOF)
        raw_drop(ctx, 1);
    out->start = s;
    out->a_start = m;
    while (out->a_start < e && src[out->a_start] == ' ')
        out->a_start++;
    out->a_end = out->end = e;
    delimiters_end(ctx);
    return true;
}

/* The end of a heading's number opening the line at S: （一） (1) 一、
 * 1. 1、 1．, blanks after it; else 0. */
static uint32_t heading_number_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s, j = s, cp = utf8_next(src, &j, e);
    bool open = cp == '(' || cp == 0xFF08;
    if (open)
        i = j;
    uint32_t n = 0;
    for (uint32_t k = i; k < e && (cp = utf8_next(src, &k, e)) && numeral_digit(cp) >= 0; i = k)
        n++;
    if (n == 0 || n > 2)
        return 0;
    j = i;
    cp = utf8_next(src, &j, e);
    if (open ? !(cp == ')' || cp == 0xFF09) : !(cp == 0x3001 || cp == '.' || cp == 0xFF0E))
        return 0;
    while (j < e && src[j] == ' ')
        j++;
    return j;
}

/* A numbered sub-heading first on a line of a table (the table scanner
 * reads its number as text): subheading_over_labels decides. It is read
 * as the table's prose (TEXT_TABLE_PROSE), as a sentence there is: the
 * grammar takes that before, between and after the table's parts. */
static bool table_subheading(parse_ctx *ctx, const raw_token *t, uint32_t s, ptok *out)
{
    if (!t->bol || ctx->table < 0 || ctx->pagetext)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t m = heading_number_end(src, s, line_end_from(ctx, s));
    set(out, s, s);
    if (!m || !subheading_over_labels(ctx, s, m, out))
        return false;
    out->a_start = s;
    out->text = TEXT_TABLE_PROSE;
    return true;
}

/* SUBHEAD TEXT: the heading's title is the text up to a sentence break
 * (page text: up to a blank as well); what follows the break is a paragraph
 * under it, left in the queue to be read as text (the break itself belongs
 * to neither). A SUBHEAD with no text after it has an empty title. */
static inline int scope_caption_maybe(parse_ctx *ctx, const raw_token *t, ptok *out);

static EDGE_HANDLER int on_subhead(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    int scope = scope_caption_maybe(ctx, t, out);
    if (scope != NOT_SCOPE)
        return scope;
    set(out, t->start, t->end);
    out->numbering = t->aux;
    out->number = t->label;
    out->md = t->md_level;
    out->a_start = out->a_end = t->end;
    raw_token *rest = raw_peek(ctx);
    if (rest->kind != RT_TEXT && rest->kind != RT_NL && rest->kind != RT_EOF && t->bol &&
        subheading_over_labels(ctx, t->start, t->end, out))
        return emit(ctx, SUBHEAD);
    if (rest->kind != RT_TEXT)
        return emit(ctx, SUBHEAD);
    uint32_t te = ft_title_end(src, rest->start, rest->end);
    if (ctx->pagetext)
        te = ft_blank_before(src, rest->start, te);
    out->a_start = rest->start;
    out->a_end = out->end = te;
    uint32_t para = te < rest->end ? te + (src[te] < 0x80 ? 1 : 3) : rest->end;
    while (para < rest->end && (src[para] == ' ' || src[para] == '\t'))
        para++;
    if (para < rest->end) {
        rest->start = para; /* the paragraph stays to be read */
        rest->bol = false;
    } else {
        raw_drop(ctx, 1);
    }
    return emit(ctx, SUBHEAD);
}

/* [s, e) and [fs, fe) fold to the same text (script, width, white space
 * and line breaks). */
static bool same_folded(const uint8_t *src, uint32_t s, uint32_t e, uint32_t fs, uint32_t fe)
{
    char a[512], b[512];
    if (fe <= fs || fe - fs >= sizeof a || e - s >= sizeof b)
        return false;
    size_t na = label_fold(src + fs, fe - fs, a, sizeof a);
    size_t nb = label_fold(src + s, e - s, b, sizeof b);
    return na && na == nb && memcmp(a, b, na) == 0;
}

/* The same title as the first copy's, or as its last line when the
 * agency's line above was joined to it (a running header may print the
 * title line alone). */
static bool first_title(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const xxgk_span ft = ctx->first ? ctx->first->title_span : (xxgk_span){0, 0};
    const uint8_t *src = ctx->doc->src;
    if (same_folded(src, s, e, ft.start, ft.end))
        return true;
    uint32_t last = ft.end;
    while (last > ft.start && src[last - 1] != '\n')
        last--;
    return last > ft.start && same_folded(src, s, e, last, ft.end);
}

/* A running title: the report's own title again after the sections, and
 * no new start of the report after it, i.e. the next line (past page
 * numbers) is a section heading other than 一, the sign-off (a date, or
 * the agency's line and a date, a 2024-01-20 one too), a note or the end of the text (a page's
 * header printed at a page break, docs/grammar.md). Prose after it may be
 * a copy's preamble: the report starts over (P010). The title is read:
 * the queue holds what follows it. */
static bool running_title(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    if (!ctx->seen_section || !first_title(ctx, s, e))
        return false;
    int n = 0;
    while (n < 6 && (raw_peek_at(ctx, n)->kind == RT_NL || raw_peek_at(ctx, n)->kind == RT_PAGE))
        n++;
    /* n <= 6, and at most 2 more below: within RAWQ_CAP */
    const raw_token *t = raw_peek_at(ctx, n);
    if (t->kind == RT_SECTION)
        return label_entry_at(t->label)->key != XXGK_SEC_OVERVIEW;
    /* the sign-off: the agency's line, then the date (a DATE line, or a
     * date build_signoff.c reads: 2024-01-20, 2024.1.20, 2024/01/20) */
    if (t->kind == RT_TEXT && ft_agency_line(ctx->doc->src, t->start, t->end) &&
        raw_peek_at(ctx, n + 1)->kind == RT_NL) {
        t = raw_peek_at(ctx, n + 2);
    }
    int ymd[3];
    if (t->kind == RT_TEXT && t->bol && ft_signoff_date(ctx->doc->src, t->start, t->end, ymd))
        return true;
    return t->kind == RT_DATE || t->kind == RT_NOTE || t->kind == RT_EOF;
}

/* The first 19xx/20xx年 (ASCII digits) of [s, e), 0 when none: a title
 * with the title line's year needs no second look (report.c reads the
 * years of the others as the title's). */
static int title_year_bytes(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i + 7 <= e; i++) {
        const uint8_t *b = src + i;
        if (b[0] != '1' && b[0] != '2')
            continue;
        if (((b[0] == '2' && b[1] == '0') || (b[0] == '1' && b[1] == '9')) && b[2] >= '0' && b[2] <= '9' &&
            b[3] >= '0' && b[3] <= '9' && b[4] == 0xE5 && b[5] == 0xB9 && b[6] == 0xB4 &&
            (i == s || src[i - 1] < '0' || src[i - 1] > '9'))
            return (b[0] - '0') * 1000 + (b[1] - '0') * 100 + (b[2] - '0') * 10 + (b[3] - '0');
    }
    return 0;
}

/* A title written as a document's name, 《…报告》 (a page's heading, a
 * copy from a list): the name inside is the title, its 》 dropped when it
 * ends the line. Returns whether the line opened with 《. */
static bool __attribute__((noinline)) book_title(const uint8_t *src, uint32_t *s, uint32_t *e)
{
    if (*e - *s < 6 || src[*s] != 0xE3 || src[*s + 1] != 0x80 || src[*s + 2] != 0x8A) /* 《 */
        return false;
    *s += 3;
    uint32_t te = *e;
    while (te > *s && (src[te - 1] == ' ' || src[te - 1] == '\t' || src[te - 1] == '\r'))
        te--;
    if (te - *s >= 3 && src[te - 3] == 0xE3 && src[te - 2] == 0x80 && src[te - 1] == 0x8B) /* 》 */
        *e = te - 3;
    return true;
}

/* A title line of the weaker shapes (the lexer's title_words): written
 * as a document's name, 《…》, or ending in 年报 — a site's column
 * (青禾市政府信息公开年报) or a cited report as often as a title. */
static bool weak_title(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (book_title(src, &s, &e))
        return true;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '*' || src[e - 1] == '\r'))
        e--;
    if (e - s >= 3 && src[e - 3] == 0xE3 && src[e - 2] == 0x80 && src[e - 1] == 0x8B) /* 》 */
        e -= 3;
    return e - s >= 6 && src[e - 6] == 0xE5 && src[e - 5] == 0xB9 && src[e - 4] == 0xB4 && /* 年 */
           ((src[e - 3] == 0xE6 && src[e - 2] == 0x8A && src[e - 1] == 0xA5) ||        /* 报 */
            (src[e - 3] == 0xE5 && src[e - 2] == 0xA0 && src[e - 1] == 0xB1));         /* 報 */
}

/* Does the UTF-8 word w stand at src[*i] (before e)? Steps over it. */
static bool word_here(const uint8_t *src, uint32_t *i, uint32_t e, const char *w)
{
    size_t n = strlen(w);
    if (e - *i < n || memcmp(src + *i, w, n) != 0)
        return false;
    *i += (uint32_t)n;
    return true;
}

/* A site's column, not a title: a …年报 line (weak_title) whose only word
 * before 信息公开 is a year, 《2024年政府信息公开年报》: no agency names it,
 * and its year is the column's (the year the page was filed under), not
 * the report's. Agency words anywhere before 信息公开 make it a title.
 *   column := 《? YYYY 年 度? (政府|政务)? 信息公开 … 年报 》? */
static bool column_title(const uint8_t *src, uint32_t s, uint32_t e)
{
    book_title(src, &s, &e);
    uint32_t i = s;
    int digits = 0;
    while (i < e && src[i] >= '0' && src[i] <= '9')
        i++, digits++;
    if (digits != 4 || !word_here(src, &i, e, "年"))
        return false;
    (void)word_here(src, &i, e, "度");
    while (i < e && src[i] == ' ')
        i++;
    (void)(word_here(src, &i, e, "政府") || word_here(src, &i, e, "政务") || word_here(src, &i, e, "政務"));
    return word_here(src, &i, e, "信息公开") || word_here(src, &i, e, "信息公開");
}

/* A title line not of the weaker shapes within the next eight raw
 * tokens, before any section: the report's own title, which wins over a
 * weak one above it (a report cited on a line of its own, a page's
 * heading, a site's column). A link's text (a sidebar's list of reports)
 * is no title (on_title): it is passed over. */
static bool __attribute__((noinline)) strong_title_follows(parse_ctx *ctx)
{
    for (int n = 0; n < 8; n++) {
        const raw_token *t = raw_peek_at(ctx, n);
        if (t->kind == RT_SECTION || t->kind == RT_EOF)
            return false;
        if (t->kind == RT_TITLE && !(ctx->doc->nlinks && doc_in_link(ctx->doc, t->end - 1)))
            return !weak_title(ctx->doc->src, t->start, t->end);
    }
    return false;
}

/* Does the title line [s, e) open with 《 (blanks, markdown's # and *
 * before it) and its own words, not a year (《2023年…》 takes the agency's
 * line above it)? Such a name is whole: no line above joins it. */
static bool whole_book(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '#' || src[s] == '*'))
        s++;
    if (e - s < 6 || src[s] != 0xE3 || src[s + 1] != 0x80 || src[s + 2] != 0x8A)
        return false;
    const uint8_t *p = src + s + 3;
    bool year = (p[0] >= '0' && p[0] <= '9') || (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) ||
                (e - s >= 6 && (memcmp(p, "二", 3) == 0 || memcmp(p, "一", 3) == 0));
    return !year;
}

/* Does the title-shaped line [s, e) list other reports: a related list's
 * mark first (相关链接：, 上一篇：, 推荐阅读 …), or two reports' titles on
 * the one line, each with its own year (…2022年…报告  …2024年…报告)? A page's links to the
 * agency's other years, no title that begins the report. */
/* A blank of a line (space, tab, U+3000) or a bracket or arrow a site
 * prints around its link list's mark (【上一篇】, [上一篇], 〖上一篇〗,
 * « 上一篇): its length at src[i], else 0. */
static uint32_t mark_dress(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const dress[] = {"\xE3\x80\x80" /* U+3000 */, "【", "〖", "〔", "［", "«", "＜", NULL};
    if (i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '[' || src[i] == '<'))
        return 1;
    for (int k = 0; dress[k]; k++) {
        size_t n = strlen(dress[k]);
        if (e - i >= n && memcmp(src + i, dress[k], n) == 0)
            return (uint32_t)n;
    }
    return 0;
}

/* The first byte of [s, e) past the site's dress (mark_dress). */
static uint32_t past_dress(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t d; (d = mark_dress(src, s, e)) != 0;)
        s += d;
    return s;
}

/* Does the mark m (UTF-8) open [s, e), blanks between its characters
 * (上 一 篇：, spaced as a CMS spaces a button's label) not counted? s is
 * past the dress (past_dress), the same for every mark, so found once; a
 * mark whose first byte is not there is read no further. Returns the
 * byte after the mark, 0 when it does not open [s, e). */
static uint32_t mark_end(const uint8_t *src, uint32_t s, uint32_t e, const char *m)
{
    if (s >= e || src[s] != (uint8_t)m[0])
        return 0;
    for (size_t k = 0, n = strlen(m); k < n;) {
        size_t l = ((uint8_t)m[k] < 0x80) ? 1 : ((uint8_t)m[k] < 0xE0) ? 2 : ((uint8_t)m[k] < 0xF0) ? 3 : 4;
        if (e - s < l || memcmp(src + s, m + k, l) != 0)
            return 0;
        s += (uint32_t)l;
        k += l;
        while (k < n && s < e && (src[s] == ' ' || src[s] == '\t' ||
                                  (e - s >= 3 && memcmp(src + s, "\xE3\x80\x80", 3) == 0)))
            s += src[s] == 0xE3 ? 3 : 1;
    }
    return s;
}

static bool mark_opens(const uint8_t *src, uint32_t s, uint32_t e, const char *m)
{
    return mark_end(src, s, e, m) != 0;
}

/* Does a page's navigation mark open the line [s, e) (上一篇：, 下一篇：,
 * 上一條, 【上一篇】 …)? A link to the page before or after this one, the
 * page's chrome wherever it stands: a title after it is another page's,
 * never a second report of this file (a cut-short section 一 then
 * 上一篇：…2022年…报告 is no P026). */
static uint32_t navigation_mark_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    /* 上篇 and 下篇 only as a label (上篇：): a title may open with 上 */
    static const char *const marks[] = {"上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上篇：",
                                        "下篇：", "上篇:", "下篇:", "上篇】", "下篇】", "前一篇", "后一篇",
                                        "後一篇", NULL};
    uint32_t m = past_dress(src, s, e), end;
    for (int k = 0; marks[k]; k++)
        if ((end = mark_end(src, m, e, marks[k])) != 0)
            return end;
    return 0;
}

static bool navigation_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    return navigation_mark_end(src, s, e) != 0;
}

/* A navigation mark glued to a report that follows (上一篇青禾县体育局
 * 2023年…报告⏎一、总体情况): the line under the title is section 一's
 * heading, so the page runs a second report on, not a link to it (a
 * link is followed by another link, the page's footer or the end). The
 * title's start past the mark and its label's punctuation (：:】]), or 0
 * when no section 一 follows. */
static uint32_t report_after_mark(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    int n = 0;
    while (n < 6 && raw_peek_at(ctx, n)->kind == RT_NL)
        n++;
    const raw_token *t = raw_peek_at(ctx, n);
    if (t->kind != RT_SECTION || label_entry_at(t->label)->key != XXGK_SEC_OVERVIEW)
        return 0;
    const uint8_t *src = ctx->doc->src;
    uint32_t m = navigation_mark_end(src, s, e);
    for (;;) {
        if (m < e && (src[m] == ':' || src[m] == ']' || src[m] == ' '))
            m++;
        else if (e - m >= 3 && (memcmp(src + m, "\xEF\xBC\x9A", 3) == 0 /* ： */ ||
                                memcmp(src + m, "\xE3\x80\x91", 3) == 0 /* 】 */ ||
                                memcmp(src + m, "\xE3\x80\x80", 3) == 0))
            m += 3;
        else
            break;
    }
    return m < e ? m : 0;
}

static bool lists_reports(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const char *const marks[] = {"相关链接", "相关文章", "相关阅读", "相关信息", "相关新闻", "相关文件",
                                        "推荐阅读", "延伸阅读", "相關鏈接", "相關文章", "相關閱讀", NULL};
    if (navigation_line(src, s, e))
        return true;
    uint32_t m = past_dress(src, s, e);
    for (int k = 0; marks[k]; k++)
        if (mark_opens(src, m, e, marks[k]))
            return true;
    /* two titles: each 报告 with a year of its own since the last one (a
     * cover letter's 关于报送2023年…报告的报告 has 报告 twice, one year) */
    int reports = 0;
    uint32_t from = s;
    for (uint32_t i = s; i + 6 <= e; i++)
        /* 报 E6 8A A5, 報 E5 A0 B1: a lead byte first, no call per byte */
        if ((src[i] == 0xE6 || src[i] == 0xE5) &&
            (memcmp(src + i, "报告", 6) == 0 || memcmp(src + i, "報告", 6) == 0)) {
            if (title_year_bytes(src, from, i))
                reports++;
            from = i + 6;
        }
    return reports >= 2;
}

/* TITLE: the report's title line. A second one before any section is text
 * (a running page header); one after the sections starts the report over,
 * but for a running title, dropped with a note (P032). */
static EDGE_HANDLER int on_title(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (glued_header_token(ctx, t, true))
        return NO_TOKEN;
    const uint8_t *src = ctx->doc->src;
    uint32_t s = t->start;
    while (s < t->end && (src[s] == '#' || src[s] == ' ' || src[s] == '?' || src[s] == '*'))
        s++;
    s = ft_stamp_end(src, s, t->end); /* a print header's date: no title */
    uint32_t e = t->end;
    while (e > s && (src[e - 1] == '*' || src[e - 1] == ' ')) /* markdown's bold: **…** */
        e--;
    /* after the sections, 《…报告》 or …年报 cites a report (a list of
     * related ones, the last year's): prose, no new start of the report;
     * before them, a title line of the usual shape that follows is the
     * report's own */
    if (weak_title(src, s, e) && (ctx->seen_section || column_title(src, s, e) || strong_title_follows(ctx))) {
        set(out, t->start, t->end);
        return emit(ctx, TEXT);
    }
    book_title(src, &s, &e);
    set(out, s, e);
    /* a link's text (a sidebar's, a list of related reports) names
     * another page: no title */
    if (ctx->doc->nlinks && doc_in_link(ctx->doc, t->end - 1))
        return emit(ctx, TEXT);
    /* a line listing other reports (【上一篇】…报告) before the sections
     * is the page's links, no title: not the first, nor a late one */
    if (!ctx->seen_section && lists_reports(src, s, e))
        return emit(ctx, TEXT);
    /* after the sections only a navigation mark tells the page's links
     * (上一篇：…报告): two titles on a line may be a second report run on */
    if (ctx->seen_section && navigation_line(src, s, e)) {
        uint32_t r = report_after_mark(ctx, s, e);
        if (!r)
            return emit(ctx, TEXT);
        set(out, s = r, e);
    }
    if (!ctx->seen_section && ctx->title_seen) {
        int y = title_year_bytes(src, s, e);
        if (!y || y != title_year_bytes(src, ctx->front_title.start, ctx->front_title.end))
            ctx->late_title = (xxgk_span){s, e};
        return emit(ctx, TEXT);
    }
    if (running_title(ctx, s, e)) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_RUNNING_TITLE, (xxgk_span){s, e});
        return NO_TOKEN;
    }
    ctx->title_seen = true;
    if (ctx->seen_section)
        start_over(ctx);
    else
        ctx->front_title = (xxgk_span){s, e};
    return emit(ctx, TITLE);
}

/* DATE, NOTE: whole lines the scanner knows; passed on as they are. */
static EDGE_HANDLER int on_line_token(parse_ctx *ctx, const raw_token *t, ptok *out, int kind)
{
    set(out, t->start, t->end);
    return emit(ctx, kind);
}

/* ---- prose runs ------------------------------------------------------------ */

/* TEXT TEXT … on one line (pieces split by skipped bad bytes): one text.
 * A line break right after the text is no piece, known without reading
 * it (scan_at_break): it is read next, as it would be from the queue. */
static void join_text_pieces(parse_ctx *ctx, ptok *out)
{
    const raw_token *n;
    if (!ctx->nrawq && scan_at_break(&ctx->sc))
        return;
    while ((n = raw_peek(ctx))->kind == RT_TEXT && !n->bol) {
        out->end = out->a_end = n->end;
        raw_drop(ctx, 1);
    }
}

/* NL* TITLE after the current line (at most six line breaks between): the
 * line joins the title (extends OUT over it; the title line's start in
 * *TS). Otherwise what was looked at stays to be read. */
static bool title_follows(parse_ctx *ctx, ptok *out, uint32_t *ts)
{
    int n = 0;
    while (raw_peek_at(ctx, n)->kind == RT_NL && n < 6)
        n++;
    const raw_token *t = raw_peek_at(ctx, n);
    if (t->kind != RT_TITLE || (ctx->doc->nlinks && doc_in_link(ctx->doc, t->end - 1)))
        return false;
    /* 《…报告》 or …年报 after the sections cites a report (on_title):
     * nothing joins it */
    if (ctx->seen_section && weak_title(ctx->doc->src, t->start, t->end))
        return false;
    /* 《某局…报告》 is a name whole in itself: the short line above it (a
     * column, a breadcrumb) is none of it, and the title is read from
     * inside the 《》 (book_title) */
    if (whole_book(ctx->doc->src, t->start, t->end))
        return false;
    out->end = t->end;
    *ts = t->start;
    raw_drop(ctx, n + 1);
    return true;
}

/* Does [s, e) give a year (digits or 〇 before 年: 2023年, 二〇二三年)? */
static bool gives_year(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s + 3; i + 3 <= e; i++)
        if (memcmp(src + i, "年", 3) == 0 &&
            (utf8_digit_len(src + i - 1, src + e) || utf8_fw_digit(src + i - 3, src + e) >= 0 ||
             memcmp(src + i - 3, "〇", 3) == 0 ||
             memcmp(src + i - 3, "○", 3) == 0 || memcmp(src + i - 3, "零", 3) == 0))
            return true;
    return false;
}

/* Does [s, e) hold a character that ends an agency's name (局 委 府 厅
 * 办 院 室 会 处 所 队 站 署 部 馆 中心 校, either script)? A cheap
 * over-approximation: a line that might name the agency is kept. */
static bool holds_agency_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const char ends[] = "局委府厅廳办辦院室会會处處所队隊站署部馆館心校";
    for (uint32_t i = s; i + 3 <= e; i++)
        if (src[i] >= 0xE0 && src[i] < 0xF0)
            for (size_t k = 0; k + 3 <= sizeof ends - 1; k += 3)
                if (memcmp(src + i, ends + k, 3) == 0)
                    return true;
    return false;
}

/* The end of [s, e)'s words before its first digit (the title line's
 * name before its year: 青禾县教育局 of 青禾县教育局2023年…). */
static uint32_t before_digits(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    while (i < e && !utf8_digit_len(src + i, src + e) && !(e - i >= 3 && memcmp(src + i, "〇", 3) == 0))
        i++;
    return i;
}

/* Is the line [s, ce) above the title [ts, te) the page's chrome, to be
 * left out of the title's span? A widget's, crumb's or day's line, and
 * only when it can give the title nothing: the title line has a year of
 * its own, the line names no agency unless the title line names one
 * before its year, and a widget's line gives no year. A line that gives
 * the year or the agency the title lacks is the title's, chrome and all
 * (review year63's B1: 青禾县教育局2023年1月1日—12月31日; review year63b's B2:
 * 2023年度【字体：大 中 小】, 青禾县教育局2023年度 【打印】【关闭】). */
static bool chrome_above(const uint8_t *src, uint32_t s, uint32_t ce, uint32_t ts, uint32_t te)
{
    int k = ft_chrome_line(src, s, ce);
    if (k == FT_CHROME_NONE || !gives_year(src, ts, te))
        return false;
    if (holds_agency_end(src, s, ce) && !holds_agency_end(src, ts, before_digits(src, ts, te)))
        return false; /* the line may name the agency the title's line lacks */
    /* a day line's words are all a date, a time, 星期X or a field (its
     * year a day's, never a period's: ft_chrome_line); a widget's line
     * may hold anything beside the widget */
    return k == FT_CHROME_DAY || !gives_year(src, s, ce);
}

/* A short line right above the title line, before the sections or after
 * the sign-off when a second copy opens: the agency's name, part of the
 * title (柳州市柳江區教育局2024年度 / 政府信息公開工作年度報告). A page's
 * chrome line there (【字体：大 中 小】 打印, a day's date: ft_chrome_line)
 * is taken with the title, as the line above it is, so that it never
 * starts a paragraph of its own over the title, but the title's span is
 * the title's line only: the chrome is quoted nowhere. */
static bool agency_above_title(parse_ctx *ctx, const raw_token *t, ptok *out, bool *running)
{
    bool before = !ctx->seen_section && !ctx->title_seen;
    bool again = ctx->seen_section && ctx->section == XXGK_SEC_OTHER;
    uint32_t ts;
    if (!t->bol || !(before || again) || !ft_agency_line(ctx->doc->src, out->start, out->end) ||
        (ctx->doc->nfurniture && doc_in_furniture(ctx->doc, out->start)) || !title_follows(ctx, out, &ts))
        return false;
    if (chrome_above(ctx->doc->src, out->start, out->end < ts ? out->end : ts, ts, out->end))
        out->start = out->a_start = ts;
    ctx->title_seen = true;
    if (before)
        ctx->front_title = (xxgk_span){out->start, out->end};
    /* the two lines a running title (P032), or a copy that opens */
    *running = again && running_title(ctx, out->start, out->end);
    if (again && !*running)
        start_over(ctx);
    return true;
}

/* Does the line end at the next raw token (nothing but its break after)? */
static bool line_ends_here(parse_ctx *ctx)
{
    if (!ctx->nrawq && scan_at_break(&ctx->sc))
        return true;
    int k = raw_peek(ctx)->kind;
    return k == RT_NL || k == RT_EOF;
}

/* A heading printed without its number (its numbering lost in copying,
 * or Word's automatic numbering in a text made without it): a line that
 * is exactly the template's title of a section (labels.def '=', either
 * script, any spacing), alone on its line, where that section is due —
 * the next one, or a later one while no section of the copy was
 * numbered 一、 (a report numbering its headings prints a bare title as a
 * sub-heading) — is that section, with a warning (P054). A line that only
 * holds the words (本报告包括总体情况、主动公开政府信息情况…), a variant
 * title or one with more text is not. Returns the section's label
 * entry, or -1. Short lines opening with a CJK character only: a title's
 * bytes. */
static int bare_section_title(parse_ctx *ctx, bool bol, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    if (!bol || e - s < 12 || e - s > 120 || src[s] < 0xE4 || src[s] > 0xE9 || ctx->section >= XXGK_SEC_OTHER)
        return -1;
    /* the cheap trigger: every template title ends in 况 or 项 (況 項),
     * blanks after it aside */
    uint32_t te = e;
    while (te > s && (src[te - 1] == ' ' || src[te - 1] == '\t' || src[te - 1] == '\r'))
        te--;
    const uint8_t *z = src + te - 3;
    if (!((z[0] == 0xE5 && z[1] == 0x86 && z[2] == 0xB5) || (z[0] == 0xE9 && z[1] == 0xA1 && z[2] == 0xB9) ||
          (z[0] == 0xE6 && z[1] == 0xB3 && z[2] == 0x81) || (z[0] == 0xE9 && z[1] == 0xA0 && z[2] == 0x85)))
        return -1;
    char folded[128];
    size_t n = label_fold(src + s, e - s, folded, sizeof folded);
    if (n < 12 || n >= sizeof folded - 4)
        return -1;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind != LK_SEC || le->variant || le->key <= ctx->section ||
            (le->key != ctx->section + 1 && ctx->sections_template_numbered))
            continue;
        if (le->len == n && memcmp(le->text, folded, n) == 0)
            return line_ends_here(ctx) ? i : -1;
    }
    return -1;
}

/* The bare title [s, e) of label entry `entry` starts its section. */
static int as_bare_section(parse_ctx *ctx, uint32_t s, uint32_t e, int entry, ptok *out)
{
    static const char *const numerals[] = {"", "一", "二", "三", "四", "五", "六"};
    int id = label_entry_at(entry)->key;
    set(out, s, e);
    out->entry = entry;
    out->section = id;
    out->numbering = XXGK_NUM_NONE;
    delimiters_end(ctx);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_BARE_HEADING, (xxgk_span){s, e}, numerals[id], label_entry_at(entry)->display);
    enter_section(ctx, id);
    return emit(ctx, section_token_kind(id));
}

static bool range_names_section(const parse_ctx *ctx, int id, uint32_t s, uint32_t e);
static int folded_section_title_at(int id, const char *f, size_t n);

/* Does a caption's title [s, e) agree with one of section id's titles
 * in the template (labels.def's SEC entries, its keyword patterns
 * aside), by caption_title_agrees, the test grid.c joins a cut table by:
 * 政府信息公开行政复议 and 行政复议、行政诉讼情况 agree with section 四's
 * 政府信息公开行政复议、行政诉讼情况, 收到和處理政府資訊公開申請情況統計表
 * with section 三's. Cost: the section's titles, TITLE_CPS squared
 * compares each, once per caption. */
static bool title_agrees_section(const parse_ctx *ctx, int id, uint32_t s, uint32_t e)
{
    const char *t = (const char *)ctx->doc->src + s;
    const short *titles;
    for (int k = 0, nt = label_section_entries(id, &titles); k < nt; k++) {
        const struct label_entry *le = label_entry_at(titles[k]);
        if (le->variant != 2 && caption_title_agrees(t, e - s, le->text, le->len))
            return true;
    }
    return false;
}

/* Does a continuation caption's title [s, e) name a section other than
 * the open one: hold another table's title (续表3：政府信息公开行政复议、
 * 行政诉讼情况 in table 三), or agree with another section's title and
 * not with the open one's (续表 政府信息公开行政复议, 续表3：行政复议、
 * 行政诉讼情况: section 四's short title)? Then the line continues no
 * table of this section, whatever its number says, as grid.c parts the
 * table at a title that does not agree with the table's heading. */
static bool title_names_other(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    for (int k = XXGK_SEC_OVERVIEW; k < XXGK_SEC__COUNT; k++)
        if (k != ctx->section && table_of_section(k) >= 0 && range_names_section(ctx, k, s, e))
            return true;
    if (ctx->section >= 0 && title_agrees_section(ctx, ctx->section, s, e))
        return false;
    for (int k = XXGK_SEC_OVERVIEW; k < XXGK_SEC__COUNT; k++)
        if (k != ctx->section && title_agrees_section(ctx, k, s, e))
            return true;
    return false;
}

/* Does a caption's title [s, e) open with one of the open table's row or
 * group labels (续表3 本年新收政府信息公开申请数量, 表3（续）予以公开)? Then
 * it is that row's label glued to the caption on its line, no title: the
 * line is no caption and the row keeps its numbers (an enumerated row is
 * refused already, cont_caption_titled). Cost: the title folded once
 * (CONT_CAPTION_MAX bytes at most), the label entries compared at its
 * start once, once per caption. */
static bool title_opens_row(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    char folded[256];
    size_t n = label_fold(ctx->doc->src + s, e - s < 200 ? e - s : 200, folded, sizeof folded);
    for (int k = 0; k < label_count(); k++) {
        const struct label_entry *le = label_entry_at(k);
        if (le->table == ctx->table && (le->kind == LK_ROW || le->kind == LK_GROUP) && le->len >= 6 &&
            le->len <= n && memcmp(folded, le->text, le->len) == 0)
            return true;
    }
    return false;
}

/* A table's continuation caption on its line inside a table (the table
 * split across pages, its second half captioned): 续表, 续上表, 续表三,
 * 表三（续）, 表3（续表）, 续表（3）, and the page's words for it, 接上表,
 * 接上页, 表格接上页, bracketed or not, either script, a title after it
 * or not (续表3：收到和处理政府信息公开申请情况). Read by
 * cont_caption_titled, the reading grid.c joins a cut HTML or Word table
 * by, so that a caption it joins by is layout here too (P055). One that
 * continues the open table: no number or the section's own (grid.c's
 * rule: 表（4）续 in table 三 names another table), and a title naming
 * no other section's table. The caption's number, 0 when it names none,
 * -1 when s..e is no caption of the open table. Cost: CONT_CAPTION_MAX
 * bytes at most read, the title folded once. */
enum { CONT_CAPTION_MAX = 192 };
static int caption_words(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    if (e - s < 6 || e - s > CONT_CAPTION_MAX)
        return -1;
    size_t title;
    int cap = cont_caption_titled((const char *)ctx->doc->src + s, e - s, &title);
    if (cap < 0 || (cap > 0 && cap != ctx->section))
        return -1;
    if (s + title < e && (title_opens_row(ctx, s + (uint32_t)title, e) || title_names_other(ctx, s + (uint32_t)title, e)))
        return -1;
    return cap;
}

static bool continued_caption(parse_ctx *ctx, bool bol, uint32_t s, uint32_t e)
{
    return bol && ctx->table >= 0 && caption_words(ctx, s, e) >= 0 && line_ends_here(ctx);
}

/* A numbered continuation caption whose number the lexer read as a
 * value (表3（续）, 续表3, 表３續): the line from s, its end's blanks aside,
 * is one naming the open table by its section's number (grid.c joins
 * the parts around it by that number or the table's own caption's); its
 * further tokens are dropped. One naming another table (表2（续） in
 * table 三) stays an unknown row (P008): the parts may be two tables.
 * The line's end, 0 when it is no such caption. Cost: the first word
 * tested (cont_caption_may_open), then CONT_CAPTION_MAX bytes at most
 * read, once per line starting with such a word in a table. */
static uint32_t numbered_caption_line(parse_ctx *ctx, const raw_token *t, uint32_t s)
{
    if (!t->bol || ctx->table < 0)
        return 0;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, lim = len - s > CONT_CAPTION_MAX ? s + CONT_CAPTION_MAX : len;
    if (!cont_caption_may_open((const char *)src + s, lim - s))
        return 0; /* a row's label: its line's end not sought */
    const uint8_t *nl = memchr(src + s, '\n', lim - s); /* a caption is short: read no further */
    if (!nl && lim < len)
        return 0;
    uint32_t e = nl ? (uint32_t)(nl - src) : len;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    if (caption_words(ctx, s, e) != ctx->section)
        return 0;
    while (raw_peek(ctx)->kind != RT_NL && raw_peek(ctx)->kind != RT_EOF && raw_peek(ctx)->start < e)
        raw_drop(ctx, 1);
    return e;
}

static int as_continued_caption(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    static const char *const numerals[] = {"", "一", "二", "三", "四", "五", "六"};
    char text[64];
    ptok whole = {.start = s, .end = e};
    bld_text_of(ctx, &whole, text, sizeof text); /* a long titled caption cut at a character */
    delimiters_end(ctx);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_CONTINUED_CAPTION, (xxgk_span){s, e}, text,
                      numerals[ctx->section >= 0 && ctx->section <= 6 ? ctx->section : 0]);
    return NO_TOKEN;
}

/* ---- tables printed in an annex after section 六 -------------------------
 *
 * annex-heading : ('附件' | '附表') [number] [sep] [number sep] [title] NL [title NL]
 *   -- after section 六; title: one template section's with a table (二 三 四);
 *   -- that table's header right under it (table_follows)
 *
 * A report may print its three tables only in 附件1-3 after 六, each under
 * a caption naming its section (附件2 / 收到和处理政府信息公开申请情况统计表,
 * 附件：1.主动公开政府信息情况). That caption heads the section's table
 * again (build_doc.c annex_reopens: the body's section takes it, P112;
 * a copy of a table the body prints is compared with it, P113). Not a
 * caption naming no template section (附件 政务新媒体…统计表), one listing
 * several (附件：1.主动公开… 2.收到和处理…), nor one with no header of
 * the section's table under it (a link to a file), nor one of another
 * report's table (another year's, another agency's: annex_caption_foreign).
 * In a table read from an annex, an 附件 line heading none ends the table
 * (annex_ends_table). Cost: the caption's line and the next, 240 bytes
 * each at most, folded once, the title folded once, and table_follows's
 * 8 lines, read once, only for a line opening with 附件 after 六. */

/* The one section with a table that [s, e) names (range_names_section),
 * 0 for none, -1 for more than one (a list of the annexes). */
static int annex_names_one(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    int id = 0;
    for (int k = XXGK_SEC_PROACTIVE; k <= XXGK_SEC_APPEALS; k++)
        if (range_names_section(ctx, k, s, e)) {
            if (id)
                return -1;
            id = k;
        }
    return id;
}

/* year-word : digit{4} '年' | cn-digit{4} '年' | ('上' | '去' | '前' | '上一') '年'
 * The year the folded text F[i, ...) opening with 年 at I names: its four
 * digits (2021年, 二〇二一年) before I, -1 for a year by its distance
 * (上年度, 去年), 0 for none. */
static int folded_year_before(const char *f, size_t i)
{
    static const char *const cn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (i >= 4 && f[i - 4] >= '0' && f[i - 4] <= '9' && f[i - 3] >= '0' && f[i - 3] <= '9' && f[i - 2] >= '0' &&
        f[i - 2] <= '9' && f[i - 1] >= '0' && f[i - 1] <= '9')
        return (f[i - 4] - '0') * 1000 + (f[i - 3] - '0') * 100 + (f[i - 2] - '0') * 10 + (f[i - 1] - '0');
    int y = 0;
    for (size_t k = 4; k >= 1 && i >= 3 * k; k--) {
        int d = -1;
        for (int v = 0; v < 10 && d < 0; v++)
            d = memcmp(f + i - 3 * k, cn[v], 3) == 0 ? v : (memcmp(f + i - 3 * k, "零", 3) == 0 ? 0 : -1);
        if (d < 0)
            break;
        y = y * 10 + d;
        if (k == 1)
            return y;
    }
    return i >= 3 && (memcmp(f + i - 3, "上", 3) == 0 || memcmp(f + i - 3, "去", 3) == 0 ||
                      memcmp(f + i - 3, "前", 3) == 0 || (i >= 6 && memcmp(f + i - 6, "上一", 6) == 0))
               ? -1
               : 0;
}

/* Does the folded caption F[0, n) name a year other than YEAR, the
 * report's (收到和处理…统计表（2021年度） in a 2022 report, 上年度…)? A
 * year when the report's is unknown is another: it cannot be matched. */
static bool folded_other_year(const char *f, size_t n, int year)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(f + i, "年", 3) == 0) {
            int y = folded_year_before(f, i);
            if (y && y != year)
                return true;
        }
    return false;
}

/* The end of the annex's number in the folded caption F[0, n):
 * ('附件' | '附表' | '表') [number] [sep], repeated (附件2：, 附表三、,
 * 附件1 表1.), number ASCII digits or 一 to 十 and - (附件2-1). */
static size_t folded_annex_number_end(const char *f, size_t n)
{
    static const char *const words[] = {"附件", "附表", "表"};
    static const char *const marks[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "、", "："};
    size_t i = 0;
    for (bool more = true; more && i < n;) {
        more = false;
        for (size_t w = 0; w < 3; w++) {
            size_t l = strlen(words[w]);
            if (n - i >= l && memcmp(f + i, words[w], l) == 0) {
                i += l;
                more = true;
            }
        }
        while (i < n && ((f[i] >= '0' && f[i] <= '9') || strchr(":.-_ ", f[i]))) {
            i++;
            more = true;
        }
        for (size_t m = 0; m < 12; m++)
            if (n - i >= 3 && memcmp(f + i, marks[m], 3) == 0) {
                i += 3;
                more = true;
            }
    }
    return i;
}

/* Is the folded piece P[0, n), separators at its ends and a quote or
 * bracket opening the title (附件2：《收到和处理…》) aside, empty or words the
 * report's title TITLE[0, nt) prints? */
static bool folded_piece_in_title(const char *p, size_t n, const char *title, size_t nt)
{
    while (n && strchr(":.-_ ", p[0])) {
        p++;
        n--;
    }
    while (n && strchr(":.-_ (\"", p[n - 1]))
        n--;
    while (n >= 3 && (memcmp(p + n - 3, "《", 3) == 0 || memcmp(p + n - 3, "“", 3) == 0 ||
                      memcmp(p + n - 3, "「", 3) == 0 || memcmp(p + n - 3, "【", 3) == 0))
        n -= 3;
    return n == 0 || (nt && memmem(title, nt, p, n) != NULL);
}

/* Are the words before a caption's title, F[0, n) folded, the report's:
 * nothing once the annex's number and the report's year (2022年, 2022年度,
 * 二〇二二年) are set aside, or words its title prints (黄山区 in 黄山市
 * 黄山区人民政府2022年…报告)? Another agency's (汤口镇人民政府收到和处理…:
 * a unit's table annexed) is not. TITLE: the report's title folded. */
static bool folded_words_are_reports(const char *f, size_t n, int year, const char *title, size_t nt)
{
    for (size_t j = 0; year && j + 3 <= n; j++)
        if (memcmp(f + j, "年", 3) == 0 && folded_year_before(f, j) == year) {
            size_t ys = j - (f[j - 1] >= '0' && f[j - 1] <= '9' ? 4 : 12);
            size_t i = folded_annex_number_end(f, ys); /* the number before the year (附件1：2022年) */
            size_t after = j + 3 + (n - j - 3 >= 3 && memcmp(f + j + 3, "度", 3) == 0 ? 3 : 0);
            return folded_piece_in_title(f + i, ys - i, title, nt) &&
                   folded_piece_in_title(f + after, n - after, title, nt);
        }
    size_t i = folded_annex_number_end(f, n);
    return folded_piece_in_title(f + i, n - i, title, nt);
}

/* Does the annex caption line [ls, le) whose title (section ID's, if it
 * has one) comes on it or under it belong to another report: name another
 * year, or before its title words no title of the report prints (another
 * agency)? Cost: the line folded once, the title folded once. */
static bool annex_caption_foreign(const parse_ctx *ctx, int id, uint32_t ls, uint32_t le)
{
    char f[1024], title[1024];
    xxgk_span ts = ctx->front_title.end > ctx->front_title.start ? ctx->front_title : ctx->late_title;
    uint32_t tl = ts.end - ts.start < 900 ? ts.end - ts.start : 900;
    size_t nt = label_fold(ctx->doc->src + ts.start, tl, title, sizeof title);
    int year = title_year_bytes(ctx->doc->src, ts.start, ts.end);
    size_t n = label_fold(ctx->doc->src + ls, le - ls, f, sizeof f);
    if (folded_other_year(f, n, year))
        return true;
    int at = id > 0 ? folded_section_title_at(id, f, n) : -1;
    return !folded_words_are_reports(f, at >= 0 ? (size_t)at : n, year, title, nt);
}

/* annex-end : ('附件' | '附表') … NL
 *   -- in a table read from an annex, a caption heading none of the report's
 * The table read from an annex ends at the next annex's caption when that
 * heads no table of the report (附件4：政务新媒体信息发布情况统计表, another
 * year's table): section 六 is read on from there, the line its heading,
 * what follows its prose, as it was before the annex table. Else 0. */
static int annex_ends_table(const parse_ctx *ctx, uint32_t s, uint32_t *consumed)
{
    if (!ctx->annex_table)
        return 0;
    *consumed = line_end_from(ctx, s);
    return XXGK_SEC_OTHER;
}

/* The section whose table the annex caption at the line start S heads,
 * else 0; *CONSUMED: the end of the caption (its line, or the title's
 * line under it). A caption of another report's table (another year's,
 * another agency's: annex_caption_foreign) heads none. */
static int annex_section_at(const parse_ctx *ctx, uint32_t s, uint32_t *consumed)
{
    const uint8_t *src = ctx->doc->src;
    if (!ctx->other_seen || !ctx->report || ctx->doc->len - s < 6 ||
        !(memcmp(src + s, "\xE9\x99\x84\xE4\xBB\xB6", 6) == 0 || memcmp(src + s, "\xE9\x99\x84\xE8\xA1\xA8", 6) == 0))
        return 0;
    uint32_t le = line_end_from(ctx, s);
    if (le - s > 240)
        return 0; /* a sentence that opens with 附件 */
    int id = annex_names_one(ctx, s, le);
    *consumed = le;
    uint32_t ns = le;
    if (!id && le < ctx->doc->len) {
        ns = le + (src[le] == '\r'); /* past the line's break, CR LF or LF */
        ns += ns < ctx->doc->len && src[ns] == '\n';
        uint32_t ne = line_end_from(ctx, ns);
        if (ne - ns <= 240 && (id = annex_names_one(ctx, ns, ne)) != 0)
            *consumed = ne;
    }
    if (id <= 0 || !table_follows(ctx, id, *consumed))
        return annex_ends_table(ctx, s, consumed); /* a link to a file (附件1：主动公开政府信息情况.xls), no table under it */
    if (annex_caption_foreign(ctx, id, s, le) || (*consumed > le && annex_caption_foreign(ctx, id, ns, *consumed)))
        return annex_ends_table(ctx, s, consumed);
    return id;
}

/* The annex caption [s, consumed) as section ID's heading (annex set):
 * its tokens dropped, the table's scanning mode entered. */
/* A caption line [s, e) that stands for section ID's heading, numbered
 * by nothing (an annex's caption, a scope caption): the raw tokens up to
 * CONSUMED dropped, OUT made the section's token. */
static void caption_as_section(parse_ctx *ctx, uint32_t s, uint32_t e, uint32_t consumed, int id, ptok *out)
{
    while (raw_peek(ctx)->kind != RT_EOF && raw_peek(ctx)->start < consumed)
        raw_drop(ctx, 1);
    set(out, s, e);
    out->section = (uint8_t)id;
    out->number = id;
    out->numbering = XXGK_NUM_NONE;
    out->entry = section_entry(id, 0);
    delimiters_end(ctx);
}

static int as_annex_section(parse_ctx *ctx, uint32_t s, uint32_t consumed, int id, ptok *out)
{
    caption_as_section(ctx, s, line_end_from(ctx, s), consumed, id, out);
    out->annex = true;
    enter_section(ctx, id);
    ctx->annex_table = ctx->table >= 0;
    return emit(ctx, section_token_kind(id));
}

/* ---- a second table of another scope ----------------------------------
 *
 * scope-caption : [number] words NL   -- a line of its own after the last row
 *   -- of the section's table (table_complete): short (SCOPE_CAPTION_MAX),
 *   -- no sentence (。，；), no TAB or |, no row label of the table, a scope word in it
 *   -- (scope_word_in); under it the table's header (table_follows) or,
 *   -- the header not reprinted, a row of the table on the next line: its
 *   -- label first, a value after it (row_line_follows; a sentence naming
 *   -- a row, 本年度予以公开7件。, is none)
 *
 * A county's report prints table 三 for （一）县政府本级 and again for
 * （二）全县（含乡镇、部门）, a department's for 本机关 and 全系统. The
 * caption before the second heads a table of its own (build_doc.c
 * scope_reopens, P120): read and checked as table 三 is, its cells none of
 * the report's. Not a caption: a line inside the first table's rows (its
 * last row not read yet), a line with no table under it, a table under no
 * caption (its rows stay second copies, P014). Cost: a test at the line
 * starts of words the table scanner does not know, of prose and of
 * sub-headings in a table (scope_caption_maybe; never at a number or a
 * row label), two compares there once a row was read; past the table's
 * last row, the line folded once (192 bytes at most) and table_follows's 8
 * lines read once. */

enum { SCOPE_CAPTION_MAX = 192, SCOPE_ROW_LOOK = 240 };

/* Has the open table read its last row, the template's last in either
 * template (row keys run in the templates' order)? The two keys found
 * once a table (ctx->end_keys), then two compares. */
static bool table_complete(parse_ctx *ctx)
{
    if (ctx->end_keys_table != ctx->table + 1) {
        ctx->end_keys[0] = xxgk_tpl_last_row(2019, ctx->table);
        ctx->end_keys[1] = xxgk_tpl_last_row(2021, ctx->table);
        ctx->end_keys_table = ctx->table + 1;
    }
    return ctx->last_row_key == ctx->end_keys[0] || ctx->last_row_key == ctx->end_keys[1];
}

/* scope-word : '本级' | '本机关' | '系统' | '所属' | '下属' | '直属' | '乡镇' | '部门' | '街道'
 *            | '全' ('县' | '市' | '区' | '旗' | '州' | '省' | '镇' | '乡')
 * Does the folded caption F[0, n) name the reach its table counts over? */
static bool scope_word_in(const char *f, size_t n)
{
    static const char *const words[] = {"本级", "本机关", "系统", "所属", "下属", "直属", "属单位", "乡镇", "部门", "街道"};
    static const char *const units[] = {"县", "市", "区", "旗", "州", "省", "镇", "乡"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (memmem(f, n, words[w], strlen(words[w])))
            return true;
    for (const char *p = f; (p = memmem(p, n - (size_t)(p - f), "全", 3)) != NULL && (size_t)(p - f) + 6 <= n; p += 3)
        for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
            if (memcmp(p + 3, units[u], 3) == 0)
                return true;
    return false;
}

/* Does the folded text F[0, n) after a bracket say a scope's reach
 * (含区县, 包括乡镇, 不含部门)? */
static bool scope_extent(const char *f, size_t n)
{
    static const char *const opens[] = {"含", "包括", "包含", "不含"};
    for (size_t w = 0; w < sizeof opens / sizeof opens[0]; w++)
        if (n >= strlen(opens[w]) && memcmp(f, opens[w], strlen(opens[w])) == 0)
            return true;
    return false;
}

/* Is the folded text F[i, n) at a count's thousands separator: a comma
 * between a digit and three digits that end the number (1,500件)? */
static bool thousands_comma(const char *f, size_t n, size_t i)
{
    if (i == 0 || f[i] != ',' || f[i - 1] < '0' || f[i - 1] > '9' || n - i < 4)
        return false;
    for (size_t k = 1; k <= 3; k++)
        if (f[i + k] < '0' || f[i + k] > '9')
            return false;
    return n - i == 4 || f[i + 4] < '0' || f[i + 4] > '9';
}

/* count-word : digits [',' digits] ['.' digits] ['万' | '亿'] | cn-numeral { cn-numeral } ('件' | '个' | '家')
 * The bytes of a count at the folded text F[i, n) in a caption's tail
 * (1,500件, 1.5万件, 一千五百件: the count, its measure word read after
 * it), 0 when none: a count in words only before its measure word, so
 * words of another matter (一般, 万一) are none. */
static size_t caption_count_len(const char *f, size_t n, size_t i)
{
    size_t k = i;
    if (f[k] >= '0' && f[k] <= '9') {
        while (k < n && ((f[k] >= '0' && f[k] <= '9') || f[k] == '.' || thousands_comma(f, n, k)))
            k++;
        if (n - k >= 3 && (memcmp(f + k, "万", 3) == 0 || memcmp(f + k, "亿", 3) == 0))
            k += 3;
        return k - i;
    }
    return numeral_count_len((const uint8_t *)f + i, n - i);
}

/* year-word : year-numeral year-numeral year-numeral year-numeral '年'
 * A caption's year in words (全县二〇二〇年度情况, 二零二零年) is spelt
 * digit by digit, four of them before 年 (十 is none: 二十年 is a
 * duration, not a year), as 2020年 is a count-word's digits before 年:
 * the numerals' bytes at the folded text F[i, n), 0 when none. One
 * reading with V306's (numeral_year). */
static size_t caption_year_words_len(const char *f, size_t n, size_t i)
{
    size_t run;
    return numeral_year((const uint8_t *)f + i, n - i, &run, 0) ? run : 0;
}

/* scope-head : … scope-word ['（' … '）']   -- the last scope word, the bracket it stands in closed
 * scope-tail : { table-word | count-word | year-word | '（' ('含' | '包括' | '包含' | '不含') … '）' | '（' | '）' | '：' | '、'
 *              | '*' | '_' | '#' }
 * table-word : 收到 | 受理 | 办理 | 处理 | 和 | 及 | 与 | 的 | 政府信息 | 信息 | 公开
 *            | 依 | 申请 | 情况 | 统计 | 数据 | 汇总 | 表 | 说明 | 如下 | 单位 | 机关
 *            | 本级 | 内 | 各 | 共 | 件 | 年度 | 本年 | 总表
 *            | body-noun | 各级
 * body-noun  : 人民政府 | 政府 | 办事处 | 行政机关 | 事业单位 | 院所
 * A caption names a scope as its head (the scope word and the kind of
 * body it means: 各乡镇人民政府, 各街道办事处, 全市行政机关, 所属事业单位,
 * 直属院所, 全县各级行政机关): after its last scope word only
 * the table's own words (…收到和处理政府信息公开申请情况, 情况如下：,
 * （单位：件）, 机关, a count), a bracket saying its reach (（含区县）,
 * （包括乡镇）: scope_extent) or nothing. A scope word inside a topic
 * phrase (部门协作情况, 乡镇政务公开工作, 街道便民服务建设) heads no
 * table: words of another matter follow it. The folded caption F[0, n). */
static bool scope_tail_only(const char *f, size_t n)
{
    static const char *const scope[] = {"本级", "本机关", "本部门", "本局", "本委", "系统", "所属",
                                        "下属", "直属", "属单位", "乡镇",   "部门", "街道"};
    static const char *const units[] = {"县", "市", "区", "旗", "州", "省", "镇", "乡"};
    static const char *const words[] = {"收到", "受理", "办理", "处理", "和",   "及",   "与",   "的",
                                        "政府信息", "信息", "公开", "依",   "申请", "情况", "统计", "数据",
                                        "汇总", "表",   "说明", "如下", "单位", "机关", "本级", "各级", "内",
                                        "各",   "共",   "件",   "年度", "本年", "年", "（",   "）",   "：",
                                        "、",   "(",    ")",    ":", "总表", "人民政府", "政府",
                                        "办事处", "行政机关", "事业单位", "院所"};
    size_t tail = 0;
    for (size_t w = 0; w < sizeof scope / sizeof scope[0]; w++)
        for (const char *p = f; (p = memmem(p, n - (size_t)(p - f), scope[w], strlen(scope[w]))) != NULL;
             p += strlen(scope[w]))
            if ((size_t)(p - f) + strlen(scope[w]) > tail)
                tail = (size_t)(p - f) + strlen(scope[w]);
    for (const char *p = f; (p = memmem(p, n - (size_t)(p - f), "全", 3)) != NULL && (size_t)(p - f) + 6 <= n; p += 3)
        for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
            if (memcmp(p + 3, units[u], 3) == 0 && (size_t)(p - f) + 6 > tail)
                tail = (size_t)(p - f) + 6;
    int depth = 0; /* the bracket the last scope word stands in: its words are the scope's */
    for (size_t i = 0; i < tail; i++)
        depth += f[i] == '(' ? 1 : f[i] == ')' ? -1 : 0;
    for (; depth > 0 && tail < n; tail++)
        depth -= f[tail] == ')' ? 1 : f[tail] == '(' ? -1 : 0;
    while (tail < n) {
        size_t k = 0;
        if (f[tail] == '.' || f[tail] == '*' || f[tail] == '_' || f[tail] == '#')
            k = 1; /* markdown's emphasis (**（二）全系统**) */
        else if (f[tail] == '(' && scope_extent(f + tail + 1, n - tail - 1)) { /* （含区县）: the scope's reach, closed */
            const char *c = memchr(f + tail, ')', n - tail);
            k = c ? (size_t)(c - (f + tail)) + 1 : 0;
        } else
            k = caption_count_len(f, n, tail); /* a count: 150件, 1,500件, 1.5万件, 一千五百件 */
        if (!k)
            k = caption_year_words_len(f, n, tail); /* 二〇二〇年度 */
        for (size_t w = 0; !k && w < sizeof words / sizeof words[0]; w++)
            if (n - tail >= strlen(words[w]) && memcmp(f + tail, words[w], strlen(words[w])) == 0)
                k = strlen(words[w]);
        if (!k)
            return false;
        tail += k;
    }
    return true;
}

/* Is the folded line F[0, n) a caption: no sentence in it (。 ， ；; a
 * colon may stand, 全系统情况如下： or （单位：件）; a count's thousands
 * comma, 1,500件, is no sentence's)? */
static bool scope_caption_words(const char *f, size_t n)
{
    if (memmem(f, n, "。", 3) || memchr(f, ';', n))
        return false;
    for (const char *c = f; (c = memchr(c, ',', n - (size_t)(c - f))) != NULL; c++)
        if (!thousands_comma(f, n, (size_t)(c - f)))
            return false;
    return true;
}

/* Does a row label of the open table begin the folded text F[0, n)? */
static bool label_leads(const parse_ctx *ctx, const char *f, size_t n)
{
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW && le->table == ctx->table && le->len >= 6 && le->len <= n &&
            memcmp(f, le->text, le->len) == 0)
            return true;
    }
    return false;
}

/* The bytes of a row's number before its label at P (一、 （三） 2. and
 * blanks): how many. */
static uint32_t row_number_bytes(const uint8_t *p, uint32_t n)
{
    static const char *const marks[] = {"、", "（", "）", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "．"};
    uint32_t i = 0;
    for (bool more = true; more && i < n;) {
        more = false;
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '.' || p[i] == '(' || p[i] == ')' || (p[i] >= '0' && p[i] <= '9')) {
            i++, more = true;
            continue;
        }
        for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
            if (n - i >= 3 && memcmp(p + i, marks[m], 3) == 0) {
                i += 3, more = true;
                break;
            }
    }
    return i;
}

/* Does the line [i, le) end in a number (a row's last value; a sentence
 * ends in 。 or a word)? */
static bool ends_in_number(const uint8_t *src, uint32_t i, uint32_t le)
{
    while (le > i && (src[le - 1] == ' ' || src[le - 1] == '\t' || src[le - 1] == '\r'))
        le--;
    if (le > i && src[le - 1] >= '0' && src[le - 1] <= '9')
        return true;
    return le - i >= 3 && src[le - 3] == 0xEF && src[le - 2] == 0xBC && src[le - 1] >= 0x90 && src[le - 1] <= 0x99;
}

/* Is the line [i, le) a number alone (one cell a line)? */
static bool number_line(const uint8_t *src, uint32_t i, uint32_t le)
{
    while (i < le && (src[i] == ' ' || src[i] == '\t'))
        i++;
    bool digit = false;
    for (; i < le; i++)
        if (src[i] >= '0' && src[i] <= '9')
            digit = true;
        else if (src[i] != '.' && src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
            return false;
    return digit;
}

/* row-line : [row-number] row-label ... number NL | [row-number] row-label NL number NL
 * Is the first non-blank line after the line that holds AT a row of the
 * open table (its header not reprinted): a row label of the table
 * beginning it, a value after it on the line or alone on the next? A
 * sentence naming a row (本年度予以公开7件。) is none. */
static bool row_line_follows(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, i = line_end_from(ctx, at);
    while (i < len && (src[i] == '\n' || src[i] == '\r' || src[i] == ' ' || src[i] == '\t'))
        i++;
    uint32_t le = line_end_from(ctx, i);
    uint32_t from = i + row_number_bytes(src + i, le - i), look = le - from;
    if (look > SCOPE_ROW_LOOK) /* a long line: its first words, whole characters */
        for (look = SCOPE_ROW_LOOK; look > 0 && (src[from + look] & 0xC0) == 0x80; look--)
            ;
    char f[SCOPE_ROW_LOOK * 2];
    size_t n = label_fold(src + from, look, f, sizeof f);
    if (n == 0 || n >= sizeof f || !label_leads(ctx, f, n) || full_stop_in(src, i, le))
        return false;
    if (ends_in_number(src, i, le))
        return true;
    uint32_t j = le;
    while (j < len && (src[j] == '\n' || src[j] == '\r'))
        j++;
    return j < len && number_line(src, j, line_end_from(ctx, j));
}

/* The blank or cell delimiter (space, TAB, |, a full-width space U+3000, a
 * no-break space U+00A0: a converted sheet's blank cell is any of them)
 * that ends at SRC[i - 1], no lower than LO: its bytes, 0 when the byte
 * there is of a caption's words. Both multi-byte blanks start with a lead
 * byte, so the bytes read backwards are that character's. */
static uint32_t cell_edge_before(const uint8_t *src, uint32_t lo, uint32_t i)
{
    if (i <= lo)
        return 0;
    uint8_t b = src[i - 1];
    if (b == ' ' || b == '\t' || b == '|')
        return 1;
    if (b == 0xA0 && i - lo >= 2 && src[i - 2] == 0xC2)
        return 2;
    if (b == 0x80 && i - lo >= 3 && src[i - 2] == 0x80 && src[i - 3] == 0xE3)
        return 3;
    return 0;
}

/* ---- a scope caption glued in page text --------------------------------
 *
 * glued-caption : row-value [glue] serial words [glue] (header-word | first-row-label)
 * glue          : { ' ' | TAB | U+3000 | U+00A0 }
 *
 * A crawler's page text glues a table's cells on one line, and a second
 * print's caption with them: …结转下年度继续办理1000001（二）全县汇总情况
 * （本列数据的勾稽关系为…）申请人情况… or, the header not reprinted,
 * …0000000（二）全县汇总情况一、本年新收…. The line is the page, so the
 * caption is no line of its own; it is one only where the language makes
 * it certain: right after the last row's value (glued, or a crawler's
 * blanks), a caption's serial opening it, the scope caption's words
 * (scope_caption_at's tests) and then, nothing else between, a word of
 * that table's header or its first row's label. Anything else is what it
 * was (P019, P014, P125). Cost: asked only in page text at words glued to
 * a value once the table's last row was read; SCOPE_CAPTION_MAX bytes
 * scanned, each character start folded SCOPE_ROW_LOOK bytes at most. */

/* The key of table TBL's first row in either template (row keys run in
 * the templates' order: the least of its row labels'), -1 when none. */
static int table_first_row_key(int tbl)
{
    int key = -1;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW && le->table == tbl && (key < 0 || le->key < key))
            key = le->key;
    }
    return key;
}

/* Does the text at P (N bytes) open the open table: a word of its header
 * (label_header_words: clause captions, header words, column labels) or
 * its first row's label (key FIRST, table_first_row_key: found once by the
 * caller, not at every character) after the row's number (一、本年新收…)? */
static bool table_opens_at(const parse_ctx *ctx, const uint8_t *p, uint32_t n, int first)
{
    char f[SCOPE_ROW_LOOK * 2];
    uint32_t look = n > SCOPE_ROW_LOOK ? SCOPE_ROW_LOOK : n;
    size_t fn = label_fold(p, look, f, sizeof f);
    const short *words;
    int nw = label_header_words(ctx->table, &words);
    for (int w = 0; w < nw; w++) {
        const struct label_entry *le = label_entry_at(words[w]);
        if (le->len <= fn && memcmp(f, le->text, le->len) == 0)
            return true;
    }
    uint32_t num = row_number_bytes(p, look);
    if (num == 0)
        return false; /* a row label glued after a caption keeps its number */
    fn = label_fold(p + num, look - num, f, sizeof f);
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW && le->table == ctx->table && le->key == first && le->len >= 6 && le->len <= fn &&
            memcmp(f, le->text, le->len) == 0)
            return true;
    }
    return false;
}

/* Do the raw tokens read ahead from the caption's first one break at TE
 * (a token ends there, none runs across it)? The caption's tokens are
 * dropped up to TE, so one running across it would take the header's
 * words with it: no caption then. */
static bool raw_break_at(parse_ctx *ctx, uint32_t te)
{
    for (int i = 0; i < RAWQ_CAP; i++) {
        const raw_token *k = raw_peek_at(ctx, i);
        if (k->kind == RT_EOF || k->start >= te)
            return true;
        if (k->end > te)
            return false;
    }
    return false;
}

/* Were the open table's columns taken from an order the report prints
 * and the template does not (P022/P106 seen, 总计 or the 法人 labels read
 * out of the template's order, or that order unsure: a glued header's
 * units out of order, P128)? A flattened page
 * header can be misread so (总计 before 自然人) with rows that still add
 * up; only the doubt a second print's caption leaves on the table (P125)
 * covers its cells then, so the glued caption is not read there. */
static bool table_order_doubted(const parse_ctx *ctx)
{
    return ctx->reorder_seen || ctx->req_top_reordered || ctx->req_org_followed || ctx->req_org_unsure ||
           ctx->req_org_glued.end > ctx->req_org_glued.start || ctx->req_units_glued.end > ctx->req_units_glued.start;
}

/* Is T, glued after the open table's last value in page text, a caption
 * of another scope over the table's second print (glued-caption)? *END,
 * *TEXT_END: the caption's end, before the header's or row's words;
 * *TEXT: its start. */
static bool glued_caption_at(parse_ctx *ctx, const raw_token *t, uint32_t *text, uint32_t *end, uint32_t *text_end)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t s = t->start, len = (uint32_t)ctx->doc->len, k;
    if (s == 0 || !((src[s - 1] >= '0' && src[s - 1] <= '9') || cell_edge_before(src, 0, s)))
        return false; /* not glued to the row's value */
    if (table_order_doubted(ctx))
        return false; /* columns read in a printed order: main's doubt (P125) stays on them */
    if (utf8_digit_len(src + s, src + len))
        return false; /* 2.全区 after 0 0 00 00 0: the serial's digits may be the value's (02.), the cut unsure */
    uint32_t lim = len - s > SCOPE_CAPTION_MAX ? s + SCOPE_CAPTION_MAX : len;
    uint32_t i = s + bld_caption_serial_len(src + s, lim - s), te = 0;
    if (i == s)
        return false; /* a caption glued in a page opens with its serial */
    int first = table_first_row_key(ctx->table);
    while (i < lim && src[i] != '\n' && src[i] != '\r') {
        uint32_t q = i;
        while (q < lim && (k = utf8_blank_len(src + q, src + lim)) != 0)
            q += k;
        if (table_opens_at(ctx, src + q, len - q, first)) {
            te = i;
            break;
        }
        if (q == i)
            q += src[i] < 0x80 ? 1 : src[i] >= 0xF0 ? 4 : src[i] >= 0xE0 ? 3 : 2;
        i = q;
    }
    if (te <= s || te > len)
        return false;
    char f[SCOPE_CAPTION_MAX * 2];
    size_t n = caption_fold(src + s, te - s, f, sizeof f);
    if (n == 0 || n >= sizeof f || memchr(src + s, '\t', te - s) || !scope_caption_words(f, n) ||
        !scope_word_in(f, n) || !scope_tail_only(f, n) || labels_held(ctx, f, n, LK_ROW, 1) > 0 ||
        !raw_break_at(ctx, te))
        return false;
    *text = s;
    *end = te;
    *text_end = te;
    return true;
}

/* Is the line at S, its first token T, a caption of another scope over a
 * second print of the open table (scope-caption)? A caption may stand as
 * a row of the table whose other cells are empty (（二）全县⇥⇥⇥, | （二）全县
 * | | |, a <td colspan> row): one cell of words, no other. *END: the
 * line's end; [*TEXT, *TEXT_END): the caption, its empty cells aside. */
static bool scope_caption_at(parse_ctx *ctx, const raw_token *t, uint32_t *text, uint32_t *end, uint32_t *text_end)
{
    if (ctx->table < 0 || t->kind == RT_SECTION || t->kind == RT_NUMBER || t->kind == RT_NL || t->kind == RT_EOF)
        return false;
    uint32_t s = t->start, le = line_end_from(ctx, s), ls = s, k;
    const uint8_t *src = ctx->doc->src;
    while (!t->bol && (k = cell_edge_before(src, 0, ls)) != 0)
        ls -= k; /* a markdown row's | before the caption's cell, empty cells */
    if (!t->bol && ls > 0 && src[ls - 1] != '\n' && src[ls - 1] != '\r')
        return false; /* words before it: no caption opening the line */
    uint32_t te = le;
    while ((k = cell_edge_before(src, s, te)) != 0)
        te -= k; /* the empty cells after the caption's, blank or of full-width or no-break spaces */
    if (te <= s || te - s > SCOPE_CAPTION_MAX)
        return false;
    if (memchr(src + s, '\t', te - s) || memchr(src + s, '|', te - s))
        return false; /* cells: a line of a table (the header's words after the caption), not a caption alone */
    char f[SCOPE_CAPTION_MAX * 2];
    size_t n = caption_fold(src + s, te - s, f, sizeof f);
    if (n == 0 || n >= sizeof f || !scope_caption_words(f, n) || !scope_word_in(f, n) || !scope_tail_only(f, n) ||
        labels_held(ctx, f, n, LK_ROW, 1) > 0)
        return false;
    if (!table_follows(ctx, ctx->section, s) && !row_line_follows(ctx, s))
        return false;
    *text = s;
    *end = le;
    *text_end = te;
    return true;
}

/* The caption [s, e) as the open section's heading again (scope set): its
 * tokens dropped, the table's scanning begun anew (build_doc.c
 * scope_reopens opens no section: the table is the section's second). */
static int as_scope_caption(parse_ctx *ctx, uint32_t s, uint32_t e, uint32_t consumed, ptok *out)
{
    int id = ctx->section;
    caption_as_section(ctx, s, e, consumed, id, out);
    out->scope = true;
    bool annex = ctx->annex_table;
    enter_section(ctx, id);
    ctx->annex_table = annex;
    return emit(ctx, section_token_kind(id));
}

/* The token of T when its line is a scope-caption (as_scope_caption),
 * else NOT_SCOPE: out of line, the handlers' path stays as it was. */
static __attribute__((noinline, cold)) int scope_caption_token(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (!table_complete(ctx))
        return NOT_SCOPE;
    uint32_t text, end, text_end;
    bool glued = !t->bol && ctx->pagetext && ctx->line.last_tok == NUMBER;
    bool cap = glued ? glued_caption_at(ctx, t, &text, &end, &text_end) : scope_caption_at(ctx, t, &text, &end, &text_end);
    return cap ? as_scope_caption(ctx, text, text_end, end, out) : NOT_SCOPE;
}

/* Does T, a line's first token in a table once a row was read, open a
 * scope-caption? Asked by the handlers of the kinds a caption's first
 * token is (words the table scanner does not know, a run of prose, a
 * sub-heading), not by the hot ones (numbers, row labels): its token,
 * else NOT_SCOPE. */
static inline int scope_caption_maybe(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    /* a line's first token, or its first cell's (| （二）全县 | | |) */
    bool opens = t->bol || (ctx->line.tokens == 0 && ctx->line.delims > 0) ||
                 (ctx->pagetext && ctx->line.last_tok == NUMBER); /* page text: glued after a value */
    return opens && ctx->last_row_key > 0 && ctx->table >= 0 ? scope_caption_token(ctx, t, out) : NOT_SCOPE;
}

/* A run of prose (the scanner's TEXT). In a table section it is a
 * sentence there (TEXT_TABLE_PROSE: never a row label or a value); a
 * markdown heading without a number is a SUBHEAD; an agency line above the
 * title is the TITLE; else a line of a paragraph. */
static EDGE_HANDLER int on_prose_run(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (glued_header_token(ctx, t, true))
        return NO_TOKEN;
    if (__builtin_expect(t->bol && ctx->table >= 0 && table_rows_read(ctx), 0) && foreign_title_line(ctx, t))
        return NO_TOKEN; /* 白沙县…2019年…年度报告 alone in a table: P019 */
    int scope = scope_caption_maybe(ctx, t, out);
    if (scope != NOT_SCOPE)
        return scope;
    set(out, t->start, t->end);
    out->md = t->md_level;
    join_text_pieces(ctx, out);
    uint32_t annex_end = 0;
    int annex = t->bol ? annex_section_at(ctx, out->start, &annex_end) : 0;
    if (annex)
        return as_annex_section(ctx, out->start, annex_end, annex, out);
    int bare = bare_section_title(ctx, t->bol, out->start, out->end);
    if (bare >= 0)
        return as_bare_section(ctx, out->start, out->end, bare, out);
    if (continued_caption(ctx, t->bol, out->start, out->end))
        return as_continued_caption(ctx, out->start, out->end);
    if (ctx->table >= 0) {
        out->text = TEXT_TABLE_PROSE;
        return emit(ctx, TEXT);
    }
    if (t->bol && t->md_level > 0) {
        out->numbering = XXGK_NUM_MARKDOWN;
        out->a_start = out->start;
        out->a_end = ft_title_end(ctx->doc->src, out->start, out->end);
        return emit(ctx, SUBHEAD);
    }
    bool running = false;
    if (!agency_above_title(ctx, t, out, &running))
        return emit(ctx, TEXT);
    if (!running)
        return emit(ctx, TITLE);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_RUNNING_TITLE, (xxgk_span){out->start, out->end});
    return NO_TOKEN;
}

/* ---- numbers and labels ------------------------------------------------------ */

/* The line from [s, e) to its end as one TEXT_TABLE_PROSE token: a
 * sentence in a table section, never a row label or a value. True. */
static bool line_as_prose(parse_ctx *ctx, uint32_t s, uint32_t e, ptok *out)
{
    set(out, s, e);
    const raw_token *n;
    while ((n = raw_peek(ctx))->kind != RT_NL && n->kind != RT_EOF) {
        out->end = out->a_end = n->end;
        raw_drop(ctx, 1);
    }
    out->text = TEXT_TABLE_PROSE;
    delimiters_end(ctx);
    return true;
}

/* sign-off inside a row → page furniture: in table 二 or 三, a line that
 * is all a sign-off's (an agency's name alone, a date alone, or both on
 * one line; with the line under it when that is one too: the name over
 * the date), right after a line of a row (its label or cells) and right
 * before a line that opens with a number (the row's cells going on, one
 * cell a line or TAB-separated), is where a page break printed the
 * report's last lines inside the row: no row label, no value. It is taken
 * out of the row and told at once (P090, build_doc.c bld_signoff_in_row),
 * so the row's cells before and after it are one row. T opens the line at S. */
static int digit_at(const uint8_t *s, uint32_t i, uint32_t e);

static bool number_word_at(const uint8_t *src, uint32_t i, uint32_t len)
{
    uint32_t w = i;
    int l;
    while (i < len && src[i] != '\n' && src[i] != '\r' && src[i] != '\t' && !ft_blank_at(src, i, len, &l)) {
        if ((l = digit_at(src, i, len)))
            i += (uint32_t)l;
        else if (i > w && (src[i] == '.' || src[i] == ','))
            i++;
        else
            return false;
    }
    return i > w;
}

/* The start of the line after the one that holds AT, or the text's end
 * (after its LF: a lone CR is one by now, doc_build_lines). */
static uint32_t next_line_start(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    const uint8_t *nl = memchr(src + at, '\n', len - at);
    return nl ? (uint32_t)(nl - src) + 1 : len;
}

/* The first non-blank character of the line at AT, or the line's end
 * (its LF; a CR LF's CR is the break's, walked over; a lone CR is an LF
 * by now: doc_build_lines). */
static uint32_t line_text_at(const uint8_t *src, uint32_t at, uint32_t len)
{
    int l;
    while (at < len && src[at] != '\n' && (src[at] == '\r' || ft_blank_at(src, at, len, &l)))
        at += src[at] == '\r' ? 1 : (uint32_t)l;
    return at;
}

/* A page's running header of the agency's name and a year (青禾市测试局2023年度,
 * 青禾市测试局 2023年): the agency alone once the year (four digits, 年 or
 * 年度, blanks before it) is cut off its end. */
static bool agency_year_line(const uint8_t *src, uint32_t b, uint32_t e)
{
    static const char nian[] = "年", du[] = "度";
    if (e - b > 3 && memcmp(src + e - 3, du, 3) == 0)
        e -= 3;
    if (e - b < 8 || memcmp(src + e - 3, nian, 3) != 0)
        return false;
    e -= 3;
    for (int k = 0; k < 4; k++)
        if (src[e - 1 - (uint32_t)k] < '0' || src[e - 1 - (uint32_t)k] > '9')
            return false;
    e -= 4;
    if (e > b && src[e - 1] >= '0' && src[e - 1] <= '9')
        return false;
    e = ft_trim_end(src, b, e);
    return e > b && ft_signoff_agency_alone(src, b, e);
}

static bool signoff_in_row(parse_ctx *ctx, const raw_token *t, uint32_t s)
{
    if (!t->bol || ctx->pagetext || !ctx->line.prev_data ||
        (ctx->table != XXGK_TABLE_PROACTIVE && ctx->table != XXGK_TABLE_REQUESTS))
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, at = s, end = 0;
    if (s >= len)
        return false;
    /* a number word must follow the sign-off's line, or its second line:
     * asked first (a few bytes), the sign-off's reading costs more */
    uint32_t le1 = line_end_from(ctx, s);
    if (!number_word_at(src, line_text_at(src, next_line_start(ctx, ft_trim_end(src, s, le1)), len), len)) {
        uint32_t at2 = line_text_at(src, next_line_start(ctx, le1), len);
        if (at2 >= len)
            return false;
        uint32_t e2 = ft_trim_end(src, at2, line_end_from(ctx, at2));
        if (!number_word_at(src, line_text_at(src, next_line_start(ctx, e2), len), len))
            return false;
    }
    for (int k = 0; k < 2 && at < len; k++) {
        uint32_t le = line_end_from(ctx, at), e = ft_trim_end(src, at, le), ae, ds;
        int ymd[3];
        if (e <= at || e - at > 120 ||
            !(ft_signoff_line(src, at, e, &ae, &ds, ymd) || ft_signoff_date_alone(src, at, e, ymd) ||
              ft_signoff_agency_alone(src, at, e) || agency_year_line(src, at, e)))
            break;
        end = e;
        at = line_text_at(src, next_line_start(ctx, le), len);
    }
    if (!end || !number_word_at(src, line_text_at(src, next_line_start(ctx, end), len), len))
        return false;
    bld_signoff_in_row(ctx, span_of(s, end), ctx->table);
    const raw_token *n;
    while ((n = raw_peek(ctx))->kind != RT_EOF && n->start < end)
        raw_drop(ctx, 1);
    delimiters_end(ctx);
    return true;
}

/* NUMBER(19xx|20xx) 年 … at the start of a line of a table section
 * ("2020 年，我单位…"): a sentence that opens with a year, prose
 * (TEXT_TABLE_PROSE), never a value. The line is taken whole. */
static bool year_opens_line(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    if (!t->bol || ctx->table < 0 || t->label || !ft_year_digits(src, t->start, t->end))
        return false;
    const raw_token *n = raw_peek(ctx);
    if (n->kind != RT_CHAR || !ft_is_nian(src, n->start, n->end))
        return false;
    return line_as_prose(ctx, t->start, t->end, out);
}

/* NUMBER inside a line, with no unit (a plain one, scan_plain): a value,
 * and its line a data line. A delimiter read since the last token that
 * was no delimiter (last_delim) stands after the token before this one:
 * its TAB or | lies between them (delim_before). */
static int on_value(parse_ctx *ctx, uint32_t start, uint32_t end, ptok *out)
{
    set(out, start, end);
    out->delim_before = ctx->line.last_delim != 0;
    ctx->line.has_data = true;
    delimiters_end(ctx);
    return emit(ctx, NUMBER);
}

/* ---- a row-number column (序号) ---------------------------------------- */

/* A header cell 序号 (序號, 编号, 編號) first on its line in a table, a
 * cell of its own (a delimiter, the line's end or a label after it)
 * declares a row-number column: the small integer in each row's first
 * cell, before the row's label, is the row's printed number, no value
 * (docs/grammar.md, "Row numbers"). Only the header says so: integers
 * before labels with no such header stay values. */
static bool serial_header_cell(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e)
{
    static const char *const words[] = {"序号", "序號", "编号", "編號"};
    if (!t->bol || ctx->table < 0 || e - s != 6)
        return false;
    const uint8_t *src = ctx->doc->src;
    bool word = false;
    for (size_t i = 0; i < sizeof words / sizeof words[0] && !word; i++)
        word = memcmp(src + s, words[i], 6) == 0;
    if (!word)
        return false;
    const raw_token *n = raw_peek(ctx);
    if (!(n->bol || n->kind == RT_TAB || n->kind == RT_PIPE || n->kind == RT_NL || n->kind == RT_EOF ||
          (n->kind == RT_LABEL && n->start > e)))
        return false;
    ctx->serial_col = true;
    return true;
}

/* The number [s, e), first on its line, in a table whose header declared
 * a row-number column: its row's printed number when it is a small
 * integer (one to three ASCII digits, no leading 0, no unit) and words
 * follow it on its line, in the next cell or after spaces (the row's
 * label). Then it is dropped with the delimiter after it, and the label
 * starts the line. */
static bool serial_label_follows(parse_ctx *ctx, int at, uint32_t e);

/* Does a row's label start at I, after a serial: a CJK character or a
 * bracket or letter opening one (（一）, (1)…), where the lexer read no
 * label (2.其他… is one, its item number no value)? Never a number, nor a
 * cell's mark (-, —, －, /, 无: ft_placeholder; 一 alone: ft_one_dash):
 * 1⇥-⇥-⇥1 is a row's values, its 1 a value, not a serial. */
static bool serial_label_start(const uint8_t *src, uint32_t i, uint32_t len)
{
    uint32_t cp;
    int l = i < len ? utf8_decode(src + i, len - i, &cp) : 0;
    if (!l || ft_placeholder(src, i, i + (uint32_t)l))
        return false;
    uint32_t c = i + (uint32_t)l; /* the cell's end: 一 alone is a dash */
    while (c < len && src[c] != '\t' && src[c] != '|' && src[c] != ' ' && src[c] != '\n' && src[c] != '\r')
        c++;
    if (ft_one_dash(src, i, c))
        return false;
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0xFF08 || cp == '(' ||
           cp == 0x3010 /* 【 */ || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static bool serial_number_cell(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    if (e - s < 1 || e - s > 3 || src[s] == '0')
        return false;
    for (uint32_t i = s; i < e; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    return serial_label_follows(ctx, 0, e);
}

/* Do words follow a serial ending at E, whose own tokens are the AT
 * first peeked, in the next cell or after blanks (the row's label)? Then
 * the serial's tokens are dropped with the delimiter after them, and the
 * label starts the line. */
static bool serial_label_follows(parse_ctx *ctx, int at, uint32_t e)
{
    raw_token *n = raw_peek_at(ctx, at);
    int skip = 0;
    if (!n->bol && (n->kind == RT_TAB || n->kind == RT_PIPE)) {
        skip = 1;
        n = raw_peek_at(ctx, at + 1);
    } else if (n->start == e) {
        return false; /* glued to what follows */
    }
    if (n->bol || !(n->kind == RT_LABEL || n->kind == RT_CHAR || n->kind == RT_TEXT) ||
        (n->kind == RT_CHAR && n->aux == RT_GLUED) ||
        (n->kind != RT_LABEL && !serial_label_start(ctx->doc->src, n->start, (uint32_t)ctx->doc->len)))
        return false;
    n->bol = true;
    raw_drop(ctx, at + skip);
    return true;
}

/* The bracket of a serial at I, '(' or '（' (OPEN) or ')' or '）': its
 * length in bytes, 0 when none is there. */
static uint32_t serial_bracket(const uint8_t *src, uint32_t i, uint32_t len, bool open)
{
    if (i < len && src[i] == (open ? '(' : ')'))
        return 1;
    if (i + 3 <= len && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] == (open ? 0x88 : 0x89))
        return 3;
    return 0;
}

enum { SERIAL_BRACKETED = 1 << 16 }; /* line_serial's form bit: (1), （1） */

/* The integer a row's line at I opens with as its serial, after blanks
 * or a '|': one to three ASCII digits, no leading 0, bare or in brackets
 * ((1), （1）: the value or'ed with SERIAL_BRACKETED, so a run keeps one
 * form), then a TAB, a '|' or blanks, then a word (no digit: values are
 * no label; 2.其他… opens with its item number, not a serial). -1 when
 * the line opens otherwise. */
static int line_serial(const uint8_t *src, uint32_t i, uint32_t len)
{
    while (i < len && (src[i] == ' ' || src[i] == '|'))
        i++;
    uint32_t open = serial_bracket(src, i, len, true);
    i += open;
    int v = 0;
    uint32_t d = i;
    while (i < len && i - d < 4 && src[i] >= '0' && src[i] <= '9')
        v = v * 10 + (src[i++] - '0');
    if (i == d || i - d > 3 || src[d] == '0')
        return -1;
    if (open) {
        uint32_t close = serial_bracket(src, i, len, false);
        if (!close)
            return -1;
        i += close;
        v |= SERIAL_BRACKETED;
    }
    uint32_t g = i;
    while (i < len && (src[i] == ' ' || src[i] == '\t' || src[i] == '|'))
        i++;
    if (i == g || !serial_label_start(src, i, len))
        return -1;
    return v;
}

static uint32_t text_line_after(const parse_ctx *ctx, uint32_t e);

/* Does the serial 1 ending at E open a run: is the first line after its
 * own, among the next few (a label wrapped, a row's values carried to a
 * line of their own), that opens with a serial (line_serial) one that
 * opens with 2? A table with no 序号 header numbers its rows so, 1, 2,
 * 3 … before their labels (docs/grammar.md, "Row numbers"): the run is
 * the proof, never a number before one label alone. FORM is the 1's,
 * bare (0) or SERIAL_BRACKETED: the 2 is printed the same way. */
static __attribute__((noinline)) bool serial_run_opens(const parse_ctx *ctx, uint32_t e, int form)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    uint32_t at = line_end_from(ctx, e);
    for (int lines = 0; lines < 6; lines++) {
        at = text_line_after(ctx, at);
        if (at >= len)
            return false;
        int v = line_serial(src, at, len);
        if (v >= 0)
            return v == (2 | form);
        at = line_end_from(ctx, at);
    }
    return false;
}

/* The rows of the open table read so far: those given a cell
 * (rows_held), each counted once. A label still waiting for its values
 * is not one: it is the row of the number first on the next line, whose
 * label wraps above it (（二）部分公开（区分处理的， then 4⇥只计这一情形…⇥8);
 * nor is 2021's （六）其他处理, a group whose values stand on its sub-rows
 * (21⇥（六）其他处理⇥1.申请人…: one numbered row), while 2019's （六）, a
 * row with its values, is. Asked only at a number first on its line in
 * a run. */
static int rows_read(const parse_ctx *ctx)
{
    int n = 0;
    for (int k = 1; k < XXGK_R__COUNT; k++)
        n += ctx->rows_held[k];
    return n;
}

/* The serial column read from a run (serial_run_opens), no 序号 header:
 * the table has it from here on, told once at its first serial [S, E)
 * (P136), since numbers were set aside that a reader might have taken
 * for values. */
static __attribute__((cold, noinline)) void serial_run_told(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    ctx->serial_col = true;
    ctx->serial_last = 1;
    ctx->serial_rows = rows_read(ctx);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_SERIAL_RUN, (xxgk_span){s, e}, bld_table_numeral(ctx->table));
}

/* The value of the digits [s, e), at most three (line_serial's). */
static int serial_value(const uint8_t *src, uint32_t s, uint32_t e)
{
    int v = 0;
    for (uint32_t i = s; i < e && i - s < 4; i++)
        v = src[i] >= '0' && src[i] <= '9' ? v * 10 + (src[i] - '0') : 1000;
    return v;
}

/* May V be the next serial of the table's column? Any where the header
 * declared it (序号); in a run the serial of this row: the last + 1 when
 * the row after the last serial's own is this one, the last + k when
 * k - 1 rows between stood without a serial of their own (each row has
 * its number: those lost theirs), or 1 where a clause numbers its rows
 * again. Any other number first on a line (a stray 117, a value carried
 * down, a 3 after 2 with a row between: a damaged serial or the row
 * above's value, nothing tells) stays what it reads without the run. */
static bool serial_next(const parse_ctx *ctx, int v)
{
    if (ctx->serial_last == 0 || v == 1)
        return true;
    int rows = rows_read(ctx) - ctx->serial_rows;
    return v == ctx->serial_last + (rows > 1 ? rows : 1);
}

/* V read as a serial: a run's last from here on, with the rows read
 * before its own. */
static bool serial_taken(parse_ctx *ctx, int v)
{
    if (ctx->serial_last) {
        ctx->serial_last = v;
        ctx->serial_rows = rows_read(ctx);
    }
    return true;
}

/* The number [s, e) first on its line: a row's serial, dropped, where
 * the table's header declared its column (序号) or where it is the 1 that
 * opens a run of serials (serial_run_opens): the column is then the
 * table's until it ends. */
static inline __attribute__((always_inline)) bool row_serial(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    if (ctx->serial_col)
        return serial_next(ctx, serial_value(ctx->doc->src, s, e)) && serial_number_cell(ctx, s, e) &&
               serial_taken(ctx, serial_value(ctx->doc->src, s, e));
    if (__builtin_expect(e - s != 1 || ctx->doc->src[s] != '1', 1) || ctx->table < 0 || ctx->pagetext ||
        !serial_run_opens(ctx, e, 0) || !serial_number_cell(ctx, s, e))
        return false;
    serial_run_told(ctx, s, e);
    return true;
}

/* A row's serial in brackets, (1)⇥规章 or （1）⇥规章, whose opening bracket
 * T opens its line in a table: read as the bare serial is (row_serial),
 * in a column the header declared (序号) or one a run (1), (2) … opens
 * (serial_run_opens, the 2 bracketed too): its tokens, the number and
 * the closing bracket, are dropped and the label starts the line. */
static __attribute__((noinline)) bool bracketed_serial(parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, s = t->start;
    if (ctx->pagetext || !serial_bracket(src, s, len, true))
        return false;
    int v = line_serial(src, s, len);
    if (v < 0 || !(v & SERIAL_BRACKETED))
        return false;
    uint32_t e = s + serial_bracket(src, s, len, true);
    while (e < len && src[e] >= '0' && src[e] <= '9')
        e++;
    e += serial_bracket(src, e, len, false);
    int k = 0; /* the serial's tokens after T: its number, its closing bracket */
    while (k < 3 && raw_peek_at(ctx, k)->end <= e && raw_peek_at(ctx, k)->kind != RT_EOF)
        k++;
    if (raw_peek_at(ctx, k)->start < e)
        return false; /* a token runs on over the closing bracket */
    bool run = !ctx->serial_col;
    if (run && ((v & ~SERIAL_BRACKETED) != 1 || !serial_run_opens(ctx, e, SERIAL_BRACKETED)))
        return false;
    if (!run && !serial_next(ctx, v & ~SERIAL_BRACKETED))
        return false;
    if (!serial_label_follows(ctx, k, e))
        return false;
    if (run)
        serial_run_told(ctx, s, e);
    else
        serial_taken(ctx, v & ~SERIAL_BRACKETED);
    return true;
}

static int on_unknown_text(parse_ctx *ctx, const raw_token *t, ptok *out);

/* Has table 二's section printed the 2019 form's 本年增/减 column header,
 * the one column whose numbers are printed with 增/减 as their sign? The
 * filter's own record (ctx->change_col_seen, set as the header's word
 * passes): the builder's columns are set behind it. */
static bool change_column_printed(const parse_ctx *ctx)
{
    return ctx->table == XXGK_TABLE_PROACTIVE && ctx->change_col_seen;
}

/* 增N/减N (the scanner's CHGW UNUM) where no 本年增/减 column is printed
 * (2021's table 二, tables 三 and 四, prose): the word is no sign there
 * but text where a number is due (P009, as any word in a cell), and the
 * digits after it a number of their own. Out of line: such a token is rare. */
static __attribute__((noinline, cold)) int change_word_as_text(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    raw_token num = *t, word = *t;
    bool neg;
    num.start = t->start + (uint32_t)dec_change_word_len(ctx->doc->src + t->start, t->end - t->start, &neg);
    num.bol = false;
    raw_unread(ctx, &num);
    word.kind = RT_CHAR;
    word.end = num.start;
    word.aux = 0;
    word.label = 0;
    return on_unknown_text(ctx, &word, out);
}

static bool row_lacks_value(const parse_ctx *ctx);

/* A number at a line's start with 、 right after it and nothing else on
 * the line (3、): an item number, as no value is written with 、. */
static bool item_number_alone(parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    const raw_token *n = raw_peek(ctx);
    if (n->start != t->end || n->end != n->start + 3 || src[n->start] != 0xE3 || src[n->start + 1] != 0x80 ||
        src[n->start + 2] != 0x81)
        return false;
    for (uint32_t i = t->start; i < t->end; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    const raw_token *a = raw_peek_at(ctx, 1);
    return a->kind == RT_NL || a->kind == RT_EOF;
}

static uint32_t unknown_run_end(parse_ctx *ctx, uint32_t s, uint32_t e);

/* Is [E, S) nothing, or blanks only (' ', U+3000)? */
static bool blanks_only(const uint8_t *src, uint32_t e, uint32_t s)
{
    while (s > e && (src[s - 1] == ' ' || (s >= e + 3 && src[s - 3] == 0xE3 && src[s - 2] == 0x80 && src[s - 1] == 0x80)))
        s -= src[s - 1] == ' ' ? 1 : 3;
    return s == e;
}

/* Does a word at [S, END) stand glued to the digits that end at E:
 * nothing between, or on a line of TABs or | blanks only (148 年⇥: the
 * cell's), and an ideograph first (a separator, a colon, a bracket or a
 * dash is the lexer's and layout's question)? */
static bool word_glued_at(const parse_ctx *ctx, uint32_t e, uint32_t s, uint32_t end)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t cp = 0;
    return (s == e || (ctx->line.delims > 0 && blanks_only(src, e, s))) &&
           utf8_decode(src + s, (size_t)(end - s), &cp) > 0 &&
           ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF));
}

/* Does the run of words from the raw token K on end at a cell's
 * delimiter, a TAB or a | (`148年 |`, one cell a line)? */
static bool word_ends_cell(parse_ctx *ctx, int k)
{
    const raw_token *r;
    while (k < RAWQ_CAP - 1 && !(r = raw_peek_at(ctx, k))->bol && (r->kind == RT_CHAR || r->kind == RT_MARK))
        k++;
    if (k >= RAWQ_CAP - 1)
        return false;
    r = raw_peek_at(ctx, k);
    return !r->bol && (r->kind == RT_TAB || r->kind == RT_PIPE);
}

/* Is SRC[i] the last byte of a digit, ASCII or full-width (０-９)? */
static bool digit_ends_at(const uint8_t *src, uint32_t lo, uint32_t i)
{
    return (src[i] >= '0' && src[i] <= '9') ||
           (i >= lo + 2 && src[i - 2] == 0xEF && src[i - 1] == 0xBC && src[i] >= 0x90 && src[i] <= 0x99);
}

/* Do blanks share a cell on T's line: a cell the file delimits itself
 * (HTML, .docx), or a line that parts two of its values by a TAB or a |
 * (148 2019年⇥-35: a TAB after T with a cell after it, or one before T
 * right after a value's digits)? A line whose values stand apart by
 * blanks alone after its label's delimiter (行政许可⇥396 0 181,
 * | 行政许可 | 396 0 181 |) parts them by those blanks, each number its
 * own cell, as build_blank.c bld_blank_shared reads the clean line. */
static bool blanks_share_cell(const parse_ctx *ctx, const raw_token *t)
{
    if (ctx->cells_delimited)
        return true;
    const uint8_t *src = ctx->doc->src;
    xxgk_span ln = xxgk_doc_line(ctx->doc, t->start);
    for (uint32_t i = t->end; i < ln.end; i++) {
        if (src[i] != '\t' && src[i] != '|')
            continue;
        for (uint32_t j = i + 1; j < ln.end; j++)
            if (src[j] != ' ' && src[j] != '\t' && src[j] != '|' && src[j] != '\r')
                return true; /* a cell after the delimiter */
        break;
    }
    for (uint32_t i = ln.start; i < t->start; i++) {
        if (src[i] != '\t' && src[i] != '|')
            continue;
        uint32_t j = i;
        while (j > ln.start && src[j - 1] == ' ')
            j--;
        if (j > ln.start && digit_ends_at(src, ln.start, j - 1))
            return true; /* a value, then a delimiter */
    }
    return false;
}

/* Does the word run [S, E) (blanks at its end aside) go on with the
 * row's label: the end of the open row's template label (重新出 ⏎
 * 1⇥…⇥1 具已获取信息: a PDF line that wrapped the label over its
 * values), or a heading (四、另见附表情况, a line break lost before it)?
 * Then it is no word of the value's: the number stays read, the words
 * the label's or the text's (P019). */
static bool word_goes_on_label(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    uint32_t cp = 0;
    int l = utf8_decode(src + s, (size_t)(e - s), &cp);
    if (l > 0 && s + (uint32_t)l + 3 <= e && memcmp(src + s + l, "\xE3\x80\x81", 3) == 0 &&
        (cp == 0x4E00 || cp == 0x4E8C || cp == 0x4E09 || cp == 0x56DB || cp == 0x4E94 || cp == 0x516D ||
         cp == 0x4E03 || cp == 0x516B || cp == 0x4E5D || cp == 0x5341))
        return true; /* 四、: a heading's numeral */
    if (e - s < 6 || e - s > 120 || ctx->last_row_key <= 0)
        return false; /* two characters at least: 年 alone is no label's */
    /* folded (label_fold): the tail in either script, as the head is read
     * (重新出 ⏎ …⇥1 具已獲取信息 goes on as 具已获取信息 does) */
    char w[160], lf[256];
    size_t n = label_fold(src + s, e - s, w, sizeof w);
    if (n < 6)
        return false;
    for (int tmpl = 2019; tmpl <= 2021; tmpl += 2) {
        const char *lab = bld_row_label_text(ctx, ctx->last_row_key, tmpl);
        size_t m = lab ? label_fold((const uint8_t *)lab, strlen(lab), lf, sizeof lf) : 0;
        if (m >= n && memcmp(lf + m - n, w, n) == 0)
            return true;
    }
    return false;
}

static int row_columns_known(const parse_ctx *ctx);
static bool cell_run(const uint8_t *src, uint32_t s, uint32_t e);

/* Is a digit, ASCII or full-width, in [S, E)? */
static bool digit_in(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e; i++)
        if ((src[i] >= '0' && src[i] <= '9') ||
            (i + 2 < e && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99))
            return true;
    return false;
}

/* The columns table 二's row on this line has in the template: the
 * report's template's when known and it has the row, else the more of
 * the two years' (行政许可: 2019's three, 2021's one), so that a glued
 * word is merged only where either year's row would overflow; 0 when no
 * row label of table 二 is on the line. (The header's count, ctx->ncols,
 * may be a clause's or half read here.) */
static int proactive_row_most_columns(const parse_ctx *ctx)
{
    if (ctx->line.row_entry < 0 || label_entry_at(ctx->line.row_entry)->kind != LK_ROW)
        return 0;
    int key = label_entry_at(ctx->line.row_entry)->key, cols[8], own = bld_current_template(ctx), most = 0;
    if ((own == 2019 || own == 2021) && xxgk_tpl_has_row(own, key))
        return xxgk_tpl_row_cols(own, key, cols, 8);
    for (int tmpl = 2019; tmpl <= 2021; tmpl += 2) {
        int k = xxgk_tpl_has_row(tmpl, key) ? xxgk_tpl_row_cols(tmpl, key, cols, 8) : 0;
        most = k > most ? k : most;
    }
    return most;
}

/* How a text row's cells would count were the word glued between two
 * numbers at AT a separator that the copy lost (69部3 665: 69部 one cell,
 * 3 the next): the runs after the row label on AT's line that hold a
 * digit or are a mark of an empty cell, up to the first run of words
 * (split at TAB or | where the line has one, else at blanks), plus one
 * for the split; compared with the
 * row's known columns. Negative: the split gives fewer cells than the
 * row has; 0: exactly its count; positive: more (then no separator was
 * lost: the word and the digits after it are one cell). INT_MIN when the
 * row's columns are not known (then never merge: main's reading). */
static int glued_split_excess(parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    int ncols = ctx->table == XXGK_TABLE_PROACTIVE ? proactive_row_most_columns(ctx) : row_columns_known(ctx);
    if (ncols <= 0)
        return INT_MIN;
    struct glued_split_memo *m = &ctx->glued_memo;
    if (at < m->ls || at >= m->le) { /* another line: its bounds and delimiters found once */
        m->ls = line_start_at(src, at);
        m->le = line_end_from(ctx, at);
        m->delimited = memchr(src + m->ls, '\t', m->le - m->ls) || memchr(src + m->ls, '|', m->le - m->ls);
        m->from = UINT32_MAX;
    }
    uint32_t ls = m->ls, le = m->le;
    bool delimited = m->delimited;
    uint32_t i = ctx->line.row_end > ls && ctx->line.row_end <= at ? ctx->line.row_end : ls;
    if (i == m->from)
        return m->runs + 1 - ncols; /* the line's runs from there counted already */
    m->from = i;
    int runs = 0;
    while (i < le) {
        uint32_t j = i, cp = utf8_next(src, &j, le);
        if (j == i)
            j = i + 1; /* a bad byte: one byte, a word's (never stand still on it) */
        bool sep = cp == '\t' || cp == '|' || cp == '\r' || (!delimited && (cp == ' ' || cp == 0x3000));
        if (sep) {
            i = j;
            continue;
        }
        uint32_t s = i;
        while (i < le) {
            j = i;
            cp = utf8_next(src, &j, le);
            if (cp == '\t' || cp == '|' || cp == '\r' || (!delimited && (cp == ' ' || cp == 0x3000)))
                break;
            i = j > i ? j : i + 1;
        }
        if (!digit_in(src, s, i) && !cell_run(src, s, i)) {
            if (runs)
                break; /* words: the next row's label (行政许可 396减3 181 其他对外管理服务事项 10增2 153) or a note */
            continue;  /* the row's own label (| 行政许可 | 396至3 |) */
        }
        runs++;
    }
    m->runs = runs;
    return runs + 1 - ncols;
}

/* A digit at AT (before END), ASCII or full-width (０-９: EF BC 90-99): a
 * copy typed in full-width digits (３９６减３) glues its sign word as one in
 * ASCII digits does. */
static bool sign_digit_at(const uint8_t *src, uint32_t at, uint32_t end)
{
    if (src[at] >= '0' && src[at] <= '9')
        return true;
    return at + 3 <= end && src[at] == 0xEF && src[at + 1] == 0xBC &&
           src[at + 2] >= 0x90 && src[at + 2] <= 0x99;
}

/* The place of 本年增/减 among the row's columns in the 2019 form (1:
 * 上一年项目数量 before it), or -1 when the row has none or is unknown. */
static int change_col_index(const parse_ctx *ctx)
{
    if (ctx->line.row_entry < 0 || label_entry_at(ctx->line.row_entry)->kind != LK_ROW)
        return -1;
    int cols[8], key = label_entry_at(ctx->line.row_entry)->key;
    int n = xxgk_tpl_has_row(2019, key) ? xxgk_tpl_row_cols(2019, key, cols, 8) : 0;
    for (int i = 0; i < n; i++)
        if (cols[i] == XXGK_C_CHANGE)
            return i;
    return -1;
}

/* The runs of digits on WS's line between the row's label and WS, blanks,
 * TABs and | parting them: 396减 3 181 has one (396) before its 减,
 * 396 3减 181 two. */
static int runs_before(const parse_ctx *ctx, uint32_t ws)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = line_start_at(src, ws);
    uint32_t i = ctx->line.row_end > ls && ctx->line.row_end <= ws ? ctx->line.row_end : ls;
    int runs = 0;
    bool in = false, digit = false;
    while (i < ws) {
        uint32_t j = i, cp = utf8_next(src, &j, ws);
        if (j == i)
            j = i + 1;
        if (cp == ' ' || cp == 0x3000 || cp == '\t' || cp == '|') {
            runs += in && digit;
            in = digit = false;
        } else {
            in = true;
            digit |= (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
        }
        i = j;
    }
    return runs + (in && digit);
}

/* Blanks only between the sign word's end WE and the digits at S: 396减 3,
 * the word spaced from its number as change_word_cell reads it; a
 * full-width blank (U+3000, 396减　3) is a blank as ' ' is, a copy typed in
 * full-width spacing. How many bytes of blanks, or -1 when anything else
 * stands between. */
static int sign_gap(const uint8_t *src, uint32_t we, uint32_t s)
{
    for (uint32_t i = we; i < s; i++) {
        if (src[i] == ' ')
            continue;
        if (i + 3 <= s && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80) {
            i += 2;
            continue;
        }
        return -1;
    }
    return (int)(s - we);
}

/* May the sign word at WS, spaced from its digits by GAP blanks, open the
 * change column's value? Glued (12减2): where so split the row has exactly
 * its columns (EXCESS 0). Spaced, only where the word follows the value
 * before 本年增/减 (396减 3 181, never 396 3减 181, whose 181 is
 * 处理决定数量) and: in a TAB or | row, the word and its digits inside one
 * delimited cell whose split fits (396减 3	181); blanks parting the cells,
 * the row counts its columns as printed (EXCESS 1: the split adds none). */
static bool sign_word_fits(const parse_ctx *ctx, uint32_t ws, int gap, int excess)
{
    if (gap == 0)
        return excess == 0;
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = line_start_at(src, ws), le = line_end_from(ctx, ws);
    bool delimited = memchr(src + ls, '\t', le - ls) || memchr(src + ls, '|', le - ls);
    int at = change_col_index(ctx);
    return excess == (delimited ? 0 : 1) && at > 0 && runs_before(ctx, ws) == at;
}

/* 12减2 under the 2019 form's 本年增/减 (the header prints the column): a
 * copy that lost the blank before the column's sign word glues it to the
 * number before, as it glues - in 12-2. The word opens the second number
 * (减2, -2, read by change_word_cell where the column is 本年增/减, P009
 * at the word anywhere else), as - does, never text that swallows the
 * number before it and lets the digits after it into the next column.
 * Only where so split the row has exactly its columns
 * (glued_split_excess, sign_word_fits); the word spaced from its digits
 * (12减 2) only where the word follows the value before 本年增/减 or
 * shares a TAB cell with its digits: 396 3减 181's 减 181 would take the
 * next column. Full-width digits (３９６减３) as ASCII ones.
 * WS: the word's start, glued to the digits that end there. Gives the
 * word and its digits back as one number token (the lexer's CHGW UNUM).
 * Not where the file delimits its cells (HTML, .docx): <td>0减3</td> is
 * one cell that prints an expression, no blank was lost there. */
static bool glued_change_sign(parse_ctx *ctx, uint32_t ws)
{
    const uint8_t *src = ctx->doc->src;
    bool neg = false;
    size_t wl = change_column_printed(ctx) && !ctx->cells_delimited
                    ? dec_change_word_len(src + ws, ctx->doc->len - ws, &neg)
                    : 0;
    if (!wl)
        return false;
    uint32_t we = ws + (uint32_t)wl;
    int k = 0;
    const raw_token *r;
    while (k < RAWQ_CAP - 2 && (r = raw_peek_at(ctx, k))->kind == RT_CHAR && !r->bol && r->end <= we)
        k++;
    r = raw_peek_at(ctx, k);
    int gap = k && r->kind == RT_NUMBER && !r->bol && r->start >= we ? sign_gap(src, we, r->start) : -1;
    if (!k || raw_peek_at(ctx, k - 1)->end != we || gap < 0 || !sign_digit_at(src, r->start, r->end) ||
        !sign_word_fits(ctx, ws, gap, glued_split_excess(ctx, ws)))
        return false; /* 12减少的: no digits after the word; 3减 181: 181 is its own column's */
    raw_token num = *r;
    num.start = ws;
    raw_drop(ctx, k + 1);
    raw_unread(ctx, &num);
    return true;
}

/* The cell OUT, a number and the word glued to it, takes the numbers and
 * words glued on after it (12至2, 2021年12月31日, 1至12月): a range, a
 * date or a period is one cell, never its next number the next column's
 * value nor its next word a cell of its own. */
static void swallow_glued_run(parse_ctx *ctx, ptok *out)
{
    const raw_token *m;
    while (!(m = raw_peek(ctx))->bol && m->start == out->end && (m->kind == RT_NUMBER || m->kind == RT_CHAR)) {
        uint32_t s = m->start, e = m->end;
        bool word = m->kind == RT_CHAR;
        raw_drop(ctx, 1);
        out->end = word ? unknown_run_end(ctx, s, e) : e;
    }
}

/* cell → NUMBER WORD: a word glued to a value's digits that is no unit
 * of it (148年, 148人, 3家, 2391年 as the row's last cell: a count's units
 * and money's are the scanner's, taken into the number) makes the number
 * doubtful (a date's, a sentence's, a misread): the cell is the number's
 * and the word's, a value's place in its row, so that the values after it
 * keep their columns, but no cell (P009 at the word, build_cells.c), as a
 * unit of money under a column of counts is. The last cell is judged as
 * any other. A cell of a line of TABs or | holding a number, blanks and
 * such a number (148 2019年: a paragraph mark lost before a date) is one
 * place too, neither number read, none moved to the next column. A
 * number that opens its line is such a cell only when a TAB or a | ends
 * its word (`148年 |`): else the line is words (2次开庭的申请). Not in
 * page text, where a row's label follows its numbers glued
 * (行政许可2293行政处罚…). OUT is the number's token, T its raw one. */
/* The digits that end [S, E), counted as the tokenizer reads them: an
 * ASCII digit or a full-width one (０-９, EF BC 90-99) each one digit. */
static unsigned trailing_digits(const uint8_t *src, uint32_t s, uint32_t e)
{
    unsigned n = 0;
    for (;;) {
        if (e > s && src[e - 1] >= '0' && src[e - 1] <= '9')
            e--;
        else if (e >= s + 3 && src[e - 3] == 0xEF && src[e - 2] == 0xBC && src[e - 1] >= 0x90 && src[e - 1] <= 0x99)
            e -= 3;
        else
            return n;
        n++;
    }
}

static void glued_word_value(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (ctx->table < 0 || ctx->pagetext || t->label)
        return;
    const uint8_t *src = ctx->doc->src;
    const raw_token *n = raw_peek(ctx);
    int k = 0;
    uint32_t e = t->end;
    if (ctx->line.delims > 0 && n->kind == RT_NUMBER && !n->bol && !n->label && n->start > e &&
        blanks_only(src, e, n->start) && blanks_share_cell(ctx, t)) {
        e = n->end; /* 148 2019年: the second number's word decides */
        n = raw_peek_at(ctx, k = 1);
    }
    if (n->bol || n->kind != RT_CHAR || n->aux == RT_GLUED || !word_glued_at(ctx, e, n->start, n->end))
        return;
    uint32_t ws = n->start, we = n->end;
    /* the number before, given already, in this cell (148 2019年) */
    bool joins = !k && !t->bol && ctx->line.delims > 0 && !ctx->line.last_delim && ctx->line.last_tok == NUMBER &&
                 ctx->row_vals > 0 && ctx->row_last_number && ctx->row_last_end < t->start &&
                 blanks_only(src, ctx->row_last_end, t->start) && blanks_share_cell(ctx, t);
    if (!k && !t->bol && glued_page_header(ctx, ws, false, false)) {
        /* …⇥52青禾市…年度报告: the header glued to two digits or more
         * with no blank: where the value ends and the page's number
         * begins the text cannot tell (5 and page 2, or 52): a value's
         * place, no cell (P130 at the number) */
        if (ws == t->end && trailing_digits(src, t->start, t->end) >= 2) {
            out->word_glued = true;
            out->page_glued = true;
        }
        return; /* …⇥5青禾市…年度报告: a page's header glued on (P081) */
    }
    if (t->bol && !word_ends_cell(ctx, k + 1))
        return; /* 2次开庭的申请 ⏎: a line of words that opens with a number */
    if (word_goes_on_label(ctx, ws, xxgk_doc_line(ctx->doc, ws).end))
        return; /* 1 具已获取信息, 3四、另见附表情况 */
    if (!k && glued_change_sign(ctx, ws))
        return; /* 12减2 of 本年增/减: 12 and -2 */
    raw_drop(ctx, k + 1);
    out->end = unknown_run_end(ctx, ws, we);
    /* 12至2, 2021年2月1, 12减2 where no 本年增/减 is printed: where the row
     * so split would overflow its columns, no separator was lost: what is
     * glued on after the word is the same cell's (a range, a sum, a date),
     * never the next column's value: one place, no cell (P009 at the
     * word). Where the split fits (69部3 665), the digits are the next
     * column's, as before. An HTML or .docx cell is one cell whole. */
    if (ctx->cells_delimited || glued_split_excess(ctx, ws) > 0)
        swallow_glued_run(ctx, out);
    out->word_glued = true;
    out->joins_before = joins;
    ctx->any_joins_before |= joins;
}

/* NUMBER: a value, and its line a data line; or the year of a sentence.
 * A number signed by 增/减 only under a 本年增/减 column (change_word_as_text). */
static EDGE_HANDLER int on_number(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    bool neg = false;
    if (__builtin_expect(ctx->lone_refused_at != 0, 0) && refused_lone_value(ctx, t->start, t->end, t->bol))
        return NO_TOKEN; /* a lone value after a page's header, the row above short: P131 */
    if (__builtin_expect(src[t->start] == 0xE5 || src[t->start] == 0xE6, 0) &&
        dec_change_word_len(src + t->start, t->end - t->start, &neg) && !change_column_printed(ctx))
        return change_word_as_text(ctx, t, out);
    if (__builtin_expect(t->bol && ctx->table >= 0, 0) && signoff_in_row(ctx, t, t->start))
        return NO_TOKEN; /* 2024年1月15日 inside a row: P090 */
    if (__builtin_expect(t->bol && ctx->table >= 0 && table_rows_read(ctx), 0) && t->end - t->start == 4 &&
        src[t->end] == 0xE5 && src[t->end + 1] == 0xB9 && src[t->end + 2] == 0xB4 && foreign_title_line(ctx, t))
        return NO_TOKEN; /* 2018年青禾市…年度报告 alone in a table: P019 */
    if (year_opens_line(ctx, t, out))
        return emit(ctx, TEXT);
    if (t->bol && !t->label && row_serial(ctx, t->start, t->end))
        return NO_TOKEN;
    if (__builtin_expect(t->bol && ctx->table >= 0, 0) && !ctx->pagetext && item_number_alone(ctx, t)) {
        /* 3、 alone on its line: an item number whose label is elsewhere
         * (a label's piece retyped), never a value; but where the row
         * open above still lacks a value it stands in that value's place
         * (a cell printed one a line, its number misread or retyped with
         * 、): a value that is no number (P046), the row's later cells
         * keep their places */
        if (row_lacks_value(ctx)) {
            uint32_t e = raw_peek(ctx)->end;
            raw_drop(ctx, 1);
            int k = on_value(ctx, t->start, e, out);
            out->not_number = true;
            return k;
        }
        raw_token word = *t;
        word.kind = RT_CHAR;
        word.end = raw_peek(ctx)->end;
        word.aux = 0;
        word.label = 0;
        raw_drop(ctx, 1);
        return on_unknown_text(ctx, &word, out);
    }
    int k = on_value(ctx, t->start, t->end, out);
    out->unit = (uint8_t)t->aux;
    out->unit_printed = t->label != 0;
    glued_word_value(ctx, t, out);
    return k;
}

/* Digits with a letter glued to them (11O, 1l026: RT_CHAR with aux
 * RT_GLUED): a value in its row's order, so that the values after it keep
 * their columns, but one that is no number (not_number: P046 where its
 * cell would be; never the digits before the letter). */
/* The end of the digit run (ASCII or full-width: digit_at) at S, before E. */
static uint32_t digits_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    int l;
    while (s < e && (l = digit_at(src, s, e)))
        s += (uint32_t)l;
    return s;
}

/* Does the line of S hold a TAB or a bar (| ｜ │ ┃ ║): cells delimited
 * otherwise than by blanks? One pass over the line, asked only of the rare
 * glued 3 ；1, and its answer held for the line (ctx->delim_line). */
static bool line_has_delimiter(parse_ctx *ctx, uint32_t s)
{
    xxgk_span l = xxgk_doc_line(ctx->doc, s);
    if (ctx->delim_line == l.start + 1)
        return ctx->delim_line_has;
    const uint8_t *src = ctx->doc->src;
    bool has = false;
    for (uint32_t i = l.start; i < l.end && !has; i++)
        has = src[i] == '\t' || src[i] == '|' || (l.end - i >= 3 && utf8_wide_bar(src + i));
    ctx->delim_line = l.start + 1;
    ctx->delim_line_has = has;
    return has;
}

/* Is the gap before S exactly the blank at D (B bytes), no blank before it:
 * the row's delimiter the blank inside 3 ；1 is (规章 3 ；1 12)? Where the
 * cells stand apart by wider gaps (规章  3 ；1  12) the single blank is
 * inside one cell. */
static bool same_blank_before(const uint8_t *src, uint32_t s, uint32_t d, uint32_t b)
{
    if (s < b + 1 || memcmp(src + s - b, src + d, b) != 0)
        return false;
    uint32_t p = s - b;
    return src[p - 1] != ' ' && src[p - 1] != '\t' &&
           !(p >= 3 && src[p - 3] == 0xE3 && src[p - 2] == 0x80 && src[p - 1] == 0x80) &&
           !(p >= 2 && src[p - 2] == 0xC2 && src[p - 1] == 0xA0);
}

/* cell cell → NUMBER CLAUSE_GAP NUMBER: in a row of table 二 or 三 whose
 * cells are apart by blanks (no TAB nor bar on its line; the blank before
 * the token the same one blank), the glued
 * `3 ；1` (lexer.re STOPSEP: digits, one blank, ； or ;, digits) is one
 * number typed with a slip, or two cells, the mark a slip before the
 * second: the layout cannot tell, the row's count can. The first digits
 * are given now (clause_gap), the second put back to be read next;
 * build_row.c rejoin_clause_pair makes them one token again (P046) when
 * the row then has one value more than its columns, else two cells read
 * under P027. Returns whether it split T. */
static bool clause_gap_split(parse_ctx *ctx, const raw_token *t, ptok *out, int *k)
{
    const uint8_t *src = ctx->doc->src;
    if (ctx->pagetext || t->bol || ctx->nrawq >= RAWQ_CAP ||
        (ctx->table != XXGK_TABLE_PROACTIVE && ctx->table != XXGK_TABLE_REQUESTS) ||
        (ctx->line.last_tok != ROW && ctx->line.last_tok != NUMBER))
        return false;
    uint32_t d = digits_end(src, t->start, t->end), m = d, b = utf8_blank_len(src + d, src + t->end);
    if (d == t->start || !b)
        return false;
    m += b;
    if (m < t->end && src[m] == ';')
        m++;
    else if (t->end - m >= 3 && src[m] == 0xEF && src[m + 1] == 0xBC && src[m + 2] == 0x9B) /* ； */
        m += 3;
    else
        return false;
    if (m == t->end || digits_end(src, m, t->end) != t->end || !same_blank_before(src, t->start, d, b) ||
        line_has_delimiter(ctx, t->start))
        return false;
    raw_token second = *t;
    second.kind = RT_NUMBER;
    second.start = m;
    second.aux = XXGK_UNIT_NONE;
    second.label = 0;
    raw_unread(ctx, &second);
    *k = on_value(ctx, t->start, d, out);
    out->clause_gap = true;
    ctx->any_clause_gap = true;
    return true;
}

/* The length of a count's unit word at P before END (件次, 人次, 个, 個,
 * 件, …: lexer.re CNTW), else 0. */
static size_t count_word_len(const uint8_t *p, const uint8_t *end)
{
    static const char *const two[] = {"件次", "人次", "项次", "項次", "条次", "條次", "批次"};
    static const char one[] = "件个個项項条條次份宗起篇笔筆例户戶单單";
    size_t n = (size_t)(end - p);
    for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
        if (n >= 6 && !memcmp(p, two[i], 6))
            return 6;
    for (size_t i = 0; n >= 3 && i + 3 < sizeof one; i += 3)
        if (!memcmp(p, one + i, 3))
            return 3;
    return 0;
}

/* Rule: a unit word glued after a number damaged by a letter (1.S件次,
 * 1.O個, 12.S万元: the scanner's RT_GLUED, lexer.re PTITEM before a unit)
 * or after blanks (12.S 千元, 12.O 人次) is that number's unit: no text of
 * its own (P009, P019) beside P046. Its raw tokens are dropped. */
static void drop_glued_unit(parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src, *end = src + ctx->doc->len;
    uint32_t at = t->end; /* blanks between (1.S 件次), no TAB: a TAB makes a cell */
    while (at < ctx->doc->len && (src[at] == ' ' || (end - (src + at) >= 3 && !memcmp(src + at, "\u3000", 3))))
        at += src[at] == ' ' ? 1 : 3;
    size_t len = count_word_len(src + at, end);
    if (!len && unit_word(src + at, end, &len) == XXGK_UNIT_NONE)
        return;
    uint32_t stop = at + (uint32_t)len;
    for (int k = 0; k < 3; k++) { /* a unit word is a few raw tokens at most */
        const raw_token *n = raw_peek_at(ctx, k);
        if (n->bol || n->kind == RT_EOF || n->start < t->end || n->end > stop || n->end <= n->start)
            return;
        if (n->end == stop) {
            raw_drop(ctx, k + 1);
            return;
        }
    }
}

static EDGE_HANDLER int on_glued_number(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    int k;
    if (__builtin_expect(clause_gap_split(ctx, t, out, &k), 0))
        return k;
    drop_glued_unit(ctx, t);
    k = on_value(ctx, t->start, t->end, out);
    out->not_number = true;
    return k;
}

/* Where a row label starts: first on its line, in a cell of its own
 * (after a delimiter), after its group's label ((三)不予公开 属于国家秘密),
 * or in page text, where rows run together, right after the values of
 * the row before (00550111其他法律…). */
static bool row_starts_here(const parse_ctx *ctx, const raw_token *t)
{
    return t->bol || ctx->line.last_delim || ctx->line.last_tok == GROUP ||
           (ctx->pagetext && ctx->line.last_tok == NUMBER);
}

/* A row label printed without its number (属于国家秘密, the scanner's
 * bare_label_token) names its row only where a row label starts. Inside a
 * line of words it is only words. */
static bool bare_row_starts(const parse_ctx *ctx, const raw_token *t)
{
    return !t->aux || row_starts_here(ctx, t);
}

/* Do the label's words end where it ends: a cell, a value or the line
 * end after it, not more words (其他处 of a group label broken by PDF
 * layout, （六）/其他处/理)? */
static bool label_stands_alone(parse_ctx *ctx)
{
    const raw_token *n = raw_peek(ctx);
    return n->bol || (n->kind != RT_CHAR && n->kind != RT_MARK && n->kind != RT_LABEL &&
                      n->kind != RT_TEXT);
}

/* A column label whose words are also a numbered row's without its
 * number (其他: table 三's column, and 3.其他 of （六）其他处理) is that row
 * where a row label starts, the words stand alone, and the row before it
 * in the template was the last row read (2.申请人逾期未按收费通知…): the
 * sub-rows of a group printed without numbers. Returns the row's entry,
 * or -1. */
static int col_as_bare_row(parse_ctx *ctx, const raw_token *t, int col)
{
    if (!row_starts_here(ctx, t))
        return -1;
    int r = label_bare_row(col, ctx->table);
    if (r < 0)
        return -1;
    const struct label_entry *e = label_entry_at(r);
    return e->text[0] > '1' && ctx->last_row_key == e->key - 1 && label_stands_alone(ctx) ? r : -1;
}

/* Among table 三's rows (its one header stands above them), a column label
 * glued to the words after it (其他处 of the group label （六）其他处理 cut
 * by PDF layout) is those words, not the column: the run is text, or
 * layout when it is a piece of a label. Not in table 二, whose clauses
 * each print a header (本年收费金额（单位：元）) after rows. */
static bool col_in_words(parse_ctx *ctx, const raw_token *t)
{
    if (ctx->table != XXGK_TABLE_REQUESTS)
        return false;
    const raw_token *n = raw_peek(ctx);
    return !n->bol && n->start == t->end && (n->kind == RT_CHAR || n->kind == RT_TEXT);
}

/* Is label entry G a group label of table 三's row ROW: 三、本年度办理结果
 * over （一）…（七） and their sub-rows, （三）不予公开 over （三）1.…8., and
 * so on; （六）其他处理 (a row of its own in 2019) over 2021's （六）1.…3.? */
static bool group_of_row(const struct label_entry *g, int row)
{
    if (g->table != XXGK_TABLE_REQUESTS)
        return false;
    /* a group label has no key, and no variant: its own text names it */
    const char *d = g->kind == LK_GROUP ? g->display : label_entry_at(g->canon)->display;
    if (g->kind == LK_GROUP && strncmp(d, "三、", strlen("三、")) == 0)
        return row >= XXGK_R_GRANTED && row <= XXGK_R_HANDLED_TOTAL;
    const char *numeral = xxgk_tpl_row_group(row);
    return *numeral && (g->kind == LK_GROUP || g->key == XXGK_R_OTHER) &&
           strncmp(d, numeral, strlen(numeral)) == 0;
}

/* May a group label follow a row label ending at END: after blanks and a
 * delimiter, （ ( or 三 (（三）不予公开, 三、本年度办理结果, （六）其他处理)?
 * One look at the bytes, so that a row with its numbers next is not
 * read ahead through the raw queue. */
static inline bool group_may_follow(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *p = ctx->doc->src + end; /* NUL-terminated */
    while (*p == '\t' || *p == ' ' || *p == '|')
        p++;
    return *p == '(' || (*p == 0xEF && p[1] == 0xBC && p[2] == 0x88) || (*p == 0xE4 && p[1] == 0xB8 && p[2] == 0x89);
}

/* TEXT [delimiter] （六）其他处理 [delimiter] NUMBER on one line: words in a
 * row label's place, then 2021's group label of （六） (a table whose group
 * column stands right of its sub-rows'), then numbers. */
static bool other_right_of_words(parse_ctx *ctx, const raw_token *t)
{
    if (t->bol || ctx->line.last_tok != TEXT)
        return false;
    const raw_token *n = raw_peek(ctx);
    if (!n->bol && (n->kind == RT_TAB || n->kind == RT_PIPE))
        n = raw_peek_at(ctx, 1);
    return !n->bol && n->kind == RT_NUMBER;
}

/* ROW [delimiter] GROUP … on one line: a group label printed after the
 * label of a row in it (a table whose group column stands right of its
 * sub-rows' column, 1.属于国家秘密⇥（三）不予公开⇥31…) is still the row's
 * group: a row's label is the set of its label cells, whichever comes
 * first. The group's label is taken with the row's (the raw tokens
 * dropped), so the numbers after it are the row's, and （六）其他处理 there
 * is 2021's group, never 2019's row. */
static void __attribute__((noinline, cold)) take_groups_after_row(parse_ctx *ctx, int row)
{
    for (;;) {
        const raw_token *n = raw_peek(ctx);
        int skip = n->kind == RT_TAB || n->kind == RT_PIPE;
        const raw_token *g = skip ? raw_peek_at(ctx, 1) : n;
        if (g->bol || g->kind != RT_LABEL)
            return;
        int i = label_for_table(label_entry_at(g->label)->match, ctx->table);
        if (i < 0 || !group_of_row(label_entry_at(i), row))
            return;
        raw_drop(ctx, skip + 1);
    }
}

/* Does the text after END (blanks, one delimiter, blanks) open with the
 * first bytes of the label T (at most eight)? One look at the bytes, so
 * that a row with its numbers next is not read ahead through the raw
 * queue. */
static inline bool copy_opens_after(const parse_ctx *ctx, uint32_t end, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src, *p = src + end; /* NUL-terminated */
    while (*p == ' ')
        p++;
    if (*p == '\t' || *p == '|')
        p++;
    while (*p == ' ')
        p++;
    uint32_t n = t->end - t->start < 8 ? t->end - t->start : 8;
    for (uint32_t i = 0; i < n; i++)
        if (p[i] != src[t->start + i])
            return false; /* (the NUL ends the text: it differs) */
    return true;
}

/* ROW [delimiter] ROW … on one line, both labels of the same row: one
 * label. A label merged over the cells of a row's label area, written
 * out into each cell it covers (a CMS or a spreadsheet's export "unmerged":
 * 一、本年新收…⇥一、本年新收…⇥108…), is the row's label once, and the
 * numbers after the last copy are the row's. The copies are dropped as
 * layout; the row stands at its first. Called when the bytes after T
 * open T's text again. */
static uint32_t take_label_copies(parse_ctx *ctx, const raw_token *t, int key)
{
    uint32_t end = t->end;
    do {
        const raw_token *n = raw_peek(ctx);
        int skip = n->kind == RT_TAB || n->kind == RT_PIPE;
        const raw_token *g = skip ? raw_peek_at(ctx, 1) : n;
        if (n->bol || g->bol || g->kind != RT_LABEL)
            break;
        int i = label_for_table(label_entry_at(g->label)->match, ctx->table);
        if (i < 0 || label_entry_at(i)->kind != LK_ROW || label_entry_at(i)->key != key)
            break;
        end = g->end;
        raw_drop(ctx, skip + 1);
    } while (copy_opens_after(ctx, end, t));
    return end;
}

/* The line break that ends a line holding only blanks and delimiters
 * from END on, or NULL (a value, a word, the end of the text after). */
static const uint8_t *blank_to_line_end(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *p = ctx->doc->src + end; /* NUL-terminated */
    while (*p == ' ' || *p == '\t' || *p == '|')
        p++;
    return *p == '\n' || *p == '\r' ? p : NULL;
}

/* Is the row label T first on its line, but for its group labels? */
static inline bool row_opens_line(const parse_ctx *ctx, const raw_token *t)
{
    return t->bol || (ctx->line.last_tok == GROUP && !ctx->line.has_data);
}

/* The line after the line break at P opens with a number (past blanks
 * and delimiters; ASCII or full-width digits)? */
static bool numbers_open_next_line(const uint8_t *p)
{
    p += p[0] == '\r' && p[1] == '\n' ? 2 : 1; /* NUL-terminated */
    while (*p == ' ' || *p == '\t' || *p == '|')
        p++;
    return (*p >= '0' && *p <= '9') || (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99);
}

/* ROW [delimiters] NL, first on its line but for its group labels, where
 * the line after opens with the same text up to the label's end, or right
 * after a line of the same row: a label merged down over two rows of which
 * one is blank (a grid writes a label into each row it covers: a page's
 * rowspan, a .docx's vMerge) is one label, and the row is the line that
 * holds its numbers. The blank line's row is layout: its tokens are
 * dropped to its line break, which is taken too. END: the end of the
 * label's last copy on the line (take_label_copies). */
static bool blank_label_line(parse_ctx *ctx, const raw_token *t, uint32_t end, int key)
{
    const uint8_t *src = ctx->doc->src, *p = blank_to_line_end(ctx, end);
    if (!p)
        return false;
    if (ctx->last_row_key == key && numbers_open_next_line(p))
        return false; /* the row printed again, its numbers below it: a copy, not layout (P014) */
    if (ctx->last_row_key != key) {
        const uint8_t *q = p + (p[0] == '\r' && p[1] == '\n' ? 2 : 1);
        while (*q == ' ')
            q++;
        if (*q != src[t->start] && !(t->start > 0 && src[t->start - 1] != '\n' && src[t->start - 1] != '\r'))
            return false; /* the next line opens otherwise (a quick look for a label first on its line) */
        uint32_t a = t->start;
        while (a > 0 && src[a - 1] != '\n' && src[a - 1] != '\r')
            a--;
        while (src[a] == ' ')
            a++;
        p += p[0] == '\r' && p[1] == '\n' ? 2 : 1;
        while (*p == ' ')
            p++;
        for (uint32_t i = 0; a + i < t->end; i++)
            if (p[i] != src[a + i])
                return false; /* (the NUL ends the text: it differs) */
    }
    for (;;) {
        const raw_token *n = raw_peek(ctx);
        if (n->kind != RT_TAB && n->kind != RT_PIPE && n->kind != RT_NL)
            return true;
        bool nl = n->kind == RT_NL;
        raw_drop(ctx, 1);
        if (nl)
            return true;
    }
}

/* A number right after END (one blank or delimiter between at most): the
 * row's values, no copy of its label (one look at two bytes, so that most
 * rows pay nothing more). */
static inline bool number_after(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *p = ctx->doc->src + end; /* NUL-terminated */
    p += *p == '\t' || *p == ' ';
    return *p >= '0' && *p <= '9';
}

/* After the row label T, past blanks and delimiters: the line's end or
 * T's first byte again? Else (a number, a word) T has no copy and its
 * line is not blank. */
static bool copy_or_blank_after(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src, *p = src + t->end; /* NUL-terminated */
    while (*p == ' ' || *p == '\t' || *p == '|')
        p++;
    return *p == '\n' || *p == '\r' || *p == src[t->start];
}

/* The row label T's copies (take_label_copies, blank_label_line): true
 * when its line is layout; *END the end of its last copy on the line. */
static bool __attribute__((noinline)) label_copies(parse_ctx *ctx, const raw_token *t, int key, uint32_t *end)
{
    if (!copy_or_blank_after(ctx, t))
        return false;
    if (copy_opens_after(ctx, t->end, t))
        *end = take_label_copies(ctx, t, key);
    return row_opens_line(ctx, t) && blank_label_line(ctx, t, *end, key);
}

/* Bytes of one footnote-mark character at P: a superscript digit (the
 * HTML reader writes a <sup>'s digits after a label so: 行政复议¹), a
 * circled number ①-⑳, ※ † ‡ ＊, or one asterisk (never a run: **
 * is markdown's bold); else 0. */
static int header_mark_char(const uint8_t *p, const uint8_t *lim)
{
    if (p < lim && *p == '*')
        return lim - p >= 2 && p[1] == '*' ? 0 : 1;
    if (lim - p >= 2 && p[0] == 0xC2 && (p[1] == 0xB9 || p[1] == 0xB2 || p[1] == 0xB3))
        return 2;
    if (lim - p < 3)
        return 0;
    if (p[0] == 0xE2 && ((p[1] == 0x81 && (p[2] == 0xB0 || (p[2] >= 0xB4 && p[2] <= 0xB9))) || /* ⁰ ⁴-⁹ */
                         (p[1] == 0x91 && p[2] >= 0xA0 && p[2] <= 0xB3) ||                     /* ①-⑳ */
                         (p[1] == 0x80 && (p[2] == 0xBB || p[2] == 0xA0 || p[2] == 0xA1))))    /* ※ † ‡ */
        return 3;
    return p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8A ? 3 : 0; /* ＊ */
}

/* The end of a footnote mark right after a header's label at E (no blank
 * between): 注 or 註 maybe, then mark characters (header_mark_char), or
 * 注 and one or two digits (注1); the cell ends after it (a blank, a
 * delimiter, the line's end). Else E. */
static uint32_t header_mark_end(const parse_ctx *ctx, uint32_t e)
{
    const uint8_t *src = ctx->doc->src, *lim = src + ctx->doc->len, *p = src + e;
    bool zhu = lim - p >= 3 && ((p[0] == 0xE6 && p[1] == 0xB3 && p[2] == 0xA8) || (p[0] == 0xE8 && p[1] == 0xA8 && p[2] == 0xBB));
    p += zhu ? 3 : 0;
    const uint8_t *m = p;
    for (int l; (l = header_mark_char(p, lim)) > 0;)
        p += l;
    if (p == m && !zhu && lim - p >= 6 && p[0] == 0xE2 &&
        ((p[1] == 0x81 && p[2] == 0xBD) || (p[1] == 0x82 && p[2] == 0x8D))) {
        /* a raised or lowered mark of a few characters as the page and
         * .docx readers write one: ⁽注⁾ ⁽a⁾ ₍1₎ (up to 8 characters) */
        uint8_t close = p[1] == 0x81 ? 0xBE : 0x8E;
        const uint8_t *q = p + 3;
        for (int chars = 0; q < lim && chars <= 8; chars++) {
            if (lim - q >= 3 && q[0] == 0xE2 && q[1] == p[1] && q[2] == close)
                break;
            if (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '|')
                return e;
            q++;
            while (q < lim && (*q & 0xC0) == 0x80)
                q++;
        }
        if (lim - q < 3 || q == p + 3 || !(q[0] == 0xE2 && q[1] == p[1] && q[2] == close))
            return e;
        p = q + 3;
    }
    if (p == m && zhu)
        while (p < lim && p - m < 2 && *p >= '0' && *p <= '9')
            p++;
    if (p == m || (p < lim && *p == '*'))
        return e;
    bool cell_end = p == lim || *p == ' ' || *p == '\t' || *p == '|' || *p == '\n' || *p == '\r' ||
                    (lim - p >= 3 && ((p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ||  /* U+3000 */
                                      utf8_wide_bar(p))); /* a wide bar */
    return cell_end ? (uint32_t)(p - src) : e;
}

/* A table's header, column label or clause caption with a footnote mark
 * raised over its last character (行政复议¹, 结果维持注①, 申请人情况<sup>1</sup>
 * in a page): the header is the label without the mark, told with P078
 * at the mark; the mark's tokens are taken (never text where a number is
 * expected, P009, nor P019). Only when the mark's tokens end with it. */
static void header_mark(parse_ctx *ctx, const raw_token *t, int entry, int code)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t m = header_mark_end(ctx, t->end);
    if (m == t->end)
        return;
    int n = 0;
    /* a mark of up to 8 characters and its brackets: 10 tokens at most */
    for (const raw_token *r; n < 12 && (r = raw_peek_at(ctx, n))->start < m; n++)
        if (r->bol || r->end > m || r->kind == RT_NL || r->kind == RT_EOF || r->kind == RT_LABEL)
            return;
    if (n == 12 || n == 0)
        return;
    raw_drop(ctx, n);
    /* a label spanning rows is in the text once a row (自然人, 结果维持 of a
     * rowspan): one note for the page's one mark */
    uint32_t at, other;
    doc_shown(ctx->doc, t->end, &at);
    for (const xxgk_diag *d = ctx->doc->diags; d; d = d->next)
        if (d->code == code && (doc_shown(ctx->doc, d->span.start, &other), other == at))
            return;
    char mark[40];
    size_t l = m - t->end < sizeof mark - 1 ? m - t->end : sizeof mark - 1;
    memcpy(mark, src + t->end, l);
    mark[l] = 0;
    xxgk_doc_add_diag(ctx->doc, code, (xxgk_span){t->end, m}, mark, label_entry_at(entry)->display);
}

/* The cheap trigger, asked of every header label: the bytes after it open
 * a mark (header_mark_char's, 注's, 註's); a cell's end or other text after
 * the label is none. */
static inline bool header_mark_maybe(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *p = ctx->doc->src + t->end, *lim = ctx->doc->src + ctx->doc->len;
    if (p >= lim)
        return false;
    switch (*p) {
    case '*': return true;
    case 0xC2: case 0xEF: return header_mark_char(p, lim) > 0;
    case 0xE2: /* or a raised (lowered) mark's bracket: ⁽ ₍ */
        return header_mark_char(p, lim) > 0 ||
               (lim - p >= 3 && ((p[1] == 0x81 && p[2] == 0xBD) || (p[1] == 0x82 && p[2] == 0x8D)));
    case 0xE6: return lim - p >= 3 && p[1] == 0xB3 && p[2] == 0xA8; /* 注 */
    case 0xE8: return lim - p >= 3 && p[1] == 0xA8 && p[2] == 0xBB; /* 註 */
    default: return false;
    }
}

static bool foreign_row_label(parse_ctx *ctx, const raw_token *t, uint32_t e);

/* 合计 (entry I), a column word of table 三's header only: first on a
 * line after the table's rows began it is a row label the template lacks
 * (a sum row), never the 小计 of a header read again. */
static bool heji_as_row(parse_ctx *ctx, const raw_token *t, int i)
{
    const struct label_entry *e = label_entry_at(i);
    return e->key == XXGK_C_LEGAL_SUBTOTAL && e->variant && t->bol && foreign_row_label(ctx, t, t->end);
}

/* LABEL: its role in the current table (CLAUSE, HEAD, COL, GROUP, ROW; a
 * row label makes its line a data line). A label that means nothing in
 * this table (a label of another table) is only text here, and
 * so is a row's words without its number where no row label starts. */
/* Does a row's value or the cell's end follow at p: a delimiter, the line
 * end, digits (a number glued to the unit), or after blanks a mark of an
 * empty cell alone? */
static bool value_follows(const uint8_t *src, uint32_t p, uint32_t len)
{
    while (p < len && src[p] == ' ')
        p++;
    if (p >= len || src[p] == '\t' || src[p] == '|' || src[p] == '\r' || src[p] == '\n' ||
        (src[p] >= '0' && src[p] <= '9'))
        return true;
    if (len - p >= 3 && src[p] == 0xEF && src[p + 1] == 0xBC && src[p + 2] >= 0x90 && src[p + 2] <= 0x99)
        return true;
    /* a mark of an empty cell (— / 无) alone: the row's first cell printed
     * empty (数量（件） — — — — — 6 6) */
    uint32_t q = p;
    while (q < len && src[q] != ' ' && src[q] != '\t' && src[q] != '\n' && src[q] != '\r' && src[q] != '|' &&
           !(len - q >= 3 && src[q] == 0xE3 && src[q + 1] == 0x80 && src[q + 2] == 0x80))
        q++;
    return q > p && ft_placeholder(src, p, q);
}

/* row label (unit) → row (table 二, and table 三's counts: 一、本年新收…
 * 数量（件）⇥6⇥…): a unit in brackets right after a row
 * label (行政许可（件）⇥412, 行政事业性收费（元）⇥125000) is the row's unit,
 * not text where its number should be: a count's (件 项 个), or a unit of
 * money after the fee row, the value after it. Taken with the label (OUT's
 * unit, unit_printed); the builder reads the words again for their place
 * and sets them against the clause's columns (a count's after the fees of
 * 2021, whose column is money: P009). A unit of money after another row
 * (行政许可（元）) is left as text: P009, its row gets no number. */
static __attribute__((noinline)) void row_unit_read(parse_ctx *ctx, const raw_token *t, int row, ptok *out)
{
    const uint8_t *src = ctx->doc->src, *word;
    uint32_t len = (uint32_t)ctx->doc->len, at = t->end;
    while (at < len && src[at] == ' ')
        at++;
    if (at >= len || (src[at] != 0xEF && src[at] != 0xE3 && src[at] != '(' && src[at] != '['))
        return; /* no opening bracket after the blanks */
    uint32_t lim = len - at > UNIT_STMT_MAX ? at + UNIT_STMT_MAX : len;
    size_t wlen, slen;
    int u = unit_after_label(src + at, src + lim, &word, &wlen, &slen);
    if (u == XXGK_UNIT_NONE || (u != UNIT_COUNT && row != XXGK_R_FEES))
        return;
    uint32_t se = at + (uint32_t)slen;
    if (!value_follows(src, se, len))
        return;
    /* the statement's raw tokens end where it ends */
    int n = 0;
    for (;; n++) {
        if (n >= RAWQ_CAP - 1)
            return;
        const raw_token *r = raw_peek_at(ctx, n);
        if (r->bol || r->kind == RT_NL || r->kind == RT_EOF || r->start >= se || r->end > se)
            return;
        if (r->end == se)
            break;
    }
    raw_drop(ctx, n + 1);
    out->unit = (uint8_t)u;
    out->unit_printed = true;
    /* the row's cells begin after the unit (spaced_split_fits counts
     * them from here: 数量（件） 7 1 — 1 — — 9) */
    if (ctx->line.row_end == t->end)
        ctx->line.row_end = se;
}

/* The cheap trigger of row_unit_read: an opening bracket's first byte ( [
 * （ ［ 【, or a blank, right after the label; most labels have a TAB. */
static __attribute__((noinline)) void row_unit_after(parse_ctx *ctx, const raw_token *t, int row, ptok *out)
{
    if (t->end >= ctx->doc->len)
        return;
    uint8_t b = ctx->doc->src[t->end];
    if (b == 0xEF || b == 0xE3 || b == '(' || b == '[' || b == ' ')
        row_unit_read(ctx, t, row, out);
}

/* Bytes of the item-number mark at P that starts a label: the marks the
 * numbered row labels are read with (item_number_digit: . 、 ． ) ）)
 * and a word, not a digit or a blank, after it (5.属于…, 4、保护…,
 * 3）其他); else 0. */
static uint32_t item_mark_at(const uint8_t *src, uint32_t len, uint32_t p)
{
    uint32_t m = p < len && (src[p] == '.' || src[p] == ')') ? 1
                 : len - p >= 3 && src[p] == 0xE3 && src[p + 1] == 0x80 && src[p + 2] == 0x81 ? 3 /* 、 */
                 : len - p >= 3 && src[p] == 0xEF && src[p + 1] == 0xBC && (src[p + 2] == 0x8E || src[p + 2] == 0x89)
                     ? 3 /* ． ） */
                     : 0;
    return m && p + m < len && src[p + m] >= 0x80 ? m : 0;
}

/* The end of the numbers right after AT on its line: digits, blanks
 * (TAB, space, U+3000), the marks inside a number (. , -) and |. It stops
 * before the next label's item number (item_mark_at): page text glues it
 * to the numbers (…00000004.保护第三方合法权益), and the digit before the
 * mark is that label's, not a cell's; digits standing apart (⇥12.其他,
 * ⇥3.其他) are the item number whole. Other forms ((3) （3） ③) stop it
 * as any word does. */
static uint32_t numbers_end(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = ctx->doc->len, start = at;
    for (;;) {
        if (at < len && src[at] >= '0' && src[at] <= '9') {
            uint32_t d = at;
            while (d < len && src[d] >= '0' && src[d] <= '9')
                d++;
            if (item_mark_at(src, len, d)) {
                bool apart = at == start || src[at - 1] == ' ' || src[at - 1] == '\t' || src[at - 1] == 0x80;
                return apart && d - at <= 2 ? at : d - 1;
            }
            at = d;
        } else if (at < len && (src[at] == ' ' || src[at] == '\t' || src[at] == '.' || src[at] == ',' ||
                                src[at] == '-' || src[at] == '|'))
            at++;
        else if (len - at >= 3 && src[at] == 0xE3 && src[at + 1] == 0x80 && src[at + 2] == 0x80)
            at += 3;
        else
            return at;
    }
}

/* Only blanks (space, TAB, U+3000) from FROM up to TO? */
static bool blanks_between(const uint8_t *src, uint32_t from, uint32_t to)
{
    while (from < to) {
        if (src[from] == ' ' || src[from] == '\t')
            from++;
        else if (to - from >= 3 && src[from] == 0xE3 && src[from + 1] == 0x80 && src[from + 2] == 0x80)
            from += 3;
        else
            return false;
    }
    return true;
}

/* Is [FROM, TO) a lone 一 (U+4E00) with nothing but blanks (blanks_between:
 * spaces, TABs, U+3000) around it? */
static bool one_between(const uint8_t *src, uint32_t from, uint32_t to)
{
    for (;;) {
        if (to > from && (src[to - 1] == ' ' || src[to - 1] == '\t'))
            to--;
        else if (to - from >= 3 && src[to - 3] == 0xE3 && src[to - 2] == 0x80 && src[to - 1] == 0x80)
            to -= 3;
        else
            break;
    }
    return to - from >= 3 && src[to - 3] == 0xE4 && src[to - 2] == 0xB8 && src[to - 1] == 0x80 &&
           blanks_between(src, from, to - 3);
}

/* Does the row label before end where the bare label at T starts, but for
 * blanks? Its token may end before its printed words do (a shortened
 * label read by its first words, 1.申请人无|正当理由逾期不补正): words between
 * that go on with the template's own words of that row are the label's
 * yet; any other words (及, （…除外）) are the first row's text. */
static bool label_ends_at(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t from = ctx->line.row_end, to = t->start;
    while (to > from && (src[to - 1] == ' ' || src[to - 1] == '\t'))
        to--;
    if (blanks_between(src, from, to))
        return true;
    /* 一 alone between them, the numeral one an IME types for a dash: the
     * first row's empty cell, or what stands where its cells and the
     * second's item number were (4.保护第三方合法权益 一属于三类内部事务信息);
     * blanks around it are spaces, TABs or U+3000 (full-width) alike */
    if (one_between(src, from, to))
        return true;
    const char *text = label_entry_at(ctx->line.row_entry)->display;
    return memmem(text, strlen(text), src + from, to - from) != NULL;
}

/* row → ROW COL-as-bare-row: a column label whose words are also a
 * numbered row's without its number (其他, 3.其他 of 2021's （六）; as
 * col_as_bare_row) run on from the row label before it, that row the one
 * before it in the template (2.申请人逾期未按收费通知…⇥其他), and standing
 * alone (a cell, a number or the line end after it): the next row's
 * label, its number lost. Elsewhere 其他 is words or a column. The row's
 * entry, or -1. */
static int col_run_on_row(parse_ctx *ctx, int col)
{
    int r = label_bare_row(col, ctx->table);
    if (r < 0)
        return -1;
    const struct label_entry *e = label_entry_at(r);
    return ctx->last_row_key == e->key - 1 && label_stands_alone(ctx) ? r : -1;
}

/* A row label of this table printed without its item number (entry I,
 * where no row label starts) right after another row's label on the
 * line, nothing but blanks between and no number: two rows' labels run
 * together, their item number lost (2.其他法律行政法规禁止公开危及“三安全一稳定”⇥0…,
 * page text's 4.无正当理由大量反复申请要求行政机关确认…0000000). The line's
 * numbers, if any, are read as the first row's, as before, but they may
 * be the second's: P083 over the label and the numbers after it, so their
 * cells carry it. The words go on as before (layout), so the second row
 * is missing (P015). Other words between (2.重复申请及要求提供公开出版物,
 * 2.重复申请（要求提供公开出版物除外）) make the label part of the first row's
 * own words, no second row's label. A third label run on after the
 * second counts from the second's end. */
static bool run_on_row_label(parse_ctx *ctx, const raw_token *t, int i)
{
    const struct label_entry *e = label_entry_at(i);
    if (ctx->line.last_tok != ROW || !label_ends_at(ctx, t))
        return false;
    if (e->kind == LK_COL) {
        i = col_run_on_row(ctx, i);
        if (i < 0)
            return false;
        e = label_entry_at(i);
    } else if (!t->aux || e->kind != LK_ROW || e->key == ctx->last_row_key)
        return false;
    ctx->line.row_end = t->end;
    ctx->line.row_entry = i;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_ROW_LABEL_RUN_ON, (xxgk_span){t->start, numbers_end(ctx, t->end)},
                      e->display);
    return true;
}

/* Is entry E one of table 三's top-level rows or groups printed without
 * its numbering (labels.def's ~ variants 予以公开, 本年度办理结果, 其他处理:
 * folded text starting neither with "(" nor a digit nor 一.)? */
static bool unnumbered_requests_label(const struct label_entry *e)
{
    if (e->table != XXGK_TABLE_REQUESTS || (e->kind != LK_ROW && e->kind != LK_GROUP))
        return false;
    const char *x = e->text;
    return x[0] != '(' && !(x[0] >= '0' && x[0] <= '9') && !((unsigned char)x[0] >= 0x80 && x[3] == '.');
}

/* The item number of entry E's row or group in the template: 3 for
 * 3.危及…, 1 for （一）予以公开 and its bare 予以公开, 7 for （七）总计. */
static int entry_item_number(const struct label_entry *e)
{
    if (e->text[0] >= '1' && e->text[0] <= '9' && e->text[1] == '.')
        return e->text[0] - '0';
    const char *d = label_entry_at(e->canon)->display;
    return numeral_first((const uint8_t *)d, (const uint8_t *)d + strlen(d));
}

/* An unnumbered label of table 三 (unnumbered_requests_label) names its
 * row only where a row label starts and the label ends its cell: the line
 * ends after it, or a delimiter (TAB, |, two blanks or more) or a number
 * follows. Running on into words (予以公开的申请均在法定期限内答复,
 * 本年度办理结果如下：, 其他处理情况：无) it is the first words of a
 * sentence: prose, as it was before the variants. */
static bool unnumbered_label_ends_cell(parse_ctx *ctx, const raw_token *t)
{
    if (!row_starts_here(ctx, t))
        return false;
    const raw_token *n = raw_peek(ctx);
    if (n->bol || n->kind == RT_NL || n->kind == RT_EOF || n->kind == RT_TAB || n->kind == RT_PIPE ||
        n->kind == RT_NUMBER)
        return true;
    return n->start >= t->end + 2; /* two blanks (or U+3000) at least: a gap between cells */
}

/* 其他处理 without its number right after a sub-row of 2021's （六）
 * (1.申请人无正当理由…, 2.申请人逾期未按收费通知…, 3.其他): the group's
 * words once more, or 3.其他 misprinted; never 2019's row （六）其他处理,
 * which has no sub-rows. Its numbers are no row's (P008), not 2019's
 * cells in a 2021 table. */
static bool bare_other_after_its_rows(const parse_ctx *ctx, const struct label_entry *e)
{
    int last = ctx->last_row_key;
    return e->key == XXGK_R_OTHER && (last == XXGK_R_OTHER_NO_CORRECTION || last == XXGK_R_OTHER_FEE_UNPAID ||
                                      last == XXGK_R_OTHER_OTHER);
}

/* Is raw token N the label of a sub-row of 2021's （六） in this table? */
static bool other_subrow_label(const parse_ctx *ctx, const raw_token *n)
{
    if (n->kind != RT_LABEL)
        return false;
    int k = label_for_table(label_entry_at(n->label)->match, ctx->table);
    if (k < 0)
        return false;
    int key = label_entry_at(k)->key;
    return key == XXGK_R_OTHER_NO_CORRECTION || key == XXGK_R_OTHER_FEE_UNPAID || key == XXGK_R_OTHER_OTHER;
}

/* Is the line after table 三's （六）其他处理 (at T) a sub-row of 2021's
 * （六） (1.申请人无正当理由…), no number on the label's own line? Then
 * the marks on its line (—, /) are its blank header cells: 2021's head of
 * three rows, never 2019's row (build_row.c template_row_end). */
static bool other_subrows_next(parse_ctx *ctx)
{
    int i = 0;
    const raw_token *n;
    while (i < RAWQ_CAP - 3 && !(n = raw_peek_at(ctx, i))->bol && n->kind != RT_NL && n->kind != RT_EOF) {
        if (n->kind == RT_NUMBER)
            return false;
        i++;
    }
    while (i < RAWQ_CAP - 2 && raw_peek_at(ctx, i)->kind == RT_NL)
        i++;
    n = raw_peek_at(ctx, i);
    if (n->kind == RT_NUMBER && i < RAWQ_CAP - 2)
        n = raw_peek_at(ctx, i + 1); /* its item number 1. */
    return other_subrow_label(ctx, n);
}

/* Is the first label after table 三's （六）其他处理 (at T), past the numbers
 * printed after it on its line (or one a line) and their delimiters, a
 * sub-row of 2021's （六） (1.申请人无正当理由…)? Then those numbers are
 * the group's total printed on its heading, never 2019's row （六）其他处理
 * (build_row.c template_row_end; docs/grammar.md "Group subtotals"). The
 * look-ahead stops at RAWQ_CAP, sized for seven numbers one a line as
 * `| 3 |` cells with a blank line after each (parse.h). */
static bool other_subrows_after_numbers(parse_ctx *ctx)
{
    int i = 0, numbers = 0;
    const raw_token *n;
    for (; i < RAWQ_CAP - 1; i++) {
        n = raw_peek_at(ctx, i);
        if (n->kind == RT_NUMBER)
            numbers++;
        else if (n->kind != RT_NL && n->kind != RT_TAB && n->kind != RT_PIPE)
            break;
    }
    return i < RAWQ_CAP - 1 && numbers > 1 && other_subrow_label(ctx, n);
}

/* ---- the column header printed again inside a row (P085) ---------------- */

/* A word of table 二's or 三's header as header_in_row compares it: a
 * column by its key, 法人或其他组织 (a header over columns) apart from
 * 小计, and the words that only lead a header (信息内容, 申请人情况, the
 * note of table 三's sums) all one, HW_LEAD; -1 for a label entry (ENTRY,
 * as label_for_table finds it, -1 for none) that is none. */
enum { HW_LEAD = 1000, HW_HEAD = 2000 };

static int row_columns_known(const parse_ctx *ctx);

static int header_word_of(int entry)
{
    if (entry < 0)
        return -1;
    const struct label_entry *e = label_entry_at(entry);
    if (e->kind == LK_HEAD)
        return e->key ? HW_HEAD + e->key : HW_LEAD;
    return e->kind == LK_COL ? e->key : -1;
}

/* the same of token N: -1 but for a label, looked up in TABLE */
static int header_word(const raw_token *n, int table)
{
    if (n->kind != RT_LABEL)
        return -1;
    return header_word_of(label_for_table(label_entry_at(n->label)->match, table));
}

/* The headers of tables 二 and 三 as the template writes them, each once,
 * in reading order: table 三's two-line header read line by line (总计
 * beside 法人或其他组织, or after 其他 when it is set lower), with or
 * without a 小计 column; table 二's clauses, 2021's and 2019's. */
enum { HDR_SHAPE_MAX = 9 };
struct header_shape {
    int table, ncols; /* its columns; 0: the table's (row_columns_known) */
    int w[HDR_SHAPE_MAX];
};
static const struct header_shape header_shapes[] = {
    {XXGK_TABLE_REQUESTS, 0,
     {XXGK_C_NATURAL_PERSON, HW_HEAD + XXGK_C_LEGAL_SUBTOTAL, XXGK_C_TOTAL, XXGK_C_COMMERCIAL, XXGK_C_RESEARCH,
      XXGK_C_PUBLIC_INTEREST, XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG, -1}},
    {XXGK_TABLE_REQUESTS, 0,
     {XXGK_C_NATURAL_PERSON, HW_HEAD + XXGK_C_LEGAL_SUBTOTAL, XXGK_C_COMMERCIAL, XXGK_C_RESEARCH,
      XXGK_C_PUBLIC_INTEREST, XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG, XXGK_C_TOTAL, -1}},
    {XXGK_TABLE_REQUESTS, 0,
     {XXGK_C_NATURAL_PERSON, HW_HEAD + XXGK_C_LEGAL_SUBTOTAL, XXGK_C_TOTAL, XXGK_C_COMMERCIAL, XXGK_C_RESEARCH,
      XXGK_C_PUBLIC_INTEREST, XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG, XXGK_C_LEGAL_SUBTOTAL}},
    {XXGK_TABLE_REQUESTS, 0,
     {XXGK_C_NATURAL_PERSON, HW_HEAD + XXGK_C_LEGAL_SUBTOTAL, XXGK_C_COMMERCIAL, XXGK_C_RESEARCH,
      XXGK_C_PUBLIC_INTEREST, XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG, XXGK_C_LEGAL_SUBTOTAL, XXGK_C_TOTAL}},
    {XXGK_TABLE_PROACTIVE, 3, {XXGK_C_ISSUED, XXGK_C_REPEALED, XXGK_C_IN_FORCE, -1}},
    {XXGK_TABLE_PROACTIVE, 1, {XXGK_C_DECISIONS, -1}},
    {XXGK_TABLE_PROACTIVE, 1, {XXGK_C_AMOUNT_WAN_YUAN, -1}},
    {XXGK_TABLE_PROACTIVE, 3, {XXGK_C_NEW_MADE, XXGK_C_NEW_PUBLISHED, XXGK_C_TOTAL_PUBLISHED, -1}},
    {XXGK_TABLE_PROACTIVE, 3, {XXGK_C_PREV_ITEMS, XXGK_C_CHANGE, XXGK_C_DECISIONS, -1}},
    {XXGK_TABLE_PROACTIVE, 2, {XXGK_C_PREV_ITEMS, XXGK_C_CHANGE, -1}},
    {XXGK_TABLE_PROACTIVE, 2, {XXGK_C_ITEMS, XXGK_C_AMOUNT, -1}},
};

/* The longest part of W[0, N) that a header shape of TABLE reads in its
 * order: lead words first (then only from the shape's start), then its
 * words one after another from wherever the first stands; of two as long,
 * the one read to its shape's end (2019's 上一年项目数量 本年增/减 is the
 * whole header of 第二十条第（八）项, only the start of （五）'s). Returns
 * the words read (leads included) and the shape's columns in *NCOLS, 0
 * when none reads. */
static int header_shape_read(const int *w, int n, int table, int *ncols)
{
    int lead = 0, best = 0;
    bool best_whole = false;
    while (lead < n && w[lead] == HW_LEAD)
        lead++;
    if (lead == n)
        return 0;
    for (size_t s = 0; s < sizeof header_shapes / sizeof header_shapes[0]; s++) {
        const struct header_shape *h = &header_shapes[s];
        if (h->table != table)
            continue;
        int p = 0;
        while (p < HDR_SHAPE_MAX && h->w[p] >= 0 && h->w[p] != w[lead])
            p++;
        if (p == HDR_SHAPE_MAX || h->w[p] < 0 || (lead && p))
            continue;
        int m = 0;
        while (lead + m < n && p + m < HDR_SHAPE_MAX && h->w[p + m] >= 0 && h->w[p + m] == w[lead + m])
            m++;
        bool whole = p + m == HDR_SHAPE_MAX || h->w[p + m] < 0;
        if (m > best || (m == best && whole && !best_whole)) {
            best = m;
            best_whole = whole;
            *ncols = h->ncols;
        }
    }
    return best ? lead + best : 0;
}

/* A word of table 三's header that may stand alone as a row's label
 * (其他 for 3.其他, 总计 for （七）总计, 小计, 合计). */
static bool header_word_row_like(int w)
{
    return w == XXGK_C_OTHER_ORG || w == XXGK_C_TOTAL || w == XXGK_C_LEGAL_SUBTOTAL;
}

/* The plain integer at [S, E) (ASCII or full-width digits only), or -1. */
static long long plain_int(const uint8_t *src, uint32_t s, uint32_t e)
{
    long long v = 0;
    int digits = 0;
    for (uint32_t i = s; i < e; digits++) {
        int l = digit_at(src, i, e);
        if (!l || digits == 15)
            return -1;
        v = v * 10 + (l == 1 ? src[i] - '0' : src[i + 2] - 0x90);
        i += (uint32_t)l;
    }
    return digits ? v : -1;
}

/* Table 三's row of 7 values (its total last) adds up: the numbers
 * between the row's label and AT (K of them, plain integers apart by
 * blanks: the values given before the header), the SUM of those after it
 * but the LAST, and the LAST, the row's total, the sum of all others. */
static bool row_adds_up(const parse_ctx *ctx, uint32_t at, int k, long long sum, long long last)
{
    const uint8_t *src = ctx->doc->src;
    int seen = 0;
    for (uint32_t i = ctx->row_from; i < at;) {
        if (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n' || src[i] == '\f') {
            i++;
            continue;
        }
        if (i + 3 <= at && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80) {
            i += 3;
            continue;
        }
        uint32_t e = i;
        int l;
        while (e < at && (l = digit_at(src, e, at)))
            e += (uint32_t)l;
        long long v = plain_int(src, i, e);
        if (v < 0)
            return false;
        sum += v;
        seen++;
        i = e;
    }
    return seen == k && sum == last;
}

/* Only blanks (spaces, TABs, line breaks, form feeds, U+3000) in [S, E). */
static bool blanks_only_between(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e;) {
        if (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n' || src[i] == '\f')
            i++;
        else if (i + 3 <= e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80)
            i += 3;
        else
            return false;
    }
    return true;
}

/* The row's last value V before a header repeated inside the row may be
 * the page's number: a bare integer of one to three digits (the first no
 * 0) alone on its line (blanks, TABs, form feeds around it: `\f4` at the
 * top of the next page too), above the last page number dropped from a
 * row; whatever stands between it and the header (a running title, an
 * agency-year line, a page marker: the page's furniture) does not hide it. */
static bool page_number_candidate(const parse_ctx *ctx, const ptok *v)
{
    const uint8_t *src = ctx->doc->src;
    long long page = plain_int(src, v->start, v->end);
    if (page < 1 || page > 999 || src[v->start] == '0' ||
        (src[v->start] == 0xEF && src[v->start + 2] == 0x90) ||
        page <= ctx->last_page_number)
        return false;
    xxgk_span line = xxgk_doc_line(ctx->doc, v->start);
    for (int side = 0; side < 2; side++) {
        uint32_t i = side ? v->end : line.start, e = side ? line.end : v->start;
        while (i < e) {
            if (src[i] == ' ' || src[i] == '\t' || src[i] == '\f' || src[i] == '\r')
                i++;
            else if (i + 2 <= e && src[i] == 0xC2 && src[i + 1] == 0xA0)
                i += 2;
            else if (i + 3 <= e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80)
                i += 3;
            else
                return false;
        }
    }
    return true;
}

/* ROW, the row being read, is followed in either template's rows of
 * TABLE by NEXT (0: ROW is the table's last). */
static bool template_next_row(int table, int row, int next)
{
    static const int tmpls[2] = {2019, 2021};
    for (int m = 0; m < 2; m++) {
        int rows[XXGK_R__COUNT];
        int n = xxgk_tpl_rows(tmpls[m], table, rows, XXGK_R__COUNT);
        for (int j = 0; j < n; j++)
            if (rows[j] == row && (j + 1 < n ? rows[j + 1] == next : next == 0))
                return true;
    }
    return false;
}

/* What ends the numbers after a header repeated inside the row being
 * read, the raw token I ahead: the template's next row (its label, after
 * a group's or a clause's label and the clause's header, or a bare label
 * 其他 总计 standing for one), or a section heading or the text's end
 * after the table's last row. Anything else (another row: one lost between,
 * its numbers among these; text) proves nothing. */
static bool next_row_follows(parse_ctx *ctx, int i)
{
    int table = ctx->table;
    for (; i < RAWQ_CAP - 1; i++) {
        const raw_token *n = raw_peek_at(ctx, i);
        if (n->kind == RT_NL || n->kind == RT_TAB || n->kind == RT_PIPE || n->kind == RT_PAGE)
            continue;
        if (n->kind == RT_SECTION || n->kind == RT_EOF)
            return template_next_row(table, ctx->last_row_key, 0);
        if (n->kind != RT_LABEL)
            return false;
        int e = label_for_table(label_entry_at(n->label)->match, table);
        if (e < 0)
            return false;
        int kind = label_entry_at(e)->kind;
        if (kind == LK_COL) {
            int r = label_bare_row(e, table);
            if (r >= 0 && n->bol)
                return template_next_row(table, ctx->last_row_key, label_entry_at(r)->key);
        }
        if (kind == LK_ROW)
            return template_next_row(table, ctx->last_row_key, label_entry_at(e)->key);
        if (kind != LK_GROUP && kind != LK_CLAUSE && kind != LK_HEAD && kind != LK_COL)
            return false;
    }
    return false;
}

/* column header inside a row → page furniture: in table 二 or 三, the
 * table's column header printed again at the head of a page that broke a
 * row (pdftotext's page break, with or without a form feed; a viewer's
 * copy): the row's label and its first K values, then, first on its line,
 * a run of the table's header words in the order of one of the template's
 * headers (header_shapes: at least two words, not only words a row label
 * may be, 其他 总计), then numbers alone up to the row's end (a label, a
 * heading, any text), as many as the row lacks: C - K, C the header's
 * columns. The header is skipped with a note (P085) and the row's cells
 * before and after it are one row. When the last value before the header
 * may be the page's number (page_number_candidate: alone on its line, the
 * page's furniture or a form feed between it and the header or not): with
 * the pages numbered so (bld_page_before_form_feed) it counts for none of
 * the row's values (the row then one value over, which the builder drops,
 * P063); else it is a value only when it stands right before the header
 * (blanks and form feeds only between) and table 三's row then adds up
 * (its total the sum of its other cells); else, as when the count differs
 * (the row complete above the header, a label lost after it, more or
 * fewer numbers than the row lacks), nothing is skipped: the row ends
 * short (P007) and its further numbers stand outside any row (P013).
 * T is the first header word, first on its line. */
enum { HDR_RUN_MAX = 16 };

static bool header_in_row(parse_ctx *ctx, const raw_token *t)
{
    int table = ctx->table;
    int w[HDR_RUN_MAX], nw = 0, i = 0;
    uint32_t wend[HDR_RUN_MAX];
    w[nw] = header_word(t, table);
    wend[nw++] = t->end;
    const raw_token *n;
    /* the run of header words after T */
    for (;; i++) {
        if (i >= RAWQ_CAP - 1)
            return false;
        n = raw_peek_at(ctx, i);
        if (n->kind == RT_TAB || n->kind == RT_PIPE || n->kind == RT_NL || n->kind == RT_PAGE)
            continue;
        int hw = header_word(n, table);
        if (hw < 0 || nw == HDR_RUN_MAX)
            break;
        w[nw] = hw;
        wend[nw++] = n->end;
    }
    int cols = 0, read = header_shape_read(w, nw, table, &cols);
    if (read < 2)
        return false;
    bool label_like = true;
    for (int j = 0; j < read; j++)
        label_like &= w[j] == HW_LEAD || header_word_row_like(w[j]);
    if (label_like)
        return false;
    if (!cols)
        cols = row_columns_known(ctx);
    uint32_t end = wend[read - 1];
    /* the numbers after the header, to the row's end */
    const uint8_t *src = ctx->doc->src;
    int after = 0, first = -1, tabs = 0;
    long long sum = 0, last = 0;
    bool plain = true;
    for (i = 0;; i++) {
        if (i >= RAWQ_CAP - 1)
            return false;
        n = raw_peek_at(ctx, i);
        if (n->start < end)
            continue;
        if (n->kind == RT_NL || n->kind == RT_PAGE) {
            tabs = 0;
            continue;
        }
        if (n->kind == RT_TAB || n->kind == RT_PIPE) {
            tabs++;
            continue;
        }
        if (n->kind != RT_NUMBER)
            break;
        if (tabs > 1 && after)
            return false; /* an empty cell among them */
        tabs = 0;
        if (first < 0)
            first = i;
        after++;
        long long v = plain_int(src, n->start, n->end);
        plain &= v >= 0;
        sum += last;
        last = v;
    }
    /* the header's end must be followed by the row's numbers; the row ends
     * at a label, a heading or text, never at a mark of an empty cell */
    if (first < 0 || n->kind == RT_CHAR || n->kind == RT_MARK || !next_row_follows(ctx, i))
        return false;
    int k = ctx->row_vals;
    ptok v;
    set(&v, ctx->row_last_start, ctx->row_last_end);
    v.tok = NUMBER;
    if (ctx->row_last_number && page_number_candidate(ctx, &v)) {
        if (bld_page_before_form_feed(ctx, &v)) {
            if (k - 1 + after != cols)
                return false;
        } else {
            /* unproven: a value only when it stands right before the
             * header and table 三's sum tells, over every value of the row
             * (those before the header too); never in table 二 */
            if (table != XXGK_TABLE_REQUESTS || cols != 7 || k + after != cols || !plain ||
                !blanks_only_between(src, ctx->row_last_end, t->start) ||
                !row_adds_up(ctx, t->start, k, sum, last))
                return false;
        }
    } else if (k + after != cols) {
        return false;
    }
    xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_IN_ROW, span_of(t->start, end),
                      table == XXGK_TABLE_PROACTIVE ? "二" : "三", after);
    /* the header's words and the delimiters of its lines, to its last
     * line's end (`其他 |`: no cell left of it) */
    while ((n = raw_peek(ctx))->kind != RT_EOF &&
           (n->start < end || n->kind == RT_TAB || n->kind == RT_PIPE || n->kind == RT_PAGE))
        raw_drop(ctx, 1);
    delimiters_end(ctx);
    return true;
}

static int requests_row_entry(int key);

/* The bytes [S, E) between two characters of a fixed label the lexer
 * took as one (总 计, 總　計, 总 ⏎ 计: labels.def's SPN*): layout only,
 * spaces, U+3000 or NBSP and at most one line break (a converter's wrap
 * inside the cell), never a TAB (a cell's edge: 总⇥计 are two cells). */
static bool label_blanks_only(const uint8_t *src, uint32_t s, uint32_t e)
{
    int breaks = 0;
    for (uint32_t n; s < e; s += n) {
        n = src[s] == '\t' ? 0 : utf8_blank_len(src + s, src + e);
        if (!n && src[s] == '\r' && s + 1 < e && src[s + 1] == '\n')
            n = 2, breaks++;
        else if (!n && (src[s] == '\n' || src[s] == '\r'))
            n = 1, breaks++;
        if (!n || breaks > 1)
            return false;
    }
    return true;
}

/* 总计 (總計) without its number （七） in the label cell of table 三's
 * total row: （七）总计 written short. Only there: the first words of its
 * line (blanks, TABs or | of the label column before it), right after the
 * （六） group's last row (3.其他, 2019's （六）其他处理) with all its
 * values, and followed on its own line by exactly the row's columns of
 * plain integers (0-9 or ０-９, as every NUMBER of the row), delimited,
 * nothing else. Blanks between 总 and 计 are layout (总 计, 總　計, 总 ⏎
 * 计 wrapped by a converter: label_blanks_only), the values then on 计's
 * line; a TAB between them, or words, are not. A header printed again
 * (其他⇥总计, 自然人⇥…⇥总计), 总计 alone on its line, 总计 over the open
 * 3.其他 row's values, a 总计 of something else (总计⇥10⇥件) or a 总计
 * row in another table stay the column's words (P013, P015). The entry of
 * （七）总计, else -1. */
static int bare_total_row(const parse_ctx *ctx, const raw_token *t, int col)
{
    const struct label_entry *c = label_entry_at(col);
    int last = ctx->last_row_key, ncols = row_columns_known(ctx);
    if (ctx->table != XXGK_TABLE_REQUESTS || ctx->pagetext || c->key != XXGK_C_TOTAL || strcmp(c->text, "总计") ||
        (last != XXGK_R_OTHER_OTHER && last != XXGK_R_OTHER) || ctx->row_vals != ncols)
        return -1;
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = line_start_from(ctx, t->start), le = line_end_from(ctx, t->end);
    for (uint32_t i = ls; i < t->start; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '|')
            return -1;
    if (!label_blanks_only(src, t->start + 3, t->end - 3)) /* 总计 / 總計 itself, no more words */
        return -1;
    int seen = 0;
    for (uint32_t i = t->end; i < le;) {
        uint32_t d = i;
        while (d < le && (src[d] == ' ' || src[d] == '\t' || src[d] == '|' || src[d] == '\r'))
            d++;
        if (d == i || d == le) /* glued to the label or a value; or the line's end */
            return d == le && d != i && seen == ncols ? requests_row_entry(XXGK_R_HANDLED_TOTAL) : -1;
        uint32_t e = d, n = 0, w;
        while ((w = utf8_digit_len(src + e, src + le)) > 0) /* 0-9 or ０-９, as the lexer's NUMBER */
            e += w, n++;
        if (n == 0 || n > 9 || ++seen > ncols)
            return -1;
        i = e;
    }
    return seen == ncols ? requests_row_entry(XXGK_R_HANDLED_TOTAL) : -1;
}

static EDGE_HANDLER int on_label(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    /* the label's entry in the open table, looked up once: the P085 rule
     * below and the rest of the handler both read it */
    int i = label_for_table(label_entry_at(t->label)->match, ctx->table);
    if (__builtin_expect(ctx->row_vals >= 0 && ctx->line.tokens == 0, 0) && !ctx->pagetext &&
        (ctx->table == XXGK_TABLE_PROACTIVE || ctx->table == XXGK_TABLE_REQUESTS) && header_word_of(i) >= 0 &&
        header_in_row(ctx, t))
        return NO_TOKEN; /* 自然人 法人或其他组织 … inside a row: P085 */
    if (i >= 0 && !row_starts_here(ctx, t) && (t->aux || label_entry_at(i)->kind == LK_COL) &&
        run_on_row_label(ctx, t, i) && label_entry_at(i)->kind == LK_COL)
        return on_unknown_text(ctx, t, out); /* words of the line, as a bare row label run on */
    if (i < 0 || !bare_row_starts(ctx, t))
        return on_unknown_text(ctx, t, out);
    if (__builtin_expect(unnumbered_requests_label(label_entry_at(i)), 0) &&
        (!unnumbered_label_ends_cell(ctx, t) || bare_other_after_its_rows(ctx, label_entry_at(i))))
        return on_unknown_text(ctx, t, out);
    if (label_entry_at(i)->kind == LK_COL && ctx->last_row_key) {
        if (heji_as_row(ctx, t, i)) /* asked only of a column word after rows */
            return on_unknown_text(ctx, t, out);
        int r = col_as_bare_row(ctx, t, i);
        if (r < 0)
            r = bare_total_row(ctx, t, i);
        if (r < 0 && col_in_words(ctx, t))
            return on_unknown_text(ctx, t, out);
        i = r >= 0 ? r : i;
    }
    const struct label_entry *e = label_entry_at(i);
    set(out, t->start, t->end);
    out->entry = i;
    out->key = e->key;
    delimiters_end(ctx);
    switch (e->kind) {
    case LK_CLAUSE:
        if (header_mark_maybe(ctx, t))
            header_mark(ctx, t, i, XXGK_P_HEADER_MARK);
        return emit(ctx, CLAUSE);
    case LK_HEAD:
        if (header_mark_maybe(ctx, t))
            header_mark(ctx, t, i, XXGK_P_HEADER_MARK);
        return emit(ctx, HEAD);
    case LK_COL:
        if (header_mark_maybe(ctx, t))
            header_mark(ctx, t, i, XXGK_P_HEADER_MARK);
        ctx->change_col_seen |= ctx->table == XXGK_TABLE_PROACTIVE && e->key == XXGK_C_CHANGE;
        return emit(ctx, COL);
    case LK_GROUP:
        if (__builtin_expect(header_mark_maybe(ctx, t), 0)) /* 三、本年度办理结果⁽注⁾: as a row's (P091) */
            header_mark(ctx, t, i, XXGK_P_ROW_LABEL_MARK);
        return emit(ctx, GROUP);
    case LK_ROW:
        /* a footnote mark raised over the label's last character
         * (（七）总计¹, 规章⁽注⁾, 行政许可注1 before the cell's end): no
         * word of the label nor a value of the row, P091 */
        if (__builtin_expect(header_mark_maybe(ctx, t), 0))
            header_mark(ctx, t, i, XXGK_P_ROW_LABEL_MARK);
        /* （六）其他处理 right of words in a row label's place
         * (1.申请人无正当理由…⇥（六）其他处理⇥7…, its label misspelt):
         * 2021's group printed right of its sub-rows, never 2019's row;
         * the numbers after it are no row's (P013) rather than 2019's
         * cells, and no V306 comes of it */
        if (__builtin_expect(e->key == XXGK_R_OTHER, 0) && ctx->table == XXGK_TABLE_REQUESTS &&
            other_right_of_words(ctx, t))
            return emit(ctx, GROUP);
        if (__builtin_expect(e->key == XXGK_R_OTHER, 0) && ctx->table == XXGK_TABLE_REQUESTS)
        {
            ctx->other_subrows_next = other_subrows_next(ctx);
            ctx->other_subrows_after = !ctx->other_subrows_next && other_subrows_after_numbers(ctx);
        }
        if (__builtin_expect(t->bol && t->end < ctx->doc->len && ctx->doc->src[t->end] >= 0xE0, 0) &&
            column_title_line(ctx, t))
            return NO_TOKEN; /* 3.其他事项专栏: P129 */
        uint32_t end = t->end;
        if (!number_after(ctx, t->end) && label_copies(ctx, t, e->key, &end))
            return NO_TOKEN;
        ctx->line.has_data = true;
        ctx->line.row_end = end;
        ctx->line.row_entry = i;
        ctx->last_row_key = e->key;
        if (e->key > 0 && e->key < XXGK_R__COUNT)
            ctx->rows_lexed[e->key] = true;
        if (__builtin_expect(ctx->table == XXGK_TABLE_PROACTIVE || ctx->table == XXGK_TABLE_REQUESTS, 0))
            row_unit_after(ctx, t, e->key, out);
        if (__builtin_expect(t->start == ctx->renumbered_at, 0)) /* renumbered_row */
            /* the number disagrees with the words' row, or is of another
             * scheme than the template's （一） 一、 (1.予以公开): V308 */
            out->renumbered = entry_item_number(e) != ctx->renumbered_digit || !(e->text[0] >= '1' && e->text[0] <= '9');
        if (ctx->table == XXGK_TABLE_REQUESTS && group_may_follow(ctx, end))
            take_groups_after_row(ctx, e->key);
        return emit(ctx, ROW);
    default: return on_unknown_text(ctx, t, out);
    }
}

/* ---- unknown text ---------------------------------------------------------- */

/* The columns a row of the current table has, as far as the filter
 * knows them: table 三's from its header (7, the template's, before one
 * is read), table 四's 15, table 二's from its header; 0 when unknown. */
static int row_columns_known(const parse_ctx *ctx)
{
    if (ctx->table == XXGK_TABLE_REQUESTS)
        return ctx->nreq_cols ? ctx->nreq_cols : 7;
    if (ctx->table == XXGK_TABLE_APPEALS)
        return XXGK_TPL_APPEALS_VALUES;
    return ctx->table == XXGK_TABLE_PROACTIVE ? ctx->ncols : 0;
}

/* The columns table 二's row KEY surely has: the report's template's when
 * known and it has the row, else the fewer of the two years' (行政许可:
 * 2019's three, 2021's one); 1 when neither has it (every row has a
 * column). */
static int proactive_row_columns(const parse_ctx *ctx, int key)
{
    int cols[8], own = bld_current_template(ctx), least = 0;
    if ((own == 2019 || own == 2021) && xxgk_tpl_has_row(own, key))
        return xxgk_tpl_row_cols(own, key, cols, 8);
    for (int tmpl = 2019; tmpl <= 2021; tmpl += 2) {
        int k = xxgk_tpl_has_row(tmpl, key) ? xxgk_tpl_row_cols(tmpl, key, cols, 8) : 0;
        least = k > 0 && (least == 0 || k < least) ? k : least;
    }
    return least > 0 ? least : 1;
}

/* Does the row open (its label read, only cells after it) lack a value
 * still: fewer cells given than the columns its table is known to have;
 * when they are not known yet (table 二's header read one cell a line),
 * fewer than its row has in the template (规章's three: its second value
 * misread, `o |`, is that cell still), or none? */
static bool row_lacks_value(const parse_ctx *ctx)
{
    int ncols = row_columns_known(ctx);
    if (ncols == 0 && ctx->table == XXGK_TABLE_PROACTIVE && ctx->row_vals > 0 && ctx->last_row_key > 0)
        return ctx->row_vals < proactive_row_columns(ctx, ctx->last_row_key);
    if (ncols == 0) /* table 二's header not known yet: every row has a column */
        return ctx->row_vals == 0;
    return ctx->row_vals >= 0 && ctx->row_vals < ncols;
}

/* Is [S, E) a run that can be a cell of a row: a mark of an empty cell
 * (— / 无) or a number's characters alone (digits of either width, . , -
 * %)? A run of words (the next row's label, 4.保护第三方合法权益) is not. */
static bool cell_run(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (ft_placeholder(src, s, e))
        return true;
    for (uint32_t i = s; i < e;) {
        if ((src[i] >= '0' && src[i] <= '9') || src[i] == '.' || src[i] == ',' || src[i] == '-' || src[i] == '%') {
            i++;
            continue;
        }
        if (e - i >= 3 && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99) {
            i += 3;
            continue;
        }
        return false;
    }
    return true;
}

/* Does the run of words [WS, WE) that ends a row's cells in page text
 * open with the row's last cell glued to the next label's item number
 * (35.属于三类内部事务信息: the cell 3, the label 5.…; tokens.c
 * cell_glued_to_item reads it so)? Digits, two or more, the last one 1 to
 * 9 with an item number's mark after it (. 、 ．), then words. Counted as
 * that one cell, so a row's marks split by blanks keep their count. */
static bool cell_glued_to_words(const uint8_t *src, uint32_t ws, uint32_t we)
{
    uint32_t d = ws;
    while (d < we && src[d] >= '0' && src[d] <= '9')
        d++;
    if (d - ws < 2 || src[d - 1] == '0' || d >= we)
        return false;
    uint32_t m = src[d] == '.' ? 1
                 : we - d >= 3 && ((src[d] == 0xE3 && src[d + 1] == 0x80 && src[d + 2] == 0x81) ||
                                   (src[d] == 0xEF && src[d + 1] == 0xBC && src[d + 2] == 0x8E))
                     ? 3
                     : 0;
    return m && d + m < we && src[d + m] >= 0x80;
}

/* Does the run of words [WS, WE) that ends a row's cells in page text
 * open with the row's last cell, a mark of an empty cell or a number,
 * glued to the next label's bracketed number (— (四)无法提供 printed
 * —(四)无法提供, 3(三)不予公开) or to a numeral and 、 (2四、结转下年度
 * 继续办理, —五、存在的主要问题…)? A bracket with a numeral in it, closed,
 * and a numeral with 、 start a label or a heading, never a cell: the run
 * is that one cell and the label. */
static bool cell_glued_to_subhead(const uint8_t *src, uint32_t ws, uint32_t we)
{
    uint32_t k = ws;
    while (k < we && src[k] >= '0' && src[k] <= '9')
        k++;
    if (k == ws) { /* a mark of one code point */
        uint32_t j = ws, cp = utf8_next(src, &j, we);
        if (!cp || !ft_placeholder(src, ws, j))
            return false;
        k = j;
    } else if (src[ws] == '0' && k - ws > 1)
        return false; /* no leading zero */
    if (k < we && ft_dun_numeral(src, k, we))
        return true; /* a row of table 三 or a section heading: 2四、结转… */
    uint32_t cp, j = k;
    if (k >= we || !(cp = utf8_next(src, &j, we)) || (cp != '(' && cp != 0xFF08))
        return false;
    int digits = 0;
    while (j < we) {
        uint32_t q = j;
        cp = utf8_next(src, &q, we);
        if (numeral_digit(cp) <= 0)
            break;
        j = q;
        digits++;
    }
    return digits > 0 && digits <= 2 && j < we && (cp == ')' || cp == 0xFF09);
}

/* Is [PS, PE), the run just before the run of words [WS, WE) that ends
 * a row's cells in page text, the item number of the next row's label,
 * printed apart from its words (… — — — 5 属于三类内部事务信息, 1. 属于国家
 * 秘密)? It is when it is an item number's form (5. 5、 (5)), or a digit
 * 1 to 9 alone before words that open with no item number of their own:
 * a label's words follow their number, never a row's last cell (table
 * 三, whose labels are numbered). Such a
 * run is no cell: counted, a row that lost one cell would take the
 * number as its last (its total) and fit. */

static bool item_number_apart(const uint8_t *src, uint32_t ps, uint32_t pe, uint32_t ws, uint32_t we)
{
    if (pe <= ps || ft_placeholder(src, ps, pe) || !cell_run(src, ps, pe))
        return false;
    if (item_number_digit(src, ps, pe))
        return true;
    bool one = (pe - ps == 1 && src[ps] >= '1' && src[ps] <= '9') ||
               (pe - ps == 3 && src[ps] == 0xEF && src[ps + 1] == 0xBC && src[ps + 2] >= 0x91 && src[ps + 2] <= 0x99);
    if (!one)
        return false;
    uint8_t c = src[ws];
    bool numbered = (c >= '0' && c <= '9') || c == '(' ||
                    (we - ws >= 3 && c == 0xEF && src[ws + 1] == 0xBC &&
                     ((src[ws + 2] >= 0x90 && src[ws + 2] <= 0x99) || src[ws + 2] == 0x88)) ||
                    ft_dun_numeral(src, ws, we);
    return !numbered;
}

/* Does the line holding AT print its cells with blanks alone (no TAB, no
 * |: a TAB, |, HTML or .docx cell may hold `— —` as one), and would its
 * cells after the row label, every run between blanks one, be as many as
 * the row's columns? The rule P027 asks of blanks: split only when the
 * split gives the row its count. The cells end at the first run that is
 * words (cell_run): in page text the next row's label follows the last
 * cell on the same line (…数量 — — — — — 6 6 三、本年度办理结果 …). */
enum { PROACTIVE_GRID = 3 };

static bool spaced_split_fits(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = line_start_at(src, at), le = line_end_from(ctx, at);
    if (memchr(src + ls, '\t', le - ls) || memchr(src + ls, '|', le - ls))
        return false;
    bool label = ctx->line.row_end > ls && ctx->line.row_end <= at;
    uint32_t i = label ? ctx->line.row_end : ls;
    if (!label && !digit_in(src, ls, le))
        return false; /* - - - … alone: a rule, no row (nor one of marks) */
    int fields = 0;
    bool in = false;
    uint32_t fs = i, ps = i, pe = i; /* this run's start; the run before it */
    uint32_t run_s[PROACTIVE_GRID] = {0}, run_e[PROACTIVE_GRID] = {0}; /* the first runs */
    /* table 三's labels are numbered (一、 （一） 1.); table 二's are not
     * (规章 — — 3 行政规范性文件: the 3 is a cell) */
    bool numbered = ctx->table == XXGK_TABLE_REQUESTS;
    while (i < le) {
        uint32_t j = i, cp = utf8_next(src, &j, le);
        bool blank = cp == ' ' || cp == 0x3000 || cp == '\r';
        if (!blank && !in)
            fs = i;
        if (label && blank && in && !cell_run(src, fs, i))
            break; /* the next row's label: page text runs the rows on */
        if (blank && in && fields <= PROACTIVE_GRID)
            run_s[fields - 1] = fs, run_e[fields - 1] = i;
        if (blank && in)
            ps = fs, pe = i;
        fields += !blank && !in;
        in = !blank;
        i = j;
    }
    /* the run of words the loop stopped at (or the line ended in) is no
     * cell, nor the next label's item number printed apart before it; but
     * the row's last cell glued to that number (35.属于…) is one */
    if (label && in && !cell_run(src, fs, i))
        fields -= numbered && (cell_glued_to_words(src, fs, i) || cell_glued_to_subhead(src, fs, i))
                      ? 0
                      : 1 + (numbered && item_number_apart(src, ps, pe, fs, i));
    else if (in && fields <= PROACTIVE_GRID)
        run_s[fields - 1] = fs, run_e[fields - 1] = i; /* the line's last run */
    int ncols = row_columns_known(ctx);
    /* table 二: its grid is three value columns wide in both templates
     * (clause （一）'s), and a row of fewer columns may print dashes where
     * the template greys cells out (行政许可 — — 12): split so, the builder
     * reads them by the template or says P006 (build_row.c, greyed_cells);
     * its header, read after the row's cells, may not be known here yet
     * (ncols 0, or the clause before's three): the row's label says its
     * columns (the template's, either year's). A row of fewer than three
     * splits its three runs so only when the template's greyed cells are
     * marks there (one column: the two before or after it; two: the
     * third): 政府集中采购 — — 240, 2019's two columns, is its two cells
     * (— — one empty cell, 240 the amount), never three */
    if (ncols > 0 && fields == ncols)
        return true;
    if (ctx->table != XXGK_TABLE_PROACTIVE || fields != PROACTIVE_GRID)
        return false;
    if (!label || ctx->line.row_entry < 0)
        return true;
    const struct label_entry *e = label_entry_at(ctx->line.row_entry);
    bool mark[PROACTIVE_GRID], any = false;
    for (int k = 0; k < PROACTIVE_GRID; k++)
        mark[k] = ft_placeholder(src, run_s[k], run_e[k]);
    /* the report's template when known and it has the row; else either */
    int own = bld_current_template(ctx);
    bool own_known = (own == 2019 || own == 2021) && e->kind == LK_ROW && xxgk_tpl_has_row(own, e->key);
    for (int tmpl = 2019; tmpl <= 2021; tmpl += 2) {
        int cols[PROACTIVE_GRID];
        if (own_known && tmpl != own)
            continue;
        int k = e->kind == LK_ROW ? xxgk_tpl_row_cols(tmpl, e->key, cols, PROACTIVE_GRID) : 0;
        any = any || k;
        if (k == PROACTIVE_GRID || (k == 2 && mark[2]) || (k == 1 && ((mark[0] && mark[1]) || (mark[1] && mark[2]))))
            return true;
    }
    return !any; /* not a row of the template's table 二: as before */
}

/* In a table, a run of marks of an empty cell (— / 无) and the next such
 * mark after blanks (a row printed with spaces: 其他处理  —  —  —) are two
 * cells, each an EMPTY of its own, when the row's cells are separated by
 * blanks alone and so split they are the row's count (spaced_split_fits);
 * else the marks are one cell (`— —` in a TAB cell). [S, E) is the run so
 * far, N the token after it. */
static bool spaced_placeholders(const parse_ctx *ctx, uint32_t s, uint32_t e, const raw_token *n)
{
    const uint8_t *src = ctx->doc->src;
    return ctx->table >= 0 && n->start > e && ft_placeholder(src, s, e) && ft_placeholder(src, n->start, n->end) &&
           spaced_split_fits(ctx, s);
}

static inline bool zero_numeral_cell(const uint8_t *src, uint32_t s, uint32_t e);

/* In a table, 〇 (○ 零) alone and the next run after blanks are two cells
 * when either is such a zero (规章 〇 〇 2): each is read for itself (a
 * value that is no number, P046), never one text over the row's cells. */
static bool spaced_zero(const parse_ctx *ctx, uint32_t s, uint32_t e, const raw_token *n)
{
    const uint8_t *src = ctx->doc->src;
    return ctx->table >= 0 && n->start > e && (zero_numeral_cell(src, s, e) || zero_numeral_cell(src, n->start, n->end));
}

/* CHAR|MARK|foreign LABEL … on one line: the run of unknown text, up to a
 * delimiter, a number, a label of this table or the line end. Returns its
 * end. */
static uint32_t unknown_run_end(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    for (;;) {
        const raw_token *n = raw_peek(ctx);
        bool more = !n->bol && (n->kind == RT_CHAR || n->kind == RT_MARK ||
                                (n->kind == RT_LABEL &&
                                 label_for_table(label_entry_at(n->label)->match, ctx->table) < 0));
        if (!more || spaced_placeholders(ctx, s, e, n) || spaced_zero(ctx, s, e, n))
            return e;
        e = n->end;
        raw_drop(ctx, 1);
    }
}

/* 五、下一步工作打算 at the start of a line in section 四: the heading of the
 * next section, with a title the label table does not know. Its numeral
 * says which section, and is never a value of the table above. Not in
 * section 三, whose rows 一、 to 四、 begin the same way. Returns the label
 * entry to take it by, or -1. */
static int next_section_heading(const parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e)
{
    if (!t->bol || ctx->table < 0 || ctx->section == XXGK_SEC_REQUESTS)
        return -1;
    int n = ft_dun_numeral(ctx->doc->src, s, e);
    if (!n || n != ctx->section + 1)
        return -1;
    return section_variant_entry(n);
}

/* The start of the line that holds AT: after the LF before it (a lone CR
 * is one by now: doc_build_lines). */
static uint32_t line_start_from(const parse_ctx *ctx, uint32_t at)
{
    while (at > 0 && ctx->doc->src[at - 1] != '\n')
        at--;
    return at;
}

/* Does the line at LS name section ID by its title (its heading glued
 * after a caption, 【表2】三、收到和处理…, split by a rule of its own)?
 * Then its heading is there, not missing. */
static bool names_section(const parse_ctx *ctx, int id, uint32_t ls)
{
    return range_names_section(ctx, id, ls, line_end_from(ctx, ls));
}

/* Does [ls, le) hold one of section ID's titles (900 bytes of it read)? */
static bool range_names_section(const parse_ctx *ctx, int id, uint32_t ls, uint32_t le)
{
    char folded[1024];
    size_t n = label_fold(ctx->doc->src + ls, le - ls < 900 ? le - ls : 900, folded, sizeof folded);
    return folded_section_title_at(id, folded, n) >= 0;
}

/* Where in the folded text F[0, n) the first of section ID's titles
 * (labels.def's SEC entries, 6 bytes or longer) begins, -1 when none. */
static int folded_section_title_at(int id, const char *f, size_t n)
{
    const short *titles;
    int at = -1;
    for (int k = 0, nt = label_section_entries(id, &titles); k < nt; k++) {
        const struct label_entry *le = label_entry_at(titles[k]);
        const char *p = le->len >= 6 ? memmem(f, n, le->text, le->len) : NULL;
        if (p && (at < 0 || p - f < at))
            at = (int)(p - f);
    }
    return at;
}

/* The section whose title the line [LS, LE) begins with, bare (收到和处理
 * 政府信息公开申请情况, 行政复议、行政诉讼情况（单位：件）: no numeral, a few
 * words at most after it), else 0. */
static int bare_title_section(const parse_ctx *ctx, uint32_t ls, uint32_t le)
{
    char folded[256];
    if (le - ls >= 200)
        return 0; /* prose */
    size_t n = label_fold(ctx->doc->src + ls, le - ls, folded, sizeof folded);
    for (int k = 0; k < label_count(); k++) {
        const struct label_entry *e = label_entry_at(k);
        size_t l = e->len;
        if (e->kind == LK_SEC && e->variant != 2 && l >= 6 && l <= n && n - l <= 30 &&
            memcmp(folded, e->text, l) == 0)
            return e->key;
    }
    return 0;
}

/* The section a table's caption line [LS, LE) names (ft_table_caption):
 * by the section's title in it (表3 收到和处理政府信息公开申请情况 is
 * section 三's, whatever the caption's number), else by its number when
 * the title names no section (表三, 表 3, 表3：统计表), else 0. */
static int caption_section(const parse_ctx *ctx, uint32_t ls, uint32_t le)
{
    const uint8_t *src = ctx->doc->src;
    if (!ft_caption_lead(src[ls]))
        return 0;
    uint32_t title = ft_table_caption(src, ls, le);
    if (!title)
        return 0;
    for (int k = XXGK_SEC_OVERVIEW; k < XXGK_SEC__COUNT; k++)
        if (names_section(ctx, k, ls))
            return k;
    int number = numeral_first(src + ls, src + title);
    return number > XXGK_SEC_OVERVIEW && number < XXGK_SEC__COUNT ? number : 0;
}

/* Is section ID named after the line at AT by its heading, its table's
 * caption or its title alone? Then the header words above it are stray
 * words of the open table, its heading not missing (P101 would be false). */
static bool section_named_later(const parse_ctx *ctx, int id, uint32_t at)
{
    return section_named_after(ctx, id, at, true);
}

/* Is the nearest line above LS with text section ID's table caption or
 * its title alone (表三 收到和处理政府信息公开申请情况 over table 三's header,
 * right under table 二's rows)? Then the section is headed there, by its
 * caption, and begins with the header below it: no heading is missing. */
static bool named_just_above(const parse_ctx *ctx, int id, uint32_t ls)
{
    const uint8_t *src = ctx->doc->src;
    while (ls > 0) {
        uint32_t s = line_start_from(ctx, ls - 1), e = ls - 1;
        while (e > s && (src[e - 1] == '\r' || src[e - 1] == ' ' || src[e - 1] == '\t'))
            e--;
        if (e > s)
            return caption_section(ctx, s, e) == id || bare_title_section(ctx, s, e) == id;
        ls = s;
    }
    return false;
}

/* The header of section NEXT's table beginning at the line at LS while
 * the table before it is open (table 三's 申请人情况 / 自然人 right under
 * table 二's last row, no 三、收到和处理… line between): a table's header
 * is never a row of the open table nor a section heading, and the rows
 * under it are the next table's. The section due, its heading missing,
 * begins at this line; 0 where no such header begins here, or where that
 * section's heading comes later. */
static int unheaded_at(const parse_ctx *ctx, struct window_memo *m, uint32_t ls, int next)
{
    /* both read the text only: the header's look first, since it refuses
     * nearly every line, and the line's fold for a title only under one */
    if (ls == 0 || table_of_section(next) < 0 || !table_follows_held(ctx, m, next, ls - 1) || names_section(ctx, next, ls))
        return 0;
    /* the section's own heading later: a summary table inside the open
     * section (二、依申请公开情况 over 申请人情况… in section 二), not its
     * table; or its heading printed as the table's caption after the
     * header words (表三 收到和处理…): the heading is there */
    if (own_heading_later(ctx, next, ls) || section_named_later(ctx, next, ls))
        return 0;
    return next;
}

/* The start of the line that holds AT, as line_start_from finds it, the
 * walk back stopping at the last position asked (ctx->unheaded): tokens
 * are asked in order, so a line is walked once, however many lines the
 * lexer's virtual breaks cut it into (one line of 5 MB: a walk back to
 * its start for every one of them made the check quadratic). */
static uint32_t line_start_held(parse_ctx *ctx, uint32_t at)
{
    struct unheaded_memo *m = &ctx->unheaded;
    if (at >= m->line_start && at <= m->at)
        return m->line_start; /* no '\n' in [line_start, m->at) */
    const uint8_t *src = ctx->doc->src;
    bool after = at > m->at;
    uint32_t lo = after ? m->at : 0, i = at;
    while (i > lo && src[i - 1] != '\n')
        i--;
    m->line_start = after && i == lo ? m->line_start : i; /* no '\n' in [m->at, at): m->at's line */
    m->at = at;
    return m->line_start;
}

/* unheaded_at for the line of T, held per section due for the last line
 * start it was asked at: its answer reads the text only, so a line (one
 * cut into many by virtual breaks above all, reports run together on it
 * asking each section in turn) is asked once for each section, and a walk
 * over its length (names_section, table_follows) is made at most once a
 * section, not once a virtual line. */
static int unheaded_table_section(parse_ctx *ctx, const raw_token *t)
{
    if (!t->bol || ctx->table < 0)
        return 0;
    uint32_t ls = line_start_held(ctx, t->start);
    int next = ctx->section + 1;
    struct unheaded_memo *m = &ctx->unheaded;
    if (next < 0 || next > XXGK_SEC__COUNT)
        return unheaded_at(ctx, &ctx->window, ls, next);
    if (m->ls[next] != ls) {
        m->answer[next] = unheaded_at(ctx, &ctx->window, ls, next);
        m->ls[next] = ls;
    }
    return m->answer[next];
}

/* Section ID begun at the line of T, its heading not printed: a zero-wide
 * heading there, the section's own title, and one error (P101) over the
 * line its table's header begins with, unless its table's caption just
 * above names it (named_just_above). T is read again, in that table. */
static int as_unheaded_section(parse_ctx *ctx, const raw_token *t, int id, ptok *out)
{
    uint32_t ls = line_start_from(ctx, t->start), le = line_end_from(ctx, t->start);
    raw_unread(ctx, t);
    delimiters_end(ctx);
    set(out, ls, ls);
    out->a_start = out->a_end = ls;
    out->section = (uint8_t)id;
    out->number = id;
    out->numbering = XXGK_NUM_CN_DUN;
    out->entry = section_entry(id, 0);
    if (!named_just_above(ctx, id, ls) && caption_section(ctx, ls, le) != id) /* 表三 alone, read as the header's first line */
        xxgk_doc_add_diag(ctx->doc, XXGK_P_SECTION_HEADING_MISSING, (xxgk_span){ls, le}, xxgk_section_numeral(id),
                          xxgk_section_title(id), xxgk_section_numeral(id), xxgk_section_numeral(id - 1));
    enter_section(ctx, id);
    ctx->section_heading_end = ls;
    return emit(ctx, section_token_kind(id));
}

/* The rest of the line joins the heading the run opened, read as one
 * section heading. */
static int as_section_heading(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, int entry,
                              ptok *out)
{
    const raw_token *n;
    while ((n = raw_peek(ctx))->kind != RT_NL && n->kind != RT_EOF) {
        e = n->end;
        raw_drop(ctx, 1);
    }
    raw_token h = *t;
    h.kind = RT_SECTION;
    h.start = s;
    h.end = e;
    h.label = entry;
    return on_section(ctx, &h, out);
}

/* A line of table 四 printed with spaces from T's mark on: the row's
 * cells and nothing else, each a number or a mark of an empty cell, as
 * many as the row has (15), one a number at least. A line of marks alone
 * (- - - …, — — 平潭…办公室 — —) is a rule or a signature's dressing, a
 * page's - 3 - too few: no row. */
static bool spaced_appeals_row(parse_ctx *ctx)
{
    const uint8_t *src = ctx->doc->src;
    bool number = false;
    for (int i = 0; i < XXGK_TPL_APPEALS_VALUES - 1; i++) {
        const raw_token *n = raw_peek_at(ctx, i);
        if (n->bol || (n->kind != RT_NUMBER && !((n->kind == RT_CHAR || n->kind == RT_MARK) &&
                                                 (ft_placeholder(src, n->start, n->end) ||
                                                  zero_numeral_cell(src, n->start, n->end)))))
            return false;
        number |= n->kind == RT_NUMBER;
    }
    const raw_token *after = raw_peek_at(ctx, XXGK_TPL_APPEALS_VALUES - 1);
    return number && (after->bol || after->kind == RT_NL || after->kind == RT_EOF);
}

static bool appeals_value_due(const parse_ctx *ctx, uint32_t ls);
static uint32_t text_line_after(const parse_ctx *ctx, uint32_t e);
static uint32_t gap_text_at(const uint8_t *src, uint32_t at, uint32_t len);

/* After a mark alone on its line at T: the next line holding text
 * (gap lines skipped: gap_text_at) at *NS, its text [*NS, *NE); true when
 * a page break (a form feed) lies between. */
static bool mark_next_text(const parse_ctx *ctx, const raw_token *t, uint32_t *ns, uint32_t *ne)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, e = line_end_from(ctx, t->end);
    uint32_t n = text_line_after(ctx, e);
    uint32_t s = n < len ? gap_text_at(src, n, len) : n;
    *ns = s;
    *ne = s < len ? line_trim_end(src, s, line_end_from(ctx, s)) : s;
    return s > e && memchr(src + e, '\f', s - e) != NULL;
}

/* A number follows the mark at T (a loose one-column row of table 二):
 * the next line with text holds a digit (ASCII or full-width: 1201,
 * 1,201, 81.5万元, ８１．５; a page's header or number too: 2023年…, - 3 -),
 * is a unit's line (（件）, (万元)), or a page break lies between: then
 * the mark is not the row's value. */
static bool mark_then_number(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ns, ne;
    if (mark_next_text(ctx, t, &ns, &ne))
        return true;
    if (ns >= ne)
        return false;
    if (src[ns] == '(' || (ne - ns >= 3 && src[ns] == 0xEF && src[ns + 1] == 0xBC && src[ns + 2] == 0x88))
        return true; /* （件） (万元) */
    for (uint32_t i = ns; i < ne; i++) {
        if (src[i] >= '0' && src[i] <= '9')
            return true;
        if (i + 2 < ne && src[i] == 0xEF && src[i + 1] == 0xBC && src[i + 2] >= 0x90 && src[i + 2] <= 0x99)
            return true; /* ０-９ */
    }
    return false;
}

/* A mark read newly (table 三, a blank line above): the next line with
 * text is no page break's or page footer's (a page number: 5, - 5 -,
 * — 5 —, or a mark again: — ⏎ 5 ⏎ —) and no heading; the open row's next
 * cell or next row follows. */
static bool mark_line_then_cell(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ns, ne;
    if (mark_next_text(ctx, t, &ns, &ne))
        return false;
    if (ns >= ne)
        return false; /* the text's end */
    if (ft_placeholder(src, ns, ne))
        return false; /* a mark again: a footer's piece or a rule */
    /* a page number alone or between dashes */
    uint32_t a = ns, b = ne, d = 0;
    while (a < b && (src[a] == '-' || src[a] == ' ' || (b - a >= 3 && src[a] == 0xE2 && src[a + 1] == 0x80 && src[a + 2] == 0x94)))
        a += src[a] == 0xE2 ? 3 : 1;
    while (a < b && src[a] >= '0' && src[a] <= '9')
        a++, d++;
    while (a < b && (src[a] == '-' || src[a] == ' ' || (b - a >= 3 && src[a] == 0xE2 && src[a + 1] == 0x80 && src[a + 2] == 0x94)))
        a += src[a] == 0xE2 ? 3 : 1;
    if (d > 0 && a == b && (src[ns] == '-' || src[ns] == 0xE2))
        return false; /* - 5 -, — 5 — */
    if (d > 0 && a == b) { /* a number alone: a footer split over lines (— ⏎ 5 ⏎ —) when a mark follows it */
        uint32_t len = (uint32_t)ctx->doc->len, n = text_line_after(ctx, line_end_from(ctx, ns));
        uint32_t s2 = n < len ? gap_text_at(src, n, len) : n;
        uint32_t e2 = s2 < len ? line_trim_end(src, s2, line_end_from(ctx, s2)) : s2;
        if (s2 < e2 && ft_placeholder(src, s2, e2))
            return false;
    }
    return true;
}

/* One cell a line in table 二: a mark (—, -, －, /: ft_placeholder) alone
 * on its line (blanks, U+3000 too, around it), right after a line that holds a row's label or one of its
 * cells (no TAB, no |, at most one number, ASCII or full-width: 行政许可, 356, 1268.5 万元), is a cell
 * of that row as a TAB or | would make it: read with the row's other cells
 * (a greyed cell of a row of fewer columns, build_row.c greyed_cells; an
 * empty cell; after the row's full count a rule, P019: build_row.c
 * mark_after_full_row). So with one or two blank lines between in a row
 * read loose (a browser's copy of a table, a blank line after each cell:
 * 规章⏎⏎—⏎⏎0, the cell above a blank line too), in table 二 or 三, only
 * where the open row still lacks a value (row_lacks_value) and the line
 * above is a line of that row (its label's line or after it), and no page
 * break, page number or footer split follows (mark_line_then_cell); a
 * mark under a row of table 三 or 四 printed one cell a line without blank
 * lines stays text (a rule or a footer's piece under a short row: P007).
 * Elsewhere a dash alone on a line stays a rule or text (P019). */
static bool placeholder_cell_line(parse_ctx *ctx, const raw_token *t, uint32_t ms, uint32_t me)
{
    /* table 四: never (a mark under its row printed one cell a line stays
     * text, P009, as a rule or a footer's piece may be there) */
    if (ctx->table < 0 || ctx->table == XXGK_TABLE_APPEALS || !t->bol || ctx->pagetext)
        return false;
    bool proactive = ctx->table == XXGK_TABLE_PROACTIVE;
    /* the row's cell still due: beside table 二's existing reading (the
     * line right above a data line), the row must lack a value */
    bool due = ctx->row_vals >= 0 && row_lacks_value(ctx);
    if (!(proactive && ctx->line.prev_data) && !due)
        return false;
    /* read so newly (a blank line above, table 二 or 三): a mark of one
     * or two characters (— —— - / 无); a longer run (---, ————) is a rule
     * under a short row, which stays short (P007); [MS, ME) is the mark */
    if (!(proactive && ctx->line.prev_data) && utf8_count(ctx->doc->src + ms, me - ms) > 2)
        return false;
    const raw_token *n = raw_peek(ctx);
    if (n->kind != RT_NL && n->kind != RT_EOF)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = line_start_at(src, t->start);
    for (uint32_t i = ls; i < t->start;) {
        int l;
        if (src[i] == '\t' || src[i] == ' ' || src[i] == '\f')
            i++; /* \f: the page breaks before the mark */
        else if (ft_blank_at(src, i, t->start, &l))
            i += (uint32_t)l; /* U+3000 */
        else
            return false;
    }
    /* the line before (past one or two blank lines): one word */
    uint32_t ps, pe;
    if (!prev_line_trimmed(src, ls, &ps, &pe) || (ps == pe) == ctx->line.prev_data)
        return false; /* no line above; a data line above it empty, or a no-data line above it filled */
    /* read newly only with a blank line above (a browser's copy of a web
     * table, a blank line after each cell): a mark right under a row's line
     * in table 三 or 四 may be a rule or a page footer's piece under a short
     * row, which stays short (P007) as on main */
    if (!(proactive && ctx->line.prev_data) && ps != pe)
        return false;
    if (ps == pe && !filled_line_above(src, t->start, 3, &ps, &pe))
        return false;
    if (!(proactive && ctx->line.prev_data) && !mark_line_then_cell(ctx, t))
        return false;
    /* and the row read loose: the cell (or label) above has a blank line
     * above it too (a blank line after each cell), not two blank lines
     * slipped into a row printed one cell a line */
    if (!(proactive && ctx->line.prev_data)) {
        uint32_t qs, qe;
        if (!prev_line_trimmed(src, line_start_from(ctx, ps), &qs, &qe) || qs != qe)
            return false;
    }
    if ((!proactive || !ctx->line.prev_data) && ps < line_start_from(ctx, ctx->row_from))
        return false; /* a line of the open row above */
    /* a row of table 二 of one column read loose (blank lines between): the
     * mark its one value only when no number or mark follows it (行政事业性
     * 收费⏎⏎—⏎⏎三、…); `行政许可⏎⏎—⏎⏎—⏎⏎356` may print its greyed cells first,
     * and its marks stay text (P019) as before */
    if (proactive && !ctx->line.prev_data && open_row_columns(ctx) <= 1 && mark_then_number(ctx, t))
        return false;
    /* numbers: runs of digits, ASCII or full-width (０-９), with . or ,
     * inside them */
    int numbers = 0;
    bool in_number = false;
    for (uint32_t i = ps; i < pe;) {
        if (src[i] == '\t' || src[i] == '|' || (i + 2 < pe && utf8_wide_bar(src + i)))
            return false;
        int l = digit_at(src, i, pe);
        if (l) {
            numbers += !in_number;
            in_number = true;
            i += (uint32_t)l;
        } else {
            in_number = in_number && (src[i] == '.' || src[i] == ',');
            i++;
        }
    }
    return numbers <= 1;
}

/* "- |" opening a line of a table: the dash is the first cell, followed by
 * its delimiter (a dash alone on a line is a rule, not a cell). In table 四,
 * whose row has no label, a mark opening a line that is the row's cells
 * printed with spaces (`—  1  —  …`, spaced_appeals_row) is its first cell
 * too. [S, E) is the mark. */
static bool placeholder_cell_first(parse_ctx *ctx, const raw_token *t, uint32_t e)
{
    if (ctx->table < 0 || !t->bol)
        return false;
    const raw_token *n = raw_peek(ctx);
    if (n->kind == RT_PIPE || n->kind == RT_TAB)
        return true;
    return ctx->table == XXGK_TABLE_APPEALS && !n->bol && n->start > e && spaced_appeals_row(ctx);
}

/* The first character of a unit statement: an opening bracket ( [ （ ［ 【 or
 * 单 單: the cheap trigger of money_unit_statement, asked of every piece
 * of a label. */
static inline bool statement_opens(const uint8_t *p, uint32_t n)
{
    if (p[0] == '(' || p[0] == '[')
        return true;
    if (n < 3)
        return false;
    return (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x88 || p[2] == 0xBB)) || /* （ ［ */
           (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x90) ||                    /* 【 */
           (p[0] == 0xE5 && ((p[1] == 0x8D && p[2] == 0x95) || (p[1] == 0x96 && p[2] == 0xAE))); /* 单 單 */
}

/* A run that is a unit statement of money and nothing else (单位：万元,
 * （单位：万元）, （万元）; not 单位：万): the words of the fees' header of 2021
 * (本年收费金额（单位：万元）) too, yet on their own they state the unit
 * of the money below them, a unit line like 单位：元 (the builder's
 * section_unit_line, unit_words), never layout to drop. Asked only of a
 * run that is a piece of a label. */
static __attribute__((noinline)) bool money_unit_statement(const uint8_t *src, uint32_t s, uint32_t e)
{
    const uint8_t *word;
    size_t wlen;
    int u = unit_statement_whole(src + s, src + e, &word, &wlen);
    /* its word ends in 元: 万 alone (单位：万) may be a count's as well */
    return u != XXGK_UNIT_NONE && u != UNIT_COUNT && wlen >= 3 && memcmp(word + wlen - 3, "\xE5\x85\x83", 3) == 0;
}

/* 合计 (合計) is a word of table 三's header only (its 小计, its （七）
 * total row): in any other table it names no column of the template and
 * is never a piece of a broken label there (table 四's 结果维持 ⇥ 合计 ⇥ …:
 * text where a number goes, P009, not a header word dropped unseen). */
static bool heji_elsewhere(const parse_ctx *ctx, const char *folded, size_t fl)
{
    static const char heji[] = "合计";
    if (ctx->table == XXGK_TABLE_REQUESTS)
        return false;
    /* by hand: memmem's setup cost more than the short runs it is asked of */
    for (size_t i = 0; i + sizeof heji - 1 <= fl; i++)
        if (folded[i] == heji[0] && memcmp(folded + i, heji, sizeof heji - 1) == 0)
            return true;
    return false;
}

/* 增, 减 or 減 alone before a number of its line, in a table (减 2 of a
 * space-delimited row; 减2 outside the 本年增/减 column, whose word
 * change_word_as_text gave back): the sign of the number, in words, where
 * no sign is read. Text where a number is due (P009 at the word, as on a
 * TAB-delimited row), never a piece of 本年增/减 dropped as layout: the
 * number after it would be read unsigned, its sign lost unseen. */
static bool sign_word_before_number(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    bool neg;
    if (ctx->table < 0 || dec_change_word_len(ctx->doc->src + s, e - s, &neg) != e - s)
        return false;
    const raw_token *n = raw_peek(ctx);
    return !n->bol && (n->kind == RT_NUMBER || (n->kind == RT_CHAR && n->aux == RT_GLUED));
}

/* Does the run at S follow the row label of its line with nothing but
 * blanks between (the label's end, ctx->line.row_end)? */
static bool money_after_row_label(const parse_ctx *ctx, uint32_t s)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t at = ctx->line.row_end;
    if (!ctx->line.has_data || at == 0 || at > s)
        return false;
    while (at < s && (src[at] == ' ' || (s - at >= 3 && src[at] == 0xE3 && src[at + 1] == 0x80 && src[at + 2] == 0x80)))
        at += src[at] == ' ' ? 1 : 3;
    return at == s;
}

/* Is the run a piece of a label broken by PDF layout, or header words
 * stacked over lines (PDF text)? Layout, dropped. Never for a run opened by
 * a row mark ("9.") or one that fills a delimited cell of a data line
 * (行政许可 | 无: content, even when it reads like a piece of a label). */
static inline bool layout_run(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    char folded[256];
    size_t fl = label_fold(src + s, e - s, folded, sizeof folded);
    size_t hl = fl < sizeof folded ? fl : sizeof folded;
    /* a money unit line is table 二's language (its fees' unit); in tables
     * 三 and 四, which count, it is layout as any piece of a label, but not
     * right after a row label on its line (一、本年新收…数量（万元）⇥7,
     * （七）总计（单位：万元）): there it is the row's unit, and money on a
     * row of counts is text where its numbers are due (P009, no cells) */
    if (fl < sizeof folded - 4 && label_is_fragment(folded, fl))
        return !((ctx->table <= XXGK_TABLE_PROACTIVE || money_after_row_label(ctx, s)) &&
                 statement_opens(src + s, e - s) && money_unit_statement(src, s, e)) &&
               !heji_elsewhere(ctx, folded, hl);
    /* heji_elsewhere asked only of a run about to be dropped: rare */
    return ft_header_words(src, s, e) && !heji_elsewhere(ctx, folded, hl);
}

/* A label, whole and first on its line, its cell ended by a delimiter or
 * a number, that means no column or row here (合计 ⇥ 13 ⇥ 3 in table 二,
 * or in table 三 after its rows began: heji_as_row): a row label the
 * template lacks (P008, its numbers no cell's), as any words there are,
 * not a piece of a broken label: dropping it as layout would run its
 * numbers on into the row above. */
static bool foreign_row_label(parse_ctx *ctx, const raw_token *t, uint32_t e)
{
    if (t->kind != RT_LABEL || !t->bol || e != t->end || ctx->table < 0)
        return false;
    const raw_token *n = raw_peek(ctx);
    return !n->bol && (n->kind == RT_TAB || n->kind == RT_PIPE || n->kind == RT_NUMBER);
}

/* Is [s, e) letters drawn like 0 and 1 (O o I l, either width) and
 * digits, a letter first: what OCR makes of a number (O, l282, lO)? */
static bool ocr_digits(const uint8_t *src, uint32_t s, uint32_t e)
{
    bool letter = false;
    for (uint32_t i = s; i < e;) {
        uint8_t b = src[i];
        if (b == 'O' || b == 'o' || b == 'I' || b == 'l') {
            letter = true;
            i++;
        } else if (b >= '0' && b <= '9' && letter) {
            i++;
        } else if (b == 0xEF && i + 2 < e &&
                   ((src[i + 1] == 0xBC && (src[i + 2] == 0xAF || src[i + 2] == 0xA9)) ||
                    (src[i + 1] == 0xBD && (src[i + 2] == 0x8F || src[i + 2] == 0x8C)))) {
            letter = true; /* Ｏ Ｉ ｏ ｌ */
            i += 3;
        } else {
            return false;
        }
    }
    return letter;
}

/* Is [s, e) one to three Latin letters (either width) or 丨, digits
 * after them if any (O, D, l282, 丨8): what misreading makes of a number,
 * never a row label's words. */
static bool misread_mark(const uint8_t *src, uint32_t s, uint32_t e)
{
    int letters = 0;
    bool digit = false;
    for (uint32_t i = s; i < e;) {
        uint32_t cp = utf8_next(src, &i, e);
        bool letter = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xFF21 && cp <= 0xFF3A) ||
                      (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0x4E28; /* 丨 */
        if (letter && !digit)
            letters++;
        else if (cp >= '0' && cp <= '9' && letters)
            digit = true;
        else
            return false;
    }
    return letters >= 1 && letters <= 3;
}

/* Table 四's values printed after its header with no row label (no row
 * open, row_lacks_value cannot tell): is a value still due at the line
 * starting at LS? The cells on the lines right above it (numbers, marks
 * of an empty cell, numerals, split by TAB, | or blanks), back to a line
 * with other words (the header's last, 总计) or a blank line, are fewer
 * than the table's fifteen values. At most fifteen cells are walked. */
static bool appeals_value_due(const parse_ctx *ctx, uint32_t ls)
{
    if (ctx->table != XXGK_TABLE_APPEALS)
        return false;
    const uint8_t *src = ctx->doc->src;
    int cells = 0;
    while (ls > 0 && cells < XXGK_TPL_APPEALS_VALUES) {
        uint32_t pe = ls - 1, ps = line_start_from(ctx, pe);
        ls = ps;
        int here = 0;
        for (uint32_t i = ps; i < pe;) {
            if (src[i] == '\t' || src[i] == '|' || src[i] == ' ' || src[i] == '\r') {
                i++;
                continue;
            }
            uint32_t j = i;
            while (j < pe && src[j] != '\t' && src[j] != '|' && src[j] != ' ' && src[j] != '\r')
                j++;
            if (!cell_run(src, i, j) && numeral_words_len(src + i, j - i) != j - i)
                return cells < XXGK_TPL_APPEALS_VALUES;
            here++;
            i = j;
        }
        if (here == 0) /* a blank line: the run's edge */
            break;
        cells += here;
    }
    return cells < XXGK_TPL_APPEALS_VALUES;
}

static bool cell_border_ends_line(parse_ctx *ctx, uint32_t e);

/* A line of a table holding only letters drawn like digits (O, l282) and
 * a cell's border after them (`O |`), the line before a row's label or
 * value while the row still lacks a value (row_lacks_value): a value's
 * cell of a row printed one cell a line (P046 as in a TAB row), not an
 * unknown row that would take the row's later values. After a row with all
 * its values it is no cell of it (a stray mark, read as before).
 * T is the token at the line's start, E its end. */
static bool ocr_cell_line(parse_ctx *ctx, const raw_token *t, uint32_t e)
{
    if (!t->bol || ctx->table < 0 || !ctx->line.prev_data || ctx->pagetext ||
        !(row_lacks_value(ctx) || appeals_value_due(ctx, t->start)))
        return false;
    return cell_border_ends_line(ctx, e);
}

/* The token ending at E is its line's one cell: a TAB or | right after it
 * (O digits glued after it taken along: l282), then the line's end. */
static bool cell_border_ends_line(parse_ctx *ctx, uint32_t e)
{
    int k = 0;
    const raw_token *n = raw_peek(ctx);
    if (n->kind == RT_NUMBER && n->start == e) { /* l282: the digits glued after the letters */
        e = n->end;
        n = raw_peek_at(ctx, ++k);
    }
    if (n->start != e || (n->kind != RT_TAB && n->kind != RT_PIPE))
        return false;
    const raw_token *a = raw_peek_at(ctx, k + 1);
    return a->kind == RT_NL || a->kind == RT_EOF;
}

/* The first character at AT of its line that is no gap's blank (a
 * blank, a TAB, a CR before its LF, a form feed, U+3000, U+00A0: what a
 * page break or a converter leaves on a line of its own), or the line's
 * end (its LF; a lone CR is one by now: doc_build_lines). */
static uint32_t gap_text_at(const uint8_t *src, uint32_t at, uint32_t len)
{
    int l;
    while (at < len && src[at] != '\n') {
        if (src[at] == '\r' || src[at] == '\f')
            at++;
        else if (at + 2 <= len && src[at] == 0xC2 && src[at + 1] == 0xA0)
            at += 2;
        else if (ft_blank_at(src, at, len, &l))
            at += (uint32_t)l;
        else
            break;
    }
    return at;
}

/* The start of the first line after the line ending at E (its NL, or
 * the text's end) that holds text: gap lines (blanks, a CR, a form feed,
 * U+00A0: gap_text_at) skipped, as a page break or a converter leaves
 * them. The text's end when none. */
static uint32_t text_line_after(const parse_ctx *ctx, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len;
    for (uint32_t n = next_line_start(ctx, e); n < len;) {
        uint32_t t = gap_text_at(src, n, len);
        if (t < len && src[t] != '\n') /* not a gap line's break */
            return n;
        n = next_line_start(ctx, t);
    }
    return len;
}

/* The start of the last line before the line at LS (a line's start, not
 * 0) that holds text, text_line_after's walk backward: gap lines
 * (gap_text_at: blanks, a CR, a form feed, U+00A0) skipped, a line with a
 * TAB or a | not (`⇥`: an empty cell one a line ends the walk). 0 when
 * the text's start is reached (LS's line then the first with text).
 * LS itself is never returned: the line before it when no gap. */
static uint32_t text_line_before(const parse_ctx *ctx, uint32_t ls)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, pe = ls - 1, ps = line_start_from(ctx, pe);
    while (ps > 0 && gap_text_at(src, ps, len) == pe && !memchr(src + ps, '\t', pe - ps)) {
        pe = ps - 1;
        ps = line_start_from(ctx, pe);
    }
    return ps;
}

/* Is the numeral [S, E) alone on its line the number of the row whose
 * label opens the line at LS (上年结转政府信息公开申请数量⇥), or whose
 * label's first words it holds, wrapped over two lines (行政规范性⇥ ⏎
 * 文件⇥)? The line's folded words, a row's number before them skipped,
 * and a ROW or GROUP label of the open table agree over the shorter of
 * the two, two characters or more; and the numeral is that row's number:
 * table 三's labels carry theirs (二、上年结转…, 三、本年度办理结果: the
 * numeral and 、 before the words agree with the label too); table 二's
 * blocks (第二十条第（X）项) hold two rows at most, so a row after another
 * of its block is 二. Any other numeral (三⇥ over 行政规范性文件⇥, 〇, 五⇥
 * over 二、上年结转…) numbers no row there. */
static bool numeral_numbers_row(const parse_ctx *ctx, uint32_t s, uint32_t e, uint32_t ls)
{
    const uint8_t *src = ctx->doc->src;
    bool requests = ctx->table == XXGK_TABLE_REQUESTS;
    if (!requests && !(ctx->table == XXGK_TABLE_PROACTIVE && numeral_first(src + s, src + e) == 2))
        return false;
    uint32_t le = line_end_from(ctx, ls);
    uint32_t from = ls + row_number_bytes(src + ls, le - ls), look = le - from;
    if (look > SCOPE_ROW_LOOK) /* a long line: its first words, whole characters */
        for (look = SCOPE_ROW_LOOK; look > 0 && (src[from + look] & 0xC0) == 0x80; look--)
            ;
    char f[SCOPE_ROW_LOOK * 2 + 64];
    size_t m = 0;
    if (requests) { /* the numeral and 、 before the words, as table 三's labels print them */
        uint8_t num[48];
        if (e - s + 3 > sizeof num)
            return false;
        memcpy(num, src + s, e - s);
        memcpy(num + (e - s), "、", 3);
        m = label_fold(num, e - s + 3, f, sizeof f);
    }
    size_t n = m + label_fold(src + from, look, f + m, sizeof f - m);
    if (n < m + 6 || n >= sizeof f - 1)
        return false;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        size_t k = le->len < n ? le->len : n;
        if ((le->kind == LK_ROW || le->kind == LK_GROUP) && le->table == ctx->table && k >= m + 6 &&
            memcmp(f, le->text, k) == 0)
            return true;
    }
    return false;
}

/* Is the line of T (a table's line, T at its start) one cell a line
 * right after the last value of a row that has all its values, read one
 * cell a line too: the line above holds that one value and its border
 * (one_cell_line), and the row is full (table 二's or 三's open row, its
 * columns' count; table 四's fifteen values on the lines right above,
 * appeals_value_due walking back to words or a blank line). A value's
 * cell there is a value past the row's columns (`7⇥` after them is P006
 * at the 7), never a piece of layout dropped unflagged. Not where the
 * numeral [VS, VE) is the next row's number over its label
 * (numeral_numbers_row: 二⇥ ⏎ 行政规范性文件⇥, the first row's number
 * unprinted), nor over the next clause's 第…, blank lines between skipped. */
static bool value_past_row_line(const parse_ctx *ctx, const raw_token *t, uint32_t vs, uint32_t ve)
{
    if (ctx->pagetext)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, ls = line_start_from(ctx, t->start), at = ls;
    if (ls == 0)
        return false;
    uint32_t pe = ls - 1, ps = line_start_from(ctx, pe);
    /* blank lines between the row's last value line and this one (a page
     * break, a converter's gap: `0⇥` ⏎ ⏎ `三⇥`), skipped as a digit's
     * line there is read past them; the walk below starts at the value
     * line's end. Only gap lines (text_line_before: blanks, a form feed,
     * U+00A0): a line of words between ends it, and so does a bare TAB's
     * or |'s line (`⇥`: an empty cell one a line). */
    if (!ctx->line.prev_data) {
        ps = text_line_before(ctx, ls);
        pe = line_end_from(ctx, ps);
        pe += pe < len && src[pe] == '\r';
        if (pe + 1 == ls)
            return false;
        ls = pe + 1;
    }
    if (one_cell_line(src, ps, pe) != 1)
        return false;
    if (ctx->table == XXGK_TABLE_APPEALS)
        return !appeals_value_due(ctx, ls);
    int ncols = open_row_columns(ctx);
    if (ncols <= 0 || ctx->row_vals <= 0)
        return false;
    /* 三 | over 第二十条第（五）项: the next clause's block numbered, no
     * value; 二⇥ over 上年结转政府信息公开申请数量⇥ (行政规范性⇥ wrapped):
     * the next row's number parted from its label, no value (blank lines
     * between skipped) */
    uint32_t ns = text_line_after(ctx, line_end_from(ctx, at));
    if (ns < len && numeral_numbers_row(ctx, vs, ve, ns))
        return false;
    ns = line_text_at(src, ns, len);
    if (ns + 3 <= len && src[ns] == 0xE7 && src[ns + 1] == 0xAC && src[ns + 2] == 0xAC) /* 第 */
        return false;
    /* the row's label alone on its line (`规章⇥`), then one value a line
     * (`5⇥`, `—⇥`, `三⇥`, a bare `⇥`) up to LS: NCOLS of them or more */
    int cells = 0;
    for (int k = 0; k <= ncols && ls > 0; k++) {
        uint32_t e = ls - 1;
        ls = line_start_from(ctx, e);
        if (ls <= ctx->row_from)
            return one_cell_line(src, ls, e) == 1 && ctx->row_from <= e && cells >= ncols;
        uint8_t border;
        if (value_cell_line(src, ls, e, &border) == 0)
            return false;
        cells++;
    }
    return false;
}

/* A value still due at the line of T (a table's line, T at its start)
 * though the line right above holds no data: gap lines between (a page
 * break, a converter's gap: text_line_before) and above them a line of
 * the open row read one cell a line, its one value or its label and the
 * border after it (one_cell_line), where the row still lacks a value
 * (row_lacks_value; the line at or after the row's label), or table 四's
 * values above it fewer than its fifteen (appeals_value_due from the gap's
 * start). What prev_data asks of the line right above, asked past the
 * gap: `0⇥` ⏎ ⏎ `三⇥` with 三 the row's fifteenth value reads as `0⇥` ⏎
 * `三⇥` does (P009 at 三), not dropped as layout. */
static bool gap_value_due(const parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, ls = line_start_from(ctx, t->start);
    if (ls == 0)
        return false;
    uint32_t ps = text_line_before(ctx, ls), pe = line_end_from(ctx, ps);
    if (pe + 1 + (pe < len && src[pe] == '\r') == ls || one_cell_line(src, ps, pe) != 1)
        return false; /* no gap (the line above is no data), or no cell line above it */
    return (row_lacks_value(ctx) && ps >= line_start_from(ctx, ctx->row_from)) ||
           appeals_value_due(ctx, pe + 1 + (pe < len && src[pe] == '\r'));
}

/* Is the line at LS a section title in words only that names section
 * ID's subject (复议 or 诉讼 for 四; 问题, 改进, 不足 for 五; 申请 for 三:
 * 政府信息公开行政复议和行政诉讼情况, 存在的问题及改进措施, 存在的不足和下一步
 * 打算, either script)? No digit, no TAB or | but its border at the end
 * (no row), no 年度报告 (the report's title as a page's header), no 。
 * (a sentence), 4 to 40 characters (code points, blanks around not
 * counted). */
static bool subject_title_line(const parse_ctx *ctx, int id, uint32_t ls)
{
    static const char *const subject[][3] = {
        [XXGK_SEC_REQUESTS] = {"申请", NULL, NULL},
        [XXGK_SEC_APPEALS] = {"复议", "诉讼", NULL},
        [XXGK_SEC_PROBLEMS] = {"问题", "改进", "不足"},
    };
    if (id < XXGK_SEC_REQUESTS || id > XXGK_SEC_PROBLEMS)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t le = line_end_from(ctx, ls);
    while (le > ls && (src[le - 1] == ' ' || src[le - 1] == '\t' || src[le - 1] == '|' || src[le - 1] == '\r'))
        le--; /* its cell's border: 五、…情况⇥ */
    while (ls < le && src[ls] == ' ')
        ls++;
    if (le - ls > 160)
        return false;
    int chars = 0;
    for (uint32_t i = ls; i < le; i++) {
        if ((src[i] >= '0' && src[i] <= '9') || src[i] == '\t' || src[i] == '|')
            return false;
        if (i + 2 < le && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x82)
            return false; /* 。: a sentence, prose, no title */
        chars += (src[i] & 0xC0) != 0x80;
    }
    if (chars < 4 || chars > 40)
        return false;
    char f[256];
    size_t n = label_fold(src + ls, le - ls, f, sizeof f);
    if (memmem(f, n, "年度报告", strlen("年度报告")))
        return false;
    for (int k = 0; k < 3 && subject[id][k]; k++)
        if (memmem(f, n, subject[id][k], strlen(subject[id][k])))
            return true;
    return false;
}

/* A value's cell printed in Chinese numerals (三, 十二, 三十五, 兩百) on a
 * line of its own with its cell's border after it (`三 |`, `三⇥`), where
 * ocr_cell_line finds a value's cell due: the row open above still lacks
 * a value. The value's place in its row, no cell: text where a number is
 * due (P009), as in a TAB row's cell; never a piece of a label dropped as
 * layout, which left the cell empty and unflagged and ran the row's later
 * values a column left (or an unknown row, P008, that took them). A
 * label's numeral piece never stands so: (三) and 三、 hold their brackets
 * or 、, 第三项 its words; 一 alone is a dash (one_dash_due, asked before).
 * Not with a row-number column (一 | 规章), nor over the title of the
 * section it numbers (三 | ⏎ 收到和处理政府信息公开申请情况 |), nor where
 * a numeral alone stood over the open row's label (一 | ⏎ 规章 |: the
 * rows' numbers, 序号 unprinted). */
static bool numeral_cell_line(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    if (!(t->bol && ctx->table >= 0 && !ctx->serial_col && !ctx->pagetext))
        return false;
    bool due = ctx->line.prev_data && (row_lacks_value(ctx) || appeals_value_due(ctx, t->start));
    if (!cell_border_ends_line(ctx, e) || numeral_words_len(src + s, e - s) != e - s)
        return false;
    if (!ctx->line.prev_data)
        due = gap_value_due(ctx, t);
    if (!due && !value_past_row_line(ctx, t, s, e))
        return false;
    /* 三 | over 收到和处理政府信息公开申请情况 |: a section's number parted
     * from its title (blank lines between skipped), the next section's
     * heading; no value */
    uint32_t len = (uint32_t)ctx->doc->len, ts = text_line_after(ctx, line_end_from(ctx, e));
    int n = numeral_first(src + s, src + e);
    if (ts < len && n >= XXGK_SEC_OVERVIEW && n < XXGK_SEC__COUNT && names_section(ctx, n, ts))
        return false;
    /* 五⇥ ⏎ 存在的问题及改进措施 after table 四's fifteen values: the next
     * section's heading cut in two, its title in a wording no SEC entry
     * knows (next_section_heading's 五、下一步工作打算 with its line break
     * after the numeral); no value past the row (P006, the table lost).
     * Only past a full row, the numeral the next section's, the title's
     * line words only that carry that section's subject (subject_title_line) */
    if (!due && ts < len && n == ctx->section + 1 && subject_title_line(ctx, n, ts))
        return false;
    /* 一 | ⏎ 规章 | ⏎ 5 | ⏎ 7 | ⏎ 二 |: a numeral alone over the open row's
     * label numbers the rows (a serial column without 序号); this one is
     * the next row's number, no value (the short row stays P007) */
    uint32_t rs = line_start_from(ctx, ctx->row_from);
    if (rs == 0)
        return true;
    uint32_t pe = rs - 1, ps = line_start_from(ctx, pe);
    while (pe > ps && (src[pe - 1] == ' ' || src[pe - 1] == '\t' || src[pe - 1] == '|' || src[pe - 1] == '\r'))
        pe--;
    return !(pe > ps && numeral_words_len(src + ps, pe - ps) == pe - ps);
}

/* Is [S, E) one numeral zero alone, 〇 ○ 零? In a value's cell it is what
 * OCR or retyping made of 0, as O alone is: a value that is no number
 * (P046), never the report's "none" (an empty cell would hide a 总计
 * printed 〇 against its parts) nor a row label. */
static inline __attribute__((always_inline)) bool zero_numeral_cell(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s, cp = utf8_next(src, &i, e);
    return i == e && (cp == 0x3007 || cp == 0x25CB || cp == 0x96F6);
}

/* CHAR … at the start of a line of a table section, the line a sentence
 * whose 。 was lost (ft_sentence_number: 本年度…，全年共计收到申请1402件;
 * ft_colon_count: 全年共收到政府信息公开申请：1402件):
 * prose (TEXT_TABLE_PROSE), as the scanner reads a line with its 。
 * (line_is_prose), never a row label or a value. The line is taken whole.
 * Not in run-together page text, where one line holds the sentence and
 * the table after it alike. */
static bool sentence_line(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, ptok *out)
{
    if (!t->bol || ctx->table < 0 || ctx->pagetext)
        return false;
    if (!ft_sentence_number(ctx->doc->src, s) && !ft_colon_count(ctx->doc->src, s))
        return false;
    return line_as_prose(ctx, s, e, out);
}

/* [s, e) and the raw tokens after it up to DE, line breaks and all, as
 * one TEXT_TABLE_PROSE token (lines_as_prose's lines, several). True. */
static bool lines_as_prose(parse_ctx *ctx, uint32_t s, uint32_t e, uint32_t de, ptok *out)
{
    set(out, s, e);
    const raw_token *n;
    while ((n = raw_peek(ctx))->kind != RT_EOF && n->start < de) {
        if (n->kind != RT_NL)
            out->end = out->a_end = n->end;
        raw_drop(ctx, 1);
    }
    out->text = TEXT_TABLE_PROSE;
    delimiters_end(ctx);
    return true;
}

/* Is the digit at s[i] (ASCII or full-width) there: its length, else 0. */
static int digit_at(const uint8_t *s, uint32_t i, uint32_t e)
{
    return (int)utf8_digit_len(s + i, s + e);
}

/* Is the first line after DE that is not blank a row of the table (it
 * holds three numbers or more between blanks: （四）无法提供 … 38 6 1 2 2 1
 * 50, or a row of values)? Then the two lines above it are inside the
 * table, not under it. A page's footer (第 1 页 共 3 页, 5/5) is no row. */
static bool row_follows(const uint8_t *s, uint32_t de, uint32_t len)
{
    int l;
    while (de < len && (s[de] == '\n' || ft_blank_at(s, de, len, &l)))
        de += s[de] == '\n' ? 1 : (uint32_t)l;
    int numbers = 0;
    bool word_start = true;
    for (uint32_t i = de; i < len && s[i] != '\n';) {
        if (ft_blank_at(s, i, len, &l)) {
            i += (uint32_t)l, word_start = true;
            continue;
        }
        uint32_t w = i;
        while (i < len && (l = digit_at(s, i, len)))
            i += (uint32_t)l;
        bool whole = i > w && (i >= len || s[i] == '\n' || ft_blank_at(s, i, len, &l));
        numbers += word_start && whole;
        while (i < len && s[i] != '\n' && !ft_blank_at(s, i, len, &l))
            i++;
        word_start = false;
    }
    return numbers >= 3;
}

/* CHAR … at the start of a line of a table section, the whole line an
 * agency's name and a date (青禾县人民政府办公室 2024年1月20日, …局　2024-01-20:
 * ft_signoff_line), or the agency's name alone with a date alone on the
 * line under it, one blank line between at most (青禾市教育局 / 2024年1月18日,
 * / 2024-01-18, / 二〇二四年一月十八日; a seal's note （印章） after the name:
 * ft_signoff_two_lines): the report's sign-off printed under its last
 * table, prose (TEXT_TABLE_PROSE), never a row label nor a value — the
 * agency's line had been text in the table (P019), a 2024-01-18 under it
 * a 16th value of table 四 (P006 over the row's cells). A line of words
 * with no date under it (a stray row's label) is read as before. */
enum { SIGNOFF_LINE_MAX = 1024 };

static bool signoff_line(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, ptok *out)
{
    if (!t->bol || ctx->table < 0)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t len = (uint32_t)ctx->doc->len, ae, ds;
    /* a sign-off's line is an agency's name and a date, far under 1 KB: a
     * longer line is none, and not walking it keeps a run-together line
     * (page text, a line start every few cells) linear */
    uint32_t room = len - s < SIGNOFF_LINE_MAX ? len - s : SIGNOFF_LINE_MAX;
    const uint8_t *nl = memchr(src + s, '\n', room);
    if (!nl && room == SIGNOFF_LINE_MAX)
        return false;
    uint32_t end = nl ? (uint32_t)(nl - src) : len;
    int ymd[3];
    if (ft_signoff_line(src, s, end, &ae, &ds, ymd))
        return line_as_prose(ctx, s, e, out);
    uint32_t de;
    if (!ft_signoff_two_lines(src, s, len, &de) || row_follows(src, de, len))
        return false;
    return lines_as_prose(ctx, s, e, de, out);
}

/* ---- an agency's own table among the template's --------------------------- */

/* A line of a TAB or | grid read for its cells (agency_table_line): how
 * many, how many after the first are a number (digits, a thousands comma,
 * a decimal point) or the print of nothing (ft_placeholder), and where
 * the first cell's words are. A bar at either end of the line (a
 * markdown row) is no cell delimiter. */
typedef struct grid_cells {
    int cells, values;
    uint32_t fs, fe;
} grid_cells;

enum { AGENCY_TABLE_LINE_MAX = 512 };

/* Is [s, e) a number a count table prints (12, 1,268, 3.5, full-width digits)? */
static bool count_cell(const uint8_t *src, uint32_t s, uint32_t e)
{
    int l;
    if (s >= e || !digit_at(src, s, e))
        return false;
    for (uint32_t i = s; i < e; i += (uint32_t)l)
        if (!(l = digit_at(src, i, e)) && (l = 1, src[i] != ',' && src[i] != '.'))
            return false;
    return true;
}

/* The cells of the line [s, e) (no line break in it): false when it has
 * no delimiter or is longer than AGENCY_TABLE_LINE_MAX (no table's line
 * of words and counts is; a longer line is not walked). */
static bool grid_cells_read(const uint8_t *src, uint32_t s, uint32_t e, grid_cells *g)
{
    e = ft_trim_end(src, s, e);
    s = line_text_at(src, s, e);
    if (e - s > AGENCY_TABLE_LINE_MAX)
        return false;
    s += s < e && src[s] == '|';
    e -= e > s && src[e - 1] == '|';
    *g = (grid_cells){0};
    for (uint32_t cs = s;;) {
        uint32_t ce = cs;
        while (ce < e && src[ce] != '\t' && src[ce] != '|')
            ce++;
        uint32_t ws = line_text_at(src, cs, ce), we = ft_trim_end(src, ws, ce);
        if (g->cells == 0)
            g->fs = ws, g->fe = we;
        else
            g->values += count_cell(src, ws, we) || ft_placeholder(src, ws, we);
        g->cells++;
        if (ce >= e)
            break;
        cs = ce + 1;
    }
    return g->cells >= 2;
}

/* How many labels of KIND of the open table the words [s, e) hold (labels_held
 * over their fold), up to LIMIT. */
static int labels_in(const parse_ctx *ctx, uint32_t s, uint32_t e, int kind, int limit)
{
    char folded[AGENCY_TABLE_LINE_MAX * 2];
    size_t n = label_fold(ctx->doc->src + s, e - s, folded, sizeof folded);
    return n < sizeof folded ? labels_held(ctx, folded, n, kind, limit) : limit;
}

/* shortened row → words  -- a template row 行政 + words of the open table :
 * are the words [s, e) a template row of administrative power printed
 * without its 行政 (许可, 处罚, 强制 for 行政许可, 行政处罚, 行政强制)? Then
 * the grid is the template's table with its labels abbreviated, not the
 * agency's own: read as main reads it (unknown rows flagged, P008). Only
 * 行政's drop: a word a label merely holds (其他, 申请) is no template row.
 * Cost: one pass over the label list, only for a line already read as a
 * grid row. */
static bool shortened_row(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    char folded[AGENCY_TABLE_LINE_MAX * 2];
    size_t n = label_fold(ctx->doc->src + s, e - s, folded, sizeof folded);
    if (n < 6 || n >= sizeof folded)
        return false;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *le = label_entry_at(i);
        if (le->kind == LK_ROW && le->table == ctx->table && le->len == n + 6 &&
            !memcmp(le->text, "行政", 6) && !memcmp(le->text + 6, folded, n))
            return true;
    }
    return false;
}

/* A row of an agency's table: as many cells as its header (HEAD), words
 * first, every other cell a count or nothing's print; its words no row,
 * group or head of the template's table (行政许可, （一）予以公开: a template
 * row with its cells is the template table's), but a total (合计, 小计, 总计) may
 * close it. */
static bool agency_table_row(const parse_ctx *ctx, uint32_t s, uint32_t e, const grid_cells *head)
{
    grid_cells g;
    const uint8_t *src = ctx->doc->src;
    if (!grid_cells_read(src, s, e, &g) || g.cells != head->cells || g.values != g.cells - 1 ||
        g.fs >= g.fe || count_cell(src, g.fs, g.fe))
        return false;
    uint32_t n = g.fe - g.fs;
    if (n == 6 && (!memcmp(src + g.fs, "合计", 6) || !memcmp(src + g.fs, "小计", 6) ||
                   !memcmp(src + g.fs, "总计", 6) || !memcmp(src + g.fs, "合計", 6) ||
                   !memcmp(src + g.fs, "總計", 6)))
        return true;
    return labels_in(ctx, g.fs, g.fe, LK_ROW, 1) == 0 && labels_in(ctx, g.fs, g.fe, LK_GROUP, 1) == 0 &&
           labels_in(ctx, g.fs, g.fe, LK_HEAD, 1) == 0 && !shortened_row(ctx, g.fs, g.fe);
}

/* Is S the first word of a markdown row, after a bar that opens its line
 * (| 申请内容 | 件数 |)? Only the blanks around the bar are walked. */
static bool bar_opens_line(const uint8_t *src, uint32_t s)
{
    while (s > 0 && (src[s - 1] == ' ' || src[s - 1] == '\t'))
        s--;
    if (s == 0 || src[--s] != '|')
        return false;
    while (s > 0 && (src[s - 1] == ' ' || src[s - 1] == '\t'))
        s--;
    return s == 0 || src[s - 1] == '\n';
}

/* agency table → header-line agency-row+ : in a table section (not
 * run-together page text), a TAB or | grid of the agency's own in front
 * of, between or after the template's rows (申请方式⇥当面申请⇥网络申请⇥合计 /
 * 件数⇥3⇥11⇥16, 政务新媒体⇥数量 / 微信公众号⇥2): its header line opens a
 * line with words, holds no count, no header word of the template's table
 * (自然人, 申请人情况, 信息内容: no clause, head, group or row label, at most
 * one column word, a total 合计) and is followed by one line or more of
 * agency_table_row. Not in section 四, whose template table has no rows:
 * a grid there is table 四 printed transposed. The lines are prose (TEXT_TABLE_PROSE, a paragraph),
 * told once (P110 at the header's first word): their numbers go to no
 * cell and their header is never the template table's, whose columns stay
 * its own. Cost: the header's line and each of the table's lines once,
 * each under AGENCY_TABLE_LINE_MAX; the labels are looked up only when a
 * row of the same width follows the header. The table's end: the first
 * line that is not such a row. */
static bool agency_table_line(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    if (ctx->table < 0 || ctx->table == XXGK_TABLE_APPEALS || ctx->pagetext)
        return false; /* a grid in section 四, rows of 行政复议结果维持…, is table 四 transposed (P068, P069) */
    int next = raw_peek(ctx)->kind;
    if ((next != RT_TAB && next != RT_PIPE) || !(t->bol || (ctx->line.tokens == 0 && bar_opens_line(src, s))))
        return false; /* the header's first cell is one word, a delimiter after it: no walk otherwise */
    uint32_t len = (uint32_t)ctx->doc->len, le = line_end_from(ctx, s);
    grid_cells head;
    if (!grid_cells_read(src, s, le, &head) || head.values || head.fs >= head.fe)
        return false;
    uint32_t rs = next_line_start(ctx, le), re = line_end_from(ctx, rs);
    if (rs >= len || !agency_table_row(ctx, rs, re, &head))
        return false;
    if (labels_in(ctx, s, le, LK_HEAD, 1) || labels_in(ctx, s, le, LK_CLAUSE, 1) ||
        labels_in(ctx, s, le, LK_GROUP, 1) || labels_in(ctx, s, le, LK_ROW, 1) || labels_in(ctx, s, le, LK_COL, 2) > 1)
        return false;
    int rows = 2;
    for (uint32_t ns; (ns = next_line_start(ctx, re)) < len; rows++) {
        uint32_t ne = line_end_from(ctx, ns);
        if (!agency_table_row(ctx, ns, ne, &head))
            break;
        re = ne;
    }
    char buf[96];
    size_t n = head.fe - head.fs < sizeof buf - 1 ? head.fe - head.fs : 0;
    memcpy(buf, src + head.fs, n);
    buf[n] = 0;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_AGENCY_TABLE, (xxgk_span){head.fs, head.fe}, buf,
                      xxgk_tpl_table_numeral(ctx->table), rows);
    return lines_as_prose(ctx, s, e, re, out);
}

/* A table's caption first on a line of a table section (ft_table_caption:
 * 表2：收到和处理政府信息公开申请情况（单位：件）, 表1 主动公开政府信息情况统计表,
 * 表3): prose (TEXT_TABLE_PROSE), as 表一 … always was; its number is the
 * table's, never a value, and a label in its title no row. The line is
 * taken whole (its unit statement is read by the builder, section_unit_line).
 * Not in run-together page text, where a line holds the table after it. */
static bool caption_line(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    if (!t->bol || ctx->table < 0 || ctx->pagetext || !ft_caption_lead(src[s]))
        return false; /* 表, 附, markdown's bold **, an opening bracket */
    uint32_t le = line_end_from(ctx, s);
    if (!ft_table_caption(src, s, le))
        return false;
    size_t title;
    if (le - s <= CONT_CAPTION_MAX && cont_caption_titled((const char *)src + s, le - s, &title) >= 0)
        return false; /* 表３續 in table 二: a continuation caption of another table (caption_words), no caption of this one */
    char folded[512];
    size_t n = label_fold(src + s, le - s, folded, sizeof folded);
    if (n < sizeof folded && labels_held(ctx, folded, n, LK_COL, 2) >= 2)
        return false; /* the table's header follows the caption on its line: its columns */
    return line_as_prose(ctx, s, e, out);
}

/* Is [s, s + n) the bracket B ('(' or ')'), half- or full-width? */
static bool item_bracket(const uint8_t *src, uint32_t s, uint32_t n, char b)
{
    return (n == 1 && src[s] == b) ||
           (n == 3 && src[s] == 0xEF && src[s + 1] == 0xBC && src[s + 2] == (b == '(' ? 0x88 : 0x89));
}

/* The digit of an item number, [s, e) exactly 1. 1、 1． (1) （1） 1) or
 * 1） (ASCII or full-width digit 1 to 9), or ① to ⑨ alone, else 0: the
 * forms the numbered row labels are read in (tools/genlabels.c,
 * emit_numbered_row), and the circled digits a word processor's list
 * numbers rows with. */
int item_number_digit(const uint8_t *src, uint32_t s, uint32_t e)
{
    int d;
    if (e - s == 3 && src[s] == 0xE2 && src[s + 1] == 0x91 && src[s + 2] >= 0xA0 && src[s + 2] <= 0xA8)
        return src[s + 2] - 0x9F; /* ① U+2460 to ⑨ U+2468 */
    uint32_t open = e > s && item_bracket(src, s, 1, '(') ? 1 : e - s >= 3 && item_bracket(src, s, 3, '(') ? 3 : 0;
    s += open;
    if (e > s && src[s] >= '1' && src[s] <= '9')
        d = src[s] - '0', s++;
    else if (e - s >= 3 && src[s] == 0xEF && src[s + 1] == 0xBC && src[s + 2] >= 0x91 && src[s + 2] <= 0x99)
        d = src[s + 2] - 0x90, s += 3; /* １ to ９ */
    else
        return 0;
    if (open)
        return item_bracket(src, s, e - s, ')') ? d : 0;
    bool mark = item_bracket(src, s, e - s, ')') || (e - s == 1 && src[s] == '.') ||
                (e - s == 3 && src[s] == 0xE3 && src[s + 1] == 0x80 && src[s + 2] == 0x81) || /* 、 */
                (e - s == 3 && src[s] == 0xEF && src[s + 1] == 0xBC && src[s + 2] == 0x8E);   /* ． */
    return mark ? d : 0;
}

/* row → ITEMNO BARE_LABEL: a sub-row of table 三 is named by its words;
 * the item number before them is only a check. An item number where a
 * row label starts, glued to a numbered row's words printed without
 * their number (3.保护第三方合法权益 where 4. is due, two rows swapped
 * and renumbered), is that row: its words say which, and the label is
 * kept as a variant of the template's (V308 at the number). The words
 * alone must be the row's whole words, so close texts (the eight
 * （三） sub-rows) never meet. So too a top-level row or group of table 三
 * numbered in another scheme (top_row_after_number): 1.予以公开, ③不予公开.
 * True when the label (its entry set) is read next from the number on. */
/* The canonical entry of table 三's row KEY (（七）总计 for
 * XXGK_R_HANDLED_TOTAL), else -1: the entries walked once, on the rare
 * path of a renumbered label only. */
static int requests_row_entry(int key)
{
    for (int i = 0, n = label_count(); i < n; i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->table == XXGK_TABLE_REQUESTS && e->kind == LK_ROW && e->key == key && !e->variant)
            return i;
    }
    return -1;
}

/* Does the raw token K places ahead (a label) end its cell: the line
 * ends after it, or a delimiter, a number or two blanks follow (as
 * unnumbered_label_ends_cell asks of a label read now)? */
static bool label_ahead_ends_cell(parse_ctx *ctx, int k)
{
    const raw_token *l = raw_peek_at(ctx, k), *n = raw_peek_at(ctx, k + 1);
    return n->bol || n->kind == RT_NL || n->kind == RT_EOF || n->kind == RT_TAB || n->kind == RT_PIPE ||
           n->kind == RT_NUMBER || n->start >= l->end + 2;
}

/* Is entry E, read after an item number of another scheme, due at a data
 * row of table 三 given the last row read (LAST, 0 before one)? The rows
 * go down the template: a row only below LAST; a group only inside the
 * body (a row read, （七）总计 not yet); 总计 (總計, never 合计 / 小计,
 * a group's sub-total) only after the （六） group's rows, where （七）总计
 * is due. So the column header (1.自然人 2.法人或其他组织 3.总计) and the
 * notes and headings after the table (1.总计 为…, 1.予以公开) stay text. */
static bool renumbered_row_due(const struct label_entry *e, int last)
{
    if (e->kind == LK_COL)
        return e->key == XXGK_C_TOTAL && !strcmp(e->text, "总计") && last >= XXGK_R_OTHER_NO_CORRECTION &&
               last < XXGK_R_HANDLED_TOTAL;
    if (e->kind == LK_GROUP)
        return last > 0 && last < XXGK_R_HANDLED_TOTAL;
    return e->key > last;
}

/* row → ITEMNO LABEL (table 三): after an item number of another scheme
 * than the template's (1. 1、 (1) （1） 1) ①, for （一） or 一、), a
 * top-level row or group printed without its numbering (予以公开,
 * 不予公开, 本年新收政府信息公开申请数量: unnumbered_requests_label), or
 * 总计 (the column's words, after a number （七）总计), when the words end
 * their cell and stand where such a row is due (renumbered_row_due): that
 * row. Inside a sentence (1.予以公开的申请…) the words are prose, as
 * without the number. The entry, else -1. */
static int top_row_after_number(parse_ctx *ctx, int i, int k)
{
    if (ctx->table != XXGK_TABLE_REQUESTS || !label_ahead_ends_cell(ctx, k))
        return -1;
    const struct label_entry *e = label_entry_at(i);
    if (!renumbered_row_due(e, ctx->last_row_key))
        return -1;
    if (e->kind == LK_COL)
        return requests_row_entry(XXGK_R_HANDLED_TOTAL);
    return unnumbered_requests_label(e) ? i : -1;
}

/* The raw token ahead (0, or 1 past a TAB: 1.⇥予以公开) where the words
 * after an item number ending at E start, blanks only between (space,
 * TAB, U+3000: 1.　予以公开, as 1. 予以公开); else -1. One TAB at most:
 * a look-ahead of two tokens. A TAB before a number (1.⇥12⇥…) gives no
 * label here, and the number stays a value. */
static int label_after_item_number(parse_ctx *ctx, uint32_t e)
{
    int k = raw_peek(ctx)->kind == RT_TAB ? 1 : 0;
    const raw_token *n = raw_peek_at(ctx, k);
    return n->kind == RT_LABEL && !n->bol && blanks_between(ctx->doc->src, e, n->start) ? k : -1;
}

static __attribute__((noinline)) bool renumbered_row(parse_ctx *ctx, const raw_token *t, uint32_t e)
{
    int digit, k;
    /* the run may take the blanks after the mark (1. 予以公开) */
    uint32_t me = ft_trim_end(ctx->doc->src, t->start, e);
    if (!row_starts_here(ctx, t) || !(digit = item_number_digit(ctx->doc->src, t->start, me)))
        return false;
    if ((k = label_after_item_number(ctx, e)) < 0)
        return false;
    raw_token *n = raw_peek_at(ctx, k);
    int i = label_for_table(label_entry_at(n->label)->match, ctx->table);
    if (i < 0)
        return false;
    if (!n->aux)
        i = top_row_after_number(ctx, i, k);
    else if (label_entry_at(i)->kind != LK_ROW)
        return false;
    if (i < 0)
        return false;
    if (k) {
        raw_drop(ctx, 1); /* the TAB between the number and its words */
        n = raw_peek(ctx);
    }
    /* the label, taken next by on_label, starts at its number, where a
     * row label starts (its number printed: no bare words) */
    n->label = i;
    n->start = t->start;
    n->aux = 0;
    n->bol = t->bol;
    ctx->renumbered_at = t->start;
    ctx->renumbered_digit = digit;
    return true;
}

/* Page text whose cells are split by blanks: a row's last cell glued to
 * the next row's item number (… 1 0 0 0 0 0 16.属于四类过程性信息 is the
 * last cell 1, then 6.属于四类…). The scanner reads digits with a mark and
 * words after them as an item number (16.), so the giving back of page
 * text's glued digits (lexer.re, clip_token) never sees them. They are read
 * so only when the last digit with its mark is the number the template
 * gives the row label printed right after it without one (its words
 * bare, blanks alone between: 0 0 0 0 0 0 02. 没有现成…, as a numbered
 * label may stand apart from its number), a row of this line has values open (the last
 * token a value or an empty cell), and the digits before it are a number
 * (no leading zero: 06. is 0, 006. nothing): that number is the open
 * row's value, the label starts at the digit. Else false, as before (an
 * unknown row, P008). Table 三 only: its sub-rows are the numbered
 * labels. */
/* The entry of TABLE's sub-row numbered DIGIT spelled as MATCH is, bare,
 * or with its number before those words (其他 is table 三's last column,
 * the scanner's match, and （六）3.其他's words), else -1. */
static int numbered_row_of(int match, int table, int digit)
{
    for (int i = match; i >= 0; i = label_entry_at(i)->next_same)
        if (label_entry_at(i)->table == table && label_entry_at(i)->kind == LK_ROW &&
            label_entry_at(i)->text[0] - '0' == digit)
            return i;
    /* the row spelled with its number (3.其他), its words the column's:
     * the entries walked once, on this rare path only */
    const char *words = label_entry_at(match)->text;
    for (int i = 0, n = label_count(); i < n; i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->table == table && e->kind == LK_ROW && e->text[0] - '0' == digit && e->text[1] == '.' &&
            strcmp(e->text + 2, words) == 0)
            return i;
    }
    return -1;
}

static bool cell_glued_to_item(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, ptok *out, int *k)
{
    const uint8_t *src = ctx->doc->src;
    if (!ctx->pagetext || ctx->table != XXGK_TABLE_REQUESTS || ctx->row_vals <= 0 ||
        (ctx->line.last_tok != NUMBER && ctx->line.last_tok != EMPTY))
        return false;
    uint32_t d = s;
    while (d < e && src[d] >= '0' && src[d] <= '9')
        d++;
    if (d - s < 2 || (src[s] == '0' && d - s > 2))
        return false;
    e = ft_trim_end(src, d, e); /* the run may take the blanks after the mark (02. 没有…) */
    int digit = item_number_digit(src, d - 1, e);
    if (!digit)
        return false;
    raw_token *n = raw_peek(ctx);
    if (n->kind != RT_LABEL || n->bol || !blanks_between(src, e, n->start))
        return false;
    /* its words bare (aux), or words a column shares (3.其他: the
     * column 其他 is what the scanner matched): the numbered row's */
    int row = numbered_row_of(label_entry_at(n->label)->match, ctx->table, digit);
    if (row < 0)
        return false;
    /* the label, read next by on_label, starts at its number */
    n->label = row;
    n->start = d - 1;
    n->aux = 0;
    ctx->renumbered_at = d - 1;
    ctx->renumbered_digit = digit;
    raw_token num = *t;
    num.kind = RT_NUMBER;
    num.end = d - 1;
    num.label = num.aux = 0;
    *k = on_number(ctx, &num, out);
    return true;
}

/* The first byte of an item number (item_number_digit): an ASCII digit,
 * a bracket, a full-width character's lead byte, or a circled digit's. The cheap trigger,
 * asked of every run of unknown text. */
static inline bool item_number_maybe(uint8_t c) { return (c >= '1' && c <= '9') || c == '(' || c == 0xEF || c == 0xE2; }

/* The end of a remark in brackets that opens at S, ( or （, closed on
 * its line before any TAB or |, and ends the cell (a TAB, a |, a blank or
 * the line's end after it); else 0. */
static uint32_t cell_remark_end(const uint8_t *src, uint32_t s, uint32_t len)
{
    bool full = len - s >= 3 && src[s] == 0xEF && src[s + 1] == 0xBC && src[s + 2] == 0x88;
    if (!full && src[s] != '(')
        return 0;
    for (uint32_t i = s + (full ? 3 : 1); i < len; i++) {
        uint8_t c = src[i];
        if (c == '\t' || c == '\n' || c == '\r' || c == '|' || c == '(' ||
            (len - i >= 3 && c == 0xEF && src[i + 1] == 0xBC && src[i + 2] == 0x88))
            return 0; /* the cell ends first, or brackets nest */
        uint32_t e = c == ')' ? i + 1 : len - i >= 3 && c == 0xEF && src[i + 1] == 0xBC && src[i + 2] == 0x89 ? i + 3 : 0;
        if (e)
            return e == len || src[e] == '\t' || src[e] == '\n' || src[e] == '\r' || src[e] == '|' ||
                           src[e] == ' ' ? e : 0;
    }
    return 0;
}

/* The length of one footnote mark's character at P (before E): a circled
 * number ①-⑳, a superscript digit, ※ † ‡, an asterisk or 注; with
 * DIGITS, an ASCII digit too (a reference in square brackets, [1]); else 0. */
static uint32_t mark_char_len(const uint8_t *p, const uint8_t *e, bool digits)
{
    uint32_t cp = 0;
    int n = utf8_decode(p, (size_t)(e - p), &cp);
    if (n <= 0)
        return 0;
    bool mark = (cp >= 0x2460 && cp <= 0x2473) || cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 ||
                (cp >= 0x2074 && cp <= 0x2079) || cp == 0x203B || cp == 0x2020 || cp == 0x2021 || cp == '*' ||
                cp == 0xFF0A || cp == 0x6CE8 || (digits && cp >= '0' && cp <= '9');
    return mark ? (uint32_t)n : 0;
}

/* The end of a footnote mark in brackets at S, glued to a number's last
 * digit: (①) （①） (¹) [1] ［1］ [注1], as Word and web copies print a
 * note's reference, up to four characters between the brackets, with a
 * digit, a delimiter or the line's end right after it; else 0. The closing
 * bracket prints where the mark ends: a digit after it is the next number
 * (its TAB or blank lost, 3(①)2), never the mark's nor the number's (a
 * mark goes after a number's last digit); the row's count of cells then
 * places it. Round brackets take no plain digit: (3) is a row's number. */
static uint32_t bracketed_mark_end(const uint8_t *src, uint32_t s, uint32_t len)
{
    static const char *const open[] = {"(", "\xEF\xBC\x88", "[", "\xEF\xBC\xBB"};
    static const char *const close[] = {")", "\xEF\xBC\x89", "]", "\xEF\xBC\xBD"};
    for (int b = 0; b < 4; b++) {
        size_t lo = strlen(open[b]), lc = strlen(close[b]);
        if (len - s < lo || memcmp(src + s, open[b], lo) != 0)
            continue;
        uint32_t i = s + (uint32_t)lo, k, nchar = 0;
        while (nchar < 4 && (k = mark_char_len(src + i, src + len, b >= 2)) > 0) {
            i += k;
            nchar++;
        }
        if (!nchar || len - i < lc || memcmp(src + i, close[b], lc) != 0)
            return 0;
        uint32_t e = i + (uint32_t)lc;
        bool next = e == len || src[e] == '\t' || src[e] == '\n' || src[e] == '\r' || src[e] == '|' ||
                    src[e] == ' ' || (src[e] >= '0' && src[e] <= '9') ||
                    (len - e >= 3 && src[e] == 0xEF && src[e + 1] == 0xBC && src[e + 2] >= 0x90 && src[e + 2] <= 0x99);
        return next ? e : 0;
    }
    return 0;
}

/* cell → NUMBER REMARK: a remark in brackets glued to a number, to the
 * cell's end (行政处罚⇥35（其中简易程序20件）), qualifies that number and is
 * no row: the number keeps its cell, the remark (its digits too) is read
 * as a footnote mark is (P036 over the number and the remark, so that the
 * cell's flags carry it); so is a footnote mark in brackets (3[1], 3(①)2:
 * bracketed_mark_end), the number after it read next. True when T opened
 * one, its tokens taken. */
static __attribute__((noinline)) bool number_remark(parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t s = t->start, e;
    if (ctx->table < 0 || ctx->line.last_tok != NUMBER || t->bol || s == 0 || src[s - 1] < '0' ||
        src[s - 1] > '9' ||
        !((e = cell_remark_end(src, s, (uint32_t)ctx->doc->len)) || (e = bracketed_mark_end(src, s, (uint32_t)ctx->doc->len))))
        return false;
    int n = 0;
    for (const raw_token *r; n < RAWQ_CAP - 1 && (r = raw_peek_at(ctx, n))->start < e; n++)
        if (r->bol || r->end > e || r->kind == RT_NL || r->kind == RT_EOF || r->kind == RT_TAB || r->kind == RT_PIPE)
            return false;
    if (n == RAWQ_CAP - 1)
        return false;
    raw_drop(ctx, n);
    uint32_t b = s;
    while (b > 0 && ((src[b - 1] >= '0' && src[b - 1] <= '9') || src[b - 1] == '.' || src[b - 1] == ','))
        b--;
    char mark[96];
    size_t l = e - s < sizeof mark - 1 ? e - s : sizeof mark - 1;
    while (l > 0 && l < e - s && (src[s + l] & 0xC0) == 0x80)
        l--; /* not inside a character */
    memcpy(mark, src + s, l);
    mark[l] = 0;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_NOTE_MARK, (xxgk_span){b, e}, mark);
    return true;
}

/* Is the run at S glued to the digits of the number just read on its line
 * (148年, 148人, 1482019年: no delimiter between; blanks only on a line
 * of TABs or |, inside the cell: 148 年)? Then it is the
 * number's cell's, a word after the value that is no count's unit (CNTW
 * took those into the NUMBER token): text where a number is due (P009),
 * never a piece of a label broken by layout dropped unseen, which would
 * leave the value clean. A label broken over a PDF's lines or columns
 * stands apart from a cell's digits. */
static bool glued_to_number(const parse_ctx *ctx, const raw_token *t, uint32_t s)
{
    if (ctx->table < 0 || t->bol || ctx->line.last_tok != NUMBER || s == 0)
        return false;
    const uint8_t *src = ctx->doc->src;
    uint32_t b = s;
    /* on a line of TABs or |, blanks inside the cell do not part them
     * (148 年⇥): the cell's; spaces alone may part cells (PDF text) */
    if (ctx->line.delims > 0)
        while (b > 0 && (src[b - 1] == ' ' || (b >= 3 && src[b - 3] == 0xE3 && src[b - 2] == 0x80 && src[b - 1] == 0x80)))
            b -= src[b - 1] == ' ' ? 1 : 3;
    bool digit = b > 0 && ((src[b - 1] >= '0' && src[b - 1] <= '9') ||
                 (b >= 3 && src[b - 3] == 0xEF && src[b - 2] == 0xBC && src[b - 1] >= 0x90 && src[b - 1] <= 0x99)); /* ０-９ */
    /* a word: an ideograph first (a separator, a colon or a dash glued
     * to digits, 3,1 787，5 15:45, is the lexer's and layout's question) */
    uint32_t cp = 0;
    return digit && utf8_decode(src + s, (size_t)(t->end - s), &cp) > 0 &&
           ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF));
}

/* Unknown text (the run of it from T on): a renumbered sub-row (renumbered_row); the next section's
 * heading in a table section; a cell printed empty (—, -, /, 无 alone on a data line,
 * with or without delimiters: PDF text separates cells by spaces only;
 * before the layout rules, since "/" is also a piece of 本年增/减); layout;
 * else TEXT (in a table: a row label the template lacks, or text where a
 * value should be). */
/* A count unit line (单位：件, （单位：件）) of its own between a line of
 * table 二's or 三's data and a line that opens with a number: a page's
 * unit line where a row broke over the page (…	3	4 ⏎ 单位：件 ⏎ 5	6…).
 * The table's language, never a value nor a row: layout, the row's values
 * going on after it. The run at [S, E) opened its line. */
static bool count_line_between_values(parse_ctx *ctx, uint32_t s, uint32_t e)
{
    if ((ctx->table != XXGK_TABLE_REQUESTS && ctx->table != XXGK_TABLE_PROACTIVE) || !ctx->line.prev_data)
        return false;
    if (raw_peek(ctx)->kind != RT_NL)
        return false;
    const raw_token *next = raw_peek_at(ctx, 1);
    return next->kind == RT_NUMBER && count_unit_line(ctx->doc->src + s, ctx->doc->src + e);
}

/* 增/减 spaced from the number after it (减 2, 增 3, 减 0) where table 二
 * prints the 2019 form's 本年增/减 column: the number's sign, as 减2 glued
 * is (one NUMBER from the word on: change_word_cell reads it, +N/-N in that
 * column, P009 at the word under any other). The word at [S, …) of T. */
static int spaced_change_number(parse_ctx *ctx, const raw_token *t, uint32_t s, ptok *out)
{
    raw_token num;
    raw_next(ctx, &num);
    num.start = s;
    num.bol = t->bol;
    return on_number(ctx, &num, out);
}

/* 一 alone is the dash of an empty cell (the one stroke a page draws for
 * both, typed with the IME's numeral) only where a value is due: a cell
 * after the row's label or a value (a TAB or | cell, the line's data
 * begun), or a line of its own in a row printed one cell a line. Where a
 * label or header word follows it on its line it is the row's serial
 * number (一<TAB>规章, 一<TAB>行政复议), never a cell: so a line's first
 * cell (placeholder_cell_first) only when nothing but delimiters follows
 * it on its line (`一 |`), and never before words. */
static bool one_dash_due(parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e, bool cell)
{
    if (__builtin_expect(!ft_one_dash(ctx->doc->src, s, e), 1) || ctx->table < 0)
        return false;
    bool alone = false; /* `一 |` on a line of its own: a cell of a row printed one cell a line */
    if (!cell && !ctx->line.has_data && !placeholder_cell_line(ctx, t, s, e)) {
        if (!placeholder_cell_first(ctx, t, e))
            return false;
        alone = true;
    }
    for (int i = 0;; i++) {
        const raw_token *n = raw_peek_at(ctx, i);
        if (n->bol || n->kind == RT_NL || n->kind == RT_EOF)
            return true;
        if (n->kind == RT_TAB || n->kind == RT_PIPE)
            continue;
        if (alone)
            return false;
        if (n->kind == RT_TEXT || n->kind == RT_CHAR)
            return ft_cell_mark(ctx->doc->src, n->start, n->end);
        return n->kind == RT_NUMBER || n->kind == RT_MARK;
    }
}

static int on_unknown_text(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    int scope = scope_caption_maybe(ctx, t, out);
    if (scope != NOT_SCOPE)
        return scope;
    bool mark = t->kind == RT_MARK;
    bool cell = ctx->line.has_data && ctx->line.last_delim;
    if (ctx->line.last_tok == NUMBER && !t->bol && number_remark(ctx, t))
        return NO_TOKEN;
    if (glued_header_token(ctx, t, true))
        return NO_TOKEN;
    if (__builtin_expect(t->bol && ctx->table >= 0 && table_rows_read(ctx), 0) && foreign_title_line(ctx, t))
        return NO_TOKEN; /* 白沙县…2019年…年度报告 alone in a table: P019 */
    if (__builtin_expect(t->bol && ctx->table >= 0, 0) && bracketed_serial(ctx, t))
        return NO_TOKEN; /* (1)⇥规章: the row's serial */
    uint32_t s = t->start, e = unknown_run_end(ctx, t->start, t->end);
    /* 5.其他事项专栏: the item number's run stops at a label's word (其他),
     * the column's title is the line's */
    if (t->bol && ctx->table >= 0 && ctx->last_row_key > 0 &&
        holds_lan(src + s, src + (item_number_maybe(src[s]) ? line_end_from(ctx, s) : e)) && column_title_line(ctx, t))
        return NO_TOKEN; /* 政务公开专栏, 5.其他事项专栏: P129 */
    /* O |, D |, 丨 |: a value's cell of a row printed one cell a line */
    bool misread_line = !cell && !mark && misread_mark(src, s, e) && ocr_cell_line(ctx, t, e);
    if (t->bol && count_line_between_values(ctx, s, e))
        return NO_TOKEN;
    if (item_number_maybe(ctx->doc->src[s]) && renumbered_row(ctx, t, e))
        return NO_TOKEN; /* the label, from the number on, is read next */
    int glued;
    if (src[s] >= '0' && src[s] <= '9' && cell_glued_to_item(ctx, t, s, e, out, &glued))
        return glued; /* the open row's last value; the label, from its number on, is read next */
    if (serial_header_cell(ctx, t, s, e)) {
        delimiters_end(ctx);
        return NO_TOKEN;
    }
    /* the annex's caption before a title under it is read as the section's
     * own (2022年收到和处理…统计表 under 附件2 is no unheaded table) */
    uint32_t annex_end = 0;
    int annex = t->bol ? annex_section_at(ctx, s, &annex_end) : 0;
    if (annex)
        return as_annex_section(ctx, s, annex_end, annex, out);
    int unheaded = unheaded_table_section(ctx, t);
    if (unheaded)
        return as_unheaded_section(ctx, t, unheaded, out);
    int heading = next_section_heading(ctx, t, s, e);
    if (heading >= 0)
        return as_section_heading(ctx, t, s, e, heading, out);
    heading = bare_section_title(ctx, t->bol, s, e);
    if (heading >= 0)
        return as_bare_section(ctx, s, e, heading, out);
    if (continued_caption(ctx, t->bol, s, e))
        return as_continued_caption(ctx, s, e);
    uint32_t cap_end = numbered_caption_line(ctx, t, s);
    if (cap_end)
        return as_continued_caption(ctx, s, cap_end);
    if (t->bol && signoff_in_row(ctx, t, s))
        return NO_TOKEN; /* 青禾市测试局 inside a row: P090 */
    if (caption_line(ctx, t, s, e, out) || sentence_line(ctx, t, s, e, out) || signoff_line(ctx, t, s, e, out) ||
        agency_table_line(ctx, t, s, e, out))
        return emit(ctx, TEXT);
    if (table_subheading(ctx, t, s, out))
        return emit(ctx, TEXT);
    /* a value's cell holding letters drawn like 0 and 1 alone or before
     * digits (O, o, l282): a misread number, a value in its row's order
     * that is none (P046, as 11O; 〇 ○ 零 alone too), never a row label; the digits glued
     * after the letters are the same token */
    bool zero = zero_numeral_cell(src, s, e) && ctx->table >= 0 &&
                (cell || ctx->line.has_data || (t->bol && ctx->table == XXGK_TABLE_APPEALS && spaced_appeals_row(ctx)));
    if ((cell && !mark && ocr_digits(src, s, e)) || zero || misread_line) {
        const raw_token *n = raw_peek(ctx);
        if ((n->kind == RT_NUMBER || (n->kind == RT_CHAR && n->aux == RT_GLUED)) && !n->bol && n->start == e) {
            e = n->end;
            raw_drop(ctx, 1);
        }
        int k = on_value(ctx, s, e, out);
        out->not_number = true;
        return k;
    }
    delimiters_end(ctx);
    set(out, s, e);
    bool one = one_dash_due(ctx, t, s, e, cell);
    if (one || (ft_placeholder(src, s, e) && (cell || ctx->line.has_data || placeholder_cell_first(ctx, t, e) ||
                                              placeholder_cell_line(ctx, t, s, e)))) {
        ctx->line.has_data = true;
        out->printed = true;
        if (one)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_ONE_AS_DASH, (xxgk_span){s, e});
        return emit(ctx, EMPTY);
    }
    if (__builtin_expect(!cell && !mark && numeral_cell_line(ctx, t, s, e), 0)) {
        int k = on_value(ctx, s, e, out);
        /* the value's place, no cell: P009 at the words; 〇 alone P046, as
         * in a TAB row's cell */
        out->not_number = zero_numeral_cell(src, s, e);
        out->word_glued = !out->not_number;
        return k;
    }
    if (change_column_printed(ctx) && raw_peek(ctx)->kind == RT_NUMBER && sign_word_before_number(ctx, s, e))
        return spaced_change_number(ctx, t, s, out);
    if (!mark && !cell && !foreign_row_label(ctx, t, e) && !sign_word_before_number(ctx, s, e) &&
        !glued_to_number(ctx, t, s) && layout_run(ctx, s, e))
        return NO_TOKEN;
    return emit(ctx, TEXT);
}

/* A browser print's head or foot line the scanner took whole inside a
 * table (print_furniture.h): furniture, no row, its digits no cell; a note
 * names it, as bld_furniture_line and the print header's do for the lines
 * the scanner leaves (P064, P072). */
__attribute__((noinline, cold)) static int on_print_furniture(parse_ctx *ctx, const raw_token *t)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t s = t->start, e = t->end;
    while (s < e && (src[s] == ' ' || src[s] == '\t'))
        s++;
    while (e > s && (src[e - 1] == '\r' || src[e - 1] == ' ' || src[e - 1] == '\t'))
        e--;
    char buf[96];
    ptok whole = {.start = s, .end = e};
    bld_text_of(ctx, &whole, buf, sizeof buf);
    for (char *c = buf; *c; c++)
        *c = *c == '\t' ? ' ' : *c;
    int code = t->aux == PF_FOOT ? XXGK_P_FURNITURE_LINE : XXGK_P_PRINT_HEADER;
    xxgk_doc_add_diag(ctx->doc, code, (xxgk_span){s, e}, buf);
    return NO_TOKEN;
}

/* ---- the dispatcher -------------------------------------------------------- */

/* On a markdown column-header row only labels count (信息内容, 本年制发件数):
 * its other words, numbers (列1) and delimiters are layout. */
static bool header_row_word(const raw_token *t)
{
    return t->header && (t->kind == RT_NUMBER || t->kind == RT_CHAR || t->kind == RT_MARK ||
                         t->kind == RT_TEXT || t->kind == RT_TAB || t->kind == RT_PIPE);
}

/* A page marker (RT_PAGE, no furniture): layout, dropped. One the
 * lexer's title_again took (a line ending in 年度报告 with no cell
 * delimiter, opening its line) inside a table read midway may be
 * another report's title: P019 (foreign_title_line). */
static __attribute__((noinline)) int on_page_marker(parse_ctx *ctx, const raw_token *t)
{
    if (ctx->table < 0 || !table_rows_read(ctx) || t->end - t->start < 24)
        return NO_TOKEN;
    const uint8_t *src = ctx->doc->src;
    /* opening its line after any line end, LF, CR LF or a lone CR (an LF
     * by now: doc_build_lines): fuzz44, P019 was lost after a lone CR */
    uint32_t s = t->start;
    while (s > 0 && (src[s - 1] == ' ' || src[s - 1] == '\t'))
        s--;
    if (s == 0 || src[s - 1] == '\n')
        (void)foreign_title_line(ctx, t);
    return NO_TOKEN;
}

/* A serial after the '|' at AT that opens its line (a pipe table:
 * | 1 | 规章 | 21 |): the bar is layout as blanks are, the number read
 * as row_serial reads one first on its line; then the bar and the serial
 * are dropped and the label starts the line. Else the number is left
 * to be read next, as before. */
static __attribute__((noinline)) bool piped_serial(parse_ctx *ctx, uint32_t at)
{
    if (line_serial(ctx->doc->src, at, (uint32_t)ctx->doc->len) < 0)
        return false;
    raw_token num = *raw_peek(ctx);
    if (num.kind != RT_NUMBER || num.bol)
        return false;
    raw_drop(ctx, 1);
    if (row_serial(ctx, num.start, num.end))
        return true;
    raw_unread(ctx, &num);
    return false;
}

/* A '|': a delimiter, or layout before a pipe table's serial (| 1 |
 * 规章 |: piped_serial). Out of line (EDGE_HANDLER): the test in
 * filter_one itself gave it a stack frame for every token. */
static EDGE_HANDLER int on_pipe(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (t->bol && ctx->table >= 0 && piped_serial(ctx, t->start))
        return NO_TOKEN; /* the row's serial, the bar before it layout */
    return on_delimiter(ctx, t->kind, t->end, out);
}

static int filter_one(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    if (header_row_word(t))
        return NO_TOKEN;
    switch (t->kind) {
    case RT_EOF: return on_end(ctx, t, out);
    case RT_NL: return on_line_end(ctx, t->start, t->end, out);
    case RT_PIPE: return on_pipe(ctx, t, out);
    case RT_TAB: return on_delimiter(ctx, t->kind, t->end, out);
    case RT_PAGE: return t->aux ? on_print_furniture(ctx, t) : on_page_marker(ctx, t); /* a page marker: layout */
    case RT_SECTION: return on_section(ctx, t, out);
    case RT_SUBHEAD: return on_subhead(ctx, t, out);
    case RT_TITLE: return on_title(ctx, t, out);
    case RT_DATE: return on_line_token(ctx, t, out, DATE);
    case RT_NOTE: return on_line_token(ctx, t, out, NOTE);
    case RT_TEXT: return on_prose_run(ctx, t, out);
    case RT_NUMBER: return on_number(ctx, t, out);
    case RT_LABEL: return on_label(ctx, t, out);
    default: /* RT_CHAR, RT_MARK */
        return t->aux == RT_GLUED ? on_glued_number(ctx, t, out) : on_unknown_text(ctx, t, out);
    }
}

/* A plain token (scan_plain) as filter_one decides it: never on a
 * markdown header row, so never layout for being on one; a number
 * inside a line, so never a year that opens one (year_opens_line), and
 * with no unit. */
static inline __attribute__((always_inline)) int filter_plain(parse_ctx *ctx, const plain_tok *t, ptok *out)
{
    switch (t->kind) {
    case RT_NL: return on_line_end(ctx, t->start, t->end, out);
    case RT_NUMBER: return on_value(ctx, t->start, t->end, out);
    default: return on_delimiter(ctx, t->kind, t->end, out); /* RT_TAB, RT_PIPE */
    }
}

/* A token inside a line, nothing read ahead, that scan_plain did not
 * take: in a table the table scanner's (scan_table_next, without
 * plain_token tried twice), in prose the scanner's. */
static int filter_scanned(parse_ctx *ctx, ptok *out)
{
    raw_token t;
    if (ctx->sc.mode == MODE_TABLE)
        scan_table_next(&ctx->sc, &t);
    else
        scan_next(&ctx->sc, &t);
    return filter_one(ctx, &t, out);
}

/* The first token of a line outside page text, nothing read ahead,
 * that may be plain (scan_plain_bol_may): a blank line's break or a
 * table line's first number as scan_plain_bol reads it, else the
 * scanner's. Kept out of filter_next's loop (noinline), whose registers
 * the loop over a line's plain tokens wants. */
__attribute__((noinline)) static int filter_line_start(parse_ctx *ctx, ptok *out)
{
    plain_tok pt;
    if (scan_plain_bol(&ctx->sc, &pt) >= 0) {
        if (pt.kind == RT_NUMBER && row_serial(ctx, pt.start, pt.end))
            return NO_TOKEN;
        if (__builtin_expect(ctx->lone_refused_at != 0, 0) && pt.kind == RT_NUMBER &&
            refused_lone_value(ctx, pt.start, pt.end, true))
            return NO_TOKEN; /* a lone value after a page's header, the row above short: P131 */
        return filter_plain(ctx, &pt, out);
    }
    raw_token t;
    scan_next(&ctx->sc, &t);
    return filter_one(ctx, &t, out);
}

/* A cell given to the open row (row_vals >= 0): the row is one that
 * holds values (rows_held: a serial run's count, rows_read). Marked at
 * each cell, a load and a store with no test: asking first whether it
 * is the row's first cost more in the cells' loop (filter_cells) than
 * the store. last_row_key is a row's key (on_label's e->key, keys.def's)
 * or 0 before the table's first label, never out of the array. */
static inline __attribute__((always_inline)) void row_given_cell(parse_ctx *ctx)
{
    ctx->rows_held[ctx->last_row_key] = true;
}

/* The row's cells given to the parser so far (ctx->row_vals): a row
 * label opens a row, a cell counts in it, any other token closes it. */
static inline __attribute__((always_inline)) void row_vals_after(parse_ctx *ctx, const ptok *o)
{
    if (o->tok == NUMBER || o->tok == EMPTY) {
        if (ctx->row_vals >= 0) {
            row_given_cell(ctx);
            ctx->row_vals++;
            ctx->row_last_number = o->tok == NUMBER;
            ctx->row_last_start = o->start;
            ctx->row_last_end = o->end;
        } else if (ctx->table == XXGK_TABLE_APPEALS) {
            ctx->appeals_vals++;
        }
    } else if (o->tok == ROW) {
        ctx->row_vals = 0;
        ctx->row_last_number = false;
        ctx->row_from = o->end;
    } else {
        ctx->row_vals = -1;
    }
}

/* The next raw token and its decision. Inside a line with nothing read
 * ahead, a plain token (in a table a TAB, a |, a whole number or the line
 * break, most of its tokens; in prose the line break) is read straight
 * from the scanner's bytes (scan_plain), as scan_next would read it,
 * without the scanner's line-start and page-text tests, and so is the
 * token after a plain delimiter that is layout (a TAB, then a number: the
 * cursor still inside the line, nothing read ahead); any other token of a
 * table there is the table scanner's (filter_scanned), as scan_next would
 * go on. At a line start outside page text, a blank line's break and a
 * plain table line's first token (scan_plain_bol) are plain too: a
 * number there opens no sentence (year_opens_line needs 年 after it, and
 * the line has only digits and delimiters), and the line is no markdown
 * header row. */
static inline __attribute__((always_inline)) int filter_token(parse_ctx *ctx, ptok *out)
{
    for (;;) {
        int k;
        if (ctx->nrawq || !scan_plain_ready(&ctx->sc)) {
            if (!ctx->nrawq && scan_plain_bol_may(&ctx->sc)) {
                k = filter_line_start(ctx, out);
            } else {
                raw_token t;
                raw_next(ctx, &t);
                k = filter_one(ctx, &t, out);
            }
        } else {
            plain_tok pt;
            k = NO_TOKEN;
            do {
                if (scan_plain(&ctx->sc, &pt) < 0) {
                    k = filter_scanned(ctx, out);
                    break;
                }
                k = filter_plain(ctx, &pt, out);
            } while (k == NO_TOKEN && pt.kind != RT_NL);
        }
        if (k != NO_TOKEN) {
            out->tok = k;
            row_vals_after(ctx, out);
            return k;
        }
    }
}

int filter_next(parse_ctx *ctx, ptok *out) { return filter_token(ctx, out); }

/* Is token kind K in the set KINDS (parse.h: tok_set)? Kinds outside
 * TITLE … HEAD_COLS (the end of text, 0) are in none. */
_Static_assert(HEAD_COLS - TITLE < 32, "tok_set holds every parser token kind");
static inline bool tok_in(tok_set kinds, int k)
{
    unsigned bit = (unsigned)(k - TITLE);
    return bit < 32 && (kinds >> bit & 1u);
}

/* filter_next into V[0], V[1], … while it gives tokens of one kind
 * (KINDS), at most ROOM of them: the same tokens, one call for the run
 * (a run of cells is most of a table's tokens, and the call and the
 * tests at its start cost as much again as a TAB's decision). Returns the
 * number read; when less than ROOM, V[that] holds the token read after
 * them. */
static inline __attribute__((always_inline)) int filter_while(parse_ctx *ctx, ptok *v, int room, tok_set kinds)
{
    for (int i = 0; i < room; i++)
        if (!tok_in(kinds, filter_token(ctx, &v[i])))
            return i;
    return room;
}

static bool is_cell(int k) { return k == NUMBER || k == EMPTY; }

/* The line's break where on_line_end finds it layout (in a table, the
 * line has tokens, no TAB before the break, no bare | line), read as
 * scan_plain reads it (P at the break, the spaces before it skipped). */
static inline __attribute__((always_inline)) void plain_line_end(parse_ctx *ctx, const uint8_t *p)
{
    scanner *sc = &ctx->sc;
    sc->cur = p + (p[0] == '\r' && p[1] == '\n' ? 2 : 1);
    sc->bol = true;
    sc->md_level = 0;
    ctx->line.prev_data = ctx->line.has_data;
    ctx->line.tokens = 0;
    ctx->line.last_tok = 0;
    ctx->line.has_data = false;
    ctx->line.delims = 0;
    /* a glued table's line right after a typed row is turned on here too */
    if (__builtin_expect(ctx->nglued_lines > 0, 0))
        glued_line_mode(ctx, (uint32_t)(sc->cur - sc->base));
}

/* The plain cells of a table's lines, one after another, read straight
 * from the bytes as filter_token reads them, with nothing read ahead and
 * no delimiter read since the last token (last_delim 0: right after a
 * value or a row label, or at a line start):
 *   TAB NUMBER, | NUMBER inside a line (the delimiter layout, plain_token's
 *     spaces before it and before the digits skipped, the digits a whole
 *     NUMBER: digits_whole): a value, a delimiter before it;
 *   | NL and NL after a value or a label: layout, the line ends
 *     (on_delimiter, on_line_end);
 *   at a line start, what scan_plain_bol reads (a number: a value; a
 *     blank line's break: layout in a table).
 * The line's state is left as on_delimiter, on_value and on_line_end
 * leave it. Stops, nothing of the pair taken, at anything else (a second
 * delimiter, a TAB before the break, a unit, a sign, a letter, a label,
 * the end): filter_token reads it. The common cells of a TAB row, of a
 * markdown row, of cell-per-line layout (0 |) without a call, a loop turn
 * or a switch per token. Returns the number of cells written at V (at
 * most ROOM); a line's break is taken only while there is room. When it
 * stopped at a line start that is not plain (a label's line: most rows'
 * starts), -1 - that number: the token there is the scanner's
 * (filter_bol_scanned), as filter_token would find after asking
 * scan_plain_bol_may and scan_plain_bol again. */
static inline __attribute__((always_inline)) int plain_cells(parse_ctx *ctx, ptok *v, int room)
{
    scanner *sc = &ctx->sc;
    if (ctx->nrawq || ctx->line.last_delim || ctx->table < 0 || sc->mode != MODE_TABLE || sc_pagetext(sc) ||
        (!sc->bol && sc->md_header) || ctx->serial_col)
        return 0; /* with a row-number column a line's first number may be its row's serial: filter_line_start's */
    const uint8_t *base = sc->base;
    int n = 0;
    while (n < room) {
        if (sc->bol) {
            plain_tok pt;
            if (!scan_plain_bol_may(sc) || scan_plain_bol(sc, &pt) < 0)
                return -1 - n;
            if (pt.kind == RT_NL) { /* a blank line: layout in a table */
                ctx->line.prev_data = ctx->line.has_data;
                ctx->line.tokens = 0;
                ctx->line.last_tok = 0;
                ctx->line.has_data = false;
                ctx->line.delims = 0;
                continue;
            }
            ptok *o = &v[n++]; /* on_value, no delimiter before it */
            set(o, pt.start, pt.end);
            o->tok = NUMBER;
            ctx->line.has_data = true;
            ctx->line.tokens++;
            ctx->line.last_tok = NUMBER;
            continue;
        }
        const uint8_t *q = sc->cur;
        while (*q == ' ')
            q++;
        if (*q == '\t' || *q == '|') {
            const uint8_t *r = q + 1, *d;
            while (*r == ' ')
                r++;
            if (*r >= '0' && *r <= '9') {
                for (d = r + 1; *d >= '0' && *d <= '9'; d++)
                    ;
                if (!digits_whole(d, sc->lim))
                    break;
                ctx->line.delims++;
                ctx->line.last_delim_end = (uint32_t)(q + 1 - base);
                ptok *o = &v[n++];
                set(o, (uint32_t)(r - base), (uint32_t)(d - base));
                o->delim_before = true;
                o->tok = NUMBER;
                ctx->line.has_data = true;
                ctx->line.tokens++;
                ctx->line.last_tok = NUMBER;
                sc->cur = d;
                continue;
            }
            if (*q == '|' && (*r == '\n' || *r == '\r') && ctx->line.tokens) {
                ctx->line.last_delim_end = (uint32_t)(q + 1 - base);
                plain_line_end(ctx, r);
                continue;
            }
            break;
        }
        if ((*q == '\n' || *q == '\r') && ctx->line.tokens) {
            plain_line_end(ctx, q);
            continue;
        }
        break;
    }
    return n;
}

/* The token at a line start that plain_cells stopped at, not plain, as
 * filter_token reads it there (nothing read ahead, at a line start, so
 * not scan_plain_ready): when scan_plain_bol_may is false, raw_next's
 * scan_next; when true, filter_line_start, whose scan_plain_bol (a
 * refusal changes no state but bar_row, cleared again) refuses it again
 * and leaves it to scan_next. Read by the scanner at once; a token that
 * is layout (NO_TOKEN) is followed by filter_token's next, as its loop
 * goes on. */
__attribute__((noinline)) static int filter_bol_scanned(parse_ctx *ctx, ptok *out)
{
    raw_token t;
    scan_next(&ctx->sc, &t);
    int k = filter_one(ctx, &t, out);
    if (k == NO_TOKEN)
        return filter_next(ctx, out);
    out->tok = k;
    row_vals_after(ctx, out);
    return k;
}

/* A run of cells: the plain cells in one loop (plain_cells) whenever one
 * may follow, any other token as filter_token decides it. */
int filter_cells(parse_ctx *ctx, ptok *v, int room)
{
    int i = 0;
    for (;;) {
        int p = plain_cells(ctx, v + i, room - i);
        bool bol_scanned = p < 0;
        if (bol_scanned)
            p = -1 - p;
        if (p > 0 && ctx->row_vals >= 0) { /* row_vals_after of each: all NUMBERs */
            row_given_cell(ctx);
            ctx->row_vals += p;
            ctx->row_last_number = true;
            ctx->row_last_start = v[i + p - 1].start;
            ctx->row_last_end = v[i + p - 1].end;
        } else if (p > 0 && ctx->table == XXGK_TABLE_APPEALS) {
            ctx->appeals_vals += p; /* table 四's values: no row label opens them */
        }
        i += p;
        if (i == room)
            return room;
        if (!is_cell(bol_scanned ? filter_bol_scanned(ctx, &v[i]) : filter_token(ctx, &v[i])))
            return i;
        i++;
    }
}

int filter_run(parse_ctx *ctx, ptok *v, int room, tok_set kinds)
{
    return filter_while(ctx, v, room, kinds);
}
