/* A short word found in a text by its last byte (find_word): the words
 * the validator looks for in prose are ideographs, whose last byte, a
 * continuation byte, is one in dozens of a text's where their first is
 * one in a few (E4..E9), and a call of memmem costs more to set up than
 * the search of a clause. One way for check_fold.c (ck_find) and
 * check_consistency.c (holds_char), which had each written it. */
#ifndef XXGK_FIND_H
#define XXGK_FIND_H
#include <stddef.h>
#include <string.h>

/* The offset of the first w (k bytes) in s[0, n), else n; 0 for an empty
 * word. memchr finds the word's last byte and the bytes before it are
 * compared in place; every match is as long as the word, so the first to
 * end is the first. */
static inline size_t find_word(const char *s, size_t n, const char *w, size_t k)
{
    if (k == 0 || k > n)
        return k == 0 ? 0 : n;
    const char *end = s + n;
    for (const char *p = s + k - 1; (p = memchr(p, w[k - 1], (size_t)(end - p))) != NULL; p++) {
        const char *at = p - (k - 1);
        size_t i = 0;
        while (i < k - 1 && at[i] == w[i])
            i++;
        if (i == k - 1)
            return (size_t)(at - s);
    }
    return n;
}
#endif
