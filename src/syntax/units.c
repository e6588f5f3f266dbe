/* Units of money (units.h). The rule: a unit is 元 with a magnitude that is
 * an exact power of ten (千元 10^3 … 亿元 10^8), so a number in it is exact
 * in every other; a word that says "more than" (余, 多) or names another
 * currency (美元, 港元) names no exact amount in 元, and is never taken for
 * one. */
#include "units.h"

#include <stdbool.h>

#include "decimal.h"
#include "utf8.h"

/* The power of ten of a magnitude character, 0 for none. */
static int magnitude(uint32_t cp, bool *big)
{
    *big = false;
    switch (cp) {
    case 0x5341: case 0x62FE: return 1; /* 十 拾 */
    case 0x767E: case 0x4F70: return 2; /* 百 佰 */
    case 0x5343: case 0x4EDF: return 3; /* 千 仟 */
    case 0x4E07: case 0x842C: *big = true; return 4; /* 万 萬 */
    case 0x4EBF: case 0x5104: *big = true; return 8; /* 亿 億 */
    default: return 0;
    }
}

/* 余 餘 多: "more than"; the first characters of other currencies' 元
 * (美元 欧元 歐元 港元 日元 英镑 韩元 韓元 澳元 台币): no exact amount in 元. */
static bool inexact_char(uint32_t cp)
{
    switch (cp) {
    case 0x4F59: case 0x9918: case 0x591A:                 /* 余 餘 多 */
    case 0x7F8E: case 0x6B27: case 0x6B50: case 0x6E2F:    /* 美 欧 歐 港 */
    case 0x65E5: case 0x82F1: case 0x97E9: case 0x97D3:    /* 日 英 韩 韓 */
    case 0x6FB3:                                           /* 澳 */
        return true;
    default: return false;
    }
}

/* The spaces a unit may have inside and around it (the scanner's SP). */
static size_t space_at(const uint8_t *p, const uint8_t *end)
{
    if (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
        return 1;
    if (end - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) /* U+3000 */
        return 3;
    if (end - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    return 0;
}

static const uint8_t *skip_spaces(const uint8_t *p, const uint8_t *end)
{
    for (size_t n; (n = space_at(p, end)) != 0;)
        p += n;
    return p;
}

/* The blanks and invisible format characters between a number and its
 * unit word (the scanner's SPZ: 12<ZWSP>元 is 12元, the character an
 * editor's, L034). */
static const uint8_t *skip_spaces_fmt(const uint8_t *p, const uint8_t *end)
{
    for (size_t n; (n = space_at(p, end)) != 0 || (n = utf8_format_len(p, (size_t)(end - p))) != 0;)
        p += n;
    return p;
}

/* The code point at p (0 past end or when invalid), its length in *n. */
static uint32_t cp_at(const uint8_t *p, const uint8_t *end, int *n)
{
    uint32_t cp = 0;
    *n = p < end ? utf8_decode(p, (size_t)(end - p), &cp) : 0;
    return *n ? cp : 0;
}

/* The unit of 10^power 元, UNIT_INEXACT when the project names none. */
static int unit_of_power(int power)
{
    for (int u = XXGK_UNIT_YUAN; u < XXGK_UNIT__COUNT; u++)
        if (xxgk_unit_power(u) == power)
            return u;
    return UNIT_INEXACT;
}

int unit_word(const uint8_t *p, const uint8_t *end, size_t *len)
{
    const uint8_t *q = p, *last = p;
    int power = 0, small = 0, n;
    bool big_seen = false, inexact = false, yuan = false;
    for (;;) {
        uint32_t cp = cp_at(q, end, &n);
        bool big;
        int m = cp ? magnitude(cp, &big) : 0;
        if (cp == 0x5143) { /* 元 ends the word */
            yuan = true;
            last = q + n;
            break;
        }
        if (m) {
            /* a small magnitude before a big one multiplies it (百万);
             * another order (万千, 亿万, two smalls) is no unit of ours */
            if (big_seen || (!big && small))
                inexact = true;
            if (big)
                big_seen = true;
            else
                small = m;
            power += m;
        } else if (cp && inexact_char(cp)) {
            inexact = true;
        } else {
            break;
        }
        q += n;
        last = q;
        q = skip_spaces(q, end);
    }
    if (!yuan && !big_seen) { /* 千 alone, 余 alone: no unit */
        *len = 0;
        return XXGK_UNIT_NONE;
    }
    *len = (size_t)(last - p);
    return inexact ? UNIT_INEXACT : unit_of_power(power);
}

/* An opening or closing bracket at p: its length. Round (（ ( ）)), square
 * ([ ［ ] ］) or lenticular (【 】): a unit is printed in any of them
 * (本年收费金额[万元], 行政许可【件】). */
static inline size_t bracket_at(const uint8_t *p, const uint8_t *end, bool open)
{
    if (p >= end)
        return 0;
    if (*p == (open ? '(' : ')') || *p == (open ? '[' : ']'))
        return 1;
    if ((*p != 0xEF && *p != 0xE3) || end - p < 3)
        return 0;
    if (p[0] == 0xEF && p[1] == 0xBC && p[2] == (open ? 0x88 : 0x89)) /* （ ） */
        return 3;
    if (p[0] == 0xEF && p[1] == 0xBC && p[2] == (open ? 0xBB : 0xBD)) /* ［ ］ */
        return 3;
    if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == (open ? 0x90 : 0x91)) /* 【 】 */
        return 3;
    return 0;
}

const uint8_t *number_text_end(const uint8_t *s, const uint8_t *end)
{
    /* the number: its sign (– — − too: dec_minus_len), ASCII and
     * full-width digits, point, separators, exponent */
    const uint8_t *p = s + dec_minus_len(s, (size_t)(end - s));
    while (p < end) {
        if ((*p >= '0' && *p <= '9') || *p == '.' || *p == ',' || *p == '-' || *p == '+' || *p == 'e' ||
            *p == 'E') {
            p++;
            continue;
        }
        int n;
        uint32_t cp = cp_at(p, end, &n);
        if (!((cp >= 0xFF10 && cp <= 0xFF19) || cp == 0xFF0E || cp == 0xFF0D || cp == 0xFF0B || cp == 0xFF0C ||
              utf8_format_len(p, (size_t)(end - p)))) /* 1<ZWSP>2万元: L034 */
            break;
        p += n;
    }
    return p;
}

int unit_after_number(const uint8_t *s, const uint8_t *end)
{
    const uint8_t *p = skip_spaces_fmt(number_text_end(s, end), end);
    p = skip_spaces_fmt(p + bracket_at(p, end, true), end);
    size_t len;
    return unit_word(p, end, &len);
}

/* 单位 單位 at p: its length (6), else 0. */
static size_t danwei_at(const uint8_t *p, const uint8_t *end)
{
    int n1, n2;
    uint32_t a = cp_at(p, end, &n1);
    if (a != 0x5355 && a != 0x55AE) /* 单 單 */
        return 0;
    uint32_t b = cp_at(p + n1, end, &n2);
    return b == 0x4F4D ? (size_t)(n1 + n2) : 0; /* 位 */
}

/* A colon (：:) at p: its length, else 0. */
static size_t colon_at(const uint8_t *p, const uint8_t *end)
{
    if (p < end && *p == ':')
        return 1;
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x9A ? 3 : 0;
}

/* A unit of a count at p: 件 项 項 个 個; its length (3), else 0. */
static size_t count_word_at(const uint8_t *p, const uint8_t *end)
{
    int n;
    uint32_t cp = cp_at(p, end, &n);
    return cp == 0x4EF6 || cp == 0x9879 || cp == 0x9805 || cp == 0x4E2A || cp == 0x500B ? (size_t)n : 0;
}

/* A money unit word (unit_word) or, when COUNTS, a count's (件 项 个) at
 * p: the unit, UNIT_COUNT for a count's, XXGK_UNIT_NONE; *len its length. */
static int any_unit_word(const uint8_t *p, const uint8_t *end, bool counts, size_t *len)
{
    int u = unit_word(p, end, len);
    if (u != XXGK_UNIT_NONE || !counts)
        return u;
    *len = count_word_at(p, end);
    return *len ? UNIT_COUNT : XXGK_UNIT_NONE;
}

/* 人民币 人民幣 at p (the currency a unit of 元 names: 人民币万元, 元人民币):
 * its length (9), else 0. */
static size_t rmb_at(const uint8_t *p, const uint8_t *end)
{
    int n1, n2, n3;
    if (cp_at(p, end, &n1) != 0x4EBA || cp_at(p + n1, end, &n2) != 0x6C11) /* 人 民 */
        return 0;
    uint32_t c = cp_at(p + n1 + n2, end, &n3);
    return c == 0x5E01 || c == 0x5E63 ? (size_t)(n1 + n2 + n3) : 0; /* 币 幣 */
}

/* The statement at p: [open bracket] [单位 [colon]] [人民币] unit word
 * [人民币] [close bracket]; a statement without 单位 is bracketed ((元),
 * （万元）, （人民币元）). A count's unit (件) only when COUNTS. */
static inline __attribute__((always_inline)) int statement_of(const uint8_t *p, const uint8_t *end, bool counts,
                                                               const uint8_t **word, size_t *wlen, size_t *slen)
{
    const uint8_t *q = p;
    size_t open = bracket_at(q, end, true);
    q = skip_spaces(q + open, end);
    size_t dw = danwei_at(q, end);
    if (!open && !dw)
        return XXGK_UNIT_NONE;
    if (dw)
        q = skip_spaces(q + dw, end);
    q = skip_spaces(q + colon_at(q, end), end);
    q = skip_spaces(q + rmb_at(q, end), end);
    size_t len;
    int u = any_unit_word(q, end, counts, &len);
    if (u == XXGK_UNIT_NONE)
        return XXGK_UNIT_NONE;
    *word = q;
    *wlen = len;
    q = skip_spaces(q + len, end);
    if (u != UNIT_COUNT)
        q = skip_spaces(q + rmb_at(q, end), end);
    if (open) {
        size_t close = bracket_at(q, end, false);
        if (!close && !dw)
            return XXGK_UNIT_NONE; /* （万 … with no end: not a statement */
        q += close;
    }
    *slen = (size_t)(q - p);
    return u;
}

static int statement_at(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen,
                        size_t *slen)
{
    return statement_of(p, end, false, word, wlen, slen);
}

int unit_statement_whole(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen)
{
    size_t slen;
    p = skip_spaces(p, end);
    int u = statement_of(p, end, true, word, wlen, &slen);
    if (u == XXGK_UNIT_NONE || skip_spaces(p + slen, end) != end)
        return XXGK_UNIT_NONE;
    return u;
}

int unit_after_label(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen, size_t *slen)
{
    const uint8_t *q = p; /* glued or after blanks (the caller's), never a cell of its own */
    if (!bracket_at(q, end, true))
        return XXGK_UNIT_NONE;
    size_t len;
    int u = statement_of(q, end, true, word, wlen, &len);
    if (u == XXGK_UNIT_NONE)
        return XXGK_UNIT_NONE;
    const uint8_t *e = q + len; /* the statement ends with its closing bracket */
    if (!(len >= 1 && bracket_at(e - 1, e, false) == 1) && !(len >= 3 && bracket_at(e - 3, e, false) == 3))
        return XXGK_UNIT_NONE;
    *slen = (size_t)(q + len - p);
    return u;
}

int unit_statement(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen,
                   const uint8_t **stmt, size_t *slen)
{
    for (const uint8_t *q = p; q < end;) {
        int u = statement_at(q, end, word, wlen, slen);
        if (u != XXGK_UNIT_NONE) {
            *stmt = q;
            return u;
        }
        int n;
        if (!cp_at(q, end, &n))
            n = 1;
        q += n;
    }
    return XXGK_UNIT_NONE;
}

/* A count word of a unit statement at p (件 个 個 条 條 项 項 次 人次 份):
 * its length, else 0. */
static size_t count_line_word_at(const uint8_t *p, const uint8_t *end)
{
    static const uint32_t words[] = {0x4EF6, 0x4E2A, 0x500B, 0x6761, 0x689D, 0x9879, 0x9805, 0x6B21, 0x4EFD};
    int n1, n2;
    uint32_t a = cp_at(p, end, &n1);
    if (a == 0x4EBA && cp_at(p + n1, end, &n2) == 0x6B21) /* 人次 */
        return (size_t)(n1 + n2);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (a == words[i])
            return (size_t)n1;
    return 0;
}

/* 注 註 and a colon at p: their length, else 0. */
static size_t note_mark_at(const uint8_t *p, const uint8_t *end)
{
    int n;
    uint32_t a = cp_at(p, end, &n);
    if (a != 0x6CE8 && a != 0x8A3B) /* 注 註 */
        return 0;
    size_t c = colon_at(p + n, end);
    return c ? (size_t)n + c : 0;
}

bool count_unit_line(const uint8_t *p, const uint8_t *end)
{
    const uint8_t *q = skip_spaces(p, end);
    size_t open = bracket_at(q, end, true);
    q = skip_spaces(q + open, end);
    q = skip_spaces(q + note_mark_at(q, end), end);
    size_t dw = danwei_at(q, end);
    if (!dw)
        return false;
    q = skip_spaces(q + dw, end);
    q = skip_spaces(q + colon_at(q, end), end);
    size_t w = count_line_word_at(q, end);
    if (!w)
        return false;
    q = skip_spaces(q + w, end);
    if (open)
        q = skip_spaces(q + bracket_at(q, end, false), end);
    if (end - q >= 3 && q[0] == 0xE3 && q[1] == 0x80 && q[2] == 0x82) /* 。 */
        q = skip_spaces(q + 3, end);
    return q == end;
}

/* A slash at p (/ ／): its length, else 0. */
static size_t slash_at(const uint8_t *p, const uint8_t *end)
{
    if (p < end && *p == '/')
        return 1;
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8F ? 3 : 0;
}

int unit_after_slash(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen)
{
    size_t s = slash_at(p, end);
    if (!s)
        return XXGK_UNIT_NONE;
    const uint8_t *q = skip_spaces(p + s, end);
    q = skip_spaces(q + rmb_at(q, end), end);
    size_t len;
    int u = any_unit_word(q, end, true, &len);
    if (u == XXGK_UNIT_NONE || (q + len < end && !space_at(q + len, end)))
        return XXGK_UNIT_NONE; /* /元年: no unit word there */
    *word = q;
    *wlen = len;
    return u;
}

size_t unit_group_unread(const uint8_t *p, const uint8_t *end)
{
    const uint8_t *q = p + slash_at(p, end);
    size_t open = q == p ? bracket_at(p, end, true) : 0;
    if (q == p && !open)
        return 0;
    bool money = false;
    int n;
    for (q += open; q < end; q += n) {
        uint32_t cp = cp_at(q, end, &n);
        if (!n)
            return 0;
        if (open ? bracket_at(q, end, false) != 0 : cp == ' ' || cp == 0x3000)
            break;
        bool big;
        money |= cp == 0x5143 || (magnitude(cp, &big) && big); /* 元 万 萬 亿 億 */
    }
    if (open && q < end)
        q += bracket_at(q, end, false);
    return money ? (size_t)(q - p) : 0;
}

/* Is cp a Han character (a word's, not a mark between words)? */
static bool han(uint32_t cp)
{
    return cp >= 0x4E00 && cp <= 0x9FFF;
}

int unit_group_money(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen)
{
    int unit = XXGK_UNIT_NONE, n;
    uint32_t prev = 0;
    /* the group's leading slash or bracket is no rate: skip it */
    const uint8_t *q = p + slash_at(p, end);
    q += q == p ? bracket_at(q, end, true) : 0;
    while (q < end) {
        size_t len;
        int u = unit_word(q, end, &len);
        if (u != XXGK_UNIT_NONE) {
            if (u == UNIT_INEXACT || (unit != XXGK_UNIT_NONE && unit != u))
                return UNIT_INEXACT; /* 万余元, 美元; two units */
            unit = u;
            *word = q;
            *wlen = len;
            q += len;
            prev = 0x5143;
            continue;
        }
        uint32_t cp = cp_at(q, end, &n);
        if (!n)
            return UNIT_INEXACT;
        /* a rate (元/年, 万元/件, 每件) or a count's unit standing as a
         * word of its own (，件; not 各项) */
        if ((slash_at(q, end) && q + n < end && !bracket_at(q + n, end, false)) || cp == 0x6BCF /* 每 */ ||
            (count_word_at(q, end) && (!han(prev) || prev == 0x4F4D /* 位 */)))
            return UNIT_INEXACT;
        prev = cp;
        q += n;
    }
    return unit == XXGK_UNIT_NONE ? UNIT_INEXACT : unit;
}
