/* Folded prose for the consistency rules: the text of a span with
 * traditional script folded to simplified and full-width forms to ASCII
 * (the label table's folding, src/labels.c), white space and line breaks
 * dropped (PDF text breaks lines inside words: 答\n复3050件), and a map from
 * every folded byte back to the source, so that a finding in folded text
 * still points at its exact place. */
#include <string.h>

#include "check_fold.h"
#include "lex.h"
#include "utf8.h"

/* Code points that folding drops: label_fold's white space and the '?'
 * that PDF extraction leaves for unknown glyphs. */
static bool dropped(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == '?' ||
           cp == 0xFF1F || cp == '|';
}

static size_t put_utf8(char *s, uint32_t cp)
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

/* One pass, a code point at a time, as label_fold folds a label; a folded
 * code point is never longer than its source, so the buffers are sized by
 * the span. */
void ck_fold(ck *c, xxgk_span sp, ck_folded *out)
{
    const uint8_t *src = c->doc->src;
    size_t cap = (size_t)(sp.end - sp.start) + 1;
    char *s = xxgk_doc_alloc(c->doc, cap);
    uint32_t *off = xxgk_doc_alloc(c->doc, cap * sizeof *off);
    out->src = src;
    out->s = s;
    out->off = off;
    out->n = 0;
    if (!s || !off)
        return;
    size_t n = 0;
    for (uint32_t i = sp.start; i < sp.end;) {
        uint32_t cp;
        int l = utf8_decode(src + i, sp.end - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        if (!dropped(cp)) {
            char buf[4];
            size_t k = put_utf8(buf, label_fold_cp(cp));
            if (n + k >= cap)
                break; /* not reached: folding never lengthens */
            for (size_t j = 0; j < k; j++) {
                s[n + j] = buf[j];
                off[n + j] = i;
            }
            n += k;
        }
        i += (uint32_t)l;
    }
    s[n] = 0;
    off[n] = sp.end;
    out->n = n;
}

/* Words hash on their first three bytes (a CJK character, or three ASCII
 * bytes) into 64 buckets; a text position looks at one bucket. */
static unsigned word_hash(const char *s)
{
    const uint8_t *u = (const uint8_t *)s;
    return ((unsigned)u[0] * 961u + (unsigned)u[1] * 31u + u[2]) & 63u;
}

void ck_words_init(ck_words *m, const char *const *words)
{
    memset(m, 0, sizeof *m);
    m->words = words;
    for (int k = 0; words[k] && k < 64; k++) {
        size_t l = strlen(words[k]);
        m->len[k] = (uint8_t)l;
        if (l >= 3) /* shorter words are never found: none are used */
            m->bucket[word_hash(words[k])] |= (uint64_t)1 << k;
        m->n = k + 1;
    }
}

uint64_t ck_words_in(const ck_words *m, const ck_folded *t, size_t from, size_t to)
{
    uint64_t found = 0;
    for (size_t i = from; i + 3 <= to;) {
        uint64_t b = m->bucket[word_hash(t->s + i)];
        while (b) {
            int k = __builtin_ctzll(b);
            b &= b - 1;
            if (i + m->len[k] <= to && memcmp(t->s + i, m->words[k], m->len[k]) == 0)
                found |= (uint64_t)1 << k;
        }
        /* the next code point: words start at lead bytes only */
        uint8_t ch = (uint8_t)t->s[i];
        i += ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    }
    return found;
}

size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    size_t k = strlen(needle);
    if (from >= to || to - from < k)
        return to;
    const char *p = memmem(t->s + from, to - from, needle, k);
    return p ? (size_t)(p - t->s) : to;
}

bool ck_has(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    return ck_find(t, from, to, needle) < to;
}

xxgk_span ck_source_span(const ck_folded *t, size_t from, size_t to)
{
    xxgk_span sp = {t->off[from], t->off[from]};
    if (to > from) {
        /* to the end of the code point that produced the last byte */
        uint32_t last = t->off[to - 1], cp;
        int l = utf8_decode(t->src + last, 4, &cp);
        sp.end = last + (uint32_t)(l ? l : 1);
    }
    return sp;
}
