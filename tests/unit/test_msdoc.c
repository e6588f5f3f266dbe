/* The Word 97-2003 .doc front end (src/input/cfb.c, msdoc.c,
 * msdoc_text.c): .doc files LibreOffice saved from the .docx fixtures
 * (tests/input/README.md) read as the .docx they came from, cell for
 * cell and line for line; hostile compound files give L055-L057, never a
 * crash, a hang or a read outside the bytes (ASan, UBSan; valgrind in
 * memcheck_corpus). */
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "parse_input.h"
#include "testutil.h"
#include "xxgk.h"

static char *bytes_of(const char *rel, size_t *n)
{
    char *b = read_source_file(rel, n);
    assert_non_null(b);
    return b;
}

/* The report read from bytes b, which must read as kind. */
static xxgk_doc *read_as(const char *name, const void *b, size_t n, int kind)
{
    xxgk_input in;
    bool ok = xxgk_input_read(&in, b, n, XXGK_INPUT_AUTO, -1, NULL);
    if (!ok)
        fprintf(stderr, "%s: L%d %s\n", name, in.error_code, in.error);
    assert_true(ok);
    assert_int_equal(in.kind, kind);
    xxgk_doc *d = xxgk_parse_input(name, &in, NULL);
    xxgk_input_free(&in);
    assert_non_null(d);
    return d;
}

static xxgk_doc *doc_of(const char *name, const void *b, size_t n)
{
    return read_as(name, b, n, XXGK_INPUT_DOC);
}

/* The .doc at rel (from the source tree) read as a report. */
static xxgk_doc *doc_file(const char *rel)
{
    size_t n;
    char *b = bytes_of(rel, &n);
    xxgk_doc *d = doc_of(rel, b, n);
    free(b);
    return d;
}

static char *text_of(const void *b, size_t n, int kind)
{
    xxgk_input in;
    assert_true(xxgk_input_read(&in, b, n, kind, -1, NULL));
    char *t = strdup(in.text);
    xxgk_input_free(&in);
    return t;
}

/* Every cell of the first copy as "table,row,col,value" lines (no agency
 * and year: the template has none). */
static char *cells_of(const xxgk_doc *d)
{
    const xxgk_report *r = xxgk_doc_report(d);
    assert_non_null(r);
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    s[0] = 0;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tb = r->tables[t];
        for (size_t i = 0; tb && i < tb->ncells; i++) {
            char v[32] = "empty";
            if (tb->cells[i].state == XXGK_CELL_VALUE)
                xxgk_dec_format(tb->cells[i].value, v, sizeof v);
            if (cap - len < 200)
                s = realloc(s, cap *= 2);
            len += (size_t)snprintf(s + len, cap - len, "%s,%s,%s,%s\n", xxgk_table_key(t),
                                    xxgk_row_key(tb->cells[i].row), xxgk_col_key(tb->cells[i].col), v);
        }
    }
    return s;
}

/* The .doc's cells are those of the report it was written from. */
/* The cells of the file (of kind) are the .txt's, ncells of them, and
 * no syntax error. */
static void same_cells_as(const char *doc_rel, int kind, const char *txt_rel, size_t ncells)
{
    size_t n;
    char *b = bytes_of(doc_rel, &n);
    xxgk_doc *d = read_as(doc_rel, b, n, kind), *t = parse_file(txt_rel);
    char *cd = cells_of(d), *ct = cells_of(t);
    assert_string_equal(cd, ct);
    assert_int_equal(count_cells(d), ncells);
    assert_int_equal(count_diags(d, XXGK_P_SYNTAX), 0);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(t);
    free(b);
}

static void same_cells(const char *doc_rel, const char *txt_rel, size_t ncells)
{
    same_cells_as(doc_rel, XXGK_INPUT_DOC, txt_rel, ncells);
}

/* Where each finding of code stands, "line:col " each, in file order. */
static void places_of(const xxgk_doc *doc, int code, char *s, size_t cap)
{
    s[0] = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(doc); g; g = g->next)
        if (g->code == code) {
            xxgk_pos p = xxgk_doc_position(doc, g->span.start);
            size_t l = strlen(s);
            snprintf(s + l, cap - l, "%u:%u ", p.line, p.col);
        }
}

/* A footnote mark raised or lowered after each number (sprmCIss, as
 * LibreOffice saves w:vertAlign): table 一 a raised 1, table 二 a raised
 * 注1, table 三 a lowered a. A mark with a character other than a digit
 * is the number's mark, as the .docx reads it (64⁽注1⁾, 12₍a₎: P036),
 * never text of the cell (main: P009, cells lost). Raised digits right
 * after a number's digit are a mark too (665¹, P036: 665), but the file
 * cannot tell them from the number's own last digits set raised (69
 * typed 6, raised 9): each such cell is flagged L063 at its start, in the
 * .doc (which read 6651 before) and the .docx (which read 665 silently)
 * alike, at the same places. */
static void doc_raised_marks(void **state)
{
    (void)state;
    same_cells_as("tests/input/word-2021-raised-marks.docx", XXGK_INPUT_DOCX, "corpus/pingtan-2021.txt", 200);
    same_cells_as("tests/input/word-2021-raised-marks.doc", XXGK_INPUT_DOC, "corpus/pingtan-2021.txt", 200);
    size_t n, m;
    char *b = bytes_of("tests/input/word-2021-raised-marks.doc", &n);
    char *x = bytes_of("tests/input/word-2021-raised-marks.docx", &m);
    char *td = text_of(b, n, XXGK_INPUT_DOC), *tx = text_of(x, m, XXGK_INPUT_DOCX);
    assert_non_null(strstr(tx, "\t665\u00B9\n"));               /* 行政规范性文件's 665, a raised 1 */
    assert_non_null(strstr(td, "\t665\u00B9\n"));               /* the .doc alike (was 6651) */
    assert_null(strstr(td, "6651"));
    assert_non_null(strstr(td, "\t64\u207D\u6CE81\u207E\t"));   /* 64, a raised 注1 */
    assert_non_null(strstr(td, "\t12\u208Da\u208E\t"));          /* 12, a lowered a */
    assert_non_null(strstr(tx, "\t64\u207D\u6CE81\u207E\t"));
    assert_non_null(strstr(tx, "\t12\u208Da\u208E\t"));
    xxgk_doc *d = doc_of("tests/input/word-2021-raised-marks.doc", b, n);
    xxgk_doc *dx = read_as("tests/input/word-2021-raised-marks.docx", x, m, XXGK_INPUT_DOCX);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_FOR_NUMBER), 0);
    /* table 一's raised 1s: 规章 0¹ 0¹ 0¹ (line 12), 行政规范性文件 69¹ 3¹ 665¹
     * (line 13), and the rows of 二 after it; the 注1 and a marks none */
    static const unsigned at[][2] = {{12, 4}, {12, 7}, {12, 10}, {13, 9}, {13, 13}, {13, 16}, {16, 6}, {19, 6}, {20, 6}};
    char want[256] = "", hd[256] = "", hx[256] = "";
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++)
        snprintf(want + strlen(want), sizeof want - strlen(want), "%u:%u ", at[i][0], at[i][1]);
    places_of(d, XXGK_L_RAISED_DIGITS_GLUED, hd, sizeof hd);
    places_of(dx, XXGK_L_RAISED_DIGITS_GLUED, hx, sizeof hx);
    assert_string_equal(hd, want);
    assert_string_equal(hx, want);
    assert_int_equal(count_diags(d, XXGK_L_RAISED_DIGITS_GLUED), 9);
    assert_int_equal(count_diags(dx, XXGK_L_RAISED_DIGITS_GLUED), 9);
    xxgk_doc_free(dx);
    xxgk_doc_free(d);
    free(td);
    free(tx);
    free(x);
    free(b);
}

/* A mark raised or lowered by position (sprmCHpsPos, half-points: the
 * .docx's w:position as WPS writes it, saved as .doc by LibreOffice): 1282,
 * a 1 at +6, a 2 at -6 (Word shows 1282¹₂) reads 1282¹₍2₎, L063 at the
 * cell's start, as the .docx; main read 128212 silently. One half-point
 * up (0.5 pt) stands on the line: 128212 read on, no L063. */
static void doc_position_mark(void **state)
{
    (void)state;
    size_t n, m;
    char *b = bytes_of("tests/input/word-2021-position-mark.doc", &n);
    char *h = bytes_of("tests/input/word-2021-position-half.doc", &m);
    char *tb = text_of(b, n, XXGK_INPUT_DOC), *th = text_of(h, m, XXGK_INPUT_DOC);
    assert_non_null(strstr(tb, "\t1282\u00B9\u208D2\u208E\n"));
    assert_null(strstr(tb, "128212"));
    assert_non_null(strstr(th, "\t128212\n"));
    xxgk_doc *d = doc_of("tests/input/word-2021-position-mark.doc", b, n);
    xxgk_doc *dh = doc_of("tests/input/word-2021-position-half.doc", h, m);
    char at[64];
    places_of(d, XXGK_L_RAISED_DIGITS_GLUED, at, sizeof at);
    assert_string_equal(at, "19:6 ");
    assert_int_equal(count_diags(dh, XXGK_L_RAISED_DIGITS_GLUED), 0);
    xxgk_doc_free(dh);
    xxgk_doc_free(d);
    free(th);
    free(tb);
    free(h);
    free(b);
}

/* The text of file rel (of kind) has want in it, and no L063. */
static void text_has(const char *rel, int kind, const char *want)
{
    size_t n;
    char *b = bytes_of(rel, &n);
    char *t = text_of(b, n, kind);
    if (!strstr(t, want))
        fprintf(stderr, "%s: no '%s'\n", rel, want);
    assert_non_null(strstr(t, want));
    xxgk_doc *d = read_as(rel, b, n, kind);
    assert_int_equal(count_diags(d, XXGK_L_RAISED_DIGITS_GLUED), 0);
    xxgk_doc_free(d);
    free(t);
    free(b);
}

/* Raised digits that are a number's own, read on as its digits (mended
 * after review-word8): outside a table's cells the .doc reads them as
 * main did (a line 行政许可 51, a raised 4: 514; a title's 202, a raised
 * 3, 年: 2023年); a raised digit with a plain digit right after it (6, a
 * raised 1, 9; 24252.3, a raised 1, 1082) is inside the number, never a
 * note mark: the .doc reads 619, as main did, not 6¹ 9 (6 and 9 in two
 * columns). None is flagged L063. The .docx reads 6¹ 9 as main does
 * (its cells lost with errors, never silent): joining there read a
 * number split into runs with a mark between each (96¹17¹1.6) as
 * 9611711.6, silently, where main lost the cell. */
static void word_raised_digits_in_number(void **state)
{
    (void)state;
    text_has("tests/input/word-line-raised-last.doc", XXGK_INPUT_DOC, "\u884C\u653F\u8BB8\u53EF 514\n");
    text_has("tests/input/word-2023-title-year-raised.doc", XXGK_INPUT_DOC, "\u5C40" "2023\u5E74");
    text_has("tests/input/word-2021-raised-mid-digit.doc", XXGK_INPUT_DOC, "\t619\t");
    text_has("tests/input/word-2021-raised-mid-decimal.doc", XXGK_INPUT_DOC, "\t24252.311082\n");
}

/* L063's quote of a long word (说明：很…很69, a raised 1) keeps its end,
 * the number and its raised digit, never only the word's start. */
static void doc_raised_quote_end(void **state)
{
    (void)state;
    size_t n;
    char *b = bytes_of("tests/input/word-2021-raised-long-quote.doc", &n);
    xxgk_doc *d = doc_of("tests/input/word-2021-raised-long-quote.doc", b, n);
    assert_int_equal(count_diags(d, XXGK_L_RAISED_DIGITS_GLUED), 1);
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        if (g->code == XXGK_L_RAISED_DIGITS_GLUED)
            assert_non_null(strstr(g->msg, "\u5F88" "69\u00B9"));
    xxgk_doc_free(d);
    free(b);
}

/* A mark in two raised runs (注, then 1: Word splits runs by script or
 * by editing) is one mark, 64⁽注1⁾, in the .doc (its characters one
 * after another) and in the .docx (runs one after another); main read
 * the .docx's 64⁽注⁾ 1 (P006, 199 lost). */
static void word_raised_mark_two_runs(void **state)
{
    (void)state;
    same_cells("tests/input/word-2021-raised-two-runs.doc", "corpus/pingtan-2021.txt", 200);
    same_cells_as("tests/input/word-2021-raised-two-runs.docx", XXGK_INPUT_DOCX, "corpus/pingtan-2021.txt", 200);
    size_t n;
    char *x = bytes_of("tests/input/word-2021-raised-two-runs.docx", &n);
    char *tx = text_of(x, n, XXGK_INPUT_DOCX);
    assert_non_null(strstr(tx, "\t64\u207D\u6CE81\u207E\t"));
    free(tx);
    free(x);
}

/* A raised run and a lowered one after a cell's number are one mark, in
 * the .doc as in the .docx (word-2021-raised-lowered.doc: 2293 with its 9
 * raised and its 3 lowered, Word shows 22⁹₃: the number 22, L063 for the
 * raised 9; 1282 with its 8 lowered and its 2 raised, 12₈²: 12, its mark
 * P036, no L063, the raised digit not right after the number's; 665 as
 * 6⁶₅: 6, L063), never a number of their own: main read 22⁹ 3, P006, the
 * row lost. A cell with a box of digits (L045) and a raised digit after
 * its number (word-2021-textbox-cell-raised.doc: table 三's 64, its 4
 * raised, a box of 34 in the cell) is told both at the cell's start: main
 * told L045 alone. */
static void doc_raised_then_lowered(void **state)
{
    (void)state;
    size_t n;
    char *b = bytes_of("tests/input/word-2021-raised-lowered.doc", &n);
    char *t = text_of(b, n, XXGK_INPUT_DOC);
    assert_non_null(strstr(t, "\t22\u2079\u208D" "3\u208E\n"));
    assert_non_null(strstr(t, "\t12\u208D" "8\u208E\u00B2\n"));
    assert_non_null(strstr(t, "\t6\u2076\u208D" "5\u208E\n"));
    xxgk_doc *d = doc_of("tests/input/word-2021-raised-lowered.doc", b, n);
    char h[128];
    places_of(d, XXGK_L_RAISED_DIGITS_GLUED, h, sizeof h);
    assert_string_equal(h, "13:14 16:6 ");
    places_of(d, XXGK_P_NOTE_MARK, h, sizeof h);
    assert_string_equal(h, "13:14 16:6 19:6 ");
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    xxgk_doc_free(d);
    free(t);
    free(b);
    d = doc_file("tests/input/word-2021-textbox-cell-raised.doc");
    places_of(d, XXGK_L_BOX_IN_CELL, h, sizeof h);
    assert_string_equal(h, "14:4 31:18 61:1 ");
    places_of(d, XXGK_L_RAISED_DIGITS_GLUED, h, sizeof h);
    assert_string_equal(h, "31:18 ");
    xxgk_doc_free(d);
}

/* The cells of two files (each of kind) are the same. */
static void same_cells_files(const char *a_rel, int ka, const char *b_rel, int kb)
{
    size_t n, m;
    char *a = bytes_of(a_rel, &n), *b = bytes_of(b_rel, &m);
    xxgk_doc *da = read_as(a_rel, a, n, ka), *db = read_as(b_rel, b, m, kb);
    char *ca = cells_of(da), *cb = cells_of(db);
    assert_string_equal(ca, cb);
    free(ca);
    free(cb);
    xxgk_doc_free(da);
    xxgk_doc_free(db);
    free(a);
    free(b);
}

/* How many times the text of the .doc at rel holds what. */
static size_t text_count(const char *rel, const char *what)
{
    size_t n, k = 0;
    char *b = bytes_of(rel, &n), *t = text_of(b, n, XXGK_INPUT_DOC);
    for (const char *p = strstr(t, what); p; p = strstr(p + 1, what))
        k++;
    free(t);
    free(b);
    return k;
}

/* word13: table 三 of a .doc (LibreOffice's Word 97 from a .docx) cut in
 * two, its header again, 续表3：收到和处理政府信息公开申请情况 between:
 * read on as one table, as the .docx and HTML are (grid_emit_continued),
 * its cells those of the uncut .doc; 续表3：政府信息公开行政复议、行政诉讼情况
 * (table 四's title) parts them: the header twice. */
static void doc_cut_table_joins(void **state)
{
    (void)state;
    assert_int_equal(text_count("tests/input/word-2021-cut-titled.doc", "申请人情况"), 1);
    same_cells_files("tests/input/word-2021-cut-titled.doc", XXGK_INPUT_DOC, "tests/input/word-2021-uncut-lo.doc",
                     XXGK_INPUT_DOC);
    assert_int_equal(text_count("tests/input/word-2021-cut-other-title.doc", "申请人情况"), 2);
}

/* review-word7: a raised 注1 after each row label (规章注1, 行政许可注1),
 * in the .doc (sprmCIss) and the .docx (w:vertAlign): written on to the
 * label, the label's mark (P091), so the row keeps its cells, as the
 * unmarked report's (the branch before: 规章 注1, P008/P009/P013, cells
 * lost; main's .docx the same). */
static void word_label_raised_mark(void **state)
{
    (void)state;
    same_cells("tests/input/word-2021-label-mark.doc", "corpus/pingtan-2021.txt", 200);
    same_cells_as("tests/input/word-2021-label-mark.docx", XXGK_INPUT_DOCX, "corpus/pingtan-2021.txt", 200);
    size_t n;
    char *b = bytes_of("tests/input/word-2021-label-mark.doc", &n);
    char *td = text_of(b, n, XXGK_INPUT_DOC);
    assert_non_null(strstr(td, "\n\u884C\u653F\u8BB8\u53EF\u6CE81\t2293\n")); /* 行政许可注1 */
    xxgk_doc *d = doc_of("tests/input/word-2021-label-mark.doc", b, n);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_FOR_NUMBER), 0);
    assert_true(count_diags(d, XXGK_P_ROW_LABEL_MARK) > 0);
    xxgk_doc_free(d);
    free(td);
    free(b);
}

/* review-word7: a raised mark holding a character outside the BMP (注𝟏,
 * a surrogate pair in the .doc) is one mark, 0⁽注𝟏⁾, as the .docx reads
 * it; the branch before wrote the 𝟏 before the buffered 注 (0𝟏 注). */
static void doc_raised_mark_astral(void **state)
{
    (void)state;
    size_t n, m;
    char *b = bytes_of("tests/input/word-2021-raised-astral.doc", &n);
    char *x = bytes_of("tests/input/word-2021-raised-astral.docx", &m);
    char *td = text_of(b, n, XXGK_INPUT_DOC), *tx = text_of(x, m, XXGK_INPUT_DOCX);
    assert_string_equal(td, tx);
    assert_non_null(strstr(td, "\t69\u207D\u6CE8\U0001D7CF\u207E\t")); /* 69⁽注𝟏⁾ */
    free(td);
    free(tx);
    free(x);
    free(b);
    same_cells_files("tests/input/word-2021-raised-astral.doc", XXGK_INPUT_DOC, "tests/input/word-2021-raised-astral.docx",
                     XXGK_INPUT_DOCX);
}

/* review-word7 d2: a statistics table one level down in a frame, with a
 * small table of its own in its first cell (说明): no frame in a frame
 * (a table of level 2 is layout only when it is one column), its rows
 * read as rows, blank cells kept blank: the cells of the same report
 * without the small table (the branch before: read as lines, values
 * moved, 15 WRONG, P007). */
static void doc_frame_stats_nested(void **state)
{
    (void)state;
    same_cells_files("tests/input/word-2021-frame-stats-nested.doc", XXGK_INPUT_DOC,
                     "tests/input/word-2021-frame-stats-blank.doc", XXGK_INPUT_DOC);
    xxgk_doc *d = doc_file("tests/input/word-2021-frame-stats-nested.doc");
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_FOR_NUMBER), 0);
    xxgk_doc_free(d);
}

/* A frame in a frame (word_docx.py frame of corpus/beiguan-edu-2023.txt
 * inside another one-column table; and with a signature row of two
 * cells), saved by LibreOffice: the table of level 2 is one column, a
 * layout table as docx.c reads one; main read it as one cell (L037, all
 * 200 lost). */
static void doc_frame_in_frame(void **state)
{
    (void)state;
    same_cells("tests/input/word-2023-frame-in-frame.doc", "corpus/beiguan-edu-2023.txt", 200);
    same_cells("tests/input/word-2023-frame-in-frame-sig.doc", "corpus/beiguan-edu-2023.txt", 200);
    xxgk_doc *d = doc_file("tests/input/word-2023-frame-in-frame.doc");
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 0);
    xxgk_doc_free(d);
}

/* The frame habit in a .doc (word_docx.py frame and frame-rows of
 * corpus/beiguan-edu-2023.txt, saved by LibreOffice): the report, its
 * tables written as lines (a number on a line of its own), in a table
 * of one column, one cell or a row per paragraph. A table of one column
 * is a layout table, as docx.c reads one: its cells' paragraphs lines of
 * the body, the cells the .txt's (read before as one cell, L037: all 200
 * lost). */
static void doc_frame_one_column(void **state)
{
    (void)state;
    same_cells("tests/input/word-2023-frame-lines.doc", "corpus/beiguan-edu-2023.txt", 200);
    same_cells("tests/input/word-2023-frame-rows.doc", "corpus/beiguan-edu-2023.txt", 200);
    xxgk_doc *d = doc_file("tests/input/word-2023-frame-lines.doc");
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 0);
    xxgk_doc_free(d);
}

/* A frame known by what it holds in a .doc too (word_docx.py frame with
 * frame-sig, frame-wide-deleted, frame-stats of beiguan-edu-2023, saved
 * by LibreOffice): the report's cell beside a row of two cells, the
 * signature, is still a frame (read before as a statistics table: L037,
 * all 200 lost); so with a two-cell row deleted with tracked changes
 * (LibreOffice marks the row before's end deleted, the deleted row's
 * text too: 一、总体情况 99 is not read, no second section 一); a
 * two-cell row of a label and a number (12) makes it a statistics table:
 * its cell stays L037, no cell read. */
static void doc_frame_known_by_content(void **state)
{
    (void)state;
    same_cells("tests/input/word-2023-frame-sig.doc", "corpus/beiguan-edu-2023.txt", 200);
    same_cells("tests/input/word-2023-frame-wide-deleted.doc", "corpus/beiguan-edu-2023.txt", 200);
    xxgk_doc *d = doc_file("tests/input/word-2023-frame-wide-deleted.doc");
    assert_int_equal(count_diags(d, XXGK_P_DUPLICATE_SECTION), 0);
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 0);
    xxgk_doc_free(d);
    d = doc_file("tests/input/word-2023-frame-stats.doc");
    assert_int_equal(count_cells(d), 0);
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    xxgk_doc_free(d);
}

/* The official template filled by fill_docx.py, saved as .doc: its
 * vertical merges (TC80 vertMerge) give the group labels of table 三 on
 * every row, its cells those of corpus/pingtan-2021.txt. */
static void doc_filled_template(void **state)
{
    (void)state;
    same_cells("tests/input/filled-2021.doc", "corpus/pingtan-2021.txt", 200);
    size_t n;
    char *b = bytes_of("tests/input/filled-2021.doc", &n);
    assert_int_equal(xxgk_input_detect((const uint8_t *)b, n), XXGK_INPUT_DOC);
    char *text = text_of(b, n, XXGK_INPUT_DOC);
    assert_non_null(strstr(text, "三、本年度办理结果\t（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n"));
    free(text);
    free(b);
}

/* Word and WPS write a document's text in several pieces (8-bit cp1252
 * pieces beside UTF-16 ones, pieces out of the stream's order after a
 * fast save); LibreOffice writes one. word-2021-fields.doc's text cut into
 * 15 pieces, out of order (-pieces), and its 2293 moved to an 8-bit piece
 * rewritten 9999 (-8bit, so the cell proves which bytes were read): each
 * piece is read from its own Pcd (8 bytes: the review found a stride of
 * 12 that read piece 2k from piece 3k's place and past the Clx). */
static void doc_pieces(void **state)
{
    (void)state;
    same_cells("tests/input/word-2021-fields-pieces.doc", "corpus/pingtan-2021.txt", 200);
    size_t n;
    char *b = bytes_of("tests/input/word-2021-fields-8bit.doc", &n);
    xxgk_doc *d = doc_of("word-2021-fields-8bit.doc", b, n);
    char *c = cells_of(d);
    assert_non_null(strstr(c, "proactive,licensing,decisions,9999\n"));
    assert_null(strstr(c, ",2293\n"));
    assert_int_equal(count_cells(d), 200);
    free(c);
    xxgk_doc_free(d);
    free(b);
}

/* The .docx a fixture came from (tests/input/word_docx.py), written
 * again; NULL when python3 is missing (skip). */
static char *docx_again(const char *features, const char *name, size_t *n)
{
    char out[512], cmd[2048];
    snprintf(out, sizeof out, "%s/%s.docx", XXGK_BINARY_DIR, name);
    snprintf(cmd, sizeof cmd, "python3 %s/tests/input/word_docx.py %s/tests/input/pingtan-2021.html %s %s",
             XXGK_SOURCE_DIR, XXGK_SOURCE_DIR, out, features);
    if (system(cmd) != 0) {
#ifdef XXGK_HAVE_PYTHON3
        fail_msg("%s failed (python3 was found at configure time: no skip)", cmd);
#endif
        return NULL;
    }
    FILE *f = fopen(out, "rb");
    assert_non_null(f);
    char *b = malloc(1 << 20);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

/* A .doc reads as the .docx it was saved from: the same text, byte for
 * byte (every paragraph a line, every row a line, merges resolved), so
 * the same cells. fields: every number a formula field's result (0x13
 * code 0x14 result 0x15: the result read, the code not); frame: the
 * whole report in a one-cell layout table (sprmPItap 2: the tables in it
 * read as tables, its cell's paragraphs as lines); num: headings and
 * labels numbered by Word's lists. */
static void doc_reads_as_its_docx(void **state)
{
    (void)state;
    static const struct {
        const char *doc, *features, *name, *shown;
    } cases[] = {
        {"tests/input/word-2021-fields.doc", "fields", "fields", "\t2293\n"},
        {"tests/input/word-2021-frame.doc", "frame", "frame", "\t2293\n"},
        /* headings and table labels numbered by lists (PlfLst, PlfLfo,
         * sprmPIlfo): their numbers are in no character of the text */
        {"tests/input/word-2021-num.doc", "num num-cells", "num", "\n一、 总体情况\n"},
        /* a text box anchored in each heading (PlcftxbxTxt, PlcSpaMom):
         * its line after the heading's (base: not read, nor told) */
        {"tests/input/word-2021-textbox.doc", "textbox-heading", "textbox", "\n一、总体情况\n（单位：件）\n"},
        /* the headings numbered by their styles (LibreOffice writes the
         * list on the paragraphs too; doc_style_numbering takes it away) */
        {"tests/input/word-2021-num-style.doc", "num-style", "num-style", "\n一、 总体情况\n"},
        /* a box of 34 over the first number cell of each table: not read
         * into the cell (L045, doc_text_boxes) */
        {"tests/input/word-2021-textbox-cell.doc", "textbox-cell", "textbox-cell", "\t2293\n"},
        /* a box of 注1 by the first number of each table: the number's
         * footnote mark, 64⁽注1⁾ as the .docx reads it (P036), never
         * text of the cell (64 注1: P006, V106) */
        {"tests/input/word-2021-textbox-mark.doc", "textbox-mark", "textbox-mark", "\t64\u207D\u6CE81\u207E\t"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        same_cells(cases[i].doc, "corpus/pingtan-2021.txt", 200);
        size_t n, m;
        char *b = bytes_of(cases[i].doc, &n);
        char *x = docx_again(cases[i].features, cases[i].name, &m);
        if (!x) {
            free(b);
            skip();
        }
        char *td = text_of(b, n, XXGK_INPUT_DOC), *tx = text_of(x, m, XXGK_INPUT_DOCX);
        assert_string_equal(td, tx);
        /* the field codes are not read */
        assert_null(strstr(td, "SUM"));
        if (!strstr(td, cases[i].shown))
            fail_msg("%s: no '%s' in its text", cases[i].doc, cases[i].shown);
        free(td);
        free(tx);
        free(x);
        free(b);
    }
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* The test's own walk of a version-3 compound file (512-byte sectors,
 * the FAT in the header's sectors): the directory entry of a stream by
 * its name, and the file offset of byte off of a stream (≥ 4096 bytes:
 * in the big sectors). */
static uint8_t *entry_of(uint8_t *b, size_t n, const char *name)
{
    uint8_t u[64] = {0};
    size_t l = strlen(name);
    for (size_t i = 0; i < l; i++)
        u[2 * i] = (uint8_t)name[i];
    for (size_t at = 512; at + 128 <= n; at += 128)
        if (memcmp(b + at, u, 2 * l + 2) == 0)
            return b + at;
    return NULL;
}

static uint32_t fat_next(const uint8_t *b, uint32_t s)
{
    uint32_t fs = rd32(b + 0x4C + 4 * (s / 128));
    return rd32(b + (fs + 1) * 512 + 4 * (s % 128));
}

/* byte off of the big-sector chain from sector s */
static size_t chain_offset(const uint8_t *b, uint32_t s, size_t off)
{
    for (size_t k = off / 512; k; k--)
        s = fat_next(b, s);
    return (s + 1) * 512 + off % 512;
}

/* byte off of a stream: under 4096 bytes in the mini stream (64-byte
 * mini sectors chained by the mini FAT, the mini stream the root
 * entry's), else in big sectors */
static size_t stream_offset(const uint8_t *b, const uint8_t *entry, size_t off)
{
    uint32_t s = rd32(entry + 0x74);
    if (rd32(entry + 0x78) >= 4096)
        return chain_offset(b, s, off);
    for (size_t k = off / 64; k; k--)
        s = rd32(b + chain_offset(b, rd32(b + 0x3C), 4 * (size_t)s));
    const uint8_t *root = b + (rd32(b + 0x30) + 1) * 512;
    return chain_offset(b, rd32(root + 0x74), (size_t)s * 64 + off % 64);
}

/* Read the damaged bytes: false, with code (and a word of its reason). */
static void refused(const uint8_t *b, size_t n, int code, const char *why)
{
    xxgk_input in;
    if (xxgk_input_read(&in, b, n, XXGK_INPUT_AUTO, -1, NULL))
        fail_msg("read, wanted %d '%s'", code, why ? why : "");
    if (in.error_code != code || (why && !strstr(in.error, why)))
        fail_msg("L%d '%s', wanted %d '%s'", in.error_code, in.error, code, why ? why : "");
    xxgk_input_free(&in);
}

/* Hostile compound files: each damage a diagnostic at 1:1 with its
 * reason, no crash, no read outside the bytes, no leak (ASan). */
static void doc_hostile(void **state)
{
    (void)state;
    size_t n;
    uint8_t *b = (uint8_t *)bytes_of("tests/input/filled-2021.doc", &n);
    uint8_t *c = malloc(n);
    /* cut at every 512 bytes: read, or L057 */
    for (size_t cut = 8; cut < n; cut += 512) {
        xxgk_input in;
        if (!xxgk_input_read(&in, b, cut, XXGK_INPUT_AUTO, -1, NULL))
            assert_int_equal(in.error_code, XXGK_L_DOC_DAMAGED);
        xxgk_input_free(&in);
    }
    refused(b, n / 2, XXGK_L_DOC_DAMAGED, "past the end of the file");
    /* the WordDocument stream's chain a cycle: its first sector its own next */
    memcpy(c, b, n);
    uint8_t *wdoc = entry_of(c, n, "WordDocument");
    assert_non_null(wdoc);
    uint32_t s0 = rd32(wdoc + 0x74);
    uint32_t fs = rd32(c + 0x4C + 4 * (s0 / 128));
    wr32(c + (fs + 1) * 512 + 4 * (s0 % 128), s0);
    refused(c, n, XXGK_L_DOC_DAMAGED, "cycle");
    /* its first sector past the end of the file */
    memcpy(c, b, n);
    wr32(entry_of(c, n, "WordDocument") + 0x74, 0x00FFFFF0u);
    refused(c, n, XXGK_L_DOC_DAMAGED, "past the end");
    /* a piece of the text past the stream: the first PCD's fc */
    memcpy(c, b, n);
    wdoc = entry_of(c, n, "WordDocument");
    size_t fib = stream_offset(c, wdoc, 0);
    uint8_t *tbl = entry_of(c, n, (c[fib + 10] | c[fib + 11] << 8) & 0x200 ? "1Table" : "0Table");
    assert_non_null(tbl);
    uint32_t fc_clx = rd32(c + fib + 0x1A2);
    size_t clx = stream_offset(c, tbl, fc_clx);
    while (c[clx] == 0x01)
        clx += 3 + (size_t)(c[clx + 1] | c[clx + 2] << 8);
    assert_int_equal(c[clx], 0x02);
    uint32_t lcb = rd32(c + clx + 1);
    size_t npcd = (lcb - 4) / 12;
    wr32(c + clx + 5 + (npcd + 1) * 4 + 2, 0x3FFFFF00u);
    refused(c, n, XXGK_L_DOC_DAMAGED, "outside the WordDocument stream");
    /* encrypted (fEncrypted), obfuscated (fObfuscated) */
    memcpy(c, b, n);
    c[fib + 11] |= 0x01;
    refused(c, n, XXGK_L_DOC_ENCRYPTED, "password");
    memcpy(c, b, n);
    c[fib + 11] |= 0x80;
    refused(c, n, XXGK_L_DOC_ENCRYPTED, "XOR");
    /* a compound file with no WordDocument: an Excel workbook, an
     * encrypted .docx, something else (its streams named) */
    memcpy(c, b, n);
    uint8_t *e = entry_of(c, n, "WordDocument");
    if (e == NULL) {
        fail_msg("no WordDocument entry in the sample");
        return;
    }
    memset(e, 0, 64);
    memcpy(e, "W\0o\0r\0k\0b\0o\0o\0k\0\0", 18);
    e[0x40] = 18;
    refused(c, n, XXGK_L_DOC_NOT_WORD, "Excel");
    memset(e, 0, 64);
    memcpy(e, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0\0", 34);
    e[0x40] = 34;
    refused(c, n, XXGK_L_DOC_NOT_WORD, "password-protected .docx");
    memset(e, 0, 64);
    memcpy(e, "Q\0\0", 4);
    e[0x40] = 4;
    refused(c, n, XXGK_L_DOC_NOT_WORD, "Q");
    /* random bytes after the magic */
    uint32_t seed = 12345;
    for (int round = 0; round < 64; round++) {
        size_t len = 8 + (size_t)round * 97;
        memcpy(c, b, 8);
        for (size_t i = 8; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            c[i] = (uint8_t)(seed >> 16);
        }
        if (round % 2) /* a header that passes its first checks */
            memcpy(c + 0x18, b + 0x18, 512 - 0x18 < len - 0x18 ? 512 - 0x18 : len - 0x18);
        xxgk_input in;
        assert_false(xxgk_input_read(&in, c, len, XXGK_INPUT_AUTO, -1, NULL));
        assert_true(in.error_code == XXGK_L_DOC_DAMAGED || in.error_code == XXGK_L_DOC_NOT_WORD);
        xxgk_input_free(&in);
    }
    /* bytes flipped anywhere: read or refused, never worse */
    for (int round = 0; round < 200; round++) {
        memcpy(c, b, n);
        for (int k = 0; k < 8; k++) {
            seed = seed * 1103515245u + 12345u;
            c[(seed >> 8) % n] = (uint8_t)seed;
        }
        xxgk_input in;
        if (xxgk_input_read(&in, c, n, XXGK_INPUT_AUTO, -1, NULL)) {
            xxgk_doc *d = xxgk_parse_input("flipped.doc", &in, NULL);
            xxgk_doc_free(d);
        }
        xxgk_input_free(&in);
    }
    free(c);
    free(b);
}

/* The line and column of each diagnostic of code, "l:c " each. */
static void diags_at(const xxgk_doc *d, int code, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g && n + 24 < cap; g = g->next)
        if ((int)g->code == code) {
            xxgk_pos p = diag_pos(d, g);
            n += (size_t)snprintf(buf + n, cap - n, "%u:%u ", (unsigned)p.line, (unsigned)p.col);
        }
}

/* Text boxes (their own story after the main text's, PlcftxbxTxt; the
 * shape anchoring each, PlcSpaMom, by spid = the box's lid): a box of
 * digits anchored in a table cell is L045 at the cells the .docx's is,
 * its number not read into the cell; a box whose shape the file does not
 * hold (its lid changed) is L058 at 1:1 quoting its text, the text read
 * without it (base: nothing told). Mutated, they read or are refused,
 * never a crash. */
static void doc_text_boxes(void **state)
{
    (void)state;
    size_t n, m;
    char *b = bytes_of("tests/input/word-2021-textbox-cell.doc", &n);
    xxgk_doc *d = doc_of("textbox-cell.doc", b, n);
    char at[256], atx[256];
    diags_at(d, XXGK_L_BOX_IN_CELL, at, sizeof at);
    assert_string_equal(at, "14:4 31:18 61:1 ");
    char *x = docx_again("textbox-cell", "textbox-cell", &m);
    if (x) {
        xxgk_input in;
        assert_true(xxgk_input_read(&in, (const uint8_t *)x, m, XXGK_INPUT_DOCX, -1, NULL));
        xxgk_doc *dx = xxgk_parse_input("textbox-cell.docx", &in, NULL);
        xxgk_input_free(&in);
        diags_at(dx, XXGK_L_BOX_IN_CELL, atx, sizeof atx);
        assert_string_equal(at, atx);
        xxgk_doc_free(dx);
        free(x);
    }
    xxgk_doc_free(d);
    free(b);
    /* every box's lid (FTXBXS at 14) one past its shape's: no anchor */
    b = bytes_of("tests/input/word-2021-textbox.doc", &n);
    uint8_t *c = (uint8_t *)b;
    uint8_t *wdoc = entry_of(c, n, "WordDocument");
    size_t fib = stream_offset(c, wdoc, 0);
    uint8_t *tbl = entry_of(c, n, (c[fib + 10] | c[fib + 11] << 8) & 0x200 ? "1Table" : "0Table");
    size_t blob = 0x9A; /* FibRgFcLcb97 in a Word 97 FIB (csw 14, cslw 22) */
    uint32_t fc = rd32(c + stream_offset(c, wdoc, blob + 56 * 8)), lcb = rd32(c + stream_offset(c, wdoc, blob + 56 * 8 + 4));
    assert_true(lcb > 4 && (lcb - 4) % 26 == 0);
    size_t nb = (lcb - 4) / 26;
    for (size_t i = 0; i < nb; i++) {
        size_t o = stream_offset(c, tbl, fc + (nb + 1) * 4 + 22 * i + 14);
        wr32(c + o, rd32(c + o) + 100000);
    }
    char *t = text_of(b, n, XXGK_INPUT_DOC);
    assert_null(strstr(t, "单位：件"));
    free(t);
    d = doc_of("textbox-lost.doc", b, n);
    diags_at(d, XXGK_L_DOC_BOX_UNREAD, at, sizeof at);
    assert_string_equal(at, "1:1 ");
    assert_non_null(strstr(find_diag(d, XXGK_L_DOC_BOX_UNREAD)->msg, "'（单位：件）'"));
    xxgk_doc_free(d);
    free(b);
    /* bytes flipped anywhere, the boxes' places set wild: read or
     * refused, never worse */
    b = bytes_of("tests/input/word-2021-textbox.doc", &n);
    c = malloc(n);
    uint32_t seed = 777;
    for (int round = 0; round < 200; round++) {
        memcpy(c, b, n);
        wdoc = entry_of(c, n, "WordDocument");
        for (int k = 0; k < 6; k++) {
            seed = seed * 1103515245u + 12345u;
            if (round % 2)
                c[(seed >> 8) % n] = (uint8_t)seed;
            else /* the fc or lcb of PlcSpaMom or PlcftxbxTxt, or a ccp */
                c[stream_offset(c, wdoc, k < 4 ? blob + (k < 2 ? 40 : 56) * 8 + (size_t)(seed >> 8) % 8
                                               : 0x4C + (size_t)(seed >> 8) % 40)] = (uint8_t)seed;
        }
        xxgk_input in;
        if (xxgk_input_read(&in, c, n, XXGK_INPUT_AUTO, -1, NULL)) {
            xxgk_doc *dd = xxgk_parse_input("flipped-box.doc", &in, NULL);
            xxgk_doc_free(dd);
        } else {
            assert_true(in.error_code == XXGK_L_DOC_DAMAGED || in.error_code == 0);
        }
        xxgk_input_free(&in);
    }
    free(c);
    free(b);
}

/* A fast save's piece properties (a Pcd's Prm): word-2021-fields-8bit.doc
 * holds its cell 9999 in a piece of its own (piece 1). Its Prm0 giving
 * sprmCFRMarkDel (isprm 0x41) or sprmCFVanish (0x5C) on: the cell is
 * empty, as Word shows it (base: 9999 read); off (0): 9999 read. A Prm1
 * naming a Prc the Clx holds (sprmCFRMarkDel 1, written into the Clx):
 * empty too; one naming no Prc: L059 at 1:1, 9999 read as shown. */
static void doc_piece_props(void **state)
{
    (void)state;
    size_t n;
    char *b = bytes_of("tests/input/word-2021-fields-8bit.doc", &n);
    uint8_t *c = malloc(n + 16);
    static const struct {
        uint16_t prm;
        bool prc, read, told;
    } cases[] = {
        {0x0182, false, false, false}, /* Prm0 sprmCFRMarkDel 1 */
        {0x01B8, false, false, false}, /* Prm0 sprmCFVanish 1 */
        {0x81B8, false, false, false}, /* Prm0 sprmCFVanish 0x81 */
        {0x0082, false, true, false},  /* Prm0 sprmCFRMarkDel 0 */
        {0x006A, false, true, false},  /* Prm0 sprmCFBold (0x55) 0: no change */
        {0x0001, true, false, false},  /* Prm1 igrpprl 0: the Prc written */
        {0x0007, false, true, true},   /* Prm1 igrpprl 3: no Prc */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memcpy(c, b, n);
        uint8_t *wdoc = entry_of(c, n, "WordDocument");
        size_t fib = stream_offset(c, wdoc, 0);
        uint8_t *tbl = entry_of(c, n, (c[fib + 10] | c[fib + 11] << 8) & 0x200 ? "1Table" : "0Table");
        assert_non_null(tbl);
        uint32_t fc_clx = rd32(c + fib + 0x1A2), lcb = rd32(c + fib + 0x1A6);
        assert_int_equal(c[stream_offset(c, tbl, fc_clx)], 0x02);
        uint32_t at = fc_clx;
        if (cases[i].prc) { /* the Pcdt 6 bytes on (the stream ends with it, its sector has room) */
            uint32_t size = rd32(tbl + 0x78);
            assert_int_equal(fc_clx + lcb, size);
            assert_true(size % 512 && size % 512 <= 506);
            for (uint32_t k = lcb; k-- > 0;)
                c[stream_offset(c, tbl, fc_clx + 6 + k)] = c[stream_offset(c, tbl, fc_clx + k)];
            static const uint8_t prc[6] = {0x01, 0x03, 0x00, 0x00, 0x08, 0x01}; /* sprmCFRMarkDel 1 */
            for (int k = 0; k < 6; k++)
                c[stream_offset(c, tbl, fc_clx + (uint32_t)k)] = prc[k];
            wr32(tbl + 0x78, size + 6);
            wr32(c + fib + 0x1A6, lcb + 6);
            at = fc_clx + 6;
        }
        uint32_t len = 0;
        for (int k = 0; k < 4; k++)
            len |= (uint32_t)c[stream_offset(c, tbl, at + 1 + (uint32_t)k)] << (8 * k);
        uint32_t npcd = (len - 4) / 12;
        assert_int_equal(npcd, 3);
        uint32_t prm = at + 5 + (npcd + 1) * 4 + 8 * 1 + 6; /* piece 1's Prm */
        c[stream_offset(c, tbl, prm)] = (uint8_t)cases[i].prm;
        c[stream_offset(c, tbl, prm + 1)] = (uint8_t)(cases[i].prm >> 8);
        xxgk_doc *d = doc_of("fast-saved.doc", c, n);
        char *cells = cells_of(d);
        if ((strstr(cells, "proactive,licensing,decisions,9999\n") != NULL) != cases[i].read)
            fail_msg("Prm 0x%04X: 9999 %s", cases[i].prm, cases[i].read ? "not read" : "read");
        if (!cases[i].read)
            assert_non_null(strstr(cells, "proactive,licensing,decisions,empty\n"));
        char at_[64];
        diags_at(d, XXGK_L_DOC_PIECE_PROPS, at_, sizeof at_);
        assert_string_equal(at_, cases[i].told ? "1:1 " : "");
        free(cells);
        xxgk_doc_free(d);
    }
    free(c);
    free(b);
}

/* Numbering carried by a paragraph style (the STSH's UpxPapx: sprmPIlfo,
 * sprmPIlvl, through istdBase): word-2021-num-style.doc's headings with
 * their own sprmPIlfo taken away (its opcode made another paragraph sprm's
 * of the same size) read their styles' numbers, the text that of the
 * .docx (base: 一、 … lost, the six sections not found); an sprmPIlfo 0
 * of their own takes the style's number away. */
static void doc_style_numbering(void **state)
{
    (void)state;
    size_t n, m;
    char *b = bytes_of("tests/input/word-2021-num-style.doc", &n);
    char *x = docx_again("num-style", "num-style", &m);
    if (!x) {
        free(b);
        skip();
    }
    char *tx = text_of(x, m, XXGK_INPUT_DOCX);
    uint8_t *c = malloc(n);
    for (int zero = 0; zero < 2; zero++) {
        memcpy(c, b, n);
        uint8_t *wdoc = entry_of(c, n, "WordDocument");
        uint32_t size = rd32(wdoc + 0x78);
        int changed = 0;
        for (uint32_t o = 0; o + 4 <= size; o++) { /* sprmPIlfo 1 in the PAPXs */
            size_t a = stream_offset(c, wdoc, o);
            if (c[a] != 0x0B || (a + 1) % 512 == 0 || c[a + 1] != 0x46)
                continue;
            size_t v = stream_offset(c, wdoc, o + 2), v1 = stream_offset(c, wdoc, o + 3);
            if (c[v] != 0x01 || c[v1] != 0x00)
                continue;
            if (zero)
                c[v] = 0x00; /* sprmPIlfo 0: no list */
            else
                c[a + 1] = 0x48; /* 0x480B: a 2-byte operand, no sprm of a paragraph */
            changed++;
        }
        assert_true(changed >= 6);
        char *td = text_of(c, n, XXGK_INPUT_DOC);
        if (!zero) {
            assert_string_equal(td, tx);
            xxgk_doc *d = doc_of("num-style.doc", c, n);
            char *cd = cells_of(d);
            xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
            char *ct = cells_of(t);
            assert_string_equal(cd, ct);
            free(cd);
            free(ct);
            xxgk_doc_free(t);
            xxgk_doc_free(d);
        } else {
            assert_null(strstr(td, "一、 总体情况"));
            assert_non_null(strstr(td, "\n总体情况\n"));
        }
        free(td);
    }
    free(c);
    free(tx);
    free(x);
    free(b);
}

/* The kind by name: --input doc. */
static void doc_kind_name(void **state)
{
    (void)state;
    assert_int_equal(xxgk_input_kind_by_name("doc"), XXGK_INPUT_DOC);
    assert_string_equal(xxgk_input_kind_name(XXGK_INPUT_DOC), "doc");
    assert_int_equal(xxgk_input_detect((const uint8_t *)"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), XXGK_INPUT_DOC);
}

/* The filled template (corpus/pingtan-2021.txt) with every third number
 * cell's number only in a floating box (boxvar.py float, /work/cases/word4),
 * saved as .doc, and its inline-box twin (every number in an inline box,
 * saved floating: a .doc has no inline box): a box is anchored in a cell,
 * but where it is drawn (its FSPA rectangle, perhaps over the next cell)
 * is not read, so the box is not the cell's number: L045 at each boxed
 * cell, as a .docx's floating box (a box drawn over the neighbour cell
 * read into its anchor's cell would be a silent wrong number). With the
 * number's digits on two lines of a box (boxvar.py split, 64 as 6 / 4),
 * the .doc reads the lines as lines of the cell, as its .docx does: L037
 * at the same cells, never the cell '6 4' read as 64 (before: the box's
 * lines joined by a blank, 64 read with no word). */
static void doc_box_alone_and_lines(void **state)
{
    (void)state;
    size_t n, m;
    static const struct {
        const char *file;
        int boxed; /* cells whose number is only in a box */
    } alone[] = {{"tests/input/word-2021-textbox-alone.doc", 65}, {"tests/input/word-2021-textbox-inline.doc", 200}};
    for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
        char *a = bytes_of(alone[i].file, &n);
        xxgk_doc *da = doc_of("alone.doc", a, n);
        assert_int_equal(count_diags(da, XXGK_L_BOX_IN_CELL), alone[i].boxed);
        xxgk_doc_free(da);
        free(a);
    }
    char *b = bytes_of("tests/input/word-2021-textbox-split.doc", &n);
    char *x = bytes_of("tests/input/word-2021-textbox-split.docx", &m);
    xxgk_doc *d = doc_of("split.doc", b, n);
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)x, m, XXGK_INPUT_DOCX, -1, NULL));
    xxgk_doc *dx = xxgk_parse_input("split.docx", &in, NULL);
    xxgk_input_free(&in);
    char at[256], atx[256];
    diags_at(d, XXGK_L_NUMBERS_ON_LINES, at, sizeof at);
    diags_at(dx, XXGK_L_NUMBERS_ON_LINES, atx, sizeof atx);
    assert_string_equal(at, "39:17 39:28 51:33 51:44 72:10 ");
    assert_string_equal(at, atx);
    char *cd = cells_of(d), *cx = cells_of(dx);
    assert_string_equal(cd, cx);
    free(cd);
    free(cx);
    xxgk_doc_free(d);
    xxgk_doc_free(dx);
    free(x);
    free(b);
}

/* The filled template with a header holding two text boxes (the agency
 * and year, 2021) and a footer holding two (第 1 页 with a PAGE field, a
 * bare 12), made by /work/cases/word4/hdrbox.py, and that .docx saved as
 * .doc (PlcSpaHdr, the header's boxes' story): chrome as a header is,
 * neither reads a word of them into the body, the cells those of the
 * report. */
static void doc_header_boxes(void **state)
{
    (void)state;
    same_cells("tests/input/word-2021-header-boxes.doc", "corpus/pingtan-2021.txt", 200);
    static const char *const files[] = {"tests/input/word-2021-header-boxes.doc",
                                        "tests/input/word-2021-header-boxes.docx"};
    static const int kinds[] = {XXGK_INPUT_DOC, XXGK_INPUT_DOCX};
    for (size_t i = 0; i < 2; i++) {
        size_t n;
        char *b = bytes_of(files[i], &n);
        char *t = text_of(b, n, kinds[i]);
        assert_null(strstr(t, "平潭综合实验区2021年度"));
        assert_null(strstr(t, "第 1 页"));
        assert_null(strstr(t, "\n12\n"));
        assert_null(strstr(t, "\n2021\n"));
        assert_non_null(strstr(t, "\t2293\n"));
        free(t);
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(doc_filled_template),
        cmocka_unit_test(doc_pieces),
        cmocka_unit_test(doc_reads_as_its_docx),
        cmocka_unit_test(doc_frame_one_column),
        cmocka_unit_test(doc_raised_marks),
        cmocka_unit_test(doc_position_mark),
        cmocka_unit_test(word_raised_mark_two_runs),
        cmocka_unit_test(word_raised_digits_in_number),
        cmocka_unit_test(doc_raised_quote_end),
        cmocka_unit_test(doc_raised_then_lowered),
        cmocka_unit_test(doc_frame_in_frame),
        cmocka_unit_test(word_label_raised_mark),
        cmocka_unit_test(doc_raised_mark_astral),
        cmocka_unit_test(doc_frame_stats_nested),
        cmocka_unit_test(doc_cut_table_joins),
        cmocka_unit_test(doc_frame_known_by_content),
        cmocka_unit_test(doc_hostile),
        cmocka_unit_test(doc_text_boxes),
        cmocka_unit_test(doc_box_alone_and_lines),
        cmocka_unit_test(doc_header_boxes),
        cmocka_unit_test(doc_piece_props),
        cmocka_unit_test(doc_style_numbering),
        cmocka_unit_test(doc_kind_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
