/* The template's row and column keys (keys.def) as fields of a fixed
 * size, for the printers that write them once a row or a column (export,
 * the tree): a key is copied as KEY_FIELD bytes, a copy of constant size
 * (two moves, not a strlen and a memcpy call), and its length is known.
 * The bytes past a key are zero; the caller's buffer has room for
 * KEY_FIELD bytes and writes over those past the key. */
#ifndef XXGK_KEY_FIELDS_H
#define XXGK_KEY_FIELDS_H
#include <stdint.h>
#include <string.h>

#include "template.h"
#include "xxgk.h"

enum { KEY_FIELD = 32 }; /* a key is shorter (the template's longest has 26 bytes): else the table does not compile */

typedef struct key_field {
    char s[KEY_FIELD];
    uint8_t n;
} key_field;

static const key_field key_field_rows[XXGK_R__COUNT] = {
    [XXGK_R_NONE] = {"", 0},
#define XXGK_ROW(E, key, table) [XXGK_R_##E] = {key, sizeof(key) - 1},
#include "keys.def"
#undef XXGK_ROW
};

static const key_field key_field_cols[XXGK_C__COUNT] = {
    [XXGK_C_NONE] = {"", 0},
#define XXGK_COL(E, key) [XXGK_C_##E] = {key, sizeof(key) - 1},
#include "keys.def"
#undef XXGK_COL
};

/* xxgk_row_key(row) at o (room for KEY_FIELD bytes): the end. */
static inline char *put_row_key(char *o, int row)
{
    if (row < 0 || row >= XXGK_R__COUNT) {
        const char *k = xxgk_row_key(row);
        size_t n = strlen(k);
        memcpy(o, k, n);
        return o + n;
    }
    memcpy(o, key_field_rows[row].s, KEY_FIELD);
    return o + key_field_rows[row].n;
}

/* xxgk_col_key(col) at o (room for KEY_FIELD bytes): the end. */
static inline char *put_col_key(char *o, int col)
{
    if (col < 0 || col >= XXGK_C__COUNT) {
        const char *k = xxgk_col_key(col);
        size_t n = strlen(k);
        memcpy(o, k, n);
        return o + n;
    }
    memcpy(o, key_field_cols[col].s, KEY_FIELD);
    return o + key_field_cols[col].n;
}
#endif
