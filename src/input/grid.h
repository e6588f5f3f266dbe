/* A table as its rows of cells with their spans, resolved into lines: one
 * line per row, a TAB between cells, each cell in its column (shared by
 * the HTML and .docx front ends). */
#ifndef XXGK_GRID_H
#define XXGK_GRID_H
#include "u64map.h"
#include "textbuf.h"

/* The bytes of a cell's unseen text a note quotes, its NUL included. */
enum { GRID_HIDDEN_TEXT = 44, GRID_SPLITS = 4 };

typedef struct grid_cell {
    textbuf text;
    int rowspan, colspan;    /* 1 or more; rowspan 0: up to the table's end */
    int col;                 /* set when laid out */
    bool split_above;        /* a number over columns the row above keeps apart */
    bool spread;             /* ... holding one number per column: each in its own */
    bool zero_each;          /* ... holding 0: 0 in each column it covers (P092) */
    bool power;              /* a number raised after 10 (10<sup>2</sup>): L033, read as empty */
    /* its text up to here (from its start, blanks aside) is one raised
     * or lowered run holding a digit (<sup>69</sup>): L048 when nothing
     * follows it but a count's unit (<sup>69</sup>件), read as empty; 0
     * when none */
    uint32_t raised_to;
    /* where in its text (+ 1; 0 none) digits run on over the edge of
     * two runs of different classes the page does not explain, the first
     * GRID_SPLITS such edges (html_flow.c split_runs, edge_slot): L054, read as
     * empty, when the digits on the two sides of one are equal (two
     * copies of one number); otherwise the digits are read joined */
    uint32_t split_at[GRID_SPLITS];
    /* of those edges (bit k for split_at[k]): the run after it is in
     * such a class of its own (L061 when it is one digit that ends the
     * cell's number) */
    uint8_t split_classed;
    /* of each edge of split_at and same_at, the level (html_cls_path)
     * of the box it parts: a side runs on over the edges of deeper
     * levels (the runs inside one copy), ends at one of its level or
     * outer (split_finding) */
    uint8_t split_lvl[GRID_SPLITS], same_lvl[GRID_SPLITS];
    /* where (+ 1; 0 none) digits run on over the edge of two elements of
     * one such class, GRID_SPLITS of them, an outer edge taking the
     * place of a deeper one when all are taken (L060 when the digits on its
     * two sides are equal); apart from split_at, so that an editor's
     * runs of one class (one element a digit) do not use up the slots of
     * the edges of two classes (L054) */
    uint32_t same_at[GRID_SPLITS];
    bool span_fixed;         /* its rowspan was ended or continued by the labels (P074) */
    uint32_t at;             /* the cell's place in the file */
    uint32_t out_at, out_end; /* where its text was written (set when laid out) */
    int note;                /* its L030 note's index + 1, 0 when none */
    /* text of the cell the page does not show, left out (html.c): where
     * in the cell's text (+ 1; 0 when none) and what, for its note */
    uint32_t hidden_at;
    int hidden_code;         /* the note's code: L036, or L039 (a <style> rule hides it) */
    char hidden[GRID_HIDDEN_TEXT];
    /* its number with raised digits glued after it (64¹: the Word
     * readers' tb_put_mark), "" none: L063 at the cell's start, told
     * besides its hidden note (a box, a placeholder: each its own) */
    char glued[GRID_HIDDEN_TEXT];
} grid_cell;

typedef struct grid_row {
    grid_cell *cells;
    size_t n, cap;
    uint32_t at;
    /* text of the row the page does not show outside its cells (a row a
     * <style> rule hides: no cell, an empty line): its note's code (0
     * when none) and what, told at the row's end */
    int hidden_code;
    char hidden[GRID_HIDDEN_TEXT];
} grid_row;

typedef struct grid {
    grid_row *rows;
    size_t n, cap;
    bool failed;
} grid;

/* What the layout found that the text cannot say: a number merged over
 * columns the row above keeps apart (XXGK_L_NUMBER_OVER_COLUMNS; one
 * number per column, separated by spaces: XXGK_P_SPREAD_CELL), a label's
 * rowspan that the rows' own labels end or continue
 * (XXGK_P_SPAN_BY_LABELS), a 0 merged over columns the row above keeps
 * apart, read in each (XXGK_P_ZERO_OVER_COLUMNS), a slot
 * under a number merged over rows (XXGK_L_NUMBER_OVER_ROWS), text a cell
 * holds that the page does not show (XXGK_L_UNSEEN_TEXT); at: the
 * offset in the text written. At most GRID_MAX_NOTES, as the front ends
 * keep (XXGK_INPUT_MAX_DIAGS). */
enum { GRID_MAX_NOTES = 256 };
typedef struct grid_note {
    int code;
    uint32_t at;
    /* the other cells the merge touches, in the text written: the empty
     * cells a number over columns covers (L030: from the first one's place
     * to one past the last one's, each empty cell's one byte), the number
     * above (L031); also_end == also when none */
    uint32_t also, also_end;
    char arg[48];
} grid_note;
typedef struct grid_notes {
    grid_note n[GRID_MAX_NOTES];
    int count;
    bool cut; /* a note was dropped past GRID_MAX_NOTES */
    uint32_t cut_at; /* where the first dropped one stood */
} grid_notes;

/* A note with the text arg (cut to whole characters); its index + 1, 0
 * when dropped past GRID_MAX_NOTES. */
int grid_note_add(grid_notes *notes, int code, uint32_t at, const char *arg);

/* A note at at was not kept: the first such place is told (L035). */
void grid_notes_cut(grid_notes *notes, uint32_t at);

enum { GRID_MAX_SPAN = 1000, GRID_MAX_COLS = 2048 }; /* the HTML standard's colspan limit; rowspan 65534 */

void grid_row_start(grid *g, uint32_t at);
/* A new cell in the last row (a row is started when there is none);
 * NULL when memory ran out. */
grid_cell *grid_cell_start(grid *g, int rowspan, int colspan, uint32_t at);
/* The table's lines into out: a line per row, cells by column with a TAB
 * between them; a label spanning rows (a cell without digits) is repeated
 * on every row it spans, a number never: the rows below get an empty cell
 * and a note. A number spanning columns the row above keeps apart keeps
 * every later cell in its column (an empty cell per further column) and
 * gets a note at it. notes: NULL when the offsets are not the text's. */
void grid_emit(grid *g, textbuf *out, grid_notes *notes);
/* The notes as the front end's diagnostics (input_diag_also), each with a
 * note over the other cells its merge touches: every one of them carries
 * the finding in export's flags. */
struct xxgk_input;
void grid_notes_to_input(const grid_notes *notes, struct xxgk_input *in);
/* A layout table's cells as blocks: each cell's text on lines of its own
 * (a line break in a cell's text is a block boundary inside it). */
void grid_emit_blocks(grid *g, textbuf *out);
void grid_free(grid *g);

/* What a data table leaves for the next table to be read as its
 * continuation (a CMS or a page break of the Word source splitting one
 * table into two): its header, the leading rows without a digit, each
 * row hashed (cells' text, blanks aside, and spans), GRID_HEAD_ROWS at
 * most; and the labels of its data rows (the cells before a row's first
 * number), hashed, to tell a continuation from a second table that
 * starts over (another year's table under the same header). */
enum { GRID_HEAD_ROWS = 8 };
typedef struct grid_tail {
    uint64_t head[GRID_HEAD_ROWS];
    size_t nhead;
    u64map labels;  /* the data rows' labels, a set: one look-up per table */
    size_t nlabels; /* data rows so far (a label twice counted twice) */
    int number;     /* its caption's or section's number (grid_number_before), 0 none */
    int part;       /* its caption's part (表3-1: 1), 0 none */
    size_t title, title_end; /* that line's title after the number, offsets in the text (equal: none) */
    bool set;
} grid_tail;

/* table_cont := part_one between table_head_again data_rows
 * The leading rows of g that repeat the header of the table tail holds
 * (all of g's header rows, or all of tail's, row for row), when g goes
 * on with rows the first part has not had (its first data row's label is
 * none of the first part's, and not both parts one data row long: two
 * one-row tables, table 四 twice): those rows are to be dropped, the
 * rest read as the first part's further rows. 0 when g is no such
 * continuation. */
size_t grid_continues(const grid *g, const grid_tail *tail);
/* table_cont's gap: is the text between two tables (text[from, to))
 * blank (a page break too) or one continuation caption (（续表）, 續表,
 * 接上页), or one naming the table continued, whose number and title
 * tail holds (表3（续）, 续表三: number 3; 续表3：收到和处理…, its title
 * agreeing with the table's)? tail's title offsets are text's. */
bool grid_gap_joins(const char *text, size_t from, size_t to, const grid_tail *tail);
/* The number of the table whose text would start at text + n: a caption
 * 表N or a section heading N、 (Chinese numerals) on one of the three
 * lines above it, the nearest; 0 when none. *title, *title_end: the
 * offsets of that line's words after its number (equal when none);
 * *part the caption's part (表3-1: 1; 0 none). */
int grid_number_before(const char *text, size_t n, size_t *title, size_t *title_end, int *part);
/* Drops g's first k rows (none of their cells spans below them). */
void grid_drop_rows(grid *g, size_t k);
/* The table g (its repeated header dropped when it continued the one
 * before: continued) is now the table the next one may continue; its
 * number and title (grid_number_before) are read from text[0, at), where
 * its lines start, when it is not continued. */
void grid_tail_take(grid_tail *tail, const grid *g, bool continued, const char *text, size_t at);
/* table_cont := table gap table_head_again rows, for a reader that has
 * its table g whole (docx.c, msdoc_text.c): g's rows into out as the
 * continuation of the table tail holds when it is one (same_story: the
 * two stand in one story, out the text since *tail_out; grid_gap_joins,
 * grid_continues), its repeated header rows dropped; then g is the
 * table the next may continue, *tail_out the end of its lines. The rows
 * dropped. Cost: the gap read once, NUMBER_BYTES read back once. */
size_t grid_emit_continued(grid *g, grid_tail *tail, size_t *tail_out, bool same_story, textbuf *out,
                           grid_notes *notes);
void grid_tail_free(grid_tail *tail);
#endif
