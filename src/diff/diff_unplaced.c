/* xxgk diff: cells the reading cannot place (diff.h, diff_unplaced): the
 * cells a parse error doubts (template/cell_doubt.h, the one question
 * export's flags and the panel ask too). Comparing such a cell with last
 * year's would report the reading's shift as the agency's change, or fail
 * a cross-year check the report does not fail. */
#include "cell_doubt.h"
#include "diff_int.h"

/* The doubt C found for a cell of table t, or else the table's. */
static diff_unplaced unplaced_from(const diff_side *s, int t, cell_doubt c)
{
    diff_unplaced none = {0, DIFF_UNPLACED_CELL, {0, 0}};
    if (c.d)
        return (diff_unplaced){c.d->code, c.row ? DIFF_UNPLACED_ROW : DIFF_UNPLACED_CELL, diff_pos(s, c.d->span)};
    /* a table the report prints but the reading could not read (P069: 四
     * transposed) is not missing: the error in its section doubts each cell */
    const xxgk_diag *g = cell_doubt_unread_table(s->flags, s->r, s->doubts, t);
    return g ? (diff_unplaced){g->code, DIFF_UNPLACED_TABLE, diff_pos(s, g->span)} : none;
}

diff_unplaced diff_unplaced_of(const diff_side *s, int t, int row, int col)
{
    diff_unplaced none = {0, DIFF_UNPLACED_CELL, {0, 0}};
    if (!s->flags)
        return none;
    return unplaced_from(s, t, cell_doubt_of(s->flags, s->r, s->doubts, t, row, col));
}

diff_unplaced diff_unplaced_of_copy(const diff_side *s, int t, const xxgk_cell *c)
{
    diff_unplaced none = {0, DIFF_UNPLACED_CELL, {0, 0}};
    if (!s->flags)
        return none;
    return unplaced_from(s, t, cell_doubt_of_cell(s->flags, s->doubts, c));
}

const char *diff_unplaced_scope_name(int scope)
{
    return scope == DIFF_UNPLACED_TABLE ? "table" : scope == DIFF_UNPLACED_ROW ? "row" : "cell";
}

const char *diff_unplaced_text(const diff_unplaced *u, bool on_new, int lang, char *buf, size_t size)
{
    const char *code = xxgk_code_name(u->code);
    if (lang == XXGK_LANG_ZH) {
        static const char *const zh[] = {"单元格", "行", "表"};
        snprintf(buf, size, "%s此%s有解析错误（%s，%u:%u）", on_new ? "新报告" : "旧报告", zh[u->scope], code,
                 u->pos.line, u->pos.col);
    } else
        snprintf(buf, size, "the %s has a parse error on %s (%s at %u:%u)", diff_unplaced_scope_name(u->scope),
                 on_new ? "NEW" : "OLD", code, u->pos.line, u->pos.col);
    return buf;
}
