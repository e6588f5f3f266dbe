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
 * breaks between East Asian characters). Not a full-width digit (０-９):
 * a blank next to one is kept as next to an ASCII digit, for it may
 * part two numbers or two groups of one (１ ６６５: P006 or L042 as for
 * 1 665, never 1665 read silently). */
static bool wide(uint32_t cp)
{
    return cp >= 0x2E80 && cp <= 0xFFEF && !(cp >= 0xFF10 && cp <= 0xFF19);
}

/* A block boundary: a new line in the flow, a soft break inside a cell. */
void html_block_break(hstate *h)
{
    if (html_in_cell(h))
        h->pend_cellbreak = true;
    else
        h->pend_line = true;
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
void html_put_char(hstate *h, const uint8_t *b, int l, uint32_t cp, uint32_t at)
{
    textbuf *t = html_sink(h);
    static const char *const sup[10] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    if (h->sup_depth && cp >= '0' && cp <= '9' && !h->pend_space && !h->pend_line && !h->pend_cellbreak &&
        t->len && mark_base(h, t)) {
        h->pend_mark = false;
        b = (const uint8_t *)sup[cp - '0'];
        l = (int)strlen(sup[cp - '0']);
        cp = cp == '1' ? 0xB9 : cp == '2' ? 0xB2 : cp == '3' ? 0xB3 : cp == '0' ? 0x2070 : 0x2070 + (cp - '0');
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
        (h->pend_mark || !(wide(h->last_cp) && wide(cp))))
        tb_put_at(t, " ", 1, at);
    h->pend_space = false;
    h->pend_mark = false;
    tb_put(t, (const char *)b, (size_t)l, at);
    h->last_cp = cp;
    if (t == &h->out) { /* counted for html_chrome_close */
        h->flow_chars++;
        h->link_chars += h->link_at >= 0;
    }
}

