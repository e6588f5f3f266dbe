/* Arithmetic: every identity the template promises (template.md).
 *
 *   V101  table 三, every row: 总计 = the six applicant columns
 *   V102  table 三, 8-column variant: 小计 = the five 法人或其他组织 columns
 *   V103  table 三, every column: （七）总计 = the outcome rows of the form
 *   V104  table 三, every column: 第一项 + 第二项 = 第三项（七）+ 第四项
 *   V105  table 四, each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结
 *
 * An identity holds, breaks, or cannot be checked. It breaks on the total
 * that disagrees (for V104, on 四、结转下年度继续办理, the term the others
 * determine), with notes on the cells summed. It cannot be checked when a
 * cell is empty or absent: that is said (V106, a note), never taken for a
 * pass. When every cell of an identity is absent there is nothing to check:
 * the parser has reported the missing row or table. Not-assessable column
 * identities are reported once per identity and table, not once per column,
 * since one missing row makes every column of them unassessable. */
#include <string.h>

#include "check_int.h"
#include "identities.h"

enum { MAXT = 32, MAXNAMES = 3, LIST_ALL = 7 };

typedef struct terms {
    int n;
    int row[MAXT], col[MAXT];
} terms;

static void add_term(terms *t, int row, int col)
{
    if (t->n < MAXT) {
        t->row[t->n] = row;
        t->col[t->n] = col;
        t->n++;
    }
}

typedef struct side {
    const xxgk_cell *cell[MAXT]; /* NULL: absent, or in a short row */
    const xxgk_cell *printed[MAXT]; /* the cell even in a short row */
    bool in_short_row[MAXT];
    int values, empty, absent;
    bool overflow;
    xxgk_dec sum;
} side;

/* A printed row short of values (P007) has its values in the first
 * columns and the last ones absent; which column lost its value is
 * unknown, so none of its cells can be trusted. Table 四 is one printed
 * row of fifteen values. */
bool ck_short_row(const xxgk_report *r, int table, int row)
{
    const xxgk_table *t = r->tables[table];
    int present = 0, expected = 0;
    if (table == XXGK_TABLE_APPEALS) {
        for (int k = XXGK_R_REVIEW; k <= XXGK_R_SUIT_AFTER_REVIEW; k++)
            present += t->row_cells[k];
    } else if (row > 0 && row < XXGK_R__COUNT) {
        present = t->row_cells[row];
    }
    if (table == XXGK_TABLE_APPEALS)
        expected = 15;
    else if (table == XXGK_TABLE_REQUESTS)
        expected = t->ncols_requests ? t->ncols_requests : 7;
    else
        return false;
    return present > 0 && present < expected;
}

static void evaluate(const xxgk_report *r, int table, const terms *t, side *s)
{
    memset(s, 0, sizeof *s);
    for (int i = 0; i < t->n; i++) {
        const xxgk_cell *cell = xxgk_report_cell(r, table, t->row[i], t->col[i]);
        if (cell && cell->state == XXGK_CELL_ABSENT)
            cell = NULL;
        s->printed[i] = cell;
        /* a row short of values, or one with more values than columns
         * (P006): which cell a value belongs to is unknown */
        if (ck_short_row(r, table, t->row[i]) || (cell && cell->row_overfull)) {
            s->in_short_row[i] = true;
            cell = NULL;
        }
        s->cell[i] = cell;
        if (!cell) {
            s->absent++;
        } else if (cell->state == XXGK_CELL_EMPTY) {
            s->empty++;
        } else {
            s->values++;
            if (!s->overflow && xxgk_dec_add(s->sum, cell->value, &s->sum) != 0)
                s->overflow = true;
        }
    }
}

enum { ID_SKIP, ID_NA, ID_OK, ID_BAD };

typedef struct identity {
    int code, table;
    const char *name;   /* first argument of the message */
    terms parts, total; /* parts summed; the total they must equal */
    int at_row, at_col; /* the cell the diagnostic sits on */
    bool balance;       /* V104: both sides are sums, the parts come first */
    side p, t;          /* filled by run() */
} identity;

/* The notes of a broken identity: every cell summed when there are few,
 * else the non-zero ones and a count of the zeros. */
static void note_terms(ck *c, xxgk_diag *d, const terms *t, const side *s)
{
    int zeros = 0;
    const xxgk_cell *first_zero = NULL;
    for (int i = 0; i < t->n; i++) {
        const xxgk_cell *cell = s->cell[i];
        if (!cell)
            continue;
        bool zero = cell->value.mant == 0;
        if (t->n > LIST_ALL && zero) {
            if (!zeros++)
                first_zero = cell;
            continue;
        }
        ck_note(c, d, cell->span, CKT_CELL_IS, ck_cell_name(c, cell), ck_dec(c, cell->value));
    }
    if (zeros)
        ck_note(c, d, first_zero->span, CKT_ZERO_CELLS, zeros);
}

static bool any_short(const terms *t, const side *s)
{
    for (int i = 0; i < t->n; i++)
        if (s->in_short_row[i])
            return true;
    return false;
}

static int run(ck *c, identity *id)
{
    evaluate(c->r, id->table, &id->parts, &id->p);
    evaluate(c->r, id->table, &id->total, &id->t);
    if (id->p.values + id->p.empty + id->t.values + id->t.empty == 0 && !any_short(&id->parts, &id->p) &&
        !any_short(&id->total, &id->t))
        return ID_SKIP;
    if (id->p.empty || id->p.absent || id->t.empty || id->t.absent || id->p.overflow ||
        id->t.overflow)
        return ID_NA;
    if (xxgk_dec_cmp(id->p.sum, id->t.sum) == 0)
        return ID_OK;
    const xxgk_cell *at = xxgk_report_cell(c->r, id->table, id->at_row, id->at_col);
    if (!at)
        return ID_NA; /* cannot happen: every cell has a value */
    const char *parts = ck_dec(c, id->p.sum), *total = ck_dec(c, id->t.sum);
    xxgk_diag *d = id->balance ? ck_diag(c, id->code, at->span, id->name, parts, total)
                               : ck_diag(c, id->code, at->span, id->name, total, parts);
    note_terms(c, d, &id->parts, &id->p);
    if (id->balance)
        note_terms(c, d, &id->total, &id->t);
    return ID_BAD;
}

/* ---- not assessable ------------------------------------------------------ */

/* What is missing, gathered over one identity or one family of them. */
typedef struct missing {
    int empty;
    const xxgk_cell *empties[4];
    int nnames, nshort;
    const char *names[MAXT];
    const char *short_rows[MAXT];
    int columns;            /* columns not assessable (column identities) */
    const xxgk_cell *anchor;/* where to report */
} missing;

static void add_name(const char **names, int *n, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (strcmp(names[i], name) == 0)
            return;
    if (*n < MAXT)
        names[(*n)++] = name;
}

/* by_row: name the absent cells by their row (column identities), else by
 * their column (row identities). */
static void gather(missing *m, int table, const terms *t, const side *s, bool by_row)
{
    for (int i = 0; i < t->n; i++) {
        const xxgk_cell *cell = s->cell[i];
        if (s->printed[i] && !m->anchor)
            m->anchor = s->printed[i];
        if (s->in_short_row[i]) {
            /* table 四 prints its three groups as one row */
            add_name(m->short_rows, &m->nshort,
                     table == XXGK_TABLE_APPEALS ? "行政复议、行政诉讼" : ck_row_name(t->row[i]));
        } else if (!cell) {
            add_name(m->names, &m->nnames, by_row ? ck_row_name(t->row[i]) : ck_col_name(t->col[i]));
        } else if (cell->state == XXGK_CELL_EMPTY) {
            if (m->empty < 4)
                m->empties[m->empty] = cell;
            m->empty++;
        }
    }
}

static const char *name_list(ck *c, const char *const *names, int n)
{
    const char *sep = c->doc->lang == XXGK_LANG_ZH ? "、" : ", ";
    const char *s = "";
    int shown = n <= MAXNAMES + 1 ? n : MAXNAMES;
    for (int i = 0; i < shown; i++)
        s = doc_printf(c->doc, "%s%s%s", s, i ? sep : "", names[i]);
    if (shown < n)
        s = ck_textf(c, CKT_MORE, s, n - shown);
    return s;
}

static void report_na(ck *c, const char *what, const missing *m, xxgk_span at, bool overflow,
                      bool by_row)
{
    const char *why;
    const char *names = name_list(c, m->names, m->nnames);
    if (m->empty && m->nnames)
        why = ck_textf(c, by_row ? CKT_WHY_BOTH_ROWS : CKT_WHY_BOTH, m->empty, m->nnames, names);
    else if (m->nnames)
        why = ck_textf(c, by_row ? CKT_WHY_ROWS_ABSENT : CKT_WHY_ABSENT, m->nnames, names);
    else if (m->empty)
        why = ck_textf(c, CKT_WHY_EMPTY, m->empty);
    else
        why = NULL;
    if (m->nshort) {
        const char *s = ck_textf(c, CKT_WHY_SHORT, name_list(c, m->short_rows, m->nshort));
        why = why ? ck_textf(c, CKT_JOIN, why, s) : s;
    }
    if (!why)
        why = ck_textf(c, overflow ? CKT_WHY_OVERFLOW : CKT_WHY_EMPTY, 0);
    xxgk_diag *d = ck_diag(c, XXGK_V_NOT_ASSESSABLE, at, what, why);
    for (int i = 0; i < m->empty && i < 4; i++)
        ck_note(c, d, m->empties[i]->span, CKT_CELL_EMPTY, ck_cell_name(c, m->empties[i]));
}

/* Where a not-assessable identity is reported: its total when that is
 * printed, else the first cell printed, else where the table stops. */
static xxgk_span na_place(ck *c, const identity *id, const missing *m)
{
    const xxgk_cell *at = xxgk_report_cell(c->r, id->table, id->at_row, id->at_col);
    if (at && at->state != XXGK_CELL_ABSENT)
        return at->span;
    if (m->anchor)
        return m->anchor->span;
    const xxgk_table *t = c->r->tables[id->table];
    xxgk_span end = {t->span.end, t->span.end};
    return t->ncells ? t->cells[t->ncells - 1].span : end;
}

/* A row identity that cannot be checked: reported at once, at its total. */
static void row_na(ck *c, identity *id, const char *what)
{
    missing m;
    memset(&m, 0, sizeof m);
    gather(&m, id->table, &id->total, &id->t, false);
    gather(&m, id->table, &id->parts, &id->p, false);
    report_na(c, what, &m, na_place(c, id, &m), id->p.overflow || id->t.overflow, false);
}

/* ---- table 三 ---------------------------------------------------------- */

#define applicant_cols xxgk_applicant_cols

static int requests_template(const ck *c, const xxgk_table *t)
{
    if (t->template_year)
        return t->template_year;
    int y = xxgk_report_template(c->r);
    return y ? y : 2021;
}

/* The outcome rows summed by （七）总计, in the form's order. */
static int outcome_rows(int tmpl, int *rows) { return xxgk_outcome_rows(tmpl, rows); }

static xxgk_span last_cell_span(const xxgk_table *t)
{
    xxgk_span sp = {t->span.end, t->span.end};
    return t->ncells ? t->cells[t->ncells - 1].span : sp;
}

static void requests_rows(ck *c, const xxgk_table *t, const int *rows, int nrows)
{
    bool subtotal = t->ncols_requests == 8;
    for (int i = 0; i < nrows; i++) {
        int row = rows[i];
        identity id;
        memset(&id, 0, sizeof id);
        id.code = XXGK_V_ROW_TOTAL;
        id.table = XXGK_TABLE_REQUESTS;
        id.name = ck_row_name(row);
        for (int k = 0; k < 6; k++)
            add_term(&id.parts, row, applicant_cols[k]);
        add_term(&id.total, row, XXGK_C_TOTAL);
        id.at_row = row;
        id.at_col = XXGK_C_TOTAL;
        if (run(c, &id) == ID_NA)
            row_na(c, &id, ck_textf(c, CKT_ID_ROW_TOTAL, id.name));
        if (!subtotal)
            continue;
        memset(&id, 0, sizeof id);
        id.code = XXGK_V_LEGAL_SUBTOTAL;
        id.table = XXGK_TABLE_REQUESTS;
        id.name = ck_row_name(row);
        for (int k = 1; k < 6; k++)
            add_term(&id.parts, row, applicant_cols[k]);
        add_term(&id.total, row, XXGK_C_LEGAL_SUBTOTAL);
        id.at_row = row;
        id.at_col = XXGK_C_LEGAL_SUBTOTAL;
        if (run(c, &id) == ID_NA)
            row_na(c, &id, ck_textf(c, CKT_ID_SUBTOTAL, id.name));
    }
}

/* A family of column identities: one per column, one V106 for all the
 * columns that cannot be checked. */
static void column_family(ck *c, const xxgk_table *t, int family, const int *outcomes, int nout)
{
    int cols[8], ncols = 0;
    for (int k = 0; k < 6; k++) {
        if (k == 1 && t->ncols_requests == 8)
            cols[ncols++] = XXGK_C_LEGAL_SUBTOTAL;
        cols[ncols++] = applicant_cols[k];
    }
    cols[ncols++] = XXGK_C_TOTAL;
    missing m;
    memset(&m, 0, sizeof m);
    const xxgk_cell *first_total = NULL;
    bool overflow = false;
    for (int k = 0; k < ncols; k++) {
        int col = cols[k];
        identity id;
        memset(&id, 0, sizeof id);
        id.code = family;
        id.table = XXGK_TABLE_REQUESTS;
        id.name = ck_col_name(col);
        if (family == XXGK_V_HANDLED_TOTAL) {
            for (int i = 0; i < nout; i++)
                add_term(&id.parts, outcomes[i], col);
            add_term(&id.total, XXGK_R_HANDLED_TOTAL, col);
            id.at_row = XXGK_R_HANDLED_TOTAL;
        } else {
            add_term(&id.parts, XXGK_R_NEW_REQUESTS, col);
            add_term(&id.parts, XXGK_R_CARRIED_IN, col);
            add_term(&id.total, XXGK_R_HANDLED_TOTAL, col);
            add_term(&id.total, XXGK_R_CARRIED_OUT, col);
            id.at_row = XXGK_R_CARRIED_OUT;
            id.balance = true;
        }
        id.at_col = col;
        if (run(c, &id) != ID_NA)
            continue;
        m.columns++;
        gather(&m, id.table, &id.total, &id.t, true);
        gather(&m, id.table, &id.parts, &id.p, true);
        overflow = overflow || id.p.overflow || id.t.overflow;
        const xxgk_cell *tc = xxgk_report_cell(c->r, id.table, id.at_row, col);
        if (!first_total && tc && tc->state != XXGK_CELL_ABSENT)
            first_total = tc;
    }
    if (!m.columns)
        return;
    /* at the total when it is printed, else where the table stops */
    xxgk_span at = first_total ? first_total->span : last_cell_span(t);
    const char *what = family == XXGK_V_HANDLED_TOTAL ? ck_textf(c, CKT_ID_HANDLED, m.columns)
                                                      : ck_textf(c, CKT_ID_BALANCE, m.columns);
    report_na(c, what, &m, at, overflow, true);
}

static void check_requests(ck *c, const xxgk_table *t)
{
    int tmpl = requests_template(c, t);
    int outcomes[32];
    int nout = outcome_rows(tmpl, outcomes);
    int rows[40], nrows = 0;
    rows[nrows++] = XXGK_R_NEW_REQUESTS;
    rows[nrows++] = XXGK_R_CARRIED_IN;
    for (int i = 0; i < nout; i++)
        rows[nrows++] = outcomes[i];
    rows[nrows++] = XXGK_R_HANDLED_TOTAL;
    rows[nrows++] = XXGK_R_CARRIED_OUT;
    requests_rows(c, t, rows, nrows);
    column_family(c, t, XXGK_V_HANDLED_TOTAL, outcomes, nout);
    column_family(c, t, XXGK_V_BALANCE, outcomes, nout);
}

/* ---- table 四 ---------------------------------------------------------- */

static void check_appeals(ck *c)
{
    const int *groups = xxgk_appeals_groups, *parts = xxgk_appeals_parts;
    for (int g = 0; g < 3; g++) {
        identity id;
        memset(&id, 0, sizeof id);
        id.code = XXGK_V_APPEALS_TOTAL;
        id.table = XXGK_TABLE_APPEALS;
        id.name = ck_row_name(groups[g]);
        for (int k = 0; k < 4; k++)
            add_term(&id.parts, groups[g], parts[k]);
        add_term(&id.total, groups[g], XXGK_C_TOTAL);
        id.at_row = groups[g];
        id.at_col = XXGK_C_TOTAL;
        if (run(c, &id) == ID_NA)
            row_na(c, &id, ck_textf(c, CKT_ID_APPEALS, id.name));
    }
}

void ck_arith(ck *c)
{
    const xxgk_table *req = c->r->tables[XXGK_TABLE_REQUESTS];
    if (req)
        check_requests(c, req);
    if (c->r->tables[XXGK_TABLE_APPEALS])
        check_appeals(c);
}
