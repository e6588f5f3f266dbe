/* Input encodings: sniffing and conversion to UTF-8 (see encoding.h). */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

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
    *bad = *binary = *multi = 0;
    for (size_t i = 0; i < k;) {
        if (s[i] < 0x80 && i + 8 <= k) { /* eight ASCII bytes, none a control byte: at once */
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            if (!(w & highs) && !((w - ones * 0x20) & ~w & highs)) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            *binary += binary_byte(s[i]);
            i++;
            continue;
        }
        /* most of a report: a three-byte character (CJK), checked here
         * without decoding: no overlong form, no surrogate */
        if (i + 3 <= k && (s[i] & 0xF0) == 0xE0 && (s[i + 1] & 0xC0) == 0x80 &&
            (s[i + 2] & 0xC0) == 0x80 && !(s[i] == 0xE0 && s[i + 1] < 0xA0) &&
            !(s[i] == 0xED && s[i + 1] >= 0xA0)) {
            ++*multi;
            i += 3;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + i, k - i, &cp);
        if (l == 0) {
            if (k < n && k - i < 4)
                break;
            ++*bad;
            i++;
            continue;
        }
        ++*multi;
        i += (size_t)l;
    }
}

int xxgk_encoding_sniff(const uint8_t *s, size_t n)
{
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return XXGK_ENC_UTF16LE;
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return XXGK_ENC_UTF16BE;
    bool bom = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
    /* UTF-16 without a mark: ASCII text in UTF-16 has a NUL in every other
     * byte, and is valid UTF-8 (NULs included), so this comes first */
    size_t q = n < SNIFF_QUICK ? n : SNIFF_QUICK;
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
    /* the common case, clean UTF-8 with Chinese text in it, decided on the
     * first KiB: later stray bytes are the lexer's to report (it caps a
     * flood, L007). A window of ASCII alone says nothing of what follows
     * (a banner of '=' before GB18030 text): the larger window decides */
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
    /* mostly junk: more than one byte in 16 neither UTF-8 nor text */
    if ((bad_utf8 + binary) * 16 > k)
        return XXGK_ENC_BINARY;
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
                 {"utf-16le", XXGK_ENC_UTF16LE}, {"utf-16be", XXGK_ENC_UTF16BE}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0)
            return names[i].enc;
    return -1;
}

bool xxgk_encoding_to_utf8(int enc, const char *in, size_t n, char **out, size_t *outlen,
                           size_t *bad_at)
{
    const char *from = enc == XXGK_ENC_GB18030   ? "GB18030"
                       : enc == XXGK_ENC_UTF16LE ? "UTF-16LE"
                       : enc == XXGK_ENC_UTF16BE ? "UTF-16BE"
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
    bool ok = true;
    while (il > 0) {
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
            break;
        if (errno == E2BIG) {
            size_t used = (size_t)(op - buf);
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                ok = false;
                break;
            }
            buf = nb;
            cap *= 2;
            op = buf + used;
            ol = cap - used;
            continue;
        }
        /* EILSEQ, or EINVAL for a sequence cut off at the end */
        *bad_at = (size_t)(ip - in);
        ok = false;
        break;
    }
    iconv_close(cd);
    if (!ok) {
        free(buf);
        return false;
    }
    *out = buf;
    *outlen = (size_t)(op - buf);
    return true;
}
