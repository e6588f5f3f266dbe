/* The AST as an indented tree (stable, diff-friendly: the golden corpus
 * format) and as JSON (docs/json.md). */
#include <string.h>

#include "doc.h"
#include "pos_cursor.h"
#include "put.h"
#include "utf8.h"

enum { EXCERPT = 24 };

static void pos(FILE *f, const xxgk_doc *doc, uint32_t off)
{
    xxgk_pos p = xxgk_doc_position(doc, off);
    fprintf(f, "%u:%u", p.line, p.col);
}

static void range(FILE *f, const xxgk_doc *doc, xxgk_span sp)
{
    pos(f, doc, sp.start);
    fputc('-', f);
    pos(f, doc, sp.end);
}

/* Quoted text of a span: line breaks shown as ⏎, cut after n code points. */
static void quoted(FILE *f, const xxgk_doc *doc, xxgk_span sp, int n)
{
    fputc('"', f);
    uint32_t i = sp.start;
    int k = 0;
    while (i < sp.end) {
        uint32_t cp;
        int l = utf8_decode(doc->src + i, sp.end - i, &cp);
        if (!l) {
            fputc('?', f);
            i++;
            continue;
        }
        if (n > 0 && k == n) {
            fputs("…", f);
            break;
        }
        if (cp == '\n')
            fputs("⏎", f);
        else if (cp == '\r' || cp == '\t')
            fputc(' ', f);
        else if (cp == '"')
            fputs("\\\"", f);
        else
            fwrite(doc->src + i, 1, (size_t)l, f);
        k++;
        i += (uint32_t)l;
    }
    fputc('"', f);
}

/* A cell's line, formatted into a buffer and written once: a table has
 * hundreds of cells, and stdio's formatting per field cost more than the
 * parse of them. Positions through a cursor (pos_cursor.h). */
static void tree_cell(FILE *f, const xxgk_doc *doc, const xxgk_cell *c, int ind, pos_cursor *at)
{
    char buf[256], num[48];
    char *o = buf;
    for (int i = 0; i < ind && i < 64; i++)
        *o++ = ' ';
    o = put(o, "cell ");
    o = put(o, xxgk_row_key(c->row));
    *o++ = '.';
    o = put(o, xxgk_col_key(c->col));
    o = put(o, " = ");
    if (c->state == XXGK_CELL_VALUE) {
        o = put(o, xxgk_dec_format(c->value, num, sizeof num));
        if (c->unit) {
            *o++ = ' ';
            o = put(o, xxgk_unit_name(c->unit));
        }
        if (c->scientific)
            o = put(o, " (scientific)");
    } else {
        o = put(o, "(empty)");
    }
    xxgk_pos p = pos_cursor_at(at, doc, c->span.start);
    o = put(o, " @");
    o = put_uint(o, p.line);
    *o++ = ':';
    o = put_uint(o, p.col);
    *o++ = '\n';
    fwrite(buf, 1, (size_t)(o - buf), f);
}

static void tree_table(FILE *f, const xxgk_doc *doc, const xxgk_table *t, int ind)
{
    fprintf(f, "%*stable %s template=%d", ind, "", xxgk_table_key(t->id), t->template_year);
    if (t->id == XXGK_TABLE_REQUESTS)
        fprintf(f, " columns=%d", t->ncols_requests);
    fprintf(f, " cells=%zu\n", t->ncells);
    pos_cursor at = {0};
    for (size_t i = 0; i < t->ncells; i++)
        tree_cell(f, doc, &t->cells[i], ind + 2, &at);
}

static void tree_blocks(FILE *f, const xxgk_doc *doc, const xxgk_block *b, int ind)
{
    int depth = 0; /* paragraphs and tables sit under the last heading */
    for (; b; b = b->next) {
        switch (b->kind) {
        case XXGK_B_HEADING:
            depth = b->level;
            fprintf(f, "%*sheading %s", ind + 2 * (b->level - 1), "", xxgk_numbering_name(b->numbering));
            if (b->number)
                fprintf(f, " %d", b->number);
            fputc(' ', f);
            quoted(f, doc, b->title_span, 0);
            if (b->md_level)
                fprintf(f, " md=%d", b->md_level);
            if (b->restarts_section)
                fprintf(f, " restarts=%s", xxgk_section_key(b->restarts_section));
            fputs(" @", f);
            pos(f, doc, b->span.start);
            fputc('\n', f);
            break;
        case XXGK_B_PARAGRAPH:
            fprintf(f, "%*sparagraph ", ind + 2 * depth, "");
            quoted(f, doc, b->span, EXCERPT);
            fputs(" @", f);
            range(f, doc, b->span);
            fputc('\n', f);
            break;
        case XXGK_B_TABLE:
            tree_table(f, doc, b->table, ind);
            break;
        }
    }
}

static void tree_report(FILE *f, const xxgk_doc *doc, const xxgk_report *r)
{
    fputs("report @", f);
    range(f, doc, r->span);
    fputc('\n', f);
    if (r->title_span.end > r->title_span.start) {
        fputs("  title ", f);
        quoted(f, doc, r->title_span, 0);
        fputs(" @", f);
        pos(f, doc, r->title_span.start);
        fputc('\n', f);
    }
    if (r->agency) {
        fprintf(f, "  agency \"%s\" from %s @", r->agency, xxgk_source_name(r->agency_source));
        pos(f, doc, r->agency_span.start);
        fputc('\n', f);
    }
    if (r->date) {
        fprintf(f, "  date %s from %s @", r->date, xxgk_source_name(r->date_source));
        pos(f, doc, r->date_span.start);
        fputc('\n', f);
    }
    if (r->year) {
        fprintf(f, "  year %d from %s @", r->year, xxgk_source_name(r->year_source));
        pos(f, doc, r->year_span.start);
        fputc('\n', f);
    }
    fprintf(f, "  template %d\n", xxgk_report_template(r));
    if (r->preamble) {
        fputs("  preamble\n", f);
        tree_blocks(f, doc, r->preamble, 4);
    }
    for (const xxgk_section *s = r->sections; s; s = s->next) {
        fprintf(f, "  section %s %s ", xxgk_section_key(s->id), xxgk_section_numeral(s->id));
        quoted(f, doc, s->title_span, 0);
        if (s->printed_number != s->id)
            fprintf(f, " printed=%d", s->printed_number);
        if (!s->canonical_title)
            fputs(" variant-title", f);
        if (s->md_level)
            fprintf(f, " md=%d", s->md_level);
        fputs(" @", f);
        pos(f, doc, s->heading_span.start);
        fputc('\n', f);
        tree_blocks(f, doc, s->blocks, 4);
    }
    if (r->signoff_agency_span.end > r->signoff_agency_span.start) {
        fputs("  signoff agency ", f);
        quoted(f, doc, r->signoff_agency_span, 0);
        fputs(" @", f);
        pos(f, doc, r->signoff_agency_span.start);
        fputc('\n', f);
    }
    if (r->signoff_year) {
        fprintf(f, "  signoff date %04d-%02d-%02d @", r->signoff_year, r->signoff_month, r->signoff_day);
        pos(f, doc, r->signoff_date_span.start);
        fputc('\n', f);
    }
    if (r->note_span.end > r->note_span.start) {
        fputs("  note ", f);
        quoted(f, doc, r->note_span, 0);
        fputs(" @", f);
        pos(f, doc, r->note_span.start);
        fputc('\n', f);
    }
}

void xxgk_print_tree(FILE *f, const xxgk_doc *doc)
{
    for (const xxgk_report *r = doc->report; r; r = r->next)
        tree_report(f, doc, r);
    for (const xxgk_diag *d = doc->diags; d; d = d->next) {
        xxgk_pos p = xxgk_doc_position(doc, d->span.start);
        fprintf(f, "%s %s %u:%u: %s\n", xxgk_severity_name(d->severity), xxgk_code_name(d->code),
                p.line, p.col, d->msg);
    }
}

/* ---- JSON --------------------------------------------------------------- */

static void jstr_span(FILE *f, const xxgk_doc *doc, xxgk_span sp)
{
    xxgk_json_string(f, (const char *)doc->src + sp.start, sp.end - sp.start);
}

static void jloc(FILE *f, const xxgk_doc *doc, xxgk_span sp) { xxgk_json_location(f, doc, sp); }

static void json_table(FILE *f, const xxgk_doc *doc, const xxgk_table *t)
{
    fprintf(f, "{\"kind\":\"table\",\"table\":\"%s\",\"template\":", xxgk_table_key(t->id));
    if (t->template_year)
        fprintf(f, "\"%d\"", t->template_year);
    else
        fputs("null", f);
    if (t->id == XXGK_TABLE_REQUESTS)
        fprintf(f, ",\"columns\":%d", t->ncols_requests);
    fputs(",\"cells\":[", f);
    for (size_t i = 0; i < t->ncells; i++) {
        const xxgk_cell *c = &t->cells[i];
        char num[48];
        fprintf(f, "%s{\"row\":\"%s\",\"column\":\"%s\",\"state\":\"%s\",\"value\":", i ? "," : "",
                xxgk_row_key(c->row), xxgk_col_key(c->col),
                c->state == XXGK_CELL_VALUE ? "value" : "empty");
        if (c->state == XXGK_CELL_VALUE)
            fprintf(f, "\"%s\"", xxgk_dec_format(c->value, num, sizeof num));
        else
            fputs("null", f);
        fprintf(f, ",\"unit\":\"%s\",\"unit_printed\":%s,\"scientific\":%s,", xxgk_unit_name(c->unit),
                c->unit_printed ? "true" : "false", c->scientific ? "true" : "false");
        jloc(f, doc, c->span);
        fputc('}', f);
    }
    fputs("]}", f);
}

static void json_blocks(FILE *f, const xxgk_doc *doc, const xxgk_block *b)
{
    fputc('[', f);
    for (int first = 1; b; b = b->next, first = 0) {
        if (!first)
            fputc(',', f);
        switch (b->kind) {
        case XXGK_B_HEADING:
            fprintf(f, "{\"kind\":\"heading\",\"numbering\":\"%s\",\"number\":%d,\"level\":%d,\"md_level\":%d,",
                    xxgk_numbering_name(b->numbering), b->number, b->level, b->md_level);
            fputs("\"restarts_section\":", f);
            if (b->restarts_section)
                fprintf(f, "\"%s\"", xxgk_section_key(b->restarts_section));
            else
                fputs("null", f);
            fputs(",\"title\":", f);
            jstr_span(f, doc, b->title_span);
            fputc(',', f);
            jloc(f, doc, b->span);
            fputc('}', f);
            break;
        case XXGK_B_PARAGRAPH:
            fputs("{\"kind\":\"paragraph\",\"text\":", f);
            jstr_span(f, doc, b->span);
            fputc(',', f);
            jloc(f, doc, b->span);
            fputc('}', f);
            break;
        case XXGK_B_TABLE:
            json_table(f, doc, b->table);
            break;
        }
    }
    fputc(']', f);
}

static void json_opt_span(FILE *f, const xxgk_doc *doc, const char *key, xxgk_span sp)
{
    fprintf(f, ",\"%s\":", key);
    if (sp.end <= sp.start) {
        fputs("null", f);
        return;
    }
    fputs("{\"text\":", f);
    jstr_span(f, doc, sp);
    fputc(',', f);
    jloc(f, doc, sp);
    fputc('}', f);
}

void xxgk_print_json(FILE *f, const xxgk_doc *doc)
{
    fputs("{\"file\":", f);
    xxgk_json_string(f, doc->name, strlen(doc->name));
    fputs(",\"reports\":[", f);
    for (const xxgk_report *r = doc->report; r; r = r->next) {
        if (r != doc->report)
            fputc(',', f);
        fputc('{', f);
        jloc(f, doc, r->span);
        json_opt_span(f, doc, "title", r->title_span);
        fputs(",\"agency\":", f);
        xxgk_json_string_or_null(f, r->agency);
        fputs(",\"agency_key\":", f);
        xxgk_json_string_or_null(f, r->agency_key);
        fprintf(f, ",\"agency_source\":\"%s\",\"date\":", xxgk_source_name(r->agency_source));
        if (r->date)
            fprintf(f, "\"%s\"", r->date);
        else
            fputs("null", f);
        fprintf(f, ",\"date_source\":\"%s\",\"year\":", xxgk_source_name(r->date_source));
        if (r->year)
            fprintf(f, "%d", r->year);
        else
            fputs("null", f);
        fprintf(f, ",\"year_source\":\"%s\",\"template\":", xxgk_source_name(r->year_source));
        int tmpl = xxgk_report_template(r);
        if (tmpl)
            fprintf(f, "\"%d\"", tmpl);
        else
            fputs("null", f);
        fputs(",\"preamble\":", f);
        json_blocks(f, doc, r->preamble);
        fputs(",\"sections\":[", f);
        for (const xxgk_section *s = r->sections; s; s = s->next) {
            if (s != r->sections)
                fputc(',', f);
            fprintf(f, "{\"id\":\"%s\",\"numeral\":\"%s\",\"printed_number\":%d,\"canonical_title\":%s,\"md_level\":%d,\"title\":",
                    xxgk_section_key(s->id), xxgk_section_numeral(s->id), s->printed_number,
                    s->canonical_title ? "true" : "false", s->md_level);
            jstr_span(f, doc, s->title_span);
            fputc(',', f);
            jloc(f, doc, s->heading_span);
            fputs(",\"blocks\":", f);
            json_blocks(f, doc, s->blocks);
            fputc('}', f);
        }
        fputc(']', f);
        json_opt_span(f, doc, "signoff_agency", r->signoff_agency_span);
        fputs(",\"signoff_date\":", f);
        if (r->signoff_year)
            fprintf(f, "\"%04d-%02d-%02d\"", r->signoff_year, r->signoff_month, r->signoff_day);
        else
            fputs("null", f);
        json_opt_span(f, doc, "note", r->note_span);
        fputc('}', f);
    }
    fputs("],\"diagnostics\":", f);
    xxgk_json_diags(f, doc);
    fputs("}\n", f);
}
