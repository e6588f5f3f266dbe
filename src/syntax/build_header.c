/* A table's header as the builder meets it (the labels a table uses, rows
 * and columns, are kept by bld_record_label in build.h): the 法人或其他组织
 * columns of table 三 in their printed order, the printed column order
 * against the template's (P022), whether a header holds every column
 * (P024), and the heading a table is named by.
 * Read by the table's end (build_table.c) and by the rows (build_row.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "script_fold.h"
#include "utf8.h"
#include "filter_text.h"
#include "units.h"

/* The five 法人或其他组织 columns as printed, when the header names each of
 * them once (a permutation of the template's); else the template's. */
static bool printed_org_order(const parse_ctx *ctx)
{
    if (ctx->org_cols_seen != 5)
        return false;
    unsigned seen = 0;
    for (int i = 0; i < 5; i++)
        seen |= 1u << (ctx->org_order[i] - XXGK_C_COMMERCIAL);
    return seen == 0x1F;
}

/* The keys of the columns cols[0, n). */
static col_range range_of(const int *cols, int n)
{
    col_range r = {XXGK_C__COUNT, 0, 0};
    for (int i = 0; i < n; i++) {
        if (cols[i] <= 0 || cols[i] >= XXGK_C__COUNT)
            continue;
        r.c0 = cols[i] < r.c0 ? cols[i] : r.c0;
        r.c1 = cols[i] > r.c1 ? cols[i] : r.c1;
        r.keyed++;
    }
    return r;
}

/* ---- where a header word stands ----
 * A header printed over several lines (merged cells: 法人或其他组织 above
 * its five columns) says a word's column by its place on its line, not by
 * the order of the lines. Two words on one line are in that line's order.
 * On two lines: by TAB field when both lines have as many TABs (rows of
 * one TAB grid, merged cells padded), by the display column of the word's centre when neither has and
 * both are laid out in columns (two spaces in a row: pdftotext -layout,
 * which centres a merged cell's word; text one space between words has no
 * columns). Words at the very start of their lines (one cell per line), a
 * word alone on its line above a TAB row, or words at the same field or
 * column have no order: a PDF's text prints a merged cell's word first, above the words
 * it spans, whatever its column. */
struct place {
    xxgk_span line;
    int field, tabs; /* TABs before the word, on the line */
    bool first, tabbed;
    bool aligned; /* two spaces in a row somewhere: laid out in columns */
};

enum order { UNSAID, BEFORE, AFTER };

/* Display columns of [from, to): wide (East Asian) characters, U+2E80
 * on, count 2 (build.h: the header's places and space-aligned rows). */
int bld_display_width(const uint8_t *s, uint32_t from, uint32_t to)
{
    int w = 0;
    while (from < to) {
        if (s[from] < 0x80) {
            w++;
            from++;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + from, to - from, &cp);
        if (l <= 0)
            l = 1, cp = '?';
        w += cp >= 0x2E80 ? 2 : 1;
        from += (uint32_t)l;
    }
    return w;
}

/* A header line is a line of a table's header, not a page of glued text:
 * longer, its words have no column (and are not walked once a header). */
enum { HEADER_LINE_MAX = 4096 };

/* The place of H on its line LINE (shorter than HEADER_LINE_MAX): the
 * TABs and a first space of two found by memchr (a header line has few
 * TABs, and most of its spaces stand in a run when it is laid out in
 * columns), not each byte tested for all of them. */
static struct place place_of(const parse_ctx *ctx, const struct hdr_word *h, xxgk_span line)
{
    const uint8_t *s = ctx->doc->src, *end = s + line.end, *at = s + h->at;
    struct place p = {line, 0, 0, true, false, false};
    for (const uint8_t *t = s + line.start; t < at && p.first; t++)
        p.first = *t == '|'; /* else indented: a column of space-aligned text */
    for (const uint8_t *t = s + line.start; (t = memchr(t, '\t', (size_t)(end - t))) != NULL; t++) {
        p.tabs++;
        p.field += t < at;
    }
    p.tabbed = p.tabs > 0;
    for (const uint8_t *t = s + line.start; !p.aligned && (t = memchr(t, ' ', (size_t)(end - t))) != NULL; t++)
        p.aligned = t + 1 < end && t[1] == ' ';
    return p;
}

/* Twice the display column of H's centre on its line LINE: asked last,
 * only of words both laid out in columns (the lines decoded). */
static int centre_of(const parse_ctx *ctx, const struct hdr_word *h, xxgk_span line)
{
    const uint8_t *s = ctx->doc->src;
    return 2 * bld_display_width(s, line.start, h->at) + bld_display_width(s, h->at, h->end);
}

static int pipe_field(parse_ctx *ctx, uint32_t at, int *all);

/* Whether A stands before B in the header (both printed), as far as the
 * header says: two words of one markdown grid (rows of one count of
 * cells) by their cells, a row read across its wrapped lines (pipe_field,
 * no line looked up before the text's first '|' line); else by the places
 * below. */
static enum order word_order(parse_ctx *ctx, const struct hdr_word *a, const struct hdr_word *b)
{
    if (doc_same_line(ctx->doc, a->at, b->at))
        return a->at < b->at ? BEFORE : AFTER;
    xxgk_span la = xxgk_doc_line(ctx->doc, a->at), lb = xxgk_doc_line(ctx->doc, b->at);
    if (la.end - la.start > HEADER_LINE_MAX || lb.end - lb.start > HEADER_LINE_MAX)
        return UNSAID;
    int na, nb, fa = pipe_field(ctx, a->at, &na), fb = fa ? pipe_field(ctx, b->at, &nb) : 0;
    if (fa && fb && na == nb) /* one markdown grid: by cells, a row read across its wrapped lines */
        return fa == fb ? UNSAID : fa < fb ? BEFORE : AFTER;
    struct place pa = place_of(ctx, a, la), pb = place_of(ctx, b, lb);
    if (pa.tabbed != pb.tabbed || pa.tabs != pb.tabs)
        return UNSAID; /* a word alone above a TAB row; rows not of one grid (merged cells not padded) */
    if (pa.tabbed) /* leading TABs are empty cells of the grid */
        return pa.field == pb.field ? UNSAID : pa.field < pb.field ? BEFORE : AFTER;
    if ((pa.first && pb.first) || !pa.aligned || !pb.aligned)
        return UNSAID; /* one cell per line, or words one space apart: no columns */
    int ca = centre_of(ctx, a, la), cb = centre_of(ctx, b, lb);
    return ca / 2 == cb / 2 ? UNSAID : ca < cb ? BEFORE : AFTER;
}

/* Two words on one line. */
static bool header_line_holds(const parse_ctx *ctx, const struct hdr_word *a, const struct hdr_word *b)
{
    return doc_same_line(ctx->doc, a->at, b->at);
}

/* A header word seen: the first place of its unit is kept, and how often
 * the unit was printed. */
static void see_word(struct hdr_word *h, const ptok *t)
{
    if (!h->seen++) {
        h->at = t->start;
        h->end = t->end;
        h->entry = t->entry;
    }
}

/* The template's text of a header word (a column, or table 三's and 四's
 * header words), for messages. */
static const char *word_text(int kind, int table, int key)
{
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind == kind && e->table == table && e->key == key && !e->variant)
            return e->display;
    }
    return xxgk_col_key(key);
}

/* P030: the header is printed in another order than the template's (A
 * before B) and does not say where WHAT stands: its numbers go to no cell. */
static void header_unmapped(parse_ctx *ctx, int table, const struct hdr_word *a, const struct hdr_word *b,
                            const char *what)
{
    xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_UNMAPPED, span_of(a->at, a->end), bld_table_numeral(table),
                      bld_canonical_text(label_entry_at(a->entry)),
                      bld_canonical_text(label_entry_at(b->entry)), what);
}

/* The printed order P022 names, when none was noted yet. */
static void note_order(parse_ctx *ctx, const struct hdr_word *a, const struct hdr_word *b)
{
    if (ctx->reorder_seen)
        return;
    ctx->reorder_seen = true;
    ctx->reorder_at = span_of(a->at, a->end);
    ctx->reorder_before = a->entry;
    ctx->reorder_after = b->entry;
}

/* ---- table 三's top header: 自然人, 法人或其他组织, 总计 ---- */
enum { REQ_NATURAL, REQ_LEGAL, REQ_TOTAL, REQ_UNITS };

void bld_requests_units_reset(parse_ctx *ctx)
{
    memset(ctx->req_units, 0, sizeof ctx->req_units);
    memset(&ctx->req_subtotal, 0, sizeof ctx->req_subtotal);
    memset(&ctx->req_other, 0, sizeof ctx->req_other);
    memset(&ctx->req_group, 0, sizeof ctx->req_group);
    memset(&ctx->req_group_last, 0, sizeof ctx->req_group_last);
    ctx->req_stray = span_of(0, 0);
    ctx->nreq_strays = 0;
    ctx->extra_last = span_of(0, 0);
    ctx->remark_from = ctx->remark_line_end = 0;
    ctx->req_stray_over_by = 0;
    ctx->req_stray_diag = NULL;
    ctx->req_stray_fit = ctx->req_stray_over = 0;
    ctx->req_legal_head = false;
    ctx->req_units_stale = false;
}

static bool is_heji(int entry)
{
    return strcmp(label_entry_at(entry)->text, "合计") == 0;
}

/* 小计 or 合计 in table 三's header: 小计 printed anywhere in it is the
 * subtotal's word (a 合计 beside it is the total: heji_as_total), else the
 * first 合计. */
static void see_subtotal_word(struct hdr_word *s, const ptok *t)
{
    if (s->seen && is_heji(s->entry) && !is_heji(t->entry))
        memset(s, 0, sizeof *s);
    see_word(s, t);
}

/* A word of table 三's header: 自然人, 总计, 法人或其他组织 (HEAD), or a
 * column under it (商业企业 … 其他, 小计), which places the legal unit only
 * while 法人或其他组织 itself is not printed. */
void bld_requests_word(parse_ctx *ctx, const ptok *t, bool head)
{
    bool top = head || t->key == XXGK_C_NATURAL_PERSON || t->key == XXGK_C_TOTAL;
    if (ctx->req_units_stale && top)
        bld_requests_units_reset(ctx); /* the top row printed again */
    if (head) {
        if (!ctx->req_legal_head)
            ctx->req_units[REQ_LEGAL].seen = 0;
        ctx->req_legal_head = true;
        see_word(&ctx->req_units[REQ_LEGAL], t);
    } else if (t->key == XXGK_C_NATURAL_PERSON) {
        see_word(&ctx->req_units[REQ_NATURAL], t);
    } else if (t->key == XXGK_C_TOTAL) {
        see_word(&ctx->req_units[REQ_TOTAL], t);
    } else if (!ctx->req_legal_head && !ctx->req_units[REQ_LEGAL].seen && !ctx->req_units_stale) {
        see_word(&ctx->req_units[REQ_LEGAL], t);
    }
    if (!head && t->key == XXGK_C_LEGAL_SUBTOTAL)
        see_subtotal_word(&ctx->req_subtotal, t);
    if (!head && t->key == XXGK_C_OTHER_ORG)
        see_word(&ctx->req_other, t);
    if (!head && t->key >= XXGK_C_COMMERCIAL && t->key <= XXGK_C_OTHER_ORG) {
        see_word(&ctx->req_group, t);
        memset(&ctx->req_group_last, 0, sizeof ctx->req_group_last);
        see_word(&ctx->req_group_last, t);
    }
}

/* Words of table 三's header that name no column (P019 said), between
 * its first column word and its first row: kept for the rows that print
 * one value more than the header's columns (bld_requests_stray_row). */
/* Is the word at AT on a line of the header's column words (自然人,
 * 法人或其他组织, 总计, 其他, 小计), not a note line of its own? */
static bool on_column_line(const parse_ctx *ctx, uint32_t at)
{
    const struct hdr_word *w[] = {&ctx->req_units[REQ_NATURAL], &ctx->req_units[REQ_LEGAL],
                                  &ctx->req_units[REQ_TOTAL], &ctx->req_other, &ctx->req_subtotal};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (w[i]->seen && doc_same_line(ctx->doc, w[i]->at, at))
            return true;
    return false;
}

/* The first two characters of 法人 column KEY's template label, folded
 * (科研, 商业, 社会, 法律, 其他), into OUT; its length in bytes. */
static size_t org_label_start(int key, char out[16], size_t *label_len)
{
    const char *d = word_text(LK_COL, XXGK_TABLE_REQUESTS, key);
    char f[64];
    size_t n = label_fold((const uint8_t *)d, strlen(d), f, sizeof f), k = 0;
    for (int chars = 0; k < n && chars < 2; chars++)
        for (k++; k < n && (f[k] & 0xC0) == 0x80; k++)
            ;
    memcpy(out, f, k);
    out[k] = 0;
    *label_len = n;
    return k;
}

/* header → columns (table 三), a PDF: a header cell that names no column
 * but is made of the starts of two or more 法人 labels and nothing more
 * (科研机商业企社会公益: narrow cells' word boxes glued into one word on
 * one line) prints those columns, its order theirs. The glue is read
 * left to right, so starts in the template's order (商业企科研机) agree
 * with it: the rows take the template's order as before. Starts in
 * another order (科研机 before 商业企) say the columns are printed in
 * another order, but not where each stands (the labels not in it are
 * elsewhere, the glue gives no column's x): no order of the 法人 columns
 * is certain, and the table's values are withheld (P106 at the table's
 * end, bld_note_reorder). Cost: five substring searches of the one
 * word, once per such word of the header. */
static void see_glued_org_cell(parse_ctx *ctx, xxgk_span at)
{
    char f[256];
    size_t n = label_fold(ctx->doc->src + at.start, at.end - at.start, f, sizeof f - 1), whole = 0;
    f[n] = 0;
    const char *pos[5];
    int found = 0, first = -1, second = -1;
    for (int i = 0; i < 5; i++) {
        char start[16];
        size_t len;
        org_label_start(XXGK_C_COMMERCIAL + i, start, &len);
        pos[i] = start[0] ? strstr(f, start) : NULL;
        found += pos[i] != NULL;
        whole += pos[i] ? len : 0;
        for (int j = 0; j < i && pos[i] && first < 0; j++)
            if (pos[j] && pos[i] < pos[j])
                first = i, second = j; /* i printed before j, the template's later column */
    }
    if (found < 2 || n > whole || first < 0)
        return;
    ctx->req_org_glued = at;
    ctx->req_org_glued_keys[0] = XXGK_C_COMMERCIAL + first;
    ctx->req_org_glued_keys[1] = XXGK_C_COMMERCIAL + second;
}

void bld_requests_stray_word(parse_ctx *ctx, xxgk_span at)
{
    const struct hdr_word *u = ctx->req_units;
    bool header = u[REQ_NATURAL].seen || u[REQ_LEGAL].seen || u[REQ_TOTAL].seen || ctx->org_cols_seen;
    if (header && ctx->doc->page_starts && !ctx->req_org_glued.end)
        see_glued_org_cell(ctx, at);
    if (!header || ctx->nreq_cols || !on_column_line(ctx, at.start))
        return;
    if (!ctx->req_stray.end)
        ctx->req_stray = at;
    if (ctx->nreq_strays < (int)(sizeof ctx->req_strays / sizeof ctx->req_strays[0]))
        ctx->req_strays[ctx->nreq_strays] = at;
    ctx->nreq_strays++;
}

/* A remark column's header word: 备注 (備註, 備注), 说明 (說明), the
 * column agencies add after a table's last (Word templates carry it). */
static bool remark_word(const uint8_t *w, uint32_t len)
{
    static const char *const words[] = {"备注", "備註", "備注", "说明", "說明"};
    for (size_t i = 0; len == 6 && i < sizeof words / sizeof words[0]; i++)
        if (memcmp(w, words[i], 6) == 0)
            return true;
    return false;
}

/* Is nothing but blanks, TABs and | after AT on its line? */
static bool last_on_line(const parse_ctx *ctx, xxgk_span at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t end = xxgk_doc_line(ctx->doc, at.start).end;
    for (uint32_t i = at.end; i < end; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '|' && src[i] != '\r')
            return false;
    return true;
}

/* Is the word at AT a remark column's (asked first: most text is not)? */
static bool remark_at(const parse_ctx *ctx, xxgk_span at)
{
    return remark_word(ctx->doc->src + at.start, at.end - at.start);
}

/* A remark column's word AT (remark_at), last on its line and printed after the
 * header's last column on a line of the header's words (AFTER_LAST: as
 * each table's header tells it), is a column the template does not have,
 * after its last (its rows' cells there are remarks: 无, blank, a note):
 * said once a header here (P133), no P019 nor P082; kept for the rows
 * (bld_extra_cell). The one rule of tables 二, 三 and 四. */
static bool extra_column(parse_ctx *ctx, int table, bool after_last, xxgk_span at)
{
    if (!after_last || ctx->extra_last.end || !last_on_line(ctx, at))
        return false;
    ctx->extra_last = at;
    char word[16];
    snprintf(word, sizeof word, "%.*s", (int)(at.end - at.start), (const char *)ctx->doc->src + at.start);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_EXTRA_LAST_COLUMN, at, word, bld_table_numeral(table));
    return true;
}

/* Table 三: 备注 after the header's 总计 on a line of its column words. A
 * word elsewhere (before 总计, one a line, a note line of its own) keeps
 * today's reading. */
bool bld_requests_extra_column(parse_ctx *ctx, xxgk_span at)
{
    const struct hdr_word *total = &ctx->req_units[REQ_TOTAL];
    if (!remark_at(ctx, at))
        return false;
    return extra_column(ctx, XXGK_TABLE_REQUESTS,
                        !ctx->nreq_cols && total->seen && total->end <= at.start && on_column_line(ctx, at.start),
                        at);
}

static bool on_header_line(const uint8_t *src, uint32_t from, uint32_t at);

/* Is table 二's remark column (extra_last) the present header's? A header
 * printed since (信息内容 or a column word after it) has its own columns;
 * a clause sharing （五）'s header (its head_word_end cleared) keeps it. */
static bool proactive_extra_current(const parse_ctx *ctx)
{
    return ctx->extra_last.end && ctx->extra_last.start >= ctx->head_word_end;
}

/* Table 二: 备注 after a clause header's last column, on its line (the
 * header still open: no row read under it yet). */
bool bld_proactive_extra_column(parse_ctx *ctx, xxgk_span at)
{
    if (!remark_at(ctx, at))
        return false;
    if (!proactive_extra_current(ctx))
        ctx->extra_last = span_of(0, 0); /* an earlier clause's header's */
    return extra_column(ctx, XXGK_TABLE_PROACTIVE,
                        ctx->ncols > 0 && !ctx->cols_closed && ctx->head_word_end &&
                            at.start >= ctx->head_word_end && on_header_line(ctx->doc->src, ctx->head_word_end, at.start),
                        at);
}

/* Table 四: 备注 after the last result word the header prints, on its
 * line (the header's last run: 复议后起诉's 总计). */
bool bld_appeals_extra_column(parse_ctx *ctx, xxgk_span at)
{
    int r = ctx->napp_runs - 1;
    if (!remark_at(ctx, at))
        return false;
    const struct hdr_word *last = r >= 0 && ctx->app_run_n[r] ? &ctx->app_runs[r][ctx->app_run_n[r] - 1] : NULL;
    return extra_column(ctx, XXGK_TABLE_APPEALS,
                        last && last->end <= at.start && doc_same_line(ctx->doc, last->at, at.start), at);
}

/* Is TABLE's remark column (extra_column) the present header's? */
bool bld_extra_current(const parse_ctx *ctx, int table)
{
    return ctx->extra_last.end && (table != XXGK_TABLE_PROACTIVE || proactive_extra_current(ctx));
}

/* Are the row's N values from F all cells (numbers, blanks, 无)? Text
 * in a value's place (P009) shifts the values after it: a number in the
 * remark's place is then the row's last value moved there, no remark (the
 * row's P009 tells). */
static bool values_only(const cellbuf *b, size_t f, size_t n)
{
    for (size_t i = f; i < f + n; i++)
        if (b->v[i].tok != NUMBER && b->v[i].tok != EMPTY)
            return false;
    return true;
}

/* A row of *N values from F under a header of TABLE whose last column is
 * a remark column (extra_column): one over its NCOLS columns, its last
 * value is that column's cell, no value of the template's (a 无, a number
 * written as a remark); as many as its columns or fewer, a last cell that
 * is no number (无, －, a blank printed) is the remark's too, the values
 * before it the row's: fewer than its columns, the row's P007 as without
 * the column, never a value shifted into the column the remark holds.
 * Where the row's printed cells end (its label's END with none) is kept:
 * text after it on its line is the row's remark (build_row.c row_remark). The
 * values' pointer is taken once the row has one (none: vals.v may be
 * NULL, and NULL + 0 is undefined). */
void bld_extra_cell(parse_ctx *ctx, int table, int row, int ncols, size_t f, size_t *n, uint32_t end)
{
    if (!bld_extra_current(ctx, table))
        return;
    ctx->remark_from = ctx->vals.n ? ctx->vals.v[ctx->vals.n - 1].end : end;
    ctx->remark_row = row;
    if (*n == 0)
        return;
    const ptok *last = &ctx->vals.v[f + *n - 1];
    if ((int)*n == ncols + 1 || ((int)*n <= ncols && last->tok != NUMBER)) {
        (*n)--;
        /* …⇥15⇥3: a number as the remark; 无, －, a blank there say the row has none */
        if (last->tok == NUMBER && values_only(&ctx->vals, f, *n))
            bld_keep_remark(ctx, row, last->start);
    }
}

/* The remark that starts at START: its text up to its line's end or the
 * first TAB after it (a TAB parts a cell of its own), blanks (' ',
 * TAB, U+3000) off both ends. The rule reads the whole of it as the remark (含备案 12 件, 含3件:
 * words and one number), in whatever pieces the tokens come. */
static xxgk_span remark_text(const parse_ctx *ctx, uint32_t start)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t end = xxgk_doc_line(ctx->doc, start).end;
    const uint8_t *tab = memchr(src + start, '\t', end - start);
    if (tab)
        end = (uint32_t)(tab - src);
    for (;;) { /* blanks at either end, full-width ones (U+3000: E3 80 80) too, are no text */
        if (start < end && (src[start] == ' ' || src[start] == '\t' || src[start] == '\r'))
            start++;
        else if (end - start >= 3 && memcmp(src + start, "\xE3\x80\x80", 3) == 0)
            start += 3;
        else if (end > start && (src[end - 1] == ' ' || src[end - 1] == '\t' || src[end - 1] == '\r'))
            end--;
        else if (end - start >= 3 && memcmp(src + end - 3, "\xE3\x80\x80", 3) == 0)
            end -= 3;
        else
            return span_of(start, end);
    }
}

/* Only blanks (space, TAB, CR, U+3000) from AT to its line's end? */
static bool line_rest_blank(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t end = xxgk_doc_line(ctx->doc, at).end;
    while (at < end) {
        if (src[at] == ' ' || src[at] == '\t' || src[at] == '\r')
            at++;
        else if (end - at >= 3 && memcmp(src + at, "\xE3\x80\x80", 3) == 0)
            at += 3;
        else
            return false;
    }
    return true;
}

/* Text from START under the remark column taken as the remark of ROW
 * (the row ending at remark_from: build_row.c row_remark; table 四's one
 * printed row, XXGK_R_NONE: appeals_remark; a number in the column's
 * place, bld_extra_cell), kept on the table: one remark a row, a piece
 * inside it (its words' tokens one by one, a short row's remark asked
 * again once the row is settled) kept once, its wrap line extending it. A
 * slice of the input; its digits no cell (`counts`). */
void bld_keep_remark(parse_ctx *ctx, int row, uint32_t start)
{
    xxgk_table *t = ctx->tab;
    if (!t)
        return;
    xxgk_remark *r = ctx->remark_last_tab == t ? ctx->remark_last : NULL;
    if (r && start >= r->span.start && start < r->span.end) {
        /* a piece inside it (its next word; asked again once its row was
         * settled: that row's), its line not walked again: a line of
         * thousands of words stays linear */
        r->row = row;
        return;
    }
    xxgk_span sp = remark_text(ctx, start);
    if (sp.end <= sp.start)
        return;
    if (r && ctx->remark_of == ctx->remark_from && sp.start >= r->span.end) {
        /* its wrap, on a later line; a piece after a TAB on its own line
         * is no part of it: the TAB ended the remark's cell */
        if (doc_same_line(ctx->doc, r->span.end, sp.start) || !line_rest_blank(ctx, r->span.end))
            return; /* after a TAB on the remark's line; or a wrap of a line with such text (the slice would hold it) */
        r->span.end = sp.end;
    } else {
        r = xxgk_doc_alloc(ctx->doc, sizeof *r);
        if (!r) {
            ctx->fatal = 1;
            return;
        }
        *r = (xxgk_remark){.row = row, .span = sp};
        xxgk_remark **link = ctx->remark_last_tab == t ? &ctx->remark_last->next : &t->remarks;
        while (*link) /* only after another table's remarks were kept in between */
            link = &(*link)->next;
        *link = r;
        ctx->remark_last = r;
        ctx->remark_last_tab = t;
        ctx->remark_of = ctx->remark_from;
    }
    r->counts = r->counts || bld_digits_in(ctx->doc->src, sp.start, sp.end);
}

/* The header's words that name no column, as P082 names them: each in
 * the printed order, joined by 、 (共计、备注), into BUF. */
static void stray_words_text(const parse_ctx *ctx, char *buf, size_t size)
{
    const uint8_t *src = ctx->doc->src;
    int n = ctx->nreq_strays < 4 ? ctx->nreq_strays : 4;
    size_t at = 0;
    buf[0] = 0;
    for (int i = 0; i < n && at + 1 < size; i++) {
        uint32_t len = ctx->req_strays[i].end - ctx->req_strays[i].start;
        int w = snprintf(buf + at, size - at, "%s%.*s", i ? "、" : "", (int)(len < 60 ? len : 60),
                         (const char *)src + ctx->req_strays[i].start);
        if (w < 0 || (size_t)w >= size - at)
            break; /* the words that fit: P082 is told at the first */
        at += (size_t)w;
    }
}

/* header → rows (table 三): a row of N values, over the header's NCOLS
 * columns by no more than the header's words that name no column (on a
 * line of its column words), and more rows so far over than fitting: the
 * words are the columns the template lacks, told once at the first
 * (P082) for all rows over by as many values as the first such row, each
 * row's values a note of it (their cells carry it). Its count is that
 * row's: a row over by another count is not what it counts (its own
 * P006). True when told so (else the row's own P006). */
bool bld_requests_stray_row(parse_ctx *ctx, int ncols, int n, xxgk_span values)
{
    if (!ctx->req_stray.end || n - ncols > ctx->nreq_strays)
        return false;
    if (ctx->req_stray_diag && n - ncols != ctx->req_stray_over_by)
        return false;
    /* the word is a column only when the rows say so: more of them run
     * over than fit, so far (one exceptional row under a header that fits
     * the rest is that row's P006) */
    if (!ctx->req_stray_diag && ++ctx->req_stray_over <= ctx->req_stray_fit)
        return false;
    if (!ctx->req_stray_diag) {
        char words[128];
        stray_words_text(ctx, words, sizeof words);
        ctx->req_stray_diag = xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_STRAY_COLUMN, ctx->req_stray, words,
                                                bld_table_numeral(XXGK_TABLE_REQUESTS), n, ncols);
        if (!ctx->req_stray_diag)
            return false;
        ctx->req_stray_over_by = n - ncols;
    }
    bld_doubt_row(ctx, ctx->req_stray_diag, values);
    return true;
}

/* The table's first header read in ORDER (ORDER[i] the unit i-th from
 * the left): kept, the order a header printed again is held to. */
static void first_order(parse_ctx *ctx, const int order[REQ_UNITS])
{
    if (ctx->req_first_read)
        return;
    for (int i = 0; i < REQ_UNITS; i++)
        ctx->req_first_rank[order[i]] = i;
    ctx->req_first_read = true;
}

static bool tab_in(const parse_ctx *ctx, uint32_t from, uint32_t to);

/* header → columns (table 三): 法人或其他组织 printed on one line after
 * the margin, filling it to its end (法人或其), its rest at the very
 * margin of the next (他组织), in space-aligned text (no TAB, not a
 * markdown row): a fold at a fixed width cut it, which padding never
 * does (a word wrapped inside its cell goes on under its own column).
 * The fold's continuation starts at the margin whatever column it was
 * printed in, so the display columns of the two lines do not compare.
 * Two line look-ups and a few bytes. */
static bool legal_head_cut(const parse_ctx *ctx)
{
    const struct hdr_word *h = &ctx->req_units[REQ_LEGAL];
    if (!ctx->req_legal_head || h->seen != 1)
        return false;
    /* most headers print the word on one line: asked of its bytes, not
     * of the line index (n.start == l.start below) */
    if (doc_same_line(ctx->doc, h->at, h->end - 1))
        return false;
    const uint8_t *s = ctx->doc->src;
    xxgk_span l = xxgk_doc_line(ctx->doc, h->at), n = xxgk_doc_line(ctx->doc, h->end - 1);
    if (n.start == l.start || n.start < l.end || l.end - l.start > HEADER_LINE_MAX || h->at == l.start ||
        s[l.start] == '|')
        return false;
    int len;
    /* a blank of any kind (U+3000 too) before 他组织 is its cell's indent, no margin */
    bool ends_line = s[l.end - 1] != ' ', at_margin = !ft_blank_at(s, n.start, n.end, &len) && n.start < h->end;
    return ends_line && at_margin && !tab_in(ctx, l.start, n.end);
}

static bool org_word_cut(const parse_ctx *ctx, xxgk_span l);

/* Does a 法人 word of the header run over a line break? org_word_cut
 * finds a word only where one does (a line start inside it), so while
 * none does no line of the header is such a cut: asked of the words'
 * few bytes (doc_same_line), not of five line look-ups. */
static bool org_word_broken(const parse_ctx *ctx)
{
    for (int k = 0; k < 5; k++) {
        xxgk_span w = ctx->org_at[k];
        if (w.end > w.start && !doc_same_line(ctx->doc, w.start, w.end - 1))
            return true;
    }
    return false;
}

/* Whether a fold at a fixed width cut a word of table 三's header: its
 * top row's 法人或其他组织 (legal_head_cut) or a 法人 word (org_word_cut:
 * 法律服务 ⏎ 机构). A fold folds every line of the text, so the header's
 * lines are all the fold's pieces, each starting at the margin whatever
 * column it was printed in. Five line look-ups at most. */
static bool header_fold_cut(const parse_ctx *ctx)
{
    if (legal_head_cut(ctx))
        return true;
    if (!org_word_broken(ctx))
        return false;
    for (int k = 0; k < 5; k++) {
        xxgk_span w = ctx->org_at[k];
        if (w.end > w.start && org_word_cut(ctx, xxgk_doc_line(ctx->doc, w.end - 1)))
            return true;
    }
    return false;
}

/* The line after L that a cut header word (header_fold_cut's) starting
 * on L runs into, proving it the rest of L's line; else an empty span. */
static xxgk_span cut_into(const parse_ctx *ctx, xxgk_span l)
{
    xxgk_span none = {0, 0}, n;
    const struct hdr_word *h = &ctx->req_units[REQ_LEGAL];
    if (h->at >= l.start && h->at < l.end && legal_head_cut(ctx))
        return xxgk_doc_line(ctx->doc, h->end - 1);
    for (int k = 0; k < 5; k++) {
        xxgk_span w = ctx->org_at[k];
        if (w.end > w.start && w.start >= l.start && w.start < l.end && w.end > l.end &&
            org_word_cut(ctx, n = xxgk_doc_line(ctx->doc, w.end - 1)))
            return n;
    }
    return none;
}

/* Whether the line at B is the line at A's rest after a fold, by a chain
 * of cut words (法人或其 ⏎ 他组织): pieces of one printed line, whose
 * words stand in their text order. A header has six cut words at most,
 * so the chain is six steps at most. */
static bool fold_joins(const parse_ctx *ctx, uint32_t a, uint32_t b)
{
    xxgk_span l = xxgk_doc_line(ctx->doc, a), lb = xxgk_doc_line(ctx->doc, b);
    for (int step = 0; step < 6 && l.start < lb.start; step++) {
        l = cut_into(ctx, l);
        if (l.end == 0)
            return false;
    }
    return l.start == lb.start;
}

/* Whether the top row's words I and J, under a fold that cut a word of
 * the header (FOLDED: header_fold_cut), stand on two lines (not one line,
 * header_line_holds): their display columns are the fold's, and two
 * pieces joined by cut words (fold_joins) prove their words' text order
 * but not that the rows' values, folded too, follow it; so an order out
 * of the template's resting on such a pair is no proof (P030). */
static bool unit_pair_loose(parse_ctx *ctx, bool folded, int i, int j)
{
    return folded && !header_line_holds(ctx, &ctx->req_units[i], &ctx->req_units[j]);
}

/* The order of the top row's words I < J for requests_order. Where a
 * fold cut a word of the header (FOLDED), two pieces of one printed line
 * on two lines (fold_joins) are in their text order, whatever the wrap's
 * margin did to their columns; other pairs as word_order says
 * (requests_order withholds an order out of the template's that rests
 * on a pair of two lines, unit_pair_loose: P030). */
static bool total_over_applicants(const parse_ctx *ctx, const struct hdr_word *total, const struct hdr_word *w);

/* Does a header word's cell end at AT: a TAB, |, or a blank of any kind
 * (ft_blank_at: space, U+3000), the separators the header's words are
 * read apart by? Not a CR or the line's end (a word last on its line).
 * One byte asked first: most headers end their line with 总计. */
static inline bool cell_ends_at(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *s = ctx->doc->src;
    int len;
    if (at >= ctx->doc->len || (s[at] != '\t' && s[at] != ' ' && s[at] != '|' && s[at] != 0xE3))
        return false;
    return s[at] == '|' || ft_blank_at(s, at, ctx->doc->len, &len);
}

/* Does text follow 总计's cell on its line (申请人情况 may)? The blanks
 * after it skipped, a byte each (U+3000 three): the common header prints
 * 申请人情况 ⇥ 总计 ⇥ last on its top line, told here before any lookup. */
static inline bool text_after_cell(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *s = ctx->doc->src;
    uint32_t len = ctx->doc->len;
    while (at < len && (s[at] == '\t' || s[at] == ' ' || s[at] == '|' ||
                        (s[at] == 0xE3 && at + 2 < len && s[at + 1] == 0x80 && s[at + 2] == 0x80)))
        at += s[at] == 0xE3 ? 3 : 1;
    return at < len && s[at] != '\n' && s[at] != '\r';
}

/* 总计 (TOTAL) printed before W: the first column (total_over_applicants)?
 * Out of line, the bytes after 总计 asked first: unit_order runs on every
 * header, this only where 总计 comes first. */
static __attribute__((noinline, cold)) bool total_first(const parse_ctx *ctx, const struct hdr_word *total,
                                                        const struct hdr_word *w)
{
    return text_after_cell(ctx, total->end) && cell_ends_at(ctx, total->end) &&
           total_over_applicants(ctx, total, w);
}

static enum order unit_order(parse_ctx *ctx, bool folded, int i, int j)
{
    const struct hdr_word *a = &ctx->req_units[i], *b = &ctx->req_units[j];
    if (__builtin_expect(j == REQ_TOTAL && b->at < a->at, 0) && total_first(ctx, b, a))
        return AFTER; /* 总计 ⇥ 申请人情况 on the top line: 总计 first */
    if (!unit_pair_loose(ctx, folded, i, j))
        return word_order(ctx, a, b);
    bool a_first = a->at < b->at;
    if (!fold_joins(ctx, a_first ? a->at : b->at, a_first ? b->at : a->at))
        return word_order(ctx, a, b);
    return a_first ? BEFORE : AFTER;
}

/* The line of H prints 申请人情况 (申請人情況), the header's top word: with a
 * 法人 column word on it, two levels of the header on one line where
 * 法人或其他组织 itself is not printed. Two substring searches of one line,
 * asked only of a header out of order. */
static bool line_holds_applicants(const parse_ctx *ctx, const struct hdr_word *h)
{
    static const char *const words[] = {"申请人情况", "申請人情況"};
    xxgk_span l = xxgk_doc_line(ctx->doc, h->at);
    const char *s = (const char *)ctx->doc->src + l.start;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (memmem(s, l.end - l.start, words[i], strlen(words[i])))
            return true;
    return false;
}

/* header → columns (table 三): 总计 printed on the header's top line
 * before 申请人情况 (申請人情況), the word over 自然人 and 法人或其他组织,
 * and W (自然人 or 法人或其他组织) on a later line under it: a cell
 * spanning the header's rows left of the applicants' span, so 总计 is the
 * first column (总计 ⇥ 申请人情况 ⏎ 自然人 ⇥ 法人或其他组织 ⏎ 商业企业 …).
 * Only where the header names all seven columns, each once: a header
 * short of one keeps today's reading. Asked of the pairs with 总计 (two
 * per header), one substring search of one line. */
static __attribute__((noinline, cold)) bool total_over_applicants(const parse_ctx *ctx, const struct hdr_word *total,
                                                                   const struct hdr_word *w)
{
    static const char *const words[] = {"申请人情况", "申請人情況"};
    const struct hdr_word *u = ctx->req_units;
    /* the seven columns named, or the three alone read as the table's
     * columns (P134: three_unit_header, said before the order is asked) */
    if (total->seen != 1 || u[REQ_NATURAL].seen != 1 || u[REQ_LEGAL].seen != 1 || !ctx->req_legal_head ||
        !(printed_org_order(ctx) || ctx->req_three_told) || ctx->has_subtotal || w->at <= total->at ||
        doc_same_line(ctx->doc, total->at, w->at))
        return false;
    xxgk_span l = xxgk_doc_line(ctx->doc, total->at);
    if (w->at < l.end || l.end - total->end > HEADER_LINE_MAX)
        return false;
    const char *s = (const char *)ctx->doc->src + total->end;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (memmem(s, l.end - total->end, words[i], strlen(words[i])))
            return true;
    return false;
}

/* header → columns (table 三): A printed before B against the template's
 * order, both on the line that holds the first of 法人或其他组织's columns
 * (商业企业 …) and 法人或其他组织 itself (or, that word not printed,
 * 申请人情况): a line glued of two header levels (crawler text
 * prints a DOM's header rows one after another). A cell spanning rows
 * (总计 from the first row, 自然人 beside 法人或其他组织's span) stands there
 * where its row puts it, not where its column is: the units' text order
 * is no column order, and reading it would move values between 自然人, the
 * 法人 columns and 总计 silently; the template's is read and the table's
 * values doubted (P128, bld_note_reorder). The five columns, of one level,
 * keep their printed order (P022). Not in a PDF: its rebuilt header line
 * is in x order (P106 where that is unsure). Three line tests, only of a
 * header out of order. */
static bool units_glued(parse_ctx *ctx, const struct hdr_word *a, const struct hdr_word *b)
{
    const struct hdr_word *g = &ctx->req_group;
    if (ctx->doc->page_starts || !g->seen || !header_line_holds(ctx, g, a) || !header_line_holds(ctx, g, b))
        return false;
    if (ctx->req_legal_head ? !header_line_holds(ctx, &ctx->req_units[REQ_LEGAL], g) : !line_holds_applicants(ctx, g))
        return false;
    if (!ctx->req_units_glued.end) {
        ctx->req_units_glued = span_of(a->at, a->end);
        ctx->req_units_glued_entries[0] = a->entry;
        ctx->req_units_glued_entries[1] = b->entry;
    }
    for (int i = 0; i < REQ_UNITS; i++) /* the units' order is P128's to tell, not P022's */
        if (ctx->reorder_seen && ctx->req_units[i].seen &&
            (ctx->reorder_at.start == ctx->req_units[i].at || ctx->reorder_before == ctx->req_units[i].entry))
            ctx->reorder_seen = false;
    return true;
}

/* header → columns (table 三): the three units in the printed order,
 * ORDER[i] the unit i-th from the left. True when the header says it for
 * certain: printed in the template's order as far as it is printed (a
 * word left out changes nothing then), or in another order that names
 * each unit once, 法人或其他组织 placed by its own word or by its columns
 * on the line of the word it is compared with. Else P030, false. */
static bool requests_order(parse_ctx *ctx, int order[REQ_UNITS])
{
    bool folded = header_fold_cut(ctx);
    const struct hdr_word *u = ctx->req_units;
    int rank[REQ_UNITS] = {0, 0, 0};
    const struct hdr_word *a = NULL, *b = NULL; /* the first pair out of order */
    int weak = -1; /* a unit whose place the header leaves open */
    bool as_first = true; /* no pair placed otherwise than the table's first header did */
    bool loose = false; /* a pair on two lines of a folded header (unit_pair_loose) */
    for (int i = 0; i < REQ_UNITS; i++)
        for (int j = i + 1; j < REQ_UNITS; j++) {
            enum order o = u[i].seen && u[j].seen ? unit_order(ctx, folded, i, j) : UNSAID;
            if (o == UNSAID) {
                weak = weak < 0 ? (j == REQ_LEGAL ? j : i) : weak;
                continue;
            }
            loose = loose || unit_pair_loose(ctx, folded, i, j);
            rank[o == BEFORE ? j : i]++;
            if (ctx->req_first_read && (o == BEFORE) != (ctx->req_first_rank[i] < ctx->req_first_rank[j]))
                as_first = false;
            if (o == AFTER && !a) {
                a = &u[j];
                b = &u[i];
            }
            if ((i == REQ_LEGAL || j == REQ_LEGAL) && !ctx->req_legal_head && !header_line_holds(ctx, &u[i], &u[j]))
                weak = weak < 0 ? REQ_LEGAL : weak; /* placed by a column under it */
        }
    for (int i = 0; i < REQ_UNITS; i++)
        order[i] = i;
    if (!a) {
        first_order(ctx, order);
        return true; /* the template's order */
    }
    static const int unit_key[REQ_UNITS] = {XXGK_C_NATURAL_PERSON, XXGK_C_LEGAL_SUBTOTAL, XXGK_C_TOTAL};
    /* a header printed again after rows (a page break: the units read
     * afresh) in another order than the table's first header, without the
     * 小计 that header printed (has_subtotal stays for the table): it names
     * a column fewer than the rows hold and does not say where 小计 stands
     * (总计 ⇥ 自然人 ⇥ 商业企业 … 其他 over rows of eight). In the first
     * header's order the first header's columns hold (a page repeating
     * only the units). */
    if (ctx->has_subtotal && !ctx->req_subtotal.seen && !as_first) {
        header_unmapped(ctx, XXGK_TABLE_REQUESTS, a, b,
                        word_text(LK_COL, XXGK_TABLE_REQUESTS, XXGK_C_LEGAL_SUBTOTAL));
        return false;
    }
    int doubt = -1;
    for (int i = 0; i < REQ_UNITS && doubt < 0; i++)
        if (u[i].seen != 1)
            doubt = i; /* not printed, or printed twice */
    if (doubt < 0)
        doubt = weak;
    if (doubt < 0 && loose)
        doubt = (int)(a - u); /* under a fold two lines prove no order but the template's */
    for (int i = 0; i < REQ_UNITS && doubt < 0; i++)
        for (int j = i + 1; j < REQ_UNITS; j++)
            if (rank[i] == rank[j])
                doubt = i; /* no order of the three fits the places */
    if (doubt >= 0) {
        header_unmapped(ctx, XXGK_TABLE_REQUESTS, a, b,
                        word_text(doubt == REQ_LEGAL ? LK_HEAD : LK_COL, XXGK_TABLE_REQUESTS, unit_key[doubt]));
        return false;
    }
    if (units_glued(ctx, a, b)) {
        first_order(ctx, order); /* the template's, doubted at the table's end */
        return true;
    }
    for (int i = 0; i < REQ_UNITS; i++)
        order[rank[i]] = i;
    first_order(ctx, order);
    ctx->req_top_reordered = true;
    if (!printed_org_order(ctx))
        ctx->reorder_seen = false; /* a 法人 columns' order not followed is not the one to name */
    note_order(ctx, a, b);
    return true;
}

/* Made once for the rows after a header (b_column says when it changes),
 * with the range of their keys: bld_requests_columns asks only when none
 * are made. The template's columns (自然人, the 法人 columns with 小计 where
 * printed, 总计), the 法人 columns in their printed order, the three units
 * in theirs; -1 when the header's order cannot be read (P030). */
/* 合计 under 法人或其他组织 is its 小计 (the lexer reads it so); in a
 * header that prints no 总计 and no 小计 it is the table's total, printed
 * where 总计 stands: the seven columns of the template. Beside a printed
 * 小计 (either order, either header row) it is the total of eight. */
static void heji_as_total(parse_ctx *ctx)
{
    const struct hdr_word *s = &ctx->req_subtotal;
    if (ctx->has_subtotal && s->seen && !ctx->req_units[REQ_TOTAL].seen && is_heji(s->entry))
        ctx->has_subtotal = false;
}

/* header → columns (table 三): 小计 printed after 总计 (总计 ⇥ 小计 in one
 * row of the header, or in one TAB grid's fields) stands there, whatever
 * its place among the 法人 columns says: the subtotal's column is read
 * from its header in any order (the first place of each word: an HTML
 * cell spanning two header rows prints its word on both). Where the
 * header leaves the two words' order open it stays among the 法人 columns
 * (the form's place; V101/V102 flag the cells if the rows disagree). */
/* 总计 printed after 小计's line's 其他 (its TAB field, or its display
 * column, past 其他's), or on one line with 小计: the header places it
 * beyond the 法人 columns. 总计 over one of the 法人 columns (a merged cell
 * collapsed or padded, an unaligned line over an aligned one) contradicts
 * the form and itself, and says nothing of 小计's place. */
/* A line that prints the two header rows one after the other (page text,
 * a flattened copy: 自然人 法人或其他组织 总计 商业企业 … 其他 小计):
 * 总计 before the group's column word 其他 on its line is the first
 * row's last column, over none of the group's, so the order of 总计 and
 * 小计 on the line is the rows' order, not the columns': the template's
 * levels place 小计 under 法人或其他组织 and 总计 after it. */
static bool total_before_word(parse_ctx *ctx, const struct hdr_word *o)
{
    const struct hdr_word *t = &ctx->req_units[REQ_TOTAL];
    return o->seen && header_line_holds(ctx, o, t) && word_order(ctx, t, o) == BEFORE;
}

/* A header without 其他 (P099): the four 法人 columns printed on one line
 * in the template's order, 其他 itself nowhere, 总计 printed and no word
 * that names no column: a column left out of the header, not a row's
 * value (the rows say which: as many values as the printed columns). It
 * holds for the two-row header (its second row 商业企业 … 法律服务机构 with
 * 小计 or without) and for the flattened one alike. Any other header
 * without 其他 (the four in another order, one of them missing, a word
 * that names no column) is read as the template's header is. */
static bool header_lacks_other(const parse_ctx *ctx)
{
    if (ctx->req_other.seen || ctx->org_cols_seen != 4 || ctx->nreq_strays || !ctx->req_units[REQ_TOTAL].seen ||
        !header_line_holds(ctx, &ctx->req_group, &ctx->req_group_last))
        return false;
    for (int i = 0; i < 4; i++)
        if (ctx->org_order[i] != XXGK_C_COMMERCIAL + i)
            return false;
    return true;
}

/* The flattened one among them (its two rows on one line: 总计 before the
 * group's first word 商业企业 on its line): the group's first word stands
 * where 其他's line would, for the place of 小计 (total_past_legal). */
static bool flat_header_lacks_other(parse_ctx *ctx)
{
    return header_lacks_other(ctx) && total_before_word(ctx, &ctx->req_group);
}

/* 其他 printed: 总计 before it; not printed: only the flattened header
 * above, whose group's first word stands where 其他's line would. 其他
 * printed apart from the group (P102: before 总计 on the line) is no
 * column of the line's second row: the group's last word printed stands
 * where 其他's would. */
static bool total_before_group_columns(parse_ctx *ctx)
{
    if (ctx->org_doubt)
        return total_before_word(ctx, &ctx->req_group_last);
    return ctx->req_other.seen ? total_before_word(ctx, &ctx->req_other) : flat_header_lacks_other(ctx);
}

static bool total_past_legal(parse_ctx *ctx)
{
    const struct hdr_word *s = &ctx->req_subtotal, *t = &ctx->req_units[REQ_TOTAL], *o = &ctx->req_other;
    if (total_before_group_columns(ctx))
        return false;
    if (header_line_holds(ctx, s, t))
        return true;
    return o->seen && word_order(ctx, o, t) == BEFORE;
}

static void place_subtotal(parse_ctx *ctx, int *cols, int n)
{
    const struct hdr_word *s = &ctx->req_subtotal, *t = &ctx->req_units[REQ_TOTAL];
    if (!ctx->has_subtotal || !s->seen || !t->seen)
        return;
    int from = 0, to = 0;
    for (int i = 0; i < n; i++) {
        from = cols[i] == XXGK_C_LEGAL_SUBTOTAL ? i : from;
        to = cols[i] == XXGK_C_TOTAL ? i : to;
    }
    if (word_order(ctx, s, t) != AFTER || from > to || !total_past_legal(ctx))
        return; /* before 总计, as the form */
    for (int i = from; i < to; i++)
        cols[i] = cols[i + 1];
    cols[to] = XXGK_C_LEGAL_SUBTOTAL;
    ctx->req_top_reordered = true;
    note_order(ctx, t, s);
}

/* 合计 in a header that prints no 总计 is the total (heji_as_total):
 * its variant note (V308) names 总计, the template's text it stands for,
 * not 小计. */
static void name_heji_total(parse_ctx *ctx)
{
    if (ctx->req_units[REQ_TOTAL].seen || !ctx->req_subtotal.seen)
        return;
    const uint8_t *src = ctx->doc->src;
    for (size_t i = 0; i < ctx->nuses[USE_COLUMN]; i++) {
        xxgk_label_use *u = &ctx->uses[USE_COLUMN][i];
        char folded[16];
        size_t fl = label_fold(src + u->span.start, u->span.end - u->span.start, folded, sizeof folded);
        if (u->key == XXGK_C_LEGAL_SUBTOTAL && u->variant && fl == strlen("合计") &&
            memcmp(folded, "合计", fl) == 0)
            u->canonical = word_text(LK_COL, XXGK_TABLE_REQUESTS, XXGK_C_TOTAL);
    }
}

/* P099's account of the rows, by the first row's real count of values
 * (VALS): as many as the K printed columns (DROPPED: read by them), the
 * template's K, or neither (a row glued into one number, a short row: no
 * evidence either way, the template's columns as the header's word says). */
static void lacks_other_how(const parse_ctx *ctx, char *how, size_t size, int vals, int k, bool dropped)
{
    const bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    const char *other = word_text(LK_COL, XXGK_TABLE_REQUESTS, XXGK_C_OTHER_ORG);
    if (dropped)
        snprintf(how, size,
                 zh ? "首行印有 %d 个数值，与表头所印的列数相同：各行按这些列读取，不读取“%s”列的单元格"
                    : "its first row prints %d values, as many as the columns it prints: the rows are read by them; no cell of %s is read",
                 vals, other);
    else if (vals == k)
        snprintf(how, size,
                 zh ? "首行印有 %d 个数值，与模板的列数相同：各行按模板的列读取"
                    : "its first row prints %d values, the template's count: the rows are read by the template's columns",
                 vals);
    else if (zh)
        snprintf(how, size, "首行印有 %d 个数值，既非表头所印的 %d 列也非模板的 %d 列：各行按模板的列读取", vals, k - 1, k);
    else
        snprintf(how, size,
                 "its first row prints %d value%s, neither the header's %d columns nor the template's %d: the rows are read by the template's columns",
                 vals, vals == 1 ? "" : "s", k - 1, k);
}

/* header → columns (table 三): a header without 其他 (header_lacks_other:
 * two rows or flattened onto one), told once at its last 法人 column word,
 * where 其他 was due (P099). The first row says what was left out: as many values as the printed columns, the
 * column itself (其他 dropped from COLS, its cells not read; a row of the
 * template's count after it is over by one, P006, its cells withheld: which
 * value is 其他's the header does not say); else the header's word alone
 * (the template's columns, 小计 after 其他 where it is printed after the
 * four; a shorter row after it, P007). Returns the count of COLS. */
static int drop_missing_other(parse_ctx *ctx, int *cols, int n)
{
    if (!header_lacks_other(ctx))
        return n;
    size_t f, nvals;
    bld_trim_padding(&ctx->vals, &f, &nvals);
    bool dropped = (int)nvals == n - 1;
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (cols[i] == XXGK_C_OTHER_ORG && dropped)
            continue;
        if (cols[i] == XXGK_C_OTHER_ORG && k > 0 && cols[k - 1] == XXGK_C_LEGAL_SUBTOTAL) {
            cols[k - 1] = XXGK_C_OTHER_ORG; /* 小计 printed after the four: after 其他 */
            cols[k++] = XXGK_C_LEGAL_SUBTOTAL;
            continue;
        }
        cols[k++] = cols[i];
    }
    char how[200];
    lacks_other_how(ctx, how, sizeof how, (int)nvals, k, dropped);
    const struct hdr_word *w = &ctx->req_group_last;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_LACKS_COLUMN, span_of(w->at, w->end),
                      word_text(LK_COL, XXGK_TABLE_REQUESTS, XXGK_C_OTHER_ORG),
                      bld_table_numeral(XXGK_TABLE_REQUESTS), how);
    return k;
}

/* The 法人 column word I of the header (its printed order) as a header word. */
static struct hdr_word org_word(const parse_ctx *ctx, int i)
{
    return (struct hdr_word){ctx->org_at[i].start, ctx->org_at[i].end, ctx->org_labels[i], 1};
}

/* header → columns (table 三): the printed order of two 法人 columns A, B
 * (A printed first) is their columns' order only when the header's layout
 * says A stands before B (word_order): one line, one TAB grid, aligned
 * display columns. Not on a line that prints the header's two rows one
 * after the other, A before 总计 and B after it (自然人 法人或其他组织 其他
 * 总计 商业企业 …): A is printed with the top row, over no column of the
 * group's that the line tells. */
static bool org_pair_placed(parse_ctx *ctx, const struct hdr_word *a, const struct hdr_word *b)
{
    const struct hdr_word *t = &ctx->req_units[REQ_TOTAL];
    if (word_order(ctx, a, b) != BEFORE)
        return false;
    return !(t->seen && header_line_holds(ctx, a, t) && header_line_holds(ctx, t, b) && a->at < t->at &&
             t->at < b->at);
}

/* On such a line 其他 printed first after 总计 (总计 其他 商业企业 …) is
 * the top row's word (自然人 法人或其他组织 其他 总计) or the group's
 * first: the line does not say which, so it is not placed by it. Another
 * word first there (总计 科研机构 商业企业 …) is the group's: read as
 * printed. */
static bool org_first_placed(const parse_ctx *ctx)
{
    const struct hdr_word *t = &ctx->req_units[REQ_TOTAL];
    struct hdr_word a = org_word(ctx, 0);
    return ctx->org_order[0] != XXGK_C_OTHER_ORG || !t->seen || !header_line_holds(ctx, &a, t) || a.at < t->at;
}

/* The 法人 words on the line of word I (its printed index). */
static int org_words_on_line(const parse_ctx *ctx, int i)
{
    int n = 0;
    for (int k = 0; k < 5; k++)
        n += doc_same_line(ctx->doc, ctx->org_at[k].start, ctx->org_at[i].start);
    return n;
}

/* The word P102 names: of the pair whose order the header leaves open,
 * the one that shares its line with fewer of the other 法人 column words
 * (其他 alone on its line, or on the top row's): the word out of place. */
static int org_word_apart(const parse_ctx *ctx, int i, int j)
{
    return org_words_on_line(ctx, j) < org_words_on_line(ctx, i) ? j : i;
}

/* A markdown row's line starts with '|'; a line after one that does not
 * is the row's text wrapped at a fixed width (a text export, a crawler's
 * page): the same row goes on there. Rows wrap over a few lines at most. */
enum { ROW_WRAP_MAX = 8 };

static bool pipe_line(const parse_ctx *ctx, xxgk_span l)
{
    return l.end > l.start && l.end - l.start <= HEADER_LINE_MAX && ctx->doc->src[l.start] == '|';
}

/* The first line starting with '|' among the lines from the one holding
 * FROM to the last starting before END: 1 + its offset, else 0. By the
 * line index, one byte a line (a crawler's text prints a '|' inside most
 * of its lines: a memchr per '|' cost more); by the bytes when the index
 * could not be built. */
static uint32_t pipe_line_from(const xxgk_doc *doc, uint32_t from, uint32_t end)
{
    const doc_lines *l = &doc->lines;
    const uint8_t *s = doc->src;
    if (!l->starts) {
        for (uint32_t i = from; i < end; i++)
            if (s[i] == '|' && (i == 0 || s[i - 1] == '\n' || s[i - 1] == '\r'))
                return 1 + i;
        return 0;
    }
    for (uint32_t li = doc_lines_index(l, from); li < l->n && l->starts[li] < end; li++)
        if (s[l->starts[li]] == '|')
            return 1 + l->starts[li];
    return 0;
}

/* Does a line that starts with '|' start at or before AT? The text is
 * searched for such a line once per report, as far as the words asked
 * reach, and the search goes on from where it stopped (pipe_scanned): one
 * memchr finds the first '|' (most reports print none), then the lines
 * from its own on are asked (pipe_line_from). A markdown row's first line
 * starts with '|' at or before any word of the row, so a word before
 * that line is in no row, without a line looked up (most reports print
 * no markdown table). Every line start before pipe_scanned is known not
 * to hold a '|'. */
static bool pipe_line_by(parse_ctx *ctx, uint32_t at)
{
    if (ctx->pipe_line)
        return ctx->pipe_line - 1 <= at;
    const uint8_t *s = ctx->doc->src;
    uint32_t end = at < ctx->doc->len ? at + 1 : ctx->doc->len;
    if (ctx->pipe_scanned >= end)
        return false;
    const uint8_t *p = memchr(s + ctx->pipe_scanned, '|', end - ctx->pipe_scanned);
    if (p && (ctx->pipe_line = pipe_line_from(ctx->doc, (uint32_t)(p - s), end)) != 0)
        return true;
    ctx->pipe_scanned = end;
    return false;
}

/* The first line of the markdown row holding AT, wrapped lines walked
 * back (ROW_WRAP_MAX at most); false when AT is in no such row. */
static bool pipe_row_start(parse_ctx *ctx, uint32_t at, xxgk_span *row)
{
    if (!pipe_line_by(ctx, at))
        return false;
    xxgk_span l = xxgk_doc_line(ctx->doc, at);
    for (int k = 0; k <= ROW_WRAP_MAX; k++) {
        if (l.end - l.start > HEADER_LINE_MAX)
            return false;
        if (pipe_line(ctx, l)) {
            *row = l;
            return true;
        }
        if (l.start == 0 || l.end == l.start)
            return false; /* a blank line ends a row: a wrap leaves none */
        l = xxgk_doc_line(ctx->doc, l.start - 1);
    }
    return false;
}

/* row → cells: the '|' of a markdown row, read across its wrapped lines
 * (header_row = '|' line, { line not starting with '|' }): the cells
 * before AT, and the row's in *all; 0 when AT is in no such row. A row
 * wrapped inside a cell's text still counts its cells: a word pushed onto
 * the next line by the wrap stays in the cell it was printed in. */
static int pipe_field(parse_ctx *ctx, uint32_t at, int *all)
{
    const uint8_t *s = ctx->doc->src;
    xxgk_span l;
    int before = 0;
    *all = 0;
    if (!pipe_row_start(ctx, at, &l))
        return 0;
    for (int k = 0; k <= ROW_WRAP_MAX; k++) {
        for (uint32_t i = l.start; i < l.end; i++)
            if (s[i] == '|') {
                (*all)++;
                before += i < at;
            }
        if (!bld_next_line(ctx, l, &l) || pipe_line(ctx, l) || l.end == l.start)
            return before;
    }
    return 0; /* wrapped past ROW_WRAP_MAX lines: no row the header says */
}

/* Each printed 法人 word's markdown cell (pipe_field: the cells before it,
 * and its row's), asked once per header, not once per pair. */
struct org_cells {
    int field[5], all[5];
};

static void org_cells_of(parse_ctx *ctx, struct org_cells *c)
{
    for (int i = 0; i < 5; i++)
        c->field[i] = pipe_field(ctx, ctx->org_at[i].start, &c->all[i]);
}

/* Whether A stands before B: in a markdown header (rows of one count of
 * cells) by their cells, whose text is not padded to columns, a row's
 * wrapped lines read as the one row they are (pipe_field: the word a wrap
 * put first on the next line is still in its row's last cells, not left
 * of the line above's); else as word_order says. */
static enum order org_pair_order(parse_ctx *ctx, const struct hdr_word *w, const struct org_cells *c, int i,
                                 int j)
{
    int fa = c->field[i], fb = c->field[j];
    if (!fa || !fb || doc_same_line(ctx->doc, w[i].at, w[j].at))
        return word_order(ctx, &w[i], &w[j]);
    return c->all[i] != c->all[j] || fa == fb ? UNSAID : fa < fb ? BEFORE : AFTER;
}

/* The five 法人 words printed on one line, in the text's order: then
 * word_order says BEFORE of every pair, i before j, and the placed order
 * is the printed one. One look at the bytes from the first to the last
 * (doc_same_line) instead of one per pair. */
static bool org_one_line(const parse_ctx *ctx)
{
    for (int i = 0; i + 1 < 5; i++)
        if (ctx->org_at[i].start >= ctx->org_at[i + 1].start)
            return false;
    return doc_same_line(ctx->doc, ctx->org_at[0].start, ctx->org_at[4].start);
}

/* header → columns (table 三): a layout that places each of the five 法人
 * words among the others (a padded TAB grid's fields, space-aligned
 * display columns, a markdown row's cells: org_pair_order says every
 * pair; per pair two rows of at most 2 * ROW_WRAP_MAX + 1 lines of
 * HEADER_LINE_MAX bytes walked, once per header) orders them by that place,
 * not by the order their text is printed in: 其他 in its own field on the
 * top row, over the group's last column, is the group's last word. The
 * printed order becomes the placed one (rank by the ten pairs); false
 * when a pair is not said or the ranks are no order. */
static bool org_order_by_layout(parse_ctx *ctx, const struct org_cells *c)
{
    if (org_one_line(ctx))
        return true; /* every pair on one line, in order: BEFORE each */
    int rank[5] = {0, 0, 0, 0, 0};
    struct hdr_word w[5];
    for (int i = 0; i < 5; i++)
        w[i] = org_word(ctx, i);
    for (int i = 0; i < 5; i++)
        for (int j = i + 1; j < 5; j++) {
            enum order o = org_pair_order(ctx, w, c, i, j);
            if (o == UNSAID)
                return false;
            rank[o == BEFORE ? j : i]++;
        }
    int order[5], labels[5];
    xxgk_span at[5];
    unsigned ranks = 0;
    for (int i = 0; i < 5; i++) {
        ranks |= 1u << rank[i];
        order[rank[i]] = ctx->org_order[i], labels[rank[i]] = ctx->org_labels[i], at[rank[i]] = ctx->org_at[i];
    }
    if (ranks != 0x1f)
        return false;
    memcpy(ctx->org_order, order, sizeof order);
    memcpy(ctx->org_labels, labels, sizeof labels);
    memcpy(ctx->org_at, at, sizeof at);
    return true;
}

/* The five 法人 words in the template's order (商业企业 … 其他). */
static bool org_template_order(const parse_ctx *ctx)
{
    bool ident = true;
    for (int i = 0; i < 5; i++)
        ident = ident && ctx->org_order[i] == XXGK_C_COMMERCIAL + i;
    return ident;
}

/* P102 at the 法人 word W (its printed index): the rows are read in the
 * template's order (AS_PRINTED: in the printed one, ctx->org_order), every
 * 法人 cell doubted (bld_requests_org_doubt). */
static void org_unplaced(parse_ctx *ctx, int w, bool as_printed)
{
    const bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    const char *read = as_printed ? (zh ? "所印顺序" : "the printed order")
                                  : (zh ? "模板中这些列的顺序" : "the template's order of these columns");
    char printed[160] = "";
    size_t at = 0;
    for (int k = 0; k < 5 && at < sizeof printed; k++) {
        int len = snprintf(printed + at, sizeof printed - at, "%s%s", k ? "、" : "",
                           word_text(LK_COL, XXGK_TABLE_REQUESTS, ctx->org_order[k]));
        at += len > 0 ? (size_t)len : 0;
    }
    ctx->org_doubt = xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_ORG_UNPLACED, ctx->org_at[w],
                                       word_text(LK_COL, XXGK_TABLE_REQUESTS, ctx->org_order[w]),
                                       bld_table_numeral(XXGK_TABLE_REQUESTS), printed, read);
    ctx->reorder_seen = false; /* no printed order followed: no P022 */
}

/* header → columns (table 三): the five 法人 words printed in the
 * template's order, which the layout would place in another, say two
 * orders: a line wrapped at a fixed width (a text export) starts its
 * continuation at the left margin, under columns of the line it
 * continues (商业企业 … 法律服务机构 / 其他), so the layout's place is the
 * wrap's, not the word's column, and a top row's word over the group's
 * last column looks the same. Neither is told: the printed order is
 * kept, P102 at the word the layout moves (of the first pair the two
 * orders put apart, the one sharing its line with fewer 法人 words).
 * PRINTED holds the printed places; true when it was such a header.
 * The same for any printed order when MARGIN (a printed index, else -1)
 * is a word the layout would place by a wrap's margin (org_margin_word):
 * P102 is at that word, also where the layout's order is the printed one
 * and not the template's (the wrap's columns agree with it by chance). */
static bool org_orders_disagree(parse_ctx *ctx, const int *order, const int *labels, const xxgk_span *printed,
                                int margin)
{
    int k = 0, j = 0;
    while (k < 5 && ctx->org_at[k].start == printed[k].start)
        k++;
    if (k == 5 && margin >= 0 && !org_template_order(ctx)) {
        org_unplaced(ctx, margin, true); /* a wrap's margin places nothing: the two orders agree by chance */
        return true;
    }
    if (k == 5)
        return false;
    while (j < 5 && printed[j].start != ctx->org_at[k].start)
        j++;
    memcpy(ctx->org_order, order, sizeof ctx->org_order);
    memcpy(ctx->org_labels, labels, sizeof ctx->org_labels);
    memcpy(ctx->org_at, printed, sizeof ctx->org_at);
    org_unplaced(ctx, margin >= 0 ? margin : org_word_apart(ctx, k, j < 5 ? j : k), !org_template_order(ctx));
    return true;
}

/* Whether the text [FROM, TO) (two header lines at most) holds a TAB:
 * a TAB grid's, whose fields place its words, not a space-aligned fold. */
static bool tab_in(const parse_ctx *ctx, uint32_t from, uint32_t to)
{
    return to - from > 2 * HEADER_LINE_MAX || memchr(ctx->doc->src + from, '\t', to - from) != NULL;
}

/* Whether a 法人 word runs from the line before L into L, in
 * space-aligned text: a word the wrap cut (社 ⏎ 会公益组织), read as one,
 * proves L the wrap's continuation, however wide the lines (their blanks
 * trimmed). Not in a TAB grid, where a word over two lines is a cell's
 * label wrapped inside its cell (社会 ⏎ 公益组织), its place kept. */
static bool org_word_cut(const parse_ctx *ctx, xxgk_span l)
{
    for (int k = 0; k < 5; k++) {
        xxgk_span w = ctx->org_at[k];
        if (w.start >= l.start || w.end <= l.start)
            continue;
        return !tab_in(ctx, xxgk_doc_line(ctx->doc, w.start).start, l.end);
    }
    return false;
}

/* header → columns (table 三): a 法人 word at the left margin (column 0)
 * of a line after the group row (a line of two or more 法人 words), not
 * in a markdown row: space-aligned text wrapped at a fixed width, whose
 * continuation starts at the margin whatever column the word was printed
 * in (科研机构 商业企业 … 法律服务机构 / 其他), so its x is the wrap's and
 * places it nowhere; so does a 法人 word on a line that a 法人 word the
 * wrap cut runs into (org_word_cut), below the word printed before it,
 * wherever its margin, and any 法人 word below the one printed before it
 * in a header a fold cut a word of (header_fold_cut: 法人或其 ⏎ 他组织,
 * 法律服务 ⏎ 机构 prove every line of the header a fold's piece). Its printed index (the first such), or -1. Checked
 * on the printed places, once per header: 5 × 5 line look-ups, the words'
 * markdown cells (org_cells) asked before. */
static int org_margin_word(const parse_ctx *ctx, const struct org_cells *c)
{
    for (int i = 1; i < 5; i++) {
        uint32_t at = ctx->org_at[i].start;
        xxgk_span l = xxgk_doc_line(ctx->doc, at);
        if (c->field[i])
            continue;
        if (l.start > ctx->org_at[i - 1].start && (org_word_cut(ctx, l) || header_fold_cut(ctx)))
            return i; /* the first word of a wrap's continuation after the word printed before it */
        if (l.start != at)
            continue;
        for (int k = 0; k < i; k++)
            if (!doc_same_line(ctx->doc, ctx->org_at[k].start, at) && org_words_on_line(ctx, k) >= 2)
                return i;
    }
    return -1;
}

/* header → columns (table 三): the five 法人 columns printed in another
 * order than the template's are read in that order only when the header
 * places each word after the one printed before it (org_pair_placed).
 * A word printed apart (其他 on its own line above the four, or on the top
 * row beside 法人或其他组织 or 总计) has no place among the others that
 * the header says: the rows are read in the template's order, which the
 * header does not contradict, and every row's 法人 cells carry P102 (a
 * permutation of the five keeps their sum, so no arithmetic would flag a
 * wrong one). Ten word_order calls, once per header. True when the
 * printed order is certain (or is the template's). A pair on two lines
 * that the layout placed (a markdown row's cells across a wrap) is
 * placed; on one line the line's own checks stand (org_first_placed).
 * A wrap's margin word (org_margin_word) is never placed by the layout
 * (org_orders_disagree) nor left unplaced for the template's order: a
 * wrap keeps the text's order, so the printed one is read, doubted. */
static bool org_order_certain(parse_ctx *ctx)
{
    int order[5], labels[5];
    xxgk_span printed[5];
    bool printed_ident = org_template_order(ctx);
    struct org_cells cells;
    org_cells_of(ctx, &cells);
    int margin = org_margin_word(ctx, &cells);
    memcpy(order, ctx->org_order, sizeof order);
    memcpy(labels, ctx->org_labels, sizeof labels);
    memcpy(printed, ctx->org_at, sizeof printed);
    bool placed = org_order_by_layout(ctx, &cells), ident = org_template_order(ctx);
    if (placed && (printed_ident || margin >= 0) && org_orders_disagree(ctx, order, labels, printed, margin))
        return true; /* the printed order, doubted */
    for (int i = 0; ident && placed && ctx->reorder_seen && i < 5; i++)
        if (ctx->reorder_at.start == ctx->org_at[i].start)
            ctx->reorder_seen = false; /* a 法人 word printed out of order, placed in order: no P022 */
    if (ident)
        return true;
    for (int i = 0; i + 1 < 5; i++) {
        struct hdr_word a = org_word(ctx, i), b = org_word(ctx, i + 1);
        bool by_layout = placed && !doc_same_line(ctx->doc, a.at, b.at); /* its cells or columns said it */
        if ((by_layout || org_pair_placed(ctx, &a, &b)) && (i > 0 || org_first_placed(ctx)))
            continue;
        if (margin >= 0) { /* a wrap keeps the text's order: the printed one, doubted */
            org_unplaced(ctx, margin, true);
            return true;
        }
        org_unplaced(ctx, org_word_apart(ctx, i, i + 1), false);
        return false;
    }
    return true;
}

/* A table 三 cell of the 法人 columns (小计 among them): what P102 doubts. */
static bool org_cell(const xxgk_cell *c)
{
    return c->table == XXGK_TABLE_REQUESTS && c->col >= XXGK_C_COMMERCIAL && c->col <= XXGK_C_LEGAL_SUBTOTAL;
}

/* cells → flags (table 三): under a header whose 法人 columns' order is
 * not certain (P102), every 法人 cell of the table carries the finding,
 * whichever path made it (a row read as printed, glued digits the
 * identities split when the table ends, a transposed or merged row): so
 * it is asked once, of the table's cells, when they are all made. One
 * note per row's run of 法人 cells; one pass over the cells. */
void bld_requests_org_doubt(parse_ctx *ctx)
{
    if (!ctx->org_doubt)
        return;
    for (size_t i = 0; i < ctx->ncells;) {
        if (!org_cell(&ctx->cells[i])) {
            i++;
            continue;
        }
        xxgk_span sp = ctx->cells[i].span;
        size_t j = i + 1;
        for (; j < ctx->ncells && org_cell(&ctx->cells[j]) && ctx->cells[j].row == ctx->cells[i].row; j++) {
            sp.start = ctx->cells[j].span.start < sp.start ? ctx->cells[j].span.start : sp.start;
            sp.end = ctx->cells[j].span.end > sp.end ? ctx->cells[j].span.end : sp.end;
        }
        bld_doubt_row(ctx, ctx->org_doubt, sp);
        i = j;
    }
}

/* header → columns (table 三): a header naming exactly the three units,
 * 自然人, 法人或其他组织 and 总计, each once, and none of the five 法人
 * columns nor 小计 nor a word of no column (申请人情况 over them aside):
 * a table of three columns, the middle one the five's subtotal (a report
 * collapsing the five). Its value is the 小计's, no cell of any of the
 * five (which stay empty); told once at the word (P134). Only the header
 * says so: rows of three under another header stay short (P007). */
static bool three_unit_words(const parse_ctx *ctx)
{
    const struct hdr_word *u = ctx->req_units;
    return u[REQ_NATURAL].seen == 1 && u[REQ_LEGAL].seen == 1 && u[REQ_TOTAL].seen == 1 && ctx->req_legal_head &&
           !ctx->org_cols_seen && !ctx->req_subtotal.seen && !ctx->has_subtotal && !ctx->nreq_strays;
}

static void three_columns(int *c)
{
    c[0] = XXGK_C_NATURAL_PERSON;
    c[1] = XXGK_C_LEGAL_SUBTOTAL;
    c[2] = XXGK_C_TOTAL;
}

/* The row that asks for the columns, the first under the header, prints
 * three values. The three words alone are also what a seven-column header
 * looks like when its line of the five 法人 labels is lost or left empty
 * (the top line, 申请人情况 ⏎ 自然人 ⇥ 法人或其他组织 ⇥ 总计, is the
 * template's own in both readings): the rows decide. Seven values keep the
 * template's seven columns; a damaged first row (two values, four) keeps
 * them too, its count then told against the template's (P007, P006),
 * as for any header, not read as a table of three. */
static bool first_row_three(const parse_ctx *ctx)
{
    size_t f, n;
    bld_trim_padding(&ctx->vals, &f, &n);
    return n == REQ_UNITS;
}

static __attribute__((noinline, cold)) bool three_unit_header(parse_ctx *ctx, int *c)
{
    const struct hdr_word *u = ctx->req_units;
    if (!three_unit_words(ctx) || !first_row_three(ctx))
        return false;
    three_columns(c);
    if (!ctx->req_three_told) {
        ctx->req_three_told = true;
        char word[64];
        snprintf(word, sizeof word, "%.*s", (int)(u[REQ_LEGAL].end - u[REQ_LEGAL].at),
                 (const char *)ctx->doc->src + u[REQ_LEGAL].at);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_LEGAL_SUBTOTAL_ONLY, span_of(u[REQ_LEGAL].at, u[REQ_LEGAL].end),
                          bld_table_numeral(XXGK_TABLE_REQUESTS), word, word);
    }
    return true;
}

/* three columns (P134): 自然人, the subtotal, 总计, in the units' order.
 * The table's first header sets its columns: a header printed again
 * (a page break's repeat) keeps them, three or seven, whatever words
 * it repeats (自然人 ⇥ 法人或其他组织 ⇥ 总计 alone over rows of seven
 * stays seven). True and C the three when so. Out of line: the header's
 * common path keeps its code as before. */
static __attribute__((noinline)) bool requests_three(parse_ctx *ctx, int *c)
{
    bool three;
    if (!ctx->req_header_made)
        three = __builtin_expect(!ctx->org_cols_seen && ctx->req_legal_head, 0) && three_unit_header(ctx, c);
    else if ((three = ctx->req_three_told))
        three_columns(c);
    ctx->req_header_made = true;
    return three;
}

void bld_make_requests_columns(parse_ctx *ctx)
{
    int c[8], order[REQ_UNITS];
    heji_as_total(ctx);
    name_heji_total(ctx);
    ctx->org_doubt = NULL;
    bool three = requests_three(ctx, c);
    int n = three ? REQ_UNITS : xxgk_tpl_requests_cols(ctx->has_subtotal, ctx->subtotal_pos, c);
    /* a header of the table whose 法人 labels were read over lines, or
     * not all of them (the rows under it take the template's order): its
     * order is not known to be the printed one, nor is another header's
     * that differs from it (P106 in a PDF) */
    ctx->req_org_unsure |= ctx->org_lines || (ctx->org_cols_seen && !printed_org_order(ctx));
    /* a PDF's header lines are rebuilt from word boxes, not typed: no
     * margin or padding to place its 法人 words by (P102's layout); where
     * its order is unsure P106 says so at the table's end (bld_note_reorder) */
    bool typed = ctx->doc->page_starts == NULL;
    if (!three && printed_org_order(ctx) && (!typed || org_order_certain(ctx))) {
        for (int i = 0, k = 0; i < n; i++)
            if (c[i] >= XXGK_C_COMMERCIAL && c[i] <= XXGK_C_OTHER_ORG)
                c[i] = ctx->org_order[k++];
        /* the rows under this header follow a printed order seen out of
         * the template's: said at the table's end even when a header
         * printed again on a later page (a page break) reads in order */
        ctx->req_org_followed |= ctx->reorder_seen;
    }
    if (!requests_order(ctx, order)) {
        ctx->nreq_cols = -1;
        return;
    }
    /* each unit's columns among the template's: 自然人 first, 总计 last */
    const int from[REQ_UNITS] = {0, 1, n - 1}, len[REQ_UNITS] = {1, n - 2, 1};
    int k = 0;
    for (int i = 0; i < REQ_UNITS; i++)
        for (int j = 0; j < len[order[i]]; j++)
            ctx->req_cols[k++] = c[from[order[i]] + j];
    place_subtotal(ctx, ctx->req_cols, n);
    n = drop_missing_other(ctx, ctx->req_cols, n);
    ctx->nreq_cols = n;
    ctx->req_cols_range = range_of(ctx->req_cols, n);
}

/* ---- table 四's header: 行政复议, 行政诉讼 (未经复议直接起诉, 复议后起诉),
 * and five result columns under each group ---- */
enum { HDR_REVIEW, HDR_SUITS, HDR_SUIT_DIRECT, HDR_SUIT_AFTER, HDR_GROUPS };

void bld_appeals_reset(parse_ctx *ctx)
{
    memset(ctx->app_heads, 0, sizeof ctx->app_heads);
    ctx->napp_runs = 0;
    ctx->napp_head_seq = 0;
    ctx->napp_words = 0;
    ctx->napp_lost = 0;
    ctx->app_lost_more = false;
}

/* Keep word W past APP_WORDS_MAX: a run's first word, a run ending where
 * a value of the row is read (lost_word_among_values). */
static void appeals_word_lost(parse_ctx *ctx, struct app_word w)
{
    size_t nv = ctx->vals.n;
    uint32_t last_val = nv ? ctx->vals.v[nv - 1].start : 0;
    const struct app_lost_run *r = ctx->napp_lost ? &ctx->app_lost[ctx->napp_lost - 1] : NULL;
    if (r && r->nvals == nv && r->last_val == last_val)
        return; /* no value since the run's first word */
    if (ctx->napp_lost < APP_LOST_RUNS)
        ctx->app_lost[ctx->napp_lost++] = (struct app_lost_run){w, nv, last_val};
    else
        ctx->app_lost_more = true;
}

/* A word of table 四's header: a group's (HEAD: 行政复议 by its row key,
 * 行政诉讼 the one without a key) or a result column's, kept in runs: a run
 * ends where a result word repeats (each group prints its five) and at the
 * end of its line. */
void bld_appeals_word(parse_ctx *ctx, const ptok *t, bool head)
{
    struct app_word w = {t->start, t->end, t->key, head};
    if (ctx->napp_words < APP_WORDS_MAX) /* for a transposed table (build_trans_more.c) */
        ctx->app_words[ctx->napp_words++] = w;
    else
        appeals_word_lost(ctx, w);
    if (head) {
        int g = t->key == XXGK_R_REVIEW              ? HDR_REVIEW
                : t->key == 0                        ? HDR_SUITS
                : t->key == XXGK_R_SUIT_DIRECT       ? HDR_SUIT_DIRECT
                : t->key == XXGK_R_SUIT_AFTER_REVIEW ? HDR_SUIT_AFTER
                                                     : -1;
        if (g >= 0)
            see_word(&ctx->app_heads[g], t);
        if (g >= 0 && ctx->napp_head_seq < 8)
            ctx->app_head_seq[ctx->napp_head_seq++] = (struct app_head_at){t->start, t->end, g, t->entry};
        return;
    }
    int r = ctx->napp_runs - 1;
    bool repeat = r < 0 || ctx->app_run_n[r] == 5;
    for (int i = 0; r >= 0 && i < ctx->app_run_n[r]; i++)
        repeat |= label_entry_at(ctx->app_runs[r][i].entry)->key == t->key;
    /* a run is on one line: words on two lines say no order (as in
     * word_order), and a PDF's text may put part of one group's words
     * before another's */
    repeat = repeat || !doc_same_line(ctx->doc, ctx->app_runs[r][ctx->app_run_n[r] - 1].at, t->start);
    if (repeat && r >= 0 && ctx->app_run_n[r] == 1) {
        ctx->app_run_n[r] = 0; /* a word alone says no order: its place is taken */
    } else if (repeat) {
        if (ctx->napp_runs == 6)
            return; /* more runs than groups twice over: the first six tell */
        r = ctx->napp_runs++;
        ctx->app_run_n[r] = 0;
    }
    struct hdr_word *h = &ctx->app_runs[r][ctx->app_run_n[r]++];
    *h = (struct hdr_word){0, 0, 0, 0};
    see_word(h, t);
}

/* A result column's place in the template (0 to 4, 5 for none). */
static int result_rank(int key) { return xxgk_tpl_result_rank(key); }

static int run_key(const parse_ctx *ctx, int r, int i) { return label_entry_at(ctx->app_runs[r][i].entry)->key; }

/* The first run whose words are out of the template's order, -1: none;
 * *AT the first word of it that stands before one the template puts
 * first. */
static int run_out_of_order(const parse_ctx *ctx, int *at)
{
    for (int r = 0; r < ctx->napp_runs; r++)
        for (int i = 1; i < ctx->app_run_n[r]; i++)
            if (result_rank(run_key(ctx, r, i - 1)) > result_rank(run_key(ctx, r, i))) {
                *at = i - 1;
                return r;
            }
    return -1;
}

static unsigned run_results(const parse_ctx *ctx, int r);

/* Whether run 0 (行政复议's five) sits where the header's layout puts
 * 行政复议's columns: on the line of the word 行政复议, or on the line of
 * the suits' group words (未经复议直接起诉, 复议后起诉), before both. */
static bool first_run_under_review(const parse_ctx *ctx)
{
    const struct hdr_word *run = ctx->app_runs[0];
    const struct hdr_word *review = &ctx->app_heads[HDR_REVIEW];
    if (review->seen && doc_same_line(ctx->doc, review->at, run[0].at))
        return true;
    int beside = 0;
    for (int g = HDR_SUIT_DIRECT; g <= HDR_SUIT_AFTER; g++) {
        const struct hdr_word *w = &ctx->app_heads[g];
        if (!w->seen || !doc_same_line(ctx->doc, w->at, run[0].at))
            continue;
        if (w->at < run[4].end)
            return false; /* the suits' group word first: the run is not 行政复议's */
        beside++;
    }
    return beside > 0;
}

/* Whether the header prints three runs of all five result words, one a
 * group, the k-th run the k-th group printed (GROUPS), where the layout
 * says so: all fifteen on one line; or 行政复议 printed first, its five
 * on its own line or before the suits' group words on theirs
 * (first_run_under_review), the suits' ten together on one later line.
 * Else which run is whose is not said (runs on other lines, 行政复议's
 * five after the suits' group words or on the ten's line before them,
 * 行政复议 printed last). */
static bool runs_one_a_group(const parse_ctx *ctx, const int groups[3])
{
    if (ctx->napp_runs != 3)
        return false;
    for (int r = 0; r < 3; r++)
        if (ctx->app_run_n[r] != 5 || run_results(ctx, r) != 0x1Fu)
            return false;
    uint32_t first[3] = {ctx->app_runs[0][0].at, ctx->app_runs[1][0].at, ctx->app_runs[2][0].at};
    bool ten_together = doc_same_line(ctx->doc, first[1], first[2]);
    if (ten_together && doc_same_line(ctx->doc, first[0], first[1]))
        return true; /* all fifteen on one line */
    return groups[0] == XXGK_R_REVIEW && ten_together && first_run_under_review(ctx);
}

/* The five result columns of each group in the printed order (PERM[k]:
 * the k-th group the header prints): the template's when every run is in
 * its order as far as printed; another when every run of two words or
 * more prints all five in that one order; each run's own when the header
 * prints three runs of all five, one a group, run k the k-th of GROUPS
 * (runs_one_a_group), and the groups are the header's (not OWN_ROWS: rows
 * labelled by their groups, whose order need not be the runs'). Else
 * P030, false. */
static bool appeals_results(parse_ctx *ctx, bool own_rows, const int groups[3], int perm[3][5])
{
    int at = 0, out = run_out_of_order(ctx, &at);
    for (int i = 0; i < 5; i++)
        perm[0][i] = xxgk_tpl_appeals_col(i);
    memcpy(perm[1], perm[0], sizeof perm[0]);
    memcpy(perm[2], perm[0], sizeof perm[0]);
    if (out < 0)
        return true;
    const struct hdr_word *run = ctx->app_runs[out];
    if (!own_rows && runs_one_a_group(ctx, groups)) {
        for (int k = 0; k < 15; k++)
            perm[k / 5][k % 5] = run_key(ctx, k / 5, k % 5);
        note_order(ctx, &run[at], &run[at + 1]);
        return true;
    }
    for (int r = 0; r < ctx->napp_runs; r++)
        for (int i = 0; i < 5 && ctx->app_run_n[r] > 1; i++)
            if (i >= ctx->app_run_n[r] || ctx->app_run_n[out] < 5 || run_key(ctx, r, i) != run_key(ctx, out, i)) {
                /* a group's columns in another order, or fewer: which
                 * column the i-th number is, is not said */
                int key = i < ctx->app_run_n[out] ? run_key(ctx, out, i) : xxgk_tpl_appeals_col(i);
                header_unmapped(ctx, XXGK_TABLE_APPEALS, &run[at], &run[at + 1],
                                word_text(LK_COL, XXGK_TABLE_APPEALS, key));
                return false;
            }
    for (int k = 0; k < 15; k++)
        perm[k / 5][k % 5] = run_key(ctx, out, k % 5);
    note_order(ctx, &run[at], &run[at + 1]);
    return true;
}

/* The three groups in the printed order (GROUPS: their rows): 行政复议
 * against 行政诉讼 (placed by its own word, else by the first of its two
 * groups' on the line of 行政复议), and 未经复议直接起诉 against 复议后起诉.
 * Each pair printed out of the template's order is followed; a pair with a
 * word missing is in the template's order (nothing says otherwise). False
 * (P030) when 行政诉讼 is placed only by a group word on another line. */
static bool appeals_groups(parse_ctx *ctx, int groups[3])
{
    const struct hdr_word *h = ctx->app_heads;
    bool suits_swapped = h[HDR_SUIT_DIRECT].seen && h[HDR_SUIT_AFTER].seen &&
                         word_order(ctx, &h[HDR_SUIT_DIRECT], &h[HDR_SUIT_AFTER]) == AFTER;
    const struct hdr_word *suits = &h[HDR_SUITS];
    if (!suits->seen)
        suits = !h[HDR_SUIT_AFTER].seen || (h[HDR_SUIT_DIRECT].seen && h[HDR_SUIT_DIRECT].at < h[HDR_SUIT_AFTER].at)
                    ? &h[HDR_SUIT_DIRECT]
                    : &h[HDR_SUIT_AFTER];
    bool review_after = h[HDR_REVIEW].seen && suits->seen && word_order(ctx, &h[HDR_REVIEW], suits) == AFTER;
    if (review_after && !h[HDR_SUITS].seen && !header_line_holds(ctx, &h[HDR_REVIEW], suits)) {
        header_unmapped(ctx, XXGK_TABLE_APPEALS, suits, &h[HDR_REVIEW],
                        word_text(LK_HEAD, XXGK_TABLE_APPEALS, 0));
        return false;
    }
    int d = suits_swapped ? XXGK_R_SUIT_AFTER_REVIEW : XXGK_R_SUIT_DIRECT;
    int a = suits_swapped ? XXGK_R_SUIT_DIRECT : XXGK_R_SUIT_AFTER_REVIEW;
    groups[0] = review_after ? d : XXGK_R_REVIEW;
    groups[1] = review_after ? a : d;
    groups[2] = review_after ? XXGK_R_REVIEW : a;
    if (review_after)
        note_order(ctx, suits, &h[HDR_REVIEW]);
    else if (suits_swapped)
        note_order(ctx, &h[HDR_SUIT_AFTER], &h[HDR_SUIT_DIRECT]);
    return true;
}

/* The group word labelling the line of values from FIRST to LAST, an
 * index in app_head_seq: the last group word on its line before its first
 * value, or else the first after its last value on its line (a label
 * printed after its numbers: 1 ⇥ 3 ⇥ 2 ⇥ 4 ⇥ 10 ⇥ 行政复议); 行政诉讼 alone
 * names two groups: none. -1 when there is none. */
static int line_label(const parse_ctx *ctx, const ptok *first, const ptok *last)
{
    uint32_t line = xxgk_doc_line(ctx->doc, first->start).start;
    int before = -1, after = -1;
    for (int i = 0; i < ctx->napp_head_seq; i++) {
        const struct app_head_at *h = &ctx->app_head_seq[i];
        if (h->group == HDR_SUITS)
            continue;
        if (h->at < first->start && h->at >= line)
            before = i;
        else if (after < 0 && h->at > last->start && doc_same_line(ctx->doc, h->at, last->start))
            after = i;
    }
    return before >= 0 ? before : after;
}

/* The group a line of values from FIRST to LAST is the row of (its
 * label's, line_label), -1 when there is none. */
static int line_group(const parse_ctx *ctx, const ptok *first, const ptok *last)
{
    static const int rows[HDR_GROUPS] = {XXGK_R_REVIEW, 0, XXGK_R_SUIT_DIRECT, XXGK_R_SUIT_AFTER_REVIEW};
    int label = line_label(ctx, first, last);
    return label < 0 ? -1 : rows[ctx->app_head_seq[label].group];
}

/* Table 四 printed as three rows, each group's word the label of its
 * five values (行政复议 ⇥ 3 ⇥ 1 …, 行政诉讼（复议后起诉） ⇥ …): the rows'
 * order is the groups'. True when the fifteen values VALS are three lines
 * of five, each labelled by a different group; GROUPS their rows. */
static bool row_labelled_width(parse_ctx *ctx, const ptok *vals, size_t n, int w, int groups[3]);

static bool row_labelled_groups(parse_ctx *ctx, const ptok *vals, size_t n, int groups[3])
{
    return row_labelled_width(ctx, vals, n, 5, groups);
}

/* The same for rows of W values each (four: no 总计 printed). */
static bool row_labelled_width(parse_ctx *ctx, const ptok *vals, size_t n, int w, int groups[3])
{
    if (n != (size_t)(3 * w))
        return false;
    for (int k = 0; k < 3; k++) {
        const ptok *first = &vals[w * k], *last = &vals[w * k + w - 1];
        if (!doc_same_line(ctx->doc, first->start, last->start) ||
            (k && doc_same_line(ctx->doc, first[-1].start, first->start)))
            return false;
        groups[k] = line_group(ctx, first, last);
        if (groups[k] < 0 || (k && groups[k] == groups[k - 1]) || (k == 2 && groups[2] == groups[0]))
            return false;
    }
    return true;
}

/* A group's place in the template (0 to 2). */
static int group_rank(int row)
{
    return row == XXGK_R_REVIEW ? 0 : row == XXGK_R_SUIT_DIRECT ? 1 : 2;
}

/* The group word labelling the line of values from FIRST to LAST. */
static struct hdr_word row_label_word(const parse_ctx *ctx, const ptok *first, const ptok *last)
{
    int label = line_label(ctx, first, last);
    if (label < 0)
        return (struct hdr_word){0, 0, 0, 1};
    const struct app_head_at *h = &ctx->app_head_seq[label];
    return (struct hdr_word){h->at, h->end, h->entry, 1};
}

/* Whether text T names a group of table 四 in words the lexer does not
 * take as a group's word: its blanks aside and in simplified script, the
 * end of a group's label, two characters at least (直接起诉, 直接起訴 of
 * 未经复议直接起诉; 复议 of 行政复议). Other text (见附件说明, 另有撤诉)
 * names none. */
static bool text_names_group(const parse_ctx *ctx, const ptok *t)
{
    static const char *const labels[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
    char s[64];
    size_t n = 0;
    for (uint32_t i = t->start, cp; (cp = utf8_next(ctx->doc->src, &i, t->end)) != 0;) {
        if (cp == ' ' || cp == '\t' || cp == 0x3000)
            continue;
        if (n + 4 >= sizeof s)
            return false; /* longer than any label */
        n += utf8_put(s + n, script_to_simplified(cp));
    }
    if (n < 6)
        return false; /* one character names no group */
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t l = strlen(labels[k]);
        if (n <= l && memcmp(labels[k] + l - n, s, n) == 0)
            return true;
    }
    return false;
}

/* Text ending a line of five numbers in table 四 (SO_FAR values read, ten
 * or fifteen), the line before it labelled by a group's word after its
 * numbers (1 ⇥ 3 ⇥ 2 ⇥ 4 ⇥ 10 ⇥ 行政复议 ⏎ 5 ⇥ 1 ⇥ 0 ⇥ 2 ⇥ 8 ⇥ 直接起诉): the
 * line's label, no value, when it names a group in words the lexer does
 * not take (text_names_group). Other text there (…⇥8⇥见附件说明) is no
 * label: it stays where a value is due (P009) or, after the fifteenth,
 * text in the table (P019). True when T is such a label. */
bool bld_appeals_text_label_after(const parse_ctx *ctx, const ptok *t, size_t so_far)
{
    const cellbuf *b = &ctx->vals;
    size_t n = b->n;
    if ((so_far != 10 && so_far != 15) || n < 10)
        return false;
    const ptok *v = b->v;
    if (doc_same_line(ctx->doc, v[n - 6].start, t->start) ||
        bld_digits_in(ctx->doc->src, t->end, xxgk_doc_line(ctx->doc, t->start).end))
        return false;
    for (size_t i = n - 5; i < n; i++)
        if (v[i].tok != NUMBER || !doc_same_line(ctx->doc, v[i].start, t->start))
            return false; /* not a line of five numbers */
    if (!text_names_group(ctx, t))
        return false;
    for (int i = 0; i < ctx->napp_words; i++) {
        const struct app_word *w = &ctx->app_words[i];
        if (w->head && w->key && w->at > v[n - 6].start && w->at < v[n - 5].start &&
            doc_same_line(ctx->doc, w->at, v[n - 6].start))
            return true;
    }
    return false;
}

/* header → cells (table 四): the fifteen values VALS' rows and columns,
 * the groups one after another in their printed order (the header's, or
 * the rows' when each group's word labels its five values), each group's
 * five results in theirs. False when the header cannot be read for
 * certain (P030 said): the values go to no cell. */
bool bld_appeals_columns(parse_ctx *ctx, const ptok *vals, size_t n, int rows[15], int cols[15])
{
    int groups[3], perm[3][5];
    bool own_rows = row_labelled_groups(ctx, vals, n, groups);
    if (own_rows) {
        for (int k = 1; k < 3; k++)
            if (group_rank(groups[k - 1]) > group_rank(groups[k])) {
                /* a row printed before one the template puts first */
                struct hdr_word a = row_label_word(ctx, &vals[5 * (k - 1)], &vals[5 * k - 1]),
                                b = row_label_word(ctx, &vals[5 * k], &vals[5 * k + 4]);
                note_order(ctx, &a, &b);
                break;
            }
    } else if (!appeals_groups(ctx, groups)) {
        return false;
    }
    if (!appeals_results(ctx, own_rows, groups, perm))
        return false;
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < 5; i++) {
            rows[5 * g + i] = groups[g];
            cols[5 * g + i] = perm[g][i];
        }
    return true;
}

/* Whether header word W stands in the gap between the value at FROM (0:
 * the text before the numbers) and the value TO: after the one, before the
 * other, and no row's label (a group's word on TO's line before it, or on
 * FROM's line after it: 1 ⇥ 3 ⇥ 2 ⇥ 4 ⇥ 10 ⇥ 行政复议). A result word
 * on TO's line is asked apart (result_beside_value). */
static bool in_gap(const parse_ctx *ctx, const struct app_word *w, uint32_t from, const ptok *to)
{
    if (w->at <= from || w->at >= to->start || doc_same_line(ctx->doc, w->at, to->start))
        return false;
    /* a group's word ending FROM's line labels it; 行政诉讼 (key 0) names
     * no one group, as in line_label: a word among the numbers */
    return !(w->head && w->key != 0 && from > 0 && doc_same_line(ctx->doc, w->at, from));
}

/* The header words of table 四 printed between a value at FROM and the
 * value TO, but for a word on TO's line (the label of the values there:
 * 行政复议 ⇥ 3 ⇥ 1 …; a result word and its number). */
struct app_gap {
    int first;        /* the first word's index in app_words, -1: none */
    size_t nresults;  /* result words */
    unsigned results; /* their columns, a bit per place (result_rank) */
    bool review;      /* 行政复议 */
    bool suits;       /* 行政诉讼 or one of its groups */
};

static struct app_gap words_between(const parse_ctx *ctx, uint32_t from, const ptok *to)
{
    struct app_gap g = {-1, 0, 0, false, false};
    for (int i = 0; i < ctx->napp_words; i++) {
        const struct app_word *w = &ctx->app_words[i];
        if (!in_gap(ctx, w, from, to))
            continue;
        if (g.first < 0)
            g.first = i;
        if (w->head) {
            g.review |= w->key == XXGK_R_REVIEW;
            g.suits |= w->key != XXGK_R_REVIEW;
        } else if (result_rank(w->key) < 5) {
            g.results |= 1u << result_rank(w->key);
            g.nresults++;
        }
    }
    return g;
}

/* A group word's place in the template's order: 行政复议 0, 未经复议直接起诉
 * 1 (行政诉讼, over both suits' groups, begins at 1), 复议后起诉 2; -1: a
 * word of no group. */
static int group_place(int key)
{
    return key == XXGK_R_REVIEW               ? 0
           : key == 0 || key == XXGK_R_SUIT_DIRECT ? 1
           : key == XXGK_R_SUIT_AFTER_REVIEW ? 2
                                             : -1;
}

/* The result columns table 四's header words before UPTO print, as their
 * ranks in the template's order (ORDER, *WIDTH of them): the columns each
 * group has. */
static size_t header_results(const parse_ctx *ctx, uint32_t upto, unsigned char order[5])
{
    unsigned m = 0;
    for (int i = 0; i < ctx->napp_words && ctx->app_words[i].at < upto; i++)
        if (!ctx->app_words[i].head && result_rank(ctx->app_words[i].key) < 5)
            m |= 1u << result_rank(ctx->app_words[i].key);
    size_t width = 0;
    for (unsigned char r = 0; r < 5; r++)
        if (m & (1u << r))
            order[width++] = r;
    return width;
}

/* Whether the header words printed after FROM and before the value TO
 * (not on TO's line: a row's label) name exactly the NV cells from the
 * row's place V on, in the template's order: the result words the columns
 * of ORDER (WIDTH a group) from V's on, one a value; a group's words only
 * where a group begins, the first of them naming that group, the others
 * after it in the template's order, the last the group of the last cell
 * (or, over the first value, the last group: the header naming them all).
 * Such words are a part of the header over its own values (a sub-table,
 * a group over its numbers, a word over each number): they prove which
 * column each value is under. */
static bool words_name_cells(const parse_ctx *ctx, uint32_t from, const ptok *to, size_t v, size_t nv,
                             size_t nmax, const unsigned char *order, size_t width)
{
    size_t k = 0;   /* result words so far */
    int place = -1; /* the last group word's place */
    bool stacked = false; /* a group word since the last result word */
    for (int i = 0; i < ctx->napp_words; i++) {
        const struct app_word *w = &ctx->app_words[i];
        if (!in_gap(ctx, w, from, to))
            continue;
        if (w->head) {
            int p = group_place(w->key);
            if (p < place || (!stacked && ((v + k) % width != 0 || (size_t)p != (v + k) / width)))
                return false; /* out of order, or not where its group begins */
            place = p;
            stacked = true;
            continue;
        }
        if (k == nmax || result_rank(w->key) != order[(v + k) % width])
            return false; /* more words than cells, or a column out of order */
        k++;
        stacked = false;
    }
    /* the header before the numbers may name every group at once, over
     * its first group's words (行政复议 ⏎ 行政诉讼 ⏎ … ⏎ 复议后起诉 ⏎ 结果维持 …) */
    bool all_groups = v == 0 && place == 2;
    return k >= nv && k <= nmax && k > 0 && (place < 0 || all_groups || (size_t)place == (v + k - 1) / width);
}

/* Whether the header words between the values at FROM and TO repeat, in
 * the same order, words printed together before the first value at FIRST
 * where those name every cell (a page break printing part of the header
 * again: 行政复议 ⏎ 行政诉讼, one row of result words). */
static bool words_repeat_header(const parse_ctx *ctx, uint32_t from, const ptok *to, uint32_t first, size_t width)
{
    int nh = 0;
    struct app_gap h = words_between(ctx, 0, &(ptok){.start = first});
    if (!h.review || !h.suits || h.nresults != 3 * width)
        return false; /* the header before the numbers does not name every cell */
    while (nh < ctx->napp_words && ctx->app_words[nh].at < first)
        nh++;
    int g0 = -1, m = 0;
    for (int i = nh; i < ctx->napp_words && ctx->app_words[i].at < to->start; i++)
        if (in_gap(ctx, &ctx->app_words[i], from, to)) {
            if (g0 < 0)
                g0 = i;
            m++;
        }
    for (int s = 0; g0 >= 0 && s + m <= nh; s++) {
        int j = 0;
        while (j < m && ctx->app_words[s + j].head == ctx->app_words[g0 + j].head &&
               ctx->app_words[s + j].key == ctx->app_words[g0 + j].key)
            j++;
        if (j == m)
            return true;
    }
    return false;
}

/* Whether the header words printed again between the value at FROM and
 * the value V at TO (a page break's repeat) stand where the cells they
 * name begin: the first result word the column of V's place (ORDER, WIDTH
 * a group), a group's word only where a group begins. A header word or
 * two left among the numbers (总计 after a group's third) repeat part of
 * the header too, but name no cell from there on: not a page break. */
static bool repeat_at_its_place(const parse_ctx *ctx, uint32_t from, const ptok *to, size_t v,
                                const unsigned char *order, size_t width)
{
    for (int i = 0; i < ctx->napp_words && ctx->app_words[i].at < to->start; i++) {
        const struct app_word *w = &ctx->app_words[i];
        if (!in_gap(ctx, w, from, to))
            continue;
        if (w->head && v % width != 0)
            return false;
        if (!w->head && result_rank(w->key) < 5)
            return result_rank(w->key) == order[v % width];
    }
    return true;
}

/* Whether header word W, when a result column's word on the line of the
 * value TO (the row's place V) before it, names the column that value
 * fills in the template's order (ORDER, WIDTH a group): 结果维持 ⇥ 1 over
 * a group's first cell. A group's word there is the line's label; a
 * result word of another column (结果维持 ⇥ 0 at a group's 总计) says the
 * numbers are not in the header's order. */
static bool result_beside_value(const parse_ctx *ctx, const struct app_word *w, const ptok *to, size_t v,
                                const unsigned char *order, size_t width)
{
    if (w->head || result_rank(w->key) >= 5 || !doc_same_line(ctx->doc, w->at, to->start))
        return true;
    return width > 0 && result_rank(w->key) == order[v % width];
}

/* Whether header word W, when a group's word ending the line of the value
 * before TO (the row's place V) after it — the line's label printed after
 * its numbers — names the group the line is read as: any, when each line
 * of five is labelled (LABELLED: the labels order the groups,
 * row_labelled_groups), else the template's group whose values end at V.
 * A label naming another group says the header's order is not the text's.
 * 行政诉讼 (key 0) names both suit groups, so no one group: as line_label,
 * it is not read as a line's label (any reason it stands there is the
 * drawing order's). */
static bool label_after_fits(const parse_ctx *ctx, const struct app_word *w, const ptok *to, size_t v,
                             size_t width, bool labelled)
{
    if (!w->head || w->key == 0 || labelled || doc_same_line(ctx->doc, w->at, to->start) ||
        !doc_same_line(ctx->doc, w->at, to[-1].start))
        return true;
    return width > 0 && v % width == 0 && (size_t)group_place(w->key) == (v - 1) / width;
}

/* The first word of a gap among the row's values, and the value after it. */
struct app_at {
    int word;
    size_t v;
};

/* Why the numbers are not in the header's order (P137's last argument):
 * a PDF's text in drawing order, or a line's label after its numbers. */
enum app_why { WHY_DRAWING_ORDER, WHY_LABEL_AFTER };

static const char *app_why_text(const parse_ctx *ctx, enum app_why why)
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    if (why == WHY_LABEL_AFTER)
        return zh ? "行末的组名标注其前的数值，而表头在此处为另一组的数值"
                  : "a group's word ending a line labels the numbers before it, where the header puts another group's";
    return zh ? "如不带 -layout 的 pdftotext 按绘制顺序输出的 PDF 文本"
              : "a PDF's text in drawing order, as pdftotext without -layout gives it";
}

/* P137 at header word W among table 四's values VALS, standing before
 * the value V (or the row's end), after the number before it, for WHY. */
static void words_among_values_why(parse_ctx *ctx, const struct app_word *w, const ptok *vals, size_t v,
                                   enum app_why why)
{
    size_t last = v - 1;
    while (last > 0 && vals[last].tok != NUMBER)
        last--; /* the number the word follows (vals[lo] is one) */
    char word[64], before[32];
    bld_text_of(ctx, &(ptok){.start = w->at, .end = w->end}, word, sizeof word);
    bld_text_of(ctx, &vals[last], before, sizeof before);
    xxgk_doc_add_diag(ctx->doc, XXGK_P_APPEALS_WORDS_AMONG_VALUES, span_of(w->at, w->end), word,
                      bld_table_numeral(XXGK_TABLE_APPEALS), before, app_why_text(ctx, why));
}

static void words_among_values_diag(parse_ctx *ctx, const struct app_word *w, const ptok *vals, size_t v)
{
    words_among_values_why(ctx, w, vals, v, WHY_DRAWING_ORDER);
}

/* A header word past the first APP_WORDS_MAX that may stand among the
 * values from LO to HI: the first word of a run of them after the first
 * value and before the last (a run holds no value between its words), or
 * any past the runs kept when the last kept stands before the last value
 * (where those stand is not known, so the columns are not proven). True,
 * with P137 at it. */
static bool lost_word_among_values(parse_ctx *ctx, const ptok *vals, size_t lo, size_t hi)
{
    const struct app_word *w = NULL;
    for (int k = 0; k < ctx->napp_lost && !w; k++) {
        const struct app_word *r = &ctx->app_lost[k].w;
        if (r->at > vals[lo].start && r->at < vals[hi - 1].start)
            w = r;
    }
    if (!w && ctx->app_lost_more && ctx->app_lost[ctx->napp_lost - 1].w.at < vals[hi - 1].start)
        w = &ctx->app_lost[ctx->napp_lost - 1].w;
    if (!w)
        return false; /* all lost words after the numbers, or all before */
    size_t v = lo + 1;
    while (v < hi && vals[v].start < w->at)
        v++;
    words_among_values_diag(ctx, w, vals, v);
    return true;
}

/* Table 四's values VALS with header words printed among its numbers
 * (after the first, before the last of the row's fifteen; none labelling
 * the values on its line). Read as before where the words prove the
 * columns: each part of the header over its own values in the template's
 * order (words_name_cells: a sub-table 行政复议 then one 行政诉讼, each
 * group over its numbers, a word over each number), or part of the whole
 * header printed again (a page break: words_repeat_header, or 行政复议, a
 * suits' word and all five result columns). Otherwise — pdftotext without
 * -layout printing each cell on a line of its own in the PDF's drawing
 * order, one group's numbers before another group's words, a header
 * cell's pieces apart, a total drawn after the others, groups in another
 * order — the text does not place the numbers under the header's columns,
 * and filling them in the template's order would put a number where the
 * report did not. True, with P137 at the first gap not proven: no cell. */
bool bld_appeals_words_among_values(parse_ctx *ctx, const ptok *vals, size_t n)
{
    /* the row's fifteen: what follows them is no value of the row (text
     * ending it, P006, P013), words there interleave none */
    size_t cells = n < XXGK_TPL_APPEALS_VALUES ? n : XXGK_TPL_APPEALS_VALUES, lo = 0, hi = cells;
    while (lo < hi && vals[lo].tok != NUMBER)
        lo++; /* a mark's text cell (行政复议 ¹) is no number the words come after */
    while (hi > lo && vals[hi - 1].tok != NUMBER)
        hi--;
    if (hi - lo < 2)
        return false;
    if (lost_word_among_values(ctx, vals, lo, hi))
        return true;
    int i = ctx->napp_words - 1;
    while (i >= 0 && ctx->app_words[i].at >= vals[cells - 1].start)
        i--; /* the words after the numbers; app_words are in text order */
    if (i < 0 || ctx->app_words[i].at <= vals[lo].start)
        return false; /* the header all before the numbers: the common case, asked in O(1) */
    unsigned char order[5];
    size_t width = header_results(ctx, vals[cells - 1].start, order);
    struct app_at gaps[XXGK_TPL_APPEALS_VALUES];
    size_t ngaps = 0, v = lo, gap = 0;
    struct app_at beside = {-1, 0}, mislabel = {-1, 0};
    int groups[3];
    bool labelled = row_labelled_groups(ctx, vals, n, groups) ||
                    (n == 12 && width == 4 && row_labelled_width(ctx, vals, n, 4, groups));
    for (i = 0; i < ctx->napp_words; i++) {
        uint32_t at = ctx->app_words[i].at;
        if (at <= vals[lo].start || at >= vals[cells - 1].start)
            continue;
        while (vals[v].start < at)
            v++; /* vals[v]: the first value after the word */
        if (beside.word < 0 && !result_beside_value(ctx, &ctx->app_words[i], &vals[v], v, order, width))
            beside = (struct app_at){i, v};
        if (mislabel.word < 0 && !label_after_fits(ctx, &ctx->app_words[i], &vals[v], v, width, labelled))
            mislabel = (struct app_at){i, v};
        if (v == gap)
            continue; /* its gap's words were asked */
        gap = v;
        struct app_gap g = words_between(ctx, vals[v - 1].start, &vals[v]);
        if (g.first < 0)
            continue;
        bool again = g.review && g.suits && g.results == 0x1Fu;
        if (width && (again || words_repeat_header(ctx, vals[v - 1].start, &vals[v], vals[lo].start, width)) &&
            repeat_at_its_place(ctx, vals[v - 1].start, &vals[v], v, order, width))
            continue; /* a page break printing the header again */
        gaps[ngaps++] = (struct app_at){g.first, v};
    }
    if (ngaps == 0 && beside.word < 0 && mislabel.word < 0)
        return false;
    /* the header before the numbers names the cells up to the first gap,
     * each gap's words those up to the next */
    size_t bad = 0;
    bool proven = ngaps == 0 || (width > 0 && words_name_cells(ctx, 0, &vals[lo], 0, gaps[0].v, gaps[0].v, order, width));
    for (size_t k = 0; proven && k < ngaps; k++) {
        /* the last gap's words name the row's cells to its end, blank and
         * text cells (—, an empty cell) counted; a row cut short (fewer
         * than fifteen: P007) may have words for the cells it lacks */
        bool last = k + 1 == ngaps;
        size_t end = last ? cells : gaps[k + 1].v;
        size_t most = last && n < XXGK_TPL_APPEALS_VALUES ? XXGK_TPL_APPEALS_VALUES : end;
        proven = words_name_cells(ctx, vals[gaps[k].v - 1].start, &vals[gaps[k].v], gaps[k].v, end - gaps[k].v,
                                  most - gaps[k].v, order, width);
        bad = k;
    }
    /* the first in the text of the gap not proven, the word beside a
     * number of another column and the label after another group's */
    struct app_at at = proven ? (struct app_at){-1, 0} : gaps[bad];
    if (beside.word >= 0 && (at.word < 0 || beside.word < at.word))
        at = beside;
    if (mislabel.word >= 0 && (at.word < 0 || mislabel.word < at.word)) {
        words_among_values_why(ctx, &ctx->app_words[mislabel.word], vals, mislabel.v, WHY_LABEL_AFTER);
        return true;
    }
    if (at.word < 0)
        return false;
    words_among_values_diag(ctx, &ctx->app_words[at.word], vals, at.v);
    return true;
}

/* The result columns run R of table 四's header prints, a bit per place
 * among the template's five (xxgk_tpl_result_rank). */
static unsigned run_results(const parse_ctx *ctx, int r)
{
    unsigned m = 0;
    for (int k = 0; k < ctx->app_run_n[r]; k++)
        if (result_rank(run_key(ctx, r, k)) < 5)
            m |= 1u << result_rank(run_key(ctx, r, k));
    return m;
}

/* P088 at W: the header prints N columns; per group (GROUPS, in the
 * header's order) the result words its run does not print (HAVE: the
 * printed ones, run_results), the groups that lack the same words named
 * together: "no 总计 under 行政复议、复议后起诉; no 尚未审结 under …". */
static void note_short_header(parse_ctx *ctx, const struct hdr_word *w, int n, const int groups[3],
                              const unsigned have[3])
{
    bool zh = ctx->doc->lang == XXGK_LANG_ZH;
    char text[512] = "";
    size_t len = 0;
    bool said[3] = {false, false, false};
    for (int r = 0; r < 3; r++) {
        unsigned lack = ~have[r] & 0x1fu;
        if (said[r] || !lack)
            continue;
        char words[160] = "", names[160] = "";
        size_t wl = 0, nl = 0;
        for (int k = 0; k < 5; k++)
            if (lack >> k & 1)
                wl += (size_t)snprintf(words + wl, sizeof words - wl, zh ? "%s“%s”" : "%s%s",
                                       zh || !wl ? "" : "、",
                                       word_text(LK_COL, XXGK_TABLE_APPEALS, xxgk_tpl_appeals_col(k)));
        for (int q = r; q < 3; q++)
            if (!said[q] && (~have[q] & 0x1fu) == lack) {
                said[q] = true;
                const char *g = xxgk_tpl_group_label(groups[q]);
                nl += (size_t)snprintf(names + nl, sizeof names - nl, "%s%s", nl ? "、" : "", g ? g : "?");
            }
        len += (size_t)snprintf(text + len, sizeof text - len, zh ? "%s%s下无%s" : "%sno %s under %s",
                                len ? (zh ? "；" : "; ") : "", zh ? names : words, zh ? words : names);
        if (len >= sizeof text)
            break;
    }
    xxgk_doc_add_diag(ctx->doc, XXGK_P_APPEALS_SHORT_HEADER, span_of(w->at, w->end), n, text);
}

/* Table 四 printed with fewer than five columns to a group (its 总计
 * left out, 结果维持 结果纠正 其他结果 尚未审结 under each group; or 总计
 * under one group only): the header's three runs of result words, four or
 * five each, prove each group's columns, and N values, as many as the runs'
 * words together, are read by them, value i to its group's word above it
 * (ROWS, COLS; the groups in the header's order). False when the header
 * proves no such thing (any other count of runs, a run of fewer words,
 * values of another count, all three groups of five: the template's
 * fifteen, bld_appeals_columns). The cells the header does not print stay
 * empty, said once (P088, at the first run of fewer than five words). */
bool bld_appeals_short_columns(parse_ctx *ctx, const ptok *vals, size_t n, int rows[15], int cols[15])
{
    int groups[3];
    if (ctx->napp_runs == 1 && ctx->app_run_n[0] == 4 && n == 12 && row_labelled_width(ctx, vals, n, 4, groups)) {
        /* three rows of four, each labelled by its group, under one run
         * of four result words */
        for (size_t i = 0; i < n; i++) {
            rows[i] = groups[i / 4];
            cols[i] = run_key(ctx, 0, (int)(i % 4));
        }
        unsigned have = run_results(ctx, 0);
        note_short_header(ctx, &ctx->app_runs[0][0], (int)n,
                          (int[3]){xxgk_tpl_appeals_group(0), xxgk_tpl_appeals_group(1), xxgk_tpl_appeals_group(2)},
                          (unsigned[3]){have, have, have}); /* one run: every group, the template's order */
        for (int k = 1; k < 3; k++)
            if (group_rank(groups[k - 1]) > group_rank(groups[k])) {
                struct hdr_word a = row_label_word(ctx, &vals[4 * (k - 1)], &vals[4 * k - 1]),
                                b = row_label_word(ctx, &vals[4 * k], &vals[4 * k + 3]);
                note_order(ctx, &a, &b); /* as for rows of five */
                break;
            }
        return true;
    }
    if (ctx->napp_runs != 3 || n == 0 || n >= 15)
        return false;
    size_t total = 0;
    int short_run = -1;
    for (int r = 0; r < 3; r++) {
        if (ctx->app_run_n[r] < 4)
            return false;
        if (ctx->app_run_n[r] < 5 && short_run < 0)
            short_run = r;
        total += (size_t)ctx->app_run_n[r];
    }
    if (short_run < 0 || total != n)
        return false;
    if (!appeals_groups(ctx, groups))
        return false;
    size_t i = 0;
    unsigned have[3];
    for (int r = 0; r < 3; r++) {
        for (int k = 0; k < ctx->app_run_n[r]; k++, i++) {
            rows[i] = groups[r];
            cols[i] = run_key(ctx, r, k);
        }
        have[r] = run_results(ctx, r);
    }
    note_short_header(ctx, &ctx->app_runs[short_run][0], (int)n, groups, have);
    return true;
}

/* header → cells: a column printed after one that comes later in the
 * template. Table 二 takes its columns from its header, table 三 its five
 * 法人或其他组织 columns when the header names each once: the printed order
 * is followed, and said once a table (P022, when the table ends), never
 * silently. 小计 and 总计 have places of their own and are not compared. */
/* A column's place in its template header: 2019's 处理决定数量 comes after
 * 上一年项目数量 and 本年增/减; every other header is in key order. */
static int col_rank(int key)
{
    switch (key) {
    case XXGK_C_PREV_ITEMS: return 0;
    case XXGK_C_CHANGE: return 1;
    case XXGK_C_DECISIONS: return 2;
    default: return key;
    }
}

void bld_see_reorder(parse_ctx *ctx, int prev_key, int prev_label, const ptok *t)
{
    if (col_rank(prev_key) <= col_rank(t->key) || ctx->reorder_seen)
        return;
    ctx->reorder_seen = true;
    ctx->reorder_at = tok_span(t);
    ctx->reorder_before = prev_label;
    ctx->reorder_after = t->entry;
}

/* At the table's end (end_at): the note, when the printed order was
 * followed. A PDF's table 三 (a document with pages) whose 法人 column
 * labels were read over more than one line (req_org_unsure) is no printed
 * order to follow: its header's lines are rebuilt from word boxes, and a
 * column set lower or a page break through the header reads out of order
 * (docs/formats.md, PDF rule 6d, where rule 6c's x positions could not
 * decide); the reorder is an error there, P106, and every value of the
 * table, from its start (rows on a page before a header printed again),
 * carries it. Labels on one line are in x order (a PDF row is read left
 * to right; rule 6c joins a header it rebuilt into one line): the
 * agency's own order, P022 as in any input. */
/* P106's note: every value of table T, from its start to END_AT. */
static void note_every_value(parse_ctx *ctx, xxgk_diag *d, const xxgk_table *t, uint32_t end_at)
{
    if (d && end_at > t->span.start)
        xxgk_diag_add_note(ctx->doc, d, span_of(t->span.start, end_at), "%s",
                           ctx->doc->lang == XXGK_LANG_ZH ? "该表的每个数值都可能不在所印的列中，其单元格都带此发现"
                                                          : "each value of the table may be in another column than "
                                                            "printed: its cells carry this finding");
}

void bld_note_reorder(parse_ctx *ctx, const xxgk_table *t, uint32_t end_at)
{
    if (t->id == XXGK_TABLE_REQUESTS && ctx->req_org_glued.end) { /* see_glued_org_cell */
        const int *k = ctx->req_org_glued_keys;
        note_every_value(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_PDF_HEADER_ORDER, ctx->req_org_glued,
                                                bld_table_numeral(t->id), word_text(LK_COL, t->id, k[0]),
                                                word_text(LK_COL, t->id, k[1])),
                         t, end_at);
        return;
    }
    if (t->id == XXGK_TABLE_REQUESTS && ctx->req_units_glued.end) { /* units_glued */
        const int *e = ctx->req_units_glued_entries;
        note_every_value(ctx, xxgk_doc_add_diag(ctx->doc, XXGK_P_GLUED_HEADER_ORDER, ctx->req_units_glued,
                                                bld_table_numeral(t->id), bld_canonical_text(label_entry_at(e[0])),
                                                bld_canonical_text(label_entry_at(e[1]))),
                         t, end_at);
    }
    /* a PDF's header that read two 法人 labels out of the template's
     * order on one line (x order, the printed one) but not all five in
     * an order: the rows took the template's order, which the header
     * contradicts and cannot replace (the printed places of the others
     * unknown): P106, not silence. Labels out of order only across lines
     * (a label on one line at a cell's foot, the others wrapped over two)
     * say nothing of the printed order: the template's stands, silent */
    bool pdf = t->id == XXGK_TABLE_REQUESTS && ctx->doc->page_starts && ctx->req_org_unsure;
    if (!ctx->reorder_seen || (t->id == XXGK_TABLE_REQUESTS && !printed_org_order(ctx) && !ctx->req_top_reordered &&
                               !ctx->req_org_followed && !(pdf && ctx->req_org_swap_line)))
        return;
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, pdf ? XXGK_P_PDF_HEADER_ORDER : XXGK_P_HEADER_REORDERED, ctx->reorder_at,
                                     bld_table_numeral(t->id), bld_canonical_text(label_entry_at(ctx->reorder_before)),
                                     bld_canonical_text(label_entry_at(ctx->reorder_after)));
    if (pdf)
        note_every_value(ctx, d, t, end_at);
}

/* Where a table without rows is reported: its section's heading. */
xxgk_span bld_table_heading(const parse_ctx *ctx, const xxgk_table *t)
{
    return ctx->sec ? ctx->sec->heading_span : span_of(t->span.start, t->span.start);
}

/* Table 二's column sets: a header naming one of a set names all of it
 * (2019's 处理决定数量 alone is 2021's one column; 收费 has no 处理决定数量). */
static const int col_sets[][3] = {
    {XXGK_C_ISSUED, XXGK_C_REPEALED, XXGK_C_IN_FORCE},
    {XXGK_C_NEW_MADE, XXGK_C_NEW_PUBLISHED, XXGK_C_TOTAL_PUBLISHED},
    {XXGK_C_PREV_ITEMS, XXGK_C_CHANGE, 0},
    {XXGK_C_ITEMS, XXGK_C_AMOUNT, 0},
};

_Static_assert(XXGK_C__COUNT <= 64, "a bit per column key");

/* The header's columns as bits, gathered once for the sets it is asked
 * about (a key of no column is none: no set names it). */
static uint64_t header_bits(const parse_ctx *ctx)
{
    uint64_t m = 0;
    for (int i = 0; i < ctx->ncols; i++)
        if (ctx->cols[i] > 0 && ctx->cols[i] < XXGK_C__COUNT)
            m |= 1ull << ctx->cols[i];
    return m;
}

/* The template's text of a column of table 二, for messages. */
static const char *col_label_text(int key) { return word_text(LK_COL, XXGK_TABLE_PROACTIVE, key); }

/* Table 二's columns HAVE (a bit per key): the first column of a set
 * they name part of that they lack, 0: none. */
int bld_col_set_missing(uint64_t have)
{
    for (size_t s = 0; s < sizeof col_sets / sizeof col_sets[0]; s++) {
        int got = 0, missing = 0;
        for (int i = 0; i < 3 && col_sets[s][i]; i++) {
            if (have >> col_sets[s][i] & 1)
                got++;
            else if (!missing)
                missing = col_sets[s][i];
        }
        if (got && missing)
            return missing;
    }
    return 0;
}

const char *bld_col_text(int key) { return col_label_text(key); }

/* Is byte AT on the line that ends at or after FROM, with no line break
 * between them? */
static bool on_header_line(const uint8_t *src, uint32_t from, uint32_t at)
{
    for (uint32_t i = from; i < at; i++)
        if (src[i] == '\n')
            return false;
    return true;
}

void bld_see_unknown_col(parse_ctx *ctx, const ptok *t, xxgk_diag *d)
{
    if (!d || ctx->cols_closed || !ctx->head_word_end || t->start < ctx->head_word_end ||
        ctx->nunknown_cols >= (int)(sizeof ctx->unknown_cols / sizeof ctx->unknown_cols[0]) ||
        !on_header_line(ctx->doc->src, ctx->head_word_end, t->start))
        return;
    ctx->unknown_cols[ctx->nunknown_cols++] = (struct unknown_col){tok_span(t), ctx->ncols, d};
}

/* The place of column KEY in column set SET's template order, -1: none of it. */
static int set_rank(int set, int key)
{
    for (int i = 0; i < 3 && col_sets[set][i]; i++)
        if (col_sets[set][i] == key)
            return i;
    return -1;
}

/* A stand-in only where the column it replaces falls in the template's
 * order among the set's exact columns as printed: each missing column (the
 * stand-ins take them in order) after the exact one printed before it and
 * before the exact one printed after it. 信息内容 备注 本年制发件数 本年废止件数
 * would put 现行有效件数 first: not a stand-in there (its numbers are the
 * row's 制发/废止/现行 shifted), the set is refused as before. */
static bool stand_ins_in_order(const parse_ctx *ctx, int set, uint64_t header)
{
    int seq[8], exact[8], k = 0, u = 0, n = ctx->nunknown_cols;
    int missing[3], nmissing = 0;
    for (int i = 0; i < 3 && col_sets[set][i]; i++)
        if (!(header >> col_sets[set][i] & 1))
            missing[nmissing++] = i;
    for (int i = 0; i <= ctx->ncols; i++) {
        while (u < n && ctx->unknown_cols[u].pos == i)
            seq[k] = missing[u++], exact[k++] = 0;
        int r = i < ctx->ncols ? set_rank(set, ctx->cols[i]) : -1;
        if (r >= 0)
            seq[k] = r, exact[k++] = 1;
    }
    for (int j = 0; j < k; j++) {
        if (exact[j])
            continue;
        for (int l = j - 1; l >= 0; l--)
            if (exact[l] && seq[l] > seq[j])
                return false;
        for (int r = j + 1; r < k; r++)
            if (exact[r] && seq[r] < seq[j])
                return false;
    }
    return true;
}

/* header → columns (table 二), a header cell naming no column in it
 * (本年新制发件数 for 本年制发件数): when the header's unknown cells are as
 * many as the columns its set lacks, each stands in its place, in order,
 * as a column of no key (0): the numbers under it go to no cell (P024 at
 * that cell, in place of its P019), the others keep theirs, provided
 * each falls where its column does in the template (stand_ins_in_order).
 * Else the whole set is refused as before. True when they stood in. */
static __attribute__((noinline)) bool unknown_cols_stand_in(parse_ctx *ctx, int set, uint64_t header)
{
    int n = ctx->nunknown_cols, nmissing = 0;
    for (int i = 0; i < 3 && col_sets[set][i]; i++)
        nmissing += !(header >> col_sets[set][i] & 1);
    if (n != nmissing || ctx->ncols + n > 8 || !stand_ins_in_order(ctx, set, header))
        return false;
    int cols[8], labels[8], k = 0, u = 0;
    uint8_t units[8];
    for (int i = 0; i <= ctx->ncols; i++) {
        while (u < n && ctx->unknown_cols[u].pos == i) {
            cols[k] = 0, labels[k] = -1, units[k] = XXGK_UNIT_NONE;
            k++, u++;
        }
        if (i < ctx->ncols) {
            cols[k] = ctx->cols[i], labels[k] = ctx->col_labels[i], units[k] = ctx->col_units[i];
            k++;
        }
    }
    memcpy(ctx->cols, cols, sizeof cols[0] * (size_t)k);
    memcpy(ctx->col_labels, labels, sizeof labels[0] * (size_t)k);
    memcpy(ctx->col_units, units, (size_t)k);
    ctx->ncols = k;
    u = 0;
    for (int i = 0; i < 3 && col_sets[set][i]; i++) {
        if (header >> col_sets[set][i] & 1)
            continue;
        struct unknown_col *c = &ctx->unknown_cols[u++];
        doc_drop_diag(ctx->doc, c->said);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_INCOMPLETE, c->at, col_label_text(col_sets[set][i]));
    }
    ctx->nunknown_cols = 0;
    ctx->stand_ins = true;
    return true;
}

/* header → columns (table 二): a header that names part of a column set
 * lacks the rest; its rows' numbers go to no cell (P024, once a header),
 * unless cells of the header that name no column stand in the place of
 * those it lacks (unknown_cols_stand_in). */
static __attribute__((noinline)) bool header_check(parse_ctx *ctx);

bool bld_header_complete(parse_ctx *ctx)
{
    return ctx->header_checked ? !ctx->header_refused : header_check(ctx);
}

/* Should header column I, named by a variant word (本年新制发件数, 本年废止数),
 * stand among the words that name no column? When its key is printed at
 * another place of the header too (本年制发件数 本年新制发件数 现行有效件数),
 * or when it is a column of one template only and the header's exact words
 * are of the other's (本年新制发件数 本年新公开数量 对外公开总数量): a
 * variant is a guess at a word, and there it would pull the header's set
 * apart (P024 for the whole set) where the word only stands in for one.
 * An exact word of one template stands among them too where the header's
 * other exact words, two or more, are all of the other template's (本年制发
 * 件数 本年新公开数量 现行有效件数: a word of the 2019 form in a 2021 header,
 * a copy from last year's form): the two keep their numbers, the numbers
 * under it go to no cell. */
static bool variant_col_astray(const parse_ctx *ctx, int i)
{
    const struct label_entry *e = label_entry_at(ctx->col_labels[i]);
    int exact_2019 = 0, exact_2021 = 0;
    for (int j = 0; j < ctx->ncols; j++) {
        if (j != i && ctx->cols[j] == ctx->cols[i] && e->variant)
            return true;
        const struct label_entry *o = label_entry_at(ctx->col_labels[j]);
        if (j != i && !o->variant) {
            exact_2019 += o->tmpl == 2019;
            exact_2021 += o->tmpl == 2021;
        }
    }
    if (!e->variant) /* the other template's exact word among this one's only */
        return (e->tmpl == 2021 && exact_2019 >= 2 && !exact_2021) ||
               (e->tmpl == 2019 && exact_2021 >= 2 && !exact_2019);
    return (e->tmpl == 2021 && exact_2019 > exact_2021) || (e->tmpl == 2019 && exact_2021 > exact_2019);
}

/* Header column I becomes a word naming no column (a candidate stand-in,
 * unknown_cols_stand_in), kept in the order of the header's cells. False
 * when there is no room for one more. */
static bool col_to_unknown(parse_ctx *ctx, int i)
{
    int n = ctx->nunknown_cols;
    if (n >= (int)(sizeof ctx->unknown_cols / sizeof ctx->unknown_cols[0]))
        return false;
    const struct label_entry *e = label_entry_at(ctx->col_labels[i]);
    if (e->tmpl == 2019)
        ctx->tmpl_votes_2019--;
    else if (e->tmpl == 2021)
        ctx->tmpl_votes_2021--;
    int u = 0;
    while (u < n && ctx->unknown_cols[u].pos <= i)
        u++;
    memmove(&ctx->unknown_cols[u + 1], &ctx->unknown_cols[u], sizeof ctx->unknown_cols[0] * (size_t)(n - u));
    ctx->unknown_cols[u] = (struct unknown_col){ctx->col_at[i], i, NULL};
    /* told as out of order at it or right after it (P022): every pair is
     * judged again without it */
    bool rejudge = ctx->reorder_seen && (ctx->reorder_at.start == ctx->col_at[i].start ||
                                         (ctx->reorder_before == ctx->col_labels[i] && i + 1 < ctx->ncols &&
                                          ctx->reorder_at.start == ctx->col_at[i + 1].start));
    for (int k = u + 1; k <= n; k++)
        ctx->unknown_cols[k].pos--;
    ctx->nunknown_cols = n + 1;
    for (int k = i; k + 1 < ctx->ncols; k++) {
        ctx->cols[k] = ctx->cols[k + 1];
        ctx->col_labels[k] = ctx->col_labels[k + 1];
        ctx->col_units[k] = ctx->col_units[k + 1];
        ctx->col_at[k] = ctx->col_at[k + 1];
    }
    ctx->ncols--;
    if (rejudge) {
        ctx->reorder_seen = false;
        for (int k = 0; k + 1 < ctx->ncols && !ctx->reorder_seen; k++)
            if (col_rank(ctx->cols[k]) > col_rank(ctx->cols[k + 1])) {
                ctx->reorder_seen = true;
                ctx->reorder_at = ctx->col_at[k + 1];
                ctx->reorder_before = ctx->col_labels[k];
                ctx->reorder_after = ctx->col_labels[k + 1];
            }
    }
    return true;
}

/* A header that lacks a column of a set: its variant words astray
 * (variant_col_astray) are taken as words naming no column, latest first,
 * so that they may stand in for the lacking ones. */
static void variant_cols_astray(parse_ctx *ctx)
{
    for (int i = ctx->ncols - 1; i >= 0; i--)
        if (variant_col_astray(ctx, i) && !col_to_unknown(ctx, i))
            return;
}

static bool header_check(parse_ctx *ctx)
{
    ctx->header_checked = true;
    uint64_t header = header_bits(ctx);
    if (bld_col_set_missing(header)) {
        variant_cols_astray(ctx);
        header = header_bits(ctx);
    }
    for (size_t s = 0; s < sizeof col_sets / sizeof col_sets[0]; s++) {
        int have = 0, missing = 0;
        for (int i = 0; i < 3 && col_sets[s][i]; i++) {
            if (header >> col_sets[s][i] & 1)
                have++;
            else if (!missing)
                missing = col_sets[s][i];
        }
        if (have && missing && ctx->nunknown_cols && unknown_cols_stand_in(ctx, (int)s, header))
            return true;
        if (have && missing) {
            ctx->header_refused = true;
            xxgk_doc_add_diag(ctx->doc, XXGK_P_HEADER_INCOMPLETE, ctx->header_at,
                              col_label_text(missing));
            return false;
        }
    }
    return true;
}

/* The end of the header cell that starts at AT: the TAB, | or line
 * break after it. */
static uint32_t cell_end(const parse_ctx *ctx, uint32_t at, uint32_t lim)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t e = at, len = ctx->doc->len < lim ? ctx->doc->len : lim;
    while (e < len && src[e] != '\t' && src[e] != '|' && src[e] != '\r' && src[e] != '\n' &&
           !(e + 2 < len && utf8_wide_bar(src + e))) /* ｜ or a box-drawn │ ┃ ║ */
        e++;
    return e;
}

/* Only blanks and a closing bracket (）) ] ］ 】) from P to END? */
static bool closes_group(const uint8_t *p, const uint8_t *end)
{
    static const char *const close[] = {")", "]", "\xEF\xBC\x89", "\xEF\xBC\xBD", "\xE3\x80\x91"};
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    for (size_t i = 0; i < sizeof close / sizeof close[0]; i++) {
        size_t n = strlen(close[i]);
        if ((size_t)(end - p) == n && memcmp(p, close[i], n) == 0)
            return true;
    }
    return p == end;
}

/* The unit a money column's header states right after its label (at
 * AT, its cell ending at END) in words no bracketed statement reads: a
 * slash and the unit word (本年收费金额/元, ／万元) is that unit; a count's
 * (/件, （单位：件）) names no amount in 元 (UNIT_INEXACT, as on a line
 * under the column: count_unit_on_money); any other group naming money is the
 * one unit it names among words of its own (（万元，含税）, （单位为元）:
 * unit_group_money); when that is unclear (（元/年）, （元或万元）, /百万)
 * it is a unit xxgk does not read, UNIT_INEXACT with the group quoted:
 * the template's 万元 would be a guess, wrong by 10^4 for a 元 figure. XXGK_UNIT_NONE when none stands there. */
static int unit_after_header(const uint8_t *src, uint32_t at, uint32_t end, const uint8_t **word, size_t *wlen,
                             const uint8_t **stmt, size_t *slen)
{
    int u = unit_after_slash(src + at, src + end, word, wlen);
    if (u != XXGK_UNIT_NONE) {
        *stmt = src + at;
        *slen = (size_t)(*word + *wlen - *stmt);
        return u == UNIT_COUNT ? UNIT_INEXACT : u;
    }
    /* a count's statement (（单位：件）): in a markdown header row, whose
     * other words are layout, only the header's cell tells it */
    if (unit_after_label(src + at, src + end, word, wlen, slen) == UNIT_COUNT) {
        *stmt = src + at;
        return UNIT_INEXACT;
    }
    size_t g = unit_group_unread(src + at, src + end);
    if (!g)
        return XXGK_UNIT_NONE;
    /* a statement closing the group after words of its own (（金额单位：元）) */
    const uint8_t *s2;
    size_t l2;
    u = unit_statement(src + at, src + at + g, word, wlen, &s2, &l2);
    if (u != XXGK_UNIT_NONE && u != UNIT_COUNT && closes_group(s2 + l2, src + at + g)) {
        *stmt = src + at;
        *slen = g;
        return u;
    }
    /* the one money unit the group names among words of its own
     * (（万元，下同）, （单位为元）, （以万元为单位）): that unit */
    u = unit_group_money(src + at, src + at + g, word, wlen);
    *stmt = src + at;
    *slen = g;
    if (u != UNIT_INEXACT)
        return u;
    *word = src + at;
    *wlen = g;
    return UNIT_INEXACT;
}

/* The first 元 (E5 85 83) from AT to END, a money unit printed there;
 * its offset, else END. */
static uint32_t yuan_in(const uint8_t *src, uint32_t at, uint32_t end)
{
    for (; at + 3 <= end; at++)
        if (src[at] == 0xE5 && src[at + 1] == 0x85 && src[at + 2] == 0x83)
            return at;
    return end;
}

/* Does the header cell end at END by its delimiter (a TAB, |, a wide bar ｜ │ ┃ ║ or the
 * line's end, within the bytes read), so its words are all the cell's?
 * A markdown or TAB cell, never page text run on. */
static bool cell_closed(const parse_ctx *ctx, uint32_t end)
{
    const uint8_t *src = ctx->doc->src;
    if (end >= ctx->doc->len || !strchr("\t|", src[end]))
        return false;
    return true;
}

/* Blanks, U+3000 and markup (ft_html_tag_at) from AT: where the words after
 * them start, END at most. */
static uint32_t skip_markup(const uint8_t *src, uint32_t after, uint32_t end)
{
    for (size_t b = 1; b;) {
        while (after < end && (src[after] == ' ' || src[after] == '\t'))
            after++;
        if (end - after >= 3 && memcmp(src + after, "\xE3\x80\x80", 3) == 0) { /* U+3000 */
            after += 3;
            continue;
        }
        after += (uint32_t)(b = ft_html_tag_at(src + after, src + end));
    }
    return after;
}

/* header → unit: a money column's header states its unit in the words
 * that make the label or follow it in its cell (本年收费金额（单位：元）,
 * 采购总金额（万元）), whatever the template's says: the cells under it
 * are in that unit. A unit naming no exact amount in 元 (（单位：美元）)
 * is an error there (P029), and the column's numbers get no cell. Only a
 * statement that starts inside the label or right after it is the
 * column's (page text runs on into the rows). */
int bld_header_unit(parse_ctx *ctx, const ptok *t)
{
    if (xxgk_tpl_col_kind(t->key) != XXGK_COL_MONEY)
        return XXGK_UNIT_NONE;
    const uint8_t *src = ctx->doc->src, *word, *stmt;
    size_t wlen, slen;
    /* a statement starts in the label or right after it, and is short
     * (（金额单位：万元）): the cell is read no further than UNIT_STMT_MAX
     * bytes past the label (page text runs the whole table on one line) */
    uint32_t end = cell_end(ctx, t->end, t->end + UNIT_STMT_MAX);
    while (end > t->end && end < ctx->doc->len && (src[end] & 0xC0) == 0x80)
        end--; /* not inside a character */
    int u = unit_statement(src + t->start, src + end, &word, &wlen, &stmt, &slen);
    uint32_t after = skip_markup(src, t->end, end);
    if ((u == XXGK_UNIT_NONE || (uint32_t)(stmt - src) > after) &&
        (u = unit_after_header(src, after, end, &word, &wlen, &stmt, &slen)) == XXGK_UNIT_NONE) {
        /* a money unit printed in a cell with markup, in words none of the
         * above reads (本年收费金额<i>注</i>（元）): a unit xxgk does not
         * read (P029), never the template's 万元 */
        uint32_t y = cell_closed(ctx, end) ? yuan_in(src, t->end, end) : end;
        if (y == end)
            return XXGK_UNIT_NONE;
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT, span_of(y, y + 3), "\xE5\x85\x83");
        ctx->unit_stmt = span_of(t->end, end);
        return UNIT_INEXACT;
    }
    /* a statement its group goes on past (（单位：万元，下同）, （单位：万元/年）):
     * the whole group's, read as one (unit_group_money) */
    size_t g = (uint32_t)(stmt - src) == after ? unit_group_unread(src + after, src + end) : 0;
    if (g > slen) {
        u = unit_group_money(src + after, src + after + g, &word, &wlen);
        stmt = src + after;
        slen = g;
        if (u == UNIT_INEXACT)
            word = stmt, wlen = g;
    }
    ctx->unit_stmt = span_of((uint32_t)(stmt - src), (uint32_t)(stmt + slen - src));
    xxgk_span at = span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src));
    /* a second statement after the first in the cell, markup between
     * (本年收费金额（万元）<br>（元）): another unit is P028, as two cells'
     * are; the same one is the cell's unit */
    uint32_t next = skip_markup(src, (uint32_t)(stmt + slen - src), end);
    const uint8_t *w2, *s2;
    size_t wl2, sl2;
    int u2 = next > (uint32_t)(stmt + slen - src) && u != UNIT_INEXACT
                 ? unit_after_header(src, next, end, &w2, &wl2, &s2, &sl2)
                 : XXGK_UNIT_NONE;
    if (u2 != XXGK_UNIT_NONE && u2 != UNIT_INEXACT &&
        bld_units_disagree(ctx, u2, span_of((uint32_t)(w2 - src), (uint32_t)(w2 + wl2 - src)), u, at)) {
        ctx->unit_stmt = span_of(ctx->unit_stmt.start, (uint32_t)(s2 + sl2 - src));
        return UNIT_INEXACT;
    }
    if (u2 != XXGK_UNIT_NONE)
        ctx->unit_stmt = span_of(ctx->unit_stmt.start, (uint32_t)(s2 + sl2 - src));
    else if (u != UNIT_INEXACT && cell_closed(ctx, end)) {
        /* another 元 later in the cell that no statement reads
         * (本年收费金额（万元） <5（元）): which is the column's is unclear */
        uint32_t y = yuan_in(src, ctx->unit_stmt.end, end);
        if (y != end) {
            xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT, span_of(y, y + 3), "\xE5\x85\x83");
            ctx->unit_stmt = span_of(ctx->unit_stmt.start, end);
            return UNIT_INEXACT;
        }
    }
    /* the markup around the statement is the statement's, no text in the
     * table (本年收费金额<font face="宋体">（元）</font> in a TAB header) */
    if (ctx->unit_stmt.start > t->end && skip_markup(src, t->end, end) >= ctx->unit_stmt.start)
        ctx->unit_stmt.start = t->end;
    ctx->unit_stmt.end = skip_markup(src, ctx->unit_stmt.end, end);
    if (u != UNIT_INEXACT && bld_units_disagree(ctx, u, at, ctx->line_unit, ctx->line_unit_at))
        return UNIT_INEXACT;
    if (u == UNIT_INEXACT) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s", (int)(wlen < 60 ? wlen : 60), (const char *)word);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_UNIT_INEXACT,
                          span_of((uint32_t)(word - src), (uint32_t)(word + wlen - src)), buf);
    }
    return u;
}

/* header + unit line → unit: a column header and the table's unit line
 * that state different units (本年收费金额（单位：万元） under 单位：元) leave
 * the unit of the numbers under the header unknown: P028 at the one read
 * second, a note at the other, and the column's numbers that print no
 * unit get no cell. True when they disagree. */
bool bld_units_disagree(parse_ctx *ctx, int unit, xxgk_span at, int other, xxgk_span other_at)
{
    if (other == XXGK_UNIT_NONE || other == UNIT_INEXACT || unit == other)
        return false;
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_UNITS_DISAGREE, at, xxgk_unit_name(unit),
                                     xxgk_unit_name(other));
    xxgk_diag_add_note(ctx->doc, d, other_at,
                       ctx->doc->lang == XXGK_LANG_ZH ? "另一处所述单位在此" : "the other unit is stated here");
    return true;
}
