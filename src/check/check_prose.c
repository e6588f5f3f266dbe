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
#include "check_outcomes.h"
#include "check_overview.h"
#include "check_scan.h"
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
 * (ck_words_at); the groups below are ranges of this list. W(k, word, h):
 * k is the word's place (its bit), h for CK_BUCKETS. */
#define COUNT_WORDS(W, h)                                                                          \
    /* a part or a change, not the count itself: 其中…12件, 同比增长5件 */                          \
    W(0, "其中", h) W(1, "同比", h) W(2, "较上年", h) W(3, "比上年", h)                           \
    W(4, "增长", h) W(5, "下降", h) W(6, "减少", h) W(7, "增加", h)                               \
    /* carried over to next year */                                                                \
    W(8, "结转下年", h) W(9, "结转至下年", h) W(10, "结转到下年", h) W(11, "转入下年", h)         \
    W(12, "顺延到下年", h) W(13, "顺延至下年", h) W(14, "转下一年", h) W(15, "转至下一年", h)     \
    W(16, "复议", h) W(17, "诉讼", h) W(18, "上年", h) W(19, "结转", h)                           \
    W(20, "规范性文件", h) W(21, "现行有效", h) W(22, "制发", h)                                  \
    /* not requests, or one outcome of them, not the requests handled:                             \
     * 部分公开答复0件 */                                                                          \
    W(23, "投诉", h) W(24, "举报", h) W(25, "信访", h) W(26, "不予", h)                           \
    W(27, "部分公开", h) W(28, "予以公开", h) W(29, "无法提供", h) W(30, "其他处理", h)           \
    /* received */                                                                                 \
    W(31, "收到", h) W(32, "新收", h) W(33, "受理", h) W(34, "接收", h)                           \
    W(35, APPLY, h)                                                                                \
    /* handled */                                                                                  \
    W(36, "办结", h) W(37, "答复", h)
enum {
    W_PARTIAL = 0, W_OUT = 8, W_REVIEW = 16, W_SUIT, W_LAST_YEAR, W_CARRY, W_NORMATIVE, W_IN_FORCE,
    W_ISSUED, W_NOT_REQUEST, W_RECEIVED = 31, W_APPLY = 35, W_HANDLED, W__COUNT = 38
};
#define AS_WORD(k, w, h) [k] = CK_WORD(w),
static const ck_word words[] = {COUNT_WORDS(AS_WORD, 0)[W__COUNT] = CK_WORDS_END};
#undef AS_WORD
/* the buckets made when compiled: no run fills them */
static const ck_words count_words = {words, CK_BUCKETS(COUNT_WORDS)};

_Static_assert(sizeof words / sizeof words[0] == W__COUNT + 1, "words and their groups agree");

#define BIT(k) ((uint64_t)1 << (k))
#define RANGE(a, n) ((BIT(n) - 1) << (a))

/* Each begins with 未 or 没: a piece without a count is folded only when
 * its source holds one of them (holds_none_word). */
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
        if (!digit(t->s[i])) { /* a character at a time: no digit is inside one */
            uint8_t lead = (uint8_t)t->s[i];
            i += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
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

/* Does a reading error of the parser (a P code's error, at the cell or in
 * a note over it: P006, P027, P046 …) say the cell's number may not be
 * the one printed there? The prose is not to be blamed then (V404 stays
 * silent). Walked only when a count disagrees. */
bool ck_cell_doubted(const xxgk_doc *doc, const xxgk_cell *cell)
{
    if (cell->row_overfull)
        return true;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
        const char *code = xxgk_code_name(d->code);
        if (d->severity != XXGK_ERROR || code[0] != 'P')
            continue;
        if (d->span.start <= cell->span.start && cell->span.end <= d->span.end)
            return true;
        for (const xxgk_note *n = d->notes; n; n = n->next)
            if (n->span.start <= cell->span.start && cell->span.end <= n->span.end)
                return true;
    }
    return false;
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
    for (int i = 0; i < n; i++)
        if (ck_cell_doubted(c->doc, cells[i]))
            return; /* the table's number is in doubt, not the prose's */
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
    if (kind == K_NONE) { /* an outcome, one count: V407, V408 (check_outcomes.c); 不予 … 其他处理 */
        if (st->pieces == 1 && (words_in & RANGE(W_NOT_REQUEST + 3, 5)))
            ck_outcome_clause(c, t, a, b, st->ps, st->pe);
        return;
    }
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

/* Does a piece of source hold one of the words, each one character of
 * three bytes? The scan stops at the words' last bytes (far rarer than
 * their leads) and compares the three bytes that end there. */
static bool holds_one_of(const uint8_t *p, size_t n, size_t readable, const stop_set *last_bytes,
                         const char *const *words)
{
    for (size_t k = 2; (k = next_stop(p, k, n, readable, last_bytes)) < n; k++)
        for (size_t w = 0; words[w]; w++)
            if (memcmp(p + k - 2, words[w], 3) == 0)
                return true;
    return false;
}

/* Does a piece of source hold a count's word after its number: 件, or 为
 * (a source has it as 为, 為 or 爲)? No other character folds to these
 * (test_check_consistency.c holds the fold table to that), and no other
 * character's bytes hold theirs, so a byte compare anywhere in the piece
 * finds what its fold would. */
static bool holds_count_word(const uint8_t *p, size_t n, size_t readable)
{
    static const stop_set last_bytes = {false, {0xB6, 0xBA, 0xB2}};
    static const char *const words[] = {PIECE, AS, "為", "爲", NULL};
    return holds_one_of(p, n, readable, &last_bytes, words);
}

/* Does a piece of source hold the first character of a word that says
 * none were received (w_not_received: 未, or 没, which a source has as 没
 * or 沒)? As for holds_count_word, nothing else folds to these. */
static bool holds_none_word(const uint8_t *p, size_t n, size_t readable)
{
    static const stop_set last_bytes = {false, {0xAA, 0xA1, 0x92}};
    static const char *const words[] = {"未", "没", "沒", NULL};
    return holds_one_of(p, n, readable, &last_bytes, words);
}

/* Is 申 (E7 94 B3; nothing else folds to it) at the B3 byte s[i], wholly
 * inside [from, i]? */
static bool shen_ends_at(const uint8_t *s, size_t from, size_t i)
{
    return i >= from + 2 && s[i - 2] == 0xE7 && s[i - 1] == 0x94;
}

/* The bytes the scan of one piece stops at: a printable ASCII byte (a
 * delimiter, a digit), the lead byte E3 or EF (。【】！ and the full-width
 * forms, the digits among them: nothing else folds to a delimiter or a
 * digit, as test_check_consistency.c holds the fold to) and B3, the last
 * byte of 申. The rest, most of the prose, needs no look: ideographs and
 * their continuation bytes, spaces and line breaks. */
static const stop_set clause_stops = {true, {0xE3, 0xEF, 0xB3}};

/* The fold of the three-byte character at s[i] (lead E3 or EF), or 0 when
 * its continuation bytes are not there (a byte the fold skips). */
static inline uint32_t fold3(const uint8_t *s, size_t i, size_t end)
{
    if (i + 3 > end || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
        return 0;
    return label_fold_cp((uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3Fu));
}

/* A folded character that always ends a clause ('?' is dropped by the
 * fold and ends none). */
static inline bool cuts(uint32_t f) { return f != '?' && ends_clause(f); }

/* One piece of a block's source: from where it starts to the first
 * character that always ends a clause (cuts), at `end` (of `len` bytes), or
 * the block's end (len 1); and whether it holds 申 or a digit. */
typedef struct piece {
    size_t end;
    int len;
    bool shen, digits;
} piece;

static piece piece_from(const uint8_t *s, size_t from, size_t end, size_t readable)
{
    piece p = {end, 1, false, false};
    for (size_t i = from;;) {
        i = next_stop(s, i, end, readable, &clause_stops);
        if (i >= end)
            return p;
        uint32_t f;
        int l = 1;
        if (s[i] == 0xB3) { /* a continuation byte: the end of 申? */
            p.shen = p.shen || shen_ends_at(s, from, i);
            i++;
            continue;
        }
        if (s[i] < 0x80) { /* ASCII folds to itself: a run of it (a number) in one loop */
            for (; i < end && s[i] < 0x80 && !cuts(s[i]); i++)
                p.digits = p.digits || digit((char)s[i]);
            if (i == end || s[i] >= 0x80)
                continue;
            f = s[i];
        } else if (!(f = fold3(s, i, end))) { /* the lead E3 or EF, alone */
            i++;
            continue;
        } else {
            l = 3;
        }
        p.digits = p.digits || (f >= '0' && f <= '9');
        if (cuts(f)) {
            p.end = i;
            p.len = l;
            return p;
        }
        i += (size_t)l;
    }
}

/* The last byte of s[from, i) in the set, as its position plus one, else
 * from: sixteen bytes tested at a time going back, the first few read in
 * place when sixteen bytes before i are there (s is the document's text,
 * the bytes before from not looked at), else copied before zeros. */
static inline size_t prev_stop(const uint8_t *s, size_t from, size_t i, const stop_set *set)
{
    for (; i >= from + 16; i -= 16) {
        bytes16 v;
        memcpy(&v, s + i - 16, 16);
        unsigned bits = bits_of(stops_in(v, set));
        if (bits)
            return i - 16 + (unsigned)(32 - __builtin_clz(bits));
    }
    if (i <= from)
        return from;
    bytes16 v = {0};
    unsigned bits;
    if (i >= 16) { /* one load; bit j of the shifted bits is s[from + j] */
        memcpy(&v, s + i - 16, 16);
        bits = bits_of(stops_in(v, set)) >> (16 - (i - from));
    } else {
        memcpy(&v, s + from, i - from);
        bits = bits_of(stops_in(v, set)) & ((1u << (i - from)) - 1);
    }
    return bits ? from + (unsigned)(32 - __builtin_clz(bits)) : from;
}

/* The bytes a character that always ends a clause begins with: printable
 * ASCII, E3, EF (clause_stops less B3). */
static const stop_set cut_leads = {true, {0xE3, 0xEF, 0xEF}};

/* Where the piece holding s[at] starts: after the last character before
 * `at` that always ends a clause, else at `from` (a piece's start).
 * Whether a character ends a clause is known from its own bytes: an
 * ASCII byte, or the lead E3 or EF and its two continuation bytes, which
 * the forward scan meets wherever it starts; s[at] begins a character. */
static size_t piece_start(const uint8_t *s, size_t from, size_t at, size_t end)
{
    for (size_t q = at; (q = prev_stop(s, from, q, &cut_leads)) > from; q--) {
        uint8_t x = s[q - 1];
        if (x < 0x80 ? cuts(x) : cuts(fold3(s, q - 1, end)))
            return x < 0x80 ? q : q + 2;
    }
    return from;
}

/* What makes a piece worth visiting: a count's word, 件 (E4 BB B6), 为
 * (E4 B8 BA), 為 (E7 82 BA) or 爲 (E7 88 B2), which a piece folded for a
 * count holds besides its digits; or 申 (E7 94 B3), which one saying none
 * were received holds. Digits alone are not looked for: most numbers of
 * section 一 are no count (主动公开信息1234条) and the piece of one without
 * such a word is never folded. */
static const char mark_words[][4] = {"件", "为", "為", "爲", "申"};
enum { MARK_PIECE = 0, MARK_SHEN = 4 };

/* The places where a mark may begin, seen in the lead byte l and the last
 * byte z of a character at every position: l is E4 or E7 and z one of the
 * words' last bytes (B6, BA, B2, B3); the middle byte is compared after
 * (marked): a few ideographs in a hundred pass, and only where one does
 * does the scan stop. */
static inline bytes16 marks_in(bytes16 l, bytes16 z)
{
    return ((bytes16)(l == 0xE4) | (bytes16)(l == 0xE7)) &
           ((bytes16)(z == 0xB6) | (bytes16)(z == 0xBA) | (bytes16)((z & 0xFE) == 0xB2)); /* B2, B3 */
}

/* The positions p[0..15] that marks_in shows, as sixteen bits; p[16] and
 * p[17] are read too. */
static inline unsigned marks_at(const uint8_t *p)
{
    bytes16 l, z;
    memcpy(&l, p, 16);
    memcpy(&z, p + 2, 16);
    return bits_of(marks_in(l, z));
}

/* The first position in s[i, end) that marks_in shows, else end:
 * thirty-two positions at a time (marks are rare), then sixteen, the last
 * few read in place when eighteen bytes are readable (next_stop; a mark
 * past end is not taken), else copied after zeros (which mark nothing). */
static size_t next_mark(const uint8_t *s, size_t i, size_t end, size_t readable)
{
    for (; i + 34 <= end; i += 32) {
        unsigned bits = marks_at(s + i) | marks_at(s + i + 16) << 16;
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
    for (; i + 18 <= end; i += 16) {
        unsigned bits = marks_at(s + i);
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
    if (i >= end)
        return end;
    unsigned bits;
    if (i + 18 <= readable) {
        bits = marks_at(s + i) & ((1u << (end - i)) - 1);
    } else {
        uint8_t tail[32] = {0};
        memcpy(tail, s + i, end - i);
        bits = marks_at(tail);
    }
    return bits ? i + (unsigned)__builtin_ctz(bits) : end;
}

/* Is s[k] the first byte of one of mark_words, its three bytes wholly
 * before end? Its index, else -1. */
static int marked(const uint8_t *s, size_t k, size_t end)
{
    if (k + 3 > end)
        return -1;
    for (int w = 0; w < (int)(sizeof mark_words / sizeof mark_words[0]); w++)
        if (memcmp(s + k, mark_words[w], 3) == 0)
            return w;
    return -1;
}

/* Do the three bytes at s[i] hold an ideograph (lead byte E4..E9, two
 * continuation bytes)? The fold keeps one an ideograph (script_fold.h:
 * folds stay among ideographs): never a digit, never dropped. */
static bool ideograph_at(const uint8_t *s, size_t i)
{
    return s[i] - 0xE4u < 6u && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80;
}

/* Can the mark at s[k] (mark_words[w]) be the word of a count? A count's
 * 件 follows its number and a closing number follows its 为 (stated_in),
 * in folded text, where nothing but digits, or what the fold drops
 * (white space, bad bytes), may stand between them. So a 件 right after an
 * ideograph (文件, 案件: most of them) or a 为 right before one (作为, 为了)
 * is not one; the piece around it is visited only from another mark (its
 * count's word, or 申 for 未收到…申请), and a piece without one could not
 * give a finding (may_count). Whether a piece is folded is the same
 * whichever of its marks found it. The ideograph before a 件 lies in the
 * piece when it begins at from or after: it is no delimiter. */
static bool may_mark(const uint8_t *s, size_t from, size_t k, size_t end, int w)
{
    if (w == MARK_SHEN)
        return true;
    if (w == MARK_PIECE)
        return !(k >= from + 3 && ideograph_at(s, k - 3));
    return !(k + 6 <= end && ideograph_at(s, k + 3)); /* 为 為 爲 */
}

/* V404 over a block's source, folding only what can state a count. The
 * source is cut into pieces where a character always ends a clause
 * (cuts), and a piece is folded and read by ck_counts_block only when it
 * may give a finding: it holds a digit and a word that makes a number a
 * count (件, 为: a source has them as 件, 为, 為 or 爲, holds_count_word),
 * or else only 未收到…申请 can (may_count: no number, and 申请), so 申 and
 * the first character of a w_not_received word. So the scan looks only for
 * those four words and 申 (next_mark), most of the prose passed sixteen
 * bytes at a time, and passes the words no number touches (may_mark:
 * 文件, 作为); the piece around one is found then, back to its start
 * and on to its end, and holds_count_word is not asked when the piece was
 * found from a count's word. A piece is a piece wherever the scan meets
 * it, so the pieces folded are those that a scan for every digit and 申
 * folded. The cuts fall where label_fold_map steps: a delimiter and a
 * digit begin with a byte that is never a continuation byte, so the
 * decoding meets them wherever it starts; a piece folds to exactly its
 * clauses of the block's fold. Ideographs are not folded here: none folds
 * to a digit or a delimiter (script_fold.h: folds stay among ideographs). */
void ck_counts_span(ck *c, xxgk_span sp)
{
    const uint8_t *s = c->doc->src;
    size_t from = sp.start, end = sp.end; /* from: where a piece starts */
    size_t readable = (size_t)c->doc->len + 1; /* the text and its NUL */
    for (size_t k = from; (k = next_mark(s, k, end, readable)) < end;) {
        int w = marked(s, k, end);
        if (w < 0 || !may_mark(s, from, k, end, w)) {
            k++;
            continue;
        }
        bool count = w != MARK_SHEN;
        size_t at = k;
        size_t a = piece_start(s, from, at, end);
        piece p = piece_from(s, a, end, readable);
        if (p.end > a && ((p.digits && (count || holds_count_word(s + a, p.end - a, readable - a))) ||
                          (p.shen && holds_none_word(s + a, p.end - a, readable - a)))) {
            ck_folded t;
            ck_fold(c, (xxgk_span){(uint32_t)a, (uint32_t)p.end}, &t);
            ck_counts_block(c, &count_words, &t);
        }
        from = k = p.end + (size_t)p.len;
    }
}
