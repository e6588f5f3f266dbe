/* The token filter: raw scanner tokens to parser tokens.
 *
 * It knows what the scanner cannot: which section it is in (and so which
 * table a label belongs to), where a line of a table holds data (so that two
 * delimiters in a row are an empty cell), and which runs of unknown text are
 * only pieces of labels broken by PDF layout (dropped as layout). It also
 * joins an agency line to the title line that follows it. */
#include <assert.h>
#include <string.h>

#include "numerals.h"
#include "parse.h"
#include "parser.h"
#include "utf8.h"

static void raw_next(parse_ctx *ctx, raw_token *t)
{
    if (ctx->nrawq) {
        *t = ctx->rawq[0];
        memmove(ctx->rawq, ctx->rawq + 1, sizeof ctx->rawq[0] * (size_t)--ctx->nrawq);
        return;
    }
    scan_next(&ctx->sc, t);
}

static void raw_unread(parse_ctx *ctx, const raw_token *toks, int n)
{
    /* put n tokens back in front of the queue, in order; they were just
     * taken from it or read past it, so they always fit */
    assert(ctx->nrawq + n <= (int)(sizeof ctx->rawq / sizeof ctx->rawq[0]));
    memmove(ctx->rawq + n, ctx->rawq, sizeof ctx->rawq[0] * (size_t)ctx->nrawq);
    memcpy(ctx->rawq, toks, sizeof toks[0] * (size_t)n);
    ctx->nrawq += n;
}

static void set(ptok *o, uint32_t s, uint32_t e)
{
    memset(o, 0, sizeof *o);
    o->start = o->a_start = s;
    o->end = o->a_end = e;
}

/* Heading title: from after the marker to the first sentence break (。；：)
 * or the line end. Returns the end of the title. */
static uint32_t title_end(const uint8_t *src, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    while (i < e) {
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        if (cp == 0x3002 || cp == 0xFF1B || cp == 0xFF1A || cp == ':' || cp == ';')
            return i;
        i += (uint32_t)l;
    }
    return e;
}

/* Page text: the crawler turned the line break after a heading into a
 * blank ("（一）主动公开方面 平潭综合实验区切实落实…"), so the title ends at
 * the first blank too. Returns the end of the title. */
static uint32_t blank_before(const uint8_t *src, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i < e; i++)
        if (src[i] == ' ' || src[i] == '\t' ||
            (i + 2 < e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x80))
            return i > s ? i : e;
    return e;
}

static uint32_t count_cp(const uint8_t *src, uint32_t s, uint32_t e)
{
    return utf8_count(src + s, e - s);
}

/* A short line that can name the agency above a title line. */
static bool agency_line(const uint8_t *src, uint32_t s, uint32_t e)
{
    if (count_cp(src, s, e) > 40)
        return false;
    for (uint32_t i = s; i + 3 <= e; i++)
        if (src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x82)
            return false; /* 。: a sentence, not a name */
    return true;
}

/* A cell holding only dashes, slashes or 无: the usual print of "nothing". */
static bool placeholder(const uint8_t *src, uint32_t s, uint32_t e)
{
    bool any = false;
    while (s < e) {
        uint32_t cp;
        int l = utf8_decode(src + s, e - s, &cp);
        if (!l)
            return false;
        s += (uint32_t)l;
        if (cp == ' ' || cp == 0x3000)
            continue;
        if (cp != '-' && cp != '/' && cp != 0x2014 && cp != 0x2013 && cp != 0xFF0D && cp != 0xFF0F &&
            cp != 0x2015 && cp != 0x2500 && cp != 0x65E0 /* 无 */)
            return false;
        any = true;
    }
    return any;
}

/* cell-per-line layout: a line that is only its "|", after a line of the
 * row (its label or a cell), is a blank cell of the row (0 |, then  |). At
 * the row's edge it may be layout (a merged column), like a TAB's blank; in
 * the row it is a cell. After a caption or a header it is layout. */
static bool bare_pipe_line(const parse_ctx *ctx)
{
    return ctx->table >= 0 && ctx->line_tokens == 0 && ctx->line_delims == 1 &&
           ctx->last_delim == RT_PIPE && ctx->prev_line_data;
}

/* "- |" opening a line of a table: the dash is the first cell, followed by
 * its delimiter (a dash alone on a line is a rule, not a cell). */
static bool placeholder_cell_first(parse_ctx *ctx, const raw_token *t)
{
    if (ctx->table < 0 || !t->bol)
        return false;
    raw_token n;
    raw_next(ctx, &n);
    raw_unread(ctx, &n, 1);
    return n.kind == RT_PIPE || n.kind == RT_TAB;
}

/* The label entry of a section's first variant title (V307 will note that
 * the printed title is not the template's), or -1. */
static int section_variant_entry(int id)
{
    for (int i = 0; i < label_count(); i++) {
        const struct label_entry *e = label_entry_at(i);
        if (e->kind == LK_SEC && e->key == id && e->variant == 1)
            return i;
    }
    return -1;
}

/* 五、下一步工作打算 at the start of a line in section 四: the heading of the
 * next section, with a title the label table does not know. Its numeral
 * says which section, and is never a value of the table above. Not in
 * section 三, whose rows 一、 to 四、 begin the same way. Returns the label
 * entry to take it by, or -1. */
static int next_section_heading(const parse_ctx *ctx, const raw_token *t, uint32_t s, uint32_t e)
{
    const uint8_t *src = ctx->doc->src;
    if (!t->bol || ctx->table < 0 || ctx->section == XXGK_SEC_REQUESTS)
        return -1;
    uint32_t cp;
    int l = utf8_decode(src + s, e - s, &cp);
    static const uint32_t cn[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D}; /* 一…六 */
    int n = 0;
    for (int i = 0; i < 6; i++)
        if (l && cp == cn[i])
            n = i + 1;
    uint32_t i = s + (uint32_t)l;
    while (i < e && (src[i] == ' ' || src[i] == '\t'))
        i++;
    bool dun = i + 3 <= e && src[i] == 0xE3 && src[i + 1] == 0x80 && src[i + 2] == 0x81; /* 、 */
    if (!n || !dun || n != ctx->section + 1)
        return -1;
    return section_variant_entry(n);
}

/* Is the next non-blank line a title line? If so, extend out over it;
 * otherwise leave the tokens read ahead to be read again. */
static bool title_follows(parse_ctx *ctx, ptok *out)
{
    /* up to six line breaks, then the next line's first token: look[n] is
     * always the last token read (a seventh line break ends the look) */
    raw_token look[7];
    int n = 0;
    raw_next(ctx, &look[0]);
    while (look[n].kind == RT_NL && n < 6)
        raw_next(ctx, &look[++n]);
    if (look[n].kind == RT_TITLE) {
        out->end = look[n].end;
        return true;
    }
    raw_unread(ctx, look, n + 1);
    return false;
}

static int section_token_kind(int id)
{
    switch (id) {
    case XXGK_SEC_PROACTIVE: return SEC_PROACTIVE;
    case XXGK_SEC_REQUESTS: return SEC_REQUESTS;
    case XXGK_SEC_APPEALS: return SEC_APPEALS;
    default: return SEC_PROSE;
    }
}

static int table_of_section(int id)
{
    switch (id) {
    case XXGK_SEC_PROACTIVE: return XXGK_TABLE_PROACTIVE;
    case XXGK_SEC_REQUESTS: return XXGK_TABLE_REQUESTS;
    case XXGK_SEC_APPEALS: return XXGK_TABLE_APPEALS;
    default: return -1;
    }
}

/* PDF text of a header whose cells are stacked over two or three lines:
 * "结果   结果   其他   尚未" then "维持   纠正   结果   审结". Each word,
 * between spaces, is a piece of a header label; header words are never
 * values, so the line is layout. */
static bool header_words(const uint8_t *src, uint32_t s, uint32_t e)
{
    int words = 0;
    while (s < e) {
        while (s < e && (src[s] == ' ' || src[s] == '\t'))
            s++;
        uint32_t w = s;
        while (s < e && src[s] != ' ' && src[s] != '\t')
            s++;
        if (w == s)
            break;
        char folded[64];
        size_t fl = label_fold(src + w, s - w, folded, sizeof folded);
        if (fl == 0 || fl >= sizeof folded - 4 || !label_is_fragment(folded, fl))
            return false;
        words++;
    }
    return words >= 2;
}

/* "2020 年，我单位…" at the start of a line of a table section: a sentence
 * that opens with a year, prose (TEXT_TABLE_PROSE), never a value. The line is taken
 * whole. */
static bool year_opens_line(parse_ctx *ctx, const raw_token *t, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    if (!t->bol || ctx->table < 0 || t->end - t->start != 4 || t->label ||
        !((src[t->start] == '1' && src[t->start + 1] == '9') || (src[t->start] == '2' && src[t->start + 1] == '0')))
        return false;
    raw_token n;
    raw_next(ctx, &n);
    bool year = n.kind == RT_CHAR && n.end - n.start == 3 && src[n.start] == 0xE5 && src[n.start + 1] == 0xB9 &&
                src[n.start + 2] == 0xB4; /* 年 */
    raw_unread(ctx, &n, 1);
    if (!year)
        return false;
    set(out, t->start, t->end);
    for (;;) {
        raw_next(ctx, &n);
        if (n.kind == RT_NL || n.kind == RT_EOF) {
            raw_unread(ctx, &n, 1);
            break;
        }
        out->end = out->a_end = n.end;
    }
    out->text = TEXT_TABLE_PROSE;
    ctx->last_delim = 0;
    return true;
}

/* On a markdown column-header row only labels count (信息内容, 本年制发件数):
 * its other words, numbers (列1) and delimiters are layout. */
static bool header_row_word(const raw_token *t)
{
    return t->header && (t->kind == RT_NUMBER || t->kind == RT_CHAR || t->kind == RT_MARK ||
                         t->kind == RT_TEXT || t->kind == RT_TAB || t->kind == RT_PIPE);
}

static int emit(parse_ctx *ctx, int kind)
{
    ctx->line_tokens++;
    return kind;
}

static int next_token(parse_ctx *ctx, ptok *out)
{
    const uint8_t *src = ctx->doc->src;
    raw_token t;
    for (;;) {
        raw_next(ctx, &t);
        if (header_row_word(&t))
            continue;
        switch (t.kind) {
        case RT_EOF:
            set(out, t.start, t.start);
            if (ctx->last_delim == RT_TAB && ctx->line_has_data) {
                ctx->last_delim = 0;
                set(out, ctx->last_delim_end, ctx->last_delim_end);
                raw_unread(ctx, &t, 1);
                return EMPTY;
            }
            return 0;

        case RT_NL: {
            bool blank = ctx->line_tokens == 0;
            bool empty_cell = ctx->last_delim == RT_TAB && ctx->line_has_data;
            bool bare = bare_pipe_line(ctx);
            uint32_t at = ctx->last_delim_end;
            ctx->prev_line_data = ctx->line_has_data || bare;
            ctx->line_tokens = 0;
            ctx->line_has_data = false;
            ctx->last_delim = 0;
            ctx->line_delims = 0;
            if (empty_cell) {
                set(out, at, at);
                return EMPTY;
            }
            if (bare) {
                set(out, at > 0 && src[at - 1] == '|' ? at - 1 : at, at);
                return EMPTY;
            }
            if (blank && ctx->table < 0) {
                set(out, t.start, t.end);
                return BLANK;
            }
            continue;
        }

        case RT_TAB:
        case RT_PIPE:
            ctx->line_delims++;
            if (ctx->last_delim && ctx->line_has_data) {
                uint32_t at = ctx->last_delim_end;
                ctx->last_delim = t.kind;
                ctx->last_delim_end = t.end;
                set(out, at, at);
                return emit(ctx, EMPTY);
            }
            ctx->last_delim = t.kind;
            ctx->last_delim_end = t.end;
            continue;

        case RT_PAGE:
            continue;

        case RT_SECTION: {
            const struct label_entry *e = label_entry_at(t.label);
            int id = e->key;
            set(out, t.start, t.end);
            out->number = numeral_first(src + t.start, src + t.end);
            out->md = t.md_level;
            out->entry = t.label;
            out->section = id;
            ctx->last_delim = 0;
            /* the title: after the numeral and its separator */
            {
                uint32_t i = t.start;
                const uint8_t *p = src;
                while (i < t.end) {
                    uint32_t cp;
                    int l = utf8_decode(p + i, t.end - i, &cp);
                    if (!l) { i++; continue; }
                    i += (uint32_t)l;
                    if (cp == 0x3001 || cp == '.' || cp == 0xFF0E || cp == 0x5206 /* 分 */ ||
                        cp == ')' || cp == 0xFF09)
                        break;
                }
                /* 第二部分：… — the colon after 部分 is not the title */
                for (;;) {
                    uint32_t cp;
                    int l = i < t.end ? utf8_decode(src + i, t.end - i, &cp) : 0;
                    if (l && (cp == ' ' || cp == '\t' || cp == 0x3000 || cp == ':' || cp == 0xFF1A ||
                              cp == 0x3001))
                        i += (uint32_t)l;
                    else
                        break;
                }
                uint32_t te = t.end;
                while (te > i && (src[te - 1] == ' ' || src[te - 1] == '\t'))
                    te--;
                out->a_start = i;
                out->a_end = te;
            }
            if (e->variant == 2 && out->number != id) {
                /* a keyword match whose numeral is not the section's: a
                 * sub-heading that happens to use the same words */
                out->section = 0;
                out->numbering = XXGK_NUM_CN_DUN;
                return emit(ctx, SUBHEAD);
            }
            if (id == ctx->section && ctx->table < 0) {
                /* 一、总体情况 again inside 一、总体情况: a sub-heading that
                 * repeats the top-level title */
                out->section = 0;
                out->repeats_section = id;
                out->numbering = XXGK_NUM_CN_DUN;
                return emit(ctx, SUBHEAD);
            }
            ctx->section = id;
            ctx->table = table_of_section(id);
            ctx->sc.mode = ctx->table >= 0 ? MODE_TABLE : MODE_PROSE;
            ctx->seen_section = true;
            return emit(ctx, section_token_kind(id));
        }

        case RT_SUBHEAD: {
            /* the title is the rest of the line up to a sentence break */
            raw_token rest;
            set(out, t.start, t.end);
            out->numbering = t.aux;
            out->number = t.label;
            out->md = t.md_level;
            raw_next(ctx, &rest);
            if (rest.kind == RT_TEXT) {
                uint32_t te = title_end(src, rest.start, rest.end);
                if (ctx->pagetext)
                    te = blank_before(src, rest.start, te);
                out->a_start = rest.start;
                out->a_end = te;
                out->end = te;
                if (te < rest.end) {
                    /* the text after the break is a paragraph under the
                     * heading; the break itself belongs to neither */
                    raw_token para = rest;
                    para.start = te + (src[te] < 0x80 ? 1 : 3);
                    while (para.start < rest.end && (src[para.start] == ' ' || src[para.start] == '\t'))
                        para.start++;
                    para.bol = false;
                    if (para.start < rest.end)
                        raw_unread(ctx, &para, 1);
                }
            } else {
                out->a_start = out->a_end = t.end;
                raw_unread(ctx, &rest, 1);
            }
            return emit(ctx, SUBHEAD);
        }

        case RT_TITLE:
            while (t.start < t.end && (src[t.start] == '#' || src[t.start] == ' ' || src[t.start] == '?'))
                t.start++;
            set(out, t.start, t.end);
            if (!ctx->seen_section && ctx->title_seen)
                return emit(ctx, TEXT);
            ctx->title_seen = true;
            if (ctx->seen_section) {
                /* the report starts over */
                ctx->section = XXGK_SEC_NONE;
                ctx->table = -1;
                ctx->sc.mode = MODE_PROSE;
            }
            return emit(ctx, TITLE);

        case RT_DATE:
            set(out, t.start, t.end);
            return emit(ctx, DATE);

        case RT_NOTE:
            set(out, t.start, t.end);
            return emit(ctx, NOTE);

        case RT_TEXT: {
            set(out, t.start, t.end);
            out->md = t.md_level;
            /* join pieces split by skipped bad bytes */
            for (;;) {
                raw_token n;
                raw_next(ctx, &n);
                if (n.kind == RT_TEXT && !n.bol) {
                    out->end = out->a_end = n.end;
                    continue;
                }
                raw_unread(ctx, &n, 1);
                break;
            }
            if (ctx->table >= 0) {
                out->text = TEXT_TABLE_PROSE;
                return emit(ctx, TEXT);
            }
            if (t.bol && t.md_level > 0) {
                out->numbering = XXGK_NUM_MARKDOWN;
                out->a_start = out->start;
                out->a_end = title_end(src, out->start, out->end);
                return emit(ctx, SUBHEAD);
            }
            /* an agency line directly above the title line: before the
             * sections, or after the sign-off when a second copy opens */
            bool before = !ctx->seen_section && !ctx->title_seen;
            bool again = ctx->seen_section && ctx->section == XXGK_SEC_OTHER;
            if (t.bol && (before || again) && agency_line(src, out->start, out->end) &&
                title_follows(ctx, out)) {
                ctx->title_seen = true;
                if (again) {
                    ctx->section = XXGK_SEC_NONE;
                    ctx->table = -1;
                    ctx->sc.mode = MODE_PROSE;
                }
                return emit(ctx, TITLE);
            }
            return emit(ctx, TEXT);
        }

        case RT_NUMBER:
            if (year_opens_line(ctx, &t, out))
                return emit(ctx, TEXT);
            set(out, t.start, t.end);
            out->unit = t.aux;
            out->unit_printed = t.label != 0;
            ctx->line_has_data = true;
            ctx->last_delim = 0;
            return emit(ctx, NUMBER);

        case RT_LABEL: {
            const struct label_entry *le = label_entry_at(t.label);
            int i = label_for_table(le->match, ctx->table);
            if (i < 0)
                goto text; /* a label of another table: only text here */
            const struct label_entry *e = label_entry_at(i);
            set(out, t.start, t.end);
            out->entry = i;
            out->key = e->key;
            ctx->last_delim = 0;
            switch (e->kind) {
            case LK_CLAUSE: return emit(ctx, CLAUSE);
            case LK_HEAD: return emit(ctx, HEAD);
            case LK_COL: return emit(ctx, COL);
            case LK_GROUP: return emit(ctx, GROUP);
            case LK_ROW:
                ctx->line_has_data = true;
                return emit(ctx, ROW);
            default: goto text;
            }
        }

        case RT_CHAR:
        case RT_MARK:
        text: {
            /* a run of unknown text on one line, up to a delimiter, number
             * or label */
            bool mark = t.kind == RT_MARK;
            /* text that fills a delimited cell of a data line (行政许可 | 无)
             * is content even when it reads like a piece of a label */
            bool cell = ctx->line_has_data && ctx->last_delim;
            uint32_t s = t.start, e = t.end;
            for (;;) {
                raw_token n;
                raw_next(ctx, &n);
                if ((n.kind == RT_CHAR || n.kind == RT_MARK) && !n.bol) {
                    e = n.end;
                    continue;
                }
                if (n.kind == RT_LABEL && !n.bol && label_for_table(label_entry_at(n.label)->match, ctx->table) < 0) {
                    e = n.end;
                    continue;
                }
                raw_unread(ctx, &n, 1);
                break;
            }
            int heading = next_section_heading(ctx, &t, s, e);
            if (heading >= 0) {
                /* the whole line is the heading: read again as one */
                raw_token n;
                for (;;) {
                    raw_next(ctx, &n);
                    if (n.kind == RT_NL || n.kind == RT_EOF) {
                        raw_unread(ctx, &n, 1);
                        break;
                    }
                    e = n.end;
                }
                t.kind = RT_SECTION;
                t.start = s;
                t.end = e;
                t.label = heading;
                raw_unread(ctx, &t, 1);
                continue;
            }
            ctx->last_delim = 0;
            set(out, s, e);
            /* on a data line (after its label or a number), with or without
             * delimiters (PDF text separates cells by spaces only): —, -,
             * /, 无 alone are a cell printed empty. Before the layout rules:
             * "/" is also a piece of 本年增/减 */
            if (placeholder(src, s, e) && (cell || ctx->line_has_data || placeholder_cell_first(ctx, &t))) {
                ctx->line_has_data = true;
                out->printed = true;
                return emit(ctx, EMPTY);
            }
            char folded[256];
            size_t fl = label_fold(src + s, e - s, folded, sizeof folded);
            if (!mark && !cell && fl < sizeof folded - 4 && label_is_fragment(folded, fl))
                continue; /* layout: a piece of a broken label */
            if (!mark && !cell && header_words(src, s, e))
                continue; /* layout: header words stacked over lines (PDF text) */
            return emit(ctx, TEXT);
        }
        }
    }
}

int filter_next(parse_ctx *ctx, ptok *out)
{
    int k = next_token(ctx, out);
    out->tok = k;
    return k;
}
