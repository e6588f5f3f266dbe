/* The one file reader (files.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "files.h"
#include "vec.h"

/* strerror_r is the XSI one (returns int, fills buf) or the GNU one
 * (returns the text, not always in buf), depending on the libc and the
 * feature macros: _Generic on its type picks the right reading. */
static const char *gnu_text(char *r, char *buf)
{
    (void)buf;
    return r;
}

static const char *xsi_text(int r, char *buf)
{
    return r == 0 ? buf : "unknown error";
}

const char *file_strerror(int e, char *buf, size_t size)
{
    /* strerror may share one buffer between threads; the files of
     * check -j and export -j are read on worker threads */
    return _Generic(strerror_r(e, buf, size), char *: gnu_text, default: xsi_text)(strerror_r(e, buf, size),
                                                                                   buf);
}

/* The first buffer: the whole of a regular file and its NUL at once. */
static size_t first_cap(FILE *f)
{
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        return (size_t)st.st_size + 1;
    return 1 << 16;
}

static bool is_dir(FILE *f)
{
    struct stat st;
    return fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode);
}

/* Read f to its end; the buffer keeps room for the NUL. */
static int read_all(FILE *f, char **buf, size_t *len)
{
    size_t cap = first_cap(f), n = 0;
    char *b = malloc(cap);
    if (!b)
        return ENOMEM;
    for (;;) {
        if (n == cap && cap > ((size_t)4 << 30)) {
            free(b);
            return EFBIG;
        }
        if (!vec_reserve(&b, n, &cap, 1)) { /* doubles when full */
            free(b);
            return ENOMEM;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(b);
        return e;
    }
    b[n] = 0; /* n < cap: the last fread found room and read nothing */
    *buf = b;
    *len = n;
    return 0;
}

int file_read(const char *path, bool dash_is_stdin, char **buf, size_t *len)
{
    bool std = dash_is_stdin && strcmp(path, "-") == 0;
    FILE *f = std ? stdin : fopen(path, "rb");
    if (!f)
        return errno ? errno : ENOENT;
    int e = is_dir(f) ? EISDIR : (errno = 0, read_all(f, buf, len));
    if (!std)
        fclose(f);
    return e;
}
