/* Helpers of the validator's tests (header-only: each test program links
 * only its own file and testutil.c). Reports are copies of corpus/'s seeds
 * and real reports, frozen in tests/fixtures/, and tests/check/; an altered copy changes one
 * thing and the test pins what the validator says about it. */
#ifndef XXGK_CHECK_HELPERS_H
#define XXGK_CHECK_HELPERS_H
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testutil.h"

/* The source text of a report in the tree; fails the test when missing. */
static inline char *ck_read(const char *rel)
{
    char *s = read_source_file(rel, NULL);
    if (!s)
        fail_msg("cannot read %s", rel);
    return s;
}

/* s with the first occurrence of from replaced by to (s is freed). */
static inline char *ck_replace(char *s, const char *from, const char *to)
{
    char *at = strstr(s, from);
    if (!at)
        fail_msg("'%s' not found", from);
    size_t a = (size_t)(at - s), lf = strlen(from), lt = strlen(to), n = strlen(s);
    char *r = malloc(n - lf + lt + 1);
    memcpy(r, s, a);
    memcpy(r + a, to, lt);
    memcpy(r + a + lt, at + lf, n - a - lf + 1);
    free(s);
    return r;
}

/* s with line `line` (1-based) replaced by text (s is freed). */
static inline char *ck_replace_line(char *s, int line, const char *text)
{
    char *p = s;
    for (int l = 1; l < line; l++) {
        p = strchr(p, '\n');
        if (!p)
            fail_msg("no line %d", line);
        p++;
    }
    char *e = strchr(p, '\n');
    size_t a = (size_t)(p - s), old = e ? (size_t)(e - p) : strlen(p), lt = strlen(text),
           n = strlen(s);
    char *r = malloc(n - old + lt + 1);
    memcpy(r, s, a);
    memcpy(r + a, text, lt);
    memcpy(r + a + lt, p + old, n - a - old + 1);
    free(s);
    return r;
}

/* Parse and check text (freed), as file name t.txt. */
static inline xxgk_doc *ck_run_opts(char *text, int lang, bool strict)
{
    xxgk_options po = {.lang = lang};
    xxgk_check_options co = {.strict = strict};
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), &po);
    free(text);
    assert_non_null(d);
    xxgk_check(d, &co);
    return d;
}

static inline xxgk_doc *ck_run(char *text) { return ck_run_opts(text, XXGK_LANG_EN, false); }
static inline xxgk_doc *ck_file(const char *rel) { return ck_run(ck_read(rel)); }

/* Diagnostics of the validator (codes V…). */
static inline bool ck_is_check(const xxgk_diag *d) { return xxgk_code_name(d->code)[0] == 'V'; }

static inline int ck_count_prefix(const xxgk_doc *doc, const char *prefix)
{
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (strncmp(xxgk_code_name(d->code), prefix, strlen(prefix)) == 0)
            n++;
    return n;
}

/* Print the validator's findings, for a failing test's output. */
static inline void ck_dump(const xxgk_doc *doc)
{
    xxgk_msgbuf b = {0};
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        xxgk_pos p = xxgk_doc_position(doc, d->span.start);
        print_message("  %s %s %u:%u %s\n", xxgk_severity_name(d->severity),
                      xxgk_code_name(d->code), p.line, p.col, xxgk_diag_msg(doc, d, &b));
    }
    xxgk_msgbuf_free(&b);
}

/* The one diagnostic with this code at line:col, with this severity. */
static inline const xxgk_diag *ck_expect(const xxgk_doc *doc, int code, int severity, unsigned line,
                                         unsigned col)
{
    const xxgk_diag *found = NULL;
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        if (d->code != code)
            continue;
        xxgk_pos p = xxgk_doc_position(doc, d->span.start);
        if (p.line == line && p.col == col) {
            found = d;
            n++;
        }
    }
    if (n != 1) {
        ck_dump(doc);
        fail_msg("expected one %s at %u:%u, found %d", xxgk_code_name(code), line, col, n);
    }
    assert_int_equal(found->severity, severity);
    return found;
}

/* The validator said exactly n things. */
static inline void ck_expect_count(const xxgk_doc *doc, int n)
{
    int k = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        k += ck_is_check(d);
    if (k != n) {
        ck_dump(doc);
        fail_msg("expected %d findings of the validator, found %d", n, k);
    }
}

static inline int ck_note_count(const xxgk_diag *d)
{
    int n = 0;
    for (const xxgk_note *x = d->notes; x; x = x->next)
        n++;
    return n;
}

static inline xxgk_pos ck_note_pos(const xxgk_doc *doc, const xxgk_diag *d, int i)
{
    const xxgk_note *x = d->notes;
    while (x && i--)
        x = x->next;
    assert_non_null(x);
    return xxgk_doc_position(doc, x->span.start);
}
#endif
