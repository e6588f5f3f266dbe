/* Text for agency, year and date: code points without spaces, folded for
 * matching, with their byte offsets for locations. */
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "numerals.h"
#include "utf8.h"

mt_text *mt_new(void) { return malloc(sizeof(mt_text)); }

bool mt_cjk(uint32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

static bool dropped(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || cp == '\r';
}

const char *const mt_foreign_words[] = {
    "报告", "信息", "公开", "年度", "工作", "标题", "名称", "题名", "来源", "发布",
    "位置", "打印", "字体", "障碍", "正文", "分类", "编制", "根据", "联系", "条例",
    "规定", "通知", "浏览", "日期", "时间", "索引", "首页", "网站", "门户", NULL};

/* Mark where a foreign word starts, once per text: names are asked of
 * every string of the preamble. */
void mt_bloom_add(uint8_t bloom[32], const char *word)
{
    uint32_t cp;
    if (utf8_decode((const uint8_t *)word, 4, &cp)) {
        cp &= 255;
        bloom[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    }
}

int mt_decode_word(const char *word, uint32_t cp[MT_WORD])
{
    int n = 0;
    for (const uint8_t *p = (const uint8_t *)word; *p; n++) {
        if (n >= MT_WORD)
            return 0;
        int l = utf8_decode(p, 4, &cp[n]); /* NUL-terminated: a NUL ends any sequence */
        if (!l)
            return 0;
        p += l;
    }
    return n;
}

/* Mark where a foreign word and a field label start, once per text: names
 * are asked of every string of the preamble, fields of every position.
 * The words are decoded once here, not at each position. */
static void mark_foreign(mt_text *t)
{
    enum { NW = sizeof mt_foreign_words / sizeof mt_foreign_words[0] - 1 };
    uint32_t cp[NW][MT_WORD];
    int len[NW];
    memset(t->bloom, 0, sizeof t->bloom);
    for (int w = 0; w < NW; w++) {
        mt_bloom_add(t->bloom, mt_foreign_words[w]);
        len[w] = mt_decode_word(mt_foreign_words[w], cp[w]);
    }
    meta_field_bloom(t->bloom);
    for (int i = 0; i < t->n; i++) {
        t->foreign[i] = 0;
        if (!mt_may_start(t, i))
            continue;
        for (int w = 0; w < NW; w++)
            if (t->f[i] == cp[w][0] && mt_at_cps(t, i, cp[w], len[w])) {
                t->foreign[i] = (uint8_t)len[w];
                break;
            }
    }
    meta_field_mark(t);
}

/* Spaces dropped; a line break only starts a line (titles are broken
 * across lines at any point, so their pieces join). */
void mt_load(mt_text *t, const uint8_t *src, uint32_t s, uint32_t e)
{
    t->src = src;
    t->n = 0;
    t->nlines = 1;
    t->line[0] = 0;
    t->off[0] = s;
    bool bol = false, gap = true;
    int depth = 0;
    /* the fold is a binary search; text repeats its characters */
    uint32_t ck[256] = {0}, cv[256] = {0};
    for (uint32_t i = s; i < e && t->n < MT_MAX;) {
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        uint32_t at = i;
        i += l ? (uint32_t)l : 1;
        if (!l)
            cp = 0xFFFD;
        if (cp == '\n') {
            bol = gap = true;
            continue;
        }
        if (dropped(cp)) {
            gap = true;
            continue;
        }
        if (bol && t->n > 0 && t->nlines < MT_LINES && t->line[t->nlines - 1] < t->n)
            t->line[t->nlines++] = t->n;
        bol = false;
        if (cp == 0x300A || cp == 0x3008) /* 《 〈 */
            depth++;
        t->book[t->n] = depth > 0;
        t->gap[t->n] = gap;
        gap = false;
        if ((cp == 0x300B || cp == 0x3009) && depth > 0)
            depth--;
        t->cp[t->n] = cp;
        uint32_t f = cp;
        if (cp >= 0x80) {
            uint32_t h = (cp ^ (cp >> 8)) & 255;
            if (ck[h] != cp) {
                ck[h] = cp;
                cv[h] = meta_fold_cp(cp);
            }
            f = cv[h];
        }
        t->f[t->n] = f;
        t->off[t->n] = at;
        t->off[++t->n] = i;
    }
    mark_foreign(t);
}

int mt_len(const char *needle)
{
    int n = 0;
    for (const uint8_t *p = (const uint8_t *)needle; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return n;
}

/* Called for every position of the text with every word looked for:
 * no strlen, the first code point decides most calls. */
bool mt_at(const mt_text *t, int i, const char *needle)
{
    const uint8_t *p = (const uint8_t *)needle;
    while (*p) {
        uint32_t cp;
        int l = utf8_decode(p, 4, &cp); /* NUL-terminated: a NUL ends any sequence */
        if (!l || i >= t->n || t->f[i] != cp)
            return false;
        p += l;
        i++;
    }
    return true;
}

int mt_find(const mt_text *t, int from, int to, const char *needle)
{
    int k = mt_len(needle);
    for (int i = from < 0 ? 0 : from; i + k <= to && i + k <= t->n; i++)
        if (mt_at(t, i, needle))
            return i;
    return -1;
}

/* A year is four digits (ASCII, full-width or 〇一二…) from 1990 to 2100,
 * not part of a longer run of digits. */
int mt_year(const mt_text *t, int from, int to, int *at, int *end)
{
    if (to > t->n)
        to = t->n;
    int i = from < 0 ? 0 : from;
    while (i < to) {
        int j = i, v = 0;
        while (j < to) {
            int d = numeral_digit(t->cp[j]);
            if (d < 0 || d > 9)
                break;
            if (j - i < 4) /* only a run of exactly four is a year */
                v = v * 10 + d;
            j++;
        }
        if (j - i == 4 && v >= 1990 && v <= 2100) {
            if (at)
                *at = i;
            if (end)
                *end = j;
            return v;
        }
        i = j > i ? j : i + 1;
    }
    return 0;
}
