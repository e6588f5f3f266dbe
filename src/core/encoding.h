/* Input encodings: telling what the bytes of a file are, and converting
 * the encodings xxgk can read (GB18030 and its subsets GBK and GB2312)
 * to UTF-8 before parsing. */
#ifndef XXGK_ENCODING_H
#define XXGK_ENCODING_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum xxgk_encoding {
    XXGK_ENC_UTF8 = 0,   /* valid UTF-8, or nothing better to say */
    XXGK_ENC_UTF8_BOM,   /* UTF-8 starting with EF BB BF (accepted) */
    XXGK_ENC_UTF16LE,    /* with or without a byte-order mark */
    XXGK_ENC_UTF16BE,
    XXGK_ENC_GB18030,    /* GB18030, GBK or GB2312 text */
    XXGK_ENC_BINARY,     /* neither text in UTF-8 nor in GB18030 */
    XXGK_ENC_BIG5        /* traditional Chinese in Big5 (sniffed bytes read as
                            GB18030 first: xxgk_encoding_chinese tells) */
};

/* Guess what the bytes are: clean UTF-8 with multi-byte characters from
 * the first KiB, anything else (ASCII alone too) from the first 64 KiB.
 * Cheap whatever the file's size. */
int xxgk_encoding_sniff(const uint8_t *s, size_t n);
/* "UTF-8", "UTF-16LE", "GB18030" … */
const char *xxgk_encoding_name(int enc);
/* A sentence saying why the bytes are not UTF-8, for the L006 message;
 * NULL for XXGK_ENC_UTF8 and XXGK_ENC_UTF8_BOM. */
const char *xxgk_encoding_describe(int enc);
/* Parse a --encoding value: utf-8, gb18030 (gbk and gb2312 read as
 * gb18030, their superset). -1 when unknown. */
int xxgk_encoding_by_name(const char *name);

/* Bytes the sniffer calls GB18030 may be Big5 (every Big5 pair is a valid
 * GBK pair): decode the first 64 KiB both ways and keep the one that reads
 * as Chinese, by the share of the most frequent characters of reports in
 * either script. XXGK_ENC_GB18030, XXGK_ENC_BIG5, or -1 when neither reads
 * as Chinese. */
int xxgk_encoding_chinese(const uint8_t *s, size_t n);
/* The same, and *LIKELY (when not NULL) the one of the two that reads
 * closer to Chinese even when neither reads as it: the encoding L006's
 * advice names. */
int xxgk_encoding_chinese_likely(const uint8_t *s, size_t n, int *likely);

/* Convert n bytes in encoding enc (XXGK_ENC_GB18030, XXGK_ENC_BIG5, XXGK_ENC_UTF16LE
 * or XXGK_ENC_UTF16BE) to UTF-8 with iconv. On success *out is a malloc'd
 * buffer of *outlen bytes. On failure returns false with *bad_at the byte
 * offset of the first sequence that is not valid in enc (or SIZE_MAX when
 * memory ran out or iconv lacks the encoding). A code unit not valid in
 * UTF-16, and with mark_bad each byte of GB18030 or Big5 that starts no
 * valid sequence, becomes the byte 0xFF (never UTF-8: the lexer reports it,
 * L001, at its place) and the rest is converted. */
bool xxgk_encoding_to_utf8(int enc, const char *in, size_t n, char **out, size_t *outlen,
                           size_t *bad_at, bool mark_bad);

/* A byte (or UTF-16 code unit) of the file that is no character in its
 * encoding, marked 0xFF in the decoded text: where the mark stands in the
 * text (at), where the byte stands in the file (orig), its value and
 * length (1, or 2 for a UTF-16 code unit). The lexer names it (L053). */
typedef struct xxgk_bad_byte {
    uint32_t at, orig;
    uint16_t value;
    uint8_t len;
} xxgk_bad_byte;

/* The same, each marked byte listed in *bads (malloc'd, *nbads of them,
 * in order; NULL when none). */
bool xxgk_encoding_to_utf8_marked(int enc, const char *in, size_t n, char **out, size_t *outlen,
                                  size_t *bad_at, bool mark_bad, xxgk_bad_byte **bads, size_t *nbads);
#endif
