/* The growable array (vec.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"
#include "vec.h"

bool vec_grow(void *arrayp, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 16;
    if (c < n + 1)
        c = n + 1;
    if (size && c > SIZE_MAX / size)
        return false;
    void *old;
    memcpy(&old, arrayp, sizeof old);
    void *p = realloc(old, c * size);
    if (!p)
        return false;
    bigmem_advise(p, c * size);
    memcpy(arrayp, &p, sizeof p);
    *cap = c;
    return true;
}
