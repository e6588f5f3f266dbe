/* The front ends (src/input/): HTML pages and .docx files read as the
 * report's text, cells exactly those of the text twins, locations in the
 * HTML source, every Chinese encoding, hostile pages. */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cell_flags.h"
#include "check.h"
#include "cont_caption.h"
#include "encoding.h"
#include "input.h"
#include "parse_input.h"
#include "print.h"
#include "testutil.h"

/* Read bytes as kind (auto) in encoding (auto) and parse them. */
static xxgk_doc *load_bytes(const char *name, const void *b, size_t n, int kind, int enc)
{
    xxgk_input in;
    bool ok = xxgk_input_read(&in, b, n, kind, enc, NULL);
    if (!ok)
        fprintf(stderr, "%s: %s\n", name, in.error);
    assert_true(ok);
    xxgk_doc *d = xxgk_parse_input(name, &in, NULL);
    xxgk_input_free(&in);
    assert_non_null(d);
    return d;
}

static xxgk_doc *load_file(const char *rel)
{
    size_t n;
    char *b = read_source_file(rel, &n);
    assert_non_null(b);
    xxgk_doc *d = load_bytes(rel, b, n, XXGK_INPUT_AUTO, -1);
    free(b);
    return d;
}

/* The text a front end makes of bytes (what `xxgk text` prints). */
static char *text_of(const void *b, size_t n, int kind)
{
    xxgk_input in;
    assert_true(xxgk_input_read(&in, b, n, kind, -1, NULL));
    char *t = strdup(in.text);
    xxgk_input_free(&in);
    return t;
}

/* Every cell of the first copy as "table,row,col,value" lines, with the
 * agency and year first. */
static char *cells_of(const xxgk_doc *d)
{
    const xxgk_report *r = xxgk_doc_report(d);
    assert_non_null(r);
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    len += (size_t)snprintf(s, cap, "%s %d\n", r->agency ? r->agency : "-", r->year);
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

/* Bytes converted with iconv (the test's own, not the library's). */
static char *convert(const char *to, const char *from, const char *s, size_t n, size_t *m)
{
    iconv_t cd = iconv_open(to, from);
    assert_true(cd != (iconv_t)-1);
    size_t cap = n * 2 + 16, ol = cap, il = n;
    char *out = malloc(cap), *op = out, *ip = (char *)s;
    assert_true(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
    iconv_close(cd);
    *m = cap - ol;
    return out;
}

/* The byte of S at P (line and column counted in code points, as the
 * diagnostics print them). */
static const char *text_at(const char *s, xxgk_pos p)
{
    for (unsigned k = 1; k < p.line; k++)
        s = strchr(s, '\n') + 1;
    for (unsigned k = 1; k < p.col; k++)
        do
            s++;
        while ((*s & 0xC0) == 0x80);
    return s;
}

/* Each given page gives exactly the cells of its .txt twin, agency and
 * year included. */
/* A buffer given away keeps being the text xxgk shows: a UTF-8 page is
 * kept as it is (its copy was a whole page more of peak memory), a page in
 * GB18030 is converted and the buffer freed (valgrind and ASan see both),
 * and both read the same text. */
static void a_given_page_is_kept_not_copied(void **state)
{
    (void)state;
    static const char page[] = "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体情况</p></body></html>";
    char *buf = malloc(sizeof page);
    assert_non_null(buf);
    memcpy(buf, page, sizeof page);
    xxgk_input in;
    assert_true(xxgk_input_take(&in, buf, sizeof page - 1, XXGK_INPUT_AUTO, -1, NULL));
    assert_int_equal(in.kind, XXGK_INPUT_HTML);
    assert_ptr_equal(in.shown, buf);
    assert_int_equal(in.shown_len, sizeof page - 1);
    assert_non_null(strstr(in.text, "一、总体情况"));
    xxgk_input_free(&in);

    char *gb = NULL;
    size_t gbn = 0;
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    assert_true(cd != (iconv_t)-1);
    char src[sizeof page], dst[sizeof page];
    memcpy(src, page, sizeof page);
    char *ip = src, *op = dst;
    size_t il = sizeof page - 1, ol = sizeof dst;
    assert_true(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
    iconv_close(cd);
    gbn = (size_t)(op - dst);
    gb = malloc(gbn + 1);
    assert_non_null(gb);
    memcpy(gb, dst, gbn);
    gb[gbn] = 0;
    assert_true(xxgk_input_take(&in, gb, gbn, XXGK_INPUT_HTML, XXGK_ENC_GB18030, NULL));
    assert_true(in.shown != gb);
    assert_non_null(strstr(in.text, "一、总体情况"));
    xxgk_input_free(&in);
}

static void html_pages_give_the_twins_cells(void **state)
{
    (void)state;
    const char *years[] = {"2019", "2021", "2022"};
    for (int i = 0; i < 3; i++) {
        char html[128], txt[128];
        snprintf(html, sizeof html, "tests/input/pingtan-%s.html", years[i]);
        snprintf(txt, sizeof txt, "corpus/pingtan-%s.txt", years[i]);
        xxgk_doc *h = load_file(html), *t = parse_file(txt);
        char *ch = cells_of(h), *ct = cells_of(t);
        assert_string_equal(ch, ct);
        assert_true(count_cells(h) >= 198);
        free(ch);
        free(ct);
        xxgk_doc_free(h);
        xxgk_doc_free(t);
    }
}

/* Every cell's line:col is the number inside its <td> in the page. */
static void cells_point_into_the_page(void **state)
{
    (void)state;
    const char *files[] = {"tests/input/pingtan-2021.html", "tests/input/pingtan-2022.page.html"};
    for (int f = 0; f < 2; f++) {
        size_t n;
        char *page = read_source_file(files[f], &n);
        xxgk_doc *d = load_bytes(files[f], page, n, XXGK_INPUT_AUTO, -1);
        const xxgk_report *r = xxgk_doc_report(d);
        size_t checked = 0;
        for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
            for (size_t i = 0; r->tables[t] && i < r->tables[t]->ncells; i++) {
                const xxgk_cell *c = &r->tables[t]->cells[i];
                if (c->state != XXGK_CELL_VALUE)
                    continue;
                xxgk_pos p = xxgk_doc_position(d, c->span.start);
                /* the page's line p.line, column p.col (code points) */
                const char *at = text_at(page, p);
                char v[32];
                xxgk_dec_format(c->value, v, sizeof v);
                assert_memory_equal(at, v, strlen(v));
                /* inside a cell: the last <td before it is after the last </td */
                const char *td = NULL, *end = NULL;
                for (const char *q = page; q < at; q++) {
                    if (strncmp(q, "<td", 3) == 0)
                        td = q;
                    if (strncmp(q, "</td", 4) == 0)
                        end = q;
                }
                assert_non_null(td);
                assert_true(!end || td > end);
                checked++;
            }
        }
        assert_true(checked >= 198);
        xxgk_doc_free(d);
        free(page);
    }
}

/* PAGE with its table T (0: 二) cut in two <table>s after its row ROW
 * (0-based), GAP between them and the first HEAD rows of the table
 * repeated as the second part's header: a CMS breaking a long table, a
 * page break of the Word source saved as HTML. */
static char *split_table(const char *page, int t, int row, int head, const char *gap, size_t *len)
{
    const char *tb = page;
    for (int k = 0; k <= t; k++)
        tb = strstr(tb + (k > 0), "<table");
    const char *rows[64];
    int n = 0;
    for (const char *q = strstr(tb, "<tr"); q && n < 64 && q < strstr(tb, "</table>"); q = strstr(q + 3, "<tr"))
        rows[n++] = q;
    assert_true(row + 1 < n && head < n);
    const char *cut = rows[row + 1], *open_end = strchr(tb, '>') + 1;
    /* the stream's buffer pointer lives on the heap, not in this frame:
     * GCC's -Wdangling-pointer (at -O3, split_table inlined) followed the
     * address of a local given to open_memstream into the caller */
    char **out = calloc(1, sizeof *out);
    assert_non_null(out);
    FILE *f = open_memstream(out, len);
    fprintf(f, "%.*s</tbody></table>%s%.*s<tbody>%.*s%s", (int)(cut - page), page, gap, (int)(open_end - tb), tb,
            (int)(rows[head] - rows[0]), rows[0], cut);
    fclose(f);
    char *page_cut = *out;
    free(out);
    return page_cut;
}

/* A table cut in two <table>s whose second part repeats the table's
 * header rows is one table: the repeated rows are read once, every cell
 * is the whole table's, at its place in the page. In table 二 (2021) the
 * continuation's rows stood under clause (一)'s header: P093, L030 or
 * P018 and their numbers lost. */
static void html_table_split_in_two(void **state)
{
    (void)state;
    size_t n;
    char *page = read_source_file("tests/input/pingtan-2021.html", &n);
    xxgk_doc *whole = load_bytes("whole.html", page, n, XXGK_INPUT_AUTO, -1);
    char *want = cells_of(whole);
    /* table 二 cut after each row with its caption and header again (one
     * or two rows), with （续表） or nothing between; table 三 before its
     * groups and before 四、结转 with its three header rows */
    const struct {
        int t, row, head;
        const char *gap;
    } cuts[] = {{0, 2, 2, ""}, {0, 3, 2, "<p>（续表）</p>"}, {0, 6, 1, ""}, {0, 9, 2, "<br><br>"},
                {0, 10, 2, "<p>&nbsp;</p>"}, {0, 12, 1, "<p>续表</p>"}, {1, 4, 3, ""}, {1, 26, 3, "<p>（续表）</p>"}};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        size_t m;
        char *cut = split_table(page, cuts[i].t, cuts[i].row, cuts[i].head, cuts[i].gap, &m);
        xxgk_doc *d = load_bytes("split.html", cut, m, XXGK_INPUT_AUTO, -1);
        xxgk_check(d, NULL);
        char *got = cells_of(d);
        assert_string_equal(got, want);
        assert_int_equal(count_diags(d, XXGK_P_FOREIGN_CLAUSE_ROW), 0);
        assert_int_equal(count_diags(d, XXGK_L_NUMBER_OVER_COLUMNS), 0);
        free(got);
        xxgk_doc_free(d);
        free(cut);
    }
    /* 行政强制's 42 after the cut before it: at its <td> in the cut page */
    size_t m;
    char *cut = split_table(page, 0, 9, 2, "", &m);
    xxgk_doc *d = load_bytes("split.html", cut, m, XXGK_INPUT_AUTO, -1);
    const char *td = strstr(strstr(cut, "行政强制"), "42</p>");
    const xxgk_table *t2 = xxgk_doc_report(d)->tables[XXGK_TABLE_PROACTIVE];
    bool found = false;
    for (size_t i = 0; i < t2->ncells; i++) {
        const xxgk_cell *c = &t2->cells[i];
        if (c->state == XXGK_CELL_VALUE && c->row == XXGK_R_COERCION) {
            assert_ptr_equal(text_at(cut, xxgk_doc_position(d, c->span.start)), td);
            found = true;
        }
    }
    assert_true(found);
    xxgk_doc_free(d);
    free(cut);
    free(want);
    xxgk_doc_free(whole);
    free(page);
}

/* Must-nots: a second table under the same header whose rows start over
 * (another year's table 二 right after this year's) is a table of its
 * own, its header read again; so is one after a line with a digit (2020年)
 * or a clause's caption, or a table whose header is another's. */
/* The caption readers grid.c joins by and the parser notes by: a part
 * read after its number (续表3-1, 续表三之二, 续表3（1）: table 3, never 31),
 * the same in a glued title as in a spaced one, and a total's label
 * (总计, 合计数, 总计（件）) a title naming no table. */
static void cont_caption_reads_parts_and_totals(void **state)
{
    (void)state;
    size_t i = 0, title = 0;
    int part = -1;
    assert_int_equal(caption_part_number("-2x", &i, 3), 2);
    assert_int_equal(i, 2);
    i = 0;
    assert_int_equal(caption_part_number("之二", &i, strlen("之二")), 2);
    i = 0;
    assert_int_equal(caption_part_number("2", &i, 1), 0);
    assert_int_equal(i, 0);
    const struct {
        const char *line;
        int cap, part;
        bool titled; /* a title read after the caption */
    } spaced[] = {{"续表3（1）", 3, 1, false},
                  {"续表3-2 收到和处理政府信息公开申请情况", 3, 2, true},
                  {"表三之二（续）", 3, 2, false},
                  {"续表31", 31, 0, false},
                  {"续表3 总计", 3, 0, true},
                  {"续表3：小计", 3, 0, true},
                  {"續表三　總 計", 3, 0, true},
                  {"续表3 总计 5", -1, 0, false}};
    for (size_t k = 0; k < sizeof spaced / sizeof *spaced; k++) {
        size_t n = strlen(spaced[k].line);
        part = -1;
        int cap = cont_caption_parts(spaced[k].line, n, &title, &part);
        assert_int_equal(cap, spaced[k].cap);
        if (cap < 0)
            continue;
        assert_int_equal(part, spaced[k].part);
        assert_int_equal(title < n, spaced[k].titled);
    }
    const struct {
        const char *line;
        int cap, part;
        const char *title; /* where the title starts, NULL none */
    } glued[] = {{"续表3-2收到和处理政府信息公开申请情况", 3, 2, "收到"},
                 {"续表三之二收到和处理政府信息公开申请情况", 3, 2, "收到"},
                 {"續表三收到和處理", 3, 0, "收到"},
                 {"续表3总计", -1, 0, NULL},
                 {"续表3合计数", -1, 0, NULL},
                 {"续表3一、本年新收", -1, 0, NULL},
                 {"续表3", -1, 0, NULL}};
    for (size_t k = 0; k < sizeof glued / sizeof *glued; k++) {
        size_t n = strlen(glued[k].line);
        part = -1;
        int cap = cont_caption_glued(glued[k].line, n, &title, &part);
        assert_int_equal(cap, glued[k].cap);
        if (cap < 0)
            continue;
        assert_int_equal(part, glued[k].part);
        if (glued[k].title)
            assert_int_equal(title, (size_t)(strstr(glued[k].line, glued[k].title) - glued[k].line));
        else
            assert_int_equal(title, n);
    }
    /* a total's label, blanks, brackets, a colon, 数 or a unit aside */
    const char *totals[] = {"总计", "總 計", "：小计", "合计数", "总计（件）", "合計（項）"};
    for (size_t k = 0; k < sizeof totals / sizeof *totals; k++)
        assert_true(cont_caption_title_total(totals[k], strlen(totals[k])));
    const char *titles[] = {"总计收入", "收到和处理政府信息公开申请情况", "计", "总数", "合计（万元）"};
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++)
        assert_false(cont_caption_title_total(titles[k], strlen(titles[k])));
}

static void html_table_after_a_table_is_not_its_part(void **state)
{
    (void)state;
    const char *head = "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>";
    const char *again = "<tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table>";
    const char *gaps[] = {"", "<p>2020年</p>", "<p>（续表）</p>"};
    for (int i = 0; i < 3; i++) {
        char page[1024];
        snprintf(page, sizeof page, "%s%s%s%s%s", head, again, gaps[i], head, again);
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        const char *first = strstr(t, "信息内容");
        assert_non_null(first);
        assert_non_null(strstr(first + 1, "信息内容"));
        free(t);
    }
    /* a clause's caption between two tables under one header: two clauses,
     * each its own table, even with rows that do not start over */
    {
        char page[1024];
        snprintf(page, sizeof page, "%s%s<p>第二十条第（六）项</p>%s%s", head, again, head,
                 "<tr><td>行政处罚</td><td>4</td><td>5</td><td>6</td></tr></table>");
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        assert_non_null(strstr(strstr(t, "第二十条第（六）项"), "信息内容"));
        free(t);
    }
    /* a header of its own: 三's after 二's, no line between */
    const char *other = "<table><tr><td>信息内容</td><td>本年新增</td></tr><tr><td>行政许可</td><td>4</td></tr></table>";
    char page[1024];
    snprintf(page, sizeof page, "%s%s%s", head, again, other);
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_non_null(strstr(t, "信息内容\t本年新增"));
    free(t);
    /* rows numbered 1. 2. | 3. 4.: a numbered label is a label, the
     * second part's first row (3.) none of the first's: one table */
    snprintf(page, sizeof page, "%s%s%s%s%s", head,
             "<tr><td>1.规章</td><td>1</td><td>2</td><td>3</td></tr>"
             "<tr><td>2.行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr></table>",
             "<p>续表</p>", head,
             "<tr><td>3.行政许可</td><td>7</td><td>8</td><td>9</td></tr>"
             "<tr><td>4.行政处罚</td><td>1</td><td>2</td><td>3</td></tr></table>");
    t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_null(strstr(strstr(t, "信息内容") + 1, "信息内容"));
    free(t);
    /* ... and a part that starts over (1. again) is a table of its own */
    snprintf(page, sizeof page, "%s%s%s%s%s", head,
             "<tr><td>1.规章</td><td>1</td><td>2</td><td>3</td></tr>"
             "<tr><td>2.行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr></table>",
             "<p>续表</p>", head,
             "<tr><td>1.规章</td><td>7</td><td>8</td><td>9</td></tr>"
             "<tr><td>2.行政规范性文件</td><td>1</td><td>2</td><td>3</td></tr></table>");
    t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_non_null(strstr(strstr(t, "信息内容") + 1, "信息内容"));
    free(t);
    /* a heading that holds 续 (继续) is no continuation caption */
    snprintf(page, sizeof page, "%s%s<p>（二）继续深化依申请公开</p>%s%s", head, again, head,
             "<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>"
             "<tr><td>行政许可</td><td>8</td><td>9</td><td>10</td></tr></table>");
    t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_non_null(strstr(strstr(t, "继续深化"), "信息内容"));
    free(t);
    /* one data row, then one under the same header: two one-row tables */
    snprintf(page, sizeof page, "%s%s<p>（续表）</p>%s%s", head, again, head,
             "<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr></table>");
    t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_non_null(strstr(strstr(t, "（续表）"), "信息内容"));
    free(t);
    /* a continuation, its caption bracketed or not: its repeated header
     * read once */
    const char *captions[] = {"<p>（续表）</p>", "<p>【接上页】</p>", "<p>(表格接上頁)</p>", "<p> 續上表 </p>"};
    for (size_t i = 0; i < sizeof captions / sizeof *captions; i++) {
        snprintf(page, sizeof page, "%s%s%s%s%s", head, again, captions[i], head,
                 "<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>"
                 "<tr><td>行政许可</td><td>7</td><td>8</td><td>9</td></tr></table>");
        t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        const char *second = strstr(t, "行政规范性文件");
        assert_non_null(second);
        assert_null(strstr(strstr(t, "规章") + 1, "信息内容"));
        free(t);
    }
    /* a numbered caption joins the table it names (二、 above it: table
     * 二), not another (表3（续）), nor a table whose number is unknown
     * (no heading, no caption above it, only another table's rows) */
    const struct {
        const char *above, *caption;
        bool joins;
    } numbered[] = {{"<p>二、主动公开政府信息情况</p>", "<p>表2（续）</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表二</p>", true},
                    {"<p>二、主动公开政府信息情况</p><p>单位：件</p>", "<p>（表二續）</p>", true},
                    {"<p>三、收到</p><p>表2 主动公开</p>", "<p>表2（续）</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>表3（续）</p>", false},
                    {"<p>三、收到</p><p>表2 主动公开</p>", "<p>表3（续）</p>", false},
                    {"", "<p>表2（续）</p>", false},
                    /* brackets around the number too (the parser reads the
                     * caption by the same cont_caption_number) */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表（2）</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>表（二）续</p>", true},
                    /* a title after the caption: the table's own (its
                     * heading's words) joins, with the number or without;
                     * another table's parts, whatever the number says */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2：主动公开政府信息情况</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>表二（续） 主动公开政府信息情况统计表</p>", true},
                    {"<p>二、主動公開政府信息情況</p>", "<p>續表二　主动公开政府信息情况</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表：主动公开政府信息情况</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2：收到和处理政府信息公开申请情况</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表3 主动公开政府信息情况</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2收到和处理政府信息公开申请情况</p>", false},
                    {"", "<p>续表：主动公开政府信息情况</p>", false},
                    /* a row's label glued after the caption (its
                     * enumerator 一、 （一） ①) is no title: the line is
                     * no caption, as the parser reads it (word13b) */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2 一、主动公开政府信息情况</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>表2（续） （二）主动公开政府信息情况</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表 ①主动公开政府信息情况</p>", false},
                    /* a numbered part (续表2-1, 续表二（1）, 表2-2（续）) joins
                     * by the table's number: the part never names a table
                     * (续表1-2 under 二、), and against a caption with a part
                     * above (表2-1) only the same part joins (word14) */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2-1</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表二（1）</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>表2-2（续）</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>續表２－１ 主动公开政府信息情况</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表1-2</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表2（1）0</p>", false},
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表2-1</p>", true},
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表2-2</p>", false},
                    /* a title glued to 续表N (the HTML reader drops the
                     * blank between two Chinese characters) joins when it
                     * agrees with the heading above; with none above to
                     * agree with, parted */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表二 主动公开政府信息情况</p>", true},
                    {"<p>二、主动公开政府信息情况</p>", "<p>續表二主動公開政府信息情況</p>", true},
                    {"", "<p>续表二 主动公开政府信息情况</p>", false},
                    /* a glued title's part is read as a spaced one's:
                     * under 表2-1 another part (续表2-2…, 续表二之二…)
                     * parts, the same part joins (word14b) */
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表2-2主动公开政府信息情况</p>", false},
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表二之二主动公开政府信息情况</p>", false},
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表二之二 主动公开政府信息情况</p>", false},
                    {"<p>表2-1 主动公开政府信息情况</p>", "<p>续表2-1主动公开政府信息情况</p>", true},
                    /* an annex's caption above (附表2-1) numbers its part
                     * as 表2-1 does */
                    {"<p>附表2-1 主动公开政府信息情况</p>", "<p>续表2-2</p>", false},
                    {"<p>附表2-1 主动公开政府信息情况</p>", "<p>续表2-1</p>", true},
                    /* a total row's label after a caption names no
                     * table: parted, with a title above or only a number
                     * (表2: main joined by the number), glued or not */
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表二 总计</p>", false},
                    {"<p>二、主动公开政府信息情况</p>", "<p>续表二总计</p>", false},
                    {"<p>表2</p>", "<p>续表2</p>", true},
                    {"<p>表2</p>", "<p>续表2 总计</p>", false},
                    {"<p>表2</p>", "<p>续表2 总计（件）</p>", false},
                    {"<p>表2</p>", "<p>续表2：小计</p>", false},
                    {"<p>表2</p>", "<p>续表2 合计数</p>", false},
                    {"<p>表2</p>", "<p>續表2 總 計</p>", false},
                    {"<p>表2</p>", "<p>续表2 统计</p>", true},
                    /* a table's row above it is no heading: 四、 of table
                     * 三's last row gives the next table no number */
                    {"<table><tr><td>三、收到和处理政府信息公开申请情况</td><td>总计</td></tr>"
                     "<tr><td>四、结转下年度继续办理</td><td>1</td></tr></table>",
                     "<p>表4（续）</p>", false}};
    for (size_t i = 0; i < sizeof numbered / sizeof *numbered; i++) {
        snprintf(page, sizeof page, "%s%s%s%s%s%s", numbered[i].above, head, again, numbered[i].caption, head,
                 "<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>"
                 "<tr><td>行政许可</td><td>7</td><td>8</td><td>9</td></tr></table>");
        t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        assert_int_equal(strstr(strstr(t, "规章") + 1, "信息内容") == NULL, numbered[i].joins);
        free(t);
    }
}

/* Table 四 with a year column, twice under one header: this year's row,
 * then last year's (本年度, 上年度), a blank between. Two tables: this
 * year's 15 cells read (a join lost them all: P006). */
static char *table_four(const char *year, int base)
{
    const char *head =
        "<table><tr><td rowspan=\"3\">年度</td><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
        "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
        "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
        "<td colspan=\"5\">复议后起诉</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td>"
        "<td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>";
    int v[15] = {base, 0, 0, 0, base, base, 0, 0, 0, base, 0, 0, 0, 0, 0};
    char row[512];
    int k = snprintf(row, sizeof row, "<tr><td>%s</td>", year);
    for (int i = 0; i < 15; i++)
        k += snprintf(row + k, sizeof row - (size_t)k, "<td>%d</td>", v[i]);
    char *t = malloc(strlen(head) + (size_t)k + 32);
    assert_non_null(t);
    sprintf(t, "%s%s</tr></table>", head, row);
    return t;
}

static void html_table_four_twice_keeps_this_year(void **state)
{
    (void)state;
    size_t n;
    char *page = read_source_file("tests/input/pingtan-2021.html", &n);
    const char *last = page;
    for (const char *p = strstr(page, "<table"); p; p = strstr(p + 1, "<table"))
        last = p;
    const char *end = strstr(last, "</table>") + strlen("</table>");
    char *now = table_four("本年度", 3), *before = table_four("上年度", 8);
    size_t m = (size_t)(last - page) + strlen(now) + strlen(before) + (n - (size_t)(end - page));
    char *two = malloc(m + 1);
    assert_non_null(two);
    snprintf(two, m + 1, "%.*s%s%s%s", (int)(last - page), page, now, before, end);
    xxgk_doc *d = load_bytes("twice.html", two, m, XXGK_INPUT_AUTO, -1);
    xxgk_check(d, NULL);
    const xxgk_table *t4 = xxgk_doc_report(d)->tables[XXGK_TABLE_APPEALS];
    size_t got = 0;
    for (size_t i = 0; i < t4->ncells; i++)
        got += t4->cells[i].state == XXGK_CELL_VALUE;
    assert_int_equal(got, 15);
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    xxgk_doc_free(d);
    free(two);
    free(now);
    free(before);
    free(page);
}

/* pingtan-2021.html with the section headings' numerals parted from
 * their titles by SEP instead of 、 (in the <strong> of each heading;
 * ALL: the six, else 三 alone): a copy to free. */
static char *headings_parted(const char *page, const char *sep, bool all)
{
    static const char *const nums[] = {"一", "二", "三", "四", "五", "六"};
    size_t n = strlen(page), cap = n + 64;
    char *out = malloc(cap);
    assert_non_null(out);
    memcpy(out, page, n + 1);
    for (int i = 0; i < 6; i++) {
        if (!all && i != 2)
            continue;
        char from[32], to[32];
        snprintf(from, sizeof from, "<strong>%s、", nums[i]);
        snprintf(to, sizeof to, "<strong>%s%s", nums[i], sep);
        char *at = strstr(out, from);
        assert_non_null(at);
        size_t fl = strlen(from), tl = strlen(to), rest = strlen(at + fl);
        assert_true(tl <= fl);
        memmove(at + tl, at + fl, rest + 1);
        memcpy(at, to, tl);
    }
    return out;
}

/* A section heading whose numeral a space parts from its title (三 收到和处理
 * 政府信息公开申请情况, as a .txt reads it) reads in HTML as in text: every
 * cell, agency and year of the page with 、, no P101 nor P002. A numeral
 * a line break parts (三\n收到…: CSS joins the two) is no such space, and
 * a space inside a table cell's text no heading's. */
static void html_heading_numeral_space_reads_as_text(void **state)
{
    (void)state;
    size_t n;
    char *page = read_source_file("tests/input/pingtan-2021.html", &n);
    xxgk_doc *want = load_bytes("p.html", page, n, XXGK_INPUT_AUTO, -1);
    char *cw = cells_of(want);
    const struct {
        const char *sep;
        bool all;
    } cases[] = {{" ", false}, {" ", true}, {"\xC2\xA0", true}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char *v = headings_parted(page, cases[c].sep, cases[c].all);
        xxgk_doc *d = load_bytes("v.html", v, strlen(v), XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, cw);
        assert_int_equal(count_diags(d, XXGK_P_SECTION_HEADING_MISSING), 0);
        assert_int_equal(count_diags(d, XXGK_P_MISSING_SECTION), 0);
        assert_int_equal(count_diags(d, XXGK_P_NO_SECTIONS), 0);
        free(cd);
        xxgk_doc_free(d);
        free(v);
    }
    /* a line break in the source is no space: 三收到… as with 、 dropped,
     * its findings (P019 and/or P101) the same */
    char *nl = headings_parted(page, "\n", false), *glued = headings_parted(page, "", false);
    xxgk_doc *a = load_bytes("nl.html", nl, strlen(nl), XXGK_INPUT_AUTO, -1),
             *b = load_bytes("glued.html", glued, strlen(glued), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(a, XXGK_P_SECTION_HEADING_MISSING), count_diags(b, XXGK_P_SECTION_HEADING_MISSING));
    assert_int_equal(count_diags(a, XXGK_P_TEXT_IN_TABLE), count_diags(b, XXGK_P_TEXT_IN_TABLE));
    assert_true(count_diags(a, XXGK_P_TEXT_IN_TABLE) + count_diags(a, XXGK_P_SECTION_HEADING_MISSING) > 0);
    char *ca = cells_of(a), *cb = cells_of(b);
    assert_string_equal(ca, cb);
    free(ca);
    free(cb);
    xxgk_doc_free(a);
    xxgk_doc_free(b);
    free(nl);
    free(glued);
    free(cw);
    xxgk_doc_free(want);
    free(page);
}

/* A diagnostic on a page: its place and its snippet are the page's. */
static void diagnostics_point_into_the_page(void **state)
{
    (void)state;
    xxgk_doc *d = load_file("tests/input/pingtan-2022.page.html");
    xxgk_check(d, NULL);
    /* the page's own misprint 行政法复议, line 1098 of the page */
    assert_diag_at(d, XXGK_V_LABEL_VARIANT, 1098, 402);
    char *buf;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        xxgk_print_diag(f, d, g, false);
    fclose(f);
    assert_non_null(strstr(buf, " 1098 | "));
    assert_non_null(strstr(buf, "</span>四、政府信息公开行政法复议"));
    free(buf);
    xxgk_doc_free(d);

    /* a number too long to be exact, inside a cell: its line and column */
    const char *page = "<html><body><p>一、总体情况</p>\n<p>二、主动公开政府信息情况</p>\n"
                       "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr>\n"
                       "<tr><td>行政许可</td>\n  <td><span>1234567890123456789012</span></td></tr></table>"
                       "</body></html>";
    d = load_bytes("p.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_L_NUMBER_OVERFLOW, 5, 13);
    xxgk_doc_free(d);
}

/* The attributes libxml2 is spared (html_skim.c): a style that hides
 * still hides, of two styles the first counts, the places after cut tags
 * are the page's; a page the skim misreads (a tag inside a comment or a
 * script, a second <body>, an attribute with the skim's marker's name)
 * is parsed as it is, to the same text and places. */
static void cut_attributes_keep_places(void **state)
{
    (void)state;
    const char *page =
        "<html><body style=\"margin:0 auto;color:#333\"><p class=\"MsoNormal\" "
        "style=\"text-indent:2em;font-family:宋体\">一、总体情况</p>\n"
        "<p style=\"display: none\">隐藏</p><p style=\"color:red\" style=\"display:none\" hidden>藏</p>"
        "<p class=x style=\"color:red\" style=\"display:none\">两样</p>%s"
        "<p style=\"text-indent:2em\">二、主动公开政府信息情况</p>\n"
        "<table style=\"border-collapse:collapse\"><tr><td style=\"width:100px\">信息内容</td>"
        "<td>本年处理决定数量</td></tr>\n"
        "<tr><td class=\"xl65\" rowspan=\"1\">行政许可</td>\n"
        "  <td style=\"border:1px solid\"><span style=\"font-size:12pt\">1234567890123456789012</span>"
        "</td></tr></table></body></html>";
    const char *misread[] = {"", "<!-- <p style=\"color:red\"> -->", "<script>s='<p style=\"color:red\">'</script>",
                             "<body style=\"font-size:12px\">", "<i _skim></i>"};
    for (size_t i = 0; i < sizeof misread / sizeof *misread; i++) {
        char buf[1024];
        int n = snprintf(buf, sizeof buf, page, misread[i]);
        char *t = text_of(buf, (size_t)n, XXGK_INPUT_HTML);
        assert_string_equal(t, "一、总体情况\n两样\n二、主动公开政府信息情况\n信息内容\t本年处理决定数量\n"
                               "行政许可\t1234567890123456789012\n");
        free(t);
        xxgk_doc *d = load_bytes("p.html", buf, (size_t)n, XXGK_INPUT_AUTO, -1);
        assert_diag_at(d, XXGK_L_NUMBER_OVERFLOW, 5, 61);
        xxgk_doc_free(d);
    }
}

/* The skim's marker is counted to tell that libxml2 read every cut tag as
 * the skim did; a page holding the marker's name itself (any case) could
 * make up for one lost, so such a page is read as it is. Here `<!x` is
 * text to libxml2 but markup to the skim, which then cuts a class out of
 * what libxml2 reads as a style's value (bringing its display:none into
 * the part read): the text must stay shown, as without the skim. Also a
 * script holding an end tag that closes nothing: libxml2 stays in it. */
static void page_naming_the_marker(void **state)
{
    (void)state;
    char xs[301];
    memset(xs, 'X', 300);
    xs[300] = 0;
    const char *marker[] = {"_skim", "_SkIm"};
    for (size_t i = 0; i < 2; i++) {
        char buf[1024];
        int n = snprintf(buf, sizeof buf,
                         "<html><body><p>前言</p><!x <span style=\"a>b <i class='%s' id=r>display:none\">"
                         "隐藏的文字</span><p><b %s>可见</b></p></body></html>",
                         xs, marker[i]);
        char *t = text_of(buf, (size_t)n, XXGK_INPUT_HTML);
        assert_string_equal(t, "前言\n<!x 隐藏的文字\n可见\n");
        free(t);
    }
    char buf[1024];
    int n = snprintf(buf, sizeof buf,
                     "<html><body><p>前言</p><script>a</b><x title=\"</script><span style='\"><i class=%s "
                     "id=r>display:none'>隐藏的文字</span><p><b _skim>可见</b></p></body></html>",
                     xs);
    char *t = text_of(buf, (size_t)n, XXGK_INPUT_HTML);
    assert_string_equal(t, "前言\n隐藏的文字\n可见\n");
    free(t);
}

/* rowspan labels over 2 to 8 rows belong to every row; a header spanning
 * columns; <br> and <p> inside a cell stay in the cell. */
static void grids_resolve_spans(void **state)
{
    (void)state;
    const char *page =
        "<table>\n"
        "<tr><td colspan=2 rowspan=2>申请人</td><td colspan=3>法人</td><td rowspan=2>总计</td></tr>\n"
        "<tr><td>商业<br>企业</td><td>科研</td><td>其他</td></tr>\n"
        "<tr><td rowspan=8>三、本年度办理结果</td><td>（一）予以公开</td><td>1</td><td>2</td><td>3</td><td>6</td></tr>\n"
        "<tr><td>（二）部分<p>公开</p></td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n"
        "<tr><td rowspan=2>（三）不予公开</td><td>1.a</td><td>1</td><td>&nbsp;</td><td>1</td></tr>\n"
        "<tr><td>2.b</td><td>1</td><td><o:p></o:p></td><td>1</td></tr>\n"
        "<tr><td>x</td><td>1</td><td>1</td><td>1</td><td>3</td></tr>\n"
        "<tr><td>y</td><td>1</td><td>1</td><td>1</td><td>3</td></tr>\n"
        "<tr><td>z</td><td>1</td><td>1</td><td>1</td><td>3</td></tr>\n"
        "<tr><td>w</td><td>1</td><td>1</td><td>1</td><td>3</td></tr>\n"
        "<tr><td>四</td><td>x</td><td rowspan=2>5</td><td>1</td><td>1</td><td>7</td></tr>\n"
        "<tr><td>五</td><td>x</td><td>1</td><td>1</td><td>2</td></tr>\n"
        "</table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "申请人\t法人\t总计\n"
                           "申请人\t商业企业\t科研\t其他\t总计\n"
                           "三、本年度办理结果\t（一）予以公开\t1\t2\t3\t6\n"
                           "三、本年度办理结果\t（二）部分公开\t0\t0\t0\t0\n"
                           "三、本年度办理结果\t（三）不予公开\t1.a\t1\t\t1\n"
                           "三、本年度办理结果\t（三）不予公开\t2.b\t1\t\t1\n"
                           "三、本年度办理结果\tx\t1\t1\t1\t3\n"
                           "三、本年度办理结果\ty\t1\t1\t1\t3\n"
                           "三、本年度办理结果\tz\t1\t1\t1\t3\n"
                           "三、本年度办理结果\tw\t1\t1\t1\t3\n"
                           /* a number spanning rows is printed once */
                           "四\tx\t5\t1\t1\t7\n"
                           "五\tx\t\t1\t1\t2\n");
    free(t);
}

/* Chrome, a nested layout table, scripts, hidden menus, Word's markup:
 * none of it disturbs the report. */
static void chrome_and_word_markup(void **state)
{
    (void)state;
    const char *page =
        "<!DOCTYPE html><html><head><title>t</title><style>td{}</style>\n"
        "<script>document.write('<table><tr><td>99</td></tr></table>')</script></head><body>\n"
        "<div class=nav>首页 | 政务公开</div><div style=\"display: none\">隐藏菜单</div>\n"
        "<table class=layout><tr><td>左栏<ul><li>链接</li></ul></td><td>\n"
        "<p class=MsoListParagraph><![if !supportLists]><span>一、</span><![endif]><span>总体情况<o:p></o:p></span></p>"
        "<!--[if gte mso 9]><xml>w</xml><![endif]-->\n"
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
        "</td></tr></table><noscript>开启脚本</noscript><footer>版权所有</footer></body></html>";
    char *t = text_of(page, strlen(page), XXGK_INPUT_AUTO);
    /* the footer after the report's table is the site's: dropped
     * (html_chrome.c); the text "首页 | 政务公开" holds no link */
    assert_string_equal(t, "首页 | 政务公开\n左栏\n链接\n一、总体情况\n信息内容\t本年处理决定数量\n"
                           "行政许可\t3\n");
    free(t);
}

/* A page in GB18030 that declares charset=gb2312: the same cells; the
 * positions those of the page. */
static void gbk_declared_page(void **state)
{
    (void)state;
    size_t n, m;
    char *u = read_source_file("tests/input/pingtan-2021.html", &n);
    char *decl = replace1(u, "<meta charset=\"utf-8\">",
                          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
    char *g = convert("GB18030", "UTF-8", decl, strlen(decl), &m);
    xxgk_doc *dg = load_bytes("gb.html", g, m, XXGK_INPUT_AUTO, -1);
    xxgk_doc *du = load_bytes("u.html", u, n, XXGK_INPUT_AUTO, -1);
    char *cg = cells_of(dg), *cu = cells_of(du);
    assert_string_equal(cg, cu);
    assert_int_equal(count_diags(dg, XXGK_L_DECODED_GB18030), 0); /* declared: no note */
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(dg), XXGK_TABLE_PROACTIVE,
                                          XXGK_R_LICENSING, XXGK_C_DECISIONS);
    const xxgk_cell *c2 = xxgk_report_cell(xxgk_doc_report(du), XXGK_TABLE_PROACTIVE,
                                           XXGK_R_LICENSING, XXGK_C_DECISIONS);
    xxgk_pos p = xxgk_doc_position(dg, c->span.start), p2 = xxgk_doc_position(du, c2->span.start);
    assert_int_equal(p.line, p2.line);
    /* the GB page's meta is longer by the same number of characters */
    assert_int_equal(p.col, p2.col);
    /* a UTF-8 page still declaring gb2312: its bytes decide */
    xxgk_doc *dm = load_bytes("mislabelled.html", decl, strlen(decl), XXGK_INPUT_AUTO, -1);
    char *cm = cells_of(dm);
    assert_string_equal(cm, cu);
    free(cm);
    xxgk_doc_free(dm);
    free(cg);
    free(cu);
    xxgk_doc_free(dg);
    xxgk_doc_free(du);
    free(g);
    free(decl);
    free(u);
}

/* Big5 text in traditional script, as a page and as plain text: decoded
 * (a note for the text, L009 at 1:1), never mistaken for GBK. */
static void big5_page_and_text(void **state)
{
    (void)state;
    const char *trad = "<html><head><meta charset=big5></head><body>"
                       "<p>江蘇省衛生健康委2023年政府信息公開工作年度報告</p>"
                       "<p>一、總體情況</p><p>本年度，我委認真貫徹落實《中華人民共和國政府信息公開條例》。</p>"
                       "</body></html>";
    size_t m;
    char *b = convert("BIG5", "UTF-8", trad, strlen(trad), &m);
    char *t = text_of(b, m, XXGK_INPUT_AUTO);
    assert_string_equal(t, "江蘇省衛生健康委2023年政府信息公開工作年度報告\n一、總體情況\n"
                           "本年度，我委認真貫徹落實《中華人民共和國政府信息公開條例》。\n");
    free(t);
    free(b);
    const char *text = "江蘇省衛生健康委2023年政府信息公開工作年度報告\n一、總體情況\n"
                       "本年度，我委認真貫徹落實《中華人民共和國政府信息公開條例》，"
                       "進一步加強政府信息公開工作。\n";
    b = convert("BIG5", "UTF-8", text, strlen(text), &m);
    assert_int_equal(xxgk_encoding_chinese((const uint8_t *)b, m), XXGK_ENC_BIG5);
    xxgk_doc *d = load_bytes("big5.txt", b, m, XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_L_DECODED_BIG5, 1, 1);
    size_t len;
    const uint8_t *src = xxgk_doc_source(d, &len);
    assert_memory_equal(src, text, strlen(text));
    xxgk_doc_free(d);
    free(b);
    /* the same text in GB18030 stays GB18030 */
    b = convert("GB18030", "UTF-8", text, strlen(text), &m);
    assert_int_equal(xxgk_encoding_chinese((const uint8_t *)b, m), XXGK_ENC_GB18030);
    d = load_bytes("gb.txt", b, m, XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_L_DECODED_GB18030, 1, 1);
    xxgk_doc_free(d);
    free(b);
}

/* Hostile pages: nothing crashes, hangs or leaks; the text is what a
 * reader would see. */
static void hostile_pages(void **state)
{
    (void)state;
    /* unclosed tags */
    const char *unclosed = "<html><body><table><tr><td>行政许可<td>3<tr><td>行政处罚<td>4<p>正文<div>再";
    char *t = text_of(unclosed, strlen(unclosed), XXGK_INPUT_AUTO);
    assert_string_equal(t, "行政许可\t3\n行政处罚\t4 正文再\n");
    free(t);
    /* 10,000 nested <div>s around a line */
    size_t n = 10000 * 11 + 100;
    char *deep = malloc(n), *p = deep;
    p += sprintf(p, "<html><body>");
    for (int i = 0; i < 10000; i++)
        p += sprintf(p, "<div>");
    p += sprintf(p, "一、总体情况");
    for (int i = 0; i < 10000; i++)
        p += sprintf(p, "</div>");
    t = text_of(deep, (size_t)(p - deep), XXGK_INPUT_AUTO);
    assert_string_equal(t, "一、总体情况\n");
    free(t);
    free(deep);
    /* 10,000 tables, each in a cell of the one before: layout tables */
    deep = malloc(10000 * 40 + 100);
    p = deep;
    for (int i = 0; i < 10000; i++)
        p += sprintf(p, "<table><tr><td>x");
    p += sprintf(p, "一、总体情况");
    for (int i = 0; i < 10000; i++)
        p += sprintf(p, "</td></tr></table>");
    t = text_of(deep, (size_t)(p - deep), XXGK_INPUT_HTML);
    assert_non_null(strstr(t, "\nx一、总体情况\n"));
    free(t);
    free(deep);
    /* a script holding a table */
    const char *script = "<html><body><script>var s='<table><tr><td>1</td></tr></table>';</script>"
                         "<p>一、总体情况</p></body></html>";
    t = text_of(script, strlen(script), XXGK_INPUT_AUTO);
    assert_string_equal(t, "一、总体情况\n");
    free(t);
    /* a 1 MB attribute */
    size_t big = 1 << 20;
    char *attr = malloc(big + 100);
    p = attr + sprintf(attr, "<html><body><p title=\"");
    memset(p, 'x', big);
    p += big;
    p += sprintf(p, "\">一、总体情况</p></body></html>");
    xxgk_doc *d = load_bytes("attr.html", attr, (size_t)(p - attr), XXGK_INPUT_AUTO, -1);
    size_t len;
    const uint8_t *src = xxgk_doc_source(d, &len);
    assert_memory_equal(src, "一、总体情况\n", len);
    /* the heading's place: after the 22 characters, the attribute and "> */
    xxgk_pos pos = xxgk_doc_position(d, 0);
    assert_int_equal(pos.line, 1);
    assert_int_equal(pos.col, (unsigned)(big + 25));
    xxgk_doc_free(d);
    free(attr);
    /* 400,000 invalid bytes read as UTF-8 (forced): the parser replaces
     * them, the alignment gives up on each after a few bytes, linear */
    size_t nbad = 400000;
    char *bad = malloc(nbad + 100);
    p = bad + sprintf(bad, "<html><body><p>");
    for (size_t i = 0; i < nbad; i++)
        *p++ = (char)(i & 1 ? 0xFE : 0xFF);
    p += sprintf(p, "</p><p>一、总体情况</p></body></html>");
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)bad, (size_t)(p - bad), XXGK_INPUT_HTML,
                                XXGK_ENC_UTF8, NULL));
    assert_non_null(strstr(in.text, "\n一、总体情况\n"));
    xxgk_input_free(&in);
    free(bad);
    /* colspan and rowspan out of range */
    const char *spans = "<table><tr><td colspan=999999999 rowspan=-3>a</td><td rowspan=99999999>1</td></tr>"
                        "<tr><td>b</td></tr></table>";
    t = text_of(spans, strlen(spans), XXGK_INPUT_HTML);
    assert_non_null(strstr(t, "a"));
    free(t);
    /* the fuzz smoke's find (stop 28): a .docx whose grid has a label
     * merged over rows beside an empty cell with no text buffer at all; the
     * rowspan check (P074) took the level of that NULL text (UBSan: offset
     * on a null pointer). Read under the sanitizers of `make test`. */
    xxgk_doc *crash = load_file("tests/input/crash-grid-empty-label-65b9088a.docx");
    assert_non_null(xxgk_doc_report(crash));
    xxgk_doc_free(crash);
}

/* Did the .docx generator (a python3 script of tests/input) fail? Only
 * when the build found no python3 may a test skip for it: with python3
 * there, a generator that fails is the test's failure, never a skip that
 * passes without reading a byte. */
static bool generator_failed(const char *cmd)
{
    if (system(cmd) == 0)
        return false;
#ifdef XXGK_HAVE_PYTHON3
    fail_msg("%s failed (python3 was found at configure time: no skip)", cmd);
#endif
    return true;
}

/* A .docx filled with known numbers (tests/input/fill_docx.py puts the
 * numbers of corpus/pingtan-2021.txt into the template's empty cells):
 * exactly those numbers, in those cells; merged cells resolved. */
static void docx_filled_template(void **state)
{
    (void)state;
    char out[256], cmd[1024];
    snprintf(out, sizeof out, "%s/filled-2021.docx", XXGK_BINARY_DIR);
    snprintf(cmd, sizeof cmd,
             "python3 %s/tests/input/fill_docx.py %s/tests/input/template-2021-blank.docx "
             "%s/corpus/pingtan-2021.txt %s",
             XXGK_SOURCE_DIR, XXGK_SOURCE_DIR, XXGK_SOURCE_DIR, out);
    if (generator_failed(cmd)) {
        fprintf(stderr, "python3 or its zipfile module is missing: skipped\n");
        skip();
    }
    FILE *f = fopen(out, "rb");
    assert_non_null(f);
    char *b = malloc(1 << 20);
    size_t n = fread(b, 1, 1 << 20, f);
    fclose(f);
    assert_int_equal(xxgk_input_detect((const uint8_t *)b, n), XXGK_INPUT_DOCX);
    xxgk_doc *d = load_bytes("filled.docx", b, n, XXGK_INPUT_AUTO, -1);
    xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
    /* the template has no agency or year: compare the cells after them */
    char *cd = cells_of(d), *ct = cells_of(t);
    assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
    assert_int_equal(count_cells(d), 200);
    /* the vertical merges: every row of 三 under its group label */
    char *text = text_of(b, n, XXGK_INPUT_DOCX);
    assert_non_null(strstr(text, "三、本年度办理结果\t（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n"));
    free(text);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(t);
    /* a zip that is no .docx, and a .docx cut short */
    xxgk_input in;
    assert_false(xxgk_input_read(&in, (const uint8_t *)b, n / 2, XXGK_INPUT_DOCX, -1, NULL));
    /* one L052 at 1:1 (the command line), its reason in the error */
    assert_int_equal(in.error_code, XXGK_L_ZIP_NOT_DOCX);
    assert_non_null(strstr(in.error, "cut short or damaged"));
    xxgk_input_free(&in);
    free(b);
}

static char *diags_at(const xxgk_doc *d, int code);

/* L042 in a .docx: a cell 1 665 of a row whose line shows exactly its
 * cells is read 1665 (pinned); a blank cell first (the values one
 * column over) or last leaves the row unread (P062), no number moved. */
static void docx_thousands_blank(void **state)
{
    (void)state;
    char buf[64];
    xxgk_doc *d = load_file("tests/input/thousands-blank.docx");
    assert_string_equal(diags_at(d, XXGK_L_THOUSANDS_BLANK),
                        "16:6 the blank is a thousands separator (the file's own cell, one column wide; so read, "
                        "the row holds exactly its 1 column(s), each a number)\n");
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "1665");
    xxgk_doc_free(d);
    /* ⇥⇥69⇥1 069⇥665: from 1 069 on unread; 69⇥3⇥1 665⇥⇥: 1 665 unread */
    const char *blank[] = {"tests/input/thousands-blank-lead-empty.docx", "tests/input/thousands-blank-trail-empty.docx"};
    const int unread[] = {XXGK_C_REPEALED, XXGK_C_IN_FORCE};
    for (size_t i = 0; i < 2; i++) {
        d = load_file(blank[i]);
        assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 0);
        assert_int_equal(count_diags(d, XXGK_P_JOIN_UNCHECKED), 1);
        assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, unread[i], buf, sizeof buf),
                            "empty");
        assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_IN_FORCE, buf, sizeof buf),
                            "empty");
        xxgk_doc_free(d);
    }
}

/* A diagnostic on a .docx: the line and column of the text `xxgk text`
 * prints, then the table, row and cell (or the paragraph) in the file. */
static void docx_places(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    /* 一、本年新收 … 自然人: a number too long to be exact */
    char *bad = replace1(txt, "\t64\t", "\t1234567890123456789012\t");
    char nums[256], out[256], cmd[1024];
    snprintf(nums, sizeof nums, "%s/docx-places.txt", XXGK_BINARY_DIR);
    snprintf(out, sizeof out, "%s/docx-places.docx", XXGK_BINARY_DIR);
    FILE *f = fopen(nums, "w");
    fputs(bad, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "python3 %s/tests/input/fill_docx.py %s/tests/input/template-2021-blank.docx %s %s",
             XXGK_SOURCE_DIR, XXGK_SOURCE_DIR, nums, out);
    if (generator_failed(cmd))
        skip();
    f = fopen(out, "rb");
    char *b = malloc(1 << 20);
    size_t m = fread(b, 1, 1 << 20, f);
    fclose(f);
    xxgk_doc *d = load_bytes("p.docx", b, m, XXGK_INPUT_AUTO, -1);
    /* line 39 of the text, after the label and its TAB */
    assert_diag_at(d, XXGK_L_NUMBER_OVERFLOW, 39, 18);
    char *buf;
    size_t len;
    FILE *mf = open_memstream(&buf, &len);
    xxgk_print_diags(mf, d, false);
    fclose(mf);
    assert_non_null(strstr(buf, "p.docx:39:18: note: in the .docx: table 2, row 4, cell 2\n"));
    assert_non_null(strstr(buf, "p.docx:1:1: note: in the .docx: paragraph 1\n"));
    free(buf);
    /* JSON and SARIF carry the same note, first of the finding's notes,
     * at the finding's place */
    mf = open_memstream(&buf, &len);
    xxgk_print_diags_jsonl(mf, d);
    fclose(mf);
    assert_non_null(strstr(buf, "\"notes\":[{\"message\":\"in the .docx: table 2, row 4, cell 2\",\"line\":39,\"col\":18,"
                                "\"end_line\":39,\"end_col\":18,"));
    assert_non_null(strstr(buf, "\"notes\":[{\"message\":\"in the .docx: paragraph 1\",\"line\":1,\"col\":1,"));
    free(buf);
    mf = open_memstream(&buf, &len);
    xxgk_sarif w = {0};
    xxgk_sarif_begin(&w, mf);
    xxgk_sarif_add(&w, d);
    xxgk_sarif_end(&w, &(xxgk_sarif_invocation){0});
    fclose(mf);
    const char *r = strstr(buf, "\"ruleId\":\"L004\"");
    assert_non_null(r);
    const char *rel = strstr(r, "\"relatedLocations\":[{\"id\":0,");
    assert_non_null(rel);
    assert_non_null(strstr(rel, "\"startLine\":39,\"startColumn\":18,"));
    assert_non_null(strstr(rel, "\"message\":{\"text\":\"in the .docx: table 2, row 4, cell 2\"}}"));
    free(buf);
    xxgk_doc_free(d);
    free(b);
    free(bad);
    free(txt);
}

/* Struck-out text (<del>, <s>, <strike>) is no text; a raised or lowered
 * run (<sup>, <sub>) is a footnote mark: never digits of the number before
 * it. Raised digits right after a number's digit are written as
 * superscripts (35.62¹: the lexer's P036, the number keeps its cell), and
 * so are those right after any character of a cell's text (注¹, m²); any
 * other mark is set apart by a space, even from full-width digits. */
static void html_marks_and_struck_text(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>行政许可</td><td><del>1543</del>1534</td></tr>\n"
                       "<tr><td>行政处罚</td><td><s>9</s>12<strike>3</strike></td></tr>\n"
                       "<tr><td>收费</td><td>35.62<sup>1</sup></td></tr>\n"
                       "<tr><td>其他</td><td>３５<sub>１</sub></td></tr>\n"
                       "<tr><td>注<sup>1</sup></td><td>m<sup>2</sup>x</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "行政许可\t1534\n行政处罚\t12\n收费\t35.62¹\n其他\t３５ １\n注¹\tm² x\n");
    free(t);
    /* the whole report: the cells are the text twin's; one P036 (no
     * P006), on the marked cell in the page */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">24252.311082<", ">24252.311082<sup>1</sup><");
    char *b = replace1(a, ">2293<", "><del>1543</del>2293<");
    char *c = replace1(b, ">1282<", ">1282<s>9</s><strike>9</strike><");
    xxgk_doc *d = load_bytes("marks.html", c, strlen(c), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_NOTE_MARK), 1);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_P_NOTE_MARK));
    const char *at = text_at(c, p);
    assert_memory_equal(at, "24252.311082<sup>1</sup>", 24);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(twin);
    free(a);
    free(b);
    free(c);
    free(html);
}

/* A scope caption printed as the last row of table 三's first print, one
 * <td colspan> over the table's columns (（二）全县（含15个乡镇、32个部门）,
 * the second print under it): a caption (P120 at 56:21, its numbers P122),
 * not a row of cells, so no L030 though the row above splits its columns.
 * must-not: a row of words that is no caption (本年共计140件) keeps L030 at
 * 56:21. A <p> caption inside the second <table> (the reader sets it above
 * the table) is the same caption: P120 at its line, the report's cells as
 * with the colspan row; a <p> of prose there (本表为全县汇总数据，…) is no
 * caption: no P120, the second print's rows second copies (P014). */
static void html_scope_caption_rows(void **state)
{
    (void)state;
    size_t n;
    char *html = read_source_file("tests/input/scope-caption-colspan.html", &n);
    const char *cap = "<tr><td colspan=\"8\">（二）全县（含15个乡镇、32个部门）</td></tr>\n</table>\n<table>\n";
    xxgk_doc *d = load_bytes("colspan.html", html, n, XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_L_NUMBER_OVER_COLUMNS), 0);
    assert_int_equal(count_diags(d, XXGK_P_SCOPE_TABLE), 1);
    assert_int_equal(count_diags(d, XXGK_P_SCOPE_CAPTION_NUMBER), 2);
    assert_int_equal(count_diags(d, XXGK_P_DUPLICATE_ROW), 0);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_P_SCOPE_TABLE));
    assert_int_equal(p.line, 56);
    assert_int_equal(p.col, 21);
    char *own = cells_of(d);

    char *words = replace1(html, "（二）全县（含15个乡镇、32个部门）", "本年共计140件");
    xxgk_doc *w = load_bytes("colspan-words.html", words, strlen(words), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(w, XXGK_L_NUMBER_OVER_COLUMNS), 1);
    assert_int_equal(count_diags(w, XXGK_P_SCOPE_TABLE), 0);
    p = diag_pos(w, find_diag(w, XXGK_L_NUMBER_OVER_COLUMNS));
    assert_int_equal(p.line, 56);
    assert_int_equal(p.col, 21);

    char *inside = replace1(html, cap, "</table>\n<table>\n<p>（二）全县（含15个乡镇、32个部门）</p>\n");
    xxgk_doc *i = load_bytes("p-in-table.html", inside, strlen(inside), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(i, XXGK_P_SCOPE_TABLE), 1);
    assert_int_equal(count_diags(i, XXGK_P_SCOPE_CAPTION_NUMBER), 2);
    assert_int_equal(count_diags(i, XXGK_P_DUPLICATE_ROW), 0);
    assert_int_equal(diag_pos(i, find_diag(i, XXGK_P_SCOPE_TABLE)).line, 58);
    char *own_i = cells_of(i);
    assert_string_equal(strchr(own_i, '\n'), strchr(own, '\n'));

    char *prose = replace1(html, cap, "</table>\n<table>\n<p>本表为全县汇总数据，单位为件。</p>\n");
    xxgk_doc *q = load_bytes("p-prose.html", prose, strlen(prose), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(q, XXGK_P_SCOPE_TABLE), 0);
    assert_true(count_diags(q, XXGK_P_DUPLICATE_ROW) > 0);
    xxgk_doc_free(q);
    xxgk_doc_free(i);
    xxgk_doc_free(w);
    xxgk_doc_free(d);
    free(own_i);
    free(own);
    free(prose);
    free(inside);
    free(words);
    free(html);
}

/* A footnote mark raised over a label in a table's cell
 * (2.其他法律行政法规禁止公开<sup>1</sup>, （七）总计<sup>2</sup>) is the
 * label's mark (2.其他…公开¹: P091 at the mark, the row read), never a
 * number: not an eighth value of the row (P006), not a number merged over
 * the label's columns (L030), and never the value of the row's blank first
 * cell. In the page's flow a raised digit stays set apart. */
static void html_label_marks(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>总计<sup>1</sup></td><td>5<sup>2</sup></td></tr>\n"
                       "<tr><td>（一）予以公开<sup>12</sup></td><td>7</td></tr>\n"
                       "<tr><td><sup>1</sup>注</td><td>面积（m<sup>2</sup>）</td></tr></table><p>见注<sup>1</sup>。</p>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    /* <sup>1</sup>注: the cell's only digit raised, words after it: L048,
     * the cell empty, its 1 never a plain number (html_raised_cells) */
    assert_string_equal(t, "总计¹\t5²\n（一）予以公开¹²\t7\n\t面积（m² ）\n见注 1 。\n");
    free(t);
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, "2.其他法律行政法规禁止公开</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">0<",
                       "2.其他法律行政法规禁止公开<sup>1</sup></p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">&nbsp;<");
    char *b = replace1(a, "（七）总计</p>", "（七）总计<sup>2</sup></p>");
    xxgk_doc *d = load_bytes("label-marks.html", b, strlen(b), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    char *want = replace1(ct, "requests,denied.prohibited_by_law,natural_person,0\n",
                          "requests,denied.prohibited_by_law,natural_person,empty\n");
    assert_string_equal(strchr(cd, '\n'), strchr(want, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_L_NUMBER_OVER_COLUMNS), 0);
    assert_int_equal(count_diags(d, XXGK_P_NEAR_ROW_LABEL), 0);
    assert_int_equal(count_diags(d, XXGK_P_ROW_LABEL_MARK), 2);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_P_ROW_LABEL_MARK));
    const char *at = text_at(b, p);
    const char *lbl = "1</sup>"; /* the mark itself */
    assert_memory_equal(at, lbl, strlen(lbl));
    free(want);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(twin);
    free(a);
    free(b);
    free(html);
}

static void assert_diags_at(const xxgk_doc *d, int code, const unsigned (*at)[2], size_t n);
static void diag_message_of(const xxgk_doc *d, int code, char *buf, size_t cap);

/* A mark of other characters raised (lowered) right after a cell's text
 * is glued to it between raised (lowered) brackets: （七）总计<sup>注</sup>
 * reads （七）总计⁽注⁾, the row's label with a mark (P091 at the mark, the
 * row read; it was lost: P009 on 注, its numbers P013), 规章<sub>1</sub>
 * 规章₍₁₎, a header's 行政复议⁽注¹⁾ (P078), a number's 2293⁽a⁾ (P036, the
 * number kept); a remark longer than 8 characters stays apart. 10 and a
 * raised number (10², 1.5×10⁻³) is a power or a mark: the cell is empty,
 * L033 at it, full-width (１０<sup>２</sup>) as half-width; 110² is 110
 * with a mark; a label's 10² (规范性文件10²) is the label's, not L033. */
static void html_glued_marks(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>（七）总计<sup>注</sup></td><td>72<sup>a</sup></td><td>规章<sub>1</sub></td>"
                       "<td>10<sup>2</sup></td><td>行政许可<sup>注：含转办件的数量</sup></td><td>３５<sub>１</sub></td>"
                       "<td>1.5×10<sup>-3</sup></td><td>110<sup>2</sup></td>\n"
                       "<td>１０<sup>２</sup></td><td>规范性文件10<sup>2</sup></td><td>１１０<sup>２</sup></td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "（七）总计⁽注⁾\t72⁽a⁾\t规章₍₁₎\t\t行政许可 注：含转办件的数量\t３５ １\t\t110²"
                           "\t\t规范性文件10²\t１１０⁽２⁾\n");
    free(t);
    xxgk_doc *p = load_bytes("power.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned pw[3][2] = {{1, 87}, {1, 166}, {2, 4}};
    assert_diags_at(p, XXGK_L_POWER_OR_MARK, pw, 3);
    xxgk_doc_free(p);
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, "（七）总计</p>", "（七）总计<sup>注</sup></p>");
    char *b = replace1(a, ">规章</p>", ">规章<sub>1</sub></p>");
    char *c = replace1(b, ">行政复议</p>", ">行政复议<sup>注1</sup></p>");
    char *e = replace1(c, ">2293<", ">2293<sup>a</sup><");
    xxgk_doc *d = load_bytes("glued-marks.html", e, strlen(e), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TEXT_FOR_NUMBER), 0);
    assert_int_equal(count_diags(d, XXGK_P_STRAY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_HEADER_MARK), 1);
    assert_int_equal(count_diags(d, XXGK_P_NOTE_MARK), 1);
    assert_int_equal(count_diags(d, XXGK_P_ROW_LABEL_MARK), 2);
    /* at the marks: 规章's 1, 总计's 注 */
    xxgk_pos q = diag_pos(d, find_diag(d, XXGK_P_ROW_LABEL_MARK));
    const char *at = text_at(e, q);
    assert_memory_equal(at, "1</sub>", 7);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(twin);
    free(a);
    free(b);
    free(c);
    free(e);
    free(html);
}

/* A <td> is one cell: 0减3 under the 2019 form's 本年增/减 is one cell that
 * prints an expression (no blank was lost there, as in text's 10 0减3),
 * no cell, P009 at 减; the row's other cells kept in their columns (main
 * read 0 and 减3 as two values of the cell: P006, the row lost, 153 moved
 * to no column). 396至2 of 行政许可 is the same: one place, no cell. */
static void html_cell_expression(void **state)
{
    (void)state;
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2019.html", &n);
    char *a = replace1(html, ">10</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">0<",
                       ">10</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">0减3<");
    char *b = replace1(a, ">396<", ">396至2<");
    xxgk_doc *d = load_bytes("cell-expression.html", b, strlen(b), XXGK_INPUT_AUTO, -1);
    char *c = cells_of(d);
    assert_non_null(strstr(c, "proactive,other_services,prev_items,10\n"));
    assert_non_null(strstr(c, "proactive,other_services,decisions,153\n"));
    assert_null(strstr(c, "proactive,other_services,change,"));
    assert_non_null(strstr(c, "proactive,licensing,change,0\n"));
    assert_non_null(strstr(c, "proactive,licensing,decisions,181\n"));
    assert_null(strstr(c, "proactive,licensing,prev_items,"));
    assert_int_equal(count_diags(d, XXGK_P_TEXT_FOR_NUMBER), 2);
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    xxgk_pos q = diag_pos(d, find_diag(d, XXGK_P_TEXT_FOR_NUMBER));
    assert_memory_equal(text_at(b, q), "至2<", 4);
    free(c);
    xxgk_doc_free(d);
    free(b);
    free(a);
    free(html);
}

/* In a table's cell the box a display makes decides: blocks made inline
 * (a style, or a rule of the page's <style>) run on the line, 12 (was
 * L037), a span made a block stands on lines of its own (3 and 4: L037,
 * was 34), blanks between inline blocks stay (5 6); a !important block
 * of the sheet wins over a style's inline. */
static void html_display_in_cells(void **state)
{
    (void)state;
    const char *page = "<style>.i{display:inline}.b{display:block!important}</style><table><tr>"
                       "<td><div style=\"display:inline\">1</div><div style=\"display:inline\">2</div></td>"
                       "<td><span style=\"display:block\">3</span><span style=\"display:block\">4</span></td>"
                       "<td><p style=\"display:inline-block\">5</p>\n<p style=\"display:inline-block\">6</p></td>"
                       "<td><div class=\"i\">7</div><div class=\"i\">8</div></td>"
                       "<td><div class=\"b\" style=\"display:inline\">9</div><div class=\"b\" style=\"display:inline\">0</div></td>"
                       "</tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "12\t\t5 6\t78\t\n");
    free(t);
    const char *plain = "<table><tr><td><DIV STYLE=\"DISPLAY : INLINE\">1</DIV><div>2</div></td></tr></table>";
    t = text_of(plain, strlen(plain), XXGK_INPUT_HTML);
    assert_string_equal(t, "\n");
    free(t);
}

/* An inline box given a width, a padding or a margin (a style, or a rule
 * of the page's <style>) is set apart from the text around it: two
 * numbers in two such boxes are two (L037 at the cell), never one (they
 * were read 12, 34 …); plain inline boxes, or a margin of 0, still run
 * on the line (78, 90). */
static void html_spaced_inline_boxes(void **state)
{
    (void)state;
    const char *page = "<style>.w{display:inline-block;width:40%}.z{display:inline;margin:0 auto}</style>"
                       "<table><tr>"
                       "<td><div style=\"display:inline-block;width:3em\">1</div>"
                       "<div style=\"display:inline-block;width:3em\">2</div></td>"
                       "<td><span style=\"display:inline-block;padding-right:2em\">3</span><span>4</span></td>\n"
                       "<td><div style=\"display:inline;margin-right:2em\">5</div><div style=\"display:inline\">6</div></td>"
                       "<td><div style=\"display:inline-block\">7</div><div style=\"display:inline-block\">8</div></td>\n"
                       "<td><div class=\"z\">9</div><div class=\"z\">0</div></td>"
                       "<td><div class=\"w\">1</div><div class=\"w\">1</div></td>"
                       "</tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "\t\t\t78\t90\t\n");
    free(t);
    /* in a whole report: the cell empty, L037 at its <td> */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">2293<",
                       "><div style=\"display:inline-block;width:3em\">22</div>"
                       "<div style=\"display:inline-block;width:3em\">93</div><");
    xxgk_doc *d = load_bytes("boxes.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_NUMBERS_ON_LINES));
    const char *at = text_at(a, p);
    assert_memory_equal(at, "><p style", 9); /* the end of its <td ...> */
    xxgk_doc_free(d);
    free(a);
    free(html);
}

/* A plain inline box (a <span>, <font>, <b>: no display) given a margin
 * or a padding on a side, left or right (its style, a rule of the page's
 * <style>), is set apart from the text around it in a table's cell: 6
 * and 4 are two numbers (L037 at the cell, empty), never 64 as they were
 * read; a box around a whole number keeps it (64), and a margin above or
 * below, a width, letter-spacing or word-spacing set nothing apart. */
static void html_spaced_side_boxes(void **state)
{
    (void)state;
    const char *page = "<style>.g{margin:0 1em}</style><table><tr>"
                       "<td><span style=\"margin-right:2em\">6</span>4</td>"
                       "<td>6<font style=\"padding-left:10px\">4</font></td>"
                       "<td><b class=\"g\">6</b>4</td>\n"
                       "<td><span style=\"margin-left:1em\">64</span></td>"
                       "<td><span style=\"margin:2em 0\">6</span>4</td>"
                       "<td><span style=\"padding-top:3px;width:3em\">6</span>4</td>"
                       "<td><span style=\"letter-spacing:2em;word-spacing:1em\">6</span>4</td>"
                       "<td>6<span style=\"margin-left:-0.3em\">4</span></td>"
                       "</tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    /* a negative margin pulls the digits together: 64 */
    assert_string_equal(t, "\t\t\t64\t64\t64\t64\t64\n");
    free(t);
    /* without a <style>: the style alone, kept by the skim */
    const char *plain = "<table><tr><td><SPAN STYLE=\"MARGIN-RIGHT: 2EM\">6</SPAN>4</td><td>6<span>4</span></td></tr></table>";
    t = text_of(plain, strlen(plain), XXGK_INPUT_HTML);
    assert_string_equal(t, "\t64\n");
    free(t);
    /* in a whole report: the cell empty, L037 at its <td> */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">2293<", "><span style=\"margin-right:2em\">22</span>93<");
    xxgk_doc *d = load_bytes("side-boxes.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_NUMBERS_ON_LINES));
    const char *at = text_at(a, p);
    assert_memory_equal(at, "><p style", 9); /* the end of its <td ...> */
    xxgk_doc_free(d);
    free(a);
    free(html);
}

/* The spacings cascade per side as a browser's do (review of html2: the
 * flag was set by any declaration whatever its order, a false L037 with
 * the cell lost): the last declaration of a style wins, an !important one
 * over a later plain one; an element's style wins over a sheet's rule,
 * but for an !important rule; a negative padding is dropped. */
static void html_spacing_cascade(void **state)
{
    (void)state;
    const char *plain = "<table><tr><td>a</td>"
                        "<td><span style=\"padding-right:1em;padding-right:0\">6</span>4</td>"
                        "<td><span style=\"margin-right:0 !important;margin-right:2em\">6</span>4</td>"
                        "<td><span style=\"margin:0 2em;margin-left:0;margin-inline-end:0\">6</span>4</td>"
                        "<td><span style=\"padding-right:0;padding-right:1em\">6</span>4</td>"
                        "<td><span style=\"padding-right:1em;padding-right:-1em\">6</span>4</td>"
                        "<td><span style=\"margin-right:2em !important;margin-right:0\">6</span>4</td>"
                        "</tr></table>\n";
    char *t = text_of(plain, strlen(plain), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t64\t64\t64\t\t\t\n");
    free(t);
    const char *sheet = "<style>.g{margin-right:2em}span.h{margin-right:0 !important}.k{margin-left:1em !important}"
                        "</style><table><tr><td>a</td>"
                        "<td><span class=\"g\" style=\"margin-right:0\">6</span>4</td>"
                        "<td><span class=\"g h\">6</span>4</td>"
                        "<td><span class=\"h\" style=\"margin-right:1em\">6</span>4</td>"
                        "<td>6<span class=\"k\" style=\"margin-left:0\">4</span></td>"
                        "<td><span class=\"g\">6</span>4</td>"
                        "</tr></table>\n";
    t = text_of(sheet, strlen(sheet), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t64\t64\t64\t\t\n");
    free(t);
    /* a sheet whose only spacing is an !important 0: it undoes the style's */
    const char *zero = "<style>.i{margin-right:0 !important}</style><table><tr><td>a</td>"
                       "<td><span class=\"i\" style=\"margin-right:2em\">6</span>4</td>"
                       "<td><span style=\"margin-right:2em\">6</span>4</td></tr></table>\n";
    t = text_of(zero, strlen(zero), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t64\t\n");
    free(t);
    xxgk_doc *d = load_bytes("cascade.html", sheet, strlen(sheet), XXGK_INPUT_HTML, -1);
    const unsigned at[2][2] = {{1, 275}, {1, 331}}; /* the end of each <td> */
    assert_diags_at(d, XXGK_L_NUMBERS_ON_LINES, at, 2);
    xxgk_doc_free(d);
}

/* A <style> is read for its margins and paddings on a side only when a
 * rule of them can reach an inline box in a table's cell (review of
 * html2: any such rule turned on the whole sheet, Word's @page on most
 * pages): a tag of an inline element (span, td font), a class or an id.
 * @page's margins, a cell's or a block's padding do not (div.box on a
 * span is no match); a class given to a <span> or <font> in a cell still
 * sets it apart (L037). */
static void html_side_rules_read(void **state)
{
    (void)state;
    const char *page = "<html><head><style>@page WordSection1{margin:72pt 90pt}td{padding:0 5px}"
                       "div.box{margin:0 2em}.wrap{padding:0 15px}.gap{margin-right:1em}</style></head><body>"
                       "<div class=\"wrap\"><table><tr><td>a</td><td><span class=\"box\">6</span>4</td>"
                       "<td><span>6</span>4</td><td><span class=\"gap\">6</span>4</td>"
                       "<td><font class=\"wrap\">6</font>4</td></tr></table></div></body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t64\t64\t\t\n");
    free(t);
}

/* A footnote mark after a number over the edge of an inline box set apart
 * by its spacing is still the number's mark (P036): 64 kept, where the
 * cell was L037 or the row lost (P009, P013); digits there are not. */
static void html_mark_after_spaced_box(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td>"
                       "<td><span style=\"margin-right:1em\">64</span><sup>1</sup></td>"
                       "<td>64<span style=\"margin-left:2px\"><sup>1</sup></span></td>"
                       "<td>64<span style=\"margin-left:2px\">*</span></td>"
                       "<td>64<span style=\"padding-left:2px\">①</span></td>"
                       "<td>64<span style=\"margin-left:2px\">1</span></td>"
                       "<td>64<div style=\"display:inline-block;width:1em\"><sup>1</sup></div></td>"
                       "<td>64<p><sup>1</sup></p></td>"
                       "</tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t64¹\t64¹\t64*\t64①\t\t64¹\t\n");
    free(t);
}

/* The edge of a box set apart that a footnote mark after a number
 * crossed is there still for what follows the mark (review of fixhtml3:
 * 6<span style="margin-left:1em">4</span><sup>1</sup> read 64 with a note,
 * 64<span …><sup>1</sup>2</span> lost its whole row): a number with its
 * mark is a number on its line, so 6 and 4¹, 64¹ and 2, 64* and 2 are
 * two numbers (L037, the cell empty); a mark alone after the edge, or
 * U+3000 after the mark, stays the number's (64¹). */
static void html_mark_keeps_apart_edge(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td>"
                       "<td>6<span style=\"margin-left:1em\">4</span><sup>1</sup></td>"
                       "<td>6<span style=\"margin-left:1em\">4</span>*</td>"
                       "<td><span style=\"margin-right:2em\">6</span>4<sup>1</sup></td>"
                       "<td>64<span style=\"margin-left:1em\"><sup>1</sup>2</span></td>"
                       "<td><span style=\"margin-right:1em\">64</span>*2</td>"
                       "<td>1<span style=\"margin-left:2em\">0</span><sup>注</sup></td>"
                       "<td><span style=\"margin-right:1em\">64</span><sup>1</sup>&#x3000;</td>"
                       "<td>64<span style=\"margin-left:2px\">※</span></td>"
                       "</tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t\t\t\t\t\t\t64¹ \u3000\t64※\n");
    free(t);
}

/* A rule of a margin or padding on a side whose selector xxgk does not
 * evaluate (an attribute, a pseudo-class, a sibling) sets apart the boxes
 * its subject may stand for: digits over their edges are two numbers
 * (L037), never 64 silently; '*' among compounds is evaluated (td *, not
 * .nav * outside .nav), and so is a tbody a browser puts in a table that
 * writes none; a rule under :hover, or one the element's tag or
 * attributes do not fit, sets nothing apart. */
static void html_side_rules_not_evaluated(void **state)
{
    (void)state;
    static const struct {
        const char *css, *cell, *want;
    } cases[] = {
        {"td *{margin-right:2em}", "<span>6</span>4", "a\t\n"},
        {"[title]{margin-right:2em}", "<span title=\"n\">6</span>4", "a\t\n"},
        {"td>span:first-child{margin-right:2em}", "<span>6</span>4", "a\t\n"},
        {"td span + span{margin-left:1em}", "<span>6</span><span>4</span>", "a\t\n"},
        {"span[lang=\"EN-US\"]{padding-right:1em}", "<span lang=\"EN-US\">6</span>4", "a\t\n"},
        {"td span::after{content:\"\";margin-right:2em}", "<span>6</span>4", "a\t\n"},
        {"body table tbody tr td span{margin-right:2em}", "<span>6</span>4", "a\t\n"},
        {".nav *{margin-right:10px}", "<span>6</span>4", "a\t64\n"},
        {"[title]{margin-right:2em}", "<span>6</span>4", "a\t64\n"},
        {"td span:hover{margin-right:2em}", "<span>6</span>4", "a\t64\n"},
        {"td *{margin:0;padding:0}", "<span>6</span>4", "a\t64\n"},
        {"[title]{margin-right:2em}", "<span title=\"n\">64</span>", "a\t64\n"},
        /* the implied tbody: what stands before it is the table or above,
         * never an element inside the cell (no div holds the table) */
        {"div tbody span{margin-right:2em}", "<div><span>6</span>4</div>", "a\t64\n"},
        {"div tbody span{display:none}", "<div><span>6</span>4</div>", "a\t64\n"},
        {"table tbody span{margin-right:2em}", "<div><span>6</span>4</div>", "a\t\n"},
        /* the classes a rule names before its subject are its ancestors'
         * (a sibling's, before + or ~, not): none on the page, no rule */
        {".crumb span + span{margin-left:8px}", "<span>6</span><span>4</span>", "a\t64\n"},
        {".pages a + a{margin-left:4px}", "<a>6</a>4", "a\t64\n"},
        {".crumb span + span{margin-left:8px}", "<span class=\"crumb\"><span>6</span><span>4</span></span>", "a\t\n"},
        {".x + .crumb span + span{margin-left:8px}", "<span class=\"crumb\"><span>6</span><span>4</span></span>",
         "a\t\n"},
        /* a box the rule makes: an inline one with a size, or a block */
        {"td span:first-child{display:inline-block;width:3em}", "<span>6</span>4", "a\t\n"},
        {"td span:first-child{display:inline}", "<span>6</span>4", "a\t64\n"},
        /* what the page proves: a later rule of the same selector sets
         * the slot to 0 (or a negative margin), the element's style sets
         * it, an !important rule read sets it; an !important spacing is
         * undone by none of those but the style's !important, a box by
         * none; a later 0 in a conditional block, another slot, another
         * selector undo nothing (stop 44's review: false L037) */
        {"td span:first-child{margin-right:2em} td span:first-child{margin-right:0}", "<span>6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em} td span:first-child{margin:0 -2px}", "<span>6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em}", "<span style=\"margin-right:0\">6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em} td span{margin-right:0 !important}", "<span>6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em !important} td span:first-child{margin-right:0}", "<span>6</span>4",
         "a\t\n"},
        {"td span:first-child{margin-right:2em !important}", "<span style=\"margin-right:0\">6</span>4", "a\t\n"},
        {"td span:first-child{margin-right:2em !important}", "<span style=\"margin-right:0 !important\">6</span>4",
         "a\t64\n"},
        {"td span:first-child{display:inline-block;width:3em} td span:first-child{margin:0;padding:0}",
         "<span>6</span>4", "a\t\n"},
        /* a min-width the desktop view meets applies (its 0 undoes);
         * a max-width under 1024px never does */
        {"td span:first-child{margin-right:2em} @media (min-width:1px){td span:first-child{margin-right:0}}",
         "<span>6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em} @media (max-width:768px){td span:first-child{margin-right:0}}",
         "<span>6</span>4", "a\t\n"},
        {"td span:first-child{margin-right:2em} td span:first-child{padding-right:0}", "<span>6</span>4", "a\t\n"},
        {"td span:first-child{margin-right:2em} td span:nth-child(1){margin-right:0}", "<span>6</span>4", "a\t\n"},
        /* the same selector laid out otherwise: runs of white space, none
         * or some beside a combinator, a newline (review of fixhtml6:
         * td  span:first-child, two spaces, kept a false L037); a space
         * that makes another selector (td span :first-child) undoes not */
        {"td span:first-child{margin-right:2em} td  span:first-child{margin-right:0}", "<span>6</span>4", "a\t64\n"},
        {"td>span:first-child{margin-right:2em} td > span:first-child{margin-right:0}", "<span>6</span>4", "a\t64\n"},
        {"td span:first-child{margin-right:2em}\ntd\n\tspan:first-child {margin-right:0}", "<span>6</span>4",
         "a\t64\n"},
        {"td span:first-child{margin-right:2em} td span :first-child{margin-right:0}", "<span>6</span>4", "a\t\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[512];
        snprintf(page, sizeof page, "<html><head><style>%s</style></head><body><table><tr><td>a</td><td>%s</td></tr></table></body></html>\n",
                 cases[i].css, cases[i].cell);
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        assert_string_equal(t, cases[i].want);
        free(t);
    }
    /* in a whole report: the licensing cell empty, L037 at its <td> */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *h = replace1(html, "</head>", "<style>td>span:first-child{margin-right:2em}</style></head>");
    char *a = replace1(h, ">2293<", "><span>22</span>93<");
    xxgk_doc *d = load_bytes("side-maybe.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    xxgk_doc_free(d);
    free(a);
    free(h);
    free(html);
}

/* Rules of the page's sheet that are doubted, never dropped (review of
 * fixhtml4): a sheet naming more names than it holds atoms for, a rule
 * in a conditional block xxgk does not evaluate (@media (min-width:…),
 * @supports), an escaped class (.w\:1); a border on a side sets apart
 * as a padding does; a side's spacing sets apart only its own edge, and
 * :first-child is asked of a rule not otherwise evaluated. */
static void html_sheet_rules_doubted(void **state)
{
    (void)state;
    static const struct {
        int classes; /* .cN{color:#333} rules before css */
        const char *css, *cell, *want;
    } cases[] = {
        /* past the atoms */
        {70, ".sep{margin-right:2em}", "<span class=\"sep\">6</span>4", "a\t\n"},
        {70, ".hid{display:none}", "<span class=\"hid\">6</span>64", "a\t64\n"},
        {300, ".sep{margin-right:2em}", "<span class=\"sep\">6</span>4", "a\t\n"},
        {300, ".hid{display:none}", "<span class=\"hid\">6</span>64", "a\t664\n"}, /* L040, below */
        {300, ".sep{margin-right:2em}", "<span class=\"other\">6</span><span class=\"other\">4</span>", "a\t64\n"},
        {300, ".sep{margin-right:2em}", "<span class=\"c3\">6</span>4", "a\t64\n"},
        /* conditional blocks */
        {0, "@media (min-width:1px){.g{margin-right:2em}}", "<span class=\"g\">6</span>4", "a\t\n"},
        {0, "@media screen and (max-width:1100px){td span{margin-right:2em}}", "<span>6</span>4", "a\t\n"},
        {0, "@media screen and (max-width:768px){td span{margin-right:2em}}", "<span>6</span>4", "a\t64\n"},
        {0, "@media only screen{.g{margin-right:2em}}", "<span class=\"g\">6</span>4", "a\t\n"},
        {0, "@media print{.g{margin-right:2em}}", "<span class=\"g\">6</span>4", "a\t64\n"},
        {0, "@media print and (min-width:1px){.g{display:none}}", "<span class=\"g\">6</span>64", "a\t664\n"},
        {0, "@media screen, print{.g{display:none}}", "<span class=\"g\">6</span>64", "a\t64\n"},
        {0, "@supports (display:flex){td span:first-child{margin-right:2em}}", "<span>6</span>4", "a\t\n"},
        {0, "@media (min-width:1px){@supports (display:grid){.g{padding-left:1em}}}", "6<span class=\"g\">4</span>",
         "a\t\n"},
        {0, "@media (min-width:1px){.g{color:#333}}", "<span class=\"g\">6</span>4", "a\t64\n"},
        {0, "@font-face{font-family:x;margin-right:2em} @page{margin:2cm}", "<span>6</span>4", "a\t64\n"},
        /* escaped names */
        {0, ".w\\:1{margin-right:2em}", "<span class=\"w:1\">6</span>4", "a\t\n"},
        {0, ".\\31 0{margin-right:2em}", "<span class=\"10\">6</span>4", "a\t\n"},
        {0, ".w\\:1{margin-right:2em}", "<span class=\"w1\">6</span><span class=\"w1\">4</span>", "a\t64\n"},
        {0, ".w\\:1{display:none}", "<span class=\"w:1\">6</span>64", "a\t64\n"},
        /* a hex escape's ending blank in a rule not evaluated is no combinator (review of fixhtml5 x01, x06) */
        {0, ".\\31 0:first-child{margin-right:2em}", "<span class=\"10\">6</span>4", "a\t\n"},
        {0, "@media (min-width:1px){.\\31 0{margin-right:2em}}", "<span class=\"10\">6</span>4", "a\t\n"},
        /* @media with blanks and no query: every medium (review of fixhtml5 m18) */
        {0, "@media  {.g{margin-right:2em}}", "<span class=\"g\">6</span>4", "a\t\n"},
        {0, "@media {.g{display:none}}", "<span class=\"g\">6</span>64", "a\t64\n"},
        /* borders */
        {0, "span:nth-of-type(1){border-right:20px solid transparent}", "<span>6</span>4", "a\t\n"},
        {0, "td span{border-right:20px solid transparent}", "<span>6</span>4", "a\t\n"},
        {0, "", "<span style=\"border-right:20px solid transparent\">6</span>4", "a\t\n"},
        {0, "", "6<span style=\"border-left:thin dotted red\">4</span>", "a\t\n"},
        {0, "", "<span style=\"border:solid\">6</span>4", "a\t\n"},
        {0, "", "<span style=\"border-style:none solid;border-width:2px\">6</span>4", "a\t\n"},
        {0, "", "<span style=\"border:none windowtext 1.0pt;padding:0cm\">6</span>4", "a\t64\n"},
        {0, "", "<span style=\"border-right:0 solid\">6</span>4", "a\t64\n"},
        {0, "", "<span style=\"border-right:20px\">6</span>4", "a\t64\n"}, /* no style: none */
        {0, "", "<span style=\"border-bottom:1px solid #000\">6</span>4", "a\t64\n"},
        {0, "", "<span style=\"border-right:20px solid;border-right-style:hidden\">6</span>4", "a\t64\n"},
        {0, "td span{border-right:1px solid} .g{border-right:none}", "<span class=\"g\">6</span>4", "a\t64\n"},
        /* a side's own edge; :first-child asked */
        {0, "td p span:first-child{padding-left:2px}", "<p><span>8</span><span>8</span></p>", "a\t88\n"},
        {0, "td span:first-child{padding-left:2px}", "6<span>4</span>", "a\t\n"},
        {0, "td span:first-child{padding-right:2px}", "<span>8</span><span>8</span>", "a\t\n"},
        {0, "td span:first-child{padding-left:2px}", "<br><span>6</span>4", "a\t64\n"},
        {0, "", "<span style=\"padding-left:2px\">8</span>8", "a\t88\n"},
        {0, "", "8<span style=\"padding-right:2px\">8</span>", "a\t88\n"},
        {0, "", "8<span style=\"padding-left:2px\">8</span>", "a\t\n"},
        {0, "td span + span{margin-left:1em}", "<span>6</span><span>4</span>", "a\t\n"},
        {0, "[title]{margin-left:2em}", "<span title=\"n\">6</span>4", "a\t64\n"},
        /* an attribute's value asked */
        {0, ".font5{font-size:9pt} .font6{font-size:9pt} [class*=\"col-\"]{padding:0 15px}",
         "<font class=\"font5\">6</font><font class=\"font6\">4</font>", "a\t64\n"},
        {0, "[class*=\"col-\"]{padding:0 15px}", "<span class=\"col-3\">6</span>4", "a\t\n"},
        {0, "[class^=Mso]{margin-right:1em}", "<span class=\"MsoHyperlink\">6</span>4", "a\t\n"},
        {0, "[class^=Mso]{margin-right:1em}", "<span class=\"x\">6</span><span class=\"x\">4</span>", "a\t64\n"},
        {0, "[lang|=en]{margin-right:1em}", "<span lang=\"en-US\">6</span>4", "a\t\n"},
        {0, "[lang|=en]{margin-right:1em}", "<span lang=\"eng\">6</span>4", "a\t64\n"},
        {0, "[class~=g]{margin-right:2em}", "<span class=\"a g\">6</span>4", "a\t\n"},
        {0, "[class~=g]{margin-right:2em}", "<span class=\"ag\">6</span><span class=\"ag\">4</span>", "a\t64\n"},
        {0, "span[title$='.pdf' i]{margin-right:2em}", "<span title=\"a.PDF\">6</span>4", "a\t\n"},
        {0, "span[data-x='\\31']{margin-right:2em}", "<span data-x=\"2\">6</span>4", "a\t\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *page = malloc(16384);
        assert_non_null(page);
        size_t n = (size_t)snprintf(page, 16384, "<html><head><style>");
        for (int c = 0; c < cases[i].classes; c++)
            n += (size_t)snprintf(page + n, 16384 - n, ".c%d{color:#333}\n", c);
        snprintf(page + n, 16384 - n,
                 "%s</style></head><body><table><tr><td>a</td><td>%s</td></tr></table></body></html>\n",
                 cases[i].css, cases[i].cell);
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        if (strcmp(t, cases[i].want) != 0)
            fprintf(stderr, "case %zu: %s %s\n", i, cases[i].css, cases[i].cell);
        assert_string_equal(t, cases[i].want);
        free(t);
        free(page);
    }
    /* conditional blocks nested deeper than read: any box may be apart */
    char *page = malloc(16384);
    assert_non_null(page);
    size_t n = (size_t)snprintf(page, 16384, "<html><head><style>");
    for (int d = 0; d < 70; d++)
        n += (size_t)snprintf(page + n, 16384 - n, "@media (min-width:1px){");
    n += (size_t)snprintf(page + n, 16384 - n, ".g{margin-right:2em}");
    for (int d = 0; d < 70; d++)
        n += (size_t)snprintf(page + n, 16384 - n, "}");
    snprintf(page + n, 16384 - n, "</style></head><body><table><tr><td>a</td><td><span>6</span>4</td></tr></table></body></html>\n");
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t\n");
    free(t);
    free(page);
}

/* A table cell whose only digits are one raised (lowered) run opening it
 * (<sup>69</sup>, <sub>69</sub>, after a filler blank, before 件) is a
 * footnote mark or a number set raised: L048 at the cell, read as empty
 * (it was 6 with the mark ⁹, P036: the run's 6 taken for the base of its
 * 9). A mark after a number (69<sup>1</sup>) is still its P036; in the
 * page's flow a raised run alone is set apart, whole (共 64 件, was 6⁴). */
static void html_raised_cells(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td><td><sup>69</sup></td><td><sub>69</sub></td><td>\u3000<sup>69</sup></td>"
                       "<td><sup>69</sup>件</td><td>69<sup>1</sup></td><td><sup>注</sup></td></tr></table>"
                       "<p>共<sup>64</sup>件</p>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t\t\t\t\t69¹\t注\n共 64 件\n");
    free(t);
    xxgk_doc *q = load_bytes("raised.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned at4[4][2] = {{1, 25}, {1, 47}, {1, 69}, {1, 92}};
    assert_diags_at(q, XXGK_L_RAISED_CELL, at4, 4);
    xxgk_doc_free(q);
    /* in a whole report: the cell empty, L048 at its <td>, no P036; and
     * 约10<sup>3</sup>: one P034 at 约, no P036 */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">2293<", "><sup>2293</sup><");
    char *b = replace1(a, ">1282<", ">约10<sup>3</sup><");
    xxgk_doc *d = load_bytes("raised-cell.html", b, strlen(b), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_L_RAISED_CELL), 1);
    assert_int_equal(count_diags(d, XXGK_P_NOTE_MARK), 0);
    assert_int_equal(count_diags(d, XXGK_P_APPROX_NUMBER), 1);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_RAISED_CELL));
    assert_memory_equal(text_at(b, p), "><p style", 9); /* the end of its <td ...> */
    p = diag_pos(d, find_diag(d, XXGK_P_APPROX_NUMBER));
    assert_memory_equal(text_at(b, p), "约10<sup>3", 11);
    xxgk_doc_free(d);
    free(a);
    free(b);
    free(html);
}

/* L048 whatever follows the raised run when no digit printed on the line
 * does: another unit (人, 家), U+3000, NBSP, an invisible U+FEFF or U+200B,
 * a second raised run (<sup>69</sup><sup>1</sup>), a lowered run and U+3000
 * (each was read plain 69, silently); a plain digit after it (<sup>1</sup>2)
 * is not this error. */
static void html_raised_cells_any_tail(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td><td><sup>69</sup>人</td><td><sup>69</sup>家</td>"
                       "<td><sup>69</sup>&#x3000;</td><td><sup>69</sup>&nbsp;</td><td><sup>69</sup>&#xFEFF;</td>"
                       "<td><sup>69</sup>&#x200B;</td><td><sup>69</sup><sup>1</sup></td><td><sub>69</sub>&#x3000;</td>"
                       "<td><sup>1</sup>2</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_null(strstr(t, "69"));
    free(t);
    xxgk_doc *q = load_bytes("raised.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned at[8][2] = {{1, 25}, {1, 48}, {1, 71}, {1, 101}, {1, 129}, {1, 159}, {1, 189}, {1, 223}};
    assert_diags_at(q, XXGK_L_RAISED_CELL, at, 8);
    xxgk_doc_free(q);
}

/* A 0 merged over rows and columns (rowspan=2 colspan=2) under a row that
 * keeps the columns apart is 0 in every cell it covers, one P092 at it (its
 * first column below was an L031 slot, its second empty); any other number
 * so merged stays L030 and L031. */
static void html_zero_over_rows_and_columns(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>\n"
                       "<tr><td>x</td><td rowspan=2 colspan=2>0</td><td>7</td></tr>\n"
                       "<tr><td>y</td><td>8</td></tr>\n"
                       "<tr><td>z</td><td rowspan=2 colspan=2>5</td><td>9</td></tr>\n"
                       "<tr><td>w</td><td>9</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\tb\tc\td\nx\t0\t0\t7\ny\t0\t0\t8\nz\t5\t\t9\nw\t\t\t9\n");
    free(t);
    xxgk_doc *d = load_bytes("zero-rows.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned z[1][2] = {{2, 39}}, o[1][2] = {{4, 39}};
    assert_diags_at(d, XXGK_P_ZERO_OVER_COLUMNS, z, 1);
    assert_diags_at(d, XXGK_L_NUMBER_OVER_COLUMNS, o, 1);
    assert_int_equal(count_diags(d, XXGK_L_NUMBER_OVER_ROWS), 1);
    xxgk_doc_free(d);
}

/* A number merged over more rows than the table gives it: a row it covers
 * prints its own full set of cells, so the span ends before that row (P079
 * at the number, once), which is read with its own numbers (its covered 0s
 * were put before them: P006, the row lost); a row that prints fewer stays
 * covered. */
static void html_number_span_cut(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>\n"
                       "<tr><td>x</td><td rowspan=3 colspan=2>0</td><td>7</td></tr>\n"
                       "<tr><td>y</td><td>8</td></tr>\n"
                       "<tr><td>z</td><td>1</td><td>2</td><td>3</td></tr>\n"
                       "<tr><td>v</td><td rowspan=3>5</td><td>1</td><td>2</td></tr>\n"
                       "<tr><td>w</td><td>3</td><td>4</td></tr>\n"
                       "<tr><td>u</td><td>3</td><td>4</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\tb\tc\td\nx\t0\t0\t7\ny\t0\t0\t8\nz\t1\t2\t3\nv\t5\t1\t2\nw\t\t3\t4\nu\t\t3\t4\n");
    free(t);
    xxgk_doc *d = load_bytes("span-cut.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned at[1][2] = {{2, 39}};
    assert_diags_at(d, XXGK_P_NUMBER_SPAN_CUT, at, 1);
    xxgk_doc_free(d);
}

/* The cut's two proofs (review of P079): a row's empty <td> after its
 * last text is no cell the template prints (x 0 over two rows, y 3 4 and
 * an empty cell: y stays under the 0, its slot the merged number's, y 3 4
 * in their columns), and a row before that is
 * short of the table's width proves nothing (y one cell short: z 6 7 8 is
 * under 0 still, never cut and shifted left). No P079 in either. */
static void html_number_span_not_cut(void **state)
{
    (void)state;
    const char *trailing = "<table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>\n"
                           "<tr><td>x</td><td rowspan=2>0</td><td>1</td><td>2</td></tr>\n"
                           "<tr><td>y</td><td>3</td><td>4</td><td></td></tr></table>\n";
    char *t = text_of(trailing, strlen(trailing), XXGK_INPUT_HTML);
    assert_non_null(strstr(t, "y\t\t3\t4"));
    free(t);
    xxgk_doc *d = load_bytes("not-cut.html", trailing, strlen(trailing), XXGK_INPUT_AUTO, -1);
    assert_diags_at(d, XXGK_P_NUMBER_SPAN_CUT, NULL, 0);
    xxgk_doc_free(d);
    const char *short_before = "<table><tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr>\n"
                               "<tr><td>x</td><td rowspan=3>0</td><td>1</td><td>2</td><td>3</td></tr>\n"
                               "<tr><td>y</td><td>4</td><td>5</td></tr>\n"
                               "<tr><td>z</td><td>6</td><td>7</td><td>8</td></tr></table>\n";
    t = text_of(short_before, strlen(short_before), XXGK_INPUT_HTML);
    assert_non_null(strstr(t, "z\t\t6\t7\t8"));
    free(t);
    d = load_bytes("not-cut2.html", short_before, strlen(short_before), XXGK_INPUT_AUTO, -1);
    assert_diags_at(d, XXGK_P_NUMBER_SPAN_CUT, NULL, 0);
    xxgk_doc_free(d);
}

/* A number merged over columns under a row that merges it the same way,
 * itself under a header that keeps the columns apart, is L030 as the
 * first is (the row was one cell short, P007, its later numbers shifted);
 * a 0 so merged is 0 in each column (P092). */
static void html_merged_runs(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>\n"
                       "<tr><td>x</td><td colspan=2>0</td><td>7</td></tr>\n"
                       "<tr><td>y</td><td colspan=2>0</td><td>8</td></tr>\n"
                       "<tr><td>z</td><td colspan=2>5</td><td>9</td></tr>\n"
                       "<tr><td>w</td><td colspan=2>3</td><td>9</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\tb\tc\td\nx\t0\t0\t7\ny\t0\t0\t8\nz\t5\t\t9\nw\t3\t\t9\n");
    free(t);
    xxgk_doc *d = load_bytes("runs.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const unsigned z[2][2] = {{2, 29}, {3, 29}}, o[2][2] = {{4, 29}, {5, 29}};
    assert_diags_at(d, XXGK_P_ZERO_OVER_COLUMNS, z, 2);
    assert_diags_at(d, XXGK_L_NUMBER_OVER_COLUMNS, o, 2);
    xxgk_doc_free(d);
}

/* A footnote mark raised over a table's header (行政复议<sup>1</sup>,
 * 结果维持<sup>1</sup> of a rowspan, 自然人<sup>1</sup>, 本年制发件数注①): the
 * header is known by its label without the mark and the mark is told
 * (P078, once for a label a rowspan repeats): table 四 was lost (P009 on
 * the mark, its fifteen numbers P006/V106), table 二's and 三's marks
 * were P019. The cells are the text twin's. */
static void html_header_marks(void **state)
{
    (void)state;
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    const char *P = "<p style=\"text-indent: 0em;\">";
    char from[4][128], to[4][128];
    const char *lbl[4] = {"行政复议", "结果维持", "自然人", "本年制发件数"};
    const char *mark[4] = {"<sup>1</sup>", "<sup>1</sup>", "<sup>1</sup>", "注①"};
    char *cur = html;
    for (int k = 0; k < 4; k++) {
        snprintf(from[k], sizeof from[k], "%s%s</p>", P, lbl[k]);
        snprintf(to[k], sizeof to[k], "%s%s%s</p>", P, lbl[k], mark[k]);
        char *next = replace1(cur, from[k], to[k]);
        if (cur != html)
            free(cur);
        cur = next;
    }
    xxgk_doc *d = load_bytes("header-marks.html", cur, strlen(cur), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_IN_TABLE), 0);
    assert_int_equal(count_diags(d, XXGK_P_NEAR_ROW_LABEL), 0);
    /* at each mark, in the order of the page (one line, 4): 注① after
     * 本年制发件数, then the 1 inside <sup>1</sup> after 自然人, 行政复议 and
     * 结果维持 (one note for the rowspan's two rows) */
    const unsigned at[4][2] = {{4, 2576}, {4, 4937}, {4, 18458}, {4, 18628}};
    assert_diags_at(d, XXGK_P_HEADER_MARK, at, 4);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(twin);
    free(cur);
    free(html);
}

/* malloc'd copy of s with every from replaced by to (at least one). */
static char *replace_all(const char *s, const char *from, const char *to)
{
    size_t fl = strlen(from), tl = strlen(to), k = 0;
    for (const char *p = s; (p = strstr(p, from)); p += fl)
        k++;
    assert_true(k > 0);
    char *out = malloc(strlen(s) + k * tl + 1), *o = out;
    for (const char *p = s, *q; ; p = q + fl) {
        q = strstr(p, from);
        size_t n = q ? (size_t)(q - p) : strlen(p);
        memcpy(o, p, n);
        o += n;
        if (!q)
            break;
        memcpy(o, to, tl);
        o += tl;
    }
    *o = 0;
    return out;
}

/* A row's label spanning the label columns, then only blank cells
 * (二、上年结转政府信息公开申请数量 colspan=3, then seven &nbsp; cells, as
 * Word writes a report's blank cells): the label's further columns are
 * written as empty cells, so the row has the grid's width and its seven
 * blank cells are the template's seven columns; before, the row was 0
 * values of 7 (P007) and its cells missing. A header's label spanning
 * columns (nothing or labels after it) and a spacer row stay as they
 * were. */
static void html_blank_row_after_spanning_label(void **state)
{
    (void)state;
    const char *page = "<table><tr><td colspan=2>甲</td><td>乙</td></tr>\n"
                       "<tr><td>丙</td><td>丁</td><td>1</td></tr>\n"
                       "<tr><td colspan=2>戊</td><td>&nbsp;</td></tr>\n"
                       "<tr><td colspan=3>&nbsp;</td></tr>\n"
                       "<tr><td colspan=2>己</td><td>2</td></tr>\n"
                       "<tr><td colspan=2>庚</td><td>辛</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "甲\t乙\n丙\t丁\t1\n戊\t\t\n\n己\t2\n庚\t辛\n");
    free(t);
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    const char *z = "<td valign=\"center\"><p style=\"text-indent: 0em;\">0</p></td>";
    const char *e = "<td valign=\"center\"><p style=\"text-indent: 0em;\">&nbsp;</p></td>";
    char from[1024] = "二、上年结转政府信息公开申请数量</p></td>", to[1024] = "二、上年结转政府信息公开申请数量</p></td>";
    for (int k = 0; k < 7; k++) {
        strcat(from, z);
        strcat(to, e);
    }
    char *a = replace1(html, from, to);
    xxgk_doc *d = load_bytes("blank-row.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    static const char *const cols[] = {"natural_person", "commercial", "research", "public_interest",
                                       "legal_services", "other_org", "total"};
    char *want = strdup(ct);
    for (int k = 0; k < 7; k++) {
        char f[80], w[80];
        snprintf(f, sizeof f, "requests,carried_in,%s,0\n", cols[k]);
        snprintf(w, sizeof w, "requests,carried_in,%s,empty\n", cols[k]);
        char *x = replace1(want, f, w);
        free(want);
        want = x;
    }
    assert_string_equal(strchr(cd, '\n'), strchr(want, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 0);
    free(want);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(twin);
    free(a);
    free(html);
}

/* A row of table 三 whose label spans merged columns (（七）总计 under
 * the rowspan of 三、本年度办理结果, 四、结转下年度继续办理 colspan=3)
 * and whose first cell is blank (<td>&nbsp;</td>): its line has fewer
 * fields than a group's sub-row (three labels), so it is no full-width
 * row of the TAB grid, but each of a page's fields is a cell: the blank
 * is its first cell, the six numbers after it keep their columns (before:
 * P007, the row's values read one column off). A table whose rows of the
 * kind show a label area (an empty cell after 一、's label as well) keeps
 * P007. */
static void html_blank_first_cell_after_spanning_label(void **state)
{
    (void)state;
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    const char *v63 = "（七）总计</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">63</p></td>";
    const char *e63 = "（七）总计</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">&nbsp;</p></td>";
    const char *v1 = "四、结转下年度继续办理</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\">1</p></td>";
    const char *e1 = "四、结转下年度继续办理</p></td><td valign=\"center\"><p style=\"text-indent: 0em;\"></p></td>";
    char *a = replace1(html, v63, e63), *b = replace1(a, v1, e1);
    xxgk_doc *d = load_bytes("blank-first.html", b, strlen(b), XXGK_INPUT_AUTO, -1);
    xxgk_doc *twin = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(twin);
    char *w1 = replace1(ct, "requests,handled_total,natural_person,63\n", "requests,handled_total,natural_person,empty\n");
    char *want = replace1(w1, "requests,carried_out,natural_person,1\n", "requests,carried_out,natural_person,empty\n");
    assert_string_equal(strchr(cd, '\n'), strchr(want, '\n'));
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_LEAD_UNSURE), 0);
    xxgk_doc_free(d);
    free(cd);

    /* must not: 一、's label followed by an empty cell of its own (the
     * rows of the kind show a label area two ways) */
    const char *l1 = "一、本年新收政府信息公开申请数量</p></td>";
    const char *l1e = "一、本年新收政府信息公开申请数量</p></td><td></td>";
    char *c = replace1(b, l1, l1e);
    d = load_bytes("blank-first-lead.html", c, strlen(c), XXGK_INPUT_AUTO, -1);
    assert_true(count_diags(d, XXGK_P_TOO_FEW_VALUES) >= 2);
    xxgk_doc_free(d);
    free(c);
    free(want);
    free(w1);
    free(ct);
    xxgk_doc_free(twin);
    free(b);
    free(a);
    free(html);
}

/* Review of stop 34: (1) a row whose labels come first (a rowspan label
 * opening on it, then a label spanning columns) and then only blanks is
 * padded like its siblings, so a wholly blank table 三 (the blank template)
 * has every row one width; (2) a wide or zero-width blank at a cell's start
 * is no base for a footnote mark: the <sup> number after it is no mark of
 * a number (no ⁶, ⁵; it was read 6⁴, 6 with P036). Such a cell, a raised
 * run alone, is L048 since stop 41: read as empty (html_raised_cells). */
static void html_blank_rows_one_width(void **state)
{
    (void)state;
    const char *page = "<table><tr><td rowspan=2>三、结果</td><td colspan=2>（一）予以公开</td>"
                       "<td>&nbsp;</td><td>&nbsp;</td></tr>\n"
                       "<tr><td colspan=2>（七）总计</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>\n"
                       "<table><tr><td>行政许可</td><td>\u3000<sup>64</sup></td><td>&#8203;<sup>5</sup></td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    const char *want = "三、结果\t（一）予以公开\t\t\t\n三、结果\t（七）总计\t\t\t\n";
    assert_memory_equal(t, want, strlen(want));
    assert_null(strstr(t, "\u2076"));  /* ⁶: the number's first digit no mark */
    assert_null(strstr(t, "\u2075"));  /* ⁵ */
    assert_null(strstr(t, "\u2074"));  /* ⁴ */
    assert_non_null(strstr(t, "行政许可\t\t\n")); /* L048: both cells empty */
    free(t);
}

/* A cell of which two lines (<p>, <br>, <div>) are each a number alone:
 * neither 12 nor 1 nor a number shifted into the next column: an empty
 * cell, L037 at the cell's <td>, every other cell of the row in its
 * column. A number with a unit or a note on a line of its own is read. */
static void html_numbers_on_lines(void **state)
{
    (void)state;
    const char *page = "<table><tr><td>行政许可</td><td><p>1</p><p>2</p></td><td>5</td></tr>\n"
                       "<tr><td>行政处罚</td><td>3<br>４</td><td><div>88</div><div>件</div></td></tr>\n"
                       "<tr><td>收费</td><td><p>9,116.36</p>\n<p>（万元）</p></td><td>7</td></tr></table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "行政许可\t\t5\n行政处罚\t\t88 件\n收费\t9,116.36 （万元）\t7\n");
    free(t);
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)page, strlen(page), XXGK_INPUT_HTML, -1, NULL));
    assert_int_equal(in.ndiags, 2);
    assert_int_equal(in.diags[0].code, XXGK_L_NUMBERS_ON_LINES);
    assert_string_equal(in.diags[0].arg, "1 / 2");
    assert_string_equal(in.diags[1].arg, "3 / ４");
    xxgk_input_free(&in);
    xxgk_doc *d = load_bytes("lines.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    xxgk_doc_free(d);
    /* in a whole report: the cell empty, L037 at its <td>, the row's
     * other cells in their columns */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">2293<", "><p>22</p><p>93</p><");
    d = load_bytes("lines.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_NUMBERS_ON_LINES));
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    const char *at = text_at(a, p);
    assert_memory_equal(at, "><p style", 9); /* the end of its <td ...> */
    xxgk_doc_free(d);
    free(a);
    free(html);
}

/* The diagnostics of code as "line:col msg-arg" lines, in order. */
static char *diags_at(const xxgk_doc *d, int code)
{
    static char buf[2048];
    size_t len = 0;
    buf[0] = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != code)
            continue;
        xxgk_pos p = xxgk_doc_position(d, g->span.start);
        const char *q = strrchr(g->msg, ':');
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%u:%u%s\n", p.line, p.col, q ? q + 1 : "");
    }
    return buf;
}

/* The L036 of a document as "line:col msg-arg" lines, in order. */
static char *unseen_of(const xxgk_doc *d)
{
    return diags_at(d, XXGK_L_UNSEEN_TEXT);
}

/* Text the page does not show (white on the white page, the colour of
 * the cell's or row's background, transparent, a size or an opacity of
 * 0) is left out, L036 at its place quoting it: on the cell's last
 * character seen before it, the first one after it when it starts the
 * cell, the cell's <td> when the cell shows nothing; in the flow only
 * when it holds a digit. White on a dark background, and a link's text,
 * are read. */
static void html_unseen_text(void **state)
{
    (void)state;
    const char *page =
        "<html><body>\n"
        "<p>共<font color=\"#ffffff\">99</font>条<span style=\"color:#fff\">说明</span></p>\n"
        "<table>\n"
        "<tr><td>x</td><td>1<font color=#fff>0</font></td><td><span style=\"color:#FFFFFF\">5</span></td>"
        "<td><span style=\"color: white\">7</span>2</td><td>3<span style=\"color:rgb(255, 255, 255)\">3</span></td></tr>\n"
        "<tr><td>y</td><td><span style=\"font-size:0pt\">4</span>4</td><td style=\"opacity:0\"><b>9</b></td>"
        "<td><span style=\"color:rgba(0,0,0,0)\">1</span>2</td><td>6<font color=ffffff>0</font></td></tr>\n"
        "<tr bgcolor=\"#003366\"><td>z</td><td><font color=#fff>12</font></td>"
        "<td style=\"background:#fff\"><font color=white>8</font>无</td>"
        "<td><font color=#003366><a href=\"l\">11</a></font></td><td style=\"background:url(b.png)\"><font color=#003366>13</font></td></tr>\n"
        "</table><div style=\"background-color:black\"><font color=\"black\">2023</font><span style=\"color:white\">14</span></div>\n"
        "</body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "共条\nx\t1\t\t2\t3\ny\t4\t\t2\t6\nz\t12\t无\t11\t13\n14\n");
    free(t);
    xxgk_doc *d = load_bytes("unseen.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_string_equal(unseen_of(d), "2:4 '99'\n"
                                      "4:19 '0'\n"
                                      "4:53 '5'\n"
                                      "4:134 '7'\n"
                                      "4:144 '3'\n"
                                      "5:55 '4'\n"
                                      "5:82 '9'\n"
                                      "5:142 '1'\n"
                                      "5:152 '0'\n"
                                      "6:122 '8'\n"
                                      "7:102 '2023'\n");
    xxgk_doc_free(d);
}

/* The page's publish block: an agency and a 2024-02-01 date with the
 * site's footer (dropped from the text) or the page's buttons (【打印本页】
 * 【关闭窗口】, kept in the text as furniture) under them are no sign-off;
 * the same with nothing under it, or with a 年月日 date, is one
 * (build_signoff.c chrome_follows, doc->footer_at). */
static void html_publish_block_over_footer(void **state)
{
    (void)state;
    static const char *const dates[] = {"2024-02-01", "2024-02-01", "2024年2月1日", "2024-02-01", "2024年2月1日"};
    static const char *const buttons = "<div class=\"tools\"><a href=\"javascript:window.print()\">【打印本页】</a> "
                                       "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>";
    const char *const footers[] = {
        "<div class=\"footer\"><p>主办单位：青禾市人民政府  承办单位：青禾市人民政府办公室</p>"
        "<p>网站标识码：3500000001 闽ICP备12345号</p></div>",
        "", "<div class=\"footer\"><p>主办单位：青禾市人民政府 网站标识码：3500000001</p></div>", buttons, buttons};
    static const int signed_day[] = {0, 1, 1, 0, 1};
    for (int k = 0; k < 5; k++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><div><p>青禾市测试局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>文字。</p>"
                 "<table><tr><td>行政许可</td><td>5</td></tr></table><p>六、其他需要报告的事项</p><p>无。</p></div>"
                 "<div class=\"info\"><span>青禾市人民政府</span><br><span>%s</span></div>%s</body></html>",
                 dates[k], footers[k]);
        xxgk_doc *d = load_bytes("publish.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_non_null(r);
        assert_int_equal(r->signoff_day, signed_day[k]);
        xxgk_doc_free(d);
    }
}

/* Table 二's fee header on two rows of an HTML table, 信息内容 merged
 * over both (rowspan=2, the grid repeating it on the second row) and the
 * unit under 本年收费金额 in the second: the unit is the fee column's, the
 * cell made in it, no P018 (build_table.c head_repeated). */
static void html_fee_unit_on_second_header_row(void **state)
{
    (void)state;
    static const char *const units[] = {"（单位：万元）", "单位：元", "（單位：千元）"};
    static const int want[] = {XXGK_UNIT_WAN_YUAN, XXGK_UNIT_YUAN, XXGK_UNIT_QIAN_YUAN};
    for (int k = 0; k < 3; k++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><p>青禾市测试局2023年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>"
                 "<table><tr><td colspan=2>第二十条第（八）项</td></tr><tr><td rowspan=2>信息内容</td>"
                 "<td>本年收费金额</td></tr><tr><td>%s</td></tr><tr><td>行政事业性收费</td><td>9116.36</td></tr>"
                 "</table></body></html>",
                 units[k]);
        xxgk_doc *d = load_bytes("fee.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_int_equal(count_diags(d, XXGK_P_MISSING_COLUMNS), 0);
        const xxgk_cell *c =
            xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE, XXGK_R_FEES, XXGK_C_AMOUNT_WAN_YUAN);
        assert_non_null(c);
        assert_int_equal(c->state, XXGK_CELL_VALUE);
        assert_int_equal(c->unit, want[k]);
        xxgk_doc_free(d);
    }
}

/* Table 四's row in a page whose first cells are empty <td>s (a 0 printed
 * blank): the line-start scanner skips their TABs, yet the row's fifteen
 * fields on one line (fourteen TABs) are its cells, so the empty ones
 * keep their columns and the numbers after them stay in theirs
 * (build_row.c appeals_lead_blank). A row of sixteen fields (a layout
 * column before the fifteen) or of fourteen (a cell lost) stays short or
 * long: P007, as before. */
static void html_appeals_leading_empty_cells(void **state)
{
    (void)state;
    static const char top[] =
        "<html><body><p>青禾市测试局2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>"
        "<table><tr>";
    static const char head[] =
        "<td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
        "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td><td rowspan=2>尚未审结</td>"
        "<td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>"
        "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
        "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr><tr>";
    static const struct {
        const char *cells; /* the data row's <td>s */
        int p007;          /* P007 due */
        int upheld, corrected, total; /* review's cells: -1 empty */
        const char *label;  /* a label column's first <td> before the header's, or "" */
    } cases[] = {
        {"<td></td><td>1</td><td></td><td></td><td>1</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td><td></td>", 0, -1, 1, 1, ""},
        {"<td>&nbsp;</td><td>&nbsp;</td><td></td><td>3</td><td>3</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td><td></td>", 0, -1, -1, 3, ""},
        {"<td></td><td>１</td><td>—</td><td>—</td><td>１</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td><td></td>", 0, -1, 1, 1, ""},
        /* sixteen fields: which one is layout cannot be told */
        {"<td></td><td></td><td>1</td><td></td><td></td><td>1</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td><td></td>", 1, 0, 0, 0, ""},
        /* fourteen: a cell lost, no TAB opening the line */
        {"<td>1</td><td></td><td></td><td>1</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td><td></td>", 1, 0, 0, 0, ""},
        /* a label column 项目 in the header (16 wide): the empty first
         * field is its cell, the row lost its last value, not a blank
         * first value (no shift, no silence) */
        {"<td></td><td>1</td><td></td><td></td><td>1</td><td>2</td><td></td><td></td><td></td><td>2</td>"
         "<td></td><td></td><td></td><td></td>", 1, 0, 0, 0, "<td rowspan=3>项目</td>"},
        {"<th></th><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td>"
         "<td>0</td><td>0</td><td>0</td><td>0</td>", 1, 0, 0, 0, "<td rowspan=3>序号</td>"},
        /* sixteen fields, the first and the last empty, under a header
         * of fifteen: the first a value column and the last layout, or
         * the other way round (both add up) */
        {"<td></td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td>"
         "<td>0</td><td>0</td><td>0</td><td>0</td><td></td>", 1, 0, 0, 0, ""},
        /* the same under the label column: its cell, the 15th blank */
        {"<td></td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td>"
         "<td>0</td><td>0</td><td>0</td><td>0</td><td></td>", 0, 1, 0, 1, "<td rowspan=3>项目</td>"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char page[4096];
        snprintf(page, sizeof page, "%s%s%s%s</tr></table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>",
                 top, cases[k].label ? cases[k].label : "", head, cases[k].cells);
        xxgk_doc *d = load_bytes("appeals.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES) + count_diags(d, XXGK_P_TOO_MANY_VALUES),
                         cases[k].p007);
        if (!cases[k].p007) {
            const xxgk_report *r = xxgk_doc_report(d);
            const int cols[] = {XXGK_C_UPHELD, XXGK_C_CORRECTED, XXGK_C_TOTAL};
            const int want[] = {cases[k].upheld, cases[k].corrected, cases[k].total};
            for (int i = 0; i < 3; i++) {
                const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_REVIEW, cols[i]);
                assert_non_null(c);
                if (want[i] < 0) {
                    assert_int_equal(c->state, XXGK_CELL_EMPTY);
                } else {
                    assert_int_equal(c->state, XXGK_CELL_VALUE);
                    assert_int_equal(c->value.mant, want[i]);
                }
            }
            const xxgk_cell *c = xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_SUIT_DIRECT, XXGK_C_UPHELD);
            assert_non_null(c);
            assert_int_equal(c->state, XXGK_CELL_VALUE);
            assert_int_equal(c->value.mant, 2);
        }
        xxgk_doc_free(d);
    }
}

/* A sidebar's link to another year's report is no title: the page's
 * <h1> …年报 above it stays the title (tokens.c strong_title_follows);
 * the same words as plain text under it are a title of the usual shape
 * and win over the 年报 heading. */
static void html_linked_title_gives_no_way(void **state)
{
    (void)state;
    static const char *const opens[] = {"<a href=\"/a/2022.html\">", "<span>"};
    static const char *const closes[] = {"</a>", "</span>"};
    static const int title_year[] = {2023, 2022};
    for (int k = 0; k < 2; k++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><h1>青禾市测试局2023年政府信息公开年报</h1><ul><li>%s青禾市测试局2022年"
                 "政府信息公开工作年度报告%s</li></ul><div><p>一、总体情况</p><p>文字。</p></div></body></html>",
                 opens[k], closes[k]);
        xxgk_doc *d = load_bytes("linked.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_non_null(r);
        assert_int_equal(r->year, title_year[k]);
        assert_int_equal(r->year_source, XXGK_FROM_TITLE);
        xxgk_doc_free(d);
    }
}

/* The same in a whole report, both templates, and in GB18030: each cell
 * is the text twin's, where white digits stand before, after or in place
 * of a number; a table on a dark background with white text reads as
 * the page does. */
static void html_unseen_text_in_reports(void **state)
{
    (void)state;
    const char *pages[] = {"tests/input/pingtan-2019.html", "tests/input/pingtan-2021.html"};
    const char *twins[] = {"corpus/pingtan-2019.txt", "corpus/pingtan-2021.txt"};
    for (int k = 0; k < 2; k++) {
        size_t n, m;
        char *html = read_source_file(pages[k], &n);
        xxgk_doc *twin = parse_file(twins[k]);
        char *ct = cells_of(twin);
        /* every number's cell gets a white 0 glued after it */
        char *w = replace_all(html, "</p></td>", "<font color=\"#ffffff\">0</font></p></td>");
        xxgk_doc *d = load_bytes("white.html", w, strlen(w), XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_true(count_diags(d, XXGK_L_UNSEEN_TEXT) > 8);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        /* the same in GB18030 */
        char *decl = replace1(w, "<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">");
        char *g = convert("GB18030", "UTF-8", decl, strlen(decl), &m);
        d = load_bytes("white-gb.html", g, m, XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        free(cd);
        xxgk_doc_free(d);
        /* white text on a dark table is read */
        char *dark = replace_all(html, "<table", "<table bgcolor=\"#1f4e79\" style=\"color:#fff\"");
        d = load_bytes("dark.html", dark, strlen(dark), XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_int_equal(count_diags(d, XXGK_L_UNSEEN_TEXT), 0);
        free(cd);
        xxgk_doc_free(d);
        free(dark);
        free(g);
        free(decl);
        free(w);
        free(ct);
        xxgk_doc_free(twin);
        free(html);
    }
}

/* The L039 of a document as "line:col msg-arg" lines, in order. */
static char *style_hidden_of(const xxgk_doc *d)
{
    static char buf[2048];
    size_t len = 0;
    buf[0] = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code != XXGK_L_STYLE_HIDDEN)
            continue;
        xxgk_pos p = xxgk_doc_position(d, g->span.start);
        const char *q = strrchr(g->msg, ':');
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%u:%u%s\n", p.line, p.col, q ? q + 1 : "");
    }
    return buf;
}

/* Does export's flags field of the cell name code? */
static bool cell_flagged(const xxgk_doc *d, int table, int row, int col, int code)
{
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), table, row, col);
    assert_non_null(c);
    cell_flags f;
    cell_flags_init(&f, d);
    int codes[CELL_FLAGS_MAX];
    int nc = cell_flags_of(&f, c->span, codes);
    bool has = false;
    for (int j = 0; j < nc; j++)
        has |= codes[j] == code;
    cell_flags_free(&f);
    return has;
}

/* The page's own stylesheet (<style>, any number of them) hides text as
 * a style attribute does: a class, a tag.class, td .x; the later rule,
 * the more specific one, !important and then the style attribute win as
 * in a browser; @media print is not the screen. What display:none or
 * visibility:hidden hides is L039 at its place (a cell the sheet hides
 * stays, empty; a row is an empty line, told at its <tr>); colours, a
 * size or an opacity of 0 set by a class are L036. White text by a class
 * on a dark table is read. */
/* The memo of inline styles (html_color.c): a style is looked up by its
 * bytes, so two long styles alike but in their middle (past the bytes
 * hashed), one of them hiding, must each be read as itself, also after
 * 40 other styles have taken the memo's slots, and a style longer than
 * its key is read every time. A confusion would show a hidden 0 ("x05")
 * or hide a 5 ("x"). (Checked against main's reading: the same text.) */
static void html_style_memo_keys(void **state)
{
    (void)state;
    char fill[101];
    memset(fill, 'a', 100);
    fill[100] = 0;
    char hide[400], show[400], huge[1200];
    snprintf(hide, sizeof hide, "font-family:%s;display:none;font-family:%s", fill, fill);
    snprintf(show, sizeof show, "font-family:%s;display:nune;font-family:%s", fill, fill);
    /* past the key's 512 bytes, and its hiding declaration within the
     * 255 characters other than blanks that are read of a style */
    char blanks[601];
    memset(blanks, ' ', 600);
    blanks[600] = 0;
    snprintf(huge, sizeof huge, "font-family:%s;%svisibility:hidden", fill, blanks);
    size_t cap = 64 * 1024, n = 0;
    char *page = malloc(cap);
    assert_non_null(page);
    n += (size_t)snprintf(page + n, cap - n, "<html><body>\n");
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(page + n, cap - n,
                              "<p>x<span style=\"%s\">0</span><span style=\"%s\">5</span>"
                              "<span style=\"%s\">0</span></p>\n<p style=\"height:%d.5pt\">r</p>\n",
                              hide, show, huge, i);
    n += (size_t)snprintf(page + n, cap - n, "</body></html>\n");
    char *t = text_of(page, n, XXGK_INPUT_HTML);
    size_t seen = 0;
    for (const char *p = t; (p = strstr(p, "x5")) != NULL; p += 2)
        seen++;
    assert_int_equal(seen, 40);
    assert_null(strstr(t, "0"));
    free(t);
    free(page);
}

static void html_style_sheet(void **state)
{
    (void)state;
    const char *page =
        "<html><head><style>.hid{display:none}</style>\n"
        "<style><!-- @media print{.p{display:none}} td .d{visibility:hidden} span.s{display:none} "
        ".s{display:inline} .l{display:none} .l{display:inline} .imp{display:none!important} .w{color:#fff} "
        ".z{font-size:0} --></style></head><body>\n"
        "<table>\n"
        "<tr><td>a</td><td>1<span class=\"hid\">0</span></td><td>2<span class=\"p\">0</span></td>"
        "<td>3<span class=\"d\">0</span></td></tr>\n"
        "<tr><td>b</td><td>4<span class=\"s\">0</span></td><td>5<span class=\"l\">0</span></td>"
        "<td>6<span class=\"imp\" style=\"display:inline\">0</span></td>"
        "<td>7<span class=\"hid\" style=\"display:inline\">7</span></td></tr>\n"
        "<tr><td>c</td><td class=\"hid\">8</td><td>9</td></tr>\n"
        "<tr class=\"hid\"><td>d</td><td>10</td></tr>\n"
        "<tr><td>e</td><td>1<span class=\"w\">0</span></td><td>1<span class=\"z\">0</span></td></tr>\n"
        "</table>\n"
        "<table bgcolor=\"#003366\"><tr><td>f</td><td class=\"w\">12</td></tr></table>\n"
        "<p>共<span class=\"hid\">99</span>条</p>\n"
        "</body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t1\t20\t3\nb\t4\t50\t6\t77\nc\t\t9\n\ne\t1\t1\nf\t12\n共条\n");
    free(t);
    xxgk_doc *d = load_bytes("sheet.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_string_equal(style_hidden_of(d), "4:19 '0'\n"
                                            "4:89 '0'\n"
                                            "5:19 '0'\n"
                                            "5:87 '0'\n"
                                            "6:30 '8'\n"
                                            "7:16 'd 10'\n"
                                            "11:4 '99'\n");
    assert_string_equal(unseen_of(d), "8:19 '0'\n"
                                      "8:53 '0'\n");
    xxgk_doc_free(d);
    /* a <style> after what it hides (in the body) hides it all the same;
     * one for print does not */
    const char *late = "<table><tr><td>a</td><td>1<span class=\"hid\">0</span></td>"
                       "<td>2<span class=\"p\" style=\"display:inline\">0</span></td></tr></table>\n"
                       "<style>.hid{display:none} .p{display:none}</style><style media=\"print\">td{display:none}</style>\n";
    t = text_of(late, strlen(late), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t1\t20\n");
    free(t);
}

/* What may hide text where xxgk cannot tell whether it does is read and
 * told (L040 at its first character): a <style> rule whose selector has
 * an attribute, a pseudo-class or a sibling (for the elements its last
 * compound fits: a span without the attribute is not told), a box of
 * size 0 that clips whose display is not known (an inline span, a cell).
 * A rule under :hover, or on ::before, hides nothing. A box of size 0
 * that clips and is a box (display:inline-block, a <div>) hides its
 * text (L036, as opacity 0); clipped on the other axis it does not.
 * visibility:collapse in a style attribute hides as hidden does. */
static void html_maybe_hidden(void **state)
{
    (void)state;
    const char *page =
        "<html><head><style>span[data-h]{display:none} .a + .b{visibility:hidden} td:hover{display:none} "
        ".c::before{display:none} .k:first-child{font-size:0} [data-w]{color:#fff}</style></head><body>\n"
        "<table>\n"
        "<tr><td>a</td><td>1<span style=\"visibility : collapse\">5</span></td>"
        "<td><span style=\"width:0;overflow:hidden;display:inline-block\">5</span>17</td>"
        "<td><div style=\"height:0px;overflow:hidden\">9</div>3</td></tr>\n"
        "<tr><td>b</td><td><span style=\"width:0;overflow:hidden\">4</span>2</td>"
        "<td><span style=\"width:0;overflow-y:hidden;display:inline-block\">6</span>2</td>"
        "<td style=\"width:0;overflow:hidden\">8</td></tr>\n"
        "<tr><td>c</td><td><span data-h=\"1\">5</span>1769</td><td><span>8</span>3</td>"
        "<td><i class=\"a\">x</i><b class=\"b\">7</b>0</td><td class=\"c\">4</td><td><font data-w>11</font></td></tr>\n"
        "</table>\n"
        "<p>共<span data-h>2023</span>年</p>\n"
        "</body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t1\t17\t3\nb\t42\t62\t8\nc\t51769\t83\tx70\t4\t11\n共2023年\n");
    free(t);
    xxgk_doc *d = load_bytes("maybe.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_MAYBE_HIDDEN), "4:57 '4'\n"
                                                         "4:186 '8'\n"
                                                         "5:36 '5'\n"
                                                         "5:112 '7'\n"
                                                         "5:160 '11'\n"
                                                         "7:18 '2023'\n");
    assert_string_equal(diags_at(d, XXGK_L_UNSEEN_TEXT), "3:140 '5'\n"
                                                        "3:198 '9'\n");
    assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), "");
    xxgk_doc_free(d);
}

/* A rule xxgk does not evaluate that shows (a display other than none,
 * visibility:visible) may undo a hiding xxgk reads when it stands in no
 * conditional block, asks no state and is as specific or more (an
 * !important hiding beaten only by an !important show): the text is read
 * and told (L040) where it may: .box > .x:first-of-type (0,3,0 over
 * .x's 0,1,0) 10690, td span:nth-child(1).y 12, .f:first-child on a first
 * element 45. Not where it cannot apply (.q is not .w; no .box above; .f
 * not first) nor over an !important (.z): hidden, L039 as before. A
 * min-width the desktop meets is read as the page's own rule (.v: 91,
 * nothing told). */
static void html_maybe_shown(void **state)
{
    (void)state;
    const char *page =
        "<html><head><style>.x{display:none} .box > .x:first-of-type{display:inline} "
        ".y{visibility:hidden} td span:nth-child(1).y{visibility:visible} "
        ".z{display:none !important} span:first-child.z{display:inline} "
        ".w{display:none} .q:first-child{display:inline} "
        ".v{display:none} @media (min-width:1px){.v{display:inline}} "
        ".f{display:none} .f:first-child{display:inline}</style></head><body>\n"
        "<table>\n"
        "<tr><td>a</td><td><span class=\"box\">106<span class=\"x\">9</span>0</span></td>"
        "<td>1<span class=\"y\">2</span></td><td>3<span class=\"z\">4</span></td></tr>\n"
        "<tr><td>b</td><td>5<span class=\"w\">6</span></td><td><span class=\"x\">7</span>8</td>"
        "<td>9<span class=\"v\">1</span></td></tr>\n"
        "<tr><td>c</td><td><b>2</b><span class=\"f\">3</span></td><td>4<span class=\"f\">5</span></td></tr>\n"
        "</table></body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t10690\t12\t3\nb\t5\t8\t91\nc\t2\t45\n");
    free(t);
    xxgk_doc *d = load_bytes("shown.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_MAYBE_HIDDEN), "3:56 '9'\n"
                                                         "3:98 '2'\n"
                                                         "5:77 '5'\n");
    assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), "3:115 '4'\n"
                                                         "4:19 '6'\n"
                                                         "4:77 '7'\n"
                                                         "5:22 '3'\n");
    xxgk_doc_free(d);
}

/* The review of fixhtml6's pages, each a cell whose desktop view reads
 * 10690: a responsive copy for phones, a :hover tip, a dark scheme's
 * text, a @media rule less specific than the hiding, an @supports one;
 * each hiding stays as xxgk reads it (the hidden text left out, L039 at
 * its place), never a doubled or a longer number, never a lost cell. */
static void html_show_rules_undo_nothing(void **state)
{
    (void)state;
    static const struct {
        const char *css, *cell, *want, *l039;
    } cases[] = {
        {".m{display:none} @media (max-width:768px){.m{display:inline} .pc{display:none}}",
         "<span class=\"pc\">10690</span><span class=\"m\">10690</span>", "a\t10690\n", "1:166 '10690'\n"},
        {".tip{display:none} .tip:hover, a:hover .tip{display:inline}", "10690<span class=\"tip\">12</span>",
         "a\t10690\n", "1:129 '12'\n"},
        {"td:hover .tip{display:block} .tip{display:none}", "10690<span class=\"tip\">12</span>", "a\t10690\n",
         "1:117 '12'\n"},
        {".dk{display:none} @media (prefers-color-scheme:dark){.dk{display:inline}}", "10690<span class=\"dk\">3</span>",
         "a\t10690\n", "1:143 '3'\n"},
        {".x{display:none} @supports (display:grid){.x{display:grid}}", "10690<span class=\"x\">3</span>",
         "a\t10690\n", "1:129 '3'\n"},
        {"body .hid{display:none} @media (max-width:768px){body td span{display:inline-block}}",
         "1069<span class=\"hid\">5</span>0", "a\t10690\n", "1:153 '5'\n"},
        {"span.x{display:none} @media (max-width:768px){span{display:inline}}", "10690<span class=\"x\">5</span>",
         "a\t10690\n", "1:137 '5'\n"},
        {"#w{display:none} @media (max-width:768px){.n{display:inline}}", "10690<span id=\"w\" class=\"n\">5</span>",
         "a\t10690\n", "1:131 '5'\n"},
        {".visible-xs{display:none!important} @media (max-width:767px){.visible-xs{display:inline!important}}",
         "<span class=\"hidden-xs\">10690</span><span class=\"visible-xs\">10690</span>", "a\t10690\n",
         "1:193 '10690'\n"},
        {".d-none{display:none!important} .d-inline{display:inline!important} "
         "@media (min-width:768px){.d-md-none{display:none!important} .d-md-inline{display:inline!important}}",
         "<span class=\"d-none d-md-inline\">10690</span><span class=\"d-inline d-md-none\">10690</span>",
         "a\t10690\n", "1:270 '10690'\n"}, /* the desktop's d-md-inline shown, d-md-none's copy hidden */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[768];
        snprintf(page, sizeof page,
                 "<html><head><style>%s</style></head><body><table><tr><td>a</td><td>%s</td></tr></table></body></html>\n",
                 cases[i].css, cases[i].cell);
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        assert_string_equal(t, cases[i].want);
        free(t);
        xxgk_doc *d = load_bytes("show.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), cases[i].l039);
        /* a max-width under 1024px never applies on the desktop (since
         * html8): the phone copy .m stays hidden (L039), nothing doubted */
        assert_int_equal(count_diags(d, XXGK_L_MAYBE_HIDDEN), 0);
        xxgk_doc_free(d);
    }
}

/* One cell's case of a page: the page "<html><head>" + a <style> of css
 * (none when NULL) + head + "</head>…<td>a</td><td>" + cell + "</td>…",
 * written into page (cap bytes); its text must be want. The page read,
 * for its codes to be checked (the caller frees it). */
static xxgk_doc *page_case(const char *css, const char *head, const char *cell, const char *want, char *page,
                           size_t cap)
{
    int n = snprintf(page, cap,
                     "<html><head>%s%s%s%s</head><body><table><tr><td>a</td><td>%s</td></tr></table></body></html>\n",
                     css ? "<style>" : "", css ? css : "", css ? "</style>" : "", head, cell);
    assert_true(n > 0 && (size_t)n < cap);
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, want);
    free(t);
    return load_bytes("case.html", page, strlen(page), XXGK_INPUT_HTML, -1);
}

/* A show rule xxgk does not evaluate undoes a hiding only where it would
 * win the cascade: more specific, or as specific and later in the sheet;
 * :where(...) counts nothing (review of html7). An earlier show of equal
 * specificity, one whose :where makes it less specific: the 5 stays
 * hidden (L039), 10690 read; a later show of equal specificity: read,
 * told (L040). */
static void html_show_rule_ties(void **state)
{
    (void)state;
    static const struct {
        const char *css, *cell, *want;
        bool shown;
    } cases[] = {
        {".x:first-child{display:inline} .x.y{display:none}", "<span class=\"x y\">5</span>10690", "a\t10690\n", false},
        {".x.y{display:none} .x:first-child{display:inline}", "<span class=\"x y\">5</span>10690", "a\t510690\n", true},
        {".a .x{display:none} :where(.b) .x{display:inline}",
         "<span class=\"a\"><span class=\"x\">5</span>10690</span>", "a\t10690\n", false},
        {".a .x{display:none} :where(.b) .x:first-child{display:inline}",
         "<span class=\"a\"><span class=\"x\">5</span>10690</span>", "a\t510690\n", true},
        {".x:first-child{display:inline} .y .x{display:none}", "<span class=\"y\"><span class=\"x\">5</span>10690</span>",
         "a\t10690\n", false},
        {".y .x{display:none} .x:first-child{display:inline}", "<span class=\"y\"><span class=\"x\">5</span>10690</span>",
         "a\t510690\n", true},
        /* review of html8: a comma inside :not()/:is() does not end the
         * selector (Chromium shows the 5); a rule whose bracket is left
         * open is dropped, as a browser drops it (the 5 hidden) */
        {".y .x{display:none} .x:is(#a,.b{display:inline}", "<span class=\"y\"><span class=\"x\">5</span>10690</span>",
         "a\t10690\n", false},
        /* review of html8 s11: :not(.a,#b) counts its most specific
         * argument, an id: as specific as #t .x and later, it wins
         * (Chromium shows 510690); read, told */
        {"#t .x{display:none} .x:not(.a,#b){display:inline}", "<span id=\"t\"><span class=\"x\">5</span>10690</span>",
         "a\t510690\n", true},
        {"#t .x{display:none} .x:not(.a,.b){display:inline}", "<span id=\"t\"><span class=\"x\">5</span>10690</span>",
         "a\t10690\n", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[512];
        xxgk_doc *d = page_case(cases[i].css, "", cases[i].cell, cases[i].want, page, sizeof page);
        assert_int_equal(count_diags(d, cases[i].shown ? XXGK_L_MAYBE_HIDDEN : XXGK_L_STYLE_HIDDEN), 1);
        assert_int_equal(count_diags(d, cases[i].shown ? XXGK_L_STYLE_HIDDEN : XXGK_L_MAYBE_HIDDEN), 0);
        xxgk_doc_free(d);
    }
}

/* Digits glued over the edge of two runs of different classes the page
 * does not explain (no <style> of its own names them), the digits on the
 * two sides equal: the phone and desktop copies of one number, of which
 * a stylesheet not in the page shows one (review of fixhtml6, bs3-cell:
 * 1069010690 read silently). L054 at the cell's <td>, the cell empty.
 * Digits that differ over the edge are one number split by styling (the
 * review of html7's shapes: TRS's Apple-style-span, Excel's font6, a
 * search's <em class="keyword">, Word's _Hlk bookmark id, WPS's class
 * 15, Word Online's NormalTextRun, red and blue): read joined, as are runs
 * of one class, of no class (Word's spans), of Word's own classes, of
 * classes the page's sheet names, or apart by a blank. */
static void html_split_runs(void **state)
{
    (void)state;
    static const struct {
        const char *head, *cell, *want;
        int code; /* the cell's code: L054, L060, L061; 0 none */
    } cases[] = {
        {"", "<span class=\"hidden-xs\">10690</span><span class=\"visible-xs\">10690</span>", "a\t\n", XXGK_L_SPLIT_RUNS},
        {"<link rel=\"stylesheet\" href=\"/bs.css\">",
         "<span class=\"hidden-xs\">10690</span><span class=\"visible-xs\">10690</span>", "a\t\n", XXGK_L_SPLIT_RUNS},
        {"", "10690<span class=\"wap\">10690</span>", "a\t\n", XXGK_L_SPLIT_RUNS},
        {"", "<b class=\"d\">１０６９０</b><b class=\"m\">１０６９０</b>", "a\t\n", XXGK_L_SPLIT_RUNS},
        /* three copies (xs, sm, md), a comment between two */
        {"", "<span class=\"xs\">2648</span><span class=\"sm\">2648</span><span class=\"md\">2648</span>", "a\t\n",
         XXGK_L_SPLIT_RUNS},
        {"", "<span class=\"hidden-xs\">10690</span><!-- m --><span class=\"visible-xs\">10690</span>", "a\t\n", XXGK_L_SPLIT_RUNS},
        {"<link rel=\"stylesheet\" href=\"a.css\">", "48<span class=\"m\">48</span>", "a\t\n", XXGK_L_SPLIT_RUNS},
        /* one number split by styling: its digits differ over the edge */
        {"", "<font class=\"pc\">1069</font>0", "a\t10690\n", 0},
        {"", "<span id=\"n1\">10</span><span id=\"n2\">690</span>", "a\t10690\n", 0},
        {"", "<span class=\"Apple-style-span\">10</span>690", "a\t10690\n", 0},
        {"", "10<font class=\"font6\">690</font>", "a\t10690\n", 0},
        {"", "<font class=\"font5\">10</font><font class=\"font6\">690</font>", "a\t10690\n", 0},
        {"", "26<em class=\"keyword\">48</em>", "a\t2648\n", 0},
        {"", "<span id=\"_Hlk123\">10</span>690", "a\t10690\n", 0},
        {"", "<span class=\"15\">26</span><span class=\"16\">48</span>", "a\t2648\n", 0},
        {"", "<span class=\"red\">10</span><span class=\"blue\">690</span>", "a\t10690\n", 0},
        {"", "<span class=\"fontstyle0\">10</span><span class=\"fontstyle1\">690</span>", "a\t10690\n", 0},
        {"", "<span class=\"ke-font\">10<span class=\"ke-bold\">690</span></span>", "a\t10690\n", 0},
        {"", "<span class=\"TextRun SCXW1 BCX0\"><span class=\"NormalTextRun SCXW1 BCX0\">10</span></span>"
             "<span class=\"TextRun SCXW1 BCX0\"><span class=\"NormalTextRun SpellingErrorV2Themed SCXW1 BCX0\">690"
             "</span></span>",
         "a\t10690\n", 0},
        {"", "<b class=\"num\">26</b>48", "a\t2648\n", 0},
        {"", "<a class=\"link\" href=\"x\">10</a>690", "a\t10690\n", 0},
        {"", "<span class=\"a\">１０</span><span class=\"b\">６９０</span>", "a\t１０６９０\n", 0},
        {"", "<span class=\"num\">10</span><span class=\"num\">690</span>", "a\t10690\n", 0},
        {"", "<span class=\"num\"><b>10</b><i>690</i></span>", "a\t10690\n", 0},
        {"", "<span lang=\"EN-US\" style=\"font-size:10.5pt\">10</span><span lang=\"EN-US\">690</span>", "a\t10690\n",
         0},
        {"", "<span class=\"SpellE\">10</span><span class=\"GramE\">690</span>", "a\t10690\n", 0},
        {"<style>.pc{color:#000} .m{color:#000}</style>", "<span class=\"pc\">10</span><span class=\"m\">690</span>",
         "a\t10690\n", 0},
        {"", "<span class=\"a\">10690</span> <span class=\"b\">5</span>", "a\t10690 5\n", 0},
        {"", "<span class=\"a\">共</span><span class=\"b\">10690</span>", "a\t共10690\n", 0},
        {"", "<div class=\"pc\">10690</div><div class=\"m\">10690</div>", "a\t\n", 0},
        /* two elements of one class, the same digits: L060 (review of
         * html7: 1069010690 read silently); a zero-width filler or a
         * comment between copies is no blank */
        {"", "<span class=\"pc\">10690</span><span class=\"pc\">10690</span>", "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"<link rel=\"stylesheet\" href=\"/m.css\">", "<font class=\"n\">2648</font><font class=\"n\">2648</font>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"pc\">10690</span>&#8203;<span class=\"pc\">10690</span>", "a\t\n",
         XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"pc\">10690</span>\xEF\xBB\xBF<span class=\"pc\">10690</span>", "a\t\n",
         XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"hidden-xs\">10690</span>&#8203;<span class=\"visible-xs\">10690</span>", "a\t\n",
         XXGK_L_SPLIT_RUNS},
        {"", "<span id=\"n\">１０６９０</span><span id=\"n\">１０６９０</span>", "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        /* one digit a side in one class: an editor's runs of 11 */
        {"", "<span class=\"x\">1</span><span class=\"x\">1</span>", "a\t11\n", 0},
        {"", "<span class=\"15\">1</span><span class=\"15\">0</span><span class=\"15\">6</span>"
             "<span class=\"15\">9</span><span class=\"15\">0</span>",
         "a\t10690\n", 0},
        /* one digit in a class of its own at the number's end: a mark a
         * sheet not in the page may raise, L061 */
        {"", "10690<span class=\"note\">1</span>", "a\t\n", XXGK_L_CLASSED_TAIL},
        {"", "<span class=\"num\">2648</span><span class=\"fn\">3</span>件", "a\t\n", XXGK_L_CLASSED_TAIL},
        {"", "10690<span class=\"note\">1</span> 注", "a\t\n", XXGK_L_CLASSED_TAIL},
        {"", "1069<font class=\"font6\">0</font>", "a\t\n", XXGK_L_CLASSED_TAIL},
        {"", "10690<sup>1</sup>", "a\t10690\u00B9\n", 0},
        {"", "10690<span class=\"note\">12</span>", "a\t1069012\n", 0},
        {"", "<span class=\"note\">1</span>0690", "a\t10690\n", 0},
        {"", "1<span class=\"n\">0</span>690", "a\t10690\n", 0},
        {"", "10690<span class=\"note\">1</span>2", "a\t1069012\n", 0},
        /* review of html8: the first copy split into runs of one class
         * (an editor's, per digit or not): a side runs on over edges of
         * one class, ends at a change of class; never 1069010690 */
        {"", "<span class=\"c\">10</span><span class=\"c\">690</span><span class=\"m\">10690</span>", "a\t\n",
         XXGK_L_SPLIT_RUNS},
        {"", "<span class=\"c\">10</span><span class=\"c\">690</span>10690", "a\t\n", XXGK_L_SPLIT_RUNS},
        {"", "<span class=\"hidden-xs\"><span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span>"
             "<span class=\"c\">9</span><span class=\"c\">0</span></span><span class=\"visible-xs\">10690</span>",
         "a\t\n", XXGK_L_SPLIT_RUNS},
        {"", "<span class=\"m\">10690</span><span class=\"c\">10</span><span class=\"c\">69</span><span class=\"c\">0</span>",
         "a\t\n", XXGK_L_SPLIT_RUNS},
        {"", "<span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span><span class=\"c\">9</span>"
             "<span class=\"c\">0</span><span class=\"note\">1</span>",
         "a\t\n", XXGK_L_CLASSED_TAIL},
        /* a decimal's last digit in a class: a mark or the digit, as a
         * whole number's (review of html8: the doc now says so) */
        {"", "24252.31108<span class=\"x\">2</span>", "a\t\n", XXGK_L_CLASSED_TAIL},
        /* a soft hyphen between copies is the lexer's FMT, as U+200B */
        {"", "<span class=\"s\">181</span>&shy;<span class=\"s\">181</span>", "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"hidden-xs\">181</span>&shy;<span class=\"visible-xs\">181</span>", "a\t\n",
         XXGK_L_SPLIT_RUNS},
        {"", "10690&shy;<span class=\"note\">1</span>", "a\t\n", XXGK_L_CLASSED_TAIL},
        /* review of html8 g11 (a 2019 page's full-width digits): the
         * first copy split into runs of one class, the second of another */
        {"", "<span class=\"c\">\xEF\xBC\x98</span><span class=\"c\">\xEF\xBC\x99</span>"
             "<span class=\"visible-xs\">\xEF\xBC\x98\xEF\xBC\x99</span>",
         "a\t\n", XXGK_L_SPLIT_RUNS},
        /* review of html8 g08: two copies of one class, each split into
         * runs of another inside it (Chromium without the sheet shows
         * 22932293): the copies part at the outer class, whatever their
         * runs inside; never 22932293 */
        {"", "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span>"
             "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"pc\"><span class=\"a\">22</span><span class=\"b\">93</span></span>"
             "<span class=\"pc\"><span class=\"a\">22</span><span class=\"b\">93</span></span>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"w\"><span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span>"
             "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span></span>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<span class=\"hidden-xs\"><span class=\"a\">10</span><span class=\"b\">690</span></span>"
             "<span class=\"visible-xs\">10690</span>",
         "a\t\n", XXGK_L_SPLIT_RUNS},
        /* one copy split so, or two halves of one number: read joined */
        {"", "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span>", "a\t2293\n", 0},
        {"", "<span class=\"pc\"><span class=\"c\">10</span></span><span class=\"pc\"><span class=\"c\">690</span></span>",
         "a\t10690\n", 0},
        {"", "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">93</span></span>"
             "<span class=\"pc\"><span class=\"c\">22</span><span class=\"c\">94</span></span>",
         "a\t22932294\n", 0},
        /* review of html9 D1: copies of 5 digits or more, one span a
         * digit: the edges inside the first copy fill the cell's slots
         * before the copies part; the edge between them outranks one
         * inside (never 1069010690) */
        {"", "<span class=\"pc\"><span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span>"
             "<span class=\"c\">9</span><span class=\"c\">0</span></span>"
             "<span class=\"pc\"><span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span>"
             "<span class=\"c\">9</span><span class=\"c\">0</span></span>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        {"", "<b class=\"pc\"><i class=\"c\">2</i><i class=\"c\">4</i><i class=\"c\">2</i><i class=\"c\">5</i>"
             "<i class=\"c\">2</i><i class=\"c\">3</i></b>"
             "<b class=\"pc\"><i class=\"c\">2</i><i class=\"c\">4</i><i class=\"c\">2</i><i class=\"c\">5</i>"
             "<i class=\"c\">2</i><i class=\"c\">3</i></b>",
         "a\t\n", XXGK_L_SAME_CLASS_COPIES},
        /* the same one span a digit, two different copies: read joined as before */
        {"", "<span class=\"pc\"><span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span>"
             "<span class=\"c\">9</span><span class=\"c\">0</span></span>"
             "<span class=\"pc\"><span class=\"c\">1</span><span class=\"c\">0</span><span class=\"c\">6</span>"
             "<span class=\"c\">9</span><span class=\"c\">1</span></span>",
         "a\t1069010691\n", 0},
    };
    static const int codes[] = {XXGK_L_SPLIT_RUNS, XXGK_L_SAME_CLASS_COPIES, XXGK_L_CLASSED_TAIL};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[1024];
        xxgk_doc *d = page_case(NULL, cases[i].head, cases[i].cell, cases[i].want, page, sizeof page);
        for (size_t k = 0; k < sizeof codes / sizeof *codes; k++)
            if (codes[k] == cases[i].code) {
                /* at the end of the cell's <td> */
                unsigned col = (unsigned)(strstr(page, "<td>a</td><td>") - page) + 14;
                const unsigned at[1][2] = {{1, col}};
                assert_diags_at(d, codes[k], at, 1);
            } else {
                assert_int_equal(count_diags(d, codes[k]), 0);
            }
        xxgk_doc_free(d);
    }
    /* in a whole report: the cell empty (the panel's doubted), never
     * 22932293; its row's other cells read */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *a = replace1(html, ">2293<", "><span class=\"hidden-xs\">2293</span><span class=\"visible-xs\">2293</span><");
    xxgk_doc *d = load_bytes("split-cell.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        "empty");
    assert_int_equal(count_diags(d, XXGK_L_SPLIT_RUNS), 1);
    xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_SPLIT_RUNS));
    assert_memory_equal(text_at(a, p) + 1, "<p style", 8); /* the end of its <td ...> */
    xxgk_doc_free(d);
    free(a);
    free(html);
}

/* A ruby's annotation (<rt>, <rp>) is a guide printed over its base
 * text, no part of the line (as a .docx's w:rt): a digit in it never
 * joins the number it stands over (Chromium's innerText says 106901,
 * the reader sees 10690 with a small 1 above). */
static void html_ruby_guides(void **state)
{
    (void)state;
    static const struct {
        const char *cell, *want;
    } cases[] = {
        {"<ruby>10690<rt>1</rt></ruby>", "a\t10690\n"},
        {"<ruby>10690<rp>(</rp><rt>5</rt><rp>)</rp></ruby>", "a\t10690\n"},
        /* review of html9 D5: a ruby's text container is a guide too */
        {"<ruby>10690<rtc>1</rtc></ruby>", "a\t10690\n"},
        {"<ruby>10690<rtc><rt>1</rt></rtc></ruby>", "a\t10690\n"},
        {"<ruby>\xE8\xA1\x8C<rt>x\xC3\xADng</rt></ruby>\xE6\x94\xBF\xE8\xAE\xB8\xE5\x8F\xAF", "a\t\xE8\xA1\x8C\xE6\x94\xBF\xE8\xAE\xB8\xE5\x8F\xAF\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[512];
        xxgk_doc_free(page_case(NULL, "", cases[i].cell, cases[i].want, page, sizeof page));
    }
}

/* A page whose content its own markup hides, more text than the page
 * shows (WeChat's #js_content saved visibility:hidden, shown by its
 * script): not read, as a browser without the script shows it, and
 * told, L062 where the element stood, quoting its first characters; a
 * hidden menu or copy smaller than what the page shows is not told. */
static void html_hidden_content(void **state)
{
    (void)state;
    char body[2048] = "";
    for (int i = 0; i < 60; i++) /* 1260 bytes: a report's worth */
        strcat(body, "\xE6\x9C\xAC\xE6\x9C\xBA\xE5\x85\xB3\xE4\xBE\x9D\xE6\xB3\x95\xE5\x85\xAC\xE5\xBC\x80"); /* 本机关依法公开 */
    static const struct {
        const char *fmt;
        int told;
    } cases[] = {
        {"<html><body><h1>T</h1><div id=\"js_content\" style=\"visibility: hidden;\"><p>%s</p></div></body></html>", 1},
        {"<html><body><h1>T</h1><div hidden><p>%s</p></div><p>X</p></body></html>", 1},
        {"<html><head><style>.c{display:none}</style></head><body><h1>T</h1><div class=\"c\"><p>%s</p></div></body></html>", 1},
        /* shown: the same text, a small hidden menu */
        {"<html><body><h1>T</h1><div style=\"display:none\">menu</div><div><p>%s</p></div></body></html>", 0},
        /* a hidden copy of what the page shows: no more than it shows */
        {"<html><body><div style=\"display:none\"><p>%s</p></div><div><p>%s</p></div></body></html>", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[8192];
        int n = snprintf(page, sizeof page, cases[i].fmt, body, body);
        assert_true(n > 0 && (size_t)n < sizeof page);
        xxgk_doc *d = load_bytes("hidden.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        if (cases[i].told) {
            /* where the element stood: right after the title's text */
            unsigned col = (unsigned)(strstr(page, "T</h1>") - page) + 1;
            const unsigned at[1][2] = {{1, col}};
            assert_diags_at(d, XXGK_L_HIDDEN_CONTENT, at, 1);
            char msg[512];
            diag_message_of(d, XXGK_L_HIDDEN_CONTENT, msg, sizeof msg);
            assert_non_null(strstr(msg, "'\xE6\x9C\xAC\xE6\x9C\xBA\xE5\x85\xB3"));
        } else {
            assert_int_equal(count_diags(d, XXGK_L_HIDDEN_CONTENT), 0);
        }
        xxgk_doc_free(d);
    }
    /* review of html9 D3: a notice page (a title, an attachment) with a
     * hidden sitemap of links or a hidden <select> of sites, each more
     * text than the page shows: links and options are no content, not
     * told; the same words as text in a hidden <div> are */
    static const char *const wraps[][4] = {
        {"<div class=\"sitemap\" style=\"display:none\"><ul>", "<li><a href=\"/c\">", "</a></li>", "</ul></div>"},
        {"<select style=\"display:none\">", "<option>", "</option>", "</select>"},
        {"<nav hidden>", "<a href=\"/c\"><span>", "</span></a>", "</nav>"},
        {"<div style=\"display:none\">", "<p>", "</p>", "</div>"},
    };
    for (size_t i = 0; i < sizeof wraps / sizeof *wraps; i++) {
        char page[8192] = "<html><body>";
        strcat(page, wraps[i][0]);
        for (int k = 0; k < 60; k++) {
            strcat(page, wraps[i][1]);
            strcat(page, "\xE6\x94\xBF\xE5\x8A\xA1\xE5\x85\xAC\xE5\xBC\x80\xE6\x8C\x87\xE5\x8D\x97"); /* 政务公开指南 */
            strcat(page, wraps[i][2]);
        }
        strcat(page, wraps[i][3]);
        strcat(page, "<h1>T</h1><p>\xE9\x99\x84\xE4\xBB\xB6\xEF\xBC\x9A<a href=\"/a.pdf\">a.pdf</a></p></body></html>");
        xxgk_doc *d = load_bytes("hidden-menu.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_int_equal(count_diags(d, XXGK_L_HIDDEN_CONTENT), i == 3 ? 1 : 0);
        xxgk_doc_free(d);
    }
    /* review of html9 D4: a page that reads as a report (its sections,
     * its tables), a hidden tab holding more text (last year's report):
     * the report read is what a browser shows, not told */
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    size_t reps = n / 21 + 1;
    char *tab = malloc(128 + reps * 21);
    assert_non_null(tab);
    strcpy(tab, "<div class=\"panel\" style=\"display:none\"><p>");
    char *end = tab + strlen(tab);
    for (size_t k = 0; k < reps; k++, end += 21) /* 本机关依法公开 */
        memcpy(end, "\xE6\x9C\xAC\xE6\x9C\xBA\xE5\x85\xB3\xE4\xBE\x9D\xE6\xB3\x95\xE5\x85\xAC\xE5\xBC\x80", 21);
    strcpy(end, "</p></div></body>");
    char *a = replace1(html, "</body>", tab);
    xxgk_doc *d = load_bytes("hidden-tab.html", a, strlen(a), XXGK_INPUT_HTML, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "2293");
    assert_int_equal(count_diags(d, XXGK_L_HIDDEN_CONTENT), 0);
    assert_int_equal(count_diags(d, XXGK_P_NO_SECTIONS), 0);
    xxgk_doc_free(d);
    /* the same tab beside a page that reads as no report: told (P020's why) */
    char *b = replace1(tab, "</body>", "");
    char *page = malloc(strlen(b) + 64);
    assert_non_null(page);
    sprintf(page, "<html><body><h1>T</h1>%s</body></html>", b);
    d = load_bytes("hidden-tab2.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_int_equal(count_diags(d, XXGK_L_HIDDEN_CONTENT), 1);
    assert_int_equal(count_diags(d, XXGK_P_NO_SECTIONS), 1);
    xxgk_doc_free(d);
    free(page);
    free(b);
    free(a);
    free(tab);
    free(html);
}

/* A min-width-only @media the desktop view meets (min-width up to
 * 1024px, 64em) applies: its rules are read as the page's own, hiding
 * and showing (Bootstrap 4's d-none d-md-inline shown, d-md-none hidden:
 * the desktop copy read, the phone copy told L039); past 1024px, or with
 * a max-width beside it, not known as before. */
static void html_desktop_media(void **state)
{
    (void)state;
    static const struct {
        const char *css, *cell, *want;
        int l039, l040;
    } cases[] = {
        {".pc{display:none} @media (min-width:769px){.pc{display:inline}}", "<span class=\"pc\">10690</span>",
         "a\t10690\n", 0, 0},
        {".pc{display:none} @media only screen and (min-width:48em){.pc{display:inline}}",
         "<span class=\"pc\">10690</span>", "a\t10690\n", 0, 0},
        {".d-none{display:none!important} .d-inline{display:inline!important} "
         "@media (min-width:768px){.d-md-none{display:none!important} .d-md-inline{display:inline!important}}",
         "<span class=\"d-none d-md-inline\">10690</span><span class=\"d-inline d-md-none\">10690</span>",
         "a\t10690\n", 1, 0},
        {"@media screen and (min-width:992px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t10690\n", 1,
         0},
        {".pc{display:none} @media (min-width:1200px){.pc{display:inline}}", "1069<span class=\"pc\">0</span>",
         "a\t1069\n", 1, 0},
        /* a max-width under 1024px: a phone's or a tablet's layout, never
         * the desktop view's (Chromium at 1280px shows the 5); one of
         * 1024px or more: not known, a desktop is 1024 to 1920px wide or
         * more (review of html8: Chromium at 1920px shows what
         * max-width:1366px hides, hides what max-width:1280px shows) */
        {"@media (min-width:768px) and (max-width:991px){.m{display:none}}", "10690<span class=\"m\">5</span>",
         "a\t106905\n", 0, 0},
        {"@media (max-width:768px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 0},
        {".m{display:none} @media screen and (max-width:47.9em){.m{display:inline}}", "10690<span class=\"m\">5</span>",
         "a\t10690\n", 1, 0},
        {"@media (max-width:1400px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 1},
        {"@media (max-width:1366px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 1},
        {"@media (max-width:1279.98px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 1},
        {".m{display:none} @media (max-width:1280px){.m{display:inline}}", "10690<span class=\"m\">5</span>",
         "a\t10690\n", 1, 0},
        {"@media (max-width:1100px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 1},
        {"@media (min-device-width:768px){.m{display:none}}", "10690<span class=\"m\">5</span>", "a\t106905\n", 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[768];
        snprintf(page, sizeof page,
                 "<html><head><style>%s</style></head><body><table><tr><td>a</td><td>%s</td></tr></table></body></html>\n",
                 cases[i].css, cases[i].cell);
        char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
        assert_string_equal(t, cases[i].want);
        free(t);
        xxgk_doc *d = load_bytes("desk.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_int_equal(count_diags(d, XXGK_L_STYLE_HIDDEN), cases[i].l039);
        assert_int_equal(count_diags(d, XXGK_L_MAYBE_HIDDEN), cases[i].l040);
        xxgk_doc_free(d);
    }
}

/* visibility:hidden is inherited, and a descendant's visibility:visible
 * shows it again (a browser shows the 9 of
 * 106<span style="visibility:hidden">5<span style="visibility:visible">9</span></span>0):
 * read, 10690, never 1060 silently. display:none and the hidden
 * attribute hide all they hold, visible or not; so does
 * visibility:hidden said beside display:none. In the sheet alike:
 * .h{visibility:hidden} .v{visibility:visible}, the hidden 5 told (L039),
 * the 0 read. */
static void html_visible_in_hidden(void **state)
{
    (void)state;
    const char *page =
        "<table>\n"
        "<tr><td>a</td><td>106<span style=\"visibility:hidden\">5<span style=\"visibility:visible\">9</span></span>0</td>"
        "<td><span style=\"visibility:hidden\">7<b style=\"display:none;visibility:visible\">8</b></span>3</td></tr>\n"
        "<tr><td>b</td><td><span style=\"display:none\">1<span style=\"visibility:visible\">2</span></span>4</td>"
        "<td><span hidden>6<span style=\"visibility:visible\">7</span></span>5</td>"
        "<td><i style=\"display:none;visibility:hidden\">1<b style=\"visibility:visible\">2</b></i>8</td></tr>\n"
        "</table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t10690\t3\nb\t4\t5\t8\n");
    free(t);
    const char *sheet = "<html><head><style>.h{visibility:hidden} .v{visibility:visible}</style></head><body>\n"
                        "<table><tr><td>a</td><td>1069<span class=\"h\">5<span class=\"v\">0</span></span></td>"
                        "<td>2<span class=\"h\">1</span></td></tr></table>\n"
                        "</body></html>\n";
    t = text_of(sheet, strlen(sheet), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t10690\t2\n");
    free(t);
    xxgk_doc *d = load_bytes("vis.html", sheet, strlen(sheet), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), "2:29 '5'\n"
                                                         "2:87 '1'\n");
    xxgk_doc_free(d);
}

/* Only visibility:visible (and initial, which is visible) shows what a
 * hidden parent holds: inherit and unset take the parent's hidden, as a
 * browser does (review of fixhtml6: 10690 followed by a hidden 5 under
 * visibility:inherit read 106905, silently). Inline and in the sheet;
 * in the sheet the hidden text is told (L039) where it stands. */
static void html_visible_inherit_stays_hidden(void **state)
{
    (void)state;
    const char *page =
        "<table>\n"
        "<tr><td>a</td><td>10690<span style=\"visibility:hidden\"><span style=\"visibility:inherit\">5</span></span></td>"
        "<td>7<span style=\"visibility:hidden\"><b style=\"visibility:unset\">3</b></span></td></tr>\n"
        "<tr><td>b</td><td>106<span style=\"visibility:hidden\">5<span style=\"visibility:initial\">9</span></span>0</td>"
        "<td>4<span style=\"visibility:hidden\"><i style=\"visibility: Inherit !important\">2</i></span></td></tr>\n"
        "</table>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t10690\t7\nb\t10690\t4\n");
    free(t);
    const char *sheet = "<html><head><style>.h{visibility:hidden} .i{visibility:inherit} .u{visibility:unset}</style>"
                        "</head><body>\n"
                        "<table><tr><td>a</td><td>10690<span class=\"h\"><span class=\"i\">5</span></span></td>"
                        "<td>2<span class=\"h\"><span class=\"u\">1</span></span></td></tr></table>\n"
                        "</body></html>\n";
    t = text_of(sheet, strlen(sheet), XXGK_INPUT_HTML);
    assert_string_equal(t, "a\t10690\t2\n");
    free(t);
    xxgk_doc *d = load_bytes("vis.html", sheet, strlen(sheet), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), "2:30 '5'\n"
                                                         "2:87 '1'\n");
    xxgk_doc_free(d);
}

/* Rules xxgk does not evaluate that never hide: white text on a
 * background of the same rule's own (a header row), and :empty (an
 * element with text never matches it); white text with no background of
 * its own may hide, and its cell is flagged (review of 9113eb2). */
static void html_maybe_hidden_not(void **state)
{
    (void)state;
    const char *page = "<html><head><style>tr:first-child{background-color:#4472c4;color:white} "
                       "p:empty{display:none} td.w:nth-child(2){color:#fff}</style></head><body>\n"
                       "<table>\n"
                       "<tr><td>a</td><td>12</td></tr>\n"
                       "<tr><td>b</td><td class=\"w\">3</td></tr>\n"
                       "</table>\n"
                       "<p>共2023年</p>\n"
                       "</body></html>\n";
    xxgk_doc *d = load_bytes("maybe-not.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_MAYBE_HIDDEN), "4:29 '3'\n");
    xxgk_doc_free(d);
}

/* tests/input/pingtan-2021.html with its </head> made HEAD and its
 * licensing cell's >2293< made CELL, read as NAME: the licensing cell reads
 * VALUE and carries CODE, which is told once and flags no other row's cell
 * (the penalty row's beside it); the page's error count. */
static int licensing_cell_told(const char *name, const char *head, const char *cell, const char *value, int code)
{
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    char *h = replace1(html, "</head>", head);
    char *a = replace1(h, ">2293<", cell);
    xxgk_doc *d = load_bytes(name, a, strlen(a), XXGK_INPUT_AUTO, -1);
    char buf[64];
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf),
                        value);
    assert_true(cell_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, code));
    assert_false(cell_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_PENALTY, XXGK_C_DECISIONS, code));
    assert_int_equal(count_diags(d, code), 1);
    int errors = xxgk_doc_count(d, XXGK_ERROR);
    xxgk_doc_free(d);
    free(a);
    free(h);
    free(html);
    return errors;
}

/* The same in whole reports, both templates, and in GB18030: a digit in
 * a clipping box of size 0, or under visibility:collapse, glued after
 * each number leaves every cell the text twin's (L036 at each, no error);
 * a number a rule with an attribute selector may hide is read, its cell
 * flagged L040, the other cells not. */
static void html_maybe_hidden_in_reports(void **state)
{
    (void)state;
    const char *pages[] = {"tests/input/pingtan-2019.html", "tests/input/pingtan-2021.html"};
    const char *twins[] = {"corpus/pingtan-2019.txt", "corpus/pingtan-2021.txt"};
    for (int k = 0; k < 2; k++) {
        size_t n, m;
        char *html = read_source_file(pages[k], &n);
        xxgk_doc *twin = parse_file(twins[k]);
        char *ct = cells_of(twin);
        char *w = replace_all(html, "</p></td>",
                              "<span style=\"width:0;overflow:hidden;display:inline-block\">9</span></p></td>");
        xxgk_doc *d = load_bytes("box0.html", w, strlen(w), XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_true(count_diags(d, XXGK_L_UNSEEN_TEXT) > 8);
        assert_int_equal(count_diags(d, XXGK_L_MAYBE_HIDDEN), 0);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        char *decl = replace1(w, "<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">");
        char *g = convert("GB18030", "UTF-8", decl, strlen(decl), &m);
        d = load_bytes("box0-gb.html", g, m, XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        free(cd);
        xxgk_doc_free(d);
        free(g);
        free(decl);
        free(w);
        char *v = replace_all(html, "</p></td>", "<span style=\"VISIBILITY: Collapse\">9</span></p></td>");
        d = load_bytes("collapse.html", v, strlen(v), XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        free(v);
        free(ct);
        xxgk_doc_free(twin);
        free(html);
    }
    (void)licensing_cell_told("attr.html",
                              "<style>span[data-h]{display:none}</style></head>",
                              "><span data-h=\"1\">5</span>2293<", "52293", XXGK_L_MAYBE_HIDDEN);
}

/* On a page that links a stylesheet xxgk cannot read (<link
 * rel="stylesheet">, @import), a phrase element whose class or id the
 * page's own <style> does not name, and whose digits join the digits
 * beside it, is read as it stands and told (L041 at its first
 * character) in the flow when it holds a digit, in a cell always, its
 * digits joined (22931: the linked sheet may hide the 1; L054 only for
 * two equal copies, html_split_runs). A class the page's <style> hides
 * is left out (L039). */
static void html_class_maybe_hidden(void **state)
{
    (void)state;
    const char *page =
        "<html><head><link rel=\"stylesheet\" href=\"/css/site.css\"><style>.num{font-weight:bold} "
        ".gone{display:none}</style></head><body>\n"
        "<table>\n"
        "<tr><td>a</td><td>2293<span class=\"hidden\">1</span></td><td>5<span class=\"gone\">1</span></td></tr>\n"
        "<tr><td>b</td><td><font class=\"h\">1</font>2293</td><td>22<span id=\"n3\">9</span>3</td></tr>\n"
        "</table>\n"
        "<p>收到申请2293<span class=\"hidden\">1</span>件</p>\n"
        "</body></html>\n";
    char *t = text_of(page, strlen(page), XXGK_INPUT_HTML);
    /* 2293 and one classed digit in a cell: a mark the linked sheet
     * may raise, or hide, or the number's digit: L061, the cell empty */
    assert_string_equal(t, "a\t\t5\nb\t12293\t2293\n收到申请22931件\n");
    free(t);
    xxgk_doc *d = load_bytes("class.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_int_equal(count_diags(d, XXGK_L_CLASSED_TAIL), 1);
    assert_string_equal(diags_at(d, XXGK_L_CLASS_MAYBE_HIDDEN), "4:35 '1'\n"
                                                                "4:72 '9'\n"
                                                                "6:33 '1'\n");
    assert_int_equal(count_diags(d, XXGK_L_SPLIT_RUNS), 0);
    assert_string_equal(diags_at(d, XXGK_L_STYLE_HIDDEN), "3:61 '1'\n");
    xxgk_doc_free(d);
    /* @import in a <style> links a sheet too; so does a <link> after the
     * table (the page is skimmed again with its classes kept) */
    const char *imp = "<style>@import url(a.css);</style><table><tr><td>a</td><td>7<span class=\"x\">12</span></td></tr></table>\n";
    d = load_bytes("import.html", imp, strlen(imp), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_CLASS_MAYBE_HIDDEN), "1:77 '12'\n");
    xxgk_doc_free(d);
    const char *late = "<table><tr><td>a</td><td width=\"9\">7<span class=\"x\" lang=\"en\">12</span></td></tr></table>\n"
                       "<link rel=\"stylesheet\" href=\"a.css\">\n";
    d = load_bytes("late.html", late, strlen(late), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_CLASS_MAYBE_HIDDEN), "1:63 '12'\n");
    xxgk_doc_free(d);
    /* two classed runs that make one number (1 and 2 of 12): one finding,
     * at the first; a run in an element in it (<span class><b>) counts */
    const char *two = "<link rel=\"stylesheet\" href=\"a.css\">\n<p>共<b class=\"n\">1</b><b class=\"n\">2</b>件，"
                      "3<span class=\"x\"><i>4</i></span>项</p>\n";
    d = load_bytes("two.html", two, strlen(two), XXGK_INPUT_HTML, -1);
    assert_string_equal(diags_at(d, XXGK_L_CLASS_MAYBE_HIDDEN), "2:18 '1'\n"
                                                                "2:63 '4'\n");
    xxgk_doc_free(d);
}

/* L041 once per number, at its first classed run, and wherever a run
 * may be: three runs of one number, links in a block of their own (a
 * pager), <ins> and <mark>, a comment before the digit, full-width digits;
 * a class every <style> of the page may name (a ninth too), but not in a
 * comment or under @media print. */
static void html_class_maybe_hidden_runs(void **state)
{
    (void)state;
    const char *link = "<link rel=\"stylesheet\" href=\"a.css\">\n";
    struct {
        const char *body, *want;
    } cases[] = {
        {"<p>共<b class=\"n\">1</b><b class=\"n\">2</b><b class=\"n\">3</b>件</p>\n", "2:18 '1'\n"},
        {"<p>共<b class=\"n\">1</b>2<b class=\"n\">3</b>件</p>\n", "2:18 '1'\n"},
        {"<div><a class=\"p\" href=\"?p=1\">1</a><a class=\"p\" href=\"?p=2\">2</a><a class=\"p\">3</a></div>\n",
         "2:31 '1'\n"},
        {"<p>22<ins class=\"x\">9</ins>3件，7<mark class=\"y\">1</mark>项</p>\n", "2:21 '9'\n2:48 '1'\n"},
        {"<p>7<span class=\"x\"><!-- c -->1</span>项</p>\n", "2:31 '1'\n"},
        {"<p>２２９３<span class=\"x\">１</span>件</p>\n", "2:24 '１'\n"},
        {"<style>/* .x{color:red} */</style><p>7<span class=\"x\">1</span>项</p>\n", "2:55 '1'\n"},
        {"<style>@media print{.x{color:red}}</style><p>7<span class=\"x\">1</span>项</p>\n", "2:63 '1'\n"},
    };
    char page[1024];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snprintf(page, sizeof page, "%s%s", link, cases[i].body);
        xxgk_doc *d = load_bytes("runs.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_string_equal(diags_at(d, XXGK_L_CLASS_MAYBE_HIDDEN), cases[i].want);
        xxgk_doc_free(d);
    }
    /* nine <style> elements, the ninth naming .x: explained, not told */
    size_t n = (size_t)snprintf(page, sizeof page, "%s", link);
    for (int k = 0; k < 8; k++)
        n += (size_t)snprintf(page + n, sizeof page - n, "<style>.a%d{color:red}</style>", k);
    snprintf(page + n, sizeof page - n, "<style>.x{color:red}</style><p>7<span class=\"x\">1</span>项</p>\n");
    xxgk_doc *d = load_bytes("nine.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_int_equal(count_diags(d, XXGK_L_CLASS_MAYBE_HIDDEN), 0);
    xxgk_doc_free(d);
}

/* What L041 must not tell: a classed span around a whole number or a
 * word, a class on the cell itself, a class the page's <style> names (its
 * formatting), Word's own classes, a blank between, a block (a line of
 * its own), a page that links no stylesheet (a print one, an alternate
 * one). */
static void html_class_maybe_hidden_not(void **state)
{
    (void)state;
    const char *body = "<table>\n"
                       "<tr><td>a</td><td><span class=\"x\">2293</span></td><td class=\"y\">2293</td>"
                       "<td><span class=\"num\">22</span>93</td><td><span class=\"SpellE\">22</span>93</td></tr>\n"
                       "<tr><td>b</td><td>2293 <span class=\"x\">1</span></td><td><span class=\"x\">共</span>12</td>"
                       "<td>2293<p class=\"x\">1</p></td></tr>\n"
                       "</table>\n"
                       "<p>共<b class=\"x\">2293</b>件</p>\n";
    const char *heads[] = {"<link rel=\"stylesheet\" href=\"a.css\"><style>.num{color:red}</style>",
                           "<style>.num{color:red}</style>", "<link rel=\"stylesheet\" media=\"print\" href=\"a.css\">",
                           "<link rel=\"alternate stylesheet\" href=\"a.css\">",
                           "<link rel=\"preload\" as=\"style\" href=\"/css/stylesheet.css\">"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head>%s</head><body>\n%s</body></html>\n", heads[i], body);
        xxgk_doc *d = load_bytes("class-not.html", page, strlen(page), XXGK_INPUT_HTML, -1);
        assert_int_equal(count_diags(d, XXGK_L_CLASS_MAYBE_HIDDEN), 0);
        xxgk_doc_free(d);
    }
}

/* The same in whole reports, both templates, and in GB18030: a digit in
 * a span of an unknown class glued after each cell's text, on a page that
 * links a stylesheet, is told at every number (L041), never at a label;
 * without the link nothing is told. The 2021 page's 2293 so split is
 * read as it stands, 22931, its cell flagged, no other cell. */
static void html_class_maybe_hidden_in_reports(void **state)
{
    (void)state;
    const char *pages[] = {"tests/input/pingtan-2019.html", "tests/input/pingtan-2021.html"};
    for (int k = 0; k < 2; k++) {
        size_t n, m;
        char *html = read_source_file(pages[k], &n);
        char *l = replace1(html, "</head>", "<link rel=\"stylesheet\" href=\"/css/zfxxgk.css\"></head>");
        char *a = replace_all(l, "</p></td>", "<span class=\"hide\">1</span></p></td>");
        xxgk_doc *d = load_bytes("class.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
        /* in a cell, digits over the edge of a run of a class the page
         * does not define, differing (2293|1): read joined, L041 (the 1
         * may be a digit the linked sheet hides, or not); a cell of 1
         * reads 1|1, two equal copies: L054, the cell empty */
        int told = count_diags(d, XXGK_L_CLASS_MAYBE_HIDDEN);
        int copies = count_diags(d, XXGK_L_SPLIT_RUNS);
        /* since html8 a number's cell so glued is empty, L061 (a mark a
         * sheet not in the page may raise), never 22931 read */
        int tails = count_diags(d, XXGK_L_CLASSED_TAIL);
        assert_true(tails > 8);
        assert_true(copies < tails);
        xxgk_doc_free(d);
        char *decl = replace1(a, "<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">");
        char *g = convert("GB18030", "UTF-8", decl, strlen(decl), &m);
        d = load_bytes("class-gb.html", g, m, XXGK_INPUT_AUTO, -1);
        assert_int_equal(count_diags(d, XXGK_L_CLASS_MAYBE_HIDDEN), told);
        assert_int_equal(count_diags(d, XXGK_L_SPLIT_RUNS), copies);
        assert_int_equal(count_diags(d, XXGK_L_CLASSED_TAIL), tails);
        xxgk_doc_free(d);
        char *u = replace_all(html, "</p></td>", "<span class=\"hide\">1</span></p></td>");
        d = load_bytes("unlinked.html", u, strlen(u), XXGK_INPUT_AUTO, -1);
        assert_int_equal(count_diags(d, XXGK_L_CLASS_MAYBE_HIDDEN), 0);
        assert_int_equal(count_diags(d, XXGK_L_SPLIT_RUNS), copies);
        assert_int_equal(count_diags(d, XXGK_L_CLASSED_TAIL), tails);
        xxgk_doc_free(d);
        free(u);
        free(g);
        free(decl);
        free(a);
        free(l);
        free(html);
    }
    (void)licensing_cell_told("class.html",
                              "<link rel=\"stylesheet\" href=\"/css/zfxxgk.css\"></head>",
                              ">2293<span class=\"hide\">1</span><", "empty", XXGK_L_CLASSED_TAIL);
    /* runs of one class: one number, L041 */
    (void)licensing_cell_told("class.html",
                              "<link rel=\"stylesheet\" href=\"/css/zfxxgk.css\"></head>",
                              "><span class=\"n\">22</span><span class=\"n\">93</span><", "2293",
                              XXGK_L_CLASS_MAYBE_HIDDEN);
}

/* A page's cell printing a thousands-shaped number with a blank between
 * its groups (2 293, Word's spacerun) in a row no sum covers, that holds
 * exactly its columns only so read, is read as one number, L042 at it
 * (pinned), its cell flagged. Where the row is not known so, as before:
 * a cell merged over two columns (P075: 5 and 181), a row one cell short
 * or a blank cell beside it (P027), no thousands shape (22 93, 0 293:
 * P062), three groups (P006), the same row as text (P062), a blank cell
 * first, last or a rowspan's continuation on the row's line (P062: the
 * values may stand one column off). Full-width digits keep their blank. */
static void html_thousands_blank(void **state)
{
    (void)state;
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    const char *p = "<p style=\"text-indent: 0em;\">";
    char from[512], to[512];
    struct {
        const char *from, *to;
        int code, count;
    } cases[] = {
        {"69", "1 069", XXGK_L_THOUSANDS_BLANK, 1},
        {"665", "1 665", XXGK_L_THOUSANDS_BLANK, 1},
        {"2293", "22 93", XXGK_P_JOIN_UNCHECKED, 1},
        {"2293", "0 293", XXGK_P_JOIN_UNCHECKED, 1},
        {"2293", "1 234 567", XXGK_P_TOO_MANY_VALUES, 1},
        /* full-width digits keep the blank between them, as ASCII ones:
         * never 1665 read silently */
        {"2293", "１ ６６５", XXGK_P_TOO_MANY_VALUES, 1},
        {"2293", "1 ６６５", XXGK_P_TOO_MANY_VALUES, 1},
        {"2293", "１\n６６５", XXGK_P_TOO_MANY_VALUES, 1},
        {"2293", "２２９３", XXGK_P_TOO_MANY_VALUES, 0},
        /* a footnote mark after it is its cell's text, no blank cell */
        {"2293", "1 665<sup>1</sup>", XXGK_L_THOUSANDS_BLANK, 1},
    };
    char buf[64];
    char *a = replace1(html, ">2293<", ">2 293<");
    xxgk_doc *d = load_bytes("th.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    assert_string_equal(diags_at(d, XXGK_L_THOUSANDS_BLANK),
                        "4:3582 the blank is a thousands separator (the file's own cell, one column wide; so read, "
                        "the row holds exactly its 1 column(s), each a number)\n");
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf), "2293");
    assert_true(cell_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, XXGK_L_THOUSANDS_BLANK));
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    xxgk_doc_free(d);
    free(a);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snprintf(from, sizeof from, "%s%s<", p, cases[i].from);
        snprintf(to, sizeof to, "%s%s<", p, cases[i].to);
        a = replace1(html, from, to);
        d = load_bytes("th.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
        assert_int_equal(count_diags(d, cases[i].code), cases[i].count);
        if (cases[i].code != XXGK_L_THOUSANDS_BLANK)
            assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 0);
        xxgk_doc_free(d);
        free(a);
    }
    /* the 行政规范性文件 row: 69 | 3 | 665 */
    const char *row = "<td valign=\"center\"><p style=\"text-indent: 0em;\">69</p></td><td valign=\"center\"><p "
                      "style=\"text-indent: 0em;\">3</p></td><td valign=\"center\"><p style=\"text-indent: "
                      "0em;\">665</p></td>";
    const char *rows[] = {
        /* merged over two columns the header keeps apart: P075 */
        "<td valign=\"center\"><p>69</p></td><td colspan=\"2\"><p>5 181</p></td>",
        /* one cell short: P027 */
        "<td valign=\"center\"><p>69</p></td><td><p>1 665</p></td>",
        /* a blank cell beside it: P027 */
        "<td valign=\"center\"><p>69</p></td><td><p>1 665</p></td><td></td>",
        /* a blank cell first, the row one value over: P062, never 69 as 废止 */
        "<td></td><td>69</td><td>1 069</td><td>665</td>",
        "<td>&nbsp;</td><td>69</td><td>1 069</td><td>665</td>",
        "<td> &nbsp; </td><td>69</td><td>1 069</td><td>665</td>",
        /* a blank cell last */
        "<td>69</td><td>3</td><td>1 665</td><td></td>",
        "<td>69</td><td>3</td><td>1 665</td><td>&nbsp;</td>",
    };
    int codes[] = {XXGK_P_SPREAD_CELL, XXGK_P_CELL_TWO_NUMBERS, XXGK_P_CELL_TWO_NUMBERS, XXGK_P_JOIN_UNCHECKED,
                   XXGK_P_JOIN_UNCHECKED, XXGK_P_JOIN_UNCHECKED, XXGK_P_JOIN_UNCHECKED, XXGK_P_JOIN_UNCHECKED};
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        a = replace1(html, row, rows[i]);
        d = load_bytes("th-row.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
        assert_int_equal(count_diags(d, codes[i]), 1);
        assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 0);
        xxgk_doc_free(d);
        free(a);
    }
    /* the blank first cell a rowspan of the row above continues: P062 */
    const char *rules = "<td valign=\"center\"><p style=\"text-indent: 0em;\">规章</p></td><td valign=\"center\"><p "
                        "style=\"text-indent: 0em;\">0</p></td>";
    char *r = replace1(html, rules, "<td>规章</td><td rowspan=\"2\"></td>");
    a = replace1(r, row, "<td>69</td><td>1 069</td><td>665</td>");
    d = load_bytes("th-span.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_P_JOIN_UNCHECKED), 1);
    assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 0);
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_REPEALED, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
    free(a);
    free(r);
    /* a rowspan that ends before the row: the row's own four cells, L042 */
    r = replace1(html, rules, "<td>规章</td><td>0</td>");
    a = replace1(r, row, "<td>69</td><td>1 069</td><td>665</td>");
    d = load_bytes("th-nospan.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 1);
    assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_NORMATIVE_DOCS, XXGK_C_REPEALED, buf, sizeof buf),
                        "1069");
    xxgk_doc_free(d);
    free(a);
    free(r);
    const char *txt = "平潭综合实验区2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
                      "信息内容\t本年处理决定数量\n行政许可\t2 293\n";
    d = load_bytes("th.txt", txt, strlen(txt), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_P_JOIN_UNCHECKED), 1);
    assert_int_equal(count_diags(d, XXGK_L_THOUSANDS_BLANK), 0);
    xxgk_doc_free(d);
    free(html);
}

/* The same in whole reports, both templates, and in GBK: a digit a
 * class hides glued after each number leaves every cell the text twin's
 * (L039 at each, no error); a cell the sheet hides is empty, L039 in
 * its export flags; white text by a class on a dark table is read. */
static void html_style_sheet_in_reports(void **state)
{
    (void)state;
    const char *pages[] = {"tests/input/pingtan-2019.html", "tests/input/pingtan-2021.html"};
    const char *twins[] = {"corpus/pingtan-2019.txt", "corpus/pingtan-2021.txt"};
    for (int k = 0; k < 2; k++) {
        size_t n, m;
        char *html = read_source_file(pages[k], &n);
        xxgk_doc *twin = parse_file(twins[k]);
        char *ct = cells_of(twin);
        char *sheet = replace1(html, "</head>", "<style>p.MsoNormal{font-size:10.5pt}</style>\n"
                                                "<style type=\"text/css\">.x9 , .hid{ display : none }</style></head>");
        char *w = replace_all(sheet, "</p></td>", "<span class=\"hid\">9</span></p></td>");
        xxgk_doc *d = load_bytes("sheet.html", w, strlen(w), XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_true(count_diags(d, XXGK_L_STYLE_HIDDEN) > 8);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        /* the same in GBK */
        char *decl = replace1(w, "<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
        char *g = convert("GBK", "UTF-8", decl, strlen(decl), &m);
        d = load_bytes("sheet-gbk.html", g, m, XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_true(count_diags(d, XXGK_L_STYLE_HIDDEN) > 8);
        free(cd);
        xxgk_doc_free(d);
        free(g);
        free(decl);
        /* white text by a class on a dark table is read */
        char *wcls = replace1(html, "</head>", "<style>.w{color:white}</style></head>");
        char *dark = replace_all(wcls, "<table", "<table bgcolor=\"#1f4e79\" class=\"w\"");
        free(wcls);
        d = load_bytes("dark.html", dark, strlen(dark), XXGK_INPUT_AUTO, -1);
        cd = cells_of(d);
        assert_string_equal(strchr(cd, '\n'), strchr(ct, '\n'));
        assert_int_equal(count_diags(d, XXGK_L_UNSEEN_TEXT), 0);
        free(cd);
        xxgk_doc_free(d);
        free(dark);
        free(w);
        free(sheet);
        free(ct);
        xxgk_doc_free(twin);
        free(html);
    }
    /* a number the sheet hides: its cell empty, flagged, L039 at its
     * <td>; the row's other cells are read */
    assert_int_equal(licensing_cell_told("sheet.html",
                                         "<style>#n{display:none}</style></head>",
                                         "><span id=\"n\">2293</span><", "empty", XXGK_L_STYLE_HIDDEN), 0);
}

/* A report's text as a minimal .docx (tests/input/text_docx.py: a cell
 * starting with '<' is WordprocessingML as it is); the file's bytes, NULL
 * when python3 is missing. */
static char *docx_of_text_parts(const char *text, const char *parts, const char *name, size_t *n)
{
    char src[256], out[256], extra[256], cmd[1400];
    snprintf(src, sizeof src, "%s/%s.txt", XXGK_BINARY_DIR, name);
    snprintf(out, sizeof out, "%s/%s.docx", XXGK_BINARY_DIR, name);
    snprintf(extra, sizeof extra, "%s/%s.parts", XXGK_BINARY_DIR, name);
    FILE *f = fopen(src, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    if (parts) {
        f = fopen(extra, "w");
        assert_non_null(f);
        fputs(parts, f);
        fclose(f);
    }
    snprintf(cmd, sizeof cmd, "python3 %s/tests/input/text_docx.py %s %s %s", XXGK_SOURCE_DIR, src, out,
             parts ? extra : "");
    if (generator_failed(cmd))
        return NULL;
    f = fopen(out, "rb");
    assert_non_null(f);
    char *b = malloc(1 << 20);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

static char *docx_of_text(const char *text, const char *name, size_t *n)
{
    return docx_of_text_parts(text, NULL, name, n);
}

/* TEXT (freed here) as a minimal .docx named NAME, parsed as PATH; the
 * file's bytes in *BYTES, the caller's to free. NULL when python3 is
 * missing: the caller skips. */
static xxgk_doc *load_docx_of_text(char *text, const char *name, const char *path, char **bytes)
{
    size_t m;
    *bytes = docx_of_text(text, name, &m);
    free(text);
    return *bytes ? load_bytes(path, *bytes, m, XXGK_INPUT_AUTO, -1) : NULL;
}

/* Word shows a field's result, never its code: text between a w:fldChar
 * begin and its separate (or its end, when it has no result) is not read,
 * nor a nested field's result inside an outer field's code ({ = { REF a }
 * + 1 }: the inner result 5 stands in the code as w:t), nor text typed
 * into a code as w:t; a field that opens in one paragraph hides nothing
 * of the next. Base: 787 read 787787, 69 read 569, 3 read 13. */
#define FB "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
#define FS "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
#define FE "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
#define FI(x) "<w:r><w:instrText xml:space=\"preserve\">" x "</w:instrText></w:r>"
#define FT(x) "<w:r><w:t>" x "</w:t></w:r>"
static void docx_field_code_not_read(void **state)
{
    (void)state;
    size_t m;
    char *b = docx_of_text("行政事业性收费\t" FB FI(" IF 1 = 1 \"") FT("787") FI("\" \"0\" ") FS FT("787") FE "\n"
                           "行政许可\t" FB FI(" = ") FB FI(" REF a ") FS FT("5") FE FI(" + 64 ") FS FT("69") FE "\n"
                           "行政处罚\t" FB FT("1") FI(" XE \"x\" ") FE FT("3") "\n"
                           "行政强制\t" FB FI(" SET a ") FT("9") "\n"
                           "行政征收\t" FT("4") FB FI(" PAGE ") FS FT("2") FE FT("2") "\n"
                           "合计\t" FB FI(" = ") FB FI(" REF b ") FS FB FI(" REF c ") FS FT("8") FE FE FS FT("7") FE "\n",
                           "fields", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政事业性收费\t787\n行政许可\t69\n行政处罚\t3\n行政强制\t\n行政征收\t422\n合计\t7\n");
    free(t);
    free(b);
    /* a field left open in a paragraph hides nothing of the next */
    b = docx_of_text("<w:p>" FB FI(" TC ") FT("目录") "</w:p>\n行政许可\t12\n", "fields-open", &m);
    assert_non_null(b);
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "\n行政许可\t12\n");
    free(t);
    free(b);
}
#undef FB
#undef FS
#undef FE
#undef FI
#undef FT

/* What Word's final view shows of a table: a row deleted with tracked
 * changes (w:trPr/w:del) is no row and a deleted cell (w:tcPr/w:cellDel)
 * takes no column (base: an empty cell before 69, P006); a TAB or a line
 * break written as a character in w:t is a space in a cell (base: 6\t9
 * two cells, 行政\n许可 two lines), a TAB outside one; a w:sym is its
 * character, or U+FFFD for a symbol font's glyph (base: dropped, 787 read
 * 87). */
static void docx_final_view_characters(void **state)
{
    (void)state;
    size_t m;
    char *b = docx_of_text("信息内容\t本年新制作数量\n"
                           "<w:tc><w:tcPr><w:cellDel w:id=\"1\" w:author=\"a\" w:date=\"2022-01-01T00:00:00Z\"/></w:tcPr>"
                           "<w:p><w:del w:id=\"2\" w:author=\"a\" w:date=\"2022-01-01T00:00:00Z\"><w:r><w:delText>5"
                           "</w:delText></w:r></w:del></w:p></w:tc>\t行政许可\t69\n"
                           "行政处罚\t<w:r><w:t xml:space=\"preserve\">6&#9;9</w:t></w:r>\n"
                           "<w:r><w:t xml:space=\"preserve\">行政&#10;强制&#13;&#10;</w:t></w:r>\t<w:r><w:t>4</w:t></w:r>\n"
                           "行政征收\t<w:r><w:sym w:font=\"宋体\" w:char=\"0037\"/></w:r><w:r><w:t>87</w:t></w:r>\n"
                           "行政裁决\t<w:r><w:sym w:font=\"Wingdings\" w:char=\"F031\"/><w:t>2</w:t></w:r>\n"
                           "<w:r><w:t xml:space=\"preserve\">前&#9;后&#10;末</w:t></w:r>\n",
                           "final-view", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "信息内容\t本年新制作数量\n行政许可\t69\n行政处罚\t6 9\n行政 强制\t4\n行政征收\t787\n"
                           "行政裁决\t\xEF\xBF\xBD" "2\n前\t后 末\n");
    free(t);
    free(b);
    /* a tracked deleted row between two rows */
    b = docx_of_text("<w:p></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t>"
                     "</w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:del w:id=\"3\" w:author=\"a\" w:date=\"2022-01-01T00:00:00Z\"/>"
                     "</w:trPr><w:tc><w:p><w:del w:id=\"4\" w:author=\"a\" w:date=\"2022-01-01T00:00:00Z\"><w:r><w:delText>"
                     "旧行</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>行政处罚"
                     "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n",
                     "row-del", &m);
    assert_non_null(b);
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "\n行政许可\t1\n行政处罚\t2\n");
    free(t);
    free(b);
}

/* Table 二 as one Word table (clause captions as merged rows, each
 * clause's header under it), rows [0, cut] of it, the gap, then the first
 * head rows again and the rest: a .docx table cut by its author at a page
 * (tests/input/text_docx.py: a line starting <w:p> written as it is). */
#define TC(x) "<w:tc><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
#define TCS(n, x) "<w:tc><w:tcPr><w:gridSpan w:val=\"" #n "\"/></w:tcPr><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
static char *docx_table_two_in(int cut, int head, const char *gap, const char *after)
{
    static const char *const rows[] = {
        TCS(4, "第二十条第（一）项"), TC("信息内容") TC("本年制发件数") TC("本年废止件数") TC("现行有效件数"),
        TC("规章") TC("0") TC("0") TC("0"), TC("行政规范性文件") TC("69") TC("3") TC("665"),
        TCS(4, "第二十条第（五）项"), TC("信息内容") TCS(3, "本年处理决定数量"), TC("行政许可") TCS(3, "2293"),
        TCS(4, "第二十条第（六）项"), TC("信息内容") TCS(3, "本年处理决定数量"), TC("行政处罚") TCS(3, "1282"),
        TC("行政强制") TCS(3, "42"), TCS(4, "第二十条第（八）项"), TC("信息内容") TCS(3, "本年收费金额（单位：万元）"),
        TC("行政事业性收费") TCS(3, "24252.311082")};
    const int n = (int)(sizeof rows / sizeof *rows);
    char *out = NULL;
    size_t len;
    FILE *f = open_memstream(&out, &len);
    fputs("二、主动公开政府信息情况\n<w:p></w:p><w:tbl>", f);
    for (int i = 0; i < n; i++) {
        if (cut >= 0 && i == cut + 1) {
            fprintf(f, "</w:tbl>%s<w:tbl>", gap);
            for (int k = 0; k < head; k++)
                fprintf(f, "<w:tr>%s</w:tr>", rows[k]);
        }
        fprintf(f, "<w:tr>%s</w:tr>", rows[i]);
    }
    fprintf(f, "</w:tbl>%s\n三、收到和处理政府信息公开申请情况\n", after);
    fclose(f);
    return out;
}

static char *docx_table_two(int cut, int head, const char *gap)
{
    return docx_table_two_in(cut, head, gap, "");
}

/* A Word table cut in two w:tbl whose second repeats the table's first
 * rows (its caption, its header) is one table, as HTML's (grid_continues):
 * the gap blank, a page break or a continuation caption (（续表）, 續表).
 * Base: the continuation's rows stood under clause (一)'s header, P018
 * and their numbers withheld. Must-not: a heading between parts them. */
static void docx_table_split_in_two(void **state)
{
    (void)state;
    char *b;
    xxgk_doc *whole = load_docx_of_text(docx_table_two(-1, 0, ""), "split-whole", "whole.docx", &b);
    if (!whole)
        skip();
    free(b);
    char *want = cells_of(whole);
    assert_non_null(strstr(want, "24252.311082"));
    const struct {
        int cut, head;
        const char *gap;
    } cuts[] = {{5, 2, "<w:p><w:r><w:t>（续表）</w:t></w:r></w:p>"},
                {9, 2, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"},
                {5, 1, "<w:p><w:r><w:t>續表</w:t></w:r></w:p>"},
                {8, 2, "<w:p/>"},
                {10, 1, ""}};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        xxgk_doc *d = load_docx_of_text(docx_table_two(cuts[i].cut, cuts[i].head, cuts[i].gap), "split-cut", "cut.docx", &b);
        xxgk_check(d, NULL);
        char *got = cells_of(d);
        assert_string_equal(got, want);
        assert_int_equal(count_diags(d, XXGK_P_MISSING_COLUMNS), 0);
        assert_int_equal(count_diags(d, XXGK_P_FOREIGN_CLAUSE_ROW), 0);
        free(got);
        xxgk_doc_free(d);
        free(b);
    }
    /* must-not: a heading between (继续 holds 续): two tables, the second
     * header read again */
    size_t m;
    char *text = docx_table_two(5, 2, "<w:p><w:r><w:t>（二）继续深化依申请公开</w:t></w:r></w:p>");
    b = docx_of_text(text, "split-not", &m);
    free(text);
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_non_null(strstr(strstr(t, "继续深化"), "第二十条第（一）项"));
    free(t);
    free(b);
    free(want);
    xxgk_doc_free(whole);
}

/* How many times does the .docx of TEXT (freed here) show the header
 * row 第二十条第（一）项: once when its two parts were read as one table,
 * twice when as two. -1 when python3 is missing. */
static int docx_heads(char *text, const char *name)
{
    size_t m;
    char *b = docx_of_text(text, name, &m);
    free(text);
    if (!b)
        return -1;
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    int n = 0;
    for (const char *p = t; (p = strstr(p, "第二十条第（一）项")) != NULL; p++)
        n++;
    free(t);
    free(b);
    return n;
}

#define WP(x) "<w:p><w:r><w:t>" x "</w:t></w:r></w:p>"
/* Which two w:tbl of a .docx join (table_cont, continued_rows): two of
 * one parent with a blank gap or a continuation caption, a numbered one
 * only naming the table continued (表二（续） after 二、…: the section's
 * number, table 二's); never across a layout table between them (a
 * one-column table: the reset of the tail, its blank text no part), nor
 * two tables of different parents (the body's and a content control's).
 * Base of the numbered captions: two tables (表二（续） a P008 row). */
static void docx_table_join_parents(void **state)
{
    (void)state;
    int n = docx_heads(docx_table_two(5, 2, "<w:p/>"), "join-same");
    if (n < 0)
        skip();
    assert_int_equal(n, 1);
    assert_int_equal(docx_heads(docx_table_two(5, 2, WP("表二（续）")), "join-num"), 1);
    assert_int_equal(docx_heads(docx_table_two(5, 2, WP("续表2")), "join-num2"), 1);
    assert_int_equal(docx_heads(docx_table_two(5, 2, WP("【表2續】")), "join-num3"), 1);
    /* another table's number: 表三（续） is not table 二's */
    assert_int_equal(docx_heads(docx_table_two(5, 2, WP("表三（续）")), "join-other"), 2);
    assert_int_equal(docx_heads(docx_table_two(5, 2, WP("续表3")), "join-other2"), 2);
    /* a layout table between, its one cell empty */
    assert_int_equal(docx_heads(docx_table_two(5, 2, "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"), "join-layout"),
                     2);
    /* the second part in a content control: another parent */
    assert_int_equal(docx_heads(docx_table_two_in(5, 2, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), "join-sdt"),
                     2);
}
#undef WP
#undef TC
#undef TCS

/* A field's code may run over the paragraph marks of a cell: { IF { REF
 * x } > 0 ¶ "{ REF y }" } over two paragraphs shows its result 148 only
 * (base of this rule: 9148, the code's second paragraph read as text); its
 * code may hold w:tab, w:br and w:cr (not read); a begin that never leaves
 * its code hides no paragraph after its own (outside tables; in a cell
 * the field is open at the cell's end: the cell empty, L047, see
 * docx_field_open_at_cell_end); a hidden (w:vanish) or
 * struck separate still ends the code (base: the result 108 lost); a
 * ruby guide (w:rt) is not read beside its base. */
#define FB "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
#define FS "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
#define FE "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
#define FI(x) "<w:r><w:instrText xml:space=\"preserve\">" x "</w:instrText></w:r>"
#define FT(x) "<w:r><w:t>" x "</w:t></w:r>"
#define RUBY(rt, base)                                                                                              \
    "<w:r><w:ruby><w:rubyPr><w:hps w:val=\"10\"/></w:rubyPr><w:rt><w:r><w:t>" rt "</w:t></w:r></w:rt>"          \
    "<w:rubyBase><w:r><w:t>" base "</w:t></w:r></w:rubyBase></w:ruby></w:r>"
static void docx_field_over_paragraphs(void **state)
{
    (void)state;
    size_t m;
    char *b = docx_of_text(
        "行政许可\t<w:p>" FB FI(" IF ") FB FI(" REF x ") FS FT("1") FE "</w:p><w:p>" FI(" > 0 \"") FB FI(" REF y ")
            FS FT("9") FE FI("\" ") FS FT("148") FE "</w:p>\n"
        "行政处罚\t<w:p>" FB FI(" QUOTE ") FT("99") "</w:p><w:p>" FT("1") FS FT("108") FE "</w:p>\n"
        "行政强制\t" FB FI(" = ") "<w:r><w:tab/><w:t>5</w:t><w:br/><w:t>6</w:t><w:cr/></w:r>" FS FT("7") FE "\n"
        "行政征收\t<w:p>" FB FI(" SET a ") FT("5") "</w:p><w:p>" FT("12") "</w:p>\n"
        "行政收费\t" FB FI(" =SUM(LEFT) ") "<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            FT("108") FE "\n"
        "行政裁决\t" FB FI(" = 3 ") "<w:r><w:rPr><w:strike/></w:rPr><w:fldChar w:fldCharType=\"separate\"/>"
            "<w:t>8</w:t></w:r>" FT("3") FE "\n"
        "行政确认\t" RUBY("èr", "2") FT("4") "\n"
        "<w:p>" RUBY("3", "（二）") FT("部分公开") "</w:p>\t" RUBY("yī", "1") "\n"
        "<w:p>" FB FI(" QUOTE ") FT("旧") "</w:p>\n"
        "<w:p>" FT("x") FS FT("其他") FE "</w:p>\n",
        "fields-paras", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政许可\t148\n行政处罚\t108\n行政强制\t7\n行政征收\t\n行政收费\t108\n行政裁决\t3\n"
                           "行政确认\t24\n（二）部分公开\t1\n\n其他\n");
    free(t);
    free(b);
}

/* A field still open when its cell ends (no w:fldChar end in the cell:
 * its code never left, or its result never closed; in a paragraph of the
 * cell or in a text box of it, inline or anchored) leaves the cell's text
 * unreadable: where the code or the result stops is unknown. The cell is
 * read as empty, L047 (error) at it quoting the field's code (an empty
 * cell: at the TAB before it), never a guess (base: 12 after a SET whose
 * code never ends, 108 of a result never closed, 512 of a box's result
 * run on in the host). A field left open in a paragraph outside tables
 * hides nothing of the next (as before), and an inline text box is a
 * story of its own: a field it leaves open does not hide the host's text
 * after it (base: 行政 only), nor does a field of the host reach into it. */
static void docx_field_open_at_cell_end(void **state)
{
    (void)state;
#define BOXI(x) "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"          \
                "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"    \
                "main\"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p>" x "</w:p>"                           \
                "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
#define BOXA(x) "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"position:absolute\">"    \
                "<v:textbox><w:txbxContent><w:p>" x "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    size_t m;
    char *b = docx_of_text(
        "行政许可\t" FB FI(" =SUM(LEFT) ") FS FT("108") "\n"                                  /* result never closed */
        "行政处罚\t" FT("4") FB FI(" SET a ") FT("9") "\n"                                     /* code never left */
        "行政强制\t<w:p>" FB FI(" SET b ") FT("5") "</w:p><w:p>" FT("12") "</w:p>\n"          /* over a paragraph */
        "行政征收\t" FB FI(" = ") FB FI(" REF a ") FS FT("5") FI(" + 1 ") FS FT("69") FE "\n" /* inner closes, outer not */
        "行政收费\t" BOXI(FB FI(" QUOTE ") FS FT("5")) FT("12") FE "\n"                        /* an inline box's */
        "行政裁决\t" FT("7") BOXA(FB FI(" PAGE ")) "\n"                   /* an anchored box's by a number: L047 */
        "行政确认\t" FB FI(" = 2 ") FS FT("2") FE "\t" FB FI(" =SUM(LEFT) ") FS FT("33") "\n"  /* the second cell */
        "其他\t" FB FI(" =SUM(LEFT) ") FS FT("108") FE "\n"                                    /* closed: read */
        "<w:p>" FT("行政") BOXI(FB FI(" SET c ")) FT("许可") "</w:p>\n"
        "<w:p>" FT("前") FB FI(" TC ") FT("后") "</w:p>\n"
        "行政复议\t" FB FI(" = 1 ") FS FT("7") BOXI(FE FT("5")) FT("8") FE "\n",
        "fields-open", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政许可\t\n行政处罚\t\n行政强制\t\n行政征收\t\n行政收费\t\n行政裁决\t\n行政确认\t2\t\n"
                           "其他\t108\n行政许可\n前\n行政复议\t758\n");
    free(t);
    xxgk_doc *d = load_bytes("fields-open.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at[][2] = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}, {6, 5}, {7, 7}};
    assert_diags_at(d, XXGK_L_FIELD_OPEN, at, 7);
    assert_diags_at(d, XXGK_L_BOX_FIELD_OPEN, NULL, 0);
    char msg[512];
    diag_message_of(d, XXGK_L_FIELD_OPEN, msg, sizeof msg);
    assert_non_null(strstr(msg, "'=SUM(LEFT)'"));
    xxgk_doc_free(d);
    free(b);
#undef BOXI
#undef BOXA
}

/* A text box anchored in a cell is a story of its own: a field it leaves
 * open costs the box's text, never the cell's own. The box is not read,
 * the cell's text is when it is words (a label's: its row's numbers
 * read), L049 (warning) at the cell quoting the field's code; a cell with
 * a digit or nothing of its own may have its number in the box: empty,
 * L047 (review of fixdocx3: 6 and a box of 3 read 6 on a warning). Base
 * (s42): the cell read as empty, L047: a label cell's row lost (P013,
 * P015). A box whose field closes is read as before (a block of the
 * cell); an inline box is in the line: its field left open still empties
 * the cell (L047). */
static void docx_field_open_in_anchored_box(void **state)
{
    (void)state;
#define BOXA(x) "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"position:absolute\">"    \
                "<v:textbox><w:txbxContent><w:p>" x "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
#define BOXW(x) "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"          \
                "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"    \
                "main\"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p>" x "</w:p>"                           \
                "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
#define BOXI(x) "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"          \
                "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"    \
                "main\"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p>" x "</w:p>"                           \
                "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    size_t m;
    char *b = docx_of_text(
        FT("行政许可") BOXA(FT("注") FB FI(" X ") FS FT("1")) "\t148\n"        /* label: the row read */
        FT("行政处罚") BOXW(FB FI(" SET a ") FT("9")) "\t23\n"                /* wp:anchor, code never left */
        "行政强制\t" FT("5") BOXW(FB FI(" =SUM(LEFT) ") FS FT("12")) "\n"      /* number cell: empty, L047 */
        FT("行政征收") BOXA(FT("说明") FB FI(" PAGE ") FS FT("2") FE) "\t7\n"  /* closed: the box read */
        FT("行政收费") BOXI(FB FI(" SET b ")) "\t8\n",                        /* inline: L047 */
        "fields-box", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政许可\t148\n行政处罚\t23\n行政强制\t\n行政征收说明2\t7\n\t8\n");
    free(t);
    xxgk_doc *d = load_bytes("fields-box.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned box_at[][2] = {{1, 1}, {2, 1}};
    assert_diags_at(d, XXGK_L_BOX_FIELD_OPEN, box_at, 2);
    static const unsigned at[][2] = {{3, 5}, {5, 1}};
    assert_diags_at(d, XXGK_L_FIELD_OPEN, at, 2);
    char msg[512];
    diag_message_of(d, XXGK_L_BOX_FIELD_OPEN, msg, sizeof msg);
    assert_non_null(strstr(msg, "'X'"));
    xxgk_doc_free(d);
    free(b);
    /* a number's cell with nothing of its own but a box whose field is
     * left open (its number there): empty, L047, an error as for a field
     * open in the cell; a cell whose own field is open too quotes its own
     * code, not the box's */
    b = docx_of_text("行政许可\t" BOXW(FB FI(" =6+57 ") FS FT("63")) "\n"
                     "行政处罚\t" FB FI(" SET cellcode ") BOXW(FB FI(" BOXCODE ")) "\n",
                     "fields-box2", &m);
    if (!b)
        skip();
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政许可\t\n行政处罚\t\n");
    free(t);
    d = load_bytes("fields-box2.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at2[][2] = {{1, 5}, {2, 5}};
    assert_diags_at(d, XXGK_L_FIELD_OPEN, at2, 2);
    assert_diags_at(d, XXGK_L_BOX_FIELD_OPEN, NULL, 0);
    const char *own = NULL;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        if ((int)g->code == XXGK_L_FIELD_OPEN && diag_pos(d, g).line == 2)
            own = g->msg;
    assert_non_null(own);
    assert_non_null(strstr(own, "'SET cellcode'"));
    assert_null(strstr(own, "BOXCODE"));
    xxgk_doc_free(d);
    free(b);
#undef BOXA
#undef BOXW
#undef BOXI
}

/* A text box leading its paragraph in the body (Word and WPS anchor an
 * inline box at the paragraph's start, before a heading's own text): the
 * box's paragraphs and the paragraph's own text are lines of their own,
 * in the document's order, so the heading starts its line (base:
 * （单位：件）三、收到… one line, read as prose, the section lost). Two
 * boxes are two lines; a VML box (WPS) and a DrawingML one alike; a list
 * label goes before the paragraph's own text, not the box's. Must-nots:
 * a box after the text or amid it stays in the line (共64件), and so does
 * one after a soft break (base of this branch: 70 and 件，办结69件。 on
 * lines of their own, the count split from its unit), a blank box adds
 * no line, a box in a cell stays in the cell's line. The lines keep
 * their places: L044 of the paragraph after them at its own line. */
static void docx_box_leads_heading(void **state)
{
    (void)state;
#define BOXI(x) "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"          \
                "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"    \
                "main\"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" x                                         \
                "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
#define BOXV(x) "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:60pt\">"           \
                "<v:textbox><w:txbxContent>" x "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
#define P1(x) "<w:p>" FT(x) "</w:p>"
#define PLC "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle "              \
            "w:val=\"PlaceholderText\"/></w:rPr><w:t>单击此处</w:t></w:r></w:sdtContent></w:sdt>"
    size_t m;
    char *b = docx_of_text(
        "<w:p>" BOXI(P1("（单位：件）")) FT("三、收到和处理政府信息公开申请情况") "</w:p>\n"
        "<w:p>" BOXV(P1("平潭综合实验区") P1("政务公开")) FT("一、總體情況") "</w:p>\n"
        "<w:p>" BOXI(P1("注")) BOXV(P1("附件")) FT(" 四、政府信息公开行政复议、行政诉讼情况") "</w:p>\n"
        "<w:p>" FT("五、存在的主要问题及改进情况") BOXI(P1("- 3 -")) "</w:p>\n"
        "<w:p>" FT("共收到") BOXI(P1("64")) FT("件") "</w:p>\n"
        "<w:p>" FT("本年度共收到申请") "<w:r><w:br/></w:r>" BOXI(P1("70")) FT("件，办结69件。") "</w:p>\n"
        "<w:p>" BOXI("<w:p/>") FT("六、其他需要报告的事项") "</w:p>\n"
        "行政许可\t<w:p>" BOXI(P1("5")) FT("12") "</w:p>\n"
        "<w:p>" FT("日期：") PLC "</w:p>\n",
        "box-leads", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "（单位：件）\n三、收到和处理政府信息公开申请情况\n平潭综合实验区\n政务公开\n一、總體情況\n"
                           "注\n附件\n 四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况- 3 -\n"
                           "共收到64件\n本年度共收到申请\n70件，办结69件。\n六、其他需要报告的事项\n行政许可\t512\n日期：\n");
    free(t);
    xxgk_doc *d = load_bytes("box-leads.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at[][2] = {{15, 1}};
    assert_diags_at(d, XXGK_L_PLACEHOLDER, at, 1);
    xxgk_doc_free(d);
    free(b);
    /* automatic numbering: the label leads the paragraph's own text */
    b = docx_of_text_parts("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr>" BOXI(
                               P1("（单位：件）")) FT("收到和处理政府信息公开申请情况") "</w:p>\n",
                           "word/numbering.xml\t<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/>"
                           "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/>"
                           "</w:lvl></w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>\n",
                           "box-leads-num", &m);
    if (!b)
        skip();
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "（单位：件）\n三、收到和处理政府信息公开申请情况\n");
    free(t);
    free(b);
#undef PLC
#undef P1
#undef BOXV
#undef BOXI
}

/* A paragraph mark deleted or moved away (a tracked change: w:pPr/w:rPr/
 * w:del, w:moveFrom) joins its paragraph to the next, as Word shows them:
 * 1 ¶(deleted) 08 in a cell is 108 (base: 1 / 08, L037, empty), a label
 * over three paragraphs one label; an inserted or moved-in mark (w:ins,
 * w:moveTo) stays a break (L037), as does a cell's last paragraph or one
 * before a table. In the body a line; a list item whose text and mark are
 * deleted vanishes, the next keeping its own label; a paragraph joined to
 * the one before has no label of its own and is not counted. */
#define TRK "w:id=\"9\" w:author=\"a\" w:date=\"2020-01-01T00:00:00Z\""
#define PM(kind, x) "<w:p><w:pPr><w:rPr><w:" kind " " TRK "/></w:rPr></w:pPr>" x "</w:p>"
#define PN(kind, x) "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>" kind "</w:pPr>" x "</w:p>"
#define MK(kind) "<w:rPr><w:" kind " " TRK "/></w:rPr>"
#define DT(x) "<w:del " TRK "><w:r><w:delText>" x "</w:delText></w:r></w:del>"
#define SDT(x) "<w:sdt><w:sdtPr><w:id w:val=\"5\"/></w:sdtPr><w:sdtContent>" x "</w:sdtContent></w:sdt>"
static void docx_deleted_paragraph_mark(void **state)
{
    (void)state;
    size_t m;
    char *b = docx_of_text(
        "行政许可\t" PM("del", FT("1")) "<w:p>" FT("08") "</w:p>\n"                     /* 108 */
        "行政处罚\t" PM("moveFrom", FT("2")) "<w:bookmarkStart w:id=\"1\" w:name=\"b\"/><w:p>" FT("3") "</w:p>\n"
        PM("del", FT("行政")) PM("del", FT("强")) "<w:p>" FT("制") "</w:p>\t5\n"       /* one label */
        "行政征收\t" PM("ins", FT("6")) "<w:p>" FT("7") "</w:p>\n"                      /* L037 */
        "行政收费\t" PM("moveTo", FT("8")) "<w:p>" FT("9") "</w:p>\n"                   /* L037 */
        "行政确认\t<w:p>" FT("1") "</w:p>" PM("del", FT("2")) "\n"                      /* last: L037 */
        "行政裁决\t" PM("del", DT("99")) "<w:p>" FT("4") "</w:p>\n"                      /* old deleted */
        PM("del", FT("三、收到和处理")) "<w:p>" FT("政府信息公开申请情况") "</w:p>\n"
        PM("del", FT("正文")) "\n"                                               /* before a table */
        "其他\t1\n",
        "mark-deleted", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "行政许可\t108\n行政处罚\t23\n行政强制\t5\n行政征收\t\n行政收费\t\n行政确认\t\n"
                           "行政裁决\t4\n三、收到和处理政府信息公开申请情况\n正文\n其他\t1\n");
    free(t);
    xxgk_doc *d = load_bytes("mark-deleted.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at[][2] = {{4, 5}, {5, 5}, {6, 5}};
    assert_diags_at(d, XXGK_L_NUMBERS_ON_LINES, at, 3);
    xxgk_doc_free(d);
    free(b);
    /* numbered paragraphs: the joined line keeps the first's label, the
     * next is not counted; a list item deleted whole (its text and mark)
     * vanishes: the plain paragraph after it has no label, the next item
     * counts on from the last shown */
    b = docx_of_text_parts(PN("", FT("一")) PN(MK("del"), FT("甲")) PN("", FT("乙")) PN("", FT("丙"))
                           PN(MK("del"), DT("丁")) "<w:p>" FT("正文") "</w:p>" PN("", FT("戊")) "\n",
                           "word/numbering.xml\t<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                           "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>\n",
                           "mark-deleted-num", &m);
    if (!b)
        skip();
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "1. 一\n2. 甲乙\n3. 丙\n正文\n4. 戊\n");
    free(t);
    free(b);
    /* a list item deleted whole vanishes whatever follows it: a table, a
     * content control, or nothing (the last paragraph of a content
     * control's): the item after it keeps its number (base: an empty 二、
     * before the table, and 乙 read 三、, 丙 五、, 丁 六、, 戊 八、) */
    b = docx_of_text_parts(PN("", FT("一")) PN(MK("del"), DT("旧")) "\n行政许可\t5\n"
                           PN("", FT("乙")) PN(MK("del"), DT("旧")) SDT(PN("", FT("丙")))
                           SDT(PN("", FT("丁")) PN(MK("del"), DT("旧"))) PN("", FT("戊")) "\n",
                           "word/numbering.xml\t<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/>"
                           "</w:lvl></w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>\n",
                           "mark-deleted-num-block", &m);
    if (!b)
        skip();
    t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "一、一\n\n行政许可\t5\n二、乙\n\n三、丙\n四、丁\n\n五、戊\n");
    free(t);
    free(b);
}
#undef TRK
#undef PM
#undef PN
#undef MK
#undef DT
#undef SDT

/* A w:sym as Word shows it: the Symbol font's digits and signs are
 * characters (its 1 then 08 is 108, its minus a minus: base U+FFFD); a
 * picture font's glyph (Wingdings) leading a heading or a label is a
 * bullet, not read, as is Symbol's bullet F0B7 (base: U+FFFD, the heading
 * and its table lost); alone
 * in its paragraph, before a digit or inside a number it is U+FFFD, as is
 * Wingdings' low code 0030 (an icon, never 0: base read 0); a C1 control
 * or a non-character is U+FFFD. */
#define SYM(font, c) "<w:r><w:sym w:font=\"" font "\" w:char=\"" c "\"/></w:r>"
static void docx_symbol_by_font(void **state)
{
    (void)state;
    size_t m;
    char *b = docx_of_text("<w:p>" SYM("Wingdings", "F06E") FT("三、收到和处理政府信息公开申请情况") "</w:p>\n"
                           SYM("Wingdings", "F0D8") FT("行政许可") "\t" SYM("Symbol", "F031") FT("08") "\n"
                           "行政处罚\t" SYM("Symbol", "F02D") FT("5") "\n"
                           "行政强制\t" SYM("Symbol", "0033") SYM("Symbol", "F02E") SYM("Symbol", "F035") "\n"
                           "行政征收\t" SYM("Wingdings", "0030") "\n"
                           "行政收费\t" SYM("Wingdings", "F06E") FT("9") "\n"
                           "行政裁决\t" FT("7") SYM("Wingdings", "F06E") FT("87") "\n"
                           "行政确认\t" FT("1") SYM("SimSun", "0085") SYM("SimSun", "FFFF") "\n"
                           "其他\t" SYM("Symbol", "F061") "\n"
                           "<w:p>" SYM("Symbol", "F0B7") "<w:r><w:tab/></w:r>" FT("四、结转") "</w:p>\n",
                           "sym-font", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "三、收到和处理政府信息公开申请情况\n行政许可\t108\n行政处罚\t\xE2\x88\x92" "5\n行政强制\t3.5\n"
                           "行政征收\t\xEF\xBF\xBD\n行政收费\t\xEF\xBF\xBD" "9\n行政裁决\t7\xEF\xBF\xBD" "87\n"
                           "行政确认\t1\xEF\xBF\xBD\xEF\xBF\xBD\n其他\t\xEF\xBF\xBD\n\t四、结转\n");
    free(t);
    free(b);
}
#undef SYM
#undef RUBY
#undef FB
#undef FS
#undef FE
#undef FI
#undef FT

/* Word's automatic numbering is text the reader sees: the six headings
 * of pingtan-2021 as list paragraphs (numbering.xml, numFmt
 * chineseCounting, lvlText %1、), numbered directly or by their style
 * (styles.xml), read as the .txt's 一、总体情况 … and every cell the
 * .txt's; a heading that types its number too reads it once; a numbering
 * that shows 甲、 (ideographTraditional) is no template numbering: the
 * text says 甲、 as Word does, and the report has no section heading. */
static void docx_automatic_numbering(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    static const char *const heads[] = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
                                        "其他需要报告的事项"};
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六"};
    static const struct {
        const char *fmt, *ppr, *typed; /* numFmt; the paragraph's pPr; the text typed before the title */
        bool styles;
        const char *shown; /* the line `xxgk text` shows for heading 一 */
        int sections;
    } cases[] = {
        {"chineseCounting", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>", "", false,
         "\n一、 总体情况\n", 6},
        {"chineseCountingThousand", "<w:pStyle w:val=\"h1\"/>", "", true, "\n一、 总体情况\n", 6},
        {"chineseCounting", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>", "typed", false,
         "\n一、总体情况\n", 6},
        {"ideographTraditional", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>", "", false,
         "\n甲、 总体情况\n", 0},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        char *cur = strdup(txt);
        for (int i = 0; i < 6; i++) {
            char from[160], to[512];
            snprintf(from, sizeof from, "\n%s、%s\n", cn[i], heads[i]);
            snprintf(to, sizeof to, "\n<w:p><w:pPr>%s</w:pPr><w:r><w:t>%s%s%s</w:t></w:r></w:p>\n", cases[c].ppr,
                     *cases[c].typed ? cn[i] : "", *cases[c].typed ? "、" : "", heads[i]);
            char *next = replace1(cur, from, to);
            free(cur);
            cur = next;
        }
        char parts[1400];
        snprintf(parts, sizeof parts,
                 "word/numbering.xml\t<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                 "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                 "<w:numFmt w:val=\"%s\"/><w:lvlText w:val=\"%%1、\"/></w:lvl></w:abstractNum>"
                 "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>\n"
                 "%s",
                 cases[c].fmt,
                 cases[c].styles ? "word/styles.xml\t<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                   "<w:style w:type=\"paragraph\" w:styleId=\"h0\"><w:pPr><w:numPr><w:numId w:val=\"7\"/>"
                                   "</w:numPr></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"h1\">"
                                   "<w:basedOn w:val=\"h0\"/></w:style></w:styles>\n"
                                 : "");
        size_t m = 0;
        char *b = docx_of_text_parts(cur, parts, "numbering", &m);
        free(cur);
        if (!b) {
            free(txt);
            skip();
        }
        char *text = text_of(b, m, XXGK_INPUT_DOCX);
        assert_non_null(strstr(text, cases[c].shown));
        free(text);
        xxgk_doc *d = load_bytes("numbering.docx", b, m, XXGK_INPUT_AUTO, -1);
        const xxgk_report *r = xxgk_doc_report(d);
        int sections = 0;
        for (const xxgk_section *s = r ? r->sections : NULL; s; s = s->next)
            sections++;
        assert_int_equal(sections, cases[c].sections);
        if (cases[c].sections) {
            xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
            char *cd = cells_of(d), *ct = cells_of(t);
            assert_string_equal(cd, ct);
            assert_int_equal(count_diags(d, XXGK_P_BARE_HEADING), 0);
            free(cd);
            free(ct);
            xxgk_doc_free(t);
        } else {
            assert_int_equal(count_diags(d, XXGK_P_SECTIONS_UNNUMBERED), 1); /* not P020: the titles are there */
        }
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
}

/* A report written as Word writes it by tests/input/word_docx.py, from src
 * (NULL: tests/input/pingtan-2021.html) with the features, into the build
 * folder as name: its bytes (malloc'd), NULL when python3 cannot run. */
static char *word_docx_bytes(const char *src, const char *features, const char *name, size_t *n)
{
    char out[256], in[256], cmd[1024];
    snprintf(out, sizeof out, "%s/%s.docx", XXGK_BINARY_DIR, name);
    snprintf(in, sizeof in, "%s/tests/input/pingtan-2021.html", XXGK_SOURCE_DIR);
    snprintf(cmd, sizeof cmd, "python3 %s/tests/input/word_docx.py %s %s %s", XXGK_SOURCE_DIR, src ? src : in, out,
             features);
    if (generator_failed(cmd))
        return NULL;
    FILE *f = fopen(out, "rb");
    assert_non_null(f);
    char *b = malloc(1 << 20);
    assert_non_null(b);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

/* A report as Word and WPS write it (tests/input/word_docx.py from the
 * article body of pingtan-2021.html, its rowspan/colspan as vMerge and
 * gridSpan): every cell is the .txt's, whatever Word wraps around the
 * text: headings numbered through a list style (w:numStyleLink: the
 * abstractNum has no levels of its own, the list style's list has them;
 * read before, no heading was found numbered and no value was read),
 * table rows and cells inside content controls (w:sdt) or custom XML
 * (read before, every such row or cell was lost), numbers as field
 * results or typed over with tracked changes, WPS's numbering, strict
 * OOXML, every table in an inline text box (read before in the line, its
 * cells run together: 规章000, 行政规范性文件693665). */
static void docx_as_word_writes(void **state)
{
    (void)state;
    static const char *const features[] = {"num-link", "sdt-rows", "sdt-cells", "custom-xml", "num-link sdt-rows wps",
                                           "num-wps strict fields", "num-style tracked split", "num num-cells sdt-runs",
                                           "frame", "frame num sdt-rows", "textbox-table", "textbox-table wps"};
    xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(t);
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-%zu", i);
        size_t m;
        char *b = word_docx_bytes(NULL, features[i], name, &m);
        if (!b) {
            fprintf(stderr, "python3 is missing: skipped\n");
            free(ct);
            xxgk_doc_free(t);
            skip();
        }
        xxgk_doc *d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        if (strcmp(cd, ct) != 0)
            fprintf(stderr, "word_docx.py %s: cells differ\n", features[i]);
        assert_string_equal(cd, ct);
        assert_int_equal(count_cells(d), 200);
        assert_int_equal(count_diags(d, XXGK_P_BARE_HEADING), 0);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(t);
}

/* The frame habit: the whole report (headings, prose, its tables
 * written as lines, a number on a line of its own) in a table of one
 * column, for a border: a one-cell table (frame), every paragraph a row
 * of its own (frame-rows), or a one-cell table with a second row deleted
 * with tracked changes (frame-deleted). A table of one column is a
 * layout table, its cells' paragraphs the body's lines: the cells are the
 * .txt's (read before as one cell of numbers on lines, L037: all 200
 * lost). The report with its tables as tables in such a frame reads so
 * too; the deleted row's 一、总体情况 99 is in no final view (read
 * before as a second section 一, P004). A frame is known by what it
 * holds, not only by one column: with a row of two cells, a signature
 * (frame-sig) or a logo beside a blank cell (frame-logo), or a two-cell row
 * deleted with tracked changes (frame-wide-deleted), its cell holding
 * the report's headings and sentences still makes it a frame (read
 * before as a statistics table: L037, all 200 lost). */
static void docx_frame_one_column(void **state)
{
    (void)state;
    static const struct {
        const char *txt, *features;
        size_t cells;
    } cases[] = {
        {"corpus/beiguan-edu-2023.txt", "frame", 200},
        {"corpus/beiguan-edu-2023.txt", "frame-rows", 200},
        {"corpus/beiguan-edu-2023.txt", "frame-deleted", 200},
        {"corpus/beiguan-edu-2023.txt", "frame-rows num sdt-runs", 200},
        {"corpus/pingtan-2021.txt", "frame-rows", 200},
        {"corpus/pingtan-2021.txt", "frame-deleted", 200},
        {"corpus/pingtan-2021.txt", "frame-rows tracked", 200},
        {"corpus/beiguan-edu-2023.txt", "frame frame-sig", 200},
        {"corpus/beiguan-edu-2023.txt", "frame frame-logo", 200},
        {"corpus/beiguan-edu-2023.txt", "frame frame-logo frame-sig", 200},
        {"corpus/beiguan-edu-2023.txt", "frame frame-wide-deleted", 200},
        {"corpus/beiguan-edu-2023.txt", "frame-rows frame-sig", 200},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char src[512], name[64];
        snprintf(src, sizeof src, "%s/%s", XXGK_SOURCE_DIR, cases[i].txt);
        snprintf(name, sizeof name, "frame-%zu", i);
        size_t m;
        char *b = word_docx_bytes(src, cases[i].features, name, &m);
        if (!b) {
            fprintf(stderr, "python3 is missing: skipped\n");
            skip();
        }
        xxgk_doc *t = parse_file(cases[i].txt);
        char *ct = cells_of(t);
        xxgk_doc *d = load_bytes("frame.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        if (strcmp(cd, ct) != 0)
            fprintf(stderr, "%s %s: cells differ\n", cases[i].txt, cases[i].features);
        assert_string_equal(cd, ct);
        assert_int_equal(count_cells(d), cases[i].cells);
        assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 0);
        assert_int_equal(count_diags(d, XXGK_P_DUPLICATE_SECTION), 0);
        free(cd);
        free(ct);
        xxgk_doc_free(d);
        xxgk_doc_free(t);
        free(b);
    }
}

/* A frame's rows say what it is: a row of two cells one of which is a
 * number (本年新收政府信息公开申请数量 | 12) is a statistics row, and a
 * table holding one is no frame, whatever its other cell holds: its cell
 * of numbers on lines stays lost, L037 at 1:1, never read as the body's
 * lines (where 12 would go unflagged beside numbers not its row's). */
static void docx_frame_statistics_row(void **state)
{
    (void)state;
    char src[512];
    snprintf(src, sizeof src, "%s/corpus/beiguan-edu-2023.txt", XXGK_SOURCE_DIR);
    size_t m;
    char *b = word_docx_bytes(src, "frame frame-stats", "frame-stats", &m);
    if (!b) {
        fprintf(stderr, "python3 is missing: skipped\n");
        skip();
    }
    xxgk_doc *d = load_bytes("frame.docx", b, m, XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_cells(d), 0);
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), 1);
    xxgk_doc_free(d);
    free(b);
}

/* A statistics table is no frame, whatever its number cells look like
 * (review-word6): the official 2021 template of corpus/pingtan-2021.txt,
 * its zero cells left blank, table 二's numbers written 64（件） (the
 * .docx) or 64 with 件 in a paragraph of its own (the .doc), a merged
 * last row 注： / 一、本表所列数据的统计期限为…。 / 二、…。 under it. The
 * note row is a lone cell holding headings and a sentence; table 二's
 * rows of four cells make the table a statistics table all the same
 * (read before as a frame: its cells lines of the body, 25 P007 and
 * numbers in other columns). Each cell read is the .txt's; none P007. */
static void word_stats_table_with_note_row_no_frame(void **state)
{
    (void)state;
    static const char *const files[] = {"tests/input/word-2021-stats-notes-parenblank.docx",
                                        "tests/input/word-2021-stats-notes-unitblank.doc"};
    xxgk_doc *t = load_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(t);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        xxgk_doc *d = load_file(files[i]);
        char *cd = cells_of(d);
        size_t values = 0;
        for (char *line = strchr(cd, '\n') + 1, *end; *line; line = end + 1) {
            end = strchr(line, '\n');
            *end = '\0';
            if (!strstr(line, ",empty")) {
                values++;
                char want[200];
                snprintf(want, sizeof want, "\n%s\n", line);
                if (!strstr(ct, want))
                    fprintf(stderr, "%s: %s is not the .txt's\n", files[i], line);
                assert_non_null(strstr(ct, want));
            }
        }
        assert_int_equal(values, 52);
        assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 0);
        free(cd);
        xxgk_doc_free(d);
    }
    free(ct);
    xxgk_doc_free(t);
}

/* A table's note row is no report body (review-word6 huaian-2024
 * pb-notes): table 三's header split into Word tables of a caption row,
 * a row of two label cells and a merged note row 注： / 一、本表所列数据
 * 的统计期限为…。 / 二、…。 is read as the table it is, not as a frame
 * whose lines fall into table 三 as stray text (P019 注：, read before). */
static void word_note_row_no_frame(void **state)
{
    (void)state;
    xxgk_doc *d = load_file("tests/input/word-2021-header-table-notes.docx");
    assert_int_equal(count_diags(d, XXGK_P_TEXT_IN_TABLE), 0);
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 2); /* its rows （五）3./4. left blank */
    assert_int_equal(count_cells(d), 186); /* as main reads it */
    xxgk_doc_free(d);
}

/* A w:num's w:lvlOverride numbers its level as it says: the headings
 * from 三、 on in a second list of the same w:abstractNum started at 3,
 * by a w:startOverride or by a whole w:lvl of the override (w:start 3):
 * they read 三、 … 六、 (the w:lvl read before: 一、 … 四、, V301 at 29:1
 * and every later section assigned wrongly); their （一） sub-headings
 * start over under each. Cells are the .txt's. */
static void docx_numbering_override(void **state)
{
    (void)state;
    xxgk_doc *tx = parse_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(tx);
    static const char *const features[] = {"num num-restart-lvl", "num num-restart", "num num-restart-lvl wps strict",
                                           "num num-restart-lvl split sdt-rows"};
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-override-%zu", i);
        size_t m;
        char *b = word_docx_bytes(NULL, features[i], name, &m);
        if (!b) {
            free(ct);
            xxgk_doc_free(tx);
            skip();
        }
        char *t = text_of(b, m, XXGK_INPUT_DOCX);
        assert_non_null(strstr(t, "\n二、 主动公开政府信息情况\n"));
        assert_non_null(strstr(t, "\n三、 收到和处理政府信息公开申请情况\n"));
        assert_non_null(strstr(t, "\n六、 其他需要报告的事项\n"));
        assert_null(strstr(t, "\n一、 收到和处理"));
        free(t);
        xxgk_doc *d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        xxgk_check(d, NULL);
        assert_int_equal(count_diags(d, XXGK_V_SECTION_NUMBER), 0);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(tx);
}

/* The message of the first diagnostic of code into buf ("" when none). */
static void diag_message_of(const xxgk_doc *d, int code, char *buf, size_t cap)
{
    buf[0] = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        if (g->code == code) {
            snprintf(buf, cap, "%s", g->msg);
            return;
        }
}

/* D's findings of CODE are exactly N, in order at AT[k] (line, column). */
static void assert_diags_at(const xxgk_doc *d, int code, const unsigned (*at)[2], size_t n)
{
    size_t k = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if ((int)g->code != code)
            continue;
        assert_true(k < n);
        xxgk_pos p = diag_pos(d, g);
        assert_int_equal(p.line, at[k][0]);
        assert_int_equal(p.col, at[k][1]);
        k++;
    }
    assert_int_equal(k, n);
}

/* A content control showing its placeholder (w:sdt with w:showingPlcHdr
 * on) holds Word's prompt, not the report's text: not read, L044 at its
 * place (a paragraph's start; an empty cell's TAB before it), in a
 * paragraph, a cell, around a cell, as a block; w:showingPlcHdr off
 * (w:val="0") is a filled control, read. A template whose prompt is a 0
 * (word_docx.py placeholder-0) left its cells blank: read before as the
 * number 0, now a blank cell, the cells those of the text with the cells
 * blank. */
static void docx_placeholder_not_read(void **state)
{
    (void)state;
#define PLC(x) "<w:sdt><w:sdtPr><w:showingPlcHdr" x "/></w:sdtPr><w:sdtContent>"
#define PR "<w:r><w:rPr><w:rStyle w:val=\"aa\"/></w:rPr>" /* Word's "Placeholder Text" style */
    const char *text =
        "<w:r><w:t>日期：</w:t></w:r>" PLC("") PR "<w:t>单击或点击此处输入日期。</w:t></w:r></w:sdtContent></w:sdt>\n"
        "行政许可\t" PLC("") PR "<w:t>0</w:t></w:r></w:sdtContent></w:sdt>\n"
        "行政处罚\t<w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc>" PLC(" w:val=\"true\"")
        "<w:tc><w:p>" PR "<w:t>5</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>\n"
        "行政强制\t" PLC(" w:val=\"0\"") "<w:r><w:t>12</w:t></w:r></w:sdtContent></w:sdt>\n"
        "<w:p></w:p>" PLC("") "<w:p>" PR "<w:t>单击或点击此处</w:t></w:r>" PR "<w:tab/><w:t>输入文字。</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>\n"
        /* filled by a form tool that left w:showingPlcHdr on: its run is
         * in no prompt style, the report's own text (review of stop 33) */
        "行政征收\t" PLC("") "<w:r><w:t>3</w:t></w:r></w:sdtContent></w:sdt>\n";
#undef PR
#undef PLC
    size_t m;
    /* a Chinese Word's styles: the prompt's style is aa, named "Placeholder Text" */
    const char *styles = "word/styles.xml\t<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                         "<w:style w:type=\"character\" w:styleId=\"aa\"><w:name w:val=\"Placeholder Text\"/>"
                         "<w:rPr><w:color w:val=\"808080\"/></w:rPr></w:style></w:styles>\n";
    char *b = docx_of_text_parts(text, styles, "placeholder", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "日期：\n行政许可\t\n行政处罚\t7\t\n行政强制\t12\n\n\n行政征收\t3\n");
    free(t);
    xxgk_doc *d = load_bytes("placeholder.docx", b, m, XXGK_INPUT_AUTO, -1);
    /* in order: 1:1 2:5 3:7 6:1 */
    static const unsigned at[][2] = {{1, 1}, {2, 5}, {3, 7}, {6, 1}};
    assert_diags_at(d, XXGK_L_PLACEHOLDER, at, 4);
    char msg[512];
    diag_message_of(d, XXGK_L_PLACEHOLDER, msg, sizeof msg);
    assert_non_null(strstr(msg, "单击或点击此处输入日期。"));
    xxgk_doc_free(d);
    free(b);
    /* pingtan-2021 with two cells left blank, as a form of content
     * controls whose blank cells show the prompt */
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    char *e1 = replace1(txt, "行政规范性文件\t69\t3\t665\n", "行政规范性文件\t69\t\t665\n");
    char *blank = replace1(e1, "二、上年结转政府信息公开申请数量\t0\t", "二、上年结转政府信息公开申请数量\t\t");
    free(e1);
    assert_true(strlen(blank) + 2 == n); /* both cells blanked */
    char src[256];
    snprintf(src, sizeof src, "%s/blank-2021.txt", XXGK_BINARY_DIR);
    FILE *f = fopen(src, "w");
    assert_non_null(f);
    fputs(blank, f);
    fclose(f);
    xxgk_doc *tx = load_bytes("blank.txt", blank, strlen(blank), XXGK_INPUT_TEXT, -1);
    char *ct = cells_of(tx);
    static const char *const features[] = {"placeholder-0", "placeholder", "placeholder-0 wps strict split",
                                           "placeholder-0 sdt-rows", "placeholder frame"};
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-placeholder-%zu", i);
        b = word_docx_bytes(src, features[i], name, &m);
        assert_non_null(b);
        d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        assert_int_equal(count_diags(d, XXGK_L_PLACEHOLDER), 3); /* the date, two cells */
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(tx);
    free(blank);
    free(txt);
}

/* A table inside a table's cell makes the outer one a layout table, as
 * HTML's: its cells' blocks are read as the body's, the inner table's
 * rows are rows; two cells of the inner table are never glued into one
 * number (12 and 34 are not 1234). A w:altChunk, a part of the body
 * imported from another file of the package, that names a part missing
 * from the zip or one that is no page or text (an RTF) is not read: L043
 * at its place in the text, naming the part. */
static void docx_nested_table_and_alt_chunk(void **state)
{
    (void)state;
    size_t m;
    char msg[512];
    char *b = docx_of_text("前\t<w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>12</w:t>"
                           "</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>34</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p>"
                           "<w:r><w:t>5</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6</w:t></w:r></w:p></w:tc></w:tr>"
                           "</w:tbl></w:tc>\n后\n",
                           "nested", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "前\n说明\n12\t34\n5\t6\n后\n");
    free(t);
    free(b);
    /* the report inside a one-cell layout table: docx_as_word_writes (frame) */
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    char *edited = replace1(txt, "一、总体情况\n",
                            "一、总体情况\n<w:p></w:p><w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/"
                            "officeDocument/2006/relationships\" r:id=\"rId9\"/>\n");
    const char *parts = "word/_rels/document.xml.rels\t<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                        "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" Type=\""
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" "
                        "Target=\"../chunk1.htm\"/></Relationships>\n";
    b = docx_of_text_parts(edited, parts, "chunk", &m);
    free(edited);
    assert_non_null(b);
    xxgk_doc *d = load_bytes("chunk.docx", b, m, XXGK_INPUT_AUTO, -1);
    /* line 3 is the empty paragraph; the chunk stands where line 4 starts */
    assert_diag_at(d, XXGK_L_ALT_CHUNK, 4, 1);
    assert_int_equal(count_diags(d, XXGK_L_ALT_CHUNK), 1);
    diag_message_of(d, XXGK_L_ALT_CHUNK, msg, sizeof msg);
    assert_non_null(strstr(msg, "chunk1.htm"));
    xxgk_doc_free(d);
    free(b);
    /* a part that is no page, archive or text (an RTF): not read, L043 */
    edited = replace1(txt, "一、总体情况\n",
                      "一、总体情况\n<w:p></w:p><w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/"
                      "officeDocument/2006/relationships\" r:id=\"rId9\"/>\n");
    const char *rtf = "word/_rels/document.xml.rels\t<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                      "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" Type=\""
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" "
                      "Target=\"chunk1.rtf\"/></Relationships>\nword/chunk1.rtf\t{\\rtf1\\ansi 12}\n";
    b = docx_of_text_parts(edited, rtf, "chunk-rtf", &m);
    free(edited);
    assert_non_null(b);
    d = load_bytes("chunk.docx", b, m, XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_L_ALT_CHUNK, 4, 1);
    assert_int_equal(count_diags(d, XXGK_L_ALT_CHUNK_READ), 0);
    diag_message_of(d, XXGK_L_ALT_CHUNK, msg, sizeof msg);
    assert_non_null(strstr(msg, "word/chunk1.rtf"));
    xxgk_doc_free(d);
    free(b);
    free(txt);
}

/* A w:altChunk whose part is an HTML page (what OA systems write when
 * they turn a page into a .docx) or Word's web archive of one (.mht:
 * MIME, quoted-printable, GB18030 bytes named only in the part's header)
 * is read in at its place, as the page would be read alone: every cell is
 * the .txt's, and a note (L046) at 1:1 names the part. Not read before:
 * the whole report was one L043 error and no cell. */
static void docx_alt_chunk_read_in(void **state)
{
    (void)state;
    xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(t);
    static const char *const features[] = {"altchunk", "altchunk-mht"};
    static const char *const part[] = {"afchunk.htm", "afchunk.mht"};
    char src[512];
    snprintf(src, sizeof src, "%s/corpus/pingtan-2021.txt", XXGK_SOURCE_DIR);
    for (size_t i = 0; i < 2; i++) {
        size_t m;
        char name[32];
        snprintf(name, sizeof name, "as-word-chunk-%zu", i);
        char *b = word_docx_bytes(src, features[i], name, &m);
        if (!b) {
            free(ct);
            xxgk_doc_free(t);
            skip();
        }
        xxgk_doc *d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        assert_int_equal(count_cells(d), 200);
        assert_diag_at(d, XXGK_L_ALT_CHUNK_READ, 1, 1);
        assert_int_equal(count_diags(d, XXGK_L_ALT_CHUNK), 0);
        char msg[512];
        diag_message_of(d, XXGK_L_ALT_CHUNK_READ, msg, sizeof msg);
        assert_non_null(strstr(msg, part[i]));
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(t);
}

/* The line (1-based) of D's text that starts with PREFIX, 0 for none: a
 * generated Word file's paragraphs before a table vary with its features,
 * the row a finding is on does not. */
static int line_starting(const xxgk_doc *d, const char *prefix)
{
    const char *t = (const char *)d->src;
    size_t n = strlen(prefix);
    int line = 1;
    for (const char *p = t; *p; p++) {
        if ((p == t || p[-1] == '\n') && strncmp(p, prefix, n) == 0)
            return line;
        line += *p == '\n';
    }
    return 0;
}

/* A w:altChunk standing in a table cell (w:tc > w:altChunk, or inside a
 * content control or custom XML of the cell): Word shows the part's text
 * in the cell. A page of one line of text is read in as the cell's (2293),
 * noted L046 at the cell; a part that is not read (an RTF) or that holds a
 * table leaves the cell without it, L043 at the cell ("read as empty"),
 * and so does an unread chunk beside a read one, whichever comes first.
 * Was: the chunk dropped, the cell read empty with no finding. */
static void docx_alt_chunk_in_cell(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
#define CHUNK(id) "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " \
                  "r:id=\"" id "\"/>"
#define REL(id, target) "<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/" \
                        "2006/relationships/aFChunk\" Target=\"" target "\"/>"
    static const struct {
        const char *cell, *rels, *parts, *value, *part;
        int code, col;
    } cases[] = {
        {CHUNK("rId9"), REL("rId9", "../cell1.htm"), "cell1.htm\t<html><body><p>2293</p></body></html>\n", "2293",
         "cell1.htm", XXGK_L_ALT_CHUNK_READ, 6},
        {CHUNK("rId9"), REL("rId9", "cell1.rtf"), "word/cell1.rtf\t{\\rtf1\\ansi 2293}\n", NULL, "word/cell1.rtf",
         XXGK_L_ALT_CHUNK, 5},
        {CHUNK("rId9"), REL("rId9", "cell2.htm"),
         "word/cell2.htm\t<html><body><table><tr><td>22</td><td>93</td></tr></table></body></html>\n", NULL,
         "word/cell2.htm", XXGK_L_ALT_CHUNK, 5},
        {"<w:sdt><w:sdtPr><w:id w:val=\"7\"/></w:sdtPr><w:sdtContent>" CHUNK("rId9") "</w:sdtContent></w:sdt>",
         REL("rId9", "cell1.htm"), "word/cell1.htm\t<html><body><p>2293</p></body></html>\n", "2293",
         "word/cell1.htm", XXGK_L_ALT_CHUNK_READ, 6},
        {CHUNK("rId9") CHUNK("rIdA"), REL("rId9", "cell1.htm") REL("rIdA", "cell3.rtf"),
         "word/cell1.htm\t<html><body><p>2293</p></body></html>\nword/cell3.rtf\t{\\rtf1\\ansi 17}\n", "2293",
         "word/cell3.rtf", XXGK_L_ALT_CHUNK, 6},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char cell[1024], parts[2048];
        snprintf(cell, sizeof cell, "行政许可\t<w:tc>%s<w:p></w:p></w:tc>\n", cases[i].cell);
        char *edited = replace1(txt, "行政许可\t2293\n", cell);
        snprintf(parts, sizeof parts,
                 "word/_rels/document.xml.rels\t<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                 "schemas.openxmlformats.org/package/2006/relationships\">%s</Relationships>\n%s",
                 cases[i].rels, cases[i].parts);
        size_t m;
        char name[32];
        snprintf(name, sizeof name, "chunk-cell-%zu", i);
        char *b = docx_of_text_parts(edited, parts, name, &m);
        free(edited);
        if (!b) {
            free(txt);
            skip();
        }
        xxgk_doc *d = load_bytes("cell.docx", b, m, XXGK_INPUT_AUTO, -1);
        char buf[64], msg[512];
        const char *value = cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, buf, sizeof buf);
        int line = line_starting(d, "行政许可");
        assert_true(line > 0);
        /* the cell's start after 行政许可 and the TAB; an empty cell's note
         * stands at the TAB before it, as every note of an empty cell */
        assert_diag_at(d, cases[i].code, line, cases[i].col);
        assert_int_equal(count_diags(d, cases[i].code), 1);
        diag_message_of(d, cases[i].code, msg, sizeof msg);
        assert_non_null(strstr(msg, cases[i].part));
        if (cases[i].value)
            assert_string_equal(value, cases[i].value);
        else
            assert_string_equal(value, "empty");
        assert_true(cell_flagged(d, XXGK_TABLE_PROACTIVE, XXGK_R_LICENSING, XXGK_C_DECISIONS, cases[i].code));
        if (cases[i].code == XXGK_L_ALT_CHUNK)
            assert_int_equal(count_diags(d, XXGK_L_ALT_CHUNK_READ), 0);
        xxgk_doc_free(d);
        free(b);
    }
#undef CHUNK
#undef REL
    free(txt);
}


/* A text box floats where its shape stands, not in the line of the runs
 * around its anchor: its text is never joined to theirs. Outside tables
 * its paragraphs are lines after the paragraph anchoring it (前 box 后:
 * 前后, then the box's line); in a cell a box of prose is a block of the
 * cell after its paragraph (7 件), a box holding a digit is not read into
 * the cell (12 with a box 34 read 1234 before): L045 at the cell (for an
 * empty cell the TAB before it), the cell's export flags carrying it.
 * VML (v:textbox) and a wps shape (mc:Choice, VML in mc:Fallback) alike. */
static void docx_text_box_apart(void **state)
{
    (void)state;
#define VMLS(st, x) "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"" st "><v:textbox><w:txbxContent>" \
                    "<w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
#define VML(x) VMLS(" style=\"position:absolute;margin-left:20pt\"", x)
#define VMLI(x) VMLS(" style=\"width:40pt;height:18pt\"", x)
#define WPSI(x) "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"       \
                "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/" \
                "main\"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>" x "</w:t></w:r></w:p>"  \
                "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
#define WPS(x) "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"http://" \
               "schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><a:graphic xmlns:a=\"http://"  \
               "schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><wps:wsp><wps:txbx>"           \
               "<w:txbxContent><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"   \
               "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>" VML(x)          \
               "</mc:Fallback></mc:AlternateContent></w:r>"
    const char *text = "<w:r><w:t>前</w:t></w:r>" VML("说明文字") "<w:r><w:t>后</w:t></w:r>\n"
                       "行政许可\t<w:r><w:t>12</w:t></w:r>" WPS("34") "\n"
                       "行政处罚\t" VML("件") "<w:r><w:t>7</w:t></w:r>\n"
                       "行政强制\t" VML("５") "\n"
                       /* 注1 by the cell's number is its footnote mark (P036), not the cell's text */
                       "行政征收\t<w:tc><w:p><w:r><w:t>8</w:t></w:r></w:p><w:p>" VML("注1") "</w:p></w:tc>\n"
                       /* inline boxes sit in the line: read in place, no L045 */
                       "行政复议\t<w:r><w:t>1</w:t></w:r>" VMLI("2") "<w:r><w:t>件</w:t></w:r>\n"
                       "行政诉讼\t" WPSI("69") "\n"
                       /* a label in a floating box: the cell's text, a block of its own after the cell's */
                       "其他\t" VML("1.本机关不掌握相关政府信息") "\t<w:r><w:t>备注</w:t></w:r>" WPS("（一）1、予以公开") "\n"
                       "合计\t" VML("-1,234.5万元") "\t" VML("12 件") "\n"
                       /* so is a circled number; 注 1 with a blank is text, as after a label */
                       "行政确认\t<w:r><w:t>3</w:t></w:r>" WPS("①") "\t<w:r><w:t>5</w:t></w:r>" VML("注 1") "\n"
                       "行政裁决\t" VML("注1") "\t<w:r><w:t>件</w:t></w:r>" VML("※") "\n";
#undef WPSI
#undef WPS
#undef VMLI
#undef VML
#undef VMLS
    size_t m;
    char *b = docx_of_text(text, "textbox", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "前后\n说明文字\n行政许可\t12\n行政处罚\t7 件\n行政强制\t\n行政征收\t8⁽注1⁾\n"
                           "行政复议\t12件\n行政诉讼\t69\n其他\t1.本机关不掌握相关政府信息\t备注（一）1、予以公开\n合计\t\t\n"
                           "行政确认\t3⁽①⁾\t5 注 1\n行政裁决\t注1\t件 ※\n");
    free(t);
    xxgk_doc *d = load_bytes("textbox.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at[][2] = {{3, 6}, {5, 5}, {10, 3}, {10, 4}};
    assert_diags_at(d, XXGK_L_BOX_IN_CELL, at, 4);
    char msg[512];
    diag_message_of(d, XXGK_L_BOX_IN_CELL, msg, sizeof msg);
    assert_non_null(strstr(msg, "'34'"));
    xxgk_doc_free(d);
    free(b);
    /* pingtan-2021 as Word writes it, the first number cell of every table
     * with a box of 34 over it (base: 0 read 034, 64 read 6434, 1 read 134,
     * three arithmetic errors), the headings with a box 单位：件: the cells
     * are the .txt's, the three cells flagged */
    xxgk_doc *tx = parse_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(tx);
    static const char *const features[] = {"textbox-cell", "textbox-cell wps", "textbox-cell textbox-heading strict split",
                                           "textbox-cell num num-cells sdt-runs", "textbox-cell frame", "textbox-heading"};
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-textbox-%zu", i);
        b = word_docx_bytes(NULL, features[i], name, &m);
        assert_non_null(b);
        d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        bool cells = strstr(features[i], "textbox-cell") != NULL;
        assert_int_equal(count_diags(d, XXGK_L_BOX_IN_CELL), cells ? 3 : 0);
        if (i == 0) { /* (the other features add lines before it) */
            xxgk_pos p = diag_pos(d, find_diag(d, XXGK_L_BOX_IN_CELL)); /* 规章 本年制发件数 0 */
            assert_int_equal(p.line, line_starting(d, "规章\t"));
            assert_int_equal(p.col, 4);
        }
        xxgk_check(d, NULL);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    /* the first number cell of every table with a box of the footnote mark
     * 注1 by its number (read before as `0 注1`: P009, P013 and P008 on
     * 规章, two cells lost): the number's mark, P036 at the number, the
     * .txt's cells, no error */
    static const char *const marked[] = {"textbox-mark", "textbox-mark wps"};
    for (size_t i = 0; i < 2; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-textbox-mark-%zu", i);
        b = word_docx_bytes(NULL, marked[i], name, &m);
        assert_non_null(b);
        d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        assert_int_equal(count_diags(d, XXGK_P_NOTE_MARK), 3);
        xxgk_pos p = diag_pos(d, find_diag(d, XXGK_P_NOTE_MARK)); /* 规章 本年制发件数 0 */
        assert_int_equal(p.line, line_starting(d, "规章\t"));
        assert_int_equal(p.col, 4);
        assert_int_equal(count_diags(d, XXGK_L_BOX_IN_CELL), 0);
        xxgk_check(d, NULL);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    /* every number in an inline box (read in place, as base did), every
     * label 1.本机关不掌握相关政府信息 in a box anchored in its cell (a label,
     * not a number: the cell's text): the .txt's cells, no L045, no error */
    static const char *const kept[] = {"textbox-inline", "textbox-inline wps", "textbox-label", "textbox-label wps"};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-textbox-kept-%zu", i);
        b = word_docx_bytes(NULL, kept[i], name, &m);
        assert_non_null(b);
        d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        assert_int_equal(count_diags(d, XXGK_L_BOX_IN_CELL), 0);
        xxgk_check(d, NULL);
        assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(tx);
}

/* An mc:AlternateContent whose only text is in an mc:Choice requiring a
 * namespace xxgk does not read (w16cex), its mc:Fallback empty or absent:
 * nothing is read, as the standard says a reader that does not know the
 * namespace shows, but it is told (P076) at the paragraph's start, at the
 * cell (the TAB before an empty one); a Fallback with text, or a Choice
 * without text, is not told. pingtan-2021 with the first number of every
 * table so (base: three blank cells, nothing said): three P076. */
static void docx_choice_text_unread(void **state)
{
    (void)state;
#define AC(choice, fb) "<mc:AlternateContent xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\">" \
                       "<mc:Choice Requires=\"w16cex\">" choice "</mc:Choice>" fb "</mc:AlternateContent>"
    const char *text = "<w:r><w:t>前</w:t></w:r>" AC("<w:r><w:t>隐</w:t></w:r>", "<mc:Fallback/>") "<w:r><w:t>后</w:t></w:r>\n"
                       "行政许可\t" AC("<w:r><w:t>12</w:t></w:r>", "") "\n"
                       "行政处罚\t" AC("<w:r><w:t>7</w:t></w:r>", "<mc:Fallback><w:r><w:t>7</w:t></w:r></mc:Fallback>") "\n"
                       "行政强制\t" AC("<w:r><w:drawing/></w:r>", "<mc:Fallback></mc:Fallback>") "<w:r><w:t>8</w:t></w:r>\n";
#undef AC
    size_t m;
    char *b = docx_of_text(text, "choice-unread", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "前后\n行政许可\t\n行政处罚\t7\n行政强制\t8\n");
    free(t);
    xxgk_doc *d = load_bytes("choice.docx", b, m, XXGK_INPUT_AUTO, -1);
    static const unsigned at[][2] = {{1, 1}, {2, 5}};
    assert_diags_at(d, XXGK_P_CHOICE_TEXT_UNREAD, at, 2);
    char msg[512];
    diag_message_of(d, XXGK_P_CHOICE_TEXT_UNREAD, msg, sizeof msg);
    assert_non_null(strstr(msg, "'隐'"));
    xxgk_doc_free(d);
    free(b);
    static const char *const features[] = {"choice-emptyfb", "choice-emptyfb wps strict"};
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-choice-%zu", i);
        b = word_docx_bytes(NULL, features[i], name, &m);
        assert_non_null(b);
        d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        assert_int_equal(count_diags(d, XXGK_P_CHOICE_TEXT_UNREAD), 3);
        if (i == 0) {
            xxgk_pos p = diag_pos(d, find_diag(d, XXGK_P_CHOICE_TEXT_UNREAD)); /* 规章 本年制发件数, empty */
            assert_int_equal(p.line, line_starting(d, "规章\t"));
            assert_int_equal(p.col, 3);
        }
        xxgk_doc_free(d);
        free(b);
    }
}

/* An HTML list's numbers are text the reader sees, as the browser shows
 * them: <ol> decimal (1. ), list-style-type cjk-ideographic (一、), start,
 * an item's value, type="I", nested lists; <ul> shows no number. The six
 * headings of pingtan-2021.html as items of <ol>s read as the page's
 * 一、总体情况 …, every cell the page's. */
static void html_ordered_lists(void **state)
{
    (void)state;
    const char *page = "<html><body><ol><li>a</li><li value=\"7\">b</li><li>c</li></ol>"
                       "<ol type=\"I\" start=\"3\"><li>x<ol style=\"list-style: lower-alpha inside\"><li>y</li></ol></li></ol>"
                       "<ul><li>z</li></ul>"
                       "<ol start=\"5\" style=\"color:#000; list-style-type: cjk-ideographic\"><li>存在的主要问题及改进情况</li></ol>"
                       "</body></html>";
    char *text = text_of(page, strlen(page), XXGK_INPUT_HTML);
    assert_string_equal(text, "1. a\n7. b\n8. c\nIII. x\na. y\nz\n五、存在的主要问题及改进情况\n");
    free(text);
    size_t n;
    char *html = read_source_file("tests/input/pingtan-2021.html", &n);
    static const char *const heads[] = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
                                        "其他需要报告的事项"};
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六"};
    char *cur = strdup(html);
    int replaced = 0;
    for (int i = 0; i < 6; i++) {
        char from[160], to[400];
        snprintf(from, sizeof from, "<strong>%s、%s</strong>", cn[i], heads[i]);
        snprintf(to, sizeof to, "<ol start=\"%d\" style=\"list-style-type:cjk-ideographic\"><li>%s</li></ol>", i + 1,
                 heads[i]);
        replaced += strstr(cur, from) != NULL;
        char *next = replace1(cur, from, to);
        free(cur);
        cur = next;
    }
    assert_int_equal(replaced, 6);
    xxgk_doc *d = load_bytes("ol.html", cur, strlen(cur), XXGK_INPUT_AUTO, -1);
    xxgk_doc *t = load_bytes("page.html", html, n, XXGK_INPUT_AUTO, -1);
    char *cd = cells_of(d), *ct = cells_of(t);
    assert_string_equal(cd, ct);
    assert_int_equal(count_diags(d, XXGK_P_NO_SECTIONS), 0);
    assert_int_equal(count_diags(d, XXGK_P_BARE_HEADING), 0);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(t);
    free(cur);
    free(html);
}

/* The .docx reader reads what Word shows: hidden runs (w:vanish), struck
 * out runs (w:strike, w:dstrike), a tracked move's old place (w:moveFrom)
 * and the branch of an mc:AlternateContent not shown are no text; a
 * toggle set off (w:val="0"/"false") is. Every cell is the text's. */
static void docx_reads_what_word_shows(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    static const char *const edits[][2] = {
        {"\t2293\n", "\t<w:r><w:t>22</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r>"
                     "<w:r><w:t>93</w:t></w:r>\n"},
        {"\t1282\n", "\t<w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>9</w:t></w:r></w:moveFrom>"
                     "<w:moveTo w:id=\"2\" w:author=\"a\"><w:r><w:t>1282</w:t></w:r></w:moveTo>\n"},
        {"\t665\n", "\t<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>665</w:t></w:r>"
                    "</mc:Choice><mc:Fallback><w:r><w:t>665</w:t></w:r></mc:Fallback>"
                    "</mc:AlternateContent>\n"},
        {"\t42\n", "\t<w:r><w:rPr><w:strike/></w:rPr><w:t>7</w:t></w:r><w:r><w:t>4</w:t></w:r>"
                   "<w:r><w:rPr><w:dstrike w:val=\"1\"/></w:rPr><w:t>8</w:t></w:r>"
                   "<w:r><w:rPr><w:strike w:val=\"0\"/></w:rPr><w:t>2</w:t></w:r>\n"},
        {"\t64\t", "\t<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>64</w:t></w:r>\t"},
    };
    char *cur = strdup(txt);
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        char *next = replace1(cur, edits[i][0], edits[i][1]);
        free(cur);
        cur = next;
    }
    size_t m;
    char *b = docx_of_text(cur, "word-shows", &m);
    if (!b) {
        free(cur);
        free(txt);
        skip();
    }
    xxgk_doc *d = load_bytes("shows.docx", b, m, XXGK_INPUT_AUTO, -1);
    xxgk_doc *t = parse_file("corpus/pingtan-2021.txt");
    char *cd = cells_of(d), *ct = cells_of(t);
    assert_string_equal(cd, ct);
    assert_int_equal(count_cells(d), 200);
    char *text = text_of(b, m, XXGK_INPUT_DOCX);
    assert_non_null(strstr(text, "\n行政许可\t2293\n"));
    assert_non_null(strstr(text, "\n行政处罚\t1282\n行政强制\t42\n"));
    assert_non_null(strstr(text, "\t69\t3\t665\n"));
    free(text);
    free(cd);
    free(ct);
    xxgk_doc_free(d);
    xxgk_doc_free(t);
    free(b);
    free(cur);
    free(txt);
}

/* mc:AlternateContent reads exactly one branch, the one Word shows: the
 * first mc:Choice whose Requires names only namespaces xxgk reads
 * (wps, w14 …, resolved through the declarations in scope), else the
 * mc:Fallback, else nothing; never both. A Word 2016 symbol (w16se:symEx,
 * no text) reads its Fallback's character, where it read nothing
 * before; cells and rows inside one are the table's. */
static void docx_alternate_content_one_branch(void **state)
{
    (void)state;
#define AC_W16SE "xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\""
    const char *text =
        "<w:r><mc:AlternateContent " AC_W16SE "><mc:Choice Requires=\"w16se\"><w16se:symEx w16se:char=\"2460\"/>"
        "</mc:Choice><mc:Fallback><w:t>①</w:t></mc:Fallback></mc:AlternateContent></w:r>\n"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>甲</w:t></mc:Choice><mc:Fallback><w:t>乙</w:t>"
        "</mc:Fallback></mc:AlternateContent></w:r>\n"
        "<w:r><mc:AlternateContent " AC_W16SE "><mc:Choice Requires=\"wps w16se\"><w:t>甲</w:t></mc:Choice>"
        "<mc:Fallback><w:t>乙</w:t></mc:Fallback></mc:AlternateContent></w:r>\n"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"x\"><w:t>甲</w:t></mc:Choice><mc:Fallback><w:t>乙</w:t>"
        "</mc:Fallback></mc:AlternateContent></w:r>\n"
        "<w:r><mc:AlternateContent xmlns:cx1=\"http://schemas.microsoft.com/office/drawing/2015/9/8/chartex\">"
        "<mc:Choice Requires=\"cx1\"><w:t>甲</w:t></mc:Choice><mc:Choice Requires=\"wps\"><w:t>丙</w:t></mc:Choice>"
        "<mc:Fallback><w:t>乙</w:t></mc:Fallback></mc:AlternateContent></w:r>\n"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"x\"><w:t>甲</w:t></mc:Choice></mc:AlternateContent></w:r>\n"
        "a\t<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        "<w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></mc:Choice><mc:Fallback><w:tc><w:p><w:r><w:t>2</w:t>"
        "</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></mc:Fallback></mc:AlternateContent>\n";
#undef AC_W16SE
    size_t m;
    char *b = docx_of_text(text, "alternate", &m);
    if (!b)
        skip();
    char *t = text_of(b, m, XXGK_INPUT_DOCX);
    assert_string_equal(t, "①\n甲\n乙\n乙\n丙\n\na\t1\t2\n");
    free(t);
    free(b);
    /* every number of pingtan-2021 a Word 2016 symbol (word_docx.py
     * symbols): 200 cells, the .txt's (read before: 171); the long
     * paragraphs in text boxes, both branches holding the text: once */
    xxgk_doc *tx = parse_file("corpus/pingtan-2021.txt");
    char *ct = cells_of(tx);
    static const char *const features[] = {"symbols", "textbox-body symbols wps", "symbols strict num"};
    for (size_t i = 0; i < sizeof features / sizeof *features; i++) {
        char name[64];
        snprintf(name, sizeof name, "as-word-mc-%zu", i);
        b = word_docx_bytes(NULL, features[i], name, &m);
        assert_non_null(b);
        xxgk_doc *d = load_bytes("word.docx", b, m, XXGK_INPUT_AUTO, -1);
        char *cd = cells_of(d);
        assert_string_equal(cd, ct);
        assert_int_equal(count_cells(d), 200);
        t = text_of(b, m, XXGK_INPUT_DOCX);
        const char *once = "“三个一”工作机制";
        const char *first = strstr(t, once);
        assert_non_null(first);
        assert_null(strstr(first + 1, once));
        free(t);
        free(cd);
        xxgk_doc_free(d);
        free(b);
    }
    free(ct);
    xxgk_doc_free(tx);
}

/* A raised or lowered run (w:vertAlign) is a footnote mark, never digits
 * of the number before it; two paragraphs in one cell are two values,
 * never one (as a block boundary in an HTML cell); a footnote mark right
 * after the number, whatever its characters (1, 注2, ※, 1), a lowered a),
 * is P036 and the cell keeps the number the report put there; two paragraphs each a number alone are L037 and an
 * empty cell. Two paragraphs of a label between CJK characters stay one
 * label. */
static void docx_marks_and_paragraphs_in_a_cell(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    static const struct {
        const char *from, *to;
        unsigned line, at;
        int row, col;
        const char *cell;
    } cases[] = {
        {"\t24252.311082\n",
         "\t<w:r><w:t>24252.311082</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
         "</w:rPr><w:t>1</w:t></w:r>\n",
         23, 9, XXGK_R_FEES, XXGK_C_AMOUNT_WAN_YUAN, "24252.311082"},
        {"\t1282\n",
         "\t<w:r><w:t>1282</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"subscript\"/>"
         "</w:rPr><w:t>2</w:t></w:r>\n",
         19, 6, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        /* a raised mark of any characters after the number: one mark */
        {"\t1282\n",
         "\t<w:r><w:t>1282</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
         "</w:rPr><w:t>注2</w:t></w:r>\n",
         19, 6, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"\t42\n",
         "\t<w:r><w:t>42</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
         "</w:rPr><w:t>※</w:t></w:r>\n",
         20, 6, XXGK_R_COERCION, XXGK_C_DECISIONS, "42"},
        {"\t2293\n",
         "\t<w:r><w:t>2293</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
         "</w:rPr><w:t>1)</w:t></w:r>\n",
         16, 6, XXGK_R_LICENSING, XXGK_C_DECISIONS, "2293"},
        {"\t2293\n",
         "\t<w:r><w:t>2293</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"subscript\"/>"
         "</w:rPr><w:t>a</w:t></w:r>\n",
         16, 6, XXGK_R_LICENSING, XXGK_C_DECISIONS, "2293"},
        {"\t2293\n", "\t<w:tc><w:p><w:r><w:t>22</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>93</w:t></w:r>"
                     "</w:p></w:tc>\n",
         16, 5, XXGK_R_LICENSING, XXGK_C_DECISIONS, "empty"},
        {"行政强制\t", "<w:tc><w:p><w:r><w:t>行政</w:t></w:r></w:p><w:p><w:r><w:t>强制</w:t></w:r>"
                       "</w:p></w:tc>\t",
         0, 0, XXGK_R_COERCION, XXGK_C_DECISIONS, "42"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *b;
        xxgk_doc *d = load_docx_of_text(replace1(txt, cases[i].from, cases[i].to), "marks", "marks.docx", &b);
        if (!d) {
            free(txt);
            skip();
        }
        /* two paragraphs each a number: neither is the cell's (L037) */
        /* a raised or lowered run after the digits: a footnote mark (P036) */
        int code = strcmp(cases[i].cell, "empty") == 0 ? XXGK_L_NUMBERS_ON_LINES
                   : strstr(cases[i].to, "vertAlign") != NULL ? XXGK_P_NOTE_MARK
                                                              : XXGK_P_TOO_MANY_VALUES;
        if (cases[i].line)
            assert_diag_at(d, code, cases[i].line, cases[i].at);
        else
            assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
        if (code == XXGK_L_NUMBERS_ON_LINES)
            assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
        char buf[64];
        assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, cases[i].row, cases[i].col, buf, sizeof buf),
                            cases[i].cell);
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
}

/* The .docx of TXT with FROM replaced by TO, its L063 asserted at
 * LINE:AT (0: none told); NULL when no .docx could be made (the test
 * skips). The two tests of raised digits below differ in their cases and
 * in what else they ask of the document, not in these steps. */
static xxgk_doc *docx_mark_case(const char *txt, const char *from, const char *to, unsigned line, unsigned at,
                                char **bytes)
{
    xxgk_doc *d = load_docx_of_text(replace1(txt, from, to), "mark", "mark.docx", bytes);
    if (!d)
        return NULL;
    if (line)
        assert_diag_at(d, XXGK_L_RAISED_DIGITS_GLUED, line, at);
    else
        assert_int_equal(count_diags(d, XXGK_L_RAISED_DIGITS_GLUED), 0);
    return d;
}

/* L063: raised digits right after a cell's number's digits (a decimal's
 * 24252.311082 then a raised 1; 69 typed 6, raised 9) are read as its
 * mark, the number without them, and the cell flagged at its start: a
 * footnote's number and the number's own last digits set raised look the
 * same in the file. A raised 注2 after the number, a lowered 2, a raised
 * 注1 after a label are not this warning.
 * A raised run and a lowered one after it (1282, a raised 1, a lowered 2:
 * Word shows 1282¹₂) are one mark: the number 1282, L063 for its raised
 * 1; main read 1282¹ 2, P006, the cell lost. Lowered then raised (1282₂¹)
 * is a mark too, no L063: the raised digit is not right after the
 * number's. A cell with a box of digits (L045) and raised digits after
 * its number is told both, at its start (main told L045 alone). */
static void docx_raised_digits_glued(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
#define SUP(t) "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>" t "</w:t></w:r>"
#define SUB(t) "<w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>" t "</w:t></w:r>"
#define BOX(t) "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"position:absolute\">" \
               "<v:textbox><w:txbxContent><w:p><w:r><w:t>" t "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    static const struct {
        const char *from, *to;
        unsigned line, at; /* L063's place, 0: none */
        int row, col;
        const char *cell;
    } cases[] = {
        {"\t24252.311082\n", "\t<w:r><w:t>24252.311082</w:t></w:r>" SUP("1") "\n", 23, 9, XXGK_R_FEES,
         XXGK_C_AMOUNT_WAN_YUAN, "24252.311082"},
        {"\t69\t", "\t<w:r><w:t>6</w:t></w:r>" SUP("9") "\t", 13, 9, XXGK_R_NORMATIVE_DOCS, XXGK_C_ISSUED, "6"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUP("12") "\n", 19, 6, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUP("注2") "\n", 0, 0, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUB("2") "\n", 0, 0, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"行政强制\t", "<w:r><w:t>行政强制</w:t></w:r>" SUP("注1") "\t", 0, 0, XXGK_R_COERCION, XXGK_C_DECISIONS, "42"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUP("1") SUB("2") "\n", 19, 6, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"\t1282\n", "\t<w:r><w:t>128</w:t></w:r>" SUP("2") SUB("1") SUP("3") "\n", 19, 6, XXGK_R_PENALTY,
         XXGK_C_DECISIONS, "128"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUB("2") SUP("1") "\n", 0, 0, XXGK_R_PENALTY, XXGK_C_DECISIONS, "1282"},
        {"\t1282\n", "\t<w:r><w:t>1282</w:t></w:r>" SUP("1") BOX("34") "\n", 19, 6, XXGK_R_PENALTY, XXGK_C_DECISIONS,
         "1282"},
    };
#undef SUP
#undef SUB
#undef BOX
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *b;
        xxgk_doc *d = docx_mark_case(txt, cases[i].from, cases[i].to, cases[i].line, cases[i].at, &b);
        if (!d) {
            free(txt);
            skip();
        }
        if (strstr(cases[i].to, "txbx")) /* the box's note too, at the same place */
            assert_diag_at(d, XXGK_L_BOX_IN_CELL, cases[i].line, cases[i].at);
        assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
        char buf[64];
        assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, cases[i].row, cases[i].col, buf, sizeof buf),
                            cases[i].cell);
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
}

/* A run raised or lowered by w:position (half-points, as WPS writes a
 * mark set off the line, no w:vertAlign) after a cell's number is a mark
 * as a w:vertAlign one: 1282, a 1 at +6, a 2 at -6 (Word shows 1282¹₂)
 * is 1282 with L063; main read 128212, no note. Not a mark: position 0,
 * one half-point (0.5 pt, on the line to the eye), and a cell whose runs
 * are all lowered alike (the number's own digits, 128212). */
static void docx_positioned_digits(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
#define POS(v, t)                                                                                              \
    "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:position w:val=\"" v "\"/><w:sz w:val=\"21\"/></w:rPr><w:t>" t \
    "</w:t></w:r>"
    static const struct {
        const char *to;
        unsigned line, at; /* L063's place, 0: none */
        const char *cell;
    } cases[] = {
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("6", "1") POS("-6", "2") "\n", 19, 6, "1282"},
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("6", "12") "\n", 19, 6, "1282"},
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("3pt", "1") "\n", 19, 6, "1282"},
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("-4", "2") "\n", 0, 0, "1282"},
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("0", "12") "\n", 0, 0, "128212"},
        {"\t<w:r><w:t>1282</w:t></w:r>" POS("1", "12") "\n", 0, 0, "128212"},
        {"\t" POS("-3", "1282") POS("-3", "12") "\n", 0, 0, "128212"},
    };
#undef POS
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *b;
        xxgk_doc *d = docx_mark_case(txt, "\t1282\n", cases[i].to, cases[i].line, cases[i].at, &b);
        if (!d) {
            free(txt);
            skip();
        }
        char buf[64];
        assert_string_equal(cell_str(d, XXGK_TABLE_PROACTIVE, XXGK_R_PENALTY, XXGK_C_DECISIONS, buf, sizeof buf),
                            cases[i].cell);
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
}

/* A three-column HTML table whose last row is one cell merged over the
 * columns, holding CELL, read into IN. */
static void read_spanning_row(const char *cell, xxgk_input *in)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<table><tr><td>h</td><td>a</td><td>b</td></tr>\n"
             "<tr><td>x</td><td>1</td><td>2</td></tr>\n"
             "<tr><td colspan=\"3\">%s</td></tr></table>\n",
             cell);
    assert_true(xxgk_input_read(in, (const uint8_t *)page, strlen(page), XXGK_INPUT_HTML, -1, NULL));
}

/* A note row of an HTML table (its one cell merged over the table's
 * columns, opened by 注, 註, 备注, 说明 or 数据来源): a sentence under the
 * table, its line as the text table's note line, never a number merged over
 * columns (L030) for the digits of its date nor a row (P008). A merged cell
 * of other words with digits stays L030. */
static void html_note_row(void **state)
{
    (void)state;
    const char *notes[] = {"注：本表数据截至2023年12月31日。", "註：本表数据截至2023年12月31日。",
                           "备注：本表数据截至2023年12月31日。", "说明：本表数据截至2023年12月31日。",
                           "数据来源：本表数据截至2023年12月31日。"};
    for (size_t w = 0; w < sizeof notes / sizeof notes[0]; w++) {
        xxgk_input in;
        read_spanning_row(notes[w], &in);
        assert_int_equal(in.ndiags, 0);
        assert_non_null(strstr(in.text, "本表数据截至2023年12月31日。\n"));
        xxgk_input_free(&in);
    }
    xxgk_input in;
    read_spanning_row("本表数据截至2023年12月31日。", &in);
    assert_int_equal(in.ndiags, 1);
    assert_int_equal(in.diags[0].code, XXGK_L_NUMBER_OVER_COLUMNS);
    xxgk_input_free(&in);
}

/* A report's title in a row of one cell merged over the table's columns
 * (a paginated site's title row, stop 72): words that speak of 信息公开 and
 * end in 报告, its year no number merged over columns (L030): its line is
 * the title alone, as inside a text table (the parser tells the report's
 * own from another's: P019). A sentence pointing to a report (详见…报告,
 * a comma) is no title and keeps L030. */
static void html_title_row(void **state)
{
    (void)state;
    const char *titles[] = {"白沙县市场监督管理局2019年政府信息公开工作年度报告",
                            "白沙縣市場監督管理局２０１９年政府信息公開工作年度報告",
                            "青禾市市场监督管理局二○一八年政府信息公开工作年度报告 "};
    for (size_t w = 0; w < sizeof titles / sizeof titles[0]; w++) {
        xxgk_input in;
        read_spanning_row(titles[w], &in);
        assert_int_equal(in.ndiags, 0);
        assert_non_null(strstr(in.text, "年政府信息公"));
        assert_null(strstr(in.text, "报告\t"));
        assert_null(strstr(in.text, "報告\t"));
        xxgk_input_free(&in);
    }
    const char *prose[] = {"详见本机关2019年政府信息公开工作年度报告", "本年共计140件，见2019年政府信息公开工作年度报告",
                           "白沙县市场监督管理局2019年政府信息公开工作年度总结"};
    for (size_t w = 0; w < sizeof prose / sizeof prose[0]; w++) {
        xxgk_input in;
        read_spanning_row(prose[w], &in);
        assert_int_equal(in.ndiags, 1);
        assert_int_equal(in.diags[0].code, XXGK_L_NUMBER_OVER_COLUMNS);
        xxgk_input_free(&in);
    }
    /* a title row among the header rows, no number above it (review rh72
     * h9): the parser drops a title line there as a page's header, so the
     * row keeps its L030 */
    const char *head = "<table><tr><td>h</td><td>a</td></tr>\n"
                       "<tr><td colspan=\"3\">白沙县教育局2019年政府信息公开工作年度报告</td></tr>\n"
                       "<tr><td>x</td><td>1</td><td>2</td></tr></table>\n";
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)head, strlen(head), XXGK_INPUT_HTML, -1, NULL));
    assert_int_equal(in.ndiags, 1);
    assert_int_equal(in.diags[0].code, XXGK_L_NUMBER_OVER_COLUMNS);
    xxgk_input_free(&in);
}

/* 注 begins words of a row's own (注销登记, 注册): only 注：, 注1, 注① open a
 * note; a spanning 注销登记 5 is a number over columns as any row (L030). */
static void html_note_word_needs_mark(void **state)
{
    (void)state;
    const char *rows[] = {"注销登记 5", "注册 12", "註銷登記 5"};
    for (size_t w = 0; w < sizeof rows / sizeof rows[0]; w++) {
        xxgk_input in;
        read_spanning_row(rows[w], &in);
        assert_int_equal(in.ndiags, 1);
        assert_int_equal(in.diags[0].code, XXGK_L_NUMBER_OVER_COLUMNS);
        xxgk_input_free(&in);
    }
    const char *notes[] = {"注1：本表数据截至2023年12月31日。", "注①本表数据截至2023年12月31日。",
                           "注:本表数据截至2023年12月31日。"};
    for (size_t w = 0; w < sizeof notes / sizeof notes[0]; w++) {
        xxgk_input in;
        read_spanning_row(notes[w], &in);
        assert_int_equal(in.ndiags, 0);
        xxgk_input_free(&in);
    }
}

/* A number merged over columns the row above keeps apart: L030 at it,
 * an empty cell for each further column, later numbers in their columns;
 * merged over two columns the header merges too (a value column), no
 * note. A number merged over rows: the lower row's cell is empty, L031
 * at it. The offsets are the text's. */
static void html_numbers_in_merged_cells(void **state)
{
    (void)state;
    const char *page = "<table>\n"
                       "<tr><td>h</td><td>a</td><td>b</td><td>c</td><td>d</td></tr>\n"
                       "<tr><td>x</td><td>1</td><td colspan=\"2\">5</td><td>7</td></tr>\n"
                       "<tr><td>y</td><td colspan=\"2\">8</td><td rowspan=\"2\">9</td><td>2</td></tr>\n"
                       "<tr><td>z</td><td>3</td><td>4</td><td>6</td></tr>\n"
                       "</table>\n"
                       "<table><tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>\n"
                       "<tr><td>行政许可</td><td colspan=\"3\">2293</td></tr></table>\n";
    xxgk_input in;
    assert_true(xxgk_input_read(&in, (const uint8_t *)page, strlen(page), XXGK_INPUT_HTML, -1, NULL));
    assert_string_equal(in.text, "h\ta\tb\tc\td\n"
                                 "x\t1\t5\t\t7\n"
                                 "y\t8\t\t9\t2\n"
                                 "z\t3\t4\t\t6\n"
                                 "信息内容\t本年处理决定数量\n"
                                 "行政许可\t2293\n");
    assert_int_equal(in.ndiags, 3);
    assert_int_equal(in.diags[0].code, XXGK_L_NUMBER_OVER_COLUMNS);
    assert_string_equal(in.text + in.diags[0].at, "5\t\t7\ny\t8\t\t9\t2\nz\t3\t4\t\t6\n"
                                                  "信息内容\t本年处理决定数量\n行政许可\t2293\n");
    assert_string_equal(in.diags[0].arg, "5");
    /* 8 over a and b: the row above splits them (1 | 5) */
    assert_int_equal(in.diags[1].code, XXGK_L_NUMBER_OVER_COLUMNS);
    assert_true(strncmp(in.text + in.diags[1].at, "8\t", 2) == 0);
    assert_int_equal(in.diags[2].code, XXGK_L_NUMBER_OVER_ROWS);
    assert_true(strncmp(in.text + in.diags[2].at, "\t6\n", 3) == 0);
    assert_string_equal(in.diags[2].arg, "9");
    /* the other cells each merge touches: the empty cell a number over
     * columns covers (its one byte: the delimiter after it), the number
     * above a slot merged over rows */
    assert_int_equal(in.diags[0].also_end - in.diags[0].also, 1);
    assert_true(strncmp(in.text + in.diags[0].also, "\t7\n", 3) == 0);
    assert_int_equal(in.diags[1].also_end - in.diags[1].also, 1);
    assert_true(strncmp(in.text + in.diags[1].also, "\t9\t2\n", 5) == 0);
    assert_int_equal(in.diags[2].also_end - in.diags[2].also, 1);
    assert_true(strncmp(in.text + in.diags[2].also, "9\t2\n", 4) == 0);
    xxgk_input_free(&in);
}

/* The findings of d with the code. */
static int count_code(const xxgk_doc *d, int code)
{
    int k = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        k += g->code == code;
    return k;
}

/* Text after table 四's fifteen numbers is no value of its row: in a page,
 * a row <td colspan="15">注：单位：件</td> and a <p>单位：件</p> after the
 * table are the table's language (silent), a <p>注：无</p> is text in the
 * table (P019); in a .docx, a unit paragraph after the table, a note
 * paragraph (P019). The fifteen cells keep their numbers, no P006. */
#define APPEALS_HEAD_TSV                                                                                   \
    "行政复议\t行政诉讼\n"                                                                             \
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"                        \
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
static void assert_appeals_read(const xxgk_doc *d, int text_in_table)
{
    char *cells = cells_of(d);
    int values = 0;
    for (const char *c = cells; (c = strstr(c, "\nappeals,")) != NULL; c++)
        values += strncmp(strchr(c + 1, '\n') - 6, ",empty", 6) != 0;
    assert_int_equal(values, 15);
    assert_non_null(strstr(cells, "appeals,review,total,4\n"));
    assert_non_null(strstr(cells, "appeals,suit_after_review,total,1\n"));
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_IN_TABLE), text_in_table);
    free(cells);
}

static void appeals_text_after_row(void **state)
{
    (void)state;
    const char *page =
        "<html><body><p>青禾市测试局2023年政府信息公开工作年度报告</p>\n"
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n<table>\n"
        "<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n"
        "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
        "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
        "<td colspan=\"5\">复议后起诉</td></tr>\n"
        "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
        "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>\n"
        "<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td><td>1</td><td>0</td>"
        "<td>2</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>\n"
        "<tr><td colspan=\"15\">注：单位：件</td></tr>\n</table>\n"
        "<p style=\"text-align:right\">单位：件</p>\n<p>注：无</p>\n"
        "<p>五、存在的主要问题及改进情况</p>\n<p>无。</p>\n</body></html>\n";
    xxgk_doc *d = load_bytes("appeals-text.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_appeals_read(d, 1);
    xxgk_doc_free(d);

    const char *text = "青禾市测试局2023年政府信息公开工作年度报告\n"
                       "四、政府信息公开行政复议、行政诉讼情况\n" APPEALS_HEAD_TSV
                       "2\t1\t0\t1\t4\t1\t0\t1\t0\t2\t0\t0\t0\t1\t1\n"
                       "（单位：件）\n数据来源：本机关政务公开办公室\n"
                       "五、存在的主要问题及改进情况\n无。\n";
    size_t n;
    char *docx = docx_of_text(text, "appeals-text", &n);
    if (!docx)
        skip();
    d = load_bytes("appeals-text.docx", docx, n, XXGK_INPUT_AUTO, -1);
    assert_appeals_read(d, 1);
    xxgk_doc_free(d);
    free(docx);
}

/* A trailing empty cell the page or the document prints (<td></td>, an
 * empty w:tc) is a cell of table 四's row, not padding: fourteen numbers
 * and it are the row's fifteen values, and a note after them is text in the
 * table (P019), not a 16th value wiping the row (P006). */
static void assert_appeals_blank_last(const xxgk_doc *d)
{
    char *cells = cells_of(d);
    int values = 0;
    for (const char *c = cells; (c = strstr(c, "\nappeals,")) != NULL; c++)
        values += strncmp(strchr(c + 1, '\n') - 6, ",empty", 6) != 0;
    assert_int_equal(values, 14);
    assert_non_null(strstr(cells, "appeals,review,total,4\n"));
    assert_non_null(strstr(cells, "appeals,suit_after_review,pending,1\n"));
    assert_int_equal(count_diags(d, XXGK_P_TOO_MANY_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_TEXT_IN_TABLE), 1);
    free(cells);
}

static void appeals_printed_blank_last(void **state)
{
    (void)state;
    const char *page =
        "<html><body><p>青禾市测试局2023年政府信息公开工作年度报告</p>\n"
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n<table>\n"
        "<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n"
        "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
        "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
        "<td colspan=\"5\">复议后起诉</td></tr>\n"
        "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
        "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>\n"
        "<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td><td>1</td><td>0</td>"
        "<td>2</td><td>0</td><td>0</td><td>0</td><td>1</td><td></td></tr>\n</table>\n"
        "<p>注：无</p>\n<p>五、存在的主要问题及改进情况</p>\n<p>无。</p>\n</body></html>\n";
    xxgk_doc *d = load_bytes("appeals-blank-last.html", page, strlen(page), XXGK_INPUT_HTML, -1);
    assert_appeals_blank_last(d);
    xxgk_doc_free(d);
}

/* The same in a .docx (gridSpan, vMerge), through the whole report: the
 * diagnostic at its line:col, every other cell the text's. A 2 merged
 * down into a row whose 总计 0 refutes it stays L031, its slot empty; a 0
 * merged down into a row whose 总计 pins it is read into both rows
 * (P073, a note at the number). */
static void docx_numbers_in_merged_cells(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    static const char restart[] = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
    static const char below[] = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    static const struct {
        const char *from, *to, *from2, *to2;
        int code;
        unsigned line, at;
        int row, col;
        const char *want;
        int touched[2][2];
    } cases[] = {
        {"5.属于三类内部事务信息\t1\t0\t0\t",
         "5.属于三类内部事务信息\t1\t<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
         "<w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>\t",
         NULL, NULL, XXGK_P_ZERO_OVER_COLUMNS, 36, 16, XXGK_R_DENIED_INTERNAL_AFFAIRS, XXGK_C_RESEARCH, "0",
         {{XXGK_R_DENIED_INTERNAL_AFFAIRS, XXGK_C_COMMERCIAL}, {XXGK_R_DENIED_INTERNAL_AFFAIRS, XXGK_C_RESEARCH}}},
        /* a number other than 0 over the two columns: its column cannot be read */
        {"4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
         "4.保护第三方合法权益\t0\t<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
         "<w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc>\t0\t0\t0\t5",
         NULL, NULL, XXGK_L_NUMBER_OVER_COLUMNS, 35, 15, XXGK_R_DENIED_THIRD_PARTY, XXGK_C_RESEARCH, "empty",
         {{XXGK_R_DENIED_THIRD_PARTY, XXGK_C_COMMERCIAL}, {XXGK_R_DENIED_THIRD_PARTY, XXGK_C_RESEARCH}}},
        {"6.属于四类过程性信息\t0\t0\t", "6.属于四类过程性信息\t0\t§B§\t", "5.属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1",
         "5.属于三类内部事务信息\t1\t§R§<w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc>\t0\t0\t0\t0\t3",
         XXGK_L_NUMBER_OVER_ROWS, 37, 15, XXGK_R_DENIED_PROCESS_INFO, XXGK_C_COMMERCIAL, "empty",
         {{XXGK_R_DENIED_INTERNAL_AFFAIRS, XXGK_C_COMMERCIAL}, {XXGK_R_DENIED_PROCESS_INFO, XXGK_C_COMMERCIAL}}},
        {"6.属于四类过程性信息\t0\t0\t", "6.属于四类过程性信息\t0\t§B§\t", "5.属于三类内部事务信息\t1\t0\t",
         "5.属于三类内部事务信息\t1\t§R§<w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>\t", XXGK_P_MERGED_READ_EACH, 36, 16,
         XXGK_R_DENIED_PROCESS_INFO, XXGK_C_COMMERCIAL, "0",
         {{XXGK_R_DENIED_INTERNAL_AFFAIRS, XXGK_C_COMMERCIAL}, {XXGK_R_DENIED_PROCESS_INFO, XXGK_C_COMMERCIAL}}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *edited = replace1(txt, cases[i].from, cases[i].to);
        if (cases[i].from2) { /* the merge starts at row 5.'s number above */
            char *e2 = replace1(edited, cases[i].from2, cases[i].to2);
            free(edited);
            char *e3 = replace1(e2, "§B§", below);
            free(e2);
            edited = replace1(e3, "§R§", restart);
            free(e3);
        }
        char *b;
        xxgk_doc *d = load_docx_of_text(edited, "merged", "merged.docx", &b);
        if (!d) {
            free(txt);
            skip();
        }
        assert_diag_at(d, cases[i].code, cases[i].line, cases[i].at);
        char buf[64];
        assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, cases[i].row, cases[i].col, buf, sizeof buf),
                            cases[i].want);
        /* the cells after the merge keep their columns */
        assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, cases[i].row, XXGK_C_TOTAL, buf, sizeof buf),
                            i == 0 ? "1" : i == 1 ? "5" : "0");
        /* every cell the merge touches carries the finding in export's
         * flags: the number and the empty cell it covers (gridSpan), the
         * empty slot and the number above it (vMerge), or the cells it is
         * read into */
        cell_flags f;
        cell_flags_init(&f, d);
        for (int k = 0; k < 2; k++) {
            const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_REQUESTS, cases[i].touched[k][0],
                                                  cases[i].touched[k][1]);
            assert_non_null(c);
            int codes[CELL_FLAGS_MAX];
            int nc = cell_flags_of(&f, c->span, codes);
            bool has = false;
            for (int j = 0; j < nc; j++)
                has |= codes[j] == cases[i].code;
            assert_true(has);
        }
        /* one merge, one finding: no L031 is left when the number is read */
        assert_int_equal(count_code(d, XXGK_L_NUMBER_OVER_ROWS), cases[i].code == XXGK_L_NUMBER_OVER_ROWS);
        cell_flags_free(&f);
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
}

/* A number merged down a column of table 三 (trial 7 #16): the 0 over the
 * five （五）不予处理 rows is read into each, every row's 总计 pinning it:
 * one note P073 at the number, no error, the five cells 0. The same merge
 * holding a 2 that no row's 总计 counts below its first row: one L031 (not
 * one per row) at the first covered row, a note at the 2 and at each
 * further row, the four cells empty. */
static void html_number_merged_over_rows_read_by_sums(void **state)
{
    (void)state;
    size_t n;
    char *page = read_source_file("tests/input/rowspan-zero.html", &n);
    assert_non_null(page);
    static const int rows[] = {XXGK_R_NOT_PROCESSED_PETITION, XXGK_R_NOT_PROCESSED_DUPLICATE,
                               XXGK_R_NOT_PROCESSED_PUBLICATION, XXGK_R_NOT_PROCESSED_EXCESSIVE,
                               XXGK_R_NOT_PROCESSED_REISSUE};
    char buf[64];
    xxgk_doc *d = load_bytes("rowspan-zero.html", page, n, XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_P_MERGED_READ_EACH, 48, 90);
    assert_int_equal(count_code(d, XXGK_L_NUMBER_OVER_ROWS), 0);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, rows[i], XXGK_C_RESEARCH, buf, sizeof buf), "0");
    const xxgk_diag *g = xxgk_doc_diags(d);
    while (g && g->code != XXGK_P_MERGED_READ_EACH)
        g = g->next;
    assert_non_null(g);
    int notes = 0;
    for (const xxgk_note *k = g->notes; k; k = k->next) {
        xxgk_pos at = xxgk_doc_position(d, k->span.start);
        static const unsigned want[][2] = {{49, 43}, {50, 48}, {51, 50}, {52, 58}};
        assert_true(notes < 4);
        assert_int_equal(at.line, want[notes][0]);
        assert_int_equal(at.col, want[notes][1]);
        notes++;
    }
    assert_int_equal(notes, 4);
    xxgk_doc_free(d);

    char *two = replace1(page, "<td rowspan=\"5\">0</td>", "<td rowspan=\"5\">2</td>");
    d = load_bytes("rowspan-two.html", two, strlen(two), XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_L_NUMBER_OVER_ROWS, 49, 43);
    assert_int_equal(count_code(d, XXGK_L_NUMBER_OVER_ROWS), 1);
    assert_int_equal(count_code(d, XXGK_P_MERGED_READ_EACH), 0);
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, rows[0], XXGK_C_RESEARCH, buf, sizeof buf), "2");
    for (size_t i = 1; i < sizeof rows / sizeof *rows; i++)
        assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, rows[i], XXGK_C_RESEARCH, buf, sizeof buf), "empty");
    /* every covered row's cell carries the finding */
    cell_flags f;
    cell_flags_init(&f, d);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_REQUESTS, rows[i], XXGK_C_RESEARCH);
        assert_non_null(c);
        int codes[CELL_FLAGS_MAX];
        int nc = cell_flags_of(&f, c->span, codes);
        bool has = false;
        for (int j = 0; j < nc; j++)
            has |= codes[j] == XXGK_L_NUMBER_OVER_ROWS;
        assert_true(has);
    }
    cell_flags_free(&f);
    xxgk_doc_free(d);
    free(two);

    /* past the reader's 256 findings (254 hidden spans before the table),
     * the merge's covered rows are known only in part: never read in, and
     * L035 says the findings were cut */
    static char hidden[270 * 72 + 16];
    strcpy(hidden, "<p>");
    for (int i = 0; i < XXGK_INPUT_MAX_DIAGS - 2; i++) /* each its own text: one finding each */
        snprintf(hidden + strlen(hidden), sizeof hidden - strlen(hidden),
                 "<span style=\"color:#fff;background:#fff\">隐%d</span>", i);
    strcat(hidden, "</p><table");
    char *cut = replace1(page, "<table", hidden);
    d = load_bytes("rowspan-cut.html", cut, strlen(cut), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_code(d, XXGK_P_MERGED_READ_EACH), 0);
    assert_int_equal(count_code(d, XXGK_L_NUMBER_OVER_ROWS), 1);
    assert_int_equal(count_code(d, XXGK_L_READER_CUT), 1);
    for (size_t i = 1; i < sizeof rows / sizeof *rows; i++)
        assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, rows[i], XXGK_C_RESEARCH, buf, sizeof buf), "empty");
    xxgk_doc_free(d);
    free(cut);
    free(page);
}

/* A label merged over cells and written out into each (trial 7 #5): the
 * row 一、本年新收… of pingtan-2021 with its label in each of the three
 * cells of the label area (a CMS's unmerged cells), and merged down over
 * a blank row above its numbers (rowspan, vMerge: the grid writes it into
 * both rows). One label: no P007, no P014, the row's seven numbers read. */
static void assert_new_requests_read(xxgk_doc *d)
{
    char buf[64];
    assert_int_equal(count_diags(d, XXGK_P_TOO_FEW_VALUES), 0);
    assert_int_equal(count_diags(d, XXGK_P_DUPLICATE_ROW), 0);
    assert_int_equal(xxgk_doc_count(d, XXGK_ERROR), 0);
    assert_string_equal(
        cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_NATURAL_PERSON, buf, sizeof buf), "64");
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_OTHER_ORG, buf, sizeof buf),
                        "4");
    assert_string_equal(cell_str(d, XXGK_TABLE_REQUESTS, XXGK_R_NEW_REQUESTS, XXGK_C_TOTAL, buf, sizeof buf), "70");
}

static void html_label_written_into_merged_cells(void **state)
{
    (void)state;
    size_t n;
    char *page = read_source_file("tests/input/pingtan-2021.html", &n);
    assert_non_null(page);
#define NEW_REQ "一、本年新收政府信息公开申请数量"
#define NEW_REQ_TD "<td colspan=\"3\" valign=\"center\"><p style=\"text-indent: 0em;\">" NEW_REQ "</p></td>"
    const char *to[] = {
        "<td>" NEW_REQ "</td><td>" NEW_REQ "</td><td>" NEW_REQ "</td>",
        "<td colspan=\"3\" rowspan=\"2\">" NEW_REQ "</td><td></td><td></td><td></td><td></td><td></td><td></td>"
        "<td></td></tr><tr>",
    };
    for (size_t i = 0; i < sizeof to / sizeof *to; i++) {
        char *a = replace1(page, NEW_REQ_TD, to[i]);
        xxgk_doc *d = load_bytes("unmerged.html", a, strlen(a), XXGK_INPUT_AUTO, -1);
        assert_new_requests_read(d);
        xxgk_doc_free(d);
        free(a);
    }
    free(page);
}

static void docx_label_written_into_merged_cells(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    const char *to[] = {
        NEW_REQ "\t" NEW_REQ "\t" NEW_REQ "\t64\t",
        "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>" NEW_REQ
        "</w:t></w:r></w:p></w:tc>\t\t\t\t\t\t\t\n<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>\t64\t",
    };
    for (size_t i = 0; i < sizeof to / sizeof *to; i++) {
        char *b;
        xxgk_doc *d = load_docx_of_text(replace1(txt, NEW_REQ "\t64\t", to[i]), "unmerged", "unmerged.docx", &b);
        if (!d) {
            free(txt);
            skip();
        }
        assert_new_requests_read(d);
        xxgk_doc_free(d);
        free(b);
    }
    free(txt);
#undef NEW_REQ_TD
#undef NEW_REQ
}

/* Every cell of table 三 of B is A's (value or state): the number of
 * cells that differ. */
static int requests_cells_differ(const xxgk_doc *a, const xxgk_doc *b)
{
    int differ = 0;
    for (int r = 0; r < XXGK_R__COUNT; r++)
        for (int c = 0; c < XXGK_C__COUNT; c++) {
            char x[64], y[64];
            cell_str(a, XXGK_TABLE_REQUESTS, r, c, x, sizeof x);
            cell_str(b, XXGK_TABLE_REQUESTS, r, c, y, sizeof y);
            differ += strcmp(x, y) != 0;
        }
    return differ;
}

static int errors_in(const xxgk_doc *d)
{
    int n = 0;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        n += g->severity == XXGK_ERROR;
    return n;
}

#define PT_TD "<td valign=\"center\"><p style=\"text-indent: 0em;\">"
#define PT_SPAN(n) "<td rowspan=\"" #n "\" valign=\"center\"><p style=\"text-indent: 0em;\">"
#define PT_END "</p></td>"

/* The grid of table 三 against its labels (trial 5 #6, #10, #12), in both
 * templates: a group label printed right of its sub-rows is still their
 * group (no finding); a label's rowspan one too long (（三） over （四）'s
 * first row, 三、 over 四、) or one too short (三、 ending before （六）2.,
 * （三） before 8.) is ended or continued where the rows' own labels say,
 * P074 at the label; a row typed into one cell merged over its seven
 * columns, seven numbers between blanks, is read into them, P075 at the
 * cell. Every cell of table 三 is the unedited page's, no error; six
 * numbers over seven columns stay L030. */
static void html_grid_by_labels(void **state)
{
    (void)state;
    static const char *const pages[] = {"tests/input/pingtan-2019.html", "tests/input/pingtan-2021.html"};
    static const struct {
        int page;
        const char *edit[4][2];
        int code;
        unsigned line, col;
    } cases[] = {
        /* group labels right of their sub-rows */
        {1,
         {{PT_SPAN(8) "（三）不予公开" PT_END PT_TD "1.属于国家秘密" PT_END,
           PT_TD "1.属于国家秘密" PT_END PT_SPAN(8) "（三）不予公开" PT_END},
          {PT_SPAN(3) "（四）无法提供" PT_END PT_TD "1.本机关不掌握相关政府信息" PT_END,
           PT_TD "1.本机关不掌握相关政府信息" PT_END PT_SPAN(3) "（四）无法提供" PT_END},
          {PT_SPAN(5) "（五）不予处理" PT_END PT_TD "1.信访举报投诉类申请" PT_END,
           PT_TD "1.信访举报投诉类申请" PT_END PT_SPAN(5) "（五）不予处理" PT_END},
          {PT_SPAN(3) "（六）其他处理" PT_END PT_TD "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" PT_END,
           PT_TD "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" PT_END PT_SPAN(3) "（六）其他处理" PT_END}},
         0, 0, 0},
        {0,
         {{PT_SPAN(8) "（三）不予公开" PT_END PT_TD "1.属于国家秘密" PT_END,
           PT_TD "1.属于国家秘密" PT_END PT_SPAN(8) "（三）不予公开" PT_END},
          {PT_SPAN(5) "（五）不予处理" PT_END PT_TD "1.信访举报投诉类申请" PT_END,
           PT_TD "1.信访举报投诉类申请" PT_END PT_SPAN(5) "（五）不予处理" PT_END}},
         0, 0, 0},
        /* rowspans one off */
        {1, {{PT_SPAN(8) "（三）", PT_SPAN(9) "（三）"}}, XXGK_P_SPAN_BY_LABELS, 4, 7598},
        {1, {{PT_SPAN(8) "（三）", PT_SPAN(7) "（三）"}}, XXGK_P_SPAN_BY_LABELS, 4, 7598},
        {1, {{PT_SPAN(3) "（四）", PT_SPAN(4) "（四）"}}, XXGK_P_SPAN_BY_LABELS, 4, 11603},
        {1, {{PT_SPAN(22) "三、", PT_SPAN(19) "三、"}}, XXGK_P_SPAN_BY_LABELS, 4, 6498},
        {1, {{PT_SPAN(22) "三、", PT_SPAN(23) "三、"}}, XXGK_P_SPAN_BY_LABELS, 4, 6498},
        {0, {{PT_SPAN(8) "（三）", PT_SPAN(9) "（三）"}}, XXGK_P_SPAN_BY_LABELS, 4, 11959},
        /* a row in one cell over its seven columns */
        {1,
         {{"（一）予以公开" PT_END PT_TD "27" PT_END PT_TD "0" PT_END PT_TD "0" PT_END PT_TD "2" PT_END PT_TD "0" PT_END
           PT_TD "1" PT_END PT_TD "30" PT_END,
           "（一）予以公开" PT_END "<td colspan=\"7\">27 0 0 2 0 1 30</td>"}},
         XXGK_P_SPREAD_CELL, 4, 6609},
        {0,
         {{"（一）予以公开" PT_END PT_TD "7" PT_END PT_TD "0" PT_END PT_TD "0" PT_END PT_TD "0" PT_END PT_TD "0" PT_END
           PT_TD "0" PT_END PT_TD "7" PT_END,
           "（一）予以公开" PT_END "<td colspan=\"7\"><p>7 0 0 0 0 0 7</p></td>"}},
         XXGK_P_SPREAD_CELL, 4, 0},
    };
    xxgk_doc *orig[2];
    char *html[2];
    for (int k = 0; k < 2; k++) {
        size_t n;
        html[k] = read_source_file(pages[k], &n);
        orig[k] = load_bytes("orig.html", html[k], n, XXGK_INPUT_HTML, -1);
    }
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *a = strdup(html[cases[i].page]);
        for (int e = 0; e < 4 && cases[i].edit[e][0]; e++) {
            char *b = replace1(a, cases[i].edit[e][0], cases[i].edit[e][1]);
            free(a);
            a = b;
        }
        xxgk_doc *d = load_bytes("grid.html", a, strlen(a), XXGK_INPUT_HTML, -1);
        if (requests_cells_differ(orig[cases[i].page], d) || errors_in(d))
            fail_msg("case %zu: %d cell(s) differ, %d error(s)", i, requests_cells_differ(orig[cases[i].page], d),
                     errors_in(d));
        assert_int_equal(count_diags(d, XXGK_P_SPAN_BY_LABELS), cases[i].code == XXGK_P_SPAN_BY_LABELS);
        assert_int_equal(count_diags(d, XXGK_P_SPREAD_CELL), cases[i].code == XXGK_P_SPREAD_CELL);
        if (cases[i].code && cases[i].col)
            assert_diag_at(d, cases[i].code, cases[i].line, cases[i].col);
        if (cases[i].code == XXGK_P_SPREAD_CELL) { /* each value carries it */
            cell_flags f;
            cell_flags_init(&f, d);
            for (int c = XXGK_C_NATURAL_PERSON; c <= XXGK_C_TOTAL; c++) {
                const xxgk_cell *cell = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_REQUESTS, XXGK_R_GRANTED, c);
                if (!cell)
                    continue;
                int codes[CELL_FLAGS_MAX];
                int nc = cell_flags_of(&f, cell->span, codes);
                assert_true(nc >= 1 && codes[0] == XXGK_P_SPREAD_CELL);
            }
            cell_flags_free(&f);
        }
        xxgk_doc_free(d);
        free(a);
    }
    /* six numbers over seven columns: which is where cannot be read */
    char *a = replace1(html[1], cases[8].edit[0][0], "（一）予以公开" PT_END "<td colspan=\"7\">27 0 0 2 0 30</td>");
    xxgk_doc *d = load_bytes("grid.html", a, strlen(a), XXGK_INPUT_HTML, -1);
    assert_int_equal(count_diags(d, XXGK_P_SPREAD_CELL), 0);
    assert_int_equal(count_diags(d, XXGK_L_NUMBER_OVER_COLUMNS), 1);
    xxgk_doc_free(d);
    free(a);
    for (int k = 0; k < 2; k++) {
        xxgk_doc_free(orig[k]);
        free(html[k]);
    }
}

/* The same in a .docx (the grid is shared): group labels right of their
 * sub-rows, a vMerge over one row too many (（三） over （四）'s first row:
 * P074 at （三）), seven numbers in one cell of gridSpan 7 (P075). Every
 * cell of table 三 is the unedited text's. */
static void docx_grid_by_labels(void **state)
{
    (void)state;
    size_t n;
    char *txt = read_source_file("corpus/pingtan-2021.txt", &n);
    size_t m;
    char *b = docx_of_text(txt, "grid-orig", &m);
    if (!b) {
        free(txt);
        skip();
    }
    xxgk_doc *orig = load_bytes("orig.docx", b, m, XXGK_INPUT_AUTO, -1);
    free(b);
#define VM_CONT "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>\t"
    static const char *const sub[] = {"2.其他法律", "3.危及", "4.保护第三方", "5.属于三类", "6.属于四类", "7.属于行政执法",
                                      "8.属于行政查询", "（四）无法提供"};
    for (int k = 0; k < 3; k++) {
        char *a = strdup(txt);
        if (k == 0) {
            char *e = replace1(a, "（三）不予公开\t1.属于国家秘密\t", "1.属于国家秘密\t（三）不予公开\t");
            free(a);
            a = replace1(e, "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t",
                         "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t（六）其他处理\t");
            free(e);
        } else if (k == 1) {
            char *e = replace1(a, "\n（三）不予公开\t",
                               "\n<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>（三）不予公开"
                               "</w:t></w:r></w:p></w:tc>\t");
            free(a);
            a = e;
            for (size_t i = 0; i < sizeof sub / sizeof *sub; i++) {
                char from[64], to[160];
                snprintf(from, sizeof from, "\n%s", sub[i]);
                snprintf(to, sizeof to, "\n" VM_CONT "%s", sub[i]);
                e = replace1(a, from, to);
                free(a);
                a = e;
            }
        } else {
            char *e = replace1(a, "（一）予以公开\t27\t0\t0\t2\t0\t1\t30\n",
                               "（一）予以公开\t<w:tc><w:tcPr><w:gridSpan w:val=\"7\"/></w:tcPr><w:p><w:r>"
                               "<w:t>27 0 0 2 0 1 30</w:t></w:r></w:p></w:tc>\n");
            free(a);
            a = e;
        }
        b = docx_of_text(a, "grid", &m);
        free(a);
        assert_non_null(b);
        xxgk_doc *d = load_bytes("grid.docx", b, m, XXGK_INPUT_AUTO, -1);
        free(b);
        if (requests_cells_differ(orig, d) || errors_in(d))
            fail_msg("case %d: %d cell(s) differ, %d error(s)", k, requests_cells_differ(orig, d), errors_in(d));
        assert_int_equal(count_diags(d, XXGK_P_SPAN_BY_LABELS), k == 1);
        assert_int_equal(count_diags(d, XXGK_P_SPREAD_CELL), k == 2);
        if (k == 1)
            assert_diag_at(d, XXGK_P_SPAN_BY_LABELS, 32, 1);
        if (k == 2)
            assert_diag_at(d, XXGK_P_SPREAD_CELL, 30, 19);
        xxgk_doc_free(d);
    }
#undef VM_CONT
    xxgk_doc_free(orig);
    free(txt);
}

/* Detection is by content, never by name; --input forces. */
static void detection(void **state)
{
    (void)state;
    const struct {
        const char *bytes;
        int kind;
    } cases[] = {{"<!DOCTYPE html><p>x", XXGK_INPUT_HTML},
                 {"\xEF\xBB\xBF  <html>", XXGK_INPUT_HTML},
                 {"\n<table><tr>", XXGK_INPUT_HTML},
                 {"一、总体情况\n<p>", XXGK_INPUT_TEXT},
                 /* a saved article body: its own style block, a heading */
                 {"<style>.c1{width:3px}</style><p>x", XXGK_INPUT_HTML},
                 {"\n<script>var n=5;</script><div>", XXGK_INPUT_HTML},
                 {"<h1>平潭综合实验区2021年报告</h1><p>一、总体情况</p>", XXGK_INPUT_HTML},
                 /* must-not: a text report's Markdown or pandoc title line
                  * (no page's structural tag, or rows of TAB cells) */
                 {"<h1 align=\"center\">淮安市2024年报告</h1>\n一、总体情况\n", XXGK_INPUT_TEXT},
                 {"<span id=\"_Toc1\" class=\"anchor\"></span>\n# 报告\n", XXGK_INPUT_TEXT},
                 {"<center>报告</center>\n<br>\n新制作数量\t5\t0\n", XXGK_INPUT_TEXT},
                 {"<条例>第二十条", XXGK_INPUT_TEXT},
                 {"%PDF-1.7", XXGK_INPUT_PDF},
                 /* a zip is never text: a .docx, or L052 says why not */
                 {"PK\3\4 no word part", XXGK_INPUT_DOCX}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(xxgk_input_detect((const uint8_t *)cases[i].bytes, strlen(cases[i].bytes)),
                         cases[i].kind);
    /* forced: a page read as text keeps its tags */
    const char *page = "<p>一、总体情况</p>";
    char *t = text_of(page, strlen(page), XXGK_INPUT_TEXT);
    assert_string_equal(t, page);
    free(t);
    assert_int_equal(xxgk_input_kind_by_name("docx"), XXGK_INPUT_DOCX);
    assert_int_equal(xxgk_input_kind_by_name("word"), -1);
}

/* A blank last cell of a table row: in a page the file marks the cell, so
 * it is a printed empty cell without P023; the same row as plain text
 * (a TAB at the line end) keeps its warning. */
static void blank_last_cell_of_a_page(void **state)
{
    (void)state;
    const char *page = "<html><body><p>二、主动公开政府信息情况</p>\n"
                       "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td>"
                       "<td>现行有效件数</td></tr>\n"
                       "<tr><td>规章</td><td>1</td><td>0</td><td></td></tr></table>"
                       "</body></html>";
    xxgk_doc *d = load_bytes("p.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(d), XXGK_TABLE_PROACTIVE,
                                          XXGK_R_RULES, XXGK_C_IN_FORCE);
    assert_non_null(c);
    assert_int_equal(c->state, XXGK_CELL_EMPTY);
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next)
        assert_int_not_equal(g->code, XXGK_P_BLANK_LAST_CELL);
    xxgk_doc_free(d);

    const char *text = "二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                       "规章\t1\t0\t\n";
    d = xxgk_parse("t.txt", text, strlen(text), NULL);
    assert_diag_at(d, XXGK_P_BLANK_LAST_CELL, 3, 8);
    xxgk_doc_free(d);
}

/* A page whose <title> is the site's name (门户网站, a section of it)
 * while the report's title is a linked heading of the body (<h1><a>,
 * <div class="bt"><a>, <p><a>): the heading is no title (a sidebar's
 * linked heading of another agency or year reads just so, and the page's
 * <title> does not tell them apart), and the site's name is no agency:
 * no agency (P017), P011, the year from the body's 2021年; never 福州市
 * 人民政府. A plain heading (<h1> without a link) is the title. */
static void generic_page_title(void **state)
{
    (void)state;
    const char *heads[] = {"<h1><a href=\"/x.htm\">福清市财政局2021年政府信息公开工作年度报告</a></h1>",
                           "<div class=\"bt\"><a href=\"/x.htm\">福清市财政局2021年政府信息公开工作年度报告</a></div>",
                           "<p><a href=\"/x.htm\">福清市财政局2021年政府信息公开工作年度报告</a></p>",
                           "<h1>福清市财政局2021年政府信息公开工作年度报告</h1>"};
    const char *titles[] = {"福州市人民政府门户网站", "政务公开 - 福州市人民政府"};
    for (size_t t = 0; t < 2; t++)
        for (size_t k = 0; k < 4; k++) {
            char page[2048];
            snprintf(page, sizeof page,
                     "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n%s\n"
                     "<p>一、总体情况</p>\n<p>2021年，我局认真贯彻落实《条例》。</p>\n<p>二、主动公开政府信息情况</p>\n"
                     "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table>\n"
                     "</body></html>\n",
                     titles[t], heads[k]);
            xxgk_doc *d = load_bytes("generic.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
            const xxgk_report *r = xxgk_doc_report(d);
            assert_int_equal(r->year, 2021);
            if (k < 3) {
                assert_null(r->agency);
                assert_int_equal(count_diags(d, XXGK_P_NO_TITLE), 1);
                assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 1);
            } else {
                assert_string_equal(r->agency, "福清市财政局");
            }
            xxgk_doc_free(d);
        }
}

/* A page's sidebar of links to other reports stands before the report:
 * the text of a link is never the title, so the year is the body
 * title's, with no P070 or P043 pointing into the sidebar; an anchor
 * without href (Word's <a name=_Toc…>) around the title is no link. */
static void links_are_no_title(void **state)
{
    (void)state;
    const char *side = "<html><head><title>某某市人民政府门户网站</title></head><body>"
                       "<div class=\"side\"><ul><li><a href=\"/a\">某某市财政局2019年政府信息公开工作年度报告</a></li>"
                       "<li><a href=\"/b\">某某市财政局2018年政府信息公开工作年度报告</a></li></ul></div>\n";
    const char *body[] = {
        "<p>某某市财政局2020年政府信息公开工作年度报告</p>\n<p>本报告根据《条例》编制。</p>\n"
        "<p>一、总体情况</p>\n<p>文字。</p></body></html>",
        /* traditional script, the title in <h1>, a period line */
        "<h1>某某市財政局2020年政府信息公開工作年度報告</h1>\n"
        "<p>本報告所列數據的統計期限自2020年1月1日起至2020年12月31日止。</p>\n"
        "<p>一、總體情況</p>\n<p>文字。</p></body></html>",
    };
    for (int k = 0; k < 2; k++) {
        size_t n = strlen(side) + strlen(body[k]) + 1;
        char *page = malloc(n);
        assert_non_null(page);
        snprintf(page, n, "%s%s", side, body[k]);
        xxgk_doc *d = load_bytes("p.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_int_equal(r->year, 2020);
        assert_int_equal(xxgk_doc_position(d, r->title_span.start).line, 2);
        assert_int_equal(count_diags(d, XXGK_P_TITLES_DISAGREE), 0);
        assert_int_equal(count_diags(d, XXGK_P_YEAR_DISAGREES), 0);
        xxgk_doc_free(d);
        free(page);
    }
    /* only links name a year: no year, rather than another report's */
    const char *only = "<html><body><ul><li><a href=\"/a\">某某市财政局2019年政府信息公开工作年度报告</a></li></ul>\n"
                       "<p>某某市财政局政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>文字。</p></body></html>";
    xxgk_doc *d = load_bytes("p.html", only, strlen(only), XXGK_INPUT_AUTO, -1);
    assert_int_equal(xxgk_doc_report(d)->year, 0);
    assert_int_equal(count_diags(d, XXGK_P_NO_YEAR), 1);
    xxgk_doc_free(d);
    const char *anchor = "<html><body><p><a name=\"_Toc1\">某某市财政局2020年政府信息公开工作年度报告</a></p>\n"
                         "<p>一、总体情况</p>\n<p>文字。</p></body></html>";
    d = load_bytes("p.html", anchor, strlen(anchor), XXGK_INPUT_AUTO, -1);
    assert_int_equal(xxgk_doc_report(d)->year, 2020);
    assert_int_equal(count_diags(d, XXGK_P_NO_TITLE), 0);
    xxgk_doc_free(d);
}

/* The paragraphs of a list of blocks as "text|text|…" (the bytes of each
 * paragraph's span, line breaks as ⏎). */
static void paragraphs_of(const xxgk_doc *d, const xxgk_block *b, char *out, size_t size)
{
    size_t n = 0;
    out[0] = 0;
    for (; b; b = b->next) {
        if (b->kind != XXGK_B_PARAGRAPH)
            continue;
        for (uint32_t i = b->span.start; i < b->span.end && n + 4 < size; i++) {
            if (d->src[i] == '\n') {
                memcpy(out + n, "⏎", 3);
                n += 3;
            } else {
                out[n++] = (char)d->src[i];
            }
        }
        if (n + 2 < size)
            out[n++] = '|';
        out[n] = 0;
    }
}

static const xxgk_section *section_of(const xxgk_report *r, int id)
{
    for (const xxgk_section *s = r->sections; s; s = s->next)
        if (s->id == id)
            return s;
    return NULL;
}

/* Site chrome around the report (trial 7 finding 14): the breadcrumb,
 * the sidebar of other years' reports, the related links and the footer
 * after the tables leave the text; the line of the page's fields stays
 * (its 来源 and 发布时间 are read) but is no prose: the preamble and
 * section 六 read as the report's text twin has them, so that a diff of
 * the two shows no prose change. */
static const char chrome_page[] =
    "<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>\n"
    "<div class=top><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 政府信息公开年报</div>\n"
    "<div class=side><h3>政府信息公开年报</h3><ul><li><a href=\"/a\">某某县教育局2024年政府信息公开工作年度报告</a></li>"
    "<li><a href=\"/b\">某某县教育局2022年政府信息公开工作年度报告</a></li></ul></div>\n"
    "<div class=info>发布时间：2024-01-20　来源：青禾县教育局　浏览次数：1024</div>\n"
    "<div class=article><h1>%s</h1>\n"
    "<p>本报告由青禾县教育局根据《条例》编制。</p>\n"
    "<p>一、总体情况</p><p>文字。</p>\n"
    "<p>二、主动公开政府信息情况</p>\n"
    "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
    "<p>六、其他需要报告的事项</p><p>未收取信息处理费。</p></div>\n"
    "<div class=related><h4>相关链接</h4><a href=\"/x\">某某县教育局2022年政府信息公开工作年度报告</a></div>\n"
    "<div class=footer>主办：青禾县教育局　网站标识码：1234000001　ICP备05001234号</div>\n"
    "</body></html>";

static void site_chrome(void **state)
{
    (void)state;
    char page[4096];
    snprintf(page, sizeof page, chrome_page, "青禾县教育局2023年政府信息公开工作年度报告");
    char *t = text_of(page, strlen(page), XXGK_INPUT_AUTO);
    assert_string_equal(t, "发布时间：2024-01-20　来源：青禾县教育局　浏览次数：1024\n"
                           "青禾县教育局2023年政府信息公开工作年度报告\n"
                           "本报告由青禾县教育局根据《条例》编制。\n"
                           "一、总体情况\n文字。\n二、主动公开政府信息情况\n"
                           "信息内容\t本年处理决定数量\n行政许可\t3\n"
                           "六、其他需要报告的事项\n未收取信息处理费。\n");
    free(t);
    xxgk_doc *d = load_bytes("chrome.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    const xxgk_report *r = xxgk_doc_report(d);
    char paras[1024];
    paragraphs_of(d, r->preamble, paras, sizeof paras);
    assert_string_equal(paras, "本报告由青禾县教育局根据《条例》编制。|");
    paragraphs_of(d, section_of(r, XXGK_SEC_OTHER)->blocks, paras, sizeof paras);
    assert_string_equal(paras, "未收取信息处理费。|");
    assert_string_equal(r->agency, "青禾县教育局");
    assert_int_equal(r->year, 2023);
    assert_string_equal(r->date, "2024-01-20"); /* the field, where it stands */
    assert_int_equal(r->date_source, XXGK_FROM_FIELD);
    assert_int_equal(xxgk_doc_position(d, r->date_span.start).line, 4);
    xxgk_doc_free(d);
    /* no title in the article: the sidebar's links (another agency's
     * reports of 2024 and 2022) give no title, no year and no agency
     * (xxgk read 某某县教育局 2024 from them, and P041); the agency is
     * the preamble's (本报告由…编制: the report's own words before the
     * page's field, which names the same), the year is not the links'
     * but the year before the page's publishing date, January 2024
     * (发布时间：2024-01-20: 2023, P097 at the field; was unknown, P016) */
    snprintf(page, sizeof page, chrome_page, "年度报告");
    d = load_bytes("chrome.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    r = xxgk_doc_report(d);
    assert_string_equal(r->agency, "青禾县教育局");
    assert_int_equal(r->agency_source, XXGK_FROM_PREAMBLE);
    assert_int_equal(r->year, 2023);
    assert_int_equal(r->year_source, XXGK_FROM_FIELD);
    assert_int_equal(count_diags(d, XXGK_P_NO_YEAR), 0);
    assert_int_equal(count_diags(d, XXGK_P_YEAR_FROM_PUBLISHED), 1);
    assert_int_equal(xxgk_doc_position(d, r->year_span.start).line, 4);
    assert_int_equal(count_diags(d, XXGK_P_AGENCY_DISAGREES), 0);
    xxgk_doc_free(d);
}

/* A block's title words are read outside its links only (html_chrome.c
 * read_plain, which steps over a link's characters once the block's
 * first is known): three links, mostly the block's text, are a menu,
 * dropped, though the last reads 某某县2023年报告; with 2023年报告 after
 * them as the block's own text they are a title, kept; with 历年报告目录
 * there (no year), a menu again. */
static void chrome_links_read_apart(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body>\n"
        "<div><a href=\"/\">某某县人民政府门户网站首页</a><a href=\"/zwgk\">政府信息公开工作年度报告专栏</a>"
        "<a href=\"/nb\">某某县2023年报告</a></div>\n"
        "<div><a href=\"/\">某某县人民政府门户网站首页</a><a href=\"/zwgk\">政府信息公开工作年度报告专栏</a>"
        "<a href=\"/nb\">年度报告历年目录汇总</a>%s</div>\n"
        "<p>本报告由某某县教育局编制。</p>\n"
        "<p>一、总体情况</p><p>文字。</p>\n"
        "<p>二、主动公开政府信息情况</p>\n"
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
        "</body></html>";
    static const char *const own[] = {"2023年报告", "历年报告目录"};
    static const char *const first[] = {
        "某某县人民政府门户网站首页政府信息公开工作年度报告专栏年度报告历年目录汇总2023年报告\n", ""};
    for (int k = 0; k < 2; k++) {
        char html[2048], want[1024];
        snprintf(html, sizeof html, page, own[k]);
        snprintf(want, sizeof want, "%s%s", first[k],
                 "本报告由某某县教育局编制。\n一、总体情况\n文字。\n二、主动公开政府信息情况\n"
                 "信息内容\t本年处理决定数量\n行政许可\t3\n");
        char *t = text_of(html, strlen(html), XXGK_INPUT_AUTO);
        assert_string_equal(t, want);
        free(t);
    }
}

/* Where the chrome rule must not fire: a report's own blocks that hold
 * links (a paragraph citing two documents by link, a list of links to its
 * attachments, a table of contents of the sections), a sentence of 六
 * naming the site's 版权所有, footer words before any table, a
 * breadcrumb whose last crumb is the report's title. The text keeps them
 * all, as it did. */
static void chrome_kept(void **state)
{
    (void)state;
    const char *page =
        "<html><body>\n"
        "<div><a href=\"/\">首页</a> &gt; 某某县教育局2023年政府信息公开工作年度报告</div>\n"
        "<div class=info>主办：某某县教育局</div>\n"
        "<ul><li><a href=\"#s1\">一、总体情况</a></li><li><a href=\"#s2\">二、主动公开政府信息情况</a></li></ul>\n"
        "<p>本报告由某某县教育局编制。</p>\n"
        "<p>一、总体情况</p><p><a href=\"/f1\">《某某县政务公开办法》</a><a href=\"/f2\">《某某县公开目录》</a></p>\n"
        "<p>二、主动公开政府信息情况</p>\n"
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
        "<ul><li><a href=\"/a1.pdf\">附件1：公开目录</a></li><li><a href=\"/a2.pdf\">附件2：公开指南</a></li></ul>\n"
        "<p>六、其他需要报告的事项</p><p>本网站版权所有，转载须注明来源。</p>\n"
        "</body></html>";
    char *t = text_of(page, strlen(page), XXGK_INPUT_AUTO);
    assert_string_equal(t, "首页 > 某某县教育局2023年政府信息公开工作年度报告\n"
                           "主办：某某县教育局\n"
                           "一、总体情况\n二、主动公开政府信息情况\n"
                           "本报告由某某县教育局编制。\n"
                           "一、总体情况\n《某某县政务公开办法》《某某县公开目录》\n"
                           "二、主动公开政府信息情况\n"
                           "信息内容\t本年处理决定数量\n行政许可\t3\n"
                           "附件1：公开目录\n附件2：公开指南\n"
                           "六、其他需要报告的事项\n本网站版权所有，转载须注明来源。\n");
    free(t);

    /* after the tables: a sentence of 五 naming two footer words, a
     * sub-heading over linked documents, a sign-off in the footer's block */
    const char *after =
        "<html><body>\n<p>二、主动公开政府信息情况</p>\n"
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
        "<p>五、存在的主要问题及改进情况</p>\n"
        "<div><p>存在的主要问题是网站地图更新不及时，技术支持力量不足。</p></div>\n"
        "<div><p>（一）公开的文件</p><p><a href=\"/d1\">关于甲的通知</a></p><p><a href=\"/d2\">关于乙的通知</a></p></div>\n"
        "<div class=footer>某某县教育局<br>2024年1月20日<br>主办：某某县教育局 ICP备05001234号</div>\n"
        "<div class=footer>主办：某某县人民政府办公室 网站标识码：1234000001 ICP备05001234号</div>\n"
        "</body></html>";
    t = text_of(after, strlen(after), XXGK_INPUT_AUTO);
    assert_string_equal(t, "二、主动公开政府信息情况\n"
                           "信息内容\t本年处理决定数量\n行政许可\t3\n"
                           "五、存在的主要问题及改进情况\n"
                           "存在的主要问题是网站地图更新不及时，技术支持力量不足。\n"
                           "（一）公开的文件\n关于甲的通知\n关于乙的通知\n"
                           "某某县教育局\n2024年1月20日\n主办：某某县教育局 ICP备05001234号\n");
    free(t);
}

/* A link's own text (stop 33): a heading (h1-h3, a title class or id)
 * whose whole text is one link holding 报告 is the page's title; a link
 * inside a sentence (text on both sides on its line) is prose. Never a
 * link among others (a list, a sidebar of other years' reports), a
 * heading that is a site's name (no 报告), a field's value after its
 * colon; of two linked headings, the one the page's <title> holds. */
static xxgk_doc *linked_page(const char *head, const char *front)
{
    char page[4096];
    snprintf(page, sizeof page,
             "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n%s\n"
             "<p>一、总体情况</p><p>文字。</p>\n"
             "<p>二、主动公开政府信息情况</p>\n"
             "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>3</td></tr></table>\n"
             "</body></html>",
             head, front);
    return load_bytes("link.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
}

/* What a reader of a page does not see parts no agency's name and joins
 * none (year75): an &nbsp; in the flow is a space the reader sees, kept
 * between two offices' names (the front end glued them, and the bare
 * place was read: 青禾县); an &nbsp; escaped twice (&amp;nbsp;, shown as
 * text), a zero-width space: two offices are a list (P017), one office
 * parted is that office, in the title, the preamble and the sign-off; an
 * office wrapped after its place over the sign-off's lines is one name. */
static const char unseen_page[] = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head>"
                                  "<body><div class=\"content\"><h1>%s</h1><p>%s</p><p>一、总体情况</p>"
                                  "<p>本局主动公开政府信息650条。</p><p>%s</p></div></body></html>";

static xxgk_doc *unseen_markup_page(const char *title, const char *opening, const char *signoff)
{
    char page[2048];
    snprintf(page, sizeof page, unseen_page, title, opening, signoff);
    return load_bytes("unseen.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
}

/* Stop 76: an agency's name wrapped inside itself on a page, by <br> or
 * by paragraphs, in the sign-off or above the title, is one name
 * (ft_signoff_agency_wrapped, report.c title_wrapped_above); the same
 * office printed twice is not. */
static void html_agency_wrapped_inside(void **state)
{
    (void)state;
    static const char *const signoffs[] = {"青禾县人民政府<br>办公室<br>2024年1月20日",
                                           "青禾县人民政府</p><p>办公室</p><p>2024年1月20日",
                                           "青禾縣人民政府<br>辦公室<br>二〇二四年一月二十日"};
    static const char *const names[] = {"青禾县人民政府办公室", "青禾县人民政府办公室", "青禾縣人民政府辦公室"};
    for (size_t k = 0; k < sizeof signoffs / sizeof signoffs[0]; k++) {
        xxgk_doc *d = unseen_markup_page("政府信息公开工作年度报告", "本局现将2023年度政府信息公开工作年度报告公布如下。",
                                         signoffs[k]);
        assert_string_equal(xxgk_doc_report(d)->agency, names[k]); /* was none (办公室 alone), P017 */
        assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_SIGNOFF);
        assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 0);
        xxgk_doc_free(d);
    }
    xxgk_doc *d = unseen_markup_page("青禾县<br>教育局<br>2023年度政府信息公开工作年度报告",
                                     "本局现将2023年度政府信息公开工作年度报告公布如下。", "");
    assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
    assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_TITLE);
    xxgk_doc_free(d);
    /* a must-not: the office printed twice is no longer name */
    d = unseen_markup_page("政府信息公开工作年度报告", "本局现将2023年度政府信息公开工作年度报告公布如下。",
                           "青禾县教育局<br>教育局<br>2024年1月20日");
    assert_null(xxgk_doc_report(d)->agency);
    assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 1);
    xxgk_doc_free(d);
}

static void html_agency_unseen_markup(void **state)
{
    (void)state;
    static const char *const two[] = {"青禾县教育局&nbsp;青禾县卫生健康局", "青禾县教育局&amp;nbsp;青禾县卫生健康局",
                                      "青禾县教育局&#8203;青禾县卫生健康局", "青禾县教育局&amp;#12288;青禾县卫生健康局"};
    char opening[512];
    for (size_t k = 0; k < sizeof two / sizeof two[0]; k++) {
        snprintf(opening, sizeof opening, "%s现将2023年度政府信息公开工作年度报告公布如下。", two[k]);
        xxgk_doc *d = unseen_markup_page("政府信息公开工作年度报告", opening, "");
        assert_null(xxgk_doc_report(d)->agency); /* was 青禾县 */
        assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 1);
        xxgk_doc_free(d);
    }
    /* the page's text keeps the &nbsp; as a space between the two names */
    snprintf(opening, sizeof opening, "%s现将2023年度政府信息公开工作年度报告公布如下。", two[0]);
    char page[2048];
    snprintf(page, sizeof page, unseen_page, "政府信息公开工作年度报告", opening, "");
    char *t = text_of(page, strlen(page), XXGK_INPUT_AUTO);
    assert_non_null(strstr(t, "青禾县教育局 青禾县卫生健康局现将"));
    free(t);
    /* one office parted: that office, from the preamble, the title, the
     * sign-off (and the sign-off's office wrapped after its place) */
    static const char *const one[] = {"青禾县教育&amp;nbsp;局", "青禾县教育&nbsp;局", "青禾县教育&#8203;局"};
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++) {
        snprintf(opening, sizeof opening, "%s现将青禾县教育局2023年度政府信息公开工作年度报告公布如下。", one[k]);
        xxgk_doc *d = unseen_markup_page("政府信息公开工作年度报告", opening, "");
        assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
        assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_PREAMBLE);
        xxgk_doc_free(d);
    }
    xxgk_doc *d = unseen_markup_page("青禾县教育&amp;nbsp;局2023年度政府信息公开工作年度报告",
                                     "本局现将2023年度政府信息公开工作年度报告公布如下。", "");
    assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
    assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_TITLE);
    xxgk_doc_free(d);
    static const char *const signoffs[] = {"青禾县教育&amp;nbsp;局<br>2024年1月20日", "青禾县<br>教育局<br>2024年1月20日"};
    for (size_t k = 0; k < sizeof signoffs / sizeof signoffs[0]; k++) {
        d = unseen_markup_page("政府信息公开工作年度报告", "本局现将2023年度政府信息公开工作年度报告公布如下。",
                               signoffs[k]);
        assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
        assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_SIGNOFF);
        xxgk_doc_free(d);
    }
    /* a must-not: a comment's name is none of the page's */
    d = unseen_markup_page("政府信息公开工作年度报告",
                           "青禾县教育局<!--青禾县卫生健康局-->现将青禾县教育局2023年度政府信息公开工作年度报告公布如下。", "");
    assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
    xxgk_doc_free(d);
}

static void linked_title_and_agency(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "<h1><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></h1>",
        "<h3><span><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></span></h3>",
        "<div class=\"title\"><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></div>",
        "<p class=news-tit><a href=\"/t\">青禾县教育局2023年政府信息公開工作年度報告</a></p>",
        /* a site's logo (no 报告) before it is no title and no agency */
        "<div class=logo><h1><a href=\"/\">青禾县人民政府</a></h1></div>\n"
        "<h2><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></h2>",
    };
    for (int k = 0; k < 5; k++) {
        char front[1024];
        snprintf(front, sizeof front, "%s\n<p>本报告根据《条例》编制。</p>", titles[k]);
        xxgk_doc *d = linked_page(k == 3 ? "青禾县教育局2023年政府信息公開工作年度報告" : "青禾县教育局2023年政府信息公开工作年度报告_青禾县", front);
        const xxgk_report *r = xxgk_doc_report(d);
        assert_int_equal(count_diags(d, XXGK_P_NO_TITLE), 0);
        assert_int_equal(r->year, 2023);
        assert_true(r->year_source == XXGK_FROM_TITLE || r->year_source == XXGK_FROM_PAGE);
        assert_string_equal(r->agency, "青禾县教育局");
        assert_true(r->agency_source == XXGK_FROM_TITLE || r->agency_source == XXGK_FROM_PAGE);
        assert_int_equal(xxgk_doc_position(d, r->title_span.end - 1).line, k == 4 ? 3 : 2);
        xxgk_doc_free(d);
    }
    /* the only heading that is one link, but the page's <title> does not
     * hold it: a sidebar's or a related list's heading of another agency
     * is as likely (review of stop 33: it gave a wrong agency silently),
     * so no title, P011, and the preamble's agency */
    xxgk_doc *d = linked_page("年报", "<div class=side><h2><a href=\"/z\">青禾县人民政府办公室2023年政府信息公开工作年度报告</a></h2></div>\n"
                                      "<p align=center><strong>青禾县教育局2023年政府信息公开工作年度报告</strong></p>\n"
                                      "<p>本报告由青禾县教育局根据《条例》编制。</p>");
    assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
    assert_int_equal(xxgk_doc_report(d)->year, 2023);
    xxgk_doc_free(d);
    d = linked_page("年报", "<h1><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></h1>\n<p>本报告根据《条例》编制。</p>");
    assert_diag_at(d, XXGK_P_NO_TITLE, 2, 18);
    xxgk_doc_free(d);
    /* a list's item beside a bullet and a date is no sentence: its
     * linked report names no agency and no year of this page */
    d = linked_page("年报", "<p>◆<a href=\"/b\">青禾县教育局2022年政府信息公开工作年度报告</a>2023-01-10</p>\n"
                            "<p>1、<a href=\"/c\">青禾县教育局2021年政府信息公开工作年度报告</a>阅读</p>");
    assert_true(xxgk_doc_report(d)->year != 2022 && xxgk_doc_report(d)->year != 2021);
    assert_null(xxgk_doc_report(d)->agency);
    xxgk_doc_free(d);
    /* a sidebar's heading that is one link, beside the report's title of
     * plain text: another report's, no title (year 2023, not 2024) */
    d = linked_page("年报", "<div class=side><h3><a href=\"/b\">青禾县教育局2024年政府信息公开工作年度报告</a></h3></div>\n"
                                      "<h1>青禾县教育局2023年政府信息公开工作年度报告</h1>");
    assert_int_equal(xxgk_doc_report(d)->year, 2023);
    assert_int_equal(xxgk_doc_position(d, xxgk_doc_report(d)->title_span.start).line, 3);
    xxgk_doc_free(d);
    /* two headings that are one link: the one the page's <title> holds */
    const char *two = "<div class=side><h3><a href=\"/b\">青禾县教育局2024年政府信息公开工作年度报告</a></h3></div>\n"
                      "<h1><a href=\"/t\">青禾县教育局2023年政府信息公开工作年度报告</a></h1>\n"
                      "<p>本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>";
    d = linked_page("青禾县教育局2023年政府信息公开工作年度报告_青禾县", two);
    assert_int_equal(xxgk_doc_report(d)->year, 2023);
    assert_int_equal(xxgk_doc_position(d, xxgk_doc_report(d)->title_span.start).line, 3);
    xxgk_doc_free(d);
    /* … and neither when the <title> holds none: no title, as before */
    d = linked_page("年报", two);
    assert_diag_at(d, XXGK_P_NO_TITLE, 2, 34);
    assert_int_equal(xxgk_doc_report(d)->year, 2023); /* the period's */
    xxgk_doc_free(d);
    /* the agency linked inside the preamble's sentence is prose */
    d = linked_page("年报", "<h1>2023年政府信息公开工作年度报告</h1>\n"
                            "<p>本报告由<a href=\"/\">青禾县教育局</a>根据《条例》编制。</p>");
    assert_string_equal(xxgk_doc_report(d)->agency, "青禾县教育局");
    assert_int_equal(xxgk_doc_report(d)->agency_source, XXGK_FROM_PREAMBLE);
    assert_int_equal(count_diags(d, XXGK_P_NO_AGENCY), 0);
    xxgk_doc_free(d);
    /* a link set apart (a field's value after its colon, a menu's item
     * between bars) is no prose: no agency, P017 */
    d = linked_page("年报", "<h1>2023年政府信息公开工作年度报告</h1>\n"
                            "<p><a href=\"/\">首页</a> | <a href=\"/a\">青禾县教育局</a> | <a href=\"/z\">政务公开</a></p>\n"
                            "<p>本报告根据《条例》编制。</p>");
    assert_null(xxgk_doc_report(d)->agency);
    assert_diag_at(d, XXGK_P_NO_AGENCY, 4, 4);
    xxgk_doc_free(d);
}


/* More findings of the reader than it keeps: each kept one told, and the
 * first place past them told too (L035), never a silent stop: 300 cells of
 * numbers on lines (L037 each), the 257th's row on line 260. */
static void reader_findings_cut(void **state)
{
    (void)state;
    size_t cap = 64 * 1024, n = 0;
    char *page = malloc(cap);
    assert_non_null(page);
    n += (size_t)snprintf(page + n, cap - n, "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n"
                                             "<p>二、主动公开政府信息情况</p>\n"
                                             "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr>\n");
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(page + n, cap - n, "<tr><td>行政许可</td><td><p>1</p><p>2</p></td></tr>\n");
    n += (size_t)snprintf(page + n, cap - n, "</table></body></html>");
    xxgk_doc *d = load_bytes("many.html", page, n, XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_L_NUMBERS_ON_LINES), XXGK_INPUT_MAX_DIAGS);
    assert_int_equal(count_diags(d, XXGK_L_READER_CUT), 1);
    assert_diag_at(d, XXGK_L_READER_CUT, 4 + XXGK_INPUT_MAX_DIAGS, 21);
    xxgk_doc_free(d);
    free(page);
}

/* Table 三 published as an image: P012 at the heading, P071 naming the
 * image's src where it stands (the start of the line after it). */
static void table_as_image(void **state)
{
    (void)state;
    const char *page = "<html><body><p>某某县交通运输局2021年政府信息公开工作年度报告</p>\n"
                       "<p>一、总体情况</p>\n<p>文字。</p>\n"
                       "<p>三、收到和处理政府信息公开申请情况</p>\n"
                       "<p><img src=\"/u/cms/2022/table3.png\"></p>\n"
                       "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n</body></html>";
    xxgk_doc *d = load_bytes("p.html", page, strlen(page), XXGK_INPUT_AUTO, -1);
    assert_diag_at(d, XXGK_P_TABLE_IMAGE, 6, 4);
    bool named = false, at_three = false;
    for (const xxgk_diag *g = xxgk_doc_diags(d); g; g = g->next) {
        if (g->code == XXGK_P_TABLE_IMAGE)
            named = strstr(g->msg, "/u/cms/2022/table3.png") && strstr(g->msg, "section 三");
        if (g->code == XXGK_P_MISSING_TABLE && xxgk_doc_position(d, g->span.start).line == 4)
            at_three = true;
    }
    assert_true(named);
    assert_true(at_three);
    xxgk_doc_free(d);
    /* a logo in a section with its table: no P071 */
    const char *logo = "<html><body><p>某某县交通运输局2021年政府信息公开工作年度报告</p>\n"
                       "<p><img src=\"/logo.png\"></p>\n<p>一、总体情况</p>\n<p>文字。</p></body></html>";
    d = load_bytes("p.html", logo, strlen(logo), XXGK_INPUT_AUTO, -1);
    assert_int_equal(count_diags(d, XXGK_P_TABLE_IMAGE), 0);
    xxgk_doc_free(d);
}

int main(void)
{
    /* XXGK_TEST_FILTER=docx_text_box_apart runs the tests so named (a shell pattern) */
    if (getenv("XXGK_TEST_FILTER"))
        cmocka_set_test_filter(getenv("XXGK_TEST_FILTER"));
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_given_page_is_kept_not_copied),
        cmocka_unit_test(html_pages_give_the_twins_cells),
        cmocka_unit_test(cells_point_into_the_page),
        cmocka_unit_test(html_table_split_in_two),
        cmocka_unit_test(cont_caption_reads_parts_and_totals),
        cmocka_unit_test(html_table_after_a_table_is_not_its_part),
        cmocka_unit_test(html_table_four_twice_keeps_this_year),
        cmocka_unit_test(html_heading_numeral_space_reads_as_text),
        cmocka_unit_test(diagnostics_point_into_the_page),
        cmocka_unit_test(cut_attributes_keep_places),
        cmocka_unit_test(page_naming_the_marker),
        cmocka_unit_test(grids_resolve_spans),
        cmocka_unit_test(chrome_and_word_markup),
        cmocka_unit_test(gbk_declared_page),
        cmocka_unit_test(big5_page_and_text),
        cmocka_unit_test(hostile_pages),
        cmocka_unit_test(docx_filled_template),
        cmocka_unit_test(docx_places),
        cmocka_unit_test(docx_reads_what_word_shows),
        cmocka_unit_test(docx_automatic_numbering),
        cmocka_unit_test(docx_as_word_writes),
        cmocka_unit_test(docx_frame_one_column),
        cmocka_unit_test(docx_frame_statistics_row),
        cmocka_unit_test(word_stats_table_with_note_row_no_frame),
        cmocka_unit_test(word_note_row_no_frame),
        cmocka_unit_test(docx_alternate_content_one_branch),
        cmocka_unit_test(docx_numbering_override),
        cmocka_unit_test(docx_placeholder_not_read),
        cmocka_unit_test(docx_nested_table_and_alt_chunk),
        cmocka_unit_test(docx_table_split_in_two),
        cmocka_unit_test(docx_table_join_parents),
        cmocka_unit_test(docx_field_code_not_read),
        cmocka_unit_test(docx_final_view_characters),
        cmocka_unit_test(docx_field_over_paragraphs),
        cmocka_unit_test(docx_field_open_at_cell_end),
        cmocka_unit_test(docx_field_open_in_anchored_box),
        cmocka_unit_test(docx_box_leads_heading),
        cmocka_unit_test(docx_deleted_paragraph_mark),
        cmocka_unit_test(docx_symbol_by_font),
        cmocka_unit_test(docx_alt_chunk_read_in),
        cmocka_unit_test(docx_alt_chunk_in_cell),
        cmocka_unit_test(docx_text_box_apart),
        cmocka_unit_test(docx_choice_text_unread),
        cmocka_unit_test(html_ordered_lists),
        cmocka_unit_test(html_marks_and_struck_text),
        cmocka_unit_test(html_label_marks),
        cmocka_unit_test(html_scope_caption_rows),
        cmocka_unit_test(html_header_marks),
        cmocka_unit_test(html_glued_marks),
        cmocka_unit_test(html_cell_expression),
        cmocka_unit_test(html_display_in_cells),
        cmocka_unit_test(html_spaced_inline_boxes),
        cmocka_unit_test(html_merged_runs),
        cmocka_unit_test(html_spaced_side_boxes),
        cmocka_unit_test(html_spacing_cascade),
        cmocka_unit_test(html_mark_after_spaced_box),
        cmocka_unit_test(html_mark_keeps_apart_edge),
        cmocka_unit_test(html_side_rules_not_evaluated),
        cmocka_unit_test(html_sheet_rules_doubted),
        cmocka_unit_test(html_side_rules_read),
        cmocka_unit_test(html_number_span_cut),
        cmocka_unit_test(html_number_span_not_cut),
        cmocka_unit_test(html_raised_cells),
        cmocka_unit_test(html_raised_cells_any_tail),
        cmocka_unit_test(html_split_runs),
        cmocka_unit_test(html_ruby_guides),
        cmocka_unit_test(html_hidden_content),
        cmocka_unit_test(html_show_rule_ties),
        cmocka_unit_test(html_desktop_media),
        cmocka_unit_test(html_zero_over_rows_and_columns),
        cmocka_unit_test(html_blank_row_after_spanning_label),
        cmocka_unit_test(html_blank_first_cell_after_spanning_label),
        cmocka_unit_test(html_blank_rows_one_width),
        cmocka_unit_test(html_numbers_in_merged_cells),
        cmocka_unit_test(html_note_row),
        cmocka_unit_test(html_title_row),
        cmocka_unit_test(html_note_word_needs_mark),
        cmocka_unit_test(docx_numbers_in_merged_cells),
        cmocka_unit_test(html_number_merged_over_rows_read_by_sums),
        cmocka_unit_test(html_label_written_into_merged_cells),
        cmocka_unit_test(docx_label_written_into_merged_cells),
        cmocka_unit_test(html_grid_by_labels),
        cmocka_unit_test(docx_grid_by_labels),
        cmocka_unit_test(docx_marks_and_paragraphs_in_a_cell),
        cmocka_unit_test(docx_raised_digits_glued),
        cmocka_unit_test(docx_positioned_digits),
        cmocka_unit_test(html_unseen_text),
        cmocka_unit_test(html_publish_block_over_footer),
        cmocka_unit_test(html_fee_unit_on_second_header_row),
        cmocka_unit_test(html_appeals_leading_empty_cells),
        cmocka_unit_test(html_linked_title_gives_no_way),
        cmocka_unit_test(html_numbers_on_lines),
        cmocka_unit_test(appeals_text_after_row),
        cmocka_unit_test(appeals_printed_blank_last),
        cmocka_unit_test(html_unseen_text_in_reports),
        cmocka_unit_test(html_style_sheet),
        cmocka_unit_test(html_style_memo_keys),
        cmocka_unit_test(html_style_sheet_in_reports),
        cmocka_unit_test(html_maybe_hidden),
        cmocka_unit_test(html_maybe_hidden_not),
        cmocka_unit_test(html_maybe_shown),
        cmocka_unit_test(html_visible_in_hidden),
        cmocka_unit_test(html_visible_inherit_stays_hidden),
        cmocka_unit_test(html_show_rules_undo_nothing),
        cmocka_unit_test(html_maybe_hidden_in_reports),
        cmocka_unit_test(html_class_maybe_hidden),
        cmocka_unit_test(html_class_maybe_hidden_not),
        cmocka_unit_test(html_class_maybe_hidden_runs),
        cmocka_unit_test(html_class_maybe_hidden_in_reports),
        cmocka_unit_test(html_thousands_blank),
        cmocka_unit_test(docx_thousands_blank),
        cmocka_unit_test(detection),
        cmocka_unit_test(blank_last_cell_of_a_page),
        cmocka_unit_test(links_are_no_title),
        cmocka_unit_test(generic_page_title),
        cmocka_unit_test(site_chrome),
        cmocka_unit_test(chrome_kept),
        cmocka_unit_test(chrome_links_read_apart),
        cmocka_unit_test(linked_title_and_agency),
        cmocka_unit_test(html_agency_unseen_markup),
        cmocka_unit_test(html_agency_wrapped_inside),
        cmocka_unit_test(reader_findings_cut),
        cmocka_unit_test(table_as_image),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
