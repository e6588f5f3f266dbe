/* Tables with rowspan/colspan resolved (see grid.h). */
#include "grid.h"
#include "input.h"
#include "cont_caption.h"
#include "utf8.h"
#include "xxgk.h"
#include "vec.h"

#include <stdlib.h>
#include <string.h>

void grid_row_start(grid *g, uint32_t at)
{
    if (g->failed)
        return;
    if (!vec_reserve(&g->rows, g->n, &g->cap, sizeof *g->rows)) {
        g->failed = true;
        return;
    }
    memset(&g->rows[g->n], 0, sizeof g->rows[g->n]);
    g->rows[g->n++].at = at;
}

grid_cell *grid_cell_start(grid *g, int rowspan, int colspan, uint32_t at)
{
    if (!g->n)
        grid_row_start(g, at);
    if (g->failed)
        return NULL;
    grid_row *r = &g->rows[g->n - 1];
    if (!vec_reserve(&r->cells, r->n, &r->cap, sizeof *r->cells)) {
        g->failed = true;
        return NULL;
    }
    grid_cell *c = &r->cells[r->n++];
    memset(c, 0, sizeof *c);
    c->rowspan = rowspan < 0 ? 1 : rowspan > 65534 ? 65534 : rowspan;
    c->colspan = colspan < 1 ? 1 : colspan > GRID_MAX_SPAN ? GRID_MAX_SPAN : colspan;
    c->at = at;
    return c;
}

static bool no_digit_tail(const textbuf *t, size_t i);

/* A label, not a value: no ASCII or full-width digit in it. */
static bool is_label(const textbuf *t) { return t->len > 0 && no_digit_tail(t, 0); }

/* A number's cell: text with a digit in it. */
static bool is_number(const textbuf *t) { return t->len > 0 && !is_label(t); }

/* After 注/註 a note goes on with ：, :, a digit or a list mark (注：, 注1,
 * 注①, 注（1）): bare, the character begins words of a row's own (注销, 注册)
 * whose cell may well span the table. */
static bool note_mark_follows(const unsigned char *s, size_t n)
{
    static const char *const marks[] = {"：", ":", "（", "("};
    if (n == 0)
        return false;
    if (s[0] >= '0' && s[0] <= '9')
        return true;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x91 && s[2] >= 0xA0 && s[2] <= 0xB3)
        return true; /* ① to ⑳, U+2460..U+2473 */
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99)
        return true; /* a full-width digit */
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
        size_t k = strlen(marks[m]);
        if (n >= k && !memcmp(s, marks[m], k))
            return true;
    }
    return false;
}

/* A note's words at the start of a cell, after blanks: 注 or 註 followed by
 * a note's mark (note_mark_follows), 备注, 说明, 数据来源 (either script). */
static bool starts_note_word(const textbuf *t)
{
    static const char *const words[] = {"备注", "備註", "備注", "说明", "說明", "数据来源", "數據來源"};
    static const char *const marked[] = {"注", "註"};
    size_t i = 0;
    while (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t' || t->s[i] == '\n' || t->s[i] == '\r'))
        i++;
    if (i + 3 <= t->len && !memcmp(t->s + i, "\xE3\x80\x80", 3)) /* U+3000 */
        i += 3;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w]);
        if (i + n <= t->len && !memcmp(t->s + i, words[w], n))
            return true;
    }
    for (size_t w = 0; w < sizeof marked / sizeof marked[0]; w++) {
        size_t n = strlen(marked[w]);
        if (i + n <= t->len && !memcmp(t->s + i, marked[w], n))
            return note_mark_follows((const unsigned char *)t->s + i + n, t->len - i - n);
    }
    return false;
}

/* A report's title in a cell (a paginated site's title row inside the
 * table, <td colspan=…>…政府信息公开工作年度报告</td>): words that speak of
 * 信息公开 (信息公開) and end in 报告 (報告), blanks aside, no sentence's
 * punctuation and no 见 or 请 (详见…报告 points to one). Its year is no
 * number: the line is read as the same title line inside a text table
 * (the report's own: a page's header; another's: P019). */
static bool is_title_words(const textbuf *t)
{
    size_t e = utf8_report_title_end((const uint8_t *)t->s, t->len, true);
    if (!e)
        return false;
    if (!memmem(t->s, e, "信息公开", 12) && !memmem(t->s, e, "信息公開", 12))
        return false;
    /* a sentence pointing to a report (详见…报告, 请查阅…) is none */
    static const char *const prose[] = {"见", "見", "请", "請", "，", "。", "；", "：", ",", ";", ":"};
    for (size_t k = 0; k < sizeof prose / sizeof prose[0]; k++)
        if (memmem(t->s, e, prose[k], strlen(prose[k])))
            return false;
    return true;
}

/* A row above RI holds a number: the table's body is read, so the
 * parser judges a title row there (midway or where the table ends: own
 * silent, another's P019). A title row among the header rows, before
 * any number (the parser drops a title line there as a page's header),
 * keeps its L030: no row loses its diagnostic (review rh72, h9). */
static bool body_above(const grid *g, size_t ri)
{
    for (size_t i = 0; i < ri; i++)
        for (size_t k = 0; k < g->rows[i].n; k++)
            if (is_number(&g->rows[i].cells[k].text))
                return true;
    return false;
}

/* A note row (注：本表数据截至2023年12月31日。 in one cell merged over the
 * table's columns): its one cell is a sentence under the table, as the same
 * line under a text table is, never a number over columns (L030) however
 * many digits its dates print. */
static bool is_note_row(const grid *g, size_t ri, size_t width)
{
    const grid_row *r = &g->rows[ri];
    return r->n == 1 && r->cells[0].colspan > 1 && (size_t)r->cells[0].colspan >= width &&
           (starts_note_word(&r->cells[0].text) || (is_title_words(&r->cells[0].text) && body_above(g, ri)));
}

void grid_notes_cut(grid_notes *notes, uint32_t at)
{
    if (!notes->cut)
        notes->cut_at = at;
    notes->cut = true;
}

/* A note at the text's offset at (dropped past GRID_MAX_NOTES): its
 * index + 1, 0 when dropped. */
static int note(grid_notes *notes, int code, uint32_t at, const textbuf *arg)
{
    if (!notes)
        return 0;
    if (notes->count >= GRID_MAX_NOTES) {
        grid_notes_cut(notes, at);
        return 0;
    }
    grid_note *n = &notes->n[notes->count++];
    n->code = code;
    n->at = at;
    n->also = n->also_end = 0;
    size_t k = arg && arg->len < sizeof n->arg ? arg->len : 0;
    if (k)
        memcpy(n->arg, arg->s, k);
    n->arg[k] = 0;
    return notes->count;
}

int grid_note_add(grid_notes *notes, int code, uint32_t at, const char *arg)
{
    if (!notes)
        return 0;
    if (notes->count >= GRID_MAX_NOTES) {
        grid_notes_cut(notes, at);
        return 0;
    }
    grid_note *n = &notes->n[notes->count++];
    n->code = code;
    n->at = at;
    n->also = n->also_end = 0;
    size_t k = strlen(arg);
    if (k >= sizeof n->arg) {
        k = sizeof n->arg - 1;
        while (k > 0 && ((unsigned char)arg[k] & 0xC0) == 0x80)
            k--;
    }
    memcpy(n->arg, arg, k);
    n->arg[k] = 0;
    return notes->count;
}

/* A wide character (CJK, full-width forms): between two of them a block
 * boundary inside a cell is no space (as CSS drops segment breaks between
 * East Asian characters). */
static bool wide_at(const textbuf *t, size_t i, bool before)
{
    if (before) {
        if (i == 0)
            return true;
        size_t k = i - 1;
        while (k > 0 && i - k < 4 && ((unsigned char)t->s[k] & 0xC0) == 0x80)
            k--;
        i = k;
    } else if (i >= t->len) {
        return true;
    }
    uint32_t cp;
    int l = utf8_decode((const uint8_t *)t->s + i, t->len - i, &cp);
    return l > 0 && cp >= 0x2E80 && cp <= 0xFFEF;
}

/* A cell's text into a row: its block boundaries (line breaks) become a
 * space, or nothing between wide characters. Returns where the cell's
 * byte mark (clamped to its length) went in out. */
static uint32_t append_cell(textbuf *out, const textbuf *c, size_t mark)
{
    size_t from = 0;
    uint32_t at = (uint32_t)out->len;
    if (mark > c->len)
        mark = c->len;
    for (size_t i = 0; i <= c->len; i++) {
        if (i < c->len && c->s[i] != '\n')
            continue;
        if (mark >= from && mark <= i)
            at = (uint32_t)(out->len + (mark - from));
        tb_append_range(out, c, from, i);
        if (i < c->len && !(wide_at(c, i, true) && wide_at(c, i + 1, false)))
            tb_append_range(out, c, i, i + 1), out->s[out->len - 1] = ' ';
        from = i + 1;
    }
    return at;
}

/* Is [s, e) a number alone: digits (ASCII or full-width) with the signs
 * a number is written with (. , - + %), blanks around them? */
static bool number_alone(const char *s, const char *e)
{
    bool digit = false;
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (c >= '0' && c <= '9') {
            digit = true;
            s++;
        } else if (c == '.' || c == ',' || c == '-' || c == '+' || c == '%' || c == ' ') {
            s++;
        } else if (c == 0xEF && e - s >= 3 && (unsigned char)s[1] == 0xBC && (unsigned char)s[2] >= 0x90 &&
                   (unsigned char)s[2] <= 0x99) {
            digit = true;
            s += 3;
        } else {
            return false;
        }
    }
    return digit;
}

/* A footnote mark's character, as html_flow.c writes one after a
 * number: a superscript digit, * ＊ ※ † ‡, ① to ⑳. */
static bool tail_mark_char(uint32_t cp)
{
    return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079) || cp == '*' ||
           cp == 0xFF0A || cp == 0x203B || cp == 0x2020 || cp == 0x2021 || (cp >= 0x2460 && cp <= 0x2473);
}

/* Where the footnote mark glued after a line's number starts (64¹, 4*,
 * 0⁽注⁾: marks, and raised or lowered brackets with what they hold, to
 * the line's end e, right after a digit), or e when the line ends in
 * none. */
static const char *mark_tail(const char *s, const char *e)
{
    const uint8_t *p = (const uint8_t *)s, *end = (const uint8_t *)e;
    uint32_t cp, prev = 0;
    int l;
    for (; p < end && (l = utf8_decode(p, (size_t)(end - p), &cp)) > 0; prev = cp, p += l) {
        bool digit = (prev >= '0' && prev <= '9') || (prev >= 0xFF10 && prev <= 0xFF19);
        if (!digit || (!tail_mark_char(cp) && cp != 0x207D && cp != 0x208D))
            continue;
        const uint8_t *q = p;
        uint32_t c, close = 0;
        while (q < end && (l = utf8_decode(q, (size_t)(end - q), &c)) > 0) {
            q += l;
            if (close)
                close = c == close ? 0 : close;
            else if (c == 0x207D || c == 0x208D)
                close = c + 1; /* ⁾ ₎ */
            else if (!tail_mark_char(c))
                break;
            if (q == end && !close)
                return (const char *)p;
        }
        return e;
    }
    return e;
}

/* Is the cell's text exactly N numbers alone, each between single
 * spaces (7 7 2 2 0 0 18), blanks around them aside? */
static bool numbers_spread(const textbuf *t, int n)
{
    if (!t->len) /* an empty cell's text may have no buffer at all */
        return false;
    const char *p = t->s, *end = t->s + t->len;
    int found = 0;
    while (p < end && *p == ' ')
        p++;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != ' ')
            q++;
        if (!number_alone(p, q) || ++found > n)
            return false;
        if (q + 1 < end && q[1] == ' ') {
            while (q < end && *q == ' ')
                q++;
            if (q < end) /* two blanks between numbers: no plain list */
                return false;
        }
        p = q < end ? q + 1 : q;
    }
    return found == n;
}

/* A cell of which two lines or more (blocks: <p>, <br>, a .docx
 * paragraph) are each a number alone: the cell says two numbers, and
 * which one is its value cannot be read. The numbers, " / " between
 * them, into q (cut to whole characters). */
static bool numbers_on_lines(const textbuf *t, char *q, size_t cap)
{
    if (!t->len || !memchr(t->s, '\n', t->len))
        return false;
    int found = 0;
    size_t n = 0;
    q[0] = 0;
    for (const char *p = t->s, *end = t->s + t->len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        /* a number and its footnote mark (6 and 4¹, set apart) are
         * numbers on lines too: the mark stays the mark's */
        if (number_alone(p, mark_tail(p, le))) {
            found++;
            size_t k = (size_t)(le - p);
            if (n + k + 4 < cap) {
                if (n)
                    memcpy(q + n, " / ", 3), n += 3;
                memcpy(q + n, p, k);
                n += k;
                q[n] = 0;
            }
        }
        p = le + 1;
    }
    return found >= 2;
}

/* ---- a label's rowspan against the rows' own labels ---------------- */

/* A Chinese numeral of a label's number (一 to 十). */
static bool cn_digit(uint32_t cp)
{
    switch (cp) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: return true;
    default: return false;
    }
}

/* The level of a label cell by the number it opens with, followed by its
 * words: 1 for 三、 (a numeral and 、), 2 for （三） (a numeral in
 * brackets), 3 for 1. 1、 （1） (digits); 0 for any other text (a number,
 * 12.5, is no label). */
static int label_level(const textbuf *t)
{
    if (!t->len) /* an empty cell's text may have no buffer at all */
        return 0;
    const uint8_t *s = (const uint8_t *)t->s, *e = s + t->len;
    uint32_t cp = 0;
    int l = 0;
    while (s < e && (l = utf8_decode(s, (size_t)(e - s), &cp)) > 0 && (cp == ' ' || cp == 0x3000))
        s += l;
    bool open = s < e && l > 0 && (cp == '(' || cp == 0xFF08);
    if (open)
        s += l;
    int cn = 0, dg = 0;
    while (s < e && (l = utf8_decode(s, (size_t)(e - s), &cp)) > 0) {
        if (cn_digit(cp))
            cn++;
        else if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
            dg++;
        else
            break;
        s += l;
    }
    if (s >= e || l <= 0 || (cn && dg) || (!cn && !dg) || cn > 3 || dg > 2)
        return 0;
    bool mark = open ? cp == ')' || cp == 0xFF09 : cp == 0x3001 || (!cn && (cp == '.' || cp == 0xFF0E));
    if (!mark)
        return 0;
    s += l;
    /* words after the number: a letter, not a digit or the line's end */
    if (s >= e || (l = utf8_decode(s, (size_t)(e - s), &cp)) <= 0 || cp < 0x80 ||
        (cp >= 0xFF10 && cp <= 0xFF19))
        return 0;
    return cn ? open ? 2 : 1 : 3;
}

/* The levels of the labels a row brings in its own cells before its
 * first number, as bits (1 << level). */
static unsigned own_levels(const grid_row *r)
{
    unsigned m = 0;
    for (size_t k = 0; k < r->n; k++) {
        int lv = label_level(&r->cells[k].text);
        if (!lv && is_number(&r->cells[k].text))
            break;
        m |= lv ? 1u << lv : 0;
    }
    return m;
}

/* One slot of the layout: the cell covering it, and whether this is the
 * cell's own row (first row of its span). */
typedef struct slot {
    grid_cell *cell;
    bool own_row;
} slot;

/* Spans still running down from rows above: per column, the cell and the
 * rows it still covers. */
typedef struct carry {
    grid_cell *cell;
    int left;
    bool ended; /* the cell's span ended with the row before */
} carry;

/* Does the row above keep apart the columns (col, col + span) a cell
 * spans: does a cell of it start inside them, or does a number of it that
 * is merged over them stand apart by the rows above it (L030, P075, P092:
 * its further columns are cells of their own, so a row of such merges
 * under a header that splits them is read as the first one is, never a
 * row one cell short)? cv still holds, column by column, the cell that
 * covered it in the rows above. */
static bool split_above(const carry *cv, size_t ncols, size_t col, int span)
{
    for (size_t j = col + 1; j < col + (size_t)span && j < ncols; j++) {
        const grid_cell *a = cv[j].cell;
        if (a && (a->col == (int)j || a->split_above || a->spread || a->zero_each))
            return true;
    }
    return false;
}

/* Is the cell's text from byte i on free of any digit printed on the
 * line (ASCII or full-width; raised ones, a second run's ¹, are raised
 * too), so that the raised run before it holds the cell's only digits:
 * whatever blanks, invisible characters, units or words follow it
 * (<sup>69</sup>件, <sup>69</sup>人, <sup>69</sup>&#x3000;, <sup>69</sup>
 * <sup>1</sup>), none of its digits may become the cell's number. */
static bool no_digit_tail(const textbuf *t, size_t i)
{
    for (; i < t->len; i++) {
        unsigned char c = (unsigned char)t->s[i];
        if (c >= '0' && c <= '9')
            return false;
        if (c == 0xEF && i + 2 < t->len && (unsigned char)t->s[i + 1] == 0xBC &&
            (unsigned char)t->s[i + 2] >= 0x90 && (unsigned char)t->s[i + 2] <= 0x99)
            return false;
    }
    return true;
}

/* The bytes of the digit (0-9, ０-９) starting at byte i of t, 0 none. */
static size_t digit_at(const textbuf *t, size_t i)
{
    const unsigned char *p = (const unsigned char *)t->s;
    if (i < t->len && p[i] >= '0' && p[i] <= '9')
        return 1;
    return i + 2 < t->len && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99 ? 3 : 0;
}

/* The bytes of the digit ending at byte i of t (before it), 0 none. */
static size_t digit_before(const textbuf *t, size_t i)
{
    if (i >= 1 && digit_at(t, i - 1) == 1)
        return 1;
    return i >= 3 && digit_at(t, i - 3) == 3 ? 3 : 0;
}

/* The bytes of the character that shows nothing (U+200B-U+200D, U+2060,
 * U+FEFF, U+00AD soft hyphen: the lexer's FMT set, skipped between
 * digits) ending at byte i of t (before it), 0 none. */
static size_t format_before(const textbuf *t, size_t i)
{
    const unsigned char *p = (const unsigned char *)t->s + i;
    if (i >= 2 && p[-2] == 0xC2 && p[-1] == 0xAD)
        return 2;
    if (i < 3)
        return 0;
    return (p[-3] == 0xE2 && p[-2] == 0x80 && p[-1] >= 0x8B && p[-1] <= 0x8D) ||
                   (p[-3] == 0xE2 && p[-2] == 0x81 && p[-1] == 0xA0) ||
                   (p[-3] == 0xEF && p[-2] == 0xBB && p[-1] == 0xBF)
               ? 3
               : 0;
}

/* Does [i, t->len) of the cell hold a digit (0-9, ０-９)? */
static bool digit_from(const textbuf *t, size_t i)
{
    for (; i < t->len; i++)
        if (digit_at(t, i))
            return true;
    return false;
}

/* The digits on the two sides of an edge at byte at of a cell's text,
 * the left side within [from, at), zero-width characters before the
 * edge aside, the right within [at, to). */
typedef struct edge_sides {
    size_t lo, end, hi; /* left digits [lo, end), right digits [at, hi) */
    unsigned digits;    /* the left side's digits */
} edge_sides;

static edge_sides sides_of(const textbuf *t, size_t from, size_t at, size_t to)
{
    edge_sides s = {at, at, at, 0};
    size_t n;
    to = to < t->len ? to : t->len;
    while (s.end > from && (n = format_before(t, s.end)) && s.end - n >= from)
        s.end -= n;
    s.lo = s.end;
    while (s.lo > from && (n = digit_before(t, s.lo)) && s.lo - n >= from) {
        s.lo -= n;
        s.digits++;
    }
    while (s.hi < to && (n = digit_at(t, s.hi)) && s.hi + n <= to)
        s.hi += n;
    return s;
}

/* Do the two sides read the same digits (10690|10690)? */
static bool sides_equal(const textbuf *t, edge_sides s, size_t at)
{
    return s.end > s.lo && s.end - s.lo == s.hi - at && memcmp(t->s + s.lo, t->s + at, s.end - s.lo) == 0;
}

/* The nearest edge of a (GRID_SPLITS entries, + 1, 0 ends them) before
 * byte at (its byte; lo when none is past lo) and after it (hi when
 * none is before hi), narrowing [*lo, *hi): only the edges of level lvl
 * or outer (lv, grid_cell.split_lvl): a deeper edge parts the runs inside
 * one copy, <span class="pc"><span class="c">22</span><span class="c">93
 * </span></span>, and ends no side of an edge between two copies. */
static void narrow_by(const uint32_t *a, const uint8_t *lv, uint8_t lvl, size_t at, size_t *lo, size_t *hi)
{
    for (int k = 0; k < GRID_SPLITS && a[k]; k++) {
        size_t e = a[k] - 1;
        if (lv[k] > lvl)
            continue;
        if (e < at && e > *lo)
            *lo = e;
        if (e > at && e < *hi)
            *hi = e;
    }
}

/* What the digits glued over one of the cell's split edges (html_flow.c
 * split_runs) say:
 * - over an edge of two classes, each side up to the neighbouring edge
 *   of two classes or the end of the digits (edges inside one class, an
 *   editor's runs <span class="c">10</span><span class="c">690</span>,
 *   do not end a side: the copy is 10690 whatever its runs), the same
 *   on its two sides, 10690|10690: two copies of one number (hidden-xs,
 *   visible-xs), of which a sheet not in the page shows one: L054;
 * - over such an edge, one digit in a class of its own that ends the
 *   cell's digits, 10690|1 (a decimal's too, 24252.31108|2: read joined
 *   it would be a wrong number as silently): a footnote mark a
 *   sheet not in the page raises, or the number's last digit: L061;
 * - over an edge of two elements of one class, each side up to the
 *   neighbouring edge of either kind (of its level or outer: the runs of
 *   one class inside each copy do not end it), the same, each copy two digits or
 *   more (1|1 in one class is an editor's runs of 11): two .pc of which
 *   .pc:nth-child(2) is shown: L060;
 * - otherwise (10|690, 26|48) one number split by styling: 0, read
 *   joined. */
static int split_finding(const grid_cell *c)
{
    const textbuf *t = &c->text;
    for (int k = 0; k < GRID_SPLITS && c->split_at[k]; k++) {
        size_t at = c->split_at[k] - 1, from = 0, to = t->len;
        if (at > t->len)
            continue; /* the text was trimmed past the edge */
        narrow_by(c->split_at, c->split_lvl, c->split_lvl[k], at, &from, &to);
        edge_sides s = sides_of(t, from, at, to);
        if (sides_equal(t, s, at))
            return XXGK_L_SPLIT_RUNS;
        if (((c->split_classed >> k) & 1) && s.end > s.lo && s.hi > at && s.hi - at == digit_at(t, at) &&
            !digit_from(t, s.hi))
            return XXGK_L_CLASSED_TAIL;
    }
    for (int k = 0; k < GRID_SPLITS && c->same_at[k]; k++) {
        size_t at = c->same_at[k] - 1, from = 0, to = t->len;
        if (at > t->len)
            continue;
        narrow_by(c->split_at, c->split_lvl, c->same_lvl[k], at, &from, &to);
        narrow_by(c->same_at, c->same_lvl, c->same_lvl[k], at, &from, &to);
        edge_sides s = sides_of(t, from, at, to);
        if (sides_equal(t, s, at) && s.digits >= 2)
            return XXGK_L_SAME_CLASS_COPIES;
    }
    return 0;
}

/* Is the cell's text the number 0 alone (0, ０, 0.00; blanks around)? */
static bool zero_alone(const textbuf *t)
{
    if (!t->len)
        return false;
    const char *s = t->s, *e = t->s + t->len;
    bool digit = false, dot = false;
    while (s < e && *s == ' ')
        s++;
    while (e > s && e[-1] == ' ')
        e--;
    while (s < e) {
        if (*s == '0') {
            digit = true;
            s++;
        } else if (e - s >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
                   (unsigned char)s[2] == 0x90) { /* ０ */
            digit = true;
            s += 3;
        } else if (*s == '.' && digit && !dot) {
            dot = true;
            s++;
        } else {
            return false;
        }
    }
    return digit && (!dot || s[-1] != '.');
}

static bool grow_carry(carry **cv, size_t *ncols, size_t need)
{
    if (need <= *ncols)
        return true;
    size_t old = *ncols;
    if (!vec_reserve(cv, need - 1, ncols, sizeof **cv))
        return false;
    /* the new columns carry nothing from above */
    memset(*cv + old, 0, sizeof **cv * (*ncols - old));
    return true;
}

/* P074 at a label merged over rows, once: its text (cut to whole
 * characters) at its place in the text. */
static int span_note(grid_notes *notes, grid_cell *c)
{
    if (c->span_fixed)
        return 0;
    c->span_fixed = true;
    char q[GRID_HIDDEN_TEXT];
    size_t k = c->text.len < sizeof q ? c->text.len : sizeof q - 1;
    while (k > 0 && k < c->text.len && ((unsigned char)c->text.s[k] & 0xC0) == 0x80)
        k--;
    memcpy(q, c->text.s, k);
    q[k] = 0;
    for (size_t i = 0; i < k; i++)
        q[i] = q[i] == '\n' ? ' ' : q[i];
    return grid_note_add(notes, XXGK_P_SPAN_BY_LABELS, c->out_at, q);
}

/* A label merged over rows (三、本年度办理结果, （三）不予公开: a numbered
 * label without digits) whose rowspan disagrees with the rows' own labels,
 * a publisher's slip of one: the span ends where a row brings its own
 * label of the same level (（四） ends （三）'s span), and goes on over a
 * row that brings a label one level deeper or more and would be short of
 * the row before by exactly the span's columns ((七)总计 under a 三、 one
 * row short). Either way the row then has the width of the row before, and
 * each row is read with the labels and numbers of its own line, with P074
 * at the span (once per cell). Returns the note's index + 1 (its other
 * place, the row's first cell, set when written), 0 when none. */
static int fit_spans(const grid_row *r, carry *cv, size_t ncols, size_t prev_width, grid_notes *notes)
{
    if (!prev_width || !r->n)
        return 0;
    size_t own = 0, carried = 0;
    for (size_t k = 0; k < r->n; k++)
        own += (size_t)r->cells[k].colspan;
    bool any = false;
    for (size_t j = 0; j < ncols; j++) {
        carried += cv[j].left > 0;
        any |= cv[j].ended || cv[j].left > 0;
    }
    if (!any)
        return 0;
    unsigned levels = own_levels(r);
    if (!levels)
        return 0;
    int first = label_level(&r->cells[0].text), k = 0;
    for (size_t j = 0; j < ncols; j++) {
        grid_cell *c = cv[j].cell;
        if (!c || c->col != (int)j || !(cv[j].ended || cv[j].left > 0) || !is_label(&c->text))
            continue;
        int lv = label_level(&c->text);
        size_t span = (size_t)c->colspan;
        if (!lv || j + span > ncols)
            continue;
        if (cv[j].left > 0 && (levels & (1u << lv)) && own + carried - span == prev_width) {
            for (size_t i = j; i < j + span; i++)
                cv[i].left = 0;
            carried -= span;
        } else if (cv[j].ended && first > lv && own + carried + span == prev_width) {
            for (size_t i = j; i < j + span; i++)
                cv[i].left = 1;
            carried += span;
        } else {
            continue;
        }
        int n = span_note(notes, c);
        k = n ? n : k;
    }
    return k;
}

/* A number merged over rows (rowspan) whose span runs over a row that
 * prints its own full set of cells: with the columns the number covers
 * the row would be wider than the row before by exactly them (its own
 * cells and the labels carried from above already fill that width). The
 * row is the number's no more: its span ends before it (the rows it did
 * cover read it as before, each of its slots), P079 at the number (once
 * per cell), so that the row is read with its own cells, never pushed
 * past the table's columns (P006, every one lost). Returns the note's
 * index + 1 (its other place, the row's first cell, set when written), 0
 * when none. */
static int cut_number_spans(const grid_row *r, carry *cv, size_t ncols, size_t prev_width, size_t max_width,
                            grid_notes *notes)
{
    /* the row before full (a damaged row's width proves nothing: a row
     * one cell short would make the next, right row look too wide), and
     * the row's own cells counted to its last with text (an empty <td>
     * after them is no cell the template prints) */
    if (!prev_width || !r->n || prev_width != max_width)
        return 0;
    size_t own = 0, carried = 0, numbers = 0, last = r->n;
    while (last > 0 && r->cells[last - 1].text.len == 0)
        last--;
    for (size_t k = 0; k < last; k++)
        own += (size_t)r->cells[k].colspan;
    for (size_t j = 0; j < ncols; j++)
        if (cv[j].left > 0) {
            carried++;
            numbers += cv[j].cell && is_number(&cv[j].cell->text);
        }
    if (!numbers || own + carried - numbers != prev_width)
        return 0;
    int k = 0;
    for (size_t j = 0; j < ncols; j++) {
        grid_cell *c = cv[j].cell;
        if (cv[j].left <= 0 || !c || !is_number(&c->text))
            continue;
        cv[j].left = 0;
        if (c->col == (int)j && !c->span_fixed) {
            c->span_fixed = true;
            int n = note(notes, XXGK_P_NUMBER_SPAN_CUT, c->out_at, &c->text);
            k = n ? n : k;
        }
    }
    return k;
}

/* Place the cells of one row in their columns, after the spans from
 * above; the row's line goes to out. */
/* Note k (its index + 1, 0: none), at the TAB before a cell left empty,
 * is about that cell, whose place in the text is the next byte written
 * (the delimiter after it): a note from the TAB over that byte, so that
 * export's flags of the empty cell name the finding. */
static void empty_note(grid_notes *notes, int k, const textbuf *out)
{
    if (!k)
        return;
    notes->n[k - 1].also = notes->n[k - 1].at;
    notes->n[k - 1].also_end = (uint32_t)out->len + 1;
}

/* A row's labels, the last spanning columns, and then only blank cells of
 * the row's own (四、结转下年度继续办理 over the three label columns, then seven
 * &nbsp; cells): the label, else NULL. Its further columns are written as
 * empty cells, so that the row has the grid's width: with no number to
 * count, its blank cells are the template's columns only at that width
 * (a row with numbers keeps them by their count; a header's label
 * spanning columns is followed by labels or by nothing). */
static const grid_cell *label_before_blanks(const grid_row *r)
{
    /* the last cell with text; the labels before it are the row's own
     * (三、本年度办理结果 opening its rowspan on the row of （一）予以公开) */
    size_t k = r->n;
    while (k > 0 && r->cells[k - 1].text.len == 0)
        k--;
    if (!k || k >= r->n || r->cells[k - 1].colspan < 2)
        return NULL;
    for (size_t j = 0; j < k; j++)
        if (r->cells[j].text.len && !is_label(&r->cells[j].text))
            return NULL;
    return &r->cells[k - 1];
}

static bool emit_row(grid *g, size_t ri, carry **cv, size_t *ncols, size_t *prev_width, size_t *max_width,
                     textbuf *out, grid_notes *notes)
{
    grid_row *r = &g->rows[ri];
    size_t col = 0, width = 0;
    int fitted = fit_spans(r, *cv, *ncols, *prev_width, notes);
    int cut = cut_number_spans(r, *cv, *ncols, *prev_width, *max_width, notes);
    /* place: skip columns held by spans from above */
    for (size_t k = 0; k < r->n; k++) {
        grid_cell *c = &r->cells[k];
        while (col < *ncols && (*cv)[col].left > 0)
            col++;
        /* no report has a table this wide: the cells past it are dropped
         * rather than making every row cost the width */
        if (col >= GRID_MAX_COLS) {
            c->col = -1;
            continue;
        }
        if (col + (size_t)c->colspan > GRID_MAX_COLS)
            c->colspan = (int)(GRID_MAX_COLS - col);
        if (!grow_carry(cv, ncols, col + (size_t)c->colspan + 1))
            return false;
        c->col = (int)col;
        /* a number over columns that the row above splits: its column
         * cannot be read (a header merged over columns, as table 二's
         * value column, splits nothing) */
        c->split_above = c->colspan > 1 && is_number(&c->text) && !is_note_row(g, ri, *prev_width) &&
                         split_above(*cv, *ncols, col, c->colspan);
        /* as many numbers as the columns it covers, between blanks: one
         * to each column, in order, with P075 (never L030's empty cells) */
        c->spread = c->split_above && numbers_spread(&c->text, c->colspan);
        c->split_above &= !c->spread;
        /* 0 over columns the row above keeps apart: split any way it is
         * 0 in each (counts are not negative), so each column gets it,
         * told with P092 (any other number is L030's) */
        c->zero_each = c->split_above && zero_alone(&c->text);
        c->split_above &= !c->zero_each;
        int rows = c->rowspan == 0 ? (int)(g->n - ri) : c->rowspan;
        for (int j = 0; j < c->colspan; j++) {
            (*cv)[col + (size_t)j].cell = c;
            (*cv)[col + (size_t)j].left = rows;
        }
        col += (size_t)c->colspan;
    }
    for (size_t j = 0; j < *ncols; j++)
        if ((*cv)[j].left > 0)
            width = j + 1;
    /* the line: a cell where it starts, a TAB between cells */
    const grid_cell *padded = label_before_blanks(r);
    bool first = true;
    for (size_t j = 0; j < width; j++) {
        grid_cell *c = (*cv)[j].cell;
        if ((*cv)[j].left <= 0 || !c || (size_t)c->col != j) {
            /* a hole, or a further column of a number the row above
             * splits or of a label before blank cells only: an empty
             * cell, so later cells keep their columns */
            /* a further column of a 0 merged over columns, in its own row
             * or a row below it spans: 0 split over rows and columns is 0
             * in each cell (P092 at it, never L031's empty slots) */
            bool zero_own = c && c->zero_each && (*cv)[j].left > 0;
            if ((*cv)[j].left <= 0 || (c && (c->split_above || c->zero_each || c == padded))) {
                if (!first)
                    tb_put_at(out, "\t", 1, zero_own ? c->at : r->at);
                first = false;
            }
            /* a column the number covers: the empty cell here (or its
             * 0) is touched by the merge too (its place, one byte) */
            bool own_row = false;
            for (size_t k = 0; c && k < r->n; k++)
                own_row |= &r->cells[k] == c;
            if (c && (c->split_above || zero_own) && own_row && c->note && (*cv)[j].left > 0) {
                grid_note *n = &notes->n[c->note - 1];
                if (n->also_end == n->also)
                    n->also = (uint32_t)out->len;
                n->also_end = (uint32_t)out->len + 1;
            }
            if (zero_own)
                append_cell(out, &c->text, 0);
            continue;
        }
        bool own = false;
        for (size_t k = 0; k < r->n; k++)
            own |= &r->cells[k] == c;
        bool first_cell = first;
        if (!first)
            tb_put_at(out, "\t", 1, own ? c->at : r->at);
        first = false;
        if (own && c->split_above) {
            c->note = note(notes, XXGK_L_NUMBER_OVER_COLUMNS, (uint32_t)out->len, &c->text);
        } else if (own && c->spread) {
            c->note = note(notes, XXGK_P_SPREAD_CELL, (uint32_t)out->len, &c->text);
        } else if (own && c->zero_each) {
            c->note = note(notes, XXGK_P_ZERO_OVER_COLUMNS, (uint32_t)out->len, &c->text);
        } else if (!own && c->zero_each) {
            /* the first column of a 0 merged over columns, in a row below
             * it spans: 0 here too (P092 at the merged cell), below */
        } else if (!own && is_number(&c->text)) {
            /* the slot under a number merged over rows; the number above
             * is touched by the merge too */
            int k = note(notes, XXGK_L_NUMBER_OVER_ROWS, (uint32_t)out->len, &c->text);
            if (k) {
                notes->n[k - 1].also = c->out_at;
                notes->n[k - 1].also_end = c->out_end;
            }
        }
        if (own)
            c->out_at = (uint32_t)out->len;
        char q[GRID_HIDDEN_TEXT];
        if (own && c->power) {
            /* 10 and a raised number: a power or a mark, no number read
             * (html_flow.c); the note at the cell, as L037's */
            empty_note(notes, note(notes, XXGK_L_POWER_OR_MARK, (uint32_t)out->len - !first_cell, &c->text), out);
            c->out_end = (uint32_t)out->len;
            continue;
        }
        if (own && c->raised_to && no_digit_tail(&c->text, c->raised_to)) {
            /* a raised (lowered) run alone: a mark or a number set
             * raised, no number read (html_flow.c); at the cell */
            empty_note(notes, note(notes, XXGK_L_RAISED_CELL, (uint32_t)out->len - !first_cell, &c->text), out);
            c->out_end = (uint32_t)out->len;
            continue;
        }
        int split = own ? split_finding(c) : 0;
        if (split) {
            /* digits over the edge of two runs of classes the page does
             * not explain: two copies of one number, or a number and a
             * mark, of which a sheet not in the page shows one or raises
             * the mark; no number read (html_flow.c split_runs); at the
             * cell */
            empty_note(notes, note(notes, split, (uint32_t)out->len - !first_cell, &c->text), out);
            c->out_end = (uint32_t)out->len;
            continue;
        }
        if (own && numbers_on_lines(&c->text, q, sizeof q)) {
            /* no number of it is read: an empty cell, the note at it (at
             * the TAB before it, which stands at the cell's place in the
             * file; the next byte stands at the next cell's) */
            empty_note(notes, grid_note_add(notes, XXGK_L_NUMBERS_ON_LINES, (uint32_t)out->len - !first_cell, q),
                       out);
            c->out_end = (uint32_t)out->len;
            continue;
        }
        if (own || is_label(&c->text) || c->zero_each) {
            uint32_t start = (uint32_t)out->len;
            uint32_t hid = append_cell(out, &c->text, own && c->hidden_at ? c->hidden_at - 1 : 0);
            /* raised digits after its number's (64¹): at the cell's start,
             * whatever other note it has; a cell read as empty reads no
             * number to flag */
            if (own && c->glued[0] && c->text.len)
                grid_note_add(notes, XXGK_L_RAISED_DIGITS_GLUED, start, c->glued);
            /* an empty cell: at the TAB before it, which stands at the
             * cell's place in the file (the next byte stands at the next
             * cell's) */
            if (own && c->hidden_at) {
                int k = grid_note_add(notes, c->hidden_code ? c->hidden_code : XXGK_L_UNSEEN_TEXT,
                                      !c->text.len && !first_cell ? hid - 1 : hid, c->hidden);
                if (!c->text.len && !first_cell)
                    empty_note(notes, k, out);
            }
        }
        if (own)
            c->out_end = (uint32_t)out->len;
        if (own && c->spread) {
            /* the blanks between its numbers become the TABs between cells
             * (each keeps its place in the file); the note covers them all */
            for (uint32_t i = c->out_at + 1; i + 1 < c->out_end; i++)
                if (out->s[i] == ' ' && out->s[i - 1] != ' ' && out->s[i + 1] != ' ')
                    out->s[i] = '\t';
            if (c->note) {
                notes->n[c->note - 1].also = c->out_at;
                notes->n[c->note - 1].also_end = c->out_end;
            }
        }
    }
    /* what the row hides outside its cells: at the row's end, which
     * stands at its <tr> */
    if (r->hidden_code)
        grid_note_add(notes, r->hidden_code, (uint32_t)out->len, r->hidden);
    /* trailing empty cells stay: an empty cell is printed, not absent */
    tb_put_at(out, "\n", 1, r->at);
    for (int i = 0; i < 2; i++) {
        int k = i ? cut : fitted;
        if (k && r->cells[0].col >= 0) {
            /* the row whose labels (own cells) end or continue the span */
            notes->n[k - 1].also = r->cells[0].out_at;
            notes->n[k - 1].also_end = r->cells[0].out_end;
        }
    }
    for (size_t j = 0; j < *ncols; j++) {
        (*cv)[j].ended = (*cv)[j].left == 1 && (*cv)[j].cell && (*cv)[j].cell->rowspan > 1;
        if ((*cv)[j].left > 0)
            (*cv)[j].left--;
    }
    *prev_width = width;
    if (width > *max_width)
        *max_width = width;
    return true;
}

void grid_emit(grid *g, textbuf *out, grid_notes *notes)
{
    carry *cv = NULL;
    size_t ncols = 0, prev_width = 0, max_width = 0;
    for (size_t i = 0; i < g->n; i++)
        if (!emit_row(g, i, &cv, &ncols, &prev_width, &max_width, out, notes)) {
            out->failed = true;
            break;
        }
    free(cv);
}

void grid_notes_to_input(const grid_notes *notes, struct xxgk_input *in)
{
    for (int i = 0; i < notes->count; i++) {
        const grid_note *n = &notes->n[i];
        input_diag_also(in, n->code, n->at, n->arg, n->also, n->also_end);
    }
    if (notes->cut && !in->diags_cut)
        in->cut_at = notes->cut_at;
    in->diags_cut = in->diags_cut || notes->cut;
}

void grid_emit_blocks(grid *g, textbuf *out)
{
    for (size_t i = 0; i < g->n; i++)
        for (size_t k = 0; k < g->rows[i].n; k++) {
            const textbuf *c = &g->rows[i].cells[k].text;
            if (!c->len)
                continue;
            tb_append(out, c);
            if (tb_last(out) != '\n')
                tb_put_at(out, "\n", 1, g->rows[i].cells[k].at);
        }
}

void grid_free(grid *g)
{
    for (size_t i = 0; i < g->n; i++) {
        for (size_t k = 0; k < g->rows[i].n; k++)
            tb_free(&g->rows[i].cells[k].text);
        free(g->rows[i].cells);
    }
    free(g->rows);
    memset(g, 0, sizeof *g);
}

/* FNV-1a over the bytes of a cell's text, blanks aside (a copy of a
 * header may be indented or wrapped otherwise), then its spans. */
static uint64_t hash_cell(uint64_t h, const grid_cell *c)
{
    for (size_t i = 0; i < c->text.len; i++) {
        unsigned char b = (unsigned char)c->text.s[i];
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r')
            continue;
        h = (h ^ b) * 0x100000001b3ULL;
    }
    h = (h ^ (uint64_t)(uint32_t)c->colspan) * 0x100000001b3ULL;
    return (h ^ (uint64_t)(uint32_t)c->rowspan) * 0x100000001b3ULL;
}

#define HASH_START 0xcbf29ce484222325ULL

/* A header row: one whose cells hold no digit (and one cell at least). */
static bool head_row(const grid_row *r)
{
    for (size_t k = 0; k < r->n; k++)
        if (is_number(&r->cells[k].text))
            return false;
    return r->n > 0;
}

static uint64_t hash_row(const grid_row *r)
{
    uint64_t h = HASH_START;
    for (size_t k = 0; k < r->n; k++)
        h = hash_cell(h, &r->cells[k]);
    return h;
}

/* numbered := blank* ( "(" | （ )? digit{1,3} mark blank* ideograph
 *             mark := . ． 、 ） ) ，
 * Does a cell hold a numbered label (4.保护第三方合法权益, 1、本机关,
 * （2）): words after a list number, no value? A number's cell (4.5,
 * 12件) has no mark before a word. Cost: a few bytes at the cell's start. */
static bool numbered_label(const textbuf *t)
{
    static const char *const marks[] = {".", "．", "、", "）", ")", "，"};
    const char *s = t->s;
    size_t n = t->len, i = 0, digits = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < n && s[i] == '(')
        i++;
    else if (n - i >= 3 && memcmp(s + i, "（", 3) == 0)
        i += 3;
    for (; i < n && digits < 4; digits++) {
        if (s[i] >= '0' && s[i] <= '9')
            i++;
        else if (n - i >= 3 && (uint8_t)s[i] == 0xEF && (uint8_t)s[i + 1] == 0xBC && (uint8_t)s[i + 2] >= 0x90 &&
                 (uint8_t)s[i + 2] <= 0x99)
            i += 3; /* a full-width digit */
        else
            break;
    }
    if (digits == 0 || digits > 3)
        return false;
    size_t m = 0;
    while (m < sizeof marks / sizeof *marks &&
           (strlen(marks[m]) > n - i || memcmp(s + i, marks[m], strlen(marks[m])) != 0))
        m++;
    if (m == sizeof marks / sizeof *marks)
        return false;
    for (i += strlen(marks[m]); i < n && (s[i] == ' ' || s[i] == '\t');)
        i++;
    return n - i >= 3 && (uint8_t)s[i] >= 0xE4 && (uint8_t)s[i] <= 0xE9; /* an ideograph: the label's words */
}

/* label := ( cell without a digit | numbered )*   before the first number
 * A data row's label: its cells before its first number, hashed; a
 * numbered label (4.保护第三方…) is a label, not a number, so that two
 * parts' rows 4.… and 5.… are not one empty label twice. */
static uint64_t hash_label(const grid_row *r)
{
    uint64_t h = HASH_START;
    for (size_t k = 0; k < r->n && (!is_number(&r->cells[k].text) || numbered_label(&r->cells[k].text)); k++)
        h = hash_cell(h, &r->cells[k]);
    return h;
}

/* The leading header rows of g (GRID_HEAD_ROWS at most, one more
 * telling there are more). */
static size_t head_rows(const grid *g)
{
    size_t k = 0;
    while (k < g->n && k <= GRID_HEAD_ROWS && head_row(&g->rows[k]))
        k++;
    return k;
}

/* Does a cell of rows [0, k) span a row at k or below? */
static bool spans_below(const grid *g, size_t k)
{
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < g->rows[i].n; j++) {
            int rs = g->rows[i].cells[j].rowspan;
            if (rs == 0 || i + (size_t)rs > k)
                return true;
        }
    return false;
}

enum { CONT_GAP_BYTES = CONT_CAPTION_BYTES }; /* a gap's ink at most, a caption alone */
enum { CONT_TITLED_BYTES = 192 };              /* ... a caption with a title */

static bool names_table(int cap, int part, const grid_tail *tail);

/* A titled caption's say (续表3：收到和处理…, 表3（续） 收到和处理…):
 * none when the title is a total's label (续表3 总计: a total row's
 * word, no table's name; the parts stay apart, as under a title above
 * it disagrees with);
 * the table continued is the one its number names (cap, 0 none) and
 * its title agrees with the title of the line that numbered the table
 * (grid_number_before's: 三、收到和处理政府信息公开申请情况); a title
 * naming another table (续表3：政府信息公开行政复议、行政诉讼情况 under
 * table 三) parts the two. With no title above to agree with, the
 * number alone (as an untitled caption's); with no number, the title's
 * agreeing alone. */
static bool titled_joins(const char *text, const char *title, size_t n, int cap, int part, const grid_tail *tail)
{
    if (cont_caption_title_total(title, n))
        return false;
    if (tail->title_end > tail->title) {
        if (!caption_title_agrees(title, n, text + tail->title, tail->title_end - tail->title))
            return false;
        return cap == 0 || names_table(cap, part, tail);
    }
    return cap > 0 && names_table(cap, part, tail);
}

/* Does a caption's number (cap > 0) and part name the table continued:
 * its number the table's, its part the table's when both have one
 * (表3-1 above, 续表3-2 between: table 3's other part, parted). A part
 * never names a table: 续表3-1 under 表1 names table 3, not 1. */
static bool names_table(int cap, int part, const grid_tail *tail)
{
    return cap == tail->number && (!part || !tail->part || part == tail->part);
}

/* What stands between two tables that are one table's parts: nothing
 * (blank lines, a page break), or one short line that is a continuation
 * caption (cont_caption_number: （续表）, 续上表, 續表, 接上页), one with a
 * table number (表3（续）, 续表三, 续表3-1) only when it is the number of
 * the table continued (tail->number: grid_number_before's, 0 unknown):
 * 表2（续） between two parts of table 三 names another table; one with
 * a title by titled_joins, its title glued to it too (续表三收到和处理…:
 * an HTML paragraph as read, cont_caption_glued) when the table has a
 * title above to agree with. Any other line parts two tables: a clause's
 * caption between two of table 二's clauses, each its own table under
 * the same header (第二十条第（六）项), a heading (（二）继续深化依申请公开),
 * prose, a caption with a year (2020年). The gap is read once per table,
 * CONT_TITLED_BYTES at most compared. */
bool grid_gap_joins(const char *text, size_t from, size_t to, const grid_tail *tail)
{
    const char *gap = text + from;
    size_t n = to - from, lines = 0, ink = 0;
    bool inked = false;
    for (size_t i = 0; i < n; i++) {
        char c = gap[i];
        if (c == '\n') {
            inked = false;
        } else if (c != ' ' && c != '\t' && c != '\f' && c != '\r') {
            lines += !inked;
            inked = true;
            ink++;
        }
    }
    if (lines == 0)
        return true;
    if (lines != 1 || ink > CONT_TITLED_BYTES)
        return false;
    size_t title;
    int part = 0, cap = cont_caption_parts(gap, n, &title, &part);
    if (cap < 0) { /* glued: its part read as the spaced form's */
        cap = cont_caption_glued(gap, n, &title, &part);
        if (cap <= 0 || tail->title_end <= tail->title)
            return false;
    }
    if (title < n)
        return titled_joins(text, gap + title, n - title, cap, part, tail);
    return ink <= CONT_GAP_BYTES && (cap == 0 || names_table(cap, part, tail));
}

enum { NUMBER_LINES = 3, NUMBER_BYTES = 512 }; /* how far above a table its number is sought */

/* The number a line gives the table below it: a caption 表N or 附表N (表3 收到和
 * 处理…, 表二：) or a section heading N、 in Chinese numerals (三、收到和处理
 * 政府信息公开申请情况); 0 for any other line, a table's row too. *after:
 * where the words after the number start; *part the caption's part
 * (表3-1: 1, 0 none). */
static int line_number(const char *s, size_t n, size_t *after, int *part)
{
    *part = 0;
    if (memchr(s, '\t', n))
        return 0; /* a table's row (四、结转下年度继续办理⇥1…), no heading */
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\r'))
        i++;
    while (n - i >= 3 && memcmp(s + i, "　", 3) == 0)
        i += 3;
    if (n - i > 6 && memcmp(s + i, "附表", 6) == 0)
        i += 3; /* 附表3-1: an annex's caption, read as 表3-1 */
    if (n - i > 3 && memcmp(s + i, "表", 3) == 0) {
        i += 3;
        int num = caption_table_number(s, &i, n);
        *part = num ? caption_part_number(s, &i, n) : 0; /* 表3-1 */
        *after = i;
        return num;
    }
    if (i >= n || (unsigned char)s[i] < 0x80) /* a heading's numeral is Chinese, not 3、 a list's */
        return 0;
    int num = caption_table_number(s, &i, n);
    *after = i + 3;
    return num && n - i >= 3 && memcmp(s + i, "、", 3) == 0 ? num : 0;
}

/* table_number := ( caption | heading ) line{0,2} table
 * The number of the table whose text starts at text + n: that of the
 * nearest of the NUMBER_LINES inked lines above it that gives one
 * (line_number: its caption's over its section's, a caption being
 * nearer), 0 when none does; its title the rest of that line. Cost:
 * NUMBER_BYTES at most read back, once per table that is not a
 * continuation. */
int grid_number_before(const char *text, size_t n, size_t *title, size_t *title_end, int *part)
{
    *title = *title_end = 0;
    *part = 0;
    size_t stop = n > NUMBER_BYTES ? n - NUMBER_BYTES : 0, end = n, lines = 0;
    while (end > stop && lines < NUMBER_LINES) {
        size_t s = end;
        while (s > stop && text[s - 1] != '\n')
            s--;
        if (s == stop && stop > 0)
            return 0; /* the line starts before the window: not read */
        size_t after = 0;
        int num = line_number(text + s, end - s, &after, part);
        if (num) {
            *title = s + after;
            *title_end = end;
            return num;
        }
        for (size_t i = s; i < end; i++)
            if (text[i] != ' ' && text[i] != '\t' && text[i] != '\f' && text[i] != '\r') {
                lines++;
                break;
            }
        end = s ? s - 1 : 0;
        if (!s)
            break;
    }
    return 0;
}

size_t grid_continues(const grid *g, const grid_tail *tail)
{
    if (!tail->set || !tail->nhead || tail->nhead > GRID_HEAD_ROWS || g->failed)
        return 0;
    size_t own = head_rows(g), k = 0;
    while (k < own && k < tail->nhead && hash_row(&g->rows[k]) == tail->head[k])
        k++;
    /* one header a prefix of the other, row for row; rows after it */
    if (k == 0 || (k < own && k < tail->nhead) || k >= g->n || spans_below(g, k))
        return 0;
    /* a first part of one data row before a second of one data row is
     * two one-row tables (table 四 this year, then last year's under the
     * same header: 本年度, 上年度), never one table cut: which rows a
     * table has, and in what order, is the template's, which this layer
     * below it cannot ask, so a single row on each side is not joined */
    if (own >= g->n || (tail->nlabels == 1 && g->n - own == 1))
        return 0;
    /* a table that starts over is no continuation: its first data row
     * is one the first part has had (one look-up in the set of its
     * labels: a chain of many parts stays linear) */
    if (u64map_get(&tail->labels, hash_label(&g->rows[own])))
        return 0;
    return k;
}

void grid_drop_rows(grid *g, size_t k)
{
    if (k == 0 || k > g->n)
        return;
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j < g->rows[i].n; j++)
            tb_free(&g->rows[i].cells[j].text);
        free(g->rows[i].cells);
    }
    memmove(g->rows, g->rows + k, (g->n - k) * sizeof *g->rows);
    g->n -= k;
}

void grid_tail_take(grid_tail *tail, const grid *g, bool continued, const char *text, size_t at)
{
    size_t own = head_rows(g);
    if (!continued) {
        tail->number = grid_number_before(text, at, &tail->title, &tail->title_end, &tail->part);
        u64map_free(&tail->labels);
        tail->nlabels = 0;
        tail->nhead = own > GRID_HEAD_ROWS ? 0 : own; /* none kept past the limit */
        for (size_t i = 0; i < tail->nhead; i++)
            tail->head[i] = hash_row(&g->rows[i]);
        own = tail->nhead ? own : g->n; /* labels only under a header kept */
    }
    tail->set = !g->failed;
    for (size_t i = own; i < g->n; i++) {
        uint64_t *seen = u64map_at(&tail->labels, hash_label(&g->rows[i]));
        if (!seen) {
            tail->set = false;
            return;
        }
        *seen = 1;
        tail->nlabels++;
    }
}

size_t grid_emit_continued(grid *g, grid_tail *tail, size_t *tail_out, bool same_story, textbuf *out,
                           grid_notes *notes)
{
    size_t again = 0;
    if (same_story && tail->set && *tail_out <= out->len && grid_gap_joins(out->s, *tail_out, out->len, tail))
        again = grid_continues(g, tail);
    grid_drop_rows(g, again);
    size_t from = out->len;
    grid_emit(g, out, notes);
    grid_tail_take(tail, g, again > 0, out->s, from);
    *tail_out = out->len;
    return again;
}

void grid_tail_free(grid_tail *tail)
{
    u64map_free(&tail->labels);
    memset(tail, 0, sizeof *tail);
}
