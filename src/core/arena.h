/* A bump allocator: one per document, freed all at once. */
#ifndef XXGK_ARENA_H
#define XXGK_ARENA_H
#include <stdarg.h>
#include <stddef.h>

typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;
    size_t used, cap;  /* of the head chunk */
    size_t grow;       /* the size of the next chunk for small blocks */
    int failed;        /* an allocation failed: callers check once at the end */
} arena;

void arena_init(arena *a);
void arena_free(arena *a);
void *arena_alloc(arena *a, size_t size);  /* zeroed; NULL on failure */
/* not zeroed: for buffers written whole at once (a copy of the source) */
void *arena_alloc_raw(arena *a, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
/* printf into the arena, exact whatever the length; "" (not NULL) when
 * memory runs out, with a->failed set. The one arena printf of xxgk: the
 * document's, the validator's and diff's texts are all made by it. */
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena *a, const char *fmt, va_list ap);
#endif
