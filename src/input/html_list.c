/* The numbers of an HTML list as the browser shows them: an <ol> (or a
 * list whose list-style-type is a numbering) writes before each <li> its
 * marker, the item's number in the list's style and its suffix (1. for
 * decimal, 一、 for cjk-ideographic), counted from start (or an item's
 * value), down for reversed. An <ol> numbered otherwise than the styles
 * below, or a list with bullets, writes nothing. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"
#include "list_num.h"

/* The list-style-type a style attribute names (list-style-type: or the
 * list-style shorthand), FMT_UNKNOWN when none; *none when it names one
 * that shows no number (disc, none …). */
static num_fmt style_fmt(const char *st, bool *named)
{
    static const struct {
        const char *name;
        num_fmt fmt;
    } types[] = {
        /* longest first where one name begins another */
        {"decimal-leading-zero", FMT_DECIMAL_ZERO},
        {"decimal", FMT_DECIMAL},
        {"cjk-ideographic", FMT_CN_COUNT},
        {"simp-chinese-informal", FMT_CN_COUNT},
        {"trad-chinese-informal", FMT_CN_COUNT},
        {"cjk-decimal", FMT_IDEO_DIGITAL},
        {"cjk-heavenly-stem", FMT_IDEO_TRAD},
        {"cjk-earthly-branch", FMT_IDEO_ZODIAC},
        {"lower-alpha", FMT_LOWER_LETTER},
        {"lower-latin", FMT_LOWER_LETTER},
        {"upper-alpha", FMT_UPPER_LETTER},
        {"upper-latin", FMT_UPPER_LETTER},
        {"lower-roman", FMT_LOWER_ROMAN},
        {"upper-roman", FMT_UPPER_ROMAN},
        {"disc", FMT_UNKNOWN},
        {"circle", FMT_UNKNOWN},
        {"square", FMT_UNKNOWN},
        {"none", FMT_UNKNOWN},
    };
    *named = false;
    const char *p = st ? strcasestr(st, "list-style") : NULL;
    if (!p)
        return FMT_UNKNOWN;
    p = strchr(p, ':');
    if (!p)
        return FMT_UNKNOWN;
    const char *end = strchr(p, ';');
    if (!end)
        end = p + strlen(p);
    /* each word of the value */
    for (const char *w = p + 1; w < end;) {
        while (w < end && (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\r'))
            w++;
        const char *we = w;
        while (we < end && *we != ' ' && *we != '\t' && *we != '\n' && *we != '\r')
            we++;
        for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
            size_t n = strlen(types[i].name);
            if ((size_t)(we - w) == n && strncasecmp(w, types[i].name, n) == 0) {
                *named = true;
                return types[i].fmt;
            }
        }
        if (we - w == 0)
            break;
        w = we;
    }
    return FMT_UNKNOWN;
}

void html_list_open(hstate *h, bool ordered, const char *style, const char *type, const char *start,
                    bool reversed)
{
    size_t k = h->nlists++;
    if (k >= HTML_MAX_LISTS)
        return; /* deeper lists are not numbered */
    html_list *l = &h->lists[k];
    bool named = false;
    num_fmt f = style_fmt(style, &named);
    if (!named && ordered && type && strlen(type) == 1)
        f = type[0] == 'a' ? FMT_LOWER_LETTER : type[0] == 'A' ? FMT_UPPER_LETTER
          : type[0] == 'i' ? FMT_LOWER_ROMAN  : type[0] == 'I' ? FMT_UPPER_ROMAN
          : FMT_DECIMAL;
    else if (!named && ordered)
        f = FMT_DECIMAL;
    l->fmt = (uint8_t)f;
    l->step = reversed ? -1 : 1;
    char *e = NULL;
    long v = start ? strtol(start, &e, 10) : 1;
    if (start && e == start)
        v = 1;
    l->next = v < -100000 || v > 100000 ? 1 : (int)v;
    if (reversed && !start) /* counted down from the number of items: not known here */
        l->fmt = FMT_UNKNOWN;
}

void html_list_close(hstate *h)
{
    if (h->nlists)
        h->nlists--;
}

void html_list_item(hstate *h, const char *value, uint32_t at)
{
    if (!h->nlists || h->nlists > HTML_MAX_LISTS)
        return;
    html_list *l = &h->lists[h->nlists - 1];
    if (value) {
        char *e;
        long v = strtol(value, &e, 10);
        if (e != value && v >= -100000 && v <= 100000)
            l->next = (int)v;
    }
    int v = l->next;
    l->next += l->step;
    if (l->fmt == FMT_UNKNOWN)
        return;
    char marker[80];
    size_t n = list_num_render(marker, sizeof marker - 8, v, (num_fmt)l->fmt);
    if (!n || n >= sizeof marker - 8)
        return;
    bool cjk = l->fmt == FMT_CN_COUNT || l->fmt == FMT_IDEO_DIGITAL || l->fmt == FMT_IDEO_TRAD ||
               l->fmt == FMT_IDEO_ZODIAC;
    memcpy(marker + n, cjk ? "、" : ". ", cjk ? 4 : 3);
    /* character by character, as the page's own text is written */
    for (const uint8_t *p = (const uint8_t *)marker; *p;) {
        int len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
        uint32_t cp = len == 1 ? *p
                    : len == 2 ? (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3Fu)
                    : len == 3 ? (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3Fu)
                               : (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                                     (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3Fu);
        html_put_char(h, p, len, cp, at);
        p += len;
    }
}
