/* Grammar fragments in the style of tree-sitter's corpus files:
 *
 *   === case name :error P005
 *   input lines
 *   ---
 *   expected tree lines
 *
 * A case runs its input through xxgk_parse and compares the tree text. The
 * ":error CODE" attribute (repeatable) says the input must produce that
 * diagnostic: it is checked on its own, so regenerating the expected trees
 * can never drop it silently. Lines before the first header are comments. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "vec.h"
#include "corpus.h"

enum { DIFF_LINES = 40 };

typedef struct span {
    const char *s;
    size_t n;
} span;

static bool is_header(span l)
{
    return l.n >= 3 && memcmp(l.s, "===", 3) == 0;
}

static bool is_separator(span l)
{
    size_t k = 0;
    while (k < l.n && l.s[k] == '-')
        k++;
    size_t dashes = k;
    while (k < l.n && (l.s[k] == ' ' || l.s[k] == '\t' || l.s[k] == '\r'))
        k++;
    return dashes >= 3 && k == l.n;
}

static bool is_blank(span l)
{
    for (size_t k = 0; k < l.n; k++)
        if (l.s[k] != ' ' && l.s[k] != '\t' && l.s[k] != '\r')
            return false;
    return true;
}

/* Join lines [a, b) with '\n' after each; *len gets the length. */
static char *join(const span *v, size_t a, size_t b, size_t *len)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += v[i].n + 1;
    char *s = malloc(n + 1), *p = s;
    if (!s)
        return NULL;
    for (size_t i = a; i < b; i++) {
        memcpy(p, v[i].s, v[i].n);
        p += v[i].n;
        *p++ = '\n';
    }
    *p = 0;
    *len = n;
    return s;
}

static bool parse_header(frag_case *c, span l, const char *path, FILE *err)
{
    size_t k = 0;
    while (k < l.n && l.s[k] == '=')
        k++;
    while (k < l.n && l.s[k] == ' ')
        k++;
    const char *s = l.s + k, *e = l.s + l.n;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r'))
        e--;
    /* attributes: the trailing " :word ARG" groups */
    const char *name_end = e;
    for (const char *p = s; p + 1 < e; p++)
        if (p[0] == ':' && (p == s || p[-1] == ' ') && p[1] >= 'a' && p[1] <= 'z') {
            name_end = p;
            break;
        }
    for (const char *p = name_end; p < e;) {
        while (p < e && *p == ' ')
            p++;
        if (p == e)
            break;
        const char *w = p;
        while (p < e && *p != ' ')
            p++;
        if ((size_t)(p - w) != 6 || memcmp(w, ":error", 6) != 0) {
            fprintf(err, "xxgk: %s:%d: unknown attribute '%.*s' (only :error CODE)\n", path, c->line,
                    (int)(p - w), w);
            return false;
        }
        while (p < e && *p == ' ')
            p++;
        const char *a = p;
        while (p < e && *p != ' ')
            p++;
        char code[16] = "";
        if ((size_t)(p - a) < sizeof code)
            memcpy(code, a, (size_t)(p - a)), code[p - a] = 0;
        if (!code[0] || xxgk_code_by_name(code) < 0) {
            fprintf(err, "xxgk: %s:%d: :error needs a diagnostic code (P005, L001 …)\n", path, c->line);
            return false;
        }
        if (!vec_reserve(&c->errors, c->nerrors, &c->caperrors, sizeof *c->errors) ||
            !(c->errors[c->nerrors] = strndup(a, (size_t)(p - a))))
            return false;
        c->nerrors++;
    }
    while (name_end > s && name_end[-1] == ' ')
        name_end--;
    c->name = strndup(s, (size_t)(name_end - s));
    c->header = strndup(l.s, (size_t)(e - l.s));
    if (!c->name || !c->header)
        return false;
    if (!c->name[0]) {
        fprintf(err, "xxgk: %s:%d: a case needs a name after ===\n", path, c->line);
        return false;
    }
    return true;
}

bool frag_load(const char *path, frag_file *f, FILE *err)
{
    char why[128]; /* strerror text: strerror may share a buffer between threads */
    memset(f, 0, sizeof *f);
    size_t len;
    char *text = corpus_slurp(path, &len);
    if (!text) {
        fprintf(err, "xxgk: %s: %s\n", path, file_strerror(errno, why, sizeof why));
        return false;
    }
    size_t nl = 1;
    for (size_t i = 0; i < len; i++)
        nl += text[i] == '\n';
    span *v = malloc(nl * sizeof *v);
    size_t n = 0;
    for (size_t i = 0, start = 0; v && i <= len; i++)
        if (i == len || text[i] == '\n') {
            if (i > start || i < len)
                v[n++] = (span){text + start, i - start};
            start = i + 1;
        }
    bool ok = v && (f->path = strdup(path));
    size_t i = 0;
    while (ok && i < n && !is_header(v[i]))
        i++;
    size_t plen;
    if (ok && !(f->preamble = join(v, 0, i, &plen)))
        ok = false;
    size_t cap = 0;
    while (ok && i < n) {
        if (!vec_reserve(&f->cases, f->n, &cap, sizeof *f->cases)) {
            ok = false;
            break;
        }
        frag_case *c = &f->cases[f->n++];
        memset(c, 0, sizeof *c);
        c->line = (int)i + 1;
        if (!parse_header(c, v[i], path, err)) {
            ok = false;
            break;
        }
        for (size_t k = 0; k + 1 < f->n; k++)
            if (strcmp(f->cases[k].name, c->name) == 0) {
                fprintf(err, "xxgk: %s:%d: a second case named '%s'\n", path, c->line, c->name);
                ok = false;
            }
        size_t a = ++i;
        while (i < n && !is_separator(v[i]) && !is_header(v[i]))
            i++;
        if (i == n || !is_separator(v[i])) {
            fprintf(err, "xxgk: %s:%d: case '%s' has no '---' line before its expected tree\n", path,
                    c->line, c->name);
            ok = false;
            break;
        }
        size_t b = i;
        while (b > a && is_blank(v[b - 1]))
            b--;
        if (!(c->input = join(v, a, b, &c->input_len))) {
            ok = false;
            break;
        }
        size_t ea = ++i;
        while (i < n && !is_header(v[i]))
            i++;
        size_t eb = i;
        while (ea < eb && is_blank(v[ea]))
            ea++;
        while (eb > ea && is_blank(v[eb - 1]))
            eb--;
        if (!(c->expected = join(v, ea, eb, &c->expected_len)))
            ok = false;
    }
    free(v);
    free(text);
    if (!ok)
        frag_free(f);
    return ok;
}

void frag_free(frag_file *f)
{
    for (size_t i = 0; i < f->n; i++) {
        frag_case *c = &f->cases[i];
        free(c->name);
        free(c->header);
        for (size_t k = 0; k < c->nerrors; k++)
            free(c->errors[k]);
        free(c->errors);
        free(c->input);
        free(c->expected);
    }
    free(f->cases);
    free(f->path);
    free(f->preamble);
    memset(f, 0, sizeof *f);
}

char *frag_run(const frag_case *c, size_t *len)
{
    xxgk_options opts = {.lang = XXGK_LANG_EN};
    xxgk_doc *doc = xxgk_parse("fragment", c->input, c->input_len, &opts);
    if (!doc)
        return NULL;
    char *t = corpus_tree_text(doc, len);
    xxgk_doc_free(doc);
    return t;
}

const char *frag_missing_error(const frag_case *c, const char *actual)
{
    for (size_t k = 0; k < c->nerrors; k++) {
        /* diagnostic lines of the tree: "severity CODE line:col: message" */
        bool found = false;
        size_t cl = strlen(c->errors[k]);
        for (const char *p = actual; *p && !found;) {
            const char *eol = strchr(p, '\n');
            size_t n = eol ? (size_t)(eol - p) : strlen(p);
            const char *sp = memchr(p, ' ', n);
            if (p[0] != ' ' && sp && (size_t)(p + n - sp) > cl + 1 && memcmp(sp + 1, c->errors[k], cl) == 0 &&
                sp[1 + cl] == ' ')
                found = true;
            p += n + (eol ? 1 : 0);
        }
        if (!found)
            return c->errors[k];
    }
    return NULL;
}

bool frag_save(const frag_file *f, char *const *expected)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out)
        return false;
    fputs(f->preamble, out);
    for (size_t i = 0; i < f->n; i++) {
        const frag_case *c = &f->cases[i];
        const char *e = expected && expected[i] ? expected[i] : c->expected;
        fprintf(out, "%s\n", c->header);
        fwrite(c->input, 1, c->input_len, out);
        fputs("---\n", out);
        fputs(e, out);
        if (i + 1 < f->n)
            fputc('\n', out);
    }
    bool ok = fclose(out) == 0 && corpus_write(f->path, buf, len);
    free(buf);
    return ok;
}

int corpus_fragments(const char *dir, const corpus_opts *o)
{
    char why[128]; /* strerror text: strerror may share a buffer between threads */
    size_t nfiles = 0;
    char **names = corpus_list(dir, ".txt", &nfiles);
    if (!names) {
        fprintf(o->err, "xxgk: %s: %s\n", dir, file_strerror(errno, why, sizeof why));
        return 2;
    }
    char *kpath = corpus_path(dir, "KNOWN_FAILURES");
    corpus_known known;
    if (!kpath || !corpus_known_load(kpath, &known, o->err)) {
        corpus_list_free(names, nfiles);
        free(kpath);
        return 2;
    }
    size_t passed = 0, failed = 0, written = 0;
    bool trouble = false;
    for (size_t fi = 0; fi < nfiles; fi++) {
        char *path = corpus_path(dir, names[fi]);
        frag_file f;
        if (!path || !frag_load(path, &f, o->err)) {
            free(path);
            failed++;
            trouble = true;
            continue;
        }
        char **fresh = calloc(f.n ? f.n : 1, sizeof *fresh);
        bool dirty = false;
        for (size_t i = 0; fresh && i < f.n; i++) {
            const frag_case *c = &f.cases[i];
            char key[1024];
            snprintf(key, sizeof key, "%s/%s", names[fi], c->name);
            long k = corpus_known_find(&known, key);
            if (k >= 0)
                known.seen[k] = true;
            size_t alen;
            char *actual = frag_run(c, &alen);
            if (!actual) {
                fprintf(o->out, "FAIL %s: out of memory\n", key);
                failed++;
                trouble = true;
                continue;
            }
            const char *missing = frag_missing_error(c, actual);
            bool equal = alen == c->expected_len && memcmp(actual, c->expected, alen) == 0;
            if (k >= 0) {
                if (equal && !missing) {
                    fprintf(o->out, "FAIL %s: listed in KNOWN_FAILURES but passes now: remove it from the list\n", key);
                    failed++;
                } else {
                    /* the diff shows how far the parser still is from the intended tree */
                    char where[1100];
                    snprintf(where, sizeof where, "%s:%d (intended)", path, c->line);
                    fprintf(o->out, "xfail %s (known failure: %s)\n", key, known.reasons[k]);
                    corpus_udiff(o->out, c->expected, c->expected_len, actual, alen, where, "actual", o->context,
                                 DIFF_LINES);
                    passed++;
                }
            } else if (missing) {
                fprintf(o->out, "FAIL %s (%s:%d): no %s diagnostic, which its :error attribute requires\n", key,
                        path, c->line, missing);
                failed++;
            } else if (equal) {
                fprintf(o->out, "ok %s\n", key);
                passed++;
            } else if (o->update) {
                fresh[i] = actual;
                actual = NULL;
                dirty = true;
                fprintf(o->out, "updated %s\n", key);
                passed++;
            } else {
                char where[1100];
                snprintf(where, sizeof where, "%s:%d (expected)", path, c->line);
                fprintf(o->out, "FAIL %s\n", key);
                corpus_udiff(o->out, c->expected, c->expected_len, actual, alen, where, "actual", o->context,
                             DIFF_LINES);
                failed++;
            }
            free(actual);
        }
        if (dirty) {
            if (frag_save(&f, fresh)) {
                written++;
            } else {
                fprintf(o->err, "xxgk: %s: cannot write: %s\n", path, file_strerror(errno, why, sizeof why));
                trouble = true;
            }
        }
        for (size_t i = 0; fresh && i < f.n; i++)
            free(fresh[i]);
        free(fresh);
        frag_free(&f);
        free(path);
    }
    for (size_t k = 0; k < known.n; k++)
        if (!known.seen[k]) {
            fprintf(o->out, "FAIL %s: KNOWN_FAILURES lists '%s', which is no case in %s\n", kpath, known.keys[k], dir);
            failed++;
        }
    if (o->update)
        fprintf(o->out, "%zu fragment file(s) written\n", written);
    fprintf(o->out, "%zu passed, %zu failed\n", passed, failed);
    corpus_list_free(names, nfiles);
    corpus_known_free(&known);
    free(kpath);
    return trouble ? 2 : failed ? 1 : 0;
}
