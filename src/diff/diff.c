/* xxgk diff: the result, its arrays and the order of the passes. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "utf8.h"

const char *diff_action_name(int a)
{
    static const char *const names[] = {"", "insert", "delete", "update", "move"};
    return a >= 0 && a <= DIFF_MOVE ? names[a] : "";
}

const char *diff_kind_name(int k)
{
    static const char *const names[] = {"", "section", "heading", "paragraph", "cell"};
    return k >= 0 && k <= DIFF_K_CELL ? names[k] : "";
}

const char *diff_section_key(int s) { return s == DIFF_PREAMBLE ? "preamble" : xxgk_section_key(s); }

const char *diff_status_name(int s)
{
    static const char *const names[] = {"", "pass", "fail", "skipped"};
    return s >= 0 && s <= DIFF_SKIPPED ? names[s] : "";
}

const char *diff_script_name(int s)
{
    static const char *const names[] = {"unknown", "simplified", "traditional", "mixed"};
    return s >= 0 && s <= DIFF_SCRIPT_MIXED ? names[s] : "unknown";
}

const char *diff_identity_name(int id)
{
    static const char *const names[] = {"", "requests.row_total", "requests.legal_subtotal",
                                        "requests.handled_total", "requests.balance",
                                        "appeals.total"};
    return id >= 0 && id <= DIFF_ID_APPEALS_TOTAL ? names[id] : "";
}

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
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return "";
    return diff_strdup(d, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
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
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        void *na = realloc(*arr, nc * size);
        if (!na) {
            d->failed = true;
            return NULL;
        }
        *arr = na;
        *cap = nc;
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

bool diff_same_folded(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    uint32_t *fa = malloc((na + 1) * sizeof *fa), *fb = malloc((nb + 1) * sizeof *fb);
    bool same = false;
    if (fa && fb) {
        size_t ka = diff_fold((const uint8_t *)a, na, fa, na + 1);
        size_t kb = diff_fold((const uint8_t *)b, nb, fb, nb + 1);
        same = ka == kb && memcmp(fa, fb, ka * sizeof *fa) == 0;
    }
    free(fa);
    free(fb);
    return same;
}

/* Which script a report is printed in: the share of CJK characters that
 * have a distinct simplified form. Simplified text has almost none (a few
 * characters such as 乾 are legitimately shared), traditional text a
 * quarter or more. */
static int script_of(const xxgk_doc *doc)
{
    size_t len, trad, cjk;
    const uint8_t *src = xxgk_doc_source(doc, &len);
    diff_script_count(src, len, &trad, &cjk);
    if (cjk == 0)
        return DIFF_SCRIPT_UNKNOWN;
    if (trad * 100 < cjk)
        return DIFF_SCRIPT_SIMPLIFIED;
    if (trad * 10 >= cjk)
        return DIFF_SCRIPT_TRADITIONAL;
    return DIFF_SCRIPT_MIXED;
}

static void side_init(diff_side *s, const xxgk_doc *doc)
{
    s->doc = doc;
    s->r = xxgk_doc_report(doc);
    s->file = xxgk_doc_name(doc);
    s->agency = s->r ? s->r->agency : NULL;
    s->agency_key = s->r ? s->r->agency_key : NULL;
    s->date = s->r ? s->r->date : NULL;
    s->year = s->r ? s->r->year : 0;
    s->tmpl = s->r ? xxgk_report_template(s->r) : 0;
    s->script = script_of(doc);
    s->errors = xxgk_doc_count(doc, XXGK_ERROR);
}

diff_result *diff_reports(const xxgk_doc *old_doc, const xxgk_doc *new_doc)
{
    if (!old_doc || !new_doc || !xxgk_doc_report(old_doc) || !xxgk_doc_report(new_doc))
        return NULL;
    diff_result *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    arena_init(&d->arena);
    side_init(&d->old, old_doc);
    side_init(&d->new, new_doc);
    diff_structure(d);
    diff_cells(d);
    diff_checks(d);
    if (d->failed) {
        diff_free(d);
        return NULL;
    }
    return d;
}

void diff_free(diff_result *d)
{
    if (!d)
        return;
    free(d->changes);
    free(d->only);
    free(d->mapped);
    free(d->checks);
    arena_free(&d->arena);
    free(d);
}

bool diff_changed(const diff_result *d) { return d->nchanges > 0; }

size_t diff_count(const diff_result *d, int action, int kind)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nchanges; i++)
        if ((!action || d->changes[i].action == action) && (!kind || d->changes[i].kind == kind))
            n++;
    return n;
}
