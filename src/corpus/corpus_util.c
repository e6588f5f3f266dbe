/* What the corpus tools share: listing a folder, whole-file I/O, running
 * on threads, the tree text, and KNOWN_FAILURES lists. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "files.h"
#include "jobs.h"
#include "vec.h"
#include "corpus.h"

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && memcmp(s + n - k, suffix, k) == 0;
}

/* A name ending in one of SUFFIXES ("|"-separated), ASCII case ignored
 * (a report saved as X.HTML on Windows is still a page). */
static bool has_suffix_of(const char *s, const char *suffixes)
{
    size_t n = strlen(s);
    for (const char *p = suffixes; *p;) {
        size_t k = strcspn(p, "|");
        if (n > k && strncasecmp(s + n - k, p, k) == 0)
            return true;
        p += k + (p[k] == '|');
    }
    return false;
}

/* The regular files of DIR that MATCH keeps, by name. */
static char **list_names(const char *dir, bool (*match)(const char *, const char *), const char *arg,
                         size_t *n)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    size_t cap = 16, len = 0;
    char **v = malloc(cap * sizeof *v);
    struct dirent *e;
    while (v && (e = readdir(d))) {
        if (e->d_name[0] == '.' || !match(e->d_name, arg))
            continue;
        char *p = corpus_path(dir, e->d_name);
        struct stat st;
        bool regular = p && stat(p, &st) == 0 && S_ISREG(st.st_mode);
        free(p);
        if (!regular)
            continue;
        if (!vec_reserve(&v, len, &cap, sizeof *v)) {
            corpus_list_free(v, len);
            v = NULL;
            break;
        }
        if (!(v[len] = strdup(e->d_name))) {
            corpus_list_free(v, len);
            v = NULL;
            break;
        }
        len++;
    }
    closedir(d);
    if (!v) {
        errno = ENOMEM;
        return NULL;
    }
    qsort(v, len, sizeof *v, cmp_names);
    *n = len;
    return v;
}

char **corpus_list(const char *dir, const char *suffix, size_t *n)
{
    return list_names(dir, has_suffix, suffix, n);
}

char **corpus_list_inputs(const char *dir, size_t *n)
{
    return list_names(dir, has_suffix_of, CORPUS_INPUT_SUFFIXES, n);
}

void corpus_list_free(char **names, size_t n)
{
    if (!names)
        return;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

char *corpus_path(const char *dir, const char *name)
{
    size_t d = strlen(dir), k = strlen(name);
    while (d > 1 && dir[d - 1] == '/')
        d--;
    char *p = malloc(d + k + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, d);
    p[d] = '/';
    memcpy(p + d + 1, name, k + 1);
    return p;
}

char *corpus_swap_suffix(const char *name, const char *from, const char *to)
{
    size_t n = strlen(name), f = strlen(from), t = strlen(to);
    if (has_suffix(name, from))
        n -= f;
    char *p = malloc(n + t + 1);
    if (!p)
        return NULL;
    memcpy(p, name, n);
    memcpy(p + n, to, t + 1);
    return p;
}

char *corpus_slurp(const char *path, size_t *len)
{
    char *b;
    int e = file_read(path, false, &b, len);
    if (e) {
        errno = e;
        return NULL;
    }
    return b;
}

FILE *corpus_write_open(const char *path, char **tmp)
{
    /* a device or a FIFO (--save /dev/stdout) is written where it is: a
     * temporary file renamed over it would replace it */
    struct stat st;
    *tmp = NULL;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return fopen(path, "wb");
    size_t k = strlen(path);
    if (!(*tmp = malloc(k + 24)))
        return NULL;
    snprintf(*tmp, k + 24, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(*tmp, "wb");
    if (!f) {
        int e = errno;
        free(*tmp);
        *tmp = NULL;
        errno = e;
    }
    return f;
}

bool corpus_write_close(FILE *f, char *tmp, const char *path)
{
    bool ok = !ferror(f);
    if (fclose(f) != 0)
        ok = false;
    if (!tmp)
        return ok; /* written in place */
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        int e = errno;
        remove(tmp);
        errno = e;
    }
    free(tmp);
    return ok;
}

bool corpus_write(const char *path, const char *data, size_t len)
{
    char *tmp;
    FILE *f = corpus_write_open(path, &tmp);
    if (!f)
        return false;
    fwrite(data, 1, len, f);
    return corpus_write_close(f, tmp, path);
}

/* ---- threads: the ordered pool of src/core/jobs.c, no order needed ------- */

typedef struct unordered {
    void (*fn)(size_t, void *);
    void *arg;
} unordered;

static void *unordered_work(size_t i, void *ctx)
{
    unordered *u = ctx;
    u->fn(i, u->arg);
    return NULL;
}

static void unordered_take(size_t i, void *result, void *ctx)
{
    (void)i, (void)result, (void)ctx;
}

void corpus_parallel(size_t n, int jobs, void (*fn)(size_t i, void *arg), void *arg)
{
    unordered u = {fn, arg};
    /* the results are kept by the caller, so nothing bounds the window */
    job_pool j = {n, jobs, n ? n : 1, unordered_work, unordered_take, &u, 0};
    job_pool_run(&j);
}

char *corpus_tree_text(const xxgk_doc *doc, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return NULL;
    xxgk_print_tree(f, doc);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

uint64_t corpus_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- KNOWN_FAILURES -------------------------------------------------------- */

static char *trimmed(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    return strndup(s, n);
}

bool corpus_known_load(const char *path, corpus_known *k, FILE *err)
{
    memset(k, 0, sizeof *k);
    size_t len;
    char *text = corpus_slurp(path, &len);
    if (!text) {
        if (errno == ENOENT)
            return true;
        fprintf(err, "xxgk: %s: %s\n", path, strerror(errno));
        return false;
    }
    size_t capk = 0, capr = 0, caps = 0; /* of keys, reasons, seen */
    bool ok = true;
    int lineno = 0;
    for (char *p = text; ok && *p;) {
        char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        lineno++;
        char *line = trimmed(p, n);
        p += n + (eol ? 1 : 0);
        if (!line) {
            ok = false;
            break;
        }
        if (!line[0] || line[0] == '#') {
            free(line);
            continue;
        }
        char *sep = strstr(line, " -- ");
        if (!sep) {
            fprintf(err, "xxgk: %s:%d: expected 'NAME -- reason'\n", path, lineno);
            free(line);
            ok = false;
            break;
        }
        if (!vec_reserve(&k->keys, k->n, &capk, sizeof *k->keys) ||
            !vec_reserve(&k->reasons, k->n, &capr, sizeof *k->reasons) ||
            !vec_reserve(&k->seen, k->n, &caps, sizeof *k->seen)) {
            free(line);
            ok = false;
            break;
        }
        k->keys[k->n] = trimmed(line, (size_t)(sep - line));
        k->reasons[k->n] = trimmed(sep + 4, strlen(sep + 4));
        k->seen[k->n] = false;
        free(line);
        if (!k->keys[k->n] || !k->reasons[k->n]) {
            free(k->keys[k->n]);
            free(k->reasons[k->n]);
            ok = false;
            break;
        }
        k->n++;
    }
    free(text);
    if (!ok)
        corpus_known_free(k);
    return ok;
}

long corpus_known_find(const corpus_known *k, const char *key)
{
    for (size_t i = 0; i < k->n; i++)
        if (strcmp(k->keys[i], key) == 0)
            return (long)i;
    return -1;
}

void corpus_known_free(corpus_known *k)
{
    for (size_t i = 0; i < k->n; i++) {
        free(k->keys[i]);
        free(k->reasons[i]);
    }
    free(k->keys);
    free(k->reasons);
    free(k->seen);
    memset(k, 0, sizeof *k);
}
