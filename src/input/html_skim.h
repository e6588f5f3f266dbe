/* The page as libxml2 is given it: the attribute values xxgk never reads
 * cut to one character (see html_skim.c). */
#ifndef XXGK_HTML_SKIM_H
#define XXGK_HTML_SKIM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a cut value becomes: U+E000, a private-use character no page
 * writes as a whole attribute value. */
#define HTML_SKIM_TOKEN "\xEE\x80\x80"
enum { HTML_SKIM_TOKEN_LEN = 3 };

/* One cut: where its token ends in the copy, and the bytes cut from the
 * page up to there (this cut's and every earlier one's). */
typedef struct skim_cut {
    uint32_t end, cut;
} skim_cut;

typedef struct html_skim {
    char *page;              /* the copy, NUL-terminated; NULL when nothing is cut */
    size_t len;
    skim_cut *cuts;
    size_t ncuts, cap;
} html_skim;

/* Copy page[0..len), cutting each value that can be cut; no copy
 * (page NULL) when none can. False when memory ran out (nothing to free
 * then). */
bool html_skim_page(html_skim *k, const char *page, size_t len);
/* The page's offset of the copy's offset off; *next is where the search
 * starts (0 at first), kept for the next call. */
uint32_t html_skim_origin(const html_skim *k, uint32_t off, size_t *next);
/* Is value, an attribute's as libxml2 gave it, one the skim cut? */
static inline bool html_skim_is_cut(const char *value)
{
    const unsigned char *v = (const unsigned char *)value; /* read no further than its NUL */
    return v[0] == 0xEE && v[1] == 0x80 && v[2] == 0x80 && v[3] == 0;
}
void html_skim_free(html_skim *k);
#endif
