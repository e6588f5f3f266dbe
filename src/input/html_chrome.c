/* Site chrome around the report on a page (see html_int.h).
 *
 * A block of the flow is judged when it closes, by its own shape, never
 * by where the report is: what it holds is already written to the flow,
 * and the counters of hstate say how much of it is link text.
 *
 * - Navigation: a block whose visible text is mostly link text (at least
 *   80% of its non-blank characters inside <a href>) with three links or
 *   more, or two on lines or list items of their own or between
 *   separators, or one after a marker of a link list (相关链接, 上一篇 …),
 *   or a <nav>; a breadcrumb: links chained by > ＞ › » (or after 当前位置：)
 *   ending in a short crumb without a digit. Dropped from the text.
 * - The site's footer: a block after a data table of the page whose text
 *   carries the markers of a footer (ICP备, 网站标识码, 公网安备, 版权所有,
 *   主办单位, 技术支持, 网站地图 …): two of them, or one in a short text;
 *   never one holding a sentence (。) or a date (a sign-off). Dropped.
 * - Page furniture: a short line without a sentence holding 浏览次数,
 *   【字体, 打印本页, 关闭窗口, 分享到, 今天是, or starting with a field
 *   label and holding two (发布时间：… 来源：…). Kept in the text, where the
 *   page's fields are read (来源：, 发布时间：), but noted (h->furniture):
 *   the grammar makes no prose of it.
 * Never a block that holds a table, a section heading (一、 … 七、 at the
 * start of a line, in a link or not), a sub-heading （一）, the report's attachments (附件, a
 * file's name .pdf .doc .xls .wps) or a title (a year with 年 and 报告
 * outside its links), nor <html> and <body>. Children close before their
 * parents: a sidebar's list of links is dropped, then the sidebar with its
 * heading (its dropped links still count as its link text). */
#include <string.h>
#include <strings.h>

#include "html_int.h"
#include "utf8.h"
#include "vec.h"

/* Is the word (UTF-8) at p, before e? */
static bool word_at(const char *p, const char *e, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(e - p) >= n && memcmp(p, w, n) == 0;
}

/* What of the block's text is outside its links: the block's links are
 * pairs r[0..n) of offsets into the text (o the block's start). A mask
 * per byte would cost a buffer; the pairs are few and in order. */
typedef struct link_walk {
    const uint32_t *r;
    size_t n, k;
} link_walk;

static bool in_link(link_walk *w, uint32_t off)
{
    while (w->k < w->n && w->r[2 * w->k + 1] <= off)
        w->k++;
    return w->k < w->n && w->r[2 * w->k] <= off;
}

/* A heading at the start of a line (blanks before it skipped): a section
 * 一、 … 七、 (or ．), or a sub-heading （一） … （十） or (一): a block of
 * linked document titles under one is the report's list, not a menu. */
static bool heading_at(const char *p, const char *e)
{
    static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL};
    for (int k = 0; k < 7; k++) /* sections: 一 … 七 */
        if (word_at(p, e, nums[k]) && (word_at(p + 3, e, "、") || word_at(p + 3, e, "．") || word_at(p + 3, e, ".")))
            return true;
    const char *q = word_at(p, e, "（") ? p + 3 : *p == '(' ? p + 1 : NULL;
    for (int k = 0; q && nums[k]; k++)
        if (word_at(q, e, nums[k]) && (word_at(q + 3, e, "）") || word_at(q + 3, e, ")")))
            return true;
    return false;
}

/* Each line's first character past its blanks asked, the rest of the
 * line stepped over by memchr (a block's text is mostly its lines' rest:
 * a byte at a time, the walk cost about 0.5 M instructions over the corpus's
 * 4 pages). */
static bool holds_heading(const char *s, const char *e)
{
    for (const char *p = s; p < e;) {
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        if (p < e && *p != '\n' && heading_at(p, e))
            return true;
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    return false;
}

/* A date as a sign-off prints it: a numeral, then 年, 月 and 日 close
 * behind (2024年1月20日, 二〇二四年一月二十日). */
static bool holds_date(const char *s, const char *e)
{
    static const char *const cn[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL};
    for (const char *p = s + 1; p + 3 <= e; p++) {
        if (!word_at(p, e, "年"))
            continue;
        bool numeral = p[-1] >= '0' && p[-1] <= '9';
        for (int k = 0; !numeral && cn[k] && p - s >= 3; k++)
            numeral = word_at(p - 3, e, cn[k]);
        if (!numeral)
            continue;
        const char *m = NULL;
        for (const char *q = p + 3; !m && q + 3 <= e && q < p + 18; q++)
            if (word_at(q, e, "月"))
                m = q;
        for (const char *q = m ? m + 3 : e; m && q + 3 <= e && q < m + 18; q++)
            if (word_at(q, e, "日"))
                return true;
    }
    return false;
}

/* The block's text outside its links, as it reads: does it hold a year
 * (four digits, then 年) and 报告 (報告): a title? Also its non-link
 * characters that are no blank, no separator of links: their count in
 * plain, whether one is a digit, whether one ends a sentence (。), whether
 * a separator stands among them, whether the first character is a link's. */
typedef struct plain_text {
    int plain;
    bool digit, sentence, year, report, first_in_link;
    bool sep; /* a separator of links (> | / › » ·) outside them */
} plain_text;

/* The four characters before p (not before s): digits of a year (1000 to 2999)? */
static inline bool year_before(const char *p, const char *s)
{
    const char *q = p - 4;
    return q >= s && q[0] >= '1' && q[0] <= '2' && q[1] >= '0' && q[1] <= '9' && q[2] >= '0' && q[2] <= '9' &&
           q[3] >= '0' && q[3] <= '9';
}

static bool crumb_sep(uint32_t cp)
{
    return cp == '>' || cp == 0xFF1E /* ＞ */ || cp == 0x203A /* › */ || cp == 0xBB /* » */ ||
           cp == 0x2192 /* → */ || cp == '/' || cp == '|';
}

/* The first byte of a character (no continuation byte 10xxxxxx): read_plain's
 * walk steps onto every such byte (a decoded sequence spans only
 * continuation bytes after its first, a byte that does not decode is one
 * step), so a jump to one lands where the walk would. */
static inline bool char_start(const char *p) { return ((uint8_t)*p & 0xC0) != 0x80; }

/* An ideograph's three bytes at p (lead E4 to E9: U+4000 to U+9FFF,
 * which utf8_decode takes whole): none is a blank, a digit, 。, a
 * separator or ·, so read_plain asks only whether it is 年 or starts
 * 报告 (報告). */
static inline bool ideograph_at(const uint8_t *u, const char *p, const char *e)
{
    return u[0] >= 0xE4 && u[0] <= 0xE9 && e - p >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

/* read_plain's count of a run of ideographs outside links from i, up to
 * stop (each whole before it): each is one plain character, which may be
 * 年 after a year's digits or start 报告 (報告). The run's end. */
static inline uint32_t ideograph_run(const char *s, const char *e, uint32_t i, uint32_t stop, plain_text *pt)
{
    int plain = 0;
    while (stop - i >= 3) { /* stop <= the block's end: ideograph_at's bound holds */
        const uint8_t *u = (const uint8_t *)s + i;
        uint16_t tail; /* the two bytes after the lead: continuation bytes 10xxxxxx? */
        memcpy(&tail, u + 1, 2);
        if ((uint8_t)(u[0] - 0xE4) > 0xE9 - 0xE4 || (tail & 0xC0C0) != 0x8080)
            break;
        if (u[0] == 0xE5 || u[0] == 0xE6) { /* 年 報 (E5), 报 (E6) */
            if (u[0] == 0xE5 && u[1] == 0xB9 && u[2] == 0xB4)
                pt->year = pt->year || year_before(s + i, s);
            if (word_at(s + i, e, "报告") || word_at(s + i, e, "報告"))
                pt->report = true;
        }
        plain++;
        i += 3;
    }
    pt->plain += plain;
    return i;
}

/* Four shortcuts, each giving what a walk of one character at a time,
 * asking in_link of each, gives: the link or not of a character holds up
 * to the next link's start or its own link's end (asked again only
 * there); once the first character is known, a link's characters count
 * for nothing, so the walk jumps to the link's end when a character
 * starts there; and an ideograph (most of a page's text) is not decoded,
 * a run of them outside links counted in a loop of its own. */
static void read_plain(const char *s, const char *e, uint32_t base, link_walk *w, plain_text *pt)
{
    memset(pt, 0, sizeof *pt);
    bool first = true, link = false;
    uint32_t n = (uint32_t)(e - s), change = 0; /* link holds for the bytes before change */
    for (uint32_t i = 0; i < n;) {
        if (i >= change) {
            link = in_link(w, base + i);
            /* past base + i: the link's end, else the next link's start */
            uint32_t at = link ? w->r[2 * w->k + 1] : w->k < w->n ? w->r[2 * w->k] : UINT32_MAX;
            change = at - base;
        }
        if (link && !first) {
            if (change >= n)
                break;
            if (char_start(s + change)) {
                i = change;
                continue;
            }
        }
        if (!link && !first) {
            uint32_t from = i;
            i = ideograph_run(s, e, i, change < n ? change : n, pt);
            if (i != from)
                continue;
        }
        const char *p = s + i;
        const uint8_t *u = (const uint8_t *)p;
        if (ideograph_at(u, p, e)) {
            if (first) {
                pt->first_in_link = link;
                first = false;
            }
            if (!link) {
                if (u[0] == 0xE5 && u[1] == 0xB9 && u[2] == 0xB4) /* 年 */
                    pt->year = pt->year || year_before(p, s);
                if ((u[0] == 0xE6 || u[0] == 0xE5) && (word_at(p, e, "报告") || word_at(p, e, "報告")))
                    pt->report = true;
                pt->plain++;
            }
            i += 3;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(u, (size_t)(e - p), &cp);
        if (l <= 0)
            l = 1, cp = 0xFFFD;
        bool blank = cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000 || cp == 0xA0;
        if (!blank && first) {
            pt->first_in_link = link;
            first = false;
        }
        if (!link && !blank) {
            if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
                pt->digit = true;
            if (cp == 0x5E74 /* 年 */)
                pt->year = pt->year || year_before(p, s);
            if (cp == 0x3002)
                pt->sentence = true;
            if ((word_at(p, e, "报告") || word_at(p, e, "報告")))
                pt->report = true;
            if (!crumb_sep(cp) && cp != 0xB7 /* · */)
                pt->plain++;
            else
                pt->sep = true;
        }
        i += (uint32_t)l;
    }
}

/* The block's text starts with a label of the page's place (当前位置：)? */
static const char *after_place_label(const char *s, const char *e)
{
    static const char *const labels[] = {"您现在的位置", "您当前的位置", "您的位置", "当前位置", "所在位置",
                                         "現在位置", "當前位置", NULL};
    while (s < e && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++;
    for (int k = 0; labels[k]; k++)
        if (word_at(s, e, labels[k])) {
            const char *p = s + strlen(labels[k]);
            if (word_at(p, e, "："))
                return p + 3;
            if (word_at(p, e, ":"))
                return p + 1;
            return p;
        }
    return NULL;
}

static bool starts_with_any(const char *s, const char *e, const char *const *words)
{
    while (s < e && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++;
    for (int k = 0; words[k]; k++)
        if (word_at(s, e, words[k]))
            return true;
    return false;
}

enum { NOT_CHROME = 0, CHROME_DROP, CHROME_FOOTER, CHROME_FURNITURE };

/* The lists of words judge counts in a block: the report's attachments,
 * the site's footer, the page's furniture and its field labels. */
enum { W_ATTACH, W_FOOTER, W_FURNITURE, W_FIELD };

typedef struct chrome_word {
    const char *w;
    unsigned char len, list;
} chrome_word;

#define CW(s, l) {s, sizeof(s) - 1, l}
static const chrome_word chrome_words[] = {
    CW("附件", W_ATTACH), CW(".pdf", W_ATTACH), CW(".doc", W_ATTACH), CW(".xls", W_ATTACH),
    CW(".wps", W_ATTACH), CW(".PDF", W_ATTACH), CW(".DOC", W_ATTACH),
    CW("ICP备", W_FOOTER), CW("ICP証", W_FOOTER), CW("ICP证", W_FOOTER), CW("网站标识码", W_FOOTER),
    CW("網站標識碼", W_FOOTER), CW("公网安备", W_FOOTER), CW("公網安備", W_FOOTER), CW("版权所有", W_FOOTER),
    CW("版權所有", W_FOOTER), CW("主办单位", W_FOOTER), CW("主辦單位", W_FOOTER), CW("主办：", W_FOOTER),
    CW("主辦：", W_FOOTER), CW("承办单位", W_FOOTER), CW("技术支持", W_FOOTER), CW("技術支持", W_FOOTER),
    CW("网站地图", W_FOOTER), CW("網站地圖", W_FOOTER),
    CW("浏览次数", W_FURNITURE), CW("瀏覽次數", W_FURNITURE), CW("访问次数", W_FURNITURE),
    CW("訪問次數", W_FURNITURE), CW("点击数", W_FURNITURE), CW("点击率", W_FURNITURE),
    CW("阅读次数", W_FURNITURE), CW("【字体", W_FURNITURE), CW("字体：", W_FURNITURE),
    CW("字号：", W_FURNITURE), CW("打印本页", W_FURNITURE), CW("打印此页", W_FURNITURE),
    CW("关闭窗口", W_FURNITURE), CW("關閉窗口", W_FURNITURE), CW("分享到", W_FURNITURE),
    CW("今天是", W_FURNITURE), CW("当前时间：", W_FURNITURE),
    CW("发布时间", W_FIELD), CW("发布日期", W_FIELD), CW("来源", W_FIELD), CW("信息来源", W_FIELD),
    CW("发布机构", W_FIELD), CW("成文日期", W_FIELD), CW("索引号", W_FIELD), CW("文号", W_FIELD),
    CW("作者", W_FIELD), CW("时间", W_FIELD), CW("時間", W_FIELD), CW("發佈時間", W_FIELD), CW("來源", W_FIELD),
};
#undef CW
enum { CHROME_WORDS = sizeof chrome_words / sizeof *chrome_words };
_Static_assert(CHROME_WORDS <= 64, "a bit of a uint64_t per word");

/* The key of the character at p (a word's first): its byte when ASCII;
 * a three-byte sequence's last twelve bits; else none (-1): no word
 * starts with another byte. Its length as a step in *step: 3 for a whole
 * three-byte sequence (no word starts on a continuation byte), else 1. */
static inline int char_key(const uint8_t *p, const uint8_t *e, int *step)
{
    *step = 1;
    if (*p < 0x80)
        return *p;
    if (*p < 0xE0 || *p >= 0xF0 || e - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return -1;
    *step = 3;
    return (p[1] & 63) << 6 | (p[2] & 63);
}

/* The chains of the words per key, and each list's bits (hstate). */
static void chrome_words_make(hstate *h)
{
    for (int k = CHROME_WORDS - 1; k >= 0; k--) {
        const uint8_t *w = (const uint8_t *)chrome_words[k].w;
        int step, key = char_key(w, w + chrome_words[k].len, &step);
        h->chrome_next[k] = h->chrome_head[key];
        h->chrome_head[key] = (uint8_t)(k + 1);
        h->chrome_lists[chrome_words[k].list] |= (uint64_t)1 << k;
    }
    h->chrome_words_made = true;
}

/* Which of the words [s, e) holds, a bit each (a word anywhere in the
 * block, each once): one walk of the block for the four lists, not a
 * memmem of the whole block per word (55 of them, re-read for each block
 * that holds no heading). */
static uint64_t chrome_words_in(hstate *h, const char *s, const char *e)
{
    if (!h->chrome_words_made)
        chrome_words_make(h);
    const uint8_t *p = (const uint8_t *)s, *end = (const uint8_t *)e;
    uint64_t found = 0;
    while (p < end) {
        int step, key = char_key(p, end, &step);
        for (unsigned k = key >= 0 ? h->chrome_head[key] : 0; k; k = h->chrome_next[k - 1]) {
            const chrome_word *w = &chrome_words[k - 1];
            if ((size_t)(end - p) >= w->len && memcmp(p, w->w, w->len) == 0)
                found |= (uint64_t)1 << (k - 1);
        }
        p += step;
    }
    return found;
}

/* How many words of a list the block holds (each once). */
static int list_count(const hstate *h, uint64_t found, int list)
{
    return __builtin_popcountll(found & h->chrome_lists[list]);
}

/* Does [s, e) start with a word of the list (blanks skipped)? */
static bool starts_with_list(const char *s, const char *e, int list)
{
    while (s < e && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++;
    for (int k = 0; k < CHROME_WORDS; k++)
        if (chrome_words[k].list == list && (size_t)(e - s) >= chrome_words[k].len &&
            memcmp(s, chrome_words[k].w, chrome_words[k].len) == 0)
            return true;
    return false;
}

static int judge(hstate *h, const frame *f, uint32_t s, uint32_t e)
{
    static const char *const list_marks[] = {"相关链接", "相关文章", "相关阅读", "相关信息", "相关新闻",
                                             "相关稿件", "相关文件", "推荐阅读", "延伸阅读", "上一篇",
                                             "下一篇", "相關鏈接", "相關文章", "相關閱讀", NULL};
    const char *ts = h->out.s + s, *te = h->out.s + e;
    uint32_t chars = h->flow_chars - f->cm.chars, lchars = h->link_chars - f->cm.link_chars;
    uint32_t nlinks = h->link_count - f->cm.link_count;
    /* a section heading (a table of contents, too), or the report's
     * attachments (附件1：…, a link list of the report's own) */
    if (!chars || holds_heading(ts, te))
        return NOT_CHROME;
    uint64_t found = chrome_words_in(h, ts, te);
    if (list_count(h, found, W_ATTACH))
        return NOT_CHROME;
    link_walk w = {h->links, h->nlinks, f->cm.nlinks ? f->cm.nlinks - 1 : 0};
    plain_text pt;
    read_plain(ts, te, s, &w, &pt);
    if (pt.year && pt.report) /* a title */
        return NOT_CHROME;
    bool links_most = (uint64_t)lchars * 5 >= (uint64_t)chars * 4;
    bool nav = strcmp(f->name, "nav") == 0;
    /* three links or more; two one per line or list item, or set apart
     * by separators: a menu, not a sentence of the report citing two
     * documents by link */
    bool listed = memchr(ts, '\n', (size_t)(te - ts)) != NULL || pt.sep || h->chrome_drops != f->cm.drops ||
                  strcmp(f->name, "ul") == 0 ||
                  strcmp(f->name, "ol") == 0 || strcmp(f->name, "menu") == 0 || strcmp(f->name, "dl") == 0;
    if (nlinks && (nav || (links_most && (nlinks >= 3 || (nlinks == 2 && listed) ||
                                          starts_with_any(ts, te, list_marks)))))
        return CHROME_DROP;
    /* a breadcrumb: links chained by separators, a short last crumb */
    if (nlinks && chars <= 80 && !pt.digit && !pt.sentence && pt.plain <= 24) {
        const char *from = after_place_label(ts, te);
        bool sep = false;
        for (const char *p = ts; p < te && !sep; p++)
            sep = *p == '>' || word_at(p, te, "＞") || word_at(p, te, "›") || word_at(p, te, "»");
        if (from) {
            link_walk w2 = {h->links, h->nlinks, f->cm.nlinks ? f->cm.nlinks - 1 : 0};
            plain_text rest;
            read_plain(from, te, s + (uint32_t)(from - ts), &w2, &rest);
            if (rest.first_in_link)
                return CHROME_DROP;
        } else if (sep && pt.first_in_link) {
            return CHROME_DROP;
        }
    }
    /* the site's footer, after the report's tables */
    if (f->cm.tables_done) {
        /* never a sentence of the report (五 or 六 may name 网站地图 or
         * 技术支持) nor a sign-off's date written into the footer's block */
        int marks = list_count(h, found, W_FOOTER);
        if (!pt.sentence && (marks >= 2 || (marks == 1 && chars <= 120)) && !holds_date(ts, te))
            return CHROME_FOOTER;
    }
    /* page furniture: a short line of the page's fields and buttons */
    if (chars <= 160 && !pt.sentence &&
        (list_count(h, found, W_FURNITURE) ||
         (starts_with_list(ts, te, W_FIELD) && list_count(h, found, W_FIELD) >= 2)))
        return CHROME_FURNITURE;
    return NOT_CHROME;
}

/* A class or id that names a title (html_int.h). */
bool html_title_name(const char *v, size_t len)
{
    const char *e = v + len;
    for (const char *p = v; p < e;) {
        while (p < e && (*p == ' ' || *p == '\t' || *p == '-' || *p == '_'))
            p++;
        const char *q = p;
        while (q < e && *q != ' ' && *q != '\t' && *q != '-' && *q != '_')
            q++;
        size_t n = (size_t)(q - p);
        if ((n == 3 && strncasecmp(p, "tit", 3) == 0) || (n == 2 && strncasecmp(p, "bt", 2) == 0))
            return true;
        for (const char *r = p; r + 5 <= q; r++)
            if ((*r | 0x20) == 't' && strncasecmp(r, "title", 5) == 0)
                return true;
        p = q;
    }
    return false;
}

void html_chrome_open(hstate *h, frame *f, const char *cls, const char *id)
{
    if (html_in_cell(h))
        return;
    f->cm = (chrome_mark){true,
                          (uint32_t)h->out.len,
                          h->flow_chars,
                          h->link_chars,
                          h->link_count,
                          h->tables_seen,
                          h->tables_done,
                          (uint32_t)h->nlinks,
                          (uint32_t)h->nimages,
                          (uint32_t)h->notes.count,
                          (uint32_t)h->nfurniture,
                          h->chrome_drops,
                          false};
    const char *n = f->name;
    f->cm.titled = ((n[0] | 0x20) == 'h' && n[1] >= '1' && n[1] <= '3' && !n[2]) || (cls && html_title_name(cls, strlen(cls))) ||
                   (id && html_title_name(id, strlen(id)));
}

/* Drop what the block wrote: its text, and the links, images, notes and
 * furniture that stand in it. */
static void drop_block(hstate *h, const frame *f, uint32_t cut)
{
    textbuf *t = &h->out;
    t->len = cut;
    if (t->s)
        t->s[cut] = 0;
    while (t->nruns && t->runs[t->nruns - 1].text > cut)
        t->nruns--;
    h->nlinks = f->cm.nlinks;
    /* a link before the block merged with the block's first one */
    if (h->nlinks && h->links[2 * h->nlinks - 1] > cut) {
        h->links[2 * h->nlinks - 1] = cut;
        if (h->links[2 * h->nlinks - 2] >= cut)
            h->nlinks--;
    }
    if (h->link_at > (int64_t)cut)
        h->link_at = cut;
    h->nimages = f->cm.nimages;
    h->notes.count = (int)f->cm.nnotes;
    h->nfurniture = f->cm.nfurniture;
    while (h->nown && h->own[2 * h->nown - 1] > cut) /* its own links */
        h->nown--;
    while (h->notitle && h->otitle[2 * h->notitle - 1] > cut)
        h->notitle--;
    if (h->footer_at > cut) /* a block around the footer dropped too */
        h->footer_at = 0;
    h->chrome_drops++;
    h->pend_line = true;
    h->pend_space = false;
    h->pend_mark = false;
    h->last_cp = 0;
}

static void note_furniture(hstate *h, uint32_t s, uint32_t e)
{
    /* a block inside it noted before: the larger one stands for both */
    while (h->nfurniture && h->furniture[2 * h->nfurniture - 2] >= s)
        h->nfurniture--;
    if (!vec_reserve(&h->furniture, 2 * h->nfurniture + 1, &h->capfurniture, sizeof *h->furniture)) {
        h->out.failed = true;
        return;
    }
    h->furniture[2 * h->nfurniture] = s;
    h->furniture[2 * h->nfurniture + 1] = e;
    h->nfurniture++;
}

/* Note the link [ls, le) as the page's own text (kept in order: an outer
 * block may own a link before one an inner block owned). */
static void own_link(hstate *h, uint32_t ls, uint32_t le)
{
    size_t k = h->nown;
    while (k && h->own[2 * k - 2] >= ls) {
        if (h->own[2 * k - 2] == ls)
            return; /* owned already */
        k--;
    }
    if (!vec_reserve(&h->own, 2 * h->nown + 1, &h->capown, sizeof *h->own)) {
        h->out.failed = true;
        return;
    }
    memmove(h->own + 2 * k + 2, h->own + 2 * k, 2 * (h->nown - k) * sizeof *h->own);
    h->own[2 * k] = ls;
    h->own[2 * k + 1] = le;
    h->nown++;
}

/* Cut link k in two at offset at (the last link). */
static bool split_link(hstate *h, size_t k, uint32_t at)
{
    if (!vec_reserve(&h->links, 2 * h->nlinks + 1, &h->caplinks, sizeof *h->links)) {
        h->out.failed = true;
        return false;
    }
    h->links[2 * k + 2] = at;
    h->links[2 * k + 3] = h->links[2 * k + 1];
    h->links[2 * k + 1] = at;
    h->nlinks++;
    return true;
}

/* A heading that is one link: a candidate for the page's title. */
static void title_link(hstate *h, uint32_t ls, uint32_t le)
{
    if (h->notitle && h->otitle[2 * h->notitle - 2] == ls)
        return; /* a title class around an h1: the same link */
    if (!vec_reserve(&h->otitle, 2 * h->notitle + 1, &h->capotitle, sizeof *h->otitle)) {
        h->out.failed = true;
        return;
    }
    h->otitle[2 * h->notitle] = ls;
    h->otitle[2 * h->notitle + 1] = le;
    h->notitle++;
}

static bool blank_cp(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0; }

/* The character before p in [s, p), blanks skipped, on p's line: its code
 * point and offset; 0 when none. */
static uint32_t cp_before(const char *s, const char *p, const char **at)
{
    while (p > s) {
        const char *q = p - 1;
        while (q > s && ((uint8_t)*q & 0xC0) == 0x80)
            q--;
        uint32_t cp;
        if (utf8_decode((const uint8_t *)q, (size_t)(p - q), &cp) <= 0)
            return 0;
        if (cp == '\n')
            return 0;
        if (!blank_cp(cp)) {
            *at = q;
            return cp;
        }
        p = q;
    }
    return 0;
}

/* The character at or after p in [p, e), blanks skipped, on p's line. */
static uint32_t cp_after(const char *p, const char *e, const char **at)
{
    while (p < e) {
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)p, (size_t)(e - p), &cp);
        if (l <= 0 || cp == '\n')
            return 0;
        if (!blank_cp(cp)) {
            *at = p;
            return cp;
        }
        p += l;
    }
    return 0;
}

/* A sentence's own characters on each side of a link inside it: a Han
 * character before (由, 是, 和), a Han character or a clause's mark after.
 * A bullet, a number, a date, a separator or a field's colon beside a
 * link is a list's or a menu's (◆<a>…</a>2023-01-10, 1、<a>…</a>). */
static bool han_cp(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

static bool clause_cp(uint32_t cp)
{
    return cp == 0xFF0C /* ， */ || cp == 0x3002 /* 。 */ || cp == 0x3001 /* 、 */ || cp == 0xFF1B /* ； */;
}

/* A block of the page's own (no chrome) closes: its links that are its
 * text, not another page's name.
 * - A heading (h1 h2 h3, a title class or id) whose whole text is one
 *   link holding 报告 (報告) is the page's title, unless it stands in a
 *   list (li, ul, ol, dl, menu, nav): among other links, the name of
 *   another report.
 * - A link inside a sentence, text on both sides of it on its line (no
 *   separator of links, no field's colon, no other link next to it), is
 *   prose: 本报告由<a>某局</a>根据…; a block that is all links is not. */
static void own_links(hstate *h, const frame *f, uint32_t ts, uint32_t e)
{
    const char *s = h->out.s;
    size_t first = f->cm.nlinks ? f->cm.nlinks - 1 : 0;
    uint32_t te = e;
    while (te > ts && (s[te - 1] == ' ' || s[te - 1] == '\n' || s[te - 1] == '\t'))
        te--;
    if (f->cm.titled) {
        size_t k = first;
        while (k < h->nlinks && h->links[2 * k + 1] <= ts)
            k++;
        bool listed = false;
        for (size_t d = 0; d < h->depth && !listed; d++) {
            const char *n = h->stack[d].name;
            listed = strcasecmp(n, "li") == 0 || strcasecmp(n, "ul") == 0 || strcasecmp(n, "ol") == 0 ||
                     strcasecmp(n, "dl") == 0 || strcasecmp(n, "menu") == 0 || strcasecmp(n, "nav") == 0;
        }
        if (!listed && k + 1 == h->nlinks && h->links[2 * k] <= ts && h->links[2 * k + 1] >= te &&
            (memmem(s + ts, te - ts, "报告", 6) || memmem(s + ts, te - ts, "報告", 6))) {
            /* a link before the block ran on into it (link_close joins
             * a link to one ending where it starts): the block's part */
            if (h->links[2 * k] < f->cm.out && !split_link(h, k, f->cm.out))
                return;
            k = h->nlinks - 1;
            title_link(h, h->links[2 * k], h->links[2 * k + 1]);
            return;
        }
    }
    for (size_t k = first; k < h->nlinks; k++) {
        uint32_t ls = h->links[2 * k], le = h->links[2 * k + 1];
        if (ls < ts || le > e)
            continue;
        const char *b = NULL, *a = NULL;
        uint32_t cb = cp_before(s + ts, s + ls, &b), ca = cp_after(s + le, s + e, &a);
        if (!han_cp(cb) || !(han_cp(ca) || clause_cp(ca)))
            continue;
        /* its neighbours are no links' */
        if (k > 0 && h->links[2 * k - 1] > (uint32_t)(b - s))
            continue;
        if (k + 1 < h->nlinks && h->links[2 * k + 2] <= (uint32_t)(a - s))
            continue;
        own_link(h, ls, le);
    }
}

void html_chrome_close(hstate *h, const frame *f)
{
    if (!f->cm.on || html_in_cell(h) || h->tables_seen != f->cm.tables || h->out.failed)
        return;
    if (strcmp(f->name, "body") == 0 || strcmp(f->name, "html") == 0)
        return;
    uint32_t s = f->cm.out, e = (uint32_t)h->out.len;
    if (s > e)
        s = e;
    /* the line break owed before the block, written with its first
     * character, is no part of its text */
    uint32_t ts = s;
    while (ts < e && (h->out.s[ts] == '\n' || h->out.s[ts] == ' '))
        ts++;
    if (ts >= e)
        return;
    switch (judge(h, f, ts, e)) {
    case CHROME_DROP: drop_block(h, f, s); break;
    case CHROME_FOOTER: drop_block(h, f, s), h->footer_at = s; break;
    case CHROME_FURNITURE: note_furniture(h, ts, e); break;
    default:
        if (h->nlinks && h->link_count != f->cm.link_count)
            own_links(h, f, ts, e);
        else if (f->cm.titled && (memmem(h->out.s + ts, e - ts, "报告", 6) || memmem(h->out.s + ts, e - ts, "報告", 6)))
            h->plain_title = true;
        break;
    }
}

/* Which heading that is one link is the page's title: none when a heading
 * of plain text holds 报告 (a sidebar's linked report beside it names
 * another page); else the one whose text the page's <title> holds, when
 * one alone does, even when it is the only candidate (a sidebar's or a
 * related list's linked heading of another agency or year, outside any
 * list, is as likely as the report's own: only the page's <title> tells
 * them apart); else none. -1: none. */
static long page_title_link(const hstate *h)
{
    if (h->plain_title || !h->notitle)
        return -1;
    long pick = -1;
    for (size_t k = 0; k < h->notitle; k++) {
        uint32_t ls = h->otitle[2 * k], le = h->otitle[2 * k + 1];
        while (ls < le && (h->out.s[ls] == ' ' || h->out.s[ls] == '\n'))
            ls++;
        while (le > ls && (h->out.s[le - 1] == ' ' || h->out.s[le - 1] == '\n'))
            le--;
        if (le > ls && h->title.len && memmem(h->title.s, h->title.len, h->out.s + ls, le - ls)) {
            if (pick >= 0)
                return -1;
            pick = (long)k;
        }
    }
    return pick;
}

void html_chrome_finish(hstate *h)
{
    size_t n = 0, k = 0;
    long t = page_title_link(h);
    for (size_t i = 0; i < h->nlinks; i++) {
        uint32_t ls = h->links[2 * i], le = h->links[2 * i + 1];
        while (k < h->nown && h->own[2 * k + 1] <= ls)
            k++;
        if (k < h->nown && h->own[2 * k] == ls && h->own[2 * k + 1] == le)
            continue;
        if (t >= 0 && h->otitle[2 * t] == ls && h->otitle[2 * t + 1] == le)
            continue;
        h->links[2 * n] = ls;
        h->links[2 * n + 1] = le;
        n++;
    }
    h->nlinks = n;
}
