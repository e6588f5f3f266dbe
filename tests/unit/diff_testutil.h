/* Helpers of the xxgk diff tests: altered copies of real reports, and
 * lookups in a diff result. Header-only (static inline) so each test
 * program takes what it uses. */
#ifndef XXGK_DIFF_TESTUTIL_H
#define XXGK_DIFF_TESTUTIL_H
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "testutil.h"
#include "utf8.h"

static inline xxgk_doc *dt_parse_text(const char *name, const char *text)
{
    xxgk_doc *d = xxgk_parse(name, text, strlen(text), NULL);
    assert_non_null(d);
    return d;
}

static inline xxgk_doc *dt_load(const char *rel)
{
    xxgk_doc *d = parse_file(rel);
    assert_non_null(d);
    return d;
}

static inline char *dt_read(const char *rel)
{
    char *t = read_source_file(rel, NULL);
    assert_non_null(t);
    return t;
}

/* Byte offset of line:col (1-based, col in code points). */
static inline size_t dt_offset(const char *text, unsigned line, unsigned col)
{
    size_t i = 0, n = strlen(text);
    for (unsigned l = 1; l < line; l++) {
        const char *nl = memchr(text + i, '\n', n - i);
        assert_non_null(nl);
        i = (size_t)(nl - text) + 1;
    }
    for (unsigned c = 1; c < col; c++) {
        uint32_t cp;
        int k = utf8_decode((const uint8_t *)text + i, n - i, &cp);
        assert_true(k > 0);
        i += (size_t)k;
    }
    return i;
}

/* A copy of text where `from`, standing at line:col, becomes `to`. The
 * test fails when `from` is not there, so a moved fixture cannot pass by
 * editing something else. */
static inline char *dt_alter(const char *text, unsigned line, unsigned col, const char *from,
                             const char *to)
{
    size_t at = dt_offset(text, line, col), n = strlen(text), fl = strlen(from), tl = strlen(to);
    assert_memory_equal(text + at, from, fl);
    char *out = malloc(n - fl + tl + 1);
    assert_non_null(out);
    memcpy(out, text, at);
    memcpy(out + at, to, tl);
    memcpy(out + at + tl, text + at + fl, n - at - fl + 1);
    return out;
}

/* Replace every occurrence of each simplified character by its
 * traditional form: a traditional copy of a simplified report. */
static inline char *dt_traditional(const char *text)
{
    static const char *const pairs[] = {
        "开", "開", "区", "區", "国", "國", "务", "務", "发", "發", "报", "報", "会", "會",
        "门", "門", "据", "據", "关", "關", "条", "條", "统", "統", "计", "計", "对", "對",
        "与", "與", "办", "辦", "处", "處", "结", "結", "转", "轉", "总", "總", "体", "體",
        "况", "況", "请", "請", "诉", "訴", "议", "議", "复", "復", "应", "應", "时", "時",
        "实", "實", "现", "現", "为", "為", "无", "無", "动", "動", "项", "項", "数", "數",
        "规", "規", "执", "執", "领", "領", "导", "導", "习", "習", "综", "綜", "验", "驗",
        NULL};
    size_t n = strlen(text);
    char *out = malloc(n + 1);
    assert_non_null(out);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k;
        for (k = 0; pairs[k]; k += 2)
            if (strncmp(text + i, pairs[k], strlen(pairs[k])) == 0)
                break;
        if (pairs[k]) {
            /* both forms are 3 bytes in UTF-8: the length does not change */
            memcpy(out + o, pairs[k + 1], 3);
            o += 3;
            i += 3;
        } else {
            out[o++] = text[i++];
        }
    }
    out[o] = 0;
    return out;
}

static inline const diff_change *dt_cell(const diff_result *d, int table, int row, int col)
{
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (c->kind == DIFF_K_CELL && c->table == table && c->row == row && c->col == col)
            return c;
    }
    return NULL;
}

/* The change of a kind whose NEW (else OLD) text is `text`. */
static inline const diff_change *dt_text(const diff_result *d, int kind, const char *text)
{
    for (size_t i = 0; i < d->nchanges; i++) {
        const diff_change *c = &d->changes[i];
        if (c->kind != kind)
            continue;
        if ((c->new_text && strcmp(c->new_text, text) == 0) ||
            (!c->new_text && c->old_text && strcmp(c->old_text, text) == 0))
            return c;
    }
    return NULL;
}

static inline const diff_check *dt_check(const diff_result *d, const char *name, int col)
{
    for (size_t i = 0; i < d->nchecks; i++)
        if (strcmp(d->checks[i].name, name) == 0 && d->checks[i].col == col)
            return &d->checks[i];
    return NULL;
}

static inline char *dt_dec(xxgk_dec v, char *buf) { return xxgk_dec_format(v, buf, 48); }

#define assert_pos(p, l, c)                                                                        \
    do {                                                                                           \
        assert_int_equal((p).line, (l));                                                           \
        assert_int_equal((p).col, (c));                                                            \
    } while (0)
#endif
