/* The heading search of page text (pagetext.c next_seq3_any) finds 、 and
 * the numerals due by an AVX2 pass where the CPU has one, else byte by
 * byte: both must find the same place, or a report's sections would open
 * at other places on another machine. Random and boundary inputs, a fixed
 * seed; on a CPU without AVX2 the byte-wise pass alone is checked. */
#include <stdio.h>
#include <string.h>

#include "pagetext.h"
#include "testutil.h"

enum { BUF = 512, PAD = 64 };

static const uint8_t dun[3] = {0xE3, 0x80, 0x81};          /* 、 */
static const uint8_t numerals[6][3] = {{0xE4, 0xB8, 0x80}, /* 一 */
                                       {0xE4, 0xBA, 0x8C}, {0xE4, 0xB8, 0x89}, {0xE5, 0x9B, 0x9B},
                                       {0xE4, 0xBA, 0x94}, {0xE5, 0x85, 0xAD}};
/* the bytes of the sequences, of what may follow a numeral, and some that
 * are no UTF-8 (a lone continuation byte, FF) */
static const uint8_t alphabet[] = {0xE3, 0x80, 0x81, 0xE4, 0xB8, 0xBA, 0x8C, 0x89, 0xE5, 0x9B, 0x85, 0xAD,
                                   0x94, 0xEF, 0xBC, 0x91, 0x92, 0x93, 0x95, 0x96, ' ',  '.',  ')',  'a',
                                   '\n', 0xC2, 0xA0, 0xE9, '\f', 0xFF, 0xBF, 0};

static uint32_t next_rand(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 8) & 0xFFFFFF;
}

/* The two passes over [from, to) of buf agree: place and which. */
static void assert_same(const uint8_t *buf, uint32_t from, uint32_t to, const uint8_t (*seq)[3], int n)
{
    int w1 = -2, w2 = -2;
    uint32_t bytes = pt_seq3_pass(buf, from, to, seq, n, &w1, false);
    if (!pt_seq3_avx2_supported())
        return;
    uint32_t avx = pt_seq3_pass(buf, from, to, seq, n, &w2, true);
    if (avx != bytes || w1 != w2)
        fail_msg("from %u to %u n %d: avx2 %u/%d, byte by byte %u/%d", from, to, n, avx, w2, bytes, w1);
}

static void set_seq(uint8_t (*seq)[3], int n, int first)
{
    memcpy(seq[0], dun, 3);
    for (int j = 1; j < n; j++)
        memcpy(seq[j], numerals[(first + j - 1) % 6], 3);
}

static void test_random_inputs_same_places(void **state)
{
    (void)state;
    if (!pt_seq3_avx2_supported())
        printf("# no AVX2 on this CPU: the byte-wise pass alone is run\n");
    static uint8_t buf[BUF + PAD];
    uint32_t s = 76;
    for (int it = 0; it < 100000; it++) {
        uint32_t len = 1 + next_rand(&s) % 300;
        memset(buf, 0, sizeof buf);
        for (uint32_t i = 0; i < len; i++) {
            uint32_t r = next_rand(&s) % 10;
            if (r < 4) {
                const uint8_t *c = r == 0 ? dun : numerals[next_rand(&s) % 6];
                uint32_t k = len - i < 3 ? len - i : 3; /* cut short at the end */
                memcpy(buf + i, c, k);
                i += k - 1;
            } else
                buf[i] = alphabet[next_rand(&s) % sizeof alphabet];
        }
        uint8_t seq[3][3];
        int n = 1 + (int)(next_rand(&s) % 3);
        set_seq(seq, n, (int)(next_rand(&s) % 6));
        uint32_t from = next_rand(&s) % len, to = from + next_rand(&s) % (len - from + 1);
        assert_same(buf, from, to, (const uint8_t(*)[3])seq, n);
    }
}

/* One 一、 (or 二 before a blank) at every place around the blocks' edges
 * (32, 64), in the last masked block and in lines shorter than 33 bytes;
 * cut short at the end of the range; after bytes that are no UTF-8. */
static void test_boundary_places_same(void **state)
{
    (void)state;
    static uint8_t buf[BUF + PAD];
    uint8_t seq[3][3];
    set_seq(seq, 3, 0); /* 、 一 二 */
    for (uint32_t len = 0; len <= 140; len++)
        for (uint32_t at = 0; at + 3 <= len + 3 && at < len + 1; at++)
            for (int kind = 0; kind < 4; kind++) {
                memset(buf, kind == 3 ? 0xBF : 'a', sizeof buf); /* kind 3: lone continuation bytes */
                memset(buf + len, 0, PAD);
                uint8_t put[6];
                size_t k = 0;
                if (kind == 0 || kind == 3) {
                    memcpy(put, numerals[0], 3);
                    memcpy(put + 3, dun, 3);
                    k = 6; /* 一、 */
                } else if (kind == 1) {
                    memcpy(put, numerals[1], 3);
                    put[3] = ' ';
                    k = 4; /* 二 and a blank */
                } else {
                    memcpy(put, dun, 3);
                    k = 3; /* 、 after no numeral: none */
                }
                if (at + k > len)
                    k = len - at; /* truncated at the end */
                memcpy(buf + at, put, k);
                for (uint32_t from = 0; from <= 2 && from <= len; from++) {
                    assert_same(buf, from, len, (const uint8_t(*)[3])seq, 3);
                    assert_same(buf, from, len, (const uint8_t(*)[3])seq, 1);
                    if (len >= 1 && from < len)
                        assert_same(buf, from, len - 1, (const uint8_t(*)[3])seq, 2);
                }
            }
}

/* The byte-wise pass finds what a reader sees: 一、 at its numeral's
 * 、, 二 before a blank, none of a 、 after no numeral. */
static void test_bytewise_pass_finds_headings(void **state)
{
    (void)state;
    uint8_t seq[3][3];
    set_seq(seq, 3, 0);
    static const uint8_t text[] = "\xE5\xBC\x80\xE4\xB8\x80\xE3\x80\x81\xE6\x80\xBB" /* 开一、总 */
                                  "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    int which;
    assert_int_equal(pt_seq3_pass(text, 0, 12, (const uint8_t(*)[3])seq, 3, &which, false), 3);
    assert_int_equal(which, 1); /* 一, before the 、 that ends later */
    static const uint8_t none[] = "ab\xE3\x80\x81" "cd" "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    assert_int_equal(pt_seq3_pass(none, 0, 7, (const uint8_t(*)[3])seq, 1, &which, false), 7);
    assert_int_equal(which, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_inputs_same_places),
        cmocka_unit_test(test_boundary_places_same),
        cmocka_unit_test(test_bytewise_pass_finds_headings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
