/* Who reports on which year, and when it was published: the pieces
 * report.c puts together (meta_text.c reads text, meta_name.c judges names,
 * meta_fields.c reads labelled fields and dates). */
#ifndef XXGK_META_H
#define XXGK_META_H
#include <stdbool.h>
#include <stdint.h>
#include <uchar.h>

#include "doc.h"

/* A stretch of text as code points, each with its byte offset in src.
 * Spaces (and line breaks, kept apart as line starts) are dropped, since
 * PDF text and page copies break names and titles anywhere. */
enum { MT_MAX = 4096, MT_LINES = 16 };
/* What mt_load keeps across the texts of one report (mt_fold_cache_init
 * before the first): the last folds (a code point and its fold, by a hash
 * of the code point: the title and the sign-off repeat the preamble's
 * characters). Which words can start at a code point (a bit per foreign
 * word, per field label, by the low byte of the word's first code point;
 * mostly none) are constant tables (mt_foreign_start, meta_label_start). */
enum { MT_BUCKETS = 256 };
typedef struct mt_fold_cache {
    uint32_t cp[256], f[256]; /* f[h] is set where cp[h] is */
} mt_fold_cache;
void mt_fold_cache_init(mt_fold_cache *fc);

typedef struct mt_text {
    const uint8_t *src;
    uint32_t cp[MT_MAX];
    uint32_t f[MT_MAX];         /* cp folded to simplified script, normal width */
    uint32_t off[MT_MAX + 1];   /* off[n] is the end of the last one */
    uint8_t book[MT_MAX];       /* inside 《…》 or 〈…〉 (a document's name) */
    uint8_t gap[MT_MAX];        /* a space or line break was dropped right before */
    uint8_t foreign[MT_MAX];    /* length of a word no name holds starting here, else 0 */
    uint8_t field[MT_MAX];      /* 1 + the field label meta_field_at reads here, else 0 */
    uint8_t field_len[MT_MAX];  /* its length */
    uint8_t label[MT_MAX];      /* length of a label of any kind starting here, else 0 */
    int n;
    int line[MT_LINES];         /* index of each line's first code point */
    int nlines;
    /* where the walk of [s, e) stands (i == e once loaded whole), and what
     * it knows there: mt_load_rest goes on from it */
    struct mt_walk {
        uint32_t s, i, e, last_end;
        int depth;
        bool bol, gap;
    } walk;
} mt_text;

/* n texts in one block on the heap (too large for a thread's stack; one
 * allocation, not n, for the texts of a document), freed by free(); NULL
 * when memory runs out. */
mt_text *mt_new(int n);
void mt_load(mt_text *t, mt_fold_cache *fc, const uint8_t *src, uint32_t s, uint32_t e);
/* mt_load cut short: up to the first inert code point (no CJK, digit or
 * separator: see meta_text.c) kept at or after byte stop, where no field,
 * date or name that starts before it can go on. Every field and date
 * mt_load's text reads before that point reads the same in this one, and
 * off[n] is that code point's place. True when it loaded [s, e) whole;
 * mt_load_rest then loads the rest, as mt_load would have. */
bool mt_load_until(mt_text *t, mt_fold_cache *fc, const uint8_t *src, uint32_t s, uint32_t e,
                   uint32_t stop);
void mt_load_rest(mt_text *t, mt_fold_cache *fc);
static inline bool mt_loaded(const mt_text *t) { return t->walk.i >= t->walk.e; }
/* The next code point mt_load keeps from byte *i of src on (before e):
 * its fold in *f when it is an ideograph (as mt_load folds it), else 0
 * (no name holds it); *i after it. False when none is left. A look at the
 * bytes that loads nothing. */
bool mt_next_kept(const uint8_t *src, uint32_t *i, uint32_t e, uint32_t *f);
/* Does the text mt_load makes of [s, e) of src hold word (n folded
 * ideographs) right after a code point whose fold f (0 when it is no
 * ideograph, or when none is before) after(f) takes? Asked of the bytes,
 * as mt_next_kept reads them. */
bool mt_holds_after(const uint8_t *src, uint32_t s, uint32_t e, const uint32_t *word, int n,
                    bool (*after)(uint32_t f));
/* The code point mt_load(…, s, e) keeps last before byte x of src (x no
 * byte inside a character: a separator's first byte), folded: U+FFFD for
 * bytes that are no character, 0 when none is kept from s on. Found
 * without loading the text. */
uint32_t mt_fold_before(const uint8_t *src, uint32_t s, uint32_t x);
/* The words looked for are UTF-32 literals (U"报告") in simplified script
 * and normal width, compared with the folded code points as they are:
 * nothing decoded per position or per call. The word's length when it
 * starts at i, else 0. */
static inline int mt_word_at(const mt_text *t, int i, const char32_t *w)
{
    int k = 0;
    for (; w[k]; k++)
        if (i + k >= t->n || t->f[i + k] != w[k])
            return 0;
    return k;
}
/* Index of the first place in [from, to) where the word starts, or -1. */
int mt_find_word(const mt_text *t, int from, int to, const char32_t *w);
/* Is the fold f a place's level word (省 市 州 盟 县 旗 区 镇 乡: the one
 * list of them)? */
bool mt_level_char(uint32_t f);
/* Does the text's [.., j) end in a place's level word (mt_level_char, or
 * 街道): a place's name (青禾县, 城关街道), not an office's? */
bool mt_place_level_end(const mt_text *t, int j);
/* Number of code points of a word. */
int mt_word_len(const char32_t *w);
/* First 19xx/20xx year in [from, to): its value, start index in *at and the
 * index after its digits in *end; 0 when none. */
int mt_year(const mt_text *t, int from, int to, int *at, int *end);
/* mt_year over the code points CP[FROM, TO) of any text (a folded line:
 * build_pageno.c's titles): the project's one year reader. */
int mt_year_of(const uint32_t *cp, int from, int to, int *at, int *end);
/* mt_year_of over the years LO..HI (a title's stated year: 1000-2999) */
int mt_year_in(const uint32_t *cp, int from, int to, int lo, int hi, int *at, int *end);
static inline bool mt_cjk(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* One code point folded to simplified script and normal width (meta_fold.c). */
uint32_t meta_fold_cp(uint32_t cp);

/* ---- names (meta_name.c) ---- */
enum { NAME_BAD = 0, NAME_PARTIAL, NAME_OK };
/* An agency name in [i, j): NAME_OK when it can stand alone (it starts with
 * a place of county level or above, or is a national body), NAME_PARTIAL
 * for a town, township or street without its county, NAME_BAD when it is
 * no name (chrome, a field label, 报告, a relative name like 市财政局). */
int meta_name_kind(const mt_text *t, int i, int j);
/* meta_name_kind of [i, j) known to be all CJK, outside 《》, with no
 * foreign word ending inside it (a scan that has tested each character as
 * it grew the string): those tests not made again. */
int meta_name_kind_plain(const mt_text *t, int i, int j);
/* meta_name_kind, or NAME_OK for a public institution named by its own
 * name (云南大学, 青禾县第一中学, …附属医院): asked only where a report
 * names itself, its title and its sign-off, never of prose. */
int meta_name_kind_own(const mt_text *t, int i, int j);
/* [i, j) a school or a hospital named with its place (白河市第一中学):
 * a member of a list of reporting units, never a set (中小学校). */
bool meta_name_placed_institution(const mt_text *t, int i, int j);
/* The level of a place that starts at k and names the place of a name
 * ending at j: 1 for county level or above, 2 for a town, township or
 * street, 0 when none starts there or it is followed by a place of county
 * level or above (桐乡市: the place is the city). */
int meta_name_place_at(const mt_text *t, int k, int j);
/* meta_name_kind_plain of [i, j) given first, the meta_name_place_at of
 * the first k of [i, j) where it is not 0 (0 when none): a scan that grows
 * a string leftwards from j keeps it as it goes, instead of walking the
 * string again at each length. */
int meta_name_kind_placed(const mt_text *t, int i, int j, int first);
/* Can a name end at j (before it an administrative suffix, 局 委 会 …)?
 * When not, meta_name_kind(t, i, j) is NAME_BAD for every i. */
bool meta_name_may_end(const mt_text *t, int j);
/* May a name of meta_name_kind_own end in the folded code point f (an
 * office's suffix 局 委 会 …, a bank's 行, a school's 学 校)? When not,
 * no text ending in f is a name: a test before any text is loaded. */
bool meta_name_last_char(uint32_t f);
/* A name relative to a place it does not print (市财政局, 县教育局): a
 * level word of county level or above and an office after it. NAME_BAD
 * for meta_name_kind; a report's own title or opening sentence names its
 * agency so, and that is the agency with no key (P040). */
bool meta_name_relative(const mt_text *t, int i, int j);
/* [i, j) is two agencies joined by a word (和, 与, 、, 会同, 指导…), no one
 * name, or with none, the first's place again (a sign-off's two names,
 * 青禾市教育局  青禾市体育局). */
enum { MT_SIDE_NONE, MT_SIDE_BY_SIDE, MT_SIDE_BANNER };
/* side_by_side: MT_SIDE_NONE joined by a word only; MT_SIDE_BY_SIDE or the
 * first's place again; MT_SIDE_BANNER so too, but not after a government's
 * name (人民政府: a site's banner glued to a title). */
bool meta_name_joins_two(const mt_text *t, int i, int j, int side_by_side);
/* [i, j) is a site's banner glued to the name after it, in a title
 * (青禾市人民政府 青禾市教育局, 青禾市人民政府门户网站青禾市教育局: a
 * government's name or its site's, then a full name that opens with the
 * banner's place again, or a name relative to it after a blank,
 * 青禾市人民政府  市教育局): where the name starts, else 0. */
int meta_name_banner_end(const mt_text *t, int i, int j);
/* Are [i, p) and [p, j) the party committee's office and the government's
 * office of one place, in either order (中共青禾县委办公室 and
 * 青禾县人民政府办公室: the 两办's joint report)? */
bool meta_name_two_offices(const mt_text *t, int i, int p, int j);
/* [i, j) is one name written twice (青禾市教育局青禾市教育局: a seal's text,
 * a name on both sides of a page): the length of one, else 0. */
int meta_name_doubled(const mt_text *t, int i, int j);
/* The full name the text gives for the full name (NAME_OK) at [*i, *j):
 * an abbreviated suffix written out (委 → 委员会) where the text goes on
 * with it. Widens [*i, *j) in place. */
void meta_name_widen(const mt_text *t, int *i, int *j);
/* The first place of the name at [i, j) is a county (区, 县, 旗) or below
 * county level: a parent may stand in front of it. */
bool meta_name_wants_parent(const mt_text *t, int i, int j);
/* The same name printed in r with a parent place in front (佳木斯市
 * 前进区教育局): that occurrence in [*ps, *pe); false when none. */
bool meta_name_parent(const mt_text *t, int i, int j, const mt_text *r, int *ps, int *pe);
/* A district's branch of a city bureau printed the city's way: for
 * 滨江区公安分局 at [i, j) of t, 杭州市公安局滨江区分局 in r, that
 * occurrence in [*ps, *pe); false when none. */
bool meta_name_branch(const mt_text *t, int i, int j, const mt_text *r, int *ps, int *pe);
/* Can meta_name_parent find the name at [i, j) of t in the text mt_load
 * makes of [s, e) of src: does that text hold it right after a level word
 * (省 市 县 区 镇 …)? Asked of the bytes, without loading them; true says
 * only that it may. */
bool meta_name_parent_may(const mt_text *t, int i, int j, const uint8_t *src, uint32_t s, uint32_t e);
/* The name as printed, and its key (simplified script, normal width), as
 * arena strings. */
const char *meta_name_text(xxgk_doc *doc, const mt_text *t, int i, int j);
const char *meta_name_key(xxgk_doc *doc, const mt_text *t, int i, int j);

/* ---- labelled fields and dates (meta_fields.c) ---- */
/* meta_field_at where t->field[i] says a label starts. */
int meta_field_read(const mt_text *t, int i, int *kind);
/* A field label at index i (发布机构, 来源, 发布日期 …) followed by its
 * separator: the index where its value starts, or -1. kind: 'a' agency,
 * 'd' date, 't' title. The scans ask at every position, and at most of
 * them no label starts (t->field, marked by mt_load): that answer comes
 * without a call. */
static inline int meta_field_at(const mt_text *t, int i, int *kind)
{
    return i >= 0 && i < t->n && t->field[i] ? meta_field_read(t, i, kind) : -1;
}
/* The field labels that can start at a code point: a bit each in
 * meta_label_start[the low bits of the label's first code point]; and
 * those of an agency's or a date's field that can end in one, in
 * meta_label_end[the low bits of the last]. Constant tables written out
 * from the list of labels (they were made per document before): true when
 * they are what the list makes (a unit test asks). */
extern const uint32_t meta_label_start[MT_BUCKETS], meta_label_end[MT_BUCKETS];
bool meta_field_index_holds(void);
/* The same of mt_load's table of the foreign words (words no name holds,
 * by the low bits of their first code point): true when it is what the
 * list of words makes. */
bool mt_foreign_index_holds(void);
/* Set t->field[i] and t->label[i] (zero before) from bits, the labels of
 * meta_label_start[t->f[i] & (MT_BUCKETS - 1)] (mt_load, for every position where there are
 * some: the scans ask at every position). */
void meta_field_mark_at(mt_text *t, int i, uint32_t bits);
/* Can a label of an agency's or a date's field end in f (a folded code
 * point)? Such a field is read only where a separator follows one. Asked
 * of meta_label_end: mostly no label ends in f's bucket. */
bool meta_field_may_end(uint32_t f);
/* A field label at i (any kind): its length in code points, else 0. */
int meta_label_len(const mt_text *t, int i);
/* A date at index i (2021-01-19, 2021/1/19, 2021年1月19日 …): writes
 * "YYYY-MM-DD" to out (11 bytes) and returns the index after it, or -1. */
int meta_date_at(const mt_text *t, int i, char out[11]);
/* "YYYY-MM-DD" for a valid calendar date, else false. */
bool meta_date_format(int y, int m, int d, char out[11]);
/* An ISO date's month and day after its year's digits ending at y
 * (2024-01-18, 2024/1/18, 2024.01.18: one separator twice, a real day),
 * its end in *end (meta_year.c; unglue_rows.c reads 至2021-12-31 by it). */
bool meta_iso_date(const uint8_t *src, uint32_t y, uint32_t e, int *m, int *d, uint32_t *end);

/* ---- the year from the text (meta_year.c) ---- */
/* The cite verbs (根据 依据 按照 依照 遵照 贯彻, either script), and with
 * 落实 the ones cite_verb_far looks back for: NULL-terminated, the one
 * list of them. */
extern const char *const meta_cite_verbs[];
extern const char *const meta_cite_verbs_far[];
/* Is cp the first code point of a word of meta_cite_verbs_far (根 依 按 遵
 * 贯 貫 落)? cite_verb_far's test per character before the words are
 * compared; test_meta fails when a word of the lists starts otherwise. */
static inline bool meta_cite_lead(uint32_t cp)
{
    switch (cp) {
    case 0x6839: case 0x4F9D: case 0x6309: case 0x9075: /* 根 依 按 遵 */
    case 0x8D2F: case 0x8CAB: case 0x843D:              /* 贯 貫 落 */
        return true;
    default:
        return false;
    }
}
/* The year in [s, e) after 统计期限 and the like, else the first 20xx年
 * outside 《》; sets r->year, year_span, year_source when found. */
/* A publishing date (20xx年M月D日 after a 发布日期 / 发布时间 label, or,
 * in the preamble, standing alone under the title: （2024年1月15日）) is
 * no year of the report: the first such, when dated is not NULL and
 * dated->year is 0, is kept there and the scan goes on. Any other day's
 * date (2023年3月15日，本机关召开…, 截至2023年12月31日) and a date that
 * opens a period (2023年1月1日起至…) give the year. An ISO date
 * (2024-01-18, 2024/1/18 10:25:03) is a publishing date where a 年 date
 * would be, and no year elsewhere (nor after a crawler's label: 抓取时间:).
 * A January or February day opening a sentence under the title with a clock
 * time, the sentence about this report (2024年1月18日 10:25，本局审议本报告),
 * is kept too, the later of two, as an event after the reported year
 * (event: P104 instead of P097). */
typedef struct meta_dated {
    int year, month, day;
    xxgk_span at;
    int source;
    bool event; /* a sentence's clocked day under the title, no stamp (P104, not P097) */
} meta_dated;
/* The dates of documents cited before their names, kept from the
 * preamble's scan for section 一's: a state law's (根据2019年4月3日修订的
 * 《中华人民共和国政府信息公开条例》), which is no year of the report and
 * makes a later comparison year (较2022年) none either; and an agency's
 * own document's (按照2022年12月修正的《青禾县…办法》), which is the
 * report's year only when no later year of the text is (…，2023年本机关):
 * meta_year_cited takes it after both scans. */
typedef struct meta_cited {
    int law_year, doc_year, doc_source;
    xxgk_span law_at, doc_at;
    int clock_year; /* a clocked January or February day under the title, not of this report (clocked_event) */
    xxgk_span clock_at;
    int since_year; /* the year taken is a period's first (2022年以来) alone: P107 */
    meta_dated january; /* the first January day (2nd to 31st) opening a sentence under the title */
    bool from_january; /* the year taken is the one before that day: P080 */
    bool report_cited; /* a year was set aside as a document's the report was written after: no later year (P016) */
    int ahead_year; /* the first year passed over as a plan (2024年，我局将继续…): only a plain year opening its
                     * clause may give the report a lower one, else P016 */
    bool ahead_cites; /* ahead_year was passed over as a cited document's (按照2023年政务公开工作要点): no lower
                       * year at all, opening its clause or not (P016): the citing says nothing of the report's year */
} meta_cited;
void meta_year_from_text(xxgk_doc *doc, xxgk_report *r, uint32_t s, uint32_t e, int source, meta_dated *dated,
                         meta_cited *cited);
/* An own document's cited date when the scans found no year; else a
 * clocked day's own year, when it is before the year the report was
 * signed or published (dated). */
void meta_year_cited(xxgk_report *r, meta_cited *cited, const meta_dated *dated);
/* The first 现将 in [s, e) in either script or a mix of them (现將, 現将), else e. */
uint32_t meta_find_now(const uint8_t *src, uint32_t s, uint32_t e);
/* The year of the statistics period alone (统计期限 …), 0 when none. */
int meta_year_of_period(const xxgk_doc *doc, uint32_t s, uint32_t e, xxgk_span *at);
/* A statement of the report's own period and the year it gives: the
 * statistics period (统计期限…), the sentence that hands the report over
 * (现将…2023年度…报告如下), the report's own span (本报告…2023年1月1日
 * 至…), section 一's opening clause on the year's disclosure (2023年，本局
 * 主动公开…). A year-shaped word elsewhere is none (title_against_own). */
enum { OWN_PERIOD, OWN_PRESENTS, OWN_SPANNED, OWN_OPENING, OWN_SIGNOFF, OWN_KINDS };
typedef struct meta_own {
    int kind, year;
    xxgk_span at;
} meta_own;
/* The statements in the preamble [ps, pe) (现将 and 本报告 in section
 * 一's opening [os, oe) only under no preamble; the opening clause
 * there always), one of each kind but the sign-off's, into out (OWN_KINDS
 * long); their number. The statistics period is the preamble's, read by
 * the caller (period, year 0 for none). 0 at once, after a cheap look,
 * when none can give another year than ty and the caller knows of none
 * that does (differ: a sign-off's): only a disagreement needs them all;
 * 0 at once too when the period gives ty (it confirms the title). The
 * traditional script's words (現將, 本報告) are looked for only where
 * trad (the title is in that script). */
int meta_own_years(const xxgk_doc *doc, int ty, bool differ, bool trad, const meta_own *period, uint32_t ps,
                   uint32_t pe, uint32_t os, uint32_t oe, meta_own *out);

#endif
