/* The hash of a table label's spelling: tools/genlabels places each
 * spelling of generated/labels_spell.h by it, and the table scanner
 * (grammar/lexer.re: spelled_label) looks a run of bytes up by it. One
 * definition for both, so the index and its reader cannot drift apart.
 * Its first four bytes, its last four and its length: the spellings that
 * share all three (第二十条第（一）项 and 第二十条第（六）项 end alike) are
 * told apart by the probe's compare. N is at least 4. */
#ifndef XXGK_LABEL_HASH_H
#define XXGK_LABEL_HASH_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { LABEL_SPELL_BITS = 10 }; /* 1,024 slots: a few hundred spellings */

static inline uint32_t label_spell_hash(const uint8_t *s, size_t n)
{
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    uint32_t h = a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ (uint32_t)n * 0xC2B2AE3Du;
    return h >> (32 - LABEL_SPELL_BITS);
}
#endif
