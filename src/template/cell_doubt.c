/* The cells the reading doubts (cell_doubt.h). */
#include "cell_doubt.h"
#include "template.h"

/* The findings that say a row is absent (P015 missing row, P005 table
 * ends early): sure of the absence, they doubt no reading (P015 stands at
 * the next row found, which it says nothing of). */
static bool states_absence(int code) { return code == XXGK_P_MISSING_ROW || code == XXGK_P_TABLE_ENDS_EARLY; }

/* An error of the reading: of the lexer (L) or the parser (P); or the
 * warning that the table the cells come from may be another scope's
 * (P121: which print is the agency's is not said). */
static bool doubts_reading(const xxgk_diag *g)
{
    const char *code = xxgk_code_name(g->code);
    if (g->code == XXGK_P_SCOPE_UNSURE)
        return true;
    return g->severity == XXGK_ERROR && (code[0] == 'L' || code[0] == 'P') && !states_absence(g->code);
}

size_t cell_doubt_count(const xxgk_doc *doc)
{
    size_t n = doc ? xxgk_doc_count(doc, XXGK_ERROR) : 0;
    if (doc && xxgk_doc_count(doc, XXGK_WARNING))
        for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
            n += d->code == XXGK_P_SCOPE_UNSURE;
    return n;
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

/* A row the report prints no label of: a parse error where it would stand,
 * between the labels of the rows before and after it in the template
 * (their keys' order) that the report prints, the former's values included
 * (an unknown row '02.' there, digits of the row above without a reading):
 * its text may be there, unread. A row the report leaves out cleanly has
 * only the finding that says so (P015) there, and its cells stay deleted. */
static const xxgk_diag *gap_doubt(cell_flags *f, const xxgk_table *tb, int row)
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
    return to > from ? first_doubt(f, (xxgk_span){from, to}) : NULL;
}

/* The row shape's findings: every value of the row may be in another
 * column (docs/diagnostics.md, P006, P007, and P027's two numbers in one
 * cell, read one to a column). */
static bool row_finding(int code)
{
    return code == XXGK_P_TOO_MANY_VALUES || code == XXGK_P_TOO_FEW_VALUES || code == XXGK_P_CELL_TWO_NUMBERS;
}

/* A parse error on the row `row` of table t : in its text (from
 * its label to the next row's label, or the table's end: the row's values
 * stand there, a row withheld whole (P052) has its finding there), where
 * it would stand when it has no label there (gap_doubt), or on one of its
 * printed cells (a layout that prints the labels apart from the values);
 * NULL when none. */
static const xxgk_diag *row_doubt(cell_flags *f, const xxgk_report *r, int t, int row)
{
    const xxgk_table *tb = r->tables[t];
    if (!tb)
        return NULL;
    bool labelled = false;
    for (size_t i = 0; i < tb->nrows; i++) {
        if (tb->rows[i].key != row)
            continue;
        labelled = true;
        uint32_t end = i + 1 < tb->nrows ? tb->rows[i + 1].span.start : tb->span.end;
        xxgk_span text = {tb->rows[i].span.start, end > tb->rows[i].span.end ? end : tb->rows[i].span.end};
        const xxgk_diag *g = first_doubt(f, text);
        if (g)
            return g;
    }
    const xxgk_diag *g = labelled ? NULL : gap_doubt(f, tb, row);
    if (g)
        return g;
    for (int col = 1; col < XXGK_C__COUNT; col++) {
        const xxgk_cell *c = xxgk_report_cell(r, t, row, col);
        const xxgk_diag *g = c && c->state != XXGK_CELL_ABSENT ? first_doubt(f, c->span) : NULL;
        if (g)
            return g;
    }
    return NULL;
}

const xxgk_diag *cell_doubt_unread_table(cell_flags *f, const xxgk_report *r, size_t errors, int t)
{
    static const int section_of[XXGK_TABLE__COUNT] = {XXGK_SEC_PROACTIVE, XXGK_SEC_REQUESTS,
                                                      XXGK_SEC_APPEALS};
    if (!f || !r || !errors || t < 0 || t >= XXGK_TABLE__COUNT)
        return NULL;
    const xxgk_table *tb = r->tables[t];
    for (size_t i = 0; tb && i < tb->ncells; i++)
        if (tb->cells[i].state != XXGK_CELL_ABSENT)
            return NULL; /* read: its cells' own doubts (cell_doubt_of) */
    for (const xxgk_section *s = r->sections; s; s = s->next) {
        if (s->id != section_of[t])
            continue;
        /* from its heading to the next section's (its span may end
         * with the heading when no block of it was read) */
        uint32_t end = s->next && s->next->span.start > s->span.end ? s->next->span.start
                       : s->next                                  ? s->span.end
                                                                  : UINT32_MAX;
        if (end < s->span.end)
            end = s->span.end;
        const xxgk_diag *ds[CELL_FLAGS_MAX];
        int n = cell_flags_diags(f, (xxgk_span){s->span.start, end}, ds);
        for (int i = 0; i < n; i++)
            if (doubts_reading(ds[i]) && ds[i]->code != XXGK_P_MISSING_TABLE)
                return ds[i];
    }
    return NULL;
}

cell_doubt cell_doubt_of_cell(cell_flags *f, size_t errors, const xxgk_cell *c)
{
    if (!f || !errors || !c)
        return (cell_doubt){NULL, false};
    const xxgk_diag *g = first_doubt(f, c->span);
    return (cell_doubt){g, g && row_finding(g->code)};
}

cell_doubt cell_doubt_of(cell_flags *f, const xxgk_report *r, size_t errors, int t, int row, int col)
{
    cell_doubt none = {NULL, false};
    if (!f || !r || !errors) /* no error at all: every cell is placed */
        return none;
    const xxgk_cell *c = xxgk_report_cell(r, t, row, col);
    if (c && c->state != XXGK_CELL_ABSENT)
        return cell_doubt_of_cell(f, errors, c);
    const xxgk_diag *g = row_doubt(f, r, t, row);
    return (cell_doubt){g, g != NULL};
}
