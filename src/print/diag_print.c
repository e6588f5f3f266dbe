/* One function formats every located message, the way GCC and rustc do:
 *   file:line:col: error[P002]: message
 *      58 | 五、存在的主要问题及改进情况
 *         | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
 * Columns count code points; the underline is drawn by display width (CJK
 * characters take two cells, a TAB is shown as four spaces). Very long lines
 * are shown as a window around the caret. */
#include <limits.h>
#include <string.h>

#include "doc.h"
#include "docx_place.h"
#include "outbuf.h"
#include "pos_cursor.h"
#include "print.h"
#include "utf8.h"

enum { WINDOW = 100 };

static int cell_width(uint32_t cp) { return cp == '\t' ? 4 : utf8_width(cp); }

static const char *sev_color(int sev)
{
    return sev == XXGK_ERROR ? "\033[1;31m" : sev == XXGK_WARNING ? "\033[1;35m" : "\033[1;36m";
}

/* The characters most of a report is made of, whole before lim: printable
 * ASCII (one byte, one cell) and the wide characters of three bytes
 * U+3000..U+303E, U+4000..U+4DBF, U+4E00..U+9FFF and U+FF00..U+FF3F (two
 * cells, as utf8_width says): their length, else 0. Neither needs
 * decoding, nor is shown otherwise than as it is; the walks take runs of
 * them, the same steps as walk_step's, a few instructions a character. */
static inline int plain_at(const uint8_t *s, uint32_t i, uint32_t lim)
{
    uint8_t c = s[i];
    if (c >= 0x20 && c < 0x7F)
        return 1;
    if (lim < i + 3 || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
        return 0;
    uint8_t c1 = s[i + 1];
    bool wide = (c >= 0xE5 && c <= 0xE9) || (c == 0xE4 && c1 != 0xB7) /* not U+4DC0..U+4DFF */ ||
                (c == 0xEF && c1 == 0xBC) || (c == 0xE3 && c1 == 0x80 && s[i + 2] != 0xBF);
    return wide ? 3 : 0;
}

/* The cells of a plain_at character of length l. */
static inline int plain_cells(int l) { return l == 1 ? 1 : 2; }

/* How many of the eight bytes at p, from the first, are printable ASCII
 * (0 to 8), tested in one word: a byte below 0x20 borrows into its bit 7
 * when 0x20 is subtracted, one from 0x7F carries into it when 1 is added
 * or has it set. Exact up to the first byte out of range: below it nothing
 * borrows or carries into a byte, so the lowest bit 7 set in the mask is
 * that byte's (the bits above it may be wrong, and are not read). */
static inline unsigned ascii_prefix(const uint8_t *p)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t out = ((w - 0x20 * ones) | (w + ones) | w) & highs;
    if (!out)
        return 8;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return (unsigned)__builtin_clzll(out) >> 3;
#else
    return (unsigned)__builtin_ctzll(out) >> 3;
#endif
}

/* Two wide characters of U+4000..U+9FFF (plain_at's bulk) at p (eight
 * bytes readable): two three-byte forms (utf8_two_form3) whose leads are
 * E4..E9, neither character U+4DC0..U+4DFF (E4 B7), which plain_at leaves
 * out. */
static inline bool two_wide(const uint8_t *p)
{
    if (!utf8_two_form3(p))
        return false;
    unsigned a = p[0] - 0xE4u, b = p[3] - 0xE4u;
    return a < 6 && b < 6 && (a || p[1] != 0xB7) && (b || p[4] != 0xB7);
}

/* The end of the run of plain_at characters from i, before lim, each taken
 * while the cells in *cells (which it adds to) are under max: eight ASCII
 * bytes (or the one to seven before a byte that is not) or two wide
 * characters in one test where they fit (a table row's digits and spaces,
 * a paragraph's ideographs: pairs taken while they last), else one; the
 * lead byte says which test to try. */
static inline uint32_t plain_run(const uint8_t *s, uint32_t i, uint32_t lim, int *cells, int max)
{
    int c = *cells;
    while (i < lim && c < max) {
        uint8_t b = s[i];
        if (b >= 0x20 && b < 0x7F) {
            if (lim - i >= 8 && max - c >= 8) {
                /* the run's next ASCII bytes, one to eight (b is one) */
                unsigned n = ascii_prefix(s + i);
                i += n;
                c += (int)n;
            } else {
                i++;
                c++;
            }
            continue;
        }
        if (b - 0xE4u < 6u && lim - i >= 8 && max - c >= 3 && two_wide(s + i)) {
            do {
                i += 6;
                c += 4;
            } while (lim - i >= 8 && max - c >= 3 && two_wide(s + i));
            continue;
        }
        int l = plain_at(s, i, lim);
        if (!l)
            break;
        i += (uint32_t)l;
        c += plain_cells(l);
    }
    *cells = c;
    return i;
}

/* One step of the walks along the shown line: the length of the code
 * point at s[i] (0 for an invalid byte, as utf8_decode), the code point in
 * *cp and its cells in *w (an invalid byte: one). U+5000..U+9FFF is two
 * cells without utf8_width's search. */
static inline int walk_step(const uint8_t *s, uint32_t i, uint32_t end, uint32_t *cp, int *w)
{
    uint8_t c = s[i];
    if (c >= 0xE5 && c <= 0xE9 && end - i >= 3 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        *cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3Fu);
        *w = 2;
        return 3;
    }
    int l = utf8_decode(s + i, end - i, cp);
    *w = l ? cell_width(*cp) : 1;
    return l;
}

/* The first character boundary from start at which skip cells are
 * reached, for valid UTF-8 in [start, end) holding cells cells: found
 * walking back from end, over the last few cells, instead of forward over
 * the whole line (valid text has the same boundaries either way). */
static uint32_t back_to_cells(const uint8_t *s, uint32_t start, uint32_t end, int cells, int skip)
{
    uint32_t at = end;
    while (at > start) {
        uint32_t q = at - 1, cp = 0;
        while (q > start && (s[q] & 0xC0) == 0x80)
            q--;
        utf8_decode(s + q, at - q, &cp);
        int cw = cell_width(cp);
        if (cells - cw < skip)
            break;
        cells -= cw;
        at = q;
    }
    return at;
}

/* Where the walk from a line's start to a caret ended (its cells, and
 * whether it met an invalid byte): a later caret further along the same
 * line goes on from there, since the walk's steps and widths depend only
 * on where each one starts (a long paragraph's several findings, printed
 * in order, walk it once). lines NULL: none kept. */
typedef struct walk_memo {
    const doc_lines *lines;
    uint32_t line_start, reached;
    int before;
    uint32_t cps; /* the code points from line_start to reached */
    bool valid;
    bool plain; /* only plain_at characters from line_start to reached */
    /* the places far into a long line (no walk from its start): the next
     * one further along counted from the last (a page text's one line) */
    pos_cursor far;
} walk_memo;

/* A snippet laid out before anything of it is printed: the shown line,
 * the span on it, where the shown part starts, and the position of the
 * span's start (xxgk_doc_position's answer, found by the walk to the
 * caret, which counts the code points as it goes). */
typedef struct snippet {
    const doc_lines *shown;
    xxgk_span sp, line;
    uint32_t ue, from;
    bool cut_left;
    xxgk_pos pos;
    /* the part of the shown line that print_snippet need not walk again:
     * from `from` to `known` (the caret, or `from` when none), plain_at
     * characters only (copied as they are), known_cells cells */
    uint32_t known;
    int known_cells;
} snippet;

/* The snippet of span tsp laid out in *k, its position found. */
static void snippet_plan(snippet *k, const xxgk_doc *doc, xxgk_span tsp, walk_memo *m)
{
    /* the line shown is the file's: the HTML source line when the text
     * came from a page */
    xxgk_span sp;
    const doc_lines *shown = doc_shown(doc, tsp.start, &sp.start);
    sp.end = doc_shown_end(doc, tsp.start, tsp.end);
    if (sp.end < sp.start)
        sp.end = sp.start;
    uint32_t li;
    xxgk_span line = pos_line(shown, sp.start < shown->len ? sp.start : shown->len, &li);
    const uint8_t *s = shown->src;
    uint32_t ue = sp.end > line.end ? line.end : sp.end;
    if (ue < sp.start)
        ue = sp.start;
    /* window: start a little before the caret on long lines */
    uint32_t from = line.start;
    int before = 0;
    bool cut_left = false;
    bool back_plain = true; /* the walk back took plain_at characters only */
    if (sp.start - line.start > DOC_MARK) {
        /* far into a long line: walk back from the caret instead of
         * measuring the whole line (linear in the window, not the line);
         * for valid text this is the place the forward walk finds */
        from = sp.start;
        int w = 0;
        while (from > line.start) {
            /* two wide characters end here (a paragraph's ideographs),
             * both within the window: the two steps below in one test
             * (two_wide reads two bytes past them, within the line) */
            if (from - line.start >= 6 && from + 2 <= line.end && w + 4 <= WINDOW / 2 && two_wide(s + from - 6)) {
                w += 4;
                from -= 6;
                continue;
            }
            /* a plain character (most of them) ends here: its cells as
             * plain_at says, without the decoding */
            int pl = s[from - 1] >= 0x20 && s[from - 1] < 0x7F                 ? 1
                     : from - line.start >= 3 && plain_at(s, from - 3, from) == 3 ? 3
                                                                                  : 0;
            if (pl) {
                int cw = plain_cells(pl);
                if (w + cw > WINDOW / 2)
                    break;
                w += cw;
                from -= (uint32_t)pl;
                continue;
            }
            back_plain = false;
            uint32_t q = from - 1, cp = 0;
            while (q > line.start && from - q < 4 && (s[q] & 0xC0) == 0x80)
                q--;
            int l = utf8_decode(s + q, from - q, &cp);
            int cw = 1;
            if (l == (int)(from - q))
                cw = cell_width(cp);
            else
                q = from - 1; /* an invalid byte: one cell, as forward */
            if (w + cw > WINDOW / 2)
                break;
            w += cw;
            from = q;
        }
        cut_left = true;
        before = w;
    }
    bool walked = !cut_left;       /* from the line's start to the caret */
    uint32_t reached = line.start; /* where the walk to the caret ends */
    bool valid = true;              /* no invalid byte on the way */
    bool plain = true;              /* only plain_at characters on the way */
    uint32_t cps = 0;               /* utf8_count of the bytes walked */
    if (!cut_left && m->lines == shown && m->line_start == line.start && m->reached <= sp.start) {
        reached = m->reached;
        before = m->before;
        cps = m->cps;
        valid = m->valid;
        plain = m->plain;
    }
    while (!cut_left && reached < sp.start) {
        /* a run of plain characters: ASCII a byte, a cell and a code
         * point each, the others three bytes, two cells and one */
        uint32_t was = reached;
        int cells = before;
        reached = plain_run(s, reached, sp.start, &before, INT_MAX);
        cps += 2 * (uint32_t)(before - cells) - (reached - was);
        if (reached >= sp.start)
            break;
        if (s[reached] == '\t') {
            /* a table's delimiter: walk_step's answer (one code point, four
             * cells) without the decoding */
            before += 4;
            plain = false;
            cps++;
            reached++;
            continue;
        }
        uint32_t cp;
        int w, l = walk_step(s, reached, line.end, &cp, &w);
        before += w;
        valid = valid && l;
        plain = false;
        /* a character is one code point; an invalid byte counts as
         * utf8_count counts it, unless it is a continuation byte */
        cps += l || (s[reached] & 0xC0) != 0x80;
        reached += l ? (uint32_t)l : 1;
    }
    if (!cut_left) {
        m->lines = shown;
        m->line_start = line.start;
        m->reached = reached;
        m->before = before;
        m->cps = cps;
        m->valid = valid;
        m->plain = plain;
    }
    if (!cut_left && before > WINDOW && valid) {
        from = back_to_cells(s, line.start, reached, before, before - WINDOW / 2);
        cut_left = true;
    } else if (!cut_left && before > WINDOW) {
        int skip = before - WINDOW / 2;
        int w = 0;
        while (from < sp.start && w < skip) {
            int pl = plain_at(s, from, sp.start);
            if (pl) {
                w += plain_cells(pl);
                from += (uint32_t)pl;
                continue;
            }
            uint32_t cp;
            int cw, l = walk_step(s, from, line.end, &cp, &cw);
            w += cw;
            from += l ? (uint32_t)l : 1;
        }
        cut_left = true;
    }
    /* the position: a walk that ended past the caret went over the
     * continuation bytes of the caret's character, which count nothing;
     * a place far into a long line (no walk from the line's start) is
     * asked of a cursor, which counts from the last such place when it
     * is a little before, else asks the marks */
    if (!walked || sp.start > shown->len)
        k->pos = pos_cursor_move(&m->far, doc, tsp.start);
    else
        k->pos = (xxgk_pos){li + 1, 1 + cps};
    k->shown = shown;
    k->sp = sp;
    k->line = line;
    k->ue = ue;
    k->from = from;
    k->cut_left = cut_left;
    /* the characters from `from` to the caret, when plain_at's only: the
     * walk back from a caret far into a long line took them (at most
     * WINDOW / 2 cells), or the walk from the line's start (at most WINDOW
     * cells, else the line is cut): print_snippet's walk from `from` would
     * take the same characters to the caret (a character of plain_at's is
     * the same read either way), copy them as they are and count the same
     * cells, well under its bound */
    bool known = sp.start <= line.end && (walked ? !cut_left && plain && reached == sp.start : back_plain);
    k->known = known ? sp.start : from;
    k->known_cells = known ? before : 0;
}

/* Print the source line of a snippet with an underline below it. */
static void print_snippet(outbuf *o, const snippet *k, bool color, int sev)
{
    const uint8_t *s = k->shown->src;
    xxgk_span sp = k->sp, line = k->line;
    uint32_t ue = k->ue, from = k->from;
    bool cut_left = k->cut_left;
    char gutter[12];
    int gw = (int)(put_uint(gutter, k->pos.line) - gutter);
    ob_str(o, " ");
    ob_put(o, gutter, (size_t)gw);
    ob_str(o, cut_left ? " | …" : " | ");
    /* the shown bytes are copied in runs: a control character or an
     * invalid byte ends a run and stands as spaces or "?" */
    int width = k->known_cells, caret_at = (cut_left ? 1 : 0) + k->known_cells, caret_w = 0;
    uint32_t i = k->known, run = from;
    for (; i < line.end && width < 2 * WINDOW; ) {
        /* a run of wide characters inside one part (before the caret,
         * under it, after it): counted, copied with the run */
        uint32_t lim = i < sp.start ? sp.start : i < ue ? ue : line.end;
        int *part = i < sp.start ? &caret_at : i < ue ? &caret_w : NULL;
        int was = width;
        uint32_t r = plain_run(s, i, lim, &width, 2 * WINDOW);
        if (r > i) {
            if (part)
                *part += width - was;
            i = r;
            continue;
        }
        if (s[i] == '\t') {
            /* a table's delimiter (rows of TABs: one a cell): four spaces
             * and four cells, as walk_step and the control case below
             * would have it, without the decoding */
            if (part)
                *part += 4;
            ob_put(o, s + run, i - run);
            char *t = ob_room(o, 4);
            ob_end(o, PUT_LIT(t, "    "));
            width += 4;
            run = ++i;
            continue;
        }
        uint32_t cp = 0;
        int w, l = walk_step(s, i, line.end, &cp, &w);
        if (i < sp.start)
            caret_at += w;
        else if (i < ue)
            caret_w += w;
        uint32_t next = i + (l ? (uint32_t)l : 1);
        if (!l || cp < 0x20 || cp == 0x7F) {
            ob_put(o, s + run, i - run);
            ob_str(o, cp == '\t' ? "    " : "?");
            run = next;
        }
        width += w;
        i = next;
    }
    ob_put(o, s + run, i - run);
    if (i < line.end)
        ob_str(o, "…");
    ob_str(o, "\n ");
    ob_fill(o, ' ', gw);
    ob_str(o, " | ");
    ob_fill(o, ' ', caret_at);
    if (color)
        ob_str(o, sev_color(sev));
    ob_str(o, "^");
    ob_fill(o, '~', caret_w - 1);
    if (color)
        ob_str(o, "\033[0m");
    ob_str(o, "\n");
}

/* The severity as the reader's language says it: error/warning/note, or
 * 错误/警告/提示 for a document parsed with --lang zh. The JSON and SARIF
 * outputs keep the English keys. */
const char *xxgk_severity_word(const xxgk_doc *doc, int severity)
{
    static const char *const zh[] = {"提示", "警告", "错误"}; /* XXGK_NOTE, _WARNING, _ERROR */
    if (xxgk_doc_lang(doc) == XXGK_LANG_ZH && severity >= 0 && severity <= 2)
        return zh[severity];
    return xxgk_severity_name(severity);
}

/* A PDF's page after the message, " (page 4)": line:col count in the text
 * `xxgk text` prints, the page finds the place in the PDF itself. Empty
 * for text without pages. */
static const char *page_note(const xxgk_doc *doc, uint32_t off, char *buf, size_t size)
{
    uint32_t page = xxgk_doc_page(doc, off);
    if (!page)
        return "";
    snprintf(buf, size, doc->lang == XXGK_LANG_ZH ? "（第 %u 页）" : " (page %u)", page);
    return buf;
}

/* The start of a message line, "file:line:col: ", bold in colour. */
static void put_place(outbuf *o, const xxgk_doc *doc, xxgk_pos p, bool color)
{
    if (color)
        ob_str(o, "\033[1m");
    ob_str(o, doc->name);
    ob_char(o, ':');
    ob_uint(o, p.line);
    ob_char(o, ':');
    ob_uint(o, p.col);
    ob_str(o, color ? ":\033[0m " : ": ");
}

/* A note's line: "file:line:col: note: text". */
static void put_note(outbuf *o, const xxgk_doc *doc, xxgk_pos p, const char *text, bool color)
{
    put_place(o, doc, p, color);
    if (color)
        ob_str(o, sev_color(XXGK_NOTE));
    ob_str(o, xxgk_severity_word(doc, XXGK_NOTE));
    ob_str(o, color ? ":\033[0m " : ": ");
    ob_str(o, text);
    ob_char(o, '\n');
}

bool diag_docx_place(const xxgk_doc *doc, uint32_t off, char *where, size_t size)
{
    if (!doc->places) /* no .docx: no position to find */
        return false;
    xxgk_pos p = xxgk_doc_position(doc, off);
    if (p.line > doc->nplaces)
        return false;
    doc_place pl = doc->places[p.line - 1];
    bool zh = doc->lang == XXGK_LANG_ZH;
    if (!pl.table) {
        snprintf(where, size, zh ? "在 .docx 中：第 %u 段" : "in the .docx: paragraph %u", pl.item);
    } else {
        xxgk_span line = xxgk_doc_line(doc, off);
        unsigned cell = 1;
        for (uint32_t i = line.start; i < off && i < line.end; i++)
            cell += doc->src[i] == '\t';
        snprintf(where, size,
                 zh ? "在 .docx 中：第 %u 个表格第 %u 行第 %u 格" : "in the .docx: table %u, row %u, cell %u",
                 pl.table, pl.item, cell);
    }
    return true;
}

/* The .docx place as a note line after the snippet (docx_place.h). */
static void print_place(outbuf *o, const xxgk_doc *doc, uint32_t off, bool color)
{
    char where[DOCX_PLACE_MAX];
    if (diag_docx_place(doc, off, where, sizeof where))
        put_note(o, doc, xxgk_doc_position(doc, off), where, color);
}

/* A diagnostic into o, its snippets' walks through m:
 *   file:line:col: severity[CODE]: message (page N)
 * (bold, the severity in its colour, the message bold, with color), its
 * snippet, the .docx place, and each note with its snippet. */
static void print_diag(outbuf *o, const xxgk_doc *doc, const xxgk_diag *d, bool color, walk_memo *m)
{
    /* the snippet's layout first: its walk finds the position */
    bool snippets = doc->len > 0 || doc->origin;
    snippet k;
    if (snippets)
        snippet_plan(&k, doc, d->span, m);
    else
        k.pos = xxgk_doc_position(doc, d->span.start);
    char pg[48];
    put_place(o, doc, k.pos, color);
    if (color)
        ob_str(o, sev_color(d->severity));
    ob_str(o, xxgk_severity_word(doc, d->severity));
    ob_char(o, '[');
    ob_str(o, xxgk_code_name(d->code));
    ob_str(o, color ? "]:\033[0m \033[1m" : "]: ");
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    ob_str(o, xxgk_diag_msg(doc, d, &b));
    xxgk_msgbuf_free(&b);
    if (color)
        ob_str(o, "\033[0m");
    ob_str(o, page_note(doc, d->span.start, pg, sizeof pg));
    ob_char(o, '\n');
    if (snippets)
        print_snippet(o, &k, color, d->severity);
    print_place(o, doc, d->span.start, color);
    for (const xxgk_note *n = d->notes; n; n = n->next) {
        if (snippets)
            snippet_plan(&k, doc, n->span, m);
        else
            k.pos = xxgk_doc_position(doc, n->span.start);
        put_note(o, doc, k.pos, n->msg, color);
        if (snippets)
            print_snippet(o, &k, color, XXGK_NOTE);
    }
}

/* One diagnostic, gathered in a buffer and written with one fwrite. */
void xxgk_print_diag(FILE *f, const xxgk_doc *doc, const xxgk_diag *d, bool color)
{
    outbuf o;
    char buf[OB_SIZE];
    ob_init(&o, f, buf, sizeof buf);
    walk_memo m = {0};
    print_diag(&o, doc, d, color, &m);
    ob_flush(&o);
}

/* Repeats of one finding on one line are told the way compilers do: of a
 * run of diagnostics of one code in a row on one line, a finding is printed
 * whole (place, line, caret) unless it says the same as the DIAG_REPEAT_SHOWN
 * just before it, or the run has printed DIAG_RUN_SHOWN already; the ones not
 * printed are counted in a note, "… and N more [CODE] on this line", told
 * at the first of them before the next finding printed (so the output stays
 * in the order of places). A line of a million zero-width characters, one
 * L034 each, printed 300 MB at 50,000 instructions a diagnostic (issue 16).
 * A finding that differs from the one before it is printed (a U+FEFF after
 * 300 U+200B); a row's findings, one a cell, may all say the same (P036 at
 * each of table 四's 15 numbers): twice the widest row are shown; 256
 * printed is more than the template's ~200 cells of a whole report on one
 * line. Only the text printed is cut: the JSON, SARIF and the summary's
 * counts keep every diagnostic. */
enum { DIAG_REPEAT_SHOWN = 32, DIAG_RUN_SHOWN = 256 };

/* a run of one code on one line */
typedef struct repeat_run {
    const xxgk_diag *first;
    const xxgk_diag *latest; /* the first of the latest's message said in a row */
    uint32_t line_end;  /* the end of the line of the run's first (asked at its second) */
    uint32_t n;         /* diagnostics of the run so far */
    uint32_t same;      /* the latest's message said this many times in a row */
    uint32_t shown;     /* of the run printed */
    uint32_t hidden;    /* not printed since the last note */
    uint32_t hidden_at; /* the offset of the first of them */
} repeat_run;

/* The note that counts the run's diagnostics not printed since the last
 * note; told once (the count starts again). */
static void put_repeat_note(outbuf *o, const xxgk_doc *doc, repeat_run *r, bool color)
{
    if (!r->hidden)
        return;
    char text[96];
    snprintf(text, sizeof text,
             doc->lang == XXGK_LANG_ZH ? "……本行另有 %u 条 [%s] 未列出" : "… and %u more [%s] on this line",
             r->hidden, xxgk_code_name(r->first->code));
    put_note(o, doc, xxgk_doc_position(doc, r->hidden_at), text, color);
    r->hidden = 0;
}

/* D, of the code of run R, is on R's line. Diagnostics come in the order
 * of their places, so D is on the line when it starts before the line's
 * end (looked up once a run, at its second: most diagnostics follow one of
 * another code and ask nothing). */
static bool repeat_on_line(const xxgk_doc *doc, repeat_run *r, const xxgk_diag *d)
{
    if (!doc->len)
        return false;
    if (r->n == 1)
        r->line_end = xxgk_doc_line(doc, r->first->span.start).end;
    return d->span.start >= r->first->span.start && d->span.start <= r->line_end;
}

/* Do A and B say the same message? Those made when printed (a row's
 * P062: xxgk_diag_msg) are made to be compared. */
static bool same_msg(const xxgk_doc *doc, const xxgk_diag *a, const xxgk_diag *b)
{
    if (a->msg && b->msg)
        return strcmp(a->msg, b->msg) == 0;
    xxgk_msgbuf ba, bb;
    ba.heap = bb.heap = NULL;
    ba.cap = bb.cap = 0;
    bool same = strcmp(xxgk_diag_msg(doc, a, &ba), xxgk_diag_msg(doc, b, &bb)) == 0;
    xxgk_msgbuf_free(&ba);
    xxgk_msgbuf_free(&bb);
    return same;
}

/* D continues run R (of its code, on its line): counted; true when D is
 * to be printed (it differs from the one before, or repeats it at most
 * DIAG_REPEAT_SHOWN times in a row, and the run has printed fewer than
 * DIAG_RUN_SHOWN). */
static bool repeat_shown(const xxgk_doc *doc, repeat_run *r, const xxgk_diag *d)
{
    r->n++;
    if (same_msg(doc, d, r->latest)) {
        r->same++;
    } else {
        r->latest = d;
        r->same = 1;
    }
    if (r->same <= DIAG_REPEAT_SHOWN && r->shown < DIAG_RUN_SHOWN) {
        r->shown++;
        return true;
    }
    if (!r->hidden++)
        r->hidden_at = d->span.start;
    return false;
}

/* A document's diagnostics of severity least or above through one buffer
 * and one memo of the walks: they come in the order of their places;
 * repeats on one line counted past the first few (repeat_shown). */
void xxgk_print_diags_min(FILE *f, const xxgk_doc *doc, bool color, int least)
{
    outbuf o;
    char buf[OB_LARGE];
    ob_init(&o, f, buf, sizeof buf);
    walk_memo m = {0};
    repeat_run r = {0};
    for (const xxgk_diag *d = doc->diags; d; d = d->next) {
        if (d->severity < least)
            continue;
        if (r.first && d->code == r.first->code && repeat_on_line(doc, &r, d)) {
            if (!repeat_shown(doc, &r, d))
                continue;
            put_repeat_note(&o, doc, &r, color); /* those hidden before D */
        } else {
            put_repeat_note(&o, doc, &r, color); /* the run before D ends */
            r = (repeat_run){d, d, 0, 1, 1, 1, 0, 0};
        }
        print_diag(&o, doc, d, color, &m);
    }
    put_repeat_note(&o, doc, &r, color);
    ob_flush(&o);
}

void xxgk_print_diags(FILE *f, const xxgk_doc *doc, bool color)
{
    xxgk_print_diags_min(f, doc, color, XXGK_NOTE);
}
