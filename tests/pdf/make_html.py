#!/usr/bin/env python3
"""A report's text (tables with TAB between cells, like
tests/fixtures/canonical-2021.txt) as an HTML page laid out the way real
PDFs are: tables with ruled cells, group labels in narrow merged cells (one
or two characters per line), header cells stacked over two or three lines,
a table long enough to run across a page break (its header repeated on the
next page), page numbers in the footer. Chromium prints it to PDF for
tests/pdf/synthetic.sh.

usage: make_html.py REPORT.txt VARIANT > page.html
VARIANT: dash (page numbers "- N -") or zh (page numbers "第 N 页 共 M 页")
"""
import html
import sys

src, variant = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
footer = {"dash": '"- " counter(page) " -"',
          "zh": '"第 " counter(page) " 页 共 " counter(pages) " 页"'}[variant]
out = ["""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center { content: %s; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14pt; }
p { margin: 0.4em 0; text-indent: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; width: 100%%; }
td, th { border: 1px solid #000; padding: 3px; font-size: 10.5pt; font-weight: normal;
  text-align: center; vertical-align: middle; }
td.l { text-align: left; }
.narrow { width: 1.2em; }
.mid { width: 4.2em; }
.num { width: 2.8em; }
thead { display: table-header-group; }
</style></head><body>""" % footer]


def esc(s):
    return html.escape(s)


def tables(block):
    """one table of the block's TAB lines; first a few header shapes"""
    rows = [l.split("\t") for l in block]
    return rows


i = 0
n = len(lines)
while i < n:
    line = lines[i]
    if "\t" not in line:
        if line.strip():
            tag = "h2" if line.startswith(("一、", "二、", "三、", "四、", "五、", "六、")) else "p"
            if i == 0:
                tag = "h1"
            out.append("<%s>%s</%s>" % (tag, esc(line), tag))
        i += 1
        continue
    block = []
    while i < n and "\t" in lines[i]:
        block.append(lines[i])
        i += 1
    rows = [l.rstrip("\t").split("\t") for l in block]
    first = rows[0][0]
    if first.startswith("（本列数据"):
        # table 三: the 2021 header, stacked; the body with merged group cells
        out.append('<table><thead><tr><th colspan="3" rowspan="3">%s</th>'
                   '<th colspan="7">申请人情况</th></tr>' % esc(first))
        out.append('<tr><th rowspan="2" class="num">自然人</th><th colspan="5">法人或其他组织</th>'
                   '<th rowspan="2" class="num">总计</th></tr>')
        out.append("<tr>" + "".join('<th class="num">%s</th>' % h for h in
                   ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr></thead><tbody>")
        body = rows[3:]
        # group spans: a row whose first field is a group label opens a group
        spans = {}
        for k, r in enumerate(body):
            if r[0]:
                spans[k] = 1
                top = k
            else:
                spans[top] += 1
        sub_top = None
        for k, r in enumerate(body):
            cells = [c for c in r]
            nums = cells[-7:]
            labels = cells[:-7]
            tr = "<tr>"
            if len(labels) == 1:
                tr += '<td colspan="3" class="l">%s</td>' % esc(labels[0])
            else:
                if labels[0]:
                    tr += '<td rowspan="%d" class="narrow">%s</td>' % (spans[k], esc(labels[0]))
                rest = labels[1:]
                if len(rest) == 1:
                    tr += '<td colspan="2" class="l">%s</td>' % esc(rest[0])
                else:
                    if rest[0]:
                        cnt = 1
                        while k + cnt < len(body) and len(body[k + cnt]) > 9 and not body[k + cnt][1]:
                            cnt += 1
                        tr += '<td rowspan="%d" class="mid">%s</td>' % (cnt, esc(rest[0]))
                    tr += '<td class="l">%s</td>' % esc(rest[1])
            tr += "".join("<td>%s</td>" % esc(v) for v in nums) + "</tr>"
            out.append(tr)
        out.append("</tbody></table>")
        continue
    if first.startswith("行政复议"):
        # table 四: three header rows, the result cells stacked
        heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        out.append('<table><tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>')
        out.append('<tr>' + "".join('<th rowspan="2" class="narrow">%s</th>' % h for h in heads) +
                   '<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>')
        out.append("<tr>" + "".join('<th class="narrow">%s</th>' % h for h in heads * 2) + "</tr>")
        out.append("<tr>" + "".join("<td>%s</td>" % esc(v) for v in rows[-1]) + "</tr></table>")
        continue
    out.append("<table>")
    for r in rows:
        r = [c for c in r if c != ""] or [""]
        out.append("<tr>" + "".join(('<td class="l">%s</td>' if j == 0 else "<td>%s</td>") % esc(c)
                                    for j, c in enumerate(r)) + "</tr>")
    out.append("</table>")
out.append("</body></html>")
print("\n".join(out))
