#!/usr/bin/env python3
"""A trial of PDF reading on Word-style PDFs: the official 2021 template
(tests/input/template-2021-blank.docx) filled with a report's numbers, in
layout variants, printed to PDF by LibreOffice, read by each given xxgk;
every cell compared with the number filled in.

usage: lotrial.py OUTDIR XXGK [XXGK...]   (needs soffice on PATH)

Variants: font sizes (tables at 9 and 14 pt), table 四's columns narrower
(its spanning header cells wrap) and wider, landscape pages, header rows
repeated over page breaks, a row of table 三 left blank, cells left empty
instead of 0, a few scattered cells left empty. A filled number is
RIGHT when the PDF exports it in its cell, LOST when the cell has no value
there, WRONG when another number stands there; a cell left blank is RIGHT
when the PDF gives it no value, WRONG when it gives one; a number in a cell
of no filled number is EXTRA (wrong); SILENT counts the wrong cells that
export flags with no code. Prints one line per PDF and binary,
and the totals.
"""
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, 'tests', 'input'))
import fill_docx  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

REPORTS = ['pingtan-2021', 'huaian-2024', 'wenfeng-edu-2024', 'synth-trad-tsv-2022']
TEMPLATE = os.path.join(SRC, 'tests', 'input', 'template-2021-blank.docx')
NUMBER = fill_docx.NUMBER


def numbered(path):
    """each number of the text in fill order with its line and char column"""
    out = []
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        if '\t' not in line:
            continue
        col = 1
        for c in line.rstrip('\n').split('\t'):
            s = c.strip()
            if NUMBER.match(s):
                out.append((ln, col + (len(c) - len(c.lstrip())), s))
            col += len(c) + 1
    return out


def export(xxgk, path):
    r = subprocess.run([xxgk, 'export', path], capture_output=True, text=True)
    cells = {}
    for row in r.stdout.splitlines()[1:]:
        f = row.split(',')
        if len(f) < 14:
            continue
        cells.setdefault((f[6], f[7], f[8]), (f[9], int(f[11] or 0), int(f[12] or 0), f[13]))
    return cells


def tables(xml):
    return [m.span() for m in re.finditer(r'<w:tbl>.*?</w:tbl>', xml, re.S)]


def scale_table(xml, k, f):
    b, e = tables(xml)[k]
    t = re.sub(r'(<w:(?:gridCol|tcW) w:w=")(\d+)', lambda m: m.group(1) + str(int(int(m.group(2)) * f)), xml[b:e])
    return xml[:b] + t + xml[e:]


def font(xml, half_points):
    return re.sub(r'(<w:sz(?:Cs)? w:val=")\d+', lambda m: m.group(1) + str(half_points), xml)


def landscape(xml):
    return xml.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')


def repeat_header(xml):
    """each table's first two rows repeat at the top of each page"""
    out, last = [], 0
    for b, e in tables(xml):
        t = xml[b:e]
        n = [0]

        def mark(m):
            n[0] += 1
            if n[0] > 2:
                return m.group(0)
            if m.group(1):
                return m.group(0).replace('<w:trPr>', '<w:trPr><w:tblHeader/>', 1)
            return m.group(0) + '<w:trPr><w:tblHeader/></w:trPr>'
        t = re.sub(r'<w:tr(?: [^>]*)?>(<w:trPr>)?', mark, t)
        out += [xml[last:b], t]
        last = e
    return ''.join(out) + xml[last:]


VARIANTS = {
    'base': (lambda x: x, None),
    'sz9': (lambda x: font(x, 18), None),
    'sz14': (lambda x: font(x, 28), None),
    't4narrow': (lambda x: scale_table(x, 2, 0.75), None),
    't4narrow9': (lambda x: font(scale_table(x, 2, 0.7), 18), None),
    't4wide': (lambda x: scale_table(x, 2, 1.2), None),
    'landscape': (landscape, None),
    'repeat14': (lambda x: repeat_header(font(x, 28)), None),
    'blankrow': (lambda x: x, 'row'),
    'zeroempty': (lambda x: x, 'zero'),
    'scattered': (lambda x: x, 'scatter'),
}


def blanks(kind, nums):
    """indexes of the numbers left out of their cells"""
    if kind == 'zero':
        return {i for i, n in enumerate(nums) if n[2] == '0'}
    if kind == 'scatter':
        return set(range(5, len(nums), 17))
    if kind == 'row':  # the 4th line of numbers with 7 numbers in table 三 (a row of it)
        lines = {}
        for i, n in enumerate(nums):
            lines.setdefault(n[0], []).append(i)
        rows = [ix for ix in lines.values() if len(ix) == 7]
        return set(rows[3]) if len(rows) > 3 else set()
    return set()


def make(report, name, out):
    txt = os.path.join(SRC, 'corpus', report + '.txt')
    nums = numbered(txt)
    change, kind = VARIANTS[name]
    gone = blanks(kind, nums)
    with zipfile.ZipFile(TEMPLATE) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts['word/document.xml'].decode('utf-8')
    for prefix, uri in re.findall(r'xmlns:(\w+)="([^"]+)"', xml):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(xml)
    cells = list(fill_docx.empty_cells(root.find(fill_docx.q('body'))))
    assert len(cells) == len(nums), (report, len(cells), len(nums))
    for i, (tc, n) in enumerate(zip(cells, nums)):
        if i not in gone:
            fill_docx.put(tc, n[2])
    xml = change(ET.tostring(root, encoding='unicode'))
    parts['word/document.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml).encode('utf-8')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return nums, gone


def truth(xxgk, report, nums, gone):
    txt = os.path.join(SRC, 'corpus', report + '.txt')
    at = {(g[1], g[2]): key for key, g in export(xxgk, txt).items()}
    want = {}
    for i, (ln, col, v) in enumerate(nums):
        key = at.get((ln, col))
        if key:
            want[key] = '' if i in gone else v
    return want


def score(want, got):
    """right, lost, wrong, silent (wrong with no flag on the cell)"""
    right = lost = wrong = silent = 0
    for key, v in want.items():
        g = got.get(key, ('', 0, 0, ''))
        if g[0] == v:
            right += 1
        elif g[0] == '':
            lost += 1
        else:
            wrong += 1
            silent += g[3] == ''
    for k, g in got.items():
        if k not in want and g[0] != '' and k[0] in ('proactive', 'requests', 'appeals'):
            wrong += 1
            silent += g[3] == ''
    return right, lost, wrong, silent


def main(outdir, xxgks):
    os.makedirs(outdir, exist_ok=True)
    todo = []
    for r in REPORTS:
        for name in VARIANTS:
            docx = os.path.join(outdir, '%s.%s.docx' % (r, name))
            nums, gone = make(r, name, docx)
            todo.append((r, name, docx, nums, gone))
    need = [d for (_, _, d, _, _) in todo if not os.path.exists(d[:-5] + '.pdf') or os.path.getmtime(d[:-5] + '.pdf') < os.path.getmtime(d)]
    if need:
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + need,
                       capture_output=True, check=True)
    totals = {x: [0, 0, 0, 0, 0] for x in xxgks}
    for r, name, docx, nums, gone in todo:
        pdf = docx[:-5] + '.pdf'
        want = truth(xxgks[0], r, nums, gone)
        line = '%-22s %-10s' % (r, name)
        for x in xxgks:
            right, lost, wrong, silent = score(want, export(x, pdf))
            chk = subprocess.run([x, 'check', pdf], capture_output=True, text=True)
            errs = len(re.findall(r'(?m)^\S+: (?:error|warning)\[', chk.stdout + chk.stderr))
            t = totals[x]
            t[0] += right
            t[1] += lost
            t[2] += wrong
            t[3] += 1 if lost == 0 and wrong == 0 else 0
            t[4] += silent
            line += '  | R %3d L %3d W %2d S %2d d %3d' % (right, lost, wrong, silent, errs)
        print(line, flush=True)
    for x, t in totals.items():
        print('TOTAL %s: right %d lost %d WRONG %d (SILENT %d), whole PDFs %d of %d' % (x, t[0], t[1], t[2], t[4], t[3], len(todo)))


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
