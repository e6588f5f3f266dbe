/* The scanner: raw tokens and their byte spans, in both scripts and every
 * layout the seeds show. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "filter_text.h"
#include "lex.h"
#include "numerals.h"
#include "utf8.h"

typedef struct {
    raw_token t[64];
    int n;
    xxgk_doc *doc;
} lexed;

/* Scan text in a mode; a prose scan switches to table mode never. */
static void lex(lexed *L, const char *text, int mode)
{
    L->doc = doc_create("t.txt", text, strlen(text), NULL);
    assert_non_null(L->doc);
    scanner sc;
    scanner_init(&sc, L->doc);
    sc.mode = mode;
    L->n = 0;
    do
        scan_next(&sc, &L->t[L->n]);
    while (L->t[L->n++].kind != RT_EOF && L->n < 64);
}

/* The i-th token that is not a line break or delimiter. */
static const raw_token *nth(const lexed *L, int i)
{
    for (int k = 0; k < L->n; k++) {
        int kind = L->t[k].kind;
        if (kind == RT_NL || kind == RT_TAB || kind == RT_PIPE)
            continue;
        if (i-- == 0)
            return &L->t[k];
    }
    fail_msg("no token %d", i);
    return NULL;
}

static int entry_key(const raw_token *t) { return label_entry_at(t->label)->key; }

static void test_section_heading_at_line_start(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "一、总体情况\n正文一、总体情况\n", MODE_PROSE);
    assert_int_equal(nth(&L, 0)->kind, RT_SECTION);
    assert_int_equal(entry_key(nth(&L, 0)), XXGK_SEC_OVERVIEW);
    assert_int_equal(nth(&L, 0)->start, 0);
    assert_int_equal(nth(&L, 0)->end, strlen("一、总体情况"));
    /* the same words inside a line are text */
    assert_int_equal(nth(&L, 1)->kind, RT_TEXT);
    xxgk_doc_free(L.doc);
}

static void test_traditional_and_markdown_headings(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "## 四、政府信息公開行政復議、行政訴訟情況\n?五、存在的主要問題及改進情況\n", MODE_PROSE);
    const raw_token *a = nth(&L, 0), *b = nth(&L, 1);
    assert_int_equal(a->kind, RT_SECTION);
    assert_int_equal(entry_key(a), XXGK_SEC_APPEALS);
    assert_int_equal(a->md_level, 2);
    assert_int_equal(a->start, 3); /* after "## " */
    assert_int_equal(b->kind, RT_SECTION);
    assert_int_equal(entry_key(b), XXGK_SEC_PROBLEMS);
    assert_int_equal(b->start, strlen("## 四、政府信息公開行政復議、行政訴訟情況\n?"));
    xxgk_doc_free(L.doc);
}

static void test_keyword_heading_with_a_typo(void **state)
{
    (void)state;
    /* pingtan-2022 prints 行政法复议: the keywords still name section 四 */
    lexed L;
    lex(&L, "四、政府信息公开行政法复议、行政诉讼情况\n", MODE_PROSE);
    assert_int_equal(nth(&L, 0)->kind, RT_SECTION);
    assert_int_equal(entry_key(nth(&L, 0)), XXGK_SEC_APPEALS);
    assert_int_equal(label_entry_at(nth(&L, 0)->label)->variant, 2);
    xxgk_doc_free(L.doc);
}

static void test_subheading_forms(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "（一）甲\n(二)乙\n1.丙\n2、丁\n（3）戊\n一是己\n三、其他工作\n", MODE_PROSE);
    int want[][2] = {{XXGK_NUM_PAREN_CN, 1}, {XXGK_NUM_PAREN_CN, 2}, {XXGK_NUM_ARABIC, 1},
                     {XXGK_NUM_ARABIC, 2},   {XXGK_NUM_PAREN_ARABIC, 3}, {XXGK_NUM_CN_SHI, 1},
                     {XXGK_NUM_CN_DUN, 3}};
    for (int i = 0; i < 7; i++) {
        const raw_token *t = nth(&L, 2 * i);
        assert_int_equal(t->kind, RT_SUBHEAD);
        assert_int_equal(t->aux, want[i][0]);
        assert_int_equal(t->label, want[i][1]);
        assert_int_equal(nth(&L, 2 * i + 1)->kind, RT_TEXT);
    }
    xxgk_doc_free(L.doc);
}

static void test_title_date_note_page(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "某某局2023年政府信息公开工作年度报告\n2024年1月26日\n（此件公开发布）\n-3-\n", MODE_PROSE);
    assert_int_equal(nth(&L, 0)->kind, RT_TITLE);
    assert_int_equal(nth(&L, 1)->kind, RT_DATE);
    assert_int_equal(nth(&L, 2)->kind, RT_NOTE);
    assert_int_equal(nth(&L, 3)->kind, RT_PAGE);
    xxgk_doc_free(L.doc);
}

static void test_labels_broken_by_spaces_and_lines(void **state)
{
    (void)state;
    lexed L;
    /* seed 001: 三、 本年 度办 理结 果, seed 004: 自然\n人, 结 果 维 持 */
    lex(&L, "三、 本年 度办 理结 果\t(一) 予以公开\t0\n自然\n人\n结 果 维 持\n", MODE_TABLE);
    const raw_token *g = nth(&L, 0), *r = nth(&L, 1), *n = nth(&L, 2), *p = nth(&L, 3), *u = nth(&L, 4);
    assert_int_equal(g->kind, RT_LABEL);
    assert_int_equal(label_entry_at(g->label)->kind, LK_GROUP);
    assert_int_equal(g->end, strlen("三、 本年 度办 理结 果"));
    assert_int_equal(r->kind, RT_LABEL);
    assert_int_equal(label_entry_at(r->label)->key, XXGK_R_GRANTED);
    assert_int_equal(n->kind, RT_NUMBER);
    assert_int_equal(p->kind, RT_LABEL);
    assert_string_equal(label_entry_at(p->label)->text, "自然人");
    assert_int_equal(p->end - p->start, strlen("自然\n人"));
    assert_int_equal(u->kind, RT_LABEL);
    assert_string_equal(label_entry_at(u->label)->text, "结果维持");
    xxgk_doc_free(L.doc);
}

static void test_mixed_script_labels(void **state)
{
    (void)state;
    lexed L;
    /* seed 003 mixes scripts inside one label: 行政規范性文件, 屬于 */
    lex(&L, "行政規范性文件 |\n1.屬于國家秘密 |\n", MODE_TABLE);
    assert_int_equal(nth(&L, 0)->kind, RT_LABEL);
    assert_int_equal(label_entry_at(nth(&L, 0)->label)->key, XXGK_R_NORMATIVE_DOCS);
    assert_int_equal(nth(&L, 1)->kind, RT_LABEL);
    assert_int_equal(label_entry_at(nth(&L, 1)->label)->key, XXGK_R_DENIED_STATE_SECRET);
    xxgk_doc_free(L.doc);
}

static void test_numbers_and_units(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "1.0074845E7 240 万元 -35 １２ 75394432.52元\n", MODE_TABLE);
    assert_int_equal(nth(&L, 0)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 0)->end, 11);
    assert_int_equal(nth(&L, 1)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 1)->aux, XXGK_UNIT_WAN_YUAN);
    assert_int_equal(nth(&L, 2)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 3)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 4)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 4)->aux, XXGK_UNIT_YUAN);
    xxgk_doc_free(L.doc);
}

static void test_unknown_numbered_row_is_not_a_number(void **state)
{
    (void)state;
    lexed L;
    /* "9.其他原因 3": the 9 is a row number, never a value */
    lex(&L, "9.邮寄原因\t3\n", MODE_TABLE);
    assert_int_equal(nth(&L, 0)->kind, RT_MARK);
    assert_int_equal(nth(&L, 1)->kind, RT_CHAR);
    assert_int_equal(nth(&L, 5)->kind, RT_NUMBER);
    xxgk_doc_free(L.doc);
}

static void test_bad_bytes_are_located(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "ab\xff" "c\n\x01x\ny\0z\n", MODE_PROSE);
    const xxgk_diag *d = find_diag(L.doc, XXGK_L_INVALID_UTF8);
    assert_non_null(d);
    assert_int_equal(d->span.start, 2);
    assert_string_equal(d->msg, "invalid UTF-8 byte 0xFF at byte 2");
    d = find_diag(L.doc, XXGK_L_CONTROL_CHAR);
    assert_non_null(d);
    assert_int_equal(d->span.start, 5);
    xxgk_doc_free(L.doc);
    /* NUL inside the text: strlen would stop, so give the length */
    static const char nul[] = "y\0z\n";
    xxgk_doc *doc = doc_create("t", nul, sizeof nul - 1, NULL);
    scanner sc;
    scanner_init(&sc, doc);
    raw_token t;
    do
        scan_next(&sc, &t);
    while (t.kind != RT_EOF);
    d = find_diag(doc, XXGK_L_NUL_BYTE);
    assert_non_null(d);
    assert_int_equal(d->span.start, 1);
    xxgk_doc_free(doc);
}

static void test_binary_junk_is_summarised(void **state)
{
    (void)state;
    /* 100,000 invalid bytes: the first hundred located, then one summary
     * (the scanner's own cap, for junk inside text; xxgk_parse stops a file
     * that is junk from the start with one L006, below) */
    size_t n = 100000;
    char *junk = malloc(n);
    memset(junk, 0xFF, n);
    xxgk_doc *d = doc_create("junk", junk, n, NULL);
    assert_non_null(d);
    scanner sc;
    scanner_init(&sc, d);
    raw_token t;
    do
        scan_next(&sc, &t);
    while (t.kind != RT_EOF);
    assert_int_equal(count_diags(d, XXGK_L_INVALID_UTF8), BAD_BYTES_REPORTED);
    const xxgk_diag *s = find_diag(d, XXGK_L_TOO_MANY_BAD_BYTES);
    assert_non_null(s);
    assert_int_equal(s->span.start, BAD_BYTES_REPORTED);
    assert_string_equal(s->msg, "99900 more invalid bytes from here on are not reported one by one");
    xxgk_doc_free(d);

    /* the library, like the command line, says once what such bytes are */
    d = xxgk_parse("junk", junk, n, NULL);
    free(junk);
    assert_int_equal(count_diags(d, XXGK_L_INVALID_UTF8), 0);
    s = find_diag(d, XXGK_L_NOT_UTF8);
    assert_non_null(s);
    assert_int_equal(s->span.start, 0);
    assert_string_equal(s->msg, "the input is not UTF-8 text (binary data, not text)");
    xxgk_doc_free(d);
}

static void test_form_feed_is_a_page_break(void **state)
{
    (void)state;
    /* PDF text puts \f at page breaks (huaian-2024): space, not a control
     * character */
    lexed L;
    lex(&L, "\f二、主动公开政府信息情况\n正文\f续\n", MODE_PROSE);
    assert_int_equal(nth(&L, 0)->kind, RT_SECTION);
    assert_int_equal(nth(&L, 1)->kind, RT_TEXT);
    assert_int_equal(nth(&L, 1)->end - nth(&L, 1)->start, strlen("正文\f续"));
    assert_null(xxgk_doc_diags(L.doc));
    xxgk_doc_free(L.doc);
}

/* A lone CR (an old Mac file, some Word exports) ends a line as an LF
 * does, in prose and in a table: the document's copy has it as an LF
 * (doc.c, doc_build_lines), which the scanner's one line end (EOL: LF or
 * CR LF) reads; the heading after it opens its line, at the CR's offset
 * plus one, line 2 column 1. A CR LF is one break. */
static void test_lone_cr_ends_a_line(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "正文\r二、主动公开政府信息情况\r", MODE_PROSE);
    assert_int_equal(nth(&L, 0)->kind, RT_TEXT);
    assert_int_equal(nth(&L, 0)->end, strlen("正文"));
    assert_int_equal(L.t[1].kind, RT_NL);
    assert_int_equal(nth(&L, 1)->kind, RT_SECTION);
    assert_int_equal(nth(&L, 1)->start, strlen("正文\r"));
    xxgk_pos at = xxgk_doc_position(L.doc, nth(&L, 1)->start);
    assert_int_equal(at.line, 2);
    assert_int_equal(at.col, 1);
    xxgk_doc_free(L.doc);
    lex(&L, "1\t2\r3\r\n4", MODE_TABLE); /* the text's end: the break parse.c appends */
    int kinds[] = {RT_NUMBER, RT_TAB, RT_NUMBER, RT_NL, RT_NUMBER, RT_NL, RT_NUMBER, RT_NL, RT_EOF};
    for (int k = 0; k < (int)(sizeof kinds / sizeof *kinds); k++)
        if (L.t[k].kind != kinds[k])
            fail_msg("token %d: kind %d, not %d (%u..%u)", k, L.t[k].kind, kinds[k], L.t[k].start, L.t[k].end);
    assert_int_equal(L.t[5].end - L.t[5].start, 2); /* the CR LF, one break */
    xxgk_doc_free(L.doc);
}

static void test_pipes_and_tabs(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "0 | ||\n", MODE_TABLE);
    assert_int_equal(L.t[0].kind, RT_NUMBER);
    assert_int_equal(L.t[1].kind, RT_PIPE);
    assert_int_equal(L.t[2].kind, RT_PIPE);
    assert_int_equal(L.t[3].kind, RT_PIPE);
    assert_int_equal(L.t[4].kind, RT_NL);
    xxgk_doc_free(L.doc);
}

/* The digits, TABs and pipes of a table line (read without the DFA: lexer.re
 * plain_token) give the DFA's tokens wherever a longer match could start: a
 * unit after a TAB, a decimal point, a row mark, and an item-number label
 * whose 、 stands lines below its digit, also after a label read over
 * line breaks. */
/* ft_title_end as it was: a walk over the code points, bytes that are not
 * UTF-8 skipped one at a time. */
static uint32_t title_end_by_walk(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e;) {
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        if (cp == 0x3002 || cp == 0xFF1B || cp == 0xFF1A || cp == ':' || cp == ';')
            return i;
        i += (uint32_t)l;
    }
    return e;
}

/* ft_blank_before as it was: byte by byte. */
static uint32_t blank_before_by_bytes(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e; i++)
        if (src[i] == ' ' || src[i] == '\t' ||
            (i + 2 < e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80))
            return i > s ? i : e;
    return e;
}

/* ft_agency_line as it was: its 。 byte by byte. */
static bool agency_line_by_bytes(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (utf8_count(src + s, e - s) > 40)
        return false;
    for (uint32_t i = s; i + 3 <= e; i++)
        if (src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x82)
            return false;
    return true;
}

/* ft_section_title as it was: the numeral's end by a walk over the code
 * points, then the blanks, colons and 、 after it, and the blanks at the
 * end. */
/* 一 总体情况 (the 、 lost): past markup and blanks, numerals 一…十, then
 * blanks and a character that is no 、 . ．: where the title starts; 0
 * when the heading is not so. */
static bool heading_markup(uint32_t cp)
{
    return cp == '*' || cp == '_' || cp == '[' || cp == ' ' || cp == '\t' || cp == 0x3010 || cp == 0x3016 ||
           cp == 0x3000;
}

static uint32_t numeral_blank_title(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s, cp = 0;
    int l;
    while (i < e && (l = utf8_decode(src + i, e - i, &cp)) && heading_markup(cp))
        i += (uint32_t)l;
    uint32_t n = i;
    while (i < e && (l = utf8_decode(src + i, e - i, &cp)) && cp >= 0x4E00 && numeral_digit(cp) > 0)
        i += (uint32_t)l;
    uint32_t b = i;
    while (i < e && (l = utf8_decode(src + i, e - i, &cp)) && (cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0))
        i += (uint32_t)l;
    if (b == n || i == b || i >= e || !utf8_decode(src + i, e - i, &cp) || cp == 0x3001 || cp == '.' || cp == 0xFF0E)
        return 0;
    return i;
}

static void section_title_by_walk(const uint8_t *src, uint32_t s, uint32_t e, uint32_t *ts, uint32_t *te)
{
    uint32_t i = numeral_blank_title(src, s, e), cp;
    if (!i) {
        i = s;
        while (i < e) {
            int l = utf8_decode(src + i, e - i, &cp);
            if (!l) {
                i++;
                continue;
            }
            i += (uint32_t)l;
            if (cp == 0x3001 || cp == '.' || cp == 0xFF0E || cp == 0x5206 || cp == ')' || cp == 0xFF09)
                break;
        }
    }
    for (;;) {
        int l = i < e ? utf8_decode(src + i, e - i, &cp) : 0;
        if (l && (cp == ' ' || cp == '\t' || cp == 0x3000 || cp == ':' || cp == 0xFF1A || cp == 0x3001))
            i += (uint32_t)l;
        else
            break;
    }
    uint32_t end = e;
    while (end > i && (src[end - 1] == ' ' || src[end - 1] == '\t'))
        end--;
    *ts = i;
    *te = end;
}

/* ft_title_end, ft_blank_before, ft_agency_line and ft_section_title
 * find their stops by their bytes, sixteen at a time: the same places as
 * the walks they replace, over random texts of stops, their pieces, other
 * characters and stray bytes, at every start and end. */
/* numeral_may_digit lets through every code point numeral_digit reads
 * (the year scan asks numeral_digit only past it: a digit it missed would
 * be a year not read), and turns away the characters around a year. */
static void test_numeral_may_digit_covers_every_digit(void **state)
{
    (void)state;
    int digits = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (numeral_digit(cp) >= 0) {
            digits++;
            assert_true(numeral_may_digit(cp));
        }
    }
    assert_int_equal(digits, 10 + 10 + 13); /* 0-9 of both widths, 〇 ○ 零 一 … 九 十 */
    assert_false(numeral_may_digit(0x5E74)); /* 年 */
    assert_false(numeral_may_digit(0x81F3)); /* 至 */
    assert_false(numeral_may_digit(0x3001)); /* 、 */
    assert_false(numeral_may_digit('a'));
}

static void test_title_end_by_bytes(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "\xE3\x80\x82", "\xEF\xBC\x9B", "\xEF\xBC\x9A", ":", ";", "a", " ", "\xE4\xB8\x80",
        "\xEF\xBC\x8C", "\xE3\x80\x81", "\x80", "\xE3", "\xE3\x80", "\xEF\xBC", "\xF0\x9F\x98\x80",
        "\xC2\xA0", "\xE4\xB8", "\xED\xA0\x80", "\xE0\x80\x82", "\t", "\xE3\x80\x80", ".", ")",
        "\xEF\xBC\x8E", "\xEF\xBC\x89", "\xE5\x88\x86", "\xE5\x88", "\xE3\x80\x81\xE3\x80\x81",
        "\xE4\xBA\x8C ", "\xE3\x80\x90"};
    const size_t np = sizeof pieces / sizeof pieces[0];
    uint32_t seed = 12345;
    for (int round = 0; round < 4000; round++) {
        uint8_t text[160];
        size_t n = 0;
        for (;;) {
            seed = seed * 1103515245u + 12345u;
            /* mostly characters with no stop, sometimes long runs of them */
            const char *p = (seed >> 16) % 4 ? "\xE4\xB8\x80" : pieces[(seed >> 8) % np];
            size_t l = strlen(p);
            if (n + l > sizeof text)
                break;
            memcpy(text + n, p, l);
            n += l;
            if ((seed >> 20) % 61 == 0)
                break;
        }
        for (uint32_t s = 0; s < n; s += 1 + round % 5)
            for (uint32_t e = s; e <= n; e += 1 + round % 7)
            {
                assert_int_equal(ft_title_end(text, s, e), title_end_by_walk(text, s, e));
                assert_int_equal(ft_blank_before(text, s, e), blank_before_by_bytes(text, s, e));
                assert_int_equal(ft_agency_line(text, s, e), agency_line_by_bytes(text, s, e));
                uint32_t ts, te, ws, we;
                ft_section_title(text, s, e, &ts, &te);
                section_title_by_walk(text, s, e, &ws, &we);
                assert_int_equal(ts, ws);
                assert_int_equal(te, we);
            }
    }
}

static void test_plain_cells_and_longer_matches(void **state)
{
    (void)state;
    lexed L;
    lex(&L, "\t0\t12 |  3\t5\t万元 7.5 8 \n", MODE_TABLE);
    int kinds[] = {RT_NUMBER, RT_TAB, RT_NUMBER, RT_PIPE, RT_NUMBER, RT_TAB, RT_NUMBER, RT_NUMBER, RT_NUMBER, RT_NL};
    uint32_t starts[] = {1, 2, 3, 5, 9, 10, 11, 20, 24, 26};
    for (int i = 0; i < 10; i++) {
        assert_int_equal(L.t[i].kind, kinds[i]);
        assert_int_equal(L.t[i].start, starts[i]);
    }
    assert_int_equal(L.t[6].aux, XXGK_UNIT_WAN_YUAN); /* 5<TAB>万元 */
    assert_int_equal(L.t[7].end, 23);                 /* 7.5 */
    xxgk_doc_free(L.doc);

    /* 1 … 、属于国家秘密 two lines below: one label; after it, 3<TAB>万元 */
    lex(&L, "1 \n\n 、属于国家秘密 3\t万元\n2\n", MODE_TABLE);
    assert_int_equal(L.t[0].kind, RT_LABEL);
    assert_int_equal(L.t[1].kind, RT_NUMBER);
    assert_int_equal(L.t[1].aux, XXGK_UNIT_WAN_YUAN);
    assert_int_equal(L.t[2].kind, RT_NL);
    assert_int_equal(L.t[3].kind, RT_NUMBER);
    xxgk_doc_free(L.doc);

    lex(&L, "行政许可 2 9、邮寄\n", MODE_TABLE);
    assert_int_equal(nth(&L, 1)->kind, RT_NUMBER);
    assert_int_equal(nth(&L, 2)->kind, RT_MARK);
    xxgk_doc_free(L.doc);
}

/* genlabels' column of summed groups (label_summed_group): the numeral
 * of the group whose word an entry's text holds, for the three group
 * headings of table 三 in both their forms; none for 三、本年度办理结果,
 * a row or a column. A generator that swapped two numerals or missed the
 * short form would move a group's printed total to another group (P087). */
static void test_summed_group_column(void **state)
{
    (void)state;
    static const struct {
        const char *word, *numeral;
    } groups[] = {{"不予公开", "（三）"}, {"无法提供", "（四）"}, {"不予处理", "（五）"}};
    int found[3] = {0, 0, 0};
    for (int i = 0; i < label_count(); i++) {
        const char *want = NULL;
        for (int k = 0; k < 3 && !want; k++)
            if (strstr(label_entry_at(i)->text, groups[k].word)) {
                want = groups[k].numeral;
                found[k]++;
            }
        const char *got = label_summed_group(i);
        if (want)
            assert_string_equal(got, want);
        else
            assert_null(got);
    }
    for (int k = 0; k < 3; k++)
        assert_true(found[k] >= 2); /* （三）不予公开 and 不予公开, at least */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_section_heading_at_line_start),
        cmocka_unit_test(test_lone_cr_ends_a_line),
        cmocka_unit_test(test_traditional_and_markdown_headings),
        cmocka_unit_test(test_keyword_heading_with_a_typo),
        cmocka_unit_test(test_subheading_forms),
        cmocka_unit_test(test_title_date_note_page),
        cmocka_unit_test(test_labels_broken_by_spaces_and_lines),
        cmocka_unit_test(test_mixed_script_labels),
        cmocka_unit_test(test_numbers_and_units),
        cmocka_unit_test(test_unknown_numbered_row_is_not_a_number),
        cmocka_unit_test(test_bad_bytes_are_located),
        cmocka_unit_test(test_binary_junk_is_summarised),
        cmocka_unit_test(test_form_feed_is_a_page_break),
        cmocka_unit_test(test_pipes_and_tabs),
        cmocka_unit_test(test_summed_group_column),
        cmocka_unit_test(test_plain_cells_and_longer_matches),
        cmocka_unit_test(test_title_end_by_bytes),
        cmocka_unit_test(test_numeral_may_digit_covers_every_digit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
