/* xxgk panel --format sqlite: the panel as a database.
 *   reports(id, file, agency, agency_key, year, template, status, errors,
 *           warnings)                        indexes on agency_key, year
 *   cells(report_id, key, table_key, row_key, col_key, state, value,
 *         value_int, unit, line, col, printed, printed_unit, doubt)
 *                                            every cell the report printed
 *   diagnostics(report_id, code, severity, line, col, message)
 * value is the exact decimal as TEXT (never a REAL: 9116.36 stays
 * 9116.36) in the key's unit, as CSV and JSON lines write it (money in
 * 万元, panel_cell_of), NULL when the cell has none (state says why);
 * value_int is the same number as an INTEGER when it is whole, so sums in
 * SQL stay exact. printed and printed_unit: the number and unit as the
 * report gave them (export's value and unit). One transaction; written to PATH.tmp and
 * renamed over PATH when complete. Without libsqlite3 at build time,
 * panel_db_open says so. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "panel.h"

#ifdef XXGK_HAVE_SQLITE
#include <errno.h>
#include <sqlite3.h>
#include <unistd.h>

#include "dynlib.h"
#include "files.h"

bool panel_has_sqlite(void) { return true; }

/* libsqlite3, opened when the first database is (core/dynlib.h): a run
 * that writes none never maps it. The functions called, through sql_lib. */
#define SQL_FUNCTIONS(F)                                                                           \
    F(sqlite3_open)                                                                                \
    F(sqlite3_exec)                                                                                \
    F(sqlite3_prepare_v2)                                                                          \
    F(sqlite3_errmsg)                                                                              \
    F(sqlite3_system_errno)                                                                        \
    F(sqlite3_finalize)                                                                            \
    F(sqlite3_close)                                                                               \
    F(sqlite3_bind_text)                                                                           \
    F(sqlite3_bind_null)                                                                           \
    F(sqlite3_bind_int)                                                                            \
    F(sqlite3_bind_int64)                                                                          \
    F(sqlite3_step)                                                                                \
    F(sqlite3_reset)                                                                               \
    F(sqlite3_clear_bindings)                                                                      \
    F(sqlite3_last_insert_rowid)

#define SQL_POINTER(name) __typeof__(name) *name;
typedef struct sql_lib {
    SQL_FUNCTIONS(SQL_POINTER)
} sql_lib;
#undef SQL_POINTER

static sql_lib sql_table;
static dynlib sql_state = DYNLIB_INIT;

#ifdef XXGK_SQLITE_SONAME
#define SQL_FN(name) DYNLIB_FN(sql_lib, name)
static const dynlib_fn sql_fns[] = {SQL_FUNCTIONS(SQL_FN)};
#undef SQL_FN

static void load_sql(void)
{
    dynlib_load(&sql_state, "libsqlite3", XXGK_SQLITE_SONAME, sql_fns,
                sizeof sql_fns / sizeof *sql_fns, &sql_table);
}
#else /* linked: the functions themselves */
#define TAKE(name) sql_table.name = name;
static void load_sql(void)
{
    SQL_FUNCTIONS(TAKE)
    sql_state.ok = true;
}
#undef TAKE
#endif

static const char schema[] =
    "CREATE TABLE reports(id INTEGER PRIMARY KEY, file TEXT NOT NULL, agency TEXT, agency_key TEXT,"
    " year INTEGER, template INTEGER, status TEXT NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,"
    " duplicate_of TEXT, duplicate_cells TEXT, other_reports TEXT);"
    "CREATE TABLE cells(report_id INTEGER NOT NULL REFERENCES reports(id), key TEXT NOT NULL,"
    " table_key TEXT NOT NULL, row_key TEXT NOT NULL, col_key TEXT NOT NULL, state TEXT NOT NULL,"
    " value TEXT, value_int INTEGER, unit TEXT, line INTEGER, col INTEGER, printed TEXT, printed_unit TEXT,"
    " doubt TEXT);"
    "CREATE TABLE diagnostics(report_id INTEGER NOT NULL REFERENCES reports(id), code TEXT NOT NULL,"
    " severity TEXT NOT NULL, line INTEGER, col INTEGER, message TEXT);"
    "CREATE INDEX reports_agency_key ON reports(agency_key);"
    "CREATE INDEX reports_year ON reports(year);"
    "CREATE INDEX reports_agency ON reports(agency);"
    "CREATE INDEX cells_report ON cells(report_id);"
    "CREATE INDEX cells_key ON cells(key);"
    "CREATE INDEX diagnostics_report ON diagnostics(report_id);";

enum { S_REPORT, S_CELL, S_DIAG, S__COUNT };
static const char *const inserts[S__COUNT] = {
    ("INSERT INTO reports(file, agency, agency_key, year, template, status, errors, warnings,"
     " duplicate_of, duplicate_cells, other_reports) VALUES(?1, ?2, ?8, ?3, ?4, ?5, ?6, ?7, ?9, ?10, ?11)"),
    "INSERT INTO cells VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    "INSERT INTO diagnostics VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
};

struct panel_db {
    const sql_lib *sql;
    sqlite3 *db;
    sqlite3_stmt *st[S__COUNT];
    char *path, *tmp;
    bool failed;
    int lang; /* of the reasons in err (enum xxgk_lang) */
};

static void db_free(panel_db *p)
{
    for (int i = 0; p->sql && i < S__COUNT; i++)
        p->sql->sqlite3_finalize(p->st[i]);
    if (p->sql)
        p->sql->sqlite3_close(p->db);
    free(p->path);
    free(p->tmp);
    free(p);
}

/* OUT may be a database from an earlier run, or new; anything else (a
 * report named by mistake where OUT was due) is not overwritten. */
static bool replaceable(const char *path)
{
    /* a device or a FIFO (`--format sqlite /dev/null`) never: the
     * database renamed over it would replace it with a regular file */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return false;
    FILE *f = fopen(path, "rb");
    if (!f)
        return true;
    char head[16] = {0};
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return n == 0 || (n == sizeof head && memcmp(head, "SQLite format 3", sizeof head) == 0);
}

/* "PATH: cannot write the database: REASON": the system's reason (no such
 * folder, permission, no space) in the run's language when SQLite failed
 * on one, else SQLite's own words (English: they come from the library). */
static void say_db_error(const panel_db *p, char *err, size_t errsize)
{
    const sql_lib *sql = p->sql;
    int e = p->db ? sql->sqlite3_system_errno(p->db) : 0;
    char why[128];
    const char *reason = e ? file_errno_text(e, p->lang == XXGK_LANG_ZH, why, sizeof why)
                       : p->db ? sql->sqlite3_errmsg(p->db)
                               : panel_say(p->lang, "cannot open", "无法打开");
    snprintf(err, errsize, panel_say(p->lang, "%s: cannot write the database: %s", "%s: 无法写入数据库：%s"),
             p->path, reason);
}

panel_db *panel_db_open(const char *path, int lang, char *err, size_t errsize)
{
    if (!replaceable(path)) {
        snprintf(err, errsize,
                 panel_say(lang, "%s: exists and is not an SQLite database: not overwritten",
                           "%s: 已存在且不是 SQLite 数据库：不覆盖"),
                 path);
        return NULL;
    }
    char why[256];
    const sql_lib *sql = dynlib_get(&sql_state, load_sql, &sql_table, why, sizeof why);
    if (!sql) { /* dlerror's words, after ours */
        snprintf(err, errsize, panel_say(lang, "cannot write SQLite: %s", "无法写入 SQLite：%s"), why);
        return NULL;
    }
    panel_db *p = calloc(1, sizeof *p);
    size_t n = strlen(path);
    if (p) {
        p->sql = sql;
        p->lang = lang;
        p->path = strdup(path);
        p->tmp = malloc(n + 5);
    }
    if (!p || !p->path || !p->tmp) {
        snprintf(err, errsize, "%s", panel_say(lang, "out of memory", "内存不足"));
        if (p)
            db_free(p);
        return NULL;
    }
    memcpy(p->tmp, path, n);
    memcpy(p->tmp + n, ".tmp", 5);
    unlink(p->tmp); /* a leftover of an interrupted run */
    static const char begin[] = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;";
    bool ok = sql->sqlite3_open(p->tmp, &p->db) == SQLITE_OK &&
              sql->sqlite3_exec(p->db, begin, 0, 0, 0) == SQLITE_OK &&
              sql->sqlite3_exec(p->db, schema, 0, 0, 0) == SQLITE_OK;
    for (int i = 0; ok && i < S__COUNT; i++)
        ok = sql->sqlite3_prepare_v2(p->db, inserts[i], -1, &p->st[i], 0) == SQLITE_OK;
    if (!ok) {
        say_db_error(p, err, errsize);
        unlink(p->tmp);
        db_free(p);
        return NULL;
    }
    return p;
}

static void bind_text(const sql_lib *sql, sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sql->sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sql->sqlite3_bind_null(s, i);
}

static bool step(panel_db *p, sqlite3_stmt *s)
{
    const sql_lib *sql = p->sql;
    bool ok = sql->sqlite3_step(s) == SQLITE_DONE;
    sql->sqlite3_reset(s);
    sql->sqlite3_clear_bindings(s);
    if (!ok)
        p->failed = true;
    return ok;
}

/* Every cell the report printed, in print order. */
static bool add_cells(panel_db *p, sqlite3_int64 id, const xxgk_doc *doc, const xxgk_report *r, cell_flags *f)
{
    const sql_lib *sql = p->sql;
    size_t errors = xxgk_doc_count(doc, XXGK_ERROR);
    sqlite3_stmt *s = p->st[S_CELL];
    for (int t = 0; r && t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tb = r->tables[t];
        for (size_t i = 0; tb && i < tb->ncells; i++) {
            const xxgk_cell *c = &tb->cells[i];
            panel_key k = {c->table, c->row, c->col};
            char name[128], num[48];
            xxgk_pos pos = xxgk_doc_position(doc, c->span.start);
            sql->sqlite3_bind_int64(s, 1, id);
            bind_text(sql, s, 2, panel_key_name(&k, name, sizeof name));
            bind_text(sql, s, 3, xxgk_table_key(c->table));
            bind_text(sql, s, 4, xxgk_row_key(c->row));
            bind_text(sql, s, 5, xxgk_col_key(c->col));
            panel_cell pc = panel_cell_of(f, r, errors, c->table, c->row, c->col);
            bind_text(sql, s, 6, panel_cell_state_name(pc.state));
            if (pc.state == PANEL_CELL_VALUE) {
                bind_text(sql, s, 7, xxgk_dec_format(pc.value, num, sizeof num));
                if (pc.value.scale == 0)
                    sql->sqlite3_bind_int64(s, 8, pc.value.mant);
                bind_text(sql, s, 9, pc.unit ? xxgk_unit_name(pc.unit) : NULL);
            }
            sql->sqlite3_bind_int64(s, 10, pos.line);
            sql->sqlite3_bind_int64(s, 11, pos.col);
            if (c->state == XXGK_CELL_VALUE) {
                bind_text(sql, s, 12, xxgk_dec_format(c->value, num, sizeof num));
                bind_text(sql, s, 13, c->unit ? xxgk_unit_name(c->unit) : NULL);
            }
            bind_text(sql, s, 14, pc.doubt.d ? xxgk_code_name(pc.doubt.d->code) : NULL);
            if (!step(p, s))
                return false;
        }
    }
    return true;
}

static bool add_diags(panel_db *p, sqlite3_int64 id, const xxgk_doc *doc)
{
    const sql_lib *sql = p->sql;
    sqlite3_stmt *s = p->st[S_DIAG];
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    bool ok = true;
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d && ok; d = d->next) {
        xxgk_pos pos = xxgk_doc_position(doc, d->span.start);
        sql->sqlite3_bind_int64(s, 1, id);
        bind_text(sql, s, 2, xxgk_code_name(d->code));
        bind_text(sql, s, 3, xxgk_severity_name(d->severity));
        sql->sqlite3_bind_int64(s, 4, pos.line);
        sql->sqlite3_bind_int64(s, 5, pos.col);
        bind_text(sql, s, 6, xxgk_diag_msg(doc, d, &b));
        ok = step(p, s);
    }
    xxgk_msgbuf_free(&b);
    return ok;
}

bool panel_db_add(panel_db *p, const char *file, const xxgk_doc *doc, cell_flags *f, const panel_dup *dup)
{
    const sql_lib *sql = p->sql;
    const xxgk_report *r = doc ? xxgk_doc_report(doc) : NULL;
    sqlite3_stmt *s = p->st[S_REPORT];
    bind_text(sql, s, 1, file);
    bind_text(sql, s, 2, r ? r->agency : NULL);
    if (r && r->year)
        sql->sqlite3_bind_int(s, 3, r->year);
    if (r && xxgk_report_template(r))
        sql->sqlite3_bind_int(s, 4, xxgk_report_template(r));
    bind_text(sql, s, 5, panel_status(doc));
    sql->sqlite3_bind_int64(s, 6, doc ? (sqlite3_int64)xxgk_doc_count(doc, XXGK_ERROR) : 0);
    sql->sqlite3_bind_int64(s, 7, doc ? (sqlite3_int64)xxgk_doc_count(doc, XXGK_WARNING) : 0);
    bind_text(sql, s, 8, r ? r->agency_key : NULL);
    bind_text(sql, s, 9, dup->of);
    bind_text(sql, s, 10, dup->of ? (dup->differ ? "differ" : "same") : NULL);
    char *others = NULL;
    size_t nothers = 0;
    FILE *m = doc ? open_memstream(&others, &nothers) : NULL;
    if (m) {
        panel_other_reports(m, doc);
        if (fclose(m) != 0) {
            free(others);
            others = NULL;
        }
    }
    bind_text(sql, s, 11, others && *others ? others : NULL);
    free(others);
    if (!step(p, s))
        return false;
    sqlite3_int64 id = sql->sqlite3_last_insert_rowid(p->db);
    return !doc || (add_cells(p, id, doc, r, f) && add_diags(p, id, doc));
}

bool panel_db_close(panel_db *p, char *err, size_t errsize)
{
    const sql_lib *sql = p->sql;
    bool ok = !p->failed && sql->sqlite3_exec(p->db, "COMMIT;", 0, 0, 0) == SQLITE_OK;
    if (!ok)
        say_db_error(p, err, errsize);
    for (int i = 0; i < S__COUNT; i++) {
        sql->sqlite3_finalize(p->st[i]);
        p->st[i] = NULL;
    }
    if (sql->sqlite3_close(p->db) != SQLITE_OK && ok) {
        snprintf(err, errsize, panel_say(p->lang, "%s: cannot close the database", "%s: 无法关闭数据库"), p->tmp);
        ok = false;
    }
    p->db = NULL;
    if (ok && rename(p->tmp, p->path) != 0) {
        char why[128];
        snprintf(err, errsize, panel_say(p->lang, "%s: cannot rename to %s: %s", "%s: 无法改名为 %s：%s"), p->tmp,
                 p->path, file_errno_text(errno, p->lang == XXGK_LANG_ZH, why, sizeof why));
        ok = false;
    }
    if (!ok)
        unlink(p->tmp);
    db_free(p);
    return ok;
}

#else /* no libsqlite3 */

bool panel_has_sqlite(void) { return false; }

panel_db *panel_db_open(const char *path, int lang, char *err, size_t errsize)
{
    (void)path;
    snprintf(err, errsize, "%s",
             panel_say(lang, "this xxgk was built without SQLite (install libsqlite3-dev and rebuild)",
                       "这个 xxgk 构建时没有 SQLite（安装 libsqlite3-dev 后重新构建）"));
    return NULL;
}

bool panel_db_add(panel_db *db, const char *file, const xxgk_doc *doc, cell_flags *f, const panel_dup *dup)
{
    (void)db, (void)file, (void)doc, (void)f, (void)dup;
    return false;
}

bool panel_db_close(panel_db *db, char *err, size_t errsize)
{
    (void)db, (void)err, (void)errsize;
    return false;
}
#endif
