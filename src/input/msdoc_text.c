/* The .doc's main text into lines (see msdoc.h): the characters the piece
 * table gives (msdoc.c), with Word's special ones read as Word shows them,
 * paragraphs as lines, a table's cells and rows into the grid (grid.h) as
 * the .docx front end does, so the grammar sees what it sees there.
 * - 0x0D ends a paragraph, 0x0C too (a section's or page's break), 0x0B
 *   breaks a line; 0x07 ends a cell, or the row when its paragraph says so
 *   (fTtp): a blank cell is a 0x07 alone, never a row's end.
 * - 0x13 code 0x14 result 0x15: a field shows its result, nested ones too.
 * - 0x01, 0x08 (pictures, drawn objects), 0x1F (an optional hyphen) and
 *   the other controls are nothing; 0x1E (a non-breaking hyphen) is '-',
 *   0xA0 a space.
 * - Text deleted with tracked changes or hidden is not read. */
#include "why.h"
#include "msdoc.h"

#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "list_num.h"
#include "msdoc_int.h"
#include "msdoc_num.h"
#include "vec.h"
#include "xxgk.h"

enum { FIELD_DEPTH = 32 };

/* A cell as read: its text (blocks on lines of their own), and where its
 * row's TAP puts it. */
typedef struct mcell {
    textbuf text;
    char box[GRID_HIDDEN_TEXT]; /* a text box of digits anchored in it (L045), "" none */
    char glued[GRID_HIDDEN_TEXT]; /* its number with raised digits glued after it (L063), "" none */
} mcell;

typedef struct mrow {
    mcell *cells;
    size_t n;
    wd_tap tap;
    bool has_tap;
} mrow;

typedef struct walk {
    const wd *w;
    textbuf out;            /* the document's lines */
    textbuf para;           /* the paragraph being read */
    textbuf cell;           /* the cell being read: its paragraphs as blocks */
    mcell *cur;             /* the row being read: its cells so far */
    size_t ncur, capcur;
    mrow *rows;             /* the table being read: its rows so far */
    size_t nrows, caprows;
    grid_notes notes;
    grid_tail tail;         /* the last table read as rows, for the next to continue (grid_emit_continued) */
    size_t tail_out;        /* where its lines end in out */
    int tail_keep;          /* the level it was read at (rows_keep) */
    int rows_keep;          /* the level the table being read is read at: 1 the body's, 2 or 3 in a layout table */
    bool *kinds;            /* per table: a layout table (table_kinds) */
    size_t nkinds, ntables; /* tables found, tables met so far */
    bool *inner;            /* per table of level 2: it is one column (table_kinds) */
    size_t ninner, ninner_met; /* such tables found, met so far */
    bool layout;            /* the table being read is a layout table */
    bool layout2;           /* ... and so is the table of level 2 being read in it */
    bool prev_in_table;     /* the last mark was in a table */
    int prev_itap;          /* the last mark's table level (0 out of tables) */
    uint8_t field[FIELD_DEPTH]; /* per open field: 1 its code, 0 its result */
    int nfield, fover;      /* open fields; those past FIELD_DEPTH */
    size_t *pend;           /* the text boxes anchored in the paragraph being read */
    size_t npend, cappend;
    bool *placed;           /* per text box: its anchor was read */
    char cell_box[GRID_HIDDEN_TEXT]; /* the cell being read: a box of digits in it */
    char para_glued[GRID_HIDDEN_TEXT]; /* the paragraph being read: a number with raised digits after it (64¹) */
    char cell_glued[GRID_HIDDEN_TEXT]; /* the cell being read: the first such (L063) */
    textbuf mark;           /* a raised or lowered run being read (wd_char_raise) */
    int mark_raise;         /* its raise: 1 up, 2 down */
    size_t mark_at;         /* its first character (of ch) */
    bool joined;            /* raised digits were read on to a number's (flush_mark) and no plain character since */
    bool failed;
} walk;

/* Is the text being read inside a field's code (of any open field)? */
static bool in_code(const walk *k)
{
    if (k->fover)
        return true;
    for (int i = 0; i < k->nfield; i++)
        if (k->field[i])
            return true;
    return false;
}

static void field_mark(walk *k, uint32_t c)
{
    if (c == 0x13) {
        if (k->nfield < FIELD_DEPTH)
            k->field[k->nfield++] = 1;
        else
            k->fover++;
    } else if (c == 0x14) {
        if (!k->fover && k->nfield)
            k->field[k->nfield - 1] = 0;
    } else if (k->fover) {
        k->fover--;
    } else if (k->nfield) {
        k->nfield--;
    }
}

static void put_cp(textbuf *t, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | cp >> 6);
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | cp >> 12);
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | cp >> 18);
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    tb_put_at(t, b, n, 0);
}

/* One block of a cell's text p on a line of its own (tb_cell_block), p
 * consumed: a TAB or a line break inside it is a space first (a TAB would
 * start another cell, a line break another block). */
static void cell_block(textbuf *t, textbuf *p)
{
    for (size_t i = 0; i < p->len; i++)
        if (p->s[i] == '\t' || p->s[i] == '\n')
            p->s[i] = ' ';
    tb_cell_block(t, p);
    tb_free(p);
}

/* Is the cell's own text (its boxes aside) nothing but blanks? */
static bool cell_blank(const textbuf *t)
{
    for (size_t i = 0; i < t->len; i++)
        if (t->s[i] != ' ' && t->s[i] != '\n' && t->s[i] != '\t')
            return false;
    return true;
}

/* The paragraph being read ends a cell: its text a cell of the row. */
static void end_cell(walk *k)
{
    cell_block(&k->cell, &k->para);
    if (!vec_reserve(&k->cur, k->ncur, &k->capcur, sizeof *k->cur)) {
        k->failed = true;
        tb_free(&k->cell);
        memset(&k->cell, 0, sizeof k->cell);
        return;
    }
    k->cur[k->ncur].text = k->cell;
    memcpy(k->cur[k->ncur].box, k->cell_box, sizeof k->cell_box);
    memcpy(k->cur[k->ncur++].glued, k->cell_glued, sizeof k->cell_glued);
    memset(&k->cell, 0, sizeof k->cell);
    k->cell_box[0] = k->cell_glued[0] = 0;
}

/* The row ends (its end mark, or the table's end without one): its cells
 * and its TAP a row of the table. */
static void end_row(walk *k, const wd_para *p)
{
    tb_free(&k->para); /* the row's end mark stands in a paragraph of its own */
    memset(&k->para, 0, sizeof k->para);
    if (k->cell.len)
        end_cell(k);
    k->cell_box[0] = k->cell_glued[0] = 0; /* a box in no cell's text (the row's end mark's) is no cell's */
    if (!k->ncur && !p)
        return;
    if (!vec_reserve(&k->rows, k->nrows, &k->caprows, sizeof *k->rows)) {
        k->failed = true;
        return;
    }
    mrow *r = &k->rows[k->nrows++];
    memset(r, 0, sizeof *r);
    r->cells = k->cur;
    r->n = k->ncur;
    if (p && p->has_tap) {
        r->tap = p->tap;
        r->has_tap = true;
    }
    k->cur = NULL;
    k->ncur = k->capcur = 0;
}

/* The table's columns: every row's cell edges, sorted, those within
 * MERGE_TWIPS of another one the same edge (a row's edges a few twips off
 * another's, as Word's and WPS's rounding leaves them). */
enum { MERGE_TWIPS = 20, MAX_EDGES = 512 };

static size_t table_edges(const walk *k, int *edges)
{
    size_t n = 0;
    for (size_t i = 0; i < k->nrows; i++) {
        const mrow *r = &k->rows[i];
        for (int j = 0; r->has_tap && j <= r->tap.n; j++) {
            int x = r->tap.x[j];
            size_t at = 0;
            while (at < n && edges[at] < x - MERGE_TWIPS)
                at++;
            if (at < n && edges[at] <= x + MERGE_TWIPS)
                continue;
            if (n == MAX_EDGES)
                return n;
            memmove(edges + at + 1, edges + at, (n - at) * sizeof *edges);
            edges[at] = x;
            n++;
        }
    }
    return n;
}

/* The column of edge x: the nearest of edges[0..n). */
static size_t edge_col(const int *edges, size_t n, int x)
{
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (abs(edges[i] - x) < abs(edges[best] - x))
            best = i;
    return best;
}

/* Where a vertical merge started, by column (docx.c's merge_top). */
typedef struct vtop {
    size_t row, cell;
    bool open;
} vtop;

/* One row's cells into the grid: each cell's columns by its edges among
 * the table's, a cell merged into the one before (TC80 horzMerge 2)
 * widening it, a cell merged with the one above (vertMerge 1) lengthening
 * the rowspan of the cell its merge started in (vertMerge 3). */
static void row_to_grid(mrow *r, grid *g, vtop *tops, const int *edges, size_t nedges)
{
    grid_row_start(g, 0);
    grid_cell *last = NULL;
    for (size_t j = 0; j < r->n; j++) {
        bool tap = r->has_tap && j < (size_t)r->tap.n && nedges > 1;
        size_t col = tap ? edge_col(edges, nedges, r->tap.x[j]) : j, span = 1;
        if (tap) {
            size_t end = edge_col(edges, nedges, r->tap.x[j + 1]);
            span = end > col ? end - col : 1;
        }
        if (col + span > GRID_MAX_COLS)
            break;
        int vm = tap ? r->tap.vmerge[j] : 0;
        if (tap && r->tap.hmerge[j] == 2 && last) {
            last->colspan += (int)span; /* merged into the cell before */
            continue;
        }
        if (vm == 1 && tops[col].open) {
            g->rows[tops[col].row].cells[tops[col].cell].rowspan++;
            last = NULL;
            continue;
        }
        grid_cell *c = grid_cell_start(g, 1, (int)span, 0);
        if (!c)
            return;
        c->text = r->cells[j].text; /* the grid's now */
        if (r->cells[j].box[0]) { /* told at the cell's start, as a .docx's */
            c->hidden_at = 1;
            c->hidden_code = XXGK_L_BOX_IN_CELL;
            memcpy(c->hidden, r->cells[j].box, sizeof c->hidden);
        }
        memcpy(c->glued, r->cells[j].glued, sizeof c->glued); /* raised digits after its number's: L063 besides */
        memset(&r->cells[j].text, 0, sizeof r->cells[j].text);
        vtop t = {g->n - 1, g->rows[g->n - 1].n - 1, vm == 3};
        for (size_t s = 0; s < span; s++)
            tops[col + s] = t;
        last = c;
    }
}

static void free_rows(walk *k)
{
    for (size_t i = 0; i < k->nrows; i++) {
        for (size_t j = 0; j < k->rows[i].n; j++)
            tb_free(&k->rows[i].cells[j].text);
        free(k->rows[i].cells);
    }
    free(k->rows);
    k->rows = NULL;
    k->nrows = k->caprows = 0;
}

/* The table read so far into lines of the text, through the grid; a
 * table cut in two (a page break, an empty paragraph or a continuation
 * caption between, its header again) read on as one, by the rule
 * docx.c's and html.c's tables join by (grid_emit_continued): two tables
 * read at one level only (the body's, or a layout table's). */
static void end_table(walk *k)
{
    if (k->ncur || k->cell.len)
        end_row(k, NULL); /* a row with no end mark: its cells as they are */
    if (!k->nrows)
        return;
    int *edges = malloc(MAX_EDGES * sizeof *edges);
    vtop *tops = calloc(GRID_MAX_COLS, sizeof *tops);
    grid g;
    memset(&g, 0, sizeof g);
    if (edges && tops) {
        size_t ne = table_edges(k, edges);
        for (size_t i = 0; i < k->nrows; i++)
            row_to_grid(&k->rows[i], &g, tops, edges, ne);
        grid_emit_continued(&g, &k->tail, &k->tail_out, k->tail_keep == k->rows_keep, &k->out, &k->notes);
        k->tail_keep = k->rows_keep;
    }
    if (g.failed || !edges || !tops)
        k->failed = true;
    grid_free(&g);
    free(edges);
    free(tops);
    free_rows(k);
}

/* The paragraph being read ends a line of the text (the body's, or a
 * layout table's block): the table before it, if any, ends first. */
static void end_line(walk *k)
{
    end_table(k);
    tb_trim_end(&k->para);
    tb_append(&k->out, &k->para);
    tb_put_at(&k->out, "\n", 1, 0);
    if (k->para.failed)
        k->failed = true;
    tb_free(&k->para);
    memset(&k->para, 0, sizeof k->para);
}

/* The properties of the structure mark at fc (0x0D, 0x0C, 0x07); false
 * when it is no mark Word shows: a paragraph mark outside tables deleted
 * with tracked changes (or hidden), whose text goes on in the next
 * paragraph's line. The same rule for both passes (table_kinds, walk). */
static bool mark_props(const wd *w, uint32_t c, size_t i, wd_para *p)
{
    wd_para_at(w, w->fc[i], p);
    return !(c == 0x0D && !p->in_table && wd_char_unseen(w, i));
}

/* A mark of a table's level (its cells' ends: ttp, cell say which) in
 * a table read as rows: a row's end, a cell's, or a paragraph of a cell. */
static void table_mark(walk *k, uint32_t c, bool cell, bool ttp, const wd_para *p)
{
    if (ttp)
        end_row(k, p);
    else if (cell)
        end_cell(k);
    else if (c != 0x07)
        cell_block(&k->cell, &k->para);
    else
        end_cell(k);
}

/* The number Word's automatic numbering shows before the paragraph just
 * ended (its properties p), put before its text unless typed there. */
static void number_paragraph(walk *k, const wd_para *p)
{
    char label[160];
    size_t core_at = 0, ncore = 0;
    if (!k->w->num || p->ilfo < 1)
        return;
    size_t n = wd_number_paragraph(k->w->num, p->ilfo, p->ilvl, label, sizeof label, &core_at, &ncore);
    if (n && !list_num_typed(k->para.s, k->para.len, label, n, label + core_at, ncore))
        tb_insert_at(&k->para, 0, label, n, 0);
}

/* The text box anchored at character i of the main text, if any: its
 * text goes where the paragraph holding i ends (structure_mark). */
static void anchor_boxes(walk *k, size_t i)
{
    const wd *w = k->w;
    size_t lo = 0, hi = w->nboxes;
    while (lo < hi) { /* the first box anchored at i or after */
        size_t mid = lo + (hi - lo) / 2;
        if (w->boxes[mid].anchor < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < w->nboxes && w->boxes[lo].anchor == i; lo++) {
        if (k->placed[lo])
            continue;
        if (!vec_reserve(&k->pend, k->npend, &k->cappend, sizeof *k->pend)) {
            k->failed = true;
            return;
        }
        k->pend[k->npend++] = lo;
        k->placed[lo] = true;
    }
}

/* A text box's story as Word shows it: its paragraphs (and cells) on
 * lines of their own, fields' results without their codes, deleted and
 * hidden text left out. */
static void box_text(const wd *w, const wd_box *b, textbuf *t)
{
    uint8_t code[FIELD_DEPTH];
    int depth = 0, over = 0;
    for (size_t i = b->cp0; i < b->cp1; i++) {
        uint32_t c = w->ch[i];
        bool hidden = over > 0;
        for (int d = 0; d < depth && !hidden; d++)
            hidden = code[d];
        if (wd_char_unseen(w, i))
            continue;
        if (c == 0x13) {
            if (depth < FIELD_DEPTH)
                code[depth++] = 1;
            else
                over++;
        } else if (c == 0x14 || c == 0x15) {
            if (over)
                over -= c == 0x15;
            else if (depth && c == 0x14)
                code[depth - 1] = 0;
            else if (depth)
                depth--;
        } else if (hidden) {
            continue;
        } else if (c == 0x0D || c == 0x07 || c == 0x0B || c == 0x0C) {
            tb_put_at(t, "\n", 1, 0);
        } else if (c == 0x09 || c == 0xA0) {
            tb_put_at(t, " ", 1, 0);
        } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < b->cp1 && w->ch[i + 1] >= 0xDC00 && w->ch[i + 1] < 0xE000) {
            put_cp(t, 0x10000 + ((c - 0xD800) << 10) + (w->ch[i + 1] - 0xDC00));
            i++;
        } else if (c >= 0xD800 && c < 0xE000) {
            put_cp(t, 0xFFFD);
        } else if (c >= 0x20) {
            put_cp(t, c);
        }
    }
}

/* The text of box b quoted by a note: its blanks and line ends as
 * single spaces, cut to fit. */
static void box_quote(const textbuf *t, char *q, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < t->len && n + 1 < cap; i++) {
        char c = t->s[i] == '\n' ? ' ' : t->s[i];
        if (c == ' ' && (n == 0 || q[n - 1] == ' '))
            continue;
        if ((uint8_t)c >= 0xC0) { /* a whole character or none */
            size_t l = (uint8_t)c >= 0xF0 ? 4 : (uint8_t)c >= 0xE0 ? 3 : 2;
            if (n + l >= cap || i + l > t->len)
                break;
            memcpy(q + n, t->s + i, l);
            n += l;
            i += l - 1;
            continue;
        }
        q[n++] = c;
    }
    while (n && q[n - 1] == ' ')
        n--;
    q[n] = 0;
}

/* Does the cell's paragraph p end in a number's digit, its trailing
 * blanks aside (64 then the box's anchor)? */
static bool para_ends_in_digit(const textbuf *p)
{
    textbuf v = *p;
    while (v.len && (v.s[v.len - 1] == ' ' || v.s[v.len - 1] == '\t'))
        v.len--;
    return tb_ends_in_digit(&v);
}

/* Box b, a footnote mark (tb_reads_as_mark), after the number of
 * paragraph p: the number's mark, written as the .docx reader writes it,
 * 64⁽注1⁾, which the lexer skips (P036) and the number keeps its cell. */
static void put_box_mark(textbuf *p, const textbuf *b)
{
    size_t from = 0, to = b->len;
    while (from < to && (b->s[from] == ' ' || b->s[from] == '\n'))
        from++;
    while (to > from && (b->s[to - 1] == ' ' || b->s[to - 1] == '\n'))
        to--;
    tb_trim_end(p);
    tb_put_at(p, "\u207D", 3, 0);
    tb_append_range(p, b, from, to);
    tb_put_at(p, "\u207E", 3, 0);
}

/* Box b of words or of a label, in a cell: the cell's paragraph so far a
 * block of the cell, then each line of the box a block of its own, as
 * the .docx reader puts a box's paragraphs (tb_cell_block): a box's lines
 * are never joined with a blank, which would make 6 and 4 on two lines
 * of a box the number '6 4' of the cell (read 64, where the .docx tells
 * the two numbers, L037), and never glued to the cell's text. */
static void box_cell_blocks(walk *k, textbuf *b)
{
    if (cell_blank(b))
        return; /* a box with no text says nothing: the paragraph goes on (64, then its box of 注1) */
    cell_block(&k->cell, &k->para);
    memset(&k->para, 0, sizeof k->para);
    for (size_t i = 0; i < b->len;) {
        size_t e = i;
        while (e < b->len && b->s[e] != '\n')
            e++;
        textbuf line;
        memset(&line, 0, sizeof line);
        tb_append_range(&line, b, i, e);
        cell_block(&k->cell, &line); /* trimmed; an empty line is none */
        i = e + 1;
    }
    if (b->failed)
        k->cell.failed = true;
}

/* The boxes anchored in the paragraph just ended, read as a .docx's
 * are: in a cell read as a table's, a box of a footnote mark (注1, ※, ②)
 * after the cell's number is the number's mark (64⁽注1⁾), a box of words
 * or of a label (1.本机关不掌握相关政府信息) is blocks of the cell after
 * the paragraph (box_cell_blocks), a box that reads as a number
 * (tb_reads_as_number) floats over the cell's number and is not read
 * (L045, the cell's);
 * elsewhere each line of a box is a line of the text after the
 * paragraph's. */
static void place_boxes(walk *k, bool in_cell)
{
    for (size_t j = 0; j < k->npend; j++) {
        textbuf b;
        memset(&b, 0, sizeof b);
        box_text(k->w, &k->w->boxes[k->pend[j]], &b);
        if (b.failed)
            k->failed = true;
        if (in_cell && para_ends_in_digit(&k->para) && tb_reads_as_mark(&b)) {
            put_box_mark(&k->para, &b);
        } else if (in_cell && tb_reads_as_number(&b)) {
            if (!k->cell_box[0])
                box_quote(&b, k->cell_box, sizeof k->cell_box);
        } else if (in_cell) {
            box_cell_blocks(k, &b);
        } else {
            for (size_t i = 0; i < b.len;) {
                size_t e = i;
                while (e < b.len && b.s[e] != '\n')
                    e++;
                size_t a = i;
                while (a < e && b.s[a] == ' ')
                    a++;
                while (e > a && b.s[e - 1] == ' ')
                    e--;
                if (e > a) {
                    tb_append_range(&k->out, &b, a, e);
                    tb_put_at(&k->out, "\n", 1, 0);
                }
                while (e < b.len && b.s[e] != '\n')
                    e++;
                i = e + 1;
            }
        }
        tb_free(&b);
    }
    k->npend = 0;
}

/* A mark that ends a paragraph, a cell or a row (0x0D, 0x0C, 0x07): what
 * it ends is what its paragraph's properties say. A table holding a table
 * (sprmPItap 2) is a layout table, as docx.c reads one: its own cells'
 * paragraphs are lines of the body, the tables in them tables; deeper
 * tables' text goes on in their cell's paragraph. */
static void structure_mark(walk *k, uint32_t c, size_t i)
{
    wd_para p;
    if (!mark_props(k->w, c, i, &p))
        return;
    if (p.in_table && !k->prev_in_table)
        k->layout = k->ntables < k->nkinds && k->kinds[k->ntables++];
    int itap = p.in_table ? p.itap : 0;
    if (itap >= 2 && k->prev_itap < 2)
        k->layout2 = k->ninner_met < k->ninner && k->inner[k->ninner_met++];
    k->prev_in_table = p.in_table;
    k->prev_itap = itap;
    if (!(c == 0x07 && p.ttp) && !p.inner_ttp)
        number_paragraph(k, &p);
    /* the level read as rows: a layout table's tables, or those of a
     * table of level 2 in it of one column (a frame in a frame) */
    int keep = k->layout ? (k->layout2 ? 3 : 2) : 1;
    bool in_cell = p.in_table && p.itap >= keep;
    if (k->npend && in_cell)
        place_boxes(k, true); /* into the paragraph, before its cell takes it */
    if (in_cell && k->para_glued[0] && !k->cell_glued[0]) /* a cell's number with raised digits: L063 */
        memcpy(k->cell_glued, k->para_glued, sizeof k->cell_glued);
    if (in_cell || p.itap <= keep)
        k->para_glued[0] = 0; /* a line's or a cell's paragraph ends; a deeper one's goes on */
    if (!p.in_table)
        end_line(k);
    else if (p.itap > keep)
        tb_put_at(&k->para, p.inner_cell || p.inner_ttp || c == 0x07 ? " " : "\n", 1, 0);
    else if (p.itap == keep && keep >= 2)
        k->rows_keep = keep, table_mark(k, c, p.inner_cell, p.inner_ttp, &p);
    else if (keep == 1)
        k->rows_keep = keep, table_mark(k, c, c == 0x07, c == 0x07 && p.ttp, &p);
    else if (!(c == 0x07 && p.ttp) && !(p.itap >= 2 && p.inner_ttp))
        end_line(k); /* a layout table's own paragraph or cell: a line; its row's end none */
    if (k->npend && !in_cell)
        place_boxes(k, false);
}

/* What pass one has seen of the table being met: a table in it, its
 * rows so far, a row of other than one cell, the cells of the row open;
 * the frame test (tb_frame): the paragraph being read (its text), the
 * cell's text and lines, the row's cells' (a row's cell count is known
 * at its end only). */
typedef struct kind_seen {
    bool nested, wide;
    size_t rows, cells;
    tb_frame frame;
    textbuf line, cell;
    size_t cell_headings, row_headings;
    bool cell_sentence, row_sentence, row_number;
} kind_seen;

/* The paragraph just ended in a cell of the table's own level: a line of
 * its cell for the frame test. */
static void kind_line(kind_seen *s)
{
    s->cell_headings += s->line.s && tb_heading_line(s->line.s, s->line.len);
    s->cell_sentence |= s->line.s && tb_sentence_line(s->line.s, s->line.len);
    tb_append(&s->cell, &s->line);
    tb_put_at(&s->cell, "\n", 1, 0);
    tb_free(&s->line);
    memset(&s->line, 0, sizeof s->line);
}

/* A cell of the table's own level ends: its lines the row's. */
static void kind_cell(kind_seen *s)
{
    if (!tb_note_cell(&s->cell)) { /* a table's note row (注：…) is no body */
        s->row_headings += s->cell_headings;
        s->row_sentence |= s->cell_sentence;
    }
    s->row_number |= tb_reads_as_cell_number(&s->cell);
    s->cell_headings = 0;
    s->cell_sentence = false;
    tb_free(&s->cell);
    memset(&s->cell, 0, sizeof s->cell);
}

/* A row ends: its cells into the frame test (tb_frame_cell: a one-cell
 * row's lines, a wider row's number), the row's counts cleared. */
static void kind_row(kind_seen *s, size_t ncells, bool counted)
{
    if (counted)
        tb_frame_cell(&s->frame, ncells, s->row_headings, s->row_sentence, s->row_number);
    s->row_headings = 0;
    s->row_sentence = s->row_number = false;
}

/* A mark of the table's own level (itap 1) counted: a cell's end, a
 * row's (whose cells make it one column or not). A cell whose end mark
 * is deleted with tracked changes is one Word no longer shows (a cell
 * deleted, or a row: Word marks each of its cells' ends), and a row left
 * with no cell is none, as the .docx's w:cellDel and w:del in w:trPr.
 * The row's own end mark says nothing: LibreOffice marks the end of the
 * row before a deleted one, not the deleted row's. */
static void kind_mark(kind_seen *s, uint32_t c, const wd_para *p, bool deleted)
{
    if (c != 0x07) {
        kind_line(s);
        return;
    }
    if (!p->ttp) {
        kind_line(s);
        if (!deleted) {
            s->cells++;
            kind_cell(s);
        } else {
            tb_free(&s->cell);
            memset(&s->cell, 0, sizeof s->cell);
            s->cell_headings = 0;
            s->cell_sentence = false;
        }
        return;
    }
    tb_free(&s->line);
    memset(&s->line, 0, sizeof s->line);
    kind_row(s, s->cells, s->cells > 0);
    if (s->cells) {
        s->wide |= s->cells != 1;
        s->rows++;
    }
    s->cells = 0;
}

/* A character of the text in pass one: into the paragraph's text for the
 * frame test unless deleted, hidden or a field's code (*code: the open
 * fields, each 1 while in its code, as field_mark keeps them). */
static void kind_char(kind_seen *s, const wd *w, size_t i, uint8_t *code, int *depth)
{
    uint32_t c = w->ch[i];
    if (wd_char_unseen(w, i))
        return;
    if (c == 0x13) {
        if (*depth < FIELD_DEPTH)
            code[(*depth)++] = 1;
        return;
    }
    if (c == 0x14 || c == 0x15) {
        if (*depth && c == 0x14)
            code[*depth - 1] = 0;
        else if (*depth)
            (*depth)--;
        return;
    }
    for (int d = 0; d < *depth; d++)
        if (code[d])
            return;
    if (c >= 0x20 && (c < 0xD800 || c >= 0xE000))
        put_cp(&s->line, c);
}

static void kind_free(kind_seen *s)
{
    tb_free(&s->line);
    tb_free(&s->cell);
    memset(s, 0, sizeof *s);
}

/* What pass one has seen of a table of level 2 (in a table): a row of
 * other than one cell, its rows so far, the open row's cells. */
typedef struct inner_seen {
    bool wide;
    size_t rows, cells;
} inner_seen;

/* A mark in the table of level 2 (or deeper, p->itap >= 2) into what is
 * seen of it: its own cell ends (sprmPFInnerTableCell) and row ends
 * (sprmPFInnerTtp) count its cells by row; a deeper table's marks are
 * not its own. */
static void inner_mark(inner_seen *in, const wd_para *p)
{
    if (p->itap >= 3) {
        return;
    } else if (p->inner_ttp) {
        in->wide |= in->cells != 1;
        in->rows++;
        in->cells = 0;
    } else if (p->inner_cell) {
        in->cells++;
    }
}

/* Pass one: which tables (each run of paragraphs in a table, in order)
 * are read as layout: one holding a table, a frame (one column, every
 * row a single cell), and a table that holds the report's body by the
 * frame test (tb_frame: a cell alone in its row with a heading and a
 * sentence, no statistics row), as docx.c reads them: some offices put
 * the whole report in one cell for a border, with a row of two cells for
 * the signature or a logo; a statistics table has a column of labels and
 * one of numbers at least. In a layout table, a table of level 2 of one
 * column (a frame in a frame) is layout too (k->inner); one of more
 * columns holding a table is not: a statistics table with a small table
 * in a cell, read as lines, would lose its blank cells and move values. */
static bool table_kinds(walk *k)
{
    const wd *w = k->w;
    size_t cap = 0, capin = 0;
    bool prev = false;
    int prev_itap = 0;
    inner_seen in = {false, 0, 0};
    kind_seen s;
    memset(&s, 0, sizeof s);
    uint8_t code[FIELD_DEPTH];
    int depth = 0;
    for (size_t i = 0; i < w->nch; i++) {
        uint32_t c = w->ch[i];
        wd_para p;
        if (c != 0x0D && c != 0x0C && c != 0x07) {
            kind_char(&s, w, i, code, &depth);
            continue;
        }
        if (!mark_props(w, c, i, &p))
            continue;
        if (p.in_table && !prev) {
            if (!vec_reserve(&k->kinds, k->nkinds, &cap, sizeof *k->kinds)) {
                kind_free(&s);
                return false;
            }
            k->kinds[k->nkinds++] = false;
            kind_free(&s);
        }
        int itap = p.in_table ? p.itap : 0;
        if (itap >= 2 && prev_itap < 2) { /* a table of level 2 begins */
            if (!vec_reserve(&k->inner, k->ninner, &capin, sizeof *k->inner)) {
                kind_free(&s);
                return false;
            }
            k->inner[k->ninner++] = false;
            memset(&in, 0, sizeof in);
        }
        if (itap >= 2) {
            inner_mark(&in, &p);
            k->inner[k->ninner - 1] = in.rows && !in.wide;
        }
        prev_itap = itap;
        if (p.in_table) {
            s.nested |= p.itap >= 2;
            if (p.itap <= 1)
                kind_mark(&s, c, &p, wd_char_unseen(w, i));
            else
                tb_put_at(&s.line, " ", 1, 0); /* an inner table's text goes on in its cell's line */
            k->kinds[k->nkinds - 1] = s.nested || (s.rows && !s.wide) || tb_frame_is(&s.frame);
        } else {
            tb_free(&s.line);
            memset(&s.line, 0, sizeof s.line);
        }
        prev = p.in_table;
    }
    kind_free(&s);
    return true;
}

/* Is the mark being read in a cell whose paragraphs are read as a table's
 * cells (structure_mark's in_cell), by its paragraph's properties: a
 * table met by this paragraph is judged as structure_mark will judge it
 * at the paragraph's end. */
static bool mark_in_cell(const walk *k)
{
    wd_para p;
    wd_para_at(k->w, k->w->fc[k->mark_at], &p);
    if (!p.in_table)
        return false;
    bool layout = k->prev_in_table ? k->layout : k->ntables < k->nkinds && k->kinds[k->ntables];
    bool layout2 = k->prev_itap >= 2 ? k->layout2 : k->ninner_met < k->ninner && k->inner[k->ninner_met];
    int keep = layout ? (layout2 ? 3 : 2) : 1;
    return p.itap >= keep;
}

/* Are raised digits m, between a paragraph's text and the character next,
 * the number's own digits (joined on, as the .doc reader always read
 * them) rather than a footnote mark? A note mark never stands inside a
 * number, so raised digits with a plain digit right after them are its
 * digits (6, a raised 1, 9: 619; 398575 raised, then 8: 3985758), and
 * so are a number's raised digits with 年 after them (202, a raised 3,
 * 年: a year).
 * Raised digits right after a number's digit are its digits too outside
 * a table's cells (a line of prose or a title: 行政许可 51, 51 raised),
 * where no cell's note could tell the reader; in a cell they are its
 * mark (64¹), the cell flagged (L063). */
static bool mark_is_digits(const walk *k, uint32_t next)
{
    if (k->mark_raise != 1 || !tb_all_digits(&k->mark))
        return false;
    if (next >= '0' && next <= '9')
        return true;
    return tb_ends_in_digit(&k->para) && (next == 0x5E74 /* 年 */ || !mark_in_cell(k));
}

/* The raised or lowered run read so far into the paragraph as the .docx
 * reader puts one (tb_put_mark): after a number, its footnote mark,
 * raised digits too (64 then a raised 1: 64¹, P036), when mark_is_digits
 * does not read them as the number's own. A cell's raised digits after
 * its number may as well be the number's own last digits an editor set
 * raised (69 typed 6, raised 9): the file cannot tell, so the paragraph
 * keeps the number and its marked digits for the cell's L063, as the
 * .docx reader does. A raised or lowered run right after digits read on
 * is read on too (a lowered a: 3985758a, P046), never a mark that would
 * leave the digits a number. */
static void flush_mark(walk *k, uint32_t next)
{
    if (!k->mark.len)
        return;
    if (k->joined || mark_is_digits(k, next)) {
        tb_append(&k->para, &k->mark); /* 6, a raised 1, 9: 619, see above */
        k->joined = true;
    } else if (tb_put_mark(&k->para, &k->mark, k->mark_raise == 1) && !k->para_glued[0]) {
        tb_last_word(&k->para, k->para_glued, sizeof k->para_glued);
    }
    if (k->mark.failed)
        k->failed = true;
    tb_free(&k->mark);
    memset(&k->mark, 0, sizeof k->mark);
}

/* Character i of the main text (a UTF-16 unit; a surrogate pair is read
 * at its first half): what it puts in the paragraph. Returns how many
 * units it took. */
static size_t one_char(walk *k, size_t i)
{
    const wd *w = k->w;
    uint32_t c = w->ch[i];
    bool unseen;
    int raise = wd_char_read(w, i, &unseen); /* one walk of its properties for both */
    if (unseen && c != 0x0D && c != 0x0C && c != 0x07)
        return 1;
    if (c < 0x20 || in_code(k))
        raise = 0;
    if (k->mark.len && raise != k->mark_raise)
        flush_mark(k, raise ? 0 : c);
    if (!raise)
        k->joined = false;
    if (raise) { /* a mark's character, a surrogate pair's whole (𝟏), half a pair's U+FFFD */
        size_t took = 1;
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < w->nch && w->ch[i + 1] >= 0xDC00 && w->ch[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (w->ch[i + 1] - 0xDC00);
            took = 2;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        if (!k->mark.len)
            k->mark_at = i;
        put_cp(&k->mark, c);
        k->mark_raise = raise;
        return took;
    }
    if (c == 0x0D || c == 0x0C || c == 0x07) {
        structure_mark(k, c, i);
        return 1;
    }
    if (c == 0x08)
        anchor_boxes(k, i);
    if (c == 0x13 || c == 0x14 || c == 0x15) {
        field_mark(k, c);
        return 1;
    }
    if (in_code(k))
        return 1;
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < w->nch && w->ch[i + 1] >= 0xDC00 && w->ch[i + 1] < 0xE000) {
        put_cp(&k->para, 0x10000 + ((c - 0xD800) << 10) + (w->ch[i + 1] - 0xDC00));
        return 2;
    }
    if (c == 0x09)
        tb_put_at(&k->para, "\t", 1, 0);
    else if (c == 0x0B)
        tb_put_at(&k->para, "\n", 1, 0);
    else if (c == 0x1E)
        tb_put_at(&k->para, "-", 1, 0);
    else if (c == 0xA0)
        tb_put_at(&k->para, " ", 1, 0);
    else if (c < 0x20)
        ; /* 0x01 a picture, 0x08 a drawn object, 0x1F an optional hyphen, 0x02 a note's mark … */
    else if (c >= 0xD800 && c < 0xE000)
        put_cp(&k->para, 0xFFFD); /* half a pair */
    else
        put_cp(&k->para, c);
    return 1;
}

/* What the walk could not read, told at 1:1: a text box whose anchor is
 * not in the text read (none found, or its story past the pieces; one
 * anchored in deleted or hidden text is gone with it), L058; a piece
 * whose own properties (a fast save's Prm) the file does not hold, L059. */
static void unread_notes(walk *k)
{
    const wd *w = k->w;
    for (size_t i = 0; i < w->nboxes; i++) {
        const wd_box *b = &w->boxes[i];
        if (k->placed[i] || (b->anchor < w->nch && wd_char_unseen(w, b->anchor)))
            continue;
        textbuf t;
        memset(&t, 0, sizeof t);
        box_text(w, b, &t);
        char q[GRID_HIDDEN_TEXT];
        box_quote(&t, q, sizeof q);
        tb_free(&t);
        if (q[0] || b->cut) {
            grid_note_add(&k->notes, XXGK_L_DOC_BOX_UNREAD, 0, b->cut ? "?" : q);
            break; /* the first tells */
        }
    }
    if (w->prm_lost)
        grid_note_add(&k->notes, XXGK_L_DOC_PIECE_PROPS, 0, "");
}

bool msdoc_read(xxgk_input *in, const uint8_t *b, size_t n)
{
    wd w;
    int code;
    if (!wd_load(&w, b, n, &code, &in->error_num, in->error, sizeof in->error, in->lang == XXGK_LANG_ZH)) {
        in->error_code = code;
        wd_free(&w);
        return false;
    }
    walk *k = calloc(1, sizeof *k); /* the notes are large */
    if (!k) {
        wd_free(&w);
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory", "内存不足");
        return false;
    }
    k->w = &w;
    k->placed = calloc(w.nboxes ? w.nboxes : 1, sizeof *k->placed);
    if (!table_kinds(k) || !k->placed)
        k->failed = true;
    for (size_t i = 0; i < w.nch && !k->failed;)
        i += one_char(k, i);
    flush_mark(k, 0);
    if (k->para.len || k->npend)
        end_line(k); /* the text's last paragraph with no mark */
    end_table(k);
    if (k->npend)
        place_boxes(k, false);
    if (!k->failed)
        unread_notes(k);
    free(k->pend);
    free(k->placed);
    tb_free(&k->para);
    tb_free(&k->mark);
    tb_free(&k->cell);
    for (size_t j = 0; j < k->ncur; j++)
        tb_free(&k->cur[j].text);
    free(k->cur);
    free(k->kinds);
    free(k->inner);
    grid_tail_free(&k->tail);
    wd_free(&w);
    bool ok = !k->failed && !k->out.failed;
    if (ok) {
        free(k->out.runs); /* the text's own lines are its places */
        grid_notes_to_input(&k->notes, in);
        in->text = k->out.s ? k->out.s : calloc(1, 1);
        in->len = k->out.len;
        ok = in->text != NULL;
    } else {
        tb_free(&k->out);
    }
    if (!ok)
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory reading the .doc", "读取该 .doc 时内存不足");
    free(k);
    return ok;
}
