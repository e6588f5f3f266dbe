/* Inside the validator: the state one check run threads through its rule
 * files (check_arith.c, check_values.c, check_structure.c,
 * check_consistency.c, check_prose.c) and the helpers they share. */
#ifndef XXGK_CHECK_INT_H
#define XXGK_CHECK_INT_H
#include "check.h"
#include "doc.h"

struct ck_words;
struct ck_folded;

typedef struct ck {
    xxgk_doc *doc;
    const xxgk_report *r; /* the first copy */
    bool strict;
    /* one buffer for folded prose (check_fold.c), reused block after
     * block and freed when the run ends: memory is the largest block's */
    char *fold_s;
    uint32_t *fold_off;
    size_t fold_cap;
    /* V401 not settled by the preamble: section 一's blocks are scanned
     * for it as the prose rules fold them (check_prose.c) */
    bool period_open;
    const struct ck_words *period_words;
} ck;

enum ck_text {
#define XXGK_TEXT(E, en, zh) CKT_##E,
#include "check_text.def"
#undef XXGK_TEXT
    CKT__COUNT
};

/* the rules */
void ck_arith(ck *c);
void ck_values(ck *c);
void ck_structure(ck *c);
void ck_consistency(ck *c);
void ck_prose(ck *c);
/* V401 in one folded block of section 一; true when it is settled. */
bool ck_period_scan(ck *c, const struct ck_folded *t);

/* A diagnostic with the code's default severity, or the given one. */
xxgk_diag *ck_diag(ck *c, int code, xxgk_span sp, ...);
xxgk_diag *ck_diag_sev(ck *c, int code, int severity, xxgk_span sp, ...);
/* A note worded by check_text.def in the document's language. */
void ck_note(ck *c, xxgk_diag *d, xxgk_span sp, int text, ...);
/* Format a check_text.def entry into the arena. */
const char *ck_textf(ck *c, int text, ...);

/* Names for messages: the template's (template.h, xxgk_tpl_row_name). */
const char *ck_cell_name(ck *c, const xxgk_cell *cell); /* "（七）总计 · 自然人" */
const char *ck_dec(ck *c, xxgk_dec d);       /* exact decimal text, arena-owned */

/* A printed row short of values (P007): its cells cannot be trusted one by
 * one (check_arith.c). */
bool ck_short_row(const xxgk_report *r, int table, int row);

static inline bool ck_has_value(const xxgk_cell *cell)
{
    return cell && cell->state == XXGK_CELL_VALUE;
}
#endif
