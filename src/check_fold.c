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
        char buf[8];
        size_t k = label_fold(src + i, (size_t)l, buf, sizeof buf);
        /* a folded code point is never longer than its source */
        for (size_t j = 0; j < k && n + 1 < cap; j++) {
            s[n] = buf[j];
            off[n] = i;
            n++;
        }
        i += (uint32_t)l;
    }
    s[n] = 0;
    off[n] = sp.end;
    out->n = n;
}

size_t ck_find(const ck_folded *t, size_t from, size_t to, const char *needle)
{
    size_t k = strlen(needle);
    if (from >= to || to - from < k)
        return to;
    const char *p = memmem(t->s + from, to - from, needle, k);
    return p ? (size_t)(p - t->s) : to;
}

bool ck_at(const ck_folded *t, size_t i, const char *needle)
{
    size_t k = strlen(needle);
    return i + k <= t->n && memcmp(t->s + i, needle, k) == 0;
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
