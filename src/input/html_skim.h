/* The page as libxml2 is given it: the attributes xxgk never reads cut
 * out of its start tags (see html_skim.c). */
#ifndef XXGK_HTML_SKIM_H
#define XXGK_HTML_SKIM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* What stands in the copy for the attributes cut from a tag: one
 * attribute without a value. A page that holds this name anywhere, in any
 * case, is not skimmed (its own could stand for a marker lost), so the
 * name is one pages do not hold: not "xxgk", which is 信息公开 in pinyin
 * and in the URLs of government sites (/zfxxgk/, 23pt_xxgk_style.css). */
#define HTML_SKIM_MARKER "_skim"

/* One cut tag: where its attributes end in the copy, and the bytes cut
 * from the page up to there (this tag's and every earlier one's). */
typedef struct skim_cut {
    uint32_t end, cut;
} skim_cut;

typedef struct html_skim {
    char *page;              /* the copy, NUL-terminated; NULL when nothing is cut */
    size_t len;
    skim_cut *cuts;
    size_t ncuts, cap;
    bool sel_cut;            /* a class, an id or a style a later rule may read was left out */
    bool restart;            /* a later <style> names an atom a class or id left out may hold */
} html_skim;

/* Copy page[0..len), cutting each tag that can be cut; no copy
 * (page NULL) when none can. The page's <style> elements (not those for
 * print) are read into sheet when not NULL: a class or id naming one of
 * its atoms is kept (when a <style> comes after a tag whose class was
 * left out, the page is skimmed again with the whole sheet). False when
 * memory ran out (nothing to free then). */
struct html_sheet;
bool html_skim_page(html_skim *k, const char *page, size_t len, struct html_sheet *sheet);
/* The page's offset of the copy's offset off; *next is where the search
 * starts (0 at first), kept for the next call. */
uint32_t html_skim_origin(const html_skim *k, uint32_t off, size_t *next);
/* Is (name, value), an attribute as libxml2 gave it, the skim's marker? */
static inline bool html_skim_is_marker(const char *name, const char *value)
{
    return !value && name[0] == '_' && strcmp(name, HTML_SKIM_MARKER) == 0;
}
/* Does the skim keep attribute name (lower case) in the tags it cuts?
 * Those xxgk reads (html.c asks, in debug builds, of each it reads). */
bool html_skim_keeps(const char *name);
void html_skim_free(html_skim *k);
#endif
