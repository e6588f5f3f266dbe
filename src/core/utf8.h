/* UTF-8 decoding, counting and display width. */
#ifndef XXGK_UTF8_H
#define XXGK_UTF8_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A title's end (P019, HTML title rows): the N bytes at S, trailing
 * blanks aside (spaces and CRs; in a cell, CELL, line breaks and TABs
 * too), end in 报告 (報告) and hold at least 24 bytes: the length without
 * the blanks; 0 otherwise. One test for a text line (tokens.c
 * foreign_title_line) and a table cell (grid.c is_title_words). */
static inline size_t utf8_report_title_end(const uint8_t *s, size_t n, bool cell)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' || (cell && (s[n - 1] == '\n' || s[n - 1] == '\t'))))
        n--;
    if (n < 24 || (memcmp(s + n - 6, "\xe6\x8a\xa5\xe5\x91\x8a", 6) && memcmp(s + n - 6, "\xe5\xa0\xb1\xe5\x91\x8a", 6)))
        return 0;
    return n;
}

/* Decode one code point at s (n bytes available). Returns its length, or 0
 * for an invalid or truncated sequence (then *cp is the lone byte). */
static inline int utf8_decode(const uint8_t *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    uint8_t c = s[0];
    *cp = c;
    if (c < 0x80)
        return 1;
    /* three bytes first: every CJK character, the common case by far; each
     * length its own straight-line test (no loop), the same rules:
     * continuation bytes 10xxxxxx, no overlong form, no surrogate, nothing
     * past U+10FFFF */
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
                     ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        if (v < 0x10000 || v > 0x10FFFF)
            return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

/* The code point at s[*i] of a text ending at e, *i moved past it; 0 at e
 * or on a bad byte (*i then unmoved). */
static inline uint32_t utf8_next(const uint8_t *s, uint32_t *i, uint32_t e)
{
    uint32_t cp;
    int l = *i < e ? utf8_decode(s + *i, e - *i, &cp) : 0;
    if (l <= 0)
        return 0;
    *i += (uint32_t)l;
    return cp;
}

/* Whether the eight bytes at p (all readable) begin with two three-byte
 * sequences by their form alone, tested in one word: the leads (bytes 0
 * and 3) 1110xxxx, the four continuation bytes 10xxxxxx. Each caller then
 * checks which leads it takes (an overlong E0, a surrogate ED, a range
 * of ideographs): the fast loops over runs of CJK text. */
static inline bool utf8_two_form3(const uint8_t *p)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    const uint64_t mask = 0xF0C0C0F0C0C00000u, want = 0xE08080E080800000u;
#else
    const uint64_t mask = 0x0000C0C0F0C0C0F0u, want = 0x00008080E08080E0u;
#endif
    uint64_t w;
    memcpy(&w, p, 8);
    return (w & mask) == want;
}

/* Encode a code point (at most 4 bytes); returns its length. */
static inline size_t utf8_put(char *s, uint32_t cp)
{
    if (cp < 0x80) {
        s[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    s[0] = (char)(0xF0 | (cp >> 18));
    s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    s[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Code points in n bytes: the bytes that are not continuation bytes (a
 * continuation byte without its lead byte counts with the character before
 * it; positions in invalid text are given in bytes by the diagnostics). */
static inline uint32_t utf8_count(const uint8_t *s, size_t n)
{
    uint32_t k = 0;
    size_t i = 0;
    /* eight bytes at a time: a continuation byte is 10xxxxxx, bit 7 set
     * and bit 6 (shifted up into bit 7's place) clear */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* one bit per continuation byte, at the bottom of its byte; the
         * multiply adds the eight bytes into the top one (no popcount: the
         * build targets plain x86-64, where it is a library call) */
        uint64_t c = (w & ~(w << 1) & 0x8080808080808080u) >> 7;
        k += 8u - (uint32_t)((c * 0x0101010101010101u) >> 56);
    }
    for (; i < n; i++)
        k += (s[i] & 0xC0) != 0x80;
    return k;
}

/* utf8_count(s, n) sixteen bytes a step where the target has SSE2 (every
 * x86-64), for counts of up to hundreds of bytes (the columns of the line
 * index and the printers' positions; below UTF8_COUNT_WIDE bytes the words of utf8_count cost less
 * than setting up the lanes and summing them). The continuation bytes
 * (10xxxxxx) of each lane are added up in a byte per lane, over at most
 * 255 steps before the lanes are summed, so that none overflows. */
enum { UTF8_COUNT_WIDE = 32 };
static inline uint32_t utf8_count_wide(const uint8_t *s, size_t n)
{
#if defined(__SSE2__)
    if (n < UTF8_COUNT_WIDE)
        return utf8_count(s, n);
    size_t i = 0;
    uint32_t cont = 0;
    const __m128i top2 = _mm_set1_epi8((char)0xC0), cont_bits = _mm_set1_epi8((char)0x80);
    while (n - i >= 16) {
        __m128i lanes = _mm_setzero_si128();
        for (int k = 0; k < 255 && n - i >= 16; k++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            /* -1 in a lane holding a continuation byte */
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_and_si128(v, top2), cont_bits));
        }
        __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128()); /* two sums of eight lanes */
        cont += (uint32_t)_mm_cvtsi128_si32(sums) + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
    return (uint32_t)i - cont + utf8_count(s + i, n - i);
#else
    return utf8_count(s, n);
#endif
}

/* utf8_count(s, n) in four sixteen-byte lanes, 64 bytes a step, out of
 * line (utf8_lanes.c): for runs of hundreds of bytes and more. */
uint32_t utf8_count_lanes(const uint8_t *s, size_t n);

/* utf8_count_lanes(s, UTF8_BLOCK), the size a constant: a long line's
 * column marks (doc.c's DOC_COL_MARK) count blocks of this size. */
enum { UTF8_BLOCK = 256 };
uint32_t utf8_count_block(const uint8_t *s);

/* Terminal cells taken by a code point: 2 for East Asian wide and fullwidth. */
static inline int utf8_width(uint32_t cp)
{
    if (cp == 0)
        return 0;
    if (cp < 0x1100)
        return 1;
    if ((cp <= 0x115F) || cp == 0x2329 || cp == 0x232A ||
        (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
        (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}
/* The length of an invisible format character at s (n bytes readable),
 * else 0: U+200B zero-width space, U+200C non-joiner, U+200D joiner,
 * U+2060 word joiner, U+FEFF (a BOM inside the text), U+00AD soft hyphen.
 * Editors and CMSs put them into text; they are never a report's own
 * (the lexer skips them with L034, a number is read through them). */
static inline size_t utf8_format_len(const uint8_t *s, size_t n)
{
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
        return 2;
    if (n < 3)
        return 0;
    if (s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0x8B && s[2] <= 0x8D) || (s[1] == 0x81 && s[2] == 0xA0)))
        return 3;
    return s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
}
/* Is CP one of the invisible format characters utf8_format_len finds? */
static inline bool utf8_format_cp(uint32_t cp)
{
    return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}
/* A blank of copied text at P before END: its length (space, TAB, U+3000
 * E3 80 80, NBSP C2 A0), else 0. */
static inline uint32_t utf8_blank_len(const uint8_t *p, const uint8_t *end)
{
    if (*p == ' ' || *p == '\t')
        return 1;
    if (end - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;
    return end - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0 ? 2 : 0;
}
/* caption-blank : ' ' | TAB | U+3000 | U+00A0 | U+2000..U+200B | U+202F | U+205F
 * A blank a caption's words may carry at P before END (how a page set
 * them: &nbsp;, a typographic space; never a word of the caption): its
 * bytes, else 0. The one rule of it: the caption's fold (labels.c
 * caption_fold) and its year's reading (numerals.c numeral_year) skip
 * these; a TAB between a caption's words is asked apart (a cell's edge). */
static inline uint32_t utf8_caption_blank_len(const uint8_t *p, const uint8_t *end)
{
    uint32_t b = utf8_blank_len(p, end);
    if (b || end - p < 3 || p[0] != 0xE2)
        return b;
    if (p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8B)
        return 3; /* U+2000..U+200B */
    return (p[1] == 0x80 && p[2] == 0xAF) || (p[1] == 0x81 && p[2] == 0x9F) ? 3 : 0; /* U+202F, U+205F */
}
/* The wide bar between printed cells, three bytes at P (the caller knows
 * they are there): ｜ (U+FF5C), or a vertical of a box-drawn table copied
 * as text, │ ┃ ║ (U+2502, U+2503, U+2551: a border is layout, the cell
 * inside it is read as between | bars). The narrow one is '|'. */
static inline bool utf8_wide_bar(const uint8_t *p)
{
    if (p[0] == 0xEF)
        return p[1] == 0xBD && p[2] == 0x9C;
    return p[0] == 0xE2 &&
           ((p[1] == 0x94 && (p[2] == 0x82 || p[2] == 0x83)) || (p[1] == 0x95 && p[2] == 0x91));
}
/* A line [P, E) that opens and closes with a cell bar, its blanks at
 * either edge aside (│<TAB>规章<TAB>│<TAB>12<TAB>│): a bar row, whose
 * cells the bars delimit and whose TABs pad them (the lexer's bar_row_line,
 * build_row.c shared_cell). Cost: the line's edge blanks. */
static inline bool utf8_bar_framed(const uint8_t *p, const uint8_t *e)
{
    uint32_t n;
    while (p < e && (n = utf8_blank_len(p, e)) > 0)
        p += n;
    if (p >= e || !(*p == '|' || (e - p >= 3 && utf8_wide_bar(p))))
        return false;
    for (;;) { /* the trailing blanks: space, TAB, U+3000, NBSP, a CR */
        if (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        else if (e - p >= 3 && e[-3] == 0xE3 && e[-2] == 0x80 && e[-1] == 0x80)
            e -= 3;
        else if (e - p >= 2 && e[-2] == 0xC2 && e[-1] == 0xA0)
            e -= 2;
        else
            break;
    }
    size_t w = *p == '|' ? 1 : 3;
    return (size_t)(e - p) > w && (e[-1] == '|' || ((size_t)(e - p) >= w + 3 && utf8_wide_bar(e - 3)));
}
/* A full-width digit ０-９ (EF BC 90..99) at P before END: its value, else -1. */
static inline int utf8_fw_digit(const uint8_t *p, const uint8_t *end)
{
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99 ? p[2] - 0x90 : -1;
}
/* A digit at P before END, ASCII or full width (０-９): its bytes (1 or
 * 3), else 0. */
static inline unsigned utf8_digit_len(const uint8_t *p, const uint8_t *end)
{
    return p < end && *p >= '0' && *p <= '9' ? 1 : utf8_fw_digit(p, end) >= 0 ? 3 : 0;
}
/* A full-width point ． (EF BC 8E) at P before END: a decimal point of
 * crawler page text typed in full width, as its digits are. */
static inline bool utf8_fw_point(const uint8_t *p, const uint8_t *end)
{
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8E;
}
/* utf8_wide_bar for a decoded code point. */
static inline bool utf8_wide_bar_cp(uint32_t cp)
{
    return cp == 0xFF5C || cp == 0x2502 || cp == 0x2503 || cp == 0x2551;
}
#endif
