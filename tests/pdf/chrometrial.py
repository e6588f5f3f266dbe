#!/usr/bin/env python3
"""A trial of PDF reading on browser prints: each HTML report printed by
chromium (`--print-to-pdf`) in layout variants, read by each given xxgk;
every cell compared with the cell xxgk exports from the HTML itself.

usage: chrometrial.py OUTDIR XXGK [XXGK...] [--only VARIANT,...] [--src NAME,...|t:*] [--gate PCT]
       (needs chromium on PATH and a CJK font: fonts-noto-cjk)

--gate PCT makes it a test (ctest pdf_chromium_trial): exit 1 when any print
has a SILENT cell or fewer than PCT % of its source's cells RIGHT, or when
chromium writes no PDF; exit 77 (skipped) without chromium, pdftotext or a
CJK font.

Variants: page widths 430 to 800 pt (the tables' columns narrower and
wider, their header cells wrapped at other places), table cells at their
top and at their bottom (labels at the top of a tall row and numbers at
its bottom: the label column set `vertical-align: top`, the others
`bottom`, and the reverse), a larger font, tables 100 % wide, and table
headers repeated at each page's top (thead). A cell is RIGHT when the PDF
exports the HTML's number there, LOST when the PDF gives it no value,
WRONG when another number stands there, EXTRA when the PDF gives a number
to a cell the HTML has none for; SILENT counts the WRONG and EXTRA cells
that export flags with no code. Prints one line per PDF and binary, the
totals per variant and the totals.
"""
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))

SOURCES = {
    'p19': os.path.join(SRC, 'tests', 'input', 'pingtan-2019.html'),
    'p21': os.path.join(SRC, 'tests', 'input', 'pingtan-2021.html'),
    'p22': os.path.join(SRC, 'tests', 'input', 'pingtan-2022.html'),
    'c14': os.path.join(HERE, 'cases', '14-pdf-clean-wide.html'),
    'c04': os.path.join(HERE, 'cases', '04-pdf-wrapped-label-cells.html'),
    'c19w': os.path.join(HERE, 'cases', '2019-word.html'),
    'p22page': os.path.join(SRC, 'tests', 'input', 'pingtan-2022.page.html'),
}

TABLES = 'proactive', 'requests', 'appeals'


# the corpus' texts as plain grids, by default at these only
GRID_VARIANTS = 'w600', 'w800', 'a4', 'w600-lt'


def page(w, h=842, margin=36):
    return '@page{size:%dpt %dpt;margin:%dpt}' % (w, h, margin)


VARIANTS = {
    'w430': page(430),
    'w500': page(500),
    'w600': page(600),
    'w700': page(700),
    'w800': page(800),
    'a4': page(595),
    'w600-top': page(600) + 'td{vertical-align:top!important}',
    'w600-bot': page(600) + 'td{vertical-align:bottom!important}',
    'w600-lt': page(600) + 'td{vertical-align:bottom!important}td:first-child{vertical-align:top!important}',
    'w600-lb': page(600) + 'td{vertical-align:top!important}td:first-child{vertical-align:bottom!important}',
    'w800-lt': page(800) + 'td{vertical-align:bottom!important}td:first-child{vertical-align:top!important}',
    'w600-f16': page(600) + 'body,td,p{font-size:16pt!important}',
    'w800-full': page(800) + 'table{width:100%!important}',
    'w600-rep': page(600, 420),
    'w600-m10': page(600, margin=10),
    'w800-m10': page(800, margin=10),
    'w600-f9': page(600) + 'body,td,p{font-size:9pt!important}',
    'w800-f9': page(800) + 'body,td,p{font-size:9pt!important}',
    'w800-f12': page(800) + 'body,td,p{font-size:12pt!important}',
    'w600-lh1': page(600) + 'td,td p{line-height:1!important;padding:0!important;margin:0!important}',
    'w800-lh1': page(800) + 'td,td p{line-height:1!important;padding:0!important;margin:0!important}',
    'w600-nowrap': page(600) + 'td{white-space:nowrap!important}',
    'w800-nowrap': page(800) + 'td{white-space:nowrap!important}',
    'w600-mid': page(600) + 'td{vertical-align:middle!important}',
    'w800-pad': page(800) + 'td{padding:6pt!important}',
}


def grid_html(txt):
    """a text report as a plain web page: each line of tab-separated cells a
    table row of that many cells (no spans: table 四's header rows, 7 and
    10 cells, one grid), the other lines paragraphs"""
    out, in_table = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'], False
    for line in open(txt, encoding='utf-8'):
        line = line.rstrip('\n')
        esc = line.replace('&', '&amp;').replace('<', '&lt;')
        if '\t' in line:
            if not in_table:
                out.append('<table border="1" cellspacing="0">')
                in_table = True
            out.append('<tr>' + ''.join('<td>%s</td>' % c for c in esc.split('\t')) + '</tr>')
            continue
        if in_table:
            out.append('</table>')
            in_table = False
        out.append('<p>%s</p>' % esc)
    out.append('</table></body></html>' if in_table else '</body></html>')
    return '\n'.join(out)


def styled(src, name, out):
    html = grid_html(src) if src.endswith('.txt') else open(src, encoding='utf-8').read()
    css = '<style>' + VARIANTS[name] + '</style>'
    html = html.replace('</head>', css + '</head>', 1) if '</head>' in html else css + html
    if name.endswith('-rep'):
        # the first two rows of each table a header repeated at each page's top
        html = re.sub(r'(<table[^>]*>\s*(?:<tbody>)?)((?:\s*<tr.*?</tr>){2})',
                      lambda m: m.group(1).replace('<tbody>', '') + '<thead>' + m.group(2) + '</thead><tbody>', html,
                      flags=re.S)
    if os.path.exists(out) and open(out, encoding='utf-8').read() == html:
        return  # its print stays current
    with open(out, 'w', encoding='utf-8') as f:
        f.write(html)


def export(xxgk, path):
    r = subprocess.run([xxgk, 'export', path], capture_output=True, text=True)
    cells = {}
    for row in r.stdout.splitlines()[1:]:
        f = row.rsplit(',', 8)
        if len(f) < 9 or f[1] not in TABLES:
            continue
        cells.setdefault((f[1], f[2], f[3]), (f[4], f[8]))
    return cells


def score(want, got):
    """right, lost, wrong, extra, silent"""
    right = lost = wrong = extra = silent = 0
    for key, (v, _) in want.items():
        g, flag = got.get(key, ('', ''))
        if g == v:
            right += 1
        elif g == '':
            lost += 1
        else:
            wrong += 1
            silent += flag == ''
    for key, (g, flag) in got.items():
        if key not in want and g != '':
            extra += 1
            silent += flag == ''
    return right, lost, wrong, extra, silent


def printed(job):
    html, pdf = job
    if os.path.exists(pdf) and os.path.getmtime(pdf) >= os.path.getmtime(html):
        return
    subprocess.run(['chromium', '--headless', '--disable-gpu', '--no-sandbox', '--print-to-pdf=' + pdf, html],
                   capture_output=True, timeout=300)


def corpus_sources():
    d = os.path.join(SRC, 'corpus')
    return {'t:' + f[:-4]: os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith('.txt')}


def missing_tools():
    """what a trial needs and this machine lacks, or None"""
    import shutil
    for tool in ('chromium', 'pdftotext', 'fc-list'):
        if not shutil.which(tool):
            return tool
    fonts = subprocess.run(['fc-list', ':lang=zh'], capture_output=True, text=True).stdout
    return None if fonts.strip() else 'a CJK font (fonts-noto-cjk)'


def main(argv):
    only = srcs = gate = None
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == '--only':
            only = argv[i + 1].split(',')
            i += 2
        elif argv[i] == '--gate':
            gate = int(argv[i + 1])
            i += 2
        elif argv[i] == '--src':
            srcs = argv[i + 1].split(',')
            i += 2
        else:
            args.append(argv[i])
            i += 1
    outdir, xxgks = args[0], args[1:]
    if gate is not None and missing_tools():
        print('SKIPPED: no %s' % missing_tools())
        sys.exit(77)
    os.makedirs(outdir, exist_ok=True)
    todo = []
    every = dict(SOURCES)
    every.update(corpus_sources())
    for s, src in every.items():
        if srcs and not any(s == x or (x.endswith('*') and s.startswith(x[:-1])) for x in srcs):
            continue
        for name in VARIANTS:
            if only and name not in only or not only and s.startswith('t:') and name not in GRID_VARIANTS:
                continue
            base = os.path.join(outdir, '%s.%s' % (s, name))
            styled(src, name, base + '.html')
            todo.append((s, name, src, base))
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        list(ex.map(printed, [(b + '.html', b + '.pdf') for (_, _, _, b) in todo]))
    failed = [b + '.pdf' for (_, _, _, b) in todo if not os.path.exists(b + '.pdf')]
    for pdf in failed:
        print('FAIL: chromium wrote no %s' % pdf)
    totals = {x: [0] * 5 for x in xxgks}
    per = {}
    truth = {}
    for s, name, src, base in todo:
        if s not in truth:
            truth[s] = export(xxgks[0], src)
        for x in xxgks:
            sc = score(truth[s], export(x, base + '.pdf'))
            print('%-12s %-24s %-30s right %4d lost %3d wrong %3d extra %3d silent %3d' % ((name, s, x) + sc))
            totals[x] = [a + b for a, b in zip(totals[x], sc)]
            if gate is not None and (sc[4] or sc[0] * 100 < gate * len(truth[s])):
                failed.append('%s %s %s' % (name, s, x))
                print('FAIL: %s of %s by %s: %d of %d cells right, %d silent (at least %d %% right and 0 silent wanted)'
                      % (name, s, x, sc[0], len(truth[s]), sc[4], gate))
            p = per.setdefault((name, x), [0] * 5)
            per[(name, x)] = [a + b for a, b in zip(p, sc)]
    print('per variant:')
    for (name, x), sc in per.items():
        print('%-12s %-30s right %4d lost %3d wrong %3d extra %3d silent %3d' % ((name, x) + tuple(sc)))
    for x, sc in totals.items():
        print('TOTAL %-50s right %d lost %d wrong %d extra %d silent %d' % ((x,) + tuple(sc)))
    if gate is not None:
        sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main(sys.argv[1:])
