/* The golden corpus: every DIR/X.txt parses to exactly DIR/X.expected (the
 * tree text of `xxgk parse --format tree`, diagnostics included). Files
 * named in DIR/KNOWN_FAILURES may differ, and must: a listed file that
 * passes fails the run, so the list is exact and can only shrink. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "corpus.h"

enum { DIFF_LINES = 40 };

enum outcome { R_OK, R_FAIL, R_XFAIL, R_FIXED, R_UPDATED, R_NEW, R_KEPT, R_TROUBLE };

typedef struct job {
    const char *dir;
    char **names;
    const corpus_known *known;
    const corpus_opts *o;
    struct result {
        int outcome;
        char *report; /* what to print for the file, malloc'd */
    } *res;
} job;

static void run_one(size_t i, void *arg)
{
    char why[128]; /* strerror text: strerror may share a buffer between threads */
    job *j = arg;
    const char *name = j->names[i];
    char *report = NULL;
    size_t rlen = 0;
    FILE *out = open_memstream(&report, &rlen);
    int outcome = R_TROUBLE;
    char *path = corpus_path(j->dir, name);
    char *ename = corpus_swap_suffix(name, ".txt", ".expected");
    char *epath = ename ? corpus_path(j->dir, ename) : NULL;
    char *aname = corpus_swap_suffix(name, ".txt", ".actual");
    char *apath = aname ? corpus_path(j->dir, aname) : NULL;
    char *src = NULL, *tree = NULL, *want = NULL;
    xxgk_doc *doc = NULL;
    size_t slen = 0, tlen = 0, wlen = 0;
    long k = corpus_known_find(j->known, name);
    if (!out) {
        j->res[i] = (struct result){R_TROUBLE, NULL};
        goto done;
    }
    if (!path || !epath || !apath) {
        fprintf(out, "FAIL %s: out of memory\n", name);
        goto done;
    }
    if (!(src = corpus_slurp(path, &slen))) {
        fprintf(out, "FAIL %s: %s\n", name, file_strerror(errno, why, sizeof why));
        goto done;
    }
    xxgk_options opts = {.lang = XXGK_LANG_EN};
    if (!(doc = xxgk_parse(name, src, slen, &opts)) || !(tree = corpus_tree_text(doc, &tlen))) {
        fprintf(out, "FAIL %s: out of memory\n", name);
        goto done;
    }
    want = corpus_slurp(epath, &wlen);
    if (!want && errno != ENOENT) {
        fprintf(out, "FAIL %s: %s: %s\n", name, epath, file_strerror(errno, why, sizeof why));
        goto done;
    }
    bool equal = want && wlen == tlen && memcmp(want, tree, tlen) == 0;
    if (k >= 0) {
        /* a known failure's expected file holds the tree it should have */
        if (equal) {
            outcome = R_FIXED;
            fprintf(out, "FAIL %s: listed in KNOWN_FAILURES but passes now: remove it from the list\n", name);
        } else if (j->o->update) {
            outcome = R_KEPT;
            fprintf(out, "kept %s (known failure: %s)\n", ename, j->known->reasons[k]);
        } else {
            outcome = R_XFAIL;
            fprintf(out, "xfail %s (known failure: %s)\n", name, j->known->reasons[k]);
            if (want) {
                char label[4200];
                snprintf(label, sizeof label, "xxgk parse %s", path);
                corpus_udiff(out, want, wlen, tree, tlen, epath, label, j->o->context, DIFF_LINES);
            }
        }
    } else if (equal) {
        outcome = R_OK;
        fprintf(out, "ok %s\n", name);
        remove(apath);
    } else if (j->o->update) {
        if (!corpus_write(epath, tree, tlen)) {
            fprintf(out, "FAIL %s: cannot write %s: %s\n", name, epath, file_strerror(errno, why, sizeof why));
            goto done;
        }
        remove(apath);
        outcome = want ? R_UPDATED : R_NEW;
        fprintf(out, "%s %s\n", want ? "updated" : "new", ename);
    } else if (!want) {
        outcome = R_FAIL;
        fprintf(out, "FAIL %s: no %s (xxgk corpus --update writes it)\n", name, epath);
    } else {
        outcome = R_FAIL;
        fprintf(out, "FAIL %s\n", name);
        char label[4200];
        snprintf(label, sizeof label, "xxgk parse %s", path);
        corpus_udiff(out, want, wlen, tree, tlen, epath, label, j->o->context, DIFF_LINES);
        if (corpus_write(apath, tree, tlen))
            fprintf(out, "(the whole tree is in %s)\n", apath);
    }
done:
    if (out) {
        fclose(out);
        j->res[i] = (struct result){outcome, report};
    }
    xxgk_doc_free(doc);
    free(src);
    free(tree);
    free(want);
    free(path);
    free(ename);
    free(epath);
    free(aname);
    free(apath);
}

int corpus_golden(const char *dir, const corpus_opts *o)
{
    char why[128]; /* strerror text: strerror may share a buffer between threads */
    size_t n = 0, ne = 0;
    char **names = corpus_list(dir, ".txt", &n);
    if (!names) {
        /* the reason in the run's language, as corpus --stat gives it */
        fprintf(o->err, "xxgk: %s: %s\n", dir, file_errno_text(errno, o->lang == XXGK_LANG_ZH, why, sizeof why));
        return 2;
    }
    char **expected = corpus_list(dir, ".expected", &ne);
    char *kpath = corpus_path(dir, "KNOWN_FAILURES");
    corpus_known known;
    if (!expected || !kpath || !corpus_known_load(kpath, &known, o->err)) {
        corpus_list_free(names, n);
        corpus_list_free(expected, ne);
        free(kpath);
        return 2;
    }
    job j = {dir, names, &known, o, calloc(n ? n : 1, sizeof *j.res)};
    if (!j.res) {
        fprintf(o->err, "xxgk: out of memory\n");
        corpus_list_free(names, n);
        corpus_list_free(expected, ne);
        corpus_known_free(&known);
        free(kpath);
        return 2;
    }
    corpus_parallel(n, o->jobs, run_one, &j);

    size_t passed = 0, failed = 0, changed = 0;
    bool trouble = false;
    for (size_t i = 0; i < n; i++) {
        if (j.res[i].report)
            fputs(j.res[i].report, o->out);
        free(j.res[i].report);
        switch (j.res[i].outcome) {
        case R_OK: case R_XFAIL: case R_KEPT: passed++; break;
        case R_UPDATED: case R_NEW: passed++, changed++; break;
        case R_TROUBLE: trouble = true; /* fall through */
        default: failed++;
        }
    }
    /* expected files of no report, and list entries of no file */
    for (size_t i = 0; i < ne; i++) {
        char *t = corpus_swap_suffix(expected[i], ".expected", ".txt");
        bool found = false;
        for (size_t k = 0; t && k < n && !found; k++)
            found = strcmp(names[k], t) == 0;
        if (t && !found) {
            fprintf(o->out, "FAIL %s: no %s beside it (remove it, or restore the report)\n", expected[i], t);
            failed++;
        }
        free(t);
    }
    for (size_t k = 0; k < known.n; k++) {
        bool found = false;
        for (size_t i = 0; i < n && !found; i++)
            found = strcmp(names[i], known.keys[k]) == 0;
        if (!found) {
            fprintf(o->out, "FAIL %s: KNOWN_FAILURES lists %s, which is not in %s\n", kpath, known.keys[k], dir);
            failed++;
        }
    }
    if (o->update)
        fprintf(o->out, "%zu expected file(s) written\n", changed);
    fprintf(o->out, "%zu passed, %zu failed\n", passed, failed);
    free(j.res);
    corpus_list_free(names, n);
    corpus_list_free(expected, ne);
    corpus_known_free(&known);
    free(kpath);
    return trouble ? 2 : failed ? 1 : 0;
}
