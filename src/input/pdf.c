/* pdftotext as a child process: an argument vector (no shell), pipes that
 * no other thread's child inherits, a deadline, a cap on its output. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pdf.h"
#include "pdf_int.h"

extern char **environ;

/* a very large PDF, or a slow machine, may need more: the caller says so */
xxgk_pdf_limits xxgk_pdf_limits_of(const xxgk_pdf_options *o)
{
    xxgk_pdf_options d = o ? *o : (xxgk_pdf_options){0};
    return (xxgk_pdf_limits){.seconds = d.seconds ? d.seconds : 60,
                             .max_output = (size_t)(d.max_mib ? d.max_mib : 512) << 20,
                             .program = d.program && *d.program ? d.program : NULL,
                             .tmpdir = d.tmpdir && *d.tmpdir ? d.tmpdir : NULL};
}

static long long now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

/* standard input has no name pdftotext can open: a private copy */
static bool temp_copy(const char *dir, const void *bytes, size_t len, char *name, size_t size)
{
    snprintf(name, size, "%s/xxgk-pdf-XXXXXX", dir ? dir : "/tmp");
    int fd = mkostemp(name, O_CLOEXEC);
    if (fd < 0)
        return false;
    const char *p = bytes;
    for (size_t done = 0; done < len;) {
        ssize_t k = write(fd, p + done, len - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            close(fd);
            unlink(name);
            return false;
        }
        done += (size_t)k;
    }
    close(fd);
    return true;
}

/* the child: stdin from /dev/null, stdout and stderr into the two pipes */
static int spawn(const char *prog, const char *file, int out, int err, pid_t *pid)
{
    char *argv[] = {(char *)prog, "-bbox-layout", "-enc", "UTF-8", (char *)file, "-", NULL};
    posix_spawn_file_actions_t fa;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return ENOMEM;
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out, 1);
    posix_spawn_file_actions_adddup2(&fa, err, 2);
    int r = strchr(prog, '/') ? posix_spawn(pid, prog, &fa, NULL, argv, environ)
                              : posix_spawnp(pid, prog, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    return r;
}

/* read both pipes until they close, the deadline passes or the output
 * passes its cap */
static enum xxgk_pdf_status drain(int out, int err, long long deadline, size_t cap, pdf_buf *xml,
                                  pdf_buf *msg)
{
    struct pollfd fds[2] = {{.fd = out, .events = POLLIN}, {.fd = err, .events = POLLIN}};
    char chunk[65536];
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        long long left = deadline - now_us();
        if (left <= 0)
            return XXGK_PDF_TIMEOUT;
        int k = poll(fds, 2, (int)(left / 1000 + 1));
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return XXGK_PDF_FAILED;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !fds[i].revents)
                continue;
            ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                fds[i].fd = -1;
                continue;
            }
            if (i == 1) {
                if (msg->len < 4096)
                    pdf_buf_put(msg, chunk, (size_t)n);
                continue;
            }
            if (xml->len + (size_t)n > cap)
                return XXGK_PDF_TOO_LARGE;
            pdf_buf_put(xml, chunk, (size_t)n);
            if (xml->failed)
                return XXGK_PDF_NO_MEMORY;
        }
    }
    return XXGK_PDF_OK;
}

/* wait for the child until the deadline: it may close its output and go
 * on running; false when it is still running then */
static bool reap(pid_t pid, long long deadline, int *ws)
{
    for (;;) {
        pid_t r = waitpid(pid, ws, WNOHANG);
        if (r == pid)
            return true;
        if (r < 0 && errno != EINTR)
            return true; /* nothing to wait for (cannot happen) */
        if (now_us() >= deadline)
            return false;
        struct timespec ms = {0, 2000000};
        nanosleep(&ms, NULL);
    }
}

/* pdftotext's last line of complaint (its conclusion, after the
 * warnings), for the message */
static void last_line(const pdf_buf *msg, char *why, size_t size)
{
    if (!size)
        return;
    size_t end = msg->len;
    while (end > 0 && (msg->p[end - 1] == '\n' || msg->p[end - 1] == '\r'))
        end--;
    size_t start = end;
    while (start > 0 && msg->p[start - 1] != '\n')
        start--;
    size_t n = 0;
    for (; start + n < end && n + 1 < size; n++)
        why[n] = msg->p[start + n] == '\t' ? ' ' : msg->p[start + n];
    why[n] = 0;
}

/* run the program on file; its XHTML into *xml */
static enum xxgk_pdf_status run(const xxgk_pdf_limits *lim, const char *file, pdf_buf *xml, char *why,
                                size_t why_size)
{
    const char *prog = lim->program ? lim->program : "pdftotext";
    int po[2], pe[2];
    if (pipe2(po, O_CLOEXEC) != 0)
        return XXGK_PDF_FAILED;
    if (pipe2(pe, O_CLOEXEC) != 0) {
        close(po[0]);
        close(po[1]);
        return XXGK_PDF_FAILED;
    }
    pid_t pid;
    int r = spawn(prog, file, po[1], pe[1], &pid);
    close(po[1]);
    close(pe[1]);
    if (r != 0) {
        close(po[0]);
        close(pe[0]);
        return r == ENOENT || r == EACCES ? XXGK_PDF_MISSING : XXGK_PDF_FAILED;
    }
    pdf_buf msg = {0};
    long long deadline = now_us() + (long long)lim->seconds * 1000000;
    enum xxgk_pdf_status st = drain(po[0], pe[0], deadline, lim->max_output, xml, &msg);
    close(po[0]);
    close(pe[0]);
    int ws = 1 << 8; /* "exit 1" should waitpid fail */
    if (st == XXGK_PDF_OK && !reap(pid, deadline, &ws))
        st = XXGK_PDF_TIMEOUT;
    if (st != XXGK_PDF_OK) {
        kill(pid, SIGKILL);
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
            ;
    }
    /* 127: the program could not be started after all */
    if (st == XXGK_PDF_OK && WIFEXITED(ws) && WEXITSTATUS(ws) == 127)
        st = XXGK_PDF_MISSING;
    else if (st == XXGK_PDF_OK && !(WIFEXITED(ws) && WEXITSTATUS(ws) == 0))
        st = XXGK_PDF_FAILED;
    last_line(&msg, why, why_size);
    free(msg.p);
    return st;
}

enum xxgk_pdf_status xxgk_pdf_extract(const char *path, const void *bytes, size_t len,
                                      const xxgk_pdf_limits *lim, xxgk_pdf_text *out, char *why,
                                      size_t why_size, long long *child_us)
{
    *out = (xxgk_pdf_text){0};
    if (why_size)
        why[0] = 0;
    xxgk_pdf_limits def = xxgk_pdf_limits_of(NULL);
    lim = lim ? lim : &def;
    char tmp[4096];
    bool stdin_copy = strcmp(path, "-") == 0;
    if (stdin_copy && !temp_copy(lim->tmpdir, bytes, len, tmp, sizeof tmp)) {
        snprintf(why, why_size, "cannot write a temporary copy of standard input");
        return XXGK_PDF_FAILED;
    }
    /* a name starting with '-' would read as an option */
    char dotted[4096];
    if (!stdin_copy && path[0] == '-' && snprintf(dotted, sizeof dotted, "./%s", path) < (int)sizeof dotted)
        path = dotted;
    pdf_buf xml = {0};
    long long t0 = now_us();
    enum xxgk_pdf_status st = run(lim, stdin_copy ? tmp : path, &xml, why, why_size);
    if (child_us)
        *child_us = now_us() - t0;
    if (stdin_copy)
        unlink(tmp);
    if (st == XXGK_PDF_OK && !xxgk_pdf_layout(xml.p ? xml.p : "", xml.len, out))
        st = XXGK_PDF_NO_MEMORY;
    free(xml.p);
    /* no word, or only page numbers: the pages are pictures */
    if (st == XXGK_PDF_OK && out->len == 0) {
        size_t pages = out->npages;
        xxgk_pdf_text_free(out);
        out->npages = pages; /* for the message */
        st = XXGK_PDF_NO_TEXT;
    }
    return st;
}
