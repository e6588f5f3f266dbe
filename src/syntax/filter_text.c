/* Shapes of text the token filter asks about (filter_text.h). */
#include "filter_text.h"

#include <stdlib.h>
#include <string.h>

#include "bytes16.h"
#include "lex.h"
#include "meta.h"
#include "numerals.h"
#include "script_fold.h"
#include "utf8.h"

/* Up to five byte values a search stops at (repeat one to use fewer). */
typedef struct byte_set {
    uint8_t b[5];
} byte_set;

/* The first byte of src[i, e) in the set, else e: sixteen bytes tested
 * at a time, the last few one by one. */
static uint32_t next_byte_of(const uint8_t *src, uint32_t i, uint32_t e, const byte_set *set)
{
    for (; e - i >= 16; i += 16) {
        bytes16 v = bytes16_at(src + i);
        unsigned bits = bytes16_bits((bytes16)((v == set->b[0]) | (v == set->b[1]) | (v == set->b[2]) |
                                               (v == set->b[3]) | (v == set->b[4])));
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
    for (; i < e; i++)
        for (unsigned k = 0; k < 5; k++)
            if (src[i] == set->b[k])
                return i;
    return e;
}

/* 。；： (full or half width) end a heading's title. Found by their bytes
 * (。 E3 80 82, ； EF BC 9B, ： EF BC 9A, : and ;), which is where a walk
 * over the code points (bytes that are not UTF-8 skipped one at a time)
 * would find them first: a lead byte or an ASCII byte is never inside
 * another character's sequence, so such a walk stops at every one. */
uint32_t ft_title_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const byte_set stops = {{':', ';', 0xE3, 0xEF, 0xEF}};
    for (uint32_t i = s; (i = next_byte_of(src, i, e, &stops)) < e; i++) {
        const uint8_t *p = src + i;
        if (p[0] == ':' || p[0] == ';')
            return i;
        if (e - i >= 3 && ((p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82) ||
                           (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x9B || p[2] == 0x9A))))
            return i;
    }
    return e;
}

/* Page text: the crawler turned the line break after a heading into a
 * blank ("（一）主动公开方面 平潭综合实验区切实落实…"), so the title ends at
 * the first blank too. */
uint32_t ft_blank_before(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const byte_set blanks = {{' ', '\t', 0xE3, 0xE3, 0xE3}}; /* U+3000 is E3 80 80 */
    for (uint32_t i = s; (i = next_byte_of(src, i, e, &blanks)) < e; i++)
        if (src[i] == ' ' || src[i] == '\t' ||
            (i + 2 < e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80))
            return i > s ? i : e;
    return e;
}

static bool ascii_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* A date or a time in [s, e): a digit, one of - / : and a digit
 * (2024-01-26, 2024/1/26, 10:15); or a web address (://, www.). Page
 * furniture around a title, never part of an agency's name. */
static bool stamp_or_address(const uint8_t *src, uint32_t s, uint32_t e)
{
    /* only at a separator or a w: a name's CJK bytes are passed sixteen at
     * a time */
    static const byte_set marks = {{'-', '/', ':', 'w', 'w'}};
    for (uint32_t i = s; (i = next_byte_of(src, i, e, &marks)) < e; i++) {
        if (src[i] == 'w') {
            if (e - i >= 4 && memcmp(src + i, "www.", 4) == 0)
                return true;
            continue;
        }
        bool digits = i > s && i + 1 < e && ascii_digit(src[i - 1]) && ascii_digit(src[i + 1]);
        if (digits || (src[i] == ':' && e - i >= 3 && src[i + 1] == '/' && src[i + 2] == '/'))
            return true;
    }
    return false;
}

uint32_t ft_stamp_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    bool sep = false, digit = false;
    for (; i < e; i++) {
        uint8_t c = src[i];
        if (ascii_digit(c))
            digit = true;
        else if (c == '/' || c == '-' || c == ':' || c == '.')
            sep = digit; /* a separator after a digit */
        else if (c != ' ')
            break;
    }
    if (!digit || !sep || i == s || (i < e && src[i - 1] != ' ' && src[i] != '\t'))
        return s;
    while (i < e && (src[i] == ' ' || src[i] == '\t'))
        i++;
    return i;
}

/* The day after 星期 (星期一 … 星期日, 星期天). */
static const char *const week_days[] = {"一", "二", "三", "四", "五", "六", "日", "天", NULL};

/* A blank at src[i] (space, TAB, U+3000): its length, else 0. */
static uint32_t blank_len(const uint8_t *src, uint32_t i, uint32_t e)
{
    if (i < e && (src[i] == ' ' || src[i] == '\t'))
        return 1;
    return e - i >= 3 && memcmp(src + i, "\xE3\x80\x80", 3) == 0 ? 3 : 0;
}

/* Does the UTF-8 character at src[i] start with one of WORDS (NULL-ended)?
 * Its length, else 0. */
static uint32_t word_at(const uint8_t *src, uint32_t i, uint32_t e, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        uint32_t n = (uint32_t)strlen(words[k]);
        if (e - i >= n && memcmp(src + i, words[k], n) == 0)
            return n;
    }
    return 0;
}

/* Does a word's edge stand at i of [s, e) (the line's end, a blank or a
 * widget's bracket)? A button is a word of its own, never a piece of a
 * name (青禾县打印厂). */
static bool edge_at(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const brackets[] = {"【", "】", "[", "]", "〔", "〕", "|", "｜", NULL};
    return i >= e || blank_len(src, i, e) || word_at(src, i, e, brackets);
}

static bool edge_before(const uint8_t *src, uint32_t s, uint32_t i)
{
    if (i == s || src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '[' || src[i - 1] == ']' ||
        src[i - 1] == '|')
        return true;
    if (i - s < 3)
        return false;
    const uint8_t *p = src + i - 3;
    return memcmp(p, "\xE3\x80\x80", 3) == 0 || memcmp(p, "【", 3) == 0 || memcmp(p, "】", 3) == 0 ||
           memcmp(p, "〔", 3) == 0 || memcmp(p, "〕", 3) == 0 || memcmp(p, "｜", 3) == 0;
}

static bool colon_at(const uint8_t *src, uint32_t i, uint32_t e)
{
    return (i < e && src[i] == ':') || (e - i >= 3 && memcmp(src + i, "：", 3) == 0);
}

/* A widget's word at i of [s, e): 字体/字号 before ： or its bracket
 * (【字体：大 中 小】), 位置 of 当前位置：/您的位置：/您现在的位置：, 打印
 * 关闭 as buttons (打印本页, 【关闭窗口】, a word alone), 星期 with its day
 * (星期一 … 星期日). Never the same characters inside a name (青禾县星期路
 * 街道, 字号巷): review year63's N2. */
static bool widget_at(const uint8_t *src, uint32_t s, uint32_t i, uint32_t e)
{
    static const char *const font[] = {"字体", "字體", "字号", "字號", NULL};
    static const char *const place[] = {"位置", NULL};
    static const char *const button[] = {"打印", "关闭", "關閉", NULL};
    static const char *const tails[] = {"本页", "本頁", "此页", "此頁", "窗口", "页面", "頁面", NULL};
    static const char *const week[] = {"星期", NULL};
    uint32_t n;
    if ((n = word_at(src, i, e, font)))
        return colon_at(src, i + n, e) || edge_at(src, i + n, e);
    if ((n = word_at(src, i, e, place)))
        return colon_at(src, i + n, e) && i - s >= 3 &&
               (memcmp(src + i - 3, "前", 3) == 0 || memcmp(src + i - 3, "的", 3) == 0);
    if ((n = word_at(src, i, e, button))) {
        uint32_t t = word_at(src, i + n, e, tails);
        return edge_before(src, s, i) && edge_at(src, i + n + t, e);
    }
    if ((n = word_at(src, i, e, week)) && (n += word_at(src, i + n, e, week_days)) > 6)
        return edge_at(src, i + n, e);
    return false;
}

/* A page's reading widget or its place in [s, e) (【字体：大 中 小】 打印
 * 关闭, 字號, 星期一, 您现在的位置：): the site's buttons and header, which
 * no agency's name holds. One pass over the characters, a word's first
 * character told by its middle byte (the cheap test) before the words
 * are compared. */
static bool widget_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i + 3 <= e; i += src[i] < 0x80 ? 1 : src[i] < 0xE0 ? 2 : src[i] < 0xF0 ? 3 : 4) {
        switch (src[i + 1]) {
        case 0xAD: /* 字 */
        case 0x89: /* 打 */
        case 0x85: /* 关 */
        case 0x97: /* 關 */
        case 0x98: /* 星 */
        case 0xBD: /* 位 */
            if (e - i >= 6 && widget_at(src, s, i, e))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* ASCII or full-width digits from i: their end. */
static uint32_t digits_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    unsigned n;
    while (i < e && (n = utf8_digit_len(src + i, src + e)) > 0)
        i += n;
    return i;
}

/* A day's date from i of [s, e): [digits 年] digits 月 digits 日, then a
 * time (10:15) or 星期X glued on; its end, else i. */
static uint32_t day_date_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const marks[] = {"年", "月", "日", NULL};
    uint32_t k = i;
    for (int part = 0; part < 3; part++) {
        uint32_t d = digits_end(src, k, e);
        if (d == k || e - d < 3 || memcmp(src + d, marks[part], 3) != 0) {
            if (part == 0)
                continue; /* no year: 1月15日 */
            return i;
        }
        k = d + 3;
    }
    return k;
}

/* A field's label opening [i, e), its colon included (发布日期： 来源:):
 * its end, else i. */
static uint32_t field_label_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    static const char *const labels[] = {"发布日期", "發布日期", "成文日期", "发布时间", "發布時間", "更新时间",
                                         "更新時間", "日期", "时间", "時間", "来源", "來源", "信息来源",
                                         "信息來源", "发文日期", "發文日期", NULL};
    uint32_t n = word_at(src, i, e, labels);
    if (!n || !colon_at(src, i + n, e))
        return i;
    return i + n + (src[i + n] == ':' ? 1 : 3);
}

/* The end of the word from i (to the next blank or e). */
static uint32_t word_end(const uint8_t *src, uint32_t i, uint32_t e)
{
    while (i < e && !blank_len(src, i, e))
        i++;
    return i;
}

/* A page's day line, [s, e): a date alone on its line, or beside 星期X, a
 * time or a field (发布日期：2024年1月15日 星期一, 成文日期：…, 来源：某局).
 * Each word is a date, a time, a 星期X or a field with its value; a date
 * is there. Never a line where a period follows the date (2023年1月1日至
 * 12月31日, —, －, ～, -) or a name stands before it (青禾县教育局2023年
 * 1月1日…): such a line is the title's own (review year63's B1). */
static bool dated_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    bool date = false;
    for (uint32_t i = s; i < e;) {
        uint32_t b = blank_len(src, i, e);
        if (b) {
            i += b;
            continue;
        }
        uint32_t j = field_label_end(src, i, e);
        if (j > i) { /* the field's value: the rest of its word, or the next */
            while (blank_len(src, j, e))
                j += blank_len(src, j, e);
            uint32_t d = day_date_end(src, j, e);
            date = date || d > j;
            i = word_end(src, j, e);
            continue;
        }
        j = day_date_end(src, i, e);
        if (j > i)
            date = true;
        else if (ascii_digit(src[i]))
            while (j < e && (ascii_digit(src[j]) || src[j] == ':'))
                j++; /* a time: 10:15:00 */
        if (e - j >= 6 && memcmp(src + j, "星期", 6) == 0)
            j += 6 + word_at(src, j + 6, e, week_days);
        if (j == i || word_end(src, j, e) != j)
            return false;
        i = j;
    }
    return date;
}

int ft_chrome_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (e > s && (src[e - 1] == '\n' || src[e - 1] == '\r' || blank_len(src, e - 1, e) ||
                     (e - s >= 3 && blank_len(src, e - 3, e) == 3)))
        e -= e - s >= 3 && blank_len(src, e - 3, e) == 3 ? 3 : 1;
    /* a day's line first: 2024年1月15日 星期一 is all a day's words, its
     * year a date's (a widget's line may hold anything beside the widget) */
    if (dated_line(src, s, e))
        return FT_CHROME_DAY;
    return widget_line(src, s, e) ? FT_CHROME_WIDGET : FT_CHROME_NONE;
}

/* At most 40 code points, no 。, no date, time or web address: a name, not
 * a sentence nor a page's header. */
bool ft_agency_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (utf8_count(src + s, e - s) > 40 || stamp_or_address(src, s, e))
        return false;
    static const byte_set lead = {{0xE3, 0xE3, 0xE3, 0xE3, 0xE3}};
    for (uint32_t i = s; (i = next_byte_of(src, i, e, &lead)) + 3 <= e; i++)
        if (src[i + 1] == 0x80 && src[i + 2] == 0x82)
            return false; /* 。: a sentence, not a name */
    return true;
}

/* Is [S, E) the numeral 一 alone, blanks around it? */
bool ft_one_dash(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e && src[s] == ' ')
        s++;
    while (e > s && src[e - 1] == ' ')
        e--;
    return e - s == 3 && src[s] == 0xE4 && src[s + 1] == 0xB8 && src[s + 2] == 0x80;
}

/* - / — – － ／ ― ─ 无 無, blanks between them. Not 〇 (nor ○ 零): the
 * numeral zero, what OCR or retyping makes of 0, read as O alone is (P046,
 * tokens.c zero_numeral_cell), never a cell the report left empty. Not 一
 * either: the serial number of a row or a header (一<TAB>规章) is drawn as
 * a dash is; tokens.c one_dash_due takes it as a dash only where a value
 * is due (P123). */
bool ft_placeholder(const uint8_t *src, uint32_t s, uint32_t e)
{
    bool any = false;
    while (s < e) {
        uint32_t cp;
        int l = utf8_decode(src + s, e - s, &cp);
        if (!l)
            return false;
        s += (uint32_t)l;
        if (cp == ' ' || cp == 0x3000)
            continue;
        if (cp != '-' && cp != '/' && cp != 0x2014 && cp != 0x2013 && cp != 0xFF0D && cp != 0xFF0F &&
            cp != 0x2015 && cp != 0x2500 && cp != 0x65E0 /* 无 */ && cp != 0x7121 /* 無 */)
            return false;
        any = true;
    }
    return any;
}

/* The mark of a cell tokens.c already read as empty: a placeholder, or
 * 一 it took as a dash where a value was due (one_dash_due, P123). */
bool ft_cell_mark(const uint8_t *src, uint32_t s, uint32_t e)
{
    return ft_placeholder(src, s, e) || ft_one_dash(src, s, e);
}

/* PDF text of a header whose cells are stacked over two or three lines:
 * "结果   结果   其他   尚未" then "维持   纠正   结果   审结". Each word,
 * between spaces, is a piece of a header label. */
bool ft_header_words(const uint8_t *src, uint32_t s, uint32_t e)
{
    int words = 0;
    while (s < e) {
        while (s < e && (src[s] == ' ' || src[s] == '\t'))
            s++;
        uint32_t w = s;
        while (s < e && src[s] != ' ' && src[s] != '\t')
            s++;
        if (w == s)
            break;
        char folded[64];
        size_t fl = label_fold(src + w, s - w, folded, sizeof folded);
        if (fl == 0 || fl >= sizeof folded - 4 || !label_is_fragment(folded, fl))
            return false;
        words++;
    }
    return words >= 2;
}

/* 一、 1. 第一部分 （一） end the numeral; blanks, a colon (第二部分：…) or
 * a second 、 after it are not the title either. */
/* The end of the first 、 . ． 分 ) or ） in src[s, e), else e. Found by
 * their bytes (、 E3 80 81, ． EF BC 8E, 分 E5 88 86, ） EF BC 89), where a
 * walk over the code points that skips undecodable bytes would find them
 * first: a lead or ASCII byte is never inside another character. */
static uint32_t numeral_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const byte_set stops = {{'.', ')', 0xE3, 0xEF, 0xE5}};
    for (uint32_t i = s; (i = next_byte_of(src, i, e, &stops)) < e; i++) {
        const uint8_t *p = src + i;
        if (p[0] == '.' || p[0] == ')')
            return i + 1;
        if (e - i >= 3 && ((p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) ||
                           (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8E || p[2] == 0x89)) ||
                           (p[0] == 0xE5 && p[1] == 0x88 && p[2] == 0x86)))
            return i + 3;
    }
    return e;
}

/* Is the three-byte character at P one of 一…十? By its bytes: every
 * heading asks, and most are 一、 (E4 B8 80, then E3 80 81). */
static bool cn_numeral_bytes(const uint8_t *p)
{
    switch (p[0] << 16 | p[1] << 8 | p[2]) {
    case 0xE4B880: case 0xE4BA8C: case 0xE4B889: case 0xE59B9B: case 0xE4BA94: /* 一二三四五 */
    case 0xE585AD: case 0xE4B883: case 0xE585AB: case 0xE4B99D: case 0xE58D81: /* 六七八九十 */
        return true;
    default:
        return false;
    }
}

/* A numeral 一…十 at S followed by blanks and then no 、 . ． (一 总体情况:
 * the heading's 、 lost, as pdftotext and copying often lose it): the end
 * of the blanks, where the title starts; else 0. */
static uint32_t numeral_blank_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t at = s, l;
    /* most headings: one numeral and 、 (E3 80 81) */
    if (e - s >= 6 && src[s + 3] == 0xE3 && src[s + 4] == 0x80 && src[s + 5] == 0x81)
        return 0;
    while (e - at >= 3 && cn_numeral_bytes(src + at))
        at += 3;
    uint32_t blanks = at;
    while (at < e && (l = utf8_blank_len(src + at, src + e)))
        at += l;
    if (blanks == s || at == blanks || at >= e)
        return 0;
    uint32_t cp;
    if (!utf8_decode(src + at, e - at, &cp))
        return 0;
    return cp != 0x3001 && cp != '.' && cp != 0xFF0E ? at : 0;
}

/* The start of a heading's numeral in [s, e): past markup (** __ 【 〖 [)
 * and blanks (not NBSP). */
static uint32_t numeral_start(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (;;) {
        if (s < e && (src[s] == '*' || src[s] == '_' || src[s] == '[' || src[s] == ' ' || src[s] == '\t'))
            s++;
        else if (e - s >= 3 && src[s] == 0xE3 && src[s + 1] == 0x80 &&
                 (src[s + 2] == 0x90 || src[s + 2] == 0x96 || src[s + 2] == 0x80))
            s += 3; /* 【 〖 U+3000 */
        else
            return s;
    }
}

/* Markup that closes a heading (the lexer's MKC): ** __ 】 〗 ], as the
 * length of the one ending at src[e), else 0. */
static uint32_t closing_markup(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (e - s >= 2 && ((src[e - 2] == '*' && src[e - 1] == '*') || (src[e - 2] == '_' && src[e - 1] == '_')))
        return 2;
    if (e - s >= 1 && src[e - 1] == ']')
        return 1;
    if (e - s >= 3 && src[e - 3] == 0xE3 && src[e - 2] == 0x80 && (src[e - 1] == 0x91 || src[e - 1] == 0x97))
        return 3; /* 】 E3 80 91, 〗 E3 80 97 */
    return 0;
}

void ft_section_title(const uint8_t *src, uint32_t s, uint32_t e, uint32_t *ts, uint32_t *te)
{
    uint32_t i = numeral_blank_end(src, numeral_start(src, s, e), e), cp;
    if (!i) /* 一 总体情况: the title after the blanks; else after 、 . 分 ） */
        i = numeral_end(src, s, e);
    for (;;) {
        int l = i < e ? utf8_decode(src + i, e - i, &cp) : 0;
        if (l && (cp == ' ' || cp == '\t' || cp == 0x3000 || cp == ':' || cp == 0xFF1A || cp == 0x3001))
            i += (uint32_t)l;
        else
            break;
    }
    uint32_t end = e;
    while (end > i && (src[end - 1] == ' ' || src[end - 1] == '\t'))
        end--;
    uint32_t mk = closing_markup(src, i, end);
    for (end -= mk; mk && end > i && (src[end - 1] == ' ' || src[end - 1] == '\t');)
        end--;
    *ts = i;
    *te = end;
}

/* The first code point of [s, e) past markup (** __ 【 〖 [) and blanks
 * says the style: （ or ( the bracketed （一）, a digit 1、 or 1., a
 * numeral and blanks the 、 lost (一 总体情况), else (一…十 or 第) the
 * template's 一、 and 第一部分. */
int ft_heading_numbering(const uint8_t *src, uint32_t s, uint32_t e)
{
    while (s < e) {
        uint32_t cp;
        int l = utf8_decode(src + s, e - s, &cp);
        if (!l)
            break;
        if (cp == '(' || cp == 0xFF08)
            return XXGK_NUM_PAREN_CN;
        if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
            return XXGK_NUM_ARABIC;
        if (numeral_digit(cp) > 0)
            return numeral_blank_end(src, s, e) ? XXGK_NUM_CN_SPACE : XXGK_NUM_CN_DUN;
        if (cp != '*' && cp != '_' && cp != '[' && cp != 0x3010 && cp != 0x3016 && cp != ' ' &&
            cp != '\t' && cp != 0x3000)
            break;
        s += (uint32_t)l;
    }
    return XXGK_NUM_CN_DUN;
}

/* 一…六, blanks, 、 */
int ft_dun_numeral(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t cp;
    int l = utf8_decode(src + s, e - s, &cp);
    static const uint32_t cn[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D}; /* 一…六 */
    int n = 0;
    for (int i = 0; i < 6; i++)
        if (l && cp == cn[i])
            n = i + 1;
    uint32_t i = s + (uint32_t)l;
    while (i < e && (src[i] == ' ' || src[i] == '\t'))
        i++;
    bool dun = i + 3 <= e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x81; /* 、 */
    return dun ? n : 0;
}

bool ft_year_digits(const uint8_t *src, uint32_t s, uint32_t e)
{
    return e - s == 4 &&
           ((src[s] == '1' && src[s + 1] == '9') || (src[s] == '2' && src[s + 1] == '0'));
}

bool ft_is_nian(const uint8_t *src, uint32_t s, uint32_t e)
{
    return e - s == 3 && src[s] == 0xE5 && src[s + 1] == 0xB9 && src[s + 2] == 0xB4; /* 年 */
}

/* A blank between words of a line or its cells (no TAB): space, \f,
 * U+3000, U+00A0. Its length at p, or 0 (the text is NUL-terminated). */
static int gap_len(const uint8_t *p)
{
    if (*p == ' ' || *p == '\f')
        return 1;
    if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;
    return p[0] == 0xC2 && p[1] == 0xA0 ? 2 : 0;
}

/* A digit, ASCII or full width, at p: its length, or 0. */
static int digit_len(const uint8_t *p)
{
    if (*p >= '0' && *p <= '9')
        return 1;
    return p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99 ? 3 : 0;
}

/* The end of the number at p (a digit): digits, with . or , between
 * digits. */
static const uint8_t *number_end(const uint8_t *p)
{
    for (;;) {
        int n = digit_len(p);
        if (n)
            p += n;
        else if ((*p == '.' || *p == ',') && digit_len(p + 1))
            p++;
        else
            return p;
    }
}

/* The length of a sign before digits: - + － ＋ (0 when none). */
static int sign_len(const uint8_t *p)
{
    if (*p == '-' || *p == '+')
        return 1;
    return p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8D || p[2] == 0x8B) ? 3 : 0;
}

bool ft_sentence_number(const uint8_t *src, uint32_t s)
{
    int depth = 0;
    bool mark = false, words = false, after_number = false;
    for (const uint8_t *p = src + s;;) {
        uint8_t b = *p;
        if (!b || b == '\n' || b == '\r' || b == '\t' || b == '|')
            return false; /* the line's end, or a cell delimiter: a row's */
        int n = digit_len(p);
        if (n) {
            const uint8_t *r = number_end(p);
            while ((n = gap_len(r)))
                r += n;
            if (mark && words && !after_number && !digit_len(r) && !digit_len(r + sign_len(r)))
                return true;
            after_number = true;
            p = r;
            continue;
        }
        if ((n = gap_len(p))) {
            p += n;
            continue;
        }
        after_number = false;
        if (b == '(' || (b == 0xEF && p[1] == 0xBC && p[2] == 0x88)) { /* （ */
            depth++;
        } else if (b == ')' || (b == 0xEF && p[1] == 0xBC && p[2] == 0x89)) { /* ） */
            if (depth)
                depth--;
            else /* the rest of a bracket opened on the line above */
                mark = words = false;
        } else if (b == 0xEF && p[1] == 0xBC && (p[2] == 0x8C || p[2] == 0x9B)) { /* ，； */
            /* not ：, which ends a table's prefix as often as a clause
             * (其中：行政处罚 23, 单位：件 行政许可 1364): a row follows it */
            mark = mark || !depth;
        } else if (b >= 0xE4 && b <= 0xE9 && mark) {
            words = true; /* an ideograph after the mark */
        }
        /* the next character: past continuation bytes, never past the
         * NUL that ends the text (a lead byte cut short by it) */
        for (p++; (*p & 0xC0) == 0x80; p++)
            ;
    }
}

/* The code point at p folded to simplified script (個 -> 个, 辦 -> 办),
 * its length in *len (1 for a byte that opens none). */
static uint32_t folded_cp(const uint8_t *p, int *len)
{
    uint32_t cp = 0;
    int l = utf8_decode(p, 4, &cp);
    *len = l ? l : 1;
    if (!l)
        return 0xFFFD;
    return script_folds(cp) ? script_to_simplified(cp) : cp;
}

/* A verb of a clause that counts what a body received or handled: 收到,
 * 受理, 办结, 办理, or 共 before 计/收/受/办/有/处 (共计, 共收到; not
 * 公共, 共和): PREV then CP. */
static bool count_verb(uint32_t prev, uint32_t cp)
{
    switch (prev) {
    case 0x6536: /* 收 */
        return cp == 0x5230; /* 到 */
    case 0x53D7: /* 受 */
        return cp == 0x7406; /* 理 */
    case 0x529E: /* 办 */
        return cp == 0x7ED3 || cp == 0x7406; /* 结 理 */
    case 0x5171: /* 共 */
        return cp == 0x8BA1 || cp == 0x6536 || cp == 0x53D7 || cp == 0x529E || cp == 0x6709 ||
               cp == 0x5904; /* 计 收 受 办 有 处 */
    default:
        return false;
    }
}

/* A unit of a count at p (folded): 件 个 条 项 人次; its length, or 0. */
static int count_unit(const uint8_t *p)
{
    int l, l2;
    uint32_t cp = folded_cp(p, &l);
    if (cp == 0x4EF6 || cp == 0x4E2A || cp == 0x6761 || cp == 0x9879) /* 件 个 条 项 */
        return l;
    if (cp == 0x4EBA && folded_cp(p + l, &l2) == 0x6B21) /* 人次 */
        return l + l2;
    return 0;
}

bool ft_colon_count(const uint8_t *src, uint32_t s)
{
    const uint8_t *p = src + s;
    int l;
    uint32_t cp = folded_cp(p, &l);
    if (cp < 0x3400 || cp > 0x9FFF)
        return false; /* opens with ideographs */
    uint32_t prev = 0;
    int depth = 0;
    bool verb = false;
    for (;;) { /* the clause up to its first ： outside brackets */
        uint8_t b = *p;
        if (!b || b == '\n' || b == '\r' || b == '\t' || b == '|')
            return false;
        cp = folded_cp(p, &l);
        p += l;
        if (cp == '(' || cp == 0xFF08)
            depth++;
        else if ((cp == ')' || cp == 0xFF09) && depth)
            depth--;
        else if ((cp == ':' || cp == 0xFF1A) && !depth)
            break;
        verb = verb || count_verb(prev, cp);
        prev = cp;
    }
    if (!verb)
        return false;
    while ((l = gap_len(p)))
        p += l;
    if (!digit_len(p))
        return false;
    while ((l = digit_len(p)))
        p += l;
    while ((l = gap_len(p)))
        p += l;
    if (!(l = count_unit(p)))
        return false;
    p += l;
    while ((l = gap_len(p)))
        p += l;
    /* the line's end, or the clause going on (，；。) */
    cp = *p ? folded_cp(p, &l) : 0;
    return !cp || cp == '\n' || cp == '\r' || cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002;
}

/* signoff-date := YYYY 年 M 月 D 日|号 | YYYY sep M sep D   (sep - . /, the
 * same twice; digits or Chinese numerals): [b, e), blanks at its end
 * dropped, is a whole date that exists, read into ymd. */
bool ft_signoff_date(const uint8_t *s, uint32_t b, uint32_t e, int ymd[3])
{
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    uint32_t i = b;
    int y = numeral_parse(s, &i, e);
    uint32_t sep = utf8_next(s, &i, e);
    bool cn = sep == 0x5E74; /* 年 */
    if (!cn && sep != '-' && sep != '.' && sep != '/')
        return false;
    int m = numeral_parse(s, &i, e);
    if (utf8_next(s, &i, e) != (cn ? 0x6708u /* 月 */ : sep))
        return false;
    int d = numeral_parse(s, &i, e);
    if (cn) {
        uint32_t day = utf8_next(s, &i, e);
        if (day != 0x65E5 /* 日 */ && day != 0x53F7 /* 号 */)
            return false;
    }
    char iso[11];
    if (i != e || !meta_date_format(y, m, d, iso))
        return false;
    ymd[0] = y, ymd[1] = m, ymd[2] = d;
    return true;
}

/* A blank a line may carry at either end, at s[i]: space, tab, CR (*len
 * 1) or U+3000 (*len 3). */
bool ft_blank_at(const uint8_t *s, uint32_t i, uint32_t e, int *len)
{
    *len = 1;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
        return true;
    *len = 3;
    return i + 3 <= e && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80;
}

uint32_t ft_trim_start(const uint8_t *s, uint32_t b, uint32_t e)
{
    int l;
    while (b < e && ft_blank_at(s, b, e, &l))
        b += (uint32_t)l;
    return b;
}

uint32_t ft_trim_end(const uint8_t *s, uint32_t b, uint32_t e)
{
    while (e > b) {
        if (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')
            e--;
        else if (e - b >= 3 && s[e - 3] == 0xE3 && s[e - 2] == 0x80 && s[e - 1] == 0x80)
            e -= 3;
        else
            break;
    }
    return e;
}

/* AGENCY: [b, e) is an agency's name (meta_name_kind_own: a sign-off may
 * be an institution's, 云南大学), no blank inside,
 * not a sponsor's (…主办, …承办, …协办). What a reader of a page does not
 * see may part it (青禾县教育<!-- -->局, 青禾县教育&amp;nbsp;局, a
 * zero-width space: ft_unseen_markup_at; mt_load drops them too). */
enum { SIGNOFF_NAME_MAX = 30 * 4 };
static int signoff_agency_kind(const uint8_t *s, uint32_t b, uint32_t e);
bool ft_signoff_agency(const uint8_t *s, uint32_t b, uint32_t e) { return signoff_agency_kind(s, b, e) != NAME_BAD; }

/* [b, e) as a reader sees it (mt_load: folded, markup and zero-width
 * characters left out), on the heap (an mt_text is too large for the
 * stack); NULL when out of memory. The caller frees it. */
static mt_text *seen_text(const uint8_t *s, uint32_t b, uint32_t e)
{
    mt_text *t = mt_new(1);
    if (!t)
        return NULL;
    mt_fold_cache fc;
    mt_fold_cache_init(&fc);
    mt_load(t, &fc, s, b, e);
    return t;
}

/* ft_signoff_agency's reading: NAME_BAD, or the name's kind
 * (meta_name_kind_own: NAME_OK for a full name). */
static int signoff_agency_kind(const uint8_t *s, uint32_t b, uint32_t e)
{
    if (e <= b || e - b > SIGNOFF_NAME_MAX * 2)
        return NAME_BAD;
    uint32_t seen = 0; /* the bytes a reader sees */
    const uint8_t *unclosed = NULL;
    for (uint32_t i = b; i < e;) {
        int l;
        /* markup starts only at a < or an & (ft_unseen_markup_at is 0
         * elsewhere): asked there alone, not at every character */
        size_t ml = s[i] == '<' || s[i] == '&' ? ft_unseen_markup_at(s + i, s + e, &unclosed) : 0;
        if (ml) {
            i += (uint32_t)ml;
            continue;
        }
        if (ft_blank_at(s, i, e, &l))
            return NAME_BAD;
        uint32_t at = i, cp = utf8_next(s, &i, e);
        if (cp - 0x200Bu <= 2u || cp == 0x2060)
            continue; /* zero-width */
        if (cp < 0x3400)
            return NAME_BAD; /* a label's colon, digits, Latin: no name */
        seen += i - at;
    }
    if (seen > SIGNOFF_NAME_MAX)
        return NAME_BAD;
    mt_text *t = seen_text(s, b, e);
    if (!t)
        return NAME_BAD;
    int kind = t->n >= 2 ? meta_name_kind_own(t, 0, t->n) : NAME_BAD;
    if (kind != NAME_BAD && t->f[t->n - 1] == 0x529E /* 办 */ &&
        (t->f[t->n - 2] == 0x4E3B /* 主 */ || t->f[t->n - 2] == 0x627F /* 承 */ || t->f[t->n - 2] == 0x534F /* 协 */))
        kind = NAME_BAD;
    free(t);
    return kind;
}

/* Does [b, e) end in a place's level word (mt_place_level_end: 青禾县,
 * 城关街道, either script), as a reader sees it: markup and zero-width
 * characters after it left out (青禾县<br>, 青禾县 U+200B: mt_load)? */
static bool ends_in_level(const uint8_t *s, uint32_t b, uint32_t e)
{
    /* with no < or & no markup is left out, and the last code point
     * mt_load keeps is the one mt_fold_before finds, folded alike: a level
     * word there is the answer, anything but 道 (街道) says no; the text
     * loaded (on the heap) only for markup or 道 */
    if (!memchr(s + b, '<', e - b) && !memchr(s + b, '&', e - b)) {
        uint32_t f = mt_fold_before(s, b, e);
        if (f != 0x9053 /* 道 */)
            return mt_level_char(f);
    }
    mt_text *t = seen_text(s, b, e);
    if (!t)
        return false;
    bool level = mt_place_level_end(t, t->n);
    free(t);
    return level;
}

/* AGENCY wrapped on two lines: [b, be) the upper line, [m, e) the
 * lower one, which names no full agency alone; the two joined (the break
 * left out) one agency's name (signoff_agency_kind). Either the upper
 * line is a place alone (ends_in_level: 青禾县⏎教育局, the office's name
 * relative to the place it does not print, joined a full name), or the
 * lower line names nothing at all (办公室, 办事处, 委员会: the name broken
 * inside, 青禾县人民政府⏎办公室, 城关街道⏎办事处, 青禾县卫生健康⏎委员会),
 * the joined name as a one-line sign-off's may be (城关街道办事处: partial,
 * P040 as on one line) and the upper line ends where a name may go on
 * (wrap_upper_breaks_name: no full agency but a government's, no site's
 * chrome). A lower line that names a full agency alone
 * (青禾县⏎青禾县教育局) is no wrap: two names; nor one that repeats the
 * upper line's end (青禾县教育局⏎教育局: the office printed twice). */
/* Does t end in w (n folded code points)? */
static bool mt_ends_in(const mt_text *t, const uint32_t *w, int n)
{
    return t->n >= n && memcmp(t->f + t->n - n, w, (size_t)n * sizeof *w) == 0;
}

/* May the upper line [b, be), not a place alone, be the first part of a
 * name broken inside (青禾县人民政府⏎办公室, 青禾县卫生健康⏎委员会)? Not
 * when it names a full agency alone (青禾县教育局⏎办公室: the office a
 * department inside the bureau, the bureau the agency), but a
 * government's (人民政府⏎办公室 is one agency, the government's office);
 * never a site's chrome (白河市人民政府网⏎办公室: a web site, 网站, 门户,
 * no agency's name goes on after it). */
static bool wrap_upper_breaks_name(const uint8_t *s, uint32_t b, uint32_t be)
{
    mt_text *t = seen_text(s, b, be);
    if (!t)
        return false;
    bool ok = t->n >= 2 && !mt_ends_in(t, U"网", 1) && !mt_ends_in(t, U"网站", 2) && !mt_ends_in(t, U"门户", 2) &&
              (meta_name_kind_own(t, 0, t->n) != NAME_OK || mt_ends_in(t, U"人民政府", 4));
    free(t);
    return ok;
}

/* Does the upper line [b, be) end in a character no name holds (。, a
 * digit, Latin: below U+3400, where signoff_agency_kind's scan says
 * NAME_BAD of the joined name)? Markup left to that scan. The line above
 * a sign-off's agency most often ends a sentence (…信息处理费。): told by
 * its last character, not by the scan of every one. */
static bool upper_ends_outside_name(const uint8_t *s, uint32_t b, uint32_t be)
{
    if (memchr(s + b, '<', be - b) || memchr(s + b, '&', be - b))
        return false;
    uint32_t i = be - 1;
    while (i > b && (s[i] & 0xC0) == 0x80)
        i--;
    uint32_t cp = utf8_next(s, &i, be);
    return i == be && cp < 0x3400 && !(cp - 0x200Bu <= 2u || cp == 0x2060);
}

/* May a name that ends with the lower line [m, e) end there: its last
 * character one a name ends in (meta_name_last_char: 局 办 室 会 …)? A
 * line of markup is the loaded text's to judge (what a reader sees last
 * may stand before a tag). No text loaded: most lines above a date end in
 * none (特此报告。, a table's last row). */
static bool lower_may_end_name(const uint8_t *s, uint32_t m, uint32_t e)
{
    if (memchr(s + m, '<', e - m) || memchr(s + m, '&', e - m))
        return true;
    uint32_t f = mt_fold_before(s, m, e);
    return f == 0 || meta_name_last_char(f); /* 0: the line keeps nothing, the upper one ends the name */
}

bool ft_signoff_agency_wrapped(const uint8_t *s, uint32_t b, uint32_t be, uint32_t m, uint32_t e)
{
    uint8_t buf[SIGNOFF_NAME_MAX];
    /* the cheap tests first: lengths, the office printed twice
     * (青禾县教育局⏎教育局: no longer name), a place alone above */
    if (be <= b || e <= m || (be - b) + (e - m) > sizeof buf)
        return false;
    if (e - m <= be - b && memcmp(s + be - (e - m), s + m, e - m) == 0)
        return false;
    if (!lower_may_end_name(s, m, e) || upper_ends_outside_name(s, b, be))
        return false;
    /* the joined name before either line's: every wrap is a name joined,
     * and a line of prose above (its 。, digits) is none without loading
     * a text; the lower line loaded only then, the upper one last */
    memcpy(buf, s + b, be - b);
    memcpy(buf + (be - b), s + m, e - m);
    int joined = signoff_agency_kind(buf, 0, (be - b) + (e - m));
    if (joined == NAME_BAD)
        return false;
    bool place = ends_in_level(s, b, be);
    int lower = signoff_agency_kind(s, m, e);
    if (lower == NAME_OK)
        return false;
    if (lower != NAME_BAD)
        return place && joined == NAME_OK;
    return place || wrap_upper_breaks_name(s, b, be);
}

/* The start of a blank entity a page's source left in a text that ends
 * at d (…&nbsp; &#12288; &amp;nbsp;, and as HTML5 reads a text, &nbsp
 * without its ;: ft_unseen_markup_at, a reader sees a blank), at or after
 * b, read by the one reader of entities with what follows d in [d, e)
 * (&#1228 is no entity before 8); else d. An entity ends in its ; or in a
 * letter or digit of its name. */
enum { ENTITY_MAX = 24 };
/* blank_entity_match's names: blank[NBSP_AT] is nbsp, HTML5's legacy name
 * among them; blank[ZERO_WIDTH_FROM] on are zero-width (#8203 …). */
enum { NBSP_AT = 0, ZERO_WIDTH_FROM = 10, AMP_MAX = 3 };
static bool zero_width_entity_at(const uint8_t *p, const uint8_t *end);
static uint32_t entity_before(const uint8_t *s, uint32_t b, uint32_t d, uint32_t e)
{
    uint8_t c = d > b ? s[d - 1] : 0;
    if (!(c == ';' || (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u))
        return d;
    for (uint32_t a = d - 1; a > b && d - a < ENTITY_MAX;) {
        a--;
        if (s[a] == '&')
            return ft_unseen_markup_at(s + a, s + e, NULL) == d - a ? a : d;
    }
    return d;
}

/* Does the name nbsp (any case) end at d, after b? */
static bool nbsp_name_before(const uint8_t *s, uint32_t b, uint32_t d)
{
    return d - b >= 4 && (s[d - 4] | 0x20) == 'n' && (s[d - 3] | 0x20) == 'b' && (s[d - 2] | 0x20) == 's' &&
           (s[d - 1] | 0x20) == 'p';
}

/* Does a blank (space, tab, U+3000) or a blank entity (entity_before)
 * end at d, after b? The walk of ft_signoff_line asks it at every byte of
 * a line: one table look-up says no for every byte but a blank's last
 * (' ', '\t', U+3000's 0x80) and an entity's (its ;, or the p of nbsp
 * without it). Only nbsp, HTML5's legacy name, is a blank without its ;
 * here: a browser shows &ensp, &emsp (no legacy names) as text, so
 * 白河市财政局&ensp二〇二四年… is no agency and date. A numeric entity
 * without its ; (&#160, &#12288) is not looked for either: no ; ends it,
 * and before a date's ASCII digits it goes on into them (a browser
 * reads &#1602024年 as one number past U+10FFFF: U+FFFD, then 年), so
 * one rule for both dates reads neither: &#160二〇二四年… no more than
 * &#1602024年…. */
static bool word_break_before(const uint8_t *s, uint32_t b, uint32_t d, uint32_t e)
{
    static const bool last_byte[256] = {[' '] = true, ['\t'] = true, [0x80] = true,
                                        [';'] = true, ['p'] = true,   ['P'] = true};
    uint8_t c = s[d - 1];
    if (!last_byte[c])
        return false;
    if (c == 0x80)
        return d - b >= 3 && s[d - 3] == 0xE3 && s[d - 2] == 0x80;
    if (c == ' ' || c == '\t')
        return true;
    if (c != ';' && !nbsp_name_before(s, b, d))
        return false;
    uint32_t a = entity_before(s, b, d, e);
    return a < d && !zero_width_entity_at(s + a, s + e);
}

/* signoff-line := AGENCY SP+ DATE on [b, e): the date is the last word
 * (after the last blank run), the agency all before it. */
bool ft_signoff_line(const uint8_t *s, uint32_t b, uint32_t e, uint32_t *ae, uint32_t *ds, int ymd[3])
{
    uint32_t d = e;
    while (d > b && !word_break_before(s, b, d, e))
        d--;
    if (d == b || !ft_signoff_date(s, d, e, ymd))
        return false;
    uint32_t a = ft_trim_end(s, b, d);
    for (uint32_t x = entity_before(s, b, a, e); x < a; x = entity_before(s, b, a, e))
        a = ft_trim_end(s, b, x); /* 平潭县教育局&nbsp;&nbsp; 二〇二三年…: the blanks a page's source left */
    if (!ft_signoff_agency(s, b, a))
        return false;
    *ae = a;
    *ds = d;
    return true;
}

/* [b, e) without a seal's note at its end (（印章） （公章） （盖章） (印章)
 * …: where the stamp goes on the printed page), blanks before it too. */
static const char *const seal_notes[] = {"（印章）", "（公章）", "（盖章）", "（蓋章）",
                                         "(印章)",   "(公章)",   "(盖章)",   "(蓋章)",   NULL};

static uint32_t seal_note_dropped(const uint8_t *s, uint32_t b, uint32_t e)
{
    for (int k = 0; seal_notes[k]; k++) {
        size_t n = strlen(seal_notes[k]);
        if (e - b > n && memcmp(s + e - n, seal_notes[k], n) == 0)
            return ft_trim_end(s, b, e - (uint32_t)n);
    }
    return e;
}

/* The end of the line from B (its \n, or LEN). */
static uint32_t line_end_at(const uint8_t *s, uint32_t b, uint32_t len)
{
    const uint8_t *nl = memchr(s + b, '\n', len - b);
    return nl ? (uint32_t)(nl - s) : len;
}

/* Is [b, e), blanks at its start dropped, a seal's note alone (the
 * stamp's place printed on a line of its own between name and date)? */
static bool seal_note_only(const uint8_t *s, uint32_t b, uint32_t e)
{
    b = ft_trim_start(s, b, e);
    e = ft_trim_end(s, b, e);
    for (int k = 0; seal_notes[k]; k++)
        if (e - b == strlen(seal_notes[k]) && memcmp(s + b, seal_notes[k], e - b) == 0)
            return true;
    return false;
}

/* [b, e) into BUF (size N) without its blanks (space, tab, U+3000):
 * the bytes kept, -1 when they do not fit. */
static int without_blanks(const uint8_t *s, uint32_t b, uint32_t e, uint8_t *buf, int n)
{
    int k = 0, l;
    for (uint32_t i = b; i < e; i += (uint32_t)l) {
        if (ft_blank_at(s, i, e, &l))
            continue;
        l = 1;
        if (k >= n)
            return -1;
        buf[k++] = s[i];
    }
    return k;
}

/* A sign-off's date on a line of its own, [b, e): ft_signoff_date, or
 * the same with blanks around its numbers (2024 年 1 月 18 日, as PDF
 * text prints it; only with 年, so a row of numbers is never a date)
 * and a full stop after it (2024年1月18日。). */
static bool date_alone(const uint8_t *s, uint32_t b, uint32_t e, int ymd[3])
{
    /* either way the date opens with its year's numeral (1990 and after):
     * a line whose first character past its blanks is none is no date,
     * told before the blanks are copied out */
    uint32_t f = ft_trim_start(s, b, e), cp;
    if (f == e || !utf8_decode(s + f, e - f, &cp) || numeral_digit(cp) < 0)
        return false;
    if (ft_signoff_date(s, b, e, ymd))
        return true;
    /* the copy below needs 年 (E5 B9 B4): a line without an E5 byte (a
     * row of numbers) has none, copied or not */
    if (!memchr(s + b, 0xE5, e - b))
        return false;
    uint8_t buf[64];
    int k = without_blanks(s, b, e, buf, (int)sizeof buf);
    if (k >= 3 && memcmp(buf + k - 3, "。", 3) == 0)
        k -= 3;
    bool nian = false; /* 年 in it */
    for (int i = 0; i + 3 <= k && !nian; i++)
        nian = memcmp(buf + i, "年", 3) == 0;
    return nian && ft_signoff_date(buf, 0, (uint32_t)k, ymd);
}

/* An agency's name alone on [b, e): ft_signoff_agency, or the name
 * letter-spaced (青 禾 市 教 育 局: every word one character, two or more). */
static bool agency_alone(const uint8_t *s, uint32_t b, uint32_t e)
{
    if (ft_signoff_agency(s, b, e))
        return true;
    int words = 0, l;
    for (uint32_t i = b; i < e;) {
        uint32_t w = i;
        utf8_next(s, &i, e);
        if (i < e && !ft_blank_at(s, i, e, &l))
            return false; /* a word of two characters or more */
        while (i < e && ft_blank_at(s, i, e, &l))
            i += (uint32_t)l;
        words += i > w;
    }
    uint8_t buf[30 * 4];
    int k = words >= 2 ? without_blanks(s, b, e, buf, (int)sizeof buf) : -1;
    return k > 0 && ft_signoff_agency(buf, 0, (uint32_t)k);
}

bool ft_signoff_date_alone(const uint8_t *s, uint32_t b, uint32_t e, int ymd[3])
{
    b = ft_trim_start(s, b, e);
    return b < e && date_alone(s, b, ft_trim_end(s, b, e), ymd);
}

bool ft_signoff_agency_alone(const uint8_t *s, uint32_t b, uint32_t e)
{
    e = ft_trim_end(s, b, e);
    return b < e && agency_alone(s, b, seal_note_dropped(s, b, e));
}

/* signoff-two-lines := AGENCY [seal] EOL [seal EOL] [blank-line] DATE EOL,
 * from the line at B. */
bool ft_signoff_two_lines(const uint8_t *s, uint32_t b, uint32_t len, uint32_t *de)
{
    uint32_t e = line_end_at(s, b, len);
    if (e >= len)
        return false;
    uint32_t d = e + 1, dl = line_end_at(s, d, len);
    if (dl < len && seal_note_only(s, d, dl)) { /* the seal's own line */
        d = dl + 1;
        dl = line_end_at(s, d, len);
    }
    if (ft_trim_end(s, d, dl) == d && dl < len) { /* one blank line between */
        d = dl + 1;
        dl = line_end_at(s, d, len);
    }
    int ymd[3];
    uint32_t ds = ft_trim_start(s, d, dl); /* a date set right, after blanks */
    if (ds == dl || !date_alone(s, ds, dl, ymd))
        return false; /* asked first: the agency's reading costs more */
    if (!agency_alone(s, b, seal_note_dropped(s, b, ft_trim_end(s, b, e))))
        return false;
    *de = ft_trim_end(s, ds, dl);
    return true;
}

/* Is CP a digit, ASCII or full-width? */
static bool digit_cp(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* The caption's number after 表 at I: digits or Chinese numerals, then
 * an optional part number after a dash (表2-1, 表二－1). False when there
 * is none. */
static bool caption_number(const uint8_t *src, uint32_t *i, uint32_t e)
{
    uint32_t at = *i, n = 0;
    for (uint32_t j = at, cp; j < e && (cp = utf8_next(src, &j, e)) && numeral_digit(cp) >= 0; at = j)
        n++;
    if (n == 0 || n > 3)
        return false;
    uint32_t j = at, cp = utf8_next(src, &j, e);
    if (cp == '-' || cp == 0xFF0D || cp == 0x2013 || cp == 0x2014) {
        uint32_t k = j, part = 0;
        for (uint32_t m = k; m < e && (cp = utf8_next(src, &m, e)) && digit_cp(cp); k = m)
            part++;
        if (part > 0 && part <= 2)
            at = k;
    }
    *i = at;
    return true;
}

/* Digits in the caption's title other than a year's (2023年): numbers
 * that could be values, so no caption. A TAB or | with words after it:
 * cells, so no caption either (trailing delimiters are layout). */
static bool caption_title_plain(const uint8_t *src, uint32_t i, uint32_t e)
{
    bool cell = false;
    while (i < e) {
        uint32_t at = i, cp = utf8_next(src, &i, e);
        if (cp == 0)
            return false;
        if (cp == '\t' || cp == '|' || utf8_wide_bar_cp(cp)) {
            cell = true;
        } else if (cell && cp != ' ' && cp != 0x3000 && cp != '\r') {
            return false;
        } else if (digit_cp(cp)) {
            uint32_t d = at;
            while (d < e && src[d] >= '0' && src[d] <= '9')
                d++;
            if (!(d - at == 4 && ft_year_digits(src, at, d) && d + 3 <= e && ft_is_nian(src, d, d + 3)))
                return false;
            i = d;
        }
    }
    return true;
}

/* The bracket pairs a caption's number, or its whole name, may stand in
 * (opening, closing, shape): round （） (), tortoise-shell 〔〕 ﹝﹞, square
 * [] ［］, lenticular 【】 〖〗, book title 《》 〈〉, corner 「」 ｢｣, white
 * corner 『』, curly {} ｛｝. Pairs of one shape in another width close
 * each other (｢表1」, 〔表1﹞, ［表1]). The one table of them: the opening
 * code points read here and the lead bytes a caption line may start with
 * (ft_caption_lead). */
static const uint32_t caption_pairs[][3] = {
    {0xFF08, 0xFF09, 1}, {'(', ')', 1},       {0x3014, 0x3015, 2}, {0xFE5D, 0xFE5E, 2},
    {'[', ']', 3},       {0xFF3B, 0xFF3D, 3}, {0x3010, 0x3011, 4}, {0x3016, 0x3017, 5},
    {0x300A, 0x300B, 6}, {0x3008, 0x3009, 7}, {0x300C, 0x300D, 8}, {0xFF62, 0xFF63, 8},
    {0x300E, 0x300F, 9}, {'{', '}', 10},      {0xFF5B, 0xFF5D, 10},
};
#define N_CAPTION_PAIRS (sizeof caption_pairs / sizeof *caption_pairs)

/* The bracket of caption_pairs opening at I: its closing code point, 0
 * when none; I past it. */
static uint32_t caption_bracket(const uint8_t *src, uint32_t *i, uint32_t e)
{
    uint32_t j = *i, cp = j < e ? utf8_next(src, &j, e) : 0;
    for (size_t k = 0; cp && k < N_CAPTION_PAIRS; k++)
        if (cp == caption_pairs[k][0]) {
            *i = j;
            return caption_pairs[k][1];
        }
    return 0;
}

bool ft_caption_lead(uint8_t b)
{
    if (b == 0xE8 || b == 0xE9 || b == '*') /* 表 E8 A1 A8, 附 E9 99 84, markdown's bold ** */
        return true;
    for (size_t k = 0; k < N_CAPTION_PAIRS; k++) {
        uint32_t cp = caption_pairs[k][0];
        uint8_t lead = (uint8_t)(cp < 0x80 ? cp : cp < 0x800 ? 0xC0 | cp >> 6 : 0xE0 | cp >> 12);
        if (b == lead)
            return true;
    }
    return false;
}

/* Markdown's bold around a caption's number (**表1**, copied text) at I:
 * I past it (and the blanks after it), true when there. */
static bool caption_bold(const uint8_t *src, uint32_t *i, uint32_t e)
{
    if (e - *i < 2 || src[*i] != '*' || src[*i + 1] != '*')
        return false;
    *i += 2;
    while (*i < e && src[*i] == ' ')
        (*i)++;
    return true;
}

/* The bracket a whole caption's name may stand in at I (【表1】 《表1》
 * （表1） 「表1」 ［表1］ 〈表1〉: caption_pairs): its closing code point, 0
 * when none; I past it (and the blanks after it). */
static uint32_t caption_outer(const uint8_t *src, uint32_t *i, uint32_t e)
{
    uint32_t close = caption_bracket(src, i, e);
    while (close && *i < e && src[*i] == ' ')
        (*i)++;
    return close;
}

/* The shape of the pair CLOSE closes (caption_pairs), 0 when none. */
static uint32_t caption_shape(uint32_t close)
{
    for (size_t k = 0; k < N_CAPTION_PAIRS; k++)
        if (caption_pairs[k][1] == close)
            return caption_pairs[k][2];
    return 0;
}

/* Does CP close the bracket CLOSE, in either width of its shape? */
static bool caption_closes(uint32_t cp, uint32_t close)
{
    return cp && (cp == close || (caption_shape(cp) != 0 && caption_shape(cp) == caption_shape(close)));
}

uint32_t ft_table_caption(const uint8_t *src, uint32_t s, uint32_t e)
{
    static const char fu[] = "附", biao[] = "表";
    uint32_t i = s;
    caption_bold(src, &i, e);
    uint32_t outer = caption_outer(src, &i, e);
    if (e - i >= 3 && memcmp(src + i, fu, 3) == 0)
        i += 3;
    if (e - i < 4 || memcmp(src + i, biao, 3) != 0)
        return 0;
    i += 3;
    while (i < e && src[i] == ' ')
        i++;
    uint32_t close = caption_bracket(src, &i, e);
    if (!caption_number(src, &i, e))
        return 0;
    if (close) { /* 表（1）: the number's own bracket closes it, half- or full-width */
        uint32_t j = i, cp = utf8_next(src, &j, e);
        if (!caption_closes(cp, close))
            return 0;
        i = j;
    }
    if (outer) { /* 【表1】: the name's bracket closes after its number */
        while (i < e && src[i] == ' ')
            i++;
        uint32_t j = i, cp = utf8_next(src, &j, e);
        if (!caption_closes(cp, outer))
            return 0;
        i = j;
    }
    /* **表1**: its bold may close after the number (or at the line's end;
     * the lexer skips the opening ** as layout, so it may lie before s) */
    caption_bold(src, &i, e);
    /* the number's separator: ：: 、 . ． or blanks */
    uint32_t j = i, cp = utf8_next(src, &j, e);
    if (cp == 0xFF1A || cp == ':' || cp == 0x3001 || cp == '.' || cp == 0xFF0E)
        i = j;
    else if (cp != 0 && cp != ' ' && cp != 0x3000 && cp != '\t' && cp != '\r' && numeral_digit(cp) < 0 &&
             (cp < 0x4E00 || cp > 0x9FFF))
        return 0;
    while (i < e && (src[i] == ' ' || src[i] == '\t'))
        i++;
    return caption_title_plain(src, i, e) ? i : 0;
}

/* An HTML tag left in a text at P (a markdown cell's <br>, <br/>,
 * <BR />, </p><p>, <span class="x">, <font face="宋体">): its length, else
 * 0. Markup is no word of the report: a break splits one header cell over
 * two lines of its own (本年收费金额<br>（元）), and what follows it is still
 * the cell's. A tag is an ASCII name right after the < (or </), then
 * anything but a line break, TAB, | or another < up to its >, within
 * TAG_MAX bytes: its attributes may hold any script (宋体). A footnote
 * mark's element (<sup>注</sup>, <sup>1</sup>) is skipped whole, its
 * short content a mark on the label, no word after it. An entity
 * (&nbsp;, &#160;, &#xA0;) is a blank. */
enum { TAG_MAX = 160, SUP_MAX = 24 };
size_t ft_html_tag_at(const uint8_t *p, const uint8_t *end)
{
    if (p < end && *p == '&') {
        const uint8_t *q = p + 1;
        if (q < end && *q == '#')
            q++;
        const uint8_t *w = q;
        while (q < end && q < p + 10 && ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z' ? 1 : (*q >= '0' && *q <= '9')))
            q++;
        return q > w && q < end && *q == ';' ? (size_t)(q + 1 - p) : 0;
    }
    if (p >= end || *p != '<')
        return 0;
    const uint8_t *q = p + 1;
    if (q < end && *q == '/')
        q++;
    if (q >= end || !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z'))
        return 0;
    for (; q < end && q < p + TAG_MAX; q++) {
        if (*q == '>') {
            size_t n = (size_t)(q + 1 - p);
            /* <sup>…</sup>: the footnote mark with its element */
            if (n == 5 && memcmp(p, "<sup>", 5) == 0) {
                for (const uint8_t *c = q + 1; c + 6 <= end && c < q + 1 + SUP_MAX; c++) {
                    if (*c == '<')
                        return memcmp(c, "</sup>", 6) == 0 ? (size_t)(c + 6 - p) : n;
                    if (*c == '\n' || *c == '\r' || *c == '\t' || *c == '|')
                        break;
                }
            }
            return n;
        }
        if (*q == '<' || *q == '\n' || *q == '\r' || *q == '\t' || *q == '|')
            return 0;
    }
    return 0;
}

/* Is the entity body at P (after its & and any amp; of an escaped copy,
 * before END) a blank (nbsp #160 #xa0 #12288 #x3000 ensp emsp #32 #8194
 * #8195) or a zero-width character, as its code point is (U+200B-U+200D,
 * U+2060, U+FEFF: #8203 #x200b zwnj zwj ZeroWidthSpace …), any case,
 * closed by ; or, as browsers read a numeric or legacy entity, by the
 * first byte that cannot go on its name (&#12288青禾); nbsp, HTML5's
 * legacy name, by whatever follows it (&nbsp2024年: a blank, then 2024;
 * &ensp2024 is text)? The length from P with its ;, else 0; *which: the
 * name's index (NBSP_AT, ZERO_WIDTH_FROM). */
static size_t blank_entity_match(const uint8_t *p, const uint8_t *end, int *which)
{
    static const char *const blank[] = {"nbsp",  "#160",    "#xa0",  "#12288", "#x3000", "ensp",   "emsp",
                                        "#32",   "#8194",   "#8195", "#8203",  "#x200b", "#8204",  "#x200c",
                                        "#8205", "#x200d",  "#8288", "#x2060", "#65279", "#xfeff", "zwnj",
                                        "zwj",   "zerowidthspace", NULL};
    for (int k = 0; blank[k]; k++) {
        size_t n = strlen(blank[k]), i = 0;
        while (i < n && p + i < end && (p[i] | (p[i] >= 'A' && p[i] <= 'Z' ? 0x20 : 0)) == (uint8_t)blank[k][i])
            i++;
        if (i < n)
            continue;
        *which = k;
        if (p + n < end && p[n] == ';')
            return n + 1;
        /* nbsp is a legacy name HTML5 reads without its ; whatever
         * follows in a text (&nbsp2024年: a blank, then 2024) */
        bool goes_on = p + n < end && ((unsigned)((p[n] | 0x20) - 'a') < 26u || (unsigned)(p[n] - '0') < 10u);
        if (!goes_on || k == NBSP_AT)
            return n;
    }
    return 0;
}

static size_t blank_entity_body(const uint8_t *p, const uint8_t *end)
{
    int which = 0;
    return blank_entity_match(p, end, &which);
}

/* The body of the entity whose & is at P: after any amp; of an escaped
 * copy (&amp;nbsp;, a CMS's double escape; AMP_MAX at most). */
static const uint8_t *entity_body_start(const uint8_t *p, const uint8_t *end)
{
    const uint8_t *b = p + 1;
    for (int k = 0; k < AMP_MAX && end - b >= 4 && memcmp(b, "amp;", 4) == 0; k++)
        b += 4;
    return b;
}

/* Is the entity at P (before END) a zero-width one (&#8203; &zwnj; …)?
 * A reader sees nothing there, no blank: as a raw U+200B, it parts no
 * words (word_break_before). */
static bool zero_width_entity_at(const uint8_t *p, const uint8_t *end)
{
    int which = 0;
    return blank_entity_match(entity_body_start(p, end), end, &which) && which >= ZERO_WIDTH_FROM;
}

/* What a reader of a page does not see, left in a text at P (before END):
 * a tag (ft_html_tag_at), a comment <!-- … --> whole with any text it
 * holds, however long, and a blank entity (&nbsp; &#12288;), its ;
 * missing (&#12288) or escaped once more (&amp;nbsp;, a CMS's double
 * escape, which the page shows as &nbsp;). Its length, else 0: &amp;
 * alone and any other entity are characters a reader sees. A comment
 * that does not close before END is text (an open one: kept), and
 * *unclosed (when UNCLOSED is given) is set to its start: no comment
 * opened from there on closes before END, so a walk that keeps it asks
 * no more (each byte searched once: no cost per comment opened). */
size_t ft_unseen_markup_at(const uint8_t *p, const uint8_t *end, const uint8_t **unclosed)
{
    if (p >= end)
        return 0;
    if (*p == '<') {
        if (end - p >= 7 && memcmp(p, "<!--", 4) == 0) {
            if (unclosed && *unclosed && p >= *unclosed)
                return 0;
            for (const uint8_t *c = p + 4; c + 3 <= end; c++)
                if (c[0] == '-' && c[1] == '-' && c[2] == '>')
                    return (size_t)(c + 3 - p);
            if (unclosed)
                *unclosed = p;
            return 0;
        }
        return ft_html_tag_at(p, end);
    }
    if (*p != '&')
        return 0;
    const uint8_t *b = entity_body_start(p, end);
    size_t n = blank_entity_body(b, end);
    return n ? (size_t)(b + n - p) : 0;
}
