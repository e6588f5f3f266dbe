/* bench/gen: make a large benchmark corpus, or one pathological file.
 *
 *   gen corpus OUTDIR COUNT[:MINBYTES] SRC.txt...   reports r000000.txt …
 *        made from the sources in turn, every table value multiplied by a
 *        factor k = 1 + (i mod 97): sums, subtotals and totals of a
 *        consistent report stay consistent, and no two neighbouring reports
 *        share their numbers. At least COUNT reports, and more until they
 *        hold MINBYTES bytes.
 *   gen read FILE...                     read every file into one reused
 *        buffer with open/read/close: the I/O floor of any reader
 *   gen repeat OUT COUNT SRC.txt         SRC COUNT times in one file
 *   gen oneline OUT BYTES SRC.txt        SRC with its line breaks turned into
 *        spaces and repeated to BYTES: one line of BYTES bytes
 *   gen findings OUT BYTES SRC.txt       as oneline, with a control byte
 *        (a finding, L003) every 500 bytes: diagnostics far into one line
 *   gen prose OUT COUNT SRC.txt          SRC with COUNT paragraphs added to
 *        section 一 (after its heading line): the prose rules' shape
 *   gen numbers OUT COUNT SRC.txt        SRC with COUNT more numbers in one
 *        row of its first table (every one a cell too many)
 *   gen headings OUT COUNT SRC.txt       SRC with COUNT numbered sub-headings
 *        and paragraphs appended to its last section
 *   gen strayrun OUT COUNT SRC.txt       SRC with a cell of COUNT times 1#
 *        then 1. on its first line with a TAB: a run of digits and stray
 *        marks that no cell's end follows (quadratic in the lexer's
 *        rescans of it until s76/quad76)
 *   gen cellrows OUT COUNT SRC.txt       SRC with COUNT rows of table 二
 *        printed one cell a line, the last two digit runs (1 2), after its
 *        line that starts 规章: each a glued row kept to the table's end
 *        (issue 16: 7 KB a row, 131 MB for 12,000, until stop 61)
 *
 * Table values are the cells of lines holding a TAB or '|': a cell that is
 * only an optional sign and digits (with an optional fraction) is scaled
 * exactly, digit by digit; anything else is copied. In prose, counts
 * written as digits before 件 are scaled alike, so that what the text
 * states still agrees with the tables. No floating point. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    size_t cap = 1 << 16, n = 0, k;
    char *b = malloc(cap);
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    if (!b) {
        fputs("gen: out of memory\n", stderr);
        exit(2);
    }
    *len = n;
    return b;
}

static FILE *create(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    return f;
}

/* Write the decimal digits s[0..n) (an optional '.' among them) times k. */
static void put_scaled(FILE *f, const char *s, size_t n, unsigned k)
{
    char digits[128], out[160];
    size_t nd = 0, frac = 0;
    bool seen_dot = false;
    for (size_t i = 0; i < n && nd < sizeof digits; i++) {
        if (s[i] == '.') {
            seen_dot = true;
            continue;
        }
        digits[nd++] = s[i];
        frac += seen_dot;
    }
    /* schoolbook multiplication, least significant digit first */
    size_t no = 0;
    unsigned carry = 0;
    for (size_t i = nd; i-- > 0;) {
        unsigned v = (unsigned)(digits[i] - '0') * k + carry;
        out[no++] = (char)('0' + v % 10);
        carry = v / 10;
    }
    while (carry) {
        out[no++] = (char)('0' + carry % 10);
        carry /= 10;
    }
    while (no <= frac) /* keep a leading 0 before the point */
        out[no++] = '0';
    /* drop leading zeros of the integer part, keep one */
    while (no > frac + 1 && out[no - 1] == '0')
        no--;
    for (size_t i = no; i-- > 0;) {
        fputc(out[i], f);
        if (i == frac && frac > 0)
            fputc('.', f);
    }
}

static bool is_number_cell(const char *s, size_t n)
{
    size_t i = 0, digits = 0, dots = 0;
    if (i < n && s[i] == '-')
        i++;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == '.' && digits > 0 && dots == 0)
            dots++;
        else
            return false;
    }
    return digits > 0 && digits < 60 && s[n - 1] != '.';
}

/* Copy src to f with every table value multiplied by k. */
static void put_report(FILE *f, const char *src, size_t len, unsigned k)
{
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && src[e] != '\n')
            e++;
        bool table = memchr(src + i, '\t', e - i) || memchr(src + i, '|', e - i);
        if (k == 1) {
            fwrite(src + i, 1, e - i, f);
        } else if (!table) {
            /* prose states counts too (受理申请3119件): scale a run of digits
             * followed by 件 so the text still agrees with the tables */
            size_t c = i;
            while (c < e) {
                if (src[c] >= '0' && src[c] <= '9' && (c == i || src[c - 1] < '0' || src[c - 1] > '9')) {
                    size_t d = c;
                    while (d < e && src[d] >= '0' && src[d] <= '9')
                        d++;
                    size_t u = d; /* 件 may follow a line break */
                    while (u < len && (src[u] == ' ' || src[u] == '\r' || src[u] == '\n'))
                        u++;
                    if (len - u >= 3 && memcmp(src + u, "\xE4\xBB\xB6", 3) == 0) /* 件 */
                        put_scaled(f, src + c, d - c, k);
                    else
                        fwrite(src + c, 1, d - c, f);
                    c = d;
                } else {
                    fputc(src[c++], f);
                }
            }
        } else {
            size_t c = i;
            while (c < e) {
                size_t d = c;
                while (d < e && src[d] != '\t' && src[d] != '|')
                    d++;
                /* the cell without surrounding spaces and CR */
                size_t a = c, b = d;
                while (a < b && src[a] == ' ')
                    a++;
                while (b > a && (src[b - 1] == ' ' || src[b - 1] == '\r'))
                    b--;
                if (is_number_cell(src + a, b - a)) {
                    fwrite(src + c, 1, a - c, f);
                    if (src[a] == '-') {
                        fputc('-', f);
                        a++;
                    }
                    put_scaled(f, src + a, b - a, k);
                    fwrite(src + b, 1, d - b, f);
                } else {
                    fwrite(src + c, 1, d - c, f);
                }
                if (d < e)
                    fputc(src[d], f);
                c = d + 1;
            }
        }
        if (e < len)
            fputc('\n', f);
        i = e + 1;
    }
}

/* After the first line holding a TAB, COUNT copies of MODE's unit on it:
 * numbers "\t0".."\t999"; blankrun "| " then " \t" (one run of blanks with
 * a TAB in every other byte) then x; tabrun "\t3" then TABs then a box
 * bar; strayrun "\t" then "1#" then "1.". The last three were quadratic in
 * their runs (issue 16; s76/quad76). */
static void put_in_tab_line(FILE *f, const char *s, size_t len, const char *mode, unsigned long count)
{
    const char *tab = memchr(s, '\t', len);
    size_t at = len;
    if (tab) {
        const char *nl = memchr(tab, '\n', len - (size_t)(tab - s));
        at = nl ? (size_t)(nl - s) : len;
        if (at > 0 && s[at - 1] == '\r')
            at--;
    }
    fwrite(s, 1, at, f);
    bool blank = strcmp(mode, "blankrun") == 0, tabs = strcmp(mode, "tabrun") == 0;
    bool stray = strcmp(mode, "strayrun") == 0;
    fputs(blank ? "| " : tabs ? "\t3" : stray ? "\t" : "", f);
    for (unsigned long i = 0; i < count; i++) {
        if (blank)
            fputs(" \t", f);
        else if (tabs)
            fputc('\t', f);
        else if (stray)
            fputs("1#", f);
        else
            fprintf(f, "\t%lu", i % 1000);
    }
    fputs(blank ? "x" : tabs ? "\xe2\x94\x82" : stray ? "1." : "", f);
    fwrite(s + at, 1, len - at, f);
}

/* The offset after the first line of S that starts with PREFIX (its end
 * when none). */
static size_t line_after(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i + n <= len; i++) {
        if ((i > 0 && s[i - 1] != '\n') || memcmp(s + i, prefix, n) != 0)
            continue;
        const char *nl = memchr(s + i, '\n', len - i);
        return nl ? (size_t)(nl - s) + 1 : len;
    }
    return len;
}

static unsigned long count_arg(const char *s, unsigned long long *min_bytes)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (min_bytes && *end == ':')
        *min_bytes = strtoull(end + 1, &end, 10);
    if (*end || v == 0) {
        fprintf(stderr, "gen: bad count '%s'\n", s);
        exit(2);
    }
    return v;
}

/* The floor: what reading the files costs, with nothing else done. */
static int read_all(int n, char **files)
{
    static char buf[1 << 20];
    unsigned long long total = 0;
    for (int i = 0; i < n; i++) {
        int fd = open(files[i], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "gen: %s: %s\n", files[i], strerror(errno));
            return 2;
        }
        ssize_t k;
        while ((k = read(fd, buf, sizeof buf)) > 0)
            total += (unsigned long long)k;
        close(fd);
    }
    printf("%llu bytes\n", total);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "read") == 0)
        return read_all(argc - 2, argv + 2);
    if (argc < 5) {
        fputs("usage: gen corpus|repeat|oneline|findings|prose|numbers|blankrun|tabrun|strayrun|headings|cellrows|appealwords OUT COUNT SRC...\n",
              stderr);
        return 2;
    }
    const char *mode = argv[1], *out = argv[2];
    unsigned long long min_bytes = 0;
    unsigned long count = count_arg(argv[3], strcmp(mode, "corpus") == 0 ? &min_bytes : NULL);
    int nsrc = argc - 4;
    char **src = calloc((size_t)nsrc, sizeof *src);
    size_t *len = calloc((size_t)nsrc, sizeof *len);
    for (int i = 0; i < nsrc; i++)
        src[i] = slurp(argv[4 + i], &len[i]);

    if (strcmp(mode, "corpus") == 0) {
        char path[4096];
        unsigned long long bytes = 0;
        for (unsigned long i = 0; i < count || bytes < min_bytes; i++) {
            snprintf(path, sizeof path, "%s/r%06lu.txt", out, i);
            FILE *f = create(path);
            put_report(f, src[i % (unsigned long)nsrc], len[i % (unsigned long)nsrc],
                       1 + (unsigned)(i % 97));
            bytes += (unsigned long long)ftell(f);
            fclose(f);
        }
        printf("%llu bytes\n", bytes);
    } else if (strcmp(mode, "repeat") == 0) {
        FILE *f = create(out);
        for (unsigned long i = 0; i < count; i++)
            put_report(f, src[0], len[0], 1 + (unsigned)(i % 97));
        fclose(f);
    } else if (strcmp(mode, "oneline") == 0) {
        FILE *f = create(out);
        unsigned long written = 0;
        while (written < count) {
            for (size_t i = 0; i < len[0] && written < count; i++, written++)
                fputc(src[0][i] == '\n' || src[0][i] == '\r' ? ' ' : src[0][i], f);
        }
        fputc('\n', f);
        fclose(f);
    } else if (strcmp(mode, "findings") == 0) {
        FILE *f = create(out);
        unsigned long written = 0;
        while (written < count) {
            for (size_t i = 0; i < len[0] && written < count; i++, written++) {
                /* on a character boundary about every 500 bytes */
                bool lead = ((unsigned char)src[0][i] & 0xC0) != 0x80;
                if (lead && written % 500 < 4 && written >= 4)
                    fputc(0x01, f);
                fputc(src[0][i] == '\n' || src[0][i] == '\r' ? ' ' : src[0][i], f);
            }
        }
        fputc('\n', f);
        fclose(f);
    } else if (strcmp(mode, "prose") == 0) {
        /* after the line that starts with 一、 */
        FILE *f = create(out);
        const char *s = src[0], *h = NULL;
        for (const char *p = s; p < s + len[0]; p++)
            if ((p == s || p[-1] == '\n') && (size_t)(s + len[0] - p) >= 6 && memcmp(p, "一、", 6) == 0) {
                h = p;
                break;
            }
        size_t at = len[0];
        if (h) {
            const char *nl = memchr(h, '\n', len[0] - (size_t)(h - s));
            at = nl ? (size_t)(nl - s) + 1 : len[0];
        }
        fwrite(s, 1, at, f);
        for (unsigned long i = 0; i < count; i++)
            fprintf(f, "第%lu段：本机关持续推进政务公开工作，这是一段普通的文字内容。\n\n", i + 1);
        fwrite(s + at, 1, len[0] - at, f);
        fclose(f);
    } else if (strcmp(mode, "numbers") == 0 || strcmp(mode, "blankrun") == 0 || strcmp(mode, "tabrun") == 0 ||
               strcmp(mode, "strayrun") == 0) {
        FILE *f = create(out);
        put_in_tab_line(f, src[0], len[0], mode, count);
        fclose(f);
    } else if (strcmp(mode, "headings") == 0) {
        FILE *f = create(out);
        fwrite(src[0], 1, len[0], f);
        if (len[0] && src[0][len[0] - 1] != '\n')
            fputc('\n', f);
        for (unsigned long i = 0; i < count; i++)
            fprintf(f, "%lu. 第%lu项改进措施\n本项工作按计划推进，已完成。\n", i % 99 + 1, i + 1);
        fclose(f);
    } else if (strcmp(mode, "cellrows") == 0) {
        FILE *f = create(out);
        size_t at = line_after(src[0], len[0], "规章");
        fwrite(src[0], 1, at, f);
        for (unsigned long i = 0; i < count; i++)
            fputs("行政规范性文件\n3\n1\n1 2\n", f);
        fwrite(src[0] + at, 1, len[0] - at, f);
        fclose(f);
    } else if (strcmp(mode, "appealwords") == 0) {
        /* after table 四's heading, a TAB line of a number and COUNT
         * pairs of a word and a number (pieces of a cut title among the
         * cells, as pdftotext prints them): each word asked the row's
         * count of numbers, once a walk over the values before it
         * (issue 16) */
        FILE *f = create(out);
        size_t at = line_after(src[0], len[0], "四、政府信息公开行政");
        fwrite(src[0], 1, at, f);
        fputs("1", f);
        for (unsigned long i = 0; i < count; i++)
            fputs("\t结果\t1", f);
        fputc('\n', f);
        fwrite(src[0] + at, 1, len[0] - at, f);
        fclose(f);
    } else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    for (int i = 0; i < nsrc; i++)
        free(src[i]);
    free(src);
    free(len);
    return 0;
}
