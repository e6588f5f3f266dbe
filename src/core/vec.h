/* The growable array of xxgk: a malloc'd array and its capacity, grown by
 * doubling. Every pass that collects an unknown number of things (the
 * builder's cells, diff's changes and candidates, the corpus runner's
 * records) grows its arrays with vec_reserve. */
#ifndef XXGK_VEC_H
#define XXGK_VEC_H
#include <stdbool.h>
#include <stddef.h>

/* Grow the array to hold element n (vec_reserve's slow path). */
bool vec_grow(void *arrayp, size_t n, size_t *cap, size_t size);

/* Room for element n of *arrayp (a T **), whose capacity is *cap elements
 * of size bytes: the array doubles (from 16) when full. False when memory
 * runs out; the array is then as it was. Inline: most calls have room. */
static inline bool vec_reserve(void *arrayp, size_t n, size_t *cap, size_t size)
{
    return n < *cap || vec_grow(arrayp, n, cap, size);
}
#endif
