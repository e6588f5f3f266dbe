/* xxgk diff: cells the reading cannot place (diff.h, diff_unplaced).
 *
 * A value the parser doubts is not a value the agency printed in that
 * cell: the values of a row with too few or too many of them (P007, P006)
 * may each stand in another column, a number merged over cells (L030,
 * L031) belongs to none of them for certain, two numbers glued in one
 * cell (P027, P051 …) have no one reading. Comparing such a cell with last
 * year's would report the reading's shift as the agency's change, or fail
 * a cross-year check the report does not fail. So a cell is unplaced when
 * a parse error concerns it, the same question export answers for its
 * flags (core/cell_flags.h): an error of the lexer or the parser (codes
 * L…, P…); the validator's findings (V…) are about the report's numbers,
 * not about where they stand, and warnings and notes do not doubt the
 * reading. A cell a side does not print is unplaced when its row there
 * has such an error (in the row's text, as P007 on its label or P052 on
 * its digits, or on another of its cells): the cell may be missing only
 * because the row's values moved or could not be read. */
#include "cell_flags.h"
#include "diff_int.h"
#include "template.h"

/* The findings that say a row is absent (P015 missing row, P005 table
 * ends early): sure of the absence, they doubt no reading (P015 stands at
 * the next row found, which it says nothing of). */
static bool states_absence(int code) { return code == XXGK_P_MISSING_ROW || code == XXGK_P_TABLE_ENDS_EARLY; }

/* An error of the reading: of the lexer (L) or the parser (P). */
static bool doubts_reading(const xxgk_diag *g)
{
    const char *code = xxgk_code_name(g->code);
    return g->severity == XXGK_ERROR && (code[0] == 'L' || code[0] == 'P') && !states_absence(g->code);
}

/* The first error of the reading concerning the text at sp, or NULL. */
static const xxgk_diag *first_doubt(cell_flags *f, xxgk_span sp)
{
    const xxgk_diag *ds[CELL_FLAGS_MAX];
    int n = cell_flags_diags(f, sp, ds);
    for (int i = 0; i < n; i++)
        if (doubts_reading(ds[i]))
            return ds[i];
    return NULL;
}

/* A row the side prints no label of: a parse error where it would stand,
 * between the labels of the rows before and after it in the template
 * (their keys' order) that the side prints, the former's values included
 * (an unknown row '02.' there, digits of the row above without a reading):
 * its text may be there, unread. A row the report leaves out cleanly has
 * only the finding that says so (P015) there, and its cells stay deleted. */
static const xxgk_diag *gap_doubt(const diff_side *s, const xxgk_table *tb, int row)
{
    const xxgk_label_use *prev = NULL, *next = NULL;
    for (size_t i = 0; i < tb->nrows; i++) {
        const xxgk_label_use *l = &tb->rows[i];
        if (l->key < row && (!prev || l->key > prev->key))
            prev = l;
        if (l->key > row && (!next || l->key < next->key))
            next = l;
    }
    uint32_t from = prev ? prev->span.end : tb->span.start, to = next ? next->span.start : tb->span.end;
    return to > from ? first_doubt(s->flags, (xxgk_span){from, to}) : NULL;
}

/* The row shape's findings: every value of the row may be in another
 * column (docs/diagnostics.md, P006, P007, and P027's two numbers in one
 * cell, read one to a column). */
static bool row_finding(int code)
{
    return code == XXGK_P_TOO_MANY_VALUES || code == XXGK_P_TOO_FEW_VALUES || code == XXGK_P_CELL_TWO_NUMBERS;
}

static diff_unplaced unplaced(const diff_side *s, const xxgk_diag *g, bool row)
{
    return (diff_unplaced){g->code, row || row_finding(g->code), diff_pos(s, g->span)};
}

/* A parse error on the row `row` of table t of side s: in its text (from
 * its label to the next row's label, or the table's end: the row's values
 * stand there, a row withheld whole (P052) has its finding there), where
 * it would stand when it has no label there (gap_doubt), or on one of its
 * printed cells (a layout that prints the labels apart from the values);
 * NULL when none. */
static const xxgk_diag *row_doubt(const diff_side *s, int t, int row)
{
    const xxgk_table *tb = s->r->tables[t];
    if (!tb)
        return NULL;
    bool labelled = false;
    for (size_t i = 0; i < tb->nrows; i++) {
        if (tb->rows[i].key != row)
            continue;
        labelled = true;
        uint32_t end = i + 1 < tb->nrows ? tb->rows[i + 1].span.start : tb->span.end;
        xxgk_span text = {tb->rows[i].span.start, end > tb->rows[i].span.end ? end : tb->rows[i].span.end};
        const xxgk_diag *g = first_doubt(s->flags, text);
        if (g)
            return g;
    }
    const xxgk_diag *g = labelled ? NULL : gap_doubt(s, tb, row);
    if (g)
        return g;
    for (int col = 1; col < XXGK_C__COUNT; col++) {
        const xxgk_cell *c = xxgk_report_cell(s->r, t, row, col);
        const xxgk_diag *g = c && c->state != XXGK_CELL_ABSENT ? first_doubt(s->flags, c->span) : NULL;
        if (g)
            return g;
    }
    return NULL;
}

diff_unplaced diff_unplaced_of(const diff_side *s, int t, int row, int col)
{
    diff_unplaced none = {0, false, {0, 0}};
    if (!s->flags || !s->errors) /* no error at all: every cell is placed */
        return none;
    const xxgk_cell *c = xxgk_report_cell(s->r, t, row, col);
    if (c && c->state != XXGK_CELL_ABSENT) {
        const xxgk_diag *g = first_doubt(s->flags, c->span);
        return g ? unplaced(s, g, false) : none;
    }
    const xxgk_diag *g = row_doubt(s, t, row);
    return g ? unplaced(s, g, true) : none;
}

const char *diff_unplaced_text(const diff_unplaced *u, bool on_new, int lang, char *buf, size_t size)
{
    const char *code = xxgk_code_name(u->code);
    if (lang == XXGK_LANG_ZH)
        snprintf(buf, size, "%s此%s有解析错误（%s，%u:%u）", on_new ? "新报告" : "旧报告",
                 u->row ? "行" : "单元格", code, u->pos.line, u->pos.col);
    else
        snprintf(buf, size, "the %s has a parse error on %s (%s at %u:%u)", u->row ? "row" : "cell",
                 on_new ? "NEW" : "OLD", code, u->pos.line, u->pos.col);
    return buf;
}
