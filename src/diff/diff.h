/* xxgk diff: the structural difference between two reports of one agency.
 *
 * diff_reports() compares the first copy of each document:
 *  - sections by canonical id (never by printed number or position);
 *  - sub-headings by title with numbering stripped and script folded, then
 *    by similarity: inserted, deleted, renamed (update) and moved;
 *  - prose per section: a similarity figure and the paragraphs added,
 *    removed, changed or moved;
 *  - every table cell by (table, row key, column key), with the exact
 *    change, and the template identities the new value breaks or repairs;
 *    across the 2019 -> 2021 template change, the rows and columns of one
 *    side only, and the rows that map (2019 other = sum of 2021 other.*);
 *  - cross-year checks when NEW is the next year of the same agency.
 * The result owns copies of the texts it shows (titles, paragraphs) but
 * points into the documents for file names and agencies: free it before
 * them. No global state: pairs may be diffed on several threads at once. */
#ifndef XXGK_DIFF_H
#define XXGK_DIFF_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "xxgk.h"
#include "template.h"

enum diff_action { DIFF_INSERT = 1, DIFF_DELETE, DIFF_UPDATE, DIFF_MOVE };
/* DIFF_K_TABLE and DIFF_K_ROW are the kinds of a group of cells
 * (diff_group), never of an entry of diff_result.changes. */
enum diff_kind { DIFF_K_SECTION = 1, DIFF_K_HEADING, DIFF_K_PARAGRAPH, DIFF_K_CELL, DIFF_K_TABLE, DIFF_K_ROW,
                 DIFF_K_REMARK /* a row's remark (P133's column): its table and row, old_text, new_text */ };
const char *diff_action_name(int action); /* "insert" … */
const char *diff_kind_name(int kind);     /* "section" … "table", "row" */

/* Section id used for the text before section 一. */
enum { DIFF_PREAMBLE = 0 };
const char *diff_section_key(int section); /* "preamble", "overview" … */

/* Identities of the template (../shared/spec/template.md, "Arithmetic"):
 * the template module's (src/template/template.def), by the same numbers. */
enum diff_identity_id {
    DIFF_ID_ROW_TOTAL = XXGK_ID_ROW_TOTAL,           /* requests, per row: total = the six applicant columns */
    DIFF_ID_LEGAL_SUBTOTAL = XXGK_ID_LEGAL_SUBTOTAL, /* requests, per row: legal_subtotal = the five org columns */
    DIFF_ID_HANDLED_TOTAL = XXGK_ID_HANDLED_TOTAL,   /* requests, per column: handled_total = the outcomes */
    DIFF_ID_BALANCE = XXGK_ID_BALANCE,               /* requests, per column: new + carried_in = handled_total + carried_out */
    DIFF_ID_APPEALS_TOTAL = XXGK_ID_APPEALS_TOTAL,   /* appeals, per group: total = the four results */
};
const char *diff_identity_name(int id); /* "requests.row_total" … */

typedef struct diff_identity {
    int id;            /* enum diff_identity_id */
    int row, col;      /* the row (per-row identities) or the column; the other is 0 */
    xxgk_dec lhs, rhs; /* on NEW: the printed total and the sum of its parts */
} diff_identity;

enum diff_cell_flags {
    DIFF_CELL_UNITS = 1, /* units differ: values and change compared in 元 */
};

/* A cell whose place the reading doubts: a parse error (a P or L code of
 * severity error) concerns it, as export's flags tell (the values of a
 * P006/P007 row, a number merged over cells L030/L031, two numbers in one
 * cell P027 …); for a cell a side does not print, a parse error on its
 * row there (the row's label or another of its cells). Its value may be
 * another cell's, so a difference on it is not the report's change and a
 * cross-year check on it is skipped. code 0: the cell is placed. */
/* What an unplaced cell's finding is about: the cell alone, its row
 * (P006, P007, or a cell not printed), or its whole table (a table printed
 * but not read, P069). */
enum { DIFF_UNPLACED_CELL, DIFF_UNPLACED_ROW, DIFF_UNPLACED_TABLE };

typedef struct diff_unplaced {
    int code;     /* the finding's code */
    int scope;    /* DIFF_UNPLACED_CELL, _ROW or _TABLE */
    xxgk_pos pos; /* the finding's place */
} diff_unplaced;

typedef struct diff_change {
    int action, kind;
    int section, old_section; /* where it is on NEW (OLD for deletions) and on OLD */
    bool has_old, has_new;
    xxgk_span old_span, new_span;
    xxgk_pos old_pos, new_pos;
    const char *old_text, *new_text; /* titles, paragraphs; NULL when absent */
    int similarity;                  /* percent for renames and paragraph updates, else -1 */
    bool renamed;                    /* a heading that also changed its title */
    /* cells */
    int table, row, col;
    const char *mapped;   /* the cells NEW sums to match OLD's row, or OLD sums; else NULL */
    int mapped_row, mapped_parts; /* those cells: the first row and how many (diff_mapped's) */
    int old_state, new_state; /* enum xxgk_cell_state */
    xxgk_dec old_value, new_value, delta;
    bool has_delta;       /* both are values and the difference fits */
    int old_unit, new_unit, flags;
    diff_unplaced old_unplaced, new_unplaced; /* cells: the parse error doubting each side */
    size_t group;          /* cells: 1 + the index of its group in diff_result.groups, 0 when none */
    /* cells whose key a report prints more than once (a row's copies,
     * P014): this is the copy-th (from 1) of each side's copies in order of
     * appearance, OLD printing old_copies of them and NEW new_copies; copy
     * 0 when each side prints the cell at most once */
    int copy, old_copies, new_copies;
    diff_identity *breaks; /* identities that held on OLD and fail on NEW */
    size_t nbreaks;
    diff_identity *repairs; /* failed on OLD and hold on NEW */
    size_t nrepairs;
} diff_change;

/* The cells one side lacks because it prints none of their table, or none
 * of their row (the table printed): said once instead of cell by cell.
 * Its cells stay in diff_result.changes (each with `group` set), all
 * deletions (missing in NEW) or all insertions (missing in OLD), all
 * placed or all unplaced by the same findings (diff_unplaced), and two or
 * more. */
typedef struct diff_group {
    int action;          /* DIFF_DELETE: missing in NEW; DIFF_INSERT: missing in OLD */
    int kind;            /* DIFF_K_TABLE or DIFF_K_ROW */
    int table, row;      /* row 0 for a table */
    size_t first;        /* index of its first cell in diff_result.changes */
    size_t ncells;
    bool has_old, has_new; /* the side that prints it (the other lacks it) */
    xxgk_pos old_pos, new_pos; /* where: the table, or the row's label (else its first cell) */
} diff_group;

/* Prose of one section (or the preamble). */
typedef struct diff_prose {
    int section;
    bool in_old, in_new;
    int similarity;      /* percent: character-bigram Dice over the folded text */
    uint32_t old_chars, new_chars; /* folded code points */
    int same, updated, added, removed, moved; /* paragraphs */
    int headings_same;   /* headings matched with the same title and place */
} diff_prose;

/* Something of one template only: a row (col == 0) or a column of a row. */
typedef struct diff_only {
    bool in_old;         /* on OLD only (else NEW only) */
    int table, row, col;
    bool template_lacks; /* the other side's template has no such cell; else
                            the other report just does not print it (legal_subtotal) */
    xxgk_span span;      /* first cell on its side */
    xxgk_pos pos;
} diff_only;

/* One row that carries over the template change: OLD's cell against the
 * sum of NEW's (or the reverse). */
typedef struct diff_mapped {
    int table, col;
    int old_row, new_row; /* the row on each side, or the first of the parts it sums */
    int old_parts, new_parts; /* how many rows each side sums: 1 for the row alone */
    const char *old_desc, *new_desc; /* "other", "other.no_correction+other.fee_unpaid+other.other" */
    bool known;           /* every cell is a value */
    xxgk_dec old_value, new_value;
    xxgk_pos old_pos, new_pos;
    bool has_old, has_new;
} diff_mapped;

enum diff_check_status { DIFF_PASS = 1, DIFF_FAIL, DIFF_SKIPPED };
const char *diff_status_name(int status); /* "pass", "fail", "skipped" */

typedef struct diff_number {
    const char *name;    /* "old.carried_out", "new.issued" … */
    bool has;            /* a value was printed */
    xxgk_dec value;
    bool on_new;
    xxgk_pos pos;
} diff_number;

typedef struct diff_check {
    const char *name;    /* "carry_over", "in_force.rules", "in_force.normative_docs",
                          * "items.licensing" … "items.fees" (2019 template) */
    int col;             /* carry_over: the column; else 0 */
    int status;          /* enum diff_check_status */
    const char *reason_en, *reason_zh; /* why skipped or failed; NULL on pass */
    diff_number nums[5];
    int nnums;
    bool has_old, has_new;
    xxgk_pos old_pos, new_pos;
} diff_check;

enum diff_script { DIFF_SCRIPT_UNKNOWN = 0, DIFF_SCRIPT_SIMPLIFIED, DIFF_SCRIPT_TRADITIONAL,
                   DIFF_SCRIPT_MIXED };
const char *diff_script_name(int script);

/* The same names as a reader of LANG (XXGK_LANG_EN or XXGK_LANG_ZH) sees
 * them: the English are the keys above; the Chinese are the human
 * format's and the page's words (部分, 简体, 不符, 总体情况 …). */
const char *diff_kind_word(int kind, int lang);
const char *diff_script_word(int script, int lang);
const char *diff_status_word(int status, int lang);
const char *diff_section_word(int section, int lang);
/* A side of a diff_mapped for LANG from its row and part count; KEY (its
 * old_desc or new_desc) in English (buf: 64 bytes suffice). */
const char *diff_mapped_word(int row, int nparts, const char *key, int lang, char *buf, size_t size);
/* Which copy a change is on, for a cell a report prints more than once
 * (diff_change.copy, P014): "[copy 2: 3 in OLD, 3 in NEW]", in Chinese
 * "[第 2 份：旧报告 3 份，新报告 3 份]"; "" when copy is 0. The human
 * format's and the page's. */
const char *diff_copy_word(const diff_change *c, int lang, char *buf, size_t size);
/* A check's name for LANG (carry_over.natural_person, 上年结转 · 自然人);
 * buf: 160 bytes suffice. */
const char *diff_check_word(const diff_check *c, int lang, char *buf, size_t size);

typedef struct diff_side {
    const xxgk_doc *doc;
    const xxgk_report *r;
    const char *file, *agency; /* agency NULL when unknown */
    const char *agency_key;    /* the agency folded (xxgk_report.agency_key) */
    const char *date;          /* publication date YYYY-MM-DD, NULL when none */
    int year, tmpl;            /* 0 when unknown */
    int script;                /* enum diff_script */
    size_t errors;             /* parse errors */
    size_t doubts;             /* findings that may doubt a cell: the errors and P121 (cell_doubt_count) */
    struct cell_flags *flags;  /* while the passes run: the findings on its cells
                                  (core/cell_flags.h); NULL after */
} diff_side;

typedef struct diff_result {
    arena arena;
    diff_side old, new;
    diff_change *changes;
    size_t nchanges, cap_changes;
    diff_prose prose[XXGK_SEC__COUNT]; /* indexed by section id, 0 = preamble */
    diff_only *only;
    size_t nonly, cap_only;
    diff_mapped *mapped;
    size_t nmapped, cap_mapped;
    diff_check *checks;
    size_t nchecks, cap_checks;
    diff_group *groups;
    size_t ngroups, cap_groups;
    /* what the cross-year checks took for granted (P042, the agency of one
     * side unknown): the code and its message, NULL when nothing */
    int assumed_code;
    const char *assumed_en, *assumed_zh;
    /* both agencies known and different once folded: the pair is two
     * agencies' reports (given by mistake, or on purpose), not one agency's
     * years; the printers say so before the changes */
    bool other_agency;
    size_t cells_same[XXGK_TABLE__COUNT], cells_changed[XXGK_TABLE__COUNT];
    /* cells that differ where a side is unplaced (not in cells_changed) */
    size_t cells_unplaced[XXGK_TABLE__COUNT];
    bool failed;               /* memory ran out: the result is incomplete */
} diff_result;

/* Compare the first copy of OLD with the first copy of NEW. NULL when
 * memory runs out or a document has no report. */
diff_result *diff_reports(const xxgk_doc *old_doc, const xxgk_doc *new_doc);
void diff_free(diff_result *d);
/* Something changed: any action (script alone is no change). */
bool diff_changed(const diff_result *d);
/* Count of actions of a kind and action (0 = any): cells one by one,
 * grouped or not. */
size_t diff_count(const diff_result *d, int action, int kind);

/* The parse error that leaves a group's cells unplaced on the side that
 * lacks them (the same for each of its cells), NULL when that side surely
 * lacks them. A side may print a row it could not place (its label lost,
 * P006 on its numbers): such a group is "not placed in NEW", never
 * "missing in NEW". */
const diff_unplaced *diff_group_unplaced(const diff_result *d, const diff_group *g);

typedef struct diff_print_opts {
    bool color;
    bool only_changes;   /* hide what is equal */
    int lang;            /* enum xxgk_lang */
} diff_print_opts;

void diff_print_human(FILE *f, const diff_result *d, const diff_print_opts *o);
/* One JSON object, without a line break after it (docs/diff.md). */
void diff_print_json(FILE *f, const diff_result *d);
/* Why a cell is unplaced, for a reader: "the row has a parse error on NEW
 * (P007 at 29:1)" in English or Chinese (lang: enum xxgk_lang), into buf. */
const char *diff_unplaced_text(const diff_unplaced *u, bool on_new, int lang, char *buf, size_t size);
/* "cell", "row" or "table" (diff_unplaced.scope), as the JSON says it. */
const char *diff_unplaced_scope_name(int scope);

/* ---- text helpers shared by the diff passes (diff_text.c) -------------- */

/* Fold for comparison: traditional to simplified (OpenCC's character table),
 * full-width to ASCII, CJK punctuation to ASCII, white space, '?' and
 * markdown '#' dropped. Writes up to cap code points; returns the count. */
size_t diff_fold(const uint8_t *s, size_t n, uint32_t *out, size_t cap);
uint32_t diff_fold_cp(uint32_t cp);   /* one code point; 0 when dropped */
/* The next folded code point of s[*i..n), advancing *i past it; 0 at the
 * end. Lets a caller compare or hash folded text without storing it. */
uint32_t diff_fold_next(const uint8_t *s, size_t n, size_t *i);
/* Sorted multiset of the character bigrams of a folded text (one unigram
 * for a text of one character). Caller frees. */
uint64_t *diff_bigrams(const uint32_t *cps, size_t n, size_t *count);
/* Dice similarity of two bigram multisets, in percent (100 when both empty). */
int diff_dice(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);
/* The same from the count of shared bigrams and the two sizes. */
int diff_dice_counts(size_t common, size_t na, size_t nb);
/* Same text once folded (agency names, titles). */
bool diff_same_folded(const char *a, const char *b);
/* Same agency: equal once folded, each without one trailing 人民政府,
 * 政府, 管理委员会 or 管委会 (淮安市 = 淮安市人民政府). */
bool diff_same_agency(const char *a, const char *b);
/* Are two agencies' names, not equal, surely two agencies, not one agency
 * named two ways (平潭综合实验区 and 平潭综合实验区管委会, 某某县人民政府 and
 * 某某县政府, a name with or without its city)? Folded, neither holds the
 * other and they share no first two characters. */
bool diff_surely_other(const char *a, const char *b);
/* Characters that the fold changes (traditional forms) and CJK characters. */
void diff_script_count(const uint8_t *s, size_t n, size_t *trad, size_t *cjk);
#endif
