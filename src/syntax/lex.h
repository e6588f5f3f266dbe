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
    RT_CHAR,     /* one code point the table scanner does not know; aux
                    RT_GLUED: digits with a letter glued to them (11O) */
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

enum { RT_GLUED = 1 }; /* RT_CHAR's aux: the lexer's NUMGLUED */
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
    bool runon; /* the breaks are only headings run onto a line (runon_breaks): no page text */
    /* page text: places where a number's end is unproven (pagetext.h pt_ends), in order */
    const uint32_t *unproven;
    size_t nunproven, iunproven;
    /* read as page text here: virtual breaks (nbrk) or a glued table's line
     * to its table's end (tokens.c glued_line_mode); one flag, asked of
     * every token (sc_pagetext) */
    bool pagetext;
    bool glued_line;  /* the line is itself a glued one (its typed rows after it are not): clip_token */
    bool glued_hint;  /* a number token that may be a glued table's (lexer.re glued_hint): parse.c
                       * then looks for glued lines (pagetext_glued_lines) */
    bool line_sep;    /* a U+2028, U+2029 or NEL met (lexer.re LSEP): parse.c reads the text
                       * again with them as LFs (doc_line_seps_to_lf) */
    /* the end of the physical line last asked for (line_end), and the last
     * cell delimiter of a line (title_again): page text asks again at every
     * virtual line of one physical line */
    const uint8_t *eol_from, *eol;
    size_t li; /* the line index's line at or before the last line_end */
    const uint8_t *delim_eol, *delim_from, *last_delim;
    /* the last run of bytes a label's spelling may hold, read to its end
     * (lexer.re: spell_run) */
    const uint8_t *spell_from, *spell_to;
    /* P060 given: a word fold (資訊 for 信息) is noted once a report */
    bool word_noted;
    /* the current table line opens and closes with a cell bar (bar_row_line):
     * its TABs pad the bars, no cells of their own */
    bool bar_row;
} scanner;

void scanner_init(scanner *sc, xxgk_doc *doc);
void scan_next(scanner *sc, raw_token *t);
/* scan_next where scan_plain_ready holds and scan_plain found no plain
 * token: the table scanner's DFA reads it. */
void scan_table_next(scanner *sc, raw_token *t);
/* The heading numeral opening [s, e) in any numbering a heading of a line
 * may have (lexer.re sec_num: 一、 一. 一． 第一部分 （一） 1、 1. 一 and
 * blanks): its value, *after past it and the blanks after; else 0. The
 * text must end in a NUL or a line break after e. */
int lex_section_numeral(const uint8_t *s, const uint8_t *e, const uint8_t **after);

/* ---- plain cells: the common tokens of a table line without the DFA ----
 * Read by the scanner (scan_next, plain_line) and, inside a line of a
 * table, by the token filter straight from the scanner's bytes
 * (scan_plain): most tokens of a table are these four. */

/* Whether a run of ASCII digits ending at p is the DFA's whole match, a
 * NUMBER: past the spaces and TABs after it comes a digit, a | or a line
 * break. Anything else may make a longer match (a unit, even after a TAB:
 * 5<TAB>万元; a decimal point, a thousands comma, an exponent; a row mark
 * 1、). One match reaches past the line break: a label with an item number
 * (labels.def's labels that start with a digit all go on with SPN* and
 * 、 . or ．: 1 SPN* 、属于国家秘密), so at a line break what follows the
 * blanks and breaks must not be one of those three. The line is found by
 * its break, not by sc->line_eol: a label read over line breaks leaves the
 * scanner on a later line than the one it started. */
/* Always inlined: it is asked of every run of digits in a table
 * (plain_token), the line-break part too (the last cell of a row). */
static inline __attribute__((always_inline)) bool digits_whole(const uint8_t *p, const uint8_t *lim)
{
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != '\r' && *p != '\n')
        return (*p >= '0' && *p <= '9') || *p == '|';
    for (;;) { /* SPN*: blanks and line breaks, U+3000 and U+00A0 among them */
        if (p < lim && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r' || *p == '\n'))
            p++;
        else if (lim - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
            p += 3;
        else if (lim - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
            p += 2;
        else
            break;
    }
    bool dun = (p < lim && *p == '.') ||
               (lim - p >= 3 && ((p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || /* 、 */
                                 (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8E)));  /* ． */
    return !dun;
}

/* The next token of a table line when it is one of the common four, as
 * scan_table would read it (grammar/lexer.re): a TAB, a | (with the spaces before it), a run
 * of ASCII digits that is a whole NUMBER (digits_whole), the line break;
 * spaces before a TAB, digits or the break skipped. Its start goes to
 * *START, its end is the cursor; a NUMBER's unit is none (the callers'
 * tokens start with none). Else -1, nothing read: the DFA reads on. Never
 * in page text, whose tokens clip_token may cut.
 * Always inlined: it is most tokens of a table, and the call cost a third
 * of its work (GCC left it a call, as plain_line uses it too). */
static inline __attribute__((always_inline)) int plain_token(scanner *sc, uint32_t *start)
{
    const uint8_t *s = sc->cur, *p = s;
    while (*p == ' ')
        p++;
    if (*p == '\n' || *p == '\r') { /* EOL: CR LF, LF or CR */
        *start = (uint32_t)(p - sc->base);
        sc->cur = p + (p[0] == '\r' && p[1] == '\n' ? 2 : 1);
        return RT_NL;
    }
    if (*p == '\t') { /* before |: most cells of a table follow a TAB */
        if (sc->bar_row)
            return -1; /* a bar row's TAB pads a bar: the DFA skips it */
        *start = (uint32_t)(p - sc->base);
        sc->cur = p + 1;
        return RT_TAB;
    }
    if (*p == '|') {
        *start = (uint32_t)(s - sc->base);
        sc->cur = p + 1;
        return RT_PIPE;
    }
    if (*p < '0' || *p > '9')
        return -1;
    const uint8_t *d = p;
    while (*d >= '0' && *d <= '9')
        d++;
    if (!digits_whole(d, sc->lim))
        return -1;
    sc->glued_hint |= d - p >= 15; /* table 四's cells glued, the line's last run (glued_hint) */
    *start = (uint32_t)(p - sc->base);
    sc->cur = d;
    return RT_NUMBER;
}

/* Is the text read as page text here: run-together page text (its
 * virtual breaks) or a glued table's line in a typed text (the flag pagetext)?
 * Its tokens take the scanner's full path (scan_edge, clip_token). */
static inline bool sc_pagetext(const scanner *sc)
{
    return sc->pagetext;
}

/* Can the next token be read by scan_plain? Inside a line (not at its
 * start, where scan_edge tests the whole line), not page text (whose
 * tokens clip_token may cut at a virtual break) and not a markdown
 * column-header row (whose words the filter drops): there scan_next only
 * runs the scanner of the mode, and nothing else it does touches the
 * token. */
static inline bool scan_plain_ready(const scanner *sc)
{
    return !sc->bol && !sc_pagetext(sc) && !sc->md_header;
}

/* Is the next token, inside a line, its line break? A CR or LF next is
 * one in either mode (prose: the text rule takes neither; table: EOL),
 * and so is a virtual break of page text there (virtual_break). */
static inline bool scan_at_break(const scanner *sc)
{
    return !sc->bol && sc->cur < sc->lim && (*sc->cur == '\n' || *sc->cur == '\r');
}

/* A plain token (scan_plain): its kind and place. All the token filter
 * needs of it: it is inside a line (not bol), on no markdown header row,
 * and a NUMBER has no unit. */
typedef struct plain_tok {
    int kind;
    uint32_t start, end;
} plain_tok;

/* The next token when scan_plain_ready and it is a plain one, as
 * scan_next gives it (token_done: its kind and end, the line ended at a
 * break): in a table one of plain_token's four, in prose the line break
 * right at the cursor (a break after blanks ends the text run before
 * it). Else -1, nothing read. */
static inline __attribute__((always_inline)) int scan_plain(scanner *sc, plain_tok *t)
{
    int k;
    if (sc->mode == MODE_TABLE) {
        k = plain_token(sc, &t->start);
    } else if (*sc->cur == '\n' || *sc->cur == '\r') {
        const uint8_t *p = sc->cur;
        t->start = (uint32_t)(p - sc->base);
        sc->cur = p + (p[0] == '\r' && p[1] == '\n' ? 2 : 1);
        k = RT_NL;
    } else {
        k = -1;
    }
    if (k < 0)
        return -1;
    t->kind = k;
    t->end = (uint32_t)(sc->cur - sc->base);
    if (k == RT_NL) {
        sc->bol = true;
        sc->md_level = 0;
    }
    return k;
}

/* At a line start outside page text (sc->bol, no virtual breaks): the
 * token scan_edge would give when it is a plain one, a blank line's break
 * or a table line's first number (lexer.re). Else -1, nothing read. */
int scan_plain_bol(scanner *sc, plain_tok *t);

/* May scan_plain_bol read the next token? At a line start outside page
 * text whose first byte can open a blank line or, in a table, a number
 * (most lines open with a word: no call for them). */
static inline bool scan_plain_bol_may(const scanner *sc)
{
    uint8_t c = *sc->cur;
    return sc->bol && !sc_pagetext(sc) &&
           (c == '\n' || c == '\r' || c == ' ' || c == '\t' ||
            (sc->mode == MODE_TABLE && c >= '0' && c <= '9'));
}

/* label data (generated/labels_data.h, wrapped by labels.c) */
enum label_kind { LK_SEC = 1, LK_CLAUSE, LK_HEAD, LK_COL, LK_ROW, LK_GROUP };
struct label_entry {
    int kind, table, key, tmpl, variant, match;
    int next_same; /* next entry with the same text, -1 at the end */
    int canon;     /* the entry of the template's own text for the same key */
    const char *text;    /* folded: simplified, half-width punctuation */
    const char *display; /* as written in grammar/labels.def */
    size_t len;          /* strlen(text): the look-ups compare many texts */
};
/* The entries (labels.c's one array) and their number, read inline: the
 * builder and the lexer ask for an entry tens of thousands of times a
 * run, a call each was more than the read. */
extern const struct label_entry *const label_entries_all;
extern const int label_entries_count;
static inline const struct label_entry *label_entry_at(int i) { return &label_entries_all[i]; }
static inline int label_count(void) { return label_entries_count; }
/* The entries of section SEC's titles (its SEC entries, every variant),
 * and the header words of TABLE (its CLAUSE, HEAD and COL entries whose
 * folded text is 6 bytes or more), in the table's order: their number, *V
 * set to them (0 and *V untouched for a key with none); the SEC entries'
 * range [*from, *to). Made by genlabels, so a look-up walks these few,
 * not the table. */
int label_section_entries(int sec, const short **v);
/* The same less the keyword patterns (variant 2): the section's titles. */
int label_section_titles(int sec, const short **v);
int label_header_words(int table, const short **v);
void label_section_range(int *from, int *to);
/* Find the entry of a matched label that belongs to the given table (-1 for
 * sections), or -1 when the label means nothing there. Inline: the filter
 * asks it at every label of a table (on_label, 24,538 times over bench300),
 * a walk of one or two entries that cost less than the call. */
static inline int label_for_table(int match, int table)
{
    for (int i = match; i >= 0; i = label_entries_all[i].next_same)
        if (label_entries_all[i].table == table)
            return i;
    return -1;
}
/* The numbered row label of TABLE whose words after its number are the
 * words of label ENTRY (3.其他 for table 三's column 其他), or -1. */
int label_bare_row(int entry, int table);
/* The numeral of table 三's summed group ("（三）" for 不予公开, "（四）"
 * 无法提供, "（五）" 不予处理) whose word the text of label ENTRY holds,
 * NULL for an entry of none (三、本年度办理结果). */
const char *label_summed_group(int entry);
/* Normalise UTF-8 text for comparison: fold traditional to simplified,
 * full-width to half-width, drop white space and '?'. Returns length. */
size_t label_fold(const uint8_t *s, size_t n, char *out, size_t cap);
/* label_fold of a caption's words: every caption-blank between them
 * (utf8.h utf8_caption_blank_len: U+00A0, U+2000..U+200B …) dropped. */
size_t caption_fold(const uint8_t *s, size_t n, char *out, size_t cap);
/* One code point folded as label_fold folds it (white space not dropped). */
uint32_t label_fold_cp(uint32_t cp);
/* The first character of the N bytes at P folded (label_fold_cp), 0 if
 * none (tokens.c glued_page_header, build_pageno.c bld_glued_page_header). */
uint32_t label_fold_first(const uint8_t *p, size_t n);
/* label_fold over a text with a map from folded bytes to source offsets. */
size_t label_fold_map(const uint8_t *s, size_t n, uint32_t base, char *out, uint32_t *off);
/* The section heading entry whose keywords (labels.def, variant '?') the
 * folded text holds in order, or -1. */
int label_keyword_heading(const char *folded);
/* Does the line [S, E) hold a character that the label fold reads as the
 * first character of a keyword heading's keywords (总 主 收 依 复 问 其, 總 問
 * 復 …)? When not, no fold of it names a keyword heading. Bytes only. */
bool label_may_name_keyword(const uint8_t *s, const uint8_t *e);
/* Keyword J of keyword heading I in labels.def's order, NULL past the last. */
const char *label_keyword_heading_word(size_t i, size_t j);
/* label_keyword_heading when its entry is of section KEY, else -1: the
 * same answer, with a search of KEY's keywords first (most text holds
 * none of them). */
int label_keyword_heading_of(const char *folded, int key);
/* The shortest prefix of FOLDED (N bytes, whose label_keyword_heading is
 * ENTRY) that still answers ENTRY, cut a code point at a time from its end. */
size_t label_keyword_heading_len(const char *folded, size_t n, int entry);
/* Is the line [S, E) a table label written with a section's numeral and 、
 * as labels.def has it (一、本年新收政府信息公开申请数量), or in traditional
 * script (each character one that folds to the label's: 結轉), then ASCII
 * only (cells, delimiters), or its cells and any words after them
 * (label_cells_follow)? Such a line is a row, never a heading, whatever
 * its fold holds. With ASCII only after the label its fold holds no
 * keyword heading (the label's fold and the cells': none of these labels
 * folds to one, test_script_fold; a keyword is ideographs, genlabels;
 * ASCII folds to ASCII). With words glued after its cells (a page's
 * header: stop 70) its fold may hold a heading's keywords; the line is
 * still taken as the row, and the table scanner reads the words after
 * its values (glued_page_header: P081, else P009 or P019). */
bool label_numbered_row_line(const uint8_t *s, const uint8_t *e);
/* Rule (stop 70, P081): such a label followed by its cells (at P: a TAB
 * or a |, or blanks (utf8_blank_len: space, TAB, U+3000, U+00A0) and
 * an ASCII digit) is a row whatever words end its
 * line: a page's header glued after the row's last value
 * (二、上年结转…⇥5青禾市…年度报告三、收到和处理政府信息公开申请情况) holds a
 * heading's keywords, but the line opens as a row; the table scanner
 * reads the words after the values (glued_page_header: P081, else P009).
 * label_numbered_row_line and the lexer's numbered_row_spelled ask it
 * where the line holds more than ASCII after the label. */
bool label_cells_follow(const uint8_t *p, const uint8_t *e);
/* The length of such a label (either script) that [s, e) begins with,
 * whatever follows it, else 0. */
size_t label_numbered_row_at(const uint8_t *s, const uint8_t *e);
/* Is the folded text a piece of some table label? */
bool label_is_fragment(const char *folded, size_t n);
/* Is the printed text S[0..N) a near variant of the template label TMPL (a
 * typo, other punctuation)? src/syntax/near_label.c */
bool label_near(const uint8_t *s, size_t n, const char *tmpl);
/* Does the printed text S[0..N) abbreviate the label TMPLS[DUE] among a
 * table's row labels TMPLS[0..NTMPLS): a subsequence of it, holding a pair
 * of neighbouring characters no other of them holds (two such, or one and
 * half its words), naming no other row so, and holding no lost character (? or U+FFFD)?
 * src/syntax/near_label.c */
bool label_abbreviates(const uint8_t *s, size_t n, const char *const *tmpls, int ntmpls, int due);
#endif
