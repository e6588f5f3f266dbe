/* Word .docx → the report's text: word/document.xml out of the zip
 * (libzip), read as a tree (libxml2). Paragraphs are lines; w:tbl rows
 * are lines with a TAB between cells, gridSpan and vMerge resolved as
 * HTML's colspan and rowspan (grid.c). Locations are those of the text
 * (what `xxgk text` prints). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "why.h"
#include "docx.h"
#include "docx_num.h"
#include "grid.h"
#include "libs.h"
#include "list_num.h"
#include "mht.h"
#include "utf8.h"
#include "vec.h"

/* Is node the WordprocessingML element w:name? */
static bool is_w(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 && n->ns &&
           n->ns->href && strstr((const char *)n->ns->href, "wordprocessingml");
}

/* The attribute w:name of node, NULL when absent. */
static const char *w_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0 && a->children && a->children->content)
            return (const char *)a->children->content;
    return NULL;
}

/* The w:val attribute of node, NULL when absent. */
static const char *w_val(const xmlNode *n) { return w_attr(n, "val"); }

static const xmlNode *child_w(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_w(c, name))
            return c;
    return NULL;
}

typedef struct dstate {
    int depth;               /* element nesting, capped against hostile files */
    uint32_t paragraphs, tables; /* of the body, so far */
    doc_place *places;       /* per line written */
    grid_notes notes;        /* the tables' merged numbers (grid.h) */
    docx_numbering *num;     /* Word's automatic numbering, NULL when none */
    /* the w:altChunk not read in: where each stands in the text, the part
     * it names ("r:id …" when the rels name none) */
    struct {
        uint32_t at;
        char part[48];
    } chunks[4];
    int nchunks;
    /* the open package, for the parts an altChunk names (docx_chunk.c) */
    xxgk_input *in;
    const zip_lib *zl;
    const xml_lib *xl;
    zip_t *zip;
    xmlDocPtr rels;          /* word/_rels/document.xml.rels, read at the first altChunk */
    bool rels_tried;
    int chunks_read;         /* altChunks read in (DOCX_MAX_CHUNKS at most) */
    /* inside a content control showing its placeholder (w:showingPlcHdr):
     * its text is Word's prompt, not read; the first such text of the
     * paragraph or cell being read, for its note (L044) */
    int placeholder;
    int nplc;                /* placeholders told: at most DOCX_MAX_PLC notes, so that
                                they never crowd out the merges' (grid.h) */
    bool plc_found;
    char plc_style[64];      /* the styleId of Word's "Placeholder Text" style, "" if none */
    char plc[GRID_HIDDEN_TEXT];
    /* the text boxes (w:txbxContent) met in the paragraphs being read, in
     * order: read after their anchoring paragraph, never in its runs */
    const xmlNode **boxes;
    size_t nboxes, boxcap;
    /* a box holding digits anchored in the cell being read: its text, for
     * the cell's note (L045) */
    bool box_found;
    char box[GRID_HIDDEN_TEXT];
    /* the cell being read: raised digits glued after its number's (64¹,
     * L063), and the number with them */
    bool glued_found;
    char glued[GRID_HIDDEN_TEXT];
    /* text in an mc:Choice not read, its mc:Fallback empty, in the
     * paragraph or cell being read: its first words, for the note (P076) */
    bool lost_found;
    char lost[GRID_HIDDEN_TEXT];
    /* an altChunk in the cell being read: its note's code (L046 read in,
     * L043 not; 0 when none) and the part it names */
    int chunk_found;
    char chunk[GRID_HIDDEN_TEXT];
    /* the complex fields (w:fldChar begin … separate … end) open in the
     * paragraph being read, innermost in bit 0 … : a bit set while that
     * field is in its code (begin to separate), clear in its result.
     * Word shows a field's result only: text in the code of any open
     * field (a nested field's result inside an outer field's code, as
     * { = { REF a } + 1 } holds) is not shown (fld_code) */
    uint64_t fld_code;
    int fld_depth;
    /* the code (w:instrText) of the outermost field open in the story
     * being read, for the note of a field still open when its cell ends
     * (L047: fld_open_found, fld_open, the cell's) */
    char fld_instr[GRID_HIDDEN_TEXT];
    size_t fld_instr_len;
    bool fld_open_found;
    char fld_open[GRID_HIDDEN_TEXT];
    /* a field left open in a text box anchored in the cell being read: the
     * box not read, the cell's own text kept (L049: its code, the cell's) */
    bool boxfld_found;
    char boxfld[GRID_HIDDEN_TEXT];
    /* the start of the paragraph being read in the buffer it is written
     * to: a symbol font's glyph leading it is a bullet (sym_text) */
    const textbuf *para_buf;
    size_t para_from;
    /* text boxes leading the paragraph being read in the body (box_leads):
     * where their lines end in para_buf, 0 when none */
    size_t lead_end;
    bool bullet;             /* such a glyph met, not written: where */
    size_t bullet_at;
    /* a paragraph mark deleted or moved away (mark_removed): the paragraph
     * being read has lost its mark, whatever block follows (mark_gone: shown
     * nothing, it is no list item); the one being read continues such a
     * line (joined): no list label of its own, nor counted */
    bool mark_gone, joined;

    /* the last data table of the body, for the next to continue
     * (grid_continues): its header and labels, the story it stands in
     * (its parent: the body, a cell, a box), the text it was written to
     * and where its lines end there (the gap after it) */
    grid_tail tail;
    const xmlNode *tail_parent;
    const textbuf *tail_buf;
    size_t tail_out;

    size_t nplaces, cap;
    bool failed;
} dstate;

/* One more line written, standing at p. */
static void add_place(dstate *d, doc_place p)
{
    if (d->failed)
        return;
    if (!vec_reserve(&d->places, d->nplaces, &d->cap, sizeof *d->places)) {
        d->failed = true;
        return;
    }
    d->places[d->nplaces++] = p;
}

/* The lines written to out since from (its length before) stand at p. */
static void mark_lines(dstate *d, const textbuf *out, size_t from, doc_place p)
{
    for (size_t i = from; i < out->len; i++)
        if (out->s[i] == '\n')
            add_place(d, p);
}

enum { DOCX_MAX_DEPTH = 200, DOCX_MAX_PLC = 8 };

static void table_text(dstate *d, const xmlNode *tbl, textbuf *out, bool in_cell);

/* Is node the markup-compatibility element mc:name? */
static bool is_mc(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 && n->ns &&
           n->ns->href && strstr((const char *)n->ns->href, "markup-compatibility");
}

/* A toggle run property (w:vanish, w:strike …) is on when present with
 * no w:val or a true one (ECMA-376 17.17.4 ST_OnOff). */
static bool toggle_on(const xmlNode *rpr, const char *name)
{
    const xmlNode *p = child_w(rpr, name);
    if (!p)
        return false;
    const char *v = w_val(p);
    return !v || strcmp(v, "1") == 0 || strcmp(v, "true") == 0 || strcmp(v, "on") == 0;
}

/* A raise or lower by w:position (ST_SignedHpsMeasure: half-points, or
 * a number and a unit, "3pt") in half-points, the fraction dropped; 0
 * when none. WPS, and Word by hand (Font > Position: Raised by), set a
 * footnote mark off the line so, without w:vertAlign. */
static long position_hp(const xmlNode *rpr)
{
    const xmlNode *p = child_w(rpr, "position");
    const char *v = p ? w_val(p) : NULL;
    if (!v)
        return 0;
    char *end = NULL;
    long n = strtol(v, &end, 10);
    if (n > 10000 || n < -10000)
        return n > 0 ? 10000 : -10000; /* past any page: raised all the same */
    while (*end == '.' || (*end >= '0' && *end <= '9'))
        end++; /* the fraction: dropped */
    if (strcmp(end, "pt") == 0)
        return n * 2;
    if (strcmp(end, "pc") == 0 || strcmp(end, "pi") == 0)
        return n * 24;
    if (strcmp(end, "in") == 0)
        return n * 144;
    if (strcmp(end, "cm") == 0)
        return n * 57;
    if (strcmp(end, "mm") == 0)
        return n * 6;
    return n;
}

/* The least w:position that sets a run off the line: 2 half-points (1
 * pt), the least raise Word's and WPS's Font dialogs step by. A shift of
 * one half-point (0.5 pt) is less than a stroke of a 9-12 pt digit: the
 * digit stands on the line and reads as the number's, as it is read. */
enum { POSITION_RAISE_MIN = 2 };

/* Is the run raised (1), lowered (-1) or on the line (0)? w:vertAlign
 * superscript or subscript, else a w:position of POSITION_RAISE_MIN
 * half-points or more up or down. Only the run's own properties: a
 * character style's are not resolved (no style is read for a run). */
static int run_shift(const xmlNode *rpr)
{
    const xmlNode *va = rpr ? child_w(rpr, "vertAlign") : NULL;
    const char *v = va ? w_val(va) : NULL;
    if (v && strcmp(v, "superscript") == 0)
        return 1;
    if (v && strcmp(v, "subscript") == 0)
        return -1;
    long hp = rpr ? position_hp(rpr) : 0;
    return hp >= POSITION_RAISE_MIN ? 1 : hp <= -POSITION_RAISE_MIN ? -1 : 0;
}

/* How a run's text stands on the page. */
typedef enum run_kind {
    RUN_TEXT,  /* read as it is */
    RUN_UNSEEN, /* hidden (w:vanish) or struck out (w:strike, w:dstrike):
                   Word shows no text, or text the author took back */
    RUN_MARK   /* raised or lowered (run_shift: w:vertAlign, w:position):
                   a footnote mark, never digits of the number before it */
} run_kind;

static run_kind run_kind_of(const xmlNode *r)
{
    const xmlNode *rpr = child_w(r, "rPr");
    if (!rpr)
        return RUN_TEXT;
    if (toggle_on(rpr, "vanish") || toggle_on(rpr, "strike") || toggle_on(rpr, "dstrike"))
        return RUN_UNSEEN;
    return run_shift(rpr) ? RUN_MARK : RUN_TEXT;
}

/* The namespace prefix (len bytes) is bound to, in scope at n; NULL
 * when unbound. */
static const char *ns_of_prefix(const xmlNode *n, const char *prefix, size_t len)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        for (const xmlNs *ns = n->nsDef; ns; ns = ns->next)
            if (ns->prefix && strlen((const char *)ns->prefix) == len &&
                memcmp(ns->prefix, prefix, len) == 0)
                return ns->href ? (const char *)ns->href : "";
    return NULL;
}

/* Is href a namespace whose markup xxgk reads through to the text in
 * it? WordprocessingML and its Word 2010/2012 extensions (w14, w15), a
 * shape, group, canvas and their drawing (wps, wpg, wpc, wp14), VML. Not
 * Word 2016's symbol (w16se: w16se:symEx, the character as a font code),
 * ink, charts or 3D models: their mc:Fallback holds what is shown then. */
static bool ns_read(const char *href)
{
    static const char *const known[] = {
        "http://schemas.microsoft.com/office/word/2010/wordml",             /* w14 */
        "http://schemas.microsoft.com/office/word/2012/wordml",             /* w15 */
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", /* wps */
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", /* wpg */
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", /* wpc */
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", /* wp14 */
        "urn:schemas-microsoft-com:vml",                                     /* v */
    };
    if (strcmp(href, "http://schemas.openxmlformats.org/wordprocessingml/2006/main") == 0 ||
        strcmp(href, "http://purl.oclc.org/ooxml/wordprocessingml/main") == 0)
        return true;
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(href, known[i]) == 0)
            return true;
    return false;
}

/* Does xxgk read every namespace an mc:Choice requires (its Requires:
 * prefixes separated by blanks)? A Choice that requires none is not one
 * a reader can take. */
static bool choice_readable(const xmlNode *choice)
{
    const char *req = NULL;
    for (const xmlAttr *a = choice->properties; a; a = a->next)
        if (strcmp((const char *)a->name, "Requires") == 0 && a->children && a->children->content)
            req = (const char *)a->children->content;
    if (!req)
        return false;
    int prefixes = 0;
    for (const char *s = req; *s;) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        size_t len = 0;
        while (s[len] && s[len] != ' ' && s[len] != '\t' && s[len] != '\n' && s[len] != '\r')
            len++;
        if (!len)
            break;
        const char *href = ns_of_prefix(choice, s, len);
        if (!href || !ns_read(href))
            return false;
        prefixes++;
        s += len;
    }
    return prefixes > 0;
}

/* The one branch of an mc:AlternateContent that Word shows (ECMA-376
 * part 3, 10.2): its first mc:Choice whose required namespaces the
 * reader understands, else its mc:Fallback, else nothing. xxgk takes a
 * Choice only when it reads every namespace it requires (ns_read): a
 * Word 2016 symbol (w16se) reads its Fallback's character. Never both:
 * reading both would write the same text twice. */
static const xmlNode *alternate_shown(const xmlNode *ac)
{
    const xmlNode *fallback = NULL;
    for (const xmlNode *c = ac->children; c; c = c->next) {
        if (is_mc(c, "Choice") && choice_readable(c))
            return c;
        if (is_mc(c, "Fallback") && !fallback)
            fallback = c;
    }
    return fallback;
}

/* The first text (w:t) under n into q (at most cap bytes, whole
 * characters), appended; false when none. */
static bool first_text(const xmlNode *n, char *q, size_t cap, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 64; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(c, "t")) {
            for (const xmlNode *x = c->children; x; x = x->next) {
                if (x->type != XML_TEXT_NODE || !x->content || !x->content[strspn((const char *)x->content, " \t\r\n")])
                    continue;
                size_t len = strlen((const char *)x->content);
                if (len > cap - 1) {
                    len = cap - 1;
                    while (len && (x->content[len] & 0xC0) == 0x80)
                        len--;
                }
                memcpy(q, x->content, len);
                q[len] = 0;
                return true;
            }
        } else if (first_text(c, q, cap, depth + 1)) {
            return true;
        }
    }
    return false;
}

/* An mc:AlternateContent that shows nothing xxgk reads (no mc:Choice it
 * reads, the mc:Fallback absent or empty) while a Choice holds text: Word
 * that knows the Choice's namespace shows that text, any other reader
 * nothing (ECMA-376 part 3, 10.2). Not read, but told (P076): d->lost. */
static void alternate_lost(dstate *d, const xmlNode *ac, const xmlNode *shown)
{
    if (d->lost_found || (shown && !is_mc(shown, "Fallback")))
        return;
    for (const xmlNode *c = shown ? shown->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return; /* a Fallback of its own: a picture, a symbol… */
    for (const xmlNode *c = ac->children; c; c = c->next)
        if (is_mc(c, "Choice") && first_text(c, d->lost, sizeof d->lost, 0)) {
            d->lost_found = true;
            return;
        }
}

static void runs_text(dstate *d, const xmlNode *n, textbuf *t, bool in_cell);
static void inline_box(dstate *d, const xmlNode *box, textbuf *t, bool in_cell, bool lines);
static bool box_leads(const dstate *d, const xmlNode *box, const textbuf *t);
static void lead_box(dstate *d, const xmlNode *box, textbuf *t);
static bool blank_from(const textbuf *t, size_t from);
static bool holds_table(const xmlNode *n, int depth);
static bool box_alone(const xmlNode *box);

/* A text box (w:txbxContent of a shape, wps:txbx or VML v:textbox,
 * anchored in a run: w:drawing, w:pict) floats where its shape stands,
 * not in the line of the runs around its anchor: its text is never
 * joined to theirs (a cell's 12 and a box's 34 are not 1234). It is kept
 * and read after the paragraph that anchors it (box_lines, cell_boxes).
 * An inline box (box_inline) is not: it is read in place, in the line;
 * but one of the body holding a table (holds_table), and its paragraph's
 * only content (box_alone: no text of the paragraph's own to move past
 * it: a box before a heading's text stays before it), is read as a
 * floating one, its blocks after the paragraph: a table is rows whatever carries it,
 * and read in the line its cells' texts would run together (`69` `3`
 * `665` one line, no cell between). In a cell it stays in place (the
 * cell's text: a table inside a cell is read into it as text). The test
 * walks the box once more, at most DOCX_MAX_DEPTH deep: linear. */
static void box_found(dstate *d, const xmlNode *box, textbuf *t)
{
    if (!vec_reserve(&d->boxes, d->nboxes + 1, &d->boxcap, sizeof *d->boxes)) {
        t->failed = true;
        return;
    }
    d->boxes[d->nboxes++] = box;
}

/* Is the text box (w:txbxContent) inline, in the line like a character:
 * its drawing a wp:inline, or its VML shape not positioned absolute? Only
 * an anchored one (wp:anchor, VML position:absolute) floats. */
static bool box_inline(const xmlNode *box)
{
    bool vml = false; /* a VML shape met, none positioned absolute */
    for (const xmlNode *a = box->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "inline") == 0)
            return true;
        if (strcmp(name, "anchor") == 0 || is_w(a, "r") || is_w(a, "p") || is_w(a, "pict") || is_w(a, "object"))
            break;
        if (!a->ns || !a->ns->href || !strstr((const char *)a->ns->href, "urn:schemas-microsoft-com:vml"))
            continue;
        vml = true;
        const char *style = w_attr(a, "style");
        for (const char *p = style; p && (p = strstr(p, "position")) != NULL; p += 8) {
            const char *q = p + 8;
            while (*q == ' ')
                q++;
            if (*q != ':')
                continue;
            q++;
            while (*q == ' ')
                q++;
            if (strncmp(q, "absolute", 8) == 0)
                return false;
        }
    }
    return vml;
}

/* Is n a content control showing its placeholder (w:sdt whose w:sdtPr
 * has w:showingPlcHdr on)? Its content is then Word's prompt (单击或点击
 * 此处输入文字。), the control holding nothing of the report's. */
static bool placeholder_shown(const xmlNode *n)
{
    return is_w(n, "sdt") && toggle_on(child_w(n, "sdtPr"), "showingPlcHdr");
}

/* The character style Word gives a content control's prompt (w:name
 * "Placeholder Text"; its id is the language's: PlaceholderText, aa, a3…). */
static void prompt_style(dstate *d, const xmlNode *styles)
{
    for (const xmlNode *s = styles ? styles->children : NULL; s; s = s->next) {
        if (!is_w(s, "style"))
            continue;
        const xmlNode *name = child_w(s, "name");
        const char *v = name ? w_attr(name, "val") : NULL, *id = w_attr(s, "styleId");
        if (v && id && strcasecmp(v, "Placeholder Text") == 0 && strlen(id) < sizeof d->plc_style) {
            memcpy(d->plc_style, id, strlen(id) + 1);
            return;
        }
    }
}

/* Inside a control showing its placeholder, is run r the prompt? Only a
 * run in Word's prompt style: a form tool (or a hand) that writes into
 * the control and leaves w:showingPlcHdr on leaves runs of the report's
 * own text, which Word shows as such. */
static bool prompt_run(const dstate *d, const xmlNode *r)
{
    const xmlNode *rpr = child_w(r, "rPr"), *st = rpr ? child_w(rpr, "rStyle") : NULL;
    const char *v = st ? w_attr(st, "val") : NULL;
    return v && ((d->plc_style[0] && strcmp(v, d->plc_style) == 0) || strcmp(v, "PlaceholderText") == 0);
}

/* Placeholder text s (len bytes) met: kept, the first of the paragraph
 * or cell, for its note (cut to whole characters). */
static void placeholder_text(dstate *d, const char *s, size_t len)
{
    size_t have = d->plc_found ? strlen(d->plc) : 0, room = sizeof d->plc - 1 - have;
    d->plc_found = true;
    if (len > room) {
        len = room;
        while (len && ((uint8_t)s[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(d->plc + have, s, len);
    d->plc[have + len] = 0;
}

/* May one more placeholder be told? Past DOCX_MAX_PLC the notes are
 * marked cut (the diagnostics say findings were dropped). */
static bool placeholder_note(dstate *d)
{
    if (d->nplc < DOCX_MAX_PLC) {
        d->nplc++;
        return true;
    }
    d->notes.cut = true;
    return false;
}

/* Does the cell's own text hold words and no digit (ASCII or full-width):
 * a label's, which a box floating by cannot hold the rest of a number for */
static bool words_no_digit(const textbuf *t)
{
    bool words = false;
    for (size_t i = 0; i < t->len; i++) {
        uint8_t b = (uint8_t)t->s[i];
        if (b >= '0' && b <= '9')
            return false;
        if (b == 0xEF && i + 2 < t->len && (uint8_t)t->s[i + 1] == 0xBC && (uint8_t)t->s[i + 2] >= 0x90 &&
            (uint8_t)t->s[i + 2] <= 0x99)
            return false; /* ０-９ */
        words |= b != ' ' && b != '\t' && b != '\n' && b != '\r';
    }
    return words;
}

static bool raised(const xmlNode *r)
{
    return run_shift(child_w(r, "rPr")) > 0;
}

/* Run r, raised or lowered, and the runs so raised right after it (Word
 * splits a mark 注1 into runs by script or by editing: one mark still),
 * as the number's mark (tb_put_mark). Returns the last run taken. */
static const xmlNode *mark_text(dstate *d, const xmlNode *r, textbuf *t, bool in_cell)
{
    textbuf m;
    memset(&m, 0, sizeof m);
    bool up = raised(r);
    const xmlNode *last = r;
    for (const xmlNode *x = r; x; x = x->next) {
        if (x->type != XML_ELEMENT_NODE || is_w(x, "proofErr") || is_w(x, "bookmarkStart") || is_w(x, "bookmarkEnd"))
            continue;
        if (!is_w(x, "r") || run_kind_of(x) != RUN_MARK || raised(x) != up)
            break;
        runs_text(d, x, &m, in_cell);
        last = x;
    }
    if (tb_put_mark(t, &m, up) && in_cell && !d->glued_found) { /* 64 then a raised 1: L063 */
        d->glued_found = true;
        tb_last_word(t, d->glued, sizeof d->glued);
    }
    if (m.failed)
        t->failed = true;
    tb_free(&m);
    return last;
}

/* The characters of a w:t. A TAB, CR or LF written as a character (not
 * w:tab, w:br) is white space Word lays out in the line: a TAB outside a
 * table (as w:tab), a space inside a cell (a TAB there would start another
 * cell of the row: 6\t9 is not two cells), a line break never (Word breaks
 * a line only at w:br, w:cr or a paragraph's end): a space. */
static void put_text(textbuf *t, const char *s, bool in_cell)
{
    for (size_t i = 0, from = 0;; i++) {
        if (s[i] && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            continue;
        tb_put_at(t, s + from, i - from, 0);
        if (!s[i])
            return;
        tb_put_at(t, s[i] == '\t' && !in_cell ? "\t" : " ", 1, 0);
        from = i + 1;
    }
}

/* A w:sym (a character of a symbol font, Insert > Symbol): its w:char in
 * hex, read as Word shows it.
 * - Symbol (the font): its code (F020…F0FF, or 0020…00FF) is a character
 *   of the Symbol encoding: its digits 0…9, its + − , . ( ) % / = and the
 *   blank are those characters (Symbol's 1 then 08 is 108, its − a minus);
 *   any other of its glyphs (its bullet F0B7, Greek, arrows) a glyph, as a
 *   picture font's.
 * - A picture font (Wingdings, Webdings, Marlett, Dingbats: any font
 *   with its code in F020…F0FF, or such a font by name with a low code):
 *   a glyph, never a character: U+FFFD, so that a number it stands in is
 *   never read without it (787 written as 7, a glyph, 87 is not 87) —
 *   except a glyph leading its paragraph, nothing but blanks before it:
 *   a bullet, an ornament before a heading or a label (■ 三、收到和处理…,
 *   ➢ （二）部分公开), which Word draws and no reader reads: not read
 *   when words follow it in the paragraph (alone, or before a digit or a
 *   sign, it is U+FFFD: glyph_alone).
 * - Any other font: the Unicode character it names; a control, a
 *   surrogate, a private-use or non-character code U+FFFD. */
static bool picture_font(const char *f)
{
    static const char *const fonts[] = {"wingdings", "webdings", "marlett", "dingbats", "mt extra", NULL};
    if (!f)
        return false;
    for (size_t i = 0; fonts[i]; i++) {
        size_t n = strlen(fonts[i]);
        for (const char *q = f; *q; q++)
            if (strncasecmp(q, fonts[i], n) == 0)
                return true;
    }
    return false;
}

static uint32_t symbol_char(unsigned long c)
{
    c &= 0xFF;
    if ((c >= '0' && c <= '9') || c == '+' || c == ',' || c == '.' || c == '(' || c == ')' || c == '%' ||
        c == '/' || c == '=' || c == ' ')
        return (uint32_t)c;
    if (c == '-')
        return 0x2212; /* Symbol's minus */
    return 0xFFFD;
}

static void sym_text(dstate *d, textbuf *t, const xmlNode *c)
{
    const char *h = w_attr(c, "char");
    const char *font = w_attr(c, "font");
    char *end = NULL;
    unsigned long cp = h ? strtoul(h, &end, 16) : 0;
    bool bad = !h || end == h || *end;
    bool symbol = font && strcasecmp(font, "Symbol") == 0;
    bool glyph = false;
    if (!bad && symbol && ((cp >= 0xF020 && cp <= 0xF0FF) || (cp >= 0x20 && cp <= 0xFF))) {
        cp = symbol_char(cp);
        glyph = cp == 0xFFFD; /* Symbol's bullet F0B7, its arrows */
    } else if (!bad && ((cp >= 0xF020 && cp <= 0xF0FF) || (picture_font(font) && cp <= 0xFF))) {
        glyph = true;
        cp = 0xFFFD;
    } else if (bad || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xF900) ||
               (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || cp > 0x10FFFF) {
        cp = 0xFFFD;
    }
    if (glyph && d->para_buf == t) {
        size_t i = d->para_from;
        while (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t'))
            i++;
        if (i == t->len) {
            if (!d->bullet) {
                d->bullet = true; /* a bullet, when words follow it */
                d->bullet_at = t->len;
            }
            return;
        }
    }
    char u[4];
    tb_put_at(t, u, utf8_put(u, (uint32_t)cp), 0);
}

enum { DOCX_MAX_FIELDS = 64 };

/* A w:fldChar: a field opens in its code (begin), shows its result
 * (separate) or closes (end); fields nest. */
static void field_char(dstate *d, const xmlNode *c)
{
    const char *t = w_attr(c, "fldCharType");
    if (!t)
        return;
    if (strcmp(t, "begin") == 0) {
        if (d->fld_depth == 0)
            d->fld_instr_len = 0; /* an outermost field: its code from here */
        if (d->fld_depth < DOCX_MAX_FIELDS)
            d->fld_code = (d->fld_code << 1) | 1u;
        d->fld_depth++;
    } else if (strcmp(t, "separate") == 0 && d->fld_depth > 0 && d->fld_depth <= DOCX_MAX_FIELDS) {
        d->fld_code &= ~(uint64_t)1;
    } else if (strcmp(t, "end") == 0 && d->fld_depth > 0) {
        if (d->fld_depth <= DOCX_MAX_FIELDS)
            d->fld_code >>= 1;
        d->fld_depth--;
    }
}

/* A w:instrText of an open field: its code, kept (whole characters, up
 * to what the note holds) for the note of a field left open (L047). */
static void field_instr(dstate *d, const xmlNode *c)
{
    if (d->fld_depth <= 0)
        return;
    for (const xmlNode *x = c->children; x; x = x->next) {
        if (x->type != XML_TEXT_NODE || !x->content)
            continue;
        const char *s = (const char *)x->content;
        size_t n = strlen(s), room = sizeof d->fld_instr - 1 - d->fld_instr_len;
        if (n > room) {
            n = room;
            while (n && ((uint8_t)s[n] & 0xC0) == 0x80)
                n--; /* whole characters */
        }
        memcpy(d->fld_instr + d->fld_instr_len, s, n);
        d->fld_instr_len += n;
    }
}

/* Is the text being read a field's code, shown by no reader? */
static bool in_field_code(const dstate *d)
{
    return d->fld_code != 0 || d->fld_depth > DOCX_MAX_FIELDS;
}

/* The text of a run container (a paragraph, a hyperlink, an insertion):
 * w:t text, w:tab a TAB (a space inside a cell), w:br a line break (a
 * space inside a cell). What Word does not show is not text: deleted and
 * moved-away text (w:del, w:moveFrom), field codes, hidden and struck-out
 * runs, the branches of an mc:AlternateContent not shown. */
static void runs_text(dstate *d, const xmlNode *n, textbuf *t, bool in_cell)
{
    if (++d->depth > DOCX_MAX_DEPTH) {
        d->depth--;
        return;
    }
    bool plc = placeholder_shown(n);
    int outer = d->placeholder;
    d->placeholder += plc;
    if (d->placeholder && is_w(n, "r") && !prompt_run(d, n))
        d->placeholder = 0; /* the report's own text in the control */
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(c, "fldChar")) {
            field_char(d, c);
        } else if (in_field_code(d) && (is_w(c, "t") || is_w(c, "tab") || is_w(c, "br") || is_w(c, "cr") ||
                                        is_w(c, "txbxContent"))) {
            continue; /* a field's code: { = { REF a } + 1 }'s inner result */
        } else if (is_w(c, "sym") && !in_field_code(d) && !d->placeholder) {
            sym_text(d, t, c);
        } else if (is_w(c, "t")) {
            for (const xmlNode *x = c->children; x; x = x->next)
                if (x->type == XML_TEXT_NODE && x->content && d->placeholder)
                    placeholder_text(d, (const char *)x->content, strlen((const char *)x->content));
                else if (x->type == XML_TEXT_NODE && x->content)
                    put_text(t, (const char *)x->content, in_cell);
        } else if (d->placeholder && (is_w(c, "tab") || is_w(c, "br") || is_w(c, "cr"))) {
            continue; /* the prompt's layout: nothing */
        } else if (is_w(c, "tab")) {
            tb_put_at(t, in_cell ? " " : "\t", 1, 0);
        } else if (is_w(c, "br") || is_w(c, "cr")) {
            tb_put_at(t, in_cell ? " " : "\n", 1, 0);
        } else if (is_w(c, "instrText")) {
            field_instr(d, c); /* a code: not shown */
        } else if (is_w(c, "delText") || is_w(c, "del") || is_w(c, "rt") ||
                   is_w(c, "moveFrom") || is_w(c, "rPr") || is_w(c, "pPr")) {
            continue;
        } else if (is_mc(c, "AlternateContent")) {
            const xmlNode *shown = alternate_shown(c);
            alternate_lost(d, c, shown);
            if (shown)
                runs_text(d, shown, t, in_cell);
        } else if (is_w(c, "tbl")) {
            table_text(d, c, t, true); /* inside a paragraph: its text */
        } else if (is_w(c, "txbxContent") &&
                   (!box_inline(c) || (!in_cell && holds_table(c, d->depth) && box_alone(c)))) {
            /* holds_table first: it walks the box only; box_alone walks
             * the whole paragraph, asked of every box it was quadratic
             * in a paragraph of many boxes (c12: 1000 boxes 1.25 G) */
            box_found(d, c, t); /* read after the paragraph (box_lines) */
        } else if (is_w(c, "txbxContent") && !in_cell && box_leads(d, c, t)) {
            lead_box(d, c, t); /* lines of its own, before the paragraph's text */
        } else if (is_w(c, "txbxContent")) {
            inline_box(d, c, t, in_cell, false); /* in the line, a story of its own */
        } else if (is_w(c, "r") && run_kind_of(c) == RUN_UNSEEN) {
            /* no text, yet its fields' structure: a hidden separate
             * still ends the field's code (Word shows the result) */
            for (const xmlNode *x = c->children; x; x = x->next)
                if (is_w(x, "fldChar"))
                    field_char(d, x);
        } else if (is_w(c, "r") && run_kind_of(c) == RUN_MARK) {
            c = mark_text(d, c, t, in_cell);
        } else {
            runs_text(d, c, t, in_cell); /* w:r, w:hyperlink, w:ins, w:sdt … */
        }
    }
    d->placeholder = outer;
    d->depth--;
}

/* A paragraph (or another block of a cell): its runs, after the number
 * Word's automatic numbering shows before it (docx_num.c), as a reader
 * sees the page; a number the text already prints is not written twice. */
static void paragraph_text_fields(dstate *d, const xmlNode *p, textbuf *t, bool in_cell);

/* The fields open at a paragraph's end (fld_code, fld_depth) */
typedef struct fld_state {
    uint64_t code;
    int depth;
} fld_state;

static bool fld_state_in_code(fld_state f)
{
    return f.code != 0 || f.depth > DOCX_MAX_FIELDS;
}

/* Do the blocks from n on (the paragraphs after one, in its cell, its
 * text box or the body) take the fields open in their code, f, out of
 * it: does each reach its separate or its end? The w:fldChar read in
 * document order, as runs_text meets them (deleted text not). */
static bool fld_leaves_code(const xmlNode *n, fld_state *f, int depth)
{
    for (; n && depth < DOCX_MAX_DEPTH; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || is_w(n, "del") || is_w(n, "moveFrom") || is_w(n, "rPr") || is_w(n, "pPr"))
            continue;
        if (is_w(n, "fldChar")) {
            const char *t = w_attr(n, "fldCharType");
            if (!t)
                continue;
            if (strcmp(t, "begin") == 0) {
                if (f->depth < DOCX_MAX_FIELDS)
                    f->code = (f->code << 1) | 1u;
                f->depth++;
            } else if (strcmp(t, "separate") == 0 && f->depth > 0 && f->depth <= DOCX_MAX_FIELDS) {
                f->code &= ~(uint64_t)1;
            } else if (strcmp(t, "end") == 0 && f->depth > 0) {
                if (f->depth <= DOCX_MAX_FIELDS)
                    f->code >>= 1;
                f->depth--;
            }
            if (!fld_state_in_code(*f))
                return true;
        } else if (fld_leaves_code(n->children, f, depth + 1)) {
            return true;
        }
    }
    return false;
}

/* A paragraph, with the fields the paragraph before it in the same run of
 * blocks (a cell's, a text box's, the body's) left open (*carry, zero for
 * the first): a field's code may hold paragraph marks (an IF whose text
 * runs over two paragraphs of a cell: { IF { REF x } > 0 ¶ "{ REF y }" }),
 * so does its result (a LINK, a table of contents). A field whose code is
 * still open at the paragraph's end goes on in the next paragraph only
 * when a later block takes it out of its code (its separate or end): a
 * field that never leaves its code (a damaged begin) hides no text of the
 * paragraphs after it. */
/* The fields open at the end of block p (d->fld_code, fld_depth) into
 * *carry for the block after it. True when a field is left open for good:
 * still in its code and never taken out of it by a later block of the
 * story (then nothing is carried). */
static bool fld_carry_after(const dstate *d, const xmlNode *p, fld_state *carry)
{
    fld_state f = {d->fld_code, d->fld_depth};
    fld_state probe = f;
    if (!fld_state_in_code(f) || fld_leaves_code(p->next, &probe, 0)) {
        *carry = f;
        return false;
    }
    *carry = (fld_state){0, 0};
    return true;
}

/* A story of a cell (its paragraphs, a text box's) ends with a field
 * open (left open for good, or still open at the end: carry): the cell's
 * note, L047, quotes the field's code. */
static void fld_story_end(dstate *d, bool open, fld_state carry)
{
    if ((!open && carry.depth == 0) || d->fld_open_found)
        return;
    d->fld_open_found = true;
    size_t n = d->fld_instr_len, a = 0;
    while (a < n && d->fld_instr[a] == ' ')
        a++;
    while (n > a && d->fld_instr[n - 1] == ' ')
        n--;
    memcpy(d->fld_open, d->fld_instr + a, n - a);
    d->fld_open[n - a] = 0;
}

/* The fields' state of the story read so far, kept while another story
 * (an inline text box) is read */
typedef struct fld_keep {
    uint64_t code;
    int depth;
    size_t instr_len;
    char instr[GRID_HIDDEN_TEXT];
} fld_keep;

static void fld_save(const dstate *d, fld_keep *k)
{
    k->code = d->fld_code;
    k->depth = d->fld_depth;
    k->instr_len = d->fld_instr_len;
    memcpy(k->instr, d->fld_instr, sizeof k->instr);
}

static void fld_restore(dstate *d, const fld_keep *k)
{
    d->fld_code = k->code;
    d->fld_depth = k->depth;
    d->fld_instr_len = k->instr_len;
    memcpy(d->fld_instr, k->instr, sizeof d->fld_instr);
}

/* An inline text box (box_inline): read in the line, as base read it,
 * but a story of its own, as Word keeps it: a field open in the host
 * paragraph does not reach into the box, nor one open in the box out of
 * it; its paragraphs carry their fields as a cell's do, and a field left
 * open at the box's end in a cell is the cell's note (L047). With lines
 * (a box leading its paragraph, lead_box), each of its blocks that shows
 * text is a line of its own. */
static void inline_box(dstate *d, const xmlNode *box, textbuf *t, bool in_cell, bool lines)
{
    fld_keep host;
    fld_save(d, &host);
    fld_state carry = {0, 0};
    bool open = false, wrote = false;
    for (const xmlNode *c = box->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        d->fld_code = carry.code;
        d->fld_depth = carry.depth;
        size_t at = t->len;
        runs_text(d, c, t, in_cell);
        open |= fld_carry_after(d, c, &carry);
        if (lines && !blank_from(t, at)) {
            if (wrote)
                tb_insert_at(t, at, "\n", 1, 0);
            wrote = true;
        }
    }
    if (in_cell)
        fld_story_end(d, open, carry);
    fld_restore(d, &host);
}

/* Text boxes leading a paragraph of the body (Word and WPS anchor a box
 * at the paragraph's start, before a heading's own text: （单位：件） then
 * 三、收到和处理政府信息公开申请情况): the box's paragraphs and the
 * paragraph's own text are lines of their own, in the document's order,
 * never one line (the heading read as prose, the section lost). A box
 * leads when the paragraph holds nothing but blanks before it, or only
 * the lines of the boxes before it; an inline box after the text or amid
 * it stays in the line (a number in a sentence), and so does one after a
 * soft break (w:br, written as a line end: 70 after 收到申请 and a break,
 * then 件，办结69件。 is one sentence Word merely wrapped). One holding a table is
 * read as before (box_alone). Cost: a look back over the line's trailing
 * blanks, and holds_table's walk of the box: linear. */
static bool box_leads(const dstate *d, const xmlNode *box, const textbuf *t)
{
    if (d->para_buf != t || !box_inline(box) || holds_table(box, d->depth))
        return false;
    if (d->lead_end && t->len == d->lead_end)
        return true;
    for (size_t i = t->len; i > d->para_from; i--) {
        char ch = t->s[i - 1];
        if (ch != ' ' && ch != '\t')
            return false; /* text, or a soft break (w:br) before it: in the line */
    }
    return true;
}

/* A box leading its paragraph (box_leads): its blocks' lines, a line
 * after those of a box before it; where they end kept (lead_end) for the
 * paragraph's own text to start a line there (lead_line). */
static void lead_box(dstate *d, const xmlNode *box, textbuf *t)
{
    size_t at = t->len;
    bool after_box = d->lead_end && d->lead_end == at;
    inline_box(d, box, t, false, true);
    if (blank_from(t, at)) {
        if (after_box)
            d->lead_end = t->len;
        return;
    }
    if (after_box)
        tb_insert_at(t, at, "\n", 1, 0);
    d->lead_end = t->len;
}

/* After a paragraph's runs: its own text after the leading boxes' lines
 * (lead_box) starts a line of its own. Returns where that text starts in
 * t, 0 when no box leads it or nothing follows the boxes. */
static size_t lead_line(dstate *d, textbuf *t)
{
    size_t e = d->lead_end;
    d->lead_end = 0;
    if (!e || e > t->len || blank_from(t, e))
        return 0;
    tb_insert_at(t, e, "\n", 1, 0);
    return e + 1;
}

/* Block p of a story read with the fields *carry holds (NULL: none, the
 * block a story of its own); true when a field is left open for good in
 * it (fld_carry_after). */
static bool paragraph_text_carry(dstate *d, const xmlNode *p, textbuf *t, bool in_cell, fld_state *carry)
{
    uint64_t code = d->fld_code;
    int depth = d->fld_depth;
    const textbuf *pb = d->para_buf;
    size_t pf = d->para_from, le = d->lead_end;
    bool bullet = d->bullet;
    size_t bullet_at = d->bullet_at;
    bool open = false;
    d->fld_code = carry ? carry->code : 0;
    d->fld_depth = carry ? carry->depth : 0;
    paragraph_text_fields(d, p, t, in_cell);
    if (carry)
        open = fld_carry_after(d, p, carry);
    d->fld_code = code;
    d->fld_depth = depth;
    d->para_buf = pb;
    d->para_from = pf;
    d->lead_end = le;
    d->bullet = bullet;
    d->bullet_at = bullet_at;
    return open;
}


/* A symbol font's glyph leading a paragraph is a bullet when words follow
 * it; with nothing after it, or before what may be a value (a digit, a
 * sign: a glyph then 08 is no 8), it is a glyph in its own right
 * (sym_text): U+FFFD where it stood. */
static void glyph_alone(dstate *d, textbuf *t)
{
    static const char *const sign[] = {"+", "-", "\xE2\x88\x92", "\xEF\xBC\x8D", "\xEF\xBC\x8B", NULL};
    if (!d->bullet)
        return;
    d->bullet = false;
    size_t i = d->bullet_at;
    while (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t'))
        i++;
    if (i < t->len && !tb_digit_at(t->s, t->len, i) && !tb_one_of(t->s, t->len, i, sign))
        return;
    tb_insert_at(t, d->bullet_at, "\xEF\xBF\xBD", 3, 0);
}

/* Nothing but blanks in t from `from` on? */
static bool blank_from(const textbuf *t, size_t from)
{
    for (size_t i = from; i < t->len; i++)
        if (t->s[i] != ' ' && t->s[i] != '\t' && t->s[i] != '\n' && t->s[i] != '\r')
            return false;
    return true;
}

/* Is the mark ending paragraph p deleted or moved away (w:pPr/w:rPr/w:del,
 * w:moveFrom, a tracked change)? Word shows the paragraph and the next one
 * as one: 1 ¶(deleted) 08 is 108. */
static bool mark_removed(const xmlNode *p)
{
    const xmlNode *rpr = is_w(p, "p") ? child_w(child_w(p, "pPr"), "rPr") : NULL;
    return rpr && (child_w(rpr, "del") || child_w(rpr, "moveFrom"));
}

/* A mark of a range between blocks (a bookmark's, a comment's, a move's,
 * a permission's, proofing): no block of its own. */
static bool range_mark(const xmlNode *c)
{
    static const char *const ranges[] = {"bookmarkStart",      "bookmarkEnd",      "commentRangeStart",
                                         "commentRangeEnd",    "moveFromRangeStart", "moveFromRangeEnd",
                                         "moveToRangeStart",   "moveToRangeEnd",   "permStart",
                                         "permEnd",            "proofErr",         NULL};
    for (int i = 0; ranges[i]; i++)
        if (is_w(c, ranges[i]))
            return true;
    return false;
}

/* Is the block after n in its story a paragraph (range_mark between
 * skipped)? Only then can n's removed mark join them: a paragraph before
 * a table, or a cell's last, stays its own line. */
static bool paragraph_next(const xmlNode *n)
{
    for (const xmlNode *c = n->next; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(c, "p"))
            return true;
        if (!range_mark(c))
            return false;
    }
    return false;
}

/* Is there a block after n in its cell (range_mark skipped)? A cell's
 * last paragraph mark is the cell's end, which Word does not let a
 * tracked deletion remove: that paragraph stays, numbered and counted. */
static bool block_next(const xmlNode *n)
{
    for (const xmlNode *c = n->next; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !range_mark(c) && !is_w(c, "tcPr"))
            return true;
    return false;
}

/* Paragraph p's text, its list label first when it is numbered (counted
 * now). A paragraph that continues a line whose mark was removed
 * (d->joined) has no label of its own and is not counted, as Word shows
 * the two as one paragraph; one whose mark is removed and that shows
 * nothing (its text all deleted too: a list item deleted) has none either,
 * and the next keeps its own, whether the next is a paragraph, a table or
 * a content control's (a deleted 二、 takes no number from the heading
 * after it). */
static void paragraph_text_fields(dstate *d, const xmlNode *p, textbuf *t, bool in_cell)
{
    char label[160];
    const char *core = NULL;
    size_t ncore = 0;
    d->bullet = false;
    d->lead_end = 0;
    if (!d->num || !is_w(p, "p")) {
        d->para_buf = t;
        d->para_from = t->len;
        runs_text(d, p, t, in_cell);
        glyph_alone(d, t);
        lead_line(d, t);
        return;
    }
    textbuf body;
    memset(&body, 0, sizeof body);
    d->para_buf = &body;
    d->para_from = 0;
    runs_text(d, p, &body, in_cell);
    glyph_alone(d, &body);
    size_t own = lead_line(d, &body); /* the label leads the paragraph's own text, not its boxes' */
    size_t n = d->joined || (d->mark_gone && blank_from(&body, 0))
                   ? 0
                   : docx_number_paragraph(d->num, p, label, sizeof label, &core, &ncore);
    if (own)
        tb_append_range(t, &body, 0, own);
    if (n && !list_num_typed(body.s + own, body.len - own, label, n, core, ncore))
        tb_put_at(t, label, n, 0);
    if (own)
        tb_append_range(t, &body, own, body.len);
    else
        tb_append(t, &body);
    if (body.failed)
        t->failed = true;
    tb_free(&body);
}

/* The text of a cell: its paragraphs one after another with a line break
 * between them, which grid.c writes as HTML's block boundary is written
 * (a space, nothing between CJK characters): `15` ¶ `34` is two numbers,
 * never 1534. Empty paragraphs add nothing. */
static void cell_boxes(dstate *d, size_t base, textbuf *t);

static void chunk_in_cell(dstate *d, const xmlNode *c, textbuf *t);

/* Does n, a content control or custom XML of a cell, hold a w:altChunk
 * (through more such wrappers, depth levels at most)? */
static bool wraps_chunk(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth > 0; c = c->next)
        if (is_w(c, "altChunk") ||
            ((is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) && wraps_chunk(c, depth - 1)))
            return true;
    return false;
}

static void cell_text(dstate *d, const xmlNode *tc, textbuf *t)
{
    fld_state carry = {0, 0};
    bool open = false, joining = false;
    textbuf p;
    size_t base = 0;
    for (const xmlNode *c = tc->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "tcPr") || is_w(c, "sdtPr") || is_w(c, "sdtEndPr") ||
            is_w(c, "customXmlPr"))
            continue;
        if (is_w(c, "altChunk")) {
            chunk_in_cell(d, c, t);
            continue;
        }
        /* a chunk inside a content control or custom XML of the cell: its
         * blocks read as the cell's own, the chunk among them */
        if ((is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) && d->depth < DOCX_MAX_DEPTH &&
            wraps_chunk(c, 4)) {
            d->depth++;
            cell_text(d, c, t);
            d->depth--;
            continue;
        }
        if (joining && range_mark(c))
            continue; /* between the paragraphs joined */
        if (!joining) {
            memset(&p, 0, sizeof p);
            base = d->nboxes;
        }
        /* a paragraph whose mark is removed: the next one's text goes on
         * in its block (mark_removed) */
        bool join = mark_removed(c) && paragraph_next(c);
        d->mark_gone = mark_removed(c) && block_next(c);
        open |= paragraph_text_carry(d, c, &p, true, &carry);
        d->mark_gone = false;
        if (join) {
            d->joined |= !blank_from(&p, 0);
            joining = true;
            continue;
        }
        d->joined = joining = false;
        tb_cell_block(t, &p);
        tb_free(&p);
        cell_boxes(d, base, t);
    }
    if (joining) { /* never: a paragraph follows each joined one (paragraph_next) */
        d->joined = false;
        tb_cell_block(t, &p);
        tb_free(&p);
        cell_boxes(d, base, t);
    }
    fld_story_end(d, open, carry);
}

/* The text boxes anchored in a block of a cell (from base on): a box of
 * prose or of a label (1.本机关不掌握相关政府信息) is a block of the cell
 * after it (the cell's text when its own is empty); a box of a footnote
 * mark (注1, ①, ※) after the cell's number is the number's mark; a box whose text
 * reads as a number (reads_as_number) is not read into the cell: which number the cell holds, its own, the box's or
 * both, cannot be read where a box floats over it (its note, L045, is
 * the cell's: d->box). A box is a story of its own: a field left open in
 * it costs the box's text, never the cell's own (a label's, a number's):
 * the box is not read, its note, L049, is the cell's (d->boxfld). */
static void cell_boxes(dstate *d, size_t base, textbuf *t)
{
    size_t end = d->nboxes;
    for (size_t i = base; i < end; i++) {
        textbuf b;
        memset(&b, 0, sizeof b);
        fld_keep host;
        fld_save(d, &host);
        bool cell_open = d->fld_open_found;
        char cell_code[sizeof d->fld_open];
        if (cell_open)
            memcpy(cell_code, d->fld_open, sizeof cell_code); /* the cell's own, which L047 quotes */
        d->fld_open_found = false;
        cell_text(d, d->boxes[i], &b); /* a story of its own */
        fld_restore(d, &host);
        bool box_open = d->fld_open_found;
        d->fld_open_found = cell_open;
        if (box_open) {
            /* where the box's field stops cannot be read: nor so its text */
            if (!d->boxfld_found)
                memcpy(d->boxfld, d->fld_open, sizeof d->boxfld);
            d->boxfld_found = true;
            if (cell_open)
                memcpy(d->fld_open, cell_code, sizeof cell_code);
            if (b.failed)
                t->failed = true;
        } else if (tb_ends_in_digit(t) && tb_reads_as_mark(&b)) {
            /* 8 and a box of 注1 floating by it: the number's footnote
             * mark, written as a raised run's is (8⁽注1⁾, P036) */
            size_t from = 0, to = b.len;
            while (from < to && (b.s[from] == ' ' || b.s[from] == '\n'))
                from++;
            while (to > from && (b.s[to - 1] == ' ' || b.s[to - 1] == '\n'))
                to--;
            tb_put_at(t, "\u207D", 3, 0);
            tb_append_range(t, &b, from, to);
            tb_put_at(t, "\u207E", 3, 0);
            if (b.failed)
                t->failed = true;
        } else if (tb_reads_as_number(&b)) {
            if (!d->box_found) {
                size_t len = b.len < sizeof d->box - 1 ? b.len : sizeof d->box - 1;
                while (len < b.len && len && ((uint8_t)b.s[len] & 0xC0) == 0x80)
                    len--; /* whole characters */
                for (size_t k = 0; k < len; k++)
                    d->box[k] = b.s[k] == '\n' ? ' ' : b.s[k];
                d->box[len] = 0;
            }
            d->box_found = true;
            if (b.failed)
                t->failed = true;
        } else {
            tb_cell_block(t, &b);
        }
        tb_free(&b);
    }
    d->nboxes = base;
}

/* gridSpan of a cell, 1 when absent */
static int grid_span(const xmlNode *tc)
{
    const xmlNode *g = child_w(child_w(tc, "tcPr"), "gridSpan");
    const char *v = g ? w_val(g) : NULL;
    int n = v ? atoi(v) : 1;
    return n < 1 ? 1 : n > GRID_MAX_SPAN ? GRID_MAX_SPAN : n;
}

/* vMerge: 0 none, 1 restart (a merge starts here), 2 continue (the cell
 * belongs to the one above) */
static int v_merge(const xmlNode *tc)
{
    const xmlNode *m = child_w(child_w(tc, "tcPr"), "vMerge");
    if (!m)
        return 0;
    const char *v = w_val(m);
    return v && strcmp(v, "restart") == 0 ? 1 : 2;
}

/* Where a vertical merge started, by grid column: the row and the cell's
 * index in it. */
typedef struct merge_top {
    size_t row, cell;
    bool open;
} merge_top;

/* Does the element only wrap rows or cells, as Word shows them? A content
 * control (w:sdt, its w:sdtContent) or custom XML (w:customXml) around
 * rows or cells: a form's fields, a repeating section. */
static bool wraps_rows_or_cells(const xmlNode *n)
{
    return is_w(n, "sdt") || is_w(n, "sdtContent") || is_w(n, "customXml");
}

/* The w:tc under n (a w:tr, or a content control or custom XML in it),
 * in order, into the grid from column *col: cells placed by grid
 * column; a vMerge continuation lengthens the rowspan of the cell its
 * merge started in. False when the grid is full. */
static bool row_cells_in(dstate *d, const xmlNode *n, grid *g, merge_top *tops, size_t *col, int depth)
{
    for (const xmlNode *tc = n->children; tc; tc = tc->next) {
        if (wraps_rows_or_cells(tc) && depth < 8) {
            bool plc = placeholder_shown(tc);
            d->placeholder += plc;
            bool room = row_cells_in(d, tc, g, tops, col, depth + 1);
            d->placeholder -= plc;
            if (!room)
                return false;
            continue;
        }
        if (is_mc(tc, "AlternateContent") && depth < 8) { /* cells in the branch shown */
            const xmlNode *shown = alternate_shown(tc);
            d->lost_found = false;
            alternate_lost(d, tc, shown);
            grid_row *r = g->n ? &g->rows[g->n - 1] : NULL;
            if (d->lost_found && r && !r->hidden_code) { /* cells of a Choice not read: told at the row's end */
                r->hidden_code = XXGK_P_CHOICE_TEXT_UNREAD;
                snprintf(r->hidden, sizeof r->hidden, "%s", d->lost);
            }
            d->lost_found = false;
            if (shown && !row_cells_in(d, shown, g, tops, col, depth + 1))
                return false;
            continue;
        }
        if (!is_w(tc, "tc") || child_w(child_w(tc, "tcPr"), "cellDel"))
            continue; /* a cell deleted with tracked changes takes no column */
        int span = grid_span(tc), m = v_merge(tc);
        if (*col >= GRID_MAX_COLS)
            return false;
        if (m == 2 && tops[*col].open) {
            grid_cell *top = &g->rows[tops[*col].row].cells[tops[*col].cell];
            top->rowspan++;
            *col += (size_t)span;
            continue;
        }
        grid_cell *c = grid_cell_start(g, 1, span, 0);
        if (!c)
            return false;
        d->plc_found = false;
        d->box_found = d->lost_found = d->glued_found = false;
        d->chunk_found = 0;
        bool outer_open = d->fld_open_found; /* a table in a paragraph of a cell: the outer cell's */
        bool outer_boxfld = d->boxfld_found;
        d->fld_open_found = d->boxfld_found = false;
        cell_text(d, tc, &c->text);
        tb_trim_end(&c->text);
        if (d->fld_open_found) {
            /* a field still open when the cell ends: where its code or
             * result stops cannot be read, nor so the cell's text; read
             * as empty, told at the cell (a guess is no reading) */
            c->text.len = 0;
            c->hidden_at = 1;
            c->hidden_code = XXGK_L_FIELD_OPEN;
            snprintf(c->hidden, sizeof c->hidden, "%s", d->fld_open);
            d->plc_found = false;
        } else if (d->plc_found && placeholder_note(d)) { /* a placeholder in the cell: told at the cell's start */
            c->hidden_at = 1;
            c->hidden_code = XXGK_L_PLACEHOLDER;
            snprintf(c->hidden, sizeof c->hidden, "%s", d->plc);
            d->plc_found = false;
        } else if (d->boxfld_found) {
            /* a box of the cell with a field left open: not read. A cell
             * of words (a label) keeps them, L049; a cell whose own text
             * holds a digit or nothing may hold the rest of its number, or
             * all of it, in the box (6 and a box of 3 for 63): read as
             * empty, as a field open in the cell is (L047) */
            c->hidden_at = 1;
            c->hidden_code = XXGK_L_BOX_FIELD_OPEN;
            if (!words_no_digit(&c->text)) {
                c->text.len = 0;
                c->hidden_code = XXGK_L_FIELD_OPEN;
            }
            snprintf(c->hidden, sizeof c->hidden, "%s", d->boxfld);
            d->plc_found = false;
        } else if (d->box_found) { /* a text box of digits in the cell: told at its start */
            c->hidden_at = 1;
            c->hidden_code = XXGK_L_BOX_IN_CELL;
            snprintf(c->hidden, sizeof c->hidden, "%s", d->box);
        } else if (d->lost_found) { /* text of a Choice not read: told at its start */
            c->hidden_at = 1;
            c->hidden_code = XXGK_P_CHOICE_TEXT_UNREAD;
            snprintf(c->hidden, sizeof c->hidden, "%s", d->lost);
        } else if (d->chunk_found) { /* an altChunk in the cell: told at its start */
            c->hidden_at = 1;
            c->hidden_code = d->chunk_found;
            snprintf(c->hidden, sizeof c->hidden, "%s", d->chunk);
        }
        if (d->glued_found) /* raised digits after the number's: told at its start, besides the above */
            snprintf(c->glued, sizeof c->glued, "%s", d->glued);
        d->box_found = d->lost_found = d->glued_found = false;
        d->chunk_found = 0;
        d->fld_open_found = outer_open;
        d->boxfld_found = outer_boxfld;
        merge_top t = {g->n - 1, g->rows[g->n - 1].n - 1, m == 1};
        for (int j = 0; j < span && *col + (size_t)j < GRID_MAX_COLS; j++)
            tops[*col + (size_t)j] = t;
        *col += (size_t)span;
    }
    return true;
}

/* One w:tr into the grid. */
static void row_cells(dstate *d, const xmlNode *tr, grid *g, merge_top *tops)
{
    grid_row_start(g, 0);
    size_t col = 0;
    const xmlNode *before = child_w(child_w(tr, "trPr"), "gridBefore");
    if (before && w_val(before))
        col = (size_t)atoi(w_val(before)) < GRID_MAX_COLS ? (size_t)atoi(w_val(before)) : 0;
    row_cells_in(d, tr, g, tops, &col, 0);
}

/* The w:tr under n (a w:tbl, or a content control or custom XML around
 * rows), in order, into the grid. */
static void table_rows(dstate *d, const xmlNode *n, grid *g, merge_top *tops, int depth)
{
    for (const xmlNode *tr = n->children; tr; tr = tr->next) {
        if (is_w(tr, "tr") && !child_w(child_w(tr, "trPr"), "del"))
            row_cells(d, tr, g, tops); /* a row deleted with tracked changes is in no final view */
        else if (wraps_rows_or_cells(tr) && depth < 8) {
            bool plc = placeholder_shown(tr);
            d->placeholder += plc;
            table_rows(d, tr, g, tops, depth + 1);
            d->placeholder -= plc;
        }
        else if (is_mc(tr, "AlternateContent") && depth < 8 && alternate_shown(tr))
            table_rows(d, alternate_shown(tr), g, tops, depth + 1); /* rows in the branch shown */
    }
}

/* table_cont := w:tbl gap w:tbl(header again, rows) (grid_emit_continued):
 * a table Word's user split (a page break or an empty paragraph between,
 * Ctrl+Shift+Enter) or whose header was typed again on the next page,
 * with （续表） or nothing between. Two tables of one story only (the
 * same parent: the body, a cell, a box). */
static bool same_story(const dstate *d, const xmlNode *tbl, const textbuf *out)
{
    return d->tail_parent == tbl->parent && d->tail_buf == out;
}

/* A w:tbl: its rows as lines into out; a table inside a cell is read
 * into the cell as text. */
static void table_text(dstate *d, const xmlNode *tbl, textbuf *out, bool in_cell)
{
    grid g;
    memset(&g, 0, sizeof g);
    merge_top *tops = calloc(GRID_MAX_COLS + GRID_MAX_SPAN, sizeof *tops);
    if (!tops) {
        out->failed = true;
        return;
    }
    table_rows(d, tbl, &g, tops, 0);
    free(tops);
    if (in_cell) {
        textbuf lines;
        memset(&lines, 0, sizeof lines);
        grid_emit(&g, &lines, NULL); /* offsets not the text's */
        for (size_t i = 0; i < lines.len; i++)
            if (lines.s[i] == '\n' || lines.s[i] == '\t')
                lines.s[i] = ' ';
        tb_append(out, &lines);
        tb_free(&lines);
    } else {
        size_t from = out->len;
        size_t again = grid_emit_continued(&g, &d->tail, &d->tail_out, same_story(d, tbl, out), out, &d->notes);
        /* one line per row, in order (the rows of Word's table: a
         * repeated header dropped still counted) */
        uint32_t t = ++d->tables, row = (uint32_t)again;
        for (size_t i = from; i < out->len; i++)
            if (out->s[i] == '\n')
                add_place(d, (doc_place){t, ++row});
        d->tail_parent = tbl->parent;
        d->tail_buf = out;
    }
    if (g.failed)
        out->failed = true;
    grid_free(&g);
}

/* Has the node text of its own (a w:t not blank) outside any text box?
 * Walks it once, boxes skipped, at most DOCX_MAX_DEPTH deep. */
static bool own_text(const xmlNode *n, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return false;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "txbxContent"))
            continue;
        if (is_w(c, "t")) {
            for (const xmlNode *x = c->children; x; x = x->next)
                for (const xmlChar *q = x->type == XML_TEXT_NODE ? x->content : NULL; q && *q; q++)
                    if (*q != ' ' && *q != '\t')
                        return true;
            continue;
        }
        if (own_text(c, depth + 1))
            return true;
    }
    return false;
}

/* box_alone: is the text box its paragraph's only content (no text of the
 * paragraph's own, own_text, around it)? Then its blocks read after the
 * paragraph stand where the page shows them; with text around it, they
 * would move past that text (a box before a heading's words read after
 * them), so it is read in place. Cost: a walk of the paragraph per such
 * box (boxes holding a table only). */
static bool box_alone(const xmlNode *box)
{
    const xmlNode *p = box->parent;
    while (p && p->type == XML_ELEMENT_NODE && !is_w(p, "p"))
        p = p->parent;
    if (!p || p->type != XML_ELEMENT_NODE)
        return false;
    /* the box's own paragraphs are inside it: its anchoring one is the
     * first w:p above it */
    return !own_text(p, 0);
}

/* Does the table hold a table (in a cell, a content control, a
 * paragraph of a cell …)? Then it is a layout table, as HTML's: Word
 * files made by pasting a web page that laid its report out in tables. */
static bool holds_table(const xmlNode *n, int depth)
{
    if (depth > DOCX_MAX_DEPTH)
        return false;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "tblPr") || is_w(c, "tblGrid") || is_w(c, "trPr") ||
            is_w(c, "tcPr") || is_w(c, "rPr") || is_w(c, "pPr"))
            continue;
        if (is_mc(c, "AlternateContent")) { /* the branch shown only */
            const xmlNode *shown = alternate_shown(c);
            if (shown && holds_table(shown, depth + 1))
                return true;
            continue;
        }
        if (is_w(c, "tbl") || holds_table(c, depth + 1))
            return true;
    }
    return false;
}

/* The cells of a row (a w:tr, or a content control, custom XML or the
 * branch shown of an mc:AlternateContent in it), as row_cells_in places
 * them: a cell deleted with tracked changes is none. */
static size_t row_cell_count(const xmlNode *n, int depth)
{
    size_t k = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (wraps_rows_or_cells(c) && depth < 8)
            k += row_cell_count(c, depth + 1);
        else if (is_mc(c, "AlternateContent") && depth < 8 && alternate_shown(c))
            k += row_cell_count(alternate_shown(c), depth + 1);
        else if (is_w(c, "tc") && !child_w(child_w(c, "tcPr"), "cellDel"))
            k++;
    }
    return k;
}

/* Does every row under n (a w:tbl, or what wraps rows in it) hold one
 * cell? Counts the rows in *rows; a row deleted with tracked changes is
 * none, as table_rows reads them. */
static bool rows_one_cell(const xmlNode *n, int depth, size_t *rows)
{
    for (const xmlNode *tr = n->children; tr; tr = tr->next) {
        if (is_w(tr, "tr") && !child_w(child_w(tr, "trPr"), "del")) {
            if (row_cell_count(tr, 0) != 1)
                return false;
            ++*rows;
        } else if (wraps_rows_or_cells(tr) && depth < 8) {
            if (!rows_one_cell(tr, depth + 1, rows))
                return false;
        } else if (is_mc(tr, "AlternateContent") && depth < 8 && alternate_shown(tr)) {
            if (!rows_one_cell(alternate_shown(tr), depth + 1, rows))
                return false;
        }
    }
    return true;
}

/* Is the table one column (every row a single cell)? Then it is a frame,
 * a layout table too: some offices put the whole report (its headings,
 * its prose, its tables written as lines) in one cell for a border. A
 * statistics table puts its labels and numbers in cells of their own, so
 * has two columns at least; a cell of one column is a box of text, read
 * as the body's lines (the numbers on lines of their own a cell would
 * lose, L037, read as the text grammar reads them). */
static bool one_column(const xmlNode *tbl)
{
    size_t rows = 0;
    return rows_one_cell(tbl, 0, &rows) && rows > 0;
}

/* The text of n's runs (w:t) as Word shows it, for the frame test: text
 * deleted with tracked changes (w:del) and inner tables left out. */
static void plain_text(const xmlNode *n, textbuf *t, int depth)
{
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "del") || is_w(c, "tbl") || is_w(c, "instrText") ||
            is_w(c, "pPr") || is_w(c, "rPr"))
            continue;
        if (is_w(c, "t")) {
            for (const xmlNode *x = c->children; x; x = x->next)
                if (x->content)
                    tb_put_at(t, (const char *)x->content, strlen((const char *)x->content), 0);
        } else {
            plain_text(c, t, depth + 1);
        }
    }
}

/* The paragraphs of a cell (through content controls; inner tables
 * aside) for the frame test: how many are headings, whether one is a
 * sentence; their text on lines in *all. */
static void cell_lines(const xmlNode *n, size_t *headings, bool *sentence, textbuf *all, int depth)
{
    for (const xmlNode *c = n->children; c && depth < DOCX_MAX_DEPTH; c = c->next) {
        if (is_w(c, "p")) {
            textbuf l;
            memset(&l, 0, sizeof l);
            plain_text(c, &l, depth + 1);
            *headings += l.s && tb_heading_line(l.s, l.len);
            *sentence |= l.s && tb_sentence_line(l.s, l.len);
            tb_append(all, &l);
            tb_put_at(all, "\n", 1, 0);
            tb_free(&l);
        } else if (c->type == XML_ELEMENT_NODE && !is_w(c, "tbl") && !is_w(c, "tcPr")) {
            cell_lines(c, headings, sentence, all, depth + 1);
        }
    }
}

/* The cells of a row (under n: a w:tr, or what wraps cells in it) into
 * the frame test, as row_cell_count counts them. */
static void frame_cells(const xmlNode *n, size_t ncells, tb_frame *f, int depth)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (wraps_rows_or_cells(c) && depth < 8) {
            frame_cells(c, ncells, f, depth + 1);
        } else if (is_mc(c, "AlternateContent") && depth < 8 && alternate_shown(c)) {
            frame_cells(alternate_shown(c), ncells, f, depth + 1);
        } else if (is_w(c, "tc") && !child_w(child_w(c, "tcPr"), "cellDel")) {
            size_t headings = 0;
            bool sentence = false;
            textbuf all;
            memset(&all, 0, sizeof all);
            cell_lines(c, &headings, &sentence, &all, 0);
            if (tb_note_cell(&all)) { /* a table's note row: no body */
                headings = 0;
                sentence = false;
            }
            tb_frame_cell(f, ncells, headings, sentence, tb_reads_as_cell_number(&all));
            tb_free(&all);
        }
    }
}

/* The rows under n (a w:tbl, or what wraps rows in it) into the frame
 * test; a row deleted with tracked changes is none. */
static void frame_rows(const xmlNode *n, tb_frame *f, int depth)
{
    for (const xmlNode *tr = n->children; tr; tr = tr->next) {
        if (is_w(tr, "tr") && !child_w(child_w(tr, "trPr"), "del"))
            frame_cells(tr, row_cell_count(tr, 0), f, 0);
        else if (wraps_rows_or_cells(tr) && depth < 8)
            frame_rows(tr, f, depth + 1);
        else if (is_mc(tr, "AlternateContent") && depth < 8 && alternate_shown(tr))
            frame_rows(alternate_shown(tr), f, depth + 1);
    }
}

/* Is the table a frame by what it holds (tb_frame): a cell alone in its
 * row holding the report's body, and no statistics row? Some offices put
 * the report in one cell and add a row of two cells, the signature (某某
 * 办公室 | 2024年1月20日) or a logo and the title: still a frame. */
static bool frame_holds_body(const xmlNode *tbl)
{
    tb_frame f = {false, false, false, 0};
    frame_rows(tbl, &f, 0);
    return tb_frame_is(&f);
}

static void body_text(dstate *d, const xmlNode *n, textbuf *out);
static void chunk_found(dstate *d, const xmlNode *c, textbuf *out);

/* A layout table: the blocks of its cells in order, as the body's (each
 * paragraph a line, each inner table its rows), never its cells' texts
 * glued into one cell: `12` and `34` of an inner table stay two cells. */
static void layout_table(dstate *d, const xmlNode *tbl, textbuf *out)
{
    body_text(d, tbl, out);
}

/* The text boxes anchored in a paragraph of the body (from base on): each
 * box's blocks as the body's, after the paragraph (its paragraphs lines,
 * a table in it rows). */
static void box_lines(dstate *d, size_t base, textbuf *out)
{
    size_t end = d->nboxes;
    for (size_t i = base; i < end; i++)
        body_text(d, d->boxes[i], out);
    d->nboxes = base;
}

/* The body: a line per paragraph, a table's rows; content controls
 * (w:sdt) and the like are read through. */
static void body_text(dstate *d, const xmlNode *n, textbuf *out)
{
    if (++d->depth > DOCX_MAX_DEPTH) {
        d->depth--;
        return;
    }
    fld_state carry = {0, 0};
    bool joining = false;
    size_t from = 0, base = 0;
    uint32_t para = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(c, "p")) {
            if (!joining) {
                from = out->len;
                base = d->nboxes;
                para = d->paragraphs + 1;
                d->plc_found = d->lost_found = false;
            }
            d->paragraphs++;
            /* a paragraph whose mark is removed: the next one's text goes
             * on in its line (mark_removed) */
            bool join = mark_removed(c) && paragraph_next(c);
            d->mark_gone = mark_removed(c);
            paragraph_text_carry(d, c, out, false, &carry);
            d->mark_gone = false;
            if (join) {
                d->joined |= !blank_from(out, from);
                joining = true;
                continue;
            }
            d->joined = joining = false;
            tb_trim_end(out);
            if (d->plc_found && placeholder_note(d)) /* told at the paragraph's start */
                grid_note_add(&d->notes, XXGK_L_PLACEHOLDER, from > UINT32_MAX ? UINT32_MAX : (uint32_t)from,
                              d->plc);
            if (d->lost_found) /* so is text of a Choice not read */
                grid_note_add(&d->notes, XXGK_P_CHOICE_TEXT_UNREAD, from > UINT32_MAX ? UINT32_MAX : (uint32_t)from,
                              d->lost);
            d->plc_found = d->lost_found = false;
            tb_put_at(out, "\n", 1, 0);
            doc_place p = {0, para};
            mark_lines(d, out, from, p);
            box_lines(d, base, out);
        } else if (is_w(c, "tbl")) {
            if (holds_table(c, d->depth) || one_column(c) || frame_holds_body(c)) {
                d->tail.set = false; /* a layout table parts the tables around it */
                layout_table(d, c, out);
            }
            else
                table_text(d, c, out, false);
        } else if (is_w(c, "altChunk")) {
            chunk_found(d, c, out);
        } else if (is_mc(c, "AlternateContent")) {
            const xmlNode *shown = alternate_shown(c);
            d->lost_found = false;
            alternate_lost(d, c, shown);
            if (d->lost_found) /* blocks of a Choice not read: told where they stand */
                grid_note_add(&d->notes, XXGK_P_CHOICE_TEXT_UNREAD, out->len > UINT32_MAX ? UINT32_MAX : (uint32_t)out->len,
                              d->lost);
            d->lost_found = false;
            if (shown)
                body_text(d, shown, out);
        } else if ((is_w(c, "tr") && child_w(child_w(c, "trPr"), "del")) ||
                   (is_w(c, "tc") && child_w(child_w(c, "tcPr"), "cellDel"))) {
            continue; /* a layout table's row or cell deleted with tracked changes: in no final view */
        } else if (!is_w(c, "sectPr") && !is_w(c, "tblPr") && !is_w(c, "tblGrid") && !is_w(c, "trPr") &&
                   !is_w(c, "tcPr")) {
            bool plc = placeholder_shown(c); /* a block content control's prompt */
            d->placeholder += plc;
            body_text(d, c, out);
            d->placeholder -= plc;
        }
    }
    d->depth--;
}

/* Memory ran out reading a part: the reason, in the messages' language;
 * said_out_of_memory tells it from a damaged archive (no L052 then). */
static const char oom_en[] = "out of memory", oom_zh[] = "内存不足";

static void out_of_memory(xxgk_input *in)
{
    snprintf(in->error, sizeof in->error, "%s", in->lang == XXGK_LANG_ZH ? oom_zh : oom_en);
}

static bool said_out_of_memory(const xxgk_input *in)
{
    return strcmp(in->error, oom_en) == 0 || strcmp(in->error, oom_zh) == 0;
}

/* The part name (word/document.xml …) out of the open zip z, at most
 * DOCX_MAX_XML bytes; NULL with in->error when it cannot be read (and,
 * when required, when there is none). */
static char *zip_part(xxgk_input *in, const zip_lib *zl, zip_t *z, const char *name, bool required, size_t *len)
{
    char *buf = NULL;
    zip_file_t *f = zl->zip_fopen(z, name, 0);
    if (!f) {
        if (required)
            why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH,
                    "it holds no %s (a spreadsheet, a presentation or another archive: no Word document)",
                    "其中没有 %s（是电子表格、演示文稿或其他压缩包：不是 Word 文档）", name);
        return NULL;
    }
    /* cap: the bytes read at most so far, doubled when full; the buffer
     * (alloc bytes) keeps one more for the NUL */
    size_t cap = 1 << 16, alloc = 0;
    *len = 0;
    if (!vec_reserve(&buf, cap, &alloc, 1))
        out_of_memory(in);
    while (buf) {
        zip_int64_t k = zl->zip_fread(f, buf + *len, cap - *len);
        if (k < 0) {
            why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "its %s cannot be unpacked (zip: %s)",
                    "其中的 %s 无法解压（zip 库的说明：%s）", name, zl->zip_strerror(z));
            free(buf);
            buf = NULL;
            break;
        }
        if (k == 0)
            break;
        *len += (size_t)k;
        if (*len == cap) {
            if (cap >= DOCX_MAX_XML) {
                why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "%s is larger than %d MiB", "%s 大于 %d MiB",
                        name, DOCX_MAX_XML >> 20);
                free(buf);
                buf = NULL;
                break;
            }
            cap *= 2;
            if (!vec_reserve(&buf, cap, &alloc, 1)) {
                free(buf);
                buf = NULL;
                out_of_memory(in);
                break;
            }
        }
    }
    zl->zip_fclose(f);
    return buf;
}

/* The part name parsed, NULL when absent or unreadable. */
static xmlDocPtr xml_part(xxgk_input *in, const zip_lib *zl, const xml_lib *xl, zip_t *z, const char *name,
                          bool required)
{
    size_t len = 0;
    char *xml = zip_part(in, zl, z, name, required, &len);
    if (!xml)
        return NULL;
    xmlDocPtr doc = len <= (size_t)INT32_MAX
                        ? xl->xmlReadMemory(xml, (int)len, name, NULL,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
                        : NULL;
    free(xml);
    return doc;
}

/* The target of relationship id in word/document.xml's rels, as a part
 * name of the package (../x.htm is x.htm, x.htm is word/x.htm) into
 * name; false when it is not there. */
static bool chunk_part(const xmlNode *rels, const char *id, char *name, size_t cap)
{
    for (const xmlNode *r = rels ? rels->children : NULL; r; r = r->next) {
        if (r->type != XML_ELEMENT_NODE || strcmp((const char *)r->name, "Relationship") != 0)
            continue;
        const char *rid = NULL, *target = NULL;
        for (const xmlAttr *a = r->properties; a; a = a->next) {
            const char *v = a->children && a->children->content ? (const char *)a->children->content : NULL;
            if (strcmp((const char *)a->name, "Id") == 0)
                rid = v;
            else if (strcmp((const char *)a->name, "Target") == 0)
                target = v;
        }
        if (!rid || !target || strcmp(rid, id) != 0)
            continue;
        if (target[0] == '/')
            snprintf(name, cap, "%s", target + 1);
        else if (strncmp(target, "../", 3) == 0)
            snprintf(name, cap, "%s", target + 3);
        else
            snprintf(name, cap, "word/%s", target);
        return true;
    }
    return false;
}

enum { DOCX_MAX_CHUNKS = 16 };

/* What the part of an altChunk is, by its name, then by its bytes: an
 * HTML page (.htm, .html, .xhtml, or bytes that open as one), plain text
 * (.txt), a web archive (.mht, .mhtml: its HTML part is read); 0 for what
 * xxgk does not read in (a .docx, an RTF, anything else). */
static int chunk_kind(const char *name, const char *b, size_t n, bool *mht)
{
    const char *dot = strrchr(name, '.');
    const char *ext = dot ? dot + 1 : "";
    *mht = strcasecmp(ext, "mht") == 0 || strcasecmp(ext, "mhtml") == 0;
    if (*mht)
        return XXGK_INPUT_HTML;
    if (strcasecmp(ext, "txt") == 0)
        return XXGK_INPUT_TEXT;
    if (n >= 5 && memcmp(b, "{\\rtf", 5) == 0)
        return 0;
    if (strcasecmp(ext, "htm") == 0 || strcasecmp(ext, "html") == 0 || strcasecmp(ext, "xhtml") == 0 ||
        xxgk_input_detect((const uint8_t *)b, n) == XXGK_INPUT_HTML)
        return XXGK_INPUT_HTML;
    return 0;
}

/* The part an altChunk's r:id names, into name ("r:id …" and false when
 * the rels name none). */
static bool chunk_name(dstate *d, const char *id, char *name, size_t cap)
{
    if (!d->rels_tried) {
        char keep[sizeof d->in->error];
        memcpy(keep, d->in->error, sizeof keep);
        d->rels_tried = true;
        d->rels = xml_part(d->in, d->zl, d->xl, d->zip, "word/_rels/document.xml.rels", false);
        memcpy(d->in->error, keep, sizeof keep); /* unreadable rels: the r:id is named */
    }
    const xmlNode *root = d->rels ? d->xl->xmlDocGetRootElement(d->rels) : NULL;
    if (chunk_part(root, id, name, cap))
        return true;
    snprintf(name, cap, "r:id %s", id);
    return false;
}

/* The bytes of part name, NULL when it cannot be read. */
static char *chunk_bytes(dstate *d, const char *name, size_t *len)
{
    char keep[sizeof d->in->error];
    memcpy(keep, d->in->error, sizeof keep);
    char *b = zip_part(d->in, d->zl, d->zip, name, false, len);
    memcpy(d->in->error, keep, sizeof keep); /* an unreadable part is L043, not the file's error */
    return b;
}

/* The part the altChunk c names read as the page or text it is (its
 * charset, its tables as rows), into name the part's name; NULL when it
 * is no HTML page, web archive or text, or cannot be read. */
static xxgk_input *chunk_read(dstate *d, const xmlNode *c, char *name, size_t cap)
{
    const char *id = w_attr(c, "id");
    id = id ? id : "";
    size_t len = 0, hl = 0;
    char *b = chunk_name(d, id, name, cap) && d->chunks_read < DOCX_MAX_CHUNKS ? chunk_bytes(d, name, &len) : NULL;
    bool mht = false;
    int kind = b ? chunk_kind(name, b, len, &mht) : 0;
    char *page = kind && mht ? mht_html(b, len, &hl) : NULL;
    xxgk_input *sub = kind && (!mht || page) ? calloc(1, sizeof *sub) : NULL;
    if (sub && !(xxgk_input_read(sub, (const uint8_t *)(page ? page : b), page ? hl : len, kind, -1, NULL) &&
                 sub->len)) {
        xxgk_input_free(sub);
        free(sub);
        sub = NULL;
    }
    if (sub)
        d->chunks_read++;
    free(page);
    free(b);
    return sub;
}

static void chunk_free(xxgk_input *sub)
{
    if (sub)
        xxgk_input_free(sub);
    free(sub);
}

/* A w:altChunk: a part of the body imported from another file of the
 * package that Word reads in when it opens the document (what OA systems
 * write when they turn an HTML page into a .docx). An HTML page, a web
 * archive's page or plain text is read in at the chunk's place, as the
 * page or the text would be read alone (its charset, its tables as rows),
 * its findings moved to where it stands, with a note (L046) that the text
 * there is the part's; any other part (a .docx, an RTF) is noted (L043)
 * as not read. */
static void chunk_found(dstate *d, const xmlNode *c, textbuf *out)
{
    char name[48];
    xxgk_input *sub = chunk_read(d, c, name, sizeof name);
    if (sub) {
        size_t from = out->len;
        uint32_t at = from > UINT32_MAX ? UINT32_MAX : (uint32_t)from;
        tb_put_at(out, sub->text, sub->len, 0);
        if (tb_last(out) != '\n')
            tb_put_at(out, "\n", 1, 0);
        mark_lines(d, out, from, (doc_place){0, ++d->paragraphs});
        grid_note_add(&d->notes, XXGK_L_ALT_CHUNK_READ, at, name);
        for (int i = 0; i < sub->ndiags; i++) {
            uint64_t where = (uint64_t)at + sub->diags[i].at;
            grid_note_add(&d->notes, sub->diags[i].code, where > UINT32_MAX ? UINT32_MAX : (uint32_t)where,
                          sub->diags[i].arg);
        }
        if (sub->diags_cut)
            grid_notes_cut(&d->notes, at + sub->cut_at);
    } else if (d->nchunks < (int)(sizeof d->chunks / sizeof d->chunks[0])) {
        d->chunks[d->nchunks].at = out->len > UINT32_MAX ? UINT32_MAX : (uint32_t)out->len;
        snprintf(d->chunks[d->nchunks].part, sizeof d->chunks[0].part, "%s", name);
        d->nchunks++;
    }
    chunk_free(sub);
}

/* A w:altChunk standing in a table cell: Word shows the part's text in the
 * cell. A part that reads as one line of text (no table: no TAB, no line
 * break; no finding of its own) is a block of the cell, noted L046; any
 * other part, or one not read, leaves the cell without it and noted L043:
 * the cell is never read empty in silence. */
static void chunk_in_cell(dstate *d, const xmlNode *c, textbuf *t)
{
    char name[GRID_HIDDEN_TEXT];
    xxgk_input *sub = chunk_read(d, c, name, sizeof name);
    size_t n = sub ? sub->len : 0;
    while (n && (sub->text[n - 1] == '\n' || sub->text[n - 1] == ' '))
        n--;
    bool line = n && !sub->ndiags && !memchr(sub->text, '\t', n) && !memchr(sub->text, '\n', n);
    if (line) {
        textbuf p;
        memset(&p, 0, sizeof p);
        tb_put_at(&p, sub->text, n, 0);
        tb_cell_block(t, &p);
        tb_free(&p);
    }
    if (d->chunk_found != XXGK_L_ALT_CHUNK && (!line || !d->chunk_found)) { /* a part not read is told first */
        d->chunk_found = line ? XXGK_L_ALT_CHUNK_READ : XXGK_L_ALT_CHUNK;
        snprintf(d->chunk, sizeof d->chunk, "%s", name);
    }
    chunk_free(sub);
}

/* The altChunks not read in, noted (L043) with the part each names. */
static void chunks_note(dstate *d)
{
    for (int i = 0; i < d->nchunks; i++)
        grid_note_add(&d->notes, XXGK_L_ALT_CHUNK, d->chunks[i].at, d->chunks[i].part);
    if (d->rels)
        d->xl->xmlFreeDoc(d->rels);
}

bool docx_read(xxgk_input *in, const uint8_t *zipb, size_t n)
{
    const zip_lib *zl = input_zip_lib(in->error, sizeof in->error);
    const xml_lib *xl = zl ? input_xml_lib(in->error, sizeof in->error) : NULL;
    if (!xl)
        return false;
    zip_error_t ze;
    zl->zip_error_init(&ze);
    zip_source_t *src = zl->zip_source_buffer_create(zipb, n, 0, &ze);
    zip_t *z = src ? zl->zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "the archive is cut short or damaged (zip: %s)",
                "压缩包被截断或已损坏（zip 库的说明：%s）", zl->zip_error_strerror(&ze));
        in->error_code = XXGK_L_ZIP_NOT_DOCX;
        if (src)
            zl->zip_source_free(src);
        zl->zip_error_fini(&ze);
        return false;
    }
    zl->zip_error_fini(&ze);
    xmlDocPtr doc = xml_part(in, zl, xl, z, "word/document.xml", true);
    /* Word's automatic numbering: the lists, and the styles that number */
    xmlDocPtr numbering = doc ? xml_part(in, zl, xl, z, "word/numbering.xml", false) : NULL;
    xmlDocPtr styles = doc ? xml_part(in, zl, xl, z, "word/styles.xml", false) : NULL;
    if (!doc && in->error[0]) {
        if (!said_out_of_memory(in))
            in->error_code = XXGK_L_ZIP_NOT_DOCX;
        zl->zip_close(z);
        return false;
    }
    in->error[0] = 0; /* an unreadable numbering or styles part: no numbering */
    const xmlNode *root = doc ? xl->xmlDocGetRootElement(doc) : NULL;
    const xmlNode *body = root ? child_w(root, "body") : NULL;
    if (!body) {
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "its word/document.xml has no w:body (no Word document's text)",
                "其 word/document.xml 中没有 w:body（没有 Word 文档的正文）");
        in->error_code = XXGK_L_ZIP_NOT_DOCX;
        zl->zip_close(z);
        xl->xmlFreeDoc(doc);
        if (numbering)
            xl->xmlFreeDoc(numbering);
        if (styles)
            xl->xmlFreeDoc(styles);
        return false;
    }
    textbuf out;
    memset(&out, 0, sizeof out);
    dstate d = {0};
    d.in = in;
    d.zl = zl;
    d.xl = xl;
    d.zip = z;
    d.num = docx_numbering_new(numbering ? xl->xmlDocGetRootElement(numbering) : NULL,
                               styles && numbering ? xl->xmlDocGetRootElement(styles) : NULL);
    if (styles)
        prompt_style(&d, xl->xmlDocGetRootElement(styles));
    if (numbering)
        xl->xmlFreeDoc(numbering);
    if (styles)
        xl->xmlFreeDoc(styles);
    body_text(&d, body, &out);
    grid_tail_free(&d.tail);
    free(d.boxes);
    chunks_note(&d);
    zl->zip_close(z);
    docx_numbering_free(d.num);
    xl->xmlFreeDoc(doc);
    if (out.failed) {
        tb_free(&out);
        why_put(in->error, sizeof in->error, in->lang == XXGK_LANG_ZH, "out of memory reading the .docx", "读取该 .docx 时内存不足");
        return false;
    }
    free(out.runs); /* the text's own lines are its places */
    grid_notes_to_input(&d.notes, in);
    in->text = out.s ? out.s : calloc(1, 1);
    in->len = out.len;
    if (d.failed) {
        free(d.places);
        d.places = NULL;
        d.nplaces = 0;
    }
    in->places = d.places;
    in->nplaces = d.nplaces;
    return in->text != NULL;
}
