/* xxgk diff: the result, its arrays and the order of the passes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell_flags.h"
#include "diff_int.h"
#include "utf8.h"

const char *diff_action_name(int a)
{
    static const char *const names[] = {"", "insert", "delete", "update", "move"};
    return a >= 0 && a <= DIFF_MOVE ? names[a] : "";
}

const char *diff_kind_name(int k)
{
    static const char *const names[] = {"", "section", "heading", "paragraph", "cell", "table", "row"};
    return k >= 0 && k <= DIFF_K_ROW ? names[k] : "";
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
    static const char *const zh[] = {"", "部分", "小标题", "段落", "单元格", "表", "行"};
    return lang == XXGK_LANG_ZH && k >= 1 && k <= DIFF_K_ROW ? zh[k] : diff_kind_name(k);
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

/* A side of the one row mapped across the templates as a reader of LANG
 * names it: the keys in English ("other", "other.no_correction+…"); in
 * Chinese the 2019 row's label, or for the 2021 rows summed against it
 * that label and how many they are (（六）其他处理 1—3 项之和). */
const char *diff_mapped_word(const char *desc, int lang, char *buf, size_t size)
{
    if (lang != XXGK_LANG_ZH || !desc)
        return desc;
    const char *whole = xxgk_tpl_row_name(XXGK_R_OTHER);
    if (!strchr(desc, '+'))
        return whole;
    int n = 0;
    for (const int *p = xxgk_tpl_split(XXGK_R_OTHER); p && p[n];)
        n++;
    snprintf(buf, size, "%s 1—%d 项之和", whole, n);
    return buf;
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
