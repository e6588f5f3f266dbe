/* Copies of the report, sections and their prose: the title, section
 * order (P002, P003, P004), paragraphs, sub-headings and their nesting,
 * the sign-off date and agency, the copies that follow the first. */
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "find.h"
#include "filter_text.h"
#include "units.h"

static const char *end_words(parse_ctx *ctx)
{
    return ctx->doc->lang == XXGK_LANG_ZH ? "正文结尾" : "the end of the text";
}

/* A heading's title as printed, for a message: at most CAP - 1 bytes,
 * cut before a UTF-8 character that would not fit. */
static const char *title_text(const parse_ctx *ctx, const xxgk_block *h, char *buf, size_t cap)
{
    const uint8_t *src = ctx->doc->src;
    size_t n = h->title_span.end > h->title_span.start ? h->title_span.end - h->title_span.start : 0;
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && (src[h->title_span.start + n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, src + h->title_span.start, n);
    buf[n] = 0;
    return buf;
}

/* Does the text of span SP hold WORD (its UTF-8 bytes)? */
static bool span_has(const parse_ctx *ctx, xxgk_span sp, const char *word)
{
    const uint8_t *p = ctx->doc->src + sp.start, *e = ctx->doc->src + sp.end;
    size_t n = strlen(word);
    for (; p + n <= e; p++)
        if (memcmp(p, word, n) == 0)
            return true;
    return false;
}

/* Does the title of heading H hold WORD (its UTF-8 bytes)? */
static bool title_has(const parse_ctx *ctx, const xxgk_block *h, const char *word)
{
    return span_has(ctx, h->title_span, word);
}

/* A heading's title as short as a heading's (at most 30 characters, no
 * full stop): a numbered sentence of the preamble (一、本报告由…编制。) is
 * no section heading. */
static bool title_short(const parse_ctx *ctx, const xxgk_block *h)
{
    const uint8_t *p = ctx->doc->src + h->title_span.start, *e = ctx->doc->src + h->title_span.end;
    size_t cps = 0;
    for (; p < e; p++)
        cps += (*p & 0xC0) != 0x80;
    return cps <= 30 && !title_has(ctx, h, "\u3002");
}

/* Section ID begun by heading H, a block read before as a sub-heading
 * (P044, P045): the blocks after H are the section's body, one level up.
 * NULL when out of memory (ctx->fatal set). */
static xxgk_section *section_of_heading(parse_ctx *ctx, const xxgk_block *h, int id)
{
    xxgk_section *s = xxgk_doc_alloc(ctx->doc, sizeof *s);
    if (!s) {
        ctx->fatal = 1;
        return NULL;
    }
    s->id = id;
    s->printed_number = id;
    s->numbering = h->numbering;
    s->md_level = h->md_level;
    s->canonical_title = false;
    s->heading_span = h->span;
    s->span = h->span;
    s->number_span = h->number_span;
    s->title_span = h->title_span;
    s->blocks = h->next;
    for (xxgk_block *b = s->blocks; b; b = b->next) {
        if (b->kind == XXGK_B_HEADING)
            b->level = b->level > h->level ? b->level - h->level : 1;
        if (b->span.end > s->span.end)
            s->span.end = b->span.end;
    }
    return s;
}

/* Section 六 under a title of its own (六、其他, 六、其他需要报告的情况):
 * when a copy ends in section 五 and the one heading of section 五 in
 * the style of 五's own heading (the same numbering, the same markdown
 * level) is numbered 六, that heading is section 六's, whatever its
 * words: the blocks after it are section 六's body, one level up, and a
 * warning (P045) shows the heading. Two or more such headings in section
 * 五 (一、… 二、… its own items) or one numbered otherwise are 五's: section
 * 六 is missing (P002); so is one whose words are not the template's
 * (六、附件, 六、加强考核: no 其他 or 其它) or which is a sentence. */
static void other_by_number(parse_ctx *ctx)
{
    xxgk_report *r = ctx->report;
    xxgk_section *five = ctx->sec;
    if (!r || !five || ctx->sec_last != XXGK_SEC_PROBLEMS || five->id != XXGK_SEC_PROBLEMS ||
        five->printed_number != XXGK_SEC_PROBLEMS)
        return;
    xxgk_block **link = NULL;
    for (xxgk_block **pp = &five->blocks; *pp; pp = &(*pp)->next) {
        const xxgk_block *b = *pp;
        if (b->kind != XXGK_B_HEADING || b->numbering != five->numbering || b->md_level != five->md_level)
            continue;
        if (link || b->number != XXGK_SEC_OTHER)
            return;
        link = pp;
    }
    /* its words still the template's (其他, 其它): a lone 六、附件 or
     * 六、加强考核 is an item of 五 and 六 missing */
    if (!link || !(title_has(ctx, *link, "其他") || title_has(ctx, *link, "其它")) || !title_short(ctx, *link))
        return;
    xxgk_block *h = *link;
    xxgk_section *s = section_of_heading(ctx, h, XXGK_SEC_OTHER);
    if (!s)
        return;
    *link = NULL;
    five->span.end = h->span.start;
    for (const xxgk_block *b = five->blocks; b; b = b->next)
        if (b->span.end > five->span.end)
            five->span.end = b->span.end;
    five->next = s;
    ctx->sec = s;
    ctx->sec_seen[XXGK_SEC_OTHER] = true;
    ctx->sec_last = XXGK_SEC_OTHER;
    char title[128];
    xxgk_doc_add_diag(ctx->doc, XXGK_P_OTHER_BY_NUMBER, h->span, title_text(ctx, h, title, sizeof title));
}

/* section-5-and-6 := 五、 …问题… 其他…报告…事项 (存在的主要问题、改进情况及其他需要报告的事项):
 * when a copy ends in section 五 and 五's own heading (numbered 五, its
 * title read as 五's) also names section 六's matter, in its words (其他 or
 * 其它, 报告 or 報告, 事项 or 事項: 其他需要报告的事项), the report gives both
 * sections under one heading: section 六 is there, in 五, not missing (a
 * note, P114, instead of P002). A bare 其他事项 (…改进情况（其他事项）) is
 * 五's own matter, no 六: a truncated copy keeps P002. Only the heading's
 * title is read (at most one line: no rescan). */
static bool names_other_matters(const parse_ctx *ctx, xxgk_span title)
{
    return (span_has(ctx, title, "其他") || span_has(ctx, title, "其它")) &&
           (span_has(ctx, title, "报告") || span_has(ctx, title, "報告")) &&
           (span_has(ctx, title, "事项") || span_has(ctx, title, "事項"));
}

static void five_holds_other(parse_ctx *ctx)
{
    const xxgk_section *five = ctx->sec;
    if (!five || ctx->sec_last != XXGK_SEC_PROBLEMS || five->id != XXGK_SEC_PROBLEMS ||
        five->printed_number != XXGK_SEC_PROBLEMS || !names_other_matters(ctx, five->title_span))
        return;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_FIVE_HOLDS_SIX, five->heading_span);
    ctx->sec_last = XXGK_SEC_OTHER;
}

/* The offset in SP just past the first of WORDS found in it (the first
 * in the list that occurs), else 0. */
static uint32_t past_word(const parse_ctx *ctx, xxgk_span sp, const char *const *words)
{
    const char *s = (const char *)ctx->doc->src + sp.start;
    size_t n = sp.end - sp.start;
    for (int k = 0; words[k]; k++) {
        size_t at = find_word(s, n, words[k], strlen(words[k]));
        if (at < n)
            return sp.start + (uint32_t)(at + strlen(words[k]));
    }
    return 0;
}

/* Does the text at I (before E) begin with one of WORDS? I after it. */
static bool skip_word(const parse_ctx *ctx, uint32_t *i, uint32_t e, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (*i + n <= e && memcmp(ctx->doc->src + *i, words[k], n) == 0) {
            *i += (uint32_t)n;
            return true;
        }
    }
    return false;
}

/* A title with no sentence punctuation (。，：；！？ and their half-width
 * twins): text run on after a heading (…诉讼情况：对复议中指出的问题，
 * 已及时改进。) is a sentence, not a heading's words. */
static bool title_unpunctuated(const parse_ctx *ctx, xxgk_span title)
{
    static const char *const marks[] = {"\u3002", "\uFF61", "\uFF0C", ",", "\uFF1A", ":", "\uFF1B", ";",
                                        "\uFF01", "!", "\uFF1F", "?", NULL};
    return past_word(ctx, title, marks) == 0;
}

/* Nothing but spaces after the title to the end of its line (bounded by
 * the line: one look per copy). */
static bool title_ends_line(const parse_ctx *ctx, xxgk_span title)
{
    const uint8_t *src = ctx->doc->src;
    for (uint32_t i = title.end; i < ctx->doc->len && src[i] != '\n'; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
            return false;
    return true;
}

/* problems := … 问题 … 改进 tail, in PART (the title after the joiner):
 * section 五's matter, no 复议 or 诉讼 (a 复议 problem is 四's own), and at
 * most 4 characters after 改进 (情况, 措施), no space (words run on). */
static bool problems_tail(const parse_ctx *ctx, xxgk_span part)
{
    static const char *const problems[] = {"\u95EE\u9898", "\u554F\u984C", NULL}; /* 问题 問題 */
    static const char *const improve[] = {"\u6539\u8FDB", "\u6539\u9032", NULL}; /* 改进 改進 */
    static const char *const appeals[] = {"\u590D\u8BAE", "\u5FA9\u8B70", "\u8BC9\u8BBC", "\u8A34\u8A1F",
                                          NULL}; /* 复议 復議 诉讼 訴訟 */
    if (past_word(ctx, part, appeals))
        return false;
    uint32_t at = past_word(ctx, part, problems);
    if (!at)
        return false;
    at = past_word(ctx, (xxgk_span){at, part.end}, improve);
    if (!at)
        return false;
    size_t cps = 0;
    for (uint32_t i = at; i < part.end; i++) {
        uint8_t c = ctx->doc->src[i];
        if (c == ' ' || c == '\t' || (c == 0xE3 && i + 2 < part.end && ctx->doc->src[i + 1] == 0x80 &&
                                       ctx->doc->src[i + 2] == 0x80))
            return false; /* a space: words run on after the title */
        cps += (c & 0xC0) != 0x80;
    }
    return cps <= 4;
}

/* section-4-and-5 := 四、 … 诉讼 [情况] joiner problems
 * joiner          := 以及 | 及 | 和 | 与 | 與 | 、
 * problems        := … 问题 … 改进 tail      (no 复议, no 诉讼; tail at most
 *                                            4 characters, no space)
 * e.g. 四、政府信息公开行政复议、行政诉讼情况及存在的主要问题和改进情况:
 * when section 四's own heading (numbered 四, its title read as 四's) ends
 * in section 五's matter joined to 四's, with no sentence punctuation in
 * the title and nothing after it on the line, the report gives both
 * sections under one heading: section 五 is there, in 四, not missing (a
 * note, P115, instead of P002), and the sections after it may be numbered
 * one lower (六 printed 五: no V301, check_structure.c). The words alone
 * are not enough: a 复议 problem in 四's own title (…情况（行政复议纠错问
 * 题已改进）, …情况及复议问题改进) or a sentence run onto the heading's
 * line (…情况：对复议中指出的问题，已及时改进。) is 四's, and a report with
 * no 五 keeps P002. Called when the next section heading after 四 is a
 * later one than 五, or the copy ends in 四: a 五 of its own after such a
 * heading is 五, no note. Only the heading's line is read (no rescan). */
static bool names_problems(const parse_ctx *ctx, xxgk_span title)
{
    static const char *const lawsuit[] = {"\u8BC9\u8BBC", "\u8A34\u8A1F", NULL}; /* 诉讼 訴訟 */
    static const char *const state[] = {"\u60C5\u51B5", "\u60C5\u6CC1", NULL};   /* 情况 情況 */
    static const char *const joiner[] = {"\u4EE5\u53CA", "\u53CA", "\u548C", "\u4E0E", "\u8207", "\u3001",
                                         NULL}; /* 以及 及 和 与 與 、 */
    uint32_t i = past_word(ctx, title, lawsuit);
    if (!i || !title_unpunctuated(ctx, title) || !title_ends_line(ctx, title))
        return false;
    skip_word(ctx, &i, title.end, state);
    if (!skip_word(ctx, &i, title.end, joiner))
        return false;
    return problems_tail(ctx, (xxgk_span){i, title.end});
}

static void four_holds_problems(parse_ctx *ctx)
{
    xxgk_section *four = ctx->sec;
    if (!four || ctx->sec_last != XXGK_SEC_APPEALS || four->id != XXGK_SEC_APPEALS ||
        four->printed_number != XXGK_SEC_APPEALS || !names_problems(ctx, four->title_span))
        return;
    xxgk_doc_add_diag(ctx->doc, XXGK_P_FOUR_HOLDS_FIVE, four->heading_span);
    four->holds_next = true;
    ctx->sec_seen[XXGK_SEC_PROBLEMS] = true;
    ctx->sec_last = XXGK_SEC_PROBLEMS;
}

static void copy_finish(parse_ctx *ctx, uint32_t end_at)
{
    if (!ctx->report)
        return;
    bld_signoff_at_end(ctx);
    bld_close_paragraph(ctx);
    ctx->report->span.end = end_at;
    other_by_number(ctx);
    five_holds_other(ctx);
    four_holds_problems(ctx);
    if (ctx->sec_last > 0)
        for (int m = ctx->sec_last + 1; m <= XXGK_SEC_OTHER; m++)
            xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_SECTION, span_of(end_at, end_at),
                              xxgk_section_numeral(m), xxgk_section_title(m), end_words(ctx),
                              xxgk_section_numeral(m));
}

/* Blocks go into *tail from here on (a copy's preamble, a section's body):
 * no paragraph open, no sub-heading outline yet. */
static void blocks_begin(parse_ctx *ctx, xxgk_block **tail)
{
    ctx->blk_tail = tail;
    ctx->para = NULL;
    ctx->depth_count = 0;
    memset(ctx->numbering_depth, 0, sizeof ctx->numbering_depth);
}

void b_copy_begin(parse_ctx *ctx, const ptok *title, bool restart)
{
    uint32_t at = title ? title->start : 0;
    if (ctx->report)
        copy_finish(ctx, at);
    xxgk_report *r = xxgk_doc_alloc(ctx->doc, sizeof *r);
    if (!r) {
        ctx->fatal = 1;
        return;
    }
    r->span = span_of(at, at);
    if (!ctx->first) {
        ctx->first = r;
        ctx->doc->report = r;
    } else {
        ctx->last->next = r;
    }
    ctx->last = r;
    if (restart && title)
        r->title_span = tok_span(title); /* P010 or P026: report.c, once agency and year are known */
    ctx->report = r;
    ctx->sec = NULL;
    ctx->sec_last = 0;
    memset(ctx->sec_seen, 0, sizeof ctx->sec_seen);
    memset(ctx->sec_missing, 0, sizeof ctx->sec_missing);
    memset(ctx->table_missing, 0, sizeof ctx->table_missing);
    ctx->annex_copy = false;
    blocks_begin(ctx, &r->preamble);
}

/* A second report with no title line: it begins at AT, the section 一
 * heading read after section 六 (P098, report.c). */
void b_copy_untitled(parse_ctx *ctx, const ptok *at)
{
    b_copy_begin(ctx, at, false);
    uint32_t e = at->start;
    while (e < ctx->doc->len && ctx->doc->src[e] != '\n' && ctx->doc->src[e] != '\r')
        e++;
    if (ctx->report)
        ctx->report->restart_span = span_of(at->start, e);
}

void b_title(parse_ctx *ctx, const ptok *t)
{
    if (ctx->report)
        ctx->report->title_span = tok_span(t);
}

/* Section 一 under a title of its own (一、总体概述, 一、工作概述,
 * 一、概况): when the first section heading of a copy is a later one
 * (二、主动公开政府信息情况) and the preamble's last heading in that
 * heading's own style (the same numbering, the same markdown level) is
 * numbered 一, that heading is section 一's, whatever its words: the
 * blocks after it are section 一's body, one level up, and a warning
 * (P044) shows the heading. A preamble with two headings of that style
 * after the 一 (一、… 二、… as a list) or none numbered 一 is left as it
 * is, and so is a numbered sentence (title_short): section 一 is missing
 * (P002). */
static void overview_by_number(parse_ctx *ctx, const ptok *t)
{
    xxgk_report *r = ctx->report;
    if (!r || ctx->sec_last != 0 || t->section <= XXGK_SEC_OVERVIEW || t->number != t->section)
        return;
    xxgk_block **link = NULL;
    for (xxgk_block **pp = &r->preamble; *pp; pp = &(*pp)->next) {
        const xxgk_block *b = *pp;
        if (b->kind != XXGK_B_HEADING || b->numbering != t->numbering || b->md_level != t->md)
            continue;
        link = b->number == 1 ? pp : NULL;
    }
    if (!link || !title_short(ctx, *link))
        return;
    xxgk_block *h = *link;
    xxgk_section *s = section_of_heading(ctx, h, XXGK_SEC_OVERVIEW);
    if (!s)
        return;
    *link = NULL;
    s->next = r->sections;
    r->sections = s;
    ctx->sec_seen[XXGK_SEC_OVERVIEW] = true;
    ctx->sec_last = XXGK_SEC_OVERVIEW;
    char title[128];
    xxgk_doc_add_diag(ctx->doc, XXGK_P_OVERVIEW_BY_NUMBER, h->span, title_text(ctx, h, title, sizeof title),
                      xxgk_section_numeral(t->section));
}

/* annex-heading → section (tokens.c annex_section_at): the table the
 * body's section lacks, printed in an 附件 after 六, is that section's
 * table. The body's section is read on (its blocks go on after the
 * table's), its P012 dropped, and a note (P112) says where the table
 * was found; no second section (P004), no section out of order. When the
 * report has the table already, the annex's is a copy, compared with it
 * at its end (build_table.c annex_copy_compare). Not when the body never
 * had the section: then the caption is a heading as any other. */
static bool annex_reopens(parse_ctx *ctx, const ptok *t)
{
    xxgk_section *s = ctx->report ? ctx->report->sections : NULL;
    while (s && s->id != t->section)
        s = s->next;
    if (!s)
        return false;
    bld_close_paragraph(ctx);
    if (ctx->table_missing[s->id]) {
        doc_drop_diag(ctx->doc, ctx->table_missing[s->id]);
        ctx->table_missing[s->id] = NULL;
    }
    int tbl = s->id == XXGK_SEC_PROACTIVE ? XXGK_TABLE_PROACTIVE
              : s->id == XXGK_SEC_REQUESTS ? XXGK_TABLE_REQUESTS
              : s->id == XXGK_SEC_APPEALS  ? XXGK_TABLE_APPEALS
                                            : -1; /* 六 read on after an annex's table (tokens.c annex_ends_table) */
    ctx->annex_copy = tbl >= 0 && ctx->report->tables[tbl] != NULL;
    if (tbl >= 0 && !ctx->annex_copy) {
        char caption[96];
        bld_text_of(ctx, t, caption, sizeof caption);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_ANNEX_TABLE, tok_span(t), xxgk_section_numeral(s->id), caption);
    }
    xxgk_block **tail = &s->blocks;
    while (*tail)
        tail = &(*tail)->next;
    ctx->sec = s;
    ctx->sec_line_unit = XXGK_UNIT_NONE;
    ctx->tab_in_section = false;
    blocks_begin(ctx, tail);
    return true;
}

/* scope-caption → the section's table again (tokens.c scope_caption_at):
 * a caption naming another scope (（二）全系统) after the section's
 * complete table heads a second table of the section, no new section (no
 * P004). The caption waits for the next table (b_table_begin →
 * bld_scope_table: its scope, its note or warning); no table under it, it
 * is dropped (b_missing_table), no section begun again. Only in the
 * section the filter is in: else a heading as any. */
static bool scope_reopens(parse_ctx *ctx, const ptok *t)
{
    if (!ctx->sec || ctx->sec->id != t->section || !ctx->report)
        return false;
    bld_close_paragraph(ctx);
    ctx->scope_caption = tok_span(t);
    return true;
}

enum { SCOPE_TEXT_MAX = 128, SCOPE_LOOK_LINES = 2, SCOPE_LINE_MAX = 1024 };
/* A second print's caption quoted whole: tokens.c reads one of 192 bytes
 * at most (SCOPE_CAPTION_MAX), a long one naming every kind of body. */
enum { SCOPE_QUOTE_MAX = 256 };

/* scope-own  : '本级' | '本机关' | '本部门' | '本局' | '本委' | '本厅' | '本办' | '本单位'
 * scope-wide : '全' (县|市|区|旗|州|省|镇|乡) | '系统' | '所属' | '下属' | '直属'
 *            | '属单位' | '乡镇' | '部门' | '街道'
 * What the folded caption F[0, n) names: the agency's own reach (1), a
 * wider one (2: a wider word wins, so a caption naming both is the wider
 * one; 本部门 is the agency's), none (0). */
static int scope_class(const char *f, size_t n)
{
    static const char *const own[] = {"本级", "本机关", "本部门", "本局", "本委", "本厅", "本办", "本单位"};
    static const char *const wide[] = {"系统", "所属", "下属", "直属", "属单位", "乡镇", "部门", "街道"};
    static const char *const units[] = {"县", "市", "区", "旗", "州", "省", "镇", "乡"};
    /* a wider word wins over an own one: 全县（含县本级、乡镇、部门）,
     * 本局及所属单位, 本部门（含系统内单位） name the wider scope that holds
     * the agency's own; 部门 counts only where it is no 本部门 */
    for (size_t w = 0; w < sizeof wide / sizeof wide[0]; w++)
        for (const char *p = f; (p = memmem(p, n - (size_t)(p - f), wide[w], strlen(wide[w]))) != NULL;
             p += strlen(wide[w]))
            if (strcmp(wide[w], "部门") != 0 || p - f < 3 || memcmp(p - 3, "本", 3) != 0)
                return 2;
    for (const char *p = f; (p = memmem(p, n - (size_t)(p - f), "全", 3)) != NULL && (size_t)(p - f) + 6 <= n; p += 3)
        for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
            if (memcmp(p + 3, units[u], 3) == 0)
                return 2;
    for (size_t w = 0; w < sizeof own / sizeof own[0]; w++)
        if (memmem(f, n, own[w], strlen(own[w])))
            return 1;
    return 0;
}

/* A section heading naming a wider scope (三、全县收到和处理政府信息公开
 *申请情况) says the table right under it may be that scope's: it only
 * adds doubt, never makes the first table the agency's own (三、本机关…
 * over （一）汇总 and （二）县本级 says nothing of which is whose). The span
 * of its title, *CLS 2, when T stands in that section and the heading
 * names a wider scope; else empty, *CLS untouched. */
static xxgk_span heading_scope(const parse_ctx *ctx, const xxgk_table *t, int *cls)
{
    const xxgk_section *s = ctx->sec;
    if (!s || s->title_span.end <= s->title_span.start || t->span.start < s->heading_span.end ||
        s->title_span.end - s->title_span.start > SCOPE_TEXT_MAX)
        return span_of(0, 0);
    char f[SCOPE_TEXT_MAX * 2];
    size_t n = caption_fold(ctx->doc->src + s->title_span.start, s->title_span.end - s->title_span.start, f, sizeof f);
    if (n >= sizeof f || scope_class(f, n) != 2)
        return span_of(0, 0);
    *cls = 2;
    return s->title_span;
}

/* Does the line SRC[s, e), too long to fold whole, name a wider scope?
 * Read in windows (a scope word spans at most 9 bytes: the windows
 * overlap by 12), so a long caption (（一）全县（含县本级、各乡镇人民政府、
 * …）…汇总) is read to its end; an own word in it is not counted (a long
 * line may be prose: it only adds doubt). A line over SCOPE_LINE_MAX
 * bytes is prose, no caption: not read (each second table reads the
 * first's lines again, so the read stays bounded). */
static bool long_line_wide(const uint8_t *src, uint32_t s, uint32_t e)
{
    char f[SCOPE_TEXT_MAX * 2];
    if (e - s > SCOPE_LINE_MAX)
        return false;
    while (s < e) {
        uint32_t w = e - s > SCOPE_TEXT_MAX ? SCOPE_TEXT_MAX : e - s;
        while (s + w < e && w > 0 && (src[s + w] & 0xC0) == 0x80)
            w--; /* whole characters */
        size_t n = caption_fold(src + s, w, f, sizeof f);
        if (n < sizeof f && scope_class(f, n) == 2)
            return true;
        if (s + w >= e || w <= 12)
            return false;
        s += w - 12;
        while (s < e && (src[s] & 0xC0) == 0x80)
            s++;
    }
    return false;
}

/* The caption over the report's table T: of the (at most
 * SCOPE_LOOK_LINES) short lines between the section's heading and the
 * table, the nearest naming a scope (a unit line may stand between); a
 * longer line ends the look, counted only when it names a wider scope
 * (long_line_wide). None: the section's heading when it names a wider
 * scope (heading_scope); empty when none. *CLS: its scope_class. */
static xxgk_span first_caption(const parse_ctx *ctx, const xxgk_table *t, int *cls)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t floor = ctx->sec ? ctx->sec->heading_span.end : 0, e = t->span.start;
    *cls = 0;
    for (int lines = 0; lines < SCOPE_LOOK_LINES && e > floor; lines++) {
        while (e > floor && (src[e - 1] == '\n' || src[e - 1] == '\r' || src[e - 1] == ' ' || src[e - 1] == '\t'))
            e--;
        uint32_t s = e;
        while (s > floor && src[s - 1] != '\n')
            s--;
        if (e <= s)
            break;
        if (e - s > SCOPE_TEXT_MAX - 32) {
            if (!long_line_wide(src, s, e))
                break;
            *cls = 2;
            return span_of(s, e);
        }
        char f[SCOPE_TEXT_MAX * 2];
        size_t n = caption_fold(src + s, e - s, f, sizeof f);
        int c = n < sizeof f ? scope_class(f, n) : 0;
        /* a first caption naming no scope but a summary (（一）汇总, 彙總)
         * sums more than one body's requests: never the agency's own
         * alone, so it only adds doubt (P121 over （二）县直部门); asked of
         * the first caption only, after its scope words (本级汇总 is own;
         * a second caption's 汇总, （二）本级汇总, changes nothing) */
        if (c == 0 && n < sizeof f && memmem(f, n, "汇总", strlen("汇总")))
            c = 2;
        if (c) {
            *cls = c;
            return span_of(s, e);
        }
        e = s;
    }
    return heading_scope(ctx, t, cls);
}

/* The text of SP into BUF (at most SIZE - 1 bytes, whole characters). */
static void span_text(const parse_ctx *ctx, xxgk_span sp, char *buf, size_t size)
{
    size_t n = sp.end - sp.start;
    if (n >= size)
        for (n = size - 1; n > 0 && (ctx->doc->src[sp.start + n] & 0xC0) == 0x80; n--)
            ;
    memcpy(buf, ctx->doc->src + sp.start, n);
    buf[n] = 0;
}

/* Is P a numeral of a serial (一 … 十)? */
static bool cn_serial_digit(const uint8_t *p)
{
    static const char digits[] = "一二三四五六七八九十";
    for (size_t d = 0; d + 3 <= sizeof digits - 1; d += 3)
        if (memcmp(p, digits + d, 3) == 0)
            return true;
    return false;
}

/* A digit at P[0, n): its bytes (1 ASCII, 3 full width), 0 when none. */
static uint32_t digit_at(const uint8_t *p, uint32_t n)
{
    return utf8_digit_len(p, p + n);
}

/* The bytes of a caption's serial number at P (（二） (2) 二、 2. 二是 and
 * blanks before it): how many; 0 when none. */
static uint32_t caption_serial(const uint8_t *p, uint32_t n)
{
    uint32_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    if (n - i >= 3 && memcmp(p + i, "（", 3) == 0) {
        const uint8_t *c = memmem(p + i, n - i < 16 ? n - i : 16, "）", 3);
        return c ? (uint32_t)(c - p) + 3 : i;
    }
    if (i < n && p[i] == '(') {
        const uint8_t *c = memchr(p + i, ')', n - i < 16 ? n - i : 16);
        return c ? (uint32_t)(c - p) + 1 : i;
    }
    uint32_t j = i, k;
    while (j < n && (k = digit_at(p + j, n - j)) != 0)
        j += k;
    if (j > i && j < n && (p[j] == '.' || p[j] == ' '))
        return j + 1;
    if (j > i && n - j >= 3 && (memcmp(p + j, "、", 3) == 0 || memcmp(p + j, "．", 3) == 0))
        return j + 3;
    if (n - i >= 6 && cn_serial_digit(p + i) && (memcmp(p + i + 3, "、", 3) == 0 || memcmp(p + i + 3, "是", 3) == 0))
        return i + 6;
    return i;
}

/* A year standing alone in brackets (（2023）, (2023)) is the report's
 * year, no count: four digits SRC[s, e) inside SP, 19xx or 20xx, with
 * a bracket opening right before and closing right after. */
static bool bracket_year(const uint8_t *src, xxgk_span sp, uint32_t s, uint32_t e)
{
    if (e - s != 4 && e - s != 12) /* four digits: 1 byte each ASCII, 3 full width */
        return false;
    uint32_t w = (e - s) / 4;
    uint8_t d0 = w == 1 ? src[s] : (uint8_t)(src[s + 2] - 0x90 + '0');
    uint8_t d1 = w == 1 ? src[s + 1] : (uint8_t)(src[s + 5] - 0x90 + '0');
    if (!(d0 == '1' && d1 == '9') && !(d0 == '2' && d1 == '0'))
        return false;
    bool opens = (s - sp.start >= 3 && memcmp(src + s - 3, "（", 3) == 0) || (s > sp.start && src[s - 1] == '(');
    bool closes = (sp.end - e >= 3 && memcmp(src + e, "）", 3) == 0) || (e < sp.end && src[e] == ')');
    return opens && closes;
}

/* A count's rest after its first digits SRC[.., i) up to END: a
 * thousands comma and three digits (1,500, １，５００), a fraction (1.5), a unit
 * word (万 亿 萬 億): the count read whole (1,500件, 1.5万件), one number, not
 * its pieces. Where it ends. */
static uint32_t count_rest(const uint8_t *src, uint32_t end, uint32_t i)
{
    for (;;) {
        uint32_t j = i, k, d = 0;
        bool comma = j < end && src[j] == ',', fw = end - j >= 3 && (memcmp(src + j, "，", 3) == 0);
        if (comma || fw || (j < end && src[j] == '.') || (end - j >= 3 && memcmp(src + j, "．", 3) == 0)) {
            j += src[j] < 0x80 ? 1 : 3;
            while (j < end && (k = digit_at(src + j, end - j)) != 0)
                j += k, d++;
        }
        if (d == 0 || ((comma || fw) && d != 3))
            break;
        i = j;
    }
    if (end - i >= 3 && (memcmp(src + i, "万", 3) == 0 || memcmp(src + i, "亿", 3) == 0 ||
                         memcmp(src + i, "萬", 3) == 0 || memcmp(src + i, "億", 3) == 0))
        i += 3;
    return i;
}

/* A number a caption prints (（二）全系统 150件, 全系统（共150件）) is no
 * cell and no scope: the first one at or after FROM and after the
 * caption's serial number, a year (2023年, 2023 年: numeral_year) not
 * counted, as the span in SP; empty when none. */
static xxgk_span caption_number_from(const parse_ctx *ctx, xxgk_span sp, uint32_t from)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t i = sp.start + caption_serial(src + sp.start, sp.end - sp.start);
    if (i < from)
        i = from;
    while (i < sp.end) {
        uint32_t k = digit_at(src + i, sp.end - i), s = i;
        if (!k) {
            if ((k = (uint32_t)numeral_count_len(src + i, sp.end - i)) != 0)
                return span_of(i, i + k);
            i++;
            continue;
        }
        size_t run;
        if (numeral_year(src + s, sp.end - s, &run, 0)) { /* 2020 年, blanks between: a year, as V306 reads it */
            i = s + (uint32_t)run;
            continue;
        }
        while (i < sp.end && (k = digit_at(src + i, sp.end - i)) != 0)
            i += k;
        if ((sp.end - i >= 3 && memcmp(src + i, "年", 3) == 0) || bracket_year(src, sp, s, i))
            continue;
        return span_of(s, count_rest(src, sp.end, i));
    }
    return span_of(0, 0);
}

/* The first number of a caption (caption_number_from): whether a caption
 * with no table under it holds one (P008). */
xxgk_span bld_caption_number(const parse_ctx *ctx, xxgk_span sp)
{
    return caption_number_from(ctx, sp, sp.start);
}

/* Every number the caption of T's print for another scope holds (its
 * text SECOND) goes to no cell: each told (P122) at itself, never
 * dropped — （二）全县（含15个乡镇、32个部门） prints two counts, and a
 * user fixing the first must be shown the second too. One pass over the
 * caption (at most its length in numbers). */
static void caption_number_tell(parse_ctx *ctx, const xxgk_table *t, const char *second)
{
    for (xxgk_span num = caption_number_from(ctx, t->scope, t->scope.start); num.end > num.start;
         num = caption_number_from(ctx, t->scope, num.end)) {
        char digits[32];
        span_text(ctx, num, digits, sizeof digits);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_SCOPE_CAPTION_NUMBER, num, digits, second, bld_table_numeral(t->id));
    }
}

/* The note of finding D over a table's cells SP that doubts each of
 * them (export's flag, the panel's blank): P121, P125. */
static void doubt_table(parse_ctx *ctx, xxgk_diag *d, xxgk_span sp)
{
    if (d)
        xxgk_diag_add_note(ctx->doc, d, sp,
                           xxgk_doc_lang(ctx->doc) == XXGK_LANG_ZH ? "报告的单元格取自此表，存疑"
                                                                  : "the report's cells, taken from this table, are doubted");
}

/* A caption printed as a row of the table, one cell merged over its
 * columns (an HTML <td colspan> row: （二）全县（含15个乡镇、32个部门）), is
 * a line of words, not a row of cells: the front end's L030 at it (the
 * cell has digits and the row above splits its columns) concerns no
 * number, and is taken back. Only a finding on the caption's own line,
 * where no other cell stands (scope_caption_at); found from AT, the
 * finding told at the caption (P120, P121), so a report printing many
 * scopes walks each caption's line, not the findings before it. */
static void caption_row_unmerged(parse_ctx *ctx, const xxgk_diag *at, xxgk_span cap)
{
    const uint8_t *src = ctx->doc->src;
    uint32_t ls = cap.start, le = cap.end, len = (uint32_t)ctx->doc->len;
    while (ls > 0 && src[ls - 1] != '\n')
        ls--;
    while (le < len && src[le] != '\n')
        le++;
    doc_drop_code_near(ctx->doc, at, XXGK_L_NUMBER_OVER_COLUMNS, ls, le);
}

/* The report's cells come from the first print of a table printed for
 * two scopes only when the captions say it is the agency's own: its
 * caption names the own scope (本级, 本机关 …), or the second's names a
 * wider one (全县, 全系统 …) and the first's names none. Then a note
 * (P120); else a warning (P121) at the second caption naming both, its
 * note over the first table doubting each of its cells (export's flag,
 * the panel's blank), as the rows printed twice were (P014). */
void bld_scope_table(parse_ctx *ctx, xxgk_table *t)
{
    const xxgk_table *first = ctx->report ? ctx->report->tables[t->id] : NULL;
    const uint8_t *src = ctx->doc->src;
    char second[SCOPE_QUOTE_MAX], one[SCOPE_TEXT_MAX], f[SCOPE_TEXT_MAX * 2];
    span_text(ctx, t->scope, second, sizeof second);
    size_t n = caption_fold(src + t->scope.start, t->scope.end - t->scope.start, f, sizeof f);
    int cls2 = n < sizeof f ? scope_class(f, n) : 0, cls1 = 0;
    xxgk_span cap1 = first ? first_caption(ctx, first, &cls1) : span_of(0, 0);
    caption_number_tell(ctx, t, second);
    if (!first || cls1 == 1 || (cls1 == 0 && cls2 == 2)) {
        xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_SCOPE_TABLE, t->scope, bld_table_numeral(t->id), second);
        caption_row_unmerged(ctx, d, t->scope);
        return;
    }
    if (cap1.end > cap1.start)
        span_text(ctx, cap1, one, sizeof one);
    else
        snprintf(one, sizeof one, "%s", xxgk_doc_lang(ctx->doc) == XXGK_LANG_ZH ? "无标题" : "no caption");
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_SCOPE_UNSURE, t->scope, bld_table_numeral(t->id), one, second);
    caption_row_unmerged(ctx, d, t->scope);
    doubt_table(ctx, d, first->span);
}

/* The bytes of the serial a caption opens with (（二） (2) （２） 二、 2.
 * 2、 ２． after blanks), 0 when it opens with none: the numeral alone,
 * so a bracket of words （含乡镇） or a title line (2023年度全县…统计表)
 * is none. */
uint32_t bld_caption_serial_len(const uint8_t *p, uint32_t n)
{
    uint32_t i = 0, j, k;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    uint32_t open = n - i >= 3 && memcmp(p + i, "（", 3) == 0 ? 3 : i < n && p[i] == '(' ? 1 : 0;
    j = i + open;
    uint32_t from = j;
    for (;;) {
        if (n - j >= 3 && cn_serial_digit(p + j))
            j += 3;
        else if ((k = digit_at(p + j, n - j)) != 0)
            j += k;
        else
            break;
    }
    if (j == from || j - from > 6)
        return 0;
    if (open)
        return n - j >= 3 && memcmp(p + j, "）", 3) == 0 ? j + 3 : j < n && p[j] == ')' ? j + 1 : 0;
    return j < n && p[j] == '.' ? j + 1
           : n - j >= 3 && (memcmp(p + j, "、", 3) == 0 || memcmp(p + j, "．", 3) == 0) ? j + 3
                                                                                        : 0;
}

/* Does the text P[0, n) open with a caption's serial? A numbered note
 * (1.本表含乡镇数据, （二）备注：以下为全县汇总数据) is read as one too: P125
 * asks its words for a wider scope as it asks a caption's, so a note naming
 * none (1.本表数据截至12月31日) gets no P125, and one saying the rows are the
 * county's keeps its cells doubted (review-tables63 B1). */
static bool numbered_caption(const uint8_t *p, uint32_t n)
{
    return bld_caption_serial_len(p, n) != 0;
}

/* rule: a caption naming a wider scope (（二）全县（含乡镇、部门）, 全系统)
 * printed inside the report's own table, after its header and before any
 * of its cells, heads the rows under it: they may be that scope's print
 * (the agency's own print before it lost its rows, or printed with none),
 * not the agency's. The reader cannot tell whose they are, so every cell
 * of the table is doubted (P125, its note over the table), never taken as
 * the agency's silently. A caption naming the own scope (（一）本级) or
 * none says nothing of another print: text in the table as before (P019). */
void bld_scope_inside_see(parse_ctx *ctx, const xxgk_table *t, xxgk_span sp)
{
    if (ctx->ncells || t->scope.end > t->scope.start || ctx->scope_inside.end > ctx->scope_inside.start)
        return;
    const uint8_t *src = ctx->doc->src;
    if (!numbered_caption(src + sp.start, sp.end - sp.start))
        return; /* a table's title line, a running header, a note: no caption over rows */
    xxgk_span line = sp;
    while (line.end < ctx->doc->len && src[line.end] != '\n' && src[line.end] != '\r' && src[line.end] != '\t' &&
           src[line.end] != '|' && line.end - line.start <= SCOPE_TEXT_MAX)
        line.end++; /* the caption whole: （二）全县（含15个乡镇… is a label and its numbers; a
                     * markdown cell's | ends it */
    while (line.end > line.start && src[line.end - 1] == ' ')
        line.end--;
    if (line.end - line.start <= SCOPE_TEXT_MAX)
        sp = line; /* else page text, the line the page: the label read */
    if (sp.end - sp.start > SCOPE_TEXT_MAX)
        return;
    char f[SCOPE_TEXT_MAX * 2];
    size_t n = caption_fold(ctx->doc->src + sp.start, sp.end - sp.start, f, sizeof f);
    if (n < sizeof f && scope_class(f, n) == 2)
        ctx->scope_inside = sp;
}

void bld_scope_inside_end(parse_ctx *ctx, const xxgk_table *t)
{
    xxgk_span sp = ctx->scope_inside;
    ctx->scope_inside = span_of(0, 0);
    if (sp.end <= sp.start || !t->ncells)
        return;
    char cap[SCOPE_TEXT_MAX];
    span_text(ctx, sp, cap, sizeof cap);
    xxgk_diag *d = xxgk_doc_add_diag(ctx->doc, XXGK_P_SCOPE_INSIDE_TABLE, sp, cap, bld_table_numeral(t->id));
    doubt_table(ctx, d, (xxgk_span){t->cells[0].span.start, t->span.end});
}

/* A section heading begins its section once. The grammar's error rules
 * (SEC_REQUESTS error …) call this again for the heading they start
 * from: when the error came after the section had begun (inside its
 * table), that is the same heading, not a second copy (P004). */
void b_section(parse_ctx *ctx, const ptok *t)
{
    if (ctx->sec && ctx->sec->heading_span.start == t->start && ctx->sec->heading_span.end == t->end)
        return;
    ctx->scope_caption = span_of(0, 0); /* a caption is over its own section's table only */
    if (t->annex && annex_reopens(ctx, t))
        return;
    if (t->scope && scope_reopens(ctx, t))
        return;
    bld_close_paragraph(ctx);
    overview_by_number(ctx, t);
    int id = t->section;
    xxgk_section *s = xxgk_doc_alloc(ctx->doc, sizeof *s);
    if (!s || !ctx->report) {
        ctx->fatal = 1;
        return;
    }
    s->id = id;
    s->printed_number = t->number;
    s->numbering = t->numbering;
    s->md_level = t->md;
    s->canonical_title = !label_entry_at(t->entry)->variant;
    s->heading_span = tok_span(t);
    s->span = tok_span(t);
    s->number_span = span_of(t->start, t->a_start);
    s->title_span = span_of(t->a_start, t->a_end);
    /* ctx->sec is this copy's last section (reset with each copy; a
     * section put before it by number goes at the list's head): the walk
     * starts there, so 20000 headings are not 20000 walks of the list */
    xxgk_section **pp = ctx->sec ? &ctx->sec->next : &ctx->report->sections;
    while (*pp)
        pp = &(*pp)->next;
    *pp = s;

    if (ctx->sec_seen[id]) {
        xxgk_doc_add_diag(ctx->doc, XXGK_P_DUPLICATE_SECTION, s->heading_span,
                          xxgk_section_numeral(id), xxgk_section_title(id));
    } else if (id < ctx->sec_last) {
        /* a section told missing where a later one came is there after
         * all: out of order, not missing too */
        if (ctx->sec_missing[id])
            doc_drop_diag(ctx->doc, ctx->sec_missing[id]);
        xxgk_doc_add_diag(ctx->doc, XXGK_P_SECTION_ORDER, s->heading_span, xxgk_section_numeral(id),
                          xxgk_section_title(id), xxgk_section_numeral(ctx->sec_last));
    } else {
        if (id > XXGK_SEC_PROBLEMS)
            four_holds_problems(ctx);
        for (int m = ctx->sec_last + 1; m < id; m++)
            ctx->sec_missing[m] =
                xxgk_doc_add_diag(ctx->doc, XXGK_P_MISSING_SECTION, span_of(t->start, t->start),
                                  xxgk_section_numeral(m), xxgk_section_title(m),
                                  xxgk_section_numeral(id), xxgk_section_numeral(m));
    }
    ctx->sec_seen[id] = true;
    if (id > ctx->sec_last)
        ctx->sec_last = id;
    ctx->sec = s;
    ctx->sec_line_unit = XXGK_UNIT_NONE;
    ctx->tab_in_section = false;
    blocks_begin(ctx, &s->blocks);
}

/* Nesting of sub-headings: an outline stack of numbering styles. A style
 * already open closes everything opened after it; a new style opens one
 * level deeper. Markdown headings without a number nest by their '#'. */
static int depth_of(parse_ctx *ctx, int numbering, int md)
{
    /* with markdown, the '#' count is the outline level whatever the number */
    int style = md > 0 ? 100 + md : numbering;
    for (int i = 0; i < ctx->depth_count; i++)
        if (ctx->numbering_depth[i] == style) {
            ctx->depth_count = i + 1;
            return i + 1;
        }
    if (ctx->depth_count < 8)
        ctx->numbering_depth[ctx->depth_count++] = style;
    return ctx->depth_count;
}

/* caption → unit: a table's caption (ft_table_caption) that ends in a
 * unit statement (表1 主动公开政府信息情况（单位：元）) states the unit as
 * a unit line of its own does. The statement must close the line: a unit
 * named inside the title (…收费（元）情况) states nothing. */
static int caption_unit(const uint8_t *src, uint32_t s, uint32_t e, const uint8_t **word, size_t *wlen)
{
    uint32_t title = ft_table_caption(src, s, e);
    const uint8_t *stmt, *p = src + title;
    size_t slen;
    while (title && p < src + e) {
        int u = unit_statement(p, src + e, word, wlen, &stmt, &slen);
        if (u == XXGK_UNIT_NONE)
            return XXGK_UNIT_NONE;
        const uint8_t *after = stmt + slen;
        while (after < src + e && (*after == ' ' || *after == '\t'))
            after++;
        if (after == src + e)
            return u;
        p = stmt + (slen ? slen : 1);
    }
    return XXGK_UNIT_NONE;
}

/* unit line → table 二: a line of section 二 before its table that is a
 * unit statement of money and nothing else (单位：元 above 第二十条第（一）项)
 * states the unit of the table's money as a unit line inside it does
 * (b_table_begin takes it): a header that states another is P028. The
 * line stays a paragraph. Not a sentence that names a unit (金额单位为元。). */
static __attribute__((noinline)) void section_unit_line(parse_ctx *ctx, const ptok *t)
{
    const uint8_t *src = ctx->doc->src, *word;
    size_t wlen;
    int u = unit_statement_whole(src + t->start, src + t->end, &word, &wlen);
    if (u == XXGK_UNIT_NONE)
        u = caption_unit(src, t->start, t->end, &word, &wlen);
    if (u == XXGK_UNIT_NONE || u >= UNIT_INEXACT)
        return;
    ctx->sec_line_unit = (uint8_t)u;
    ctx->sec_line_unit_at = span_of((uint32_t)(word - src), (uint32_t)(word - src + wlen));
}

/* sign-off inside a table → page furniture: a date line (DATE) or an
 * agency and a date on one line (ft_signoff_line) between the open
 * table's parts is marked (ctx->tab_signoff); the next row, value, clause
 * caption of the same table after it (bld_signoff_in_table) makes it a
 * page break's furniture: P090 at the line, and the report's sign-off date
 * it set is given back. The table ending first (a sign-off under the last
 * table, b_table_end) leaves it as it was. */
bool bld_signoff_in_table_mark(parse_ctx *ctx, xxgk_span at, int table, bool text, bool dated)
{
    struct table_signoff *m = &ctx->tab_signoff;
    if (m->n == 4 || (m->n && m->table != table))
        return false;
    xxgk_report *r = ctx->report;
    if (dated && !m->dated && r) {
        m->dated = true;
        m->was_date = r->signoff_date_span;
        m->was_agency = r->signoff_agency_span;
        m->was_ymd[0] = r->signoff_year;
        m->was_ymd[1] = r->signoff_month;
        m->was_ymd[2] = r->signoff_day;
    }
    m->table = table;
    m->text[m->n] = text;
    m->at[m->n++] = at;
    return true;
}

/* CODE (P090, P019) at each marked line (P019: those of text only), its
 * text quoted; the marks go. */
static void signoff_in_table_tell(parse_ctx *ctx, int code)
{
    struct table_signoff *m = &ctx->tab_signoff;
    const uint8_t *s = ctx->doc->src;
    for (int i = 0; i < m->n; i++) {
        if (code == XXGK_P_TEXT_IN_TABLE && !m->text[i])
            continue;
        char buf[96];
        uint32_t len = m->at[i].end - m->at[i].start;
        if (len > 90) {
            len = 90;
            while (len > 0 && (s[m->at[i].start + len] & 0xC0) == 0x80)
                len--; /* a character's first byte */
        }
        snprintf(buf, sizeof buf, "%.*s", (int)len, (const char *)(s + m->at[i].start));
        for (char *c = buf; *c; c++)
            if (*c == '\n' || *c == '\r')
                *c = ' '; /* a two-line sign-off quoted on one line */
        xxgk_doc_add_diag(ctx->doc, code, m->at[i], buf, bld_table_numeral(m->table));
    }
    m->n = 0;
    m->page_end = 0;
    m->dated = false;
}

/* AT opens a page number's line: one to three ASCII digits, no leading
 * 0, alone on its line but for spaces (P063's shape); the line's end, or
 * 0 when it is not one. */
static uint32_t page_number_line(const parse_ctx *ctx, uint32_t at)
{
    const uint8_t *s = ctx->doc->src;
    xxgk_span line = xxgk_doc_line(ctx->doc, at);
    uint32_t i = line.start, e = line.end;
    while (i < e && s[i] == ' ')
        i++;
    if (i != at || s[i] < '1' || s[i] > '9')
        return 0;
    uint32_t d = i;
    while (i < e && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i - d > 3)
        return 0;
    while (i < e && (s[i] == ' ' || s[i] == '\r'))
        i++;
    return i == e ? e : 0;
}

/* The table's part at AT after the marked lines: a page number's line
 * (the page the sign-off closed, its number printed under it) is no part
 * of the rows; only what follows it says they continue. */
void bld_signoff_in_table_at(parse_ctx *ctx, uint32_t at)
{
    struct table_signoff *m = &ctx->tab_signoff;
    if (!ctx->tab || ctx->tab->id != m->table || at < m->at[m->n - 1].end || at < m->page_end)
        return;
    if (!m->page_end) {
        uint32_t pe = page_number_line(ctx, at);
        if (pe) {
            m->page_end = pe;
            return;
        }
    }
    xxgk_report *r = ctx->report;
    if (m->dated && r) {
        r->signoff_date_span = m->was_date;
        r->signoff_agency_span = m->was_agency;
        r->signoff_year = m->was_ymd[0];
        r->signoff_month = m->was_ymd[1];
        r->signoff_day = m->was_ymd[2];
    }
    signoff_in_table_tell(ctx, XXGK_P_SIGNOFF_IN_TABLE);
}

/* A sign-off's line AT inside a row of TABLE (tokens.c signoff_in_row):
 * the row's cells go on after it, so it is told at once (P090), after the
 * lines marked before it (the rows go on after them too). */
void bld_signoff_in_row(parse_ctx *ctx, xxgk_span at, int table)
{
    struct table_signoff *m = &ctx->tab_signoff;
    if (m->n && ctx->tab && ctx->tab->id == m->table)
        bld_signoff_in_table_at(ctx, at.start);
    if (m->n)
        signoff_in_table_tell(ctx, XXGK_P_SIGNOFF_IN_TABLE);
    (void)bld_signoff_in_table_mark(ctx, at, table, false, false);
    signoff_in_table_tell(ctx, XXGK_P_SIGNOFF_IN_TABLE);
    ctx->row_signoff = at;
}

/* The end of the text before the line at ls (or its first word after an
 * indent), its line break and blanks left out (pb at least). */
static uint32_t line_end_before(const uint8_t *s, uint32_t pb, uint32_t ls)
{
    uint32_t e = ft_trim_end(s, pb, ls);
    while (e > pb && (s[e - 1] == '\n' || s[e - 1] == '\r'))
        e--;
    return ft_trim_end(s, pb, e);
}

/* The start of the line that holds byte e - 1 of [pb, e): the byte after
 * the last \n before e, or pb. Found by memrchr: the line above a
 * sign-off may be a paragraph's long last line, walked a byte at a time
 * for every date before. */
static uint32_t line_start_in(const uint8_t *s, uint32_t pb, uint32_t e)
{
    const uint8_t *nl = e > pb ? memrchr(s + pb, '\n', e - pb) : NULL;
    return nl ? (uint32_t)(nl - s) + 1 : pb;
}

/* Is the place's name on [p, pe) (its indent skipped here) the start of
 * the agency whose office's name wraps onto the sign-off's agency line
 * [ls, le) (青禾县⏎教育局⏎2024年1月20日: ft_signoff_agency_wrapped)?
 * *p moves to the place's first character. */
static bool place_wraps_onto(const uint8_t *s, uint32_t *p, uint32_t pe, uint32_t ls, uint32_t le)
{
    *p = ft_trim_start(s, *p, pe);
    uint32_t m = ft_trim_start(s, ls, le);
    return *p < pe && m < le && ft_signoff_agency_wrapped(s, *p, pe, m, ft_trim_end(s, m, le));
}

uint32_t bld_wrapped_place_line(const uint8_t *s, uint32_t pb, uint32_t ls, uint32_t le)
{
    uint32_t pe = line_end_before(s, pb, ls), p = line_start_in(s, pb, pe);
    return place_wraps_onto(s, &p, pe, ls, le) ? p : ls;
}

/* The paragraph right before the sign-off's agency paragraph last (one
 * line), its last line the place the office's name wraps after: an
 * indented or right-aligned sign-off starts a paragraph at a line
 * (　　青禾县⏎　　教育局), a blank line may part them too
 * (青禾县⏎⏎教育局). The place's start in *ws; NULL for none. The same
 * rule as bld_wrapped_place_line, the line above in the paragraph before. */
static xxgk_block *wrapped_place_paragraph(parse_ctx *ctx, const xxgk_block *last, uint32_t *ws)
{
    const uint8_t *s = ctx->doc->src;
    xxgk_block *above = ctx->blk_before_link ? *ctx->blk_before_link : NULL;
    if (!above || above->next != last || above->kind != XXGK_B_PARAGRAPH)
        return NULL;
    uint32_t pe = ft_trim_end(s, above->span.start, above->span.end), p = line_start_in(s, above->span.start, pe);
    if (!place_wraps_onto(s, &p, pe, last->span.start, last->span.end))
        return NULL;
    *ws = p;
    return above;
}

/* The table ends with a sign-off's line of it marked, no row after it:
 * text in the table stays that (P019). */
void bld_signoff_in_table_end(parse_ctx *ctx)
{
    if (ctx->tab_signoff.n)
        signoff_in_table_tell(ctx, XXGK_P_TEXT_IN_TABLE);
}

void b_prose(parse_ctx *ctx, int tok, const ptok *t)
{
    xxgk_report *r = ctx->report;
    if (!r)
        return;
    if (ctx->sec && t->end > ctx->sec->span.end)
        ctx->sec->span.end = t->end;
    switch (tok) {
    case TEXT:
        /* a page's furniture line (发布时间：… 浏览次数：…): no prose */
        if (ctx->doc->nfurniture && doc_in_furniture(ctx->doc, t->start)) {
            bld_close_paragraph(ctx);
            return;
        }
        if (__builtin_expect(ctx->sec && ctx->sec->id == XXGK_SEC_PROACTIVE && !ctx->tab_in_section, 0))
            section_unit_line(ctx, t);
        if (__builtin_expect(ctx->tab != NULL, 0)) {
            uint32_t ae, ds;
            int ymd[3];
            if (ft_signoff_line(ctx->doc->src, t->start, t->end, &ae, &ds, ymd) ||
                (xxgk_doc_line(ctx->doc, t->start).end <= t->end &&
                 ft_signoff_date_alone(ctx->doc->src, xxgk_doc_line(ctx->doc, t->start).start, t->end, ymd)) ||
                (ft_signoff_two_lines(ctx->doc->src, t->start, (uint32_t)ctx->doc->len, &ae) && ae <= t->end))
                (void)bld_signoff_in_table_mark(ctx, tok_span(t), ctx->tab->id, false, false);
        }
        if (ctx->para) {
            ctx->para_prev_end = ctx->para->span.end;
            ctx->para_last_start = t->start;
            ctx->para->span.end = t->end;
            return;
        }
        ctx->para = bld_add_block(ctx, XXGK_B_PARAGRAPH, tok_span(t));
        ctx->para_last_start = t->start;
        return;
    case BLANK:
        bld_close_paragraph(ctx);
        return;
    case SUBHEAD: {
        bld_close_paragraph(ctx);
        xxgk_block *b = bld_add_block(ctx, XXGK_B_HEADING, tok_span(t));
        if (!b)
            return;
        b->numbering = t->numbering;
        b->number = t->number;
        b->md_level = t->md;
        b->restarts_section = t->repeats_section;
        b->number_span = span_of(t->start, t->a_start);
        b->title_span = span_of(t->a_start, t->a_end);
        b->level = depth_of(ctx, t->numbering, t->md);
        return;
    }
    case DATE: {
        uint32_t i = t->start;
        const uint8_t *s = ctx->doc->src;
        if (ctx->tab)
            (void)bld_signoff_in_table_mark(ctx, tok_span(t), ctx->tab->id, false, true);
        numeral_skip_to(s, &i, t->end);
        r->signoff_year = numeral_parse(s, &i, t->end);
        numeral_skip_to(s, &i, t->end);
        r->signoff_month = numeral_parse(s, &i, t->end);
        numeral_skip_to(s, &i, t->end);
        r->signoff_day = numeral_parse(s, &i, t->end);
        r->signoff_date_span = tok_span(t);
        /* the short line right above the date names the agency: a paragraph
         * of its own, or the last line of the paragraph above */
        xxgk_block *last = ctx->blk_prev_link ? *ctx->blk_prev_link : NULL;
        if (last && last->kind == XXGK_B_PARAGRAPH && !last->next) {
            bool tail = ctx->para == last && ctx->para_last_start > last->span.start;
            uint32_t ls = tail ? ctx->para_last_start : last->span.start;
            /* lines of the text (a page's text has its own lines): the
             * same line when the same line holds both ends, found by their
             * lines' starts (no column counted) */
            bool one_line = doc_lines_line(&ctx->doc->lines, ls).start ==
                            doc_lines_line(&ctx->doc->lines, last->span.end).start;
            bool sentence = false;
            for (uint32_t k = ls; k + 3 <= last->span.end; k++)
                if (s[k] == 0xE3 && s[k + 1] == 0x80 && s[k + 2] == 0x82)
                    sentence = true;
            uint32_t ws = one_line && tail ? bld_wrapped_place_line(s, last->span.start, ls, last->span.end) : ls;
            xxgk_block *above = one_line && !tail ? wrapped_place_paragraph(ctx, last, &ws) : NULL;
            if (above) {
                /* 　　青禾县⏎　　教育局⏎　　2024年1月20日: the place's line
                 * and the office's paragraph the agency's name, no prose:
                 * the place's line leaves the paragraph above, or it goes */
                r->signoff_agency_span = span_of(ws, last->span.end);
                uint32_t pe = line_end_before(s, above->span.start, ws);
                xxgk_block **cut = pe > above->span.start ? &above->next : ctx->blk_before_link;
                if (pe > above->span.start)
                    above->span.end = pe;
                *cut = NULL;
                ctx->blk_tail = cut;
                ctx->blk_prev_link = ctx->blk_before_link = NULL;
            } else if (ws < ls) {
                /* 青禾县⏎教育局⏎2024年1月20日: the office's name wrapped
                 * after its place, the two lines the agency */
                r->signoff_agency_span = span_of(ws, last->span.end);
                uint32_t pe = line_end_before(s, last->span.start, ws);
                if (pe > last->span.start)
                    last->span.end = pe;
                else {
                    *ctx->blk_prev_link = NULL; /* the paragraph is the name: detach it */
                    ctx->blk_tail = ctx->blk_prev_link;
                    ctx->blk_prev_link = NULL;
                }
            } else if (one_line && !sentence && utf8_count(s + ls, last->span.end - ls) <= 40) {
                r->signoff_agency_span = span_of(ls, last->span.end);
                if (tail) {
                    last->span.end = ctx->para_prev_end;
                } else {
                    *ctx->blk_prev_link = NULL; /* not prose: detach it */
                    ctx->blk_tail = ctx->blk_prev_link;
                    ctx->blk_prev_link = NULL;
                }
            }
        }
        bld_close_paragraph(ctx);
        return;
    }
    case NOTE:
        bld_close_paragraph(ctx);
        r->note_span = tok_span(t);
        return;
    }
}

void b_syntax_error(parse_ctx *ctx, xxgk_span at, const char *msg)
{
    xxgk_doc_add_diag(ctx->doc, XXGK_P_SYNTAX, at, msg);
}

void b_finish(parse_ctx *ctx)
{
    /* a table is still open only when the parser gave up inside it (out of
     * memory): it ends with the text */
    b_table_end(ctx, ctx->doc->len);
    copy_finish(ctx, ctx->doc->len);
    unglue_free(ctx);
    free(ctx->cells);
    free(ctx->vals.lent ? ctx->vals.spare : ctx->vals.v);
    for (int k = 0; k < 2; k++) {
        free(ctx->uses[k]);
        ctx->uses[k] = NULL;
    }
    free(ctx->tmpl_uses);
    ctx->tmpl_uses = NULL;
    ctx->cells = NULL;
    ctx->vals.v = ctx->vals.spare = NULL;
    ctx->vals.lent = false;
}
