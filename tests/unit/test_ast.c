/* The AST's positions and its printed forms: tree, JSON, CSV/JSONL export. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pos_cursor.h"
#include "testutil.h"
#include "utf8.h"

/* Print with a printer into a malloc'd string. */
static char *capture(void (*fn)(FILE *, const xxgk_doc *), const xxgk_doc *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fn(f, d);
    fclose(f);
    return buf;
}

static void test_positions_count_code_points(void **state)
{
    (void)state;
    const char *text = "一、总体情况\n\t行政\xe8\xae\xb8可 x\n";
    xxgk_doc *d = parse_str(text);
    /* byte of 'x': line 2, after a TAB and four CJK characters and a space */
    uint32_t off = (uint32_t)(strchr(text, 'x') - text);
    xxgk_pos p = xxgk_doc_position(d, off);
    assert_int_equal(p.line, 2);
    assert_int_equal(p.col, 7);
    xxgk_span line = xxgk_doc_line(d, off);
    assert_int_equal(line.start, strlen("一、总体情况\n"));
    assert_int_equal(line.end, strlen(text) - 1);
    xxgk_doc_free(d);
}

static void test_crlf_and_cr_lines(void **state)
{
    (void)state;
    xxgk_doc *d = parse_str("一、总体情况\r\n正文\r二、主动公开政府信息情况\r\n");
    const xxgk_section *s = xxgk_doc_report(d)->sections;
    assert_non_null(s->next);
    assert_int_equal(s->next->id, XXGK_SEC_PROACTIVE);
    assert_int_equal(xxgk_doc_position(d, s->next->heading_span.start).line, 3);
    xxgk_doc_free(d);
}

/* Lines longer than the column marks (DOC_COL_MARK bytes): every position's
 * column is the count from its line start, whichever way it is computed,
 * and each line ends before its LF, CR LF or CR. */
static void test_positions_on_long_lines(void **state)
{
    (void)state;
    size_t cap = 60000, n = 0;
    char *t = malloc(cap);
    static const char *const pieces[] = {"行政许可", " 12 ", "\xff", "\t", "é", "𠀀", "|"};
    static const char *const breaks[] = {"\n", "\r\n", "\r"};
    for (int line = 0; line < 3; line++) {
        for (int k = 0; n + 16 < cap / 3 * (size_t)(line + 1); k++) {
            size_t l = strlen(pieces[k % 7]);
            memcpy(t + n, pieces[k % 7], l);
            n += l;
        }
        memcpy(t + n, breaks[line], strlen(breaks[line]));
        n += strlen(breaks[line]);
    }
    memcpy(t + n, "末行", 7); /* a last line without a break */
    n += 6;
    xxgk_doc *d = xxgk_parse("long", t, n, NULL);
    assert_non_null(d);
    uint32_t line = 1, start = 0, col = 1;
    for (uint32_t off = 0; off <= n; off++) {
        if (off == n || (off % 97 == 0 && ((unsigned char)t[off] & 0xC0) != 0x80)) {
            xxgk_pos p = xxgk_doc_position(d, off);
            assert_int_equal(p.line, line);
            assert_int_equal(p.col, col);
            xxgk_span ls = xxgk_doc_line(d, off);
            assert_int_equal(ls.start, start);
            uint32_t end = start;
            while (end < n && t[end] != '\n' && t[end] != '\r')
                end++;
            assert_int_equal(ls.end, end);
        }
        if (off == n)
            break;
        if (t[off] == '\n' || (t[off] == '\r' && (off + 1 >= n || t[off + 1] != '\n'))) {
            line++;
            start = off + 1;
            col = 1;
        } else if (((unsigned char)t[off] & 0xC0) != 0x80) { /* the CR of CR LF counts */
            col++;
        }
    }
    assert_int_equal(line, 4);
    free(t);
    xxgk_doc_free(d);
}

/* Lines shorter than the line index's blocks (DOC_BLOCK bytes): blank lines
 * by the hundred, CR LF and lone CR among them. The line of every offset is
 * one more than the breaks before it, and xxgk_doc_line gives its start. */
static void test_lines_denser_than_blocks(void **state)
{
    (void)state;
    size_t cap = 4000, n = 0;
    char *t = malloc(cap);
    static const char *const pieces[] = {"\n", "\n\n\n", "a\n", "\r\n", "\r", "行\n", "\r\r\n", "xyz"};
    for (int k = 0; n + 8 < cap; k++) {
        const char *p = pieces[(k * 7 + k / 5) % 8];
        memcpy(t + n, p, strlen(p));
        n += strlen(p);
    }
    xxgk_doc *d = xxgk_parse("dense", t, n, NULL);
    assert_non_null(d);
    uint32_t line = 1, start = 0;
    for (uint32_t off = 0; off <= n; off++) {
        if (off == n || ((unsigned char)t[off] & 0xC0) != 0x80) {
            assert_int_equal(xxgk_doc_position(d, off).line, line);
            assert_int_equal(xxgk_doc_line(d, off).start, start);
        }
        if (off < n && (t[off] == '\n' || (t[off] == '\r' && (off + 1 >= n || t[off + 1] != '\n')))) {
            line++;
            start = off + 1;
        }
    }
    assert_true(line > n / 3); /* more lines than blocks by far */
    free(t);
    xxgk_doc_free(d);
}

/* The line of an offset asked in any order, before the block index is
 * made (from the line of the lookup before: a few lines on, far on, back)
 * and after it: one more than the breaks before it, as counted. */
static void test_lines_in_any_order(void **state)
{
    (void)state;
    size_t cap = 6000, n = 0;
    char *t = malloc(cap);
    static const char *const pieces[] = {"\n", "第一行\n", "ab\r\n", "\r", "一二三四五六七八九十\n", "x"};
    for (int k = 0; n + 40 < cap; k++) {
        const char *p = pieces[(k * 5 + k / 3) % 6];
        memcpy(t + n, p, strlen(p));
        n += strlen(p);
    }
    uint32_t *line_at = malloc(sizeof *line_at * (n + 1));
    uint32_t line = 1;
    for (uint32_t off = 0; off <= n; off++) {
        line_at[off] = line;
        if (off < n && (t[off] == '\n' || (t[off] == '\r' && (off + 1 >= n || t[off + 1] != '\n'))))
            line++;
    }
    for (int round = 0; round < 3; round++) {
        xxgk_doc *d = xxgk_parse("order", t, n, NULL);
        assert_non_null(d);
        unsigned seed = 77u + (unsigned)round;
        for (int q = 0; q < 3 * DOC_BLOCKS_AFTER; q++) {
            seed = seed * 1103515245u + 12345u;
            uint32_t off = round == 0   ? (seed >> 8) % (uint32_t)(n + 1)                      /* anywhere */
                           : round == 1 ? (uint32_t)((size_t)q * 7 % (n + 1))                  /* forward, wrapping */
                                        : (uint32_t)(n - (size_t)q * 3 % (n + 1));             /* backward */
            while (off < n && ((unsigned char)t[off] & 0xC0) == 0x80)
                off++;
            assert_int_equal(xxgk_doc_position(d, off).line, line_at[off]);
        }
        xxgk_doc_free(d);
    }
    free(line_at);
    free(t);
}

/* A position cursor (pos_cursor.h) gives xxgk_doc_position's answer for
 * places met in any order: forward on a line, a few lines down, far down,
 * far along a line, back, past the end; over short and blank lines (CR
 * LF, lone CR), lines longer than the column marks and lines longer than
 * the cursor counts (DOC_MARK). */
static void test_pos_cursor_matches_doc_position(void **state)
{
    (void)state;
    size_t cap = 40000, n = 0;
    char *t = malloc(cap);
    static const char *const pieces[] = {"\n", "行政 12\t3", "a\n", "\r\n", "\r", "许可\n", "\r\r\n", "xyz 45 ",
                                         "\n\n\n"};
    for (int k = 0; n + 6000 < cap; k++) {
        const char *p = pieces[(k * 7 + k / 5) % 9];
        memcpy(t + n, p, strlen(p));
        n += strlen(p);
        if (k % 97 == 96) /* now and then a line longer than DOC_COL_MARK */
            for (int j = 0; j < 120; j++, n += 4)
                memcpy(t + n, j % 2 ? "许 " : "1\t3 ", 4);
        if (k % 499 == 498) /* and a few longer than DOC_MARK */
            for (int j = 0; j < 1300; j++, n += 4)
                memcpy(t + n, j % 3 ? "许 " : "1\t3 ", 4);
    }
    xxgk_doc *d = xxgk_parse("cursor", t, n, NULL);
    assert_non_null(d);
    pos_cursor at = {0};
    uint32_t off = 0, seed = 7;
    for (int k = 0; k < 20000; k++) {
        seed = seed * 1103515245u + 12345u;
        uint32_t r = (seed >> 16) % 100;
        if (r < 60)
            off += r % 7;
        else if (r < 82)
            off += r * 3;
        else if (r < 85)
            off += r * 60; /* past DOC_MARK bytes along a line, or lines down */
        else if (r < 95)
            off = off > r * 20 ? off - r * 20 : 0;
        else
            off = (uint32_t)n + r % 3 - 1;
        if (off > n + 2)
            off = 0;
        xxgk_pos want = xxgk_doc_position(d, off), got = pos_cursor_at(&at, d, off);
        assert_int_equal(got.line, want.line);
        assert_int_equal(got.col, want.col);
    }
    free(t);
    xxgk_doc_free(d);
}

/* A cursor's column counts every distance along a line alike: from 0 to
 * 120 bytes after the last place, that place 0 to 40 bytes into the text
 * (count_cps reads the word or the sixteen bytes ending at a place, once
 * there are that many before it, and masks off those counted already), on
 * a line of CJK, ASCII, TABs and a stray continuation byte. A cursor that
 * counted a byte twice or missed one is a column off. */
static void test_pos_cursor_counts_each_distance(void **state)
{
    (void)state;
    char t[400];
    size_t n = 0;
    static const char *const pieces[] = {"行政", "12\t", "许", "a", "\x80", "可 ", "3", "\t\t"};
    for (int k = 0; n + 8 < 300; k++) {
        const char *p = pieces[(k * 5 + k / 3) % 8];
        memcpy(t + n, p, strlen(p));
        n += strlen(p);
    }
    t[n++] = '\n';
    xxgk_doc *d = xxgk_parse("count", t, n, NULL);
    assert_non_null(d);
    for (uint32_t from = 0; from < 40; from++)
        for (uint32_t len = 0; len <= 120; len++) {
            pos_cursor at = {0};
            xxgk_pos a = pos_cursor_at(&at, d, from), b = pos_cursor_at(&at, d, from + len);
            xxgk_pos wa = xxgk_doc_position(d, from), wb = xxgk_doc_position(d, from + len);
            assert_int_equal(a.col, wa.col);
            assert_int_equal(b.line, wb.line);
            assert_int_equal(b.col, wb.col);
        }
    xxgk_doc_free(d);
}

/* The UTF-8 rules, written out once, the slow way: lead byte, continuation
 * bytes, no overlong form, no surrogate, nothing past U+10FFFF. */
static int reference_decode(const uint8_t *s, size_t n, uint32_t *cp)
{
    *cp = s[0];
    if (s[0] < 0x80)
        return 1;
    int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
    if (!len || s[0] > 0xF4 || (size_t)len > n)
        return 0;
    uint32_t v = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

/* utf8_decode agrees with the rules on every sequence of up to three bytes
 * and on four-byte ones around every boundary; utf8_count counts the bytes
 * that are not continuation bytes, at every length and alignment. */
static void test_utf8_decode_and_count(void **state)
{
    (void)state;
    for (uint32_t x = 0; x < (1u << 24); x++) {
        uint8_t b[3] = {(uint8_t)(x >> 16), (uint8_t)(x >> 8), (uint8_t)x};
        for (size_t n = 1; n <= 3; n++) {
            if ((n == 1 && (x & 0xFFFF)) || (n == 2 && (x & 0xFF)))
                continue; /* a shorter buffer: each of its sequences once */
            uint32_t a = 0, r = 0;
            int la = utf8_decode(b, n, &a), lr = reference_decode(b, n, &r);
            if (la != lr || a != r)
                fail_msg("%02X %02X %02X (n=%zu): %d U+%X, expected %d U+%X", b[0], b[1], b[2], n, la,
                         a, lr, r);
        }
    }
    static const uint8_t edge[] = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF};
    for (unsigned lead = 0xF0; lead <= 0xFF; lead++)
        for (unsigned c1 = 0; c1 < 256; c1++)
            for (int i = 0; i < 8; i++)
                for (int j = 0; j < 8; j++) {
                    uint8_t b[4] = {(uint8_t)lead, (uint8_t)c1, edge[i], edge[j]};
                    uint32_t a = 0, r = 0;
                    assert_int_equal(utf8_decode(b, 4, &a), reference_decode(b, 4, &r));
                    assert_int_equal(a, r);
                }
    uint8_t buf[200];
    uint32_t seed = 1;
    for (int k = 0; k < 2000; k++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (uint8_t)(seed >> 16);
        }
        size_t from = (size_t)k % 9, n = (size_t)k % (sizeof buf - from);
        uint32_t expect = 0;
        for (size_t i = from; i < from + n; i++)
            expect += (buf[i] & 0xC0) != 0x80;
        assert_int_equal(utf8_count(buf + from, n), expect);
    }
}

static void test_caret_is_drawn_by_display_width(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/erqi-edu-2020.txt");
    const xxgk_diag *g = find_diag(d, XXGK_P_TOO_MANY_VALUES);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    xxgk_print_diag(f, d, g, false);
    fclose(f);
    assert_non_null(strstr(buf, "tests/fixtures/erqi-edu-2020.txt:80:31: error[P006]: value 16 of row "));
    /* fifteen "0" cells and fifteen TABs shown as four spaces each: 75 cells
     * before the caret */
    const char *caret = strstr(buf, "^");
    const char *bar = caret;
    while (bar > buf && *bar != '|')
        bar--;
    assert_int_equal(caret - bar - 2, 75);
    free(buf);
    xxgk_doc_free(d);
    /* CJK characters take two cells */
    d = parse_str("一、总体情况\n\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t暂无\n");
    g = find_diag(d, XXGK_P_TEXT_FOR_NUMBER);
    f = open_memstream(&buf, &len);
    xxgk_print_diag(f, d, g, false);
    fclose(f);
    /* "行政许可" (8 cells) and a TAB (4 cells) before 暂无, underlined ^~~ */
    assert_non_null(strstr(buf, " 6 | 行政许可    暂无\n   |             ^~~~\n"));
    free(buf);
    xxgk_doc_free(d);
}

static void test_tree_names_keys_and_places(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/huzhu-edu-2023.txt");
    char *t = capture(xxgk_print_tree, d);
    assert_non_null(strstr(t, "  agency \"互助土族自治县教育局\" from title @3:1\n"));
    assert_non_null(strstr(t, "  section requests 三 \"收到和处理政府信息公开申请情况\" @37:1\n"));
    assert_non_null(strstr(t, "      cell rules.in_force = (empty) @23:8\n"));
    assert_non_null(strstr(t, "  signoff date 2024-01-26 @70:1\n"));
    assert_non_null(strstr(t, "error P002 58:1: section 四"));
    free(t);
    xxgk_doc_free(d);
}

static void test_json_shape(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/beiguan-edu-2023.txt");
    char *j = capture(xxgk_print_json, d);
    static const char head[] = "{\"file\":\"tests/fixtures/beiguan-edu-2023.txt\",\"reports\":[{";
    assert_true(strncmp(j, head, sizeof head - 1) == 0);
    assert_non_null(strstr(j, "{\"row\":\"fees\",\"column\":\"amount_wan_yuan\",\"state\":\"value\",\"value\":\"10074845\","
                              "\"unit\":\"万元\",\"unit_printed\":false,\"scientific\":true,\"line\":68,\"col\":9,"));
    assert_non_null(strstr(j, "\"agency\":\"北关区教育局\",\"agency_key\":\"北关区教育局\",\"agency_source\":\"title\","
                              "\"date\":null,\"date_source\":\"none\",\"year\":2023"));
    /* balanced braces and brackets outside strings */
    int depth = 0, in_str = 0;
    for (const char *p = j; *p; p++) {
        if (in_str) {
            if (*p == '\\')
                p++;
            else if (*p == '"')
                in_str = 0;
            continue;
        }
        if (*p == '"')
            in_str = 1;
        else if (*p == '{' || *p == '[')
            depth++;
        else if (*p == '}' || *p == ']')
            assert_true(--depth >= 0);
    }
    assert_int_equal(depth, 0);
    free(j);
    xxgk_doc_free(d);
}

static void export_csv(FILE *f, const xxgk_doc *d) { xxgk_export_csv(f, d, NULL); }
static void export_jsonl(FILE *f, const xxgk_doc *d) { xxgk_export_jsonl(f, d, NULL); }

static void test_export_records(void **state)
{
    (void)state;
    xxgk_doc *d = parse_file("tests/fixtures/erqi-edu-2020.txt");
    char *c = capture(export_csv, d);
    assert_non_null(strstr(c, "tests/fixtures/erqi-edu-2020.txt,二七区教育局,二七区教育局,,2020,2019,proactive,central_procurement,amount,240,万元,44,10,\n"));
    /* table 四 prints 16 numbers for 15 cells (P006): each of its cells may
     * be in another column, and says so */
    assert_non_null(strstr(c, "tests/fixtures/erqi-edu-2020.txt,二七区教育局,二七区教育局,,2020,2019,appeals,suit_after_review,total,0,,80,29,P006\n"));
    int lines = 0;
    for (const char *p = c; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, 198);
    free(c);
    xxgk_doc_free(d);
    d = parse_file("tests/fixtures/huzhu-edu-2023.txt");
    c = capture(export_jsonl, d);
    /* the blank last cell of 规章 (a TAB at the line end): an empty cell of
     * no width, which the P023 standing on it concerns */
    assert_non_null(strstr(c, "\"table\":\"proactive\",\"row\":\"rules\",\"column\":\"in_force\",\"value\":null,\"unit\":\"\",\"line\":23,\"col\":8,\"flags\":[\"P023\"]}\n"));
    free(c);
    xxgk_doc_free(d);
}

/* Every record of WANT (N of them) among D's CSV export's records. */
static void assert_csv_records(xxgk_doc *d, const char *const *want, size_t n)
{
    char *c = capture(export_csv, d);
    for (size_t k = 0; k < n; k++)
        if (!strstr(c, want[k]))
            fail_msg("no record %s", want[k]);
    free(c);
}

/* A row printed more than once whose later copies' cells were read too
 * (P014): export writes each copy, in print order; the first is the row's
 * (check and diff read it) and keeps its own flags only, every record of
 * a later copy carries P014 (before the findings at its numbers: P014
 * stands at the copy's label), so a data team dropping flagged records
 * keeps one value a key. */
static void test_export_later_copies(void **state)
{
    (void)state;
    static const char *const proactive[] = {
        /* table 二: the row one cell a line, damaged (P062), three times, then on one line */
        ",proactive,normative_docs,issued,3,,51,1,P062\n",
        ",proactive,normative_docs,in_force,,,53,1,P062\n",
        ",proactive,normative_docs,issued,3,,55,1,P014 P062\n",
        ",proactive,normative_docs,in_force,,,57,1,P014 P062\n",
        ",proactive,normative_docs,repealed,1,,60,1,P014 P062\n",
        ",proactive,normative_docs,issued,0,,63,9,P014\n",
        ",proactive,normative_docs,in_force,0,,63,13,P014\n",
        /* must-not: a row printed once */
        ",proactive,licensing,decisions,514,,68,6,\n",
    };
    xxgk_doc *d = parse_file("tests/diff/copies-2023.txt");
    assert_csv_records(d, proactive, sizeof proactive / sizeof *proactive);
    char *c = capture(export_jsonl, d);
    assert_non_null(strstr(c, "\"row\":\"normative_docs\",\"column\":\"issued\",\"value\":\"3\",\"unit\":\"\",\"line\":51,\"col\":1,\"flags\":[\"P062\"]}\n"));
    assert_non_null(strstr(c, "\"row\":\"normative_docs\",\"column\":\"issued\",\"value\":\"3\",\"unit\":\"\",\"line\":55,\"col\":1,\"flags\":[\"P014\",\"P062\"]}\n"));
    assert_non_null(strstr(c, "\"row\":\"normative_docs\",\"column\":\"issued\",\"value\":\"0\",\"unit\":\"\",\"line\":63,\"col\":9,\"flags\":[\"P014\"]}\n"));
    assert_non_null(strstr(c, "\"row\":\"licensing\",\"column\":\"decisions\",\"value\":\"514\",\"unit\":\"\",\"line\":68,\"col\":6,\"flags\":[]}\n"));
    free(c);
    xxgk_doc_free(d);

    static const char *const requests[] = {
        /* table 三: the row one cell a line, 总计 damaged (P061), then again on one line */
        ",requests,carried_out,natural_person,5,,53,1,P061\n",
        ",requests,carried_out,total,,,59,1,P061\n",
        ",requests,carried_out,natural_person,1,,60,13,P014\n",
        ",requests,carried_out,total,1,,60,25,P014\n",
        /* must-not: a row printed once; table 四, whose one row is printed once */
        ",requests,carried_in,total,0,,29,30,\n",
        ",appeals,review,upheld,1,,65,1,\n",
        ",appeals,suit_after_review,total,0,,65,31,\n",
    };
    d = parse_file("tests/diff/carry-copies-2021.txt");
    assert_csv_records(d, requests, sizeof requests / sizeof *requests);
    c = capture(export_jsonl, d);
    assert_non_null(strstr(c, "\"row\":\"carried_out\",\"column\":\"natural_person\",\"value\":\"5\",\"unit\":\"\",\"line\":53,\"col\":1,\"flags\":[\"P061\"]}\n"));
    assert_non_null(strstr(c, "\"row\":\"carried_out\",\"column\":\"total\",\"value\":\"1\",\"unit\":\"\",\"line\":60,\"col\":25,\"flags\":[\"P014\"]}\n"));
    assert_non_null(strstr(c, "\"table\":\"appeals\",\"row\":\"review\",\"column\":\"upheld\",\"value\":\"1\",\"unit\":\"\",\"line\":65,\"col\":1,\"flags\":[]}\n"));
    free(c);
    xxgk_doc_free(d);
}

static void *parse_and_print(void *arg)
{
    xxgk_doc *d = parse_file((const char *)arg);
    char *t = capture(xxgk_print_tree, d);
    xxgk_doc_free(d);
    return t;
}

static void test_threads_parse_independently(void **state)
{
    (void)state;
    /* the parser keeps no global state: the same trees from four threads */
    static const char *const files[] = {"tests/fixtures/huaian-2024.txt", "tests/fixtures/liujiang-edu-2024.txt",
                                        "tests/fixtures/huaian-2024.txt", "tests/fixtures/liujiang-edu-2024.txt"};
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, parse_and_print, (void *)files[i]), 0);
    char *out[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_join(th[i], (void **)&out[i]), 0);
    char *ref = parse_and_print((void *)files[0]);
    assert_string_equal(out[0], ref);
    assert_string_equal(out[2], ref);
    assert_string_equal(out[1], out[3]);
    assert_non_null(strstr(out[1], "error P010 312:1"));
    for (int i = 0; i < 4; i++)
        free(out[i]);
    free(ref);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_positions_count_code_points),
        cmocka_unit_test(test_crlf_and_cr_lines),
        cmocka_unit_test(test_positions_on_long_lines),
        cmocka_unit_test(test_lines_denser_than_blocks),
        cmocka_unit_test(test_lines_in_any_order),
        cmocka_unit_test(test_pos_cursor_matches_doc_position),
        cmocka_unit_test(test_pos_cursor_counts_each_distance),
        cmocka_unit_test(test_utf8_decode_and_count),
        cmocka_unit_test(test_caret_is_drawn_by_display_width),
        cmocka_unit_test(test_tree_names_keys_and_places),
        cmocka_unit_test(test_json_shape),
        cmocka_unit_test(test_export_records),
        cmocka_unit_test(test_export_later_copies),
        cmocka_unit_test(test_threads_parse_independently),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
