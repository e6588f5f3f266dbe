/* What a style or a colour attribute says about whether its text can be
 * seen (html_int.h): the text's colour, the background behind it, a size
 * or an opacity of 0. Numbers are read as integers, never as floats. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"

static bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c; }

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Are the n bytes at s (case folded) the word w? */
static bool word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/* The colour names of CSS a page's author uses (the rest, and system
 * colours such as windowtext, are HCOLOR_UNKNOWN: never said to equal
 * another). */
static uint32_t named(const char *s, size_t n)
{
    static const struct {
        const char *name;
        uint32_t rgb;
    } names[] = {
        {"white", 0xFFFFFF},  {"black", 0x000000},   {"red", 0xFF0000},    {"green", 0x008000},
        {"blue", 0x0000FF},   {"yellow", 0xFFFF00},  {"gray", 0x808080},   {"grey", 0x808080},
        {"silver", 0xC0C0C0}, {"navy", 0x000080},    {"maroon", 0x800000}, {"purple", 0x800080},
        {"teal", 0x008080},   {"olive", 0x808000},   {"lime", 0x00FF00},   {"aqua", 0x00FFFF},
        {"cyan", 0x00FFFF},   {"fuchsia", 0xFF00FF}, {"magenta", 0xFF00FF}, {"orange", 0xFFA500},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (word_is(s, n, names[i].name))
            return names[i].rgb;
    if (word_is(s, n, "transparent"))
        return HCOLOR_CLEAR;
    return HCOLOR_UNKNOWN;
}

/* One component of rgb(): an integer 0-255 or a percentage, its
 * fraction's digits skipped; *zero: it is 0 (an alpha of 0). Returns the
 * offset after it, 0 when not a number. */
static size_t component(const char *s, size_t n, size_t i, int *v, bool *zero)
{
    while (i < n && (blank(s[i]) || s[i] == ','))
        i++;
    size_t st = i;
    long x = 0;
    bool nonzero = false;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        if (x < 100000)
            x = x * 10 + (s[i] - '0');
        nonzero |= s[i] != '0';
    }
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            nonzero |= s[i] != '0';
    if (i == st)
        return 0;
    if (i < n && s[i] == '%') {
        x = x * 255 / 100;
        i++;
    }
    *v = x > 255 ? 255 : (int)x;
    *zero = !nonzero;
    return i;
}

/* rgb(r, g, b) / rgba(r g b / a) from the '(' at s[i]. */
static uint32_t rgb_fn(const char *s, size_t n, size_t i)
{
    int c[4] = {0, 0, 0, 255};
    bool zero = false;
    int k = 0;
    for (; k < 4; k++) {
        while (i < n && (blank(s[i]) || s[i] == '/'))
            i++;
        size_t j = component(s, n, i, &c[k], &zero);
        if (!j)
            break;
        i = j;
    }
    if (k < 3)
        return HCOLOR_UNKNOWN;
    if (k == 4 && zero)
        return HCOLOR_CLEAR;
    return (uint32_t)c[0] << 16 | (uint32_t)c[1] << 8 | (uint32_t)c[2];
}

uint32_t html_color(const char *s, size_t n, bool legacy)
{
    while (n && blank(*s))
        s++, n--;
    while (n && blank(s[n - 1]))
        n--;
    if (!n)
        return HCOLOR_UNKNOWN;
    /* #rgb, #rrggbb (#rgba, #rrggbbaa: an alpha of 0 is no colour); in an
     * attribute (<font color=ffffff>) the '#' may be left out */
    bool hash = s[0] == '#';
    if (hash || legacy) {
        const char *h = s + hash;
        size_t m = n - hash;
        int d[8];
        bool hex = m == 3 || m == 4 || m == 6 || m == 8;
        for (size_t i = 0; hex && i < m; i++)
            hex = (d[i] = hexval(h[i])) >= 0;
        if (hex && (hash || m == 6)) {
            if (m <= 4) {
                if (m == 4 && d[3] == 0)
                    return HCOLOR_CLEAR;
                return (uint32_t)(d[0] * 17) << 16 | (uint32_t)(d[1] * 17) << 8 | (uint32_t)(d[2] * 17);
            }
            if (m == 8 && d[6] == 0 && d[7] == 0)
                return HCOLOR_CLEAR;
            return (uint32_t)(d[0] << 20 | d[1] << 16 | d[2] << 12 | d[3] << 8 | d[4] << 4 | d[5]);
        }
        if (hash)
            return HCOLOR_UNKNOWN;
    }
    if (n > 4 && (strncasecmp(s, "rgb(", 4) == 0 || (n > 5 && strncasecmp(s, "rgba(", 5) == 0))) {
        const char *p = memchr(s, '(', n);
        return rgb_fn(s, n, (size_t)(p - s) + 1);
    }
    return named(s, n);
}

/* A value that is the number 0, with or without a unit (0, 0px, 0.0pt,
 * 0%): a size or an opacity of 0. */
static bool is_zero(const char *s, size_t n)
{
    size_t i = 0;
    bool digit = false;
    for (; i < n && (s[i] == '0' || s[i] == '.'); i++)
        digit |= s[i] == '0';
    if (!digit || (i < n && s[i] >= '1' && s[i] <= '9'))
        return false;
    for (; i < n; i++) /* a unit, letters or '%' */
        if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') && s[i] != '%')
            return false;
    return true;
}

/* The background's colour in a `background` shorthand: an image makes it
 * unknown (what shows behind the text cannot be read); else the first
 * word that is a colour; none: unset. */
static uint32_t background(const char *s, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++)
        if (strncasecmp(s + i, "url(", 4) == 0 || strncasecmp(s + i, "gradient", 4) == 0)
            return HCOLOR_UNKNOWN;
    for (size_t i = 0; i < n;) {
        while (i < n && blank(s[i]))
            i++;
        size_t st = i;
        int depth = 0;
        while (i < n && (depth || !blank(s[i]))) {
            depth += s[i] == '(';
            depth -= s[i] == ')' && depth;
            i++;
        }
        if (i > st) {
            uint32_t c = html_color(s + st, i - st, false);
            if (c != HCOLOR_UNKNOWN)
                return c == HCOLOR_CLEAR ? HCOLOR_UNSET : c;
        }
    }
    return HCOLOR_UNSET;
}

/* One declaration of a style, `name: value !important;`: the name and the
 * value trimmed of blanks, the value cut at its '!' (BANG: the '!' or
 * NULL; END: the declaration's end, its ';' or the style's end). */
typedef struct {
    const char *ns, *ne, *vs, *ve, *bang, *end;
} css_decl;

/* The next declaration from *P on (before END): false when none is left.
 * A piece without ':' is skipped, as a browser skips it. */
static bool next_decl(const char **p, const char *end, css_decl *c)
{
    while (*p < end) {
        const char *semi = memchr(*p, ';', (size_t)(end - *p));
        const char *de = semi ? semi : end;
        const char *colon = memchr(*p, ':', (size_t)(de - *p));
        const char *from = *p;
        *p = de + 1;
        if (!colon)
            continue;
        const char *ns = from, *ne = colon, *vs = colon + 1, *ve = de;
        while (ns < ne && blank(*ns))
            ns++;
        while (ne > ns && blank(ne[-1]))
            ne--;
        while (vs < ve && blank(*vs))
            vs++;
        /* vs <= ve here; said so that the bound is never read as negative */
        const char *bang = vs < ve ? memchr(vs, '!', (size_t)(ve - vs)) : NULL;
        if (bang)
            ve = bang;
        while (ve > vs && blank(ve[-1]))
            ve--;
        *c = (css_decl){ns, ne, vs, ve, bang, de};
        return true;
    }
    return false;
}

int html_display_kind(const char *v, size_t n)
{
    static const char *const in[] = {"inline", "inline-block", "inline-flex", "inline-grid", "inline-table"};
    static const char *const bl[] = {"block", "flex", "grid", "list-item", "table", "flow-root"};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++)
        if (word_is(v, n, in[i]))
            return DISP_INLINE;
    for (size_t i = 0; i < sizeof bl / sizeof *bl; i++)
        if (word_is(v, n, bl[i]))
            return DISP_BLOCK;
    return DISP_OTHER;
}

/* Is one part [s, s+n) of a width, padding or margin value a spacing:
 * not 0, auto or a keyword that resets it (initial, unset, revert)? A
 * negative one pulls the box closer to its neighbour
 * (margin-left:-0.3em): it sets nothing apart. */
static bool spacing_part(const char *s, size_t n)
{
    return n && s[0] != '-' && !is_zero(s, n) && !word_is(s, n, "auto") && !word_is(s, n, "initial") &&
           !word_is(s, n, "unset") && !word_is(s, n, "revert");
}

/* The parts of a value [s, s+n) split at blanks, at most 4 (more: 5). */
static size_t value_parts(const char *s, size_t n, const char *part[4], size_t len[4])
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && blank(s[i]))
            i++;
        size_t st = i;
        while (i < n && !blank(s[i]))
            i++;
        if (i > st) {
            if (k == 4)
                return 5;
            part[k] = s + st;
            len[k++] = i - st;
        }
    }
    return k;
}

/* The spacing slots (SP_*) the declaration of property [ns, ns+nn) and
 * value [vs, vs+vn) sets, 0 when it is none (or one the browser drops: a
 * negative padding, a shorthand of more than four parts); into *on those
 * it sets to a spacing (spacing_part). margin and padding: top, right,
 * bottom, left as CSS spreads one to four parts; margin-inline (-start,
 * -end) the sides of a line of text run left to right, margin-block
 * (-start, -end) above and below. */
static uint16_t spacing_slots(const char *ns, size_t nn, const char *vs, size_t vn, uint16_t *on)
{
    *on = 0;
    char c0 = (char)(ns[0] | 0x20); /* most properties are none of these: told by their first letter */
    if (!nn || (c0 != 'm' && c0 != 'p' && c0 != 'w'))
        return 0;
    bool m = nn >= 6 && strncasecmp(ns, "margin", 6) == 0, p = nn >= 7 && strncasecmp(ns, "padding", 7) == 0;
    if (!m && !p && !word_is(ns, nn, "width") && !word_is(ns, nn, "min-width"))
        return 0;
    const char *part[4];
    size_t len[4];
    size_t k = value_parts(vs, vn, part, len);
    if (!m && !p) {
        uint16_t slot = word_is(ns, nn, "width") ? SP_W : word_is(ns, nn, "min-width") ? SP_MW : 0;
        if (slot && k == 1 && spacing_part(part[0], len[0]))
            *on = slot;
        return slot && k ? slot : 0;
    }
    if (k == 0 || k > 4)
        return 0;
    for (size_t i = 0; p && i < k; i++)
        if (part[i][0] == '-')
            return 0; /* a negative padding is no padding: dropped */
    const char *r = ns + (m ? 6 : 7);
    size_t rn = nn - (m ? 6 : 7);
    uint16_t top = m ? SP_MT : SP_PT, right = m ? SP_MR : SP_PR, bottom = m ? SP_MB : SP_PB,
             left = m ? SP_ML : SP_PL;
    /* the slots the parts go to, in order */
    uint16_t to[4] = {0, 0, 0, 0};
    if (rn == 0) {
        static const uint8_t spread[5][4] = {{0}, {15, 0, 0, 0}, {5, 10, 0, 0}, {1, 10, 4, 0}, {1, 2, 4, 8}};
        /* spread[k][i]: bits of top 1, right 2, bottom 4, left 8 */
        const uint16_t side[4] = {top, right, bottom, left};
        for (size_t i = 0; i < k; i++)
            for (int b = 0; b < 4; b++)
                if (spread[k][i] & (1 << b))
                    to[i] |= side[b];
    } else if (word_is(r, rn, "-left") || word_is(r, rn, "-inline-start")) {
        to[0] = left;
    } else if (word_is(r, rn, "-right") || word_is(r, rn, "-inline-end")) {
        to[0] = right;
    } else if (word_is(r, rn, "-top") || word_is(r, rn, "-block-start")) {
        to[0] = top;
    } else if (word_is(r, rn, "-bottom") || word_is(r, rn, "-block-end")) {
        to[0] = bottom;
    } else if (word_is(r, rn, "-inline") && k <= 2) {
        to[0] = k == 1 ? left | right : left;
        to[1] = k == 2 ? right : 0;
    } else if (word_is(r, rn, "-block") && k <= 2) {
        to[0] = k == 1 ? top | bottom : top;
        to[1] = k == 2 ? bottom : 0;
    } else {
        return 0;
    }
    if (rn && !to[1] && k > 1)
        return 0; /* margin-left:1em 2em: no value */
    uint16_t slots = 0;
    for (size_t i = 0; i < k; i++) {
        slots |= to[i];
        if (spacing_part(part[i], len[i]))
            *on |= to[i];
    }
    return slots;
}

/* Is [s, s+n) a border style that draws (not none or hidden)? -1: no
 * style at all. */
static int border_style(const char *s, size_t n)
{
    static const char *const draw[] = {"solid", "dotted", "dashed", "double", "groove", "ridge", "inset", "outset"};
    if (word_is(s, n, "none") || word_is(s, n, "hidden"))
        return 0;
    for (size_t i = 0; i < sizeof draw / sizeof *draw; i++)
        if (word_is(s, n, draw[i]))
            return 1;
    return -1;
}

/* Is [s, s+n) a border's width (a length, thin, medium, thick)? */
static bool border_width(const char *s, size_t n)
{
    return n && ((s[0] >= '0' && s[0] <= '9') || s[0] == '.' || word_is(s, n, "thin") || word_is(s, n, "medium") ||
                 word_is(s, n, "thick"));
}

/* The border slots (SP_BL, SP_BR) the declaration of property [ns,
 * ns+nn) and value [vs, vs+vn) sets, 0 when none; into *on those where
 * a border is drawn, which takes room at that side as a padding does:
 * the shorthands (border, border-left, border-right, border-inline, its
 * -start and -end) draw one when they name a style not none or hidden
 * and a width not 0 (none written: medium); border-width (or a side's)
 * when its width is not 0, border-style when its style draws (the other
 * of the two, from another declaration, is taken to let it). */
static uint16_t border_slots(const char *ns, size_t nn, const char *vs, size_t vn, uint16_t *on)
{
    *on = 0;
    if (nn < 6 || strncasecmp(ns, "border", 6) != 0)
        return 0;
    const char *r = ns + 6;
    size_t rn = nn - 6;
    uint16_t sides = 0;
    int what = 0; /* 0 the shorthand, 1 a width, 2 a style */
    static const struct {
        const char *suffix;
        uint16_t sides;
        int what;
    } props[] = {{"", SP_BL | SP_BR, 0},
                 {"-left", SP_BL, 0},
                 {"-right", SP_BR, 0},
                 {"-inline", SP_BL | SP_BR, 0},
                 {"-inline-start", SP_BL, 0},
                 {"-inline-end", SP_BR, 0},
                 {"-width", 0, 1},
                 {"-left-width", SP_BL, 1},
                 {"-right-width", SP_BR, 1},
                 {"-inline-width", SP_BL | SP_BR, 1},
                 {"-inline-start-width", SP_BL, 1},
                 {"-inline-end-width", SP_BR, 1},
                 {"-style", 0, 2},
                 {"-left-style", SP_BL, 2},
                 {"-right-style", SP_BR, 2},
                 {"-inline-style", SP_BL | SP_BR, 2},
                 {"-inline-start-style", SP_BL, 2},
                 {"-inline-end-style", SP_BR, 2}};
    size_t i = 0;
    for (; i < sizeof props / sizeof *props; i++)
        if (word_is(r, rn, props[i].suffix))
            break;
    if (i == sizeof props / sizeof *props)
        return 0; /* border-top, border-color, border-radius… */
    sides = props[i].sides;
    what = props[i].what;
    /* the value's parts, a colour's parentheses kept whole */
    const char *part[8];
    size_t len[8], k = 0;
    for (size_t j = 0; j < vn;) {
        while (j < vn && blank(vs[j]))
            j++;
        size_t st = j;
        int depth = 0;
        while (j < vn && (depth || !blank(vs[j]))) {
            depth += vs[j] == '(' ? 1 : vs[j] == ')' ? -1 : 0;
            j++;
        }
        if (j > st) {
            if (k == 8)
                return 0;
            part[k] = vs + st;
            len[k++] = j - st;
        }
    }
    if (!k)
        return 0;
    if (what == 0) {
        int style = -1;
        bool zero = false;
        for (size_t j = 0; j < k; j++) {
            int bs = border_style(part[j], len[j]);
            if (bs >= 0)
                style = bs;
            else if (border_width(part[j], len[j]))
                zero = is_zero(part[j], len[j]);
        }
        if (style == 1 && !zero)
            *on = sides;
        return sides;
    }
    if (!sides) { /* border-width, border-style: top right bottom left */
        if (k > 4)
            return 0;
        size_t right = k >= 2 ? 1 : 0, left = k == 4 ? 3 : k >= 2 ? 1 : 0;
        bool ron = what == 1 ? border_width(part[right], len[right]) && !is_zero(part[right], len[right])
                             : border_style(part[right], len[right]) == 1;
        bool lon = what == 1 ? border_width(part[left], len[left]) && !is_zero(part[left], len[left])
                             : border_style(part[left], len[left]) == 1;
        *on = (uint16_t)((ron ? SP_BR : 0) | (lon ? SP_BL : 0));
        return SP_BL | SP_BR;
    }
    if (k != 1)
        return 0;
    bool drawn = what == 1 ? border_width(part[0], len[0]) && !is_zero(part[0], len[0])
                           : border_style(part[0], len[0]) == 1;
    *on = drawn ? sides : 0;
    return sides;
}

void html_style_decls(const char *st, const char *end, html_decls *d)
{
    css_decl dc;
    for (const char *p = st; next_decl(&p, end, &dc);) {
        const char *ns = dc.ns, *vs = dc.vs, *bang = dc.bang, *de = dc.end;
        size_t nn = (size_t)(dc.ne - ns), vn = (size_t)(dc.ve - vs);
        uint8_t bit = 0;
        uint16_t slots = 0, on = 0;
        html_decls v = *d;
        if (word_is(ns, nn, "color")) {
            bit = CSS_FG;
            v.fg = html_color(vs, vn, false);
        } else if (word_is(ns, nn, "background-color")) {
            bit = CSS_BG;
            uint32_t c = html_color(vs, vn, false);
            v.bg = c == HCOLOR_CLEAR ? HCOLOR_UNSET : c;
        } else if (word_is(ns, nn, "background")) {
            bit = CSS_BG;
            v.bg = background(vs, vn);
        } else if (word_is(ns, nn, "background-image")) {
            if (!word_is(vs, vn, "none")) {
                bit = CSS_BG;
                v.bg = HCOLOR_UNKNOWN;
            }
        } else if (word_is(ns, nn, "font-size")) {
            bit = CSS_SIZE;
            v.size0 = is_zero(vs, vn);
        } else if (word_is(ns, nn, "opacity")) {
            bit = CSS_OPACITY;
            v.clear = is_zero(vs, vn);
        } else if (word_is(ns, nn, "display")) {
            bit = CSS_DISPLAY;
            v.none = word_is(vs, vn, "none");
            v.disp = (uint8_t)html_display_kind(vs, vn);
        } else if (word_is(ns, nn, "visibility")) {
            bit = CSS_VIS;
            /* collapse hides as hidden does (a row, a column) */
            v.hidden = word_is(vs, vn, "hidden") || word_is(vs, vn, "collapse");
            /* inherit and unset take the parent's: only these show what
             * a hidden parent holds */
            v.visible = word_is(vs, vn, "visible") || word_is(vs, vn, "initial");
        } else {
            /* a spacing (html.c: boxes set apart), a border's too */
            slots = spacing_slots(ns, nn, vs, vn, &on);
            if (!slots && nn >= 6 && (ns[0] | 0x20) == 'b')
                slots = border_slots(ns, nn, vs, vn, &on);
        }
        /* a later declaration wins, but not over an earlier
         * !important one without being !important too */
        bool imp = bang && (size_t)(de - bang) >= 10 && strncasecmp(bang + 1, "important", 9) == 0;
        if (!imp) { /* "! important" */
            const char *q = bang ? bang + 1 : NULL;
            while (q && q < de && blank(*q))
                q++;
            imp = q && (size_t)(de - q) >= 9 && strncasecmp(q, "important", 9) == 0;
        }
        /* the slots an earlier !important declaration does not hold */
        uint16_t take = imp ? slots : (uint16_t)(slots & ~d->sp_imp);
        d->sp_set |= take;
        d->sp_on = (uint16_t)((d->sp_on & ~take) | (on & take));
        d->sp_imp = (uint16_t)(imp ? d->sp_imp | take : d->sp_imp & ~take);
        if (bit && (imp || !(d->imp & bit))) {
            *d = v;
            d->imp = (uint8_t)(imp ? d->imp | bit : d->imp & ~bit);
            d->set |= bit;
        }
    }
}

int html_style_box0(const char *st, const char *end)
{
    bool w0 = false, mw0 = false, h0 = false, mh0 = false, ox = false, oy = false, box = false;
    css_decl dc;
    for (const char *p = st; next_decl(&p, end, &dc);) {
        const char *ns = dc.ns, *vs = dc.vs;
        size_t nn = (size_t)(dc.ne - ns), vn = (size_t)(dc.ve - vs);
        bool clip = word_is(vs, vn, "hidden") || word_is(vs, vn, "clip");
        if (word_is(ns, nn, "width"))
            w0 = is_zero(vs, vn);
        else if (word_is(ns, nn, "max-width"))
            mw0 = is_zero(vs, vn);
        else if (word_is(ns, nn, "height"))
            h0 = is_zero(vs, vn);
        else if (word_is(ns, nn, "max-height"))
            mh0 = is_zero(vs, vn);
        else if (word_is(ns, nn, "overflow"))
            ox = oy = clip;
        else if (word_is(ns, nn, "overflow-x"))
            ox = clip;
        else if (word_is(ns, nn, "overflow-y"))
            oy = clip;
        else if (word_is(ns, nn, "display"))
            box = !word_is(vs, vn, "inline") && !word_is(vs, vn, "contents") && !word_is(vs, vn, "none");
        else if (word_is(ns, nn, "float"))
            box = box || word_is(vs, vn, "left") || word_is(vs, vn, "right");
        else if (word_is(ns, nn, "position"))
            box = box || word_is(vs, vn, "absolute") || word_is(vs, vn, "fixed");
    }
    if (!(((w0 || mw0) && ox) || ((h0 || mh0) && oy)))
        return 0;
    return box ? 2 : 1;
}

void html_decls_look(const html_decls *d, uint8_t which, html_look *lk)
{
    which &= d->set;
    if (which & CSS_FG)
        lk->fg = d->fg;
    if (which & CSS_BG)
        lk->bg = d->bg;
    if (which & CSS_SIZE)
        lk->size0 = d->size0;
    if (which & CSS_OPACITY)
        lk->clear = d->clear;
}

void html_style_look(const char *st, const char *end, html_look *lk)
{
    html_decls d;
    memset(&d, 0, sizeof d);
    html_style_decls(st, end, &d);
    html_decls_look(&d, 0xFF, lk);
}

/* Does the style say a display that makes a box inline or a block
 * (html.c reads it in a table's cell: a <div> made inline joins the text
 * around it, a <span> made a block sets it on lines of its own)? */
static bool style_display_kind(const char *st, const char *end)
{
    for (const char *p = st; p + 4 <= end; p++)
        if ((p[0] | 0x20) == 'p' && strncasecmp(p, "play", 4) == 0) {
            html_decls d;
            memset(&d, 0, sizeof d);
            html_style_decls(st, end, &d);
            return (d.set & CSS_DISPLAY) && d.disp != DISP_OTHER;
        }
    return false;
}

bool html_style_matters(const char *st, const char *end)
{
    if (html_style_hides(st, end) || style_display_kind(st, end))
        return true;
    /* a visibility (visible shows again what a parent's hidden hides) */
    for (const char *p = st; p + 5 <= end; p++)
        if ((p[0] | 0x20) == 'v' && strncasecmp(p, "visib", 5) == 0)
            return true;
    /* a list's numbering (html_list.c): list-style, list-style-type */
    for (const char *p = st; p + 10 <= end; p++)
        if ((p[0] | 0x20) == 'l' && strncasecmp(p, "list-style", 10) == 0)
            return true;
    /* a margin or a padding on a side: it sets an inline box apart
     * in a table's cell (html.c) */
    for (const char *p = st; p + 6 <= end; p++)
        if (((p[0] | 0x20) == 'm' && strncasecmp(p, "margin", 6) == 0) ||
            ((p[0] | 0x20) == 'b' && strncasecmp(p, "border", 6) == 0) ||
            ((p[0] | 0x20) == 'p' && p + 7 <= end && strncasecmp(p, "padding", 7) == 0)) {
            html_decls d;
            memset(&d, 0, sizeof d);
            html_style_decls(st, end, &d);
            if (d.sp_on & SP_SIDES)
                return true;
            break;
        }
    /* the cheap test first: most styles name neither colours nor a
     * background, an opacity or a size of 0 */
    bool maybe = false;
    for (const char *p = st; p + 3 <= end && !maybe; p++)
        maybe = ((p[0] | 0x20) == 'o' && (p[1] | 0x20) == 'l' && (p[2] | 0x20) == 'o') || /* color */
                ((p[0] | 0x20) == 'b' && (p[1] | 0x20) == 'a' && (p[2] | 0x20) == 'c') || /* background */
                ((p[0] | 0x20) == 'i' && (p[1] | 0x20) == 't' && (p[2] | 0x20) == 'y') || /* opacity */
                ((p[0] | 0x20) == 'z' && (p[1] | 0x20) == 'e' && (p[2] == ':' || blank(p[2]))) || /* size */
                ((p[0] | 0x20) == 'o' && (p[1] | 0x20) == 'v' && (p[2] | 0x20) == 'e');             /* overflow */
    if (!maybe)
        return false;
    if (html_style_box0(st, end))
        return true;
    html_look lk = {HCOLOR_UNSET, HCOLOR_UNSET, false, false};
    html_style_look(st, end, &lk);
    return lk.fg != HCOLOR_UNSET || lk.bg != HCOLOR_UNSET || lk.size0 || lk.clear;
}

/* The slot of the style [st, end) in m: one that holds its results, else
 * one made this style's with none yet. NULL: the style is empty or too
 * long to be kept, or memory ran out for the slots. */
static html_style_slot *memo_slot(html_style_memo *m, const char *st, const char *end)
{
    size_t n = (size_t)(end - st);
    if (n == 0 || n > STYLE_MEMO_KEY || m->failed)
        return NULL;
    if (!m->slot && !(m->slot = calloc(STYLE_MEMO_SLOTS, sizeof *m->slot))) {
        m->failed = true;
        return NULL;
    }
    /* the length and the first and last 64 bytes hashed, eight at a
     * time: a page's styles often differ in one place only
     * (letter-spacing: 0pt and -0.3pt, a Word cell's width first in a
     * 383-byte style) or only in their order; the key is compared whole */
    uint64_t h = n;
    for (size_t i = 0; i < n; i += 8) {
        if (i == 64 && n > 128)
            i = n - 64;
        uint64_t w = 0;
        memcpy(&w, st + i, n - i < 8 ? n - i : 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15u;
        h ^= h >> 29;
    }
    html_style_slot *s = &m->slot[h % STYLE_MEMO_SLOTS];
    if (s->n != n || memcmp(s->key, st, n) != 0) {
        s->n = (uint16_t)n;
        s->have = 0;
        memcpy(s->key, st, n);
    }
    return s;
}

/* A yes-or-no reading of a style (html_style_matters, html_style_hides)
 * through the memo: BIT its place in the slot's have and yes. */
static bool memo_answer(html_style_memo *m, const char *st, const char *end, uint8_t bit,
                        bool (*read)(const char *, const char *))
{
    html_style_slot *s = memo_slot(m, st, end);
    if (!s)
        return read(st, end);
    if (!(s->have & bit)) {
        s->yes = (uint8_t)(read(st, end) ? s->yes | bit : s->yes & ~bit);
        s->have |= bit;
    }
    return (s->yes & bit) != 0;
}

bool html_style_matters_memo(html_style_memo *m, const char *st, const char *end)
{
    return memo_answer(m, st, end, MEMO_MATTERS, html_style_matters);
}

bool html_style_hides_memo(html_style_memo *m, const char *st, const char *end)
{
    return memo_answer(m, st, end, MEMO_HIDES, html_style_hides);
}

void html_style_decls_memo(html_style_memo *m, const char *st, const char *end, html_decls *d)
{
    html_style_slot *s = memo_slot(m, st, end);
    memset(d, 0, sizeof *d);
    if (!s) {
        html_style_decls(st, end, d);
        return;
    }
    if (!(s->have & MEMO_DECLS)) {
        memset(&s->d, 0, sizeof s->d);
        html_style_decls(st, end, &s->d);
        s->have |= MEMO_DECLS;
    }
    *d = s->d;
}

void html_style_memo_free(html_style_memo *m)
{
    free(m->slot);
    m->slot = NULL;
}
