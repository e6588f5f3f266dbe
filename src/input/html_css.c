/* The page's own stylesheet (html_int.h): the rules of its <style>
 * elements that say whether text can be seen, for the selectors a page's
 * author writes to hide a digit: a tag, classes, an id, any element
 * (span.hid, #n3, .x.y, *), ancestors of those ("td .hid", "table#t2
 * span", ".TRS_Editor td *"; a child combinator '>' read as an ancestor),
 * lists of them. A selector with anything else (a pseudo-class :hover, an
 * attribute [x], '+', '~') is not evaluated: when the rule hides, text
 * in the elements its last compound's tag, classes, id and attribute
 * names may stand for is read and told (sheet_maybe, L040); when it
 * gives a margin or padding on a side, those elements' boxes may stand
 * apart in a table's cell (html.c: digits over their edges are L037).
 * So is every rule of a conditional block not evaluated (@media with a
 * condition, @supports) and every selector naming a class or id past the
 * sheet's atoms: a rule is doubted, never dropped.
 * A <link rel=stylesheet> cannot be read; it is not asked for. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"
#include "vec.h"

static bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c; }
/* a character of a class, id or tag name (CSS's name characters, and
 * any non-ASCII byte) */
static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           (unsigned char)c >= 0x80;
}

/* Past a comment "/ * … * /" or the "<!--" / "-->" a <style> may hide its
 * content in, at p; else p. */
static const char *skip_junk(const char *p, const char *e)
{
    for (;;) {
        while (p < e && blank(*p))
            p++;
        if (e - p >= 2 && p[0] == '/' && p[1] == '*') {
            const char *c = e - p >= 4 ? memmem(p + 2, (size_t)(e - p - 2), "*/", 2) : NULL;
            p = c ? c + 2 : e;
        } else if (e - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            p += 4;
        } else if (e - p >= 3 && memcmp(p, "-->", 3) == 0) {
            p += 3;
        } else {
            return p;
        }
    }
}

/* The end of the block whose '{' is at p: after its matching '}' (strings
 * and comments inside skipped), or e. */
static const char *block_end(const char *p, const char *e)
{
    int depth = 0;
    while (p < e) {
        char c = *p;
        if (c == '"' || c == '\'') {
            const char *q = memchr(p + 1, c, (size_t)(e - p - 1));
            p = q ? q + 1 : e;
            continue;
        }
        if (c == '/' && p + 1 < e && p[1] == '*') {
            const char *q = memmem(p + 2, (size_t)(e - p - 2), "*/", 2);
            p = q ? q + 2 : e;
            continue;
        }
        p++;
        if (c == '{')
            depth++;
        else if (c == '}' && --depth <= 0)
            return p;
    }
    return e;
}

/* The atom of name [s, s+n) (case folded: pages without a doctype match
 * classes so); -1 when none. */
static int find_atom(const html_sheet *sh, const char *s, size_t n, bool id)
{
    for (unsigned i = 0; i < sh->natoms; i++)
        if (sh->atom[i].id == id && sh->atom[i].len == n && strncasecmp(sh->names + sh->atom[i].off, s, n) == 0)
            return (int)i;
    return -1;
}

/* The same, added when new; ATOM_OVER when the sheet has no atom left
 * for it (or no memory, or a name of over 200 bytes): the selector that
 * names it is then not evaluated, never dropped. */
static int atom_of(html_sheet *sh, const char *s, size_t n, bool id)
{
    int a = find_atom(sh, s, n, id);
    if (a >= 0)
        return a;
    if (sh->natoms >= ATOM_OVER || n > 200) {
        sh->over = true;
        return ATOM_OVER;
    }
    if (!vec_reserve(&sh->names, sh->names_len + n, &sh->names_cap, 1)) {
        sh->failed = true;
        sh->over = true;
        return ATOM_OVER;
    }
    memcpy(sh->names + sh->names_len, s, n);
    sh->atom[sh->natoms] = (sheet_atom){(uint32_t)sh->names_len, (uint16_t)n, id};
    sh->names_len += n;
    return (int)sh->natoms++;
}

/* Past the CSS escape at p (a backslash): up to six hex digits and the
 * one blank that may end them (.\31 0 is the class "10", its blank no
 * combinator), or one character (\:). */
static const char *past_escape(const char *p, const char *e)
{
    const char *q = ++p;
    while (q < e && q - p < 6 && ((*q >= '0' && *q <= '9') || ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'f')))
        q++;
    if (q == p)
        return p < e ? p + 1 : p;
    return q < e && blank(*q) ? q + 1 : q;
}

/* The class or id name at *pp (after its '.' or '#'), its CSS escapes
 * undone (.w\:1 is the class "w:1", .\31 0 is "10"), into buf (cap
 * bytes); *pp moved past it. Its length, 0 when none or too long. */
static size_t read_name(const char **pp, const char *e, char *buf, size_t cap)
{
    const char *p = *pp;
    size_t k = 0;
    bool fits = true;
    while (p < e) {
        if (name_char(*p)) {
            if (k < cap)
                buf[k] = *p;
            k++, p++;
            continue;
        }
        if (*p != '\\' || p + 1 >= e || *(p + 1) == '\n')
            break;
        p++;
        unsigned long cp = 0;
        int nhex = 0;
        while (p < e && nhex < 6 && ((*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f'))) {
            cp = cp * 16 + (unsigned long)(*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
            p++, nhex++;
        }
        char u[4];
        size_t un = 0;
        if (!nhex) {
            u[un++] = *p++; /* \: is ':' */
        } else {
            if (p < e && blank(*p))
                p++; /* the blank that ends a hex escape */
            if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                cp = 0xFFFD;
            if (cp < 0x80) {
                u[un++] = (char)cp;
            } else if (cp < 0x800) {
                u[un++] = (char)(0xC0 | cp >> 6), u[un++] = (char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                u[un++] = (char)(0xE0 | cp >> 12), u[un++] = (char)(0x80 | (cp >> 6 & 0x3F));
                u[un++] = (char)(0x80 | (cp & 0x3F));
            } else {
                u[un++] = (char)(0xF0 | cp >> 18), u[un++] = (char)(0x80 | (cp >> 12 & 0x3F));
                u[un++] = (char)(0x80 | (cp >> 6 & 0x3F)), u[un++] = (char)(0x80 | (cp & 0x3F));
            }
        }
        for (size_t i = 0; i < un; i++, k++)
            if (k < cap)
                buf[k] = u[i];
    }
    *pp = p;
    fits = k <= cap;
    return fits ? k : 0;
}

/* The atom of the class (.x) or id (#x) at *pp, which is moved past its
 * name; -1 when it has none. */
static int name_atom(html_sheet *sh, const char **pp, const char *e)
{
    bool id = **pp == '#';
    const char *n = ++*pp;
    char buf[256];
    size_t k = read_name(pp, e, buf, sizeof buf);
    if (*pp == n)
        return -1;
    if (memchr(n, '\\', (size_t)(*pp - n)))
        sh->escaped = true; /* its page's bytes are not the selector's (named) */
    return k ? atom_of(sh, buf, k, id) : ATOM_OVER; /* too long: shares the last */
}

/* One selector [s, e) into r; false when it is not one xxgk reads (a
 * name of ATOM_OVER: not evaluated). */
static bool selector(html_sheet *sh, const char *s, const char *e, sheet_rule *r)
{
    memset(r, 0, sizeof *r);
    const char *p = s;
    unsigned ids = 0, classes = 0, tags = 0;
    while (p < e) {
        while (p < e && (blank(*p) || *p == '>'))
            p++;
        if (p == e)
            break;
        if (r->nparts == SHEET_PARTS)
            return false;
        sheet_part *pt = &r->part[r->nparts++];
        bool star = *p == '*';
        if (star) {
            p++;
        } else if (name_char(*p)) {
            size_t k = 0;
            for (; p < e && name_char(*p); p++) {
                if (k + 1 >= sizeof pt->tag)
                    return false; /* no element of the report's has so long a name */
                pt->tag[k++] = lower(*p);
            }
            tags++;
        }
        while (p < e && (*p == '.' || *p == '#')) {
            bool id = *p == '#';
            int a = name_atom(sh, &p, e);
            if (a < 0 || a == ATOM_OVER)
                return false;
            atoms_add(&pt->need, (unsigned)a);
            ids += id;
            classes += !id;
        }
        if (p < e && !blank(*p) && *p != '>')
            return false; /* :hover, [attr], +, ~ */
        if (!pt->tag[0] && !atoms_any(&pt->need) && !star)
            return false; /* nothing a compound is made of */
    }
    if (!r->nparts)
        return false;
    r->spec = (ids > 255 ? 255 : ids) << 16 | (classes > 255 ? 255 : classes) << 8 | (tags > 255 ? 255 : tags);
    return true;
}

/* Past the bracket or parenthesis at p (close: its closer; strings in
 * it skipped), or e. */
static const char *past_group(const char *p, const char *e, char close)
{
    for (p++; p < e && *p != close; p++)
        if (*p == '"' || *p == '\'') {
            const char *q = memchr(p + 1, *p, (size_t)(e - p - 1));
            p = q ? q : e - 1;
        }
    return p < e ? p + 1 : e;
}

/* A pseudo-class or pseudo-element [s, s+n) under which a rule never
 * hides what a reader of the page sees: a state the page is not in when
 * read (:hover, :focus), text that is not the element's own (::before,
 * ::selection), or an element with no text at all (:empty). */
static bool pseudo_never(const char *s, size_t n, bool sides)
{
    static const char *const never[] = {"hover",   "focus",       "active",      "visited",   "focus-within",
                                        "focus-visible", "target", "selection",   "placeholder", "marker",
                                        "backdrop",      "disabled", "checked",   "empty",     "before",
                                        "after"};
    /* a spacing on ::before or ::after sets the element's text apart
     * from what stands beside it as the element's own would: only what
     * is never the text's (the first 14) is never asked */
    size_t nnever = sizeof never / sizeof *never - (sides ? 2 : 0);
    if (n && (s[0] == '-')) /* -webkit-scrollbar, -moz-… */
        return true;
    for (size_t i = 0; i < nnever; i++)
        if (strlen(never[i]) == n && strncasecmp(s, never[i], n) == 0)
            return true;
    return false;
}

/* Past what a selector's scan must not read as a combinator at p: an
 * escape (.\31 0) or a bracketed group ([title="a b"], :not(.x y)); NULL
 * when p starts neither. */
static const char *past_opaque(const char *p, const char *e)
{
    if (*p == '\\' && p + 1 < e)
        return past_escape(p, e);
    if (*p == '[' || *p == '(')
        return past_group(p, e, *p == '[' ? ']' : ')');
    return NULL;
}

/* The classes and ids the compounds of [s, e) (a selector before its
 * subject) name that are the subject's ancestors: each compound's, but
 * one followed by + or ~ (a sibling: its own compounds before it are
 * ancestors again). A name the sheet has no atom left for asks nothing. */
static atomset ancestor_atoms(html_sheet *sh, const char *s, const char *e)
{
    atomset need = {{0}}, own = {{0}};
    for (const char *p = s; p < e;) {
        const char *past = past_opaque(p, e);
        if (past) {
            p = past;
            continue;
        }
        if (blank(*p) || *p == '>' || *p == '+' || *p == '~') {
            const char *q = p;
            while (q < e && (blank(*q) || *q == '>' || *q == '+' || *q == '~'))
                q++;
            bool sibling = memchr(p, '+', (size_t)(q - p)) || memchr(p, '~', (size_t)(q - p));
            if (!sibling)
                atoms_or(&need, &own);
            memset(&own, 0, sizeof own);
            p = q;
            continue;
        }
        if (*p == '.' || *p == '#') {
            int a = name_atom(sh, &p, e);
            if (a >= 0)
                atoms_add(&own, (unsigned)a);
            continue;
        }
        p++;
    }
    atoms_or(&need, &own); /* [s, e) ends at the subject's combinator: the last is counted above */
    return need;
}

/* The test of an attribute selector after its name, [p, q) up to past
 * its ']': its operator into *op ('=', '~', '^', '$', '*', '|'; 0 none:
 * the attribute is there) and its value into val (cap bytes, lower
 * case); a value too long or escaped is not asked (0). */
static void attr_value(const char *p, const char *q, uint8_t *op, char *val, size_t cap)
{
    *op = 0;
    val[0] = 0;
    while (p < q && blank(*p))
        p++;
    char o = p < q ? *p : 0;
    if (o == '=')
        p++;
    else if ((o == '~' || o == '^' || o == '$' || o == '*' || o == '|') && p + 1 < q && p[1] == '=')
        p += 2;
    else
        return;
    while (p < q && blank(*p))
        p++;
    const char *v = p, *ve;
    if (p < q && (*p == '"' || *p == '\'')) {
        const char *c = memchr(p + 1, *p, (size_t)(q - p - 1));
        if (!c)
            return;
        v = p + 1;
        ve = c;
    } else {
        ve = p;
        while (ve < q && name_char(*ve))
            ve++;
    }
    size_t n = (size_t)(ve - v);
    if (n == 0 || n >= cap || memchr(v, '\\', n))
        return;
    for (size_t i = 0; i < n; i++)
        val[i] = lower(v[i]);
    val[n] = 0;
    *op = (uint8_t)o;
}

/* What the subject of selector [s, e) (its last compound) must be, into
 * m, for a rule xxgk may not evaluate: its tag, classes, id and the
 * attributes it names; what else it says ([x=v], :first-child, the
 * compounds before it) is not asked. False when the rule never hides
 * what a reader sees (pseudo_never) or m cannot hold the subject. */
static bool maybe_selector(html_sheet *sh, const char *s, const char *e, uint16_t sides, uint8_t shows,
                           sheet_maybe *m)
{
    memset(m, 0, sizeof *m);
    m->sides = sides != 0;
    m->edges = sides;
    m->shows = shows;
    const char *subj = s;
    for (const char *p = s; p < e;) {
        const char *past = past_opaque(p, e);
        if (past) {
            p = past;
            continue;
        }
        if (blank(*p) || *p == '>' || *p == '+' || *p == '~')
            subj = p + 1;
        p++;
    }
    if (sides || shows)
        m->anc_need = ancestor_atoms(sh, s, subj);
    const char *p = subj;
    if (p < e && *p == '*') {
        p++;
    } else if (p < e && name_char(*p)) {
        size_t k = 0;
        for (; p < e && name_char(*p); p++) {
            if (k + 1 >= sizeof m->tag)
                return false;
            m->tag[k++] = lower(*p);
        }
    }
    unsigned nattr = 0;
    while (p < e) {
        if (*p == '.' || *p == '#') {
            int a = name_atom(sh, &p, e);
            if (a < 0)
                return false;
            atoms_add(&m->need, (unsigned)a);
        } else if (*p == '[') {
            const char *n = p + 1, *q = past_group(p, e, ']');
            while (n < q && blank(*n))
                n++;
            size_t k = 0;
            const char *ne = n;
            while (ne < q && (name_char(*ne) || *ne == ':'))
                ne++;
            /* more, or a longer name: the first ones asked */
            if (nattr < MAYBE_ATTRS && ne > n && (size_t)(ne - n) < sizeof m->attr[0]) {
                for (; n < ne; n++)
                    m->attr[nattr][k++] = lower(*n);
                attr_value(ne, q, &m->attr_op[nattr], m->attr_val[nattr], sizeof m->attr_val[0]);
            }
            nattr += k > 0;
            p = q;
        } else if (*p == ':') {
            const char *n = ++p;
            bool element = p < e && *p == ':';
            if (element)
                n = ++p;
            while (p < e && (name_char(*p)))
                p++;
            if (pseudo_never(n, (size_t)(p - n), sides))
                return false;
            /* :first-child: html.c knows whether the element is its
             * parent's first; a left edge of one may still stand after
             * text (6<span>4</span>), so it is asked, not dropped */
            if (!element && p - n == 11 && strncasecmp(n, "first-child", 11) == 0)
                m->first = true;
            if (p < e && *p == '(')
                p = past_group(p, e, ')');
        } else {
            return false;
        }
    }
    sh->maybe_attrs |= nattr > 0;
    return true;
}

static uint32_t spec_in(const char *a, const char *b, int depth);

/* The specificity of :is(), :not(), :has() with the argument list [a,
 * b): its most specific selector's (Selectors 4), as a browser counts;
 * nested DEPTH deep already (bounded: a page's selector may nest
 * without end). */
static uint32_t spec_of_list(const char *a, const char *b, int depth)
{
    uint32_t best = 0;
    for (const char *p = a; p < b;) {
        const char *q = p;
        while (q < b && *q != ',') {
            const char *past = past_opaque(q, b);
            q = past ? past : q + 1;
        }
        uint32_t one = spec_in(p, q, depth + 1);
        best = one > best ? one : best;
        p = q < b ? q + 1 : b;
    }
    return best;
}

/* The specificity of selector [a, b), as a browser counts it (ids << 16
 * | classes, attributes and pseudo-classes << 8 | tags and
 * pseudo-elements): :where() nothing; :is(), :not(), :has() their most
 * specific argument's; other arguments in brackets (:nth-child(2n))
 * not counted: what a rule xxgk does not evaluate must reach to win
 * over one it does. */
static uint32_t spec_in(const char *a, const char *b, int depth)
{
    unsigned ids = 0, classes = 0, tags = 0;
    bool start = true; /* at a compound's start: a name there is a tag */
    for (const char *p = a; p < b;) {
        const char *past = past_opaque(p, b);
        if (*p == '[')
            classes++;
        if (past) {
            p = past;
            start = false;
            continue;
        }
        char c = *p;
        if (blank(c) || c == '>' || c == '+' || c == '~') {
            start = true;
            p++;
            continue;
        }
        if (c == '#' || c == '.' || c == ':') {
            bool element = c == ':' && p + 1 < b && p[1] == ':';
            p += element ? 2 : 1;
            const char *n = p;
            while (p < b && name_char(*p))
                p++;
            /* :where(...) counts nothing, its arguments neither */
            bool where = c == ':' && !element && p - n == 5 && strncasecmp(n, "where", 5) == 0;
            bool is = c == ':' && !element && p < b && *p == '(' &&
                      ((p - n == 2 && strncasecmp(n, "is", 2) == 0) || (p - n == 3 && strncasecmp(n, "not", 3) == 0) ||
                       (p - n == 3 && strncasecmp(n, "has", 3) == 0));
            if (is && depth < 8) {
                const char *past = past_opaque(p, b);
                uint32_t arg = spec_of_list(p + 1, past > p + 1 && past[-1] == ')' ? past - 1 : past, depth);
                ids += arg >> 16;
                classes += (arg >> 8) & 0xFF;
                tags += arg & 0xFF;
                p = past;
                start = false;
                continue;
            }
            ids += c == '#';
            classes += c == '.' || (c == ':' && !element && !where);
            tags += element;
            start = false;
            continue;
        }
        if (start && name_char(c)) {
            tags++;
            while (p < b && name_char(*p))
                p++;
        } else {
            p++;
        }
        start = false;
    }
    return (ids > 255 ? 255 : ids) << 16 | (classes > 255 ? 255 : classes) << 8 | (tags > 255 ? 255 : tags);
}

static uint32_t spec_of(const char *a, const char *b) { return spec_in(a, b, 0); }

/* Does selector [a, b) ask a state or a pseudo-element anywhere, of its
 * subject or an ancestor (td:hover .tip, a:focus span, .x::before)? A
 * rule under it shows nothing of the page as read (pseudo_never). */
static bool any_state(const char *a, const char *b)
{
    for (const char *p = a; p < b;) {
        const char *past = past_opaque(p, b);
        if (past) {
            p = past;
            continue;
        }
        if (*p != ':') {
            p++;
            continue;
        }
        const char *n = ++p;
        if (p < b && *p == ':')
            n = ++p;
        while (p < b && name_char(*p))
            p++;
        if (pseudo_never(n, (size_t)(p - n), false))
            return true;
    }
    return false;
}

/* The key of selector text [a, b) (FNV-1a), its runs of white space
 * read as one space, none kept at its ends nor beside a combinator > + ~
 * or a comma: two rules of the same selector share it however they are
 * laid out (td  span and td span, td > span and td>span, a newline
 * between compounds). */
static uint64_t sel_key(const char *a, const char *b)
{
    uint64_t k = 1469598103934665603ull;
    bool gap = false, any = false;
    for (; a < b; a++) {
        uint8_t c = (uint8_t)*a;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            gap = any;
            continue;
        }
        bool comb = c == '>' || c == '+' || c == '~' || c == ',';
        if (gap && !comb)
            k = (k ^ (uint8_t)' ') * 1099511628211ull;
        gap = false;
        any = !comb;
        k = (k ^ c) * 1099511628211ull;
    }
    return k;
}

/* Add a rule that may hide (sides: may set apart those edges, SP_LEFT
 * and SP_RIGHT bits; imp: those of them !important) for selector [a, b). */
static void add_maybe_of(html_sheet *sh, const char *a, const char *b, uint16_t sides, uint8_t shows, uint16_t imp)
{
    sheet_maybe m;
    if (!maybe_selector(sh, a, b, sides, shows, &m))
        return;
    m.edges_imp = (uint16_t)(imp & sides);
    m.shows_imp = (uint8_t)(imp & shows);
    m.spec = shows ? spec_of(a, b) : 0;
    m.sel_key = sel_key(a, b);
    m.order = sh->blocks;
    if (!vec_reserve(&sh->maybe, sh->nmaybe, &sh->capmaybe, sizeof *sh->maybe)) {
        sh->failed = true;
        return;
    }
    sh->maybe[sh->nmaybe++] = m;
}

/* A rule of selector [a, b), outside a conditional block, whose
 * declarations d set slots of a side's spacing to 0 (or a negative
 * margin): every earlier rule of that same selector's spacing on those
 * slots loses to it wherever both apply (as specific, later), unless it
 * was !important and this one is not: the page proves that edge is not
 * set apart (td span:first-child{margin-right:2em} then
 * td span:first-child{margin-right:0}: never a false L037). */
static void undo_sides(html_sheet *sh, const char *a, const char *b, const html_decls *d)
{
    uint16_t zero = (uint16_t)(d->sp_set & ~d->sp_on & SP_SIDES);
    if (!zero)
        return;
    uint64_t key = sel_key(a, b);
    for (size_t i = 0; i < sh->nmaybe; i++) {
        sheet_maybe *m = &sh->maybe[i];
        if (!m->sides || m->box || m->sel_key != key)
            continue; /* a box its display makes is apart by its size too */
        uint16_t beaten = (uint16_t)(zero & (d->sp_imp | (uint16_t)~m->edges_imp));
        m->edges = (uint16_t)(m->edges & ~beaten);
        m->edges_imp = (uint16_t)(m->edges_imp & ~beaten);
    }
}

static void add_maybe(html_sheet *sh, const char *a, const char *b, uint16_t sides)
{
    add_maybe_of(sh, a, b, sides, 0, 0);
}

/* What of display and visibility declarations d set to show (CSS_DISPLAY:
 * a display other than none; CSS_VIS: visibility visible or initial,
 * which show inside a hidden parent too): what they may undo of a
 * hiding. */
static uint8_t decls_show(const html_decls *d)
{
    return (uint8_t)(((d->set & CSS_DISPLAY) && !d->none ? CSS_DISPLAY : 0) |
                     ((d->set & CSS_VIS) && d->visible ? CSS_VIS : 0));
}

/* Do the declarations d hide, or make unseen, what they apply to? White
 * text does not when the same rule gives it a background of its own that
 * is not white (a header row: background #4472c4, color white). */
static bool decls_hide(const html_decls *d)
{
    bool own_bg = (d->set & CSS_BG) && d->bg != HCOLOR_UNSET && d->bg != HCOLOR_CLEAR && d->bg != 0xFFFFFF;
    return ((d->set & CSS_DISPLAY) && d->none) || ((d->set & CSS_VIS) && d->hidden) ||
           ((d->set & CSS_SIZE) && d->size0) || ((d->set & CSS_OPACITY) && d->clear) ||
           ((d->set & CSS_FG) && (d->fg == HCOLOR_CLEAR || (d->fg == 0xFFFFFF && !own_bg)));
}

/* The comma that ends the selector at p of the list [p, e), or e: one
 * outside any bracket, string or escape (.x:not(.a,#b) is one selector,
 * its comma :not()'s; [title="a,b"] too). *open tells whether a bracket
 * is left open at e (.x:is(#a,.b{…}: the rule is not well formed, a
 * browser drops it, and the rest of the list with it). */
static const char *list_comma(const char *p, const char *e, bool *open)
{
    int depth = 0;
    for (; p < e; p++) {
        if (*p == '\\' && p + 1 < e)
            p++;
        else if (*p == '"' || *p == '\'') {
            const char *q = memchr(p + 1, *p, (size_t)(e - p - 1));
            p = q ? q : e - 1;
            depth += q ? 0 : 1; /* a string left open */
        } else if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
            depth--;
        else if (*p == ',' && depth == 0)
            return p;
    }
    *open = *open || depth > 0;
    return e;
}

/* Is a bracket or a string of the selector list [s, e) left open
 * (list_comma)? */
static bool list_open(const char *s, const char *e)
{
    bool open = false;
    for (const char *p = s; p < e;) {
        const char *q = list_comma(p, e, &open);
        p = q < e ? q + 1 : e;
    }
    return open;
}

/* The rule "selectors { declarations }": one per selector of the list
 * xxgk reads, when the declarations say something of html_decls; a rule
 * that may hide (sheet_maybe) per selector it does not read when they
 * hide, and per selector when they make a box of size 0 that clips. */
/* doubt: the rule stands in a conditional block xxgk does not evaluate
 * (@media (min-width:…), @supports): it may apply, so none of its
 * selectors is read, each is one that may hide or set apart. */
static void rule(html_sheet *sh, const char *s, const char *e, const char *ds, const char *de, bool doubt)
{
    html_decls d;
    memset(&d, 0, sizeof d);
    html_style_decls(ds, de, &d);
    bool box0 = html_style_box0(ds, de) != 0;
    if (!d.set && !d.sp_set && !box0)
        return;
    if (list_open(s, e))
        return; /* not well formed: a browser drops the rule (list_comma) */
    bool hides = decls_hide(&d);
    sh->blocks++; /* its selectors' rules share its place in the sheet */
    for (const char *p = s; p < e;) {
        bool open = false;
        const char *q = list_comma(p, e, &open);
        const char *a = p, *b = q;
        while (a < b && blank(*a))
            a++;
        while (b > a && blank(b[-1]))
            b--;
        sheet_rule r;
        bool read = !doubt && a < b && selector(sh, a, b, &r);
        if (read && (d.set || d.sp_set)) {
            if (!vec_reserve(&sh->rules, sh->n, &sh->cap, sizeof *sh->rules)) {
                sh->failed = true;
                return;
            }
            r.d = d;
            r.order = sh->blocks;
            sh->rules[sh->n++] = r;
        }
        if (a < b && (box0 || (!read && hides)))
            add_maybe(sh, a, b, 0);
        /* a margin or padding on a side, of a selector not read (an
         * attribute, a pseudo-class, a sibling): the elements its subject
         * may stand for may be set apart (html.c), never silently not; so
         * may a box the rule makes of them, an inline one given a size or
         * a spacing (display:inline-block;width:3em) or a block, as the
         * cascade's own rules do (html.c on_start) */
        bool boxes = (d.set & CSS_DISPLAY) && ((d.disp == DISP_INLINE && d.sp_on) || d.disp == DISP_BLOCK);
        uint16_t edges = boxes ? SP_SIDES : (uint16_t)(d.sp_on & SP_SIDES);
        if (a < b && !read && !doubt)
            undo_sides(sh, a, b, &d);
        size_t before = sh->nmaybe;
        if (a < b && !read && edges)
            add_maybe_of(sh, a, b, edges, 0, d.sp_imp);
        if (sh->nmaybe > before)
            sh->maybe[before].box = boxes;
        /* a display or a visibility that shows, of a selector not read
         * (.box > .x:first-of-type{display:inline}), outside any
         * conditional block (a phone's @media (max-width:…), @supports,
         * prefers-color-scheme may not be the page as read) and under no
         * state (td:hover .tip): what a rule read hides may be shown by
         * it when it is as specific or more (html.c), so its text is read
         * and told (L040), never left out silently */
        uint8_t shows = decls_show(&d);
        if (a < b && !read && !doubt && shows && !any_state(a, b))
            add_maybe_of(sh, a, b, 0, shows, d.imp);
        p = q + 1;
    }
}

/* What a conditional group rule says of the page read on a screen:
 * its rules apply (MEDIA_YES), may apply (MEDIA_MAYBE: a condition xxgk
 * does not evaluate) or never do (MEDIA_NO). */
enum { MEDIA_NO, MEDIA_MAYBE, MEDIA_YES };

/* Is [s, s+n) the word w (lower case), in any case? */
static bool is_word(const char *s, size_t n, const char *w) { return strlen(w) == n && strncasecmp(s, w, n) == 0; }

/* The width of the page as read: a desktop's screen. A report's figures
 * are read as the desktop view of the page shows them. */
enum { DESKTOP_PX = 1024 };

/* The length [s, e) in CSS pixels (px; em and rem of 16px), -1 when not
 * such a length. */
static long css_px(const char *s, const char *e)
{
    while (s < e && blank(*s))
        s++;
    while (e > s && blank(e[-1]))
        e--;
    long v = 0, frac = 0, div = 1;
    const char *p = s;
    for (; p < e && *p >= '0' && *p <= '9' && v < 100000; p++)
        v = v * 10 + (*p - '0');
    if (p == s)
        return -1;
    if (p < e && *p == '.')
        for (p++; p < e && *p >= '0' && *p <= '9' && div < 1000; p++, div *= 10)
            frac = frac * 10 + (*p - '0');
    size_t n = (size_t)(e - p);
    if (is_word(p, n, "px"))
        return v + (frac ? 1 : 0); /* 768.98px: past 768 */
    if (is_word(p, n, "em") || is_word(p, n, "rem"))
        return v * 16 + (frac * 16 + div - 1) / div;
    return -1;
}

/* What a width feature "name: length" says of the desktop view
 * (MEDIA_*): min-width of at most DESKTOP_PX yes (Bootstrap's md and lg,
 * a site's "PC" layout from 769px on); max-width under DESKTOP_PX no (a
 * phone's layout, @media (max-width:768px)); a max-width of DESKTOP_PX
 * or more maybe, as any other width, a device's width, an orientation,
 * prefers-*: a desktop's window is 1024 to 1920px wide or more, and
 * (max-width:1366px) is met by some and not by others. */
static int width_feature(const char *f, const char *fe, const char *v, const char *ve)
{
    bool min = is_word(f, (size_t)(fe - f), "min-width"), max = is_word(f, (size_t)(fe - f), "max-width");
    long px = min || max ? css_px(v, ve) : -1;
    if (px < 0)
        return MEDIA_MAYBE;
    if (min)
        return px <= DESKTOP_PX ? MEDIA_YES : MEDIA_MAYBE;
    return px < DESKTOP_PX ? MEDIA_NO : MEDIA_MAYBE;
}

/* What the condition [s, e) of a media query, "(…) and (…)", says of
 * the desktop view (MEDIA_*): no when a feature of it is not met, yes
 * when each is (width_feature), maybe otherwise. */
static int desktop_meets(const char *s, const char *e)
{
    int kind = MEDIA_YES;
    bool any = false;
    for (const char *p = s; p < e;) {
        while (p < e && blank(*p))
            p++;
        if (p == e)
            break;
        if (*p == '(') {
            const char *c = memchr(p, ')', (size_t)(e - p));
            if (!c)
                return MEDIA_MAYBE;
            const char *f = p + 1;
            while (f < c && blank(*f))
                f++;
            const char *colon = memchr(f, ':', (size_t)(c - f));
            const char *fe = colon ? colon : f;
            while (fe > f && blank(fe[-1]))
                fe--;
            int one = colon ? width_feature(f, fe, colon + 1, c) : MEDIA_MAYBE;
            if (one == MEDIA_NO)
                return MEDIA_NO; /* one feature not met: the query is not */
            kind = one < kind ? one : kind;
            any = true;
            p = c + 1;
            continue;
        }
        const char *x = p;
        while (x < e && !blank(*x) && *x != '(')
            x++;
        if (!is_word(p, (size_t)(x - p), "and"))
            return MEDIA_MAYBE;
        p = x;
    }
    return any ? kind : MEDIA_MAYBE;
}

/* The media query list [s, e) of an @media: a query of "screen", "all"
 * ("only screen") or none applies; one of another type alone (print,
 * speech) never; one with a condition ("(min-width:…)", "screen and
 * (…)", "not print") may: the reader's screen is not known. The list
 * applies when one of its queries does. */
static int media_kind(const char *s, const char *e)
{
    int best = MEDIA_NO;
    while (s < e && blank(*s))
        s++;
    while (e > s && blank(e[-1]))
        e--;
    if (s == e)
        return MEDIA_YES; /* @media {…}, @media  {…}: no query, for every medium */
    for (const char *p = s; p < e;) {
        const char *q = p;
        int depth = 0;
        while (q < e && (depth || *q != ',')) {
            depth += *q == '(' ? 1 : *q == ')' ? -1 : 0;
            q++;
        }
        /* one query [p, q) */
        int kind = MEDIA_YES;
        bool typed = false, words = false;
        for (const char *w = p; w < q;) {
            while (w < q && blank(*w))
                w++;
            if (w == q)
                break;
            words = true;
            if (*w == '(') {
                kind = desktop_meets(w, q);
                break;
            }
            const char *x = w;
            while (x < q && !blank(*x) && *x != '(')
                x++;
            size_t n = (size_t)(x - w);
            if (is_word(w, n, "only")) {
            } else if (!typed && (is_word(w, n, "screen") || is_word(w, n, "all"))) {
                typed = true;
            } else if (typed && is_word(w, n, "and") && x < q) {
                /* screen and (min-width:768px): the condition follows */
            } else if (!typed && !is_word(w, n, "not") && !is_word(w, n, "and")) {
                typed = true;
                kind = MEDIA_NO; /* print, speech, tv… */
                break;
            } else {
                kind = MEDIA_MAYBE; /* not, and …: a condition */
                break;
            }
            w = x;
        }
        if (!words)
            kind = MEDIA_NO; /* an empty query in a list */
        best = kind > best ? kind : best;
        p = q + (q < e);
    }
    return best;
}

/* What the at-rule [kw, kw+n) with prelude [s, e) and a block is to the
 * rules in that block (MEDIA_*): @media as its queries say; @supports,
 * @container, @layer, @document, @scope may (xxgk does not evaluate
 * them, nor a layer's place in the cascade); @font-face, @page,
 * @keyframes and the rest hold no rules of elements: MEDIA_NO. */
static int at_kind(const char *kw, size_t n, const char *s, const char *e)
{
    if (is_word(kw, n, "media"))
        return media_kind(s, e);
    static const char *const groups[] = {"supports", "container", "layer", "document", "-moz-document", "scope",
                                         "starting-style"};
    for (size_t i = 0; i < sizeof groups / sizeof *groups; i++)
        if (is_word(kw, n, groups[i]))
            return MEDIA_MAYBE;
    return MEDIA_NO;
}

/* The deepest conditional groups read within each other */
enum { AT_DEPTH = 4 };

static void rules(html_sheet *sh, const char *p, const char *e, int depth, bool doubt)
{
    while ((p = skip_junk(p, e)) < e) {
        if (*p == '}') { /* a stray one */
            p++;
            continue;
        }
        const char *brace = p, *semi = NULL;
        while (brace < e && *brace != '{' && !(*p == '@' && *brace == ';')) {
            if (*brace == '}') /* a selector without a block */
                break;
            brace++;
        }
        if (brace < e && *brace == ';') {
            semi = brace;
            p = semi + 1; /* @import, @charset */
            continue;
        }
        if (brace >= e || *brace == '}') {
            p = brace + (brace < e);
            continue;
        }
        const char *end = block_end(brace, e);
        if (*p == '@') {
            const char *kw = p + 1, *k = kw;
            while (k < brace && name_char(*k))
                k++;
            int kind = at_kind(kw, (size_t)(k - kw), k, brace);
            /* deeper than AT_DEPTH: may apply */
            if (kind != MEDIA_NO && depth < 64)
                rules(sh, brace + 1, end > brace + 1 && end[-1] == '}' ? end - 1 : end, depth + 1,
                      doubt || kind == MEDIA_MAYBE || depth >= AT_DEPTH);
            else if (kind != MEDIA_NO && !sh->deep) {
                /* deeper than any page's sheet nests: what its rules
                 * say is not read, so any element may be hidden or set
                 * apart by them */
                static const char any[] = "*";
                sh->deep = true;
                add_maybe(sh, any, any + 1, 0);
                add_maybe(sh, any, any + 1, SP_SIDES);
            }
            /* @font-face, @page, @keyframes and the rest say nothing of it */
        } else {
            rule(sh, p, brace, brace + 1, end > brace + 1 && end[-1] == '}' ? end - 1 : end, doubt);
        }
        p = end;
    }
}

/* What of the properties the sheet's rules can make unseen: display and
 * visibility when a rule hides, a size or an opacity when one is 0, a
 * background when one is set, a colour when one is transparent, white
 * (the page's background) or the background a rule sets. The rest of
 * what rules say (display:block, font-size:10.5pt, color:blue) only
 * matters against such a rule (html_sheet_prune). */
static uint8_t danger(const html_sheet *sh)
{
    uint8_t dg = sh->nmaybe ? CSS_MAYBE : 0;
    for (size_t i = 0; i < sh->nmaybe; i++)
        if (sh->maybe[i].sides)
            dg |= CSS_SIDES; /* a style's spacing of 0 may undo it */
    for (size_t i = 0; i < sh->n; i++) {
        const html_decls *d = &sh->rules[i].d;
        /* display:none hides; display:inline joins a block's text to
         * the text around it (html.c, in a table's cell), and a
         * !important block undoes a style's inline */
        if ((d->set & CSS_DISPLAY) &&
            (d->none || d->disp == DISP_INLINE || (d->disp == DISP_BLOCK && (d->imp & CSS_DISPLAY))))
            dg |= CSS_DISPLAY;
        if ((d->set & CSS_VIS) && d->hidden)
            dg |= CSS_VIS;
        if ((d->set & CSS_SIZE) && d->size0)
            dg |= CSS_SIZE;
        if ((d->set & CSS_OPACITY) && d->clear)
            dg |= CSS_OPACITY;
        if ((d->set & CSS_BG) && d->bg != HCOLOR_UNSET)
            dg |= CSS_BG | CSS_FG; /* any colour may be the one it sets */
        if ((d->set & CSS_FG) && (d->fg == HCOLOR_CLEAR || d->fg == 0xFFFFFF))
            dg |= CSS_FG;
        /* a <span>'s margin on a side: apart in a cell; an !important
         * one of 0 undoes a style's */
        if (d->sp_on || d->sp_imp)
            dg |= CSS_SIDES;
    }
    return dg;
}

void html_sheet_add(html_sheet *sh, const char *s, const char *e)
{
    rules(sh, s, e, 0, false);
    sh->danger = danger(sh);
}

/* The declaration whose name starts at NS and whose ':' is at C, its value
 * up to ';' or '}' (at most E), read alone into *D. */
static void rule_decl(const char *ns, const char *c, const char *e, html_decls *d)
{
    const char *ve = c + 1;
    while (ve < e && *ve != ';' && *ve != '}')
        ve++;
    memset(d, 0, sizeof *d);
    html_style_decls(ns, ve, d);
}

/* A declaration's property whose value may make text unseen? */
static bool prop_matters(const char *s, size_t n)
{
    static const char *const props[] = {"display", "visibility", "opacity", "background", "background-color",
                                        "background-image", "color", "font-size"};
    for (size_t i = 0; i < sizeof props / sizeof *props; i++)
        if (strlen(props[i]) == n && lower(s[0]) == props[i][0] && strncasecmp(s, props[i], n) == 0)
            return true;
    return false;
}

/* An element whose box is inline where no display says otherwise: one
 * html.c sets apart by a margin or padding on a side in a table's cell
 * (html_phrase_name's, and the rest of HTML's phrasing elements). */
static bool inline_name(const char *s, size_t n)
{
    static const char *const names[] = {"sup", "sub", "code", "abbr", "cite", "q", "tt", "var", "kbd", "samp",
                                        "dfn", "bdo", "bdi", "nobr", "time", "data", "output", "s", "strike", "del"};
    if (html_phrase_name(s, n))
        return true;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && strncasecmp(s, names[i], n) == 0)
            return true;
    return false;
}

/* Can a rule whose selectors are [s, e) give a spacing on a side to an
 * inline box holding text in a table's cell? Each selector's subject (its
 * last compound): an inline element's tag (span, td span, .x font) or
 * none (*, a class, an id: which elements carry it is not looked for, a
 * search of the page for each name costing more than reading the sheet);
 * a block's (td, p, div: a padding inside its box sets nothing apart) no
 * more than @page's margins do. */
static bool side_rule_reaches(const char *s, const char *e)
{
    if (s < e && *s == '@')
        return false; /* @page, @font-face */
    if (memchr(s, '\\', (size_t)(e - s)))
        return true; /* an escape (.\31 0): where its subject starts is not looked for */
    for (const char *p = s; p < e;) {
        const char *comma = memchr(p, ',', (size_t)(e - p));
        const char *b = comma ? comma : e, *a = p;
        p = b + 1;
        while (b > a && blank(b[-1]))
            b--;
        const char *subj = b;
        while (subj > a && !blank(subj[-1]) && subj[-1] != '>' && subj[-1] != '+' && subj[-1] != '~')
            subj--;
        const char *t = subj;
        while (t < b && name_char(*t))
            t++;
        if (t > subj) {
            if (inline_name(subj, (size_t)(t - subj)))
                return true;
            continue;
        }
        return true; /* no tag: a class, an id, anything */
    }
    return false;
}

/* The selectors of the rule whose block holds the byte at c: from the
 * end of what comes before it ('}', '{', ';' or the start s) to its '{'
 * (*open); false when c is in no block. */
static bool rule_selectors(const char *s, const char *c, const char **sel, const char **open)
{
    const char *o = c;
    while (o > s && o[-1] != '{' && o[-1] != '}')
        o--;
    if (o == s || o[-1] != '{')
        return false;
    const char *st = o - 1;
    while (st > s && st[-1] != '}' && st[-1] != '{' && st[-1] != ';')
        st--;
    while (st < o - 1 && (blank(*st) || *st == '/'))
        st++;
    /* a comment before it: from its end */
    for (const char *q = st; q + 1 < o - 1; q++)
        if (q[0] == '*' && q[1] == '/')
            st = q + 2;
    while (st < o - 1 && blank(*st))
        st++;
    *sel = st;
    *open = o - 1;
    return true;
}

bool html_sheet_may_hide(const char *s, const char *e)
{
    /* a box of size 0 that clips (html_style_box0): read the rules */
    for (const char *p = s; p + 8 <= e; p++)
        if ((p[0] | 0x20) == 'o' && strncasecmp(p, "overflow", 8) == 0)
            return true;
    /* at each colon: the property before it, the value after it */
    for (const char *c = memchr(s, ':', (size_t)(e - s)); c; c = memchr(c + 1, ':', (size_t)(e - c - 1))) {
        const char *ne = c;
        while (ne > s && blank(ne[-1]))
            ne--;
        const char *ns = ne;
        while (ns > s && (((ns[-1] | 0x20) >= 'a' && (ns[-1] | 0x20) <= 'z') || ns[-1] == '-'))
            ns--;
        if (ns == ne)
            continue;
        if (!prop_matters(ns, (size_t)(ne - ns))) {
            /* a margin, padding or border on a side: it sets an inline
             * box apart in a table's cell (html.c) */
            size_t nn = (size_t)(ne - ns);
            if (nn >= 6 && ((ns[0] | 0x20) == 'm' || (ns[0] | 0x20) == 'p' || (ns[0] | 0x20) == 'b')) {
                html_decls d;
                rule_decl(ns, c, e, &d);
                const char *sel, *open;
                /* a side's spacing, or an !important one of 0 that
                 * undoes a style's (span{margin-right:0 !important}) */
                if ((d.sp_set & (d.sp_on | d.sp_imp) & SP_SIDES) &&
                    (!rule_selectors(s, ns, &sel, &open) || side_rule_reaches(sel, open)))
                    return true;
            }
            continue;
        }
        html_decls d;
        rule_decl(ns, c, e, &d);
        bool disp = d.none || d.disp == DISP_INLINE || (d.disp == DISP_BLOCK && (d.imp & CSS_DISPLAY));
        if (((d.set & CSS_DISPLAY) && disp) || ((d.set & CSS_VIS) && d.hidden) || ((d.set & CSS_SIZE) && d.size0) ||
            ((d.set & CSS_OPACITY) && d.clear) || ((d.set & CSS_BG) && d.bg != HCOLOR_UNSET) ||
            ((d.set & CSS_FG) && (d.fg == HCOLOR_CLEAR || d.fg == 0xFFFFFF)))
            return true;
    }
    return false;
}

void html_sheet_prune(html_sheet *sh)
{
    size_t k = 0;
    for (size_t i = 0; i < sh->n; i++) {
        sheet_rule r = sh->rules[i];
        r.d.set &= sh->danger;
        r.d.imp &= sh->danger;
        /* the spacings (html.c's inline boxes set apart) matter when a
         * rule gives one: a rule of 0 may then undo it */
        if (!(sh->danger & CSS_SIDES))
            r.d.sp_set = r.d.sp_on = r.d.sp_imp = 0;
        if (r.d.set || r.d.sp_set)
            sh->rules[k++] = r;
    }
    sh->n = k;
}

bool html_sheet_holds(const html_sheet *sh, const char *v, size_t n, bool id)
{
    for (size_t i = 0; i < n;) {
        while (i < n && blank(v[i]))
            i++;
        size_t st = i;
        while (i < n && !blank(v[i]))
            i++;
        if (i > st && (sh->over || find_atom(sh, v + st, i - st, id) >= 0))
            return true; /* past the atoms: any may be one the sheet names */
    }
    return false;
}

static bool named(const html_sheet *sh, const char *page, char c, const char *s, size_t n);

/* The atoms of the names of class (id: id) attribute value v into m: a
 * name the sheet holds no atom of but its selectors name (an escaped
 * one, past the atoms) the shared ATOM_OVER. */
static void atoms_of(const html_sheet *sh, const char *page, const char *v, bool id, atomset *m)
{
    size_t n = strlen(v), st, k;
    for (size_t i = 0; (k = html_next_token(v, n, &i, &st)) > 0;) {
        int a = find_atom(sh, v + st, k, id);
        if (a >= 0)
            atoms_add(m, (unsigned)a);
        else if (sh->over && (!page || sh->escaped || named(sh, page, id ? '#' : '.', v + st, k)))
            atoms_add(m, ATOM_OVER);
    }
}

void html_sheet_atoms(const html_sheet *sh, const char *page, const char *cls, const char *id, atomset *out)
{
    memset(out, 0, sizeof *out);
    if (cls)
        atoms_of(sh, page, cls, false, out);
    if (id)
        atoms_of(sh, page, id, true, out);
}

/* Does value v (an attribute's) pass test op val (attr_value), any
 * case? */
static bool value_fits(const char *v, uint8_t op, const char *val)
{
    size_t n = strlen(v), k = strlen(val);
    switch (op) {
    case 0: return true;
    case '=': return n == k && strcasecmp(v, val) == 0;
    case '^': return n >= k && strncasecmp(v, val, k) == 0;
    case '$': return n >= k && strcasecmp(v + n - k, val) == 0;
    case '|': return n >= k && strncasecmp(v, val, k) == 0 && (n == k || v[k] == '-');
    case '*':
        for (size_t i = 0; i + k <= n; i++)
            if (strncasecmp(v + i, val, k) == 0)
                return true;
        return false;
    default: { /* '~': one of its blank-separated words */
        size_t st, w;
        for (size_t i = 0; (w = html_next_token(v, n, &i, &st)) > 0;)
            if (w == k && strncasecmp(v + st, val, k) == 0)
                return true;
        return false;
    }
    }
}

/* Has the element attribute name [n] (as libxml2 gives it) of a value
 * that passes test op val? */
static bool has_attr(const xmlChar **atts, const char *name, uint8_t op, const char *val)
{
    for (int i = 0; atts && atts[i]; i += 2)
        if (strcasecmp((const char *)atts[i], name) == 0)
            return value_fits(atts[i + 1] ? (const char *)atts[i + 1] : "", op, val);
    return false;
}

/* Does maybe rule m's subject fit the element (name, atoms, atts)? */
static bool maybe_fits(const sheet_maybe *m, const char *name, const atomset *atoms, const xmlChar **atts)
{
    if (!atoms_cover(atoms, &m->need) || (m->tag[0] && strcasecmp(m->tag, name) != 0))
        return false;
    for (unsigned k = 0; k < MAYBE_ATTRS && m->attr[k][0]; k++)
        if (!has_attr(atts, m->attr[k], m->attr_op[k], m->attr_val[k]))
            return false;
    return true;
}

bool html_sheet_maybe(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts)
{
    for (size_t i = 0; i < sh->nmaybe; i++)
        if (!sh->maybe[i].sides && !sh->maybe[i].shows && maybe_fits(&sh->maybe[i], name, atoms, atts))
            return true;
    return false;
}

uint8_t html_sheet_maybe_shows(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts,
                               const atomset *above, bool first, uint8_t hide, const uint64_t rank[2])
{
    uint8_t undo = 0;
    for (size_t i = 0; i < sh->nmaybe; i++) {
        const sheet_maybe *m = &sh->maybe[i];
        uint8_t wins = 0;
        for (int b = 0; b < 2; b++) {
            /* more specific, or as specific and later: it wins the tie */
            uint8_t bit = b ? CSS_VIS : CSS_DISPLAY;
            uint64_t own = (uint64_t)((m->shows_imp & bit ? 1u << 24 : 0) | m->spec) << 32 | m->order;
            if ((m->shows & hide & bit) && own > rank[b])
                wins |= bit;
        }
        if (wins && (!m->first || first) && atoms_cover(above, &m->anc_need) && maybe_fits(m, name, atoms, atts))
            undo |= wins;
    }
    return undo;
}

uint16_t html_sheet_maybe_sides(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts,
                                const atomset *above, bool first, const uint16_t won[2])
{
    uint16_t edges = 0;
    for (size_t i = 0; i < sh->nmaybe; i++) {
        const sheet_maybe *m = &sh->maybe[i];
        /* a slot the element's style (or an !important rule read) sets
         * is the style's whatever this rule says, unless this one is
         * !important and the style's not */
        uint16_t may = (uint16_t)(m->edges & ~((won[0] & ~m->edges_imp) | (won[1] & m->edges_imp)));
        if (m->sides && may && (!m->first || first) && atoms_cover(above, &m->anc_need) &&
            maybe_fits(m, name, atoms, atts))
            edges |= may;
    }
    return edges;
}

void html_sheet_free(html_sheet *sh)
{
    free(sh->maybe);
    free(sh->rules);
    free(sh->names);
    free(sh->sel);
    memset(sh, 0, sizeof *sh);
}

bool html_phrase_name(const char *s, size_t n)
{
    /* asked of every start tag the skim reads: by length first */
    char c = lower(s[0]);
    switch (n) {
    case 1: return c == 'a' || c == 'b' || c == 'i' || c == 'u';
    case 2: return c == 'e' && lower(s[1]) == 'm';
    case 3: return c == 'b' ? strncasecmp(s, "big", 3) == 0 : c == 'i' && strncasecmp(s, "ins", 3) == 0;
    case 4:
        return c == 's'   ? strncasecmp(s, "span", 4) == 0
               : c == 'f' ? strncasecmp(s, "font", 4) == 0
                          : c == 'm' && strncasecmp(s, "mark", 4) == 0;
    case 5: return c == 's' ? strncasecmp(s, "small", 5) == 0 : c == 'l' && strncasecmp(s, "label", 5) == 0;
    case 6: return c == 's' && strncasecmp(s, "strong", 6) == 0;
    default: return false;
    }
}

/* Word's own classes on runs: its styles (MsoHyperlink…) and its marks
 * of spelling and grammar (SpellE, GramE), which never hide. */
static bool word_class(const char *s, size_t n)
{
    return (n >= 3 && strncasecmp(s, "mso", 3) == 0) || (n == 6 && strncasecmp(s, "spelle", 6) == 0) ||
           (n == 5 && strncasecmp(s, "grame", 5) == 0);
}

/* The key of name [s, s+n) of kind c ('.' a class, '#' an id): FNV-1a
 * over c and the name's bytes, ASCII letters lowercased (class and id
 * names match so in an HTML page in quirks mode, as the old pages are). */
static uint64_t name_key(char c, const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u;
    h = (h ^ (uint8_t)c) * 1099511628211u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)lower(s[i])) * 1099511628211u;
    return h;
}

/* Is [s, s+n) of kind c a name of the sheet's selectors? */
/* print: a name noted under @media print counts too */
static bool named_in(const html_sheet *sh, const char *page, char c, const char *s, size_t n, bool print)
{
    uint64_t key = name_key(c, s, n);
    size_t lo = 0, hi = sh->nsel;
    if (sh->sel_sorted) { /* the first of the key */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (sh->sel[mid].key < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        hi = sh->nsel;
    }
    for (size_t k = lo; k < hi && (!sh->sel_sorted || sh->sel[k].key == key); k++)
        if (sh->sel[k].key == key && sh->sel[k].len == n && (print || !sh->sel[k].print) &&
            strncasecmp(page + sh->sel[k].at, s, n) == 0)
            return true;
    return false;
}

static bool named(const html_sheet *sh, const char *page, char c, const char *s, size_t n)
{
    return named_in(sh, page, c, s, n, false);
}

bool html_sheet_names(const html_sheet *sh, const char *page, const char *v, bool id)
{
    return html_sheet_names_in(sh, page, v, id, false);
}

bool html_sheet_names_in(const html_sheet *sh, const char *page, const char *v, bool id, bool print)
{
    size_t len = strlen(v), st, k;
    for (size_t i = 0; (k = html_next_token(v, len, &i, &st)) > 0;)
        if ((id || !word_class(v + st, k)) && !named_in(sh, page, id ? '#' : '.', v + st, k, print))
            return false;
    return true;
}

/* The class and id names of a rule's selector [a, b) of the page kept;
 * out of memory: the sheet failed, and a class it would have named is
 * not explained (told). */
static void add_selector(html_sheet *sh, const char *page, const char *a, const char *b, bool print)
{
    for (const char *q = a; q < b; q++) {
        if (*q != '.' && *q != '#')
            continue;
        const char *r = q + 1;
        while (r < b && name_char(*r))
            r++;
        if (r > q + 1) {
            if (!vec_reserve(&sh->sel, sh->nsel, &sh->capsel, sizeof *sh->sel)) {
                sh->failed = true;
                return;
            }
            sh->sel[sh->nsel++] =
                (sheet_name){name_key(*q, q + 1, (size_t)(r - q - 1)), (uint32_t)(q + 1 - page), (uint32_t)(r - q - 1),
                             print};
            sh->sel_sorted = false;
        }
        q = r - 1;
    }
}

static int by_key(const void *x, const void *y)
{
    uint64_t a = ((const sheet_name *)x)->key, b = ((const sheet_name *)y)->key;
    return a < b ? -1 : a > b;
}

void html_sheet_index(html_sheet *sh)
{
    if (sh->nsel > 1)
        qsort(sh->sel, sh->nsel, sizeof *sh->sel, by_key);
    sh->sel_sorted = true;
}

/* stylesheet → (selector { … } | @media screen { stylesheet } | @supports … { stylesheet } | @… )*:
 * the selectors as rules() walks them, so a name in a comment, in a
 * declaration or under @media print names nothing; one pass, linear. */
/* print: in a block for other media (@media print): its names are
 * noted as such, the page's own classes but none for a screen */
static void selectors(html_sheet *sh, const char *page, const char *p, const char *e, int depth, bool print)
{
    while ((p = skip_junk(p, e)) < e) {
        if (*p == '}') {
            p++;
            continue;
        }
        const char *brace = p;
        while (brace < e && *brace != '{' && *brace != '}' && !(*p == '@' && *brace == ';'))
            brace++;
        if (brace >= e || *brace != '{') {
            p = brace + (brace < e);
            continue;
        }
        const char *end = block_end(brace, e);
        if (*p != '@') {
            add_selector(sh, page, p, brace, print);
        } else {
            const char *kw = p + 1, *k = kw;
            while (k < brace && name_char(*k))
                k++;
            bool media = is_word(kw, (size_t)(k - kw), "media");
            int kind = at_kind(kw, (size_t)(k - kw), k, brace);
            if (depth < 64 && (kind != MEDIA_NO || media))
                selectors(sh, page, brace + 1, end > brace + 1 && end[-1] == '}' ? end - 1 : end, depth + 1,
                          print || kind == MEDIA_NO);
        }
        p = end;
    }
}

void html_sheet_note_selectors(html_sheet *sh, const char *page, const char *s, const char *e)
{
    selectors(sh, page, s, e, 0, false);
}
