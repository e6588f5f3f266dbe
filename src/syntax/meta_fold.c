/* Names folded to simplified script and normal width, for matching and for
 * agency_key. The script fold is core's (script_fold.c, the
 * table diff folds with too), so a key and a diff's "same agency" agree. */
#include "meta.h"
#include "utf8.h"
#include "script_fold.h"

uint32_t meta_fold_cp(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
        return cp - 0xFF01 + 0x21;
    if (cp == 0x3000)
        return ' ';
    return script_to_simplified(cp);
}
