/* Tasks on N threads, results in order, through a bounded window
 * (src/core/jobs.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "jobs.h"

typedef struct slot {
    void *result;
    bool done;
} slot;

typedef struct pool {
    job_pool *j;
    size_t window;
    slot *slots;            /* task i is in slots[i % window] */
    pthread_mutex_t lock;
    pthread_cond_t change;  /* a result is done, or one was consumed */
    size_t started, taken;  /* tasks started; tasks consumed (the next to consume) */
    size_t waiting;         /* threads in pthread_cond_wait */
    bool taking;            /* a thread is consuming: takes never overlap */
} pool;

/* Wake the waiting threads, if any, after a change made under the lock,
 * with the lock let go for the broadcast: a thread woken while the waker
 * still holds the lock only blocks on it again. On a loaded 2-vCPU
 * machine the two threads often share one CPU, and the woken one, run at
 * once, went back to sleep in the mutex: two context switches where none
 * was needed (perf's sched_switch: half the voluntary switches of
 * check -j 2 were that __lll_lock_wait). */
static void wake_waiting(pool *p)
{
    if (!p->waiting)
        return;
    pthread_mutex_unlock(&p->lock);
    pthread_cond_broadcast(&p->change);
    pthread_mutex_lock(&p->lock);
}

/* Every thread, the caller too, does whatever is possible: consume the
 * next result when it is done (first, as that frees memory and moves the
 * window), else start a task when the window has room, else wait. No
 * thread is only a consumer, so no result waits for a sleeping consumer
 * to be scheduled: on two busy cores that hand-off cost as much as the
 * work of a small file. */
static void *worker(void *arg)
{
    pool *p = arg;
    job_pool *j = p->j;
    pthread_mutex_lock(&p->lock);
    while (p->taken < j->n) {
        slot *next = &p->slots[p->taken % p->window];
        if (!p->taking && next->done) {
            size_t i = p->taken;
            void *r = next->result;
            p->taking = true;
            pthread_mutex_unlock(&p->lock);
            j->take(i, r, j->ctx);
            pthread_mutex_lock(&p->lock);
            /* the task counts in the window until its result is used and
             * freed: the window bounds the results alive, not just queued */
            *next = (slot){NULL, false};
            p->taken++;
            p->taking = false;
            wake_waiting(p);
        } else if (p->started < j->n && p->started - p->taken < p->window) {
            size_t i = p->started++;
            if (p->started - p->taken > j->peak)
                j->peak = p->started - p->taken;
            pthread_mutex_unlock(&p->lock);
            void *r = j->work(i, j->ctx);
            pthread_mutex_lock(&p->lock);
            p->slots[i % p->window] = (slot){r, true};
            if (i == p->taken)
                wake_waiting(p);
        } else {
            p->waiting++;
            pthread_cond_wait(&p->change, &p->lock);
            p->waiting--;
        }
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void serial(job_pool *j)
{
    for (size_t i = 0; i < j->n; i++)
        j->take(i, j->work(i, j->ctx), j->ctx);
    j->peak = j->n ? 1 : 0;
}

void job_pool_run(job_pool *j)
{
    j->peak = 0;
    size_t threads = j->threads > 1 ? (size_t)j->threads : 1;
    if (threads > j->n)
        threads = j->n;
    if (threads <= 1) {
        serial(j);
        return;
    }
    pool p = {.j = j, .window = j->window ? j->window : 2 * threads};
    p.slots = calloc(p.window, sizeof *p.slots);
    pthread_t *t = calloc(threads - 1, sizeof *t);
    if (!p.slots || !t) {
        free(p.slots);
        free(t);
        serial(j); /* no memory: the same work, one at a time */
        return;
    }
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.change, NULL);
    size_t started = 0;
    while (started + 1 < threads && pthread_create(&t[started], NULL, worker, &p) == 0)
        started++;
    worker(&p); /* the caller works too; alone when no thread could start */
    for (size_t k = 0; k < started; k++)
        pthread_join(t[k], NULL);
    pthread_cond_destroy(&p.change);
    pthread_mutex_destroy(&p.lock);
    free(p.slots);
    free(t);
}

/* ---- per-file output ------------------------------------------------------ */

/* A file's output streams: memory streams, made once and used again for
 * file after file (a memory stream costs ~9,000 instructions to open,
 * more than fflush and a seek back to its start). */
typedef struct buffered {
    job_piece p;
    char *out, *err;
    size_t outlen, errlen;     /* the bytes written: set by fflush */
    bool ok;
    struct buffered *next;     /* in the list of spare ones */
} buffered;

/* The run: the files, and the streams no file is using. */
typedef struct files_run {
    job_files *f;
    pthread_mutex_t lock;      /* of spare: taken by the workers, given back by take */
    buffered *spare;
} files_run;

static void buffered_free(buffered *b)
{
    if (b->p.out)
        fclose(b->p.out);
    if (b->p.err)
        fclose(b->p.err);
    free(b->out);
    free(b->err);
    free(b);
}

/* Streams for the next file: a spare pair emptied by file_take, else new
 * ones; NULL when memory runs out. */
static buffered *buffered_get(files_run *run)
{
    pthread_mutex_lock(&run->lock);
    buffered *b = run->spare;
    if (b)
        run->spare = b->next;
    pthread_mutex_unlock(&run->lock);
    if (b)
        return b;
    b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->p.out = open_memstream(&b->out, &b->outlen);
    b->p.err = open_memstream(&b->err, &b->errlen);
    if (!b->p.out || !b->p.err) {
        buffered_free(b);
        return NULL;
    }
    return b;
}

static void *file_work(size_t i, void *ctx)
{
    files_run *run = ctx;
    buffered *b = buffered_get(run);
    if (!b)
        return NULL;
    run->f->fn(i, &b->p, run->f->ctx);
    /* fflush fixes the buffers' addresses and the lengths written */
    b->ok = fflush(b->p.out) == 0 && fflush(b->p.err) == 0 && !ferror(b->p.out) && !ferror(b->p.err);
    return b;
}

/* b written out, emptied (a seek back to the start: the next file's
 * bytes overwrite, its length is where it ends) and kept for another
 * file; a pair that failed is closed. */
static void buffered_put(files_run *run, buffered *b)
{
    if (!b->ok || fseek(b->p.out, 0, SEEK_SET) != 0 || fseek(b->p.err, 0, SEEK_SET) != 0) {
        buffered_free(b);
        return;
    }
    memset(b->p.count, 0, sizeof b->p.count);
    pthread_mutex_lock(&run->lock);
    b->next = run->spare;
    run->spare = b;
    pthread_mutex_unlock(&run->lock);
}

static void file_take(size_t i, void *result, void *ctx)
{
    files_run *run = ctx;
    job_files *f = run->f;
    buffered *b = result;
    if (!b || !b->ok) {
        fputs("xxgk: out of memory\n", f->err);
        f->lost++;
    } else {
        if (f->before)
            f->before(i, &b->p, f->ctx);
        fwrite(b->out, 1, b->outlen, f->out);
        fwrite(b->err, 1, b->errlen, f->err);
        for (int k = 0; k < CLI_COUNTS; k++)
            f->total[k] += b->p.count[k];
    }
    if (b)
        buffered_put(run, b);
}

void job_files_run(job_files *f)
{
    memset(f->total, 0, sizeof f->total);
    f->lost = 0;
    f->peak = 0;
    if (f->threads <= 1) {
        for (size_t i = 0; i < f->n; i++) {
            job_piece p = {f->out, f->err, true, {0}};
            f->fn(i, &p, f->ctx);
            for (int k = 0; k < CLI_COUNTS; k++)
                f->total[k] += p.count[k];
        }
        f->peak = f->n ? 1 : 0;
        return;
    }
    files_run run = {.f = f, .spare = NULL};
    pthread_mutex_init(&run.lock, NULL);
    job_pool j = {f->n, f->threads, 0, file_work, file_take, &run, 0};
    job_pool_run(&j);
    f->peak = j.peak;
    while (run.spare) {
        buffered *b = run.spare;
        run.spare = b->next;
        buffered_free(b);
    }
    pthread_mutex_destroy(&run.lock);
}
