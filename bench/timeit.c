/* bench/timeit: run a command R times with its output thrown away; print
 * the best wall time in seconds, the peak resident memory of the command in
 * KiB (the largest ru_maxrss over the runs, from wait4), and its last exit
 * status:
 *   timeit R CMD ARG...   ->   "0.8123 51234 1"
 * Several commands separated by ::: are run in turns, round after round
 * (A B C, A B C, ...), a line each in their order: on a machine whose speed
 * drifts (a shared virtual machine), the commands a ratio compares then
 * see the same moments, not one the fast minute and the other the slow.
 *   timeit R CMD1 ARG... ::: CMD2 ARG...   ->   two lines
 * The benchmark's only clock; no test ever uses it. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct timed {
    char **argv;  /* the command, NULL-terminated */
    double best;  /* -1 until run */
    long peak;
    int status;
} timed;

/* One run of t's command, its output to /dev/null; false when it cannot
 * be started or waited for. */
static int run_once(timed *t)
{
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    pid_t pid = fork();
    if (pid < 0) {
        perror("timeit: fork");
        return 0;
    }
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        dup2(fd, 1);
        dup2(fd, 2);
        execvp(t->argv[0], t->argv);
        _exit(127);
    }
    int ws;
    struct rusage ru;
    if (wait4(pid, &ws, 0, &ru) < 0) {
        perror("timeit: wait4");
        return 0;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    if (t->best < 0 || s < t->best)
        t->best = s;
    if (ru.ru_maxrss > t->peak)
        t->peak = ru.ru_maxrss;
    t->status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: timeit RUNS CMD ARG... [::: CMD ARG...]...\n", stderr);
        return 2;
    }
    int runs = atoi(argv[1]);
    timed *cmds = calloc((size_t)argc, sizeof *cmds);
    if (!cmds)
        return 2;
    int n = 0;
    cmds[n++] = (timed){argv + 2, -1, 0, 0};
    for (int i = 2; i < argc; i++)
        if (strcmp(argv[i], ":::") == 0) {
            argv[i] = NULL; /* ends the command before it */
            if (i + 1 >= argc) {
                fputs("timeit: no command after :::\n", stderr);
                return 2;
            }
            cmds[n++] = (timed){argv + i + 1, -1, 0, 0};
        }
    for (int r = 0; r < (runs > 0 ? runs : 1); r++)
        for (int c = 0; c < n; c++)
            if (!run_once(&cmds[c]))
                return 2;
    for (int c = 0; c < n; c++)
        printf("%.4f %ld %d\n", cmds[c].best, cmds[c].peak, cmds[c].status);
    free(cmds);
    return 0;
}
