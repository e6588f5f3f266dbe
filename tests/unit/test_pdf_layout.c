/* The rows rebuilt from pdftotext -bbox-layout word boxes
 * (src/input/pdf_layout.c), on XML written here, so no pdftotext is
 * needed; and the child process's limits (src/input/pdf.c) with stand-in
 * programs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input.h"
#include "pdf.h"
#include "testutil.h"

/* An XHTML document being written: pages of words, boxes in points. */
typedef struct xml {
    char buf[1 << 16];
    size_t len;
} xml;

static void put(xml *x, const char *s)
{
    size_t n = strlen(s);
    assert_true(x->len + n < sizeof x->buf);
    memcpy(x->buf + x->len, s, n + 1);
    x->len += n;
}

static void page(xml *x) { put(x, x->len ? "</page><page width=\"595\" height=\"842\">" : "<doc><page width=\"595\" height=\"842\">"); }

/* a word whose top-left corner is (x0, y0), h high, one point per byte of
 * ASCII and 'h' per CJK character (three bytes) */
static void word(xml *x, double x0, double y0, double h, const char *text)
{
    double w = 0;
    for (const char *p = text; *p; p++)
        w += ((unsigned char)*p & 0xC0) == 0x80 ? 0 : (unsigned char)*p < 0x80 ? h / 2 : h;
    char s[512];
    snprintf(s, sizeof s, "<word xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\">%s</word>\n", x0, y0,
             x0 + w, y0 + h, text);
    put(x, s);
}

static xxgk_pdf_text layout(xml *x)
{
    put(x, "</page></doc>");
    xxgk_pdf_text t;
    assert_true(xxgk_pdf_layout(x->buf, x->len, &t));
    return t;
}

/* a table row: the label at 60, numbers from 250 every 50 points */
static void data_row(xml *x, double y, const char *label, const char *const *nums, int n)
{
    if (label)
        word(x, 60, y, 8, label);
    for (int i = 0; i < n; i++)
        word(x, 250 + 50 * i, y, 8, nums[i]);
}

static void test_cells_and_sentences(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    /* a sentence cut into words around its digits: one cell */
    word(&x, 60, 100, 12, "全年收到申请");
    word(&x, 60 + 72 + 2, 100, 12, "14");
    word(&x, 60 + 72 + 2 + 12 + 2, 100, 12, "件。");
    /* two ASCII words a little apart keep a space */
    word(&x, 60, 130, 12, "Annual");
    word(&x, 60 + 36 + 3, 130, 12, "report");
    /* a cell gap: wider than 0.6 of the height */
    word(&x, 60, 160, 12, "规章");
    word(&x, 60 + 24 + 20, 160, 12, "3");
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "全年收到申请14件。\nAnnual report\n规章\t3\n");
    xxgk_pdf_text_free(&t);
}

/* a word of width w (points) */
static void word_w(xml *x, double x0, double y0, double h, double w, const char *text)
{
    char s[256];
    snprintf(s, sizeof s, "<word xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\">%s</word>\n", x0, y0,
             x0 + w, y0 + h, text);
    put(x, s);
}

/* Rule 2b: digits 4 pt wide (lone 8, 1 and 5 on the page); 519 12.8 pt
 * wide holds a gap of 0.8 pt, half a digit's eighth more: L032 at it, a
 * note over its line; 123 12 pt wide is one number. Two words 5 and 19
 * 0.8 pt apart (more than an eighth of a digit, less than the 0.15 of the
 * height that gives ASCII words a space) are joined as pdftotext's gap
 * has them, 519, but spread: L032 at it too, never a silent 519; 1 and
 * 23 that touch are one number, no L032. */
static void test_spread_digits(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 8, "规章");
    word(&x, 250, 100, 8, "8");
    word(&x, 300, 100, 8, "1");
    word(&x, 350, 100, 8, "5");
    word_w(&x, 400, 100, 8, 12.8, "519");
    word(&x, 60, 130, 8, "许可");
    word(&x, 250, 130, 8, "5");
    word(&x, 254.8, 130, 8, "19");
    word_w(&x, 300, 130, 8, 12, "123");
    word(&x, 350, 130, 8, "1");
    word(&x, 354, 130, 8, "23");
    xxgk_pdf_text t = layout(&x);
    /* 5 and 19 0.8 apart (an eighth of a digit is 0.5): joined as
     * pdftotext's gap would have them, but spread, never a silent 519 */
    assert_string_equal(t.text, "规章\t8\t1\t5\t519\n许可\t519\t123\t123\t\n");
    assert_int_equal(t.nspread, 2);
    assert_string_equal(t.spread[0].text, "519");
    assert_string_equal(t.spread[1].text, "519");
    assert_int_equal(t.spread[1].at, strlen("规章\t8\t1\t5\t519\n许可\t"));
    assert_int_equal(t.spread[0].at, strlen("规章\t8\t1\t5\t"));
    assert_int_equal(t.spread[0].line, 0);
    assert_int_equal(t.spread[0].line_end, strlen("规章\t8\t1\t5\t519"));
    xxgk_pdf_text_free(&t);
}

/* Spacing between the digits of every number of a page (CSS
 * letter-spacing, Word's character spacing): each number wider than its
 * digits by the same amount a gap is the page's spacing, no spread; a
 * number split in words by it is joined again, no spread; a word wider
 * than that by a cell's gap is. */
static void test_spread_spacing(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *nums[] = {"2293", "69", "128", "4512", "77"};
    for (int r = 0; r < 5; r++) {
        double y = 40 + 25 * r;
        word(&x, 60, y, 8, "规章");
        word(&x, 250, y, 8, "8");
        size_t d = strlen(nums[r]);
        word_w(&x, 300, y, 8, 4.0 * (double)d + 0.8 * (double)(d - 1), nums[r]);
    }
    word(&x, 60, 200, 8, "许可");
    word(&x, 250, 200, 8, "6");
    word(&x, 254.8, 200, 8, "4");                 /* 64 spaced as the page's */
    word_w(&x, 300, 200, 8, 4 + 2.0 + 4 + 0.8 + 4, "519"); /* 5 and 19 (spaced), 2.0 apart */
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "规章\t8\t2293\n规章\t8\t69\n规章\t8\t128\n规章\t8\t4512\n规章\t8\t77\n"
                                "许可\t64\t519\n");
    assert_int_equal(t.nspread, 1);
    assert_string_equal(t.spread[0].text, "519");
    xxgk_pdf_text_free(&t);
}

/* Rule 2b by the document's advance: digits whose lone boxes (4 pt) are
 * narrower than their advance in a number (4.2 pt: 36 8.4 wide, 297 12.6,
 * as Noto Sans CJK in a browser's PDF). Page 2 holds the table's last row
 * with 5 19, 7 19 and 6 27 glued (1.2 pt apart) and 30 alone: its
 * spacing, the lower quartile of its four numbers, is a glued word's, so
 * the page alone finds nothing; the document's numbers of two and three
 * digits are 2 and 3 advances wide, and 30 on page 2 is too: each glued
 * word is spread (L032), never a silent 519. With every number of page 2
 * letter-spaced (none as many advances wide as its digits), the page's
 * own spacing stands: 55 and 777, no spread. */
static void doc_advance_page1(xml *x)
{
    page(x);
    const char *two[] = {"36", "17", "61", "90"}, *three[] = {"297", "236", "116", "288"};
    for (int r = 0; r < 4; r++) {
        double y = 40 + 25 * r;
        word(x, 60, y, 8, "规章");
        word(x, 250, y, 8, "8");
        word_w(x, 300, y, 8, 8.4, two[r]);
        word_w(x, 350, y, 8, 12.6, three[r]);
    }
}

static void test_spread_doc_advance(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    doc_advance_page1(&x);
    page(&x);
    word(&x, 60, 100, 8, "许可");
    word(&x, 250, 100, 8, "8");
    word_w(&x, 300, 100, 8, 13.8, "519");
    word_w(&x, 350, 100, 8, 13.8, "719");
    word_w(&x, 400, 100, 8, 13.8, "627");
    word_w(&x, 450, 100, 8, 8.4, "30");
    xxgk_pdf_text t = layout(&x);
    const char *page1 = "规章\t8\t36\t297\n规章\t8\t17\t236\n规章\t8\t61\t116\n规章\t8\t90\t288\n";
    assert_int_equal(t.nspread, 1); /* one row: one note over it */
    assert_string_equal(t.spread[0].text, "519");
    assert_int_equal(t.spread[0].at, strlen(page1) + strlen("许可\t8\t"));
    assert_int_equal(t.spread[0].line, strlen(page1));
    xxgk_pdf_text_free(&t);

    x.len = 0;
    doc_advance_page1(&x);
    page(&x);
    word(&x, 60, 100, 8, "许可");
    word(&x, 250, 100, 8, "8");
    word_w(&x, 300, 100, 8, 9.3, "55");
    word_w(&x, 350, 100, 8, 9.3, "66");
    word_w(&x, 400, 100, 8, 14.4, "777");
    t = layout(&x);
    assert_int_equal(t.nspread, 0);
    xxgk_pdf_text_free(&t);
}

/* Rule 2b on a page without a lone digit: every number of page 2 has two
 * digits or more, so the page has no digit's advance of its own; the
 * document's (4 pt, page 1's lone digits) stands for it: 519 12.8 wide
 * beside 23 and 45 (each 8) is spread, L032 at it. */
static void test_spread_no_lone_digit(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 8, "规章");
    word(&x, 250, 100, 8, "8");
    word(&x, 300, 100, 8, "1");
    word(&x, 350, 100, 8, "5");
    page(&x);
    word(&x, 60, 100, 8, "许可");
    word(&x, 250, 100, 8, "23");
    word(&x, 300, 100, 8, "45");
    word_w(&x, 350, 100, 8, 12.8, "519");
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "规章\t8\t1\t5\n许可\t23\t45\t519\n");
    assert_int_equal(t.nspread, 1);
    assert_string_equal(t.spread[0].text, "519");
    assert_int_equal(t.spread[0].at, strlen("规章\t8\t1\t5\n许可\t23\t45\t"));
    xxgk_pdf_text_free(&t);
}

/* More spread rows than are kept one by one: the last kept one's note
 * reaches over the rows of all those beyond, so none is left unflagged. */
static void test_spread_rows_beyond_kept(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    int rows = XXGK_PDF_MAX_SPREAD + 6;
    for (int r = 0; r < rows; r++) {
        double y = 40 + 25 * r;
        word(&x, 60, y, 8, "规章");
        word(&x, 250, y, 8, "8");
        word(&x, 300, y, 8, "12");
        word(&x, 350, y, 8, "34");
        word_w(&x, 400, y, 8, 12.8, "519");
    }
    xxgk_pdf_text t = layout(&x);
    assert_int_equal(t.nspread, (size_t)rows);
    size_t line = strlen("规章\t8\t12\t34\t519\n");
    const xxgk_pdf_spread *last = &t.spread[XXGK_PDF_MAX_SPREAD - 1];
    assert_int_equal(last->line, line * (XXGK_PDF_MAX_SPREAD - 1));
    assert_int_equal(last->line_end, line * (size_t)rows - 1);
    assert_int_equal(t.len, line * (size_t)rows);
    xxgk_pdf_text_free(&t);
}

static void test_page_numbers_and_page_starts(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 12, "一、总体情况");
    word(&x, 290, 800, 10, "-"); /* "- 1 -" in three words */
    word(&x, 296, 800, 10, "1");
    word(&x, 302, 800, 10, "-");
    page(&x);
    word(&x, 280, 30, 10, "第2页");   /* at the top this time */
    word(&x, 60, 100, 12, "二、主动公开政府信息情况");
    word(&x, 295, 800, 10, "2");      /* the page's own number, bare */
    page(&x);
    word(&x, 60, 100, 12, "2024年");
    word(&x, 295, 800, 10, "7");      /* not this page's number: a value */
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "一、总体情况\n二、主动公开政府信息情况\n2024年\n7\n");
    assert_int_equal(t.npages, 3);
    assert_int_equal(t.page_starts[0], 0);
    assert_int_equal(t.page_starts[1], strlen("一、总体情况\n"));
    assert_int_equal(t.page_starts[2], strlen("一、总体情况\n二、主动公开政府信息情况\n"));
    xxgk_pdf_text_free(&t);
}

/* a label wrapped over three lines, its numbers in the middle of the tall
 * cell; the group label down a narrow column on the left stays out of
 * the label */
static void test_wrapped_label_joins_its_numbers(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *twos[] = {"2", "0", "2"};
    word(&x, 30, 100, 8, "（六）");
    word(&x, 80, 96, 8, "1.申请人无正当理由");
    word(&x, 80, 107, 8, "逾期不补正、行政机");
    word(&x, 250, 107, 8, "1");
    word(&x, 300, 107, 8, "0");
    word(&x, 350, 107, 8, "1");
    word(&x, 30, 111, 8, "其他");
    word(&x, 80, 118, 8, "关不再处理");
    word(&x, 30, 122, 8, "处理");
    word(&x, 80, 136, 8, "2.其他");
    word(&x, 250, 136, 8, twos[0]);
    word(&x, 300, 136, 8, twos[1]);
    word(&x, 350, 136, 8, twos[2]);
    xxgk_pdf_text t = layout(&x);
    /* 其他 shares the numbers' line: a cell of its own before the label */
    assert_string_equal(t.text, "（六）\n"
                                "其他\t1.申请人无正当理由逾期不补正、行政机关不再处理\t1\t0\t1\n"
                                "处理\n"
                                "2.其他\t2\t0\t2\n");
    xxgk_pdf_text_free(&t);
}

/* header cells wrapped over lines are joined cell by cell (rule 6); a
 * label printed on the line above its numbers joins them, not the header */
static void test_label_above_numbers(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 250, 60, 8, "商业");
    word(&x, 300, 60, 8, "科研");
    word(&x, 250, 71, 8, "企业");
    word(&x, 300, 71, 8, "机构");
    word(&x, 60, 90, 8, "一、本年新收政府信息公开申请数量");
    const char *n1[] = {"3", "4", "7"}, *n2[] = {"1", "0", "1"};
    data_row(&x, 101, NULL, n1, 3);
    data_row(&x, 120, "二、上年结转", n2, 3);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "商业企业\t科研机构\n"
                                "一、本年新收政府信息公开申请数量\t3\t4\t7\n"
                                "二、上年结转\t1\t0\t1\n");
    xxgk_pdf_text_free(&t);
}

/* rule 4b across levels: an item's label (3.其他, the number a box of its
 * own) set at its tall cell's bottom and （七）总计 under it make one
 * visual row with 总计's numbers; 其他's numbers stand a line above with
 * no label, a carried-out row's under them with none (its label cell
 * blank). A label of a higher rank (（七）) after an item's (3.) is a
 * second row's label; the numbers stand on its line, below the first's:
 * never read as the first's with the next line as the second's (P037, had
 * been silent); P089 stays, over the next line's numbers too. Words of a
 * browser's PDF (d08). */
static void test_two_levels_numbers_below(void **state)
{
    (void)state;
    static xml x;
    const double xs[] = {229.7, 272.4, 320.3, 378.3, 446.5, 494.3, 521.8};
    const char *above[] = {"0", "0", "0", "1", "0", "0", "1"}, *tot[] = {"10", "2", "0", "1", "0", "1", "14"},
               *below[] = {"1", "0", "0", "0", "0", "0", "1"};
    for (int variant = 0; variant < 4; variant++) {
        x.len = 0;
        page(&x);
        word_w(&x, 99.4, 545.5, 27.3, 63, "信息公开申请");
        for (int i = 0; i < 7; i++)
            word_w(&x, xs[i], 573.4, 11.6, 5.25 * (double)strlen(above[i]), above[i]);
        if (variant == 2) {
            word_w(&x, 99.4, 575.5, 27.3, 29, "3.其他");
        } else {
            word_w(&x, 107.3, 575.5, 27.3, 21, "其他");
            word_w(&x, 99.4, 586.1, 11.6, 7.9, "3.");
        }
        word_w(&x, 78, 592.8, 27.3, 52.5, variant == 1 ? "（七）總計" : "（七）总计");
        for (int i = 0; i < 7; i++) {
            word_w(&x, xs[i], 603.4, 11.6, 5.25 * (double)strlen(tot[i]), tot[i]);
            word_w(&x, xs[i], 620.6, 11.6, 5.25 * (double)strlen(below[i]), below[i]);
        }
        xxgk_pdf_text t = layout(&x);
        assert_non_null(strstr(t.text, "\t10\t2\t0\t1\t0\t1\t14\n1\t0\t0\t0\t0\t0\t1\n"));
        assert_int_equal(t.nshared, 1);
        assert_true(t.shared[0].shared);
        assert_non_null(strstr(t.shared[0].text, "（七）"));
        /* the next line's numbers (no label: 其他's or no one's) carry it too */
        const char *nx = strstr(t.text, "\n1\t0\t0\t0\t0\t0\t1\n");
        assert_int_equal(t.shared[0].line_end, (uint32_t)(nx + strlen("\n1\t0\t0\t0\t0\t0\t1") - t.text));
        xxgk_pdf_text_free(&t);
    }
    /* must not: the numbers on 3.其他's line, （七）总计 a line below with
     * none: the geometry proves them the first's (two lines, no finding) */
    x.len = 0;
    page(&x);
    word_w(&x, 99.4, 575.5, 27.3, 29, "3.其他");
    word_w(&x, 78, 592.8, 27.3, 52.5, "（七）总计");
    for (int i = 0; i < 7; i++)
        word_w(&x, xs[i], 575.5, 27.3, 5.25 * (double)strlen(tot[i]), tot[i]);
    xxgk_pdf_text t = layout(&x);
    assert_non_null(strstr(t.text, "3.其他\t10\t2\t0\t1\t0\t1\t14\n（七）总计\n"));
    assert_int_equal(t.nshared, 0);
    xxgk_pdf_text_free(&t);
}

/* rule 4b, numbers centred beside labels wrapped over lines (LibreOffice,
 * 9 pt type in boxes 11.7 pt tall, lines 13 pt apart, d01 of
 * /work/cases/lopdftrial): （六）1.'s label over four lines, its numbers
 * between its second line and its third; 2.'s first two lines join that
 * visual row. The numbers stand among the first label's lines, two lines
 * above the second's first: the first's; two lines, no P089. Numbers
 * below the first label's last line prove nothing: P089 stays */
static void test_centred_numbers_first_label(void **state)
{
    (void)state;
    static xml x;
    const char *lab[] = {"1.申请人无正当理", "由逾期不补正、行", "政机关不再处理其", "政府信息公开申请",
                         "2.申请人逾期未按", "收费通知要求缴纳", "费用、行政机关不", "再处理其政府信息",
                         "公开申请",         "3.其他"};
    const double ly[] = {294.05, 307.05, 320.15, 333.15, 346.75, 359.75, 372.85, 385.85, 398.95, 412.45};
    const char *n1[] = {"3", "0", "35"}, *n2[] = {"0", "8", "11"}, *n3[] = {"1", "5", "19"};
    for (int pass = 0; pass < 2; pass++) {
        x.len = 0;
        page(&x);
        const char *n0[] = {"0", "2", "38"};
        word_w(&x, 110.3, 267.45, 11.7, 72, "5.要求行政机关确");
        word_w(&x, 110.3, 280.45, 11.7, 27, "取信息");
        for (int i = 0; i < 10; i++)
            word_w(&x, 110.3, ly[i], 11.7, 72, lab[i]);
        const char *g[] = {"（", "六", "）", "其", "他", "处", "理"};
        const double gy[] = {314.05, 327.15, 340.15, 353.25, 366.25, 379.35, 392.35};
        for (int i = 0; i < 7; i++)
            word_w(&x, 88.4, gy[i], 11.7, 9, g[i]);
        /* pass 1: 1.'s numbers a line below its last line, at 2.'s top */
        double y1 = pass ? 346.0 : 312.75;
        for (int i = 0; i < 3; i++) {
            word_w(&x, 213.5 + 50 * i, 273.95, 11.7, 5.7 * (double)strlen(n0[i]), n0[i]);
            word_w(&x, 213.5 + 50 * i, y1, 11.7, 5.7 * (double)strlen(n1[i]), n1[i]);
            word_w(&x, 213.5 + 50 * i, 371.95, 11.7, 5.7 * (double)strlen(n2[i]), n2[i]);
            word_w(&x, 213.5 + 50 * i, 411.65, 11.7, 5.7 * (double)strlen(n3[i]), n3[i]);
        }
        xxgk_pdf_text t = layout(&x);
        if (!pass) {
            assert_non_null(strstr(t.text, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t3\t0\t35\n"));
            assert_int_equal(t.nshared, 0);
        } else {
            assert_true(t.nshared >= 1);
        }
        xxgk_pdf_text_free(&t);
    }
}

/* rule 4b: boxes taller than the line spacing make one visual row of
 * two labels of one level and one row of numbers: P089 over the row, at
 * the second label, never the numbers given to one label unflagged; a
 * group heading and its first item (two levels) share a row without it */
static void test_two_labels_one_row(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *n1[] = {"5", "23", "48"};
    word_w(&x, 60, 100, 30, 80, "（一）予以公开");
    word_w(&x, 60, 110, 30, 80, "（二）部分公开");
    data_row(&x, 118, NULL, n1, 3);
    xxgk_pdf_text t = layout(&x);
    assert_non_null(strstr(t.text, "（一）予以公开（二）部分公开\t5\t23\t48\n"));
    assert_int_equal(t.nspread, 0);
    assert_int_equal(t.nshared, 1);
    assert_true(t.shared[0].shared);
    assert_string_equal(t.shared[0].text, "（二）部分公开");
    assert_int_equal(t.shared[0].at, t.shared[0].line + strlen("（一）予以公开"));
    xxgk_pdf_text_free(&t);

    x.len = 0;
    page(&x);
    word_w(&x, 60, 100, 30, 80, "（三）不予公开");
    word_w(&x, 60, 110, 30, 80, "1.属于国家秘密");
    data_row(&x, 118, NULL, n1, 3);
    t = layout(&x);
    assert_non_null(strstr(t.text, "（三）不予公开1.属于国家秘密\t5\t23\t48\n"));
    assert_int_equal(t.nspread, 0);
    assert_int_equal(t.nshared, 0);
    xxgk_pdf_text_free(&t);

    /* boxes 2.6 em tall (a browser's line boxes), lines 1 em apart, the
     * group label 三、本年度办理结果 down a narrow column 1.5 pt left of
     * the labels: 年度办 glued before （二）部分公开（区分 made one visual
     * row of both labels with 予以公开's numbers, which went to 部分公开.
     * The numbers stand on （一）予以公开's line, a line above
     * （二）部分公开's first: the geometry proves them the first label's;
     * two lines, no finding */
    x.len = 0;
    page(&x);
    word_w(&x, 35.25, 16.2, 31.2, 36.23, "三、本");
    word_w(&x, 35.25, 26.7, 31.2, 36.23, "年度办");
    word_w(&x, 35.25, 37.95, 31.2, 36.0, "理结果");
    word_w(&x, 73, 16.2, 31.2, 84, "（一）予以公开");
    word_w(&x, 73, 28.2, 31.2, 127.7, "（二）部分公开（区分");
    word_w(&x, 73, 39.45, 31.2, 127.7, "处理的，只计这一情");
    word_w(&x, 73, 49.95, 31.2, 108, "形，不计其他情形）");
    const char *n2[] = {"0", "19", "39"};
    for (int i = 0; i < 3; i++) {
        word_w(&x, 202 + 25 * i, 16.2, 31.2, 6.66 * (double)strlen(n1[i]), n1[i]);
        word_w(&x, 202 + 25 * i, 39.45, 31.2, 6.66 * (double)strlen(n2[i]), n2[i]);
    }
    t = layout(&x);
    assert_non_null(strstr(t.text, "（一）予以公开\t5\t23\t48\n年度办（二）部分公开（区分\n"));
    assert_int_equal(t.nspread, 0);
    assert_int_equal(t.nshared, 0);
    xxgk_pdf_text_free(&t);

    /* the same with the numbers a line lower, on （二）部分公开's line:
     * not proven, and the next line's numbers have a label of their own */
    x.len = 0;
    page(&x);
    word_w(&x, 60, 16.2, 31.2, 84, "（一）予以公开");
    word_w(&x, 60, 28.2, 31.2, 120, "（二）部分公开（区分");
    for (int i = 0; i < 3; i++)
        word_w(&x, 250 + 50 * i, 28.2, 31.2, 6.66 * (double)strlen(n1[i]), n1[i]);
    t = layout(&x);
    assert_int_equal(t.nshared, 1);
    assert_true(t.shared[0].shared);
    assert_string_equal(t.shared[0].text, "（二）部分公开（区分");
    xxgk_pdf_text_free(&t);

    /* labels set at the bottom of tall cells, numbers at the top (words of
     * a browser's PDF, 9 pt type in 23.4 pt boxes): （一）'s numbers stand
     * above its line, （二）'s (0 3 21 …) a line below （一）'s, between
     * the two labels, and the group fragments 年度办 glue （一） and （二）
     * into one visual row with them. Standing above （二） proves nothing:
     * no split giving （一） the numbers of （二）; P089 on the row */
    x.len = 0;
    page(&x);
    word_w(&x, 57.75, 444.90, 23.40, 9.00, "三");
    word_w(&x, 57.75, 452.40, 23.40, 9.00, "、");
    word_w(&x, 214.70, 444.90, 23.40, 14.82, "147");
    word_w(&x, 237.64, 444.90, 23.40, 9.88, "23");
    word_w(&x, 261.93, 444.90, 23.40, 4.94, "2");
    word_w(&x, 286.39, 444.90, 23.40, 4.94, "4");
    word_w(&x, 313.51, 444.90, 23.40, 4.94, "6");
    word_w(&x, 332.85, 444.90, 23.40, 9.88, "11");
    word_w(&x, 335.32, 435.90, 23.40, 4.94, "0");
    word_w(&x, 346.92, 444.90, 23.40, 14.82, "193");
    word_w(&x, 57.75, 460.65, 23.40, 9.00, "本");
    word_w(&x, 57.75, 468.90, 23.40, 9.00, "年");
    word_w(&x, 67.51, 458.40, 23.40, 63.00, "（一）予以公开");
    word_w(&x, 219.63, 467.40, 23.40, 4.94, "0");
    word_w(&x, 240.12, 467.40, 23.40, 4.94, "3");
    word_w(&x, 259.45, 467.40, 23.40, 9.88, "21");
    word_w(&x, 286.39, 467.40, 23.40, 4.94, "0");
    word_w(&x, 311.04, 467.40, 23.40, 9.88, "13");
    word_w(&x, 335.32, 467.40, 23.40, 4.94, "1");
    word_w(&x, 349.39, 467.40, 23.40, 9.88, "38");
    word_w(&x, 57.75, 477.15, 23.40, 9.00, "度");
    word_w(&x, 57.75, 485.40, 23.40, 9.00, "办");
    word_w(&x, 57.75, 492.90, 23.40, 9.00, "理");
    word_w(&x, 57.75, 501.15, 23.40, 9.00, "结");
    word_w(&x, 67.51, 495.15, 23.40, 144.00, "（二）部分公开（区分处理的，只计");
    word_w(&x, 57.75, 509.40, 23.40, 9.00, "果");
    word_w(&x, 67.51, 503.40, 23.40, 108.00, "这一情形，不计其他情形）");
    word_w(&x, 72.00, 512.40, 23.40, 27.00, "（三）");
    word_w(&x, 219.63, 512.40, 23.40, 4.94, "0");
    word_w(&x, 240.12, 512.40, 23.40, 4.94, "0");
    t = layout(&x);
    assert_null(strstr(t.text, "予以公开\t0\t3\t21"));
    assert_null(strstr(t.text, "予以公开年度办\t0\t3\t21"));
    assert_int_equal(t.nshared, 1);
    assert_non_null(strstr(t.shared[0].text, "（二）部分公开"));
    xxgk_pdf_text_free(&t);

    /* P089 has a cap of its own: rows of spread numbers past
     * XXGK_PDF_MAX_SPREAD leave the shared row its finding */
    x.len = 0;
    page(&x);
    for (int r = 0; r < XXGK_PDF_MAX_SPREAD + 2; r++) {
        double y = 40 + 25 * r;
        word(&x, 60, y, 8, "规章");
        word(&x, 250, y, 8, "8");
        word(&x, 300, y, 8, "12");
        word(&x, 350, y, 8, "34");
        word_w(&x, 400, y, 8, 12.8, "519");
    }
    word_w(&x, 60, 800, 30, 80, "（一）予以公开");
    word_w(&x, 60, 810, 30, 80, "（二）部分公开");
    data_row(&x, 818, NULL, n1, 3);
    t = layout(&x);
    assert_int_equal(t.nspread, XXGK_PDF_MAX_SPREAD + 2);
    assert_int_equal(t.nshared, 1);
    assert_string_equal(t.shared[0].text, "（二）部分公开");
    xxgk_pdf_text_free(&t);

    x.len = 0; /* the same labels on lines of their own: no finding */
    page(&x);
    data_row(&x, 100, "（一）予以公开", n1, 3);
    data_row(&x, 120, "（二）部分公开", n1, 3);
    t = layout(&x);
    assert_string_equal(t.text, "（一）予以公开\t5\t23\t48\n（二）部分公开\t5\t23\t48\n");
    assert_int_equal(t.nspread, 0);
    assert_int_equal(t.nshared, 0);
    xxgk_pdf_text_free(&t);
}

/* rule 4c: labels set at the bottom of tall cells, numbers at their top
 * (a browser's PDF, 9 pt type in 23.4 pt boxes, the group labels （四）无
 * 法提供 and 三、本年度办理结果 written down narrow columns make the rows
 * of （四） three lines tall): a row of numbers with no label on its line
 * nor above it (only the group's fragments, left of the labels) takes
 * the first numbered label under it. Before, 1.本机关不掌握相关政府信息
 * stood alone over 2.'s numbers (0 0 125) and was read as their label,
 * silently. Turned upside down (labels at the top, numbers at the
 * bottom) no label is taken from below. */
static void test_labels_under_numbers(void **state)
{
    (void)state;
    static const struct {
        double x0, y0, w;
        const char *t;
    } ws[] = {
        {81.972653, 161.369963, 9.00, "开"},
        {104.847652, 164.399992, 79.97, "8.属于行政查询事项"},
        {318.972647, 164.399992, 4.94, "0"},
        {81.972653, 173.819990, 9.00, "（"},
        {318.972647, 174.149992, 4.94, "0"},
        {58.429685, 181.319990, 9.00, "三"},
        {81.972653, 184.619985, 9.00, "四"},
        {104.847652, 189.149991, 115.18, "1.本机关不掌握相关政府信息"},
        {58.429685, 192.119985, 9.00, "、"},
        {81.972653, 195.419980, 9.00, "）"},
        {318.972647, 198.899991, 4.94, "0"},
        {58.429685, 202.919980, 9.00, "本"},
        {81.972653, 206.219975, 9.00, "无"},
        {58.429685, 213.719975, 9.00, "年"},
        {81.972653, 217.019970, 9.00, "法"},
        {104.847652, 214.649990, 115.97, "2.没有现成信息需要另行制作"},
        {318.972647, 224.399990, 4.94, "0"},
        {58.429685, 224.519970, 9.00, "度"},
        {81.972653, 227.819965, 9.00, "提"},
        {58.429685, 235.319965, 9.00, "办"},
        {81.972653, 238.619960, 9.00, "供"},
        {104.847652, 240.149989, 106.96, "3.补正后申请内容仍不明确"},
        {58.429685, 246.119960, 9.00, "理"},
        {81.972653, 249.569987, 9.00, "（"},
        {318.972647, 249.899989, 4.94, "0"},
        {58.429685, 256.919955, 9.00, "结"},
        {81.972653, 260.369982, 9.00, "五"},
        {104.847652, 255.899988, 88.18, "1.信访举报投诉类申请"},
        {316.499987, 265.649988, 9.88, "44"},
        {58.429685, 267.719950, 9.00, "果"},
        {81.972653, 271.169977, 9.00, "）"},
        {104.847652, 270.899988, 43.97, "2.重复申请"},
        {318.972647, 280.649987, 4.94, "0"},
        {81.972653, 281.969972, 9.00, "不"},
        {104.847652, 285.899987, 88.96, "3.要求提供公开出版物"},
        {349.207020, 164.399992, 4.94, "0"},
        {349.207020, 174.149992, 4.94, "0"},
        {349.207020, 198.899991, 4.94, "0"},
        {349.207020, 224.399990, 4.94, "0"},
        {346.734361, 249.899989, 9.88, "10"},
        {346.734361, 265.649988, 9.88, "33"},
        {349.207020, 280.649987, 4.94, "4"},
        {521.730451, 164.399992, 9.88, "79"},
        {519.269513, 174.149992, 14.82, "127"},
        {519.269513, 198.899991, 14.82, "125"},
        {521.730451, 224.399990, 9.88, "87"},
        {521.730451, 249.899989, 9.88, "99"},
        {519.269513, 265.649988, 14.82, "212"},
        {519.269513, 280.649987, 14.82, "148"},
    };
    static xml x;
    for (int up = 0; up < 2; up++) {
        x.len = 0;
        page(&x);
        for (size_t i = 0; i < sizeof ws / sizeof *ws; i++)
            word_w(&x, ws[i].x0, up ? 500 - ws[i].y0 - 23.4 : ws[i].y0, 23.4, ws[i].w, ws[i].t);
        xxgk_pdf_text t = layout(&x);
        assert_non_null(strstr(t.text, "8.属于行政查询事项\t0\t0\t79\n"));
        assert_non_null(strstr(t.text, "2.重复申请\t44\t33\t212\n"));
        assert_non_null(strstr(t.text, "3.要求提供公开出版物\t0\t4\t148\n"));
        if (!up) {
            assert_non_null(strstr(t.text, "1.本机关不掌握相关政府信息\t0\t0\t127\n"));
            assert_non_null(strstr(t.text, "2.没有现成信息需要另行制作\t0\t0\t125\n"));
            assert_non_null(strstr(t.text, "3.补正后申请内容仍不明确\t0\t0\t87\n"));
            assert_non_null(strstr(t.text, "1.信访举报投诉类申请\t0\t10\t99\n"));
            assert_int_equal(t.nshared, 0);
        } else {
            /* upside down the line of 1.信访 glues 3.补正: the row
             * under it (0 0 87) may have had its label there, so its
             * label is not taken from below; each label stays over its
             * numbers, on a line of its own */
            assert_non_null(strstr(t.text, "2.没有现成信息需要另行制作\n）\t0\t0\t125\n"));
            assert_non_null(strstr(t.text, "1.本机关不掌握相关政府信息\n三\n四（\t0\t0\t127\n"));
            assert_null(strstr(t.text, "2.没有现成信息需要另行制作\t0\t0\t87"));
        }
        xxgk_pdf_text_free(&t);
    }
}

/* rule 4c's bounds (words of a browser's PDF, 27.3 pt boxes for 10.5 pt
 * lines). A row whose label cell is blank in a table centred in its
 * cells: the next row's label, wrapped, starts a line above its numbers
 * and goes on on their line (数量): it is that row's own, never taken by
 * the blank row above (its numbers stand alone). Below the last row of a
 * table: a section heading (四、…情况) is no row's label, nor a label
 * farther below the row's numbers than the row above is tall; one
 * within it is (labels at the bottom of tall cells). */
static void test_labels_under_bounds(void **state)
{
    (void)state;
    static xml x;
    static const double nx[] = {227.09, 272.44, 320.26, 378.28};
    static const char *const a[] = {"10", "2", "0", "1"}, *b[] = {"1", "0", "0", "0"};
    x.len = 0;
    page(&x);
    for (int i = 0; i < 4; i++)
        word_w(&x, nx[i], 730.14, 11.63, 5.25 * (double)strlen(a[i]), a[i]);
    word_w(&x, 60.75, 736.80, 27.3, 147.0, "二、上年结转政府信息公开申请");
    word_w(&x, 60.75, 747.30, 27.3, 21.0, "数量");
    for (int i = 0; i < 4; i++)
        word_w(&x, nx[i], 752.64, 11.63, 5.25, b[i]);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "10\t2\t0\t1\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\n");
    xxgk_pdf_text_free(&t);

    static const struct {
        double y;
        const char *t, *want;
    } below[] = {
        /* 18 pt under the numbers, the row above 15 pt tall */
        {525.90, "四、政府信息公开行政复议、行政诉讼情况", "1\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n"},
        {525.90, "四、结转下年度继续办理", "1\t0\t1\n四、结转下年度继续办理\n"},
        /* 11 pt under them: within the row */
        {519.00, "四、政府信息公开行政复议、行政诉讼情况", "1\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n"},
        {519.00, "四、结转下年度继续办理", "四、结转下年度继续办理\t1\t0\t1\n"},
    };
    for (size_t c = 0; c < sizeof below / sizeof *below; c++) {
        x.len = 0;
        page(&x);
        word_w(&x, 119.26, 474.30, 27.3, 29.75, "3.其他");
        word_w(&x, 85.17, 490.80, 27.3, 52.5, "（七）总计");
        static const char *const r[3][3] = {{"0", "0", "1"}, {"10", "2", "14"}, {"1", "0", "1"}};
        static const double ry[] = {474.30, 490.80, 505.80};
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < 3; i++)
                word_w(&x, 320.84 + 100 * i, ry[k], 27.3, 5.82 * (double)strlen(r[k][i]), r[k][i]);
        word_w(&x, 75.0, below[c].y, 23.4, 10.5 * 19, below[c].t);
        t = layout(&x);
        assert_non_null(strstr(t.text, "3.其他\t0\t0\t1\n（七）总计\t10\t2\t14\n"));
        assert_non_null(strstr(t.text, below[c].want));
        xxgk_pdf_text_free(&t);
    }
}

/* rule 4c, labels at their cells' foot (pieces_are_a, label_at_foot):
 * words of two chromium prints of table 三. Labels at the foot, numbers
 * in the middle (pdf52's t19-tw-w400-p0-h30-lbottom): 息 under
 * 5.要求…已获取信 goes on 5.'s label, (六)其他處理 under 13 29 0 5 is that
 * row's, 1.8 pt from its numbers and from 197's. Labels at the top,
 * numbers in the middle, 3.其他 printed 其他 (review-pdf57's
 * 14other-w440-p0-r56-top-nmiddle, pinned in pdf_cli top-middle-other):
 * （七）总计 under 其他's numbers
 * touches 208 180's, so it is theirs, not 其他's row's at its foot: 其他
 * keeps its row's numbers, （七）总计 its own; no row shifts (before,
 * （七）总计 read 其他's numbers). */
static void test_labels_at_foot(void **state)
{
    (void)state;
    static const struct {
        double x0, y0, h, w;
        const char *t;
    } foot[] = {
        {286.63, 636.56, 13.29, 6.00, "5"},
        {313.92, 636.56, 13.29, 6.00, "7"},
        {333.42, 636.56, 13.29, 12.00, "50"},
        {286.63, 666.56, 13.29, 6.00, "0"},
        {313.92, 666.56, 13.29, 6.00, "5"},
        {333.42, 666.56, 13.29, 12.00, "52"},
        {82.58, 638.06, 13.29, 26.30, "（五）不予處"},
        {114.34, 638.06, 13.29, 83.51, "5.要求行政机關确认或重新出具已获取信"},
        {200.84, 636.56, 13.29, 12.00, "19"},
        {220.34, 636.56, 13.29, 6.00, "0"},
        {239.84, 636.56, 13.29, 6.00, "0"},
        {259.34, 636.56, 13.29, 12.00, "19"},
        {82.58, 651.56, 13.29, 4.38, "理"},
        {114.34, 651.56, 13.29, 4.38, "息"},
        {200.84, 666.56, 13.29, 12.00, "13"},
        {220.34, 666.56, 13.29, 12.00, "29"},
        {239.84, 666.56, 13.29, 6.00, "0"},
        {259.34, 666.56, 13.29, 6.00, "5"},
        {82.58, 681.56, 13.29, 30.68, "（六）其他處理"},
        {200.84, 696.56, 13.29, 18.00, "197"},
        {220.34, 696.56, 13.29, 18.00, "195"},
        {239.84, 696.56, 13.29, 18.00, "145"},
        {259.34, 696.56, 13.29, 18.00, "218"},
        {43.50, 698.06, 13.29, 35.06, "三、本年度辦理結"},
        {43.50, 711.56, 13.29, 4.38, "果"},
        {82.58, 711.56, 13.29, 21.91, "（七）總計"},
        {200.84, 726.56, 13.29, 6.00, "3"},
        {220.34, 726.56, 13.29, 6.00, "1"},
        {239.84, 726.56, 13.29, 6.00, "6"},
        {259.34, 726.56, 13.29, 6.00, "3"},
        {43.50, 741.56, 13.29, 48.21, "四、結轉下年度继续辦理"},
        {286.63, 696.56, 13.29, 18.00, "158"},
        {313.92, 696.56, 13.29, 18.00, "209"},
        {333.42, 696.56, 13.29, 23.55, "1122"},
        {286.63, 726.56, 13.29, 6.00, "5"},
        {313.92, 726.56, 13.29, 6.00, "6"},
        {333.42, 726.56, 13.29, 12.00, "24"},
    };
    static xml x;
    x.len = 0;
    page(&x);
    for (size_t i = 0; i < sizeof foot / sizeof *foot; i++)
        word_w(&x, foot[i].x0, foot[i].y0, foot[i].h, foot[i].w, foot[i].t);
    xxgk_pdf_text t = layout(&x);
    assert_non_null(strstr(t.text, "5.要求行政机關确认或重新出具已获取信息\t19\t0\t0\t19\t5\t7\t50\n"));
    assert_non_null(strstr(t.text, "（六）其他處理\t13\t29\t0\t5\t0\t5\t52\n"));
    assert_non_null(strstr(t.text, "（七）總計\t197\t195\t145\t218\t158\t209\t1122\n"));
    xxgk_pdf_text_free(&t);

}

/* numbers in fullwidth digits are numbers too: the wrapped label joins */
static void test_fullwidth_numbers(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *n[] = {"１２", "０", "１２"};
    word(&x, 60, 96, 8, "1.本机关不掌握");
    data_row(&x, 101, NULL, n, 3);
    word(&x, 60, 107, 8, "相关政府信息");
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "1.本机关不掌握相关政府信息\t１２\t０\t１２\n");
    xxgk_pdf_text_free(&t);
}

static void header(xml *x, double y)
{
    word(x, 60, y, 8, "信息内容");
    word(x, 250, y, 8, "甲");
    word(x, 300, y, 8, "乙");
    word(x, 350, y, 8, "丙");
}

/* a table across a page break: the header repeated on the next page is
 * not content; the same header after prose is */
static void test_repeated_header(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    const char *n[] = {"1", "2", "3"};
    page(&x);
    header(&x, 100);
    data_row(&x, 120, "规章", n, 3);
    page(&x);
    header(&x, 60);
    data_row(&x, 80, "行政规范性文件", n, 3);
    word(&x, 60, 120, 12, "说明文字。");
    page(&x);
    header(&x, 60);
    data_row(&x, 80, "规章", n, 3);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "信息内容\t甲\t乙\t丙\n规章\t1\t2\t3\n"
                                "行政规范性文件\t1\t2\t3\n说明文字。\n"
                                "信息内容\t甲\t乙\t丙\n规章\t1\t2\t3\n");
    xxgk_pdf_text_free(&t);
}

/* rule 3: a line at the top or bottom of two pages or more, the same but
 * for its digits, is page furniture: dropped everywhere, one note per
 * kind; a line of three cells (a repeated table header) and a data row
 * are not, nor the first page's top line when it is the only title */
static void test_page_furniture(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    const char *n[] = {"1", "2", "3"};
    for (int p = 1; p <= 3; p++) {
        char date[32], foot[64];
        page(&x);
        snprintf(date, sizeof date, "2024-01-2%d", p);
        word(&x, 60, 20, 8, "新安县信息公开专栏"); /* a site's name and a date */
        word(&x, 400, 20, 8, date);
        if (p == 1)
            word(&x, 60, 60, 14, "新安县卫生健康局2023年政府信息公开工作年度报告");
        data_row(&x, 100, "规章", n, 3);
        snprintf(foot, sizeof foot, "注：本表数据截至2023年12月3%d日", p);
        word(&x, 60, 800, 8, foot); /* digits that differ: still one kind */
    }
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "新安县卫生健康局2023年政府信息公开工作年度报告\n规章\t1\t2\t3\n"
                                "规章\t1\t2\t3\n规章\t1\t2\t3\n");
    assert_int_equal(t.nfurniture, 2);
    assert_string_equal(t.furniture[0].text, "新安县信息公开专栏 2024-01-21");
    assert_int_equal(t.furniture[0].at, 0);
    assert_string_equal(t.furniture[1].text, "注：本表数据截至2023年12月31日");
    assert_int_equal(t.furniture[1].at, strlen("新安县卫生健康局2023年政府信息公开工作年度报告\n"));
    xxgk_pdf_text_free(&t);

    /* a running title over pages 2 and 3, the first page's top line the
     * title itself: the title stays, the running title goes */
    x.len = 0;
    for (int p = 1; p <= 3; p++) {
        page(&x);
        word(&x, 60, 20, 8, "新安县卫生健康局2023年政府信息公开工作年度报告");
        data_row(&x, 100, "规章", n, 3);
    }
    t = layout(&x);
    assert_string_equal(t.text, "新安县卫生健康局2023年政府信息公开工作年度报告\n规章\t1\t2\t3\n"
                                "规章\t1\t2\t3\n规章\t1\t2\t3\n");
    assert_int_equal(t.nfurniture, 1);
    /* told where it was first dropped: the top of page 2 */
    assert_int_equal(t.furniture[0].page, 1);
    assert_int_equal(t.furniture[0].at, strlen("新安县卫生健康局2023年政府信息公开工作年度报告\n规章\t1\t2\t3\n"));
    xxgk_pdf_text_free(&t);

    /* the running title on every page, the first page's title printed
     * right under it: the running title goes, the title stays */
    x.len = 0;
    for (int p = 1; p <= 3; p++) {
        page(&x);
        word(&x, 60, 20, 8, "新安县卫生健康局2023年政府信息公开工作年度报告");
        if (p == 1)
            word(&x, 60, 60, 14, "新安县卫生健康局2023年政府信息公开工作年度报告");
        data_row(&x, 100, "规章", n, 3);
    }
    t = layout(&x);
    assert_string_equal(t.text, "新安县卫生健康局2023年政府信息公开工作年度报告\n规章\t1\t2\t3\n"
                                "规章\t1\t2\t3\n规章\t1\t2\t3\n");
    assert_int_equal(t.nfurniture, 1);
    assert_int_equal(t.furniture[0].at, 0);
    xxgk_pdf_text_free(&t);

    /* a line also printed inside a page is content: kept everywhere */
    x.len = 0;
    for (int p = 1; p <= 2; p++) {
        page(&x);
        word(&x, 60, 20, 8, "说明");
        data_row(&x, 100, "规章", n, 3);
        if (p == 2)
            word(&x, 60, 140, 8, "说明");
        data_row(&x, 180, "规章", n, 3);
    }
    t = layout(&x);
    assert_int_equal(t.nfurniture, 0);
    xxgk_pdf_text_free(&t);

    /* one page only: nothing repeats */
    x.len = 0;
    page(&x);
    word(&x, 60, 20, 8, "新安县信息公开专栏");
    data_row(&x, 100, "规章", n, 3);
    t = layout(&x);
    assert_string_equal(t.text, "新安县信息公开专栏\n规章\t1\t2\t3\n");
    assert_int_equal(t.nfurniture, 0);
    xxgk_pdf_text_free(&t);
}

/* Rule 2: columns 12 points apart, so two two-digit numbers of two cells
 * stand 4 points apart (nearer than 0.6 of the height: one cell at
 * first). Page 1 shows the columns (5, 1, 15 alone in their cells); page
 * 2, the same table after the page break, has no number alone under 13:
 * the columns of page 1 carry over and 13 39 7 are three cells. A label
 * ending a point left of its first number (保护第三方 1) is two cells: 1
 * lines up with a column, the label lies over none. */
static void test_columns_over_page_break(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 8, "规章");
    word(&x, 250, 100, 8, "5");
    word(&x, 262, 100, 8, "1");
    word(&x, 274, 100, 8, "15");
    page(&x);
    word(&x, 60, 100, 8, "行政");
    word(&x, 250, 100, 8, "13");
    word(&x, 262, 100, 8, "39");
    word(&x, 274, 100, 8, "7");
    word(&x, 209, 130, 8, "保护第三方");
    word(&x, 250, 130, 8, "1");
    word(&x, 262, 130, 8, "0");
    word(&x, 274, 130, 8, "2");
    xxgk_pdf_text t = layout(&x);
    assert_non_null(strstr(t.text, "规章\t5\t1\t15\n"));
    assert_non_null(strstr(t.text, "\n行政\t13\t39\t7\n"));
    assert_non_null(strstr(t.text, "\n保护第三方\t1\t0\t2\n"));
    xxgk_pdf_text_free(&t);
}

static void test_no_words_and_entities(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    page(&x);
    xxgk_pdf_text t = layout(&x);
    assert_int_equal(t.nwords, 0);
    assert_int_equal(t.len, 0);
    assert_int_equal(t.npages, 2);
    xxgk_pdf_text_free(&t);
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 12, "A&amp;B &lt;&#x4E00;&#20108;&gt; &bogus; &#0;");
    t = layout(&x);
    assert_string_equal(t.text, "A&B <一二> &bogus; &#0;\n");
    xxgk_pdf_text_free(&t);
}

/* every prefix of a document, and bytes that are no XML: no crash, and
 * words only where a whole word stands */
static void test_truncated_and_hostile(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *n[] = {"1", "2", "3"};
    data_row(&x, 120, "规章", n, 3);
    put(&x, "<word xMin=\"-1e9\" yMin=\"99999999999999999999\" xMax=\"5\" yMax=\"x\">bad</word>");
    put(&x, "<word xMin=\"10\" yMin=\"10\" xMax=\"5\" yMax=\"20\">backwards</word><word>");
    for (size_t k = 0; k <= x.len; k++) {
        xxgk_pdf_text t;
        assert_true(xxgk_pdf_layout(x.buf, k, &t));
        assert_true(t.len == strlen(t.text));
        xxgk_pdf_text_free(&t);
    }
    static const char junk[] = "<page<page <word <word xMin=\"1\"></word>\0<page>";
    xxgk_pdf_text t;
    assert_true(xxgk_pdf_layout(junk, sizeof junk, &t));
    assert_int_equal(t.nwords, 0);
    xxgk_pdf_text_free(&t);
}

/* a stand-in for pdftotext: a shell script in a temporary file */
static void script(char *path, size_t size, const char *body)
{
    snprintf(path, size, "%s/xxgk-test-pdf-XXXXXX", P_tmpdir);
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_true(write(fd, body, strlen(body)) == (ssize_t)strlen(body));
    close(fd);
    assert_int_equal(chmod(path, 0700), 0);
}

static void test_child_limits(void **state)
{
    (void)state;
    char hang[256], mute[256], flood[256], fails[256], ok[256];
    script(hang, sizeof hang, "#!/bin/sh\nexec sleep 20\n");
    /* closes its output, then goes on running */
    script(mute, sizeof mute, "#!/bin/sh\nexec 1>&- 2>&-\nexec sleep 20\n");
    script(flood, sizeof flood, "#!/bin/sh\nexec yes '<word>x</word>'\n");
    script(fails, sizeof fails, "#!/bin/sh\necho 'Syntax Warning: odd' >&2\necho 'Syntax Error: broken' >&2\nexit 1\n");
    script(ok, sizeof ok,
           "#!/bin/sh\necho '<page><word xMin=\"1\" yMin=\"1\" xMax=\"9\" yMax=\"9\">一、总体情况</word></page>'\n");
    xxgk_pdf_limits lim = {.seconds = 1, .max_output = 1 << 16};
    xxgk_pdf_text t;
    char why[128];
    long long us = 0;
    lim.program = hang;
    assert_int_equal(xxgk_pdf_extract("x.pdf", "", 0, &lim, &t, why, sizeof why, &us), XXGK_PDF_TIMEOUT);
    assert_true(us >= 1000000 && us < 10000000);
    lim.program = mute;
    assert_int_equal(xxgk_pdf_extract("x.pdf", "", 0, &lim, &t, why, sizeof why, NULL), XXGK_PDF_TIMEOUT);
    lim.program = flood;
    assert_int_equal(xxgk_pdf_extract("x.pdf", "", 0, &lim, &t, why, sizeof why, NULL), XXGK_PDF_TOO_LARGE);
    lim.program = fails;
    assert_int_equal(xxgk_pdf_extract("x.pdf", "", 0, &lim, &t, why, sizeof why, NULL), XXGK_PDF_FAILED);
    assert_string_equal(why, "Syntax Error: broken");
    lim.program = "/nonexistent/pdftotext";
    assert_int_equal(xxgk_pdf_extract("x.pdf", "", 0, &lim, &t, why, sizeof why, NULL), XXGK_PDF_MISSING);
    lim.program = ok; /* standard input goes through a temporary copy */
    assert_int_equal(xxgk_pdf_extract("-", "%PDF-1.4\n", 9, &lim, &t, why, sizeof why, NULL), XXGK_PDF_OK);
    assert_string_equal(t.text, "一、总体情况\n");
    xxgk_pdf_text_free(&t);
    unlink(hang);
    unlink(mute);
    unlink(flood);
    unlink(fails);
    unlink(ok);
}

/* The front end takes pdftotext's program, limits and temporary folder
 * from xxgk_options.pdf, not from the environment: a variable set here
 * changes nothing, the options change what the user sees (the code and
 * its number: seconds, MiB). */
static void test_options_not_environment(void **state)
{
    (void)state;
    char hang[256], flood[256], ok[256];
    script(hang, sizeof hang, "#!/bin/sh\nexec sleep 20\n");
    script(flood, sizeof flood, "#!/bin/sh\nexec yes '<word>x</word>'\n");
    script(ok, sizeof ok,
           "#!/bin/sh\necho '<page><word xMin=\"1\" yMin=\"1\" xMax=\"9\" yMax=\"9\">一、总体情况</word></page>'\n");
    setenv("XXGK_PDFTOTEXT", hang, 1);
    setenv("XXGK_PDF_TIMEOUT", "1", 1);
    setenv("TMPDIR", "/nonexistent", 1);
    static const uint8_t pdf[] = "%PDF-1.4\n";
    xxgk_input in;
    xxgk_options o = {.pdf = {.program = ok}};
    assert_true(xxgk_input_read(&in, pdf, sizeof pdf - 1, XXGK_INPUT_AUTO, -1, &o));
    assert_string_equal(in.text, "一、总体情况\n");
    xxgk_input_free(&in);

    o.pdf = (xxgk_pdf_options){.program = "/nonexistent/pdftotext"};
    assert_false(xxgk_input_read(&in, pdf, sizeof pdf - 1, XXGK_INPUT_AUTO, -1, &o));
    assert_int_equal(in.error_code, XXGK_L_PDF_NO_PDFTOTEXT);
    xxgk_input_free(&in);

    o.pdf = (xxgk_pdf_options){.program = hang, .seconds = 1};
    assert_false(xxgk_input_read(&in, pdf, sizeof pdf - 1, XXGK_INPUT_AUTO, -1, &o));
    assert_int_equal(in.error_code, XXGK_L_PDF_TIMEOUT);
    assert_int_equal(in.error_num, 1);
    xxgk_input_free(&in);

    o.pdf = (xxgk_pdf_options){.program = flood, .max_mib = 1};
    assert_false(xxgk_input_read(&in, pdf, sizeof pdf - 1, XXGK_INPUT_AUTO, -1, &o));
    assert_int_equal(in.error_code, XXGK_L_PDF_TOO_LARGE);
    assert_int_equal(in.error_num, 1);
    xxgk_input_free(&in);

    /* the temporary copy goes where the options say */
    o.pdf = (xxgk_pdf_options){.program = ok, .tmpdir = "/nonexistent"};
    assert_false(xxgk_input_read(&in, pdf, sizeof pdf - 1, XXGK_INPUT_AUTO, -1, &o));
    assert_int_equal(in.error_code, XXGK_L_PDF_FAILED);
    xxgk_input_free(&in);

    unsetenv("XXGK_PDFTOTEXT");
    unsetenv("XXGK_PDF_TIMEOUT");
    unsetenv("TMPDIR");
    unlink(hang);
    unlink(flood);
    unlink(ok);
}

/* an empty cell's dash opening a data row's values (valign bottom,
 * LibreOffice: 四、结转下年度继续办 / 理 - 0 - 0) is a value's place, never
 * the row's label: the numbered piece above begins that row's label, not
 * the end of （七）总计's (whose numbers it took before, the row's own
 * going nowhere) */
static void test_dash_opens_values(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *tot[] = {"0", "0", "0", "0"}, *out[] = {"-", "0", "-", "0"};
    word(&x, 80, 100, 8, "（七）总计");
    data_row(&x, 100, NULL, tot, 4);
    word(&x, 60, 109, 8, "四、结转下年度继续办");
    word(&x, 60, 120, 8, "理");
    data_row(&x, 120, NULL, out, 4);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "（七）总计\t0\t0\t0\t0\n"
                                "四、结转下年度继续办理\t-\t0\t-\t0\n");
    xxgk_pdf_text_free(&t);
}

/* rule 2c with no border and no padding (LibreOffice): a group label's
 * line （三 / ）不 stands 0.3 pt (0.04 of a height) from the label at the
 * table's label column start; it begins a cell there, so 2.其他法律行政
 * starts the next row's label and 1.属于国家秘密 keeps its own numbers
 * (before: one cell ）不2.其他法律行政, given to the row above, and 1.属于
 * 国家秘密's numbers went silently to 2.其他法律行政法规禁止公开) */
static void test_label_column_touching(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *a[] = {"1", "2"}, *b[] = {"3", "4"}, *c[] = {"5", "6"}, *d[] = {"7", "8"};
    word(&x, 116.3, 100, 8, "（一）予以公开");
    data_row(&x, 100, NULL, a, 2);
    word(&x, 100, 112, 8, "（三");
    word(&x, 116.3, 112, 8, "1.属于国家秘密");
    data_row(&x, 112, NULL, b, 2);
    word(&x, 100, 124, 8, "）不");
    word(&x, 116.3, 124, 8, "2.其他法律行政");
    word(&x, 100, 136, 8, "予公");
    word(&x, 116.3, 136, 8, "法规禁止公开");
    data_row(&x, 136, NULL, c, 2);
    word(&x, 104, 148, 8, "开");
    word(&x, 116.3, 148, 8, "3.危及三安全一稳定");
    data_row(&x, 148, NULL, d, 2);
    word(&x, 116.3, 160, 8, "4.保护第三方合法权益");
    data_row(&x, 160, NULL, a, 2);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "（一）予以公开\t1\t2\n"
                                "（三\t1.属于国家秘密\t3\t4\n"
                                "）不\n"
                                "予公\t2.其他法律行政法规禁止公开\t5\t6\n"
                                "开\t3.危及三安全一稳定\t7\t8\n"
                                "4.保护第三方合法权益\t1\t2\n");
    xxgk_pdf_text_free(&t);
}

/* rule 2c on a narrow page (a browser's print to A5, docs/formats.md):
 * the group label's line 年度办 ends 4 pt (0.5 of a height, under rule 2's
 * 0.6) left of （二）部分公开（区分, which starts at the label column two
 * rows of the table start at: it begins a cell there, and （二）'s numbers
 * stay its own (before: one cell 年度办（二）部分公开（区分 given to the
 * row above, （一）予以公开's numbers silently in 部分公开's cells). The
 * same geometry with the two words one character each (申 请, Word's
 * letter spacing) stays one cell */
static void test_label_column_a5(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *a[] = {"1", "2"}, *b[] = {"3", "4"}, *c[] = {"5", "6"};
    word(&x, 128, 88, 8, "1.二、上年结转");
    data_row(&x, 88, NULL, c, 2);
    word(&x, 100, 100, 8, "三、本");
    word(&x, 128, 100, 8, "（一）予以公开");
    data_row(&x, 100, NULL, a, 2);
    word(&x, 100, 112, 8, "年度办");
    word(&x, 128, 112, 8, "（二）部分公开（区分");
    data_row(&x, 112, NULL, b, 2);
    word(&x, 128, 124, 8, "（四）无法提供");
    data_row(&x, 124, NULL, c, 2);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "1.二、上年结转\t5\t6\n"
                                "三、本\t（一）予以公开\t1\t2\n"
                                "年度办\t（二）部分公开（区分\t3\t4\n"
                                "（四）无法提供\t5\t6\n");
    xxgk_pdf_text_free(&t);

    /* letter-spaced: 申 and 请 one character each, 4 pt apart */
    x.len = 0;
    page(&x);
    word(&x, 128, 100, 8, "（一）予以公开");
    data_row(&x, 100, NULL, a, 2);
    word(&x, 116, 112, 8, "申");
    word(&x, 128, 112, 8, "请");
    data_row(&x, 112, NULL, b, 2);
    word(&x, 128, 124, 8, "（三）不予公开");
    data_row(&x, 124, NULL, c, 2);
    t = layout(&x);
    assert_string_equal(t.text, "（一）予以公开\t1\t2\n"
                                "申请\t3\t4\n"
                                "（三）不予公开\t5\t6\n");
    xxgk_pdf_text_free(&t);
}

/* rule 2c with justified text, each character its own word: the group
 * label's line 其 他 处 (2 pt apart) ends 0.3 pt left of the label column,
 * where the item's 理 由 逾 (2 pt apart) starts: two lone characters, but
 * nearer each other than either to its own neighbour, so two cells (before:
 * one cell 其他处理由逾, the row's label broken, its numbers lost; chromium's
 * print of pingtan-2022.page.html at 600 pt). Evenly spaced (2 pt between
 * 处 and 理 as well) they are one letter-spaced cell */
static void test_label_column_justified(void **state)
{
    (void)state;
    static xml x;
    const char *a[] = {"1", "2"}, *b[] = {"3", "4"}, *c[] = {"5", "6"};
    for (int even = 0; even < 2; even++) {
        x.len = 0;
        page(&x);
        word(&x, 128, 100, 8, "1.重复申请");
        data_row(&x, 100, NULL, a, 2);
        double at = even ? 98.0 : 99.7;
        const char *ch[] = {"其", "他", "处"};
        for (int k = 0; k < 3; k++)
            word(&x, at + 10 * k, 112, 8, ch[k]);
        const char *it[] = {"理", "由", "逾"};
        for (int k = 0; k < 3; k++)
            word(&x, 128 + 10 * k, 112, 8, it[k]);
        data_row(&x, 112, NULL, b, 2);
        word(&x, 128, 124, 8, "2.重复申请");
        data_row(&x, 124, NULL, c, 2);
        xxgk_pdf_text t = layout(&x);
        assert_string_equal(t.text, even ? "1.重复申请\t1\t2\n其他处理由逾\t3\t4\n2.重复申请\t5\t6\n"
                                         : "1.重复申请\t1\t2\n其他处\t理由逾\t3\t4\n2.重复申请\t5\t6\n");
        xxgk_pdf_text_free(&t);
    }
}

/* rule 2d: a line of numbers alone right against a row, each over a
 * number of it and as wide as its column's widest (3210 or 103 wrapped as
 * 32 / 10 / 3 in a column two digits wide, no padding above or below):
 * one P095 at that line, its note over the rows around it; never joined.
 * A number narrower than its column's widest (the table's own row of one
 * number under another) is none */
static void test_wrapped_numbers(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    const char *a[] = {"12", "0"}, *tot[] = {"32", "5"}, *frag[] = {"10"}, *out[] = {"3", "0"};
    data_row(&x, 100, "3.其他", a, 2);
    data_row(&x, 108, "（七）总计", tot, 2);
    data_row(&x, 116, NULL, frag, 1);
    data_row(&x, 124, "四、结转", out, 2);
    xxgk_pdf_text t = layout(&x);
    assert_string_equal(t.text, "3.其他\t12\t0\n（七）总计\t32\t5\n10\n四、结转\t3\t0\n");
    assert_int_equal(t.nwrapped, 1);
    assert_string_equal(t.wrapped[0].text, "10");
    assert_int_equal(t.wrapped[0].at, strlen("3.其他\t12\t0\n（七）总计\t32\t5\n"));
    assert_int_equal(t.wrapped[0].line, strlen("3.其他\t12\t0\n"));
    assert_int_equal(t.wrapped[0].line_end, strlen("3.其他\t12\t0\n（七）总计\t32\t5\n10\n四、结转\t3\t0"));
    xxgk_pdf_text_free(&t);
    x.len = 0;
    page(&x);
    const char *wide[] = {"100", "0"}, *one[] = {"5"};
    data_row(&x, 100, "3.其他", wide, 2);
    data_row(&x, 108, "（七）总计", tot, 2);
    data_row(&x, 116, NULL, one, 1);
    data_row(&x, 124, "四、结转", out, 2);
    t = layout(&x);
    assert_int_equal(t.nwrapped, 0);
    xxgk_pdf_text_free(&t);
}

/* Rules 2f and 6b, table 四's header read per column (words of a
 * LibreOffice PDF, 13 pt boxes, numbers left in their 32 pt cells):
 * 行政复议's five cells span two rows and wrap (结果维 / 持), vertically
 * centred, so their lines interleave with the sub-headers' (总计 one line
 * beside 结果维 / 持) and 总计 stands 7 pt from the next column's 结果维,
 * under 0.6 of the box. The numbers' zones split the row's words and say
 * which words are which column's: one header line, left to right. Must
 * not: a label set above its numbers (labels at the top of their cells)
 * is no header band (it stands left of the zones), nor is a line of
 * prose wider than a column cut by them, nor a band whose lines lie on
 * one grid regrouped. */
static void test_header_by_columns(void **state)
{
    (void)state;
    static const struct {
        double x0, y0, w;
        const char *t;
    } ws[] = {
        {117.1, 266.4, 40, "行政复议"}, {358.0, 266.4, 40, "行政诉讼"}, {257.6, 281.4, 80, "未经复议直接起诉"},
        {433.3, 281.4, 50, "复议后起诉"}, {57.9, 288.9, 30, "结果维"}, {90.0, 288.9, 30, "结果纠"},
        {122.0, 288.9, 30, "其他结"}, {154.1, 288.9, 30, "尚未审"}, {191.3, 296.2, 20, "总计"},
        {218.4, 296.4, 30, "结果维"}, {250.5, 296.4, 30, "结果纠"}, {282.6, 296.4, 30, "其他结"},
        {314.7, 296.4, 30, "尚未审"}, {378.8, 296.4, 30, "结果维"}, {410.9, 296.4, 30, "结果纠"},
        {443.0, 296.4, 30, "其他结"}, {475.2, 296.4, 30, "尚未审"}, {67.9, 303.4, 10, "持"},
        {100.0, 303.4, 10, "正"}, {132.0, 303.4, 10, "果"}, {164.1, 303.4, 10, "结"},
        {351.7, 303.7, 20, "总计"}, {512.5, 303.7, 20, "总计"}, {228.4, 310.9, 10, "持"},
        {260.5, 310.9, 10, "正"}, {292.6, 310.9, 10, "果"}, {324.7, 310.9, 10, "结"},
        {388.8, 310.9, 10, "持"}, {420.9, 310.9, 10, "正"}, {453.0, 310.9, 10, "果"},
        {485.2, 310.9, 10, "结"},
    };
    const char *nums[] = {"1", "1", "0", "0", "2", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"};
    const double nx[] = {57.1, 89.2, 121.2, 153.3, 185.4, 217.6, 249.7, 281.8,
                         313.9, 345.9, 378.0, 410.1, 442.2, 474.3, 506.5};
    static xml x;
    for (int variant = 0; variant < 4; variant++) {
        x.len = 0;
        page(&x);
        for (size_t i = 0; i < sizeof ws / sizeof *ws; i++) {
            /* variant 3: every column's lines on one grid (288.9 / 303.4), each
             * 总计 two lines 总 / 计 beside 结果维 / 持 */
            double y = ws[i].y0;
            if (variant == 3 && y > 285 && y < 315) {
                if (strcmp(ws[i].t, "总计") == 0) {
                    word_w(&x, ws[i].x0, 288.9, 13, 10, "总");
                    word_w(&x, ws[i].x0, 303.4, 13, 10, "计");
                    continue;
                }
                y = y < 300 ? 288.9 : 303.4;
            }
            word_w(&x, ws[i].x0, y, 13, ws[i].w, ws[i].t);
        }
        if (variant == 1) /* a label at the top of its cell, left of the numbers */
            word_w(&x, 10, 303.4, 13, 40, "标签");
        if (variant == 2) /* a line of prose over the columns, words 0.2 em apart */
            for (int i = 0; i < 4; i++)
                word_w(&x, 57.1 + 100 * i, 240, 13, 97.4, "本机关全年共受理");
        for (int i = 0; i < 15; i++)
            word_w(&x, nx[i], 323.7, 13, 5, nums[i]);
        xxgk_pdf_text t = layout(&x);
        const char *header = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t"
                             "尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                             "1\t1\t0\t0\t2\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\n";
        if (variant == 1) {
            assert_null(strstr(t.text, header));
            assert_non_null(strstr(t.text, "标签"));
        } else if (variant == 3) {
            assert_null(strstr(t.text, "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"));
            assert_non_null(strstr(t.text, "结果维\t结果纠\t其他结\t尚未审\t总\n"));
        } else {
            assert_non_null(strstr(t.text, header));
            assert_non_null(strstr(t.text, "行政复议\t行政诉讼\n未经复议直接起诉\t复议后起诉\n"));
        }
        if (variant == 2)
            assert_non_null(strstr(t.text, "本机关全年共受理本机关全年共受理本机关全年共受理本机关全年共受理\n"));
        xxgk_pdf_text_free(&t);
    }
}

/* rule 1b: a row whose 总计 cell is set at its top, the others centred
 * in the row made two lines tall by its wrapped label (LibreOffice's PDF
 * of the official template): 5 half a line above 5 0 0 0 0 0, one row
 * of seven values, 5 in 总计. Before, the grammar read the two lines'
 * numbers in order: 5 went to 自然人, every value one column off, silently.
 * Must not: an item's number 5. left of the numbers, half a line above
 * them, is the label's (runhead-signoff) */
static void test_numbers_at_two_heights(void **state)
{
    (void)state;
    const double nx[] = {304.4, 338.7, 372.9, 407.2, 441.5, 475.8, 510.0};
    for (int variant = 0; variant < 2; variant++) {
        static xml x;
        x.len = 0;
        page(&x);
        word_w(&x, 94.6, 289.3, 13, 70, "（一）予以公开");
        for (int i = 0; i < 7; i++)
            word_w(&x, nx[i], 288.0, 13.65, 6.7, i == 6 ? "30" : "4");
        word_w(&x, 94.6, 306.4, 13, 190, "（二）部分公开（区分处理的，只计这一情");
        word_w(&x, 94.6, 322.0, 13, 90, "形，不计其他情形）");
        if (variant == 0)
            word_w(&x, 510.0, 305.2, 13.65, 6.7, "5");
        else
            word_w(&x, 260.0, 305.2, 13.65, 8, "5.");
        for (int i = 0; i < 6; i++)
            word_w(&x, nx[i], 313.0, 13.65, 6.7, i ? "0" : "5");
        if (variant == 1)
            word_w(&x, 510.0, 313.0, 13.65, 6.7, "5");
        word_w(&x, 140.7, 339.2, 13, 70, "1.属于国家秘密");
        for (int i = 0; i < 7; i++)
            word_w(&x, nx[i], 337.9, 13.65, 6.7, "0");
        xxgk_pdf_text t = layout(&x);
        if (variant == 0)
            assert_non_null(strstr(t.text, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t0\t0\t0\t0\t0\t5\n"));
        else
            assert_null(strstr(t.text, "\t5.\t"));
        xxgk_pdf_text_free(&t);
    }
}

/* Rule 1b stays off when both rows hold a line of a label (chromium's
 * print of a table whose 总计 cells sit at the top, the labels in 31 pt
 * line boxes): the group label （四）无 / 法提供 and the item label
 * 2.没有现成信息需要另行 / 制作 are broken over the two rows. Moving the
 * lone 0 down left the first lines without numbers: their text was
 * read into another row's label (P009, P013 and the row lost), where
 * the two lines as printed are read whole. */
static void test_two_heights_label_lines_both(void **state)
{
    (void)state;
    const double nx[] = {265.7, 285.6, 308.6, 331.6, 361.0, 390.3, 407.0};
    static xml x;
    x.len = 0;
    page(&x);
    word_w(&x, 142.1, 340.0, 31.2, 120, "1.本机关不掌握相关政府信息");
    for (int i = 0; i < 7; i++)
        word_w(&x, nx[i], 349.0, 13.3, 6, "3");
    word_w(&x, 83.0, 389.0, 31.2, 48, "（四）无");
    word_w(&x, 142.1, 389.0, 31.2, 120, "没有现成信息需要另行");
    word_w(&x, 407.0, 401.1, 13.3, 6, "1");
    word_w(&x, 83.0, 401.0, 31.2, 36, "法提供");
    word_w(&x, 133.1, 401.1, 13.3, 9, "2.");
    word_w(&x, 133.1, 401.0, 31.2, 24, "制作");
    for (int i = 0; i < 6; i++)
        word_w(&x, nx[i], 407.1, 13.3, 6, "0");
    xxgk_pdf_text t = layout(&x);
    assert_non_null(strstr(t.text, "（四）无2.没有现成信息需要另行\t\t\t\t\t\t\t1\n法提供\t制作\t0\t0\t0\t0\t0\t0\t\n"));
    assert_null(strstr(t.text, "另行法提供"));
    xxgk_pdf_text_free(&t);
}

/* Rule 1b by the label's band: chromium's print (31.2 pt line boxes) of
 * table 三 whose columns 商业企业 and 其他 sit at the top of their cells,
 * the others in the middle (variant 0) or at the bottom (variant 1), in
 * a row made two lines tall by its wrapped label. The top numbers share
 * the label's first line, the others its second (计其他情形）): both rows
 * hold text, and the middle ones stand more than three quarters of a
 * height below the top ones. The label's lines (its first starts a
 * numbered label, the second, in its column, none) make the row's band:
 * every number in it is the row's. Before, the grammar read 0 0 then
 * 5 0 0 0 5 in order: 5 went to 科研机构, silently. A group label glued
 * to an item's first line over another column's next line
 * (（四）无2.没有… over 法提供 制作) is no one label (test above). */
static void test_numbers_in_label_band(void **state)
{
    (void)state;
    const double nx[] = {367.4, 393.0, 424.0, 455.0, 496.6, 538.3, 558.6};
    for (int variant = 0; variant < 2; variant++) {
        static xml x;
        x.len = 0;
        page(&x);
        word_w(&x, 100.3, 454.2, 31.2, 90, "（一）予以公开");
        for (int i = 0; i < 7; i++)
            word_w(&x, nx[i], 463.8, 13.3, 6.7, i ? "0" : "27");
        word_w(&x, 100.3, 499.2, 31.2, 264, "（二）部分公开（区分处理的，只计这一情形，不");
        word_w(&x, 100.3, 517.2, 31.2, 72, "计其他情形）");
        double low = variant ? 530.1 : 518.8;
        for (int i = 0; i < 7; i++)
            word_w(&x, nx[i], i == 1 || i == 5 ? 507.6 : low, 13.3, 6.7, i == 0 || i == 6 ? "5" : "0");
        word_w(&x, 169.6, 562.2, 31.2, 84, "1.属于国家秘密");
        for (int i = 0; i < 7; i++)
            word_w(&x, nx[i], 572.8, 13.3, 6.7, "0");
        xxgk_pdf_text t = layout(&x);
        assert_non_null(strstr(t.text, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t0\t0\t0\t0\t0\t5\n"));
        xxgk_pdf_text_free(&t);
    }
}

/* x19-b's table 三: the group label's column (三、本 / 年度办 / 理结果)
 * printed so near the item label's that each line is one cell with it
 * (三、本（一）予以公开), one column's number at the cell's top. The
 * lines under that cell are no band of one label: read as one, all four
 * lines became one label that starts a section's heading (三、本（一）予以
 * 公开年度办（含…）), and the table was lost whole (P001). */
static void test_glued_group_label_no_band(void **state)
{
    (void)state;
    const double nx[] = {186.8, 206.1, 227.5, 248.9, 274.5, 300.2, 317.3};
    static xml x;
    x.len = 0;
    page(&x);
    word_w(&x, 248.9, 588.6, 13.3, 6, "0");
    word_w(&x, 36.0, 580.2, 31.2, 36, "三、本");
    word_w(&x, 77.9, 580.2, 31.2, 84, "（一）予以公开");
    word_w(&x, 36.0, 598.2, 31.2, 36, "年度办");
    word_w(&x, 77.9, 598.2, 31.2, 96, "（含部分主动公开");
    for (int i = 0; i < 3; i++)
        word_w(&x, nx[i], 617.8, 13.3, 6, i ? "0" : "7");
    word_w(&x, 36.0, 616.2, 31.2, 36, "理结果");
    word_w(&x, 77.9, 616.2, 31.2, 96, "的信息及已公开信");
    for (int i = 4; i < 7; i++)
        word_w(&x, nx[i], 617.8, 13.3, 6, i == 6 ? "7" : "0");
    word_w(&x, 77.9, 634.2, 31.2, 48, "息告知）");
    xxgk_pdf_text t = layout(&x);
    assert_null(strstr(t.text, "三、本（一）予以公开年度办"));
    assert_non_null(strstr(t.text, "三、本（一）予以公开\t"));
    xxgk_pdf_text_free(&t);
}

/* a page without a word among pages with words (an image only, a scanned
 * page): listed for L051, where the text goes on */
static void test_page_without_text(void **state)
{
    (void)state;
    static xml x;
    x.len = 0;
    page(&x);
    word(&x, 60, 100, 8, "一、总体情况");
    page(&x);
    page(&x);
    word(&x, 60, 100, 8, "六、其他需要报告的事项");
    page(&x);
    xxgk_pdf_text t = layout(&x);
    assert_int_equal(t.npages, 4);
    assert_int_equal(t.nblank, 2);
    assert_int_equal(t.blank[0], 2);
    assert_int_equal(t.blank[1], 4);
    assert_int_equal(t.page_starts[1], strlen("一、总体情况\n"));
    xxgk_pdf_text_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells_and_sentences),
        cmocka_unit_test(test_spread_digits),
        cmocka_unit_test(test_spread_rows_beyond_kept),
        cmocka_unit_test(test_spread_spacing),
        cmocka_unit_test(test_spread_doc_advance),
        cmocka_unit_test(test_spread_no_lone_digit),
        cmocka_unit_test(test_page_numbers_and_page_starts),
        cmocka_unit_test(test_wrapped_label_joins_its_numbers),
        cmocka_unit_test(test_label_above_numbers),
        cmocka_unit_test(test_two_labels_one_row),
        cmocka_unit_test(test_two_levels_numbers_below),
        cmocka_unit_test(test_labels_under_numbers),
        cmocka_unit_test(test_labels_under_bounds),
        cmocka_unit_test(test_labels_at_foot),
        cmocka_unit_test(test_fullwidth_numbers),
        cmocka_unit_test(test_repeated_header),
        cmocka_unit_test(test_page_furniture),
        cmocka_unit_test(test_columns_over_page_break),
        cmocka_unit_test(test_no_words_and_entities),
        cmocka_unit_test(test_truncated_and_hostile),
        cmocka_unit_test(test_child_limits),
        cmocka_unit_test(test_options_not_environment),
        cmocka_unit_test(test_dash_opens_values),
        cmocka_unit_test(test_label_column_touching),
        cmocka_unit_test(test_label_column_a5),
        cmocka_unit_test(test_label_column_justified),
        cmocka_unit_test(test_wrapped_numbers),
        cmocka_unit_test(test_centred_numbers_first_label),
        cmocka_unit_test(test_page_without_text),
        cmocka_unit_test(test_header_by_columns),
        cmocka_unit_test(test_numbers_at_two_heights),
        cmocka_unit_test(test_two_heights_label_lines_both),
        cmocka_unit_test(test_numbers_in_label_band),
        cmocka_unit_test(test_glued_group_label_no_band),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
