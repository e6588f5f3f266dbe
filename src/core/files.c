/* The one file reader (files.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bigmem.h"
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

const char *file_errno_text(int e, bool zh, char *buf, size_t size)
{
    if (zh) {
        switch (e) {
        case ENOENT: return "没有那个文件或目录";
        case EACCES: return "权限不够，无法读取";
        case EPERM: return "不允许的操作";
        case EISDIR: return "是一个目录，不是文件";
        case ENOTDIR: return "路径中有一项不是目录";
        case ENOMEM: return "内存不足";
        case EIO: return "输入/输出错误";
        case ENOSPC: return "磁盘空间不足";
        case EROFS: return "文件系统只读";
        case ENAMETOOLONG: return "文件名过长";
        case ELOOP: return "符号链接层数过多";
        case EMFILE:
        case ENFILE: return "打开的文件过多";
        case EEXIST: return "文件已存在";
        case EFBIG: return "文件过大";
        case EXDEV: return "不能跨文件系统改名";
        case EBUSY: return "设备或资源忙";
        default: break;
        }
    }
    return file_strerror(e, buf, size);
}

/* Read fd to its end into a malloc'd buffer that keeps room for the NUL.
 * A regular file is read whole by one read() into a buffer of its size
 * plus two bytes (the NUL, and the room a document adopting the buffer
 * needs for its line break and sentinel: doc_create_take); a short read
 * of a regular file is its end, so one call and no stdio buffer between. A pipe or a terminal is read in growing
 * pieces until read() returns 0. */
static int read_fd(int fd, const struct stat *st, char **buf, size_t *len)
{
    bool regular = S_ISREG(st->st_mode) && st->st_size > 0;
    size_t cap = regular ? (size_t)st->st_size + 2 : 1 << 16, n = 0;
    char *b = bigmem_alloc(cap);
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
        ssize_t k = read(fd, b + n, cap - n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            int e = errno ? errno : EIO;
            free(b);
            return e;
        }
        n += (size_t)k;
        if (k == 0 || (regular && n < cap))
            break;
    }
    b[n] = 0; /* n < cap: the loop stops before the buffer is full */
    *buf = b;
    *len = n;
    return 0;
}

int file_read(const char *path, bool dash_is_stdin, char **buf, size_t *len)
{
    bool std = dash_is_stdin && strcmp(path, "-") == 0;
    int fd = std ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno ? errno : ENOENT;
    struct stat st;
    int e = fstat(fd, &st) != 0 ? (errno ? errno : EIO)
            : S_ISDIR(st.st_mode) ? EISDIR
                                  : read_fd(fd, &st, buf, len);
    if (!std)
        close(fd);
    return e;
}
