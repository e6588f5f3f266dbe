/* The Word binary format ([MS-DOC]) as far as the text goes: the FIB at
 * the start of the WordDocument stream, the piece table (Clx) that says
 * where each run of the main document's characters stands, and the FKP
 * pages of paragraph (PAPX) and character (CHPX) properties, read for
 * tables (a row's end, its cells' edges and merges) and for text Word does
 * not show (deleted with tracked changes, hidden). Every offset is checked
 * against its stream: what falls outside is damage, told as L057. */
#include "msdoc_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfb.h"
#include "why.h"
#include "msdoc.h"
#include "msdoc_num.h"
#include "vec.h"
#include "xxgk.h"

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Does [off, off + len) lie in a stream of n bytes? */
static bool within(size_t off, size_t len, size_t n) { return off <= n && len <= n - off; }

/* What a compound file without a WordDocument stream can be, by a
 * stream that names its kind: 1 + the index, in English and Chinese
 * (msdoc_what); 0 when none, its streams' names then the argument. */
static const struct {
    const char *stream, *en, *zh;
} kinds[] = {
    {"Workbook", "an Excel workbook (.xls)", "Excel 工作簿（.xls）"},
    {"Book", "an Excel 5 workbook (.xls)", "Excel 5 工作簿（.xls）"},
    {"PowerPoint Document", "a PowerPoint presentation (.ppt)", "PowerPoint 演示文稿（.ppt）"},
    {"EncryptedPackage", "an encrypted Office Open XML file (a password-protected .docx, .xlsx or .pptx)",
     "加密的 Office Open XML 文件（设了密码的 .docx、.xlsx 或 .pptx）"},
    {"__properties_version1.0", "an Outlook message (.msg)", "Outlook 邮件（.msg）"},
    {"VisioDocument", "a Visio drawing (.vsd)", "Visio 绘图（.vsd）"},
};

const char *msdoc_what(unsigned long kind, bool zh)
{
    if (kind >= 1 && kind <= sizeof kinds / sizeof kinds[0])
        return zh ? kinds[kind - 1].zh : kinds[kind - 1].en;
    return NULL;
}

const char *msdoc_locked(unsigned long how, bool zh)
{
    if (how == 2)
        return zh ? "XOR 混淆" : "XOR obfuscation";
    return zh ? "密码，RC4 或 CryptoAPI 加密" : "a password: RC4 or CryptoAPI";
}

static unsigned long what_it_holds(const cfb *c, char *why, size_t cap, bool zh)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (cfb_find(c, kinds[i].stream) >= 0) {
            why_put(why, cap, zh, "%s", "%s", zh ? kinds[i].zh : kinds[i].en);
            return i + 1;
        }
    char names[80];
    cfb_names(c, names, sizeof names);
    why_put(why, cap, zh, "no Word document; its streams: %s", "没有 Word 文档；其中的流：%s", names[0] ? names : zh ? "无" : "none");
    return 0;
}

/* The stream called name, read whole; false with why. */
static bool stream(const cfb *c, const char *name, uint8_t **out, size_t *len, char *why, size_t cap, bool zh)
{
    long e = cfb_find(c, name);
    if (e < 0) {
        why_put(why, cap, zh, "it has no %s stream", "其中没有 %s 流", name);
        return false;
    }
    char r[120];
    if (!cfb_read(c, e, out, len, r, sizeof r, zh)) {
        why_put(why, cap, zh, "its %s stream cannot be read: %s", "其 %s 流无法读取：%s", name, r);
        return false;
    }
    return true;
}

/* The FIB's fields the text needs. */
typedef struct fib {
    uint16_t flags;
    uint32_t ccp_text;
    uint32_t ccp_before_txbx; /* the stories between the main text and the text boxes' */
    uint32_t ccp_txbx;        /* the main text's text boxes' story */
    uint32_t fc_clx, lcb_clx;
    uint32_t fc_stsh, lcb_stsh;
    uint32_t fc_papx, lcb_papx;
    uint32_t fc_chpx, lcb_chpx;
    uint32_t fc_lst, lcb_lst, fc_lfo, lcb_lfo; /* 0 when the FIB has none */
    uint32_t fc_spa, lcb_spa, fc_txbx, lcb_txbx; /* PlcSpaMom, PlcftxbxTxt; 0 when none */
} fib;

enum {
    FIB_ENCRYPTED = 1u << 8,
    FIB_TABLE1 = 1u << 9,
    FIB_OBFUSCATED = 1u << 15,
    FCLCB_STSH = 1,
    FCLCB_CHPX = 12,
    FCLCB_PAPX = 13,
    FCLCB_CLX = 33,
    FCLCB_SPA = 40,
    FCLCB_TXBX = 56,
    FCLCB_LST = 73,
    FCLCB_LFO = 74,
};

/* The FIB: FibBase (32 bytes), then csw 16-bit words, cslw 32-bit ones
 * (FibRgLw97: ccpText the 4th), cbRgFcLcb fc/lcb pairs. */
static bool fib_read(const uint8_t *d, size_t n, fib *f, char *why, size_t cap, bool zh)
{
    if (n < 34 || rd16(d) != 0xA5EC) {
        why_put(why, cap, zh, "its WordDocument stream does not start with a Word FIB (wIdent 0x%04X)", "其 WordDocument 流不以 Word FIB 开头（wIdent 0x%04X）",
                 n >= 2 ? rd16(d) : 0);
        return false;
    }
    f->flags = rd16(d + 10);
    if (rd16(d + 2) < 0xC1) { /* Word 6.0 and 95 (nFib 101-105): another FIB, another text */
        why_put(why, cap, zh, "it is a Word 6.0/95 file (nFib %u), an older format than Word 97's", "它是 Word 6.0/95 文件（nFib %u），格式早于 Word 97", rd16(d + 2));
        return false;
    }
    size_t p = 32 + 2 + (size_t)rd16(d + 32) * 2;
    if (!within(p, 2, n))
        goto cut;
    size_t cslw = rd16(d + p), lw = p + 2;
    p = lw + cslw * 4;
    if (cslw < 4 || !within(p, 2, n))
        goto cut;
    f->ccp_text = rd32(d + lw + 12);
    f->ccp_before_txbx = f->ccp_txbx = 0;
    if (cslw >= 10) { /* ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, then ccpTxbx */
        uint64_t before = 0;
        for (int i = 4; i < 9; i++)
            before += rd32(d + lw + 4 * i);
        f->ccp_before_txbx = before > UINT32_MAX ? UINT32_MAX : (uint32_t)before;
        f->ccp_txbx = rd32(d + lw + 36);
    }
    size_t npairs = rd16(d + p), blob = p + 2;
    if (npairs <= FCLCB_CLX || !within(blob, npairs * 8, n))
        goto cut;
    f->fc_chpx = rd32(d + blob + FCLCB_CHPX * 8);
    f->lcb_chpx = rd32(d + blob + FCLCB_CHPX * 8 + 4);
    f->fc_papx = rd32(d + blob + FCLCB_PAPX * 8);
    f->lcb_papx = rd32(d + blob + FCLCB_PAPX * 8 + 4);
    f->fc_stsh = rd32(d + blob + FCLCB_STSH * 8);
    f->lcb_stsh = rd32(d + blob + FCLCB_STSH * 8 + 4);
    f->fc_clx = rd32(d + blob + FCLCB_CLX * 8);
    f->lcb_clx = rd32(d + blob + FCLCB_CLX * 8 + 4);
    f->fc_lst = f->lcb_lst = f->fc_lfo = f->lcb_lfo = 0;
    f->fc_spa = f->lcb_spa = f->fc_txbx = f->lcb_txbx = 0;
    if (npairs > FCLCB_TXBX) {
        f->fc_spa = rd32(d + blob + FCLCB_SPA * 8);
        f->lcb_spa = rd32(d + blob + FCLCB_SPA * 8 + 4);
        f->fc_txbx = rd32(d + blob + FCLCB_TXBX * 8);
        f->lcb_txbx = rd32(d + blob + FCLCB_TXBX * 8 + 4);
    }
    if (npairs > FCLCB_LFO) {
        f->fc_lst = rd32(d + blob + FCLCB_LST * 8);
        f->lcb_lst = rd32(d + blob + FCLCB_LST * 8 + 4);
        f->fc_lfo = rd32(d + blob + FCLCB_LFO * 8);
        f->lcb_lfo = rd32(d + blob + FCLCB_LFO * 8 + 4);
    }
    return true;
cut:
    why_put(why, cap, zh, "its FIB is cut short (%zu bytes of WordDocument)", "其 FIB 不完整（WordDocument 仅 %zu 字节）", n);
    return false;
}

/* cp1252 for the bytes 0x80-0x9F of a compressed piece (the rest is
 * Latin-1). */
static uint32_t cp1252(uint8_t b)
{
    static const uint16_t hi[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    return b >= 0x80 && b < 0xA0 ? hi[b - 0x80] : b;
}

/* The PlcPcd of the Clx: Prc entries (0x01) skipped, the Pcdt (0x02)
 * found; *at and *len its PlcPcd in the table stream. */
static bool find_plcpcd(const wd *w, const fib *f, size_t *at, size_t *len, char *why, size_t cap, bool zh)
{
    if (!within(f->fc_clx, f->lcb_clx, w->ntbl)) {
        why_put(why, cap, zh, "its piece table (Clx) lies outside the table stream", "其文本片段表（Clx）位于表格流之外");
        return false;
    }
    size_t p = f->fc_clx, end = p + f->lcb_clx;
    while (p < end) {
        if (w->tbl[p] == 0x01 && p + 3 <= end) {
            p += 3 + rd16(w->tbl + p + 1);
        } else if (w->tbl[p] == 0x02 && p + 5 <= end) {
            *len = rd32(w->tbl + p + 1);
            *at = p + 5;
            if (!within(*at, *len, end) || *len < 4 || (*len - 4) % 12) {
                why_put(why, cap, zh, "its piece table (PlcPcd) runs past the Clx", "其文本片段表（PlcPcd）超出了 Clx");
                return false;
            }
            return true;
        } else {
            break;
        }
    }
    why_put(why, cap, zh, "its piece table (Clx) holds no Pcdt", "其文本片段表（Clx）中没有 Pcdt");
    return false;
}

static size_t operand_len(uint16_t sprm, const uint8_t *p, size_t avail);

/* The Prcs of the Clx (its entries 0x01 before the Pcdt, a fast save's
 * piece properties): each one's grpprl place in the table stream, in
 * order (a Prm1's igrpprl indexes them). false: out of memory. */
static bool clx_prcs(wd *w, const fib *f, size_t **at, size_t **len, size_t *n)
{
    *at = *len = NULL;
    *n = 0;
    size_t cap = 0, p = f->fc_clx, end = p + f->lcb_clx; /* within the stream: find_plcpcd */
    while (p + 3 <= end && w->tbl[p] == 0x01) {
        size_t l = rd16(w->tbl + p + 1);
        if (!within(p + 3, l, end))
            break;
        if (*n == cap) {
            size_t nc = cap ? cap * 2 : 8;
            size_t *a = realloc(*at, nc * sizeof *a);
            if (a)
                *at = a;
            size_t *b = a ? realloc(*len, nc * sizeof *b) : NULL;
            if (!b)
                return false;
            *len = b;
            cap = nc;
        }
        (*at)[*n] = p + 3;
        (*len)[(*n)++] = l;
        p += 3 + l;
    }
    return true;
}

/* A toggle or boolean operand of sprmCFRMarkDel or sprmCFVanish as the
 * bits of a piece's own properties: set, and on (1, or 0x81: the
 * opposite of the style's, which sets neither) */
static uint8_t piece_bit(uint8_t set, uint8_t on, uint8_t v)
{
    return (uint8_t)(set | (v == 1 || v == 0x81 ? on : 0));
}

/* sprmCIss's operand as a piece's bits: set, and raised (1) or lowered (2) */
static uint8_t piece_iss(uint8_t v)
{
    return (uint8_t)(WD_PIECE_ISS_SET | (v == 1 ? WD_PIECE_ISS_UP : v == 2 ? WD_PIECE_ISS_DOWN : 0));
}

/* The properties a piece's Prm gives its characters that change what is
 * read (WD_PIECE_*): a Prm0's one sprm by its isprm (0x41
 * sprmCFRMarkDel, 0x5C sprmCFVanish, 0x68 sprmCIss: Word 6's codes), a Prm1's
 * Prc's grpprl; *lost when a Prm1 names a Prc the Clx does not hold. */
static uint8_t piece_props(const wd *w, uint16_t prm, const size_t *at, const size_t *len, size_t nprc,
                           bool *lost)
{
    if (!(prm & 1)) {
        unsigned isprm = (prm >> 1) & 0x7F;
        uint8_t v = (uint8_t)(prm >> 8);
        if (isprm == 0x41)
            return piece_bit(WD_PIECE_DEL_SET, WD_PIECE_DEL, v);
        if (isprm == 0x5C)
            return piece_bit(WD_PIECE_VANISH_SET, WD_PIECE_VANISH, v);
        if (isprm == 0x68)
            return piece_iss(v);
        return 0;
    }
    size_t i = prm >> 1;
    if (i >= nprc) {
        *lost = true;
        return 0;
    }
    const uint8_t *g = w->tbl + at[i];
    uint8_t bits = 0;
    for (size_t q = 0; q + 2 <= len[i];) {
        uint16_t sprm = rd16(g + q);
        size_t l = operand_len(sprm, g + q + 2, len[i] - q - 2);
        if (l == SIZE_MAX)
            break;
        if (sprm == 0x0800 && l >= 1)
            bits = (uint8_t)((bits & ~(WD_PIECE_DEL_SET | WD_PIECE_DEL)) | piece_bit(WD_PIECE_DEL_SET, WD_PIECE_DEL, g[q + 2]));
        else if (sprm == 0x083C && l >= 1)
            bits = (uint8_t)((bits & ~(WD_PIECE_VANISH_SET | WD_PIECE_VANISH)) |
                             piece_bit(WD_PIECE_VANISH_SET, WD_PIECE_VANISH, g[q + 2]));
        else if (sprm == 0x2A48 && l >= 1)
            bits = (uint8_t)((bits & ~(WD_PIECE_ISS_SET | WD_PIECE_ISS_UP | WD_PIECE_ISS_DOWN)) | piece_iss(g[q + 2]));
        q += 2 + l;
    }
    return bits;
}

/* The characters of the main document and of its text boxes' story,
 * piece by piece: CPs [0, ccpText) the main text (w->nch), then the other
 * stories up to the end of the text boxes' (w->nall, as far as the pieces
 * go: a box not read is told), each at its place in WordDocument (fc bit
 * 30: 8-bit cp1252 at fc / 2, else UTF-16LE at fc), with its piece's own
 * properties (its Prm). A piece outside the stream is damage. */
static bool read_text(wd *w, const fib *f, char *why, size_t cap, bool zh)
{
    size_t at, len, *prc_at, *prc_len, nprc;
    if (!find_plcpcd(w, f, &at, &len, why, cap, zh))
        return false;
    size_t npcd = (len - 4) / 12, want = (size_t)f->ccp_text + f->ccp_before_txbx + f->ccp_txbx;
    if (want > w->ndoc)
        want = w->ndoc; /* a character takes a byte at least */
    w->ch = malloc((want ? want : 1) * sizeof *w->ch);
    w->fc = malloc((want ? want : 1) * sizeof *w->fc);
    w->piece = malloc(want ? want : 1);
    bool mem = clx_prcs(w, f, &prc_at, &prc_len, &nprc);
    if (!w->ch || !w->fc || !w->piece || !mem) {
        free(prc_at);
        free(prc_len);
        why_put(why, cap, zh, "out of memory", "内存不足");
        return false;
    }
    const uint8_t *cps = w->tbl + at, *pcds = cps + (npcd + 1) * 4;
    bool ok = true;
    for (size_t i = 0; i < npcd && w->nall < want; i++) {
        uint32_t cp0 = rd32(cps + 4 * i), cp1 = rd32(cps + 4 * i + 4);
        if (cp1 < cp0 || cp0 != w->nall) {
            if (w->nall >= f->ccp_text)
                break; /* the main text is whole: the boxes' story is told short */
            why_put(why, cap, zh, "its piece table's character positions are out of order (piece %zu)", "其文本片段表的字符位置顺序错乱（片段 %zu）", i);
            ok = false;
            break;
        }
        uint32_t fcv = rd32(pcds + 8 * i + 2); /* a Pcd is 8 bytes: 2 of flags, the fc, 2 of prm */
        uint8_t props = piece_props(w, rd16(pcds + 8 * i + 6), prc_at, prc_len, nprc, &w->prm_lost);
        bool compressed = fcv & 0x40000000u;
        size_t count = cp1 - cp0 < want - w->nall ? cp1 - cp0 : want - w->nall;
        size_t off = compressed ? (fcv & 0x3FFFFFFFu) / 2 : fcv & 0x3FFFFFFFu, unit = compressed ? 1 : 2;
        if (!within(off, count * unit, w->ndoc)) {
            if (w->nall >= f->ccp_text)
                break;
            why_put(why, cap, zh, "piece %zu of its text lies outside the WordDocument stream", "其正文的片段 %zu 位于 WordDocument 流之外", i);
            ok = false;
            break;
        }
        for (size_t k = 0; k < count; k++) {
            size_t o = off + k * unit;
            w->ch[w->nall] = compressed ? cp1252(w->doc[o]) : rd16(w->doc + o);
            w->piece[w->nall] = props;
            w->fc[w->nall++] = (uint32_t)o;
        }
    }
    free(prc_at);
    free(prc_len);
    if (!ok)
        return false;
    if (w->nall < f->ccp_text && w->nall < want) {
        why_put(why, cap, zh, "its piece table ends after %zu of its %u characters", "其文本片段表只覆盖 %zu 个字符（正文共 %u 个）", w->nall, (unsigned)f->ccp_text);
        return false;
    }
    w->nch = w->nall < f->ccp_text ? w->nall : f->ccp_text;
    return true;
}

/* A shape of the main text (PlcSpaMom: n + 1 CPs, then an FSPA of 26
 * bytes, spid first, per shape): its spid and its anchor's CP. */
typedef struct wd_shape {
    uint32_t spid, cp;
} wd_shape;

static int shape_cmp(const void *a, const void *b)
{
    const wd_shape *x = a, *y = b;
    return x->spid < y->spid ? -1 : x->spid > y->spid;
}

/* The main text's shapes anchored in it, sorted by spid (*n 0: none);
 * NULL with *n 1: out of memory. */
static wd_shape *read_shapes(const wd *w, const fib *f, size_t *n)
{
    *n = 0;
    if (f->lcb_spa < 4 || !within(f->fc_spa, f->lcb_spa, w->ntbl))
        return NULL;
    size_t m = (f->lcb_spa - 4) / 30;
    const uint8_t *cps = w->tbl + f->fc_spa, *spa = cps + (m + 1) * 4;
    wd_shape *s = malloc((m ? m : 1) * sizeof *s);
    if (!s) {
        *n = 1;
        return NULL;
    }
    for (size_t i = 0; i < m; i++)
        if (rd32(cps + 4 * i) < w->nch)
            s[(*n)++] = (wd_shape){rd32(spa + 26 * i), rd32(cps + 4 * i)};
    qsort(s, *n, sizeof *s, shape_cmp);
    return s;
}

static int box_cmp(const void *a, const void *b)
{
    const wd_box *x = a, *y = b;
    return x->anchor < y->anchor ? -1 : x->anchor > y->anchor ? 1 : x->cp0 < y->cp0 ? -1 : x->cp0 > y->cp0;
}

/* The main text's text boxes (PlcftxbxTxt: n + 1 CPs into the boxes'
 * story, then an FTXBXS of 22 bytes per box, its lid at 14: the shape's
 * spid), each with its anchor, sorted by it. A reusable FTXBXS (a box
 * deleted, its story kept for reuse) is none. Damage reads no box; false:
 * out of memory. */
static bool read_boxes(wd *w, const fib *f, char *why, size_t cap, bool zh)
{
    if (!f->ccp_txbx || f->lcb_txbx < 4 || !within(f->fc_txbx, f->lcb_txbx, w->ntbl))
        return true;
    size_t n = (f->lcb_txbx - 4) / 26, nshapes;
    const uint8_t *cps = w->tbl + f->fc_txbx, *ftx = cps + (n + 1) * 4;
    wd_shape *shapes = read_shapes(w, f, &nshapes);
    w->boxes = calloc(n ? n : 1, sizeof *w->boxes);
    if (!w->boxes || (!shapes && nshapes)) {
        free(shapes);
        why_put(why, cap, zh, "out of memory", "内存不足");
        return false;
    }
    size_t base = (size_t)f->ccp_text + f->ccp_before_txbx;
    for (size_t i = 0; i < n; i++) {
        uint32_t a = rd32(cps + 4 * i), b = rd32(cps + 4 * i + 4);
        if (rd16(ftx + 22 * i + 8) || b <= a || b > f->ccp_txbx) /* fReusable, or no story of its own */
            continue;
        wd_box *x = &w->boxes[w->nboxes++];
        wd_shape key = {rd32(ftx + 22 * i + 14), 0};
        const wd_shape *sh = nshapes ? bsearch(&key, shapes, nshapes, sizeof key, shape_cmp) : NULL;
        x->anchor = sh ? sh->cp : SIZE_MAX;
        x->cp0 = base + a;
        x->cp1 = base + b;
        x->cut = x->cp1 > w->nall;
        if (x->cut)
            x->cp0 = x->cp1 = 0;
    }
    free(shapes);
    qsort(w->boxes, w->nboxes, sizeof *w->boxes, box_cmp);
    return true;
}

/* The runs of one FKP page (512 bytes at pn * 512 of WordDocument):
 * crun in its last byte, crun + 1 FCs, then per run a byte (bx_size
 * bytes apart) giving its properties' offset / 2 in the page. papx: a
 * PapxInFkp (cb, or 0 and cb': 2cb - 1 or 2cb' bytes), else a Chpx
 * (cb bytes). */
static bool fkp_runs(const wd *w, uint32_t pn, bool papx, wd_run **runs, size_t *n, size_t *capr)
{
    size_t page = (size_t)pn * 512, bx = papx ? 13 : 1;
    if (!within(page, 512, w->ndoc))
        return false;
    const uint8_t *pg = w->doc + page;
    size_t crun = pg[511];
    if ((crun + 1) * 4 + crun * bx > 511)
        return false;
    for (size_t j = 0; j < crun; j++) {
        if (!vec_reserve(runs, *n, capr, sizeof **runs))
            return false;
        wd_run r = {rd32(pg + 4 * j), rd32(pg + 4 * j + 4), 0, 0};
        size_t o = (size_t)pg[(crun + 1) * 4 + j * bx] * 2;
        if (o && papx && o + 1 < 512) {
            size_t cb = pg[o], start = o + 1, l = cb ? 2 * cb - 1 : 2 * (size_t)pg[o + 1];
            if (!cb)
                start = o + 2;
            if (within(start, l, 511) && l >= 2) {
                r.off = (uint32_t)(page + start + 2); /* after the istd */
                r.len = (uint16_t)(l - 2);
            }
        } else if (o && !papx && o < 511) {
            size_t l = pg[o];
            if (within(o + 1, l, 511)) {
                r.off = (uint32_t)(page + o + 1);
                r.len = (uint16_t)l;
            }
        }
        (*runs)[(*n)++] = r;
    }
    return true;
}

/* A PlcfBte (PlcfBtePapx, PlcfBteChpx): FCs, then a page number per
 * FKP; every page's runs. */
static bool read_bte(const wd *w, uint32_t fc, uint32_t lcb, bool papx, wd_run **runs, size_t *n, char *why,
                     size_t cap, bool zh)
{
    const char *what = papx ? (zh ? "段落" : "paragraph") : (zh ? "字符" : "character");
    if (!lcb)
        return true;
    if (!within(fc, lcb, w->ntbl) || lcb < 4 || (lcb - 4) % 8) {
        why_put(why, cap, zh, "its %s properties (PlcfBte) lie outside the table stream", "其%s属性表（PlcfBte）位于表格流之外", what);
        return false;
    }
    size_t npn = (lcb - 4) / 8, capr = 0;
    const uint8_t *pns = w->tbl + fc + (npn + 1) * 4;
    for (size_t i = 0; i < npn; i++)
        if (!fkp_runs(w, rd32(pns + 4 * i) & 0x3FFFFF, papx, runs, n, &capr)) {
            why_put(why, cap, zh, "a page of its %s properties (FKP %zu) is out of the WordDocument stream", "其%s属性的一页（FKP %zu）超出了 WordDocument 流", what, i);
            return false;
        }
    return true;
}

static void para_sprms(const wd *w, const uint8_t *g, size_t len, wd_para *p, int depth);

/* The STSH's styles (cbStshi, the Stshi: cstd, cbSTDBaseInFile; then per
 * style cbStd and its STD: the StdfBase (stk, istdBase in its second
 * word), the name (an Xstz), then a paragraph style's LPUpxPapx: cbUpx,
 * the istd, its grpprl), each style's own numbering in own[] (set[] when
 * it gives one), its base in base[]. */
static void style_own(const wd *w, const fib *f, size_t cstd, wd_para *own, uint16_t *base)
{
    size_t p = f->fc_stsh, end = p + f->lcb_stsh, cbb = rd16(w->tbl + p + 4);
    p += 2 + (size_t)rd16(w->tbl + p);
    for (size_t i = 0; i < cstd && within(p, 2, end); i++) {
        size_t cb = rd16(w->tbl + p), st = p + 2;
        p = st + cb;
        base[i] = 0x0FFF;
        if (!cb || !within(st, cb, end) || cb < cbb + 2 || cbb < 10)
            continue;
        const uint8_t *s = w->tbl + st;
        if ((rd16(s + 2) & 0xF) != 1) /* stk 1: a paragraph style */
            continue;
        base[i] = rd16(s + 2) >> 4;
        size_t q = cbb + 2 + 2 * (size_t)rd16(s + cbb) + 2; /* past the name */
        if (q + 2 > cb)
            continue;
        size_t cbu = rd16(s + q);
        if (cbu >= 2 && q + 2 + cbu <= cb)
            para_sprms(w, s + q + 4, cbu - 2, &own[i], 1); /* depth 1: no sprmPHugePapx */
    }
}

/* Each paragraph style's numbering, its bases' (istdBase, 0x0FFF none)
 * under its own: w->styles, none when the STSH cannot be read (its
 * paragraphs then read with their own numbering only). */
static void read_styles(wd *w, const fib *f)
{
    if (f->lcb_stsh < 6 || !within(f->fc_stsh, f->lcb_stsh, w->ntbl))
        return;
    size_t cstd = rd16(w->tbl + f->fc_stsh + 2);
    wd_para *own = calloc(cstd ? cstd : 1, sizeof *own);
    uint16_t *base = calloc(cstd ? cstd : 1, sizeof *base);
    w->styles = calloc(cstd ? cstd : 1, sizeof *w->styles);
    if (own && base && w->styles) {
        style_own(w, f, cstd, own, base);
        for (size_t i = 0; i < cstd; i++) {
            bool lfo = false, lvl = false;
            for (size_t s = i, hops = 0; s < cstd && hops < 16 && !(lfo && lvl); s = base[s], hops++) {
                if (!lfo && own[s].ilfo_set) {
                    w->styles[i].ilfo = (int16_t)own[s].ilfo;
                    lfo = true;
                }
                if (!lvl && own[s].ilvl_set) {
                    w->styles[i].ilvl = (uint8_t)own[s].ilvl;
                    lvl = true;
                }
            }
        }
        w->nstyles = cstd;
    } else {
        free(w->styles);
        w->styles = NULL;
    }
    free(own);
    free(base);
}

bool wd_load(wd *w, const uint8_t *b, size_t n, int *code, unsigned long *num, char *why, size_t cap, bool zh)
{
    *num = 0;
    memset(w, 0, sizeof *w);
    cfb c;
    *code = XXGK_L_DOC_DAMAGED;
    bool ok = false;
    if (!cfb_open(&c, b, n, why, cap, zh))
        goto done;
    long e = cfb_find(&c, "WordDocument");
    if (e < 0) {
        *code = XXGK_L_DOC_NOT_WORD;
        *num = what_it_holds(&c, why, cap, zh);
        goto done;
    }
    if (!stream(&c, "WordDocument", &w->doc, &w->ndoc, why, cap, zh))
        goto done;
    fib f;
    if (!fib_read(w->doc, w->ndoc, &f, why, cap, zh))
        goto done;
    if (f.flags & (FIB_ENCRYPTED | FIB_OBFUSCATED)) {
        *code = XXGK_L_DOC_ENCRYPTED;
        *num = f.flags & FIB_OBFUSCATED ? 2 : 1;
        why_put(why, cap, zh, "%s", "%s", msdoc_locked(*num, zh));
        goto done;
    }
    if (!stream(&c, f.flags & FIB_TABLE1 ? "1Table" : "0Table", &w->tbl, &w->ntbl, why, cap, zh))
        goto done;
    if (cfb_find(&c, "Data") >= 0 && !stream(&c, "Data", &w->data, &w->ndata, why, cap, zh))
        goto done;
    ok = read_text(w, &f, why, cap, zh) &&
         read_boxes(w, &f, why, cap, zh) &&
         read_bte(w, f.fc_papx, f.lcb_papx, true, &w->papx, &w->npapx, why, cap, zh) &&
         read_bte(w, f.fc_chpx, f.lcb_chpx, false, &w->chpx, &w->nchpx, why, cap, zh);
    if (ok) { /* lists that cannot be read: no numbering, the text as it is */
        w->num = wd_numbering_new(w->tbl, w->ntbl, f.fc_lst, f.lcb_lst, f.fc_lfo, f.lcb_lfo);
        read_styles(w, &f);
    }
done:
    if (!ok && (strcmp(why, "out of memory") == 0 || strcmp(why, "内存不足") == 0))
        *code = 0;
    cfb_close(&c);
    return ok;
}

void wd_free(wd *w)
{
    free(w->doc);
    free(w->tbl);
    free(w->data);
    free(w->ch);
    free(w->fc);
    free(w->piece);
    free(w->styles);
    free(w->boxes);
    free(w->papx);
    free(w->chpx);
    wd_numbering_free(w->num);
    memset(w, 0, sizeof *w);
}

/* The run of runs[0..n) holding fc; NULL when none. The pages are in
 * the order of the file, their runs too: a binary search. */
static const wd_run *run_at(const wd_run *runs, size_t n, uint32_t fc)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (runs[mid].fc1 <= fc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && runs[lo].fc0 <= fc && fc < runs[lo].fc1 ? &runs[lo] : NULL;
}

/* The length of a sprm's operand at p (avail bytes), by its spra; the
 * variable ones by their size byte (sprmTDefTable: a 16-bit size,
 * sprmPChgTabs: its own layout). SIZE_MAX when it does not fit. */
static size_t operand_len(uint16_t sprm, const uint8_t *p, size_t avail)
{
    static const uint8_t fixed[8] = {1, 1, 2, 4, 2, 2, 0, 3};
    unsigned spra = sprm >> 13;
    size_t l = fixed[spra];
    if (spra == 6) {
        if (sprm == 0xD608 || sprm == 0xD606) /* sprmTDefTable(10): cb counts the rest, + 1 */
            l = avail >= 2 && rd16(p) >= 1 ? 2 + (size_t)rd16(p) - 1 : SIZE_MAX;
        else if (sprm == 0xC615 && avail >= 1 && p[0] == 255) { /* sprmPChgTabs: dels and closes, adds */
            size_t del = avail >= 2 ? p[1] : 0, q = 2 + del * 4;
            l = q < avail ? q + 1 + (size_t)p[q] * 3 : SIZE_MAX;
        } else
            l = avail >= 1 ? 1 + (size_t)p[0] : SIZE_MAX;
    }
    return l <= avail ? l : SIZE_MAX;
}

/* sprmTDefTable: itcMac, itcMac + 1 cell edges, then a TC80 (20 bytes:
 * tcgrf first) per cell as far as the operand goes. */
static void def_table(const uint8_t *p, size_t l, wd_tap *t)
{
    if (l < 3)
        return;
    size_t itc = p[2], q = 3;
    if (itc > MSDOC_MAX_CELLS - 1 || q + (itc + 1) * 2 > l)
        return;
    memset(t, 0, sizeof *t);
    t->n = (int)itc;
    for (size_t i = 0; i <= itc; i++)
        t->x[i] = (int16_t)rd16(p + q + 2 * i);
    q += (itc + 1) * 2;
    for (size_t i = 0; i < itc && q + 20 <= l; i++, q += 20) {
        uint16_t grf = rd16(p + q);
        t->hmerge[i] = (uint8_t)(grf & 3);
        t->vmerge[i] = (uint8_t)((grf >> 5) & 3);
    }
}

static void para_sprms(const wd *w, const uint8_t *g, size_t len, wd_para *p, int depth);

/* One sprm of a paragraph's grpprl: the table ones. */
static void para_sprm(const wd *w, uint16_t sprm, const uint8_t *op, size_t l, wd_para *p, int depth)
{
    switch (sprm) {
    case 0x2416: p->in_table = op[0] != 0; break;
    case 0x2417: p->ttp = op[0] != 0; break;
    case 0x244B: p->inner_cell = op[0] != 0; break;
    case 0x244C: p->inner_ttp = op[0] != 0; break;
    case 0x6649: p->itap = (int)(rd32(op) & 0xFFFF); break;
    case 0x460B: /* sprmPIlfo */
        p->ilfo = (int16_t)rd16(op);
        p->ilfo_set = true;
        break;
    case 0x260A: /* sprmPIlvl */
        p->ilvl = op[0];
        p->ilvl_set = true;
        break;
    case 0xD608:
    case 0xD606:
        def_table(op, l, &p->tap);
        p->has_tap = p->tap.n > 0;
        break;
    case 0xD62B: /* sprmTVertMerge: cb 2, itc, how */
        if (l >= 3 && op[1] < MSDOC_MAX_CELLS)
            p->tap.vmerge[op[1]] = op[2] & 3;
        break;
    case 0x6646: { /* sprmPHugePapx: the grpprl in the Data stream, a 16-bit size first */
        uint32_t at = rd32(op);
        if (depth == 0 && within(at, 2, w->ndata) && within((size_t)at + 2, rd16(w->data + at), w->ndata))
            para_sprms(w, w->data + at + 2, rd16(w->data + at), p, depth + 1);
        break;
    }
    default: break;
    }
}

static void para_sprms(const wd *w, const uint8_t *g, size_t len, wd_para *p, int depth)
{
    for (size_t q = 0; q + 2 <= len;) {
        uint16_t sprm = rd16(g + q);
        size_t l = operand_len(sprm, g + q + 2, len - q - 2);
        if (l == SIZE_MAX)
            return;
        para_sprm(w, sprm, g + q + 2, l, p, depth);
        q += 2 + l;
    }
}

void wd_para_at(const wd *w, uint32_t fc, wd_para *p)
{
    memset(p, 0, sizeof *p);
    const wd_run *r = run_at(w->papx, w->npapx, fc);
    if (r && r->len && within(r->off, r->len, w->ndoc))
        para_sprms(w, w->doc + r->off, r->len, p, 0);
    /* a list its style gives, unless the paragraph says its own (an
     * sprmPIlfo 0 takes the style's number away) */
    size_t istd = r && r->off >= 2 && within(r->off - 2, 2, w->ndoc) ? rd16(w->doc + r->off - 2) : SIZE_MAX;
    if (istd < w->nstyles) {
        if (!p->ilfo_set)
            p->ilfo = w->styles[istd].ilfo;
        if (!p->ilvl_set)
            p->ilvl = w->styles[istd].ilvl;
    }
    if (p->in_table && p->itap < 1)
        p->itap = 1;
}

/* A character's own properties that the text reads: raised or lowered
 * (sprmCIss, or sprmCHpsPos as the .docx's w:position), deleted
 * (sprmCFRMarkDel), hidden (sprmCFVanish). */
typedef struct {
    int iss; /* 0 normal, 1 raised, 2 lowered */
    int hps_pos; /* sprmCHpsPos: half-points up (+) or down (-) */
    bool del, vanish;
} char_props;

/* The least sprmCHpsPos that sets a character off the line: 2
 * half-points (1 pt), as the .docx reader's POSITION_RAISE_MIN (the least
 * raise Word's Font dialog steps by; half a point stands on the line). */
enum { HPS_POS_RAISE_MIN = 2 };

/* Raised (1), lowered (2) or neither (0): sprmCIss, else sprmCHpsPos. */
static int char_raise(const char_props *c)
{
    if (c->iss)
        return c->iss;
    return c->hps_pos >= HPS_POS_RAISE_MIN ? 1 : c->hps_pos <= -HPS_POS_RAISE_MIN ? 2 : 0;
}

/* One sprm of a character's grpprl: the ones char_props keeps. */
static void char_sprm(uint16_t sprm, const uint8_t *op, size_t l, char_props *c)
{
    if (l < 1)
        return;
    bool on = op[0] == 1 || op[0] == 0x81; /* 0x81: the style's opposite */
    if (sprm == 0x2A48) /* sprmCIss: the last one wins */
        c->iss = op[0] == 1 || op[0] == 2 ? op[0] : 0;
    else if (sprm == 0x4845 && l >= 2) /* sprmCHpsPos: a signed 16-bit operand */
        c->hps_pos = (int16_t)rd16(op);
    else if (sprm == 0x0800)
        c->del |= on;
    else if (sprm == 0x083C)
        c->vanish |= on;
}

/* Character i's properties: one walk of its CHPX's grpprl, then its
 * piece's own properties, which a fast save applies over the CHPX. */
static char_props char_at(const wd *w, size_t i)
{
    char_props c = {0, 0, false, false};
    const wd_run *r = run_at(w->chpx, w->nchpx, w->fc[i]);
    if (r && r->len && within(r->off, r->len, w->ndoc)) {
        const uint8_t *g = w->doc + r->off;
        for (size_t q = 0; q + 2 <= r->len;) {
            uint16_t sprm = rd16(g + q);
            size_t l = operand_len(sprm, g + q + 2, r->len - q - 2);
            if (l == SIZE_MAX)
                break;
            char_sprm(sprm, g + q + 2, l, &c);
            q += 2 + l;
        }
    }
    uint8_t p = w->piece[i];
    if (p & WD_PIECE_ISS_SET)
        c.iss = p & WD_PIECE_ISS_UP ? 1 : p & WD_PIECE_ISS_DOWN ? 2 : 0;
    if (p & WD_PIECE_DEL_SET)
        c.del = p & WD_PIECE_DEL;
    if (p & WD_PIECE_VANISH_SET)
        c.vanish = p & WD_PIECE_VANISH;
    return c;
}

int wd_char_raise(const wd *w, size_t i)
{
    char_props c = char_at(w, i);
    return char_raise(&c);
}

int wd_char_read(const wd *w, size_t i, bool *unseen)
{
    char_props c = char_at(w, i);
    *unseen = c.del || c.vanish;
    return char_raise(&c);
}

bool wd_char_unseen(const wd *w, size_t i)
{
    char_props c = char_at(w, i);
    return c.del || c.vanish;
}
