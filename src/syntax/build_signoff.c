/* The sign-off (落款) in the shapes the lexer's DATE line does not know:
 * the agency and the date on one line, or a date written 2024-01-20,
 * 2024.1.20, 2024/01/20 on the line under the agency's.
 *
 *   signoff := AGENCY SP+ DATE EOL              (one line)
 *            | AGENCY EOL DATE' EOL             (two adjacent lines)
 *   DATE    := YYYY 年 M 月 D 日|号 | DATE'     (digits or Chinese numerals)
 *   DATE'   := YYYY sep M sep D                 sep: - . / (the same twice)
 *
 * Such a line is a sign-off only where a sign-off stands: the last lines
 * of the last paragraph of the copy's last section (六), nothing of the
 * report after them (a page's furniture and chrome are no blocks; a note
 * is no block), and no DATE line in 六 that was the sign-off already. Anywhere else — an event line in section 一 (县政府办公室
 * 2023.5.12 召开…), an issuer quoted in 六's prose with prose after it, a
 * site footer (…人民政府 主办  2023-02-01) or a 发布时间：line — the
 * line stays prose. So does an agency with a DATE' that has the page's
 * chrome under it, its footer or its buttons (the page's publish block),
 * and the last items of a
 * list of dated events (the line above opens a list, or is an item of
 * the same shape with another date). AGENCY is an agency's name (meta_name_kind: all CJK,
 * an administrative suffix, a place or a national body), written without
 * spaces inside, not a sponsor's line (…主办, …承办, …协办). */
#include <string.h>

#include "build.h"
#include "filter_text.h"
#include "utf8.h"

/* The start of the line of [b, e) that ends at e (b at most). */
static uint32_t line_start(const uint8_t *s, uint32_t b, uint32_t e)
{
    while (e > b && s[e - 1] != '\n')
        e--;
    return e;
}

/* AGENCY SP+ DATE on [b, e): the agency's and the date's spans. */
static bool one_line(const uint8_t *s, uint32_t b, uint32_t e, xxgk_span *agency, xxgk_span *date, int ymd[3])
{
    uint32_t ae, ds;
    if (!ft_signoff_line(s, b, e, &ae, &ds, ymd))
        return false;
    *agency = span_of(b, ae);
    *date = span_of(ds, e);
    return true;
}

/* 主办/承办 at s[i] (n bytes) as a footer writes it: a label (主办：,
 * 主办单位, 承办单位) or the end of a sponsor's line (…办公室主办); not
 * an event's verb inside a line (县妇联主办宣传周活动). */
static bool sponsor_label_at(const uint8_t *s, uint32_t i, uint32_t e, size_t n)
{
    static const char *const after[] = {"：", ":", "单位", "單位", NULL};
    i += (uint32_t)n;
    if (ft_trim_end(s, i, e) == i)
        return true;
    for (int k = 0; after[k]; k++) {
        size_t m = strlen(after[k]);
        if (e - i >= m && memcmp(s + i, after[k], m) == 0)
            return true;
    }
    return false;
}

enum chrome_mark { MARK_NONE = 0, MARK_BUTTON, MARK_FOOTER };

/* A mark of a footer (the first fourteen: who runs the site, its
 * registration) or of the page's buttons and links starting at s[i], by
 * the code point there (one switch a character: no search per mark). */
static enum chrome_mark chrome_mark_at(const uint8_t *s, uint32_t i, uint32_t e, uint32_t cp)
{
    static const char *const marks[] = {"ICP备", "ICP证", "网站标识码", "網站標識碼", "公网安备", "公網安備",
                                        "版权所有", "版權所有", "主办", "主辦", "承办", "承辦", "技术支持",
                                        "技術支持", "网站地图", "網站地圖", "联系我们", "聯繫我們", "打印本页",
                                        "打印本頁", "关闭窗口", "關閉窗口", "【打印】", "【关闭】", "【關閉】",
                                        "返回顶部", "返回頂部", "分享到", "浏览次数", "瀏覽次數", NULL};
    switch (cp) {
    case 'I': case 0x7F51: /* 网 */ case 0x7DB2: /* 網 */ case 0x516C: /* 公 */ case 0x7248: /* 版 */
    case 0x4E3B: /* 主 */ case 0x627F: /* 承 */ case 0x6280: /* 技 */ case 0x8054: /* 联 */
    case 0x806F: /* 聯 */ case 0x6253: /* 打 */ case 0x5173: /* 关 */ case 0x95DC: /* 關 */
    case 0x5206: /* 分 */ case 0x6D4F: /* 浏 */ case 0x700F: /* 瀏 */ case 0x3010: /* 【 */
    case 0x8FD4: /* 返 */
        break;
    default:
        return MARK_NONE;
    }
    for (int k = 0; marks[k]; k++) {
        size_t n = strlen(marks[k]);
        if (e - i < n || memcmp(s + i, marks[k], n) != 0)
            continue;
        if ((cp == 0x4E3B || cp == 0x627F) && !sponsor_label_at(s, i, e, n))
            return MARK_NONE;
        return k < 14 ? MARK_FOOTER : MARK_BUTTON;
    }
    return MARK_NONE;
}

/* A line of the site's chrome printed under the report (crawler text
 * keeps it; a page's is dropped before): a short line, no sentence,
 * holding a mark of a footer or (least = MARK_BUTTON) of the page's
 * buttons. */
static bool chrome_line(const uint8_t *s, uint32_t b, uint32_t e, enum chrome_mark least)
{
    if (e <= b || e - b > 480)
        return false;
    enum chrome_mark mark = MARK_NONE;
    for (uint32_t i = b, at; i < e;) {
        at = i;
        uint32_t cp = utf8_next(s, &i, e);
        if (!cp || cp == 0x3002) /* 。: a sentence of the report */
            return false;
        if (mark < least) {
            enum chrome_mark m = chrome_mark_at(s, at, e, cp);
            mark = m > mark ? m : mark;
        }
    }
    return mark >= least;
}

/* Does [b, e) end in 。 (as most lines of section 六 do)? */
static bool ends_sentence(const uint8_t *s, uint32_t b, uint32_t e)
{
    return e - b >= 3 && s[e - 3] == 0xE3 && s[e - 2] == 0x80 && s[e - 1] == 0x82;
}

/* Does [b, e) end as a date ends: a digit (ASCII or full-width), 日 or
 * 号? The cheap test before any line of a paragraph is walked. */
static bool ends_date(const uint8_t *s, uint32_t b, uint32_t e)
{
    if (e > b && s[e - 1] >= '0' && s[e - 1] <= '9')
        return true;
    if (e - b < 3)
        return false;
    const uint8_t *p = s + e - 3;
    return (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) ||
           (p[0] == 0xE6 && p[1] == 0x97 && p[2] == 0xA5) /* 日 */ ||
           (p[0] == 0xE5 && p[1] == 0x8F && p[2] == 0xB7) /* 号 */;
}

/* The end of the paragraph [b, e) before its last lines of chrome,
 * trimmed: b when every line is chrome. */
static uint32_t before_chrome(const uint8_t *s, uint32_t b, uint32_t e)
{
    e = ft_trim_end(s, b, e);
    while (e > b && !ends_sentence(s, b, e)) {
        uint32_t ls = line_start(s, b, e);
        if (!chrome_line(s, ft_trim_start(s, ls, e), e, MARK_BUTTON))
            break;
        e = ls > b ? ft_trim_end(s, b, ls - 1) : b;
    }
    return e;
}

/* The end of table block B's last cell read so far (its rows are read
 * into it while the section lasts: a paragraph before that is between its
 * rows), at least its start. */
static uint32_t last_cell_end(const parse_ctx *ctx, const xxgk_block *b)
{
    uint32_t end = b->span.start + 1;
    const xxgk_table *t = b->table;
    for (size_t i = 0; t && i < t->ncells; i++)
        end = t->cells[i].span.end > end ? t->cells[i].span.end : end;
    for (size_t i = 0; t == ctx->tab && i < ctx->ncells; i++)
        end = ctx->cells[i].span.end > end ? ctx->cells[i].span.end : end;
    return end;
}

/* The link to the last paragraph of section 六 (or of a table section that
 * ends the copy, under its table) that is not all chrome,
 * when nothing but (at most three) chrome paragraphs follows it; else
 * NULL. The blocks after the last heading or table are the candidates:
 * the last four paragraphs, looked at from the end. */
static xxgk_block **last_paragraph(parse_ctx *ctx, uint32_t *end)
{
    if (!ctx->sec)
        return NULL;
    /* a copy that ends in a table section (五 and 六 left out): the
     * paragraphs under its table, the sign-off's lines read as prose
     * there (tokens.c signoff_line), are where the sign-off stands */
    bool table_sec = ctx->sec->id == XXGK_SEC_PROACTIVE || ctx->sec->id == XXGK_SEC_REQUESTS ||
                     ctx->sec->id == XXGK_SEC_APPEALS;
    if (ctx->sec->id != XXGK_SEC_OTHER && !table_sec)
        return NULL;
    xxgk_block **tail[4];
    int n = 0;
    uint32_t table_end = 0; /* the end of the table the paragraphs follow, 0: none */
    /* a table section cut short before its table (二、…⏎略。⏎AGENCY⏎DATE):
     * its paragraphs are prose throughout, the sign-off's lines run into
     * the last one (review year60 c07) */
    bool untabled = table_sec && !ctx->tab;
    for (xxgk_block **link = &ctx->sec->blocks; *link; link = &(*link)->next) {
        if ((*link)->kind != XXGK_B_PARAGRAPH) {
            n = 0;
            table_end = (*link)->kind == XXGK_B_TABLE ? last_cell_end(ctx, *link) : 0;
            untabled = untabled && (*link)->kind != XXGK_B_TABLE;
        } else if (!table_sec || untabled || (table_end && (*link)->span.start >= table_end)) {
            tail[n++ & 3] = link; /* a line between the table's rows is none */
        }
    }
    if (table_sec && !table_end && !untabled)
        return NULL;
    const uint8_t *s = ctx->doc->src;
    for (int k = n - 1; k >= 0 && k >= n - 4; k--) {
        xxgk_block *b = *tail[k & 3];
        if ((*end = before_chrome(s, b->span.start, b->span.end)) > b->span.start)
            return tail[k & 3];
    }
    return NULL;
}

/* A paragraph of [b, e) put in after *link's block (the chrome under the
 * sign-off, a paragraph of its own as under a DATE line). */
static void insert_paragraph(parse_ctx *ctx, xxgk_block **link, uint32_t b, uint32_t e)
{
    const uint8_t *s = ctx->doc->src;
    while (b < e && (s[b] == '\n' || s[b] == '\r' || s[b] == ' ' || s[b] == '\t'))
        b = ft_trim_start(s, b + (s[b] == '\n' || s[b] == '\r'), e);
    xxgk_block *c = b < e ? xxgk_doc_alloc(ctx->doc, sizeof *c) : NULL;
    if (!c)
        return;
    c->kind = XXGK_B_PARAGRAPH;
    c->span = span_of(b, e);
    c->next = *link;
    *link = c;
    if (ctx->blk_tail == link)
        ctx->blk_tail = &c->next;
}

/* The paragraph at *link keeps its lines before cut (trimmed) and gives
 * those from chrome on to a paragraph after it; it leaves the section
 * when nothing is left of it. */
static void cut_paragraph(parse_ctx *ctx, xxgk_block **link, uint32_t cut, uint32_t chrome)
{
    xxgk_block *p = *link;
    uint32_t end = p->span.end;
    uint32_t kept = cut > p->span.start ? ft_trim_end(ctx->doc->src, p->span.start, cut - 1) : p->span.start;
    if (kept > p->span.start) {
        p->span.end = kept;
        link = &p->next;
    } else {
        *link = p->next;
        if (ctx->blk_tail == &p->next)
            ctx->blk_tail = link;
    }
    ctx->blk_prev_link = NULL; /* the copy ends: no DATE line reads it */
    insert_paragraph(ctx, link, chrome, end);
}

/* Is [b, e) the page's print/close/top buttons and nothing else, blanks
 * and brackets aside (【打印本页】【关闭窗口】, 打印本页 关闭窗口, 返回顶部)?
 * Only these are a page's own: a line that holds a button's words among
 * others (附件：打印本页说明表, 关闭窗口后请联系我们) or a site's link
 * (分享到, 网站地图, 浏览次数：35) may stand under a report's sign-off. */
static bool buttons_alone(const uint8_t *s, uint32_t b, uint32_t e)
{
    static const char *const buttons[] = {"打印本页", "打印本頁", "关闭窗口", "關閉窗口", "打印", "关闭",
                                          "關閉", "返回顶部", "返回頂部", "【", "】", "[", "]",
                                          " ", "\t", "　", NULL};
    bool any = false;
    for (uint32_t i = b; i < e;) {
        int k = 0;
        for (; buttons[k]; k++) {
            size_t n = strlen(buttons[k]);
            if (e - i >= n && memcmp(s + i, buttons[k], n) == 0)
                break;
        }
        if (!buttons[k])
            return false;
        any |= k < 9;
        i += (uint32_t)strlen(buttons[k]);
    }
    return any;
}

/* Is the first line after offset at (blank lines passed) a line of the
 * page's footer (主办：, 网站标识码, ICP备 …) or its buttons alone
 * (打印本页 关闭窗口, 【打印】【关闭】, 返回顶部: buttons_alone), or do
 * lines of other chrome (分享到, 联系我们：…) lead to its footer or the
 * place a page's footer was dropped from (footer_at, 0: none)? An agency and a
 * 2024-02-01 date printed over the page's chrome are the page's publish
 * block (发布机构 / 发布日期 as a site prints them, over its buttons or its
 * footer), not the report's sign-off, which a report writes 年月日. */
static bool chrome_follows(const uint8_t *s, uint32_t at, uint32_t len, uint32_t footer_at)
{
    bool dropped = footer_at && footer_at >= at;
    for (int lines = 0; at < len && lines < 8; lines++) {
        uint32_t b = ft_trim_start(s, at, len), e = b;
        if (dropped && b >= footer_at)
            return true;
        while (e < len && s[e] != '\n')
            e++;
        at = e + 1;
        e = ft_trim_end(s, b, e);
        if (e == b)
            continue;
        if (chrome_line(s, b, e, MARK_FOOTER) || buttons_alone(s, b, e))
            return true;
        if (!chrome_line(s, b, e, MARK_BUTTON))
            return false; /* 分享到, 联系我们：… follow a report's sign-off too */
    }
    return dropped && at >= footer_at;
}

/* Is the date at [b, e) written 2024-01-20, 2024.1.20 or 2024/01/20 (the
 * shapes only this reading accepts), not 2024年1月20日? */
static bool numeric_date(const uint8_t *s, uint32_t b, uint32_t e)
{
    for (uint32_t i = b; i + 3 <= e; i++)
        if (s[i] == 0xE5 && s[i + 1] == 0xB9 && s[i + 2] == 0xB4) /* 年 */
            return false;
    return true;
}

/* Does the line [b, e) open a list (ends in ：, : or 如下)? The dated
 * lines under it are the list's items, not the sign-off. */
static bool opens_list(const uint8_t *s, uint32_t b, uint32_t e)
{
    e = ft_trim_end(s, b, e);
    if (e > b && s[e - 1] == ':')
        return true;
    return e - b >= 3 && (memcmp(s + e - 3, "：", 3) == 0 || (e - b >= 6 && memcmp(s + e - 6, "如下", 6) == 0));
}

/* Is the line above the sign-off's first line (at first, in the paragraph
 * starting at pb) a list's opening, or an item of the same shape (AGENCY
 * DATE, or a bare DATE under an agency) with another date? Then the
 * sign-off's lines are the last items of a list of dated events. */
static bool listed_above(const uint8_t *s, uint32_t pb, uint32_t first, const int ymd[3])
{
    if (first <= pb)
        return false;
    uint32_t e = ft_trim_end(s, pb, first - 1);
    uint32_t b = ft_trim_start(s, line_start(s, pb, e), e);
    if (e <= b)
        return false;
    if (opens_list(s, b, e))
        return true;
    int other[3];
    xxgk_span a, d;
    bool item = one_line(s, b, e, &a, &d, other) || ft_signoff_date(s, b, e, other);
    return item && (other[0] != ymd[0] || other[1] != ymd[1] || other[2] != ymd[2]);
}

void bld_signoff_at_end(parse_ctx *ctx)
{
    uint32_t le;
    xxgk_block **link = last_paragraph(ctx, &le);
    xxgk_report *r = ctx->report;
    /* a DATE line in section 六 placed the sign-off already: what follows
     * it is no second one (a site's line of who published it and when) */
    if (!link || (r->signoff_year && r->signoff_date_span.start >= ctx->sec->span.start))
        return;
    const uint8_t *s = ctx->doc->src;
    xxgk_span para = (*link)->span, agency, date;
    if (!ends_date(s, para.start, le))
        return;
    uint32_t ls = line_start(s, para.start, le), cut = ls;
    ls = ft_trim_start(s, ls, le);
    int ymd[3];
    if (!one_line(s, ls, le, &agency, &date, ymd)) {
        /* AGENCY EOL DATE': the line above, in the same paragraph */
        if (cut <= para.start || !ft_signoff_date(s, ls, le, ymd))
            return;
        uint32_t ae = ft_trim_end(s, para.start, cut - 1);
        uint32_t as = line_start(s, para.start, ae);
        cut = as;
        as = ft_trim_start(s, as, ae);
        if (ae <= as)
            return;
        /* 青禾县⏎教育局⏎DATE, 青禾县人民政府⏎办公室⏎DATE, indented (a
         * right-aligned sign-off): the agency's name wrapped, the two
         * lines the agency (ft_signoff_agency_wrapped) */
        uint32_t ws = cut > para.start ? bld_wrapped_place_line(s, para.start, cut, ae) : cut;
        if (ws < cut)
            cut = line_start(s, para.start, ws), as = ws;
        else if (!ft_signoff_agency(s, as, ae))
            return;
        agency = span_of(as, ae);
        date = span_of(ls, le);
    }
    if (listed_above(s, para.start, cut, ymd))
        return;
    if (numeric_date(s, date.start, date.end) && chrome_follows(s, le, ctx->doc->len, ctx->doc->footer_at))
        return;
    r->signoff_year = ymd[0], r->signoff_month = ymd[1], r->signoff_day = ymd[2];
    r->signoff_date_span = date;
    r->signoff_agency_span = agency;
    cut_paragraph(ctx, link, cut, le);
}
