/* Output gathered in a buffer and written with one fwrite when the buffer
 * is full or the caller is done: the printers that write a line per cell
 * or per diagnostic (the tree, export, the diagnostics) spent more in
 * stdio's calls and fprintf's format walk than in finding what to print.
 * The buffer is the caller's (on its stack: OB_SIZE bytes, or OB_LARGE for
 * a document's records or tree: each fwrite costs a copy of what does not
 * fill stdio's blocks and a write) and not cleared: only o->n bytes of it are read. Write with
 * ob_*, then ob_flush. */
#ifndef XXGK_OUTBUF_H
#define XXGK_OUTBUF_H
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "put.h"

/* OB_SIZE: a diagnostic; OB_LARGE: a document's records (export) or
 * tree, written in fewer, larger pieces */
enum { OB_SIZE = 8192, OB_LARGE = 65536 };

typedef struct outbuf {
    FILE *f;
    size_t n, cap;
    char *b;
} outbuf;

/* Writing to f through b[0..cap). */
static inline void ob_init(outbuf *o, FILE *f, char *b, size_t cap)
{
    o->f = f;
    o->n = 0;
    o->cap = cap;
    o->b = b;
}

static inline void ob_flush(outbuf *o)
{
    if (o->n)
        fwrite(o->b, 1, o->n, o->f);
    o->n = 0;
}

static inline void ob_put(outbuf *o, const void *s, size_t n)
{
    if (o->n + n > o->cap) {
        ob_flush(o);
        if (n > o->cap) {
            fwrite(s, 1, n, o->f);
            return;
        }
    }
    memcpy(o->b + o->n, s, n);
    o->n += n;
}

/* A text as printf's %s prints it: a missing one (no memory for a
 * message) is "(null)", as glibc writes it. */
static inline void ob_str(outbuf *o, const char *s)
{
    s = s ? s : "(null)";
    ob_put(o, s, strlen(s));
}

static inline void ob_char(outbuf *o, char ch)
{
    if (o->n == o->cap)
        ob_flush(o);
    o->b[o->n++] = ch;
}

/* Room for n bytes (at most the buffer's size) at the end of the buffer:
 * the caller formats them there and says where it stopped with ob_end. */
static inline char *ob_room(outbuf *o, size_t n)
{
    if (o->n + n > o->cap)
        ob_flush(o);
    return o->b + o->n;
}

static inline void ob_end(outbuf *o, const char *end) { o->n = (size_t)(end - o->b); }

/* An unsigned number in decimal, as %u (and %zu). */
static inline void ob_u64(outbuf *o, uint64_t v) { ob_end(o, put_u64(ob_room(o, 20), v)); }

static inline void ob_uint(outbuf *o, unsigned v) { ob_end(o, put_uint(ob_room(o, 10), v)); }

/* A signed number in decimal, as %d. */
static inline void ob_int(outbuf *o, int v)
{
    if (v < 0)
        ob_char(o, '-');
    ob_u64(o, v < 0 ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v);
}

/* n copies of ch (indentation, an underline); nothing when n <= 0, as
 * printf's "%*s" pads. */
static inline void ob_fill(outbuf *o, char ch, int n)
{
    while (n > 0) {
        if (o->n == o->cap)
            ob_flush(o);
        size_t k = o->cap - o->n;
        if (k > (size_t)n)
            k = (size_t)n;
        memset(o->b + o->n, ch, k);
        o->n += k;
        n -= (int)k;
    }
}
#endif
