/* A map of 64-bit keys to 64-bit values: open addressing with linear
 * probing, at most half full, doubled as it fills (from 64 slots). Every
 * key may be used, 0 too (it is held apart: 0 marks an empty slot). For
 * counting and remembering by hash: diff's tallies of words, SARIF's
 * fingerprints. No global state; a map is one owner's. */
#ifndef XXGK_U64MAP_H
#define XXGK_U64MAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct u64map {
    uint64_t *keys, *values;
    size_t n, cap;          /* keys held in the slots; slots */
    bool has_zero;          /* key 0 is held, its value in zero_value */
    uint64_t zero_value;
} u64map;

/* A 64-bit mix (MurmurHash3's finaliser): the slot of a key, and diff's
 * keys made of hashes. Keys are often hashes already, but not always
 * (SARIF's line and rule): mixed, neighbouring keys do not crowd one run
 * of slots. */
static inline uint64_t u64map_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* The value of key, added as 0 when absent; NULL when memory runs out
 * (the map is then as it was). The pointer is good until the next add. */
uint64_t *u64map_at(u64map *m, uint64_t key);
/* The value of key, NULL when absent. */
const uint64_t *u64map_get(const u64map *m, uint64_t key);
/* The next key and its value, in no particular order: start *at at 0 and
 * call until false (for (size_t at = 0; u64map_each(m, &at, &k, &v);)). */
bool u64map_each(const u64map *m, size_t *at, uint64_t *key, uint64_t *value);
void u64map_free(u64map *m);
#endif
