/* The page as libxml2 is given it, with the attributes xxgk never reads
 * cut out of its start tags.
 *
 * Government pages are written by editors that put a long inline style on
 * every paragraph and cell: half the bytes of a bench page are attribute
 * values, and libxml2 reads an attribute a character at a time (about 120
 * instructions each, and a name looked up, a value allocated), to give us
 * strings we drop (class, width, valign) or only ask whether they hide
 * the element (style). A class or an id is kept when it names a class or
 * id of a rule of the page's stylesheet, read here from its <style>
 * elements as they come (html_css.c), once a rule can hide something. So the page is first skimmed for start tags, the
 * way libxml2 reads them, and in a copy the parser reads, the attributes
 * never read (a style only when it hides nothing and says nothing of
 * the text's look: html_style_matters) are left out of each tag: from
 * the first of them on, the tag keeps the others in their order after a
 * marker, HTML_SKIM_MARKER, standing where that first one stood.
 * The parser's offsets are mapped back to the page's (html_skim_origin),
 * so the text is aligned with the page itself and keeps its origins.
 *
 * A tag is cut only when libxml2 reads it alike without them: from its
 * first attribute cut on, every attribute is one libxml2 reads as the
 * skim does (a name, a quoted value or a plain unquoted one, or none), a
 * value left out holds no entity and only characters libxml2 reads
 * without an error (an error could change how it reads the rest), the tag
 * holds no '<' or '>' (html_align skips a tag to its first '>') and at
 * most one style (libxml2 keeps the first of two). The skim is not
 * libxml2: html.c counts the markers libxml2 hands over as attributes,
 * and when one is missing (a tag the skim saw where libxml2 saw text, a
 * comment, a script, or a tag it drops) the page is parsed again as it
 * is. A marker handed over was read by libxml2 as an attribute where the
 * skim's first cut attribute began, in a tag read alike up to there; from
 * there, the skim and libxml2 read the rest of the tag alike. */
#include "html_skim.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"
#include "utf8.h"
#include "vec.h"

static bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/* libxml2's IS_BLANK_CH */
static bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
/* the characters of an element or attribute name (htmlParseHTMLName) */
static bool name_start(char c) { return letter(c) || c == '_' || c == ':' || c == '.'; }
static bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

/* Does the word w hold a byte equal to the one repeated in b? (the
 * classic test for a zero byte, on w ^ b; exact for ASCII words) */
static uint64_t has_byte(uint64_t w, uint64_t b)
{
    uint64_t x = w ^ b;
    return (x - 0x0101010101010101u) & ~x & 0x8080808080808080u;
}

/* Eight bytes of plain ASCII a value may hold: printable (no control
 * byte, blanks included, no DEL) and no '&'. The rest is looked at a
 * character at a time. */
static bool plain8(const char *v)
{
    uint64_t w;
    memcpy(&w, v, 8);
    const uint64_t highs = 0x8080808080808080u;
    return !(w & highs) && !((w - 0x2020202020202020u) & ~w & highs) &&
           !has_byte(w, 0x7F7F7F7F7F7F7F7Fu) && !has_byte(w, 0x2626262626262626u);
}

/* Can the value v[0..n) be left out: no entity, every
 * character one libxml2 reads without an error (an error could change
 * how it reads the rest), and, a style, it hides nothing and says
 * nothing of the text's look? ('<' and '>' are the caller's.) */
static bool cuttable(const char *v, size_t n, bool style, html_style_memo *memo)
{
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n && plain8(v + i)) {
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)v[i];
        if (c < 0x80) {
            if (c == '&' || c == 0x7F || (c < 0x20 && !blank((char)c)))
                return false;
            i++;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)v + i, n - i, &cp);
        if (l <= 0 || cp == 0xFFFE || cp == 0xFFFF)
            return false;
        i += (size_t)l;
    }
    return !style || !html_style_matters_memo(memo, v, v + n);
}

/* What the value of an attribute is to html.c: read (html.c's spans,
 * hidden, the colours of text and background and <meta>'s name and content; charset and http-equiv, which
 * libxml2 reads), a style (read only to know whether it hides), or
 * never read. html.c's attr() asserts that each name it reads is here. */
enum value_use { V_READ, V_STYLE, V_CLASS, V_ID, V_UNREAD };

static enum value_use value_use(const char *name, size_t n)
{
    static const struct {
        const char *name;
        size_t n;
    } read[] = {{"hidden", 6},  {"rowspan", 7}, {"colspan", 7},    {"name", 4},
                {"content", 7}, {"charset", 7}, {"http-equiv", 10}, {"color", 5},
                {"bgcolor", 7}, {"background", 10}, {"href", 4}, {"src", 3},
                /* a list's numbers (html_list.c) */
                {"start", 5}, {"type", 4}, {"value", 5}, {"reversed", 8}};
    if (n == 5 && (name[0] | 0x20) == 's' && strncasecmp(name, "style", 5) == 0)
        return V_STYLE;
    if (n == 5 && (name[0] | 0x20) == 'c' && strncasecmp(name, "class", 5) == 0)
        return V_CLASS;
    if (n == 2 && (name[0] | 0x20) == 'i' && (name[1] | 0x20) == 'd')
        return V_ID;
    for (size_t i = 0; i < sizeof read / sizeof *read; i++)
        if (read[i].n == n && (name[0] | 0x20) == read[i].name[0] && strncasecmp(name, read[i].name, n) == 0)
            return V_READ;
    return V_UNREAD;
}

enum { SKIM_KEPT_STYLES = 16 };

typedef struct skimmer {
    html_skim *k;
    html_sheet *sheet;       /* the page's stylesheet, read here; NULL: none asked for */
    /* the <style> elements met before one that may hide text (read_style) */
    const char *kept[SKIM_KEPT_STYLES][2];
    size_t nkept;
    bool hides;
    bool nocut;              /* only the stylesheet is read */
    bool phrase_cut;         /* a phrase element's class or id was left out (skim_tag_read) */
    const char *src;
    size_t len, copied;      /* the page's bytes before copied are in the copy */
    char *out;
    html_style_memo memo;    /* the styles' html_style_matters */
} skimmer;

/* After the start tag of script or style (name, its name_len bytes): to
 * the element's own end tag, "</script" or "</style" in any case. libxml2
 * stops at "</" and any letter, but an end tag that closes nothing open
 * (a script's document.write("</div>")) sends it back into the content:
 * the skim, stopping there, would cut tags libxml2 reads as text, lose
 * their markers and make the page be parsed again. Where libxml2 does
 * leave earlier, the skim only cuts less. */
static size_t skip_raw(const char *s, size_t n, size_t q, const char *name, size_t name_len)
{
    for (;;) {
        const char *lt = q < n ? memchr(s + q, '<', n - q) : NULL;
        if (!lt)
            return n;
        q = (size_t)(lt - s) + 1;
        if (n - q > name_len && s[q] == '/' && strncasecmp(s + q + 1, name, name_len) == 0)
            return q - 1;
    }
}

static bool raw_name(const char *s, size_t n)
{
    return (n == 6 && strncasecmp(s, "script", 6) == 0) || (n == 5 && strncasecmp(s, "style", 5) == 0);
}

/* A bogus attribute (not a name) is dropped by libxml2 up to a blank or
 * the tag's end; returns where it stops, *clean false past a '<'. */
static size_t skip_bogus(const char *s, size_t n, size_t q, bool *clean)
{
    while (q < n && !blank(s[q]) && s[q] != '>' && !(s[q] == '/' && q + 1 < n && s[q + 1] == '>')) {
        if (s[q] == '<')
            *clean = false;
        q++;
    }
    return q;
}

/* An unquoted value libxml2 reads as the skim does whatever it holds:
 * letters, digits and a few signs (width=100%, rowspan=2). */
static bool plain_unquoted(char c)
{
    return letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == ':' || c == '%' ||
           c == '#' || c == '-';
}

/* The attributes of a start tag read (TAG_ATTS at most: a tag with more is
 * left as it is). */
enum { TAG_ATTS = 32, NAME_MAX_READ = 90 };

/* An attribute of a start tag: its bytes [name, end), from its name to the
 * end of its value. */
typedef struct skim_att {
    size_t name, end;
    bool strict;             /* libxml2 reads it as the skim does, after any attribute read so */
    bool cut;                /* left out of the copy: never read, and read without an error */
} skim_att;

typedef struct skim_tag_read {
    skim_att att[TAG_ATTS];
    size_t n;
    size_t strict_from;      /* the attributes from this one on are strict, nothing bogus between */
    size_t styles;
    bool clean;              /* no '<' or '>' in the tag before its end (html_align ends a tag at its first '>') */
    bool fits;               /* at most TAG_ATTS attributes */
    const html_sheet *sheet; /* a class or id is kept when it names one of its atoms */
    bool sel_cut;            /* a class, an id or a style the sheet may read was left out */
    const char *name;        /* the tag's name, name_len bytes */
    const char *end;         /* the page's end */
    size_t name_len;
    int phrase;              /* a phrase element's (html_phrase_name) whose text may open with a digit
                                (digit_may_follow), -1 not asked yet: kept on a page that links a stylesheet */
    bool phrase_cut;         /* such a class or id was left out */
    html_style_memo *memo;   /* the skimmer's */
} skim_tag_read;

/* On a page with a stylesheet, a style that says display or visibility
 * is kept: it may show what a rule of the sheet hides; so is an inline
 * element's (span, font, b …) that says a margin, a padding or a width
 * when a rule gives a spacing: it may undo the rule's (html.c). */
static bool style_shows(skim_tag_read *t, const char *v, size_t n)
{
    if (!t->sheet)
        return false;
    uint8_t dg = t->sheet->danger;
    if (!(dg & (CSS_DISPLAY | CSS_VIS | CSS_SIDES))) { /* a later <style> may hide: the tag is read again then */
        t->sel_cut = true;
        return false;
    }
    /* a display or a visibility may undo the sheet's; an inline
     * element's spacing (a margin-right of 0) the sheet's margin on a
     * side (html.c: a block's is left out as before) */
    bool disp = dg & (CSS_DISPLAY | CSS_VIS);
    bool phrase = html_phrase_name(t->name, t->name_len);
    if (!disp && !phrase)
        return false;
    bool spacing = false;
    for (size_t i = 0; i + 4 <= n; i++) {
        char c = (char)(v[i] | 0x20);
        if (disp && ((c == 'p' && strncasecmp(v + i, "play", 4) == 0) || (c == 'i' && strncasecmp(v + i, "ibil", 4) == 0)))
            return true;
        if (phrase && !spacing &&
            ((c == 'r' && strncasecmp(v + i, "rgin", 4) == 0) || (c == 'd' && strncasecmp(v + i, "ding", 4) == 0) ||
             (c == 'w' && strncasecmp(v + i, "idth", 4) == 0))) {
            spacing = true;
            if (!disp)
                break;
        }
    }
    if (!spacing)
        return false;
    if (!(dg & CSS_SIDES))
        t->sel_cut = true; /* a later <style> may give a spacing it undoes */
    return (dg & CSS_SIDES) != 0;
}

/* Does the text of the element whose start tag goes on at p (to end)
 * open with a digit, or may it (an element or a comment in it, an
 * entity)? Only then
 * can its class tell (L041: html.c's classed_close asks the same of the
 * text it writes, a digit right at its start). */
static bool digit_may_follow(const char *p, const char *end)
{
    const char *gt = memchr(p, '>', (size_t)(end - p));
    if (!gt || gt + 1 >= end)
        return false;
    char c = gt[1];
    /* a digit, ASCII or full-width (０-９: EF BC 90-99), an entity, or
     * a tag or a comment (<!-- c -->1) before the text */
    bool wide = (unsigned char)c == 0xEF && gt + 3 < end && (unsigned char)gt[2] == 0xBC &&
                (unsigned char)gt[3] >= 0x90 && (unsigned char)gt[3] <= 0x99;
    return (c >= '0' && c <= '9') || wide || c == '&' || (c == '<' && gt + 2 < end && (letter(gt[2]) || gt[2] == '!'));
}

/* Can a class or id value [v, v+n) be left out: it names no atom of the
 * stylesheet read so far? */
static bool sel_cuttable(skim_tag_read *t, enum value_use use, const char *v, size_t n)
{
    if (use != V_CLASS && use != V_ID)
        return true;
    if (t->phrase < 0) /* asked once, of a tag with a class or id */
        t->phrase = t->sheet && html_phrase_name(t->name, t->name_len) && digit_may_follow(v + n, t->end);
    bool keep = (t->sheet && t->sheet->danger && html_sheet_holds(t->sheet, v, n, use == V_ID)) ||
                t->phrase > 0 || /* L041, and L054 on any page (html_flow.c split_runs) */
                html_title_name(v, n); /* a title's block (html_chrome.c) */
    t->sel_cut |= !keep;
    t->phrase_cut |= !keep && t->phrase > 0;
    return !keep;
}

/* The value after '=' at r, quoted or not, into *a (strict, cut); returns
 * the offset after it, or n when a quote never closes. */
static size_t read_value(const char *s, size_t n, size_t r, enum value_use use, skim_att *a, skim_tag_read *t)
{
    bool *clean = &t->clean;
    if (s[r] != '"' && s[r] != '\'') { /* unquoted: to a blank or '>' */
        size_t v = r;
        bool plain = true;
        while (r < n && !blank(s[r]) && s[r] != '>') {
            if (s[r] == '<')
                *clean = false;
            plain = plain && plain_unquoted(s[r]);
            r++;
        }
        a->strict = plain;
        a->cut = plain && use != V_READ &&
                 (use != V_STYLE || (!html_style_matters_memo(t->memo, s + v, s + r) && !style_shows(t, s + v, r - v))) &&
                 sel_cuttable(t, use, s + v, r - v);
        return r;
    }
    const char *e = memchr(s + r + 1, s[r], n - r - 1);
    if (!e)
        return n;
    size_t v = r + 1, ve = (size_t)(e - s);
    if (memchr(s + v, '<', ve - v) || memchr(s + v, '>', ve - v))
        *clean = false;
    a->strict = true; /* a quoted value ends at its quote, entities or not */
    a->cut = use != V_READ && cuttable(s + v, ve - v, use == V_STYLE, t->memo) &&
             (use != V_STYLE || !style_shows(t, s + v, ve - v)) && sel_cuttable(t, use, s + v, ve - v);
    return ve + 1;
}

/* One attribute at q (a name's first character) into t; returns the
 * offset after it, or n. */
static size_t read_att(const char *s, size_t n, size_t q, skim_tag_read *t)
{
    skim_att a = {q, q, true, false};
    while (q < n && name_char(s[q]))
        q++;
    enum value_use use = value_use(s + a.name, q - a.name);
    t->styles += use == V_STYLE;
    /* libxml2 cuts a name at 100 bytes (HTML_PARSER_BUFFER_SIZE): 90 keeps a margin */
    a.strict = q - a.name <= NAME_MAX_READ;
    a.cut = a.strict && use == V_UNREAD;
    a.end = q;
    size_t r = q;
    while (r < n && blank(s[r]))
        r++;
    if (r < n && s[r] == '=') {
        r++;
        while (r < n && blank(s[r]))
            r++;
        if (r >= n)
            return n;
        bool named = a.strict;
        q = a.end = read_value(s, n, r, use, &a, t);
        a.strict = a.strict && named;
        a.cut = a.cut && a.strict;
    }
    if (!a.strict)
        t->strict_from = t->n + 1;
    if (t->n < TAG_ATTS)
        t->att[t->n++] = a;
    else
        t->fits = false;
    return q;
}

/* The copy of the tag read in t from its first attribute that can be cut
 * on (f): the attributes that are not cut in their order, after the
 * marker (HTML_SKIM_MARKER, an attribute without a value) standing where
 * that first one stood, which html.c counts; the tag's end then follows
 * as it is. False when memory ran out. */
static bool rewrite_tag(skimmer *m, const skim_tag_read *t, size_t f)
{
    html_skim *k = m->k;
    static const char marker[] = HTML_SKIM_MARKER;
    size_t from = t->att[f].name, to = t->att[t->n - 1].end, kept = sizeof marker - 1;
    for (size_t i = f + 1; i < t->n; i++)
        kept += t->att[i].cut ? 0 : 1 + t->att[i].end - t->att[i].name;
    if (kept >= to - from) /* nothing saved */
        return true;
    if (!k->page) { /* the first cut: the copy begins */
        k->page = malloc(m->len + 1);
        m->out = k->page;
    }
    if (!k->page || !vec_reserve(&k->cuts, k->ncuts, &k->cap, sizeof *k->cuts))
        return false;
    memcpy(m->out, m->src + m->copied, from - m->copied);
    m->out += from - m->copied;
    memcpy(m->out, marker, sizeof marker - 1);
    m->out += sizeof marker - 1;
    for (size_t i = f + 1; i < t->n; i++) {
        if (t->att[i].cut)
            continue;
        *m->out++ = ' ';
        memcpy(m->out, m->src + t->att[i].name, t->att[i].end - t->att[i].name);
        m->out += t->att[i].end - t->att[i].name;
    }
    m->copied = to;
    uint32_t before = k->ncuts ? k->cuts[k->ncuts - 1].cut : 0;
    k->cuts[k->ncuts].end = (uint32_t)(m->out - k->page);
    k->cuts[k->ncuts].cut = before + (uint32_t)(to - from - kept);
    k->ncuts++;
    return true;
}

/* What of a tag read can be cut: its attributes from the first one that
 * can be cut on, when every one from there is strict (libxml2 reads them
 * as the skim does, once it reads the first as an attribute: the marker
 * standing there tells), the tag has no '<' or '>' inside, and at most
 * one style (libxml2 keeps the first of two: the second must not become
 * the first). Returns that first one, or t->n for none. */
static size_t first_cut(const skim_tag_read *t)
{
    if (!t->clean || !t->fits || t->styles > 1)
        return t->n;
    for (size_t i = t->strict_from; i < t->n; i++)
        if (t->att[i].cut)
            return i;
    return t->n;
}

static bool print_only(const char *s, size_t n);
static bool holds_word(const char *s, size_t n, const char *w);
static void link_found(skimmer *m);

/* The page links a stylesheet: a phrase element's class or id left out
 * of a tag before may matter (L041), the page is skimmed again. */
static void link_found(skimmer *m)
{
    m->sheet->linked = true;
    if (m->phrase_cut)
        m->k->restart = true;
}

/* The value of the attribute NAME (lower case) of the tag [s, s+n):
 * *v and its length, quoted or not; false when the tag has none. */
static bool tag_attr(const char *s, size_t n, const char *name, const char **v, size_t *vn)
{
    size_t l = strlen(name);
    for (size_t i = 1; i + l < n; i++) {
        if (!blank(s[i - 1]) || strncasecmp(s + i, name, l) != 0)
            continue;
        size_t q = i + l;
        while (q < n && blank(s[q]))
            q++;
        if (q >= n || s[q] != '=')
            continue;
        q++;
        while (q < n && blank(s[q]))
            q++;
        char quote = q < n && (s[q] == '"' || s[q] == '\'') ? s[q++] : 0;
        size_t a = q;
        while (q < n && (quote ? s[q] != quote : !blank(s[q]) && s[q] != '>'))
            q++;
        *v = s + a;
        *vn = q - a;
        return true;
    }
    return false;
}

/* Is W (lower case) one of the blank-separated tokens of [v, v+n)? */
static bool has_token(const char *v, size_t n, const char *w)
{
    size_t l = strlen(w), st, k;
    for (size_t i = 0; (k = html_next_token(v, n, &i, &st)) > 0;)
        if (k == l && strncasecmp(v + st, w, l) == 0)
            return true;
    return false;
}

/* A <link> tag [s, s+n) that links a stylesheet a screen shows: a
 * token of its rel is stylesheet (not with alternate: an alternate one;
 * not preload, whose href may well end in stylesheet.css), media is not
 * print only. */
static bool links_sheet(const char *s, size_t n)
{
    const char *rel;
    size_t rn;
    return tag_attr(s, n, "rel", &rel, &rn) && has_token(rel, rn, "stylesheet") &&
           !has_token(rel, rn, "alternate") && !print_only(s, n);
}

/* A <style>'s content [b, e): read into the sheet when one of the
 * page's <style> elements so far may hide text, with those kept for
 * then; else kept. */
static void read_style(skimmer *m, const char *b, const char *e)
{
    if (!m->hides) {
        if (m->nkept < SKIM_KEPT_STYLES && !html_sheet_may_hide(b, e)) {
            m->kept[m->nkept][0] = b;
            m->kept[m->nkept++][1] = e;
            return;
        }
        m->hides = true;
        for (size_t i = 0; i < m->nkept; i++)
            html_sheet_add(m->sheet, m->kept[i][0], m->kept[i][1]);
    }
    html_sheet_add(m->sheet, b, e);
}

/* Does [s, s+n) hold w (lower case), in any case? */
static bool holds_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if ((s[i] | 0x20) == (w[0] | 0x20) && strncasecmp(s + i, w, l) == 0)
            return true;
    return false;
}

/* A <style>'s content [b, e) for a screen: where its selectors stand
 * kept, every <style>'s (a class they name is explained:
 * html_sheet_names); one that imports another
 * sheet (@import) links one xxgk cannot read. */
static void note_style(skimmer *m, const char *b, const char *e)
{
    html_sheet *sh = m->sheet;
    html_sheet_note_selectors(sh, m->src, b, e);
    if (!sh->linked && memchr(b, '@', (size_t)(e - b)) && holds_word(b, (size_t)(e - b), "@import"))
        link_found(m);
}

/* Is a <style> tag [s, s+n) one for print only (media="print")? */
static bool print_only(const char *s, size_t n)
{
    bool print = false, screen = false;
    for (size_t i = 0; i + 3 <= n; i++) {
        print |= i + 5 <= n && strncasecmp(s + i, "print", 5) == 0;
        screen |= (i + 6 <= n && strncasecmp(s + i, "screen", 6) == 0) || strncasecmp(s + i, "all", 3) == 0;
    }
    return print && !screen;
}

/* The start tag at p ('<' and a letter), read as libxml2 reads it: its
 * name, then attributes to '>' or "/>"; the attributes never read cut
 * when they can be. Returns the offset after it (and after the content
 * of script and style), or (size_t)-1 when memory ran out. */
static size_t skim_tag(skimmer *m, size_t p)
{
    const char *s = m->src;
    size_t n = m->len, q = p + 1;
    while (q < n && name_char(s[q]))
        q++;
    size_t name_end = q;
    bool raw = raw_name(s + p + 1, q - p - 1);
    skim_tag_read t;
    t.n = t.strict_from = t.styles = 0;
    t.clean = t.fits = true;
    t.sheet = m->sheet;
    t.sel_cut = false;
    t.name = s + p + 1;
    t.name_len = q - p - 1;
    t.end = s + n;
    t.phrase = -1;
    t.phrase_cut = false;
    t.memo = &m->memo;
    for (;;) {
        while (q < n && blank(s[q]))
            q++;
        if (q >= n)
            return n;
        if (s[q] == '>' || (s[q] == '/' && q + 1 < n && s[q + 1] == '>'))
            break;
        if (!name_start(s[q])) {
            q = skip_bogus(s, n, q, &t.clean);
            t.strict_from = t.n;
            continue;
        }
        q = read_att(s, n, q, &t);
        if (q >= n)
            return n;
    }
    size_t f = m->nocut ? t.n : first_cut(&t);
    if (f < t.n) {
        if (!rewrite_tag(m, &t, f))
            return (size_t)-1;
        m->k->sel_cut |= t.sel_cut;
        m->phrase_cut |= t.phrase_cut;
    }
    if (m->sheet && !m->sheet->linked && name_end - p - 1 == 4 && (s[p + 1] | 0x20) == 'l' &&
        strncasecmp(s + p + 1, "link", 4) == 0 && links_sheet(s + p, q - p))
        link_found(m);
    if (s[q] == '/')
        return q + 2; /* empty: no content */
    if (!raw)
        return q + 1;
    size_t e = skip_raw(s, n, q + 1, s + p + 1, name_end - p - 1);
    if (m->sheet && !m->sheet->complete && name_end - p - 1 == 5 && (s[p + 1] | 0x20) == 's' &&
        !print_only(s + p, q - p)) {
        size_t before = m->sheet->n + m->sheet->nmaybe;
        note_style(m, s + q + 1, s + e);
        read_style(m, s + q + 1, s + e);
        /* a class, an id or a style left out of a tag before may matter
         * to a new rule, when the sheet can hide anything */
        if (m->sheet->n + m->sheet->nmaybe > before && m->sheet->danger && m->k->sel_cut)
            m->k->restart = true;
    }
    return e;
}

/* Past the markup at p ('<' not followed by a letter): a comment to its
 * "-->", an end tag, doctype or instruction to its '>', a lone '<'. */
static size_t skip_other(const char *s, size_t n, size_t p)
{
    if (p + 1 >= n)
        return n;
    if (n - p >= 4 && memcmp(s + p, "<!--", 4) == 0) {
        const char *e = memmem(s + p + 4, n - p - 4, "-->", 3);
        return e ? (size_t)(e - s) + 3 : n;
    }
    if (s[p + 1] == '/' || s[p + 1] == '!' || s[p + 1] == '?') {
        const char *e = memchr(s + p + 1, '>', n - p - 1);
        return e ? (size_t)(e - s) + 1 : n;
    }
    return p + 1;
}

/* Does the page hold the marker's name, in any case (libxml2 gives
 * attribute names in lower case)? Its own valueless marker could then make
 * up for one of the skim's that libxml2 did not read as an attribute (a
 * stretch the skim reads otherwise than libxml2), and the count would not
 * see the misreading. */
static bool names_marker(const char *s, size_t n)
{
    const size_t m = sizeof HTML_SKIM_MARKER - 1;
    for (const char *p = memchr(s, '_', n); p; p = memchr(p + 1, '_', (size_t)(s + n - p - 1)))
        if ((size_t)(s + n - p) >= m && strncasecmp(p, HTML_SKIM_MARKER, m) == 0)
            return true;
    return false;
}

bool html_skim_page(html_skim *k, const char *page, size_t len, html_sheet *sheet)
{
    memset(k, 0, sizeof *k);
    if (!len)
        return true;
    /* read as it is, but for its stylesheet */
    bool nocut = names_marker(page, len);
    if (nocut && !sheet)
        return true;
    skimmer m = {.k = k, .sheet = sheet, .nocut = nocut, .src = page, .len = len};
    bool ok = true;
    for (size_t p = 0; p < len;) {
        const char *lt = memchr(page + p, '<', len - p);
        if (!lt)
            break;
        p = (size_t)(lt - page);
        p = p + 1 < len && letter(page[p + 1]) ? skim_tag(&m, p) : skip_other(page, len, p);
        if (p == (size_t)-1) {
            ok = false;
            break;
        }
    }
    html_style_memo_free(&m.memo);
    if (!ok) {
        html_skim_free(k);
        return false;
    }
    if (sheet && !sheet->complete) {
        sheet->complete = true;
        html_sheet_prune(sheet);
        html_sheet_index(sheet);
    }
    if (k->restart) { /* again, every atom known from the start */
        html_skim_free(k);
        return html_skim_page(k, page, len, sheet);
    }
    if (!k->page) /* nothing cut: the page is read as it is */
        return true;
    memcpy(m.out, page + m.copied, len - m.copied);
    m.out += len - m.copied;
    *m.out = 0;
    k->len = (size_t)(m.out - k->page);
    return true;
}

/* The number of cuts whose token ends at or before off. */
static size_t cuts_before(const html_skim *k, uint32_t off)
{
    size_t lo = 0, hi = k->ncuts;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k->cuts[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint32_t html_skim_origin(const html_skim *k, uint32_t off, size_t *next)
{
    /* the parser's offsets only grow: the cuts passed since the last one
     * are walked, a few; a jump back or far ahead is searched */
    size_t i = *next, walked = 0;
    if (i > 0 && k->cuts[i - 1].end > off)
        i = cuts_before(k, off);
    while (i < k->ncuts && k->cuts[i].end <= off) {
        if (++walked > 8) {
            i = cuts_before(k, off);
            break;
        }
        i++;
    }
    *next = i;
    /* every byte of those cuts is cut before off */
    return off + (i ? k->cuts[i - 1].cut : 0);
}

bool html_skim_keeps(const char *name) { return value_use(name, strlen(name)) != V_UNREAD; }

void html_skim_free(html_skim *k)
{
    free(k->page);
    free(k->cuts);
    memset(k, 0, sizeof *k);
}
