/* Helpers shared by the unit tests. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

xxgk_doc *parse_str(const char *text)
{
    return xxgk_parse("t.txt", text, strlen(text), NULL);
}

char *read_source_file(const char *rel, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", XXGK_SOURCE_DIR, rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = 0;
        if (len)
            *len = (size_t)n;
    }
    return b;
}

xxgk_doc *parse_file(const char *rel)
{
    size_t len;
    char *b = read_source_file(rel, &len);
    if (!b)
        return NULL;
    xxgk_doc *d = xxgk_parse(rel, b, len, NULL);
    free(b);
    return d;
}

const xxgk_diag *find_diag(const xxgk_doc *doc, int code)
{
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->code == code)
            return d;
    return NULL;
}

int count_diags(const xxgk_doc *doc, int code)
{
    int n = 0;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->code == code)
            n++;
    return n;
}

xxgk_pos diag_pos(const xxgk_doc *doc, const xxgk_diag *d)
{
    return xxgk_doc_position(doc, d->span.start);
}

char *cell_str(const xxgk_doc *doc, int table, int row, int col, char *buf, size_t size)
{
    const xxgk_cell *c = xxgk_report_cell(xxgk_doc_report(doc), table, row, col);
    if (!c)
        snprintf(buf, size, "absent");
    else if (c->state == XXGK_CELL_EMPTY)
        snprintf(buf, size, "empty");
    else
        xxgk_dec_format(c->value, buf, size);
    return buf;
}

char *replace1(const char *s, const char *from, const char *to)
{
    const char *p = strstr(s, from);
    if (!p)
        fail_msg("text to replace not found: %s", from);
    size_t a = (size_t)(p - s), fl = strlen(from), tl = strlen(to), n = strlen(s);
    char *out = malloc(n - fl + tl + 1);
    assert_non_null(out);
    memcpy(out, s, a);
    memcpy(out + a, to, tl);
    memcpy(out + a + tl, p + fl, n - a - fl + 1);
    return out;
}

char *replace_byte(const char *s, char from, const char *to)
{
    size_t tl = strlen(to), n = 0;
    for (const char *p = s; *p; p++)
        n += *p == from ? tl : 1;
    char *out = malloc(n + 1), *o = out;
    assert_non_null(out);
    for (const char *p = s; *p; p++)
        if (*p == from) {
            memcpy(o, to, tl);
            o += tl;
        } else {
            *o++ = *p;
        }
    *o = 0;
    return out;
}

int layout_variants(const char *text, const char *from, const char *to, const char *spaces, xxgk_doc **d)
{
    char *t = replace1(text, from, to);
    const char *seps[] = {NULL, "\r\n", spaces, " | "};
    int n = 0;
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
        char *v = !seps[i] ? strdup(t)
                  : i == 1 ? replace_byte(t, '\n', "\r\n")
                           : replace_byte(t, '\t', seps[i]);
        d[n] = parse_str(v);
        assert_non_null(d[n]);
        n++;
        free(v);
    }
    free(t);
    return n;
}

void assert_diag_at(const xxgk_doc *doc, int code, unsigned line, unsigned col)
{
    int n = count_diags(doc, code);
    if (n != 1) {
        xxgk_msgbuf b = {0};
        for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next) {
            xxgk_pos p = xxgk_doc_position(doc, d->span.start);
            print_message("  have %s %u:%u %s\n", xxgk_code_name(d->code), p.line, p.col, xxgk_diag_msg(doc, d, &b));
        }
        xxgk_msgbuf_free(&b);
        fail_msg("%d diagnostics %s, expected 1", n, xxgk_code_name(code));
    }
    xxgk_pos p = diag_pos(doc, find_diag(doc, code));
    if (p.line != line || p.col != col)
        fail_msg("%s at %u:%u, expected %u:%u", xxgk_code_name(code), p.line, p.col, line, col);
}

size_t count_cells(const xxgk_doc *doc)
{
    const xxgk_report *r = xxgk_doc_report(doc);
    size_t n = 0;
    for (int t = 0; r && t < XXGK_TABLE__COUNT; t++)
        if (r->tables[t])
            for (size_t i = 0; i < r->tables[t]->ncells; i++)
                n += r->tables[t]->cells[i].state != XXGK_CELL_ABSENT;
    return n;
}

char *canonical;

int canonical_setup(void **state)
{
    (void)state;
    canonical = read_source_file("tests/fixtures/canonical-2021.txt", NULL);
    return canonical ? 0 : -1;
}

int canonical_teardown(void **state)
{
    (void)state;
    free(canonical);
    canonical = NULL;
    return 0;
}
