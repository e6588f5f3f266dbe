#!/usr/bin/env python3
"""fixhtml6's trial: the Pingtan 2022 page with the licensing cell (10690)
written as real CMSs publish it. For each variant, xxgk export's value of
proactive/licensing/decisions against the true one: RIGHT, LOST (no value,
a diagnostic), TOLD (another number, with a warning of hiding L039/L040
saying the text may be read wrong), WRONG (another number, silently: the
worst); and FALSE (the true number, but with an error or a warning of
hiding/L037 on a page that shows it plainly). Each variant's true value is
what a browser shows at a desktop's width (@media (max-width:…) does not
apply, (min-width:1px) does); SPLIT: the cell holds two numbers a reader
sees apart, where only LOST with L037 is right. A doubled number
(1069010690) or a lost cell is never RIGHT.
usage: html_variants.py XXGK [XXGK...]"""
import subprocess, sys, tempfile, os, csv, io

SRC = '/work/shared/corpus/html/pingtan-2022.html'
CELL = '<p style="text-indent: 0em;">10690</p>'
# (name, style sheet, cell markup, the value a desktop browser shows, or SPLIT)
V = [
 ('plain', '', '10690', '10690'),
 ('spans', '', '<span>106</span><span>90</span>', '10690'),
 ('mso', '', '<p class="MsoNormal"><span lang="EN-US" style="font-size:10.5pt;mso-bidi-font-size:11.0pt">10690<o:p></o:p></span></p>', '10690'),
 ('nbsp', '', '&nbsp;10690&nbsp;', '10690'),
 ('br', '', '10690<br>', '10690'),
 ('fullwidth', '', '１０６９０', '10690'),
 ('sup', '', '10690<sup>1</sup>', '10690'),
 ('inline-none', '', '1069<span style="display:none">5</span>0', '10690'),
 ('nested-div', '', '<div><div><span>10690</span></div></div>', '10690'),
 ('sheet-hide', '.x{display:none}', '1069<span class="x">5</span>0', '10690'),
 # defect 1: a rule xxgk does not evaluate undoes the hiding
 ('undo-first-of-type', '.x{display:none} .box > .x:first-of-type{display:inline}', '<span class="box">106<span class="x">9</span>0</span>', '10690'),
 ('undo-not', '.x{display:none} td :not(.y).x{display:inline}', '106<span class="x">9</span>0', '10690'),
 ('undo-attr', '.x{display:none} span[data-v].x{display:inline}', '106<span class="x" data-v="1">9</span>0', '10690'),
 ('undo-media', '.x{display:none} @media (min-width:1px){.x{display:inline}}', '106<span class="x">9</span>0', '10690'),
 ('undo-sibling', '.x{display:none} span + .x{display:inline}', '<span>106</span><span class="x">9</span>0', '10690'),
 ('undo-vis', '.x{visibility:hidden} td span:nth-child(1).x{visibility:visible}', '106<span class="x">9</span>0', '10690'),
 ('undo-revert', '.x{display:none} span:first-child.x{display:revert}', '106<span class="x">9</span>0', '10690'),
 ('undo-imp-wins', '.x{display:none !important} span:first-child.x{display:inline}', '1069<span class="x">5</span>0', '10690'),
 ('undo-other-el', '.x{display:none} .box > .y:first-child{display:inline}', '1069<span class="x">5</span>0', '10690'),
 ('vis-visible-inline', '', '106<span style="visibility:hidden">5<span style="visibility:visible">9</span></span>0', '10690'),
 ('vis-visible-sheet', '.h{visibility:hidden} .v{visibility:visible}', '1069<span class="h"><span class="v">0</span></span>', '10690'),
 ('mobile-dup', '.m{display:none} @media (max-width:768px){.m{display:block} .pc{display:none}}', '<span class="pc">10690</span><span class="m">10690</span>', '10690'),
 ('print-sheet', '@media print{.p{display:none}}', '10690', '10690'),
 # defect 2: false L037 from the conservative side of the maybe slot
 ('slot-undone-same-sel', 'td span:first-child{margin-right:2em} td span:first-child{margin-right:0}', '<span>106</span>90', '10690'),
 ('slot-undone-imp', 'td span:first-child{margin-right:2em} td span{margin-right:0 !important}', '<span>106</span>90', '10690'),
 ('neg-margin-maybe', 'td span:first-child{margin-right:-0.3em}', '<span>106</span>90', '10690'),
 ('left-edge-only', 'td span:first-child{padding-left:2px}', '<span>106</span>90', '10690'),
 ('word-mso-first', '.TRS_Editor p span:first-child{padding-left:2px}', '<span lang="EN-US">106</span><span lang="EN-US">90</span>', '10690'),
 ('apart-real', 'td span:first-child{margin-right:2em}', '<span>6</span>4', 'SPLIT'),
 ('pc-m-incell', '.m{display:none} @media (max-width:768px){.m{display:inline} .pc{display:none}}', '<span class="pc">10690</span><span class="m">10690</span>', '10690'),
 ('nth-hide', 'td span:nth-child(2){display:none}', '<span>1069</span><span>5</span>0', '10690'),
]

def export(xxgk, path):
    r = subprocess.run([xxgk, 'export', path], capture_output=True, text=True)
    val = None
    for row in csv.DictReader(io.StringIO(r.stdout)):
        if row['table'] == 'proactive' and row['row'] == 'licensing' and row['column'] == 'decisions':
            val = row['value']
            flags = row['flags']
    c = subprocess.run([xxgk, 'check', path], capture_output=True, text=True)
    diags = [l for l in (c.stdout + c.stderr).splitlines() if '[' in l and ('error' in l or 'warning' in l)]
    return val, diags

def main():
    src = open(SRC, encoding='utf-8').read()
    assert CELL in src
    d = tempfile.mkdtemp(prefix='fh6-')
    for xxgk in sys.argv[1:]:
        counts = {}
        print('==', xxgk)
        for name, sheet, cell, true in V:
            page = src.replace(CELL, '<p style="text-indent: 0em;">' + cell + '</p>', 1)
            if sheet:
                page = page.replace('</head>', '<style>' + sheet + '</style></head>', 1)
            p = os.path.join(d, name + '.html')
            open(p, 'w', encoding='utf-8').write(page)
            val, diags = export(xxgk, p)
            codes = sorted({x.split('[')[1].split(']')[0] for x in diags})
            hid = any(c in ('L039', 'L040') for c in codes)
            if true == 'SPLIT':
                verdict = 'RIGHT' if val in (None, '') and 'L037' in codes else 'WRONG'
            elif val == true:
                verdict = 'FALSE' if 'L037' in codes or ('L040' in codes and not sheet) else 'RIGHT'
            elif val in (None, ''):
                verdict = 'LOST' if codes else 'WRONG'
            else:
                verdict = 'TOLD' if hid else 'WRONG'
            counts[verdict] = counts.get(verdict, 0) + 1
            print(f'{verdict:6} {name:20} value={val} diags={",".join(codes)}')
        print('counts', counts)

main()
