/* Run-together page text: virtual line breaks (see pagetext.h).
 *
 * Only lines of PT_MIN_LINE bytes or more are searched, and lines that
 * start with a heading whose text runs on after it, and only a heading
 * that the grammar can expect there counts: a numeral in a heading's
 * numbering (lexer.re sec_num: 一、 第一部分 （一） …), then a title of that
 * numeral's own section, after every section found so far. An
 * ordinary report (a line per heading) gets no breaks and reads as before. */
#include <string.h>
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "filter_text.h"
#include "lex.h"
#include "numerals.h"
#include "pagetext.h"
#include "script_fold.h"
#include "utf8.h"

enum {
    PT_WINDOW = 40,   /* code points of a heading title looked at */
    PT_MIN_INLINE = 2 /* inline headings that make a document page text */
};

/* The label entries that can be a section's title: from the first section
 * entry of labels.def to the last (match_title looks at no other), and
 * each section's own titles (LK_SEC, key sec, not variant 2) in the order
 * of labels.def, so that match_title_len reads its few and not all: the
 * lists genlabels made (label_section_titles), n[sec] of them. */
typedef struct pt_titles {
    const struct label_entry *from, *to;
    const short *entry[XXGK_SEC__COUNT];
    unsigned char n[XXGK_SEC__COUNT];
} pt_titles;

enum { PT_TITLE_LEADS = 16 };

/* The search for a section's titles further on (title_ahead): the first
 * characters of its titles, the next place of each (valid at or after
 * the place asked; 0 before the first search), and the first title found
 * (`at`, the document's length when none: valid while at or after the
 * place asked). */
typedef struct pt_ahead {
    bool known, searched;
    int n, titles; /* leads [0, titles) a title's, [titles, n) the section's numeral's */
    int style;     /* the numbering whose numeral the leads hold (enum xxgk_numbering) */
    bool bufen;    /* numbered 第…部分 */
    uint8_t lead[PT_TITLE_LEADS][3];
    uint32_t next[PT_TITLE_LEADS], at;
} pt_ahead;

typedef struct pt_list {
    xxgk_doc *doc;
    pt_break *v;
    size_t n, cap;
    pt_titles titles;
    bool template_seen; /* a heading numbered 一、 一. 第一部分 was found (style_opens) */
    bool last_dun;      /* the last heading found was numbered 一、 (pt_seek_of) */
    pt_ahead *ahead; /* title_ahead's search of each section's titles (XXGK_SEC__COUNT), made at its first */
    uint32_t *unproven; /* numbers' unproven ends (missed_glued), in order */
    size_t nunproven, capunproven;
} pt_list;

static pt_titles section_titles(void)
{
    /* label_entry_at(i) is &entries[i] of one array; the range of its SEC
     * entries and each section's titles are genlabels' (a walk of the
     * whole table per document cost more than the rest of this) */
    const struct label_entry *all = label_entry_at(0);
    int lo, hi;
    label_section_range(&lo, &hi);
    pt_titles t = {all + lo, all + (lo < hi ? hi : lo), {NULL}, {0}};
    for (int sec = 0; sec < XXGK_SEC__COUNT; sec++)
        t.n[sec] = (unsigned char)label_section_titles(sec, &t.entry[sec]);
    return t;
}

/* ARRAY of N elements of SIZE bytes in the document's arena with room for
 * one more: itself when *CAP allows, else a copy twice as large (FIRST
 * elements at first), *CAP updated; NULL when the arena is out of memory
 * (the caller then drops the element, as every arena user does). */
static void *pt_room(xxgk_doc *doc, void *array, size_t n, size_t *cap, size_t size, size_t first)
{
    if (n < *cap)
        return array;
    size_t grown = *cap ? *cap * 2 : first;
    void *v = xxgk_doc_alloc(doc, grown * size);
    if (!v)
        return NULL;
    if (n)
        memcpy(v, array, n * size);
    *cap = grown;
    return v;
}

static void pt_add(pt_list *l, uint32_t at, uint32_t end, int entry)
{
    pt_break *v = pt_room(l->doc, l->v, l->n, &l->cap, sizeof *v, 32);
    if (!v)
        return;
    l->v = v;
    l->v[l->n].at = at;
    l->v[l->n].end = end;
    l->v[l->n].entry = entry;
    l->n++;
}

static void pt_add_unproven(pt_list *l, uint32_t at)
{
    uint32_t *v = pt_room(l->doc, l->unproven, l->nunproven, &l->capunproven, sizeof *v, 8);
    if (!v)
        return;
    l->unproven = v;
    l->unproven[l->nunproven++] = at;
}

/* The title window after a heading's 、: folded, cut before the first
 * digit (a title has none; the numbers of a table row follow it). */
static size_t title_window(const uint8_t *src, uint32_t s, uint32_t e, char *out, uint32_t *off)
{
    uint32_t w = s;
    for (int k = 0; k < PT_WINDOW && w < e; k++) {
        /* most of a title: a three-byte character of leads E1-EC (no
         * overlong form or surrogate after them, no digit among them) */
        if (src[w] - 0xE1u <= 0xECu - 0xE1u && e - w >= 3 && ((src[w + 1] ^ 0x80u) | (src[w + 2] ^ 0x80u)) < 0x40) {
            w += 3;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(src + w, e - w, &cp);
        if (!l || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
            break;
        w += (uint32_t)l;
    }
    return label_fold_map(src + s, w - s, s, out, off);
}

/* The title window when its fold is its own bytes, as in most headings
 * and table rows (一、总体情况, 一、本年新收政府信息公开申请数量<TAB>5):
 * ideographs U+4000..U+9FFF that fold to themselves and end no word fold
 * (the label fold copies them as they are), then at most the blanks, '|'
 * and '?' that the fold drops, up to where title_window stops (its 40th
 * code point, an ASCII digit, the line's end). The folded window is then
 * src[s, s + *fl), and its offsets are the identity but at *fl, where
 * they are *w, the window's end. false (fold it) for anything else. */
static bool title_window_plain(const uint8_t *src, uint32_t s, uint32_t e, size_t *fl, uint32_t *w)
{
    uint32_t p = s;
    int k = 0;
    for (; k < PT_WINDOW && e - p >= 3; k++, p += 3) {
        const uint8_t *b = src + p;
        if (b[0] - 0xE4u >= 6u || ((b[1] | b[2] << 8) & 0xC0C0) != 0x8080)
            break;
        uint32_t cp = (uint32_t)(b[0] & 0x0F) << 12 | (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3Fu);
        if (script_word_stop_in_range(cp))
            return false;
    }
    if (p == s)
        return false;
    *fl = p - s;
    for (; k < PT_WINDOW && p < e; k++, p++) {
        uint8_t c = src[p];
        if (c >= '0' && c <= '9')
            break;
        if (c != ' ' && c != '\t' && c != '\r' && c != '|' && c != '?')
            return false;
    }
    *w = p;
    return true;
}

static bool starts_with(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return k <= n && memcmp(s, p, k) == 0;
}

/* Title of section `sec` at the start of the folded window: the longest
 * title of labels.def, else a keyword heading (its words in order, ending
 * at the last one, then 的 情况 or 事项 when they follow). Returns the
 * folded length matched and the entry, or 0. */
static size_t match_title_len(const pt_titles *t, const char *f, size_t n, int sec, int *entry, bool len,
                              bool keywords)
{
    size_t best = 0;
    const struct label_entry *all = label_entry_at(0);
    if (sec >= 0 && sec < XXGK_SEC__COUNT) {
        for (int j = 0; j < t->n[sec]; j++) { /* the same entries, in the same order */
            const struct label_entry *e = all + t->entry[sec][j];
            if (e->text[0] != f[0])
                continue;
            size_t k = e->len;
            if (k > best && starts_with(f, n, e->text)) {
                best = k;
                *entry = t->entry[sec][j];
            }
        }
    } else {
        /* an entry whose first byte differs cannot match */
        for (const struct label_entry *e = t->from; e < t->to; e++) {
            int i = (int)(e - all);
            if (e->kind != LK_SEC || e->key != sec || e->variant == 2 || e->text[0] != f[0])
                continue;
            size_t k = e->len;
            if (k > best && starts_with(f, n, e->text)) {
                best = k;
                *entry = i;
            }
        }
    }
    if (best || !keywords)
        return best;
    char buf[PT_WINDOW * 4 + 1];
    memcpy(buf, f, n);
    buf[n] = 0;
    int k = label_keyword_heading_of(buf, sec);
    if (k < 0 || label_entry_at(k)->key != sec)
        return 0;
    *entry = k;
    if (!len)
        return n; /* matched: the length below is not 0 (no keyword is empty) */
    /* the shortest prefix that still holds the keywords (the window is
     * whole code points: the fold's or an ideograph run's) */
    size_t m = label_keyword_heading_len(buf, n, k);
    if (starts_with(f + m, n - m, "的"))
        m += 3;
    if (starts_with(f + m, n - m, "情况") || starts_with(f + m, n - m, "事项"))
        m += 6;
    return m;
}

static size_t match_title(const pt_titles *t, const char *f, size_t n, int sec, int *entry)
{
    return match_title_len(t, f, n, sec, entry, true, true);
}

/* match_title for a heading numbered STYLE: a numbering other than the
 * template's is looked up by its keywords only when the window holds
 * 情况 or 事项 (style_opens takes no other keyword title of it), so that
 * the many （一） and 1. of a report's sub-items cost no keyword search. */
static size_t match_styled(const pt_titles *t, const char *f, size_t n, int sec, int *entry, int style)
{
    if (style == XXGK_NUM_CN_DUN)
        return match_title(t, f, n, sec, entry);
    size_t m = match_title_len(t, f, n, sec, entry, true, false);
    if (m || !(memmem(f, n, "情况", 6) || memmem(f, n, "事项", 6)))
        return m;
    return match_title(t, f, n, sec, entry);
}

/* Section numeral and 、 at s: the section it names (1..6), else 0. */
static inline __attribute__((always_inline)) int heading_numeral(const uint8_t *src, uint32_t s, uint32_t e,
                                                                 uint32_t *after)
{
    /* 、 (E3 80 81) after three bytes first: most places fail there */
    if (e - s < 6 || src[s + 3] != 0xE3 || src[s + 4] != 0x80 || src[s + 5] != 0x81)
        return 0;
    if (!pt_numeral_lead(src[s])) /* most of a list's 、: no decoding */
        return 0;
    uint32_t cp;
    if (utf8_decode(src + s, e - s, &cp) != 3)
        return 0;
    int d = numeral_digit(cp);
    if (d < 1 || d >= XXGK_SEC__COUNT)
        return 0;
    *after = s + 6;
    while (*after < e && (src[*after] == ' ' || src[*after] == '\t'))
        (*after)++;
    return d;
}

/* A section numeral at s in any numbering a heading of its own line may
 * have (lexer.re's sec_num, lex_section_numeral: 一、 一. 一． 第一部分
 * （一） 1、 1. 一 and blanks): the section it names (1..6), *after past
 * it and its blanks, *style its enum xxgk_numbering (filter_text.c
 * ft_heading_numbering, as the filter will number the heading); else 0. */
static int heading_numeral_any(const uint8_t *src, uint32_t s, uint32_t e, uint32_t *after, int *style)
{
    int d = heading_numeral(src, s, e, after);
    if (d) {
        *style = XXGK_NUM_CN_DUN;
        return d;
    }
    const uint8_t *a;
    d = lex_section_numeral(src + s, src + e, &a);
    if (d < 1 || d >= XXGK_SEC__COUNT)
        return 0;
    *after = (uint32_t)(a - src);
    *style = ft_heading_numbering(src, s, e);
    return d;
}

/* Does the folded title F[0, M) end in 情况 or 事项, as a heading's does
 * (template.md: every section's title)? */
static bool titled_ending(const char *f, size_t m)
{
    return m >= 6 && (memcmp(f + m - 6, "情况", 6) == 0 || memcmp(f + m - 6, "事项", 6) == 0);
}

/* May a heading numbered STYLE whose title is label ENTRY open its
 * section, TEMPLATE_SEEN when a heading numbered the template's way (一、
 * 一. 第一部分) opened one before, TITLED when the title matched ends in
 * 情况 or 事项 (titled_ending)? The template's numbering always (its title
 * may be found by its keywords, as before); any other (（一） 1. 一 and
 * blanks) only by a title of labels.def or one found by its keywords that
 * ends as a title does: （一） 1. also number sub-items and list items,
 * whose words may hold a section's keywords (（二）加强主动公开，…). And
 * （一） 1. only while no section was numbered the template's way, as
 * tokens.c due_otherwise_numbered reads them: there （二）主动公开政府信息
 * 情况 is a sub-heading; 一 and blanks numbers nothing else. */
static bool style_opens(int style, int entry, bool template_seen, bool titled)
{
    if (style == XXGK_NUM_CN_DUN)
        return true;
    if (entry < 0 || (label_entry_at(entry)->variant == 2 && !titled))
        return false;
    return style == XXGK_NUM_CN_SPACE || !template_seen;
}

/* （一） with a Chinese numeral: a sub-heading marker. */
static bool subhead_marker(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t cp;
    int l = utf8_decode(src + s, e - s, &cp);
    if (!l || (cp != 0xFF08 && cp != '('))
        return false;
    s += (uint32_t)l;
    int digits = 0;
    while (s < e && (l = utf8_decode(src + s, e - s, &cp)) && numeral_digit(cp) > 0) {
        s += (uint32_t)l;
        digits++;
    }
    return digits > 0 && digits <= 2 && s < e && utf8_decode(src + s, e - s, &cp) &&
           (cp == 0xFF09 || cp == ')');
}

/* A sentence ended right before: the place for a sub-heading. */
static bool after_sentence(uint32_t prev)
{
    return prev == 0x3002 || prev == 0xFF1B || prev == 0xFF1A || prev == ' ' || prev == 0x3000;
}

static bool prose_section(int sec)
{
    return sec == XXGK_SEC_OVERVIEW || sec == XXGK_SEC_PROBLEMS || sec == XXGK_SEC_OTHER;
}

/* The section whose heading starts the line [s, e) (after blanks and
 * markdown #), else 0. A section known to have a line of its own (own[n])
 * is not matched again: the answer would change nothing. */
static int line_heading(const pt_titles *t, const uint8_t *src, uint32_t s, uint32_t e, const bool *own,
                        bool any_style)
{
    while (s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '#'))
        s++;
    uint32_t after;
    int style = XXGK_NUM_CN_DUN;
    int n = any_style ? heading_numeral_any(src, s, e, &after, &style) : heading_numeral(src, s, e, &after);
    if (!n || own[n])
        return n;
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, after, e, f, off);
    int entry = -1;
    if (style == XXGK_NUM_CN_DUN) /* it opens by any title: whether, not how long */
        return fl && match_title_len(t, f, fl, n, &entry, false, true) ? n : 0;
    size_t m = fl ? match_styled(t, f, fl, n, &entry, style) : 0;
    return m && style_opens(style, entry, false, titled_ending(f, m)) ? n : 0;
}

/* Does the line [s, e) start with a section heading whose title has more
 * text run on after it on the line (一、总体情况2023年以来…, 四、…情况行政复议
 * 行政诉讼…)? A crawler that keeps the line breaks between sections but
 * flattens each block prints its sections so: such a heading is no heading
 * of its own line but one run into the text, as in a long line. A title
 * alone on its line, blanks or its end mark (。：；，) after it, is not. */
static bool heading_runs_on(const pt_titles *t, const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '#'))
        s++;
    uint32_t after;
    int style;
    int n = heading_numeral_any(src, s, e, &after, &style);
    if (!n)
        return false;
    while (e > after && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl;
    uint32_t w, at;
    int entry;
    bool titled;
    if (title_window_plain(src, after, e, &fl, &w)) { /* no fold needed */
        size_t m = match_styled(t, (const char *)src + after, fl, n, &entry, style);
        if (!m)
            return false;
        at = m < fl ? after + (uint32_t)m : w;
        titled = titled_ending((const char *)src + after, m);
    } else {
        fl = title_window(src, after, e, f, off);
        size_t m = fl ? match_styled(t, f, fl, n, &entry, style) : 0;
        if (!m)
            return false;
        at = m < fl ? off[m] : off[fl];
        titled = titled_ending(f, m);
    }
    if (!style_opens(style, entry, false, titled))
        return false;
    /* a title's own end mark (一、总体情况。 二、…情况：) is no text run on */
    for (uint32_t k = at; k < e;) {
        uint32_t cp;
        int l = utf8_decode(src + k, e - k, &cp);
        if (!l || !(cp == 0x3002 || cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF0C || cp == ':' || cp == ';' ||
                    cp == ',' || cp == '.' || cp == ' ' || cp == '\t' || cp == 0x3000))
            return true;
        k += (uint32_t)l;
    }
    return false;
}

/* The document's line index, when it is of the text (doc_create builds it
 * before parsing): its lines end at LF (a lone CR is one by now). */
static const doc_lines *line_index(const xxgk_doc *doc)
{
    const doc_lines *l = &doc->lines;
    return l->starts && l->src == doc->src && l->len == doc->len ? l : NULL;
}

/* The end of line k of the index: its break, or the end of the text. */
static uint32_t index_line_end(const doc_lines *l, uint32_t k)
{
    return k + 1 < l->n ? l->starts[k + 1] - 1 : l->len;
}

/* The lines of the text in turn ([*s, *e), e at the break or the end):
 * the line index's, whose lines end where the lexer's do (LF or CR LF; a
 * lone CR, of an old Mac file or some crawlers, is an LF by now:
 * doc_build_lines; until stop 75 it was no break here, such a text one
 * long line read as page text). Without an index (memory ran out) the
 * lines are found by memchr of LF: the same lines. */
typedef struct pt_lines {
    const xxgk_doc *doc;
    const doc_lines *index;
    uint32_t k, next;
} pt_lines;

static pt_lines pt_lines_of(const xxgk_doc *doc)
{
    pt_lines it = {doc, line_index(doc), 0, 0};
    return it;
}

static inline __attribute__((always_inline)) bool pt_line(pt_lines *it, uint32_t *s, uint32_t *e)
{
    const xxgk_doc *doc = it->doc;
    const doc_lines *l = it->index;
    if (l) {
        if (it->k >= l->n || l->starts[it->k] >= doc->len)
            return false;
        *s = l->starts[it->k];
        *e = index_line_end(l, it->k++);
        return true;
    }
    if (it->next >= doc->len)
        return false;
    const uint8_t *nl = memchr(doc->src + it->next, '\n', doc->len - it->next);
    *s = it->next;
    *e = nl ? (uint32_t)(nl - doc->src) : doc->len;
    it->next = *e + 1;
    return true;
}

/* The line [*s, *e) around AT, as pt_line's: by the LF before and after
 * (a lone CR is one by now: doc_build_lines), within [FROM, len) (*e at
 * the LF, its CR inside the line). */
static void line_around(const xxgk_doc *doc, uint32_t from, uint32_t at, uint32_t *s, uint32_t *e)
{
    const uint8_t *src = doc->src;
    const uint8_t *nl = memrchr(src + from, '\n', at - from);
    *s = nl ? (uint32_t)(nl - src) + 1 : from;
    nl = memchr(src + at, '\n', doc->len - at);
    *e = nl ? (uint32_t)(nl - src) : doc->len;
}

/* How many sections can be found inline: each heading found inline is of
 * a later section than the one before (inline_heading), none with a line
 * of its own (own[n]), so at most the sections without one. */
static int sections_inline(const bool *own)
{
    int n = 0;
    for (int sec = 1; sec < XXGK_SEC__COUNT; sec++)
        n += !own[sec];
    return n;
}

/* runon_evidence scans the whole text; its answer is asked only by a
 * short line whose heading runs on (and by a text with no long line), so it
 * is taken at the first such question and kept: an ordinary report with a
 * long paragraph and no heading run on is not scanned for it. Its cheap
 * half, a TAB between two values anywhere (tab_parted_values: the answer
 * no), is asked first, when the pass starts (pt_runon_of): a report whose
 * table parts its cells by TABs then asks no line whether its heading
 * runs on (runon_may), the title match that question costs. */
typedef struct pt_runon {
    const xxgk_doc *doc;
    int known; /* -1 not asked yet, else the answer */
} pt_runon;

static bool runon_evidence(const xxgk_doc *doc);
static bool tab_parted_values(const xxgk_doc *doc);

static pt_runon pt_runon_of(const xxgk_doc *doc)
{
    pt_runon r = {doc, tab_parted_values(doc) ? 0 : -1};
    return r;
}

/* Can the evidence still hold (not known to fail)? Asked before a line's
 * heading_runs_on, whose answer counts only when it does. */
static bool runon_may(const pt_runon *r)
{
    return r->known != 0;
}

static bool runon_holds(pt_runon *r)
{
    if (r->known < 0)
        r->known = runon_evidence(r->doc);
    return r->known;
}

/* Which sections have a heading that starts a short line somewhere
 * (own[n]: there the inline words only mention it), found when the walk
 * of the long lines first needs it, at the first place where
 * heading_numeral names a section: before that place the walk finds no
 * heading, so it is in no section and adds no break, and reads nothing
 * of own. A text whose long lines hold no such place (an ordinary report
 * with a long paragraph) finds no heading inline and is no page text
 * without the pass over its short lines. REFUSED: too few sections are
 * left to be found inline (sections_inline), no page text either. */
typedef struct pt_own {
    const uint8_t *src;
    pt_lines lines;
    const pt_titles *titles;
    pt_runon *runon; /* headings run on count (runon_evidence, asked once) */
    bool ready, refused;
    bool own[XXGK_SEC__COUNT];
    struct pt_title_memo { /* title_before's search of the run from `from`, up to `k` */
        uint32_t from, k, found, te;
        bool set;
    } memo;
} pt_own;

/* own[], made at the first call; NULL when refused. */
/* The short lines' headings into own[]: numbered the template's way (一、)
 * only, or ANY_STYLE in every numbering (line_heading). */
static void own_lines(pt_own *o, bool any_style)
{
    uint32_t s, e;
    for (pt_lines it = o->lines; pt_line(&it, &s, &e);) {
        if (e - s >= PT_MIN_LINE)
            continue;
        /* the heading first: most lines have none (and a heading of a
         * section already own adds nothing), and only a heading's line
         * is asked whether it runs on, the dearer question */
        int n = line_heading(o->titles, o->src, s, e, o->own, any_style);
        if (n && !o->own[n] &&
            !(runon_may(o->runon) && heading_runs_on(o->titles, o->src, s, e) && runon_holds(o->runon)))
            o->own[n] = true;
    }
}

/* own[] is that of every numbering. The template's pass comes first: a
 * line it finds is one every numbering finds, the same section, so own[]
 * only grows in the second pass and a refusal after the first (an ordinary
 * report: its headings 一、 on lines of their own) is the final answer,
 * reached without matching the titles of its many （一） and 1. items. */
static const bool *own_ready(pt_own *o)
{
    if (!o->ready) {
        o->ready = true;
        own_lines(o, false);
        o->refused = sections_inline(o->own) < PT_MIN_INLINE;
        if (!o->refused) {
            own_lines(o, true);
            o->refused = sections_inline(o->own) < PT_MIN_INLINE;
        }
    }
    return o->refused ? NULL : o->own;
}

/* A title is a name, not a clause: none of 《》，、：；“”「」 (a preamble
 * sentence citing the notice 关于编制2021年政府信息公开工作年度报告的通知
 * has them). */
static bool clause_mark(uint32_t cp)
{
    return cp == 0x300A || cp == 0x300B || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1A || cp == 0xFF1B ||
           cp == 0x201C || cp == 0x201D || cp == 0x300C || cp == 0x300D || cp == ',' || cp == ':' ||
           cp == ';';
}

/* Does the clause go on at `at` (before h): the words before are part of
 * a sentence (…年度报告的通知, …年度报告。, …年度报告》), not a title line,
 * which the preamble or the heading follows. */
static bool clause_goes_on(const uint8_t *src, uint32_t at, uint32_t h)
{
    uint32_t cp;
    if (at >= h || !utf8_decode(src + at, h - at, &cp))
        return false;
    return clause_mark(cp) || cp == 0x3002 || cp == 0x7684 /* 的 */ || cp == 0xFF09 || cp == ')' ||
           cp == '.';
}

/* Is [ss, te) a report's title: no clause mark, and folded it ends in
 * 年度报告 and speaks of 信息公开 (…政府信息公开工作年度报告; as line_kind
 * knows a title line)? */
static bool title_words(const uint8_t *src, uint32_t ss, uint32_t te)
{
    for (uint32_t q = ss; q < te;) {
        uint32_t cp;
        int l = utf8_decode(src + q, te - q, &cp);
        if (l && clause_mark(cp))
            return false;
        q += l ? (uint32_t)l : 1;
    }
    char f[PT_WINDOW * 4 + 1];
    size_t n = label_fold(src + ss, te - ss, f, sizeof f);
    if (n < 12 || n >= sizeof f - 4 || memcmp(f + n - 12, "年度报告", 12) != 0)
        return false;
    f[n] = 0;
    return strstr(f, "信息公开") != NULL;
}

static uint32_t next_seq3(const uint8_t *src, uint32_t from, uint32_t to, uint8_t a, uint8_t b, uint8_t c);
static uint32_t numbering_start(const uint8_t *src, uint32_t lo, uint32_t p);
static bool digit_before(const uint8_t *src, uint32_t lo, uint32_t k);

/* Is there 报 or 報 in the three bytes before q? */
static bool bao_before(const uint8_t *src, uint32_t from, uint32_t q)
{
    return q >= from + 3 && ((src[q - 3] == 0xE6 && src[q - 2] == 0x8A && src[q - 1] == 0xA5) ||
                             (src[q - 3] == 0xE5 && src[q - 2] == 0xA0 && src[q - 1] == 0xB1));
}

/* The start of the sentence that holds q: after the last 。！？； before
 * it, or `from`, within PT_WINDOW code points; else q (too far: no title
 * is so long). A 报告 between the start and q makes it q too: the title
 * ends at the first 报告 of its sentence (本报告… is a sentence, not one). */
static uint32_t sentence_start(const uint8_t *src, uint32_t from, uint32_t q)
{
    uint32_t p = q;
    for (int k = 0; k < PT_WINDOW; k++) {
        if (p <= from)
            return from;
        uint32_t b = p - 1;
        while (b > from && (src[b] & 0xC0) == 0x80)
            b--;
        uint32_t cp = 0;
        if (utf8_decode(src + b, p - b, &cp) &&
            (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B))
            return p;
        if (cp == 0x544A && bao_before(src, from, b)) /* 告 of an earlier 报告 */
            return q;
        p = b;
    }
    return q;
}

/* title:  AGENCY YEAR 年 … 信息公开 … 年度报告  in the run [from, h) before
 * the heading 一 at h, at the run's start or a sentence's: the title line a
 * crawler ran into the text (新安县卫生健康局2023年政府信息公开工作年度报告
 * 本报告根据…一、总体情况…). Each 报告 of the run is found by memchr for
 * the last byte of 告, then its sentence's start; the last that makes a
 * title is taken. Returns its start and sets *te to its end, or returns h
 * when none. The run is searched once: a later heading 一 of the same run
 * (a text holding the report again without its title) goes on from where
 * the search before stopped (MEMO), else each would read the whole run
 * again: quadratic in the copies. What the search found does not depend
 * on h but for the bound (a 告 at h is 一's byte, no clause mark). */
static uint32_t title_before(const uint8_t *src, uint32_t from, uint32_t h, uint32_t *te,
                             struct pt_title_memo *memo)
{
    uint32_t found = UINT32_MAX, end_found = 0, k = from;
    if (memo->set && memo->from == from && memo->k <= h) {
        k = memo->k;
        found = memo->found;
        end_found = memo->te;
    }
    for (; (k = next_seq3(src, k, h, 0xE5, 0x91, 0x8A)) < h; k += 3) {
        if (!bao_before(src, from, k))
            continue;
        uint32_t ss = sentence_start(src, from, k - 3), end = k + 3;
        while (ss < k && (src[ss] == ' ' || src[ss] == '\t'))
            ss++;
        if (ss < k - 3 && title_words(src, ss, end) && !clause_goes_on(src, end, h)) {
            found = ss;
            end_found = end;
        }
    }
    /* a 告 starting at h - 2 or h - 1 lies past this bound, not the next */
    struct pt_title_memo m = {from, h >= from + 2 ? h - 2 : from, found, end_found, true};
    *memo = m;
    if (found == UINT32_MAX)
        return h;
    *te = end_found;
    return found;
}

/* The heading numbering at i, else the one at the numeral p (第一、总体
 * 情况 is 一、: 第 opens no 第一部分 there): its section, *after, *style
 * as heading_numeral_any; 0 when none. The numeral may stand right after
 * a word (…432.52元三 收到和处理…: the page's cells glued to it), as 一、
 * always could: its title and its due place decide. */
static int inline_numeral(const uint8_t *src, uint32_t *i, uint32_t p, uint32_t e, uint32_t *after, int *style)
{
    int n = heading_numeral_any(src, *i, e, after, style);
    if (!n && *i != p && (n = heading_numeral_any(src, p, e, after, style)) != 0)
        *i = p;
    return n;
}

static bool blank_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000;
}

/* The code point before `at` (not before lo): *cp, its start returned;
 * lo and *cp 0 when none is whole. */
static uint32_t cp_before(const uint8_t *src, uint32_t lo, uint32_t at, uint32_t *cp)
{
    uint32_t q = at - 1;
    while (q > lo && (src[q] & 0xC0) == 0x80 && at - q < 4)
        q--;
    if (!utf8_decode(src + q, at - q, cp)) {
        *cp = 0;
        return lo;
    }
    return q;
}

static bool word_cp(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}

/* Is the last code point before `at` that is not a blank (from `lo` on) a
 * word's: an ideograph or a letter? A digit is not, nor a unit of one or
 * two ideographs right after a digit: a table's last cell may stand right
 * before a heading (… 0 0 三 收到和处理…, …432.52元第三部分 收到…). */
static bool after_word(const uint8_t *src, uint32_t lo, uint32_t at)
{
    uint32_t cp = ' ';
    while (at > lo && (blank_cp(cp) || cp == 0xA0))
        at = cp_before(src, lo, at, &cp);
    if (!word_cp(cp))
        return false;
    for (int unit = 0; unit < 2 && at > lo && word_cp(cp) && cp >= 0x3400; unit++)
        at = cp_before(src, lo, at, &cp);
    return !(cp >= '0' && cp <= '9') && !(cp >= 0xFF10 && cp <= 0xFF19);
}

/* Does the numbering of section N + 1 follow the title of section N ended
 * at `end`, with only blanks or a list's marks (、，；,;) between: a list
 * of the titles (本报告包括（一）总体情况；（二）…), no heading? A heading
 * has its body before the next one. */
static bool title_listed(const uint8_t *src, uint32_t end, uint32_t e, int n)
{
    uint32_t q = end, cp;
    int len;
    while (q < e && (len = utf8_decode(src + q, e - q, &cp)) > 0 &&
           (blank_cp(cp) || cp == 0xA0 || cp == 0x3001 || cp == 0xFF0C || cp == 0xFF1B || cp == ',' || cp == ';'))
        q += (uint32_t)len;
    uint32_t after;
    int style;
    return q < e && heading_numeral_any(src, q, e, &after, &style) == n + 1;
}

/* Does a page break (a form feed, blanks beside it) stand between the
 * numeral at p and words, no mark (、 . ． ） ) 部) after it? A form feed
 * is a blank between a numeral and its mark only (二\f、): a bare numeral,
 * a page break, words (二\f主动公开…) is prose that runs on, no heading. */
static bool page_break_before_words(const uint8_t *src, uint32_t p, uint32_t e)
{
    uint32_t q = p + (src[p] < 0x80 ? 1 : 3);
    bool page_break = false;
    for (; q < e; q++) {
        if (src[q] == '\f')
            page_break = true;
        else if (src[q] != ' ' && src[q] != '\t')
            break;
    }
    if (!page_break || q >= e)
        return false;
    bool mark = src[q] == '.' || src[q] == ')' || (src[q] == 0xE3 && src[q + 1] == 0x80 && src[q + 2] == 0x81) ||
                (src[q] == 0xEF && src[q + 1] == 0xBC && (src[q + 2] == 0x8E || src[q + 2] == 0x89)) ||
                (src[q] == 0xE9 && src[q + 1] == 0x83 && src[q + 2] == 0xA8);
    return !mark;
}

/* Does the numbering at `at` stand where a heading stands in page text:
 * first on its line or after the last heading's title (lo), after a page
 * break, a sentence's end (。！？: the section before ends in one) or a
 * table's last cell (a digit, a unit after it)? Not after a clause's mark
 * or an opening bracket or quote (：，、；（“《): there a numbering and
 * title are quoted in prose (复议诉讼见下：第四部分…). */
static bool heading_place(const uint8_t *src, uint32_t lo, uint32_t at)
{
    uint32_t cp = ' ';
    while (at > lo && (blank_cp(cp) || cp == 0xA0))
        at = cp_before(src, lo, at, &cp);
    if (blank_cp(cp) || cp == 0xA0 || cp == 0 || cp == '\f' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
        cp == '.' || cp == '!' || cp == '?')
        return true;
    /* after_word (asked before) left a word only after a digit: a unit */
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || word_cp(cp);
}

/* The first characters of section SEC's titles (labels.def's, not its
 * keyword patterns), each in UTF-8 and in either script (总 總): their
 * number, at most PT_TITLE_LEADS. */
static int title_leads(const pt_titles *t, int sec, uint8_t (*lead)[3])
{
    int n = 0;
    for (int j = 0; j < t->n[sec]; j++) {
        const struct label_entry *e = label_entry_at(t->entry[sec][j]);
        uint32_t cp, forms[4];
        if (utf8_decode((const uint8_t *)e->text, e->len, &cp) != 3)
            continue;
        int k = script_from_simplified(cp, forms + 1, 3);
        forms[0] = cp;
        for (int f = 0; f <= (k > 0 ? k : 0) && n < PT_TITLE_LEADS; f++) {
            char b[4];
            if (utf8_put(b, forms[f]) != 3)
                continue;
            bool seen = false;
            for (int q = 0; q < n && !seen; q++)
                seen = memcmp(lead[q], b, 3) == 0;
            if (!seen)
                memcpy(lead[n++], b, 3);
        }
    }
    return n;
}

/* The numeral of section SEC as a heading numbered STYLE writes it: 二
 * in the ideographs' numberings (二、 第二部分 （二） 二 and blanks),
 * else the digit, ASCII (one byte, the rest 0) and full-width (２). Added
 * to LEAD from n on; the number of leads returned. */
static int numeral_leads(int sec, int style, uint8_t (*lead)[3], int n)
{
    static const uint32_t ideograph[XXGK_SEC__COUNT] = {0, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D};
    if (sec < 1 || sec >= XXGK_SEC__COUNT || n + 2 > PT_TITLE_LEADS)
        return n;
    if (style != XXGK_NUM_ARABIC && style != XXGK_NUM_PAREN_ARABIC) {
        utf8_put((char *)lead[n], ideograph[sec]);
        return n + 1;
    }
    lead[n][0] = (uint8_t)('0' + sec);
    lead[n][1] = lead[n][2] = 0;
    utf8_put((char *)lead[n + 1], 0xFF10u + (uint32_t)sec);
    return n + 2;
}

/* The next place of LEAD (three bytes, or one ASCII byte) at or after p. */
static uint32_t next_lead(const uint8_t *src, uint32_t p, uint32_t len, const uint8_t *lead)
{
    if (lead[0] >= 0x80)
        return next_seq3(src, p, len, lead[0], lead[1], lead[2]);
    const uint8_t *hit = p < len ? memchr(src + p, lead[0], len - p) : NULL;
    return hit ? (uint32_t)(hit - src) : len;
}

/* Is the numeral at `at` section SEC's heading numbered as A's leads are
 * (STYLE, 第…部分 or not), standing where a heading stands (first on its
 * line, or heading_place and not after a word) with a title the keyword
 * patterns accept (主动公开情况, 依申请公开情况) or one wrapped over a line
 * break (主动公开政府\n信息情况)? The due section's heading is then there,
 * whatever its title's words: its numbering says so. */
static bool numbered_heading_at(pt_list *l, const pt_ahead *a, int sec, uint32_t at)
{
    const uint8_t *src = l->doc->src;
    uint32_t len = l->doc->len;
    uint32_t h = numbering_start(src, 0, at);
    if (a->bufen != (len - h >= 3 && src[h] == 0xE7 && src[h + 1] == 0xAC && src[h + 2] == 0xAC))
        return false;
    uint32_t lim = len - h < PT_WINDOW * 4 ? len : h + PT_WINDOW * 4;
    const uint8_t *nl = memchr(src + at, '\n', lim - at); /* the title may wrap once */
    if (nl) {
        const uint8_t *nl2 = memchr(nl + 1, '\n', (size_t)(src + lim - (nl + 1)));
        lim = nl2 ? (uint32_t)(nl2 - src) : lim;
    }
    uint32_t after;
    int style;
    if (heading_numeral_any(src, h, lim, &after, &style) != sec || style != a->style)
        return false;
    uint32_t q = h, cp = ' ';
    while (q > 0 && blank_cp(cp))
        q = cp_before(src, 0, q, &cp);
    bool bol = q == 0 || cp == '\n' || cp == '\r';
    if (!bol && (after_word(src, 0, h) || !heading_place(src, 0, h)))
        return false;
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, after, lim, f, off);
    int entry;
    return fl && match_title_len(&l->titles, f, fl, sec, &entry, false, true);
}

/* Does lead Q of A stand at `at` as the due section's heading does: a
 * title of labels.def (its window read as a heading's title is) or its
 * numbering with any title (numbered_heading_at)? */
static bool ahead_holds(pt_list *l, const pt_ahead *a, int sec, int q, uint32_t at)
{
    if (q >= a->titles)
        return numbered_heading_at(l, a, sec, at);
    const uint8_t *src = l->doc->src;
    uint32_t len = l->doc->len;
    uint32_t lim = len - at < PT_WINDOW * 4 ? len : at + PT_WINDOW * 4;
    const uint8_t *nl = memchr(src + at, '\n', lim - at);
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, at, nl ? (uint32_t)(nl - src) : lim, f, off);
    int entry;
    return fl && match_title_len(&l->titles, f, fl, sec, &entry, false, false);
}

/* Does the heading of section SEC stand at or after p: a title of
 * labels.def (title_window, match_title_len with labels.def's titles
 * only), or SEC's numbering as the asking heading's (STYLE, BUFEN: 第…
 * 部分) with any title the keyword patterns accept, or a wrapped one
 * (numbered_heading_at)? The proof that its heading was missed is that
 * none does. The places asked rise through a document (scan_line goes
 * on), so each lead's search (next_seq3, a memchr) keeps its next place
 * and the first heading found, and goes on from there only once p passes
 * them: each section's leads are looked for once over the text, however
 * many places ask. */
static bool title_ahead(pt_list *l, int sec, uint32_t p, int style, bool bufen)
{
    const uint8_t *src = l->doc->src;
    uint32_t len = l->doc->len;
    if (!l->ahead) {
        l->ahead = xxgk_doc_alloc(l->doc, XXGK_SEC__COUNT * sizeof *l->ahead);
        if (!l->ahead)
            return true; /* no memory: no proof, no section opened early */
        memset(l->ahead, 0, XXGK_SEC__COUNT * sizeof *l->ahead);
    }
    pt_ahead *a = &l->ahead[sec];
    if (!a->known || a->style != style || a->bufen != bufen) {
        memset(a, 0, sizeof *a); /* another numbering asks: its numeral's search anew */
        a->titles = title_leads(&l->titles, sec, a->lead);
        a->n = numeral_leads(sec, style, a->lead, a->titles);
        a->style = style;
        a->bufen = bufen;
        a->known = true;
    }
    if (a->searched && a->at >= p)
        return a->at < len;
    a->searched = true;
    for (;;) {
        int j = 0;
        for (int q = 0; q < a->n; q++) {
            if (a->next[q] < p)
                a->next[q] = next_lead(src, p, len, a->lead[q]);
            j = a->next[q] < a->next[j] ? q : j;
        }
        if (a->n == 0 || a->next[j] >= len) {
            a->at = len;
            return false;
        }
        uint32_t at = a->next[j];
        if (ahead_holds(l, a, sec, j, at)) {
            a->at = at;
            return true;
        }
        a->next[j] = next_lead(src, at + 1, len, a->lead[j]);
    }
}

/* May the heading of section N at i (a numbering other than 一、) open N
 * while the section before it is due: is the due one's heading missed (a
 * typo 第叁部分, its numeral lost or glued to a cell's digits)? Only when
 * that is proven, not guessed: the heading stands where a heading does
 * (heading_place) and no title of the section due stands anywhere after
 * it (title_ahead); inline_heading then asks for a full title (a title of
 * labels.def, not its keywords) and no line of the due one's own. A
 * mention of a later section in the due one's prose (（三）依申请公开情况
 * in 一, 如下：第四部分… in 二) is no heading: the due section's own heading
 * comes after it. */
static bool missed_before(pt_list *l, const uint8_t *src, uint32_t from, uint32_t i, int n, int style)
{
    bool bufen = l->doc->len - i >= 3 && src[i] == 0xE7 && src[i + 1] == 0xAC && src[i + 2] == 0xAC;
    return heading_place(src, from, i) && !title_ahead(l, n - 1, i, style, bufen);
}

/* Do the folded words F (N bytes, after a numbering's mark) begin as the
 * words of a numbered row label of labels.def do (3.危及“三安全一稳定”,
 * 2.其他法律…: table 三's rows, read there glued after a value,
 * 000003.危及…)? Their first two characters are compared, so that a row
 * label damaged further on still counts; the numeral is not, so that one
 * misnumbered still counts. Such words are the row's, the number before
 * them the value glued to its item number (clip_token gives the digit
 * back): its end is no missed heading's. */
static bool row_words(const char *f, size_t n)
{
    if (n < 6)
        return false;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        const char *w = e->text;
        if (e->kind != LK_ROW || *w < '0' || *w > '9')
            continue;
        while (*w >= '0' && *w <= '9')
            w++;
        if (*w == '.')
            w++;
        else if (starts_with(w, strlen(w), "、"))
            w += 3;
        else
            continue;
        if (strlen(w) >= 6 && memcmp(w, f, 6) == 0)
            return true;
    }
    return false;
}

/* Is the numbering at k (its numeral LEN bytes) a numeral's mark (. 、 ．)
 * then words that may be the missed heading's title: a title of section
 * SEC of labels.def (as ahead_holds reads a title), or any text opening
 * with an ideograph (the title damaged: 3.收到和处理（本列…) that is no
 * numbered row label's (row_words)? The miss is proven, so the numbering
 * stands somewhere in the run; a damaged title is no proof that it is
 * not here. */
static bool numbering_titled(pt_list *l, uint32_t k, uint32_t len, int sec, uint32_t e)
{
    const uint8_t *src = l->doc->src;
    uint32_t t = k + len;
    if (t < e && src[t] == '.')
        t++;
    else if (e - t >= 3 && ((src[t] == 0xE3 && src[t + 1] == 0x80 && src[t + 2] == 0x81) ||
                            (src[t] == 0xEF && src[t + 1] == 0xBC && src[t + 2] == 0x8E)))
        t += 3;
    else
        return false;
    uint32_t lim = e - t < PT_WINDOW * 4 ? e : t + PT_WINDOW * 4;
    const uint8_t *nl = memchr(src + t, '\n', lim - t);
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, t, nl ? (uint32_t)(nl - src) : lim, f, off);
    int entry;
    if (!fl)
        return false;
    if (match_title_len(&l->titles, f, fl, sec, &entry, false, false))
        return true;
    uint32_t cp = 0;
    return utf8_decode(src + t, e - t, &cp) > 0 && cp >= 0x4E00 && cp <= 0x9FFF && !row_words(f, fl);
}

/* Rule: the heading of section SEC proven missed (missed_before) by a
 * heading at i numbered in digits (4. 4、 ４．) may be missed because its
 * own numbering is glued to a number's last digit (…行政事业性收费
 * 24252.3110823.收到和处理政府信息公开申请情况: 3. is section 三's). That
 * number's end is then unproven: 24252.311082 or 24252.3110823, the digit
 * the cell's or the heading's, cannot be told. Each such place in the run
 * since the last heading [run, i) (SEC's numeral right after a digit, its
 * mark, its title or words no row label's: numbering_titled) is kept:
 * the scanner makes the number over it a
 * glued token (P046, no cell; lexer.re clip_token). Asked once per
 * heading opened, over the run before it: one pass over the text. */
static void missed_glued(pt_list *l, uint32_t run, uint32_t i, int sec, int style)
{
    if (style != XXGK_NUM_ARABIC)
        return; /* an ideograph's numbering (三、) is glued to no digit */
    const uint8_t *src = l->doc->src;
    uint8_t lead[2][3];
    int n = numeral_leads(sec, style, lead, 0);
    uint32_t first = i;
    for (int q = 0; q < n; q++) {
        uint32_t len = lead[q][0] < 0x80 ? 1 : 3;
        for (uint32_t k = next_lead(src, run, i, lead[q]); k < i; k = next_lead(src, k + 1, i, lead[q]))
            if (k < first && digit_before(src, run, k) && numbering_titled(l, k, len, sec, i))
                first = k;
    }
    if (first < i)
        pt_add_unproven(l, first);
}

/* A section heading inline at i, its numeral at p (a later section than
 * *sec, and none whose heading has a short line of its own): its breaks
 * are added and the offset after its title returned, else 0. Any
 * numbering of a heading of its own line (heading_numeral_any), each as
 * style_opens allows it. Heading 一 after a title line
 * run into the text (title_before; FROM is where the run since the last
 * break starts) is a later one after any: the text starts over (a page
 * that holds a second report, or the same one twice), and the title is
 * given its own line (PT_TITLE) for the grammar to see the report start. */
static uint32_t inline_heading(pt_list *l, const uint8_t *src, uint32_t from, uint32_t i, uint32_t p, uint32_t e,
                               int *sec, int *found, pt_own *o)
{
    uint32_t after;
    int style = XXGK_NUM_CN_DUN;
    int n = inline_numeral(src, &i, p, e, &after, &style);
    if (n && page_break_before_words(src, p, e))
        return 0;
    /* only heading 一 may come again, after a title, once the report has
     * come to its prose end (五, 六): a second report follows the first's
     * end, and the tables' many 一、 are not looked at */
    bool again = n <= *sec;
    if (!n || (again && (n != 1 || *sec < XXGK_SEC_PROBLEMS)))
        return 0;
    /* a numbering other than 一、 (第一部分 too) opens only the section due,
     * or the one after it when the due one's heading is proven missed
     * (missed_before), and not right after a word: in prose it is a
     * reference or a list (详见第三部分…, 本报告分为第一部分…, 全区共 三 收到…) */
    uint32_t dun;
    bool template_numbered = heading_numeral(src, i, e, &dun) != 0;
    bool skips = !template_numbered && !again && n == *sec + 2 && *sec > 0;
    if (!template_numbered && ((!again && n != *sec + 1 && !skips) || after_word(src, from, i)))
        return 0;
    if (skips && !missed_before(l, src, from, i, n, style))
        return 0; /* before its title is read: many such mentions cost a look each */
    if (l->template_seen && style != XXGK_NUM_CN_DUN && style != XXGK_NUM_CN_SPACE)
        return 0; /* style_opens' answer, known before the title is looked for */
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, after, e, f, off);
    int entry = -1;
    size_t m = fl ? match_styled(&l->titles, f, fl, n, &entry, style) : 0;
    if (!m || !style_opens(style, entry, l->template_seen, titled_ending(f, m)))
        return 0;
    uint32_t end = m < fl ? off[m] : off[fl];
    if (!template_numbered && title_listed(src, end, e, n))
        return 0;
    /* own[] last: made at the first heading found inline but for it (an
     * ordinary report's long paragraph with none reads no short line) */
    const bool *own = own_ready(o);
    if (!own || own[n] || (skips && (own[n - 1] || label_entry_at(entry)->variant == 2)))
        return 0; /* the due one's heading on a line of its own, or a keyword title: no full one */
    /* the title before it, looked for only at a heading 一 that matched
     * (a few in a document: the search over the run since the last
     * heading is made once per such heading) */
    uint32_t te = i;
    uint32_t ts = n == 1 ? title_before(src, from, i, &te, &o->memo) : i;
    if (ts < i && l->n && l->v[l->n - 1].at >= ts)
        ts = i; /* a break inside the words: no title line */
    if (again && ts == i)
        return 0;
    if (ts < i) {
        pt_add(l, ts, te, PT_TITLE);
        if (te < i)
            pt_add(l, te, te, PT_LINE); /* the preamble after it */
    }
    if (skips)
        missed_glued(l, from, i, n - 1, style);
    pt_add(l, i, end, entry);
    pt_add(l, end, end, PT_LINE);
    *sec = n;
    (*found)++;
    l->template_seen = l->template_seen || style == XXGK_NUM_CN_DUN;
    l->last_dun = template_numbered;
    return end;
}

/* The next three-byte sequence a b c at or after `from` in [from, to), else
 * to: memchr for its last byte (a continuation byte, one in 64 of CJK
 * text), so a long line costs no decoding between candidates. */
static uint32_t next_seq3(const uint8_t *src, uint32_t from, uint32_t to, uint8_t a, uint8_t b, uint8_t c)
{
    for (uint32_t k = from + 2; k < to;) {
        const uint8_t *hit = memchr(src + k, c, to - k);
        if (!hit)
            break;
        k = (uint32_t)(hit - src);
        if (src[k - 1] == b && src[k - 2] == a)
            return k - 2;
        k++;
    }
    return to;
}

/* The bytes that may follow a heading's numeral (sec_num): a blank
 * (space, TAB, a form feed: a page break of PDF text, U+3000 E3, NBSP
 * C2), 、 (E3), . ． （ ） (EF), ), 部 of 部分
 * (E9). A numeral followed by any other byte is no heading's: one inside
 * words (一是, 统一) or a number's digit (2023年, 12.: sec_num's numeral
 * then has two digits, 10 or more, no section's). The text goes on past
 * every line (a NUL or a line break at its end). */
static const bool numbering_goes_on[256] = {[' '] = true,  ['\t'] = true, ['.'] = true,  [')'] = true,
                                            ['\f'] = true, [0xE3] = true, [0xEF] = true, [0xE9] = true,
                                            [0xC2] = true};

/* The numerals 1…6 of a heading's numbering other than 一…六, which
 * scan_line looks for one by one (next_numeral_of): １…６ (three bytes,
 * found by next_seq3) and the digits (one byte, no digit before it). */
enum { PT_FORM_FULL, PT_FORM_DIGIT, PT_FORMS };

static const uint8_t cn_numeral[XXGK_SEC__COUNT][3] = {
    {0},
    {0xE4, 0xB8, 0x80}, /* 一 */
    {0xE4, 0xBA, 0x8C}, /* 二 */
    {0xE4, 0xB8, 0x89}, /* 三 */
    {0xE5, 0x9B, 0x9B}, /* 四 */
    {0xE4, 0xBA, 0x94}, /* 五 */
    {0xE5, 0x85, 0xAD}, /* 六 */
};

/* ） or ) at q (a NUL or a line break ends the text). */
static bool closes_paren(const uint8_t *src, uint32_t q)
{
    return src[q] == ')' || (src[q] == 0xEF && src[q + 1] == 0xBC && src[q + 2] == 0x89);
}

/* Does a digit, ASCII 0-9 or full-width ０-９ (EF BC 90-99), end right
 * before k (not before lo)? A numeral glued to one is a number's last
 * digit (12. １２．), no heading's numbering, in either form. */
static bool digit_before(const uint8_t *src, uint32_t lo, uint32_t k)
{
    if (k > lo && src[k - 1] >= '0' && src[k - 1] <= '9')
        return true;
    return k - lo >= 3 && src[k - 3] == 0xEF && src[k - 2] == 0xBC && src[k - 1] >= 0x90 && src[k - 1] <= 0x99;
}

/* The next numeral V (1…6) in FORM at or after `from` that a numbering's
 * byte follows (numbering_goes_on) and no digit precedes (digit_before),
 * else e: one memchr for one of its bytes, the rest checked only where it
 * stands. */
static uint32_t next_numeral_of(const uint8_t *src, uint32_t from, uint32_t e, int form, int v)
{
    for (uint32_t k = from; k < e; k++) {
        if (form == PT_FORM_DIGIT) {
            const uint8_t *hit = memchr(src + k, '0' + v, e - k);
            if (!hit)
                return e;
            k = (uint32_t)(hit - src);
            if (numbering_goes_on[src[k + 1]] && !digit_before(src, 0, k))
                return k;
            continue;
        }
        k = next_seq3(src, k, e, 0xEF, 0xBC, (uint8_t)(0x90 + v));
        if (k < e && numbering_goes_on[src[k + 3]] && !digit_before(src, 0, k))
            return k;
    }
    return e;
}

/* Can the three bytes at p be one of 一…六 and １…６ (a first byte E4 E5
 * EF and one of their last bytes)? Most 、 of a text follow none. */
static bool numeral_bytes_at(const uint8_t *src, uint32_t p)
{
    static const bool numeral_last[256] = {[0x80] = true, [0x8C] = true, [0x89] = true, [0x9B] = true,
                                           [0x94] = true, [0xAD] = true, [0x91] = true, [0x92] = true,
                                           [0x93] = true, [0x95] = true, [0x96] = true};
    return pt_numeral_lead(src[p]) && numeral_last[src[p + 2]];
}

/* Which of the N three-byte sequences SEQ ends at q (its start q - 2),
 * else -1; SEQ[0] is 、, taken only after a numeral's bytes that start
 * at `from` or later (numeral_bytes_at), the others are numerals, taken
 * only before a numbering's byte (numbering_goes_on). */
static int seq3_ending(const uint8_t *src, uint32_t from, uint32_t q, const uint8_t (*seq)[3], int n)
{
    for (int j = 0; j < n; j++)
        if (src[q] == seq[j][2] && src[q - 1] == seq[j][1] && src[q - 2] == seq[j][0] &&
            (j > 0 ? numbering_goes_on[src[q + 1]] : q >= from + 5 && numeral_bytes_at(src, q - 5)))
            return j;
    return -1;
}

#if defined(__GNUC__) && defined(__x86_64__)
/* One block of 32 places from q (q > 0) whose bit is in KEEP: the first
 * where a sequence ends (seq3_ending; *at the place), which it is, else -1. */
__attribute__((target("avx2"))) static inline int seq3_block_avx2(const uint8_t *src, uint32_t from, uint32_t q,
                                                                  unsigned keep, const uint8_t (*seq)[3], int n,
                                                                  const __m256i *mid, const __m256i *last,
                                                                  uint32_t *at)
{
    __m256i vl = _mm256_loadu_si256((const __m256i *)(const void *)(src + q));
    __m256i vm = _mm256_loadu_si256((const __m256i *)(const void *)(src + q - 1));
    __m256i hit = _mm256_and_si256(_mm256_cmpeq_epi8(vm, mid[0]), _mm256_cmpeq_epi8(vl, last[0]));
    hit = _mm256_or_si256(hit, _mm256_and_si256(_mm256_cmpeq_epi8(vm, mid[1]), _mm256_cmpeq_epi8(vl, last[1])));
    hit = _mm256_or_si256(hit, _mm256_and_si256(_mm256_cmpeq_epi8(vm, mid[2]), _mm256_cmpeq_epi8(vl, last[2])));
    for (unsigned m = (unsigned)_mm256_movemask_epi8(hit) & keep; m; m &= m - 1) {
        *at = q + (uint32_t)__builtin_ctz(m);
        int j = seq3_ending(src, from, *at, seq, n);
        if (j >= 0)
            return j;
    }
    return -1;
}

/* next_seq3_any's pass, 32 bytes at a time where the CPU has AVX2: the
 * places where a sequence's last two bytes stand (few: a byte pair of
 * one of three), from q on (q > 0), up to the last whole block before to.
 * Returns the place of a sequence's last byte, *which it is, else the
 * place the byte-wise pass goes on from (*which -1). */
__attribute__((target("avx2"))) static uint32_t seq3_pass_avx2(const uint8_t *src, uint32_t from, uint32_t q,
                                                               uint32_t to, const uint8_t (*seq)[3], int n,
                                                               int *which)
{
    __m256i mid[3], last[3];
    for (int j = 0; j < 3; j++) {
        mid[j] = _mm256_set1_epi8((char)seq[j < n ? j : 0][1]);
        last[j] = _mm256_set1_epi8((char)seq[j < n ? j : 0][2]);
    }
    uint32_t at;
    for (; to - q >= 32; q += 32)
        if ((*which = seq3_block_avx2(src, from, q, ~0u, seq, n, mid, last, &at)) >= 0)
            return at;
    /* the last places: one block ending at `to`, its first places (looked
     * at already) masked off, rather than byte by byte */
    if (q < to && to >= 33) {
        uint32_t b = to - 32;
        if ((*which = seq3_block_avx2(src, from, b, ~0u << (q - b), seq, n, mid, last, &at)) >= 0)
            return at;
        q = to;
    }
    *which = -1;
    return q;
}
#endif

/* The first of N (1…3) three-byte sequences SEQ in [from, to), its start
 * returned and *which it is, else to. One pass for all (the 、 of a
 * heading and the numerals due): with AVX2, 32 places at a time compared
 * by their last two bytes (seq3_pass_avx2), then byte by byte; a sequence
 * ending earlier starts earlier (two never overlap: their first bytes,
 * E3 E4 E5, are no continuation bytes). */
static uint32_t next_seq3_any(const uint8_t *src, uint32_t from, uint32_t to, const uint8_t (*seq)[3], int n,
                              int *which)
{
    uint32_t q = from + 2; /* where a sequence's last byte may stand */
#if defined(__GNUC__) && defined(__x86_64__)
    if (q < to && __builtin_cpu_supports("avx2")) {
        q = seq3_pass_avx2(src, from, q, to, seq, n, which);
        if (*which >= 0)
            return q - 2;
    }
#endif
    for (; q < to; q++)
        if ((*which = seq3_ending(src, from, q, seq, n)) >= 0)
            return q - 2;
    return to;
}

/* next_seq3_any by one pass alone, for tests/unit/test_pagetext_seq3.c
 * (pagetext.h): the byte-wise pass (avx2 false), or the AVX2 pass then the
 * byte-wise one over what it leaves (avx2 true, only where the CPU has
 * it: pt_seq3_avx2_supported). The two must find the same places. */
bool pt_seq3_avx2_supported(void)
{
#if defined(__GNUC__) && defined(__x86_64__)
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

uint32_t pt_seq3_pass(const uint8_t *src, uint32_t from, uint32_t to, const uint8_t (*seq)[3], int n, int *which,
                      bool avx2)
{
    uint32_t q = from + 2;
    *which = -1;
#if defined(__GNUC__) && defined(__x86_64__)
    if (avx2 && q < to && pt_seq3_avx2_supported()) {
        q = seq3_pass_avx2(src, from, q, to, seq, n, which);
        if (*which >= 0)
            return q - 2;
    }
#else
    (void)avx2;
#endif
    for (; q < to; q++)
        if ((*which = seq3_ending(src, from, q, seq, n)) >= 0)
            return q - 2;
    *which = -1;
    return to;
}

static const uint8_t dun_seq[3] = {0xE3, 0x80, 0x81}; /* 、 */

/* The places of a long line where scan_line asks inline_heading, found
 * without deciding at every byte: only numerals inline_heading can take
 * after section `sec` (own[] as made, else none own): numbered 一、 (or
 * １、), any section not own and later, or 一 again once sec is PROBLEMS or
 * later; in any other numbering only the section due (sec + 1) and that
 * 一 again. The 、 and the ideographs 一…六 due are found in one pass
 * (next_dun_or_ideograph); １…６ and 1…6, which number nothing once a
 * heading numbered the template's way opened (style_opens: （一） and 1.
 * are then sub-items), one search each (next_numeral_of). Each search
 * keeps its next place, valid while `from` has not passed it and sec is
 * the same (a heading found makes them all new). */
enum { PT_SEEK_DUN, PT_SEEK_DUE, PT_SEEK_ONE = PT_SEEK_DUE + PT_FORMS, PT_SEEKS = PT_SEEK_ONE + PT_FORMS };

typedef struct pt_seek {
    bool dun[XXGK_SEC__COUNT]; /* the sections a heading 一、 may open */
    int due, one;              /* the sections another numbering may open, 0 none: the one due, and 一
                                * again or the one after the due one (its heading missed) */
    bool ideographs_only;      /* 一 only, not １ or 1, nor （一）: those open none (style_opens) */
    uint32_t at[PT_SEEKS];     /* each search's next place, or how far it has looked (bounded) */
    bool known[PT_SEEKS], bounded[PT_SEEKS];
} pt_seek;

static pt_seek pt_seek_of(const bool *own, int sec, bool template_seen, bool last_dun)
{
    pt_seek k = {{false}, 0, 0, template_seen, {0}, {false}, {false}};
    for (int n = 1; n < XXGK_SEC__COUNT; n++)
        k.dun[n] = !own[n] && (n > sec || (n == 1 && sec >= XXGK_SEC_PROBLEMS));
    k.due = sec + 1 < XXGK_SEC__COUNT && !own[sec + 1] ? sec + 1 : 0;
    /* after 五 a second report's 一; before it, after a heading found in
     * another numbering than 一、 (whose 、 search finds any later section
     * anyway), the section after the due one, whose heading opens it when
     * the due one's is proven missed (inline_heading, missed_before) */
    if (sec >= XXGK_SEC_PROBLEMS)
        k.one = !own[1] ? 1 : 0;
    else if (sec > 0 && !last_dun)
        k.one = sec + 2 < XXGK_SEC__COUNT && !own[sec + 2] ? sec + 2 : 0;
    return k;
}

/* The next numeral 一…六 or １…６ right before a 、 whose section DUN[n]
 * holds and no digit precedes (１２、 is a number's: digit_before), or
 * the next 一…六 that is the section due or 一 again and that a
 * numbering's byte follows (as next_numeral_of), at or after `from`, else
 * e: one pass for the three sequences (next_seq3_any). */
static uint32_t next_dun_or_ideograph(const pt_seek *k, const uint8_t *src, uint32_t from, uint32_t e)
{
    uint8_t seq[3][3];
    int n = 0;
    memcpy(seq[n++], dun_seq, 3);
    if (k->due)
        memcpy(seq[n++], cn_numeral[k->due], 3);
    if (k->one)
        memcpy(seq[n++], cn_numeral[k->one], 3);
    int which;
    for (uint32_t at = from; (at = next_seq3_any(src, at, e, (const uint8_t(*)[3])seq, n, &which)) < e; at++) {
        if (which > 0 && numbering_goes_on[src[at + 3]] && !(k->ideographs_only && closes_paren(src, at + 3)))
            return at;
        uint32_t cp;
        int d;
        if (which == 0 && at >= from + 3 && pt_numeral_lead(src[at - 3]) && utf8_decode(src + at - 3, 3, &cp) == 3 &&
            (d = numeral_digit(cp)) >= 1 && d < XXGK_SEC__COUNT && k->dun[d] && !digit_before(src, 0, at - 3))
            return at - 3;
    }
    return e;
}

static uint32_t seek_one(const pt_seek *k, int j, const uint8_t *src, uint32_t from, uint32_t e)
{
    if (j == PT_SEEK_DUN)
        return next_dun_or_ideograph(k, src, from, e);
    int v = j < PT_SEEK_ONE ? k->due : k->one, form = (j - PT_SEEK_DUE) % PT_FORMS;
    return v && !k->ideographs_only ? next_numeral_of(src, from, e, form, v) : e;
}

/* The next place at or after `from` (e when none): the first of the
 * searches' next places. The searches of １ and 1 (asked only before a
 * heading numbered the template's way, while （一） and 1. may open) look
 * only up to the first search's next place, where the walk stops anyway
 * (one of them may name no section at all: a search to the line's end
 * would read it whole); *at is then that bound, no place (bounded). */
static uint32_t next_numeral(pt_seek *k, const uint8_t *src, uint32_t from, uint32_t e)
{
    if (!k->known[PT_SEEK_DUN] || k->at[PT_SEEK_DUN] < from) {
        k->at[PT_SEEK_DUN] = seek_one(k, PT_SEEK_DUN, src, from, e);
        k->known[PT_SEEK_DUN] = true;
    }
    uint32_t first = k->at[PT_SEEK_DUN], limit = first;
    for (int j = PT_SEEK_DUN + 1; j < PT_SEEKS; j++) {
        if (k->known[j] && !k->bounded[j] && k->at[j] >= from) {
            first = k->at[j] < first ? k->at[j] : first;
            continue;
        }
        uint32_t lo = k->known[j] && k->at[j] > from ? k->at[j] : from; /* searched up to a bound */
        if (lo >= limit)
            continue;
        uint32_t p = seek_one(k, j, src, lo, limit);
        k->known[j] = true;
        k->bounded[j] = p >= limit;
        k->at[j] = p;
        first = p < first ? p : first;
    }
    return first;
}

/* Where the numbering of the numeral at p may start (not before lo): at
 * 第 or an opening bracket before it (blanks between: 第 二 部分, （ 二 ）),
 * else at p. */
static uint32_t numbering_start(const uint8_t *src, uint32_t lo, uint32_t p)
{
    uint32_t q = p, b;
    while (q > lo) {
        if (src[q - 1] == ' ' || src[q - 1] == '\t')
            b = 1;
        else if (q - lo >= 3 && src[q - 3] == 0xE3 && src[q - 2] == 0x80 && src[q - 1] == 0x80)
            b = 3; /* U+3000 */
        else if (q - lo >= 2 && src[q - 2] == 0xC2 && src[q - 1] == 0xA0)
            b = 2; /* NBSP */
        else
            break;
        q -= b;
    }
    if (q - lo >= 3 && ((src[q - 3] == 0xE7 && src[q - 2] == 0xAC && src[q - 1] == 0xAC) ||
                        (src[q - 3] == 0xEF && src[q - 2] == 0xBC && src[q - 1] == 0x88)))
        return q - 3; /* 第 （ */
    return q > lo && src[q - 1] == '(' ? q - 1 : p;
}

/* The next ( in [from, to), else to. */
static uint32_t next_paren(const uint8_t *src, uint32_t from, uint32_t to)
{
    const uint8_t *p = memchr(src + from, '(', to - from);
    return p ? (uint32_t)(p - src) : to;
}

/* The next （ (EF BC 88) in [from, to), else to. */
static uint32_t next_full_paren(const uint8_t *src, uint32_t from, uint32_t to)
{
    return next_seq3(src, from, to, 0xEF, 0xBC, 0x88);
}

/* What the walk of a long line knows at a place, found without walking
 * every code point: bol (only blanks so far on the line, the headings
 * jumped over not counted: checked up to bol_at, and once false it stays
 * false), and the code point before (the walk steps over a byte that is not
 * UTF-8 without taking it; from `bound`, where it was `prev`). */
typedef struct pt_walk {
    uint32_t bol_at, bound, prev;
    bool bol;
} pt_walk;

/* bol at `to`: every code point from bol_at on is a blank. */
static bool walk_bol(pt_walk *w, const uint8_t *src, uint32_t to, uint32_t e)
{
    while (w->bol && w->bol_at < to) {
        uint32_t cp;
        int len = utf8_decode(src + w->bol_at, e - w->bol_at, &cp);
        if (len && !blank_cp(cp))
            w->bol = false;
        w->bol_at += len ? (uint32_t)len : 1;
    }
    return w->bol;
}

/* The code point before `at`: the last well-formed one after `bound`
 * (each is a place the walk stands on, and the bytes after it up to `at`
 * are not UTF-8), else what it was at `bound`. */
static uint32_t walk_prev(const pt_walk *w, const uint8_t *src, uint32_t at, uint32_t e)
{
    for (uint32_t q = at; q-- > w->bound;) {
        uint32_t cp;
        if ((src[q] & 0xC0) != 0x80 && utf8_decode(src + q, e - q, &cp))
            return cp;
    }
    return w->prev;
}

/* The sub-headings （一） after a sentence in [from, to) of a prose section:
 * at each opener ( or （ in turn (each kind searched for once past the
 * last one, so a line of many costs one pass). */
static void scan_subheads(pt_list *l, const uint8_t *src, uint32_t from, uint32_t to, uint32_t e,
                          pt_walk *w)
{
    uint32_t paren = next_paren(src, from, to), full = next_full_paren(src, from, to);
    while (paren < to || full < to) {
        uint32_t m = paren < full ? paren : full;
        uint32_t prev = walk_prev(w, src, m, e);
        if (!walk_bol(w, src, m, e) && after_sentence(prev) && subhead_marker(src, m, e))
            pt_add(l, m, m, PT_LINE);
        if (m == paren) {
            w->bound = m + 1;
            w->prev = '(';
            paren = next_paren(src, m + 1, to);
        } else {
            w->bound = m + 3;
            w->prev = 0xFF08;
            full = next_full_paren(src, m + 3, to);
        }
    }
}

/* One long line: its inline headings, and the sub-headings of its prose
 * sections. *sec is the last section found, across lines; a section whose
 * heading starts a short line somewhere (own, made at the first numeral
 * and 、 met; the walk stops when it refuses) is not looked for inline:
 * there the inline words only mention it. A heading that starts a long line
 * counts as inline: the DFA sees a heading only when its line ends there.
 * The rule is that of a walk over the code points of the line, which jumps
 * over a heading found and starts again with no code point before; the
 * walk is not made: the candidates are found by a table or memchr
 * (next_numeral and numbering_start, next_paren, next_full_paren), and
 * what a sub-heading needs of the walk is worked out at each (pt_walk). */
static void scan_line(pt_list *l, const uint8_t *src, uint32_t s, uint32_t e, int *sec, int *found,
                      pt_own *own)
{
    /* own[] is made at the first heading found inline but for own[]
     * (inline_heading): before it the walk is in no section and adds
     * nothing, so an ordinary report's long paragraph with none reads none
     * of its short lines; until then no section counts as own (the wider
     * search) */
    static const bool none_own[XXGK_SEC__COUNT];
    if (own->ready && own->refused)
        return;
    pt_walk w = {s, s, 0, true};
    uint32_t i = s, from = s; /* sub-headings looked for from i, headings from `from` */
    uint32_t run = s;         /* the text since the last heading: where a title may start */
    pt_seek seek = pt_seek_of(own->ready ? own->own : none_own, *sec, l->template_seen, l->last_dun);
    for (;;) {
        uint32_t p = next_numeral(&seek, src, from, e);
        uint32_t h = p < e ? numbering_start(src, i, p) : e;
        if (prose_section(*sec))
            scan_subheads(l, src, i, h, e, &w);
        if (h == e)
            return;
        bool was_ready = own->ready;
        uint32_t end = inline_heading(l, src, run, h, p, e, sec, found, own);
        if (own->refused)
            return;
        if (!was_ready && own->ready)
            seek = pt_seek_of(own->own, *sec, l->template_seen, l->last_dun); /* the narrower search */
        if (end) {
            walk_bol(&w, src, h, e);
            w.bol_at = w.bound = i = from = run = end;
            w.prev = 0;
            seek = pt_seek_of(own->own, *sec, l->template_seen, l->last_dun);
        } else {
            i = h; /* not a heading: its code point is walked as any other */
            from = p + 1;
        }
    }
}

/* Is some line PT_MIN_LINE bytes or longer? Without one the document is
 * not page text, and the two passes below are skipped. The index knows
 * its longest line, its break counted but the last line's end not: a
 * length other than PT_MIN_LINE itself says whether one is long; else its
 * lines are walked. Its lines are pt_line's. */
static bool has_long_line(const xxgk_doc *doc)
{
    const doc_lines *l = line_index(doc);
    if (l) {
        if (l->longest != PT_MIN_LINE)
            return l->longest > PT_MIN_LINE; /* its break counted: longer than PT_MIN_LINE, or shorter */
        for (uint32_t k = 1; k < l->n; k++) /* line k - 1, its break counted */
            if (l->starts[k] - l->starts[k - 1] > PT_MIN_LINE)
                return true;
        return l->len - l->starts[l->n - 1] >= PT_MIN_LINE;
    }
    uint32_t s, e;
    for (pt_lines it = pt_lines_of(doc); pt_line(&it, &s, &e);) /* by memchr */
        if (e - s >= PT_MIN_LINE)
            return true;
    return false;
}

/* Does the line [s, e) part two values by a TAB (规章\t0\t0\t2): a digit
 * the last non-blank before a TAB, a digit or a sign the first after? A
 * document that parts its table's cells so is no crawler's page text.
 * Every TAB of one run of blanks has the same last non-blank before it and
 * the same first after it, so a run is asked once and the search goes on
 * past it: each byte is walked at most twice (asking each TAB walked its
 * run again, quadratic in a line of 100,000 " \t"). */
static bool tab_between_values(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (const uint8_t *t = memchr(src + s, '\t', e - s); t; t = memchr(t + 1, '\t', (size_t)(src + e - t - 1))) {
        uint32_t a = (uint32_t)(t - src), b = a + 1;
        while (a > s && (src[a - 1] == ' ' || src[a - 1] == '\t'))
            a--;
        while (b < e && (src[b] == ' ' || src[b] == '\t'))
            b++;
        if (a > s && src[a - 1] >= '0' && src[a - 1] <= '9' && b < e &&
            ((src[b] >= '0' && src[b] <= '9') || src[b] == '-'))
            return true;
        if (b >= e)
            break;
        t = src + b - 1; /* the run's TABs are answered: search from b */
    }
    return false;
}

/* A unit that ends a count in prose (3106条, 108件, 2019年): digits glued
 * before it are prose's, not a table row's. */
static bool prose_unit(uint32_t cp)
{
    static const uint32_t units[] = {0x6761, 0x4EF6, 0x9879, 0x4E2A, 0x4EBA, 0x6B21, 0x4E07, 0x5143, 0x5E74,
                                     0x6708, 0x65E5, 0x53F7, 0x8D77, 0x5BB6, 0x4EFD, 0x7BC7, 0x573A, 0x671F,
                                     0x5929, 0x5C0F, 0x7B14, 0x5F20, 0x7EA7, 0x4F4D, 0x540D, 0x6237};
    /* 条 件 项 个 人 次 万 元 年 月 日 号 起 家 份 篇 场 期 天 小 笔 张 级 位 名 户 */
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (cp == units[i])
            return true;
    return cp == '%' || cp == '.' || cp == 0xFF05;
}

/* The glued rows of the line [s, e): runs of 3 digits or more right after
 * a CJK ideograph, a label's last character (规章002, 数量86123241108),
 * that end the line or go on into a label, a bracket or a sign, never into
 * a prose unit (信息3106条). SPACED: a run may also end at blanks before the
 * next label (规章000 行政规范性文件1970: the rows parted, their cells glued). */
static int glued_rows(const uint8_t *src, uint32_t s, uint32_t e, bool spaced)
{
    /* by the digits: the bytes before a run are an ideograph's three (a
     * lead byte is never a continuation byte, so they are the character a
     * walk from s would decode there); most of a report has no digit */
    int n = 0;
    for (uint32_t k = s + 3; k < e; k++) {
        if (src[k] < '0' || src[k] > '9' || src[k - 1] < 0x80)
            continue;
        uint32_t cp;
        if (utf8_decode(src + k - 3, 3, &cp) != 3 || cp < 0x4E00 || cp > 0x9FFF)
            continue;
        uint32_t d = k;
        while (d < e && src[d] >= '0' && src[d] <= '9')
            d++;
        uint32_t next = 0, b = d;
        while (spaced && b < e && src[b] == ' ')
            b++;
        if (b < e && !utf8_decode(src + b, e - b, &next))
            next = 0;
        if (d - k >= 3 && (d == e || (next >= 0x80 && !prose_unit(next)) || next == '-'))
            n++;
        k = d;
    }
    return n;
}

/* Does the next row's label open at B (before E) with its number, as table
 * 三's labels do: a CJK numeral in brackets, （二）部分公开, or an item
 * number's mark after the value's last digit then words (0 02.其他…: the
 * row's last cell 0 glued to 2.; the digit at B - 1)? */
static bool numbered_label_at(const uint8_t *src, uint32_t b, uint32_t e)
{
    uint32_t cp = 0, q = b;
    int l = utf8_decode(src + b, e - b, &cp);
    if (l <= 0)
        return false;
    q += (uint32_t)l;
    if (cp == '(' || cp == 0xFF08) { /* （二） (二) */
        if (q >= e || (l = utf8_decode(src + q, e - q, &cp)) <= 0 || numeral_digit(cp) <= 0 || cp < 0x80)
            return false;
        q += (uint32_t)l;
        return q < e && utf8_decode(src + q, e - q, &cp) > 0 && (cp == ')' || cp == 0xFF09);
    }
    bool mark = cp == '.' || cp == 0x3001 || cp == 0xFF0E; /* . 、 ． */
    return mark && b > 0 && src[b - 1] >= '1' && src[b - 1] <= '9' && q < e && utf8_decode(src + q, e - q, &cp) > 0 &&
           cp >= 0x4E00 && cp <= 0x9FFF;
}

/* The rows of the line [s, e) that run on into the next row: two values
 * parted by blanks or | , then (blanks, | or none) a CJK ideograph that is
 * no prose unit, the next row's label (规章 0 0 2规范性文件 7 7 63,
 * | 规章 | 0 | 0 | 0 || 行政规范性文件 |), or that label's number
 * (numbered_label_at: 0 0（二）部分公开, 0 0 02.其他法律…): a page flattened per
 * block, its cells parted by blanks, keeps its rows on one line. A row of
 * its own line ends at the line's end. */
static int run_on_rows(const uint8_t *src, uint32_t s, uint32_t e)
{
    int n = 0;
    for (uint32_t k = s; k < e; k++) {
        if (src[k] < '0' || src[k] > '9' || (k + 1 < e && src[k + 1] >= '0' && src[k + 1] <= '9'))
            continue; /* k: a value's last digit */
        uint32_t a = k;
        while (a > s && src[a - 1] >= '0' && src[a - 1] <= '9')
            a--;
        uint32_t p = a;
        while (p > s && (src[p - 1] == ' ' || src[p - 1] == '|'))
            p--;
        if (p == a || p == s || src[p - 1] < '0' || src[p - 1] > '9')
            continue; /* a value before it, blanks or | between */
        uint32_t b = k + 1, cp = 0;
        while (b < e && (src[b] == ' ' || src[b] == '|'))
            b++;
        if (b >= e || !utf8_decode(src + b, e - b, &cp))
            continue;
        if ((cp >= 0x4E00 && cp <= 0x9FFF && !prose_unit(cp)) || numbered_label_at(src, b, e))
            n++;
    }
    return n;
}

enum { PT_MIN_GLUED = 3 /* glued or run-on rows that show a table's cells glued */ };

/* Does some line of the text part two values by a TAB
 * (tab_between_values)? Only the lines that hold a TAB are read: memchr
 * finds the next TAB, its line is read once (back to the line's start,
 * which is at or after where the search began, and on to its end:
 * line_around), and the
 * search goes on after that line. Linear in the text. */
static bool tab_parted_values(const xxgk_doc *doc)
{
    const uint8_t *src = doc->src;
    uint32_t len = doc->len;
    for (uint32_t from = 0; from < len;) {
        const uint8_t *t = memchr(src + from, '\t', len - from);
        if (!t)
            return false;
        uint32_t s, e;
        line_around(doc, from, (uint32_t)(t - src), &s, &e);
        if (tab_between_values(src, s, e))
            return true;
        from = e + 1;
    }
    return false;
}

/* May a heading with its text run on (heading_runs_on) count? Only in a
 * document whose table rows are glued as a crawler glues them: no line
 * parts two values by a TAB, and PT_MIN_GLUED rows or more glued to their
 * label (glued_rows) or run on into the next row (run_on_rows). A line-per-paragraph report whose headings have a colon then prose
 * (一、总体情况：2019年…) or a bracket (（单位：件）) after them has its
 * table's cells parted: its headings are its lines' own. The TAB half is
 * pt_runon_of's (tab_parted_values, asked before this): here the glued
 * rows alone, counted until there are enough. */
static bool runon_evidence(const xxgk_doc *doc)
{
    int glued = 0;
    uint32_t s, e;
    for (pt_lines it = pt_lines_of(doc); glued < PT_MIN_GLUED && pt_line(&it, &s, &e);)
        glued += glued_rows(doc->src, s, e, false) + run_on_rows(doc->src, s, e);
    return glued >= PT_MIN_GLUED;
}

/* heading_runs_on's first test, inline: 、 right after the line's first
 * three bytes (past blanks and #). Most lines fail it, and the call is
 * more than the test. Only 一、 is looked for so on a text with no long
 * line: a test that let every numbering through (第 （ 1 一 and blanks)
 * made bench300's check 1.5 % dearer (each sub-item line's title folded
 * and matched); a page flattened per block in another numbering is read
 * when one of its lines is long (its table's), as the Pingtan ones are. */
static inline bool comma_at_numeral(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '#'))
        s++;
    return e - s >= 6 && src[s + 3] == 0xE3 && src[s + 4] == 0x80 && src[s + 5] == 0x81;
}

/* Do PT_MIN_INLINE lines or more start with a section heading that has
 * its text run on after it (heading_runs_on)? A page flattened per block
 * (the line breaks between sections kept) may have no long line: its
 * lines hold its sections' text after their headings. */
static bool has_runon_heading_lines(const xxgk_doc *doc, const pt_titles *t)
{
    int n = 0;
    uint32_t s, e;
    for (pt_lines it = pt_lines_of(doc); pt_line(&it, &s, &e);)
        if (comma_at_numeral(doc->src, s, e) && heading_runs_on(t, doc->src, s, e) && ++n >= PT_MIN_INLINE)
            return true;
    return false;
}

size_t pagetext_breaks(xxgk_doc *doc, pt_break **out, pt_ends *unproven)
{
    *unproven = (pt_ends){NULL, 0};
    bool long_line = has_long_line(doc);
    pt_runon runon = pt_runon_of(doc);
    const pt_titles titles = section_titles();
    if (!long_line && !(runon_may(&runon) && has_runon_heading_lines(doc, &titles)))
        return 0;
    if (!long_line && !runon_holds(&runon))
        return 0;
    pt_list l = {.doc = doc, .titles = titles}; /* made only for a text searched: its searches zeroed */
    int sec = 0, found = 0;
    const uint8_t *src = doc->src;
    uint32_t s, e;
    const pt_lines lines = pt_lines_of(doc);
    pt_own own = {src, lines, &l.titles, &runon, false, false, {false}, {0, 0, 0, 0, false}};
    for (pt_lines it = lines; pt_line(&it, &s, &e);)
        if (e - s >= PT_MIN_LINE ||
            (runon_may(&runon) && heading_runs_on(&l.titles, src, s, e) && runon_holds(&runon))) {
            scan_line(&l, src, s, e, &sec, &found, &own);
            if (own.refused)
                return 0; /* an ordinary report with a long paragraph */
        }
    if (found < PT_MIN_INLINE)
        return 0;
    *out = l.v;
    unproven->at = l.unproven;
    unproven->n = l.nunproven;
    return l.n;
}

/* ---- headings run onto the line before (runon_breaks) ------------------ */

static xxgk_span span_of_pt(pt_break b)
{
    xxgk_span sp = {b.at, b.end};
    return sp;
}

/* The label entries of the sections' own titles in the template
 * (labels.def var '='), ENTRIES[sec], and their folded texts, TITLES[sec]
 * (NULL when none): labels.def writes the sections first, so the walk
 * stops at the first entry of another kind (a few dozen entries, where
 * section_titles walks them all). */
static void canonical_titles(int *entries, const char **titles)
{
    int count = label_count();
    for (int i = 0; i < count && label_entry_at(i)->kind == LK_SEC; i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->variant == 0 && e->key > 0 && e->key < XXGK_SEC__COUNT && !titles[e->key] && e->len <= 64) {
            entries[e->key] = i;
            titles[e->key] = e->text;
        }
    }
}

/* Does the line's text end at TE in 情况 情況 事项 事項, as every template
 * title does? Most lines fail on these bytes. */
static bool title_last_char(const uint8_t *src, uint32_t s, uint32_t te)
{
    if (te - s < 12)
        return false;
    const uint8_t *p = src + te - 6;
    if (p[0] == 0xE6 && p[1] == 0x83 && p[2] == 0x85) /* 情 */
        return (p[3] == 0xE5 && p[4] == 0x86 && p[5] == 0xB5) || (p[3] == 0xE6 && p[4] == 0xB3 && p[5] == 0x81);
    if (p[0] == 0xE4 && p[1] == 0xBA && p[2] == 0x8B) /* 事 */
        return (p[3] == 0xE9 && p[4] == 0xA1 && p[5] == 0xB9) || (p[3] == 0xE9 && p[4] == 0xA0 && p[5] == 0x85);
    return false;
}

/* The last bytes of 况 況 项 項 (B5 81 B9 85), and the blanks a line's text
 * may end in before its break: a line ending in another byte ends in no
 * title (one load a line). */
static const bool title_end_byte[256] = {[0xB5] = true, [0x81] = true, [0xB9] = true, [0x85] = true,
                                         [' '] = true,  ['\t'] = true};

/* AT moved back over the blanks before it on its line (from S): spaces,
 * TABs, ideographic spaces. */
static uint32_t blanks_before(const uint8_t *src, uint32_t s, uint32_t at)
{
    for (;;)
        if (at > s && (src[at - 1] == ' ' || src[at - 1] == '\t'))
            at--;
        else if (at - s >= 3 && src[at - 3] == 0xE3 && src[at - 2] == 0x80 && src[at - 1] == 0x80)
            at -= 3;
        else
            return at;
}

/* Is [s, b) a table's caption with no title (表2, 【表2】, 「表二」,
 * 表（2）：, ft_table_caption), the line's whole text before B? A heading
 * glued after it starts its section there, as after a row's number. */
static bool caption_alone(const uint8_t *src, uint32_t s, uint32_t b)
{
    return b > s && ft_caption_lead(src[s]) && ft_table_caption(src, s, b) == b;
}

/* What stands before AT on its line (from S), blanks skipped: a sentence
 * end 。 ； or a digit (a row's last number), or a table's caption alone
 * (caption_alone), where a heading run onto the line may stand; not the
 * line's start (a heading of its own line). */
static bool runon_place(const uint8_t *src, uint32_t s, uint32_t at)
{
    at = blanks_before(src, s, at);
    if (at == s)
        return false;
    if ((src[at - 1] >= '0' && src[at - 1] <= '9') || caption_alone(src, s, at))
        return true;
    if (at - s < 3)
        return false;
    const uint8_t *p = src + at - 3;
    return (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82) ||              /* 。 */
           (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x9B ||             /* ； */
                                             (p[2] >= 0x90 && p[2] <= 0x99))); /* ０…９ */
}

/* The heading of section SEC (its folded template title TITLE; SEC 0:
 * whichever section the numeral names, TITLES[n] the titles) ending the
 * line [s, te): its numeral and 、 at the last place before te where they
 * stand, the folded rest of the line the title, after a sentence end or a
 * number (runon_place); its start, else 0, and *NUM its section. */
static uint32_t runon_row_heading(const uint8_t *src, uint32_t s, uint32_t te, int sec, int *num, int *entry);

static uint32_t runon_heading(const uint8_t *src, uint32_t s, uint32_t te, int sec, const char *const *titles,
                              int *num, int *entry)
{
    /* the printed title is the folded one's characters (as many bytes, a
     * punctuation mark three for one) and blanks: twice the longest
     * title's bytes and the numeral's six are room enough */
    uint32_t lo = te - s > 2 * 64 + 16 ? te - (2 * 64 + 16) : s;
    /* each 、 (E3 80 81) from the end, found by its last byte, the numeral
     * before it at lo or after */
    for (uint32_t z = te; z > lo + 5;) {
        const uint8_t *hit = memrchr(src + lo + 5, 0x81, z - (lo + 5));
        if (!hit)
            break;
        z = (uint32_t)(hit - src);
        if (src[z - 1] != 0x80 || src[z - 2] != 0xE3)
            continue;
        uint32_t k = z - 2, cp, at = k - 3;
        int n = utf8_decode(src + at, te - at, &cp) == 3 ? numeral_digit(cp) : -1;
        if (n < 1 || n >= XXGK_SEC__COUNT || (sec && n != sec) || !titles[n])
            continue;
        uint32_t after = k + 3;
        while (after < te && (src[after] == ' ' || src[after] == '\t'))
            after++;
        uint32_t first, tfirst; /* its place and the title's first character, folded: most fail here */
        if (!runon_place(src, s, at) || !utf8_decode(src + after, te - after, &first) ||
            !utf8_decode((const uint8_t *)titles[n], strlen(titles[n]), &tfirst) || label_fold_cp(first) != tfirst)
            continue;
        char f[PT_WINDOW * 4 + 1];
        size_t fl = label_fold(src + after, te - after, f, sizeof f), tl = strlen(titles[n]);
        if (fl != tl || memcmp(f, titles[n], tl) != 0)
            continue;
        *num = n;
        *entry = -1;
        return at;
    }
    return runon_row_heading(src, s, te, sec, num, entry);
}

/* After a table row's last number (a digit right before, blanks skipped),
 * or after a table's caption alone (caption_alone), no word of the row can
 * follow: the heading of section SEC run onto it
 * may be any title of the section labels.def knows, a variant or one
 * found by its keywords (…复议…诉讼…), as on a line of its own, when it
 * fills the rest of the line [s, te). Its start, else 0; *NUM its section
 * and *ENTRY its label entry. */
static uint32_t runon_row_heading(const uint8_t *src, uint32_t s, uint32_t te, int sec, int *num, int *entry)
{
    uint32_t lo = te - s > 2 * 64 + 16 ? te - (2 * 64 + 16) : s;
    pt_titles t = {0};
    for (uint32_t z = te; z > lo + 5;) {
        const uint8_t *hit = memrchr(src + lo + 5, 0x81, z - (lo + 5));
        if (!hit)
            break;
        z = (uint32_t)(hit - src);
        if (src[z - 1] != 0x80 || src[z - 2] != 0xE3)
            continue;
        uint32_t at = z - 5, after, b = at, cp;
        int n = utf8_decode(src + at, te - at, &cp) == 3 ? numeral_digit(cp) : -1;
        if (n < 1 || n >= XXGK_SEC__COUNT || (sec && n != sec))
            continue;
        b = blanks_before(src, s, b);
        if (b == s || !((src[b - 1] >= '0' && src[b - 1] <= '9') ||
                        (b - s >= 3 && src[b - 3] == 0xEF && src[b - 2] == 0xBC && src[b - 1] >= 0x90 &&
                         src[b - 1] <= 0x99) ||
                        caption_alone(src, s, b)))
            continue;
        if (heading_numeral(src, at, te, &after) != n)
            continue;
        char f[PT_WINDOW * 4 + 1];
        uint32_t off[PT_WINDOW * 4 + 1];
        size_t fl = title_window(src, after, te, f, off);
        if (!fl || off[fl] != te)
            continue; /* a digit in it, or longer than a title */
        if (!t.from)
            t = section_titles();
        int e;
        if (match_title(&t, f, fl, n, &e) != fl)
            continue;
        *num = n;
        *entry = e;
        return at;
    }
    return 0;
}

/* The text of line [*s, *e) without its trailing blanks and CR: its end. */
static uint32_t text_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    return e;
}

/* Does the line [s, e) (e at its break or the text's end) end in a
 * section's title after a sentence end or a number (runon_heading), not
 * as a heading of its own line? */
static bool runon_line(const uint8_t *src, uint32_t s, uint32_t e, const char **titles, int *entries)
{
    uint32_t te = text_end(src, s, e);
    if (!title_last_char(src, s, te))
        return false;
    /* a heading of its own line (二、主动公开政府信息情况): no run-on; a
     * row of table 三 numbered as a section (四、结转下年度继续办理) may
     * have one after its numbers */
    if (te - s >= 6 && pt_numeral_lead(src[s]) && src[s + 3] == 0xE3 && src[s + 4] == 0x80 && src[s + 5] == 0x81 &&
        !label_numbered_row_at(src + s, src + te))
        return false;
    if (!titles[0]) { /* the titles, made at the first line that needs them */
        canonical_titles(entries, titles);
        titles[0] = "";
    }
    int n, entry;
    return runon_heading(src, s, te, 0, titles, &n, &entry) != 0;
}

/* Some line that runon_line takes: looked for at each line's end through
 * the line index, by one byte a line (title_end_byte: the last before
 * the LF and its CR), by pt_line when there is no index. */
static bool runon_candidate(const xxgk_doc *doc, const char **titles, int *entries)
{
    const uint8_t *src = doc->src;
    const doc_lines *l = line_index(doc);
    uint32_t s, e;
    if (!l) {
        for (pt_lines it = pt_lines_of(doc); pt_line(&it, &s, &e);)
            if (runon_line(src, s, e, titles, entries))
                return true;
        return false;
    }
    const uint32_t *st = l->starts;
    for (uint32_t k = 1; k < l->n; k++) {
        uint32_t lf = st[k] - 1; /* line k - 1 ends at this LF */
        /* the byte before it (an empty line's: the LF or CR before, in no
         * title's place); the text's first byte has none */
        uint8_t c = lf ? src[lf - 1] : '\n';
        if (c == '\r' && lf >= 2)
            c = src[lf - 2];
        if (title_end_byte[c] && runon_line(src, st[k - 1], lf, titles, entries))
            return true;
    }
    return l->n && runon_line(src, st[l->n - 1], l->len, titles, entries);
}

size_t runon_breaks(xxgk_doc *doc, pt_break **out)
{
    const uint8_t *src = doc->src;
    const char *titles[XXGK_SEC__COUNT] = {NULL};
    int entries[XXGK_SEC__COUNT] = {0};
    /* a first pass looks at the end of each line alone: most texts have no
     * line that ends in a title after a sentence or a number */
    uint32_t s, e;
    const pt_lines lines = pt_lines_of(doc);
    if (!runon_candidate(doc, titles, entries))
        return 0;
    pt_list l = {.doc = doc, .titles = section_titles()};
    /* then the section due at each line: after the last heading found,
     * on a line of its own or run on */
    bool own[XXGK_SEC__COUNT] = {false};
    int last = 0;
    for (pt_lines it = lines; pt_line(&it, &s, &e);) {
        uint32_t te = text_end(src, s, e);
        int n = line_heading(&l.titles, src, s, te, own, false);
        if (n) {
            own[n] = true;
            last = n > last ? n : last;
            continue;
        }
        int entry = -1;
        uint32_t at = last + 1 < XXGK_SEC__COUNT && title_last_char(src, s, te)
                          ? runon_heading(src, s, te, last + 1, titles, &n, &entry)
                          : 0;
        if (at) {
            pt_add(&l, at, te, entry >= 0 ? entry : entries[n]);
            last = n;
        }
    }
    /* a section whose heading has a line of its own: the words at a line's
     * end only mention it */
    size_t k = 0;
    for (size_t i = 0; i < l.n; i++) {
        int sec = label_entry_at(l.v[i].entry)->key;
        if (own[sec])
            continue;
        xxgk_doc_add_diag(doc, XXGK_P_HEADING_RUN_ON, span_of_pt(l.v[i]), xxgk_section_numeral(sec));
        l.v[k++] = l.v[i];
    }
    *out = l.v;
    return k;
}

/* ---- a table glued on typed lines (pagetext_glued_lines) --------------- */

enum {
    PT_GLUED_LINE_ROWS = 2,  /* glued rows that make a line a glued table's */
    PT_RUNON_LINE_ROWS = 3,  /* rows run on, cells parted by blanks, that do */
    PT_GLUED_LINE_CELLS = 15 /* digits glued in one run: table 四's cells */
};

/* Does a run of PT_GLUED_LINE_CELLS digits or more stand after an
 * ideograph (blanks between or none) on the line [s, e): table 四's fifteen
 * cells glued to its header's last word (…尚未审结总计20125770115270211)?
 * No count in prose is so long (a phone number has 11 digits, a date 8). */
static bool glued_cells_run(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t k = s + 3; k < e; k++) {
        if (src[k] < '0' || src[k] > '9')
            continue;
        uint32_t d = k, cp;
        while (d < e && src[d] >= '0' && src[d] <= '9')
            d++;
        uint32_t a = k;
        while (a > s + 3 && src[a - 1] == ' ')
            a--;
        if (d - k >= PT_GLUED_LINE_CELLS && src[a - 1] >= 0x80 && utf8_decode(src + a - 3, 3, &cp) == 3 &&
            cp >= 0x4E00 && cp <= 0x9FFF)
            return true;
        k = d;
    }
    return false;
}

/* glued_line:  ROW-LABEL DIGITS ROW-LABEL DIGITS …  on one line
 * A line that holds two rows or more glued to their labels (glued_rows:
 * 规章000行政规范性文件1970…, 规章000 行政规范性文件1970…), three rows or
 * more run on into the next row's label, their cells parted by blanks
 * (run_on_rows: … 0 0 2规范性文件 …, … 0 0 13.危及…), or table 四's
 * cells glued to its header, and parts no two values by a TAB, is a
 * crawler's glued table even when the headings around it stand on lines
 * of their own. One row glued on its own line (规章002) is not: a short
 * number after a label is more often a row whose other cells were lost
 * (page3-rowline-glued); nor are two typed rows on one line, their cells
 * parted (规章 0 0 2 行政规范性文件 7 7 63). Nor is a line that opens with
 * a section heading run on into its block (heading_runs_on): a page
 * flattened per block is page text only by runon_evidence, whose TAB veto
 * holds for the whole text (speed16-pagetext-tab-parted). */
static bool glued_line(const pt_titles *t, const uint8_t *src, uint32_t s, uint32_t e)
{
    if (e > s && src[e - 1] == '\r')
        e--;
    if (e - s < 12 || tab_between_values(src, s, e))
        return false;
    return (glued_rows(src, s, e, true) >= PT_GLUED_LINE_ROWS || run_on_rows(src, s, e) >= PT_RUNON_LINE_ROWS ||
            glued_cells_run(src, s, e)) &&
           !heading_runs_on(t, src, s, e);
}

/* The first digit at or after FROM (LEN when none): the next 4 bytes
 * looked at first (a table's next cell: 0 0 2, cheaper than a call), then
 * strcspn over the NUL-terminated text, a NUL inside it stepped over.
 * Most of a report has no digit, and a line without one is no glued
 * table's. */
static uint32_t next_digit(const uint8_t *src, uint32_t len, uint32_t from)
{
    for (uint32_t k = from, near = from + 4 < len ? from + 4 : len; k < near; k++)
        if (src[k] >= '0' && src[k] <= '9')
            return k;
    for (uint32_t k = from; k < len; k++) {
        k += (uint32_t)strcspn((const char *)src + k, "0123456789");
        if (k >= len || (src[k] >= '0' && src[k] <= '9'))
            return k < len ? k : len;
    }
    return len;
}

/* What glued_line's counts may reach on a line, tallied run by run: each
 * a bound (a run that glued_rows, run_on_rows or glued_cells_run counts
 * is tallied, not the other way), so a line whose tally falls short of
 * their thresholds is none of theirs and is never walked byte by byte. */
typedef struct {
    int glued, runon;
    bool cells;
} glued_tally;

/* Tally the digit run [k, d) of the line [s, e) (e past any CR):
 * glued_rows' test of a run after an ideograph (3 digits or more, then
 * the line's end, a non-unit, or -), run_on_rows' of a value after a
 * value parted by blanks or | then a label or its number, and
 * glued_cells_run's length (a bound: its blanks before not read). The blanks walked back are the gap since the
 * line's last run: each byte read once. */
static void tally_run(glued_tally *g, const uint8_t *src, uint32_t s, uint32_t e, uint32_t k, uint32_t d)
{
    if (d - k >= PT_GLUED_LINE_CELLS)
        g->cells = true;
    uint32_t cp;
    if (d - k >= 3 && k >= s + 3 && src[k - 1] >= 0x80 && utf8_decode(src + k - 3, 3, &cp) == 3 && cp >= 0x4E00 &&
        cp <= 0x9FFF) {
        uint32_t b = d, next = 0;
        while (b < e && src[b] == ' ')
            b++;
        if (b < e && !utf8_decode(src + b, e - b, &next))
            next = 0;
        g->glued += d == e || (next >= 0x80 && !prose_unit(next)) || next == '-';
    }
    uint32_t p = k, b = d;
    while (p > s && (src[p - 1] == ' ' || src[p - 1] == '|'))
        p--;
    if (p == k || p == s || src[p - 1] < '0' || src[p - 1] > '9')
        return;
    while (b < e && (src[b] == ' ' || src[b] == '|'))
        b++;
    if (b < e && (src[b] >= 0x80 || src[b] == '(' || src[b] == '.') && utf8_decode(src + b, e - b, &cp))
        g->runon += (cp >= 0x4E00 && cp <= 0x9FFF && !prose_unit(cp)) || numbered_label_at(src, b, e);
}

/* Is the digit run [k, d) of the text one that tally_run counts toward a
 * glued table's line (a row glued to its label, a row run on into the next
 * label, table 四's cells)? Asked by the scanner of a number token that
 * touches a non-ASCII byte or a blank (lexer.re glued_hint); the line's
 * start is not looked for: the bytes tally_run reads before the run are
 * an ideograph or blanks, never a line break, and after it the run's line
 * ends at its break (E: D there). O(the blanks around the run). */
bool pagetext_run_glued(const uint8_t *src, uint32_t len, uint32_t k, uint32_t d)
{
    uint32_t e = d == len || src[d] == '\n' || src[d] == '\r' ? d : len;
    glued_tally g = {0, 0, false};
    tally_run(&g, src, 0, e, k, d);
    return g.glued || g.runon || g.cells;
}

/* May the line tallied be a glued table's (glued_line's thresholds)? */
static bool tally_may_glue(const glued_tally *g)
{
    return g->glued >= PT_GLUED_LINE_ROWS || g->runon >= PT_RUNON_LINE_ROWS || g->cells;
}

/* Append the line start S to the list V (N of CAP) in the doc's arena. */
static bool push_line(xxgk_doc *doc, uint32_t **v, size_t *n, size_t *cap, uint32_t s)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 8;
        uint32_t *w = xxgk_doc_alloc(doc, c * sizeof *w);
        if (!w)
            return false;
        if (*n)
            memcpy(w, *v, *n * sizeof *w);
        *v = w;
        *cap = c;
    }
    (*v)[(*n)++] = s;
    return true;
}

/* The glued lines of the text in order: only the lines that hold a
 * digit are visited (next_digit jumps between runs), their runs tallied
 * (tally_run), and glued_line asked only of a line whose tally reaches a
 * threshold. A typed report's rows and prose fall short: its bytes are
 * read by strcspn and memchr alone. Linear: each run tallied once, each
 * line found once (its start by memrchr back to the last line's end:
 * line_around). */
size_t pagetext_glued_lines(xxgk_doc *doc, uint32_t **out)
{
    uint32_t *v = NULL;
    size_t n = 0, cap = 0;
    const uint8_t *src = doc->src;
    const uint32_t len = doc->len;
    const pt_titles titles = section_titles();
    uint32_t s = 0, e = 0, te = 0;
    bool in_line = false;
    glued_tally g = {0, 0, false};
    for (uint32_t k = next_digit(src, len, 0); k < len;) {
        if (!in_line || k > e) { /* the run opens a line not yet seen */
            if (in_line && tally_may_glue(&g) && glued_line(&titles, src, s, e) && !push_line(doc, &v, &n, &cap, s))
                break;
            line_around(doc, in_line ? e + 1 : 0, k, &s, &e);
            te = e;
            if (te > s && src[te - 1] == '\r')
                te--;
            in_line = true;
            g = (glued_tally){0, 0, false};
        }
        uint32_t d = k;
        while (d < len && src[d] >= '0' && src[d] <= '9')
            d++;
        tally_run(&g, src, s, te, k, d);
        k = next_digit(src, len, d);
    }
    if (in_line && tally_may_glue(&g) && glued_line(&titles, src, s, e))
        push_line(doc, &v, &n, &cap, s);
    *out = v;
    return n;
}
