/* Appending to a line formatted in a buffer, for the printers that write
 * a record per cell (export, the tree): text, and unsigned numbers in
 * decimal. The caller's buffer has room for what it appends. */
#ifndef XXGK_PUT_H
#define XXGK_PUT_H
#include <string.h>

static inline char *put(char *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o, s, n);
    return o + n;
}

static inline char *put_uint(char *o, unsigned v)
{
    char d[12];
    int n = 0;
    do
        d[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    while (n)
        *o++ = d[--n];
    return o;
}
#endif
