/* Grammar fragments: every case of the tests/grammar files is one cmocka test.
 * A case passes when the tree of its input is its expected tree and every
 * ":error CODE" it names is among the diagnostics. Cases listed in
 * tests/grammar/KNOWN_FAILURES must fail (they hold the tree the grammar
 * SHOULD give); the list may only shrink (KNOWN_FRAGMENT_FAILURES below).
 * `xxgk corpus --fragments --update` rewrites expected trees after review. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "testutil.h"

/* The number of entries in tests/grammar/KNOWN_FAILURES. Lower it when a
 * parser fix lets you remove an entry; raising it needs a reason in review. */
enum { KNOWN_FRAGMENT_FAILURES = 0 };

#define GRAMMAR_DIR XXGK_SOURCE_DIR "/tests/grammar"

typedef struct one_case {
    const frag_case *c;
    char key[1024];
    const char *known_reason; /* NULL unless listed */
} one_case;

static void run_case(void **state)
{
    const one_case *oc = *state;
    size_t alen;
    char *actual = frag_run(oc->c, &alen);
    assert_non_null(actual);
    const char *missing = frag_missing_error(oc->c, actual);
    bool equal = alen == oc->c->expected_len && memcmp(actual, oc->c->expected, alen) == 0;
    if (oc->known_reason) {
        if (equal && !missing)
            fail_msg("%s is listed in tests/grammar/KNOWN_FAILURES but passes now: remove it from the list "
                     "and lower KNOWN_FRAGMENT_FAILURES",
                     oc->key);
        free(actual);
        return;
    }
    if (!equal) {
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        assert_non_null(f);
        corpus_udiff(f, oc->c->expected, oc->c->expected_len, actual, alen, "expected", "actual", 3, 60);
        fclose(f);
        print_message("%s", buf);
        free(buf);
    }
    free(actual);
    if (missing)
        fail_msg("%s: no %s diagnostic, which its :error attribute requires", oc->key, missing);
    if (!equal)
        fail_msg("%s: the tree differs from the expected one (diff above)", oc->key);
}

/* Every file loads, and the known-failure list names real cases only. */
typedef struct suite {
    frag_file *files;
    size_t nfiles;
    char **names;
    corpus_known known;
    size_t ncases;
} suite;

static void list_is_exact(void **state)
{
    const suite *s = *state;
    for (size_t k = 0; k < s->known.n; k++) {
        bool found = false;
        for (size_t fi = 0; fi < s->nfiles && !found; fi++)
            for (size_t i = 0; i < s->files[fi].n && !found; i++) {
                char key[1024];
                snprintf(key, sizeof key, "%s/%s", s->names[fi], s->files[fi].cases[i].name);
                found = strcmp(key, s->known.keys[k]) == 0;
            }
        if (!found)
            fail_msg("KNOWN_FAILURES lists '%s', which is no case in tests/grammar", s->known.keys[k]);
    }
}

static void list_only_shrinks(void **state)
{
    const suite *s = *state;
    long n = (long)s->known.n, allowed = KNOWN_FRAGMENT_FAILURES;
    if (n > allowed)
        fail_msg("tests/grammar/KNOWN_FAILURES has %zu entries, more than %d: the list may only shrink; fix the "
                 "parser instead of listing a new failure",
                 s->known.n, KNOWN_FRAGMENT_FAILURES);
    if (n < allowed)
        fail_msg("tests/grammar/KNOWN_FAILURES has %zu entries: lower KNOWN_FRAGMENT_FAILURES in %s to %zu",
                 s->known.n, __FILE__, s->known.n);
}

/* The fragments cover what the issue asks for: each recovery code has a
 * case that requires it. */
static void every_recovery_code_has_a_case(void **state)
{
    const suite *s = *state;
    static const char *const want[] = {"P002", "P003", "P004", "P005", "P006", "P007", "P008", "P009",
                                       "P010", "P011", "P012", "P013", "P014", "P015", "P018", "P019",
                                       "P020", "L004", "L005"};
    for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
        bool found = false;
        for (size_t fi = 0; fi < s->nfiles && !found; fi++)
            for (size_t i = 0; i < s->files[fi].n && !found; i++)
                for (size_t e = 0; e < s->files[fi].cases[i].nerrors && !found; e++)
                    found = strcmp(s->files[fi].cases[i].errors[e], want[w]) == 0;
        if (!found)
            fail_msg("no fragment has ':error %s'", want[w]);
    }
}

int main(void)
{
    suite s = {0};
    s.names = corpus_list(GRAMMAR_DIR, ".txt", &s.nfiles);
    if (!s.names || s.nfiles == 0) {
        fprintf(stderr, "no fragment files in %s\n", GRAMMAR_DIR);
        return 1;
    }
    if (!corpus_known_load(GRAMMAR_DIR "/KNOWN_FAILURES", &s.known, stderr))
        return 1;
    s.files = calloc(s.nfiles, sizeof *s.files);
    for (size_t fi = 0; fi < s.nfiles; fi++) {
        char *path = corpus_path(GRAMMAR_DIR, s.names[fi]);
        if (!frag_load(path, &s.files[fi], stderr))
            return 1;
        free(path);
        s.ncases += s.files[fi].n;
    }
    size_t ntests = s.ncases + 3;
    struct CMUnitTest *tests = calloc(ntests, sizeof *tests);
    one_case *cases = calloc(s.ncases, sizeof *cases);
    size_t t = 0;
    for (size_t fi = 0; fi < s.nfiles; fi++)
        for (size_t i = 0; i < s.files[fi].n; i++, t++) {
            one_case *oc = &cases[t];
            oc->c = &s.files[fi].cases[i];
            snprintf(oc->key, sizeof oc->key, "%s/%s", s.names[fi], oc->c->name);
            long k = corpus_known_find(&s.known, oc->key);
            oc->known_reason = k >= 0 ? s.known.reasons[k] : NULL;
            tests[t] = (struct CMUnitTest){oc->key, run_case, NULL, NULL, oc};
        }
    tests[t++] = (struct CMUnitTest){"KNOWN_FAILURES names real cases", list_is_exact, NULL, NULL, &s};
    tests[t++] = (struct CMUnitTest){"KNOWN_FAILURES only shrinks", list_only_shrinks, NULL, NULL, &s};
    tests[t++] = (struct CMUnitTest){"every recovery code has a case", every_recovery_code_has_a_case, NULL,
                                     NULL, &s};
    int rc = _cmocka_run_group_tests("grammar_fragments", tests, ntests, NULL, NULL);
    for (size_t fi = 0; fi < s.nfiles; fi++)
        frag_free(&s.files[fi]);
    free(s.files);
    free(cases);
    free(tests);
    corpus_known_free(&s.known);
    corpus_list_free(s.names, s.nfiles);
    return rc;
}
