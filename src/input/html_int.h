/* The HTML front end's state, shared by the SAX callbacks (html.c) and
 * the flow of the text (html_flow.c). */
#ifndef XXGK_HTML_INT_H
#define XXGK_HTML_INT_H

#include "grid.h"
#include "html_skim.h"
#include "input.h"
#include "libs.h"

/* Bytes of the page skipped, markup and blanks aside, while looking for
 * the next character of a text node: more than any entity's length. */
enum { ALIGN_SLACK = 64 };

/* The next token of an attribute value [v, v+n) of blank-separated words
 * (class, rel) from *i on, split on HTML's ASCII whitespace: its start in
 * *st, its length returned; 0 at the value's end. */
static inline size_t html_next_token(const char *v, size_t n, size_t *i, size_t *st)
{
    while (*i < n && (v[*i] == ' ' || v[*i] == '\t' || v[*i] == '\n' || v[*i] == '\r' || v[*i] == '\f'))
        (*i)++;
    *st = *i;
    while (*i < n && !(v[*i] == ' ' || v[*i] == '\t' || v[*i] == '\n' || v[*i] == '\r' || v[*i] == '\f'))
        (*i)++;
    return *i - *st;
}

/* An element's part in the layout. */
/* H_SKIP covers struck-out text (<del>, <s>, <strike>): text the author
 * took back is not the report's. H_MARK is a raised or lowered run
 * (<sup>, <sub>): a footnote mark, set apart from the text around it. */
enum hkind { H_INLINE = 0, H_BLOCK, H_SKIP, H_TABLE, H_ROW, H_CELL, H_TITLE, H_BREAK, H_MARK };

/* Colours as 0xRRGGBB, or one of these: not set by the element (its
 * parent's shows), set to what cannot be read (a system colour, an
 * image behind the text), or no colour at all (transparent text). */
enum { HCOLOR_UNSET = 0xFFFFFFFFu, HCOLOR_UNKNOWN = 0x1000000u, HCOLOR_CLEAR = 0x2000000u };

/* What an element's style and colour attributes say of how its text
 * looks: its colour (fg), the background behind it (bg), a font size of
 * 0 (its own text, not its children's: they may set a size of their
 * own), an opacity of 0 (it and all it holds). */
typedef struct html_look {
    uint32_t fg, bg;
    bool size0, clear;
} html_look;

/* What a style's declarations set (CSS_* bits in set) of what decides
 * whether text can be seen, and which of them are !important (imp): a
 * later declaration wins over an earlier one, unless the earlier one is
 * !important and it is not. */
enum { CSS_DISPLAY = 1, CSS_VIS = 2, CSS_FG = 4, CSS_BG = 8, CSS_SIZE = 16, CSS_OPACITY = 32,
       CSS_MAYBE = 64, /* in a sheet's danger: it has rules that may hide (sheet_maybe) */
       CSS_SIDES = 128 /* in a sheet's danger: it has rules that give a box a spacing (html_decls.sp_on) */ };
typedef struct html_decls {
    uint8_t set, imp;
    bool none;               /* display:none */
    bool hidden;             /* visibility:hidden or collapse */
    /* visibility:visible or initial: shown even inside a hidden parent
     * (inherit, unset and the rest keep the parent's hidden) */
    bool visible;
    bool size0, clear;       /* font-size 0, opacity 0 */
    uint8_t disp;            /* the display's kind of box (DISP_*) */
    /* a box's spacings, one SP_* bit each (margin-left … min-width), as
     * the declarations cascade them: set by a declaration (sp_set), to a
     * value not 0, auto or negative (sp_on: a positive spacing), by an
     * !important one (sp_imp). The last declaration of a slot wins, an
     * !important one over a plain one */
    uint16_t sp_set, sp_on, sp_imp;
    uint32_t fg, bg;
} html_decls;
/* The spacing slots (html_decls.sp_*): the margins and paddings on the
 * sides, left and right, and a border there (a width not 0 of a style
 * not none or hidden), which set apart even a plain inline box (a
 * <span>'s: SP_SIDES) at that edge; above and below; a width. Any of
 * them not 0 sets apart an inline-block box (html.c). */
enum { SP_ML = 1, SP_MR = 2, SP_PL = 4, SP_PR = 8, SP_MT = 16, SP_MB = 32, SP_PT = 64, SP_PB = 128,
       SP_W = 256, SP_MW = 512, SP_BL = 1024, SP_BR = 2048,
       SP_LEFT = SP_ML | SP_PL | SP_BL, SP_RIGHT = SP_MR | SP_PR | SP_BR, SP_SIDES = SP_LEFT | SP_RIGHT };
/* What a display makes of an element's box: nothing xxgk reads (none is
 * html_decls.none), an inline-level box (inline, inline-block …: its text
 * runs on the line), a block-level one (block, flex, list-item, table:
 * its text on lines of its own). */
enum { DISP_OTHER = 0, DISP_INLINE = 1, DISP_BLOCK = 2 };
/* The kind of box a style's display value [v, v+n) makes (DISP_*). */
int html_display_kind(const char *v, size_t n);

/* The page's own stylesheet (<style> elements; html_css.c): the rules
 * whose selectors xxgk reads (a tag, classes, an id, and ancestors of
 * those: "td .x", "#t1 span.hid", lists of them) and whose declarations
 * set something of html_decls. Classes and ids are atoms: an element's
 * are a bit mask of them. */
/* The sheet holds up to SHEET_ATOMS - 1 names; every name past them
 * shares the last atom (ATOM_OVER): a selector naming one is not
 * evaluated but read as one that may apply (sheet_maybe), to an element
 * with a class or id the sheet names and holds no atom of. */
enum { ATOM_WORDS = 4, SHEET_ATOMS = 64 * ATOM_WORDS, ATOM_OVER = SHEET_ATOMS - 1, SHEET_PARTS = 8 };
typedef struct atomset {
    uint64_t w[ATOM_WORDS];
} atomset;
static inline void atoms_add(atomset *a, unsigned i) { a->w[i / 64] |= (uint64_t)1 << (i % 64); }
static inline void atoms_or(atomset *a, const atomset *b)
{
    for (int i = 0; i < ATOM_WORDS; i++)
        a->w[i] |= b->w[i];
}
/* Has A every atom of NEED? */
static inline bool atoms_cover(const atomset *a, const atomset *need)
{
    for (int i = 0; i < ATOM_WORDS; i++)
        if ((a->w[i] & need->w[i]) != need->w[i])
            return false;
    return true;
}
static inline bool atoms_any(const atomset *a)
{
    for (int i = 0; i < ATOM_WORDS; i++)
        if (a->w[i])
            return true;
    return false;
}
typedef struct sheet_part {
    char tag[12];            /* lower case; "" any */
    atomset need;            /* the atoms (classes, id) it must have */
} sheet_part;
typedef struct sheet_rule {
    sheet_part part[SHEET_PARTS]; /* ancestors first, the element last */
    uint8_t nparts;
    uint32_t spec;           /* ids << 16 | classes << 8 | tags */
    uint32_t order;          /* its block's place in the page's sheet (html_sheet.blocks) */
    html_decls d;
} sheet_rule;
typedef struct sheet_atom {
    uint32_t off;            /* into names */
    uint16_t len;
    bool id;
} sheet_atom;
/* A rule that may hide text where xxgk cannot tell whether it applies or
 * hides: its selector holds what xxgk does not evaluate (an attribute
 * [x], a pseudo-class such as :first-child, '+', '~'), or it hides by a
 * box of size 0 that clips (width or height 0, overflow hidden), which
 * depends on a display the cascade may set. What an element must be for
 * the rule to apply, of its subject (the selector's last compound): a
 * tag, the atoms, attributes it has. Text in such an element is read, and
 * told (L040). */
enum { MAYBE_ATTRS = 2 };
typedef struct sheet_maybe {
    char tag[12];            /* lower case; "" any */
    atomset need;
    char attr[MAYBE_ATTRS][24]; /* lower case; "" none */
    /* the test of its value: '=', '~', '^', '$', '*', '|' val (lower
     * case, matched in any case), 0 none (the attribute is there) */
    uint8_t attr_op[MAYBE_ATTRS];
    char attr_val[MAYBE_ATTRS][24];
    /* a rule not of hiding but of a margin, padding or border on a side,
     * which may set the element's box apart in a table's cell (html.c) */
    bool sides;
    /* sides: which edges (SP_LEFT, SP_RIGHT bits of html_decls.sp_on),
     * of them those set !important (edges_imp) */
    uint16_t edges, edges_imp;
    /* a hash of its selector's text, as written: a later rule of the
     * same selector outside a conditional block applies wherever it does
     * (html_css.c rule: its 0 undoes this one's spacing) */
    uint64_t sel_key;
    bool box;                /* sides: of a box the rule makes (display:inline-block;width:3em) */
    /* its subject is :first-child (html.c tells whether the element is
     * its parent's first element) */
    bool first;
    /* the classes and ids its compounds before the subject name, of its
     * ancestors (a sibling's, before + or ~, not): some open element must
     * have each (.crumb span + span: a .crumb above), asked of sides */
    atomset anc_need;
    /* a rule not of hiding but of showing (display other than none,
     * visibility:visible: CSS_DISPLAY, CSS_VIS bits), outside any
     * conditional block and under no state (:hover …), which may undo
     * what a rule xxgk reads hides when it is as specific (spec) or more
     * (.x{display:none} then .box > .x:first-of-type{display:inline});
     * shows_imp: !important */
    uint8_t shows, shows_imp;
    uint32_t spec;           /* shows: ids << 16 | classes, attributes, pseudo-classes << 8 | tags */
    /* its block's place in the page's sheet: at equal specificity the
     * later rule wins (shows) */
    uint32_t order;
} sheet_maybe;
/* A class (.x) or id (#x) name of a selector: a hash of its kind and
 * its ASCII-lowercased bytes, and where the name stands in the page. */
typedef struct sheet_name {
    uint64_t key;
    uint32_t at, len;
    bool print;              /* under @media print: the page's own, for no screen */
} sheet_name;

typedef struct html_sheet {
    sheet_rule *rules;       /* in the page's order: a later one wins a tie */
    size_t n, cap;
    sheet_maybe *maybe;      /* the rules that may hide */
    size_t nmaybe, capmaybe;
    uint32_t blocks;         /* the rule blocks read so far, for their order */
    bool maybe_attrs;        /* one of them asks for an attribute: the page is read unskimmed */
    char *names;
    size_t names_len, names_cap;
    sheet_atom atom[SHEET_ATOMS];
    unsigned natoms;
    bool over;               /* a name shares ATOM_OVER */
    bool deep;               /* conditional blocks nested past 64: any element may be hidden, set apart */
    bool escaped;            /* a selector's name is written with an escape (.w\:1) */
    uint8_t danger;          /* what its rules can make unseen (CSS_* bits) */
    bool complete;           /* every <style> of the page read */
    /* the page links a stylesheet xxgk cannot read (<link
     * rel="stylesheet"> not for print, or @import in a <style>): a class
     * or id of a phrase element may hide what it holds (L041) */
    bool linked;
    /* the class and id names in the selectors of the rules of every
     * <style> for a screen (not in a comment, not under @media print): a
     * class or id they name is explained (html_sheet_names); sorted by
     * key once the page's every <style> is read (html_sheet_index), so a
     * page of many classed runs and many rules costs n log n, not n^2 */
    sheet_name *sel;
    size_t nsel, capsel;
    bool sel_sorted;
    bool failed;             /* out of memory */
} html_sheet;

/* Add the rules of a <style> element's content [s, e) (comments and
 * @media print skipped; a conditional block's rules, @media (min-width:…)
 * or @supports, read as rules that may apply: sheet_maybe). */
void html_sheet_add(html_sheet *sh, const char *s, const char *e);
/* Can the <style> content [s, e) say anything that makes text unseen
 * (display, visibility, opacity, a background, white, transparent, a
 * size of 0)? A cheap look, before the rules are read: a sheet none of
 * whose <style> elements can is not read at all. */
/* A margin or padding on a side matters only in a rule that can reach
 * an inline box in a table's cell (an inline element's tag, a class, an
 * id; not @page, not a block's tag). */
bool html_sheet_may_hide(const char *s, const char *e);
/* Leave out of the rules what cannot make text unseen, nor undo what
 * another rule does (the sheet's danger): a sheet that hides nothing has
 * no rule left. */
void html_sheet_prune(html_sheet *sh);
/* May a rule of the sheet that xxgk cannot evaluate hide an element of
 * that name, atoms and attributes (atts, as libxml2 gives them)? sides:
 * give it a margin or padding on a side instead (its box set apart in a
 * table's cell). */
/* ABOVE: the atoms of the element's open ancestors, together (asked of
 * a sides rule's anc_need) */
bool html_sheet_maybe(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts);
/* The edges (SP_LEFT, SP_RIGHT) a rule of a spacing on a side that xxgk
 * cannot evaluate may set apart of such an element, whose open
 * ancestors have ABOVE, and which is its parent's first element or not
 * (first); 0 none. */
/* WON: the slots such a rule cannot win for this element, a plain one
 * (won[0]: the element's style sets them, or an !important rule read)
 * and an !important one (won[1]: its style sets them !important). */
uint16_t html_sheet_maybe_sides(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts,
                                const atomset *above, bool first, const uint16_t won[2]);
/* Of the properties HIDE (CSS_DISPLAY, CSS_VIS bits) by which the sheet's
 * rules hide such an element, whose open ancestors have ABOVE, those a
 * rule of showing xxgk cannot evaluate may undo: its subject may be the
 * element, and it would win where it applies: its rank (!important
 * 1 << 24 | its specificity) at least RANK's of the rule that hides by
 * that property (rank[0] display, rank[1] visibility). */
uint8_t html_sheet_maybe_shows(const html_sheet *sh, const char *name, const atomset *atoms, const xmlChar **atts,
                               const atomset *above, bool first, uint8_t hide, const uint64_t rank[2]);
/* Does a class (id: an id) attribute's value [v, v+n) hold an atom of
 * the sheet? */
bool html_sheet_holds(const html_sheet *sh, const char *v, size_t n, bool id);
/* The atoms of an element's class and id attribute values (NULL: none). */
void html_sheet_atoms(const html_sheet *sh, const char *page, const char *cls, const char *id, atomset *out);
void html_sheet_free(html_sheet *sh);
/* Is [s, s+n) the name of a phrase element, whose class or id on a page
 * that links a stylesheet may hide digits of a number it splits (L041):
 * span, font, a, b, i, u, em, strong, small, big, label? */
bool html_phrase_name(const char *s, size_t n);
/* Do the page's <style> contents (sh->style, offsets into page) name
 * every class (id: the id) of the attribute value v as a selector's
 * (.x, #x), or is it one of Word's own (Mso…, SpellE, GramE)? A class
 * the page defines is its formatting, explained; one named nowhere may
 * be the linked stylesheet's. */
bool html_sheet_names(const html_sheet *sh, const char *page, const char *v, bool id);
/* The same, print: a name under @media print counts too (the page's own
 * class: its screen view is the page's sheet's, L054) */
bool html_sheet_names_in(const html_sheet *sh, const char *page, const char *v, bool id, bool print);
/* Note where the selectors of a <style>'s content [s, e) for a screen
 * stand in PAGE (html_sheet_names). */
void html_sheet_note_selectors(html_sheet *sh, const char *page, const char *s, const char *e);
/* Sort the selectors' names noted (once every <style> is read). */
void html_sheet_index(html_sheet *sh);

/* Where a block of the flow starts (html_chrome.c): the text, the
 * characters and link characters written, the links, images, notes,
 * furniture ranges and tables before it. */
typedef struct chrome_mark {
    bool on;                 /* a block opened in the flow (not in a cell) */
    uint32_t out, chars, link_chars, link_count, tables, tables_done;
    uint32_t nlinks, nimages, nnotes, nfurniture, drops;
    bool titled;             /* a heading: h1-h3, or a title class or id */
} chrome_mark;

typedef struct frame {
    char name[12];           /* enough for every element that matters */
    uint8_t kind;
    bool hidden;             /* skipped with its content */
    bool unseen;             /* its own text cannot be seen (html_look) */
    bool clear;              /* opacity 0: nothing in it can be seen */
    bool by_sheet;           /* hidden by a rule of the page's <style> */
    bool vis_only;           /* hidden by visibility alone (hstate.vis_skip) */
    bool reshow;             /* visibility:visible inside such: shown, the counts of skipped below kept */
    uint32_t keep_skip, keep_sheet_skip, keep_vis_skip; /* reshow: hstate's, given back at its end */
    bool maybe;              /* it, or an element around it, a style may hide (L040) */
    bool classed;            /* a phrase element whose class or id the linked stylesheet may hide (L041) */
    bool apart;              /* an inline-level box in a cell set apart by its spacing (html.c): its edges are breaks_apart */
    uint8_t edges;           /* apart: which, its start (1), its end (2) */
    uint32_t run_from;       /* classed: the sink's length when it opened */
    uint32_t run_gen;        /* classed: the sink (hstate.sink_gen) it opened in */
    uint32_t fg, bg;         /* the text's colour and the background behind it */
    bool kids;               /* an element opened in it */
    /* the classes and ids the page does not explain (no selector of its
     * own <style> names them, not Word's own) of the phrase elements it
     * is in, itself too, hashed (split_runs); 0 none: two runs of the
     * same such classes render alike, two of different ones may not */
    uint32_t cls_sig;
    /* the element whose own class or id made cls_sig (hstate.elems when
     * it opened; 0 none): two runs of one cls_sig from two elements are
     * two boxes of one class, of which a rule not in the page (nth-child,
     * a linked sheet) may show one (split_runs) */
    uint32_t cls_owner;
    atomset atoms;           /* its classes and id among the sheet's atoms */
    chrome_mark cm;          /* a block's start in the flow (html_chrome.c) */
} frame;

/* The phrase elements with a class or id the page does not explain
 * that a run of text stands in, outermost first: each one's element
 * (frame.cls_owner) and cls_sig, the first HTML_CLS_PATH of them; n
 * counts them all. Two runs' paths part at the level of the box that
 * separates them: <span class="pc"><span class="c">22</span><span
 * class="c">93</span></span><span class="pc">… parts at .c inside one
 * .pc (level 1), then at .pc (level 0). */
enum { HTML_CLS_PATH = 4 };
typedef struct html_cls_path {
    uint32_t owner[HTML_CLS_PATH], sig[HTML_CLS_PATH];
    uint8_t n;
} html_cls_path;

typedef struct table_state {
    grid g;
    grid_cell *cell;         /* the open cell, NULL between cells */
    bool layout;             /* a cell holds a table: read as blocks */
} table_state;

/* An open list (<ol>, <ul>): the format of its numbers (list_num.h,
 * FMT_UNKNOWN: none shown) and the next one. */
typedef struct html_list {
    int next, step;
    uint8_t fmt;
} html_list;
enum { HTML_MAX_LISTS = 16 };

/* The results of styles met before, by their bytes. Editors put the same
 * inline style on every paragraph and cell of a page (one bench page:
 * 1,117 styles, few different ones; a Word table's cells a 383-byte style each), and reading one costs thousands of
 * instructions (its declarations split, each name looked for): a style
 * read once is looked up by its bytes after that. Each result is a
 * function of the bytes alone, so one read again gives what the first
 * gave. A slot holds one style (a later one of the same hash takes it);
 * a style longer than the key is read every time. */
enum { STYLE_MEMO_SLOTS = 32, STYLE_MEMO_KEY = 512 };
enum { MEMO_MATTERS = 1, MEMO_HIDES = 2, MEMO_DECLS = 4 };
typedef struct html_style_slot {
    uint16_t n;              /* the key's bytes; 0: an empty slot */
    uint8_t have;            /* the results held (MEMO_* bits) */
    uint8_t yes;             /* of MEMO_MATTERS, MEMO_HIDES: the answers that are true */
    html_decls d;            /* html_style_decls into a zeroed d */
    char key[STYLE_MEMO_KEY];
} html_style_slot;
typedef struct html_style_memo {
    html_style_slot *slot;   /* STYLE_MEMO_SLOTS, made at the first look-up */
    bool failed;             /* out of memory for them: every style read */
} html_style_memo;
typedef struct hstate {
    htmlParserCtxtPtr ctxt;
    const xml_lib *xml;      /* libxml2's functions (libs.h) */
    const uint8_t *src;      /* the page in UTF-8 */
    uint32_t srclen, cur;    /* alignment cursor: text before it is matched */
    textbuf out;
    frame *stack;
    size_t depth, cap;
    size_t skip;             /* open skipped elements */
    size_t sheet_skip;       /* of them, those the page's stylesheet hides */
    /* of them, those hidden by visibility alone (visibility:hidden, an
     * inline or block element): a descendant's visibility:visible shows
     * it again, as a browser does, when every one is such */
    size_t vis_skip;
    const html_sheet *sheet; /* the page's stylesheet, NULL when it has no rule */
    const html_sheet *linked; /* the page's stylesheet when the page links one (L041), else NULL */
    uint32_t sink_gen;       /* counts the changes of html_sink: cells and tables opening, closing */
    /* a classed run whose last character is a digit: told (L041) when
     * the next character written to the same sink is one; tail_gen 0: none */
    uint32_t tail_gen, tail_from, tail_to;
    /* where the last run so told ends (told_gen: its sink), for the run
     * right after it not to be told again */
    uint32_t told_gen, told_to;
    table_state *tables;
    size_t ntables, captables;
    /* the data table last closed, which the next one may continue
     * (grid_continues), the end of its text in out and its depth */
    grid_tail tail;
    size_t tail_out, tail_depth;
    bool pend_space, pend_line, pend_cellbreak;
    /* the blank owed is (or holds) a space of the line, ' ' or NBSP, no
     * line break nor TAB: after a section's numeral opening its line it
     * parts the heading's words (三 收到…: html_flow.c numeral_opens_line) */
    bool pend_inline_space;
    /* the blank owed holds a U+00A0 (&nbsp;): a space a reader sees, kept
     * in the flow between two wide characters too (青禾县教育局&nbsp;青禾县
     * 卫生健康局: two names, never one; html_flow.c html_put_char) */
    bool pend_nbsp;
    /* the cell's break owed is only the edge of inline boxes set apart
     * by their spacing (frame.apart), no block's: a footnote mark after
     * a number across it (<span style="margin-right:1em">64</span>
     * <sup>1</sup>) is still the number's (html_flow.c) */
    bool break_apart;
    /* such an edge was crossed by a footnote mark (a <sup>, a * after a
     * number): owed again, in that sink (apart_gen), before any text
     * after the mark that is no more of it (64<span style="margin-left:
     * 1em"><sup>1</sup>2</span>: 64¹ and 2, apart) */
    bool apart_owed;
    uint32_t apart_gen;
    bool pend_mark;          /* a <sup>/<sub> starts or ends: a space owed
                                even between wide characters, so that a
                                mark's digits never join a number's */
    unsigned sup_depth;      /* open <sup> elements: their digits right
                                after a number's are superscripts */
    unsigned mark_depth;     /* open <sup> and <sub> elements */
    /* the outermost open mark, when it stands right after a character of
     * a cell's text (html_mark_open): where its text starts in the sink
     * (gmark_gen: that sink), raised or lowered, after a digit */
    bool gmark, gmark_sup, gmark_digit;
    uint32_t gmark_from, gmark_gen;
    /* the outermost open mark opens a cell's text (nothing but blanks
     * before it): where its text starts in the sink (lmark_gen: that
     * sink), for a cell that is that run alone (L048) */
    bool lmark;
    uint32_t lmark_from, lmark_gen;
    /* the outermost open mark's digits: 0 none yet, 1 raised (the first
     * came right after a number's digit or a cell's text: all are the
     * mark's superscripts), 2 as they are (<sup>64</sup> alone: its 6 no
     * base for its 4) */
    uint8_t sup_raise;
    bool lt_pending;         /* a "<" ended the last text chunk */
    uint32_t lt_at;
    uint32_t last_cp;        /* the last character written to the sink */
    uint32_t run_sig;        /* the cls_sig of the element it was written in */
    uint32_t run_owner;      /* ... and its cls_owner */
    /* ... and the classed elements it stood in, outermost first
     * (html_cls_path), kept when run_owner changes: an edge between two
     * runs is at the first of them that differs (split_runs) */
    html_cls_path run_path;
    /* the outermost element open that the page hides by its markup or
     * sheet (its depth + 1, 0 none), the non-blank bytes of text in it
     * so far (not in a link nor a <select>: html.c hidden_text_counts), where in the text it stood and how its text begins; and of
     * the one holding the most text so far (L062: a page whose content
     * its script shows) */
    size_t hid_depth;
    uint32_t hid_bytes, hid_at, most_hid_bytes, most_hid_at;
    char hid_q[GRID_HIDDEN_TEXT], most_hid_q[GRID_HIDDEN_TEXT];
    uint32_t elems;          /* the elements opened so far (frame.cls_owner) */
    /* the page's stylesheet, its selectors' names noted, whatever its
     * rules (html_sheet_names: a class it names is explained) */
    const html_sheet *names;
    textbuf title;
    bool in_title;
    html_skim *skim;         /* what libxml2 reads when not NULL (html_skim.h) */
    size_t next_cut;         /* the skim's first cut after the last offset mapped */
    size_t cuts_seen;        /* the skim's markers libxml2 handed over */
    grid_notes notes;        /* the tables' merged numbers (grid.h) */
    /* the text of links (<a href>) in the flow: [start, end) pairs of
     * offsets into out; link_at is where the open one starts, -1 when none */
    uint32_t *links;
    size_t nlinks, caplinks;
    int64_t link_at;
    xxgk_input_image *images; /* the images (<img src>) of the flow */
    size_t nimages, capimages;
    /* site chrome (html_chrome.c): the non-blank characters written to
     * the flow, those inside a link, the links with text, the tables
     * opened, the data tables written and the blocks dropped, all counted
     * from the start;
     * the page's furniture lines as [start, end) pairs of offsets into out */
    uint32_t flow_chars, link_chars, link_count, tables_seen, tables_done, chrome_drops;
    uint32_t *furniture;
    size_t nfurniture, capfurniture;
    /* where the site's footer was dropped from out (the last one that
     * stands, its text gone: where the text after it starts); 0: none */
    uint32_t footer_at;
    /* links whose text is the page's own (html_chrome.c): a heading that
     * is one link (the title), a link inside a sentence (prose); [start,
     * end) pairs of offsets into out, in order, taken out of links at the
     * end (html_chrome_finish) */
    uint32_t *own;
    size_t nown, capown;
    /* headings that are one link holding 报告 (title candidates), as own;
     * plain_title: a heading of plain text holds 报告 (the page's title
     * is no link then) */
    uint32_t *otitle;
    size_t notitle, capotitle;
    bool plain_title;
    /* the words judge looks for in a block (html_chrome.c chrome_words),
     * found in one walk of the block: a chain of the words per key of a
     * character (its first byte when ASCII, else its last twelve bits),
     * heads and links as index + 1, 0 ending a chain; made at the page's
     * first judged block (chrome_words_made) */
    uint8_t chrome_head[4096], chrome_next[64];
    uint64_t chrome_lists[4]; /* a bit per word of each list */
    bool chrome_words_made;
    xxgk_input *in;
    html_list lists[HTML_MAX_LISTS]; /* the open lists, innermost last */
    size_t nlists;           /* open lists: deeper than HTML_MAX_LISTS not kept */
    html_style_memo memo;    /* the inline styles read (html_style_decls_memo) */
} hstate;

/* The classed elements the sink's next character stands in (html_flow.c). */
void html_cls_path_of(const hstate *h, html_cls_path *p);

table_state *html_top_table(hstate *h);
/* Where text goes: the open cell of the innermost data table, else the
 * flow of the page. */
textbuf *html_sink(hstate *h);
bool html_in_cell(hstate *h);
/* Does the style [st, end) hide its element (display:none,
 * visibility:hidden)? */
bool html_style_hides(const char *st, const char *end);
/* The colour a CSS value (or, legacy, a colour attribute: the '#' may be
 * left out) names: 0xRRGGBB, HCOLOR_CLEAR (transparent), HCOLOR_UNKNOWN. */
uint32_t html_color(const char *s, size_t n, bool legacy);
/* What the style [st, end) declares into d (see html_decls). */
void html_style_decls(const char *st, const char *end, html_decls *d);
/* Does the style [st, end) make a box of size 0 that clips what it holds
 * (width or height 0, overflow hidden or clip on that axis)? 0: no; 2: a
 * box it is (display other than inline, a float, absolute or fixed
 * position); 1: whether it is a box the style does not say. */
int html_style_box0(const char *st, const char *end);
/* What d sets of the properties in which (CSS_* bits) into lk. */
void html_decls_look(const html_decls *d, uint8_t which, html_look *lk);
/* What the style [st, end) sets of lk (the rest of lk kept). */
void html_style_look(const char *st, const char *end, html_look *lk);
/* Does the style [st, end) hide its element or say anything of its
 * look (html_look)? The skim keeps such a style for html.c to read. */
bool html_style_matters(const char *st, const char *end);
/* html_style_matters, html_style_hides and html_style_decls (into a d of
 * zeros: d's old content is not read) through the memo m. */
bool html_style_matters_memo(html_style_memo *m, const char *st, const char *end);
bool html_style_hides_memo(html_style_memo *m, const char *st, const char *end);
void html_style_decls_memo(html_style_memo *m, const char *st, const char *end, html_decls *d);
void html_style_memo_free(html_style_memo *m);
/* White space of HTML text, and no-break space: a space of the text at
 * most (inline: asked of every character of a text node). */
static inline bool html_blank(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0;
}
/* A block boundary: a new line in the flow, a line break in a cell. */
void html_block_break(hstate *h);
/* The edge of an inline box set apart by its spacing in a cell: a line
 * break in the cell, but for a footnote mark after a number. */
void html_apart_break(hstate *h);
/* Lists (html_list.c): an <ol> or <ul> opens (its style, type, start and
 * reversed attributes) and closes; an <li> starts, its marker written at
 * page offset at. */
void html_list_open(hstate *h, bool ordered, const char *style, const char *type, const char *start,
                    bool reversed);
void html_list_close(hstate *h);
void html_list_item(hstate *h, const char *value, uint32_t at);
/* Site chrome (html_chrome.c): a block of the flow opens (f its frame);
 * it closes: navigation (a block whose text is mostly links, a
 * breadcrumb, a list of related links) and the site's footer after the
 * report's tables are dropped from the text, page furniture (发布时间：…
 * 浏览次数：…, 【字体：大 中 小】, 打印本页 关闭窗口) is kept but noted as
 * no prose (in->furniture). Never a block holding a table, a section
 * heading or a title. */
void html_chrome_open(hstate *h, frame *f, const char *cls, const char *id);
void html_chrome_close(hstate *h, const frame *f);
/* The links whose text is the page's own (a heading that is one link, a
 * link in a sentence) are no links of the page: taken out of h->links. */
void html_chrome_finish(hstate *h);
/* A class or id value [v, v+n) that names a title: a word of it holds
 * "title", or a part of one (split at - and _) is "tit" or "bt" (标题).
 * The skim keeps such values for html_chrome_open. */
bool html_title_name(const char *v, size_t n);

/* The page offset of the next character (UTF-8 bytes b[0..l)) at or after
 * the cursor, before end; moves the cursor past it. */
uint32_t html_align(hstate *h, const uint8_t *b, int l, uint32_t end);
/* Write one character that stands at page offset at, after the space or
 * line break owed before it. */
void html_put_char(hstate *h, const uint8_t *b, int l, uint32_t cp, uint32_t at);
/* A <sup> (sup) or <sub> opens, or closes (html_flow.c): a mark right
 * after a character of a cell's text is the footnote mark of what it
 * stands after, written glued to it. */
void html_mark_open(hstate *h, bool sup);
void html_mark_close(hstate *h, bool sup, uint32_t at);
#endif
