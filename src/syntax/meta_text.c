/* Text for agency, year and date: code points without spaces, folded for
 * matching, with their byte offsets for locations. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "meta.h"
#include "numerals.h"
#include "utf8.h"

mt_text *mt_new(void) { return malloc(sizeof(mt_text)); }

bool mt_cjk(uint32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

static bool dropped(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || cp == '\r';
}

/* Spaces dropped; a line break only starts a line (titles are broken
 * across lines at any point, so their pieces join). */
void mt_load(mt_text *t, const uint8_t *src, uint32_t s, uint32_t e)
{
    t->src = src;
    t->n = 0;
    t->nlines = 1;
    t->line[0] = 0;
    t->off[0] = s;
    bool bol = false;
    int depth = 0;
    for (uint32_t i = s; i < e && t->n < MT_MAX;) {
        uint32_t cp;
        int l = utf8_decode(src + i, e - i, &cp);
        uint32_t at = i;
        i += l ? (uint32_t)l : 1;
        if (!l)
            cp = 0xFFFD;
        if (cp == '\n') {
            bol = true;
            continue;
        }
        if (dropped(cp))
            continue;
        if (bol && t->n > 0 && t->nlines < MT_LINES && t->line[t->nlines - 1] < t->n)
            t->line[t->nlines++] = t->n;
        bol = false;
        if (cp == 0x300A || cp == 0x3008) /* 《 〈 */
            depth++;
        t->book[t->n] = depth > 0;
        if ((cp == 0x300B || cp == 0x3009) && depth > 0)
            depth--;
        t->cp[t->n] = cp;
        uint32_t f = diff_fold_cp(cp);
        t->f[t->n] = f ? f : cp;
        t->off[t->n] = at;
        t->off[++t->n] = i;
    }
}

int mt_len(const char *needle)
{
    int n = 0;
    for (const uint8_t *p = (const uint8_t *)needle; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return n;
}

bool mt_at(const mt_text *t, int i, const char *needle)
{
    const uint8_t *p = (const uint8_t *)needle;
    size_t n = strlen(needle);
    while (n) {
        uint32_t cp;
        int l = utf8_decode(p, n, &cp);
        if (!l || i >= t->n || t->f[i] != cp)
            return false;
        p += l;
        n -= (size_t)l;
        i++;
    }
    return true;
}

int mt_find(const mt_text *t, int from, int to, const char *needle)
{
    int k = mt_len(needle);
    for (int i = from < 0 ? 0 : from; i + k <= to && i + k <= t->n; i++)
        if (mt_at(t, i, needle))
            return i;
    return -1;
}

/* A year is four digits (ASCII, full-width or 〇一二…) from 1990 to 2100,
 * not part of a longer run of digits. */
int mt_year(const mt_text *t, int from, int to, int *at, int *end)
{
    if (to > t->n)
        to = t->n;
    int i = from < 0 ? 0 : from;
    while (i < to) {
        int j = i, v = 0;
        while (j < to) {
            int d = numeral_digit(t->cp[j]);
            if (d < 0 || d > 9)
                break;
            v = v * 10 + d;
            j++;
        }
        if (j - i == 4 && v >= 1990 && v <= 2100) {
            if (at)
                *at = i;
            if (end)
                *end = j;
            return v;
        }
        i = j > i ? j : i + 1;
    }
    return 0;
}
