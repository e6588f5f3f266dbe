/* Run-together page text: virtual line breaks (see pagetext.h).
 *
 * Only lines of PT_MIN_LINE bytes or more are searched, and only a heading
 * that the grammar can expect there counts: a numeral and 、, then a title
 * of that numeral's own section, after every section found so far. An
 * ordinary report (a line per heading) gets no breaks and reads as before. */
#include <string.h>

#include "lex.h"
#include "numerals.h"
#include "pagetext.h"
#include "utf8.h"

enum {
    PT_WINDOW = 40,   /* code points of a heading title looked at */
    PT_MIN_INLINE = 2 /* inline headings that make a document page text */
};

typedef struct pt_list {
    xxgk_doc *doc;
    pt_break *v;
    size_t n, cap;
} pt_list;

static void pt_add(pt_list *l, uint32_t at, uint32_t end, int entry)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        pt_break *v = xxgk_doc_alloc(l->doc, cap * sizeof *v);
        if (!v)
            return;
        if (l->n)
            memcpy(v, l->v, l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n].at = at;
    l->v[l->n].end = end;
    l->v[l->n].entry = entry;
    l->n++;
}

/* The title window after a heading's 、: folded, cut before the first
 * digit (a title has none; the numbers of a table row follow it). */
static size_t title_window(const uint8_t *src, uint32_t s, uint32_t e, char *out, uint32_t *off)
{
    uint32_t w = s;
    for (int k = 0; k < PT_WINDOW && w < e; k++) {
        uint32_t cp;
        int l = utf8_decode(src + w, e - w, &cp);
        if (!l || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
            break;
        w += (uint32_t)l;
    }
    return label_fold_map(src + s, w - s, s, out, off);
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
static size_t match_title(const char *f, size_t n, int sec, int *entry)
{
    size_t best = 0;
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind != LK_SEC || e->key != sec || e->variant == 2)
            continue;
        size_t k = strlen(e->text);
        if (k > best && starts_with(f, n, e->text)) {
            best = k;
            *entry = i;
        }
    }
    if (best)
        return best;
    char buf[PT_WINDOW * 4 + 1];
    memcpy(buf, f, n);
    buf[n] = 0;
    int k = label_keyword_heading(buf);
    if (k < 0 || label_entry_at(k)->key != sec)
        return 0;
    /* the shortest prefix that still holds the keywords */
    size_t m = n;
    while (m > 0) {
        size_t p = m - 1;
        while (p > 0 && ((unsigned char)buf[p] & 0xC0) == 0x80)
            p--;
        buf[p] = 0;
        if (label_keyword_heading(buf) != k)
            break;
        m = p;
    }
    if (starts_with(f + m, n - m, "的"))
        m += 3;
    if (starts_with(f + m, n - m, "情况") || starts_with(f + m, n - m, "事项"))
        m += 6;
    *entry = k;
    return m;
}

/* Section numeral and 、 at s: the section it names (1..6), else 0. */
static int heading_numeral(const uint8_t *src, uint32_t s, uint32_t e, uint32_t *after)
{
    uint32_t cp, cp2;
    int l = utf8_decode(src + s, e - s, &cp);
    if (l != 3)
        return 0;
    int d = numeral_digit(cp);
    if (d < 1 || d >= XXGK_SEC__COUNT)
        return 0;
    int l2 = utf8_decode(src + s + 3, e - s - 3, &cp2);
    if (!l2 || cp2 != 0x3001)
        return 0;
    *after = s + 3 + (uint32_t)l2;
    while (*after < e && (src[*after] == ' ' || src[*after] == '\t'))
        (*after)++;
    return d;
}

/* A cheap test that heading_numeral can match at s: a section numeral is
 * three bytes and 、 (E3 80 81) follows it. Most code points of a long line
 * fail here, before any decoding. */
static bool maybe_heading(const uint8_t *src, uint32_t s, uint32_t e)
{
    return e - s >= 6 && src[s + 3] == 0xE3 && src[s + 4] == 0x80 && src[s + 5] == 0x81;
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
 * markdown #), else 0. */
static int line_heading(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '#'))
        s++;
    uint32_t after;
    int n = heading_numeral(src, s, e, &after);
    if (!n)
        return 0;
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, after, e, f, off);
    int entry;
    return fl && match_title(f, fl, n, &entry) ? n : 0;
}

/* A section heading inline at i (a later section than *sec, and none
 * whose heading has a short line of its own): its breaks are added and the
 * offset after its title returned, else 0. */
static uint32_t inline_heading(pt_list *l, const uint8_t *src, uint32_t i, uint32_t e, int *sec,
                               int *found, const bool *own)
{
    uint32_t after;
    int n = heading_numeral(src, i, e, &after);
    if (n <= *sec || own[n])
        return 0;
    char f[PT_WINDOW * 4 + 1];
    uint32_t off[PT_WINDOW * 4 + 1];
    size_t fl = title_window(src, after, e, f, off);
    int entry = -1;
    size_t m = fl ? match_title(f, fl, n, &entry) : 0;
    if (!m)
        return 0;
    uint32_t end = m < fl ? off[m] : off[fl];
    pt_add(l, i, end, entry);
    pt_add(l, end, end, -1);
    *sec = n;
    (*found)++;
    return end;
}

/* One long line: its inline headings, and the sub-headings of its prose
 * sections. *sec is the last section found, across lines; a section whose
 * heading starts a short line somewhere (own[n]) is not looked for inline:
 * there the inline words only mention it. A heading that starts a long line
 * counts as inline: the DFA sees a heading only when its line ends there. */
static void scan_line(pt_list *l, const uint8_t *src, uint32_t s, uint32_t e, int *sec, int *found,
                      const bool *own)
{
    uint32_t prev = 0;
    bool bol = true;
    for (uint32_t i = s; i < e;) {
        uint32_t cp;
        int len;
        /* ASCII other than '(' (digits of glued cells, mostly): never a
         * heading (its numeral is three bytes), never a marker */
        if (src[i] < 0x80 && src[i] != '(') {
            bol = bol && (src[i] == ' ' || src[i] == '\t');
            prev = src[i++];
            continue;
        }
        /* an ideograph (lead E4..E9, well formed; most of the bytes): it can
         * start a heading, and it is neither blank nor a marker */
        if (src[i] >= 0xE4 && src[i] <= 0xE9 && e - i >= 3 && (src[i + 1] & 0xC0) == 0x80 &&
            (src[i + 2] & 0xC0) == 0x80) {
            uint32_t end = maybe_heading(src, i, e) ? inline_heading(l, src, i, e, sec, found, own) : 0;
            if (end) {
                i = end;
                prev = 0;
                continue;
            }
            bol = false;
            prev = (uint32_t)(src[i] & 0x0F) << 12 | (uint32_t)(src[i + 1] & 0x3F) << 6 | (src[i + 2] & 0x3Fu);
            i += 3;
            continue;
        }
        if (!(len = utf8_decode(src + i, e - i, &cp))) {
            i++;
            continue;
        }
        uint32_t end = maybe_heading(src, i, e) ? inline_heading(l, src, i, e, sec, found, own) : 0;
        if (end) {
            i = end;
            prev = 0;
            continue;
        }
        if (!bol && (cp == '(' || cp == 0xFF08) && prose_section(*sec) && after_sentence(prev) &&
            subhead_marker(src, i, e))
            pt_add(l, i, i, -1);
        if (cp != ' ' && cp != '\t' && cp != 0x3000)
            bol = false;
        prev = cp;
        i += (uint32_t)len;
    }
}

/* Is some line PT_MIN_LINE bytes or longer? Without one the document is
 * not page text, and the two passes below are skipped. */
static bool has_long_line(const uint8_t *src, uint32_t len)
{
    for (uint32_t s = 0; s < len;) {
        const uint8_t *nl = memchr(src + s, '\n', len - s);
        uint32_t e = nl ? (uint32_t)(nl - src) : len;
        if (e - s >= PT_MIN_LINE)
            return true;
        s = e + 1;
    }
    return false;
}

size_t pagetext_breaks(xxgk_doc *doc, pt_break **out)
{
    if (!has_long_line(doc->src, doc->len))
        return 0;
    pt_list l = {doc, NULL, 0, 0};
    int sec = 0, found = 0;
    bool own[XXGK_SEC__COUNT] = {false};
    const uint8_t *src = doc->src;
    for (uint32_t s = 0; s < doc->len;) {
        const uint8_t *nl = memchr(src + s, '\n', doc->len - s);
        uint32_t e = nl ? (uint32_t)(nl - src) : doc->len;
        if (e - s < PT_MIN_LINE)
            own[line_heading(src, s, e)] = true;
        s = e + 1;
    }
    for (uint32_t s = 0; s < doc->len;) {
        const uint8_t *nl = memchr(src + s, '\n', doc->len - s);
        uint32_t e = nl ? (uint32_t)(nl - src) : doc->len;
        if (e - s >= PT_MIN_LINE)
            scan_line(&l, src, s, e, &sec, &found, own);
        s = e + 1;
    }
    if (found < PT_MIN_INLINE)
        return 0;
    *out = l.v;
    return l.n;
}
