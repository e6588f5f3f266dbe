/* Text for agency, year and date: code points without spaces, folded for
 * matching, with their byte offsets for locations. */
#include <stdlib.h>
#include <string.h>

#include "bytes16.h"
#include "filter_text.h"
#include "meta.h"
#include "numerals.h"
#include "script_fold.h"
#include "utf8.h"

mt_text *mt_new(int n) { return malloc((size_t)n * sizeof(mt_text)); }

/* A blank, or a zero-width character a page's editor left (U+200B-U+200D,
 * U+2060, U+FEFF): nothing a reader sees inside a name (青禾县教育\u200b局
 * is 青禾县教育局), a gap between two names as a space is. */
static bool dropped(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || cp == '\r' ||
           cp - 0x200Bu <= 2u || cp == 0x2060;
}

/* Words no name holds: the report's own words and the page's chrome. */
static const char32_t *const foreign_words[] = {
    U"报告", U"信息", U"公开", U"年度", U"工作", U"标题", U"名称", U"题名", U"来源", U"发布",
    U"位置", U"打印", U"字体", U"障碍", U"正文", U"分类", U"编制", U"根据", U"联系", U"条例",
    U"规定", U"通知", U"浏览", U"日期", U"时间", U"索引", U"首页", U"网站", U"门户", NULL};

enum { NFOREIGN = sizeof foreign_words / sizeof foreign_words[0] - 1 };
_Static_assert(NFOREIGN <= 32, "a bit per foreign word");

/* The foreign words by the low byte of their first code point, a bit
 * each in list order: written out from the list above (made per document
 * before); mt_foreign_index_holds says whether it still is what the list
 * makes. */
static const uint32_t foreign_start[MT_BUCKETS] = {
    [0x06] = 0x00008000u, [0x07] = 0x00000020u, [0x0D] = 0x00000040u, [0x16] = 0x00010000u,
    [0x1A] = 0x00200000u, [0x22] = 0x02000000u, [0x39] = 0x00020000u, [0x4D] = 0x00000400u,
    [0x4F] = 0x00400000u, [0x51] = 0x08000000u, [0x53] = 0x00000800u, [0x54] = 0x00040000u,
    [0x57] = 0x00001000u, [0x61] = 0x00080000u, [0x63] = 0x00004000u, [0x65] = 0x00000100u,
    [0x6C] = 0x00000004u, [0x74] = 0x00000008u, [0x96] = 0x04000000u, [0x98] = 0x00000080u,
    [0x9C] = 0x00002000u, [0xA5] = 0x00000001u, [0xC4] = 0x00100000u, [0xD1] = 0x00000200u,
    [0xE1] = 0x00000002u, [0xE5] = 0x00800010u, [0xE8] = 0x10000000u, [0xF6] = 0x01000000u,
};

bool mt_foreign_index_holds(void)
{
    uint32_t bucket[MT_BUCKETS] = {0};
    for (int w = 0; w < NFOREIGN; w++)
        bucket[foreign_words[w][0] & (MT_BUCKETS - 1)] |= 1u << w;
    return memcmp(bucket, foreign_start, sizeof bucket) == 0;
}

/* No fold kept yet (0 is no code point a fold is kept for). */
void mt_fold_cache_init(mt_fold_cache *fc) { memset(fc->cp, 0, sizeof fc->cp); }

/* Length of the first foreign word of the list starting at i among bits,
 * else 0: bits in list order, so the lowest set bit that matches is the
 * first. */
static uint8_t foreign_at(const mt_text *t, int i, uint32_t bits)
{
    for (uint32_t b = bits; b; b &= b - 1) {
        int l = mt_word_at(t, i, foreign_words[__builtin_ctz(b)]);
        if (l)
            return (uint8_t)l;
    }
    return 0;
}

/* Mark where a foreign word and a field label start, once per text: names
 * are asked of every string of the preamble, fields of every position.
 * One look at the two indexes per position; mostly neither list has a
 * word starting with its code point. From index from on: a walk that went
 * on from a cut marked those before it, and no word (all CJK) runs across
 * the inert code point the cut was made before. */
static void mark_words(mt_text *t, int from)
{
    size_t n = (size_t)(t->n - from);
    memset(t->foreign + from, 0, n);
    memset(t->field + from, 0, n);
    memset(t->label + from, 0, n);
    for (int i = from; i < t->n; i++) {
        unsigned h = t->f[i] & (MT_BUCKETS - 1);
        if (!(foreign_start[h] | meta_label_start[h]))
            continue;
        t->foreign[i] = foreign_at(t, i, foreign_start[h]);
        meta_field_mark_at(t, i, meta_label_start[h]);
    }
}

/* The code point at src[i] (i < e) and its length: a three-byte character
 * whose lead rules out an overlong form and a surrogate (E1-EC: every
 * ideograph but those of U+3400-U+3FFF) and an ASCII byte in place, the
 * rest through utf8_decode; U+FFFD and 1 for a byte that is no character. */
static inline uint32_t mt_next_cp(const uint8_t *src, uint32_t i, uint32_t e, uint32_t *len)
{
    uint8_t c = src[i];
    if (c >= 0xE1 && c <= 0xEC && e - i >= 3 && ((src[i + 1] ^ 0x80) | (src[i + 2] ^ 0x80)) < 0x40) {
        *len = 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(src[i + 1] & 0x3F) << 6 | (src[i + 2] & 0x3F);
    }
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    uint32_t cp;
    int l = utf8_decode(src + i, e - i, &cp);
    *len = l ? (uint32_t)l : 1;
    return l ? cp : 0xFFFD;
}

/* The ideographs right after one just kept, from src[i] on, kept as
 * mt_load keeps them (t->n is *n): one like the one before it, on its
 * line, inside or outside 《》 as it was, no gap before it. Three-byte
 * forms with leads E4-E9 (U+4000-U+9FFF, the bulk of a text) only, less
 * U+4DC0-U+4DFF (hexagrams, between the two blocks mt_cjk takes); the
 * run stops before anything else. The bound of the loop (room in the
 * arrays, three bytes left) is counted once, not tested per character.
 * Returns the byte after the run. */
static uint32_t ideograph_run(mt_text *t, const uint8_t *src, uint32_t i, uint32_t e, int *np)
{
    int n = *np;
    uint8_t book = t->book[n - 1];
    int lim = (uint32_t)(MT_MAX - n) < (e - i) / 3 ? MT_MAX : n + (int)((e - i) / 3);
    for (const uint8_t *p = src + i; n < lim; p += 3, n++) {
        unsigned c = (unsigned)p[0] - 0xE4, b1 = p[1] ^ 0x80u, b2 = p[2] ^ 0x80u;
        if (c > 0xE9 - 0xE4 || (b1 | b2) >= 0x40)
            break;
        uint32_t cp = (0x4000u + (c << 12)) | b1 << 6 | b2;
        if (cp - 0x4DC0u < 0x40u) /* no ideograph (mt_cjk) */
            break;
        t->book[n] = book;
        t->gap[n] = 0;
        t->cp[n] = cp;
        t->f[n] = script_folds_in_range(cp) ? script_to_simplified(cp) : cp;
        t->off[n] = (uint32_t)(p - src);
    }
    i += (uint32_t)(n - *np) * 3;
    *np = n;
    return i;
}

/* The printable ASCII bytes ('!' to '~') right after one just kept, kept
 * as mt_load keeps them (t->n is *n): no line break, space or bracket
 * among them, no < or & (where markup may start: mt_walk's to judge), each its own fold, inside or outside 《》 as the one before,
 * no gap before it (a page's URLs and dates). The bound counted once, as
 * in ideograph_run. Returns the byte after. */
static uint32_t ascii_run(mt_text *t, const uint8_t *src, uint32_t i, uint32_t e, int *np)
{
    /* the bytes the run keeps, '!' to '~' less < and &: a bit each (bits
     * 0x21-0x3F of the first word but 0x26 and 0x3C, 0x40-0x7E of the
     * second), one test a byte, not three compares */
    static const uint64_t kept[2] = {0xEFFFFFBE00000000u, 0x7FFFFFFFFFFFFFFFu};
    int n = *np;
    uint8_t book = t->book[n - 1];
    int lim = (uint32_t)(MT_MAX - n) < e - i ? MT_MAX : n + (int)(e - i);
    for (; n < lim; i++, n++) {
        uint8_t c = src[i]; /* read once: the stores below may alias it */
        if (c >= 0x80 || !(kept[c >> 6] >> (c & 63) & 1))
            break;
        t->book[n] = book;
        t->gap[n] = 0;
        t->cp[n] = c;
        t->f[n] = c;
        t->off[n] = i;
    }
    *np = n;
    return i;
}

/* Can no field's label, separator or value, no date and no name hold the
 * code point cp (folded f), nor run across it? Not CJK (labels, foreign
 * words, names and 年 月 日 are), no digit, no separator (: |) and no
 * date's (- / .). A load cut right before one reads the same fields and
 * dates before it as the whole text does (mt_load_until). */
static bool inert(uint32_t cp, uint32_t f)
{
    return !mt_cjk(cp) && !mt_cjk(f) && numeral_digit(cp) < 0 && f != ':' && f != '|' && f != '-' &&
           f != '/' && f != '.';
}

/* The fold of a code point that is no ideograph: the last folds kept by a
 * hash of the code point (text repeats its characters). */
static inline uint32_t other_fold(mt_fold_cache *fc, uint32_t cp)
{
    if (cp < 0x80)
        return cp;
    uint32_t h = (cp ^ (cp >> 8)) & 255;
    if (fc->cp[h] != cp) {
        fc->cp[h] = cp;
        fc->f[h] = meta_fold_cp(cp);
    }
    return fc->f[h];
}

/* The walk of mt_load from where t->walk stands, up to its end or, when
 * stop is before it, up to the first inert code point kept at or after
 * byte stop (left unread: t->walk stands on it). Spaces dropped; a line
 * break only starts a line (titles are broken across lines at any point,
 * so their pieces join). The walk's state is kept in locals: a store to
 * t->book or t->gap (bytes) could be any of t's fields for all the
 * compiler knows, which it would read again at every code point. */
static void mt_walk(mt_text *t, mt_fold_cache *fc, uint32_t stop)
{
    const uint8_t *src = t->src;
    struct mt_walk st = t->walk;
    uint32_t e = st.e, run_end = stop < e ? stop : e; /* the runs stop at stop */
    bool bol = st.bol, gap = st.gap;
    int depth = st.depth, n = t->n, from = n, nlines = t->nlines;
    uint32_t last_end = st.last_end; /* the end of the last code point kept */
    uint32_t i = st.i;
    const uint8_t *unclosed = NULL; /* ft_unseen_markup_at: no comment closes from there on */
    while (i < e && n < MT_MAX) {
        uint32_t at = i, l;
        uint32_t cp = mt_next_cp(src, i, e, &l);
        i += l;
        /* an ideograph, most of the text, is no line break, space or
         * bracket: the tests for those only for the rest */
        bool other = !mt_cjk(cp);
        if (other && cp == '\n') {
            bol = gap = true;
            continue;
        }
        if (other && dropped(cp)) {
            gap = true;
            continue;
        }
        size_t ml; /* markup a page's source left in a text: a gap */
        if (other && (cp == '<' || cp == '&') && (ml = ft_unseen_markup_at(src + at, src + e, &unclosed)) != 0) {
            i = at + (uint32_t)ml;
            gap = true;
            continue;
        }
        if (at >= stop && other && inert(cp, other_fold(fc, cp))) {
            i = at;
            break;
        }
        if (bol && n > 0 && nlines < MT_LINES && t->line[nlines - 1] < n)
            t->line[nlines++] = n;
        bol = false;
        if (other && (cp == 0x300A || cp == 0x3008)) /* 《 〈 */
            depth++;
        t->book[n] = depth > 0;
        t->gap[n] = gap;
        gap = false;
        if (other && (cp == 0x300B || cp == 0x3009) && depth > 0)
            depth--;
        t->cp[n] = cp;
        /* an ideograph: meta_fold_cp is the script fold alone, and most
         * do not fold (one bit says so) */
        if (!other)
            t->f[n] = script_folds_in_range(cp) ? script_to_simplified(cp) : cp;
        else
            t->f[n] = other_fold(fc, cp);
        t->off[n++] = at;
        if (!other)
            i = ideograph_run(t, src, i, e, &n);
        else if (cp > ' ' && cp < 0x7F) /* past stop, a byte at a time (inert) */
            i = ascii_run(t, src, i, run_end > i ? run_end : i, &n);
        last_end = i;
    }
    t->n = n;
    t->nlines = nlines;
    /* cut before a code point: the index after the last is its place */
    t->off[n] = i < e && n < MT_MAX ? i : n ? last_end : st.s;
    t->walk = (struct mt_walk){st.s, i < e && n < MT_MAX ? i : e, e, last_end, depth, bol, gap};
    mark_words(t, from);
}

/* The walk's start at byte s of [s, e) of src, nothing kept yet. */
static void mt_start(mt_text *t, const uint8_t *src, uint32_t s, uint32_t e)
{
    t->src = src;
    t->n = 0;
    t->nlines = 1;
    t->line[0] = 0;
    t->off[0] = s;
    t->walk = (struct mt_walk){s, s, e, s, 0, false, true};
}

void mt_load(mt_text *t, mt_fold_cache *fc, const uint8_t *src, uint32_t s, uint32_t e)
{
    mt_start(t, src, s, e);
    mt_walk(t, fc, e);
}

bool mt_load_until(mt_text *t, mt_fold_cache *fc, const uint8_t *src, uint32_t s, uint32_t e,
                   uint32_t stop)
{
    mt_start(t, src, s, e);
    mt_walk(t, fc, stop);
    return mt_loaded(t);
}

void mt_load_rest(mt_text *t, mt_fold_cache *fc)
{
    if (!mt_loaded(t))
        mt_walk(t, fc, t->walk.e);
}

bool mt_next_kept(const uint8_t *src, uint32_t *i, uint32_t e, uint32_t *f)
{
    while (*i < e) {
        uint32_t l, cp = mt_next_cp(src, *i, e, &l);
        *i += l;
        if (mt_cjk(cp)) {
            *f = script_folds_in_range(cp) ? script_to_simplified(cp) : cp;
            return true;
        }
        if (cp != '\n' && !dropped(cp)) {
            *f = 0;
            return true;
        }
    }
    return false;
}

/* The code points kept from byte i on are word[0..n)? */
static bool kept_word_at(const uint8_t *src, uint32_t i, uint32_t e, const uint32_t *word, int n)
{
    uint32_t f;
    for (int m = 0; m < n; m++)
        if (!mt_next_kept(src, &i, e, &f) || f != word[m])
            return false;
    return true;
}

/* The fold mt_next_kept gives a code point it keeps: an ideograph's
 * script fold, 0 for anything else. A fold folds to itself (the table
 * follows a chain to its end), so a fold given again gives itself. */
static inline uint32_t kept_fold(uint32_t cp)
{
    return !mt_cjk(cp) ? 0 : script_folds_in_range(cp) ? script_to_simplified(cp) : cp;
}

/* The ideographs of leads E4-E9 from src[i] on (i < lim, three bytes
 * each before e) that are neither the word's first code point nor one
 * that folds: none of them can start the word, so only the last is kept
 * in mind (*prev, its code point: kept_fold makes it the fold when a
 * match asks for it). Returns the byte where the run stops. */
static uint32_t skip_ideographs(const uint8_t *src, uint32_t i, uint32_t e, uint32_t w0, uint32_t *prev)
{
    const uint8_t *p = src + i, *lim = src + e - 2; /* a whole character before e */
    uint32_t last = *prev;
    for (; p < lim; p += 3) {
        unsigned c = (unsigned)p[0] - 0xE4, b1 = p[1] ^ 0x80u, b2 = p[2] ^ 0x80u;
        if (c > 0xE9 - 0xE4 || (b1 | b2) >= 0x40)
            break;
        uint32_t cp = (0x4000u + (c << 12)) | b1 << 6 | b2;
        if (cp == w0 || script_folds_in_range(cp))
            break;
        last = cp;
    }
    *prev = last;
    return (uint32_t)(p - src);
}

/* The fold mt_holds_after's walk gives after() for the last code point it
 * keeps before byte q (from s on: 0 for none), read back from q: 1 when
 * found, 0 when the bytes before q are not read back surely (anything but
 * ASCII and whole characters of three bytes), which the walk from s
 * then answers. Every byte that is no continuation byte starts a code
 * point of the walk (a character of it holds continuation bytes only
 * after its first), so a whole character of three bytes right before q is
 * one the walk read. */
static int kept_fold_before(const uint8_t *src, uint32_t s, uint32_t q, uint32_t *f)
{
    while (q > s) {
        uint8_t b = src[q - 1];
        if (b < 0x80) { /* the walk's ASCII: line breaks and spaces dropped */
            if (b == '\n' || b == ' ' || b == '\t' || b == '\r') {
                q--;
                continue;
            }
            *f = 0;
            return 1;
        }
        uint32_t cp;
        if (q - s < 3 || (src[q - 3] & 0xF0) != 0xE0 || utf8_decode(src + q - 3, 3, &cp) != 3)
            return 0;
        if (mt_cjk(cp)) {
            *f = kept_fold(cp);
            return 1;
        }
        if (!dropped(cp)) {
            *f = 0;
            return 1;
        }
        q -= 3;
    }
    *f = 0;
    return 1;
}

/* How many forms of a word's first code point (itself and what folds to
 * it) mt_holds_after looks for at once. */
enum { HOLD_FORMS = 8 };

/* mt_holds_after from the places where the word's first code point can
 * stand: the three bytes of a form of it (the code point, and each that
 * folds to it: script_from_simplified), sixteen places at a time; at
 * each, the code point kept before it read back (kept_fold_before) and
 * the rest of the word read on. The walk keeps every code point of the
 * forms it meets (each a character of three bytes, an ideograph) and asks
 * the same of each, so the answer is the walk's: 1 or 0; -1 when a form
 * is not looked for so (a first code point that is no ideograph, more
 * forms than HOLD_FORMS) or a place's code point before is not read back
 * surely, and the walk answers. */
static int holds_after_at_forms(const uint8_t *src, uint32_t s, uint32_t e, const uint32_t *word, int n,
                                bool (*after)(uint32_t f))
{
    uint32_t forms[HOLD_FORMS];
    forms[0] = word[0];
    int k = n >= 1 && mt_cjk(word[0]) ? script_from_simplified(word[0], forms + 1, HOLD_FORMS - 1) : -1;
    if (k < 0 || e <= s || e - s < 3)
        return -1;
    int nf = 1 + k;
    uint8_t enc[HOLD_FORMS][3];
    for (int j = 0; j < nf; j++) { /* U+3400..U+9FFF: three bytes each */
        enc[j][0] = (uint8_t)(0xE0 | forms[j] >> 12);
        enc[j][1] = (uint8_t)(0x80 | (forms[j] >> 6 & 0x3F));
        enc[j][2] = (uint8_t)(0x80 | (forms[j] & 0x3F));
    }
    uint32_t last = e - 3; /* the last place a whole character before e starts */
    for (uint32_t i = s; i <= last;) {
        unsigned bits = 0;
        uint32_t step;
        if (last - i >= 15 && e - i >= 18) { /* sixteen places, their bytes all before e */
            bytes16 a = bytes16_at(src + i), b = bytes16_at(src + i + 1), c = bytes16_at(src + i + 2);
            bytes16 m = {0};
            for (int j = 0; j < nf; j++)
                m |= (bytes16)(a == enc[j][0]) & (bytes16)(b == enc[j][1]) & (bytes16)(c == enc[j][2]);
            bits = bytes16_bits(m);
            step = 16;
        } else {
            for (int j = 0; j < nf; j++)
                if (memcmp(src + i, enc[j], 3) == 0)
                    bits = 1;
            step = 1;
        }
        for (; bits; bits &= bits - 1) {
            uint32_t at = i + (uint32_t)__builtin_ctz(bits), cp, f;
            utf8_decode(src + at, 3, &cp);
            if (kept_fold(cp) != word[0])
                continue; /* a form itself folding on: not the word's */
            if (!kept_fold_before(src, s, at, &f))
                return -1;
            if (after(kept_fold(f)) && kept_word_at(src, at + 3, e, word + 1, n - 1))
                return 1;
        }
        i += step;
    }
    return 0;
}

/* mt_next_kept's walk, an ideograph of leads E4-E9 (the bulk of a text)
 * and an ASCII byte taken in place; a run of ideographs that cannot start
 * the word skipped (skip_ideographs), the code point before a match
 * folded only then. */
bool mt_holds_after(const uint8_t *src, uint32_t s, uint32_t e, const uint32_t *word, int n,
                    bool (*after)(uint32_t f))
{
    int fast = holds_after_at_forms(src, s, e, word, n, after);
    if (fast >= 0)
        return fast;
    uint32_t prev = 0, f; /* the last code point kept, or its fold: 0 for none or no ideograph */
    for (uint32_t i = s; i < e;) {
        if ((i = skip_ideographs(src, i, e, word[0], &prev)) >= e)
            break;
        unsigned c = (unsigned)src[i] - 0xE4;
        if (c <= 0xE9 - 0xE4 && e - i >= 3 && ((src[i + 1] ^ 0x80u) | (src[i + 2] ^ 0x80u)) < 0x40) {
            uint32_t cp = (0x4000u + (c << 12)) | (src[i + 1] ^ 0x80u) << 6 | (src[i + 2] ^ 0x80u);
            i += 3;
            f = kept_fold(cp);
        } else if (src[i] < 0x80) { /* a line break or a space dropped, else no ideograph */
            uint8_t b = src[i++];
            if (b == '\n' || b == ' ' || b == '\t' || b == '\r')
                continue;
            f = 0;
        } else if (!mt_next_kept(src, &i, e, &f)) {
            break;
        }
        if (f == word[0] && after(kept_fold(prev)) && kept_word_at(src, i, e, word + 1, n - 1))
            return true;
        prev = f;
    }
    return false;
}

uint32_t mt_fold_before(const uint8_t *src, uint32_t s, uint32_t x)
{
    while (x > s) {
        /* mt_load walks forward and stops on every byte that is not a
         * continuation byte (a character never covers one): the character
         * before x starts at the last such byte, or the byte before x is a
         * stray one, read alone */
        uint32_t y = x - 1;
        while (y > s && x - y < 4 && (src[y] & 0xC0) == 0x80)
            y--;
        uint32_t cp;
        int l = (src[y] & 0xC0) == 0x80 ? 0 : utf8_decode(src + y, x - y, &cp);
        if (l == 0 || (uint32_t)l != x - y)
            return 0xFFFD;
        if (cp != '\n' && !dropped(cp))
            return cp >= 0x80 ? meta_fold_cp(cp) : cp;
        x = y;
    }
    return 0;
}

int mt_word_len(const char32_t *w)
{
    int n = 0;
    while (w[n])
        n++;
    return n;
}

/* The first code point looked for alone: most places differ there. */
int mt_find_word(const mt_text *t, int from, int to, const char32_t *w)
{
    int end = (to < t->n ? to : t->n) - mt_word_len(w); /* the last place it can start */
    const uint32_t *f = t->f;
    for (int i = from < 0 ? 0 : from; i <= end; i++)
        if (f[i] == w[0] && mt_word_at(t, i, w))
            return i;
    return -1;
}

/* A digit written as an ideograph (〇一二…, ○ for 〇 as printed), not in
 * ASCII or full width. */
static bool cjk_digit(uint32_t cp) { return (cp >= 0x3000 && !(cp >= 0xFF10 && cp <= 0xFF19)) || cp == 0x25CB; }

/* A year is four digits (ASCII, full-width or 〇一二…) from 1990 to 2100,
 * not part of a longer run of digits of the same kind (08:00 二〇二三年:
 * the ideographs are a run of their own). */
int mt_year(const mt_text *t, int from, int to, int *at, int *end)
{
    return mt_year_of(t->cp, from, to > t->n ? t->n : to, at, end);
}

int mt_year_of(const uint32_t *cp, int from, int to, int *at, int *end)
{
    return mt_year_in(cp, from, to, 1990, 2100, at, end);
}

int mt_year_in(const uint32_t *cp, int from, int to, int lo, int hi, int *at, int *end)
{
    int i = from < 0 ? 0 : from;
    while (i < to) {
        int j = i, v = 0;
        while (j < to) {
            int d = numeral_digit(cp[j]);
            if (d < 0 || d > 9 || (j > i && cjk_digit(cp[j]) != cjk_digit(cp[i])))
                break;
            if (j - i < 4) /* only a run of exactly four is a year */
                v = v * 10 + d;
            j++;
        }
        if (j - i == 4 && v >= lo && v <= hi) {
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

bool mt_level_char(uint32_t f)
{
    static const char32_t levels[] = U"省市州盟县旗区镇乡";
    for (int k = 0; levels[k]; k++)
        if (f == levels[k])
            return true;
    return false;
}

bool mt_place_level_end(const mt_text *t, int j)
{
    return j >= 1 && (mt_level_char(t->f[j - 1]) || (j >= 2 && mt_word_at(t, j - 2, U"街道")));
}
