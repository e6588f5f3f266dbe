#include "pos_cursor.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A place's column count: the code points of the n bytes at s, which
 * lie in a text at least 16 bytes before s + n when that is at least 16
 * bytes into it (base: the text's start). Out of line: inlined at its
 * four callers, the sixteen-byte loop cost parse 0.5 M instructions over
 * 300 reports. The bytes before s + n are read whole, never counted one
 * by one: under eight, the word ending at s + n shifted to them; else
 * sixteen a step and the last few as the sixteen ending at s + n, those
 * counted already masked off (COUNT_TAIL). A label's column, 30 to 60
 * bytes after its line's start, costs about half of utf8_count_wide's
 * words and bytes after its lanes. */
#if defined(__SSE2__)
/* sixteen 0s, then sixteen 0xFFs: the sixteen from r on keep the last r bytes */
static const uint8_t count_tail[32] = {0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
                                       0,    0,    0,    0,    0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                       0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif

__attribute__((noinline)) static uint32_t count_cps(const uint8_t *base, const uint8_t *s, size_t n)
{
    size_t before = (size_t)(s - base) + n; /* bytes of the text before s + n */
    if (n < 8 && before >= 8) {
        if (!n)
            return 0;
        uint64_t w;
        memcpy(&w, s + n - 8, 8);
        /* one bit per continuation byte (bit 7 set, bit 6 clear), the n
         * bytes of s at the top of the little-endian word */
        uint64_t c = (w & ~(w << 1) & 0x8080808080808080u) >> 7;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        c >>= 8 * (8 - n);
        return (uint32_t)n - (uint32_t)((c * 0x0101010101010101u) >> 56);
#else
        return utf8_count(s, n);
#endif
    }
#if defined(__SSE2__)
    /* each lane's byte counts up to n / 16 + 1 steps: at most 255 */
    if (n >= 8 && before >= 16 && n < 254 * 16) {
        const __m128i top2 = _mm_set1_epi8((char)0xC0), cont_bits = _mm_set1_epi8((char)0x80);
        __m128i lanes = _mm_setzero_si128();
        size_t i = 0;
        for (; n - i >= 16; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_and_si128(v, top2), cont_bits));
        }
        size_t r = n - i; /* under 16: the last r of the sixteen bytes ending at s + n */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
        __m128i keep = _mm_loadu_si128((const __m128i *)(const void *)(count_tail + r));
        lanes = _mm_sub_epi8(lanes, _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(v, top2), cont_bits), keep));
        __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128()); /* two sums of eight lanes */
        uint32_t cont = (uint32_t)_mm_cvtsi128_si32(sums) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
        return (uint32_t)n - cont;
    }
#endif
    return utf8_count_wide(s, n);
}

/* How far from the last place on its line a place is counted by
 * utf8_count_lanes (a paragraph's start to its end: the tree asks both,
 * most of a text's prose) rather than count_cps, whose loop costs less on
 * a few dozen bytes. */
enum { COUNT_FAR = 160 };

/* How many lines below the last place's line a place is looked for by
 * stepping over line starts (the next row of a table is a line or two
 * below) before the line index is asked. */
enum { BELOW_MAX = 4 };

/* How far into its line a place's column is counted from the line's
 * start, or from the last place on it: the places asked in order (a
 * paragraph's start and end, a row's cells) count each line about once,
 * fewer bytes than the marks' filling and their two counts of up to
 * DOC_COL_MARK bytes a place; further, doc_lines_position's marks keep a
 * place's cost bounded on a long line, whatever the order of the places
 * (a finding far along a line after a note near its start). */
enum { COUNT_MAX = DOC_MARK };

/* The line of a place a few lines below the last place's line (at at or
 * after c->next_line, at most the text's length, so that the sentinel
 * after the last start, len + 1, ends the steps without a test of the
 * line's index): found by stepping over the line starts from there,
 * its index in *li and where the next one starts in *after (a line's
 * start further back than COUNT_MAX is left to the marks). False when not
 * found so. */
static inline bool line_below(const pos_cursor *c, const doc_lines *l, uint32_t at, uint32_t *li, uint32_t *after)
{
    if (!l->starts)
        return false;
    uint32_t i = c->pos.line; /* the index of the line starting at c->next_line */
    uint32_t next = l->starts[i + 1]; /* the sentinel after the last line: len + 1 */
    for (int k = 0; at >= next; k++) {
        if (k == BELOW_MAX)
            return false;
        i++;
        next = l->starts[i + 1];
    }
    if (at - l->starts[i] > COUNT_MAX)
        return false;
    *li = i;
    *after = next;
    return true;
}

/* A place a few lines below the last place's line (line_below), its
 * column counted from its line's start. False when not found so; else p
 * and c->next_line are set. */
static bool below(pos_cursor *c, const doc_lines *l, uint32_t at, xxgk_pos *p)
{
    uint32_t li, after;
    if (!line_below(c, l, at, &li, &after))
        return false;
    uint32_t start = l->starts[li];
    p->line = li + 1;
    p->col = 1 + count_cps(l->src, l->src + start, at - start);
    c->next_line = after;
    return true;
}

/* How far past a place the run of ASCII after it is looked for, in words
 * of eight bytes: past a row's cells (a bound, so that a place costs no
 * more on a long line of ASCII). */
enum { ASCII_WORDS = 4 };

/* The inline case's bound for a place at off, with a limit: the least of
 * the limit and one past the end of the run of ASCII from off, looked
 * for over ASCII_WORDS words that lie within the text (bytes past the
 * line do no harm: the limit bounds them). Any bound up to the first byte
 * that is not ASCII is right (the inline case adds a column a byte only
 * over ASCII); how far it looks changes only which places are inline. */
static uint32_t ascii_end(const pos_cursor *c, uint32_t off)
{
    const uint8_t *s = c->lines->src;
    uint32_t at = off, len = c->lines->len;
    int k = 0;
#if defined(__SSE2__)
    /* two words a step while sixteen bytes lie within the text: their
     * high bits as a mask, whose lowest set bit is the first byte that is
     * not ASCII (half the steps and tests of the words below, which take
     * the rest) */
    for (; k < ASCII_WORDS && at < c->limit && len - at >= 16; k += 2) {
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + at)));
        if (high) {
            at += (uint32_t)__builtin_ctz(high);
            return at + 1 < c->limit ? at + 1 : c->limit;
        }
        at += 16;
    }
#endif
    for (; k < ASCII_WORDS && at < c->limit && len - at >= 8; k++) {
        uint64_t w;
        memcpy(&w, s + at, 8);
        uint64_t high = w & 0x8080808080808080u;
        if (high) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            at += (uint32_t)__builtin_ctzll(high) >> 3; /* the first byte's high bit is the lowest */
#else
            while (s[at] < 0x80)
                at++;
#endif
            break;
        }
        at += 8;
    }
    return at + 1 < c->limit ? at + 1 : c->limit;
}

/* doc_lines_position(l, at), the line found by pos_line: the column
 * counted from the line's start within COUNT_MAX, else asked of
 * doc_lines_position (its marks: a long line costs no more). */
static xxgk_pos position(const doc_lines *l, uint32_t at)
{
    if (!l->starts || at > l->len)
        return doc_lines_position(l, at);
    uint32_t li;
    xxgk_span line = pos_line(l, at, &li);
    if (at - line.start > COUNT_MAX)
        return doc_lines_position(l, at);
    return (xxgk_pos){li + 1, 1 + count_cps(l->src, l->src + line.start, at - line.start)};
}

/* xxgk_doc_position(doc, off), the same answer; the general case, which
 * also sets the cursor for the next place. On the line of the last place
 * and not before it: that place's column plus the code points between (a
 * column counts the bytes that are not continuation bytes, so counts add
 * up); a few lines below it: counted from that line's start (below); else
 * asked afresh. */
static xxgk_pos pos_cursor_seek(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    uint32_t at;
    const doc_lines *l = doc_shown(doc, off, &at);
    xxgk_pos p;
    if (c->lines == l && at >= c->off && at < c->next_line && at <= l->len && at - c->off <= COUNT_MAX) {
        p.line = c->pos.line;
        p.col = c->pos.col + count_cps(l->src, l->src + c->off, at - c->off);
    } else if (!(c->lines == l && at >= c->next_line && at <= l->len && below(c, l, at, &p))) {
        p = position(l, at);
        c->next_line = l->starts ? l->starts[p.line] : l->len + 1; /* the sentinel after the last line */
        c->lines = l;
    }
    if (at > l->len) /* doc_lines_position's clamp: never a base */
        c->lines = NULL;
    c->off = at;
    c->pos = p;
    c->limit = 0;
    c->ascii_end = 0;
    if (!doc->origin && c->lines == l) { /* the inline case of pos_cursor_at */
        c->end = (l->len < doc->len ? l->len : doc->len) + 1;
        c->limit = c->next_line < c->end ? c->next_line : c->end;
        c->ascii_end = ascii_end(c, at);
    }
    return p;
}

/* pos_cursor_seek for a place past the limit (the next row of a table, a
 * line or two below): on a text shown as it is, a place within it is its
 * own shown place, looked for a few lines below without asking again.
 * Not inlined into pos_cursor_next: there it cost export 0.2 M
 * instructions more (the compiler's choice, measured). */
static __attribute__((noinline)) xxgk_pos pos_cursor_below(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    uint32_t li, after;
    /* off >= limit and off < end: at or past next_line, within the text */
    if (off < c->end && line_below(c, c->lines, off, &li, &after)) {
        /* the cursor stored before the two counts, so that only c is
         * kept across their calls (no registers saved for the rest) */
        uint32_t start = c->lines->starts[li];
        c->pos.line = li + 1;
        c->next_line = after;
        c->limit = after < c->end ? after : c->end;
        c->off = off;
        c->pos.col = 1 + count_cps(c->lines->src, c->lines->src + start, off - start);
        c->ascii_end = ascii_end(c, c->off);
        return c->pos;
    }
    return pos_cursor_seek(c, doc, off);
}

/* pos_cursor_next's place on the line of the last place, COUNT_FAR to
 * COUNT_MAX bytes after it: counted by utf8_count_lanes. Not inlined, and called
 * last: pos_cursor_next keeps nothing across it (its registers as they
 * were without it). */
static __attribute__((noinline)) xxgk_pos pos_cursor_far(pos_cursor *c, uint32_t off)
{
    c->pos.col += utf8_count_lanes(c->lines->src + c->off, off - c->off);
    c->off = off;
    c->ascii_end = ascii_end(c, off);
    return c->pos;
}

/* pos_cursor_next's place on the line of the last place, under COUNT_FAR
 * bytes after it: counted by count_cps. Not inlined, as pos_cursor_far:
 * pos_cursor_next then only chooses and jumps (no registers saved for the
 * rest: 12,852 of bench300's 14,664 calls go on to pos_cursor_below). */
static __attribute__((noinline)) xxgk_pos pos_cursor_near(pos_cursor *c, uint32_t off)
{
    c->pos.col += count_cps(c->lines->src, c->lines->src + c->off, off - c->off);
    c->off = off;
    c->ascii_end = ascii_end(c, off);
    return c->pos;
}

/* With a limit: on the line of the last place and not before it, within
 * COUNT_MAX bytes, that place's column plus the code points between (a
 * column counts the bytes that are not continuation bytes, so counts add
 * up; from COUNT_FAR bytes on, pos_cursor_far); past the limit,
 * pos_cursor_below; else pos_cursor_seek. */
xxgk_pos pos_cursor_next(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    if (off >= c->off && off < c->limit && off - c->off <= COUNT_MAX) {
        if (off - c->off >= COUNT_FAR)
            return pos_cursor_far(c, off);
        return pos_cursor_near(c, off);
    }
    if (c->limit && off >= c->limit)
        return pos_cursor_below(c, doc, off);
    return pos_cursor_seek(c, doc, off);
}
