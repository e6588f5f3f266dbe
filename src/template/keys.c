/* Names of the template's keys, from keys.def. */
#include "template.h"
#include "xxgk.h"

static const char *const section_keys[] = {
    "",
#define XXGK_SECTION(E, key, num) key,
#include "keys.def"
#undef XXGK_SECTION
};
static const char *const section_numerals[] = {
    "",
#define XXGK_SECTION(E, key, num) num,
#include "keys.def"
#undef XXGK_SECTION
};
static const char *const section_titles[] = {
    "", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
};
static const char *const row_keys[] = {
    "",
#define XXGK_ROW(E, key, table) key,
#include "keys.def"
#undef XXGK_ROW
};
static const int row_tables[] = {
    -1,
#define XXGK_ROW(E, key, table) XXGK_TABLE_##table,
#include "keys.def"
#undef XXGK_ROW
};
static const char *const col_keys[] = {
    "",
#define XXGK_COL(E, key) key,
#include "keys.def"
#undef XXGK_COL
};
static const char *const table_keys[] = {"proactive", "requests", "appeals"};

#define IN(a, i) ((i) >= 0 && (size_t)(i) < sizeof(a) / sizeof(a[0]))

const char *xxgk_section_key(int s) { return IN(section_keys, s) ? section_keys[s] : ""; }
const char *xxgk_section_numeral(int s) { return IN(section_numerals, s) ? section_numerals[s] : ""; }
const char *xxgk_section_title(int s) { return IN(section_titles, s) ? section_titles[s] : ""; }
const char *xxgk_table_key(int t) { return IN(table_keys, t) ? table_keys[t] : ""; }
const char *xxgk_row_key(int r) { return IN(row_keys, r) ? row_keys[r] : ""; }
const char *xxgk_col_key(int c) { return IN(col_keys, c) ? col_keys[c] : ""; }
int xxgk_row_table(int r) { return IN(row_tables, r) ? row_tables[r] : -1; }

static const struct {
    const char *name;
    int power;
} units[XXGK_UNIT__COUNT] = {
    [XXGK_UNIT_NONE] = {"", -1},          [XXGK_UNIT_YUAN] = {"元", 0},
    [XXGK_UNIT_WAN_YUAN] = {"万元", 4},   [XXGK_UNIT_QIAN_YUAN] = {"千元", 3},
    [XXGK_UNIT_SHI_WAN_YUAN] = {"十万元", 5}, [XXGK_UNIT_BAI_WAN_YUAN] = {"百万元", 6},
    [XXGK_UNIT_QIAN_WAN_YUAN] = {"千万元", 7}, [XXGK_UNIT_YI_YUAN] = {"亿元", 8},
};

const char *xxgk_unit_name(int u) { return u > 0 && u < XXGK_UNIT__COUNT ? units[u].name : ""; }

int xxgk_unit_power(int u) { return u > 0 && u < XXGK_UNIT__COUNT ? units[u].power : -1; }

const char *xxgk_numbering_name(int n)
{
    static const char *const names[] = {"none", "cn-dun", "paren-cn", "arabic",
                                        "paren-arabic", "cn-shi", "markdown", "cn-space"};
    return IN(names, n) ? names[n] : "none";
}

const char *xxgk_source_name(int s)
{
    static const char *const names[] = {"none", "title", "preamble", "signoff", "body", "page", "field"};
    return IN(names, s) ? names[s] : "none";
}

const char *xxgk_severity_name(int s)
{
    static const char *const names[] = {"note", "warning", "error"};
    return IN(names, s) ? names[s] : "error";
}

const xxgk_cell *xxgk_table_cell_search(const xxgk_table *t, int row, int col)
{
    for (size_t i = 0; i < t->ncells; i++)
        if (t->cells[i].row == row && t->cells[i].col == col)
            return &t->cells[i];
    return 0;
}

const xxgk_cell *xxgk_report_cell(const xxgk_report *r, int table, int row, int col)
{
    if (!r || table < 0 || table >= XXGK_TABLE__COUNT || !r->tables[table])
        return 0;
    return xxgk_table_cell(r->tables[table], row, col);
}

int xxgk_unit_convert(xxgk_dec a, int from, int to, xxgk_dec *out)
{
    int pf = xxgk_unit_power(from), pt = xxgk_unit_power(to);
    if (pf < 0 || pt < 0)
        return -1;
    return xxgk_dec_shift(a, pf - pt, out);
}
