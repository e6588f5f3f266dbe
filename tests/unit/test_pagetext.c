/* Run-together page text (src/syntax/pagetext.c): section headings found
 * inside long lines, only where the grammar can expect them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numerals.h"
#include "pagetext.h"
#include "testutil.h"
#include "utf8.h"

/* "一二…" of the sections in the first copy, in order, with the line:col of
 * each heading when AT, e.g. "一@10:503 二@10:2062" (else "一二") */
static void sections_listed(const xxgk_doc *d, char *buf, size_t size, bool at)
{
    static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六"};
    buf[0] = 0;
    for (const xxgk_section *s = xxgk_doc_report(d)->sections; s; s = s->next) {
        xxgk_pos p = xxgk_doc_position(d, s->heading_span.start);
        size_t l = strlen(buf);
        const char *id = s->id > 0 && s->id < 7 ? cn[s->id] : "?";
        if (at)
            snprintf(buf + l, size - l, "%s%s@%u:%u", l ? " " : "", id, p.line, p.col);
        else
            snprintf(buf + l, size - l, "%s", id);
    }
}

static void sections_of(const xxgk_doc *d, char *buf, size_t size)
{
    sections_listed(d, buf, size, true);
}

/* TEXT parsed lists the sections WANT (sections_listed, AT as there). */
static void assert_sections(const char *text, bool at, const char *want)
{
    xxgk_doc *d = parse_str(text);
    char buf[256];
    sections_listed(d, buf, sizeof buf, at);
    assert_string_equal(buf, want);
    xxgk_doc_free(d);
}

static void test_inline_headings(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("corpus/pingtan-2021-page.txt");
    char buf[256];
    sections_of(d, buf, sizeof buf);
    assert_string_equal(buf, "一@10:503 二@10:2062 三@10:2237 四@10:2897 五@10:3009 六@10:3320");
    /* the crawler's header field is not part of the title */
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "平潭综合实验区");
    xxgk_doc_free(d);
}

/* The body's first heading at the start of its long line is a heading too. */
static void test_heading_starting_a_long_line(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    char *v = replace1(t, "一、总体情况", "\n一、总体情况");
    xxgk_doc *d = parse_str(v);
    char buf[256];
    sections_of(d, buf, sizeof buf);
    assert_string_equal(buf, "一@11:1 二@11:1560 三@11:1735 四@11:2395 五@11:2507 六@11:2818");
    assert_int_equal(count_diags(d, XXGK_P_GLUED_AMBIGUOUS), 1);
    xxgk_doc_free(d);
    free(v);
    free(t);
}

/* An ordinary report whose long prose line names the sections with their
 * numerals: they are mentions, not headings (each has its own line). */
static void test_mentions_in_an_ordinary_report(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021.txt", NULL);
    const char *mention = "本报告分为一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况等部分。";
    size_t ml = strlen(mention), n = strlen(t);
    char *v = malloc(n + 40 * ml + 1);
    /* the mention forty times at the end of the preamble's first line */
    const char *nl = strchr(t, '\n');
    size_t head = (size_t)(nl - t);
    memcpy(v, t, head);
    for (int i = 0; i < 40; i++)
        memcpy(v + head + (size_t)i * ml, mention, ml);
    strcpy(v + head + 40 * ml, nl);
    xxgk_doc *a = parse_str(t), *b = parse_str(v);
    char sa[256], sb[256];
    sections_of(a, sa, sizeof sa);
    sections_of(b, sb, sizeof sb);
    /* the same sections at the same lines, the same cells and errors */
    assert_string_equal(sa, sb);
    assert_int_equal(count_cells(a), count_cells(b));
    assert_int_equal(xxgk_doc_count(a, XXGK_ERROR), xxgk_doc_count(b, XXGK_ERROR));
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    free(v);
    free(t);
}

/* A heading with a short line of its own after the long line: which
 * sections have one is looked up when the walk of the long line first
 * meets a numeral and 、 (then the whole text is read, the lines after it
 * too), so 六 is not taken inline but from its own line, and 一 … 五 are
 * found inline as before. */
static void test_own_line_after_the_long_line(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    size_t n = strlen(t);
    while (n && t[n - 1] == '\n')
        n--;
    const char *tail = "\n六、其他需要报告的事项\n无。\n";
    char *v = malloc(n + strlen(tail) + 1);
    memcpy(v, t, n);
    strcpy(v + n, tail);
    assert_sections(v, true, "一@10:503 二@10:2062 三@10:2237 四@10:2897 五@10:3009 六@11:1");
    free(v);
    free(t);
}

/* Lone CR line ends (an old Mac text): the same lines, and the pre-pass
 * finds the same headings (the LF lines are then found by memchr). */
static void test_lone_cr_line_ends(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    for (char *p = t; *p; p++)
        if (*p == '\n')
            *p = '\r';
    xxgk_doc *d = parse_str(t);
    char buf[256];
    sections_of(d, buf, sizeof buf);
    assert_string_equal(buf, "一@10:503 二@10:2062 三@10:2237 四@10:2897 五@10:3009 六@10:3320");
    xxgk_doc_free(d);
    free(t);
}

/* The sub-headings of section 一 (headings at any depth). */
static int overview_headings(const xxgk_doc *d)
{
    int n = 0;
    for (const xxgk_section *s = xxgk_doc_report(d)->sections; s; s = s->next)
        for (const xxgk_block *b = s->id == XXGK_SEC_OVERVIEW ? s->blocks : NULL; b; b = b->next)
            n += b->kind == XXGK_B_HEADING;
    return n;
}

/* A sub-heading （一） follows a sentence's end even with bytes that are not
 * UTF-8 between (the scan steps over them), not with a letter between. */
static void test_subheading_after_stray_bytes(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    char *stray = replace1(t, "建设。（一）", "建设。\x80\xbf（一）");
    char *letter = replace1(t, "建设。（一）", "建设。\x80" "x（一）");
    xxgk_doc *a = parse_str(t), *b = parse_str(stray), *c = parse_str(letter);
    int n = overview_headings(a);
    assert_true(n > 0);
    assert_int_equal(overview_headings(b), n);
    assert_int_equal(overview_headings(c), n - 1);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    xxgk_doc_free(c);
    free(letter);
    free(stray);
    free(t);
}

/* Every numeral 1 to 9 that takes three bytes in UTF-8 starts with a byte
 * pt_numeral_lead accepts: the heading search may reject the others
 * without decoding them. */
static void test_numeral_leads(void **state)
{
    (void)state;
    int seen = 0;
    for (uint32_t cp = 0x800; cp <= 0xFFFF; cp++) {
        int d = numeral_digit(cp);
        if (d < 1 || d > 9)
            continue;
        char u[5] = {0};
        assert_int_equal(utf8_put(u, cp), 3);
        assert_true(pt_numeral_lead((uint8_t)u[0]));
        seen++;
    }
    assert_int_equal(seen, 18); /* 一 … 九 and １ … ９ */
}

/* The body of Pingtan's 2021 page text from its heading 一 on: one long
 * line of run-together sections, ending in 附件下载. */
static char *page_body(void)
{
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    char *b = strstr(t, "一、总体情况");
    char *nl = strchr(b, '\n'); /* the last line: none */
    if (nl)
        *nl = 0;
    char *body = strdup(b);
    free(t);
    return body;
}

/* The column of p on the first line of v, in code points. */
static unsigned col_of(const char *v, const char *p)
{
    unsigned col = 1;
    for (const char *q = v; q < p; q++)
        col += ((unsigned char)*q & 0xC0) != 0x80;
    return col;
}

static char *concat(const char *const *parts, int n)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        len += strlen(parts[i]);
    char *v = malloc(len);
    v[0] = 0;
    for (int i = 0; i < n; i++)
        strcat(v, parts[i]);
    return v;
}

/* A crawler's text of a page that holds two reports: each title run into
 * its preamble and the sections. The first title is the title line; the
 * second starts another report (P026, at its first character), not a copy. */
static void test_titles_run_into_the_text(void **state)
{
    (void)state;
    char *body = page_body();
    const char *first = "青禾市测试局2021年政府信息公开工作年度报告";
    const char *second = "青禾市测试局2022年政府信息公开工作年度报告";
    const char *parts[] = {first, "本报告依据条例编制。", body, "。", second, "本报告依据条例编制。", body, "\n"};
    char *v = concat(parts, 8);
    xxgk_doc *d = parse_str(v);
    const xxgk_report *r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "青禾市测试局");
    assert_int_equal(r->title_span.start, 0);
    assert_int_equal(r->title_span.end, strlen(first));
    assert_int_equal(count_diags(d, XXGK_P_NO_TITLE), 0);
    assert_int_equal(count_diags(d, XXGK_P_REPEATED_REPORT), 0);
    assert_diag_at(d, XXGK_P_ANOTHER_REPORT, 1, col_of(v, strstr(v, second)));
    /* the first report's sections, from its heading 一 after the preamble */
    char buf[256], want[32];
    sections_of(d, buf, sizeof buf);
    snprintf(want, sizeof want, "一@1:%u 二@1:", col_of(v, strstr(v, "一、总体情况")));
    assert_non_null(strstr(buf, want));
    xxgk_doc_free(d);
    free(v);
    free(body);
}

/* Sentences that end in 年度报告 are not titles: one that cites the notice
 * (…年度报告的通知), one that a full stop ends (…年度报告。) before heading
 * 一 again: no title line is made of them, and the text does not start over. */
static void test_sentences_naming_a_report(void **state)
{
    (void)state;
    char *body = page_body();
    const char *parts[] = {"根据关于编制2021年政府信息公开工作年度报告的通知要求，本局编制本报告。", body,
                           "。本局已按时发布2022年政府信息公开工作年度报告。", body, "\n"};
    char *v = concat(parts, 5);
    xxgk_doc *d = parse_str(v);
    assert_int_equal(count_diags(d, XXGK_P_NO_TITLE), 1);
    assert_int_equal(count_diags(d, XXGK_P_ANOTHER_REPORT), 0);
    assert_int_equal(count_diags(d, XXGK_P_REPEATED_REPORT), 0);
    assert_null(xxgk_doc_report(d)->next);
    xxgk_doc_free(d);
    free(v);
    free(body);
}

/* P083 in page text: row 2's numbers and row 3's item number lost
 * (禁止公开危及“三安全一稳定”00000004.保护…): the finding covers the run-on label
 * and the numbers after it, up to but not the next label's item number 4
 * glued to them (the caret under 4. told the user that digit was a cell). */
static void test_run_on_span_stops_before_item_number(void **state)
{
    (void)state;
    char *t = read_source_file("corpus/pingtan-2021-page.txt", NULL);
    char *v = replace1(t, "禁止公开00000003.危及", "禁止公开危及");
    xxgk_doc *d = parse_str(v);
    assert_int_equal(count_diags(d, XXGK_P_ROW_LABEL_RUN_ON), 1);
    const char *src = (const char *)xxgk_doc_source(d, NULL);
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != XXGK_P_ROW_LABEL_RUN_ON)
            continue;
        const char *span = src + g->span.start;
        const char *want = "危及“三安全一稳定”0000000";
        assert_int_equal(g->span.end - g->span.start, strlen(want));
        assert_memory_equal(span, want, strlen(want));
        assert_memory_equal(src + g->span.end, "4.保护", strlen("4.保护"));
    }
    xxgk_doc_free(d);
    free(v);
    free(t);
}

/* P083's span stops before the next label's item number in every form
 * the numbered rows are read in (4. 4、 4． 4) 4） (4) （4）) and before one
 * of two digits standing apart (12.): the caret never lies under an item
 * number as if it were a cell's digit. */
static void test_run_on_span_stops_before_other_item_numbers(void **state)
{
    (void)state;
    const char *marks[] = {"4.", "4、", "4．", "4)", "4）", "(4)", "（4）", "12."};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        char v[1024];
        snprintf(v, sizeof v,
                 "青禾市测试局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                 "自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
                 "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n"
                 "2.其他法律行政法规禁止公开危及“三安全一稳定”\t1\t0\t0\t0\t0\t0\t1 %s保护第三方合法权益\n",
                 marks[m]);
        xxgk_doc *d = parse_str(v);
        assert_int_equal(count_diags(d, XXGK_P_ROW_LABEL_RUN_ON), 1);
        const char *src = (const char *)xxgk_doc_source(d, NULL);
        for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
            if (g->code == XXGK_P_ROW_LABEL_RUN_ON)
                assert_memory_equal(src + g->span.end, marks[m], strlen(marks[m]));
        xxgk_doc_free(d);
    }
}

/* Many headings of the section after the due one (五 while 四 is due),
 * each asking whether a title of 四 stands further on (pagetext.c
 * title_ahead): 四's title right after each (the search goes on past the
 * last one found every time; 因…, 四's other first character, stands
 * nowhere) or only at the end. None opens 五 early: 四's own heading at the
 * end is read, then 五 and 六. At this size (20,000 headings, about 1 MB)
 * a search from each place to the end was seconds under the sanitizers;
 * nothing here is timed. */
static void test_missed_heading_proof_many_candidates(void **state)
{
    (void)state;
    static const char *const units[] = {"第五部分存在的主要问题及改进情况，政府信息公开行政复议、行政诉讼情况。",
                                        "第五部分存在的主要问题及改进情况。"};
    enum { COPIES = 20000 };
    const char *head = "青禾市测试局2023年政府信息公开工作年度报告\n第一部分总体情况本机关认真贯彻落实条例，"
                       "持续推进政务公开工作，全年主动公开信息2023条，1 2 3 项工作均已完成。第二部分主动公开政府信"
                       "息情况主动公开情况见下表。第一项 1 第二项 2 第三项 3 第三部分收到和处理政府信息公开申请情况"
                       "收到申请 3 件。3 4 5 6 ";
    const char *tail = "第四部分政府信息公开行政复议、行政诉讼情况行政复议 0 件 4 5 第五部分存在的主要问题及改进情况"
                       "本机关将继续改进。5 6 第六部分其他需要报告的事项无。\n";
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t n = strlen(head) + strlen(tail) + COPIES * strlen(units[u]) + 1;
        char *t = malloc(n);
        assert_non_null(t);
        char *w = t + strlen(strcpy(t, head));
        for (int k = 0; k < COPIES; k++)
            w += strlen(strcpy(w, units[u]));
        strcpy(w, tail);
        assert_sections(t, false, "一二三四五六");
        free(t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inline_headings),
        cmocka_unit_test(test_heading_starting_a_long_line),
        cmocka_unit_test(test_mentions_in_an_ordinary_report),
        cmocka_unit_test(test_own_line_after_the_long_line),
        cmocka_unit_test(test_lone_cr_line_ends),
        cmocka_unit_test(test_subheading_after_stray_bytes),
        cmocka_unit_test(test_numeral_leads),
        cmocka_unit_test(test_titles_run_into_the_text),
        cmocka_unit_test(test_sentences_naming_a_report),
        cmocka_unit_test(test_run_on_span_stops_before_item_number),
        cmocka_unit_test(test_run_on_span_stops_before_other_item_numbers),
        cmocka_unit_test(test_missed_heading_proof_many_candidates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
