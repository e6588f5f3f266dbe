#!/usr/bin/env python3
"""Synthetic PDFs for tests/pdf/synthetic.sh: a report's text (tables with
TAB between cells, like tests/fixtures/canonical-2021.txt) typeset the way
real reports are printed, with every word placed by hand so the geometry is
known: ruled-table layout with header cells stacked over two or three
lines, group labels one character per line in a narrow merged column
(三、本年度办理结果) or a few per line ((三)不予公开), long labels wrapped and
their numbers centred in the tall row, table 三 running across a page break
with its header repeated, a page number at the foot of every page.

The font is not embedded (pdftotext needs only its widths and the
ToUnicode map), so no CJK font has to be installed.

usage: make_pdf.py REPORT.txt OUT.pdf [--pagenum dash|zh|bare|none]
                   [--break-row N] [--no-repeat] [--scan]
                   [--wrap A,B,C] [--valign top|mid|bottom] [--footer TEXT]
--break-row N  start a new page before body row N of table 三 (0-based)
--wrap A,B,C   table 三's labels wrapped at A, B, C characters (labels of
               one, two, three levels; default 14,12,9)
--valign       where a row's numbers stand in its tall cell (default mid)
--scan         one page with a drawn picture and no text at all
--footer TEXT  a footer line at the bottom of every page, above the number
--tight        cells without padding, as a browser prints cellpadding=0:
               the number columns of the plain tables (二) start right
               where the widest label ends, so that label and its number
               touch and pdftotext gives one word (行政规范性文件3); table
               四's columns 17 pt apart, its two-character header lines
               1 pt apart
--step N       the plain tables' number columns N pt apart (default 100)
--digits A,..  the advances of the digits 0-9 in thousandths of an em
               (default 500 each): proportional digits
--bold-digits A,..  a second face (a bold's wider digits, the same
               height) in which every lone digit of --bold-page is set
--bold-page P  the page (1-based) whose lone digits are set in the bold
               face; 0 (default): none
--pagenum-size S  the page numbers' size in pt (default 10; 8 is the
               tables' size, their digits as tall as the cells')
--t4-step S    table 四's columns S pt apart, its numbers right-aligned
               (S of 9 or so: a number ends a point before the next
               cell's, pdftotext gives one word of the two)
"""
import sys

args = sys.argv[1:]
src, dst = args[0], args[1]
opt = {"pagenum": "dash", "break": -1, "repeat": True, "scan": False,
       "wrap": [14, 12, 9], "valign": "mid", "footer": None, "tight": False, "step": 100,
       "digits": [500] * 10, "bold": None, "boldpage": 0, "t4step": 0, "pnsize": 10}
i = 2
while i < len(args):
    a = args[i]
    if a == "--pagenum":
        opt["pagenum"] = args[i + 1]; i += 2
    elif a == "--pagenum-size":
        opt["pnsize"] = float(args[i + 1]); i += 2
    elif a == "--break-row":
        opt["break"] = int(args[i + 1]); i += 2
    elif a == "--no-repeat":
        opt["repeat"] = False; i += 1
    elif a == "--scan":
        opt["scan"] = True; i += 1
    elif a == "--wrap":
        opt["wrap"] = [int(v) for v in args[i + 1].split(",")]; i += 2
    elif a == "--valign":
        opt["valign"] = args[i + 1]; i += 2
    elif a == "--footer":
        opt["footer"] = args[i + 1]; i += 2
    elif a == "--tight":
        opt["tight"] = True; i += 1
    elif a == "--step":
        opt["step"] = int(args[i + 1]); i += 2
    elif a == "--digits":
        opt["digits"] = [int(v) for v in args[i + 1].split(",")]; i += 2
    elif a == "--bold-digits":
        opt["bold"] = [int(v) for v in args[i + 1].split(",")]; i += 2
    elif a == "--bold-page":
        opt["boldpage"] = int(args[i + 1]); i += 2
    elif a == "--t4-step":
        opt["t4step"] = float(args[i + 1]); i += 2
    else:
        sys.exit("unknown option " + a)

W, H = 595, 842
TOP, BOTTOM, LEFT = 780, 70, 60

pages = []      # each a list of (x, y, size, text)
cur = []
y = TOP


def new_page():
    global cur, y
    pages.append(cur)
    cur = []
    y = TOP


def put(x, yy, size, text):
    if text:
        cur.append((x, yy, size, text))


def advance(c, digits=None):
    """a character's advance in thousandths of an em"""
    if "0" <= c <= "9":
        return (digits or opt["digits"])[ord(c) - 48]
    return 500 if ord(c) < 128 else 1000


def width(text, size):
    return sum(advance(c) * size / 1000 for c in text)


def wrap(text, n):
    return [text[k:k + n] for k in range(0, len(text), n)] or [""]


def need(h):
    if y - h < BOTTOM:
        new_page()


def prose(line, size=12, per=36):
    global y
    for part in wrap(line, per):
        need(size * 1.5)
        put(LEFT, y, size, part)
        y -= size * 1.5


# ---- table 三 geometry
NUMX = [232 + 44 * k for k in range(7)]   # left edges of the 7 number columns
NUMW = 40
FS = 8


def centre(x0, w, text, size=FS):
    return x0 + (w - width(text, size)) / 2


def header3():
    """the 2021 header of table 三, stacked as Word prints it"""
    global y
    lh = FS + 3
    top = y
    put(centre(NUMX[0], 7 * 44, "申请人情况"), top, FS, "申请人情况")
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    for k, part in enumerate(wrap(note, 13)):
        put(LEFT, top - lh * (k + 1), FS, part)
    put(centre(NUMX[0], NUMW, "自然人"), top - lh * 2, FS, "自然人")
    put(centre(NUMX[1], 5 * 44, "法人或其他组织"), top - lh * 1.5, FS, "法人或其他组织")
    put(centre(NUMX[6], NUMW, "总计"), top - lh * 2, FS, "总计")
    for k, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        parts = wrap(h, 2)
        for j, part in enumerate(parts):
            put(centre(NUMX[1 + k], NUMW, part), top - lh * (2.5 + j), FS, part)
    y = top - lh * 5.5


def canonical3(body):
    """table 三's body rows with their labels in three fields (group, sub-
    group, item) as tests/fixtures/canonical-2021.txt writes them, from any
    of the text shapes (a group named again, no leading empty fields)"""
    out, group_seen, sub_open = [], False, None
    for r in body:
        labels, nums = [f for f in r[:-7] if f], r[-7:]
        last = labels[-1] if labels else ""
        if last.startswith(("一、", "二、", "四、")):
            out.append([last] + nums)
            continue
        g1 = "" if group_seen else "三、本年度办理结果"
        group_seen = True
        subs = [f for f in labels if f.startswith("（") and f is not last]
        if last[:1].isdigit():
            sub = subs[-1] if subs else ""
            if sub and sub != sub_open:
                sub_open = sub
            else:
                sub = ""
            out.append([g1, sub, last] + nums)
        else:
            sub_open = None
            out.append([g1, last] + nums)
    return out


def table3(rows):
    global y
    body = canonical3(rows[3:])
    # group spans: first field opens a group of column 1, second of column 2
    g1, g2 = [], []
    for k, r in enumerate(body):
        labels = r[:-7]
        if labels[0] or len(labels) == 1:
            g1.append([k, k, labels[0] if len(labels) > 1 else ""])
        else:
            g1[-1][1] = k
        if len(labels) == 3:
            if labels[1]:
                g2.append([k, k, labels[1]])
            else:
                g2[-1][1] = k
    header3()
    placed = {}   # row index -> (page index, top y, bottom y)
    for k, r in enumerate(body):
        labels, nums = r[:-7], r[-7:]
        label = labels[-1]
        if len(labels) == 1:
            lines, x = wrap(label, opt["wrap"][0]), LEFT
        elif len(labels) == 2:
            lines, x = wrap(label, opt["wrap"][1]), LEFT + 16
        else:
            lines, x = wrap(label, opt["wrap"][2]), LEFT + 58
        lh = FS + 3
        h = max(len(lines), 1) * lh + 6
        if k == opt["break"] or y - h < BOTTOM:
            new_page()
            if opt["repeat"]:
                header3()
        top = y
        for j, part in enumerate(lines):
            put(x, top - 3 - lh * (j + 1) + 3, FS, part)
        mid = top - h / 2 - FS / 2 + 1
        if opt["valign"] == "top":      # on the label's first line
            mid = top - lh
        elif opt["valign"] == "bottom":  # on its last line
            mid = top - lh * max(len(lines), 1)
        for c, v in enumerate(nums):
            put(centre(NUMX[c], NUMW, v), mid, FS, v)
        placed[k] = (len(pages), top, top - h)
        y = top - h
    # group labels over the rows they span, centred on the part of the
    # group on the page of its first row; a label longer than that part
    # starts at its top and goes on at the top of the next page's part
    for groups, x, per in ((g1, LEFT, 1), (g2, LEFT + 16, 3)):
        for a, b, text in groups:
            if not text:
                continue
            page, top, _ = placed[a]
            rows_here = [k for k in range(a, b + 1) if placed[k][0] == page]
            bottom = min(placed[k][2] for k in rows_here)
            parts = wrap(text, per)
            lh = FS + 6
            start = min(top - lh, top - (top - bottom - lh * len(parts)) / 2 - lh)
            for j, part in enumerate(parts):
                yy = start - lh * j
                pg = page
                if yy < bottom + 2:
                    later = [k for k in range(a, b + 1) if placed[k][0] > page]
                    if later:
                        pg = placed[later[0]][0]
                        nxt_top = placed[later[0]][1]
                        over = [q for q in range(j) if start - lh * q < bottom + 2]
                        yy = nxt_top - lh * (1 + len(over))
                target = cur if pg == len(pages) else pages[pg]
                target.append((x, yy, FS, part))


def table4(rows):
    global y
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    step = 17 if opt["tight"] else 32
    step = opt["t4step"] or step
    xs = [LEFT + step * k for k in range(15)]
    lh = FS + 3
    need(lh * 8)
    top = y
    put(centre(xs[0], 5 * step, "行政复议"), top, FS, "行政复议")
    put(centre(xs[5], 10 * step, "行政诉讼"), top, FS, "行政诉讼")
    put(centre(xs[5], 5 * step, "未经复议直接起诉"), top - lh * 1.5, FS, "未经复议直接起诉")
    put(centre(xs[10], 5 * step, "复议后起诉"), top - lh * 1.5, FS, "复议后起诉")
    for k in range(15):
        h = heads[k % 5]
        base = top - lh * (2.5 if k < 5 else 3)
        for j, part in enumerate(wrap(h, 2)):
            put(centre(xs[k], step - 2, part), base - lh * j, FS, part)
    for k, v in enumerate(rows[-1]):
        if opt["t4step"]:   # right-aligned in its narrow cell
            put(xs[k] + step - 1 - width(v, FS), top - lh * 6, FS, v)
        else:
            put(centre(xs[k], step - 2, v), top - lh * 6, FS, v)
    y = top - lh * 7.5


def table_plain(rows):
    global y
    x0 = 250
    if opt["tight"]:   # no padding: the widest label touches its number
        x0 = LEFT + max(width(r[0], 9) for r in rows if len([c for c in r if c]) > 1)
    for r in rows:
        need(16)
        put(LEFT, y, 9, r[0])
        for k, c in enumerate(r[1:]):  # an empty cell keeps its column
            if c:
                put(x0 + opt["step"] * k, y, 9, c)
        y -= 16


if opt["scan"]:
    pages.append([])  # REPORT.txt is not read: give "-"
else:
    lines = open(src, encoding="utf-8").read().split("\n")
    k = 0
    while k < len(lines):
        if "\t" not in lines[k]:
            if lines[k].strip():
                prose(lines[k])
            k += 1
            continue
        block = []
        while k < len(lines) and "\t" in lines[k]:
            block.append(lines[k].rstrip("\t").split("\t"))
            k += 1
        if block[0][0].startswith("（本列数据"):
            table3(block)
        elif block[0][0].startswith("行政复议"):
            table4(block)
        else:
            table_plain(block)
        y -= 8
    pages.append(cur)

n = len(pages)
if opt["footer"]:
    for words in pages:
        words.append((LEFT, 56, 9, opt["footer"]))
if opt["pagenum"] != "none":
    for p, words in enumerate(pages):
        t = {"dash": "- %d -" % (p + 1), "zh": "第 %d 页 共 %d 页" % (p + 1, n),
             "bare": "%d" % (p + 1)}[opt["pagenum"]]
        words.append((W / 2 - width(t, opt["pnsize"]) / 2, 40, opt["pnsize"], t))

# ---- the PDF: one Type0 font, CIDs given in order of first use
cids = {}
for words in pages:
    for _, _, _, t in words:
        for c in t:
            cids.setdefault(c, len(cids) + 1)

objs = []


def obj(body):
    objs.append(body if isinstance(body, bytes) else body.encode("latin-1"))
    return len(objs)


def stream(data, extra=""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream"


cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
items = sorted(cids.items(), key=lambda kv: kv[1])
for s in range(0, len(items), 100):
    chunk = items[s:s + 100]
    cmap.append("%d beginbfchar" % len(chunk))
    for c, cid in chunk:
        u = c.encode("utf-16-be").hex().upper()
        cmap.append("<%04X> <%s>" % (cid, u))
    cmap.append("endbfchar")
cmap += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
tounicode = obj(stream("\n".join(cmap).encode()))


def type0(name, digits):
    widths = " ".join("%d [%d]" % (cid, advance(c, digits)) for c, cid in items)
    desc = obj("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 -120 1000 880] "
               "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>" % name)
    cidfont = obj("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s "
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  "/FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>" % (name, desc, widths))
    return obj("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
               "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (name, cidfont, tounicode))


font = type0("SynthSong", None)
bold = type0("SynthSong-Bold", opt["bold"]) if opt["bold"] else font
pages_id = len(objs) + 2 * n + 1
kids = []
for words in pages:
    ops = []
    if opt["scan"]:
        ops.append("0.6 g 80 200 430 500 re f 0.2 g 120 260 200 20 re f")
    for x, yy, size, t in words:
        hexs = "".join("%04X" % cids[c] for c in t)
        f = 2 if len(kids) + 1 == opt["boldpage"] and len(t) == 1 and "0" <= t <= "9" else 1
        ops.append("BT /F%d %g Tf %.2f %.2f Td <%s> Tj ET" % (f, size, x, yy, hexs))
    content = obj(stream("\n".join(ops).encode()))
    kids.append(obj("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                    "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                    % (pages_id, W, H, content, font, bold)))
assert len(objs) + 1 == pages_id
obj("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n))
root = obj("<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
offs = []
for k, body in enumerate(objs):
    offs.append(len(out))
    out += b"%d 0 obj\n" % (k + 1) + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, xref)
open(dst, "wb").write(out)
