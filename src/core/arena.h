/* A bump allocator: one per document, freed all at once. */
#ifndef XXGK_ARENA_H
#define XXGK_ARENA_H
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;
    unsigned char *base; /* the head chunk's data */
    size_t used, cap;  /* of the head chunk */
    size_t grow;       /* the size of the next chunk for small blocks */
    int failed;        /* an allocation failed: callers check once at the end */
} arena;

void arena_init(arena *a);
void arena_free(arena *a);
/* empty again for reuse: the head chunk kept (its blocks given back), the
 * others freed; a buffer that is filled and emptied over and over (a
 * table's glued rows) mallocs once */
void arena_reset(arena *a);
/* arena_alloc_raw when the head chunk has no room: a new chunk */
void *arena_alloc_chunk(arena *a, size_t size);
/* not zeroed: for buffers written whole at once (a copy of the source).
 * Inline: most blocks fit the head chunk, and the document's every node,
 * name and message is one */
static inline void *arena_alloc_raw(arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (a->head && a->cap - a->used >= size) {
        void *p = a->base + a->used;
        a->used += size;
        return p;
    }
    return arena_alloc_chunk(a, size);
}
/* zeroed; NULL on failure */
static inline void *arena_alloc(arena *a, size_t size)
{
    void *p = arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}
char *arena_strndup(arena *a, const char *s, size_t n);
/* printf into the arena, exact whatever the length; "" (not NULL) when
 * memory runs out, with a->failed set. The one arena printf of xxgk: the
 * document's, the validator's and diff's texts are all made by it. */
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena *a, const char *fmt, va_list ap);
#endif
