/* The text builder with origins (see textbuf.h). */
#include "textbuf.h"
#include "vec.h"

#include <stdlib.h>
#include <string.h>

/* Room for n more bytes and a NUL; the text stays below 2 GiB, so the
 * doubled buffer stays below 4 GiB (spans are 32-bit). */
static bool reserve(textbuf *t, size_t n)
{
    if (t->failed)
        return false;
    if (t->len + n >= ((size_t)2 << 30) || !vec_reserve(&t->s, t->len + n, &t->cap, 1)) {
        t->failed = true;
        return false;
    }
    return true;
}

/* A run starting at the text's end for bytes from src; merged with the
 * last run when it continues it byte for byte. */
static void add_run(textbuf *t, uint32_t src, bool verbatim)
{
    if (t->nruns) {
        xxgk_origin_run *l = &t->runs[t->nruns - 1];
        if (l->text == t->len) {
            l->src = src;
            return;
        }
        if (verbatim && l->src + (t->len - l->text) == src)
            return;
    }
    if (!vec_reserve(&t->runs, t->nruns, &t->capruns, sizeof *t->runs)) {
        t->failed = true;
        return;
    }
    t->runs[t->nruns].text = (uint32_t)t->len;
    t->runs[t->nruns].src = src;
    t->nruns++;
}

void tb_put(textbuf *t, const char *s, size_t n, uint32_t src)
{
    if (!n || !reserve(t, n))
        return;
    add_run(t, src, true);
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
}

void tb_put_at(textbuf *t, const char *s, size_t n, uint32_t src)
{
    if (!n || !reserve(t, n))
        return;
    add_run(t, src, false);
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
    /* the bytes after these start a run of their own */
    add_run(t, src, false);
}

void tb_append_range(textbuf *t, const textbuf *o, size_t from, size_t to)
{
    if (to > o->len)
        to = o->len;
    if (from >= to || !reserve(t, to - from))
        return;
    size_t base = t->len;
    for (size_t i = 0; i < o->nruns; i++) {
        /* run i covers o->runs[i].text up to the next run */
        size_t a = o->runs[i].text, b = i + 1 < o->nruns ? o->runs[i + 1].text : o->len;
        if (b <= from || a >= to || b <= a)
            continue;
        size_t skip = a < from ? from - a : 0;
        t->len = base + (a + skip - from);
        add_run(t, o->runs[i].src + (uint32_t)skip, false);
    }
    memcpy(t->s + base, o->s + from, to - from);
    t->len = base + (to - from);
    t->s[t->len] = 0;
}

void tb_append(textbuf *t, const textbuf *o) { tb_append_range(t, o, 0, o->len); }

void tb_insert_at(textbuf *t, size_t at, const char *s, size_t n, uint32_t src)
{
    if (at >= t->len) {
        tb_put_at(t, s, n, src);
        return;
    }
    textbuf tail;
    memset(&tail, 0, sizeof tail);
    tb_append_range(&tail, t, at, t->len);
    if (tail.failed) {
        t->failed = true;
        tb_free(&tail);
        return;
    }
    t->len = at;
    t->s[at] = 0;
    while (t->nruns && t->runs[t->nruns - 1].text >= at)
        t->nruns--;
    tb_put_at(t, s, n, src);
    tb_append(t, &tail);
    tb_free(&tail);
}

int tb_last(const textbuf *t) { return t->len ? (unsigned char)t->s[t->len - 1] : 0; }

void tb_trim_end(textbuf *t)
{
    while (t->len && (t->s[t->len - 1] == ' ' || t->s[t->len - 1] == '\t'))
        t->len--;
    if (t->s)
        t->s[t->len] = 0;
    while (t->nruns && t->runs[t->nruns - 1].text >= t->len && t->nruns > 1 &&
           t->runs[t->nruns - 2].text >= t->len)
        t->nruns--;
}

void tb_cell_block(textbuf *t, textbuf *p)
{
    tb_trim_end(p);
    size_t lead = 0;
    while (lead < p->len && p->s[lead] == ' ')
        lead++;
    if (p->len > lead) {
        if (t->len && tb_last(t) != '\n')
            tb_put_at(t, "\n", 1, 0);
        tb_append_range(t, p, lead, p->len);
    }
    if (p->failed)
        t->failed = true;
}

void tb_free(textbuf *t)
{
    free(t->s);
    free(t->runs);
    memset(t, 0, sizeof *t);
}
