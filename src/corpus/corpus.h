/* The corpus tools behind `xxgk corpus` (docs/corpus.md): golden files,
 * grammar fragments, statistics over a folder of reports, and before/after
 * records. Internal to libxxgk; every function is reentrant (no global
 * state), so the tests call them directly with their own output streams. */
#ifndef XXGK_CORPUS_H
#define XXGK_CORPUS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "xxgk.h"

/* ---- helpers (corpus_util.c) ------------------------------------------- */

/* Names of the regular files in dir ending in suffix, sorted bytewise so
 * every run lists them in the same order. NULL (errno set) on failure. */
char **corpus_list(const char *dir, const char *suffix, size_t *n);
/* The reports xxgk reads, as a folder holds them (a panel over a folder of
 * saved pages, PDFs and Word files as well as text): every regular file
 * whose name ends in one of these, case ignored. */
#define CORPUS_INPUT_SUFFIXES ".txt|.text|.htm|.html|.pdf|.docx|.doc"
char **corpus_list_inputs(const char *dir, size_t *n);
void corpus_list_free(char **names, size_t n);
/* "dir/name" without doubling the slash; malloc'd. */
char *corpus_path(const char *dir, const char *name);
/* "name" with its suffix replaced ("a.txt", ".txt", ".expected"). */
char *corpus_swap_suffix(const char *name, const char *from, const char *to);
/* Whole file, NUL-terminated; NULL (errno set) when it cannot be read. */
char *corpus_slurp(const char *path, size_t *len);
/* Replace path's content atomically (temporary file and rename). */
bool corpus_write(const char *path, const char *data, size_t len);
/* The same, written as it comes: open a temporary file beside path (its
 * malloc'd name in *tmp; NULL with errno set on failure), then close it
 * and rename it over path (false with errno set, the temporary removed;
 * frees tmp either way). A path that is a device or a FIFO is opened
 * itself (*tmp NULL: written in place, no rename). */
FILE *corpus_write_open(const char *path, char **tmp);
bool corpus_write_close(FILE *f, char *tmp, const char *path);
/* Run fn(i, arg) for every i in [0, n) on up to jobs threads. The caller
 * keeps results per index, so output order never depends on scheduling. */
void corpus_parallel(size_t n, int jobs, void (*fn)(size_t i, void *arg), void *arg);
/* The tree text of a parse (the golden format: xxgk parse --format tree),
 * malloc'd; NULL when memory runs out. */
char *corpus_tree_text(const xxgk_doc *doc, size_t *len);
/* Monotonic clock in nanoseconds (for the throughput line only). */
uint64_t corpus_now_ns(void);

/* ---- line diff (corpus_diff.c) ----------------------------------------- */

/* Print the first divergence between a (expected) and b (actual) as a
 * unified diff hunk with `context` lines around it, at most max_lines lines
 * of body, headed by "--- aname" / "+++ bname". Prints nothing and returns 0
 * when the texts are equal; otherwise returns the number of hunks. */
int corpus_udiff(FILE *out, const char *a, size_t alen, const char *b, size_t blen,
                 const char *aname, const char *bname, int context, int max_lines);

/* ---- known failures (corpus_util.c) ------------------------------------- */

/* A KNOWN_FAILURES file: one entry a line, "KEY -- reason"; '#' starts a
 * comment line. Keys are file names (corpus) or "file.txt/case name"
 * (fragments). */
typedef struct corpus_known {
    char **keys, **reasons;
    bool *seen; /* set by the runner for each entry it met */
    size_t n;
} corpus_known;
/* A missing file is an empty list. Returns false (after printing to err)
 * when the file exists but cannot be read or has a malformed line. */
bool corpus_known_load(const char *path, corpus_known *k, FILE *err);
/* Index of key, or -1. */
long corpus_known_find(const corpus_known *k, const char *key);
void corpus_known_free(corpus_known *k);

/* ---- golden corpus and fragments (corpus_golden.c, corpus_frag.c) ------ */

typedef struct corpus_opts {
    bool update;     /* rewrite expected output instead of failing */
    int jobs;        /* threads, >= 1 */
    int context;     /* diff context lines */
    FILE *out, *err;
    int lang;        /* the language of the messages on err (enum xxgk_lang); 0 English */
} corpus_opts;

/* Run every DIR/X.txt against DIR/X.expected. Prints "ok X.txt", or
 * "FAIL X.txt" and a diff, then "N passed, N failed". Returns an exit
 * status (0, 1 on any failure, 2 on trouble). */
int corpus_golden(const char *dir, const corpus_opts *o);

/* One case of a fragment file (tests/grammar/ files). */
typedef struct frag_case {
    char *name;        /* after "=== ", attributes removed */
    char *header;      /* the header line as written */
    int line;          /* line of the header in the file, 1-based */
    char **errors;     /* codes of ":error CODE" attributes */
    size_t nerrors, caperrors;
    char *input;       /* ends in one '\n' */
    size_t input_len;
    char *expected;    /* trimmed; '\n' after every line */
    size_t expected_len;
} frag_case;

typedef struct frag_file {
    char *path;
    char *preamble;    /* comment lines before the first case, verbatim */
    frag_case *cases;
    size_t n;
} frag_file;

/* Read a fragment file; false (after printing to err) when it is malformed. */
bool frag_load(const char *path, frag_file *f, FILE *err);
void frag_free(frag_file *f);
/* The tree text of a case's input (malloc'd), '\n' after every line. */
char *frag_run(const frag_case *c, size_t *len);
/* Codes of :error attributes the actual output lacks: the first one, or
 * NULL when all are present. */
const char *frag_missing_error(const frag_case *c, const char *actual);
/* Write the file back with new expected trees (NULL entries keep theirs). */
bool frag_save(const frag_file *f, char *const *expected);
/* Run every case of every DIR/X.txt like corpus_golden does for reports
 * (DIR/KNOWN_FAILURES keys are "file.txt/case name"). */
int corpus_fragments(const char *dir, const corpus_opts *o);

/* ---- statistics and records (corpus_stat.c, corpus_record.c) ----------- */

enum corpus_status { CORPUS_CLEAN = 0, CORPUS_ERRORS, CORPUS_UNREADABLE };

typedef struct corpus_diagrec {
    char code[8];
    int severity;
    uint32_t line, col;
} corpus_diagrec;

typedef struct corpus_cellrec {
    int table, row, col;   /* keys (enum values) */
    char value[48];        /* exact decimal, "" for an empty cell */
    int unit;              /* enum xxgk_unit */
    uint32_t line, column;
} corpus_cellrec;

/* What one report gave: everything --stat counts and --save writes. */
typedef struct corpus_rec {
    char *file;            /* name within the folder */
    size_t bytes;
    int status;            /* enum corpus_status */
    int reports;           /* copies of the report in the text */
    int template_year;
    char *agency, *agency_key, *date; /* of the first copy; NULL when unknown */
    int year;              /* 0 when unknown */
    int sections;          /* bit i set when section id i was found */
    size_t errors, warnings;
    corpus_diagrec *diags;
    size_t ndiags;
    corpus_cellrec *cells; /* first copy, tables in order, print order */
    size_t ncells;
} corpus_rec;

void corpus_rec_free(corpus_rec *r);
/* Parse one report into a record (bytes need not be NUL-terminated). */
bool corpus_rec_fill(corpus_rec *r, const char *file, const char *bytes, size_t len);
/* The record of a document already read (doc is not freed); bytes is the
 * size of its file. */
bool corpus_rec_fill_doc(corpus_rec *r, const char *file, const xxgk_doc *doc, size_t bytes);
/* One JSON line, as --save writes it. */
void corpus_rec_write(FILE *f, const corpus_rec *r);
/* Read a --save file; false (after printing to err) when malformed. */
bool corpus_rec_load(const char *path, corpus_rec **recs, size_t *n, FILE *err);
/* Compare a run with a baseline, one report at a time, and print improved /
 * regressed / changed reports with the first difference of each. The
 * comparison keeps the baseline's records (base) and only one line per
 * listed report of the run, so a run need not keep its own records.
 * names are the run's files, sorted bytewise (corpus_list): a baseline
 * record whose file is not among them is missing. NULL without memory. */
typedef struct corpus_cmp corpus_cmp;
corpus_cmp *corpus_cmp_new(const corpus_rec *base, size_t nbase, char *const *names, size_t nnames);
/* The run's i-th report (i is where its baseline record usually is). */
void corpus_cmp_add(corpus_cmp *c, const corpus_rec *cur, size_t i);
/* Print the comparison; returns the number of regressed reports. */
size_t corpus_cmp_end(corpus_cmp *c, FILE *out);
void corpus_cmp_free(corpus_cmp *c);

/* How --stat reads a report file (on any thread): its document, or NULL
 * with *msg the message saying why (malloc'd, as printed to stderr:
 * "xxgk: PATH: reason\n" or a located L006/L020… line; NULL when there
 * is none). The command passes the loader of check, export and panel
 * (cli_load_msg: the front ends, --encoding and --input as given). */
typedef xxgk_doc *(*corpus_load_fn)(void *ctx, const char *path, char **msg);

typedef struct corpus_stat_opts {
    int jobs;
    const char *save;      /* --save FILE or NULL */
    const char *baseline;  /* --baseline FILE or NULL */
    bool timing;           /* print the throughput line */
    FILE *out, *err;
    /* NULL: the front ends (src/input/) with the defaults, --encoding
     * auto (GB18030 and Big5 decoded with L008/L009) and --input auto */
    corpus_load_fn load;
    void *load_ctx;
    int lang; /* the language of the messages on err (enum xxgk_lang) */
} corpus_stat_opts;

/* --stat over the reports of DIR (corpus_list_inputs: the files check,
 * export and panel read for a folder), each read through the front ends
 * as o->load says. Returns an exit status: 0, 1 when a report
 * regressed against the baseline, 2 on trouble. */
int corpus_stat(const char *dir, const corpus_stat_opts *o);

/* ---- a small JSON reader for --baseline (corpus_json.c) ---------------- */

enum cjson_kind { CJ_NULL, CJ_FALSE, CJ_TRUE, CJ_NUMBER, CJ_STRING, CJ_ARRAY, CJ_OBJECT };

typedef struct cjson {
    int kind;
    char *str;             /* CJ_STRING (decoded), CJ_NUMBER (as written) */
    struct cjson *items;   /* CJ_ARRAY elements, CJ_OBJECT values */
    char **keys;           /* CJ_OBJECT keys */
    size_t n;
} cjson;

/* Parse one JSON value filling the whole text; false with a message in
 * err (of size errsize) otherwise. */
bool cjson_parse(const char *s, size_t len, cjson *v, char *err, size_t errsize);
void cjson_free(cjson *v);
const cjson *cjson_get(const cjson *obj, const char *key);
#endif
