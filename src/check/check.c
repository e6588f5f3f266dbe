/* xxgk_check: the rules over the first report copy, one after another.
 * Each rule file adds its findings in any order; the document keeps
 * diagnostics sorted by position. The helpers they share are the
 * context's (check_ctx.c). */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"

static size_t total_diags(const xxgk_doc *doc)
{
    return xxgk_doc_count(doc, XXGK_NOTE) + xxgk_doc_count(doc, XXGK_WARNING) +
           xxgk_doc_count(doc, XXGK_ERROR);
}

/* Did the parser say at T's caption that the captions leave unsaid
 * which print is the agency's own (P121, build_doc.c bld_scope_table)?
 * One walk of the findings, for each such print only. */
static bool scope_unsure(const xxgk_doc *doc, const xxgk_table *t)
{
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->code == XXGK_P_SCOPE_UNSURE && d->span.start == t->scope.start && d->span.end == t->scope.end)
            return true;
    return false;
}

/* A table printed again for another scope (（二）全系统, P120) is
 * checked as the report's table is, on its own: a summary of many
 * agencies (全县, 全系统) sums their forms cell by cell, so every identity
 * of the template (V101-V109) holds for it as for one agency's, and its
 * values are counts and amounts like any (V201-V204). Through a copy of
 * the report whose tables are that one (the report's own tables, and so
 * its cells, never mixed in). Every agency filled in the year's form, so
 * the summary is in it too (V306). The identities that compare the
 * agency's own words with its table (V404, V405, V407, V408) and those of
 * headings and dates (V301-V305, V307-V309, V401-V403, V406) are the
 * report's, not the print's: not asked of it. Its findings stand at its own cells, each
 * with a note naming the print (c->scoped, ck_diag). One walk of the
 * sections' blocks. */
static void ck_scope_tables(ck *c)
{
    const xxgk_report *r = c->r;
    for (const xxgk_section *s = r->sections; s; s = s->next)
        for (const xxgk_block *b = s->blocks; b; b = b->next) {
            const xxgk_table *t = b->kind == XXGK_B_TABLE ? b->table : NULL;
            if (!t || t->scope.end <= t->scope.start || r->tables[t->id] == t)
                continue;
            xxgk_report scoped = *r;
            memset(scoped.tables, 0, sizeof scoped.tables);
            scoped.tables[t->id] = (xxgk_table *)t;
            c->r = &scoped;
            c->scoped = t;
            c->scoped_unsure = scope_unsure(c->doc, t);
            ck_arith(c);
            ck_values_table(c, t);
            ck_templates_table(c, t);
            c->scoped = NULL;
            c->scoped_unsure = false;
            c->r = r;
        }
}

int xxgk_check(xxgk_doc *doc, const xxgk_check_options *opts)
{
    if (!doc || !doc->report)
        return 0; /* empty or foreign input: the parser said why */
    size_t before = total_diags(doc);
    char small_s[CK_FOLD_SMALL];
    uint32_t small_off[CK_FOLD_SMALL];
    ck c = {doc, doc->report, opts ? opts->strict : false, small_s, small_off, CK_FOLD_SMALL, small_s, small_off,
            {NULL}, {false}, opts ? opts->cells_only : false, UINT32_MAX, NULL, false};
    ck_values(&c);
    ck_arith(&c);
    ck_scope_tables(&c);
    ck_structure(&c);
    ck_consistency(&c);
    ck_overview(&c);
    if (c.fold_s != small_s)
        free(c.fold_s);
    if (c.fold_off != small_off)
        free(c.fold_off);
    return (int)(total_diags(doc) - before);
}
