/* xxgk diff --format human: compact aligned blocks for a terminal.
 * Columns are padded by display width (CJK counts two); long texts are
 * clipped with …; colour marks only the action symbols and check statuses,
 * and only when asked (on a terminal). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "utf8.h"
#include "vec.h"

enum { MAXCOLS = 6, CLIP_TEXT = 30, CLIP_WHAT = 100 };

enum { COL_NONE = 0, COL_GREEN, COL_RED, COL_YELLOW, COL_CYAN, COL_BOLD };
static const char *const ansi[] = {"", "\033[32m", "\033[31m", "\033[33m", "\033[36m", "\033[1m"};

/* Words of the human format in both languages. */
enum msg {
    M_SECTIONS, M_PROSE, M_PARAS, M_CHANGES, M_CELLS, M_CHECKS, M_TEMPLATES, M_ONLY_OLD,
    M_ONLY_NEW, M_MAPPED, M_SAME, M_CHANGED, M_ADDED, M_REMOVED, M_MOVED, M_UPDATED,
    M_TEMPLATE, M_NO_CHANGES, M_N_CHANGES, M_SCRIPT_ONLY, M_FROM, M_BREAKS, M_REPAIRS,
    M_PRINTED, M_SUM, M_ROW, M_OPTIONAL, M_NOT_COMPARED, M_EQUAL, M_IN_YUAN, M_ERRORS,
    M_ABSENT, M_EMPTY, M_HEADINGS_SAME, M_ROWS, M_UNPLACED, M_UNPLACED_WHY, M_OF_THEM_UNPLACED, M_OTHER_AGENCY,
    M_MISSING_IN_NEW, M_MISSING_IN_OLD, M_NOT_PLACED_IN_NEW, M_NOT_PLACED_IN_OLD, M_N_REMARKS, M__COUNT
};
static const char *const words[M__COUNT][2] = {
    {"sections", "部分"}, {"prose", "文字相似"}, {"paragraphs", "段落"}, {"changes", "变动"},
    {"cells", "单元格"}, {"checks", "跨年核对"}, {"templates", "模板"},
    {"only OLD", "仅旧报告"}, {"only NEW", "仅新报告"}, {"mapped", "对应"}, {"same", "相同"},
    {"changed", "变动"}, {"added", "新增"}, {"removed", "删除"}, {"moved", "移动"},
    {"changed", "修改"}, {"template", "模板"}, {"no changes", "无变动"},
    {"%zu change(s): %zu section(s), %zu heading(s), %zu paragraph(s), %zu cell(s)",
     "共 %zu 处变动：部分 %zu，小标题 %zu，段落 %zu，单元格 %zu"},
    {"the script differs (%s → %s); texts were compared folded", "字体不同（%s → %s），已按简繁归一比较"},
    {"from", "原在"}, {"breaks", "破坏"}, {"repairs", "修复"}, {"printed", "填报"}, {"sum", "合计"},
    {"row", "整行"}, {"an optional column, printed by one report only", "可选列，仅一方填报"},
    {"cells of one template only: not compared", "仅一方模板有的单元格不作比较"}, {"equal", "相等"},
    {"compared in 元", "按元比较"}, {"parse error(s)", "处解析错误"}, {"absent", "无"},
    {"empty", "空"}, {"headings same", "小标题相同"}, {"rows", "行"},
    {"unplaced", "位置不明"},
    {"unplaced, not the report's change for certain: %s", "位置不明，未必是报告本身的变动：%s"},
    {" (%zu cell(s) unplaced by parse errors)", "（其中 %zu 个单元格因解析错误位置不明）"},
    {"the agencies differ (%s → %s): these are two agencies' reports, not one agency's years; the cross-year checks are skipped",
     "机关不同（%s → %s）：这是两个机关的报告，不是同一机关的逐年变化；跨年核对已跳过"},
    {"missing in NEW (%zu cells)", "新报告缺（%zu 个单元格）"},
    {"missing in OLD (%zu cells)", "旧报告缺（%zu 个单元格）"},
    {"not placed in NEW (%s at %u:%u; %zu cells)", "新报告位置不明（%s，%u:%u；%zu 个单元格）"},
    {"not placed in OLD (%s at %u:%u; %zu cells)", "旧报告位置不明（%s，%u:%u；%zu 个单元格）"},
    {", %zu remark(s)", "，备注 %zu"},
};

typedef struct out {
    FILE *f;
    const diff_print_opts *o;
    int zh;
    arena a; /* the strings of the tables being printed */
} out;

static const char *W(const out *o, int m) { return words[m][o->zh]; }

static const char *fmt(out *o, const char *f, ...) __attribute__((format(printf, 2, 3)));
static const char *fmt(out *o, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    const char *p = arena_vprintf(&o->a, f, ap);
    va_end(ap);
    return p;
}

static int width(const char *s)
{
    int w = 0;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        i += l ? (size_t)l : 1;
        w += utf8_width(cp);
    }
    return w;
}

/* At most max display columns, ending in … when cut. */
static const char *clip(out *o, const char *s, int max)
{
    if (!s)
        return "";
    if (width(s) <= max)
        return s;
    size_t n = strlen(s), i = 0;
    int w = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        int cw = utf8_width(cp);
        if (w + cw > max - 1)
            break;
        w += cw;
        i += l ? (size_t)l : 1;
    }
    char *p = arena_alloc(&o->a, i + 4);
    if (!p)
        return "";
    memcpy(p, s, i);
    memcpy(p + i, "…", 4);
    return p;
}

/* A block of aligned rows; a row with `note` is printed under the previous
 * one, indented, and does not widen the columns. */
typedef struct row {
    const char *c[MAXCOLS];
    int color[MAXCOLS];
    const char *note;
} row;

typedef struct block {
    row *v;
    size_t n, cap;
} block;

static row *add(block *b)
{
    if (!vec_reserve(&b->v, b->n, &b->cap, sizeof *b->v))
        return NULL;
    row *r = &b->v[b->n++];
    memset(r, 0, sizeof *r);
    return r;
}

/* Widen W to the cells of B's rows (a note row widens nothing). */
static void block_widths(const block *b, int w[MAXCOLS])
{
    for (size_t i = 0; i < b->n; i++)
        for (int k = 0; k < MAXCOLS && !b->v[i].note; k++)
            if (b->v[i].c[k] && width(b->v[i].c[k]) > w[k])
                w[k] = width(b->v[i].c[k]);
}

/* Print B's rows in columns of widths W (a column no row fills is left out). */
static void print_rows(out *o, const block *b, const int w[MAXCOLS])
{
    for (size_t i = 0; i < b->n; i++) {
        const row *r = &b->v[i];
        if (r->note) {
            fprintf(o->f, "      %s\n", r->note);
            continue;
        }
        /* no trailing padding: stop at the last non-empty cell */
        int last;
        for (last = MAXCOLS - 1; last >= 0 && (!r->c[last] || !*r->c[last]); last--)
            ;
        fputs("  ", o->f);
        for (int k = 0; k <= last; k++) {
            const char *s = r->c[k] ? r->c[k] : "";
            if (!w[k])
                continue;
            bool col = o->o->color && r->color[k];
            if (col)
                fputs(ansi[r->color[k]], o->f);
            fputs(s, o->f);
            if (col)
                fputs("\033[0m", o->f);
            if (k < last)
                fprintf(o->f, "%*s", w[k] - width(s) + 2, "");
        }
        fputc('\n', o->f);
    }
}

static void print_title(out *o, const char *title)
{
    if (title)
        fprintf(o->f, "%s%s%s\n", o->o->color ? ansi[COL_BOLD] : "", title, o->o->color ? "\033[0m" : "");
}

/* Right-align columns whose every cell starts with a digit or '-'. */
static void print_block(out *o, block *b, const char *title)
{
    if (!b->n) {
        free(b->v);
        return;
    }
    int w[MAXCOLS] = {0};
    block_widths(b, w);
    print_title(o, title);
    print_rows(o, b, w);
    free(b->v);
}

static const char *loc(out *o, bool has, xxgk_pos p)
{
    return has ? fmt(o, "%u:%u", p.line, p.col) : "-";
}

static const char *decs(out *o, xxgk_dec v)
{
    char buf[48];
    return fmt(o, "%s", xxgk_dec_format(v, buf, sizeof buf));
}

static const char *cell_text(out *o, bool has, int state, xxgk_dec v, int unit)
{
    if (!has || state == XXGK_CELL_ABSENT)
        return W(o, M_ABSENT);
    if (state == XXGK_CELL_EMPTY)
        return fmt(o, "(%s)", W(o, M_EMPTY));
    return unit ? fmt(o, "%s %s", decs(o, v), xxgk_unit_name(unit)) : decs(o, v);
}

static const char *kind_name(const out *o, int kind) { return diff_kind_word(kind, o->o->lang); }

static const char *script_name(const out *o, int script) { return diff_script_word(script, o->o->lang); }

static const char *side_line(out *o, const diff_side *s)
{
    const char *sc = script_name(o, s->script);
    const char *errs = s->errors ? fmt(o, ", %zu %s", s->errors, W(o, M_ERRORS)) : "";
    return fmt(o, "%s  %s  %s  %s %s  %s%s", s->file, s->agency ? s->agency : "?",
               s->year ? fmt(o, "%d", s->year) : "?", W(o, M_TEMPLATE),
               s->tmpl ? fmt(o, "%d", s->tmpl) : "?", sc, errs);
}

/* A section (or the preamble) as the reader's language names it. */
static const char *section_label(const out *o, int s) { return diff_section_word(s, o->o->lang); }

/* A table by the section it stands in (表二 主动公开 …) in Chinese. */
static const char *table_label(const out *o, int t)
{
    static const char *const zh[XXGK_TABLE__COUNT] = {"表二", "表三", "表四"};
    return o->zh && t >= 0 && t < XXGK_TABLE__COUNT ? zh[t] : xxgk_table_key(t);
}

/* A row or column: its key, or in Chinese the template's label. */
static const char *row_name(const out *o, int row) { return o->zh ? xxgk_tpl_row_name(row) : xxgk_row_key(row); }
static const char *col_name(const out *o, int col) { return o->zh ? xxgk_tpl_col_name(col) : xxgk_col_key(col); }

static void sections(out *o, const diff_result *d)
{
    block b = {0};
    for (int s = 0; s < XXGK_SEC__COUNT; s++) {
        const diff_prose *p = &d->prose[s];
        if (!p->in_old && !p->in_new)
            continue;
        bool equal = p->in_old && p->in_new && p->similarity == 100 && !p->added && !p->removed &&
                     !p->updated && !p->moved;
        if (equal && o->o->only_changes)
            continue;
        row *r = add(&b);
        if (!r)
            break;
        r->c[0] = section_label(o, s);
        r->c[1] = s ? xxgk_section_numeral(s) : "";
        r->c[2] = fmt(o, "%s %d%%", W(o, M_PROSE), p->similarity);
        r->c[3] = fmt(o, "%s: %d %s, %d %s, %d %s, %d %s, %d %s", W(o, M_PARAS), p->same, W(o, M_SAME),
                      p->updated, W(o, M_UPDATED), p->added, W(o, M_ADDED), p->removed,
                      W(o, M_REMOVED), p->moved, W(o, M_MOVED));
        r->c[4] = fmt(o, "%s %d", W(o, M_HEADINGS_SAME), p->headings_same);
    }
    print_block(o, &b, W(o, M_SECTIONS));
}

static bool is_unplaced(const diff_change *c) { return c->old_unplaced.code || c->new_unplaced.code; }

static const char *sym(const diff_change *c, int *color)
{
    if (is_unplaced(c)) { /* the reading's doubt, not the report's change */
        *color = COL_YELLOW;
        return "?";
    }
    switch (c->action) {
    case DIFF_INSERT: *color = COL_GREEN; return "+";
    case DIFF_DELETE: *color = COL_RED; return "-";
    case DIFF_MOVE: *color = COL_CYAN; return ">";
    default: *color = COL_YELLOW; return "~";
    }
}

/* Byte offset of the code point `back` code points before the first
 * difference of a and b (0 when they differ early), so an edited paragraph
 * shows where it changed rather than the start both share. */
static size_t diff_start(const char *a, const char *b, int back)
{
    size_t i = 0, starts[16] = {0};
    int k = 0;
    while (a[i] && a[i] == b[i]) {
        if (((unsigned char)a[i] & 0xC0) != 0x80)
            starts[k++ % 16] = i;
        i++;
    }
    if (k <= back)
        return 0;
    return starts[(k - back) % 16];
}

static const char *what_text(out *o, const diff_change *c)
{
    int kind = c->kind;
    int lim = kind == DIFF_K_PARAGRAPH ? CLIP_TEXT : CLIP_TEXT + 10;
    const char *q0 = kind == DIFF_K_PARAGRAPH ? "“" : "", *q1 = kind == DIFF_K_PARAGRAPH ? "”" : "";
    const char *os = c->old_text ? c->old_text : "", *ns = c->new_text ? c->new_text : "";
    if (kind == DIFF_K_PARAGRAPH && c->old_text && c->new_text) {
        size_t at = diff_start(os, ns, 6);
        if (at) {
            os = fmt(o, "…%s", os + at);
            ns = fmt(o, "…%s", ns + at);
        }
    }
    const char *ot = fmt(o, "%s%s%s", q0, clip(o, os, lim), q1);
    const char *nt = fmt(o, "%s%s%s", q0, clip(o, ns, lim), q1);
    const char *sim = c->similarity >= 0 ? fmt(o, " (%d%%)", c->similarity) : "";
    const char *from = c->action == DIFF_MOVE && c->old_section != c->section
                           ? fmt(o, " (%s %s)", W(o, M_FROM), section_label(o, c->old_section))
                           : "";
    switch (c->action) {
    case DIFF_INSERT: return nt;
    case DIFF_DELETE: return ot;
    case DIFF_MOVE:
        if (c->similarity >= 0 && c->old_text && c->new_text)
            return fmt(o, "%s → %s%s%s", ot, nt, sim, from);
        return fmt(o, "%s%s", nt, from);
    default:
        return fmt(o, "%s → %s%s", ot, nt, sim);
    }
}

/* A row's remark: its row (none for table 四's one printed row), then
 * its text as a paragraph's, "old" → "new". */
static const char *remark_what(out *o, const diff_change *c)
{
    diff_change text = *c;
    text.kind = DIFF_K_PARAGRAPH; /* quoted, clipped where it changed */
    const char *what = what_text(o, &text);
    return c->row ? fmt(o, o->zh ? "%s：%s" : "%s: %s", row_name(o, c->row), what) : what;
}

static const char *cell_what(out *o, const diff_change *c)
{
    /* the cell by its keys, or in Chinese by the template's labels */
    const char *key = o->zh ? fmt(o, "%s · %s", xxgk_tpl_row_name(c->row), xxgk_tpl_col_name(c->col))
                            : fmt(o, "%s.%s", xxgk_row_key(c->row), xxgk_col_key(c->col));
    const char *ov = cell_text(o, c->has_old, c->old_state, c->old_value, c->old_unit);
    const char *nv = cell_text(o, c->has_new, c->new_state, c->new_value, c->new_unit);
    const char *delta = "";
    if (c->has_delta) {
        const char *v = decs(o, c->delta);
        delta = fmt(o, " (%s%s%s)", c->delta.mant > 0 ? "+" : "", v,
                    c->flags & DIFF_CELL_UNITS ? fmt(o, " 元, %s", W(o, M_IN_YUAN)) : "");
    }
    char mb[64];
    const char *mapped = !c->mapped ? ""
                         : o->zh    ? fmt(o, "  [%s = %s]", xxgk_tpl_row_name(XXGK_R_OTHER),
                                          diff_mapped_word(c->mapped_row, c->mapped_parts, c->mapped, o->o->lang,
                                                           mb, sizeof mb))
                                    : fmt(o, "  [other = %s]", c->mapped);
    /* a cell a report prints more than once: which copy (matched in order) */
    char cb[96];
    const char *copy = c->copy ? fmt(o, "  %s", diff_copy_word(c, o->o->lang, cb, sizeof cb)) : "";
    if (c->action == DIFF_INSERT)
        return fmt(o, "%s  %s%s", key, nv, copy);
    if (c->action == DIFF_DELETE)
        return fmt(o, "%s  %s%s", key, ov, copy);
    return fmt(o, "%s  %s → %s%s%s%s", key, ov, nv, delta, mapped, copy);
}

static const char *identity_text(out *o, const diff_identity *e)
{
    const char *where = e->row ? row_name(o, e->row) : col_name(o, e->col);
    return fmt(o, "%s[%s]: %s %s, %s %s", diff_identity_name(e->id), where, W(o, M_PRINTED),
               decs(o, e->lhs), W(o, M_SUM), decs(o, e->rhs));
}

/* Why a change is the reading's doubt: the parse error of each side. */
static const char *unplaced_note(out *o, const diff_change *c)
{
    char a[160], b[160];
    const char *why = "";
    if (c->old_unplaced.code)
        why = fmt(o, "%s", diff_unplaced_text(&c->old_unplaced, false, o->o->lang, a, sizeof a));
    if (c->new_unplaced.code)
        why = fmt(o, "%s%s%s", why, *why ? "; " : "", diff_unplaced_text(&c->new_unplaced, true, o->o->lang, b, sizeof b));
    return fmt(o, W(o, M_UNPLACED_WHY), why);
}

/* What a group is: "missing in NEW (7 cells)", or, when the lacking side's
 * parse error leaves the cells unplaced (the row may be printed there,
 * unread), "not placed in NEW (P006 at 89:1; 7 cells)". */
static const char *group_what(out *o, const diff_result *d, const diff_group *g)
{
    bool on_new = g->action == DIFF_DELETE; /* the lacking side */
    const diff_unplaced *u = diff_group_unplaced(d, g);
    if (!u)
        return fmt(o, W(o, on_new ? M_MISSING_IN_NEW : M_MISSING_IN_OLD), g->ncells);
    return fmt(o, W(o, on_new ? M_NOT_PLACED_IN_NEW : M_NOT_PLACED_IN_OLD), xxgk_code_name(u->code), u->pos.line,
               u->pos.col, g->ncells);
}

/* A table or row one side lacks, said once at its first cell's place in
 * the list: "-  table  appeals  missing in NEW (15 cells)" or
 * "-  row  requests  granted: missing in NEW (7 cells)" (group_what). Its cells are not
 * listed (JSON and the page keep them). */
static void group_line(out *o, block *b, const diff_result *d, const diff_group *g)
{
    const diff_change *first = &d->changes[g->first];
    row *r = add(b);
    if (!r)
        return;
    r->c[0] = sym(first, &r->color[0]);
    r->c[1] = kind_name(o, g->kind);
    r->c[2] = table_label(o, g->table);
    const char *missing = group_what(o, d, g);
    r->c[3] = g->kind == DIFF_K_ROW ? fmt(o, o->zh ? "%s：%s" : "%s: %s", row_name(o, g->row), missing) : missing;
    r->c[4] = loc(o, g->has_old, g->old_pos);
    r->c[5] = loc(o, g->has_new, g->new_pos);
    if (is_unplaced(first) && (r = add(b)))
        r->note = unplaced_note(o, first);
}

/* The rows of change I added to B (a group's line at its first cell, none
 * at its other cells); false when memory ran out. */
static bool change_rows(out *o, const diff_result *d, size_t i, block *b)
{
    const diff_change *c = &d->changes[i];
    row *r;
    if (c->group) { /* said once, at its first cell */
        if (d->groups[c->group - 1].first == i)
            group_line(o, b, d, &d->groups[c->group - 1]);
        return true;
    }
    if (!(r = add(b)))
        return false;
    r->c[0] = sym(c, &r->color[0]);
    r->c[1] = kind_name(o, c->kind);
    bool in_table = c->kind == DIFF_K_CELL || c->kind == DIFF_K_REMARK;
    r->c[2] = in_table ? table_label(o, c->table) : section_label(o, c->section);
    r->c[3] = clip(o, c->kind == DIFF_K_CELL     ? cell_what(o, c)
                      : c->kind == DIFF_K_REMARK ? remark_what(o, c)
                                                 : what_text(o, c),
                   CLIP_WHAT);
    r->c[4] = loc(o, c->has_old, c->old_pos);
    r->c[5] = loc(o, c->has_new, c->new_pos);
    if (is_unplaced(c) && (r = add(b)))
        r->note = unplaced_note(o, c);
    for (size_t k = 0; k < c->nbreaks && (r = add(b)); k++)
        r->note = fmt(o, "%s%s%s %s", o->o->color ? ansi[COL_RED] : "", W(o, M_BREAKS),
                      o->o->color ? "\033[0m" : "", identity_text(o, &c->breaks[k]));
    for (size_t k = 0; k < c->nrepairs && (r = add(b)); k++)
        r->note = fmt(o, "%s %s", W(o, M_REPAIRS), identity_text(o, &c->repairs[k]));
    return true;
}

/* The changes' block, made a change at a time and made twice: first for
 * the columns' widths, then printed. A list of thousands of changes (a
 * table printed one cell a line) is not held whole, its rows and their
 * text (80 B a row and its formatted columns, 13.5 MB for 36,000 changes:
 * docs/performance.md, s77/mem77): one change's rows and text at a time,
 * the arena emptied after each (every string before this block is
 * printed already). */
static void changes(out *o, const diff_result *d)
{
    block b = {0};
    int w[MAXCOLS] = {0};
    size_t rows = 0, end = d->nchanges;
    for (size_t i = 0; i < end; i++, arena_reset(&o->a)) {
        b.n = 0;
        bool room = change_rows(o, d, i, &b);
        block_widths(&b, w);
        rows += b.n;
        if (!room)
            end = i + 1; /* out of memory: the list ends at this change, in both passes */
    }
    if (rows)
        print_title(o, W(o, M_CHANGES));
    for (size_t i = 0; rows && i < end; i++, arena_reset(&o->a)) {
        b.n = 0;
        (void)change_rows(o, d, i, &b);
        print_rows(o, &b, w);
    }
    free(b.v);
}

static void cells(out *o, const diff_result *d)
{
    block b = {0};
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        if (!d->cells_same[t] && !d->cells_changed[t] && !d->cells_unplaced[t])
            continue;
        row *r = add(&b);
        if (!r)
            break;
        r->c[0] = table_label(o, t);
        r->c[1] = fmt(o, "%zu %s", d->cells_same[t], W(o, M_SAME));
        r->c[2] = fmt(o, "%zu %s", d->cells_changed[t], W(o, M_CHANGED));
        if (d->cells_unplaced[t])
            r->c[3] = fmt(o, "%zu %s", d->cells_unplaced[t], W(o, M_UNPLACED));
    }
    print_block(o, &b, W(o, M_CELLS));
}

static void templates(out *o, const diff_result *d)
{
    block b = {0};
    row *r;
    bool differ = false;
    /* an optional column (小计) printed by one report: one line for all its rows */
    for (size_t i = 0; i < d->nonly; i++) {
        const diff_only *e = &d->only[i];
        if (e->template_lacks)
            continue;
        size_t k, rows = 0;
        for (k = 0; k < i; k++)
            if (!d->only[k].template_lacks && d->only[k].in_old == e->in_old &&
                d->only[k].table == e->table && d->only[k].col == e->col)
                break;
        if (k < i)
            continue; /* printed with its first row */
        for (k = i; k < d->nonly; k++)
            if (!d->only[k].template_lacks && d->only[k].in_old == e->in_old &&
                d->only[k].table == e->table && d->only[k].col == e->col)
                rows++;
        if (!(r = add(&b)))
            break;
        r->c[0] = W(o, e->in_old ? M_ONLY_OLD : M_ONLY_NEW);
        r->c[1] = table_label(o, e->table);
        r->c[2] = fmt(o, "%s: %zu %s (%s)", col_name(o, e->col), rows, W(o, M_ROWS), W(o, M_OPTIONAL));
        r->c[3] = fmt(o, "%u:%u", e->pos.line, e->pos.col);
    }
    for (size_t i = 0; i < d->nonly; i++) {
        const diff_only *e = &d->only[i];
        if (!e->template_lacks)
            continue;
        if (i && d->only[i - 1].in_old == e->in_old && d->only[i - 1].table == e->table &&
            d->only[i - 1].row == e->row && d->only[i - 1].col && e->col &&
            d->only[i - 1].template_lacks)
            continue; /* printed with the first column of its row */
        if (!(r = add(&b)))
            break;
        r->c[0] = W(o, e->in_old ? M_ONLY_OLD : M_ONLY_NEW);
        r->c[1] = table_label(o, e->table);
        if (!e->col) {
            r->c[2] = fmt(o, "%s (%s)", row_name(o, e->row), W(o, M_ROW));
        } else {
            const char *cols = col_name(o, e->col);
            for (size_t k = i + 1; k < d->nonly; k++) {
                const diff_only *x = &d->only[k];
                if (x->in_old != e->in_old || x->table != e->table || x->row != e->row || !x->col ||
                    !x->template_lacks)
                    break;
                cols = fmt(o, "%s, %s", cols, col_name(o, x->col));
            }
            r->c[2] = fmt(o, "%s: %s", row_name(o, e->row), cols);
            differ = true;
        }
        r->c[3] = fmt(o, "%u:%u", e->pos.line, e->pos.col);
    }
    if (differ && (r = add(&b)))
        r->note = fmt(o, "(%s)", W(o, M_NOT_COMPARED));
    for (size_t i = 0; i < d->nmapped; i++) {
        const diff_mapped *m = &d->mapped[i];
        bool eq = m->known && xxgk_dec_cmp(m->old_value, m->new_value) == 0;
        if (o->o->only_changes && eq)
            continue;
        if (!(r = add(&b)))
            break;
        r->c[0] = W(o, M_MAPPED);
        r->c[1] = table_label(o, m->table);
        char ob[64], nb[64];
        r->c[2] = fmt(o, o->zh ? "%s · %s = %s  %s %s %s" : "%s.%s = %s  %s %s %s",
                      diff_mapped_word(m->old_row, m->old_parts, m->old_desc, o->o->lang, ob, sizeof ob), col_name(o, m->col),
                      diff_mapped_word(m->new_row, m->new_parts, m->new_desc, o->o->lang, nb, sizeof nb),
                      m->known ? decs(o, m->old_value) : "?", eq ? "=" : "≠",
                      m->known ? decs(o, m->new_value) : "?");
        r->c[3] = fmt(o, "%u:%u  %u:%u", m->old_pos.line, m->old_pos.col, m->new_pos.line, m->new_pos.col);
    }
    const char *title = fmt(o, "%s %s → %s", W(o, M_TEMPLATES),
                            d->old.tmpl ? fmt(o, "%d", d->old.tmpl) : "?",
                            d->new.tmpl ? fmt(o, "%d", d->new.tmpl) : "?");
    print_block(o, &b, title);
}

static const char *check_text(out *o, const diff_check *c)
{
    if (c->status == DIFF_SKIPPED)
        return o->zh ? c->reason_zh : c->reason_en;
    const diff_number *n = c->nums;
    if (!strcmp(c->name, "carry_over") && c->nnums == 2)
        return fmt(o, "old.carried_out %s %s new.carried_in %s", decs(o, n[0].value),
                   c->status == DIFF_PASS ? "=" : "≠", decs(o, n[1].value));
    if (c->nnums == 5)
        return fmt(o, "%s + %s − %s = %s %s new.in_force %s", decs(o, n[0].value), decs(o, n[1].value),
                   decs(o, n[2].value), decs(o, n[3].value), c->status == DIFF_PASS ? "=" : "≠",
                   decs(o, n[4].value));
    if (!strncmp(c->name, "items.", 6) && c->nnums == 4) {
        const char *ch = decs(o, n[1].value); /* 本年增/减 may be negative: 10 + (-2) */
        return fmt(o, ch[0] == '-' ? "%s + (%s) = %s %s new.prev_items %s" : "%s + %s = %s %s new.prev_items %s",
                   decs(o, n[0].value), ch, decs(o, n[2].value), c->status == DIFF_PASS ? "=" : "≠",
                   decs(o, n[3].value));
    }
    return "";
}

static void checks(out *o, const diff_result *d)
{
    block b = {0};
    for (size_t i = 0; i < d->nchecks; i++) {
        const diff_check *c = &d->checks[i];
        if (o->o->only_changes && c->status == DIFF_PASS)
            continue;
        row *r = add(&b);
        if (!r)
            break;
        r->c[0] = diff_status_word(c->status, o->o->lang);
        r->color[0] = c->status == DIFF_PASS ? COL_GREEN : c->status == DIFF_FAIL ? COL_RED : COL_YELLOW;
        char cb[160];
        r->c[1] = fmt(o, "%s", diff_check_word(c, o->o->lang, cb, sizeof cb));
        r->c[2] = check_text(o, c);
        r->c[3] = loc(o, c->has_old, c->old_pos);
        r->c[4] = loc(o, c->has_new, c->new_pos);
    }
    print_block(o, &b, W(o, M_CHECKS));
    if (d->assumed_code)
        fprintf(o->f, "  note[%s]: %s\n", xxgk_code_name(d->assumed_code),
                o->zh ? d->assumed_zh : d->assumed_en);
}

void diff_print_human(FILE *f, const diff_result *d, const diff_print_opts *opts)
{
    diff_print_opts def = {false, false, XXGK_LANG_EN};
    out o = {f, opts ? opts : &def, 0, {0}};
    o.zh = o.o->lang == XXGK_LANG_ZH;
    arena_init(&o.a);
    block b = {0};
    row *r;
    if ((r = add(&b))) {
        r->c[0] = o.zh ? "旧" : "OLD";
        r->c[1] = side_line(&o, &d->old);
    }
    if ((r = add(&b))) {
        r->c[0] = o.zh ? "新" : "NEW";
        r->c[1] = side_line(&o, &d->new);
    }
    print_block(&o, &b, NULL);
    if (d->old.script != d->new.script)
        fprintf(f, "  %s\n", fmt(&o, W(&o, M_SCRIPT_ONLY), script_name(&o, d->old.script),
                                 script_name(&o, d->new.script)));
    if (d->other_agency)
        fprintf(f, "  %s\n", fmt(&o, W(&o, M_OTHER_AGENCY), d->old.agency, d->new.agency));
    sections(&o, d);
    changes(&o, d);
    if (!o.o->only_changes)
        cells(&o, d);
    templates(&o, d);
    checks(&o, d);
    size_t unplaced = 0;
    for (int t = 0; t < XXGK_TABLE__COUNT; t++)
        unplaced += d->cells_unplaced[t];
    size_t remarks = diff_count(d, 0, DIFF_K_REMARK); /* said only where a report has some */
    if (diff_changed(d))
        fprintf(f, "%s%s\n",
                fmt(&o, "%s%s",
                    fmt(&o, W(&o, M_N_CHANGES), d->nchanges, diff_count(d, 0, DIFF_K_SECTION),
                        diff_count(d, 0, DIFF_K_HEADING), diff_count(d, 0, DIFF_K_PARAGRAPH),
                        diff_count(d, 0, DIFF_K_CELL)),
                    remarks ? fmt(&o, W(&o, M_N_REMARKS), remarks) : ""),
                unplaced ? fmt(&o, W(&o, M_OF_THEM_UNPLACED), unplaced) : "");
    else
        fprintf(f, "%s\n", W(&o, M_NO_CHANGES));
    arena_free(&o.a);
}
