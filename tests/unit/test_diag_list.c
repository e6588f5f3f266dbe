/* The document's findings (src/core/doc.c): for any order of findings
 * told, taken back (doc_drop_diag, twice too) and dropped by code
 * (xxgk_doc_drop_code), the list is that of a plain model: in order of
 * start, a finding after every one that starts at or before it, the
 * counts by severity those of the findings in it. The list links each
 * finding to the one before it (a drop and a late finding walk only near
 * their place): every step below is checked against the model. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "testutil.h"

enum { MAXD = 600 };

typedef struct {
    xxgk_diag *d[MAXD]; /* the model's list, in order */
    int n;
} model;

static unsigned next(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

static void model_add(model *m, xxgk_diag *d)
{
    int i = m->n;
    while (i > 0 && m->d[i - 1]->span.start > d->span.start)
        i--;
    memmove(m->d + i + 1, m->d + i, sizeof m->d[0] * (size_t)(m->n - i));
    m->d[i] = d;
    m->n++;
}

static void model_drop(model *m, int i)
{
    memmove(m->d + i, m->d + i + 1, sizeof m->d[0] * (size_t)(m->n - i - 1));
    m->n--;
}

static void same(const xxgk_doc *doc, const model *m)
{
    int i = 0;
    size_t counts[3] = {0, 0, 0};
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next, i++) {
        assert_true(i < m->n);
        assert_ptr_equal(d, m->d[i]);
        counts[d->severity]++;
    }
    assert_int_equal(i, m->n);
    for (int s = 0; s < 3; s++)
        assert_int_equal(xxgk_doc_count(doc, s), counts[s]);
}

static const int codes[] = {XXGK_L_EMPTY_INPUT, XXGK_L_NUL_BYTE, XXGK_L_CONTROL_CHAR};

static xxgk_diag *tell(xxgk_doc *doc, model *m, int c, uint32_t at)
{
    xxgk_span sp = {at, at + 1};
    xxgk_diag *d = c == 0 ? xxgk_doc_add_diag(doc, codes[0], sp)
                          : xxgk_doc_add_diag(doc, codes[c], sp, 0u);
    assert_non_null(d);
    model_add(m, d);
    return d;
}

/* Findings mostly in order with runs told late (a table's at its end),
 * some at the very start; drops anywhere, the head and the tail among
 * them, some twice; now and then a code dropped. */
static void run_case(unsigned seed)
{
    xxgk_doc *doc = parse_str("x");
    assert_non_null(doc);
    /* the parse's own findings, if any, stay out of the model: drop them */
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        xxgk_doc_drop_code(doc, codes[k]);
    while (xxgk_doc_diags(doc))
        doc_drop_diag(doc, xxgk_doc_diags(doc));
    model m = {.n = 0};
    xxgk_diag *gone[64];
    int ngone = 0;
    uint32_t at = 0;
    for (int step = 0; step < 2000; step++) {
        unsigned r = next(&seed) % 100;
        if (r < 55 && m.n < MAXD) { /* in order */
            at += next(&seed) % 4;
            tell(doc, &m, (int)(next(&seed) % 3), at);
        } else if (r < 75 && m.n < MAXD) { /* late: at or before where the text is */
            uint32_t back = next(&seed) % 3 == 0 ? at : next(&seed) % 20;
            tell(doc, &m, (int)(next(&seed) % 3), at >= back ? at - back : 0);
        } else if (r < 93 && m.n) { /* one taken back: the head, the tail, any */
            unsigned w = next(&seed) % 4;
            int i = w == 0 ? 0 : w == 1 ? m.n - 1 : (int)(next(&seed) % (unsigned)m.n);
            xxgk_diag *d = m.d[i];
            doc_drop_diag(doc, d);
            model_drop(&m, i);
            if (ngone < 64)
                gone[ngone++] = d;
        } else if (r < 97 && ngone) { /* taken back again: nothing */
            doc_drop_diag(doc, gone[next(&seed) % (unsigned)ngone]);
        } else if (m.n) { /* a code dropped */
            int c = codes[next(&seed) % 3];
            size_t want = 0;
            for (int i = m.n - 1; i >= 0; i--)
                if (m.d[i]->code == c) {
                    model_drop(&m, i);
                    want++;
                }
            assert_int_equal(xxgk_doc_drop_code(doc, c), want);
        }
        same(doc, &m);
    }
    xxgk_doc_free(doc);
}

static void test_list_follows_the_model(void **state)
{
    (void)state;
    for (unsigned seed = 1; seed <= 40; seed++)
        run_case(seed);
}

/* Sorting an ordered list changes nothing, and the links stay usable:
 * findings told and taken back after it land where the model says. */
static void test_sorted_then_used(void **state)
{
    (void)state;
    xxgk_doc *doc = parse_str("x");
    assert_non_null(doc);
    while (xxgk_doc_diags(doc))
        doc_drop_diag(doc, xxgk_doc_diags(doc));
    model m = {.n = 0};
    unsigned seed = 7;
    for (int i = 0; i < 200; i++)
        tell(doc, &m, i % 3, next(&seed) % 500);
    xxgk_doc_sort_diags(doc);
    same(doc, &m);
    for (int i = 0; i < 200; i++) {
        if (i % 3 == 0) {
            int k = (int)(next(&seed) % (unsigned)m.n);
            doc_drop_diag(doc, m.d[k]);
            model_drop(&m, k);
        } else {
            tell(doc, &m, i % 3, next(&seed) % 500);
        }
        same(doc, &m);
    }
    xxgk_doc_free(doc);
}

/* A note reads its own text whatever was told before it: a note of plain
 * text told again (a doubted row's, once per row of a table) shares the
 * copy of the last one of the same text (core/doc.c note_text), another
 * text in between or a note with a conversion gets its own, and a plain
 * text with an invisible character is shown with it made visible, each
 * time. */
static void test_plain_notes_read_their_text(void **state)
{
    (void)state;
    xxgk_doc *doc = parse_str("x");
    assert_non_null(doc);
    xxgk_span sp = {0, 1};
    xxgk_diag *d = xxgk_doc_add_diag(doc, XXGK_L_EMPTY_INPUT, sp);
    assert_non_null(d);
    xxgk_diag_add_note(doc, d, sp, "row doubted");
    xxgk_diag_add_note(doc, d, sp, "row doubted");
    xxgk_diag_add_note(doc, d, sp, "other text");
    xxgk_diag_add_note(doc, d, sp, "row doubted");
    xxgk_diag_add_note(doc, d, sp, "a\xe2\x80\x8b b");
    xxgk_diag_add_note(doc, d, sp, "a\xe2\x80\x8b b");
    xxgk_diag_add_note(doc, d, sp, "row doubted");
    static const char *shown[] = {"row doubted", "row doubted", "other text", "row doubted",
                                  "aU+200B b", "aU+200B b", "row doubted"};
    enum { N = sizeof shown / sizeof shown[0] };
    xxgk_diag_add_note(doc, d, sp, "row %s", "doubted");
    xxgk_diag_add_note(doc, d, sp, "row doubted");
    const xxgk_note *n = d->notes;
    const char *first = n->msg;
    for (int i = 0; i < N; i++, n = n->next) {
        assert_non_null(n);
        assert_string_equal(n->msg, shown[i]);
    }
    assert_ptr_equal(d->notes->next->msg, first); /* told twice running: one copy */
    assert_string_equal(n->msg, "row doubted");   /* formatted: its own */
    assert_ptr_not_equal(n->msg, first);
    n = n->next;
    assert_string_equal(n->msg, "row doubted");
    assert_null(n->next);
    xxgk_doc_free(doc);
}

/* A row's P014 and P062 keep their arguments and are formatted when read
 * (xxgk_diag_msg): the text is the code's format filled in the document's
 * language, an invisible character of a quoted text shown as U+200B, a
 * text longer than the buffer's own room whole; another code keeps the
 * text made when it was told. */
static void read_made_text(int lang, const char *const want[4])
{
    xxgk_options o = {.lang = lang};
    xxgk_doc *doc = xxgk_parse("t.txt", "x", 1, &o);
    assert_non_null(doc);
    xxgk_span sp = {0, 1};
    char long_row[1001];
    memset(long_row, 'r', 1000);
    long_row[1000] = 0;
    const xxgk_diag *d[4] = {
        xxgk_doc_add_diag(doc, XXGK_P_DUPLICATE_ROW, sp, "(一)收到申请数", "三"),
        xxgk_doc_add_diag(doc, XXGK_P_JOIN_UNCHECKED, sp, "1\xe2\x80\x8b 2", "行政许可", 3, "12"),
        xxgk_doc_add_diag(doc, XXGK_P_JOIN_UNCHECKED, sp, "1 2", long_row, 3, "12"),
        xxgk_doc_add_diag(doc, XXGK_P_MISSING_ROW, sp, "行政许可", "二"),
    };
    xxgk_msgbuf b = {0}, other = {0};
    for (int i = 0; i < 4; i++) {
        assert_non_null(d[i]);
        assert_true(i == 3 ? d[i]->msg != NULL : d[i]->msg == NULL); /* kept: the arguments only */
        const char *text = xxgk_diag_msg(doc, d[i], &b);
        if (i == 2) {
            assert_int_equal(strlen(text), strlen(want[2]) + 1000);
            assert_non_null(strstr(text, long_row));
        } else {
            assert_string_equal(text, want[i]);
        }
        assert_string_equal(xxgk_diag_msg(doc, d[i], &other), text); /* the same, read again */
    }
    xxgk_msgbuf_free(&b);
    xxgk_msgbuf_free(&other);
    xxgk_doc_free(doc);
}

static void test_row_findings_made_when_read(void **state)
{
    (void)state;
    static const char *const en[4] = {
        "row (一)收到申请数 appears a second time in table 三",
        "'1U+200B 2' in one cell of row 行政许可 makes the row longer than its 3 column(s), and no sum of the "
        "template can confirm reading it as 12: the row's cells from this one on are not read",
        "'1 2' in one cell of row  makes the row longer than its 3 column(s), and no sum of the template can "
        "confirm reading it as 12: the row's cells from this one on are not read",
        "row 行政许可 of table 二 is missing",
    };
    static const char *const zh[4] = {
        "(一)收到申请数行在表三中重复出现",
        "行政许可行一个单元格中的“1U+200B 2”使该行数值多于 3 列，且模板中没有可核验读作 12 的合计：该行自此单元格起不予读取",
        "行一个单元格中的“1 2”使该行数值多于 3 列，且模板中没有可核验读作 12 的合计：该行自此单元格起不予读取",
        "表二缺少行政许可行",
    };
    read_made_text(XXGK_LANG_EN, en);
    read_made_text(XXGK_LANG_ZH, zh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_follows_the_model),
        cmocka_unit_test(test_sorted_then_used),
        cmocka_unit_test(test_plain_notes_read_their_text),
        cmocka_unit_test(test_row_findings_made_when_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
