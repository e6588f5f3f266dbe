/* Consistency inside one report: its dates and its statements about fees,
 * and whether the prose sections say anything.
 *
 *   V401  the statistics period (统计期限为2024年1月1日至12月31日) lies in
 *         another year than the report
 *   V402  the sign-off date is not in the year after the report's: a report
 *         on 2023 is published early in 2024 (article 49 of the 条例 sets
 *         31 January), so 2024-01-26 is normal, 2023-… or 2025-… is not
 *   V403  signed in the reporting year itself, before it ended
 *   V405  a non-zero 行政事业性收费 in table 二 while section 六 says, without
 *         qualification, that nothing was charged. Section 六 of the 2021
 *         form reports the 信息处理费 of requests, a different fee: a
 *         statement about that fee (处理费, 申请人, 信息公开, 依申请) does
 *         not contradict table 二 and is left alone.
 *   V406  a prose section (一, 五, 六) with nothing in it
 * V401 reads the preamble and section 一 block by block in the pass over
 * them (check_overview.c), where the counts in the prose of 一 are compared
 * with the tables (check_prose.c). */
#include <string.h>

#include "check_fold.h"
#include "check_overview.h"
#include "check_scan.h"
#include "find.h"
#include "lex.h"
#include "utf8.h"

/* ---- V401 --------------------------------------------------------------- */

/* Each begins with 统: ck_period_span looks for them only where a 统 or 統
 * stands. */
static const ck_word period_words[] = {
    CK_WORD("统计期限"), CK_WORD("统计时限"), CK_WORD("统计期间"),
    CK_WORD("统计时间"), CK_WORD("统计区间"), CK_WORD("统计周期"), CK_WORDS_END};

/* One digit of a year at folded byte i: ASCII, or 〇 一 … 九 as in
 * 二〇二四年. Returns its value and sets *len, else -1. */
static int year_digit(const ck_folded *t, size_t i, size_t to, size_t *len)
{
    /* each three bytes (a fixed-size compare, no call per numeral) */
    static const char cn[10][4] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (i < to && t->s[i] >= '0' && t->s[i] <= '9') {
        *len = 1;
        return t->s[i] - '0';
    }
    uint8_t lead = i < to ? (uint8_t)t->s[i] : 0;
    if (lead < 0xE2 || (lead > 0xE5 && lead != 0xE9) || i + 3 > to)
        return -1; /* the lead byte of none of 〇一…九○零 */
    for (int d = 0; d < 10; d++)
        if (memcmp(t->s + i, cn[d], 3) == 0) {
            *len = 3;
            return d;
        }
    if (ck_at(t, i, "○") || ck_at(t, i, "零")) {
        *len = 3;
        return 0;
    }
    return -1;
}

/* A year 19xx/20xx followed by 年 at folded byte i: its value and its
 * length in *len, else 0. */
static int year_at(const ck_folded *t, size_t i, size_t to, size_t *len)
{
    size_t k = i, l;
    if (year_digit(t, i, to, &l) < 0)
        return 0; /* most bytes: no digit, nothing before it to look at */
    if (i > 0 && year_digit(t, i - 1, to, &l) >= 0)
        return 0; /* inside a longer number */
    if (i >= 3 && year_digit(t, i - 3, to, &l) >= 0 && l == 3)
        return 0;
    int v = 0;
    for (int n = 0; n < 4; n++) {
        int d = year_digit(t, k, to, &l);
        if (d < 0)
            return 0;
        v = v * 10 + d;
        k += l;
    }
    if (!ck_at(t, k, "年") || k + 3 > to)
        return 0;
    *len = k - i;
    return v >= 1990 && v <= 2100 ? v : 0;
}

/* Can a year that year_at takes begin at folded byte i? One from 1990 to
 * 2100 begins with the digit 1 or 2, which year_digit reads from 1, 2, 一
 * or 二 only: most bytes are let go without reading a numeral. */
static bool may_begin_year(const ck_folded *t, size_t i)
{
    char b = t->s[i];
    return b == '1' || b == '2' || ck_at(t, i, "一") || ck_at(t, i, "二");
}

/* The years stated in the sentence of a period word, folded from the
 * word on (t): the first 19xx年/20xx年 other than the report's year is a
 * finding. */
static void period_years(ck *c, const ck_folded *t)
{
    for (size_t i = 0; i < t->n; i++) {
        if (!may_begin_year(t, i))
            continue;
        size_t len = 0;
        int y = year_at(t, i, t->n, &len);
        if (!y || y == c->r->year)
            continue;
        xxgk_diag *d = ck_diag(c, XXGK_V_PERIOD_YEAR, ck_source_span(t, i, i + len), y, c->r->year);
        if (c->r->year_span.end > c->r->year_span.start)
            ck_note(c, d, c->r->year_span, CKT_YEAR_HERE, c->r->year);
        return; /* one finding says it */
    }
}

/* The period words (bits) that begin a folded text of n bytes: a few
 * words, compared one by one (no ck_words to fill for each report). */
static uint64_t period_words_in(const char *s, size_t n)
{
    uint64_t found = 0;
    for (int k = 0; period_words[k].s; k++)
        if (period_words[k].len <= n && memcmp(s, period_words[k].s, period_words[k].len) == 0)
            found |= (uint64_t)1 << k;
    return found;
}

/* Could a period word begin a folded text that goes on past its n bytes? */
static bool period_word_may_begin(const char *s, size_t n)
{
    for (int k = 0; period_words[k].s; k++)
        if (memcmp(s, period_words[k].s, n < period_words[k].len ? n : period_words[k].len) == 0)
            return true;
    return false;
}

static size_t period_longest(void)
{
    size_t longest = 0;
    for (int k = 0; period_words[k].s; k++)
        longest = period_words[k].len > longest ? period_words[k].len : longest;
    return longest;
}

/* The fold of the ideographs from src[p] on (lead byte E4..E9 and two
 * continuation bytes: label_fold_map folds each to label_fold_cp's, never
 * drops one, and none folds to another length) into head, until it holds
 * `want` bytes or the block or the run of them ends: its length. */
static size_t fold_ideographs(const uint8_t *src, uint32_t p, uint32_t end, size_t want, char *head)
{
    size_t n = 0;
    for (const uint8_t *b = src + p; n < want && src + end - b >= 3; b += 3) {
        if (b[0] - 0xE4u >= 6u || (b[1] & 0xC0) != 0x80 || (b[2] & 0xC0) != 0x80)
            break;
        uint32_t cp = (uint32_t)(b[0] & 0x0F) << 12 | (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3Fu);
        n += utf8_put(head + n, label_fold_cp(cp));
    }
    return n;
}

/* The period words (bits) that begin at src[p], a 统 or 統 of the source.
 * Every period word begins with 统, which a source has as 统 or as 統, the
 * one character that folds to it (test_check_consistency.c holds the fold
 * table to that), so a word of the block's fold begins at one of them. p
 * is a lead byte, so the block's fold steps there too and goes on as the
 * fold from p. Most 统 (系统, 统筹, 统一) are followed by ideographs, whose
 * fold is read character by character: enough of them to hold the longest
 * word, or the first that no word goes on with, tell. Else (white space or
 * a line break inside the word, PDF text) a few bytes from p are folded,
 * and when they fold to fewer than the longest word though the block goes
 * on, twice as many, and so on: a byte is folded again only for the few 统
 * before it whose words can reach it. */
static uint64_t period_words_at(ck *c, uint32_t p, uint32_t end)
{
    size_t longest = period_longest();
    char head[32];
    size_t n = fold_ideographs(c->doc->src, p, end, longest < 16 ? longest : 16, head);
    if (n >= longest)
        return period_words_in(head, n);
    if (!period_word_may_begin(head, n))
        return 0;
    ck_folded t;
    for (size_t w = 48;; w *= 2) {
        uint32_t q = end - p > w ? p + (uint32_t)w : end;
        ck_fold(c, (xxgk_span){p, q}, &t);
        if (t.n >= longest || q == end)
            return period_words_in(t.s, t.n);
    }
}

/* Where the sentence from p on ends in the source: at its first 。, ';' or
 * ；, the characters that fold to the 。 and ';' that end it (nothing else
 * does), else at the block's end. The scan stops at ';' and the leads of
 * the other two (E3, EF). */
static uint32_t sentence_end(const uint8_t *src, uint32_t p, uint32_t end, size_t readable)
{
    static const stop_set ends = {false, {';', 0xE3, 0xEF}};
    for (size_t i = p; (i = next_stop(src, i, end, readable, &ends)) < end; i++) {
        if (src[i] == ';')
            return (uint32_t)i;
        if (i + 3 <= end && (memcmp(src + i, "。", 3) == 0 || memcmp(src + i, "；", 3) == 0))
            return (uint32_t)i;
    }
    return end;
}

/* The places p[0..15] where the first two bytes of 统 or 統 stand, as
 * sixteen bits; p[16] is read too. */
static inline unsigned tong_bits(const uint8_t *p)
{
    bytes16 a, b;
    memcpy(&a, p, 16);
    memcpy(&b, p + 1, 16);
    return bits_of((bytes16)(a == 0xE7) & ((bytes16)(b == 0xBB) | (bytes16)(b == 0xB5)));
}

/* The first place in src[i, end) where 统 (E7 BB 9F) or 統 (E7 B5 B1)
 * may stand, else end: their first two bytes, thirty-two places at a time
 * while 33 bytes are readable (统 is rare: one test and branch for two
 * vectors), then sixteen (E7 alone leads one ideograph in ten); a place's
 * third byte is the caller's to test. */
static size_t next_tong(const uint8_t *src, size_t i, size_t end, size_t readable)
{
    for (; i < end && i + 33 <= readable; i += 32) {
        unsigned bits = tong_bits(src + i) | tong_bits(src + i + 16) << 16;
        if (bits) {
            size_t k = i + (unsigned)__builtin_ctz(bits);
            return k < end ? k : end;
        }
    }
    for (; i < end; i += 16) {
        bytes16 a, b = {0};
        if (i + 17 <= readable) {
            memcpy(&a, src + i, 16);
            memcpy(&b, src + i + 1, 16);
        } else { /* the document's last bytes, after zeros */
            uint8_t tail[32] = {0};
            memcpy(tail, src + i, readable - i);
            memcpy(&a, tail, 16);
            memcpy(&b, tail + 1, 16);
        }
        unsigned k = first_set((bytes16)(a == 0xE7) & ((bytes16)(b == 0xBB) | (bytes16)(b == 0xB5)));
        if (k < 16)
            return i + k < end ? i + k : end;
    }
    return end;
}

/* V401 over one block's source: the period words are looked for where a
 * 统 or 統 stands, and when one is there, the sentence of the first word
 * of the list found (its first place) is folded and its years read. True
 * when the block states the period, which settles the rule. The rest of
 * the block is not folded. */
bool ck_period_span(ck *c, xxgk_span sp)
{
    static const char tong[] = "统", tong_t[] = "統";
    _Static_assert(sizeof tong == 4 && sizeof tong_t == 4, "three bytes each");
    const uint8_t *src = c->doc->src;
    size_t readable = (size_t)c->doc->len + 1; /* the text and its NUL */
    uint64_t present = 0;
    uint32_t first[64];
    /* a word's three bytes end by the block's end */
    size_t last = sp.end - sp.start >= 3 ? sp.end - 2 : sp.start;
    for (size_t p = sp.start; (p = next_tong(src, p, last, readable)) < last; p++) {
        uint32_t at = (uint32_t)p;
        if (memcmp(src + p, tong, 3) == 0 || memcmp(src + p, tong_t, 3) == 0) {
            uint64_t here = period_words_at(c, at, sp.end);
            for (uint64_t w = here & ~present; w; w &= w - 1)
                first[__builtin_ctzll(w)] = at; /* a word's first place */
            present |= here;
        }
    }
    if (!present)
        return false;
    uint32_t at = first[__builtin_ctzll(present)]; /* the first of the list */
    ck_folded t;
    ck_fold(c, (xxgk_span){at, sentence_end(src, at, sp.end, readable)}, &t);
    period_years(c, &t);
    return true;
}

/* ---- V402, V403 --------------------------------------------------------- */

static void signoff(ck *c)
{
    const xxgk_report *r = c->r;
    if (!r->year || !r->signoff_year)
        return;
    int y = r->signoff_year, m = r->signoff_month, d = r->signoff_day;
    xxgk_diag *diag = NULL;
    if (y < r->year || y > r->year + 1)
        diag = ck_diag(c, XXGK_V_SIGNOFF_YEAR, r->signoff_date_span, r->year, y, m, d, r->year + 1);
    else if (y == r->year && !(m == 12 && d == 31))
        diag = ck_diag(c, XXGK_V_SIGNED_EARLY, r->signoff_date_span, r->year, y, m, d);
    if (diag && r->year_span.end > r->year_span.start)
        ck_note(c, diag, r->year_span, CKT_YEAR_HERE, r->year);
}

/* ---- V405 --------------------------------------------------------------- */

static const char *const no_charge[] = {"未收取", "没有收取", "不收取", "未收费", "没有收费",
                                        "无收费", "未产生收费", "未发生收费", NULL};
static const char *const other_fee[] = {"处理费", "申请人", "信息公开", "依申请", NULL};

/* A clause of section 六 that says nothing was charged, with no word
 * tying it to the 信息处理费 of requests. */
static bool unqualified_no_charge(const ck_folded *t, size_t *from, size_t *to)
{
    size_t start = 0;
    for (size_t i = 0; i <= t->n; i++) {
        bool end = i == t->n || ck_at(t, i, "。") || t->s[i] == ';';
        if (!end)
            continue;
        for (int k = 0; no_charge[k]; k++) {
            size_t at = ck_find(t, start, i, no_charge[k]);
            if (at == i)
                continue;
            bool qualified = false;
            for (int q = 0; other_fee[q]; q++)
                qualified = qualified || ck_has(t, start, i, other_fee[q]);
            if (!qualified) {
                *from = at;
                *to = at + strlen(no_charge[k]);
                return true;
            }
        }
        start = i + (i < t->n && t->s[i] != ';' ? 3 : 1);
    }
    return false;
}

/* Does s[0, n) hold the three bytes of one character? By its last byte, a
 * continuation byte (find_word): fewer stops than its lead would make. */
static bool holds_char(const uint8_t *s, size_t n, const char *ch)
{
    return find_word((const char *)s, n, ch, 3) < n;
}

static void fees(ck *c)
{
    const xxgk_cell *fee =
        xxgk_report_cell(c->r, XXGK_TABLE_PROACTIVE, XXGK_R_FEES, XXGK_C_AMOUNT_WAN_YUAN);
    if (!ck_has_value(fee) || fee->value.mant <= 0)
        return;
    for (const xxgk_section *s = c->r->sections; s; s = s->next) {
        if (s->id != XXGK_SEC_OTHER)
            continue;
        for (const xxgk_block *b = s->blocks; b; b = b->next) {
            if (b->kind == XXGK_B_TABLE)
                continue;
            /* every phrase of no_charge holds 收, which no folding makes
             * from another character: a block without it is not folded
             * (a folded copy costs five bytes per byte of the block) */
            if (!holds_char(c->doc->src + b->span.start, b->span.end - b->span.start, "收"))
                continue;
            ck_folded t;
            size_t from, to;
            ck_fold(c, b->span, &t);
            if (!unqualified_no_charge(&t, &from, &to))
                continue;
            xxgk_diag *d = ck_diag(c, XXGK_V_FEE_NOT_CHARGED, ck_source_span(&t, from, to),
                                   ck_dec(c, fee->value));
            ck_note(c, d, fee->span, CKT_FEE_HERE, ck_dec(c, fee->value));
            return;
        }
    }
}

/* ---- V406 --------------------------------------------------------------- */

static void empty_sections(ck *c)
{
    for (const xxgk_section *s = c->r->sections; s; s = s->next) {
        bool prose = s->id == XXGK_SEC_OVERVIEW || s->id == XXGK_SEC_PROBLEMS || s->id == XXGK_SEC_OTHER;
        if (prose && !s->blocks)
            ck_diag(c, XXGK_V_EMPTY_SECTION, s->heading_span, xxgk_section_numeral(s->id),
                    xxgk_section_title(s->id));
    }
}

void ck_consistency(ck *c)
{
    signoff(c);
    fees(c);
    empty_sections(c);
}
