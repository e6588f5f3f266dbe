/* Records of a run (--save, one JSON line per report) and the comparison
 * of two runs (--baseline): which reports parse better, worse, or give
 * other numbers than before. Cells are keyed by table/row/column, the
 * stable keys of keys.def, so records of two versions compare. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "vec.h"

void corpus_rec_free(corpus_rec *r)
{
    free(r->file);
    free(r->agency);
    free(r->agency_key);
    free(r->date);
    free(r->diags);
    free(r->cells);
    memset(r, 0, sizeof *r);
}

bool corpus_rec_fill(corpus_rec *r, const char *file, const char *bytes, size_t len)
{
    xxgk_options opts = {.lang = XXGK_LANG_EN};
    xxgk_doc *doc = xxgk_parse(file, bytes, len, &opts);
    if (!doc) {
        memset(r, 0, sizeof *r);
        return false;
    }
    bool ok = corpus_rec_fill_doc(r, file, doc, len);
    xxgk_doc_free(doc);
    return ok;
}

bool corpus_rec_fill_doc(corpus_rec *r, const char *file, const xxgk_doc *doc, size_t bytes)
{
    memset(r, 0, sizeof *r);
    if (!(r->file = strdup(file)))
        return false;
    r->bytes = bytes;
    const xxgk_report *rep = xxgk_doc_report(doc);
    for (const xxgk_report *p = rep; p; p = p->next)
        r->reports++;
    if (rep) {
        r->template_year = xxgk_report_template(rep);
        r->year = rep->year;
        if ((rep->agency && !(r->agency = strdup(rep->agency))) ||
            (rep->agency_key && !(r->agency_key = strdup(rep->agency_key))) ||
            (rep->date && !(r->date = strdup(rep->date))))
            return false;
        for (const xxgk_section *s = rep->sections; s; s = s->next)
            if (s->id > 0 && s->id < 31)
                r->sections |= 1 << s->id;
        for (int t = 0; t < XXGK_TABLE__COUNT; t++)
            if (rep->tables[t])
                r->ncells += rep->tables[t]->ncells;
    }
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        r->ndiags++;
    r->diags = calloc(r->ndiags ? r->ndiags : 1, sizeof *r->diags);
    r->cells = calloc(r->ncells ? r->ncells : 1, sizeof *r->cells);
    if (!r->diags || !r->cells)
        return false;
    size_t i = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next, i++) {
        corpus_diagrec *dr = &r->diags[i];
        snprintf(dr->code, sizeof dr->code, "%s", xxgk_code_name(d->code));
        dr->severity = d->severity;
        xxgk_pos p = xxgk_doc_position(doc, d->span.start);
        dr->line = p.line;
        dr->col = p.col;
        if (d->severity == XXGK_ERROR)
            r->errors++;
        else if (d->severity == XXGK_WARNING)
            r->warnings++;
    }
    i = 0;
    for (int t = 0; rep && t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tb = rep->tables[t];
        for (size_t k = 0; tb && k < tb->ncells; k++, i++) {
            const xxgk_cell *c = &tb->cells[k];
            corpus_cellrec *cr = &r->cells[i];
            cr->table = t;
            cr->row = c->row;
            cr->col = c->col;
            cr->unit = c->unit;
            if (c->state == XXGK_CELL_VALUE)
                xxgk_dec_format(c->value, cr->value, sizeof cr->value);
            xxgk_pos p = xxgk_doc_position(doc, c->span.start);
            cr->line = p.line;
            cr->column = p.col;
        }
    }
    r->status = r->errors ? CORPUS_ERRORS : CORPUS_CLEAN;
    return true;
}

static const char *const status_names[] = {"clean", "errors", "unreadable"};

void corpus_rec_write(FILE *f, const corpus_rec *r)
{
    fputs("{\"file\":", f);
    xxgk_json_string(f, r->file, strlen(r->file));
    fputs(",\"agency\":", f);
    xxgk_json_string_or_null(f, r->agency);
    fputs(",\"agency_key\":", f);
    xxgk_json_string_or_null(f, r->agency_key);
    fputs(",\"date\":", f);
    xxgk_json_string_or_null(f, r->date);
    if (r->year)
        fprintf(f, ",\"year\":%d", r->year);
    else
        fputs(",\"year\":null", f);
    fprintf(f, ",\"bytes\":%zu,\"status\":\"%s\",\"reports\":%d,\"template\":", r->bytes,
            status_names[r->status], r->reports);
    if (r->template_year)
        fprintf(f, "\"%d\"", r->template_year);
    else
        fputs("null", f);
    fprintf(f, ",\"errors\":%zu,\"warnings\":%zu", r->errors, r->warnings);
    fputs(",\"sections\":[", f);
    for (int s = 1, first = 1; s < XXGK_SEC__COUNT; s++)
        if (r->sections & (1 << s)) {
            fprintf(f, "%s\"%s\"", first ? "" : ",", xxgk_section_key(s));
            first = 0;
        }
    fputs("],\"diagnostics\":[", f);
    for (size_t i = 0; i < r->ndiags; i++) {
        const corpus_diagrec *d = &r->diags[i];
        fprintf(f, "%s{\"code\":\"%s\",\"severity\":\"%s\",\"line\":%u,\"col\":%u}", i ? "," : "", d->code,
                xxgk_severity_name(d->severity), d->line, d->col);
    }
    fputs("],\"cells\":[", f);
    for (size_t i = 0; i < r->ncells; i++) {
        const corpus_cellrec *c = &r->cells[i];
        fprintf(f, "%s{\"table\":\"%s\",\"row\":\"%s\",\"column\":\"%s\",\"value\":", i ? "," : "",
                xxgk_table_key(c->table), xxgk_row_key(c->row), xxgk_col_key(c->col));
        if (c->value[0])
            fprintf(f, "\"%s\"", c->value);
        else
            fputs("null", f);
        if (c->unit)
            fprintf(f, ",\"unit\":\"%s\"", xxgk_unit_name(c->unit));
        fprintf(f, ",\"line\":%u,\"col\":%u}", c->line, c->column);
    }
    fputs("]}\n", f);
}

/* ---- reading records back --------------------------------------------- */

static int key_index(const char *s, int count, const char *(*name)(int), int first)
{
    for (int i = first; i < count; i++)
        if (strcmp(name(i), s) == 0)
            return i;
    return -1;
}

static const char *str_of(const cjson *o, const char *key)
{
    const cjson *v = cjson_get(o, key);
    return v && v->kind == CJ_STRING ? v->str : NULL;
}

static bool num_of(const cjson *o, const char *key, long long *out)
{
    const cjson *v = cjson_get(o, key);
    if (!v || v->kind != CJ_NUMBER)
        return false;
    char *end;
    *out = strtoll(v->str, &end, 10);
    return *end == 0;
}

/* A place: "line" and "col" numbers (docs/formats.md), or "at":"L:C" in
 * files saved before the one location vocabulary (still readable as a
 * --baseline). */
static bool parse_at(const cjson *o, uint32_t *line, uint32_t *col)
{
    long long l, c;
    if (num_of(o, "line", &l) && num_of(o, "col", &c)) {
        if (l < 1 || c < 1 || l > UINT32_MAX || c > UINT32_MAX)
            return false;
        *line = (uint32_t)l;
        *col = (uint32_t)c;
        return true;
    }
    const char *s = str_of(o, "at");
    unsigned a, b;
    char tail;
    if (!s || sscanf(s, "%u:%u%c", &a, &b, &tail) != 2)
        return false;
    *line = a;
    *col = b;
    return true;
}

/* "template": "2021" as written now, 2021 in files saved before, or null. */
static bool template_of(const cjson *o, long long *out)
{
    const cjson *v = cjson_get(o, "template");
    if (v && v->kind == CJ_NULL) {
        *out = 0;
        return true;
    }
    if (v && v->kind == CJ_STRING) {
        char *end;
        *out = strtoll(v->str, &end, 10);
        return *v->str && *end == 0;
    }
    return num_of(o, "template", out);
}

/* Fill r from one parsed line; a message for err on failure. */
static const char *rec_from_json(corpus_rec *r, const cjson *o)
{
    memset(r, 0, sizeof *r);
    const char *file = str_of(o, "file"), *status = str_of(o, "status");
    long long bytes, reports, tmpl, errors, warnings;
    if (o->kind != CJ_OBJECT || !file || !status || !num_of(o, "bytes", &bytes) ||
        !num_of(o, "reports", &reports) || !template_of(o, &tmpl) || !num_of(o, "errors", &errors) ||
        !num_of(o, "warnings", &warnings))
        return "a record needs file, bytes, status, reports, template, errors and warnings";
    if (!(r->file = strdup(file)))
        return "out of memory";
    /* agency, agency_key, date, year: records of older versions lack them */
    const char *agency = str_of(o, "agency"), *key = str_of(o, "agency_key"), *date = str_of(o, "date");
    long long year;
    if ((agency && !(r->agency = strdup(agency))) || (key && !(r->agency_key = strdup(key))) ||
        (date && !(r->date = strdup(date))))
        return "out of memory";
    r->year = num_of(o, "year", &year) ? (int)year : 0;
    r->bytes = (size_t)bytes;
    r->reports = (int)reports;
    r->template_year = (int)tmpl;
    r->errors = (size_t)errors;
    r->warnings = (size_t)warnings;
    r->status = -1;
    for (int i = 0; i < 3; i++)
        if (strcmp(status, status_names[i]) == 0)
            r->status = i;
    if (r->status < 0)
        return "unknown status";
    const cjson *secs = cjson_get(o, "sections"), *diags = cjson_get(o, "diagnostics"),
                *cells = cjson_get(o, "cells");
    if (!secs || secs->kind != CJ_ARRAY || !diags || diags->kind != CJ_ARRAY || !cells || cells->kind != CJ_ARRAY)
        return "a record needs the arrays sections, diagnostics and cells";
    for (size_t i = 0; i < secs->n; i++) {
        int s = secs->items[i].kind == CJ_STRING
                    ? key_index(secs->items[i].str, XXGK_SEC__COUNT, xxgk_section_key, 1)
                    : -1;
        if (s < 0)
            return "unknown section key";
        r->sections |= 1 << s;
    }
    r->diags = calloc(diags->n ? diags->n : 1, sizeof *r->diags);
    r->cells = calloc(cells->n ? cells->n : 1, sizeof *r->cells);
    if (!r->diags || !r->cells)
        return "out of memory";
    for (size_t i = 0; i < diags->n; i++) {
        const cjson *d = &diags->items[i];
        const char *code = str_of(d, "code"), *sev = str_of(d, "severity");
        corpus_diagrec *dr = &r->diags[r->ndiags++];
        if (!code || strlen(code) >= sizeof dr->code || !sev || !parse_at(d, &dr->line, &dr->col))
            return "a diagnostic needs code, severity, line and col";
        strcpy(dr->code, code);
        dr->severity = key_index(sev, 3, xxgk_severity_name, 0);
        if (dr->severity < 0)
            return "unknown severity";
    }
    for (size_t i = 0; i < cells->n; i++) {
        const cjson *c = &cells->items[i];
        const char *t = str_of(c, "table"), *row = str_of(c, "row"), *col = str_of(c, "column"),
                   *unit = str_of(c, "unit");
        const cjson *val = cjson_get(c, "value");
        corpus_cellrec *cr = &r->cells[r->ncells++];
        if (!t || !row || !col || !val || (val->kind != CJ_STRING && val->kind != CJ_NULL) ||
            !parse_at(c, &cr->line, &cr->column))
            return "a cell needs table, row, column, value, line and col";
        cr->table = key_index(t, XXGK_TABLE__COUNT, xxgk_table_key, 0);
        cr->row = key_index(row, XXGK_R__COUNT, xxgk_row_key, 1);
        cr->col = key_index(col, XXGK_C__COUNT, xxgk_col_key, 1);
        cr->unit = unit ? key_index(unit, XXGK_UNIT__COUNT, xxgk_unit_name, 1) : 0;
        if (cr->table < 0 || cr->row < 0 || cr->col < 0 || cr->unit < 0)
            return "unknown table, row, column or unit key";
        if (val->kind == CJ_STRING) {
            if (strlen(val->str) >= sizeof cr->value || !val->str[0])
                return "a cell value is not a decimal";
            strcpy(cr->value, val->str);
        }
    }
    return NULL;
}

bool corpus_rec_load(const char *path, corpus_rec **recs, size_t *n, FILE *err)
{
    size_t len;
    char *text = corpus_slurp(path, &len);
    if (!text) {
        fprintf(err, "xxgk: %s: %s\n", path, strerror(errno));
        return false;
    }
    size_t cap = 16, cnt = 0;
    corpus_rec *v = malloc(cap * sizeof *v);
    bool ok = v != NULL;
    int lineno = 0;
    for (char *p = text; ok && *p;) {
        char *eol = strchr(p, '\n');
        size_t l = eol ? (size_t)(eol - p) : strlen(p);
        lineno++;
        char *line = p;
        p += l + (eol ? 1 : 0);
        bool blank = true;
        for (size_t k = 0; k < l && blank; k++)
            blank = line[k] == ' ' || line[k] == '\t' || line[k] == '\r';
        if (blank)
            continue;
        cjson o;
        char msg[160];
        if (!cjson_parse(line, l, &o, msg, sizeof msg)) {
            fprintf(err, "xxgk: %s:%d: %s\n", path, lineno, msg);
            ok = false;
            break;
        }
        if (!vec_reserve(&v, cnt, &cap, sizeof *v)) {
            cjson_free(&o);
            ok = false;
            break;
        }
        const char *why = rec_from_json(&v[cnt], &o);
        cnt++;
        cjson_free(&o);
        if (why) {
            fprintf(err, "xxgk: %s:%d: %s\n", path, lineno, why);
            ok = false;
        }
    }
    free(text);
    if (!ok) {
        for (size_t i = 0; i < cnt; i++)
            corpus_rec_free(&v[i]);
        free(v);
        return false;
    }
    *recs = v;
    *n = cnt;
    return true;
}

/* ---- comparison ----------------------------------------------------------- */

static bool same_diag(const corpus_diagrec *a, const corpus_diagrec *b)
{
    return strcmp(a->code, b->code) == 0 && a->severity == b->severity && a->line == b->line && a->col == b->col;
}

static bool has_diag(const corpus_rec *r, const corpus_diagrec *d)
{
    for (size_t i = 0; i < r->ndiags; i++)
        if (same_diag(&r->diags[i], d))
            return true;
    return false;
}

/* The first diagnostic in one run and not the other, in source order. */
static void first_diag_difference(FILE *out, const corpus_rec *base, const corpus_rec *cur)
{
    const corpus_diagrec *gone = NULL, *added = NULL;
    for (size_t i = 0; i < base->ndiags && !gone; i++)
        if (!has_diag(cur, &base->diags[i]))
            gone = &base->diags[i];
    for (size_t i = 0; i < cur->ndiags && !added; i++)
        if (!has_diag(base, &cur->diags[i]))
            added = &cur->diags[i];
    bool gone_first = gone && (!added || gone->line < added->line ||
                               (gone->line == added->line && gone->col <= added->col));
    const corpus_diagrec *d = gone_first ? gone : added;
    if (!d) {
        fputs("the same diagnostics in another order", out);
        return;
    }
    fprintf(out, "%s %s %s %u:%u", gone_first ? "gone:" : "new:", xxgk_severity_name(d->severity), d->code,
            d->line, d->col);
}

static const corpus_cellrec *find_cell(const corpus_rec *r, const corpus_cellrec *c)
{
    for (size_t i = 0; i < r->ncells; i++) {
        const corpus_cellrec *x = &r->cells[i];
        if (x->table == c->table && x->row == c->row && x->col == c->col)
            return x;
    }
    return NULL;
}

static void cell_value(FILE *out, const corpus_cellrec *c)
{
    if (!c)
        fputs("(absent)", out);
    else if (!c->value[0])
        fputs("(empty)", out);
    else if (c->unit)
        fprintf(out, "%s %s", c->value, xxgk_unit_name(c->unit));
    else
        fputs(c->value, out);
}

static bool same_value(const corpus_cellrec *a, const corpus_cellrec *b)
{
    return a && b && strcmp(a->value, b->value) == 0 && a->unit == b->unit;
}

/* Cells that differ; the first one (current print order, then cells only
 * the baseline had) goes to out when it is not NULL. */
static size_t cell_differences(FILE *out, const corpus_rec *base, const corpus_rec *cur)
{
    size_t n = 0;
    for (size_t i = 0; i < cur->ncells; i++) {
        const corpus_cellrec *c = &cur->cells[i], *b = find_cell(base, c);
        if (same_value(b, c))
            continue;
        if (n++ == 0 && out) {
            fprintf(out, "%s.%s.%s ", xxgk_table_key(c->table), xxgk_row_key(c->row), xxgk_col_key(c->col));
            cell_value(out, b);
            fputs(" -> ", out);
            cell_value(out, c);
        }
    }
    for (size_t i = 0; i < base->ncells; i++) {
        const corpus_cellrec *b = &base->cells[i];
        if (find_cell(cur, b))
            continue;
        if (n++ == 0 && out) {
            fprintf(out, "%s.%s.%s ", xxgk_table_key(b->table), xxgk_row_key(b->row), xxgk_col_key(b->col));
            cell_value(out, b);
            fputs(" -> (absent)", out);
        }
    }
    return n;
}

static bool same_diags(const corpus_rec *a, const corpus_rec *b)
{
    if (a->ndiags != b->ndiags)
        return false;
    for (size_t i = 0; i < a->ndiags; i++)
        if (!same_diag(&a->diags[i], &b->diags[i]))
            return false;
    return true;
}

/* Which way a report moved: -1 worse, 0 same, 1 better. Unreadable is the
 * worst; then fewer errors win, then fewer warnings. */
static int direction(const corpus_rec *base, const corpus_rec *cur)
{
    bool bu = base->status == CORPUS_UNREADABLE, cu = cur->status == CORPUS_UNREADABLE;
    if (bu != cu)
        return bu ? 1 : -1;
    if (base->errors != cur->errors)
        return cur->errors < base->errors ? 1 : -1;
    if (base->warnings != cur->warnings)
        return cur->warnings < base->warnings ? 1 : -1;
    return 0;
}

/* Both runs list files in name order, so the same index usually matches. */
static const corpus_rec *find_rec(const corpus_rec *v, size_t n, const char *file, size_t hint)
{
    if (hint < n && strcmp(v[hint].file, file) == 0)
        return &v[hint];
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i].file, file) == 0)
            return &v[i];
    return NULL;
}

enum { K_IMPROVED, K_REGRESSED, K_VALUES, K_DIAGS, K_NEW, K_GONE, K__COUNT };

static void entry(FILE *out, int kind, const corpus_rec *base, const corpus_rec *cur)
{
    fprintf(out, "  %s: ", (cur ? cur : base)->file);
    switch (kind) {
    case K_IMPROVED:
    case K_REGRESSED:
    case K_DIAGS:
        fprintf(out, "errors %zu -> %zu, warnings %zu -> %zu; first difference: ", base->errors, cur->errors,
                base->warnings, cur->warnings);
        if (base->status == CORPUS_UNREADABLE || cur->status == CORPUS_UNREADABLE)
            fprintf(out, "%s -> %s", status_names[base->status], status_names[cur->status]);
        else
            first_diag_difference(out, base, cur);
        break;
    case K_VALUES: {
        size_t n = cell_differences(NULL, base, cur);
        fprintf(out, "%zu cell(s); first difference: ", n);
        cell_differences(out, base, cur);
        break;
    }
    case K_NEW:
        fprintf(out, "not in the baseline (%s, %zu error(s))", status_names[cur->status], cur->errors);
        break;
    case K_GONE:
        fputs("in the baseline, not in this run", out);
        break;
    }
    fputc('\n', out);
}

struct corpus_cmp {
    const corpus_rec *base;
    size_t nbase;
    char *const *names; /* this run's files, sorted */
    size_t nnames;
    size_t counts[K__COUNT], unchanged, ncur;
    /* the entries of each kind, in the order of the run */
    FILE *f[K__COUNT];
    char *buf[K__COUNT];
    size_t len[K__COUNT];
};

corpus_cmp *corpus_cmp_new(const corpus_rec *base, size_t nbase, char *const *names, size_t nnames)
{
    corpus_cmp *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    *c = (corpus_cmp){.base = base, .nbase = nbase, .names = names, .nnames = nnames};
    for (int k = 0; k < K__COUNT; k++)
        if (!(c->f[k] = open_memstream(&c->buf[k], &c->len[k]))) {
            corpus_cmp_free(c);
            return NULL;
        }
    return c;
}

void corpus_cmp_add(corpus_cmp *c, const corpus_rec *cur, size_t i)
{
    const corpus_rec *b = find_rec(c->base, c->nbase, cur->file, i);
    int kinds[3], nk = 0;
    if (!b) {
        kinds[nk++] = K_NEW;
    } else {
        int dir = direction(b, cur);
        if (dir > 0)
            kinds[nk++] = K_IMPROVED;
        else if (dir < 0)
            kinds[nk++] = K_REGRESSED;
        else if (!same_diags(b, cur))
            kinds[nk++] = K_DIAGS;
        if (cell_differences(NULL, b, cur))
            kinds[nk++] = K_VALUES;
    }
    c->ncur++;
    if (!nk)
        c->unchanged++;
    for (int k = 0; k < nk; k++) {
        c->counts[kinds[k]]++;
        entry(c->f[kinds[k]], kinds[k], b, cur);
    }
}

static int cmp_name(const void *key, const void *elem)
{
    return strcmp(key, *(char *const *)elem);
}

size_t corpus_cmp_end(corpus_cmp *c, FILE *out)
{
    static const char *const titles[K__COUNT] = {
        "improved", "regressed", "changed values", "changed diagnostics", "new reports", "missing reports",
    };
    for (size_t i = 0; i < c->nbase; i++)
        if (!bsearch(c->base[i].file, c->names, c->nnames, sizeof *c->names, cmp_name)) {
            c->counts[K_GONE]++;
            entry(c->f[K_GONE], K_GONE, &c->base[i], NULL);
        }
    for (int k = 0; k < K__COUNT; k++) {
        fclose(c->f[k]);
        c->f[k] = NULL;
        if (!c->counts[k])
            continue;
        fprintf(out, "%s (%zu):\n", titles[k], c->counts[k]);
        fwrite(c->buf[k], 1, c->len[k], out);
    }
    fprintf(out, "unchanged: %zu of %zu report(s)\n", c->unchanged, c->ncur);
    return c->counts[K_REGRESSED];
}

void corpus_cmp_free(corpus_cmp *c)
{
    if (!c)
        return;
    for (int k = 0; k < K__COUNT; k++) {
        if (c->f[k])
            fclose(c->f[k]);
        free(c->buf[k]);
    }
    free(c);
}
