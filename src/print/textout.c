/* Escaping for JSON and CSV output: into a buffer (xxgk_put_*, for the
 * printers that format a record in place; ob_json_string, for those that
 * write through an outbuf) and to a stream, which escapes through a
 * buffer a piece at a time (not a stdio call per byte). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "json_out.h"
#include "print.h"
#include "utf8.h"
#include "xxgk.h"

/* A UTF-8 sequence at s[i] (lead c >= 0x80) of s[0..len): its length when
 * whole and well formed as far as JSON passes it through (the lead's
 * count of continuation bytes present), else 0. */
static int utf8_whole(const char *s, size_t i, size_t len, unsigned char c)
{
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    int ok = n && i + (size_t)n <= len;
    for (int k = 1; ok && k < n; k++)
        ok = ((unsigned char)s[i + (size_t)k] & 0xC0) == 0x80;
    return ok ? n : 0;
}

static const char hex[] = "0123456789abcdef";

/* Eight bytes at p that a JSON string passes as they are, tested in one
 * word: printable ASCII (no byte below 0x20: its subtraction borrows into
 * bit 7; none from 0x7F: its addition carries into bit 7, or bit 7 is
 * set), none a quote or a backslash (no zero byte in w xor that byte:
 * (v - ones) & ~v & highs is not zero exactly when v has a zero byte). */
static inline bool eight_plain(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t q = w ^ ('"' * ones), b = w ^ ('\\' * ones);
    return (((w - 0x20 * ones) | (w + ones) | w | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) == 0;
}

/* The end of the run from i of bytes a JSON string passes as they are
 * (json_escaped's copies): printable ASCII but the quote and the
 * backslash, eight in one test, and whole three-byte sequences (lead
 * 1110xxxx, two continuation bytes: utf8_whole's 3), two in one test
 * where eight bytes are left: a paragraph's ideographs and punctuation. */
static size_t plain_run(const unsigned char *s, size_t i, size_t len)
{
    while (i < len) {
        /* the first byte says which test can pass */
        unsigned char c = s[i];
        if (len - i >= 8 && (c < 0x80 ? eight_plain(s + i) : utf8_two_form3(s + i))) {
            i += c < 0x80 ? 8 : 6;
            continue;
        }
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if ((c & 0xF0) == 0xE0 && len - i >= 3 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        break;
    }
    return i;
}

/* s[0..len) escaped for a JSON string, without the quotes, at o (room for
 * 6 len bytes): the end. Valid UTF-8 passes through; an invalid byte is
 * \ufffd. The bytes passed as they are go in runs, a copy each. */
static char *json_escaped(char *o, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        size_t r = plain_run((const unsigned char *)s, i, len);
        memcpy(o, s + i, r - i);
        o += r - i;
        i = r;
        if (i == len)
            break;
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': *o++ = '\\'; *o++ = '"'; break;
        case '\\': *o++ = '\\'; *o++ = '\\'; break;
        case '\n': *o++ = '\\'; *o++ = 'n'; break;
        case '\r': *o++ = '\\'; *o++ = 'r'; break;
        case '\t': *o++ = '\\'; *o++ = 't'; break;
        default:
            if (c < 0x20 || c == 0x7F) { /* as "\\u%04x" */
                memcpy(o, "\\u00", 4);
                o[4] = hex[c >> 4];
                o[5] = hex[c & 0xF];
                o += 6;
            } else if (c >= 0x80) {
                int n = utf8_whole(s, i, len, c);
                if (n) {
                    memcpy(o, s + i, (size_t)n);
                    o += n;
                    i += (size_t)n - 1;
                } else {
                    memcpy(o, "\\ufffd", 6);
                    o += 6;
                }
            } else {
                *o++ = (char)c;
            }
        }
    }
    return o;
}

char *xxgk_put_json_string(char *o, const char *s, size_t len)
{
    *o++ = '"';
    o = json_escaped(o, s, len);
    *o++ = '"';
    return o;
}

enum { PIECE = 512 }; /* input bytes escaped at a time */
_Static_assert(6 * PIECE <= OB_SIZE, "a piece's escapes fit an outbuf");

/* Where a piece of s[0..len) may end at or before k (0 < k < len) so that
 * the piece escapes as it does within the whole: not after a lead byte
 * whose sequence reaches s[k] (utf8_whole looks ahead at most three
 * bytes), so at the first of s[k-3..k] that is no continuation byte (any
 * sequence before it is whole or ends there either way); when all four
 * are continuation bytes, no lead within reach: k. */
static size_t piece_end(const char *s, size_t k)
{
    for (size_t j = 0; j <= 3 && j < k; j++)
        if (((unsigned char)s[k - j] & 0xC0) != 0x80)
            return k - j;
    return k;
}

/* A JSON string into a buffer, in pieces of PIECE input bytes, each
 * escaped in place in room for six bytes a byte. */
void ob_json_string(outbuf *o, const char *s, size_t len)
{
    ob_char(o, '"');
    while (len > PIECE) {
        size_t k = piece_end(s, PIECE);
        ob_end(o, json_escaped(ob_room(o, 6 * PIECE), s, k));
        s += k;
        len -= k;
    }
    ob_end(o, json_escaped(ob_room(o, 6 * PIECE), s, len));
    ob_char(o, '"');
}

/* A string to a stream through a buffer of its own, the least that
 * ob_json_string takes: room for a piece's escapes and the two quotes (a
 * string of up to PIECE bytes, most of them, in one write), not a whole
 * OB_SIZE on the stack at each call. */
enum { JSON_STRING_BUF = 6 * PIECE + 2 };

void xxgk_json_string(FILE *f, const char *s, size_t len)
{
    outbuf o;
    char buf[JSON_STRING_BUF];
    ob_init(&o, f, buf, sizeof buf);
    ob_json_string(&o, s, len);
    ob_flush(&o);
}

void ob_json_string_or_null(outbuf *o, const char *s)
{
    if (s)
        ob_json_string(o, s, strlen(s));
    else
        ob_put(o, "null", 4);
}

/* A field is quoted when it holds a comma, a quote or a line break: bytes
 * all below '-', so one comparison passes any other byte. */
static int csv_needs_quotes(const char *s, size_t len)
{
    size_t i = 0;
    /* eight bytes a step while none is below '-' (a file name, an agency:
     * letters, digits, '/', '.', and UTF-8's bytes from 0x80): a byte
     * below '-' sets its lane's top bit in (w - 0x2D…) & ~w, and only
     * such a byte's borrow can set a later lane's, so the word is exact
     * about "any"; a word holding one is looked at byte by byte */
    const uint64_t low = 0x0101010101010101u * '-', top = 0x8080808080808080u;
    for (; len - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (((w - low) & ~w & top) == 0)
            continue;
        for (size_t k = i; k < i + 8; k++)
            if ((unsigned char)s[k] < '-' && (s[k] == ',' || s[k] == '"' || s[k] == '\n' || s[k] == '\r'))
                return 1;
    }
    for (; i < len; i++)
        if ((unsigned char)s[i] < '-' && (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r'))
            return 1;
    return 0;
}

/* s[0..len) inside CSV quotes (a quote doubled) at o (room for 2 len
 * bytes): the end. */
static char *csv_quoted(char *o, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            *o++ = '"';
        *o++ = s[i];
    }
    return o;
}

char *xxgk_put_csv_field(char *o, const char *s, size_t len)
{
    if (!len) /* s may then be NULL, which memcpy must not get */
        return o;
    if (!csv_needs_quotes(s, len)) {
        memcpy(o, s, len);
        return o + len;
    }
    *o++ = '"';
    o = csv_quoted(o, s, len);
    *o++ = '"';
    return o;
}

void xxgk_csv_field(FILE *f, const char *s, size_t len)
{
    if (!len) /* s may then be NULL, which fwrite must not get */
        return;
    if (!csv_needs_quotes(s, len)) {
        fwrite(s, 1, len, f);
        return;
    }
    char buf[2 * PIECE + 2], *o = buf;
    *o++ = '"';
    for (; len > PIECE; s += PIECE, len -= PIECE) {
        o = csv_quoted(o, s, PIECE);
        fwrite(buf, 1, (size_t)(o - buf), f);
        o = buf;
    }
    o = csv_quoted(o, s, len);
    *o++ = '"';
    fwrite(buf, 1, (size_t)(o - buf), f);
}

void xxgk_json_string_or_null(FILE *f, const char *s)
{
    if (s)
        xxgk_json_string(f, s, strlen(s));
    else
        fputs("null", f);
}
