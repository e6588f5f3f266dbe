/* The HTML pages (docs/html.md) read back with libxml2's XML parser, which
 * accepts no unclosed tag, no stray '&' or '<' and no invalid UTF-8: the
 * page is well-formed, and its DOM says what the user sees. Expected values
 * come from the parsed reports and the diff, not from this file. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "check.h"
#include "diff.h"
#include "html_page.h"
#include "input.h"
#include "parse_input.h"
#include "testutil.h"

/* ---- reading a page ----------------------------------------------------- */

typedef struct page {
    char *buf;
    size_t len;
    FILE *f;
    xmlDocPtr doc;
    xmlXPathContextPtr x;
} page;

static void page_start(page *p)
{
    memset(p, 0, sizeof *p);
    p->f = open_memstream(&p->buf, &p->len);
    assert_non_null(p->f);
}

static void count_error(void *ctx, const char *msg, ...)
{
    (void)msg;
    (*(int *)ctx)++;
}

/* Close the stream and parse it strictly: any XML error fails. */
static void page_parse(page *p)
{
    assert_int_equal(fclose(p->f), 0);
    int errors = 0;
    xmlSetGenericErrorFunc(&errors, count_error);
    p->doc = xmlReadMemory(p->buf, (int)p->len, "page.html", "UTF-8", XML_PARSE_NONET);
    xmlSetGenericErrorFunc(NULL, NULL);
    if (!p->doc || errors)
        fprintf(stderr, "not well-formed (%d errors):\n%.2000s\n", errors, p->buf);
    assert_non_null(p->doc);
    assert_int_equal(errors, 0);
    p->x = xmlXPathNewContext(p->doc);
    assert_non_null(p->x);
}

static void page_free(page *p)
{
    xmlXPathFreeContext(p->x);
    xmlFreeDoc(p->doc);
    free(p->buf);
}

static xmlXPathObjectPtr q(page *p, const char *xpath)
{
    xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)xpath, p->x);
    assert_non_null(o);
    return o;
}

static int count(page *p, const char *xpath)
{
    xmlXPathObjectPtr o = q(p, xpath);
    int n = o->nodesetval ? o->nodesetval->nodeNr : 0;
    xmlXPathFreeObject(o);
    return n;
}

/* The string value of an XPath expression, malloc'd. */
static char *str(page *p, const char *xpath)
{
    char e[512];
    snprintf(e, sizeof e, "string(%s)", xpath);
    xmlXPathObjectPtr o = q(p, e);
    char *s = strdup(o->stringval ? (const char *)o->stringval : "");
    xmlXPathFreeObject(o);
    return s;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every link inside the page lands on an element of the page (the ids
 * sorted once, each link looked up). */
static void assert_links_resolve(page *p)
{
    xmlXPathObjectPtr ids = q(p, "//@id"), links = q(p, "//a[starts-with(@href,'#')]/@href");
    int ni = ids->nodesetval ? ids->nodesetval->nodeNr : 0, nl = links->nodesetval ? links->nodesetval->nodeNr : 0;
    assert_true(nl > 0);
    char **v = calloc((size_t)ni + 1, sizeof *v);
    assert_non_null(v);
    for (int i = 0; i < ni; i++)
        v[i] = (char *)xmlNodeGetContent(ids->nodesetval->nodeTab[i]);
    qsort(v, (size_t)ni, sizeof *v, cmp_str);
    for (int i = 0; i < nl; i++) {
        xmlChar *href = xmlNodeGetContent(links->nodesetval->nodeTab[i]);
        const char *key = (const char *)href + 1;
        if (!bsearch(&key, v, (size_t)ni, sizeof *v, cmp_str))
            fail_msg("link %s goes nowhere", (const char *)href);
        xmlFree(href);
    }
    for (int i = 0; i < ni; i++)
        xmlFree(v[i]);
    free(v);
    xmlXPathFreeObject(ids);
    xmlXPathFreeObject(links);
}

static void render_diff(page *p, xxgk_doc **docs, size_t n, diff_result **pairs)
{
    for (size_t i = 0; i + 1 < n; i++) {
        pairs[i] = diff_reports(docs[i], docs[i + 1]);
        assert_non_null(pairs[i]);
    }
    page_start(p);
    xxgk_html_diff(p->f, (const xxgk_doc *const *)docs, n, (const diff_result *const *)pairs);
    page_parse(p);
}

/* ---- the diff page ------------------------------------------------------ */

static const diff_change *update_of(const diff_result *d, const xxgk_cell *c)
{
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *ch = &d->changes[i];
        if (ch->kind == DIFF_K_CELL && ch->action == DIFF_UPDATE && ch->table == c->table && ch->row == c->row &&
            ch->col == c->col)
            return ch;
    }
    return NULL;
}

/* Every printed cell of NEW is one <td>; it carries the highlight class
 * exactly when the diff changed it, and then shows old → new. */
static void diff_cells_highlighted(void **state)
{
    (void)state;
    xxgk_doc *docs[2] = {parse_file("tests/fixtures/pingtan-2021.txt"), parse_file("tests/fixtures/pingtan-2022.txt")};
    diff_result *pairs[1];
    page p;
    render_diff(&p, docs, 2, pairs);
    const xxgk_report *r = xxgk_doc_report(docs[1]);
    size_t changed = 0;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tb = r->tables[t];
        for (size_t i = 0; tb && i < tb->ncells; i++) {
            const xxgk_cell *c = &tb->cells[i];
            if (c->state == XXGK_CELL_ABSENT)
                continue;
            char key[160], e[400];
            snprintf(key, sizeof key, "%s.%s.%s", xxgk_table_key(t), xxgk_row_key(c->row), xxgk_col_key(c->col));
            snprintf(e, sizeof e, "//td[@data-key='%s']", key);
            assert_int_equal(count(&p, e), 1);
            snprintf(e, sizeof e, "//td[@data-key='%s']/@class", key);
            char *cls = str(&p, e);
            const diff_change *ch = update_of(pairs[0], c);
            assert_string_equal(cls, ch ? "num chg" : "num");
            free(cls);
            if (!ch)
                continue;
            changed++;
            char ov[48], nv[48];
            xxgk_dec_format(ch->old_value, ov, sizeof ov);
            xxgk_dec_format(ch->new_value, nv, sizeof nv);
            snprintf(e, sizeof e, "//td[@data-key='%s']/span[@class='old']", key);
            char *o = str(&p, e);
            snprintf(e, sizeof e, "//td[@data-key='%s']/span[@class='new']", key);
            char *n = str(&p, e);
            assert_non_null(strstr(o, ov));
            assert_non_null(strstr(n, nv));
            free(o);
            free(n);
        }
    }
    assert_int_equal(changed, pairs[0]->cells_changed[0] + pairs[0]->cells_changed[1] + pairs[0]->cells_changed[2]);
    assert_true(changed > 0);
    /* every heading and paragraph change is one row, OLD's text in the
     * second cell and NEW's in the third */
    size_t items = 0, edits = 0;
    for (size_t i = 0; i < pairs[0]->nchanges; i++) {
        const diff_change *ch = &pairs[0]->changes[i];
        items += ch->kind != DIFF_K_CELL;
        edits += ch->kind == DIFF_K_PARAGRAPH && ch->action == DIFF_UPDATE;
    }
    assert_true(items > 0 && edits > 0);
    assert_int_equal(count(&p, "//table[@class='side']//tr[@data-kind]"), (int)items);
    assert_int_equal(count(&p, "//tr[@class='update'][@data-kind='paragraph']/td[2]/span[@class='para old']"),
                     (int)edits);
    assert_int_equal(count(&p, "//tr[@class='update'][@data-kind='paragraph']/td[3]/span[@class='para new']"),
                     (int)edits);
    assert_int_equal(count(&p, "//tr[@class='insert']/td[2]/*"), 0);
    /* the cross-year checks, each with its status */
    assert_int_equal(count(&p, "//li[@class='check']"), (int)pairs[0]->nchecks);
    assert_links_resolve(&p);
    assert_int_equal(count(&p, "//script"), 0);
    /* two reports: no charts */
    assert_int_equal(count(&p, "//div[@class='chart']"), 0);
    page_free(&p);
    diff_free(pairs[0]);
    xxgk_doc_free(docs[0]);
    xxgk_doc_free(docs[1]);
}

/* Three years: each chart has one point per year that prints the figure,
 * with the exact value as its title. */
static void series_chart_points(void **state)
{
    (void)state;
    xxgk_doc *docs[3] = {parse_file("tests/fixtures/pingtan-2019.txt"), parse_file("tests/fixtures/pingtan-2021.txt"),
                         parse_file("tests/fixtures/pingtan-2022.txt")};
    diff_result *pairs[2];
    page p;
    render_diff(&p, docs, 3, pairs);
    assert_true(count(&p, "//div[@class='chart']") >= 6);
    assert_int_equal(count(&p, "//div[@data-figure='requests received']//*[local-name()='circle']"), 3);
    for (int i = 0; i < 3; i++) {
        const xxgk_report *r = xxgk_doc_report(docs[i]);
        const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL);
        assert_non_null(c);
        char v[48], e[300];
        snprintf(e, sizeof e,
                 "//div[@data-figure='requests received']//*[local-name()='circle'][%d]/*[local-name()='title']",
                 i + 1);
        char *t = str(&p, e);
        char want[80];
        snprintf(want, sizeof want, "%d: %s", r->year, xxgk_dec_format(c->value, v, sizeof v));
        assert_string_equal(t, want);
        free(t);
    }
    /* every chart: as many points as data-points says, at most one a year */
    xmlXPathObjectPtr o = q(&p, "//div[@class='chart']");
    for (int i = 0; i < o->nodesetval->nodeNr; i++) {
        xmlChar *np = xmlGetProp(o->nodesetval->nodeTab[i], (const xmlChar *)"data-points");
        xmlChar *fig = xmlGetProp(o->nodesetval->nodeTab[i], (const xmlChar *)"data-figure");
        char e[200];
        snprintf(e, sizeof e, "//div[@data-figure='%s']//*[local-name()='circle']", (const char *)fig);
        assert_int_equal(count(&p, e), atoi((const char *)np));
        assert_true(atoi((const char *)np) <= 3);
        xmlFree(np);
        xmlFree(fig);
    }
    xmlXPathFreeObject(o);
    /* two pairs, each with its own section; the sources once each */
    assert_int_equal(count(&p, "//section[@class='pair']"), 2);
    assert_int_equal(count(&p, "//details"), 3);
    assert_links_resolve(&p);
    page_free(&p);
    for (int i = 0; i < 2; i++)
        diff_free(pairs[i]);
    for (int i = 0; i < 3; i++)
        xxgk_doc_free(docs[i]);
}

/* NEW read from the HTML page as published: positions are the page's
 * lines, so the copy of the source at the end is the page's, and every
 * link still lands; a changed cell links to the page line holding it. */
static void page_input_links(void **state)
{
    (void)state;
    size_t n;
    char *b = read_source_file("tests/input/pingtan-2022.html", &n);
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)b, n, XXGK_INPUT_AUTO, -1, NULL));
    xxgk_doc *docs[2] = {parse_file("tests/fixtures/pingtan-2021.txt"), xxgk_parse_input("pingtan-2022.html", &in, NULL)};
    xxgk_input_free(&in);
    assert_non_null(docs[1]);
    diff_result *pairs[1];
    page p;
    render_diff(&p, docs, 2, pairs);
    assert_links_resolve(&p);
    /* the page's lines, not the text's: the copy holds the markup */
    char *src = str(&p, "//details[@id='f1']");
    assert_non_null(strstr(src, "<table"));
    free(src);
    const diff_change *ch = NULL;
    for (size_t i = 0; i < pairs[0]->nchanges && !ch; i++)
        if (pairs[0]->changes[i].kind == DIFF_K_CELL && pairs[0]->changes[i].action == DIFF_UPDATE)
            ch = &pairs[0]->changes[i];
    assert_non_null(ch);
    char e[300], want[64];
    snprintf(e, sizeof e, "//td[@data-key='%s.%s.%s']/span[@class='new']/a/@href", xxgk_table_key(ch->table),
             xxgk_row_key(ch->row), xxgk_col_key(ch->col));
    char *href = str(&p, e);
    xxgk_pos pos = xxgk_doc_position(docs[1], xxgk_report_cell(xxgk_doc_report(docs[1]), ch->table, ch->row,
                                                               ch->col)->span.start);
    snprintf(want, sizeof want, "#f1-L%u", pos.line);
    assert_string_equal(href, want);
    free(href);
    page_free(&p);
    diff_free(pairs[0]);
    xxgk_doc_free(docs[0]);
    xxgk_doc_free(docs[1]);
    free(b);
}

/* Markup, quotes, control characters and bytes that are not UTF-8 in a
 * report, its agency and its file name are text on the page: still
 * well-formed, no element made from them, the text shown as written. */
/* A copy of s with the first `from` replaced by `to` (the test fails
 * when it is not there). */
static char *replace_once(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    assert_non_null(at);
    size_t n = strlen(s), fl = strlen(from), tl = strlen(to), k = (size_t)(at - s);
    char *out = malloc(n - fl + tl + 1);
    assert_non_null(out);
    memcpy(out, s, k);
    memcpy(out + k, to, tl);
    memcpy(out + k + tl, at + fl, n - k - fl + 1);
    return out;
}

/* NEW's （二）部分公开 8 merged over two rows (rowspan) into 1.属于国家秘密,
 * whose 总计 0 refutes 8 there: the row below has an empty cell with
 * L031, which is no value of the report. diff marks that cell's change
 * unplaced, the cell's own finding (not its row's), and the page greys it
 * with the reason. */
static void merged_number_is_unplaced(void **state)
{
    (void)state;
    char *b = read_source_file("tests/input/pingtan-2022.html", NULL);
    assert_non_null(b);
    const char *label = "不计其他情形）</p></td><td valign=\"center\">";
    char *b1 = replace_once(b, label, "不计其他情形）</p></td><td rowspan=\"2\" valign=\"center\">");
    char *b2 = replace_once(b1, "1.属于国家秘密</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">0</p></td>",
                            "1.属于国家秘密</p></td>");
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)b2, strlen(b2), XXGK_INPUT_AUTO, -1, NULL));
    xxgk_doc *docs[2] = {parse_file("tests/fixtures/pingtan-2021.txt"), xxgk_parse_input("merged.html", &in, NULL)};
    xxgk_input_free(&in);
    assert_non_null(docs[1]);
    diff_result *pairs[1];
    page p;
    render_diff(&p, docs, 2, pairs);
    const xxgk_cell *cell = xxgk_report_cell(xxgk_doc_report(docs[1]), XXGK_TABLE_REQUESTS,
                                             XXGK_R_DENIED_STATE_SECRET, XXGK_C_NATURAL_PERSON);
    assert_non_null(cell);
    assert_int_equal(cell->state, XXGK_CELL_EMPTY);
    const diff_change *ch = update_of(pairs[0], cell);
    assert_non_null(ch);
    assert_int_equal(ch->new_unplaced.code, XXGK_L_NUMBER_OVER_ROWS);
    assert_int_equal(ch->new_unplaced.scope, DIFF_UNPLACED_CELL);
    xxgk_pos at = xxgk_doc_position(docs[1], cell->span.start);
    assert_int_equal(ch->new_unplaced.pos.line, at.line);
    assert_int_equal(ch->new_unplaced.pos.col, at.col);
    assert_int_equal(ch->old_unplaced.code, 0);
    assert_int_equal(count(&p, "//td[@data-key='requests.denied.state_secret.natural_person']"
                               "[@class='num chg unplaced']"),
                     1);
    char *why = str(&p, "//td[@data-key='requests.denied.state_secret.natural_person']/span[@class='why']");
    char want[160];
    snprintf(want, sizeof want, "? unplaced, not the report's change for certain: the cell has a parse error on NEW (L031 at %u:%u)",
             at.line, at.col);
    assert_string_equal(why, want);
    free(why);
    /* the number above (5 → 8) is touched by the merge too; the rows the
     * merge does not touch are compared as before */
    assert_int_equal(count(&p, "//td[@data-key='requests.partly_granted.natural_person'][contains(@class,'unplaced')]"), 1);
    assert_int_equal(count(&p, "//td[contains(@class,'unplaced')]"), 2);
    page_free(&p);
    diff_free(pairs[0]);
    xxgk_doc_free(docs[0]);
    xxgk_doc_free(docs[1]);
    free(b);
    free(b1);
    free(b2);
}

static void hostile_text_escaped(void **state)
{
    (void)state;
    size_t len;
    char *src = read_source_file("tests/fixtures/pingtan-2022.txt", &len);
    char *bad = replace1(src, "平潭综合实验区", "平潭<script>alert(\"x\")</script>&amp;'\x01\xff区");
    char *bad2 = replace1(bad, "2022年，无收取", "2022年<blink>&</blink>\x7f，无收取");
    xxgk_options o = {0};
    xxgk_doc *docs[2] = {parse_file("tests/fixtures/pingtan-2021.txt"),
                         xxgk_parse("x<i>&\"'.txt", bad2, strlen(bad2), &o)};
    diff_result *pairs[1];
    page p;
    render_diff(&p, docs, 2, pairs);
    assert_int_equal(count(&p, "//script"), 0);
    assert_int_equal(count(&p, "//blink"), 0);
    assert_int_equal(count(&p, "//i"), 0);
    char *all = str(&p, "/html/body");
    assert_non_null(strstr(all, "<script>alert(\"x\")</script>&amp;'"));
    assert_non_null(strstr(all, "x<i>&\"'.txt"));
    assert_non_null(strstr(all, "\xEF\xBF\xBD")); /* U+FFFD for \x01 and \xff */
    free(all);
    page_free(&p);
    diff_free(pairs[0]);
    xxgk_doc_free(docs[0]);
    xxgk_doc_free(docs[1]);
    free(src);
    free(bad);
    free(bad2);
}

/* A changed paragraph: the characters that differ, and only they, are
 * marked, <del> on the old text and <ins> on the new. */
static void char_diff_marks(void **state)
{
    (void)state;
    page p;
    page_start(&p);
    fputs("<p>", p.f);
    size_t budget = HTML_CHAR_BUDGET;
    html_char_diff(p.f, "2021年，无收取信息处理费情况。", "2022年，未收取信息处理费情况。", "<br/>", &budget);
    fputs("</p>", p.f);
    page_parse(&p);
    char *d = str(&p, "//span[@class='para old']"), *del = str(&p, "//del[1]"), *ins = str(&p, "//ins[1]");
    assert_string_equal(d, "2021年，无收取信息处理费情况。");
    assert_string_equal(del, "1");
    assert_string_equal(ins, "2");
    assert_int_equal(count(&p, "//del"), 2);
    assert_int_equal(count(&p, "//ins"), 2);
    char *del2 = str(&p, "//del[2]"), *ins2 = str(&p, "//ins[2]");
    assert_string_equal(del2, "无");
    assert_string_equal(ins2, "未");
    free(d);
    free(del);
    free(ins);
    free(del2);
    free(ins2);
    page_free(&p);
    /* the page's budget spent: the texts whole, old struck out, new marked */
    page_start(&p);
    fputs("<p>", p.f);
    budget = 10;
    html_char_diff(p.f, "2021年，无收取", "2022年，未收取", "<br/>", &budget);
    fputs("</p>", p.f);
    page_parse(&p);
    assert_int_equal(budget, 10);
    del = str(&p, "//del");
    ins = str(&p, "//ins");
    assert_string_equal(del, "2021年，无收取");
    assert_string_equal(ins, "2022年，未收取");
    assert_int_equal(count(&p, "//del"), 1);
    free(del);
    free(ins);
    page_free(&p);
}

/* The check page: one block per diagnostic, in order, with its code and
 * the source text of its span marked on its line. */
static void check_page(void **state)
{
    (void)state;
    xxgk_doc *doc = parse_file("tests/fixtures/huzhu-edu-2023.txt");
    xxgk_check_options co = {0};
    xxgk_check(doc, &co);
    page p;
    page_start(&p);
    xxgk_html_check_begin(p.f, XXGK_LANG_EN);
    xxgk_html_check_doc(p.f, doc);
    xxgk_html_check_end(p.f, XXGK_LANG_EN, xxgk_doc_count(doc, XXGK_ERROR), xxgk_doc_count(doc, XXGK_WARNING),
                        xxgk_doc_count(doc, XXGK_NOTE), 1);
    page_parse(&p);
    int n = 0;
    size_t srclen;
    const uint8_t *src = xxgk_doc_source(doc, &srclen);
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        n++;
        char e[200];
        snprintf(e, sizeof e, "//div[contains(@class,'diag')][%d]/@data-code", n);
        char *code = str(&p, e);
        assert_string_equal(code, xxgk_code_name(d->code));
        free(code);
        snprintf(e, sizeof e, "//div[contains(@class,'diag')][%d]/pre[@class='snip']/mark", n);
        char *mark = str(&p, e);
        xxgk_span line = xxgk_doc_line(doc, d->span.start);
        uint32_t end = d->span.end < line.end ? d->span.end : line.end;
        if (end > d->span.start)
            assert_memory_equal(mark, src + d->span.start, end - d->span.start);
        free(mark);
        snprintf(e, sizeof e, "//div[contains(@class,'diag')][%d]/span[@class='loc']", n);
        char *loc = str(&p, e);
        xxgk_pos pos = xxgk_doc_position(doc, d->span.start);
        char want[300];
        snprintf(want, sizeof want, "%s:%u:%u:", xxgk_doc_name(doc), pos.line, pos.col);
        assert_string_equal(loc, want);
        free(loc);
    }
    assert_true(n > 0);
    assert_int_equal(count(&p, "//div[contains(@class,'diag')]"), n);
    page_free(&p);
    xxgk_doc_free(doc);
}

/* check --format html --lang zh: the severity words and the counts are
 * those of the terminal under --lang zh (错误, 个错误), not English around
 * Chinese messages; the class names stay the English keys a style sheet
 * or a script selects by. */
static void check_page_zh(void **state)
{
    (void)state;
    size_t len;
    char *b = read_source_file("tests/fixtures/huzhu-edu-2023.txt", &len);
    assert_non_null(b);
    xxgk_options po = {.lang = XXGK_LANG_ZH};
    xxgk_doc *doc = xxgk_parse("huzhu.txt", b, len, &po);
    free(b);
    xxgk_check_options co = {0};
    xxgk_check(doc, &co);
    size_t errors = xxgk_doc_count(doc, XXGK_ERROR);
    assert_true(errors > 0);
    page p;
    page_start(&p);
    xxgk_html_check_begin(p.f, XXGK_LANG_ZH);
    xxgk_html_check_doc(p.f, doc);
    xxgk_html_check_end(p.f, XXGK_LANG_ZH, errors, xxgk_doc_count(doc, XXGK_WARNING), xxgk_doc_count(doc, XXGK_NOTE), 1);
    page_parse(&p);
    const xxgk_diag *first = xxgk_doc_diags(doc);
    while (first->severity != XXGK_ERROR)
        first = first->next;
    char *sev = str(&p, "(//span[@class='sev-error'])[1]");
    char want[64];
    snprintf(want, sizeof want, "错误[%s]", xxgk_code_name(first->code));
    assert_string_equal(sev, want);
    free(sev);
    char *sum = str(&p, "//p[@class='summary']");
    snprintf(want, sizeof want, "%zu 个错误，", errors);
    assert_non_null(strstr(sum, want));
    assert_non_null(strstr(sum, "，共 1 个文件"));
    assert_null(strstr(sum, "error"));
    free(sum);
    assert_int_equal(count(&p, "//*[contains(text(),'warning(s)')]"), 0);
    page_free(&p);
    xxgk_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(diff_cells_highlighted), cmocka_unit_test(series_chart_points),
        cmocka_unit_test(hostile_text_escaped),   cmocka_unit_test(char_diff_marks),
        cmocka_unit_test(check_page),             cmocka_unit_test(page_input_links),
        cmocka_unit_test(merged_number_is_unplaced), cmocka_unit_test(check_page_zh),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
