/* xxgk export: one record per printed cell of the first copy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

/* The fields that are the same for every cell of a document (file,
 * agency, year, template) are formatted once; each cell then adds its own
 * into a small buffer written with one fwrite. */
typedef struct record {
    char *head; /* the document's fields, formatted */
    size_t head_len;
} record;

typedef void (*cell_fn)(FILE *f, const xxgk_doc *doc, const record *rec, const xxgk_cell *c);
typedef void (*head_fn)(FILE *f, const xxgk_doc *doc, const xxgk_report *r, int tmpl);

static void each_cell(FILE *f, const xxgk_doc *doc, head_fn head, cell_fn fn)
{
    const xxgk_report *r = doc->report;
    if (!r)
        return;
    int tmpl = xxgk_report_template(r);
    record rec = {NULL, 0};
    FILE *h = open_memstream(&rec.head, &rec.head_len);
    if (!h)
        return;
    head(h, doc, r, tmpl);
    if (fclose(h) != 0) {
        free(rec.head);
        return;
    }
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tab = r->tables[t];
        if (!tab)
            continue;
        for (size_t i = 0; i < tab->ncells; i++)
            if (tab->cells[i].state != XXGK_CELL_ABSENT)
                fn(f, doc, &rec, &tab->cells[i]);
    }
    free(rec.head);
}

/* Appending to a record buffer: text, and unsigned numbers in decimal. */
static char *put(char *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o, s, n);
    return o + n;
}

static char *put_uint(char *o, unsigned v)
{
    char d[12];
    int n = 0;
    do
        d[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    while (n)
        *o++ = d[--n];
    return o;
}

void xxgk_export_csv_header(FILE *f)
{
    fputs("file,agency,agency_key,date,year,template,table,row,column,value,unit,line,col\n", f);
}

static void csv_head(FILE *f, const xxgk_doc *doc, const xxgk_report *r, int tmpl)
{
    const char *agency = r->agency ? r->agency : "";
    const char *key = r->agency_key ? r->agency_key : "";
    xxgk_csv_field(f, doc->name, strlen(doc->name));
    fputc(',', f);
    xxgk_csv_field(f, agency, strlen(agency));
    fputc(',', f);
    xxgk_csv_field(f, key, strlen(key));
    fputc(',', f);
    fputs(r->date ? r->date : "", f); /* YYYY-MM-DD: no quoting */
    if (r->year)
        fprintf(f, ",%d,", r->year);
    else
        fputs(",,", f);
    if (tmpl)
        fprintf(f, "%d", tmpl);
    fputc(',', f);
}

/* keys and unit names are ASCII identifiers and 件/万元: no quoting */
static void csv_cell(FILE *f, const xxgk_doc *doc, const record *rec, const xxgk_cell *c)
{
    char buf[256], num[48] = "";
    if (c->state == XXGK_CELL_VALUE)
        xxgk_dec_format(c->value, num, sizeof num);
    xxgk_pos p = xxgk_doc_position(doc, c->span.start);
    char *o = buf;
    o = put(o, xxgk_table_key(c->table));
    *o++ = ',';
    o = put(o, xxgk_row_key(c->row));
    *o++ = ',';
    o = put(o, xxgk_col_key(c->col));
    *o++ = ',';
    o = put(o, num);
    *o++ = ',';
    o = put(o, c->state == XXGK_CELL_VALUE ? xxgk_unit_name(c->unit) : "");
    *o++ = ',';
    o = put_uint(o, p.line);
    *o++ = ',';
    o = put_uint(o, p.col);
    *o++ = '\n';
    fwrite(rec->head, 1, rec->head_len, f);
    fwrite(buf, 1, (size_t)(o - buf), f);
}

static void jsonl_head(FILE *f, const xxgk_doc *doc, const xxgk_report *r, int tmpl)
{
    fputs("{\"file\":", f);
    xxgk_json_string(f, doc->name, strlen(doc->name));
    fputs(",\"agency\":", f);
    if (r->agency)
        xxgk_json_string(f, r->agency, strlen(r->agency));
    else
        fputs("null", f);
    fputs(",\"agency_key\":", f);
    if (r->agency_key)
        xxgk_json_string(f, r->agency_key, strlen(r->agency_key));
    else
        fputs("null", f);
    if (r->date)
        fprintf(f, ",\"date\":\"%s\"", r->date);
    else
        fputs(",\"date\":null", f);
    if (r->year)
        fprintf(f, ",\"year\":%d", r->year);
    else
        fputs(",\"year\":null", f);
    if (tmpl)
        fprintf(f, ",\"template\":\"%d\"", tmpl);
    else
        fputs(",\"template\":null", f);
}

static void jsonl_cell(FILE *f, const xxgk_doc *doc, const record *rec, const xxgk_cell *c)
{
    char buf[352], num[48] = "";
    if (c->state == XXGK_CELL_VALUE)
        xxgk_dec_format(c->value, num, sizeof num);
    xxgk_pos p = xxgk_doc_position(doc, c->span.start);
    char *o = buf;
    o = put(o, ",\"table\":\"");
    o = put(o, xxgk_table_key(c->table));
    o = put(o, "\",\"row\":\"");
    o = put(o, xxgk_row_key(c->row));
    o = put(o, "\",\"column\":\"");
    o = put(o, xxgk_col_key(c->col));
    o = put(o, "\",\"value\":");
    if (c->state == XXGK_CELL_VALUE) {
        *o++ = '"';
        o = put(o, num);
        *o++ = '"';
    } else {
        o = put(o, "null");
    }
    /* the unit is 件 or 万元 or empty: a JSON string as it is */
    o = put(o, ",\"unit\":\"");
    o = put(o, c->state == XXGK_CELL_VALUE ? xxgk_unit_name(c->unit) : "");
    o = put(o, "\",\"line\":");
    o = put_uint(o, p.line);
    o = put(o, ",\"col\":");
    o = put_uint(o, p.col);
    uint32_t page = xxgk_doc_page(doc, c->span.start);
    if (page) { /* a PDF's page; text without pages has no such field */
        o = put(o, ",\"page\":");
        o = put_uint(o, page);
    }
    o = put(o, "}\n");
    fwrite(rec->head, 1, rec->head_len, f);
    fwrite(buf, 1, (size_t)(o - buf), f);
}

void xxgk_export_csv(FILE *f, const xxgk_doc *doc) { each_cell(f, doc, csv_head, csv_cell); }
void xxgk_export_jsonl(FILE *f, const xxgk_doc *doc) { each_cell(f, doc, jsonl_head, jsonl_cell); }
