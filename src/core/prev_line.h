/* The line before a position, as a word test asks for it: the start of a
 * position's line, and the line above it with its blanks trimmed (a list's
 * header 相关链接： over a title, a label's one word over a lone mark). One
 * way for report.c (under_list_header) and tokens.c (the word over a mark),
 * which had each written it. */
#ifndef XXGK_PREV_LINE_H
#define XXGK_PREV_LINE_H
#include <stdbool.h>
#include <stdint.h>

/* The offset where the line holding pos starts (just after its '\n', or 0). */
static inline uint32_t line_start_at(const uint8_t *src, uint32_t pos)
{
    while (pos > 0 && src[pos - 1] != '\n')
        pos--;
    return pos;
}

/* The line above the one starting at ls, without its leading blanks and
 * TABs nor its trailing blanks, TABs and CR: [*ps, *pe). False when ls
 * starts the text (no line above). */
static inline bool prev_line_trimmed(const uint8_t *src, uint32_t ls, uint32_t *ps, uint32_t *pe)
{
    if (ls == 0)
        return false;
    uint32_t e = ls - 1, s = line_start_at(src, e);
    while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    while (s < e && (src[s] == ' ' || src[s] == '\t'))
        s++;
    *ps = s;
    *pe = e;
    return true;
}

/* The first filled line (more than blanks) above the one holding AT, at
 * most LINES lines up, trimmed as prev_line_trimmed: [*ps, *pe). False
 * when none is within them. */
static inline bool filled_line_above(const uint8_t *src, uint32_t at, int lines, uint32_t *ps, uint32_t *pe)
{
    uint32_t ls = line_start_at(src, at);
    for (int k = 0; k < lines && prev_line_trimmed(src, ls, ps, pe); k++, ls = line_start_at(src, *ps))
        if (*pe > *ps)
            return true;
    return false;
}
#endif
