/* The template module: lookups over template.def (see template.h). */
#include <string.h>

#include "template.h"

#define XXGK_TPL_SET(NAME, ...) static const int set_##NAME[] = {__VA_ARGS__, 0};
#include "template.def"
#undef XXGK_TPL_SET

typedef struct row_def {
    const int *cells[2]; /* 2019, 2021 */
    const char *group, *name;
} row_def;

static const row_def rows[XXGK_R__COUNT] = {
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) \
    [XXGK_R_##R] = {{set_##c2019, set_##c2021}, group, group name},
#include "template.def"
#undef XXGK_TPL_ROW
};

/* The table of each row (keys.def), here so that a lookup stays in this
 * file: the builder and the validator ask for rows table by table. */
static const signed char row_tables[XXGK_R__COUNT] = {
    [0] = -1,
#define XXGK_ROW(E, key, table) [XXGK_R_##E] = XXGK_TABLE_##table,
#include "keys.def"
#undef XXGK_ROW
};

/* Table 四's groups in print order. */
static const int appeals_groups[] = {
#define XXGK_TPL_GROUP(R, label) XXGK_R_##R,
#include "template.def"
#undef XXGK_TPL_GROUP
};
enum { NGROUPS = sizeof appeals_groups / sizeof appeals_groups[0],
       NRESULTS = sizeof set_RESULTS / sizeof set_RESULTS[0] - 1 };

static const char *const group_labels[XXGK_R__COUNT] = {
#define XXGK_TPL_GROUP(R, label) [XXGK_R_##R] = label,
#include "template.def"
#undef XXGK_TPL_GROUP
};

static const char *const col_names[XXGK_C__COUNT] = {
#define XXGK_TPL_COL(C, name, unit, kind) [XXGK_C_##C] = name,
#include "template.def"
#undef XXGK_TPL_COL
};

const xxgk_tpl_colprop xxgk_tpl_colprops[XXGK_C__COUNT] = {
#define XXGK_TPL_COL(C, name, unit, kind) [XXGK_C_##C] = {XXGK_UNIT_##unit, XXGK_COL_##kind},
#include "template.def"
#undef XXGK_TPL_COL
};

enum { PER_ROW = 1, PER_COL };

typedef struct identity_def {
    const char *key;
    int code, table, per;
    const int *parts, *total;
    int at, flags;
} identity_def;

static const identity_def identities[XXGK_ID__COUNT] = {
#define XXGK_TPL_IDENTITY(E, key, code, table, per, parts, total, at, flags) \
    [XXGK_ID_##E] = {key, XXGK_##code, XXGK_TABLE_##table, PER_##per, set_##parts, set_##total, at, flags},
#include "template.def"
#undef XXGK_TPL_IDENTITY
};

/* ---- rows as bits, known when compiling ------------------------------- */

/* The set names as numbers, to tell NONE (no cells: a row the template
 * lacks) when compiling. */
enum set_name {
#define XXGK_TPL_SET(NAME, ...) SET_NAME_##NAME,
#include "template.def"
#undef XXGK_TPL_SET
};

#define ROW_BIT(R) ((uint64_t)1 << XXGK_R_##R)
_Static_assert(XXGK_R__COUNT <= 64, "a bit for every row key");

/* The rows 2019 and 2021 have (a set other than NONE). */
static const uint64_t template_rows[2] = {
    0
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) | (SET_NAME_##c2019 != SET_NAME_NONE ? ROW_BIT(R) : 0)
#include "template.def"
#undef XXGK_TPL_ROW
    ,
    0
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) | (SET_NAME_##c2021 != SET_NAME_NONE ? ROW_BIT(R) : 0)
#include "template.def"
#undef XXGK_TPL_ROW
};

/* EACH(F, a, b, ...) is F(a) F(b) ...: a set's keys one by one when
 * compiling, for sets of up to 24 keys (the longest, OUTCOME_ROWS, has 22;
 * a longer one does not compile: its 25th key would stand as a macro). */
#define EACH_1(F, a) F(a)
#define EACH_2(F, a, ...) F(a) EACH_1(F, __VA_ARGS__)
#define EACH_3(F, a, ...) F(a) EACH_2(F, __VA_ARGS__)
#define EACH_4(F, a, ...) F(a) EACH_3(F, __VA_ARGS__)
#define EACH_5(F, a, ...) F(a) EACH_4(F, __VA_ARGS__)
#define EACH_6(F, a, ...) F(a) EACH_5(F, __VA_ARGS__)
#define EACH_7(F, a, ...) F(a) EACH_6(F, __VA_ARGS__)
#define EACH_8(F, a, ...) F(a) EACH_7(F, __VA_ARGS__)
#define EACH_9(F, a, ...) F(a) EACH_8(F, __VA_ARGS__)
#define EACH_10(F, a, ...) F(a) EACH_9(F, __VA_ARGS__)
#define EACH_11(F, a, ...) F(a) EACH_10(F, __VA_ARGS__)
#define EACH_12(F, a, ...) F(a) EACH_11(F, __VA_ARGS__)
#define EACH_13(F, a, ...) F(a) EACH_12(F, __VA_ARGS__)
#define EACH_14(F, a, ...) F(a) EACH_13(F, __VA_ARGS__)
#define EACH_15(F, a, ...) F(a) EACH_14(F, __VA_ARGS__)
#define EACH_16(F, a, ...) F(a) EACH_15(F, __VA_ARGS__)
#define EACH_17(F, a, ...) F(a) EACH_16(F, __VA_ARGS__)
#define EACH_18(F, a, ...) F(a) EACH_17(F, __VA_ARGS__)
#define EACH_19(F, a, ...) F(a) EACH_18(F, __VA_ARGS__)
#define EACH_20(F, a, ...) F(a) EACH_19(F, __VA_ARGS__)
#define EACH_21(F, a, ...) F(a) EACH_20(F, __VA_ARGS__)
#define EACH_22(F, a, ...) F(a) EACH_21(F, __VA_ARGS__)
#define EACH_23(F, a, ...) F(a) EACH_22(F, __VA_ARGS__)
#define EACH_24(F, a, ...) F(a) EACH_23(F, __VA_ARGS__)
#define EACH_PICK(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, \
                  _21, _22, _23, _24, N, ...)                                                              \
    N
#define EACH(F, ...)                                                                                          \
    EACH_PICK(__VA_ARGS__, EACH_24, EACH_23, EACH_22, EACH_21, EACH_20, EACH_19, EACH_18, EACH_17, EACH_16, \
              EACH_15, EACH_14, EACH_13, EACH_12, EACH_11, EACH_10, EACH_9, EACH_8, EACH_7, EACH_6, EACH_5,  \
              EACH_4, EACH_3, EACH_2, EACH_1, _)                                                            \
    (F, __VA_ARGS__)

/* A column set's columns as bits (1 << XXGK_C_x; NONE's 0 gives none).
 * A row set (an identity's terms) gets bits too, which mean nothing and are
 * never read: only the sets that rows hold as their cells are. */
#define COL_BIT(k) | ((int)(k) > 0 && (int)(k) < (int)XXGK_C__COUNT ? 1 << (int)(k) : 0)
enum set_cols {
#define XXGK_TPL_SET(NAME, ...) SET_COLS_##NAME = 0 EACH(COL_BIT, __VA_ARGS__),
#include "template.def"
#undef XXGK_TPL_SET
};

/* The columns some row of 2019, of 2021, has: xxgk_tpl_cols_only without
 * a walk of the template's rows for every report checked (V306). */
static const uint32_t template_cols[2] = {
    0
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) | SET_COLS_##c2019
#include "template.def"
#undef XXGK_TPL_ROW
    ,
    0
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) | SET_COLS_##c2021
#include "template.def"
#undef XXGK_TPL_ROW
};

/* The rows of each table (keys.def). */
#define ROW_OF(table, T, E) | (XXGK_TABLE_##table == XXGK_TABLE_##T ? ROW_BIT(E) : 0)
static const uint64_t table_rows[XXGK_TABLE__COUNT] = {
    [XXGK_TABLE_PROACTIVE] = 0
#define XXGK_ROW(E, key, table) ROW_OF(table, PROACTIVE, E)
#include "keys.def"
#undef XXGK_ROW
    ,
    [XXGK_TABLE_REQUESTS] = 0
#define XXGK_ROW(E, key, table) ROW_OF(table, REQUESTS, E)
#include "keys.def"
#undef XXGK_ROW
    ,
    [XXGK_TABLE_APPEALS] = 0
#define XXGK_ROW(E, key, table) ROW_OF(table, APPEALS, E)
#include "keys.def"
#undef XXGK_ROW
};
_Static_assert(XXGK_TABLE__COUNT == 3, "table_rows lists every table");

static bool row_known(int row) { return row > 0 && row < XXGK_R__COUNT && rows[row].name; }
static bool col_known(int col) { return col > 0 && col < XXGK_C__COUNT && col_names[col]; }

static bool in_set(const int *set, int key)
{
    for (; *set; set++)
        if (*set == key)
            return true;
    return false;
}

/* ---- which template ------------------------------------------------------ */

/* The report's own word: the first table that tells, else the year. */
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

/* For sums: the table's own rows decide, then the report, then 2021. */
int xxgk_table_template(const xxgk_report *r, int table)
{
    const xxgk_table *t = table >= 0 && table < XXGK_TABLE__COUNT ? r->tables[table] : NULL;
    if (t && t->template_year)
        return t->template_year;
    int y = xxgk_report_template(r);
    return y ? y : 2021;
}

/* ---- rows and columns ---------------------------------------------------- */

bool xxgk_tpl_has_row(int tmpl, int row)
{
    if (!row_known(row))
        return false;
    if (tmpl != 2019 && tmpl != 2021)
        return true;
    return template_rows[tmpl == 2021] >> row & 1;
}

/* In key order: a template's rows of the table are the bits of both,
 * lowest first. */
int xxgk_tpl_rows(int tmpl, int table, int *out, int cap)
{
    int n = 0;
    if ((tmpl == 2019 || tmpl == 2021) && table >= 0 && table < XXGK_TABLE__COUNT) {
        for (uint64_t b = template_rows[tmpl == 2021] & table_rows[table]; b && n < cap; b &= b - 1)
            out[n++] = __builtin_ctzll(b);
        return n;
    }
    for (int r = 1; r < XXGK_R__COUNT && n < cap; r++)
        if (row_tables[r] == table && xxgk_tpl_has_row(tmpl, r))
            out[n++] = r;
    return n;
}

int xxgk_tpl_last_row(int tmpl, int table)
{
    if ((tmpl != 2019 && tmpl != 2021) || table < 0 || table >= XXGK_TABLE__COUNT)
        return -1;
    uint64_t b = template_rows[tmpl == 2021] & table_rows[table];
    return b ? 63 - __builtin_clzll(b) : -1;
}

bool xxgk_tpl_has_cell(int tmpl, int table, int row, int col)
{
    if (!row_known(row) || row_tables[row] != table || col == XXGK_C_LEGAL_SUBTOTAL)
        return false;
    if (tmpl != 2019 && tmpl != 2021)
        return true;
    return row_known(row) && in_set(rows[row].cells[tmpl == 2021], col);
}

bool xxgk_tpl_row_mask(int tmpl, int table, int row, uint32_t *mask)
{
    *mask = 0;
    if (!row_known(row) || (tmpl != 2019 && tmpl != 2021) || !(template_rows[tmpl == 2021] >> row & 1))
        return false;
    if (row_tables[row] == table)
        for (const int *set = rows[row].cells[tmpl == 2021]; *set; set++)
            if (*set != XXGK_C_LEGAL_SUBTOTAL)
                *mask |= 1u << *set;
    return true;
}

int xxgk_tpl_row_cols(int tmpl, int row, int *cols, int cap)
{
    if (!row_known(row) || (tmpl != 2019 && tmpl != 2021))
        return 0;
    const int *set = rows[row].cells[tmpl == 2021];
    int n = 0;
    for (; set && n < cap && set[n]; n++)
        cols[n] = set[n];
    return n;
}

/* 小计 stands after the first subtotal_at organisation columns (0: before
 * 商业企业), that is after 1 + subtotal_at columns. */
int xxgk_tpl_requests_cols(bool subtotal, int subtotal_at, int out[8])
{
    int n = 0;
    for (int i = 0; set_APPLICANTS[i]; i++) {
        if (subtotal && i == 1 + subtotal_at)
            out[n++] = XXGK_C_LEGAL_SUBTOTAL;
        out[n++] = set_APPLICANTS[i];
    }
    return n;
}

/* Table 四 prints its groups one after another, each in RESULTS order. */
int xxgk_tpl_appeals_group(int g) { return g >= 0 && g < NGROUPS ? appeals_groups[g] : 0; }
int xxgk_tpl_appeals_row(int i) { return i >= 0 ? xxgk_tpl_appeals_group(i / NRESULTS) : 0; }

int xxgk_tpl_appeals_col(int i)
{
    return i >= 0 && i < XXGK_TPL_APPEALS_VALUES ? set_RESULTS[i % NRESULTS] : 0;
}

_Static_assert(NGROUPS * NRESULTS == XXGK_TPL_APPEALS_VALUES, "table 四 prints 3 x 5 numbers");

int xxgk_tpl_result_rank(int col)
{
    int i = 0;
    while (i < NRESULTS && set_RESULTS[i] != col)
        i++;
    return i;
}

const char *xxgk_tpl_row_name(int row) { return row_known(row) ? rows[row].name : "?"; }
const char *xxgk_tpl_col_name(int col) { return col_known(col) ? col_names[col] : "?"; }
const char *xxgk_tpl_group_label(int row)
{
    return row_known(row) && group_labels[row] ? group_labels[row] : NULL;
}
const char *xxgk_tpl_row_group(int row) { return row_known(row) ? rows[row].group : ""; }
int xxgk_tpl_row_item(int row)
{
    if (!row_known(row) || !rows[row].group[0])
        return 0;
    const char *n = rows[row].name + strlen(rows[row].group); /* "（三）" "5.属于…" */
    return n[0] >= '1' && n[0] <= '9' && n[1] == '.' ? n[0] - '0' : 0;
}

const int *xxgk_tpl_split(int row)
{
#define XXGK_TPL_SPLIT(R, set) \
    if (row == XXGK_R_##R)     \
        return set_##set;
#include "template.def"
#undef XXGK_TPL_SPLIT
    return NULL;
}

/* The one template that has the row: the other has no cells for it. */
int xxgk_tpl_row_only(int row)
{
    bool in_2019 = xxgk_tpl_has_row(2019, row), in_2021 = xxgk_tpl_has_row(2021, row);
    return in_2019 == in_2021 ? 0 : in_2019 ? 2019 : 2021;
}

uint64_t xxgk_tpl_rows_only(int tmpl)
{
    uint64_t r2019 = template_rows[0], r2021 = template_rows[1];
    return tmpl == 2019 ? r2019 & ~r2021 : tmpl == 2021 ? r2021 & ~r2019 : 0;
}

uint32_t xxgk_tpl_cols_only(int tmpl)
{
    uint32_t in_2019 = template_cols[0], in_2021 = template_cols[1];
    return tmpl == 2019 ? in_2019 & ~in_2021 : tmpl == 2021 ? in_2021 & ~in_2019 : 0;
}

/* The one template that has the column in some row. */
int xxgk_tpl_col_only(int col)
{
    bool in[2] = {false, false};
    for (int r = 1; r < XXGK_R__COUNT && !(in[0] && in[1]); r++) /* both: no need to read on */
        for (int k = 0; k < 2 && row_known(r); k++)
            in[k] = in[k] || in_set(rows[r].cells[k], col);
    return in[0] == in[1] ? 0 : in[0] ? 2019 : 2021;
}

/* Table 二 stands in section 二, 三 in 三, 四 in 四. */
const char *xxgk_tpl_table_numeral(int table)
{
    if (table < 0 || table >= XXGK_TABLE__COUNT)
        return "?";
    return xxgk_section_numeral(XXGK_SEC_PROACTIVE + table);
}

/* ---- the arithmetic ------------------------------------------------------ */

static const identity_def *identity(int id)
{
    return id > 0 && id < XXGK_ID__COUNT ? &identities[id] : NULL;
}

const char *xxgk_identity_key(int id) { return identity(id) ? identity(id)->key : ""; }
int xxgk_identity_table(int id) { return identity(id) ? identity(id)->table : -1; }
bool xxgk_identity_per_row(int id) { return identity(id) && identity(id)->per == PER_ROW; }

/* The rows template TMPL has as bits: xxgk_tpl_has_row of every row at
 * once (a template other than 2019 and 2021: every row of template.def). */
static uint64_t rows_of(int tmpl)
{
    static const uint64_t known_rows = 0
#define XXGK_TPL_ROW(R, c2019, c2021, group, name) | ROW_BIT(R)
#include "template.def"
#undef XXGK_TPL_ROW
        ;
    return tmpl == 2019 || tmpl == 2021 ? template_rows[tmpl == 2021] : known_rows;
}

/* One side's cells: a column set along a row, or the template's rows of a
 * row set down a column (the template's rows read once, not asked of
 * each of the set's up to 22). */
static void lay_out(const identity_def *d, const int *set, int tmpl, int key, xxgk_terms *t)
{
    uint64_t has = rows_of(tmpl);
    t->n = 0;
    for (; *set && t->n < XXGK_TPL_MAXTERMS; set++) {
        if (d->per == PER_ROW) {
            t->row[t->n] = key;
            t->col[t->n++] = *set;
        } else if ((unsigned)*set < 64 && (has >> *set & 1)) {
            t->row[t->n] = *set;
            t->col[t->n++] = key;
        }
    }
}

bool xxgk_identity_at(int id, int tmpl, int key, xxgk_identity *out)
{
    const identity_def *d = identity(id);
    if (!d)
        return false;
    out->id = id;
    out->code = d->code;
    out->table = d->table;
    lay_out(d, d->parts, tmpl, key, &out->parts);
    lay_out(d, d->total, tmpl, key, &out->total);
    out->at_row = d->per == PER_ROW ? key : d->at;
    out->at_col = d->per == PER_ROW ? d->at : key;
    out->balance = (d->flags & XXGK_IDF_BALANCE) != 0;
    out->optional = (d->flags & XXGK_IDF_OPTIONAL) != 0;
    return true;
}

void xxgk_identity_move(xxgk_identity *out, int key)
{
    bool per_row = xxgk_identity_per_row(out->id);
    xxgk_terms *sides[2] = {&out->parts, &out->total};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < sides[k]->n; i++)
            *(per_row ? &sides[k]->row[i] : &sides[k]->col[i]) = key;
    *(per_row ? &out->at_row : &out->at_col) = key;
}

/* A per-row identity has the cells of its columns, a per-column one those
 * of its rows in the template. */
bool xxgk_identity_has(int id, int tmpl, int row, int col)
{
    const identity_def *d = identity(id);
    if (!d)
        return false;
    if (d->per == PER_ROW)
        return in_set(d->parts, col) || in_set(d->total, col);
    return (in_set(d->parts, row) && xxgk_tpl_has_row(tmpl, row)) || in_set(d->total, row);
}
