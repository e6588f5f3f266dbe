/* Run-time side of the label table: entries, script folding, fragments. */
#include <string.h>

#include "lex.h"
#include "utf8.h"
#include "labels_data.h"

const struct label_entry *label_entry_at(int i) { return &label_entries[i]; }
int label_count(void) { return LABEL_COUNT; }

int label_for_table(int match, int table)
{
    for (int i = match; i >= 0; i = label_entries[i].next_same)
        if (label_entries[i].table == table)
            return i;
    return -1;
}

/* fold_table by binary search; 0 when cp is not in it */
static uint32_t fold_lookup(uint32_t cp)
{
    size_t lo = 0, hi = sizeof fold_table / sizeof fold_table[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fold_table[mid][0] == cp)
            return fold_table[mid][1];
        if (fold_table[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

uint32_t label_fold_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp;
    /* the filter spares most characters the search */
    if (fold_filter[(cp & 4095) >> 6] >> (cp & 63) & 1) {
        uint32_t to = fold_lookup(cp);
        if (to)
            return to;
    }
    switch (cp) {
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0x3001: case 0xFF0E: return '.';
    case 0xFF0C: return ',';
    case 0xFF1A: return ':';
    case 0x201C: case 0x201D: case 0x300C: case 0x300D: return '"';
    case 0xFF0F: return '/';
    case 0xFF1B: return ';';
    }
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return '0' + (cp - 0xFF10);
    return cp;
}

size_t label_fold(const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp);
        if (!l) {
            i++;
            continue;
        }
        i += (size_t)l;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == '?' ||
            cp == 0xFF1F || cp == '|')
            continue;
        cp = label_fold_cp(cp);
        char buf[4];
        int k;
        if (cp < 0x80) { buf[0] = (char)cp; k = 1; }
        else if (cp < 0x800) { buf[0] = (char)(0xC0 | (cp >> 6)); buf[1] = (char)(0x80 | (cp & 0x3F)); k = 2; }
        else if (cp < 0x10000) {
            buf[0] = (char)(0xE0 | (cp >> 12)); buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = (char)(0x80 | (cp & 0x3F)); k = 3;
        } else {
            buf[0] = (char)(0xF0 | (cp >> 18)); buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[3] = (char)(0x80 | (cp & 0x3F)); k = 4;
        }
        if (o + (size_t)k >= cap)
            break;
        memcpy(out + o, buf, (size_t)k);
        o += (size_t)k;
    }
    out[o] = 0;
    return o;
}

bool label_is_fragment(const char *folded, size_t n)
{
    if (n == 0)
        return true;
    /* memmem over a few kilobytes: fragments are rare (PDF layouts only) */
    return memmem(label_corpus, sizeof label_corpus - 1, folded, n) != NULL;
}

int label_keyword_heading(const char *folded)
{
    for (size_t i = 0; i < sizeof keyword_headings / sizeof keyword_headings[0]; i++) {
        const char *from = folded;
        int j;
        for (j = 0; j < 4 && keyword_headings[i].kw[j]; j++) {
            const char *q = strstr(from, keyword_headings[i].kw[j]);
            if (!q)
                break;
            from = q + strlen(keyword_headings[i].kw[j]);
        }
        if (j == 4 || !keyword_headings[i].kw[j])
            return keyword_headings[i].entry;
    }
    return -1;
}
