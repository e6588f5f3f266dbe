/* core/u64map: every key kept with its value across growth, 0 too (it
 * marks an empty slot and is held apart), absent keys absent, and the
 * walk visits each key once. diff's tallies and SARIF's fingerprints
 * stand on it. */
#include "testutil.h"
#include "u64map.h"

enum { N = 10000 };

/* Keys that crowd: multiples of 2^32 (SARIF's line starts with rule 0),
 * 0 among them. */
static uint64_t key_of(size_t i) { return (uint64_t)i << 32; }

static void test_keys_values_and_walk(void **state)
{
    (void)state;
    u64map m = {0};
    assert_null(u64map_get(&m, 0));
    assert_null(u64map_get(&m, 7));
    for (size_t i = 0; i < N; i++) {
        uint64_t *v = u64map_at(&m, key_of(i));
        assert_non_null(v);
        assert_int_equal(*v, 0); /* a new key starts at 0 */
        *v = i * 3 + 1;
    }
    for (size_t i = 0; i < N; i++) { /* a second add finds the value */
        uint64_t *v = u64map_at(&m, key_of(i));
        assert_non_null(v);
        assert_int_equal(*v, i * 3 + 1);
        (*v)++;
    }
    for (size_t i = 0; i < N; i++) {
        const uint64_t *v = u64map_get(&m, key_of(i));
        assert_non_null(v);
        assert_int_equal(*v, i * 3 + 2);
        assert_null(u64map_get(&m, key_of(i) + 1));
    }
    assert_null(u64map_get(&m, key_of(N)));
    static unsigned char seen[N];
    size_t visited = 0;
    uint64_t k, v;
    for (size_t at = 0; u64map_each(&m, &at, &k, &v);) {
        size_t i = (size_t)(k >> 32);
        assert_int_equal(k & 0xFFFFFFFFu, 0);
        assert_true(i < N);
        assert_int_equal(seen[i], 0);
        seen[i] = 1;
        assert_int_equal(v, i * 3 + 2);
        visited++;
    }
    assert_int_equal(visited, N);
    u64map_free(&m);
    assert_null(u64map_get(&m, 0));
    size_t at = 0;
    assert_false(u64map_each(&m, &at, &k, &v));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_values_and_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
