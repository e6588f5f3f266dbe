/* xxgk panel: the row of each report, as CSV or JSON lines; SQLite in
 * panel_sqlite.c. Values are exact decimals in their key's unit (money in
 * 万元: panel_cell_of); a cell with no value is an empty field (null in
 * JSON), and the row's lists doubted, unconverted and empty say why when
 * the report printed it. */
#include <stdlib.h>
#include <string.h>

#include "panel.h"
#include "template.h"

/* The lists that say why a cell has no value: doubted (a parse error
 * doubts its place), unconverted (money with no unit, or not fitting in
 * 万元), empty (printed empty: a cell not printed is in none). */
enum { LIST_DOUBTED, LIST_UNCONVERTED, LIST_EMPTY, LIST__COUNT };
static const char *const list_names[LIST__COUNT] = {"doubted", "unconverted", "empty"};

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
    panel_cell cells[PANEL_MAX_KEYS]; /* the row being written */
    size_t nkeys;
    panel_seen *seen;                 /* the (agency_key, year) of the rows so far */
    panel_dup dup;                    /* the row being written repeats an earlier one */
    FILE *notes;
    int lang;                         /* of the notes and errors (enum xxgk_lang) */
};

/* A second report with no title line (P098) that names another year or
 * agency than the first's (two years' reports in one file): another
 * report as P026's, where one pasted twice is a copy. */
static bool untitled_other(const xxgk_doc *doc, const xxgk_report *r)
{
    const xxgk_report *f = xxgk_doc_report(doc);
    if (r == f || r->restart_span.end <= r->restart_span.start)
        return false;
    return (f->year && r->year && f->year != r->year) ||
           (f->agency_key && r->agency_key && strcmp(f->agency_key, r->agency_key) != 0);
}

/* Where report r begins: its title, or the heading 一 that began it. */
static uint32_t report_start(const xxgk_report *r)
{
    return r->title_span.end > r->title_span.start ? r->title_span.start : r->restart_span.start;
}

/* ---- another report in the same file (P026) ------------------------------
 * The reader finds where a second report starts in a file (a crawl that
 * saved a list page) and reads only the first: P026 says so at the second
 * title. The panel's row is the first report's; the others are named, so
 * that none vanishes from a panel: other_reports lists each as
 * LINE:AGENCY:YEAR (agency or year empty when unknown), stderr says it. */
static bool is_other_report(const xxgk_doc *doc, const xxgk_report *r)
{
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->code == XXGK_P_ANOTHER_REPORT && d->span.start == r->title_span.start)
            return true;
    return untitled_other(doc, r);
}

/* The next report of the file after r that P026 names, or NULL. */
static const xxgk_report *next_other(const xxgk_doc *doc, const xxgk_report *r)
{
    for (r = r ? r->next : NULL; r; r = r->next)
        if (is_other_report(doc, r))
            return r;
    return NULL;
}

static const xxgk_report *first_other(const xxgk_doc *doc)
{
    return doc ? next_other(doc, xxgk_doc_report(doc)) : NULL;
}

static void other_text(FILE *f, const xxgk_doc *doc, const xxgk_report *o, char sep)
{
    xxgk_pos at = xxgk_doc_position(doc, report_start(o));
    fprintf(f, "%u%c%s%c", at.line, sep, o->agency ? o->agency : "", sep);
    if (o->year)
        fprintf(f, "%d", o->year);
}

void panel_other_reports(FILE *f, const xxgk_doc *doc)
{
    const char *gap = "";
    for (const xxgk_report *o = first_other(doc); o; o = next_other(doc, o)) {
        fputs(gap, f);
        other_text(f, doc, o, ':');
        gap = " ";
    }
}

static void say_others(const panel *p, const char *file, const xxgk_doc *doc)
{
    for (const xxgk_report *o = first_other(doc); o; o = next_other(doc, o)) {
        xxgk_pos at = xxgk_doc_position(doc, report_start(o));
        fprintf(p->notes,
                panel_say(p->lang,
                          "xxgk: %s:%u: note: another report starts here (%s %d): it has no row of its own, "
                          "only the first report of a file is read (%s); the row names it in other_reports\n",
                          "xxgk: %s:%u: 提示：另一份报告从这里开始（%s %d）：它没有自己的一行，"
                          "一个文件只读第一份报告（%s）；该行在 other_reports 中列出它\n"),
                file, at.line, o->agency ? o->agency : "?", o->year,
                o->title_span.end > o->title_span.start ? "P026" : "P098");
    }
}

static void csv_header(panel *p)
{
    fputs("file,agency,agency_key,year,template,status,errors,warnings", p->out);
    char name[128];
    for (size_t i = 0; i < p->nkeys; i++)
        fprintf(p->out, ",%s", panel_key_name(&p->keys[i], name, sizeof name));
    for (int l = 0; l < LIST__COUNT; l++)
        fprintf(p->out, ",%s", list_names[l]);
    fputs(",duplicate_of,duplicate_cells,other_reports\n", p->out);
}

panel *panel_open(int format, FILE *out, const char *path, int lang, char *err, size_t errsize)
{
    panel *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errsize, "%s", panel_say(lang, "out of memory", "内存不足"));
        return NULL;
    }
    p->format = format;
    p->lang = lang;
    p->out = out;
    p->nkeys = panel_keys(p->keys, PANEL_MAX_KEYS);
    if (!(p->seen = panel_seen_new(p->nkeys))) {
        snprintf(err, errsize, "%s", panel_say(lang, "out of memory", "内存不足"));
        free(p);
        return NULL;
    }
    if (format == PANEL_SQLITE) {
        p->db = panel_db_open(path, lang, err, errsize);
        if (!p->db) {
            panel_seen_free(p->seen);
            free(p);
            return NULL;
        }
    } else if (format == PANEL_CSV) {
        csv_header(p);
    }
    return p;
}

/* A money column holds 万元 in the panel whatever the report printed
 * (amount_wan_yuan and central_procurement's amount alike): one key, one
 * unit, in every format. The value converts exactly (0.3562 亿元 is 3562,
 * 69597000 元 is 6959.7); one with no unit printed or stated (but 0, which
 * is 0 in any unit), or one that does not fit, is no value. A cell a parse error doubts (cell_doubt.h:
 * export flags it, diff calls it unplaced) is no value either: its number
 * may be another cell's. */
panel_cell panel_cell_of(cell_flags *f, const xxgk_report *r, size_t errors, int table, int row, int col)
{
    panel_cell p = {PANEL_CELL_ABSENT, {0, 0}, XXGK_UNIT_NONE, NULL, {NULL, false}};
    bool money = xxgk_tpl_col_kind(col) == XXGK_COL_MONEY;
    if (money)
        p.unit = XXGK_UNIT_WAN_YUAN;
    p.cell = r ? xxgk_report_cell(r, table, row, col) : NULL;
    if (p.cell && p.cell->state == XXGK_CELL_ABSENT)
        p.cell = NULL;
    /* a cell not printed is doubted only where the report's template has
     * it (not the 小计 of a seven-column table) */
    if (p.cell || (r && xxgk_tpl_has_cell(xxgk_report_template(r), table, row, col)))
        p.doubt = cell_doubt_of(f, r, errors, table, row, col);
    if (p.doubt.d)
        p.state = PANEL_CELL_DOUBTED;
    else if (!p.cell)
        p.state = PANEL_CELL_ABSENT;
    else if (p.cell->state != XXGK_CELL_VALUE)
        p.state = PANEL_CELL_EMPTY;
    else if (!money)
        p.state = PANEL_CELL_VALUE, p.value = p.cell->value;
    else if (p.cell->unit == XXGK_UNIT_NONE && p.cell->value.mant == 0)
        p.state = PANEL_CELL_VALUE, p.value = p.cell->value; /* 0 in any unit */
    else if (p.cell->unit == XXGK_UNIT_NONE)
        p.state = PANEL_CELL_NO_UNIT;
    else if (xxgk_unit_convert(p.cell->value, p.cell->unit, XXGK_UNIT_WAN_YUAN, &p.value) != 0)
        p.state = PANEL_CELL_UNCONVERTED;
    else
        p.state = PANEL_CELL_VALUE;
    return p;
}

const char *panel_cell_state_name(int state)
{
    static const char *const names[] = {"absent", "empty", "value", "doubted", "no_unit", "unconverted"};
    return state >= 0 && state <= PANEL_CELL_UNCONVERTED ? names[state] : "absent";
}

/* The row's cells, as every format writes them. */
static void row_cells(const xxgk_doc *doc, panel_cell *cells, const panel_key *keys, size_t n)
{
    const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
    size_t errors = cell_doubt_count(doc); /* the findings that may doubt a cell */
    cell_flags f;
    if (doc)
        cell_flags_init(&f, doc);
    for (size_t i = 0; i < n; i++)
        cells[i] = panel_cell_of(doc ? &f : NULL, r, errors, keys[i].table, keys[i].row, keys[i].col);
    if (doc)
        cell_flags_free(&f);
}

/* The value as text, "" when the cell has none. */
static const char *cell_text(const panel_cell *c, char *buf, size_t size)
{
    return c->state == PANEL_CELL_VALUE ? xxgk_dec_format(c->value, buf, size) : "";
}

static bool in_list(const panel_cell *c, int list)
{
    switch (list) {
    case LIST_DOUBTED: return c->state == PANEL_CELL_DOUBTED;
    case LIST_UNCONVERTED: return c->state == PANEL_CELL_NO_UNIT || c->state == PANEL_CELL_UNCONVERTED;
    default: return c->state == PANEL_CELL_EMPTY;
    }
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
    char num[48], name[128];
    for (size_t i = 0; i < p->nkeys; i++)
        fprintf(p->out, ",%s", cell_text(&p->cells[i], num, sizeof num));
    for (int l = 0; l < LIST__COUNT; l++) { /* keys, no comma nor quote in them */
        fputc(',', p->out);
        const char *sep = "";
        for (size_t i = 0; i < p->nkeys; i++)
            if (in_list(&p->cells[i], l)) {
                fprintf(p->out, "%s%s", sep, panel_key_name(&p->keys[i], name, sizeof name));
                sep = " ";
            }
    }
    fputc(',', p->out);
    if (p->dup.of) {
        csv_text(p->out, p->dup.of);
        fputs(p->dup.differ ? ",differ" : ",same", p->out);
    } else {
        fputc(',', p->out);
    }
    fputc(',', p->out); /* LINE:AGENCY:YEAR: a quote or comma in AGENCY quotes the field */
    if (first_other(doc)) {
        char *t = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&t, &n);
        if (m) {
            panel_other_reports(m, doc);
            if (fclose(m) == 0)
                xxgk_csv_field(p->out, t, n);
        }
        free(t);
    }
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
    fprintf(p->out, ",\"status\":\"%s\",\"errors\":%zu,\"warnings\":%zu", panel_status(doc),
            doc ? xxgk_doc_count(doc, XXGK_ERROR) : 0, doc ? xxgk_doc_count(doc, XXGK_WARNING) : 0);
    char name[128], num[48];
    for (int l = 0; l < LIST__COUNT; l++) {
        fprintf(p->out, ",\"%s\":[", list_names[l]);
        const char *sep = "";
        for (size_t i = 0; i < p->nkeys; i++)
            if (in_list(&p->cells[i], l)) {
                fprintf(p->out, "%s\"%s\"", sep, panel_key_name(&p->keys[i], name, sizeof name));
                sep = ",";
            }
        fputc(']', p->out);
    }
    fputs(",\"duplicate_of\":", p->out);
    json_text(p->out, p->dup.of);
    fputs(",\"duplicate_cells\":", p->out);
    json_text(p->out, p->dup.of ? (p->dup.differ ? "differ" : "same") : NULL);
    fputs(",\"other_reports\":[", p->out);
    for (const xxgk_report *o = first_other(doc); o; o = next_other(doc, o)) {
        xxgk_pos at = xxgk_doc_position(doc, report_start(o));
        fprintf(p->out, "%s{\"line\":%u,\"agency\":", o == first_other(doc) ? "" : ",", at.line);
        json_text(p->out, o->agency);
        fputs(",\"agency_key\":", p->out);
        json_text(p->out, o->agency_key);
        if (o->year)
            fprintf(p->out, ",\"year\":%d}", o->year);
        else
            fputs(",\"year\":null}", p->out);
    }
    fputc(']', p->out);
    fputs(",\"cells\":{", p->out);
    for (size_t i = 0; i < p->nkeys; i++) {
        const char *v = cell_text(&p->cells[i], num, sizeof num);
        fprintf(p->out, "%s\"%s\":%s", i ? "," : "", panel_key_name(&p->keys[i], name, sizeof name),
                *v ? v : "null");
    }
    fputs("}}\n", p->out);
}

void panel_notes(panel *p, FILE *notes) { p->notes = notes; }

/* A cell as the note says it ("state:value"): its value, else its state. */
static void say_cell(FILE *f, const char *cell)
{
    size_t k = strcspn(cell, ":");
    if (cell[k] && cell[k + 1])
        fputs(cell + k + 1, f);
    else
        fprintf(f, "%.*s", (int)k, cell);
}

/* "xxgk: FILE: note: the same agency and year as EARLIER (…)", then
 * whether the cells agree. */
static void say_dup(const panel *p, const char *file, const xxgk_report *r)
{
    const panel_dup *d = &p->dup;
    int l = p->lang;
    fprintf(p->notes,
            panel_say(l, "xxgk: %s: note: the same agency and year as %s (%s %d): ",
                      "xxgk: %s: 提示：机关和年度与 %s 相同（%s %d）："),
            file, d->of, r->agency_key, r->year);
    if (!d->differ) {
        fputs(panel_say(l, "every cell the same\n", "每个单元格都相同\n"), p->notes);
        return;
    }
    char name[128];
    fprintf(p->notes, panel_say(l, "%zu cell(s) differ, first %s: ", "%zu 个单元格不同，第一个是 %s："), d->differ,
            panel_key_name(&d->first, name, sizeof name));
    say_cell(p->notes, d->here);
    fputs(panel_say(l, " here, ", "（此处），"), p->notes);
    say_cell(p->notes, d->there);
    fputs(panel_say(l, " there\n", "（彼处）\n"), p->notes);
}

bool panel_add(panel *p, const char *file, const xxgk_doc *doc)
{
    row_cells(doc, p->cells, p->keys, p->nkeys);
    const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
    if (!panel_seen_add(p->seen, file, r, p->cells, p->keys, &p->dup))
        return false;
    if (p->dup.of && p->notes)
        say_dup(p, file, r);
    if (p->notes)
        say_others(p, file, doc);
    if (p->format == PANEL_SQLITE) {
        cell_flags f;
        if (doc)
            cell_flags_init(&f, doc);
        bool ok = panel_db_add(p->db, file, doc, doc ? &f : NULL, &p->dup);
        if (doc)
            cell_flags_free(&f);
        return ok;
    }
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
        snprintf(err, errsize, "%s", panel_say(p->lang, "error writing the output", "写入输出时出错"));
        ok = false;
    }
    panel_seen_free(p->seen);
    free(p);
    return ok;
}
