/* xxgk export: one record per printed cell of the first copy. */
#include <string.h>

#include "doc.h"

int xxgk_report_template(const xxgk_report *r)
{
    if (r->template_year)
        return r->template_year;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++)
        if (r->tables[t] && r->tables[t]->template_year)
            return r->tables[t]->template_year;
    if (r->year)
        return r->year >= 2021 ? 2021 : 2019;
    return 0;
}

typedef void (*cell_fn)(FILE *f, const xxgk_doc *doc, const xxgk_report *r, const xxgk_cell *c,
                        int tmpl);

static void each_cell(FILE *f, const xxgk_doc *doc, cell_fn fn)
{
    const xxgk_report *r = doc->report;
    if (!r)
        return;
    int tmpl = xxgk_report_template(r);
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tab = r->tables[t];
        if (!tab)
            continue;
        for (size_t i = 0; i < tab->ncells; i++)
            if (tab->cells[i].state != XXGK_CELL_ABSENT)
                fn(f, doc, r, &tab->cells[i], tmpl);
    }
}

void xxgk_export_csv_header(FILE *f)
{
    fputs("file,agency,year,template,table,row,column,value,unit,line,col\n", f);
}

static void csv_cell(FILE *f, const xxgk_doc *doc, const xxgk_report *r, const xxgk_cell *c, int tmpl)
{
    char num[48] = "";
    if (c->state == XXGK_CELL_VALUE)
        xxgk_dec_format(c->value, num, sizeof num);
    xxgk_pos p = xxgk_doc_position(doc, c->span.start);
    const char *agency = r->agency ? r->agency : "";
    xxgk_csv_field(f, doc->name, strlen(doc->name));
    fputc(',', f);
    xxgk_csv_field(f, agency, strlen(agency));
    if (r->year)
        fprintf(f, ",%d,", r->year);
    else
        fputs(",,", f);
    if (tmpl)
        fprintf(f, "%d", tmpl);
    fprintf(f, ",%s,%s,%s,%s,%s,%u,%u\n", xxgk_table_key(c->table), xxgk_row_key(c->row),
            xxgk_col_key(c->col), num, c->state == XXGK_CELL_VALUE ? xxgk_unit_name(c->unit) : "",
            p.line, p.col);
}

static void jsonl_cell(FILE *f, const xxgk_doc *doc, const xxgk_report *r, const xxgk_cell *c,
                       int tmpl)
{
    char num[48] = "";
    if (c->state == XXGK_CELL_VALUE)
        xxgk_dec_format(c->value, num, sizeof num);
    xxgk_pos p = xxgk_doc_position(doc, c->span.start);
    fputs("{\"file\":", f);
    xxgk_json_string(f, doc->name, strlen(doc->name));
    fputs(",\"agency\":", f);
    if (r->agency)
        xxgk_json_string(f, r->agency, strlen(r->agency));
    else
        fputs("null", f);
    if (r->year)
        fprintf(f, ",\"year\":%d", r->year);
    else
        fputs(",\"year\":null", f);
    if (tmpl)
        fprintf(f, ",\"template\":\"%d\"", tmpl);
    else
        fputs(",\"template\":null", f);
    fprintf(f, ",\"table\":\"%s\",\"row\":\"%s\",\"column\":\"%s\",\"value\":", xxgk_table_key(c->table),
            xxgk_row_key(c->row), xxgk_col_key(c->col));
    if (c->state == XXGK_CELL_VALUE)
        fprintf(f, "\"%s\"", num);
    else
        fputs("null", f);
    const char *unit = c->state == XXGK_CELL_VALUE ? xxgk_unit_name(c->unit) : "";
    fputs(",\"unit\":", f);
    xxgk_json_string(f, unit, strlen(unit));
    fprintf(f, ",\"line\":%u,\"col\":%u}\n", p.line, p.col);
}

void xxgk_export_csv(FILE *f, const xxgk_doc *doc) { each_cell(f, doc, csv_cell); }
void xxgk_export_jsonl(FILE *f, const xxgk_doc *doc) { each_cell(f, doc, jsonl_cell); }
