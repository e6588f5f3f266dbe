/* Positions of places met in order: the cells of a row stand on one line,
 * left to right, so the next one's column is counted from the last one's
 * instead of from the line's start (xxgk_doc_position counts the whole
 * line for each cell). Used by the printers that walk a table's cells
 * (export, the tree). */
#ifndef XXGK_POS_CURSOR_H
#define XXGK_POS_CURSOR_H
#include "doc.h"

typedef struct pos_cursor {
    const doc_lines *lines; /* NULL until a position is known */
    uint32_t off, next_line; /* the last offset; where its line's successor starts */
    xxgk_pos pos;
} pos_cursor;

/* xxgk_doc_position(doc, off), the same answer, cheaper when off follows
 * the cursor's last place on its line. Start from a zeroed cursor. */
xxgk_pos pos_cursor_at(pos_cursor *c, const xxgk_doc *doc, uint32_t off);
#endif
