/* Table 三 printed transposed: its columns are the template's rows (the
 * outcomes 一、本年新收… to 四、结转下年度继续办理), its rows the template's
 * columns (the requesters 自然人 … 总计), as some sites and PDFs print it
 * to fit a page. Decided by the header, never by the numbers:
 *
 *   a run of table 三's row labels, each ending with no number, before any
 *   cell of the table (the header), then a requester's label with numbers
 *   after it (the first row)
 *
 * makes the table transposed. Each number then goes to the cell whose row
 * label the header prints above it (the i-th outcome of the header for the
 * i-th number) and whose column label the row prints before it: the report
 * puts it there. The header's labels are in print order the columns'
 * order when they stand on one line, or, over several lines, when they
 * stand in the template's order (a header of two levels, 三、本年度办理结果
 * above its （一）…（七）, prints 四、 before （一）: which column is whose
 * cannot be told then). Read so: P066, a note at the header. Anything that
 * cannot be matched (a label of the header or of a row that is no outcome
 * or no requester, one printed twice, a row of another count of numbers, a
 * requester missing): one P067 for the table at the first such place, and
 * none of its numbers goes to a cell. The diagnostics the header's labels
 * drew as rows without numbers (P007 …) are dropped: the flood this
 * replaces. Costs nothing to a table printed the right way: a row of
 * table 三 with numbers ends the run. */
#include <string.h>

#include "build.h"

enum trans_why {
    TW_NONE = 0,
    TW_HEADER_TEXT,   /* words in the header that are no outcome */
    TW_HEADER_TWICE,  /* an outcome twice in the header */
    TW_HEADER_ORDER,  /* the header over lines, out of the template's order */
    TW_ROW_LABEL,     /* numbers after words that are no requester */
    TW_ROW_TWICE,     /* a requester twice */
    TW_ROW_COUNT,     /* a row of another count of numbers */
    TW_ROW_MISSING,   /* a requester without its row */
};

/* The requesters every transposed table prints a row for; 小计 may be
 * printed too. */
static const int needed_cols[] = {XXGK_C_NATURAL_PERSON,  XXGK_C_COMMERCIAL,     XXGK_C_RESEARCH,
                                  XXGK_C_PUBLIC_INTEREST, XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG,
                                  XXGK_C_TOTAL};

static bool is_requester(int col)
{
    if (col == XXGK_C_LEGAL_SUBTOTAL)
        return true;
    for (size_t i = 0; i < sizeof needed_cols / sizeof *needed_cols; i++)
        if (needed_cols[i] == col)
            return true;
    return false;
}

/* ---- the header: a run of row labels without numbers ---- */

/* Its fields but the labels' arrays, which only n counts (a table's
 * begin asks: no walk of the arrays). */
void bld_trans_reset(parse_ctx *ctx)
{
    struct trans *tr = &ctx->trans;
    tr->n = 0;
    tr->bad_why = tr->why = 0;
    tr->on = tr->failed = false;
    tr->item_col = 0;
    tr->cols_seen = 0;
}

static void header_bad(struct trans *tr, int why, xxgk_span at, int row)
{
    if (tr->bad_why)
        return;
    tr->bad_why = why;
    tr->bad = at;
    tr->bad_row = row;
}

/* A template row of table 三 ended, its label at LABEL; BARE: with no
 * number (text in place of one is words in a header: HAS_TEXT). Called
 * before the row is taken (build_row.c: template_row_end). */
void bld_trans_see_row(parse_ctx *ctx, int row, xxgk_span label, bool bare, bool has_text)
{
    struct trans *tr = &ctx->trans;
    if (!bare || ctx->ncells) {
        if (tr->n)
            bld_trans_reset(ctx);
        return;
    }
    if (has_text)
        header_bad(tr, TW_HEADER_TEXT, label, row);
    if (tr->n == TRANS_ROWS_MAX) {
        header_bad(tr, TW_HEADER_TWICE, label, row); /* more labels than the table has rows */
        return;
    }
    tr->row[tr->n] = row;
    tr->at[tr->n++] = label;
}

static bool line_between(const uint8_t *src, uint32_t a, uint32_t b)
{
    return b > a && (memchr(src + a, '\n', b - a) || memchr(src + a, '\r', b - a));
}

static void fail(parse_ctx *ctx, int why, xxgk_span at, int key, int n);

/* Words in place of a row label (or of a number of a row label that has
 * none yet), NUMBERS numbers after them. Without numbers, in a header run:
 * words that are no outcome. With numbers, right after a header run that
 * prints two outcomes on one line (a header row: no table printed the
 * right way has one) and before any cell: the first row of a transposed
 * table, its label no requester's (P067, the flood of the header's rows
 * dropped: true). */
bool bld_trans_see_words(parse_ctx *ctx, xxgk_span at, int numbers)
{
    struct trans *tr = &ctx->trans;
    if (!tr->n || tr->on)
        return false;
    if (!numbers) {
        header_bad(tr, TW_HEADER_TEXT, at, 0);
        return false;
    }
    bool header_row = false;
    for (int i = 1; i < tr->n && !header_row; i++)
        header_row = !line_between(ctx->doc->src, tr->at[i - 1].end, tr->at[i].start);
    if (!header_row || ctx->ncells) {
        bld_trans_reset(ctx);
        return false;
    }
    tr->on = true;
    bld_trans_drop_flood(ctx, tr->at[0].start, at.start);
    fail(ctx, TW_ROW_LABEL, at, 0, 0);
    return true;
}

/* ---- the rows: a requester's label and its numbers ---- */

static void fail(parse_ctx *ctx, int why, xxgk_span at, int key, int n)
{
    struct trans *tr = &ctx->trans;
    if (tr->failed)
        return;
    tr->failed = true;
    tr->why = why;
    tr->why_at = at;
    tr->why_key = key;
    tr->why_n = n;
    /* no number of the table goes to a cell: none was made before the
     * header (the run needs none), and those made since are undone */
    bld_cells_reset(ctx);
    memset(ctx->tab->row_cells, 0, sizeof ctx->tab->row_cells);
}

/* The codes of a row's reading that the header's labels drew as rows
 * without numbers: dropped once the header is known for what it is. */
static bool flood_code(int code)
{
    return code == XXGK_P_TOO_FEW_VALUES || code == XXGK_P_DUPLICATE_ROW || code == XXGK_P_TEXT_FOR_NUMBER ||
           code == XXGK_P_UNKNOWN_ROW || code == XXGK_P_TEXT_IN_TABLE || code == XXGK_P_BARE_ROWS_UNREAD ||
           code == XXGK_P_NEAR_ROW_LABEL || code == XXGK_P_MISSING_COLUMNS;
}

void bld_trans_drop_flood(parse_ctx *ctx, uint32_t from, uint32_t to)
{
    xxgk_diag *d = ctx->doc->diags;
    while (d) {
        xxgk_diag *next = d->next;
        if (d->span.start >= from && d->span.start < to && flood_code(d->code))
            doc_drop_diag(ctx->doc, d);
        d = next;
    }
}

static bool other_split(int row)
{
    return row == XXGK_R_OTHER_NO_CORRECTION || row == XXGK_R_OTHER_FEE_UNPAID || row == XXGK_R_OTHER_OTHER;
}

/* A header that prints 2021's three rows of （六） prints （六）其他处理 as
 * their group's label (above them, or before them on their line), no
 * column of its own: out of the header's columns. */
static void other_as_group(struct trans *tr)
{
    bool split = false;
    for (int i = 0; i < tr->n && !split; i++)
        split = other_split(tr->row[i]);
    if (!split)
        return;
    int k = 0;
    for (int i = 0; i < tr->n; i++)
        if (tr->row[i] != XXGK_R_OTHER) {
            tr->row[k] = tr->row[i];
            tr->at[k++] = tr->at[i];
        }
    tr->n = k;
}

/* The header's columns, in print order: each number's column is the label
 * above it. A header of one line names them in order. A header over lines
 * whose last line alone names as many labels as the first row has values
 * (a table's grid: a group label above its rows, a label spanning both
 * lines printed on each) names them on that line, the lines above are
 * groups. Else its labels, all lines read in order, are the columns only
 * in the template's order (a long header wrapped onto a second line):
 * a header of two levels read in print order would put 四、 before
 * （一）. NVALS: the values of the first row. */
static void check_header(parse_ctx *ctx, size_t nvals)
{
    struct trans *tr = &ctx->trans;
    const uint8_t *src = ctx->doc->src;
    int last = 0; /* the first label of the header's last line */
    for (int i = 1; i < tr->n; i++)
        if (line_between(src, tr->at[i - 1].end, tr->at[i].start))
            last = i;
    if (last > 0 && (size_t)(tr->n - last) == nvals) {
        memmove(tr->row, tr->row + last, (size_t)(tr->n - last) * sizeof *tr->row);
        memmove(tr->at, tr->at + last, (size_t)(tr->n - last) * sizeof *tr->at);
        tr->n -= last;
        last = 0;
        if (tr->bad_why && tr->bad.start < tr->at[0].start)
            tr->bad_why = 0; /* words among the groups above */
    }
    other_as_group(tr);
    if (tr->bad_why) {
        fail(ctx, tr->bad_why, tr->bad, tr->bad_row, 0);
        return;
    }
    for (int i = 0; i < tr->n; i++)
        for (int j = 0; j < i; j++)
            if (tr->row[j] == tr->row[i]) {
                fail(ctx, TW_HEADER_TWICE, tr->at[i], tr->row[i], 0);
                return;
            }
    if (!last)
        return; /* one line */
    for (int i = 1; i < tr->n; i++)
        if (tr->row[i] < tr->row[i - 1]) {
            fail(ctx, TW_HEADER_ORDER, tr->at[i], tr->row[i], tr->row[i - 1]);
            return;
        }
}

/* The values of a requester's row, [f, f + n) of ctx->vals without
 * layout padding, to the cells of the header's outcomes. */
static void take_line(parse_ctx *ctx)
{
    struct trans *tr = &ctx->trans;
    int col = tr->item_col;
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    if (!col || !is_requester(col)) {
        fail(ctx, TW_ROW_LABEL, tr->item_at, 0, 0);
        return;
    }
    if (tr->cols_seen & (1u << col)) {
        fail(ctx, TW_ROW_TWICE, tr->item_at, col, 0);
        return;
    }
    tr->cols_seen |= 1u << col;
    if (n != (size_t)tr->n) {
        fail(ctx, TW_ROW_COUNT, tr->item_at, col, (int)n);
        return;
    }
    for (int i = 0; i < tr->n; i++) {
        const char *name = NULL;
        bld_row_cells(ctx, XXGK_TABLE_REQUESTS, tr->row[i], &col, 1, NULL, f + (size_t)i, 1, &name);
    }
}

/* A header item of table 三 ends (b_stray_end) with NUMBERS numbers among
 * its values: the first row of a transposed table after its header, or a
 * further row of one. True when it was taken so. */
bool bld_trans_values(parse_ctx *ctx, int numbers)
{
    struct trans *tr = &ctx->trans;
    if (!tr->on) {
        if (tr->n < 2 || !numbers || !tr->item_col || ctx->ncells)
            return false;
        tr->on = true;
        bld_trans_drop_flood(ctx, tr->at[0].start, tr->item_at.start);
        size_t f, n;
        bld_trim_padding(&ctx->vals, &f, &n);
        check_header(ctx, n);
    }
    if (!tr->failed && numbers)
        take_line(ctx);
    return true;
}

/* A row label or words where a requester's row should be, in a table read
 * transposed, with NUMBERS numbers after it: no requester. */
void bld_trans_row(parse_ctx *ctx, xxgk_span at, int numbers)
{
    if (numbers)
        fail(ctx, TW_ROW_LABEL, at, 0, 0);
}

/* ---- the table's end ---- */

/* LABEL's words for a message, at most about 60 bytes, cut on a code
 * point. */
static void words_at(const parse_ctx *ctx, xxgk_span at, char *buf, size_t size)
{
    size_t n = at.end - at.start;
    if (n > 60) {
        n = 60;
        while (n > 0 && (ctx->doc->src[at.start + n] & 0xC0) == 0x80)
            n--;
    }
    if (n >= size)
        n = size - 1;
    memcpy(buf, ctx->doc->src + at.start, n);
    buf[n] = 0;
    for (size_t i = 0; i < n; i++)
        if (buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r')
            buf[i] = ' ';
}

static void why_text(parse_ctx *ctx, char *buf, size_t size)
{
    const struct trans *tr = &ctx->trans;
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char words[64];
    words_at(ctx, tr->why_at, words, sizeof words);
    switch (tr->why) {
    case TW_HEADER_TEXT:
        snprintf(buf, size,
                 zh ? "表头中“%s”处不是模板的一行" : "'%s' in its header is no row of the template", words);
        break;
    case TW_HEADER_TWICE:
        snprintf(buf, size, zh ? "表头中%s出现两次" : "its header prints %s twice",
                 bld_row_name(ctx, tr->why_key));
        break;
    case TW_HEADER_ORDER:
        snprintf(buf, size,
                 zh ? "表头分多行排列且%s排在%s之前，无法确定各数字所在的列"
                    : "its header stands on more than one line and prints %s after %s: which column is whose "
                      "cannot be told",
                 zh ? bld_row_name(ctx, tr->why_n) : bld_row_name(ctx, tr->why_key),
                 zh ? bld_row_name(ctx, tr->why_key) : bld_row_name(ctx, tr->why_n));
        break;
    case TW_ROW_LABEL:
        snprintf(buf, size,
                 zh ? "“%s”后的数字所在的行不是申请人（自然人……总计）之一"
                    : "the numbers after '%s' stand in a row that is no requester (自然人 … 总计)",
                 words);
        break;
    case TW_ROW_TWICE:
        snprintf(buf, size, zh ? "申请人%s出现两次" : "the requester %s is printed twice",
                 xxgk_tpl_col_name(tr->why_key));
        break;
    case TW_ROW_COUNT:
        snprintf(buf, size,
                 zh ? "申请人%s一行有 %d 个数值，而表头有 %d 列"
                    : "the requester %s has %d value(s) for the header's %d columns",
                 xxgk_tpl_col_name(tr->why_key), tr->why_n, tr->n);
        break;
    case TW_ROW_MISSING:
        snprintf(buf, size, zh ? "缺少申请人%s一行" : "the requester %s has no row",
                 xxgk_tpl_col_name(tr->why_key));
        break;
    default:
        snprintf(buf, size, "?");
    }
}

/* At the table's end of a table printed transposed: P066 when it was read
 * so (the header's rows are the rows seen: a row missing from the header
 * is P015 as in a table printed the right way), else P067 and no cell.
 * True after P067: the table's rows are not checked (one error says it
 * all). */
bool bld_trans_end(parse_ctx *ctx, uint32_t end_at)
{
    struct trans *tr = &ctx->trans;
    if (!tr->on)
        return false;
    if (!tr->failed)
        for (size_t i = 0; i < sizeof needed_cols / sizeof *needed_cols; i++)
            if (!(tr->cols_seen & (1u << needed_cols[i]))) {
                fail(ctx, TW_ROW_MISSING, span_of(end_at, end_at), needed_cols[i], 0);
                break;
            }
    if (tr->failed) {
        char why[512];
        why_text(ctx, why, sizeof why);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED_UNREAD, tr->why_at, why);
        return true;
    }
    for (int i = 0; i < tr->n; i++)
        if (!ctx->row_seen[tr->row[i]]) { /* 2019's （六）其他处理, a column here */
            ctx->row_seen[tr->row[i]] = true;
            ctx->row_spans[tr->row[i]] = tr->at[i];
        }
    xxgk_doc_add_diag(ctx->doc, XXGK_P_TRANSPOSED, tr->at[0], tr->n,
                      __builtin_popcount(tr->cols_seen));
    return false;
}
