/* xxgk export: one record per printed cell of the first copy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell_flags.h"
#include "doc.h"
#include "json_out.h"
#include "key_fields.h"
#include "outbuf.h"
#include "pos_cursor.h"
#include "print.h"
#include "template.h"
#include "utf8.h"

/* The fields that are the same for every cell of a document (file,
 * agency, year, template) are formatted once, and those of a row (table,
 * row) once per row: a row's cells follow each other. Each record is
 * formatted in place in a buffer (outbuf.h) written when full; the
 * buffer's end goes from record to record in a register (rec_room). */
enum { CELL_MAX = 768 }; /* a record's bytes after the document's and row's fields */

enum { ROW_MAX = 256 }; /* a row's fields: keys and a template label, short */

/* The fields of a column (key, label: the same in every record of that
 * column) are formatted the first time and kept in a slot, and so are the
 * fields between the value and the column number (unit, line: the same
 * along a row) for the last unit and line. A slot is copied whole, a copy
 * of constant size for its format (a few moves, not a call); the bytes
 * after its own are written over by the fields that follow, or lie past
 * the record's end. */
enum { SLOT = 64 };

/* How much of a slot a format keeps and copies: CSV's fields are short
 * (a key and a comma; a unit, a line and commas: half a slot), JSON's
 * carry the names of the fields (a whole slot). A constant at each
 * format's calls, so that each copy is of constant size. */
enum { SLOT_CSV = SLOT / 2, SLOT_JSON = SLOT };

enum { UNIT_SLOTS = XXGK_UNIT__COUNT + 1 };

typedef struct slot {
    size_t n; /* 0: none kept (fields too long for a slot are formatted each time) */
    char s[SLOT];
} slot;

/* The P014 findings met so far, for the later copies of rows printed more
 * than once: the last one standing at or before `at` (the last place
 * asked), and the next finding of the document's list to look at. */
typedef struct copy_said {
    const xxgk_diag *last, *next;
    uint32_t at;
} copy_said;

typedef struct record {
    char *head;      /* the document's fields, then the row's (ROW_MAX more bytes) */
    size_t head_len; /* the document's */
    const xxgk_export_options *opts;
    pos_cursor at;
    int table, row;  /* the row whose fields follow the head; -1: none yet */
    size_t table_len; /* the table's fields, the first of the row's */
    size_t prefix_len; /* the document's, the table's and the row's: a record's prefix */
    cell_flags flags;
    const xxgk_table *tab; /* the table whose cells are written */
    /* a P014 was said: only then may a cell be a later copy that says so
     * (later_copy is not asked of other documents' cells) */
    bool copies;
    copy_said said;
    slot cols[XXGK_C__COUNT];
    slot units[UNIT_SLOTS]; /* a unit's fields: [0] no value, [1 + unit] */
    slot tail;       /* for tail_unit (-1: no value) and tail_line */
    int tail_unit;
    /* 0 when the tail slot holds nothing (a line is never 0): one test
     * of the line, the unit's, says the slot is the record's */
    unsigned tail_line;
    outbuf ob;
} record;

/* A slot's fields at o, copied as `copy` bytes: the end. */
static inline char *put_slot(char *o, const slot *k, size_t copy)
{
    memcpy(o, k->s, copy);
    return o + k->n;
}

/* Fields just formatted at o..e kept in k when they fit: e. The copy is
 * of constant size, as put_slot's: o is in the buffer, with CELL_MAX bytes
 * of room. */
static inline char *keep_slot(slot *k, const char *o, char *e, size_t copy)
{
    size_t n = (size_t)(e - o);
    if (n < copy) {
        memcpy(k->s, o, copy);
        k->n = n;
    }
    return e;
}

/* A column's fields, formatted into o: the end. */
typedef char *(*col_fn)(char *o, const xxgk_cell *c, const xxgk_export_options *opts);

static inline char *rec_col(record *rec, char *o, const xxgk_cell *c, col_fn col, size_t copy)
{
    if (c->col < 0 || c->col >= XXGK_C__COUNT)
        return col(o, c, rec->opts);
    slot *k = &rec->cols[c->col];
    return k->n ? put_slot(o, k, copy) : keep_slot(k, o, col(o, c, rec->opts), copy);
}

/* The fields after the value up to the column number: the unit's (the
 * unit when the cell has a value) and the line's, each formatted into o:
 * the end. A unit's fields are kept in a slot the first time (a document
 * prints two or three units), so that a new line costs only its number. */
typedef char *(*unit_fn)(char *o, const xxgk_cell *c);
typedef char *(*line_fn)(char *o, unsigned line);

static inline char *rec_tail(record *rec, char *o, const xxgk_cell *c, unsigned line, unit_fn unit_f,
                             line_fn line_f, size_t copy)
{
    int unit = c->state == XXGK_CELL_VALUE ? c->unit : -1;
    if (rec->tail_line == line && rec->tail_unit == unit)
        return put_slot(o, &rec->tail, copy);
    char *e;
    if (unit >= -1 && unit < UNIT_SLOTS - 1) {
        slot *k = &rec->units[unit + 1];
        e = k->n ? put_slot(o, k, copy) : keep_slot(k, o, unit_f(o, c), copy);
    } else {
        e = unit_f(o, c);
    }
    e = line_f(e, line);
    rec->tail.n = 0;
    keep_slot(&rec->tail, o, e, copy);
    rec->tail_unit = unit;
    rec->tail_line = rec->tail.n ? line : 0;
    return e;
}

/* A row's fields, formatted into o: the end. They start with the
 * table's (table_fn), written only when the table changes: the rows of a
 * table follow each other. */
typedef char *(*table_fn)(char *o, const xxgk_cell *c);
typedef char *(*row_fn)(char *o, const xxgk_cell *c, const xxgk_export_options *opts);

/* The document's and the row's fields are copied as PREFIX_COPY bytes
 * when they fit (most do: a file name, an agency and two keys; JSON's
 * names, twice that), a copy of constant size (a few moves, not a call);
 * the bytes past them are written over by the cell's fields or lie past
 * the record's end. The head has ROW_MAX bytes after the document's
 * fields to read. */
enum { PREFIX_COPY = 128 };
_Static_assert(2 * PREFIX_COPY <= ROW_MAX, "a prefix copy reads past the head");
_Static_assert(2 * PREFIX_COPY + CELL_MAX <= OB_LARGE, "rec_room's limits lie in the buffer");

/* Room for a record whose prefix is copied as PREFIX_COPY + more bytes
 * at o, the buffer's end: o, or the buffer's start once what it holds is
 * written. Lim is where a record with the least prefix copy still fits
 * (the buffer's end less PREFIX_COPY + CELL_MAX), a constant of the
 * loop: the common test is one comparison with it. The records' end is
 * carried from record to record in a register (each_cell's o), not
 * stored in the outbuf and loaded again after each record's bytes (any
 * char store may alias it, for all the compiler knows). */
static inline char *rec_room(record *rec, char *o, const char *lim, size_t more)
{
    if (o > lim - more) {
        ob_end(&rec->ob, o);
        ob_flush(&rec->ob);
        o = rec->ob.b;
    }
    return o;
}

/* A record's start at o (the buffer's end; lim rec_room's), the
 * document's and the row's fields (one copy); returns where the cell's
 * own fields go (room for CELL_MAX bytes). */
static char *rec_begin(record *rec, const xxgk_cell *c, table_fn table, row_fn row, char *o, const char *lim)
{
    if (c->table != rec->table || c->row != rec->row) {
        char *t = rec->head + rec->head_len;
        if (c->table != rec->table) {
            rec->table_len = (size_t)(table(t, c) - t);
            rec->table = c->table;
        }
        char *r = t + rec->table_len;
        rec->prefix_len = (size_t)(row(r, c, rec->opts) - rec->head);
        rec->row = c->row;
    }
    size_t n = rec->prefix_len;
    if (n <= PREFIX_COPY) {
        o = rec_room(rec, o, lim, 0);
        memcpy(o, rec->head, PREFIX_COPY);
        return o + n;
    }
    if (n <= 3 * PREFIX_COPY / 2) {
        o = rec_room(rec, o, lim, PREFIX_COPY / 2);
        memcpy(o, rec->head, 3 * PREFIX_COPY / 2);
        return o + n;
    }
    if (n <= 2 * PREFIX_COPY) {
        o = rec_room(rec, o, lim, PREFIX_COPY);
        memcpy(o, rec->head, 2 * PREFIX_COPY);
        return o + n;
    }
    ob_end(&rec->ob, o);
    ob_put(&rec->ob, rec->head, n);
    return ob_room(&rec->ob, CELL_MAX);
}

static const xxgk_export_options no_options = {false, false};

/* ---- the later copies of a row printed more than once (P014) ------------ */

/* Is C a later copy of its key (a row printed again whose cells were read
 * too, P014)? The table's index holds the first copy printed of each key,
 * the row's cell for check, panel and diff: a cell that is not the one
 * its key finds is a copy the report's reading does not use, and its
 * record says so (docs/formats.md). Cells without keys are in no index. */
static inline bool later_copy(const xxgk_table *t, const xxgk_cell *c)
{
    if (c->row <= 0 || c->row >= XXGK_R__COUNT || c->col <= 0 || c->col >= XXGK_C__COUNT)
        return false;
    const xxgk_cell *first = xxgk_table_cell(t, c->row, c->col);
    return first && first != c;
}

/* The P014 finding of the copy whose cell starts at AT: the last one
 * standing at or before it (a copy is said at its label, which comes
 * before its numbers), NULL when none was said (--allow P014). The
 * document's list is in order of place and the cells mostly are too: the
 * list is walked once (each_cell starts it at its head), from where the
 * last cell left it, and again from its head only when a cell stands
 * before the last one asked. */
static const xxgk_diag *copy_said_at(copy_said *s, const xxgk_doc *doc, uint32_t at)
{
    if (at < s->at) {
        s->last = NULL;
        s->next = xxgk_doc_diags(doc);
    }
    for (; s->next && s->next->span.start <= at; s->next = s->next->next)
        if (s->next->code == XXGK_P_DUPLICATE_ROW)
            s->last = s->next;
    s->at = at;
    return s->last;
}

/* The flags of a later copy's cell: its findings' codes and P014, the
 * copy's finding, in the order of their places (P014's at the copy's
 * label), each once. Without a P014 said (--allow P014) its own findings
 * only. */
static __attribute__((noinline)) int copy_codes(record *rec, const xxgk_doc *doc, const xxgk_cell *c, int *codes)
{
    const xxgk_diag *ds[CELL_FLAGS_MAX];
    int nd = cell_flags_diags(&rec->flags, c->span, ds), n = 0;
    const xxgk_diag *said = copy_said_at(&rec->said, doc, c->span.start);
    for (int k = 0; k < nd && n < CELL_FLAGS_MAX; k++) {
        if (said && ds[k]->span.start > said->span.start) {
            n = cell_flags_add_code(codes, n, XXGK_P_DUPLICATE_ROW);
            said = NULL;
        }
        if (n < CELL_FLAGS_MAX)
            n = cell_flags_add_code(codes, n, ds[k]->code);
    }
    if (said && n < CELL_FLAGS_MAX)
        n = cell_flags_add_code(codes, n, XXGK_P_DUPLICATE_ROW);
    return n;
}

/* Is C a later copy whose record says so: in a document where a P014 was
 * said (a copy without it, --allow P014, carries no P014). The document's
 * test first: asking the index of every cell cost 1.6 % of export over
 * bench300 (docs/performance.md, stop 78). */
static inline bool flagged_copy(const record *rec, const xxgk_cell *c)
{
    return __builtin_expect(rec->copies, 0) && later_copy(rec->tab, c);
}

/* Was a row printed more than once said (P014) in the document? */
static bool copies_said(const xxgk_doc *doc)
{
    for (const xxgk_diag *d = xxgk_doc_diags(doc); d; d = d->next)
        if (d->code == XXGK_P_DUPLICATE_ROW)
            return true;
    return false;
}

/* A cell's flags into codes[CELL_FLAGS_MAX]: how many. */
static inline int record_codes(record *rec, const xxgk_doc *doc, const xxgk_cell *c, int *codes)
{
    if (flagged_copy(rec, c))
        return copy_codes(rec, doc, c, codes);
    return cell_flags_of(&rec->flags, c->span, codes);
}

/* ---- a row's remark (P133's column): a record of its own --------------- */

/* A remark's record: the document's fields (rec->head), then the table's,
 * the row's (empty: table 四's one printed row) and `remark` for the column;
 * its text in CSV's `value` field, in JSON's `text` (value null), with
 * where it stands. Rare (a header with a remark column): written through
 * the outbuf's calls, any length. */
typedef void (*remark_fn)(outbuf *ob, const xxgk_doc *doc, const record *rec, const xxgk_table *t,
                          const xxgk_remark *r, pos_cursor *at);

/* A CSV field of any length, quoted; a leading = + - @ gets a ' (csv_text). */
static void ob_csv_span(outbuf *ob, const char *s, size_t n)
{
    ob_char(ob, '"');
    if (n && s[0] && strchr("=+-@\t\r", s[0]))
        ob_char(ob, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            ob_char(ob, '"');
        ob_char(ob, s[i]);
    }
    ob_char(ob, '"');
}

static void csv_remark(outbuf *ob, const xxgk_doc *doc, const record *rec, const xxgk_table *t,
                       const xxgk_remark *r, pos_cursor *at)
{
    ob_put(ob, rec->head, rec->head_len);
    ob_str(ob, xxgk_table_key(t->id));
    ob_char(ob, ',');
    ob_str(ob, r->row ? xxgk_row_key(r->row) : "");
    if (rec->opts->labels_zh) { /* the row's label; the column has none of the template's */
        ob_char(ob, ',');
        ob_str(ob, r->row ? xxgk_tpl_row_name(r->row) : "");
    }
    ob_str(ob, rec->opts->labels_zh ? ",remark,," : ",remark,");
    ob_csv_span(ob, (const char *)doc->src + r->span.start, r->span.end - r->span.start);
    xxgk_pos p = pos_cursor_at(at, doc, r->span.start);
    ob_str(ob, ",,");
    ob_uint(ob, p.line);
    ob_char(ob, ',');
    ob_uint(ob, p.col);
    ob_str(ob, ",\n");
}

static void jsonl_remark(outbuf *ob, const xxgk_doc *doc, const record *rec, const xxgk_table *t,
                         const xxgk_remark *r, pos_cursor *at)
{
    ob_put(ob, rec->head, rec->head_len);
    ob_str(ob, ",\"kind\":\"remark\",\"table\":\"");
    ob_str(ob, xxgk_table_key(t->id));
    ob_str(ob, "\",\"row\":");
    ob_json_string_or_null(ob, r->row ? xxgk_row_key(r->row) : NULL);
    if (rec->opts->labels_zh) {
        ob_str(ob, ",\"row_label\":");
        const char *label = r->row ? xxgk_tpl_row_name(r->row) : "";
        ob_json_string(ob, label, strlen(label));
    }
    ob_str(ob, ",\"column\":\"remark\",\"value\":null,\"text\":");
    ob_json_string(ob, (const char *)doc->src + r->span.start, r->span.end - r->span.start);
    ob_str(ob, r->counts ? ",\"holds_number\":true,\"unit\":\"\"," : ",\"holds_number\":false,\"unit\":\"\",");
    ob_json_location(ob, doc, at, r->span);
    ob_str(ob, ",\"flags\":[]}\n");
}

/* The table's remarks after its cells, once a row: the buffer's end O
 * handed to the outbuf and taken back. */
static __attribute__((noinline)) char *remark_records(const xxgk_doc *doc, record *rec, const xxgk_table *t,
                                                     remark_fn fn, char *o)
{
    ob_end(&rec->ob, o);
    pos_cursor at = {0};
    for (const xxgk_remark *r = t->remarks; r; r = r->next)
        fn(&rec->ob, doc, rec, t, r, &at);
    return rec->ob.b + rec->ob.n;
}

/* A cell's record at o (the buffer's end; lim rec_room's): its end. */
typedef char *(*cell_fn)(const xxgk_doc *doc, record *rec, const xxgk_cell *c, char *o, const char *lim);
typedef char *(*head_fn)(char *o, const xxgk_doc *doc, const xxgk_report *r, int tmpl);

/* The document's fields are formatted once into rec->head, with ROW_MAX
 * bytes after them: on the stack when the most they can take fits
 * HEAD_SMALL (most documents), else in an allocation. The most: each text
 * escaped (JSON's \u escapes: six bytes a byte), the date as it is, and
 * HEAD_FIXED for the names of the fields, quotes and the two numbers. */
enum { HEAD_SMALL = 2048, HEAD_FIXED = 256 };

static size_t head_bound(const xxgk_doc *doc, const xxgk_report *r)
{
    size_t n = strlen(doc->name) + (r->agency ? strlen(r->agency) : 0) + (r->agency_key ? strlen(r->agency_key) : 0);
    return 6 * n + (r->date ? strlen(r->date) : 0) + HEAD_FIXED;
}

/* Inlined into each format's entry (always: the compiler would not), so
 * that fn is known there and the record's function is inlined into the
 * loop over the cells, not called through a pointer for every cell. */
static inline __attribute__((always_inline)) void each_cell(FILE *f, const xxgk_doc *doc, const xxgk_export_options *opts, head_fn head, cell_fn fn, remark_fn remark)
{
    const xxgk_report *r = doc->report;
    if (!r)
        return;
    int tmpl = xxgk_report_template(r);
    record rec;
    rec.head = NULL;
    rec.head_len = 0;
    rec.opts = opts ? opts : &no_options;
    rec.at = (pos_cursor){0};
    rec.table = rec.row = -1;
    rec.table_len = rec.prefix_len = 0;
    for (int k = 0; k < XXGK_C__COUNT; k++)
        rec.cols[k].n = 0;
    for (int k = 0; k < UNIT_SLOTS; k++)
        rec.units[k].n = 0;
    rec.tail.n = 0;
    rec.tail_line = 0;
    rec.tail_unit = 0;
    rec.said = (copy_said){NULL, xxgk_doc_diags(doc), 0};
    rec.copies = copies_said(doc);
    char out[OB_LARGE];
    ob_init(&rec.ob, f, out, sizeof out);
    char small[HEAD_SMALL + ROW_MAX];
    size_t need = head_bound(doc, r);
    rec.head = need <= HEAD_SMALL ? small : malloc(need + ROW_MAX);
    if (!rec.head)
        return;
    rec.head_len = (size_t)(head(rec.head, doc, r, tmpl) - rec.head);
    cell_flags_init(&rec.flags, doc);
    char *o = rec.ob.b;
    const char *lim = o + rec.ob.cap - (PREFIX_COPY + CELL_MAX); /* rec_room's */
    for (int t = 0; t < XXGK_TABLE__COUNT; t++) {
        const xxgk_table *tab = r->tables[t];
        if (!tab)
            continue;
        /* the bounds read once: the records are written through char
         * pointers, which could alias the table for all the compiler
         * knows (a table without cells may have none allocated: no offset
         * from NULL) */
        rec.tab = tab;
        const xxgk_cell *c = tab->cells, *end = tab->ncells ? c + tab->ncells : c;
        for (; c < end; c++)
            if (c->state != XXGK_CELL_ABSENT)
                o = fn(doc, &rec, c, o, lim);
        if (__builtin_expect(tab->remarks != NULL, 0))
            o = remark_records(doc, &rec, tab, remark, o);
    }
    ob_end(&rec.ob, o);
    ob_flush(&rec.ob);
    cell_flags_free(&rec.flags);
    if (rec.head != small)
        free(rec.head);
}

/* ---- CSV ---------------------------------------------------------------- */

void xxgk_export_csv_header(FILE *f, const xxgk_export_options *opts)
{
    opts = opts ? opts : &no_options;
    if (opts->bom)
        fputs("\xEF\xBB\xBF", f);
    fputs(opts->labels_zh ? "file,agency,agency_key,date,year,template,table,row,row_label,column,column_label,value,unit,line,col,flags\n"
                          : "file,agency,agency_key,date,year,template,table,row,column,value,unit,line,col,flags\n",
          f);
}

/* A text field (file name, agency) in CSV at o: the end. One that starts
 * with = + - @ or a TAB or CR would be run as a formula by a spreadsheet
 * (OWASP CSV injection), so it gets a leading ' and is quoted. */
static char *csv_text(char *o, const char *s)
{
    size_t n = strlen(s);
    if (n && strchr("=+-@\t\r", s[0])) {
        o = put(o, "\"'");
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '"')
                *o++ = '"';
            *o++ = s[i];
        }
        *o++ = '"';
        return o;
    }
    return xxgk_put_csv_field(o, s, n);
}

static char *csv_head(char *o, const xxgk_doc *doc, const xxgk_report *r, int tmpl)
{
    o = csv_text(o, doc->name);
    *o++ = ',';
    o = csv_text(o, r->agency ? r->agency : "");
    *o++ = ',';
    o = csv_text(o, r->agency_key ? r->agency_key : "");
    *o++ = ',';
    o = put(o, r->date ? r->date : ""); /* YYYY-MM-DD: no quoting */
    /* ",year,template," (each empty when unknown), as "%d" prints them */
    *o++ = ',';
    if (r->year)
        o = put_int(o, r->year);
    *o++ = ',';
    if (tmpl)
        o = put_int(o, tmpl);
    *o++ = ',';
    return o;
}

/* keys, unit names, labels (the template's, no comma or quote) and codes
 * need no quoting */
static char *csv_table(char *o, const xxgk_cell *c)
{
    o = put(o, xxgk_table_key(c->table));
    *o++ = ',';
    return o;
}

static char *csv_row(char *o, const xxgk_cell *c, const xxgk_export_options *opts)
{
    o = put_row_key(o, c->row);
    *o++ = ',';
    if (opts->labels_zh) {
        o = put(o, xxgk_tpl_row_name(c->row));
        *o++ = ',';
    }
    return o;
}

static char *csv_col(char *o, const xxgk_cell *c, const xxgk_export_options *opts)
{
    o = put_col_key(o, c->col);
    *o++ = ',';
    if (opts->labels_zh) {
        o = put(o, xxgk_tpl_col_name(c->col));
        *o++ = ',';
    }
    return o;
}

static char *csv_unit(char *o, const xxgk_cell *c)
{
    *o++ = ',';
    if (c->state == XXGK_CELL_VALUE)
        o = put(o, xxgk_unit_name(c->unit));
    *o++ = ',';
    return o;
}

static char *csv_line(char *o, unsigned line)
{
    o = put_uint(o, line);
    *o++ = ',';
    return o;
}

/* A column's CSV fields without labels, its key and a comma, made at
 * build time (keys.def): copied as KEY_FIELD bytes, a copy of constant
 * size, with no slot to look up or fill. Its length is the last of those
 * bytes (past the key and its comma: written over by the value or lying
 * past the record's end), so that an entry is KEY_FIELD bytes, its
 * index a shift (key_field's 33 bytes: a multiplication). */
typedef struct csv_key {
    char s[KEY_FIELD - 1];
    uint8_t n;
} csv_key;
_Static_assert(sizeof(csv_key) == KEY_FIELD, "a column's CSV fields are one copy");

static const csv_key csv_col_fields[XXGK_C__COUNT] = {
    [XXGK_C_NONE] = {",", 1},
#define XXGK_COL(E, key) [XXGK_C_##E] = {key ",", sizeof(key)},
#include "keys.def"
#undef XXGK_COL
};

/* The column's fields at o: from the table above without labels (the
 * default), else formatted once a document into a slot. */
static inline char *csv_rec_col(record *rec, char *o, const xxgk_cell *c, bool labels)
{
    if (!labels && c->col >= 0 && c->col < XXGK_C__COUNT) {
        const csv_key *k = &csv_col_fields[c->col];
        memcpy(o, k, KEY_FIELD);
        return o + k->n;
    }
    return rec_col(rec, o, c, csv_col, SLOT_CSV);
}

/* A cell's flags at o, when some place may overlap it (most cells have
 * none: they pay only cell_flags_none's test, and the loop over the codes
 * and their array stay out of the record's loop): the codes separated by
 * spaces ("V101 V204"), none when the search finds none. The end; the
 * record's CELL_MAX bytes hold CELL_FLAGS_MAX codes. */
static __attribute__((noinline)) char *csv_flags(const xxgk_doc *doc, record *rec, const xxgk_cell *c, char *o)
{
    int codes[CELL_FLAGS_MAX], n = record_codes(rec, doc, c, codes);
    for (int k = 0; k < n; k++) {
        if (k)
            *o++ = ' ';
        o = put(o, xxgk_code_name(codes[k]));
    }
    return o;
}

/* A CSV record; inlined into each of the two callers below, so that
 * whether the labels are printed is a constant in each loop. */
static inline __attribute__((always_inline)) char *csv_record(const xxgk_doc *doc, record *rec, const xxgk_cell *c,
                                                              char *o, const char *lim, bool labels)
{
    o = rec_begin(rec, c, csv_table, csv_row, o, lim);
    o = csv_rec_col(rec, o, c, labels);
    if (c->state == XXGK_CELL_VALUE)
        o = put_dec(o, c->value);
    /* the place asked after the prefix, the key and the value: its line
     * and column are not held in registers across their copies */
    xxgk_pos p = pos_cursor_at(&rec->at, doc, c->span.start);
    o = rec_tail(rec, o, c, p.line, csv_unit, csv_line, SLOT_CSV);
    o = put_uint(o, p.col);
    *o++ = ',';
    /* the cell, not its span, handed on: the span's two fields are not
     * packed into one register for the call in every record */
    if (!cell_flags_none(&rec->flags, cell_flags_span(c->span)) || flagged_copy(rec, c))
        o = csv_flags(doc, rec, c, o);
    *o++ = '\n';
    return o;
}

static char *csv_cell(const xxgk_doc *doc, record *rec, const xxgk_cell *c, char *o, const char *lim)
{
    return csv_record(doc, rec, c, o, lim, false);
}

static char *csv_cell_labels(const xxgk_doc *doc, record *rec, const xxgk_cell *c, char *o, const char *lim)
{
    return csv_record(doc, rec, c, o, lim, true);
}

/* ---- JSON lines ---------------------------------------------------------- */

/* A JSON string, or null for none. */
static char *json_or_null(char *o, const char *s)
{
    return s ? xxgk_put_json_string(o, s, strlen(s)) : put(o, "null");
}

static char *jsonl_head(char *o, const xxgk_doc *doc, const xxgk_report *r, int tmpl)
{
    o = put(o, "{\"file\":");
    o = xxgk_put_json_string(o, doc->name, strlen(doc->name));
    o = put(o, ",\"agency\":");
    o = json_or_null(o, r->agency);
    o = put(o, ",\"agency_key\":");
    o = json_or_null(o, r->agency_key);
    if (r->date) {
        o = put(o, ",\"date\":\"");
        o = put(o, r->date);
        *o++ = '"';
    } else {
        o = put(o, ",\"date\":null");
    }
    if (r->year) {
        o = put(o, ",\"year\":");
        o = put_int(o, r->year);
    } else {
        o = put(o, ",\"year\":null");
    }
    if (tmpl) {
        o = put(o, ",\"template\":\"");
        o = put_int(o, tmpl);
        *o++ = '"';
    } else {
        o = put(o, ",\"template\":null");
    }
    return o;
}

static char *jsonl_table(char *o, const xxgk_cell *c)
{
    o = put(o, ",\"table\":\"");
    return put(o, xxgk_table_key(c->table));
}

static char *jsonl_row(char *o, const xxgk_cell *c, const xxgk_export_options *opts)
{
    o = put(o, "\",\"row\":\"");
    o = put_row_key(o, c->row);
    if (opts->labels_zh) {
        o = put(o, "\",\"row_label\":\"");
        o = put(o, xxgk_tpl_row_name(c->row));
    }
    return o;
}

static char *jsonl_col(char *o, const xxgk_cell *c, const xxgk_export_options *opts)
{
    o = put(o, "\",\"column\":\"");
    o = put_col_key(o, c->col);
    if (opts->labels_zh) {
        o = put(o, "\",\"column_label\":\"");
        o = put(o, xxgk_tpl_col_name(c->col));
    }
    return put(o, "\",\"value\":");
}

/* the unit is 件 or 万元 or empty: a JSON string as it is */
static char *jsonl_unit(char *o, const xxgk_cell *c)
{
    o = put(o, ",\"unit\":\"");
    o = put(o, c->state == XXGK_CELL_VALUE ? xxgk_unit_name(c->unit) : "");
    return put(o, "\",\"line\":");
}

static char *jsonl_line(char *o, unsigned line)
{
    o = put_uint(o, line);
    return put(o, ",\"col\":");
}

static char *jsonl_cell(const xxgk_doc *doc, record *rec, const xxgk_cell *c, char *o, const char *lim)
{
    int codes[CELL_FLAGS_MAX], nflags = record_codes(rec, doc, c, codes);
    xxgk_pos p = pos_cursor_at(&rec->at, doc, c->span.start);
    o = rec_begin(rec, c, jsonl_table, jsonl_row, o, lim);
    o = rec_col(rec, o, c, jsonl_col, SLOT_JSON);
    if (c->state == XXGK_CELL_VALUE) {
        *o++ = '"';
        o = put_dec(o, c->value);
        *o++ = '"';
    } else {
        o = put(o, "null");
    }
    o = rec_tail(rec, o, c, p.line, jsonl_unit, jsonl_line, SLOT_JSON);
    o = put_uint(o, p.col);
    uint32_t page = doc->npages ? xxgk_doc_page(doc, c->span.start) : 0; /* no call for text without pages */
    if (page) { /* a PDF's page; text without pages has no such field */
        o = put(o, ",\"page\":");
        o = put_uint(o, page);
    }
    o = put(o, ",\"flags\":[");
    for (int k = 0; k < nflags; k++) {
        if (k)
            *o++ = ',';
        *o++ = '"';
        o = put(o, xxgk_code_name(codes[k]));
        *o++ = '"';
    }
    return put(o, "]}\n");
}

void xxgk_export_csv(FILE *f, const xxgk_doc *doc, const xxgk_export_options *opts)
{
    if (opts && opts->labels_zh)
        each_cell(f, doc, opts, csv_head, csv_cell_labels, csv_remark);
    else
        each_cell(f, doc, opts, csv_head, csv_cell, csv_remark);
}

void xxgk_export_jsonl(FILE *f, const xxgk_doc *doc, const xxgk_export_options *opts)
{
    each_cell(f, doc, opts, jsonl_head, jsonl_cell, jsonl_remark);
}
