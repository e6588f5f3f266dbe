/* The arena's printf: a format of strings and whole numbers alone (%s,
 * %.*s, %d, %u) is joined without vsnprintf, and must print what
 * vsnprintf prints. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "testutil.h"

static void test_joined_formats_print_as_printf(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    assert_string_equal(arena_printf(&a, "%s%s", "（三）", "1.属于国家秘密"), "（三）1.属于国家秘密");
    assert_string_equal(arena_printf(&a, "%.*s|%s", 3, "12345", ""), "123|");
    assert_string_equal(arena_printf(&a, "%.*s", -1, "all of it"), "all of it");
    assert_string_equal(arena_printf(&a, "%.*s", 9, "ab"), "ab");
    assert_string_equal(arena_printf(&a, "plain text"), "plain text");
    /* not strings alone: vsnprintf */
    assert_string_equal(arena_printf(&a, "%s%d%%", "n=", 42), "n=42%");
    arena_free(&a);
}

/* %d and %u, joined, as snprintf prints them: the extremes, zero, and
 * mixed with strings. */
static void test_joined_numbers_print_as_printf(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    static const int ints[] = {0, 1, -1, 9, 10, -10, 42, 99999, -123456, INT_MAX, INT_MIN, INT_MIN + 1};
    static const unsigned uns[] = {0u, 1u, 9u, 10u, 4096u, 65535u, 2147483648u, UINT_MAX};
    char want[128];
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        for (size_t k = 0; k < sizeof uns / sizeof uns[0]; k++) {
            snprintf(want, sizeof want, "row %d of %u: %s|%d", ints[i], uns[k], "名称", -(ints[i] / 2));
            assert_string_equal(arena_printf(&a, "row %d of %u: %s|%d", ints[i], uns[k], "名称", -(ints[i] / 2)),
                                want);
        }
    /* other conversions still go through vsnprintf */
    assert_string_equal(arena_printf(&a, "%02d:%ld", 7, 123456789L), "07:123456789");
    arena_free(&a);
}

/* Longer than the small buffer the other formats are tried in first. */
static void test_long_join(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    char big[2000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    char *p = arena_printf(&a, "%s-%s", big, big);
    assert_int_equal(strlen(p), 2 * (sizeof big - 1) + 1);
    assert_int_equal(p[sizeof big - 1], '-');
    p = arena_printf(&a, "%s=%d", big, 7);
    assert_int_equal(strlen(p), sizeof big - 1 + 2);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joined_formats_print_as_printf),
        cmocka_unit_test(test_long_join),
        cmocka_unit_test(test_joined_numbers_print_as_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
