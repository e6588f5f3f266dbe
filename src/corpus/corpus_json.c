/* A small JSON reader, enough for the records --save writes (RFC 8259:
 * objects, arrays, strings with escapes, numbers kept as written, literals).
 * Recursion is bounded so a hostile file cannot exhaust the stack. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "vec.h"

enum { MAX_DEPTH = 64 };

typedef struct reader {
    const char *s, *e;
    char *err;
    size_t errsize;
    bool failed;
} reader;

static bool fail(reader *r, const char *msg)
{
    if (!r->failed)
        snprintf(r->err, r->errsize, "invalid JSON at byte %zu: %s", (size_t)(r->e - r->s), msg);
    r->failed = true;
    return false;
}

static void skip_ws(reader *r, const char **p)
{
    (void)r;
    while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
        (*p)++;
}

static void put_utf8(char **o, unsigned cp)
{
    unsigned char *q = (unsigned char *)*o;
    if (cp < 0x80) {
        *q++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *q++ = (unsigned char)(0xC0 | cp >> 6);
        *q++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *q++ = (unsigned char)(0xE0 | cp >> 12);
        *q++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *q++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *q++ = (unsigned char)(0xF0 | cp >> 18);
        *q++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        *q++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *q++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    *o = (char *)q;
}

static bool hex4(const char *p, const char *lim, unsigned *v)
{
    if (lim - p < 4)
        return false;
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 16u;
        if (d == 16)
            return false;
        *v = *v * 16 + d;
    }
    return true;
}

/* A string starting at the quote; decoded (never longer than written). */
static char *read_string(reader *r, const char **pp, const char *lim)
{
    const char *p = *pp + 1;
    const char *q = p;
    while (q < lim && *q != '"')
        q += *q == '\\' && q + 1 < lim ? 2 : 1;
    if (q >= lim) {
        fail(r, "unterminated string");
        return NULL;
    }
    char *out = malloc((size_t)(q - p) + 1), *o = out;
    if (!out) {
        fail(r, "out of memory");
        return NULL;
    }
    while (p < q) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20) {
            free(out);
            fail(r, "control character in string");
            return NULL;
        }
        if (c != '\\') {
            *o++ = *p++;
            continue;
        }
        p++;
        switch (*p++) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (!hex4(p, q, &cp)) {
                free(out);
                fail(r, "bad \\u escape");
                return NULL;
            }
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && q - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
                hex4(p + 2, q, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            /* six escaped bytes never decode to more than four */
            put_utf8(&o, cp);
            break;
        }
        default:
            free(out);
            fail(r, "bad escape");
            return NULL;
        }
    }
    *o = 0;
    *pp = q + 1;
    return out;
}

static bool read_value(reader *r, const char **pp, const char *lim, cjson *v, int depth)
{
    memset(v, 0, sizeof *v);
    const char *p = *pp;
    skip_ws(r, &p);
    r->e = p;
    if (depth > MAX_DEPTH)
        return fail(r, "nested too deeply");
    if (p >= lim)
        return fail(r, "value expected");
    if (*p == '"') {
        v->kind = CJ_STRING;
        if (!(v->str = read_string(r, &p, lim)))
            return false;
    } else if (*p == '{' || *p == '[') {
        bool obj = *p == '{';
        char close = obj ? '}' : ']';
        v->kind = obj ? CJ_OBJECT : CJ_ARRAY;
        p++;
        skip_ws(r, &p);
        size_t cap = 0, capk = 0; /* of items, keys */
        if (p < lim && *p == close) {
            p++;
        } else {
            for (;;) {
                if (!vec_reserve(&v->items, v->n, &cap, sizeof *v->items) ||
                    (obj && !vec_reserve(&v->keys, v->n, &capk, sizeof *v->keys)))
                    return fail(r, "out of memory");
                skip_ws(r, &p);
                r->e = p;
                if (obj) {
                    if (p >= lim || *p != '"')
                        return fail(r, "object key expected");
                    char *k = read_string(r, &p, lim);
                    if (!k)
                        return false;
                    v->keys[v->n] = k;
                    skip_ws(r, &p);
                    r->e = p;
                    if (p >= lim || *p != ':') {
                        memset(&v->items[v->n++], 0, sizeof(cjson));
                        return fail(r, "':' expected");
                    }
                    p++;
                }
                bool ok = read_value(r, &p, lim, &v->items[v->n], depth + 1);
                v->n++;
                if (!ok)
                    return false;
                skip_ws(r, &p);
                r->e = p;
                if (p < lim && *p == ',') {
                    p++;
                    continue;
                }
                if (p < lim && *p == close) {
                    p++;
                    break;
                }
                return fail(r, obj ? "',' or '}' expected" : "',' or ']' expected");
            }
        }
    } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
        const char *s = p;
        if (*p == '-')
            p++;
        if (p >= lim || *p < '0' || *p > '9')
            return fail(r, "digit expected");
        while (p < lim && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' ||
                           *p == '-'))
            p++;
        v->kind = CJ_NUMBER;
        if (!(v->str = strndup(s, (size_t)(p - s))))
            return fail(r, "out of memory");
    } else if (lim - p >= 4 && memcmp(p, "null", 4) == 0) {
        v->kind = CJ_NULL;
        p += 4;
    } else if (lim - p >= 4 && memcmp(p, "true", 4) == 0) {
        v->kind = CJ_TRUE;
        p += 4;
    } else if (lim - p >= 5 && memcmp(p, "false", 5) == 0) {
        v->kind = CJ_FALSE;
        p += 5;
    } else {
        return fail(r, "value expected");
    }
    *pp = p;
    return true;
}

bool cjson_parse(const char *s, size_t len, cjson *v, char *err, size_t errsize)
{
    reader r = {s, s, err, errsize, false};
    const char *p = s, *lim = s + len;
    bool ok = read_value(&r, &p, lim, v, 0);
    if (ok) {
        skip_ws(&r, &p);
        r.e = p;
        if (p < lim)
            ok = fail(&r, "text after the value");
    }
    if (!ok)
        cjson_free(v);
    return ok;
}

void cjson_free(cjson *v)
{
    for (size_t i = 0; i < v->n; i++) {
        cjson_free(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    memset(v, 0, sizeof *v);
}

const cjson *cjson_get(const cjson *obj, const char *key)
{
    if (!obj || obj->kind != CJ_OBJECT)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return &obj->items[i];
    return NULL;
}
