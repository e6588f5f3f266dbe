/* V407 and V408: the outcomes of the requests stated in the prose of
 * 一、总体情况 (其中予以公开31件，占比52.3%) against table 三.
 *
 * Each outcome word of the templates (2019 and 2021) names its own row, or
 * its row group's rows added:
 *
 *   予以公开   （一）                  不予公开   （三） 1. to 8.
 *   部分公开   （二）                  无法提供   （四） 1. to 3.
 *   不予处理   （五） 1. to 5.         其他处理   （六）: 2019 one row, 2021
 *                                               1. to 3. (or 3. alone, or
 *                                               3. and one of 1., 2., when
 *                                               the prose names those apart:
 *                                               逾期未补正2件，其他处理5件)
 *
 * V404's scan (check_prose.c) finds the clauses that state one count (a
 * number and 件) and calls ck_outcome_clause for one whose words hold an
 * outcome, which V404 does not compare. Only a clause that plainly states
 * how many requests had that outcome is compared: its one number is the
 * count (no other digit in it: no date), it names one outcome, or several
 * joined by 和/及/与/或 (their rows added), and has no other word than a
 * few plain ones (plain_words: 其中, 共, 依法, 的, 予以, 答复 …; not a
 * sub-row's, an agency's, a period's or a change's), and the requests it
 * speaks of are all of them: the count its 其中 refers to (the
 * clause before with a count, past sibling outcomes, parts of one named
 * apart (逾期未补正2件) and 上年结转; across one 。 when the sentence
 * begins with 其中) is a total of the table (新收, 新收 and 上年结转, or
 * （七）总计) — a count of requests, or a bare total (共计75件) that adds
 * the counts of requests before it in its sentence (sums_requests) — and
 * no clause right before narrows it
 * (涉及, 关于, 有关, 类, 网上, 季度 …, or a clause ending in 中 as in
 * 征地类申请中, unless 所有 or 全部). Anything else says nothing checkable
 * and is passed: a wrong guess would be a false finding.
 *
 * A share follows the count, in its clause or the next (，占比52.3%,
 * (占总数的43.5%)): 占, a few words without digits, one number, %, and
 * the clause ends. It is checked in integers against every natural
 * denominator (（七）总计, 新收, 新收 and 上年结转, the outcome rows added),
 * with the table's count or the prose's: it holds when one quotient lies
 * within half a unit of the last printed digit.
 *
 * All of it runs only for the few clauses that name an outcome and a
 * count, and the context (whose outcome) only when the count or the share
 * disagrees; the source around one is folded into a buffer of its own,
 * since t, V404's fold, is still being read. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check_outcomes.h"
#include "lex.h"
#include "template.h"
#include "utf8.h"

enum { O_GRANTED, O_PARTLY, O_DENIED, O_UNAVAILABLE, O_NOT_PROCESSED, O_OTHER, O__COUNT };

/* NULL-ended too, for has_any */
static const char *const outcome_word[O__COUNT + 1] = {"予以公开", "部分公开", "不予公开",
                                                       "无法提供", "不予处理", "其他处理", NULL};
/* 不予以公开 holds 予以公开 but is 不予公开 */
#define DENIED_TOO "不予以公开"

/* Each group's rows, first to last in the template's order (keys.def);
 * those the table's template has are added. */
static const int group_first[O__COUNT] = {XXGK_R_GRANTED, XXGK_R_PARTLY_GRANTED, XXGK_R_DENIED_STATE_SECRET,
                                          XXGK_R_UNAVAILABLE_NOT_HELD, XXGK_R_NOT_PROCESSED_PETITION,
                                          XXGK_R_OTHER_NO_CORRECTION};
static const int group_last[O__COUNT] = {XXGK_R_GRANTED, XXGK_R_PARTLY_GRANTED, XXGK_R_DENIED_QUERY_MATTERS,
                                         XXGK_R_UNAVAILABLE_UNCLEAR, XXGK_R_NOT_PROCESSED_REISSUE, XXGK_R_OTHER};
_Static_assert(XXGK_R_DENIED_QUERY_MATTERS - XXGK_R_DENIED_STATE_SECRET == 7, "（三） has eight rows in a run");
_Static_assert(XXGK_R_UNAVAILABLE_UNCLEAR - XXGK_R_UNAVAILABLE_NOT_HELD == 2, "（四） has three rows in a run");
_Static_assert(XXGK_R_NOT_PROCESSED_REISSUE - XXGK_R_NOT_PROCESSED_PETITION == 4, "（五） has five rows in a run");
_Static_assert(XXGK_R_OTHER - XXGK_R_OTHER_NO_CORRECTION == 3, "（六）: 2021's three rows, then 2019's one");
_Static_assert(XXGK_R_PARTLY_GRANTED == XXGK_R_GRANTED + 1 && XXGK_R_DENIED_STATE_SECRET == XXGK_R_GRANTED + 2 &&
                   XXGK_R_UNAVAILABLE_NOT_HELD == XXGK_R_DENIED_QUERY_MATTERS + 1 &&
                   XXGK_R_NOT_PROCESSED_PETITION == XXGK_R_UNAVAILABLE_UNCLEAR + 1 &&
                   XXGK_R_OTHER_NO_CORRECTION == XXGK_R_NOT_PROCESSED_REISSUE + 1,
               "the outcome rows are one run, （一） to （六）");

/* Words that narrow the requests spoken of to a part of them: a subject,
 * a channel, a period of the year. */
static const char *const narrowing[] = {"涉及", "关于", "有关", "类", "领域", "网上", "当面", "信函", "邮寄",
                                        "传真", "电子邮件", "来信", "季度", "半年", "月份", NULL};
/* The only words an outcome clause may hold besides its outcomes, what
 * joins them, its number and 件: it then says nothing but how many
 * requests had the outcome (其中予以公开31件, 不予公开政府信息申请0件,
 * 予以公开及部分公开的42件). A clause with any other word (其中区教育局
 * 予以公开5件, 第一季度予以公开3件) may count a part: it is passed. The
 * longer of two words sharing a start comes first. */
static const char *const plain_words[] = {
    "其中", "共计", "合计", "总计", "共", "计", "依法", "依规", "全年", "本年度", "本年", "年度", "今年",
    "全部", "均已", "均", "已", "的", "有", "为", "是", "作出", "作", "了", "予以", "给予", "答复", "决定",
    "处理", "政府信息公开申请", "政府信息", "信息", "申请", "公开", "办结", "事项", "数量", "达", "结果",
    "情形", "属于", "此外", "另有", "另", "对", "个", NULL};
/* What joins two outcomes counted together. */
static const char *const joins[] = {"和", "及", "与", "以及", "或", NULL};
/* Words naming one row of （六）其他处理 that prose names apart, beside
 * 其他处理 (2021's 1. and 2.: 逾期未补正2件，其他处理3件): a part of one
 * outcome, a sibling of the outcomes around it. */
static const char *const part_words[] = {"逾期未补正", "逾期不补正", "逾期未缴", "逾期不缴", "逾期未交",
                                         "逾期未按", NULL};
/* What a total of the clauses before it may hold besides its count
 * (本年度收到申请74件，上年结转1件，共计75件). */
static const char *const sum_words[] = {"共计", "合计", "总计", "累计", "总共", "一共", "共", "计", "为", "达",
                                        NULL};
/* What a clause counting all the requests speaks of. */
static const char *const request_words[] = {"办结", "答复", "办理", "处理", "收到", "受理", "新收", "接收",
                                            "申请", NULL};

static bool digit(char ch) { return ch >= '0' && ch <= '9'; }

static size_t find(const char *s, size_t from, size_t to, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = from; i + k <= to; i++)
        if (memcmp(s + i, w, k) == 0)
            return i;
    return to;
}

static bool has(const char *s, size_t from, size_t to, const char *w) { return find(s, from, to, w) < to; }

static bool has_any(const char *s, size_t from, size_t to, const char *const *ws)
{
    for (int k = 0; ws[k]; k++)
        if (has(s, from, to, ws[k]))
            return true;
    return false;
}

static bool at(const char *s, size_t i, size_t to, const char *w)
{
    size_t k = strlen(w);
    return i + k <= to && memcmp(s + i, w, k) == 0;
}

/* The length of the first of ws (NULL-ended) that stands at s[i], or 0. */
static size_t word_at(const char *s, size_t i, size_t to, const char *const *ws)
{
    for (int k = 0; ws[k]; k++)
        if (at(s, i, to, ws[k]))
            return strlen(ws[k]);
    return 0;
}

/* ---- a fold of its own ------------------------------------------------- */

/* The source read before a clause, for the count its 其中 refers to (a
 * sentence or two), and after its 件, for a share (，占办结总数的14.29%，). */
enum { WIN = 600, SHARE_WIN = 96 };

/* Folded source [from, to), at most WIN bytes of it: cut where the source
 * runs out of the window, at a character's first byte. */
typedef struct win {
    char s[WIN + 1];
    uint32_t off[WIN + 1];
    size_t n;
    bool cut;      /* the source went on past the window's far end */
    uint32_t end;  /* where the folded source ends */
} win;

static bool cont(uint8_t b) { return (b & 0xC0) == 0x80; }

/* The window ending at `to`, back at most WIN bytes. */
static void fold_before(const xxgk_doc *doc, size_t to, win *w)
{
    size_t from = to > WIN ? to - WIN : 0;
    w->cut = from > 0;
    while (from < to && cont(doc->src[from]))
        from++;
    w->n = label_fold_map(doc->src + from, to - from, (uint32_t)from, w->s, w->off);
    w->s[w->n] = '\0';
    w->end = (uint32_t)to;
}

/* The window starting at `from`, on at most max bytes (WIN at most). */
static void fold_after(const xxgk_doc *doc, size_t from, size_t max, win *w)
{
    size_t len = (size_t)doc->len, to = from + max < len ? from + max : len;
    w->cut = to < len;
    while (to > from && to < len && cont(doc->src[to]))
        to--;
    w->n = label_fold_map(doc->src + from, to - from, (uint32_t)from, w->s, w->off);
    w->s[w->n] = '\0';
    w->end = (uint32_t)to;
}

/* The source span of folded bytes [i, j) of a window. */
static xxgk_span win_span(const xxgk_doc *doc, const win *w, size_t i, size_t j)
{
    size_t k = j - 1;
    while (k > i && cont((uint8_t)w->s[k]))
        k--;
    uint32_t last = w->off[k], cp;
    int l = utf8_decode(doc->src + last, 4, &cp);
    return (xxgk_span){w->off[i], last + (uint32_t)(l ? l : 1)};
}

/* Delimiters as V404 reads them (check_prose.c): , ; : ( ) ! ? 。 ！ 【 】
 * folded, and '.' (、 ．) unless between digits. Its length, else 0. */
static int delim_at(const char *s, size_t i, size_t n)
{
    uint8_t b = (uint8_t)s[i];
    switch (b) {
    case ',': case ';': case ':': case '(': case ')': case '!': case '?':
        return 1;
    case '.':
        return i > 0 && digit(s[i - 1]) && i + 1 < n && digit(s[i + 1]) ? 0 : 1;
    }
    if (b != 0xE3 && b != 0xEF)
        return 0;
    uint32_t cp;
    if (utf8_decode((const uint8_t *)s + i, n - i, &cp) != 3)
        return 0;
    return cp == 0x3002 || cp == 0xFF01 || cp == 0x3010 || cp == 0x3011 ? 3 : 0;
}

/* Does the delimiter at s[i] end a sentence: 。 ; ! ！ */
static bool sentence_end(const char *s, size_t i)
{
    return s[i] == ';' || s[i] == '!' || at(s, i, i + 3, "。") || at(s, i, i + 3, "！");
}

/* ---- the clause's words ------------------------------------------------ */

/* The counts of a clause [a, b): a run of digits followed by 件; the last
 * one's value when it is a whole number. How many. */
static int counts_in(const char *s, size_t a, size_t b, int64_t *v)
{
    int n = 0;
    for (size_t i = a; i < b;) {
        if (!digit(s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        int64_t x = 0;
        bool whole = true;
        for (; j < b && (digit(s[j]) || s[j] == '.'); j++) {
            if (s[j] == '.' || x > 100000000000)
                whole = false;
            else
                x = x * 10 + (s[j] - '0');
        }
        if (at(s, j, b, "件")) {
            n++;
            *v = whole ? x : -1;
        }
        i = j;
    }
    return n;
}

static bool digits_in(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (digit(s[i]))
            return true;
    return false;
}

/* The outcomes named in [a, b), as bits; 0 when none, or when two are not
 * joined by one of joins alone (其中予以公开和部分公开共40件 adds the two;
 * 部分公开答复…予以公开 does not say). */
static unsigned outcomes_in(const char *s, size_t a, size_t b)
{
    unsigned bits = 0;
    size_t last_end = 0;
    for (size_t i = a; i < b;) {
        int o = -1;
        size_t len = 0;
        if (at(s, i, b, DENIED_TOO)) {
            o = O_DENIED;
            len = strlen(DENIED_TOO);
        } else {
            for (int k = 0; k < O__COUNT && o < 0; k++)
                if (at(s, i, b, outcome_word[k])) {
                    o = k;
                    len = strlen(outcome_word[k]);
                }
        }
        if (o < 0) {
            i++;
            continue;
        }
        if (bits & (1u << o))
            return 0; /* named twice: not one plain count */
        if (bits) {
            bool joined = false;
            for (int k = 0; joins[k] && !joined; k++)
                joined = last_end + strlen(joins[k]) == i && at(s, last_end, i, joins[k]);
            if (!joined)
                return 0;
        }
        bits |= 1u << o;
        last_end = i + len;
        i += len;
    }
    return bits;
}

/* Does [a, b) hold nothing but plain_words, outcome words, joins and the
 * count [ns, ne) with its 件? */
static bool plain(const char *s, size_t a, size_t b, size_t ns, size_t ne)
{
    for (size_t i = a; i < b;) {
        if (i == ns) {
            i = ne + 3; /* the number and 件 */
            continue;
        }
        size_t len = at(s, i, b, DENIED_TOO) ? strlen(DENIED_TOO) : word_at(s, i, b, outcome_word);
        if (!len)
            len = word_at(s, i, b, plain_words);
        if (!len)
            len = word_at(s, i, b, joins);
        if (!len)
            return false;
        i += len;
    }
    return true;
}

/* Does a clause narrow the requests to a part (涉及…, …类, 征地申请中),
 * 所有 and 全部 aside? `end` is where its words end: a 中 there, or
 * anywhere in it when `inside`, narrows; 其中 does not. */
static bool narrows(const char *s, size_t a, size_t b, bool inside)
{
    if (has(s, a, b, "所有") || has(s, a, b, "全部"))
        return false;
    if (has_any(s, a, b, narrowing))
        return true;
    for (size_t i = a; i + 3 <= b; i++)
        if (at(s, i, b, "中") && !(i >= a + 3 && at(s, i - 3, b, "其")) && (inside || i + 3 == b))
            return true;
    return false;
}

/* ---- the table --------------------------------------------------------- */

static bool whole(xxgk_dec d, int64_t *out)
{
    if (!xxgk_dec_is_integer(d))
        return false;
    int64_t m = d.mant;
    for (int32_t s = d.scale; s > 0; s--)
        m /= 10;
    for (int32_t s = d.scale; s < 0; s++) {
        if (m > 100000000000)
            return false;
        m *= 10;
    }
    if (m < 0 || m > 1000000000)
        return false; /* no count; keeps the products below in range */
    *out = m;
    return true;
}

/* A cell of table 三's 总计 column to compare with: its value as a whole
 * number, else false. */
static bool cell_count(const ck *c, int row, const xxgk_cell **cell, int64_t *v)
{
    *cell = xxgk_report_cell(c->r, XXGK_TABLE_REQUESTS, row, XXGK_C_TOTAL);
    return ck_has_value(*cell) && !ck_short_row(c->r, XXGK_TABLE_REQUESTS, row) && whole((*cell)->value, v);
}

enum { MAX_CELLS = 26 };

/* The cells of the outcomes named (bits) in the table's template, their
 * values added; false when one has no number to compare. */
typedef struct cells {
    int n;
    const xxgk_cell *cell[MAX_CELLS];
    int64_t v[MAX_CELLS];
    int64_t sum;
} cells;

static bool outcome_cells(const ck *c, int tmpl, unsigned bits, cells *out)
{
    out->n = 0;
    out->sum = 0;
    for (int o = 0; o < O__COUNT; o++) {
        if (!(bits & (1u << o)))
            continue;
        for (int row = group_first[o]; row <= group_last[o]; row++) {
            if (!xxgk_tpl_has_row(tmpl, row))
                continue;
            if (out->n == MAX_CELLS || !cell_count(c, row, &out->cell[out->n], &out->v[out->n]))
                return false;
            out->sum += out->v[out->n++];
        }
    }
    return out->n > 0;
}

static bool any_doubted(const ck *c, const cells *k)
{
    for (int i = 0; i < k->n; i++)
        if (ck_cell_doubted(c->doc, k->cell[i]))
            return true;
    return false;
}

/* The totals of all requests a count of them may be: （七）总计, 新收,
 * 新收 and 上年结转; the cell of （七）总计 when it has a number. */
typedef struct totals {
    int n;
    int64_t v[3];
    const xxgk_cell *handled;
    int64_t handled_v;
} totals;

static void totals_of(const ck *c, totals *t)
{
    const xxgk_cell *cell;
    int64_t v, in;
    t->n = 0;
    t->handled = NULL;
    t->handled_v = 0;
    if (cell_count(c, XXGK_R_HANDLED_TOTAL, &cell, &v)) {
        t->v[t->n++] = v;
        t->handled = cell;
        t->handled_v = v;
    }
    if (cell_count(c, XXGK_R_NEW_REQUESTS, &cell, &v)) {
        t->v[t->n++] = v;
        if (cell_count(c, XXGK_R_CARRIED_IN, &cell, &in))
            t->v[t->n++] = v + in;
    }
}

static bool one_of(const totals *t, int64_t v)
{
    for (int i = 0; i < t->n; i++)
        if (t->v[i] == v)
            return true;
    return false;
}

/* ---- whose outcome ----------------------------------------------------- */

/* The start of the character before s[i]. */
static size_t prev_char(const char *s, size_t i)
{
    size_t p = i - 1;
    while (p > 0 && cont((uint8_t)s[p]))
        p--;
    return p;
}

/* Does the clause [a, e) hold nothing but sum_words and its one count? */
static bool only_sum(const char *s, size_t a, size_t e)
{
    for (size_t i = a; i < e;) {
        if (digit(s[i])) {
            while (i < e && digit(s[i]))
                i++;
            if (!at(s, i, e, "件"))
                return false;
            i += 3;
            continue;
        }
        size_t len = word_at(s, i, e, sum_words);
        if (!len)
            return false;
        i += len;
    }
    return true;
}

/* Is the count v of the clause at a in w, a total without a word of
 * requests (共计75件), the sum of the clauses before it in its sentence,
 * each a count of all the requests received or carried over (本年度收到
 * 申请74件，上年结转1件，共计75件)? A clause before without a count must
 * be plain (本年度). */
static bool sums_requests(const xxgk_doc *doc, const win *w, size_t a, size_t e, int64_t v)
{
    const char *s = w->s;
    if (!only_sum(s, a, e) || a == 0)
        return false;
    int64_t sum = 0;
    bool received = false;
    size_t end = prev_char(s, a); /* the delimiter before the total */
    while (!sentence_end(s, end)) {
        size_t b = end;
        while (b > 0 && !delim_at(s, prev_char(s, b), w->n))
            b = prev_char(s, b);
        /* a line break (folded away) begins the sentence too */
        uint32_t nl = w->off[end];
        while (nl > w->off[b] && doc->src[nl - 1] != '\n')
            nl--;
        bool line = nl > w->off[b];
        while (line && w->off[b] < nl)
            b++;
        if (b == 0 && w->cut && !line)
            return false;
        int64_t x = -1;
        int n = counts_in(s, b, end, &x);
        if (has_any(s, b, end, outcome_word) || has_any(s, b, end, part_words) || narrows(s, b, end, true))
            return false;
        if (n == 0) {
            if (digits_in(s, b, end) || !plain(s, b, end, SIZE_MAX, SIZE_MAX))
                return false;
        } else {
            bool carried = has(s, b, end, "上年结转") ||
                           (has(s, b, end, "结转") && !has(s, b, end, "下年") && !has(s, b, end, "下一年"));
            bool got = !carried && has_any(s, b, end, request_words);
            if (n != 1 || x < 0 || !(carried || got))
                return false;
            received = received || got;
            sum += x;
        }
        if (b == 0 || line)
            break;
        end = prev_char(s, b);
    }
    return received && sum == v;
}

/* Are the requests of the outcome clause all of them? w: the source
 * before the clause, folded; qizhong: the clause's own words before its
 * count hold 其中; narrowed: they narrow (narrows). Walked back clause by
 * clause (see the head of the file). */
static bool of_all(const xxgk_doc *doc, const win *w, const totals *tot, bool qizhong, bool narrowed, bool *sibling)
{
    const char *s = w->s;
    size_t e = w->n; /* the clause [a, e) looked at; s[e] its delimiter when e < n */
    if (e > 0 && delim_at(s, prev_char(s, e), w->n))
        e = prev_char(s, e);
    bool first = true, crossed = false, near = true, nearest = true;
    for (;;) {
        if (e < w->n && sentence_end(s, e)) {
            if (!qizhong || crossed)
                break; /* the sentence's start */
            crossed = true; /* 其中 refers to the sentence before */
            near = false;
        }
        size_t a = e;
        while (a > 0 && !delim_at(s, prev_char(s, a), w->n))
            a = prev_char(s, a);
        if (a == 0 && w->cut)
            return false; /* a sentence longer than the window: do not guess */
        int64_t v = -1;
        int n = counts_in(s, a, e, &v);
        bool outcome = has_any(s, a, e, outcome_word) || has(s, a, e, DENIED_TOO) || has_any(s, a, e, part_words);
        if (first && e < w->n && s[e] == '.' && outcome && !digits_in(s, a, e))
            return false; /* 予以公开、部分公开共40件: one count for a list */
        first = false;
        if (has(s, a, e, "其中"))
            qizhong = true;
        if (nearest && outcome)
            *sibling = true; /* the clause right before: 予以公开21件、部分公开9件 */
        nearest = false;
        if (outcome) {
            near = false; /* a sibling: 予以公开46件，部分公开22件 */
        } else if (n == 0 && (at(s, a, e, "占") || at(s, a, e, "佔"))) {
            /* a sibling's share (予以公开7件，占30.4%，): says whose nothing */
        } else if (n == 0) {
            /* a clause without a count names whose requests follow unless
             * its words are plain ones (其中, 本年度): 上年度, 2021年, 去年,
             * 区教育局： */
            if ((near && narrows(s, a, e, false)) || !plain(s, a, e, SIZE_MAX, SIZE_MAX))
                narrowed = true;
        } else if (!has(s, a, e, "结转")) {
            /* the count the outcomes are part of */
            return !narrowed && n == 1 && v >= 0 &&
                   (has_any(s, a, e, request_words) || sums_requests(doc, w, a, e, v)) && !narrows(s, a, e, true) &&
                   one_of(tot, v);
        }
        if (a == 0)
            break;
        e = prev_char(s, a); /* the delimiter before */
    }
    /* no total the outcomes are part of: 上年结转1件，予以公开1件 counts a
     * part, and a sentence of outcomes alone may speak of any year */
    return false;
}

/* ---- the share --------------------------------------------------------- */

typedef struct share {
    size_t from, to; /* 占 … % in the window */
    int64_t p;       /* the printed digits, the point dropped */
    int dp;          /* digits after the point */
} share;

/* Words between 占 and the number that make it no exact share. */
static const char *const not_exact[] = {"约", "近", "超", "余", "多", "上年", "去年", "同比", "增", "降", NULL};

/* What a share may be of: all the requests, in words (占比, 占办结总数的,
 * 占全部申请的). Any other word names another base (占公开类答复的70%). */
static const char *const share_base[] = {"政府信息公开申请", "申请总数", "总数", "总量", "总计", "合计",
                                         "全部", "所有", "本年度", "本年", "全年", "比", "比例", "的",
                                         "申请", "办结", "答复", "受理", "收到", "新收", "件数", "数量",
                                         "数", NULL};

static bool of_requests(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        size_t len = word_at(s, i, b, share_base);
        if (!len)
            return false;
        i += len;
    }
    return true;
}

/* The share after a count's 件, in the window that starts right there:
 * 占… in the rest of its clause, or the next clause when the rest is
 * empty and a comma, a bracket or 、 parts them. */
static bool share_after(const win *w, share *sh)
{
    const char *s = w->s;
    size_t i = 0;
    if (!at(s, 0, w->n, "占") && !at(s, 0, w->n, "佔")) {
        if (w->n == 0 || (s[0] != ',' && s[0] != '(' && s[0] != '.'))
            return false;
        i = 1;
        if (!at(s, i, w->n, "占") && !at(s, i, w->n, "佔"))
            return false;
    }
    sh->from = i;
    size_t j = i + 3;
    while (j < w->n && !digit(s[j]) && !delim_at(s, j, w->n))
        j++;
    if (j >= w->n || !digit(s[j]) || j - i > 40 || has_any(s, i, j, not_exact) || !of_requests(s, i + 3, j))
        return false;
    int64_t p = 0;
    int dp = -1, nd = 0;
    for (; j < w->n && (digit(s[j]) || (s[j] == '.' && dp < 0 && j + 1 < w->n && digit(s[j + 1]))); j++) {
        if (s[j] == '.') {
            dp = 0;
            continue;
        }
        if (++nd > 7)
            return false;
        p = p * 10 + (s[j] - '0');
        if (dp >= 0)
            dp++;
    }
    if (j >= w->n || s[j] != '%' || dp > 3)
        return false;
    j++;
    if (j < w->n ? !delim_at(s, j, w->n) : w->cut)
        return false; /* more words after the share: 占52.3%以上 */
    sh->to = j;
    sh->p = p;
    sh->dp = dp < 0 ? 0 : dp;
    return true;
}

static int64_t pow10i(int k)
{
    int64_t x = 1;
    while (k-- > 0)
        x *= 10;
    return x;
}

/* Is num / den the printed share, rounded or cut at its last digit? */
static bool share_holds(int64_t num, int64_t den, const share *sh)
{
    if (den <= 0 || num < 0)
        return false;
    /* rounded (|diff| <= den / 2) or cut after the last printed digit
     * (0 <= diff < den): agencies print both */
    int64_t diff = num * 100 * pow10i(sh->dp) - sh->p * den;
    return 2 * diff >= -den && diff < den;
}

/* q / 10^dp with dp decimals. */
static void fixed_text(int64_t q, int dp, char *buf, size_t size)
{
    int64_t unit = pow10i(dp);
    if (dp == 0)
        snprintf(buf, size, "%lld", (long long)q);
    else
        snprintf(buf, size, "%lld.%0*lld", (long long)(q / unit), dp, (long long)(q % unit));
}

/* num / den as a percentage rounded to dp decimals (half up). */
static void share_text(int64_t num, int64_t den, int dp, char *buf, size_t size)
{
    fixed_text((2 * num * 100 * pow10i(dp) + den) / (2 * den), dp, buf, size);
}

/* ---- the rule ---------------------------------------------------------- */

static const char *outcome_names(ck *c, unsigned bits)
{
    const char *names = NULL;
    for (int o = 0; o < O__COUNT; o++)
        if (bits & (1u << o))
            names = names ? ck_textf(c, CKT_OUTCOME_AND, names, outcome_word[o]) : outcome_word[o];
    return names ? names : "";
}

/* Notes on the cells: those with a number other than 0, or the first. */
static void note_cells(ck *c, xxgk_diag *d, const cells *k)
{
    bool any = false;
    for (int i = 0; i < k->n; i++)
        any = any || k->v[i] != 0;
    for (int i = 0; i < k->n; i++)
        if (k->v[i] != 0 || (!any && i == 0))
            ck_note(c, d, k->cell[i]->span, CKT_TABLE_GIVES, xxgk_tpl_table_numeral(XXGK_TABLE_REQUESTS),
                    ck_dec(c, k->cell[i]->value));
}

/* The values the table gives for the outcomes named: their rows added,
 * and for （六） of 2021 alone, 3.其他 with or without one of 1. and 2.
 * (the prose names those apart: 逾期未补正2件，其他处理5件). */
static int table_values(const cells *k, unsigned bits, int tmpl, int64_t *v)
{
    int n = 0;
    v[n++] = k->sum;
    if (bits == 1u << O_OTHER && tmpl == 2021 && k->n == 3) {
        v[n++] = k->v[2];
        v[n++] = k->v[2] + k->v[0];
        v[n++] = k->v[2] + k->v[1];
    }
    return n;
}

/* Does the prose around an outcome clause name a part of （六） apart
 * (逾期未补正2件), before it (w: the source before the clause, folded) or
 * after it in its sentence? Where the template has （六） as one row
 * (2019), 其他处理 may then be the rest of it or all of it: not said. */
static bool part_named_near(const ck *c, const win *before, uint32_t after)
{
    if (has_any(before->s, 0, before->n, part_words))
        return true;
    win w;
    fold_after(c->doc, after, WIN, &w);
    size_t e = 0;
    while (e < w.n && !sentence_end(w.s, e))
        e++;
    return has_any(w.s, 0, e, part_words);
}

void ck_outcome_clause(ck *c, const ck_folded *t, size_t a, size_t b, size_t ns, size_t ne)
{
    const char *s = t->s;
    if (digits_in(s, a, ns) || digits_in(s, ne, b) || !plain(s, a, b, ns, ne))
        return;
    unsigned bits = outcomes_in(s, a, b);
    int64_t stated = -1;
    if (!bits || counts_in(s, a, b, &stated) != 1 || stated < 0)
        return;
    int tmpl = xxgk_table_template(c->r, XXGK_TABLE_REQUESTS);
    cells k;
    if (!outcome_cells(c, tmpl, bits, &k) || any_doubted(c, &k))
        return;
    int64_t v[4];
    int nv = table_values(&k, bits, tmpl, v);
    bool count_wrong = true;
    for (int i = 0; i < nv; i++)
        count_wrong = count_wrong && v[i] != stated;
    totals tot;
    totals_of(c, &tot);
    /* the share, right after 件: a short window */
    win w;
    fold_after(c->doc, ck_source_span(t, ns, ne + 3).end, SHARE_WIN, &w);
    share sh = {0, 0, 0, 0};
    bool share_wrong = share_after(&w, &sh) && tot.handled && tot.handled_v > 0 &&
                       !ck_cell_doubted(c->doc, tot.handled);
    if (share_wrong) {
        cells all;
        int64_t den[4];
        int nd = 0;
        for (int i = 0; i < tot.n; i++)
            den[nd++] = tot.v[i];
        if (outcome_cells(c, tmpl, (1u << O__COUNT) - 1, &all))
            den[nd++] = all.sum;
        for (int i = 0; i < nd && share_wrong; i++) {
            share_wrong = !share_holds(stated, den[i], &sh);
            for (int j = 0; j < nv && share_wrong; j++)
                share_wrong = !share_holds(v[j], den[i], &sh);
        }
    }
    if (!count_wrong && !share_wrong)
        return; /* most clauses: the prose agrees, whatever it speaks of */
    xxgk_span share_at = share_wrong ? win_span(c->doc, &w, sh.from, sh.to) : (xxgk_span){0, 0};
    /* only now: whose outcome it is, from the source before the clause */
    fold_before(c->doc, t->off[a], &w);
    bool sibling = false;
    if (!of_all(c->doc, &w, &tot, has(s, a, ns, "其中"), narrows(s, a, ns, true), &sibling))
        return;
    /* right after a sibling outcome with its own count, a share may be of
     * the list (予以公开21件、部分公开9件，占比40%): it says nothing
     * checkable; after a sibling's own share (予以公开7件，占30.4%，其他
     * 处理1件，占4.4%) it is this count's */
    share_wrong = share_wrong && !sibling;
    if (count_wrong && bits == 1u << O_OTHER && k.n == 1 && part_named_near(c, &w, ck_source_span(t, ns, ne + 3).end))
        count_wrong = false;
    if (!count_wrong && !share_wrong)
        return;
    if (count_wrong) {
        xxgk_diag *d = ck_diag(c, XXGK_V_PROSE_OUTCOME, ck_source_span(t, ns, ne), outcome_names(c, bits),
                               ck_dec(c, (xxgk_dec){stated, 0}), ck_dec(c, (xxgk_dec){k.sum, 0}));
        note_cells(c, d, &k);
    }
    if (!share_wrong)
        return;
    /* the quotient over （七）总计, the denominator of most shares */
    char q[32], printed[32];
    share_text(k.sum, tot.handled_v, sh.dp, q, sizeof q);
    fixed_text(sh.p, sh.dp, printed, sizeof printed);
    xxgk_diag *d = ck_diag(c, XXGK_V_PROSE_SHARE, share_at, outcome_names(c, bits), printed,
                           ck_dec(c, (xxgk_dec){k.sum, 0}), ck_dec(c, (xxgk_dec){tot.handled_v, 0}),
                           xxgk_tpl_row_name(XXGK_R_HANDLED_TOTAL), q);
    note_cells(c, d, &k);
    ck_note(c, d, tot.handled->span, CKT_TABLE_GIVES, xxgk_tpl_table_numeral(XXGK_TABLE_REQUESTS),
            ck_dec(c, tot.handled->value));
}
