/* xxgk corpus --stat: one summary of a folder of reports that a maintainer
 * can compare between two versions of the grammar. Every count is an
 * integer; the success rate is in per mille. Only the throughput line
 * depends on the machine, and nothing ever asserts it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"

typedef struct job {
    const char *dir;
    char **names;
    corpus_rec *recs;
    bool *trouble;
} job;

static void stat_one(size_t i, void *arg)
{
    job *j = arg;
    corpus_rec *r = &j->recs[i];
    char *path = corpus_path(j->dir, j->names[i]);
    size_t len = 0;
    char *src = path ? corpus_slurp(path, &len) : NULL;
    if (!src || !corpus_rec_fill(r, j->names[i], src, len)) {
        corpus_rec_free(r);
        r->file = strdup(j->names[i]);
        r->status = CORPUS_UNREADABLE;
        j->trouble[i] = true;
    }
    free(src);
    free(path);
}

typedef struct code_count {
    char code[8];
    int severity;
    size_t count, reports;
} code_count;

static int cmp_code(const void *a, const void *b)
{
    return strcmp(((const code_count *)a)->code, ((const code_count *)b)->code);
}

static void summary(FILE *out, const char *dir, const corpus_rec *recs, size_t n)
{
    size_t bytes = 0, clean = 0, errors = 0, unreadable = 0, values = 0, empty = 0, sections = 0;
    size_t per_section[XXGK_SEC__COUNT] = {0};
    code_count *codes = NULL;
    size_t ncodes = 0;
    for (size_t i = 0; i < n; i++) {
        const corpus_rec *r = &recs[i];
        bytes += r->bytes;
        if (r->status == CORPUS_UNREADABLE) {
            unreadable++;
            continue;
        }
        if (r->status == CORPUS_CLEAN)
            clean++;
        else
            errors++;
        for (int s = 1; s < XXGK_SEC__COUNT; s++)
            if (r->sections & (1 << s))
                per_section[s]++, sections++;
        for (size_t k = 0; k < r->ncells; k++)
            if (r->cells[k].value[0])
                values++;
            else
                empty++;
        for (size_t k = 0; k < r->ndiags; k++) {
            const corpus_diagrec *d = &r->diags[k];
            size_t c = 0;
            while (c < ncodes && strcmp(codes[c].code, d->code) != 0)
                c++;
            if (c == ncodes) {
                code_count *nc = realloc(codes, (ncodes + 1) * sizeof *nc);
                if (!nc)
                    continue;
                codes = nc;
                memset(&codes[ncodes], 0, sizeof *codes);
                memcpy(codes[ncodes].code, d->code, sizeof d->code);
                codes[ncodes].severity = d->severity;
                ncodes++;
            }
            codes[c].count++;
            /* count the report once per code */
            bool earlier = false;
            for (size_t e = 0; e < k && !earlier; e++)
                earlier = strcmp(r->diags[e].code, d->code) == 0;
            if (!earlier)
                codes[c].reports++;
        }
    }
    qsort(codes, ncodes, sizeof *codes, cmp_code);
    size_t readable = n - unreadable;
    fprintf(out, "folder:             %s\n", dir);
    fprintf(out, "reports:            %zu (%zu bytes)\n", n, bytes);
    fprintf(out, "clean parses:       %zu\n", clean);
    fprintf(out, "parses with errors: %zu\n", errors);
    if (unreadable)
        fprintf(out, "unreadable:         %zu\n", unreadable);
    if (n) {
        size_t pm = clean * 1000 / n;
        fprintf(out, "success:            %zu per mille (%zu.%zu%%) clean\n", pm, pm / 10, pm % 10);
    } else {
        fputs("success:            n/a (no reports)\n", out);
    }
    fprintf(out, "diagnostics:        %zu code(s)\n", ncodes);
    for (size_t c = 0; c < ncodes; c++) {
        int code = xxgk_code_by_name(codes[c].code);
        fprintf(out, "  %-5s %-8s %-24s %5zu in %zu report(s)\n", codes[c].code,
                xxgk_severity_name(codes[c].severity), code >= 0 ? xxgk_code_slug(code) : "?", codes[c].count,
                codes[c].reports);
    }
    fprintf(out, "sections found:     %zu of %zu (", sections, readable * (XXGK_SEC__COUNT - 1));
    for (int s = 1; s < XXGK_SEC__COUNT; s++)
        fprintf(out, "%s%s %zu", s > 1 ? ", " : "", xxgk_section_key(s), per_section[s]);
    fputs(")\n", out);
    fprintf(out, "cells extracted:    %zu (%zu values, %zu empty)\n", values + empty, values, empty);
    if (errors || unreadable) {
        fputs("reports with errors:\n", out);
        for (size_t i = 0; i < n; i++) {
            const corpus_rec *r = &recs[i];
            if (r->status == CORPUS_UNREADABLE) {
                fprintf(out, "  %s: unreadable\n", r->file);
                continue;
            }
            if (r->status != CORPUS_ERRORS)
                continue;
            const corpus_diagrec *first = NULL;
            for (size_t k = 0; k < r->ndiags && !first; k++)
                if (r->diags[k].severity == XXGK_ERROR)
                    first = &r->diags[k];
            fprintf(out, "  %s: %zu error(s), first %s %u:%u\n", r->file, r->errors, first->code, first->line,
                    first->col);
        }
    }
    free(codes);
}

int corpus_stat(const char *dir, const corpus_stat_opts *o)
{
    size_t n = 0;
    char **names = corpus_list(dir, ".txt", &n);
    if (!names) {
        fprintf(o->err, "xxgk: %s: %s\n", dir, strerror(errno));
        return 2;
    }
    corpus_rec *base = NULL;
    size_t nbase = 0;
    if (o->baseline && !corpus_rec_load(o->baseline, &base, &nbase, o->err)) {
        corpus_list_free(names, n);
        return 2;
    }
    corpus_rec *recs = calloc(n ? n : 1, sizeof *recs);
    bool *trouble = calloc(n ? n : 1, sizeof *trouble);
    if (!recs || !trouble) {
        fprintf(o->err, "xxgk: out of memory\n");
        free(recs);
        free(trouble);
        corpus_list_free(names, n);
        return 2;
    }
    job j = {dir, names, recs, trouble};
    uint64_t t0 = corpus_now_ns();
    corpus_parallel(n, o->jobs, stat_one, &j);
    uint64_t ns = corpus_now_ns() - t0;

    int status = 0;
    for (size_t i = 0; i < n; i++)
        if (trouble[i]) {
            fprintf(o->err, "xxgk: %s: cannot read or parse %s\n", dir, names[i]);
            status = 2;
        }
    summary(o->out, dir, recs, n);
    if (o->timing) {
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++)
            bytes += recs[i].bytes;
        uint64_t ms = ns / 1000000u, per_ms = (uint64_t)bytes * 1000000u / (ns ? ns : 1);
        fprintf(o->out, "throughput:         %llu bytes/ms (%zu bytes in %llu ms, %d thread(s))\n",
                (unsigned long long)per_ms, bytes, (unsigned long long)ms, o->jobs > 1 ? o->jobs : 1);
    }
    if (o->save) {
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (f) {
            for (size_t i = 0; i < n; i++)
                corpus_rec_write(f, &recs[i]);
        }
        if (!f || fclose(f) != 0 || !corpus_write(o->save, buf, len)) {
            fprintf(o->err, "xxgk: %s: cannot write: %s\n", o->save, strerror(errno));
            status = 2;
        } else {
            fprintf(o->out, "saved:              %s (%zu record(s))\n", o->save, n);
        }
        free(buf);
    }
    if (o->baseline) {
        fprintf(o->out, "baseline:           %s (%zu record(s))\n", o->baseline, nbase);
        size_t worse = corpus_baseline_report(o->out, base, nbase, recs, n);
        if (worse && status == 0)
            status = 1;
    }
    for (size_t i = 0; i < n; i++)
        corpus_rec_free(&recs[i]);
    for (size_t i = 0; i < nbase; i++)
        corpus_rec_free(&base[i]);
    free(base);
    free(recs);
    free(trouble);
    corpus_list_free(names, n);
    return status;
}
