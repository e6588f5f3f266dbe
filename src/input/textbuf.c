/* The text builder with origins (see textbuf.h). */
#include "textbuf.h"
#include "vec.h"

#include <stdlib.h>
#include <string.h>

/* Room for n more bytes and a NUL; the text stays below 2 GiB, so the
 * doubled buffer stays below 4 GiB (spans are 32-bit). */
static bool reserve(textbuf *t, size_t n)
{
    if (t->failed)
        return false;
    if (t->len + n >= ((size_t)2 << 30) || !vec_reserve(&t->s, t->len + n, &t->cap, 1)) {
        t->failed = true;
        return false;
    }
    return true;
}

/* A run starting at the text's end for bytes from src; merged with the
 * last run when it continues it byte for byte. */
static void add_run(textbuf *t, uint32_t src, bool verbatim)
{
    if (t->nruns) {
        xxgk_origin_run *l = &t->runs[t->nruns - 1];
        if (l->text == t->len) {
            l->src = src;
            return;
        }
        if (verbatim && l->src + (t->len - l->text) == src)
            return;
    }
    if (!vec_reserve(&t->runs, t->nruns, &t->capruns, sizeof *t->runs)) {
        t->failed = true;
        return;
    }
    t->runs[t->nruns].text = (uint32_t)t->len;
    t->runs[t->nruns].src = src;
    t->nruns++;
}

void tb_put(textbuf *t, const char *s, size_t n, uint32_t src)
{
    if (!n || !reserve(t, n))
        return;
    add_run(t, src, true);
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
}

void tb_put_at(textbuf *t, const char *s, size_t n, uint32_t src)
{
    if (!n || !reserve(t, n))
        return;
    add_run(t, src, false);
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
    /* the bytes after these start a run of their own */
    add_run(t, src, false);
}

/* The first run of o that can hold byte from: the last whose start is at
 * or before it (origin_run_at), so that copying a paragraph's tail
 * (tb_insert_at near the end of a whole document's buffer) costs the
 * tail, not every run before it (issue 16). */
static size_t run_from(const textbuf *o, size_t from)
{
    return origin_run_at(o->runs, o->nruns, from);
}

void tb_append_range(textbuf *t, const textbuf *o, size_t from, size_t to)
{
    if (to > o->len)
        to = o->len;
    if (from >= to || !reserve(t, to - from))
        return;
    size_t base = t->len;
    for (size_t i = run_from(o, from); i < o->nruns; i++) {
        /* run i covers o->runs[i].text up to the next run */
        size_t a = o->runs[i].text, b = i + 1 < o->nruns ? o->runs[i + 1].text : o->len;
        if (a >= to)
            break;
        if (b <= from || b <= a)
            continue;
        size_t skip = a < from ? from - a : 0;
        t->len = base + (a + skip - from);
        add_run(t, o->runs[i].src + (uint32_t)skip, false);
    }
    memcpy(t->s + base, o->s + from, to - from);
    t->len = base + (to - from);
    t->s[t->len] = 0;
}

void tb_append(textbuf *t, const textbuf *o) { tb_append_range(t, o, 0, o->len); }

void tb_insert_at(textbuf *t, size_t at, const char *s, size_t n, uint32_t src)
{
    if (at >= t->len) {
        tb_put_at(t, s, n, src);
        return;
    }
    textbuf tail;
    memset(&tail, 0, sizeof tail);
    tb_append_range(&tail, t, at, t->len);
    if (tail.failed) {
        t->failed = true;
        tb_free(&tail);
        return;
    }
    t->len = at;
    t->s[at] = 0;
    while (t->nruns && t->runs[t->nruns - 1].text >= at)
        t->nruns--;
    tb_put_at(t, s, n, src);
    tb_append(t, &tail);
    tb_free(&tail);
}

int tb_last(const textbuf *t) { return t->len ? (unsigned char)t->s[t->len - 1] : 0; }

void tb_trim_end(textbuf *t)
{
    while (t->len && (t->s[t->len - 1] == ' ' || t->s[t->len - 1] == '\t'))
        t->len--;
    if (t->s)
        t->s[t->len] = 0;
    while (t->nruns && t->runs[t->nruns - 1].text >= t->len && t->nruns > 1 &&
           t->runs[t->nruns - 2].text >= t->len)
        t->nruns--;
}

void tb_cell_block(textbuf *t, textbuf *p)
{
    tb_trim_end(p);
    size_t lead = 0;
    while (lead < p->len && p->s[lead] == ' ')
        lead++;
    if (p->len > lead) {
        if (t->len && tb_last(t) != '\n')
            tb_put_at(t, "\n", 1, 0);
        tb_append_range(t, p, lead, p->len);
    }
    if (p->failed)
        t->failed = true;
}

void tb_free(textbuf *t)
{
    free(t->s);
    free(t->runs);
    memset(t, 0, sizeof *t);
}

/* The width of a digit (0-9, or a full-width one) at s[i], 0 if none */
size_t tb_digit_at(const char *s, size_t len, size_t i)
{
    uint8_t c = (uint8_t)s[i];
    if (c >= '0' && c <= '9')
        return 1;
    if (c == 0xEF && i + 2 < len && (uint8_t)s[i + 1] == 0xBC && (uint8_t)s[i + 2] >= 0x90 &&
        (uint8_t)s[i + 2] <= 0x99)
        return 3;
    return 0;
}

/* Is text at s[i] one of the strings of set (NULL-ended)? Its length, 0 if not. */
size_t tb_one_of(const char *s, size_t len, size_t i, const char *const *set)
{
    for (; *set; set++) {
        size_t n = strlen(*set);
        if (i + n <= len && memcmp(s + i, *set, n) == 0)
            return n;
    }
    return 0;
}

/* Does the box's text t read as a number, what a cell of a table holds as
 * a value: blanks, a sign, digits with thousands commas and a decimal
 * point, then at most a unit of up to 3 characters (件, 万元, %) that is
 * neither a digit nor a list number's mark (1. 1、 (1)). A label (1.本机关
 * 不掌握相关政府信息, （一）予以公开) does not. */
bool tb_reads_as_number(const textbuf *t)
{
    static const char *const sign[] = {"+", "-", "\xE2\x88\x92", "\xEF\xBC\x8D", "\xEF\xBC\x8B", NULL};
    static const char *const sep[] = {",", "\xEF\xBC\x8C", NULL};
    static const char *const point[] = {".", "\xEF\xBC\x8E", NULL};
    static const char *const mark[] = {".", "\xEF\xBC\x8E", "\xE3\x80\x81", ")", "\xEF\xBC\x89", "(",
                                       "\xEF\xBC\x88", ",", "\xEF\xBC\x8C", ":", "\xEF\xBC\x9A", NULL};
    const char *s = t->s ? t->s : "";
    size_t len = t->len, i = 0, n, digits = 0;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t'))
        len--;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
        i++;
    if ((n = tb_one_of(s, len, i, sign)))
        i += n;
    for (;;) {
        if ((n = tb_digit_at(s, len, i))) {
            i += n;
            digits++;
        } else if (digits && (n = tb_one_of(s, len, i, sep)) && i + n < len && tb_digit_at(s, len, i + n)) {
            i += n;
        } else if (digits && (n = tb_one_of(s, len, i, point)) && i + n < len && tb_digit_at(s, len, i + n)) {
            i += n;
        } else {
            break;
        }
    }
    if (!digits)
        return false;
    while (i < len && s[i] == ' ')
        i++;
    for (int chars = 0; i < len; chars++) {
        if (chars == 3 || tb_digit_at(s, len, i) || tb_one_of(s, len, i, mark) || s[i] == '\n')
            return false;
        i++;
        while (i < len && ((uint8_t)s[i] & 0xC0) == 0x80)
            i++;
    }
    return true;
}

/* Does the cell's text t read as a statistics cell's number, as the table
 * reader takes one: a number (tb_reads_as_number), or digits and then a
 * unit of up to 3 characters in brackets (64（件）, 64(件)) or on a line of
 * its own (64 then 件)? The frame test asks it of a row of two cells; a
 * date (2024年1月20日) or a label (1.本机关…) still does not. */
bool tb_reads_as_cell_number(const textbuf *t)
{
    if (tb_reads_as_number(t))
        return true;
    static const char *const open[] = {"(", "\xEF\xBC\x88", NULL};
    static const char *const close[] = {")", "\xEF\xBC\x89", NULL};
    const char *s = t->s ? t->s : "";
    size_t len = t->len, i = 0, n, digits = 0, chars = 0;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t'))
        len--;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
        i++;
    while ((n = tb_digit_at(s, len, i))) {
        i += n;
        digits++;
    }
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    bool newline = i < len && s[i] == '\n';
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
        i++;
    bool bracket = (n = tb_one_of(s, len, i, open)) != 0;
    i += n;
    if (!digits || (!newline && !bracket))
        return false;
    for (; i < len && !(bracket && tb_one_of(s, len, i, close)); chars++) {
        if (chars == 3 || tb_digit_at(s, len, i) || s[i] == '\n' || s[i] == ' ')
            return false;
        i++;
        while (i < len && ((uint8_t)s[i] & 0xC0) == 0x80)
            i++;
    }
    if (!chars)
        return false;
    return bracket ? i < len && i + tb_one_of(s, len, i, close) == len : i == len;
}

/* Does t end in a digit (or a superscript digit: 8 then ¹ then 2)? */
bool tb_ends_in_digit(const textbuf *t)
{
    if (!t->len)
        return false;
    const uint8_t *e = (const uint8_t *)t->s + t->len;
    uint8_t last = e[-1];
    return (last >= '0' && last <= '9') || (t->len >= 2 && (e[-2] == 0xC2) && (last == 0xB9 || last == 0xB2 || last == 0xB3)) ||
           (t->len >= 3 && e[-3] == 0xE2 && e[-2] == 0x81 && (last == 0xB0 || (last >= 0xB4 && last <= 0xB9)));
}

/* A mark of 1 to 8 characters, none a blank or a bracket of the marks' */
bool tb_short_mark(const textbuf *m)
{
    size_t chars = 0;
    for (size_t i = 0; i < m->len; i++) {
        uint8_t c = (uint8_t)m->s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return false;
        if (c == 0xE2 && i + 2 < m->len && (uint8_t)m->s[i + 1] == 0x82 && (uint8_t)m->s[i + 2] == 0x8E)
            return false; /* ₎ */
        if (c == 0xE2 && i + 2 < m->len && (uint8_t)m->s[i + 1] == 0x81 && (uint8_t)m->s[i + 2] == 0xBE)
            return false; /* ⁾ */
        chars += (c & 0xC0) != 0x80;
    }
    return chars >= 1 && chars <= 8;
}

bool tb_all_digits(const textbuf *m)
{
    for (size_t i = 0; i < m->len; i++)
        if (m->s[i] < '0' || m->s[i] > '9')
            return false;
    return true;
}

/* Is m a short mark with a character other than a digit (注1, ※, a)?
 * After a word (a row label's 行政许可) it is written on to the word, as
 * the page shows it, so that the label's own mark rule reads it
 * (行政许可注1, P091); raised digits there stay apart, a number's. */
static bool label_mark(const textbuf *m)
{
    return tb_short_mark(m) && !tb_all_digits(m);
}

/* Raised digits m as superscript digits (83¹), then a blank. */
static void put_sup_digits(textbuf *t, const textbuf *m)
{
    static const char *const sup[10] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    for (size_t i = 0; i < m->len; i++)
        tb_put_at(t, sup[m->s[i] - '0'], strlen(sup[m->s[i] - '0']), 0);
    tb_put_at(t, " ", 1, 0); /* nor those of text after it */
}

/* A mark m between raised (up) or lowered brackets (⁽注2⁾, ₍a₎), then a
 * blank. */
static void put_bracketed(textbuf *t, const textbuf *m, bool up)
{
    tb_put_at(t, up ? "\u207D" : "\u208D", 3, 0);
    tb_append(t, m);
    tb_put_at(t, up ? "\u207E" : "\u208E", 3, 0);
    tb_put_at(t, " ", 1, 0);
}

/* Does t end in a mark tb_put_mark wrote after a number, its blank
 * after it: a superscript digit or a closing raised or lowered bracket,
 * then the blank (64¹ , 64⁽注1⁾ , 12₍a₎ )? */
static bool ends_in_mark(const textbuf *t)
{
    if (t->len < 4 || t->s[t->len - 1] != ' ')
        return false;
    const uint8_t *e = (const uint8_t *)t->s + t->len - 1;
    textbuf before = *t;
    before.len--;
    return !(e[-1] >= '0' && e[-1] <= '9') && (tb_ends_in_digit(&before) ||
            (e[-3] == 0xE2 && ((e[-2] == 0x81 && e[-1] == 0xBE) || (e[-2] == 0x82 && e[-1] == 0x8E))));
}

/* A raised (up) or lowered run's text m after the text t: a footnote
 * mark, written between spaces so that its digits never join those of the
 * number it marks (35.62 with the mark 1 is not 35.621). Right after a
 * number's digit it is the number's mark (P036), whatever its characters:
 * raised digits as superscript digits (83¹), any other mark of a few
 * characters (注2, ※, a, 1)) between raised parentheses, ⁽注2⁾, or lowered
 * ones, ₍a₎: the lexer skips either and the number keeps its cell. The
 * .docx reader (w:vertAlign) and the .doc reader (sprmCIss) share it.
 * Raised digits so written may be the number's own last digits an editor
 * set raised (69 typed 6, raised 9): true tells the reader to flag the
 * cell (L063), the number read without them as a mark's. A run right
 * after such a mark is the mark's next part (64¹₂). */
bool tb_put_mark(textbuf *t, const textbuf *m, bool up)
{
    if (m->len && tb_short_mark(m) && ends_in_mark(t)) {
        /* mark := mark run: the next run of a number's mark, raised after
         * lowered or lowered after raised (64, a raised 1, a lowered 2:
         * Word shows 64¹₂), is the same mark's, never a number of its own
         * (64¹ 2 lost the cell, P006): written on to it; raised digits so
         * written are not right after the number's digits (no L063 for
         * them: the number's glued digits are the first run's). */
        tb_trim_end(t); /* the mark's blank: ends_in_mark says it is one */
        if (up && tb_all_digits(m))
            put_sup_digits(t, m);
        else
            put_bracketed(t, m, up);
        return false;
    }
    bool after = m->len && tb_ends_in_digit(t);
    if (after && up && tb_all_digits(m)) {
        put_sup_digits(t, m);
        return true;
    } else if (after && tb_short_mark(m)) {
        put_bracketed(t, m, up);
    } else if (m->len) {
        if (t->len && tb_last(t) != ' ' && tb_last(t) != '\n' && tb_last(t) != '\t' && !label_mark(m))
            tb_put_at(t, " ", 1, 0);
        tb_append(t, m);
        tb_put_at(t, " ", 1, 0);
    }
    return false;
}

/* The note's quote ends at the text's last character but blanks, and
 * begins after the blank (TAB, line end) before it: the cell's number
 * with its raised digits (64¹), never the row's label. A word too long
 * for cap keeps its end, the number and its raised digits. */
void tb_last_word(const textbuf *t, char *q, size_t cap)
{
    size_t e = t->len, b;
    while (e && t->s[e - 1] == ' ')
        e--;
    for (b = e; b && t->s[b - 1] != ' ' && t->s[b - 1] != '\t' && t->s[b - 1] != '\n'; b--)
        ;
    if (e - b > cap - 1)
        b = e - (cap - 1);
    while (b < e && ((unsigned char)t->s[b] & 0xC0) == 0x80)
        b++; /* never half a character */
    memcpy(q, t->s + b, e - b);
    q[e - b] = 0;
}

/* Does the box's text b read as a footnote mark: 1 to 8 characters, no
 * blank, opening with 注, a reference mark (※ † ‡ ＊ *) or a circled
 * number (① … ⑳)? (注1, 注①, ※, ②) The .docx and the .doc readers ask
 * it of a text box floating in a cell after the cell's number. */
bool tb_reads_as_mark(const textbuf *b)
{
    textbuf m = *b;
    while (m.len && (m.s[m.len - 1] == ' ' || m.s[m.len - 1] == '\n'))
        m.len--;
    while (m.len && (m.s[0] == ' ' || m.s[0] == '\n')) {
        m.s++;
        m.len--;
    }
    static const char *const first[] = {"\u6CE8", "\u203B", "\u2020", "\u2021", "\uFF0A", "*", NULL};
    const uint8_t *u = (const uint8_t *)m.s;
    bool circled = m.len >= 3 && u[0] == 0xE2 && u[1] == 0x91 && u[2] >= 0xA0 && u[2] <= 0xB3; /* U+2460-2473 */
    return tb_short_mark(&m) && (circled || tb_one_of(m.s, m.len, 0, first));
}

/* Does the line s[0..len) open with a section's numeral and its mark, as
 * the report's headings do (一、总体情况, 十、…, after blanks or a
 * full-width indent 　　): one or two of 一…十,
 * then 、? A statistics table's cell holds a row's label (一、本年新收…)
 * of this shape too: the frame test (tb_frame_*) asks for a sentence in
 * the same cell as well. */
bool tb_heading_line(const char *s, size_t len)
{
    static const char *const numeral[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL};
    size_t i = 0, n, k = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || (i + 3 <= len && memcmp(s + i, "\u3000", 3) == 0)))
        i += s[i] == ' ' || s[i] == '\t' ? 1 : 3; /* blanks and the full-width indent 　　 */
    while (k < 2 && (n = tb_one_of(s, len, i, numeral))) {
        i += n;
        k++;
    }
    return k && len - i >= 3 && memcmp(s + i, "、", 3) == 0;
}

/* Does the line s[0..len) end a sentence (。 before trailing blanks)? */
bool tb_sentence_line(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n'))
        len--;
    return len >= 3 && memcmp(s + len - 3, "。", 3) == 0;
}

/* Does the cell's text t open with a note's mark (注, 注：, 注: after
 * blanks)? A table's note row (注： / 一、本表所列数据…。 / 二、…。) holds
 * headings and a sentence as the report's body does; the frame test
 * counts neither in such a cell. */
bool tb_note_cell(const textbuf *t)
{
    static const char *const blank[] = {" ", "\n", "\t", "\u3000", NULL};
    static const char *const after[] = {"\uFF1A", ":", "\n", NULL};
    const char *s = t->s ? t->s : "";
    size_t i = 0, n;
    while ((n = tb_one_of(s, t->len, i, blank)))
        i += n;
    if (!tb_one_of(s, t->len, i, (const char *const[]){"\u6CE8", NULL}))
        return false;
    i += 3;
    return i == t->len || tb_one_of(s, t->len, i, after);
}

/* A cell seen by the frame test, of a row of ncells cells: how many of
 * its lines are headings, whether one is a sentence, whether its text
 * reads as a number. */
void tb_frame_cell(tb_frame *f, size_t ncells, size_t headings, bool sentence, bool number)
{
    if (ncells == 1) {
        f->body |= headings && sentence;
        f->headings += headings;
        f->sentence |= sentence;
    } else {
        /* a frame's extra rows are two cells (a signature, a logo and the
         * title); a row of three or more is a statistics table's, whatever
         * its cells hold (64（件）, 64 then 件, a blank for 0) */
        f->stats |= number || ncells >= 3;
    }
}

/* Is the table a frame by what it holds (tb_frame)? */
bool tb_frame_is(const tb_frame *f) { return (f->body || (f->headings >= 2 && f->sentence)) && !f->stats; }
