/* xxgk diff: the result, its arrays and the order of the passes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell_flags.h"
#include "cell_doubt.h"
#include "diff_int.h"
#include "utf8.h"

const char *diff_action_name(int a)
{
    static const char *const names[] = {"", "insert", "delete", "update", "move"};
    return a >= 0 && a <= DIFF_MOVE ? names[a] : "";
}

const char *diff_kind_name(int k)
{
    static const char *const names[] = {"", "section", "heading", "paragraph", "cell", "table", "row", "remark"};
    return k >= 0 && k <= DIFF_K_REMARK ? names[k] : "";
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

const char *diff_identity_name(int id) { return xxgk_identity_key(id); }

/* The words a reader sees, shared by the human format and the page so
 * that both say the same thing in Chinese: the keys in English (JSON's). */
const char *diff_kind_word(int k, int lang)
{
    static const char *const zh[] = {"", "部分", "小标题", "段落", "单元格", "表", "行", "备注"};
    return lang == XXGK_LANG_ZH && k >= 1 && k <= DIFF_K_REMARK ? zh[k] : diff_kind_name(k);
}

const char *diff_script_word(int s, int lang)
{
    static const char *const zh[] = {"字体不明", "简体", "繁体", "简繁混排"};
    return lang == XXGK_LANG_ZH && s >= 0 && s <= DIFF_SCRIPT_MIXED ? zh[s] : diff_script_name(s);
}

const char *diff_status_word(int s, int lang)
{
    static const char *const zh[] = {"", "通过", "不符", "跳过"};
    return lang == XXGK_LANG_ZH && s >= 1 && s <= DIFF_SKIPPED ? zh[s] : diff_status_name(s);
}

/* The row whose split into the 2021 template's parts begins with ROW
 * (（六）其他处理 for other.no_correction), or 0. Bounded by the
 * template's row count, not by the input. */
static int split_parent(int row)
{
    for (int r = 1; r < XXGK_R__COUNT; r++) {
        const int *p = xxgk_tpl_split(r);
        if (p && p[0] == row)
            return r;
    }
    return 0;
}

/* A side of the one row mapped across the templates as a reader of LANG
 * names it, from the side's stored rows: the keys in English (KEY:
 * "other", "other.no_correction+…"); in Chinese the row's label, or for
 * NPARTS rows summed from ROW on, the label of the row they split and
 * how many they are (（六）其他处理 1—3 项之和). A sum whose parent row
 * is unknown keeps its key rather than take a label it may not have. */
const char *diff_mapped_word(int row, int nparts, const char *key, int lang, char *buf, size_t size)
{
    if (lang != XXGK_LANG_ZH)
        return key;
    if (nparts <= 1)
        return xxgk_tpl_row_name(row);
    int whole = split_parent(row);
    if (!whole)
        return key;
    snprintf(buf, size, "%s 1—%d 项之和", xxgk_tpl_row_name(whole), nparts);
    return buf;
}

const char *diff_copy_word(const diff_change *c, int lang, char *buf, size_t size)
{
    if (!c->copy)
        return "";
    snprintf(buf, size, lang == XXGK_LANG_ZH ? "[第 %d 份：旧报告 %d 份，新报告 %d 份]" : "[copy %d: %d in OLD, %d in NEW]",
             c->copy, c->old_copies, c->new_copies);
    return buf;
}

/* A cross-year check's name: carry_over.natural_person, in_force.rules,
 * items.licensing; in Chinese 上年结转 · 自然人, 现行有效件数 · 规章,
 * 上一年项目数量 · 行政许可. The human format's and the page's. */
const char *diff_check_word(const diff_check *c, int lang, char *buf, size_t size)
{
    if (lang != XXGK_LANG_ZH) {
        if (!c->col)
            return c->name;
        snprintf(buf, size, "%s.%s", c->name, xxgk_col_key(c->col));
        return buf;
    }
    if (strcmp(c->name, "carry_over") == 0) {
        if (!c->col)
            return "上年结转";
        snprintf(buf, size, "上年结转 · %s", xxgk_tpl_col_name(c->col));
        return buf;
    }
    static const struct { const char *prefix, *zh; } groups[] = {
        {"in_force.", "现行有效件数"}, {"items.", "上一年项目数量"}};
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        size_t n = strlen(groups[g].prefix);
        if (strncmp(c->name, groups[g].prefix, n) != 0)
            continue;
        for (int r = 1; r < XXGK_R__COUNT; r++)
            if (strcmp(xxgk_row_key(r), c->name + n) == 0) {
                snprintf(buf, size, "%s · %s", groups[g].zh, xxgk_tpl_row_name(r));
                return buf;
            }
    }
    return c->name;
}

/* A section (or the preamble): its stable key in English, the template's
 * short name in Chinese. */
const char *diff_section_word(int s, int lang)
{
    static const char *const zh[XXGK_SEC__COUNT] = {
        [XXGK_SEC_OVERVIEW] = "总体情况",   [XXGK_SEC_PROACTIVE] = "主动公开", [XXGK_SEC_REQUESTS] = "依申请公开",
        [XXGK_SEC_APPEALS] = "复议诉讼",    [XXGK_SEC_PROBLEMS] = "问题改进",  [XXGK_SEC_OTHER] = "其他事项",
    };
    if (lang == XXGK_LANG_ZH)
        return s == DIFF_PREAMBLE ? "前言" : s > 0 && s < XXGK_SEC__COUNT && zh[s] ? zh[s] : xxgk_section_key(s);
    return diff_section_key(s);
}

/* Which script a report is printed in: the share of CJK characters that
 * have a distinct simplified form. Simplified text has almost none (a few
 * characters such as 乾, 覆 and 瞭 are legitimately shared: the one fold
 * table folds them for the variants 乾燥/干燥, 答覆/答复, 瞭解/了解), traditional
 * text a quarter or more. */
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
    s->doubts = cell_doubt_count(doc);
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
    /* the findings on each side's cells, asked by the cell and check
     * passes (diff_unplaced.c) */
    cell_flags old_flags, new_flags;
    cell_flags_init(&old_flags, old_doc);
    cell_flags_init(&new_flags, new_doc);
    d->old.flags = &old_flags;
    d->new.flags = &new_flags;
    diff_structure(d);
    diff_cells(d);
    diff_groups(d);
    diff_remarks(d);
    diff_checks(d);
    d->old.flags = d->new.flags = NULL;
    cell_flags_free(&old_flags);
    cell_flags_free(&new_flags);
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
    free(d->groups);
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
