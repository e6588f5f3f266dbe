#include "cont_caption.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "numerals.h"
#include "script_fold.h"
#include "utf8.h"

int caption_table_number(const char *s, size_t *i, size_t n)
{
    uint32_t at = (uint32_t)*i;
    int v = numeral_parse((const uint8_t *)s, &at, (uint32_t)n);
    if (v < 1 || v > 99)
        return 0;
    *i = at;
    return v;
}

/* Does s[i, n) hold exactly one of the words? */
static bool rest_is(const char *s, size_t i, size_t n, const char *const *words, size_t nwords)
{
    for (size_t w = 0; w < nwords; w++)
        if (strlen(words[w]) == n - i && memcmp(s + i, words[w], n - i) == 0)
            return true;
    return false;
}

/* The bytes at s[i] that a caption's words are read without: a blank or
 * a bracket of either width (（续表）, 表3(续), 【续表三】); their length, 0
 * for a word's byte. */
static size_t blank_or_bracket(const char *s, size_t i, size_t n)
{
    static const char *const brackets[] = {"（", "）", "(", ")", "【", "】", "[", "]", "〔", "〕", "「", "」"};
    uint8_t c = (uint8_t)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        return 1;
    /* every blank or bracket above opens with ( ) [ ] or a lead byte E3
     * (U+3000, 【】〔〕「」) or EF (（）): one byte test for the rest */
    if (c != '(' && c != ')' && c != '[' && c != ']' && c != 0xE3 && c != 0xEF)
        return 0;
    if (n - i >= 3 && memcmp(s + i, "　", 3) == 0)
        return 3;
    for (size_t b = 0; b < sizeof brackets / sizeof *brackets; b++) {
        size_t bl = strlen(brackets[b]);
        if (bl <= n - i && memcmp(s + i, brackets[b], bl) == 0)
            return bl;
    }
    return 0;
}

/* Do the 3 bytes at s hold 续, 續, 接 or 表, the words a caption opens
 * with? */
static bool opens_caption(const char *s)
{
    return memcmp(s, "续", 3) == 0 || memcmp(s, "續", 3) == 0 || memcmp(s, "接", 3) == 0 ||
           memcmp(s, "表", 3) == 0;
}

int caption_part_number(const char *s, size_t *i, size_t n)
{
    static const char *const marks[] = {"-", "－", "—", "–", ".", "．", "之"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t l = strlen(marks[m]), j = *i + l;
        if (l > n - *i || memcmp(s + *i, marks[m], l) != 0)
            continue;
        int part = caption_table_number(s, &j, n);
        if (part)
            *i = j;
        return part;
    }
    return 0;
}

/* The first cut (a blank, bracket or colon read without, by its offset
 * in the words: bit k of cuts) after core[from], len when none. */
static size_t next_cut(uint64_t cuts, size_t from, size_t len)
{
    uint64_t later = from >= 63 ? 0 : cuts & ~((2ULL << from) - 1);
    if (!later)
        return len;
    size_t k = (size_t)__builtin_ctzll(later);
    return k < len ? k : len;
}

/* number_part := number ( part | cut number cut )?
 * The table's number at core[*i] and its part's (*part, 0 none): the
 * number read no further than a cut, so that 续表3（1） is table 3's part
 * 1, never table 31; a part after a mark (续表3-1, 表3-2（续）) or alone
 * in its brackets (续表三（1）). A part never names the table. */
static int core_number(const char *core, size_t *i, size_t len, uint64_t cuts, int *part)
{
    size_t end = next_cut(cuts, *i, len), at = *i;
    int num = caption_table_number(core, &at, end);
    if (!num)
        return 0;
    size_t p = at;
    if ((*part = caption_part_number(core, &p, end)) != 0) {
        *i = p;
        return num;
    }
    if (at == end && end < len) { /* a cut: the part in its brackets */
        size_t e2 = next_cut(cuts, end, len);
        p = end;
        if ((*part = caption_table_number(core, &p, e2)) != 0 && p == e2)
            at = p;
        else
            *part = 0;
    }
    *i = at;
    return num;
}

/* The caption a line's words (blanks and brackets aside, core[0, len);
 * cuts where they stood) are exactly: its number as cont_caption_number's,
 * -1 when none; *part its part's number (0 none). */
static int core_caption(const char *core, size_t len, uint64_t cuts, int *part)
{
    static const char *const captions[] = {"续表", "續表", "续上表", "續上表", "接上表", "接上页", "接上頁",
                                           "表格接上页", "表格接上頁"};
    static const char *const after[] = {"续", "續", "续表", "續表"};
    *part = 0;
    if (len < 6)
        return -1;
    if (rest_is(core, 0, len, captions, sizeof captions / sizeof *captions))
        return 0;
    size_t i = 6; /* after 续表 / 續表 */
    int num;
    if (len > 6 && rest_is(core, 0, 6, captions, 2) && (num = core_number(core, &i, len, cuts, part)) && i == len)
        return num; /* 续表三 续表3-1 */
    i = 3; /* after 表 */
    if (memcmp(core, "表", 3) == 0 && (num = core_number(core, &i, len, cuts, part)) &&
        rest_is(core, i, len, after, sizeof after / sizeof *after))
        return num; /* 表3续 表三续表 表3-2续 */
    *part = 0;
    return -1;
}

/* A colon after a caption, before its title (续表3：…, 表三(续): …). */
static size_t colon_at(const char *s, size_t i, size_t n)
{
    if (s[i] == ':')
        return 1;
    return n - i >= 3 && memcmp(s + i, "：", 3) == 0 ? 3 : 0;
}

/* Does s[at, n), a caption's title, hold no cell break and no digit? A
 * table's row after the caption on its line (表3（续） 一、本年新收…⇥64),
 * or a year (续表3 2020年), is no title: the line is no caption. */
static bool title_words_only(const char *s, size_t at, size_t n)
{
    for (size_t i = at; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c == '\t' || (c >= '0' && c <= '9'))
            return false;
        if (c == 0xEF && n - i >= 3 && (uint8_t)s[i + 1] == 0xBC && (uint8_t)s[i + 2] >= 0x90 &&
            (uint8_t)s[i + 2] <= 0x99)
            return false; /* a full-width digit */
    }
    return true;
}

/* enumerated := numeral ( 、 | ） | ) | ． | . ) | ① … ⑳
 * Does the title s[at, n) open with a row's or a heading's enumerator
 * (续表三 二、上年结转…, 表3（续） （二）部分公开, 续表3 ①…)? A table's
 * row label or a section heading glued to the caption on its line, not
 * the table's name: the line is no caption (the row keeps its numbers).
 * Digits are refused already (title_words_only). Cost: the numeral's
 * characters and one more read. */
static bool title_enumerated(const char *s, size_t at, size_t n)
{
    const uint8_t *u = (const uint8_t *)s;
    if (n - at >= 3 && u[at] == 0xE2 && u[at + 1] == 0x91 && u[at + 2] >= 0xA0 && u[at + 2] <= 0xB3)
        return true; /* ① … ⑳ */
    uint32_t i = (uint32_t)at, e = (uint32_t)n, j = i;
    while (j < e && numeral_digit(utf8_next(u, &j, e)) >= 0)
        i = j;
    if (i == at || i >= e)
        return false;
    static const char *const marks[] = {"、", "）", ")", "．", ".", "，", ","};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t l = strlen(marks[k]);
        if (e - i >= l && memcmp(s + i, marks[k], l) == 0)
            return true;
    }
    return false;
}

enum { TITLE_CPS = 48 }; /* a title's ideographs compared, at most */
static size_t title_words(const char *s, size_t n, uint32_t *out);

/* total := ( 总计 | 合计 | 小计 ) ( 数 | unit )?   unit := 件 | 项 | 个 | 次
 *          (either script, blanks, brackets and colons aside)
 * Is the title s[at, n) a total row's label (续表3 总计, 續表三　合計,
 * 续表3：小计, 续表3 总 计, 续表3 总计（件）, 续表3 合计数)? A total names
 * no table: the caption is still one (the parser: layout, P055, as a
 * caption whose title names no other section), but its words are no
 * evidence of the table continued (grid.c parts by it, a glued one is
 * none). A total with its numbers on the line is refused before
 * (title_words_only). Cost: the title's ideographs (TITLE_CPS at most)
 * folded, once. */
static bool title_total(const char *s, size_t at, size_t n)
{
    static const uint32_t totals[][2] = {{0x603B, 0x8BA1}, {0x5408, 0x8BA1}, {0x5C0F, 0x8BA1}}; /* 总计 合计 小计 */
    static const uint32_t tails[] = {0x6570, 0x4EF6, 0x9879, 0x4E2A, 0x6B21}; /* 数 件 项 个 次 */
    uint32_t w[TITLE_CPS];
    size_t k = title_words(s + at, n - at, w);
    if (k == 3) {
        bool tail = false;
        for (size_t t = 0; t < sizeof tails / sizeof *tails; t++)
            tail = tail || w[2] == tails[t];
        if (!tail)
            return false;
    } else if (k != 2) {
        return false;
    }
    for (size_t t = 0; t < sizeof totals / sizeof *totals; t++)
        if (w[0] == totals[t][0] && w[1] == totals[t][1])
            return true;
    return false;
}

/* cont_caption := ( 续表 | 續表 | 续上表 | 續上表 | 接上表 | 接上页
 *                 | 接上頁 | 表格接上页 | 表格接上頁 )                  -> 0
 *               | 续表 N | 續表 N | 表 N ( 续 | 續 | 续表 | 續表 )      -> N
 * N            := number part?   (core_number: 3-1, 三（1）; the part apart)
 * titled       := cont_caption sep title     sep := blank | bracket | colon
 *                 (a title holds no TAB and no digit: title_words_only,
 *                 opens with no enumerator: title_enumerated; a total
 *                 row's label is one, naming no table: title_total)
 * read with blanks and brackets anywhere aside (（续表）, 表3（续）,
 * 表（3）续, 【续表三】); N in digits, full-width or Chinese numerals,
 * 1..99. The caption is the longest that ends where a separator starts
 * (表3（续）收到…: 表3续, not 表3); a line that holds more than a caption
 * without one between (（二）继续深化依申请公开, 表3续收到…) is none.
 * Cost: the first word tested before any other byte is read (every
 * caption opens with 续, 續, 接 or 表, and the parser asks this of every
 * line of a table); CONT_CAPTION_BYTES of words at most copied, each
 * separator's words compared once. */
int cont_caption_parts(const char *s, size_t n, size_t *title, int *part)
{
    char core[CONT_CAPTION_BYTES];
    size_t len = 0, at = n;
    uint64_t cuts = 0; /* bit k: a blank, bracket or colon read without after core[k - 1] */
    int cap = -1, capp = 0, p;
    bool sep = false, found = false;
    for (size_t i = 0; i < n;) {
        size_t skip = blank_or_bracket(s, i, n);
        if (!skip && len)
            skip = colon_at(s, i, n);
        if (skip) {
            if (!sep && len) {
                int c = core_caption(core, len, cuts, &p);
                if (c >= 0)
                    cap = c, capp = p, found = true;
                else
                    found = false;
            }
            cuts |= 1ULL << len;
            sep = true;
            i += skip;
            continue;
        }
        if (sep && found)
            at = i, found = false; /* the title, if the words go on, starts here */
        sep = false;
        if (len == CONT_CAPTION_BYTES)
            break;
        core[len++] = s[i++];
        /* every caption opens with 续, 續, 接 or 表: a line whose first
         * word is another is none, read no further */
        if (len == 3 && !opens_caption(core))
            return -1;
    }
    if (!sep && len >= 6 && len < CONT_CAPTION_BYTES) { /* the line's words end: all of them a caption? */
        int c = core_caption(core, len, cuts, &p);
        if (c >= 0) {
            *title = n;
            *part = p;
            return c;
        }
    }
    if (found) /* a caption and separators to the end */
        at = n;
    if (cap < 0 || !title_words_only(s, at, n) || title_enumerated(s, at, n))
        return -1;
    *title = at;
    *part = capp;
    return cap;
}

int cont_caption_titled(const char *s, size_t n, size_t *title)
{
    int part;
    return cont_caption_parts(s, n, title, &part);
}

/* glued := ( 续表 | 續表 ) N part? title
 * A numbered caption its title follows with nothing between (续表三收到
 * 和处理…: an HTML reader drops the blank between two Chinese
 * characters): its number, *part its part's (续表3-2收到…, 续表三之二…:
 * 2, 0 none) as cont_caption_parts reads it spaced, *title where the
 * title starts; -1 when s is no such line or its title is no title (a
 * row's, a total's: 续表3总计, the caption glued to the row's label).
 * Blanks and brackets before it aside. Cost: the line's first words,
 * once. */
int cont_caption_glued(const char *s, size_t n, size_t *title, int *part)
{
    size_t i = 0, skip;
    while (i < n && (skip = blank_or_bracket(s, i, n)) != 0)
        i += skip;
    if (n - i < 9 || (memcmp(s + i, "续表", 6) != 0 && memcmp(s + i, "續表", 6) != 0))
        return -1;
    i += 6;
    int num = caption_table_number(s, &i, n);
    if (!num)
        return -1;
    int p = caption_part_number(s, &i, n);
    if (n - i < 6 || (uint8_t)s[i] < 0xE4 || (uint8_t)s[i] > 0xE9)
        return -1; /* an ideograph follows: the title's first word */
    if (!title_words_only(s, i, n) || title_enumerated(s, i, n) || title_total(s, i, n))
        return -1;
    *title = i;
    *part = p;
    return num;
}

bool cont_caption_title_total(const char *s, size_t n)
{
    return title_total(s, 0, n);
}

bool cont_caption_may_open(const char *s, size_t n)
{
    size_t i = 0, skip;
    while (i < n && (skip = blank_or_bracket(s, i, n)) != 0)
        i += skip;
    return n - i >= 3 && opens_caption(s + i);
}

int cont_caption_number(const char *s, size_t n)
{
    size_t title;
    int cap = cont_caption_titled(s, n, &title);
    return cap >= 0 && title == n ? cap : -1;
}

/* The ideographs of s[0, n) in simplified script, TITLE_CPS at most: a
 * title's words, its blanks, punctuation, brackets and digits aside. */
static size_t title_words(const char *s, size_t n, uint32_t *out)
{
    size_t k = 0;
    for (uint32_t i = 0; i < n && k < TITLE_CPS;) {
        uint32_t cp = utf8_next((const uint8_t *)s, &i, (uint32_t)n);
        if (cp >= SCRIPT_FOLD_LO && cp <= SCRIPT_FOLD_HI)
            out[k++] = script_to_simplified(cp);
    }
    return k;
}

/* Does hay[0, nh) hold needle[0, nn)? */
static bool holds(const uint32_t *hay, size_t nh, const uint32_t *needle, size_t nn)
{
    for (size_t i = 0; nn <= nh && i <= nh - nn; i++)
        if (memcmp(hay + i, needle, nn * sizeof *needle) == 0)
            return true;
    return false;
}

/* title_agrees := words(a) ⊆ words(b) | words(b) ⊆ words(a)
 * 收到和处理政府信息公开申请情况 agrees with 收到和处理政府信息公开申请
 * 情况统计表 and with 收到和處理政府信息公開申請情況; 政府信息公开行政复议、
 * 行政诉讼情况 with none of them. Cost: TITLE_CPS squared compares at
 * most, once per caption. */
bool caption_title_agrees(const char *a, size_t na, const char *b, size_t nb)
{
    uint32_t wa[TITLE_CPS], wb[TITLE_CPS];
    size_t ka = title_words(a, na, wa), kb = title_words(b, nb, wb);
    if (ka < 2 || kb < 2)
        return false; /* one word is no title (表, 续) */
    return ka <= kb ? holds(wb, kb, wa, ka) : holds(wa, ka, wb, kb);
}
