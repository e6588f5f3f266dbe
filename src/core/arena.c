#include "arena.h"

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

/* Formatted once into a small buffer; formatted again into the arena only
 * when it did not fit. */
char *arena_vprintf(arena *a, const char *fmt, va_list ap)
{
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
