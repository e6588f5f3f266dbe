/* Inside the library: xxgk_dec_parse that also says how far its common
 * case read (xxgk.h has the exact decimals themselves). */
#ifndef XXGK_DECIMAL_H
#define XXGK_DECIMAL_H
#include <stddef.h>

#include "xxgk.h"

/* xxgk_dec_parse, and in *plain the count of ASCII digits when the number
 * is those digits alone or before a unit (35, 12万元), read in one pass;
 * 0 when it was read in full (a sign, a point, full-width digits...). The
 * builder's cell ends where those digits do, without a second walk. */
int dec_parse_plain(const char *s, size_t len, xxgk_dec *out, bool *scientific, size_t *plain);
#endif
