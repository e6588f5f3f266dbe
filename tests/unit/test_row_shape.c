/* Rows whose shape a diagnostic doubts (P006 too many values, P007 too
 * few, P027 a cell holding two numbers): every cell of the row carries
 * that code in export's flags (src/print/cell_flags.c reads the note over
 * the row's values), and the cells of the other rows carry nothing. On
 * tests/fixtures/canonical-2021.txt (规章 on line 17, 行政许可<TAB>125 on
 * line 21, 二、上年结转… on line 36). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cell_flags.h"
#include "testutil.h"


/* Every cell of ROW of TABLE has CODE among its flags, and every cell of
 * the table's other rows has no flag; N: how many cells ROW has. */
static void assert_row_flagged(const xxgk_doc *d, int table, int row, int code, size_t n)
{
    const xxgk_table *t = xxgk_doc_report(d)->tables[table];
    assert_non_null(t);
    cell_flags f;
    cell_flags_init(&f, d);
    size_t in_row = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        int codes[CELL_FLAGS_MAX];
        int k = cell_flags_of(&f, t->cells[i].span, codes);
        if (t->cells[i].row != row) {
            assert_int_equal(k, 0);
            continue;
        }
        in_row++;
        bool has = false;
        for (int j = 0; j < k; j++)
            has |= codes[j] == code;
        assert_true(has);
    }
    cell_flags_free(&f);
    assert_int_equal(in_row, n);
}

/* Table 二's 行政规范性文件 rows of D printed one a line from line FIRST
 * on, each 3 cells whose joined last cell (P062) is not read: every
 * cell of those rows is on its row's line, in print order, the first two
 * read and the third empty. The count of the rows' cells. */
static size_t cells_of_row(const xxgk_doc *d, int first)
{
    const xxgk_table *t = xxgk_doc_report(d)->tables[XXGK_TABLE_PROACTIVE];
    assert_non_null(t);
    size_t in_rows = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        if (t->cells[i].row != XXGK_R_NORMATIVE_DOCS)
            continue;
        xxgk_pos p = xxgk_doc_position(d, t->cells[i].span.start);
        assert_int_equal(p.line, first + (int)(in_rows / 3));
        assert_int_equal(t->cells[i].state, in_rows % 3 == 2 ? XXGK_CELL_EMPTY : XXGK_CELL_VALUE);
        in_rows++;
    }
    return in_rows;
}

static xxgk_doc *with(const char *from, const char *to)
{
    char *t = replace1(canonical, from, to);
    xxgk_doc *d = parse_str(t);
    free(t);
    assert_non_null(d);
    return d;
}

/* P023: a line-end TAB kept as the row's blank last cell. Its message
 * says that if a number is missing instead, the other values are in the
 * wrong columns (规章⇥0⇥5⇥ may be a row that lost its first number), so
 * each cell of the row carries it, not only the blank (metamorphic seed
 * 3601: erqi-edu-2020's first number of （一）予以公开 blanked read 0 into
 * the first column, its total blank, and only the total carried P023). */
static void test_blank_last_cell_row_carries_p023(void **state)
{
    (void)state;
    xxgk_doc *d = parse_str("青禾市测试局2023年政府信息公开工作年度报告\n"
                            "二、主动公开政府信息情况\n"
                            "第二十条第（一）项\n"
                            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                            "规章\t0\t5\t\n"
                            "行政规范性文件\t12\t3\t48\n");
    assert_non_null(d);
    assert_diag_at(d, XXGK_P_BLANK_LAST_CELL, 5, 8);
    assert_row_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_RULES, XXGK_P_BLANK_LAST_CELL, 3);
    xxgk_doc_free(d);
}

static void test_short_row_cells_carry_p007(void **state)
{
    (void)state;
    xxgk_doc *d = with("规章\t0\t0\t0", "规章\t1\t5");
    assert_diag_at(d, XXGK_P_TOO_FEW_VALUES, 17, 1);
    assert_row_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_RULES, XXGK_P_TOO_FEW_VALUES, 2);
    xxgk_doc_free(d);
    d = with("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1", "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t1");
    assert_diag_at(d, XXGK_P_TOO_FEW_VALUES, 36, 1);
    assert_row_flagged(d, XXGK_TABLE_REQUESTS, XXGK_R_CARRIED_IN, XXGK_P_TOO_FEW_VALUES, 6);
    xxgk_doc_free(d);
}

/* 1 534 in a TAB cell: P006 at the cell's start, not at 534. */
static void test_space_inside_a_number_is_p062_at_its_cell(void **state)
{
    (void)state;
    char buf[32];
    /* a cell of its own holding 1 25: no sum of table 二 can say whether
     * it is 125, so the cell keeps no number (P062 at it, the cell flagged) */
    xxgk_doc *d = with("行政许可\t125", "行政许可\t1 25");
    assert_diag_at(d, XXGK_P_JOIN_UNCHECKED, 21, 6);
    assert_row_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_P_JOIN_UNCHECKED, 1);
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
    d = with("行政许可\t125", "| 行政许可 | 1 25 |");
    assert_diag_at(d, XXGK_P_JOIN_UNCHECKED, 21, 10);
    xxgk_doc_free(d);
    /* no delimiter: the extra value itself (P006); no value of the row is
     * exported, for none has a certain place */
    d = with("行政许可\t125", "行政许可 1 25");
    assert_diag_at(d, XXGK_P_TOO_MANY_VALUES, 21, 8);
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
}

/* A delimited cell of two digit runs in a row one value too long (trial
 * 6 #2): 1 0 is read as 10 when the row's 总计 and table 三's column
 * identities allow only this (P057 at the cell, every value in its
 * column); 1 1 (11: the 总计 14 does not hold) is not read from that cell
 * on (P061), and the prose's 14 is not blamed for it (no V404). */
static void test_space_inside_a_table_3_number(void **state)
{
    (void)state;
    char buf[32];
    const char *row = "一、本年新收政府信息公开申请数量\t10\t2";
    xxgk_doc *d = with(row, "一、本年新收政府信息公开申请数量\t1 0\t2");
    assert_diag_at(d, XXGK_P_JOINED, 35, 18);
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_GLUED_UNCONFIRMED), 0);
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf, sizeof buf), "10");
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_COMMERCIAL, buf, sizeof buf), "2");
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf, sizeof buf), "14");
    xxgk_check(d, NULL);
    assert_int_equal(count_diags(d, XXGK_V_PROSE_COUNT), 0);
    xxgk_doc_free(d);
    d = with(row, "一、本年新收政府信息公开申请数量\t1 1\t2");
    assert_diag_at(d, XXGK_P_JOIN_REFUTED, 35, 18);
    assert_row_flagged(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_P_JOIN_REFUTED, 7);
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
    /* a cell of two numbers in a row not too long (P027, 0,1: a space
     * there would be a delimiter, build_blank.c): its 总计 15 is
     * in doubt, so the prose's 14 is not contradicted by it (no V404) */
    d = with("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t1\t14",
             "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0,1\t15");
    assert_int_equal(count_diags(d, XXGK_P_CELL_TWO_NUMBERS), 1);
    xxgk_check(d, NULL);
    assert_int_equal(count_diags(d, XXGK_V_PROSE_COUNT), 0);
    xxgk_doc_free(d);
}

/* A row with a joined cell (3 1 1 2: P062, kept aside until the table
 * ends) printed 70 times: more rows kept aside than one block holds
 * (unglue_rows.c, 32 a block), each read in print order across the
 * blocks, P062 at its own joined cell (line 18 + k, column 13); then
 * table 三's joined cell 1 0 is read as 10 in the block kept for the
 * next table. */
static void test_many_joined_rows_read_in_order(void **state)
{
    (void)state;
    enum { ROWS = 70 };
    const char *from = "行政规范性文件\t3\t1\t12\n";
    const char *one = "行政规范性文件\t3\t1\t1 2\n";
    char *rows = malloc(strlen(one) * ROWS + 1);
    assert_non_null(rows);
    rows[0] = '\0';
    for (int k = 0; k < ROWS; k++)
        strcat(rows, one);
    char *t1 = replace1(canonical, from, rows);
    char *t2 = replace1(t1, "一、本年新收政府信息公开申请数量\t10\t2", "一、本年新收政府信息公开申请数量\t1 0\t2");
    xxgk_doc *d = parse_str(t2);
    free(rows);
    free(t1);
    free(t2);
    assert_non_null(d);
    bool seen[ROWS] = {false};
    int n = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != XXGK_P_JOIN_UNCHECKED)
            continue;
        xxgk_pos p = diag_pos(d, g);
        assert_true(p.line >= 18 && p.line < 18 + ROWS);
        assert_int_equal(p.col, 13);
        assert_false(seen[p.line - 18]);
        seen[p.line - 18] = true;
        n++;
    }
    assert_int_equal(n, ROWS);
    /* every row's cells in print order: 3, 1 and the joined cell empty */
    assert_int_equal(cells_of_row(d, 18), 3 * ROWS);
    char buf[32];
    assert_diag_at(d, XXGK_P_JOINED, 35 + ROWS - 1, 18);
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf, sizeof buf), "10");
    xxgk_doc_free(d);
}

static char *canonical_joined_rows(int n);

/* The findings a row of a table printed one cell a line earns (P062 and
 * P014) keep their formats' arguments, not their text, in 80 bytes a
 * finding (the number in the node's padding, docs/performance.md,
 * sixty-first pass): each text made after the parse, with another document
 * parsed and freed in between, names its own row, its own column count and
 * its own reading. A number lost or shared with the next finding's node
 * would print another count. */
static void test_deferred_findings_read_after_the_parse(void **state)
{
    (void)state;
    enum { ROWS = 40 };
    char *t1 = canonical_joined_rows(ROWS);
    xxgk_doc *d = parse_str(t1);
    free(t1);
    assert_non_null(d);
    xxgk_doc *other = parse_str(canonical); /* its arena allocated and freed after d's */
    assert_non_null(other);
    xxgk_doc_free(other);
    xxgk_msgbuf b = {0};
    int joins = 0, again = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        const char *m = xxgk_diag_msg(d, g, &b);
        if (g->code == XXGK_P_JOIN_UNCHECKED) {
            assert_null(g->msg); /* made when printed */
            assert_non_null(strstr(m, "'1 2' in one cell of row 行政规范性文件"));
            assert_non_null(strstr(m, "longer than its 3 column(s)"));
            assert_non_null(strstr(m, "reading it as 12"));
            joins++;
        } else if (g->code == XXGK_P_DUPLICATE_ROW) {
            assert_null(g->msg);
            assert_string_equal(m, "row 行政规范性文件 appears a second time in table 二");
            again++;
        }
    }
    xxgk_msgbuf_free(&b);
    assert_int_equal(joins, ROWS);
    assert_int_equal(again, ROWS - 1);
    xxgk_doc_free(d);
}

/* The canonical with table 二's 行政规范性文件 row printed N times, its
 * last cell joined (1 2: P062 each, three cells each): a table of more
 * than TAKE_CELLS_MIN (build_table.c) cells, which keeps the builder's
 * array, where the canonical's tables are copied into the arena. */
static char *canonical_joined_rows(int n)
{
    const char *one = "行政规范性文件\t3\t1\t1 2\n";
    char *rows = malloc(strlen(one) * (size_t)n + 1);
    assert_non_null(rows);
    rows[0] = '\0';
    for (int k = 0; k < n; k++)
        strcat(rows, one);
    char *t = replace1(canonical, "行政规范性文件\t3\t1\t12\n", rows);
    free(rows);
    return t;
}

/* A table of more than UG_TRIM_BLOCKS blocks of glued rows (1,100 rows:
 * 35 blocks of 32) gives them back and trims the heap (unglue_rows.c
 * glued_blocks_trim) before the merge: every row's finding and cells are
 * still its own after it, the findings' texts read after the parse (a
 * block read after it was freed, or freed twice, fails under ASan and
 * valgrind; a row read from a freed block gives another count). */
static void test_glued_rows_past_the_heap_trim(void **state)
{
    (void)state;
    enum { ROWS = 1100 };
    char *t = canonical_joined_rows(ROWS);
    xxgk_doc *d = parse_str(t);
    free(t);
    assert_non_null(d);
    xxgk_msgbuf b = {0};
    int joins = 0;
    uint32_t last = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != XXGK_P_JOIN_UNCHECKED)
            continue;
        assert_true(g->span.start > last); /* each row's own, in order */
        last = g->span.start;
        assert_non_null(strstr(xxgk_diag_msg(d, g, &b), "longer than its 3 column(s)"));
        joins++;
    }
    xxgk_msgbuf_free(&b);
    assert_int_equal(joins, ROWS);
    const xxgk_table *tb = xxgk_doc_report(d)->tables[XXGK_TABLE_PROACTIVE];
    size_t in_rows = 0;
    for (size_t i = 0; i < tb->ncells; i++) {
        if (tb->cells[i].row != XXGK_R_NORMATIVE_DOCS)
            continue;
        assert_int_equal(tb->cells[i].state, in_rows % 3 == 2 ? XXGK_CELL_EMPTY : XXGK_CELL_VALUE);
        in_rows++;
    }
    assert_int_equal(in_rows, 3 * ROWS);
    xxgk_doc_free(d);
}

/* A table of 2,100 glued rows (66 blocks of 32): each block past the
 * first is given back as soon as its rows are told, the heap trimmed
 * after the 32nd and the 64th (unglue_rows.c glued_block_release,
 * docs/performance.md, sixty-fifth pass). Every row still earns its own
 * P062 at its own line and column, and its P014 (but the first) at its
 * own line, in the rows' order, with the count that row's block held; its
 * three cells on its line. A row told from a freed block, a block freed
 * before its last row is told, or findings told out of their rows' order
 * fail here (and under ASan and valgrind). */
static void test_glued_rows_released_as_told(void **state)
{
    (void)state;
    enum { ROWS = 2100, FIRST = 18 };
    char *t = canonical_joined_rows(ROWS);
    xxgk_doc *d = parse_str(t);
    free(t);
    assert_non_null(d);
    xxgk_msgbuf b = {0};
    int joins = 0, again = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != XXGK_P_JOIN_UNCHECKED && g->code != XXGK_P_DUPLICATE_ROW)
            continue;
        xxgk_pos p = diag_pos(d, g);
        const char *m = xxgk_diag_msg(d, g, &b);
        if (g->code == XXGK_P_JOIN_UNCHECKED) {
            assert_int_equal(p.line, FIRST + joins); /* the next row's, none lost or repeated */
            assert_int_equal(p.col, 13);
            assert_non_null(strstr(m, "longer than its 3 column(s)"));
            assert_non_null(strstr(m, "reading it as 12"));
            joins++;
        } else {
            assert_int_equal(p.line, FIRST + 1 + again);
            assert_string_equal(m, "row 行政规范性文件 appears a second time in table 二");
            again++;
        }
    }
    xxgk_msgbuf_free(&b);
    assert_int_equal(joins, ROWS);
    assert_int_equal(again, ROWS - 1);
    assert_int_equal(cells_of_row(d, FIRST), 3 * ROWS);
    xxgk_doc_free(d);
}

/* Every cell of table ID of D belongs to it: a table whose cells were
 * written over by the next table's (one array shared) or freed fails. */
static const xxgk_table *table_of_own_cells(const xxgk_doc *d, int id, size_t least)
{
    const xxgk_table *t = xxgk_doc_report(d)->tables[id];
    assert_non_null(t);
    assert_true(t->ncells >= least);
    for (size_t i = 0; i < t->ncells; i++)
        assert_int_equal(t->cells[i].table, id);
    return t;
}

/* The tables keep their cells after the parse: table 二 of 1,200 joined
 * cells the builder's array (build_table.c take_cells), the next tables
 * copies in the arena from the array made after it, all freed with the
 * document; read after the parse ended, with another document parsed
 * and freed in between. Fails when a table's cells are freed early
 * (a sanitizer, or another table's cells in their place) or shared. */
static void test_tables_keep_their_cells_after_the_parse(void **state)
{
    (void)state;
    enum { ROWS = 400 };
    char *text = canonical_joined_rows(ROWS);
    xxgk_doc *d = parse_str(text);
    free(text);
    assert_non_null(d);
    char *other = replace1(canonical, "行政许可\t125", "行政许可\t126");
    xxgk_doc *e = parse_str(other);
    free(other);
    assert_non_null(e);
    char buf[32];
    assert_string_equal(cell_str(e, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "126");
    xxgk_doc_free(e);
    const xxgk_table *t2 = table_of_own_cells(d, XXGK_TABLE_PROACTIVE, 3 * ROWS);
    const xxgk_table *t3 = table_of_own_cells(d, XXGK_TABLE_REQUESTS, 100);
    const xxgk_table *t4 = table_of_own_cells(d, XXGK_TABLE_APPEALS, 15);
    assert_ptr_not_equal(t2->cells, t3->cells);
    assert_ptr_not_equal(t3->cells, t4->cells);
    size_t joined = 0;
    for (size_t i = 0; i < t2->ncells; i++)
        if (t2->cells[i].row == XXGK_R_NORMATIVE_DOCS) {
            assert_int_equal(xxgk_doc_position(d, t2->cells[i].span.start).line, 18 + joined / 3);
            joined++;
        }
    assert_int_equal(joined, 3 * ROWS);
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "125");
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf, sizeof buf), "10");
    assert_string_equal(cell_str(d, XXGK_TABLE_APPEALS, XXGK_R_REVIEW, XXGK_C_TOTAL, buf, sizeof buf), "2");
    assert_int_equal(xxgk_doc_position(d, t4->cells[t4->ncells - 1].span.start).line, 66 + ROWS - 1);
    xxgk_doc_free(d);
}

/* Table 二 with its 行政规范性文件 row joined N times: its cells in print
 * order after the parse, the printed rows before (规章) and after (行政许可)
 * the joined ones among them, each cell once. With more read cells than
 * printed ones the merge copies the printed cells aside and merges from
 * the front (unglue_rows.c merge_from_front), else the read ones from the
 * back: a copy freed before the merge reads it, or twice, fails under
 * ASan and valgrind; a merge that drops, repeats or misplaces a cell
 * fails the order or the counts. */
static void joined_table_in_print_order(int n, size_t printed)
{
    char *text = canonical_joined_rows(n);
    xxgk_doc *d = parse_str(text);
    free(text);
    assert_non_null(d);
    const xxgk_table *t = table_of_own_cells(d, XXGK_TABLE_PROACTIVE, 3 * (size_t)n);
    size_t joined = 0, before = 0, after = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        if (i > 0)
            assert_true(t->cells[i - 1].span.start < t->cells[i].span.start);
        if (t->cells[i].row == XXGK_R_NORMATIVE_DOCS)
            joined++;
        else if (joined == 0)
            before++;
        else
            after++;
    }
    assert_int_equal(joined, 3 * (size_t)n);
    assert_true(before > 0);
    assert_true(after > 0);
    assert_int_equal(before + after, printed);
    char buf[32];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "125");
    xxgk_doc_free(d);
}

static void test_joined_cells_merged_in_print_order(void **state)
{
    (void)state;
    xxgk_doc *c = parse_str(canonical);
    assert_non_null(c);
    size_t printed = xxgk_doc_report(c)->tables[XXGK_TABLE_PROACTIVE]->ncells - 3; /* but 行政规范性文件's */
    xxgk_doc_free(c);
    joined_table_in_print_order(1, printed);   /* fewer read cells: the read ones aside */
    joined_table_in_print_order(400, printed); /* more: the printed ones aside */
}

/* The joined table 二 printed again in an 附件 after 六 (an annex copy,
 * build_doc.c annex_reopens): two tables of 1,200 joined cells, each
 * taking the builder's array over, both reached through the sections'
 * blocks after the parse, their cells their own, freed with the
 * document once each. */
static void test_two_tables_take_their_arrays(void **state)
{
    (void)state;
    enum { ROWS = 400 };
    char *body = canonical_joined_rows(ROWS);
    const char *from = strstr(body, "二、主动公开政府信息情况"), *to = strstr(body, "三、收到和处理");
    assert_non_null(from);
    assert_non_null(to);
    size_t nb = strlen(body), nt = (size_t)(to - from);
    char *text = malloc(nb + sizeof "\n附件\n" + nt);
    assert_non_null(text);
    memcpy(text, body, nb);
    memcpy(text + nb, "\n附件\n", sizeof "\n附件\n" - 1);
    memcpy(text + nb + sizeof "\n附件\n" - 1, from, nt);
    text[nb + sizeof "\n附件\n" - 1 + nt] = '\0';
    free(body);
    xxgk_doc *d = parse_str(text);
    free(text);
    assert_non_null(d);
    const xxgk_table *seen[2] = {NULL, NULL};
    int n = 0;
    for (const xxgk_section *s = xxgk_doc_report(d)->sections; s; s = s->next)
        for (const xxgk_block *b = s->blocks; b; b = b->next)
            if (b->table && b->table->id == XXGK_TABLE_PROACTIVE && n < 2)
                seen[n++] = b->table;
    assert_int_equal(n, 2);
    assert_ptr_equal(seen[0], xxgk_doc_report(d)->tables[XXGK_TABLE_PROACTIVE]);
    assert_ptr_not_equal(seen[0]->cells, seen[1]->cells);
    for (int k = 0; k < 2; k++) {
        assert_true(seen[k]->ncells >= 3 * ROWS);
        for (size_t i = 0; i < seen[k]->ncells; i++)
            assert_int_equal(seen[k]->cells[i].table, XXGK_TABLE_PROACTIVE);
    }
    /* the copy's last cell on the annex's last line, after the body's */
    uint32_t body_end = xxgk_doc_position(d, seen[0]->cells[seen[0]->ncells - 1].span.start).line;
    uint32_t copy_end = xxgk_doc_position(d, seen[1]->cells[seen[1]->ncells - 1].span.start).line;
    assert_true(copy_end > body_end + ROWS);
    xxgk_doc_free(d);
}

/* A report cut inside a table, a row of too many values last: the table
 * ends at the end of the text (b_finish) with the cells read so far,
 * which the document frees once (a sanitized or glibc run fails on a
 * second free or a leak). Table 三 of the canonical (a copy in the arena,
 * the builder's array freed by b_finish) and table 二 of 1,200 joined
 * cells (the array taken over by the table). */
static void test_doc_freed_after_an_error_mid_table(void **state)
{
    (void)state;
    enum { ROWS = 400 };
    char *joined = canonical_joined_rows(ROWS);
    struct {
        const char *text, *cut_at;
        int table, line;
        size_t least;
    } cases[] = {
        {canonical, "\t\t3.危及", XXGK_TABLE_REQUESTS, 41, 30},
        {joined, "行政许可\t125", XXGK_TABLE_PROACTIVE, 20 + ROWS, 3 * ROWS},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *src = cases[k].text, *cut = strstr(src, cases[k].cut_at);
        assert_non_null(cut);
        while (cut > src && cut[-1] != '\n')
            cut--;
        size_t n = (size_t)(cut - src);
        char *text = malloc(n + sizeof "（二）\t\t\t9\t9\t9\t9\t9\t9\t9\n");
        assert_non_null(text);
        memcpy(text, src, n);
        strcpy(text + n, cases[k].table == XXGK_TABLE_REQUESTS ? "（二）\t\t\t9\n" : "（二）\t\t\t9\t9\t9\t9\t9\t9\t9\n");
        xxgk_doc *d = parse_str(text);
        free(text);
        assert_non_null(d);
        assert_diag_at(d, XXGK_P_TABLE_ENDS_EARLY, cases[k].line + 1, 1);
        table_of_own_cells(d, cases[k].table, cases[k].least);
        assert_null(xxgk_doc_report(d)->tables[XXGK_TABLE_APPEALS]);
        xxgk_doc_free(d);
    }
    free(joined);
}

/* Stacked labels, then their numbers one per line (plain pdftotext): the
 * canonical's 一、 (10 2 0 1 0 1 14) and 二、 (1 0 0 0 0 0 1) written so,
 * on lines 35 and 36, the numbers from line 37 on. */
static const char *const stacked_from =
    "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t1\t14\n"
    "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n";

static char *cell(const xxgk_doc *d, int row, int col, char *buf)
{
    return cell_str(d, XXGK_TABLE_REQUESTS, row, col, buf, 32);
}

/* The canonical with 一、 and 二、's labels stacked on lines 35 and 36,
 * then NUMBERS (each ended by \n), one a line from line 37 on. */
static xxgk_doc *stacked(const char *numbers)
{
    char to[256];
    snprintf(to, sizeof to, "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n%s", numbers);
    return with(stacked_from, to);
}

/* k labels with no number, then exactly (k + 1) × 7 numbers: the rows in
 * order (P037, a note at the first label); their cells carry no flag. */
static void test_stacked_labels_then_their_numbers(void **state)
{
    (void)state;
    char buf[32];
    xxgk_doc *d = stacked("10\n2\n0\n1\n0\n1\n14\n1\n0\n0\n0\n0\n0\n1\n");
    assert_diag_at(d, XXGK_P_BARE_ROWS_READ, 35, 1);
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES) + count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf), "10");
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf), "14");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_NATURAL_PERSON, buf), "1");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_COMMERCIAL, buf), "0");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_TOTAL, buf), "1");
    xxgk_doc_free(d);
}

/* The same rows as a PDF viewer copies them, column by column (10 1, 2 0,
 * 0 0, …): read in order the rows do not sum to their totals, and nothing
 * tells the order: P126 (a warning) at the first label, the cells read in
 * order, each of both rows carrying the finding; no P037. */
static void test_stacked_labels_column_by_column(void **state)
{
    (void)state;
    char buf[32];
    xxgk_doc *d = stacked("10\n1\n2\n0\n0\n0\n1\n0\n0\n0\n1\n0\n14\n1\n");
    assert_diag_at(d, XXGK_P_BARE_ROWS_ORDER, 35, 1);
    assert_int_equal(count_diags(d, XXGK_P_BARE_ROWS_READ), 0);
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf), "10");
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_COMMERCIAL, buf), "1");
    const xxgk_table *t = xxgk_doc_report(d)->tables[XXGK_TABLE_REQUESTS];
    cell_flags f;
    cell_flags_init(&f, d);
    size_t flagged = 0;
    for (size_t i = 0; i < t->ncells; i++) {
        if (t->cells[i].row != XXGK_R_NEW_REQUESTS && t->cells[i].row != XXGK_R_CARRIED_IN)
            continue;
        int codes[CELL_FLAGS_MAX];
        int k = cell_flags_of(&f, t->cells[i].span, codes);
        bool has = false;
        for (int j = 0; j < k; j++)
            has |= codes[j] == XXGK_P_BARE_ROWS_ORDER;
        assert_true(has);
        flagged++;
    }
    cell_flags_free(&f);
    assert_int_equal(flagged, 14);
    xxgk_doc_free(d);
}

/* A PDF's rebuilt text that glued a one-line row's label to the first line
 * of the next one's (（一）予以公开（二）部分公开（区分), each label's numbers
 * after it: the same reading, the numbers in order (P037). */
static void test_glued_labels_then_their_numbers(void **state)
{
    (void)state;
    char buf[32];
    xxgk_doc *d = with("三、本年度办理结果\t（一）予以公开\t5\t1\t0\t0\t0\t1\t7\n"
                       "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1\n",
                       "三、本年度办理结果\t（一）予以公开（二）部分公开（区分\t5\t1\t0\t0\t0\t1\t7\n"
                       "处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1\n");
    assert_diag_at(d, XXGK_P_BARE_ROWS_READ, 37, 11);
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES) + count_diags(d, XXGK_P_STRAY_VALUES), 0);
    assert_string_equal(cell(d, XXGK_R_GRANTED, XXGK_C_NATURAL_PERSON, buf), "5");
    assert_string_equal(cell(d, XXGK_R_GRANTED, XXGK_C_TOTAL, buf), "7");
    assert_string_equal(cell(d, XXGK_R_PARTLY_GRANTED, XXGK_C_NATURAL_PERSON, buf), "1");
    assert_string_equal(cell(d, XXGK_R_PARTLY_GRANTED, XXGK_C_COMMERCIAL, buf), "0");
    xxgk_doc_free(d);
}

/* Any other count of numbers (one lost): none is placed, P038 at the first
 * label; the rows have no cell. */
static void test_stacked_labels_other_count(void **state)
{
    (void)state;
    char buf[32];
    xxgk_doc *d = stacked("10\n2\n0\n1\n0\n1\n14\n1\n0\n0\n0\n0\n1\n");
    assert_diag_at(d, XXGK_P_BARE_ROWS_UNREAD, 35, 1);
    assert_int_equal(count_diags(d, XXGK_P_BARE_ROWS_READ), 0);
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf), "absent");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_NATURAL_PERSON, buf), "absent");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_TOTAL, buf), "absent");
    xxgk_doc_free(d);
}

/* The numbers followed by a row label with none: they may be that row's
 * (its label printed after its numbers), so whose they are cannot be told
 * (P039 at the first label, the cells read undone); the row after is P007. */
static void test_stacked_labels_then_a_bare_row(void **state)
{
    (void)state;
    char buf[32];
    char *a = replace1(canonical, stacked_from,
                       "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\t"
                       "10\t2\t0\t1\t0\t1\t14\t1\t0\t0\t0\t0\t0\t1\n");
    char *t = replace1(a, "三、本年度办理结果\t（一）予以公开\t5\t1\t0\t0\t0\t1\t7", "三、本年度办理结果\t（一）予以公开");
    xxgk_doc *d = parse_str(t);
    free(a);
    free(t);
    assert_diag_at(d, XXGK_P_BARE_ROWS_EITHER, 35, 1);
    assert_diag_at(d, XXGK_P_TOO_FEW_VALUES, 37, 11);
    assert_int_equal(count_diags(d, XXGK_P_BARE_ROWS_READ), 0);
    assert_string_equal(cell(d, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf), "absent");
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_NATURAL_PERSON, buf), "absent");
    assert_string_equal(cell(d, XXGK_R_GRANTED, XXGK_C_NATURAL_PERSON, buf), "absent");
    xxgk_doc_free(d);
}

/* A row printed with no number, then a whole row: the bare row is short
 * (P007) and the numbers the next row's, as ever. */
static void test_bare_row_then_a_whole_row(void **state)
{
    (void)state;
    char buf[32];
    xxgk_doc *d = with("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t1\t14", "一、本年新收政府信息公开申请数量");
    assert_diag_at(d, XXGK_P_TOO_FEW_VALUES, 35, 1);
    assert_int_equal(count_diags(d, XXGK_P_BARE_ROWS_READ) + count_diags(d, XXGK_P_BARE_ROWS_UNREAD), 0);
    assert_string_equal(cell(d, XXGK_R_CARRIED_IN, XXGK_C_NATURAL_PERSON, buf), "1");
    xxgk_doc_free(d);
}

static void test_cell_with_two_numbers(void **state)
{
    (void)state;
    xxgk_doc *d = with("规章\t0\t0\t0", "规章\t1,5\t0");
    assert_diag_at(d, XXGK_P_CELL_TWO_NUMBERS, 17, 4);
    assert_row_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_RULES, XXGK_P_CELL_TWO_NUMBERS, 3);
    xxgk_doc_free(d);
    /* a TAB row whose numbers are its columns' count, apart by blanks
     * alone (a space where a TAB was: a copy mixing blanks): each blank
     * a delimiter, no cell of two numbers (build_blank.c), when the two
     * make no number (0 5: no number is printed 05) */
    d = with("规章\t0\t0\t0", "规章\t1\t0 5\r");
    assert_int_equal(count_diags(d, XXGK_P_CELL_TWO_NUMBERS), 0);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    char buf[32];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_RULES, XXGK_C_IN_FORCE, buf, sizeof buf), "5");
    xxgk_doc_free(d);
    /* 1 5 may be 15 split by a stray blank, a cell lost: P027 (stop 35) */
    d = with("规章\t0\t0\t0", "规章\t0\t1 5\r");
    assert_int_equal(count_diags(d, XXGK_P_CELL_TWO_NUMBERS), 1);
    xxgk_doc_free(d);
    d = with("规章\t0\t0\t0", "规章\t0,1\t5\r");
    assert_diag_at(d, XXGK_P_CELL_TWO_NUMBERS, 17, 4);
    xxgk_doc_free(d);
    /* a delimiter before a cell's first number says nothing of the
     * second (build_row.c: shared_cell, tokens.c: delim_before): 1 5
     * after ｜ or | is one cell, and | or ｜ between two numbers two */
    d = with("规章\t0\t0\t0", "规章｜0｜1 5");
    assert_diag_at(d, XXGK_P_CELL_TWO_NUMBERS, 17, 6);
    xxgk_doc_free(d);
    d = with("规章\t0\t0\t0", "| 规章 | 0 | 1 5 |");
    assert_diag_at(d, XXGK_P_CELL_TWO_NUMBERS, 17, 12);
    xxgk_doc_free(d);
    d = with("规章\t0\t0\t0", "规章｜0｜1｜5");
    assert_int_equal(count_diags(d, XXGK_P_CELL_TWO_NUMBERS), 0);
    xxgk_doc_free(d);
    /* 1,534 is one number, 1，534 too */
    d = with("规章\t0\t0\t0", "规章\t1,534\t0\t1，534");
    assert_int_equal(count_diags(d, XXGK_P_CELL_TWO_NUMBERS), 0);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    xxgk_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_row_cells_carry_p007),
        cmocka_unit_test(test_blank_last_cell_row_carries_p023),
        cmocka_unit_test(test_space_inside_a_number_is_p062_at_its_cell),
        cmocka_unit_test(test_space_inside_a_table_3_number),
        cmocka_unit_test(test_cell_with_two_numbers),
        cmocka_unit_test(test_stacked_labels_then_their_numbers),
        cmocka_unit_test(test_stacked_labels_column_by_column),
        cmocka_unit_test(test_glued_labels_then_their_numbers),
        cmocka_unit_test(test_stacked_labels_other_count),
        cmocka_unit_test(test_stacked_labels_then_a_bare_row),
        cmocka_unit_test(test_bare_row_then_a_whole_row),
        cmocka_unit_test(test_many_joined_rows_read_in_order),
        cmocka_unit_test(test_deferred_findings_read_after_the_parse),
        cmocka_unit_test(test_glued_rows_past_the_heap_trim),
        cmocka_unit_test(test_glued_rows_released_as_told),
        cmocka_unit_test(test_tables_keep_their_cells_after_the_parse),
        cmocka_unit_test(test_doc_freed_after_an_error_mid_table),
        cmocka_unit_test(test_two_tables_take_their_arrays),
        cmocka_unit_test(test_joined_cells_merged_in_print_order),
    };
    return cmocka_run_group_tests(tests, canonical_setup, canonical_teardown);
}
