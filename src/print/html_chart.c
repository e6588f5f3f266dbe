/* Small charts of the key figures over a series of reports: one inline SVG
 * per figure, one point (a circle with the exact value as its title) per
 * report that prints the figure. Positions are whole pixels computed in
 * integers from the exact values; the labels are the exact values. */
#include "html_page_int.h"

#define R(x) XXGK_R_##x
#define C(x) XXGK_C_##x

enum { W = 240, H = 110, PAD_L = 12, PAD_R = 12, TOP = 22, BOTTOM = 86, MAXR = 8 };

/* A figure: the sum of one column over some rows of one table. */
typedef struct figure {
    const char *en, *zh;
    int table, col;
    int rows[MAXR + 1]; /* 0-ended */
} figure;

static const figure figures[] = {
    {"requests received", "新收申请", XXGK_TABLE_REQUESTS, C(TOTAL), {R(NEW_REQUESTS)}},
    {"granted", "予以公开", XXGK_TABLE_REQUESTS, C(TOTAL), {R(GRANTED)}},
    {"partly granted", "部分公开", XXGK_TABLE_REQUESTS, C(TOTAL), {R(PARTLY_GRANTED)}},
    {"denied", "不予公开", XXGK_TABLE_REQUESTS, C(TOTAL),
     {R(DENIED_STATE_SECRET), R(DENIED_PROHIBITED_BY_LAW), R(DENIED_SECURITY_STABILITY), R(DENIED_THIRD_PARTY),
      R(DENIED_INTERNAL_AFFAIRS), R(DENIED_PROCESS_INFO), R(DENIED_ENFORCEMENT_FILES), R(DENIED_QUERY_MATTERS)}},
    {"not held", "本机关不掌握", XXGK_TABLE_REQUESTS, C(TOTAL), {R(UNAVAILABLE_NOT_HELD)}},
    {"carried over", "结转下年度", XXGK_TABLE_REQUESTS, C(TOTAL), {R(CARRIED_OUT)}},
    {"administrative reviews", "行政复议", XXGK_TABLE_APPEALS, C(TOTAL), {R(REVIEW)}},
    {"reviews: corrected", "复议纠正", XXGK_TABLE_APPEALS, C(CORRECTED), {R(REVIEW)}},
    {"reviews: upheld", "复议维持", XXGK_TABLE_APPEALS, C(UPHELD), {R(REVIEW)}},
    {"lawsuits", "行政诉讼", XXGK_TABLE_APPEALS, C(TOTAL), {R(SUIT_DIRECT), R(SUIT_AFTER_REVIEW)}},
    {"lawsuits: corrected", "诉讼纠正", XXGK_TABLE_APPEALS, C(CORRECTED), {R(SUIT_DIRECT), R(SUIT_AFTER_REVIEW)}},
};

/* The figure on one report: false when a cell is not a value or the sum
 * overflows (no point is drawn then). */
static bool figure_value(const figure *g, const xxgk_report *r, xxgk_dec *out)
{
    xxgk_dec sum = {0, 0};
    for (const int *row = g->rows; *row; row++) {
        const xxgk_cell *c = xxgk_report_cell(r, g->table, *row, g->col);
        if (!c || c->state != XXGK_CELL_VALUE || xxgk_dec_add(sum, c->value, &sum) != 0)
            return false;
    }
    *out = sum;
    return true;
}

/* The whole part of a value that is not negative (counts are), for the
 * vertical position only. */
static int64_t whole(xxgk_dec d)
{
    int64_t v = d.mant;
    for (int32_t s = d.scale; s > 0 && v; s--)
        v /= 10;
    for (int32_t s = d.scale; s < 0 && v < INT64_MAX / 10; s++)
        v *= 10;
    return v < 0 ? 0 : v;
}

/* y of v on a scale from 0 to max, in integers: the product stays below
 * 2^63 because both are first cut to 10^15. */
static int64_t y_of(int64_t v, int64_t max)
{
    while (max > 1000000000000000LL) {
        max /= 10;
        v /= 10;
    }
    if (max <= 0)
        return BOTTOM;
    return BOTTOM - v * (BOTTOM - TOP) / max;
}

static void chart(FILE *f, const figure *g, const xxgk_doc *const *docs, size_t n)
{
    xxgk_dec v[64];
    bool has[64];
    int64_t max = 0;
    size_t npts = 0;
    for (size_t i = 0; i < n; i++) {
        has[i] = figure_value(g, xxgk_doc_report(docs[i]), &v[i]);
        if (has[i] && whole(v[i]) > max)
            max = whole(v[i]);
        npts += has[i];
    }
    fprintf(f, "<div class=\"chart\" data-figure=\"%s\" data-points=\"%zu\"><div class=\"t\">", g->en, npts);
    html_str(f, g->zh);
    fputs(" · ", f);
    html_str(f, g->en);
    fprintf(f, "</div>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "role=\"img\">\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>\n",
            W, H, W, H, PAD_L, BOTTOM, W - PAD_R, BOTTOM);
    int step = n > 1 ? (W - PAD_L - PAD_R) / (int)(n - 1) : 0;
    fputs("<polyline fill=\"none\" stroke=\"#1f4e9c\" stroke-width=\"1.5\" points=\"", f);
    for (size_t i = 0; i < n; i++)
        if (has[i])
            fprintf(f, "%d,%lld ", PAD_L + (int)i * step, (long long)y_of(whole(v[i]), max));
    fputs("\"/>\n", f);
    for (size_t i = 0; i < n; i++) {
        const xxgk_report *r = xxgk_doc_report(docs[i]);
        int x = PAD_L + (int)i * step;
        const char *anchor = i == 0 ? "start" : i + 1 == n ? "end" : "middle";
        if (r && r->year)
            fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\">%d</text>\n", x, H - 8, anchor,
                    r->year);
        if (!has[i])
            continue;
        long long y = (long long)y_of(whole(v[i]), max);
        fprintf(f, "<circle class=\"pt\" cx=\"%d\" cy=\"%lld\" r=\"3\" fill=\"#1f4e9c\"><title>", x, y);
        if (r && r->year)
            fprintf(f, "%d: ", r->year);
        html_dec(f, v[i]);
        fprintf(f, "</title></circle>\n<text x=\"%d\" y=\"%lld\" font-size=\"10\" text-anchor=\"%s\">", x, y - 6,
                anchor);
        html_dec(f, v[i]);
        fputs("</text>\n", f);
    }
    fputs("</svg></div>\n", f);
}

void html_charts(FILE *f, const xxgk_doc *const *docs, size_t n)
{
    if (n > 64)
        n = 64;
    fputs("<section id=\"charts\">\n<h2>Key figures over the years · 主要数据</h2>\n<div class=\"charts\">\n", f);
    for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++)
        chart(f, &figures[i], docs, n);
    fputs("</div>\n</section>\n", f);
}
