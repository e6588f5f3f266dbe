/* xxgk panel: one row per report, the table researchers build by hand
 * (docs/formats.md, "panel"). Each report's fields (file, agency,
 * agency_key, year, template, status, errors, warnings) and then one
 * column per cell of either template, keyed table.row.column. Written as
 * CSV, JSON lines, or an SQLite database with reports, cells and
 * diagnostics tables. Reports are added one at a time, so a folder of any
 * size is read in constant memory. */
#ifndef XXGK_PANEL_H
#define XXGK_PANEL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cell_doubt.h"
#include "xxgk.h"

enum panel_format { PANEL_CSV = 0, PANEL_JSONL, PANEL_SQLITE };

typedef struct panel_key {
    int table, row, col;
} panel_key;

enum { PANEL_MAX_KEYS = 256 };
/* The cells of the 2019 and 2021 templates, table by table, rows in the
 * template's order, the total column last. Returns how many (at most cap). */
size_t panel_keys(panel_key *out, size_t cap);
/* "requests.new_requests.total" into buf. */
const char *panel_key_name(const panel_key *k, char *buf, size_t size);
/* "clean", "warnings", "errors", or "unreadable" when doc is NULL, or
 * "not_a_report" when no section heading was found. */
const char *panel_status(const xxgk_doc *doc);
/* The panel can write SQLite (built with libsqlite3). */
bool panel_has_sqlite(void);
/* en or zh, as lang (enum xxgk_lang) asks: the panel's notes and the
 * reasons it gives in err are in the run's language (--lang), as the
 * command line's own messages are. */
static inline const char *panel_say(int lang, const char *en, const char *zh)
{
    return lang == XXGK_LANG_ZH ? zh : en;
}

/* A cell as the panel writes it: a value in its key's unit (a money
 * column in 万元, converted exactly from the unit the report printed or
 * stated), or why there is none. Every format writes the same. */
enum panel_cell_state {
    PANEL_CELL_ABSENT = 0,   /* not printed (null) */
    PANEL_CELL_EMPTY,        /* printed empty (null; listed in `empty`) */
    PANEL_CELL_VALUE,        /* value */
    PANEL_CELL_DOUBTED,      /* a parse error doubts its place (null; listed in `doubted`) */
    PANEL_CELL_NO_UNIT,      /* money with no unit printed or stated (null; listed in `unconverted`) */
    PANEL_CELL_UNCONVERTED,  /* money that does not fit in 万元 exactly (null; listed in `unconverted`) */
};
typedef struct panel_cell {
    int state;              /* enum panel_cell_state */
    xxgk_dec value;         /* PANEL_CELL_VALUE: in the key's unit */
    int unit;               /* the unit of value: XXGK_UNIT_WAN_YUAN for money, else NONE */
    const xxgk_cell *cell;  /* the printed cell, NULL when not printed */
    cell_doubt doubt;
} panel_cell;
/* The cell (table, row, col) of report r (NULL: none), f holding the
 * document's findings and errors its count of errors (cell_doubt_of). */
panel_cell panel_cell_of(cell_flags *f, const xxgk_report *r, size_t errors, int table, int row, int col);
/* "doubted", "no_unit", "unconverted", "value", "empty" or "absent". */
const char *panel_cell_state_name(int state);

/* ---- the same agency and year twice (panel_dup.c) ---------------------- */
/* A row whose (agency_key, year) an earlier row has: that row's file, and
 * how their cells compare (state and value of every key). */
typedef struct panel_dup {
    const char *of;       /* the earlier row's file; NULL when the row is the first */
    size_t differ;        /* keys whose cells differ: 0 when every cell is the same */
    panel_key first;      /* the first of them, and its cell in this row and the earlier */
    char here[64], there[64];
} panel_dup;
typedef struct panel_seen panel_seen;
panel_seen *panel_seen_new(size_t nkeys);
/* Look the row up (r NULL, or without agency_key or year: never a
 * duplicate) and remember it when it is the first; d says. False when
 * memory runs out. */
bool panel_seen_add(panel_seen *s, const char *file, const xxgk_report *r, const panel_cell *cells,
                    const panel_key *keys, panel_dup *d);
void panel_seen_free(panel_seen *s);

typedef struct panel panel;
/* CSV and JSON lines go to out; SQLite to a new database at path (written
 * beside it and renamed into place when closed). NULL with the reason in
 * err when it cannot start. lang (enum xxgk_lang): the language of the
 * notes and of err. */
panel *panel_open(int format, FILE *out, const char *path, int lang, char *err, size_t errsize);
/* Where to say that a row repeats an earlier row's agency and year
 * (NULL, the default: nowhere; the row's duplicate_of says it anyway). */
void panel_notes(panel *p, FILE *notes);
/* One report: doc checked already (xxgk_check), or NULL when the file
 * could not be read. False when writing failed. */
bool panel_add(panel *p, const char *file, const xxgk_doc *doc);
/* Finish and free; false with the reason in err when writing failed. */
bool panel_close(panel *p, char *err, size_t errsize);

/* The other reports of doc's file that the reader found and did not read
 * (P026), as the other_reports field writes them: "LINE:AGENCY:YEAR" each,
 * a space between; nothing when there are none. */
void panel_other_reports(FILE *f, const xxgk_doc *doc);

/* ---- the SQLite writer (panel_sqlite.c) ------------------------------- */
typedef struct panel_db panel_db;
panel_db *panel_db_open(const char *path, int lang, char *err, size_t errsize);
bool panel_db_add(panel_db *db, const char *file, const xxgk_doc *doc, cell_flags *f, const panel_dup *dup);
bool panel_db_close(panel_db *db, char *err, size_t errsize);
#endif
