/* A page's words into visual rows and cells (docs/formats.md, "PDF",
 * rules 1 and 2): words whose vertical centres line up form a row; a gap
 * wider than 0.6 of the text height separates two cells. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "vec.h"

/* The digit-width rules (a number glued to its label, rule 2b) measure
 * words of at most this many digits: no cell's number
 * is longer, and a count of digits times a width (up to 2e12 thousandths
 * of a point after pdf_xml's clamp) times 8 stays inside int64_t. */
enum { DIGITS_MEASURED_MAX = 64 };

/* words of one page in reading order: by vertical centre, then left edge */
static int by_centre(const void *a, const void *b)
{
    const pdf_word *p = a, *q = b;
    int64_t cp = p->y0 + p->y1, cq = q->y0 + q->y1;
    if (cp != cq)
        return cp < cq ? -1 : 1;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

static int by_left(const void *a, const void *b)
{
    const pdf_word *p = a, *q = b;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

/* same row: centres apart by at most half the smaller height (in doubled
 * centres, by at most the smaller height) */
static bool same_row(const pdf_word *first, const pdf_word *w)
{
    int64_t d = (w->y0 + w->y1) - (first->y0 + first->y1);
    return d <= min64(first->y1 - first->y0, w->y1 - w->y0);
}

static bool ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* a cell that is a number as tables print them: digits (ASCII or
 * fullwidth), '.', ',', '%' */
bool pdf_numeric(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            digit = true;
        } else if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
                   (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
            digit = true; /* ０-９ */
            i += 2;
        } else if (s[i] != '.' && s[i] != ',' && s[i] != '%') {
            return false;
        }
    }
    return digit;
}

static void end_cell(page_rows *pr, cell *c)
{
    c->len = pr->buf.len - c->start;
    c->num = pdf_numeric(pr->buf.p + c->start, c->len);
    if (!vec_reserve(&pr->c, pr->nc, &pr->capc, sizeof *pr->c)) {
        pr->failed = true;
        return;
    }
    pr->c[pr->nc++] = *c;
}

/* The number columns of a table: the extents of the numbers that stand
 * alone in a cell of a data row (two numbers or more), each with the
 * table it was learnt in; and, for the split of a glued label (lone), of
 * the numbers standing alone right of a label in a row of one number. */
typedef struct col {
    int64_t x0, x1;
    uint32_t table;
    bool lone;
} col;

typedef struct columns {
    col *c;
    size_t n;
    /* the label columns' left edges of each table (rule 2c): x, table */
    int64_t *ls;
    size_t nls;
    uint32_t table; /* the table of the row being read */
    int64_t ratio;  /* the height of the page's CJK words per em, thousandths; 0: unknown */
} columns;

static bool overlaps(const columns *k, size_t i, int64_t x0, int64_t x1)
{
    return !k->c[i].lone && k->c[i].table == k->table && k->c[i].x0 < x1 && x0 < k->c[i].x1;
}

/* two numbers a, b side by side stand in two columns: a number alone in
 * its cell elsewhere in the table lies under a and not b, another under b
 * and not a (cell padding so tight that the gap between two cells is as
 * narrow as the gap between two words of one cell) */
static bool two_columns(const columns *k, const pdf_word *a, const pdf_word *b)
{
    bool under_a = false, under_b = false;
    for (size_t i = 0; i < k->n && !(under_a && under_b); i++) {
        bool oa = overlaps(k, i, a->x0, a->x1), ob = overlaps(k, i, b->x0, b->x1);
        under_a |= oa && !ob;
        under_b |= ob && !oa;
    }
    return under_a && under_b;
}

/* the word lies over one number column: the ranges under it overlap one
 * another (each data row gives its own) */
static bool one_column(const columns *k, const pdf_word *w)
{
    int64_t lo = INT64_MIN, hi = INT64_MAX;
    bool any = false;
    for (size_t i = 0; i < k->n; i++)
        if (overlaps(k, i, w->x0, w->x1)) {
            any = true;
            lo = k->c[i].x0 > lo ? k->c[i].x0 : lo;
            hi = min64(hi, k->c[i].x1);
        }
    return any && lo < hi;
}

static bool numeric_word(const pdf_word *w, const pdf_words *ws)
{
    return pdf_numeric(ws->text.p + w->text, w->len);
}

/* a CJK character (U+2E80..U+9FFF, U+FF00..U+FFEF: one em wide) at s[0..n) */
static bool cjk_at(const unsigned char *s, size_t n)
{
    if (n < 3 || (s[0] & 0xF0) != 0xE0)
        return false;
    uint32_t cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    return cp >= 0x2E80 && (cp <= 0x9FFF || (cp >= 0xFF00 && cp <= 0xFFEF));
}

/* Rule 2, a label glued to its number: with cell padding so tight that a
 * label's last character and the number of the next cell touch, pdftotext
 * gives one word (行政规范性文件61). The word's text is CJK characters (one
 * em each: the word's height over the height per em of the page's CJK
 * words) and ASCII characters, then ASCII digits (with '.' ','): the
 * digits' box is its right end, as wide as they are, the ASCII characters
 * taken as wide as the digits: (width - CJK count x em) / ASCII count
 * each, which must be a digit's width (0.3 to 0.8 em). The word is split
 * there when the digits line up with a number column of the same table
 * (they overlap it by half the narrower at least) and the text before
 * them lies over none: 第二十条 and 2023年 never end in digits after CJK,
 * and a line of prose reaching past the label column lies over the
 * columns. The offset of the digits in the word, 0 when no split. */
static size_t glued_number(const columns *k, const pdf_word *w, const pdf_words *ws, int64_t *xd)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + w->text;
    size_t n = w->len, d = n;
    while (d > 0 && ((s[d - 1] >= '0' && s[d - 1] <= '9') || s[d - 1] == '.' || s[d - 1] == ','))
        d--;
    if (!k->ratio || d < 3 || d == n || n > 4 * DIGITS_MEASURED_MAX || s[d] < '0' || s[d] > '9' ||
        !cjk_at(s + d - 3, 3))
        return 0;
    /* the word's em from its height: the page's CJK words' ratio (an em
     * of more than 1e12 thousandths is no type, and would overflow below) */
    int64_t em = (w->y1 - w->y0) * 1000 / k->ratio;
    if (em <= 0 || em > (int64_t)1e12)
        return 0;
    int64_t cjk = 0, ascii = (int64_t)(n - d);
    for (size_t i = 0; i < d;) {
        if (cjk_at(s + i, d - i)) {
            cjk++;
            i += 3;
        } else if (s[i] < 0x80) {
            ascii++;
            i++;
        } else {
            return 0;
        }
    }
    int64_t rest = (w->x1 - w->x0) - cjk * em; /* the ASCII characters' width */
    if (rest * 10 < ascii * em * 3 || rest * 10 > ascii * em * 8)
        return 0;
    int64_t x = w->x1 - rest * (int64_t)(n - d) / ascii, margin = em / 4;
    bool lines_up = false;
    for (size_t i = 0; i < k->n; i++) {
        const col *c = &k->c[i];
        if (c->table != k->table)
            continue;
        if (c->x0 < x - margin && w->x0 < c->x1)
            return 0; /* the text before the digits lies over a column */
        int64_t o = min64(c->x1, w->x1) - (c->x0 > x ? c->x0 : x);
        lines_up |= 2 * o >= min64(c->x1 - c->x0, w->x1 - x);
    }
    *xd = x;
    return lines_up ? d : 0;
}

/* Rule 2, a label beside its number: a label wrapped in a narrow cell
 * (4.保/护第/三方/合法/权益 in a sub-label column) may end a line a point
 * or two left of the number of the next cell, nearer than the gap
 * between two cells (三方 1). Word a, ending in a CJK character, and
 * number b are two cells when b lines up with a number column of the
 * table (overlapping it by half the narrower at least), a lies over
 * none (the label column stands left of the numbers) and b ends its
 * phrase: no text word follows within a cell's gap (the 2019 of a
 * running title 平潭综合实验区2019年度… is no cell). next: the word after b,
 * or NULL. */
static bool label_number(const columns *k, const pdf_word *a, const pdf_word *b, const pdf_word *next,
                         const pdf_words *ws)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + a->text;
    if (a->len < 3 || !cjk_at(s + a->len - 3, 3) || !numeric_word(b, ws))
        return false;
    if (next && !numeric_word(next, ws) && (next->x0 - b->x1) * 5 <= min64(b->y1 - b->y0, next->y1 - next->y0) * 3)
        return false;
    bool lines_up = false;
    for (size_t i = 0; i < k->n; i++) {
        const col *c = &k->c[i];
        if (c->lone || c->table != k->table)
            continue;
        if (c->x0 < a->x1 && a->x0 < c->x1)
            return false; /* the word before lies over a column */
        int64_t o = min64(c->x1, b->x1) - (c->x0 > b->x0 ? c->x0 : b->x0);
        lines_up |= 2 * o >= min64(c->x1 - c->x0, b->x1 - b->x0);
    }
    return lines_up;
}

/* Rule 2b, digits of two cells in one word: with cell padding so tight
 * that a number (5) ends a point or two left of the next cell's (19),
 * pdftotext may give one word, 519, which no gap between words tells
 * apart. Such a word is wider than its digits: a word of ASCII digits
 * printed as one (tabular digits, each one advance wide) is as wide as
 * its count of the widest lone digit of its height on the page, while
 * 519 is wider by the gap between the cells. A word of two digits or more
 * wider than its digits by an eighth of a digit or more is spread: which
 * of its digits belong to which column cannot be read (L032 on its
 * row). The page's lone digits by height: pr->adv. */
static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* The spacing a page puts between the digits of its numbers (CSS
 * letter-spacing, Word's 字符间距加宽; a bold face's wider digits alike):
 * the lower quartile, over its words of two digits or more of height h, of
 * how much wider each is than its digits, a gap at a time. Every number of
 * the page has it, a glued word alone has more: the quartile is the
 * page's, not a glued word's, even where most of a page's numbers are
 * glued. Fewer than three such words: none. */
/* the lower quartile of e[0..m) (sorted here), 0 when negative or when
 * fewer than three */
static int64_t lower_quartile(int64_t *e, size_t m)
{
    if (m < 3)
        return 0;
    qsort(e, m, sizeof *e, cmp_i64);
    return e[m / 4] > 0 ? e[m / 4] : 0;
}

/* a word of ASCII digits only, at most DIGITS_MEASURED_MAX: their count;
 * else 0 */
static size_t digit_word(const pdf_word *w, const pdf_words *ws)
{
    const char *s = ws->text.p + w->text;
    if (w->len > DIGITS_MEASURED_MAX)
        return 0;
    for (size_t d = 0; d < w->len; d++)
        if (s[d] < '0' || s[d] > '9')
            return 0;
    return w->len;
}

static int64_t digit_spacing(int64_t h, int64_t a, const pdf_word *w, size_t n, const pdf_words *ws)
{
    int64_t e[256];
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof e / sizeof *e; i++) {
        if (w[i].len < 2 || w[i].y1 - w[i].y0 != h)
            continue;
        size_t d = digit_word(&w[i], ws);
        if (d)
            e[m++] = ((w[i].x1 - w[i].x0) - (int64_t)d * a) / (int64_t)(d - 1);
    }
    return lower_quartile(e, m);
}

/* Rule 2b with proportional digits (a face whose 0 or 4 is wider than
 * its 1): a number's own width is the sum of its digits' own widths ON
 * ITS OWN PAGE at its height: each digit's lone boxes there, when they
 * agree within a 64th (a bold 8 and a regular 8 lone on one page give
 * none), or the document's lone width the page's numbers confirm
 * (confirm_digits); 0 when a digit has none. Lone digits of other pages
 * alone are never taken: a bold face's wider 8 lone on another page would
 * make a glued 8877 as wide as its digits. *narrowest: the narrowest of
 * its digits. */
static int64_t own_page_width(const page_rows *pr, int j, const char *s, size_t len, int64_t *narrowest)
{
    int64_t sum = 0;
    for (size_t i = 0; i < len; i++) {
        const int64_t *l = pr->lone[j][s[i] - '0'];
        if (!l[1] || (l[1] - l[0]) * 64 > l[1])
            return 0;
        sum += l[1];
        *narrowest = min64(*narrowest, l[1]);
    }
    return sum;
}

/* the page's spacing between digits by its own digits' widths: the lower
 * quartile, over its numbers of that height whose every digit has its own
 * width on the page, of how much wider each is than those digits, a gap at
 * a time (digit_spacing, each digit its own width); fewer than three: 0 */
static int64_t own_page_spacing(const page_rows *pr, int j, const pdf_word *w, size_t n, const pdf_words *ws)
{
    int64_t e[256];
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof e / sizeof *e; i++) {
        if (w[i].len < 2 || w[i].y1 - w[i].y0 != pr->adv[j][0] || !digit_word(&w[i], ws))
            continue;
        int64_t lo = INT64_MAX, sum = own_page_width(pr, j, ws->text.p + w[i].text, w[i].len, &lo);
        if (sum)
            e[m++] = ((w[i].x1 - w[i].x0) - sum) / (int64_t)(w[i].len - 1);
    }
    return lower_quartile(e, m);
}

/* the document's lone width of digit c at height h, when its lone boxes
 * agree within a 64th; else 0 */
static int64_t doc_lone_width(const pdf_digits *doc, int64_t h, int c)
{
    for (int j = 0; doc && !doc->failed && j < doc->nadv; j++)
        if (doc->adv[j][0] == h) {
            const int64_t *l = doc->lone[j][c];
            return l[1] && (l[1] - l[0]) * 64 <= l[1] ? l[1] : 0;
        }
    return 0;
}

/* a word's width left per digit c, its other digits at their own widths
 * on the page; -1 when it has no c, or a digit other than c without its
 * own width */
static int64_t width_left_per(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws, int c)
{
    const char *s = ws->text.p + w->text;
    int64_t left = w->x1 - w->x0, k = 0;
    for (size_t i = 0; i < w->len; i++) {
        const int64_t *l = pr->lone[j][s[i] - '0'];
        if (s[i] - '0' == c)
            k++;
        else if (!l[1] || (l[1] - l[0]) * 64 > l[1])
            return -1;
        else
            left -= l[1];
    }
    return k ? left / k : -1;
}

/* A digit not lone on its page (the 0 of 110 and 190 on a page whose
 * lone digits are 1-9): its own width there is the document's lone width
 * of it when the page's own numbers confirm it — the narrowest width
 * left per c of the page's numbers whose other digits have their own
 * widths there is that width within a 64th, and as near by two numbers
 * on two lines of the page. A lone c of another page alone is no width (a
 * bold 8 there is wider than this page's regular 8); a number glued of
 * two cells leaves more per c, so it is not the narrowest while one
 * number of the page with that digit is not glued, and the glued words of
 * one row (519 and 719 of 5|19 and 7|19) never confirm a width alone.
 * Only numbers the rules of one width leave alone confirm
 * (one_width_spread): glued words of one table share their gap, so 519
 * and a 19 glued on another line agree with each other and with a bold 9
 * lone on another page as wide as a 9 and that gap. */
static bool one_width_spread(const page_rows *pr, int j, const pdf_word *w);

static int64_t confirmed_width(const page_rows *pr, int j, int c, const pdf_word *w, size_t n,
                               const pdf_words *ws)
{
    int64_t h = pr->adv[j][0], lone = doc_lone_width(pr->doc, h, c), least = INT64_MAX, row = INT64_MIN;
    bool rows = false; /* two near it on two lines */
    for (int pass = 0; pass < 2 && lone; pass++)
        for (size_t i = 0; i < n; i++) {
            if (w[i].len < 2 || w[i].y1 - w[i].y0 != h || !digit_word(&w[i], ws) ||
                one_width_spread(pr, j, &w[i]))
                continue;
            int64_t e = width_left_per(pr, j, &w[i], ws, c);
            if (e >= 0 && !pass)
                least = min64(least, e);
            else if (e >= 0 && (e - least) * 64 <= least) {
                rows |= row != INT64_MIN && (w[i].y0 - row > h / 2 || row - w[i].y0 > h / 2);
                row = row == INT64_MIN ? w[i].y0 : row;
            }
        }
    int64_t d = least - lone;
    return lone && rows && (d < 0 ? -d : d) * 64 <= lone ? lone : 0;
}

/* the page's digits without a lone box of their own there given the
 * document's lone width where the page's numbers confirm it (all found
 * first: a confirmed width confirms no other) */
static void confirm_digits(page_rows *pr, int j, const pdf_word *w, size_t n, const pdf_words *ws)
{
    int64_t found[10] = {0};
    for (int c = 0; c < 10; c++)
        if (!pr->lone[j][c][1])
            found[c] = confirmed_width(pr, j, c, w, n, ws);
    pr->borrowed[j] = 0;
    for (int c = 0; c < 10; c++)
        if (found[c]) {
            pr->lone[j][c][0] = pr->lone[j][c][1] = found[c];
            pr->borrowed[j] |= (uint16_t)(1u << c);
        }
}

/* a lone digit's box kept among the page's of its height: the widest,
 * in a table's row (pr->adv, and digit by digit the narrowest and widest,
 * pr->lone) or outside one (pr->apart: a page number's, no measure of a
 * table's digits) */
static void add_lone_digit(page_rows *pr, int64_t h, int64_t wd, int digit, bool in_row)
{
    int64_t(*t)[3] = in_row ? pr->adv : pr->apart;
    int *nt = in_row ? &pr->nadv : &pr->napart;
    /* each array its own bound; a lone digit in a row also counts in
     * pr->lone and pr->lonen, indexed as pr->adv */
    _Static_assert(sizeof pr->lone / sizeof *pr->lone == sizeof pr->adv / sizeof *pr->adv &&
                       sizeof pr->lonen / sizeof *pr->lonen == sizeof pr->adv / sizeof *pr->adv,
                   "pr->lone and pr->lonen are indexed as pr->adv");
    int cap = in_row ? (int)(sizeof pr->adv / sizeof *pr->adv) : (int)(sizeof pr->apart / sizeof *pr->apart);
    int j = 0;
    while (j < *nt && t[j][0] != h)
        j++;
    if (j == *nt) {
        if (j == cap)
            return;
        t[j][0] = h;
        t[j][1] = wd;
        t[j][2] = 0;
        ++*nt;
        if (in_row) {
            memset(pr->lone[j], 0, sizeof pr->lone[j]);
            memset(pr->lonen[j], 0, sizeof pr->lonen[j]);
        }
    } else if (wd > t[j][1]) {
        t[j][1] = wd;
    }
    if (!in_row)
        return;
    int64_t *l = pr->lone[j][digit];
    l[0] = l[0] && l[0] < wd ? l[0] : wd;
    l[1] = wd > l[1] ? wd : l[1];
    pr->lonen[j][digit]++;
}

/* does the number w measure digit c at its width on the page: the width
 * left per c, its other digits at their own widths (width_left_per), is
 * c's own width within a 64th */
static bool measures_digit(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws, int c)
{
    int64_t own = pr->lone[j][c][1], e = width_left_per(pr, j, w, ws, c);
    return own && e >= 0 && (e > own ? e - own : own - e) * 64 <= own;
}

/* for each digit, how many of the page's numbers of two digits or more at
 * height pr->adv[j][0] measure it at its own width (measures_digit): lone
 * digits in another face at the same height (a bold 1 of 0.3 em beside
 * regular numbers whose 1 is 0.5 em) give widths no number of the page
 * has, and such a width never newly flags a number (spread_word) */
static void digit_measures(page_rows *pr, int j, const pdf_word *w, size_t n, const pdf_words *ws)
{
    memset(pr->measured[j], 0, sizeof pr->measured[j]);
    for (size_t i = 0; i < n; i++) {
        if (w[i].len < 2 || w[i].y1 - w[i].y0 != pr->adv[j][0] || !digit_word(&w[i], ws))
            continue;
        for (int c = 0; c < 10; c++)
            pr->measured[j][c] += measures_digit(pr, j, &w[i], ws, c);
    }
}

typedef struct { int64_t h, c2; } digit_key;

static int digit_key_cmp(const void *a, const void *b)
{
    const digit_key *x = a, *y = b;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    return (x->c2 > y->c2) - (x->c2 < y->c2);
}

/* the first key of k[0..m) not below (h, c2) */
static size_t digit_key_at(const digit_key *k, size_t m, int64_t h, int64_t c2)
{
    size_t lo = 0, hi = m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].h < h || (k[mid].h == h && k[mid].c2 < c2))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Rule 2b's evidence: a lone digit w[i] measures the digits of a table
 * only in a table's row, two numbers of its height at least beside it on
 * its visual row (their centres within half its height): a cell of table
 * 三's or 四's rows, 规章 1 0 5. A page number (- 3 -, 第 3 页 共 5 页, 3), a
 * footer's or a caption's digit (表 2) is no cell: in another face or set
 * proportional, its width made the table's numbers wider than their
 * digits (10 beside a page number 1 narrower than 0), L032 with no
 * number spread.
 *
 * Asked for every word of the page at once: in_row[i] when
 * w[i] is a digit word with two other digit words of its height beside it
 * (their doubled centres within its height of its own). The page's digit
 * words sorted by height and centre, each one's neighbours counted by two
 * binary searches: a page of many lone digits costs n log n, where asking
 * word by word cost n² (a page of 50,000 digits). NULL out of memory. */
static bool *lone_in_number_rows(const pdf_word *w, size_t n, const pdf_words *ws)
{
    bool *in_row = calloc(n ? n : 1, sizeof *in_row);
    digit_key *k = malloc((n ? n : 1) * sizeof *k);
    if (!in_row || !k) {
        free(in_row);
        free(k);
        return NULL;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (digit_word(&w[i], ws))
            k[m++] = (digit_key){ w[i].y1 - w[i].y0, w[i].y0 + w[i].y1 };
    qsort(k, m, sizeof *k, digit_key_cmp);
    for (size_t i = 0; i < n; i++) {
        if (!digit_word(&w[i], ws))
            continue;
        int64_t h = w[i].y1 - w[i].y0, c2 = w[i].y0 + w[i].y1;
        size_t lo = digit_key_at(k, m, h, c2 - h), hi = digit_key_at(k, m, h, c2 + h + 1);
        in_row[i] = hi - lo >= 3; /* itself and two beside it */
    }
    free(k);
    return in_row;
}

static void digit_advances(page_rows *pr, const pdf_word *w, size_t n, const pdf_words *ws)
{
    pr->nadv = pr->napart = 0;
    bool *in_row = lone_in_number_rows(w, n, ws);
    if (!in_row) {
        pr->failed = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char c = ws->text.p[w[i].text];
        if (w[i].len != 1 || c < '0' || c > '9')
            continue;
        add_lone_digit(pr, w[i].y1 - w[i].y0, w[i].x1 - w[i].x0, c - '0', in_row[i]);
    }
    free(in_row);
    for (int j = 0; j < pr->nadv; j++) {
        pr->adv[j][2] = digit_spacing(pr->adv[j][0], pr->adv[j][1], w, n, ws);
        confirm_digits(pr, j, w, n, ws);
        pr->lonesp[j] = own_page_spacing(pr, j, w, n, ws);
        digit_measures(pr, j, w, n, ws);
    }
}

/* Rule 2b by the document's advance: where the document's numbers of
 * two counts of digits or more are each one width, as many advances of
 * one digit as they have digits (tabular digits, no spacing), a word of d
 * digits wider than d advances by an eighth of one or more is wider than
 * its digits, whatever the page's own numbers say: 519 (5 and 19) beside
 * 17 and 297 of the pages before, on a page whose four numbers are mostly
 * glued (the page's spacing, their lower quartile, is a glued word's), in
 * a face whose lone digits' boxes are narrower than its advance (Noto
 * Sans CJK in a browser's PDF). */
static bool wider_than_advances(const page_rows *pr, const pdf_word *w)
{
    const pdf_digits *doc = pr->doc;
    if (!doc || doc->failed)
        return false;
    for (int j = 0; j < doc->nadv; j++)
        if (doc->adv[j][0] == w->y1 - w->y0) {
            int64_t p = pr->digit[j];
            return p > 0 && ((w->x1 - w->x0) - (int64_t)w->len * p) * 8 >= p;
        }
    return false;
}

/* Rule 2b by one width (the document's advance where it stands on the
 * page, else the page's widest lone digit of the height, index j, and
 * its spacing): the word is wider than its digits by an eighth of one */
static bool one_width_spread(const page_rows *pr, int j, const pdf_word *w)
{
    if (wider_than_advances(pr, w))
        return true;
    if (j < 0)
        return false;
    int64_t a = pr->adv[j][1];
    int64_t over = (w->x1 - w->x0) - (int64_t)w->len * a - (int64_t)(w->len - 1) * pr->adv[j][2];
    return a > 0 && over * 8 >= a;
}

/* the document's advance of a digit at each height stands on the page
 * when a number of the page of two digits or more is as many advances
 * wide (within a 64th of one): the page's numbers are not spaced (a page
 * of numbers under letter-spacing, each wider than its digits, is left
 * to the page's own spacing) */
static void page_advances(page_rows *pr, const pdf_word *w, size_t n, const pdf_words *ws)
{
    const pdf_digits *doc = pr->doc;
    for (int j = 0; doc && !doc->failed && j < doc->nadv; j++) {
        int64_t p = doc->digit[j];
        pr->digit[j] = 0;
        for (size_t i = 0; i < n && p > 0 && !pr->digit[j]; i++) {
            if (w[i].len < 2 || w[i].y1 - w[i].y0 != doc->adv[j][0] || !digit_word(&w[i], ws))
                continue;
            int64_t d = (w[i].x1 - w[i].x0) - (int64_t)w[i].len * p;
            pr->digit[j] = (d < 0 ? -d : d) * 64 <= p ? p : 0;
        }
    }
}

/* Rule 2b by the number's own digits: how much wider a word is than its
 * own digits (own_page_width) and sp between each two; INT64_MIN when
 * some digit of it has no own width on its page, or the page no lone
 * digit of its height (the rules of one width stand). *narrowest: its
 * narrowest digit. */
static int64_t over_own_digits(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws, int64_t sp,
                               int64_t *narrowest)
{
    int64_t sum = own_page_width(pr, j, ws->text.p + w->text, w->len, narrowest);
    return sum ? (w->x1 - w->x0) - sum - ((int64_t)w->len - 1) * sp : INT64_MIN;
}

/* a digit of the word whose width on the page is borrowed from other
 * pages (confirm_digits): such a width may newly flag a number but never
 * clears one the rules of one width flag (a bold 9 lone on page 1 as wide
 * as page 2's 9 and the gap of 5|19 would make the glued 519 as wide as
 * its digits) */
static bool any_borrowed(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws)
{
    const char *s = ws->text.p + w->text;
    for (size_t i = 0; i < w->len; i++)
        if (pr->borrowed[j] >> (s[i] - '0') & 1u)
            return true;
    return false;
}

/* a word the rules of one width call spread is as wide as its own digits
 * (within a 64th of the narrowest: the boxes of pdftotext are sums of the
 * digits' advances, a glued word is wider by the gap between two cells,
 * a fraction of a point) and the page's spacing (the lesser of the two
 * measures; none where the document's advance called it spread): not
 * spread */
static bool as_own_digits(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws, int64_t sp)
{
    if (j >= 0 && any_borrowed(pr, j, w, ws))
        return false;
    int64_t lo = INT64_MAX, over = j < 0 ? INT64_MIN : over_own_digits(pr, j, w, ws, sp, &lo);
    return over != INT64_MIN && over * 64 <= lo;
}

/* a lone digit of the row whose own width the page's lone boxes of it
 * on other rows agree on (all of them within a 64th, one at least
 * outside this row) */
static bool lone_as_elsewhere(const page_rows *pr, int j, const pdf_word *row, size_t n, size_t i,
                              const pdf_words *ws)
{
    int c = ws->text.p[row[i].text] - '0';
    const int64_t *l = pr->lone[j][c];
    uint32_t here = 0;
    for (size_t k = 0; k < n; k++)
        here += row[k].len == 1 && ws->text.p[row[k].text] == ws->text.p[row[i].text] &&
                row[k].y1 - row[k].y0 == pr->adv[j][0];
    return l[1] && (l[1] - l[0]) * 64 <= l[1] && pr->lonen[j][c] > here;
}

/* a number of the row other than row[self] as wide as its own digits
 * (within a 64th of its narrowest) and the page's spacing by them, or a
 * lone digit of it as wide as the page's lone ones of other rows: the row
 * is set in the face of the page's other digits, not bold (a bold row's
 * numbers are each wider than their own digits, its lone digits wider
 * than the other rows') */
static bool row_as_own_digits(const page_rows *pr, int j, const pdf_word *row, size_t n, size_t self,
                              const pdf_words *ws)
{
    for (size_t i = 0; i < n; i++) {
        if (i == self || row[i].y1 - row[i].y0 != pr->adv[j][0] || !digit_word(&row[i], ws))
            continue;
        if (row[i].len == 1) {
            if (lone_as_elsewhere(pr, j, row, n, i, ws))
                return true;
            continue;
        }
        int64_t lo = INT64_MAX, over = over_own_digits(pr, j, &row[i], ws, pr->lonesp[j], &lo);
        if (over != INT64_MIN && (over < 0 ? -over : over) * 64 <= lo)
            return true;
    }
    return false;
}

/* every digit of w measured at its own width by a number of the page
 * other than w (digit_measures): the widths that newly flag w are the
 * page's numbers', not only lone digits' */
static bool digits_measured(const page_rows *pr, int j, const pdf_word *w, const pdf_words *ws)
{
    const char *s = ws->text.p + w->text;
    for (size_t i = 0; i < w->len; i++) {
        int c = s[i] - '0';
        if (pr->measured[j][c] <= (uint32_t)measures_digit(pr, j, w, ws, c))
            return false;
    }
    return true;
}

/* the word row[self] of a visual row of n words */
static bool spread_word(const page_rows *pr, const pdf_word *row, size_t n, size_t self, const pdf_words *ws)
{
    const pdf_word *w = &row[self];
    if (w->len < 2 || w->len > DIGITS_MEASURED_MAX || !pr->nadv)
        return false;
    const char *s = ws->text.p + w->text;
    for (size_t i = 0; i < w->len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    int j = 0;
    while (j < pr->nadv && pr->adv[j][0] != w->y1 - w->y0)
        j++;
    j = j < pr->nadv ? j : -1;
    if (wider_than_advances(pr, w))
        return !as_own_digits(pr, j, w, ws, 0);
    if (j < 0)
        return false;
    int64_t a = pr->adv[j][1];
    int64_t over = (w->x1 - w->x0) - (int64_t)w->len * a - (int64_t)(w->len - 1) * pr->adv[j][2];
    if (a > 0 && over * 8 >= a)
        return !as_own_digits(pr, j, w, ws, min64(pr->lonesp[j], pr->adv[j][2]));
    /* a word of narrow digits (6, 2, 7 of a face whose 0 is wider, the
     * page's widest lone digit) glued with the next cell's is no wider
     * than its count of the widest digit, but wider than its own digits
     * and the page's spacing by them by an eighth of its narrowest; on a
     * row whose other numbers are as wide as theirs (a bold row's are
     * all wider: no L032 for that), and with every digit's width one
     * that another number of the page measures (digits_measured) */
    int64_t lo = INT64_MAX, own = over_own_digits(pr, j, w, ws, pr->lonesp[j], &lo);
    return own != INT64_MIN && own * 8 >= lo && row_as_own_digits(pr, j, row, n, self, ws) &&
           digits_measured(pr, j, w, ws);
}

/* Rule 2b, two words of digits side by side that pdftotext's gap joins
 * into one number: joined, as the digits of a spaced number are (6 4 of
 * 64 under letter-spacing), but when they stand further apart than the
 * page's digits do by an eighth of a digit's advance or more, they may be
 * two cells' numbers (5 and 19): the number is spread (L032 on its row),
 * never silently 519. */
static bool digits_apart(const page_rows *pr, const pdf_word *w, char last, int64_t gap)
{
    if (last < '0' || last > '9' || gap <= 0)
        return false;
    for (int j = 0; j < pr->nadv; j++)
        if (pr->adv[j][0] == w->y1 - w->y0)
            return (gap - pr->adv[j][2]) * 8 >= pr->adv[j][1];
    /* no lone digit in a table's row at its height: a page number's
     * digit gives the scale (a digit's eighth), never a width */
    for (int j = 0; j < pr->napart; j++)
        if (pr->apart[j][0] == w->y1 - w->y0)
            return gap * 8 >= pr->apart[j][1];
    return false;
}

/* Rule 2c, a label column's start: on a narrow page (a browser's A5
 * print) the group label's line 年度办 and the label beside it
 * （二）部分公开（区分 may stand nearer than two cells do (0.5 of a height)
 * and were read as one cell, which took the label of the row above and
 * gave its numbers to it. The table's own rows show where its label
 * columns start: the left edges of the first words of two rows or more
 * between its first and last data row (（三）, 不予公, （六）其他处理, all
 * at one x). Word b starting there (within an eighth of a height), not a
 * number, after word a ending in a CJK character and apart from it, begins
 * a cell. Not in letter-spaced text (Word's 字符间距加宽): a or b wider
 * than its characters, both one character, or a lone character as far
 * from its other neighbour as a from b, says the gap is the text's own
 * spacing. */
static int64_t word_em(const columns *k, const pdf_word *w)
{
    int64_t em = k->ratio ? (w->y1 - w->y0) * 1000 / k->ratio : 0;
    return em > 0 && em <= (int64_t)1e12 ? em : 0;
}

/* the word is its characters set solid: no wider than a CJK em each and
 * an ASCII character 0.65 em each, plus an eighth of an em; *chars: how
 * many characters */
static bool set_solid(const pdf_word *w, const pdf_words *ws, int64_t em, size_t *chars)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + w->text;
    int64_t cjk = 0, ascii = 0;
    for (size_t i = 0; i < w->len;) {
        if (cjk_at(s + i, w->len - i)) {
            cjk++;
            i += 3;
        } else if (s[i] < 0x80) {
            ascii++;
            i++;
        } else {
            return false;
        }
    }
    *chars = (size_t)(cjk + ascii);
    return (w->x1 - w->x0) * 100 <= cjk * em * 100 + ascii * em * 65 + em * 100 / 8;
}

static size_t start_from(const columns *k, uint32_t t, int64_t x);

/* a label start of the row's table within an eighth of h of x: the
 * nearest starts are the first at or right of x and the one before it */
static bool at_label_start(const columns *k, int64_t x, int64_t h)
{
    size_t i = start_from(k, k->table, x);
    bool right = i < k->nls && k->ls[2 * i + 1] == (int64_t)k->table && (k->ls[2 * i] - x) * 8 <= h;
    bool left = i > 0 && k->ls[2 * (i - 1) + 1] == (int64_t)k->table && (x - k->ls[2 * (i - 1)]) * 8 <= h;
    return right || left;
}

/* Word i is an item's mark (3.) with the item's text touching it
 * (3.补正后申请: nearer than a hundredth of a height): digits and one
 * full stop, which no value of a number column ends with */
static bool item_mark(const pdf_word *w, size_t n, size_t i, const pdf_words *ws)
{
    const char *t = ws->text.p + w[i].text;
    size_t len = w[i].len, d = 0;
    while (d < len && t[d] >= '0' && t[d] <= '9')
        d++;
    if (!d || d > 2 || len != d + 1 || t[d] != '.' || i + 1 >= n || numeric_word(&w[i + 1], ws))
        return false;
    int64_t h = min64(w[i].y1 - w[i].y0, w[i + 1].y1 - w[i + 1].y0);
    return (w[i + 1].x0 - w[i].x1) * 100 < h;
}

/* word a starts a group's label: the group's first line glued to its
 * first item's (（五）1.信访举报投诉类申) stays one cell, a numbered label
 * whose band (rule 1b) holds the item's lines; split, the item's piece
 * went to the row above with the lines beside it. A group's number is
 * set in any of the brackets a report uses (（五） (五) 〔五〕 【五】 ［五］),
 * as an enclosed numeral (㈤), or followed by a mark (五、 五． 五.) */
static bool group_open(const unsigned char *s, size_t n)
{
    static const char *const open[] = {"\xEF\xBC\x88", "(", "\xE3\x80\x94", "\xE3\x80\x90", "\xEF\xBC\xBB"};
    for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
        size_t l = strlen(open[i]);
        if (n >= l && !memcmp(s, open[i], l))
            return true; /* （ ( 〔 【 ［ */
    }
    return n >= 3 && s[0] == 0xE3 && s[1] == 0x88 && s[2] >= 0xA0 && s[2] <= 0xA9; /* ㈠..㈩ */
}

static bool group_first_line(const pdf_word *a, const pdf_words *ws)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + a->text;
    size_t n = a->len;
    if (group_open(s, n))
        return true;
    for (size_t i = 0; i + 2 < n && i < 12; i++)
        if ((s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x81) || (s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x8E))
            return true; /* 、 ． */
    /* 五. : a CJK numeral (3 bytes) then a full stop */
    for (size_t i = 3; i < n && i < 12; i++)
        if (s[i] == '.' && s[i - 3] >= 0xE4 && strstr("一二三四五六七八九十", (const char *)(char[4]){(char)s[i - 3], (char)s[i - 2], (char)s[i - 1], 0}))
            return true;
    return false;
}

/* Rule 2c's two lone characters a = w[i-1], b = w[i] GAP apart: two cells
 * touching, not one letter-spaced word, when a's neighbour before it and
 * b's after it (no numbers, within rule 2's 0.6 of a height: the same
 * cells) each stand further off than GAP by an eighth of an em: justified
 * text spaces its characters evenly, and a cell's edge breaks that
 * spacing (pingtan-2022.page.html printed by chromium at 600 pt: （六）其他
 * 处理's line 其 他 处 beside 理 由 逾 期 of 1.申请人无正当理由逾期不补正
 * read as one cell, the row lost). */
static bool touching_cells(const pdf_word *w, size_t n, size_t i, const pdf_words *ws, int64_t gap, int64_t h,
                           int64_t em)
{
    if (i < 2 || i + 1 >= n || numeric_word(&w[i - 2], ws) || numeric_word(&w[i + 1], ws))
        return false;
    int64_t before = w[i - 1].x0 - w[i - 2].x1, after = w[i + 1].x0 - w[i].x1;
    return (before - gap) * 8 > em && (after - gap) * 8 > em && before * 10 < h * 6 && after * 10 < h * 6;
}

static bool label_column(const columns *k, const pdf_word *w, size_t n, size_t i, const pdf_words *ws)
{
    const pdf_word *a = &w[i - 1], *b = &w[i];
    const unsigned char *s = (const unsigned char *)ws->text.p + a->text;
    int64_t gap = b->x0 - a->x1, h = min64(a->y1 - a->y0, b->y1 - b->y0), em = word_em(k, b);
    size_t ca = 0, cb = 0;
    /* an item's mark set in a smaller box than the text (a browser's
     * digits): its own width tells no spacing, it starts the item's cell */
    bool mark = numeric_word(b, ws) && item_mark(w, n, i, ws) && !group_first_line(a, ws);
    if (!k->nls || !em || gap * 100 < h || a->len < 3 || !cjk_at(s + a->len - 3, 3) ||
        (numeric_word(b, ws) && !mark) || !at_label_start(k, b->x0, h) || !set_solid(a, ws, word_em(k, a), &ca))
        return false;
    if (mark)
        return true;
    if (!set_solid(b, ws, em, &cb))
        return false;
    /* two lone characters tell no spacing, but where each stands nearer
     * the other than its own neighbour in its cell (justified text, 其 他
     * 处|理 由 逾: 0.5 pt between 处 and 理, 2.9 and 3.6 pt on either side)
     * (touching_cells); a lone character as far from its other neighbour
     * as a from b: letter spacing */
    if (ca == 1 && cb == 1)
        return touching_cells(w, n, i, ws, gap, h, em);
    if (ca == 1 && i >= 2 && (w[i - 1].x0 - w[i - 2].x1 - gap) * 8 <= em && (gap - (w[i - 1].x0 - w[i - 2].x1)) * 8 <= em)
        return false;
    if (cb == 1 && i + 1 < n && (w[i + 1].x0 - b->x1 - gap) * 8 <= em && (gap - (w[i + 1].x0 - b->x1)) * 8 <= em)
        return false;
    return true;
}

/* the left edge of the table's number columns: the leftmost of its
 * numbers standing alone in their cells (INT64_MAX: none) */
static int64_t numbers_left(const columns *k)
{
    int64_t left = INT64_MAX;
    for (size_t i = 0; i < k->n; i++)
        if (!k->c[i].lone && k->c[i].table == k->table)
            left = min64(left, k->c[i].x0);
    return left;
}

/* Rule 2h: word a wholly left of every number of the table (the label
 * column's text) and word b, text over one number column, apart (not
 * touching), are two cells: the label column's note glued to a narrow
 * header's first character by a gap as tight as a phrase's (break-all
 * prints: `第四` | `自` over 自然人's column, 10.6 pt apart in 12 pt type).
 * No cell of a label column reaches over the numbers its rows print. */
static bool label_beside_column(const columns *k, int64_t left, const pdf_word *a, const pdf_word *b,
                                const pdf_words *ws)
{
    int64_t h = min64(a->y1 - a->y0, b->y1 - b->y0);
    return a->x1 <= left && (b->x0 - a->x1) * 100 >= h && !numeric_word(b, ws) && one_column(k, b);
}

/* words i - 1 and i of a row read by zones (header_zones) are two cells:
 * one of them in a zone of its own, neither in the label column, the
 * first's zones all left of the second's (未经复议直接起诉 over five
 * columns glued to the next column's 计 at cell padding 0) */
static bool zones_apart(const int *zone, size_t n, size_t i)
{
    return zone[i - 1] != -1 && zone[i] != -1 && (zone[i - 1] >= 0 || zone[i] >= 0) &&
           zone[2 * n + i - 1] < zone[n + i];
}

/* Rule 2f, a header's cells by the number columns' zones: the table's
 * number columns (the merged extents of its lone numbers, left to right)
 * cut the row into zones at the middles of the gaps between them; the
 * first zone reaches as far left of its numbers as the gap after them
 * (mirrored), the last as far right. A cell centred in its column has its
 * centre in that column's zone whatever the alignment of its numbers
 * (left, right or centred: the middle of the gap lies past the cell's
 * middle on the side of its numbers' alignment). zone[i] for each word:
 * the zone holding its centre, -1 left of the first zone (the label
 * column), -2 for a cell over several columns (wider than its zone, or
 * over a number column of another zone); zone[n + i], zone[2n + i]: the
 * zones of its left and right ends (its zone's for a word in one). Returns whether the row reads so: no number, no word across the
 * first zone's left edge or past the last's, three words or more in
 * zones, each in a zone of its own (two words in one zone: a cell of
 * several words, or characters set apart by justifying a label,
 * `按 收 费 通 知`), every two words over the columns that rule 2 would
 * glue split by the zones, and no two words it would split touching
 * (nearer than a hundredth of their height: a run of text). */
static bool header_zones(const columns *k, const pdf_word *w, size_t n, const pdf_words *ws, int *zone)
{
    if (!k || n < 3)
        return false;
    size_t m = 0;
    for (size_t i = 0; i < k->n; i++)
        m += !k->c[i].lone && k->c[i].table == k->table;
    if (m < 3)
        return false;
    int64_t *r = malloc(2 * m * sizeof *r);
    if (!r)
        return false;
    m = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (k->c[i].lone || k->c[i].table != k->table)
            continue;
        int64_t x0 = k->c[i].x0, x1 = k->c[i].x1;
        size_t at = m;
        for (size_t j = 0; j < m; j++) /* merge every range it overlaps */
            if (r[2 * j] < x1 && x0 < r[2 * j + 1]) {
                x0 = min64(x0, r[2 * j]);
                x1 = x1 > r[2 * j + 1] ? x1 : r[2 * j + 1];
                at = at == m ? j : at;
                r[2 * j] = r[2 * j + 1] = INT64_MIN; /* taken */
            }
        r[2 * at] = x0;
        r[2 * at + 1] = x1;
        m += at == m;
    }
    size_t q = 0; /* the ranges left, sorted (a merge may leave holes) */
    for (size_t j = 0; j < m; j++)
        if (r[2 * j] != INT64_MIN || r[2 * j + 1] != INT64_MIN) {
            r[2 * q] = r[2 * j];
            r[2 * q + 1] = r[2 * j + 1];
            q++;
        }
    m = q;
    for (size_t j = 1; j < m; j++)
        for (size_t a = j; a > 0 && r[2 * a] < r[2 * a - 2]; a--) {
            int64_t t0 = r[2 * a], t1 = r[2 * a + 1];
            r[2 * a] = r[2 * a - 2];
            r[2 * a + 1] = r[2 * a - 1];
            r[2 * a - 2] = t0;
            r[2 * a - 1] = t1;
        }
    bool ok = m >= 3;
    size_t over = 0;
    int64_t lo_zone = INT64_MAX, hi_zone = INT64_MIN;
    for (size_t i = 0; i < n && ok; i++) {
        int64_t c2 = w[i].x0 + w[i].x1;
        int64_t left = m >= 2 ? r[0] - ((r[1] + r[2]) / 2 - r[1]) : r[0];
        if (w[i].x1 <= left) {
            zone[i] = -1;
            continue;
        }
        size_t j = 0;
        while (j + 1 < m && c2 >= r[2 * j + 1] + r[2 * j + 2])
            j++;
        int64_t z0 = j ? (r[2 * j - 1] + r[2 * j]) / 2 : left;
        int64_t z1 = j + 1 < m ? (r[2 * j + 1] + r[2 * j + 2]) / 2
                               : r[2 * j + 1] + (r[2 * j] - (r[2 * j - 1] + r[2 * j]) / 2);
        bool other = false;
        for (size_t a = 0; a < m && !other; a++)
            other = a != j && r[2 * a] < w[i].x1 && w[i].x0 < r[2 * a + 1];
        if (numeric_word(&w[i], ws) || w[i].x0 < left || c2 >= 2 * z1) {
            ok = false;
            break;
        }
        if (w[i].x1 - w[i].x0 > z1 - z0 || other) {
            zone[i] = -2; /* a cell over several columns (未经复议直接起诉): the zones of its ends */
            for (int e = 0; e < 2; e++) {
                int64_t x2 = 2 * (e ? w[i].x1 : w[i].x0);
                size_t z = 0;
                while (z + 1 < m && x2 >= r[2 * z + 1] + r[2 * z + 2])
                    z++;
                zone[(size_t)(e + 1) * n + i] = (int)z;
            }
            continue;
        }
        for (size_t a = 0; a < i && ok; a++)
            ok = zone[a] != (int)j; /* one word a zone: a header cell, never a line of justified characters */
        zone[i] = zone[n + i] = zone[2 * n + i] = (int)j;
        over++;
        lo_zone = min64(lo_zone, (int64_t)j);
        hi_zone = hi_zone > (int64_t)j ? hi_zone : (int64_t)j;
    }
    free(r);
    /* all or nothing: every two words over the columns that rule 2 would
     * glue (nearer than 0.6 of their height) are split by the zones, and
     * no two the zones would split touch (one run of text); else the row
     * is read as rule 2 reads it (a header so tight that only some of its
     * cells can be told apart) */
    for (size_t i = 1; i < n && ok; i++) {
        int64_t mh = min64(w[i].y1 - w[i].y0, w[i - 1].y1 - w[i - 1].y0), gap = w[i].x0 - w[i - 1].x1;
        bool apart = zones_apart(zone, n, i);
        ok = zone[i - 1] == -1 || (apart ? gap * 100 >= mh : gap * 5 > mh * 3);
    }
    return ok && over >= 3 && lo_zone < hi_zone;
}

/* the words w[0..n) of one visual row, left to right, into cells: a gap
 * wider than 0.6 of the text height separates two cells (inside a
 * sentence pdftotext's words are a fifth of the height apart); cut[i]:
 * word i begins a cell of its own (a glued number split off) */
static void row_cells(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws, const columns *k,
                      const bool *cut)
{
    vrow v = {.first = pr->nc, .cy2 = w[0].y0 + w[0].y1, .h = w[0].y1 - w[0].y0, .ref = SIZE_MAX};
    cell c = {.x0 = w[0].x0, .x1 = w[0].x1, .cy2 = v.cy2, .h = v.h, .start = pr->buf.len,
              .owner = SIZE_MAX};
    /* a row of three words or more, each over one number column: a
     * table's header, whose narrow cells may stand as near as the words
     * of one cell; or a row whose words over the number columns (those
     * left of them, in the label column, aside) are three or more, text,
     * each over one of them (a header beside the note of the label
     * column) */
    bool table_like = k && n >= 3;
    for (size_t i = 0; i < n && table_like; i++)
        table_like = one_column(k, &w[i]);
    int64_t nleft = k ? numbers_left(k) : INT64_MAX; /* rule 2h's edge */
    int64_t left = !table_like ? nleft : INT64_MAX;
    size_t over = 0;
    bool beside = k && !table_like;
    for (size_t i = 0; i < n && beside; i++)
        if (w[i].x1 > left) {
            beside = one_column(k, &w[i]) && !numeric_word(&w[i], ws);
            over++;
        }
    table_like |= beside && over >= 3;
    int *zone = !table_like && k && n >= 3 ? malloc(3 * n * sizeof *zone) : NULL;
    if (zone && !header_zones(k, w, n, ws, zone)) {
        free(zone);
        zone = NULL;
    }
    /* but two words that touch (nearer than a hundredth of their height)
     * are one run of text (pdftotext ends a word where the font changes:
     * the title's 某某区教育局|2023|年政府信息公开工作年度报告 over three
     * columns of the table below), never two header cells: a border at
     * least stands between those, 0.75 pt at cell padding 0 (the split
     * below) */
    size_t prev = 0; /* where the last word stands in its cell's text */
    for (size_t i = 0; i < n && !pr->failed; i++) {
        const char *t = ws->text.p + w[i].text;
        int64_t h = w[i].y1 - w[i].y0;
        if (i > 0) {
            int64_t gap = w[i].x0 - w[i - 1].x1;
            int64_t mh = min64(h, w[i - 1].y1 - w[i - 1].y0);
            char last = ws->text.p[w[i - 1].text + w[i - 1].len - 1];
            if (gap * 5 > mh * 3 || (cut && cut[i]) || (k && label_column(k, w, n, i, ws)) ||
                (k && label_beside_column(k, nleft, &w[i - 1], &w[i], ws)) || (k && label_number(k, &w[i - 1], &w[i], i + 1 < n ? &w[i + 1] : NULL, ws)) ||
                (k && two_columns(k, &w[i - 1], &w[i]) &&
                 ((numeric_word(&w[i - 1], ws) && numeric_word(&w[i], ws)) ||
                  (table_like && gap * 100 >= mh && one_column(k, &w[i - 1]) && one_column(k, &w[i])))) ||
                (zone && zones_apart(zone, n, i) && gap * 100 >= mh)) {
                end_cell(pr, &c);
                c = (cell){.x0 = w[i].x0, .x1 = w[i].x1, .cy2 = w[i].y0 + w[i].y1, .h = h,
                           .start = pr->buf.len, .owner = SIZE_MAX};
            } else if (ascii_alnum(last) && ascii_alnum(t[0]) && gap * 20 > mh * 3) {
                pdf_buf_putc(&pr->buf, ' ');
            } else if (!c.spread && ascii_alnum(t[0]) && digits_apart(pr, &w[i], last, gap)) {
                c.spread = prev + 1;
            }
        }
        if (!c.spread && !(cut && cut[i]) && spread_word(pr, w, n, i, ws))
            c.spread = pr->buf.len - c.start + 1;
        prev = pr->buf.len - c.start;
        pdf_buf_put(&pr->buf, t, w[i].len);
        c.words++;
        c.x1 = w[i].x1 > c.x1 ? w[i].x1 : c.x1;
        v.h = h > v.h ? h : v.h;
    }
    free(zone);
    if (pr->failed || pr->buf.failed)
        return;
    end_cell(pr, &c);
    v.n = pr->nc - v.first;
    for (size_t j = v.first; j < pr->nc; j++)
        v.numbers += pr->c[j].num;
    if (!vec_reserve(&pr->v, pr->nv, &pr->capv, sizeof *pr->v)) {
        pr->failed = true;
        return;
    }
    pr->v[pr->nv++] = v;
}

static void put_vrow(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws, const columns *k)
{
    qsort(w, n, sizeof *w, by_left);
    size_t splits = 0;
    int64_t xd;
    for (size_t i = 0; k && i < n; i++)
        splits += glued_number(k, &w[i], ws, &xd) > 0;
    if (!splits) {
        row_cells(pr, w, n, ws, k, NULL);
        return;
    }
    /* each glued word as two: its text before the digits, then the digits */
    pdf_word *w2 = malloc((n + splits) * sizeof *w2);
    bool *cut = calloc(n + splits, sizeof *cut);
    if (!w2 || !cut) {
        free(w2);
        free(cut);
        pr->failed = true;
        return;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t d = glued_number(k, &w[i], ws, &xd);
        w2[m++] = w[i];
        if (!d)
            continue;
        w2[m - 1].len = d;
        w2[m - 1].x1 = xd;
        w2[m] = w[i];
        w2[m].text += d;
        w2[m].len -= d;
        w2[m].x0 = xd;
        cut[m++] = true;
    }
    row_cells(pr, w2, m, ws, k, cut);
    free(w2);
    free(cut);
}

/* the em of a word written in CJK characters only (U+2E80..U+9FFF,
 * U+FF00..U+FFEF: each one em wide): its width over their count; 0 for
 * any other word */
static int64_t cjk_em(const pdf_word *w, const pdf_words *ws)
{
    const unsigned char *s = (const unsigned char *)ws->text.p + w->text;
    size_t k = 0;
    for (size_t i = 0; i < w->len; i += 3, k++) {
        if (i + 3 > w->len || (s[i] & 0xF0) != 0xE0)
            return 0;
        uint32_t cp = (uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        if (cp < 0x2E80 || (cp > 0x9FFF && (cp < 0xFF00 || cp > 0xFFEF)))
            return 0;
    }
    return k ? (w->x1 - w->x0) / (int64_t)k : 0;
}

/* a CJK word's vertical centre (doubled) and its index: the page's CJK
 * words sorted by centre, then by index (line_em) */
typedef struct em_at {
    int64_t c2;
    size_t k;
} em_at;

static int by_em_centre(const void *a, const void *b)
{
    const em_at *x = a, *y = b;
    if (x->c2 != y->c2)
        return (x->c2 > y->c2) - (x->c2 < y->c2);
    return (x->k > y->k) - (x->k < y->k);
}

/* the em of the type at w[i]: its own when it is written in CJK only
 * (em[i], cjk_em), else that of the nearest such word on its line (a
 * word whose box holds w[i]'s vertical centre and whose centre w[i]'s box
 * holds: a date's digits beside its 年 月 日; the first in the page's
 * order of the nearest); 0 when its line has none. The page's CJK words
 * sorted by centre (s, m of them): only those whose centre w[i]'s box
 * holds are looked at, found by halving (n log n over a page, not n²). */
static int64_t line_em(const pdf_word *w, size_t i, const int64_t *em, const em_at *s, size_t m)
{
    if (em[i])
        return em[i];
    int64_t c2 = w[i].y0 + w[i].y1, best = INT64_MAX, found = 0;
    size_t lo = 0, hi = m, bestk = SIZE_MAX;
    while (lo < hi) { /* the first centre at or below w[i]'s top */
        size_t mid = lo + (hi - lo) / 2;
        if (s[mid].c2 < 2 * w[i].y0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t j = lo; j < m && s[j].c2 <= 2 * w[i].y1; j++) {
        size_t k = s[j].k;
        if (2 * w[k].y0 > c2 || 2 * w[k].y1 < c2)
            continue;
        int64_t gap = w[k].x0 >= w[i].x1 ? w[k].x0 - w[i].x1 : w[i].x0 >= w[k].x1 ? w[i].x0 - w[k].x1 : 0;
        if (gap < best || (gap == best && k < bestk)) {
            best = gap;
            bestk = k;
            found = em[k];
        }
    }
    return found;
}

/* Boxes as tall as the type (docs/formats.md, "PDF", rule 1): some
 * producers (a browser's print to PDF) give every word the height of its
 * line box, two or three times its type size, so the lines of a wrapped
 * label and the cells of a header overlap and every gap looks narrow.
 * When the page's CJK words are, at the median, taller than 1.4 of their
 * em (a CJK character is one em wide), every word's box is shrunk around
 * its vertical centre by that ratio to 1.2 em; but a box no taller than
 * 1.4 of the page's median em or of its own line's em (line_em) is kept:
 * digits of another font boxed tight among line boxes, in a table's 9 pt
 * or in 16 pt prose on the same page (2024年1月20日: its digits shrunk by
 * the ratio would stand on a row apart from 年 月 日). Returns the height
 * per em of the page's CJK words as they are now (thousandths; 0 when the
 * page has none). */
static int64_t type_boxes(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr)
{
    /* the layout's allocator (malloc, a page's failed): out of memory the
     * page is failed, so is the whole reading (L-code of a layout that
     * failed), never read with its boxes as given */
    size_t each = 3 * sizeof(int64_t) + sizeof(em_at);
    if (n > SIZE_MAX / each) {
        pr->failed = true;
        return 0;
    }
    int64_t *r = malloc(n ? n * each : 1), *e = r + n, *we = e + n, page_ratio = 0;
    if (!r) {
        pr->failed = true;
        return 0;
    }
    em_at *s = (em_at *)(we + n);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        we[i] = cjk_em(&w[i], ws);
        if (we[i] > 0) {
            e[m] = we[i];
            r[m++] = (w[i].y1 - w[i].y0) * 1000 / we[i]; /* height per em, thousandths */
        }
    }
    if (m) {
        qsort(r, m, sizeof *r, cmp_i64);
        qsort(e, m, sizeof *e, cmp_i64);
        int64_t ratio = r[m / 2], em = e[m / 2];
        page_ratio = ratio > 1400 ? 1200 : ratio;
        if (ratio > 1400) {
            /* a box no taller than 1.4 of the page's em or of its line's
             * is its type's already: kept (r[i], decided on the boxes as
             * given, before any is shrunk) */
            size_t ns = 0;
            for (size_t i = 0; i < n; i++)
                if (we[i])
                    s[ns++] = (em_at){w[i].y0 + w[i].y1, i};
            qsort(s, ns, sizeof *s, by_em_centre);
            for (size_t i = 0; i < n; i++) {
                int64_t h = w[i].y1 - w[i].y0;
                r[i] = h * 1000 <= em * 1400 || h * 1000 <= line_em(w, i, we, s, ns) * 1400;
            }
            for (size_t i = 0; i < n; i++) {
                if (r[i])
                    continue;
                int64_t c2 = w[i].y0 + w[i].y1, h = (w[i].y1 - w[i].y0) * 1200 / ratio;
                w[i].y0 = (c2 - h) / 2;
                w[i].y1 = w[i].y0 + h;
            }
        }
    }
    free(r);
    return page_ratio;
}

/* Rule 2a, a header written down its columns: a table's header cells so
 * narrow that each holds one CJK character a line (结/果/纠/正 over one
 * number column, 其/他/结/果 over the next) print as stacks of one-character
 * words, and cells of different heights, each centred, put the lines of
 * neighbouring stacks at different heights, so that no visual row reads
 * across them. A stack (two words or more of one CJK character each, one
 * under another: the same left edge within an eighth of an em, apart by
 * half a line at most) is read as one word on the line of its middle
 * when the first word under it is a number (a table's column, not a group
 * label down the label column) and no word of more than one character
 * stands among its lines or right above them, nor a character touching
 * one of its lines (the stack is the whole cell), nor, beside it, a line
 * of several characters of a cell wrapped over lines (结果维 / 持 beside
 * 总 / 计: that header is read line by line, as the grammar reads it).
 * Its characters keep their boxes' left and right edges and their
 * order. */
static int by_column(const void *a, const void *b)
{
    const pdf_word *p = *(pdf_word *const *)a, *q = *(pdf_word *const *)b;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    int64_t cp = p->y0 + p->y1, cq = q->y0 + q->y1;
    return cp < cq ? -1 : cp > cq;
}

typedef struct stack {
    size_t first, n;
    int64_t x0, x1, y0, y1;
} stack;

static bool one_cjk(const pdf_word *w, const pdf_words *ws)
{
    return w->len == 3 && cjk_at((const unsigned char *)ws->text.p + w->text, 3);
}

/* a word of several characters with another line of text right above or
 * under it: a line of a cell wrapped over several lines */
static bool wrapped_line(const pdf_word *u, const pdf_word *w, size_t n, const pdf_words *ws)
{
    if (one_cjk(u, ws) || numeric_word(u, ws))
        return false;
    int64_t h = u->y1 - u->y0;
    for (size_t j = 0; j < n; j++) {
        const pdf_word *v = &w[j];
        if (v == u || v->x0 >= u->x1 || u->x0 >= v->x1 || numeric_word(v, ws))
            continue;
        int64_t gap = v->y0 >= u->y1 ? v->y0 - u->y1 : u->y0 - v->y1;
        if (gap >= 0 && 2 * gap <= h)
            return true;
    }
    return false;
}

/* the word's centre stands between two lines of the stack, off each by
 * more than a quarter of a height */
static bool off_lines(const stack *a, pdf_word *const *p, const pdf_word *u)
{
    int64_t c2 = u->y0 + u->y1;
    const pdf_word *top = p[a->first], *bottom = p[a->first + a->n - 1];
    if (c2 <= top->y0 + top->y1 || c2 >= bottom->y0 + bottom->y1)
        return false;
    for (size_t q = 0; q < a->n; q++) {
        const pdf_word *c = p[a->first + q];
        int64_t d = c2 - (c->y0 + c->y1);
        if (2 * (d < 0 ? -d : d) <= c->y1 - c->y0)
            return false;
    }
    return true;
}

static bool stack_stands(const stack *a, pdf_word *const *p, const pdf_word *w, size_t n,
                         const pdf_words *ws)
{
    int64_t em = a->x1 - a->x0;
    const pdf_word *below = NULL;
    bool off = false;
    for (size_t j = 0; j < n; j++) {
        const pdf_word *u = &w[j];
        if (u->x0 >= a->x1 || a->x0 >= u->x1) {
            if (u->y0 >= a->y1 || a->y0 >= u->y1)
                continue;
            /* a character touching one of its lines: a cell's line of
             * several characters, not a stack */
            for (size_t q = 0; q < a->n; q++) {
                const pdf_word *c = p[a->first + q];
                int64_t gap = u->x0 >= c->x1 ? u->x0 - c->x1 : c->x0 - u->x1;
                if (u->y0 < c->y1 && c->y0 < u->y1 && gap * 10 < em)
                    return false;
            }
            /* beside it, a cell wrapped over lines of several characters
             * (结果维 / 持 beside 总 / 计): that header is read line by line */
            if (wrapped_line(u, w, n, ws))
                return false;
            off |= off_lines(a, p, u);
            continue;
        }
        if (u->y0 >= a->y1) {
            if (!below || u->y0 < below->y0)
                below = u;
        } else if (u->y1 > a->y0 && !one_cjk(u, ws)) {
            return false; /* a longer word among its lines */
        }
    }
    /* the first word under it is a number of its column */
    return off && below && numeric_word(below, ws);
}

static void stack_headers(pdf_word *w, size_t n, const pdf_words *ws)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        m += one_cjk(&w[i], ws);
    if (m < 4)
        return;
    pdf_word **p = malloc(m * sizeof *p);
    stack *s = malloc(m * sizeof *s);
    if (!p || !s) {
        free(p);
        free(s);
        return;
    }
    m = 0;
    for (size_t i = 0; i < n; i++)
        if (one_cjk(&w[i], ws))
            p[m++] = &w[i];
    qsort(p, m, sizeof *p, by_column);
    size_t ns = 0;
    for (size_t i = 0; i < m;) {
        const pdf_word *t = p[i];
        int64_t em = t->x1 - t->x0, h = t->y1 - t->y0;
        size_t j = i + 1;
        while (j < m && p[j]->x0 - t->x0 <= em / 8 && p[j]->y0 - p[j - 1]->y1 <= h / 2 &&
               2 * (p[j]->y0 - p[j - 1]->y1) > -h)
            j++;
        if (j - i >= 2)
            s[ns++] = (stack){i, j - i, t->x0, p[j - 1]->x1, t->y0, p[j - 1]->y1};
        for (size_t q = i + 1; q < j; q++)
            s[ns - 1].x1 = p[q]->x1 > s[ns - 1].x1 ? p[q]->x1 : s[ns - 1].x1;
        i = j;
    }
    for (size_t i = 0; i < ns; i++) {
        if (!stack_stands(&s[i], p, w, n, ws))
            continue;
        int64_t c2 = s[i].y0 + s[i].y1;
        uint32_t first = UINT32_MAX;
        for (size_t q = 0; q < s[i].n; q++)
            first = p[s[i].first + q]->order < first ? p[s[i].first + q]->order : first;
        for (size_t q = 0; q < s[i].n; q++) {
            pdf_word *u = p[s[i].first + q];
            int64_t h = u->y1 - u->y0;
            u->y0 = (c2 - h) / 2;
            u->y1 = u->y0 + h;
            u->x0 = s[i].x0; /* one left edge: read top to bottom */
            u->order = first + (uint32_t)q;
        }
    }
    free(p);
    free(s);
}

/* the visual rows of words w[0..n) sorted by centre; table[v]: the
 * table of visual row v (NULL: no columns) */
static void rows_of(page_rows *pr, pdf_word *w, size_t n, const pdf_words *ws, columns *k,
                    const uint32_t *table)
{
    for (size_t i = 0; i < n && !pr->failed && !pr->buf.failed;) {
        size_t j = i + 1;
        while (j < n && same_row(&w[i], &w[j]))
            j++;
        if (k)
            k->table = table[pr->nv];
        put_vrow(pr, w + i, j - i, ws, k);
        i = j;
    }
}

static bool add_col(columns *k, size_t *cap, const cell *c, uint32_t table, bool lone)
{
    if (!vec_reserve(&k->c, k->n, cap, sizeof *k->c))
        return false;
    k->c[k->n++] = (col){c->x0, c->x1, table, lone};
    return true;
}

/* the cells of visual row v that are numbers standing alone (one word) */
static bool lone_number(const page_rows *pr, size_t i) { return pr->c[i].num && pr->c[i].words == 1; }

/* a cell whose text ends in ASCII digits right after a CJK character (a
 * label glued to its number): the page is read again with its columns */
static bool ends_glued(const page_rows *pr, const cell *c)
{
    const unsigned char *s = (const unsigned char *)pr->buf.p + c->start;
    size_t d = c->len;
    while (d > 0 && ((s[d - 1] >= '0' && s[d - 1] <= '9') || s[d - 1] == '.' || s[d - 1] == ','))
        d--;
    return !c->num && d >= 3 && d < c->len && cjk_at(s + d - 3, 3);
}

/* a cell of numbers only, one or several (247 214: two cells glued) */
static bool number_run(const page_rows *pr, const cell *c)
{
    if (c->num)
        return true;
    const char *s = pr->buf.p + c->start;
    size_t i = 0;
    for (size_t j = 0; j <= c->len; j++)
        if (j == c->len || s[j] == ' ') {
            if (j == i || !pdf_numeric(s + i, j - i))
                return false;
            i = j + 1;
        }
    return true;
}

/* Rule 2, a loose row: a row of one label and one number (lone) whose
 * number lies over none of its table's columns, right above the first
 * row of a new table (the next row of two numbers or more starts one),
 * its number over a lone number of that table's rows (its next 8 data
 * rows, within 24 visual rows each way: a bounded look, rare rows): the first row of table 三 whose 总计
 * wrapped, `117` on the label's line and `3` under it, read as table 二's
 * last row. It is the new table's, and so is the header above it, which
 * rule 2 then splits by that table's columns (科研机|商业企 glued in a
 * landscape print, their columns read in the template's order silently).
 * Returns the new table, or the row's own. */
static uint32_t loose_row_table(const page_rows *pr, const uint32_t *table, size_t v)
{
    const vrow *r = &pr->v[v];
    const cell *c = &pr->c[r->first + r->n - 1];
    size_t end = pr->nv - v > 24 ? v + 24 : pr->nv; /* the look's bound: 24 visual rows */
    size_t u = v + 1;
    while (u < end && (table[u] == UINT32_MAX || pr->v[u].numbers < 2))
        u++;
    if (u >= end || table[u] == table[v])
        return table[v];
    end = pr->nv - u > 24 ? u + 24 : pr->nv;
    size_t seen = 0;
    for (size_t t = u; t < end && seen < 8; t++) {
        if (table[t] != table[u])
            continue;
        seen++;
        for (size_t i = pr->v[t].first; i < pr->v[t].first + pr->v[t].n; i++)
            if (lone_number(pr, i) && pr->c[i].x0 < c->x1 && c->x0 < pr->c[i].x1)
                return table[u];
    }
    return table[v];
}

/* Tables, not pages, have columns: a page may hold the end of one table
 * and the start of the next (table 三's seven columns, table 四's fifteen).
 * Walking the data rows down the page, a row belongs to the table of the
 * rows above when half of its lone numbers at least lie over a number of
 * that table's, no two over the same one and none over two (the columns
 * so far: the extents of those numbers, overlapping ones merged, and of
 * cells of numbers glued together, which lie over several; a lone
 * number over several ranges is digits glued across cells, 2462122192
 * 012352741387, and widens none); else it starts a table. A row
 * of one label and one number (行政许可 90) never starts one. A text row
 * belongs to the table of the first number row below it (a header stands
 * above its numbers), or, below the last one, to the last table; but a
 * text row ending in a glued number (行政事业性收费656.03, a table's last
 * row) to the table of the number row above it, when there is one.
 * The page before may end inside a table (in: its columns): the walk
 * starts with them as table 0, and the page's first data row continues
 * that table when it fits them as above (a table's columns stand where
 * they stood on the page before: 13 and 39 of a page's rows glued, their
 * columns known from 5 and 15 alone above the page break). *out: the
 * columns of the table the page ends in (none without a data row).
 * A row of one label and one number that lies over none of the table's
 * columns (loose, below) is the next table's when that table starts right
 * under it and its number lies over a number of that table's. */
static bool tables_of(const page_rows *pr, uint32_t *table, const pdf_carry *in, pdf_carry *out)
{
    int64_t *g = NULL; /* the current table's merged ranges: x0, x1, wide */
    size_t ng = 0, capg = 0;
    uint32_t cur = 0;
    bool any = false, ok = true, rows = false;
    bool *loose = calloc(pr->nv ? pr->nv : 1, sizeof *loose); /* lone rows over no column */
    if (!loose)
        return false;
    if (in->n) {
        g = malloc(3 * in->n * sizeof *g);
        if (!g) {
            free(loose);
            return false;
        }
        capg = in->n;
        for (size_t j = 0; j < in->n; j++) {
            g[3 * j] = in->x[2 * j];
            g[3 * j + 1] = in->x[2 * j + 1];
            g[3 * j + 2] = 0;
        }
        ng = in->n;
        any = true;
    }
    for (size_t v = 0; v < pr->nv && ok; v++) {
        const vrow *r = &pr->v[v];
        table[v] = UINT32_MAX;
        bool lone = r->numbers == 1 && r->n >= 2 && lone_number(pr, r->first + r->n - 1);
        if (r->numbers < 2 && !lone)
            continue;
        bool fits = any;
        uint64_t hit = 0; /* the ranges taken (the first 64) */
        size_t count = 0, under = 0;
        for (size_t i = r->first; i < r->first + r->n && fits; i++) {
            if (!lone_number(pr, i))
                continue;
            size_t over = 0, at = 0;
            for (size_t j = 0; j < ng; j++)
                if (g[3 * j] < pr->c[i].x1 && pr->c[i].x0 < g[3 * j + 1]) {
                    over++;
                    at = j;
                }
            count++;
            under += over == 1;
            /* a range of glued numbers lies over several columns */
            fits = over == 0 || (over == 1 && (g[3 * at + 2] || at >= 64 || !(hit >> at & 1)));
            hit |= over == 1 && at < 64 ? (uint64_t)1 << at : 0;
        }
        fits &= 2 * under >= count;
        rows = true;
        if (!fits && (!lone || !any)) {
            cur += any;
            any = true;
            ng = 0;
        }
        table[v] = cur;
        loose[v] = !fits && lone && under == 0;
        for (size_t i = r->first; i < r->first + r->n; i++) {
            if (!number_run(pr, &pr->c[i]))
                continue;
            size_t j = 0, over = 0;
            for (size_t m = ng; m-- > 0;)
                if (g[3 * m] < pr->c[i].x1 && pr->c[i].x0 < g[3 * m + 1]) {
                    j = m;
                    over++;
                }
            if (over > 1)
                continue; /* digits glued across columns: no column of their own */
            if (!over) {
                j = ng;
                if (!vec_reserve(&g, ng, &capg, 3 * sizeof *g)) {
                    ok = false;
                    break;
                }
                g[3 * ng] = pr->c[i].x0;
                g[3 * ng + 1] = pr->c[i].x1;
                g[3 * ng + 2] = !lone_number(pr, i);
                ng++;
            } else if (lone_number(pr, i)) {
                g[3 * j] = min64(g[3 * j], pr->c[i].x0);
                g[3 * j + 1] = pr->c[i].x1 > g[3 * j + 1] ? pr->c[i].x1 : g[3 * j + 1];
            }
        }
    }
    for (size_t j = 0; j < ng && ok && rows; j++) {
        if (g[3 * j + 2])
            continue; /* glued digits: no column */
        if (!vec_reserve(&out->x, 2 * out->n + 1, &out->cap, sizeof *out->x)) {
            ok = false;
            break;
        }
        out->x[2 * out->n] = g[3 * j];
        out->x[2 * out->n + 1] = g[3 * j + 1];
        out->n++;
    }
    free(g);
    for (size_t v = 0; v < pr->nv && ok; v++)
        if (loose[v])
            table[v] = loose_row_table(pr, table, v);
    free(loose);
    /* text rows: the table below, else the one above */
    uint32_t below = cur, above = UINT32_MAX;
    for (size_t v = 0; v < pr->nv; v++) {
        const vrow *r = &pr->v[v];
        if (table[v] != UINT32_MAX) {
            above = table[v];
            continue;
        }
        for (size_t i = r->first; i < r->first + r->n && above != UINT32_MAX; i++)
            if (ends_glued(pr, &pr->c[i]))
                table[v] = above | 0x80000000u; /* settled: not the table below */
    }
    for (size_t v = pr->nv; v-- > 0;) {
        if (table[v] == UINT32_MAX)
            table[v] = below;
        else if (table[v] & 0x80000000u)
            table[v] &= 0x7FFFFFFFu;
        else
            below = table[v];
    }
    return ok;
}

/* Rule 2b across pages: the page's digits added to the document's (the
 * widest lone digit of each height; each word of two digits or more) */
static void add_digits(pdf_digits *doc, const pdf_word *w, size_t n, const pdf_words *ws)
{
    bool *in_row = lone_in_number_rows(w, n, ws);
    if (!in_row) {
        doc->failed = true;
        return;
    }
    for (size_t i = 0; i < n && !doc->failed; i++) {
        size_t d = digit_word(&w[i], ws);
        int64_t h = w[i].y1 - w[i].y0, wd = w[i].x1 - w[i].x0;
        if (d == 1 && in_row[i]) {
            int j = 0;
            while (j < doc->nadv && doc->adv[j][0] != h)
                j++;
            if (j == doc->nadv) {
                if (j == (int)(sizeof doc->adv / sizeof *doc->adv))
                    continue;
                doc->adv[doc->nadv++][0] = h;
                doc->adv[j][1] = 0;
            }
            doc->adv[j][1] = wd > doc->adv[j][1] ? wd : doc->adv[j][1];
            int64_t *l = doc->lone[j][ws->text.p[w[i].text] - '0'];
            l[0] = l[0] && l[0] < wd ? l[0] : wd;
            l[1] = wd > l[1] ? wd : l[1];
        } else if (d > 1 && doc->nm < 65536) {
            if (!vec_reserve(&doc->m, 3 * doc->nm + 2, &doc->cap, sizeof *doc->m)) {
                doc->failed = true;
                break;
            }
            doc->m[3 * doc->nm] = h;
            doc->m[3 * doc->nm + 1] = wd;
            doc->m[3 * doc->nm++ + 2] = (int64_t)d;
        }
    }
    free(in_row);
}

void pdf_page_prepare(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr, pdf_digits *doc)
{
    pr->ratio = type_boxes(w, n, ws, pr);
    stack_headers(w, n, ws);
    add_digits(doc, w, n, ws);
}

/* the document's spacing between digits at each height, as a page's
 * (digit_spacing) over every page's numbers */
void pdf_digits_finish(pdf_digits *doc)
{
    int64_t *e = malloc((doc->nm ? doc->nm : 1) * sizeof *e);
    if (!e) {
        doc->failed = true;
        return;
    }
    for (int j = 0; j < doc->nadv; j++) {
        size_t m = 0;
        for (size_t i = 0; i < doc->nm; i++)
            if (doc->m[3 * i] == doc->adv[j][0])
                e[m++] = (doc->m[3 * i + 1] - doc->m[3 * i + 2] * doc->adv[j][1]) / (doc->m[3 * i + 2] - 1);
        doc->adv[j][2] = lower_quartile(e, m);
        /* the numbers of each count of digits one width (the median no
         * wider than the lower quartile by a 512th), at least three of
         * it: their width per digit (the narrowest per-digit advance);
         * kept when two counts or more give one within a 64th (tabular
         * digits without spacing, as many advances as digits) */
        int64_t lo = INT64_MAX, hi = 0;
        int counts = 0;
        for (int64_t d = 2; d < 10; d++) {
            m = 0;
            for (size_t i = 0; i < doc->nm; i++)
                if (doc->m[3 * i] == doc->adv[j][0] && doc->m[3 * i + 2] == d)
                    e[m++] = doc->m[3 * i + 1];
            int64_t q = lower_quartile(e, m);
            if (!q || (e[m / 2] - q) * 512 > q)
                continue;
            counts++;
            lo = min64(lo, q / d);
            hi = q / d > hi ? q / d : hi;
        }
        doc->digit[j] = counts >= 2 && (hi - lo) * 64 <= lo ? lo : 0;
    }
    free(e);
}

/* Rule 2b on a page without a lone digit of a height (every number of
 * the page two digits or more): no digit's advance of its own; the
 * document's widest lone digit of that height stands for it, and the
 * page's spacing between digits is measured with it (the document's
 * when the page has fewer than three numbers of that height). */
static void doc_reference(page_rows *pr, const pdf_word *w, size_t n, const pdf_words *ws,
                          const pdf_digits *doc)
{
    for (int j = 0; doc && !doc->failed && j < doc->nadv; j++) {
        int64_t h = doc->adv[j][0];
        int i = 0;
        while (i < pr->nadv && pr->adv[i][0] != h)
            i++;
        if (i < pr->nadv || i == (int)(sizeof pr->adv / sizeof *pr->adv))
            continue;
        size_t numbers = 0;
        for (size_t q = 0; q < n && numbers < 3; q++)
            numbers += w[q].len > 1 && w[q].y1 - w[q].y0 == h && digit_word(&w[q], ws);
        pr->adv[i][0] = h;
        memset(pr->lonen[i], 0, sizeof pr->lonen[i]);
        memset(pr->lone[i], 0, sizeof pr->lone[i]); /* no digit's own width: rule 2b by one width */
        memset(pr->measured[i], 0, sizeof pr->measured[i]);
        pr->borrowed[i] = 0;
        pr->lonesp[i] = 0;
        pr->adv[i][1] = doc->adv[j][1];
        pr->adv[i][2] = numbers >= 3 ? digit_spacing(h, doc->adv[j][1], w, n, ws) : doc->adv[j][2];
        pr->nadv++;
    }
}

/* (table, x) pairs: by table, then x */
static int by_table_x(const void *a, const void *b)
{
    const int64_t *p = a, *q = b;
    if (p[1] != q[1])
        return p[1] < q[1] ? -1 : 1;
    return (p[0] > q[0]) - (p[0] < q[0]);
}

/* (table, row) pairs: by table, then row */
static int by_table_row(const void *a, const void *b)
{
    const size_t *p = a, *q = b;
    if (p[0] != q[0])
        return p[0] < q[0] ? -1 : 1;
    return (p[1] > q[1]) - (p[1] < q[1]);
}

/* between[v]: row v lies between its table's first and last data row
 * (both included). By the rows sorted on their table, so that a page of
 * many rows (10k lines of prose, no data row of theirs) costs n log n, not
 * a walk of the page per row. Returns false when out of memory. */
static bool between_data_rows(const page_rows *pr, const uint32_t *table, bool *between)
{
    size_t nv = pr->nv;
    size_t *o = malloc((nv ? 2 * nv : 1) * sizeof *o);
    if (!o)
        return false;
    for (size_t v = 0; v < nv; v++) {
        o[2 * v] = table[v];
        o[2 * v + 1] = v;
        between[v] = false;
    }
    qsort(o, nv, 2 * sizeof *o, by_table_row);
    for (size_t a = 0, b; a < nv; a = b) {
        size_t first = SIZE_MAX, last = 0;
        for (b = a; b < nv && o[2 * b] == o[2 * a]; b++)
            if (pdf_data_row(&pr->v[o[2 * b + 1]])) {
                first = first == SIZE_MAX ? o[2 * b + 1] : first;
                last = o[2 * b + 1];
            }
        for (size_t i = a; i < b && first != SIZE_MAX; i++)
            between[o[2 * i + 1]] = o[2 * i + 1] >= first && o[2 * i + 1] <= last;
    }
    free(o);
    return true;
}

/* Rule 2c's label column starts: for each row between the first and the
 * last data row of its table, its first word's left edge, kept when
 * another such row of the table starts there too (within an eighth of a
 * height); as x, table pairs into k, sorted by table and x, each pair
 * once (at_label_start and crosses_start search them: a page's cost stays
 * n log n however many rows start a label). Returns false when out of
 * memory. */
static bool label_starts(const page_rows *pr, const uint32_t *table, columns *k)
{
    size_t nv = pr->nv;
    int64_t *x = malloc((nv ? 3 * nv : 1) * sizeof *x); /* x, table, height */
    bool *between = malloc(nv ? nv : 1);
    if (!x || !between || !between_data_rows(pr, table, between)) {
        free(x);
        free(between);
        return false;
    }
    size_t m = 0;
    for (size_t v = 0; v < nv; v++)
        if (between[v] && pr->v[v].n) {
            x[3 * m] = pr->c[pr->v[v].first].x0;
            x[3 * m + 1] = table[v];
            x[3 * m + 2] = pr->v[v].h;
            m++;
        }
    free(between);
    qsort(x, m, 3 * sizeof *x, by_table_x);
    /* another start within an eighth of this row's height: the nearest
     * start of the same table is one of the two beside it in the order.
     * Written over x from its front: pair i goes to 2 * kept <= 2 * i,
     * below the triples i + 1 on read later; triple i - 1 is read from
     * prev, kept before its place may be written */
    size_t kept = 0;
    int64_t prev[2] = {0, -1};
    for (size_t i = 0; i < m; i++) {
        int64_t xi = x[3 * i], ti = x[3 * i + 1], hi = x[3 * i + 2];
        bool near = (i > 0 && prev[1] == ti && (xi - prev[0]) * 8 <= hi) ||
                    (i + 1 < m && x[3 * (i + 1) + 1] == ti && (x[3 * (i + 1)] - xi) * 8 <= hi);
        if (near && !(kept && x[2 * (kept - 1)] == xi && x[2 * (kept - 1) + 1] == ti)) {
            x[2 * kept] = xi;
            x[2 * kept + 1] = ti;
            kept++;
        }
        prev[0] = xi;
        prev[1] = ti;
    }
    k->ls = x;
    k->nls = kept;
    return true;
}

/* the place of the first label start of table t at or right of x in
 * the sorted starts (what stands there may be another table's) */
static size_t start_from(const columns *k, uint32_t t, int64_t x)
{
    size_t lo = 0, hi = k->nls;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const int64_t *p = &k->ls[2 * mid];
        if (p[1] < (int64_t)t || (p[1] == (int64_t)t && p[0] < x))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* a label start of the table strictly between x0 and x1 */
static bool start_within(const columns *k, uint32_t t, int64_t x0, int64_t x1)
{
    size_t i = start_from(k, t, x0 + 1);
    return i < k->nls && k->ls[2 * i + 1] == (int64_t)t && k->ls[2 * i] < x1;
}

/* a text cell of several words across a label column's start: the page
 * is read again (rule 2c) */
static bool crosses_start(const page_rows *pr, const columns *k, const uint32_t *table)
{
    for (size_t v = 0; v < pr->nv; v++)
        for (size_t i = pr->v[v].first; i < pr->v[v].first + pr->v[v].n; i++) {
            const cell *c = &pr->c[i];
            if (!c->num && c->words >= 2 && start_within(k, table[v], c->x0 + c->h / 8, c->x1))
                return true;
        }
    return false;
}

/* the visual rows of one page's words (sorted here) */
void pdf_page_rows(pdf_word *w, size_t n, const pdf_words *ws, page_rows *pr, pdf_carry *carry,
                   const pdf_digits *doc)
{
    int64_t ratio = pr->ratio;
    pr->doc = doc;
    page_advances(pr, w, n, ws); /* before digit_advances: confirm_digits asks one_width_spread */
    digit_advances(pr, w, n, ws);
    doc_reference(pr, w, n, ws, doc);
    qsort(w, n, sizeof *w, by_centre);
    rows_of(pr, w, n, ws, NULL, NULL);
    /* a second reading when the first glued two numbers of a data row into
     * one cell, a header's cells, or a label and its number: with the
     * number columns of each table */
    bool glued = false;
    for (size_t v = 0; v < pr->nv && !glued; v++)
        for (size_t i = pr->v[v].first; i < pr->v[v].first + pr->v[v].n; i++)
            glued |= pr->v[v].numbers < 2 ? pr->c[i].words > 2 || ends_glued(pr, &pr->c[i])
                                          : pr->c[i].words > 1;
    pdf_carry next = {0};
    if (pr->failed) {
        free(carry->x);
        *carry = next;
        return;
    }
    columns k = {.ratio = ratio};
    size_t cap = 0;
    uint32_t *table = malloc((pr->nv ? pr->nv : 1) * sizeof *table);
    bool ok = table && tables_of(pr, table, carry, &next);
    ok = ok && label_starts(pr, table, &k);
    glued |= ok && crosses_start(pr, &k, table);
    /* the columns of the table the page before ended in: table 0 */
    for (size_t i = 0; i < carry->n && ok && glued; i++)
        ok = add_col(&k, &cap, &(cell){.x0 = carry->x[2 * i], .x1 = carry->x[2 * i + 1]}, 0, false);
    free(carry->x);
    *carry = next;
    for (size_t v = 0; v < pr->nv && ok && glued; v++) {
        const vrow *r = &pr->v[v];
        bool lone = r->numbers == 1 && r->n >= 2 && lone_number(pr, r->first + r->n - 1);
        for (size_t i = r->first; i < r->first + r->n && ok && (r->numbers >= 2 || lone); i++)
            if (lone_number(pr, i))
                ok = add_col(&k, &cap, &pr->c[i], table[v], lone);
    }
    if (ok && glued && k.n) {
        /* the same visual rows as the first reading (which sorted each
         * row's words by their left edges) */
        qsort(w, n, sizeof *w, by_centre);
        pr->nc = pr->nv = pr->buf.len = 0;
        rows_of(pr, w, n, ws, &k, table);
    }
    pr->failed |= !ok;
    pr->doc = NULL; /* the caller's, read only while the page is */
    free(table);
    free(k.c);
    free(k.ls);
}
