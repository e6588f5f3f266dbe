#!/usr/bin/env python3
"""Write a report's text as a minimal .docx, to test how the .docx reader
reads what Word shows (hidden, struck-out, raised text, tracked moves,
mc:AlternateContent, paragraphs in a cell, merged cells).

usage: text_docx.py TEXT OUT.docx [PARTS]

PARTS, a file of lines 'word/NAME.xml<TAB>XML', adds those parts to the
zip as they are (word/numbering.xml, word/styles.xml: Word's automatic
numbering).

A line without a TAB is a paragraph; consecutive lines with a TAB are the
rows of one table, a cell per TAB-separated field. A cell (or a paragraph)
that starts with '<' is WordprocessingML written as it is: the runs of one
paragraph, or whole paragraphs when it starts with '<w:p>', or a whole
w:tc when it starts with '<w:tc>'. Anything else is one run of text.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def runs(text):
    return text if text.startswith('<') else '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


def paragraph(text):
    return text if text.startswith('<w:p>') else '<w:p>%s</w:p>' % runs(text)


def cell(text):
    return text if text.startswith('<w:tc>') else '<w:tc>%s</w:tc>' % paragraph(text)


def body(lines):
    out, rows = [], []
    for line in lines + [None]:
        if line is not None and '\t' in line:
            rows.append('<w:tr>%s</w:tr>' % ''.join(cell(c) for c in line.split('\t')))
            continue
        if rows:
            out.append('<w:tbl>%s</w:tbl>' % ''.join(rows))
            rows = []
        if line is not None:
            out.append(paragraph(line))
    return ''.join(out)


def main():
    text, out = sys.argv[1], sys.argv[2]
    lines = open(text, encoding='utf-8').read().replace('\r\n', '\n').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s</w:body></w:document>' % (NS, body(lines)))
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr('word/document.xml', doc)
        if len(sys.argv) > 3:
            for line in open(sys.argv[3], encoding='utf-8').read().split('\n'):
                if '\t' in line:
                    name, xml = line.split('\t', 1)
                    z.writestr(name, xml)


if __name__ == '__main__':
    main()
