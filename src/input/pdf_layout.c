/* A PDF's text rebuilt from pdftotext's word boxes, page by page
 * (docs/formats.md, "PDF"): visual rows and cells (pdf_rows.c), page
 * numbers marked (pdf_page.c), then, every page read, running headers and
 * footers marked (pdf_page.c), wrapped labels joined to their numbers
 * (pdf_labels.c), a repeated header dropped (pdf_page.c); the page starts
 * kept for locations. */
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"
#include "pdf_layout.h"

/* a note on the line of len bytes at byte at of the text, in notes[0..*count):
 * NULL past the cap */
static xxgk_pdf_spread *note_row(xxgk_pdf_spread *notes, size_t *count, size_t at, size_t len)
{
    if (at + len >= UINT32_MAX) /* the text's length is refused before then */
        return NULL;
    if ((*count)++ >= XXGK_PDF_MAX_SPREAD) {
        /* past the last kept: its note reaches down over this row too, so
         * no row of a spread number (of shared labels) is left without
         * the finding */
        notes[XXGK_PDF_MAX_SPREAD - 1].line_end = (uint32_t)(at + len);
        return NULL;
    }
    xxgk_pdf_spread *s = &notes[*count - 1];
    s->line = (uint32_t)at;
    s->line_end = (uint32_t)(at + len);
    s->at = (uint32_t)(at + (len ? len - 1 : 0));
    return s;
}

/* Rule 2b: a line whose row holds a word of digits wider than they are,
 * starting at byte at of the text; the word at byte off of the line */
static void note_spread(xxgk_pdf_text *t, size_t at, const char *line, size_t len, size_t off)
{
    xxgk_pdf_spread *s = note_row(t->spread, &t->nspread, at, len);
    if (!s)
        return;
    size_t n = 0;
    while (off + n < len && line[off + n] >= '0' && line[off + n] <= '9' && n + 1 < sizeof s->text)
        n++;
    memcpy(s->text, line + off, n);
    s->text[n] = 0;
    s->at = (uint32_t)(at + off);
    s->shared = false;
}

/* Rule 4b: a line whose one row of numbers two numbered labels of one
 * level share, starting at byte at of the text; the second label at byte
 * off of the line (kept apart from the spread numbers, with a cap of its
 * own: every value of the row is flagged with P089, however many rows of
 * spread numbers the document has) */
static void note_shared(xxgk_pdf_text *t, size_t at, const char *line, size_t len, size_t off)
{
    xxgk_pdf_spread *s = note_row(t->shared, &t->nshared, at, len);
    if (!s)
        return;
    s->at = (uint32_t)(at + off);
    size_t n = 0;
    while (off + n < len && line[off + n] != '\t' && n + 1 < sizeof s->text)
        n++;
    while (n && off + n < len && ((unsigned char)line[off + n] & 0xC0) == 0x80)
        n--; /* cut at a character's start */
    memcpy(s->text, line + off, n);
    s->text[n] = 0;
    s->shared = true;
}

/* The last kept note of notes[0..count) (past the cap, the one reaching
 * down over the rows not kept) covers MORE bytes further: the next line */
static void note_reach_next(xxgk_pdf_spread *notes, size_t count, size_t more)
{
    notes[(count < XXGK_PDF_MAX_SPREAD ? count : XXGK_PDF_MAX_SPREAD) - 1].line_end += (uint32_t)more;
}

/* Rule 4e: a labelled line of a run whose labels may stand a line off
 * their numbers, starting at byte at of the text; its label (the line's
 * first cell) is the note's text */
static void note_offset(xxgk_pdf_text *t, size_t at, const char *line, size_t len)
{
    xxgk_pdf_spread *s = note_row(t->offset, &t->noffset, at, len);
    if (!s)
        return;
    s->at = (uint32_t)at;
    size_t n = 0;
    while (n < len && line[n] != '\t' && n + 1 < sizeof s->text)
        n++;
    while (n && n < len && ((unsigned char)line[n] & 0xC0) == 0x80)
        n--; /* cut at a character's start */
    memcpy(s->text, line, n);
    s->text[n] = 0;
    s->shared = false;
}

/* a cell of a line is a value: a number, or one signed (本年增/减's -7) */
static bool value_cell(const char *s, size_t n)
{
    if (n > 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    return pdf_numeric(s, n);
}

/* how many cells of the line from its cell `from` on are values, or -1
 * when one of them is not */
static int values_from(const page_rows *pr, const row *r, int from)
{
    const char *p = pr->line.p + r->start, *end = p + r->len;
    int cell = 0, n = 0;
    while (p <= end) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *stop = tab ? tab : end;
        if (cell++ >= from) {
            if (!value_cell(p, (size_t)(stop - p)))
                return -1;
            n++;
        }
        p = stop + 1;
    }
    return n;
}

/* a line of one cell that is no value: a label alone */
static bool label_alone(const page_rows *pr, const row *r)
{
    return r->cells == 1 && values_from(pr, r, 0) < 0;
}

/* Rule 4e: a B of a run of n numbers a line at row j: one label and n
 * numbers on one line (规章 256 0 240), or a label alone over a line of n
 * numbers alone (行政处罚 / 176: a row too short for both on one line,
 * table 二's one-number parts); the lines it takes, 0 when none */
static size_t offset_line(const page_rows *pr, size_t j, int n)
{
    const row *r = &pr->r[j];
    if (r->cells == n + 1 && values_from(pr, r, 1) == n && values_from(pr, r, 0) < 0)
        return 1;
    if (j + 1 < pr->n && label_alone(pr, r) && values_from(pr, &pr->r[j + 1], 0) == n)
        return 2;
    return 0;
}

/* Rule 4e: a run of labels alone over numbers alone (n a line) from the
 * numbers at row k whose line above is a label alone too (行政处罚 / 105 /
 * 行政强制 / 176 / 第二十条…): the alternation starts at a label, each
 * label at the top of its cell over its own numbers, not the foot form
 * starting with numbers under no label of theirs (105 / 行政处罚). A run
 * of labelled lines of numbers (规章 256 0 240) is the foot form whatever
 * stands above (a header word wrapped alone: 信息内容) */
static bool top_form(const page_rows *pr, size_t first, size_t k, int n)
{
    return k > first && label_alone(pr, &pr->r[k - 1]) && offset_line(pr, k + 1, n) == 2;
}

/* Rule 4e: numbers alone (A), then lines of one label and as many numbers
 * each, or a label alone over as many numbers alone (B...), then a label
 * alone (C):
 *     A:  146 197 190          labels at the foot of tall cells, numbers
 *     B:  规章 256 0 240        at the top: each label stands on (over)
 *     C:  规范性文件            the next row's numbers, and B reads them
 *                              silently (105 / 行政处罚 / 176 / 行政强制:
 *                              行政处罚 read 176)
 * Which row B's numbers are is unknown without the rules (borders), so
 * every B of the run is marked (its values flagged, P105); A and C keep
 * the grammar's findings (P013, P007); a run whose A has a label alone
 * above it is the top form, not marked. Each line is looked at once more
 * at most (a run is walked from its A, then passed, marked or not: a run
 * from one of its own lines would end where it did): linear. */
static void mark_offset_runs(page_rows *pr, size_t first)
{
    for (size_t k = first; k + 2 < pr->n; k++) {
        int n = values_from(pr, &pr->r[k], 0);
        if (n < 1)
            continue;
        size_t j = k + 1, step;
        while (j < pr->n && (step = offset_line(pr, j, n)) > 0)
            j += step;
        if (j == k + 1 || j >= pr->n || !label_alone(pr, &pr->r[j]) || top_form(pr, first, k, n)) {
            k = j - 1; /* a run from a line inside this one ends where it did: no rescan */
            continue;
        }
        for (size_t b = k + 1; b < j; b += 1 + pr->r[b].offset_next) {
            pr->r[b].offset = true;
            pr->r[b].offset_next = offset_line(pr, b, n) == 2;
        }
        k = j;
    }
}

/* Rule 2d: the lines on and next to a line of numbers wrapped over lines
 * in narrow cells, from byte line to line_end of the text, that line at
 * byte at; text: the wrapped digits */
static void note_wrapped(xxgk_pdf_text *t, size_t line, size_t line_end, size_t at, const char *text, size_t n)
{
    xxgk_pdf_spread *s = note_row(t->wrapped, &t->nwrapped, line, line_end - line);
    if (!s)
        return;
    if (n >= sizeof s->text)
        n = sizeof s->text - 1;
    memcpy(s->text, text, n);
    s->text[n] = 0;
    s->at = (uint32_t)at;
    s->shared = false;
}

/* one page's lines appended to the text, without a repeated header;
 * *table_open says whether the page before ended inside a table */
static void emit_page(page_rows *pr, pdf_buf *out, bool *table_open, xxgk_pdf_text *t)
{
    pr->after_table = *table_open;
    pdf_join_number_heights(pr);
    pdf_wrapped_numbers(pr);
    pdf_header_columns(pr);
    pdf_join_bands(pr);
    pdf_assign_labels(pr);
    pdf_build_lines(pr);
    if (pr->failed)
        return;
    size_t first = pdf_repeated_header(pr, out, *table_open);
    mark_offset_runs(pr, first);
    size_t run = SIZE_MAX, run_at = 0, here = 0; /* rule 2d: lines of one wrapped number */
    for (size_t k = first; k < pr->n; k++) {
        if (pr->r[k].wrapped && (run == SIZE_MAX || pr->r[k].wrapped != pr->r[run].wrapped)) {
            run = k;
            run_at = here = out->len;
        }
        if (pr->r[k].wrapped_here)
            here = out->len;
        if (pr->r[k].spread)
            note_spread(t, out->len, pr->line.p + pr->r[k].start, pr->r[k].len, pr->r[k].spread - 1);
        if (pr->r[k].shared) {
            size_t before = t->nshared;
            note_shared(t, out->len, pr->line.p + pr->r[k].start, pr->r[k].len, pr->r[k].shared - 1);
            if (pr->r[k].below && k + 1 < pr->n && t->nshared > before)
                note_reach_next(t->shared, t->nshared, 1 + pr->r[k + 1].len); /* rule 4b */
        }
        if (pr->r[k].offset) {
            size_t before = t->noffset;
            note_offset(t, out->len, pr->line.p + pr->r[k].start, pr->r[k].len);
            if (pr->r[k].offset_next && k + 1 < pr->n && t->noffset > before)
                note_reach_next(t->offset, t->noffset, 1 + pr->r[k + 1].len); /* its numbers' line */
        }
        pdf_buf_put(out, pr->line.p + pr->r[k].start, pr->r[k].len);
        if (run != SIZE_MAX && (k + 1 == pr->n || pr->r[k + 1].wrapped != pr->r[run].wrapped)) {
            const cell *c = &pr->c[pr->r[run].wrapped - 1];
            note_wrapped(t, run_at, out->len, here, pr->buf.p + c->start, c->len);
            run = SIZE_MAX;
        }
        pdf_buf_putc(out, '\n');
    }
    if (pr->n)
        *table_open = pdf_ends_in_table(pr);
}

static void page_free(page_rows *pr)
{
    free(pr->r);
    free(pr->c);
    free(pr->v);
    free(pr->buf.p);
    free(pr->line.p);
}

/* The pages' visual rows, page numbers marked: page i's words are
 * ws->w[first[i]..first[i+1]). All of them are kept, for the running
 * headers and footers are known only from every page (rule 3). */
static size_t read_pages(pdf_words *ws, page_rows **out, size_t **firsts, bool *ok)
{
    size_t np = 0, cap = 0;
    page_rows *pages = NULL;
    size_t *first = NULL;
    pdf_carry carry = {0}; /* the columns of the table the page before ended in */
    pdf_digits digits = {0}; /* rule 2b's reference from every page */
    for (size_t i = 0; *ok && i < ws->n;) {
        size_t j = i;
        while (j < ws->n && ws->w[j].page == ws->w[i].page)
            j++;
        if (np == cap) {
            cap = cap ? 2 * cap : 16;
            page_rows *p2 = realloc(pages, cap * sizeof *p2);
            size_t *f2 = p2 ? realloc(first, (cap + 1) * sizeof *f2) : NULL;
            pages = p2 ? p2 : pages;
            first = f2 ? f2 : first;
            if (!p2 || !f2) {
                *ok = false;
                break;
            }
        }
        pages[np] = (page_rows){0};
        first[np] = i;
        pdf_page_prepare(ws->w + i, j - i, ws, &pages[np], &digits);
        np++;
        i = j;
    }
    if (first)
        first[np] = ws->n;
    if (*ok)
        pdf_digits_finish(&digits);
    *ok &= !digits.failed;
    for (size_t q = 0; *ok && q < np; q++) {
        pdf_page_rows(ws->w + first[q], first[q + 1] - first[q], ws, &pages[q], &carry, &digits);
        pdf_drop_page_numbers(&pages[q], ws->w[first[q]].page);
        *ok &= !pages[q].failed && !pages[q].buf.failed;
    }
    free(carry.x);
    free(digits.m);
    *out = pages;
    *firsts = first;
    return np;
}

/* the notes in the order of the text, each at the first byte of its page
 * (a header) or of its page's last line (a footer) */
static int by_place(const void *a, const void *b)
{
    const xxgk_pdf_furniture *p = a, *q = b;
    return p->page != q->page ? (p->page < q->page ? -1 : 1) : (int)p->bottom - (int)q->bottom;
}

static void place_furniture(xxgk_pdf_text *out, const uint32_t *starts, uint32_t npages,
                            const uint32_t *pageno, const pdf_buf *text)
{
    qsort(out->furniture, out->nfurniture, sizeof *out->furniture, by_place);
    for (size_t k = 0; k < out->nfurniture; k++) {
        xxgk_pdf_furniture *f = &out->furniture[k];
        uint32_t p = pageno[f->page]; /* 1-based */
        uint32_t at = p >= 1 && p <= npages ? starts[p - 1] : (uint32_t)text->len;
        if (f->bottom && p >= 1 && p <= npages) {
            uint32_t end = p < npages ? starts[p] : (uint32_t)text->len;
            at = end > at ? end - 1 : at;
            while (at > starts[p - 1] && text->p[at - 1] != '\n')
                at--;
        }
        f->at = at;
    }
}

bool xxgk_pdf_layout(const char *xml, size_t len, xxgk_pdf_text *out)
{
    *out = (xxgk_pdf_text){0};
    pdf_words ws;
    pdf_read_words(xml, len, &ws);
    uint32_t npages = ws.npages;
    bool ok = !ws.failed;
    pdf_buf text = {0};
    uint32_t *starts = npages ? calloc(npages, sizeof *starts) : NULL;
    ok &= !npages || starts;
    bool table_open = false;
    page_rows *pages = NULL;
    size_t *first = NULL;
    size_t np = ok ? read_pages(&ws, &pages, &first, &ok) : 0;
    uint32_t *pageno = np ? malloc(np * sizeof *pageno) : NULL;
    ok &= !np || pageno;
    if (ok)
        out->nfurniture = pdf_mark_furniture(pages, np, out->furniture, XXGK_PDF_MAX_FURNITURE);
    /* words come page by page, in order of their <page> element */
    for (size_t q = 0; q < np; q++) {
        uint32_t page = ws.w[first[q]].page;
        if (ok) {
            pageno[q] = page;
            for (uint32_t p = page; p >= 1 && p <= npages && !starts[p - 1]; p--)
                starts[p - 1] = (uint32_t)text.len + 1; /* +1: 0 is "not yet" */
            emit_page(&pages[q], &text, &table_open, out);
            ok &= !pages[q].failed && !pages[q].buf.failed && !text.failed && text.len < UINT32_MAX - 16;
            ok &= !pages[q].line.failed;
        }
        page_free(&pages[q]);
    }
    free(pages);
    free(first);
    for (uint32_t p = npages; ok && p >= 1; p--)
        starts[p - 1] = starts[p - 1] ? starts[p - 1] - 1 : (uint32_t)text.len;
    /* pages without words after the last word take the end; a page without
     * words before a later one was filled backwards above */
    out->nwords = ws.n;
    /* pages without a word among pages with words: images only (L051) */
    for (uint32_t p = 1, q = 0; ok && np && p <= npages; p++) {
        while (q < np && pageno[q] < p)
            q++;
        if ((q == np || pageno[q] != p) && out->nblank < XXGK_PDF_MAX_SPREAD)
            out->blank[out->nblank++] = p;
    }
    pdf_words_free(&ws);
    if (ok)
        place_furniture(out, starts, npages, pageno, &text);
    free(pageno);
    if (!ok) {
        free(text.p);
        free(starts);
        out->nfurniture = out->nspread = out->nshared = out->noffset = out->nwrapped = out->nblank = 0;
        return false;
    }
    if (!text.p) {
        text.p = calloc(1, 1);
        if (!text.p) {
            free(starts);
            return false;
        }
    }
    out->text = text.p;
    out->len = text.len;
    out->page_starts = starts;
    out->npages = npages;
    return true;
}

void xxgk_pdf_text_free(xxgk_pdf_text *t)
{
    free(t->text);
    free(t->page_starts);
    *t = (xxgk_pdf_text){0};
}
