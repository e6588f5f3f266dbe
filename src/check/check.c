/* xxgk_check: the walk over the first report copy, and the helpers the rule
 * files share. Each rule file adds its findings in any order; the document
 * keeps diagnostics sorted by position. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"

static const char *const texts[CKT__COUNT][2] = {
#define XXGK_TEXT(E, en, zh) {en, zh},
#include "check_text.def"
#undef XXGK_TEXT
};

static size_t total_diags(const xxgk_doc *doc)
{
    return xxgk_doc_count(doc, XXGK_NOTE) + xxgk_doc_count(doc, XXGK_WARNING) +
           xxgk_doc_count(doc, XXGK_ERROR);
}

int xxgk_check(xxgk_doc *doc, const xxgk_check_options *opts)
{
    if (!doc || !doc->report)
        return 0; /* empty or foreign input: the parser said why */
    size_t before = total_diags(doc);
    ck c = {doc, doc->report, opts ? opts->strict : false, NULL, NULL, 0, false, NULL};
    ck_values(&c);
    ck_arith(&c);
    ck_structure(&c);
    ck_consistency(&c);
    ck_prose(&c);
    free(c.fold_s);
    free(c.fold_off);
    return (int)(total_diags(doc) - before);
}

xxgk_diag *ck_diag(ck *c, int code, xxgk_span sp, ...)
{
    va_list ap;
    va_start(ap, sp);
    xxgk_diag *d = doc_diag_va(c->doc, code, xxgk_code_severity(code), sp, ap);
    va_end(ap);
    return d;
}

xxgk_diag *ck_diag_sev(ck *c, int code, int severity, xxgk_span sp, ...)
{
    va_list ap;
    va_start(ap, sp);
    xxgk_diag *d = doc_diag_va(c->doc, code, severity, sp, ap);
    va_end(ap);
    return d;
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
