/* Input encodings: sniffing and conversion to UTF-8 (see encoding.h). */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytes16.h"
#include "utf8.h"
#include "vec.h"

/* Enough to judge a report (a page or two of text) while staying O(1) in
 * the file's size: clean UTF-8 holding multi-byte characters is decided on
 * the first SNIFF_QUICK bytes, anything else on up to SNIFF_WINDOW. */
#define SNIFF_QUICK 1024
#define SNIFF_WINDOW 65536

/* Bytes that never occur in text: C0 controls other than tab, line feed,
 * form feed and carriage return (and ESC, kept out for ANSI art). */
static bool binary_byte(uint8_t c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
}

/* Length of one GB18030 character at s, 0 when the bytes are not one. */
static int gb18030_len(const uint8_t *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    if (s[0] == 0x80 || s[0] == 0xFF || n < 2)
        return 0;
    if ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0x80 && s[1] <= 0xFE))
        return 2;
    if (n >= 4 && s[1] >= 0x30 && s[1] <= 0x39 && s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 &&
        s[3] <= 0x39)
        return 4;
    return 0;
}

/* Do the bytes read as UTF-16 text: nearly every code unit printable
 * ASCII, a line break or tab, CJK punctuation, a CJK ideograph or a
 * full-width form? */
static bool utf16_plausible(const uint8_t *s, size_t k, bool big_endian)
{
    size_t units = k / 2, good = 0;
    if (units < 4)
        return false;
    for (size_t i = 0; i + 1 < k; i += 2) {
        unsigned u = big_endian ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
        good += (u >= 0x20 && u < 0x7F) || u == '\t' || u == '\n' || u == '\r' ||
                (u >= 0x3000 && u <= 0x303F) || (u >= 0x4E00 && u <= 0x9FFF) ||
                (u >= 0xFF00 && u <= 0xFFEF) || u == 0xFEFF;
    }
    return good * 100 >= units * 95;
}

/* Count the invalid UTF-8 sequences, text-free control bytes and valid
 * multi-byte characters of s[0..k); n is the whole length, so a sequence
 * cut by the window's end is not counted as invalid. */
static void utf8_census(const uint8_t *s, size_t k, size_t n, size_t *bad, size_t *binary,
                        size_t *multi)
{
    /* counted in locals: a store through the pointers could change s[]
     * for all the compiler knows, and it would read the bytes again */
    size_t nbad = 0, nbinary = 0, nmulti = 0;
    for (size_t i = 0; i < k;) {
        uint8_t c = s[i];
        /* most of a report: a three-byte character (CJK) whose lead byte
         * (not E0, not ED) rules out an overlong form and a surrogate */
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 3 <= k && (s[i + 1] & 0xC0) == 0x80 &&
            (s[i + 2] & 0xC0) == 0x80) {
            nmulti++;
            i += 3;
            continue;
        }
        if (c < 0x80 && i + 8 <= k) { /* eight ASCII bytes, none a control byte: at once */
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            if (!(w & highs) && !((w - ones * 0x20) & ~w & highs)) {
                i += 8;
                continue;
            }
        }
        if (c < 0x80) {
            nbinary += binary_byte(c);
            i++;
            continue;
        }
        /* the other three-byte characters, checked here without decoding:
         * no overlong form, no surrogate */
        if (i + 3 <= k && (c & 0xF0) == 0xE0 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
            !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0)) {
            nmulti++;
            i += 3;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + i, k - i, &cp);
        if (l == 0) {
            if (k < n && k - i < 4)
                break;
            nbad++;
            i++;
            continue;
        }
        nmulti++;
        i += (size_t)l;
    }
    *bad = nbad;
    *binary = nbinary;
    *multi = nmulti;
}

/* The control bytes text holds (tab, line feed, form feed, carriage
 * return and ESC), a bit each: the others are binary_byte's. */
#define TEXT_CONTROLS (1u << '\t' | 1u << '\n' | 1u << '\f' | 1u << '\r' | 1u << 0x1B)

/* utf8_plain's test of the blocks of sixteen bytes at s (one or four),
 * which start a character: how many of the bytes, from the first, are
 * whole characters it takes without a doubt (ASCII but a control byte
 * text never holds; three-byte characters whose lead is E1-EC, EE or EF,
 * neither an overlong form nor a surrogate possible after them), *multi
 * set when one is a three-byte character; 0 when the bytes hold anything
 * else (a stray byte, another length, E0 or ED), which smaller steps
 * decide. A character cut by the end (a lead in the last two bytes) is
 * left to the next block. Each test is a mask, a bit per byte. */
static inline unsigned plain_blocks(const uint8_t *s, unsigned blocks, bool *multi)
{
    uint64_t ctrl = 0, high = 0, cont = 0, lead = 0;
    for (unsigned b = 0; b < blocks; b++) {
        bytes16 v = bytes16_at(s + 16 * b);
        signed_bytes16 sv = (signed_bytes16)v; /* the bytes from 0x80 on are the negative ones */
        unsigned at = 16 * b;
        ctrl |= (uint64_t)bytes16_bits((bytes16)(v < 0x20)) << at;
        high |= (uint64_t)bytes16_bits((bytes16)(v >= 0x80)) << at;
        /* 80-BF are -128..-65; E1-EF are -31..-17, ED -19: signed ranges,
         * a compare each, not a mask and a compare for each byte test */
        cont |= (uint64_t)bytes16_bits((bytes16)(sv < -64)) << at;
        lead |= (uint64_t)bytes16_bits((bytes16)((sv > -32) & (sv < -16) & ~(sv == -19))) << at;
    }
    for (uint64_t c = ctrl; c; c &= c - 1)
        if (!(TEXT_CONTROLS >> s[__builtin_ctzll(c)] & 1))
            return 0;
    unsigned bits = 16 * blocks;
    if (!high)
        return bits;
    if ((lead | cont) != high)
        return 0;
    /* the leads whose two continuation bytes are in the blocks, and where
     * the first cut character starts */
    uint64_t all = bits == 64 ? ~0ull : (1ull << bits) - 1;
    uint64_t whole = lead & all >> 2, cut = lead & ~(all >> 2);
    unsigned take = cut ? (unsigned)__builtin_ctzll(cut) : bits;
    uint64_t before = take == 64 ? ~0ull : (1ull << take) - 1;
    /* their continuation bytes, and none other before the cut (one that a
     * whole lead wants at the cut or after it is missing) */
    uint64_t want = whole << 1 | whole << 2;
    if ((cont & before) != want)
        return 0;
    if (whole)
        *multi = true;
    return take;
}

/* One character of utf8_plain's text at s[i] (i < k): the index after it;
 * k when a character cut by the window's end stops the test (k < n); SIZE_MAX
 * when the text is not plain (a control byte text never holds, a byte that
 * is no character). *multi set for a multi-byte character. */
static size_t plain_step(const uint8_t *s, size_t i, size_t k, size_t n, bool *multi)
{
    /* an ASCII byte (a line break among them) or a three-byte character
     * whose lead rules out an overlong form and a surrogate, tested in
     * place; the rest decoded */
    uint8_t c = s[i];
    if (c < 0x80)
        return binary_byte(c) ? SIZE_MAX : i + 1;
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 3 <= k && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
        *multi = true;
        return i + 3;
    }
    uint32_t cp;
    int l = utf8_decode(s + i, k - i, &cp);
    if (l == 0 && k < n && k - i < 4)
        return k;
    if (l == 0)
        return SIZE_MAX;
    *multi = true; /* l > 1: an ASCII byte was taken above */
    return i + (size_t)l;
}

/* The common case first: s[0..k) clean UTF-8 text holding a multi-byte
 * character, every byte part of a valid character and no control byte
 * text never holds (a sequence cut by the window's end, k < n, is not
 * counted, as in the census). True means utf8_census would count no
 * invalid sequence, no binary byte and a multi-byte character: text in
 * UTF-8. False says nothing (a stray byte, a control byte, ASCII alone):
 * the census decides. A report is CJK and ASCII: 64 bytes at a time
 * (plain_blocks), else sixteen, a block that holds anything else one
 * character at a time. */
static bool utf8_plain(const uint8_t *s, size_t k, size_t n)
{
    bool multi = false;
    size_t i = 0;
    while (i < k) {
        unsigned m = i + 64 <= k ? plain_blocks(s + i, 4, &multi) : 0;
        if (!m && i + 16 <= k)
            m = plain_blocks(s + i, 1, &multi);
        if (m) {
            i += m;
            continue;
        }
        for (size_t to = i + 16 < k ? i + 16 : k; i < to;)
            if ((i = plain_step(s, i, k, n, &multi)) == SIZE_MAX)
                return false;
    }
    return multi;
}

int xxgk_encoding_sniff(const uint8_t *s, size_t n)
{
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return XXGK_ENC_UTF16LE;
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return XXGK_ENC_UTF16BE;
    bool bom = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
    size_t q = n < SNIFF_QUICK ? n : SNIFF_QUICK;
    /* the common case, clean UTF-8 with Chinese text in it, decided on the
     * first KiB: later stray bytes are the lexer's to report (it caps a
     * flood, L007). A window of ASCII alone says nothing of what follows
     * (a banner of '=' before GB18030 text): the larger window decides.
     * It comes before the NUL count below and cannot take what that would
     * call UTF-16: utf8_plain refuses a NUL (a control byte text never
     * holds) but among the at most two bytes after a lead cut by the
     * window's end, and UTF-16 needs more than q / 8 NULs in one half of
     * the window and fewer than q / 64 in the other (none under 64 bytes). */
    if (utf8_plain(s, q, n))
        return bom ? XXGK_ENC_UTF8_BOM : XXGK_ENC_UTF8;
    /* UTF-16 without a mark: ASCII text in UTF-16 has a NUL in every other
     * byte, and is valid UTF-8 (NULs included), so this comes before the
     * census */
    if (q >= 8 && memchr(s, 0, q)) { /* text has no NUL: skip the count */
        size_t zeros[2] = {0, 0};
        for (size_t i = 0; i < q; i++)
            if (!s[i])
                zeros[i & 1]++;
        if (zeros[1] > q / 8 && zeros[0] < q / 64)
            return XXGK_ENC_UTF16LE;
        if (zeros[0] > q / 8 && zeros[1] < q / 64)
            return XXGK_ENC_UTF16BE;
    }
    size_t bad_utf8, binary, multi;
    utf8_census(s, q, n, &bad_utf8, &binary, &multi);
    if (bad_utf8 == 0 && binary * 16 <= q && (multi > 0 || q == n))
        return bom ? XXGK_ENC_UTF8_BOM : XXGK_ENC_UTF8;
    size_t k = n < SNIFF_WINDOW ? n : SNIFF_WINDOW;
    utf8_census(s, k, n, &bad_utf8, &binary, &multi);
    /* a few stray bytes are the lexer's to report, with their places */
    if (bad_utf8 == 0 || bad_utf8 * 64 < multi)
        return bom ? XXGK_ENC_UTF8_BOM : XXGK_ENC_UTF8;
    /* CJK text in UTF-16 has few NULs and fails the UTF-8 test */
    if (utf16_plausible(s, k, false))
        return XXGK_ENC_UTF16LE;
    if (utf16_plausible(s, k, true))
        return XXGK_ENC_UTF16BE;
    size_t bad_gb = 0, pairs = 0;
    for (size_t i = 0; i < k;) {
        int l = gb18030_len(s + i, k - i);
        if (l == 0) {
            if (k < n && k - i < 4)
                break;
            bad_gb++;
            i++;
            continue;
        }
        pairs += l > 1;
        i += (size_t)l;
    }
    if (binary * 100 < k && pairs >= 2 && bad_gb * 100 <= pairs)
        return XXGK_ENC_GB18030;
    /* mostly junk: more than one byte in 16 neither UTF-8 nor text --
     * unless it may be GB18030 (or Big5) text with many bad bytes: no
     * control byte to speak of, 32 two-byte characters at least and no
     * more bad bytes than them; its characters decide then
     * (xxgk_encoding_chinese, in the reading: read up to each bad byte,
     * L001, when they read as Chinese; else refused, L006 naming the
     * encoding they read closer in) */
    if ((bad_utf8 + binary) * 16 > k)
        return binary * 100 < k && pairs >= 32 && bad_gb <= pairs ? XXGK_ENC_GB18030 : XXGK_ENC_BINARY;
    return bom ? XXGK_ENC_UTF8_BOM : XXGK_ENC_UTF8;
}

const char *xxgk_encoding_name(int enc)
{
    switch (enc) {
    case XXGK_ENC_UTF8: return "UTF-8";
    case XXGK_ENC_UTF8_BOM: return "UTF-8 with a byte-order mark";
    case XXGK_ENC_UTF16LE: return "UTF-16LE";
    case XXGK_ENC_UTF16BE: return "UTF-16BE";
    case XXGK_ENC_GB18030: return "GB18030";
    case XXGK_ENC_BINARY: return "binary";
    case XXGK_ENC_BIG5: return "Big5";
    }
    return "?";
}

const char *xxgk_encoding_describe(int enc)
{
    switch (enc) {
    case XXGK_ENC_UTF16LE: return "it reads as UTF-16LE; read it with --encoding utf-16le";
    case XXGK_ENC_UTF16BE: return "it reads as UTF-16BE; read it with --encoding utf-16be";
    case XXGK_ENC_GB18030: return "it reads as GB18030/GBK; read it with --encoding gb18030";
    case XXGK_ENC_BINARY: return "binary data, not text";
    case XXGK_ENC_BIG5: return "it reads as Big5; read it with --encoding big5";
    }
    return NULL;
}

int xxgk_encoding_by_name(const char *name)
{
    static const struct {
        const char *name;
        int enc;
    } names[] = {{"utf-8", XXGK_ENC_UTF8},     {"utf8", XXGK_ENC_UTF8},
                 {"gb18030", XXGK_ENC_GB18030}, {"gbk", XXGK_ENC_GB18030},
                 {"gb2312", XXGK_ENC_GB18030},  {"cp936", XXGK_ENC_GB18030},
                 {"utf-16le", XXGK_ENC_UTF16LE}, {"utf-16be", XXGK_ENC_UTF16BE},
                 {"big5", XXGK_ENC_BIG5},       {"big5-hkscs", XXGK_ENC_BIG5},
                 {"x-gbk", XXGK_ENC_GB18030},   {"x-big5", XXGK_ENC_BIG5}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0)
            return names[i].enc;
    return -1;
}

bool xxgk_encoding_to_utf8(int enc, const char *in, size_t n, char **out, size_t *outlen,
                           size_t *bad_at, bool mark_bad)
{
    return xxgk_encoding_to_utf8_marked(enc, in, n, out, outlen, bad_at, mark_bad, NULL, NULL);
}

/* One marked byte more in *bads (grown by doubling); false when memory
 * ran out. */
static bool bad_byte_add(xxgk_bad_byte **bads, size_t *nbads, size_t *cap, size_t at, const char *in, size_t orig,
                         size_t len)
{
    if (*nbads == *cap) {
        size_t c = *cap ? 2 * *cap : 16;
        xxgk_bad_byte *b = realloc(*bads, c * sizeof *b);
        if (!b)
            return false;
        *bads = b;
        *cap = c;
    }
    const uint8_t *u = (const uint8_t *)in + orig;
    (*bads)[(*nbads)++] = (xxgk_bad_byte){(uint32_t)at, (uint32_t)orig,
                                          (uint16_t)(len == 2 ? (u[0] << 8) | u[1] : u[0]), (uint8_t)len};
    return true;
}

bool xxgk_encoding_to_utf8_marked(int enc, const char *in, size_t n, char **out, size_t *outlen,
                                  size_t *bad_at, bool mark_bad, xxgk_bad_byte **bads, size_t *nbads)
{
    size_t bcap = 0;
    if (bads) {
        *bads = NULL;
        *nbads = 0;
    }
    const char *from = enc == XXGK_ENC_GB18030   ? "GB18030"
                       : enc == XXGK_ENC_UTF16LE ? "UTF-16LE"
                       : enc == XXGK_ENC_UTF16BE ? "UTF-16BE"
                       : enc == XXGK_ENC_BIG5    ? "BIG5-HKSCS"
                                                 : NULL;
    *bad_at = SIZE_MAX;
    if (!from)
        return false;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return false;
    /* GB18030 takes at most 4 bytes for what UTF-8 says in 4, and 2 bytes
     * for what UTF-8 says in 3: 1.5x plus slack covers every case, and
     * the loop below grows the buffer anyway */
    size_t cap = n + n / 2 + 16;
    char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return false;
    }
    char *ip = (char *)in, *op = buf;
    size_t il = n, ol = cap;
    bool ok = true, utf16 = enc == XXGK_ENC_UTF16LE || enc == XXGK_ENC_UTF16BE;
    /* glibc's Big5 reads a stray 0x80 as U+0080, a byte no Big5 character
     * has (no lead byte, no trail byte): with mark_bad iconv gets the bytes
     * up to the next 0x80, and the 0x80 is a bad byte as below */
    bool stray80 = mark_bad && enc == XXGK_ENC_BIG5;
    while (il > 0) {
        size_t seg = il;
        if (stray80) {
            const char *x = memchr(ip, 0x80, il);
            seg = x ? (size_t)(x - ip) : il;
        }
        size_t rest = il - seg;
        size_t r = seg ? iconv(cd, &ip, &seg, &op, &ol) : 0;
        il = seg + rest;
        if (r != (size_t)-1 && !rest)
            break;
        if (r == (size_t)-1 && errno == E2BIG) {
            size_t used = (size_t)(op - buf);
            if (!vec_reserve(&buf, cap, &cap, 1)) { /* doubles */
                ok = false;
                break;
            }
            op = buf + used;
            ol = cap - used;
            continue;
        }
        /* EILSEQ, or EINVAL for a sequence cut off at the end (or before a
         * stray 0x80). In UTF-16 (a lone surrogate, an odd last byte) the
         * code unit becomes one byte that is never UTF-8, 0xFF, so the
         * lexer reports it (L001) at its place in the decoded text and
         * reads the rest. So does, when mark_bad, each byte of GB18030 or
         * Big5 that starts no valid sequence (a stray byte, a lead byte
         * whose trail is not one, a sequence cut off at the end): one 0xFF
         * a byte, the next byte read afresh (an ASCII byte after a bad lead
         * byte is itself) */
        if (utf16 || mark_bad) {
            if (ol < 1) {
                size_t used = (size_t)(op - buf);
                if (!vec_reserve(&buf, cap, &cap, 1)) {
                    ok = false;
                    break;
                }
                op = buf + used;
                ol = cap - used;
            }
            size_t skip = !utf16 || il < 2 ? 1 : 2;
            if (bads && !bad_byte_add(bads, nbads, &bcap, (size_t)(op - buf), in, (size_t)(ip - in), skip)) {
                ok = false;
                break;
            }
            *op++ = (char)0xFF;
            ol--;
            ip += skip;
            il -= skip;
            continue;
        }
        *bad_at = (size_t)(ip - in);
        ok = false;
        break;
    }
    /* a character the converter holds back (Big5-HKSCS waits for a
     * combining mark after some letters) is written at the end */
    while (ok && iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1) {
        size_t used = (size_t)(op - buf);
        if (errno != E2BIG || !vec_reserve(&buf, cap, &cap, 1))
            ok = false;
        op = buf + used;
        ol = cap - used;
    }
    iconv_close(cd);
    if (!ok) {
        free(buf);
        if (bads) {
            free(*bads);
            *bads = NULL;
            *nbads = 0;
        }
        return false;
    }
    *out = buf;
    *outlen = (size_t)(op - buf);
    return true;
}

/* The most frequent characters of reports and of Chinese prose, in both
 * scripts: text decoded with the right table is full of them, text
 * decoded with the wrong one is not. */
static const char frequent[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小现实加量都两体制机"
    "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正"
    "心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程"
    "展五果料象员革位入常文总次品式活设及管特件长求头基资边流路级少图统接知较将组见计别手期根论运"
    "指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增"
    "争济阶思术极交受联认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走"
    "积示议声报斗完类八离华名确才科张信马节话米整空元况今集传许步群广石记需段研界拉林律叫且究观越"
    "织装影算低持众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克"
    "何除消构府称太准精值号率族维划选标写存候亲快效院查型按格养易置派层片始却专状育厂识适属包火住"
    "调满县局照参细引听该价严申请复议诉讼公开信息政府年度报告工作主动件"
    "國為時來們會說產種麼過發後動學於開現實長從對點經當體關將還問業見東進應運總區處裡頭無與權據統"
    "報數條達變機員義黨邊級圖較組計別論幾區強決戰則據處隊給門規熱領導壓志爭濟階術極聯認證單風轉類"
    "離華確張馬節話傳許廣記須際驗連斷難備辦習響約歷號層專狀廠識適屬滿縣調參細聽該價嚴請複議訴訟"
    "資訊簡務辦覆撥費結內";

/* Hits of the frequent characters among the CJK characters of u. */
static void chinese_score(const uint8_t *u, size_t n, size_t *hits, size_t *cjk)
{
    *hits = *cjk = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int l = utf8_decode(u + i, n - i, &cp);
        if (l <= 0) {
            i++;
            continue;
        }
        if (cp >= 0x3400 && cp <= 0x9FFF) {
            ++*cjk;
            char ch[5] = {0};
            memcpy(ch, u + i, (size_t)l);
            *hits += strstr(frequent, ch) != NULL;
        }
        i += (size_t)l;
    }
}

/* The window ends at an ASCII byte, so no character is cut. */
static size_t window_end(const uint8_t *s, size_t n)
{
    if (n <= SNIFF_WINDOW)
        return n;
    size_t k = SNIFF_WINDOW;
    while (k > 0 && s[k - 1] >= 0x80)
        k--;
    return k ? k : SNIFF_WINDOW;
}

/* The share of frequent characters in s read as enc, in per mille; -1 when
 * it cannot be converted. A byte that starts no valid sequence of enc is
 * passed over as the reading will (L001 at its place): one bad byte does
 * not unmake a GB18030 or Big5 text, its characters decide. */
static long read_as(int enc, const uint8_t *s, size_t k)
{
    char *u;
    size_t ul, bad;
    if (!xxgk_encoding_to_utf8(enc, (const char *)s, k, &u, &ul, &bad, true))
        return -1;
    size_t hits, cjk;
    chinese_score((const uint8_t *)u, ul, &hits, &cjk);
    free(u);
    return cjk ? (long)(hits * 1000 / cjk) : 0;
}

int xxgk_encoding_chinese(const uint8_t *s, size_t n) { return xxgk_encoding_chinese_likely(s, n, NULL); }

int xxgk_encoding_chinese_likely(const uint8_t *s, size_t n, int *likely)
{
    size_t k = window_end(s, n);
    long gb = read_as(XXGK_ENC_GB18030, s, k), big5 = read_as(XXGK_ENC_BIG5, s, k);
    if (likely)
        *likely = big5 > gb ? XXGK_ENC_BIG5 : XXGK_ENC_GB18030;
    /* a fifth of the characters among the most frequent ones: Chinese */
    if (big5 > gb && big5 >= 200)
        return XXGK_ENC_BIG5;
    if (gb >= 200)
        return XXGK_ENC_GB18030;
    return -1;
}
