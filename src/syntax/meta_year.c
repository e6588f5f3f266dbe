/* The reporting year when the title does not give it: it follows
 * 统计期限 / 统计周期 / 统计时间 / 统计区间 …, or is the first 20xx年 of the
 * preamble or of section 一 outside a document's name in 《》 (2023 年 with
 * blanks between too).
 * Agency and date: meta_report.c. */
#include <string.h>

#include "doc.h"
#include "meta.h"
#include "numerals.h"
#include "utf8.h"

/* First year 19xx/20xx in [s,e); its span in *at. */
static int find_year(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at)
{
    uint32_t i = s;
    while (i < e) {
        uint32_t j = i, v = 0;
        int nd = 0;
        uint32_t cp;
        while (j < e) {
            int l = utf8_decode(src + j, e - j, &cp);
            int d = l ? numeral_digit(cp) : -1;
            if (d == 10)
                d = -1; /* 十 is no digit of a year */
            if (d < 0)
                break;
            v = v * 10 + (uint32_t)d;
            nd++;
            j += (uint32_t)l;
        }
        if (nd == 4 && v >= 1990 && v <= 2100) {
            if (at) {
                at->start = i;
                at->end = j;
            }
            return (int)v;
        }
        if (nd) {
            i = j;
            continue;
        }
        int l = utf8_decode(src + i, e - i, &cp);
        i += l ? (uint32_t)l : 1;
    }
    return 0;
}

/* The first occurrence of needle in [s, e), else e: memchr for its last
 * byte (a continuation byte, one in dozens of CJK text's), then the bytes
 * before it compared (the preamble is scanned once per key). */
static uint32_t find_utf8(const uint8_t *src, uint32_t s, uint32_t e, const char *needle)
{
    size_t n = strlen(needle);
    if (e <= s || e - s < n)
        return e;
    uint8_t last = (uint8_t)needle[n - 1];
    for (const uint8_t *q = src + s + n - 1, *end = src + e; q < end; q++) {
        q = memchr(q, last, (size_t)(end - q));
        if (!q)
            break;
        if (memcmp(q - (n - 1), needle, n - 1) == 0)
            return (uint32_t)(q - (n - 1) - src);
    }
    return e;
}

int meta_year_of_period(const xxgk_doc *doc, uint32_t s, uint32_t e, xxgk_span *at)
{
    const uint8_t *src = doc->src;
    static const char *const keys[] = {"统计期限", "統計期限", "统计时限", "統計時限", "统计期",
                                       "統計期", "统计周期", "統計週期", "统计时间", "統計時間",
                                       "统计区间", "統計區間", NULL};
    for (int k = 0; keys[k]; k++) {
        uint32_t key = find_utf8(src, s, e, keys[k]);
        if (key < e && !(doc->nlinks && doc_in_link(doc, key))) {
            uint32_t lim = key + 64 < e ? key + 64 : e;
            int y = find_year(src, key, lim, at);
            if (y)
                return y;
        }
    }
    return 0;
}

/* The first byte at or after i in [i, e) that is no blank of a line
 * (space, tab, U+3000): a PDF's text spaces 2023 年 as it spaces a name. */
static uint32_t after_blanks(const uint8_t *src, uint32_t i, uint32_t e)
{
    for (;;) {
        if (i < e && (src[i] == ' ' || src[i] == '\t'))
            i++;
        else if (i + 3 <= e && memcmp(src + i, "\xE3\x80\x80", 3) == 0)
            i += 3;
        else
            return i;
    }
}

/* A number of one or two digits at *i in [*i, e) followed by the
 * character word (月, 日): its value, *i after the word; else -1. */
static int small_then(const uint8_t *src, uint32_t *i, uint32_t e, const char *word)
{
    uint32_t j = after_blanks(src, *i, e), cp;
    int v = 0, nd = 0;
    while (j < e && nd < 3) {
        int l = utf8_decode(src + j, e - j, &cp);
        int d = l ? numeral_digit(cp) : -1;
        if (d < 0 || d > 9)
            break;
        v = v * 10 + d;
        nd++;
        j += (uint32_t)l;
    }
    j = after_blanks(src, j, e);
    size_t n = strlen(word);
    if (nd < 1 || nd > 2 || j + n > e || memcmp(src + j, word, n) != 0)
        return -1;
    *i = j + (uint32_t)n;
    return v;
}

/* At i an ASCII gloss in brackets, a reading glued to a character by a
 * damaged copy (统(tǒng)计(jì), 起(qǐ)): the byte after it, else i. */
static uint32_t after_gloss(const uint8_t *src, uint32_t i, uint32_t e)
{
    if (i >= e || src[i] != '(')
        return i;
    for (uint32_t j = i + 1; j < e && j < i + 16; j++) {
        if (src[j] == ')')
            return j + 1;
        if (src[j] == '\n' || src[j] == '(' || (src[j] >= '0' && src[j] <= '9'))
            return i;
    }
    return i;
}

/* Does a period's second end follow at i (至, 到, 一, ～, -)? Then the
 * date opens the statistics period, whose year is the report's. The
 * period's own 起 may stand between (2023年1月1日起至…, 起到, 起—), and
 * blanks and a damaged copy's glosses around it. */
static bool opens_period(const uint8_t *src, uint32_t i, uint32_t e)
{
    i = after_blanks(src, after_gloss(src, after_blanks(src, i, e), e), e);
    if (i + 3 <= e && memcmp(src + i, "起", 3) == 0)
        i = after_blanks(src, after_gloss(src, i + 3, e), e);
    static const char *const to[] = {"至", "到", "—", "－", "～", "~", "-", NULL};
    for (int k = 0; to[k]; k++) {
        size_t n = strlen(to[k]);
        if (i + n <= e && memcmp(src + i, to[k], n) == 0)
            return true;
    }
    return false;
}

/* After the 年 of a year at n (the byte of 年): a day's date (M月D日,
 * not opening a period)? Its month and day in *m, *d, its end in *end. */
static bool day_date(const uint8_t *src, uint32_t n, uint32_t e, int *m, int *d, uint32_t *end)
{
    uint32_t i = n + 3;
    *m = small_then(src, &i, e, "月");
    if (*m < 1 || *m > 12)
        return false;
    *d = small_then(src, &i, e, "日");
    if (*d < 1 || *d > 31)
        *d = small_then(src, &i, e, "号");
    if (*d < 1 || *d > 31 || opens_period(src, i, e))
        return false;
    *end = i;
    return true;
}

/* The byte after the date whose 年 is at n: its 月 and 日 (号) when they
 * follow, else the byte after 年. */
static uint32_t date_end(const uint8_t *src, uint32_t n, uint32_t e)
{
    uint32_t i = n + 3;
    int m = small_then(src, &i, e, "月");
    if (m < 1 || m > 12)
        return n + 3;
    uint32_t j = i;
    int d = small_then(src, &j, e, "日");
    if (d < 1 || d > 31) {
        j = i;
        d = small_then(src, &j, e, "号");
    }
    return d >= 1 && d <= 31 ? j : i;
}

/* The length of the UTF-8 word at i when it is one of words, else 0. */
static uint32_t word_in(const uint8_t *src, uint32_t i, uint32_t e, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (i + n <= e && memcmp(src + i, words[k], n) == 0)
            return (uint32_t)n;
    }
    return 0;
}

/* A law's making, as a date before or after the law's name says it: the
 * date is the law's (修订, 颁布 …), not the report's. 印发 and 发布 are not
 * among them: a report writes its own year's documents so (2023年印发《…》). */
static const char *const law_verbs[] = {"修订", "修訂", "修正", "修改", "颁布", "頒布", "頒佈", "公布", "公佈",
                                        "施行", "实施", "實施", "通过", "通過", "生效", NULL};

/* After a date, at i: 起, 正式, 新 and a law's verbs, joined by 、 并 and
 * further dates (2007年4月5日公布、2019年4月3日修订); true when at least
 * one verb is read, and *i is past them. */
static bool law_verbs_at(const uint8_t *src, uint32_t *i, uint32_t e)
{
    static const char *const glue[] = {"起", "正式", "新", "并", "並", "、", "和", "及", "国务院", "國務院", NULL};
    uint32_t j = *i;
    bool verb = false;
    for (;;) {
        j = after_blanks(src, j, e);
        uint32_t l = word_in(src, j, e, law_verbs);
        if (l) {
            verb = true;
            j += l;
            continue;
        }
        /* the decree that made it: 国务院令第711号 */
        static const char *const decree[] = {"国务院令第", "國務院令第", NULL};
        if ((l = word_in(src, j, e, decree)) != 0) {
            uint32_t k = j + l;
            while (k < e && src[k] >= '0' && src[k] <= '9')
                k++;
            static const char *const hao[] = {"号", "號", NULL};
            uint32_t h = k > j + l ? word_in(src, k, e, hao) : 0;
            if (h) {
                j = k + h;
                continue;
            }
        }
        if ((l = word_in(src, j, e, glue)) != 0) {
            j += l;
            continue;
        }
        xxgk_span ys;
        uint32_t lim = j + 16 < e ? j + 16 : e;
        if (verb && find_year(src, j, lim, &ys) && ys.start == j) {
            uint32_t n = after_blanks(src, ys.end, e);
            if (n + 3 <= e && memcmp(src + n, "年", 3) == 0) {
                j = date_end(src, n, e);
                continue;
            }
        }
        break;
    }
    *i = j;
    return verb;
}

/* At i a regulation's name printed without 《》: CJK characters up to
 * 条例 (條例) within twenty (政府信息公开条例). */
static bool regulation_after(const uint8_t *src, uint32_t i, uint32_t e)
{
    uint32_t cp;
    for (int n = 0; n < 20 && i < e; n++) {
        if (i + 6 <= e && (memcmp(src + i, "条例", 6) == 0 || memcmp(src + i, "條例", 6) == 0))
            return n > 0;
        int l = utf8_decode(src + i, e - i, &cp);
        if (!l || !(cp >= 0x4E00 && cp <= 0x9FFF))
            return false;
        i += (uint32_t)l;
    }
    return false;
}

/* Is the date at [ds, de) a law's, not the report's year? Its making
 * before the law's name (根据2019年4月3日修订的《中华人民共和国政府信息
 * 公开条例》, 2019年5月15日起施行的新修订《条例》: a law's verb, then 的
 * and 新 may stand, then 《), or after it (《条例》（2019年4月3日修订）,
 * 《条例》于2019年5月15日起施行: the date right after 》 or 》（, or after
 * 》于 / 》自, then a law's verb). */
static bool law_date(const uint8_t *src, uint32_t s, uint32_t ds, uint32_t de, uint32_t e)
{
    uint32_t i = de;
    if (law_verbs_at(src, &i, e)) {
        static const char *const de_[] = {"的", "之", NULL}, *const xin[] = {"新修订", "新修訂", "新", NULL};
        i = after_blanks(src, i, e);
        i += word_in(src, i, e, de_);
        i = after_blanks(src, i, e);
        i += word_in(src, i, e, xin);
        if (i + 3 <= e && memcmp(src + i, "《", 3) == 0)
            return true;
        if (regulation_after(src, i, e))
            return true;
    }
    /* after the name: 》, then （ ( 于 自 在 (one of them) right before */
    uint32_t b = ds;
    bool bracket = false;
    static const char *const before[] = {"（", "(", "于", "於", "自", "在", NULL};
    for (int k = 0; before[k]; k++) {
        uint32_t n = (uint32_t)strlen(before[k]);
        if (b >= s + n && memcmp(src + b - n, before[k], n) == 0) {
            b -= n;
            bracket = k < 2;
            break;
        }
    }
    if (!(b >= s + 3 && memcmp(src + b - 3, "》", 3) == 0))
        return false;
    i = de;
    return bracket || law_verbs_at(src, &i, e);
}

/* At i a field's label of a page's chrome: one to eight CJK characters
 * then ： or : (来源： 作者： 信息来源： 浏览次数： 點擊數：), or 【 (【字体：大
 * 中 小】), or a clock's time (10:30). */
static bool chrome_field_at(const uint8_t *src, uint32_t i, uint32_t e)
{
    if (i + 3 <= e && memcmp(src + i, "【", 3) == 0)
        return true;
    uint32_t j = i, cp;
    int n = 0;
    while (j < e && n <= 8) {
        int l = utf8_decode(src + j, e - j, &cp);
        if (!l || !(cp >= 0x4E00 && cp <= 0x9FFF))
            break;
        j += (uint32_t)l;
        n++;
    }
    if (n >= 1 && n <= 8 && ((j < e && src[j] == ':') || (j + 3 <= e && memcmp(src + j, "：", 3) == 0)))
        return true;
    /* a time of the day: H:MM or HH:MM */
    int d = 0;
    for (j = i; j < e && src[j] >= '0' && src[j] <= '9'; j++)
        d++;
    return d >= 1 && d <= 2 && j + 2 < e && src[j] == ':' && src[j + 1] >= '0' && src[j + 1] <= '5' &&
           src[j + 2] >= '0' && src[j + 2] <= '9';
}

/* Does the line from ls to p hold a field's label before p (来源：…)? */
static bool field_before(const uint8_t *src, uint32_t ls, uint32_t p)
{
    for (uint32_t k = ls; k < p; k++)
        if ((src[k] == ':' || (k + 3 <= p && memcmp(src + k, "：", 3) == 0)) && k > ls)
            return true;
    return false;
}

/* The day's date [ds, de) on a line of a page's chrome under the title:
 * the date, blanks, then a field or a time (2024年2月1日  来源：青禾县人民
 * 政府, 2024年01月19日 10:30, 2024年3月5日　点击数：56), or a field, blanks,
 * then the date at the line's end or before another field (来源：青禾县
 * 人民政府  2024年2月1日). A date a word governs (截至 2023年12月31日, 自,
 * 于) is prose, no stamp. */
static bool stamp_line(const uint8_t *src, uint32_t ls, uint32_t ds, uint32_t de, uint32_t e)
{
    uint32_t j = after_blanks(src, de, e);
    if (j > de && j < e && src[j] >= '0' && src[j] <= '9' && chrome_field_at(src, j, e))
        return true; /* a time of the day after it: a stamp wherever it stands (原创 青禾发布 2024年01月25日 17:42) */
    bool after_field = j > de && j < e && chrome_field_at(src, j, e);
    bool at_end = j >= e || src[j] == '\n' || src[j] == '\r';
    uint32_t b = ds;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    while (b >= ls + 3 && memcmp(src + b - 3, "\xE3\x80\x80", 3) == 0)
        b -= 3;
    if (b == ls)
        return after_field; /* the date first on its line */
    if (b == ds || !field_before(src, ls, b))
        return false;
    static const char *const governs[] = {"至", "止", "自", "于", "從", "从", "在", "截", NULL};
    for (int k = 0; governs[k]; k++) {
        uint32_t n = (uint32_t)strlen(governs[k]);
        if (b >= ls + n && memcmp(src + b - n, governs[k], n) == 0)
            return false;
    }
    return at_end || after_field;
}

/* Is [ds, de) a publishing date? Only after a 发布日期 / 发布时间 field's
 * label on its line, or, in the preamble (under_title), standing alone on
 * its line, bracketed or not (（2024年1月15日）). A day's date elsewhere
 * (2023年3月15日，本机关召开…, 于2023年1月12日印发) is a day of the
 * reported year, which it gives. */
static bool published_date(const uint8_t *src, uint32_t s, uint32_t ds, uint32_t de, uint32_t e, bool under_title)
{
    uint32_t ls = ds;
    while (ls > s && src[ls - 1] != '\n')
        ls--;
    static const char *const labels[] = {"发布日期", "发布时间", "發佈日期", "發佈時間", "發布日期", "發布時間", NULL};
    for (int k = 0; labels[k]; k++) {
        uint32_t at = find_utf8(src, ls, ds, labels[k]);
        if (at < ds)
            return true;
    }
    if (!under_title)
        return false;
    if (stamp_line(src, ls, ds, de, e))
        return true;
    static const char *const open[] = {"（", "(", "【", "[", NULL}, *const close[] = {"）", ")", "】", "]", NULL};
    uint32_t i = after_blanks(src, ls, ds);
    for (int k = 0; open[k]; k++)
        if (i + strlen(open[k]) <= ds && memcmp(src + i, open[k], strlen(open[k])) == 0)
            i = after_blanks(src, i + (uint32_t)strlen(open[k]), ds);
    if (i != ds)
        return false;
    uint32_t j = after_blanks(src, de, e);
    for (int k = 0; close[k]; k++)
        if (j + strlen(close[k]) <= e && memcmp(src + j, close[k], strlen(close[k])) == 0)
            j = after_blanks(src, j + (uint32_t)strlen(close[k]), e);
    return j >= e || src[j] == '\n' || src[j] == '\r';
}

void meta_year_from_text(xxgk_doc *doc, xxgk_report *r, uint32_t s, uint32_t e, int source, meta_dated *dated)
{
    const uint8_t *src = doc->src;
    xxgk_span ps;
    int py = meta_year_of_period(doc, s, e, &ps);
    if (py) {
        r->year = py;
        r->year_span = ps;
        r->year_source = source;
        return;
    }
    /* the first "20xx年" that is not part of a document name (《…》) */
    uint32_t i = s;
    int depth = 0;
    while (i < e) {
        if (i + 3 <= e && memcmp(src + i, "《", 3) == 0)
            depth++;
        else if (i + 3 <= e && memcmp(src + i, "》", 3) == 0 && depth > 0)
            depth--;
        if (!depth) {
            xxgk_span ys;
            uint32_t lim = i + 16 < e ? i + 16 : e;
            int y = find_year(src, i, lim, &ys);
            /* a link's text names another page (a sidebar's report of
             * another year): no year of this one */
            uint32_t n = y ? after_blanks(src, ys.end, e) : e;
            int mo, dd;
            uint32_t de;
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                !(doc->nlinks && doc_in_link(doc, i)) && dated && day_date(src, n, e, &mo, &dd, &de) &&
                published_date(src, s, ys.start, de, e, source == XXGK_FROM_PREAMBLE)) {
                if (!dated->year)
                    *dated = (meta_dated){y, mo, dd, {ys.start, de}, source};
                i = de;
                continue;
            }
            /* a law's date (根据2019年4月3日修订的《…条例》) is no year
             * of the report's */
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                law_date(src, s, i, date_end(src, n, e), e)) {
                i = date_end(src, n, e);
                continue;
            }
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                !(doc->nlinks && doc_in_link(doc, i))) {
                r->year = y;
                r->year_span = ys;
                r->year_source = source;
                return;
            }
        }
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        i += l ? (uint32_t)l : 1;
    }
}

