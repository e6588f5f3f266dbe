/* Work on N threads, results consumed in input order (xxgk check -j N,
 * xxgk export -j N, xxgk corpus -j N).
 *
 * The threads (the caller and N-1 more) start tasks 0, 1, 2, … in turn,
 * and each result is consumed strictly in task order, one at a time, by
 * whichever thread finds it next in line. At most `window` tasks are ever
 * started and not yet consumed, so however many tasks there are, at most
 * `window` results are alive at once: memory depends on the largest
 * results, not on how many there are. No global state: everything is in
 * the struct. */
#ifndef XXGK_CLI_JOBS_H
#define XXGK_CLI_JOBS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct job_pool {
    size_t n;       /* tasks 0 .. n-1 */
    int threads;    /* threads, the caller included; <= 1 runs every task on the caller */
    size_t window;  /* most tasks started and not yet consumed; 0 means 2 * threads */
    /* on any thread, concurrently: do task i and return its result (NULL is a result) */
    void *(*work)(size_t i, void *ctx);
    /* for i = 0, 1, … in order, never two at once, on any of the threads
     * (each take sees what the earlier ones did): use and free the result */
    void (*take)(size_t i, void *result, void *ctx);
    void *ctx;
    size_t peak;    /* out: the most tasks that were started and not consumed at once */
} job_pool;

/* Run every task. Falls back to the calling thread alone when no thread
 * can be started. */
void job_pool_run(job_pool *j);

/* ---- per-file output in input order ------------------------------------ */

enum { CLI_COUNTS = 6 };

/* What one file printed and counted. */
typedef struct job_piece {
    FILE *out, *err;           /* where the file's output goes */
    bool direct;               /* out and err are the final streams, files run in order on the
                                * calling thread (one thread): running state may live in ctx */
    size_t count[CLI_COUNTS];  /* tallies for the command, summed over the files */
} job_piece;

typedef struct job_files {
    size_t n;
    int threads;
    /* print file i's output to p->out and p->err and count into p->count */
    void (*fn)(size_t i, job_piece *p, void *ctx);
    /* when not direct: in order, never two at once (as job_pool.take),
     * just before piece i is written out (e.g. a separator that depends on
     * earlier files) */
    void (*before)(size_t i, const job_piece *p, void *ctx);
    void *ctx;
    FILE *out, *err;           /* the final streams */
    size_t total[CLI_COUNTS];  /* out: the sums of count[] */
    size_t lost;               /* out: files whose output buffers could not be made (no memory) */
    size_t peak;               /* out: as job_pool.peak */
} job_files;

/* Run fn for files 0 .. n-1 on f->threads threads. With one thread fn
 * writes straight to f->out and f->err; with more, each file's output is
 * kept in memory buffers and written strictly in file order, so the output
 * is byte for byte that of one thread. */
void job_files_run(job_files *f);
#endif
