/* xxgk_parse_input: a front end's text (src/input/) parsed, with its
 * origin (diagnostics in the page's lines), its notes (L008, L009), its
 * metadata and a PDF's page starts. */
#include <stdint.h>
#include <string.h>

#include "input.h"
#include "parse.h"
#include "parse_input.h"

/* a copy in the document's arena, so the report may keep it */
static const char *keep(xxgk_doc *doc, const char *s)
{
    return s ? arena_strndup(&doc->arena, s, strlen(s)) : NULL;
}

/* The options the document of in is made with: a PDF's page starts go
 * with its text into the document. */
static xxgk_options create_options(const xxgk_input *in, const xxgk_options *opts)
{
    xxgk_options o = opts ? *opts : (xxgk_options){0};
    if (in->npages && !o.npages) {
        o.page_starts = in->page_starts;
        o.npages = in->npages;
    }
    return o;
}

/* The origin of doc: in's page and runs, copied, or taken when take is in
 * itself (which then no longer holds them). */
static bool origin_of_input(xxgk_doc *doc, const xxgk_input *in, xxgk_input *take)
{
    if (!in->shown)
        return true;
    if (!take)
        return doc_set_origin(doc, in->shown, in->shown_len, in->runs, in->nruns);
    char *shown = take->shown;
    xxgk_origin_run *runs = take->runs;
    take->shown = NULL;
    take->runs = NULL;
    return doc_take_origin(doc, shown, take->shown_len, runs, take->nruns);
}

/* What the note over a merged number's other cells says (grid.h): each
 * of them carries the finding. */
static const char *also_text(int code, int lang)
{
    bool zh = lang == XXGK_LANG_ZH;
    if (code == XXGK_L_NUMBER_OVER_COLUMNS)
        return zh ? "合并的单元格也覆盖此列，此格为空" : "the merged cell covers this column too: its cell is empty";
    if (code == XXGK_P_SPAN_BY_LABELS)
        return zh ? "本行的标签决定合并范围在此结束或延续" : "this row's own label ends or continues the span here";
    if (code == XXGK_P_NUMBER_SPAN_CUT)
        return zh ? "本行自有完整的各格：合并在此之前结束" : "this row prints its own full set of cells: the span ends before it";
    if (code == XXGK_P_SPREAD_CELL)
        return zh ? "这些数字各读入一列" : "each of these numbers is read into a column of its own";
    if (code == XXGK_P_ZERO_OVER_COLUMNS)
        return zh ? "合并的 0 也覆盖此列，此格读作 0" : "the merged 0 covers this column too: it is read as 0 here";
    if (code == XXGK_P_PDF_SHARED_LABELS)
        return zh ? "本行的数值不能确定属于哪个标签：各格带有此项" : "which label this row's values belong to is unknown: its cells carry this finding";
    if (code == XXGK_P_PDF_LABEL_OFFSET)
        return zh ? "本行的数值可能属于上一行或下一行：各格带有此项" : "this row's values may be the row above's or below's: its cells carry this finding";
    if (code == XXGK_P_PDF_WRAPPED_NUMBER)
        return zh ? "本行的数值可能缺少或多出折行的数字：各格带有此项" : "a value of this row may lack digits wrapped onto the line next to it, or hold another row's: its cells carry this finding";
    if (code == XXGK_L_PDF_SPREAD_NUMBER)
        return zh ? "本行每个数值都可能不在其所印的列：各格带有此项" : "each value of this row may be in another column than printed: its cells carry this finding";
    if (code == XXGK_L_NUMBERS_ON_LINES || code == XXGK_L_POWER_OR_MARK || code == XXGK_L_RAISED_CELL ||
        code == XXGK_L_SPLIT_RUNS || code == XXGK_L_SAME_CLASS_COPIES || code == XXGK_L_CLASSED_TAIL ||
        code == XXGK_L_UNSEEN_TEXT ||
        code == XXGK_L_STYLE_HIDDEN ||
        code == XXGK_L_PLACEHOLDER || code == XXGK_L_BOX_IN_CELL || code == XXGK_P_CHOICE_TEXT_UNREAD ||
        code == XXGK_L_ALT_CHUNK || code == XXGK_L_FIELD_OPEN)
        return zh ? "此格因此为空" : "this cell is read as empty for it";
    return zh ? "跨行合并的数字在上一行此处" : "the number merged over rows stands here, in the row above";
}

/* A front end's finding, with a note over the other place it concerns. */
static xxgk_diag *add_input_diag(xxgk_doc *doc, const xxgk_input_diag *g)
{
    xxgk_diag *d = xxgk_doc_add_diag(doc, g->code, (xxgk_span){g->at, g->at}, g->arg);
    if (d && g->also_end > g->also)
        xxgk_diag_add_note(doc, d, (xxgk_span){g->also, g->also_end}, "%s", also_text(g->code, doc->lang));
    return d;
}

/* The front end's findings: the slots under one number merged over rows
 * (L031, one per covered row, each with the number above as its other
 * place) are one finding, at the first slot, a note at each further one:
 * one merged cell, one error (the builder may yet read its number into
 * every slot: build_merged.c, which finds the slots by these notes). */
static void add_input_diags(xxgk_doc *doc, const xxgk_input *in)
{
    xxgk_diag *merged[XXGK_INPUT_MAX_DIAGS];
    doc->input_diags_cut = in->diags_cut;
    for (int i = 0; i < in->ndiags; i++) {
        const xxgk_input_diag *g = &in->diags[i];
        merged[i] = NULL;
        int first = -1;
        for (int j = 0; g->code == XXGK_L_NUMBER_OVER_ROWS && g->also_end > g->also && j < i && first < 0; j++)
            if (merged[j] && in->diags[j].also == g->also && in->diags[j].also_end == g->also_end)
                first = j;
        if (first < 0) {
            xxgk_diag *d = add_input_diag(doc, g);
            merged[i] = g->code == XXGK_L_NUMBER_OVER_ROWS ? d : NULL;
            continue;
        }
        xxgk_diag_add_note(doc, merged[first], (xxgk_span){g->at, g->at}, "%s",
                           doc->lang == XXGK_LANG_ZH ? "本单元格也与该数字合并，此格为空"
                                                     : "this cell is merged with that number too: it is empty");
    }
    if (in->diags_cut) {
        char max[16];
        snprintf(max, sizeof max, "%d", XXGK_INPUT_MAX_DIAGS);
        xxgk_doc_add_diag(doc, XXGK_L_READER_CUT, (xxgk_span){in->cut_at, in->cut_at}, max);
    }
}

/* A text file's byte-order mark skipped and, decoded, its bytes not valid
 * in its encoding (the lexer's L053), copied into doc. False when memory
 * runs out. */
static bool decoded_marks(xxgk_doc *doc, const xxgk_input *in)
{
    if (in->kind != XXGK_INPUT_TEXT)
        return true;
    doc->file_skip = in->skipped;
    if (!in->nbad || in->nbad >= UINT32_MAX)
        return true;
    xxgk_bad_byte *b = doc_alloc_raw(doc, in->nbad * sizeof *b);
    if (!b)
        return false;
    memcpy(b, in->bad, in->nbad * sizeof *b);
    doc->bad = b;
    doc->nbad = (uint32_t)in->nbad;
    doc->bad_enc = xxgk_encoding_name(in->encoding);
    return true;
}

/* A page's links and images, copied into doc. False when memory runs out. */
static bool page_marks(xxgk_doc *doc, const xxgk_input *in)
{
    if (in->nlinks && in->nlinks < UINT32_MAX / 2) {
        doc->links = doc_alloc_raw(doc, 2 * in->nlinks * sizeof *doc->links);
        if (!doc->links)
            return false;
        memcpy(doc->links, in->links, 2 * in->nlinks * sizeof *doc->links);
        doc->nlinks = (uint32_t)in->nlinks;
    }
    if (in->nfurniture && in->nfurniture < UINT32_MAX / 2) {
        doc->furniture = doc_alloc_raw(doc, 2 * in->nfurniture * sizeof *doc->furniture);
        if (!doc->furniture)
            return false;
        memcpy(doc->furniture, in->furniture, 2 * in->nfurniture * sizeof *doc->furniture);
        doc->nfurniture = (uint32_t)in->nfurniture;
    }
    doc->footer_at = in->footer_at;
    if (in->nimages && in->nimages < UINT32_MAX) {
        doc->images = doc_alloc_raw(doc, in->nimages * sizeof *doc->images);
        if (!doc->images)
            return false;
        for (size_t i = 0; i < in->nimages; i++) {
            doc->images[i].at = in->images[i].at;
            doc->images[i].src = keep(doc, in->images[i].src);
            if (!doc->images[i].src)
                return false;
        }
        doc->nimages = (uint32_t)in->nimages;
    }
    return true;
}

/* The rest of in copied into doc (the page taken when take is in), made
 * of its text (origin, places, notes, metadata), and the options its parse
 * takes (*o, from create_options). NULL, doc freed, when memory runs out. */
static xxgk_doc *doc_of_input(xxgk_doc *doc, const xxgk_input *in, xxgk_input *take,
                              xxgk_options *o)
{
    if (!doc)
        return NULL;
    if (!origin_of_input(doc, in, take)) {
        xxgk_doc_free(doc);
        return NULL;
    }
    if (in->places && !doc_set_places(doc, in->places, in->nplaces)) {
        xxgk_doc_free(doc);
        return NULL;
    }
    add_input_diags(doc, in);
    if (!page_marks(doc, in) || !decoded_marks(doc, in)) {
        xxgk_doc_free(doc);
        return NULL;
    }
    /* the front end has settled the encoding: the text is UTF-8 */
    o->utf8_decided = true;
    o->cells_delimited = in->kind == XXGK_INPUT_HTML || in->kind == XXGK_INPUT_DOCX ||
                         in->kind == XXGK_INPUT_DOC;
    if (!o->meta_title)
        o->meta_title = keep(doc, in->meta_title);
    if (!o->meta_agency)
        o->meta_agency = keep(doc, in->meta_agency);
    if (!o->meta_date)
        o->meta_date = keep(doc, in->meta_date);
    o->page_starts = NULL; /* copied into the document by doc_create */
    o->npages = 0;
    return doc;
}

/* L062 (a page hiding more text than it shows) is there to say why a
 * page reads as no report (P020): where the text the page shows reads
 * as a report (a report with its sections), the hidden element is
 * something else (a tab of last year's report, a menu), and a browser
 * shows the report read: the finding is taken back. */
static xxgk_doc *hidden_content_settled(xxgk_doc *doc)
{
    if (!doc)
        return NULL;
    bool read = false;
    for (const xxgk_report *r = doc->report; r && !read; r = r->next)
        read = r->sections != NULL;
    if (read)
        xxgk_doc_drop_code(doc, XXGK_L_HIDDEN_CONTENT);
    return doc;
}

xxgk_doc *xxgk_parse_input(const char *name, const xxgk_input *in, const xxgk_options *opts)
{
    xxgk_options o = create_options(in, opts);
    xxgk_doc *doc = doc_of_input(doc_create(name, in->text, in->len, &o), in, NULL, &o);
    return doc ? hidden_content_settled(doc_parse(doc, &o)) : NULL;
}

/* The document adopts the text and an HTML page, not copied, and holds its
 * own copy of the rest of in: freeing in before the parse keeps one copy
 * of the text in memory, not two, while the tree is built (the peak of a
 * large file). */
xxgk_doc *xxgk_parse_input_take(const char *name, xxgk_input *in, const xxgk_options *opts)
{
    xxgk_options o = create_options(in, opts);
    char *text = in->text;
    in->text = NULL; /* the document's from here on */
    xxgk_doc *doc = doc_of_input(doc_create_take(name, text, in->len, &o), in, in, &o);
    xxgk_input_free(in);
    return doc ? hidden_content_settled(doc_parse(doc, &o)) : NULL;
}
