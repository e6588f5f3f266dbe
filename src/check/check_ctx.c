/* The validator's context: what every rule file uses to say what it found
 * (check_int.h). The rules call these; these call no rule. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "template.h"

static const char *const texts[CKT__COUNT][2] = {
#define XXGK_TEXT(E, en, zh) {en, zh},
#include "check_text.def"
#undef XXGK_TEXT
};

static const char *text_format(const ck *c, int text);

/* A finding on a table printed for another scope (c->scoped) says so in
 * a note at that print's caption: its cells are not the report's, and a
 * user must know which of the section's tables to mend. Under P121 the
 * print is not known to be another scope's (its caption may say 本级):
 * the note says only that it is the later print, not exported. */
static xxgk_diag *name_scoped(ck *c, xxgk_diag *d)
{
    const xxgk_table *t = c->scoped;
    if (!d || !t)
        return d;
    int n = (int)(t->scope.end - t->scope.start);
    int text = c->scoped_unsure ? CKT_ON_LATER_PRINT : CKT_ON_SCOPED_TABLE;
    xxgk_diag_add_note(c->doc, d, t->scope, text_format(c, text), n,
                       (const char *)c->doc->src + t->scope.start);
    return d;
}

xxgk_diag *ck_diag(ck *c, int code, xxgk_span sp, ...)
{
    va_list ap;
    va_start(ap, sp);
    xxgk_diag *d = doc_diag_va(c->doc, code, xxgk_code_severity(code), sp, ap);
    va_end(ap);
    return name_scoped(c, d);
}

xxgk_diag *ck_diag_sev(ck *c, int code, int severity, xxgk_span sp, ...)
{
    va_list ap;
    va_start(ap, sp);
    xxgk_diag *d = doc_diag_va(c->doc, code, severity, sp, ap);
    va_end(ap);
    return name_scoped(c, d);
}

static const char *text_format(const ck *c, int text)
{
    if (text < 0 || text >= CKT__COUNT)
        return "";
    return texts[text][c->doc->lang == XXGK_LANG_ZH ? 1 : 0];
}

const char *ck_textf(ck *c, int text, ...)
{
    va_list ap;
    va_start(ap, text);
    const char *s = doc_vprintf(c->doc, text_format(c, text), ap);
    va_end(ap);
    return s;
}

void ck_note(ck *c, xxgk_diag *d, xxgk_span sp, int text, ...)
{
    if (!d)
        return;
    va_list ap;
    va_start(ap, text);
    const char *s = doc_vprintf(c->doc, text_format(c, text), ap);
    va_end(ap);
    xxgk_diag_add_note(c->doc, d, sp, "%s", s);
}

const char *ck_dec(ck *c, xxgk_dec d)
{
    char buf[48];
    return doc_printf(c->doc, "%s", xxgk_dec_format(d, buf, sizeof buf));
}

/* The middle column of a table 三 printed with three columns (自然人,
 * 法人或其他组织, 总计: P134) holds the 小计's cell, yet the report has no
 * 小计 column: a message naming it says the word the header printed. */
const char *ck_col_name(const ck *c, int col)
{
    if (col != XXGK_C_LEGAL_SUBTOTAL) /* the common case: no table asked */
        return xxgk_tpl_col_name(col);
    const xxgk_table *t = c->r->tables[XXGK_TABLE_REQUESTS];
    return t && t->ncols_requests == 3 ? "法人或其他组织" : xxgk_tpl_col_name(col);
}

/* "（七）总计 · 自然人": the template's names of the row and the column. */
const char *ck_cell_name(ck *c, const xxgk_cell *cell)
{
    return doc_printf(c->doc, "%s · %s", xxgk_tpl_row_name(cell->row), ck_col_name(c, cell->col));
}
