#include "arena.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    arena_chunk *prev;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

void arena_init(arena *a) { memset(a, 0, sizeof *a); }

void arena_free(arena *a)
{
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *p = c->prev;
        free(c);
        c = p;
    }
    memset(a, 0, sizeof *a);
}

void *arena_alloc_raw(arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (a->head && a->cap - a->used >= size) {
        void *p = a->head->data + a->used;
        a->used += size;
        return p;
    }
    if (!a->grow)
        a->grow = ARENA_MIN_CHUNK;
    if (size > a->grow / 2) {
        /* a big block (the copy of the source): a chunk of its own, linked
         * behind the current one, so that chunk sizes keep following the
         * many small allocations (doubling after a 100 MB source would
         * reserve 200 MB for a tree of a few) */
        arena_chunk *c = malloc(sizeof *c + size);
        if (!c) {
            a->failed = 1;
            return NULL;
        }
        c->cap = size;
        if (a->head) {
            c->prev = a->head->prev;
            a->head->prev = c;
        } else {
            c->prev = NULL;
            a->head = c;
            a->used = a->cap = size;
        }
        return c->data;
    }
    /* chunks double with the document, so a large file takes few mallocs */
    size_t cap = a->grow;
    if (a->grow < (64u << 20))
        a->grow *= 2;
    arena_chunk *c = malloc(sizeof *c + cap);
    if (!c) {
        a->failed = 1;
        return NULL;
    }
    c->prev = a->head;
    c->cap = cap;
    a->head = c;
    a->used = size;
    a->cap = cap;
    return c->data;
}

void *arena_alloc(arena *a, size_t size)
{
    void *p = arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

/* Most texts made here are strings joined: names, quoted source text,
 * lists ("%s%s%s", "%.*s"). Such a format is joined directly, without
 * vsnprintf's machinery, which costs some thousand instructions a call.
 * A simple format holds no conversion but %s and %.*s. */
static bool simple_format(const char *fmt)
{
    for (const char *p = fmt; (p = strchr(p, '%')) != NULL;) {
        if (p[1] == 's')
            p += 2;
        else if (p[1] == '.' && p[2] == '*' && p[3] == 's')
            p += 4;
        else
            return false;
    }
    return true;
}

/* One argument of a simple format at P ('%'): its text and length, as
 * printf prints it ("(null)" for NULL; at most the precision's bytes for
 * %.*s, all of it when the precision is negative). Returns the format's
 * next character. */
static const char *simple_arg(const char *p, va_list *ap, const char **s, size_t *n)
{
    size_t max = (size_t)-1;
    if (p[1] == '.') {
        int prec = va_arg(*ap, int);
        if (prec >= 0)
            max = (size_t)prec;
        p += 2;
    }
    *s = va_arg(*ap, const char *);
    if (!*s)
        *s = "(null)";
    *n = strnlen(*s, max);
    return p + 2;
}

/* The simple format joined: its length (without the NUL) when OUT is
 * NULL, else written to OUT, NUL-terminated. */
static size_t simple_join(char *out, const char *fmt, va_list ap)
{
    va_list args;
    va_copy(args, ap);
    size_t len = 0;
    for (const char *p = fmt; *p;) {
        const char *s = p;
        size_t n;
        if (*p == '%') {
            p = simple_arg(p, &args, &s, &n);
        } else {
            const char *pct = strchr(p, '%');
            n = pct ? (size_t)(pct - p) : strlen(p);
            p += n;
        }
        if (out)
            memcpy(out + len, s, n);
        len += n;
    }
    va_end(args);
    if (out)
        out[len] = 0;
    return len;
}

/* Formatted once into a small buffer; formatted again into the arena only
 * when it did not fit. A simple format is joined instead (simple_join). */
char *arena_vprintf(arena *a, const char *fmt, va_list ap)
{
    if (simple_format(fmt)) {
        size_t n = simple_join(NULL, fmt, ap);
        char *p = arena_alloc_raw(a, n + 1);
        if (!p)
            return (char *)"";
        simple_join(p, fmt, ap);
        return p;
    }
    char small[512];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *p = n < 0 ? NULL : arena_alloc_raw(a, (size_t)n + 1);
    if (p) {
        if ((size_t)n < sizeof small)
            memcpy(p, small, (size_t)n + 1);
        else
            vsnprintf(p, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    return p ? p : (char *)"";
}

char *arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}
