/* MHTML: the HTML part of a MIME message (RFC 2045/2046/2557). Only what
 * a reader of the page needs: the headers of the message and of each part
 * (folded lines joined), the boundary of a multipart body, and the two
 * transfer encodings that change bytes. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mht.h"

typedef struct span {
    const char *s;
    size_t n;
} span;

/* The end of the header block that starts at b (the first byte after the
 * blank line that ends it), n when it does not end. */
static size_t headers_end(const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (b[i] != '\n')
            continue;
        if (i + 1 < n && b[i + 1] == '\n')
            return i + 2;
        if (i + 2 < n && b[i + 1] == '\r' && b[i + 2] == '\n')
            return i + 3;
    }
    return n;
}

/* The value of header name (case-insensitive) in the block [b, b+n), its
 * folded continuation lines included; n == 0 when absent. */
static span header(const char *b, size_t n, const char *name)
{
    size_t k = strlen(name);
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && b[e] != '\n')
            e++;
        if (e - i > k && strncasecmp(b + i, name, k) == 0 && b[i + k] == ':') {
            size_t v = i + k + 1, end = e;
            /* a header continues on lines that start with a blank */
            while (end + 1 < n && (b[end + 1] == ' ' || b[end + 1] == '\t')) {
                end++;
                while (end < n && b[end] != '\n')
                    end++;
            }
            while (v < end && (b[v] == ' ' || b[v] == '\t'))
                v++;
            return (span){b + v, end - v};
        }
        i = e + 1;
    }
    return (span){NULL, 0};
}

/* Parameter name of a header value (boundary="…", charset=…) into out;
 * false when absent or longer than cap - 1. */
static bool param(span v, const char *name, char *out, size_t cap)
{
    size_t k = strlen(name);
    for (size_t i = 0; i + k < v.n; i++) {
        if (strncasecmp(v.s + i, name, k) != 0 || v.s[i + k] != '=' ||
            (i > 0 && v.s[i - 1] != ';' && v.s[i - 1] != ' ' && v.s[i - 1] != '\t' && v.s[i - 1] != '\n'))
            continue;
        size_t j = i + k + 1, o = 0;
        bool quoted = j < v.n && v.s[j] == '"';
        j += quoted;
        while (j < v.n && (quoted ? v.s[j] != '"' : v.s[j] != ';' && v.s[j] != ' ' && v.s[j] != '\r' &&
                                                        v.s[j] != '\n' && v.s[j] != '\t')) {
            if (o + 1 >= cap)
                return false;
            out[o++] = v.s[j++];
        }
        out[o] = 0;
        return o > 0;
    }
    return false;
}

static bool starts_ci(span v, const char *p)
{
    size_t k = strlen(p);
    return v.n >= k && strncasecmp(v.s, p, k) == 0;
}

static int hex(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* quoted-printable: =XX a byte, = at a line's end joins it to the next */
static size_t unquote(const char *s, size_t n, char *o)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '=') {
            o[k++] = s[i];
        } else if (i + 1 < n && s[i + 1] == '\n') {
            i += 1;
        } else if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < n && hex((unsigned char)s[i + 1]) >= 0 && hex((unsigned char)s[i + 2]) >= 0) {
            o[k++] = (char)(hex((unsigned char)s[i + 1]) * 16 + hex((unsigned char)s[i + 2]));
            i += 2;
        } else {
            o[k++] = s[i]; /* a lone = is itself */
        }
    }
    return k;
}

static int b64(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
           : c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* base64, line breaks and other bytes outside the alphabet skipped */
static size_t unbase64(const char *s, size_t n, char *o)
{
    size_t k = 0;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && s[i] != '='; i++) {
        int v = b64((unsigned char)s[i]);
        if (v < 0)
            continue;
        acc = (acc << 6 | (unsigned)v) & 0xFFFFFF;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            o[k++] = (char)((acc >> bits) & 0xFF);
        }
    }
    return k;
}

/* The body [s, s+n) of a part whose headers are h, decoded, with a
 * <meta charset> first when h names one. */
static char *decode(span h, const char *s, size_t n, size_t *len)
{
    span type = header(h.s, h.n, "Content-Type"), enc = header(h.s, h.n, "Content-Transfer-Encoding");
    char cs[40];
    bool has_cs = param(type, "charset", cs, sizeof cs);
    for (size_t i = 0; has_cs && cs[i]; i++)
        if (!(cs[i] == '-' || cs[i] == '_' || (cs[i] >= '0' && cs[i] <= '9') || ((cs[i] | 32) >= 'a' && (cs[i] | 32) <= 'z')))
            has_cs = false; /* nothing but a charset's name goes into the <meta> */
    size_t pre = has_cs ? strlen(cs) + 17 : 0;
    char *o = malloc(pre + n + 1);
    if (!o)
        return NULL;
    if (has_cs) {
        memcpy(o, "<meta charset=\"", 15);
        memcpy(o + 15, cs, strlen(cs));
        memcpy(o + 15 + strlen(cs), "\">", 2);
    }
    size_t k = starts_ci(enc, "quoted-printable") ? unquote(s, n, o + pre)
               : starts_ci(enc, "base64")         ? unbase64(s, n, o + pre)
                                                  : (memcpy(o + pre, s, n), n);
    o[pre + k] = 0;
    *len = pre + k;
    return o;
}

/* Where the line "--boundary" next starts at or after from, n if none. */
static size_t next_delimiter(const char *b, size_t n, size_t from, const char *bd, size_t bl)
{
    for (size_t i = from; i + 2 + bl <= n; i++)
        if ((i == 0 || b[i - 1] == '\n') && b[i] == '-' && b[i + 1] == '-' && memcmp(b + i + 2, bd, bl) == 0)
            return i;
    return n;
}

char *mht_html(const char *b, size_t n, size_t *len)
{
    size_t he = headers_end(b, n);
    span top = {b, he}, type = header(b, he, "Content-Type");
    if (starts_ci(type, "text/html"))
        return decode(top, b + he, n - he, len);
    char bd[72];
    if (!starts_ci(type, "multipart/") || !param(type, "boundary", bd, sizeof bd))
        return NULL;
    size_t bl = strlen(bd);
    for (size_t at = next_delimiter(b, n, he, bd, bl); at < n;) {
        size_t p = at + 2 + bl;
        if (p + 1 < n && b[p] == '-' && b[p + 1] == '-')
            break; /* the closing delimiter */
        while (p < n && b[p] != '\n')
            p++;
        p += p < n;
        size_t ph = p + headers_end(b + p, n - p), next = next_delimiter(b, n, ph, bd, bl);
        span h = {b + p, ph - p};
        if (starts_ci(header(h.s, h.n, "Content-Type"), "text/html")) {
            size_t end = next; /* the line break before the delimiter is the delimiter's */
            if (end > ph && b[end - 1] == '\n')
                end--;
            if (end > ph && b[end - 1] == '\r')
                end--;
            return decode(h, b + ph, end - ph, len);
        }
        at = next;
    }
    return NULL;
}
