/* The template module (src/template/template.def): that it covers every key
 * the reports and messages use, that the cells the parser reads from a
 * report of each template are the template's, that every identity adds
 * cells of its template, and the policy for which template a report and a
 * table follow (docs/architecture.md, "The template"). */
#include <string.h>

#include "template.h"
#include "testutil.h"

/* Every row and column has a name in messages: a finding never says "?". */
static void test_every_key_is_named(void **state)
{
    (void)state;
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        assert_string_not_equal(xxgk_tpl_row_name(r), "?");
        assert_true(xxgk_tpl_has_row(2019, r) || xxgk_tpl_has_row(2021, r));
    }
    for (int c = 1; c < XXGK_C__COUNT; c++)
        assert_string_not_equal(xxgk_tpl_col_name(c), "?");
    /* and each its own name: a message lists what is missing by key */
    for (int r = 1; r < XXGK_R__COUNT; r++)
        for (int q = r + 1; q < XXGK_R__COUNT; q++)
            assert_string_not_equal(xxgk_tpl_row_name(r), xxgk_tpl_row_name(q));
    for (int c = 1; c < XXGK_C__COUNT; c++)
        for (int d = c + 1; d < XXGK_C__COUNT; d++)
            assert_string_not_equal(xxgk_tpl_col_name(c), xxgk_tpl_col_name(d));
    assert_string_equal(xxgk_tpl_row_name(XXGK_R_UNAVAILABLE_UNCLEAR), "（四）3.补正后申请内容仍不明确");
    assert_string_equal(xxgk_tpl_row_group(XXGK_R_UNAVAILABLE_UNCLEAR), "（四）");
    assert_string_equal(xxgk_tpl_row_name(0), "?");
    assert_string_equal(xxgk_tpl_col_name(XXGK_C__COUNT), "?");
}

/* A template has a row when the row has cells in it (template.c keeps
 * the rows as bits, known when compiling: a row of the set NONE is one it
 * lacks), and a table's rows in a template are those, in key order, and at
 * most as many as asked for. */
static void test_rows_as_bits(void **state)
{
    (void)state;
    static const int tmpls[] = {2019, 2021};
    for (size_t k = 0; k < 2; k++)
        for (int table = 0; table < XXGK_TABLE__COUNT; table++) {
            int want[XXGK_R__COUNT], got[XXGK_R__COUNT], n = 0;
            for (int r = 1; r < XXGK_R__COUNT; r++) {
                if (xxgk_row_table(r) != table)
                    continue;
                bool cells = false;
                for (int c = 1; c < XXGK_C__COUNT; c++)
                    cells = cells || xxgk_tpl_has_cell(tmpls[k], table, r, c);
                assert_int_equal(xxgk_tpl_has_row(tmpls[k], r), cells);
                if (cells)
                    want[n++] = r;
            }
            assert_int_equal(xxgk_tpl_rows(tmpls[k], table, got, XXGK_R__COUNT), n);
            assert_memory_equal(got, want, (size_t)n * sizeof *got);
            if (n > 1)
                assert_int_equal(xxgk_tpl_rows(tmpls[k], table, got, n - 1), n - 1);
        }
}

/* The rows of each table in the form's order: 2019 has 其他对外管理服务事项
 * and 政府集中采购 in 二 and one （六） row in 三, 2021 three （六） rows. */
static void test_rows_of_each_template(void **state)
{
    (void)state;
    int rows[XXGK_R__COUNT];
    assert_int_equal(xxgk_tpl_rows(2021, XXGK_TABLE_PROACTIVE, rows, XXGK_R__COUNT), 6);
    assert_int_equal(xxgk_tpl_rows(2019, XXGK_TABLE_PROACTIVE, rows, XXGK_R__COUNT), 8);
    assert_int_equal(rows[3], XXGK_R_OTHER_SERVICES);
    assert_int_equal(xxgk_tpl_rows(2021, XXGK_TABLE_REQUESTS, rows, XXGK_R__COUNT), 25);
    assert_int_equal(xxgk_tpl_rows(2019, XXGK_TABLE_REQUESTS, rows, XXGK_R__COUNT), 23);
    assert_int_equal(rows[0], XXGK_R_NEW_REQUESTS);
    assert_int_equal(rows[22], XXGK_R_CARRIED_OUT);
    assert_int_equal(xxgk_tpl_rows(0, XXGK_TABLE_APPEALS, rows, XXGK_R__COUNT), 3);
    assert_int_equal(xxgk_tpl_row_only(XXGK_R_OTHER), 2019);
    assert_int_equal(xxgk_tpl_row_only(XXGK_R_OTHER_FEE_UNPAID), 2021);
    assert_int_equal(xxgk_tpl_row_only(XXGK_R_GRANTED), 0);
    assert_int_equal(xxgk_tpl_col_only(XXGK_C_PREV_ITEMS), 2019);
    assert_int_equal(xxgk_tpl_col_only(XXGK_C_IN_FORCE), 2021);
    assert_int_equal(xxgk_tpl_col_only(XXGK_C_DECISIONS), 0);
    assert_int_equal(xxgk_tpl_col_only(XXGK_C_LEGAL_SUBTOTAL), 0);
    /* table 四's fifteen numbers, group by group */
    assert_int_equal(xxgk_tpl_appeals_row(0), XXGK_R_REVIEW);
    assert_int_equal(xxgk_tpl_appeals_row(14), XXGK_R_SUIT_AFTER_REVIEW);
    assert_int_equal(xxgk_tpl_appeals_col(9), XXGK_C_TOTAL);
    assert_int_equal(xxgk_tpl_appeals_row(15), 0);
}

/* Every cell parsed from a clean report of a template is a cell of that
 * template, and the report's template is the one its tables show. */
static void cells_are_the_templates(const char *rel, int tmpl)
{
    xxgk_doc *d = parse_file(rel);
    assert_non_null(d);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_int_equal(xxgk_report_template(r), tmpl);
    size_t n = 0;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tab = r->tables[t];
        for (size_t i = 0; tab && i < tab->ncells; i++, n++) {
            const xxgk_cell *c = &tab->cells[i];
            if (!xxgk_tpl_has_cell(tmpl, t, c->row, c->col))
                fail_msg("%s: %s.%s is not a cell of %d", rel, xxgk_row_key(c->row), xxgk_col_key(c->col), tmpl);
        }
    }
    assert_true(n > 100);
    xxgk_doc_free(d);
}

static void test_parsed_cells_are_the_templates(void **state)
{
    (void)state;
    cells_are_the_templates("tests/fixtures/canonical-2021.txt", 2021);
    cells_are_the_templates("tests/diff/template-2020.txt", 2019);
}

/* Each identity adds cells its template has (or the optional 小计), on
 * every row or column of its table, with at least two terms. */
static void test_identities_add_the_templates_cells(void **state)
{
    (void)state;
    static const int tmpls[] = {2019, 2021};
    for (int id = 1; id < XXGK_ID__COUNT; id++) {
        assert_true(strchr(xxgk_identity_key(id), '.') != NULL);
        int table = xxgk_identity_table(id);
        for (int k = 0; k < 2; k++) {
            int keys[XXGK_R__COUNT + XXGK_C__COUNT], nkeys = 0;
            if (xxgk_identity_per_row(id))
                nkeys = xxgk_tpl_rows(tmpls[k], table, keys, XXGK_R__COUNT);
            else
                nkeys = xxgk_tpl_requests_cols(false, 0, keys);
            for (int i = 0; i < nkeys; i++) {
                xxgk_identity e;
                assert_true(xxgk_identity_at(id, tmpls[k], keys[i], &e));
                assert_int_equal(e.table, table);
                assert_true(e.parts.n + e.total.n >= 2);
                for (int s = 0; s < 2; s++) {
                    const xxgk_terms *t = s ? &e.total : &e.parts;
                    for (int j = 0; j < t->n; j++)
                        assert_true(xxgk_tpl_has_cell(tmpls[k], table, t->row[j], t->col[j]) ||
                                    (e.optional && t->col[j] == XXGK_C_LEGAL_SUBTOTAL));
                }
            }
        }
    }
    /* V103 sums the （六） rows of the template it is laid out in */
    xxgk_identity e19, e21;
    assert_true(xxgk_identity_at(XXGK_ID_HANDLED_TOTAL, 2019, XXGK_C_TOTAL, &e19));
    assert_true(xxgk_identity_at(XXGK_ID_HANDLED_TOTAL, 2021, XXGK_C_TOTAL, &e21));
    assert_int_equal(e19.parts.n, 19);
    assert_int_equal(e21.parts.n, 21);
    assert_int_equal(e19.at_row, XXGK_R_HANDLED_TOTAL);
    assert_false(xxgk_identity_at(XXGK_ID__COUNT, 2021, 0, &e21));
}

/* Which template: the report's own word for printing, and for sums the
 * table's own rows, else the report's, else 2021. */
static void test_which_template(void **state)
{
    (void)state;
    /* no table and no year: unknown for printing, 2021 for sums */
    xxgk_doc *d = parse_str("一、总体情况\n本机关认真贯彻条例。\n");
    const xxgk_report *r = xxgk_doc_report(d);
    assert_non_null(r);
    assert_int_equal(r->year, 0);
    assert_int_equal(xxgk_report_template(r), 0);
    assert_int_equal(xxgk_table_template(r, XXGK_TABLE_REQUESTS), 2021);
    xxgk_doc_free(d);
    /* no table, the year 2020: the template then in force */
    d = parse_str("某县2020年政府信息公开工作年度报告\n\n一、总体情况\n本机关认真贯彻条例。\n");
    r = xxgk_doc_report(d);
    assert_int_equal(r->year, 2020);
    assert_int_equal(xxgk_report_template(r), 2019);
    assert_int_equal(xxgk_table_template(r, XXGK_TABLE_REQUESTS), 2019);
    xxgk_doc_free(d);
    /* the tables tell, whatever the year */
    d = parse_file("tests/fixtures/canonical-2021.txt");
    r = xxgk_doc_report(d);
    assert_int_equal(xxgk_report_template(r), 2021);
    assert_int_equal(xxgk_table_template(r, XXGK_TABLE_REQUESTS), 2021);
    xxgk_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_key_is_named),
        cmocka_unit_test(test_rows_of_each_template),
        cmocka_unit_test(test_rows_as_bits),
        cmocka_unit_test(test_parsed_cells_are_the_templates),
        cmocka_unit_test(test_identities_add_the_templates_cells),
        cmocka_unit_test(test_which_template),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
