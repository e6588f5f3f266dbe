/* Word's automatic numbering, rendered as Word shows it (ECMA-376
 * 17.9): a paragraph is numbered by its own w:numPr or by the one its
 * paragraph style carries (w:pStyle, w:basedOn); w:numId names a w:num,
 * which names a w:abstractNum, whose w:lvl for the paragraph's w:ilvl
 * gives the format (w:numFmt), the text (w:lvlText, %1..%9 standing for
 * the counters of levels 1..9) and the first value (w:start). Counters
 * run per list (the w:abstractNum, or the w:num when it overrides a
 * level) in document order; using a level starts the levels below it
 * over. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx_num.h"
#include "list_num.h"

enum { NUM_LEVELS = 9, NUM_MAX_LISTS = 512, NUM_MAX_STYLES = 2048, NUM_TEXT = 64, NUM_ID = 64 };

typedef struct num_lvl {
    int start;
    uint8_t fmt;
    bool legal;         /* w:isLgl: the levels it shows are decimal */
    bool defined;
    char suffix;        /* ' ' for a tab or a space after the number, 0 for none */
    char text[NUM_TEXT]; /* w:lvlText */
    char style[NUM_ID];  /* w:pStyle: the paragraph style this level numbers */
} num_lvl;

typedef struct num_list {
    long id;            /* abstractNumId */
    char link[NUM_ID];  /* w:numStyleLink: its levels are the list style's */
    num_lvl lvl[NUM_LEVELS];
    int count[NUM_LEVELS];
    bool used[NUM_LEVELS];
} num_list;

typedef struct num_inst {
    long id, abstract;  /* numId, abstractNumId */
    bool own;           /* overrides a level: counts on its own */
    int start[NUM_LEVELS]; /* w:startOverride, -1 when none */
    num_lvl lvl[NUM_LEVELS]; /* a level w:lvlOverride redefines (its w:lvl), defined when it does */
    int count[NUM_LEVELS];
    bool used[NUM_LEVELS];
} num_inst;

typedef struct num_style {
    char id[NUM_ID], based[NUM_ID];
    long num;           /* -1: none; 0: numbering taken off */
    int ilvl;           /* -1: not given */
    bool list;          /* a numbering (list) style, not a paragraph style */
} num_style;

struct docx_numbering {
    num_list *lists;
    num_inst *insts;
    num_style *styles;
    size_t nlists, ninsts, nstyles;
    char default_style[NUM_ID];
};

static bool is_w(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 && n->ns &&
           n->ns->href && strstr((const char *)n->ns->href, "wordprocessingml");
}

/* The attribute w:name (any namespace) of n, NULL when absent. */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0 && a->children && a->children->content)
            return (const char *)a->children->content;
    return NULL;
}

static const xmlNode *child_w(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_w(c, name))
            return c;
    return NULL;
}

static long val_long(const xmlNode *n, long none)
{
    const char *v = attr(n, "val");
    if (!v)
        return none;
    char *end;
    long x = strtol(v, &end, 10);
    return end == v ? none : x;
}

static void copy_id(char *dst, const char *src)
{
    snprintf(dst, NUM_ID, "%s", src ? src : "");
}

static num_fmt fmt_of(const char *v)
{
    static const struct {
        const char *name;
        num_fmt fmt;
    } fmts[] = {
        {"decimal", FMT_DECIMAL},
        {"decimalZero", FMT_DECIMAL_ZERO},
        {"decimalFullWidth", FMT_DECIMAL_FULL},
        {"decimalFullWidth2", FMT_DECIMAL_FULL},
        {"chineseCounting", FMT_CN_COUNT},
        {"chineseCountingThousand", FMT_CN_COUNT},
        {"japaneseCounting", FMT_CN_COUNT},
        {"taiwaneseCounting", FMT_CN_COUNT},
        {"taiwaneseCountingThousand", FMT_CN_COUNT},
        {"chineseLegalSimplified", FMT_CN_LEGAL},
        {"ideographDigital", FMT_IDEO_DIGITAL},
        {"taiwaneseDigital", FMT_IDEO_DIGITAL},
        {"ideographTraditional", FMT_IDEO_TRAD},
        {"ideographZodiac", FMT_IDEO_ZODIAC},
        {"decimalEnclosedCircle", FMT_CIRCLE},
        {"decimalEnclosedCircleChinese", FMT_CIRCLE},
        {"ideographEnclosedCircle", FMT_CIRCLE},
        {"decimalEnclosedParen", FMT_PAREN},
        {"decimalEnclosedFullstop", FMT_FULLSTOP},
        {"lowerLetter", FMT_LOWER_LETTER},
        {"upperLetter", FMT_UPPER_LETTER},
        {"lowerRoman", FMT_LOWER_ROMAN},
        {"upperRoman", FMT_UPPER_ROMAN},
    };
    if (!v)
        return FMT_DECIMAL; /* the default numFmt */
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
        if (strcmp(v, fmts[i].name) == 0)
            return fmts[i].fmt;
    return FMT_UNKNOWN;
}

static void read_lvl(num_lvl *l, const xmlNode *n)
{
    l->defined = true;
    l->start = (int)val_long(child_w(n, "start"), 1);
    const xmlNode *f = child_w(n, "numFmt");
    l->fmt = (uint8_t)fmt_of(f ? attr(f, "val") : NULL);
    const xmlNode *lg = child_w(n, "isLgl");
    l->legal = lg && (!attr(lg, "val") || strcmp(attr(lg, "val"), "0") != 0);
    const xmlNode *t = child_w(n, "lvlText");
    const char *tv = t ? attr(t, "val") : NULL;
    if (!tv || strlen(tv) >= NUM_TEXT) /* no text: no number shown */
        l->fmt = FMT_UNKNOWN;
    snprintf(l->text, sizeof l->text, "%s", tv && strlen(tv) < NUM_TEXT ? tv : "");
    const xmlNode *s = child_w(n, "suff");
    const char *sv = s ? attr(s, "val") : NULL;
    l->suffix = sv && strcmp(sv, "nothing") == 0 ? 0 : ' '; /* tab (the default) or space */
    copy_id(l->style, attr(child_w(n, "pStyle"), "val"));
}

static void read_numbering(docx_numbering *nb, const xmlNode *root)
{
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (is_w(c, "abstractNum") && nb->nlists < NUM_MAX_LISTS) {
            num_list *l = &nb->lists[nb->nlists++];
            memset(l, 0, sizeof *l);
            l->id = strtol(attr(c, "abstractNumId") ? attr(c, "abstractNumId") : "-1", NULL, 10);
            copy_id(l->link, attr(child_w(c, "numStyleLink"), "val"));
            for (const xmlNode *v = c->children; v; v = v->next) {
                long i = is_w(v, "lvl") && attr(v, "ilvl") ? strtol(attr(v, "ilvl"), NULL, 10) : -1;
                if (i >= 0 && i < NUM_LEVELS)
                    read_lvl(&l->lvl[i], v);
            }
        } else if (is_w(c, "num") && nb->ninsts < NUM_MAX_LISTS) {
            num_inst *m = &nb->insts[nb->ninsts++];
            memset(m, 0, sizeof *m);
            m->id = strtol(attr(c, "numId") ? attr(c, "numId") : "-1", NULL, 10);
            m->abstract = val_long(child_w(c, "abstractNumId"), -1);
            for (int i = 0; i < NUM_LEVELS; i++)
                m->start[i] = -1;
            for (const xmlNode *o = c->children; o; o = o->next) {
                long i = is_w(o, "lvlOverride") && attr(o, "ilvl") ? strtol(attr(o, "ilvl"), NULL, 10) : -1;
                if (i < 0 || i >= NUM_LEVELS)
                    continue;
                m->own = true;
                const xmlNode *so = child_w(o, "startOverride");
                if (so)
                    m->start[i] = (int)val_long(so, 1);
                const xmlNode *lv = child_w(o, "lvl"); /* the level redefined for this list */
                if (lv)
                    read_lvl(&m->lvl[i], lv);
            }
        }
    }
}

static void read_styles(docx_numbering *nb, const xmlNode *root)
{
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        const char *type = is_w(c, "style") ? attr(c, "type") : NULL;
        bool list = type && strcmp(type, "numbering") == 0;
        if (!type || (strcmp(type, "paragraph") != 0 && !list) || nb->nstyles >= NUM_MAX_STYLES)
            continue;
        num_style *s = &nb->styles[nb->nstyles++];
        s->list = list;
        copy_id(s->id, attr(c, "styleId"));
        copy_id(s->based, attr(child_w(c, "basedOn"), "val"));
        const xmlNode *np = child_w(child_w(c, "pPr"), "numPr");
        s->num = np ? val_long(child_w(np, "numId"), -1) : -1;
        s->ilvl = np ? (int)val_long(child_w(np, "ilvl"), -1) : -1;
        const char *d = attr(c, "default");
        if (d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0))
            copy_id(nb->default_style, s->id);
    }
}

static const num_style *style_by_id(const docx_numbering *nb, const char *id);

static num_inst *inst_by_id(docx_numbering *nb, long id)
{
    for (size_t i = 0; i < nb->ninsts; i++)
        if (nb->insts[i].id == id)
            return &nb->insts[i];
    return NULL;
}

static num_list *list_by_id(docx_numbering *nb, long id)
{
    for (size_t i = 0; i < nb->nlists; i++)
        if (nb->lists[i].id == id)
            return &nb->lists[i];
    return NULL;
}

/* A list whose w:abstractNum names a list style (w:numStyleLink, as Word
 * writes a multilevel list defined as a style) has no levels of its own:
 * its levels and counters are those of the list the style numbers by
 * (the style's w:numPr names a w:num, whose w:abstractNum carries the
 * levels and a w:styleLink back). Each w:num of such a list counts in
 * that list. */
static void link_list_styles(docx_numbering *nb)
{
    for (size_t i = 0; i < nb->ninsts; i++) {
        num_inst *m = &nb->insts[i];
        for (int hop = 0; hop < 4; hop++) {
            const num_list *l = list_by_id(nb, m->abstract);
            const num_style *st = l && l->link[0] ? style_by_id(nb, l->link) : NULL;
            const num_inst *to = st && st->list && st->num > 0 ? inst_by_id(nb, st->num) : NULL;
            if (!to || to->abstract == m->abstract)
                break;
            m->abstract = to->abstract;
        }
    }
}

docx_numbering *docx_numbering_new(const xmlNode *numbering_root, const xmlNode *styles_root)
{
    if (!numbering_root)
        return NULL; /* no list defined: nothing is numbered */
    docx_numbering *nb = calloc(1, sizeof *nb);
    if (!nb)
        return NULL;
    nb->lists = calloc(NUM_MAX_LISTS, sizeof *nb->lists);
    nb->insts = calloc(NUM_MAX_LISTS, sizeof *nb->insts);
    nb->styles = calloc(NUM_MAX_STYLES, sizeof *nb->styles);
    if (!nb->lists || !nb->insts || !nb->styles) {
        docx_numbering_free(nb);
        return NULL;
    }
    read_numbering(nb, numbering_root);
    read_styles(nb, styles_root);
    link_list_styles(nb);
    return nb;
}

void docx_numbering_free(docx_numbering *nb)
{
    if (!nb)
        return;
    free(nb->lists);
    free(nb->insts);
    free(nb->styles);
    free(nb);
}

static const num_style *style_by_id(const docx_numbering *nb, const char *id)
{
    if (!id || !*id)
        return NULL;
    for (size_t i = 0; i < nb->nstyles; i++)
        if (strcmp(nb->styles[i].id, id) == 0)
            return &nb->styles[i];
    return NULL;
}

static size_t put(char *b, size_t cap, size_t at, const char *s)
{
    size_t n = strlen(s);
    if (at + n < cap)
        memcpy(b + at, s, n + 1);
    return at + n;
}

/* ---- a paragraph -------------------------------------------------------- */

/* Level k of list m as it numbers: the w:lvl its w:lvlOverride gives,
 * else its w:abstractNum's (l). */
static const num_lvl *level_of(const num_inst *m, const num_list *l, int k)
{
    return m->lvl[k].defined ? &m->lvl[k] : &l->lvl[k];
}

/* The first value of level k of list m: its w:startOverride, else the
 * w:start of the level as it numbers (ECMA-376 17.9.26: the override's
 * start wins over the level's). */
static int level_start(const num_inst *m, const num_list *l, int k)
{
    return m->start[k] >= 0 ? m->start[k] : level_of(m, l, k)->start;
}

size_t docx_number_paragraph(docx_numbering *nb, const xmlNode *p, char *buf, size_t cap,
                             const char **core, size_t *ncore)
{
    if (core) {
        *core = buf;
        *ncore = 0;
    }
    if (!nb || cap < 2)
        return 0;
    buf[0] = 0;
    const xmlNode *ppr = child_w(p, "pPr");
    const xmlNode *np = child_w(ppr, "numPr");
    long num = np ? val_long(child_w(np, "numId"), -1) : -1;
    int ilvl = np ? (int)val_long(child_w(np, "ilvl"), -1) : -1;
    /* the paragraph style's numbering, through its basedOn chain */
    const char *sid = attr(child_w(ppr, "pStyle"), "val");
    const num_style *st = style_by_id(nb, sid ? sid : nb->default_style);
    const char *style_id = st ? st->id : "";
    for (int hop = 0; st && hop < 16 && (num < 0 || ilvl < 0); hop++) {
        if (num < 0)
            num = st->num;
        if (ilvl < 0 && st->num != 0)
            ilvl = st->ilvl;
        st = style_by_id(nb, st->based);
    }
    if (num <= 0) /* none, or numId 0: numbering taken off */
        return 0;
    num_inst *m = NULL;
    for (size_t i = 0; i < nb->ninsts && !m; i++)
        if (nb->insts[i].id == num)
            m = &nb->insts[i];
    num_list *l = NULL;
    for (size_t i = 0; m && i < nb->nlists && !l; i++)
        if (nb->lists[i].id == m->abstract)
            l = &nb->lists[i];
    if (!l)
        return 0;
    if (ilvl < 0) { /* the level that names the paragraph's style, else the first */
        ilvl = 0;
        for (int i = 0; i < NUM_LEVELS && *style_id; i++)
            if (strcmp(l->lvl[i].style, style_id) == 0)
                ilvl = i;
    }
    if (ilvl >= NUM_LEVELS)
        return 0;
    /* count: the list's counters, or the num's own when it overrides a level */
    int *count = m->own ? m->count : l->count;
    bool *used = m->own ? m->used : l->used;
    count[ilvl] = used[ilvl] ? count[ilvl] + 1 : level_start(m, l, ilvl);
    used[ilvl] = true;
    for (int i = ilvl + 1; i < NUM_LEVELS; i++)
        used[i] = false;
    const num_lvl *lv = level_of(m, l, ilvl);
    if (!lv->defined || lv->fmt == FMT_UNKNOWN)
        return 0;
    /* lvlText: %1..%9 the counters of those levels in their formats */
    size_t at = 0;
    for (const char *s = lv->text; *s; s++) {
        if (s[0] == '%' && s[1] >= '1' && s[1] <= '9') {
            int k = s[1] - '1';
            if (k > ilvl || !level_of(m, l, k)->defined)
                return 0;
            int v = used[k] ? count[k] : level_start(m, l, k);
            num_fmt f = (num_fmt)level_of(m, l, k)->fmt;
            if (lv->legal && k < ilvl)
                f = FMT_DECIMAL;
            char piece[64];
            size_t n = list_num_render(piece, sizeof piece, v, f);
            if (!n || n >= sizeof piece)
                return 0;
            if (k == ilvl && core) {
                *core = buf + at;
                *ncore = n;
            }
            at = put(buf, cap, at, piece);
            s++;
        } else {
            if (at + 1 >= cap)
                return 0;
            buf[at++] = *s;
            buf[at] = 0;
        }
    }
    if (at + 2 >= cap)
        return 0;
    if (at && lv->suffix) {
        buf[at++] = lv->suffix;
        buf[at] = 0;
    }
    return at;
}
