/* docs/diagnostics.md and the catalogue agree: every code has a heading
 * "### CODE · name · severity" with the catalogue's name and default
 * severity, every code the page mentions exists, every example finding
 * reads as its code's English format, and an example on a report of
 * corpus/ is what xxgk check says there. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testutil.h"

static char *doc_text;

/* English formats of the catalogue, by code. */
static const char *const formats[] = {
#define XXGK_DIAG(E, code, sev, en, zh) en,
#include "diag_codes.def"
#undef XXGK_DIAG
};

static const char *english_format(int code) { return formats[code]; }

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

/* Does msg read as the printf format fmt? %s matches any text, %d %u
 * digits, %X hex digits (with flags and width, and a position: %2$s);
 * the rest literally. */
static bool matches(const char *fmt, const char *msg)
{
    while (*fmt) {
        if (*fmt != '%') {
            if (*fmt++ != *msg++)
                return false;
            continue;
        }
        fmt++;
        if (*fmt == '%') {
            if (*msg++ != '%')
                return false;
            fmt++;
            continue;
        }
        while (*fmt && strchr("0123456789.-+ #lhz$", *fmt))
            fmt++;
        char conv = *fmt++;
        if (conv == 's') {
            for (const char *m = msg;; m++) {
                if (matches(fmt, m))
                    return true;
                if (!*m)
                    return false;
            }
        }
        const char *start = msg;
        if (conv == 'd' && *msg == '-')
            msg++;
        while (conv == 'X' ? isxdigit((unsigned char)*msg) : isdigit((unsigned char)*msg))
            msg++;
        if (msg == start)
            return false;
    }
    return *msg == 0;
}

/* An example on a report of corpus/ is what xxgk check says today, at that
 * place and in those words. */
static void real_example(const char *ex, int code, const char *msg)
{
    char file[128];
    unsigned line, col;
    const char *colon = strchr(ex, ':');
    if (!colon || (size_t)(colon - ex) >= sizeof file || sscanf(colon, ":%u:%u:", &line, &col) != 2)
        fail_msg("cannot read the place of example %.40s", ex);
    memcpy(file, ex, (size_t)(colon - ex));
    file[colon - ex] = 0;
    xxgk_doc *d = parse_file(file);
    assert_non_null(d);
    xxgk_check(d, NULL);
    bool found = false;
    xxgk_msgbuf b = {0};
    for (const xxgk_diag *x = xxgk_doc_diags(d); x && !found; x = x->next) {
        xxgk_pos pos = diag_pos(d, x);
        found = x->code == code && pos.line == line && pos.col == col && strcmp(xxgk_diag_msg(d, x, &b), msg) == 0;
    }
    xxgk_msgbuf_free(&b);
    xxgk_doc_free(d);
    if (!found)
        fail_msg("%s:%u:%u: xxgk check does not say '%s' there", file, line, col, msg);
}

/* Every example finding, `file:line:col: severity[CODE]: message`, reads as
 * the catalogue's English format of its code, with its default severity. */
static void test_examples_match_the_catalogue(void **state)
{
    (void)state;
    int examples = 0;
    for (const char *p = strchr(doc_text, '`'); p; p = strchr(p + 1, '`')) {
        const char *end = strchr(p + 1, '`');
        if (!end)
            break;
        const char *br = memchr(p, '[', (size_t)(end - p));
        if (memchr(p, '\n', (size_t)(end - p))) { /* a code block, not an inline example */
            p = end - 1;
            continue;
        }
        if (!br || end - br < 8 || br[5] != ']' || br[6] != ':' || br[7] != ' ') {
            p = end;
            continue;
        }
        char code[5] = {br[1], br[2], br[3], br[4], 0};
        int c = xxgk_code_by_name(code);
        if (c < 0)
            fail_msg("example names unknown code %s", code);
        const char *sev = xxgk_severity_name(xxgk_code_severity(c));
        size_t sl = strlen(sev);
        if ((size_t)(br - p - 1) < sl + 2 || strncmp(br - sl, sev, sl) != 0)
            fail_msg("example of %s: severity is not %s: %.*s", code, sev, (int)(end - p - 1), p + 1);
        char msg[1024];
        size_t n = (size_t)(end - (br + 8));
        if (n >= sizeof msg)
            fail_msg("example of %s too long", code);
        memcpy(msg, br + 8, n);
        msg[n] = 0;
        char fmt[1024];
        /* the English format: the catalogue's text for lang en */
        snprintf(fmt, sizeof fmt, "%s", english_format(c));
        if (!matches(fmt, msg))
            fail_msg("example of %s does not read as '%s': %s", code, fmt, msg);
        if (strncmp(p + 1, "corpus/", 7) == 0)
            real_example(p + 1, c, msg);
        examples++;
        p = end;
    }
    /* most codes have an example finding */
    assert_true(examples >= XXGK__CODE_COUNT - 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_code_is_documented),
        cmocka_unit_test(test_every_code_named_exists),
        cmocka_unit_test(test_examples_match_the_catalogue),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
