/* A .doc's automatic numbering ([MS-DOC] PlfLst and PlfLfo in the table
 * stream): the number Word shows before a paragraph whose properties name
 * a list (sprmPIlfo, sprmPIlvl), rendered as docx_num.c renders a .docx's
 * (list_num.c), so that a heading numbered 一、 by a list reads
 * 一、总体情况 in both. Counters per list (LSTF); an LFO's start override
 * restarts its level when the LFO is first used there. Numbering carried
 * by a paragraph style (the STSH) is not read. */
#include "msdoc_num.h"

#include <stdlib.h>
#include <string.h>

#include "list_num.h"

enum { LEVELS = 9, LVL_TEXT = 32 };

typedef struct lvl {
    int start;
    uint8_t nfc, follow;
    bool legal;
    uint16_t text[LVL_TEXT];
    int ntext;
} lvl;

typedef struct lst {
    int32_t lsid;
    lvl l[LEVELS];
    int nlvl;
    int count[LEVELS];
    bool used[LEVELS];
} lst;

typedef struct lfo {
    int list;               /* index into lists, -1 when none */
    int start[LEVELS];      /* override, -1 when none */
    bool begun[LEVELS];     /* the override applied */
} lfo;

struct wd_numbering {
    lst *lists;
    size_t nlists;
    lfo *lfos;
    size_t nlfos;
};

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* An LVL at b[at..n): LVLF (28 bytes), its grpprls, its number text
 * (cch, then cch UTF-16 units). Its size, 0 when it does not fit. */
/* A list's start value as a counter: never negative, and bounded so that
 * counting on from it cannot overflow (a damaged LVL may say INT_MAX; no
 * list of a report reaches a million items). */
enum { START_MAX = 999999 };
static int start_value(uint32_t raw)
{
    int32_t v = (int32_t)raw;
    return v < 0 ? 0 : v > START_MAX ? START_MAX : (int)v;
}

static size_t lvl_read(const uint8_t *b, size_t n, size_t at, lvl *v)
{
    if (at > n || n - at < 28)
        return 0;
    const uint8_t *p = b + at;
    v->start = start_value(rd32(p));
    v->nfc = p[4];
    v->legal = p[5] & 4;
    v->follow = p[15];
    size_t q = at + 28 + p[24] + p[25];
    if (q > n || n - q < 2)
        return 0;
    size_t cch = rd16(b + q);
    if (n - q - 2 < cch * 2)
        return 0;
    v->ntext = 0;
    for (size_t i = 0; i < cch && i < LVL_TEXT; i++)
        v->text[v->ntext++] = rd16(b + q + 2 + 2 * i);
    return q + 2 + cch * 2 - at;
}

static bool read_lists(wd_numbering *nb, const uint8_t *t, size_t nt, uint32_t fc, uint32_t lcb)
{
    if (!lcb || fc > nt || nt - fc < lcb || lcb < 2)
        return false;
    size_t n = fc + lcb, c = (size_t)(int16_t)rd16(t + fc);
    if ((int16_t)rd16(t + fc) < 0 || 2 + c * 28 > lcb)
        return false;
    nb->lists = calloc(c ? c : 1, sizeof *nb->lists);
    if (!nb->lists)
        return false;
    nb->nlists = c;
    size_t at = fc + 2 + c * 28;
    n = nt; /* the LVLs follow the PlfLst, outside its lcb */
    for (size_t i = 0; i < c; i++) {
        const uint8_t *f = t + fc + 2 + i * 28;
        lst *l = &nb->lists[i];
        l->lsid = (int32_t)rd32(f);
        l->nlvl = f[26] & 1 ? 1 : LEVELS;
        for (int k = 0; k < l->nlvl; k++) {
            size_t sz = lvl_read(t, n, at, &l->l[k]);
            if (!sz)
                return false;
            at += sz;
        }
    }
    return true;
}

static int list_of(const wd_numbering *nb, int32_t lsid)
{
    for (size_t i = 0; i < nb->nlists; i++)
        if (nb->lists[i].lsid == lsid)
            return (int)i;
    return -1;
}

static bool read_lfos(wd_numbering *nb, const uint8_t *t, size_t nt, uint32_t fc, uint32_t lcb)
{
    if (!lcb || fc > nt || nt - fc < lcb || lcb < 4)
        return false;
    size_t c = rd32(t + fc);
    if (c > (lcb - 4) / 16)
        return false;
    nb->lfos = calloc(c ? c : 1, sizeof *nb->lfos);
    if (!nb->lfos)
        return false;
    nb->nlfos = c;
    size_t data = fc + 4 + c * 16;
    for (size_t i = 0; i < c; i++) {
        const uint8_t *f = t + fc + 4 + i * 16;
        lfo *o = &nb->lfos[i];
        o->list = list_of(nb, (int32_t)rd32(f));
        for (int k = 0; k < LEVELS; k++)
            o->start[k] = -1;
        size_t nlvl = f[12];
        if (data > nt || nt - data < 4)
            return true; /* no LFOData: no overrides */
        data += 4; /* cp */
        for (size_t j = 0; j < nlvl; j++) {
            if (nt - data < 8)
                return true;
            uint32_t bits = rd32(t + data + 4);
            int k = (int)(bits & 15);
            if ((bits & 16) && k < LEVELS)
                o->start[k] = start_value(rd32(t + data));
            data += 8;
            if (bits & 32) { /* fFormatting: an LVL follows */
                lvl skip;
                size_t sz = lvl_read(t, nt, data, &skip);
                if (!sz)
                    return true;
                data += sz;
            }
        }
    }
    return true;
}

wd_numbering *wd_numbering_new(const uint8_t *tbl, size_t ntbl, uint32_t fc_lst, uint32_t lcb_lst, uint32_t fc_lfo,
                               uint32_t lcb_lfo)
{
    wd_numbering *nb = calloc(1, sizeof *nb);
    if (!nb)
        return NULL;
    if (!read_lists(nb, tbl, ntbl, fc_lst, lcb_lst) || !read_lfos(nb, tbl, ntbl, fc_lfo, lcb_lfo)) {
        wd_numbering_free(nb);
        return NULL;
    }
    return nb;
}

void wd_numbering_free(wd_numbering *nb)
{
    if (!nb)
        return;
    free(nb->lists);
    free(nb->lfos);
    free(nb);
}

/* Word's number format codes (nfc) as list_num.c renders them. */
static num_fmt fmt_of(uint8_t nfc)
{
    switch (nfc) {
    case 0x00: return FMT_DECIMAL;
    case 0x01: return FMT_UPPER_ROMAN;
    case 0x02: return FMT_LOWER_ROMAN;
    case 0x03: return FMT_UPPER_LETTER;
    case 0x04: return FMT_LOWER_LETTER;
    case 0x0A: return FMT_IDEO_DIGITAL;
    case 0x0E:
    case 0x13: return FMT_DECIMAL_FULL;
    case 0x12:
    case 0x1C: return FMT_CIRCLE;
    case 0x16: return FMT_DECIMAL_ZERO;
    case 0x1A: return FMT_FULLSTOP;
    case 0x1B: return FMT_PAREN;
    case 0x1E: return FMT_IDEO_TRAD;
    case 0x1F: return FMT_IDEO_ZODIAC;
    case 0x21:
    case 0x25:
    case 0x27: return FMT_CN_COUNT;
    case 0x26: return FMT_CN_LEGAL;
    default: return FMT_UNKNOWN;
    }
}

static size_t put_u(char *b, size_t cap, size_t len, uint32_t c)
{
    char u[3];
    size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (n == 1)
        u[0] = (char)c;
    else if (n == 2) {
        u[0] = (char)(0xC0 | c >> 6);
        u[1] = (char)(0x80 | (c & 0x3F));
    } else {
        u[0] = (char)(0xE0 | c >> 12);
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
    }
    if (len + n >= cap)
        return len;
    memcpy(b + len, u, n);
    return len + n;
}

size_t wd_number_paragraph(wd_numbering *nb, int ilfo, int ilvl, char *buf, size_t cap, size_t *core_at,
                           size_t *ncore)
{
    *ncore = 0;
    if (!nb || ilfo < 1 || (size_t)ilfo > nb->nlfos || ilvl < 0 || ilvl >= LEVELS || cap < 8)
        return 0;
    lfo *o = &nb->lfos[ilfo - 1];
    if (o->list < 0)
        return 0;
    lst *l = &nb->lists[o->list];
    if (ilvl >= l->nlvl)
        return 0;
    const lvl *v = &l->l[ilvl];
    if (o->start[ilvl] >= 0 && !o->begun[ilvl]) { /* the LFO's override: the level starts over */
        o->begun[ilvl] = true;
        l->used[ilvl] = false;
        l->count[ilvl] = o->start[ilvl];
        l->used[ilvl] = true;
    } else {
        l->count[ilvl] = l->used[ilvl] ? (l->count[ilvl] < START_MAX ? l->count[ilvl] + 1 : START_MAX) : v->start;
        l->used[ilvl] = true;
    }
    for (int k = ilvl + 1; k < LEVELS; k++)
        l->used[k] = false;
    size_t len = 0;
    for (int i = 0; i < v->ntext; i++) {
        uint16_t c = v->text[i];
        if (c >= LEVELS) {
            if (c >= 0xD800 && c < 0xE000)
                return 0; /* no pairs in a number */
            len = put_u(buf, cap, len, c);
            continue;
        }
        if (c >= l->nlvl)
            return 0;
        int val = l->used[c] ? l->count[c] : l->l[c].start;
        num_fmt f = v->legal && c != ilvl ? FMT_DECIMAL : fmt_of(l->l[c].nfc);
        if (f == FMT_UNKNOWN)
            return 0; /* a bullet, none, a format not rendered: the text as it is */
        char num[48];
        size_t m = list_num_render(num, sizeof num, val, f);
        if (!m || len + m >= cap)
            return 0;
        if (c == ilvl) {
            *core_at = len;
            *ncore = m;
        }
        memcpy(buf + len, num, m);
        len += m;
    }
    if (len && (v->follow == 0 || v->follow == 1) && len + 1 < cap)
        buf[len++] = ' '; /* a tab or a space after the number */
    buf[len] = 0;
    return len;
}
