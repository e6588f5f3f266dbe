/* JSON and CSV escaping (src/print/textout.c): a stream escapes a long
 * text a piece at a time, and a record's fields into a buffer; both give
 * byte for byte what escaping the whole text one byte at a time gives (the
 * reference below, the printers' rules written plainly), for texts of
 * every kind of byte and sequence cut at every place around the pieces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "testutil.h"

/* The rules, a byte at a time. */
static void ref_json(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (c < 0x20 || c == 0x7F)
                fprintf(f, "\\u%04x", c);
            else if (c >= 0x80) {
                int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
                int ok = n && i + (size_t)n <= len;
                for (int k = 1; ok && k < n; k++)
                    ok = ((unsigned char)s[i + (size_t)k] & 0xC0) == 0x80;
                if (ok) {
                    fwrite(s + i, 1, (size_t)n, f);
                    i += (size_t)n - 1;
                } else {
                    fputs("\\ufffd", f);
                }
            } else {
                fputc(c, f);
            }
        }
    }
    fputc('"', f);
}

static void ref_csv(FILE *f, const char *s, size_t len)
{
    int quote = 0;
    for (size_t i = 0; i < len; i++)
        quote |= s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        fwrite(s, 1, len, f);
        return;
    }
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            fputc('"', f);
        fputc(s[i], f);
    }
    fputc('"', f);
}

typedef void (*to_stream)(FILE *f, const char *s, size_t len);
typedef char *(*to_buffer)(char *o, const char *s, size_t len);

/* The stream's and the buffer's output against the reference's. */
static void same_as_ref(const char *s, size_t len, to_stream ref, to_stream stream, to_buffer buffer, size_t per_byte)
{
    char *want = NULL, *got = NULL;
    size_t nwant = 0, ngot = 0;
    FILE *f = open_memstream(&want, &nwant);
    ref(f, s, len);
    fclose(f);
    f = open_memstream(&got, &ngot);
    stream(f, s, len);
    fclose(f);
    assert_int_equal(ngot, nwant);
    assert_memory_equal(got, want, nwant);
    char *b = malloc(per_byte * len + 2);
    assert_non_null(b);
    size_t nb = (size_t)(buffer(b, s, len) - b);
    assert_int_equal(nb, nwant);
    assert_memory_equal(b, want, nwant);
    free(b);
    free(want);
    free(got);
}

/* A text of the bytes a report and a damaged file hold: ideographs, the
 * sequences of two and four bytes, sequences cut short, stray continuation
 * bytes, overlong leads, quotes, commas, backslashes, controls, ASCII. */
static size_t random_text(char *s, size_t len, unsigned *seed)
{
    static const char *const parts[] = {"中", "国", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE4\xB8", "\xF0\x9F", "\x80",
                                        "\xBF\xBF", "\xC0\xAF", "\xFF", "\"", ",", "\\", "\n", "\r", "\t", "\x01",
                                        "\x7F", "a", "7", " ", "=", "'"};
    size_t n = 0;
    while (n + 4 < len) {
        *seed = *seed * 1103515245u + 12345u;
        const char *p = parts[(*seed >> 16) % (sizeof parts / sizeof *parts)];
        size_t k = strlen(p);
        memcpy(s + n, p, k);
        n += k;
    }
    return n;
}

static void test_random_texts(void **state)
{
    (void)state;
    static char s[4096];
    unsigned seed = 1;
    for (int round = 0; round < 3000; round++) {
        size_t len = random_text(s, 1 + (size_t)round % 1700, &seed);
        same_as_ref(s, len, ref_json, xxgk_json_string, xxgk_put_json_string, 6);
        same_as_ref(s, len, ref_csv, xxgk_csv_field, xxgk_put_csv_field, 2);
    }
}

/* A sequence, whole or cut short, standing across the end of each piece
 * of a stream (512 bytes): each place from a few bytes before to a few
 * after. */
static void test_sequences_across_pieces(void **state)
{
    (void)state;
    static const char *const seqs[] = {"中", "\xE4\xB8", "\xF0\x9F\x98\x80", "\xF0\x9F\x98", "\xC3\xA9", "\xC3",
                                       "\x80\x80\x80\x80", "\""};
    static char s[2048];
    for (size_t q = 0; q < sizeof seqs / sizeof *seqs; q++)
        for (size_t at = 500; at < 520; at++)
            for (size_t tail = 0; tail < 4; tail++) {
                size_t k = strlen(seqs[q]), len = 0;
                memset(s, 'x', at);
                len = at;
                memcpy(s + len, seqs[q], k);
                len += k;
                memset(s + len, tail & 1 ? '\x80' : 'y', tail);
                len += tail;
                memset(s + len, 'z', 1024 - len); /* and again across the second piece's end */
                len = 1024 - (at - 500);
                memcpy(s + len, seqs[q], k);
                len += k;
                same_as_ref(s, len, ref_json, xxgk_json_string, xxgk_put_json_string, 6);
                same_as_ref(s, len, ref_csv, xxgk_csv_field, xxgk_put_csv_field, 2);
            }
}

/* Each byte that makes a CSV field quoted (and those next to '-', the
 * eight-byte test's bound: '+', ',', '-', '.') at each place of fields
 * of 1 to 40 bytes of ASCII letters or UTF-8, the fields
 * read a word at a time: quoted exactly when the reference quotes them. */
static void test_csv_quote_bytes_at_each_place(void **state)
{
    (void)state;
    static const char bytes[] = {',', '"', '\n', '\r', '+', '-', '.', ' ', '\x7F', '\x80', '\xFF'};
    char s[48];
    for (size_t fill = 0; fill < 2; fill++)
        for (size_t len = 1; len <= 40; len++)
            for (size_t at = 0; at < len; at++)
                for (size_t b = 0; b < sizeof bytes; b++) {
                    for (size_t i = 0; i < len; i++)
                        s[i] = fill ? "\xE4\xB8\xAD"[i % 3] : (char)('a' + i % 26); /* 中 */
                    s[at] = bytes[b];
                    same_as_ref(s, len, ref_csv, xxgk_csv_field, xxgk_put_csv_field, 2);
                }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_texts),
        cmocka_unit_test(test_sequences_across_pieces),
        cmocka_unit_test(test_csv_quote_bytes_at_each_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
