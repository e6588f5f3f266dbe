/* Inside the validator: the context one check run threads through its rule
 * files (check_arith.c, check_values.c, check_structure.c,
 * check_consistency.c, check_prose.c, check_overview.c) and the helpers
 * they share (check_ctx.c). The driver (check.c) calls the rules; the
 * rules call the helpers; the helpers call neither. */
#ifndef XXGK_CHECK_INT_H
#define XXGK_CHECK_INT_H
#include "check.h"
#include "doc.h"

typedef struct ck {
    xxgk_doc *doc;
    const xxgk_report *r; /* the first copy */
    bool strict;
    /* one buffer for folded prose (check_fold.c), reused block after
     * block: first the run's own on the stack (CK_FOLD_SMALL, which the
     * pieces of most reports fit), then one on the heap grown to the
     * largest block and freed when the run ends */
    char *fold_s;
    uint32_t *fold_off;
    size_t fold_cap;
    char *small_s;
    uint32_t *small_off;
    /* V306 (check_structure.c): each table's first cell, in print order,
     * whose column or row only the other form has (NULL: none), and
     * whether its column says so (else its row): found by ck_values' walk
     * of the cells, which runs first, so that V306 walks none */
    const xxgk_cell *other_form[XXGK_TABLE__COUNT];
    bool other_by_col[XXGK_TABLE__COUNT];
    /* xxgk_check_options.cells_only; then, found by ck_values' walk of
     * the cells, the least start of a cell's number (UINT32_MAX: no
     * cell), before which a finding concerns no cell */
    bool cells_only;
    uint32_t cells_from;
    /* while a table printed for another scope (P120) is checked
     * (check.c ck_scope_tables): it, so each finding names the print it
     * is on; NULL for the report's own tables */
    const xxgk_table *scoped;
    /* and whether its captions left unsaid which print is the agency's
     * own (P121 at its caption): its note then says no more than that its
     * cells are not the report's */
    bool scoped_unsure;
} ck;

enum { CK_FOLD_SMALL = 2048 };

enum ck_text {
#define XXGK_TEXT(E, en, zh) CKT_##E,
#include "check_text.def"
#undef XXGK_TEXT
    CKT__COUNT
};

/* the rules */
void ck_arith(ck *c);
void ck_values(ck *c);
/* V201-V204 over one table's cells alone (a print for another scope) */
void ck_values_table(ck *c, const xxgk_table *tab);
void ck_templates_table(ck *c, const xxgk_table *tab);
void ck_structure(ck *c);
void ck_consistency(ck *c);
/* V401 and V404 in one pass over the preamble and section 一 */
void ck_overview(ck *c);

/* ---- the context's helpers (check_ctx.c) ---- */

/* A diagnostic with the code's default severity, or the given one. */
xxgk_diag *ck_diag(ck *c, int code, xxgk_span sp, ...);
xxgk_diag *ck_diag_sev(ck *c, int code, int severity, xxgk_span sp, ...);
/* A note worded by check_text.def in the document's language. */
void ck_note(ck *c, xxgk_diag *d, xxgk_span sp, int text, ...);
/* Format a check_text.def entry into the arena. */
const char *ck_textf(ck *c, int text, ...);

/* Names for messages: rows and columns are the template's (template.h,
 * xxgk_tpl_row_name); a cell is both. */
const char *ck_cell_name(ck *c, const xxgk_cell *cell); /* "（七）总计 · 自然人" */
/* A column's name: the template's, but table 三's 小计 in a table of three
 * columns (P134) is named as its header prints it, 法人或其他组织. */
const char *ck_col_name(const ck *c, int col);
const char *ck_dec(ck *c, xxgk_dec d);       /* exact decimal text, arena-owned */

/* A printed row short of values (P007): its cells cannot be trusted one by
 * one (check_arith.c). */
bool ck_short_row(const xxgk_report *r, int table, int row);
/* Does a reading error of the parser (a P… error, or its note) cover the
 * cell? Its number may then not be the one printed: prose is not blamed. */
bool ck_cell_doubted(const xxgk_doc *doc, const xxgk_cell *cell);

static inline bool ck_has_value(const xxgk_cell *cell)
{
    return cell && cell->state == XXGK_CELL_VALUE;
}
#endif
