/* Structure: how the report is numbered, marked up and laid out.
 *
 *   V301  sections numbered otherwise than the template (a whole block
 *         numbered 一–五 for 二–六 is one finding, with a note per section)
 *   V302  a sub-heading that repeats its section's number and title, so the
 *         sub-headings restart the top-level numbering (一、总体情况 inside
 *         一、总体情况)
 *   V303  a section heading at another markdown level than the others
 *   V304  a sub-heading marked as high as its section heading, or higher
 *   V305  sub-headings numbered alike but marked at different levels
 *   V306  table columns or rows of the other template for the report's year
 *   V307  a section title that is a variant of the template's (a note, an
 *         error with --strict)
 *   V309  section headings numbered in another style than the template's
 *         一、 ((一), 1、): one note, at the first (an error with --strict)
 * Missing, duplicated and out-of-order sections are the parser's (P002-P004). */
#include <string.h>

#include "check_int.h"
#include "numerals.h"
#include "utf8.h"
#include "template.h"

static const char *numeral(int n)
{
    static const char *const cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n >= 0 && n <= 10 ? cn[n] : "?";
}

static const char *span_text(ck *c, xxgk_span sp)
{
    return doc_printf(c->doc, "%.*s", (int)(sp.end - sp.start), (const char *)c->doc->src + sp.start);
}

static xxgk_span number_span(const xxgk_section *s)
{
    return s->number_span.end > s->number_span.start ? s->number_span : s->heading_span;
}

/* ---- V301 --------------------------------------------------------------- */

static void numbering(ck *c)
{
    const xxgk_section *s = c->r->sections;
    int merged = 0; /* sections read into an earlier one's heading (P115) before S */
    while (s) {
        int off = s->printed_number ? s->printed_number - s->id : 0;
        if (!off || off == -merged) {
            merged += s->holds_next;
            s = s->next;
            continue;
        }
        /* the run of sections that share this offset */
        const xxgk_section *last = s;
        int n = 1;
        while (last->next && last->next->printed_number &&
               last->next->printed_number - last->next->id == off) {
            last = last->next;
            n++;
        }
        const char *suffix = n > 1 ? ck_textf(c, CKT_RUN_SUFFIX, numeral(s->id), numeral(last->id),
                                              numeral(s->printed_number),
                                              numeral(last->printed_number))
                                   : "";
        xxgk_diag *d = ck_diag(c, XXGK_V_SECTION_NUMBER, number_span(s), numeral(s->id),
                               xxgk_section_title(s->id), numeral(s->printed_number), suffix);
        for (const xxgk_section *o = s->next; o != last->next; o = o->next)
            ck_note(c, d, number_span(o), CKT_ALSO_NUMBERED, numeral(o->id),
                    numeral(o->printed_number));
        s = last->next;
    }
}

/* ---- V302-V305 ---------------------------------------------------------- */

/* Is the heading numbered in the top-level style (一、), not in brackets?
 * The parser marks a heading that repeats its section's title whatever its
 * number: （一）基本情况 under 一、总体情况 is an ordinary sub-heading. */
static bool top_level_style(const ck *c, const xxgk_block *b)
{
    const uint8_t *p = c->doc->src + b->span.start;
    return !(p[0] == '(' || (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x88)); /* （ */
}

static bool numbered(int numbering)
{
    return numbering != XXGK_NUM_NONE && numbering != XXGK_NUM_MARKDOWN;
}

/* The level most section headings share (ties: the higher one), 0 when
 * fewer than two sections are markdown headings. */
static int usual_section_level(const xxgk_report *r, const xxgk_section **example)
{
    int count[8] = {0}, marked = 0;
    for (const xxgk_section *s = r->sections; s; s = s->next)
        if (s->md_level > 0 && s->md_level < 8) {
            count[s->md_level]++;
            marked++;
        }
    if (marked < 2)
        return 0;
    int best = 0;
    for (int l = 1; l < 8; l++)
        if (count[l] > count[best])
            best = l;
    for (const xxgk_section *s = r->sections; s; s = s->next)
        if (s->md_level == best) {
            *example = s;
            break;
        }
    return best;
}

static void headings(ck *c)
{
    const xxgk_section *example = NULL;
    int usual = usual_section_level(c->r, &example);
    for (const xxgk_section *s = c->r->sections; s; s = s->next) {
        if (usual && s->md_level > 0 && s->md_level != usual) {
            xxgk_diag *d = ck_diag(c, XXGK_V_MD_SECTION_LEVEL, s->heading_span, numeral(s->id),
                                   s->md_level, usual);
            ck_note(c, d, example->heading_span, CKT_SECTION_LEVEL, numeral(example->id), usual);
        }
        /* sub-headings go below the usual section level, or this
         * section's own when the sections do not share one */
        const xxgk_section *ref = usual && s->md_level != usual ? example : s;
        int sec_level = s->md_level > 0 ? ref->md_level : 0;
        const xxgk_block *first_of[8] = {NULL};
        for (const xxgk_block *b = s->blocks; b; b = b->next) {
            if (b->kind != XXGK_B_HEADING)
                continue;
            if (b->restarts_section && top_level_style(c, b)) {
                xxgk_diag *d = ck_diag(c, XXGK_V_RESTARTED_NUMBERING, b->span,
                                       span_text(c, b->span), numeral(b->restarts_section));
                ck_note(c, d, s->heading_span, CKT_SECTION_HERE, numeral(s->id));
                continue;
            }
            if (b->md_level <= 0)
                continue;
            if (sec_level > 0 && b->md_level <= sec_level) {
                xxgk_diag *d = ck_diag(c, XXGK_V_MD_SUBHEADING_LEVEL, b->span,
                                       span_text(c, b->span), b->md_level, sec_level);
                ck_note(c, d, ref->heading_span, CKT_SECTION_LEVEL, numeral(ref->id), sec_level);
                continue;
            }
            if (!numbered(b->numbering) || b->numbering >= 8)
                continue;
            const xxgk_block *first = first_of[b->numbering];
            if (!first) {
                first_of[b->numbering] = b;
            } else if (first->md_level != b->md_level) {
                xxgk_diag *d = ck_diag(c, XXGK_V_MD_SIBLING_LEVEL, b->span, span_text(c, b->span),
                                       first->md_level, b->md_level);
                ck_note(c, d, first->span, CKT_HEADING_LEVEL, span_text(c, first->span),
                        first->md_level);
            }
        }
    }
}

/* ---- V306 --------------------------------------------------------------- */

/* The form a table's cells are checked against is the report year's, clause
 * by clause, row by row: a table in the year's form as a whole (the votes
 * of its captions and columns) can still print one clause or row of the
 * other form (2019's 本年新制作数量 under （一）, 2019's 政府集中采购 in a
 * 2021 table), and that cell is what V306 names; the table's further
 * cells of the other form are its notes. */
/* Every further cell of table T in a column or a row only the other form
 * has (after FIRST, which the finding stands at) is named by a note, one
 * over each run of such cells on a line: the finding concerns each (the
 * flags of `export` carry V306 on every cell of the other form's, not on
 * its first only). */
static void other_form_cells(ck *c, xxgk_diag *d, const xxgk_table *tab, const xxgk_cell *first, int other)
{
    uint32_t cols = xxgk_tpl_cols_only(other) & ~1u;
    uint64_t rows = xxgk_tpl_rows_only(other) & ~(uint64_t)1;
    const uint8_t *src = c->doc->src;
    xxgk_span run = {0, 0};
    bool open = false;
    for (const xxgk_cell *cell = first + 1, *end = tab->cells + tab->ncells; cell < end; cell++) {
        unsigned col = (unsigned)cell->col, row = (unsigned)cell->row;
        bool hit = (col < 32 && (cols >> col & 1)) || (row < 64 && (rows >> row & 1));
        if (hit && open && cell->span.start >= run.end &&
            !memchr(src + run.end, '\n', cell->span.start - run.end)) {
            run.end = cell->span.end; /* the run goes on along the line */
            continue;
        }
        if (open)
            ck_note(c, d, run, CKT_OTHER_FORM_TOO, other);
        open = hit;
        run = cell->span;
    }
    if (open)
        ck_note(c, d, run, CKT_OTHER_FORM_TOO, other);
}

/* V306 at TAB's first cell of the other form, CELL (named by its column
 * when BY_COL, else its row), the report's year noted, the further such
 * cells its notes. */
static void wrong_template(ck *c, const xxgk_table *tab, const xxgk_cell *cell, bool by_col)
{
    int year = c->r->year;
    int expected = year >= 2021 ? 2021 : 2019, other = expected == 2021 ? 2019 : 2021;
    const char *label = by_col ? xxgk_tpl_col_name(cell->col) : xxgk_tpl_row_name(cell->row);
    xxgk_diag *d = ck_diag(c, XXGK_V_WRONG_TEMPLATE, cell->span, xxgk_tpl_table_numeral(tab->id), other, label, year,
                           expected);
    if (c->r->year_span.end > c->r->year_span.start)
        ck_note(c, d, c->r->year_span, CKT_YEAR_HERE, year);
    if (d)
        other_form_cells(c, d, tab, cell, other);
}

static void templates(ck *c)
{
    if (c->r->year < 2019)
        return; /* unknown (P016), or older than both forms */
    /* the first cell that only the other form has, named by its label:
     * found by ck_values' walk of the cells (c->other_form) */
    for (int t = 0; t < XXGK_TABLE__COUNT; t++)
        if (c->other_form[t]) /* else nothing printed is the other form's */
            wrong_template(c, c->r->tables[t], c->other_form[t], c->other_by_col[t]);
}

/* A table printed for another scope (（二）全县, a summary of many
 * agencies' forms) is in the form of the report's year as the report's
 * own is: every agency of the summary filled in that year's form, so a
 * column or row only the other form has is as wrong there (V306, its
 * note naming the print: ck_diag). One walk of its cells, for such
 * prints only. */
/* The year a caption names (（二）全县2020年度情况, 二〇二〇年度全县汇总,
 * 全县 2020 年度, 二〇 二〇年度: 2020): the first run of numerals spelling
 * one (numeral_year, the reading tokens.c's caption reader shares, groups
 * joined by blanks up to the year after REPORT's) from 2008 on, the
 * regulation's first reports: a year before (2007年, 二〇〇七年, in either
 * script alike) names no form, so it skips no V306; 0 when it names none,
 * so no V306 is skipped on a doubt (2 0200年 names no year 200). */
static int caption_year(const uint8_t *p, const uint8_t *end, int report)
{
    while (p < end) {
        size_t run;
        int year = numeral_year(p, (size_t)(end - p), &run, report ? report + 1 : 0);
        if (year >= 2008)
            return year;
        p += run ? run : 1;
    }
    return 0;
}

/* The form a year's tables are in (V306): 2021's from 2021 on, else 2019's. */
static int form_of(int year) { return year >= 2021 ? 2021 : 2019; }

void ck_templates_table(ck *c, const xxgk_table *tab)
{
    int year = c->r->year;
    if (year < 2019)
        return;
    /* a print captioned with another year (（二）全县2020年度情况 in a 2021
     * report) is that year's table: in a form other than the report's
     * year's it is judged by its own year's, so no V306 (review-tables63
     * F2) */
    int named = caption_year(c->doc->src + tab->scope.start, c->doc->src + tab->scope.end, year);
    if (named && form_of(named) != form_of(year))
        return;
    int other = year >= 2021 ? 2019 : 2021;
    uint32_t cols = xxgk_tpl_cols_only(other) & ~1u;
    uint64_t rows = xxgk_tpl_rows_only(other) & ~(uint64_t)1;
    for (size_t i = 0; i < tab->ncells; i++) { /* by index: no cells, cells NULL (ck_values_table) */
        const xxgk_cell *cell = &tab->cells[i];
        unsigned col = (unsigned)cell->col, row = (unsigned)cell->row;
        bool by_col = col < 32 && (cols >> col & 1);
        if (by_col || (row < 64 && (rows >> row & 1))) {
            wrong_template(c, tab, cell, by_col);
            return;
        }
    }
}

/* ---- V307 --------------------------------------------------------------- */

static void titles(ck *c)
{
    for (const xxgk_section *s = c->r->sections; s; s = s->next) {
        if (s->canonical_title)
            continue;
        xxgk_span at = s->title_span.end > s->title_span.start ? s->title_span : s->heading_span;
        ck_diag_sev(c, XXGK_V_LABEL_VARIANT, c->strict ? XXGK_ERROR : XXGK_NOTE, at,
                    span_text(c, at), xxgk_section_title(s->id));
    }
}

/* ---- V309 --------------------------------------------------------------- */

/* The printed number of a section heading: its number span without the
 * markup before it (** __ 【 〖 [) and the blanks around it. */
static const char *printed_number(ck *c, const xxgk_section *s)
{
    const uint8_t *src = c->doc->src;
    uint32_t a = s->number_span.start, e = s->number_span.end;
    for (;;) {
        if (a < e && (src[a] == '*' || src[a] == '_' || src[a] == '[' || src[a] == ' ' || src[a] == '\t'))
            a++;
        else if (e - a >= 3 && src[a] == 0xE3 && src[a + 1] == 0x80 && (src[a + 2] == 0x90 || src[a + 2] == 0x96))
            a += 3; /* 【 〖 */
        else
            break;
    }
    while (e > a && (src[e - 1] == ' ' || src[e - 1] == '\t'))
        e--;
    return span_text(c, (xxgk_span){a, e});
}

/* The sections are numbered 一、 in the template; a report that numbers
 * them (一) or 1、 is read (the parser takes such a heading in its due
 * place), and told once, at the first, with a note on each other. */
static void numbering_style(ck *c)
{
    const xxgk_section *first = NULL;
    int others = 0;
    for (const xxgk_section *s = c->r->sections; s; s = s->next)
        if (s->numbering != XXGK_NUM_CN_DUN && s->numbering != XXGK_NUM_NONE) {
            others += first != NULL;
            first = first ? first : s;
        }
    if (!first)
        return;
    const char *suffix = others ? ck_textf(c, CKT_STYLE_SUFFIX, others) : "";
    xxgk_diag *d = ck_diag_sev(c, XXGK_V_SECTION_NUMBER_STYLE, c->strict ? XXGK_ERROR : XXGK_NOTE,
                               number_span(first), numeral(first->id), xxgk_section_title(first->id),
                               printed_number(c, first), numeral(first->id), suffix);
    for (const xxgk_section *o = first->next; o; o = o->next)
        if (o->numbering != XXGK_NUM_CN_DUN && o->numbering != XXGK_NUM_NONE)
            ck_note(c, d, number_span(o), CKT_ALSO_STYLED, numeral(o->id), printed_number(c, o));
}

/* ---- V308 --------------------------------------------------------------- */

/* The item number a table label starts with (1. 1、 (1) （1） 一、 （一）
 * ①), 0 when none: a circled digit, or the numeral after at most one
 * opening bracket. */
static int label_item_number(const char *s)
{
    const uint8_t *p = (const uint8_t *)s;
    uint32_t n = (uint32_t)strlen(s), i = 0, cp;
    int l = utf8_decode(p, n, &cp);
    if (l && cp >= 0x2460 && cp <= 0x2468) /* ① to ⑨ */
        return (int)(cp - 0x245F);
    if (l && (cp == '(' || cp == 0xFF08)) /* ( （ */
        i = (uint32_t)l;
    uint32_t at = i;
    int v = numeral_parse(p, &i, n);
    return i > at ? v : 0;
}

/* A row label printed with an item number other than its row's (3.予以公开
 * for （一）予以公开: tokens.c reads the row by its words) says so in a
 * note on its V308, so the reader knows the number was not believed. */
static void label_number_note(ck *c, xxgk_diag *d, const xxgk_label_use *u)
{
    int printed = label_item_number(span_text(c, u->span)), tmpl = label_item_number(u->canonical);
    if (d && printed && tmpl && printed != tmpl)
        ck_note(c, d, u->span, CKT_LABEL_NUMBER, u->canonical);
}

static void table_labels(ck *c)
{
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tab = c->r->tables[t];
        if (!tab)
            continue;
        for (int pass = 0; pass < 2; pass++) {
            const xxgk_label_use *u = pass ? tab->cols : tab->rows;
            size_t n = pass ? tab->ncols : tab->nrows;
            for (size_t i = 0; i < n; i++) {
                if (!u[i].variant)
                    continue;
                xxgk_diag *d = ck_diag_sev(c, XXGK_V_TABLE_LABEL_VARIANT, c->strict ? XXGK_ERROR : XXGK_NOTE,
                                           u[i].span, span_text(c, u[i].span), u[i].canonical);
                if (!pass)
                    label_number_note(c, d, &u[i]);
            }
        }
    }
}

void ck_structure(ck *c)
{
    numbering(c);
    headings(c);
    templates(c);
    titles(c);
    numbering_style(c);
    table_labels(c);
}
