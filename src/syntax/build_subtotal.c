/* Group subtotals of table 三 (docs/grammar.md, "Group subtotals").
 *
 * Some reports add a row that sums a result group: 小计 (合计) after the
 * sub-rows of （三）不予公开, （四）无法提供, （五）不予处理 or （六）其他处理,
 * or the group's total printed on its own heading row before its sub-rows:
 *
 *   （三）不予公开⇥13⇥2⇥0⇥0⇥0⇥1⇥3⇥16      the heading's numbers
 *   1.属于国家秘密⇥1⇥0…
 *   …
 *   8.属于行政查询事项⇥2⇥0…
 *   小计⇥13⇥2⇥0⇥0⇥0⇥1⇥3⇥16                a subtotal row
 *
 *   subtotal_row  : (小计 | 合计) values       after a sub-row of a group
 *   group_heading : GROUP values                （三）…（五）, values on its line
 *
 * The template has no such row: its numbers are no cell of the template,
 * and read as a subtotal (P087) they neither stray (P013) nor make 小计 a
 * column of a header printed again (which moved every later row's cells).
 * They are kept on the table (xxgk_subtotal) for the validator, which sets
 * each against the sum of the group's rows in its column (V108). A row of
 * another width, a word among its values or a number that does not parse
 * is none: its numbers stray as before. */
#include <string.h>

#include "build.h"
#include "decimal.h"
#include "filter_text.h"
#include "template.h"

/* The group of table 三 that ROW is a sub-row of ("（三）"), NULL for a
 * row of no group (一、, （一）, （七）总计, 2019's （六）其他处理). */
static const char *sub_row_group(int row)
{
    if (row <= 0 || row >= XXGK_R__COUNT || xxgk_row_table(row) != XXGK_TABLE_REQUESTS)
        return NULL;
    const char *g = xxgk_tpl_row_group(row);
    return g && *g ? g : NULL;
}

/* Is the byte before I a cell's pipe (| or a wide bar ｜ │ ┃ ║, a markdown
 * table's delimiter): its length, else 0. */
static uint32_t pipe_before(const uint8_t *s, uint32_t i)
{
    if (i >= 1 && s[i - 1] == '|')
        return 1;
    if (i >= 3 && utf8_wide_bar(s + i - 3))
        return 3;
    return 0;
}

/* I moved back over blanks (space, TAB, U+3000) and the pipes of a
 * cell's edge (| 小计 |). */
static uint32_t skip_back_edge(const uint8_t *s, uint32_t i)
{
    for (;;) {
        uint32_t p;
        int l;
        if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
            i--;
        else if (i >= 3 && ft_blank_at(s, i - 3, i, &l) && l == 3)
            i -= 3; /* U+3000, a blank as a space is (9.　小计) */
        else if ((p = pipe_before(s, i)) != 0)
            i -= p;
        else
            return i;
    }
}

/* Does the token at [start, end) begin its line, only blanks before it
 * (or a pipe table's opening pipe: | 小计 | 13 | …)? */
static bool first_on_line(const parse_ctx *ctx, uint32_t start)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t i = skip_back_edge(s, start);
    return i == 0 || s[i - 1] == '\n' || s[i - 1] == '\r';
}

static size_t group_numeral_at(const uint8_t *p, const uint8_t *end, const uint8_t **num);

/* The most bytes an item number and its blanks take before a label
 * (（９）, a full-width bracket and digit, then blanks): the look back of
 * after_item_number is bounded by it. */
enum { ITEM_NUMBER_MAX = 16 };

/* Is [b, e) an item number of one or two digits: 9. 9、 9． 9) 9） (9)
 * （9） ⑨ (item_number_digit), or 10. 12、 (10) （10） ⑩..⑳ of a list
 * that ran on past 9? */
static bool item_number_run(const uint8_t *s, uint32_t b, uint32_t e)
{
    if (item_number_digit(s, b, e))
        return true;
    /* ⑩ U+2469 to ⑳ U+2473: the circled numbers past ⑨ */
    if (e - b == 3 && s[b] == 0xE2 && s[b + 1] == 0x91 && s[b + 2] >= 0xA9 && s[b + 2] <= 0xB3)
        return true;
    /* a tens digit before the one item_number_digit reads: 1 then 0,
     * after an opening bracket, ( or （ */
    uint32_t o = s[b] == '(' ? 1 : e - b >= 3 && s[b] == 0xEF && s[b + 1] == 0xBC && s[b + 2] == 0x88 ? 3 : 0;
    if (e - b < o + 3 || s[b + o] < '1' || s[b + o] > '9' || s[b + o + 1] < '0' || s[b + o + 1] > '9')
        return false;
    uint8_t one[8]; /* the number with its tens digit left out, 0 read as 1 */
    size_t n = e - b - 1;
    if (n > sizeof one)
        return false;
    memcpy(one, s + b, o);
    memcpy(one + o, s + b + o + 1, n - o);
    if (one[o] == '0')
        one[o] = '1';
    return item_number_digit(one, 0, (uint32_t)n) != 0;
}

/* Does the token at START follow an item number first on its line, blanks
 * at most between (9.小计, 9、 合计, （9）小計, ⑨总计, 10.合计: a list's
 * numbering of a row the template does not number so)? Looks back
 * ITEM_NUMBER_MAX bytes at most. */
static bool after_item_number(const parse_ctx *ctx, uint32_t start)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t e = skip_back_edge(s, start), b = e;
    int l;
    while (b > 0 && e - b < ITEM_NUMBER_MAX && s[b - 1] != '\n' && s[b - 1] != '\r' && s[b - 1] != ' ' &&
           s[b - 1] != '\t' && s[b - 1] != '|' && !(b >= 3 && ft_blank_at(s, b - 3, b, &l) && l == 3))
        b--;
    return b < e && first_on_line(ctx, b) && item_number_run(s, b, e);
}

/* Does the label at START begin its line, follow there only its group
 * G's numeral (（三）小计, (三)合计), or only the group's label that an
 * HTML grid repeats on each row its merged cell spans (（三）不予公开⇥小计⇥…)? */
static bool starts_row(const parse_ctx *ctx, uint32_t start, const char *g)
{
    if (first_on_line(ctx, start) || after_item_number(ctx, start))
        return true;
    /* after its group's numeral, first on the line: （三）小计 */
    const uint8_t *s = ctx->doc->src, *num;
    uint32_t b = skip_back_edge(s, start);
    for (uint32_t a = b >= 9 ? b - 9 : 0; a + 5 <= b; a++) {
        size_t n = group_numeral_at(s + a, s + b, &num);
        if (n && a + n == b && first_on_line(ctx, a) && memcmp(num, g + 3, 3) == 0)
            return true;
    }
    uint32_t ge = ctx->group_end;
    if (!ge || ge > start)
        return false;
    if (skip_back_edge(s, start) > ge)
        return false;
    return first_on_line(ctx, ctx->group_start);
}

/* Is the next thing after END, past blanks, line breaks and a pipe
 * table's pipes, a digit (a value of a row printed one cell a line
 * included)? */
static bool number_follows(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *s = ctx->doc->src;
    size_t len = ctx->doc->len;
    uint32_t i = end;
    for (;;) {
        if (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '|'))
            i++;
        else if (i + 2 < len && utf8_wide_bar(s + i)) /* ｜ or a box-drawn │ ┃ ║ */
            i += 3;
        else
            break;
    }
    if (i < len && s[i] >= '0' && s[i] <= '9')
        return true;
    /* full-width ０-９: EF BC 90-99 */
    return i + 2 < len && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90 && s[i + 2] <= 0x99;
}

/* The bracketed numeral of a group at P (（三）, (三), （四） …, ASCII or
 * full-width brackets): its length, else 0; *num the numeral's bytes. */
static size_t group_numeral_at(const uint8_t *p, const uint8_t *end, const uint8_t **num)
{
    static const char *const open[] = {"(", "\xEF\xBC\x88"}, *const close[] = {")", "\xEF\xBC\x89"};
    static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七"};
    for (size_t o = 0; o < 2; o++) {
        size_t lo = strlen(open[o]);
        if ((size_t)(end - p) < lo || memcmp(p, open[o], lo) != 0)
            continue;
        for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++) {
            const uint8_t *q = p + lo;
            if ((size_t)(end - q) < 3 || memcmp(q, nums[k], 3) != 0)
                continue;
            q += 3;
            for (size_t c = 0; c < 2; c++) {
                size_t lc = strlen(close[c]);
                if ((size_t)(end - q) >= lc && memcmp(q, close[c], lc) == 0) {
                    *num = p + lo;
                    return (size_t)(q + lc - p);
                }
            }
        }
    }
    return 0;
}

/* The word of a subtotal's label at [s, s+n) as printed with blanks inside
 * it (小 计, 合　计) and a colon after it (小计：, 合计:), the blanks and the
 * colon left out, into BUF (CAP bytes); 0 when it is longer. */
static size_t bare_word(const uint8_t *s, size_t n, uint8_t *buf, size_t cap)
{
    size_t k = 0;
    const uint8_t *e = s + n;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    if (e > s && e[-1] == ':')
        e--;
    else if (e - s >= 3 && memcmp(e - 3, "\xEF\xBC\x9A", 3) == 0) /* ： */
        e -= 3;
    for (const uint8_t *p = s; p < e;) {
        if (*p == ' ' || *p == '\t') {
            p++;
            continue;
        }
        if (e - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) { /* U+3000 */
            p += 3;
            continue;
        }
        if (k >= cap)
            return 0;
        buf[k++] = *p++;
    }
    return k;
}

/* Is the text at [s, s+n) WORDS[0..nw), blanks inside it and a colon after
 * it aside? */
static bool word_in(const uint8_t *s, size_t n, const char *const *words, size_t nw)
{
    uint8_t buf[16];
    size_t k = bare_word(s, n, buf, sizeof buf);
    for (size_t i = 0; i < nw; i++)
        if (k && k == strlen(words[i]) && memcmp(buf, words[i], k) == 0)
            return true;
    return false;
}

/* Is the text at [s, s+n) 合计 (合計), the word a table's total row may
 * print instead of （七）总计? */
static bool total_word(const uint8_t *s, size_t n)
{
    static const char *const words[] = {"合计", "合計"};
    return word_in(s, n, words, sizeof words / sizeof words[0]);
}

static bool subtotal_word(const uint8_t *s, size_t n);

/* Has group G a subtotal row already (小计 or 合计 after its sub-rows; its
 * heading's numbers are no row of their own)? A group has at most one: a
 * second row of a subtotal's word after it sums no group (2021's 小计 of
 * （六）, then 合计 for the whole table). */
static bool group_summed(const parse_ctx *ctx, const char *g)
{
    const uint8_t *src = ctx->doc->src;
    for (const xxgk_subtotal *st = ctx->tab->subtotals; st; st = st->next)
        if (strcmp(st->group, g) == 0 && subtotal_word(src + st->span.start, st->span.end - st->span.start))
            return true;
    return false;
}

/* The group a subtotal row labelled [start, end) after the row read last
 * sums, NULL when that row is no sub-row of a group (a 小计 after 二、上年
 * 结转 is no subtotal), when the group has its subtotal already, or when
 * the row is 合计 after the last group's sub-rows (2021's （六）: 3.其他),
 * where the template's （七）总计 is due: there 合计 is the table's total
 * printed under another word, not the group's (P008, as any unknown row). */
static const char *after_sub_row(const parse_ctx *ctx, uint32_t start, uint32_t end)
{
    if (!ctx->tab || ctx->tab->id != XXGK_TABLE_REQUESTS || !ctx->cols_closed)
        return NULL;
    const char *g = sub_row_group(ctx->last_row);
    if (!g || group_summed(ctx, g))
        return NULL;
    /* the last result group: its sub-rows end right before （七）总计 */
    if (strcmp(g, xxgk_tpl_row_group(XXGK_R_OTHER_OTHER)) == 0 && total_word(ctx->doc->src + start, end - start))
        return NULL;
    return g;
}

/* Is a number next after END on its line (past blanks and a pipe table's
 * pipes, no line break)? */
static bool number_on_line(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t i = end;
    while (i < ctx->doc->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '|'))
        i++;
    return i < ctx->doc->len && number_follows(ctx, i);
}

/* row → (ITEMNO) COLUMN values, after the table's rows: 小计, 合计 or 总计
 * (any script) first on its line, numbers after it on the line, where no
 * group's subtotal is due (after 二、上年结转, a second subtotal, 9.小计
 * after （七）总计). A header printed again (a page break) holds no numbers
 * on its words' line: taken as one, the word reopened the columns and
 * moved every later row's cells (小计 before 商业企业). It names no row
 * either: its numbers stray (P013 at the first), the columns stay. */
bool bld_stray_column_row(const parse_ctx *ctx, const ptok *t)
{
    if (!ctx->tab || ctx->tab->id != XXGK_TABLE_REQUESTS || !ctx->cols_closed || ctx->nreq_cols <= 0)
        return false;
    if (t->key != XXGK_C_LEGAL_SUBTOTAL && t->key != XXGK_C_TOTAL)
        return false;
    return (first_on_line(ctx, t->start) || after_item_number(ctx, t->start)) && number_on_line(ctx, t->end);
}

/* subtotal_row: the column word 小计 (合计 read as it) first on its line
 * after a group's sub-row, numbers after it: the group's subtotal, no
 * header word. */
bool bld_subtotal_label(parse_ctx *ctx, const ptok *t)
{
    const char *g = after_sub_row(ctx, t->start, t->end);
    if (!g || t->key != XXGK_C_LEGAL_SUBTOTAL || !starts_row(ctx, t->start, g) || !number_follows(ctx, t->end))
        return false;
    ctx->subtotal_group = g;
    ctx->subtotal_at = tok_span(t);
    return true;
}

/* Is the text at [s, s+n) one of the subtotal words (小 计, 合计： as
 * well: word_in)? */
static bool subtotal_word(const uint8_t *s, size_t n)
{
    static const char *const words[] = {"小计", "合计", "小計", "合計"};
    return word_in(s, n, words, sizeof words / sizeof words[0]);
}

/* subtotal_row with a label of TEXT (合计 where no column word is read):
 * the values are read now. True when they were the group's subtotal. */
bool bld_subtotal_text_row(parse_ctx *ctx, const ptok *label)
{
    const char *g = after_sub_row(ctx, label->start, label->end);
    if (!g || !subtotal_word(ctx->doc->src + label->start, label->end - label->start) ||
        !starts_row(ctx, label->start, g))
        return false;
    ctx->subtotal_group = g;
    ctx->subtotal_at = tok_span(label);
    return bld_subtotal_values(ctx);
}

/* group_heading: a group's heading with numbers right after it on its
 * line, before its sub-rows: the group's total printed on its heading. */
void bld_subtotal_heading(parse_ctx *ctx, const ptok *t)
{
    ctx->subtotal_group = NULL;
    if (t) {
        ctx->group_start = t->start;
        ctx->group_end = t->end;
    }
    if (!t || !ctx->tab || ctx->tab->id != XXGK_TABLE_REQUESTS || t->entry < 0)
        return;
    /* after a row label on its line (1.属于国家秘密⇥（四）无法提供⇥31…) the
     * group's word is no heading of a row of its own */
    if (ctx->last_row >= 0 && ctx->row_tok.end <= t->start && doc_same_line(ctx->doc, ctx->row_tok.start, t->start))
        return;
    const uint8_t *s = ctx->doc->src;
    uint32_t i = t->end; /* past blanks and a pipe table's pipes: | （三）不予公开 | 13 | … */
    while (i < ctx->doc->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '|' ||
                                 (i + 2 < ctx->doc->len && utf8_wide_bar(s + i))))
        i += s[i] >= 0x80 ? 3 : 1; /* a wide bar */
    /* the cheap tests first: the label's group (genlabels' column) only
     * for a heading with a number after it on its line */
    if (i >= ctx->doc->len || s[i] == '\n' || s[i] == '\r' || !number_follows(ctx, t->end))
        return;
    const char *g = label_summed_group(t->entry);
    if (!g)
        return;
    ctx->subtotal_group = g;
    ctx->subtotal_at = tok_span(t);
}

/* One value of a subtotal into C; false when it is no plain number. */
static bool subtotal_cell(parse_ctx *ctx, const ptok *v, int col, xxgk_cell *c)
{
    c->table = XXGK_TABLE_REQUESTS;
    c->row = XXGK_R_NONE;
    c->col = col;
    c->span = tok_span(v);
    if (v->tok == EMPTY) {
        c->state = XXGK_CELL_EMPTY;
        return true;
    }
    if (v->tok != NUMBER || v->not_number)
        return false;
    bool sci;
    size_t plain;
    if (dec_parse_plain((const char *)ctx->doc->src + v->start, v->end - v->start, &c->value, &sci, &plain) != 0)
        return false;
    c->state = XXGK_CELL_VALUE;
    return true;
}

/* The stray values after a subtotal's label (ctx->vals) as the subtotal of
 * ctx->subtotal_group, one to each column of the header in force, kept on
 * the table with a note (P087). False, nothing kept, when they are not
 * exactly the columns' count of plain numbers: they stray then (P013). */
bool bld_subtotal_values(parse_ctx *ctx)
{
    const char *g = ctx->subtotal_group;
    ctx->subtotal_group = NULL;
    if (!g || !ctx->tab)
        return false;
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    const int *cols;
    const col_range *range;
    int ncols = bld_requests_columns(ctx, &cols, &range);
    if (ncols <= 0 || n != (size_t)ncols)
        return false;
    xxgk_subtotal *st = xxgk_doc_alloc(ctx->doc, sizeof *st);
    xxgk_cell *cells = xxgk_doc_alloc(ctx->doc, n * sizeof *cells);
    if (!st || !cells) {
        ctx->fatal = 1;
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (!subtotal_cell(ctx, &ctx->vals.v[f + i], cols[i], &cells[i]))
            return false;
    st->group = g;
    st->span = ctx->subtotal_at;
    st->cells = cells;
    st->ncells = n;
    xxgk_subtotal **link = &ctx->tab->subtotals;
    while (*link)
        link = &(*link)->next;
    *link = st;
    char buf[96];
    ptok lab = {.start = st->span.start, .end = st->span.end};
    bld_text_of(ctx, &lab, buf, sizeof buf);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_GROUP_SUBTOTAL, st->span, buf, g, (int)n);
    return true;
}
