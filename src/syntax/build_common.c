/* The builder's shared pieces (build.h): names of rows and tables for
 * messages, blocks of the current section, scratch arrays. */
#include <stdlib.h>
#include <string.h>

#include "build.h"

/* A token's text for a message, cut on a code point boundary. */
void bld_text_of(parse_ctx *ctx, const ptok *t, char *buf, size_t size)
{
    size_t n = t->end - t->start;
    /* cut on a code point boundary */
    if (n > size - 1) {
        n = size - 1;
        while (n > 0 && (ctx->doc->src[t->start + n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, ctx->doc->src + t->start, n);
    buf[n] = 0;
}

/* The template's own label of a row, for messages: the entry of the
 * table's template when there are two (规范性文件 / 行政规范性文件), for
 * each template the first row entry of labels.def (not a variant) that
 * one has; else the last entry of the row, table 四's group label, the
 * row's key. Made for every row at once, by one pass over the entries,
 * when a document first asks (ctx->row_labels). */
static void make_row_labels(parse_ctx *ctx)
{
    static const int tmpls[3] = {0, 2019, 2021};
    const char *last[XXGK_R__COUNT] = {0};
    memset(ctx->row_labels, 0, sizeof ctx->row_labels); /* not cleared by doc_parse */
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind != LK_ROW || e->variant || e->key <= 0 || e->key >= XXGK_R__COUNT)
            continue;
        for (int k = 0; k < 3; k++)
            if (!ctx->row_labels[k][e->key] && (!tmpls[k] || !e->tmpl || e->tmpl == tmpls[k]))
                ctx->row_labels[k][e->key] = e->display;
        last[e->key] = e->display;
    }
    for (int key = 1; key < XXGK_R__COUNT; key++) {
        const char *group = xxgk_tpl_group_label(key);
        const char *other = last[key] ? last[key] : group ? group : xxgk_row_key(key);
        for (int k = 0; k < 3; k++)
            if (!ctx->row_labels[k][key])
                ctx->row_labels[k][key] = other;
    }
    ctx->row_labels_made = true;
}

const char *bld_row_label_text(parse_ctx *ctx, int key, int tmpl)
{
    if (key <= 0 || key >= XXGK_R__COUNT)
        return xxgk_row_key(key);
    if (!ctx->row_labels_made)
        make_row_labels(ctx);
    return ctx->row_labels[tmpl == 2019 ? 1 : tmpl == 2021 ? 2 : 0][key];
}

int bld_current_template(const parse_ctx *ctx)
{
    if (ctx->tab && ctx->tab->template_year)
        return ctx->tab->template_year;
    return ctx->tmpl_votes_2019 > ctx->tmpl_votes_2021   ? 2019
           : ctx->tmpl_votes_2021 > ctx->tmpl_votes_2019 ? 2021
                                                         : 0;
}

/* "（四）3.补正后申请内容仍不明确": the group's numeral makes the row unique.
 * A row of no group is named by its label alone, the template's static
 * text: nothing to copy. */
const char *bld_row_name(parse_ctx *ctx, int key) { return bld_row_name_as(ctx, key, bld_current_template(ctx)); }

const char *bld_row_name_as(parse_ctx *ctx, int key, int tmpl)
{
    const char *group = xxgk_tpl_row_group(key);
    const char *label = bld_row_label_text(ctx, key, tmpl);
    if (!*group)
        return label;
    size_t g = strlen(group), l = strlen(label);
    char *name = doc_alloc_raw(ctx->doc, g + l + 1);
    if (!name)
        return "";
    memcpy(name, group, g);
    memcpy(name + g, label, l + 1);
    return name;
}

const char *bld_table_numeral(int table) { return xxgk_tpl_table_numeral(table); }

xxgk_block *bld_add_block(parse_ctx *ctx, int kind, xxgk_span sp)
{
    xxgk_block *b = xxgk_doc_alloc(ctx->doc, sizeof *b);
    if (!b)
        return NULL;
    b->kind = kind;
    b->span = sp;
    if (ctx->blk_tail) {
        ctx->blk_before_link = ctx->blk_prev_link;
        ctx->blk_prev_link = ctx->blk_tail;
        *ctx->blk_tail = b;
        ctx->blk_tail = &b->next;
    }
    if (ctx->sec && sp.end > ctx->sec->span.end)
        ctx->sec->span.end = sp.end;
    return b;
}
