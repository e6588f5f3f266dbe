/* Glued rows of run-together page text, read by the template's identities.
 *
 * A row whose values are fewer than its columns, all plain digit runs
 * (640020470, or 230 000023 where a blank is a certain cell boundary), is
 * kept aside at the row's end (unglue_defer) instead of being short of
 * values (P007). At the table's end (unglue_table) each is read:
 *   - the readings that fit the columns, no leading zeros and the row's own
 *     identities (总计 = the six columns, 小计, table 四's group totals);
 *   - when several remain in table 三, the column identities (（七）总计 =
 *     the outcome rows, 一 + 二 = （七） + 四) over every combination of the
 *     readings of the undecided rows;
 *   - exactly one reading: its cells (P050 names the identity that chose it
 *     when the digits alone allow more); several: the row is withheld with
 *     its readings (P051); none: withheld (P052); too many to search: P053.
 * Never a guess: a row is either read one way or not at all. */
#include <stddef.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>

#include "build.h"
#include "decimal.h"
#include "meta.h"
#include "parse.h"
#include "parser.h"
#include "template.h"
#include "unglue.h"
#include "units.h"
#include "utf8.h"

enum {
    UG_MAXCAND = 64,     /* readings kept for the column identities */
    UG_BLOCK_ROWS = 32,  /* glued rows a block holds (glued_at) */
    UG_TRIM_BLOCKS = 32, /* blocks (192 KB) past which freeing them trims the heap */
    UG_MAXCOMBOS = 4096, /* combinations of undecided rows tried */
    UG_SHOWN = 6,        /* readings listed in a message */
    UG_PAIRS = 32,       /* column identities × columns of table 三 */
    UG_SHOWN_DIGITS = 40 /* digits quoted in a message */
};

enum { G_UNIQUE = 1, G_AMBIGUOUS, G_NONE, G_TOO_MANY, G_COMMA, G_UNCHECKED, G_WORD_INSIDE };
enum { UG_MAXJOIN = 4 }; /* cells of two runs in one row (unglue_defer_joined) */

struct glued_row {
    /* the fields ordered by size, widest first, so that no padding lies
     * between them: 192 bytes a row, not 248 (a table printed one cell a
     * line keeps a glued row for each of its rows until the table ends;
     * docs/performance.md, sixty-first pass) */
    const char *name;                         /* for messages; NULL: made when one needs it */
    size_t n;
    uint64_t fits;                            /* candidates in a consistent combination */
    /* the parts whose size is the row's own, in the table's block
     * (ctx->glued_mem, freed at the table's end): the runs' n bytes and
     * their places, and the readings kept (keep_readings), so that a row
     * takes what it holds, not the 7 KB of the longest text and the most
     * readings (12,000 hostile rows took 131 MB) */
    const ug_identity *ids;                   /* nids, shared by the rows of one layout */
    char *text;                               /* the runs, one blank between */
    uint32_t *at;                             /* source offset of each byte, n + 1 */
    ug_reading *cand;                         /* ncand readings */
    int table;
    int ncols;
    int name_tmpl;                            /* the template it is named by then */
    int nids;
    unsigned row_ids;                         /* identities laid on the row (bit per id) */
    int status;
    unsigned cross;                           /* column identities that decided it */
    unsigned unconfirmed;                     /* column identities that could not be evaluated */
    int ncand, count;
    int pick;
    /* the last run: where it ends and the unit the scanner read with it
     * (all emit_cells and word_between_digits ask of its token) */
    uint32_t last_end;
    /* a row of delimited cells K of which print two digit runs with one
     * space between (2 293: unglue_defer_joined), each read as one number
     * only as its identities allow; njoin 0: glued digits of page text */
    int njoin;
    uint32_t jstart[UG_MAXJOIN], jend[UG_MAXJOIN]; /* its two runs as printed */
    /* a word glued to the run's last digit with numbers after it, an
     * unknown row (396至3181): its start and end, 0 0 when none */
    uint32_t word_start, word_end;
    /* the cell of each position: row and column keys (under 256,
     * asserted above defer), a byte each, since a table printed one cell a line
     * keeps a glued row for each of its rows until the table ends (12,000
     * rows of ints took 1.1 MB of the 4.1 MB; docs/performance.md,
     * fifty-second pass) */
    uint8_t rows[UG_MAXCELLS], cols[UG_MAXCELLS];
    uint8_t jpos[UG_MAXJOIN];                 /* the joined cell's position */
    uint8_t last_unit;                        /* the last run's unit (enum xxgk_unit) */
    bool last_unit_printed;                   /* a unit stood beside the last run */
    bool too_long;
    bool needs_ids;                           /* the digits alone allow more */
    bool grid_full; /* the row's line shows exactly its cells, none blank (full_grid_line) */
};
_Static_assert(sizeof(void *) != 8 || sizeof(struct glued_row) <= 192, "a glued row has no padding to spare");


/* The bytes of a sign at s[0..n) that precedes a digit (dec_minus_len:
 * - － and the dashes the scanner reads as a minus), else 0. */
static uint32_t sign_len(const uint8_t *s, uint32_t n)
{
    uint32_t k = (uint32_t)dec_minus_len(s, n);
    return k && k < n && s[k] >= '0' && s[k] <= '9' ? k : 0;
}

/* A value that may be glued: a sign (sign_len), ASCII digits (one '.' at
 * most; a thousands comma is kept, and withholds the row: P059), then for
 * the last run only the unit the scanner read with it. Not a run with a
 * mark of approximation (640020470余: UNIT_APPROX): its last cell is no
 * exact number, so no identity may choose the cut with it; the row is
 * short (P007) and the run refused (P034). Returns the digits' end. */
static uint32_t digits_end(const uint8_t *src, const ptok *v, bool last)
{
    uint32_t from = v->start + sign_len(src + v->start, v->end - v->start), e = from;
    while (e < v->end) {
        if ((src[e] >= '0' && src[e] <= '9') || src[e] == '.' || src[e] == ',')
            e++;
        else if (utf8_fw_digit(src + e, src + v->end) >= 0 || utf8_fw_point(src + e, src + v->end))
            e += 3; /* ０-９ ． of crawler page text: a digit, a point (defer folds them) */
        else
            break;
    }
    if (e == from || (e < v->end && !(last && v->unit_printed && v->unit != UNIT_APPROX)))
        return 0;
    return e;
}

static int col_pos(const struct glued_row *g, int row, int col)
{
    for (int k = 0; k < g->ncols; k++)
        if (g->rows[k] == row && g->cols[k] == col)
            return k;
    return -1;
}

/* Positions in the row of one side's cells; false when one is not in the
 * row (小计 where the report prints none). */
static bool positions(const struct glued_row *g, const xxgk_terms *t, int *out)
{
    for (int i = 0; i < t->n; i++)
        if ((out[i] = col_pos(g, t->row[i], t->col[i])) < 0)
            return false;
    return true;
}

/* The template's per-row identities of a table (bit per id). */
static unsigned per_row_ids(int table)
{
    unsigned m = 0;
    for (int id = 1; id < XXGK_ID__COUNT; id++)
        if (xxgk_identity_table(id) == table && xxgk_identity_per_row(id))
            m |= 1u << id;
    return m;
}

/* The template's per-row identities (template.def; `ids`: those of the
 * row's table) laid on each row the printed row holds (table 四: its three
 * groups), as positions. */
static void row_identities(parse_ctx *ctx, struct glued_row *g, int tmpl, unsigned ids)
{
    ug_identity laid[UG_MAXIDS];
    g->nids = 0;
    for (int id = 1; id < XXGK_ID__COUNT; id++) {
        if (!(ids >> id & 1))
            continue;
        for (int k = 0; k < g->ncols; k++) {
            if (k > 0 && g->rows[k] == g->rows[k - 1])
                continue; /* each row once */
            xxgk_identity idt;
            int parts[XXGK_TPL_MAXTERMS], total[XXGK_TPL_MAXTERMS];
            if (!xxgk_identity_at(id, tmpl, g->rows[k], &idt) || idt.total.n != 1 ||
                idt.parts.n > UG_MAXTERMS || g->nids == UG_MAXIDS || !positions(g, &idt.parts, parts) ||
                !positions(g, &idt.total, total))
                continue;
            ug_identity *u = &laid[g->nids++];
            u->total = total[0];
            u->nparts = idt.parts.n;
            memcpy(u->parts, parts, sizeof parts[0] * (size_t)idt.parts.n);
            g->row_ids |= 1u << id;
        }
    }
    ug_identity *kept = g->nids ? arena_alloc_raw(&ctx->glued_mem, sizeof laid[0] * (size_t)g->nids) : NULL;
    if (!kept)
        g->nids = 0; /* none, or out of memory: the digits alone */
    else
        memcpy(kept, laid, sizeof laid[0] * (size_t)g->nids);
    g->ids = kept;
}

/* Is every position of the glued row in the same printed row (table 二
 * and 三; table 四's three groups are not)? */
static bool one_row(const struct glued_row *g)
{
    for (int k = 1; k < g->ncols; k++)
        if (g->rows[k] != g->rows[0])
            return false;
    return true;
}

/* Do two glued rows of a table lay the per-row identities out at the same
 * positions? A per-row identity's terms are the template's columns whatever
 * the row (xxgk_identity_move), so they do when their columns are the same
 * in the same places and their rows are too, or each is one row (table
 * 三's rows one after another). */
static bool same_layout(const struct glued_row *a, const struct glued_row *b)
{
    if (a->table != b->table || a->ncols != b->ncols ||
        memcmp(a->cols, b->cols, sizeof a->cols[0] * (size_t)a->ncols))
        return false;
    return !memcmp(a->rows, b->rows, sizeof a->rows[0] * (size_t)a->ncols) || (one_row(a) && one_row(b));
}

/* The identities of row G: those of LAID, a row of the same layout read
 * before it (same_layout), copied; else laid out anew. */
static void identities_like(parse_ctx *ctx, struct glued_row *g, const struct glued_row *laid, int tmpl,
                            unsigned ids)
{
    if (!laid || !same_layout(g, laid)) {
        row_identities(ctx, g, tmpl, ids);
        return;
    }
    g->nids = laid->nids;
    g->row_ids = laid->row_ids;
    g->ids = laid->ids;
}

/* The TABs of SRC[A, B), -1 across a line's end: two values of one
 * line have one TAB between them exactly when no cell lies between them,
 * and none after the last when it ends the row (a mark, a unit after a
 * value are its cell's text). */
static int tabs_between(const uint8_t *src, uint32_t a, uint32_t b)
{
    int tabs = 0;
    for (; a < b; a++) {
        if (src[a] == '\n')
            return -1;
        tabs += src[a] == '\t';
    }
    return tabs;
}

/* The line's end from AT: the next newline, or the text's end. */
static uint32_t line_end_from(const xxgk_doc *doc, uint32_t at)
{
    const uint8_t *nl = memchr(doc->src + at, '\n', doc->len - at);
    uint32_t e = nl ? (uint32_t)(nl - doc->src) : (uint32_t)doc->len;
    return e > at && doc->src[e - 1] == '\r' ? e - 1 : e;
}

/* Is no blank cell before the first value AT: back from it over blanks
 * the line starts, or a TAB comes with the label's text before it (its
 * own cell, a rowspan's continuation or an empty cell would be blank)? */
static bool no_blank_cell_before(const uint8_t *src, uint32_t at)
{
    uint32_t i = at;
    bool tab = false;
    while (i > 0) {
        uint8_t c = src[i - 1];
        if (c == '\n')
            return !tab;
        if (c == '\t') {
            if (tab)
                return false; /* two TABs: a blank cell between */
            tab = true;
            i--;
        } else if (c == ' ') {
            i--;
        } else if (i >= 2 && c == 0xA0 && src[i - 2] == 0xC2) {
            i -= 2;
        } else if (i >= 3 && c == 0x80 && src[i - 2] == 0x80 && src[i - 3] == 0xE3) {
            i -= 3;
        } else {
            return true; /* the label's text, or a value's right before (no TAB) */
        }
    }
    return !tab;
}

/* row → cell⇥cell⇥…⇥cell, each cell printed: a joined row of the file's
 * own cells (HTML, .docx) whose line shows no blank cell, neither at its
 * start (an empty cell, one of &nbsp;, a rowspan's continuation), between
 * two values nor at its end, so its N values less its K joins are its
 * cells one for one; with a blank one among them the values may stand one
 * column off, and a join would put each in the wrong column (L042 not). */
static bool full_grid_line(const parse_ctx *ctx, const ptok *vals, size_t n, uint32_t joins)
{
    const uint8_t *src = ctx->doc->src;
    if (!no_blank_cell_before(src, vals[0].start))
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        if (!(joins >> i & 1) && tabs_between(src, vals[i].end, vals[i + 1].start) != 1)
            return false;
    uint32_t e = vals[n - 1].end;
    return tabs_between(src, e, line_end_from(ctx->doc, e)) == 0;
}

/* The end in the text of the searched text's I-th character: a digit
 * folded from a full-width one (defer) ends 3 bytes after its place. */
static uint32_t at_end(const uint8_t *src, const struct glued_row *g, size_t i)
{
    bool digit = g->text[i] >= '0' && g->text[i] <= '9', point = g->text[i] == '.';
    const uint8_t *p = src + g->at[i];
    return g->at[i] + ((digit && utf8_fw_digit(p, p + 3) >= 0) || (point && utf8_fw_point(p, p + 3)) ? 3 : 1);
}

/* Room in the table's block for the row's text and places: no more
 * characters than the values' bytes and a blank between each two (a
 * full-width digit is 3 bytes and one character), UG_MAXTEXT at most, so
 * a row takes what it prints. */
static bool room_for_text(parse_ctx *ctx, struct glued_row *g, const ptok *vals, size_t n)
{
    /* the values lie in order in the text: their bytes are within the
     * span from the first's start to the last's end */
    size_t cap = n + (vals[n - 1].end - vals[0].start);
    cap = (cap < UG_MAXTEXT ? cap : UG_MAXTEXT) + 1;
    g->text = arena_alloc_raw(&ctx->glued_mem, cap);
    g->at = arena_alloc_raw(&ctx->glued_mem, cap * sizeof *g->at);
    return g->text && g->at;
}

/* The searched text of the row's N values VALS (each's digits end at
 * ENDS) into TEXT, each character's place in AT: one blank between two
 * values (a comma where one parts them in the text: 53006143,119), none
 * between a joined cell's two runs (JOINS), one '-' for any sign, an ASCII
 * digit for a full-width one. UG_MAXTEXT characters at most (*TOO_LONG
 * past them). Locals only in the loop: stores through char pointers would
 * reload the row's fields at each character. Returns the length. */
static size_t text_of(const uint8_t *src, const ptok *vals, size_t n, const uint32_t *ends, uint32_t joins,
                      char *text, uint32_t *at, bool *too_long)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t e = ends[i];
        if (i > 0 && !(joins >> (i - 1) & 1) && m < UG_MAXTEXT) {
            bool comma = vals[i].start == vals[i - 1].end + 1 && src[vals[i - 1].end] == ',';
            at[m] = comma ? vals[i - 1].end : vals[i].start;
            text[m++] = comma ? ',' : ' ';
        }
        uint32_t k = vals[i].start, sign = sign_len(src + k, e - k);
        if (sign && m < UG_MAXTEXT) { /* where a cell starts */
            at[m] = k;
            text[m++] = '-';
            k += sign;
        }
        for (; k < e; k++) {
            if (m == UG_MAXTEXT) {
                *too_long = true; /* kept: the start, for the message */
                break;
            }
            /* its place the character's first byte (at_end: its last) */
            int fw = utf8_fw_digit(src + k, src + e);
            bool point = utf8_fw_point(src + k, src + e);
            at[m] = k;
            text[m++] = fw >= 0 ? (char)('0' + fw) : point ? '.' : (char)src[k];
            k += fw >= 0 || point ? 2 : 0;
        }
    }
    return m;
}

/* ROWS and COLS are row and column keys (enum xxgk_row_key, xxgk_col_key),
 * each under 256: a glued row keeps them in bytes */
_Static_assert(XXGK_R__COUNT <= 256 && XXGK_C__COUNT <= 256, "a glued row keeps its keys in bytes");

/* Glued row I of the table ending. The rows are kept in blocks of
 * UG_BLOCK_ROWS that never move: a table printed one cell a line keeps a
 * glued row for each of its rows until the table ends (12,000 at 10x
 * cellrows), and a doubling array held up to twice their room, and both
 * arrays at once while it grew (4.06 MB for 2.98 MB of rows;
 * docs/performance.md, fifty-seventh pass). A block holds every row of
 * the largest table (table 三 has under 32), so an ordinary report takes
 * one block, once. */
static struct glued_row *glued_at(const parse_ctx *ctx, size_t i)
{
    return &ctx->glued_blocks[i / UG_BLOCK_ROWS][i % UG_BLOCK_ROWS];
}

/* Glued row I read in order after G, row I - 1 (NULL when I is 0): the
 * next in G's block, else the first of the next block (the readers walk
 * every row two or three times: a step, not an index, each). */
static struct glued_row *glued_next(const parse_ctx *ctx, size_t i, struct glued_row *g)
{
    return i % UG_BLOCK_ROWS ? g + 1 : ctx->glued_blocks[i / UG_BLOCK_ROWS];
}

/* Room for one more glued row: a block of the last table's kept, else a
 * new one. False when memory runs out (the row is then short, as before). */
static bool glued_room(parse_ctx *ctx)
{
    size_t b = ctx->nglued / UG_BLOCK_ROWS;
    if (b < ctx->nglued_blocks)
        return true;
    if (b == ctx->capglued_blocks) {
        size_t cap = b ? b * 2 : 4;
        struct glued_row **v = realloc(ctx->glued_blocks, cap * sizeof *v);
        if (!v)
            return false;
        ctx->glued_blocks = v;
        ctx->capglued_blocks = cap;
    }
    struct glued_row *block = malloc(UG_BLOCK_ROWS * sizeof *block);
    if (!block)
        return false;
    ctx->glued_blocks[ctx->nglued_blocks++] = block;
    return true;
}

/* The glued rows read, their blocks but the first are given back: a
 * table of 12,000 rows kept aside held 2.98 MB until the parse ended,
 * under the table's cells copied next (b_table_end) and every finding
 * told after; the first block serves the next table as before. Given back
 * to the kernel too when there were more than UG_TRIM_BLOCKS: xxgk's
 * heap is never trimmed (main.c: M_TRIM_THRESHOLD 64 MiB, no mmap under
 * 32 MiB), and the hole the blocks leave amid the arena's chunks stayed
 * resident, reused only by the arena's next chunk that fitted it (2.3 MB
 * of 12,000 rows, a 2 MB chunk next: cellrows' 10x peaked 0.3 MB higher
 * with smaller rows and findings than with larger ones, the chunk no
 * longer fitting; docs/performance.md, sixty-first pass). A table of
 * more than UG_TRIM_BLOCKS blocks gave them back as they were told
 * (glued_block_release): freeing NULL then. */
static void glued_blocks_trim(parse_ctx *ctx)
{
    for (size_t b = 1; b < ctx->nglued_blocks; b++)
        free(ctx->glued_blocks[b]);
#ifdef __GLIBC__
    if (ctx->nglued_blocks > UG_TRIM_BLOCKS)
        malloc_trim(0);
#endif
    if (ctx->nglued_blocks > 1)
        ctx->nglued_blocks = 1;
}

/* Block B of a table of more than UG_TRIM_BLOCKS blocks, its rows all
 * told (report_row reads its own row only), given back at once, and the
 * heap trimmed after every UG_TRIM_BLOCKS such blocks: the findings and
 * cells the later rows make then touch pages in place of the rows told,
 * not above them (docs/performance.md, sixty-fifth pass). The first block
 * is kept for the next table. */
static void glued_block_release(parse_ctx *ctx, size_t b)
{
    if (!b)
        return;
    free(ctx->glued_blocks[b]);
    ctx->glued_blocks[b] = NULL;
#ifdef __GLIBC__
    if (b % UG_TRIM_BLOCKS == 0)
        malloc_trim(0);
#endif
}

/* The row kept aside (unglue_defer, unglue_defer_joined): JOINS, bit i,
 * value i and value i + 1 are one cell's two runs, no blank between them
 * in the text. */
static bool defer(parse_ctx *ctx, int table, const int *rows, const int *cols, int ncols, const ptok *vals,
                  size_t n, const char *name, uint32_t joins)
{
    const uint8_t *src = ctx->doc->src;
    /* each value's digits' end, found once: a joined row holds its cells'
     * values and one more per join (fifteen cells and two joins are 17) */
    uint32_t ends[UG_MAXCELLS + UG_MAXJOIN];
    if (n > sizeof ends / sizeof ends[0])
        return false;
    for (size_t i = 0; i < n; i++)
        if (vals[i].tok != NUMBER || !(ends[i] = digits_end(src, &vals[i], i + 1 == n)))
            return false;
    if (!glued_room(ctx))
        return false;
    struct glued_row *g = glued_at(ctx, ctx->nglued++);
    memset(g, 0, sizeof *g);
    g->table = table;
    g->ncols = ncols;
    for (int k = 0; k < ncols; k++) {
        g->rows[k] = (uint8_t)rows[k];
        g->cols[k] = (uint8_t)cols[k];
    }
    g->name = name;
    g->name_tmpl = name ? 0 : bld_current_template(ctx);
    g->last_end = vals[n - 1].end;
    g->last_unit = vals[n - 1].unit;
    g->last_unit_printed = vals[n - 1].unit_printed;
    g->grid_full = joins && ctx->cells_delimited && full_grid_line(ctx, vals, n, joins);
    if (!room_for_text(ctx, g, vals, n)) {
        ctx->nglued--;
        return false;
    }
    for (size_t i = 1, pos = 0; i < n; i++) {
        if (joins >> (i - 1) & 1) {
            g->jpos[g->njoin] = (uint8_t)pos;
            g->jstart[g->njoin] = vals[i - 1].start;
            g->jend[g->njoin++] = vals[i].end;
        } else {
            pos++;
        }
    }
    g->n = text_of(src, vals, n, ends, joins, g->text, g->at, &g->too_long);
    g->at[g->n] = g->n ? at_end(src, g, g->n - 1) : vals[0].start;
    return true;
}

bool unglue_defer(parse_ctx *ctx, int table, const int *rows, const int *cols, int ncols,
                  const ptok *vals, size_t n, const char *name)
{
    if (!ctx->pagetext || n == 0 || (int)n >= ncols || ncols > UG_MAXCELLS)
        return false;
    return defer(ctx, table, rows, cols, ncols, vals, n, name, 0);
}

/* True when the bytes s..e are the word W. */
static bool word_is(const uint8_t *src, uint32_t s, uint32_t e, const char *w)
{
    size_t n = strlen(w);
    return e - s == n && memcmp(src + s, w, n) == 0;
}

/* True when the source at AT begins with W (the source ends with a NUL). */
static bool text_at(const uint8_t *src, uint32_t at, const char *w)
{
    return strncmp((const char *)src + at, w, strlen(w)) == 0;
}

/* True when the number token V begins with a year as a report prints
 * one: four ASCII digits 19xx or 20xx (the whole token, or 2021.12 of
 * 2021.12.31, a token of its own by the lexer's decimal point). */
static bool number_starts_year(const uint8_t *src, const ptok *v)
{
    if (v->end - v->start < 4 || !(text_at(src, v->start, "19") || text_at(src, v->start, "20")))
        return false;
    for (uint32_t i = v->start; i < v->start + 4; i++)
        if (src[i] < '0' || src[i] > '9')
            return false;
    return true;
}

/* The word 年 after a year's digits (2021年, 2021 年, the blank a space,
 * TAB, U+3000 or the line's break where a page wraps the date). */
static bool year_word_after(const uint8_t *src, uint32_t at)
{
    for (;;) {
        if (src[at] == ' ' || src[at] == '\t' || src[at] == '\n' || src[at] == '\r')
            at++;
        else if (text_at(src, at, "\xE3\x80\x80"))
            at += 3;
        else
            return text_at(src, at, "年");
    }
}

/* A date's year is the word 年 after its digits (2021年, 2021 年, the
 * blank a space, TAB, U+3000 or the line's break where a page wraps the
 * date), or an ISO date's month and day (2021-12-31, 2021/12/31,
 * 2021.12.31: meta_iso_date, a real day): four digits alone (396至2021
 * glued to the next row) are a count, not a date. The date ends its row's
 * values (LAST, the row's last value, ends with it: 年's month and day are
 * rows of their own): a number after it (至2021-12-31 0) is a cell, the
 * date inside the row's numbers, not after them (review-text14). */
static bool year_of_date(const uint8_t *src, const ptok *first, const ptok *last)
{
    int m, d;
    uint32_t end, y = first->start + 4; /* past the year's four digits */
    if (!number_starts_year(src, first))
        return false;
    if (first->end == y && year_word_after(src, y))
        return last == first;
    /* the ISO date's bound: -12-31 and one byte to see that no digit follows */
    return meta_iso_date(src, y, y + 7, &m, &d, &end) && last->end <= end;
}

/* The short word LABEL, its first number FIRST right after it, is a word
 * of the report's language that parts rows or closes one, not a word
 * inside a row's numbers: a note's mark (注1, 註2), a row or total label
 * (合计0, 小计, 总计, 其他1, 备案5, 共计, 累计), a date or period after the
 * row (至2021年12月31日, 到2021年, 第3季度). The row before it then reads as
 * it would with a blank between (review-text12: the note or total glued to
 * a complete row's last digit lost the row's right cells). */
static bool word_parts_rows(const uint8_t *src, const ptok *label, const ptok *first, const ptok *last)
{
    static const char *const parting[] = {"注", "註", "合计", "合計", "小计", "小計", "总计", "總計",
                                          "共计", "共計", "累计", "累計", "其他", "备案", "備案"};
    for (size_t i = 0; i < sizeof parting / sizeof *parting; i++)
        if (word_is(src, label->start, label->end, parting[i]))
            return true;
    if (word_is(src, label->start, label->end, "至") || word_is(src, label->start, label->end, "到"))
        return year_of_date(src, first, last);
    /* 至2021年, 至2021-12-31: a date; 至3181, 396至2021: a range or a count, no date */
    if (word_is(src, label->start, label->end, "第"))
        return text_at(src, first->end, "季"); /* 第3季度, 第3季 */
    return false;
}

/* The word LABEL of an unknown row stands inside a row's glued numbers:
 * page text, glued on both sides (its first number right after it), and
 * short (at most UG_WORD_MAX characters: 至, 年, 减, 部, 万元; a row
 * label misspelt, 规范文件, is longer and parts rows as before). */
static bool word_between_digits(const parse_ctx *ctx, const ptok *label, uint32_t before_end)
{
    enum { UG_WORD_MAX = 2 };
    if (!ctx->pagetext || before_end != label->start || !ctx->vals.n || ctx->vals.v[0].tok != NUMBER ||
        ctx->vals.v[0].start != label->end)
        return false;
    const uint8_t *src = ctx->doc->src;
    if (word_parts_rows(src, label, &ctx->vals.v[0], &ctx->vals.v[ctx->vals.n - 1]))
        return false;
    int chars = 0;
    for (uint32_t i = label->start; i < label->end && chars <= UG_WORD_MAX; chars++)
        utf8_next(src, &i, label->end);
    return chars <= UG_WORD_MAX;
}

/* The word's text and the digits before it, for P100. */
static void word_text(const parse_ctx *ctx, uint32_t s, uint32_t e, char *out, size_t size)
{
    size_t n = e - s < size - 1 ? e - s : size - 1;
    memcpy(out, ctx->doc->src + s, n);
    out[n] = '\0';
}

/* Does src[s, e) hold a range sign (~ ～ between digits: 3～5) or a glyph
 * the copy could not read (U+E000–F8FF private use, U+FFFD)? Neither is a
 * mark a user would look for: P100 keeps the old wording for them. */
static bool range_or_unread(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e;) {
        uint32_t cp = 0;
        int l = utf8_decode(src + i, e - i, &cp);
        if (l <= 0)
            return true;
        if (cp == '~' || cp == 0xFF5E || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFFFD)
            return true;
        i += (uint32_t)l;
    }
    return false;
}

/* Is src[s, e), glued inside a row's digits, a mark (bld_mark_text) and
 * not a range sign nor an unread glyph? P100 names it a mark then. */
static bool glued_mark(const parse_ctx *ctx, uint32_t s, uint32_t e)
{
    return bld_mark_text(ctx->doc->src, s, e) && !range_or_unread(ctx->doc->src, s, e);
}

/* P100 at the word src[s, e) glued inside the row's digits DIGITS, its
 * last words TAIL (what became of the row or the cell). The message names
 * what stands there: a mark (※, ①, #: bld_mark_text) is no word, and a
 * user told "the word '※'" looks for a word. */
static xxgk_diag *word_inside_told(parse_ctx *ctx, uint32_t s, uint32_t e, const char *digits, const char *tail)
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH, mark = glued_mark(ctx, s, e);
    char word[64];
    word_text(ctx, s, e, word, sizeof word);
    const char *kind = mark ? (zh ? "标记" : "mark") : (zh ? "文字" : "word");
    const char *why = mark ? (zh ? "误植的符号或注释标记" : "a stray or a footnote mark")
                           : (zh ? "范围、日期、单位或增减" : "a range, a date, a unit, a sign");
    return xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_WORD_INSIDE, span_of(s, e), digits, kind, word, why, tail);
}

/* An unknown row with numbers whose short word LABEL is glued between the
 * last digit of the row before and its own numbers (行政许可396至3181: 至
 * and 3181 an unknown row, P008): the word stands inside the row's numbers
 * (a range, a date, a count with its unit, a sign word), so the digits
 * before it are not the row's cells by themselves and how many of them
 * are cannot be told: 396 read as 3|9|6 put numbers where the report did
 * not. A glued row kept aside is withheld and told at the word at the
 * table's end (P100, report_row); a row read already (its columns' count
 * of values: 行政处罚128月2, one column) keeps its cells, the last one
 * flagged by P100 (its digits may be cut short). A label after a
 * separator, a known row's label, or a word that parts rows in the
 * report's language (word_parts_rows: 注1, 合计0, 至2021年) parts rows as
 * before; a glued row whose digits force one reading keeps it
 * (word_inside_forced). True when the word is so told. */
bool unglue_word_inside(parse_ctx *ctx, const ptok *label)
{
    struct glued_row *g = ctx->nglued ? glued_at(ctx, ctx->nglued - 1) : NULL;
    if (g && !g->njoin && !g->word_end && word_between_digits(ctx, label, g->last_end)) {
        g->word_start = label->start;
        g->word_end = label->end;
        return true;
    }
    const xxgk_cell *c = ctx->ncells ? &ctx->cells[ctx->ncells - 1] : NULL;
    if (!c || c->state != XXGK_CELL_VALUE || !word_between_digits(ctx, label, c->span.end))
        return false;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char digits[64];
    word_text(ctx, c->span.start, c->span.end, digits, sizeof digits);
    xxgk_diag *d = word_inside_told(ctx, label->start, label->end, digits,
                                    zh ? "该格未必是报告所印的数，带此发现"
                                       : "the cell may not be the number the report prints: it carries this finding");
    bool mark = glued_mark(ctx, label->start, label->end); /* the note names what P100 names */
    if (d)
        xxgk_diag_add_note(ctx->doc, d, c->span,
                           mark ? (zh ? "此格的数字之后紧接该标记" : "this cell's digits run into the mark")
                                : (zh ? "此格的数字之后紧接该文字" : "this cell's digits run into the word"));
    return true;
}

bool unglue_defer_joined(parse_ctx *ctx, int table, const int *rows, const int *cols, int ncols,
                         const ptok *vals, size_t n, uint32_t joins, const char *name)
{
    int k = __builtin_popcount(joins);
    if (!joins || k > UG_MAXJOIN || (int)n - k != ncols || ncols > UG_MAXCELLS)
        return false;
    return defer(ctx, table, rows, cols, ncols, vals, n, name, joins);
}

/* ---- reading one row ---------------------------------------------------- */

/* The steps a search may take: its own budget, within what is left of the
 * document's (many hostile rows cost no more than a few). */
static long budget_left(const parse_ctx *ctx)
{
    long left = UG_DOC_BUDGET - ctx->unglue_spent;
    return left < UG_BUDGET ? (left > 0 ? left : 0) : UG_BUDGET;
}

/* A row with identities is searched once, but its steps are charged twice,
 * as two searches (without the identities, then with them: they walk the
 * same cuts) would spend them: the second runs out when its own budget,
 * what is left after the first, is less than the steps the cuts take. So
 * a document's budget runs out at the same row as it always did. */
static void charge_second_search(parse_ctx *ctx, ug_result *r)
{
    long left = budget_left(ctx);
    if (!r->capped && r->steps <= left) {
        ctx->unglue_spent += r->steps;
        return;
    }
    r->capped = true;
    ctx->unglue_spent += left;
}

/* A glued row with a word glued after its digits (396至3181) keeps a reading
 * only where the digits force it whatever the word took: every digit a 0
 * (0 0 0 however the digits part), or the one reading the sums allow where
 * the digits alone allow more (pingtan-2021's 总计 row, P050). */
static bool word_inside_forced(const struct glued_row *g, const ug_result *r)
{
    if (r->capped || r->count != 1)
        return false;
    if (g->nids && r->any > 1)
        return true;
    for (size_t i = 0; i < g->n; i++)
        if (g->text[i] != '0' && g->text[i] != ' ')
            return false;
    return true;
}

/* The readings a row needs after its search: every one for a row the
 * column identities try (checked_by_columns, the table's first
 * UG_MAXCAND: decide_by_columns tries no more), else those a message
 * lists (UG_SHOWN; a row read one way has one). */
static bool keep_readings(parse_ctx *ctx, struct glued_row *g, const ug_reading *found, bool all)
{
    if (!all && g->ncand > UG_SHOWN)
        g->ncand = UG_SHOWN;
    if (!g->ncand)
        return true;
    g->cand = arena_alloc_raw(&ctx->glued_mem, (size_t)g->ncand * sizeof *g->cand);
    if (!g->cand) {
        g->ncand = 0;
        g->status = G_TOO_MANY; /* out of memory: no reading, the row withheld */
        return false;
    }
    memcpy(g->cand, found, (size_t)g->ncand * sizeof *g->cand);
    return true;
}

static void read_row(parse_ctx *ctx, struct glued_row *g, const struct glued_row *laid, int tmpl,
                     unsigned ids, ug_reading *found)
{
    identities_like(ctx, g, laid, tmpl, ids);
    if (g->too_long) {
        g->status = G_TOO_MANY;
        return;
    }
    if (memchr(g->text, ',', g->n)) {
        g->status = G_COMMA;
        return;
    }
    ug_result r = unglue_search(g->text, g->n, g->ncols, g->ids, g->nids, found, UG_MAXCAND,
                                budget_left(ctx));
    ctx->unglue_spent += r.steps;
    /* do the identities choose, or do the digits alone? */
    g->needs_ids = (g->nids && (r.capped || r.any > 1)) || g->njoin;
    if (g->nids)
        charge_second_search(ctx, &r);
    if (g->njoin && !g->nids && g->table != XXGK_TABLE_REQUESTS) {
        g->status = G_UNCHECKED; /* no sum of the template reaches the row */
        return;
    }
    g->count = r.count;
    g->ncand = r.count < UG_MAXCAND ? r.count : UG_MAXCAND;
    if (g->word_end && !word_inside_forced(g, &r))
        g->status = G_WORD_INSIDE; /* no reading: told at the word (P100) */
    else if (r.capped)
        g->status = G_TOO_MANY;
    else if (r.count == 0)
        g->status = G_NONE;
    else
        g->status = r.count == 1 ? G_UNIQUE : G_AMBIGUOUS;
}

/* ---- the column identities of table 三 ------------------------------------ */

/* The column identities of table 三 laid on each column of the glued rows:
 * a pair (identity, column), bit p of a mask. */
typedef struct colpairs {
    int n;
    int id[UG_PAIRS];
    xxgk_identity idt[UG_PAIRS];
} colpairs;

typedef struct colctx {
    int tmpl;
    /* the value of each cell of table 三 as the rows are tried: a printed
     * cell, a row read one way, an undecided row at its current pick; -1:
     * unknown (not printed, withheld, a row short of values) */
    int64_t val[XXGK_R__COUNT][XXGK_C__COUNT];
    colpairs cp;
} colctx;

static bool in_grid(int row, int col)
{
    return row > 0 && row < XXGK_R__COUNT && col > 0 && col < XXGK_C__COUNT;
}

/* Row G's cells in the grid: its reading PICK, or unknown (pick < 0). */
static void put_row(colctx *cc, const struct glued_row *g, int pick)
{
    const ug_reading *rd = pick >= 0 ? &g->cand[pick] : NULL;
    for (int k = 0; k < g->ncols; k++)
        if (in_grid(g->rows[k], g->cols[k]))
            cc->val[g->rows[k]][g->cols[k]] =
                rd ? unglue_value(g->text + rd->start[k], (size_t)(rd->end[k] - rd->start[k])) : -1;
}

/* What the rows are tried against: the table's printed cells and the rows
 * read now (those read one way at their reading, the others unknown). A
 * printed row short of values (P007: which cell a value belongs to is
 * unknown) or over full (P006) confirms and refutes nothing, as in the
 * validator (check_arith.c): its cells are unknown. */
static void colctx_fill(colctx *cc, parse_ctx *ctx, int ncols)
{
    int present[XXGK_R__COUNT] = {0};
    for (int r = 0; r < XXGK_R__COUNT; r++)
        for (int c = 0; c < XXGK_C__COUNT; c++)
            cc->val[r][c] = -1;
    for (size_t i = 0; i < ctx->ncells; i++) {
        const xxgk_cell *c = &ctx->cells[i];
        if (c->table != XXGK_TABLE_REQUESTS || !in_grid(c->row, c->col))
            continue;
        present[c->row] += c->state != XXGK_CELL_ABSENT && !c->row_overfull;
        if (c->state == XXGK_CELL_VALUE && c->value.scale == 0)
            cc->val[c->row][c->col] = c->value.mant;
    }
    for (int r = 0; r < XXGK_R__COUNT; r++)
        if (present[r] && present[r] < ncols)
            for (int c = 0; c < XXGK_C__COUNT; c++)
                cc->val[r][c] = -1;
    struct glued_row *g = NULL;
    for (size_t i = 0; i < ctx->nglued; i++) {
        g = glued_next(ctx, i, g);
        if (g->table == XXGK_TABLE_REQUESTS)
            put_row(cc, g, g->status == G_UNIQUE ? 0 : -1);
    }
}

/* sum of one side's cells; false when one is unknown */
static bool side_sum(const colctx *cc, const xxgk_terms *t, int64_t *sum)
{
    *sum = 0;
    for (int i = 0; i < t->n; i++) {
        int64_t v = cc->val[t->row[i]][t->col[i]]; /* the template's keys: in the grid */
        if (v < 0 || __builtin_add_overflow(*sum, v, sum))
            return false;
    }
    return true;
}

static void colpairs_lay(colpairs *cp, int tmpl, const uint8_t *cols, int ncols)
{
    cp->n = 0;
    for (int id = 1; id < XXGK_ID__COUNT; id++) {
        if (xxgk_identity_table(id) != XXGK_TABLE_REQUESTS || xxgk_identity_per_row(id))
            continue;
        for (int k = 0; k < ncols && cp->n < UG_PAIRS; k++)
            if (xxgk_identity_at(id, tmpl, cols[k], &cp->idt[cp->n]))
                cp->id[cp->n++] = id;
    }
}

/* The pairs a row is a term of: the identities that cover it (a column
 * identity of table 三 takes a row in every column or in none). */
static uint32_t pairs_covering(const colctx *cc, const struct glued_row *g)
{
    uint32_t m = 0;
    unsigned ids = 0, seen = 0;
    for (int p = 0; p < cc->cp.n; p++) {
        int id = cc->cp.id[p];
        if (!(seen >> id & 1)) {
            seen |= 1u << id;
            if (xxgk_identity_has(id, cc->tmpl, g->rows[0], g->cols[0]))
                ids |= 1u << id;
        }
        if (ids >> id & 1)
            m |= 1u << p;
    }
    return m;
}

/* The pairs that break (all their cells known, the sums differ) and, in
 * *unknown, those that cannot be evaluated (a cell unknown). */
static uint32_t pairs_broken(const colctx *cc, uint32_t *unknown)
{
    uint32_t m = 0, u = 0;
    for (int p = 0; p < cc->cp.n; p++) {
        int64_t a, b;
        if (!side_sum(cc, &cc->cp.idt[p].parts, &a) || !side_sum(cc, &cc->cp.idt[p].total, &b))
            u |= 1u << p;
        else if (a != b)
            m |= 1u << p;
    }
    if (unknown)
        *unknown = u;
    return m;
}

/* The identities (bit per id) of a set of pairs. */
static unsigned ids_of(const colpairs *cp, uint32_t pairs)
{
    unsigned m = 0;
    for (int p = 0; p < cp->n; p++)
        if (pairs >> p & 1)
            m |= 1u << cp->id[p];
    return m;
}

/* Try every combination of the rows' readings: a reading of a row fits
 * when, in some combination, every column identity that covers the row
 * holds or cannot be evaluated (the identities it is no term of say
 * nothing about it: a wrong row elsewhere withholds its own column only).
 * Only the rows whose pick changed are written into the grid. */
static void try_combinations(colctx *cc, struct glued_row **amb, const uint32_t *cover, int namb, long combos)
{
    for (int k = 0; k < namb; k++)
        if (amb[k]->pick != 0) { /* the grid holds each row at its pick */
            amb[k]->pick = 0;
            put_row(cc, amb[k], 0);
        }
    for (long c = 0; c < combos; c++) {
        long r = c;
        for (int k = 0; k < namb; k++) {
            int pick = (int)(r % amb[k]->ncand);
            if (pick != amb[k]->pick) {
                amb[k]->pick = pick;
                put_row(cc, amb[k], pick);
            }
            r /= amb[k]->ncand;
        }
        uint32_t broken = pairs_broken(cc, NULL);
        for (int k = 0; k < namb; k++)
            if (!(cover[k] & broken))
                amb[k]->fits |= 1ull << amb[k]->pick;
    }
}

/* Is a row's reading one the identities chose (the digits alone allow
 * more), in table 三 where the column identities may confirm or refute it? */
static bool checked_by_columns(const struct glued_row *g)
{
    return g->table == XXGK_TABLE_REQUESTS && g->rows[0] > 0 && g->rows[0] < XXGK_R__COUNT &&
           ((g->status == G_UNIQUE && g->needs_ids) || (g->status == G_AMBIGUOUS && g->count <= UG_MAXCAND));
}

/* The combinations of the rows amb[0..namb), tried until none is refuted:
 * a row no combination fits is withheld (P052, naming the column
 * identities), its cells unknown, and the others are tried again without
 * it, for their readings may have fit only with its refuted one. Each
 * round withholds a row, so namb rounds at most. Returns the rows left,
 * at the front of amb (and their pairs of cover). */
static int withhold_refuted(colctx *cc, struct glued_row **amb, uint32_t *cover, int namb)
{
    for (;;) {
        long combos = 1;
        for (int k = 0; k < namb; k++) {
            amb[k]->fits = 0;
            combos *= amb[k]->ncand; /* no more than the first round's */
        }
        try_combinations(cc, amb, cover, namb, combos);
        int kept = 0;
        for (int k = 0; k < namb; k++) {
            struct glued_row *g = amb[k];
            if (g->fits) {
                cover[kept] = cover[k];
                amb[kept++] = g;
                continue;
            }
            g->status = G_NONE;
            g->cross = ids_of(&cc->cp, cover[k]);
            put_row(cc, g, -1);
        }
        if (kept == namb || !kept)
            return kept;
        namb = kept;
    }
}

/* A row of several readings one of which alone fits is read (the column
 * identities chose it); the others stay unknown. */
static void settle(colctx *cc, struct glued_row **amb, const uint32_t *cover, int namb)
{
    for (int k = 0; k < namb; k++) {
        struct glued_row *g = amb[k];
        if (g->status == G_UNIQUE) {
            continue; /* at its one reading in the grid */
        } else if (!(g->fits & (g->fits - 1))) {
            g->cand[0] = g->cand[__builtin_ctzll(g->fits)];
            g->status = G_UNIQUE;
            g->cross = ids_of(&cc->cp, cover[k]); /* they chose it */
            put_row(cc, g, 0);
        } else {
            put_row(cc, g, -1);
        }
    }
}

/* Rule: a glued reading of table 三 that an identity chose is kept only
 * when every identity covering the row holds, the column identities (V103,
 * V104) too: the rows whose reading the identities chose (one reading or
 * several) are tried together in every combination of their readings; a
 * row no combination fits is withheld (P052). A kept reading whose column
 * identities cannot be evaluated (another row withheld) is said to be
 * unconfirmed (P058), not a note. */
static void decide_by_columns(parse_ctx *ctx, int tmpl)
{
    struct glued_row *amb[UG_MAXCAND];
    uint32_t cover[UG_MAXCAND];
    int namb = 0;
    long combos = 1;
    struct glued_row *g = NULL;
    for (size_t i = 0; i < ctx->nglued; i++) {
        g = glued_next(ctx, i, g);
        if (!checked_by_columns(g) || namb == UG_MAXCAND)
            continue;
        combos = combos > UG_MAXCOMBOS ? combos : combos * g->ncand;
        amb[namb++] = g;
    }
    if (combos > UG_MAXCOMBOS) { /* too many to try: the several stay withheld, the one-reading rows are tried */
        int kept = 0;
        for (int k = 0; k < namb; k++)
            if (amb[k]->status == G_UNIQUE)
                amb[kept++] = amb[k];
        namb = kept;
    }
    if (!namb)
        return;
    /* the grid is too large for the stack; colctx_fill writes all of it */
    colctx *cc = malloc(sizeof *cc);
    if (!cc)
        return;
    cc->tmpl = tmpl;
    colctx_fill(cc, ctx, amb[0]->ncols);
    colpairs_lay(&cc->cp, tmpl, amb[0]->cols, amb[0]->ncols);
    for (int k = 0; k < namb; k++) {
        cover[k] = pairs_covering(cc, amb[k]);
        amb[k]->pick = 0;
        if (amb[k]->status == G_AMBIGUOUS)
            put_row(cc, amb[k], 0); /* unknown in the grid until tried */
    }
    int left = withhold_refuted(cc, amb, cover, namb);
    settle(cc, amb, cover, left);
    uint32_t unknown;
    pairs_broken(cc, &unknown);
    for (int k = 0; k < left; k++) {
        struct glued_row *g = amb[k];
        if (g->status != G_UNIQUE || !(cover[k] & unknown))
            continue;
        g->unconfirmed = ids_of(&cc->cp, cover[k] & unknown);
        /* the message names what did confirm it: its column identities
         * that held */
        g->cross |= ids_of(&cc->cp, cover[k]) & ~g->unconfirmed;
    }
    free(cc);
}

/* ---- cells and messages ------------------------------------------------- */

/* `head`, then `sep`, then a reading's cells with | between (64|0|0|2|0|4|70),
 * as one string of the arena: copied, not formatted (a message lists up to
 * UG_SHOWN readings of up to sixteen cells). */
static const char *append_reading(parse_ctx *ctx, const char *head, const char *sep,
                                  const struct glued_row *g, const ug_reading *rd)
{
    size_t nh = strlen(head), ns = strlen(sep), len = nh + ns;
    for (int k = 0; k < g->ncols; k++)
        len += (size_t)(rd->end[k] - rd->start[k]) + (k > 0);
    char *s = doc_alloc_raw(ctx->doc, len + 1);
    if (!s)
        return "";
    memcpy(s, head, nh);
    memcpy(s + nh, sep, ns);
    char *p = s + nh + ns;
    for (int k = 0; k < g->ncols; k++) {
        size_t n = (size_t)(rd->end[k] - rd->start[k]);
        if (k > 0)
            *p++ = '|';
        memcpy(p, g->text + rd->start[k], n);
        p += n;
    }
    *p = 0;
    return s;
}

/* The pieces of a message: an identity is five at most (identity_names). */
enum { MSG_PARTS = 5 * XXGK_ID__COUNT };

/* The strings part[0..n) (n <= MSG_PARTS) one after another, as one string
 * of the arena (a message's pieces copied, not formatted). */
static const char *joined(parse_ctx *ctx, const char *const *part, int n)
{
    size_t len[MSG_PARTS], total = 0;
    for (int k = 0; k < n; k++)
        total += len[k] = strlen(part[k]);
    char *s = doc_alloc_raw(ctx->doc, total + 1), *p = s;
    if (!s)
        return "";
    for (int k = 0; k < n; k++) {
        memcpy(p, part[k], len[k]);
        p += len[k];
    }
    *p = 0;
    return s;
}

/* What an identity says, in a message (its check code follows it). */
static const char *identity_what(bool zh, int id)
{
    switch (id) {
    case XXGK_ID_ROW_TOTAL: return zh ? "总计等于六列之和" : "总计 = the six columns";
    case XXGK_ID_LEGAL_SUBTOTAL:
        return zh ? "小计等于法人或其他组织五列之和" : "小计 = the five 法人或其他组织 columns";
    case XXGK_ID_HANDLED_TOTAL: return zh ? "（七）总计等于各办理结果行之和" : "（七）总计 = the outcome rows";
    case XXGK_ID_BALANCE: return zh ? "第一项加第二项等于第三项加第四项" : "一 + 二 = （七） + 四";
    case XXGK_ID_APPEALS_TOTAL: return zh ? "各组总计等于其四项结果之和" : "each group's 总计 = its four results";
    default: return xxgk_identity_key(id);
    }
}

/* The identities that decided a row (or that no reading meets): each as
 * what it says and its check code, "总计 = the six columns (V101) and …". */
static const char *identity_names(parse_ctx *ctx, unsigned m)
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    const char *part[MSG_PARTS];
    int n = 0;
    for (int id = 1; id < XXGK_ID__COUNT; id++) {
        if (!(m >> id & 1))
            continue;
        xxgk_identity idt;
        if (n)
            part[n++] = zh ? "、" : " and ";
        part[n++] = identity_what(zh, id);
        part[n++] = zh ? "（" : " (";
        part[n++] = xxgk_identity_at(id, 2021, 1, &idt) ? xxgk_code_name(idt.code) : "";
        part[n++] = zh ? "）" : ")";
    }
    if (!n)
        return zh ? "用尽全部数字" : "every digit is used";
    return joined(ctx, part, n);
}

/* The row's name for a message, made the first time one needs it. */
static const char *row_name(parse_ctx *ctx, struct glued_row *g)
{
    if (!g->name)
        g->name = bld_row_name_as(ctx, g->rows[0], g->name_tmpl);
    return g->name;
}

static xxgk_span text_span(const uint8_t *src, const struct glued_row *g)
{
    xxgk_span sp = {g->at[0], g->n ? at_end(src, g, g->n - 1) : g->at[0]};
    return sp;
}

/* The value of a cell's digits in the text, -1 with a point or more
 * than 18 digits: such a cell is read from its token, whose reader says
 * why it holds no exact number (L004). A searched cell never has more
 * (unglue_search), but a joined row's cells each as printed can. */
static int64_t digits_value(const char *s, size_t n)
{
    if (n > UG_MAXDIGITS)
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.' || s[i] == '-')
            return -1; /* read from its token, as printed */
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The cells of reading RD. A cell's digits stand together in the text
 * (a cell never spans a blank), so a cell of whole digits is made from its
 * value and the place of its digits, not read again from a token; a cell
 * with a point, and the last one when a unit was printed after it, are
 * read from their tokens as printed numbers are. Each such token is whole
 * (the fields not set zero, its spans its digits), as a scanned one. */
static void emit_cells(parse_ctx *ctx, const struct glued_row *g, const ug_reading *rd)
{
    xxgk_span sp[UG_MAXCELLS];
    int64_t whole[UG_MAXCELLS];
    ptok v[UG_MAXCELLS];
    for (int k = 0; k < g->ncols; k++) {
        size_t s = rd->start[k], e = rd->end[k];
        sp[k] = (xxgk_span){g->at[s], at_end(ctx->doc->src, g, e - 1)};
        bool unit = e == g->n && g->last_unit_printed; /* the unit printed after the digits */
        whole[k] = unit ? -1 : digits_value(g->text + s, e - s);
        if (whole[k] >= 0)
            continue;
        v[k] = (ptok){.tok = NUMBER, .start = sp[k].start, .end = sp[k].end, .a_start = sp[k].start,
                      .a_end = sp[k].end};
        if (unit) {
            v[k].end = g->last_end;
            v[k].unit_printed = true;
            v[k].unit = g->last_unit;
        }
    }
    int rows[UG_MAXCELLS], cols[UG_MAXCELLS];
    for (int k = 0; k < UG_MAXCELLS; k++) { /* all of them: one vector step */
        rows[k] = g->rows[k];
        cols[k] = g->cols[k];
    }
    b_make_cells(ctx, g->table, rows, cols, sp, whole, v, (size_t)g->ncols);
}

/* The digits as a message quotes them: the first UG_SHOWN_DIGITS, then …
 * when there are more (copied, not formatted). */
static const char *quoted_digits(parse_ctx *ctx, const struct glued_row *g)
{
    static const char more[] = "…";
    bool cut = g->n > UG_SHOWN_DIGITS;
    size_t n = cut ? UG_SHOWN_DIGITS : g->n, nm = cut ? sizeof more - 1 : 0;
    /* each character as the report printed it (２ ． as much as 2 .):
     * three bytes a character at most */
    char *s = doc_alloc_raw(ctx->doc, 3 * n + nm + 1), *o = s;
    if (!s)
        return "";
    for (size_t i = 0; i < n; i++) {
        char c = g->text[i];
        if (c != '.' && (c < '0' || c > '9')) { /* a cell's gap, a comma, a sign: as folded */
            *o++ = c;
            continue;
        }
        uint32_t l = at_end(ctx->doc->src, g, i) - g->at[i];
        memcpy(o, ctx->doc->src + g->at[i], l);
        o += l;
    }
    memcpy(o, more, nm);
    o[nm] = 0;
    return s;
}

/* The printed text of joined cell J ("6 4"), as one string of the arena. */
static const char *join_text(parse_ctx *ctx, const struct glued_row *g, int j)
{
    size_t n = g->jend[j] - g->jstart[j];
    const char *s = doc_copy_again(ctx->doc, DOC_AGAIN_JOIN_PAIR, (const char *)ctx->doc->src + g->jstart[j], n);
    return s ? s : "";
}

/* Are the two runs of joined cell J the groups of one number with a blank
 * for its thousands separator (2 293, 24 252: one to three digits not
 * opening with 0, then exactly three)? */
static bool thousands_join(const parse_ctx *ctx, const struct glued_row *g, int j)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t a = g->jstart[j], e = g->jend[j], b = a;
    while (b < e && src[b] >= '0' && src[b] <= '9')
        b++;
    return b - a >= 1 && b - a <= 3 && src[a] != '0' && b < e && src[b] == ' ' && e - (b + 1) == 3;
}

/* A joined row no identity covers (G_UNCHECKED) read with each joined
 * cell one number, when every such cell is a cell of the file's own (an
 * HTML or .docx table's: its extent is the file's, not a guess at a lost
 * delimiter) printing a thousands-shaped number (thousands_join). The
 * row is known there: it came to the join only as a row of numbers alone,
 * its line showing no blank cell at all, at its start or end included
 * (full_grid_line: a blank one would shift every value), a cell merged over columns the row
 * above keeps apart split into its columns (P075) or followed by its
 * blank ones (L030), so the cell spans one column; joined, the row holds
 * exactly its columns, apart one value more. L042 at each such cell.
 * False, nothing done, otherwise: P062 as before. */
static bool report_thousands_joined(parse_ctx *ctx, struct glued_row *g, const ug_reading *rd)
{
    if (g->status != G_UNCHECKED || !g->grid_full)
        return false;
    for (int j = 0; j < g->njoin; j++)
        if (!thousands_join(ctx, g, j))
            return false;
    emit_cells(ctx, g, rd);
    for (int j = 0; j < g->njoin; j++) {
        size_t a = rd->start[g->jpos[j]], e = rd->end[g->jpos[j]];
        char *as = doc_alloc_raw(ctx->doc, e - a + 1);
        if (!as)
            return true;
        memcpy(as, g->text + a, e - a);
        as[e - a] = 0;
        xxgk_doc_add_diag(ctx->doc, XXGK_L_THOUSANDS_BLANK, (xxgk_span){g->jstart[j], g->jend[j]},
                          join_text(ctx, g, j), row_name(ctx, g), as, g->ncols);
    }
    return true;
}

/* A joined row (unglue_defer_joined) its identities did not read: its
 * cells each as printed up to the first cell of two runs, none from there
 * on keeps a number (an empty cell at the printed value, marked overfull,
 * as withhold_overfull does for P006), and one error at that cell: P061
 * when read as one number an identity does not hold, P062 when none can
 * check it. A note over the row's values flags all its cells. */
static void report_joined_unread(parse_ctx *ctx, struct glued_row *g)
{
    ug_reading rd;
    int k = 0;
    size_t s = 0;
    for (size_t i = 0; i <= g->n && k < g->ncols; i++)
        if (i == g->n || g->text[i] == ' ') {
            rd.start[k] = (uint16_t)s;
            rd.end[k++] = (uint16_t)i;
            s = i + 1;
        }
    if (k != g->ncols || report_thousands_joined(ctx, g, &rd))
        return;
    size_t from = ctx->ncells;
    emit_cells(ctx, g, &rd);
    for (size_t c = from; c < ctx->ncells; c++) {
        ctx->cells[c].row_overfull = true;
        if (ctx->cells[c].span.start >= g->jstart[0]) {
            ctx->cells[c].state = XXGK_CELL_EMPTY;
            ctx->cells[c].value = (xxgk_dec){0, 0};
        }
    }
    const char *pair = join_text(ctx, g, 0);
    size_t a = rd.start[g->jpos[0]], e = rd.end[g->jpos[0]];
    const char *as = doc_copy_again(ctx->doc, DOC_AGAIN_JOIN_READING, g->text + a, e - a);
    if (!as)
        return;
    xxgk_span at = {g->jstart[0], g->jend[0]};
    xxgk_diag *d = g->status == G_UNCHECKED
                       ? xxgk_doc_add_diag(ctx->doc, XXGK_P_JOIN_UNCHECKED, at, pair, row_name(ctx, g), g->ncols, as)
                       : xxgk_doc_add_diag(ctx->doc, XXGK_P_JOIN_REFUTED, at, pair, row_name(ctx, g), g->ncols, as,
                                           identity_names(ctx, g->row_ids | g->cross));
    bld_doubt_row(ctx, d, text_span(ctx->doc->src, g));
}

/* A joined row the identities read: its cells, and for each cell of two
 * runs a note (P057) naming the identities that allow only this reading;
 * P058 when a column identity that covers it cannot be evaluated. */
static void report_joined(parse_ctx *ctx, struct glued_row *g)
{
    if (g->status != G_UNIQUE) {
        report_joined_unread(ctx, g);
        return;
    }
    emit_cells(ctx, g, &g->cand[0]);
    if (g->unconfirmed) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_UNCONFIRMED, text_span(ctx->doc->src, g), quoted_digits(ctx, g), row_name(ctx, g),
                          append_reading(ctx, "", "", g, &g->cand[0]), identity_names(ctx, g->row_ids | g->cross),
                          identity_names(ctx, g->unconfirmed));
        return;
    }
    const char *ids = identity_names(ctx, g->row_ids | g->cross);
    for (int j = 0; j < g->njoin; j++) {
        size_t a = g->cand[0].start[g->jpos[j]], e = g->cand[0].end[g->jpos[j]];
        char *as = doc_alloc_raw(ctx->doc, e - a + 1);
        if (!as)
            return;
        memcpy(as, g->text + a, e - a);
        as[e - a] = 0;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_JOINED, (xxgk_span){g->jstart[j], g->jend[j]}, join_text(ctx, g, j),
                          row_name(ctx, g), as, g->ncols, ids);
    }
}

static void report_row(parse_ctx *ctx, struct glued_row *g)
{
    if (g->njoin) {
        report_joined(ctx, g);
        return;
    }
    xxgk_span at = text_span(ctx->doc->src, g);
    if (g->status == G_UNIQUE) {
        emit_cells(ctx, g, &g->cand[0]);
        if (!g->needs_ids)
            return; /* read one way by the digits alone: nothing to say */
    }
    const char *digits = quoted_digits(ctx, g);
    switch (g->status) {
    case G_UNIQUE: /* an identity chose the reading */
        if (g->unconfirmed) {
            xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_UNCONFIRMED, at, digits, row_name(ctx, g),
                              append_reading(ctx, "", "", g, &g->cand[0]), identity_names(ctx, g->row_ids | g->cross),
                              identity_names(ctx, g->unconfirmed));
            return;
        }
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNGLUED, at, digits, row_name(ctx, g),
                          append_reading(ctx, "", "", g, &g->cand[0]), g->ncols, identity_names(ctx, g->row_ids | g->cross));
        return;
    case G_AMBIGUOUS: {
        const char *list = "";
        int shown = 0;
        for (int k = 0; k < g->ncand && shown < UG_SHOWN; k++) {
            if (g->fits && !(g->fits >> k & 1))
                continue; /* ruled out by the column identities */
            list = append_reading(ctx, list, shown ? "; " : "", g, &g->cand[k]);
            shown++;
        }
        int total = g->count;
        if (g->fits)
            total = __builtin_popcountll(g->fits);
        if (total > shown)
            list = joined(ctx, (const char *[]){list, "; …"}, 2);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_AMBIGUOUS, at, digits, row_name(ctx, g), total, g->ncols, list);
        return;
    }
    case G_NONE:
        xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_NO_READING, at, digits, row_name(ctx, g), g->ncols,
                          identity_names(ctx, g->row_ids | g->cross));
        return;
    case G_COMMA:
        xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_COMMA, at, digits, row_name(ctx, g));
        return;
    case G_WORD_INSIDE: {
        bool zh = ctx->doc->lang == XXGK_LANG_ZH;
        word_inside_told(ctx, g->word_start, g->word_end, digits,
                         joined(ctx, (const char *[]){zh ? "" : "row ", row_name(ctx, g), zh ? "行不予采用" : " is withheld"},
                                3));
        return;
    }
    default:
        xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_TOO_MANY, at, digits, row_name(ctx, g));
    }
}

static int by_start(const void *a, const void *b)
{
    const xxgk_cell *x = a, *y = b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static bool in_print_order(const xxgk_cell *c, size_t from, size_t to)
{
    for (size_t i = from + 1; i < to; i++)
        if (c[i - 1].span.start > c[i].span.start)
            return false;
    return true;
}

/* The printed cells [0, PRINTED) of C and the read ones [PRINTED, N), each
 * run in print order, merged from the front through HEAD (room for the
 * printed ones): the place written never passes the next read cell. A
 * printed cell goes first on a tie, as the merge from the back puts it. */
static void merge_from_front(xxgk_cell *c, xxgk_cell *head, size_t printed, size_t n)
{
    memcpy(head, c, printed * sizeof *head);
    size_t i = 0, j = printed, k = 0; /* the printed cells' next, the read ones', the next place */
    while (i < printed) {
        if (j < n && c[j].span.start < head[i].span.start)
            c[k++] = c[j++];
        else
            c[k++] = head[i++];
    }
}

/* The table's cells back in print order (spans are distinct, so the order
 * is total). The cells of the rows read now were appended after the
 * printed ones, and each run is in print order already (rows are kept
 * aside in print order, a row's cells left to right): one merge from the
 * back does it. A run out of order (none is known) is sorted whole. */
static void cells_to_print_order(parse_ctx *ctx, size_t printed)
{
    xxgk_cell *c = ctx->cells;
    size_t n = ctx->ncells, m = n - printed;
    if (n < 2) /* none read: there may be no buffer at all */
        return;
    bool runs = in_print_order(c, 0, printed) && in_print_order(c, printed, n);
    if (runs && (!m || !printed || c[printed - 1].span.start < c[printed].span.start))
        return; /* nothing read, or all of it after the printed cells */
    /* the shorter run copied aside: the printed cells when fewer (a table
     * printed one cell a line is nearly all read rows: a copy of its
     * printed head, not of 36,000 read cells, 1.7 MB at 12,000 rows) */
    bool head = printed < m;
    size_t aside = head ? printed : m;
    xxgk_cell *tail = runs ? malloc(aside * sizeof *tail) : NULL;
    if (!tail) {
        qsort(c, n, sizeof *c, by_start);
        return;
    }
    if (head) {
        merge_from_front(c, tail, printed, n);
        free(tail);
        return;
    }
    memcpy(tail, c + printed, m * sizeof *tail);
    size_t i = printed, j = m, k = n; /* the printed cells left, the read ones, the next place */
    while (j > 0) {
        if (i > 0 && c[i - 1].span.start > tail[j - 1].span.start)
            c[--k] = c[--i];
        else
            c[--k] = tail[--j];
    }
    free(tail);
}

void unglue_table(parse_ctx *ctx, int tmpl)
{
    if (!ctx->nglued)
        return;
    tmpl = tmpl == 2019 ? 2019 : 2021; /* a table that does not say is read as 2021's */
    size_t printed = ctx->ncells;
    unsigned ids = 0;
    int checked = 0;
    size_t most = 0; /* the cells the rows can give: each its columns at most */
    ug_reading found[UG_MAXCAND]; /* one search's, reused by each row */
    struct glued_row *g = NULL, *prev = NULL;
    for (size_t i = 0; i < ctx->nglued; i++, prev = g) {
        g = glued_next(ctx, i, g);
        if (!prev || g->table != prev->table)
            ids = per_row_ids(g->table); /* once: the rows are those of the table ending */
        read_row(ctx, g, prev, tmpl, ids, found);
        bool tried = checked_by_columns(g);
        keep_readings(ctx, g, found, tried && checked < UG_MAXCAND);
        checked += tried;
        most += (size_t)g->ncols;
    }
    decide_by_columns(ctx, tmpl);
    /* room for every cell the rows can give, made once: the doubling's
     * arrays (half of them room never written, the smaller ones holes
     * left behind) are not made for a table of thousands of glued rows */
    if (ctx->ncells + most > ctx->capcells) /* failed: ctx->fatal, b_make_cells gives up as before */
        (void)bld_grow(ctx, &ctx->cells, ctx->ncells + most - 1, &ctx->capcells, sizeof *ctx->cells);
    bool release = ctx->nglued_blocks > UG_TRIM_BLOCKS;
    for (size_t i = 0; i < ctx->nglued; i += UG_BLOCK_ROWS) { /* block by block */
        size_t b = i / UG_BLOCK_ROWS, n = ctx->nglued - i < UG_BLOCK_ROWS ? ctx->nglued - i : UG_BLOCK_ROWS;
        struct glued_row *block = ctx->glued_blocks[b];
        for (size_t r = 0; r < n; r++)
            report_row(ctx, &block[r]);
        if (release)
            glued_block_release(ctx, b);
    }
    ctx->nglued = 0;
    /* the rows' texts and places are read by report_row only: their
     * chunks are given back before the trim, which then returns their
     * pages too (after it, they stayed resident until the process ended,
     * under the findings told later: 12,000 rows a cell a line peaked
     * ~0.27 MB higher; docs/performance.md, seventy-fifth pass) */
    arena_reset(&ctx->glued_mem); /* one block for every table's rows */
    glued_blocks_trim(ctx); /* before the merge's copy of their cells */
    cells_to_print_order(ctx, printed);
}

void unglue_free(parse_ctx *ctx)
{
    arena_free(&ctx->glued_mem);
    for (size_t b = 0; b < ctx->nglued_blocks; b++)
        free(ctx->glued_blocks[b]);
    free(ctx->glued_blocks);
    ctx->glued_blocks = NULL;
    ctx->nglued = ctx->nglued_blocks = ctx->capglued_blocks = 0;
}
