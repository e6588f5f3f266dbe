/* The AST as an indented tree (stable, diff-friendly: the golden corpus
 * format) and as JSON (docs/json.md). */
#include <string.h>

#include "doc.h"
#include "json_out.h"
#include "key_fields.h"
#include "outbuf.h"
#include "pos_cursor.h"
#include "utf8.h"

enum { EXCERPT = 24 };

/* The tree is written through a buffer (outbuf.h): a line per cell and
 * per block, each of a few fields. */

/* The spaces of a line's indentation, copied whole (a copy of constant
 * size, not a call): a tree is at most a few levels deep. */
static const char spaces[32] = "                                ";

/* printf's "%*s" of an empty string: |w| spaces (a negative width pads
 * on the left, as a positive one). */
static void indent(outbuf *o, int w)
{
    w = w < 0 ? -w : w;
    if (w > (int)sizeof spaces) {
        ob_fill(o, ' ', w);
        return;
    }
    char *p = ob_room(o, sizeof spaces);
    memcpy(p, spaces, sizeof spaces);
    ob_end(o, p + w);
}

/* The position of off through the tree's cursor: the tree asks its
 * places mostly in the text's order (a paragraph's start, then its end),
 * so that most are counted from the last one (pos_cursor.h), not through
 * the line index and its marks each. "LINE:COL", formatted in place. */
static char *put_pos(char *e, const xxgk_doc *doc, pos_cursor *at, uint32_t off)
{
    xxgk_pos p = pos_cursor_at(at, doc, off);
    e = put_uint(e, p.line);
    *e++ = ':';
    return put_uint(e, p.col);
}

enum { POS_MAX = 24 }; /* "LINE:COL" and a byte or two around it */

/* "line:col-line:col\n", a span's places ending its line. */
static void range_end(outbuf *o, const xxgk_doc *doc, pos_cursor *at, xxgk_span sp)
{
    char *e = put_pos(ob_room(o, 2 * POS_MAX), doc, at, sp.start);
    *e++ = '-';
    e = put_pos(e, doc, at, sp.end);
    *e++ = '\n';
    ob_end(o, e);
}

/* " @line:col\n", the end of most lines. */
static void at_end(outbuf *o, const xxgk_doc *doc, pos_cursor *at, uint32_t off)
{
    char *e = ob_room(o, POS_MAX + 4);
    e = put_pos(PUT_LIT(e, " @"), doc, at, off);
    *e++ = '\n';
    ob_end(o, e);
}

/* Two characters of three bytes led by E1..EC at p (eight bytes
 * readable): two three-byte forms (utf8_two_form3), both leads E1..EC. */
static inline bool two_shown(const uint8_t *p)
{
    return utf8_two_form3(p) && p[0] - 0xE1u < 12u && p[3] - 0xE1u < 12u;
}

/* Quoted text of a span: line breaks shown as ⏎, cut after n code points.
 * The characters shown as they are go out in runs, a copy per run. */
static void quoted(outbuf *o, const xxgk_doc *doc, xxgk_span sp, int n)
{
    const uint8_t *s = doc->src;
    ob_char(o, '"');
    uint32_t i = sp.start, run = i; /* s[run..i) is still to be copied */
    int k = 0;
    while (i < sp.end) {
        /* printable ASCII but the quote, and the characters of three bytes
         * led by E1..EC (no overlong or surrogate form among them; most of
         * a report): shown as they are, without the decoding */
        uint8_t c = s[i];
        if (k != n || n <= 0) {
            if (c >= 0x20 && c < 0x7F && c != '"') {
                k++;
                i++;
                continue;
            }
            /* two of them in one test, when both are still shown (a
             * heading's or a paragraph's ideographs) */
            if (c - 0xE1u < 12u && sp.end - i >= 8 && (n <= 0 || n - k >= 2) && two_shown(s + i)) {
                k += 2;
                i += 6;
                continue;
            }
            if (c >= 0xE1 && c <= 0xEC && sp.end - i >= 3 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
                k++;
                i += 3;
                continue;
            }
        }
        uint32_t cp;
        int l = utf8_decode(s + i, sp.end - i, &cp);
        bool cut = l && n > 0 && k == n;
        if (l && !cut && cp != '\n' && cp != '\r' && cp != '\t' && cp != '"') {
            k++;
            i += (uint32_t)l;
            continue;
        }
        ob_put(o, s + run, i - run);
        if (!l) {
            ob_char(o, '?');
            run = ++i;
            continue;
        }
        if (cut) {
            ob_str(o, "…");
            run = i;
            break;
        }
        if (cp == '\n')
            ob_str(o, "⏎");
        else if (cp == '"')
            ob_str(o, "\\\"");
        else
            ob_char(o, ' '); /* CR, TAB */
        k++;
        i += (uint32_t)l;
        run = i;
    }
    ob_put(o, s + run, i - run);
    ob_char(o, '"');
}

/* A cell's line: "cell ROW.COL = VALUE @line:col" after its indentation.
 * What is the same along a row (the indentation, "cell ROW.") is
 * formatted once per row and what is the same down a column ("COL = ")
 * once per table, each kept and copied whole, a copy of constant size (a
 * few moves, not a call), as export does: a table has hundreds of cells.
 * Sizes: a row's fields of at most CELL_ROW_SHORT bytes (a table's, at its
 * indentation) copied as that many, longer ones as CELL_ROW; a column's
 * (a key of at most 15 bytes and " = ") as CELL_COL. */
enum { CELL_ROW = 128, CELL_ROW_SHORT = 48, CELL_COL = 32 };

/* The most a row's fields kept in head take: the indentation (at most
 * 64 spaces), "cell ", a key (copied as KEY_FIELD bytes) and "."; CELL_ROW
 * bytes are copied. */
_Static_assert(64 + 5 + KEY_FIELD + 1 <= CELL_ROW, "a row's fields are copied whole");

enum { CELL_LINE = 16 }; /* " @" and a line number and ":" */

typedef struct cell_lines {
    pos_cursor at;
    /* " @LINE:" of the last cell's line, the same along a row, kept and
     * copied whole as the fields of a row and a column are */
    uint32_t line; /* 0: none yet */
    size_t line_len;
    char line_at[CELL_LINE];
    int row;        /* the row whose fields are in head; -1: none yet */
    size_t row_len; /* head's bytes */
    char head[CELL_ROW]; /* its fields written, CELL_ROW bytes read */
    size_t col_len[XXGK_C__COUNT]; /* 0: not kept (or too long) */
    char col[XXGK_C__COUNT][CELL_COL];
} cell_lines;

static char *cell_row(cell_lines *cl, char *o, const xxgk_cell *c, int ind)
{
    if (c->row != cl->row) {
        char *h = cl->head;
        for (int i = 0; i < ind && i < 64; i++)
            *h++ = ' ';
        h = put_row_key(put(h, "cell "), c->row);
        *h++ = '.';
        cl->row_len = (size_t)(h - cl->head);
        cl->row = c->row;
    }
    /* a table's rows' fields fit the smaller copy (six spaces, "cell ", a
     * key of up to 36 bytes: the template's longest has 26, and "."); any
     * other fits CELL_ROW (the assertion above) */
    if (cl->row_len <= CELL_ROW_SHORT) {
        memcpy(o, cl->head, CELL_ROW_SHORT);
        return o + cl->row_len;
    }
    memcpy(o, cl->head, CELL_ROW);
    return o + cl->row_len;
}

static char *cell_col(cell_lines *cl, char *o, const xxgk_cell *c)
{
    if (c->col < 0 || c->col >= XXGK_C__COUNT)
        return put(put_col_key(o, c->col), " = ");
    size_t *n = &cl->col_len[c->col];
    if (!*n) {
        char *e = put(put_col_key(o, c->col), " = ");
        if ((size_t)(e - o) < CELL_COL) {
            memcpy(cl->col[c->col], o, CELL_COL);
            *n = (size_t)(e - o);
        }
        return e;
    }
    memcpy(o, cl->col[c->col], CELL_COL);
    return o + *n;
}

/* A cell's line, formatted in place in the buffer (room for 256 bytes
 * after the row's and column's fields). Positions through a cursor
 * (pos_cursor.h). */
static void tree_cell(outbuf *ob, const xxgk_doc *doc, const xxgk_cell *c, int ind, cell_lines *cl)
{
    char *o = ob_room(ob, sizeof cl->head + CELL_COL + 256);
    o = cell_row(cl, o, c, ind);
    o = cell_col(cl, o, c);
    if (c->state == XXGK_CELL_VALUE) {
        o = put_dec(o, c->value);
        if (c->unit) {
            *o++ = ' ';
            o = put(o, xxgk_unit_name(c->unit));
        }
        if (c->scientific)
            o = put(o, " (scientific)");
    } else {
        o = put(o, "(empty)");
    }
    xxgk_pos p = pos_cursor_at(&cl->at, doc, c->span.start);
    if (p.line != cl->line) {
        char *e = put_uint(put(cl->line_at, " @"), p.line);
        *e++ = ':';
        cl->line_len = (size_t)(e - cl->line_at);
        cl->line = p.line;
    }
    memcpy(o, cl->line_at, CELL_LINE);
    o += cl->line_len;
    o = put_uint(o, p.col);
    *o++ = '\n';
    ob_end(ob, o);
}

/* `remark ROW "text" [holds-number] @range`: a row's remark (P133's
 * column), its row's key (none for table 四's one printed row); a digit in
 * it is said, no number read from it. */
static void tree_remark(outbuf *o, const xxgk_doc *doc, pos_cursor *at, const xxgk_remark *r, int ind)
{
    indent(o, ind);
    ob_str(o, "remark ");
    if (r->row) {
        ob_str(o, xxgk_row_key(r->row));
        ob_char(o, ' ');
    }
    quoted(o, doc, r->span, 0);
    if (r->counts)
        ob_str(o, " holds-number");
    ob_str(o, " @");
    range_end(o, doc, at, r->span);
}

static void tree_table(outbuf *o, const xxgk_doc *doc, const xxgk_table *t, int ind)
{
    indent(o, ind);
    ob_str(o, "table ");
    ob_str(o, xxgk_table_key(t->id));
    if (t->scope.end > t->scope.start) { /* another scope's (P120): its caption */
        ob_str(o, " scope=");
        quoted(o, doc, t->scope, 0);
    }
    ob_str(o, " template=");
    ob_int(o, t->template_year);
    if (t->id == XXGK_TABLE_REQUESTS) {
        ob_str(o, " columns=");
        ob_int(o, t->ncols_requests);
    }
    ob_str(o, " cells=");
    ob_u64(o, t->ncells);
    ob_char(o, '\n');
    cell_lines cl;
    cl.at = (pos_cursor){0};
    cl.line = 0;
    cl.row = -1;
    memset(cl.col_len, 0, sizeof cl.col_len);
    /* the bounds read once: the lines are written through char pointers,
     * which could alias the table for all the compiler knows (a table
     * without cells may have none allocated: no offset from NULL) */
    const xxgk_cell *c = t->cells, *end = t->ncells ? c + t->ncells : c;
    for (; c < end; c++)
        tree_cell(o, doc, c, ind + 2, &cl);
    if (__builtin_expect(t->remarks != NULL, 0)) { /* P133's column: its rows' remarks */
        pos_cursor at = {0};
        for (const xxgk_remark *r = t->remarks; r; r = r->next)
            tree_remark(o, doc, &at, r, ind + 2);
    }
}

static void tree_blocks(outbuf *o, const xxgk_doc *doc, pos_cursor *at, const xxgk_block *b, int ind)
{
    int depth = 0; /* paragraphs and tables sit under the last heading */
    for (; b; b = b->next) {
        switch (b->kind) {
        case XXGK_B_HEADING:
            depth = b->level;
            indent(o, ind + 2 * (b->level - 1));
            ob_str(o, "heading ");
            ob_str(o, xxgk_numbering_name(b->numbering));
            if (b->number) {
                ob_char(o, ' ');
                ob_int(o, b->number);
            }
            ob_char(o, ' ');
            quoted(o, doc, b->title_span, 0);
            if (b->md_level) {
                ob_str(o, " md=");
                ob_int(o, b->md_level);
            }
            if (b->restarts_section) {
                ob_str(o, " restarts=");
                ob_str(o, xxgk_section_key(b->restarts_section));
            }
            at_end(o, doc, at, b->span.start);
            break;
        case XXGK_B_PARAGRAPH:
            indent(o, ind + 2 * depth);
            ob_str(o, "paragraph ");
            quoted(o, doc, b->span, EXCERPT);
            ob_str(o, " @");
            range_end(o, doc, at, b->span);
            break;
        case XXGK_B_TABLE:
            tree_table(o, doc, b->table, ind);
            break;
        }
    }
}

/* " from SOURCE @line:col\n": where the agency, date or year was read. */
static void from_source(outbuf *o, const xxgk_doc *doc, pos_cursor *at, int source, uint32_t off)
{
    ob_str(o, " from ");
    ob_str(o, xxgk_source_name(source));
    at_end(o, doc, at, off);
}

/* A span quoted after its key: "  KEY "text" @line:col". */
static void quoted_line(outbuf *o, const xxgk_doc *doc, pos_cursor *at, const char *key, xxgk_span sp)
{
    ob_str(o, key);
    quoted(o, doc, sp, 0);
    at_end(o, doc, at, sp.start);
}

static void tree_report(outbuf *o, const xxgk_doc *doc, const xxgk_report *r)
{
    pos_cursor cur = {0}, *at = &cur;
    ob_str(o, "report @");
    range_end(o, doc, at, r->span);
    if (r->title_span.end > r->title_span.start)
        quoted_line(o, doc, at, "  title ", r->title_span);
    if (r->agency) {
        ob_str(o, "  agency \"");
        ob_str(o, r->agency);
        ob_char(o, '"');
        from_source(o, doc, at, r->agency_source, r->agency_span.start);
    }
    if (r->date) {
        ob_str(o, "  date ");
        ob_str(o, r->date);
        from_source(o, doc, at, r->date_source, r->date_span.start);
    }
    if (r->year) {
        ob_str(o, "  year ");
        ob_int(o, r->year);
        from_source(o, doc, at, r->year_source, r->year_span.start);
    }
    ob_str(o, "  template ");
    ob_int(o, xxgk_report_template(r));
    ob_char(o, '\n');
    if (r->preamble) {
        ob_str(o, "  preamble\n");
        tree_blocks(o, doc, at, r->preamble, 4);
    }
    for (const xxgk_section *s = r->sections; s; s = s->next) {
        ob_str(o, "  section ");
        ob_str(o, xxgk_section_key(s->id));
        ob_char(o, ' ');
        ob_str(o, xxgk_section_numeral(s->id));
        /* a section begun without its heading (P101): no title printed,
         * and "" would read as an empty one */
        if (s->title_span.end > s->title_span.start || s->heading_span.end > s->heading_span.start) {
            ob_char(o, ' ');
            quoted(o, doc, s->title_span, 0);
        } else {
            ob_str(o, " unheaded");
        }
        if (s->printed_number != s->id) {
            ob_str(o, " printed=");
            ob_int(o, s->printed_number);
        }
        if (!s->canonical_title)
            ob_str(o, " variant-title");
        if (s->md_level) {
            ob_str(o, " md=");
            ob_int(o, s->md_level);
        }
        at_end(o, doc, at, s->heading_span.start);
        tree_blocks(o, doc, at, s->blocks, 4);
    }
    if (r->signoff_agency_span.end > r->signoff_agency_span.start)
        quoted_line(o, doc, at, "  signoff agency ", r->signoff_agency_span);
    if (r->signoff_year) {
        char d[64];
        snprintf(d, sizeof d, "  signoff date %04d-%02d-%02d", r->signoff_year, r->signoff_month, r->signoff_day);
        ob_str(o, d);
        at_end(o, doc, at, r->signoff_date_span.start);
    }
    if (r->note_span.end > r->note_span.start)
        quoted_line(o, doc, at, "  note ", r->note_span);
}

void xxgk_print_tree(FILE *f, const xxgk_doc *doc)
{
    outbuf o;
    char buf[OB_LARGE];
    ob_init(&o, f, buf, sizeof buf);
    for (const xxgk_report *r = doc->report; r; r = r->next)
        tree_report(&o, doc, r);
    /* the findings come in the order of their places: each counted from
     * the one before on its line, or a few lines below it */
    pos_cursor at = {0};
    xxgk_msgbuf b;
    b.heap = NULL;
    b.cap = 0;
    for (const xxgk_diag *d = doc->diags; d; d = d->next) {
        xxgk_pos p = pos_cursor_at(&at, doc, d->span.start);
        ob_str(&o, xxgk_severity_name(d->severity));
        ob_char(&o, ' ');
        ob_str(&o, xxgk_code_name(d->code));
        ob_char(&o, ' ');
        ob_uint(&o, p.line);
        ob_char(&o, ':');
        ob_uint(&o, p.col);
        ob_str(&o, ": ");
        ob_str(&o, xxgk_diag_msg(doc, d, &b));
        ob_char(&o, '\n');
    }
    xxgk_msgbuf_free(&b);
    ob_flush(&o);
}

/* ---- JSON --------------------------------------------------------------- */

/* The JSON is written through a buffer (json_out.h) and its places
 * counted through one cursor, asked in the text's order (a block's start,
 * then its end; a table's cells row by row). */
typedef struct jout {
    outbuf o;
    const xxgk_doc *doc;
    pos_cursor at;
} jout;

static void jstr_span(jout *j, xxgk_span sp)
{
    ob_json_string(&j->o, (const char *)j->doc->src + sp.start, sp.end - sp.start);
}

static void jloc(jout *j, xxgk_span sp) { ob_json_location(&j->o, j->doc, &j->at, sp); }

/* A quoted key's value: "\"KEY\"". */
static void jquoted(outbuf *o, const char *s)
{
    ob_char(o, '"');
    ob_str(o, s);
    ob_char(o, '"');
}

static void jbool(outbuf *o, bool b) { ob_str(o, b ? "true" : "false"); }

/* A cell's fields before its location, formatted in place: the fixed
 * text (at most 102 bytes) and a number (at most 47), besides the keys
 * (copied as KEY_FIELD bytes each) and the unit. */
enum { JSON_CELL_FIXED = 192 };

static void json_cell(jout *j, const xxgk_cell *c)
{
    const char *unit = xxgk_unit_name(c->unit);
    size_t nu = strlen(unit);
    char *o = ob_room(&j->o, JSON_CELL_FIXED + 2 * KEY_FIELD + nu);
    o = PUT_LIT(o, "{\"row\":\"");
    o = put_row_key(o, c->row);
    o = PUT_LIT(o, "\",\"column\":\"");
    o = put_col_key(o, c->col);
    if (c->state == XXGK_CELL_VALUE) {
        o = PUT_LIT(o, "\",\"state\":\"value\",\"value\":\"");
        o = put_dec(o, c->value);
        *o++ = '"';
    } else {
        o = PUT_LIT(o, "\",\"state\":\"empty\",\"value\":null");
    }
    o = PUT_LIT(o, ",\"unit\":\"");
    memcpy(o, unit, nu);
    o += nu;
    o = PUT_LIT(o, "\",\"unit_printed\":");
    o = c->unit_printed ? PUT_LIT(o, "true") : PUT_LIT(o, "false");
    o = PUT_LIT(o, ",\"scientific\":");
    o = c->scientific ? PUT_LIT(o, "true,") : PUT_LIT(o, "false,");
    ob_end(&j->o, o);
    jloc(j, c->span);
    ob_char(&j->o, '}');
}

/* ,"remarks":[{"row", "text", "holds_number", location}…]: the rows'
 * remarks, the text as printed (a slice of the input), row null for table
 * 四's one printed row. */
static void json_remarks(jout *j, const xxgk_remark *r)
{
    outbuf *o = &j->o;
    ob_str(o, ",\"remarks\":[");
    for (; r; r = r->next) {
        ob_str(o, "{\"row\":");
        ob_json_string_or_null(o, r->row ? xxgk_row_key(r->row) : NULL);
        ob_str(o, ",\"text\":");
        jstr_span(j, r->span);
        ob_str(o, ",\"holds_number\":");
        jbool(o, r->counts);
        ob_char(o, ',');
        jloc(j, r->span);
        ob_str(o, r->next ? "}," : "}");
    }
    ob_char(o, ']');
}

static void json_table(jout *j, const xxgk_table *t)
{
    outbuf *o = &j->o;
    ob_str(o, "{\"kind\":\"table\",\"table\":\"");
    ob_str(o, xxgk_table_key(t->id));
    ob_str(o, "\",\"template\":");
    if (t->template_year) {
        ob_char(o, '"');
        ob_int(o, t->template_year);
        ob_char(o, '"');
    } else {
        ob_str(o, "null");
    }
    if (t->id == XXGK_TABLE_REQUESTS) {
        ob_str(o, ",\"columns\":");
        ob_int(o, t->ncols_requests);
    }
    if (t->scope.end > t->scope.start) { /* another scope's (P120): its caption, its cells none of the report's */
        ob_str(o, ",\"scope\":");
        jstr_span(j, t->scope);
    }
    ob_str(o, ",\"cells\":[");
    for (size_t i = 0; i < t->ncells; i++) {
        if (i)
            ob_char(o, ',');
        json_cell(j, &t->cells[i]);
    }
    ob_char(o, ']');
    if (t->remarks) /* P133's column: its rows' remarks, only where it holds one */
        json_remarks(j, t->remarks);
    ob_char(o, '}');
}

static void json_blocks(jout *j, const xxgk_block *b)
{
    outbuf *o = &j->o;
    ob_char(o, '[');
    for (int first = 1; b; b = b->next, first = 0) {
        if (!first)
            ob_char(o, ',');
        switch (b->kind) {
        case XXGK_B_HEADING:
            ob_str(o, "{\"kind\":\"heading\",\"numbering\":\"");
            ob_str(o, xxgk_numbering_name(b->numbering));
            ob_str(o, "\",\"number\":");
            ob_int(o, b->number);
            ob_str(o, ",\"level\":");
            ob_int(o, b->level);
            ob_str(o, ",\"md_level\":");
            ob_int(o, b->md_level);
            ob_str(o, ",\"restarts_section\":");
            ob_json_string_or_null(o, b->restarts_section
                                          ? xxgk_section_key(b->restarts_section) : NULL);
            ob_str(o, ",\"title\":");
            jstr_span(j, b->title_span);
            ob_char(o, ',');
            jloc(j, b->span);
            ob_char(o, '}');
            break;
        case XXGK_B_PARAGRAPH:
            ob_str(o, "{\"kind\":\"paragraph\",\"text\":");
            jstr_span(j, b->span);
            ob_char(o, ',');
            jloc(j, b->span);
            ob_char(o, '}');
            break;
        case XXGK_B_TABLE:
            json_table(j, b->table);
            break;
        }
    }
    ob_char(o, ']');
}

static void json_opt_span(jout *j, const char *key, xxgk_span sp)
{
    outbuf *o = &j->o;
    ob_str(o, ",\"");
    ob_str(o, key);
    ob_str(o, "\":");
    if (sp.end <= sp.start) {
        ob_str(o, "null");
        return;
    }
    ob_str(o, "{\"text\":");
    jstr_span(j, sp);
    ob_char(o, ',');
    jloc(j, sp);
    ob_char(o, '}');
}

/* "KEY":"NAME" after a comma, a source's name. */
static void json_source(outbuf *o, const char *key, int source)
{
    ob_str(o, key);
    jquoted(o, xxgk_source_name(source));
}

static void json_section(jout *j, const xxgk_section *s)
{
    outbuf *o = &j->o;
    ob_str(o, "{\"id\":\"");
    ob_str(o, xxgk_section_key(s->id));
    ob_str(o, "\",\"numeral\":\"");
    ob_str(o, xxgk_section_numeral(s->id));
    ob_str(o, "\",\"printed_number\":");
    ob_int(o, s->printed_number);
    ob_str(o, ",\"canonical_title\":");
    jbool(o, s->canonical_title);
    ob_str(o, ",\"md_level\":");
    ob_int(o, s->md_level);
    ob_str(o, ",\"title\":");
    if (s->title_span.end > s->title_span.start || s->heading_span.end > s->heading_span.start)
        jstr_span(j, s->title_span);
    else
        ob_str(o, "null"); /* begun without its heading (P101): no title printed */
    ob_char(o, ',');
    jloc(j, s->heading_span);
    ob_str(o, ",\"blocks\":");
    json_blocks(j, s->blocks);
    ob_char(o, '}');
}

static void json_report(jout *j, const xxgk_report *r)
{
    outbuf *o = &j->o;
    ob_char(o, '{');
    jloc(j, r->span);
    json_opt_span(j, "title", r->title_span);
    ob_str(o, ",\"agency\":");
    ob_json_string_or_null(o, r->agency);
    ob_str(o, ",\"agency_key\":");
    ob_json_string_or_null(o, r->agency_key);
    json_source(o, ",\"agency_source\":", r->agency_source);
    ob_str(o, ",\"date\":");
    if (r->date)
        jquoted(o, r->date);
    else
        ob_str(o, "null");
    json_source(o, ",\"date_source\":", r->date_source);
    ob_str(o, ",\"year\":");
    if (r->year)
        ob_int(o, r->year);
    else
        ob_str(o, "null");
    json_source(o, ",\"year_source\":", r->year_source);
    ob_str(o, ",\"template\":");
    int tmpl = xxgk_report_template(r);
    if (tmpl) {
        ob_char(o, '"');
        ob_int(o, tmpl);
        ob_char(o, '"');
    } else {
        ob_str(o, "null");
    }
    ob_str(o, ",\"preamble\":");
    json_blocks(j, r->preamble);
    ob_str(o, ",\"sections\":[");
    for (const xxgk_section *s = r->sections; s; s = s->next) {
        if (s != r->sections)
            ob_char(o, ',');
        json_section(j, s);
    }
    ob_char(o, ']');
    json_opt_span(j, "signoff_agency", r->signoff_agency_span);
    ob_str(o, ",\"signoff_date\":");
    if (r->signoff_year) {
        char d[64];
        snprintf(d, sizeof d, "\"%04d-%02d-%02d\"", r->signoff_year, r->signoff_month, r->signoff_day);
        ob_str(o, d);
    } else {
        ob_str(o, "null");
    }
    json_opt_span(j, "note", r->note_span);
    ob_char(o, '}');
}

void xxgk_print_json(FILE *f, const xxgk_doc *doc)
{
    jout j;
    char buf[OB_LARGE];
    ob_init(&j.o, f, buf, sizeof buf);
    j.doc = doc;
    j.at = (pos_cursor){0};
    ob_str(&j.o, "{\"file\":");
    ob_json_string(&j.o, doc->name, strlen(doc->name));
    ob_str(&j.o, ",\"reports\":[");
    for (const xxgk_report *r = doc->report; r; r = r->next) {
        if (r != doc->report)
            ob_char(&j.o, ',');
        json_report(&j, r);
    }
    ob_str(&j.o, "],\"diagnostics\":");
    ob_json_diags(&j.o, doc, &j.at);
    ob_str(&j.o, "}\n");
    ob_flush(&j.o);
}
