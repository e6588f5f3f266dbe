/* Documents, diagnostics and positions. */
#include "doc.h"
#include "bigmem.h"
#include "bytes16.h"
#include "encoding.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct code_info {
    const char *name, *en, *zh; /* code, and the message format in English and Chinese */
    int severity;
} codes[] = {
#define XXGK_DIAG(E, code, sev, en, zh) {code, en, zh, XXGK_##sev},
#include "diag_codes.def"
#undef XXGK_DIAG
};

static const char *const slugs[] = {
#define XXGK_DIAG(E, code, sev, en, zh) #E,
#include "diag_codes.def"
#undef XXGK_DIAG
};

const char *xxgk_code_name(int code)
{
    return code >= 0 && code < XXGK__CODE_COUNT ? codes[code].name : "?";
}
const char *xxgk_code_slug(int code)
{
    return code >= 0 && code < XXGK__CODE_COUNT ? slugs[code] : "?";
}
int xxgk_code_severity(int code)
{
    return code >= 0 && code < XXGK__CODE_COUNT ? codes[code].severity : XXGK_ERROR;
}
int xxgk_code_by_name(const char *name)
{
    for (int i = 0; i < XXGK__CODE_COUNT; i++)
        if (strcmp(codes[i].name, name) == 0)
            return i;
    return -1;
}
const char *doc_code_format(int code, int lang)
{
    if (code < 0 || code >= XXGK__CODE_COUNT)
        return "?";
    return lang == XXGK_LANG_ZH ? codes[code].zh : codes[code].en;
}

const char *doc_code_pattern(int code, int lang, char *buf, size_t size)
{
    size_t n = 0;
    const char *fmt = doc_code_format(code, lang);
    for (const char *p = fmt; *p && n + 4 < size; p++) {
        if (*p != '%') {
            buf[n++] = *p;
            continue;
        }
        if (p[1] == '%') {
            buf[n++] = '%';
            p++;
            continue;
        }
        /* skip the argument's position, flags, width, precision, length and the conversion */
        p++;
        while (*p && strchr("0123456789$.-+ #lhzjt", *p))
            p++;
        if (!*p)
            break;
        memcpy(buf + n, "…", 3);
        n += 3;
    }
    buf[n] = 0;
    return buf;
}

/* Does MSG hold an invisible format character (utf8_format_len)? Each of
 * their lead bytes (E2, EF, C2) is hopped to by strchr and the bytes after
 * it tested, never every byte of the message: most messages hold none of
 * the leads, or a few full-width brackets (EF BC 88). */
static bool has_invisible(const char *msg)
{
    if (strpbrk(msg, "\r\n"))
        return true; /* a line break: a message is one line */
    static const char leads[] = "\xE2\xEF\xC2";
    for (const char *l = leads; *l; l++)
        for (const char *p = strchr(msg, *l); p; p = strchr(p + 1, *l))
            if (utf8_format_len((const uint8_t *)p, !p[1] ? 1 : !p[2] ? 2 : 3))
                return true;
    return false;
}

/* MSG (LEN bytes) as show_invisible shows it, into OUT (3 * LEN + 1
 * bytes: each invisible character of 2 or 3 bytes becomes 6). */
static void show_invisible_into(const char *msg, size_t len, char *out)
{
    const uint8_t *m = (const uint8_t *)msg;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (msg[i] == '\r' || msg[i] == '\n') {
            /* a quoted text of two lines (an agency's name over a date)
             * reads on one: its line break a blank, CR LF one blank */
            out[o++] = ' ';
            i += msg[i] == '\r' && msg[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        size_t l = utf8_format_len(m + i, len - i);
        if (!l) {
            out[o++] = msg[i++];
            continue;
        }
        uint32_t cp;
        utf8_decode(m + i, l, &cp);
        o += (size_t)snprintf(out + o, 7, "U+%04X", (unsigned)cp);
        i += l;
    }
    out[o] = '\0';
}

/* A message that quotes text holding an invisible format character
 * (utf8_format_len: U+200B, U+200C, U+200D, U+2060, U+FEFF, U+00AD) shows
 * it as U+200B: quoted raw it is nothing to the reader ('' where the
 * message names a character); a line break in it (a quoted text of two
 * lines) is a blank: a message is one line. MSG itself when it holds
 * none, else a copy in the arena. Every diagnostic's message and note goes
 * through it (a text made when printed: xxgk_diag_msg). */
static const char *show_invisible(xxgk_doc *doc, const char *msg)
{
    if (!msg || !has_invisible(msg))
        return msg;
    size_t len = strlen(msg);
    char *out = arena_alloc_raw(&doc->arena, 3 * len + 1); /* 6 bytes for each of 2 or 3 */
    if (!out)
        return msg;
    show_invisible_into(msg, len, out);
    return out;
}

const char *doc_vprintf(xxgk_doc *doc, const char *fmt, va_list ap)
{
    if (doc->texts_unread)
        return "";
    return arena_vprintf(&doc->arena, fmt, ap);
}

const char *doc_printf(xxgk_doc *doc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *p = doc_vprintf(doc, fmt, ap);
    va_end(ap);
    return p;
}

/* A finding in the document's list: the public node and, private to this
 * file, the one before it, so that a finding taken back or one told out of
 * order costs the few nodes near it, never a walk from the list's head (a
 * run-together line of 200,000 findings made both quadratic). Every node of
 * doc->diags is made by doc_diag_va; `dropped` marks one unlinked. */
typedef struct {
    xxgk_diag d; /* first: a diag_node is its xxgk_diag */
    xxgk_diag *prev;
    bool dropped;
    /* a deferred code's number (P062's columns: deferred_node), in the
     * padding after `dropped`, so that a deferred node is 80 bytes in the
     * arena, not 96 */
    int arg_n;
} diag_node;

static diag_node *node_of(xxgk_diag *d) { return (diag_node *)d; }
static const diag_node *cnode_of(const xxgk_diag *d) { return (const diag_node *)d; }

/* A finding whose text is made when it is printed (xxgk_diag_msg): what
 * its code's format needs, kept after its node; its msg is NULL. A table
 * printed one cell a line can earn one of these a row (12,000 rows of
 * cellrows at 10x: P062's 250 bytes of text a row made at once were 3 MB
 * of the arena; docs/performance.md, fifty-fifth pass). Each string lives
 * as long as the document (the arena's, or the template's static text). */
typedef struct {
    const char *s[3];
} diag_args;

typedef struct {
    diag_node node; /* node.arg_n: the format's number */
    diag_args args;
} deferred_node;
/* the number sits in the node's padding: the strings are all a deferred
 * finding adds (24,000 findings of cellrows at 10x: 80 bytes each in the
 * arena, not 96; docs/performance.md, sixty-first pass) */
_Static_assert(sizeof(deferred_node) == sizeof(diag_node) + sizeof(diag_args),
               "a deferred finding's number lives in its node");

/* The codes a row can earn many times, their text made when printed:
 * P062 (a joined cell no sum can check, every row of a table printed one
 * cell a line) and P014 (a row printed again). */
static bool defers_text(int code) { return code == XXGK_P_JOIN_UNCHECKED || code == XXGK_P_DUPLICATE_ROW; }

/* The arguments of a deferred code's format, in the order of its English
 * format: P014 (row, table), P062 (pair, row, columns, reading). */
static void take_args(int code, va_list ap, deferred_node *dn)
{
    diag_args *a = &dn->args;
    a->s[0] = va_arg(ap, const char *);
    a->s[1] = va_arg(ap, const char *);
    if (code == XXGK_P_JOIN_UNCHECKED) {
        dn->node.arg_n = va_arg(ap, int);
        a->s[2] = va_arg(ap, const char *);
    }
}

/* A deferred code's text by FMT into BUF of SIZE bytes; snprintf's count. */
static int format_args(char *buf, size_t size, int code, const char *fmt, const deferred_node *dn)
{
    const diag_args *a = &dn->args;
    if (code == XXGK_P_JOIN_UNCHECKED)
        return snprintf(buf, size, fmt, a->s[0], a->s[1], dn->node.arg_n, a->s[2]);
    return snprintf(buf, size, fmt, a->s[0], a->s[1]);
}

/* B's heap, at least SIZE bytes (its text kept); NULL when out of memory. */
static char *msgbuf_heap(xxgk_msgbuf *b, size_t size)
{
    if (size <= b->cap)
        return b->heap;
    char *p = realloc(b->heap, size);
    if (!p)
        return NULL;
    b->heap = p;
    b->cap = size;
    return p;
}

/* One function gives every finding's message: the text made when it was
 * told, or, for a code whose text is made when printed (defers_text), its
 * format filled in the document's language into B, shown as show_invisible
 * shows a message. Valid until B is used again or freed. */
const char *xxgk_diag_msg(const xxgk_doc *doc, const xxgk_diag *d, xxgk_msgbuf *b)
{
    if (d->msg)
        return d->msg;
    const deferred_node *a = (const deferred_node *)(const void *)d;
    const char *fmt = doc_code_format(d->code, doc->lang);
    int n = format_args(b->small, sizeof b->small, d->code, fmt, a);
    if (n < 0)
        return "";
    size_t len = (size_t)n;
    bool big = len >= sizeof b->small;
    if (big) {
        if (!msgbuf_heap(b, len + 1))
            return b->small; /* out of memory: cut short */
        format_args(b->heap, len + 1, d->code, fmt, a);
    }
    const char *text = big ? b->heap : b->small;
    if (!has_invisible(text))
        return text;
    size_t off = big ? len + 1 : 0; /* the shown copy after the text */
    if (!msgbuf_heap(b, off + 3 * len + 1))
        return text;
    text = big ? b->heap : b->small;
    show_invisible_into(text, len, b->heap + off);
    return b->heap + off;
}

void xxgk_msgbuf_free(xxgk_msgbuf *b)
{
    free(b->heap);
    b->heap = NULL;
    b->cap = 0;
}

xxgk_diag *doc_diag_va(xxgk_doc *doc, int code, int severity, xxgk_span span, va_list ap)
{
    bool unread = doc->texts_unread || (doc->texts_errors_only && severity != XXGK_ERROR);
    bool defer = !unread && defers_text(code);
    diag_node *node = arena_alloc(&doc->arena, defer ? sizeof(deferred_node) : sizeof *node);
    if (!node)
        return NULL;
    xxgk_diag *d = &node->d;
    d->code = code;
    d->severity = severity;
    d->span = span;
    if (defer)
        take_args(code, ap, (deferred_node *)(void *)node); /* msg NULL: made when printed */
    else
        d->msg = unread ? "" : show_invisible(doc, doc_vprintf(doc, doc_code_format(code, doc->lang), ap));
    if (severity >= 0 && severity <= 2)
        doc->counts[severity]++;
    /* Insert in source order, after every one that starts at or before it;
     * most diagnostics arrive in order. One that does not usually follows
     * the last one that did not (a table's findings told when it ends, in
     * order): the walk goes on from there when it may, else back from the
     * tail (findings told late are near the end). Every start gives the
     * same place: the list is in order of start. */
    xxgk_diag *tail = doc->diags_tail;
    if (!tail || tail->span.start <= span.start) {
        node->prev = tail;
        if (tail)
            tail->next = d;
        else
            doc->diags = d;
        doc->diags_tail = d;
        return d;
    }
    xxgk_diag *p; /* the one it follows; NULL: the head */
    if (doc->diags_hint && doc->diags_hint->span.start <= span.start) {
        p = doc->diags_hint;
        while (p->next->span.start <= span.start) /* the tail starts after span */
            p = p->next;
    } else {
        p = node_of(tail)->prev;
        while (p && p->span.start > span.start)
            p = node_of(p)->prev;
    }
    xxgk_diag *n = p ? p->next : doc->diags;
    d->next = n;
    node->prev = p;
    node_of(n)->prev = d;
    if (p)
        p->next = d;
    else
        doc->diags = d;
    doc->diags_hint = d;
    return d;
}

xxgk_diag *xxgk_doc_add_diag(xxgk_doc *doc, int code, xxgk_span span, ...)
{
    va_list ap;
    va_start(ap, span);
    xxgk_diag *d = doc_diag_va(doc, code, xxgk_code_severity(code), span, ap);
    va_end(ap);
    return d;
}

xxgk_diag *xxgk_doc_add_diag_sev(xxgk_doc *doc, int code, int severity, xxgk_span span, ...)
{
    va_list ap;
    va_start(ap, span);
    xxgk_diag *d = doc_diag_va(doc, code, severity, span, ap);
    va_end(ap);
    return d;
}

/* A note's text, formatted from FMT. A note of plain text (no conversion
 * in FMT) told again and again (bld_doubt_row's over each doubted row: a
 * table of 12,000 rows printed one cell a line made 12,000 copies of its
 * 95 bytes, 1.2 MB; docs/performance.md, fifty-second pass) shares the
 * copy of the last one when its text is the same. */
static const char *note_text(xxgk_doc *doc, const char *fmt, va_list ap)
{
    bool plain = !strchr(fmt, '%');
    if (plain && doc->plain_note && strcmp(doc->plain_note, fmt) == 0)
        return doc->plain_note;
    const char *msg = show_invisible(doc, doc_vprintf(doc, fmt, ap));
    if (plain)
        doc->plain_note = msg;
    return msg;
}

void xxgk_diag_add_note(xxgk_doc *doc, xxgk_diag *d, xxgk_span span, const char *fmt, ...)
{
    if (!d)
        return;
    xxgk_note *n = arena_alloc(&doc->arena, sizeof *n);
    if (!n)
        return;
    va_list ap;
    va_start(ap, fmt);
    n->msg = doc->texts_errors_only && d->severity != XXGK_ERROR ? "" : note_text(doc, fmt, ap);
    va_end(ap);
    n->span = span;
    xxgk_note **pp = &d->notes;
    while (*pp)
        pp = &(*pp)->next;
    *pp = n;
}

void xxgk_doc_sort_diags(xxgk_doc *doc)
{
    /* insertion is already ordered; kept for callers that mutate spans */
    xxgk_diag *list = doc->diags, *sorted = NULL, *tail = NULL;
    doc->diags = doc->diags_tail = NULL;
    while (list) {
        xxgk_diag *d = list;
        list = list->next;
        d->next = NULL;
        if (!sorted || tail->span.start <= d->span.start) {
            if (tail)
                tail->next = d;
            else
                sorted = d;
            tail = d;
        } else {
            xxgk_diag **pp = &sorted;
            while ((*pp)->span.start <= d->span.start)
                pp = &(*pp)->next;
            d->next = *pp;
            *pp = d;
        }
    }
    doc->diags = sorted;
    doc->diags_tail = tail;
    doc->diags_hint = NULL;
    for (xxgk_diag *d = sorted, *p = NULL; d; p = d, d = d->next)
        node_of(d)->prev = p;
}

void *xxgk_doc_alloc(xxgk_doc *doc, size_t size) { return arena_alloc(&doc->arena, size); }
void *doc_alloc_raw(xxgk_doc *doc, size_t size) { return arena_alloc_raw(&doc->arena, size); }

const char *doc_copy_again(xxgk_doc *doc, int slot, const char *s, size_t n)
{
    const char *last = doc->again[slot];
    if (last && doc->again_len[slot] == n && memcmp(last, s, n) == 0)
        return last;
    char *c = arena_alloc_raw(&doc->arena, n + 1);
    if (!c)
        return NULL;
    memcpy(c, s, n);
    c[n] = 0;
    doc->again[slot] = c;
    doc->again_len[slot] = n;
    return c;
}

/* A buffer the document frees with it, noted in its arena. */
struct doc_owned {
    struct doc_owned *next;
    void *p;
};

void *doc_own(xxgk_doc *doc, void *p)
{
    struct doc_owned *o = p ? arena_alloc_raw(&doc->arena, sizeof *o) : NULL;
    if (!o) {
        free(p);
        return NULL;
    }
    o->p = p;
    o->next = doc->owned;
    doc->owned = o;
    return p;
}
int xxgk_doc_lang(const xxgk_doc *doc) { return doc->lang; }
const char *xxgk_doc_name(const xxgk_doc *doc) { return doc->name; }
const uint8_t *xxgk_doc_source(const xxgk_doc *doc, size_t *len)
{
    if (len)
        *len = doc->len;
    return doc->src;
}
const xxgk_report *xxgk_doc_report(const xxgk_doc *doc) { return doc->report; }
const xxgk_diag *xxgk_doc_diags(const xxgk_doc *doc) { return doc->diags; }

/* Unlink D (in the list); the counts follow, the node stays in the arena. */
static void unlink_diag(xxgk_doc *doc, xxgk_diag *d)
{
    diag_node *node = node_of(d);
    xxgk_diag *p = node->prev, *n = d->next;
    if (p)
        p->next = n;
    else
        doc->diags = n;
    if (n)
        node_of(n)->prev = p;
    else
        doc->diags_tail = p;
    if (doc->diags_hint == d)
        doc->diags_hint = p; /* any node of the list is a place to walk from */
    node->dropped = true;
    if (d->severity >= 0 && d->severity <= 2)
        doc->counts[d->severity]--;
}

size_t xxgk_doc_drop_code(xxgk_doc *doc, int code)
{
    size_t dropped = 0;
    for (xxgk_diag *d = doc->diags, *next; d; d = next) {
        next = d->next;
        if (d->code == code) {
            unlink_diag(doc, d);
            dropped++;
        }
    }
    return dropped;
}

/* GONE from doc->diags, or one already taken back (then nothing) */
void doc_drop_diag(xxgk_doc *doc, const xxgk_diag *gone)
{
    if (gone && !cnode_of(gone)->dropped)
        unlink_diag(doc, (xxgk_diag *)gone);
}

/* The list is in order of start: the range's findings stand next to AT,
 * before it back to FROM and after it up to TO. */
void doc_drop_code_near(xxgk_doc *doc, const xxgk_diag *at, int code, uint32_t from, uint32_t to)
{
    if (!at || cnode_of(at)->dropped)
        return;
    for (xxgk_diag *d = cnode_of(at)->prev, *prev; d && d->span.start >= from; d = prev) {
        prev = node_of(d)->prev;
        if (d->code == code)
            unlink_diag(doc, d);
    }
    for (xxgk_diag *d = at->next, *next; d && d->span.start <= to; d = next) {
        next = d->next;
        if (d->code == code)
            unlink_diag(doc, d);
    }
}

/* The findings told so far (the front end's, before the parse), to be
 * made the list again by doc_diags_restore: a parse that is done again
 * (parse.c, a glued table found after the first) tells its findings anew.
 * The nodes are kept, their order copied into the arena; false when out of
 * memory (then no parse is done again). */
bool doc_diags_mark(xxgk_doc *doc, doc_diag_mark *m)
{
    size_t n = 0;
    for (const xxgk_diag *d = doc->diags; d; d = d->next)
        n++;
    m->v = n ? xxgk_doc_alloc(doc, n * sizeof *m->v) : NULL;
    if (n && !m->v)
        return false;
    m->n = 0;
    for (xxgk_diag *d = doc->diags; d; d = d->next)
        m->v[m->n++] = d;
    return true;
}

/* The list as doc_diags_mark found it: the findings told since dropped
 * (their nodes stay in the arena), one taken back since linked again. */
void doc_diags_restore(xxgk_doc *doc, const doc_diag_mark *m)
{
    doc->diags = doc->diags_tail = doc->diags_hint = NULL;
    doc->counts[0] = doc->counts[1] = doc->counts[2] = 0;
    for (size_t k = 0; k < m->n; k++) {
        xxgk_diag *d = m->v[k];
        diag_node *node = node_of(d);
        node->prev = doc->diags_tail;
        node->dropped = false;
        d->next = NULL;
        if (doc->diags_tail)
            doc->diags_tail->next = d;
        else
            doc->diags = d;
        doc->diags_tail = d;
        if (d->severity >= 0 && d->severity <= 2)
            doc->counts[d->severity]++;
    }
}

size_t xxgk_doc_count(const xxgk_doc *doc, int severity)
{
    return severity >= 0 && severity <= 2 ? doc->counts[severity] : 0;
}

void xxgk_doc_free(xxgk_doc *doc)
{
    if (!doc)
        return;
    free(doc->lines.marks);
    free(doc->lines.block_line);
    if (doc->origin) {
        free(doc->origin->lines.marks);
        free(doc->origin->lines.block_line);
        free(doc->origin->own_src);
        free(doc->origin->own_runs);
    }
    free(doc->own_src);
    for (struct doc_owned *o = doc->owned; o; o = o->next)
        free(o->p); /* the notes live in the arena, freed below */
    arena a = doc->arena; /* the doc itself lives in its arena */
    arena_free(&a);
}

/* Room for the code points before every DOC_COL_MARK-th byte, when some
 * line is longer than DOC_COL_MARK (the longest line's length, found with
 * the line starts): the column of a position far into a long line is then
 * the difference of two counts, each from the nearest mark. The counts are
 * made when a position needs them (marks_up_to). */
static void build_marks(doc_lines *d, uint32_t longest)
{
    if (longest <= DOC_COL_MARK)
        return;
    uint32_t n = d->len / DOC_COL_MARK + 1;
    d->marks = malloc(sizeof *d->marks * n); /* NULL: columns then counted from the line start */
    d->marks_filled = 0;
}


_Static_assert((int)DOC_COL_MARK == (int)UTF8_BLOCK, "a mark's block is counted by utf8_count_block");

/* The marks up to mark k filled: each the one before it plus the code
 * points of the block between. A cache of the index, written through the
 * const index a position query is given (the index is the document's,
 * used by one thread at a time): the whole text counted at most once. */
static void marks_up_to(const doc_lines *d, uint32_t k)
{
    doc_lines *w = (doc_lines *)d;
    for (uint32_t j = w->marks_filled; j <= k; j++) {
        uint32_t from = (j - 1) * DOC_COL_MARK;
        w->marks[j] = j ? w->marks[j - 1] + utf8_count_block(d->src + from) : 0;
    }
    if (k + 1 > w->marks_filled)
        w->marks_filled = k + 1;
}

/* Code points (bytes that are not continuation bytes) before off: from
 * the nearer of the two marks around it, so that at most half a block is
 * counted. The mark after off is used only when its whole block lies in
 * the text (the block is counted whole, utf8_count_block). */
static uint32_t cps_before(const doc_lines *d, uint32_t off)
{
    uint32_t k = off / DOC_COL_MARK, r = off - k * DOC_COL_MARK;
    if (r > DOC_COL_MARK / 2 && d->len - off >= DOC_COL_MARK - r) {
        if (k + 1 >= d->marks_filled)
            marks_up_to(d, k + 1);
        return d->marks[k + 1] - utf8_count_wide(d->src + off, DOC_COL_MARK - r);
    }
    if (k >= d->marks_filled)
        marks_up_to(d, k);
    return d->marks[k] + utf8_count_wide(d->src + (size_t)k * DOC_COL_MARK, r);
}

/* The line starts as walk_starts finds them: the first cap written to ls,
 * all counted (n), and whether a lone CR ends a line. */
struct start_walk {
    uint32_t *ls, cap, n;
    bool lone_cr, has_cr;
};

static inline void add_start(struct start_walk *w, uint32_t at)
{
    if (w->n < w->cap)
        w->ls[w->n] = at;
    w->n++;
}

/* The line breaks among the sixteen bytes at p: bit k set when p[k] is an
 * LF, or a CR when the text has one (cr). */
static inline uint64_t breaks16(const uint8_t *p, bool cr)
{
    bytes16 v = bytes16_at(p);
    return bytes16_bits(cr ? (bytes16)((v == '\n') | (v == '\r')) : (bytes16)(v == '\n'));
}

/* The same of the 64 bytes at p. */
static inline uint64_t breaks64(const uint8_t *p, bool cr)
{
    return breaks16(p, cr) | breaks16(p + 16, cr) << 16 | breaks16(p + 32, cr) << 32 |
           breaks16(p + 48, cr) << 48;
}

/* The byte at k, an LF or a CR, ends a line: an LF always, a CR unless
 * an LF follows it in the text (the CR of a CR LF); a CR at the end of the
 * text does. */
static inline bool ends_line(const uint8_t *src, uint32_t len, uint32_t k, bool *lone_cr)
{
    if (src[k] == '\n')
        return true;
    if (k + 1 < len && src[k + 1] == '\n')
        return false;
    *lone_cr = true;
    return true;
}

/* The line starts of the text: 0, and after every line break (LF, CR LF,
 * or a lone CR). The LFs and CRs are found 64 bytes at a time, each
 * block's as a bit mask walked bit by bit (a line is some sixty bytes: a
 * call of memchr per line cost more than the search); the last few bytes
 * one by one (the text may end there). A text without a CR (cr false:
 * most) looks for the LFs alone, and each of them ends a line. The walk's
 * state is kept in a local copy: a start stored through ls could be one
 * of *w's fields for all the compiler knows, which it would then read
 * again at every line. */
static inline void walk_breaks(const doc_lines *d, struct start_walk *out, bool cr)
{
    struct start_walk w = *out;
    const uint8_t *src = d->src;
    uint32_t len = d->len, base = 0;
    add_start(&w, 0);
    for (; len - base >= 64; base += 64)
        for (uint64_t m = breaks64(src + base, cr); m; m &= m - 1) {
            uint32_t k = base + (uint32_t)__builtin_ctzll(m);
            if (!cr || ends_line(src, len, k, &w.lone_cr))
                add_start(&w, k + 1);
        }
    for (uint32_t k = base; k < len; k++)
        if ((src[k] == '\n' || src[k] == '\r') && ends_line(src, len, k, &w.lone_cr))
            add_start(&w, k + 1);
    *out = w;
}

/* walk_breaks made for a text with CRs and for one without. */
static void walk_starts(const doc_lines *d, struct start_walk *out)
{
    out->has_cr = memchr(d->src, '\r', d->len) != NULL;
    if (out->has_cr)
        walk_breaks(d, out, true);
    else
        walk_breaks(d, out, false);
}

/* The longest of the n lines starting at ls in a text of len bytes, its
 * break included (the last line runs to the end of the text): from the
 * starts once they are known, not at each start the walk finds. */
static uint32_t longest_line(const uint32_t *ls, uint32_t n, uint32_t len)
{
    uint32_t longest = len - ls[n - 1];
    for (uint32_t k = 1; k < n; k++)
        if (ls[k] - ls[k - 1] > longest)
            longest = ls[k] - ls[k - 1];
    return longest;
}

/* Line starts; *k is the number of lines, *longest the longest line's
 * length, *lone_cr whether a lone CR ends one, *has_cr whether the text
 * holds a CR. NULL when memory runs out.
 * One walk when the text has at most STARTS_ON_STACK lines (the starts
 * kept on the stack, then copied to an array of the exact size); a longer
 * text is walked again to fill its array (never more memory than the index
 * itself). */
enum { STARTS_ON_STACK = 2048 };
static uint32_t *line_starts(const doc_lines *d, arena *a, uint32_t *k, uint32_t *longest, bool *lone_cr,
                             bool *has_cr)
{
    uint32_t first[STARTS_ON_STACK];
    struct start_walk w = {first, STARTS_ON_STACK, 0, false, false};
    walk_starts(d, &w);
    *lone_cr = w.lone_cr; /* known with memory short too: doc_build_lines writes them as LFs */
    uint32_t *ls = arena_alloc_raw(a, sizeof *ls * ((size_t)w.n + 1));
    if (!ls)
        return NULL;
    if (w.n <= STARTS_ON_STACK) {
        memcpy(ls, first, sizeof *ls * w.n);
    } else {
        struct start_walk all = {ls, w.n, 0, false, false};
        walk_starts(d, &all);
    }
    ls[w.n] = d->len + 1; /* the sentinel (doc.h) */
    *k = w.n;
    *longest = longest_line(ls, w.n, d->len);
    *has_cr = w.has_cr;
    return ls;
}

/* The line of the first byte of every DOC_BLOCK bytes (one more entry for
 * an offset of len): one walk over blocks and line starts together. */
static void build_blocks(doc_lines *d)
{
    d->blocks_tried = true;
    uint32_t nb = (d->len >> DOC_BLOCK_BITS) + 1;
    uint32_t *b = bigmem_alloc(sizeof *b * nb);
    if (!b)
        return; /* line_index then searches */
    /* the starts and their count in locals: a store to b could be one of
     * d's fields for all the compiler knows */
    const uint32_t *starts = d->starts;
    uint32_t n = d->n, li = 0;
    for (uint32_t k = 0; k < nb; k++) {
        uint32_t at = k << DOC_BLOCK_BITS;
        while (li + 1 < n && starts[li + 1] <= at)
            li++;
        b[k] = li;
    }
    d->block_line = b;
}

/* The index of d->src[0..d->len): line starts and room for the marks
 * (the marks and the block index are filled when first asked for).
 * Whether a lone CR ends a line (then each is a line end of the index:
 * a page's file keeps them, the document's text has them written as LFs). */
static bool lines_build(doc_lines *d, arena *a)
{
    uint32_t k = 0, longest = 0;
    bool lone_cr = false, has_cr = true;
    uint32_t *ls = line_starts(d, a, &k, &longest, &lone_cr, &has_cr);
    if (!ls)
        return lone_cr; /* positions then count from the start of the text */
    d->starts = ls;
    d->n = k;
    d->longest = longest;
    d->has_cr = has_cr;
    build_marks(d, longest);
    return lone_cr;
}

/* Every lone CR of text[0, len) an LF: the line ends the index found,
 * written as the one line end the grammar's walks know (a CR LF's CR
 * stays, as every walk trims it). */
static void lone_crs_to_lf(uint8_t *text, uint32_t len)
{
    for (uint8_t *r = text; (r = memchr(r, '\r', (size_t)(text + len - r))) != NULL; r++)
        if (r + 1 >= text + len || r[1] != '\n')
            *r = '\n';
}

void doc_build_lines(xxgk_doc *d, uint8_t *text)
{
    d->lines.src = d->src;
    d->lines.len = d->len;
    if (lines_build(&d->lines, &d->arena))
        lone_crs_to_lf(text, d->len); /* the grammar's walks look for LF alone */
}

/* The length of the line separator at s (U+2028, U+2029: E2 80 A8/A9;
 * NEL: C2 85), 0 when s starts none; e is the end of the text. */
static uint32_t line_sep_len(const uint8_t *s, const uint8_t *e)
{
    if (e - s >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
        return 3;
    if (e - s >= 2 && s[0] == 0xC2 && s[1] == 0x85)
        return 2;
    return 0;
}

/* The bytes doc_line_seps_to_lf removed: each range [at, at + n) of the
 * old text, in order, and the bytes removed before it (before). */
struct sep_cut {
    uint32_t at, n, before;
};

/* Where the old offset off is in the new text: less the bytes removed
 * before it (of a range it stands in, the part before it). Binary search. */
static uint32_t sep_moved(const struct sep_cut *c, uint32_t nc, uint32_t off)
{
    uint32_t lo = 0, hi = nc; /* the ranges starting before off: [0, lo) */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c[mid].at < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return off;
    const struct sep_cut *k = &c[lo - 1];
    uint32_t in = off - k->at;
    return off - k->before - (in < k->n ? in : k->n);
}

static void sep_move_span(const struct sep_cut *c, uint32_t nc, xxgk_span *sp)
{
    sp->start = sep_moved(c, nc, sp->start);
    sp->end = sep_moved(c, nc, sp->end);
}

/* The text written over in place: each separator an LF, or nothing
 * before a CR or an LF; the ranges removed in c (room for one a
 * separator), *first where the first one's line end now stands. Returns
 * the new length. */
static uint32_t seps_written(uint8_t *src, uint32_t len, struct sep_cut *c, uint32_t *nc, uint32_t *first,
                             uint32_t *first_cp)
{
    uint32_t w = 0, removed = 0;
    *nc = 0;
    *first = UINT32_MAX;
    for (uint32_t r = 0; r < len;) {
        uint32_t l = line_sep_len(src + r, src + len);
        if (!l) {
            src[w++] = src[r++];
            continue;
        }
        bool joins = r + l < len && (src[r + l] == '\n' || src[r + l] == '\r');
        if (*first == UINT32_MAX) {
            *first = w;
            *first_cp = l == 2 ? 0x85 : 0x2028 + (src[r + 2] & 1u);
        }
        if (!joins)
            src[w++] = '\n';
        c[*nc] = (struct sep_cut){joins ? r : r + 1, joins ? l : l - 1, removed};
        removed += c[(*nc)++].n;
        r += l;
    }
    return w;
}

/* The separators in src[0..len): the ranges seps_written will remove,
 * counted before their room is taken (one per separator). */
static uint32_t seps_counted(const uint8_t *src, uint32_t len)
{
    uint32_t n = 0;
    for (uint32_t r = 0; r < len;) {
        uint32_t l = line_sep_len(src + r, src + len);
        n += l != 0;
        r += l ? l : 1;
    }
    return n;
}

/* The removed ranges c[0..nc) kept in doc for doc_file_offset, in the
 * new text's offsets: a range removed at old offset at stood before the
 * new text's byte at - before. Nothing kept when memory runs out (the
 * offsets then count each separator one byte). */
static void seps_kept(xxgk_doc *doc, const struct sep_cut *c, uint32_t nc)
{
    uint32_t *from = doc_alloc_raw(doc, sizeof *from * nc), *removed = doc_alloc_raw(doc, sizeof *removed * nc);
    if (!from || !removed)
        return;
    for (uint32_t k = 0; k < nc; k++) {
        from[k] = c[k].at - c[k].before;
        removed[k] = c[k].before + c[k].n;
    }
    doc->sep_from = from;
    doc->sep_removed = removed;
    doc->nseps = nc;
}

uint32_t doc_file_offset(const xxgk_doc *doc, uint32_t off)
{
    uint32_t lo = 0, hi = doc->nseps; /* the ranges removed before off: [0, lo) */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (doc->sep_from[mid] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return off + doc->file_skip + (lo ? doc->sep_removed[lo - 1] : 0);
}

uint32_t doc_line_seps_to_lf(xxgk_doc *doc, uint32_t *first_cp)
{
    if (doc->origin || doc->places || doc->npages)
        return UINT32_MAX;
    uint8_t *src = (uint8_t *)doc->src;
    uint32_t len = doc->len;
    uint32_t nsep = seps_counted(src, len);
    if (!nsep)
        return UINT32_MAX;
    struct sep_cut *c = malloc(sizeof *c * nsep);
    if (!c)
        return UINT32_MAX;
    uint32_t nc, first;
    uint32_t n = seps_written(src, len, c, &nc, &first, first_cp);
    for (xxgk_diag *d = doc->diags; d; d = d->next) {
        sep_move_span(c, nc, &d->span);
        for (xxgk_note *k = d->notes; k; k = k->next)
            sep_move_span(c, nc, &k->span);
    }
    xxgk_bad_byte *bad = (xxgk_bad_byte *)doc->bad;
    for (uint32_t i = 0; i < doc->nbad; i++)
        bad[i].at = sep_moved(c, nc, bad[i].at);
    seps_kept(doc, c, nc);
    free(c);
    src[n] = '\n';
    src[n + 1] = 0;
    doc->len = n;
    free(doc->lines.marks);
    free(doc->lines.block_line);
    memset(&doc->lines, 0, sizeof doc->lines);
    doc_build_lines(doc, src);
    return first;
}

/* The origin of doc: the page src[0..len) (NUL at src[len]) and its runs,
 * the page's line index built. False when memory runs out. */
static doc_origin *origin_attach(xxgk_doc *doc, const uint8_t *src, size_t len,
                                 xxgk_origin_run *runs, size_t nruns)
{
    doc_origin *o = arena_alloc(&doc->arena, sizeof *o);
    if (!o)
        return NULL;
    o->lines.src = src;
    o->lines.len = (uint32_t)len;
    o->runs = runs;
    o->nruns = (uint32_t)nruns;
    (void)lines_build(&o->lines, &doc->arena); /* the file's positions: its lone CRs end lines, kept as they are */
    doc->origin = o;
    return o;
}

bool doc_set_origin(xxgk_doc *doc, const char *src, size_t len, const xxgk_origin_run *runs,
                    size_t nruns)
{
    if (len > UINT32_MAX - 16 || nruns > UINT32_MAX / sizeof *runs)
        return false;
    uint8_t *copy = arena_alloc_raw(&doc->arena, len + 1);
    xxgk_origin_run *r = arena_alloc_raw(&doc->arena, sizeof *r * (nruns ? nruns : 1));
    if (!copy || !r)
        return false;
    memcpy(copy, src, len);
    copy[len] = 0;
    if (nruns)
        memcpy(r, runs, sizeof *r * nruns);
    return origin_attach(doc, copy, len, r, nruns) != NULL;
}

/* No copy of a page given away (an HTML page is read whole, and its copy
 * was the largest memcpy of a check); realloc makes the room for the NUL,
 * in place when the buffer has it (a file read by files.c does). */
bool doc_take_origin(xxgk_doc *doc, char *src, size_t len, xxgk_origin_run *runs, size_t nruns)
{
    uint8_t *s = len <= UINT32_MAX - 16 && nruns <= UINT32_MAX / sizeof *runs
                     ? realloc(src, len + 1)
                     : NULL;
    doc_origin *o = NULL;
    if (s) {
        s[len] = 0;
        o = origin_attach(doc, s, len, runs, nruns);
    }
    if (!o) {
        free(s ? (void *)s : src);
        free(runs);
        return false;
    }
    o->own_src = s;
    o->own_runs = runs;
    return true;
}

bool doc_set_places(xxgk_doc *doc, const doc_place *places, size_t n)
{
    if (!n || n > UINT32_MAX / sizeof *places)
        return false;
    doc_place *p = arena_alloc_raw(&doc->arena, sizeof *p * n);
    if (!p)
        return false;
    memcpy(p, places, sizeof *p * n);
    doc->places = p;
    doc->nplaces = (uint32_t)n;
    return true;
}

size_t origin_run_at(const xxgk_origin_run *runs, size_t nruns, size_t off)
{
    size_t lo = 0, hi = nruns;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (runs[mid].text <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* origin: the run holding text offset off (origin_run_at); the file
 * offset is the run's start plus the distance into it */
static uint32_t origin_map(const doc_origin *o, uint32_t off)
{
    if (!o->nruns)
        return 0;
    uint32_t lo = (uint32_t)origin_run_at(o->runs, o->nruns, off);
    uint32_t at = o->runs[lo].src + (off > o->runs[lo].text ? off - o->runs[lo].text : 0);
    /* a run never reaches past the next run's source (markup between) */
    if (lo + 1 < o->nruns && o->runs[lo + 1].src > o->runs[lo].src && at > o->runs[lo + 1].src)
        at = o->runs[lo + 1].src;
    return at > o->lines.len ? o->lines.len : at;
}

const doc_lines *doc_shown(const xxgk_doc *doc, uint32_t off, uint32_t *shown_off)
{
    if (off > doc->len)
        off = doc->len;
    if (!doc->origin) {
        *shown_off = off;
        return &doc->lines;
    }
    *shown_off = origin_map(doc->origin, off);
    return &doc->origin->lines;
}

uint32_t doc_shown_end(const xxgk_doc *doc, uint32_t start, uint32_t end)
{
    uint32_t a, b;
    doc_shown(doc, start, &a);
    if (end <= start || !doc->origin)
        return doc_shown(doc, end, &b), b < a ? a : b;
    /* the byte after the span's last byte: where that byte came from, plus
     * one (the next run may start far away, after markup) */
    doc_shown(doc, end - 1, &b);
    return b + 1 < a ? a : b + 1;
}

/* The index of the last of n ascending starts at or before off (0 when
 * none is): the line or the page holding an offset. */
static uint32_t last_start_at(const uint32_t *starts, uint32_t n, uint32_t off)
{
    uint32_t lo = 0, hi = n;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The line holding off, from the line of the last lookup (last_line):
 * forward over at most DOC_NEAR lines, else by binary search over the
 * lines after it or before it. */
static uint32_t line_near(doc_lines *w, uint32_t off)
{
    const uint32_t *starts = w->starts;
    uint32_t n = w->n, li = w->last_line;
    if (starts[li] <= off) {
        uint32_t k = 0;
        while (k < DOC_NEAR && li + 1 < n && starts[li + 1] <= off) {
            li++;
            k++;
        }
        if (k == DOC_NEAR)
            li += last_start_at(starts + li, n - li, off);
    } else {
        li = last_start_at(starts, li, off);
    }
    w->last_line = li;
    return li;
}

/* The line holding off (off <= len): from the line of its block, forward
 * over the lines that start in the block before off (at most DOC_BLOCK of
 * them): O(1) per lookup, however many lines the text has. */
static uint32_t line_index(const doc_lines *d, uint32_t off)
{
    if (!d->starts)
        return 0;
    if (!d->blocks_tried) {
        /* the first DOC_BLOCKS_AFTER lookups from the line of the one
         * before (a report asks a few dozen lines, mostly in order: cheaper
         * than the block index, which walks the whole text), then the block
         * index made, so that any number of lookups in any order costs O(1)
         * each: caches of the index, like the marks */
        doc_lines *w = (doc_lines *)d;
        if (w->lookups < DOC_BLOCKS_AFTER) {
            w->lookups++;
            return line_near(w, off);
        }
        build_blocks(w);
    }
    if (!d->block_line)
        return last_start_at(d->starts, d->n, off);
    uint32_t li = d->block_line[off >> DOC_BLOCK_BITS];
    while (li + 1 < d->n && d->starts[li + 1] <= off)
        li++;
    return li;
}

uint32_t doc_lines_index(const doc_lines *d, uint32_t off)
{
    return line_index(d, off > d->len ? d->len : off);
}

xxgk_pos doc_lines_position(const doc_lines *d, uint32_t off)
{
    if (off > d->len)
        off = d->len;
    uint32_t li = line_index(d, off);
    uint32_t start = d->starts ? d->starts[li] : 0;
    uint32_t col = off - start > DOC_COL_MARK && d->marks ? cps_before(d, off) - cps_before(d, start)
                                                      : utf8_count_wide(d->src + start, off - start);
    xxgk_pos p = {li + 1, 1 + col};
    return p;
}

/* the last page starting at or before off (pages in order; an empty page
 * shares its start with the next, which then holds the offset) */
uint32_t xxgk_doc_page(const xxgk_doc *d, uint32_t off)
{
    if (!d->npages)
        return 0;
    return last_start_at(d->page_starts, d->npages, off) + 1;
}

xxgk_span doc_lines_line(const doc_lines *d, uint32_t off)
{
    if (off > d->len)
        off = d->len;
    uint32_t li = line_index(d, off);
    uint32_t start = d->starts ? d->starts[li] : 0;
    uint32_t end;
    if (d->starts && li + 1 < d->n) {
        /* before the break that starts the next line: LF, CR LF or CR */
        end = d->starts[li + 1] - 1;
        if (d->src[end] == '\n' && end > start && d->src[end - 1] == '\r')
            end--;
    } else if (d->starts) {
        end = d->len; /* the last line: no break after its start */
    } else {
        end = start;
        while (end < d->len && d->src[end] != '\n' && d->src[end] != '\r')
            end++;
    }
    xxgk_span s = {start, end};
    return s;
}

/* Positions are the shown file's: the HTML page's line and column when the
 * text came from one. */
xxgk_pos xxgk_doc_position(const xxgk_doc *d, uint32_t off)
{
    uint32_t at;
    const doc_lines *l = doc_shown(d, off, &at);
    return doc_lines_position(l, at);
}

xxgk_pos doc_end_position(const xxgk_doc *d, xxgk_span sp)
{
    uint32_t a;
    const doc_lines *l = doc_shown(d, sp.start, &a);
    return doc_lines_position(l, doc_shown_end(d, sp.start, sp.end));
}

/* The line of the text (the grammar's lines; the snippet printer asks
 * doc_shown for the file's). */
/* How far apart two offsets are looked at byte by byte (doc_same_line):
 * past it the index answers, so that a caller asking of far offsets again
 * and again costs no more than the lookups. */
enum { SAME_LINE_SCAN = 256 };

/* The bytes between break a line where the index does: at an LF (the
 * text's lone CRs are LFs by now, doc_build_lines). A CR LF's CR right
 * before b is no break there: b is on its LF, the line's last byte, as the
 * index puts it. */
bool doc_same_line(const xxgk_doc *d, uint32_t a, uint32_t b)
{
    const doc_lines *l = &d->lines;
    uint32_t lo = a < b ? a : b, hi = a < b ? b : a;
    if (hi > d->len || hi - lo > SAME_LINE_SCAN || !l->starts || l->src != d->src)
        return xxgk_doc_line(d, a).start == xxgk_doc_line(d, b).start;
    const uint8_t *s = d->src;
    return !memchr(s + lo, '\n', hi - lo); /* a lone CR is an LF by now (doc_build_lines) */
}

xxgk_span xxgk_doc_line(const xxgk_doc *d, uint32_t off)
{
    return doc_lines_line(&d->lines, off);
}

/* Does off fall in one of the n [start, end) pairs of r (in order)? */
static bool in_pairs(const uint32_t *r, uint32_t n, uint32_t off)
{
    uint32_t lo = 0, hi = n; /* the first pair ending after off */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (r[2 * mid + 1] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && r[2 * lo] <= off;
}

bool doc_in_link(const xxgk_doc *doc, uint32_t off) { return in_pairs(doc->links, doc->nlinks, off); }

bool doc_in_furniture(const xxgk_doc *doc, uint32_t off)
{
    return in_pairs(doc->furniture, doc->nfurniture, off);
}
