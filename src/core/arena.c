#include "arena.h"
#include "bigmem.h"

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

void arena_reset(arena *a)
{
    arena_chunk *keep = a->head;
    if (!keep)
        return;
    arena_chunk *c = keep->prev;
    while (c) {
        arena_chunk *p = c->prev;
        free(c);
        c = p;
    }
    keep->prev = NULL;
    a->used = 0;
    a->base = keep->data;
    a->cap = keep->cap;
    a->failed = 0;
}

/* SIZE is a multiple of 16 (arena_alloc_raw rounds it). */
void *arena_alloc_chunk(arena *a, size_t size)
{
    if (!a->grow)
        a->grow = ARENA_MIN_CHUNK;
    if (size > a->grow / 2) {
        /* a big block (the copy of the source): a chunk of its own, linked
         * behind the current one, so that chunk sizes keep following the
         * many small allocations (doubling after a 100 MB source would
         * reserve 200 MB for a tree of a few) */
        arena_chunk *c = bigmem_alloc(sizeof *c + size);
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
            a->base = c->data;
            a->used = a->cap = size;
        }
        return c->data;
    }
    /* chunks double with the document, so a large file takes few mallocs.
     * The block with its header is the power of two, not the data alone: a
     * block of 2^k + 16 bytes is 2^k plus one more 2 MB page once it is
     * huge pages (bigmem_alloc), and a chunk filled to its last bytes made
     * that whole page resident for 16 bytes */
    size_t cap = a->grow - sizeof(arena_chunk);
    if (a->grow < (64u << 20))
        a->grow *= 2;
    arena_chunk *c = bigmem_alloc(sizeof *c + cap);
    if (!c) {
        a->failed = 1;
        return NULL;
    }
    c->prev = a->head;
    c->cap = cap;
    a->head = c;
    a->base = c->data;
    a->used = size;
    a->cap = cap;
    return c->data;
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
 * lists ("%s%s%s", "%.*s"), messages with a count or a line ("%d", "%u").
 * Such a format is joined directly, without vsnprintf's machinery, which
 * costs some thousand instructions a call: its pieces (literal text, the
 * strings of %s and %.*s, the decimal digits of %d and %u) are found in
 * one pass, then copied. */
enum { JOIN_PIECES = 16 };
struct piece {
    const char *s;
    size_t n;
    char num[12]; /* the digits of %d or %u, s pointing into them */
};

/* A number as %d or %u prints it (a '-' before the digits of a negative
 * one), written at the end of pc->num. */
static void join_number(struct piece *pc, unsigned long v, bool neg)
{
    char *e = pc->num + sizeof pc->num, *p = e;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (neg)
        *--p = '-';
    pc->s = p;
    pc->n = (size_t)(e - p);
}

/* One argument of %d, %u, %s or %.*s at P ('%'), as printf prints it:
 * "(null)" for NULL, at most the precision's bytes for %.*s (all of it
 * when the precision is negative). Returns the format's next character,
 * or NULL for any other conversion. */
static const char *join_arg(const char *p, va_list *ap, struct piece *pc)
{
    size_t max = (size_t)-1;
    if (p[1] == 'd') {
        int v = va_arg(*ap, int);
        join_number(pc, v < 0 ? 0ul - (unsigned long)(long)v : (unsigned long)v, v < 0);
        return p + 2;
    }
    if (p[1] == 'u') {
        join_number(pc, va_arg(*ap, unsigned), false);
        return p + 2;
    }
    if (p[1] == '.' && p[2] == '*' && p[3] == 's') {
        int prec = va_arg(*ap, int);
        if (prec >= 0)
            max = (size_t)prec;
        p += 2;
    } else if (p[1] != 's') {
        return NULL;
    }
    pc->s = va_arg(*ap, const char *);
    if (!pc->s)
        pc->s = "(null)";
    pc->n = strnlen(pc->s, max);
    return p + 2;
}

/* The pieces of FMT with its arguments: their count, or -1 when FMT holds
 * another conversion or more than JOIN_PIECES pieces. */
static int join_pieces(const char *fmt, va_list ap, struct piece *pc)
{
    va_list args;
    va_copy(args, ap);
    int k = 0;
    for (const char *p = fmt; *p;) {
        if (k == JOIN_PIECES) {
            k = -1;
            break;
        }
        if (*p == '%') {
            p = join_arg(p, &args, &pc[k]);
            if (!p) {
                k = -1;
                break;
            }
        } else {
            const char *pct = strchr(p, '%');
            pc[k].s = p;
            pc[k].n = pct ? (size_t)(pct - p) : strlen(p);
            p += pc[k].n;
        }
        k++;
    }
    va_end(args);
    return k;
}

/* The pieces joined into the arena. */
static char *join(arena *a, const struct piece *pc, int k)
{
    size_t len = 0;
    for (int i = 0; i < k; i++)
        len += pc[i].n;
    char *out = arena_alloc_raw(a, len + 1);
    if (!out)
        return (char *)"";
    size_t at = 0;
    for (int i = 0; i < k; i++) {
        memcpy(out + at, pc[i].s, pc[i].n);
        at += pc[i].n;
    }
    out[len] = 0;
    return out;
}

/* Formatted once into a small buffer; formatted again into the arena only
 * when it did not fit. Strings alone are joined instead (join_pieces). */
char *arena_vprintf(arena *a, const char *fmt, va_list ap)
{
    struct piece pc[JOIN_PIECES];
    int k = join_pieces(fmt, ap, pc);
    if (k >= 0)
        return join(a, pc, k);
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
