/* Arithmetic: every identity the template promises (template.md).
 *
 *   V101  table 三, every row: 总计 = the six applicant columns
 *   V102  table 三, 8-column variant: 小计 = the five 法人或其他组织 columns
 *   V103  table 三, every column: （七）总计 = the outcome rows of the form
 *   V104  table 三, every column: 第一项 + 第二项 = 第三项（七）+ 第四项
 *   V105  table 四, each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结
 *   V108  table 三, a group's subtotal row (小计, or the group's heading
 *         with numbers: the parser's P087): each column = the sum of the
 *         group's rows (check_subtotals); with empty cells in the rows,
 *         only a subtotal below the printed rows' sum, as V109
 *   V109  an identity with empty cells that no values of them can mend:
 *         the side holding them already makes more than the other side,
 *         printed in full, and a count is never negative (sure_break)
 *   V107  table 三: one cell that every broken identity (V109's too)
 *         runs through, and no other that was checked, with one value that
 *         mends them all, V109's with their empty cells read as 0
 *         (localise(); a note beside the errors, which stay)
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
#include "template.h"

enum { MAXT = XXGK_TPL_MAXTERMS, MAXNAMES = 3, LIST_ALL = 7 };

typedef xxgk_terms terms;

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
/* The values a printed row of the table holds, 0 for a table whose rows
 * are not counted so. */
static int row_values(const xxgk_table *t, int table)
{
    if (table == XXGK_TABLE_APPEALS) /* fewer when its header prints fewer (P088) */
        return t->ncols_appeals ? t->ncols_appeals : XXGK_TPL_APPEALS_VALUES;
    if (table == XXGK_TABLE_REQUESTS)
        return t->ncols_requests ? t->ncols_requests : 7;
    return 0;
}

static bool short_of(int present, int expected) { return present > 0 && present < expected; }

bool ck_short_row(const xxgk_report *r, int table, int row)
{
    const xxgk_table *t = r->tables[table];
    int present = 0;
    if (table == XXGK_TABLE_APPEALS) {
        for (int g = 0; xxgk_tpl_appeals_group(g); g++)
            present += t->row_cells[xxgk_tpl_appeals_group(g)];
    } else if (row > 0 && row < XXGK_R__COUNT) {
        present = t->row_cells[row];
    }
    return short_of(present, row_values(t, table));
}

/* What the identities of one table read, found once per table instead of
 * once per term of every identity: the rows short of values
 * (ck_short_row), and each cell by its keys as a whole number when it is
 * one to be trusted (whole[row][col]: a value, no fraction, in a row
 * neither short nor overfull). An identity of such cells is checked by its
 * two sums alone (holds_whole); any other is evaluated term by term. The
 * terms' keys are the template's, within the arrays. */
/* The identities of table 三 that broke, in order, for V107: which, laid
 * on which row or column, and how far its parts overshoot its total. Those
 * that held are not kept (most of them, and the cheap path): which
 * identities run through a cell is the template's to say. */
enum { ARITH_LOG = 64 };
typedef struct broken_id {
    int id, key;
    xxgk_dec over; /* parts - total, an empty cell read as 0 */
    bool empty;    /* broken with empty cells whatever they hold (V109) */
} broken_id;
typedef struct arith_log {
    int n;
    bool full; /* more broken than kept, or a difference that does not fit */
    broken_id ran[ARITH_LOG];
} arith_log;

typedef struct table_view {
    int table;
    arith_log *log; /* NULL: nothing kept (table 四) */
    bool short_row[XXGK_R__COUNT];
    bool laid_out; /* whole[] and value[] filled (the table has an index) */
    bool whole[XXGK_R__COUNT][XXGK_C__COUNT];
    int64_t value[XXGK_R__COUNT][XXGK_C__COUNT];
} table_view;

static void look_at(const xxgk_report *r, int table, table_view *tv)
{
    const xxgk_table *t = r->tables[table];
    tv->table = table;
    /* table 四's groups are one printed row: short or not together;
     * ck_short_row's answer for every row, its table read once */
    bool appeals = table == XXGK_TABLE_APPEALS && ck_short_row(r, table, 0);
    int expected = row_values(t, table);
    tv->short_row[0] = appeals;
    for (int row = 1; row < XXGK_R__COUNT; row++)
        tv->short_row[row] = table == XXGK_TABLE_APPEALS ? appeals : short_of(t->row_cells[row], expected);
    tv->laid_out = t->index != NULL;
    memset(tv->whole, 0, sizeof tv->whole);
    if (!tv->laid_out)
        return;
    /* the index row by row: an entry's keys are its place in the index,
     * and a short row has no cell to trust. The table's fields are read
     * once: the view's entries written below could alias them for all
     * the compiler knows. */
    const xxgk_cell *cells = t->cells;
    const uint16_t *index = t->index;
    int rows = t->index_rows, cols = t->index_cols;
    for (int r = 0; r < rows; r++) {
        int row = t->index_row + r;
        if (tv->short_row[row])
            continue;
        const uint16_t *entry = index + r * cols;
        bool *whole = tv->whole[row] + t->index_col;
        int64_t *value = tv->value[row] + t->index_col;
        for (int k = 0; k < cols; k++) {
            if (!entry[k])
                continue;
            const xxgk_cell *cell = &cells[entry[k] - 1];
            if (cell->state != XXGK_CELL_VALUE || cell->value.scale != 0 || cell->row_overfull)
                continue;
            whole[k] = true;
            value[k] = cell->value.mant;
        }
    }
}

static bool is_short(const xxgk_report *r, int table, const table_view *tv, int row)
{
    if (table == tv->table && row >= 0 && row < XXGK_R__COUNT)
        return tv->short_row[row];
    return ck_short_row(r, table, row);
}

/* *sum += v, false on overflow; two whole numbers (most cells) added
 * here, without the general decimal add's call. */
static bool add(xxgk_dec *sum, xxgk_dec v)
{
    if (sum->scale == 0 && v.scale == 0)
        return !__builtin_add_overflow(sum->mant, v.mant, &sum->mant);
    return xxgk_dec_add(*sum, v, sum) == 0;
}

/* Only the first t->n terms are set and ever read: no memset of all
 * MAXT (an identity is evaluated for every row and column). */
static void evaluate(const xxgk_report *r, int table, const table_view *tv, const terms *t, side *s)
{
    s->values = s->empty = s->absent = 0;
    s->overflow = false;
    s->sum = (xxgk_dec){0, 0};
    const xxgk_table *tb = table >= 0 && table < XXGK_TABLE__COUNT ? r->tables[table] : NULL;
    for (int i = 0; i < t->n; i++) {
        s->in_short_row[i] = false;
        const xxgk_cell *cell = tb ? xxgk_table_cell(tb, t->row[i], t->col[i]) : NULL;
        if (cell && cell->state == XXGK_CELL_ABSENT)
            cell = NULL;
        s->printed[i] = cell;
        /* a row short of values, or one with more values than columns
         * (P006): which cell a value belongs to is unknown */
        if (is_short(r, table, tv, t->row[i]) || (cell && cell->row_overfull)) {
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
            if (!s->overflow && !add(&s->sum, cell->value))
                s->overflow = true;
        }
    }
}

enum { ID_SKIP, ID_NA, ID_OK, ID_BAD };

typedef struct identity {
    xxgk_identity def;  /* the template's: parts, total, the cell it sits on */
    bool per_row;       /* laid on a row (else a column) */
    const char *name;   /* first argument of the message */
    side p, t;          /* filled by run() */
} identity;

/* The template's identity `which` laid on a row or a column (template.def).
 * The sides are filled by run(). */
static void lay_out(identity *id, int which, int tmpl, int key, const char *name)
{
    if (!xxgk_identity_at(which, tmpl, key, &id->def))
        memset(&id->def, 0, sizeof id->def);
    id->per_row = xxgk_identity_per_row(which);
    id->name = name;
}

/* The notes of a broken identity: every cell summed when there are few,
 * else the non-zero ones and a count of the zeros. */
static void note_terms(ck *c, xxgk_diag *d, const terms *t, const side *s)
{
    int zeros = 0;
    const xxgk_cell *first_zero = NULL;
    for (int i = 0; i < t->n; i++) {
        const xxgk_cell *cell = s->cell[i];
        if (!cell || cell->state != XXGK_CELL_VALUE)
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

/* The sum of one side when every term is a whole number to be trusted,
 * the common case: false when one is not or the sum does not fit, which
 * evaluate() then says. */
static bool whole_sum(const table_view *tv, const terms *t, bool per_row, int key, int64_t *sum)
{
    int64_t s = 0;
    if (per_row) { /* the row's entries found once */
        const bool *whole = tv->whole[key];
        const int64_t *value = tv->value[key];
        for (int i = 0; i < t->n; i++)
            if (!whole[t->col[i]] || __builtin_add_overflow(s, value[t->col[i]], &s))
                return false;
    } else {
        for (int i = 0; i < t->n; i++)
            if (!tv->whole[t->row[i]][key] || __builtin_add_overflow(s, tv->value[t->row[i]][key], &s))
                return false;
    }
    *sum = s;
    return true;
}

/* An identity on row or column `key` whose terms are all whole numbers
 * to be trusted holds when its sides' sums agree: no term need be noted
 * (the sums of evaluate(), which reads the same cells). Its terms are read
 * at the key, wherever it is laid out (only the key differs). */
static bool holds_whole(const table_view *tv, const identity *id, int key)
{
    const xxgk_identity *def = &id->def;
    int64_t parts, total;
    return def->table == tv->table && tv->laid_out && def->parts.n + def->total.n > 0 &&
           whole_sum(tv, &def->parts, id->per_row, key, &parts) &&
           whole_sum(tv, &def->total, id->per_row, key, &total) && parts == total;
}

/* A broken identity kept for V107, when the table keeps them; `empty`
 * when it has empty cells (V109), its difference then with them read as 0. */
static void keep_broken(arith_log *log, const identity *id, int key, bool empty)
{
    if (!log)
        return;
    if (log->n == ARITH_LOG || id->t.sum.mant == INT64_MIN) {
        log->full = true;
        return;
    }
    broken_id *b = &log->ran[log->n++];
    b->id = id->def.id;
    b->key = key;
    b->empty = empty;
    if (xxgk_dec_add(id->p.sum, (xxgk_dec){-id->t.sum.mant, id->t.sum.scale}, &b->over))
        log->full = true; /* the difference does not fit: say nothing */
}

/* An identity that does not hold: the error at its total, the terms in
 * notes, and kept for V107. Out of line: run() is the loop's hot path,
 * and this its rare end. */
static int __attribute__((noinline)) broken(ck *c, const table_view *tv, identity *id, int key)
{
    const xxgk_cell *at = xxgk_report_cell(c->r, id->def.table, id->def.at_row, id->def.at_col);
    if (!at)
        return ID_NA; /* cannot happen: every cell has a value */
    const char *parts = ck_dec(c, id->p.sum), *total = ck_dec(c, id->t.sum);
    /* a column's name as its header prints it (ck_col_name: 法人或其他组织
       in a table of three columns), asked here, not by run() on each key */
    const char *name = id->per_row ? id->name : ck_col_name(c, key);
    xxgk_diag *d = id->def.balance ? ck_diag(c, id->def.code, at->span, name, parts, total)
                               : ck_diag(c, id->def.code, at->span, name, total, parts);
    note_terms(c, d, &id->def.parts, &id->p);
    if (id->def.balance)
        note_terms(c, d, &id->def.total, &id->t);
    keep_broken(tv->log, id, key, false);
    return ID_BAD;
}

/* The identity on row or column `key` (laid out on another of the same
 * template, and moved to this one only when it does not plainly hold). */
static int run(ck *c, const table_view *tv, identity *id, int key)
{
    if (holds_whole(tv, id, key))
        return ID_OK;
    xxgk_identity_move(&id->def, key);
    id->name = id->per_row ? xxgk_tpl_row_name(key) : xxgk_tpl_col_name(key);
    evaluate(c->r, id->def.table, tv, &id->def.parts, &id->p);
    evaluate(c->r, id->def.table, tv, &id->def.total, &id->t);
    if (id->p.values + id->p.empty + id->t.values + id->t.empty == 0 && !any_short(&id->def.parts, &id->p) &&
        !any_short(&id->def.total, &id->t))
        return ID_SKIP;
    if (id->p.empty || id->p.absent || id->t.empty || id->t.absent || id->p.overflow ||
        id->t.overflow)
        return ID_NA;
    if (xxgk_dec_cmp(id->p.sum, id->t.sum) == 0)
        return ID_OK;
    return broken(c, tv, id, key);
}

/* ---- empty cells that cannot mend the identity (V109) ------------------ */

/* The side of an identity whose cells are all printed (no empty one) and
 * the side holding the empty cells, when the identity fails whatever
 * those cells hold: every cell of both sides is printed (value or
 * blank: no absent row, no row short of values, no sum too large), no
 * value is negative, so an empty cell, a count, can only add to its
 * side, and that side already makes more than the full one. Then the
 * not-assessable note (V106) would hide an error the arithmetic proves:
 * a report that leaves its zeros blank and mistypes a total. NULL when
 * the identity may hold. */
static const side *sure_break(const identity *id, const side **full)
{
    const side *p = &id->p, *t = &id->t;
    if (p->absent || t->absent || p->overflow || t->overflow || (p->empty && t->empty) ||
        !(p->empty || t->empty))
        return NULL;
    const side *with = p->empty ? p : t, *without = p->empty ? t : p;
    const terms *terms_of[2] = {&id->def.parts, &id->def.total};
    const side *sides[2] = {p, t};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < terms_of[k]->n; i++) {
            const xxgk_cell *cell = sides[k]->cell[i];
            if (cell && cell->state == XXGK_CELL_VALUE && cell->value.mant < 0)
                return NULL;
        }
    if (xxgk_dec_cmp(with->sum, without->sum) <= 0)
        return NULL;
    *full = without;
    return with;
}

/* The empty cells among n summed, in notes: each named when there are
 * few, else one note at the first counting them, as note_terms counts
 * zeros (a V103 column of blanks would give one note per outcome row). */
static void note_empties(ck *c, xxgk_diag *d, const xxgk_cell *const *cells, int n)
{
    int empties = 0;
    const xxgk_cell *first = NULL;
    for (int i = 0; i < n; i++) {
        const xxgk_cell *cell = cells[i];
        if (!cell || cell->state != XXGK_CELL_EMPTY)
            continue;
        if (n <= LIST_ALL)
            ck_note(c, d, cell->span, CKT_CELL_EMPTY, ck_cell_name(c, cell));
        else if (!empties++)
            first = cell;
    }
    if (empties)
        ck_note(c, d, first->span, CKT_EMPTY_CELLS, empties);
}

/* The cells of one side in notes: each value (the zeros counted when the
 * side is long, as note_terms does) and each empty cell. */
static void note_side(ck *c, xxgk_diag *d, const terms *t, const side *s)
{
    note_terms(c, d, t, s);
    note_empties(c, d, s->cell, t->n);
}

/* V109 for an identity run() found not assessable on row or column `key`,
 * when its empty cells cannot mend it (sure_break): at its total, where
 * its error would be (printed: sure_break wants every cell printed, a
 * value or a blank). Kept for V107 like any broken identity: a wrong
 * printed value can break it as it breaks the others. True when said;
 * the identity is then no V106. */
static bool empty_cannot_mend(ck *c, const table_view *tv, const identity *id, int key, const char *what)
{
    const side *full = NULL, *with = sure_break(id, &full);
    if (!with)
        return false;
    const xxgk_cell *at = xxgk_report_cell(c->r, id->def.table, id->def.at_row, id->def.at_col);
    if (!at || at->state == XXGK_CELL_ABSENT)
        return false; /* cannot happen: every cell is printed */
    xxgk_diag *d = ck_diag(c, XXGK_V_EXCEEDS_EMPTY, at->span, what, with->empty,
                           ck_dec(c, full->sum), ck_dec(c, with->sum));
    note_side(c, d, &id->def.parts, &id->p);
    note_side(c, d, &id->def.total, &id->t);
    keep_broken(tv->log, id, key, true);
    return true;
}

/* ---- one cell behind every broken identity (V107) ----------------------- */

/* +1 when the cell (row, col) is one of the identity's parts, -1 one of its
 * total, 0 neither. */
static int side_of(const xxgk_identity *def, int row, int col)
{
    for (int i = 0; i < def->parts.n; i++)
        if (def->parts.row[i] == row && def->parts.col[i] == col)
            return 1;
    for (int i = 0; i < def->total.n; i++)
        if (def->total.row[i] == row && def->total.col[i] == col)
            return -1;
    return 0;
}

/* How many identities of table 三 run through cell (row, col): those of
 * its row and those of its column that the validator runs (the 小计 one
 * only when the table prints 小计, a column identity only on the columns
 * checked). */
static int identities_through(int tmpl, bool subtotal, int row, int col)
{
    int cols[8], through = 0;
    int ncols = xxgk_tpl_requests_cols(subtotal, 0, cols);
    for (int which = 1; which < XXGK_ID__COUNT; which++) {
        if (xxgk_identity_table(which) != XXGK_TABLE_REQUESTS || (which == XXGK_ID_LEGAL_SUBTOTAL && !subtotal))
            continue;
        bool per_row = xxgk_identity_per_row(which), run_here = per_row;
        for (int k = 0; !per_row && k < ncols; k++)
            run_here = run_here || cols[k] == col;
        xxgk_identity def;
        if (run_here && xxgk_identity_at(which, tmpl, per_row ? row : col, &def) && side_of(&def, row, col))
            through++;
    }
    return through;
}

/* The value of the cell that mends every broken identity of the log, when
 * it is one value, the cell takes part in each of them and in no
 * identity that held or could not be checked (changing it would break or
 * leave unknown that one). A part mends its identity at value - over, a
 * total at value + over. */
static bool mends_all(const arith_log *log, int tmpl, bool subtotal, const xxgk_cell *cell, xxgk_dec *to)
{
    for (int k = 0; k < log->n; k++) {
        const broken_id *b = &log->ran[k];
        xxgk_identity def;
        if (!xxgk_identity_at(b->id, tmpl, b->key, &def))
            return false;
        int side = side_of(&def, cell->row, cell->col);
        if (!side || b->over.mant == INT64_MIN)
            return false;
        xxgk_dec step = side > 0 ? (xxgk_dec){-b->over.mant, b->over.scale} : b->over, v;
        if (xxgk_dec_add(cell->value, step, &v) || (k && xxgk_dec_cmp(v, *to) != 0))
            return false;
        *to = v;
    }
    return log->n && to->mant >= 0 && identities_through(tmpl, subtotal, cell->row, cell->col) == log->n;
}

/* When two or more identities of table 三 break (V101–V104, or V109: broken
 * whatever their empty cells hold) and one printed cell, of the first
 * broken one's terms, mends them all (mends_all) and no other does, that cell is named with the value that would: an assessor reads
 * one place to look at instead of three errors that each sit on a total.
 * The errors stay; which cell is wrong is the report's to say, and the
 * note only shows where the arithmetic points. */
static void localise(ck *c, const table_view *tv, int tmpl, bool subtotal)
{
    const arith_log *log = tv->log;
    if (log->full || log->n < 2)
        return;
    xxgk_identity def;
    if (!xxgk_identity_at(log->ran[0].id, tmpl, log->ran[0].key, &def))
        return;
    const xxgk_cell *found = NULL;
    xxgk_dec to = {0, 0};
    const xxgk_terms *sides[2] = {&def.parts, &def.total};
    for (int s = 0; s < 2; s++)
        for (int i = 0; i < sides[s]->n; i++) {
            const xxgk_cell *cell = xxgk_report_cell(c->r, tv->table, sides[s]->row[i], sides[s]->col[i]);
            xxgk_dec v;
            if (!ck_has_value(cell) || cell->row_overfull || !mends_all(log, tmpl, subtotal, cell, &v))
                continue;
            if (found)
                return; /* two cells would: the arithmetic does not point at one */
            found = cell;
            to = v;
        }
    if (!found)
        return;
    /* the codes of the findings the broken identities gave (V109 for one
     * broken with empty cells), each once, in the order run */
    const char *codes = "";
    int seen[XXGK_ID__COUNT][2] = {{0}};
    for (int k = 0; k < log->n; k++) {
        const broken_id *b = &log->ran[k];
        if (b->id <= 0 || b->id >= XXGK_ID__COUNT || seen[b->id][b->empty]++)
            continue;
        xxgk_identity d;
        if (!xxgk_identity_at(b->id, tmpl, b->key, &d))
            continue;
        const char *code = xxgk_code_name(b->empty ? XXGK_V_EXCEEDS_EMPTY : d.code);
        if (!strstr(codes, code))
            codes = doc_printf(c->doc, "%s%s%s", codes, *codes ? ", " : "", code);
    }
    xxgk_diag *d = ck_diag(c, XXGK_V_ONE_CELL, found->span, log->n, codes, ck_cell_name(c, found),
                           ck_dec(c, found->value), ck_dec(c, to));
    /* a sum broken whatever its empty cells hold (V109) holds at that value
     * only with them read as 0: said, since a count there could also be
     * the report's meaning */
    for (int k = 0; k < log->n; k++)
        if (log->ran[k].empty) {
            ck_note(c, d, found->span, CKT_EMPTY_AS_ZERO);
            break;
        }
}

/* ---- not assessable ------------------------------------------------------ */

/* What is missing, gathered over one identity or one family of them. */
typedef struct missing {
    int empty;
    const xxgk_cell *empties[4];
    int nnames, nshort;
    const char *names[MAXT];
    const char *short_rows[MAXT];
    int name_keys[MAXT], short_keys[MAXT]; /* the key each name is of */
    int columns;            /* columns not assessable (column identities) */
    const xxgk_cell *anchor;/* where to report */
} missing;

/* A name listed once: by its key, since the template names each row and
 * each column differently (test_template.c holds it to that). */
static void add_name(const char **names, int *keys, int *n, int key, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (keys[i] == key)
            return;
    if (*n < MAXT) {
        keys[*n] = key;
        names[(*n)++] = name;
    }
}

/* by_row: name the absent cells by their row (column identities), else by
 * their column (row identities). */
static void gather(const ck *c, missing *m, int table, const terms *t, const side *s, bool by_row)
{
    for (int i = 0; i < t->n; i++) {
        const xxgk_cell *cell = s->cell[i];
        if (s->printed[i] && !m->anchor)
            m->anchor = s->printed[i];
        if (s->in_short_row[i]) {
            /* table 四 prints its three groups as one row */
            bool groups = table == XXGK_TABLE_APPEALS;
            add_name(m->short_rows, m->short_keys, &m->nshort, groups ? 0 : t->row[i],
                     groups ? "行政复议、行政诉讼" : xxgk_tpl_row_name(t->row[i]));
        } else if (!cell) {
            int key = by_row ? t->row[i] : t->col[i];
            add_name(m->names, m->name_keys, &m->nnames, key,
                     by_row ? xxgk_tpl_row_name(key) : ck_col_name(c, key));
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
    const xxgk_cell *at = xxgk_report_cell(c->r, id->def.table, id->def.at_row, id->def.at_col);
    if (at && at->state != XXGK_CELL_ABSENT)
        return at->span;
    if (m->anchor)
        return m->anchor->span;
    const xxgk_table *t = c->r->tables[id->def.table];
    xxgk_span end = {t->span.end, t->span.end};
    return t->ncells ? t->cells[t->ncells - 1].span : end;
}

/* A row identity that cannot be checked: reported at once, at its total. */
static void row_na(ck *c, identity *id, const char *what)
{
    missing m;
    memset(&m, 0, sizeof m);
    gather(c, &m, id->def.table, &id->def.total, &id->t, false);
    gather(c, &m, id->def.table, &id->def.parts, &id->p, false);
    report_na(c, what, &m, na_place(c, id, &m), id->p.overflow || id->t.overflow, false);
}

/* ---- table 三 ---------------------------------------------------------- */

static xxgk_span last_cell_span(const xxgk_table *t)
{
    xxgk_span sp = {t->span.end, t->span.end};
    return t->ncells ? t->cells[t->ncells - 1].span : sp;
}

/* How a not-assessable identity is named (check_text.def). */
static int na_text(int which)
{
    switch (which) {
    case XXGK_ID_ROW_TOTAL: return CKT_ID_ROW_TOTAL;
    case XXGK_ID_LEGAL_SUBTOTAL: return CKT_ID_SUBTOTAL;
    case XXGK_ID_APPEALS_TOTAL: return CKT_ID_APPEALS;
    case XXGK_ID_HANDLED_TOTAL: return CKT_ID_HANDLED;
    default: return CKT_ID_BALANCE;
    }
}

/* A table 三 printed with three columns (自然人, the 法人 subtotal, 总计:
 * P134) has no cell of the five 法人 columns: its row total is 自然人 plus
 * the subtotal, the five's sum as printed. The row identity's five 法人
 * parts become that one cell. */
static void parts_as_subtotal(xxgk_terms *parts)
{
    int k = 0;
    bool legal = false;
    for (int i = 0; i < parts->n; i++) {
        bool org = parts->col[i] >= XXGK_C_COMMERCIAL && parts->col[i] <= XXGK_C_OTHER_ORG;
        if (org && legal)
            continue;
        parts->row[k] = parts->row[i];
        parts->col[k++] = org ? XXGK_C_LEGAL_SUBTOTAL : parts->col[i];
        legal = legal || org;
    }
    parts->n = k;
}

/* The row total among the identities laid out for table 三 of three
 * columns, its parts as above. Out of line: asked only of such a table,
 * kept off the loop that runs every table's identities. */
static __attribute__((noinline, cold)) void three_column_parts(identity *laid, const int *ids, int nids)
{
    for (int k = 0; k < nids; k++)
        if (ids[k] == XXGK_ID_ROW_TOTAL)
            parts_as_subtotal(&laid[k].def.parts);
}

/* Every per-row identity of the table on every row of its template; the
 * optional 小计 identity only when the table prints that column. NCOLS:
 * table 三's printed columns (t->ncols_requests: 8 with 小计, 3 for
 * P134's table), 0 for another table: asked once by the caller. */
static void row_identities(ck *c, int table, int tmpl, int ncols, const table_view *tv)
{
    int rows[XXGK_R__COUNT], ids[XXGK_ID__COUNT], nids = 0;
    int nrows = xxgk_tpl_rows(tmpl, table, rows, XXGK_R__COUNT);
    for (int which = 1; which < XXGK_ID__COUNT; which++)
        if (xxgk_identity_per_row(which) && xxgk_identity_table(which) == table &&
            (which != XXGK_ID_LEGAL_SUBTOTAL || ncols == 8))
            ids[nids++] = which;
    if (!nrows)
        return;
    /* each identity laid out once, on the first row, then run on each */
    identity laid[XXGK_ID__COUNT];
    for (int k = 0; k < nids; k++)
        lay_out(&laid[k], ids[k], tmpl, rows[0], NULL);
    if (__builtin_expect(ncols == 3, 0))
        three_column_parts(laid, ids, nids);
    for (int i = 0; i < nrows; i++)
        for (int k = 0; k < nids; k++) {
            identity *id = &laid[k];
            if (run(c, tv, id, rows[i]) != ID_NA)
                continue;
            const char *what = ck_textf(c, na_text(ids[k]), id->name);
            if (!empty_cannot_mend(c, tv, id, rows[i], what))
                row_na(c, id, what);
        }
}

/* The columns table 三 printed: the template's (小计 among them when
 * printed), or the three of a header naming only 自然人, 法人或其他组织
 * and 总计 (P134). */
static int requests_columns(const xxgk_table *t, int cols[8])
{
    if (t->ncols_requests != 3)
        return xxgk_tpl_requests_cols(t->ncols_requests == 8, 0, cols);
    cols[0] = XXGK_C_NATURAL_PERSON;
    cols[1] = XXGK_C_LEGAL_SUBTOTAL;
    cols[2] = XXGK_C_TOTAL;
    return 3;
}

/* A per-column identity of table 三 on every printed column: one V106 for
 * all the columns that cannot be checked. */
static void column_family(ck *c, const xxgk_table *t, int which, int tmpl, const table_view *tv)
{
    int cols[8];
    int ncols = requests_columns(t, cols);
    missing m;
    m.columns = 0; /* the rest cleared at the first column not assessable */
    const xxgk_cell *first_total = NULL;
    bool overflow = false;
    identity id;
    lay_out(&id, which, tmpl, cols[0], NULL); /* then run on each column */
    for (int k = 0; k < ncols; k++) {
        int col = cols[k];
        if (run(c, tv, &id, col) != ID_NA)
            continue;
        int one = which == XXGK_ID_HANDLED_TOTAL ? CKT_ID_HANDLED_COL : CKT_ID_BALANCE_COL;
        if (empty_cannot_mend(c, tv, &id, col, ck_textf(c, one, ck_col_name(c, col))))
            continue;
        if (!m.columns)
            memset(&m, 0, sizeof m);
        m.columns++;
        gather(c, &m, id.def.table, &id.def.total, &id.t, true);
        gather(c, &m, id.def.table, &id.def.parts, &id.p, true);
        overflow = overflow || id.p.overflow || id.t.overflow;
        const xxgk_cell *tc = xxgk_report_cell(c->r, id.def.table, id.def.at_row, col);
        if (!first_total && tc && tc->state != XXGK_CELL_ABSENT)
            first_total = tc;
    }
    if (!m.columns)
        return;
    /* at the total when it is printed, else where the table stops */
    xxgk_span at = first_total ? first_total->span : last_cell_span(t);
    report_na(c, ck_textf(c, na_text(which), m.columns), &m, at, overflow, true);
}

/* Group G's rows of template TMPL in column COL: the sum of their values
 * (an empty cell read as 0), their cells in g->cell, how many are empty,
 * and whether a value is negative. False when a row's cell is absent or in
 * a row of too many values, or the sum does not fit: the subtotal is then
 * not checked (its rows' P015/P007 say why). */
typedef struct group_cells {
    const xxgk_cell *cell[XXGK_R__COUNT];
    int n, empty;
    bool negative;
    xxgk_dec sum;
} group_cells;

static bool group_sum(const xxgk_table *t, int tmpl, const char *g, int col, group_cells *gc)
{
    gc->sum = (xxgk_dec){0, 0};
    gc->n = gc->empty = 0;
    gc->negative = false;
    for (int row = 1; row < XXGK_R__COUNT; row++) {
        if (xxgk_row_table(row) != XXGK_TABLE_REQUESTS || strcmp(xxgk_tpl_row_group(row), g) != 0 ||
            (tmpl && !xxgk_tpl_has_row(tmpl, row)))
            continue;
        const xxgk_cell *cell = xxgk_table_cell(t, row, col);
        if (!cell || cell->state == XXGK_CELL_ABSENT || cell->row_overfull)
            return false;
        gc->cell[gc->n++] = cell;
        if (cell->state == XXGK_CELL_EMPTY) {
            gc->empty++;
            continue;
        }
        if (!ck_has_value(cell) || !add(&gc->sum, cell->value))
            return false;
        gc->negative = gc->negative || cell->value.mant < 0;
    }
    return gc->n > 0;
}

/* Whether a subtotal VALUE is wrong whatever the group's empty cells hold:
 * with none, when it differs from the rows' sum; with some, only when the
 * printed rows already make more than it, since an empty cell, a count,
 * can only add (no value negative: V109's rule). */
static bool subtotal_broken(const group_cells *gc, xxgk_dec value)
{
    int cmp = xxgk_dec_cmp(gc->sum, value);
    if (!gc->empty)
        return cmp != 0;
    return cmp > 0 && !gc->negative && value.mant >= 0;
}

/* V108: each value of a group's subtotal against the sum of the group's
 * rows in its column; the rows' empty cells, when they are some, in notes. */
static void check_subtotals(ck *c, const xxgk_table *t, int tmpl)
{
    for (const xxgk_subtotal *st = t->subtotals; st; st = st->next)
        for (size_t i = 0; i < st->ncells; i++) {
            const xxgk_cell *cell = &st->cells[i];
            group_cells gc;
            if (cell->state != XXGK_CELL_VALUE || !group_sum(t, tmpl, st->group, cell->col, &gc) ||
                !subtotal_broken(&gc, cell->value))
                continue;
            xxgk_diag *d = ck_diag(c, XXGK_V_GROUP_SUBTOTAL, cell->span, st->group, ck_col_name(c, cell->col),
                                   ck_dec(c, cell->value), ck_dec(c, gc.sum));
            note_empties(c, d, gc.cell, gc.n);
        }
}

static void check_requests(ck *c, const xxgk_table *t)
{
    int tmpl = xxgk_table_template(c->r, XXGK_TABLE_REQUESTS);
    table_view tv;
    arith_log log;
    log.n = 0;
    log.full = false; /* the entries are written as identities break */
    look_at(c->r, XXGK_TABLE_REQUESTS, &tv);
    tv.log = &log;
    row_identities(c, XXGK_TABLE_REQUESTS, tmpl, t->ncols_requests, &tv);
    column_family(c, t, XXGK_ID_HANDLED_TOTAL, tmpl, &tv);
    column_family(c, t, XXGK_ID_BALANCE, tmpl, &tv);
    localise(c, &tv, tmpl, t->ncols_requests == 8);
    check_subtotals(c, t, tmpl);
}

/* ---- table 四 ---------------------------------------------------------- */

static void check_appeals(ck *c)
{
    table_view tv;
    look_at(c->r, XXGK_TABLE_APPEALS, &tv);
    tv.log = NULL; /* a cell of table 四 is in one identity: none to localise */
    row_identities(c, XXGK_TABLE_APPEALS, xxgk_table_template(c->r, XXGK_TABLE_APPEALS), 0, &tv);
}

void ck_arith(ck *c)
{
    const xxgk_table *req = c->r->tables[XXGK_TABLE_REQUESTS];
    if (req)
        check_requests(c, req);
    if (c->r->tables[XXGK_TABLE_APPEALS])
        check_appeals(c);
}
