/* A small strict JSON reader for the output tests: enough to walk the
 * check command's JSON and SARIF and to reject anything malformed. Numbers
 * are kept as integers (the outputs have no others); strings are decoded. */
#ifndef XXGK_JSON_MINI_H
#define XXGK_JSON_MINI_H
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum jm_kind { JM_NULL, JM_BOOL, JM_INT, JM_STR, JM_ARR, JM_OBJ };

typedef struct jm {
    int kind;
    int64_t i;      /* JM_INT, JM_BOOL */
    char *s;        /* JM_STR; object member name in keys */
    struct jm **items;
    char **keys;    /* JM_OBJ */
    size_t n;
} jm;

typedef struct jm_parser {
    const char *p;
    bool bad;
} jm_parser;

static inline void jm_ws(jm_parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t')
        ps->p++;
}

static inline jm *jm_value(jm_parser *ps);

static inline char *jm_string(jm_parser *ps)
{
    if (*ps->p != '"') {
        ps->bad = true;
        return NULL;
    }
    ps->p++;
    size_t cap = 64, n = 0;
    char *out = malloc(cap);
    for (;;) {
        unsigned char c = (unsigned char)*ps->p;
        if (c == 0 || c < 0x20) {
            ps->bad = true;
            free(out);
            return NULL;
        }
        ps->p++;
        if (c == '"')
            break;
        char buf[4];
        size_t k = 1;
        buf[0] = (char)c;
        if (c == '\\') {
            char e = *ps->p++;
            switch (e) {
            case '"': case '\\': case '/': buf[0] = e; break;
            case 'n': buf[0] = '\n'; break;
            case 't': buf[0] = '\t'; break;
            case 'r': buf[0] = '\r'; break;
            case 'b': buf[0] = '\b'; break;
            case 'f': buf[0] = '\f'; break;
            case 'u': {
                unsigned v = 0;
                for (int i = 0; i < 4; i++) {
                    char h = *ps->p++;
                    v <<= 4;
                    if (h >= '0' && h <= '9') v |= (unsigned)(h - '0');
                    else if (h >= 'a' && h <= 'f') v |= (unsigned)(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F') v |= (unsigned)(h - 'A' + 10);
                    else { ps->bad = true; free(out); return NULL; }
                }
                if (v < 0x80) { buf[0] = (char)v; k = 1; }
                else if (v < 0x800) { buf[0] = (char)(0xC0 | (v >> 6)); buf[1] = (char)(0x80 | (v & 0x3F)); k = 2; }
                else { buf[0] = (char)(0xE0 | (v >> 12)); buf[1] = (char)(0x80 | ((v >> 6) & 0x3F)); buf[2] = (char)(0x80 | (v & 0x3F)); k = 3; }
                break;
            }
            default: ps->bad = true; free(out); return NULL;
            }
        }
        if (n + k + 1 > cap)
            out = realloc(out, cap *= 2);
        memcpy(out + n, buf, k);
        n += k;
    }
    out[n] = 0;
    return out;
}

static inline jm *jm_new(int kind)
{
    jm *v = calloc(1, sizeof *v);
    v->kind = kind;
    return v;
}

static inline void jm_push(jm *v, jm *item, char *key)
{
    v->items = realloc(v->items, (v->n + 1) * sizeof *v->items);
    v->items[v->n] = item;
    if (v->kind == JM_OBJ) {
        v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
        v->keys[v->n] = key;
    }
    v->n++;
}

static inline jm *jm_value(jm_parser *ps)
{
    jm_ws(ps);
    const char *p = ps->p;
    if (*p == '{' || *p == '[') {
        bool obj = *p == '{';
        jm *v = jm_new(obj ? JM_OBJ : JM_ARR);
        ps->p++;
        jm_ws(ps);
        if (*ps->p == (obj ? '}' : ']')) {
            ps->p++;
            return v;
        }
        for (;;) {
            char *key = NULL;
            if (obj) {
                jm_ws(ps);
                key = jm_string(ps);
                jm_ws(ps);
                if (ps->bad || *ps->p != ':') {
                    ps->bad = true;
                    free(key);
                    return v;
                }
                ps->p++;
            }
            jm *item = jm_value(ps);
            jm_push(v, item, key);
            if (ps->bad)
                return v;
            jm_ws(ps);
            if (*ps->p == ',') {
                ps->p++;
                continue;
            }
            if (*ps->p == (obj ? '}' : ']')) {
                ps->p++;
                return v;
            }
            ps->bad = true;
            return v;
        }
    }
    if (*p == '"') {
        jm *v = jm_new(JM_STR);
        v->s = jm_string(ps);
        return v;
    }
    if (*p == '-' || (*p >= '0' && *p <= '9')) {
        jm *v = jm_new(JM_INT);
        bool neg = *p == '-';
        if (neg)
            ps->p++;
        if (!(*ps->p >= '0' && *ps->p <= '9'))
            ps->bad = true;
        while (*ps->p >= '0' && *ps->p <= '9')
            v->i = v->i * 10 + (*ps->p++ - '0');
        if (*ps->p == '.' || *ps->p == 'e' || *ps->p == 'E')
            ps->bad = true; /* no such numbers in our outputs */
        if (neg)
            v->i = -v->i;
        return v;
    }
    if (strncmp(p, "true", 4) == 0 || strncmp(p, "false", 5) == 0) {
        jm *v = jm_new(JM_BOOL);
        v->i = *p == 't';
        ps->p += *p == 't' ? 4 : 5;
        return v;
    }
    if (strncmp(p, "null", 4) == 0) {
        ps->p += 4;
        return jm_new(JM_NULL);
    }
    ps->bad = true;
    return jm_new(JM_NULL);
}

static inline void jm_free(jm *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        jm_free(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->s);
    free(v);
}

/* The whole text must be one value (and white space). NULL when not. */
static inline jm *jm_parse(const char *text)
{
    jm_parser ps = {text, false};
    jm *v = jm_value(&ps);
    jm_ws(&ps);
    if (ps.bad || *ps.p) {
        jm_free(v);
        return NULL;
    }
    return v;
}

static inline jm *jm_get(const jm *v, const char *key)
{
    if (!v || v->kind != JM_OBJ)
        return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (v->keys[i] && strcmp(v->keys[i], key) == 0)
            return v->items[i];
    return NULL;
}

static inline jm *jm_at(const jm *v, size_t i)
{
    return v && v->kind == JM_ARR && i < v->n ? v->items[i] : NULL;
}
#endif
