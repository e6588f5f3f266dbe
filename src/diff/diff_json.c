/* xxgk diff --format json: one object per pair (docs/diff.md). Numbers
 * from the tables are strings holding the exact decimal; positions are
 * integers, present only for the sides that have the thing. */
#include <string.h>

#include "diff_int.h"

static void str(FILE *f, const char *s)
{
    if (s)
        xxgk_json_string(f, s, strlen(s));
    else
        fputs("null", f);
}

static void dec(FILE *f, xxgk_dec v)
{
    char buf[48];
    fprintf(f, "\"%s\"", xxgk_dec_format(v, buf, sizeof buf));
}

static void side(FILE *f, const diff_side *s)
{
    fputs("{\"file\":", f);
    str(f, s->file);
    fputs(",\"agency\":", f);
    str(f, s->agency);
    fputs(",\"agency_key\":", f);
    str(f, s->agency_key);
    fputs(",\"date\":", f);
    str(f, s->date);
    if (s->year)
        fprintf(f, ",\"year\":%d", s->year);
    else
        fputs(",\"year\":null", f);
    if (s->tmpl)
        fprintf(f, ",\"template\":\"%d\"", s->tmpl);
    else
        fputs(",\"template\":null", f);
    fprintf(f, ",\"script\":\"%s\",\"parse_errors\":%zu}", diff_script_name(s->script), s->errors);
}

static void pos(FILE *f, const char *pre, bool has, xxgk_pos p)
{
    if (has)
        fprintf(f, ",\"%s_line\":%u,\"%s_col\":%u", pre, p.line, pre, p.col);
}

static void cell_value(FILE *f, const char *name, bool has, int state, xxgk_dec v, int unit)
{
    fprintf(f, ",\"%s_value\":", name);
    if (!has || state == XXGK_CELL_ABSENT)
        fputs("null", f);
    else if (state == XXGK_CELL_EMPTY)
        fputs("\"\"", f);
    else
        dec(f, v);
    if (has && state == XXGK_CELL_VALUE && unit)
        fprintf(f, ",\"%s_unit\":\"%s\"", name, xxgk_unit_name(unit));
}

static void identities(FILE *f, const char *name, const diff_identity *v, size_t n)
{
    fprintf(f, ",\"%s\":[", name);
    for (size_t i = 0; i < n; i++) {
        fprintf(f, "%s{\"identity\":\"%s\",\"row\":", i ? "," : "", diff_identity_name(v[i].id));
        if (v[i].row)
            fprintf(f, "\"%s\"", xxgk_row_key(v[i].row));
        else
            fputs("null", f);
        fputs(",\"column\":", f);
        if (v[i].col)
            fprintf(f, "\"%s\"", xxgk_col_key(v[i].col));
        else
            fputs("null", f);
        fputs(",\"printed\":", f);
        dec(f, v[i].lhs);
        fputs(",\"sum\":", f);
        dec(f, v[i].rhs);
        fputc('}', f);
    }
    fputc(']', f);
}

/* The parse errors leaving a cell unplaced, one per side that has one:
 * "unplaced":[{"side","code","scope","line","col","reason"}], scope
 * "cell", "row" or "table": what the finding is about. */
static void unplaced(FILE *f, const diff_change *c)
{
    const diff_unplaced *u[2] = {&c->old_unplaced, &c->new_unplaced};
    if (!u[0]->code && !u[1]->code)
        return;
    fputs(",\"unplaced\":[", f);
    bool first = true;
    for (int k = 0; k < 2; k++) {
        if (!u[k]->code)
            continue;
        char why[160];
        fprintf(f, "%s{\"side\":\"%s\",\"code\":\"%s\",\"scope\":\"%s\",\"line\":%u,\"col\":%u,\"reason\":",
                first ? "" : ",", k ? "new" : "old", xxgk_code_name(u[k]->code), diff_unplaced_scope_name(u[k]->scope),
                u[k]->pos.line, u[k]->pos.col);
        str(f, diff_unplaced_text(u[k], k == 1, XXGK_LANG_EN, why, sizeof why));
        fputc('}', f);
        first = false;
    }
    fputc(']', f);
}

static void action(FILE *f, const diff_change *c)
{
    fprintf(f, "{\"action\":\"%s\",\"kind\":\"%s\",\"section\":\"%s\"", diff_action_name(c->action),
            diff_kind_name(c->kind), diff_section_key(c->section));
    if (c->has_old && c->old_section != c->section)
        fprintf(f, ",\"old_section\":\"%s\"", diff_section_key(c->old_section));
    pos(f, "old", c->has_old, c->old_pos);
    pos(f, "new", c->has_new, c->new_pos);
    if (c->kind == DIFF_K_CELL) {
        fprintf(f, ",\"table\":\"%s\",\"row\":\"%s\",\"column\":\"%s\"", xxgk_table_key(c->table),
                xxgk_row_key(c->row), xxgk_col_key(c->col));
        if (c->mapped) {
            fputs(",\"mapped\":", f);
            str(f, c->mapped);
        }
        cell_value(f, "old", c->has_old, c->old_state, c->old_value, c->old_unit);
        cell_value(f, "new", c->has_new, c->new_state, c->new_value, c->new_unit);
        if (c->has_delta) {
            fputs(",\"change\":", f);
            dec(f, c->delta);
            if (c->flags & DIFF_CELL_UNITS)
                fputs(",\"change_unit\":\"元\"", f);
        }
        if (c->copy)
            fprintf(f, ",\"copy\":%d,\"copies\":{\"old\":%d,\"new\":%d}", c->copy, c->old_copies, c->new_copies);
        unplaced(f, c);
        if (c->action == DIFF_UPDATE && !c->mapped) {
            identities(f, "breaks", c->breaks, c->nbreaks);
            identities(f, "repairs", c->repairs, c->nrepairs);
        }
    } else {
        if (c->kind == DIFF_K_REMARK) { /* a row's remark: its table and row (null: table 四's one row) */
            fprintf(f, ",\"table\":\"%s\",\"row\":", xxgk_table_key(c->table));
            if (c->row)
                fprintf(f, "\"%s\"", xxgk_row_key(c->row));
            else
                fputs("null", f);
        }
        if (c->has_old) {
            fputs(",\"old_text\":", f);
            str(f, c->old_text);
        }
        if (c->has_new) {
            fputs(",\"new_text\":", f);
            str(f, c->new_text);
        }
        if (c->similarity >= 0)
            fprintf(f, ",\"similarity\":%d", c->similarity);
        if (c->kind == DIFF_K_HEADING && c->action == DIFF_MOVE)
            fprintf(f, ",\"renamed\":%s", c->renamed ? "true" : "false");
    }
    fputc('}', f);
}

/* A table or row one side lacks: one entry at its first cell's place,
 * {"action","kind":"table"|"row","section","table","row" (a row's),
 * "count", the place on the side that prints it, "unplaced" when its
 * cells are (the one finding they share), "cells":[its cell actions]}. */
static void group(FILE *f, const diff_result *d, size_t gi)
{
    const diff_group *g = &d->groups[gi];
    fprintf(f, "{\"action\":\"%s\",\"kind\":\"%s\",\"section\":\"%s\"", diff_action_name(g->action),
            diff_kind_name(g->kind), diff_section_key(XXGK_SEC_PROACTIVE + g->table));
    pos(f, "old", g->has_old, g->old_pos);
    pos(f, "new", g->has_new, g->new_pos);
    fprintf(f, ",\"table\":\"%s\"", xxgk_table_key(g->table));
    if (g->kind == DIFF_K_ROW)
        fprintf(f, ",\"row\":\"%s\"", xxgk_row_key(g->row));
    fprintf(f, ",\"count\":%zu", g->ncells);
    unplaced(f, &d->changes[g->first]); /* shared by its cells: a doubt, not a certain deletion */
    fputs(",\"cells\":[", f);
    bool first = true;
    for (size_t i = g->first; i < d->nchanges; i++) {
        if (d->changes[i].group != gi + 1)
            continue;
        if (!first)
            fputc(',', f);
        action(f, &d->changes[i]);
        first = false;
    }
    fputs("]}", f);
}

static void prose(FILE *f, const diff_result *d)
{
    fputs(",\"prose\":[", f);
    bool first = true;
    for (int s = 0; s < XXGK_SEC__COUNT; s++) {
        const diff_prose *p = &d->prose[s];
        if (!p->in_old && !p->in_new)
            continue;
        fprintf(f, "%s{\"section\":\"%s\",\"in_old\":%s,\"in_new\":%s,\"similarity\":%d,"
                   "\"old_chars\":%u,\"new_chars\":%u,\"paragraphs\":{\"same\":%d,\"updated\":%d,"
                   "\"added\":%d,\"removed\":%d,\"moved\":%d},\"headings_same\":%d}",
                first ? "" : ",", diff_section_key(s), p->in_old ? "true" : "false",
                p->in_new ? "true" : "false", p->similarity, p->old_chars, p->new_chars, p->same,
                p->updated, p->added, p->removed, p->moved, p->headings_same);
        first = false;
    }
    fputc(']', f);
}

static void only(FILE *f, const diff_result *d, bool in_old)
{
    fprintf(f, ",\"only_%s\":[", in_old ? "old" : "new");
    bool first = true;
    for (size_t i = 0; i < d->nonly; i++) {
        const diff_only *e = &d->only[i];
        if (e->in_old != in_old)
            continue;
        fprintf(f, "%s{\"table\":\"%s\",\"row\":\"%s\",\"column\":", first ? "" : ",",
                xxgk_table_key(e->table), xxgk_row_key(e->row));
        if (e->col)
            fprintf(f, "\"%s\"", xxgk_col_key(e->col));
        else
            fputs("null", f);
        fprintf(f, ",\"template_lacks\":%s,\"line\":%u,\"col\":%u}",
                e->template_lacks ? "true" : "false", e->pos.line, e->pos.col);
        first = false;
    }
    fputc(']', f);
}

static void templates(FILE *f, const diff_result *d)
{
    fputs(",\"templates\":{\"old\":", f);
    if (d->old.tmpl)
        fprintf(f, "\"%d\"", d->old.tmpl);
    else
        fputs("null", f);
    fputs(",\"new\":", f);
    if (d->new.tmpl)
        fprintf(f, "\"%d\"", d->new.tmpl);
    else
        fputs("null", f);
    only(f, d, true);
    only(f, d, false);
    fputs(",\"mapped\":[", f);
    for (size_t i = 0; i < d->nmapped; i++) {
        const diff_mapped *m = &d->mapped[i];
        fprintf(f, "%s{\"table\":\"%s\",\"column\":\"%s\",\"old\":", i ? "," : "",
                xxgk_table_key(m->table), xxgk_col_key(m->col));
        str(f, m->old_desc);
        fputs(",\"new\":", f);
        str(f, m->new_desc);
        fputs(",\"old_value\":", f);
        if (m->known)
            dec(f, m->old_value);
        else
            fputs("null", f);
        fputs(",\"new_value\":", f);
        if (m->known)
            dec(f, m->new_value);
        else
            fputs("null", f);
        fprintf(f, ",\"equal\":%s",
                m->known && xxgk_dec_cmp(m->old_value, m->new_value) == 0 ? "true" : "false");
        pos(f, "old", m->has_old, m->old_pos);
        pos(f, "new", m->has_new, m->new_pos);
        fputc('}', f);
    }
    fputs("]}", f);
}

static void checks(FILE *f, const diff_result *d)
{
    fputs(",\"checks\":[", f);
    for (size_t i = 0; i < d->nchecks; i++) {
        const diff_check *c = &d->checks[i];
        fprintf(f, "%s{\"name\":\"%s\"", i ? "," : "", c->name);
        if (c->col)
            fprintf(f, ",\"column\":\"%s\"", xxgk_col_key(c->col));
        fprintf(f, ",\"status\":\"%s\",\"numbers\":{", diff_status_name(c->status));
        for (int k = 0; k < c->nnums; k++) {
            fprintf(f, "%s\"%s\":", k ? "," : "", c->nums[k].name);
            if (c->nums[k].has)
                dec(f, c->nums[k].value);
            else
                fputs("null", f);
        }
        fputc('}', f);
        if (c->reason_en) {
            fputs(",\"reason\":", f);
            str(f, c->reason_en);
        }
        pos(f, "old", c->has_old, c->old_pos);
        pos(f, "new", c->has_new, c->new_pos);
        fputc('}', f);
    }
    fputc(']', f);
}

void diff_print_json(FILE *f, const diff_result *d)
{
    fputs("{\"old\":", f);
    side(f, &d->old);
    fputs(",\"new\":", f);
    side(f, &d->new);
    fprintf(f, ",\"changed\":%s,\"other_agency\":%s,\"actions\":[", diff_changed(d) ? "true" : "false",
            d->other_agency ? "true" : "false");
    bool first = true;
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (c->group && d->groups[c->group - 1].first != i)
            continue; /* under its group's entry */
        if (!first)
            fputc(',', f);
        first = false;
        if (c->group)
            group(f, d, c->group - 1);
        else
            action(f, c);
    }
    fputc(']', f);
    fputs(",\"cells\":{", f);
    for (int t = 0; t < XXGK_TABLE__COUNT; t++)
        fprintf(f, "%s\"%s\":{\"same\":%zu,\"changed\":%zu,\"unplaced\":%zu}", t ? "," : "",
                xxgk_table_key(t), d->cells_same[t], d->cells_changed[t], d->cells_unplaced[t]);
    fputc('}', f);
    prose(f, d);
    templates(f, d);
    checks(f, d);
    if (d->assumed_code) {
        fprintf(f, ",\"checks_assume\":{\"code\":\"%s\",\"severity\":\"note\",\"message\":",
                xxgk_code_name(d->assumed_code));
        str(f, d->assumed_en);
        fputc('}', f);
    }
    fputc('}', f);
}
