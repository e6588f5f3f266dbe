/* xxgk diff, cross-year checks: when NEW reports on the year after OLD for
 * the same agency,
 *  - carry_over: NEW's 上年结转 (carried_in) = OLD's 结转下年度 (carried_out),
 *    column by column;
 *  - in_force.rules, in_force.normative_docs: NEW's 现行有效件数 = OLD's +
 *    NEW's 本年制发 − NEW's 本年废止 (both on the 2021 template);
 *  - items.licensing … items.fees: NEW's 上一年项目数量 = OLD's 上一年项目数量 +
 *    OLD's 本年增/减 (both on the 2019 template, whose table 二 has them).
 * Otherwise each check is listed as skipped with the reason. A check whose
 * row a side does not print at all (nor its table) is skipped as such:
 * carry_over then once, not once per column. */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "doc.h"
#include "template.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x

static diff_check *check(diff_result *d, const char *name, int col)
{
    diff_check *c = diff_push_check(d);
    if (c) {
        c->name = name;
        c->col = col;
    }
    return c;
}

static void skip(diff_check *c, const char *en, const char *zh)
{
    c->status = DIFF_SKIPPED;
    c->reason_en = en;
    c->reason_zh = zh;
}

/* Add a number read from a cell; false when it is not printed as a value. */
static bool number(diff_result *d, diff_check *c, const char *name, bool on_new, int table, int row,
                   int col)
{
    const diff_side *s = on_new ? &d->new : &d->old;
    diff_number *n = &c->nums[c->nnums++];
    const xxgk_cell *cell;
    n->name = name;
    n->on_new = on_new;
    n->has = diff_cell_value(s->r, table, row, col, &n->value, &cell);
    if (cell && cell->state != XXGK_CELL_ABSENT) {
        n->pos = diff_pos(s, cell->span);
        if (on_new && !c->has_new) {
            c->has_new = true;
            c->new_pos = n->pos;
        } else if (!on_new && !c->has_old) {
            c->has_old = true;
            c->old_pos = n->pos;
        }
    }
    return n->has;
}

/* A check on a cell a side cannot place is skipped, its reason the parse
 * error's (diff_unplaced.c): its value may be another cell's, so a fail
 * would report the reading's shift as the agency's inconsistency. The
 * cells are (table, row, col) triples, on OLD when on_new is false. True
 * when skipped. */
typedef struct check_cell {
    bool on_new;
    int table, row, col;
} check_cell;

static bool skip_unplaced(diff_result *d, diff_check *c, const check_cell *cells, int n)
{
    for (int i = 0; i < n; i++) {
        const check_cell *k = &cells[i];
        diff_unplaced u = diff_unplaced_of(k->on_new ? &d->new : &d->old, k->table, k->row, k->col);
        if (!u.code)
            continue;
        char en[160], zh[160];
        skip(c, diff_printf(d, "%s", diff_unplaced_text(&u, k->on_new, XXGK_LANG_EN, en, sizeof en)),
             diff_printf(d, "%s", diff_unplaced_text(&u, k->on_new, XXGK_LANG_ZH, zh, sizeof zh)));
        return true;
    }
    return false;
}

static bool same_agency(const char *a, const char *b) { return diff_same_agency(a, b); }

/* Why the checks cannot apply to this pair, or NULL. */
static bool why_not(diff_result *d, const char **en, const char **zh)
{
    const diff_side *o = &d->old, *n = &d->new;
    if (!o->agency || !n->agency) {
        /* unknown is not different: a report that does not name itself
         * must not silently switch the checks off (P042 says so) */
        const char *w = !o->agency && !n->agency ? "OLD and NEW" : !o->agency ? "OLD" : "NEW";
        const char *wz = !o->agency && !n->agency ? "新旧报告" : !o->agency ? "旧报告" : "新报告";
        d->assumed_code = XXGK_P_AGENCY_ASSUMED;
        d->assumed_en = diff_printf(d, doc_code_format(XXGK_P_AGENCY_ASSUMED, XXGK_LANG_EN), w);
        d->assumed_zh = diff_printf(d, doc_code_format(XXGK_P_AGENCY_ASSUMED, XXGK_LANG_ZH), wz);
    } else if (!same_agency(o->agency, n->agency)) {
        d->other_agency = diff_surely_other(o->agency, n->agency);
        *en = diff_printf(d, "different agencies: %s (OLD) and %s (NEW)", o->agency, n->agency);
        *zh = diff_printf(d, "机关不同：%s（旧）与%s（新）", o->agency, n->agency);
        return true;
    }
    if (!o->year || !n->year) {
        *en = diff_printf(d, "the year of %s is not known", !o->year ? "OLD" : "NEW");
        *zh = diff_printf(d, "%s的年度不明", !o->year ? "旧报告" : "新报告");
        return true;
    }
    if (n->year != o->year + 1) {
        *en = diff_printf(d, "NEW (%d) is not the year after OLD (%d)", n->year, o->year);
        *zh = diff_printf(d, "新报告（%d年）不是旧报告（%d年）的下一年", n->year, o->year);
        return true;
    }
    return false;
}

/* Why a check cannot read a row of one side: the side prints nothing of
 * its table, or nothing of the row (diff_groups.c), a fact of the whole
 * row, said once; when a parse error stands where the row would be
 * (diff_unplaced.c, asked of the cell in column col), the row may be
 * there unread, and that error is the reason. Fills en and zh; false when
 * the row is printed. */
static bool row_missing(diff_result *d, bool on_new, int table, int row, int col, const char **en,
                        const char **zh)
{
    static const char *const table_zh[XXGK_TABLE__COUNT] = {"表二", "表三", "表四"};
    const diff_side *s = on_new ? &d->new : &d->old;
    const char *side = on_new ? "NEW" : "OLD", *side_zh = on_new ? "新报告" : "旧报告";
    bool table_printed = diff_prints(s, table, 0);
    if (table_printed && diff_prints(s, table, row))
        return false;
    diff_unplaced u = diff_unplaced_of(s, table, row, col);
    if (u.code) {
        char a[160], b[160];
        *en = diff_printf(d, "%s", diff_unplaced_text(&u, on_new, XXGK_LANG_EN, a, sizeof a));
        *zh = diff_printf(d, "%s", diff_unplaced_text(&u, on_new, XXGK_LANG_ZH, b, sizeof b));
    } else if (!table_printed) {
        *en = diff_printf(d, "table %s missing in %s", xxgk_table_key(table), side);
        *zh = diff_printf(d, "%s缺%s", side_zh, table_zh[table]);
    } else {
        *en = diff_printf(d, "row %s missing in %s", xxgk_row_key(row), side);
        *zh = diff_printf(d, "%s缺“%s”行", side_zh, xxgk_tpl_row_name(row));
    }
    return true;
}

/* The first row of a check (table, row, read in column col) that a side
 * lacks, OLD's before NEW's: the check cannot be made, and says why. */
static bool skip_missing(diff_result *d, diff_check *c, int table, int old_row, int new_row, int col)
{
    const char *en, *zh;
    if (row_missing(d, false, table, old_row, col, &en, &zh) ||
        row_missing(d, true, table, new_row, col, &en, &zh)) {
        skip(c, en, zh);
        return true;
    }
    return false;
}

/* carry_over when OLD lacks its 结转下年度 row or NEW its 上年结转 row (or
 * the whole table 三): one check, skipped, instead of one skipped line per
 * column; it keeps the 总计 numbers and place of the side that prints its
 * row (null for the other), as a per-column check would. True when so. */
static bool carry_over_missing(diff_result *d)
{
    const int T = XXGK_TABLE_REQUESTS;
    if (diff_prints(&d->old, T, R(CARRIED_OUT)) && diff_prints(&d->new, T, R(CARRIED_IN)))
        return false;
    diff_check *c = check(d, "carry_over", 0);
    if (c) {
        number(d, c, "old.carried_out", false, T, R(CARRIED_OUT), C(TOTAL));
        number(d, c, "new.carried_in", true, T, R(CARRIED_IN), C(TOTAL));
        skip_missing(d, c, T, R(CARRIED_OUT), R(CARRIED_IN), C(TOTAL));
    }
    return true;
}

/* A check on a cell a side prints more than once with different values
 * (a row's copies, P014) is skipped: which copy the report means cannot be
 * known. Copies that agree are one value, the one read (as check and
 * export's flags take it: such a cell carries nothing). True when skipped. */
static bool skip_copies_differ(diff_result *d, diff_check *c, const check_cell *cells, int n)
{
    for (int i = 0; i < n; i++) {
        const check_cell *k = &cells[i];
        bool agree;
        int copies = diff_cell_copies((k->on_new ? &d->new : &d->old)->r, k->table, k->row, k->col, &agree);
        if (agree)
            continue;
        skip(c,
             diff_printf(d, "%s prints this cell %d times with different values (P014): which is meant cannot be known",
                         k->on_new ? "NEW" : "OLD", copies),
             diff_printf(d, "%s此单元格出现 %d 次且数值不同（P014）：无法确定哪个数值正确",
                         k->on_new ? "新报告" : "旧报告", copies));
        return true;
    }
    return false;
}

/* Every column of table 三 (小计 before 总计). */
static void carry_over(diff_result *d)
{
    const int T = XXGK_TABLE_REQUESTS;
    if (carry_over_missing(d))
        return;
    int cols[8];
    int ncols = xxgk_tpl_requests_cols(true, 5, cols);
    for (int k = 0; k < ncols; k++) {
        int col = cols[k];
        const xxgk_cell *nc = xxgk_report_cell(d->new.r, T, R(CARRIED_IN), col);
        const xxgk_cell *oc = xxgk_report_cell(d->old.r, T, R(CARRIED_OUT), col);
        if (col == C(LEGAL_SUBTOTAL) && (!nc || !oc))
            continue; /* an optional column: compared only when both print it */
        diff_check *c = check(d, "carry_over", col);
        if (!c)
            return;
        bool a = number(d, c, "old.carried_out", false, T, R(CARRIED_OUT), col);
        bool b = number(d, c, "new.carried_in", true, T, R(CARRIED_IN), col);
        const check_cell cells[] = {{false, T, R(CARRIED_OUT), col}, {true, T, R(CARRIED_IN), col}};
        if (skip_unplaced(d, c, cells, 2) || skip_copies_differ(d, c, cells, 2))
            continue;
        if (!a || !b) {
            skip(c, diff_printf(d, "%s does not print this cell as a number", !a ? "OLD" : "NEW"),
                 diff_printf(d, "%s未以数字填写此单元格", !a ? "旧报告" : "新报告"));
            continue;
        }
        int r = xxgk_dec_cmp(c->nums[0].value, c->nums[1].value);
        c->status = r == 0 ? DIFF_PASS : DIFF_FAIL;
    }
}

static void in_force(diff_result *d, const char *name, int row)
{
    const int T = XXGK_TABLE_PROACTIVE;
    diff_check *c = check(d, name, 0);
    if (!c)
        return;
    const diff_side *bad = d->old.tmpl != 2021 ? &d->old : d->new.tmpl != 2021 ? &d->new : NULL;
    if (bad) {
        bool o = bad == &d->old;
        skip(c,
             diff_printf(d, "%s uses the %d template, which has no in_force column "
                         "(its total_published, 对外公开总数量, is not a count of documents in force)",
                         o ? "OLD" : "NEW", bad->tmpl),
             diff_printf(d, "%s使用%d年模板，没有“现行有效件数”一栏"
                         "（其“对外公开总数量”不是现行有效的文件数）",
                         o ? "旧报告" : "新报告", bad->tmpl));
        return;
    }
    bool ok = number(d, c, "old.in_force", false, T, row, C(IN_FORCE));
    ok &= number(d, c, "new.issued", true, T, row, C(ISSUED));
    ok &= number(d, c, "new.repealed", true, T, row, C(REPEALED));
    diff_number *exp = &c->nums[c->nnums++];
    exp->name = "expected";
    exp->on_new = true;
    /* the printed in_force of NEW is the value checked: its place leads */
    c->has_new = false;
    ok &= number(d, c, "new.in_force", true, T, row, C(IN_FORCE));
    /* the numbers first: a side that lacks the row keeps the other's */
    if (skip_missing(d, c, T, row, row, C(IN_FORCE)))
        return;
    const check_cell cells[] = {{false, T, row, C(IN_FORCE)}, {true, T, row, C(ISSUED)},
                                {true, T, row, C(REPEALED)}, {true, T, row, C(IN_FORCE)}};
    if (skip_unplaced(d, c, cells, 4))
        return;
    if (!ok) {
        skip(c, "a cell is not printed as a number", "有单元格未以数字填写");
        return;
    }
    xxgk_dec e;
    if (xxgk_dec_add(c->nums[0].value, c->nums[1].value, &e) ||
        diff_dec_sub(e, c->nums[2].value, &e)) {
        skip(c, "the sum does not fit", "数值溢出");
        return;
    }
    exp->has = true;
    exp->value = e;
    c->status = xxgk_dec_cmp(e, c->nums[4].value) == 0 ? DIFF_PASS : DIFF_FAIL;
}

/* The rows of the 2019 template's 上一年项目数量 column (第二十条第（五）、
 * （六）、（八）项), with their check's name. */
static const struct {
    int row;
    const char *name;
} item_rows[] = {{R(LICENSING), "items.licensing"},
                 {R(OTHER_SERVICES), "items.other_services"},
                 {R(PENALTY), "items.penalty"},
                 {R(COERCION), "items.coercion"},
                 {R(FEES), "items.fees"}};

/* Both reports on a template whose table 二 counts items (2019's): the
 * items checks are listed only then. On 2021's template there is no such
 * column, and five skipped lines on every pair of later years would bury
 * the checks that ran. */
static bool both_count_items(const diff_result *d)
{
    return xxgk_tpl_has_cell(d->old.tmpl, XXGK_TABLE_PROACTIVE, R(LICENSING), C(PREV_ITEMS)) &&
           xxgk_tpl_has_cell(d->new.tmpl, XXGK_TABLE_PROACTIVE, R(LICENSING), C(PREV_ITEMS));
}

/* The stock of items of the 2019 template: OLD's 上一年项目数量 is the count
 * at the end of the year before OLD's, its 本年增/减 the change during OLD's
 * year, so NEW's 上一年项目数量 (the count at the end of OLD's year) is their
 * sum. */
static void items(diff_result *d, const char *name, int row)
{
    const int T = XXGK_TABLE_PROACTIVE;
    diff_check *c = check(d, name, 0);
    if (!c)
        return;
    bool ok = number(d, c, "old.prev_items", false, T, row, C(PREV_ITEMS));
    ok &= number(d, c, "old.change", false, T, row, C(CHANGE));
    diff_number *exp = &c->nums[c->nnums++];
    exp->name = "expected";
    exp->on_new = true;
    ok &= number(d, c, "new.prev_items", true, T, row, C(PREV_ITEMS));
    /* the numbers first: a side that lacks the row keeps the other's */
    if (skip_missing(d, c, T, row, row, C(PREV_ITEMS)))
        return;
    const check_cell cells[] = {{false, T, row, C(PREV_ITEMS)}, {false, T, row, C(CHANGE)},
                                {true, T, row, C(PREV_ITEMS)}};
    if (skip_unplaced(d, c, cells, 3))
        return;
    if (!ok) {
        skip(c, "a cell is not printed as a number", "有单元格未以数字填写");
        return;
    }
    if (xxgk_dec_add(c->nums[0].value, c->nums[1].value, &exp->value)) {
        skip(c, "the sum does not fit", "数值溢出");
        return;
    }
    exp->has = true;
    c->status = xxgk_dec_cmp(exp->value, c->nums[3].value) == 0 ? DIFF_PASS : DIFF_FAIL;
}

void diff_checks(diff_result *d)
{
    static const char *const names[] = {"carry_over", "in_force.rules", "in_force.normative_docs"};
    const char *en, *zh;
    bool counts_items = both_count_items(d);
    size_t nitems = sizeof item_rows / sizeof item_rows[0];
    if (why_not(d, &en, &zh)) {
        for (size_t i = 0; i < 3 + (counts_items ? nitems : 0); i++) {
            diff_check *c = check(d, i < 3 ? names[i] : item_rows[i - 3].name, 0);
            if (c)
                skip(c, en, zh);
        }
        return;
    }
    carry_over(d);
    in_force(d, names[1], R(RULES));
    in_force(d, names[2], R(NORMATIVE_DOCS));
    if (counts_items)
        for (size_t i = 0; i < nitems; i++)
            items(d, item_rows[i].name, item_rows[i].row);
}
