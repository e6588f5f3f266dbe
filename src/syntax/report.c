/* Who reports on which year: from the title, else from the preamble.
 *
 * Title: the year is the first 20xx in it; the agency is the text before
 * the year, or, when the title starts with the year, the separate line above
 * it or the text between 年度 and 政府信息公开.
 * No title (web pages often drop it): the year follows 统计期限/统计时限, or
 * is the first 20xx年 of the preamble or of section 一; the agency is the
 * longest name ending in an administrative suffix (区 县 市 局 …) that the
 * preamble repeats most often. */
#include <string.h>

#include "doc.h"
#include "numerals.h"
#include "utf8.h"

static bool is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == '?' ||
           cp == '#' || cp == 0xFF1F;
}

/* First year 19xx/20xx in [s,e); its span in *at. */
static int find_year(const uint8_t *src, uint32_t s, uint32_t e, xxgk_span *at)
{
    uint32_t i = s;
    while (i < e) {
        uint32_t j = i, v = 0;
        int nd = 0;
        uint32_t cp;
        while (j < e) {
            int l = utf8_decode(src + j, e - j, &cp);
            int d = l ? numeral_digit(cp) : -1;
            if (d == 10)
                d = -1; /* 十 is no digit of a year */
            if (d < 0)
                break;
            v = v * 10 + (uint32_t)d;
            nd++;
            j += (uint32_t)l;
        }
        if (nd == 4 && v >= 1990 && v <= 2100) {
            if (at) {
                at->start = i;
                at->end = j;
            }
            return (int)v;
        }
        if (nd) {
            i = j;
            continue;
        }
        int l = utf8_decode(src + i, e - i, &cp);
        i += l ? (uint32_t)l : 1;
    }
    return 0;
}

/* Trim spaces and punctuation at both ends. */
static xxgk_span trim(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (;;) {
        uint32_t cp;
        int l = utf8_decode(src + s, e - s, &cp);
        if (s < e && l && (is_space_cp(cp) || cp == 0x3001 || cp == 0xFF0C || cp == ','))
            s += (uint32_t)l;
        else
            break;
    }
    while (e > s) {
        uint32_t k = e - 1;
        while (k > s && (src[k] & 0xC0) == 0x80)
            k--;
        uint32_t cp;
        int l = utf8_decode(src + k, e - k, &cp);
        if (l && (is_space_cp(cp) || cp == 0x3001 || cp == 0xFF0C || cp == ','))
            e = k;
        else
            break;
    }
    xxgk_span sp = {s, e};
    return sp;
}

static const char *span_text(xxgk_doc *doc, xxgk_span sp)
{
    /* drop spaces inside (PDF text breaks names) */
    char *out = xxgk_doc_alloc(doc, sp.end - sp.start + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (uint32_t i = sp.start; i < sp.end;) {
        uint32_t cp;
        int l = utf8_decode(doc->src + i, sp.end - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        if (!is_space_cp(cp)) {
            memcpy(out + o, doc->src + i, (size_t)l);
            o += (size_t)l;
        }
        i += (uint32_t)l;
    }
    out[o] = 0;
    return out;
}

static uint32_t find_utf8(const uint8_t *src, uint32_t s, uint32_t e, const char *needle)
{
    size_t n = strlen(needle);
    for (uint32_t i = s; i + n <= e; i++)
        if (memcmp(src + i, needle, n) == 0)
            return i;
    return e;
}

static void from_title(xxgk_doc *doc, xxgk_report *r)
{
    const uint8_t *src = doc->src;
    xxgk_span t = r->title_span, ys;
    if (t.end <= t.start)
        return;
    int year = find_year(src, t.start, t.end, &ys);
    if (year) {
        r->year = year;
        r->year_span = ys;
        r->year_source = XXGK_FROM_TITLE;
    }
    /* a title of two lines: an agency line above the title line */
    uint32_t nl = t.start;
    while (nl < t.end && src[nl] != '\n' && src[nl] != '\r')
        nl++;
    xxgk_span ag = {0, 0};
    if (nl < t.end && (!year || ys.start > nl)) {
        ag = trim(src, t.start, nl); /* the year is below: the first line is the agency */
    } else if (year) {
        ag = trim(src, t.start, ys.start);
        if (ag.end <= ag.start) {
            /* "2023 年度互助县教育局信息公开工作报告": between 年度 and 信息公开 */
            uint32_t a = find_utf8(src, ys.end, t.end, "年度");
            a = a < t.end ? a + 6 : find_utf8(src, ys.end, t.end, "年") + 3;
            uint32_t b = find_utf8(src, a, t.end, "政府信息公");
            if (b == t.end)
                b = find_utf8(src, a, t.end, "信息公");
            if (a < b && b <= t.end)
                ag = trim(src, a, b);
        }
    } else {
        uint32_t k = find_utf8(src, t.start, t.end, "政府信息公");
        if (k == t.end)
            k = find_utf8(src, t.start, t.end, "信息公");
        ag = trim(src, t.start, k);
    }
    if (ag.end > ag.start) {
        r->agency_span = ag;
        r->agency = span_text(doc, ag);
        r->agency_source = XXGK_FROM_TITLE;
    }
}

static bool agency_suffix(uint32_t cp)
{
    switch (cp) {
    case 0x533A: /* 区 */ case 0x5340: /* 區 */ case 0x53BF: /* 县 */ case 0x7E23: /* 縣 */
    case 0x5E02: /* 市 */ case 0x5C40: /* 局 */ case 0x7701: /* 省 */ case 0x5E9C: /* 府 */
    case 0x9547: /* 镇 */ case 0x93AE: /* 鎮 */ case 0x4E61: /* 乡 */ case 0x9109: /* 鄉 */
    case 0x59D4: /* 委 */ case 0x5385: /* 厅 */ case 0x5EF3: /* 廳 */ case 0x90E8: /* 部 */
    case 0x9662: /* 院 */ case 0x4F1A: /* 会 */ case 0x6703: /* 會 */ case 0x6240: /* 所 */
    case 0x7AD9: /* 站 */ case 0x529E: /* 办 */
        return true;
    }
    return false;
}

static bool cjk(uint32_t cp) { return cp >= 0x4E00 && cp <= 0x9FFF; }

/* The name the preamble repeats: for every administrative suffix, the
 * strings of 3..12 CJK characters ending there; the most frequent (ties: the
 * longest) that occurs at least twice wins. */
static void from_preamble(xxgk_doc *doc, xxgk_report *r, uint32_t s, uint32_t e)
{
    enum { MAXC = 256 };
    struct cand {
        uint32_t start, end;
        int count, len;
    } cands[MAXC];
    int nc = 0;
    uint32_t cps[4096], offs[4097];
    int n = 0;
    for (uint32_t i = s; i < e && n < 4096;) {
        uint32_t cp;
        int l = utf8_decode(doc->src + i, e - i, &cp);
        offs[n] = i;
        cps[n++] = l ? cp : 0;
        i += l ? (uint32_t)l : 1;
        offs[n] = i;
    }
    for (int j = 0; j < n; j++) {
        if (!agency_suffix(cps[j]))
            continue;
        for (int len = 3; len <= 12 && j - len + 1 >= 0; len++) {
            int b = j - len + 1;
            if (!cjk(cps[b]))
                break;
            uint32_t cs = offs[b], ce = offs[j + 1];
            int k;
            for (k = 0; k < nc; k++)
                if (cands[k].end - cands[k].start == ce - cs &&
                    memcmp(doc->src + cands[k].start, doc->src + cs, ce - cs) == 0)
                    break;
            if (k < nc)
                cands[k].count++;
            else if (nc < MAXC)
                cands[nc++] = (struct cand){cs, ce, 1, len};
        }
    }
    int best = -1;
    for (int k = 0; k < nc; k++) {
        if (cands[k].count < 2)
            continue;
        if (best < 0 || cands[k].count > cands[best].count ||
            (cands[k].count == cands[best].count && cands[k].len > cands[best].len))
            best = k;
    }
    if (best >= 0) {
        xxgk_span sp = {cands[best].start, cands[best].end};
        /* report the first occurrence */
        r->agency_span = sp;
        r->agency = span_text(doc, sp);
        r->agency_source = XXGK_FROM_PREAMBLE;
    }
}

static void year_from_text(xxgk_doc *doc, xxgk_report *r, uint32_t s, uint32_t e, int source)
{
    const uint8_t *src = doc->src;
    static const char *const keys[] = {"统计期限", "統計期限", "统计时限", "統計時限", "统计期", NULL};
    for (int k = 0; keys[k]; k++) {
        uint32_t at = find_utf8(src, s, e, keys[k]);
        if (at < e) {
            xxgk_span ys;
            uint32_t lim = at + 64 < e ? at + 64 : e;
            int y = find_year(src, at, lim, &ys);
            if (y) {
                r->year = y;
                r->year_span = ys;
                r->year_source = source;
                return;
            }
        }
    }
    /* the first "20xx年" that is not part of a document name (《…》) */
    uint32_t i = s;
    int depth = 0;
    while (i < e) {
        if (i + 3 <= e && memcmp(src + i, "《", 3) == 0)
            depth++;
        else if (i + 3 <= e && memcmp(src + i, "》", 3) == 0 && depth > 0)
            depth--;
        if (!depth) {
            xxgk_span ys;
            uint32_t lim = i + 16 < e ? i + 16 : e;
            int y = find_year(src, i, lim, &ys);
            if (y && ys.start == i && ys.end + 3 <= e && memcmp(src + ys.end, "年", 3) == 0) {
                r->year = y;
                r->year_span = ys;
                r->year_source = source;
                return;
            }
        }
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        i += l ? (uint32_t)l : 1;
    }
}

void report_extract(xxgk_doc *doc)
{
    for (xxgk_report *r = doc->report; r; r = r->next) {
        from_title(doc, r);
        uint32_t pre_s = r->title_span.end ? r->title_span.end : r->span.start;
        uint32_t pre_e = r->sections ? r->sections->heading_span.start : doc->len;
        if (!r->year)
            year_from_text(doc, r, pre_s, pre_e, XXGK_FROM_PREAMBLE);
        if (!r->year && r->sections && r->sections->id == XXGK_SEC_OVERVIEW) {
            uint32_t e = r->sections->next ? r->sections->next->heading_span.start : r->sections->span.end;
            year_from_text(doc, r, r->sections->heading_span.end, e, XXGK_FROM_BODY);
        }
        if (!r->agency)
            from_preamble(doc, r, pre_s, pre_e);
        if (!r->agency && r->signoff_agency_span.end > r->signoff_agency_span.start) {
            r->agency_span = r->signoff_agency_span;
            r->agency = span_text(doc, r->signoff_agency_span);
            r->agency_source = XXGK_FROM_SIGNOFF;
        }
        if (r != doc->report)
            continue; /* findings on the first copy only */
        xxgk_span at = {pre_s, pre_s};
        if (!r->sections) {
            xxgk_span top = {0, 0};
            xxgk_doc_add_diag(doc, XXGK_P_NO_SECTIONS, top);
            continue;
        }
        if (r->title_span.end <= r->title_span.start)
            xxgk_doc_add_diag(doc, XXGK_P_NO_TITLE, at,
                              doc->lang == XXGK_LANG_ZH ? "机关和年度取自前言" :
                              "agency and year are taken from the preamble");
        if (!r->year)
            xxgk_doc_add_diag(doc, XXGK_P_NO_YEAR, at);
        if (!r->agency)
            xxgk_doc_add_diag(doc, XXGK_P_NO_AGENCY, at);
    }
}
