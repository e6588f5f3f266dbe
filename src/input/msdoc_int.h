/* Inside the .doc front end: the Word file's streams, its main text as
 * characters with their places in the WordDocument stream, and the
 * paragraph and character properties read from the FKP pages (msdoc.c);
 * the walk that turns them into lines and tables (msdoc_text.c). */
#ifndef XXGK_MSDOC_INT_H
#define XXGK_MSDOC_INT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { MSDOC_MAX_CELLS = 64 }; /* Word's rows hold 63 cells at most */

/* A row's table properties (the TAP, of its row-end paragraph): its cells'
 * boundaries in twips (x[0] the first cell's left edge, x[i + 1] cell i's
 * right one) and merges: vmerge 0 none, 1 merged with the cell above,
 * 3 a merge starts here; hmerge 0 none, 1 first of a horizontal merge,
 * 2 merged into the cell before. */
typedef struct wd_tap {
    int n;
    int16_t x[MSDOC_MAX_CELLS + 1];
    uint8_t vmerge[MSDOC_MAX_CELLS];
    uint8_t hmerge[MSDOC_MAX_CELLS];
} wd_tap;

/* A paragraph's properties as far as tables go (the PAPX's sprms). */
typedef struct wd_para {
    bool in_table;   /* sprmPFInTable */
    bool ttp;        /* sprmPFTtp: the row's end mark */
    bool inner_cell; /* sprmPFInnerTableCell: a nested table's cell end */
    bool inner_ttp;  /* sprmPFInnerTtp: a nested table's row end */
    int itap;        /* sprmPItap: table depth (0 with in_table means 1) */
    int ilfo, ilvl;  /* sprmPIlfo (1-based list override, 0 none), sprmPIlvl */
    bool ilfo_set, ilvl_set; /* ... given (else its style's, wd_style) */
    bool has_tap;
    wd_tap tap;
} wd_para;

/* A run of the WordDocument stream's bytes [fc0, fc1) with one set of
 * properties: its grpprl at bytes [off, off + len) of the stream (len 0:
 * none) */
typedef struct wd_run {
    uint32_t fc0, fc1;
    uint32_t off;
    uint16_t len;
} wd_run;

/* The bits of a piece's own properties (its Prm: a fast save's) that
 * change what is read: sprmCFRMarkDel, sprmCFVanish set, and on;
 * sprmCIss set, and raised or lowered */
enum {
    WD_PIECE_DEL_SET = 1,
    WD_PIECE_DEL = 2,
    WD_PIECE_VANISH_SET = 4,
    WD_PIECE_VANISH = 8,
    WD_PIECE_ISS_SET = 16,
    WD_PIECE_ISS_UP = 32,
    WD_PIECE_ISS_DOWN = 64,
};

/* A text box of the main text (PlcftxbxTxt): its story's characters
 * [cp0, cp1) of wd's ch (after the main text), the main text's character
 * anchoring its shape (PlcSpaMom, the shape whose spid is the box's lid;
 * SIZE_MAX when none); cut: its story lies past what the pieces hold. */
typedef struct wd_box {
    size_t anchor, cp0, cp1;
    bool cut;
} wd_box;

/* A paragraph style's numbering (the STSH's UpxPapx, its bases' first):
 * its sprmPIlfo and sprmPIlvl, 0 when it has none. */
typedef struct wd_style {
    int16_t ilfo;
    uint8_t ilvl;
} wd_style;

typedef struct wd {
    uint8_t *doc, *tbl, *data;   /* WordDocument, 0Table/1Table, Data; malloc'd */
    size_t ndoc, ntbl, ndata;
    uint32_t *ch;                /* the main document's characters (UTF-16 units) */
    uint32_t *fc;                /* each one's byte offset in WordDocument */
    size_t nch;                  /* the main text's; then the other stories up to the boxes' */
    size_t nall;
    uint8_t *piece;              /* each character's piece's own properties (WD_PIECE_*) */
    bool prm_lost;               /* a piece's Prm names no Prc: its properties unknown */
    wd_box *boxes;               /* sorted by anchor */
    size_t nboxes;
    wd_run *papx, *chpx;         /* sorted by fc0 */
    size_t npapx, nchpx;
    struct wd_numbering *num;    /* the lists (msdoc_num.c), NULL when none */
    wd_style *styles;            /* per istd; NULL when the STSH cannot be read */
    size_t nstyles;
} wd;

/* Why a .doc could not be read: the catalogue code (L055, L056, L057),
 * its argument in why and *num (msdoc_what's kind, msdoc_locked's how);
 * code 0 with why: out of memory. */
bool wd_load(wd *w, const uint8_t *b, size_t n, int *code, unsigned long *num, char *why, size_t cap, bool zh);
void wd_free(wd *w);
/* The properties of the paragraph holding the character at fc. */
void wd_para_at(const wd *w, uint32_t fc, wd_para *p);
/* Is character i (of ch) deleted with tracked changes (sprmCFRMarkDel) or
 * hidden (sprmCFVanish), by its CHPX or its piece's own properties (which
 * win)? Neither is in the text Word shows. */
bool wd_char_unseen(const wd *w, size_t i);
/* Is character i raised (1: superscript) or lowered (2: subscript) by
 * sprmCIss (0: neither), its CHPX's or its piece's own (which win), as
 * wd_char_unseen reads them, or, without sprmCIss, by its CHPX's
 * sprmCHpsPos of 2 half-points or more? A footnote mark, as the .docx's
 * w:vertAlign and w:position; a character style's raise is not read, nor
 * a piece's own sprmCHpsPos. */
int wd_char_raise(const wd *w, size_t i);
/* Both at once, from one walk of character i's properties: its raise as
 * wd_char_raise's, and whether it is unseen as wd_char_unseen's; the
 * text walk asks both of every character. */
int wd_char_read(const wd *w, size_t i, bool *unseen);
#endif
