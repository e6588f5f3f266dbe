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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_follows_the_model),
        cmocka_unit_test(test_sorted_then_used),
        cmocka_unit_test(test_plain_notes_read_their_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
