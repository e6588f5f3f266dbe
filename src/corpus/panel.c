/* xxgk panel: the row of each report, as CSV or JSON lines; SQLite in
 * panel_sqlite.c. Values are the exact decimals the report printed; a
 * cell printed empty and a cell not printed are both an empty field (null
 * in JSON); `export` and the SQLite cells table tell them apart. */
#include <stdlib.h>
#include <string.h>

#include "panel.h"
#include "template.h"

/* The columns of a row in either template; table 三's optional 小计
 * (legal_subtotal) too, which belongs to no template but is printed by
 * eight-column tables. */
static bool panel_has(int table, int row, int col)
{
    if (xxgk_tpl_has_cell(2019, table, row, col) || xxgk_tpl_has_cell(2021, table, row, col))
        return true;
    return col == XXGK_C_LEGAL_SUBTOTAL && table == XXGK_TABLE_REQUESTS &&
           (xxgk_tpl_has_cell(2019, table, row, XXGK_C_TOTAL) || xxgk_tpl_has_cell(2021, table, row, XXGK_C_TOTAL));
}

size_t panel_keys(panel_key *out, size_t cap)
{
    size_t n = 0;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        int rows[XXGK_R__COUNT];
        int nr = xxgk_tpl_rows(0, t, rows, XXGK_R__COUNT);
        for (int i = 0; i < nr; i++)
            /* every column but total, then total: the form's order */
            for (int pass = 0; pass < 2; pass++)
                for (int c = 1; c < XXGK_C__COUNT; c++) {
                    if ((c == XXGK_C_TOTAL) != (pass == 1) || !panel_has(t, rows[i], c))
                        continue;
                    if (n < cap)
                        out[n++] = (panel_key){t, rows[i], c};
                }
    }
    return n;
}

struct panel {
    int format;
    FILE *out;
    panel_db *db;
    panel_key keys[PANEL_MAX_KEYS];
    size_t nkeys;
};

static void csv_header(panel *p)
{
    fputs("file,agency,agency_key,year,template,status,errors,warnings", p->out);
    char name[128];
    for (size_t i = 0; i < p->nkeys; i++)
        fprintf(p->out, ",%s", panel_key_name(&p->keys[i], name, sizeof name));
    fputc('\n', p->out);
}

panel *panel_open(int format, FILE *out, const char *path, char *err, size_t errsize)
{
    panel *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    p->format = format;
    p->out = out;
    p->nkeys = panel_keys(p->keys, PANEL_MAX_KEYS);
    if (format == PANEL_SQLITE) {
        p->db = panel_db_open(path, err, errsize);
        if (!p->db) {
            free(p);
            return NULL;
        }
    } else if (format == PANEL_CSV) {
        csv_header(p);
    }
    return p;
}

/* The value of a template cell as text, or "" when not a number. A panel
 * has no unit field: money is written in its column's unit (万元 for
 * amount_wan_yuan), converted exactly from the unit the report printed or
 * stated (0.3562 亿元 is 3562); a value that does not fit stays empty. */
static const char *cell_text(const xxgk_report *r, const panel_key *k, char *buf, size_t size)
{
    const xxgk_cell *c = r ? xxgk_report_cell(r, k->table, k->row, k->col) : NULL;
    if (!c || c->state != XXGK_CELL_VALUE)
        return "";
    xxgk_dec v = c->value;
    int want = xxgk_tpl_col_unit(c->col);
    if (want != XXGK_UNIT_NONE && c->unit != XXGK_UNIT_NONE && c->unit != want &&
        xxgk_unit_convert(c->value, c->unit, want, &v))
        return "";
    return xxgk_dec_format(v, buf, size);
}

/* A text that may be absent (NULL: a report naming no agency), an empty field then. */
static void csv_text(FILE *f, const char *s) { xxgk_csv_field(f, s ? s : "", s ? strlen(s) : 0); }

static void csv_row(panel *p, const char *file, const xxgk_doc *doc)
{
    const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
    csv_text(p->out, file);
    fputc(',', p->out);
    csv_text(p->out, r ? r->agency : NULL);
    fputc(',', p->out);
    csv_text(p->out, r ? r->agency_key : NULL);
    fputc(',', p->out);
    if (r && r->year)
        fprintf(p->out, "%d", r->year);
    fputc(',', p->out);
    if (r && xxgk_report_template(r))
        fprintf(p->out, "%d", xxgk_report_template(r));
    fprintf(p->out, ",%s,%zu,%zu", panel_status(doc), doc ? xxgk_doc_count(doc, XXGK_ERROR) : 0,
            doc ? xxgk_doc_count(doc, XXGK_WARNING) : 0);
    char num[48];
    for (size_t i = 0; i < p->nkeys; i++)
        fprintf(p->out, ",%s", cell_text(r, &p->keys[i], num, sizeof num));
    fputc('\n', p->out);
}

static void json_text(FILE *f, const char *s)
{
    if (s)
        xxgk_json_string(f, s, strlen(s));
    else
        fputs("null", f);
}

static void jsonl_row(panel *p, const char *file, const xxgk_doc *doc)
{
    const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
    fputs("{\"file\":", p->out);
    json_text(p->out, file);
    fputs(",\"agency\":", p->out);
    json_text(p->out, r ? r->agency : NULL);
    fputs(",\"agency_key\":", p->out);
    json_text(p->out, r ? r->agency_key : NULL);
    fputs(",\"year\":", p->out);
    if (r && r->year)
        fprintf(p->out, "%d", r->year);
    else
        fputs("null", p->out);
    fputs(",\"template\":", p->out);
    if (r && xxgk_report_template(r))
        fprintf(p->out, "%d", xxgk_report_template(r));
    else
        fputs("null", p->out);
    fprintf(p->out, ",\"status\":\"%s\",\"errors\":%zu,\"warnings\":%zu,\"cells\":{", panel_status(doc),
            doc ? xxgk_doc_count(doc, XXGK_ERROR) : 0, doc ? xxgk_doc_count(doc, XXGK_WARNING) : 0);
    char name[128], num[48];
    for (size_t i = 0; i < p->nkeys; i++) {
        const char *v = cell_text(r, &p->keys[i], num, sizeof num);
        fprintf(p->out, "%s\"%s\":%s", i ? "," : "", panel_key_name(&p->keys[i], name, sizeof name),
                *v ? v : "null");
    }
    fputs("}}\n", p->out);
}

bool panel_add(panel *p, const char *file, const xxgk_doc *doc)
{
    if (p->format == PANEL_SQLITE)
        return panel_db_add(p->db, file, doc);
    if (p->format == PANEL_JSONL)
        jsonl_row(p, file, doc);
    else
        csv_row(p, file, doc);
    return !ferror(p->out);
}

bool panel_close(panel *p, char *err, size_t errsize)
{
    bool ok = true;
    if (p->format == PANEL_SQLITE)
        ok = panel_db_close(p->db, err, errsize);
    else if (fflush(p->out) != 0 || ferror(p->out)) {
        snprintf(err, errsize, "error writing the output");
        ok = false;
    }
    free(p);
    return ok;
}
