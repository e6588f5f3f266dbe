/* xxgk diff: what each template holds and the arithmetic it promises
 * (../shared/spec/template.md). Used to tell a cell missing from a report
 * from a cell its template does not have, and to name the identities a
 * changed cell breaks. Recomputed here from the cells; no validator needed. */
#include "diff_int.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x

static bool in(int v, const int *list)
{
    for (; *list; list++)
        if (*list == v)
            return true;
    return false;
}

static const int applicant_cols[] = {C(NATURAL_PERSON), C(COMMERCIAL), C(RESEARCH), C(PUBLIC_INTEREST),
                                     C(LEGAL_SERVICES), C(OTHER_ORG), 0};
static const int org_cols[] = {C(COMMERCIAL), C(RESEARCH), C(PUBLIC_INTEREST), C(LEGAL_SERVICES),
                               C(OTHER_ORG), 0};
static const int appeal_cols[] = {C(UPHELD), C(CORRECTED), C(OTHER), C(PENDING), 0};

/* Outcome rows summed by handled_total, by template. */
static const int outcomes_common[] = {
    R(GRANTED), R(PARTLY_GRANTED), R(DENIED_STATE_SECRET), R(DENIED_PROHIBITED_BY_LAW),
    R(DENIED_SECURITY_STABILITY), R(DENIED_THIRD_PARTY), R(DENIED_INTERNAL_AFFAIRS),
    R(DENIED_PROCESS_INFO), R(DENIED_ENFORCEMENT_FILES), R(DENIED_QUERY_MATTERS),
    R(UNAVAILABLE_NOT_HELD), R(UNAVAILABLE_NEEDS_CREATION), R(UNAVAILABLE_UNCLEAR),
    R(NOT_PROCESSED_PETITION), R(NOT_PROCESSED_DUPLICATE), R(NOT_PROCESSED_PUBLICATION),
    R(NOT_PROCESSED_EXCESSIVE), R(NOT_PROCESSED_REISSUE), 0};
static const int other_2021[] = {R(OTHER_NO_CORRECTION), R(OTHER_FEE_UNPAID), R(OTHER_OTHER), 0};
static const int other_2019[] = {R(OTHER), 0};
static const int balance_rows[] = {R(NEW_REQUESTS), R(CARRIED_IN), R(HANDLED_TOTAL), R(CARRIED_OUT), 0};

/* The optional subtotal column aside (diff_only reports it as printed by
 * one side), the template's cells (src/template/cells.c). */
bool diff_template_has(int tmpl, int table, int row, int col)
{
    return col != C(LEGAL_SUBTOTAL) && xxgk_template_has_cell(tmpl, table, row, col);
}

bool diff_cell_value(const xxgk_report *r, int table, int row, int col, xxgk_dec *v,
                     const xxgk_cell **cell)
{
    const xxgk_cell *c = xxgk_report_cell(r, table, row, col);
    if (cell)
        *cell = c;
    if (!c || c->state != XXGK_CELL_VALUE)
        return false;
    *v = c->value;
    return true;
}

int diff_dec_sub(xxgk_dec a, xxgk_dec b, xxgk_dec *out)
{
    if (b.mant == INT64_MIN)
        return -1;
    b.mant = -b.mant;
    return xxgk_dec_add(a, b, out);
}

int diff_dec_wan_to_yuan(xxgk_dec a, xxgk_dec *out)
{
    for (int k = 0; k < 4; k++) {
        if (a.scale > 0) {
            a.scale--;
        } else {
            if (a.mant > INT64_MAX / 10 || a.mant < INT64_MIN / 10)
                return -1;
            a.mant *= 10;
        }
    }
    *out = a;
    return 0;
}

/* Sum of a row's cells over columns, or of a column over rows; false when
 * one is not a value or the sum overflows. */
static bool sum_cols(const xxgk_report *r, int table, int row, const int *cols, xxgk_dec *out)
{
    xxgk_dec s = {0, 0}, v;
    for (; *cols; cols++)
        if (!diff_cell_value(r, table, row, *cols, &v, NULL) || xxgk_dec_add(s, v, &s))
            return false;
    *out = s;
    return true;
}

static bool sum_rows(const xxgk_report *r, int table, const int *rows, int col, xxgk_dec *out)
{
    xxgk_dec s = {0, 0}, v;
    for (; *rows; rows++)
        if (!diff_cell_value(r, table, *rows, col, &v, NULL) || xxgk_dec_add(s, v, &s))
            return false;
    *out = s;
    return true;
}

/* The （六） rows a report uses: 2021's three, or 2019's one. A report
 * whose template is unknown uses whichever it printed. */
static const int *other_rows(const xxgk_report *r)
{
    int t = xxgk_report_template(r);
    if (t == 2021)
        return other_2021;
    if (t == 2019)
        return other_2019;
    return xxgk_report_cell(r, XXGK_TABLE_REQUESTS, R(OTHER), C(TOTAL)) ? other_2019 : other_2021;
}

int diff_identity_eval(const xxgk_report *r, int id, int row, int col, xxgk_dec *lhs, xxgk_dec *rhs)
{
    const int T = XXGK_TABLE_REQUESTS;
    bool ok;
    switch (id) {
    case DIFF_ID_ROW_TOTAL:
        ok = diff_cell_value(r, T, row, C(TOTAL), lhs, NULL) && sum_cols(r, T, row, applicant_cols, rhs);
        break;
    case DIFF_ID_LEGAL_SUBTOTAL:
        ok = diff_cell_value(r, T, row, C(LEGAL_SUBTOTAL), lhs, NULL) && sum_cols(r, T, row, org_cols, rhs);
        break;
    case DIFF_ID_HANDLED_TOTAL: {
        xxgk_dec a, b;
        ok = diff_cell_value(r, T, R(HANDLED_TOTAL), col, lhs, NULL) &&
             sum_rows(r, T, outcomes_common, col, &a) && sum_rows(r, T, other_rows(r), col, &b) &&
             xxgk_dec_add(a, b, rhs) == 0;
        break;
    }
    case DIFF_ID_BALANCE: {
        /* new_requests + carried_in (lhs) = handled_total + carried_out (rhs) */
        xxgk_dec a, b, c, e;
        ok = diff_cell_value(r, T, R(NEW_REQUESTS), col, &a, NULL) &&
             diff_cell_value(r, T, R(CARRIED_IN), col, &b, NULL) &&
             diff_cell_value(r, T, R(HANDLED_TOTAL), col, &c, NULL) &&
             diff_cell_value(r, T, R(CARRIED_OUT), col, &e, NULL) && xxgk_dec_add(a, b, lhs) == 0 &&
             xxgk_dec_add(c, e, rhs) == 0;
        break;
    }
    case DIFF_ID_APPEALS_TOTAL:
        ok = diff_cell_value(r, XXGK_TABLE_APPEALS, row, C(TOTAL), lhs, NULL) &&
             sum_cols(r, XXGK_TABLE_APPEALS, row, appeal_cols, rhs);
        break;
    default:
        return -1;
    }
    if (!ok)
        return -1;
    int c = xxgk_dec_cmp(*lhs, *rhs);
    return c == 2 ? -1 : c == 0;
}

int diff_identities_of(const xxgk_report *r, int table, int row, int col, diff_identity out[4])
{
    int n = 0;
    if (table == XXGK_TABLE_REQUESTS) {
        if (in(col, applicant_cols) || col == C(TOTAL))
            out[n++] = (diff_identity){DIFF_ID_ROW_TOTAL, row, 0, {0, 0}, {0, 0}};
        if ((in(col, org_cols) || col == C(LEGAL_SUBTOTAL)) &&
            xxgk_report_cell(r, table, row, C(LEGAL_SUBTOTAL)))
            out[n++] = (diff_identity){DIFF_ID_LEGAL_SUBTOTAL, row, 0, {0, 0}, {0, 0}};
        if (in(row, outcomes_common) || in(row, other_rows(r)) || row == R(HANDLED_TOTAL))
            out[n++] = (diff_identity){DIFF_ID_HANDLED_TOTAL, 0, col, {0, 0}, {0, 0}};
        if (in(row, balance_rows))
            out[n++] = (diff_identity){DIFF_ID_BALANCE, 0, col, {0, 0}, {0, 0}};
    } else if (table == XXGK_TABLE_APPEALS) {
        if (in(col, appeal_cols) || col == C(TOTAL))
            out[n++] = (diff_identity){DIFF_ID_APPEALS_TOTAL, row, 0, {0, 0}, {0, 0}};
    }
    return n;
}
