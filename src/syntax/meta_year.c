/* The reporting year when the title does not give it: it follows
 * 统计期限 / 统计周期 / 统计时间 / 统计区间 …, or is the first 20xx年 of the
 * preamble or of section 一 outside a document's name in 《》 (2023 年 with
 * blanks between too).
 * Agency and date: meta_report.c. */
#include <string.h>

#include "doc.h"
#include "filter_text.h"
#include "meta.h"
#include "numerals.h"
#include "utf8.h"

/* The cite verbs: a law or a document cited as the ground of what
 * follows (cited_before); cite_verb_far's look back takes 落实 too. The
 * one list of them; meta_cite_lead (meta.h) is the switch on their first
 * code points that cite_verb_far asks before the words (test_meta checks
 * it against these lists). */
#define CITE_VERBS "根据", "根據", "依据", "依據", "按照", "依照", "遵照", "贯彻", "貫徹"
const char *const meta_cite_verbs[] = {CITE_VERBS, NULL};
const char *const meta_cite_verbs_far[] = {CITE_VERBS, "落实", "落實", NULL};

/* First year 19xx/20xx in [s,e); its span in *at. Each character is
 * decoded once: one that is no digit at i is stepped over by the length
 * the run's loop found (0, not UTF-8: a byte), and numeral_digit is asked
 * only of a code point numeral_may_digit lets through. */
static int find_year(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at)
{
    uint32_t i = s;
    while (i < e) {
        uint32_t j = i, v = 0;
        int nd = 0, l = 0;
        uint32_t cp;
        while (j < e) {
            l = utf8_decode(src + j, e - j, &cp);
            int d = l && numeral_may_digit(cp) ? numeral_digit(cp) : -1;
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
        /* j == i < e: the loop decoded the character at i and broke */
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

/* The first 现将 in [s, e) in either script or a mix of the two (现将,
 * 現將, 现將, 現将: a copy run through a converter changes one character
 * of a word and not the other), else e. One pass: memchr for B0, the
 * middle byte of 将 and 將 (E5 B0 86, E5 B0 87), then the three bytes
 * before it for 现 or 現 (E7 8E B0, E7 8F BE). */
uint32_t meta_find_now(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (e < s || e - s < 6)
        return e;
    for (const uint8_t *q = src + s + 4; q + 2 <= src + e && (q = memchr(q, 0xB0, (size_t)(src + e - q))) != NULL; q++)
        if (q + 2 <= src + e && q[-1] == 0xE5 && (q[1] == 0x86 || q[1] == 0x87) && q[-4] == 0xE7 &&
            ((q[-3] == 0x8E && q[-2] == 0xB0) || (q[-3] == 0x8F && q[-2] == 0xBE)))
            return (uint32_t)(q - 4 - src);
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

/* The first byte after the blanks (space, tab, U+3000) that end [s, i):
 * after_blanks read backwards (主动公开 600条). */
static uint32_t before_blanks(const uint8_t *src, uint32_t s, uint32_t i)
{
    for (;;) {
        if (i > s && (src[i - 1] == ' ' || src[i - 1] == '\t'))
            i--;
        else if (i >= s + 3 && memcmp(src + i - 3, "\xE3\x80\x80", 3) == 0)
            i -= 3;
        else
            return i;
    }
}

/* after_blanks, and line breaks too (a PDF's line inside a phrase). */
static uint32_t after_breaks(const uint8_t *src, uint32_t i, uint32_t e)
{
    for (;;) {
        i = after_blanks(src, i, e);
        if (i < e && (src[i] == '\n' || src[i] == '\r'))
            i++;
        else
            return i;
    }
}

/* A number of one or two digits at *i in [*i, e) followed by the
 * character word (月, 日): its value, *i after the word; else -1. */
static int small_then(const uint8_t *src, uint32_t *i, uint32_t e, const char *word)
{
    uint32_t j = after_blanks(src, *i, e), cp;
    int v = 0, nd = 0, tens = -1; /* tens: the value before 十 (一月十五日, 三十日) */
    while (j < e && nd < 3) {
        int l = utf8_decode(src + j, e - j, &cp);
        int d = l ? numeral_digit(cp) : -1;
        if (d == 10 && tens < 0 && nd <= 1)
            tens = nd ? v : 1, v = 0, nd = 0;
        else if (d < 0 || d > 9)
            break;
        else
            v = v * 10 + d, nd++;
        j += (uint32_t)l;
    }
    if (tens >= 0) /* 十 = 10, 十五 = 15, 二十 = 20, 三十一 = 31 */
        v = nd <= 1 ? tens * 10 + v : -1, nd = v < 0 ? 0 : 1;
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

/* Does src at i begin with one of words? Its length, else 0. */
static uint32_t starts_with_any(const uint8_t *src, uint32_t i, uint32_t e, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (i + n <= e && memcmp(src + i, words[k], n) == 0)
            return (uint32_t)n;
    }
    return 0;
}

/* A clock time at *i (9:30, 09:30:15, 9：30): *i after it and true. */
static bool clock_at(const uint8_t *src, uint32_t *i, uint32_t e)
{
    uint32_t j = *i;
    int nd = 0;
    while (j < e && src[j] >= '0' && src[j] <= '9' && nd < 3)
        j++, nd++;
    if (nd < 1 || nd > 2)
        return false;
    static const char *const colon[] = {":", "：", NULL};
    for (int part = 0; part < 2; part++) {
        uint32_t c = starts_with_any(src, j, e, colon);
        if (!c || j + c + 2 > e || !(src[j + c] >= '0' && src[j + c] <= '9') ||
            !(src[j + c + 1] >= '0' && src[j + c + 1] <= '9'))
            break;
        j += c + 2;
        nd = -1;
    }
    if (nd != -1)
        return false;
    *i = j;
    return true;
}

/* A page's field label at i (来源：, 点击数：, 作者:, 【打印】): a stamp's
 * own words, which no sentence of a report begins with. The label may
 * carry a word before its colon (点击数, 浏览量, 信息来源). */
static bool page_field_at(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const open[] = {"【", "[", NULL};
    if (starts_with_any(src, i, e, open))
        return true;
    static const char *const label[] = {"来源", "來源", "信息来源", "信息來源", "文章来源", "文章來源", "作者", "点击", "點擊",
                                        "浏览", "瀏覽", "阅读", "閱讀", "访问", "訪問", "字号", "字號", "编辑", "編輯",
                                        "责任编辑", "責任編輯", "发布机构", "發布機構", "发布单位", "發布單位", "更新", NULL};
    static const char *const colon[] = {"：", ":", NULL};
    uint32_t n = starts_with_any(src, i, e, label);
    if (!n)
        return false;
    uint32_t j = i + n, cp;
    for (int k = 0; k < 3 && j < e; k++) {
        if (starts_with_any(src, j, e, colon))
            return true;
        int l = utf8_decode(src + j, e - j, &cp);
        if (!l || src[j] == '\n')
            return false;
        j += (uint32_t)l;
    }
    return false;
}

/* Does [i, e) hold a word of a sentence (于, 在, 自, 至, 起, 开, 召, 会, 议,
 * 举, 将, 到)? An account's name (原创 青禾发布) or a place (江苏) beside a
 * stamp's clock holds none; 本局于 … 9:30 召开 does. */
static bool verb_like(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const verb[] = {"于", "於", "在", "自", "从", "從", "至", "起", "止", "截", "开", "開",
                                       "召", "会", "會", "议", "議", "举", "舉", "将", "將", "到", NULL};
    for (; i < e; i++)
        if (starts_with_any(src, i, e, verb))
            return true;
    return false;
}

/* Is the line [ls, le) around the date [ds, de) a page's stamp under the
 * title (2024年2月1日  来源：青禾县人民政府; 来源：… 2024年2月1日; a WeChat
 * account's 青禾发布 2024年02月01日 09:30)? Short, no sentence's punctuation,
 * and besides the date only page fields, a clock time, and before a clock's
 * date an account's name: a body sentence with a clock time (2023年3月15日
 * 9:30，本机关召开…) is none. */
/* The longest account name before a stamp's date, in bytes: an agency's
 * full name and its account's (青禾县教育局微信公众号 青禾教育, 30 characters). */
enum { ACCOUNT_MAX = 96 };

static bool stamp_line(const uint8_t *src, uint32_t ls, uint32_t ds, uint32_t de, uint32_t e)
{
    uint32_t le = de;
    while (le < e && src[le] != '\n' && src[le] != '\r' && le - ls <= 180) /* bounded: dates chain on a line */
        le++;
    if (le - ls > 180)
        return false;
    static const char *const stop[] = {"，", "。", "；", ",", ";", "、", NULL};
    for (uint32_t i = ls, n; i < le; i++)
        if ((n = starts_with_any(src, i, le, stop)) != 0 && !page_field_at(src, after_blanks(src, i + n, le), le))
            return false; /* 10:25 ，浏览：5 separates two fields */
    static const char *const until[] = {"截至", "截止", NULL};
    for (uint32_t i = ls; i < ds; i++)
        if (starts_with_any(src, i, ds, until))
            return false; /* 数据截至 2023年12月31日 24:00: the period's end */
    uint32_t j = after_blanks(src, de, le);
    bool clock = clock_at(src, &j, le), field = false, account = false;
    j = after_blanks(src, j, le);
    static const char *const close[] = {"】", "]", "）", ")", NULL};
    j = after_blanks(src, j + starts_with_any(src, j, le, close), le); /* 【2024年01月18日 10:25】 */
    uint32_t i = after_blanks(src, ls, ds);
    static const char *const bare_time[] = {"时间：", "時間：", "时间:", "時間:", NULL};
    if (i < ds && page_field_at(src, i, ds))
        field = true;
    else if (i < ds && starts_with_any(src, i, ds, bare_time) &&
             after_blanks(src, i + starts_with_any(src, i, ds, bare_time), ds) == ds)
        ; /* a bare 时间： label: a stamp's only beside another field (来源：) or a clock */
    else if (i < ds) {
        if (!(clock && ds - i <= ACCOUNT_MAX && (src[ds - 1] == ' ' || src[ds - 1] == '\t') && !verb_like(src, i, ds)))
            return false; /* 本局于 2023 年 3 月 15 日 9:30 召开: a sentence */
        account = true;
    }
    static const char *const comma[] = {"，", ",", NULL};
    if (j < le && starts_with_any(src, j, le, comma))
        j = after_blanks(src, j + starts_with_any(src, j, le, comma), le); /* checked above: a field follows */
    static const char *const posted[] = {"发表于", "發表於", "发布于", "發布於", "来自", "來自", NULL};
    if (clock && account && j < le && starts_with_any(src, j, le, posted))
        j = after_blanks(src, j + starts_with_any(src, j, le, posted), le); /* WeChat's 发表于甘肃: a place follows */
    if (j < le && page_field_at(src, j, le))
        field = true;
    else if (j < le && !(clock && account && le - j <= 12 && !verb_like(src, j, le)))
        return false; /* 2023年1月1日 00:00 起, 9:30 开会: a sentence; WeChat's place (江苏) follows an account */
    return clock || field;
}

/* Does src just before i, at or after s, end with one of words? */
static bool ends_with_any(const uint8_t *src, uint32_t s, uint32_t i, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (i >= s + n && memcmp(src + i - n, words[k], n) == 0)
            return true;
    }
    return false;
}

/* Does the word before the 的 at d, after de, tell a law's life (修订,
 * 修正, 施行, 颁布, 公布, 通过)? A document of the reported year is 印发 or
 * 出台 by the agency (根据2023年12月印发的《工作要点》): its date stays. */
static bool law_verb_before(const uint8_t *src, uint32_t de, uint32_t d)
{
    while (d > de && (src[d - 1] == ' ' || src[d - 1] == '\t' || src[d - 1] == '\n' || src[d - 1] == '\r'))
        d--; /* 修订\n的《: a PDF line's end between */
    static const char *const verb[] = {"修订", "修訂", "修正", "施行", "颁布", "頒布", "公布", "通过", "通過", NULL};
    return ends_with_any(src, de, d, verb);
}

/* Between a law's 的 and its 《 at most the word that says it is the
 * revised text (的新修订《条例》, 的新《条例》), and blanks. */
static bool renamed_only(const uint8_t *src, uint32_t i, uint32_t b)
{
    static const char *const renamed[] = {"新修订", "新修訂", "新修正", "新", NULL};
    i = after_breaks(src, i, b);
    if (i < b)
        i += starts_with_any(src, i, b, renamed);
    return after_breaks(src, i, b) == b;
}

/* Does a date that ends at de qualify a document named right after it
 * (2019年4月3日修订的《中华人民共和国政府信息公开条例》, 2008年5月1日起施行的
 * 《…》)? A few words ending in a law's verb and 的 before 《, no
 * punctuation between (law_verb_before): with
 * a citing word before it (cited_before) the date is the law's, not the
 * report's year. (A year alone, 2023年起
 * 实施的《…》, is left alone: it is as often the reported year's event.) */
static bool qualifies_document(const uint8_t *src, uint32_t de, uint32_t e)
{
    uint32_t i = de, de_at = 0, cp; /* de_at: the last 的 */
    for (int k = 0; k < 16 && i < e; k++) {
        int l = utf8_decode(src + i, e - i, &cp);
        if (!l)
            return false;
        if (cp == 0x300A /* 《 */)
            return de_at && renamed_only(src, de_at + 3, i) && law_verb_before(src, de, de_at);
        if (cp == '\n' || cp == '\r' || cp == ' ' || cp == '\t' || cp == 0x3000) {
            i += (uint32_t)l; /* a line broken inside the citation (PDF, a crawler's wrap) */
            continue;
        }
        if (cp == 0x7684 /* 的 */)
            de_at = i;
        if (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0x3001 || cp == 0xFF1A || cp == ',' ||
            cp == ';' || cp == ':' || cp == 0xFF08 || cp == '(')
            return false;
        i += (uint32_t)l;
    }
    return false;
}

/* Is the document named in the 《》 after de a law or regulation of the
 * state (《中华人民共和国政府信息公开条例》, 《国务院…》, or a 条例 / 法 / 规定
 * whose name holds no year and no agency-level place: 《政府信息公开条例》)?
 * Only such a law's date is not the report's year: an agency's own
 * document (《青禾县2023年政务公开工作要点》, 《青禾县政务公开条例》) is dated
 * in the year it reports on, whatever verb cites it. */
static bool state_law_after(const uint8_t *src, uint32_t de, uint32_t e)
{
    uint32_t near = e - de > 64 ? de + 64 : e, a = find_utf8(src, de, near, "《");
    if (a >= near)
        return false;
    a += 3;
    uint32_t lim = e - a > 240 ? a + 240 : e, z = find_utf8(src, a, lim, "》");
    if (z >= lim)
        return false;
    static const char *const state[] = {"中华人民共和国", "中華人民共和國", "国务院", "國務院", NULL};
    if (starts_with_any(src, a, z, state))
        return true;
    for (uint32_t i = a; i < z; i++)
        if (src[i] >= '0' && src[i] <= '9')
            return false; /* a year of its own: a plan or a 要点 */
    static const char *const place[] = {"省", "市", "县", "縣", "区", "區", "州", "旗", "盟", "镇", "鎮", "乡", "鄉",
                                        "村", "局", "委", "厅", "廳", "办", "辦", "年", NULL};
    for (int k = 0; place[k]; k++)
        if (find_utf8(src, a, z, place[k]) < z)
            return false;
    static const char *const kind[] = {"条例", "條例", "法", "规定", "規定", NULL};
    for (int k = 0; kind[k]; k++) {
        size_t n = strlen(kind[k]);
        if (z >= a + n && memcmp(src + z - n, kind[k], n) == 0)
            return true;
    }
    return false;
}

/* Does a comparison word (较, 比, 同比, 相比, 对比) stand right before the year
 * at ys? 较2022年 names the year before the report's: after a state law's
 * skipped date it is no report year either, so none is taken (P016). */
static bool compared_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t e)
{
    static const char *const cmp[] = {"较", "較", "比", NULL};
    static const char *const with[] = {"与", "與", "同", NULL};
    static const char *const alike[] = {"相比", "相較", "比较", "比較", "对比", "對比", NULL};
    for (int k = 0; cmp[k]; k++) {
        size_t n = strlen(cmp[k]);
        if (ys >= s + n && memcmp(src + ys - n, cmp[k], n) == 0)
            return true;
    }
    /* 与2022年相比: 与 compares only with 相比 after the year (参与2023年度
     * 考核 is no comparison); a look of 30 bytes, 与2022年同期相比 */
    if (!ends_with_any(src, s, ys, with))
        return false;
    uint32_t lim = e - ys > 30 ? ys + 30 : e;
    for (uint32_t i = ys; i < lim; i++)
        if (starts_with_any(src, i, lim, alike))
            return true;
    return false;
}

/* Does the date at ds follow, past blanks and line breaks only, a word
 * that lists another (和, 及, 以及, 与, 與, 、) standing right after a
 * document's closing 》 (《条例》和2021年1月1日起施行的《规定》; no blank
 * between 》 and the word)? Then it is the next document cited in the same
 * list, cited by the list's citing word. */
static bool next_in_list(const uint8_t *src, uint32_t s, uint32_t ds)
{
    static const char *const list_word[] = {"以及", "和", "及", "与", "與", "、", NULL};
    uint32_t i = ds;
    while (i > s && (src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '\n' || src[i - 1] == '\r'))
        i--;
    for (int k = 0; list_word[k]; k++) {
        size_t n = strlen(list_word[k]);
        if (i >= s + n + 3 && memcmp(src + i - n, list_word[k], n) == 0)
            return memcmp(src + i - n - 3, "》", 3) == 0;
    }
    return false;
}

/* Does a word that cites a law as the ground of what follows (根据, 依据,
 * 按照, 依照, 遵照, 贯彻) stand in the few characters before ds, in the same
 * clause (no punctuation between)? Then a date at ds dates the law it
 * cites; a sentence that begins with its date (2023年6月印发的《要点》明确…)
 * tells the reported year's own event. */
static bool cited_before(const uint8_t *src, uint32_t s, uint32_t ds)
{
    uint32_t b = ds > s + 30 ? ds - 30 : s;
    while (b < ds && (src[b] & 0xC0) == 0x80)
        b++;
    if (next_in_list(src, s, ds))
        return true;
    static const char *const stop[] = {"，", "。", "；", "：", "、", ",", ";", ":", NULL};
    for (uint32_t i = b, n; i < ds; i += n ? n : 1) /* only the clause that holds the date (a line break is none) */
        if ((n = starts_with_any(src, i, ds, stop)) != 0)
            b = i + n;
    for (int k = 0; meta_cite_verbs[k]; k++)
        if (find_utf8(src, b, ds, meta_cite_verbs[k]) < ds)
            return true;
    return false;
}

/* After the 年 of a year at n: a month and perhaps a day (2019年4月,
 * 2019年4月3日)? Its end in *end. */
static bool month_date(const uint8_t *src, uint32_t n, uint32_t e, uint32_t *end)
{
    uint32_t i = n + 3;
    int m = small_then(src, &i, e, "月");
    if (m < 1 || m > 12)
        return false;
    uint32_t j = i;
    int d = small_then(src, &j, e, "日");
    if (d >= 1 && d <= 31)
        i = j;
    *end = i;
    return true;
}

/* Is [ds, de) a publishing date? Only after a 发布日期 / 发布时间 field's
 * label on its line (which starts at ls), or, in the preamble (under_title),
 * standing alone on its line, bracketed or not (（2024年1月15日）), or on a
 * page's stamp line (stamp_line). A day's date elsewhere (2023年3月15日，
 * 本机关召开…, 于2023年1月12日印发) is a day of the reported year, which it
 * gives. *labeled says the line's label was seen already: the caller keeps
 * it for the line, so a line of many dates is searched once (linear). */
static bool published_date(const uint8_t *src, uint32_t ls, uint32_t ds, uint32_t de, uint32_t e, bool under_title,
                           bool *labeled, uint32_t *searched)
{
    if (*labeled)
        return true;
    /* the line before *searched was searched for a label already (a line of
     * thousands of dates joined by 和 is searched once: linear); a label
     * may end after it, so its last 11 bytes are searched again */
    uint32_t from = *searched > ls + 11 ? *searched - 11 : ls;
    *searched = ds;
    /* a document's dates: 成文日期 (written), 发文日期 / 印发日期 (issued) */
    static const char *const labels[] = {"发布日期", "发布时间", "發佈日期", "發佈時間", "發布日期", "發布時間", "成文日期",
                                         "发文日期", "發文日期", "印发日期", "印發日期", NULL};
    /* a document's date labels (k >= 6) stand in a cited notice's text
     * too (…的通知》（印发日期：2023年2月10日）): they label the page's
     * date only as a field that starts its line outside the report's
     * sections (成文日期：2024年2月5日 in the preamble): section 一's is a
     * cited notice's */
    for (int k = 0; labels[k]; k++) {
        uint32_t at = find_utf8(src, from, ds, labels[k]);
        if (at < ds && (k < 6 || (under_title && at == after_blanks(src, ls, ds))))
            return *labeled = true;
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

/* Take the year y at ys that the scan reached after cited dates: an own
 * document's date unless y is later, no comparison year and plain (a year
 * alone, not a plan's: 2022年12月修正的《办法》，2023年… gives 2023;
 * …，较2022年, …，2024年将…, 2024年1月印发 give the document's); after a
 * state law's date, a comparison year is none (false: P016) and an
 * earlier year gives the law's. */
static bool take_after_cited(xxgk_report *r, const meta_cited *c, bool compared, bool plain, int y, xxgk_span ys,
                             int source)
{
    if (c->doc_year && (compared || !plain || y <= c->doc_year))
        y = c->doc_year, ys = c->doc_at, source = c->doc_source;
    else if (c->law_year && compared)
        return false; /* 较2022年 after a skipped law: no year, P016 */
    if (c->law_year && y < c->law_year)
        y = c->law_year, ys = c->law_at; /* never earlier than the skipped date */
    r->year = y;
    r->year_span = ys;
    r->year_source = source;
    return true;
}

/* A sentence's walk is bounded (issue 16): a clause of many years or
 * dates (较2022年增长，较2022年增长，… without a full stop) costs each of
 * them a constant, not the rest of the sentence. 240 bytes: 80
 * characters, longer than any clause that ties a year or a day to its
 * verb. */
enum { CLAUSE_MAX = 240 };

static uint32_t clause_limit(uint32_t i, uint32_t e)
{
    return e - i > CLAUSE_MAX ? i + CLAUSE_MAX : e;
}

/* The byte after the code point at i (a walk's step). */
static uint32_t next_cp(const uint8_t *src, uint32_t i);

/* The end of the sentence begun at i (its 。 ； or line break), at most
 * CLAUSE_MAX bytes on. */
static uint32_t sentence_end(const uint8_t *src, uint32_t i, uint32_t e);

/* The byte after the code point at i (a walk's step). */
static uint32_t next_cp(const uint8_t *src, uint32_t i)
{
    return i + ((src[i] & 0xC0) == 0xC0 ? (src[i] >= 0xF0 ? 4 : src[i] >= 0xE0 ? 3 : 2) : 1);
}

/* Does the clause after the 年 at n (up to 。 ； or a line's end) hold a
 * plan's word?  2024年，本局将继续… and 下一步，2024年我局将… speak of the
 * next year's plan, not of the year the report covers. */
static bool plan_in_clause(const uint8_t *src, uint32_t n, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", NULL};
    static const char *const plan[] = {"将", "將", "拟", "擬", "计划", "計劃", "继续", "繼續", "进一步", "進一步", NULL};
    uint32_t lim = clause_limit(n + 3, e);
    for (uint32_t i = n + 3; i < lim && !starts_with_any(src, i, lim, stop); i = next_cp(src, i))
        if (starts_with_any(src, i, lim, plan))
            return true;
    return false;
}

/* Does the sentence of the year at ys (its 年 at n) speak of a plan: a
 * plan's word after the year to the sentence's end (按照2024年…
 * 要点，本局将继续…) or before it since the sentence's start (下一步，我局
 * 将围绕2024年…要点)? A cited document's year in such a sentence is the
 * next year's; in one telling the work done under it (按照2023年…要点，本局
 * 认真做好…) it may be the report's own (below_ahead). PLAN_SURE where the
 * word is certainly of the time ahead:
 *   sure-plan := (将 | 拟) (继续 | 进一步 | 持续 | 着力 | 不断 | 认真 | 围绕 |
 *                坚持 | 全面 | 切实 | 大力 | 深入 | 扎实 | 积极 | 加强 | 加大 |
 *                聚焦 | 紧扣 | 严格) | 将于 | 拟于 | 计划于 | 下一步 | 今后 | 明年
 * else PLAN_WEAK: a 将 that may mark an object (本局将政务公开工作纳入
 * 绩效考核: the work done), 继续 / 进一步 alone (本局继续深化…: done or to
 * do), 计划 (a document's name: 2023年工作计划), 拟 (草拟); 0 for none.
 * Only a sure plan dates the document the year after the report (review
 * year71 N3). No word list after 将 makes a plan sure: 已将…纳入, 将认真
 * 落实情况报告, 按计划于…完成了 (review year72 B1) tell the work done, and
 * no rule of the sentence's shape is yet certain; so every plan is
 * PLAN_WEAK and a cited document's year above the opening's is refused
 * (P016: the corpus has no such sentence). PLAN_SURE is kept for the day
 * a rule of the future's marks (下一步, 今后, 明年, 将于 with no 已/了/按
 * and no object 将) is proven. */
enum { PLAN_NONE, PLAN_WEAK, PLAN_SURE };

static int plan_in_sentence(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", NULL};
    static const char *const plan[] = {"将", "將", "拟", "擬", "计划", "計劃", "继续", "繼續", "进一步", "進一步",
                                       "下一步", NULL};
    static const char *const end[] = {"。", "；", ";", "\n\n", "\n\r\n", NULL};
    int found = PLAN_NONE;
    uint32_t lim = clause_limit(n + 3, e);
    for (uint32_t i = n + 3; i < lim && found != PLAN_SURE && !starts_with_any(src, i, lim, end); i = next_cp(src, i))
        if (starts_with_any(src, i, lim, plan))
            found = PLAN_WEAK; /* a single line break goes on (按照2024年政务公开⏎工作要点，本局将…), as cites_document's */
    if (found == PLAN_SURE)
        return found;
    uint32_t b = ys > s + 90 ? ys - 90 : s, k = ys;
    while (k > b && !ends_with_any(src, b, k, stop))
        k--;
    while (k < ys && (src[k] & 0xC0) == 0x80)
        k++; /* never inside a code point */
    for (uint32_t i = k; i < ys && found != PLAN_SURE; i = next_cp(src, i))
        if (starts_with_any(src, i, ys, plan))
            found = PLAN_WEAK;
    return found;
}

/* The year at ys with its 年 at n is plain: no month (a day's event), no
 * plan's word right after it (2024年将, 2024年度拟) or in its clause, and no
 * word before it that makes it a deadline, a forecast or a target
 * (截至2024年初, 预计2024年, 到2024年, 对照2025年目标, 结合2024年度工作安排):
 * the year a report's sentence is about (2023年，本机关…). */
/* Is the year at ys led by a word that makes it a deadline, a forecast
 * or a target (截至, 预计, 到, 对照, 比照, 结合, 至: 截至2024年初,
 * 对照2022年，, 比照2022年1月至12月，)? One test for a plain year and a
 * whole year's span (whole_year_opens): what precedes the year refuses
 * both alike (review year71 B1). */
static bool year_led(const uint8_t *src, uint32_t s, uint32_t ys)
{
    static const char *const before[] = {"截至", "截止", "预计", "預計", "到", "对照", "對照", "比照",
                                         "结合", "結合", "至", NULL};
    return ends_with_any(src, s, ys, before);
}

static bool plain_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    uint32_t de;
    if (month_date(src, n, e, &de))
        return false;
    if (year_led(src, s, ys))
        return false;
    uint32_t i = after_blanks(src, n + 3, e);
    static const char *const du[] = {"度", NULL};
    i = after_blanks(src, i + starts_with_any(src, i, e, du), e);
    static const char *const plan[] = {"将", "將", "拟", "擬", "计划", "計劃", "要", "继续", "繼續", NULL};
    return !starts_with_any(src, i, e, plan) && !plan_in_clause(src, n, e);
}

/* After the 年 of a year at n: 初 or a part of that year (2023年初,
 * 2023年上半年, 2023年一季度)? 较2023年上半年 compares with a part of the
 * same year: the year is the report's, no year before it. */
static bool year_start_after(const uint8_t *src, uint32_t n, uint32_t e)
{
    static const char *const start[] = {"初", "上半年", "第一季度", "一季度", "第二季度", "二季度", "第三季度",
                                        "三季度", "前三季度", "1季度", NULL};
    return starts_with_any(src, after_blanks(src, n + 3, e), e, start) != 0;
}

/* After the 年 of a year at n: 以来 (以來, 至今), past a month and a day
 * (2018年以来, 自2023年1月以来, 2023年1月1日以来, 2022年至今), or 至 and
 * a later year (2021年至2023年)? The year opens a period that runs to the
 * report's time: the report's year is that year or a later one. Where the
 * scan goes on (past the span's end year), else 0. */
static uint32_t since_year(const uint8_t *src, uint32_t n, uint32_t e, int y)
{
    uint32_t i = n + 3, de;
    if (month_date(src, n, e, &de))
        i = de;
    i = after_blanks(src, i, e);
    static const char *const since[] = {"以来", "以來", "至今", NULL};
    static const char *const to[] = {"至", "到", NULL};
    if (starts_with_any(src, i, e, since))
        return n + 3;
    /* span := year 年 (至|到) later-year 年: 2021年至2023年累计公开 names
     * its start, no year of the report (2023年1月1日至2023年12月31日 is one
     * year's period: meta_year_of_period's); a look of one year's width */
    uint32_t k = starts_with_any(src, i, e, to);
    xxgk_span at;
    uint32_t lim = i + k + 16 < e ? i + k + 16 : e;
    if (k && find_year(src, i + k, lim, &at) > y && at.start == after_blanks(src, i + k, e))
        return at.end; /* the span's end: a year of the span, no step */
    return 0;
}

/* Does the year whose 年 is at n open its sentence's time, a subject or a
 * comma after it (2023年，本机关…, 2023年本局…, 2023年全年…, 2023年度，)?
 * Only such a later year takes over from a period's first year: 2024年春节前
 * 完成 is a day of the period, no year of the report. */
static bool year_opens_clause(const uint8_t *src, uint32_t n, uint32_t e)
{
    uint32_t i = after_blanks(src, n + 3, e);
    static const char *const du[] = {"度", NULL};
    i = after_blanks(src, i + starts_with_any(src, i, e, du), e);
    static const char *const next[] = {"，", ",", "本", "我", "全", NULL};
    return starts_with_any(src, i, e, next) != 0;
}

/* The year of four digits that ends at Y (2021 of 2021-02-29), else 2000
 * (a leap year: no year, no day doubted for it). */
static int iso_year_before(const uint8_t *src, uint32_t y)
{
    int v = 0;
    for (uint32_t i = y >= 4 ? y - 4 : y; i < y; i++) {
        if (src[i] < '0' || src[i] > '9')
            return 2000;
        v = v * 10 + (src[i] - '0');
    }
    return y >= 4 ? v : 2000;
}

/* An ISO date at the digits' end y (2024-01-18, 2024/1/18, 2024.01.18:
 * the same separator twice, a real day of the year printed before it:
 * 2021-02-29 is none): its month and day, its end in *end. */
bool meta_iso_date(const uint8_t *src, uint32_t y, uint32_t e, int *m, int *d, uint32_t *end)
{
    if (y >= e || (src[y] != '-' && src[y] != '/' && src[y] != '.'))
        return false;
    uint8_t sep = src[y];
    int v[2] = {0, 0};
    uint32_t i = y;
    for (int part = 0; part < 2; part++) {
        if (i >= e || src[i] != sep)
            return false;
        i++;
        int nd = 0;
        while (i < e && src[i] >= '0' && src[i] <= '9' && nd < 3)
            v[part] = v[part] * 10 + (src[i++] - '0'), nd++;
        if (nd < 1 || nd > 2)
            return false;
    }
    if (i < e && src[i] >= '0' && src[i] <= '9')
        return false;
    char iso[11];
    if (!meta_date_format(iso_year_before(src, y), v[0], v[1], iso))
        return false;
    *m = v[0], *d = v[1], *end = i;
    return true;
}

/* A day's date under the title (the preamble) with a clock time right after
 * it, in January or February, and a comma after the clock:
 * 2024年1月18日 10:25，本局召开全县教育工作会议. No publishing stamp (a
 * sentence goes on after the clock; 2023年1月1日 00:00 起 opens the
 * period, whose year it is). Unless the sentence names this report
 * (report_named: P104) the day gives its own year,
 * but only where no other year is told: a meeting of January may as well
 * be the reported year's. A March or later day is left to the year it
 * names. */
static bool clocked_event(const uint8_t *src, uint32_t de, uint32_t e, int month)
{
    uint32_t j = after_blanks(src, de, e);
    if (month < 1 || month > 2 || !clock_at(src, &j, e))
        return false;
    static const char *const comma[] = {"，", ",", NULL};
    return starts_with_any(src, after_blanks(src, j, e), e, comma) != 0; /* not 00:00 起: a period's start */
}

/* Does a year end right at i (2022年度报告, 二〇二二年报)? Its digits in
 * the 12 bytes before: four of them, a year's (上一年度报告's 一 is none). */
static bool year_ends_at(const uint8_t *src, uint32_t s, uint32_t i)
{
    uint32_t b = i > s + 12 ? i - 12 : s;
    while (b < i && (src[b] & 0xC0) == 0x80)
        b++;
    xxgk_span at;
    uint32_t from = b;
    for (int y; (y = find_year(src, from, i, &at)) != 0; from = at.end)
        if (at.end == i)
            return true;
    return false;
}

/* Is the report word at [r, re) a fronted object, 对 (對, 就) before it
 * and 进行 (進行), perhaps with 了, then a verb of review after it?
 *   fronted := (对|就) report-word 进行 了? (审议|讨论|审定|研究|审核)
 * (局务会议对年度报告进行了审议). A constant look each way. */
static bool fronted_object(const uint8_t *src, uint32_t b, uint32_t r, uint32_t re, uint32_t e)
{
    static const char *const prep[] = {"对", "對", "就", NULL};
    static const char *const carry[] = {"进行", "進行", NULL};
    static const char *const done[] = {"了", NULL};
    static const char *const review[] = {"审议", "審議", "讨论", "討論", "审定", "審定", "研究", "审核", "審核",
                                         "审阅", "審閱", NULL};
    if (!ends_with_any(src, b, r, prep))
        return false;
    uint32_t i = re + starts_with_any(src, re, e, carry);
    i += starts_with_any(src, i, e, done);
    return i > re && starts_with_any(src, i, e, review) != 0;
}

/* Is the word for an annual report (年度报告, 年报) at r, its sentence
 * begun at b, this report's and no other's?
 *   report-word := ( break | determiner | year | own-kind | verb ) 年度报告
 * Before it stands a break (the sentence's start, punctuation, 《, “, a
 * blank), a determiner (本, 该, 此: 本年度报告), a year (2022年度报告), the
 * report's own kind (…信息公开工作年度报告, 政务公开年报) or a verb whose
 * object it is (部署, 学习, 审议, 编制, 发布 …). Any other word before it
 * qualifies it as another report (统计年报, 企业年报, 部门决算年报,
 * 上一年度报告): no event of this one. 通过 is a verb here only where the
 * report word ends its object (审议通过年度报告。); 通过年报公示系统 is
 * "through", its object a system. */
static bool own_report_word(const uint8_t *src, uint32_t b, uint32_t r, uint32_t re, uint32_t e)
{
    static const char *const brk[] = {"，", "。", "；", "：", "、", "《", "“", "（", "「", "『", "〈", "‘", "\"",
                                      ",",  ";",  ":",  " ",  "\t", "\xE3\x80\x80", "该", "該", "此", NULL};
    static const char *const kind[] = {"公开", "公開", "公开工作", "公開工作", NULL};
    static const char *const verb[] = {"部署", "学习", "學習", "审议", "審議", "审阅", "審閱", "审定", "審定", "审核",
                                       "審核", "讨论", "討論", "同意", "研究", "编制", "編制", "编写", "編寫", "撰写",
                                       "撰寫", "起草", "修改", "形成", "完成", "发布", "發布", "發佈", "公布", "印发",
                                       "印發", "签发", "簽發", "报送", "報送", "上报", "上報", "听取", "聽取", "审查",
                                       "審查", "布置", "佈置", "安排", "做好", "编报", "編報", NULL};
    static const char *const through[] = {"通过", "通過", NULL};
    static const char *const closed[] = {"，", "。", "；", "、", "》", ",", ";", "后", "後", "并", "並", "了", NULL};
    static const char *const own[] = {"本", NULL};
    static const char *const aspect[] = {"了", NULL};
    static const char *const gov[] = {"政府信息公开", "政府信息公開", "政府資訊公開", NULL};
    /* 本 as the report's determiner (本年度报告, 本单位年度报告): 本 right
     * before or up to three characters before, itself after a break, a verb
     * or the sentence's start; 成本年报 is a cost report */
    for (uint32_t k = 0, p = r; k < 4 && p >= b + 3; k++, p -= 3)
        if (ends_with_any(src, b, p, own) &&
            (p - 3 <= b || ends_with_any(src, b, p - 3, brk) || ends_with_any(src, b, p - 3, verb) ||
             ends_with_any(src, b, p - 3, through)))
            return true;
    if (r <= b || ends_with_any(src, b, r, brk) || ends_with_any(src, b, r, kind) || year_ends_at(src, b, r))
        return true;
    /* a verb before 年报 names this report only where the sentence also
     * speaks of 政府信息公开 (部署年报工作 is an enterprise's annual report,
     * 审议政府信息公开年度报告 this one's): a look of CLAUSE_MAX bytes */
    /* the verb's aspect (审议了年度报告, 审议通过了年报) and a fronted
     * object (对年度报告进行了审议) keep the verb the report word's */
    uint32_t v = ends_with_any(src, b, r, aspect) ? r - 3 : r;
    bool verbed = ends_with_any(src, b, v, verb) || (ends_with_any(src, b, v, through) &&
                                                     (v < r || re >= e || src[re] == '\n' ||
                                                      starts_with_any(src, re, e, closed))) ||
                  fronted_object(src, b, r, re, e);
    if (!verbed)
        return false;
    uint32_t lim = clause_limit(b, e);
    for (uint32_t i = b; i < lim; i = next_cp(src, i))
        if (starts_with_any(src, i, lim, gov))
            return true;
    return false;
}

/* What the sentence after a day at de (its first CLAUSE_MAX bytes) names:
 * this report (NAMES_OWN: 本报告, or an annual report's word that is this
 * report's, own_report_word), only a report qualified as another
 * (NAMES_OTHER: 2022年统计年报, 企业年报, or a verb not known to take it),
 * or none. Any verb will do for this report: a January meeting that
 * reviews, discusses, plans or studies it (审阅本报告, 部署年度报告编制工作,
 * 学习年度报告编写要求) is after the year reported. */
enum { NAMES_NONE, NAMES_OTHER, NAMES_OWN };

static uint32_t sentence_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", NULL};
    uint32_t lim = clause_limit(i, e);
    while (i < lim && !starts_with_any(src, i, lim, stop))
        i = next_cp(src, i);
    return i;
}

static int report_named(const uint8_t *src, uint32_t de, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", NULL};
    static const char *const own[] = {"本报告", "本報告", NULL};
    static const char *const annual[] = {"年度报告", "年度報告", "年报", "年報", NULL};
    uint32_t lim = clause_limit(de, e), n;
    int named = NAMES_NONE;
    for (uint32_t i = de; i < lim && !starts_with_any(src, i, lim, stop); i = next_cp(src, i)) {
        if (starts_with_any(src, i, lim, own))
            return NAMES_OWN;
        if ((n = starts_with_any(src, i, lim, annual)) != 0) {
            if (own_report_word(src, de, i, i + n, e))
                return NAMES_OWN;
            named = NAMES_OTHER;
        }
    }
    return named;
}

/* Is 本报告 in the sentence after a day at de the object of a publishing
 * or review verb (an April to November day: a late report's own event)?
 *   published := (发布|公开|审议|审定|印发) 了? 通过? 了? 本报告 (break | 后)
 *              | 本报告 经 … (审议|审定|发布|公开|印发)
 * (审议通过了本报告。, 本报告经局务会议审议通过后公开). 本报告 as a
 * modifier or a subject of anything else (本报告期内, 本报告相关数据按新口径
 * 统计, 本报告统计自挂牌之日起) is none: a day of the reported year. The
 * sentence's first CLAUSE_MAX bytes. */
static bool report_published(const uint8_t *src, uint32_t de, uint32_t e)
{
    static const char *const own[] = {"本报告", "本報告", NULL};
    static const char *const verb[] = {"发布", "發布", "發佈", "公开", "公開", "审议", "審議", "审定", "審定",
                                       "印发", "印發", "通过", "通過", NULL};
    static const char *const done[] = {"了", NULL};
    static const char *const closed[] = {"，", "。", "；", "、", ",", ";", "后", "後", "并", "並", "\n", NULL};
    static const char *const via[] = {"经", "經", NULL};
    static const char *const act[] = {"审议", "審議", "审定", "審定", "发布", "發布", "發佈", "公开", "公開",
                                      "印发", "印發", NULL};
    uint32_t lim = sentence_end(src, de, e), n;
    for (uint32_t i = de; i < lim; i = next_cp(src, i)) {
        if ((n = starts_with_any(src, i, lim, own)) == 0)
            continue;
        uint32_t v = ends_with_any(src, de, i, done) ? i - 3 : i;
        if (ends_with_any(src, de, v, verb) && (i + n >= e || starts_with_any(src, i + n, e, closed)))
            return true; /* 审议通过了本报告。 */
        if (!starts_with_any(src, i + n, lim, via))
            return false; /* 本报告期内, 本报告相关数据…: no event */
        for (uint32_t j = i + n; j < lim; j = next_cp(src, j))
            if (starts_with_any(src, j, lim, act))
                return true; /* 本报告经局务会议审议通过后公开 */
        return false;
    }
    return false;
}

/* Does the sentence after a day at de name the annual report of the year
 * before the day's (year)?
 *   prior := (year-1) 年 度? (年报 | 报告 | 政府信息公开)
 * (2023年1月15日，本局公布2022年年报): that report is another, published
 * in the year this one covers, so the day is of the reported year. The
 * sentence's first CLAUSE_MAX bytes, each year read once. */
static bool names_prior_report(const uint8_t *src, uint32_t de, uint32_t e, int year)
{
    static const char *const nian[] = {"年", NULL};
    static const char *const du[] = {"度", NULL};
    static const char *const report[] = {"年报", "年報", "报告", "報告", "政府信息公开", "政府信息公開", "政府資訊公開",
                                         NULL};
    uint32_t lim = sentence_end(src, de, e);
    xxgk_span at;
    for (int y; (y = find_year(src, de, lim, &at)) != 0; de = at.end) {
        if (y != year - 1)
            continue;
        uint32_t n = after_blanks(src, at.end, lim), k = starts_with_any(src, n, lim, nian);
        if (!k)
            continue;
        n += k;
        n += starts_with_any(src, n, lim, du);
        if (starts_with_any(src, n, lim, report))
            return true;
    }
    return false;
}

/* What a day that opens a sentence under the title dates, its sentence
 * going on at de:
 *   day-event := day 起 …           a state's start: DAY_PLAIN
 *              | day(Jan–Mar) …本报告…  this report's writing, review or
 *                                   publishing (report_named): after
 *                                   the reported year, P104
 *              | day(Apr–Nov) …published…  本报告 the object of a
 *                                   publishing or review verb
 *                                   (report_published): P104
 *              | day(Jan–Feb) clock ， …年报…  a clocked meeting about any
 *                                   annual report: P104 (as on main)
 *              | day(Jan–Feb) clock ， …  a clocked event of another
 *                                   matter: its own year, only where no
 *                                   other is (meta_year_cited)
 *              | day(Jan 2–31) …    (no report of the year before named,
 *                                   names_prior_report) a day of the
 *                                   month when annual reports
 *                                   are written and published (by January
 *                                   31 of the next year): no year of its
 *                                   own; where no other year is, the year
 *                                   before it (meta_year_cited, P080)
 *              | day …              a day as any other (DAY_PLAIN) */
enum { DAY_PLAIN, DAY_CLOCKED, DAY_OF_REPORT, DAY_JANUARY };

static int day_event(const uint8_t *src, uint32_t de, uint32_t e, int year, int month, int day)
{
    static const char *const from[] = {"起", NULL};
    if (starts_with_any(src, after_blanks(src, de, e), e, from))
        return DAY_PLAIN; /* 2023年1月1日起，…报送年报: a state's start, no event */
    int named = month >= 1 && month <= 3 ? report_named(src, de, e) : NAMES_NONE;
    if (named == NAMES_OWN || (month >= 4 && month <= 11 && report_published(src, de, e)))
        return DAY_OF_REPORT; /* 2024年4月2日，本报告经局务会议审议通过后公开 */
    if (!clocked_event(src, de, e, month))
        return month == 1 && day > 1 && !names_prior_report(src, de, e, year)
                   ? DAY_JANUARY
                   : DAY_PLAIN; /* 1月1日: the year's start, its own */
    /* a clocked meeting about an annual report (审议通过了年度报告,
     * 对年度报告进行了审议): the months when this report is reviewed,
     * P104 as on main */
    return named == NAMES_OTHER ? DAY_OF_REPORT : DAY_CLOCKED;
}

/* Does the date at ys open its line or its sentence (after 。 or ；)?
 * 本局于2023年1月10日 9:00，召开… is a sentence's inner time, told as any
 * day of the year is. */
static bool opens_sentence(const uint8_t *src, uint32_t ls, uint32_t ys, uint32_t e)
{
    static const char *const end[] = {"。", "；", ";", NULL};
    uint32_t b = ys;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    return after_blanks(src, ls, e) >= ys || ends_with_any(src, ls, b, end);
}

/* Is this report the subject the day at ds dates, right before it on its
 * line (本报告于2024年4月2日经局务会议审议通过, 本報告已於…)? Its day is then
 * an event of the report, January to November (P104), as when the day
 * opens the sentence. A constant look-back. */
static bool dated_by_report(const uint8_t *src, uint32_t ls, uint32_t ds)
{
    static const char *const subj[] = {"本报告于", "本報告於", "本报告已于", "本報告已於", NULL};
    uint32_t b = ds;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    return ends_with_any(src, ls, b, subj);
}

/* Does the sentence around the year at [ys, n+3) look ahead: an outlook
 * word before it in its sentence (下一步，2024年…, 今后, 明年) or a focus or
 * plan word, or the report's own writing, in its clause (2024年，重点做好…,
 * 着力, 将, 2024年本局已完成年度报告编制)? Such a year is the next one's,
 * no year the report covers. */
static bool outlook_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", NULL};
    static const char *const before[] = {"下一步", "今后", "明年", "下一年", "未来", NULL};
    static const char *const after[] = {"重点", "着力", "著力", "将", "將", "拟", "擬", "计划", "計劃", "力争", "力爭",
                                        "争取", "爭取",
                                        "年度报告", "年度報告", "本报告", "本報告", NULL};
    uint32_t b = ys, lb = ys > s + CLAUSE_MAX ? ys - CLAUSE_MAX : s;
    while (b > lb && !ends_with_any(src, lb, b, stop)) {
        if (ends_with_any(src, lb, b, before))
            return true;
        b--;
        while (b > lb && (src[b] & 0xC0) == 0x80)
            b--;
    }
    uint32_t lim = clause_limit(n + 3, e);
    for (uint32_t i = n + 3; i < lim && !starts_with_any(src, i, lim, stop); i = next_cp(src, i))
        if (starts_with_any(src, i, lim, after))
            return true;
    return false;
}

/* The length of the word of words src ends with just before i (at or
 * after s); 0 when none. The first listed that fits is taken. */
static uint32_t ends_with_len(const uint8_t *src, uint32_t s, uint32_t i, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (i >= s + n && memcmp(src + i - n, words[k], n) == 0)
            return (uint32_t)n;
    }
    return 0;
}

/* ahead := (将于 | 计划于 | 拟于 | 预计于 | 预计 | 力争) year   a plan verb right
 *                                           before it (not 按计划于, "as
 *                                           planned")
 *        | ^ opener (，|（)? year            an opener that opens the year's
 *          own clause: 下一步，2024年…, 明年（2024年）…, 下一年度（2024年）
 *        | year 年 度? ，? subject? (将 | 拟) (继续 | 进一步 | 持续 | 着力 |
 *          不断)  in the clause the year opens: 2024年，我局将继续…
 *        | ^ (到 | 至 | 截至 | 截止到) year 年 (底 | 末)? ，? … (将 | 拟)
 *          (not 已将) in the clause the year opens: a target,
 *          到2025年，我局将全面建成… (review year70 N1)
 * opener := 下一步 | 今后 | 明年(度) | 下一年(度) | 未来; ^ the start of the
 * text, a line or a clause (after 。；！？，：、）). An opener that is an
 * object (指导今后工作, 着眼未来) or inside a name (杭州未来科技城) opens
 * nothing (review year67 B1); nor does one in a clause before the
 * year's (下一步，我局将围绕2024年…: read as before stop 67; since stop 68
 * the cited 要点's year is passed over by cites_document).
 * Such a year is the next one's, a plan's, not the year the report covers
 * (review year66b item 1). Nothing else is read as a plan: 拟 inside a
 * word (草拟, 模拟, 虚拟), 将 marking an object (将重点领域信息公开纳入), and
 * 力争, 预计, 计划于 with no year right after them say nothing of a year
 * (review year67 M). Each look is bounded: a few bytes back, on over the
 * clause the year opens (at most CLAUSE_MAX), so every year costs a
 * constant. */
/* A text that passes over more years than this as plans gives none: the
 * scan stops there, so a text of plan after plan costs what one year does
 * (review year67 Cost: h_future). */
enum { AHEAD_MAX = 4 };

static bool ahead_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", "\n", "！", "？", NULL};
    static const char *const comma[] = {"，", ",", "。", "；", ";", "\n", "！", "？", NULL};
    static const char *const gap[] = {"，", ",", "（", "(", NULL};
    static const char *const opens[] = {"。", "；", ";", "\n", "！", "？", "，", ",", "：", ":", "、", "）", ")", NULL};
    static const char *const opener[] = {"下一步", "今后", "今後", "明年度", "明年", "下一年度", "下一年", "未来", "未來",
                                         NULL};
    static const char *const gov[] = {"将于", "將於", "计划于", "計劃於", "拟于", "擬於", "预计于", "預計於", "预计", "預計",
                                      "力争", "力爭", NULL};
    static const char *const as_planned[] = {"按计划于", "按計劃於", "按照计划于", "按照計劃於", NULL};
    static const char *const jiang[] = {"将", "將", "拟", "擬", NULL};
    static const char *const verb[] = {"继续", "繼續", "进一步", "進一步", "持续", "持續", "着力", "著力", "不断", "不斷",
                                       NULL};
    static const char *const du[] = {"度", NULL};
    uint32_t y = before_blanks(src, s, ys);
    if (ends_with_any(src, s, y, gov) && !ends_with_any(src, s, y, as_planned))
        return true;
    uint32_t g = ends_with_len(src, s, y, gap), k;
    uint32_t b = before_blanks(src, s, y - g);
    if ((k = ends_with_len(src, s, b, opener)) != 0) {
        uint32_t o = before_blanks(src, s, b - k);
        if (o == s || ends_with_any(src, s, o, opens))
            return true; /* 下一步，2024年…, 明年（2024年）… */
    }
    /* target := (到 | 至 | 截至 | 截止到) year 年 (底 | 末)? opening its clause,
     * a 将/拟 (not 已将) in the clause the year opens: 到2025年，我局将全面建成…
     * is a target's year, not the report's (review year70 N1, y03) */
    static const char *const target[] = {"截止到", "截至", "到", "至", NULL};
    static const char *const end_of[] = {"底", "末", NULL};
    static const char *const done[] = {"已", NULL};
    bool aim = false;
    if ((k = ends_with_len(src, s, y, target)) != 0) {
        uint32_t o = before_blanks(src, s, y - k);
        aim = o == s || ends_with_any(src, s, o, opens);
    }
    uint32_t lim = clause_limit(n + 3, e);
    uint32_t i = after_blanks(src, n + 3, lim);
    i += starts_with_any(src, i, lim, du);
    if (aim)
        i += starts_with_any(src, i, lim, end_of);
    uint32_t c = starts_with_any(src, i, lim, comma);
    if (c && !starts_with_any(src, i, lim, stop))
        i += c; /* 2024年，…: the clause the year opens is the next one */
    for (; i < lim && !starts_with_any(src, i, lim, comma); i = next_cp(src, i))
        if ((k = starts_with_any(src, i, lim, jiang)) &&
            (starts_with_any(src, i + k, lim, verb) || (aim && !ends_with_any(src, s, i, done))))
            return true;
    return false;
}

/* After a January day with no year of its own (DAY_JANUARY), may the
 * year at [ys, n+3) date the report?
 *   january-year := year 年 (，|本|我|全) …  a plain year opening its clause
 * and none of: a law's or document's year (2019年修订的, 2019年5月15日起施行,
 * 颁布, 印发), a comparison's (与2022年基本持平, 较/比/同比 2022年) or a
 * plan's (outlook_year). Else the January day dates it (P080). Constant
 * looks around the year. */
static bool january_may_date(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const cmp[] = {"与", "與", "较", "較", "比", "同比", NULL};
    static const char *const law[] = {"修订", "修訂", "修正", "施行", "颁布", "頒布", "印发", "印發", NULL};
    if (ends_with_any(src, s, ys, cmp) || !year_opens_clause(src, n, e) || !plain_year(src, s, ys, n, e) ||
        outlook_year(src, s, ys, n, e))
        return false;
    uint32_t i = n + 3, de;
    if (month_date(src, n, e, &de))
        i = de;
    return !starts_with_any(src, after_blanks(src, i, e), e, law);
}

/* Is the year at ys in the sentence that the January day at day opens
 * (2024年1月16日，本局召开…会议，总结2023年工作)? A look of at most
 * CLAUSE_MAX bytes, taken only for a year that near. */
static bool in_january_sentence(const uint8_t *src, const xxgk_span *day, uint32_t ys, uint32_t e)
{
    return ys >= day->end && ys - day->end <= CLAUSE_MAX && ys < sentence_end(src, day->end, e);
}

/* The year the report was signed or published, as known when section
 * 一 is read (the sign-off's date, the page's field, a stamp under the
 * title); 0 when none is. A report is written after the year it covers. */
static int written_year(const xxgk_report *r, const meta_dated *dated)
{
    if (r->signoff_year > 2000)
        return r->signoff_year;
    if (r->date && (r->date_source == XXGK_FROM_FIELD || r->date_source == XXGK_FROM_PAGE))
        return atoi(r->date);
    return dated ? dated->year : 0; /* an event of the report (P104) dates its writing too */
}

/* Is the date at ds labelled as the day a copy was taken?
 *   crawl-label := crawler-word [时间 | 日期 | 時間] [：| :] blank* date
 *                | crawler-word [生成 | 保存] (于 | 於) blank* date
 * (收录时间：…, a search index's; 本页快照生成于2025年1月3日)
 * (抓取时间：2025年1月3日, 采集时间: 2025-01-03, 网页快照 2025年3月1日,
 * 快照日期：…, Fetched: …): no stamp and no year, for 年-style and ISO
 * dates alike. Only the label form right before the date: a sentence
 * that speaks of gathering data (数据采集截至2023年12月31日, 数据采集期间：
 * 2023年1月1日至…) dates the report's own period. A constant look-back. */
static bool crawl_label(const uint8_t *src, uint32_t ls, uint32_t ds)
{
    static const char *const colon[] = {"：", ":", NULL};
    static const char *const when[] = {"时间", "時間", "日期", NULL};
    static const char *const at[] = {"于", "於", NULL};
    static const char *const made[] = {"生成", "保存", NULL};
    static const char *const crawl[] = {"快照", "抓取", "采集", "採集", "缓存", "緩存", "爬取", "撷取", "擷取", "收录", "收錄",
                                        "fetched", "Fetched", "crawled", "Crawled", "snapshot", "Snapshot", NULL};
    uint32_t b = ds;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    if (ends_with_any(src, ls, b, colon))
        b -= src[b - 1] == ':' ? 1 : 3;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    if (ends_with_any(src, ls, b, when))
        b -= 6; /* each word of when is two characters of three bytes */
    else if (ends_with_any(src, ls, b, at)) {
        b -= 3; /* 快照生成于, 抓取于: the label as a clause */
        if (ends_with_any(src, ls, b, made))
            b -= 6;
        /* a clause is a label only on a label line: the line opens with
         * the crawl word, at most a page's word (本页, 网页) before it, 12
         * bytes in all; 本馆文件收录于2023年3月1日起… is a sentence */
        if (b - after_blanks(src, ls, b) > 12)
            return false;
    }
    static const char *const data[] = {"数据采集", "數據採集", "数据採集", "資料採集", NULL};
    return ends_with_any(src, ls, b, crawl) && !ends_with_any(src, ls, b, data); /* 本报告数据采集时间: its own data */
}

/* Is the label right before an ISO date at ds on its line a page's own
 * field? A colon label must be one (发布时间：, 日期:, 来源:, 更新:);
 * a crawler's (crawl_label) names when a copy was taken, no publishing
 * date. */
static bool iso_label_ok(const uint8_t *src, uint32_t ls, uint32_t ds)
{
    static const char *const colon[] = {"：", ":", NULL};
    static const char *const field[] = {"发布时间", "发布日期", "發佈時間", "發佈日期", "發布時間", "發布日期",
                                        "日期", "时间", "時間", "来源", "來源", "更新", NULL};
    if (crawl_label(src, ls, ds))
        return false;
    uint32_t b = ds;
    while (b > ls && (src[b - 1] == ' ' || src[b - 1] == '\t'))
        b--;
    int c = ends_with_any(src, ls, b, colon) ? (src[b - 1] == ':' ? 1 : 3) : 0;
    if (!c)
        return true;
    uint32_t le = b - (uint32_t)c, lb = le;
    while (lb > ls && src[lb - 1] != ' ' && src[lb - 1] != '\t')
        lb--;
    for (int k = 0; field[k]; k++)
        if (le - lb == strlen(field[k]) && memcmp(src + lb, field[k], le - lb) == 0)
            return true;
    return false;
}

/* Take the year before the January day the scans kept (cited->january)
 * when it is the day at at (or any, at NULL): the report for year N is
 * written and published by January 31 of N+1 (条例 第四十九条), so a
 * January day that alone dates it is N+1's (P080 tells it). */
static bool year_before_january(xxgk_report *r, meta_cited *cited, const xxgk_span *at)
{
    if (!cited->january.year || (at && at->start != cited->january.at.start))
        return false;
    r->year = cited->january.year - 1;
    r->year_span = cited->january.at;
    r->year_source = XXGK_FROM_PREAMBLE;
    cited->from_january = true;
    return true;
}

void meta_year_cited(xxgk_report *r, meta_cited *cited, const meta_dated *dated)
{
    if (r->year)
        return;
    if (cited->report_cited) /* a year set aside as a cited document's: none surer (P016) */
        return;
    if (cited->doc_year) {
        r->year = cited->doc_year;
        r->year_span = cited->doc_at;
        r->year_source = cited->doc_source;
        return;
    }
    /* 2024年1月18日 10:25，本局召开全县教育工作会议 and no other year: the
     * day's own; signed or published in 2024, the report is 2023's
     * (P096, P097, P104 tell it) */
    int w = written_year(r, dated);
    if (!w && year_before_january(r, cited, cited->clock_year ? &cited->clock_at : NULL))
        return; /* 2024年1月25日，本局召开全局干部大会 and nothing else: 2023 */
    if (cited->clock_year && !(w && cited->clock_year >= w)) {
        r->year = cited->clock_year;
        r->year_span = cited->clock_at;
        r->year_source = XXGK_FROM_PREAMBLE;
    }
}

static bool year_names_report(const uint8_t *src, uint32_t n, uint32_t ne);
static uint32_t first_name_end(const uint8_t *src, uint32_t s, uint32_t e);
static uint32_t handed_name_end(const uint8_t *src, uint32_t i, uint32_t e, uint32_t *se, uint32_t *h);
static uint32_t handed_name(const uint8_t *src, uint32_t s, uint32_t h);
static uint32_t name_then_hand(const uint8_t *src, uint32_t s, uint32_t h, const char *const *hand, bool at_site);
static uint32_t presenting_end(const uint8_t *src, uint32_t i, uint32_t e);
static uint32_t statement_limit(uint32_t i, uint32_t e);
static int year_then_nian(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at, uint32_t *n);

/* Does the year whose 年 is at n go on (年度? 的?) with the reported
 * work's own words (根据2023年度工作情况编制本报告, 2023年全年政府信息公开
 * 工作情况, 2023年本机关…, 2023年1月至12月…, 2023年度政府信息公开…)?
 * It is then the year of the work reported, not of a document cited. */
static bool own_work_after(const uint8_t *src, uint32_t n, uint32_t e)
{
    static const char *const du[] = {"度", NULL};
    static const char *const de[] = {"的", NULL};
    static const char *const work[] = {"工作情况", "工作情況", "工作开展", "工作開展", "全年", "本机关", "本機關",
                                       "本局", "本单位", "本單位", "政府信息公开", "政府信息公開", "政府資訊公開",
                                       "政务公开", "政務公開", "信息公开", "信息公開", "資訊公開", NULL};
    static const char *const span[] = {"1月至", "1月到", "１月至", "一月至", NULL};
    uint32_t i = n + 3;
    i += starts_with_any(src, i, e, du);
    i += starts_with_any(src, i, e, de);
    return starts_with_any(src, i, e, work) != 0 || starts_with_any(src, i, e, span) != 0;
}

/* A document's words, either script: written once for document_word_in,
 * fulfilled_after and own_document_in. */
static const char *const document_words[] = {"要点", "要點", "通知", "部署", "要求", "规定", "規定", "精神", "会议",
                                             "會議", "文件", "意见", "意見", "方案", "计划", "計劃", "計畫", NULL};

/* Does a document's word (要点 通知 部署 要求 规定 精神 会议 文件 意见 方案
 * 计划, either script, or a 《…》 title) stand in [i, ne)? Only then is the
 * year before it a document's (2022年工作要点之要求, 2022年上级通知之规定). */
static bool document_word_in(const uint8_t *src, uint32_t i, uint32_t ne)
{
    static const char *const book[] = {"《", NULL};
    for (; i < ne; i = next_cp(src, i))
        if (starts_with_any(src, i, ne, document_words) || starts_with_any(src, i, ne, book))
            return true;
    return false;
}

/* Does a document word at i (document_word_in's) go on, past more such
 * words, with the words of its own fulfilment (执行情况, 完成情况, 落实情况,
 * 实施情况)? 根据本局2023年工作要点执行情况: the report tells how the
 * year's own plan was carried out, so the year may be the work's own
 * period (review year64b F2; a candidate only, CITES_OWN_PLAN). 和 / 及
 * and 全年 no longer count: 及全年重点任务, 和全年工作安排 are plans
 * (review year65 B3). */
static bool fulfilled_after(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const done[] = {"执行情况", "執行情況", "完成情况", "完成情況", "落实情况", "落實情況",
                                       "实施情况", "實施情況", NULL};
    for (uint32_t l; i < e && (l = (uint32_t)starts_with_any(src, i, e, document_words)) != 0;)
        i += l;
    return starts_with_any(src, i, e, done) != 0;
}

/* Does the first document word in [i, ne) name the agency's own work of
 * the year, carried out (fulfilled_after)? */
static bool own_document_in(const uint8_t *src, uint32_t i, uint32_t ne)
{
    for (; i < ne; i = next_cp(src, i))
        if (starts_with_any(src, i, ne, document_words))
            return fulfilled_after(src, i, ne);
    return false;
}

/* cited-year := cite-verb … year 年 … document-word … (报告 | 年报)   in one
 * clause: CITES_DOCUMENT; CITES_OWN_PLAN when the document is the
 * agency's own plan, carried out (own_document_in), whose year is then
 * a candidate only (review year65 B3: the report's own name later in
 * the sentence, or a later plain year that differs, is surer). CITES_NONE
 * otherwise.
 * 
 * clause, the year not the name's (year_names_report)
 * (现将按照2022年工作要点之要求编制本局年度报告公布如下, 按照2022年工作部署
 * 要求编制的本局年度报告, 依据2022年上级通知之规定编制…: review year63 N1):
 * the year of the document the report was written after, not the year the
 * report covers. A document needs its word between the year and the
 * report's name (document_word_in): 根据2023年度工作情况编制本报告 names
 * none and keeps its year (review year64 B2), and so does a year the
 * reported work's words follow (own_work_after), or the document's
 * fulfilment (own_document_in: 工作要点执行情况). The document's word in the
 * year's own clause (to ， 。 ； or a line's end), the report's name
 * anywhere later in its sentence: a comma ends no citation (按照2022年工作
 * 要点要求，编制本报告: review year64b). n is the byte of the year's 年; a
 * look of at most CLAUSE_MAX bytes past the clause, taken only for a year
 * after a citing verb. */
enum { CITES_NONE, CITES_DOCUMENT, CITES_OWN_PLAN };
static int cites_for_report(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const stop[] = {"，", "。", "；", ",", ";", "\n", NULL};
    if (!cited_before(src, s, ys))
        return CITES_NONE;
    uint32_t ce = n + 3, lim = clause_limit(n + 3, e);
    while (ce < lim && !starts_with_any(src, ce, lim, stop))
        ce = next_cp(src, ce);
    uint32_t se = sentence_end(src, ce, e), ne = first_name_end(src, n + 3, se);
    uint32_t de = ne < ce ? ne : ce; /* the document: in the year's own clause */
    if (!(ne < se && !year_names_report(src, n, ne) && !own_work_after(src, n, ce) && document_word_in(src, n + 3, de)))
        return CITES_NONE;
    return own_document_in(src, n + 3, de) ? CITES_OWN_PLAN : CITES_DOCUMENT;
}

/* The clause around the year at ys (年 at n), within s..ce: [*a, *z),
 * from the punctuation before the year (at most 120 bytes back) to the
 * one after 年. The year's clause is what the cited-year rules read. */
static void year_clause(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t ce,
                        uint32_t *a, uint32_t *z)
{
    static const char *const stop[] = {"，", "。", "；", ",", ";", "\n", NULL};
    uint32_t b = ys;
    while (b > s && b - s >= 3 && ys - b < 120 && !ends_with_any(src, s, b, stop))
        b--;
    uint32_t e = n + 3, lim = clause_limit(n + 3, ce);
    while (e < lim && !starts_with_any(src, e, lim, stop))
        e = next_cp(src, e);
    *a = b - s < 3 ? s : b; /* a year in the text's first clause: from its start (参照2022年度报告，…) */
    *z = e;
}

/* Does the clause of the year at ys (年 at n) name a report other than
 * this one: 针对/对照/整改/反映 before it in its clause, or 基础/整改/
 * 反映 after it (针对2022年度报告反映的问题，在2022年度报告基础上)? A
 * report the text builds on is the previous one (review year65 B4). */
static bool other_report_clause(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t ce)
{
    static const char *const other[] = {"针对", "針對", "对照", "對照", "整改", "反映", "基础", "基礎", NULL};
    uint32_t a, z;
    year_clause(src, s, ys, n, ce, &a, &z);
    for (uint32_t i = a; i < z; i++)
        if (starts_with_any(src, i, z, other))
            return true;
    return false;
}

/* Does the clause of the year at ys (年 at n) compile or hand over this
 * report: 编制/形成/现将 and 本 (本报告, 本局…, 本机关…) in it? Past a
 * cited year only such a clause makes a later year the report's; a
 * report's name alone (参照2022年度报告，编制本报告) is the one cited
 * (review year65b R3). */
static bool clause_compiles(const uint8_t *src, uint32_t a, uint32_t z)
{
    static const char *const verb[] = {"编制", "編制", "編製", "编製", "形成", "現將", "现将", "现將", "現将", NULL};
    static const char *const own[] = {"本", NULL};
    bool v = false, o = false;
    for (uint32_t i = a; i < z && !(v && o); i = next_cp(src, i)) {
        v = v || starts_with_any(src, i, z, verb);
        o = o || starts_with_any(src, i, z, own);
    }
    return v && o;
}

/* clause_compiles over the clause of the year at ys (年 at n). */
static bool compiles_own_clause(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t ce)
{
    uint32_t a, z;
    year_clause(src, s, ys, n, ce, &a, &z);
    return clause_compiles(src, a, z);
}

/* Does a report's name open right after the 年 at n (年度? 的? then 政府
 * 信息公开 / 政务公开 / 信息公开 / 工作 / 报告 / 年报: year_names_report's
 * first step)? A cheap test before any clause is read. */
static bool name_opens_after(const uint8_t *src, uint32_t n, uint32_t e)
{
    static const char *const du[] = {"度", NULL};
    static const char *const de[] = {"的", NULL};
    static const char *const name[] = {"政府信息公开", "政府信息公開", "政府資訊公開", "政务公开", "政務公開", "信息公开",
                                       "信息公開", "工作", "报告", "報告", "年报", "年報", NULL};
    uint32_t i = after_breaks(src, n + 3, e);
    i = after_breaks(src, i + starts_with_any(src, i, e, du), e);
    i = after_breaks(src, i + starts_with_any(src, i, e, de), e);
    return starts_with_any(src, i, e, name) != 0;
}

/* Does the text just before b, a use verb's end, to the year at ys name
 * only the owner of the report used: nothing, 本局/我局/本机关/本单位/上年/
 * 上一年度…, or an agency's name (at most 20 characters ending in 局 委 办
 * 院 厅 府 部 中心 室 …) with no compile verb and no punctuation in it
 * (review year66 B1: 参照上级要求编制2023年度…年度报告 governs no year)? */
static bool owner_only(const uint8_t *src, uint32_t b, uint32_t ys)
{
    static const char *const owner[] = {"本局", "我局", "本机关", "本機關", "本单位", "本單位", "我单位", "我單位",
                                        "上年度", "上年", "上一年度", "上一年", "上一", NULL};
    static const char *const suffix[] = {"局", "委", "办", "辦", "院", "厅", "廳", "府", "部", "中心", "处", "處", "室",
                                         "所", "站", "队", "隊", NULL};
    static const char *const bar[] = {"编制", "編制", "編製", "编製", "编写", "編寫", "形成", "公布", "公佈", "发布",
                                      "發布", "發佈", "，", "。", "；", ",", ";", "、", "\n", "要求", "要点", "要點",
                                      "精神", "规定", "規定", "通知", "实际", "實際", "标准", "標準", NULL};
    if (b == ys)
        return true;
    for (int k = 0; owner[k]; k++)
        if (ys - b == strlen(owner[k]) && memcmp(src + b, owner[k], ys - b) == 0)
            return true;
    if (!ends_with_any(src, b, ys, suffix))
        return false;
    for (uint32_t i = b; i < ys; i = next_cp(src, i))
        if (starts_with_any(src, i, ys, bar))
            return false;
    return true;
}

/* Does a use verb (参照 结合 总结 针对 对照 借鉴, either script) govern
 * the year at ys directly: the verb, then at most an owner (owner_only),
 * then the year? The look goes at most USE_LOOK bytes back, so each year
 * costs the same however long its clause (review year66 B2). */
enum { USE_LOOK = 60 };
static bool use_verb_governs(const uint8_t *src, uint32_t s, uint32_t ys)
{
    static const char *const use[] = {"参照", "參照", "结合", "結合", "总结", "總結", "针对", "針對", "对照", "對照",
                                      "借鉴", "借鑒", NULL};
    uint32_t y = before_blanks(src, s, ys), lb = y - s > USE_LOOK ? y - USE_LOOK : s;
    for (uint32_t b = y; b >= lb + 6; b--)
        if ((src[b] & 0xC0) != 0x80 && ends_with_any(src, lb, b, use) && owner_only(src, b, y))
            return true;
    return false;
}

/* Does 基础 follow the report's name ending at ne (报告 at ne, 的?)
 * right after it (在2022年度报告基础上, …报告的基础上)? */
static bool base_after(const uint8_t *src, uint32_t ne, uint32_t z)
{
    static const char *const de[] = {"的", NULL};
    static const char *const base[] = {"基础", "基礎", NULL};
    uint32_t i = ne + 6 <= z ? ne + 6 : z;
    i += starts_with_any(src, i, z, de);
    return starts_with_any(src, i, z, base) != 0;
}

/* use := (参照 | 结合 | 总结 | 针对 | 对照 | 借鉴, either script) owner? year 年 … 报告
 *        | year 年 … 报告 的? 基础   in one clause that neither compiles nor
 * hands this report (compiles_own_clause): the clause builds on a report
 * of that year, which is therefore another, earlier one; its year is not
 * this report's (按照2023年工作要点要求，参照2022年度报告，编制本报告:
 * review year65b R3, review year65 B4). ce bounds the look. The verb
 * governs the year directly (use_verb_governs: 参照上级要求编制2023年度
 * 报告 names the report's own year, review year66 B1), and 基础 follows
 * the name at once (base_after), so each year costs a bounded look. */
static bool uses_other_report(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t ce)
{
    uint32_t a, z;
    year_clause(src, s, ys, n, ce, &a, &z);
    uint32_t ne = first_name_end(src, n + 3, z);
    if (!(ne < z && year_names_report(src, n, ne)))
        return false;
    if (!use_verb_governs(src, a, ys) && !base_after(src, ne, z))
        return false;
    return !clause_compiles(src, a, z);
}

/* After a cited year (cites_for_report) only the report's own name or
 * its own work in the same sentence dates it (按照2022年工作要点之要求编制
 * 本局2023年度报告, 根据2023年度工作要点，结合本局2023年度工作开展情况编制
 * 本报告; a plain year only: 2024年本局将… is a plan): is the year at
 * ys, whose 年 is at n, before ce, the sentence's end, one? */
static bool names_after_cited(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t ce)
{
    if (n + 3 > ce)
        return false;
    uint32_t ne = first_name_end(src, n + 3, ce);
    if (other_report_clause(src, s, ys, n, ce))
        return false;
    return (ne < ce && year_names_report(src, n, ne) && compiles_own_clause(src, s, ys, n, ce)) || (own_work_after(src, n, ce) && plain_year(src, s, ys, n, ce));
}

/* The marks that end a cited document's clause (cites_document,
 * carried_before): ， 。 ； , ; a blank line (a single line break goes
 * on: a PDF's line inside the name, 按照2024年政务公开⏎工作要点) and
 * 情况 (the work's own state, no document: 根据2023年度政务公开工作开展
 * 情况和上级要求). */
static const char *const cited_clause_stop[] = {"，", "。", "；", ",", ";", "\n\n", "\n\r\n", "情况", "情況", NULL};

/* carry := 落实 | 围绕 | 对照 | 参照 | 比照 | 对标 | 结合 | 执行 (either
 * script): a verb that holds the work against a document (对照2023年政务公开
 * 工作要点，本局逐项说明…, 参照《2023年…方案》: review year72 p06), in the few
 * bytes before i (30) with no clause mark (， 。 ； , ;) or 情况 between.
 * cites_document's and cited_book_year's look beside cited_before's verbs;
 * a document's word must still follow the year (对照2022年，…增加 names
 * none: a comparison, read as before). */
static bool carried_before(const uint8_t *src, uint32_t s, uint32_t i)
{
    static const char *const carry[] = {"落实", "落實", "围绕", "圍繞", "对照", "對照", "参照", "參照", "比照",
                                        "对标", "對標", "结合", "結合", "执行", "執行", NULL};
    uint32_t b = i > s + 30 ? i - 30 : s, k = i;
    while (k > b && !ends_with_any(src, b, k, carry) && !ends_with_any(src, b, k, cited_clause_stop))
        k--;
    return ends_with_any(src, b, k, carry);
}

/* The year (with its 年) inside the 《…》 opened at i, when a citing word
 * stands before the 《 in its clause (cited_before): 根据《2022年政务公开
 * 工作要点》编制本报告 cites 2022's document. A year of the text later
 * than it is then no surer the report's than the document's own
 * (…。2024年，本局将…: review year64b, d14): none is taken (P016). 0 when
 * the book names no year or is not cited; a look of at most CLAUSE_MAX
 * bytes. */
static int cited_book_year(const uint8_t *src, uint32_t s, uint32_t i, uint32_t e)
{
    uint32_t a = i + 3, lim = clause_limit(a, e), z = find_utf8(src, a, lim, "》");
    if (z >= lim || !(cited_before(src, s, i) || carried_before(src, s, i)))
        return 0;
    xxgk_span ys;
    for (int y; (y = find_year(src, a, z, &ys)) != 0; a = ys.end) {
        uint32_t n = after_blanks(src, ys.end, z);
        if (n + 3 <= z && memcmp(src + n, "年", 3) == 0)
            return y;
    }
    return 0;
}

/* issuer := the words between a cite verb and the year of the document it
 * cites, in one clause: 按照青禾县人民政府办公室关于印发2024年政务公开工作
 * 要点的通知 names the document's issuer however long (cited_before looks
 * 30 bytes back only). Is there a cite verb (cited_before's, or 落实)
 * before the year at ys in its clause, within CLAUSE_MAX bytes, with no
 * ASCII clause mark (, ; : or a blank line), no 。 or ； (a sentence's
 * end: 特编制本报告。2023年政务公开工作要点…, review year70 N5; the
 * full-width ， ： do not end the look: documents listed with ，, review
 * year69 k_docsb3; 、 joins two issuers) and no
 * word of the agency itself between (本局 本机关 本单位 本部门 本委 本办
 * 本厅 本级, 我局 我委 我办…: 根据工作需要本局2023年制定… is the agency's
 * own act, not a document's name; 本市 我省 本县 本溪市 name a place or an
 * issuer and go on: 关于印发本市2024年…要点的通知, review year69 B1), the year not after 在 or 于 (a time: 根据…部署在2023年
 * 全面推进…; 关于2024年…, 关于在2024年…, 对于2024年… are a name's)? Each code point back is tested once: a look of at most
 * CLAUSE_MAX bytes per year. CITE_VERB: a cite verb; CITE_CUT: the look
 * ran out in one clause (the verb may stand further back: the caller
 * refuses, review year69 B3); CITE_NONE otherwise. */
enum { CITE_NONE, CITE_VERB, CITE_CUT };
static int cite_verb_far(const uint8_t *src, uint32_t s, uint32_t ys)
{
    static const char *const at_time[] = {"在", "于", "於", NULL};
    static const char *const about[] = {"关于", "關於", "关于在", "關於在", "对于", "對於", NULL};
    /* the agency's own words (build_doc.c scope_own's, 我 forms, either script) */
    static const char *const own_agency[] = {"本局", "我局", "本机关", "本機關", "我机关", "我機關", "本单位", "本單位",
                                             "我单位", "我單位", "本部门", "本部門", "我部门", "我部門", "本委", "我委",
                                             "本办", "本辦", "我办", "我辦", "本厅", "本廳", "我厅", "我廳", "本级",
                                             "本級", NULL};
    if (ends_with_any(src, s, ys, at_time) && !ends_with_any(src, s, ys, about))
        return CITE_NONE; /* 在2023年, 于2023年: a time the sentence tells, no name's year (关于2024年…, 关于在2024年…,
                         * 对于2024年… are: review year69 B2) */
    uint32_t b = ys - s > CLAUSE_MAX ? ys - CLAUSE_MAX : s;
    for (uint32_t k = ys; k > b;) {
        uint8_t c = src[--k];
        if (c < 0x80) {
            bool blank = c == '\n' && k > b &&
                         (src[k - 1] == '\n' || (src[k - 1] == '\r' && k - 1 > b && src[k - 2] == '\n'));
            if (c == ',' || c == ';' || c == ':' || blank)
                return CITE_NONE; /* a blank line ends the clause; a single break goes on (a PDF's line) */
            continue;
        }
        if ((c & 0xF0) != 0xE0 || k + 3 > ys)
            continue; /* a continuation byte (to the code point's first), or no three-byte character */
        uint32_t cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(src[k + 1] & 0x3F) << 6 | (src[k + 2] & 0x3F);
        switch (cp) {
        case 0x3002: case 0xFF1B: /* 。 ； */
            return CITE_NONE; /* a sentence's end: a verb before it cites nothing after it (review year70 N5, k01-k03) */
        case 0xFF0C: case 0xFF1A: /* ， ： */
            /* fall through: no stop (documents listed with ，, review year69
             * k_docsb3, rely on it); only the agency's own words end the look */
        case 0x672C: case 0x6211: /* 本 我 */
            if (starts_with_any(src, k, ys, own_agency))
                return CITE_NONE; /* 本局2023年制定…: the agency's own act (本市 我省 本县 本溪市 name a place: on) */
            break;
        default:
            if (meta_cite_lead(cp) && starts_with_any(src, k, ys, meta_cite_verbs_far))
                return CITE_VERB;
            break;
        }
    }
    return b > s ? CITE_CUT : CITE_NONE; /* the window ran out in one clause: no telling whose year it is */
}

/* A cited clause cut by a blank line at ce with no clause mark before it
 * (按照2024年⏎⏎政务公开工作要点，本局将…: a page's break inside the
 * document's name) goes on over it to the next line's own clause mark or
 * end: the end of that clause, else ce. Once per cited year. */
static uint32_t clause_over_blank(const uint8_t *src, uint32_t ce, uint32_t lim, const char *const *stop)
{
    if (ce >= lim || src[ce] != '\n')
        return ce;
    while (ce < lim && (src[ce] == '\n' || src[ce] == '\r' || src[ce] == ' ' || src[ce] == '\t'))
        ce++;
    while (ce < lim && src[ce] != '\n' && !starts_with_any(src, ce, lim, stop))
        ce = next_cp(src, ce);
    return ce;
}

/* The end of the clause from i (to ， 。 ； or a line's end, at most
 * CLAUSE_MAX bytes on): a cited plan's clause, whose later years as late as
 * the plan's are the plan's (按照2024年…要点要求本局将继续深化公开并于2024年
 * 底前完成; after a comma, 现将本局2023年度…报告 is read as before). */
static uint32_t plan_clause_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const stop[] = {"，", "。", "；", ",", ";", "\n", NULL};
    uint32_t lim = clause_limit(i, e);
    while (i < lim && !starts_with_any(src, i, lim, stop))
        i = next_cp(src, i);
    return i;
}

/* dated-plan := year 年 month 月 (day 日)? (印发 | 出台 | 发布 | 下发 | 制定)
 * 的 … document-word   in a sentence that speaks of a plan
 * (plan_in_sentence): 按照青禾县人民政府办公室2024年1月印发的政务公开工作
 * 要点，本局将继续深化公开 dates the document that plans the work ahead,
 * not the year the report covers: passed over as a plan (cites_document's
 * twin for a date of issue). A date of issue in a sentence of work done
 * (根据2023年12月印发的《…要点》，本机关推进…) stays the report's year. */
static bool dated_plan_document(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    static const char *const issued[] = {"印发的", "印發的", "出台的", "出臺的", "发布的", "發布的", "下发的", "下發的",
                                         "制定的", NULL};
    uint32_t de, k;
    if (!month_date(src, n, e, &de) || (k = starts_with_any(src, de, e, issued)) == 0)
        return false;
    uint32_t ce = sentence_end(src, de + k, e);
    return document_word_in(src, de + k, ce) && plan_in_sentence(src, s, ys, n, e) != PLAN_NONE;
}

/* cited-document := cite-verb … year 年 … document-word   in the year's
 * own clause (to ， 。 ； or a blank line), the cite verb (根据 依据 按照
 * 依照 遵照 贯彻, cited_before's, or 落实 围绕) before the year in that clause
 * and the document's word (要点 方案 通知 部署 要求 意见 计划 …,
 * document_words) after it, before any 情况 (the work's own state:
 * 根据2023年度政务公开工作开展情况和上级要求 is no document) and not its
 * fulfilment (要点执行情况: own_document_in). 按照2024年政务公开工作要点，
 * 本局将继续深化公开: the year names the document cited, not the year the
 * report covers; it is passed over as a plan's is (a lower year is then
 * taken only as a plain year opening its clause: below_ahead), where the
 * report's own name in the sentence does not settle it (cites_for_report).
 * A year naming the report itself (按照2023年度政府信息公开工作年度报告编制
 * 要求: year_names_report) cites no document: read as before (review
 * year68 mend 1). A year with a month (2023年12月印发的《…》) is a dated document's, read
 * as before. A look of at most CLAUSE_MAX bytes past the 年 at n and 30
 * back. */
static int cites_document(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e)
{
    uint32_t de;
    int far = CITE_NONE;
    if (month_date(src, n, e, &de))
        return CITE_NONE; /* 2023年12月印发的《…》: a dated document (qualifies_document's) */
    if (!cited_before(src, s, ys) && (far = cite_verb_far(src, s, ys)) != CITE_VERB && far != CITE_CUT) {
        if (!carried_before(src, s, ys))
            return CITE_NONE;
        far = CITE_NONE;
    }
    uint32_t ce = n + 3, lim = clause_limit(n + 3, e);
    while (ce < lim && !starts_with_any(src, ce, lim, cited_clause_stop))
        ce = next_cp(src, ce);
    ce = clause_over_blank(src, ce, lim, cited_clause_stop);
    uint32_t se = sentence_end(src, ce, e), ne = first_name_end(src, n + 3, se);
    if (ne < se && year_names_report(src, n, ne))
        return CITE_NONE; /* 按照2023年度政府信息公开工作年度报告编制要求: the report's own year, as cites_for_report's */
    if (!document_word_in(src, n + 3, ce) || own_document_in(src, n + 3, ce))
        return CITE_NONE;
    return far == CITE_CUT ? CITE_CUT : CITE_VERB;
}

static uint32_t whole_year_at(const uint8_t *src, uint32_t n, uint32_t e, int y);

/* year 年 whole-span (，| 本 | 我 | 全): a whole year's span (1月至12月,
 * 1月1日至12月31日, 1月至12月底: whole_year_at) that opens its clause
 * (2023年1月至12月，本局主动公开…): the period the report covers. A year
 * led by what plain_year refuses (year_led: 对照2022年1月至12月，,
 * 比照…, 截至…) is a target or a comparison, no period: false. */
static bool whole_year_opens(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e, int y)
{
    static const char *const next[] = {"，", ",", "本", "我", "全", NULL};
    if (year_led(src, s, ys))
        return false;
    uint32_t i = whole_year_at(src, n, e, y);
    return i && starts_with_any(src, after_blanks(src, i, e), e, next) != 0;
}

/* hand := 现将 … year 年 度? 的? report-name handing-word* 如下   (or the
 * sentence cut at a blank line right after the name: handed_name_end), the
 * year naming that report (year_names_report: its first 报告 is the name's
 * end), no other report's word in its clause (other_report_clause): the
 * sentence that hands this report over names its year (现将本局2022年度政府
 * 信息公开工作年度报告公布如下). A cited document's year above it (按照
 * 《2023年政务公开工作要点》要求，现将…; 按照2023年…要点，本局将…。现将…)
 * does not outweigh that statement: below_ahead is not asked. Only when
 * the handed object ends in the name: 现将关于报送2022年度…年度报告的通知
 * 转发如下, …年度报告格式要求转发如下, …年度报告模板转发如下, …报告中的数据
 * 更正如下 hand another document (review year73 k01 k07 k11 k13); and only
 * when no other year stands in any 现将 sentence of [s, e) (现将本局2022年度
 * …报告、2023年度…报告公布如下; two 现将 sentences, 2022 and 2023: review
 * year73 k16 k02): otherwise P016 as before. Asked once a text, for a
 * year under a cited plan's: each 现将 sentence read once (at most
 * STATEMENT_MAX bytes). */
static bool hands_named_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e, int y)
{
    bool named = false;
    for (uint32_t i = meta_find_now(src, s, e); i < e; i = meta_find_now(src, i + 3, e)) {
        uint32_t se, h, ne = handed_name_end(src, i, e, &se, &h);
        xxgk_span at;
        uint32_t k = i;
        for (int o; (o = find_year(src, k, se, &at)) != 0; k = at.end)
            if (o != y)
                return false; /* another year handed, or in a handing sentence: no statement */
        if (i < ys && ys < ne && ne < h && year_names_report(src, n, ne) && !other_report_clause(src, s, ys, n, se))
            named = true;
    }
    return named;
}

/* Does the year at ys stand in a 现将 sentence of [s, e) (presenting_end)
 * that ends within the look (STATEMENT_MAX: a longer one, a list of four
 * offices, is read as before)? Such a year is the handed object's: the
 * report's only where hands_this_year says so. Asked once a text, where
 * its year is taken: each 现将 before ys read once. */
static bool in_handing_sentence(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t e)
{
    for (uint32_t i = meta_find_now(src, s, ys); i < ys; i = meta_find_now(src, i + 3, ys)) {
        uint32_t lim = statement_limit(i, e), se = presenting_end(src, i, lim);
        if (ys < se && (se < lim || lim == e))
            return true;
    }
    return false;
}

/* The end of the report's name a 现将 sentence with no 如下 hands over in
 * its first clause [i, c) (c: the first ， ： ； 。 after it, or the
 * sentence's end): the last 报告/年报 in [i, c), followed to c only by
 * handing words (handed_name's, and （全文）, 在…网站(上), 的, an
 * explanation of the report: 编制情况 有关情况 情况 说明: an account of how
 * this report was compiled is part of it, review year74 finding 2); its
 * start, else c. 现将本局2023年度…报告予以公布，欢迎…; …报告在本局门户网站
 * 公布，请查阅; …报告向社会公布：; …报告的编制情况说明。 (review year74 y03
 * y04 y11 y13 y15 z03 z05 z06 z10 e01). handed_name's walk (name_then_hand). */
static uint32_t handed_clause_name(const uint8_t *src, uint32_t i, uint32_t c)
{
    static const char *const hand[] = {"》", "」", "”", "\"", "予以", "予", "向社会", "向社會", "公布", "公佈", "发布",
                                       "發布", "發佈", "印发", "印發", "公开", "公開", "全文", "（全文）", "(全文)", "正式",
                                       "的", "编制情况", "編制情況", "有关情况", "有關情況", "情况", "情況", "说明", "說明",
                                       "网站上", "網站上", "网站", "網站", " ", "　", "\n", "\r", NULL};
    return name_then_hand(src, i, c, hand, true);
}

/* hands := 现将 … year 年 度? 的? report-name handing-word* (如下 | ， ： ；
 * 。)   with no cited plan above (review year73 k17-k19, review year74
 * finding 1): the year at ys (its 年 at n) stands before the name of the
 * report its 现将 sentence hands over: the handed object ends in the
 * report's name with only handing words after it to 如下 (handed_name) or,
 * with no 如下, to the first ， ： ； 。 or a glued 一、 (handed_clause_name: 现将本局2023年度
 * …报告予以公布，欢迎社会各界提出意见建议。; …报告全文发布：). What follows
 * that clause (with no 如下) decides nothing unless it names a report of another year
 * (…予以公布，同时公布2023年度报告; …予以公布，2023年度报告另行发布: not
 * 2024年本局将继续…, 数据统计截至2023年12月31日); and no 现将 sentence of
 * [s, e) hands a report of another year (two 现将 sentences of 2022 and
 * 2023; …2022年度…报告、2023年度…报告公布如下). The handed object ending
 * in another noun (通知 模板 格式要求 征求意见稿 整改情况 更正说明 …) hands
 * no report: false. A cited document's year inside the sentence names no
 * report (现将按照2022年工作要点之要求编制本局2023年度…报告公布如下: 2023).
 * Asked once a text. */
static bool hands_this_year(const uint8_t *src, uint32_t s, uint32_t ys, uint32_t n, uint32_t e, int y)
{
    static const char *const mark[] = {"，", "：", "；", "。", ",", ":", ";", "一、", NULL};
    bool named = false;
    for (uint32_t i = meta_find_now(src, s, e); i < e; i = meta_find_now(src, i + 3, e)) {
        uint32_t se, h, k = i, kn;
        (void)handed_name_end(src, i, e, &se, &h);
        bool rx = h < se; /* 如下: the sentence's rest after it is read as before */
        if (!rx) {
            h = i + 6; /* 现将's own bytes */
            while (h < se && !starts_with_any(src, h, se, mark))
                h = next_cp(src, h); /* 现将…报告予以公布，…: the first clause's end for 如下 */
        }
        uint32_t ne = handed_clause_name(src, i, h);
        if (ne >= h)
            continue; /* no report's name handed */
        xxgk_span at;
        for (int o; (o = year_then_nian(src, k, ne, &at, &kn)) != 0; k = at.end)
            if (o != y && year_names_report(src, kn, ne))
                return false; /* another year's report handed */
        for (int o; !rx && (o = year_then_nian(src, h, se, &at, &kn)) != 0; h = at.end) {
            uint32_t re = first_name_end(src, kn + 3, se);
            if (o != y && re < se && year_names_report(src, kn, re))
                return false; /* …予以公布，同时公布2023年度报告: another year's report named after the clause */
        }
        if (i < ys && ys < ne && !other_report_clause(src, s, ys, n, se))
            named = true;
    }
    return named;
}

/* May the year y be taken after a year passed over as a plan
 * (cited->ahead_year)? A lower year is taken only as a plain year opening
 * its clause, and only the year before the plan's (2024年，我局将继续…。
 * 2023年，本局…: 2023; …。2022年，本局主动公开…500条: last year's figure
 * under a plan for 2024, two years before it: P016, review year68 y04c;
 * the plan is the next year's, the report the year between); a weaker one (a
 * cited report's, a period's start, a cited plan's) would hand the report
 * to an earlier year on no statement of it: P016 instead (the publishing
 * date may still date it). A year passed over only because a document is
 * cited (cited->ahead_cites: 按照2023年政务公开工作要点，…。2022年，本局…)
 * licenses no lower year at all, an opening one neither: the cited plan
 * may be the report's own year's, and the lower line last year's figure.
 * A whole year's span opening its clause (whole: 2023年1月至12月，本局…,
 * 2023年1月1日至12月31日，, 2023年1-12月，) opens it as a plain year does
 * (it has a month, so plain_year is false): the year before a plan's is
 * taken (按照2024年政务公开工作要点，本局将继续…。2023年1月至12月，本局…:
 * 2023, review year68 y19); two before, or after a cited document's year
 * (ahead_cites), P016 still. Marks it and says so (true). */
static bool below_ahead(meta_cited *cited, int y, bool opens, bool whole)
{
    if (!cited->ahead_year || !y || y >= cited->ahead_year ||
        ((opens || whole) && !cited->ahead_cites && y == cited->ahead_year - 1))
        return false;
    cited->report_cited = true;
    return true;
}

void meta_year_from_text(xxgk_doc *doc, xxgk_report *r, uint32_t s, uint32_t e, int source, meta_dated *dated,
                         meta_cited *cited)
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
    if (cited->report_cited)
        return; /* a year set aside as a cited document's: no later one is taken (P016) */
    /* the first "20xx年" that is not part of a document name (《…》) */
    uint32_t i = s, ls = s; /* ls: the start of i's line */
    int ahead_n = 0; /* years passed over as plans (ahead_year), at most AHEAD_MAX */
    int depth = 0;
    bool labeled = false; /* a 发布时间 label seen on this line */
    uint32_t searched = s; /* the line searched for that label up to here */
    struct {
        int y;
        xxgk_span at;
        bool plain;
    } since = {0, {0, 0}, false}, /* a year that opens a period (2018年以来) */
      later = {0, {0, 0}, false}, /* the period's latest step so far (2021年以来…2022年…2023年，) */
      own = {0, {0, 0}, true},    /* an own plan's year, carried out (CITES_OWN_PLAN): a candidate */
      plan = {0, {0, 0}, true};   /* a cited document's year (CITES_DOCUMENT), set aside */
    /* agreed := a cited plan's year Y (it may be the report's year or the
     * next one's: the 2024 要点 asks for the 2023 report) and, in the same
     * sentence, another report the text builds on (uses_other_report) of
     * Y-1: the report is later than that one, so it is Y's. Any other pair
     * is no surer than the plan alone (P016). */
    int other_y = 0; /* the year of another report the text builds on (uses_other_report) */
    uint32_t cite_end = 0; /* the end of the sentence a cited year was set aside in (cites_for_report) */
    uint32_t plan_end = 0; /* the end of the clause of plans a cited document's year was passed over in */
    int book_y = 0; /* the year of a cited 《…》 (cited_book_year): no later year is the report's */
    int before_y = 0; /* a comparison's year (较2022年): the report's is the one after it */
    xxgk_span before_at = {0, 0};
    const uint8_t *unclosed = NULL; /* ft_unseen_markup_at: no comment closes from there on */
    while (i < e) {
        if (src[i] == '\n') {
            ls = searched = i + 1;
            labeled = false;
        }
        size_t ml = src[i] == '<' ? ft_unseen_markup_at(src + i, src + e, &unclosed) : 0;
        if (ml) {
            /* a comment or a tag a page's source left in the text
             * (青禾县教育局<!--2019年度-->现将2023年度…): no reader sees
             * the year it holds, so it is no year of the report */
            i += (uint32_t)ml;
            continue;
        }
        if (i + 3 <= e && memcmp(src + i, "《", 3) == 0) {
            if (!depth && !book_y && source == XXGK_FROM_PREAMBLE && (book_y = cited_book_year(src, s, i, e)) != 0 &&
                book_y > cited->ahead_year) {
                /* 按照《2023年政务公开工作要点》，…: a cited document's year,
                 * as cites_document's outside 《》 (review year72 p32): no
                 * lower year of the preamble or section 一 is the report's
                 * (below_ahead, ahead_cites: P016) */
                cited->ahead_year = book_y;
                cited->ahead_cites = true;
            }
            depth++;
        }
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
            if (y && ys.start == i && dated && !(doc->nlinks && doc_in_link(doc, i)) &&
                meta_iso_date(src, ys.end, e, &mo, &dd, &de)) {
                /* 2024-01-18 under the title or after 发布时间：: a publishing
                 * stamp, kept as the day's date is; any other no year */
                if (!dated->year && iso_label_ok(src, ls, ys.start) &&
                    published_date(src, ls, ys.start, de, e, source == XXGK_FROM_PREAMBLE, &labeled, &searched))
                    *dated = (meta_dated){y, mo, dd, {ys.start, de}, source, false};
                i = de;
                continue;
            }
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 && month_date(src, n, e, &de) &&
                crawl_label(src, ls, ys.start)) {
                i = de; /* 抓取时间：2025年1月3日: a copy's day, no stamp and no year */
                continue;
            }
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                !(doc->nlinks && doc_in_link(doc, i)) && dated && day_date(src, n, e, &mo, &dd, &de) &&
                published_date(src, ls, ys.start, de, e, source == XXGK_FROM_PREAMBLE, &labeled, &searched)) {
                if (!dated->year)
                    *dated = (meta_dated){y, mo, dd, {ys.start, de}, source, false};
                i = de;
                continue;
            }
            /* not a stamp (above): a sentence's dated event */
            int ev = y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                             !(doc->nlinks && doc_in_link(doc, i)) && dated && source == XXGK_FROM_PREAMBLE &&
                             opens_sentence(src, ls, ys.start, e) && day_date(src, n, e, &mo, &dd, &de)
                         ? day_event(src, de, e, y, mo, dd)
                         : DAY_PLAIN;
            if (ev == DAY_PLAIN && y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 && dated &&
                source == XXGK_FROM_PREAMBLE &&
                !(doc->nlinks && doc_in_link(doc, i)) && dated_by_report(src, ls, ys.start) &&
                day_date(src, n, e, &mo, &dd, &de) && mo <= 11)
                ev = DAY_OF_REPORT; /* 本报告于2024年4月2日经…审议通过 */
            if ((ev == DAY_CLOCKED && mo == 1) || ev == DAY_JANUARY) {
                if (!cited->january.year) /* the first January day: P080's */
                    cited->january = (meta_dated){y, mo, dd, {ys.start, de}, source, false};
                if (ev == DAY_JANUARY) {
                    i = de; /* 2024年1月25日，本局召开全局干部大会: no year of its own */
                    continue;
                }
            }
            if (ev == DAY_CLOCKED) {
                /* 2023年1月5日 9:00，本局召开2022年度…会议: a year told
                 * later is the report's; this one only when none is */
                if (!cited->clock_year)
                    cited->clock_year = y, cited->clock_at = ys;
                i = de;
                continue;
            }
            if (ev == DAY_OF_REPORT) {
                /* two such events: the later dates the report's writing */
                if (!dated->year || (dated->event && y * 400 + mo * 32 + dd > dated->year * 400 + dated->month * 32 + dated->day))
                    *dated = (meta_dated){y, mo, dd, {ys.start, de}, source, true};
                i = sentence_end(src, de, e); /* 发布2022年度报告: no year from inside it */
                continue;
            }
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 && month_date(src, n, e, &de) &&
                qualifies_document(src, de, e) && cited_before(src, s, ys.start)) {
                if (state_law_after(src, de, e)) {
                    if (!cited->law_year)
                        cited->law_year = y, cited->law_at = ys;
                } else if (!cited->doc_year) {
                    cited->doc_year = y, cited->doc_at = ys, cited->doc_source = source;
                }
                i = de; /* the document's date: its name is skipped next */
                continue;
            }
            if (y && ys.start == i && n + 3 <= e && memcmp(src + n, "年", 3) == 0 &&
                !(doc->nlinks && doc_in_link(doc, i))) {
                if (source == XXGK_FROM_PREAMBLE && name_opens_after(src, n, e) &&
                    uses_other_report(src, s, ys.start, n, sentence_end(src, n + 3, e))) {
                    if (!other_y)
                        other_y = y; /* 参照2022年度报告: another report's year, none of this one */
                    i = n + 3;
                    continue;
                }
                if (cite_end && !names_after_cited(src, s, ys.start, n, cite_end)) {
                    if (!own.y && plan.y && other_y == plan.y - 1)
                        own = plan; /* the plan's year and the last report's agree (agreed, above) */
                    if (own.y && (y == own.y || !plain_year(src, s, ys.start, n, e)))
                        break; /* the own plan's year stands (taken below) */
                    own.y = plan.y = 0; /* 根据2022年工作要点执行情况…。2023年，本局…: P016 */
                    break;
                }
                if (book_y && y > book_y && !names_after_cited(src, s, ys.start, n, sentence_end(src, n + 3, e))) {
                    cited->report_cited = true; /* 根据《2022年…要点》…。2024年，…: P016 */
                    break;
                }
                int cites = source == XXGK_FROM_PREAMBLE && !cite_end ? cites_for_report(src, s, ys.start, n, e) : 0;
                if (cites) {
                    /* 按照2022年工作要点之要求编制本局年度报告: the document's
                     * year; a later year of the text is no surer the
                     * report's (…报告电子版自2024年1月起…): none (P016),
                     * but for the report's own name in the same sentence
                     * (…之要求编制本局2023年度报告) */
                    cited->report_cited = true;
                    cite_end = sentence_end(src, n + 3, e);
                    if (cites == CITES_OWN_PLAN)
                        own.y = y, own.at = ys; /* 根据本局2023年工作要点执行情况: a candidate */
                    else if (!plan.y)
                        plan.y = y, plan.at = ys;
                    i = n + 3;
                    continue;
                }
                int cd = i < plan_end && y >= cited->ahead_year ? CITE_VERB : cites_document(src, s, ys.start, n, e);
                if (cd == CITE_CUT) {
                    /* a document's year whose clause runs back past the
                     * look (CLAUSE_MAX) with no clause mark: the cite verb
                     * may stand before it (按照A…2024年…通知、B…2024年…通知、…,
                     * review year69 B3): no year of the text is taken (P016) */
                    cited->report_cited = true;
                    return;
                }
                if (cd || dated_plan_document(src, s, ys.start, n, e)) {
                    /* 按照2024年政务公开工作要点，本局将…: the document's year;
                     * in its clause of plans a year as late is the plan's
                     * too (…要点要求本局将…并于2024年底前完成) */
                    if (y > cited->ahead_year)
                        cited->ahead_year = y;
                    int pl = plan_in_sentence(src, s, ys.start, n, e);
                    if (pl != PLAN_SURE)
                        cited->ahead_cites = true; /* 按照2023年…要点，本局认真做好… (本局将…纳入考核): the work done under it, maybe */
                    if (pl != PLAN_NONE && plan_end <= i)
                        plan_end = plan_clause_end(src, n + 3, e);
                    if (++ahead_n > AHEAD_MAX) {
                        cited->report_cited = true; /* document after document: no year is taken (P016, review year69 B3) */
                        break;
                    }
                    i = n + 3;
                    continue;
                }
                bool compared = compared_year(src, s, ys.start, e) && !year_start_after(src, n, e);
                uint32_t past;
                if (!since.y && !compared && (past = since_year(src, n, e, y)) != 0) {
                    /* 2018年以来，…，2023年本机关: a later plain year that
                     * opens its clause is the report's, else this one */
                    since.y = y, since.at = ys, since.plain = plain_year(src, s, ys.start, n, e);
                    i = past;
                    continue;
                }
                int w = written_year(r, dated);
                if (since.y && !(y > (later.y ? later.y : since.y) && !compared && !(w && y >= w) && year_opens_clause(src, n, e) &&
                                 plain_year(src, s, ys.start, n, e) && !outlook_year(src, s, ys.start, n, e)))
                    break; /* 2023年以来…。下一步，2024年…: the period's first year */
                static const char *const with[] = {"与", "與", NULL};
                if (cited->january.year && !compared && ends_with_any(src, s, ys.start, with))
                    compared = true; /* after a January day: 与2022年基本持平 */
                if (compared && !cited->doc_year && !cited->law_year) {
                    /* 较2022年, 与2022年相比: the year before the report's */
                    if (!before_y)
                        before_y = y, before_at = ys;
                    i = n + 3;
                    continue;
                }
                if ((before_y && (y != before_y + 1 || outlook_year(src, s, ys.start, n, e))) ||
                    (cited->clock_year && y >= cited->clock_year)) {
                    /* after 较2022年 only 2023 is the report's, and not as a
                     * plan (较2022年…。下一步，2024年…, 2024年重点做好…);
                     * 2024年1月12日 15:30，本局召开会议，部署2024年度…: a
                     * clocked day's year or a later one is its plan (the
                     * day's own year is taken at the end where no other
                     * is) */
                    i = n + 3;
                    continue;
                }
                bool plain = plain_year(src, s, ys.start, n, e);
                if (dated && dated->event && (compared || !plain || y > dated->year ||
                                               (y == dated->year && source == XXGK_FROM_PREAMBLE))) {
                    /* after an event of the report (P104) only a plain year
                     * before it is the report's: 较2022年, 二〇三五年远景目标
                     * are not; section 一's plain year of the event's own
                     * year is taken (the day was then no event of this
                     * report: 2023年3月1日…报送年报。一、2023年，…) */
                    i = n + 3;
                    continue;
                }
                bool in_day = cited->january.year && in_january_sentence(src, &cited->january.at, ys.start, e);
                if (cited->january.year && (in_day ? y >= cited->january.year : !january_may_date(src, s, ys.start, n, e))) {
                    /* 2024年1月12日，…。学习2019年修订的《条例》: after a
                     * January day's sentence only a plain year opening its
                     * clause dates the report; else the day does (P080).
                     * The day's own sentence names what it reviews, a
                     * year before the day's (…会议，总结2023年工作); its
                     * day's year or a later one is a plan (部署2024年…) */
                    i = n + 3;
                    continue;
                }
                if (since.y) {
                    /* period := year 以来 … (year，)+ : each later year
                     * that opens its clause is a step of the period,
                     * which runs to the report's time; the last step is
                     * the year whose statistics the report gives
                     * (2021年以来…。2022年，…。2023年，本局主动公开…) */
                    later.y = y, later.at = ys, later.plain = plain;
                    i = n + 3;
                    continue;
                }
                if (!compared && ahead_year(src, s, ys.start, n, e)) {
                    if (!cited->ahead_year)
                        cited->ahead_year = y;
                    if (++ahead_n > AHEAD_MAX)
                        break; /* plan after plan: no year of this text is surer the report's (P016 or a later source) */
                    i = n + 3; /* 2024年，我局将继续…: the next year's plan, passed over */
                    continue;
                }
                if (in_handing_sentence(src, s, ys.start, e) && !hands_this_year(src, s, ys.start, n, e, y)) {
                    cited->report_cited = true; /* 现将关于报送2022年度…报告的通知转发如下: no statement of the report's year (P016) */
                    return;
                }
                if (y < cited->ahead_year && !hands_named_year(src, s, ys.start, n, e, y) &&
                    below_ahead(cited, y, plain && year_opens_clause(src, n, e), !compared && whole_year_opens(src, s, ys.start, n, e, y)))
                    return; /* a year passed over as a plan hands the report to no weaker lower one: P016 */
                take_after_cited(r, cited, compared, plain, y, ys, source);
                return;
            }
        }
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        i += l ? (uint32_t)l : 1;
    }
    if (!own.y && plan.y && other_y == plan.y - 1)
        own = plan; /* the plan's year and the last report's agree (agreed, above) */
    if (below_ahead(cited, own.y ? own.y : later.y ? (later.plain ? 0 : later.y) : since.y, false, false))
        return; /* passed over as a plan: no weaker lower year (P016) */
    if (own.y) {
        /* no surer year after the own plan's: it is the report's */
        take_after_cited(r, cited, false, true, own.y, own.at, source);
        return;
    }
    if (later.y) {
        take_after_cited(r, cited, false, later.plain, later.y, later.at, source);
        return;
    }
    if (cited->january.year && before_y && !since.y) {
        /* 2024年1月10日，…。较2023年增加120条: a comparison with Y names
         * the year before the report's, so the report is Y+1's and the
         * January day one of its own year (no P080) */
        take_after_cited(r, cited, false, true, before_y + 1, before_at, source);
        return;
    }
    int w = written_year(r, dated);
    /* a period's first year is weighed below the year the report was
     * signed or published: signed in 2024, 2022年以来 gives way to 2023
     * (P096, P097, P104 tell it); where nothing dates the report, P107 */
    if (since.y && !(w && since.y != w - 1) &&
        take_after_cited(r, cited, false, since.plain, since.y, since.at, source) && !w &&
        r->year == since.y)
        cited->since_year = since.y; /* nothing dates the report: P107 */
}

/* ---- the report's own statements of its period (title_against_own) --- */

/* The year in [s, e) that a 年 follows (blanks between: 2023 年), with no
 * month after it (2022年12月 is a day's time, no year's); 0 when none.
 * Its span in *at, the byte of its 年 in *n. */
static int year_then_nian(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at, uint32_t *n)
{
    static const char *const nian[] = {"年", NULL};
    for (int y; (y = find_year(src, s, e, at)) != 0; s = at->end) {
        uint32_t j = after_blanks(src, at->end, e), de;
        if (starts_with_any(src, j, e, nian) && !month_date(src, j, e, &de)) {
            *n = j;
            return y;
        }
    }
    return 0;
}

/* A statement's sentence is read for STATEMENT_MAX bytes (50 CJK
 * characters: 现将《青禾县教育局2023年度政府信息公开工作年度报告》予以公布如下
 * is 35): a look of constant width, the same the cheap look takes. */
enum { STATEMENT_MAX = 150 };

/* Fewer bytes than this between the title and section 一 hold no
 * preamble's sentence (a blank line, a date). */
enum { PREAMBLE_MIN = 24 };

static uint32_t statement_limit(uint32_t i, uint32_t e)
{
    return e > i && e - i > STATEMENT_MAX ? i + STATEMENT_MAX : e;
}

/* The words a report's name ends with (…年度报告, …年报). */
static const char *const name_end_words[] = {"报告", "報告", "年报", "年報", NULL};

/* The start of the first of name_end_words in [s, e), else e. */
static uint32_t first_name_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t f = e;
    for (int k = 0; name_end_words[k]; k++) {
        uint32_t i = find_utf8(src, s, f, name_end_words[k]);
        f = i < f ? i : f;
    }
    return f;
}

/* The start of the last 报告/年报 in [s, h) that only words of hand stand
 * after, up to h (and, where at_site, 在 and a site of at most ten
 * characters before its 网站: 在本局门户网站公布), else h: the one walk of
 * handed_name and handed_clause_name, which differ in their words. */
static uint32_t name_then_hand(const uint8_t *src, uint32_t s, uint32_t h, const char *const *hand, bool at_site)
{
    static const char *const at[] = {"在", NULL};
    static const char *const site[] = {"网站", "網站", NULL};
    uint32_t last = h;
    for (uint32_t i = first_name_end(src, s, h); i < h; i = first_name_end(src, i + 1, h))
        last = i;
    if (last >= h)
        return h;
    uint32_t k = last + 6; /* the name's end word: two CJK characters */
    for (uint32_t l; k < h;) {
        if (at_site && (l = (uint32_t)starts_with_any(src, k, h, at)) != 0) {
            uint32_t w = k + l, wl = w + 30 < h ? w + 30 : h; /* 在本局门户网站: a site of at most ten characters */
            while (w < wl && !starts_with_any(src, w, h, site))
                w = next_cp(src, w);
            if (w >= wl)
                break;
            k = w; /* the site's word is a hand word: read on from it */
            continue;
        }
        if ((l = (uint32_t)starts_with_any(src, k, h, hand)) == 0)
            break;
        k += l;
    }
    return k == h ? last : h;
}

/* The end of the report's name a 现将 sentence hands over, read back from
 * its 如下 at h: the last 报告/年报 in [s, h) with only handing words after
 * it (》 予以 公布 发布 全文: …年度报告》予以公布如下); its start, else h. */
static uint32_t handed_name(const uint8_t *src, uint32_t s, uint32_t h)
{
    static const char *const hand[] = {"》", "」", "”", "\"", "予以", "予", "向社会", "向社會", "公布", "公佈", "发布",
                                       "發布", "發佈", "印发", "印發", "公开", "公開", "全文", "正式", " ", "　", "\n", "\r", NULL};
    return name_then_hand(src, s, h, hand, false);
}

/* Do only a name's own words (年度, 政府信息公开 / 政务公开 / 信息公开, 工作,
 * 情况, 开展, the joining 和 与 及 暨 以及, and a PDF's line break) fill
 * [i, d)? The 的 at d then is the name's own: 2023年政府信息公开工作的年度
 * 报告, 关于2023年度政府信息公开工作开展情况的报告, 2023年度政府信息公开和
 * 政务公开工作的年度报告 (review year61 B1, review year61b B). */
static bool name_words_only(const uint8_t *src, uint32_t i, uint32_t d)
{
    static const char *const own[] = {"年度", "政府信息公开", "政府信息公開", "政府資訊公開", "政务公开", "政務公開",
                                      "信息公开", "信息公開", "資訊公開", "工作", "情况", "情況", "开展", "開展",
                                      "以及", "和", "与", "與", "及", "暨", NULL};
    for (uint32_t k; (i = after_breaks(src, i, d)) < d; i += k)
        if ((k = starts_with_any(src, i, d, own)) == 0)
            return false;
    return true;
}

/* Does [i, ne) break a name: a word that is not the name's own
 * (name_words_only; a 的 between them is the name's too)? A report's name
 * runs unbroken from its year to its end, so the year of a name is the
 * one only name words follow: not a cited document's, with a 的
 * (…2022年工作要点编制的本局年度报告, 2022年工作基础上形成的…), a closing
 * 》 」 (《2022年政务公开工作要点》编制的…报告) or neither (按照2022年
 * 工作要点之要求编制本局年度报告: review year62's n12, n18). */
static bool name_broken(const uint8_t *src, uint32_t i, uint32_t ne)
{
    for (uint32_t d = find_utf8(src, i, ne, "的"); d < ne; i = d + 3, d = find_utf8(src, i, ne, "的"))
        if (!name_words_only(src, i, d))
            return true;
    return !name_words_only(src, i, ne);
}

/* name := year 年 度? 的? (政府信息公开 | 政务公开 | 工作 | 年度报告 | 年报 …)
 * … 报告 with no other 报告 before the name's end ne, and nothing that
 * breaks it between (name_broken; a 的 right after the year is the name's
 * own: 2023年度的政府信息公开工作报告): the year of the report's name, not
 * of a word in passing (2019年修订的《条例》, 2019年组建, 2022年机构改革后,
 * 2019年以来, 对照2022年度报告整改, 2022年度至今: review year60 B1), nor
 * of a document cited in the sentence (2022年工作要点, 《2022年政务公开
 * 工作要点》, 2022年工作会议精神, 2022年工作基础上…的年度报告: review
 * year60b finding 1). n is the byte of the year's 年; a PDF's line break
 * may stand in the name (…公开⏎工作年度报告). */
static bool year_names_report(const uint8_t *src, uint32_t n, uint32_t ne)
{
    static const char *const du[] = {"度", NULL};
    static const char *const de[] = {"的", NULL};
    static const char *const name[] = {"政府信息公开", "政府信息公開", "政府資訊公開", "政务公开", "政務公開", "信息公开",
                                       "信息公開", "工作", "年度报告", "年度報告", "报告", "報告", "年报", "年報", NULL};
    uint32_t i = after_breaks(src, n + 3, ne);
    i = after_breaks(src, i + starts_with_any(src, i, ne, du), ne);
    i = after_breaks(src, i + starts_with_any(src, i, ne, de), ne);
    return starts_with_any(src, i, ne + 6, name) && first_name_end(src, i, ne + 6) == ne && !name_broken(src, i, ne);
}

/* Does the text at i, past blank lines, go on with the handing words of a
 * 现将 sentence and its 如下 (公布如下, 予以公佈如下, 如下)? A sentence
 * broken there (现将本局2023年度…年度报告⏎⏎公布如下。) is one sentence
 * whose name a blank line split off its 如下 (review year61 s12); any
 * other paragraph (2022年度报告如下) starts a sentence of its own. */
static bool hands_on(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const hand[] = {"予以", "予", "向社会", "向社會", "公布", "公佈", "发布", "發布", "發佈",
                                       "印发", "印發", "全文", "正式", NULL};
    static const char *const rx[] = {"如下", NULL};
    i = after_breaks(src, i, e);
    for (uint32_t l; i < e && (l = (uint32_t)starts_with_any(src, i, e, hand)) != 0;)
        i += l;
    return starts_with_any(src, i, e, rx) != 0;
}

/* The end of the 现将 sentence begun at i: its 。 ； or a blank line
 * (unless only its handing words and 如下 follow it: hands_on). A
 * single line break goes on: a PDF breaks a long sentence's line
 * (现将本局2023年度政府信息公开⏎工作年度报告如下, review year60 s11); at
 * most CLAUSE_MAX bytes on. */
static uint32_t presenting_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const stop[] = {"。", "；", ";", NULL};
    uint32_t lim = clause_limit(i, e);
    while (i < lim && !starts_with_any(src, i, lim, stop)) {
        if (src[i] == '\n') {
            uint32_t j = after_blanks(src, i + 1, lim);
            if (j < lim && (src[j] == '\n' || src[j] == '\r') && !hands_on(src, j, lim))
                break;
        }
        i = next_cp(src, i);
    }
    return i;
}

/* Does the 现将 sentence that presenting_end ended at se stop at a blank
 * line (or the text's end) with no 。；: a sentence cut before its 如下
 * (现将本局2023年度政府信息公开工作年度报告⏎⏎一、总体情况), whose name is
 * still the report it hands over (a line of 现将 is no title: review
 * year61 s12). */
static bool cut_at_blank(const uint8_t *src, uint32_t se, uint32_t e)
{
    if (se >= e)
        return true;
    if (src[se] != '\n')
        return false;
    uint32_t j = after_blanks(src, se + 1, e);
    return j >= e || src[j] == '\n' || src[j] == '\r';
}

/* The 现将 sentence at i: its end *se (presenting_end), its 如下 *h (else
 * *se), and the start of the end word of the report's name it hands over
 * (handed_name: only handing words between the name and 如下; with no 如下,
 * the name that ends a sentence cut at a blank line: 现将本局2023年度…年度
 * 报告⏎⏎一、总体情况), else *h. */
static uint32_t handed_name_end(const uint8_t *src, uint32_t i, uint32_t e, uint32_t *se, uint32_t *h)
{
    *se = presenting_end(src, i, statement_limit(i, e));
    *h = find_utf8(src, i, *se, "如下");
    return *h < *se || cut_at_blank(src, *se, e) ? handed_name(src, i, *h) : *h;
}

/* presents := 现将 … name 如下   in one sentence (现将本局2023年度政府信息
 * 公开工作年度报告如下, 現將…報告如下): the sentence that hands over this
 * report names the year it reports on, the year of the name it hands
 * over (year_names_report); one naming two such years states none
 * (现将本局2022年度工作回顾及2023年度…报告如下). The first such sentence
 * in [s, e); traditional script's words only where trad. */
static int presented_year(const uint8_t *src, uint32_t s, uint32_t e, bool trad, xxgk_span *at)
{
    (void)trad; /* 现将 in either script or a mix (現將 under a simplified title: review year61b s08; 现將) */
    for (uint32_t k = 0, f = s; k < 2; k++) {
        uint32_t i = meta_find_now(src, f, e), n;
        if (i >= e)
            break;
        f = i + 3; /* a second 现将 when the first states no year, as the two scripts' first ones were */
        uint32_t se, h, ne = handed_name_end(src, i, e, &se, &h);
        int found = 0;
        xxgk_span y_at;
        for (int y; ne < h && (y = year_then_nian(src, i, ne, &y_at, &n)) != 0; i = y_at.end) {
            if (!year_names_report(src, n, ne))
                continue;
            if (found && found != y)
                return 0; /* two years handed over: no statement */
            if (!found)
                *at = y_at;
            found = y;
        }
        if (found)
            return found;
    }
    return 0;
}

/* spanned := 本报告 … year 年 1 月 1 日 起? (至|到|—) …   in one sentence
 * (本报告所列数据自2023年1月1日至12月31日): this report's own span of a
 * year, the year it covers. */
static int spanned_year(const uint8_t *src, uint32_t s, uint32_t e, bool trad, xxgk_span *at)
{
    static const char *const own[] = {"本报告", "本報告", NULL};
    for (int k = 0; own[k] && (k == 0 || trad); k++) {
        uint32_t i = find_utf8(src, s, e, own[k]);
        if (i >= e)
            continue;
        uint32_t se = sentence_end(src, i, statement_limit(i, e));
        static const char *const nian[] = {"年", NULL};
        for (int y; (y = find_year(src, i, se, at)) != 0; i = at->end) {
            uint32_t n = after_blanks(src, at->end, se);
            uint32_t j = n + starts_with_any(src, n, se, nian);
            int m = j > n ? small_then(src, &j, se, "月") : -1;
            int d = m == 1 ? small_then(src, &j, se, "日") : -1;
            if (d == 1 && opens_period(src, j, se))
                return y;
        }
    }
    return 0;
}

/* Is the 后 at i an event's end: it closes a verb of an agency's change
 * (机构改革后, 成立后, 组建后, 调整后, 合并后)? Not 先审后发, 后续, 此后,
 * 之后 (review year61 B3), nor a 后 with 的 after it: 调整后的目录, 改革后
 * 的平台 name a thing, no event the year dates (review year61b A). */
static bool event_after(const uint8_t *src, uint32_t s, uint32_t i, uint32_t e)
{
    static const char *const de[] = {"的", NULL};
    if (starts_with_any(src, after_breaks(src, i + 3, e), e, de))
        return false;
    static const char *const verb[] = {"改革", "调整", "調整", "成立", "组建", "組建", "合并", "合併", "重组", "重組",
                                       "挂牌", "掛牌", "设立", "設立", "整合", "划转", "劃轉", "转隶", "轉隸", NULL};
    return ends_with_any(src, s, i, verb);
}

/* Does the clause begun at i (up to ， 。 ； or a line's end) report the
 * year's disclosure work (主动公开, 公开政府信息, 收到…申请)? When the year
 * runs into the clause with no comma (events), not after an event's 后
 * (2022年本局机构改革后主动公开…: the year dates the event, the figures are
 * of a time after it, review year60b n35); with a comma the year frames
 * the whole clause (2023年，本局在机构改革后主动公开…: review year61 B3). */
static bool discloses_in_clause(const uint8_t *src, uint32_t i, uint32_t e, bool events)
{
    static const char *const stop[] = {"，", ",", "。", "；", ";", NULL}; /* a PDF's line break goes on */
    static const char *const after[] = {"后", "後", NULL};
    static const char *const work[] = {"主动公开", "主動公開", "公开政府信息", "公開政府信息", "发布政府信息",
                                       "發布政府信息", "政府信息公开申请", "政府信息公開申請", "政府資訊公開申請", NULL};
    uint32_t lim = clause_limit(i, e), s = i;
    for (; i < lim && !starts_with_any(src, i, lim, stop); i = next_cp(src, i)) {
        if (starts_with_any(src, i, lim, work))
            return true;
        if (events && starts_with_any(src, i, lim, after) && event_after(src, s, i, lim))
            return false;
    }
    return false;
}

/* A month's number at *i: one or two digits (ASCII or full-width) with
 * no 月 after them (the 1 of 1-12月); its value, *i past it; else -1. */
static int bare_month(const uint8_t *src, uint32_t *i, uint32_t e)
{
    int v = 0, nd = 0;
    uint32_t j = *i, cp;
    while (j < e && nd < 3) {
        int l = utf8_decode(src + j, e - j, &cp);
        if (!l || cp > 0xFF19 || (cp > '9' && cp < 0xFF10) || cp < '0')
            break;
        v = v * 10 + (int)(cp >= 0xFF10 ? cp - 0xFF10 : cp - '0');
        nd++;
        j += (uint32_t)l;
    }
    if (nd < 1 || nd > 2)
        return -1;
    *i = j;
    return v;
}

/* whole := 全年 度? | 1 月? (1 日)? (至|到|—|－|-|～|~) (year 年)? 12 月 (31 日 | 底 | 末)?
 * after the 年 at n (度 between): the opening names the whole year, the
 * statistics period's span (2023年全年，…; 2023年1-12月，…; 2023年1月1日至
 * 12月31日，…: review year60 s12, s13); a year after 至 is the opening's
 * own y (2023年1月1日至2023年12月31日). The byte after it, else 0. */
static uint32_t whole_year_at(const uint8_t *src, uint32_t n, uint32_t e, int y)
{
    static const char *const du[] = {"度", NULL};
    static const char *const all[] = {"全年度", "全年", NULL};
    static const char *const end[] = {"底", "末", NULL};
    static const char *const to[] = {"至", "到", "—", "－", "～", "~", "-", NULL};
    uint32_t i = after_blanks(src, n + 3, e), k;
    i = after_blanks(src, i + starts_with_any(src, i, e, du), e);
    if ((k = starts_with_any(src, i, e, all)) != 0)
        return i + k;
    uint32_t j = i;
    int m = small_then(src, &j, e, "月");
    if (m == 1) {
        uint32_t d = j;
        if (small_then(src, &d, e, "日") == 1)
            j = d;
    } else if (bare_month(src, &j, e) != 1) {
        return 0;
    }
    j = after_blanks(src, j, e);
    if ((k = starts_with_any(src, j, e, to)) == 0)
        return 0;
    j = after_blanks(src, j + k, e);
    xxgk_span at;
    int y2 = find_year(src, j, e - j > 16 ? j + 16 : e, &at);
    if (y2 && at.start == j) {
        uint32_t ny = after_blanks(src, at.end, e);
        if (y2 != y || !starts_with_any(src, ny, e, (const char *const[]){"年", NULL}))
            return 0; /* 2022年1月至2023年12月: two years' span, no whole year (review year61 B4) */
        j = ny + 3;
    }
    if (small_then(src, &j, e, "月") != 12)
        return 0;
    uint32_t d = j;
    if (small_then(src, &d, e, "日") == 31)
        j = d;
    else
        j += starts_with_any(src, j, e, end); /* 1月至12月底 / 12月末: the year's end (review year61b s17) */
    return j;
}

/* The byte where the opening's clause starts after the year whose 年 is
 * at n: past 度, a whole year's span (whole_year_at) and a comma; 0 when
 * the year does not open a clause of its own (2022年12月, 2022年底). */
static uint32_t opening_clause(const uint8_t *src, uint32_t n, uint32_t e, int y, bool *comma_after)
{
    static const char *const du[] = {"度", NULL};
    static const char *const comma[] = {"，", ",", NULL};
    uint32_t i = whole_year_at(src, n, e, y), de;
    if (!i) {
        if (month_date(src, n, e, &de) || !year_opens_clause(src, n, e))
            return 0;
        i = after_blanks(src, n + 3, e);
        i = after_blanks(src, i + starts_with_any(src, i, e, du), e);
    }
    i = after_blanks(src, i, e); /* 2023年1月至12月底 ，: a blank before the comma */
    uint32_t c = starts_with_any(src, i, e, comma);
    *comma_after = c != 0;
    return after_breaks(src, i + c, e);
}

/* Is the character just before u (at or after s) a digit of a count:
 * ASCII, full-width, or a Chinese numeral (600条, ６００条, 六百条)? */
static bool digit_before(const uint8_t *src, uint32_t s, uint32_t u)
{
    static const char *const hundreds[] = {"百", "千", "万", "萬", NULL};
    if (ends_with_any(src, s, u, hundreds))
        return true;
    uint32_t p = u, cp;
    while (p > s && (src[p - 1] & 0xC0) == 0x80 && u - p < 3)
        p--;
    if (p == s)
        return false;
    p--;
    if (!utf8_decode(src + p, u - p, &cp))
        return false;
    return (cp >= 0xFF10 && cp <= 0xFF19) || numeral_digit(cp) >= 0;
}

/* Is the count ending at b the year's own disclosure figure: the work
 * word's own count, right after it and its object (主动公开政府信息600条,
 * 主动公开600条; the n40 form 2022年我局主动公开政府信息600条的基础上，…)?
 * A count after a comma or another word (…650条，在原有600条的基础上,
 * 在上年 / 前年 / 累计…条的基础上) is some other figure: the year frames the
 * clause (review year61b C). */
static bool own_figure(const uint8_t *src, uint32_t n, uint32_t b)
{
    static const char *const work[] = {"主动公开", "主動公開", "公开政府信息", "公開政府信息", "发布政府信息",
                                       "發布政府信息", "政府信息公开申请", "政府信息公開申請", "政府資訊公開申請", NULL};
    static const char *const object[] = {"政府信息", "政府資訊", "信息", "資訊", NULL};
    uint32_t c = b;
    while (c > n && digit_before(src, n, c)) /* back over the count's digits */
        do
            c--;
        while (c > n && (src[c] & 0xC0) == 0x80);
    if (c == b)
        return false;
    c = before_blanks(src, n, c);
    if (ends_with_any(src, n, c, work))
        return true;
    for (int k = 0; object[k]; k++) {
        size_t l = strlen(object[k]);
        if (c >= n + l && memcmp(src + c - l, object[k], l) == 0)
            return ends_with_any(src, n, before_blanks(src, n, c - (uint32_t)l), work);
    }
    return false;
}

/* Does the opening's sentence [n, se) take the year's figure as the base
 * of another's: 的基础上 right after the year's own count (…主动公开…600条
 * 的基础上，…650条), or 较之 / 比之 before a year (较之2022年)? 在上年的
 * 基础上, 在上年600条的基础上, 较之上年 and 在巩固…的基础上 compare the
 * year's own figure or build on work: no base (review year61 B2). */
static bool takes_base(const uint8_t *src, uint32_t n, uint32_t se)
{
    static const char *const on[] = {"的基础上", "的基礎上", NULL};
    static const char *const unit[] = {"条", "條", "件", "个", "個", "项", "項", NULL};
    static const char *const than[] = {"较之", "較之", "比之", NULL};
    for (int k = 0; on[k]; k++)
        for (uint32_t b = find_utf8(src, n, se, on[k]); b < se; b = find_utf8(src, b + 3, se, on[k]))
            if (ends_with_any(src, n, b, unit) && b >= n + 4 && digit_before(src, n, b - 3) &&
                own_figure(src, n, b - 3))
                return true;
    xxgk_span at;
    for (int k = 0; than[k]; k++)
        for (uint32_t b = find_utf8(src, n, se, than[k]); b < se; b = find_utf8(src, b + 6, se, than[k])) {
            uint32_t j = after_blanks(src, b + 6, se);
            if (find_year(src, j, se - j > 16 ? j + 16 : se, &at) && at.start == j)
                return true;
        }
    return false;
}

/* opening := year 年 (度 | 全年 | 1-12月 | 1月1日至12月31日)? (， | 本 | 我 | 全)
 * clause   at section 一's start, the clause reporting the year's
 * disclosure (2023年，本局主动公开政府信息650条; 二〇二三年度，本機關主動
 * 公開…). A history (2021年，本局建成专区), a plan (2025年，本局将…), a
 * month (2022年12月) or a sentence that names another year too (2022年…
 * 600条。2023年…650条, 2022年…600条，本年度增加至650条: a comparison,
 * review year60 B2), or takes another figure or year as a base in its own
 * sentence (2022年…600条的基础上，本局…650条, 较之2021年: takes_base, review
 * year60b n40) is none. 较上年, 同比, 在上年的基础上 and 较之上年 are not:
 * they compare the year's own figure with the year before it. */
static int opening_year(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at)
{
    /* cheap tests first: a year at the paragraph's start (four digits of
     * three bytes and blanks: a look of 32 bytes), its clause's words */
    uint32_t b = after_breaks(src, s, e), n, i;
    int y = find_year(src, b, e - b > 32 ? b + 32 : e, at);
    if (!y || at->start != b)
        return 0;
    n = after_blanks(src, at->end, e);
    bool comma = false;
    if (!starts_with_any(src, n, e, (const char *const[]){"年", NULL}) || (i = opening_clause(src, n, e, y, &comma)) == 0)
        return 0;
    if (!discloses_in_clause(src, i, e, !comma) || plan_in_clause(src, n, e))
        return 0;
    /* 2022年…600条。2023年…650条 (or 今年/本年度…650条): a comparison, no
     * statement; it runs to the paragraph's end (e). A base is the year's
     * own sentence's (…600条的基础上，…650条): 在此基础上 in a later one
     * builds on the year's work, no other year */
    static const char *const rel[] = {"本年", "今年", NULL};
    xxgk_span again;
    if (find_year(src, i, e, &again)) /* past a span's own 2023年1月1日至2023年12月31日 */
        return 0;
    for (int k = 0; rel[k]; k++)
        if (find_utf8(src, n, e, rel[k]) < e)
            return 0;
    if (takes_base(src, n, sentence_end(src, n, e)))
        return 0;
    return y;
}

/* Is a year other than ty within STATEMENT_MAX bytes after the first of
 * words in [s, e) (where presented_year and spanned_year read theirs),
 * before until when one is given (presented_year reads before 如下 only,
 * and a sentence without it states nothing)? */
static bool other_year_after(const uint8_t *src, uint32_t s, uint32_t e, const char *const *words,
                             const char *until, bool trad, int ty)
{
    for (uint32_t k = 0, f = s; words ? words[k] && (k == 0 || trad) : k < 2; k++) {
        /* words NULL: 现将 in any script (meta_find_now), its first two as presented_year reads them */
        uint32_t i = words ? find_utf8(src, s, e, words[k]) : meta_find_now(src, f, e);
        f = i + 3;
        uint32_t lim = statement_limit(i, e);
        if (until && i < e && (lim = find_utf8(src, i, lim, until)) >= statement_limit(i, e)) {
            /* no 如下: only a sentence cut at a blank line states (cut_at_blank) */
            lim = presenting_end(src, i, statement_limit(i, e));
            if (!cut_at_blank(src, lim, e))
                continue;
        }
        xxgk_span at;
        for (int y; i < e && (y = find_year(src, i, lim, &at)) != 0; i = at.end)
            if (y != ty)
                return true;
    }
    return false;
}

/* The cheap look before meta_own_years: could a statement in [s, e) give
 * another year than ty? Only where 现将 (or 本报告, when no statistics
 * period is: spanned_year) has another year within its reach. */
static bool own_may_differ(const uint8_t *src, uint32_t s, uint32_t e, int ty, bool period, bool trad)
{
    static const char *const own[] = {"本报告", "本報告", NULL};
    return e > s &&
           (other_year_after(src, s, e, NULL, "如下", true, ty) ||
            (!period && other_year_after(src, s, e, own, NULL, trad, ty)));
}

int meta_own_years(const xxgk_doc *doc, int ty, bool differ, bool trad, const meta_own *period, uint32_t ps,
                   uint32_t pe, uint32_t os, uint32_t oe, meta_own *out)
{
    const uint8_t *src = doc->src;
    if (period->year == ty)
        return 0; /* the statistics period confirms the title: nothing can overrule it */
    xxgk_span at;
    uint32_t b = after_breaks(src, os, oe), n = 0;
    int y = oe > os ? find_year(src, b, oe - b > 32 ? b + 32 : oe, &at) : 0;
    bool opens_other = y && y != ty && at.start == b;
    bool py = period->year != 0;
    /* section 一 is read for 现将 and 本报告 only under no preamble (a
     * report that opens with 一、总体情况 says them there) */
    uint32_t ws = pe <= ps || pe - ps < PREAMBLE_MIN ? os : oe;
    if (!differ && !(py && period->year != ty) && !opens_other && !own_may_differ(src, ps, pe, ty, py, trad) &&
        !own_may_differ(src, ws, oe, ty, py, trad))
        return 0; /* every statement there may be gives ty, or none is */
    if (period->year)
        out[n++] = *period;
    y = presented_year(src, ps, pe, trad, &at);
    if (!y && oe > ws)
        y = presented_year(src, ws, oe, trad, &at);
    if (y)
        out[n++] = (meta_own){OWN_PRESENTS, y, at};
    /* the report's span is read where no period is: it is mostly the
     * period's own sentence (本报告…统计期限为2023年1月1日至…) */
    y = period->year ? 0 : spanned_year(src, ps, pe, trad, &at);
    if (!y && oe > ws && !period->year)
        y = spanned_year(src, ws, oe, trad, &at);
    if (y)
        out[n++] = (meta_own){OWN_SPANNED, y, at};
    if (oe > os && (y = opening_year(src, os, oe, &at)) != 0)
        out[n++] = (meta_own){OWN_OPENING, y, at};
    return (int)n;
}
