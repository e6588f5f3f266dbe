/* Run-time side of the label table: entries, the label fold, fragments.
 * The label fold is core's script fold (script_fold.h, the one table) with
 * width, punctuation and spaces folded on top. */
#include <string.h>

#include "lex.h"
#include "utf8.h"
#include "bytes16.h"
#include "script_fold.h"
#include "labels_data.h"

const struct label_entry *const label_entries_all = label_entries;
const int label_entries_count = LABEL_COUNT;

/* genlabels' lists (emit_kind_lists): a walk of a few entries where a
 * walk of the table looked at every one */
int label_section_entries(int sec, const short **v)
{
    if (sec < 0 || sec >= (int)sizeof label_sec_entries_n)
        return 0;
    *v = label_sec_entries[sec];
    return label_sec_entries_n[sec];
}

int label_section_titles(int sec, const short **v)
{
    if (sec < 0 || sec >= (int)sizeof label_sec_titles_n)
        return 0;
    *v = label_sec_titles[sec];
    return label_sec_titles_n[sec];
}

int label_header_words(int table, const short **v)
{
    if (table < 0 || table >= (int)sizeof label_header_words_of_n)
        return 0;
    *v = label_header_words_of[table];
    return label_header_words_of_n[table];
}

void label_section_range(int *from, int *to)
{
    *from = LABEL_SEC_FROM;
    *to = LABEL_SEC_TO;
}

/* the table is genlabels' (label_bare_rows): a lookup, as the filter asks
 * at every column label after a row */
int label_bare_row(int entry, int table)
{
    int r = label_bare_rows[entry];
    return r >= 0 && label_entries[r].table == table ? r : -1;
}

/* genlabels' column (label_summed_groups): a look-up, where three
 * searches of the entry's text were asked of every group heading */
const char *label_summed_group(int entry)
{
    return label_summed_groups[entry];
}

/* The word folds (script_fold.def `=`: 资讯 read as 信息) on the folded
 * text OUT of length O, whose last character was just written: when it
 * ends such a word after the character before it, both are rewritten in
 * place (three bytes each, so lengths and offsets stay). */
static inline void word_fold_end(char *out, size_t o)
{
    if (o < 6)
        return;
    const uint8_t *u = (const uint8_t *)out + o - 3;
    if ((u[0] & 0xF0) != 0xE0)
        return;
    uint32_t last = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3Fu);
    if (!script_word_stop(last) || script_folds(last) || (u[-3] & 0xF0) != 0xE0)
        return;
    uint32_t prev = (uint32_t)(u[-3] & 0x0F) << 12 | (uint32_t)(u[-2] & 0x3F) << 6 | (u[-1] & 0x3Fu), to[2];
    if (!script_word_fold(prev, last, to))
        return;
    utf8_put(out + o - 6, to[0]);
    utf8_put(out + o - 3, to[1]);
}

/* label_fold_cp's body, inline for label_fold_map's loop */
static inline uint32_t fold_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp;
    /* the bitmap spares most characters the search */
    if (script_folds(cp))
        return script_to_simplified(cp);
    switch (cp) {
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0x3001: case 0xFF0E: return '.';
    case 0xFF0C: return ',';
    case 0xFF1A: return ':';
    case 0x201C: case 0x201D: case 0x300C: case 0x300D: return '"';
    case 0xFF0F: return '/';
    case 0xFF1B: return ';';
    }
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return '0' + (cp - 0xFF10);
    return cp;
}

uint32_t label_fold_cp(uint32_t cp) { return fold_cp(cp); }

uint32_t label_fold_first(const uint8_t *p, size_t n)
{
    uint32_t cp = 0;
    return n && utf8_decode(p, n, &cp) > 0 ? fold_cp(cp) : 0;
}

/* Copy n (1 to 4) bytes: a small copy without a call to memcpy. */
static inline void copy_small(char *restrict to, const void *restrict from, size_t n)
{
    const char *f = from;
    switch (n) {
    case 4: to[3] = f[3]; /* fall through */
    case 3: to[2] = f[2]; /* fall through */
    case 2: to[1] = f[1]; /* fall through */
    default: to[0] = f[0];
    }
}

/* The folding of label_fold over a whole text, keeping for every output
 * code point the source offset (base + index) of the code point it came
 * from, at the index of its first byte (off[] at continuation bytes is
 * not written).
 * Invalid bytes are skipped. out and off need n + 1 entries: folding never
 * lengthens a code point. Returns the folded length; out is NUL-terminated
 * and off[len] is base + n. */
_Static_assert(SCRIPT_FOLD_LO <= 0x4000 && SCRIPT_FOLD_HI >= 0x9FFF,
               "the ideographs of lead bytes E4..E9 lie in the fold table's range");

/* Do three bytes hold an ideograph U+4000..U+9FFF (lead byte E4..E9:
 * never punctuation nor a surrogate, always within the fold table's
 * range) that folds to itself and ends no word fold (讯 of 资讯)? */
static inline bool ideograph_keeps(const uint8_t *b)
{
    if (b[0] - 0xE4u >= 6u || ((b[1] | b[2] << 8) & 0xC0C0) != 0x8080)
        return false;
    uint32_t cp = (uint32_t)(b[0] & 0x0F) << 12 | (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3Fu);
    return !script_word_stop_in_range(cp);
}

/* The bulk of a report: ideographs U+4000..U+9FFF (lead bytes E4..E9:
 * never punctuation nor a surrogate, always within the fold table's
 * range) that do not fold, copied from s[i] on in a tight loop, each with
 * its source offset. Returns where the run stops: near the end, at another
 * character, at one that folds or ends a word fold (讯 of 资讯) or at bad
 * continuation bytes, all left to
 * label_fold_map's general way. Copying keeps the length: out and off
 * advance by as much as i.
 * Each step reads four bytes at once (so it stops 4 bytes before the end)
 * and writes four, the fourth overwritten by the next character: out has
 * room, as it holds n + 1 bytes and is never ahead of the input. */
static inline size_t copy_ideographs(const uint8_t *restrict s, size_t i, size_t n, uint32_t base,
                                     char *restrict out, uint32_t *restrict off)
{
    size_t start = i;
    while (i + 4 <= n) {
        uint8_t b[4];
        memcpy(b, s + i, 4);
        /* ideograph_keeps written out: gcc makes this loop 5% shorter so */
        if (b[0] - 0xE4u >= 6u || ((b[1] | b[2] << 8) & 0xC0C0) != 0x8080)
            break;
        uint32_t cp = (uint32_t)(b[0] & 0x0F) << 12 | (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3Fu);
        if (script_word_stop_in_range(cp))
            break;
        memcpy(out + (i - start), b, 4);
        off[i - start] = base + (uint32_t)i;
        i += 3;
    }
    return i;
}

size_t label_fold_map(const uint8_t *restrict s, size_t n, uint32_t base, char *restrict out,
                      uint32_t *restrict off)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint8_t b = s[i];
        if (b - 0xE4u < 6u) {
            size_t k = copy_ideographs(s, i, n, base, out + o, off + o);
            o += k - i;
            i = k;
            if (i >= n)
                break;
            b = s[i];
        }
        if (b < 0x80) { /* ASCII folds to itself, less white space, '?' and '|' */
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '?' && b != '|') {
                out[o] = (char)b;
                off[o++] = base + (uint32_t)i;
            }
            i++;
            continue;
        }
        uint32_t cp;
        int l;
        if ((b & 0xF0) == 0xE0 && i + 3 <= n) {
            /* most of a report: a CJK character, three bytes, decoded here */
            uint8_t b1 = s[i + 1], b2 = s[i + 2];
            cp = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(b1 & 0x3F) << 6 | (b2 & 0x3Fu);
            l = (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)
                    ? 0
                    : 3;
            if (l && cp >= 0x3010 && cp < 0xFF00 && !script_word_stop(cp)) {
                /* neither punctuation nor in the fold table: itself */
                out[o] = (char)b;
                out[o + 1] = (char)b1;
                out[o + 2] = (char)b2;
                off[o] = base + (uint32_t)i;
                o += 3;
                i += 3;
                continue;
            }
        } else {
            l = utf8_decode(s + i, n - i, &cp);
        }
        if (!l) {
            i++;
            continue;
        }
        if (cp != 0x3000 && cp != 0xFF1F && !utf8_format_cp(cp)) { /* an invisible format character: none (L034) */
            /* the filter and the punctuation block first: most characters
             * are neither and fold to themselves without a call */
            uint32_t f = script_folds(cp) || (cp >= 0xFF00) ||
                                 (cp >= 0x2000 && cp < 0x3010)
                             ? fold_cp(cp)
                             : cp;
            uint32_t at = base + (uint32_t)i;
            off[o] = at; /* at the code point's first byte only */
            if (f == cp) { /* most text: copy the bytes */
                copy_small(out + o, s + i, (size_t)l);
                o += (size_t)l;
            } else {
                char buf[4];
                size_t k = utf8_put(buf, f);
                if (k <= (size_t)l) { /* always: a fold keeps or shortens a length */
                    copy_small(out + o, buf, k);
                    o += k;
                }
            }
            if (f - SCRIPT_FOLD_LO <= SCRIPT_FOLD_HI - SCRIPT_FOLD_LO) /* not punctuation */
                word_fold_end(out, o); /* the offsets stay: 信 at 资's, 息 at 讯's */
        }
        i += (size_t)l;
    }
    out[o] = 0;
    off[o] = base + (uint32_t)n;
    return o;
}

size_t label_fold(const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        if (s[i] - 0xE4u < 6u && i + 3 <= n && ideograph_keeps(s + i)) {
            /* most of a label: an ideograph that folds to itself */
            if (o + 3 >= cap)
                break;
            copy_small(out + o, s + i, 3);
            o += 3;
            i += 3;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        i += (size_t)l;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == '?' ||
            cp == 0xFF1F || cp == '|' || utf8_format_cp(cp)) /* blanks; a format character (L034) */
            continue;
        cp = fold_cp(cp);
        char buf[4];
        int k = (int)utf8_put(buf, cp);
        if (o + (size_t)k >= cap)
            break;
        copy_small(out + o, buf, (size_t)k);
        o += (size_t)k;
        if (cp - SCRIPT_FOLD_LO <= SCRIPT_FOLD_HI - SCRIPT_FOLD_LO)
            word_fold_end(out, o);
    }
    out[o] = 0;
    return o;
}

/* A fragment of three bytes or more is compared where its first three
 * bytes stand in the corpus (genlabels' index of them: a binary search),
 * not searched for over the whole corpus; a shorter one is searched. */
bool label_is_fragment(const char *folded, size_t n)
{
    if (n == 0)
        return true;
    if (n < 3)
        return memmem(label_corpus, sizeof label_corpus - 1, folded, n) != NULL;
    const uint8_t *u = (const uint8_t *)folded;
    uint32_t key = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
    size_t lo = 0, hi = sizeof frag_keys / sizeof frag_keys[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (frag_keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == sizeof frag_keys / sizeof frag_keys[0] || frag_keys[lo] != key)
        return false;
    for (unsigned k = frag_first[lo]; k < frag_first[lo + 1]; k++)
        if (frag_pos[k] + n <= sizeof label_corpus - 1 && memcmp(label_corpus + frag_pos[k], folded, n) == 0)
            return true;
    return false;
}

/* Do the six bytes at a equal those at b (a numeral and 、, as
 * numbered_rows' displays begin)? Inline: a call to memcmp cost more. */
static inline bool same6(const uint8_t *a, const char *b)
{
    uint32_t x, y;
    uint16_t u, v;
    memcpy(&x, a, 4), memcpy(&y, b, 4), memcpy(&u, a + 4, 2), memcpy(&v, b + 4, 2);
    return x == y && u == v;
}

/* The character of three bytes at p (lead E0..EF and two continuation
 * bytes), else 0. */
static uint32_t char3_at(const uint8_t *p)
{
    if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3Fu);
}

/* Does [s, e) begin with the display text d (n bytes), as its bytes or, past
 * its numeral and 、 (the first six bytes, which the caller compared), with
 * characters of three bytes each that fold to d's (結轉 for 结转: the script
 * fold keeps a character's length, and d's simplified characters fold to
 * themselves, as folding twice changes nothing)? The line's fold then
 * begins with the fold of d. Anything else (white space, which the fold
 * drops, a byte it skips) is no match: the caller folds such a line. */
static bool display_at(const uint8_t *s, const uint8_t *e, const char *d, size_t n)
{
    if ((size_t)(e - s) < n)
        return false;
    if (memcmp(s, d, n) == 0)
        return true;
    const uint8_t *u = (const uint8_t *)d;
    for (size_t i = 6; i < n; i += 3) {
        if (i + 3 > n || !char3_at(u + i))
            return false;
        if (s[i] == u[i] && s[i + 1] == u[i + 1] && s[i + 2] == u[i + 2])
            continue;
        uint32_t cp = char3_at(s + i);
        if (!script_folds(cp) || script_to_simplified(cp) != char3_at(u + i))
            return false;
    }
    return true;
}

size_t label_numbered_row_at(const uint8_t *s, const uint8_t *e)
{
    for (size_t i = 0; i < sizeof numbered_rows / sizeof numbered_rows[0]; i++) {
        const char *d = label_entries[numbered_rows[i]].display;
        if (e - s < 6 || !same6(s, d))
            continue;
        size_t n = strlen(d);
        if (display_at(s, e, d, n))
            return n;
    }
    return 0;
}

bool label_numbered_row_line(const uint8_t *s, const uint8_t *e)
{
    for (size_t i = 0; i < sizeof numbered_rows / sizeof numbered_rows[0]; i++) {
        const char *d = label_entries[numbered_rows[i]].display;
        /* the numeral and 、 first, as written: they have no other form */
        if (e - s < 6 || !same6(s, d))
            continue;
        size_t n = strlen(d);
        if (!display_at(s, e, d, n))
            continue;
        for (const uint8_t *p = s + n; p < e; p++)
            if (*p >= 0x80)
                return label_cells_follow(s + n, e);
        return true;
    }
    return false;
}

bool label_cells_follow(const uint8_t *p, const uint8_t *e)
{
    if (p < e && (*p == '\t' || *p == '|'))
        return true;
    const uint8_t *q = p;
    uint32_t b;
    while (q < e && (b = utf8_blank_len(q, e)) != 0)
        q += b; /* blanks: space, TAB, U+3000, U+00A0 (core/utf8.h) */
    return q > p && q < e && *q >= '0' && *q <= '9';
}

/* Where the keywords of heading H, found in order in FOLDED each as early
 * as it can be (strstr from the end of the one before), end: the shortest
 * prefix of FOLDED that holds them all is this long, as a later start for
 * a keyword never ends it sooner. 0 when FOLDED does not hold them. */
static size_t keyword_end(const struct keyword_heading *h, const char *folded)
{
    const char *from = folded;
    for (int j = 0; j < 4 && h->kw[j]; j++) {
        const char *q = strstr(from, h->kw[j]);
        if (!q)
            return 0;
        from = q + strlen(h->kw[j]);
    }
    return (size_t)(from - folded);
}

/* Does FOLDED hold the keywords of heading H in order? (No keyword is
 * empty, so a heading that holds ends past 0.) */
static bool keyword_holds(const struct keyword_heading *h, const char *folded)
{
    return keyword_end(h, folded) != 0;
}

int label_keyword_heading(const char *folded)
{
    for (size_t i = 0; i < sizeof keyword_headings / sizeof keyword_headings[0]; i++)
        if (keyword_holds(&keyword_headings[i], folded))
            return keyword_headings[i].entry;
    return -1;
}

/* The characters the label fold (label_fold_cp) reads as the first
 * character of a keyword heading's first keyword (keyword_headings: 总体情况,
 * 主动公开, 收到…, 依申请公开, 复议…, 问题…, 其他…): 总 主 收 依 复 问 其 and
 * the forms that fold to them, 總 問 復 複 覆. A folded line holds a
 * heading's keywords only if it holds that character, and the fold writes
 * it only for one of these (the word folds write none of them): both are
 * checked over every code point by test_script_fold, so a new keyword or
 * fold entry that this list misses fails a test. Each is three bytes. */
#define KEYWORD_FIRSTS(X)                                                                                    \
    X(0x4E3B) X(0x4F9D) X(0x5176) X(0x554F) X(0x590D) X(0x5FA9) X(0x603B) X(0x6536) X(0x7E3D) X(0x8907)   \
        X(0x8986) X(0x95EE)
#define KEYWORD_FIRST_CP(cp) cp,
#define KEYWORD_FIRST_LAST_BIT(cp) | (UINT64_C(1) << ((cp) & 63))
#define KEYWORD_FIRST_MID_BIT(cp) | (UINT64_C(1) << ((cp) >> 6 & 63))
#define KEYWORD_FIRST_LAST_EQ(cp) m |= (bytes16)(v == (uint8_t)(0x80 | ((cp) & 0x3F)));
static const uint32_t keyword_firsts[] = {KEYWORD_FIRSTS(KEYWORD_FIRST_CP)};

/* Does one of KEYWORD_FIRSTS end at Q (its three bytes at Q - 2, within
 * [S, Q])? Its middle byte is tested against the list's bits first, which
 * most characters fail. */
static inline bool keyword_first_ends_at(const uint8_t *s, const uint8_t *q)
{
    const uint64_t mid = 0 KEYWORD_FIRSTS(KEYWORD_FIRST_MID_BIT);
    if (q - s < 2 || q[-2] - 0xE4u >= 6u || ((q[-1] | q[0] << 8) & 0xC0C0) != 0x8080 || !(mid >> (q[-1] & 63) & 1))
        return false;
    uint32_t cp = (uint32_t)(q[-2] & 0x0F) << 12 | (uint32_t)(q[-1] & 0x3F) << 6 | (q[0] & 0x3Fu);
    for (size_t k = 0; k < sizeof keyword_firsts / sizeof keyword_firsts[0]; k++)
        if (cp == keyword_firsts[k])
            return true;
    return false;
}

/* The bytes of the sixteen at P that may end one of KEYWORD_FIRSTS (its
 * last byte's value: ten values), as bits. */
static inline unsigned keyword_last_bytes(const uint8_t *p)
{
    bytes16 v = bytes16_at(p), m = {0};
    KEYWORD_FIRSTS(KEYWORD_FIRST_LAST_EQ)
    return bytes16_bits(m);
}

/* Does [s, e) hold one of KEYWORD_FIRSTS? Bytes only, before any fold:
 * a line without one names no keyword heading (line_kind then skips the
 * fold). The bytes that may end one found sixteen at a time inside the
 * line (the last sixteen overlapping the ones before them, their bytes
 * already asked left out), then each asked whole; a line shorter than
 * sixteen bytes byte by byte. A character is found by its bytes wherever
 * it stands, also right after a damaged one (the fold reads it there too). */
bool label_may_name_keyword(const uint8_t *s, const uint8_t *e)
{
    if (e - s < 16) {
        const uint64_t last = 0 KEYWORD_FIRSTS(KEYWORD_FIRST_LAST_BIT);
        for (const uint8_t *p = s; p < e; p++)
            if ((last >> (*p & 63) & 1) && keyword_first_ends_at(s, p))
                return true;
        return false;
    }
    for (const uint8_t *p = s;; p += 16) {
        unsigned bits;
        if (e - p <= 16) {
            bits = keyword_last_bytes(e - 16) >> (16 - (e - p)); /* [p, e) as bits 0.. */
        } else {
            bits = keyword_last_bytes(p);
        }
        for (; bits; bits &= bits - 1)
            if (keyword_first_ends_at(s, p + __builtin_ctz(bits)))
                return true;
        if (e - p <= 16)
            return false;
    }
}

/* Keyword J of keyword heading I (labels.def's variant '?'), NULL past
 * the last: the tests derive KEYWORD_FIRSTS' set from them. */
const char *label_keyword_heading_word(size_t i, size_t j)
{
    if (i >= sizeof keyword_headings / sizeof keyword_headings[0] || j >= 4)
        return NULL;
    return keyword_headings[i].kw[j];
}

/* The first holding heading is the answer: when none of KEY's headings
 * holds, that answer is not of KEY (or none), and the other sections'
 * keywords need no search. */
int label_keyword_heading_of(const char *folded, int key)
{
    for (size_t i = 0; i < sizeof keyword_headings / sizeof keyword_headings[0]; i++)
        if (label_entries[keyword_headings[i].entry].key == key && keyword_holds(&keyword_headings[i], folded))
            return label_keyword_heading(folded);
    return -1;
}

enum { KEYWORD_HEADINGS = sizeof keyword_headings / sizeof keyword_headings[0] };

/* The first heading from FROM on whose keywords end within the first L
 * bytes (END[i] of keyword_end), or KEYWORD_HEADINGS: label_keyword_heading
 * of the prefix of length L, as a prefix holds a heading's keywords when
 * their earliest end is within it. */
static size_t first_ending_within(const size_t *end, size_t from, size_t l)
{
    while (from < KEYWORD_HEADINGS && !(end[from] && end[from] <= l))
        from++;
    return from;
}

/* The shortest prefix of FOLDED (N bytes, answering ENTRY to
 * label_keyword_heading) that still answers ENTRY when cut a code point at
 * a time from its end. A prefix answers the first heading whose keywords'
 * earliest end (keyword_end) it reaches, so the answer holds down to that
 * end and is asked again one code point below it: each heading's keywords
 * searched once, not the whole list once per code point cut. */
size_t label_keyword_heading_len(const char *folded, size_t n, int entry)
{
    size_t end[KEYWORD_HEADINGS];
    for (size_t i = 0; i < KEYWORD_HEADINGS; i++)
        end[i] = keyword_end(&keyword_headings[i], folded);
    size_t m = n, i = first_ending_within(end, 0, n);
    while (i < KEYWORD_HEADINGS && keyword_headings[i].entry == entry) {
        m = end[i]; /* a code point's end: the keywords are whole ones */
        size_t p = m - 1;
        while (p > 0 && ((unsigned char)folded[p] & 0xC0) == 0x80)
            p--;
        i = first_ending_within(end, i + 1, p); /* the headings before i end past m */
    }
    return m;
}

/* rule: a caption's words may carry any blank between them, as a page
 * typesets them (caption-blank, utf8.h: a space, U+3000, a no-break
 * space, &nbsp;, a typographic space U+2000..U+200B); none is a word of
 * the caption, so 全县&nbsp;汇总情况 names 全县 as 全县汇总情况 does. One
 * fold for every reader of a caption's words (the lexer's, the builder's
 * scope class, P125's): label_fold of the words between such blanks. */
size_t caption_fold(const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, from = 0;
    for (size_t i = 0; i <= n;) {
        uint32_t b = i < n ? utf8_caption_blank_len(s + i, s + n) : 0;
        if (i < n && !b) {
            i++;
            continue;
        }
        if (i > from && cap - o > 1)
            o += label_fold(s + from, i - from, out + o, cap - o); /* the words between blanks */
        if (i == n)
            break;
        i += b;
        from = i;
    }
    if (cap)
        out[o < cap ? o : cap - 1] = 0;
    return o;
}
