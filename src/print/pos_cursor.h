/* Positions of places met in order: the cells of a row stand on one line,
 * left to right, so the next one's column is counted from the last one's
 * instead of from the line's start (xxgk_doc_position counts the whole
 * line for each cell). Used by the printers that walk a table's cells
 * (export, the tree). */
#ifndef XXGK_POS_CURSOR_H
#define XXGK_POS_CURSOR_H
#include "doc.h"
#include "utf8.h"

typedef struct pos_cursor {
    const doc_lines *lines; /* NULL until a position is known */
    uint32_t off, next_line; /* the last offset; where its line's successor starts */
    /* the inline case's bound (0: none): a text shown as it is, and the
     * least of next_line and the ends of the text and of the shown buffer
     * plus one, so that one comparison says a place is on the same line */
    uint32_t limit;
    uint32_t end; /* with a limit: the least of the text's and the shown buffer's ends, plus one */
    /* with a limit, the ASCII case's bound (else 0): at most the limit,
     * and the bytes from off up to ascii_end - 1 are ASCII, a column each
     * (a row's cells and the spaces or TABs between them) */
    uint32_t ascii_end;
    xxgk_pos pos;
} pos_cursor;

/* The line of a shown buffer holding at (at <= l->len), as
 * doc_lines_line finds it, and its index in *index: by a binary search of the line
 * starts, not doc.c's block index of the whole text, made at its first
 * lookup, for the few places a printer asks afresh (a document's
 * findings, the first cell of a table). */
static inline xxgk_span pos_line(const doc_lines *l, uint32_t at, uint32_t *index)
{
    xxgk_span line = {0, 0};
    *index = 0;
    if (!l->starts) {
        while (line.end < l->len && l->src[line.end] != '\n' && l->src[line.end] != '\r')
            line.end++;
        return line;
    }
    uint32_t lo = 0, hi = l->n;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (l->starts[mid] <= at)
            lo = mid;
        else
            hi = mid;
    }
    *index = lo;
    line.start = l->starts[lo];
    if (lo + 1 < l->n) {
        /* before the break that starts the next line: LF, CR LF or CR */
        line.end = l->starts[lo + 1] - 1;
        if (l->src[line.end] == '\n' && line.end > line.start && l->src[line.end - 1] == '\r')
            line.end--;
    } else {
        line.end = l->len; /* the last line: no break after its start */
    }
    return line;
}


/* pos_cursor_at past its inline case. */
xxgk_pos pos_cursor_next(pos_cursor *c, const xxgk_doc *doc, uint32_t off);

/* xxgk_doc_position(doc, off), cheaper when off follows the cursor's last
 * place on its line. Start from a zeroed cursor, one per document. Inline
 * for the common case, a text shown as it is (no origin: the shown offset
 * is off itself, when within the text), which pos_cursor_seek marks by
 * the limit, with only ASCII since the last place (ascii_end): the next
 * cell of a row, the last one's column plus the bytes between. */
static inline xxgk_pos pos_cursor_at(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    /* nothing stored: the last place known stays the cursor's (the run of
     * ASCII after it is the same run, one column a byte), so the inline
     * case only loads and adds; the next place past the run counts from
     * there, at most the run's ASCII_WORDS words more */
    if (off >= c->off && off < c->ascii_end)
        return (xxgk_pos){c->pos.line, c->pos.col + (off - c->off)};
    return pos_cursor_next(c, doc, off);
}

/* pos_cursor_at, the place asked kept as the cursor's even in the inline
 * case: for places far apart along a long line (a diagnostic's snippet,
 * diag_print's), where the next one is counted from the last one and
 * pos_cursor_at's older place would make it count the run again. */
static inline xxgk_pos pos_cursor_move(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    if (off >= c->off && off < c->ascii_end) {
        c->pos.col += off - c->off;
        c->off = off;
        return c->pos;
    }
    return pos_cursor_next(c, doc, off);
}
#endif
