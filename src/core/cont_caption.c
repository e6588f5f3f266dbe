#include "cont_caption.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "numerals.h"

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

/* cont_caption := ( 续表 | 續表 | 续上表 | 續上表 | 接上表 | 接上页
 *                 | 接上頁 | 表格接上页 | 表格接上頁 )                  -> 0
 *               | 续表 N | 續表 N | 表 N ( 续 | 續 | 续表 | 續表 )      -> N
 * read with blanks and brackets anywhere aside (（续表）, 表3（续）,
 * 表（3）续, 【续表三】); N in digits, full-width or Chinese numerals,
 * 1..99. The line is such a caption and nothing else: a heading that
 * merely holds 续 (（二）继续深化依申请公开) is a section's, not the
 * table's. Cost: CONT_CAPTION_BYTES of words at most copied, then read
 * once. */
int cont_caption_number(const char *s, size_t n)
{
    static const char *const captions[] = {"续表", "續表", "续上表", "續上表", "接上表", "接上页", "接上頁",
                                           "表格接上页", "表格接上頁"};
    static const char *const after[] = {"续", "續", "续表", "續表"};
    char core[CONT_CAPTION_BYTES];
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        size_t skip = blank_or_bracket(s, i, n);
        if (skip) {
            i += skip;
            continue;
        }
        if (len == CONT_CAPTION_BYTES)
            return -1;
        core[len++] = s[i++];
        /* every caption opens with 续, 續, 接 or 表: a line whose first
         * word is another is none, read no further (the parser asks this
         * of every line of a table) */
        if (len == 3 && !opens_caption(core))
            return -1;
    }
    if (rest_is(core, 0, len, captions, sizeof captions / sizeof *captions))
        return 0;
    size_t i = 6; /* after 续表 / 續表 */
    int num;
    if (len > 6 && rest_is(core, 0, 6, captions, 2) && (num = caption_table_number(core, &i, len)) && i == len)
        return num; /* 续表三 */
    i = 3; /* after 表 */
    if (len > 3 && memcmp(core, "表", 3) == 0 && (num = caption_table_number(core, &i, len)) &&
        rest_is(core, i, len, after, sizeof after / sizeof *after))
        return num; /* 表3续 表三续表 */
    return -1;
}
