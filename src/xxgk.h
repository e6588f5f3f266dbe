/* xxgk: a strict reader for 政府信息公开工作年度报告.
 *
 * Public API of libxxgk. One call parses a whole report into an xxgk_doc:
 * an arena that owns the source bytes, the AST and the diagnostics. Every
 * node carries byte spans into the source; line and column are derived only
 * when printed (xxgk_doc_position). The library has no global mutable state
 * (only the HTML and .docx readers' function tables, filled once under
 * pthread_once): documents are independent and may be parsed on several
 * threads at once. One document belongs to one thread at a time: asking
 * for positions fills its line index's caches (xxgk_doc_position). */
#ifndef XXGK_H
#define XXGK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define XXGK_VERSION "0.1.0"

/* A half-open byte range [start, end) of the source. */
typedef struct xxgk_span {
    uint32_t start, end;
} xxgk_span;

/* An exact decimal: value = mant / 10^scale. Never a float. */
typedef struct xxgk_dec {
    int64_t mant;
    int32_t scale;
} xxgk_dec;

/* ---- keys of the template (see src/keys.def) -------------------------- */

enum xxgk_section_id {
    XXGK_SEC_NONE = 0,
#define XXGK_SECTION(E, key, num) XXGK_SEC_##E,
#include "keys.def"
#undef XXGK_SECTION
    XXGK_SEC__COUNT
};

enum xxgk_table_id {
    XXGK_TABLE_PROACTIVE = 0, /* 二: 主动公开 */
    XXGK_TABLE_REQUESTS,      /* 三: 收到和处理申请 */
    XXGK_TABLE_APPEALS,       /* 四: 行政复议、行政诉讼 */
    XXGK_TABLE__COUNT
};

enum xxgk_row_key {
    XXGK_R_NONE = 0,
#define XXGK_ROW(E, key, table) XXGK_R_##E,
#include "keys.def"
#undef XXGK_ROW
    XXGK_R__COUNT
};

enum xxgk_col_key {
    XXGK_C_NONE = 0,
#define XXGK_COL(E, key) XXGK_C_##E,
#include "keys.def"
#undef XXGK_COL
    XXGK_C__COUNT
};

const char *xxgk_section_key(int section);     /* "overview" … */
const char *xxgk_section_numeral(int section); /* "一" … */
const char *xxgk_section_title(int section);   /* canonical title */
const char *xxgk_table_key(int table);         /* "proactive" … */
const char *xxgk_row_key(int row);             /* "denied.state_secret" … */
const char *xxgk_col_key(int col);             /* "natural_person" … */
int xxgk_row_table(int row);                   /* table a row key belongs to */

/* ---- diagnostics ------------------------------------------------------ */

enum xxgk_severity { XXGK_NOTE = 0, XXGK_WARNING, XXGK_ERROR };

enum xxgk_code {
#define XXGK_DIAG(E, code, sev, en, zh) XXGK_##E,
#include "diag_codes.def"
#undef XXGK_DIAG
    XXGK__CODE_COUNT
};

typedef struct xxgk_note {
    struct xxgk_note *next;
    xxgk_span span;
    const char *msg; /* arena-owned, already formatted */
} xxgk_note;

typedef struct xxgk_diag {
    struct xxgk_diag *next;
    int code;     /* enum xxgk_code */
    int severity; /* enum xxgk_severity */
    xxgk_span span;
    /* arena-owned, formatted in the document's language; NULL for a code
     * whose text is made when it is printed: read it by xxgk_diag_msg */
    const char *msg;
    xxgk_note *notes;
} xxgk_diag;

const char *xxgk_code_name(int code);     /* stable code, e.g. "P003" */
const char *xxgk_code_slug(int code);     /* the catalogue name, e.g. "P_MISSING_SECTION" */
int xxgk_code_severity(int code);         /* default severity */
int xxgk_code_by_name(const char *name);  /* -1 when unknown */
/* The code's section of docs/diagnostics.md (markdown: when it fires, an
 * example, why, how to fix), built in from the page; with its heading
 * ("P002 · missing-section · error") and the heading's anchor in the page.
 * NULL for an unknown code. */
const char *xxgk_code_doc(int code, const char **heading, const char **anchor);
const char *xxgk_severity_name(int severity);

/* ---- AST -------------------------------------------------------------- */

enum xxgk_cell_state {
    XXGK_CELL_ABSENT = 0, /* not printed at all */
    XXGK_CELL_EMPTY,      /* printed as an empty cell */
    XXGK_CELL_VALUE       /* a number */
};

/* The units of money a report prints: 元 with a magnitude, each an exact
 * power of ten of 元 (xxgk_unit_power), so a value in one is converted to
 * another by moving its decimal point, never rounded. A cell keeps the unit
 * its number is in (printed beside it, else stated by its column header or
 * the table's unit line, else the template's); XXGK_UNIT__COUNT bounds
 * them. */
enum xxgk_unit {
    XXGK_UNIT_NONE = 0,
    XXGK_UNIT_YUAN,          /* 元 */
    XXGK_UNIT_WAN_YUAN,      /* 万元, 10^4 元 */
    XXGK_UNIT_QIAN_YUAN,     /* 千元, 10^3 元 */
    XXGK_UNIT_SHI_WAN_YUAN,  /* 十万元, 10^5 元 */
    XXGK_UNIT_BAI_WAN_YUAN,  /* 百万元, 10^6 元 */
    XXGK_UNIT_QIAN_WAN_YUAN, /* 千万元, 10^7 元 */
    XXGK_UNIT_YI_YUAN,       /* 亿元, 10^8 元 */
    XXGK_UNIT__COUNT
};
const char *xxgk_unit_name(int unit); /* "", "元", "万元", "千元" … */
int xxgk_unit_power(int unit);        /* 元 = 10^power; -1 for no unit */

typedef struct xxgk_cell {
    int table, row, col;   /* keys */
    int state;             /* enum xxgk_cell_state */
    int unit;              /* unit printed with the number, else the column's */
    bool unit_printed;     /* the unit stood beside the number */
    bool scientific;       /* printed as 1.0074845E7 */
    bool row_overfull;     /* its row printed more values than columns (P006):
                              the values may be shifted, so sums over it are
                              not assessable */
    xxgk_dec value;
    xxgk_span span;        /* the number (or the empty cell's delimiter) */
} xxgk_cell;

/* A row or column label as printed, with the template's own text. */
typedef struct xxgk_label_use {
    int key;               /* row key or column key */
    xxgk_span span;
    bool variant;          /* the text is a variant, not the template's */
    const char *canonical; /* the template's text (static) */
} xxgk_label_use;

/* A group's subtotal printed in table 三: a 小计 (合计) row after the
 * sub-rows of （三）…（六）, or numbers on the group's heading row. No cell
 * of the template: its values are checked against the sum of the group's
 * rows, column by column (V108); export leaves it out. */
typedef struct xxgk_subtotal {
    struct xxgk_subtotal *next;
    const char *group;     /* the group's numeral, "（三）" (static) */
    xxgk_span span;        /* its label: 小计, or the group's heading */
    xxgk_cell *cells;      /* row XXGK_R_NONE, the columns it was printed in */
    size_t ncells;
} xxgk_subtotal;

/* A row's remark: the text a report prints under a remark column (备注,
 * 说明: P133) after the row's last value, its wrap line included. No cell
 * of the template: kept as a slice of the input, nothing copied; a number
 * in it (含3件, a remark of a number alone) is no value, `counts` only
 * says it holds one (docs/grammar.md "An extra column after the last"). */
typedef struct xxgk_remark {
    struct xxgk_remark *next;
    int row;               /* the row's key; XXGK_R_NONE for table 四's one printed row */
    xxgk_span span;        /* the remark's text as printed */
    bool counts;           /* a digit in it: it states a number that is no cell */
} xxgk_remark;

typedef struct xxgk_table {
    int id;                /* enum xxgk_table_id */
    int template_year;     /* 2019, 2021, or 0 when the columns do not say */
    int ncols_requests;    /* table 三: 7, or 8 with a 法人或其他组织 subtotal */
    xxgk_span span;
    xxgk_cell *cells;      /* in print order */
    size_t ncells;
    xxgk_label_use *rows;  /* row labels in print order */
    size_t nrows;
    xxgk_label_use *cols;  /* column labels in print order */
    size_t ncols;
    /* lookup (use xxgk_report_cell, or xxgk_table_cell in template.h):
     * cell index + 1 at
     * index[(row - index_row) * index_cols + (col - index_col)], 0 when
     * absent, over the rectangle of row and column keys the cells use (not
     * every key of the template: a report of 200 cells would spend more on
     * an index of all keys than on its text); cells printed (value or
     * empty) per row */
    uint16_t *index;
    int index_row, index_col, index_rows, index_cols;
    uint8_t row_cells[XXGK_R__COUNT];
    xxgk_subtotal *subtotals; /* table 三's group subtotals, in print order */
    int ncols_appeals;     /* table 四: the columns its header prints when fewer
                            * than the template's 15 (no 总计, P088), else 0 */
    /* a second print of the table for another scope (（二）全系统, after the
     * report's own in the same section: P120): its caption line; empty for
     * the report's table and for an annex copy. Such a table is checked on
     * its own and its cells are none of the report's */
    xxgk_span scope;
    xxgk_remark *remarks;  /* its rows' remarks (P133's column), in print order */
} xxgk_table;

enum xxgk_block_kind { XXGK_B_HEADING = 1, XXGK_B_PARAGRAPH, XXGK_B_TABLE };

/* Numbering styles of sub-headings, in their usual order of depth. */
enum xxgk_numbering {
    XXGK_NUM_NONE = 0,
    XXGK_NUM_CN_DUN,       /* 一、 (top-level style used inside a section) */
    XXGK_NUM_PAREN_CN,     /* （一） */
    XXGK_NUM_ARABIC,       /* 1. 1、 1． */
    XXGK_NUM_PAREN_ARABIC, /* （1） */
    XXGK_NUM_CN_SHI,       /* 一是 */
    XXGK_NUM_MARKDOWN,     /* a markdown heading without a number */
    XXGK_NUM_CN_SPACE      /* 一 总体情况: a section's numeral, blanks, its title (the 、 lost) */
};
const char *xxgk_numbering_name(int numbering);

typedef struct xxgk_block {
    struct xxgk_block *next;
    int kind;              /* enum xxgk_block_kind */
    xxgk_span span;
    /* headings */
    int numbering;         /* enum xxgk_numbering */
    int number;            /* 1-based value of the printed number, 0 if none */
    int level;             /* nesting depth, 1 = directly under the section */
    int md_level;          /* count of leading '#', 0 if none */
    int restarts_section;  /* a section id when the heading repeats a top-level title */
    xxgk_span number_span, title_span;
    /* tables */
    xxgk_table *table;
} xxgk_block;

typedef struct xxgk_section {
    struct xxgk_section *next;
    int id;                /* enum xxgk_section_id */
    int printed_number;    /* 1..6 from the printed numeral, 0 if none */
    int numbering;         /* enum xxgk_numbering: XXGK_NUM_CN_DUN for the
                            * template's 一、 (or 第一部分), else how it is
                            * numbered ((一), 1、) */
    int md_level;
    bool canonical_title;  /* title is the template's text (modulo script and spaces) */
    bool holds_next;       /* its heading names the next section's matter too
                            * (四、…及存在的主要问题和改进情况, P115): the
                            * sections after it may be numbered one lower */
    xxgk_span span;        /* heading to end of section */
    xxgk_span heading_span, number_span, title_span;
    xxgk_block *blocks;
} xxgk_section;

/* Where agency, year and date were read. In order of trust: the page's own
 * metadata (xxgk_options.meta_*), the title, a labelled field of the page
 * (发布机构：, 发布日期：), the sign-off, the preamble, the body. */
enum xxgk_source { XXGK_FROM_NONE = 0, XXGK_FROM_TITLE, XXGK_FROM_PREAMBLE,
                   XXGK_FROM_SIGNOFF, XXGK_FROM_BODY, XXGK_FROM_PAGE, XXGK_FROM_FIELD };
const char *xxgk_source_name(int source);

typedef struct xxgk_report {
    struct xxgk_report *next;  /* a further copy when the text starts over */
    xxgk_span span;
    xxgk_span title_span;
    /* a title-shaped line before the sections that reads otherwise (a
     * list of other reports above the title): the title is the one that
     * begins the report; empty when none */
    xxgk_span other_title_span;
    /* a further copy begun, with no title line, by a section 一 heading
     * after section 六 (P098): that heading; empty otherwise */
    xxgk_span restart_span;
    const char *agency;        /* arena-owned UTF-8 as printed, NULL when unknown */
    const char *agency_key;    /* agency folded to simplified script and normal
                                * width (the key to join on); NULL with agency,
                                * and for a town's name printed without its
                                * county (P040): that name does not tell the
                                * agency from its namesakes */
    xxgk_span agency_span;     /* empty when the source is the page metadata */
    int agency_source;
    int year;                  /* reporting year, 0 when unknown */
    xxgk_span year_span;
    int year_source;
    const char *date;          /* publication date, ISO 8601 YYYY-MM-DD, NULL when none */
    xxgk_span date_span;
    int date_source;
    int template_year;         /* 2019 / 2021 from the table columns, 0 unknown */
    xxgk_block *preamble;
    xxgk_section *sections;
    xxgk_table *tables[XXGK_TABLE__COUNT];
    /* sign-off */
    xxgk_span signoff_agency_span;
    xxgk_span signoff_date_span;
    int signoff_year, signoff_month, signoff_day;
    xxgk_span note_span;       /* （此件公开发布） and the like */
} xxgk_report;

typedef struct xxgk_doc xxgk_doc;

enum xxgk_lang { XXGK_LANG_EN = 0, XXGK_LANG_ZH };

/* How the PDF front end runs pdftotext (src/input/pdf.c, docs/cli.md).
 * Zero or NULL in a field: its default. The library reads no environment:
 * the command line fills these from XXGK_PDFTOTEXT, XXGK_PDF_TIMEOUT,
 * XXGK_PDF_MAX_MIB and TMPDIR. */
typedef struct xxgk_pdf_options {
    const char *program;       /* pdftotext's path or name; default "pdftotext" on PATH */
    unsigned seconds;          /* its wall-clock limit; default 60 */
    unsigned max_mib;          /* the most XML read from it, MiB; default 512 */
    const char *tmpdir;        /* where standard input is copied for it; default /tmp */
} xxgk_pdf_options;

typedef struct xxgk_options {
    int lang;                  /* enum xxgk_lang, language of messages */
    /* the caller has decided the bytes are UTF-8 (it sniffed them itself,
     * converted them, or was told so): no L006 from the parser's own
     * sniffing, stray bytes are reported one by one (L001) */
    bool utf8_decided;
    /* the page's own metadata, when the input is an HTML page (UTF-8,
     * NUL-terminated, NULL when absent): <meta name="ArticleTitle"> (else
     * <title>), "ContentSource", "PubDate". The most trusted source of
     * agency, year and date ("page"). */
    const char *meta_title;
    const char *meta_agency;
    const char *meta_date;
    /* where each page starts, as byte offsets into the bytes parsed, in
     * order (a PDF's text: docs/formats.md); npages 0 for text without
     * pages. Copied into the document. */
    const uint32_t *page_starts;
    size_t npages;
    /* every TAB of the text is a cell boundary that the file itself
     * marks (an HTML or .docx table: xxgk_parse_input sets it), so an
     * empty field at a line end is a printed blank cell, not the TAB-at-
     * the-line-end ambiguity of plain text (no P023) */
    bool cells_delimited;
    /* for a PDF read through xxgk_input_read (src/input/input.h) */
    xxgk_pdf_options pdf;
    /* the caller prints no finding but the errors (export): the messages
     * of warnings and notes, and their notes' texts, are left "" and not
     * formatted; code, severity, span and notes' spans are kept */
    bool texts_errors_only;
} xxgk_options;

/* Parse a report. The bytes are copied into the document's arena, so the
 * caller may free its buffer. Returns NULL only when memory runs out.
 * Bytes that are clearly not UTF-8 text (UTF-16, GB18030, binary; see
 * xxgk_encoding_sniff) give one L006 and no report, unless
 * opts->utf8_decided. */
xxgk_doc *xxgk_parse(const char *name, const void *bytes, size_t len,
                     const xxgk_options *opts);
void xxgk_doc_free(xxgk_doc *doc);

const char *xxgk_doc_name(const xxgk_doc *doc);
const uint8_t *xxgk_doc_source(const xxgk_doc *doc, size_t *len);
const xxgk_report *xxgk_doc_report(const xxgk_doc *doc); /* first copy */
const xxgk_diag *xxgk_doc_diags(const xxgk_doc *doc);
/* Room for a diagnostic's message made when it is printed: zero it before
 * its first use, free it after its last (xxgk_msgbuf_free). */
typedef struct xxgk_msgbuf {
    char *heap; /* a text longer than small, malloc'd */
    size_t cap;
    char small[384];
} xxgk_msgbuf;
/* D's message in the document's language: every reader of a diagnostic's
 * text goes through it (a row's P014 and P062 keep their arguments and are
 * formatted here). The text is B's or the arena's, valid until B is used
 * again or freed. */
const char *xxgk_diag_msg(const xxgk_doc *doc, const xxgk_diag *d, xxgk_msgbuf *b);
void xxgk_msgbuf_free(xxgk_msgbuf *b);
/* Remove every diagnostic of code from doc (xxgk --allow CODE); the
 * counts follow. Returns how many were removed. */
size_t xxgk_doc_drop_code(xxgk_doc *doc, int code);    /* in source order */
size_t xxgk_doc_count(const xxgk_doc *doc, int severity); /* diags of a severity */

/* Line (1-based) and column (1-based, in code points) of a byte offset. */
typedef struct xxgk_pos {
    uint32_t line, col;
} xxgk_pos;
xxgk_pos xxgk_doc_position(const xxgk_doc *doc, uint32_t offset);
/* The page (1-based) holding offset; 0 when the input has no pages. */
uint32_t xxgk_doc_page(const xxgk_doc *doc, uint32_t offset);
/* The source line holding offset: start and end byte offsets (end excludes
 * the line break). */
xxgk_span xxgk_doc_line(const xxgk_doc *doc, uint32_t offset);

/* Add a diagnostic (used by the validator and other passes). The message is
 * formatted from the code's catalogue entry in the document's language with
 * printf-style arguments. Returns the diagnostic so notes can be attached. */
xxgk_diag *xxgk_doc_add_diag(xxgk_doc *doc, int code, xxgk_span span, ...);
xxgk_diag *xxgk_doc_add_diag_sev(xxgk_doc *doc, int code, int severity,
                                 xxgk_span span, ...);
void xxgk_diag_add_note(xxgk_doc *doc, xxgk_diag *d, xxgk_span span,
                        const char *fmt, ...);
/* Diagnostics are kept sorted by position; call after adding out of order. */
void xxgk_doc_sort_diags(xxgk_doc *doc);
void *xxgk_doc_alloc(xxgk_doc *doc, size_t size); /* zeroed, arena-owned */
int xxgk_doc_lang(const xxgk_doc *doc);

/* The report's template: 2019 or 2021 from the table columns, else from
 * the year; 0 when neither says (the policy: src/template/template.h). */
int xxgk_report_template(const xxgk_report *r);

/* Look up a cell; NULL when the table or the cell is absent. */
const xxgk_cell *xxgk_report_cell(const xxgk_report *r, int table, int row, int col);

/* ---- exact decimals --------------------------------------------------- */

/* Parse digits (ASCII or fullwidth), optional sign, fraction and exponent.
 * Blanks before it (space, TAB, U+3000) are stepped over. Returns 0 on
 * success, -1 when the value does not fit (overflow) or the text holds no
 * digit (no number: never read as 0). */
int xxgk_dec_parse(const char *s, size_t len, xxgk_dec *out, bool *scientific);
/* Plain decimal text ("10074845", "-35", "1.5"); buf of 32 bytes suffices. */
char *xxgk_dec_format(xxgk_dec d, char *buf, size_t size);
/* Compare exactly; -1, 0, 1. Returns 2 when the comparison overflows. */
int xxgk_dec_cmp(xxgk_dec a, xxgk_dec b);
/* a + b exactly; returns -1 on overflow. */
int xxgk_dec_add(xxgk_dec a, xxgk_dec b, xxgk_dec *out);
bool xxgk_dec_is_integer(xxgk_dec d);
/* a × 10^k exactly (k may be negative: the point moves left), normalised
 * (no trailing fraction zeros); returns -1 on overflow. */
int xxgk_dec_shift(xxgk_dec a, int k, xxgk_dec *out);
/* a in unit FROM as unit TO (enum xxgk_unit), exactly: both are powers of
 * ten of 元. Returns -1 on overflow or when either is no unit. */
int xxgk_unit_convert(xxgk_dec a, int from, int to, xxgk_dec *out);

/* ---- output ----------------------------------------------------------- */

/* GCC-style located message with source line and caret, to f. */
void xxgk_print_diag(FILE *f, const xxgk_doc *doc, const xxgk_diag *d, bool color);
void xxgk_print_diags(FILE *f, const xxgk_doc *doc, bool color);
/* Only those of severity least or above (export prints the errors). */
void xxgk_print_diags_min(FILE *f, const xxgk_doc *doc, bool color, int least);
void xxgk_print_tree(FILE *f, const xxgk_doc *doc);
void xxgk_print_json(FILE *f, const xxgk_doc *doc);
/* One record per cell of the first copy; csv header printed by the caller
 * (docs/cli.md#xxgk-export). Each record ends with the cell's flags: the
 * codes of the document's diagnostics whose place or notes cover the cell
 * (run xxgk_check first to have the validator's). opts may be NULL. */
typedef struct xxgk_export_options {
    bool bom;       /* CSV: a UTF-8 byte order mark before the header (Excel) */
    bool labels_zh; /* row_label and column_label: the template's Chinese labels */
} xxgk_export_options;
void xxgk_export_csv_header(FILE *f, const xxgk_export_options *opts);
void xxgk_export_csv(FILE *f, const xxgk_doc *doc, const xxgk_export_options *opts);
void xxgk_export_jsonl(FILE *f, const xxgk_doc *doc, const xxgk_export_options *opts);


/* JSON pieces shared by every JSON output: a location's fields
 * ("line","col","end_line","end_col","byte_start","byte_end": one
 * location vocabulary in every output, docs/formats.md) and the
 * array of a document's diagnostics with their notes. */
void xxgk_json_location(FILE *f, const xxgk_doc *doc, xxgk_span sp);
void xxgk_json_diags(FILE *f, const xxgk_doc *doc);

/* Text helpers shared by the passes. */
void xxgk_json_string(FILE *f, const char *s, size_t len);
/* A NUL-terminated string as JSON, or null when s is NULL. */
void xxgk_json_string_or_null(FILE *f, const char *s);
/* A CSV field, quoted when it must be; an empty one (len 0, s may be
 * NULL) is nothing. */
void xxgk_csv_field(FILE *f, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
