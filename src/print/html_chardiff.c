/* The characters that changed in a paragraph: a longest common subsequence
 * of code points. Quadratic, so bounded twice: past MAX_CELLS for one pair,
 * or once the page's budget of cells is spent (many long paragraphs), the
 * two texts are shown whole, the old one struck out and the new one
 * inserted. */
#include <stdlib.h>
#include <string.h>

#include "html_page.h"
#include "utf8.h"

enum { MAX_CELLS = 4 << 20 };

/* Byte offset of every code point of s, and one past the last. */
static uint32_t *cp_offsets(const char *s, size_t n, size_t *count)
{
    uint32_t *off = malloc((n + 1) * sizeof *off);
    if (!off)
        return NULL;
    size_t k = 0, i = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        off[k++] = (uint32_t)i;
        i += l ? (size_t)l : 1;
    }
    off[k] = (uint32_t)n;
    *count = k;
    return off;
}

static bool same_cp(const char *a, const uint32_t *oa, size_t i, const char *b, const uint32_t *ob, size_t j)
{
    size_t la = oa[i + 1] - oa[i], lb = ob[j + 1] - ob[j];
    return la == lb && memcmp(a + oa[i], b + ob[j], la) == 0;
}

/* One side: the runs of characters outside the common subsequence wrapped
 * in tag. keep[i] says character i is common. */
static void side(FILE *f, const char *s, const uint32_t *off, size_t n, const bool *keep, const char *tag)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && keep[j] == keep[i])
            j++;
        if (!keep[i])
            fprintf(f, "<%s>", tag);
        html_text(f, s + off[i], off[j] - off[i]);
        if (!keep[i])
            fprintf(f, "</%s>", tag);
        i = j;
    }
}

static void print_pair(FILE *f, const char *a, const uint32_t *oa, size_t na, const bool *ka, const char *b,
                       const uint32_t *ob, size_t nb, const bool *kb, const char *between)
{
    fputs("<span class=\"para old\">", f);
    side(f, a, oa, na, ka, "del");
    fprintf(f, "</span>%s<span class=\"para new\">", between);
    side(f, b, ob, nb, kb, "ins");
    fputs("</span>", f);
}

/* LCS table of suffixes, then one walk from the start marks the common
 * characters. */
static void mark_common(const char *a, const uint32_t *oa, size_t na, const char *b, const uint32_t *ob,
                        size_t nb, uint16_t *t, bool *ka, bool *kb)
{
    size_t w = nb + 1;
    for (size_t i = na + 1; i-- > 0;)
        for (size_t j = nb + 1; j-- > 0;) {
            uint16_t v = 0;
            if (i < na && j < nb) {
                if (same_cp(a, oa, i, b, ob, j))
                    v = (uint16_t)(t[(i + 1) * w + j + 1] + 1);
                else
                    v = t[(i + 1) * w + j] > t[i * w + j + 1] ? t[(i + 1) * w + j] : t[i * w + j + 1];
            }
            t[i * w + j] = v;
        }
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (same_cp(a, oa, i, b, ob, j)) {
            ka[i++] = kb[j++] = true;
        } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) {
            i++;
        } else {
            j++;
        }
    }
}

void html_char_diff(FILE *f, const char *old_text, const char *new_text, const char *between, size_t *budget)
{
    const char *a = old_text ? old_text : "", *b = new_text ? new_text : "";
    size_t na = 0, nb = 0;
    uint32_t *oa = cp_offsets(a, strlen(a), &na), *ob = cp_offsets(b, strlen(b), &nb);
    bool *ka = calloc(na + 1, 1), *kb = calloc(nb + 1, 1);
    uint16_t *t = NULL;
    /* the table's counts fit in 16 bits below 65535 characters a side */
    size_t cells = (na + 1) * (nb + 1);
    if (oa && ob && ka && kb && na < 65535 && nb < 65535 && cells <= MAX_CELLS && cells <= *budget) {
        t = malloc(cells * sizeof *t);
        *budget -= cells;
    }
    if (t)
        mark_common(a, oa, na, b, ob, nb, t, ka, kb);
    if (oa && ob && ka && kb) {
        print_pair(f, a, oa, na, ka, b, ob, nb, kb, between);
    } else {
        fputs("<span class=\"para old\"><del>", f);
        html_str(f, a);
        fprintf(f, "</del></span>%s<span class=\"para new\"><ins>", between);
        html_str(f, b);
        fputs("</ins></span>", f);
    }
    free(t);
    free(oa);
    free(ob);
    free(ka);
    free(kb);
}
