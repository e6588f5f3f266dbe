/* docs/diagnostics.md and the catalogue agree: every code has a heading
 * "### CODE · name · severity" with the catalogue's name and default
 * severity, and every code the page mentions exists. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static char *doc_text;

static int setup(void **state)
{
    (void)state;
    doc_text = read_source_file("docs/diagnostics.md", NULL);
    return doc_text ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(doc_text);
    return 0;
}

/* "P_MISSING_SECTION" -> "missing-section", the name SARIF shows too */
static void kebab(int code, char *out, size_t size)
{
    const char *e = xxgk_code_slug(code);
    const char *u = strchr(e, '_');
    e = u ? u + 1 : e;
    size_t n = 0;
    for (; *e && n + 1 < size; e++)
        out[n++] = *e == '_' ? '-' : (char)tolower((unsigned char)*e);
    out[n] = 0;
}

static void test_every_code_is_documented(void **state)
{
    (void)state;
    for (int code = 0; code < XXGK__CODE_COUNT; code++) {
        char name[64], heading[160];
        kebab(code, name, sizeof name);
        snprintf(heading, sizeof heading, "\n### %s · %s · %s\n", xxgk_code_name(code), name,
                 xxgk_severity_name(xxgk_code_severity(code)));
        if (!strstr(doc_text, heading))
            fail_msg("docs/diagnostics.md has no heading '%.*s'", (int)strlen(heading) - 2, heading + 1);
    }
}

static bool code_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

static void test_every_code_named_exists(void **state)
{
    (void)state;
    int headings = 0;
    for (const char *p = doc_text; *p; p++) {
        bool letter = *p == 'L' || *p == 'P' || *p == 'V' || *p == 'D';
        if (!letter || (p > doc_text && code_char(p[-1])))
            continue;
        if (!isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) ||
            !isdigit((unsigned char)p[3]) || code_char(p[4]))
            continue;
        char code[5] = {p[0], p[1], p[2], p[3], 0};
        if (xxgk_code_by_name(code) < 0)
            fail_msg("docs/diagnostics.md names %s, which is not in the catalogue", code);
        if (p >= doc_text + 4 && strncmp(p - 4, "### ", 4) == 0)
            headings++;
    }
    /* one heading per code, no more */
    assert_int_equal(headings, XXGK__CODE_COUNT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_code_is_documented),
        cmocka_unit_test(test_every_code_named_exists),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
