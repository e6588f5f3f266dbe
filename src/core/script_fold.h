/* Traditional -> simplified script, one code point at a time: OpenCC's
 * character table (generated/diff_fold_data.h, tools/gen_diff_fold.sh).
 * diff's text comparison and syntax's agency_key both fold through it, so
 * a key and a diff's "same text" agree. */
#ifndef XXGK_SCRIPT_FOLD_H
#define XXGK_SCRIPT_FOLD_H
#include <stdint.h>

/* The simplified form of cp, or cp itself when it has none. */
uint32_t script_to_simplified(uint32_t cp);
#endif
