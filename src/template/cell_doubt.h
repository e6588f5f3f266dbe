/* Which cells the reading doubts (export's flags, diff's "unplaced", the
 * panel's "doubted"): one question, asked in one place.
 *
 * A value the parser doubts is not a value the agency printed in that
 * cell: the values of a row with too few or too many of them (P007, P006)
 * may each stand in another column, a number merged over cells (L030,
 * L031) belongs to none of them for certain, two numbers glued in one
 * cell (P027, P051 …) have no one reading. So a cell is doubted when a
 * parse error concerns it, the same question export answers for its flags
 * (core/cell_flags.h): an error of the lexer or the parser (codes L…,
 * P…); the validator's findings (V…) are about the report's numbers, not
 * about where they stand, and warnings and notes do not doubt the
 * reading. A cell the report does not print is doubted when its row has
 * such an error (in the row's text, as P007 on its label or P052 on its
 * digits, or on another of its cells): the cell may be missing only
 * because the row's values moved or could not be read. */
#ifndef XXGK_CELL_DOUBT_H
#define XXGK_CELL_DOUBT_H
#include <stdbool.h>

#include "cell_flags.h"
#include "xxgk.h"

typedef struct cell_doubt {
    const xxgk_diag *d; /* the first parse error doubting the cell; NULL: placed */
    bool row;           /* the row's finding (P006, P007, P027, or a cell not printed) */
} cell_doubt;

/* The parse error doubting cell (table, row, col) of report r, whose
 * document's findings f holds (cell_flags_init); errors: the document's
 * count of errors (none: every cell is placed, nothing asked). */
cell_doubt cell_doubt_of(cell_flags *f, const xxgk_report *r, size_t errors, int table, int row, int col);

/* The parse error doubting the printed cell c itself: one copy of a cell
 * a report prints more than once (P014), which cell_doubt_of, asking by
 * key, answers for the copy the table's index holds. */
cell_doubt cell_doubt_of_cell(cell_flags *f, size_t errors, const xxgk_cell *c);

/* The findings that may doubt a cell (the errors, and P121's warnings):
 * the ERRORS cell_doubt_of and cell_doubt_unread_table take. One walk of
 * the diagnostics when there is a warning. */
size_t cell_doubt_count(const xxgk_doc *doc);

/* diff's question only (export's flags do not ask it): the parse error in
 * the section of table t when the reading put no cell in table t (a table
 * printed but unreadable, P069 transposed): the first error of the
 * reading in that section, "section has no table" (P012) excepted, which
 * states the absence. NULL when a cell of the table was read, or none. */
const xxgk_diag *cell_doubt_unread_table(cell_flags *f, const xxgk_report *r, size_t errors, int t);
#endif
