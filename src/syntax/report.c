/* Who reports on which year, and when: agency, year and publication date,
 * right or unknown, never wrong.
 *
 * Sources in order of trust (xxgk_source): the page's metadata
 * (opts->meta_*), the title (report_title.c), a labelled field of the page
 * (发布机构：, 发布日期：), the sign-off, the preamble (本报告由…编制, the
 * name it repeats). The most trusted source that gives a full name wins; a
 * partial name (两城镇人民政府) takes its parent from the text when it is
 * printed there, else the agency is unknown with a note (P040); trusted
 * sources naming different agencies give P041. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "filter_text.h"
#include "lex.h"
#include "meta.h"
#include "prev_line.h"
#include "utf8.h"

/* An agency a source gives, as a range of one of the texts. */
typedef struct pick {
    const mt_text *t;
    int i, j;
    int source;
    int kind;
} pick;

enum { MAX_PICKS = 8 };
typedef struct picks {
    pick p[MAX_PICKS];
    int n;
    pick joint; /* the title's or the sign-off's two agencies joined (joint.t NULL: none) */
    pick banner; /* a government's name over the title's own (banner.t NULL: none) */
    bool banner_apart; /* the banner on a line of its own, apart from the title (banner_apart) */
    pick above; /* another agency's name on the line above the title's own (above.t NULL: none) */
    unsigned widget; /* bit k: p[k] was read off a line with a page's widget beside it (trim_widgets) */
    const mt_text *handed; /* the 现将 sentence's text: a pick of it is that sentence's agency (handed_agency) */
    pick unsure; /* the 现将 sentence's run naming no one agency (X及所属单位, X和Y: handed_agency; unsure.t NULL: none) */
    pick head; /* the handed chain's X in X所属Y (head.t NULL: none): a widget naming it hosts Y (portal_hosts) */
    bool unsure_chain; /* the run is a chain X所属Y whose Y is no full name: only a name that ends it is its own */
    bool unsure_two; /* the run joins X and its unit Y, or two names side by side (X及所属Y, X、Y: two_named),
                      * or holds a damaged code point (run_char): no one name is its own */
} picks;

static int without_internal_office(const mt_text *t, int i, int j);

/* A government's portal (青禾县人民政府门户网站, 門戶網站, 网站) is the
 * government's: the banner [i, b) ends at its 人民政府, so that P118 names
 * the government and a government over its own report is seen as one.
 * Any other site's name is kept whole. Returns the banner's end. */
static int government_of_portal(const mt_text *t, int i, int b)
{
    int e = b;
    if (e - i > 2 && mt_word_at(t, e - 2, U"网站"))
        e -= 2;
    if (e < b && e - i > 2 && mt_word_at(t, e - 2, U"门户"))
        e -= 2;
    return e < b && e - i > 4 && mt_word_at(t, e - 4, U"人民政府") ? e : b;
}
static bool abbreviates(const char *a, const char *b);

/* A name where the report names itself (its title, the page's <title>,
 * its sign-off) may be an institution's own (云南大学: meta_name_kind_own);
 * elsewhere (fields, preamble, section 一's subject) an agency's only. */
static int own_name_kind(const mt_text *t, int i, int j, int source)
{
    bool own = source == XXGK_FROM_TITLE || source == XXGK_FROM_PAGE || source == XXGK_FROM_SIGNOFF;
    return own ? meta_name_kind_own(t, i, j) : meta_name_kind(t, i, j);
}

static void add_pick(picks *ps, const mt_text *t, int i, int j, int source)
{
    if (ps->n >= MAX_PICKS || i < 0 || j <= i)
        return;
    while (i < j && (t->f[i] == '#' || t->f[i] == ','))
        i++; /* a Markdown heading mark, a list comma */
    if (mt_word_at(t, i, U"关于")) /* 关于青禾市教育局2023年… */
        i += 2;
    if (j - i > 2 && mt_word_at(t, j - 2, U"关于")) /* 青禾市教育局关于2023年… */
        j -= 2;
    if (source == XXGK_FROM_PREAMBLE)
        j = without_internal_office(t, i, j);
    /* one name twice (a seal's text beside the typed name) is that name */
    int once = meta_name_doubled(t, i, j);
    if (once)
        j = i + once;
    /* a site's banner before the title's name (青禾市人民政府 青禾市教育局
     * 2023年…): the name after it */
    if (source == XXGK_FROM_TITLE || source == XXGK_FROM_PAGE) {
        int b = meta_name_banner_end(t, i, j);
        if (b && source == XXGK_FROM_TITLE && !ps->banner.t)
            ps->banner = (pick){t, i, government_of_portal(t, i, b), source, NAME_OK};
        if (b)
            i = b;
    }
    /* two agencies joined are no one name; where the report names itself
     * with them (its title, its sign-off) it is a joint report. Two names
     * side by side with no word between: in a title not after a
     * government's (a site's banner); in the page's <title> a title or a
     * sign-off naming one agency wins (joint_report) */
    int side = source == XXGK_FROM_TITLE ? MT_SIDE_BANNER : MT_SIDE_BY_SIDE;
    if (meta_name_joins_two(t, i, j, side)) {
        if (!ps->joint.t && (source == XXGK_FROM_TITLE || source == XXGK_FROM_SIGNOFF || source == XXGK_FROM_PAGE))
            ps->joint = (pick){t, i, j, source, NAME_BAD};
        return;
    }
    int kind = own_name_kind(t, i, j, source);
    if (kind == NAME_OK)
        meta_name_widen(t, &i, &j);
    if (kind != NAME_BAD)
        ps->p[ps->n++] = (pick){t, i, j, source, kind};
}

/* A name the report gives itself (its title's, its opening sentence's
 * subject): a name relative to a place it does not print (市财政局) is its
 * agency too, as a town's is, with no key (NAME_PARTIAL, P040). */
static void add_self_pick(picks *ps, const mt_text *t, int i, int j, int source)
{
    int n = ps->n;
    add_pick(ps, t, i, j, source);
    if (ps->n > n || ps->n >= MAX_PICKS)
        return;
    while (i < j && (t->f[i] == '#' || t->f[i] == ','))
        i++;
    if (mt_word_at(t, i, U"关于"))
        i += 2;
    if (j - i > 2 && mt_word_at(t, j - 2, U"关于"))
        j -= 2;
    if (source == XXGK_FROM_TITLE || source == XXGK_FROM_PAGE) { /* after a banner, as add_pick */
        int b = meta_name_banner_end(t, i, j);
        if (b && source == XXGK_FROM_TITLE && !ps->banner.t)
            ps->banner = (pick){t, i, government_of_portal(t, i, b), source, NAME_OK};
        if (b)
            i = b;
    }
    if (meta_name_relative(t, i, j))
        ps->p[ps->n++] = (pick){t, i, j, source, NAME_PARTIAL};
}

/* 由两城镇人民政府党政办公室编制: the office inside the agency that wrote
 * the report is not the agency. A government's general office
 * (人民政府办公室) is an agency of its own and stays. */
static int without_internal_office(const mt_text *t, int i, int j)
{
    static const char32_t *const offices[] = {U"党政综合办公室", U"党政办公室", U"综合办公室", U"办公室", NULL};
    for (int k = 0; offices[k]; k++) {
        int l = mt_word_len(offices[k]);
        if (j - l <= i || !mt_word_at(t, j - l, offices[k]))
            continue;
        if (l == 3 && j - l - 2 >= i && mt_word_at(t, j - l - 2, U"政府"))
            return j;
        return meta_name_kind(t, i, j - l) != NAME_BAD ? j - l : j;
    }
    return j;
}

/* A source's name in a message, in the document's language; -1 is the
 * statistics period (统计期限). */
static const char *source_word(const xxgk_doc *doc, int source)
{
    static const char *const zh[] = {"", "标题", "前言", "落款", "正文", "页面元数据", "页面字段"};
    if (source < 0)
        return doc->lang == XXGK_LANG_ZH ? "统计期限" : "statistics period";
    if (doc->lang == XXGK_LANG_ZH && source < (int)(sizeof zh / sizeof zh[0]))
        return zh[source];
    return xxgk_source_name(source);
}

/* A name read off a widget's line (trim_widgets) is no full name yet:
 * the preamble's and the sign-off's are still read (drop_widget_picks). */
static bool has_full_name(const picks *ps)
{
    for (int k = 0; k < ps->n; k++)
        if (ps->p[k].kind == NAME_OK && !(ps->widget >> k & 1u))
            return true;
    return false;
}

/* ---- the title ----------------------------------------------------- */

/* Is [k, j) of t a widget's bracket, 【 then a widget's word (字体 字号
 * 打印 关闭, either script: t is folded) … 】, a page's button that no
 * name holds (【字体：大 中 小】, 【打印】, 【关闭窗口】)? */
static bool widget_bracket(const mt_text *t, int k, int j)
{
    static const char32_t *const word[] = {U"字体", U"字号", U"打印", U"关闭"};
    if (j - k < 4 || t->f[k] != 0x3010 /* 【 */ || t->f[j - 1] != 0x3011 /* 】 */)
        return false;
    for (size_t w = 0; w < sizeof word / sizeof *word; w++)
        if (mt_word_at(t, k + 1, word[w]))
            return true;
    return false;
}

/* A name's line above the title with a page's widget beside it
 * (青禾县教育局　【字体：大 中 小】, 【打印】【关闭】青禾县教育局): the widget is
 * certain chrome (widget_bracket), the rest of the line names the agency.
 * Narrows [*s, *e) past the brackets at either end; a look of at most
 * WIDGET_MAX characters for each bracket. */
enum { WIDGET_MAX = 16 };

static void trim_widgets(const mt_text *t, int *s, int *e)
{
    for (bool more = true; more && *e - *s > 4;) {
        more = false;
        for (int k = *e - 2; k >= *s && k >= *e - WIDGET_MAX; k--)
            if (t->f[k] == 0x3010) {
                if (widget_bracket(t, k, *e))
                    *e = k, more = true;
                break;
            }
    }
    for (bool more = true; more && *e - *s > 4 && t->f[*s] == 0x3010;) {
        more = false;
        for (int k = *s + 1; k < *e && k <= *s + WIDGET_MAX; k++)
            if (t->f[k] == 0x3011) {
                if (widget_bracket(t, *s, k + 1))
                    *s = k + 1, more = true;
                break;
            }
    }
}

/* A title label at the start of a line (标题：, 名称) is no part of it. */
static int skip_title_label(const mt_text *t, int ls)
{
    int kind, v = meta_field_at(t, ls, &kind);
    return v >= 0 && kind == 't' ? v : ls;
}

/* A site's breadcrumb before the title on its line (首页 > 政务公开 >
 * 年度报告 某县人民政府2023年…): the name starts after its last separator
 * (> ＞ › »), or after the first blank after it that leaves a name (the
 * crumb 年度报告 before it is the page's, not the agency's). [i, j) as it
 * is when it holds no separator or nothing after one is a name. */
static int skip_crumbs(const mt_text *t, int i, int j)
{
    int k = j;
    while (k > i && t->f[k - 1] != '>' && t->f[k - 1] != 0x203A && t->f[k - 1] != 0xBB)
        k--;
    if (k == i)
        return i;
    for (int g = k; g < j; g++)
        if ((g == k || t->gap[g]) && meta_name_kind(t, g, j) != NAME_BAD)
            return g;
    return i;
}

static int line_of(const mt_text *t, int i)
{
    int k = 0;
    while (k + 1 < t->nlines && t->line[k + 1] <= i)
        k++;
    return k;
}

static int line_end(const mt_text *t, int k, int b)
{
    int e = k + 1 < t->nlines ? t->line[k + 1] : t->n;
    return e < b ? e : b;
}

/* The folded characters of [i, j) occur in [s, e) in order: a short form. */
static bool range_abbreviates(const mt_text *t, int i, int j, int s, int e)
{
    for (; i < j; i++) {
        while (s < e && t->f[s] != t->f[i])
            s++;
        if (s++ >= e)
            return false;
    }
    return true;
}

/* The first of 政府信息公开 / 信息公开 in [a, b), else b. */
static int before_disclosure(const mt_text *t, int a, int b)
{
    int k = mt_find_word(t, a, b, U"政府信息公开");
    if (k < 0)
        k = mt_find_word(t, a, b, U"信息公开");
    if (k < 0) /* 政府資訊公開 (P060), folded to simplified script only */
        k = mt_find_word(t, a, b, U"政府资讯公开");
    if (k < 0)
        k = mt_find_word(t, a, b, U"资讯公开");
    return k < 0 ? b : k;
}

/* One or two digits at i then the character c: the index after c, else -1. */
static int small_then_at(const mt_text *t, int i, int b, uint32_t c)
{
    int n = 0;
    while (i + n < b && n < 3 && t->f[i + n] >= '0' && t->f[i + n] <= '9')
        n++;
    return n >= 1 && n <= 2 && i + n < b && t->f[i + n] == c ? i + n + 1 : -1;
}

/* A day's month and day at i, after a year's 年 (2024年1月18日), not
 * opening a period (2023年1月1日至…, 起): a date in a title is the page's
 * publishing day, no year of the report. *end: the index after 日. */
static bool day_after(const mt_text *t, int i, int b, int *end)
{
    int m = small_then_at(t, i, b, 0x6708 /* 月 */);
    int d = m < 0 ? -1 : small_then_at(t, m, b, 0x65E5 /* 日 */);
    if (d < 0)
        return false;
    *end = d;
    uint32_t f = d < b ? t->f[d] : 0;
    return f != 0x81F3 /* 至 */ && f != 0x8D77 /* 起 */ && f != '-' && f != 0x2014 /* — */ && f != '~' &&
           f != 0xFF5E /* ～ */ && f != 0x5230 /* 到 */;
}

/* A day's date at s..d (its 年 ends at e) that bounds a period: 截至/截止
 * before it, 止/前/以来 after it (（截至2023年12月31日）, 2023年12月31日止,
 * 2023年1月1日以来), or the year's last day (…2023年12月31日政府信息公开…):
 * the period's year is the report's, no publishing day. */
static bool period_bound(const mt_text *t, int a, int s, int e, int d, int b)
{
    if (mt_word_at(t, e + 1, U"12月31日"))
        return true;
    if (s - 2 >= a && (mt_word_at(t, s - 2, U"截至") || mt_word_at(t, s - 2, U"截止")))
        return true;
    return d < b && (t->f[d] == 0x6B62 /* 止 */ || t->f[d] == 0x524D /* 前 */ || mt_word_at(t, d, U"以来") ||
                     mt_word_at(t, d, U"以來"));
}

/* The year of the title phrase: a year followed by 年 (年度), the last
 * such before the 信息公开 that follows the first (…2023年政府信息公开工作
 * 年度报告, 2023年度某局政府信息公开…; a title printed twice reads from
 * its first copy), never merely the first four digits: a date or a site's
 * name above or before the title (2024/1/26 10:15, 专栏2024-01-26) holds
 * years too; so does a day's date (…年度报告（2024年1月18日）: the day it
 * was published). A title with no such year: its first year, but not a
 * date's. */
static int title_year(const mt_text *t, int a, int b, int *ys, int *ye, int *dated_at)
{
    int year = 0, s = -1, e = -1, lim = b, dated = -1;
    for (int i = a, y; i < lim && (y = mt_year(t, i, lim, &s, &e)) != 0; i = e) {
        if (!mt_word_at(t, e, U"年"))
            continue;
        int d;
        if (day_after(t, e + 1, b, &d) && !period_bound(t, a, s, e, d, b)) {
            dated = s; /* …年度报告（2024年1月18日）: the day it was published */
            continue;
        }
        if (!year) {
            int k = mt_find_word(t, e, b, U"信息公开");
            lim = k < 0 ? b : k;
        }
        year = y;
        *ys = s;
        *ye = e;
    }
    *dated_at = dated;
    if (year)
        return year;
    year = mt_year(t, a, b, ys, ye);
    return year && *ys == dated ? 0 : year;
}

/* A date or a time printed before the title on its line (a browser's
 * print header: 2024/1/26 10:15 某局2023年…报告): digits and / - . : with
 * a separator among them, no part of the agency's name. */
static int skip_stamp(const mt_text *t, int ls, int lim)
{
    int i = ls;
    bool sep = false, digit = false;
    for (; i < lim; i++) {
        uint32_t f = t->f[i];
        if (f >= '0' && f <= '9')
            digit = true;
        else if (f == '/' || f == '-' || f == '.' || f == ':')
            sep = true;
        else
            break;
    }
    return digit && sep ? i : ls;
}

/* A government's name on the line above the title's own name
 * (青禾县人民政府⏎青禾县教育局2023年…) is a banner over its department
 * (meta_name_banner_end over both lines): the title's line names the
 * agency, and the banner is kept for P118 (banner_unconfirmed). */
static void note_banner_above(const mt_text *t, int s0, int ys, int source, picks *ps)
{
    if (source != XXGK_FROM_TITLE || ps->banner.t)
        return;
    int b = meta_name_banner_end(t, s0, ys);
    if (b > s0)
        ps->banner = (pick){t, s0, government_of_portal(t, s0, b), source, NAME_OK};
}

/* Does a blank line part line k of t from the line before it (青禾县财政局⏎⏎
 * 青禾县教育局2023年…, joined into one title by the grammar)? The bytes
 * between the two lines' characters are read: a few line breaks at most. */
static bool line_apart(const mt_text *t, int k)
{
    if (k < 1 || k >= t->nlines || t->line[k] < 1)
        return false;
    int breaks = 0;
    for (uint32_t b = t->off[t->line[k] - 1]; b < t->off[t->line[k]]; b++)
        breaks += t->src[b] == '\n';
    return breaks > 1;
}

/* The name above read with the blank lines that part it from the title
 * line (line_apart): as banner_apart reads a line apart outside the
 * title's span, only a government's bare name, of the agency's own place
 * (banner_unconfirmed), heads the title block; another agency's name, a
 * portal's or another place's government is the page's chrome, no P119
 * (review year63 N4). */
static void note_above_apart(const mt_text *t, int s0, int e0, int ys, int source, picks *ps)
{
    if (source != XXGK_FROM_TITLE || ps->banner.t)
        return;
    int b = meta_name_banner_end(t, s0, ys);
    if (b > s0 && b == e0 && government_of_portal(t, s0, b) == b && t->f[b - 1] == 0x5E9C /* 府 */) {
        ps->banner = (pick){t, s0, b, source, NAME_OK};
        ps->banner_apart = true;
    }
}

/* Any other agency's name alone on the line above the title's own
 * (青禾县财政局⏎青禾县教育局2023年…, not a government over its
 * department: note_banner_above) is kept for P119 (agency_above_unconfirmed):
 * two agencies on the title's lines. The title's name in short form
 * above (互助土族自治县教育局 over 互助县教育局) is the same one. */
static void note_agency_above(const mt_text *t, int s0, int e0, int ls, int ys, int source, picks *ps)
{
    if (source != XXGK_FROM_TITLE || ps->banner.t || ps->above.t || e0 <= s0)
        return;
    if (own_name_kind(t, s0, e0, source) == NAME_OK && !range_abbreviates(t, ls, ys, s0, e0) &&
        !range_abbreviates(t, s0, e0, ls, ys))
        ps->above = (pick){t, s0, e0, source, NAME_OK};
}

/* title      := agency? year (年|年度) agency? 政府信息公开工作年度报告
 * title      := agency? 政府信息公开工作年度报告 （year 年|年度）
 * title      := agency-line+ title          (the agency on a line above)
 * In order: the text before the year on the year's line; each line above,
 * nearest first; the text between 年/年度 and 政府信息公开. The lines are
 * those of [a, b) of t, broken anywhere. Returns the year (0 if none). */
/* wrap_k: the line of t that is the lower part of an agency's name
 * wrapped from the line above it (title_wrapped_above decided it, by
 * ft_signoff_agency_wrapped: 青禾县⏎教育局⏎2023年…), else -1; the two
 * lines are one pick. */
static int title_parse(const mt_text *t, int a, int b, int source, picks *ps, int *yat, int *yend, int wrap_k)
{
    int ys = -1, ye = -1, dated = -1;
    int year = title_year(t, a, b, &ys, &ye, &dated);
    int tl = line_of(t, year ? ys : (b > a ? b - 1 : a));
    int ls = t->line[tl] > a ? t->line[tl] : a;
    ls = skip_stamp(t, skip_title_label(t, ls), year ? ys : b);
    /* the year after the title's words, in brackets (…工作年度报告（2023年）):
     * the name is before 政府信息公开, as in a title with no year (the
     * bracket first: the cheap test) */
    int yb = year && ys - 2 > ls && (mt_word_at(t, ys - 2, U"截至") || mt_word_at(t, ys - 2, U"截止")) ? ys - 2 : ys;
    bool year_last = year && yb > ls && (t->f[yb - 1] == '(' || t->f[yb - 1] == 0xFF08 /* （ */) &&
                     before_disclosure(t, ls, yb) < yb; /* （截至2023年12月31日） too */
    if (year && ys > ls && !year_last) {
        ls = skip_crumbs(t, ls, ys);
        add_self_pick(ps, t, ls, ys, source);
        /* 青禾市人民政府⏎办公厅2020年…: the name broken with the title */
        if (tl > 0 && t->line[tl - 1] >= a && own_name_kind(t, ls, ys, source) == NAME_BAD) {
            int s0 = skip_title_label(t, t->line[tl - 1]);
            add_pick(ps, t, skip_crumbs(t, s0, ys), ys, source);
        }
        /* 中共青禾县委办公室⏎青禾县人民政府办公室2023年… (or the reverse):
         * the party's office above the government's office of the same
         * place, the two the report's (两办). Any other name above (a
         * party committee's, a department's, another office's) is the
         * page's chrome: the title's line names the agency */
        if (tl > 0 && t->line[tl - 1] >= a && own_name_kind(t, ls, ys, source) != NAME_BAD) {
            int s0 = skip_title_label(t, t->line[tl - 1]);
            if (meta_name_two_offices(t, s0, ls, ys))
                add_pick(ps, t, s0, ys, source);
            else if (line_apart(t, tl))
                note_above_apart(t, s0, line_end(t, tl - 1, b), ys, source, ps);
            else {
                note_banner_above(t, s0, ys, source, ps);
                note_agency_above(t, s0, line_end(t, tl - 1, b), ls, ys, source, ps);
            }
        }
    }
    /* the name inside a year-first title: between 年/年度 and 政府信息公开 */
    int ci = -1, ce = -1;
    if (year && ys <= ls) {
        ci = ye;
        if (mt_word_at(t, ci, U"年度"))
            ci += 2;
        else if (mt_word_at(t, ci, U"年"))
            ci += 1;
        ce = before_disclosure(t, ci, line_end(t, tl, b));
    } else if (!year || year_last) {
        ci = ls;
        ce = before_disclosure(t, ls, line_end(t, tl, b));
        if (!year && dated > ls && dated < ce)
            ce = dated; /* 青禾县教育局2024年1月18日政府信息公开…: the name stops at the day dropped */
    }
    /* a line above wins only when it is the inside name's full form
     * (互助土族自治县教育局 over 互助县教育局), or when there is none: a
     * site's name above the title is not the report's agency */
    bool inside = ci >= 0 && own_name_kind(t, ci, ce, source) != NAME_BAD;
    for (int k = tl - 1; k >= 0 && t->line[k] >= a; k--) {
        int s = skip_title_label(t, t->line[k]), e = line_end(t, k, b), s0 = s, e0 = e, n0 = ps->n;
        if (!inside && k == wrap_k && k >= 1 && t->line[k - 1] >= a) {
            /* 青禾县⏎教育局⏎2023年…: one name */
            add_pick(ps, t, skip_title_label(t, t->line[k - 1]), e, source);
            k--;
            continue;
        }
        if (!inside)
            trim_widgets(t, &s, &e);
        if (!inside || range_abbreviates(t, ci, ce, s, e))
            add_pick(ps, t, s, e, source);
        for (int q = n0; q < ps->n && (s != s0 || e != e0); q++)
            ps->widget |= 1u << q;
    }
    if (ci >= 0)
        add_self_pick(ps, t, ci, ce, source);
    if (yat)
        *yat = ys;
    if (yend)
        *yend = ye;
    return year;
}

/* Does [i, j) of w, the document's text, hold a link's text of the page
 * (a sidebar's, a list of related reports: another page's title)? */
static bool range_in_link(const xxgk_doc *doc, const mt_text *w, int i, int j)
{
    if (!doc->nlinks || w->src != doc->src)
        return false;
    for (int k = i; k < j; k++)
        if (doc_in_link(doc, w->off[k]))
            return true;
    return false;
}

/* A title the grammar did not see, broken over up to three short lines
 * (…政府信息公开工作⏎年度报告): its range in [*a, *b) of w before index
 * lim; false when none. A link's text is no title (tokens.c says the same
 * of a title line). */
static bool broken_title(const xxgk_doc *doc, const mt_text *w, int lim, int *a, int *b)
{
    for (int k = 0; k < w->nlines && w->line[k] < lim; k++)
        for (int m = k; m < k + 3 && m < w->nlines; m++) {
            int e = line_end(w, m, lim);
            if (e - w->line[k] > 120 || mt_find_word(w, w->line[k], e, U"。") >= 0)
                break;
            if (e - 2 >= w->line[k] && mt_word_at(w, e - 2, U"报告") &&
                mt_find_word(w, w->line[k], e, U"信息公开") >= 0 && !range_in_link(doc, w, w->line[k], e)) {
                *a = w->line[k];
                *b = e;
                return true;
            }
        }
    return false;
}

/* A title broken over lines is the report's title as much as one on a
 * line of its own: its span becomes the title (so no P011 says there is
 * none, and parse shows it), and a preamble paragraph that is nothing but
 * those lines is the title, not preamble. */
static void adopt_broken_title(xxgk_report *r, const mt_text *w, int a, int b)
{
    uint32_t cp;
    int l = utf8_decode(w->src + w->off[b - 1], 4, &cp);
    xxgk_span t = {w->off[a], w->off[b - 1] + (uint32_t)(l ? l : 1)};
    r->title_span = t;
    for (xxgk_block **p = &r->preamble; *p; p = &(*p)->next)
        if ((*p)->kind == XXGK_B_PARAGRAPH && (*p)->span.start >= t.start && (*p)->span.end <= t.end) {
            *p = (*p)->next;
            break;
        }
}

/* The title's agency wrapped on the two lines above its words
 * (青禾县⏎教育局⏎2023年度…报告, 青禾县人民政府⏎办公室⏎2023年…): the
 * grammar joins the lower line to the title and leaves the upper one in
 * the preamble. Read as a sign-off's wrapped name is
 * (ft_signoff_agency_wrapped: the lower line names no full agency alone,
 * the two joined name one), the upper line, right above (no blank line
 * between), is the title's too and leaves the preamble. True then: the
 * title's line 1 is the lower part of that name (title_parse's wrap_k),
 * the one decision passed along, not made again on the folded text. */
static bool title_wrapped_above(const uint8_t *src, xxgk_report *r)
{
    xxgk_span t = r->title_span;
    const uint8_t *nl = t.end > t.start ? memchr(src + t.start, '\n', t.end - t.start) : NULL;
    if (!nl || t.start < 2 || src[t.start - 1] != '\n')
        return false;
    uint32_t le = ft_trim_end(src, t.start, (uint32_t)(nl - src));
    uint32_t pe = ft_trim_end(src, 0, t.start - 1), p = pe;
    while (p > 0 && src[p - 1] != '\n')
        p--;
    uint32_t ls = p;
    int l;
    while (p < pe && ft_blank_at(src, p, pe, &l))
        p += (uint32_t)l;
    if (p >= pe || !ft_signoff_agency_wrapped(src, p, pe, t.start, le))
        return false;
    r->title_span.start = p;
    for (xxgk_block **b = &r->preamble; *b; b = &(*b)->next) {
        if ((*b)->kind != XXGK_B_PARAGRAPH || (*b)->span.end <= ls || (*b)->span.start > pe)
            continue;
        if ((*b)->span.start >= ls)
            *b = (*b)->next; /* the paragraph is the place's line alone */
        else
            (*b)->span.end = ft_trim_end(src, (*b)->span.start, ls - 1);
        break;
    }
    return true;
}

/* ---- fields, sign-off, preamble ------------------------------------ */

/* 发布机构：X   来源：X   发文机关：X — X runs to the next label. */
static void field_agency(const mt_text *w, int lim, picks *ps)
{
    for (int k = 0; k < lim; k++) {
        int kind, v = meta_field_at(w, k, &kind);
        if (v < 0 || kind != 'a')
            continue;
        int e = v;
        while (e < lim && mt_cjk(w->f[e]) && (e == v || !meta_label_len(w, e)))
            e++;
        add_pick(ps, w, v, e, XXGK_FROM_FIELD);
        k = e - 1;
    }
}

/* 依据 按照 遵照 right before a 《 in [from, lim): the verb's index, else
 * -1. They name the compiler only when a document is cited (由X依据《条例》
 * 编制), never in a sentence of the body (X按照上级要求); one pass over
 * the text finds the three. */
static int find_cite_verb(const mt_text *w, int from, int lim)
{
    static const char32_t *const cite[] = {U"依据", U"按照", U"遵照", NULL};
    for (int k = from + 2; k < lim; k++)
        if (w->f[k] == 0x300A /* 《 */)
            for (int c = 0; cite[c]; c++)
                if (mt_word_at(w, k - 2, cite[c]))
                    return k - 2;
    return -1;
}

/* The next verb at or after from: VERB, or a citing verb when it is NULL. */
static int next_verb(const mt_text *w, int from, int lim, const char32_t *verb)
{
    return verb ? mt_find_word(w, from, lim, verb) : find_cite_verb(w, from, lim);
}

/* 本报告由X编制 / 由X根据… (依据 按照 遵照 as 根据, before a 《》)  and
 * X编制了… / X根据《…: the name right before the verb, back to
 * punctuation. The first verb that gives a full name ends the search: a
 * verb with none before it (…《条例》编制, 编制而成 after 由X) goes on to
 * the next, whatever the title gave before (本报告由X根据《条例》编制
 * under a banner: review year62's v24). */
static void preamble_phrases(const mt_text *w, int a, int lim, picks *ps)
{
    /* NULL: the citing verbs (find_cite_verb) */
    static const char32_t *const verbs[] = {U"编制", U"根据", NULL, U"制作", U"编写"};
    for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
        for (int k = next_verb(w, a, lim, verbs[v]); k >= 0; k = next_verb(w, k + 1, lim, verbs[v])) {
            if (w->book[k])
                continue;
            int s = k, n = ps->n;
            while (s > a && mt_cjk(w->f[s - 1]) && !w->book[s - 1] && k - s < 30 &&
                   w->f[s - 1] != 0x7531 /* 由 */)
                s--;
            add_pick(ps, w, s, k, XXGK_FROM_PREAMBLE);
            if (ps->n > n && ps->p[ps->n - 1].kind == NAME_OK)
                return;
        }
}

/* Does 现将 at q begin a clause: the text's or a line's start, a blank,
 * punctuation, or 特/兹/今 before it? After another word's character it
 * is the end of 发现/出现/实现 with the preposition 将 (…发现将X的报告发布
 * 在…: review year65 B2), which hands over nothing. */
static bool now_opens_clause(const uint8_t *src, uint32_t s, uint32_t q)
{
    static const char *const before[] = {"，", "。", "；", "：", "、", "　", "特", "兹", "茲", "今", NULL};
    if (q <= s)
        return true;
    uint8_t c = src[q - 1];
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.' || c == '>')
        return true;
    for (int w = 0; before[w]; w++) {
        size_t l = strlen(before[w]);
        if (q - s >= l && memcmp(src + q - l, before[w], l) == 0)
            return true;
    }
    return false;
}

/* The byte of the first 现将 in [s, e) that begins a clause
 * (now_opens_clause), else e: the cheap test before a handing sentence
 * is loaded. Either script or a converter's mix (现將, 現将) hands the
 * report over alike (meta_find_now). */
static uint32_t find_now(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t q = meta_find_now(src, s, e); q < e; q = meta_find_now(src, q + 3, e))
        if (now_opens_clause(src, s, q))
            return q;
    return e;
}

/* The end of the sentence begun at s: its 。 or ；, or a blank line, at
 * most `most` bytes on (a handing sentence is short: HANDING_MOST). */
static uint32_t handing_end(const uint8_t *src, uint32_t s, uint32_t e, uint32_t most)
{
    uint32_t lim = e - s > most ? s + most : e;
    for (uint32_t i = s; i < lim; i++)
        if ((i + 3 <= lim && (memcmp(src + i, "。", 3) == 0 || memcmp(src + i, "；", 3) == 0)) ||
            (src[i] == '\n' && i + 1 < lim && src[i + 1] == '\n'))
            return i;
    return lim;
}

/* Does a year start at k (2023年, ２０２３ folded, 二〇二三年)? */
static bool year_starts(const mt_text *t, int k)
{
    uint32_t c = t->f[k], d = k + 1 < t->n ? t->f[k + 1] : 0;
    return (c >= '0' && c <= '9') || (c == 0x4E8C /* 二 */ && (d == 0x3007 || d == 0x96F6 || d == 0x25CB));
}

/* Is the title broken over lines (青禾县财政局⏎2023年…报告)? Its agency
 * may then be a name line's above the title's own words, which a site's
 * chrome prints as often as the report: only then, or where no full
 * name is known, is the handing sentence read (its cost spared where the
 * title's own line names the agency). */
static bool title_lines_above(const uint8_t *src, xxgk_span t)
{
    return t.end > t.start && memchr(src + t.start, '\n', t.end - t.start) != NULL;
}

/* The word of words[] at i, its length (0: none). */
static int word_of(const mt_text *t, int i, const char32_t *const *words)
{
    for (int w = 0; words[w]; w++) {
        int l = mt_word_at(t, i, words[w]);
        if (l)
            return l;
    }
    return 0;
}

/* Does the clause end at i: the text's end, a blank, ，。：；, or their
 * ASCII forms? */
static bool clause_ends_at(const mt_text *t, int i)
{
    if (i >= t->n)
        return true;
    uint32_t c = t->f[i];
    return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',' || c == ':' || c == ';' || c == '.' ||
           c == 0xFF0C /* ， */ || c == 0x3002 /* 。 */ || c == 0xFF1A /* ： */ || c == 0xFF1B /* ； */;
}

/* The end of the report's name (year 年 度? (政府信息公开 工作?)? (年度报告 |
 * 年报 | 报告) (》|”)?) at k, else -1; *formal: 政府信息公开 is in it. */
static int report_name_end(const mt_text *t, int k, int want, bool about, bool *formal)
{
    static const char32_t *const name[] = {U"年度报告", U"年报", U"报告", NULL};
    static const char32_t *const state[] = {U"开展情况", U"情况", NULL};
    int ys, ye, y = mt_year(t, k, t->n, &ys, &ye);
    if (!y || ys != k || (want && y != want) || !mt_word_at(t, ye, U"年"))
        return -1;
    int i = ye + 1;
    i += mt_word_at(t, i, U"度");
    *formal = mt_word_at(t, i, U"政府信息公开") != 0;
    if (*formal) {
        i += 6;
        i += mt_word_at(t, i, U"工作");
    }
    if (about && i > ye + 1) {
        i += word_of(t, i, state);
        i += mt_word_at(t, i, U"的");
    }
    int l = word_of(t, i, name);
    if (!l)
        return -1;
    i += l;
    if (i < t->n && (t->f[i] == 0x300B /* 》 */ || t->f[i] == 0x201D /* ” */))
        i++;
    return i;
}

/* handed := year 年 度? (政府信息公开 工作?)? (年度报告 | 年报 | 报告) (》|”)?
 *           (如下 | 予以公布 | 向社会公布 | 全文如下 | 公布如下 | 发布如下) clause-end
 * at k: a report is handed only when the handing words end the clause and
 * nothing but the report's own name stands between its year and them;
 * anything else (…考核结果报告如下, …报告公布以来…说明如下, …报告予以撤回:
 * review year65b R1, R2) names another object, and hands nothing. The
 * handed year must be want, the report's (a report of another year is
 * only mentioned). The name: report_name_end. */
static bool hands_report(const mt_text *t, int k, int want, bool about)
{
    static const char32_t *const hand[] = {U"如下", U"予以公布", U"向社会公布", U"全文如下", U"公布如下", U"发布如下", NULL};
    bool formal;
    int i = report_name_end(t, k, want, about, &formal);
    if (i < 0)
        return false;
    int l = word_of(t, i, hand);
    return l && clause_ends_at(t, i + l);
}

/* names-report := name year 年 度? 政府信息公开 工作? (年度报告 | 年报 |
 * 报告) (》|”)? with no handing words after it (现将青禾县教育局2023年度政府信息公开工作
 * 年度报告中发现问题的整改情况公布如下: the sentence hands another object,
 * the report's own formal name X's): X is named as the report's agency,
 * though nothing is handed; a name chosen elsewhere that is not X's is
 * not sure (P041: review year68 p11). */
static bool names_report(const mt_text *t, int k, int want, bool about)
{
    bool formal;
    return report_name_end(t, k, want, about, &formal) >= 0 && formal;
}


/* The end of the agency's name in the run [a, j) that a year ends: before
 * a closing 关于 (關於 folds to it), else j. 现将X关于2023年度政府信息公开
 * 工作(开展)?(情况)?的报告: the report's own formal name, its agency X (review
 * year65 h01, h12); hands_report then reads the 的 报告 that such a name
 * ends with. */
static int about_before(const mt_text *t, int a, int j)
{
    return j - a >= 5 && mt_word_at(t, j - 2, U"关于") ? j - 2 : j;
}

/* The chain words: X (所属 | 下属 | 直属) Y hands Y, X's unit (chain_end). */
static const char32_t *const chain_words[] = {U"所属", U"下属", U"直属", NULL};

static bool u32_in(const char32_t *set, uint32_t c);

/* The party's committee of the organs directly under a place
 * (中共青禾县直属机关工作委员会, 白河市直属机关工委, 县委直属机关党委):
 * 直属 right after a place's level word (or 委) and before these words is
 * a word of that one office's name, no chain (review year68 s04); after
 * a name (X及直属机关工委) it stays a chain word. */
static const char32_t *const organs_committee[] = {U"机关工作委员会", U"机关工委", U"机关党委", U"机关党工委", NULL};

/* The chain word at k (所属 下属 直属: chain_words): its length, else 0;
 * the one test of every reading of a chain below. */
static int chain_word_at(const mt_text *t, int k)
{
    int l = word_of(t, k, chain_words);
    bool committee = l && t->f[k] == U'直' && k > 0 && u32_in(U"省市州盟县旗区委", t->f[k - 1]) &&
                     word_of(t, k + l, organs_committee);
    return committee ? 0 : l;
}

/* Does the name run [a, j) tie two agencies (所属, 下属, 直属: chain_words;
 * 上级, 主管: 现将上级主管部门X…, 现将X所属Y…)? Which one the report is
 * is then not sure: nothing is handed (review year65 h11, h22). */
static bool name_has_relation(const mt_text *t, int a, int j)
{
    static const char32_t *const above[] = {U"上级", U"主管", NULL};
    for (int k = a; k + 2 <= j; k++)
        if (chain_word_at(t, k) || word_of(t, k, above))
            return true;
    return false;
}

static bool u32_in(const char32_t *set, uint32_t c)
{
    for (; *set; set++)
        if ((uint32_t)*set == c)
            return true;
    return false;
}

/* The particles no full name starts with (的青禾县…, 及青禾县…): a run
 * opening with one is a phrase's tail, not a name (review year68 B2). */
static bool particle_at(const mt_text *t, int k)
{
    return u32_in(U"的之及和与暨與", t->f[k]);
}

/* The end of the run [a, j)'s last chain word (所属 下属 直属) with a
 * name before it, else -1. */
static int last_chain_word(const mt_text *t, int a, int j)
{
    int c = -1;
    for (int k = a + 2; k + 2 < j; k++)
        if (chain_word_at(t, k))
            c = k + 2;
    return c;
}

/* conjunction := 及 | 和 | 与 | 暨 | 、 | 并  (與 並 traditional) at k. */
static bool conjunction_at(const mt_text *t, int k)
{
    return u32_in(U"及和与暨、并與並", t->f[k]);
}

/* conjunction := 及 | 和 | 与 | 暨 | 、 | 并  (與 並 traditional) right
 * before the chain word ending at c: X及所属Y, X本级及所属Y, X、所属Y name
 * X and its units side by side, no chain to one of them (及其所属Y keeps
 * its 其: a chain). */
static bool conjunction_before(const mt_text *t, int c)
{
    return conjunction_at(t, c - 3);
}

/* chain := X chain_word (的 | 之)? Y: the start of Y in the run [a, j),
 * past the last such word with a name before it, else -1. 现将青禾县财政局
 * 所属青禾县国库支付中心2023年度…报告公布如下 hands the report of the unit
 * the chain ends at (review year67 item 3), when Y is a full name on its
 * own; else the run stays unsure (P041 unless the name chosen ends it).
 * 所属的Y, 下属之Y: the particle is the chain's, not Y's (review year68
 * B2); a Y still opening with a particle is no name (handed_agency). */
static int chain_end(const mt_text *t, int a, int j)
{
    int c = last_chain_word(t, a, j);
    /* X及所属单位, X和下属各单位: X and its units, no chain */
    if (c > 0 && (conjunction_before(t, c) || mt_word_at(t, c, U"单位") || mt_word_at(t, c, U"各")))
        return -1;
    if (c > 0 && c < j && (t->f[c] == U'的' || t->f[c] == U'之'))
        c++; /* 所属的Y, 下属之Y */
    return c;
}

/* Is [p, q) a full name of its own (no bare place: 所属青禾县), a school
 * or a hospital named with its place (白河市第一中学: a unit that
 * reports, never a set, 所属学校, 中小学校), or two glued
 * (青禾县国库支付中心青禾县会计核算中心)? Leaves ps's picks as they were. */
static bool names_agency(const mt_text *t, int p, int q, picks *ps)
{
    int n0 = ps->n;
    if (q - p > 3 && mt_word_at(t, q - 3, U"等单位"))
        q -= 3; /* Y等单位: Y and others with it, Y still a unit of its own (review year69 B4) */
    if (q <= p || particle_at(t, p))
        return false;
    add_pick(ps, t, p, q, XXGK_FROM_PREAMBLE);
    bool named = ps->n > n0 && ps->p[n0].kind == NAME_OK && !mt_place_level_end(t, q);
    ps->n = n0;
    return named || meta_name_placed_institution(t, p, q) || meta_name_joins_two(t, p, q, MT_SIDE_BY_SIDE);
}

/* units := (的 | 之 | 单位 | 各单位 | conjunction)* member ((conjunction)+ member)*
 * after a chain word ending at c, to j: how many members name an agency
 * (0, 1, or 2 for two or more)? A member is a full name (names_agency) up
 * to the next conjunction, or to j where the name itself holds one
 * (青禾县住房和城乡建设局); 所属单位青禾县国库支付中心, 所属及Y, 所属的Y,
 * 所属单位及Y: the unit words and joins before a name are the chain's. */
static int units_named(const mt_text *t, int c, int j, picks *ps)
{
    int named = 0;
    for (int p = c; p < j && named < 2; p++) {
        bool opens = p == c || conjunction_at(t, p - 1) || t->f[p - 1] == U'的' || t->f[p - 1] == U'之' ||
                     (p - c >= 2 && mt_word_at(t, p - 2, U"单位"));
        if (!opens || conjunction_at(t, p) || mt_word_at(t, p, U"单位") || mt_word_at(t, p, U"各"))
            continue;
        int q = p;
        while (q < j && !conjunction_at(t, q))
            q++;
        if (names_agency(t, p, q, ps)) {
            named += meta_name_joins_two(t, p, q, MT_SIDE_BY_SIDE) ? 2 : 1;
            p = q; /* the next member opens after this one's conjunction */
        } else if (q < j && names_agency(t, p, j, ps)) {
            return named + 1; /* one name holding a conjunction, to the run's end */
        }
    }
    return named > 2 ? 2 : named;
}

/* two-named := a list of agencies joined by conjunctions with a chain
 * member: (X | 本局) (conjunction member)* conjunction chain_word units
 * with a full name among the units (X及所属Y, X及所属Y、Z, 本局及所属Y,
 * X和所属Y及Z, X、Z、所属Y, X及所属单位Y, X、所属单位及Y), or chain_word
 * units naming two (X所属Y、Z); or, with no chain word, two full names
 * side by side (X、Y, X和Y: meta_name_joins_two). The sentence hands the
 * report of them all; no one alone is the report's agency (P041 against
 * any name chosen: review year68 s02, s09-s11, s14; review year69 a03,
 * a08, a10, a14, a15, a18, a22, a24); with no chain word, two members
 * naming agencies or schools with their place (白河市第一中学、青禾县教育局,
 * Y中学和Z中学: units_named from a; year71). X及所属单位, X及所属二级单位,
 * X及所属学校 name no unit: X's report, as before; X及其所属Y (其: X's
 * own chain, no conjunction before the chain word) hands Y alone. self:
 * the run opens with 本局/我局 (the agency itself, a member of its own).
 * Leaves ps's picks as they were; linear in the run (at most 40). */
static bool two_named(const mt_text *t, int a, int j, bool self, picks *ps)
{
    bool chained = false;
    for (int k = a + 2; k + 2 < j; k++) {
        if (!chain_word_at(t, k))
            continue;
        chained = true;
        int need = conjunction_at(t, k - 1) ? 1 : 2;
        if (units_named(t, k + 2, j, ps) >= need)
            return true;
    }
    return !chained && !self && (meta_name_joins_two(t, a, j, MT_SIDE_BY_SIDE) || units_named(t, a, j, ps) >= 2);
}

/* A code point a crawler or converter left in place of a character: a NUL
 * byte or U+FFFD (a byte that is no character, or one written as such). */
static bool damaged_cp(uint32_t f) { return f == 0 || f == 0xFFFD; }

/* A 、 at k joining two members of the handed run (X、Z、所属Y, X、Y; a
 * copy's doubled 、、 too): part of the run, which names them side by
 * side (two_named). */
static bool lists_at(const mt_text *t, int k)
{
    return t->f[k] == 0x3001 /* 、 */ && k + 1 < t->n &&
           (mt_cjk(t->f[k + 1]) || t->f[k + 1] == 0x3001 || damaged_cp(t->f[k + 1])) &&
           !year_starts(t, k + 1);
}

static bool same_chars(const mt_text *t, int i, const mt_text *u, int k, int n);

/* run := (ideograph | 、 | damaged)*: the handed run goes on through a
 * damaged code point (白河市第一\0中学, 实验\uFFFD小学) to its year, and a
 * run holding one names no agency surely (handed_agency: P041 naming it,
 * never silence: fuzz42 n05, n06). */
static bool run_char(const mt_text *t, int k)
{
    if (mt_cjk(t->f[k]) || lists_at(t, k))
        return true;
    /* damage with text after it: a load cut inside a character (the
     * sentence's HANDING_MOST bytes) ends the text in U+FFFD, no damage */
    int m = k;
    while (m < t->n && damaged_cp(t->f[m]))
        m++;
    return m > k && m < t->n;
}

/* How far a handing sentence is loaded (handing_end), unless a long list
 * (long_list) runs past it: then to its end, within HANDED_WITHIN. */
enum { HANDING_MOST = 300 };

/* How long a handed run is read member by member (two_named's cost); a
 * longer one is read by long_list only. */
enum { RUN_MAX = 40 };

/* The year's start after the run ending at j: j, or past a trailing 、
 * (X及所属Y、Z、2023年度…: the 、 ends the list, review year70 N2). */
static int list_year(const mt_text *t, int j)
{
    return j + 1 < t->n && t->f[j] == 0x3001 /* 、 */ && year_starts(t, j + 1) ? j + 1 : j;
}

/* long-list := a run of RUN_MAX or more code points from a, holding a 、
 * or a chain word (所属 下属 直属), read on to its year: when the
 * sentence hands that year's report (hands_report), or was cut before
 * the year could be seen (cut: HANDED_WITHIN reached), the run names a list
 * of agencies too long to read member by member: its end (the caller
 * makes it unsure, P041), else -1 (现将青禾县教育局及所属青禾县招生考试中心、
 * …、青禾县学生资助管理中心2023年度…报告公布如下: review year70 M1).
 * One pass over the run. */
static int long_list(const mt_text *t, int a, int want, bool cut)
{
    bool listed = false;
    int k = a;
    for (; k < t->n && run_char(t, k) && !year_starts(t, k); k++)
        listed = listed || t->f[k] == 0x3001 || chain_word_at(t, k) || damaged_cp(t->f[k]);
    if (!listed)
        return -1;
    if (k >= t->n)
        return cut ? k : -1;
    int y = list_year(t, k);
    if (y < t->n && year_starts(t, y) && hands_report(t, y, want, about_before(t, a, k) < k))
        return about_before(t, a, k);
    return -1;
}

/* once := X conjunction+ X: the same name twice (a copy's 青禾县教育局、、
 * 青禾县教育局, 青禾县教育局与青禾县教育局) is one agency: the end of the
 * first X in the run [a, j), else j (review year70 N4). A run of RUN_MAX
 * at most: each split tried once. */
static int once_named(const mt_text *t, int a, int j)
{
    for (int q = a + 3; q < j; q++) {
        if (!conjunction_at(t, q))
            continue;
        int r = q;
        while (r < j && conjunction_at(t, r))
            r++;
        if (j - r == q - a && same_chars(t, a, t, r, q - a))
            return q;
    }
    return j;
}

/* How far after the title a handing sentence is looked for: the
 * preamble's first paragraphs (a report with no section 一 is not read
 * to its end). */
enum { HANDED_WITHIN = 1500 };

/* handed := 现将 《? name year 年 … (报告 | 年报) … (如下 | 公布 | 发布)  in
 * one sentence (现将青禾县教育局2023年政府信息公开工作年度报告公布如下,
 * 現將…報告予以公布, …报告向社会公布): the sentence hands over the
 * report of the agency it names, a name as certain as the title's (review
 * year64b F1: a name line or a widget's line above an agency-less title
 * named another). Only a full name counts (现将本局… names none, nor a
 * bare place, 现将青禾县2023年度…: review year65 h14); its
 * pick takes part in the agreement of the title, the sign-off and the
 * lines above (disagreements: P041). The first 现将 of the preamble
 * [s, e) only, within HANDED_WITHIN bytes. */
static void handed_agency(const uint8_t *src, uint32_t s, uint32_t e, int want, mt_text *t, mt_fold_cache *fc,
                          picks *ps)
{
    uint32_t lim = e - s > HANDED_WITHIN ? s + HANDED_WITHIN : e, at = find_now(src, s, lim);
    if (at >= lim)
        return;
    uint32_t se = handing_end(src, at, lim, HANDING_MOST), b = at + 6; /* past 现将 */
    while (b < se && (src[b] == ' ' || src[b] == '\t'))
        b++;
    if (b + 3 <= se && (memcmp(src + b, "《", 3) == 0 || memcmp(src + b, "“", 3) == 0))
        b += 3; /* the name's book opened: loaded inside it, a name as any other */
    /* 现将本局…, 现将我局…: no name of its own; read only for a list with a
     * chain (本局及所属Y: two_named), 属 (所属 下属 直属) the cheap test
     * before the sentence is loaded */
    bool self = b + 3 <= se && (memcmp(src + b, "本", 3) == 0 || memcmp(src + b, "我", 3) == 0);
    if (self && !memmem(src + b, se - b, "属", 3) && !memmem(src + b, se - b, "屬", 3))
        return;
    mt_load(t, fc, src, b, se);
    int a = 0, j = 0;
    bool damaged = false;
    for (; j < t->n && j - a < RUN_MAX && run_char(t, j) && !year_starts(t, j); j++)
        damaged = damaged || damaged_cp(t->f[j]);
    if (j - a >= RUN_MAX && j < t->n && !year_starts(t, j)) {
        if (se >= (lim - at > HANDING_MOST ? at + HANDING_MOST : lim)) {
            se = handing_end(src, at, lim, lim - at); /* the sentence cut: loaded on to its end, within lim */
            mt_load(t, fc, src, b, se);
        }
        int le = long_list(t, a, want, se >= lim);
        if (le > a) {
            ps->unsure_two = true; /* a list too long to read member by member: no one name is its own */
            ps->unsure = (pick){t, a, le, XXGK_FROM_PREAMBLE, NAME_OK};
        }
        return;
    }
    int y = list_year(t, j);
    if (y >= t->n || !year_starts(t, y) || j - a < 3)
        return;
    int ne = about_before(t, a, j);
    bool about = ne < j;
    if (damaged) {
        if (hands_report(t, y, want, about)) {
            ps->unsure_two = true; /* a damaged run: no name in it is surely its own */
            ps->unsure = (pick){t, a, ne, XXGK_FROM_PREAMBLE, NAME_OK};
        }
        return;
    }
    for (int q = a + 3; q + 5 <= ne; q++)
        if (mt_word_at(t, q, U"关于")) {
            a = q + 2; /* X关于Y2023年…报告: Y's report, which X hands (review year66b item 3) */
            break;
        }
    if (mt_place_level_end(t, ne) || mt_find_word(t, a, ne, U"关于") >= 0)
        return; /* X关于本局2023年…: no Y after 关于 to hand (review year67 b01) */
    ne = once_named(t, a, ne);
    if (!hands_report(t, y, want, about)) {
        int n = ps->n;
        if (!self && !particle_at(t, a) && !name_has_relation(t, a, ne) && names_report(t, y, want, about)) {
            add_pick(ps, t, a, ne, XXGK_FROM_PREAMBLE);
            if (ps->n > n && ps->p[n].kind == NAME_OK && !meta_name_joins_two(t, a, ne, MT_SIDE_BY_SIDE))
                ps->unsure = (pick){t, a, ne, XXGK_FROM_PREAMBLE, NAME_OK}; /* X's report named, another object handed */
            ps->n = n;
        }
        return;
    }
    if (self) {
        if (two_named(t, a, ne, true, ps)) {
            ps->unsure_two = true; /* 本局及所属Y: the agency and its unit */
            ps->unsure = (pick){t, a, ne, XXGK_FROM_PREAMBLE, NAME_OK};
        }
        return;
    }
    int c = chain_end(t, a, ne), n0 = ps->n;
    if (c > a && c < ne && !particle_at(t, c)) {
        add_pick(ps, t, c, ne, XXGK_FROM_PREAMBLE); /* X所属Y2023年…报告: Y's report */
        if (ps->n > n0 && ps->p[n0].kind == NAME_OK && !mt_place_level_end(t, ne) &&
            !meta_name_joins_two(t, c, ne, MT_SIDE_BY_SIDE)) {
            ps->handed = t;
            ps->head = (pick){t, a, c - 2, XXGK_FROM_PREAMBLE, NAME_OK};
            return;
        }
        ps->n = n0;
    }
    if (name_has_relation(t, a, ne) || meta_name_joins_two(t, a, ne, MT_SIDE_BY_SIDE) || units_named(t, a, ne, ps) >= 2) {
        ps->unsure_chain = c > a;
        ps->unsure_two = two_named(t, a, ne, false, ps);
        ps->unsure = (pick){t, a, ne, XXGK_FROM_PREAMBLE, NAME_OK}; /* which one is handed is not sure */
        return;
    }
    j = ne;
    if (particle_at(t, a))
        return; /* 现将的…: no name opens with a particle (review year68 B2) */
    int n = ps->n;
    add_pick(ps, t, a, j, XXGK_FROM_PREAMBLE);
    if (ps->n > n && ps->p[n].kind != NAME_OK)
        ps->n = n; /* no full name: nothing handed */
    else if (ps->n > n)
        ps->handed = t;
    else if (meta_name_placed_institution(t, a, j))
        ps->unsure = (pick){t, a, j, XXGK_FROM_PREAMBLE, NAME_OK}; /* a school's report: not another's silently */
}

/* The candidates of preamble_repeated: each string once, in the order
 * first seen, with its count; found again through a chain per bucket of
 * its length and first character (a preamble has many names). */
enum { MAXC = 128, CAND_BUCKETS = 64 };
typedef struct cands {
    struct cand {
        int i, j, count, next;
    } c[MAXC];
    int n;
    int head[CAND_BUCKETS]; /* -1: none */
} cands;

static unsigned cand_bucket(const mt_text *w, int i, int len)
{
    return (w->f[i] ^ (uint32_t)len * 7u) & (CAND_BUCKETS - 1);
}

/* The string [i, i + len) of w counted: a candidate seen before, or a new
 * one while there is room. */
static void cand_count(cands *cs, const mt_text *w, int i, int len)
{
    unsigned b = cand_bucket(w, i, len);
    for (int k = cs->head[b]; k >= 0; k = cs->c[k].next)
        if (cs->c[k].j - cs->c[k].i == len && !memcmp(w->f + cs->c[k].i, w->f + i, (size_t)len * 4)) {
            cs->c[k].count++;
            return;
        }
    if (cs->n < MAXC) {
        cs->c[cs->n] = (struct cand){i, i + len, 1, cs->head[b]};
        cs->head[b] = cs->n++;
    }
}

/* Are two names of cs.c counted once each, both headed by the bare
 * place c[place] and no bare place themselves, side by side with one
 * joining mark between them (、 和 与 及)? */
static bool listed_heads(const mt_text *w, const struct cand *c, int nc, int place)
{
    int pl = c[place].j - c[place].i;
    for (int a = 0; a < nc; a++) {
        if (c[a].count != 1 || c[a].j - c[a].i <= pl || memcmp(w->f + c[a].i, w->f + c[place].i, (size_t)pl * 4) ||
            mt_place_level_end(w, c[a].j) || c[a].j >= w->n)
            continue;
        uint32_t m = w->f[c[a].j];
        if (m != 0x3001 /* 、 */ && m != 0x548C /* 和 */ && m != 0x4E0E /* 与 */ && m != 0x53CA /* 及 */)
            continue;
        for (int b = 0; b < nc; b++)
            if (c[b].count == 1 && c[b].i == c[a].j + 1 && c[b].j - c[b].i > pl &&
                !memcmp(w->f + c[b].i, w->f + c[place].i, (size_t)pl * 4) && !mt_place_level_end(w, c[b].j))
                return true;
    }
    return false;
}

/* Was a space (' ', 　, a TAB, a zero-width one: dropped from w, w->gap)
 * and no line break nor markup dropped right before w's code point q?
 * The bytes between the code point before it and q: a look as long as
 * the blanks. Markup (a tag, a comment, a blank entity: mt_load drops
 * what a reader does not see) parts as a line break does: a page's
 * </p><p>, <br> or &nbsp; left in a text. */
static bool space_gap_before(const mt_text *w, int q)
{
    if (q <= 0 || !w->gap[q])
        return false;
    uint32_t cp, b = w->off[q - 1], e = w->off[q];
    int l = utf8_decode(w->src + b, e - b, &cp);
    for (b += l > 0 ? (uint32_t)l : 1; b < e; b++)
        if (w->src[b] == '\n' || w->src[b] == '<' || w->src[b] == '&')
            return false;
    return true;
}

/* Was a line break or markup dropped right before w's code point q (a
 * gap whose bytes hold a \n: \n, \r\n, a blank line, an HTML page's <br>
 * or </p><p> as its text gives them; or a tag, a comment or a blank
 * entity a page's source left in a text)? */
static bool break_gap_before(const mt_text *w, int q)
{
    return q > 0 && w->gap[q] && !space_gap_before(w, q);
}

/* Is the member [ms, q) an office (more than the place, not ending in a
 * level word: mt_place_level_end), and does the place pf stand at q heading
 * more words (a CJK character right after it, on its line)? Two offices
 * a line break or markup parts (青禾县教育局⏎青禾县卫生健康局). */
static bool office_then_place(const mt_text *w, int ms, int q, int lim, const uint32_t *pf, int pl)
{
    return q - ms > pl && !mt_place_level_end(w, q) && q + pl < lim && !memcmp(w->f + q, pf, (size_t)pl * 4) &&
           mt_cjk(w->f[q + pl]) && !w->gap[q + pl];
}

/* list := member (mark member)+ ; member := place CJK* ; mark := 、 ， ,
 * （ ） 和 与 及 (和 与 及 inside a name where no place follows:
 * 发展和改革局) | a space before the next member's place (青禾县教育局　青禾县
 * 卫生健康局: 　 or ' ', dropped from w, so a gap with no line break before
 * the place: space_gap_before; review year72 l07; U+2000-U+200A, a page's
 * &ensp; &emsp;, kept in w) | a line break or markup
 * between two offices (青禾县教育局⏎青禾县卫生健康局现将…, \r\n, <br>,
 * </p><p>, &nbsp;, &#12288;, <!-- --> left in a text, dropped by mt_load:
 * break_gap_before;
 * review year73 s21 s25-s30): the member before it an office (more than
 * the place, no bare place: mt_place_level_end) and the place after it
 * heading more words (青禾县教育局⏎青禾县2023年度… or 青禾县⏎青禾县教育局…:
 * a title's or a heading's line, read as before). Does every place pf of
 * [a, lim) head a member of such a list of two or more (three offices, 及,
 * 　, ，, 教育局（体育局）, a bare place as the last member)? A place inside a
 * member with no space, break or markup before it (现将青禾县2023年度) is
 * read as before (review year72 B2). */
static bool place_only_heads_lists(const mt_text *w, int a, int lim, const uint32_t *pf, int pl)
{
    bool any = false;
    for (int p = a; p + pl <= lim;) {
        if (memcmp(w->f + p, pf, (size_t)pl * 4)) {
            p++;
            continue;
        }
        int members = 1, q = p + pl, ms = p; /* ms: the member's start */
        while (q < lim) {
            uint32_t m = w->f[q];
            bool inner = m == 0x548C || m == 0x4E0E || m == 0x53CA; /* 和 与 及 */
            if (inner || m == 0x3001 || m == 0xFF0C || m == ',' || m == 0x3000 || m == ' ' || m == 0xFF08 || m == 0xFF09 ||
                m == '(' || m == ')' || m - 0x2000u <= 0x0Au /* a typographic space a page kept (&ensp;) */) {
                if (q + 1 + pl <= lim && !memcmp(w->f + q + 1, pf, (size_t)pl * 4)) {
                    members++;
                    ms = q + 1;
                    q += 1 + pl;
                    continue;
                }
                if (!inner)
                    break;
            } else if (!mt_cjk(m)) {
                break;
            } else if (q + pl <= lim && !memcmp(w->f + q, pf, (size_t)pl * 4)) {
                if (!space_gap_before(w, q) && !(break_gap_before(w, q) && office_then_place(w, ms, q, lim, pf, pl)))
                    return false; /* a place inside a member */
                members++; /* 青禾县教育局　青禾县卫生健康局, 青禾县教育局⏎青禾县卫生健康局: the list goes on */
                ms = q;
                q += pl;
                continue;
            }
            q++;
        }
        if (members < 2)
            return false;
        any = true;
        p = q;
    }
    return any;
}

/* The name the preamble repeats: of the strings of 3..30 characters that
 * are names, the most frequent (ties: the longest) seen at least twice. */
static void preamble_repeated(const mt_text *w, int a, int lim, picks *ps)
{
    cands cs;
    cs.n = 0;
    memset(cs.head, -1, sizeof cs.head);
    for (int j = a + 3; j <= lim; j++) {
        if (!meta_name_may_end(w, j)) /* no name ends here, of any length */
            continue;
        /* a name is all CJK, outside 《》 and holds no foreign word: a
         * character that breaks this breaks every longer string too (and
         * meta_name_kind_plain need not test them again); the level of
         * the first place of [i, j) is that of the one at i, else the
         * one before */
        int first = 0;
        for (int len = 1; len <= 16 && j - len >= a; len++) {
            int i = j - len, lv;
            if (!mt_cjk(w->f[i]) || w->book[i] || (w->foreign[i] && i + w->foreign[i] <= j))
                break;
            if ((lv = meta_name_place_at(w, i, j)) != 0)
                first = lv;
            if (len >= 3 && meta_name_kind_placed(w, i, j, first) != NAME_BAD)
                cand_count(&cs, w, i, len);
        }
    }
    const struct cand *c = cs.c;
    int nc = cs.n, best = -1;
    for (int k = 0; k < nc; k++)
        if (c[k].count >= 2 &&
            (best < 0 || c[k].count > c[best].count ||
             (c[k].count == c[best].count && c[k].j - c[k].i > c[best].j - c[best].i)))
            best = k;
    /* a bare place (来宾市) repeated as the start of its office's name
     * (来宾市卫生健康委员会, twice or more): the office */
    int place = best;
    bool bare = place >= 0 && mt_place_level_end(w, c[place].j); /* asked once: place stays */
    for (int k = 0; bare && k < nc; k++) {
        int pl = c[place].j - c[place].i, len = c[k].j - c[k].i;
        if (c[k].count >= 2 && len > pl && !memcmp(w->f + c[k].i, w->f + c[place].i, (size_t)pl * 4) &&
            !mt_place_level_end(w, c[k].j) &&
            (best == place || c[k].count > c[best].count ||
             (c[k].count == c[best].count && len > c[best].j - c[best].i)))
            best = k;
    }
    /* list := X 、 Y   (和 与 及 for 、), X and Y two offices' names headed
     * by the same bare place, each once, the place itself twice, no more:
     * a list glued to the next words (青禾县教育局、青禾县卫生健康局现将…,
     * page text with the break gone) names two agencies, no one; the bare
     * place the preamble repeats only as their heads is none (was 青禾县
     * silently: review year71 N4). A place repeated anywhere else is read
     * as before. */
    if (best == place && bare &&
        ((c[place].count == 2 && listed_heads(w, c, nc, place)) ||
         place_only_heads_lists(w, a, lim, w->f + c[place].i, c[place].j - c[place].i)))
        return;
    if (best >= 0)
        add_pick(ps, w, c[best].i, c[best].j, XXGK_FROM_PREAMBLE);
}

/* The preamble's names that stand in a link's text (a sidebar's list of
 * reports, perhaps another agency's) are no source of this report's. */
static void drop_linked_picks(const xxgk_doc *doc, picks *ps)
{
    int n = 0;
    unsigned widget = 0;
    for (int k = 0; k < ps->n; k++) {
        const pick *p = &ps->p[k];
        if (p->source != XXGK_FROM_PREAMBLE || !range_in_link(doc, p->t, p->i, p->j)) {
            widget |= (ps->widget >> k & 1u) << n;
            ps->p[n++] = *p;
        }
    }
    ps->n = n;
    ps->widget = widget;
}

/* opening    := year 年 度? 以来? ,? NAME predicate …
 * The first sentence of section 一 names who reports, as its subject
 * (2024年，长春市人民政府办公厅坚持…): the name runs from after the year
 * to a word that starts the predicate, the shortest such name (长春市人民
 * 政府 is a name too, but no predicate's word follows it: 办公厅 goes on). Not read: a subject that is
 * no name (本机关, 我局, 本市: relative_start), a bare place of county level
 * or above (云岭区坚持…: the place, not the agency that reports on it), a
 * sentence that opens with no year or with a predicate's word (2023年，在
 * 市委…领导下，…: the subject, if any, is further on). */
/* May a predicate's word (predicate_at) start with c? One switch on the
 * first characters of its words instead of trying each word at each place
 * (predicate_at asks it at every place of the subject's 30). */
static bool predicate_first(uint32_t c)
{
    switch (c) {
    case U'坚': case U'认': case U'在': case U'按': case U'根': case U'以': case U'紧': case U'严':
    case U'持': case U'进': case U'全': case U'扎': case U'积': case U'不': case U'秉': case U'围':
    case U'始': case U'高': case U'继': case U'共': case U'大': case U'着': case U'切': case U'聚':
    case U'深': case U'贯': case U'落': case U'立': case U'加': case U'强': case U'依': case U'通':
    case U'累': case U'及': case U'狠': case U'遵': case U'主': case U'对': case U'把': case U'将':
    case U'面': case U'随': case U'针': case U'结': case U'作':
        return true;
    default:
        return false;
    }
}

static bool predicate_at(const mt_text *t, int j)
{
    static const char32_t *const words[] = {
        U"坚持", U"认真", U"在", U"按照", U"根据", U"以", U"紧紧", U"严格", U"持续", U"进一步", U"全面",
        U"扎实", U"积极", U"不断", U"秉持", U"围绕", U"始终", U"高度", U"继续", U"共", U"紧密", U"大力",
        U"着力", U"切实", U"聚焦", U"深入", U"贯彻", U"落实", U"立足", U"加强", U"强化", U"全力", U"依法",
        U"通过", U"累计", U"深化", U"及时", U"紧扣", U"狠抓", U"坚决", U"遵循", U"全年", U"主动", U"对",
        U"把", U"将", U"面对", U"随着", U"针对", U"结合", U"作为", NULL};
    /* …办公室（市政务公开办）坚持; …委员会，坚持: a comma only before a
     * predicate's word (…主管部门省教育厅部署，本局…: no name ends there) */
    if (j < t->n && t->f[j] == '(')
        return true;
    if (j + 1 < t->n && t->f[j] == ',' && t->f[j + 1] != ',' && t->f[j + 1] != '(')
        return predicate_at(t, j + 1);
#ifndef NDEBUG
    for (int k = 0; words[k]; k++) /* the switch knows every word's first character */
        assert(predicate_first(words[k][0]));
#endif
    if (j >= t->n || !predicate_first(t->f[j]))
        return false;
    for (int k = 0; words[k]; k++)
        if (mt_word_at(t, j, words[k]))
            return true;
    return false;
}

/* 80 CJK characters: the subject stands within 30 characters of the year
 * (opening_subject), and a parent's name in the same first clause; more
 * is words no source reads, loaded (mt_walk) for nothing */
enum { OPENING_BYTES = 240 };

/* Section 一's first paragraph (its first OPENING_BYTES), loaded when a
 * source first asks for it: NULL when section 一 opens with no paragraph. */
typedef struct opening_text {
    mt_text *t;
    mt_fold_cache *fc;
    bool tried, ok;
} opening_text;

static const mt_text *opening_load(opening_text *o, const xxgk_doc *doc, const xxgk_report *r)
{
    if (!o->tried) {
        o->tried = true;
        const xxgk_section *sec = r->sections;
        const xxgk_block *b = sec && sec->id == XXGK_SEC_OVERVIEW ? sec->blocks : NULL;
        if (b && b->kind == XXGK_B_PARAGRAPH) {
            uint32_t e = b->span.end - b->span.start > OPENING_BYTES ? b->span.start + OPENING_BYTES : b->span.end;
            mt_load(o->t, o->fc, doc->src, b->span.start, e);
            o->ok = true;
        }
    }
    return o->ok ? o->t : NULL;
}

static void opening_subject(xxgk_doc *doc, const xxgk_report *r, opening_text *o, picks *ps)
{
    const mt_text *t = ps->n < MAX_PICKS ? opening_load(o, doc, r) : NULL;
    if (!t)
        return;
    int ys, ye, n = t->n;
    if (!mt_year(t, 0, n < 6 ? n : 6, &ys, &ye) || ys != 0 || !mt_word_at(t, ye, U"年"))
        return;
    int i = ye + 1;
    if (mt_word_at(t, i, U"度"))
        i++;
    if (mt_word_at(t, i, U"以来"))
        i += 2;
    if (i < n && (t->f[i] == ',' || t->f[i] == 0x3001 /* 、 */))
        i++;
    if (predicate_at(t, i)) /* 2023年，在市委…领导下: no subject before it */
        return;
    /* the shortest name a predicate's word follows: a longer one glues
     * the predicate's own clause on (青禾市教育局坚持以人民为中心，…:
     * 中心 ends a name too; …落实市委市政府决策部署，坚持) */
    int last_j = i + 30 < n ? i + 30 : n;
    for (int j = i + 2; j <= last_j; j++) {
        if (!predicate_at(t, j))
            continue;
        int kind = meta_name_kind(t, i, j);
        if (kind == NAME_BAD && !meta_name_relative(t, i, j))
            continue;
        if (meta_name_joins_two(t, i, j, MT_SIDE_BY_SIDE))
            return; /* 青禾市教育局和青禾市体育局坚持: two agencies, neither */
        uint32_t last = t->f[j - 1];
        if (kind == NAME_OK && mt_place_level_end(t, j) && last != 0x9053 /* 道 */ && last != 0x9547 /* 镇 */ &&
            last != 0x4E61 /* 乡 */)
            return;
        /* a name the title or a field gave before, partial (北街街道), is
         * this one's short form, or this one is another's */
        const char *key = meta_name_key(doc, t, i, j);
        for (int k = 0; k < ps->n; k++) {
            const pick *p = &ps->p[k];
            const char *pk = meta_name_key(doc, p->t, p->i, p->j);
            if (!key || !pk || !abbreviates(pk, key))
                return;
        }
        add_self_pick(ps, t, i, j, XXGK_FROM_BODY);
        return;
    }
}

/* ---- choosing ------------------------------------------------------ */

/* Where the document prints the pick; empty for the page's metadata, which
 * is no text of the document (its own src). */
static xxgk_span pick_span(const pick *p, const uint8_t *doc_src)
{
    xxgk_span sp = {0, 0};
    if (p->t->src == doc_src) {
        sp.start = p->t->off[p->i];
        sp.end = p->t->off[p->j - 1] + (p->t->off[p->j] - p->t->off[p->j - 1]);
        /* off[j] may jump over dropped spaces: the name ends at its last
         * code point */
        uint32_t cp;
        int l = utf8_decode(p->t->src + p->t->off[p->j - 1], 4, &cp);
        sp.end = p->t->off[p->j - 1] + (uint32_t)(l ? l : 1);
    }
    return sp;
}

/* The length of the character whose first byte is c, in UTF-8 that
 * utf8_put wrote. */
static size_t put_len(uint8_t c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* Is a an abbreviation of b: its characters in b in order (卫生健康委 of
 * 卫生健康委员会, 互助县 of 互助土族自治县, 区政府 of 区人民政府)? Both are
 * keys (meta_name_key: written by utf8_put, every character whole), so a
 * character is the same as another when its bytes are: nothing decoded. */
static bool abbreviates(const char *a, const char *b)
{
    const uint8_t *p = (const uint8_t *)a, *q = (const uint8_t *)b;
    size_t na = strlen(a), nb = strlen(b), i = 0, k = 0;
    while (i < na) {
        size_t la = put_len(p[i]);
        for (;;) {
            if (k >= nb)
                return false;
            size_t lb = put_len(q[k]);
            bool same = la == lb && k + lb <= nb && memcmp(p + i, q + k, la) == 0;
            k += lb;
            if (same)
                break;
        }
        i += la;
    }
    return true;
}

static bool same_agency(const char *a, const char *b) { return abbreviates(a, b) || abbreviates(b, a); }

/* The first code point at or after byte off (t->n when none): a binary
 * search, the offsets rising with the index. */
static int index_at(const mt_text *t, uint32_t off)
{
    int lo = 0, hi = t->n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (t->off[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The text before section 一 (chrome, title, fields, preamble), loaded
 * when a source first asks for it: a report whose title names its agency
 * in full, with no field that can be read before section 一
 * (pre_may_hold_field) and no parent place to look for, never needs it.
 * Its fields alone need it only up to their last separator:
 * pre_load_fields loads that far, pre_load the whole. */
typedef struct pre_text {
    mt_text *t;
    mt_fold_cache *fc;
    const uint8_t *src;
    uint32_t s, e;
    int lim; /* index_at(t, e), once loaded (as far as it is) */
    bool loaded;
    int fields; /* pre_may_hold_field: 1, 0, -1 before it is asked */
    uint32_t fields_end; /* then the byte after the last separator of a field, 0 for none */
} pre_text;

static const mt_text *pre_load(pre_text *p)
{
    if (!p->loaded || !mt_loaded(p->t)) {
        if (!p->loaded)
            mt_load(p->t, p->fc, p->src, p->s, p->e);
        else
            mt_load_rest(p->t, p->fc); /* as far as the fields needed it */
        p->lim = index_at(p->t, p->e);
        p->loaded = true;
    }
    return p->t;
}

/* A separator (the byte last, after EF mid when mid is not 0) at byte q
 * (its last) of the text right after what can end a label of an agency's
 * or a date's field? */
static bool label_sep_at(const pre_text *p, const uint8_t *q, uint8_t mid)
{
    uint32_t at = (uint32_t)(q - p->src);
    if (mid && (at < p->s + 2 || q[-1] != mid || q[-2] != 0xEF))
        return false;
    return meta_field_may_end(mt_fold_before(p->src, p->s, at + 1 - (mid ? 3 : 1)));
}

/* The byte after the last such separator, else 0: found by its last byte
 * (a continuation byte few characters share, for the full-width ones),
 * searched from the end. */
static uint32_t label_then_last(const pre_text *p, uint8_t mid, uint8_t last)
{
    const uint8_t *start = p->src + p->s;
    for (const uint8_t *q = p->src + p->e; q > start && (q = memrchr(start, last, (size_t)(q - start))) != NULL;)
        if (label_sep_at(p, q, mid))
            return (uint32_t)(q - p->src) + 1;
    return 0;
}

static uint32_t max_u32(uint32_t a, uint32_t b) { return a > b ? a : b; }

/* Can the text hold a field of an agency or a date (发布机构：…)? Its
 * label is followed by a separator, ':' or '|', either width (nothing
 * else folds to them; spaces and line breaks between are dropped): where
 * no separator follows what can end such a label (联系电话：), none is
 * read. (A title's label needs none, but is read only on a title's
 * lines.) The last such separator is found, once: pre_load_fields loads
 * the text up to it. */
static bool pre_may_hold_field(pre_text *p)
{
    if (p->fields < 0) {
        p->fields_end = max_u32(max_u32(label_then_last(p, 0, ':'), label_then_last(p, 0, '|')),
                                max_u32(label_then_last(p, 0xBC, 0x9A) /* ： */,
                                        label_then_last(p, 0xBD, 0x9C) /* ｜ */));
        p->fields = p->fields_end != 0;
    }
    return p->fields;
}

/* The text as far as its fields of an agency or a date need it (loaded
 * whole when pre_load was asked first): past the last separator that can
 * close such a label, up to the first code point no field can hold or run
 * across (mt_load_until), so field_agency and choose_date read the same
 * fields as in the whole text. */
static const mt_text *pre_load_fields(pre_text *p)
{
    if (!p->loaded) {
        pre_may_hold_field(p); /* where the last separator is */
        mt_load_until(p->t, p->fc, p->src, p->s, p->e, p->fields_end);
        p->lim = index_at(p->t, p->e);
        p->loaded = true;
    }
    return p->t;
}

typedef struct meta_ctx {
    xxgk_doc *doc;
    xxgk_report *r;
    pre_text *pre;
    const mt_text *pdate; /* opts->meta_date, NULL when absent */
    bool findings;
    opening_text *opening;
} meta_ctx;

/* The name at p printed in the text before section 一 with a parent place
 * in front, written out (meta_name_parent, meta_name_widen): that
 * occurrence in [*s, *e) of m->pre->t. That text is loaded only for a name
 * that can have a parent, and only where it holds the name after a level
 * word (the bytes not loaded are looked at first, meta_name_parent_may):
 * a part loaded for the fields alone (pre_load_fields) ends before a code
 * point no name holds, so an occurrence lies wholly before it or after. */
static bool parent_before(meta_ctx *m, const pick *p, int *s, int *e)
{
    if (!meta_name_wants_parent(p->t, p->i, p->j))
        return false;
    pre_text *pre = m->pre;
    bool whole = pre->loaded && mt_loaded(pre->t);
    uint32_t rest = !pre->loaded ? pre->s : pre->t->walk.i; /* the first byte not loaded */
    if (!whole && meta_name_parent_may(p->t, p->i, p->j, pre->src, rest, pre->e))
        whole = true;
    if (!pre->loaded && !whole)
        return false; /* not in the text at all */
    const mt_text *w = whole ? pre_load(pre) : pre->t;
    if (!meta_name_parent(p->t, p->i, p->j, w, s, e))
        return false;
    meta_name_widen(w, s, e);
    return true;
}

/* A district's branch of a city bureau (滨江区公安分局) printed before
 * section 一 the city's way (杭州市公安局滨江区分局): that occurrence. */
static bool branch_before(meta_ctx *m, const pick *p, int *s, int *e)
{
    if (p->j - p->i < 5 || !mt_word_at(p->t, p->j - 2, U"分局"))
        return false;
    return meta_name_branch(p->t, p->i, p->j, pre_load(m->pre), s, e);
}

/* The same in section 一's first sentence (2020年，佳木斯市前进区教育局认真…
 * under the title's 前进区教育局): that occurrence in [*s, *e) of *in. */
static bool parent_in_opening(meta_ctx *m, const pick *p, const mt_text **in, int *s, int *e)
{
    if (!meta_name_wants_parent(p->t, p->i, p->j))
        return false;
    const mt_text *o = opening_load(m->opening, m->doc, m->r);
    if (!o || !meta_name_parent(p->t, p->i, p->j, o, s, e))
        return false;
    meta_name_widen(o, s, e);
    *in = o;
    return true;
}

/* The index after the last province's word (省, 自治区) in the prefix
 * [i, b) of a sign-off's name, else i: the parent that completes a key is
 * the nearest place (内蒙古自治区呼和浩特市新城区教育局 keys as
 * 呼和浩特市新城区教育局, as a title naming the city would). */
static int province_end(const mt_text *t, int i, int b)
{
    int s = i;
    for (int k = i; k < b; k++) {
        if (t->f[k] == 0x7701 /* 省 */)
            s = k + 1;
        else if (k + 3 <= b && mt_word_at(t, k, U"自治区"))
            s = k + 3;
    }
    return b - s >= 2 ? s : i;
}

/* The same name printed by another source the report trusts with its
 * parent place in front (the title's 城关区教育局, the sign-off's
 * 兰州市城关区教育局; 长春市南关区长通街道办事处): that name, the report's
 * own text completing the key. The prefix must end in a place's level
 * word where the short name starts: 兰州市七里河区教育局 is another agency. */
static bool parent_in_picks(const picks *ps, const pick *p, pick *out)
{
    if (!meta_name_wants_parent(p->t, p->i, p->j))
        return false;
    int n = p->j - p->i;
    for (int k = 0; k < ps->n; k++) {
        const pick *q = &ps->p[k];
        if (q->kind != NAME_OK || q->source == XXGK_FROM_PREAMBLE || q->source == XXGK_FROM_BODY)
            continue;
        int b = q->j - n;
        if (b < q->i + 2 || memcmp(q->t->f + b, p->t->f + p->i, (size_t)n * sizeof *p->t->f) != 0)
            continue;
        if (meta_name_place_at(q->t, b - 1, b) != 1 || q->t->f[b - 1] == 0x7701 /* 省 */ ||
            (b - 3 >= q->i && mt_word_at(q->t, b - 3, U"自治区")))
            continue; /* the prefix ends in the parent's level word (市 州 盟, 区 of 新区), no province's */
        *out = (pick){q->t, province_end(q->t, q->i, b), q->j, p->source, NAME_OK};
        return true;
    }
    return false;
}

static void set_agency(meta_ctx *m, const pick *p)
{
    m->r->agency = meta_name_text(m->doc, p->t, p->i, p->j);
    m->r->agency_key = m->r->agency ? meta_name_key(m->doc, p->t, p->i, p->j) : NULL;
    m->r->agency_span = pick_span(p, m->doc->src);
    m->r->agency_source = p->source;
}

/* a's characters in b in order, and none of those b adds before a's last
 * one a place of a level (青禾市教育局 is not 青禾市云岭区教育局: another
 * agency, a district's): the count of b's characters after a's last in
 * *tail (written_out asks what they are). */
static bool adds_no_place(const pick *a, const pick *b, int *tail)
{
    const mt_text *s = a->t, *t = b->t;
    int k = b->i;
    for (int i = a->i; i < a->j; i++, k++) {
        while (k < b->j && t->f[k] != s->f[i]) {
            if (meta_name_place_at(t, k, b->j))
                return false;
            k++;
        }
        if (k >= b->j)
            return false;
    }
    *tail = b->j - k;
    return true;
}

/* Is the full name at b the same agency as the one at a written out
 * (卫生健康委 → 卫生健康委员会, 互助县教育局 → 互助土族自治县教育局,
 * 区政府 → 区人民政府)? adds_no_place, with the same last character or
 * a's written out after it (委 → 委员会, 街道 → 街道办事处): no office after
 * a's end (青禾市教育局办公室). */
static bool written_out(const pick *a, const pick *b)
{
    const mt_text *s = a->t, *t = b->t;
    int tail;
    if (b->j - b->i <= a->j - a->i || !adds_no_place(a, b, &tail))
        return false;
    uint32_t al = s->f[a->j - 1], bl = t->f[b->j - 1];
    if (al == bl)
        return tail == 0;
    return (al == 0x59D4 /* 委 */ && tail == 2 && mt_word_at(t, b->j - 3, U"委员会")) ||
           (al == 0x9053 /* 道 */ && tail == 3 && b->j - 5 >= b->i && mt_word_at(t, b->j - 5, U"街道办事处"));
}

/* Do the n characters of text t at i equal those of text u at k? */
static bool same_chars(const mt_text *t, int i, const mt_text *u, int k, int n)
{
    return memcmp(t->f + i, u->f + k, (size_t)n * sizeof *t->f) == 0;
}

/* Is p chosen's name with a province in front (the sign-off's
 * 内蒙古自治区呼和浩特市新城区教育局, the key 呼和浩特市新城区教育局 that
 * parent_in_picks completed)? The same agency: no P041. */
static bool province_before(const pick *p, const pick *chosen)
{
    int n = chosen->j - chosen->i, b = p->j - n;
    if (b < p->i + 2 || !same_chars(p->t, b, chosen->t, chosen->i, n))
        return false;
    return p->t->f[b - 1] == 0x7701 /* 省 */ || (b - 3 >= p->i && mt_word_at(p->t, b - 3, U"自治区"));
}

/* Does the run of pick u hold the chosen name c, character for character? */
static bool run_holds(const pick *u, const pick *c)
{
    int n = c->j - c->i;
    for (int k = u->i; k + n <= u->j; k++)
        if (same_chars(u->t, k, c->t, c->i, n))
            return true;
    return false;
}

/* Does the run of pick u end with the chosen name c (a chain's unit)? */
static bool run_ends_with(const pick *u, const pick *c)
{
    int n = c->j - c->i;
    return n <= u->j - u->i && same_chars(u->t, u->j - n, c->t, c->i, n);
}

/* P041: the handing sentence names a run that is no one agency (现将X及所属
 * 单位2023年…, 现将X和Y2023年…: nothing is handed) and the name chosen
 * elsewhere (a widget's line, the title) is none of its own: the report is
 * not surely that agency's, which the finding tells (review year66b item
 * 3). The sentence's whole run is named. */
static bool unsure_handed(meta_ctx *m, const picks *ps, const pick *chosen)
{
    if (!ps->unsure.t || (!ps->unsure_two && run_holds(&ps->unsure, chosen) &&
                          (!ps->unsure_chain || run_ends_with(&ps->unsure, chosen))))
        return false;
    const char *name = meta_name_text(m->doc, ps->unsure.t, ps->unsure.i, ps->unsure.j);
    if (!name)
        return false;
    xxgk_span at = pick_span(&ps->unsure, m->doc->src);
    if (at.end <= at.start)
        at = m->r->agency_span;
    xxgk_doc_add_diag(m->doc, XXGK_P_AGENCY_DISAGREES, at, source_word(m->doc, XXGK_FROM_PREAMBLE), name,
                      source_word(m->doc, chosen->source), m->r->agency);
    return true;
}

/* Is pick k a widget's line naming a place's government (X人民政府,
 * chrome: trim_widgets) over the handing sentence's agency of that same
 * place X (青禾县人民政府　【字体…】 over 现将青禾县发展和改革局2023年度…)?
 * A government's portal hosts its departments' reports: the widget names
 * the host, the sentence the author; no disagreement (review year67 item
 * 2). So does a widget naming the head X of the chain the sentence hands
 * (X所属Y: X hosts its unit's report, item 3). Another place's agency, or
 * a widget naming a department or an office, still disagrees (P041). */
static bool portal_hosts(const picks *ps, int k, const pick *chosen)
{
    const pick *p = &ps->p[k];
    int place = p->j - p->i - 4;
    if (!(ps->widget >> k & 1u) || !ps->handed || chosen->t != ps->handed)
        return false;
    if (ps->head.t && ps->head.j - ps->head.i == p->j - p->i && same_chars(ps->head.t, ps->head.i, p->t, p->i, p->j - p->i))
        return true; /* 青禾县财政局　【…】 over 现将青禾县财政局所属青禾县国库支付中心…: the chain's head hosts it */
    if (place < 2 ||
        !mt_word_at(p->t, p->j - 4, U"人民政府") || !mt_place_level_end(p->t, p->i + place) ||
        chosen->j - chosen->i < place + 2 ||
        !same_chars(chosen->t, chosen->i, p->t, p->i, place))
        return false;
    return !mt_word_at(chosen->t, chosen->i + place, U"人民政府");
}

/* P041: another trusted source (page, title, field, sign-off) names
 * another agency than the one chosen (the name set, chosen), not a shorter
 * form of it (its characters in order, no place added: adds_no_place). */
static void disagreements(meta_ctx *m, const picks *ps, const pick *chosen)
{
    for (int k = 0; k < ps->n; k++) {
        const pick *p = &ps->p[k];
        if (p->source == chosen->source || p->kind != NAME_OK ||
            (p->source == XXGK_FROM_PREAMBLE && p->t != ps->handed) || p->source == XXGK_FROM_BODY ||
            portal_hosts(ps, k, chosen))
            continue;
        const char *name = meta_name_text(m->doc, p->t, p->i, p->j);
        const char *key = name ? meta_name_key(m->doc, p->t, p->i, p->j) : NULL;
        int tail;
        if (!key || !m->r->agency_key ||
            (same_agency(key, m->r->agency_key) && (adds_no_place(p, chosen, &tail) || adds_no_place(chosen, p, &tail))) ||
            province_before(p, chosen))
            continue;
        xxgk_span at = pick_span(p, m->doc->src);
        if (at.end <= at.start)
            at = m->r->agency_span;
        xxgk_doc_add_diag(m->doc, XXGK_P_AGENCY_DISAGREES, at, source_word(m->doc, p->source), name,
                          source_word(m->doc, chosen->source), m->r->agency);
        return;
    }
}


/* The chosen name, or a fuller form of it another source gives (the
 * opening sentence's 青禾市卫生健康委 under a field's 青禾市卫生健康委员会):
 * a name is read as printed where it is printed in full. */
static const pick *fullest(const picks *ps, const pick *c)
{
    const pick *best = c;
    for (int k = 0; k < ps->n; k++)
        if (ps->p[k].kind == NAME_OK && written_out(best, &ps->p[k]))
            best = &ps->p[k];
    return best;
}

/* A joint report (its title or sign-off names two agencies): no agency,
 * whatever one source names alone (the sign-off's last line, one of two),
 * and P094 says why. */
static bool joint_report(meta_ctx *m, const picks *ps)
{
    const pick *p = &ps->joint;
    if (!p->t)
        return false;
    /* the page's <title> alone: a site's banner before the title reads as
     * two names too (青禾市人民政府 青禾市教育局2023年…); a title or a
     * sign-off naming one agency is the report's */
    if (p->source == XXGK_FROM_PAGE)
        for (int k = 0; k < ps->n; k++)
            if (ps->p[k].kind == NAME_OK &&
                (ps->p[k].source == XXGK_FROM_TITLE || ps->p[k].source == XXGK_FROM_SIGNOFF))
                return false;
    if (m->findings) {
        const char *name = meta_name_text(m->doc, p->t, p->i, p->j);
        xxgk_doc_add_diag(m->doc, XXGK_P_JOINT_REPORT, pick_span(p, m->doc->src), source_word(m->doc, p->source),
                          name ? name : "");
    }
    return true;
}

/* Does the report name the agency it chose in its own words besides the
 * title: its sign-off, or its preamble (现将本局… / 青禾县教育局现将…)? */
static bool named_besides_title(meta_ctx *m, const picks *ps)
{
    for (int k = 0; k < ps->n; k++) {
        const pick *q = &ps->p[k];
        if (q->kind != NAME_OK || (q->source != XXGK_FROM_SIGNOFF && q->source != XXGK_FROM_PREAMBLE))
            continue;
        const char *key = meta_name_key(m->doc, q->t, q->i, q->j);
        if (key && m->r->agency_key && same_agency(key, m->r->agency_key))
            return true;
    }
    return false;
}

/* P118: a government's name over its department's on the title's lines
 * (青禾县人民政府⏎青禾县教育局2023年…, 青禾县人民政府 青禾县教育局2023年…)
 * is a site's banner over the department's report, or the government's
 * report printed under a department's page: the title alone does not
 * say which. The department is the report's where its sign-off or its
 * preamble names it too; otherwise it is kept (the name nearest the
 * report's) and the diagnostic names both, so the pick is not silent. */
/* The length of the place's name in the government's key g: g ends in
 * 人民政府, or in 政府 right after a place's level word (青禾县政府, the
 * short form); 0 for no government's key. */
static size_t government_place(const char *g)
{
    static const char full[] = "人民政府", brief[] = "政府";
    size_t ng = strlen(g), lf = sizeof full - 1, lb = sizeof brief - 1;
    if (ng > lf && strcmp(g + ng - lf, full) == 0)
        return ng - lf;
    if (ng <= lb + 3 || strcmp(g + ng - lb, brief) != 0)
        return 0;
    uint32_t i = (uint32_t)(ng - lb - 3); /* the level word: one wide character */
    return mt_level_char(utf8_next((const uint8_t *)g, &i, (uint32_t)(ng - lb))) ? ng - lb : 0;
}

/* Is [a, a + n) the government whose key is g (青禾县人民政府, 青禾县政府)
 * by its full name or with 人民 left out (青禾县政府)? Any other
 * abbreviation may be another place's (青禾市人民政府 of 青禾市青石区人民政府). */
static bool same_government(const char *a, size_t n, const char *g)
{
    static const char full[] = "人民政府", brief[] = "政府";
    size_t place = government_place(g), lf = sizeof full - 1, lb = sizeof brief - 1;
    if (!place || memcmp(a, g, n < place ? n : place) != 0)
        return false;
    return (n == place + lf && memcmp(a + place, full, lf) == 0) ||
           (n == place + lb && memcmp(a + place, brief, lb) == 0);
}

/* Is the key a the government whose key is g, or that government's own
 * office (青禾县人民政府办公室, 青禾县政府办公厅)? Another office under the
 * government (青禾县人民政府研究室, 青禾县人民政府国有资产监督管理委员会)
 * is not. */
static bool government_or_its_office(const char *a, const char *g)
{
    static const char *const office[] = {"办公室", "办公厅"};
    size_t n = strlen(a);
    for (size_t k = 0; k < sizeof office / sizeof *office; k++) {
        size_t o = strlen(office[k]);
        if (n > o && strcmp(a + n - o, office[k]) == 0)
            return same_government(a, n - o, g);
    }
    return same_government(a, n, g);
}

/* Is the key k, with a site's words at its end dropped (网站, 门户网站),
 * the key a (青禾县教育局网站 over 青禾县教育局: the agency's own site)? */
static bool own_site(const char *k, const char *a)
{
    size_t n = strlen(k), na = strlen(a);
    static const char *const site[] = {"门户网站", "网站"};
    for (size_t s = 0; s < sizeof site / sizeof *site; s++) {
        size_t l = strlen(site[s]);
        if (n == na + l && memcmp(k, a, na) == 0 && strcmp(k + na, site[s]) == 0)
            return true;
    }
    return false;
}

/* Is the banner the chosen agency itself (or its site), or the government
 * over its own office: a header over the agency's own report, no doubt to
 * name? */
static bool banner_is_own(meta_ctx *m, const picks *ps)
{
    const char *key = meta_name_key(m->doc, ps->banner.t, ps->banner.i, ps->banner.j);
    const char *a = m->r->agency_key;
    return key && a && (own_site(key, a) || government_or_its_office(a, key));
}

/* Is the key a one of the government g's own place (青禾县教育局 under
 * 青禾县人民政府): its place's name, then more? */
static bool in_place_of(const char *a, const char *g)
{
    size_t place = government_place(g);
    return place && strlen(a) > place && memcmp(a, g, place) == 0;
}

static void banner_unconfirmed(meta_ctx *m, const picks *ps, const pick *chosen)
{
    if (!ps->banner.t || chosen->source != XXGK_FROM_TITLE || !m->r->agency || banner_is_own(m, ps) ||
        named_besides_title(m, ps))
        return;
    if (ps->banner_apart) { /* a line apart: only a government of the agency's own place */
        const char *g = meta_name_key(m->doc, ps->banner.t, ps->banner.i, ps->banner.j);
        if (!g || !m->r->agency_key || !in_place_of(m->r->agency_key, g))
            return;
    }
    const char *parent = meta_name_text(m->doc, ps->banner.t, ps->banner.i, ps->banner.j);
    if (parent)
        xxgk_doc_add_diag(m->doc, XXGK_P_AGENCY_UNDER_PARENT, pick_span(&ps->banner, m->doc->src), parent, m->r->agency);
}

/* Does one key hold the other whole at its start: a unit under its
 * office (青禾县公安局 and 青禾县公安局交通警察大队), either way? */
static bool holds_other(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    return na != nb && memcmp(a, b, na < nb ? na : nb) == 0;
}

/* P119: another agency's name on the line above the title's own
 * (青禾县财政局⏎青禾县教育局2023年…, note_agency_above) that is neither
 * the agency itself (its site, its short form), nor its office or unit,
 * nor its government (P118's): a department's page showing another's
 * report, or the other's report under a wrong title line. The title
 * line's own name is kept, nearest the title's words; when the sign-off
 * or the preamble names it too, that confirms it and nothing is said. */
static void agency_above_unconfirmed(meta_ctx *m, const picks *ps, const pick *chosen)
{
    if (!ps->above.t || chosen->source != XXGK_FROM_TITLE || !m->r->agency || !m->r->agency_key)
        return;
    const char *key = meta_name_key(m->doc, ps->above.t, ps->above.i, ps->above.j);
    const char *a = m->r->agency_key;
    if (!key || same_agency(key, a) || own_site(key, a) || government_or_its_office(a, key) ||
        holds_other(key, a) || named_besides_title(m, ps))
        return;
    const char *other = meta_name_text(m->doc, ps->above.t, ps->above.i, ps->above.j);
    if (other)
        xxgk_doc_add_diag(m->doc, XXGK_P_AGENCY_ABOVE_TITLE, pick_span(&ps->above, m->doc->src), other,
                          m->r->agency);
}

/* The handing sentence's pick k moved first (choose_agency reads it),
 * the others after it in their order, their widget bits with them. */
static void handed_first(picks *ps, int k)
{
    pick h = ps->p[k];
    unsigned below = ps->widget & ((1u << k) - 1u), above = ps->widget & ~((2u << k) - 1u);
    memmove(&ps->p[1], &ps->p[0], (size_t)k * sizeof *ps->p);
    ps->p[0] = h;
    ps->widget = below << 1 | above;
}

/* A name read off a widget's line (trim_widgets) is chrome-grade: it is
 * the agency only where neither the preamble nor the sign-off names one
 * (review year64 B3: 青禾县财政局　【字体：大 中 小】 over a report the
 * preamble says 青禾县教育局 wrote). Where they do, the widget's line is
 * dropped, as a line no name was read off (main's reading). A bare place
 * (青禾县, repeated in 现将青禾县财政局所属青禾县…中心…: review year65 h11)
 * is no full name and drops nothing. A handing
 * sentence (handed_agency) names the report itself, more surely than the
 * widget's line beside its title: neither is dropped; the sentence's name
 * is read and, where they differ, P041 names the widget line's (never one
 * silently; review year65b R1). */
static void drop_widget_picks(picks *ps)
{
    bool named = false;
    for (int k = 0; k < ps->n; k++)
        if (ps->p[k].kind == NAME_OK && !(ps->widget >> k & 1u) &&
            (ps->p[k].source == XXGK_FROM_PREAMBLE || ps->p[k].source == XXGK_FROM_SIGNOFF) &&
            !mt_place_level_end(ps->p[k].t, ps->p[k].j)) {
            if (ps->p[k].t == ps->handed && ps->widget) {
                handed_first(ps, k);
                return;
            }
            named = true;
        }
    if (!named || !ps->widget)
        return;
    int n = 0;
    for (int k = 0; k < ps->n; k++)
        if (!(ps->widget >> k & 1u))
            ps->p[n++] = ps->p[k];
    ps->n = n;
    ps->widget = 0;
}

static void choose_agency(meta_ctx *m, const picks *ps)
{
    if (joint_report(m, ps))
        return;
    for (int k = 0; k < ps->n; k++)
        if (ps->p[k].kind == NAME_OK) {
            pick p = *fullest(ps, &ps->p[k]);
            int s, e;
            const mt_text *o;
            pick full;
            if (parent_before(m, &p, &s, &e))
                p = (pick){m->pre->t, s, e, p.source, NAME_OK};
            else if (parent_in_picks(ps, &p, &full))
                p = full;
            else if (parent_in_opening(m, &p, &o, &s, &e))
                p = (pick){o, s, e, p.source, NAME_OK};
            else if (branch_before(m, &p, &s, &e))
                p = (pick){m->pre->t, s, e, p.source, NAME_OK};
            set_agency(m, &p);
            if (m->findings && !unsure_handed(m, ps, &p)) {
                disagreements(m, ps, &p);
                banner_unconfirmed(m, ps, &p);
                agency_above_unconfirmed(m, ps, &p);
            }
            return;
        }
    for (int k = 0; k < ps->n; k++) {
        const pick *p = &ps->p[k];
        int s, e;
        const mt_text *o;
        if (parent_before(m, p, &s, &e)) {
            pick full = {m->pre->t, s, e, p->source, NAME_OK};
            set_agency(m, &full);
            if (m->findings)
                unsure_handed(m, ps, &full); /* a list handed: P041 here too (year71) */
            return;
        }
        if (parent_in_opening(m, p, &o, &s, &e)) {
            pick full = {o, s, e, p->source, NAME_OK};
            set_agency(m, &full);
            if (m->findings)
                unsure_handed(m, ps, &full);
            return;
        }
    }
    if (!ps->n)
        return;
    /* the name as printed is the agency; its key, which must tell one
     * 青石镇 from another, stays unknown */
    const pick *p = &ps->p[0];
    set_agency(m, p);
    m->r->agency_key = NULL;
    if (m->findings && m->r->agency)
        xxgk_doc_add_diag(m->doc, XXGK_P_AGENCY_PARTIAL, m->r->agency_span, m->r->agency);
    if (m->findings && m->r->agency)
        unsure_handed(m, ps, p);
}

/* ---- dates --------------------------------------------------------- */

static void set_date(meta_ctx *m, const char iso[11], xxgk_span at, int source)
{
    char *d = xxgk_doc_alloc(m->doc, 11);
    if (!d)
        return;
    memcpy(d, iso, 11);
    m->r->date = d;
    m->r->date_span = at;
    m->r->date_source = source;
}

/* date: the page's PubDate, a 发布日期 / 发布时间 / 成文日期 field, the
 * sign-off's date. */
static void choose_date(meta_ctx *m)
{
    char iso[11];
    xxgk_span none = {0, 0};
    if (m->pdate) {
        for (int k = 0; k < m->pdate->n; k++)
            if (meta_date_at(m->pdate, k, iso) >= 0) {
                set_date(m, iso, none, XXGK_FROM_PAGE);
                return;
            }
    }
    const mt_text *w = pre_may_hold_field(m->pre) ? pre_load_fields(m->pre) : NULL;
    for (int k = 0; w && k < m->pre->lim; k++) {
        int kind, v = meta_field_at(w, k, &kind);
        int e = v >= 0 && kind == 'd' ? meta_date_at(w, v, iso) : -1;
        if (e > v) {
            xxgk_span at = {w->off[v], w->off[e]};
            set_date(m, iso, at, XXGK_FROM_FIELD);
            return;
        }
    }
    const xxgk_report *r = m->r;
    if (meta_date_format(r->signoff_year, r->signoff_month, r->signoff_day, iso))
        set_date(m, iso, r->signoff_date_span, XXGK_FROM_SIGNOFF);
}

/* ---- one report ---------------------------------------------------- */

typedef struct texts {
    mt_text *w;     /* from the report's start (the document's for the first) */
    mt_text *title; /* the title the grammar found */
    mt_text *page;  /* opts->meta_title */
    mt_text *pagency, *pdate, *signoff;
    mt_text *opening; /* section 一's first sentence */
    mt_text *above;   /* a government's line apart above the title (banner_apart) */
    mt_text *handed;  /* the preamble's 现将 sentence (handed_agency) */
    mt_fold_cache *fc; /* shared by all: each character folded once */
} texts;

/* A year a source gives, where it gives it. */
struct year_at {
    int year;
    xxgk_span at;
};

/* P043: the title disagrees with the page's metadata (title.year, when the
 * page gave r->year), or the statistics period (统计期限 …) with the year
 * chosen. The finding is at the less trusted one. */
static void year_disagreements(xxgk_doc *doc, const xxgk_report *r, struct year_at title, struct year_at period)
{
    if (title.year && title.year != r->year) {
        xxgk_doc_add_diag(doc, XXGK_P_YEAR_DISAGREES, title.at, source_word(doc, XXGK_FROM_TITLE),
                          title.year, source_word(doc, r->year_source), r->year);
        return;
    }
    if (period.year && period.year != r->year)
        xxgk_doc_add_diag(doc, XXGK_P_YEAR_DISAGREES, period.at, source_word(doc, -1), period.year,
                          source_word(doc, r->year_source), r->year);
}

/* Where section 一's text ends for the year: at section 二, else at the
 * sign-off when the report ends with section 一 (a copy cut short): the
 * sign-off's date (2024年3月5日) is the day it was signed, no year the
 * section states (year_from_signoff reads it as the year before). */
static uint32_t overview_end(const xxgk_report *r)
{
    const xxgk_section *s = r->sections;
    uint32_t e = s->next ? s->next->heading_span.start : s->span.end;
    uint32_t so = r->signoff_agency_span.end > r->signoff_agency_span.start ? r->signoff_agency_span.start
                                                                          : r->signoff_date_span.start;
    if (r->signoff_date_span.end > r->signoff_date_span.start && so > s->heading_span.end && so < e)
        e = so;
    return e;
}

/* The year a sign-off of January to March reports on (the year before
 * its date: year_from_signoff), 0 for another sign-off or none. */
static int signed_year(const xxgk_report *r)
{
    if (r->signoff_year <= 2000 || r->signoff_month < 1 || r->signoff_month > 3)
        return 0;
    return r->signoff_year - 1;
}

static void opening_paragraph(const xxgk_report *r, uint32_t *s, uint32_t *e);
static const char *own_word(const xxgk_doc *doc, int kind);
static bool title_traditional(const xxgk_doc *doc, const xxgk_report *r);

/* P109: under a title with no year, the sentence handing the report over
 * (现将…2022年度…报告公布如下, OWN_PRESENTS) gives the year read, and
 * section 一's opening clause (2023年，本局主动公开…, OWN_OPENING) another:
 * two of the report's own statements disagree, which is the slip cannot
 * be told (review year68 mend 2, p10, s13). True when withheld. */
static bool handed_against_opening(xxgk_doc *doc, xxgk_report *r, uint32_t ps, uint32_t pe, bool findings)
{
    meta_own own[OWN_KINDS], none = {OWN_PERIOD, 0, {0, 0}};
    uint32_t os, oe;
    opening_paragraph(r, &os, &oe);
    if (oe <= os)
        return false;
    int n = meta_own_years(doc, r->year, false, title_traditional(doc, r), &none, ps, pe, os, oe, own);
    const meta_own *handed = NULL, *opening = NULL;
    for (int k = 0; k < n; k++) {
        if (own[k].kind == OWN_PRESENTS && own[k].year == r->year)
            handed = &own[k];
        else if (own[k].kind == OWN_OPENING && own[k].year && own[k].year != r->year)
            opening = &own[k];
    }
    if (!handed || !opening)
        return false;
    if (findings)
        xxgk_doc_add_diag(doc, XXGK_P_YEARS_DISAGREE, r->year_span, own_word(doc, OWN_PRESENTS), r->year,
                          own_word(doc, OWN_OPENING), opening->year, "");
    r->year = 0;
    r->year_source = XXGK_FROM_NONE;
    r->year_span = (xxgk_span){0, 0};
    return true;
}

/* P109: two of the report's own statements give two years: the text
 * one and a sign-off of January to March another (the year before it:
 * 2022年，… signed 2024年1月15日). One of them is a slip, which is not
 * told: the year is withheld. A title's year is weighed against neither:
 * the text names other years in passing (根据2019年修订的《条例》, 2021年，
 * 本局建成…, 自2020年起, plans), which tell no slip (review meta59).
 * Asked of the first report only, the one read: a later one's title year
 * tells whether it is another report (P026) or a copy (P010). True when
 * withheld. */
static bool years_disagree(xxgk_doc *doc, xxgk_report *r, uint32_t ps, uint32_t pe, bool findings)
{
    if (r->year_source == XXGK_FROM_TITLE)
        return false;
    if (r->year_source == XXGK_FROM_PREAMBLE && handed_against_opening(doc, r, ps, pe, findings))
        return true;
    int y = signed_year(r);
    if (!y || y == r->year)
        return false;
    if (findings)
        xxgk_doc_add_diag(doc, XXGK_P_YEARS_DISAGREE, r->year_span, source_word(doc, r->year_source), r->year,
                          source_word(doc, XXGK_FROM_SIGNOFF), y,
                          doc->lang == XXGK_LANG_ZH ? "（落款于次年一至三月）" : " (signed January to March, the year after it)");
    r->year = 0;
    r->year_source = XXGK_FROM_NONE;
    r->year_span = (xxgk_span){0, 0};
    return true;
}

/* What each kind of own statement (meta_own) is called in a finding. */
static const char *own_word(const xxgk_doc *doc, int kind)
{
    static const char *const en[] = {"statistics period", "sentence presenting it (现将…报告如下)",
                                     "own span (本报告…1月1日至…)", "section 一's opening clause",
                                     "sign-off (January to March, the year after it)"};
    static const char *const zh[] = {"统计期限", "“现将…报告如下”一句", "“本报告…1月1日至…”所述期间", "第一部分首句",
                                     "落款日期（次年一至三月）"};
    return doc->lang == XXGK_LANG_ZH ? zh[kind] : en[kind];
}

/* The first report section 一's first paragraph, where its opening clause
 * stands, past a sub-heading that opens the section ((一)主动公开情况, a
 * template's first heading): [*s, *e), empty when section 一 opens with
 * none. A look of 4 * OPENING_BYTES: the statements stand in its first
 * sentence. */
static void opening_paragraph(const xxgk_report *r, uint32_t *s, uint32_t *e)
{
    const xxgk_section *sec = r->sections;
    const xxgk_block *b = sec && sec->id == XXGK_SEC_OVERVIEW ? sec->blocks : NULL;
    if (b && b->kind == XXGK_B_HEADING)
        b = b->next;
    *s = *e = 0;
    if (b && b->kind == XXGK_B_PARAGRAPH) {
        *s = b->span.start;
        *e = b->span.end - b->span.start > 4 * OPENING_BYTES ? b->span.start + 4 * OPENING_BYTES : b->span.end;
    }
}

/* Is the title in traditional script (報告, 公開, 資訊, 政務)? Its
 * report says 現將 and 本報告 then, not 现将. One pass over the title's
 * code points (報 E5 A0 B1, 務 E5 8B 99, 資 E8 B3 87, 開 E9 96 8B). */
static bool title_traditional(const xxgk_doc *doc, const xxgk_report *r)
{
    const uint8_t *p = doc->src + r->title_span.start, *end = doc->src + r->title_span.end;
    for (; p + 3 <= end; p += *p >= 0xE0 ? 3 : 1) {
        if ((p[0] == 0xE5 && ((p[1] == 0xA0 && p[2] == 0xB1) || (p[1] == 0x8B && p[2] == 0x99))) ||
            (p[0] == 0xE8 && p[1] == 0xB3 && p[2] == 0x87) || (p[0] == 0xE9 && p[1] == 0x96 && p[2] == 0x8B))
            return true;
    }
    return false;
}

/* P116 / P117: a title's year is overruled only by the report's own
 * statements of its period (meta_own_years, and a sign-off of January to
 * March: signed_year), never by a year-shaped word of its prose (根据
 * 2019年修订的《条例》, 2021年，本局建成…, 自2020年起, a plan: review
 * meta59 B2). Where some give another year and none the title's, the
 * report states two years for itself and which is the slip cannot be
 * told: no year is read (P116, at the title's year), as P109 does; a
 * number goes into a cell only when the report puts it there, and here
 * it puts two. Where one agrees with the title, the title is confirmed
 * and the other is the slip (P117, at it; a statistics period's own is
 * P043's). A sign-off's date states no year in words, the year before it
 * is inferred: it weighs only beside a statement in words (a title of
 * 2023 signed 2025年2月 alone keeps 2023). True when withheld. */
static bool title_against_own(xxgk_doc *doc, xxgk_report *r, struct year_at period, uint32_t ps, uint32_t pe,
                              bool findings)
{
    if (period.year == r->year)
        return false; /* the statistics period confirms the title */
    meta_own own[OWN_KINDS], p = {OWN_PERIOD, period.year, period.at};
    uint32_t os, oe;
    opening_paragraph(r, &os, &oe);
    int sy = signed_year(r);
    int n = meta_own_years(doc, r->year, sy && sy != r->year, title_traditional(doc, r), &p, ps, pe, os, oe, own);
    if (!n)
        return false; /* a sign-off's date alone: the year is inferred, not stated */
    if (n == 1 && own[0].kind == OWN_PERIOD && r->signoff_year == r->year + 1)
        return false; /* signed the year after the title's: the period alone is the slip (P043) */
    if (sy)
        own[n++] = (meta_own){OWN_SIGNOFF, sy, r->signoff_date_span};
    const meta_own *agree = NULL, *other = NULL;
    for (int k = 0; k < n; k++) {
        if (own[k].year == r->year && !agree)
            agree = &own[k];
        else if (own[k].year != r->year && !other)
            other = &own[k];
    }
    if (!other)
        return false;
    xxgk_pos op = xxgk_doc_position(doc, other->at.start);
    if (agree) {
        if (findings && other->kind != OWN_PERIOD) {
            xxgk_pos ap = xxgk_doc_position(doc, agree->at.start);
            xxgk_doc_add_diag(doc, XXGK_P_OWN_YEAR_SLIP, other->at, own_word(doc, other->kind), other->year, r->year,
                              own_word(doc, agree->kind), ap.line);
        }
        return false;
    }
    if (findings)
        xxgk_doc_add_diag(doc, XXGK_P_TITLE_YEAR_CONTRADICTED, r->year_span, r->year, own_word(doc, other->kind),
                          other->year, op.line, r->year);
    r->year = 0;
    r->year_source = XXGK_FROM_NONE;
    r->year_span = (xxgk_span){0, 0};
    return true;
}

static void set_year(xxgk_report *r, int year, const mt_text *t, int ys, int ye, int source)
{
    r->year = year;
    r->year_source = source;
    if (t) {
        r->year_span.start = t->off[ys];
        r->year_span.end = t->off[ye];
    }
}

/* A report signed in January to March (2024年1月20日) reports on the
 * year before: the year where no title, period, preamble nor section 一
 * gives one, with P096 saying whence. A later sign-off says nothing sure
 * (a report signed in June may be late, one in December early): no year. */
static void year_from_signoff(xxgk_doc *doc, xxgk_report *r, bool findings)
{
    if (r->year || r->signoff_year <= 2000 || r->signoff_month < 1 || r->signoff_month > 3)
        return;
    r->year = r->signoff_year - 1;
    r->year_span = r->signoff_date_span;
    r->year_source = XXGK_FROM_SIGNOFF;
    if (findings)
        xxgk_doc_add_diag(doc, XXGK_P_YEAR_FROM_SIGNOFF, r->signoff_date_span, r->signoff_year, r->signoff_month,
                          r->signoff_day, r->year);
}

/* The date the page was published (a 发布日期 field, the page's PubDate,
 * a date of the day under the title: （2024年1月15日）) is no year of
 * the report. Dated January to March it is the year before's, as a
 * sign-off is (year_from_signoff): the year where nothing else gives one,
 * with P097 saying whence; dated later, no year (P016). */
static void year_from_published(xxgk_doc *doc, xxgk_report *r, meta_dated *dated, bool findings)
{
    if (r->year)
        return;
    /* the page's own field is weighed first: it names the publishing
     * date, a date under the title only looks like one */
    if (r->date && (r->date_source == XXGK_FROM_FIELD || r->date_source == XXGK_FROM_PAGE)) {
        int y = atoi(r->date), mo = atoi(r->date + 5), d = atoi(r->date + 8);
        *dated = (meta_dated){y, mo, d, r->date_span, r->date_source, false};
    }
    /* an event of the report (P104) is after the year reported, in any
     * month meta_year.c takes one (day_event: January to November) */
    if (dated->year <= 2000 || dated->month < 1 || dated->month > (dated->event ? 11 : 3))
        return;
    r->year = dated->year - 1;
    r->year_span = dated->at;
    r->year_source = dated->source;
    if (findings) /* a sentence's clocked day is no publishing date: P104 says so */
        xxgk_doc_add_diag(doc, dated->event ? XXGK_P_YEAR_FROM_EVENT : XXGK_P_YEAR_FROM_PUBLISHED, dated->at,
                          dated->year, dated->month, dated->day, r->year);
}

/* Is [s, e) nothing but blanks (a blank line)? */
static bool blank_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (; s < e; s++)
        if (src[s] != ' ' && src[s] != '\t' && src[s] != '\r' &&
            !(e - s >= 3 && src[s] == 0xE3 && src[s + 1] == 0x80 && src[s + 2] == 0x80 && (s += 2)))
            return false;
    return true;
}

/* The line [*ls, *le) above the title at ts that only blank lines and at
 * most one date line part from it (at least one of them: a line right
 * above joins the title, note_banner_above), four lines up at most. */
static bool line_apart_above(const uint8_t *src, uint32_t from, uint32_t ts, uint32_t *ls, uint32_t *le)
{
    while (ts > from && (src[ts - 1] == ' ' || src[ts - 1] == '\t'))
        ts--;
    if (ts <= from || src[ts - 1] != '\n')
        return false;
    uint32_t e = ts - 1;
    int between = 0, dates = 0, ymd[3];
    for (int k = 0; k < 5; k++) {
        uint32_t s = e;
        while (s > from && src[s - 1] != '\n')
            s--;
        if (blank_line(src, s, e))
            between++;
        else if (!dates && ft_signoff_date_alone(src, s, e, ymd))
            between += ++dates;
        else {
            *ls = s;
            *le = e;
            return between > 0;
        }
        if (s <= from)
            return false;
        e = s - 1;
    }
    return false;
}

/* A government's name alone on a line above the title, blank lines or a
 * date line between (青禾县人民政府⏎⏎青禾县教育局2023年…, 青禾县人民政府⏎
 * 2024年1月15日⏎青禾县教育局2023年…): nothing but that name heads the
 * title block, as on the line right above (note_banner_above), and it is
 * read as P118 reads that one: a banner the title's agency stays under,
 * named when the report does not confirm its agency (banner_unconfirmed,
 * for a government of the agency's own place only). A line holding more
 * than the name (a portal's 门户网站, a menu, a crumb) or with other text
 * between is the page's chrome: nothing is read from it. The cheap test
 * first: the line's bytes end in 人民政府. */
static void banner_apart(const uint8_t *src, uint32_t from, uint32_t ts, texts *tx, picks *ps)
{
    static const char gov[] = "人民政府";
    uint32_t ls, le, lg = sizeof gov - 1;
    if (!line_apart_above(src, from, ts, &ls, &le))
        return;
    le = ft_trim_end(src, ls, le);
    while (ls < le && (src[ls] == ' ' || src[ls] == '\t'))
        ls++;
    if (le - ls <= lg || le - ls > 60 || memcmp(src + le - lg, gov, lg) != 0)
        return;
    mt_load(tx->above, tx->fc, src, ls, le);
    const mt_text *a = tx->above;
    if (a->n < 5 || meta_name_kind(a, 0, a->n) != NAME_OK || a->off[0] != ls)
        return;
    ps->banner = (pick){a, 0, a->n, XXGK_FROM_TITLE, NAME_OK};
    ps->banner_apart = true;
}

/* A report with no preamble that begins with section 一 (一、总体情况,
 * or 一、工作基本情况 read by its number, P044) puts the preamble's words
 * under it (本报告…由两城镇人民政府党政办公室编制, 请与…联系, the address
 * that names the parent place): the paragraphs that open section 一,
 * before its first sub-heading, are read as the preamble, for the
 * agency alone. The text loaded so far is the same from its start, so
 * what was picked from it stays where it was. */
static bool overview_as_preamble(const xxgk_report *r, pre_text *pre)
{
    const xxgk_section *s = r->sections;
    if (r->preamble || !s || s->id != XXGK_SEC_OVERVIEW || s->heading_span.start != pre->e)
        return false;
    uint32_t e = pre->e;
    for (const xxgk_block *b = s->blocks; b && b->kind == XXGK_B_PARAGRAPH; b = b->next)
        e = b->span.end;
    if (e > pre->e) {
        pre->e = e;
        pre->loaded = false;
        return true;
    }
    return false;
}

/* The report's agency, date and year; true when two of its own
 * statements give two years and none is read (P109). */
static bool report_meta(xxgk_doc *doc, xxgk_report *r, const xxgk_options *opts, texts *tx, bool findings)
{
    picks ps = {.n = 0};
    uint32_t from = r == doc->report ? 0 : r->span.start;
    uint32_t pre_e = r->sections ? r->sections->heading_span.start : r->span.end;
    /* the preamble: from the title's end to section 一; empty when the
     * title line comes after section 一's heading (a page whose chrome
     * holds a numbered line above the title: fuzz_parse), never a span
     * whose end is before its start */
    uint32_t pre_s = r->title_span.end ? r->title_span.end : r->span.start;
    if (pre_s > pre_e)
        pre_s = pre_e;
    /* chrome, title, fields and preamble: what comes before section 一 */
    pre_text pre = {tx->w, tx->fc, doc->src, from, pre_e, 0, false, -1, 0};
    opening_text opening = {tx->opening, tx->fc, false, false};
    meta_ctx m = {doc, r, &pre, NULL, findings, &opening};
    int title_end = -1; /* where the preamble starts, when it is read */
    int ys, ye, year = 0;
    struct year_at title_year = {0, {0, 0}};

    /* the page's metadata */
    if (opts && opts->meta_agency) {
        const uint8_t *s = (const uint8_t *)opts->meta_agency;
        mt_load(tx->pagency, tx->fc, s, 0, (uint32_t)strlen(opts->meta_agency));
        add_pick(&ps, tx->pagency, 0, tx->pagency->n, XXGK_FROM_PAGE);
    }
    if (opts && opts->meta_title) {
        const uint8_t *s = (const uint8_t *)opts->meta_title;
        mt_load(tx->page, tx->fc, s, 0, (uint32_t)strlen(opts->meta_title));
        /* a page title that is the site's name (青禾市人民政府) says nothing
         * of the report: only a report's title counts */
        const mt_text *pt = tx->page;
        bool report_title = mt_find_word(pt, 0, pt->n, U"报告") >= 0 && mt_find_word(pt, 0, pt->n, U"信息公开") >= 0;
        if (report_title && (year = title_parse(pt, 0, pt->n, XXGK_FROM_PAGE, &ps, &ys, &ye, -1)) != 0)
            set_year(r, year, NULL, 0, 0, XXGK_FROM_PAGE);
    }
    if (opts && opts->meta_date) {
        const uint8_t *s = (const uint8_t *)opts->meta_date;
        mt_load(tx->pdate, tx->fc, s, 0, (uint32_t)strlen(opts->meta_date));
        m.pdate = tx->pdate;
    }
    /* the title, or one broken over lines the grammar did not join */
    int ta, tb;
    if (r->title_span.end > r->title_span.start) {
        int wrap_k = title_wrapped_above(doc->src, r) ? 1 : -1;
        mt_load(tx->title, tx->fc, doc->src, r->title_span.start, r->title_span.end);
        year = title_parse(tx->title, 0, tx->title->n, XXGK_FROM_TITLE, &ps, &ys, &ye, wrap_k);
        if (findings && !ps.banner.t && !ps.above.t)
            banner_apart(doc->src, from, r->title_span.start, tx, &ps);
        if (year && !r->year)
            set_year(r, year, tx->title, ys, ye, XXGK_FROM_TITLE);
        else if (year)
            title_year = (struct year_at){year, {tx->title->off[ys], tx->title->off[ye]}};
    } else if (pre_load(&pre) && broken_title(doc, pre.t, pre.lim, &ta, &tb)) {
        const mt_text *w = pre.t;
        year = title_parse(w, ta, tb, XXGK_FROM_TITLE, &ps, &ys, &ye, -1);
        if (year && !r->year)
            set_year(r, year, w, ys, ye, XXGK_FROM_TITLE);
        else if (year)
            title_year = (struct year_at){year, {w->off[ys], w->off[ye]}};
        title_end = tb;
        if (year)
            adopt_broken_title(r, w, ta, tb);
    }
    bool title_named = has_full_name(&ps) && !title_lines_above(doc->src, r->title_span);
    if (r->signoff_agency_span.end > r->signoff_agency_span.start) {
        mt_load(tx->signoff, tx->fc, doc->src, r->signoff_agency_span.start, r->signoff_agency_span.end);
        add_pick(&ps, tx->signoff, 0, tx->signoff->n, XXGK_FROM_SIGNOFF);
    }
    /* where the title's own line names the agency the handing sentence is
     * read for findings only: another agency handed is P041, never a
     * silent pick of one (the title's stays chosen) */
    if (!title_named || findings)
        handed_agency(doc->src, pre_s, pre_e, year ? year : r->year,
                      tx->handed, tx->fc, &ps);
    /* the report's own words before the page's: the preamble's phrases and
     * section 一's first sentence, read only when no source before them
     * gave a full name, then the page's labelled fields (发布机构：, 来源：:
     * a portal's, a mirror's chrome), then the name the preamble repeats */
    bool overview = false, fields = pre_may_hold_field(&pre); /* before section 一, asked before it joins */
    int title_at = title_end;
    if (!has_full_name(&ps)) {
        /* section 一's prose read for the agency takes only the
         * preamble's own phrases (本报告由…编制): a place its sentences
         * repeat (青禾市云岭区教育局…云岭区…) is no agency there */
        overview = overview_as_preamble(r, &pre);
        const mt_text *w = pre_load(&pre);
        if (title_at < 0)
            title_at = index_at(w, r->title_span.end);
        preamble_phrases(w, title_at, pre.lim, &ps);
        if (!has_full_name(&ps))
            opening_subject(doc, r, &opening, &ps);
    } else if ((ps.banner.t || ps.above.t) && findings) {
        /* a banner over the title's name: does the preamble name the
         * department too (本报告由青禾县教育局编制, banner_unconfirmed)? */
        const mt_text *w = pre_load(&pre);
        title_at = index_at(w, r->title_span.end);
        preamble_phrases(w, title_at, pre.lim, &ps);
    }
    if (fields) {
        const mt_text *w = pre_load_fields(&pre);
        int lim = index_at(w, pre_e);
        field_agency(w, lim < pre.lim ? lim : pre.lim, &ps);
    }
    if (!has_full_name(&ps) && !overview) {
        const mt_text *w = pre_load(&pre);
        if (title_at < 0)
            title_at = index_at(w, r->title_span.end);
        preamble_repeated(w, title_at, pre.lim, &ps);
    }
    if (doc->nlinks)
        drop_linked_picks(doc, &ps);
    drop_widget_picks(&ps);
    choose_agency(&m, &ps);
    choose_date(&m);
    bool weigh = r->year_source == XXGK_FROM_TITLE && r == doc->report;
    struct year_at period = {0, {0, 0}};
    if ((r->year && findings) || weigh) /* the preamble's statistics period, read once */
        period.year = meta_year_of_period(doc, pre_s, pre_e, &period.at);
    if (weigh && title_against_own(doc, r, period, pre_s, pre_e, findings))
        return true;
    if (r->year && findings)
        year_disagreements(doc, r, title_year, period);

    meta_dated dated = {0, 0, 0, {0, 0}, 0, false};
    meta_cited cited = {.law_year = 0};
    if (!r->year)
        meta_year_from_text(doc, r, pre_s, pre_e, XXGK_FROM_PREAMBLE, &dated, &cited);
    if (!r->year && r->sections && r->sections->id == XXGK_SEC_OVERVIEW)
        meta_year_from_text(doc, r, r->sections->heading_span.end, overview_end(r), XXGK_FROM_BODY, &dated, &cited);
    meta_year_cited(r, &cited, &dated);
    if (r->year && (r->year_source == XXGK_FROM_TITLE || r->year_source == XXGK_FROM_PREAMBLE ||
                    r->year_source == XXGK_FROM_BODY) &&
        r == doc->report && !cited.since_year && !cited.from_january && years_disagree(doc, r, pre_s, pre_e, findings))
        return true;
    year_from_signoff(doc, r, findings);
    year_from_published(doc, r, &dated, findings);
    if (findings && cited.since_year && r->year == cited.since_year) /* 2022年以来 alone */
        xxgk_doc_add_diag(doc, XXGK_P_YEAR_FROM_PERIOD_START, r->year_span, r->year);
    if (findings && cited.from_january && r->year == cited.january.year - 1) /* 2024年1月25日，… alone */
        xxgk_doc_add_diag(doc, XXGK_P_YEAR_FROM_JANUARY, r->year_span, cited.january.year, cited.january.month,
                          cited.january.day, r->year);
    return false;
}

/* Do two copies name different reports: another agency or another year,
 * each known in both? The same title reworded (年 / 年度, a crawler's
 * field before it) is still the same report. */
static bool another_report(const xxgk_report *a, const xxgk_report *b)
{
    return (a->agency_key && b->agency_key && strcmp(a->agency_key, b->agency_key) != 0) ||
           (a->year && b->year && a->year != b->year);
}

/* A title after the sections: the text starts over. The same report
 * again is a copy (P010); another report (another_report) is P026, which
 * no reader should take for a copy. A note points at the first. */
static void starts_over(xxgk_doc *doc, const xxgk_report *first, const xxgk_report *r)
{
    xxgk_span at = first->title_span.end ? first->title_span : (xxgk_span){first->span.start, first->span.start};
    bool other = another_report(first, r);
    xxgk_diag *d;
    if (other) {
        char buf[160];
        size_t n = r->title_span.end - r->title_span.start;
        if (n > sizeof buf - 1) { /* cut on a code point boundary */
            n = sizeof buf - 1;
            while (n > 0 && (doc->src[r->title_span.start + n] & 0xC0) == 0x80)
                n--;
        }
        memcpy(buf, doc->src + r->title_span.start, n);
        buf[n] = 0;
        d = xxgk_doc_add_diag(doc, XXGK_P_ANOTHER_REPORT, r->title_span, buf);
    } else {
        d = xxgk_doc_add_diag(doc, XXGK_P_REPEATED_REPORT, r->title_span);
    }
    xxgk_pos p = xxgk_doc_position(doc, at.start);
    bool zh = doc->lang == XXGK_LANG_ZH;
    xxgk_diag_add_note(doc, d, at,
                       other ? (zh ? "第一份报告从第 %u 行开始" : "the first report starts at line %u")
                             : (zh ? "第一份从第 %u 行开始" : "the first copy starts at line %u"),
                       p.line);
}

/* A second report begun by its section 一 heading, no title line (a
 * report pasted twice, two years' in one file): said once, at that
 * heading; a note points at the first report's start. */
static void untitled_report(xxgk_doc *doc, const xxgk_report *first, const xxgk_report *r)
{
    xxgk_span at = first->title_span.end ? first->title_span : (xxgk_span){first->span.start, first->span.start};
    xxgk_diag *d = xxgk_doc_add_diag(doc, XXGK_P_UNTITLED_REPORT, r->restart_span);
    xxgk_pos p = xxgk_doc_position(doc, at.start);
    xxgk_diag_add_note(doc, d, at, doc->lang == XXGK_LANG_ZH ? "第一份报告从第 %u 行开始" : "the first report starts at line %u",
                       p.line);
}

/* The year of the title at [s, e) of the text, and where it stands; 0
 * when it gives none. */
static int year_of_title(xxgk_doc *doc, mt_text *t, mt_fold_cache *fc, xxgk_span sp, xxgk_span *at)
{
    picks none = {.n = 0};
    int ys, ye;
    mt_load(t, fc, doc->src, sp.start, sp.end);
    int y = title_parse(t, 0, t->n, XXGK_FROM_TITLE, &none, &ys, &ye, -1);
    if (y)
        *at = (xxgk_span){t->off[ys], t->off[ye]};
    return y;
}

/* Title-shaped lines before the sections with another year than the
 * title line's (a list of other reports above the report, copied with
 * it): the last of them (late, from the filter), the one that begins the
 * report, is its title, and P070 says which year was set aside. Its
 * paragraph leaves the preamble. Lines with the title's year (a title
 * again, a page's path) change nothing. */
/* The year of a title-shaped line in [s, e) other than YEAR (the first
 * such line's), 0 when every line there gives none or YEAR. */
static int other_title_year(xxgk_doc *doc, mt_text *t, mt_fold_cache *fc, uint32_t s, uint32_t e, int year)
{
    const uint8_t *src = doc->src;
    for (uint32_t ls = s, le; ls < e; ls = le + 1) {
        const uint8_t *nl = memchr(src + ls, '\n', e - ls);
        le = nl ? (uint32_t)(nl - src) : e;
        xxgk_span at;
        int y = le - ls < 400 ? year_of_title(doc, t, fc, (xxgk_span){ls, le}, &at) : 0;
        if (y && y != year)
            return y;
    }
    return 0;
}

/* Does the line above the one of POS say a list of links follows, alone
 * on its line (相关链接：, 往期报告：, 相關連結)? A page's own title with
 * its year over 上一篇：…2022年…报告 and the document's yearless title is
 * no list: the first line is the report's title and keeps its year. */
static bool under_list_header(const uint8_t *src, uint32_t pos)
{
    uint32_t ps, pe;
    if (!prev_line_trimmed(src, line_start_at(src, pos), &ps, &pe))
        return false;
    static const char *const colon[] = {"：", ":", NULL};
    for (int c = 0; colon[c]; c++)
        if (pe - ps >= strlen(colon[c]) && memcmp(src + pe - strlen(colon[c]), colon[c], strlen(colon[c])) == 0)
            pe -= (uint32_t)strlen(colon[c]);
    static const char *const heads[] = {"相关链接", "相關連結", "相關鏈接", "相关阅读", "相關閱讀", "往期报告", "往期報告",
                                        "往期回顾", "往期回顧", "历年报告", "歷年報告", "相关报告", "相關報告", NULL};
    for (int k = 0; heads[k]; k++)
        if (pe - ps == strlen(heads[k]) && memcmp(src + ps, heads[k], pe - ps) == 0)
            return true;
    return false;
}

/* A title-shaped line with a year, another with another year under it,
 * then a title with none that begins the report (相关链接：⏎…2022年…报告⏎
 * …2021年…报告⏎…工作年度报告): a list of other years' reports above the
 * report, no title of it. The last, yearless one is its title; the
 * list's years are none of the report's (P108). Returns the list's
 * second year, 0 when the lines above are no such list; fy_at is where
 * the first year stands (its line must stand under a list's header). */
static int listed_above(xxgk_doc *doc, const xxgk_report *r, xxgk_span late, mt_text *t, mt_fold_cache *fc, int fy,
                        uint32_t fy_at)
{
    if (late.start <= r->title_span.end || !under_list_header(doc->src, fy_at))
        return 0;
    return other_title_year(doc, t, fc, r->title_span.end, late.start, fy);
}

static int take_late_title(xxgk_doc *doc, xxgk_report *r, xxgk_span late, mt_text *t, mt_fold_cache *fc)
{
    xxgk_span fat = r->title_span, lat = late;
    int fy = year_of_title(doc, t, fc, r->title_span, &fat);
    int ly = year_of_title(doc, t, fc, late, &lat);
    int listed = fy && !ly ? listed_above(doc, r, late, t, fc, fy, fat.start) : 0;
    if (!fy || (!ly && !listed) || fy == ly)
        return 0;
    r->other_title_span = r->title_span;
    r->title_span = late;
    for (xxgk_block **p = &r->preamble; *p; p = &(*p)->next)
        if ((*p)->kind == XXGK_B_PARAGRAPH && (*p)->span.start >= late.start && (*p)->span.end <= late.end) {
            *p = (*p)->next;
            break;
        }
    if (!r->sections)
        return listed > fy ? listed : fy;
    if (listed) {
        xxgk_pos p = xxgk_doc_position(doc, late.start);
        xxgk_doc_add_diag(doc, XXGK_P_TITLES_LISTED, fat, fy, listed, p.line);
        return listed > fy ? listed : fy;
    }
    xxgk_diag *d = xxgk_doc_add_diag(doc, XXGK_P_TITLES_DISAGREE, fat, fy, ly);
    xxgk_pos p = xxgk_doc_position(doc, lat.start);
    xxgk_diag_add_note(doc, d, lat,
                       doc->lang == XXGK_LANG_ZH ? "报告正文从第 %u 行的这一标题开始，年度为 %d"
                                                 : "the report begins with this title, on line %u: the year %d",
                       p.line, ly);
    return 0;
}

/* No section heading was found: what of the template the text holds
 * anyway, so that the error says so (P056) instead of calling the text
 * no report (P020). Lines whose fold ends with a section's template title
 * after at most four characters (总体情况, 甲、总体情况: a heading numbered
 * otherwise, or its number lost) and the labels that open tables 二
 * (第二十条第（一）项), 三 (本年新收政府信息公开申请数量) and 四 (结果维持).
 * Writes the finding into what (cap bytes) and the first such line (a
 * title's first) into at; false when there is none. Read once, only for
 * a text with no section. */
static bool template_words(const xxgk_doc *doc, char *what, size_t cap, xxgk_span *at)
{
    static const char *const table_words[3] = {"第二十条第(一)项", "本年新收政府信息公开申请数量", "结果维持"};
    bool tables[3] = {false, false, false}, titles[7] = {false};
    xxgk_span first_title = {0, 0}, first_table = {0, 0};
    const uint8_t *src = doc->src;
    for (uint32_t s = 0; s < doc->len;) {
        uint32_t e = s;
        while (e < doc->len && src[e] != '\n')
            e++;
        char f[512];
        size_t n = e - s < 400 ? label_fold(src + s, e - s, f, sizeof f) : 0;
        if (n && n < sizeof f - 4) {
            f[n] = 0;
            for (int i = 0; i < label_count(); i++) {
                const struct label_entry *le = label_entry_at(i);
                size_t k = le->kind == LK_SEC && !le->variant ? strlen(le->text) : 0;
                if (k && k <= n && n - k <= 12 && memcmp(f + n - k, le->text, k) == 0 && le->key > 0 && le->key < 7) {
                    if (!first_title.end)
                        first_title = (xxgk_span){s, e};
                    titles[le->key] = true;
                }
            }
            for (int t = 0; t < 3; t++)
                if (strstr(f, table_words[t])) {
                    if (!first_table.end)
                        first_table = (xxgk_span){s, e};
                    tables[t] = true;
                }
        }
        s = e + 1;
    }
    static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六"};
    size_t len = 0;
    what[0] = 0;
    int nt = 0, ns = 0;
    for (int t = 0; t < 3; t++)
        nt += tables[t];
    for (int i = 1; i < 7; i++)
        ns += titles[i];
    if (nt) {
        len += (size_t)snprintf(what + len, cap - len, doc->lang == XXGK_LANG_ZH ? "表" : nt > 1 ? "the labels of tables " : "the labels of table ");
        for (int t = 0, k = 0; t < 3 && len < cap; t++)
            if (tables[t])
                len += (size_t)snprintf(what + len, cap - len, "%s%s", k++ ? (doc->lang == XXGK_LANG_ZH ? "、" : ", ") : "",
                                        cn[t + 2]);
    }
    if (ns && len < cap) {
        len += (size_t)snprintf(what + len, cap - len, "%s", nt ? (doc->lang == XXGK_LANG_ZH ? "的标签，以及" : " and ") : "");
        len += (size_t)snprintf(what + len, cap - len, doc->lang == XXGK_LANG_ZH ? "第" : ns > 1 ? "the titles of sections " : "the title of section ");
        for (int i = 1, k = 0; i < 7 && len < cap; i++)
            if (titles[i])
                len += (size_t)snprintf(what + len, cap - len, "%s%s", k++ ? (doc->lang == XXGK_LANG_ZH ? "、" : ", ") : "",
                                        cn[i]);
        if (len < cap && doc->lang == XXGK_LANG_ZH)
            len += (size_t)snprintf(what + len, cap - len, "部分的标题");
    } else if (nt && len < cap && doc->lang == XXGK_LANG_ZH) {
        len += (size_t)snprintf(what + len, cap - len, "的标签");
    }
    *at = first_title.end ? first_title : first_table;
    return nt || ns;
}

/* Under a list of other years' reports (P108), a year the text gives
 * that is one of the list's or older than its newest (2021年，本局建成…
 * under links to 2022's and 2021's reports) is as likely a reference to
 * one of them as the report's own: it is not taken (P016 says so). */
static void unlist_year(xxgk_report *r, int newest_listed)
{
    if (!newest_listed || !r->year || r->year > newest_listed)
        return;
    r->year = 0;
    r->year_source = XXGK_FROM_NONE;
    r->year_span = (xxgk_span){0, 0};
}

void report_extract(xxgk_doc *doc, const xxgk_options *opts, xxgk_span late_title)
{
    mt_fold_cache fc;
    mt_fold_cache_init(&fc);
    mt_text *t = mt_new(9);
    if (!t)
        return;
    texts tx = {t, t + 1, t + 2, t + 3, t + 4, t + 5, t + 6, t + 7, t + 8, &fc};
    int newest_listed = 0;
    if (doc->report && late_title.end > late_title.start && doc->report->title_span.end > doc->report->title_span.start)
        newest_listed = take_late_title(doc, doc->report, late_title, tx.title, &fc);
    for (xxgk_report *r = doc->report; r; r = r->next) {
        bool first = r == doc->report;
        bool withheld = report_meta(doc, r, opts, &tx, first && r->sections);
        if (first)
            unlist_year(r, newest_listed);
        if (!first && r->title_span.end > r->title_span.start)
            starts_over(doc, doc->report, r);
        else if (!first && r->restart_span.end > r->restart_span.start)
            untitled_report(doc, doc->report, r);
        if (!first)
            continue; /* findings on the first copy only */
        uint32_t pre_s = r->title_span.end ? r->title_span.end : r->span.start;
        xxgk_span at = {pre_s, pre_s};
        if (!r->sections) {
            xxgk_span top = {0, 0};
            char what[256];
            if (template_words(doc, what, sizeof what, &top))
                xxgk_doc_add_diag(doc, XXGK_P_SECTIONS_UNNUMBERED, top, what);
            else
                xxgk_doc_add_diag(doc, XXGK_P_NO_SECTIONS, top);
            continue;
        }
        if (r->title_span.end <= r->title_span.start)
            xxgk_doc_add_diag(doc, XXGK_P_NO_TITLE, at,
                              doc->lang == XXGK_LANG_ZH ? "机关和年度取自前言" :
                              "agency and year are taken from the preamble");
        if (!r->year && !withheld) /* P109 said why */
            xxgk_doc_add_diag(doc, XXGK_P_NO_YEAR, at);
        if (!r->agency)
            xxgk_doc_add_diag(doc, XXGK_P_NO_AGENCY, at);
    }
    free(t);
}
