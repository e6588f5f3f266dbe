/* A page's visual rows into lines (docs/formats.md, "PDF", rules 4 to 7):
 * each data row with the pieces of its wrapped label, every other row with
 * the cells no data row took; cells whose extents overlap are one column. */
#include <stdlib.h>
#include <string.h>

#include "numerals.h"
#include "pdf_int.h"
#include "utf8.h"
#include "vec.h"

/* A data row: two numbers or more, a row of a table's body. */
bool pdf_data_row(const vrow *v) { return !v->drop && v->numbers >= 2; }

/* a cell printed as an empty cell's dash or slash alone (- — – ― / －:
 * docs/grammar.md, EMPTY): a value's place in a data row, never its label
 * (四、结转下年度继续办 / 理 - 0 - 0: the label is 理, not the first -).
 * Not 无 無: a character of a group label written down its column
 * (（四）/ 无 / 法 / 提 / 供) */
static bool empty_mark(const page_rows *pr, const cell *c)
{
    static const char *const marks[] = {"-", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "/", "\xEF\xBC\x8D", "\xE2\x80\x94\xE2\x80\x94"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (c->len == strlen(marks[i]) && memcmp(pr->buf.p + c->start, marks[i], c->len) == 0)
            return true;
    return false;
}

static int64_t first_number_x(const page_rows *pr, const vrow *v)
{
    int64_t x = INT64_MAX;
    for (size_t i = 0; i < v->n; i++)
        if ((pr->c[v->first + i].num || empty_mark(pr, &pr->c[v->first + i])) && pr->c[v->first + i].x0 < x)
            x = pr->c[v->first + i].x0;
    return x;
}

/* the label of a data row on its own visual row: the rightmost text cell
 * left of its numbers and empty cells' marks; SIZE_MAX when the numbers
 * stand alone */
static size_t label_cell(const page_rows *pr, const vrow *v)
{
    int64_t fx = first_number_x(pr, v);
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        if (!c->num && c->x1 <= fx && (best == SIZE_MAX || c->x0 > pr->c[best].x0))
            best = v->first + i;
    }
    return best;
}

/* the vertical extent of a data row's numbers, in doubled units: a group
 * label in the same visual row may stand higher or lower */
static void number_span(const page_rows *pr, const vrow *v, int64_t *top2, int64_t *bottom2)
{
    *top2 = INT64_MAX;
    *bottom2 = INT64_MIN;
    for (size_t i = 0; i < v->n; i++) {
        const cell *c = &pr->c[v->first + i];
        if (!c->num)
            continue;
        *top2 = min64(*top2, c->cy2 - c->h);
        *bottom2 = c->cy2 + c->h > *bottom2 ? c->cy2 + c->h : *bottom2;
    }
}

static bool overlap(const cell *a, const cell *b) { return a->x0 < b->x1 && b->x0 < a->x1; }

/* A text row may carry a piece of a data row's wrapped label: its
 * rightmost cell is text, left of the numbers, in the label's column (or
 * anywhere left of the numbers when the data row prints no label on its
 * own line). The cell, or SIZE_MAX. */
static size_t label_piece(const page_rows *pr, const vrow *t, int64_t fx, size_t ref)
{
    if (t->drop || t->numbers >= 2 || !t->n)
        return SIZE_MAX;
    size_t k = t->first + t->n - 1;
    const cell *c = &pr->c[k];
    if (c->num || c->x1 > fx)
        return SIZE_MAX;
    return ref == SIZE_MAX || overlap(c, &pr->c[ref]) ? k : SIZE_MAX;
}

/* cell k continues the label of data row d */
static void own(page_rows *pr, size_t k, size_t d)
{
    vrow *v = &pr->v[d];
    cell *c = &pr->c[k];
    c->owner = d;
    if (v->ref == SIZE_MAX || c->x0 > pr->c[v->ref].x0)
        v->ref = k;
    int64_t top2, bottom2;
    number_span(pr, v, &top2, &bottom2);
    int64_t dist = c->cy2 - (top2 + bottom2) / 2;
    dist = dist < 0 ? -dist : dist;
    v->reach = dist > v->reach ? dist : v->reach;
}

/* the code point at s[*i] (n bytes), *i moved past it; 0 at the end */
static uint32_t next_cp(const uint8_t *s, size_t n, size_t *i)
{
    uint32_t cp = 0;
    int l = *i < n ? utf8_decode(s + *i, n - *i, &cp) : 0;
    *i += l ? (size_t)l : 1;
    return *i <= n ? cp : 0;
}

/* A piece that starts a numbered label: （二） (二) 2. 2． 2、 二、 with
 * digits (ASCII or full-width) or Chinese numerals, then text. A wrapped
 * label's later lines never start so (they go on mid-phrase), so such a
 * piece begins the next row's label. A decimal (2.5) is no label's
 * number. */
static bool starts_numbered(const char *text, size_t n)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    uint32_t cp = next_cp(s, n, &i);
    bool paren = cp == 0xFF08 || cp == '(';
    if (paren)
        cp = next_cp(s, n, &i);
    bool digit = false, numeral = false;
    for (; numeral_digit(cp) >= 0; cp = next_cp(s, n, &i)) {
        bool ascii = cp < 0x80 || (cp >= 0xFF10 && cp <= 0xFF19);
        digit |= ascii;
        numeral |= !ascii;
    }
    if (digit == numeral || i >= n) /* no number, or a mixed one; or nothing after it */
        return false;
    if (paren)
        return cp == 0xFF09 || cp == ')';
    if (cp == 0x3001) /* 、 */
        return true;
    if (!digit || (cp != '.' && cp != 0xFF0E))
        return false;
    cp = next_cp(s, n, &i);
    return !(cp >= '0' && cp <= '9') && !(cp >= 0xFF10 && cp <= 0xFF19); /* 2.5 is a number */
}

/* The level of the numbered label a piece starts (starts_numbered):
 * 1 （二）/(二), 2 二、, 3 2. 2． 2、; 0 none. Two labels of one level
 * are two rows of the template; a group's heading and its first item
 * (（三）不予公开 1.属于国家秘密) are of two levels. */
static int numbered_level(const char *text, size_t n)
{
    if (!starts_numbered(text, n))
        return 0;
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    uint32_t cp = next_cp(s, n, &i);
    if (cp == 0xFF08 || cp == '(')
        return 1;
    return numeral_digit(cp) >= 0 && !(cp < 0x80 || (cp >= 0xFF10 && cp <= 0xFF19)) ? 2 : 3;
}

/* A piece that starts a numbered label (starts_numbered) or a clause of
 * the regulations: 第, Chinese numerals, 条 (第二十条第（一）项). */
static bool starts_item(const char *text, size_t n)
{
    if (starts_numbered(text, n))
        return true;
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    if (next_cp(s, n, &i) != 0x7B2C) /* 第 */
        return false;
    size_t d = i;
    uint32_t cp = next_cp(s, n, &i);
    while (numeral_digit(cp) >= 0 && i < n)
        cp = next_cp(s, n, &i);
    return i > d + 3 && cp == 0x6761; /* 条 */
}

/* a numbered piece begins a row's label only in the column of the labels
 * around it (b's, else a's; anywhere when neither prints one on its own
 * line): in a group label's column (（五）不予处 / 理) it is the group's */
static bool in_label_column(const page_rows *pr, const cell *c, size_t ref)
{
    return ref == SIZE_MAX || overlap(c, &pr->c[ref]);
}

/* The label cell r of a data row as seen from a piece c: none when r
 * stands entirely left of c (a group label's fragment in a column of its
 * own, （ beside 0 0 0 96, the rows' labels in the column right of it) */
static size_t ref_for(const page_rows *pr, size_t r, const cell *c)
{
    return r != SIZE_MAX && pr->c[r].x1 <= c->x0 ? SIZE_MAX : r;
}

static bool barrier(const page_rows *pr, const vrow *t, int64_t fx);
static bool section_heading(const char *text, size_t n);

/* a cell holding a second numbered label of its first's level after
 * its start (1.信访举报投诉类申请3.补正后申请内容仍不明确) */
static bool glued_second(const char *text, size_t n)
{
    int l = numbered_level(text, n);
    const uint8_t *s = (const uint8_t *)text;
    for (size_t i = 0; l && i < n;) {
        uint32_t prev = next_cp(s, n, &i);
        if (prev >= 0x2E80 && i < n && numbered_level(text + i, n - i) == l)
            return true;
    }
    return false;
}

/* Data row a has no label in the column of piece p above it: up to the
 * data row before it (or a barrier) every piece in that column is that
 * row's, none is a's or no one's. With no label on its own line either,
 * its label is below it (labels set at a tall cell's bottom, numbers at
 * its top): the first numbered piece under it. */
static bool bare_above(const page_rows *pr, size_t a, const cell *p)
{
    int64_t fx = first_number_x(pr, &pr->v[a]);
    size_t numbered = SIZE_MAX; /* a numbered piece above a, the row before's */
    /* no data row above a on its page, and the page before ended inside
     * a table: a piece there going on mid-phrase (no numbered label, no
     * clause) is the end of a label the page before began, carried over
     * the page break, no label of a's */
    bool page_top = pr->after_table;
    for (size_t i = 0; i < a && page_top; i++)
        page_top = !pdf_data_row(&pr->v[i]);
    size_t j = a;
    while (j-- > 0) {
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (pdf_data_row(t))
            break;
        if (barrier(pr, t, fx))
            return true;
        size_t k = label_piece(pr, t, fx, SIZE_MAX);
        if (k == SIZE_MAX || !overlap(&pr->c[k], p))
            continue;
        if (pr->c[k].owner == SIZE_MAX && page_top && !starts_item(pr->buf.p + pr->c[k].start, pr->c[k].len))
            continue; /* the last row of the page before goes on here (政府信息) */
        if (pr->c[k].owner == SIZE_MAX || pr->c[k].owner == a)
            return false;
        if (starts_numbered(pr->buf.p + pr->c[k].start, pr->c[k].len))
            numbered = k;
    }
    if (j == SIZE_MAX)
        return true;
    /* the row before prints two numbered labels glued on its line (1.信访
     * …申请3.补正…): one of them may be a's, set above its numbers */
    size_t gl = label_cell(pr, &pr->v[j]);
    if (gl != SIZE_MAX && glued_second(pr->buf.p + pr->c[gl].start, pr->c[gl].len))
        return false;
    if (numbered == SIZE_MAX)
        return true;
    /* the row before took a numbered piece under it: its own label must
     * have been none on its line nor above it, or that piece was no label
     * of its (two labels' starts for one row: nothing is proven); a group
     * label's fragment on its line wholly left of that piece (三、本年度办
     * 理结 beside （七）总计's numbers, its label at its cell's foot) is none */
    size_t own_line = label_cell(pr, &pr->v[j]);
    if (own_line != SIZE_MAX && ref_for(pr, own_line, p) != SIZE_MAX &&
        ref_for(pr, own_line, &pr->c[numbered]) != SIZE_MAX)
        return false;
    for (size_t i = j; i-- > 0;) {
        const vrow *t = &pr->v[i];
        if (t->drop)
            continue;
        if (pdf_data_row(t) || barrier(pr, t, fx))
            break;
        size_t k = label_piece(pr, t, fx, SIZE_MAX);
        if (k != SIZE_MAX && overlap(&pr->c[k], p) && pr->c[k].owner == j)
            return false;
    }
    return true;
}

/* b prints on its own line, in the column of piece c, a label that
 * does not start a numbered label or a clause: a later line of a label
 * begun above b's numbers on the line right above it (wrapped and
 * centred on them, 二、上年结转政府信息公开申请 / 数量 beside 1 0 0), b's
 * own. Labels set at their cells'
 * bottom never reach the line of the next row's numbers, so such a piece
 * is no label of the row above (rule 4c). */
static bool continued_on_line(const page_rows *pr, size_t b, const cell *c)
{
    size_t l = label_cell(pr, &pr->v[b]);
    if (l == SIZE_MAX || !overlap(&pr->c[l], c) || starts_item(pr->buf.p + pr->c[l].start, pr->c[l].len))
        return false;
    /* the next line of c's cell: at most an em and a quarter under it
     * (two cells' lines stand a padding and a rule farther apart) */
    int64_t em = pr->ratio > 0 ? c->h * 1000 / pr->ratio : c->h; /* an em, in doubled units: half */
    return pr->c[l].cy2 > c->cy2 && pr->c[l].cy2 - c->cy2 <= em * 5 / 2;
}

/* The first piece between data rows a and b that starts a numbered
 * label in the column of b's label (b's label cell, or none: a group
 * fragment wholly left of it is none), when a prints no label in that
 * column or right of it on its line nor above it (bare_above): labels
 * under their numbers, that piece begins a's label. SIZE_MAX: none. */
static size_t label_under(const page_rows *pr, size_t a, size_t b, int64_t fx)
{
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX)
            continue;
        const cell *c = &pr->c[k];
        size_t eb = ref_for(pr, pr->v[b].ref, c);
        if (!(eb == SIZE_MAX || overlap(c, &pr->c[eb])) || !starts_numbered(pr->buf.p + c->start, c->len))
            continue;
        return ref_for(pr, pr->v[a].ref, c) == SIZE_MAX && !continued_on_line(pr, b, c) && bare_above(pr, a, c)
                   ? k
                   : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Brackets and quotation marks a piece opens less those it closes (（ (
 * 《 “ open, ） ) 》 ” close): a label never ends inside one */
static int net_marks(const char *text, size_t n)
{
    const uint8_t *s = (const uint8_t *)text;
    int depth = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = next_cp(s, n, &i);
        if (cp == 0xFF08 || cp == '(' || cp == 0x300A || cp == 0x201C)
            depth++;
        else if (cp == 0xFF09 || cp == ')' || cp == 0x300B || cp == 0x201D)
            depth--;
    }
    return depth;
}

/* Data row a's label so far, top to bottom: the pieces above it since
 * the row before or a barrier that it took or no row took (the grammar
 * reads a line of text alone with the label under it) and its label on
 * its own line, all in that label's column, the first of them starting a
 * numbered label. The brackets it leaves open (0 when a has no such
 * label), *col that first piece. */
static int label_left_open(const page_rows *pr, size_t a, const cell **col)
{
    size_t own_line = label_cell(pr, &pr->v[a]), j = a;
    int64_t fx = first_number_x(pr, &pr->v[a]);
    while (j-- > 0 && !pdf_data_row(&pr->v[j]))
        ;
    int depth = 0;
    *col = NULL;
    for (size_t i = j == SIZE_MAX ? 0 : j + 1; i <= a; i++) {
        const vrow *t = &pr->v[i];
        if (t->drop)
            continue;
        if (i < a && barrier(pr, t, fx)) {
            *col = NULL; /* a header or a lone number: nothing above it is a's */
            depth = 0;
            continue;
        }
        size_t k = i == a ? own_line : t->n ? t->first + t->n - 1 : SIZE_MAX;
        if (k == SIZE_MAX || (i < a && pr->c[k].owner != a && pr->c[k].owner != SIZE_MAX) ||
            (own_line != SIZE_MAX && !overlap(&pr->c[k], &pr->c[own_line])))
            continue;
        const cell *c = &pr->c[k];
        if (!*col && starts_numbered(pr->buf.p + c->start, c->len))
            *col = c;
        if (*col && overlap(c, *col))
            depth += net_marks(pr->buf.p + c->start, c->len);
    }
    return depth;
}

/* The first label piece under data row d, before the next data row or a
 * barrier for numbers from fx, that overlaps col (any column when col is
 * NULL), or NULL: where a row's label below its numbers would begin */
static const cell *first_label_below(const page_rows *pr, size_t d, int64_t fx, const cell *col)
{
    for (size_t j = d + 1; j < pr->nv; j++) {
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (pdf_data_row(t) || barrier(pr, t, fx))
            return NULL;
        size_t k = label_piece(pr, t, fx, SIZE_MAX);
        if (k != SIZE_MAX && (!col || overlap(&pr->c[k], col)))
            return &pr->c[k];
    }
    return NULL;
}

/* The first label piece under data row d in column col, before the next
 * data row or a barrier, goes on mid-phrase: it starts no numbered label */
static bool unnumbered_below(const page_rows *pr, size_t d, const cell *col)
{
    const cell *c = first_label_below(pr, d, first_number_x(pr, &pr->v[d]), col);
    return c && !starts_numbered(pr->buf.p + c->start, c->len);
}

/* Rule 4d: data row b's label hangs from its numbers: b prints no label
 * in the column on its own line, and the first label piece under it
 * (before the next data row or a barrier) starts a numbered label (a
 * label's first line: nothing above it is that label's) a quarter of
 * their height or more lower than b's numbers' top and higher than their
 * bottom (a cell's label top-aligned
 * with its numbers on a taller line: LibreOffice's 1.5-line CJK labels), while
 * every piece above b, since data row a, in that column ends above b's
 * numbers. Then b's label begins at that piece: nothing above b's
 * numbers is b's (益 under 保护第三方合法权 / 6 11 7 … 47 is that row's,
 * however near the next row's numbers it stands). A label centred on
 * its numbers reaches above them, and a line of it overlaps them: no;
 * its second line may hang from them while its first ends above them
 * (huaian-2024's （二）部分公开（区分处理的，只计这一情 / 形，不计…）: the
 * hanging line goes on mid-phrase, so it is no label's start: no. No
 * piece above b in that column: nothing to decide (false). */
static bool label_hangs(const page_rows *pr, size_t a, size_t b, int64_t fx)
{
    int64_t top2, bottom2;
    number_span(pr, &pr->v[b], &top2, &bottom2);
    const cell *first = first_label_below(pr, b, fx, NULL);
    /* its top a quarter of the numbers' height or more below theirs: level
     * with them (a group's fragment beside the numbers, another row) it is
     * the row's own line, no label hanging */
    if (!first || 4 * (first->cy2 - first->h - top2) < bottom2 - top2 || first->cy2 - first->h >= bottom2 ||
        ref_for(pr, pr->v[b].ref, first) != SIZE_MAX || !starts_numbered(pr->buf.p + first->start, first->len))
        return false;
    bool above = false; /* a piece in first's column between a and b: something to decide */
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX || !overlap(&pr->c[k], first))
            continue;
        if (pr->c[k].cy2 + pr->c[k].h > top2)
            return false;
        above = true;
    }
    return above;
}

/* The piece under data row b stands at b's foot by its own geometry,
 * not as the top of the next data row's cell: it ends above the next
 * data row's numbers (before a barrier) and is no farther from b's
 * numbers' bottom (bottom2) than from their top. Labels at the top with
 * numbers in the middle touch their own numbers (review-pdf57's 14other:
 * （七）总计 0.8 pt into its numbers, 15 pt under 其他's): the next row's,
 * not b's. Equal gaps (labels at the foot, 1.8 pt either way in pdf52's
 * t19-tw-…-lbottom) stay b's. Visits the rows under first up to the next
 * data row once. */
static bool nearer_above(const page_rows *pr, size_t b, int64_t fx, const cell *first, int64_t bottom2)
{
    for (size_t j = b + 1; j < pr->nv; j++) {
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (!pdf_data_row(t)) {
            if (barrier(pr, t, fx))
                return true;
            continue;
        }
        int64_t top2n, bottom2n;
        number_span(pr, t, &top2n, &bottom2n);
        int64_t ftop = first->cy2 - first->h, fbottom = first->cy2 + first->h;
        return fbottom <= top2n && ftop - bottom2 <= top2n - fbottom;
    }
    return true;
}

/* Rule 4c, labels at their cells' foot (docs/formats.md, "PDF"): data
 * row b prints no label in the column on its own line, and the first
 * label piece under it (before the next data row or a barrier) starts a
 * numbered label, wholly below b's numbers and no section's heading:
 * b's label begins at that piece, so nothing above b's numbers is b's
 * (息, the last line of 5.要求行政机关确认或重新出具已获取信 set at its
 * cell's foot, over 13 29 0 5 0 5 52 and （六）其他处理 under them). */
static bool label_at_foot(const page_rows *pr, size_t b)
{
    int64_t top2, bottom2;
    int64_t fx = first_number_x(pr, &pr->v[b]);
    number_span(pr, &pr->v[b], &top2, &bottom2);
    const cell *first = first_label_below(pr, b, fx, NULL);
    return first && first->cy2 - first->h >= bottom2 && ref_for(pr, pr->v[b].ref, first) == SIZE_MAX &&
           starts_numbered(pr->buf.p + first->start, first->len) &&
           !section_heading(pr->buf.p + first->start, first->len) && nearer_above(pr, b, fx, first, bottom2);
}

/* Between data rows a and b, no piece starts a numbered label and each
 * lies in the column of a's label, which starts a numbered label on a's
 * own line: the pieces go on a's label mid-phrase. When b's label starts
 * on b's own line (a numbered label in that column) or under it
 * (label_at_foot), nothing above b's numbers is b's: the pieces are a's,
 * whatever the gaps say (the line pitch inside a cell and across a rule
 * differ by a point or two: 补正、行政机关不再处理 / 其政府信息公开申请 under
 * 1.申请人无正当理由逾期不 went to 2.申请人逾期未按收费通知's row, and 息
 * under 5.要求行政机关确认或重新出具已获取信 to the row set at its foot
 * below). Labels at the top with numbers at the bottom print a's label
 * above its numbers, not on their line: not this. */
static bool pieces_are_a(const page_rows *pr, size_t a, size_t b, int64_t fx)
{
    size_t ra = pr->v[a].ref, rb = pr->v[b].ref;
    if (ra == SIZE_MAX || !starts_numbered(pr->buf.p + pr->c[ra].start, pr->c[ra].len))
        return false;
    bool any = false;
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX)
            continue;
        const cell *c = &pr->c[k];
        if (!overlap(c, &pr->c[ra]) || starts_item(pr->buf.p + c->start, c->len))
            return false;
        if (rb != SIZE_MAX && !overlap(c, &pr->c[rb]) && ref_for(pr, rb, c) != SIZE_MAX)
            return false; /* b's label in another column, not wholly left of it */
        any = true;
    }
    if (!any)
        return false;
    if (rb != SIZE_MAX && ref_for(pr, rb, &pr->c[ra]) != SIZE_MAX)
        return overlap(&pr->c[rb], &pr->c[ra]) && starts_numbered(pr->buf.p + pr->c[rb].start, pr->c[rb].len);
    return label_at_foot(pr, b);
}

/* no cell of visual rows j to b - 1 holds a number: a label there has no
 * number on its band */
static bool no_number_from(const page_rows *pr, size_t j, size_t b)
{
    for (; j < b; j++)
        for (size_t i = 0; i < pr->v[j].n; i++)
            if (pr->c[pr->v[j].first + i].num)
                return false;
    return true;
}

/* the number of the numbered label piece c starts (4 of 4.保护…, 三 of
 * （三）) */
static int label_number(const page_rows *pr, const cell *c)
{
    const uint8_t *s = (const uint8_t *)pr->buf.p + c->start;
    return numeral_first(s, s + c->len);
}

/* Rule 4d's blank rows: when b's label hangs from its numbers, every
 * piece between a and b went to a; but a piece in that column starting a
 * numbered label of the level of b's, after a's label began (on a's line
 * or hanging from its numbers), wholly below a's numbers and with no
 * number on its band down to b, is a row of the table that prints no
 * numbers (LibreOffice's 4.保护第三方合法 / 权益 between 3.危及"三安全一
 * 稳定"'s 17 3 10 8 1 6 45 and 5.属于三类内部事务信息's 13 4 3 3 4 1 28,
 * each label at the top of its cell with its numbers): that piece and the
 * ones after it, up to the next such piece, are a line of their own,
 * owned by the piece's visual row (pdf_build_lines), and the grammar
 * reads it as a row with no values. Before, a's label read 3.…4.… and
 * a's numbers went to 4. with P089, 3. lost (review-pdf50's lo3/b4-d70) */
static void blank_rows(page_rows *pr, size_t a, size_t b, int64_t fx)
{
    const cell *first = first_label_below(pr, b, fx, NULL);
    size_t own_line = label_cell(pr, &pr->v[a]);
    int level = numbered_level(pr->buf.p + first->start, first->len);
    int64_t a_top, a_bottom;
    number_span(pr, &pr->v[a], &a_top, &a_bottom);
    bool begun = own_line != SIZE_MAX && overlap(&pr->c[own_line], first) &&
                 starts_numbered(pr->buf.p + pr->c[own_line].start, pr->c[own_line].len);
    /* items are numbered in order: a blank row's number lies between the
     * upper label's and b's (6.属于四类过程性 / 2.信息 over 7.: a line of
     * 6.'s label that reads like a number, no row) */
    int last = begun ? label_number(pr, &pr->c[own_line]) : 0, next = label_number(pr, first);
    size_t blank = SIZE_MAX;
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX || !overlap(&pr->c[k], first))
            continue;
        cell *c = &pr->c[k];
        if (numbered_level(pr->buf.p + c->start, c->len) == level) {
            int n = label_number(pr, c);
            if (!begun) {
                begun = true;
                last = n;
            } else if (c->cy2 - c->h >= a_bottom && no_number_from(pr, j, b) && n > last && n < next) {
                blank = j;
                last = n;
            }
        }
        if (blank != SIZE_MAX && c->owner == a)
            c->owner = blank;
    }
}

/* Between two data rows a and b (vrow indices), the label pieces go to
 * the nearer row: the first piece that starts a numbered label (（二）,
 * 2.) begins b's, so it and every piece after it are b's; without one,
 * the pieces split where the vertical gap is widest (the rule between two
 * cells is wider than the leading between two lines of one cell). But
 * when a prints no label on its line nor above it (label_under, rule
 * 4c), that first numbered piece begins a's label and the next one in
 * its column b's. */
static void split_between(page_rows *pr, size_t a, size_t b)
{
    const vrow *va = &pr->v[a], *vb = &pr->v[b];
    int64_t fx = min64(first_number_x(pr, va), first_number_x(pr, vb));
    size_t ra = va->ref, rb = vb->ref;
    /* rule 4c: labels under their numbers; a's and b's label cells
     * standing wholly left of a piece (group fragments) do not keep it
     * out of their rows */
    size_t under = label_under(pr, a, b, fx);
    /* a's label left a bracket open: the pieces under it in its column
     * are its own up to the one that closes it (（二）部分公开（区分处理的，
     * 只计这一情形，不 / 计其他情形）), however near b's numbers they stand */
    const cell *open_col = NULL;
    int open = under == SIZE_MAX ? label_left_open(pr, a, &open_col) : 0;
    size_t open_last = SIZE_MAX; /* the last piece that closes or goes on in a's open label */
    /* the pieces in order, and the widest gap before each */
    size_t best = SIZE_MAX, numbered = SIZE_MAX, second = SIZE_MAX;
    int64_t best_gap = INT64_MIN, prev_bottom, a_top, b_top, b_bottom;
    number_span(pr, va, &a_top, &prev_bottom);
    number_span(pr, vb, &b_top, &b_bottom);
    for (size_t j = a + 1; j < b; j++) {
        size_t k = label_piece(pr, &pr->v[j], fx, SIZE_MAX);
        if (k == SIZE_MAX)
            continue;
        const cell *c = &pr->c[k];
        size_t ea = under != SIZE_MAX ? ref_for(pr, ra, c) : ra, eb = under != SIZE_MAX ? ref_for(pr, rb, c) : rb;
        bool in_a = ea == SIZE_MAX || overlap(c, &pr->c[ea]);
        bool in_b = eb == SIZE_MAX || overlap(c, &pr->c[eb]);
        if (!in_a && !in_b)
            continue;
        if (open > 0 && overlap(c, open_col)) {
            if (starts_item(pr->buf.p + c->start, c->len)) {
                open = 0; /* a new label: a's was none of a bracketed kind */
            } else {
                open += net_marks(pr->buf.p + c->start, c->len);
                open_last = j;
            }
        }
        int64_t gap = (c->cy2 - c->h) - prev_bottom;
        if (in_label_column(pr, c, eb != SIZE_MAX ? eb : ea) && starts_numbered(pr->buf.p + c->start, c->len)) {
            if (numbered == SIZE_MAX)
                numbered = j;
            else if (second == SIZE_MAX && under != SIZE_MAX && overlap(c, &pr->c[under]))
                second = j;
        }
        if (gap > best_gap) {
            best_gap = gap;
            best = j;
        }
        prev_bottom = c->cy2 + c->h;
        pr->c[k].owner = j; /* a candidate: settled below */
    }
    if (b_top - prev_bottom > best_gap)
        best = b;
    if (numbered != SIZE_MAX)
        best = numbered;
    /* a prints no label on its line nor above it: the first numbered
     * piece begins a's label, the next one in its column b's */
    if (under != SIZE_MAX)
        best = second != SIZE_MAX ? second : b;
    if (open_last != SIZE_MAX && best <= open_last)
        best = open_last + 1;
    /* rule 4d: b's label hangs from its numbers: all above them is a's */
    bool hangs = label_hangs(pr, a, b, fx);
    if (hangs || (under == SIZE_MAX && numbered == SIZE_MAX && open_last == SIZE_MAX && pieces_are_a(pr, a, b, fx)))
        best = b;
    bool b_took = false;
    for (size_t j = a + 1; j < b; j++) {
        size_t k = pr->v[j].first + pr->v[j].n - 1;
        if (pr->v[j].n && pr->c[k].owner == j) {
            own(pr, k, j < best ? a : b);
            b_took |= j >= best;
        }
    }
    if (hangs)
        blank_rows(pr, a, b, fx);
    /* the pieces that close a's bracket took all between a and b, and b
     * prints no label in that column on its own line (at most a group's
     * fragment left of it): b's label is the next piece under it in the
     * column (计其他情形） / 22 7 5 3 5 1 43 / 属于国家秘密), as a row's label
     * lines go on below its numbers; the column a's label stands in is
     * b's, so that split_between (b, next) sees that piece as b's. A
     * numbered piece there ((三)1.属于国家秘密) rule 4c gives b already */
    if (open_last != SIZE_MAX && !b_took && ref_for(pr, pr->v[b].ref, open_col) == SIZE_MAX &&
        unnumbered_below(pr, b, open_col))
        pr->v[b].ref = (size_t)(open_col - pr->c);
}

/* A barrier between data rows: a visual row reaching into the number
 * columns (a header, a row of one number): label pieces do not cross it. */
static bool barrier(const page_rows *pr, const vrow *t, int64_t fx)
{
    for (size_t i = 0; i < t->n; i++)
        if (pr->c[t->first + i].x1 > fx)
            return true;
    return false;
}

/* A piece starting a heading of the report's sections (四、政府信息公开
 * 行政复议、行政诉讼情况, 六、其他需要报告的事项): numbered 四、 and
 * naming 情况 or 事项 (情況, 事項), words no row label of level 四、 of
 * the tables holds (一、本年新收…数量 … 四、结转下年度继续办理). */
static bool section_heading(const char *text, size_t n)
{
    if (numbered_level(text, n) != 2)
        return false;
    static const char *const words[] = {"情况", "情況", "事项", "事項"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t l = strlen(words[w]);
        for (size_t i = 0; i + l <= n; i++)
            if (memcmp(text + i, words[w], l) == 0)
                return true;
    }
    return false;
}

/* Rule 4c below data row d (no data row under it before a barrier):
 * piece c lies within d's own tall cell, no farther below d's numbers
 * than the row above d is tall (the distance between their numbers, on
 * the page with no barrier between). No data row above it: the height is
 * unknown, nothing is proven. */
static bool within_row(const page_rows *pr, size_t d, const cell *c)
{
    int64_t fx = first_number_x(pr, &pr->v[d]), top2, bottom2, ptop2, pbottom2;
    size_t j = d;
    while (j-- > 0) {
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (pdf_data_row(t))
            break;
        if (barrier(pr, t, fx))
            return false;
    }
    if (j == SIZE_MAX)
        return false;
    number_span(pr, &pr->v[d], &top2, &bottom2);
    number_span(pr, &pr->v[j], &ptop2, &pbottom2);
    return c->cy2 - (top2 + bottom2) / 2 <= (top2 + bottom2) / 2 - (ptop2 + pbottom2) / 2;
}

/* From data row d up (dir -1) or down (+1) to the next data row or
 * barrier: the label pieces next to it, no farther than the pieces it took
 * on its other side plus a line and a half (a label centred on its numbers
 * reaches as far up as down; one printed on the line above its numbers is
 * a line away). Rows of group-label fragments in other columns are passed
 * over. */
static void take_edge(page_rows *pr, size_t d, int dir)
{
    const vrow *v = &pr->v[d];
    int64_t fx = first_number_x(pr, v), top2, bottom2;
    size_t ref = v->ref;
    number_span(pr, v, &top2, &bottom2);
    int64_t mid2 = (top2 + bottom2) / 2;
    int64_t reach = v->reach + (bottom2 - top2) * 3 / 2;
    bool took = false;
    for (size_t j = d; dir < 0 ? j > 0 : j + 1 < pr->nv;) {
        j = dir < 0 ? j - 1 : j + 1;
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        if (pdf_data_row(t) || barrier(pr, t, fx))
            break;
        size_t k = label_piece(pr, t, fx, ref);
        if (k == SIZE_MAX && dir > 0 && !took) {
            /* rule 4c: under a row without a label, the first numbered
             * piece right of its group fragments */
            k = label_piece(pr, t, fx, SIZE_MAX);
            if (k != SIZE_MAX && (ref == SIZE_MAX || ref_for(pr, ref, &pr->c[k]) != SIZE_MAX ||
                                  !starts_numbered(pr->buf.p + pr->c[k].start, pr->c[k].len)))
                k = SIZE_MAX;
        }
        if (k == SIZE_MAX)
            continue; /* fragments of a group label */
        int64_t dist = pr->c[k].cy2 - mid2;
        const cell *c = &pr->c[k];
        /* below its numbers a label goes on mid-phrase: a piece that
         * starts a numbered label or a clause (第二十条第（五）项, the
         * heading of table 二's next part) is none of it; but the first
         * one under a row without a label on its line or above it is its
         * label's start (labels at a tall cell's foot, rule 4c), as far
         * down as the row's own cell reaches (within_row), however far
         * the pieces above it reached */
        bool foot = dir > 0 && !took && ref_for(pr, pr->v[d].ref, c) == SIZE_MAX &&
                    starts_numbered(pr->buf.p + c->start, c->len) && within_row(pr, d, c) &&
                    !section_heading(pr->buf.p + c->start, c->len) && bare_above(pr, d, c);
        if ((!foot && (dist < 0 ? -dist : dist) > reach) || c->owner != SIZE_MAX)
            break;
        if (dir > 0 && !foot && starts_item(pr->buf.p + c->start, c->len))
            break;
        own(pr, k, d);
        took = true;
    }
}

/* The data row right below visual row k prints no label of its own (its
 * numbers stand alone, or its one number does): a text row above it may
 * be its label, printed on the line above the numbers. */
static bool unlabelled_below(const page_rows *pr, size_t k)
{
    for (size_t j = k + 1; j < pr->nv; j++) {
        const vrow *t = &pr->v[j];
        if (t->drop)
            continue;
        return t->numbers >= 1 && label_cell(pr, t) == SIZE_MAX;
    }
    return false;
}

/* the one text cell of row u that cell c overlaps; SIZE_MAX when none, a
 * number, or several */
static size_t over_one(const page_rows *pr, const vrow *u, const cell *c)
{
    size_t hit = SIZE_MAX;
    for (size_t i = u->first; i < u->first + u->n; i++) {
        if (!overlap(&pr->c[i], c))
            continue;
        if (hit != SIZE_MAX || pr->c[i].num)
            return SIZE_MAX;
        hit = i;
    }
    /* a wrapped line is no wider than its cell's first line (half an em
     * more at most: the widths of punctuation and digits differ) */
    return hit != SIZE_MAX && c->x1 <= pr->c[hit].x1 + c->h * 5 / 12 ? hit : SIZE_MAX;
}

/* Rule 2d, numbers wrapped over lines (docs/formats.md, "PDF"): a word
 * processor breaks a number too wide for its cell between its digits
 * (3001 as 30 / 01 in a column two digits wide), and with no padding
 * above or below a cell the lines of one cell stand as far apart as two
 * rows' lines do: which row the digits belong to, and so every digit of
 * the numbers around them, cannot be read. A visual row of numbers alone
 * (no text), right against a row of numbers above or below it (centres
 * no more than 1.25 of a height apart), each of its numbers over a
 * number of that row and no narrower than the widest number of its
 * column in the WRAP_NEAR visual rows above and below it (the line full;
 * a bounded look, so a page of 50,000 numbers stays linear), is such
 * digits: it and its neighbours are flagged (P095), never joined. */
enum { WRAP_NEAR = 16 };
static bool row_of_numbers(const vrow *v) { return !v->drop && v->n && v->numbers == (int)v->n; }

/* the first cell of row v that may overlap [x0, x1): past every cell
 * ending at or before x0 when the row's cells are in order (x_sorted),
 * else its first; a cell of an ordered row starting at or after x1 ends
 * the look (see past_column) */
static size_t column_start(const page_rows *pr, const vrow *v, int64_t x0)
{
    size_t lo = v->first, hi = v->first + v->n;
    if (!v->x_sorted)
        return lo;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pr->c[mid].x1 <= x0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool past_column(const vrow *v, const cell *d, const cell *c) { return v->x_sorted && d->x0 >= c->x1; }

static bool fills_column(const page_rows *pr, size_t k, const cell *c)
{
    bool any = false;
    size_t lo = k > WRAP_NEAR ? k - WRAP_NEAR : 0, hi = k + WRAP_NEAR < pr->nv ? k + WRAP_NEAR : pr->nv - 1;
    for (size_t j = lo; j <= hi; j++) {
        const vrow *v = &pr->v[j];
        for (size_t i = column_start(pr, v, c->x0); i < v->first + v->n; i++) {
            const cell *d = &pr->c[i];
            if (past_column(v, d, c))
                break;
            if (!d->num || d == c || !(d->x0 < c->x1 && c->x0 < d->x1) || d->x1 - d->x0 <= 0)
                continue;
            if ((c->x1 - c->x0) * 20 < (d->x1 - d->x0) * 19)
                return false; /* narrower than this one: narrower than the widest */
            any = true;
        }
    }
    return any;
}

/* every number of row k as wide as its column's widest nearby */
static bool fills_row(const page_rows *pr, size_t k)
{
    const vrow *f = &pr->v[k];
    for (size_t i = f->first; i < f->first + f->n; i++)
        if (!fills_column(pr, k, &pr->c[i]))
            return false;
    return true;
}

/* row g right against row k, each number of k over a number of g */
static bool against(const page_rows *pr, size_t k, const vrow *g)
{
    const vrow *f = &pr->v[k];
    if (g->drop || !g->numbers || g->h <= 0 || (g->cy2 > f->cy2 ? g->cy2 - f->cy2 : f->cy2 - g->cy2) * 2 > 5 * min64(f->h, g->h))
        return false;
    for (size_t i = f->first; i < f->first + f->n; i++) {
        const cell *c = &pr->c[i];
        bool over = false;
        for (size_t j = column_start(pr, g, c->x0); j < g->first + g->n && !over; j++) {
            if (past_column(g, &pr->c[j], c))
                break;
            over = pr->c[j].num && overlap(c, &pr->c[j]);
        }
        if (!over)
            return false;
    }
    return true;
}

void pdf_wrapped_numbers(page_rows *pr)
{
    for (size_t k = 0; k < pr->nv; k++) {
        vrow *v = &pr->v[k];
        v->x_sorted = true;
        for (size_t i = v->first + 1; i < v->first + v->n && v->x_sorted; i++)
            v->x_sorted = pr->c[i].x0 >= pr->c[i - 1].x0 && pr->c[i].x1 >= pr->c[i - 1].x1;
    }
    for (size_t k = 0; k < pr->nv; k++) {
        vrow *f = &pr->v[k];
        if (!row_of_numbers(f))
            continue;
        size_t up = k, down = k + 1;
        while (up > 0 && pr->v[up - 1].drop)
            up--;
        while (down < pr->nv && pr->v[down].drop)
            down++;
        bool a = up > 0 && against(pr, k, &pr->v[up - 1]);
        bool b = down < pr->nv && against(pr, k, &pr->v[down]);
        if ((!a && !b) || !fills_row(pr, k))
            continue;
        f->wrapped = f->first + 1;
        if (a && !pr->v[up - 1].wrapped)
            pr->v[up - 1].wrapped = f->first + 1;
        if (b && !pr->v[down].wrapped)
            pr->v[down].wrapped = f->first + 1;
    }
}

/* Rule 1b, one row's numbers at two heights (docs/formats.md, "PDF"): a
 * table row whose cells are aligned differently (a word processor's
 * template: one column's cells at the top, the others centred in a row
 * made two lines tall by its wrapped label) prints its numbers half a
 * line apart, too far for one visual row (rule 1) and too near for two:
 * the lines of two table rows never overlap by more than a quarter of
 * their height, a rule and padding lie between them. So a number of a
 * row within three quarters of a height of a data row's numbers (centre
 * to centre), in a column where that data row has no number, is that
 * row's: the numbers of the row with fewer go over to the data row, its
 * text cells stay. Not when both rows hold text: a label broken over the
 * two (（四）无 / 法提供), whose first line would be left without its
 * numbers and read into another row's label; the lines are read as
 * printed. Only numbers right of the data row's first number's
 * left edge: left of it stand the labels, whose item numbers (5. beside
 * 属于三类内部事务) read as numbers. Before, the lone number stood on the label's first
 * line, placed under its column (rule 7), the others on the next line,
 * and the grammar read the two lines' numbers in order: every number of
 * the row one column off, silently. Within the band of a label's lines
 * (label_band) the distance does not matter and both rows may hold
 * text: a number there is the row's, whatever its vertical alignment. */
static bool numbers_near(const page_rows *pr, const vrow *g, const vrow *d, const int64_t band[2])
{
    int64_t from = INT64_MAX; /* the data row's first number's left edge */
    for (size_t j = d->first; j < d->first + d->n; j++)
        if (pr->c[j].num)
            from = min64(from, pr->c[j].x0);
    for (size_t i = g->first; i < g->first + g->n; i++) {
        const cell *a = &pr->c[i];
        if (!a->num)
            continue;
        if (a->x0 < from)
            return false; /* in the labels' columns: an item's number, 5. */
        for (size_t j = d->first; j < d->first + d->n; j++) {
            const cell *b = &pr->c[j];
            if (!b->num)
                continue;
            int64_t d2 = a->cy2 > b->cy2 ? a->cy2 - b->cy2 : b->cy2 - a->cy2;
            bool in_band = band[0] < band[1] && a->cy2 >= band[0] && a->cy2 <= band[1];
            if (overlap(a, b) || (!in_band && 2 * d2 > 3 * min64(a->h, b->h)))
                return false;
        }
    }
    return true;
}

/* a row holding text: a cell that is not a number (a label's line) */
static bool holds_text(const page_rows *pr, const vrow *v)
{
    for (size_t i = v->first; i < v->first + v->n; i++)
        if (!pr->c[i].num)
            return true;
    return false;
}

/* The band of the table row whose label starts on visual row k: from the
 * top of its label cell (label_cell), which starts a numbered label, to
 * the bottom of the last line of that label under it: the text cells
 * below in its column (same_column) that start no numbered label (a wrapped label's
 * later lines go on mid-phrase: （二）部分公开（区分处理的，只计这一情形，
 * 不 / 计其他情形）), each at most a line and a half under the line
 * before; rows of numbers alone between them are passed over. In doubled
 * units, as cy2; false when row k starts no numbered label. Every number
 * in the band is that row's, whatever its vertical alignment (a column
 * at the top of the cell, the others centred or at the bottom). */
/* q a later line of p's cell: both start at one left edge, or are
 * centred on one axis, within half an em. Not a group label glued to an
 * item's first line, （四）无2.没有现成信息需要另行, over the item's next
 * line 制作, which starts under 2. */
static bool same_column(const cell *p, const cell *q)
{
    int64_t h = min64(p->h, q->h);
    int64_t left = p->x0 > q->x0 ? p->x0 - q->x0 : q->x0 - p->x0;
    int64_t mid = p->x0 + p->x1 - q->x0 - q->x1;
    return 2 * left <= h || (mid < 0 ? -mid : mid) <= h;
}

static bool holds_paren_label(const char *text, size_t n);

/* A label cell that starts a group's label (三、) and holds an item's
 * （一） further on is two columns' text glued into one cell (the group
 * label's column beside the item label's, 三、本（一）予以公开): the lines
 * under it hold both columns' pieces (年度办（含部分主动公开), so they are
 * no band of one label. Taken as one, the row's text lines were read into
 * one label, 三、本（一）予以公开年度办（含…）, that starts a section's
 * heading: the table was lost whole (P001). */
static bool glued_group_label(const char *text, size_t n)
{
    return numbered_level(text, n) == 2 && holds_paren_label(text, n);
}

/* Row v holds text only left of label cell p's column: the lines of a
 * group label (本年度办理结果, 申请人情况's 行政复议) printed in a tall
 * merged cell beside the item labels. */
static bool left_of_label(const page_rows *pr, const vrow *v, const cell *p)
{
    for (size_t i = v->first; i < v->first + v->n; i++)
        if (2 * pr->c[i].x1 > 2 * p->x0 + p->h)
            return false; /* reaches into the label's column by half an em */
    return true;
}

/* The bytes of a group's number a label starts with, in any of the
 * brackets a report uses (（五） (五) 〔五〕 【五】 ［五］), as an enclosed
 * numeral (㈤) or with a mark after it (五、 五． 五.); 0: none */
static size_t group_number(const char *text, size_t n)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    uint32_t cp = next_cp(s, n, &i), close = 0;
    if (cp >= 0x3220 && cp <= 0x3229) /* ㈠..㈩ */
        return i;
    static const uint32_t pairs[][2] = {{0xFF08, 0xFF09}, {'(', ')'}, {0x3014, 0x3015}, {0x3010, 0x3011}, {0xFF3B, 0xFF3D}};
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++)
        if (cp == pairs[k][0])
            close = pairs[k][1];
    if (close)
        cp = next_cp(s, n, &i);
    size_t digits = 0;
    for (; numeral_digit(cp) >= 0 && !(cp < 0x80 || (cp >= 0xFF10 && cp <= 0xFF19)) && i < n; cp = next_cp(s, n, &i))
        digits++;
    if (!digits)
        return 0;
    if (close)
        return cp == close ? i : 0;
    return cp == 0x3001 || cp == 0xFF0E || cp == '.' ? i : 0;
}

/* A label cell that starts with a group's number (group_number) and
 * right after it an item's (〔五〕1.信访举报投诉类申, （四）1.本机关不掌握
 * 相关政: the group label's first line glued to the item's, rule 2c): the
 * item's lines go on under its mark, not under the group's number.
 * *item: the cell as the item's alone, its left edge moved past the
 * group's number by its share of the cell's width (a CJK character an
 * em, an ASCII one about 0.55) and a quarter em. False for any other
 * cell. */
static bool item_after_group(const page_rows *pr, const cell *p, cell *item)
{
    const char *text = pr->buf.p + p->start;
    size_t g = group_number(text, p->len);
    if (!g || g >= p->len || numbered_level(text + g, p->len - g) != 3)
        return false;
    const uint8_t *s = (const uint8_t *)text;
    int64_t before = 0, units = 0; /* in twentieths of an em */
    for (size_t j = 0; j < p->len;) {
        int w = next_cp(s, p->len, &j) >= 0x2E80 ? 20 : 11;
        units += w;
        before += j <= g ? w : 0;
    }
    *item = *p;
    /* a quarter em on: the item's column starts past the gap after the
     * group's (its cell's padding and rule), which the estimate leaves out */
    item->x0 = p->x0 + (p->x1 - p->x0) * (before + 5) / units;
    return true;
}

/* Row v's text stands only left of label cell p's column: beside its
 * numbers a group label's line (理结果 under 三、/本年/度办), no line of
 * the label p starts */
static bool text_left_of_label(const page_rows *pr, const vrow *v, const cell *p)
{
    for (size_t i = v->first; i < v->first + v->n; i++)
        if (!pr->c[i].num && 2 * pr->c[i].x1 > 2 * p->x0 + p->h)
            return false;
    return true;
}

static bool label_band(const page_rows *pr, size_t k, int64_t band[2])
{
    size_t a = label_cell(pr, &pr->v[k]);
    cell item; /* the item's part of a group label glued to it: its lines stand under the item's mark */
    bool glued = a != SIZE_MAX && item_after_group(pr, &pr->c[a], &item);
    if (a == SIZE_MAX || (!glued && !starts_numbered(pr->buf.p + pr->c[a].start, pr->c[a].len)) ||
        glued_group_label(pr->buf.p + pr->c[a].start, pr->c[a].len))
        return false;
    const cell *p = glued ? &item : &pr->c[a], *last = p;
    band[0] = p->cy2 - p->h;
    band[1] = p->cy2 + p->h;
    for (size_t j = k + 1; j < pr->nv; j++) {
        const vrow *v = &pr->v[j];
        if (v->drop)
            continue;
        if (v->cy2 - last->cy2 > 3 * last->h)
            break;
        if (v->numbers == (int)v->n || (v->numbers && text_left_of_label(pr, v, p)))
            continue; /* numbers alone, or beside a group label's line (理结果 1 0 0 0 0 1): the row's own, or the next's */
        size_t b = label_cell(pr, v);
        if (b == SIZE_MAX && !v->numbers)
            b = v->first + v->n - 1; /* a line of text alone: its rightmost cell */
        if (b != SIZE_MAX && !v->numbers && left_of_label(pr, v, p))
            continue; /* a group label's line beside the label (理结 / 果) */
        if (b == SIZE_MAX || pr->c[b].num || !same_column(p, &pr->c[b]) ||
            starts_item(pr->buf.p + pr->c[b].start, pr->c[b].len))
            break;
        last = &pr->c[b];
        band[1] = last->cy2 + last->h;
    }
    return true;
}

/* Rows u above w both holding text are lines of one table row (rule 1b)
 * when w's label (row b's) is a later line of the label u starts, whose
 * lines are band (label_band); not
 * a group label broken beside an item's (（四）无 / 法提供 beside
 * 没有现成信息需要另行 / 2.制作): the lower line starts a numbered label. */
static bool one_label(const page_rows *pr, size_t b, const int64_t band[2])
{
    size_t q = label_cell(pr, &pr->v[b]);
    return q != SIZE_MAX && band[0] < band[1] && pr->c[q].cy2 + pr->c[q].h <= band[1];
}

static int by_x0(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

/* rows a < b, their cells and those of the rows between them one run:
 * g's numbers moved into d (g, d: a and b in either order) */
static void move_numbers(page_rows *pr, size_t a, size_t b, size_t g, size_t d)
{
    size_t first = pr->v[a].first, total = 0;
    for (size_t j = a; j <= b; j++) {
        if (pr->v[j].first != first + total)
            return; /* cells not in one run */
        total += pr->v[j].n;
    }
    cell *t = malloc(total * sizeof *t);
    if (!t) {
        pr->failed = true;
        return;
    }
    size_t m = 0, gf = pr->v[g].first, gn = pr->v[g].n;
    for (size_t j = a; j <= b; j++) {
        vrow *v = &pr->v[j];
        size_t start = m;
        if (j == d) /* d's cells and g's numbers, left to right */
            for (size_t i = gf; i < gf + gn; i++)
                if (pr->c[i].num)
                    t[m++] = pr->c[i];
        for (size_t i = v->first; i < v->first + v->n; i++)
            if (j != g || !pr->c[i].num)
                t[m++] = pr->c[i];
        if (j == d)
            qsort(t + start, m - start, sizeof *t, by_x0);
        v->first = first + start;
        v->n = m - start;
    }
    memcpy(pr->c + first, t, total * sizeof *t);
    free(t);
    pr->v[d].numbers += pr->v[g].numbers;
    pr->v[g].numbers = 0;
    if (!pr->v[g].n)
        pr->v[g].drop = true;
    for (size_t j = a; j <= b; j++) {
        vrow *v = &pr->v[j];
        v->x_sorted = true;
        for (size_t i = v->first + 1; i < v->first + v->n && v->x_sorted; i++)
            v->x_sorted = pr->c[i].x0 >= pr->c[i - 1].x0 && pr->c[i].x1 >= pr->c[i - 1].x1;
    }
}

void pdf_join_number_heights(page_rows *pr)
{
    for (size_t a = 0; a < pr->nv && !pr->failed; a++) {
        if (pr->v[a].drop || !pr->v[a].numbers)
            continue;
        int64_t band[2] = {0, 0}; /* the lines of the label row a starts, if any */
        if (!label_band(pr, a, band))
            band[0] = band[1] = 0;
        for (size_t b = a + 1; b < pr->nv && !pr->failed; b++) {
            const vrow *u = &pr->v[a], *w = &pr->v[b];
            if (w->cy2 - u->cy2 > 2 * min64(u->h, w->h) && w->cy2 > band[1])
                break; /* farther down than any row's numbers could be, and below the label */
            if (w->drop || !w->numbers || u->numbers == w->numbers)
                continue;
            size_t g = u->numbers < w->numbers ? a : b, d = g == a ? b : a;
            if (holds_text(pr, u) && holds_text(pr, w) && !one_label(pr, b, band))
                continue; /* a label broken over both: g's lines would stay without their numbers */
            if (pr->v[d].numbers < 2 || !numbers_near(pr, &pr->v[g], &pr->v[d], band))
                continue;
            move_numbers(pr, a, b, g, d);
            break;
        }
    }
}

/* Rule 6b, a header band read per column (docs/formats.md, "PDF"): the
 * text rows right above a row of numbers alone (table 四's, which prints
 * no label) are its header. The numbers cut the row into zones, one a
 * column, at the middles of the gaps between them (the first zone as far
 * left of its number as the gap after it, the last as far right): a cell
 * centred in its column has its centre in its zone, however the numbers
 * are aligned. A cell of the band is one column's when its centre lies in
 * a zone, it is no wider than the zone (or its next line stands right
 * under it: wraps_on), lies over no other zone's number
 * and over no two cells of another row of the band; every other cell
 * spans columns (行政复议 over five) and keeps its row. When the column
 * cells wrap over different counts of lines, vertically centred (总计 one
 * line beside 结果维 / 持), the lines interleave and no row of the band
 * holds one line of each column; the zones say which words are in which
 * column. The band goes up from the numbers through text rows, each
 * within two heights of the one below, up to eight, and never through a
 * row with a cell starting a numbered label or a clause (a section's
 * heading 四、…情况 above the table, or a label set above its numbers). Each zone's cells, joined top to bottom, become the band's last
 * row, left to right; the spanning cells keep their rows. Only when every
 * cell of the band lies within the zones (no label column: a label set
 * above its numbers is never a header), no zone holds two cells of one
 * row, one holds two cells or more (a wrap), three zones or more hold
 * cells, two column cells stand a quarter to three quarters of a line
 * apart (lines off one grid: interleaved; on one grid rows are read as
 * they are) and the band's last row holds no spanning cell. */
enum { BAND_MAX_ROWS = 8, BAND_MAX_CELLS = 64, BAND_TALL_GAP = 24 };

static int by_y(const void *a, const void *b);
static bool band_rebuild(page_rows *pr, size_t b, size_t e, const cell *span, const size_t *rowof, size_t ns,
                         const cell *col, size_t nc, size_t nzones);

static bool spans_columns(const page_rows *pr, size_t b, size_t e, size_t row, const cell *c)
{
    for (size_t j = b; j < e; j++) {
        if (j == row)
            continue;
        int over = 0;
        for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++)
            over += overlap(c, &pr->c[i]);
        if (over >= 2)
            return true;
    }
    return false;
}

/* zone j's left (side 0) or right edge over numbers n[0..m) */
static int64_t zone_at(const cell *n, size_t m, size_t j, int64_t left, int64_t right, int side)
{
    if (side == 0)
        return j ? (n[j - 1].x1 + n[j].x0) / 2 : left;
    return j + 1 < m ? (n[j].x1 + n[j + 1].x0) / 2 : right;
}

/* a line of the band's rows b..e-1 right under cell c (its centre within
 * c's extent, no wider, at most a line and a half lower): c is the first
 * line of a cell wrapped in its column (结果维 / 持), not a spanning cell,
 * however much wider than the zone its column's number gives it (a number
 * set at its cell's left edge, 6 after 19: the zones between numbers are
 * narrower than the columns). A spanning cell stands a row apart from the
 * column cells under it */
static bool wraps_on(const page_rows *pr, size_t b, size_t e, const cell *c)
{
    for (size_t j = b; j < e; j++)
        for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++) {
            const cell *u = &pr->c[i];
            if (u->cy2 <= c->cy2 || u->cy2 - c->cy2 > 3 * min64(u->h, c->h))
                continue;
            if (u->x0 + u->x1 >= 2 * c->x0 && u->x0 + u->x1 <= 2 * c->x1 && u->x1 - u->x0 <= c->x1 - c->x0)
                return true;
        }
    return false;
}

/* the zones' outer edges over numbers n[0..m) (m >= 2): the first zone as
 * far left of its number as the gap after it, the last as far right */
static void zones_span(const cell *n, size_t m, int64_t *left, int64_t *right)
{
    *left = n[0].x0 - ((n[0].x1 + n[1].x0) / 2 - n[0].x1);
    *right = n[m - 1].x1 + (n[m - 1].x0 - (n[m - 2].x1 + n[m - 1].x0) / 2);
}

/* the zone of cell c over the numbers of row e (x sorted): its index,
 * -1 when it spans columns, -2 when its centre lies outside the zones */
static int column_zone(const page_rows *pr, size_t b, size_t e, const cell *c)
{
    const vrow *d = &pr->v[e];
    const cell *n = &pr->c[d->first];
    size_t m = d->n;
    int64_t left, right;
    zones_span(n, m, &left, &right);
    if (c->x0 + c->x1 < 2 * left || c->x0 + c->x1 >= 2 * right)
        return -2;
    int64_t c2 = c->x0 + c->x1;
    size_t j = 0;
    while (j + 1 < m && c2 >= n[j].x1 + n[j + 1].x0)
        j++;
    int64_t z0 = zone_at(n, m, j, left, right, 0), z1 = zone_at(n, m, j, left, right, 1);
    if (c->x1 - c->x0 > z1 - z0 && !wraps_on(pr, b, e, c))
        return -1;
    for (size_t a = 0; a < m; a++)
        if (a != j && overlap(c, &n[a]))
            return -1;
    return (int)j;
}

/* the band's rows b..e-1 hold their cells in one run, at most
 * BAND_MAX_CELLS, and row z's (the row of numbers under it) are as many
 * at most, left to right */
static bool band_fits(const page_rows *pr, size_t b, size_t e, size_t z)
{
    size_t first = pr->v[b].first, total = 0;
    for (size_t j = b; j < e; j++) {
        if (pr->v[j].first != first + total)
            return false; /* cells not in one run */
        total += pr->v[j].n;
    }
    return total <= BAND_MAX_CELLS && pr->v[z].n <= BAND_MAX_CELLS && pr->v[z].x_sorted;
}

static bool header_band(page_rows *pr, size_t b, size_t e)
{
    const vrow *d = &pr->v[e];
    if (!band_fits(pr, b, e, e))
        return false;
    cell span[BAND_MAX_CELLS], col[BAND_MAX_CELLS];
    size_t rowof[BAND_MAX_CELLS], ns = 0, nc = 0, count[BAND_MAX_CELLS] = {0};
    bool last_span = false;
    for (size_t j = b; j < e; j++)
        for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++) {
            int z = column_zone(pr, b, e, &pr->c[i]);
            if (z == -2 || pr->c[i].num)
                return false; /* a label column, or a number: no header band */
            if (z < 0 || spans_columns(pr, b, e, j, &pr->c[i])) {
                span[ns] = pr->c[i];
                rowof[ns++] = j;
                last_span |= j + 1 == e;
                continue;
            }
            for (size_t q = 0; q < nc; q++)
                if (col[q].owner == (size_t)z && col[q].spread == j)
                    return false; /* two cells of one row in a zone */
            col[nc] = pr->c[i];
            col[nc].owner = (size_t)z; /* its zone and row, while sorting */
            col[nc++].spread = j;
            count[z]++;
        }
    size_t ncols = 0;
    bool wrapped = false;
    for (size_t z = 0; z < d->n; z++) {
        ncols += count[z] > 0;
        wrapped |= count[z] >= 2;
    }
    /* the columns' lines interleave: two column cells of the band stand
     * between a quarter and three quarters of a line apart (a cell
     * centred beside the lines of a cell wrapped over one line more);
     * lines on one grid are read row by row as they are */
    bool off_grid = false;
    for (size_t a = 0; a < nc && !off_grid; a++)
        for (size_t q = a + 1; q < nc && !off_grid; q++) {
            int64_t d2 = col[a].cy2 > col[q].cy2 ? col[a].cy2 - col[q].cy2 : col[q].cy2 - col[a].cy2;
            int64_t h = min64(col[a].h, col[q].h);
            off_grid = d2 * 2 > h && d2 * 2 < 3 * h;
        }
    if (last_span || ncols < 3 || !wrapped || !off_grid)
        return false;
    return band_rebuild(pr, b, e, span, rowof, ns, col, nc, d->n);
}

/* the band's rows b..e-1 put back: spanning cells span[0..ns) in their
 * rows (rowof), the column cells col[0..nc) (owner: their column, of
 * nzones) joined top to bottom, one cell a column, in the last row left to
 * right; false when nothing was changed */
static bool band_rebuild(page_rows *pr, size_t b, size_t e, const cell *span, const size_t *rowof, size_t ns,
                         const cell *col, size_t nc, size_t nzones)
{
    size_t first = pr->v[b].first, total = 0;
    for (size_t j = b; j < e; j++)
        total += pr->v[j].n;
    /* the joined columns, left to right */
    cell joined[BAND_MAX_CELLS];
    size_t nj = 0;
    for (size_t z = 0; z < nzones; z++) {
        cell c[BAND_MAX_CELLS];
        size_t m = 0;
        for (size_t q = 0; q < nc; q++)
            if (col[q].owner == z)
                c[m++] = col[q];
        if (!m)
            continue;
        qsort(c, m, sizeof *c, by_y);
        cell out = c[0];
        size_t at = pr->buf.len, need = 0;
        for (size_t a = 0; a < m; a++)
            need += c[a].len;
        if (!vec_reserve(&pr->buf.p, at + need, &pr->buf.cap, 1)) {
            pr->buf.failed = pr->failed = true;
            return false;
        }
        for (size_t a = 0; a < m; a++) {
            pdf_buf_put(&pr->buf, pr->buf.p + c[a].start, c[a].len);
            out.x0 = min64(out.x0, c[a].x0);
            out.x1 = out.x1 > c[a].x1 ? out.x1 : c[a].x1;
            out.words += a ? c[a].words : 0;
        }
        out.start = at;
        out.len = pr->buf.len - at;
        out.cy2 = pr->v[e - 1].cy2;
        out.spread = 0;
        out.owner = SIZE_MAX;
        joined[nj++] = out;
    }
    /* back in place: each row's spanning cells (in the last row a label
     * column's cell only, left of the columns), then the columns in the
     * last row */
    size_t at = first;
    for (size_t j = b; j < e; j++) {
        vrow *v = &pr->v[j];
        v->first = at;
        v->n = 0;
        for (size_t q = 0; q < ns; q++)
            if (rowof[q] == j) {
                pr->c[at] = span[q];
                pr->c[at++].owner = SIZE_MAX;
                v->n++;
            }
        if (j + 1 == e) {
            for (size_t g = 0; g < nj; g++)
                pr->c[at++] = joined[g];
            v->n += nj;
        }
        if (!v->n)
            v->drop = true;
        v->x_sorted = true;
        for (size_t i = v->first + 1; i < v->first + v->n && v->x_sorted; i++)
            v->x_sorted = pr->c[i].x0 >= pr->c[i - 1].x0 && pr->c[i].x1 >= pr->c[i - 1].x1;
    }
    for (; at < first + total; at++) { /* cells left over: none of any row */
        pr->c[at].len = 0;
        pr->c[at].owner = SIZE_MAX;
    }
    return true;
}

/* Rule 6c, a header whose lines came out of order (docs/formats.md,
 * "PDF"): tall header cells set at the bottom or the middle of their cells
 * (table 三's 自然人 and 商业企业 beside the note of its label column, two
 * rows under 法人或其他组织 / 科研机构 …) print lower than the narrower
 * columns' cells, so reading the band's lines top to bottom puts columns
 * out of their printed order and the numbers under them in the wrong
 * cells. The band's cells, each row's: a label column's (wholly left of
 * the numbers), a spanning one (over two cells of another row of the
 * band, or over two of the numbers, or a row's one cell over a cell of
 * a lower row and no wrap's first line: a title, 总计 set at the top of
 * its two rows beside it), or a column's; column cells that overlap across the band's rows
 * are one column wrapped over lines. The row under the band is numbers
 * alone or a label and numbers (the table's first row, its label centred
 * on its numbers' line). Only when the columns are exactly as
 * many as the row's numbers, column k's centre lies in number k's zone
 * (column_zone's zones; at the top of a page, the header's first rows on
 * the page before: three columns or more, each in a zone of its own, left
 * to right), no column has two cells in one row and the last
 * row holds no spanning cell, and only when the band's lines read top to
 * bottom give the columns out of their left-to-right order, the columns
 * are joined into the last row left to right, after its label column's
 * cell (band_rebuild); any other band stays as printed. Cost: the band's
 * cells (at most BAND_MAX_CELLS) against each other, once per row of
 * numbers alone or of one label and numbers. */
/* rule 6c's columns: the column cells col[0..nc) (spread: their row)
 * sorted left to right, cells overlapping across rows one column (owner:
 * its index); true when the columns are exactly the m numbers' and each
 * column's centre lies in its number's zone, or (part: the band starts
 * its page, the header's first rows ended the page before, 自然人
 * 法人或其他组织 总计 there, 科研机构 … and 商业企业 set lower here) when
 * three columns or more each have their centre in a zone of its own, left
 * to right */
static bool band_columns(const cell *n, size_t m, int64_t left, int64_t right, cell *col, size_t nc, bool part)
{
    qsort(col, nc, sizeof *col, by_x0);
    size_t ncols = 0, zone = 0; /* the zone of the last finished column, plus one */
    int64_t x0 = 0, x1 = 0;
    for (size_t a = 0; a <= nc; a++) {
        if (a == nc || !ncols || col[a].x0 >= x1) {
            if (ncols) { /* the finished column's centre in a zone right of the one before's */
                size_t z = zone;
                while (z < m && x0 + x1 >= 2 * zone_at(n, m, z, left, right, 1))
                    z++;
                if (z == m || x0 + x1 < 2 * zone_at(n, m, z, left, right, 0) || (!part && z != ncols - 1))
                    return false;
                zone = z + 1;
            }
            if (a == nc)
                break;
            if (++ncols > m)
                return false;
            x0 = col[a].x0;
            x1 = col[a].x1;
        }
        x1 = x1 > col[a].x1 ? x1 : col[a].x1;
        col[a].owner = ncols - 1;
    }
    return ncols == m || (part && ncols >= 3);
}

/* rows b.. of the page stand at its top: every row above them is a page
 * number dropped (a header whose first rows ended the page before) */
static bool page_top(const page_rows *pr, size_t b)
{
    for (size_t j = 0; j < b; j++)
        if (!pr->v[j].drop)
            return false;
    return true;
}

/* col[a] is its column's top line (spread: its row) */
static bool top_line(const cell *col, size_t nc, size_t a)
{
    for (size_t q = 0; q < nc; q++)
        if (col[q].owner == col[a].owner && col[q].spread < col[a].spread)
            return false;
    return true;
}

/* rule 6c: the band's lines read top to bottom put a column left of one
 * read before it (a column's top line lower than the top line of a column
 * to its right: not a wrap's later lines, read after the next columns'
 * first ones as they should, 结果 / 维持 on one grid), and
 * each column holds one cell a line, its cells the lines of one wrapped
 * cell (each within a line and a half of another: a cell farther above may
 * be a cell spanning columns set at its left, 申请人情况 over 自然人) */
static bool lines_out_of_order(const cell *col, size_t nc)
{
    bool out = false;
    for (size_t a = 0; a < nc; a++) {
        bool alone = true, near = false;
        for (size_t q = 0; q < nc; q++) {
            if (q == a)
                continue;
            if (col[q].owner < col[a].owner && col[q].spread > col[a].spread && top_line(col, nc, q))
                out = true;
            if (col[a].owner != col[q].owner)
                continue;
            if (col[a].spread == col[q].spread)
                return false;
            int64_t d2 = col[a].cy2 > col[q].cy2 ? col[a].cy2 - col[q].cy2 : col[q].cy2 - col[a].cy2;
            alone = false;
            near |= d2 <= 3 * min64(col[a].h, col[q].h);
        }
        if (!alone && !near)
            return false;
    }
    return out;
}

/* a cell of rows j..e-1 lies under cell c (overlaps it across) */
static bool over_lower(const page_rows *pr, size_t j, size_t e, const cell *c)
{
    for (; j < e; j++)
        for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++)
            if (overlap(c, &pr->c[i]))
                return true;
    return false;
}

/* the cells of row j, the band's rows b..e-1, right of x (no label
 * column's) over a cell of a lower row of the band */
static size_t cells_over_lower(const page_rows *pr, size_t j, size_t e, int64_t x)
{
    size_t k = 0;
    for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++)
        k += pr->c[i].x1 > x && over_lower(pr, j + 1, e, &pr->c[i]);
    return k;
}

/* the band is rows b..e-1; row z (e, or a row below e: rule 6c's zone
 * row) holds the numbers that give the columns, after lab text cells
 * (its label) */
static bool header_by_x(page_rows *pr, size_t b, size_t e, size_t z, size_t lab)
{
    const vrow *d = &pr->v[z];
    if (!band_fits(pr, b, e, z))
        return false;
    const cell *n = &pr->c[d->first + lab];
    size_t m = d->n - lab;
    int64_t left, right;
    zones_span(n, m, &left, &right);
    cell span[BAND_MAX_CELLS], col[BAND_MAX_CELLS];
    size_t rowof[BAND_MAX_CELLS], ns = 0, nc = 0, nlabel = 0, lab_at = 0;
    for (size_t j = b; j < e; j++)
        for (size_t i = pr->v[j].first; i < pr->v[j].first + pr->v[j].n; i++) {
            const cell *c = &pr->c[i];
            if (c->num || c->x0 + c->x1 >= 2 * right)
                return false;
            bool label = c->x1 <= n[0].x0;
            if (!label && c->x0 + c->x1 < 2 * left)
                return false; /* a cell reaching from the label column over the numbers */
            size_t over = 0; /* the numbers under it */
            for (size_t a = 0; a < m; a++)
                over += overlap(c, &n[a]);
            /* a row's one cell beside its label column's over a cell of
             * a lower row of the band (its other cells over none: 总计 set
             * at the top of its two rows beside 法人或其他组织), and no
             * first line of a wrap (wraps_on): a title over columns, set
             * at its left or centred over an odd count of them (申请人情况,
             * 法人或其他组织); were it a column's, that column would have
             * no cell and nothing moves */
            bool title = !label && over_lower(pr, j + 1, e, c) && !wraps_on(pr, b, e, c) &&
                         cells_over_lower(pr, j, e, n[0].x0) == 1;
            if (label || title || over >= 2 || spans_columns(pr, b, e, j, c)) {
                if (!label && j + 1 == e)
                    return false;
                nlabel += label;
                lab_at = label ? ns : lab_at;
                span[ns] = *c;
                rowof[ns++] = j;
                continue;
            }
            col[nc] = *c;
            col[nc++].spread = j; /* its row, while grouping */
        }
    if (!nc || !band_columns(n, m, left, right, col, nc, page_top(pr, b)) || !lines_out_of_order(col, nc))
        return false;
    /* the label column's one cell on a line of column cells is that
     * column's header (信息内容 beside 上一年项目数量, 本年增/减 set
     * lower): it goes with the columns, before them */
    for (size_t q = 0; q < nc && nlabel == 1; q++)
        if (col[q].spread == rowof[lab_at])
            rowof[lab_at] = e - 1;
    return band_rebuild(pr, b, e, span, rowof, ns, col, nc, m);
}

/* the first row of the text rows right above row k, each at most `gap`
 * heights above the one below, up to BAND_MAX_ROWS, never through a row
 * with numbers or a cell starting a numbered label or a clause */
static size_t band_top(const page_rows *pr, size_t k, int gap)
{
    size_t b = k;
    while (b > 0 && k - b < BAND_MAX_ROWS) {
        const vrow *u = &pr->v[b - 1];
        bool item = false; /* a heading or a numbered label: above the header */
        for (size_t i = u->first; i < u->first + u->n && !item; i++)
            item = starts_item(pr->buf.p + pr->c[i].start, pr->c[i].len);
        if (u->drop || u->numbers || !u->n || item || pr->v[b].cy2 - u->cy2 > gap * min64(u->h, pr->v[b].h))
            break;
        b--;
    }
    return b;
}

/* rule 6c: the text cells of row d before its first number (a table's
 * first row whose label is centred on its numbers' line, the header right
 * above it: one) */
static size_t row_label_cells(const page_rows *pr, const vrow *d)
{
    size_t lab = 0;
    while (lab < d->n && !pr->c[d->first + lab].num)
        lab++;
    return lab;
}

/* ASCII digits and blanks only, a digit at least */
static bool digits_and_blanks(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && (s[i] < '0' || s[i] > '9'))
            return false;
        digit |= s[i] != ' ';
    }
    return digit;
}

/* rule 6c's shape of a row of numbers under a header: at most two text
 * cells (its label; a group's piece beside it, 开 of （三）不予公开 down
 * its column), then three numbers or more and nothing else */
static bool zone_row(const page_rows *pr, size_t k, size_t *lab)
{
    const vrow *d = &pr->v[k];
    *lab = row_label_cells(pr, d);
    for (size_t i = d->first; i < d->first + *lab; i++)
        if (digits_and_blanks(pr->buf.p + pr->c[i].start, pr->c[i].len))
            return false; /* numbers glued into one text cell (21 181 217 150): no label */
    return !d->drop && *lab <= 2 && d->n >= *lab + 3 && d->numbers == (int)(d->n - *lab);
}

/* rule 6c: the row whose numbers give a header's columns: row k itself,
 * or, when row k (the table's first row) has numbers but not that shape
 * (numbers wrapped in narrow cells, 21 / 2, and glued: 21 181 217 150),
 * of the next ZONE_AHEAD rows, each with numbers (rows of the same
 * table), the one of that shape with the most numbers (the wrapped
 * numbers' second line, 量 2 6 73, has fewer than the header's columns;
 * header_by_x takes only as many columns as numbers). SIZE_MAX: none.
 * Cost: ZONE_AHEAD rows per row of numbers */
#define ZONE_AHEAD 3
static size_t zone_row_below(const page_rows *pr, size_t k, size_t *lab)
{
    bool zone = zone_row(pr, k, lab);
    if (zone && *lab)
        return k;
    if (pr->v[k].drop || !pr->v[k].numbers)
        return SIZE_MAX;
    /* a row of bare numbers (no label) is a zone row only when no row
     * below it has more: under a cell set at its bottom the wrapped
     * first digits of the first row (21 18 11 over 2 1 217 150 167 246
     * 73) stand alone on a line right under the header, fewer than its
     * columns */
    size_t best = zone ? k : SIZE_MAX, l;
    for (size_t z = k + 1; z < pr->nv && z <= k + ZONE_AHEAD && pr->v[z].numbers; z++)
        if (zone_row(pr, z, &l) && (best == SIZE_MAX || pr->v[z].numbers > pr->v[best].numbers)) {
            best = z;
            *lab = l;
        }
    return best;
}

void pdf_header_columns(page_rows *pr)
{
    for (size_t k = 1; k < pr->nv && !pr->failed; k++) {
        size_t lab;
        size_t z = zone_row_below(pr, k, &lab);
        if (z == SIZE_MAX)
            continue;
        size_t b = band_top(pr, k, 4);
        if (z == k && !lab && k - b >= 2 && header_band(pr, b, k))
            continue;
        /* rule 6c: tall header rows, their cells set low, stand farther apart */
        b = band_top(pr, k, BAND_TALL_GAP);
        if (k - b >= 2)
            header_by_x(pr, b, k, z, lab);
    }
}

/* Rule 6, a column's header printed lower: cell c of the row under text
 * row u overlaps none of u's cells and stands between two of them (本年增
 * /减 between 上一年项目数 and 处理决定数量: that column's cell is set at
 * the bottom or the middle of a header row that the next column's
 * wrapped header made two lines tall) */
#define GAP_CELL (SIZE_MAX - 1) /* rule 6: a lower row's cell put among the band row's */

static bool in_gap(const page_rows *pr, const vrow *u, const cell *c)
{
    bool left = false, right = false;
    for (size_t i = u->first; i < u->first + u->n; i++) {
        const cell *a = &pr->c[i];
        if (overlap(a, c))
            return false;
        left |= a->x1 <= c->x0;
        right |= a->x0 >= c->x1;
    }
    return left && right;
}

/* how many numbers of row d cell c lies over */
static size_t numbers_under(const page_rows *pr, const vrow *d, const cell *c)
{
    size_t n = 0;
    for (size_t i = d->first; i < d->first + d->n; i++)
        n += pr->c[i].num && overlap(&pr->c[i], c);
    return n;
}

/* Rule 6: row u heads single columns: below row k, the first row of two
 * numbers or more has at most one number under each of u's cells (a
 * spanning cell, table 四's 行政复议 over five columns, is no column's
 * header: its gaps hold no column's header either) and exactly one under
 * cell c of row k */
static bool heads_columns(const page_rows *pr, size_t u, size_t k, const cell *c)
{
    for (size_t j = k + 1; j < pr->nv; j++) {
        const vrow *d = &pr->v[j];
        if (d->drop || d->numbers < 2)
            continue;
        for (size_t i = pr->v[u].first; i < pr->v[u].first + pr->v[u].n; i++)
            if (numbers_under(pr, d, &pr->c[i]) > 1)
                return false;
        return numbers_under(pr, d, c) == 1;
    }
    return false;
}

/* rows u < k, their cells and those of the rows between them one run */
static bool one_run(const page_rows *pr, size_t u, size_t k)
{
    size_t total = 0;
    for (size_t j = u; j <= k; j++) {
        if (pr->v[j].first != pr->v[u].first + total)
            return false;
        total += pr->v[j].n;
    }
    return true;
}

/* Rule 6: the cells of row k marked in gap (in_gap) put into row u among
 * its cells, left to right; the run of cells of rows u..k kept whole */
static void insert_gap_cells(page_rows *pr, size_t u, size_t k, const bool *gap)
{
    size_t first = pr->v[u].first, total = 0;
    for (size_t j = u; j <= k; j++)
        total += pr->v[j].n;
    cell *t = malloc(total * sizeof *t);
    if (!t) {
        pr->failed = true;
        return;
    }
    size_t m = 0, kf = pr->v[k].first;
    for (size_t i = first; i < first + pr->v[u].n; i++)
        t[m++] = pr->c[i];
    for (size_t i = 0; i < pr->v[k].n; i++)
        if (gap[i])
            t[m++] = pr->c[kf + i];
    qsort(t, m, sizeof *t, by_x0);
    size_t un = m;
    for (size_t j = u + 1; j <= k; j++) {
        vrow *v = &pr->v[j];
        size_t start = m;
        for (size_t i = 0; i < v->n; i++)
            if (j != k || !gap[i])
                t[m++] = pr->c[v->first + i];
        v->first = first + start;
        v->n = m - start;
    }
    memcpy(pr->c + first, t, total * sizeof *t);
    free(t);
    pr->v[u].n = un;
}

/* Rule 6, bands of wrapped cells (docs/formats.md, "PDF"): a row of
 * narrow cells wraps every cell on its own width (信息内 / 容, 本年制 /
 * 发件数, 行政许 90 / 可), so the lines of one table row are read line by
 * line across its cells. A text row directly under a row of two cells or
 * more (no data row: those are rule 4's) continues it when each of its
 * cells lies under one text cell of that row, a different one each, and
 * no wider than it (a heading across the table under a row is wider than
 * the row's label), none starts a numbered label or a clause (第二十条第
 * （六）项 under 其他对外管理服务事项 152 is the heading of the next
 * part), and it stands within two heights of the line above: each cell's lines are
 * joined top to bottom within its own column, and the lower row goes.
 * Not when the row below it is a data row without a label of its own
 * (the label printed above its numbers). */
void pdf_join_bands(page_rows *pr)
{
    size_t u = SIZE_MAX;   /* the band's row */
    int64_t last2 = 0;     /* doubled centre of its lowest line */
    size_t *hit = NULL, cap = 0;
    for (size_t k = 0; k < pr->nv && !pr->failed; k++) {
        vrow *r = &pr->v[k];
        if (r->drop)
            continue;
        bool join = u != SIZE_MAX && r->numbers == 0 && r->n &&
                    r->cy2 - last2 <= 4 * min64(r->h, pr->v[u].h) && !unlabelled_below(pr, k);
        if (join && !vec_reserve(&hit, 0, &cap, r->n * sizeof *hit)) {
            pr->failed = true;
            break;
        }
        size_t gaps = 0, hits = 0;
        for (size_t i = 0; join && i < r->n; i++) {
            const cell *c = &pr->c[r->first + i];
            hit[i] = over_one(pr, &pr->v[u], c);
            if (hit[i] == SIZE_MAX && !pr->v[u].numbers && in_gap(pr, &pr->v[u], c) && heads_columns(pr, u, k, c)) {
                hit[i] = GAP_CELL; /* a column's header set lower */
                gaps++;
            } else {
                hits++;
            }
            join = hit[i] != SIZE_MAX && (i == 0 || hit[i] != hit[i - 1]) &&
                   !starts_item(pr->buf.p + c->start, c->len);
        }
        if (join && gaps && (!hits || !one_run(pr, u, k)))
            join = false; /* no line of the band wraps: two rows */
        if (!join) {
            u = r->n >= 2 && r->numbers < 2 ? k : SIZE_MAX;
            last2 = r->cy2;
            continue;
        }
        for (size_t i = 0; i < r->n; i++) {
            if (hit[i] == GAP_CELL)
                continue;
            cell *a = &pr->c[hit[i]];
            const cell *b = &pr->c[r->first + i];
            size_t start = pr->buf.len;
            /* room first: the bytes copied live in the same buffer */
            if (!vec_reserve(&pr->buf.p, start + a->len + b->len, &pr->buf.cap, 1)) {
                pr->buf.failed = true;
                break;
            }
            pdf_buf_put(&pr->buf, pr->buf.p + a->start, a->len);
            pdf_buf_put(&pr->buf, pr->buf.p + b->start, b->len);
            if (!a->spread && b->spread)
                a->spread = a->len + b->spread;
            a->start = start;
            a->len = pr->buf.len - start;
            a->x0 = min64(a->x0, b->x0);
            a->x1 = a->x1 > b->x1 ? a->x1 : b->x1;
            a->words += b->words;
        }
        pr->failed |= pr->buf.failed;
        if (gaps && !pr->failed) {
            bool *gap = calloc(r->n, sizeof *gap);
            if (!gap) {
                pr->failed = true;
                break;
            }
            for (size_t i = 0; i < r->n; i++)
                gap[i] = hit[i] == GAP_CELL;
            insert_gap_cells(pr, u, k, gap);
            free(gap);
        }
        r->drop = true;
        last2 = r->cy2;
    }
    free(hit);
}

/* Which data row each wrapped label piece belongs to (cell owner): between
 * two data rows with nothing across the number columns, split_between;
 * at the ends of a table and beside a barrier, take_edge. */
void pdf_assign_labels(page_rows *pr)
{
    for (size_t k = 0; k < pr->nv; k++)
        if (pdf_data_row(&pr->v[k]))
            pr->v[k].ref = label_cell(pr, &pr->v[k]);
    size_t prev = SIZE_MAX;
    for (size_t k = 0; k < pr->nv; k++) {
        if (!pdf_data_row(&pr->v[k]))
            continue;
        bool joined = false;
        if (prev != SIZE_MAX) {
            int64_t fx = min64(first_number_x(pr, &pr->v[prev]), first_number_x(pr, &pr->v[k]));
            joined = true;
            for (size_t j = prev + 1; j < k && joined; j++)
                joined = pr->v[j].drop || !barrier(pr, &pr->v[j], fx);
        }
        if (joined) {
            split_between(pr, prev, k);
        } else {
            if (prev != SIZE_MAX)
                take_edge(pr, prev, +1);
            take_edge(pr, k, -1);
        }
        prev = k;
    }
    if (prev != SIZE_MAX)
        take_edge(pr, prev, +1);
}

static int by_x(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    if (p->x0 != q->x0)
        return p->x0 < q->x0 ? -1 : 1;
    return p->cy2 < q->cy2 ? -1 : p->cy2 > q->cy2;
}

static int by_y(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    if (p->cy2 != q->cy2)
        return p->cy2 < q->cy2 ? -1 : 1;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static void add_line(page_rows *pr, row r)
{
    if (!vec_reserve(&pr->r, pr->n, &pr->cap, sizeof *pr->r)) {
        pr->failed = true;
        return;
    }
    pr->r[pr->n++] = r;
}

/* the end of the column starting at c[i] (cells sorted by x): cells whose
 * horizontal extents overlap; *x1 its right edge */
static size_t column_end(const cell *c, size_t n, size_t i, int64_t *x1)
{
    size_t j = i + 1;
    *x1 = c[i].x1;
    while (j < n && c[j].x0 < *x1) {
        *x1 = c[j].x1 > *x1 ? c[j].x1 : *x1;
        j++;
    }
    return j;
}

/* a value: a number (pdf_numeric), or ASCII digits ending in a digit then
 * a unit of one or two characters (75394432.52元, 3万元); never a numbered
 * label (8.属于行政查询事项) */
static bool value_cell(const page_rows *pr, const cell *c)
{
    const char *s = pr->buf.p + c->start;
    if (pdf_numeric(s, c->len))
        return true;
    size_t d = 0;
    while (d < c->len && ((s[d] >= '0' && s[d] <= '9') || s[d] == '.' || s[d] == ','))
        d++;
    if (d == 0 || s[d - 1] < '0' || s[d - 1] > '9' || c->len - d > 6)
        return false;
    for (size_t i = d; i < c->len; i++)
        if ((unsigned char)s[i] < 0x80)
            return false;
    return true;
}

/* The columns of a short row (docs/formats.md, "PDF", rule 7): a row of a
 * table with fewer values than the table has columns (its other cells
 * left empty) puts each value in the column its box lies under. The
 * columns h[1..nh) are the cells of the nearest row above with more
 * cells (the table's header, or a row of the body with every value
 * given); h[0] is the label column's. The value's column: the one cell of
 * h[1..nh) its box overlaps. Placed only when the row is its label (and
 * fragments of group labels beside it, all left of the first column:
 * their number into *labels) then values, each value under a column of
 * its own, left to right, fewer values than columns; the values' column
 * numbers (1-based) into col.
 * Else (a value under none or under two, the header's cells not one a
 * column) the row is read as before: its values in the first columns,
 * which the grammar reports (P007). */
static bool place_values(const page_rows *pr, const cell *c, size_t n, const cell *h, size_t nh,
                         size_t *col, size_t maxcol, size_t *labels)
{
    if (!h || nh < 3)
        return false;
    size_t g = 0, last = 0;
    int64_t x1;
    *labels = 0;
    for (size_t i = 0; i < n;) {
        size_t j = column_end(c, n, i, &x1);
        if (g == 0 && !value_cell(pr, &c[i])) {
            if (x1 > h[1].x0)
                return false; /* a label reaching over a column */
            ++*labels; /* a group label's fragment, the row's label */
        } else {
            if (*labels == 0 || j != i + 1 || !value_cell(pr, &c[i]) || g >= maxcol)
                return false;
            size_t at = 0;
            for (size_t k = 1; k < nh; k++)
                if (h[k].x0 < x1 && c[i].x0 < h[k].x1) {
                    if (at)
                        return false; /* under two columns */
                    at = k;
                }
            if (at <= last)
                return false;
            col[g++] = last = at;
        }
        i = j;
    }
    return g >= 1 && g < nh - 1;
}

/* Does a piece hold a numbered label of level 1 (（一）, (一)) anywhere
 * in it (a group label's fragment glued before it: 三、本（一）予以公开)? */
static bool holds_paren_label(const char *text, size_t n)
{
    const uint8_t *s = (const uint8_t *)text;
    for (size_t i = 0; i < n;) {
        uint32_t cp = next_cp(s, n, &i);
        if (cp != 0xFF08 && cp != '(')
            continue;
        size_t j = i, d = 0;
        for (cp = next_cp(s, n, &j); numeral_digit(cp) >= 0 && cp >= 0x80 && !(cp >= 0xFF10 && cp <= 0xFF19);
             cp = next_cp(s, n, &j))
            d++;
        if (d && (cp == 0xFF09 || cp == ')') && j < n)
            return true;
    }
    return false;
}

/* The level of the numbered label a piece starts (numbered_level), or of
 * a （二） after at most three characters of a group label's fragment
 * glued before it (年度办（二）部分公开); its byte offset into *off. */
static int label_after_fragment(const char *text, size_t n, size_t *off)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    *off = 0;
    int l = numbered_level(text, n);
    for (int chars = 0; !l && chars < 3 && i < n; chars++) {
        uint32_t cp = next_cp(s, n, &i);
        if (cp == 0xFF08 || cp == '(' || cp < 0x2E80)
            return 0;
        if (i < n && numbered_level(text + i, n - i) == 1) {
            *off = i;
            return 1;
        }
    }
    return l;
}

/* The levels that rank under a numbered label of level l (numbered_level)
 * in the tables' outline, as bits: 二、 over （二） over 2. */
static unsigned levels_under(int l) { return l == 2 ? 1u << 1 | 1u << 3 : l == 1 ? 1u << 3 : 0; }

/* Rule 4b: in the column c[i..j) (sorted top to bottom), the first piece
 * after another that starts a numbered label of a level the column holds
 * already (at a piece's start, or （一） anywhere in a piece): two row
 * labels of one level; or of a level ranking over one it holds (3.其他
 * above （七）总计: an item's label never goes on into its group's
 * heading or the next group's, a row's label ends before a label of a
 * higher rank). j when none; *off: where in it the label starts. */
/* The level of an item number standing alone in a piece (3. 3． 三、
 * （三）: the word box broke between the number and its text); 0 when the
 * piece is anything else */
static int bare_number_level(const char *text, size_t n)
{
    char buf[24];
    if (n + 3 > sizeof buf)
        return 0;
    memcpy(buf, text, n);
    memcpy(buf + n, "\xE9\xA1\xB9", 3); /* 项: the text the number is followed by */
    return numbered_level(buf, n + 3);
}

static bool numbers_below(const page_rows *pr, const cell *c, size_t n, size_t i, size_t k);

/* *RANKED: the second label found is of a higher rank than one above, not
 * of the same level: only numbers on its line, below the first's
 * (numbers_below), make it a second row's (a group label's fragment glued
 * in the column, 3.要求提（五）供公开出, is no row's label) */
static size_t second_label(const page_rows *pr, const cell *c, size_t i, size_t j, size_t *off, bool *ranked)
{
    *ranked = false;
    unsigned seen = 0; /* bit l: a label of level l read above */
    for (size_t k = i; k < j; k++) {
        if (c[k].num)
            continue;
        const char *t = pr->buf.p + c[k].start;
        int l = label_after_fragment(t, c[k].len, off);
        if (l && k > i && ((seen >> l & 1u) || (seen & levels_under(l)))) {
            *ranked = !(seen >> l & 1u);
            return k;
        }
        seen |= l ? 1u << l : 0;
        seen |= holds_paren_label(t, c[k].len) ? 1u << 1 : 0;
        int b = l ? 0 : bare_number_level(t, c[k].len);
        seen |= b ? 1u << b : 0;
    }
    return j;
}

/* Rule 4b's proof from the geometry: every number of c[0..n) stands
 * among the lines of the first label, from the piece c[f] where it starts
 * to its last line before the second label c[k] (centres within half an
 * em: numbers set at the cell's top, centred, or at its bottom beside a
 * label wrapped over lines), and at least half an em above the line on
 * which the second label starts: the numbers are the first label's, never
 * the second's (the second's own numbers, at the top of its cell, stand a
 * line or more below the first's last line). Numbers off those lines
 * prove nothing
 * (labels set at a tall cell's bottom, numbers at its top: the second
 * label's own numbers stand between the two labels; the lines of a group
 * label's fragments glued in the column are no label's own). */
static bool numbers_above(const page_rows *pr, const cell *c, size_t n, size_t i, size_t k)
{
    int64_t em = pr->ratio > 0 ? c[k].h * 1000 / pr->ratio : c[k].h; /* doubled units: half an em */
    size_t f = i, off;
    while (f < k && (c[f].num || (!label_after_fragment(pr->buf.p + c[f].start, c[f].len, &off) &&
                                  !holds_paren_label(pr->buf.p + c[f].start, c[f].len))))
        f++;
    if (f == k)
        return false;
    /* the first label's last line: a piece under its first reaching past
     * a quarter of its width (a group label's fragments down the column's
     * left edge, glued before it, 年/度/办, are none) */
    int64_t last = c[f].cy2;
    for (size_t q = f + 1; q < k; q++)
        if (!c[q].num && overlap(&c[q], &c[f]) && c[q].x1 > c[f].x0 + (c[f].x1 - c[f].x0) / 4 && c[q].cy2 > last)
            last = c[q].cy2;
    size_t nums = 0;
    for (size_t m = 0; m < n; m++) {
        if (!c[m].num)
            continue;
        if (c[m].cy2 > c[k].cy2 - em || c[m].cy2 < c[f].cy2 - em || c[m].cy2 > last + em)
            return false;
        nums++;
    }
    return nums >= 2;
}

/* Rule 4b, the other way: every number of c[0..n) stands on the line of
 * the second label c[k] (within half an em of it) and at least half an em
 * below the line of the piece c[f] where the first label starts: the
 * numbers are never the first's alone (the first set at its tall cell's
 * bottom, its numbers at its top, on a line above), so no line of numbers
 * after them is the second's (settle_shared keeps P089) */
static bool numbers_below(const page_rows *pr, const cell *c, size_t n, size_t i, size_t k)
{
    int64_t em = pr->ratio > 0 ? c[k].h * 1000 / pr->ratio : c[k].h; /* doubled units: half an em */
    size_t f = i, off;
    while (f < k && (c[f].num || !label_after_fragment(pr->buf.p + c[f].start, c[f].len, &off)))
        f++;
    if (f == k)
        return false;
    size_t nums = 0;
    for (size_t m = 0; m < n; m++) {
        if (!c[m].num)
            continue;
        if (c[m].cy2 < c[f].cy2 + em || c[m].cy2 < c[k].cy2 - em || c[m].cy2 > c[k].cy2 + em)
            return false;
        nums++;
    }
    return nums >= 2;
}

static void put_one_line(page_rows *pr, cell *c, size_t n, const cell *h, size_t nh);

/* cells c[0..n) as one line or two (rule 4b): a column holding two
 * numbered labels of one level whose row of numbers the geometry proves
 * the first's is two lines, the second label and the pieces under it
 * after the numbers' line */
static void put_line(page_rows *pr, cell *c, size_t n, const cell *h, size_t nh)
{
    qsort(c, n, sizeof *c, by_x);
    for (size_t i = 0; i < n;) {
        int64_t x1;
        size_t j = column_end(c, n, i, &x1);
        qsort(c + i, j - i, sizeof *c, by_y);
        size_t off;
        bool ranked;
        size_t k = second_label(pr, c, i, j, &off, &ranked);
        if (k < j && !ranked && numbers_above(pr, c, n, i, k)) {
            size_t m = j - k;
            for (size_t r = 0; r < m; r++) /* c[k..j) to the end, in order */
                for (size_t q = j - 1 - r; q + 1 < n - r; q++) {
                    cell t = c[q];
                    c[q] = c[q + 1];
                    c[q + 1] = t;
                }
            put_one_line(pr, c, n - m, h, nh);
            put_one_line(pr, c + n - m, m, h, nh);
            return;
        }
        if (k < j && numbers_below(pr, c, n, i, k)) {
            put_one_line(pr, c, n, h, nh);
            if (pr->n && pr->r[pr->n - 1].shared)
                pr->r[pr->n - 1].below = true;
            return;
        }
        i = j;
    }
    put_one_line(pr, c, n, h, nh);
}

/* cells c[0..n) as one line: columns are cells whose horizontal extents
 * overlap (the lines of a wrapped label, a stacked header), read top to
 * bottom; TAB between columns, and one more for each empty column a
 * short row's value stands right of (h[0..nh): the columns, rule 7) */
static void put_one_line(page_rows *pr, cell *c, size_t n, const cell *h, size_t nh)
{
    qsort(c, n, sizeof *c, by_x);
    size_t col[16];
    size_t lab = 0;
    bool placed = place_values(pr, c, n, h, nh, col, sizeof col / sizeof *col, &lab);
    row r = {.start = pr->line.len};
    size_t g = 0, at = 0;
    for (size_t i = 0; i < n; g++) {
        int64_t x1;
        size_t j = column_end(c, n, i, &x1);
        qsort(c + i, j - i, sizeof *c, by_y);
        if (i > 0)
            pdf_buf_putc(&pr->line, '\t');
        for (; placed && g >= lab && at + 1 < col[g - lab]; at++) {
            pdf_buf_putc(&pr->line, '\t'); /* an empty cell */
            r.cells++;
        }
        at += placed && g >= lab;
        size_t cs = pr->line.len;
        size_t off = 0;
        bool ranked;
        size_t second = second_label(pr, c, i, j, &off, &ranked);
        if (second < j && ranked && !numbers_below(pr, c, n, i, second))
            second = j;
        for (size_t k = i; k < j; k++) {
            if (c[k].spread && !r.spread)
                r.spread = pr->line.len - r.start + c[k].spread; /* rule 2b: L032 */
            if (k == second && !r.shared)
                r.shared = pr->line.len - r.start + off + 1; /* rule 4b: P089 */
            pdf_buf_put(&pr->line, pr->buf.p + c[k].start, c[k].len);
        }
        r.cells++;
        r.numbers += pdf_numeric(pr->line.p ? pr->line.p + cs : "", pr->line.len - cs);
        i = j;
    }
    for (; placed && at + 1 < nh; at++) {
        pdf_buf_putc(&pr->line, '\t'); /* an empty cell at the end */
        r.cells++;
    }
    r.len = pr->line.len - r.start;
    if (r.numbers < 2)
        r.shared = 0; /* no row of numbers to mistell */
    if (!pr->line.failed)
        add_line(pr, r);
}

/* a row whose cells (those no data row took) may be a table's columns
 * (rule 7): a label cell then two cells or more, all values or all text
 * (a header); their number, 0 for any other row */
static size_t column_row(const page_rows *pr, const vrow *v)
{
    size_t n = 0, values = 0;
    for (size_t i = v->first; i < v->first + v->n; i++) {
        if (pr->c[i].owner != SIZE_MAX)
            continue;
        bool val = value_cell(pr, &pr->c[i]);
        if (n == 0 && val)
            return 0;
        values += val;
        n++;
    }
    return n >= 3 && (values == 0 || values == n - 1) ? n : 0;
}

/* the widest reach of the labels of the rows of values under row k, up
 * to the next text row of one cell (a clause heading, prose) */
static int64_t labels_right(const page_rows *pr, size_t k)
{
    int64_t x1 = INT64_MIN;
    for (size_t j = k + 1; j < pr->nv; j++) {
        const vrow *u = &pr->v[j];
        if (u->drop)
            continue;
        if (u->n == 1 && !value_cell(pr, &pr->c[u->first]) && pr->c[u->first].owner == SIZE_MAX)
            break;
        const cell *l = &pr->c[u->first];
        if (u->n >= 2 && !value_cell(pr, l) && value_cell(pr, &pr->c[u->first + u->n - 1]) && l->x1 > x1)
            x1 = l->x1;
    }
    return x1;
}

/* rule 7: the columns for the rows under visual row k. A text row of
 * one cell (a clause heading, prose) ends them; a column row with as
 * many cells as the columns so far or more starts new ones, when its
 * header's label cell reaches no further right than the labels under it
 * (else it holds a column's header too: 信息内容上一年项目数量 glued). */
static void columns_of(page_rows *pr, size_t k, cell **h, size_t *nh, size_t *cap)
{
    const vrow *v = &pr->v[k];
    if (v->n == 1 && !value_cell(pr, &pr->c[v->first]) && pr->c[v->first].owner == SIZE_MAX) {
        *nh = 0;
        return;
    }
    size_t m = column_row(pr, v);
    if (m < 3 || m < *nh)
        return;
    size_t i = v->first;
    while (pr->c[i].owner != SIZE_MAX)
        i++;
    if (!value_cell(pr, &pr->c[v->first + v->n - 1]) && pr->c[i].x1 > labels_right(pr, k) + pr->c[i].h / 2) {
        *nh = 0;
        return;
    }
    if (!vec_reserve(h, m - 1, cap, sizeof **h)) {
        pr->failed = true;
        return;
    }
    *nh = 0;
    for (i = v->first; i < v->first + v->n; i++)
        if (pr->c[i].owner == SIZE_MAX)
            (*h)[(*nh)++] = pr->c[i];
}

/* Is the line before its first number no label of its own: nothing, or
 * cells of three characters at most (a group label's fragments printed
 * down a narrow column: 三, 、, 年度办)? */
static bool no_label_before_numbers(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && s[e] != '\t')
            e++;
        if (pdf_numeric(s + i, e - i))
            return true;
        size_t chars = 0;
        for (size_t b = i; b < e; b++)
            chars += ((unsigned char)s[b] & 0xC0) != 0x80;
        if (chars > 3 || starts_numbered(s + i, e - i))
            return false;
        i = e + 1;
    }
    return false;
}

/* Rule 4b: a line whose label column holds two numbered labels of one
 * level keeps its finding (P089) unless the next line with numbers on the
 * page carries as many, with no label of its own: the second label's row
 * of numbers, read in order with the first (the grammar's P037). */
static void settle_shared(page_rows *pr)
{
    for (size_t k = 0; k < pr->n; k++) {
        if (!pr->r[k].shared)
            continue;
        size_t j = k + 1;
        if (pr->r[k].below) {
            /* the next line's numbers, with no label of their own, are the
             * first label's or no one's: the finding covers them too */
            pr->r[k].below = j < pr->n && pr->r[j].numbers >= 2 && !pr->r[j].shared &&
                             no_label_before_numbers(pr->line.p + pr->r[j].start, pr->r[j].len);
            continue;
        }
        while (j < pr->n && pr->r[j].numbers < 2 && !pr->r[j].shared)
            j++;
        if (j < pr->n && pr->r[j].numbers == pr->r[k].numbers && !pr->r[j].shared &&
            no_label_before_numbers(pr->line.p + pr->r[j].start, pr->r[j].len))
            pr->r[k].shared = 0;
    }
}

/* the page's lines: each data row with the label pieces it owns, every
 * other visual row with the cells no data row took */
void pdf_build_lines(page_rows *pr)
{
    cell *tmp = NULL, *h = NULL; /* h: the columns (rule 7) */
    size_t cap = 0, lo = 0; /* pieces lie between the data rows around */
    size_t nh = 0, caph = 0;
    for (size_t k = 0; k < pr->nv && !pr->failed; k++) {
        const vrow *v = &pr->v[k];
        if (v->drop)
            continue;
        columns_of(pr, k, &h, &nh, &caph);
        bool data = pdf_data_row(v);
        /* a blank row's label (rule 4d, blank_rows): its later lines are its own */
        bool heads = !data && v->n && pr->c[v->first + v->n - 1].owner == k;
        size_t n = 0;
        for (size_t j = data ? lo : k; j < pr->nv && !pr->failed; j++) {
            const vrow *u = &pr->v[j];
            if (j > k && (pdf_data_row(u) || (!data && !heads)))
                break;
            for (size_t i = u->first; i < u->first + u->n; i++) {
                bool mine = j == k ? pr->c[i].owner == SIZE_MAX || pr->c[i].owner == k : pr->c[i].owner == k;
                if (!mine)
                    continue;
                if (!vec_reserve(&tmp, n, &cap, sizeof *tmp)) {
                    pr->failed = true;
                    break;
                }
                tmp[n] = pr->c[i];
                /* a piece gluing a group's number before an item's: in the
                 * item's column, so that the group label's lines beside the
                 * item's (无法提 by 府信息) stay a column of their own */
                cell item;
                if (j != k && item_after_group(pr, &tmp[n], &item))
                    tmp[n].x0 = item.x0;
                n++;
            }
        }
        size_t before = pr->n;
        if (n && !pr->failed)
            put_line(pr, tmp, n, h, nh);
        for (size_t q = before; q < pr->n && v->wrapped; q++) {
            pr->r[q].wrapped = v->wrapped;
            pr->r[q].wrapped_here = v->wrapped == v->first + 1;
        }
        if (data)
            lo = k + 1;
    }
    free(tmp);
    free(h);
    if (!pr->failed && !pr->line.failed)
        settle_shared(pr);
}

