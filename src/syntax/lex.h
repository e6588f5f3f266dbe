/* The scanner (grammar/lexer.re) and its raw tokens. The token filter in
 * tokens.c turns raw tokens into the parser's tokens. */
#ifndef XXGK_LEX_H
#define XXGK_LEX_H
#include <stdbool.h>
#include <stdint.h>

#include "doc.h"

enum raw_kind {
    RT_EOF = 0,
    RT_NL,       /* a line break */
    RT_TAB,      /* cell delimiters */
    RT_PIPE,
    RT_CHAR,     /* one code point the table scanner does not know */
    RT_TEXT,     /* a run of prose */
    RT_NUMBER,   /* aux: unit; label: 1 when a unit was printed */
    RT_LABEL,    /* label: index into label_entries */
    RT_SECTION,  /* label: index of the section title entry; aux: numeral */
    RT_SUBHEAD,  /* aux: enum xxgk_numbering; label: the number's value */
    RT_TITLE,    /* a line ending in …工作年度报告 */
    RT_DATE,     /* a line holding only a date */
    RT_NOTE,     /* （此件公开发布） and the like */
    RT_PAGE,     /* a page marker such as -3- */
    RT_MARK,     /* "9." starting an unknown row */
};

enum scan_mode { MODE_PROSE = 0, MODE_TABLE };
enum { BAD_BYTES_REPORTED = 100 };

typedef struct raw_token {
    int kind;
    uint32_t start, end;
    int label, aux;
    int md_level; /* '#' count before a heading */
    bool bol;     /* first token of its line */
    bool header;  /* on a markdown column-header row (scanner.md_header) */
} raw_token;

typedef struct scanner {
    xxgk_doc *doc;
    const uint8_t *base, *cur, *lim;
    int mode;
    bool bol;
    /* the end of the current line (its first CR or LF, or lim), found at
     * its start (line_end, remembered per physical line): the whole-line
     * tests share it */
    const uint8_t *line_eol;
    int md_level;
    /* the current line is a markdown column-header row: a separator row
     * (|---|---|) follows and none of its cells is a number. Its words are
     * headers wherever the row stands, never values */
    bool md_header;
    /* bad bytes seen; past BAD_BYTES_REPORTED only counted (binary junk
     * would otherwise give a diagnostic per byte) */
    uint32_t bad_bytes;
    uint32_t first_unreported;
    bool bad_summary_done;
    /* run-together page text (pagetext.h): virtual line breaks, in order */
    const struct pt_break *brk;
    size_t nbrk, ibrk;
    /* the end of the physical line last asked for (line_end), and the last
     * cell delimiter of a line (title_again): page text asks again at every
     * virtual line of one physical line */
    const uint8_t *eol_from, *eol;
    size_t li; /* the line index's line at or before the last line_end */
    const uint8_t *delim_eol, *delim_from, *last_delim;
} scanner;

void scanner_init(scanner *sc, xxgk_doc *doc);
void scan_next(scanner *sc, raw_token *t);

/* label data (generated/labels_data.h, wrapped by labels.c) */
enum label_kind { LK_SEC = 1, LK_CLAUSE, LK_HEAD, LK_COL, LK_ROW, LK_GROUP };
struct label_entry {
    int kind, table, key, tmpl, variant, match;
    int next_same; /* next entry with the same text, -1 at the end */
    int canon;     /* the entry of the template's own text for the same key */
    const char *text;    /* folded: simplified, half-width punctuation */
    const char *display; /* as written in grammar/labels.def */
};
/* The entries (labels.c's one array) and their number, read inline: the
 * builder and the lexer ask for an entry tens of thousands of times a
 * run, a call each was more than the read. */
extern const struct label_entry *const label_entries_all;
extern const int label_entries_count;
static inline const struct label_entry *label_entry_at(int i) { return &label_entries_all[i]; }
static inline int label_count(void) { return label_entries_count; }
/* Find the entry of a matched label that belongs to the given table (-1 for
 * sections), or -1 when the label means nothing there. */
int label_for_table(int match, int table);
/* Normalise UTF-8 text for comparison: fold traditional to simplified,
 * full-width to half-width, drop white space and '?'. Returns length. */
size_t label_fold(const uint8_t *s, size_t n, char *out, size_t cap);
/* One code point folded as label_fold folds it (white space not dropped). */
uint32_t label_fold_cp(uint32_t cp);
/* label_fold over a text with a map from folded bytes to source offsets. */
size_t label_fold_map(const uint8_t *s, size_t n, uint32_t base, char *out, uint32_t *off);
/* The section heading entry whose keywords (labels.def, variant '?') the
 * folded text holds in order, or -1. */
int label_keyword_heading(const char *folded);
/* Is the line [S, E) a table label written with a section's numeral and 、
 * as labels.def has it (一、本年新收政府信息公开申请数量), then ASCII only
 * (cells, delimiters)? Its fold holds no keyword heading then: none of
 * these labels folds to one (test_script_fold), a keyword is ideographs
 * (genlabels), and ASCII folds to ASCII. */
bool label_numbered_row_line(const uint8_t *s, const uint8_t *e);
/* Is the folded text a piece of some table label? */
bool label_is_fragment(const char *folded, size_t n);
/* Is the printed text S[0..N) a near variant of the template label TMPL (a
 * typo, other punctuation)? src/syntax/near_label.c */
bool label_near(const uint8_t *s, size_t n, const char *tmpl);
#endif
