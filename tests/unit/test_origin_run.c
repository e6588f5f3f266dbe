/* core/doc: origin_run_at, the one binary search the text buffers
 * (textbuf.c run_from: where a copied range's runs start) and the
 * document's origin map (doc_shown: a diagnostic's place in the file)
 * share: the run holding an offset at its edges (no runs, before the
 * first, a run's first byte, between two, after the last), and both
 * users through it: a copied range keeps its bytes' places. */
#include "testutil.h"
#include "doc.h"
#include "textbuf.h"

static void run_at_edges(void **state)
{
    (void)state;
    const xxgk_origin_run runs[] = {{5, 100}, {10, 200}, {10, 300}, {20, 400}};
    assert_int_equal(origin_run_at(runs, 0, 0), 0);     /* no runs */
    assert_int_equal(origin_run_at(runs, 0, 99), 0);
    assert_int_equal(origin_run_at(runs, 4, 0), 0);     /* before the first */
    assert_int_equal(origin_run_at(runs, 4, 4), 0);
    assert_int_equal(origin_run_at(runs, 4, 5), 0);     /* exact hits */
    assert_int_equal(origin_run_at(runs, 4, 9), 0);
    assert_int_equal(origin_run_at(runs, 4, 10), 2);    /* two runs at 10: the last */
    assert_int_equal(origin_run_at(runs, 4, 19), 2);
    assert_int_equal(origin_run_at(runs, 4, 20), 3);
    assert_int_equal(origin_run_at(runs, 4, 1u << 30), 3); /* after the last */
    assert_int_equal(origin_run_at(runs, 1, 7), 0);     /* one run */
    /* every offset against a linear walk */
    for (size_t n = 0; n <= 4; n++)
        for (size_t off = 0; off < 25; off++) {
            size_t want = 0;
            for (size_t i = 1; i < n; i++)
                if (runs[i].text <= off)
                    want = i;
            assert_int_equal(origin_run_at(runs, n, off), want);
        }
}

/* A range copied from the middle of a buffer of many runs keeps each
 * byte's source (tb_append_range starts at run_from's run). */
static void copied_range_keeps_sources(void **state)
{
    (void)state;
    textbuf a = {0}, b = {0};
    for (uint32_t i = 0; i < 50; i++)
        tb_put_at(&a, "ab", 2, 1000 + 10 * i); /* each pair a run of its own */
    tb_append_range(&b, &a, 41, 47); /* b of pair 20, pairs 21 to 22, a of 23 */
    assert_int_equal(b.len, 6);
    assert_memory_equal(b.s, "babab" "a", 6);
    assert_true(b.nruns >= 1);
    assert_int_equal(b.runs[0].text, 0);
    assert_int_equal(b.runs[0].src, 1000 + 10 * 20 + 1);
    assert_int_equal(b.runs[b.nruns - 1].src, 1000 + 10 * 23);
    tb_free(&a);
    tb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(run_at_edges),
        cmocka_unit_test(copied_range_keeps_sources),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
