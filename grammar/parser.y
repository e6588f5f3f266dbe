/* The grammar of a 政府信息公开工作年度报告.
 *
 * Generated into generated/parser.c and generated/parser.h by
 *   bison -Wall --no-lines --header=generated/parser.h -o generated/parser.c grammar/parser.y
 * (the build adds -M BUILD/generated/=generated/ so the output names no build path)
 *
 * Tokens come from the filter in src/syntax/tokens.c, which classifies the
 * scanner's raw tokens: section headings by their canonical section, table
 * labels by their role in the current table, fragments of labels broken by
 * PDF layout dropped, cell delimiters turned into EMPTY cells. Semantic
 * values are token slices; the actions call the AST builder (src/syntax/build*.c)
 * through the one parse_ctx. Everything is allocated in the document's
 * arena, so error recovery has nothing to free: the %destructor on <tok>
 * does nothing (it tells bison that discarding a token's value is
 * intended).
 *
 * A semantic value is a pointer to the token, which stays in parse_ctx
 * (xxgk_yylex): Bison copies the value on every shift and reduction, and a
 * pointer costs less to copy than the token. There are no location stacks
 * either: a token's place is in the token, and the one place an empty rule
 * needs (@$ of proactive_opt and the like: the end of the last token
 * shifted) is ctx->la_prev_end, the end of the token read before the
 * lookahead, every token before it having been shifted there.
 *
 * Section order is not forced by the grammar: the builder checks it and
 * reports missing, duplicated and out-of-order sections at their heading, so
 * that a report with a missing or misplaced section still parses to the end
 * and everything after the fault is in the AST. */
%define api.pure full
%define api.prefix {xxgk_yy}
%define parse.error custom
/* Canonical LR(1) with default reductions only in accepting states: an
 * error is found on the first token that cannot follow, before any
 * reduction, so the expected-token list in P001 is exact and error recovery
 * starts from the stack as it was. LALR needed LAC for that, which
 * simulated the stack on every token (5% of `check`); these tables cost
 * nothing at run time (137 states instead of 105). */
%define lr.type canonical-lr
%define lr.default-reduction accepting
%param {parse_ctx *ctx}
%expect 0

%code requires {
#include "parse.h"
}

%code provides {
int xxgk_yylex(XXGK_YYSTYPE *lval, parse_ctx *ctx);
void xxgk_yyerror(parse_ctx *ctx, const char *msg);
}

%code {
#include <assert.h>
#include <stdio.h>
#include <string.h>

/* The lookahead as the builder knows it: a row label with its cells
 * (ROW_CELLS, xxgk_yylex) is a row label, a run of columns (COLS) a
 * column label, a header and the columns after it (HEAD_COLS) a header. */
static int lookahead(int yychar)
{
    return yychar == ROW_CELLS || yychar == ROWS ? ROW
           : yychar == COLS                      ? COL
           : yychar == HEAD_COLS                 ? HEAD
                                                 : yychar;
}

/* NUMBER and EMPTY come as runs of cells (xxgk_yylex): the builder takes
 * the run as it took each cell in order, its own token's kind with it
 * (b_values). */
static void take_cells(parse_ctx *ctx, const struct cell_run *r)
{
    b_values(ctx, r->v, (size_t)r->n);
}

/* A row label with its cells (ROW_CELLS, xxgk_yylex): the row begins and
 * takes them, as its label's and its cells' own tokens did. */
static void take_row_cells(parse_ctx *ctx, const struct cell_run *r)
{
    ctx->open_run = 0;
    b_row_begin(ctx, r->row);
    b_row_values(ctx, r->v, (size_t)r->n);
}

/* ROW_CELLS ROW_CELLS … (ROWS, xxgk_yylex): each row as its own token's
 * actions had it, in order: it begins (row_cells), takes its cells, and
 * every one but the last ends as it joined the list of rows when the next
 * row's label was the lookahead (b_row_end sees a row label); the last
 * stays open for the cells and the lookahead after it. */
static void take_rows(parse_ctx *ctx, const struct row_run *rr)
{
    ctx->open_run = 0;
    for (int i = 0; i < rr->n; i++) {
        b_row_begin(ctx, rr->rows[i].row);
        b_row_values(ctx, rr->rows[i].v, (size_t)rr->rows[i].n);
        if (i + 1 < rr->n) {
            ctx->row_next_set = true;
            ctx->row_next_at = rr->rows[i + 1].row->start;
            ctx->row_next_key = rr->rows[i + 1].row->key;
            b_row_end(ctx, ROW);
        }
    }
}

/* TEXT BLANK SUBHEAD … (PROSE, xxgk_yylex): each item as its own token's
 * action had it, in order (prose_items) */
static void take_prose(parse_ctx *ctx, const struct cell_run *r)
{
    ctx->open_run = 0;
    for (int i = 0; i < r->n; i++)
        b_prose(ctx, r->v[i].tok, &r->v[i]);
}

/* A table header or a column label, as its own token's action had it */
static void take_label(parse_ctx *ctx, const ptok *t)
{
    if (t->tok == HEAD)
        b_head(ctx, t);
    else
        b_column(ctx, t);
}

/* COL HEAD COL …, one token (COLS, HEAD_COLS: xxgk_yylex), in a header
 * of table 二 or 三: the actions each label had, in order: it begins a
 * header item (p_head_cells, r_head_cells) and every one but the last ends
 * it, as it joined the list of items when the next label came. */
static void take_columns(parse_ctx *ctx, const struct cell_run *r, int table)
{
    for (int i = 0; i < r->n; i++) {
        take_label(ctx, &r->v[i]);
        b_stray_begin(ctx);
        if (i + 1 < r->n)
            b_stray_end(ctx, table);
    }
}

/* COLS, HEAD_COLS in table 四, whose labels are its items */
static void take_appeal_columns(parse_ctx *ctx, const struct cell_run *r)
{
    for (int i = 0; i < r->n; i++)
        take_label(ctx, &r->v[i]);
}
}

%union { const ptok *tok; const struct cell_run *cells; const struct row_run *rows; }

%token <tok> TITLE "title line" TEXT "text" BLANK "blank line" SUBHEAD "sub-heading"
%token <tok> DATE "date line" NOTE "note line"
/* zero wide, before a section 一 heading after section 六 (tokens.c): a
 * second report without a title line begins there */
%token <tok> RESTART "second report"
%token <tok> SEC_PROSE "section heading" SEC_PROACTIVE "section 二 heading"
%token <tok> SEC_REQUESTS "section 三 heading" SEC_APPEALS "section 四 heading"
%token <tok> CLAUSE "clause caption" HEAD "table header" COL "column label"
%token <tok> ROW "row label" GROUP "row group label"
%token <cells> NUMBER "number" EMPTY "empty cell"
/* a row label and the run of cells after it, one token (xxgk_yylex); it
 * stands wherever ROW does, and messages name it as ROW */
%token <cells> ROW_CELLS "row label and cells"
/* rows with their cells one after another (the last may have none), one
 * token (xxgk_yylex): it stands wherever ROW_CELLS does, and messages name
 * it as ROW */
%token <rows> ROWS "row labels and cells"
/* prose items one after another outside a table (xxgk_yylex: prose_run):
 * it stands wherever its first does, and messages name it as that */
%token <cells> PROSE "prose items"
/* a column label and the headers and column labels right after it, one
 * token (xxgk_yylex); it stands wherever COL does, and messages name it as
 * COL */
%token <cells> COLS "column labels"
/* the same run opened by a table header: it stands wherever HEAD does,
 * and messages name it as HEAD */
%token <cells> HEAD_COLS "table header and column labels"

%destructor { (void)$$; (void)ctx; } <tok> <cells> <rows>

%%

document
    : front
    | front sections restarts
    ;

front
    : { b_copy_begin(ctx, NULL, false); } prose_items title_opt
    ;

title_opt
    : %empty
    | TITLE { b_title(ctx, $1); } prose_items
    ;

restarts
    : %empty
    | restarts restart
    ;

/* The text starts over: a second copy of the report after the first. */
restart
    : TITLE { b_copy_begin(ctx, $1, true); } prose_items sections_opt
    | RESTART { b_copy_untitled(ctx, $1); } sections_opt
    ;

sections_opt
    : %empty
    | sections
    ;

sections
    : section
    | sections section
    ;

section
    : SEC_PROSE { b_section(ctx, $1); } prose_items
    | SEC_PROACTIVE { b_section(ctx, $1); } prose_items proactive_opt
    | SEC_REQUESTS { b_section(ctx, $1); } prose_items requests_opt
    | SEC_APPEALS { b_section(ctx, $1); } prose_items appeals_opt
    | SEC_PROSE error { b_section(ctx, $1); }
    | SEC_PROACTIVE error { b_table_end(ctx, ctx->error_at); b_section(ctx, $1); }
    | SEC_REQUESTS error { b_table_end(ctx, ctx->error_at); b_section(ctx, $1); }
    | SEC_APPEALS error { b_table_end(ctx, ctx->error_at); b_section(ctx, $1); }
    ;

/* each item joins the list as it is read: one reduction per item (a rule
 * prose_item in between would add one, for the same actions in the same
 * order with the same lookahead) */
prose_items
    : %empty
    | prose_items TEXT     { b_prose(ctx, TEXT, $2); }
    | prose_items BLANK    { b_prose(ctx, BLANK, $2); }
    | prose_items SUBHEAD  { b_prose(ctx, SUBHEAD, $2); }
    | prose_items DATE     { b_prose(ctx, DATE, $2); }
    | prose_items NOTE     { b_prose(ctx, NOTE, $2); }
    | prose_items PROSE    { take_prose(ctx, $2); }
    ;

/* ---- table 二: blocks of article 20's clauses ---- */

/* A table ends where the token after it begins: ctx->la is the lookahead's
 * place (a section heading, a title line or the end of text; with
 * canonical LR and no default reductions the lookahead is always read
 * before a reduction). A missing table, or one that begins, stands at the
 * end of the last token shifted (ctx->la_prev_end). After a syntax error
 * inside a table, the section's error rule above ends it.
 *
 * A token and the cells after it are one left-recursive list (p_head_cells,
 * row_cells, r_head_cells) rather than the token, a mid-rule action and a
 * list that starts empty, ended where it joins p_items or r_items: the
 * same actions in the same order with the same lookahead, in four fewer
 * reductions per header and two fewer per row (Bison's loop is most of
 * the cost of a token). */
proactive_opt
    : %empty { b_missing_table(ctx, ctx->la_prev_end); }
    | { b_table_begin(ctx, XXGK_TABLE_PROACTIVE, ctx->la_prev_end); } clause_blocks
      { b_table_end(ctx, ctx->la.start); }
    ;

/* Each clause: its caption, a column header, rows. A header without a
 * caption is accepted for the first block only, where nothing else can
 * claim it. Numbers right after a caption (a page number of PDF text) are
 * stray values (P013): the rest of the table is still read. */
clause_blocks
    : CLAUSE { b_clause(ctx, $1); } stray p_items
    | { b_clause(ctx, NULL); } p_head p_items
    | clause_blocks CLAUSE { b_clause(ctx, $2); } stray p_items
    ;

/* a header or a row, each ended as it joins the list */
p_items
    : %empty
    | p_items p_head_cells { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    | p_items row_cells { b_row_end(ctx, lookahead(yychar)); }
    ;

p_head
    : p_head_cells { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    ;

/* numbers after a header are stray values, as after a caption */
p_head_cells
    : HEAD { b_head(ctx, $1); b_stray_begin(ctx); }
    | COL { b_column(ctx, $1); b_stray_begin(ctx); }
    | COLS { take_columns(ctx, $1, XXGK_TABLE_PROACTIVE); }
    | HEAD_COLS { take_columns(ctx, $1, XXGK_TABLE_PROACTIVE); }
    | p_head_cells NUMBER { take_cells(ctx, $2); }
    | p_head_cells EMPTY  { take_cells(ctx, $2); }
    ;

stray
    : { b_stray_begin(ctx); } cells { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    ;

/* ---- rows shared by tables 二 and 三 ---- */

/* A row: its label (or TEXT where a label should stand) and its cells.
 * Its end, reduced with p_items or r_items, sees the lookahead (yychar):
 * a row short of values is settled there, or, when TEXT follows, by that
 * TEXT (build_row.c: bld_settle_short_row). */
row_cells
    : ROW { b_row_begin(ctx, $1); }
    | ROW_CELLS { take_row_cells(ctx, $1); }
    | ROWS { take_rows(ctx, $1); }
    | TEXT { b_unknown_row_begin(ctx, $1); }
    | row_cells NUMBER { take_cells(ctx, $2); }
    | row_cells EMPTY  { take_cells(ctx, $2); }
    ;

cells
    : %empty
    | cells NUMBER { take_cells(ctx, $2); }
    | cells EMPTY  { take_cells(ctx, $2); }
    ;

/* ---- table 三: header, then rows with their group labels ---- */

requests_opt
    : %empty { b_missing_table(ctx, ctx->la_prev_end); }
    | { b_table_begin(ctx, XXGK_TABLE_REQUESTS, ctx->la_prev_end); } r_first r_items
      { b_table_end(ctx, ctx->la.start); }
    ;

r_first
    : r_head
    | ROW { b_row_begin(ctx, $1); } cells { b_row_end(ctx, lookahead(yychar)); }
    | ROW_CELLS { take_row_cells(ctx, $1); } cells { b_row_end(ctx, lookahead(yychar)); }
    | ROWS { take_rows(ctx, $1); } cells { b_row_end(ctx, lookahead(yychar)); }
    ;

/* a header or a row, each ended as it joins the list */
r_items
    : %empty
    | r_items r_head_cells { b_stray_end(ctx, XXGK_TABLE_REQUESTS); }
    | r_items row_cells { b_row_end(ctx, lookahead(yychar)); }
    ;

r_head
    : r_head_cells { b_stray_end(ctx, XXGK_TABLE_REQUESTS); }
    ;

r_head_cells
    : HEAD { b_head(ctx, $1); b_stray_begin(ctx); }
    | COL { b_column(ctx, $1); b_stray_begin(ctx); }
    | COLS { take_columns(ctx, $1, XXGK_TABLE_REQUESTS); }
    | HEAD_COLS { take_columns(ctx, $1, XXGK_TABLE_REQUESTS); }
    | GROUP { b_group(ctx, $1); b_stray_begin(ctx); }
    | r_head_cells NUMBER { take_cells(ctx, $2); }
    | r_head_cells EMPTY  { take_cells(ctx, $2); }
    ;

/* ---- table 四: fifteen numbers under a two-level header ---- */

appeals_opt
    : %empty { b_missing_table(ctx, ctx->la_prev_end); }
    | { b_table_begin(ctx, XXGK_TABLE_APPEALS, ctx->la_prev_end); b_appeals_values_begin(ctx); } a_first a_items
      { b_table_end(ctx, ctx->la.start); }
    ;

a_first
    : HEAD    { b_head(ctx, $1); }
    | COL     { b_column(ctx, $1); }
    | COLS    { take_appeal_columns(ctx, $1); }
    | HEAD_COLS { take_appeal_columns(ctx, $1); }
    | NUMBER  { take_cells(ctx, $1); }
    ;

a_items
    : %empty
    | a_items HEAD    { b_head(ctx, $2); }
    | a_items COL     { b_column(ctx, $2); }
    | a_items COLS    { take_appeal_columns(ctx, $2); }
    | a_items HEAD_COLS { take_appeal_columns(ctx, $2); }
    | a_items NUMBER  { take_cells(ctx, $2); }
    | a_items EMPTY   { take_cells(ctx, $2); }
    | a_items TEXT    { b_value(ctx, TEXT, $2); }
    ;

%%

/* The filter's next token: the one read after a run of cells, else a new
 * one. */
static int read_token(parse_ctx *ctx, ptok *t)
{
    if (!ctx->has_pending)
        return filter_next(ctx, t);
    ctx->has_pending = false;
    *t = ctx->pending;
    return t->tok;
}

/* NUMBER EMPTY NUMBER …: a run of up to CELL_RUN_MAX cells is one token
 * to the parser (in ctx->runs), of the kind of its first cell. Whatever
 * state takes a cell takes any number of them after it, so the grammar
 * accepts and rejects the same texts, at the same token (the run's first
 * cell, where the error is reported); and a run costs Bison's loop once
 * instead of once per cell. The token that ends the run is kept to be
 * read next (ctx->pending). The builder sees each cell as before, in
 * order: it shares no state with the filter, which only reads on further
 * before the cells are taken. The filter reads the run in one call
 * (filter_cells). */
static void read_cells_after(parse_ctx *ctx, struct cell_run *r)
{
    int n = filter_cells(ctx, r->v + 1, CELL_RUN_MAX - 1);
    r->n = 1 + n;
    if (n < CELL_RUN_MAX - 1) {
        ctx->pending = r->v[r->n];
        ctx->has_pending = true;
    }
}

static struct cell_run *read_cells(parse_ctx *ctx, const ptok *first)
{
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *first;
    r->row = NULL;
    read_cells_after(ctx, r);
    return r;
}

/* The run of cells after a row label into R, read where it starts (no
 * copy of its first cell), up to CELL_RUN_MAX, in one call (filter_cells,
 * as read_cells_after reads the cells after a first one): true when a
 * cell follows the label; the token read after the run (when it has room
 * left) or in place of a cell is kept to be read next. */
static bool cells_into(parse_ctx *ctx, struct cell_run *r)
{
    int n = filter_cells(ctx, r->v, CELL_RUN_MAX);
    r->n = n;
    if (n < CELL_RUN_MAX) {
        ctx->pending = r->v[n];
        ctx->has_pending = true;
    }
    return n > 0;
}

/* ROW NUMBER …: a row label and the run of cells right after it are one
 * token to the parser (ROW_CELLS): wherever a row label is taken, cells
 * may follow it (row_cells, r_first), so the grammar accepts and rejects
 * the same texts at the same token, the label, where the error is
 * reported; the builder sees the label, then each cell, as before, at the
 * same lookahead. Not after a syntax error: Bison reports the next one
 * only after three tokens shifted, and the two would count as one.
 * Returns the run, or NULL when no cell follows the label (the token read
 * after it kept to be read next). */
static const struct cell_run *row_and_cells(parse_ctx *ctx, const ptok *row)
{
    if (ctx->syntax_error)
        return NULL;
    /* read where a run of rows starts (row_run): its first row's cells
     * are not copied there */
    struct cell_run *r = &ctx->row_runs[ctx->nrow_runs % 2].rows[0];
    if (!cells_into(ctx, r))
        return NULL;
    ctx->nrow_runs++;
    r->row = row;
    return r;
}

/* ROW NUMBER … ROW NUMBER … ROW [NUMBER …]: a row label with its cells
 * (FIRST, as row_and_cells read it) and the rows right after it, each a
 * label and the run of cells after it, the last one's run perhaps empty,
 * are one token to the parser (ROWS), while a row label is what follows
 * a run (up to ROWS_MAX rows). Wherever a row label with its cells is
 * taken another row may follow (row_cells into p_items or r_items; r_first
 * into r_items), and a row label with no cells stands where one with cells
 * does: the same texts are accepted and rejected at the same token, the
 * first label; the builder sees each row's actions in their order
 * (take_rows), every row but the last ended with a row label as the
 * lookahead, as it was. Not after a syntax error, as ROW_CELLS. Returns
 * the rows, or NULL when no row label follows FIRST's cells. */
static const struct row_run *row_run(parse_ctx *ctx, const struct cell_run *first)
{
    if (!ctx->has_pending || ctx->pending.tok != ROW)
        return NULL;
    /* FIRST is the first row of its own run of rows (row_and_cells) */
    struct row_run *rr = &ctx->row_runs[(ctx->nrow_runs - 1) % 2];
    assert(first == &rr->rows[0]);
    rr->labels[0] = *first->row;
    rr->rows[0].row = &rr->labels[0];
    rr->n = 1;
    while (rr->n < ROWS_MAX && ctx->has_pending && ctx->pending.tok == ROW) {
        struct cell_run *r = &rr->rows[rr->n];
        rr->labels[rr->n] = ctx->pending;
        r->row = &rr->labels[rr->n];
        r->n = 0;
        rr->n++;
        ctx->has_pending = false;
        if (!cells_into(ctx, r))
            break; /* the last row, with no cells */
    }
    return rr;
}

/* The end of the last token of a row run: its last row's last cell, or
 * its label when it has none. */
static uint32_t row_run_end(const struct row_run *rr)
{
    const struct cell_run *r = &rr->rows[rr->n - 1];
    return r->n ? r->v[r->n - 1].end : r->row->end;
}

/* A run returned to the parser, its action not yet run (settle_open_run) */
static void open_run(parse_ctx *ctx, int kind, const void *items)
{
    ctx->open_run = kind;
    ctx->open_items = items;
    ctx->open_run_passed = false;
}

/* The tokens after the first two of run R (in R->v[0] and [1]) while
 * their kind is in KINDS, up to CELL_RUN_MAX in all, read from the filter
 * in one call (filter_run); the token that ends the run is kept to be
 * read next (ctx->pending). */
static void read_run_rest(parse_ctx *ctx, struct cell_run *r, tok_set kinds)
{
    int n = filter_run(ctx, r->v + 2, CELL_RUN_MAX - 2, kinds);
    r->n = 2 + n;
    if (n < CELL_RUN_MAX - 2) {
        ctx->pending = r->v[r->n];
        ctx->has_pending = true;
    }
}

/* the kinds of prose items, as a set for filter_run */
#define TOK_BIT(k) ((tok_set)1 << ((k) - TITLE))
#define PROSE_ITEMS (TOK_BIT(TEXT) | TOK_BIT(BLANK) | TOK_BIT(SUBHEAD) | TOK_BIT(DATE) | TOK_BIT(NOTE))
static bool prose_item(int k) { return k == TEXT || k == BLANK || k == SUBHEAD || k == DATE || k == NOTE; }

/* TEXT BLANK SUBHEAD DATE NOTE …: prose items one after another are one
 * token to the parser (PROSE; up to CELL_RUN_MAX items) outside a table,
 * where every state that takes one of them is in prose_items, which takes
 * any number after it (a table section's prose before its table is left
 * alone: there TEXT may begin a row). So the same texts are accepted at
 * the same tokens, and none of these is ever the token an error is found
 * at; the builder sees each item's action in order (take_prose). Not
 * after a syntax error (as ROW_CELLS). FIRST's kind is kept for a
 * message (ctx->prose_first). Returns the run, or NULL when FIRST stands
 * alone (the token after it kept to be read next). */
static const struct cell_run *prose_run(parse_ctx *ctx, const ptok *first)
{
    if (ctx->syntax_error || ctx->table >= 0)
        return NULL;
    ptok next;
    if (!prose_item(filter_next(ctx, &next))) {
        ctx->pending = next;
        ctx->has_pending = true;
        return NULL;
    }
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *first;
    r->v[1] = next;
    r->row = NULL;
    read_run_rest(ctx, r, PROSE_ITEMS);
    ctx->prose_first = first->tok;
    return r;
}

static bool header_label(int k) { return k == COL || k == HEAD; }
#define HEADER_LABELS (TOK_BIT(COL) | TOK_BIT(HEAD))

/* COL HEAD COL …: table headers and column labels one after another are
 * one token to the parser (COLS or HEAD_COLS by the first; up to
 * CELL_RUN_MAX labels): wherever a header or a column label is taken
 * either may follow it (p_head_cells, r_head_cells, a_first, a_items),
 * so, as with ROW_CELLS, the same texts are accepted and rejected at the
 * same token, and not after a syntax error. The builder sees each label's
 * actions in order (take_columns). Returns the run, or NULL when the first
 * label stands alone (the token after it kept to be read next). */
static const struct cell_run *column_run(parse_ctx *ctx, const ptok *col)
{
    if (ctx->syntax_error)
        return NULL;
    ptok next;
    if (!header_label(filter_next(ctx, &next))) {
        ctx->pending = next;
        ctx->has_pending = true;
        return NULL;
    }
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *col;
    r->v[1] = next;
    r->row = NULL;
    read_run_rest(ctx, r, HEADER_LABELS);
    return r;
}

/* The next token, kept in ctx->toks until an action has taken it: an
 * action takes its tokens when the token after them is the lookahead, so
 * a token is read over only four tokens later (a run of cells: two runs
 * later). A section heading is kept apart (ctx->secs): the error rules of
 * a section take it after any number of tokens, and a second one can
 * follow it before they run. */
int xxgk_yylex(XXGK_YYSTYPE *lval, parse_ctx *ctx)
{
    if (ctx->open_run)
        ctx->open_run_passed = true; /* the run was shifted: this token follows it */
    ptok *t = &ctx->toks[ctx->ntoks++ % PTOK_KEPT];
    int k = read_token(ctx, t);
    uint32_t end = t->end;
    if (k == NUMBER || k == EMPTY) {
        lval->cells = read_cells(ctx, t);
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if (k == ROW && (lval->cells = row_and_cells(ctx, t))) {
        const struct row_run *rr = row_run(ctx, lval->cells);
        if (rr) {
            k = ROWS;
            lval->rows = rr;
            open_run(ctx, ROWS, rr);
            end = row_run_end(rr);
        } else {
            k = ROW_CELLS;
            open_run(ctx, ROW_CELLS, lval->cells);
            end = lval->cells->v[lval->cells->n - 1].end;
        }
    } else if (prose_item(k) && (lval->cells = prose_run(ctx, t))) {
        k = PROSE;
        open_run(ctx, PROSE, lval->cells);
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if ((k == COL || k == HEAD) && (lval->cells = column_run(ctx, t))) {
        k = k == COL ? COLS : HEAD_COLS;
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if (k == SEC_PROSE || k == SEC_PROACTIVE || k == SEC_REQUESTS || k == SEC_APPEALS) {
        ptok *sec = &ctx->secs[ctx->nsecs++ % 2];
        *sec = *t;
        lval->tok = sec;
    } else {
        lval->tok = t;
    }
    ctx->la_kind = k;
    ctx->la_key = k == ROW || k == ROW_CELLS || k == ROWS ? t->key : -1;
    ctx->la_prev_end = ctx->la_end;
    ctx->la.start = t->start;
    ctx->la.end = t->end;
    ctx->la_end = end;
    return k;
}

/* A row label with its cells (ROW_CELLS, ROWS) or a run of prose items
 * (PROSE) shifted, then a token that cannot follow it: the error is found
 * before the token's reduction (no default reductions), so its action
 * would never run and what the report put there would be lost with the
 * error. Take it now, before the error is reported: each item as it would
 * have been taken, the last row ended with the unexpected token as its
 * lookahead (the section's error rule then ends the table). A token that
 * is itself the unexpected one was never shifted: nothing of it is taken. */
static void settle_open_run(parse_ctx *ctx)
{
    int k = ctx->open_run;
    ctx->open_run = 0;
    if (!k || !ctx->open_run_passed)
        return;
    if (k == PROSE) {
        const struct cell_run *r = ctx->open_items;
        for (int i = 0; i < r->n; i++)
            b_prose(ctx, r->v[i].tok, &r->v[i]);
        return;
    }
    if (k == ROWS)
        take_rows(ctx, ctx->open_items);
    else
        take_row_cells(ctx, ctx->open_items);
    b_row_end(ctx, lookahead(ctx->la_kind));
}

void xxgk_yyerror(parse_ctx *ctx, const char *msg)
{
    settle_open_run(ctx);
    ctx->syntax_error = true;
    ctx->error_at = ctx->la.start;
    b_syntax_error(ctx, ctx->la, msg);
}

/* "unexpected row label, expecting section heading or number": the names
 * of the tokens say what the report has and what the template wants. */
static int yyreport_syntax_error(const yypcontext_t *pctx, parse_ctx *ctx)
{
    char msg[512];
    size_t n = 0;
    yysymbol_kind_t expected[24];
    int count = yypcontext_expected_tokens(pctx, expected, 24);
    yysymbol_kind_t got = yypcontext_token(pctx);
    if (got == YYSYMBOL_ROW_CELLS || got == YYSYMBOL_ROWS) /* a row label, as read */
        got = YYSYMBOL_ROW;
    if (got == YYSYMBOL_COLS) /* a column label, as read */
        got = YYSYMBOL_COL;
    if (got == YYSYMBOL_HEAD_COLS) /* a table header, as read */
        got = YYSYMBOL_HEAD;
    if (got == YYSYMBOL_PROSE) /* its first item, as read */
        got = YYTRANSLATE(ctx->prose_first);
    n += (size_t)snprintf(msg + n, sizeof msg - n, "unexpected %s",
                          got == YYSYMBOL_YYEMPTY ? "end of text" : yysymbol_name(got));
    /* Prose and headings may follow almost anywhere; when a table token
     * would also do, name only the table tokens: they say what is wrong. */
    bool table_expected = false;
    for (int i = 0; i < count; i++)
        if (expected[i] >= YYSYMBOL_CLAUSE && expected[i] <= YYSYMBOL_EMPTY)
            table_expected = true;
    int listed = 0;
    for (int i = 0; i < count && n < sizeof msg - 64; i++) {
        if (expected[i] == YYSYMBOL_ROW_CELLS || expected[i] == YYSYMBOL_ROWS ||
            expected[i] == YYSYMBOL_COLS || expected[i] == YYSYMBOL_HEAD_COLS ||
            expected[i] == YYSYMBOL_PROSE)
            continue; /* expected with ROW, COL, HEAD and the prose items, named by them */
        if (table_expected && !(expected[i] >= YYSYMBOL_CLAUSE && expected[i] <= YYSYMBOL_EMPTY))
            continue;
        n += (size_t)snprintf(msg + n, sizeof msg - n, "%s%s", listed++ ? " or " : ", expecting ",
                              yysymbol_name(expected[i]));
    }
    settle_open_run(ctx);
    ctx->syntax_error = true;
    ctx->error_at = ctx->la.start;
    b_syntax_error(ctx, ctx->la, msg);
    return 0;
}
