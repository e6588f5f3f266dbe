/* A map of 64-bit keys to 64-bit values (u64map.h). */
#include "u64map.h"

#include <stdlib.h>
#include <string.h>

/* The slot of key (not 0): the one holding it, else the empty one where
 * it goes. */
static size_t slot_of(const u64map *m, uint64_t key)
{
    size_t p = u64map_mix(key) & (m->cap - 1);
    while (m->keys[p] && m->keys[p] != key)
        p = (p + 1) & (m->cap - 1);
    return p;
}

static bool grow(u64map *m)
{
    u64map g = {.cap = m->cap ? m->cap * 2 : 64, .n = m->n, .has_zero = m->has_zero, .zero_value = m->zero_value};
    g.keys = calloc(g.cap, sizeof *g.keys);
    g.values = malloc(g.cap * sizeof *g.values);
    if (!g.keys || !g.values) {
        free(g.keys);
        free(g.values);
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t p = slot_of(&g, m->keys[i]);
        g.keys[p] = m->keys[i];
        g.values[p] = m->values[i];
    }
    free(m->keys);
    free(m->values);
    *m = g;
    return true;
}

uint64_t *u64map_at(u64map *m, uint64_t key)
{
    if (!key) {
        if (!m->has_zero)
            m->zero_value = 0;
        m->has_zero = true;
        return &m->zero_value;
    }
    if ((m->n + 1) * 2 > m->cap && !grow(m))
        return NULL;
    size_t p = slot_of(m, key);
    if (!m->keys[p]) {
        m->keys[p] = key;
        m->values[p] = 0;
        m->n++;
    }
    return &m->values[p];
}

const uint64_t *u64map_get(const u64map *m, uint64_t key)
{
    if (!key)
        return m->has_zero ? &m->zero_value : NULL;
    if (!m->cap)
        return NULL;
    size_t p = slot_of(m, key);
    return m->keys[p] ? &m->values[p] : NULL;
}

bool u64map_each(const u64map *m, size_t *at, uint64_t *key, uint64_t *value)
{
    if (*at == 0) { /* the key held apart first, then slot at - 1 */
        *at = 1;
        if (m->has_zero) {
            *key = 0;
            *value = m->zero_value;
            return true;
        }
    }
    for (; *at <= m->cap; ++*at)
        if (m->keys[*at - 1]) {
            *key = m->keys[*at - 1];
            *value = m->values[*at - 1];
            ++*at;
            return true;
        }
    return false;
}

void u64map_free(u64map *m)
{
    free(m->keys);
    free(m->values);
    memset(m, 0, sizeof *m);
}
