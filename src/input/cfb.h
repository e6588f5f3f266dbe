/* The compound file ([MS-CFB], "OLE2"): a little FAT file system in one
 * file, the container of Word 97-2003 .doc, .xls, .ppt, .msg and of an
 * encrypted .docx. This reads its header, DIFAT, FAT, mini FAT and mini
 * stream, and the streams of its root storage by name; it knows nothing of
 * what the streams hold. Every index and length is checked against the
 * bytes: a damaged file gives a reason, never a read outside them. */
#ifndef XXGK_CFB_H
#define XXGK_CFB_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The magic of every compound file: D0 CF 11 E0 A1 B1 1A E1. */
bool cfb_is(const uint8_t *b, size_t n);

typedef struct cfb {
    const uint8_t *b;        /* the file (not owned) */
    size_t n;
    unsigned shift;          /* sector size 1 << shift: 9 or 12 */
    uint32_t *fat;           /* next sector of each sector, malloc'd */
    size_t nfat;
    uint32_t *minifat;       /* next mini sector of each 64-byte one, malloc'd */
    size_t nminifat;
    uint8_t *dir;            /* the directory's 128-byte entries, malloc'd */
    size_t ndir;
    uint8_t *mini;           /* the mini stream (the root entry's stream), malloc'd */
    size_t nmini;
} cfb;

/* Open the compound file b[0..n): false with why (a sentence) when it is
 * damaged; cfb_close in every case. */
bool cfb_open(cfb *c, const uint8_t *b, size_t n, char *why, size_t cap, bool zh);
void cfb_close(cfb *c);

/* The entry of the stream called name (ASCII, any case) among the root
 * storage's children; -1 when there is none. */
long cfb_find(const cfb *c, const char *name);
/* The stream of entry e read whole into a malloc'd *out (*len bytes):
 * false with why when its chain is damaged. */
bool cfb_read(const cfb *c, long e, uint8_t **out, size_t *len, char *why, size_t cap, bool zh);
/* The names of the root storage's children, ", " between them, in
 * printable ASCII (another character as '?'), cut to cap. */
void cfb_names(const cfb *c, char *out, size_t cap);
#endif
