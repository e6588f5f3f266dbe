/* xxgk corpus --stat: one summary of a folder of reports that a maintainer
 * can compare between two versions of the grammar. Every count is an
 * integer; the success rate is in per mille. Only the throughput line
 * depends on the machine, and nothing ever asserts it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "encoding.h"
#include "files.h"
#include "input.h"
#include "jobs.h"
#include "parse_input.h"
#include "vec.h"
#include "corpus.h"

typedef struct code_count {
    char code[8];
    int severity;
    size_t count, reports;
} code_count;

static int cmp_code(const void *a, const void *b)
{
    return strcmp(((const code_count *)a)->code, ((const code_count *)b)->code);
}

/* The running summary: counts, and the list of reports with errors (one
 * short line each, the only thing that grows with the folder). */
typedef struct tally {
    size_t n, bytes, clean, errors, unreadable, values, empty, sections;
    size_t per_section[XXGK_SEC__COUNT];
    code_count *codes;
    size_t ncodes, capcodes;
    FILE *bad;
    char *badbuf;
    size_t badlen;
} tally;

static void tally_add(tally *t, const corpus_rec *r)
{
    t->n++;
    t->bytes += r->bytes;
    if (r->status == CORPUS_UNREADABLE) {
        t->unreadable++;
        fprintf(t->bad, "  %s: unreadable\n", r->file);
        return;
    }
    if (r->status == CORPUS_CLEAN)
        t->clean++;
    else
        t->errors++;
    for (int s = 1; s < XXGK_SEC__COUNT; s++)
        if (r->sections & (1 << s))
            t->per_section[s]++, t->sections++;
    for (size_t k = 0; k < r->ncells; k++)
        if (r->cells[k].value[0])
            t->values++;
        else
            t->empty++;
    for (size_t k = 0; k < r->ndiags; k++) {
        const corpus_diagrec *d = &r->diags[k];
        size_t c = 0;
        while (c < t->ncodes && strcmp(t->codes[c].code, d->code) != 0)
            c++;
        if (c == t->ncodes) {
            if (!vec_reserve(&t->codes, t->ncodes, &t->capcodes, sizeof *t->codes))
                continue;
            memset(&t->codes[t->ncodes], 0, sizeof *t->codes);
            memcpy(t->codes[t->ncodes].code, d->code, sizeof d->code);
            t->codes[t->ncodes].severity = d->severity;
            t->ncodes++;
        }
        t->codes[c].count++;
        /* count the report once per code */
        bool earlier = false;
        for (size_t e = 0; e < k && !earlier; e++)
            earlier = strcmp(r->diags[e].code, d->code) == 0;
        if (!earlier)
            t->codes[c].reports++;
    }
    if (r->status != CORPUS_ERRORS)
        return;
    const corpus_diagrec *first = NULL;
    for (size_t k = 0; k < r->ndiags && !first; k++)
        if (r->diags[k].severity == XXGK_ERROR)
            first = &r->diags[k];
    if (!first)
        return;
    fprintf(t->bad, "  %s: %zu error(s), first %s %u:%u\n", r->file, r->errors, first->code, first->line,
            first->col);
}

static void tally_print(FILE *out, const char *dir, tally *t)
{
    size_t n = t->n;
    if (t->ncodes) /* no code: t->codes is NULL, which qsort may not take */
        qsort(t->codes, t->ncodes, sizeof *t->codes, cmp_code);
    size_t readable = n - t->unreadable;
    fprintf(out, "folder:             %s\n", dir);
    fprintf(out, "reports:            %zu (%zu bytes)\n", n, t->bytes);
    fprintf(out, "clean parses:       %zu\n", t->clean);
    fprintf(out, "parses with errors: %zu\n", t->errors);
    if (t->unreadable)
        fprintf(out, "unreadable:         %zu\n", t->unreadable);
    if (n) {
        size_t pm = t->clean * 1000 / n;
        fprintf(out, "success:            %zu per mille (%zu.%zu%%) clean\n", pm, pm / 10, pm % 10);
    } else {
        fputs("success:            n/a (no reports)\n", out);
    }
    fprintf(out, "diagnostics:        %zu code(s)\n", t->ncodes);
    for (size_t c = 0; c < t->ncodes; c++) {
        const code_count *cc = &t->codes[c];
        int code = xxgk_code_by_name(cc->code);
        fprintf(out, "  %-5s %-8s %-24s %5zu in %zu report(s)\n", cc->code, xxgk_severity_name(cc->severity),
                code >= 0 ? xxgk_code_slug(code) : "?", cc->count, cc->reports);
    }
    fprintf(out, "sections found:     %zu of %zu (", t->sections, readable * (XXGK_SEC__COUNT - 1));
    for (int s = 1; s < XXGK_SEC__COUNT; s++)
        fprintf(out, "%s%s %zu", s > 1 ? ", " : "", xxgk_section_key(s), t->per_section[s]);
    fputs(")\n", out);
    fprintf(out, "cells extracted:    %zu (%zu values, %zu empty)\n", t->values + t->empty, t->values, t->empty);
    fclose(t->bad);
    t->bad = NULL;
    if (t->errors || t->unreadable) {
        fputs("reports with errors:\n", out);
        fwrite(t->badbuf, 1, t->badlen, out);
    }
}

/* One report's result, made on a worker thread. */
typedef struct stat_result {
    corpus_rec rec;
    char *line; /* its --save line, when saving */
    size_t len;
    char *why;  /* an unreadable file's message, as the loader said it */
} stat_result;

/* "xxgk: PATH: TEXT\n", malloc'd. */
static char *say(const char *path, const char *text)
{
    size_t n = strlen(path) + strlen(text) + 10;
    char *m = malloc(n);
    if (m)
        snprintf(m, n, "xxgk: %s: %s\n", path, text);
    return m;
}

/* The loader without the command line: the front ends with their
 * defaults (corpus_stat_opts.load). */
static xxgk_doc *load_auto(void *ctx, const char *path, char **msg)
{
    (void)ctx;
    *msg = NULL;
    char *buf, why[128];
    size_t len;
    int e = file_read(path, true, &buf, &len);
    if (e) {
        *msg = say(path, file_strerror(e, why, sizeof why));
        return NULL;
    }
    xxgk_input in;
    xxgk_input_clear(&in);
    if (!xxgk_input_take(&in, buf, len, XXGK_INPUT_AUTO, -1, NULL)) {
        const char *d = xxgk_encoding_describe(in.encoding);
        *msg = say(path, in.error[0] ? in.error : d ? d : "not UTF-8 text (L006)");
        xxgk_input_free(&in);
        return NULL;
    }
    xxgk_options opts = {.lang = XXGK_LANG_EN};
    return xxgk_parse_input_take(path, &in, &opts);
}

/* The whole run, read by the workers and changed only by stat_take, which
 * the pool runs for one report at a time, in order. */
typedef struct stat_run {
    const char *dir;
    char **names;
    const corpus_stat_opts *o;
    tally t;
    FILE *save;       /* the --save temporary file, or NULL */
    corpus_cmp *cmp;  /* the --baseline comparison, or NULL */
    int status;
} stat_run;

static void *stat_work(size_t i, void *ctx)
{
    const stat_run *s = ctx;
    stat_result *res = calloc(1, sizeof *res);
    if (!res)
        return NULL;
    corpus_rec *r = &res->rec;
    char *path = corpus_path(s->dir, s->names[i]);
    /* read as check, export and panel read it (the front ends, the
     * encoding sniffed or as --encoding says) */
    xxgk_doc *doc = path ? (s->o->load ? s->o->load : load_auto)(s->o->load_ctx, path, &res->why) : NULL;
    struct stat st;
    size_t bytes = path && stat(path, &st) == 0 ? (size_t)st.st_size : 0;
    if (!doc || !corpus_rec_fill_doc(r, s->names[i], doc, bytes)) {
        corpus_rec_free(r);
        r->file = strdup(s->names[i]);
        r->bytes = bytes;
        r->status = CORPUS_UNREADABLE;
    }
    xxgk_doc_free(doc);
    free(path);
    if (s->save) {
        FILE *f = open_memstream(&res->line, &res->len);
        if (f) {
            corpus_rec_write(f, r);
            if (fclose(f) != 0) {
                free(res->line);
                res->line = NULL;
            }
        }
    }
    return res;
}

static void stat_take(size_t i, void *result, void *ctx)
{
    stat_run *s = ctx;
    stat_result *res = result;
    if (!res || !res->rec.file || (s->save && !res->line)) {
        fprintf(s->o->err, "xxgk: out of memory\n");
        s->status = 2;
    } else {
        const corpus_rec *r = &res->rec;
        if (r->status == CORPUS_UNREADABLE) {
            if (res->why)
                fputs(res->why, s->o->err);
            else
                fprintf(s->o->err, "xxgk: %s: cannot read or parse %s\n", s->dir, s->names[i]);
            s->status = 2;
        }
        tally_add(&s->t, r);
        if (s->save)
            fwrite(res->line, 1, res->len, s->save);
        if (s->cmp)
            corpus_cmp_add(s->cmp, r, i);
    }
    if (res) {
        corpus_rec_free(&res->rec);
        free(res->line);
        free(res->why);
        free(res);
    }
}

int corpus_stat(const char *dir, const corpus_stat_opts *o)
{
    size_t n = 0;
    char **names = corpus_list_inputs(dir, &n);
    if (!names) {
        char why[128];
        fprintf(o->err, "xxgk: %s: %s\n", dir, file_errno_text(errno, o->lang == XXGK_LANG_ZH, why, sizeof why));
        return 2;
    }
    corpus_rec *base = NULL;
    size_t nbase = 0;
    if (o->baseline && !corpus_rec_load(o->baseline, &base, &nbase, o->err)) {
        corpus_list_free(names, n);
        return 2;
    }
    stat_run s = {.dir = dir, .names = names, .o = o};
    s.t.bad = open_memstream(&s.t.badbuf, &s.t.badlen);
    char *tmp = NULL;
    int save_errno = 0;
    if (o->save && !(s.save = corpus_write_open(o->save, &tmp)))
        save_errno = errno;
    if (o->baseline)
        s.cmp = corpus_cmp_new(base, nbase, names, n);
    if (!s.t.bad || (o->baseline && !s.cmp)) {
        fprintf(o->err, "xxgk: %s\n", o->lang == XXGK_LANG_ZH ? "内存不足" : "out of memory");
        if (s.t.bad)
            fclose(s.t.bad);
        free(s.t.badbuf);
        if (s.save) {
            fclose(s.save); /* no run: the file named stays as it was */
            if (tmp)
                remove(tmp);
            free(tmp);
        }
        corpus_cmp_free(s.cmp);
        for (size_t i = 0; i < nbase; i++)
            corpus_rec_free(&base[i]);
        free(base);
        corpus_list_free(names, n);
        return 2;
    }
    uint64_t t0 = corpus_now_ns();
    job_pool j = {n, o->jobs, 0, stat_work, stat_take, &s, 0};
    job_pool_run(&j);
    uint64_t ns = corpus_now_ns() - t0;

    int status = s.status;
    tally_print(o->out, dir, &s.t);
    if (o->timing) {
        size_t bytes = s.t.bytes;
        uint64_t ms = ns / 1000000u, per_ms = (uint64_t)bytes * 1000000u / (ns ? ns : 1);
        fprintf(o->out, "throughput:         %llu bytes/ms (%zu bytes in %llu ms, %d thread(s))\n",
                (unsigned long long)per_ms, bytes, (unsigned long long)ms, o->jobs > 1 ? o->jobs : 1);
    }
    if (o->save) {
        if (!s.save || !corpus_write_close(s.save, tmp, o->save)) {
            char why[128];
            fprintf(o->err, o->lang == XXGK_LANG_ZH ? "xxgk: %s：无法写入：%s\n" : "xxgk: %s: cannot write: %s\n", o->save,
                    file_errno_text(s.save ? errno : save_errno, o->lang == XXGK_LANG_ZH, why, sizeof why));
            status = 2;
        } else {
            fprintf(o->out, "saved:              %s (%zu record(s))\n", o->save, n);
        }
    }
    if (o->baseline) {
        fprintf(o->out, "baseline:           %s (%zu record(s))\n", o->baseline, nbase);
        size_t worse = corpus_cmp_end(s.cmp, o->out);
        if (worse && status == 0)
            status = 1;
    }
    corpus_cmp_free(s.cmp);
    free(s.t.codes);
    free(s.t.badbuf);
    for (size_t i = 0; i < nbase; i++)
        corpus_rec_free(&base[i]);
    free(base);
    corpus_list_free(names, n);
    return status;
}
