/* Which cells each template has (../shared/spec/template.md, the two
 * table templates): the diff tells a cell a report leaves out from one its
 * template lacks, and the panel has one column per cell of either. */
#include "xxgk.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x

static bool in(int v, const int *list)
{
    for (; *list; list++)
        if (*list == v)
            return true;
    return false;
}

static const int request_cols[] = {C(NATURAL_PERSON), C(COMMERCIAL), C(RESEARCH), C(PUBLIC_INTEREST),
                                   C(LEGAL_SERVICES), C(OTHER_ORG), C(LEGAL_SUBTOTAL), C(TOTAL), 0};
static const int appeal_cols[] = {C(UPHELD), C(CORRECTED), C(OTHER), C(PENDING), C(TOTAL), 0};
static const int appeal_rows[] = {R(REVIEW), R(SUIT_DIRECT), R(SUIT_AFTER_REVIEW), 0};
static const int other_2021[] = {R(OTHER_NO_CORRECTION), R(OTHER_FEE_UNPAID), R(OTHER_OTHER), 0};

/* Table 二 of the 2021 template: 第二十条第（一）（五）（六）（八）项. */
static bool proactive_2021(int row, int col)
{
    switch (row) {
    case R(RULES): case R(NORMATIVE_DOCS):
        return col == C(ISSUED) || col == C(REPEALED) || col == C(IN_FORCE);
    case R(LICENSING): case R(PENALTY): case R(COERCION):
        return col == C(DECISIONS);
    case R(FEES):
        return col == C(AMOUNT_WAN_YUAN);
    default:
        return false;
    }
}

/* Table 二 of the 2019 template: 第二十条第（一）（五）（六）（八）（九）项. */
static bool proactive_2019(int row, int col)
{
    switch (row) {
    case R(RULES): case R(NORMATIVE_DOCS):
        return col == C(NEW_MADE) || col == C(NEW_PUBLISHED) || col == C(TOTAL_PUBLISHED);
    case R(LICENSING): case R(OTHER_SERVICES): case R(PENALTY): case R(COERCION):
        return col == C(PREV_ITEMS) || col == C(CHANGE) || col == C(DECISIONS);
    case R(FEES):
        return col == C(PREV_ITEMS) || col == C(CHANGE);
    case R(CENTRAL_PROCUREMENT):
        return col == C(ITEMS) || col == C(AMOUNT);
    default:
        return false;
    }
}

bool xxgk_template_has_cell(int tmpl, int table, int row, int col)
{
    if (xxgk_row_table(row) != table)
        return false;
    if (tmpl != 2019 && tmpl != 2021)
        return true;
    switch (table) {
    case XXGK_TABLE_PROACTIVE:
        return tmpl == 2021 ? proactive_2021(row, col) : proactive_2019(row, col);
    case XXGK_TABLE_REQUESTS:
        if (!in(col, request_cols))
            return false;
        return tmpl == 2021 ? row != R(OTHER) : !in(row, other_2021);
    case XXGK_TABLE_APPEALS:
        return in(row, appeal_rows) && in(col, appeal_cols);
    }
    return false;
}
