#!/usr/bin/env python3
"""Fill the official 2021 template (.docx, every value cell empty) with known
numbers, to make .docx fixtures whose cells a test can check exactly.

usage: fill_docx.py TEMPLATE.docx NUMBERS OUT.docx

NUMBERS is a report's text with a TAB between table cells (one table row per
line, as `xxgk text` prints): its numbers, in order, go into the template's
empty value cells, in order (tables in document order, rows top to bottom,
cells left to right; a cell continuing a vertical merge is not a cell of its
own). The two must have as many numbers as empty cells, else the script
fails: a fixture never holds a number the report did not put there.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
q = lambda tag: '{%s}%s' % (W, tag)
NUMBER = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')


def numbers_of(path):
    out = []
    for line in open(path, encoding='utf-8'):
        if '\t' not in line:
            continue
        out += [c.strip() for c in line.rstrip('\n').split('\t') if NUMBER.match(c.strip())]
    return out


def cell_text(tc):
    return ''.join(t.text or '' for t in tc.iter(q('t')))


def continues_merge(tc):
    vm = tc.find('%s/%s' % (q('tcPr'), q('vMerge')))
    return vm is not None and vm.get(q('val')) != 'restart'


def empty_cells(body):
    for tbl in body.iter(q('tbl')):
        for tr in tbl.findall(q('tr')):
            for tc in tr.findall(q('tc')):
                if not continues_merge(tc) and not cell_text(tc).strip(' \t\u3000\u00a0'):
                    yield tc


def put(tc, value):
    p = tc.find(q('p'))
    if p is None:
        p = ET.SubElement(tc, q('p'))
    ts = list(p.iter(q('t')))
    if ts:
        ts[0].text = value
        for t in ts[1:]:
            t.text = ''
        return
    r = ET.SubElement(p, q('r'))
    ET.SubElement(r, q('t')).text = value


def main(template, numbers, out):
    with zipfile.ZipFile(template) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts['word/document.xml'].decode('utf-8')
    for prefix, uri in re.findall(r'xmlns:(\w+)="([^"]+)"', xml):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(xml)
    cells = list(empty_cells(root.find(q('body'))))
    values = numbers_of(numbers)
    if len(cells) != len(values):
        sys.exit('fill_docx: %d empty cells, %d numbers' % (len(cells), len(values)))
    for tc, v in zip(cells, values):
        put(tc, v)
    parts['word/document.xml'] = ET.tostring(root, encoding='utf-8', xml_declaration=True)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
