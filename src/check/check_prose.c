/* V404: counts stated in the prose of 一、总体情况 that contradict the tables.
 *
 * The prose is read clause by clause (between ，。；：、 and brackets), in
 * folded text so that traditional script and PDF line breaks read alike.
 * A clause states a count when it holds exactly one number followed by 件
 * (or, for the carried-over counts, a number after 为 that ends the clause,
 * as in 上年度结转数量为0), and its words say what was counted:
 *
 *   收到/新收/受理/接收 … 申请      一、本年新收 · 总计, or that plus
 *                                   二、上年结转 · 总计 (many count both)
 *   未收到 … 申请 (no number)       一、本年新收 · 总计 is 0
 *   上年 … 结转                      二、上年结转 · 总计
 *   结转下年度 / 顺延到下年度 / 转下一年度   四、结转下年度继续办理 · 总计
 *   办结 / 答复                      （七）总计 · 总计 (not with an outcome:
 *                                   部分公开答复0件 is one row of it)
 *   行政复议 (without 诉讼)          表四 行政复议 · 总计
 *   行政诉讼 (without 复议)          表四 the two 行政诉讼 总计 added
 *   制发 … 规范性文件                表二 行政规范性文件 · 本年制发件数
 *   现行有效 … 规范性文件            表二 行政规范性文件 · 现行有效件数
 *
 * A clause whose words fit none of these, that speaks of a part or a change
 * (其中, 同比, 增长 …), or that holds several numbers, says nothing checkable
 * and is skipped: a wrong guess would be a false finding. A total
 * of all information published (主动公开…N条) has no cell in the tables and
 * cannot be compared. */
#include <string.h>

#include "check_fold.h"
#include "check_overview.h"
#include "lex.h"
#include "template.h"
#include "utf8.h"

enum kind { K_NONE, K_RECEIVED, K_CARRIED_IN, K_CARRIED_OUT, K_HANDLED, K_REVIEW, K_SUIT,
            K_ISSUED, K_IN_FORCE };

/* The word a count of requests needs; the scan below looks for it too. */
#define APPLY "申请"
/* What follows a count (申请26件), and what may precede one closing its
 * clause (结转数量为0). */
#define PIECE "件"
#define AS "为"

/* Every word the clauses are classified by, matched in one pass per clause
 * (ck_words_at); the groups below are ranges of this list. */
static const char *const words[] = {
    /* a part or a change, not the count itself: 其中…12件, 同比增长5件 */
    "其中", "同比", "较上年", "比上年", "增长", "下降", "减少", "增加",
    /* carried over to next year */
    "结转下年", "结转至下年", "结转到下年", "转入下年", "顺延到下年", "顺延至下年",
    "转下一年", "转至下一年",
    "复议", "诉讼", "上年", "结转", "规范性文件", "现行有效", "制发",
    /* not requests, or one outcome of them, not the requests handled:
     * 部分公开答复0件 */
    "投诉", "举报", "信访", "不予", "部分公开", "予以公开", "无法提供", "其他处理",
    /* received */
    "收到", "新收", "受理", "接收",
    APPLY,
    /* handled */
    "办结", "答复",
    NULL};

enum {
    W_PARTIAL = 0, W_OUT = 8, W_REVIEW = 16, W_SUIT, W_LAST_YEAR, W_CARRY, W_NORMATIVE, W_IN_FORCE,
    W_ISSUED, W_NOT_REQUEST, W_RECEIVED = 31, W_APPLY = 35, W_HANDLED, W__COUNT = 38
};
_Static_assert(sizeof words / sizeof words[0] == W__COUNT + 1, "words and their groups agree");

#define BIT(k) ((uint64_t)1 << (k))
#define RANGE(a, n) ((BIT(n) - 1) << (a))

static const char *const w_not_received[] = {"未收到", "没有收到", "未接到", "未受理", "没有受理", NULL};

static int classify(uint64_t w)
{
    if (w & RANGE(W_PARTIAL, 8))
        return K_NONE;
    bool review = w & BIT(W_REVIEW), suit = w & BIT(W_SUIT);
    if (w & RANGE(W_OUT, 8))
        return K_CARRIED_OUT;
    if ((w & BIT(W_LAST_YEAR)) && (w & BIT(W_CARRY)))
        return K_CARRIED_IN;
    if (review || suit)
        return review && suit ? K_NONE : review ? K_REVIEW : K_SUIT;
    if (w & BIT(W_NORMATIVE))
        return w & BIT(W_IN_FORCE) ? K_IN_FORCE : w & BIT(W_ISSUED) ? K_ISSUED : K_NONE;
    if (w & (RANGE(W_NOT_REQUEST, 8) | BIT(W_REVIEW) | BIT(W_SUIT) | BIT(W_CARRY)))
        return K_NONE;
    if ((w & RANGE(W_RECEIVED, 4)) && (w & BIT(W_APPLY)))
        return K_RECEIVED;
    if (w & RANGE(W_HANDLED, 2))
        return K_HANDLED;
    return K_NONE;
}

static bool digit(char ch) { return ch >= '0' && ch <= '9'; }

/* The numbers a clause states: those followed by 件, the last of them in
 * [ps, pe); and whether a number after 为 closes the clause, in [ws, we)
 * (上年度结转数量为0: a count only for the carried-over kinds). Known
 * before the clause's words, so that a clause that cannot state one count
 * is not matched at all. */
typedef struct stated {
    int pieces;
    size_t ps, pe;
    bool closing;
    size_t ws, we;
} stated;

static void stated_in(const ck_folded *t, size_t a, size_t b, stated *st)
{
    for (size_t i = a; i < b;) {
        if (!digit(t->s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b && (digit(t->s[j]) || (t->s[j] == '.' && j + 1 < b && digit(t->s[j + 1]))))
            j++;
        if (ck_at(t, j, PIECE) && j + 3 <= b) {
            st->pieces++;
            st->ps = i;
            st->pe = j;
        } else if (j == b && i >= a + 3 && ck_at(t, i - 3, AS)) {
            st->closing = true; /* the last number: nothing follows */
            st->ws = i;
            st->we = j;
        }
        i = j;
    }
}

/* How many counts the clause states for a kind; the last one's bytes in
 * [*ns, *ne). The closing number, when it counts, is the last. */
static int count_of(const stated *st, int kind, size_t *ns, size_t *ne)
{
    bool closing = st->closing && (kind == K_CARRIED_IN || kind == K_CARRIED_OUT);
    *ns = closing ? st->ws : st->ps;
    *ne = closing ? st->we : st->pe;
    return st->pieces + closing;
}

/* Can the clause give a finding, whatever its words: one number, or none
 * and 申请 (未收到…申请). */
static bool may_count(const stated *st, bool apply)
{
    return st->pieces == 1 || (st->pieces == 0 && (st->closing || apply));
}

/* The table's value for a kind: one cell, or the two lawsuit totals. */
static int table_cells(const xxgk_report *r, int kind, const xxgk_cell **cells, int *table)
{
    int t = XXGK_TABLE_REQUESTS, row = 0, col = XXGK_C_TOTAL;
    switch (kind) {
    case K_RECEIVED: row = XXGK_R_NEW_REQUESTS; break;
    case K_CARRIED_IN: row = XXGK_R_CARRIED_IN; break;
    case K_CARRIED_OUT: row = XXGK_R_CARRIED_OUT; break;
    case K_HANDLED: row = XXGK_R_HANDLED_TOTAL; break;
    case K_REVIEW: t = XXGK_TABLE_APPEALS; row = XXGK_R_REVIEW; break;
    case K_SUIT:
        *table = XXGK_TABLE_APPEALS;
        cells[0] = xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_SUIT_DIRECT, XXGK_C_TOTAL);
        cells[1] = xxgk_report_cell(r, XXGK_TABLE_APPEALS, XXGK_R_SUIT_AFTER_REVIEW, XXGK_C_TOTAL);
        return 2;
    case K_ISSUED: t = XXGK_TABLE_PROACTIVE; row = XXGK_R_NORMATIVE_DOCS; col = XXGK_C_ISSUED; break;
    case K_IN_FORCE: t = XXGK_TABLE_PROACTIVE; row = XXGK_R_NORMATIVE_DOCS; col = XXGK_C_IN_FORCE; break;
    default: return 0;
    }
    *table = t;
    cells[0] = xxgk_report_cell(r, t, row, col);
    return 1;
}

static int kind_text(int kind)
{
    switch (kind) {
    case K_RECEIVED: return CKT_PROSE_RECEIVED;
    case K_CARRIED_IN: return CKT_PROSE_CARRIED_IN;
    case K_CARRIED_OUT: return CKT_PROSE_CARRIED_OUT;
    case K_HANDLED: return CKT_PROSE_HANDLED;
    case K_REVIEW: return CKT_PROSE_REVIEW;
    case K_SUIT: return CKT_PROSE_SUIT;
    case K_ISSUED: return CKT_PROSE_ISSUED;
    default: return CKT_PROSE_IN_FORCE;
    }
}

/* A count of requests received may include those carried in from last
 * year (收到申请75件 for 74 new and 1 carried in): both readings agree. */
static bool received_with_carried(const xxgk_report *r, xxgk_dec stated, xxgk_dec table)
{
    const xxgk_cell *in = xxgk_report_cell(r, XXGK_TABLE_REQUESTS, XXGK_R_CARRIED_IN, XXGK_C_TOTAL);
    xxgk_dec sum;
    return ck_has_value(in) && xxgk_dec_add(table, in->value, &sum) == 0 &&
           xxgk_dec_cmp(sum, stated) == 0;
}

static void compare(ck *c, int kind, xxgk_dec stated, xxgk_span at)
{
    const xxgk_cell *cells[2] = {NULL, NULL};
    int table = 0;
    int n = table_cells(c->r, kind, cells, &table);
    xxgk_dec sum = {0, 0};
    for (int i = 0; i < n; i++) {
        if (!ck_has_value(cells[i]) || ck_short_row(c->r, table, cells[i]->row) ||
            xxgk_dec_add(sum, cells[i]->value, &sum) != 0)
            return; /* nothing to compare with */
    }
    if (!n || xxgk_dec_cmp(sum, stated) == 0)
        return;
    if (kind == K_RECEIVED && received_with_carried(c->r, stated, sum))
        return;
    xxgk_diag *d = ck_diag(c, XXGK_V_PROSE_COUNT, at, ck_textf(c, kind_text(kind)),
                           ck_dec(c, stated), xxgk_tpl_table_numeral(table), ck_dec(c, sum));
    for (int i = 0; i < n; i++)
        ck_note(c, d, cells[i]->span, CKT_TABLE_GIVES, xxgk_tpl_table_numeral(table), ck_dec(c, cells[i]->value));
}

/* The characters that end a clause, as folded text has them: , ; : ( ) !
 * ? 。 ！ 【 】 (the full-width , ; : ( ) fold to ASCII). '.' is not here:
 * 、 and ． fold to it, and so does a decimal point between digits. */
static bool ends_clause(uint32_t f)
{
    switch (f) {
    case ',': case ';': case ':': case '(': case ')': case '!': case '?':
    case 0x3002: case 0xFF01: case 0x3010: case 0x3011:
        return true;
    }
    return false;
}

static bool delimiter(const ck_folded *t, size_t i)
{
    uint8_t lead = (uint8_t)t->s[i];
    if (lead == '.') /* a delimiter unless between digits */
        return !(i > 0 && digit(t->s[i - 1]) && i + 1 < t->n && digit(t->s[i + 1]));
    if (lead < 0x80)
        return ends_clause(lead);
    if (lead != 0xE3 && lead != 0xEF) /* the lead byte of none of 。【】 (E3) ！ (EF): */
        return false;                 /* every ideograph (E4..E9) stops here */
    uint32_t cp;
    return utf8_decode((const uint8_t *)t->s + i, t->n - i, &cp) == 3 && ends_clause(cp);
}

/* A clause [a, b) and the words found in it. */
static void clause(ck *c, uint64_t words_in, const ck_folded *t, size_t a, size_t b, const stated *st)
{
    int kind = classify(words_in);
    if (kind == K_NONE)
        return;
    size_t ns = 0, ne = 0;
    int counts = count_of(st, kind, &ns, &ne);
    if (counts == 1) {
        xxgk_dec v;
        bool sci;
        /* folded digits are ASCII: parse the folded text */
        if (xxgk_dec_parse(t->s + ns, ne - ns, &v, &sci) == 0)
            compare(c, kind, v, ck_source_span(t, ns, ne));
        return;
    }
    if (counts || kind != K_RECEIVED)
        return;
    /* 未收到…申请: none received */
    for (int i = 0; w_not_received[i]; i++) {
        size_t at = ck_find(t, a, b, w_not_received[i]);
        if (at < b) {
            compare(c, kind, (xxgk_dec){0, 0}, ck_source_span(t, at, at + strlen(w_not_received[i])));
            return;
        }
    }
}

void ck_counts_words(ck_words *m) { ck_words_init(m, words); }

/* One pass, a code point at a time: delimiters end clauses. The words of
 * a clause are gathered (ck_words_in) only when the clause can state one
 * count (may_count): its numbers are read first when it holds a digit,
 * and 申请 is noted on the way (a clause without a number counts only as
 * 未收到…申请, none received). The rest, most of the prose, is not matched
 * at all. No word holds a delimiter, so the words in a clause are those
 * that end inside it. */
void ck_counts_block(ck *c, const ck_words *m, const ck_folded *t)
{
    bool apply = false, number = false;
    size_t a = 0, last3 = t->n > 2 ? t->n - 2 : 0; /* i < last3: three bytes at i */
    for (size_t i = 0; i <= t->n;) {
        /* ideographs (lead bytes E4..EE), most of the text: neither a
         * delimiter nor a digit */
        while (i < last3 && (uint8_t)t->s[i] - 0xE4u <= 0xEEu - 0xE4u) {
            apply = apply || ((uint8_t)t->s[i] == (uint8_t)APPLY[0] && ck_at(t, i, APPLY));
            i += 3;
        }
        uint8_t lead = i < t->n ? (uint8_t)t->s[i] : 0;
        size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i < t->n && !delimiter(t, i)) {
            number = number || digit((char)lead);
            i += len;
            continue;
        }
        stated st = {0};
        if (i > a && number)
            stated_in(t, a, i, &st);
        if (i > a && may_count(&st, apply))
            clause(c, ck_words_in(m, t, a, i), t, a, i, &st);
        number = apply = false;
        a = i + len;
        i += len;
    }
}

/* Sixteen bytes compared at once (GCC's and Clang's vector extension: a
 * compare gives each byte 0 or all ones). */
typedef uint8_t bytes16 __attribute__((vector_size(16)));
typedef int8_t signed_bytes16 __attribute__((vector_size(16)));

/* The first byte set in a compare's result, else 16. */
static inline unsigned first_set(bytes16 m)
{
    uint64_t half[2];
    memcpy(half, &m, 16);
    for (unsigned k = 0; k < 2; k++)
        if (half[k])
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return 8 * k + (unsigned)(__builtin_clzll(half[k]) >> 3);
#else
            return 8 * k + (unsigned)(__builtin_ctzll(half[k]) >> 3);
#endif
    return 16;
}

/* Bytes a scan stops at: every printable ASCII byte, '!' to DEL (when
 * ascii; not spaces, line breaks nor control bytes), and three others. */
typedef struct stop_set {
    bool ascii;
    uint8_t b[3];
} stop_set;

/* The bytes of v in the set (all ones), the others 0. */
static inline bytes16 stops_in(bytes16 v, const stop_set *set)
{
    bytes16 m = (bytes16)((v == set->b[0]) | (v == set->b[1]) | (v == set->b[2]));
    if (set->ascii) /* as signed bytes, those above ' ' are '!' to DEL */
        m |= (bytes16)((signed_bytes16)v > ' ');
    return m;
}

/* The first byte of s[i, end) in the set, else end: sixteen bytes tested
 * at a time; the last few copied after zeros, which no set holds. */
static inline size_t next_stop(const uint8_t *s, size_t i, size_t end, const stop_set *set)
{
    for (; i + 16 <= end; i += 16) {
        bytes16 v;
        memcpy(&v, s + i, 16);
        unsigned k = first_set(stops_in(v, set));
        if (k < 16)
            return i + k;
    }
    if (i >= end)
        return end;
    bytes16 v = {0};
    memcpy(&v, s + i, end - i);
    unsigned k = first_set(stops_in(v, set));
    return k < end - i ? i + k : end;
}

/* Does a piece of source hold a count's word after its number: 件, or 为
 * (a source has it as 为, 為 or 爲)? No other character folds to these
 * (test_check_consistency.c holds the fold table to that), and no other
 * character's bytes hold theirs, so a byte compare anywhere in the piece
 * finds what its fold would. The scan stops at their last bytes (B6, BA,
 * B2), far rarer than their leads. */
static bool holds_count_word(const uint8_t *p, size_t n)
{
    static const stop_set last_bytes = {false, {0xB6, 0xBA, 0xB2}};
    static const char *const words[] = {PIECE, AS, "為", "爲"};
    for (size_t k = 2; (k = next_stop(p, k, n, &last_bytes)) < n; k++)
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
            if (memcmp(p + k - 2, words[w], 3) == 0)
                return true;
    return false;
}

/* Is 申 (E7 94 B3; nothing else folds to it) at the B3 byte s[i], wholly
 * inside [from, i]? */
static bool shen_ends_at(const uint8_t *s, size_t from, size_t i)
{
    return i >= from + 2 && s[i - 2] == 0xE7 && s[i - 1] == 0x94;
}

/* The bytes ck_counts_span stops at: a printable ASCII byte (a delimiter,
 * a digit), the lead byte E3 or EF (。【】！ and the full-width forms, the
 * digits among them: nothing else folds to a delimiter or a digit, as
 * test_check_consistency.c holds the fold to) and B3, the last byte of 申.
 * The rest, most of the prose, needs no look: ideographs and their
 * continuation bytes, spaces and line breaks. */
static const stop_set clause_stops = {true, {0xE3, 0xEF, 0xB3}};

/* V404 over a block's source, folding only what can state a count. The
 * source is cut where a character always ends a clause (ends_clause of its
 * fold; '?' is dropped by the fold and is no cut), and a piece is folded
 * and read by ck_counts_block only when it may give a finding (may_count):
 * it holds 申 (for 申请), or a digit and a word that makes a number a count
 * (件, 为). The cuts fall where label_fold_map steps: a delimiter and a
 * digit begin with a byte that is never a continuation byte, so the
 * decoding meets them wherever it starts; a piece folds to exactly its
 * clauses of the block's fold. Ideographs are not folded here: none folds
 * to a digit or a delimiter (script_fold.h: folds stay among ideographs),
 * so the scan jumps from one stop byte to the next. */
void ck_counts_span(ck *c, const ck_words *m, xxgk_span sp)
{
    const uint8_t *s = c->doc->src;
    size_t from = sp.start, end = sp.end;
    bool shen = false, digits = false;
    for (size_t i = from; i <= end;) {
        i = next_stop(s, i, end, &clause_stops);
        uint32_t f = 0;
        int l = 1;
        if (i < end) {
            if (s[i] == 0xB3) { /* a continuation byte: the end of 申? */
                shen = shen || shen_ends_at(s, from, i);
                i++;
                continue;
            }
            if (s[i] < 0x80) { /* ASCII folds to itself: a run of it (a number) in one loop */
                for (; i < end && s[i] < 0x80 && (s[i] == '?' || !ends_clause(s[i])); i++)
                    digits = digits || digit((char)s[i]);
                if (i == end || s[i] >= 0x80)
                    continue;
                f = s[i];
            } else { /* the lead E3 or EF: a character of three bytes, or none */
                if (i + 3 > end || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) {
                    i++; /* a byte the fold skips */
                    continue;
                }
                l = 3;
                f = label_fold_cp((uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 |
                                  (s[i + 2] & 0x3Fu));
            }
            digits = digits || (f >= '0' && f <= '9');
            if (f == '?' || !ends_clause(f)) {
                i += (size_t)l;
                continue;
            }
        }
        if (i > from && (shen || (digits && holds_count_word(s + from, i - from)))) {
            ck_folded t;
            ck_fold(c, (xxgk_span){(uint32_t)from, (uint32_t)i}, &t);
            ck_counts_block(c, m, &t);
        }
        shen = digits = false;
        i += (size_t)l;
        from = i;
    }
}
