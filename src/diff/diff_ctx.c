/* The diff's context: what every pass uses to record what it found in the
 * result (diff_int.h): its arrays, its strings, positions. The passes call
 * these; these call no pass. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "vec.h"

void *diff_alloc(diff_result *d, size_t size)
{
    void *p = arena_alloc(&d->arena, size);
    if (!p)
        d->failed = true;
    return p;
}

const char *diff_strdup(diff_result *d, const char *s, size_t n)
{
    char *p = arena_strndup(&d->arena, s, n);
    if (!p)
        d->failed = true;
    return p;
}

const char *diff_printf(diff_result *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *p = arena_vprintf(&d->arena, fmt, ap);
    va_end(ap);
    if (d->arena.failed)
        d->failed = true;
    return p;
}

/* The text of a span with its line breaks turned into spaces, trimmed. */
const char *diff_span_text(diff_result *d, const xxgk_doc *doc, xxgk_span sp)
{
    size_t len;
    const uint8_t *src = xxgk_doc_source(doc, &len);
    if (sp.end > len || sp.start >= sp.end)
        return diff_strdup(d, "", 0);
    while (sp.start < sp.end && (src[sp.start] == ' ' || src[sp.start] == '\t'))
        sp.start++;
    while (sp.end > sp.start && (src[sp.end - 1] == ' ' || src[sp.end - 1] == '\t' ||
                                 src[sp.end - 1] == '\n' || src[sp.end - 1] == '\r'))
        sp.end--;
    char *p = diff_alloc(d, sp.end - sp.start + 1);
    if (!p)
        return "";
    size_t o = 0;
    for (uint32_t i = sp.start; i < sp.end; i++) {
        char c = (char)src[i];
        if (c == '\r')
            continue;
        p[o++] = c == '\n' || c == '\t' ? ' ' : c;
    }
    p[o] = 0;
    return p;
}

xxgk_pos diff_pos(const diff_side *s, xxgk_span sp) { return xxgk_doc_position(s->doc, sp.start); }

/* Grow an array of the result by one zeroed element. */
static void *push(diff_result *d, void **arr, size_t *n, size_t *cap, size_t size)
{
    if (!vec_reserve(arr, *n, cap, size)) {
        d->failed = true;
        return NULL;
    }
    void *e = (char *)*arr + *n * size;
    memset(e, 0, size);
    (*n)++;
    return e;
}

diff_change *diff_push_change(diff_result *d, int action, int kind)
{
    diff_change *c = push(d, (void **)&d->changes, &d->nchanges, &d->cap_changes, sizeof *c);
    if (c) {
        c->action = action;
        c->kind = kind;
        c->similarity = -1;
    }
    return c;
}

diff_only *diff_push_only(diff_result *d)
{
    return push(d, (void **)&d->only, &d->nonly, &d->cap_only, sizeof(diff_only));
}

diff_mapped *diff_push_mapped(diff_result *d)
{
    return push(d, (void **)&d->mapped, &d->nmapped, &d->cap_mapped, sizeof(diff_mapped));
}

diff_check *diff_push_check(diff_result *d)
{
    return push(d, (void **)&d->checks, &d->nchecks, &d->cap_checks, sizeof(diff_check));
}


diff_group *diff_push_group(diff_result *d)
{
    return push(d, (void **)&d->groups, &d->ngroups, &d->cap_groups, sizeof(diff_group));
}
