/* Labelled fields of a page (发布机构：…, 发布日期：…) and dates. */
#include <string.h>

#include "meta.h"
#include "numerals.h"

/* field := label sep value        sep: ：, :, | (spaces are dropped)
 * Title labels may also stand at a line start with no separator (名称⇥…). */
static const struct label {
    const char32_t *word;
    char kind;
    int len; /* code points */
} labels[] = {
#define L(w, kind) {U##w, kind, (int)(sizeof U##w / sizeof(char32_t)) - 1}
    L("发布机构", 'a'), L("发布单位", 'a'), L("发文机关", 'a'), L("发文单位", 'a'),
    L("信息来源", 'a'), L("来源", 'a'),     L("发布日期", 'd'), L("发布时间", 'd'),
    L("成文日期", 'd'), L("发文日期", 'd'), L("生成日期", 'd'), L("时间", 'D'),
    L("文章标题", 't'),
    L("标题", 't'),     L("名称", 't'),     L("题名", 't'),
    /* chrome that only ends a value */
    L("主题分类", 0),   L("浏览次数", 0),   L("索引号", 0),     L("发文字号", 0),
    L("关键词", 0),     L("日期", 0),       L("作者", 0),
    L("字号", 0),       L("发布者", 0),     {NULL, 0, 0}};
#undef L

static bool separator(uint32_t f) { return f == ':' || f == '|'; }

static bool line_start(const mt_text *t, int i)
{
    for (int k = 0; k < t->nlines; k++)
        if (t->line[k] == i)
            return true;
    return i == 0;
}

enum { NLABELS = sizeof labels / sizeof labels[0] - 1 };
_Static_assert(NLABELS <= 32, "a bit per label");

/* In list order, so the lowest matching bit is the label the list finds
 * first. */
static bool agency_or_date(char kind) { return kind == 'a' || kind == 'd' || kind == 'D'; }

/* The labels by the low byte of their first code point, and those of an
 * agency or a date by that of their last (meta.h): written out from the
 * list above; meta_field_index_holds says whether they still are what it
 * makes. */
const uint32_t meta_label_start[MT_BUCKETS] = {
    [0x07] = 0x00002000u, [0x0D] = 0x00004000u, [0x10] = 0x00000100u, [0x1F] = 0x00000400u,
    [0x22] = 0x00040000u, [0x3B] = 0x00010000u, [0x4F] = 0x00020000u, [0x57] = 0x00800000u,
    [0x5C] = 0x00400000u, [0x65] = 0x00000020u, [0x73] = 0x00100000u, [0x87] = 0x00001000u,
    [0x98] = 0x00008000u, [0xD1] = 0x010802CFu, [0xE1] = 0x00000010u, [0xE5] = 0x00200000u,
    [0xF6] = 0x00000800u,
};
const uint32_t meta_label_end[MT_BUCKETS] = {
    [0x1F] = 0x00000740u, [0x4D] = 0x0000000Au, [0x73] = 0x00000004u, [0x84] = 0x00000001u,
    [0x90] = 0x00000030u, [0xF4] = 0x00000880u,
};

bool meta_field_index_holds(void)
{
    uint32_t bucket[MT_BUCKETS] = {0}, ends[MT_BUCKETS] = {0};
    for (int k = 0; k < NLABELS; k++) {
        bucket[labels[k].word[0] & (MT_BUCKETS - 1)] |= 1u << k;
        if (agency_or_date(labels[k].kind))
            ends[labels[k].word[labels[k].len - 1] & (MT_BUCKETS - 1)] |= 1u << k;
    }
    return memcmp(bucket, meta_label_start, sizeof bucket) == 0 && memcmp(ends, meta_label_end, sizeof ends) == 0;
}

void meta_field_mark_at(mt_text *t, int i, uint32_t bits)
{
    for (uint32_t b = bits; b; b &= b - 1) {
        int k = __builtin_ctz(b), l = mt_word_at(t, i, labels[k].word);
        if (!l)
            continue;
        if (!t->label[i])
            t->label[i] = (uint8_t)l;
        if (labels[k].kind) {
            t->field[i] = (uint8_t)(k + 1);
            t->field_len[i] = (uint8_t)l;
            break;
        }
    }
}

bool meta_field_may_end(uint32_t f)
{
    for (uint32_t b = meta_label_end[f & (MT_BUCKETS - 1)]; b; b &= b - 1) {
        int k = __builtin_ctz(b);
        if (labels[k].word[labels[k].len - 1] == f)
            return true;
    }
    return false;
}

int meta_label_len(const mt_text *t, int i) { return i >= 0 && i < t->n ? t->label[i] : 0; }

/* meta_field_at where a label starts (t->field[i] is set). */
int meta_field_read(const mt_text *t, int i, int *kind)
{
    int k = t->field[i] - 1;
    /* 时间 alone is a field only where a field starts (来源:… 时间:…),
     * not inside 统计时间 */
    if (labels[k].kind == 'D' && i > 0 && !t->gap[i] && mt_cjk(t->f[i - 1]))
        return -1;
    int v = i + t->field_len[i];
    bool sep = false;
    while (v < t->n && separator(t->f[v])) {
        v++;
        sep = true;
    }
    if (!sep && !(labels[k].kind == 't' && line_start(t, i)))
        return -1;
    *kind = labels[k].kind == 'D' ? 'd' : labels[k].kind;
    return v;
}

static int number_at(const mt_text *t, int *i, int maxd)
{
    int v = 0, d = 0;
    while (*i < t->n && d < maxd) {
        int x = numeral_digit(t->cp[*i]);
        if (x < 0 || x > 9)
            break;
        v = v * 10 + x;
        d++;
        (*i)++;
    }
    return d ? v : -1;
}

static bool date_sep(uint32_t f) { return f == '-' || f == '/' || f == '.'; }

bool meta_date_format(int y, int m, int d, char out[11])
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return false;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = 0;
    return true;
}

/* date := YYYY sep M sep D | YYYY 年 M 月 D 日      sep: - / . */
int meta_date_at(const mt_text *t, int i, char out[11])
{
    int k = i, y = number_at(t, &k, 4);
    if (y < 0 || k - i != 4 || k >= t->n)
        return -1;
    bool cn = t->f[k] == 0x5E74; /* 年 */
    uint32_t sep = t->f[k];
    if (!cn && !date_sep(sep))
        return -1;
    k++;
    int m = number_at(t, &k, 2);
    if (m < 0 || k >= t->n || t->f[k] != (cn ? 0x6708u /* 月 */ : sep))
        return -1;
    k++;
    int d = number_at(t, &k, 2);
    if (d < 0)
        return -1;
    if (cn && k < t->n && (t->f[k] == 0x65E5 /* 日 */ || t->f[k] == 0x53F7 /* 号 */))
        k++;
    return meta_date_format(y, m, d, out) ? k : -1;
}
