/* The flow of a page's text (see html_int.h): where text goes, the space
 * or line owed before a character, and where in the page a character of a
 * text node stands. */
#include <string.h>

#include "html_int.h"

table_state *html_top_table(hstate *h) { return h->ntables ? &h->tables[h->ntables - 1] : NULL; }

/* Where text goes: the open cell of the innermost data table, else the
 * flow of the page. */
textbuf *html_sink(hstate *h)
{
    table_state *t = html_top_table(h);
    if (t && !t->layout && t->cell)
        return &t->cell->text;
    return &h->out;
}

bool html_in_cell(hstate *h)
{
    table_state *t = html_top_table(h);
    return t && !t->layout && t->cell;
}

/* A wide character: CJK and full-width forms, between which a line break
 * or space of the source is no space of the text (as CSS drops segment
 * breaks between East Asian characters); an &nbsp; (U+00A0) in the flow
 * is kept as a space, which a reader sees (pend_nbsp: two offices'
 * names an &nbsp; parts are two). Not a full-width digit (０-９):
 * a blank next to one is kept as next to an ASCII digit, for it may
 * part two numbers or two groups of one (１ ６６５: P006 or L042 as for
 * 1 665, never 1665 read silently). */
static bool wide(uint32_t cp)
{
    return cp >= 0x2E80 && cp <= 0xFFEF && !(cp >= 0xFF10 && cp <= 0xFF19);
}

/* Rule: the text's last line is a section's numeral alone (一 to 十, the
 * same in traditional script), so a space of the source after it parts
 * the numeral from the heading's words as in a .txt (三 收到和处理…), no
 * segment break between two wide characters dropped. */
static bool numeral_opens_line(const textbuf *t)
{
    static const char numerals[] = "一二三四五六七八九十";
    if (t->len < 3 || (t->len > 3 && t->s[t->len - 4] != '\n'))
        return false;
    for (size_t i = 0; i + 3 <= sizeof numerals - 1; i += 3)
        if (!memcmp(t->s + t->len - 3, numerals + i, 3))
            return true;
    return false;
}

/* A block boundary: a new line in the flow, a soft break inside a cell. */
void html_block_break(hstate *h)
{
    if (html_in_cell(h))
        h->pend_cellbreak = true;
    else
        h->pend_line = true;
    h->break_apart = false;
}

void html_apart_break(hstate *h)
{
    bool only_apart = !h->pend_cellbreak || h->break_apart;
    html_block_break(h);
    h->break_apart = only_apart && html_in_cell(h);
}

/* A footnote mark's character, printed after a number as its mark: * ＊
 * ※ † ‡ ① to ⑳. */
static bool mark_char(uint32_t cp)
{
    return cp == '*' || cp == 0xFF0A || cp == 0x203B || cp == 0x2020 || cp == 0x2021 || (cp >= 0x2460 && cp <= 0x2473);
}

/* A digit a number ends with: ASCII, full-width, superscript. */
static bool number_digit(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || cp == 0x2070 || cp == 0xB9 || cp == 0xB2 ||
           cp == 0xB3 || (cp >= 0x2074 && cp <= 0x2079);
}

/* Is the break owed in a cell only the edge of boxes set apart, right
 * after a number's digit, where a footnote mark is still the number's
 * (64<span style="margin-left:2px"><sup>1</sup></span>, <span
 * style="margin-right:1em">64</span>*)? */
static bool mark_over_apart(const hstate *h, const textbuf *t)
{
    return h->pend_cellbreak && h->break_apart && !h->pend_space && t->len && tb_last(t) != '\n' &&
           number_digit(h->last_cp);
}

/* Skip markup at the cursor: a tag, a comment, a doctype. */
static uint32_t skip_markup(const hstate *h, uint32_t p, uint32_t end)
{
    const uint8_t *s = h->src;
    if (p + 4 <= end && memcmp(s + p, "<!--", 4) == 0) {
        const uint8_t *e = memmem(s + p + 4, end - p - 4, "-->", 3);
        return e ? (uint32_t)(e - s) + 3 : end;
    }
    const uint8_t *e = memchr(s + p, '>', end - p);
    return e ? (uint32_t)(e - s) + 1 : end;
}

/* The page offset of the next character c (its UTF-8 bytes b[0..l)) at
 * or after the cursor, before end: the bytes themselves, or an entity
 * (&nbsp; &#20013;) standing for it. Moves the cursor past it. */
uint32_t html_align(hstate *h, const uint8_t *b, int l, uint32_t end)
{
    const uint8_t *s = h->src;
    uint32_t p = h->cur, stray = 0;
    /* the characters of one callback stand together in the page: between
     * two of them only markup, blanks or an entity; a character the parser
     * changed (an invalid byte) is not looked for further than that, so
     * the cost stays linear */
    while (p < end && stray < ALIGN_SLACK) {
        if (p + (uint32_t)l <= end && memcmp(s + p, b, (size_t)l) == 0) {
            h->cur = p + (uint32_t)l;
            return p;
        }
        if (s[p] == '&') {
            uint32_t q = p + 1;
            while (q < end && q - p < 40 && s[q] != ';' && s[q] != '<' && s[q] != '&')
                q++;
            h->cur = q < end && s[q] == ';' ? q + 1 : p + 1;
            return p;
        }
        if (s[p] == '<' && p + 1 < end && (s[p + 1] == '/' || s[p + 1] == '!' ||
                                           ((s[p + 1] | 0x20) >= 'a' && (s[p + 1] | 0x20) <= 'z'))) {
            p = skip_markup(h, p, end);
            continue;
        }
        stray += s[p] != ' ' && s[p] != '\t' && s[p] != '\n' && s[p] != '\r';
        p++;
    }
    return h->cur < h->srclen ? h->cur : h->srclen;
}

static bool superscript_digit(uint32_t cp)
{
    return cp == 0x2070 || cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2074 && cp <= 0x2079);
}

/* Is the character before a <sup>'s digit one its mark is raised over:
 * a number's digit (83<sup>1</sup>), a superscript digit, or, in a
 * table's cell, any character of its text (总计<sup>1</sup>, a label's
 * footnote mark)? */
static bool mark_base(const hstate *h, const textbuf *t)
{
    uint32_t c = h->last_cp;
    if ((c >= '0' && c <= '9') || superscript_digit(c))
        return true;
    /* a wide or zero-width blank (U+3000, U+200B-U+200D, U+2060, U+FEFF:
     * a CMS's filler) is no base: <td>　<sup>64</sup></td> is a number */
    bool invisible = c == 0x3000 || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    return t != &h->out && c > ' ' && !html_blank(c) && !invisible;
}

/* Write one character at page offset at into the sink, after the space or
 * line break owed before it. A digit of a <sup> right after a number's
 * digit (83<sup>1</sup>) is written as a superscript digit (83¹): a
 * footnote mark, which the lexer skips with P036, never a digit of the
 * number nor a number of its own. So is one right after a label's last
 * character in a table cell (总计<sup>1</sup>: 总计¹, which the grammar
 * reads as the label and a mark, never a number in the label's cell). */
/* A digit as printed: 0-9 or ０-９ (not a raised one: a mark's). */
static bool plain_digit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* Does t end with a digit (ASCII, full-width), zero-width characters
 * after it aside (10690&#8203;: the lexer skips them, L034, so digits
 * on their two sides read joined)? */
static bool digit_ends(const textbuf *t)
{
    size_t n = t->len;
    const uint8_t *p = (const uint8_t *)t->s;
    for (;;) {
        if (n >= 2 && p[n - 2] == 0xC2 && p[n - 1] == 0xAD)
            n -= 2; /* U+00AD, the lexer's FMT too */
        else if (n >= 3 && ((p[n - 3] == 0xE2 && p[n - 2] == 0x80 && p[n - 1] >= 0x8B && p[n - 1] <= 0x8D) ||
                            (p[n - 3] == 0xE2 && p[n - 2] == 0x81 && p[n - 1] == 0xA0) ||
                            (p[n - 3] == 0xEF && p[n - 2] == 0xBB && p[n - 1] == 0xBF)))
            n -= 3;
        else
            break;
    }
    if (n >= 1 && p[n - 1] >= '0' && p[n - 1] <= '9')
        return true;
    return n >= 3 && p[n - 3] == 0xEF && p[n - 2] == 0xBC && p[n - 1] >= 0x90 && p[n - 1] <= 0x99;
}

/* The classed elements the sink's next character stands in (the open
 * elements whose cls_owner is their own), outermost first, into p. */
void html_cls_path_of(const hstate *h, html_cls_path *p)
{
    p->n = 0;
    for (size_t i = 0; i < h->depth; i++) {
        const frame *f = &h->stack[i];
        if (!f->cls_owner || (i && f->cls_owner == h->stack[i - 1].cls_owner))
            continue;
        if (p->n < HTML_CLS_PATH) {
            p->owner[p->n] = f->cls_owner;
            p->sig[p->n] = f->cls_sig;
        }
        if (p->n < UINT8_MAX)
            p->n++;
    }
}

/* Where two runs' paths part (*lvl: the first level whose element
 * differs, HTML_CLS_PATH when they agree as far as kept), and whether
 * the boxes parting there are of one class: two .pc copies, each split
 * into .c runs, part at .pc (level 0, one class) however their .c
 * runs part inside. */
static bool cls_path_part(const html_cls_path *a, const html_cls_path *b, uint8_t *lvl)
{
    uint8_t na = a->n < HTML_CLS_PATH ? a->n : HTML_CLS_PATH;
    uint8_t nb = b->n < HTML_CLS_PATH ? b->n : HTML_CLS_PATH;
    uint8_t i = 0;
    while (i < na && i < nb && a->owner[i] == b->owner[i])
        i++;
    *lvl = i;
    if (i < na && i < nb)
        return a->sig[i] == b->sig[i];
    /* one path ends there (a classed run after a plain one: no class
     * in common), or both agree as far as kept (the caller decides) */
    return false;
}

/* The slot of a cell's edges (GRID_SPLITS, + 1, 0 free) for a new edge
 * of level lvl: the first free one; when all are taken, the one of the
 * deepest level deeper than lvl (-1 when none): an edge between two
 * copies (.pc|.pc, level 0) outranks the edges inside one copy (.c|.c,
 * one span a digit: 1|0|6|9|0 fills the slots before the copies part),
 * which only ever read as joined, so that the copies are still told
 * (L060) and never read as the digits of both (1069010690). */
static int edge_slot(const uint32_t *edges, const uint8_t *lvls, uint8_t lvl)
{
    int deepest = -1;
    for (int i = 0; i < GRID_SPLITS; i++) {
        if (!edges[i])
            return i;
        if (lvls[i] > lvl && (deepest < 0 || lvls[i] > lvls[deepest]))
            deepest = i;
    }
    return deepest;
}

/* A digit about to be written to a cell's text t right after a digit,
 * nothing between, where the runs on the two sides stand in elements of
 * different classes (or ids) the page does not explain (frame.cls_sig:
 * no selector of its own <style> names them): <span class="hidden-xs">
 * 10690</span><span class="visible-xs">10690</span> is one number shown
 * twice, one copy for phones and one for screens, of which a stylesheet
 * not in the page (linked, or lost with the crawl) shows one: where the
 * digits on the two sides are equal, the cell is read as empty with L054
 * (grid.c), never as the digits joined. <span class="a">10</span>690,
 * 26<em class="keyword">48</em> is one number split by styling (a
 * search's highlight, Word's bookmark id, WPS's class="15"): its digits
 * differ, read joined (L041 where a sheet is linked). Runs of the same
 * classes render alike (Word's <span lang=EN-US>1</span><span lang=
 * EN-US>0</span>, no class: one number, as printed). */
static void split_runs(hstate *h, const textbuf *t, uint32_t cp)
{
    uint32_t sig = h->depth ? h->stack[h->depth - 1].cls_sig : 0;
    uint32_t owner = h->depth ? h->stack[h->depth - 1].cls_owner : 0;
    if ((sig == h->run_sig && owner == h->run_owner) || !plain_digit(cp) || !digit_ends(t))
        return;
    table_state *ts = html_top_table(h);
    if (!ts || ts->layout || !ts->cell || t != &ts->cell->text)
        return;
    html_cls_path now;
    html_cls_path_of(h, &now);
    uint8_t lvl;
    /* the same class, another element of it: two boxes a rule not in the
     * page may tell apart (.pc:nth-child(2), a linked sheet's); decided
     * at the outermost box the two runs do not share */
    bool same = cls_path_part(&h->run_path, &now, &lvl);
    if (lvl >= HTML_CLS_PATH) /* deeper than the path kept: the runs' own elements */
        same = sig && sig == h->run_sig;
    if (sig == h->run_sig && !same)
        return;
    uint32_t *edges = same ? ts->cell->same_at : ts->cell->split_at;
    uint8_t *lvls = same ? ts->cell->same_lvl : ts->cell->split_lvl;
    int i = edge_slot(edges, lvls, lvl);
    if (i < 0)
        return;
    edges[i] = (uint32_t)t->len + 1;
    lvls[i] = lvl;
    if (same)
        return;
    /* the bit of split_at[i]: of this edge, not of one it replaced */
    uint8_t bit = (uint8_t)(1u << i);
    ts->cell->split_classed = (uint8_t)(ts->cell->split_classed & ~bit);
    if (sig)
        ts->cell->split_classed |= bit;
}

/* Is cp a character that shows nothing and takes no room (U+200B-U+200D,
 * U+2060, U+FEFF, U+00AD: the lexer's FMT set): a CMS's filler, no edge between two runs' digits? */
static bool format_char(uint32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}

void html_put_char(hstate *h, const uint8_t *b, int l, uint32_t cp, uint32_t at)
{
    textbuf *t = html_sink(h);
    static const char *const sup[10] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    /* a mark glued over the edge of a box set apart (html_mark_open), or
     * a mark's character right after a number there: no break */
    bool invisible = cp == 0x3000 || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
    if (h->apart_owed && !h->mark_depth && !mark_char(cp) && !invisible) {
        /* text after a mark that crossed an edge set apart: the edge is
         * there still, between the mark and it */
        h->apart_owed = false;
        if (h->apart_gen == h->sink_gen && t != &h->out && !h->pend_cellbreak) {
            h->pend_cellbreak = true;
            h->break_apart = true;
        }
    }
    if (h->break_apart && t != &h->out && mark_over_apart(h, t) && ((h->gmark && h->mark_depth) || mark_char(cp))) {
        h->pend_cellbreak = false;
        h->apart_owed = true;
        h->apart_gen = h->sink_gen;
    }
    if (h->sup_depth && cp >= '0' && cp <= '9' && !h->sup_raise)
        h->sup_raise = !h->pend_space && !h->pend_line && !h->pend_cellbreak && t->len && mark_base(h, t) ? 1 : 2;
    if (h->sup_depth && cp >= '0' && cp <= '9' && h->sup_raise == 1) {
        h->pend_mark = false;
        b = (const uint8_t *)sup[cp - '0'];
        l = (int)strlen(sup[cp - '0']);
        cp = cp == '1' ? 0xB9 : cp == '2' ? 0xB2 : cp == '3' ? 0xB3 : cp == '0' ? 0x2070 : 0x2070 + (cp - '0');
    }
    if (h->gmark && !h->gmark_sup && h->mark_depth && cp >= '0' && cp <= '9' && t != &h->out) {
        /* a lowered mark's digit after a label (总计<sub>1</sub>): a
         * subscript digit, so that the label's cell holds no number */
        static const char *const sub[10] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                            "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
        b = (const uint8_t *)sub[cp - '0'];
        l = 3;
        cp = 0x2080 + (cp - '0');
    }
    if (t == &h->out && h->pend_line) {
        if (t->len && tb_last(t) != '\n') {
            tb_trim_end(t);
            tb_put_at(t, "\n", 1, at);
        }
        h->pend_space = false;
    }
    h->pend_line = false;
    if (t != &h->out && h->pend_cellbreak && t->len && tb_last(t) != '\n') {
        /* a block boundary inside a cell: a line break in the cell's
         * text, a space or nothing when the row is written (grid.c), a
         * line when the table turns out to be for layout */
        tb_put_at(t, "\n", 1, at);
        h->pend_space = false;
    }
    h->pend_cellbreak = false;
    if ((h->pend_space || h->pend_mark) && t->len && tb_last(t) != '\n' && tb_last(t) != '\t' &&
        (h->pend_mark || !(wide(h->last_cp) && wide(cp)) || (h->pend_space && h->pend_nbsp && t == &h->out) ||
         (h->pend_space && h->pend_inline_space && t == &h->out && numeral_opens_line(t))))
        tb_put_at(t, " ", 1, at);
    h->pend_space = false;
    h->pend_inline_space = false;
    h->pend_nbsp = false;
    h->pend_mark = false;
    if (t != &h->out)
        split_runs(h, t, cp);
    tb_put(t, (const char *)b, (size_t)l, at);
    h->last_cp = cp;
    if (!format_char(cp)) { /* a zero-width filler between two runs is neither's */
        uint32_t owner = h->depth ? h->stack[h->depth - 1].cls_owner : 0;
        h->run_sig = h->depth ? h->stack[h->depth - 1].cls_sig : 0;
        if (owner != h->run_owner) /* rare: a new classed element */
            html_cls_path_of(h, &h->run_path);
        h->run_owner = owner;
    }
    if (t == &h->out) { /* counted for html_chrome_close */
        h->flow_chars++;
        h->link_chars += h->link_at >= 0;
    }
}


/* Is [s, s+n) blanks only (spaces, U+00A0, U+3000, zero-width ones:
 * what a CMS fills an empty cell with), or nothing? */
static bool blank_only(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    for (size_t i = 0; i < n;) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n')
            i++;
        else if (i + 1 < n && p[i] == 0xC2 && p[i + 1] == 0xA0)
            i += 2;
        else if (i + 2 < n && ((p[i] == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80) ||
                               (p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] >= 0x8B && p[i + 2] <= 0x8D) ||
                               (p[i] == 0xE2 && p[i + 1] == 0x81 && p[i + 2] == 0xA0) ||
                               (p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF)))
            i += 3;
        else
            return false;
    }
    return true;
}

/* Does [s, s+n) hold a digit: ASCII, full-width, superscript or
 * subscript? */
static bool any_digit(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= '0' && p[i] <= '9') || (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99) ||
            (i + 1 < n && p[i] == 0xC2 && (p[i + 1] == 0xB9 || p[i + 1] == 0xB2 || p[i + 1] == 0xB3)) ||
            (i + 2 < n && p[i] == 0xE2 && ((p[i + 1] == 0x81 && (p[i + 2] == 0xB0 || (p[i + 2] >= 0xB4 && p[i + 2] <= 0xB9))) ||
                                           (p[i + 1] == 0x82 && p[i + 2] >= 0x80 && p[i + 2] <= 0x89))))
            return true;
    return false;
}

/* ---- a raised or lowered run right after a cell's text ---------------- */

/* A <sup> or <sub> opens. The outermost one right after a character of a
 * cell's text (no blank or line between: mark_base) is that text's
 * footnote mark: its text is written glued to it and judged when it
 * closes; a <sub> after a digit keeps its blank (３５<sub>１</sub>:
 * P006). Any other opens with a blank owed, as before. */
void html_mark_open(hstate *h, bool sup)
{
    textbuf *t = html_sink(h);
    if (h->mark_depth == 0) {
        h->sup_raise = 0;
        h->lmark = html_in_cell(h) && t != &h->out && blank_only(t->s, t->len);
        h->lmark_from = (uint32_t)t->len;
        h->lmark_gen = h->sink_gen;
    }
    if (h->mark_depth++ == 0 && html_in_cell(h) && !h->pend_space && !h->pend_line &&
        (!h->pend_cellbreak || mark_over_apart(h, t)) && t->len && tb_last(t) != '\n' && mark_base(h, t)) {
        bool digit = (h->last_cp >= '0' && h->last_cp <= '9') || (h->last_cp >= 0xFF10 && h->last_cp <= 0xFF19) ||
                     superscript_digit(h->last_cp);
        if (sup || !digit) {
            h->gmark = true;
            h->gmark_sup = sup;
            h->gmark_digit = digit;
            h->gmark_from = (uint32_t)t->len;
            h->gmark_gen = h->sink_gen;
            return;
        }
    }
    h->pend_mark = true;
}

/* Bytes of a superscript digit at s (n bytes left), 0 when none. */
static int sup_digit_at(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xB9 || p[1] == 0xB2 || p[1] == 0xB3))
        return 2;
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x81 && (p[2] == 0xB0 || (p[2] >= 0xB4 && p[2] <= 0xB9)))
        return 3;
    return 0;
}

/* Bytes of a full-width digit at s (n bytes left), 0 when none. */
static int wide_digit_at(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    return n >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99 ? 3 : 0;
}

/* Is [s, s+n), a mark's text, a number raised as a power's exponent
 * would be: a sign maybe (- + − ⁻), then superscript digits only (or,
 * WIDE, full-width digits too: １０<sup>２</sup>, whose ２ html_put_char
 * leaves as it is)? */
static bool exponent_digits(const char *s, size_t n, bool wide)
{
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    else if (n >= 3 && ((uint8_t)s[0] == 0xE2 && (uint8_t)s[1] == 0x88 && (uint8_t)s[2] == 0x92)) /* − */
        i = 3;
    else if (n >= 3 && ((uint8_t)s[0] == 0xE2 && (uint8_t)s[1] == 0x81 && (uint8_t)s[2] == 0xBB)) /* ⁻ */
        i = 3;
    if (i >= n)
        return false;
    for (int l; i < n; i += (size_t)l)
        if ((l = sup_digit_at(s + i, n - i)) == 0 && (!wide || (l = wide_digit_at(s + i, n - i)) == 0))
            return false;
    return true;
}

static bool exponent_text(const char *s, size_t n)
{
    return exponent_digits(s, n, false);
}

/* Does the text before byte e end with the number 10 alone: 1 and 0,
 * half-width or full-width (１０), no digit, point or comma of either
 * width before them (10, 1.5×10, １０, not 110 nor 2.10 nor １１０)? */
static bool ten_before(const textbuf *t, size_t e)
{
    size_t b;
    if (e >= 2 && t->s[e - 1] == '0' && t->s[e - 2] == '1')
        b = e - 2;
    else if (e >= 6 && memcmp(t->s + e - 6, "\xEF\xBC\x91\xEF\xBC\x90", 6) == 0) /* １０ */
        b = e - 6;
    else
        return false;
    if (b == 0)
        return true;
    char c = t->s[b - 1];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',')
        return false;
    /* a full-width digit, point or comma (０-９ ． ，: EF BC 90-99, 8E, 8C) */
    return !(b >= 3 && (uint8_t)t->s[b - 3] == 0xEF && (uint8_t)t->s[b - 2] == 0xBC &&
             (((uint8_t)c >= 0x90 && (uint8_t)c <= 0x99) || (uint8_t)c == 0x8E || (uint8_t)c == 0x8C));
}

/* Is the cell's text before byte e a number's only (digits of either
 * width, points, commas, blanks, signs, a times sign: 10, 1.5×10, １０),
 * so that a power of ten there stands where the cell's number does? A
 * label's 10 (行政规范性文件10<sup>2</sup>) is the label's, never L033
 * blanking the label. */
static bool number_only_before(const textbuf *t, size_t e)
{
    for (size_t i = 0; i < e;) {
        uint8_t c = (uint8_t)t->s[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ' || c == '+' || c == '-' || c == '*' ||
            c == 'x' || c == 'X') {
            i++;
            continue;
        }
        if (i + 1 < e && c == 0xC3 && (uint8_t)t->s[i + 1] == 0x97) { /* × */
            i += 2;
            continue;
        }
        if (i + 2 < e && c == 0xEF && (uint8_t)t->s[i + 1] == 0xBC &&
            (((uint8_t)t->s[i + 2] >= 0x90 && (uint8_t)t->s[i + 2] <= 0x99) || (uint8_t)t->s[i + 2] == 0x8E)) {
            i += 3; /* ０-９ ． */
            continue;
        }
        return false;
    }
    return true;
}

/* A short mark: 1 to 8 characters, no blank, no line, no bracket of
 * the marks' own. */
static bool short_mark(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return false;
        uint8_t c1 = i + 2 < n ? (uint8_t)s[i + 1] : 0, c2 = i + 2 < n ? (uint8_t)s[i + 2] : 0;
        if (c == 0xE2 && ((c1 == 0x81 && (c2 == 0xBD || c2 == 0xBE)) || (c1 == 0x82 && (c2 == 0x8D || c2 == 0x8E))))
            return false; /* ⁽ ⁾ ₍ ₎ */
        chars += (c & 0xC0) != 0x80;
    }
    return chars >= 1 && chars <= 8;
}

/* Where in the page byte pos of t stands (its run's origin). */
static uint32_t origin_of(const textbuf *t, size_t pos, uint32_t dflt)
{
    for (size_t i = t->nruns; i > 0; i--)
        if (t->runs[i - 1].text <= pos)
            return t->runs[i - 1].src + (uint32_t)(pos - t->runs[i - 1].text);
    return dflt;
}

/* A <sup> or <sub> closes. The outermost glued one's text, from
 * gmark_from on:
 * - raised digits (superscripts already, html_put_char) stay as they are
 *   (83¹: P036; 总计¹: the label's mark, P091), unless they stand after
 *   the number 10 alone (10², 1.5×10⁴, 10⁻²): a power of ten or a mark,
 *   the cell is read as empty (L033, grid.c);
 * - any other mark of a few characters (注, a, *, ①, 注1) is put between
 *   raised brackets, ⁽注⁾ (lowered: ₍a₎), glued: after a number's digit
 *   the number's mark (the lexer's P036), after a label's character the
 *   label's (the parser's P091, P078 over a header);
 * - a longer text (a remark in a <sup>) is set apart by a blank, as any
 *   mark was. */
void html_mark_close(hstate *h, bool sup, uint32_t at)
{
    (void)sup;
    if (h->mark_depth)
        h->mark_depth--;
    h->pend_mark = true;
    if (h->mark_depth)
        return;
    if (h->lmark) {
        /* a mark that opens a cell's text: the cell is it alone (no text
         * follows before the cell ends) when a digit of it is read as
         * raised (lowered) text, L048 (grid.c), never a number or a mark */
        h->lmark = false;
        table_state *ts = html_top_table(h);
        if (h->lmark_gen == h->sink_gen && ts && ts->cell && ts->cell->text.len > h->lmark_from &&
            any_digit(ts->cell->text.s + h->lmark_from, ts->cell->text.len - h->lmark_from))
            ts->cell->raised_to = (uint32_t)ts->cell->text.len;
    }
    if (!h->gmark)
        return;
    h->gmark = false;
    table_state *ts = html_top_table(h);
    if (h->gmark_gen != h->sink_gen || !ts || !ts->cell)
        return;
    textbuf *t = &ts->cell->text;
    size_t from = h->gmark_from;
    if (from > t->len || (t->len == from))
        return;
    const char *m = t->s + from;
    size_t n = t->len - from;
    if (h->gmark_digit && h->gmark_sup && exponent_digits(m, n, true) && ten_before(t, from) &&
        number_only_before(t, from)) {
        ts->cell->power = true;
        return;
    }
    if (exponent_text(m, n) && (m[0] & 0x80))
        return; /* superscript digits alone */
    if (short_mark(m, n)) {
        /* the brackets stand where the mark's first and last characters do */
        size_t last = t->len;
        while (last > from && ((uint8_t)t->s[last - 1] & 0xC0) == 0x80)
            last--;
        uint32_t open = origin_of(t, from, at), close = origin_of(t, last > from ? last - 1 : from, at);
        tb_insert_at(t, from, h->gmark_sup ? "\u207D" : "\u208D", 3, open);
        tb_put_at(t, h->gmark_sup ? "\u207E" : "\u208E", 3, close);
        h->last_cp = h->gmark_sup ? 0x207E : 0x208E;
        return;
    }
    /* a remark: apart from what it stands after */
    tb_insert_at(t, from, " ", 1, at);
}
