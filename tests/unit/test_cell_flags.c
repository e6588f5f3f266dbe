/* export's flags (src/core/cell_flags.c): for any diagnostics and any
 * cells met in any order, the codes a cell gets are those of the
 * diagnostics whose place or a note's overlaps it (a place of no width:
 * when it stands on it; a cell of no width, an empty cell between two
 * delimiters, as its one byte, as a place of no width), each once, in the diagnostics' order, at most
 * CELL_FLAGS_MAX: what asking every diagnostic gives. Few places (on the
 * stack), many (allocated), and long places over many short ones (the
 * walk back gives way to the tree). */
#include <stdlib.h>
#include <string.h>

#include "cell_flags.h"
#include "testutil.h"

static bool covers(xxgk_span d, xxgk_span c)
{
    if (d.start == d.end)
        return c.start <= d.start && d.start < c.end;
    return d.start < c.end && c.start < d.end;
}

/* Every diagnostic asked, in order. */
static int ref_flags(const xxgk_doc *doc, xxgk_span c, int *codes)
{
    if (c.start == c.end) /* a cell of no width: its one byte */
        c.end++;
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d && n < CELL_FLAGS_MAX; d = d->next) {
        bool hit = covers(d->span, c);
        for (const xxgk_note *t = d->notes; t && !hit; t = t->next)
            hit = covers(t->span, c);
        if (!hit)
            continue;
        int k = 0;
        while (k < n && codes[k] != d->code)
            k++;
        if (k == n)
            codes[n++] = d->code;
    }
    return n;
}

/* The diagnostics concerning c, in order, at most CELL_FLAGS_MAX. */
static int ref_diags(const xxgk_doc *doc, xxgk_span c, const xxgk_diag **out)
{
    if (c.start == c.end)
        c.end++;
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d && n < CELL_FLAGS_MAX; d = d->next) {
        bool hit = covers(d->span, c);
        for (const xxgk_note *t = d->notes; t && !hit; t = t->next)
            hit = covers(t->span, c);
        if (hit)
            out[n++] = d;
    }
    return n;
}

static unsigned next(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

static xxgk_span random_span(unsigned *seed, uint32_t room, uint32_t width)
{
    uint32_t a = next(seed) % room, w = next(seed) % 4 == 0 ? 0 : next(seed) % (width + 1);
    return (xxgk_span){a, a + w};
}

/* ndiag diagnostics of three codes with up to two notes each over the
 * first 2,000 bytes (long ones when wide), then cells walking along with
 * jumps back. */
static void run_case(unsigned seed, int ndiag, int nwide)
{
    static char text[4096];
    memset(text, 'a', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    xxgk_doc *doc = parse_str(text);
    assert_non_null(doc);
    for (int i = 0; i < ndiag; i++) {
        int kind = (int)(next(&seed) % 3);
        xxgk_span sp = random_span(&seed, 2000, i < nwide ? 1500 : 12);
        xxgk_diag *d = kind == 0   ? xxgk_doc_add_diag(doc, XXGK_L_EMPTY_INPUT, sp)
                       : kind == 1 ? xxgk_doc_add_diag(doc, XXGK_L_NUL_BYTE, sp, 0u)
                                   : xxgk_doc_add_diag(doc, XXGK_L_CONTROL_CHAR, sp, 1u);
        assert_non_null(d);
        for (int k = (int)(next(&seed) % 3); k > 0; k--)
            xxgk_diag_add_note(doc, d, random_span(&seed, 2000, 12), "note");
    }
    xxgk_doc_sort_diags(doc);
    cell_flags f;
    cell_flags_init(&f, doc);
    uint32_t at = 0;
    for (int i = 0; i < 3000; i++) {
        at = next(&seed) % 50 == 0 ? next(&seed) % 2000 : (at + next(&seed) % 6) % 2100;
        xxgk_span c = {at, at + next(&seed) % 5};
        int got[CELL_FLAGS_MAX], want[CELL_FLAGS_MAX];
        int ng = cell_flags_of(&f, c, got), nw = ref_flags(doc, c, want);
        assert_int_equal(ng, nw);
        assert_memory_equal(got, want, (size_t)nw * sizeof *want);
        /* the diagnostics themselves (diff asks them): every one
         * concerning the cell, in order */
        const xxgk_diag *ds[CELL_FLAGS_MAX], *wd[CELL_FLAGS_MAX];
        int nd = cell_flags_diags(&f, c, ds), nwd = ref_diags(doc, c, wd);
        assert_int_equal(nd, nwd);
        assert_memory_equal(ds, wd, (size_t)nwd * sizeof *wd);
    }
    cell_flags_free(&f);
    xxgk_doc_free(doc);
}

static void test_few_places(void **state)
{
    (void)state;
    for (unsigned s = 1; s <= 40; s++)
        run_case(s, (int)(s % 12), 0);
}

static void test_many_places(void **state)
{
    (void)state;
    for (unsigned s = 1; s <= 10; s++)
        run_case(s * 7, 60 + (int)s * 20, 0);
}

static void test_long_places_over_short_ones(void **state)
{
    (void)state;
    for (unsigned s = 1; s <= 10; s++)
        run_case(s * 13, 400, (int)s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_few_places),
        cmocka_unit_test(test_many_places),
        cmocka_unit_test(test_long_places_over_short_ones),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
