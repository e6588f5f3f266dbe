/* Parser context: the one state struct threaded through the token filter,
 * the Bison parser's actions and the AST builder. No globals. */
#ifndef XXGK_PARSE_H
#define XXGK_PARSE_H
#include "arena.h"
#include "lex.h"

/* What a TEXT token is, as the filter found it. */
enum text_role {
    TEXT_UNKNOWN = 0,  /* text no label matched: in prose a line of a paragraph;
                        * in a table a row label the template lacks, or words
                        * where a cell should be */
    TEXT_TABLE_PROSE,  /* a prose sentence inside a table section (a run of
                        * prose, "2020 年，我单位…"): never a row label, never a
                        * value; the builder makes it a paragraph */
};

/* A parser token: a slice of the input plus what the filter learnt. Each
 * field has one meaning; which tokens carry it is said beside it (the rest
 * leave it 0). It is Bison's semantic value, copied on every shift, so
 * the small enumerations are kept in one byte each (their enum named). */
typedef struct ptok {
    uint32_t start, end;
    uint32_t a_start, a_end; /* a heading's title */
    int tok;                 /* the token kind filter_next returned it as */
    int entry;               /* labels.def entry (section headings, table labels) */
    int key;                 /* table labels: the row, column or clause key of entry */
    int number;              /* headings: the value of the printed number */
    int md;                  /* headings: markdown level ('#' count) */
    uint8_t section;         /* section headings: enum xxgk_section_id */
    uint8_t repeats_section; /* SUBHEAD repeating a section's title: that
                                enum xxgk_section_id */
    uint8_t numbering;       /* SUBHEAD: enum xxgk_numbering */
    bool annex;              /* section heading: an annex's caption after 六 that
                                heads the section's table (tokens.c
                                annex_section_at) */
    uint8_t unit;            /* NUMBER: enum xxgk_unit printed beside it */
    uint8_t text;            /* TEXT: enum text_role */
    bool unit_printed;       /* NUMBER: a unit stood beside it */
    bool not_number;         /* NUMBER: digits with a letter glued to them (11O,
                                the lexer's NUMGLUED): a value's place in its
                                row, but no value (P046) */
    bool word_glued;         /* NUMBER: a word glued after its digits that is no
                                unit (148年, 3人: tokens.c glued_word_value): a
                                value's place in its row, but no cell (P009 at
                                the word) */
    bool page_glued;         /* NUMBER with word_glued: a page's header glued
                                right after its digits (tokens.c
                                glued_word_value): the page's number may end
                                them, no cell (P130 at the number) */
    bool joins_before;       /* NUMBER with word_glued: it shares its cell with the
                                NUMBER before it (148 2019年, the 148 given
                                already): one place (build_row.c
                                join_glued_words) */
    bool printed;            /* EMPTY: a cell the report prints (a dash, a slash, a
                                bare "|" line): a cell, never layout padding */
    bool renumbered;         /* ROW: its words printed after another item number
                                than the template's (3.保护第三方合法权益) */
    bool clause_gap;         /* NUMBER: a blank and a clause mark glued to the next
                                number stand after it (3 ；1 in a row of blank-
                                delimited cells: tokens.c clause_gap_split); one
                                number or two cells, the row's count says
                                (build_row.c rejoin_clause_pair) */
    bool delim_before;       /* NUMBER: a TAB or a | (its bytes) was read between it
                                and the token before it, on its line (tokens.c:
                                on_value); false: not known, the bytes say
                                (build_row.c: shared_cell) */
    bool scope;              /* section heading: a caption naming another scope
                                (（二）全系统) after the section's complete
                                table, a table of its own under it (tokens.c
                                scope_caption_at) */
} ptok;

enum { LAYOUT_ROWS = 8 };    /* full rows a short row's columns are learnt from */
enum { GRID_PENDING = 256 }; /* places on a TAB grid waiting for their lines to be counted */
enum { BARE_ROWS_MAX = 4 };
enum { BLANK_HOLD_MAX = 8 }; /* rows of one grid whose P023 waits for its end */ /* row labels with no value kept for the numbers after them */
enum { TRANS_ROWS_MAX = 96 };
enum { APP_WORDS_MAX = 64 };
/* runs of table 四's words past APP_WORDS_MAX kept: one before the row's
 * numbers, one after each of its fifteen and one more */
enum { APP_LOST_RUNS = 17 };
enum { PTRANS_ROWS_MAX = 8 }; /* items of a transposed clause of table 二 */ /* table 四's header and row words kept for a transposed reading */ /* outcome labels of a transposed table 三's header, on up to three lines */

/* What the builder knows of the row being read. */
enum row_kind {
    ROW_TEMPLATE = 0, /* a row of the template: row.key is its xxgk_row_key */
    ROW_UNKNOWN,      /* text where a row label stands: no row of the template */
    ROW_SPENT,        /* text that stood in place of a number of the row before
                       * (P009): the numbers after it go to no row */
};
struct row_ref {
    enum row_kind kind;
    int key; /* ROW_TEMPLATE: the row */
};

/* Table labels as read are kept until the table ends, column labels and
 * row labels apart (the public xxgk_label_use keeps only the key). A label
 * of one template's (labels.def's tmpl), which the table's template, known
 * at its end, may make a variant, is noted too: which it was, and its
 * labels.def entry. */
enum use_kind { USE_COLUMN = 0, USE_ROW };
struct use_info {
    enum use_kind kind;
    size_t at; /* in uses[kind] */
    const struct label_entry *entry;
};

/* The rectangle of row and column keys a table's cells use, and how many
 * cells have keys: widened as each cell is made (build_cells.c), so that
 * the table's index is made at its end without a walk to find it. */
typedef struct key_box {
    int r0, r1, c0, c1;
    size_t keyed;
} key_box;

/* The columns of a header's cells: the least and greatest key and how
 * many are keys (bld_cell_keyed), for a row that fills them all. */
typedef struct col_range {
    int c0, c1;
    size_t keyed;
} col_range;

/* The values of the row being read: V[0, N). Its own array, CAP of
 * room; or, while LENT, a row run's cells read by the filter (parser.y:
 * take_row_cells, b_row_values), taken as they are, not copied: CAP is
 * then 0 and the own array waits in SPARE (SPARECAP). A run's cells stay
 * unread over until the row has ended (the filter reads the next run into
 * the other of two). Whatever writes a value takes the own array back
 * first (bld_vals_own), copying the lent cells into it. */
typedef struct cellbuf {
    ptok *v;
    size_t n, cap;
    ptok *spare;
    size_t sparecap;
    bool lent;
    size_t past;         /* numbers not kept past VALS_MAX (build_row.c), */
    uint32_t past_first; /* for the row whose first value starts here */
    /* NUMBER values among V[0, COUNTED), COUNTED <= N: counted as the
     * row's count is asked, from COUNTED on (numbers_in, build_row.c), so
     * a row's count asked at every word of it (table 四's 15 values due)
     * walks each value once, not all the values before it per word (issue
     * 16), and a push costs nothing. A write below COUNTED (a rewrite, a
     * cut) sets COUNTED back (bld_vals_rewritten, bld_vals_cut).
     * NUMBERS is read only while COUNTED > 0 (numbers_in starts at 0). */
    size_t counted, numbers;
} cellbuf;

/* The filter's look-ahead, in raw tokens. The farthest: past table 三's
 * （六）其他处理 and the seven numbers printed after it one a line, each a
 * cell `| 3 |` with a blank line below (five tokens a number), to the next
 * row's label (tokens.c other_subrows_after_numbers): 7 x 5 + 1 = 36, and
 * room for eight numbers (a 小计 column) or a second blank line; the other
 * look-aheads stop at a line's end or a span of bytes. */
enum { RAWQ_CAP = 48 };
enum { PTOK_KEPT = 4 };  /* parser tokens kept for the actions (parser.y) */
enum { CELL_RUN_MAX = 16 }; /* cells in one parser token (parser.y: read_cells) */

/* NUMBER and EMPTY tokens in a row, one token to the parser; with the
 * row label before them for ROW_CELLS (parser.y), else row is NULL */
struct cell_run {
    ptok v[CELL_RUN_MAX];
    int n;
    const ptok *row;
};

/* rows one after another, each a row label and the run of its cells (the
 * last one's run may be empty): one token to the parser (ROWS, parser.y:
 * row_run); the labels are kept here, each run's row points at its own */
enum { ROWS_MAX = 16 };
struct row_run {
    struct cell_run rows[ROWS_MAX];
    ptok labels[ROWS_MAX];
    int n;
};

typedef struct parse_ctx {
    xxgk_doc *doc;

    /* the parser's tokens (xxgk_yylex in parser.y): the last few read, the
     * last two section headings, the last two runs of cells and the token
     * read after the last run; the lookahead's place (its first cell for
     * a run), its end (its last cell's) and the end of the token before it */
    ptok toks[PTOK_KEPT];
    unsigned ntoks;
    ptok secs[2];
    unsigned nsecs;
    unsigned nruns;
    unsigned nrow_runs;     /* the last row runs and ROW_CELLS runs: row_runs, at the end */
    ptok pending;
    bool has_pending;
    bool syntax_error;     /* the parser has reported one: no more ROW_CELLS, ROWS, PROSE */
    /* a ROW_CELLS, ROWS or PROSE token returned (open_run: its kind) whose action has
     * not run yet, and whether a token after it has been read (settled by
     * parser.y's settle_open_run when a syntax error comes first) */
    int open_run;
    const void *open_items;
    bool open_run_passed;
    int la_kind;           /* the lookahead's token kind, as xxgk_yylex returned it */
    int la_key;            /* its key when a row label (ROW, ROW_CELLS, ROWS), else -1 */
    uint32_t error_at;     /* where the last syntax error was found: a table it cuts ends there */
    int prose_first;       /* the kind of the first item of the last PROSE run */
    xxgk_span la;
    uint32_t la_end, la_prev_end;

    /* token filter (tokens.c) */
    int nrawq;
    bool title_seen;
    /* before the sections: the title line, and the last title-shaped line
     * after it that reads otherwise (another agency or year), which begins
     * the report and so is its title (report.c); {0, 0} when none */
    xxgk_span front_title, late_title;
    /* the front title's first character folded (label_fold_cp), for the
     * title it was found for (title_cp0_at: its start + 1; tokens.c
     * glued_page_header's cheap test) */
    uint32_t title_cp0, title_cp0_at;
    /* where the last page's header glued after a row's last value began
     * (glued_page_header, P081) + 1; 0 when none: the line that ends with
     * it is no other report's title above a heading (foreign_title_above) */
    uint32_t glued_header_at;
    /* the line of a lone value after a page's header under a row short by
     * a value (running_heading, stop 71): its start + 1, 0 when none; the
     * value there goes to no cell (P131) */
    uint32_t lone_refused_at;
    /* the last run of page lines after another report's title that was
     * asked about (tokens.c foreign_title_line, stop 73): from the title's
     * start to where the run ends (bld_page_titles_end), and whether the
     * table went on or its section ended after it; the later titles of the
     * run take that answer (linear over any run of titles) */
    uint32_t title_run_from, title_run_end;
    bool title_run_ok;
    /* the values given in table 四 (NUMBER, EMPTY; no row label opens
     * them): its fifteen read, a title after them is after the table */
    int appeals_vals;
    bool seen_section;     /* for title merging and restarts */
    bool other_seen;       /* section 六 read in this copy: a section 一 heading after it begins another report (P098) */
    bool annex_table;      /* the open table is read from an annex after 六 (tokens.c as_annex_section) */
    uint32_t section_heading_end; /* end of the open section's heading (P033) */
    int section;           /* section the filter is in */
    bool sections_template_numbered; /* a section heading of this copy was numbered 一、 */
    int table;             /* table of that section, -1 for prose */
    int last_row_key;      /* the key of the last row label of the table, 0 before one */
    bool rows_lexed[XXGK_R__COUNT]; /* the row labels of the table met so far (P081: a row
                           * met again after a repeated heading is a copy, no page's) */
    bool rows_held[XXGK_R__COUNT]; /* the rows of the table given a cell (row_vals_after): the
                           * rows a serial run counts (tokens.c rows_read) */
    /* the cells (NUMBER, EMPTY) given to the parser since its last row label, -1 when
     * any other token came after them (no row open); and the last of them, when a
     * NUMBER (row_last_number): tokens.c header_in_row asks how short the row is */
    int row_vals;
    bool row_last_number;
    uint32_t row_last_start, row_last_end;
    uint32_t row_from;     /* the end of that row label */
    bool other_subrows_next; /* table 三's （六）其他处理 line, no number on it, is followed by a sub-row of 2021's （六） */
    bool other_subrows_after; /* …, numbers on it (its group's total), is followed by a sub-row of 2021's （六） */
    bool change_col_seen;  /* table 二's 本年增/减 column header read in this section (the filter's: 增N/减N signs) */
    /* a row label's words after another item number (renumbered_row):
     * where its number starts, and the number */
    uint32_t renumbered_at;
    int renumbered_digit;
    /* a NUMBER marked clause_gap (tokens.c clause_gap_split) or
     * joins_before (glued_word_value) was given in this report: only then
     * do the builder's walks of a row's values for one run
     * (build_row.c rejoin_clause_pair, blank_row_pair, join_glued_words);
     * most reports have neither, and every row asked */
    bool any_clause_gap;
    bool any_joins_before;
    /* tokens.c line_has_delimiter's answer, held for its line: that line's
     * start + 1 (0: none asked yet), and whether a TAB or a bar is on it;
     * so a line of many glued 3 ；1 is walked once */
    uint32_t delim_line;
    bool delim_line_has;
    /* P101's look-ahead (tokens.c, unheaded_table_section), held per line:
     * the last position asked and the start of its physical line (every
     * byte between them no '\n': the walk back stops there, so a line cut
     * into many by virtual breaks is walked once, not once a token); and
     * for each section due, the line start its last answer was asked at
     * and that answer. Cleared, all true: position 0 is on the line that
     * starts at 0, and the answer at line start 0 is 0 for any section */
    struct unheaded_memo {
        uint32_t at, line_start;
        uint32_t ls[XXGK_SEC__COUNT + 1];
        int answer[XXGK_SEC__COUNT + 1];
    } unheaded;
    /* table_follows' window as unheaded_at last walked it: the lines after
     * a line start, each with its kind (tokens.c, header_window: a row, a
     * header-like line, or the line that ends the window), consecutive
     * from line[0]; a table's line starts are asked in order, so the next
     * ask's window is this one less its first line, and each line is read
     * once, not once for each of the 8 line starts above it; a header-like
     * line with the header words of table `tbl` it may end (tokens.c,
     * window_line_words: found in its fold after `tail`, the last bytes of
     * the held header lines' folds before it), so a window whose lines hold
     * fewer than 3 is refused unsearched. Cleared: none held. Its lines are
     * positions in the text and their words the text's, the same for any
     * ask of that table */
    struct window_memo {
        uint32_t n;
        int tbl; /* the table whose header words `words` mark (-1: none marked) */
        /* the last bytes of the held header-like lines' folds, joined */
        uint8_t tail_n;
        char tail[96];
        struct window_line {
            uint32_t start, end;
            uint64_t words; /* window_line_words: the table's words it may end */
            uint8_t kind;
        } line[10];
    } window;
    /* the current line as the filter has read it so far */
    struct filter_line {
        int tokens;         /* parser tokens on it (none: a blank line) */
        int last_tok;       /* the last of them (emit), 0 at the line's start */
        uint32_t row_end;   /* the end of its last row label (or run-on label after it) */
        int row_entry;      /* that label's entry */
        bool has_data;      /* a row label, a number or a cell */
        int delims;         /* delimiters */
        int last_delim;     /* RT_TAB / RT_PIPE just seen, else 0 */
        uint32_t last_delim_end;
        bool prev_data;     /* the line before held a row label, a number or a cell */
    } line;
    /* glued_split_excess's walk of a line's runs, made once for the line
     * and the run's start (a remark of thousands of words each glued to
     * digits asks it per word: walked per word it was quadratic) */
    struct glued_split_memo {
        uint32_t ls, le;   /* the line walked (le 0: none yet) */
        uint32_t from;     /* where its runs were counted from */
        int runs;          /* how many */
        bool delimited;    /* the line has a TAB or a | */
    } glued_memo;
    /* line_end_from's last answer, for ASKED..END: any offset in there has
     * the same end (glued_page_header asks it per word after a number) */
    struct { uint32_t asked, end; } line_end_memo;

    /* AST builder */
    xxgk_report *report;   /* current copy */
    xxgk_report *first;
    xxgk_report *last;     /* the newest copy: appending stays O(1) */
    xxgk_section *sec;
    xxgk_block **blk_tail;
    xxgk_block **blk_prev_link; /* link to the last block added */
    xxgk_block **blk_before_link; /* link to the block added before that (it may be gone: check its next) */
    xxgk_block *para;      /* paragraph being extended, or NULL */
    uint32_t para_last_start, para_prev_end; /* its last line, and its end before that line */
    int sec_last;          /* highest canonical section seen in this copy */
    bool sec_seen[XXGK_SEC__COUNT];
    xxgk_diag *sec_missing[XXGK_SEC__COUNT]; /* the P002 that told it missing, NULL if none */
    xxgk_diag *table_missing[XXGK_SEC__COUNT]; /* the P012 that told its table missing, NULL if none */
    bool annex_copy; /* the annex table being read copies one the report has (build_doc.c annex_reopens) */
    int numbering_depth[8];/* nesting level assigned to each numbering style */
    int depth_count;

    /* table being built */
    xxgk_table *tab;
    xxgk_cell *cells;      /* growable; the table takes it over when done (build_table.c take_cells) */
    size_t ncells, capcells;
    key_box cell_keys;     /* the keys of cells[0, ncells) (bld_cells_reset) */
    /* a value in its column made no cell (number_cell: P046, L007, P029…):
     * set where it is withheld, cleared by whoever reads the values
     * (bld_row_cells counts them then), so a row with none pays one test */
    bool cell_withheld;
    bool row_seen[XXGK_R__COUNT];
    bool cols_closed;      /* a row was read since the last column label */
    bool missing_cols_reported;
    /* 第二十条第（六）项 read under （五）'s column header (b_clause): told
     * (P086) at its first row, at the caption, unless a header of its own
     * comes first */
    bool header_shared;
    xxgk_span header_shared_at;
    /* （六） reads （五）'s header, until a header of its own: a row of
     * another width than it is read as under no header (P018) */
    bool header_borrowed;
    uint32_t clause_at;    /* where table 二's last clause caption starts */
    /* table 三: the group whose subtotal the stray numbers after a 小计
     * label or a group's heading are (build_subtotal.c), NULL when none */
    const char *subtotal_group;
    xxgk_span subtotal_at;
    uint32_t group_start, group_end; /* table 三's last group label */
    /* the table's TAB grid: the most TABs on one of its lines counted so
     * far, and the places seen since (labels, values), whose lines are not
     * yet counted (build_cells.c: found and counted only when a row asks
     * for the grid) */
    int grid_tabs;
    int ngrid_pending;
    /* the line counted last and its TABs (grid_line_known: one was), for
     * the row that asks at once whether it spans the grid */
    bool grid_line_known;
    xxgk_span grid_line;
    int grid_line_tabs;
    /* where the current TAB grid starts (a table's, a clause's), and its
     * header's first column word (table 三's 自然人; table 二's is
     * header_at), UINT32_MAX when none: the label area of its rows is
     * read from them and from the rows before only when a row needs it
     * (build_cells.c: bld_lead_place) */
    uint32_t grid_from, lead_head_at;
    /* a P048 given while no row before it nor the header showed its
     * kind's label area, its reading keeping the blank after the label as
     * the first cell: taken back when the grid ends if the rows read after
     * it show no label area (build_cells.c: bld_lead_settle) */
    xxgk_diag *lead_unsure;
    int lead_unsure_row, lead_unsure_ncols;
    int8_t text_tabs;      /* a TAB anywhere in the text: 0 not known yet, 1 none, 2 some */
    uint32_t pipe_line;    /* 1 + the offset of the text's first line that starts with '|', 0 while
                            * none is found in [0, pipe_scanned) (build_header.c pipe_line_by) */
    uint32_t pipe_scanned;
    bool cells_delimited;  /* xxgk_options.cells_delimited: TABs are the file's cells */
    int org_cols_seen;     /* 法人或其他组织 columns seen in the header */
    int org_order[5];      /* their keys in the printed order */
    int org_labels[5];     /* and their label entries */
    xxgk_span org_at[5];   /* and where their words are */
    struct xxgk_diag *org_doubt; /* P102: their printed order not certain, the rows' 法人 cells carry it */
    uint32_t org_first_at; /* where the first of them starts */
    bool org_lines;        /* they lie on more than one line: their order
                            * came from lines read top to bottom, not from
                            * x positions (a PDF's P106) */
    int col_labels[8];     /* label entries of cols[] (table 二) */
    xxgk_span col_at[8];   /* and where their words are */
    xxgk_span header_at;   /* the first column word of that header */
    bool header_checked;   /* P024 looked at for this header */
    bool header_refused;   /* and it lacks a column: its rows get no cells */
    /* table 二: words on the header's line that name no column
     * (本年新制发件数): how many (unknown_cols, past the cleared part, holds
     * where, after how many columns, and their P019) */
    int nunknown_cols;
    bool stand_ins;         /* such cells stand in the header's columns (key 0) */
    uint32_t head_word_end; /* the end of the header's last word (信息内容, a column) */
    /* table 二: 信息内容 printed again on a line under the header's columns
     * before any row (a merged cell a grid repeats, 信息内容 rowspan=2): a
     * new header only when a column label follows it (b_column) */
    bool head_again;
    /* the first column printed before one that precedes it in the
     * template (P022): where, and the two label entries */
    bool reorder_seen;
    xxgk_span reorder_at;
    int reorder_before, reorder_after;
    int tmpl_votes_2019, tmpl_votes_2021;
    int clause;            /* table 二 clause being read */
    int cols[8];           /* table 二: columns of the clause */
    /* units of money stated (units.h), XXGK_UNIT_NONE when none: by the
     * header of each of cols[] (本年收费金额（单位：元）), by a unit line of
     * the table (单位：元); the statement last read in a header, whose
     * words are no text in the table (P019) */
    uint8_t col_units[8];
    uint8_t line_unit;
    /* the unit of money the fee row's label states (行政事业性收费（元）),
     * XXGK_UNIT_NONE when none; for the row being read */
    uint8_t row_unit;
    /* the unit the fee row's label stated and its cells were read in, and
     * its word: a unit line after the row in its clause is set against it
     * (unit_words); XXGK_UNIT_NONE when none */
    uint8_t fee_row_unit;
    xxgk_span fee_row_unit_at;
    /* the cells a unit line below them put in its unit (their units
     * before), and the cells made then: a clause heading next, no cell
     * made since, gives them back theirs (bld_unit_below_undo) */
    struct unit_below { size_t cell[4]; uint8_t was[4]; int n; size_t ncells; } unit_below;
    /* a unit line of table 二's section above the table (单位：元 before
     * 第二十条第（一）项): the table's unit line once it begins */
    uint8_t sec_line_unit;
    xxgk_span sec_line_unit_at;
    bool tab_in_section;   /* the section being read has begun its table */
    /* a sign-off-shaped line inside the open table (b_prose): told P090
     * when the table's rows continue after it (bld_signoff_in_table), the
     * report's sign-off date it set given back (was_*) */
    struct table_signoff {
        xxgk_span at[4];    /* the lines (n of them); n == 0: none */
        bool text[4];       /* text in the table, P019 when no row follows */
        int n, table;
        uint32_t page_end;  /* a page number's line after the lines: rows continue past it only */
        bool dated;         /* a DATE line: it set the report's sign-off date */
        xxgk_span was_date, was_agency;
        int was_ymd[3];
    } tab_signoff;
    /* the last sign-off line taken out of a row (tokens.c signoff_in_row,
     * P090): a page's foot between the row's values (build_pageno.c) */
    xxgk_span row_signoff;
    xxgk_span unit_stmt;
    xxgk_span line_unit_at; /* the unit line's unit word */
    uint32_t unknown_line_end; /* the end of the line last told an unknown row (P008/P019) */
    uint32_t glued_told_end;   /* the same for a typed text's glued line (unknown_line_text) */
    int ncols;
    bool has_subtotal;     /* table 三: 8-column variant */
    int subtotal_pos;      /* index of 小计 among the eight */
    int req_cols[8];       /* table 三's columns as printed, made at its first
                            * row after a column label (bld_requests_columns) */
    int nreq_cols;         /* their count; 0: to be made */
    col_range req_cols_range; /* their keys, made with them */
    /* table 三's top header units as printed in the header being read
     * (build_header.c: REQ_NATURAL, REQ_LEGAL, REQ_TOTAL): the first word
     * of each, how often each was printed, and whether 法人或其他组织 itself
     * placed the legal unit (else the first of its columns did) */
    struct hdr_word { uint32_t at, end; int entry; int seen; } req_units[3];
    struct hdr_word req_subtotal; /* the 小计 (or 合计) column word, placed against 总计 */
    struct hdr_word req_other;    /* the 其他 column word: where 总计 stands beside it */
    struct hdr_word req_group;    /* the first 法人 column word (商业企业 …) and the last */
    struct hdr_word req_group_last;
    xxgk_span req_stray;          /* the first word among the header's that names no column (P019) */
    xxgk_span req_strays[4];      /* those words, the first four (P082 names them) */
    int nreq_strays;              /* how many such words */
    bool req_three_told;          /* P134 said: a header of 自然人, 法人或其他组织, 总计 only */
    bool req_header_made;         /* the table's first header made its columns (a later one keeps them) */
    xxgk_span extra_last;         /* 备注 printed after the header's last column, last on its line: a column
                                   * of text (P133; tables 二, 三, 四) */
    uint32_t remark_from;         /* under it, the end of the last row's values: text after it on its line
                                   * is that row's remark (build_row.c row_remark), 0 before a row */
    uint32_t remark_line_end;     /* the end of the line of the last remark taken after a row's values: a
                                   * line of text alone right under it is its wrap (one only: a wrap
                                   * leaves it as it is), 0 before one */
    int remark_row;               /* the row key of the row remark_from ends (XXGK_R_NONE in table 四) */
    struct xxgk_remark *remark_last; /* the remark kept last, of the row remark_of ended: a later piece */
    uint32_t remark_of;           /* on its line or its wrap extends it (bld_keep_remark) */
    const struct xxgk_table *remark_last_tab; /* the table remark_last is on */
    struct xxgk_diag *req_stray_diag; /* P082 on them, once for the rows as many values over as its count */
    int req_stray_over_by;        /* the values over the columns P082 counts */
    int req_stray_fit, req_stray_over; /* rows under such words: as many values as columns, some over */
    bool req_legal_head;
    bool req_top_reordered; /* and the rows follow their printed order (P022) */
    int req_first_rank[3];  /* the table's first header's place of each unit
                             * (REQ_NATURAL …), read once its order was */
    bool req_first_read;
    bool req_org_followed;  /* rows followed a 法人 columns' order out of the
                             * template's (P022/P106): a later header printed
                             * again in order does not undo it */
    bool req_org_unsure;    /* a header of the table read its 法人 labels over
                             * lines (org_lines) or not all five: no order
                             * known to be the printed one */
    bool req_org_swap_line; /* two 法人 labels read out of the template's
                             * order on one line (x order: the printed one) */
    xxgk_span req_org_glued; /* a PDF header cell of 法人 label starts glued
                              * out of the template's order (P106) */
    int req_org_glued_keys[2]; /* its first pair out of order, as printed */
    xxgk_span req_units_glued; /* 自然人, 法人或其他组织, 总计 printed out of the
                                * template's order on a line glued of two
                                * header levels: no order told (P128) */
    int req_units_glued_entries[2]; /* its first pair out of order, as printed */
    bool req_units_stale;   /* rows since: a top word printed again starts them afresh */
    /* table 四's header: its group words (HDR_REVIEW, HDR_SUITS,
     * HDR_SUIT_DIRECT, HDR_SUIT_AFTER), first and every one, and its
     * result columns as printed, in runs (a run ends where a result word
     * repeats or its line ends) */
    struct hdr_word app_heads[4];
    int napp_head_seq;
    int app_run_n[6];
    int napp_runs;
    struct row_ref row;    /* row being read */
    int row_next;          /* the parser's lookahead at the row's end (b_row_end) */
    /* when that lookahead is a row label: where it starts and its row key
     * (the next label's item number printed apart: build_pageno.c) */
    uint32_t row_next_at;
    int row_next_key;
    bool row_next_set;     /* take_rows said them (a ROWS run's next label) */
    int last_page_number;  /* the last bare page number dropped from a row (build_pageno.c) */
    bool serial_col;       /* the table's header has a 序号 cell (tokens.c, serial_header_cell) */
    int serial_last;       /* the last serial of a run (tokens.c, row_serial); 0: no run, the header's column */
    int serial_rows;       /* the table's rows read (rows_read) when serial_last was taken */
    /* ROW_SPENT after a word that is a TAB cell of the row: the row and
     * the column its values go on in (build_row.c: spent_cell), else -1 */
    int spent_row, spent_col;
    /* ROW_SPENT after a mark inside a number (1※4): its P009 waits for the
     * values after it (build_row.c: spent_mark_cells) */
    bool spent_mark;
    int last_row;          /* the last row taken in the current table, -1 */
    bool resumed_row;      /* row is a row taken again by a glued label */
    uint32_t appeals_text_end; /* table 四: end of the line of the text told
                                  P019 after its fifteen values (0: none
                                  yet); later lines without digits are the
                                  prose after the table (appeals_text_no_value) */
    ptok row_tok;
    cellbuf vals;          /* numbers and empties of the row being read */
    xxgk_label_use *uses[2]; /* labels of the table being read by enum use_kind, in print order */
    size_t nuses[2], capuses[2];
    struct use_info *tmpl_uses; /* those of one template's */
    size_t ntmpl_uses, captmpl_uses;
    /* the last full rows of the current grid (a table's, a clause's) with
     * their columns (table, cols, ncols): each one's first value, whose
     * line shows where the columns of space-aligned text stand
     * (build_layout.c: a short row's values placed by them) */
    struct layout_rows {
        int table, ncols, n, next; /* n rows kept (at most LAYOUT_ROWS) */
        const int *cols;
        uint32_t at[LAYOUT_ROWS];
    } lay;
    /* a row short of values, settled when the token after it says why
     * (build_row.c: bld_settle_short_row) */
    struct short_row {
        bool pending;
        int row, n, ncols;   /* the row, its values and its columns */
        xxgk_span at;        /* its label */
        xxgk_span values;    /* its values, first to last (P007's note) */
        uint32_t line_end;   /* end of its last line: TEXT before it stands
                              * where a number should */
    } short_row;
    /* rows that ended with no value, each label at once followed by the
     * next row's label (build_row.c, stack_bare_row): plain pdftotext
     * prints such a column of labels, then the rows' numbers in order */
    struct bare_rows {
        int n;
        int row[BARE_ROWS_MAX], ncols[BARE_ROWS_MAX];
        xxgk_span at[BARE_ROWS_MAX]; /* their labels */
        /* the last reading in order, until the next row's end confirms it
         * (P037) or undoes it (P038): its rows, their cells, its values */
        bool open;
        bool order_doubt; /* one value a line, read column by column they give other cells */
        int k, nvals, ncols_read;
        int rows[BARE_ROWS_MAX + 1];
        size_t cells_from, cells_to;
        xxgk_span first, values;
    } bare;
    bool row_labels_made;  /* row_labels (below) are made */
    int fatal;
    bool pagetext;         /* run-together page text (pagetext.h), or a glued table's line */
    bool doc_pagetext;     /* the whole text is page text (pagetext_breaks) */
    bool glued_line_on;    /* the line being read is a glued table's (pagetext_glued_lines) */
    const uint32_t *glued_lines; /* their starts, in order */
    size_t nglued_lines, iglued_line;
    /* rows of glued digits, read at the table's end: blocks of a fixed
     * count of rows that never move (unglue_rows.c glued_at), kept for the
     * next table and freed with the parse */
    struct glued_row **glued_blocks;
    size_t nglued, nglued_blocks, capglued_blocks;
    arena glued_mem;         /* their texts and readings, freed at the table's end */
    long unglue_spent;       /* search steps spent on them (UG_DOC_BUDGET) */

    /* a second table of another scope (tokens.c scope_caption_at): the
     * last row of the table END_KEYS_TABLE - 1 (0: none found yet) in the
     * 2019 and the 2021 template (table_complete); the caption the next
     * table is under (build_doc.c scope_reopens), empty when none */
    int end_keys_table;
    int end_keys[2];
    xxgk_span scope_caption;
    /* a caption naming a wider scope read inside the report's own table
     * before any of its cells (header, （二）全县…, header again, rows):
     * told at the table's end (P125, build_doc.c bld_scope_inside_end),
     * empty when none */
    xxgk_span scope_inside;

    /* table 三 printed transposed (build_trans.c): the outcomes as its
     * columns, the requesters as its rows. Last of the cleared part */
    struct trans {
        /* the run of table 三's row labels that ended with no number, one
         * after another, before any cell: the header of a transposed table
         * when a requester's label and numbers follow it */
        int n;
        xxgk_span bad;       /* the first label of the run that spoils it */
        int bad_why;         /* enum trans_why, 0: none */
        int bad_row;         /* its row, for the message */
        bool on;             /* read transposed from the header on */
        bool failed;         /* it cannot be: P067 due */
        int item_col;        /* the requester label the values follow, 0: none */
        xxgk_span item_at;   /* that label (or the words in its place) */
        unsigned cols_seen;  /* requesters read, bit per column key */
        xxgk_span why_at;    /* where it fails */
        int why;             /* enum trans_why */
        int why_key, why_n;  /* a row or column key, a count, for the message */
        /* last: not cleared when a parse begins (doc_parse clears up to
         * here); written at n before n grows, read below n */
        int row[TRANS_ROWS_MAX];
        xxgk_span at[TRANS_ROWS_MAX];
    } trans;

    /* Not cleared when a parse begins either: each written before it is
     * read, as its count or flag says (runs: nruns; rawq: nrawq;
     * row_spans: row_seen; grid_pending: ngrid_pending; app_head_seq:
     * napp_head_seq; app_runs: napp_runs, app_run_n; row_labels: cleared
     * and made when row_labels_made is first asked;
     * unknown_cols: nunknown_cols; sc: scanner_init clears it) */
    scanner sc;
    struct unknown_col {
        xxgk_span at;
        int pos;
        xxgk_diag *said;
    } unknown_cols[4];
    struct cell_run runs[2];
    raw_token rawq[RAWQ_CAP]; /* raw tokens read ahead (raw_peek_at) */
    xxgk_span row_spans[XXGK_R__COUNT];
    uint32_t grid_pending[GRID_PENDING];
    struct app_head_at { uint32_t at, end; int group, entry; } app_head_seq[8]; /* every group word, in order */
    struct hdr_word app_runs[6][5];
    /* the template's label of each row for messages (bld_row_label_text),
     * by template (unknown, 2019, 2021): made from labels.def's entries
     * when a document first names a row */
    const char *row_labels[3][XXGK_R__COUNT];

    /* Last, and not cleared when a parse begins (doc_parse clears what is
     * before trans.row): the last two runs of rows (parser.y: row_run) or row
     * labels' cells (row_and_cells reads them into a run's first row),
     * each written before it is read, larger than all of the above */
    struct row_run row_runs[2];
    /* rows given P023 for a line-end blank kept as their last cell
     * while the rows before showed no spare column nor label area: the
     * grid's end turns each back into P007 when the rows after show one
     * (build_blank.c: bld_blank_last_settle). After row_runs: not
     * zeroed with the rest (its n is set at the start, parse.c) */
    struct blank_hold {
        int n;
        struct held_blank {
            xxgk_diag *d;        /* its P023 */
            int row, ncols;
            int grid_tabs;       /* a full-width row's TABs, the grid's
                                  * width then; -1 for row-own-grid */
            size_t cell;         /* the blank's cell */
            uint32_t blank_at;   /* and where it stands */
            xxgk_span at;        /* the row's label (P007's place) */
            xxgk_span values;    /* its values before the blank */
        } h[BLANK_HOLD_MAX];
    } blank_hold;
    /* past the zeroed part (doc_parse): set at each table's begin */
    /* table 四's group and result words in print order, for a table
     * printed transposed (build_trans_more.c): the first APP_WORDS_MAX */
    struct app_word { uint32_t at, end; int key; bool head; } app_words[APP_WORDS_MAX];
    int napp_words;
    /* words past the first APP_WORDS_MAX: the first of each run of them
     * (words with no value of the row read between them: NVALS values
     * read before it, the last at LAST_VAL), APP_LOST_RUNS at most, more
     * said by APP_LOST_MORE; so that a header word lost among the numbers
     * is never taken for none, nor words all before and all after the
     * numbers for one among them (bld_appeals_words_among_values) */
    struct app_lost_run {
        struct app_word w;
        size_t nvals;
        uint32_t last_val;
    } app_lost[APP_LOST_RUNS];
    int napp_lost;
    bool app_lost_more;
    /* table 二 printed transposed, clause by clause (build_trans_more.c):
     * its items as columns, their counts as rows */
    struct ptrans {
        int n;                       /* the clause's items with no number before any cell */
        int row[PTRANS_ROWS_MAX];
        xxgk_span at[PTRANS_ROWS_MAX];
        bool on;                     /* read transposed from the header on */
        bool failed;                 /* P069 said: no cell of the clause */
        int item_col;                /* the count (column label) the values follow, 0: none */
        xxgk_span item_at;
        uint64_t cols_seen;          /* counts read, a bit per column key */
        size_t cells_from;           /* the table's cells before the clause */
        uint32_t last_end;           /* the end of the clause's last number taken */
        int clause;                  /* the clause's number (第二十条第（N）项) */
        int read;                    /* clauses read transposed in the table */
        xxgk_span note_at;           /* the first one's first item */
    } ptrans;
} parse_ctx;

/* the filter: next parser token (Bison's yylex) */
int filter_next(parse_ctx *ctx, ptok *out);
/* filter_next while it gives cells, up to ROOM of them into V: their
 * number; V[it] the token after them when it is less than ROOM */
int filter_cells(parse_ctx *ctx, ptok *v, int room);
/* A set of parser token kinds, bit K - TITLE for kind K (TITLE … HEAD_COLS,
 * parser.h): filter_run tests a token's kind against it inline, where a
 * predicate given by its address was an indirect call per token. */
typedef uint32_t tok_set;
/* the same while it gives tokens whose kind is in KINDS */
int filter_run(parse_ctx *ctx, ptok *v, int room, tok_set kinds);

/* builder actions called from grammar/parser.y */
void b_copy_begin(parse_ctx *ctx, const ptok *title, bool restart);
void b_copy_untitled(parse_ctx *ctx, const ptok *at);
void b_title(parse_ctx *ctx, const ptok *title);
void b_prose(parse_ctx *ctx, int tok, const ptok *t);
void b_section(parse_ctx *ctx, const ptok *t);
void b_table_begin(parse_ctx *ctx, int table, uint32_t at);
void b_missing_table(parse_ctx *ctx, uint32_t at);
void b_clause(parse_ctx *ctx, const ptok *t);
void b_column(parse_ctx *ctx, const ptok *t);
void b_head(parse_ctx *ctx, const ptok *t);
void b_row_begin(parse_ctx *ctx, const ptok *t);
void b_unknown_row_begin(parse_ctx *ctx, const ptok *t);
void b_value(parse_ctx *ctx, int tok, const ptok *t);
/* values [0, n) of a run of cells, NUMBER and EMPTY alone, each of the kind
 * its token says: as b_value for each, in order */
void b_values(parse_ctx *ctx, const ptok *v, size_t n);
/* A row's run of cells (ROW_CELLS, ROWS) as b_values takes it, right after
 * b_row_begin: the row's values are the run's own cells, lent, not copied
 * (cellbuf); V stays unchanged until the row has ended. */
void b_row_values(parse_ctx *ctx, const ptok *v, size_t n);
void b_row_end(parse_ctx *ctx, int next);
void b_table_end(parse_ctx *ctx, uint32_t end_at);
void b_group(parse_ctx *ctx, const ptok *t);
void b_stray_begin(parse_ctx *ctx);
void b_stray_end(parse_ctx *ctx, int table);
void b_appeals_values_begin(parse_ctx *ctx);
void b_syntax_error(parse_ctx *ctx, xxgk_span at, const char *msg);
void b_finish(parse_ctx *ctx);
/* cells of values read at the table's end (glued rows): value i at
 * (rows[i], cols[i]); WHOLE[i], when not -1, the whole number of digits
 * alone at SPANS[i], read already; else VALS[i], a token as scanned, is
 * read as a printed number is (VALS[i] is read only then) */
void b_make_cells(parse_ctx *ctx, int table, const int *rows, const int *cols, const xxgk_span *spans,
                  const int64_t *whole, const ptok *vals, size_t n);

/* glued digits of page text (unglue_rows.c): keep a row short of values
 * whose values are plain digit runs (false: not such a row), read them all
 * when the table ends; NAME NULL: the name of rows[0] by the template
 * known now, made when a message needs it */
bool unglue_defer(parse_ctx *ctx, int table, const int *rows, const int *cols, int ncols,
                  const ptok *vals, size_t n, const char *name);
/* a row of delimited cells K of which hold two digit runs with one space
 * between them (2 293), K values more than its NCOLS columns: JOINS, bit
 * i, value i and i + 1 are one such cell; kept for the table's end, where
 * each such cell is one number when the row's identities allow only this
 * (P057), else the row's cells from it on keep none (P061, P062) */
bool unglue_defer_joined(parse_ctx *ctx, int table, const int *rows, const int *cols, int ncols,
                         const ptok *vals, size_t n, uint32_t joins, const char *name);
/* the unknown row LABEL glued to the last glued row's digits (396至3181):
 * that row is withheld at the table's end (P100); true when so */
bool unglue_word_inside(parse_ctx *ctx, const ptok *label);
void unglue_table(parse_ctx *ctx, int tmpl);
void unglue_free(parse_ctx *ctx);
/* Parse a document made by doc_create (its origin may be set between the
 * two): the lexer and grammar over its text; returns doc. */
xxgk_doc *doc_parse(xxgk_doc *doc, const xxgk_options *opts);
#endif
