#!/usr/bin/env python3
"""Write a report as Word (or WPS) saves it, to test how xxgk reads real
.docx files: the markup Word writes around the text (rsids, run
properties, runs split at random, proofing marks, bookmarks, empty
paragraphs), and on request the features real Word files have.

usage: word_docx.py SRC OUT.docx [FEATURE ...]

SRC is a report's text (a line with a TAB is a row of a table, a cell per
field; consecutive rows are one table) or an article body in HTML (<p>
paragraphs, <table> with rowspan/colspan: gridSpan and vMerge in Word).

FEATURES (any number, in any order):
  num          headings 一、… （一）… typed without their number, numbered by
               Word's automatic numbering (w:numPr, numbering.xml:
               chineseCounting %1、 and （%1）, restarting under each 一、)
  num-style    the same numbering carried by heading styles (styles.xml)
  num-link     the same numbering through a list style (w:numStyleLink)
  num-wps      the numbering as WPS writes it: one list per level, w:suff
               nothing, each （一） list restarted by a new w:num
  num-restart  (with num) the headings from 三、 on (and their （一）) in a
               second list of the same w:abstractNum, started at 3 by a
               w:lvlOverride's w:startOverride (Word's "set numbering
               value" on a list it broke)
  num-restart-lvl  the same, the override giving level 0 as a whole w:lvl
               of its own (w:start 3, no w:startOverride)
  num-cells    table labels 一、 （一） 1. numbered by Word too
  tab-indent   body paragraphs indented by a w:tab before their text
  sdt-rows     table rows inside content controls (w:sdt around w:tr)
  sdt-cells    table cells inside content controls (w:sdt around w:tc)
  sdt-runs     every number inside a run-level content control
  custom-xml   table rows and cells inside w:customXml
  placeholder  a form made of content controls: every number cell's text in
               a filled w:sdt, every empty cell a w:sdt showing Word's
               placeholder (w:showingPlcHdr, 单击或点击此处输入文字。), a
               date control showing its placeholder after the first paragraph
  placeholder-0  the same, the template's own placeholder a 0 (请填写 0 …
               as templates prompt: the prompt is a digit)
  fields       every number a formula field's result (=SUM(LEFT) in
               w:instrText), or a w:fldSimple's
  tracked      every number typed over: the old one deleted (w:del), the
               new one inserted (w:ins); a paragraph inserted, one deleted
  split        runs split between every character, proofing marks and
               bookmarks between them
  unit-lines   a number cell of table 二 written as the number, then 万元
               or 件 in a paragraph of its own
  empty-rows   an empty row at the end of every table
  vertical     group labels of table 三 as one character per paragraph
  textbox      the title in a text box anchored in the first paragraph
  textbox-cell the first number cell of every table anchors a text box
               holding 34 (VML only with wps), floating over its number
  textbox-mark the first number cell of every table anchors a text box
               holding the footnote mark 注1 (VML only with wps) by its number
  textbox-inline  every number of a table cell only in an inline text box
               (wp:inline; VML without position:absolute with wps)
  textbox-table  every table inside an inline text box (wp:inline; VML
               without position:absolute with wps), alone in its paragraph
  textbox-label  every cell label 1.… (a list number and Han text) only in
               a text box anchored in the cell's paragraph
  textbox-heading  every heading 一、… anchors a text box holding a note
               (（单位：件）)
  choice-emptyfb  the first number of every table only in an mc:Choice
               requiring w16cex, its mc:Fallback empty (no reader but a
               Word knowing w16cex shows it)
  textbox-body every long paragraph in a text box (mc:AlternateContent: the
               box as a wps shape in mc:Choice, as VML in mc:Fallback, the
               text in both) anchored in an empty paragraph
  symbols      every number of a table cell a Word 2016 symbol: an
               mc:AlternateContent whose mc:Choice requires w16se (a
               w16se:symEx per character, no text) and whose mc:Fallback
               holds the text
  footnote     a footnote after the first number of table 二
  strict       the strict OOXML namespaces (ISO 29500 strict)
  wps          the namespaces, prefixes and markup order WPS writes
  hmerge       horizontal merges written as w:hMerge (Word 97 files)
  frame        the whole report inside a one-cell layout table
  frame-rows   the whole report in a one-column layout table, every
               paragraph and table a row of its own
  frame-deleted  frame, and a second row deleted with tracked changes
               holding 一、总体情况 99
  frame-sig    frame, and a last row of two cells: the signature
               (某某办公室 | 2024年1月20日)
  frame-logo   frame, and a first row of two cells: a logo and a blank
  frame-stats  frame, and a last row of two cells holding a label and a
               number: a statistics row, the table no frame
  frame-wide-deleted  frame, and a last row of two cells deleted with
               tracked changes holding 一、总体情况 99 | 12
  altchunk     (nothing else applies) the body an HTML altChunk: the
               report's paragraphs and tables as one page (afchunk.htm)
  altchunk-mht (nothing else applies) the same page as a web archive
               (afchunk.mht: MIME, quoted-printable, GB18030 bytes, the
               charset named only in the part's header)
"""
import html.parser
import os
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W_T = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W_S = 'http://purl.oclc.org/ooxml/wordprocessingml/main'
R_T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
R_S = 'http://purl.oclc.org/ooxml/officeDocument/relationships'
CN = '一二三四五六七八九十'


def cn_number(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return '十' + (CN[n - 11] if n > 10 else '')
    return CN[n // 10 - 1] + '十' + (CN[n % 10 - 1] if n % 10 else '')


# ---- the report as blocks ---------------------------------------------------

def blocks_of_text(path):
    out, rows = [], []
    text = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    text = re.sub('[\x00-\x08\x0b-\x1f]', '', text)  # no XML character: a page break of a PDF's text
    for line in text.rstrip('\n').split('\n') + [None]:
        if line is not None and '\t' in line:
            rows.append([{'text': c, 'rs': 1, 'cs': 1} for c in line.split('\t')])
            continue
        if rows:
            out.append(('tbl', rows))
            rows = []
        if line is not None:  # an empty line is an empty paragraph
            out.append(('p', line))
    return out


class Html(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.tables, self.text, self.cell = [], [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.tables.append([])
        elif tag == 'tr' and self.tables:
            self.tables[-1].append([])
        elif tag == 'td' and self.tables:
            self.cell = {'paras': [], 'rs': int(a.get('rowspan', 1)), 'cs': int(a.get('colspan', 1))}
        elif tag == 'p':
            self.text = ''

    def handle_endtag(self, tag):
        if tag == 'p' and self.text is not None:
            if self.cell is not None:
                self.cell['paras'].append(self.text)
            elif self.text.strip():
                self.out.append(('p', self.text))
            self.text = None
        elif tag == 'td' and self.cell is not None:
            self.cell['text'] = '\n'.join(self.cell['paras'])
            self.tables[-1][-1].append(self.cell)
            self.cell = None
        elif tag == 'table' and self.tables:
            self.out.append(('tbl', self.tables.pop()))

    def handle_data(self, data):
        if self.text is not None:
            self.text += data
        elif self.cell is not None and data.strip():
            self.cell['paras'].append(data)


def blocks_of_html(path):
    p = Html()
    p.feed(open(path, encoding='utf-8').read())
    return p.out


# ---- writing ----------------------------------------------------------------

class Doc:
    def __init__(self, features, seed):
        self.f = set(features)
        self.rnd = random.Random(seed)
        self.rsid = ['00%06X' % self.rnd.randrange(1 << 24) for _ in range(6)]
        self.ids = 0
        self.numbered = {'h1': 0, 'h2': 0}  # counters the numbering shows
        self.nums = []     # extra w:num elements (WPS restarts)
        self.footnotes = []
        self.section = 0

    def next_id(self):
        self.ids += 1
        return self.ids

    def rpr(self, extra=''):
        return ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" '
                'w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/>%s<w:sz w:val="32"/><w:szCs w:val="32"/>'
                '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>' % extra)

    def run(self, text, extra=''):
        if text == '':
            return ''
        return '<w:r w:rsidRPr="%s">%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
            self.rnd.choice(self.rsid), self.rpr(extra), escape(text))

    def runs(self, text, number=False):
        """text as runs Word splits; a number as the feature asks"""
        if number and 'fields' in self.f:
            if self.rnd.random() < 0.5:
                return ('<w:fldSimple w:instr=" =SUM(LEFT) \\# &quot;0&quot; ">%s</w:fldSimple>' %
                        self.run(text))
            return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve">'
                    ' =SUM(ABOVE) \\* MERGEFORMAT </w:instrText></w:r><w:r>%s<w:fldChar w:fldCharType="separate"/>'
                    '</w:r>%s<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>' % (
                        self.rpr(), self.rpr(), self.rpr(), self.run(text), self.rpr()))
        if number and 'tracked' in self.f:
            old = str(int(text.split('.')[0]) + 1) if text.split('.')[0].isdigit() else '0'
            i = self.next_id()
            return ('<w:del w:id="%d" w:author="办公室" w:date="2022-01-20T10:00:00Z"><w:r>%s<w:delText>%s'
                    '</w:delText></w:r></w:del><w:ins w:id="%d" w:author="办公室" w:date="2022-01-20T10:00:00Z">'
                    '%s</w:ins>' % (i, self.rpr(), old, self.next_id(), self.run(text)))
        if number and self.placeholder_on():  # a filled control: showingPlcHdr gone
            return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_'
                    '-1854013440"/></w:placeholder><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
                        self.rnd.randrange(1 << 30), self.run(text)))
        if number and 'symbols' in self.f:
            return ('<w:r>%s<mc:AlternateContent xmlns:w16se="http://schemas.microsoft.com/office/word/2015/'
                    'wordml/symex"><mc:Choice Requires="w16se">%s</mc:Choice><mc:Fallback><w:t>%s</w:t>'
                    '</mc:Fallback></mc:AlternateContent></w:r>' % (
                        self.rpr(), ''.join('<w16se:symEx w16se:font="Segoe UI Symbol" w16se:char="%04X"/>' % ord(ch)
                                            for ch in text), escape(text)))
        if number and 'choice-emptyfb' in self.f and not self.boxed:
            # the table's first number only in an mc:Choice for a markup
            # newer than most readers know (w16cex), the mc:Fallback empty
            self.boxed = True
            return ('<mc:AlternateContent xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex">'
                    '<mc:Choice Requires="w16cex">%s</mc:Choice><mc:Fallback/></mc:AlternateContent>' %
                    self.run(text))
        if number and 'sdt-runs' in self.f:
            return ('<w:sdt><w:sdtPr><w:alias w:val="数量"/><w:tag w:val="n%d"/><w:id w:val="%d"/>'
                    '<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
                        self.next_id(), self.rnd.randrange(1 << 30), self.run(text)))
        if 'split' in self.f:
            out = []
            for ch in text:
                out.append(self.run(ch))
                k = self.rnd.randrange(4)
                if k == 0:
                    out.append('<w:proofErr w:type="spellStart"/>')
                elif k == 1:
                    i = self.next_id()
                    out.append('<w:bookmarkStart w:id="%d" w:name="_GoBack%d"/><w:bookmarkEnd w:id="%d"/>' % (i, i, i))
            return ''.join(out)
        # Word splits at rsid changes: a few runs
        cuts = sorted(self.rnd.sample(range(1, len(text)), min(2, len(text) - 1))) if len(text) > 3 else []
        out, at = [], 0
        for c in cuts + [len(text)]:
            out.append(self.run(text[at:c]))
            at = c
        return ''.join(out)

    def ppr(self, inner='', jc='both', indent=True):
        ind = '<w:ind w:firstLine="640" w:firstLineChars="200"/>' if indent else ''
        return ('<w:pPr>%s<w:spacing w:line="560" w:lineRule="exact"/>%s<w:jc w:val="%s"/>%s</w:pPr>' % (
            inner, ind, jc, self.rpr()))

    def para(self, inner, ppr=None):
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (
            self.rsid[0], self.rsid[1], self.rsid[2], ppr if ppr is not None else self.ppr(), inner)

    # -- headings and their numbering
    def heading(self, text):
        """(level, title) when text is a heading the numbering could show"""
        m = re.match(r'^([一二三四五六七八九十]+)、(.+)$', text)
        if m and m.group(1) == cn_number(self.numbered['h1'] + 1) and len(text) < 40:
            return 0, m.group(2)
        m = re.match(r'^（([一二三四五六七八九十]+)）(.+)$', text)
        if m and m.group(1) == cn_number(self.numbered['h2'] + 1):
            return 1, m.group(2)
        return None

    def numbering_on(self):
        return any(x in self.f for x in ('num', 'num-style', 'num-link', 'num-wps'))

    def numbered_para(self, level, title):
        if level == 0:
            self.numbered['h1'] += 1
            self.numbered['h2'] = 0
        else:
            self.numbered['h2'] += 1
        if 'num-style' in self.f:
            inner = '<w:pStyle w:val="%d"/>' % (2 + level)
        elif 'num-wps' in self.f:
            if level == 0:
                inner = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            else:
                if self.numbered['h2'] == 1:  # a new list for each section's （一）
                    self.nums.append(len(self.nums) + 3)
                inner = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % self.nums[-1]
        else:
            restart = ('num-restart' in self.f or 'num-restart-lvl' in self.f) and self.numbered['h1'] >= 3
            inner = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (level, 3 if restart else 1)
        extra = '<w:b/><w:bCs/>' if level == 0 else ''
        return self.para(self.run(title, extra), self.ppr(inner))

    def paragraph(self, text):
        if text == '':
            return self.para('', self.ppr())
        h = self.heading(text) if self.numbering_on() else None
        if h:
            return self.numbered_para(*h)
        if 'textbox-body' in self.f and len(text) > 40:
            return self.textbox_para(text)
        if 'textbox-heading' in self.f and re.match(r'^[一二三四五六七八九十]+、', text):
            # a note floating by the heading, in a box anchored in it
            return self.para(self.runs(text) + self.textbox_run('（单位：件）'))
        if 'tab-indent' in self.f and len(text) > 40:
            return self.para('<w:r>%s<w:tab/></w:r>' % self.rpr() + self.runs(text), self.ppr(indent=False))
        return self.para(self.runs(text))

    # -- tables
    def placeholder_on(self):
        return 'placeholder' in self.f or 'placeholder-0' in self.f

    def placeholder(self, block, prompt=None):
        """a content control showing its placeholder: a run or a paragraph"""
        if prompt is None:
            prompt = '0' if 'placeholder-0' in self.f else '单击或点击此处输入文字。'
        run = ('<w:r><w:rPr><w:rStyle w:val="aa"/></w:rPr><w:t>%s</w:t></w:r>' % escape(prompt))
        pr = ('<w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
              '</w:placeholder><w:showingPlcHdr/>%s</w:sdtPr>' % (
                  self.rnd.randrange(1 << 30), '<w:date><w:dateFormat w:val="yyyy年M月d日"/></w:date>' if block else
                  '<w:text/>'))
        if block:
            return '<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, self.para(run))
        return '<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, run)

    def cell_paras(self, text, label_num, form=True):
        if text == '' and form and self.placeholder_on():
            return self.para(self.placeholder(False), self.ppr(jc='center', indent=False))
        if text == '':
            return self.para('', self.ppr(jc='center', indent=False))
        is_number = re.match(r'^-?[0-9]+(\.[0-9]+)?$', text) is not None
        out = []
        for line in text.split('\n'):
            inner = ''
            if label_num and 'num-cells' in self.f:
                m = re.match(r'^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+\.)(.+)$', line)
                if m:
                    lv = 0 if m.group(1).endswith('、') else 1 if m.group(1).startswith('（') else 2
                    key = ('c', lv)
                    want = {0: cn_number, 1: cn_number, 2: str}[lv](self.cell_count(lv) + 1)
                    typed = m.group(1).strip('（）、.')
                    if typed == want:
                        self.cell_step(lv)
                        inner = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="2"/></w:numPr>' % lv
                        line = m.group(2)
                    del key
            box = ''
            boxed = 'textbox-cell' in self.f and '34' or 'textbox-mark' in self.f and '注1'
            if is_number and boxed and not self.boxed:
                # the table's first number cell anchors a box of other digits
                # floating over it (a stale copy of a number, a pasted one),
                # or of a footnote mark by it
                self.boxed = True
                box = self.textbox_vml(boxed) if 'wps' in self.f else self.textbox_run(boxed)
            runs = self.runs(line, number=is_number)
            if is_number and 'textbox-inline' in self.f:
                runs = self.textbox_inline(line)
            elif 'textbox-label' in self.f and re.match(r'^[0-9]+\.[\u4e00-\u9fff]', line):
                runs = self.textbox_run(line)
            out.append(self.para(runs + box,
                                 self.ppr(inner, jc='center' if is_number else 'left', indent=False)))
        return ''.join(out)

    def cell_count(self, lv):
        return self.cells_num[lv]

    def cell_step(self, lv):
        self.cells_num[lv] += 1
        for k in range(lv + 1, 3):
            self.cells_num[k] = 0

    def table(self, rows, tableno):
        # the grid: place every cell, spans resolved
        grid, placed = {}, []
        width = 0
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while (r, c) in grid:
                    c += 1
                for dr in range(cell['rs']):
                    for dc in range(cell['cs']):
                        grid[(r + dr, c + dc)] = (r, c)
                placed.append((r, c, cell))
                c += cell['cs']
                width = max(width, c)
        top = {(r, c): cell for r, c, cell in placed}
        self.cells_num = [0, 0, 0]
        self.boxed = False
        trs = []
        for r in range(len(rows)):
            tcs, c = [], 0
            while c < width:
                key = grid.get((r, c))
                if key is None:  # a short row: an empty cell (no form field)
                    tcs.append(self.tc('', 1, None, form=False))
                    c += 1
                    continue
                cell = top[key]
                if key == (r, c):
                    tcs.append(self.tc(cell['text'], cell['cs'], 'restart' if cell['rs'] > 1 else None, tableno))
                else:
                    tcs.append(self.tc('', cell['cs'], 'continue'))
                c += cell['cs']
            if 'sdt-rows' in self.f and r > 0:
                trs.append('<w:sdt><w:sdtPr><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' %
                           (self.rnd.randrange(1 << 30), self.tr(tcs)))
            elif 'custom-xml' in self.f and r > 0:
                trs.append('<w:customXml w:uri="urn:xxgk" w:element="row">%s</w:customXml>' % self.tr(tcs))
            else:
                trs.append(self.tr(tcs))
        if 'empty-rows' in self.f:
            trs.append(self.tr([self.tc('', 1, None) for _ in range(width)]))
        grid_cols = ''.join('<w:gridCol w:w="%d"/>' % (9000 // max(width, 1)) for _ in range(width))
        tblpr = ('<w:tblPr><w:tblStyle w:val="a8"/><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                 '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>')
        return '<w:tbl>%s<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (tblpr, grid_cols, ''.join(trs))

    def tr(self, tcs):
        return ('<w:tr w:rsidR="%s"><w:trPr><w:trHeight w:val="454" w:hRule="atLeast"/><w:jc w:val="center"/>'
                '</w:trPr>%s</w:tr>' % (self.rsid[3], ''.join(tcs)))

    def tc(self, text, span, vmerge, tableno=0, form=True):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % (900 * span)
        if span > 1 and 'hmerge' not in self.f:
            pr += '<w:gridSpan w:val="%d"/>' % span
        if vmerge == 'restart':
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge == 'continue':
            pr += '<w:vMerge/>'
        pr += '<w:vAlign w:val="center"/>'
        if vmerge == 'continue':
            body = self.para('', self.ppr(jc='center', indent=False))
        elif 'vertical' in self.f and tableno == 3 and vmerge == 'restart' and len(text) <= 10:
            body = ''.join(self.para(self.run(ch), self.ppr(jc='center', indent=False)) for ch in text)
        elif 'unit-lines' in self.f and tableno == 2 and re.match(r'^[0-9.]+$', text):
            body = self.cell_paras(text, True) + self.para(self.run('万元' if '.' in text else '件'),
                                                          self.ppr(jc='center', indent=False))
        else:
            body = self.cell_paras(text, True, form)
        if 'footnote' in self.f and tableno == 2 and not self.footnotes and re.match(r'^[0-9]+$', text):
            fid = 2
            self.footnotes.append((fid, '注：含转办件。'))
            body = body.replace('</w:p>', '<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr>'
                                '<w:footnoteReference w:id="%d"/></w:r></w:p>' % fid, 1)
        tc = '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, body)
        out = [tc]
        if span > 1 and 'hmerge' in self.f:
            out = ['<w:tc><w:tcPr>%s<w:hMerge w:val="restart"/></w:tcPr>%s</w:tc>' % (pr, body)]
            for _ in range(span - 1):
                out.append('<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/><w:hMerge/>%s</w:tcPr>%s</w:tc>' % (
                    '<w:vMerge w:val="restart"/>' if vmerge == 'restart' else '<w:vMerge/>' if vmerge else '',
                    self.para('', self.ppr(jc='center', indent=False))))
        if 'sdt-cells' in self.f and re.match(r'^[0-9.]+$', text):
            return ''.join('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:showingPlcHdr w:val="0"/></w:sdtPr>'
                           '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (self.rnd.randrange(1 << 30), t)
                           for t in out)
        if 'custom-xml' in self.f and re.match(r'^[0-9.]+$', text):
            return ''.join('<w:customXml w:element="n">%s</w:customXml>' % t for t in out)
        return ''.join(out)

    # -- the document
    def body(self, blocks):
        out, tableno = [], 0
        first = True
        for b in blocks:
            if b[0] == 'p':
                p = self.paragraph(b[1])
                if first and 'textbox' in self.f:
                    p = self.textbox_para() + p
                if first and self.placeholder_on():
                    p = p + self.placeholder(True, '单击或点击此处输入日期。')
                first = False
                out.append(p)
                if self.rnd.random() < 0.15:
                    out.append(self.para('', self.ppr()))  # an empty paragraph
            else:
                tableno += 1
                t = self.table(b[1], tableno)
                if 'textbox-table' in self.f:  # the box's story ends on a paragraph, as Word writes it
                    t = self.para(self.inline_box(t + self.para('', self.ppr())), self.ppr())
                out.append(t)
                out.append(self.para('', self.ppr()))  # Word's paragraph after a table
        if 'tracked' in self.f:
            out.insert(1, '<w:p><w:pPr><w:rPr><w:ins w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z"/>'
                          '</w:rPr></w:pPr><w:ins w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z">%s</w:ins></w:p>'
                          % (self.next_id(), self.next_id(), self.run('（本段为修订时插入的说明文字。）')))
            out.insert(2, '<w:p><w:pPr><w:rPr><w:del w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z"/>'
                          '</w:rPr></w:pPr><w:del w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z"><w:r>'
                          '<w:delText>一、删除的段落</w:delText></w:r></w:del></w:p>' % (self.next_id(), self.next_id()))
        body = ''.join(out)
        cell = '<w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>%s%s</w:tc>'
        frame = ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/>'
                 '</w:tblGrid>%s</w:tbl>%s')
        if 'frame-rows' in self.f:  # every block a row of its own
            body = frame % (''.join('<w:tr>%s</w:tr>' % (cell % (b, '' if b.endswith('</w:p>') else self.para('')))
                                    for b in out), self.para(''))
        elif 'frame' in self.f or 'frame-deleted' in self.f:
            rows = '<w:tr>%s</w:tr>' % (cell % (body, self.para('')))
            half = '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>'
            two = lambda a, b: '<w:tr>%s%s</w:tr>' % (half % self.para(self.run(a)), half % self.para(self.run(b)))
            if 'frame-logo' in self.f:  # a logo and the title above the report
                rows = two('（图标）', '') + rows
            if 'frame-sig' in self.f:  # the signature under it
                rows += two('青禾县人民政府办公室', '2024年1月20日')
            if 'frame-stats' in self.f:  # a statistics row: the table is no frame
                rows += two('本年新收政府信息公开申请数量', '12')
            if 'frame-wide-deleted' in self.f:  # a two-cell row deleted with tracked changes, as Word marks it:
                dl = '<w:del w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z"%s>'  # the row and each run
                row = two('一、总体情况 99', '12').replace(
                    '<w:tr>', '<w:tr><w:trPr>%s</w:trPr>' % (dl % (self.next_id(), '/')), 1)
                row = re.sub(r'(<w:r[ >].*?</w:r>)', lambda m: (dl % (self.next_id(), '')) + m.group(1).replace(
                    '<w:t>', '<w:delText>').replace('<w:t xml:space="preserve">', '<w:delText xml:space="preserve">')
                    .replace('</w:t>', '</w:delText>') + '</w:del>', row)
                rows += row
            if 'frame-deleted' in self.f:  # a row deleted with tracked changes: in no final view
                rows += ('<w:tr><w:trPr><w:del w:id="%d" w:author="a" w:date="2022-01-20T10:00:00Z"/></w:trPr>%s</w:tr>'
                         % (self.next_id(), cell % (self.para(self.run('一、总体情况 99')), '')))
            body = frame % (rows, self.para(''))
        return body

    def textbox_para(self, text='政府信息公开工作年度报告'):
        return self.para(self.textbox_run(text))

    def textbox_run(self, text):
        """a run anchoring a floating text box that holds the paragraph text"""
        title = self.runs(text)
        return (
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
            '</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="500000"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="1" name="文本框 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape type="#_x0000_t202" '
            'style="position:absolute;width:400pt;height:40pt">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>' % (self.para(title), self.para(title)))

    def textbox_inline(self, text):
        """a run holding an inline text box (wp:inline; VML without position:absolute with wps) of text"""
        return self.inline_box(self.para(self.runs(text)))

    def inline_box(self, inner):
        """a run holding an inline text box of the blocks inner"""
        if 'wps' in self.f:
            return ('<w:r><w:pict><v:shape id="_x0000_s%d" type="#_x0000_t202" style="width:40pt;height:18pt">'
                    '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (
                        1025 + self.next_id(), inner))
        return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="500000" '
                'cy="200000"/><wp:docPr id="%d" name="文本框 %d"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
                'drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
                'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/>'
                '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (
                    2 + self.next_id(), 2 + self.next_id(), inner))

    def textbox_vml(self, text):
        """a run anchoring a text box as an old Word or WPS writes it: VML only"""
        return ('<w:r><w:pict><v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
                'margin-left:20pt;margin-top:2pt;width:40pt;height:18pt;z-index:251660288"><v:textbox>'
                '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (
                    1025 + self.next_id(), self.para(self.runs(text))))


NS_WORD = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}" '
           'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W}" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
           'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
           'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'mc:Ignorable="w14 w15 wp14"')
NS_WPS = ('xmlns:w="{W}" xmlns:r="{R}" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wp14"')


def lvl(i, fmt, text, start=1, suff=None, style=None, wps=False):
    return ('<w:lvl w:ilvl="%d"%s><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="420"/></w:pPr>'
            '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>' % (
                i, ' w:tentative="0"' if wps else ' w:tplc="04090019"', start, fmt,
                '<w:pStyle w:val="%s"/>' % style if style else '',
                '<w:suff w:val="%s"/>' % suff if suff else '', text, 420 * (i + 1)))


def numbering_xml(doc, W):
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">' % W
    f = doc.f
    styled = 'num-style' in f
    levels = (lvl(0, 'chineseCounting', '%1、', style='2' if styled else None) +
              lvl(1, 'chineseCounting', '（%2）', style='3' if styled else None) +
              ''.join(lvl(i, 'decimal', '%' + str(i + 1) + '.') for i in range(2, 9)))
    cells = (lvl(0, 'chineseCounting', '%1、', suff='nothing') + lvl(1, 'chineseCounting', '（%2）', suff='nothing') +
             lvl(2, 'decimal', '%3.', suff='nothing'))
    out = [head]
    if 'num-wps' in f:
        out.append('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C4D"/>'
                   '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="1A2B3C4D"/>%s</w:abstractNum>' %
                   lvl(0, 'chineseCounting', '%1、', suff='nothing', wps=True))
        out.append('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B3C4D5E"/>'
                   '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="2B3C4D5E"/>%s</w:abstractNum>' %
                   lvl(0, 'chineseCounting', '（%1）', suff='nothing', wps=True))
    elif 'num-link' in f:
        out.append('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="0F1E2D3C"/><w:multiLevelType '
                   'w:val="multilevel"/><w:tmpl w:val="0F1E2D3C"/><w:numStyleLink w:val="ae"/></w:abstractNum>')
        out.append('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5A6B7C8D"/><w:multiLevelType '
                   'w:val="multilevel"/><w:tmpl w:val="5A6B7C8D"/><w:styleLink w:val="ae"/>%s</w:abstractNum>' % levels)
    else:
        out.append('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" '
                   'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:nsid w:val="0F1E2D3C"/>'
                   '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0F1E2D3C"/>%s</w:abstractNum>' % levels)
    out.append('<w:abstractNum w:abstractNumId="5"><w:nsid w:val="6A6B6C6D"/><w:multiLevelType w:val="multilevel"/>'
               '%s</w:abstractNum>' % cells)
    if 'num-wps' in f:
        out.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
        for n in doc.nums:
            out.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    else:
        out.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
        if 'num-restart' in f:
            out.append('<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="3"/></w:lvlOverride></w:num>')
        elif 'num-restart-lvl' in f:
            out.append('<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">%s'
                       '</w:lvlOverride></w:num>' % lvl(0, 'chineseCounting', '%1、', start=3))
        if 'num-link' in f:
            out.append('<w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num>')
    out.append('<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>')
    out.append('</w:numbering>')
    return ''.join(out)


def styles_xml(doc, W):
    s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">' % W,
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>'
         '<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
         '</w:rPrDefault><w:pPrDefault/></w:docDefaults>',
         '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr>'
         '<w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>']
    for lv in (0, 1):
        num = ''
        if 'num-style' in doc.f:
            num = '<w:numPr>%s<w:numId w:val="1"/></w:numPr>' % ('<w:ilvl w:val="1"/>' if lv else '')
        s.append('<w:style w:type="paragraph" w:styleId="%d"><w:name w:val="heading %d"/><w:basedOn w:val="a"/>'
                 '<w:next w:val="a"/><w:link w:val="h%d"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>%s'
                 '<w:outlineLvl w:val="%d"/></w:pPr></w:style>' % (2 + lv, 1 + lv, lv, num, lv))
    if 'num-link' in doc.f:
        s.append('<w:style w:type="numbering" w:customStyle="1" w:styleId="ae"><w:name w:val="报告编号"/>'
                 '<w:uiPriority w:val="99"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>')
    s.append('<w:style w:type="character" w:styleId="a9"><w:name w:val="footnote reference"/><w:rPr>'
             '<w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    # Word's own style of a content control's prompt (styleId aa in a Chinese Word)
    s.append('<w:style w:type="character" w:styleId="aa"><w:name w:val="Placeholder Text"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>')
    s.append('</w:styles>')
    return ''.join(s)


def chunk_page(src, blocks, charset=True):
    """The page an OA system imports as an altChunk: the blocks as <p> and
    <table> (a cell's rowspan/colspan as the source has them)."""
    if src.endswith(('.html', '.htm')):
        return open(src, encoding='utf-8').read()
    out = []
    for kind, b in blocks:
        if kind == 'p':
            out.append('<p>%s</p>' % escape(b))
        else:
            out.append('<table border="1">%s</table>' % ''.join(
                '<tr>%s</tr>' % ''.join('<td%s%s>%s</td>' % (
                    ' rowspan="%d"' % c['rs'] if c['rs'] > 1 else '',
                    ' colspan="%d"' % c['cs'] if c['cs'] > 1 else '', escape(c['text'])) for c in row)
                for row in b))
    head = '<meta charset="utf-8">' if charset else ''
    return '<html><head>%s</head><body>%s</body></html>' % (head, ''.join(out))


def chunk_mht(page):
    """page as Word's web archive: a multipart/related MIME message whose
    text/html part is GB18030 in quoted-printable, lines cut at 76."""
    import quopri
    body = quopri.encodestring(page.encode('gb18030')).decode('ascii')
    bd = '----=_NextPart_01DA0000.5E6B4C40'
    return ('MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="%s";\r\n\ttype="text/html"'
            '\r\n\r\nThis document is a Single File Web Page.\r\n\r\n--%s\r\nContent-Location: file:///C:/afchunk.htm'
            '\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n'
            '%s\r\n\r\n--%s\r\nContent-Location: file:///C:/afchunk_files/filelist.xml\r\n'
            'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n'
            '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office"></xml>\r\n\r\n--%s--\r\n'
            % (bd, bd, body.replace('\n', '\r\n'), bd, bd))


def main():
    src, out, features = sys.argv[1], sys.argv[2], sys.argv[3:]
    blocks = blocks_of_html(src) if src.endswith(('.html', '.htm')) else blocks_of_text(src)
    # seeded by the source's name, not its path: a test's pinned lines must
    # not move with the folder the repository is cloned into
    doc = Doc(features, seed=len(os.path.basename(src)) + sum(map(ord, ''.join(features))))
    strict = 'strict' in doc.f
    W, R = (W_S, R_S) if strict else (W_T, R_T)
    ns = (NS_WPS if 'wps' in doc.f else NS_WORD).format(W=W, R=R)
    mht = 'altchunk-mht' in doc.f
    if 'altchunk' in doc.f or mht:
        body = '<w:altChunk r:id="rIdChunk"/>'
    else:
        body = doc.body(blocks)
    sect = ('<w:sectPr w:rsidR="%s"><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference '
            'w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
            'w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="720"/>'
            '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>' % doc.rsid[0])
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
                '</w:document>' % (ns, body, sect))
    od = 'http://purl.oclc.org/ooxml/officeDocument/relationships' if strict else \
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    rels = ['<Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/>' % od,
            '<Relationship Id="rIdN" Type="%s/numbering" Target="numbering.xml"/>' % od,
            '<Relationship Id="rIdH" Type="%s/header" Target="header1.xml"/>' % od,
            '<Relationship Id="rIdF" Type="%s/footer" Target="footer1.xml"/>' % od,
            '<Relationship Id="rIdFn" Type="%s/footnotes" Target="footnotes.xml"/>' % od]
    if 'altchunk' in doc.f or mht:
        rels.append('<Relationship Id="rIdChunk" Type="%s/aFChunk" Target="../afchunk.%s"/>'
                    % (od, 'mht' if mht else 'htm'))
    hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="%s"><w:p><w:r><w:t>'
           '一、总体情况 2021年 第1页</w:t></w:r></w:p></w:hdr>' % W)
    ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="%s"><w:p><w:r><w:t>— </w:t>'
           '</w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> —</w:t></w:r>'
           '</w:p></w:ftr>' % W)
    fns = ''.join('<w:footnote w:id="%d"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>%s</w:t></w:r></w:p>'
                  '</w:footnote>' % (i, escape(t)) for i, t in doc.footnotes)
    footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 '</w:p></w:footnote>%s</w:footnotes>' % (W, fns))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" '
          'ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/'
                   'officeDocument" Target="word/document.xml"/></Relationships>' % od)
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                   '</Relationships>' % ''.join(rels))
        z.writestr('word/document.xml', document)
        z.writestr('word/styles.xml', styles_xml(doc, W))
        z.writestr('word/numbering.xml', numbering_xml(doc, W))
        z.writestr('word/header1.xml', hdr)
        z.writestr('word/footer1.xml', ftr)
        z.writestr('word/footnotes.xml', footnotes)
        if 'altchunk' in doc.f:
            z.writestr('afchunk.htm', chunk_page(src, blocks))
        if mht:
            z.writestr('afchunk.mht', chunk_mht(chunk_page(src, blocks, charset=False)))

if __name__ == '__main__':
    main()
