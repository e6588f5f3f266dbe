/* The compound file reader (see cfb.h). Sector i stands at byte
 * (i + 1) << shift (the header fills sector -1); a chain of sectors is
 * followed through the FAT, each step checked: an index past the FAT or
 * the file, or more steps than the file has sectors (a cycle), is damage. */
#include "cfb.h"
#include "why.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    CFB_END = 0xFFFFFFFEu,    /* ENDOFCHAIN */
    CFB_FREE = 0xFFFFFFFFu,   /* FREESECT, also "no entry" in the tree */
    CFB_MAXREG = 0xFFFFFFFAu, /* the last regular sector number */
    CFB_MINI_SHIFT = 6,       /* mini sectors of 64 bytes */
    CFB_DIR_ENTRY = 128,
    CFB_HEADER_DIFAT = 109,
};

static const uint8_t cfb_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

bool cfb_is(const uint8_t *b, size_t n)
{
    return n >= 8 && memcmp(b, cfb_magic, 8) == 0;
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

/* The sectors the file holds after its header (a last one cut short
 * counts: a stream may end inside it). */
static size_t sectors_in_file(const cfb *c)
{
    size_t ss = (size_t)1 << c->shift;
    return c->n > ss ? (c->n - ss + ss - 1) / ss : 0;
}

/* Sector s's bytes in the file, *avail of them there (the last sector
 * may be cut short); NULL when s is past the file. */
static const uint8_t *sector(const cfb *c, uint32_t s, size_t *avail)
{
    size_t ss = (size_t)1 << c->shift;
    if (s > CFB_MAXREG || (size_t)s >= sectors_in_file(c))
        return NULL;
    size_t off = ((size_t)s + 1) * ss;
    *avail = c->n - off < ss ? c->n - off : ss;
    return c->b + off;
}

/* The sector numbers of the FAT: the header's 109, then the DIFAT chain's
 * (each DIFAT sector's last entry names the next). */
static uint32_t *fat_sectors(const cfb *c, size_t nfat, char *why, size_t cap, bool zh)
{
    uint32_t *fs = malloc((nfat ? nfat : 1) * sizeof *fs);
    if (!fs) {
        why_put(why, cap, zh, "out of memory", "内存不足");
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < CFB_HEADER_DIFAT && k < nfat; i++)
        fs[k++] = rd32(c->b + 0x4C + 4 * i);
    uint32_t d = rd32(c->b + 0x44);
    size_t per = ((size_t)1 << c->shift) / 4 - 1, steps = 0, limit = sectors_in_file(c);
    while (k < nfat) {
        size_t avail;
        const uint8_t *p = sector(c, d, &avail);
        if (!p || avail < ((size_t)1 << c->shift) || ++steps > limit) {
            why_put(why, cap, zh, "its DIFAT chain leaves the file (sector %u)", "其 DIFAT 链超出了文件（扇区 %u）", (unsigned)d);
            free(fs);
            return NULL;
        }
        for (size_t i = 0; i < per && k < nfat; i++)
            fs[k++] = rd32(p + 4 * i);
        d = rd32(p + 4 * per);
    }
    return fs;
}

/* The FAT: nfat sectors of next-sector numbers. */
static bool read_fat(cfb *c, char *why, size_t cap, bool zh)
{
    size_t nfat = rd32(c->b + 0x2C), ss = (size_t)1 << c->shift;
    if (nfat > sectors_in_file(c)) {
        why_put(why, cap, zh, "its header counts %zu FAT sectors, more than the file holds", "其文件头记有 %zu 个 FAT 扇区，多于文件所含", nfat);
        return false;
    }
    uint32_t *fs = fat_sectors(c, nfat, why, cap, zh);
    if (!fs)
        return false;
    c->nfat = nfat * (ss / 4);
    c->fat = malloc((c->nfat ? c->nfat : 1) * sizeof *c->fat);
    if (!c->fat) {
        free(fs);
        why_put(why, cap, zh, "out of memory", "内存不足");
        return false;
    }
    for (size_t i = 0; i < nfat; i++) {
        size_t avail;
        const uint8_t *p = sector(c, fs[i], &avail);
        if (!p || avail < ss) {
            why_put(why, cap, zh, "FAT sector %u is past the end of the file", "FAT 扇区 %u 超出了文件末尾", (unsigned)fs[i]);
            free(fs);
            return false;
        }
        for (size_t j = 0; j < ss / 4; j++)
            c->fat[i * (ss / 4) + j] = rd32(p + 4 * j);
    }
    free(fs);
    return true;
}

/* Follow a chain from start through next[0..nnext) and copy each unit
 * (of 1 << shift bytes, from unit(i)) into a malloc'd buffer: up to want
 * bytes (SIZE_MAX: the whole chain). A step out of the table, or more
 * steps than max_steps, is damage. */
typedef const uint8_t *(*unit_fn)(const cfb *c, uint32_t s, size_t *avail);

static const uint8_t *mini_unit(const cfb *c, uint32_t s, size_t *avail)
{
    size_t off = (size_t)s << CFB_MINI_SHIFT;
    if (off >= c->nmini)
        return NULL;
    *avail = c->nmini - off < 64 ? c->nmini - off : 64;
    return c->mini + off;
}

static bool chain(const cfb *c, uint32_t start, const uint32_t *next, size_t nnext, unsigned shift, unit_fn unit,
                  size_t want, uint8_t **out, size_t *len, char *why, size_t cap, bool zh)
{
    size_t us = (size_t)1 << shift, max_steps = nnext, got = 0, have = 0;
    uint8_t *buf = NULL;
    if (want != SIZE_MAX) {
        buf = malloc(want ? want : 1);
        if (!buf) {
            why_put(why, cap, zh, "out of memory", "内存不足");
            return false;
        }
        have = want;
    }
    /* the sectors visited: a chain that comes back to one is a cycle */
    uint8_t *seen = calloc(nnext / 8 + 1, 1);
    if (!seen) {
        free(buf);
        why_put(why, cap, zh, "out of memory", "内存不足");
        return false;
    }
    uint32_t s = start;
    for (size_t steps = 0; s != CFB_END && got < want; steps++) {
        size_t avail = 0;
        bool again = s < nnext && (seen[s / 8] >> (s % 8)) & 1;
        const uint8_t *p = s < nnext && !again && steps < max_steps ? unit(c, s, &avail) : NULL;
        if (!p) {
            if (again || steps >= max_steps)
                why_put(why, cap, zh, "a sector chain runs in a cycle (sector %u)", "扇区链成环（扇区 %u）",
                        (unsigned)s);
            else
                why_put(why, cap, zh, "a sector chain points past the end of the file (sector %u: the file cut short?)",
                        "扇区链指向文件末尾之后（扇区 %u：文件被截断？）", (unsigned)s);
            free(seen);
            free(buf);
            return false;
        }
        seen[s / 8] |= (uint8_t)(1u << (s % 8));
        size_t take = want == SIZE_MAX ? avail : (want - got < avail ? want - got : avail);
        if (take < us && (got + take < want || want == SIZE_MAX)) {
            why_put(why, cap, zh, "a stream's last sector is cut short (sector %u)", "某个流的最后一个扇区不完整（扇区 %u）", (unsigned)s);
            free(seen);
            free(buf);
            return false;
        }
        if (got + take > have) {
            size_t nh = have ? have * 2 : 4096;
            while (nh < got + take)
                nh *= 2;
            uint8_t *nb = realloc(buf, nh);
            if (!nb) {
                free(seen);
                free(buf);
                why_put(why, cap, zh, "out of memory", "内存不足");
                return false;
            }
            buf = nb;
            have = nh;
        }
        memcpy(buf + got, p, take);
        got += take;
        s = next[s];
    }
    free(seen);
    if (want != SIZE_MAX && got < want) {
        why_put(why, cap, zh, "a stream's chain ends after %zu of its %zu bytes", "某个流的扇区链只读到 %zu 字节（应有 %zu 字节）", got, want);
        free(buf);
        return false;
    }
    *out = buf;
    *len = got;
    return true;
}

static bool big_chain(const cfb *c, uint32_t start, size_t want, uint8_t **out, size_t *len, char *why, size_t cap, bool zh)
{
    /* no chain has more links than the file has sectors */
    size_t nn = c->nfat < sectors_in_file(c) ? c->nfat : sectors_in_file(c);
    return chain(c, start, c->fat, nn, c->shift, sector, want, out, len, why, cap, zh);
}

static uint64_t entry_size(const cfb *c, const uint8_t *e)
{
    uint64_t lo = rd32(e + 0x78), hi = rd32(e + 0x7C);
    return c->shift == 9 ? lo : lo | hi << 32; /* version 3: the high half is not to be read */
}

/* The mini FAT and the mini stream (the root entry's stream). */
static bool read_mini(cfb *c, char *why, size_t cap, bool zh)
{
    uint32_t start = rd32(c->b + 0x3C);
    size_t nmf = rd32(c->b + 0x40);
    if (start != CFB_END && nmf) {
        uint8_t *m;
        size_t ml;
        if (nmf > sectors_in_file(c)) {
            why_put(why, cap, zh, "its header counts %zu mini FAT sectors, more than the file holds", "其文件头记有 %zu 个 mini FAT 扇区，多于文件所含", nmf);
            return false;
        }
        if (!big_chain(c, start, nmf << c->shift, &m, &ml, why, cap, zh))
            return false;
        c->nminifat = ml / 4;
        c->minifat = malloc((c->nminifat ? c->nminifat : 1) * sizeof *c->minifat);
        if (!c->minifat) {
            free(m);
            why_put(why, cap, zh, "out of memory", "内存不足");
            return false;
        }
        for (size_t i = 0; i < c->nminifat; i++)
            c->minifat[i] = rd32(m + 4 * i);
        free(m);
    }
    const uint8_t *root = c->dir;
    uint64_t sz = entry_size(c, root);
    if (sz == 0 || rd32(root + 0x74) == CFB_END)
        return true;
    if (sz > c->n) {
        why_put(why, cap, zh, "its mini stream is longer than the file", "其 mini 流比文件还长");
        return false;
    }
    return big_chain(c, rd32(root + 0x74), (size_t)sz, &c->mini, &c->nmini, why, cap, zh);
}

bool cfb_open(cfb *c, const uint8_t *b, size_t n, char *why, size_t cap, bool zh)
{
    memset(c, 0, sizeof *c);
    c->b = b;
    c->n = n;
    if (!cfb_is(b, n) || n < 512) {
        why_put(why, cap, zh, "its header is cut short (%zu bytes)", "其文件头不完整（仅 %zu 字节）", n);
        return false;
    }
    unsigned shift = rd16(b + 0x1E);
    if (rd16(b + 0x1C) != 0xFFFE || (shift != 9 && shift != 12) || rd16(b + 0x20) != CFB_MINI_SHIFT) {
        why_put(why, cap, zh, "its header is not that of a compound file (sector shift %u)", "其文件头不是复合文档的文件头（扇区移位 %u）", shift);
        return false;
    }
    c->shift = shift;
    if (!read_fat(c, why, cap, zh))
        return false;
    uint8_t *d;
    size_t dl;
    if (!big_chain(c, rd32(b + 0x30), SIZE_MAX, &d, &dl, why, cap, zh))
        return false;
    c->dir = d;
    c->ndir = dl / CFB_DIR_ENTRY;
    if (!c->ndir || c->dir[0x42] != 5) {
        why_put(why, cap, zh, "its directory has no root entry", "其目录没有根条目");
        return false;
    }
    return read_mini(c, why, cap, zh);
}

void cfb_close(cfb *c)
{
    free(c->fat);
    free(c->minifat);
    free(c->dir);
    free(c->mini);
    memset(c, 0, sizeof *c);
}

/* Entry e's name in printable ASCII (another character '?'). */
static void entry_name(const cfb *c, size_t e, char *out, size_t cap)
{
    const uint8_t *p = c->dir + e * CFB_DIR_ENTRY;
    size_t len = rd16(p + 0x40), k = 0;
    len = len > 64 ? 64 : len;
    for (size_t i = 0; i + 1 < len && k + 1 < cap; i += 2) {
        uint16_t ch = rd16(p + i);
        if (!ch)
            break;
        if (ch < 0x20)
            continue; /* \5SummaryInformation, \1CompObj: the mark is no letter */
        out[k++] = ch < 0x7F ? (char)ch : '?';
    }
    out[k] = 0;
}

/* The root's children, in order of the tree (in-order walk of the
 * red-black tree from the root's child), each visited once: a tree that
 * loops is read up to its loop. Calls f(c, e, arg) for each; stops when it
 * returns true (then returns that entry, else -1). */
typedef bool (*visit_fn)(const cfb *c, size_t e, void *arg);

static long root_children(const cfb *c, visit_fn f, void *arg)
{
    size_t *stack = malloc((c->ndir + 1) * sizeof *stack);
    uint8_t *seen = calloc(c->ndir + 1, 1);
    long found = -1;
    if (!stack || !seen)
        goto done;
    size_t sp = 0;
    uint32_t cur = rd32(c->dir + 0x4C);
    while (found < 0) {
        while (cur < c->ndir && !seen[cur]) {
            seen[cur] = 1;
            stack[sp++] = cur;
            cur = rd32(c->dir + (size_t)cur * CFB_DIR_ENTRY + 0x44); /* left */
        }
        if (!sp)
            break;
        size_t e = stack[--sp];
        if (f(c, e, arg))
            found = (long)e;
        cur = rd32(c->dir + e * CFB_DIR_ENTRY + 0x48); /* right */
    }
done:
    free(stack);
    free(seen);
    return found;
}

static bool named(const cfb *c, size_t e, void *arg)
{
    char name[40];
    entry_name(c, e, name, sizeof name);
    const char *want = arg;
    uint8_t type = c->dir[e * CFB_DIR_ENTRY + 0x42];
    if (type != 2)
        return false;
    for (size_t i = 0;; i++) {
        char a = name[i], b = want[i];
        if ((a | 0x20) != (b | 0x20) || (!a) != (!b))
            return false;
        if (!a)
            return true;
    }
}

long cfb_find(const cfb *c, const char *name)
{
    return root_children(c, named, (void *)name);
}

typedef struct name_list {
    char *out;
    size_t cap, len;
} name_list;

static bool list_name(const cfb *c, size_t e, void *arg)
{
    name_list *l = arg;
    char name[40];
    entry_name(c, e, name, sizeof name);
    int w = snprintf(l->out + l->len, l->cap - l->len, "%s%s", l->len ? ", " : "", name);
    if (w < 0 || (size_t)w >= l->cap - l->len) {
        l->out[l->len] = 0; /* cut at a whole name */
        return true;
    }
    l->len += (size_t)w;
    return false;
}

void cfb_names(const cfb *c, char *out, size_t cap)
{
    if (!cap)
        return;
    out[0] = 0;
    name_list l = {out, cap, 0};
    root_children(c, list_name, &l);
}

bool cfb_read(const cfb *c, long e, uint8_t **out, size_t *len, char *why, size_t cap, bool zh)
{
    if (e < 0 || (size_t)e >= c->ndir) {
        why_put(why, cap, zh, "no such stream", "没有该流");
        return false;
    }
    const uint8_t *p = c->dir + (size_t)e * CFB_DIR_ENTRY;
    uint64_t sz = entry_size(c, p);
    uint32_t start = rd32(p + 0x74);
    if (sz > c->n) {
        why_put(why, cap, zh, "a stream is longer (%llu bytes) than the file", "某个流（%llu 字节）比文件还长", (unsigned long long)sz);
        return false;
    }
    if (sz < rd32(c->b + 0x38)) /* under the cutoff (4096): in the mini stream */
        return chain(c, start, c->minifat, c->nminifat, CFB_MINI_SHIFT, mini_unit, (size_t)sz, out, len, why, cap, zh);
    return big_chain(c, start, (size_t)sz, out, len, why, cap, zh);
}
