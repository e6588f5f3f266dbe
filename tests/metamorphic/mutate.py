#!/usr/bin/env python3
"""Metamorphic harness: realistic edits of the corpus reports, each with its
known right answer (docs/metamorphic.md).

Every corpus report is exported once (its cells, with line:col). Each edit
works on those positions, so the harness knows which cell a token is and
what the cells of the edited report must be:

  * meaning-preserving edits (separators, blank lines, full-width digits,
    page footers, ...): exactly the report's cells;
  * damaging edits (a number deleted, a row line duplicated, ...): the
    report's cells everywhere the edit did not touch, and a diagnostic
    (error or warning) that the unedited report did not have;
  * edits with a known new answer (two numbers swapped, a dash for a number,
    header words swapped): that answer, or a diagnostic.

Each mutant is classified
  EXACT        the cells are the right answer
  FLAGGED      the cells differ, and a new error or warning says so
  SILENT-WRONG a cell has a value the report does not give it, no new diagnostic
  LOST         cells are missing, no new diagnostic
  CRASH        a signal, a sanitizer report, or an exit status above 2
  HANG         no answer within the time limit
and every SILENT-WRONG, LOST, CRASH or HANG mutant is written to OUT/ to
replay. The exit status is 1 when there is any of them.

usage: mutate.py XXGK CORPUS_DIR [--per-kind N] [--seed S] [--out DIR]
                 [--timeout SEC] [--batch N]
"""
import argparse
import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile

CLASSES = ["EXACT", "FLAGGED", "FALSE-ERROR", "SILENT-WRONG", "LOST", "CRASH", "HANG"]
BAD = {"SILENT-WRONG", "LOST", "CRASH", "HANG"}

# ---- reading a report's cells ---------------------------------------------


def run(xxgk, args, timeout):
    try:
        p = subprocess.run([xxgk] + args, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p


def crashed(p):
    err = p.stderr.decode("utf-8", "replace")
    return (p.returncode < 0 or p.returncode > 2 or "Sanitizer" in err or
            "runtime error:" in err)


def cells_of(csv_text):
    """file -> {(table,row,col): (value, unit, line, col)}"""
    out = {}
    for r in csv.DictReader(io.StringIO(csv_text)):
        key = (r["table"], r["row"], r["column"])
        out.setdefault(r["file"], {})[key] = (r["value"], r["unit"], int(r["line"]),
                                             int(r["col"]), r.get("flags", ""))
    return out


def diags_of(json_text):
    """file -> list of (code, severity, message, line); one JSON object a file"""
    out = {}
    dec = json.JSONDecoder()
    i = 0
    s = json_text.strip()
    while i < len(s):
        obj, j = dec.raw_decode(s, i)
        i = j
        while i < len(s) and s[i] in " \r\n\t,[]":
            i += 1
        objs = obj if isinstance(obj, list) else [obj]
        for o in objs:
            out[o["file"]] = [(d["code"], d["severity"], d["message"], d["line"])
                              for d in o["diagnostics"]]
    return out


def analyse(xxgk, files, timeout):
    """Export and check FILES in one run each; on a crash or a hang, file by file."""
    exp = run(xxgk, ["export", "--format", "csv"] + files, timeout * max(1, len(files) // 20))
    chk = run(xxgk, ["check", "--format", "json"] + files, timeout * max(1, len(files) // 20))
    if exp is not None and chk is not None and not crashed(exp) and not crashed(chk):
        cells = cells_of(exp.stdout.decode("utf-8", "replace"))
        diags = diags_of(chk.stdout.decode("utf-8", "replace"))
        return {f: (cells.get(f, {}), diags.get(f, [])) for f in files}
    if len(files) == 1:
        return {files[0]: "HANG" if exp is None or chk is None else "CRASH"}
    res = {}
    for f in files:
        res.update(analyse(xxgk, [f], timeout))
    return res


# ---- the edits -------------------------------------------------------------

FW = str.maketrans("0123456789", "０１２３４５６７８９")
TRAD = str.maketrans({"规": "規", "范": "範", "许": "許", "处": "處", "强": "強", "收": "收",
                      "费": "費", "务": "務", "议": "議", "诉": "訴", "讼": "訟", "维": "維",
                      "纠": "糾", "结": "結", "审": "審", "数": "數", "单": "單", "请": "請",
                      "个": "個", "业": "業", "机": "機", "构": "構", "织": "織", "会": "會",
                      "总": "總", "计": "計", "开": "開", "际": "際", "转": "轉"})
NUM_RE = re.compile(r"[-+]?[0-9][0-9.]*")


class Report:
    def __init__(self, name, text, cells, diags):
        self.name = name
        self.text = text
        self.lines = text.split("\n")
        self.cells = cells
        self.diags = diags
        # the cells on each line, in column order
        self.by_line = {}
        for key, (v, u, ln, col, _f) in cells.items():
            self.by_line.setdefault(ln, []).append((col, key))
        for ln in self.by_line:
            self.by_line[ln].sort()

    def number_at(self, ln, col):
        """(start, end) code-point offsets of the number printed at line:col"""
        s = self.lines[ln - 1]
        m = NUM_RE.match(s, col - 1)
        if not m:
            return None
        return m.start(), m.end()

    def printed(self, c):
        s, e = self.number_at(c[2], c[3])
        return self.lines[c[2] - 1][s:e]

    def cell_starts(self, ln):
        """{0-based code-point offset: key} of the cells of line LN"""
        return {col - 1: k for col, k in self.by_line.get(ln, [])}

    def glued(self, ln):
        """a run-together page text line: some number printed on it runs on
        into the next cell's digits (640020470 is 64|0|0|2|0|4|70), so a
        blank between two of its cells is no delimiter xxgk needs"""
        cs = self.by_line.get(ln, [])
        for (c1, _), (c2, _) in zip(cs, cs[1:]):
            n = self.number_at(ln, c1)
            if n and n[1] > c2 - 1:
                return True
        return False

    def cells_in(self, ln, s, e):
        """the keys of the cells of line LN that start in [s, e)"""
        return [k for off, k in self.cell_starts(ln).items() if s <= off < e]

    def cell_around(self, ln, at):
        """the key of the cell of line LN whose printed digits hold offset AT"""
        best = None
        for off, k in sorted(self.cell_starts(ln).items()):
            if off <= at:
                best = k
        return best

    def value_cells(self):
        return [(k, c) for k, c in self.cells.items() if c[0] != "" and self.number_at(c[2], c[3])]

    def pick_value(self, rng, printed=None, keep=None):
        """a value cell drawn by RNG among value_cells() whose printed number
        matches PRINTED whole (a regex) and KEEP(cell) holds: (key, cell,
        start, end, lines), start and end its number's code-point offsets on
        its line, lines a copy of the report's to edit; None when none fits"""
        vc = [x for x in self.value_cells() if (printed is None or re.fullmatch(printed, self.printed(x[1])))
              and (keep is None or keep(x[1]))]
        if not vc:
            return None
        k, c = rng.choice(vc)
        s, e = self.number_at(c[2], c[3])
        return k, c, s, e, list(self.lines)

    def row_lines(self):
        """lines that hold a row label and its numbers (label first)"""
        out = []
        for ln, cs in self.by_line.items():
            line = self.lines[ln - 1]
            first = cs[0][0]
            label = line[:first - 1].strip(" \t|")
            if len(cs) >= 2 and label and not NUM_RE.fullmatch(label):
                out.append(ln)
        return sorted(out)


class Mutant:
    def __init__(self, kind, lines, expect, at, damaging, note):
        self.kind = kind
        self.text = "\n".join(lines)
        self.expect = expect     # {key: value-or-set-of-values}; missing keys: absent
        self.at = at             # 1-based line of the damage in the mutant
        self.damaging = damaging
        self.note = note


def vu(c):
    """a cell's value with its unit: 1268.5 in 万元 is not 1268.5"""
    return c[0] + ("|" + c[1] if c[1] and c[0] != "" else "")


def plain(rep):
    return {k: vu(c) for k, c in rep.cells.items()}


def replace_span(line, s, e, new):
    return line[:s] + new + line[e:]


# Each edit: (rep, rng) -> Mutant or None. The right answer is in expect.

def e_separator_pipe(rep, rng):
    ln = rng.choice(rep.row_lines() or [0])
    if not ln or "\t" not in rep.lines[ln - 1]:
        return None
    L = list(rep.lines)
    L[ln - 1] = L[ln - 1].rstrip("\t").replace("\t", " | ")
    return Mutant("sep-pipe", L, plain(rep), ln, False, "TABs -> ' | '")


def e_separator_spaces(rep, rng):
    ln = rng.choice(rep.row_lines() or [0])
    if not ln or "\t" not in rep.lines[ln - 1] or "\t\t" in rep.lines[ln - 1].rstrip("\t"):
        return None
    L = list(rep.lines)
    L[ln - 1] = L[ln - 1].rstrip("\t").replace("\t", rng.choice(["  ", "   ", " \u3000"]))
    return Mutant("sep-spaces", L, plain(rep), ln, False, "TABs -> spaces")


def e_cell_per_line(rep, rng):
    """a TAB row written one cell per line, each followed by ' |' (seed 003)"""
    rows = [r for r in rep.row_lines() if "\t" in rep.lines[r - 1]]
    if not rows:
        return None
    ln = rng.choice(rows)
    cells = rep.lines[ln - 1].rstrip("\t").split("\t")
    L = list(rep.lines)
    L[ln - 1:ln] = [c + " |" for c in cells]
    return Mutant("sep-cell-per-line", L, plain(rep), ln, False, "one cell per line")


def e_blank_line(rep, rng):
    rows = rep.row_lines()
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    L = list(rep.lines)
    L.insert(ln - 1, "")
    return Mutant("blank-line", L, plain(rep), ln, False, "blank line before a row")


def e_fullwidth(rep, rng):
    got = rep.pick_value(rng)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, L[ln - 1][s:e].translate(FW))
    return Mutant("fullwidth-digits", L, plain(rep), ln, False, "full-width digits")


def e_thousands(rep, rng):
    got = rep.pick_value(rng, r"[0-9]{4,}")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, "{:,}".format(int(L[ln - 1][s:e])))
    return Mutant("thousands", L, plain(rep), ln, False, "thousands separator")


def e_trailing(rep, rng):
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    L[ln - 1] = L[ln - 1] + rng.choice(["  ", "\u3000", "\u00a0", " \u3000 "])
    return Mutant("trailing-space", L, plain(rep), ln, False, "trailing blanks")


def e_crlf(rep, rng):
    L = [l + "\r" for l in rep.lines[:-1]] + rep.lines[-1:]
    return Mutant("crlf", L, plain(rep), 1, False, "CRLF line ends")


def e_page_footer(rep, rng):
    rows = rep.row_lines()
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    L = list(rep.lines)
    L.insert(ln - 1, rng.choice(["- 3 -", "3/12", "第3页 共12页", "— 3 —"]))
    return Mutant("page-footer", L, plain(rep), ln, False, "page number between rows")


def e_trad(rep, rng):
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    first = rep.by_line[ln][0][0]
    L[ln - 1] = L[ln - 1][:first - 1].translate(TRAD) + L[ln - 1][first - 1:]
    if L[ln - 1] == rep.lines[ln - 1]:
        return None
    return Mutant("traditional", L, plain(rep), ln, False, "traditional characters")


def e_numbers_next_line(rep, rng):
    rows = [r for r in rep.row_lines() if "\t" in rep.lines[r - 1]]
    if not rows:
        return None
    ln = rng.choice(rows)
    first = rep.by_line[ln][0][0]
    line = rep.lines[ln - 1]
    label, rest = line[:first - 1].rstrip("\t "), line[first - 1:]
    if "\t" in label:
        return None
    L = list(rep.lines)
    L[ln - 1:ln] = [label, rest]
    return Mutant("numbers-next-line", L, plain(rep), ln, False, "numbers on the next line")


def e_unit(rep, rng):
    vc = [x for x in rep.cells.items() if x[1][1] == "万元" and x[1][0] != ""]
    vc = [x for x in vc if "万元" in rep.lines[x[1][2] - 1]]
    if not vc:
        return None
    k, (v, u, ln, col, _f) = rng.choice(vc)
    L = list(rep.lines)
    line = L[ln - 1]
    i = line.find("万元", col - 1)
    s, e = rep.number_at(ln, col)
    L[ln - 1] = line[:e] + rng.choice(["万元", " 万元", "万", " 万 元", "（万元）"]) + line[i + 2:]
    return Mutant("unit-spelling", L, plain(rep), ln, False, "unit spelling")


# -- damaging edits

def damaged(rep, keys):
    exp = plain(rep)
    for k in dict.fromkeys(keys):  # each once, in order
        if k in rep.cells and "P006" in rep.cells[k][4].split():
            # the report itself prints this row with more values than its
            # columns (P006: erqi-edu-2020's sixteen for fifteen); a value
            # deleted or two glued leaves a row of the right length and
            # nothing in the text tells which value went: the report's own
            # value (what was read before the edit) or none
            exp[k] = {exp[k], ""}
        else:
            exp.pop(k, None)
    return exp


def e_num_delete(rep, rng):
    got = rep.pick_value(rng)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    # the number and the separator after it
    m = re.match(r"[ \t|]*", line[e:])
    L[ln - 1] = line[:s] + line[e + m.end():]
    # on a page text line the deleted run is all the glued cells in it, not
    # only the one picked (0000000 is seven cells)
    return Mutant("num-delete", L, damaged(rep, [k] + rep.cells_in(ln, s, e)), ln, True,
                  "a number deleted")


def e_num_insert(rep, rng):
    # not into a row with a blank cell: a number more there fills the blank,
    # and the row reads complete (undetectable, and not wrong)
    blank_lines = {c[2] for c in rep.cells.values() if c[0] == ""}
    got = rep.pick_value(rng, keep=lambda c: c[2] not in blank_lines)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    sep = "\t" if "\t" in line else " "
    L[ln - 1] = line[:s] + str(rng.randint(0, 99)) + sep + line[s:]
    return Mutant("num-insert", L, damaged(rep, [k]), ln, True, "a number inserted")


def e_num_swap(rep, rng):
    cand = []
    for ln, cs in rep.by_line.items():
        for (c1, k1), (c2, k2) in zip(cs, cs[1:]):
            if rep.cells[k1][0] and rep.cells[k2][0] and rep.number_at(ln, c1) and \
                    rep.number_at(ln, c2) and not rep.cells[k1][1] and not rep.cells[k2][1]:
                cand.append((ln, k1, k2))
    if not cand:
        return None
    ln, k1, k2 = rng.choice(sorted(cand))
    s1, e1 = rep.number_at(ln, rep.cells[k1][3])
    s2, e2 = rep.number_at(ln, rep.cells[k2][3])
    L = list(rep.lines)
    line = L[ln - 1]
    L[ln - 1] = line[:s1] + line[s2:e2] + line[e1:s2] + line[s1:e1] + line[e2:]
    exp = plain(rep)
    exp[k1], exp[k2] = exp[k2], exp[k1]
    return Mutant("num-swap", L, exp, ln, False, "two numbers swapped")


def e_num_glue(rep, rng):
    cand = []
    for ln, cs in rep.by_line.items():
        for (c1, k1), (c2, k2) in zip(cs, cs[1:]):
            n1, n2 = rep.number_at(ln, c1), rep.number_at(ln, c2)
            if n1 and n2 and rep.cells[k1][0] and rep.cells[k2][0] and \
                    re.fullmatch(r"[ \t|]+", rep.lines[ln - 1][n1[1]:n2[0]]):
                cand.append((ln, k1, k2, n1, n2))
    if not cand:
        return None
    ln, k1, k2, n1, n2 = rng.choice(sorted(cand))
    L = list(rep.lines)
    line = L[ln - 1]
    L[ln - 1] = line[:n1[1]] + line[n2[0]:]
    if rep.glued(ln):
        # page text: its cells are glued already (a crawler's text), and a
        # row's digits are split into cells by their count and sums (or
        # withheld with P051/P052), so the blank lost takes nothing the
        # reading needs but a hint: the report's cells, or a finding
        return Mutant("num-glue", L, plain(rep), ln, True, "two numbers glued (page text)")
    return Mutant("num-glue", L, damaged(rep, [k1, k2]), ln, True, "two numbers glued")


def e_num_split(rep, rng):
    got = rep.pick_value(rng, r"[0-9]{2,}")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    cut = s + rng.randint(1, e - s - 1)
    sep = "\t" if "\t" in line else " "
    L[ln - 1] = line[:cut] + sep + line[cut:]
    if rep.glued(ln):
        # page text: the digits printed at a cell are a run of glued cells
        # (1000001 is 1|0|0|0|0|0|1); a blank where one of them starts is
        # where a delimiter is anyway (the report's cells, or a finding); a
        # blank inside one cell's digits splits that cell, not the first
        if cut in rep.cell_starts(ln):
            return Mutant("num-split", L, plain(rep), ln, True,
                          "a blank between two glued cells (page text)")
        k = rep.cell_around(ln, cut)
    return Mutant("num-split", L, damaged(rep, [k]), ln, True, "a number split in two")


def row_keys(rep, ln):
    return [k for _, k in rep.by_line[ln]]


def e_row_delete(rep, rng):
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    del L[ln - 1]
    return Mutant("row-delete", L, damaged(rep, row_keys(rep, ln)), ln, True, "a row line deleted")


def e_row_dup(rep, rng):
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    L.insert(ln, L[ln - 1])
    return Mutant("row-duplicate", L, plain(rep), ln + 1, True, "a row line duplicated")


def e_row_swap(rep, rng):
    rows = rep.row_lines()
    pairs = [(a, b) for a, b in zip(rows, rows[1:]) if b == a + 1]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    L = list(rep.lines)
    L[a - 1], L[b - 1] = L[b - 1], L[a - 1]
    return Mutant("row-swap", L, plain(rep), a, False, "two row lines swapped")


def e_numbers_prev_line(rep, rng):
    rows = rep.row_lines()
    pairs = [(a, b) for a, b in zip(rows, rows[1:]) if b == a + 1]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    first = rep.by_line[b][0][0]
    L = list(rep.lines)
    lb = L[b - 1]
    sep = "\t" if "\t" in lb else " "
    L[a - 1] = L[a - 1].rstrip("\t ") + sep + lb[first - 1:]
    L[b - 1] = lb[:first - 1].rstrip("\t |")
    return Mutant("numbers-prev-line", L, damaged(rep, row_keys(rep, a) + row_keys(rep, b)),
                  a, True, "numbers moved to the previous line")


def e_label_near(rep, rng):
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    first = rep.by_line[ln][0][0]
    line = rep.lines[ln - 1]
    label = line[:first - 1]
    han = [i for i, ch in enumerate(label) if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < 5:
        return None
    L = list(rep.lines)
    how = rng.choice(["drop", "swap", "ascii"])
    if how == "ascii" and any(ch in label for ch in "，（）"):
        label2 = label.replace("，", ",").replace("（", "(").replace("）", ")")
    elif how == "swap":
        i = rng.choice(han[1:-1])
        label2 = label[:i] + label[i + 1] + label[i] + label[i + 2:] if i + 1 < len(label) else label
    else:
        i = rng.choice(han[1:-1])
        label2 = label[:i] + label[i + 1:]
    if label2 == label:
        return None
    L[ln - 1] = label2 + line[first - 1:]
    return Mutant("label-near", L, plain(rep), ln, False, "near-variant row label")


def e_dash(rep, rng):
    got = rep.pick_value(rng)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    d = rng.choice(["-", "—", "/", "无"])
    L[ln - 1] = replace_span(L[ln - 1], s, e, d)
    exp = plain(rep)
    exp[k] = {"", "0", vu(("0", u))}
    return Mutant("dash-for-number", L, exp, ln, False, "a dash for a number (%s)" % d)


# The findings that doubt a row's shape: each of its values may be in
# another column than printed (bld_doubt_row's note covers the cells).
ROW_DOUBT = {"P006", "P007", "P027", "P048", "P077"}


def e_blank_cell(rep, rng):
    # Not a cell the report's own reading doubts (export's flags: P006, a
    # row of more values than columns): its place is unknown before the
    # edit, so no answer is known after it. erqi-edu-2020's table 四 prints
    # 16 numbers for 15 columns: a blank for the first is the row's
    # indentation (a TAB before fifteen numbers, as `indent` makes), read
    # clean, not a shift of the cells.
    got = rep.pick_value(rng, keep=lambda c: not set(c[4].split()) & ROW_DOUBT and (
        "\t" in rep.lines[c[2] - 1] or rep.lines[c[2] - 1].strip().endswith("|")))
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, "")
    exp = plain(rep)
    exp[k] = {""}
    return Mutant("blank-for-number", L, exp, ln, False, "a blank for a number")


def e_label_wrap(rep, rng):
    """a row label broken over two lines, as PDF text wraps a narrow cell"""
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    first = rep.by_line[ln][0][0]
    line = rep.lines[ln - 1]
    label = line[:first - 1].rstrip("\t |")
    han = [i for i, ch in enumerate(label) if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < 6 or "\t" in label.strip("\t"):
        return None
    cut = rng.choice(han[2:-2])
    L = list(rep.lines)
    L[ln - 1:ln] = [label[:cut], label[cut:] + line[len(label):]]
    return Mutant("label-wrap", L, plain(rep), ln, False, "label wrapped")


def e_repeat_header(rep, rng):
    """a page break inside a table: the report's title, or the table's column
    header line, printed again between two rows"""
    rows = rep.row_lines()
    heads = [i + 1 for i, l in enumerate(rep.lines) if "商业企业" in l and "科研机构" in l]
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    L = list(rep.lines)
    title = next((l for l in rep.lines if "年度报告" in l), None)
    pick = [x for x in [title, rep.lines[heads[0] - 1] if heads else None] if x]
    if not pick:
        return None
    L.insert(ln - 1, rng.choice(pick))
    return Mutant("repeated-header", L, plain(rep), ln, False, "page header between rows")


def e_header_delete(rep, rng):
    cand = [(i + 1, w) for i, l in enumerate(rep.lines) for w in HEADER_COLS if w in l and "\t" in l]
    if not cand:
        return None
    ln, w = rng.choice(cand)
    L = list(rep.lines)
    L[ln - 1] = re.sub(re.escape(w) + r"[ \t|]*", "", L[ln - 1], count=1)
    return Mutant("header-delete", L, plain(rep), ln, True, "header word %s deleted" % w)


HEADER_PAIRS = [("本年制发件数", "本年废止件数"), ("商业企业", "科研机构"),
                ("社会公益组织", "法律服务机构"), ("本年新制作数量", "本年新公开数量")]
HEADER_COLS = {"本年制发件数": "issued", "本年废止件数": "repealed", "商业企业": "commercial",
               "科研机构": "research", "社会公益组织": "public_interest",
               "法律服务机构": "legal_services", "本年新制作数量": "new_made",
               "本年新公开数量": "new_published"}


def header_section(rep, ln):
    """the table whose rows follow a header line: the cells from there to the next header"""
    return [k for k, c in rep.cells.items() if c[2] > ln]


def e_header_swap(rep, rng):
    cand = []
    for i, line in enumerate(rep.lines):
        for a, b in HEADER_PAIRS:
            if a in line and b in line:
                cand.append((i + 1, a, b))
    if not cand:
        return None
    ln, a, b = rng.choice(cand)
    L = list(rep.lines)
    L[ln - 1] = L[ln - 1].replace(a, "\0").replace(b, a).replace("\0", b)
    # the columns of every row up to the next header with these words
    nxt = min([i + 1 for i, l in enumerate(rep.lines) if i + 1 > ln and a in l] + [10 ** 9])
    exp = plain(rep)
    ca, cb = HEADER_COLS[a], HEADER_COLS[b]
    for (t, r, c), (v, u, l2, col, _f) in rep.cells.items():
        if ln < l2 < nxt and c == ca:
            exp[(t, r, cb)] = vu((v, u))
            exp[(t, r, ca)] = vu(rep.cells.get((t, r, cb), ("", "")))
    return Mutant("header-swap", L, exp, ln, False, "header words %s/%s swapped" % (a, b))


def e_header_only(rep, rng):
    """a table reduced to its captions and headers: every row line of one table gone"""
    tables = sorted({k[0] for k in rep.cells})
    if not tables:
        return None
    t = rng.choice(tables)
    lines = {c[2] for k, c in rep.cells.items() if k[0] == t}
    rowl = set(rep.row_lines())
    L = [l for i, l in enumerate(rep.lines) if (i + 1) not in lines]
    exp = {k: vu(c) for k, c in rep.cells.items() if k[0] != t}
    # the cell-per-line labels above the numbers stay; harmless text lines
    del rowl
    return Mutant("table-header-only", L, exp, min(lines), True, "table %s without rows" % t)


REQUESTERS = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构",
              "public_interest": "社会公益组织", "legal_services": "法律服务机构", "other_org": "其他",
              "legal_subtotal": "小计", "total": "总计"}


def e_transpose(rep, rng):
    """table 三 printed transposed (build_trans.c, P066): the header holds the
    rows' labels, each requester a row of numbers; the same cells. Only for a
    table whose rows each stand on one line, label first, all cells there."""
    req = {}
    for (t, r, c), (v, u, ln, col, _f) in rep.cells.items():
        if t == "requests":
            req.setdefault(ln, []).append((col, r, c))
    if len(req) < 20:
        return None
    lines = sorted(req)
    cols = [c for _, _, c in sorted(req[lines[0]])]
    rows, labels = [], []
    for ln in lines:
        cs = sorted(req[ln])
        if [c for _, _, c in cs] != cols or len({r for _, r, _ in cs}) != 1:
            return None
        text = rep.lines[ln - 1]
        if "\t" not in text:
            return None
        label = [f for f in text[:cs[0][0] - 1].split("\t") if f.strip(" |")]
        if not label:
            return None
        rows.append(cs[0][1])
        labels.append(label[-1].strip(" |"))
    head = next((i for i in range(lines[0] - 2, -1, -1) if rep.lines[i].startswith("三、")), None)
    if head is None or any(rep.lines[i].strip() and re.search(r"[0-9]", rep.lines[i])
                           for i in range(head + 1, lines[0] - 1)):
        return None
    sep = rng.choice(["\t", " | "])
    block = [sep.join(["申请人情况"] + labels)]
    for c in cols:
        nums = []
        for ln, r in zip(lines, rows):
            v, u, l2, col, _f = rep.cells[("requests", r, c)]
            se = rep.number_at(l2, col)
            if not se:
                return None
            nums.append(rep.lines[l2 - 1][se[0]:se[1]])
        block.append(sep.join([REQUESTERS[c]] + nums))
    L = rep.lines[:head + 1] + block + rep.lines[lines[-1]:]
    return Mutant("transposed", L, plain(rep), head + 2, False, "table 三 transposed")


EDITS = [e_separator_pipe, e_separator_spaces, e_cell_per_line, e_blank_line, e_fullwidth, e_thousands,
         e_trailing, e_crlf, e_page_footer, e_trad, e_numbers_next_line, e_unit,
         e_num_delete, e_num_insert, e_num_swap, e_num_glue, e_num_split, e_row_delete,
         e_row_dup, e_row_swap, e_numbers_prev_line, e_label_near, e_dash, e_blank_cell,
         e_header_swap, e_header_only, e_label_wrap, e_repeat_header, e_header_delete, e_transpose]


# ---- copy damage (stop 32): what a copy from a web page, a PDF or Word does
# to the text, none of the kinds above

ZW = ["\u200b", "\ufeff", "\u200b\u200b"]


def e_zw_label(rep, rng):
    """a zero-width space or U+FEFF inside a row label (web copy)"""
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    first = rep.by_line[ln][0][0]
    line = rep.lines[ln - 1]
    han = [i for i, ch in enumerate(line[:first - 1]) if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < 3:
        return None
    i = rng.choice(han[1:])
    L = list(rep.lines)
    L[ln - 1] = line[:i] + rng.choice(ZW) + line[i:]
    return Mutant("zw-label", L, plain(rep), ln, False, "zero-width char in a label")


def e_zw_cell(rep, rng):
    """a zero-width space or U+FEFF before or after a number (an empty web cell)"""
    got = rep.pick_value(rng)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    z = rng.choice(ZW)
    L[ln - 1] = line[:s] + z + line[s:e] + line[e:] if rng.random() < 0.5 else line[:e] + z + line[e:]
    return Mutant("zw-cell", L, plain(rep), ln, False, "zero-width char beside a number")


def full_tab_rows(rep):
    """row lines with TABs between cells and no empty cell (a blank for a TAB
    would lose it)"""
    return [r for r in rep.row_lines() if "\t" in rep.lines[r - 1] and
            "\t\t" not in rep.lines[r - 1] and not rep.lines[r - 1].endswith("\t")]


def tab_row(rep, rng):
    """a row whose cells are all TAB-delimited and none empty: (line number,
    the line without trailing TABs), or None"""
    rows = full_tab_rows(rep)
    if not rows:
        return None
    ln = rng.choice(rows)
    line = rep.lines[ln - 1].rstrip("\t")
    if "\t\t" in line:
        return None
    return ln, line


def e_nbsp_sep(rep, rng):
    """TABs between cells become NBSP (U+00A0) runs, as a browser copies &nbsp;"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    L = list(rep.lines)
    L[ln - 1] = line.replace("\t", rng.choice(["\u00a0", "\u00a0\u00a0", " \u00a0", "\u00a0 "]))
    return Mutant("nbsp-sep", L, plain(rep), ln, False, "NBSP between cells")


def e_one_space(rep, rng):
    """cells separated by one ASCII space in one row, TAB in the others"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    L = list(rep.lines)
    L[ln - 1] = line.replace("\t", " ")
    return Mutant("one-space-sep", L, plain(rep), ln, False, "one space between cells")


def e_mixed_sep(rep, rng):
    """each delimiter of a row a different blank: TAB, spaces, TAB with spaces, U+3000"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    parts = line.split("\t")
    out = parts[0]
    seps = [rng.choice(["\t", " ", "   ", " \t ", "\u3000", "\t "]) for _ in parts[1:]]
    for sep, p in zip(seps, parts[1:]):
        out += sep + p
    L = list(rep.lines)
    L[ln - 1] = out
    return Mutant("mixed-sep", L, plain(rep), ln, mixed_sep_doubtful(parts, seps),
                  "mixed blanks between cells")


def mixed_sep_doubtful(parts, seps):
    """Is the row a mixed-sep edit makes truly ambiguous? A blank without a
    TAB between two digit runs that make one number (12 5: the left not 0 nor
    opening with 0) reads as well as a number split by a stray blank in a row
    that lost a cell (125 with its next cell lost), when the row's other
    delimiters are TABs; a thousands-shaped pair (1 534) does wherever it
    stands. xxgk doubts such a pair (P027, docs/diagnostics.md): the edit is
    then damaging (a diagnostic wanted, or the cells right)."""
    digits = re.compile(r"[0-9]+$")
    row_tab = any("\t" in s for s in seps)
    for i, sep in enumerate(seps):
        a, b = parts[i].strip(), parts[i + 1].strip()
        if "\t" in sep or not digits.match(a) or a.startswith("0") or b[:1] not in tuple("0123456789"):
            continue
        if row_tab or (len(a) <= 3 and re.match(r"[0-9]{3}(?![0-9])", b)):
            return True
    return False


def e_fw_line(rep, rng):
    """a whole row line in full-width digits and full-width spaces (IME input)"""
    rows = full_tab_rows(rep)
    if not rows:
        return None
    ln = rng.choice(rows)
    line = rep.lines[ln - 1].rstrip("\t")
    if "\t\t" in line or "." in line:
        return None
    L = list(rep.lines)
    L[ln - 1] = line.translate(FW).replace("\t", "\u3000")
    # the label's own digits (1. 2.) become full-width too
    return Mutant("fw-line", L, plain(rep), ln, False, "full-width digits and spaces in a row")


def e_count_unit(rep, rng):
    """a count printed with its unit: 12件, 3项, 5个 (Word tables do)"""
    got = rep.pick_value(rng, r"[0-9]+", keep=lambda c: not c[1])
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    u2 = "件" if k[0] in ("requests", "review") else rng.choice(["件", "项"])
    L[ln - 1] = line[:e] + u2 + line[e:]
    return Mutant("count-unit", L, plain(rep), ln, False, "a count with its unit %s" % u2)


def heading_lines(rep):
    return [i + 1 for i, l in enumerate(rep.lines)
            if re.match(r"[一二三四五六七][、.．]", l) and i > 0 and rep.lines[i - 1].strip()
            and not re.search(r"[0-9]\s*$", rep.lines[i - 1])]


def e_heading_glued(rep, rng):
    """a section heading glued to the end of the paragraph before it (Word's
    paragraph mark lost)"""
    hs = [h for h in heading_lines(rep) if h - 1 not in rep.by_line and h - 2 >= 0
          and rep.lines[h - 2].rstrip().endswith(("。", "；", "）", "。”"))]
    if not hs:
        return None
    h = rng.choice(hs)
    L = list(rep.lines)
    L[h - 2:h] = [L[h - 2].rstrip() + L[h - 1]]
    return Mutant("heading-glued", L, plain(rep), h - 1, False, "heading glued to a paragraph")


def e_caption_missing(rep, rng):
    """a table's caption line (第二十条第（x）项, or a section heading) lost"""
    cand = [i + 1 for i, l in enumerate(rep.lines) if re.fullmatch(r"\s*第二十条第[（(][一二三四五六七八九十]+[)）]项\s*", l)]
    if not cand:
        return None
    ln = rng.choice(cand)
    L = list(rep.lines)
    del L[ln - 1]
    return Mutant("caption-missing", L, plain(rep), ln, True, "caption line lost")


def e_rule_line(rep, rng):
    """a line of only | or — between two rows (a table border copied as text)"""
    rows = rep.row_lines()
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    L = list(rep.lines)
    L.insert(ln - 1, rng.choice(["|", "| | | |", "——————————", "—", "-----", "｜", "________"]))
    return Mutant("rule-line", L, plain(rep), ln, False, "border line between rows")


def e_footer_spaced(rep, rng):
    """a page footer with spaces, or a page number alone, between two rows"""
    rows = rep.row_lines()
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    L = list(rep.lines)
    L.insert(ln - 1, rng.choice(["第 3 页 共 9 页", "第 3 页，共 9 页", "- 3 -", "－ 3 －", "3", "第3页",
                                 "Page 3 of 9", "— 12 —"]))
    return Mutant("footer-spaced", L, plain(rep), ln, False, "page footer between rows")


def e_indent(rep, rng):
    """a row indented (Word's first-line indent)"""
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    L[ln - 1] = rng.choice(["    ", "\u3000\u3000", "\t", "  "]) + L[ln - 1]
    return Mutant("indent", L, plain(rep), ln, False, "row indented")


TRAD_ALL = dict(TRAD)
TRAD_ALL.update(str.maketrans({"复": "復", "诉": "訴", "门": "門", "关": "關", "这": "這", "报": "報",
                               "为": "為", "从": "從", "应": "應", "实": "實", "现": "現", "发": "發",
                               "废": "廢", "效": "效", "项": "項", "与": "與", "对": "對", "况": "況",
                               "决": "決", "定": "定", "政": "政", "内": "內", "馈": "饋", "经": "經",
                               "纠": "糾", "办": "辦", "谁": "誰", "国": "國", "类": "類", "过": "過",
                               "执": "執", "询": "詢", "险": "險", "稳": "穩", "护": "護", "权": "權",
                               "补": "補", "确": "確", "举": "舉", "访": "訪", "获": "獲", "缴": "繳",
                               "费": "費", "处": "處", "没": "沒", "属": "屬", "间": "間"}))


def e_trad_all(rep, rng):
    """the whole report in traditional script (a Hong Kong / Taiwan converter)"""
    L = [l.translate(TRAD_ALL) for l in rep.lines]
    return Mutant("trad-all", L, plain(rep), 1, False, "whole report traditional")


def e_header_again(rep, rng):
    """the header line just above a block of table rows printed again before a
    later row of the same block (a page break)"""
    rows = set(rep.row_lines())
    cand = []
    for t, a, z in table_blocks(rep):
        h = a - 1
        if h < 1:
            continue
        head = rep.lines[h - 1]
        if not head.strip() or re.search(r"[0-9]", head):
            continue
        for r in range(a + 1, z + 1):
            if r in rows:
                cand.append((head, r))
    if not cand:
        return None
    head, r = rng.choice(sorted(cand))
    L = list(rep.lines)
    L.insert(r - 1, head)
    return Mutant("header-again", L, plain(rep), r, False, "table header repeated")


def e_bom_mid(rep, rng):
    """U+FEFF at the start of a line mid-report (two files pasted together)"""
    rows = rep.row_lines()
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    L[ln - 1] = "\ufeff" + L[ln - 1]
    return Mutant("bom-mid", L, plain(rep), ln, False, "U+FEFF at a row start")


def last_number(rep, rng, least):
    """a row of at least LEAST numbers whose last number ends its line:
    (line number, cell key, start, end, line), or None"""
    rows = [r for r in rep.row_lines() if len(rep.by_line[r]) >= least]
    if not rows:
        return None
    ln = rng.choice(rows)
    col, k = rep.by_line[ln][-1]
    se = rep.number_at(ln, col)
    if not se:
        return None
    s, e = se
    line = rep.lines[ln - 1]
    if line[e:].strip(" \t|"):
        return None
    return ln, k, s, e, line


def e_tail_wrap(rep, rng):
    """a long row wrapped at a fixed width: its last number alone on the next line"""
    got = last_number(rep, rng, 3)
    if not got:
        return None
    ln, k, s, e, line = got
    L = list(rep.lines)
    L[ln - 1:ln] = [line[:s].rstrip(" \t"), line[s:]]
    return Mutant("tail-wrap", L, plain(rep), ln, True, "last number wrapped to the next line")


def e_rows_joined(rep, rng):
    """two rows on one line (a lost line break)"""
    rows = rep.row_lines()
    pairs = [(a, b) for a, b in zip(rows, rows[1:]) if b == a + 1]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    L = list(rep.lines)
    sep = "\t" if "\t" in L[a - 1] else " "
    L[a - 1:b] = [L[a - 1].rstrip("\t ") + rng.choice([sep, " ", ""]) + L[b - 1]]
    return Mutant("rows-joined", L, plain(rep), a, True, "two rows on one line")


def e_last_cell_missing(rep, rng):
    """a row whose last cell is lost (a short row in the copy)"""
    got = last_number(rep, rng, 2)
    if not got:
        return None
    ln, k, s, e, line = got
    L = list(rep.lines)
    L[ln - 1] = line[:s].rstrip(" \t")
    return Mutant("last-cell-missing", L, damaged(rep, [k]), ln, True, "last cell lost")


def disp_w(s):
    return sum(2 if ord(ch) >= 0x1100 and not (0xff61 <= ord(ch) <= 0xffdc) else 1 for ch in s)


def e_hard_wrap(rep, rng):
    """every line longer than W columns broken at W (a text export at a fixed width)"""
    w = rng.choice([40, 60, 80])
    L, first = [], None
    for i, l in enumerate(rep.lines):
        cur, cw = "", 0
        for ch in l:
            d = disp_w(ch)
            if cw + d > w:
                L.append(cur)
                if first is None:
                    first = i + 1
                cur, cw = "", 0
            cur += ch
            cw += d
        L.append(cur)
    if first is None:
        return None
    return Mutant("hard-wrap", L, plain(rep), first, True, "lines wrapped at %d columns" % w)


def e_table_one_line(rep, rng):
    """every row of one table on one line, blanks between (page text)"""
    tables = {}
    for (t, r, c), cc in rep.cells.items():
        tables.setdefault(t, set()).add(cc[2])
    cand = []
    for t, ls in tables.items():
        ls = sorted(ls)
        if len(ls) >= 2 and ls[-1] - ls[0] == len(ls) - 1:
            cand.append((t, ls))
    if not cand:
        return None
    t, ls = rng.choice(sorted(cand))
    L = list(rep.lines)
    sep = rng.choice([" ", "  ", "\t"])
    L[ls[0] - 1:ls[-1]] = [sep.join(L[i - 1].strip("\t ") for i in ls)]
    return Mutant("table-one-line", L, plain(rep), ls[0], True, "table %s on one line" % t)


def e_one_for_dash(rep, rng):
    """a value's cell printed 一, the numeral one an IME types for a dash
    (stop 59): the cell empty (or 0) and P123, never the count 1, never
    dropped (the row's later cells a column left)"""
    got = rep.pick_value(rng)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, "一")
    exp = plain(rep)
    exp[k] = {"", "0", vu(("0", u))}
    return Mutant("one-for-dash", L, exp, ln, True, "一 for a number")


def e_point_letter(rep, rng):
    """a number's last digit misread as a letter after a decimal point
    (1268.S, 3.l: stop 59): the cell not read (P046), never the digits
    before the point"""
    got = rep.pick_value(rng, r"[0-9]+")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = L[ln - 1][:e] + "." + rng.choice(["S", "O", "l"]) + L[ln - 1][e:]
    return Mutant("point-letter", L, damaged(rep, [k]), ln, True, "a letter after a decimal point")


def cell_line_row(rep, rng):
    """a TAB row whose cells are all numbers, none empty: (line number, its
    label, its cells, the row's keys in order), or None"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    parts = line.split("\t")
    keys = row_keys(rep, ln)
    if len(parts) < 3 or len(keys) != len(parts) - 1 or \
            not all(re.fullmatch(r"[0-9]+", c) for c in parts[1:]):
        return None
    return ln, parts[0], parts[1:], keys


def e_cell_line_blank(rep, rng):
    """a row printed one cell a line, page text without bars (规章⏎3⏎1⏎1 268),
    one of its numbers split by a blank (OCR's, or a thousands blank): one
    cell of two digit runs, never two cells and a page number dropped
    (stop 60: main read 3⏎1⏎1 268 as a page number 3 and the cells 1, 1,
    268, unflagged). The cell is its number or nothing, and so are the
    row's cells after it"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    i = rng.choice([j for j, c in enumerate(cells) if len(c) >= 2] or [-1])
    if i < 0:
        return None
    c = cells[i]
    cut = rng.randrange(1, len(c))
    cells = list(cells)
    cells[i] = c[:cut] + " " + c[cut:]
    L = list(rep.lines)
    L[ln - 1:ln] = [label] + cells
    exp = plain(rep)
    for k in keys[i:]:
        exp[k] = {exp[k], ""}
    return Mutant("cell-line-blank", L, exp, ln, True, "a blank inside a number, one cell a line")


def e_cell_line_zero(rep, rng):
    """a row printed one cell a line, page text, a 0 printed as the IME's 〇
    or OCR's O, o, ○: the cell 0 or empty, never the row's later values a
    column off"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    i = rng.choice([j for j, c in enumerate(cells) if c == "0"] or [-1])
    if i < 0:
        return None
    cells = list(cells)
    cells[i] = rng.choice(["\u3007", "O", "o", "\u25cb"])
    L = list(rep.lines)
    L[ln - 1:ln] = [label] + cells
    return Mutant("cell-line-zero", L, damaged(rep, [keys[i]]), ln, True, "0 printed 〇/O/o/○, one cell a line")


EDITS_COPY = [e_zw_label, e_zw_cell, e_nbsp_sep, e_one_space, e_mixed_sep, e_fw_line, e_count_unit,
              e_heading_glued, e_caption_missing, e_rule_line, e_footer_spaced, e_indent, e_trad_all,
              e_header_again, e_bom_mid, e_tail_wrap, e_rows_joined, e_last_cell_missing,
              e_hard_wrap, e_table_one_line, e_one_for_dash, e_point_letter]


def e_label_spaced(rep, rng):
    """a short label spread over its cell (Word's distributed alignment): 规  章,
    自 然 人, 总　　计"""
    rows = rep.row_lines()
    cand = []
    for ln in rows:
        first = rep.by_line[ln][0][0]
        line = rep.lines[ln - 1]
        lab = line[:first - 1].rstrip("\t |")
        st = len(lab) - len(lab.lstrip("\t |"))
        core = lab[st:]
        if 2 <= len(core) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in core):
            cand.append((ln, st, core))
    if not cand:
        return None
    ln, st, core = rng.choice(cand)
    gap = rng.choice([" ", "  ", "\u3000", "\u3000\u3000"])
    L = list(rep.lines)
    line = L[ln - 1]
    L[ln - 1] = line[:st] + gap.join(core) + line[st + len(core):]
    return Mutant("label-spaced", L, plain(rep), ln, False, "label letter-spaced")


def e_label_glued(rep, rng):
    """no blank between a row label and its first number (行政许可447228)"""
    rows = [r for r in rep.row_lines()]
    cand = []
    for ln in rows:
        first = rep.by_line[ln][0][0]
        line = rep.lines[ln - 1]
        lab = line[:first - 1]
        core = lab.rstrip(" \t")
        if core and core != lab and "\u4e00" <= core[-1] <= "\u9fff" and "\t" not in core.strip("\t"):
            cand.append((ln, core, first))
    if not cand:
        return None
    ln, core, first = rng.choice(cand)
    L = list(rep.lines)
    L[ln - 1] = core + L[ln - 1][first - 1:]
    return Mutant("label-glued", L, plain(rep), ln, False, "label glued to its first number")


def e_label_wrap_punct(rep, rng):
    """a row label broken after its serial (（三）/ 1.) or after a bracket"""
    rows = rep.row_lines()
    cand = []
    for ln in rows:
        first = rep.by_line[ln][0][0]
        line = rep.lines[ln - 1]
        label = line[:first - 1].rstrip("\t |")
        if "\t" in label.strip("\t"):
            continue
        for m in re.finditer(r"[）)、.．，]", label):
            if 1 < m.end() < len(label) - 1:
                cand.append((ln, m.end(), len(label)))
    if not cand:
        return None
    ln, cut, n = rng.choice(cand)
    L = list(rep.lines)
    line = L[ln - 1]
    L[ln - 1:ln] = [line[:cut], line[cut:]]
    return Mutant("label-wrap-punct", L, plain(rep), ln, False, "label wrapped after punctuation")


def e_thousands_fw(rep, rng):
    """12345 printed 12，345 (a full-width comma as the thousands separator)"""
    got = rep.pick_value(rng, r"[0-9]{4,}")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, "{:,}".format(int(L[ln - 1][s:e])).replace(",", "，"))
    return Mutant("thousands-fw", L, plain(rep), ln, True, "full-width thousands comma")


def e_sign_variant(rep, rng):
    """a negative number's minus as －, −, – or —"""
    got = rep.pick_value(rng, keep=lambda c: c[0].startswith("-"))
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    line = L[ln - 1]
    L[ln - 1] = line[:s] + rng.choice(["－", "−", "–"]) + line[s + 1:e] + line[e:]
    return Mutant("sign-variant", L, plain(rep), ln, False, "another minus sign")


def e_numbers_split_mid(rep, rng):
    """a row of numbers wrapped mid-row: the first numbers on the label's line,
    the rest on the next line"""
    rows = [r for r in rep.row_lines() if len(rep.by_line[r]) >= 3]
    if not rows:
        return None
    ln = rng.choice(rows)
    cs = rep.by_line[ln]
    i = rng.randint(1, len(cs) - 1)
    se = rep.number_at(ln, cs[i][0])
    if not se:
        return None
    line = rep.lines[ln - 1]
    L = list(rep.lines)
    L[ln - 1:ln] = [line[:se[0]].rstrip(" \t|"), line[se[0]:]]
    return Mutant("numbers-split-mid", L, plain(rep), ln, True, "row wrapped after %d numbers" % i)


def e_tail_wrap2(rep, rng):
    """a long row wrapped with its last two numbers on the next line"""
    rows = [r for r in rep.row_lines() if len(rep.by_line[r]) >= 4]
    if not rows:
        return None
    ln = rng.choice(rows)
    col, k = rep.by_line[ln][-2]
    se = rep.number_at(ln, col)
    if not se:
        return None
    line = rep.lines[ln - 1]
    L = list(rep.lines)
    L[ln - 1:ln] = [line[:se[0]].rstrip(" \t"), line[se[0]:]]
    return Mutant("tail-wrap2", L, plain(rep), ln, True, "last two numbers wrapped")


def e_ws_cells(rep, rng):
    """spaces around every cell of a TAB row (a web table's padding)"""
    rows = full_tab_rows(rep)
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    L[ln - 1] = " " + L[ln - 1].replace("\t", rng.choice([" \t ", "\t  ", "  \t"])) + " "
    return Mutant("ws-cells", L, plain(rep), ln, False, "blanks around cells")


def e_empty_cell_dash(rep, rng):
    """a 0 printed as an empty cell marked by an em-dash pair or a slash, with
    spaces (——, —, /, -, 0.00 for a money 0)"""
    got = rep.pick_value(rng, keep=lambda c: c[0] == "0" and not c[1])
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    d = rng.choice(["——", " — ", "／", "0.0", "\uff10"])
    L[ln - 1] = replace_span(L[ln - 1], s, e, d)
    exp = plain(rep)
    exp[k] = {"", "0", "0.0"}
    return Mutant("empty-mark", L, exp, ln, False, "a 0 as %r" % d)


EDITS_COPY += [e_label_spaced, e_label_glued, e_label_wrap_punct, e_thousands_fw, e_sign_variant,
               e_numbers_split_mid, e_tail_wrap2, e_ws_cells, e_empty_cell_dash]


def table_blocks(rep):
    """(table, first line, last line) of each run of consecutive lines holding
    a table's cells"""
    tables = {}
    for (t, r, c), cc in rep.cells.items():
        tables.setdefault(t, set()).add(cc[2])
    out = []
    for t, ls in tables.items():
        ls = sorted(ls)
        a = ls[0]
        for x, y in zip(ls, ls[1:] + [None]):
            if y != x + 1:
                out.append((t, a, x))
                a = y
    return sorted(out, key=lambda b: b[1])


def e_page_glued(rep, rng):
    """a block of table rows as a web page's text gives it: no blank between
    the cells, the rows run together on one line (规章000行政规范性文件693665)"""
    bl = [b for b in table_blocks(rep) if b[2] > b[1] and
          all("\t" in rep.lines[i - 1] or "|" in rep.lines[i - 1] for i in range(b[1], b[2] + 1))]
    if not bl:
        return None
    t, a, z = rng.choice(bl)
    L = list(rep.lines)
    joined = rng.choice(["", " "]).join(
        re.sub(r"[\t |]+", "", L[i - 1]) for i in range(a, z + 1))
    L[a - 1:z] = [joined]
    return Mutant("page-glued", L, plain(rep), a, True, "table %s rows glued as page text" % t)


EDITS_COPY += [e_page_glued, e_cell_line_blank, e_cell_line_zero]


PAGE_BREAKS = ["- 3 -", "第3页", "第 3 页 共 9 页", "3", "— 12 —", "3/9"]


def page_break(rep, rng):
    """a PDF's page break as its text prints it: a footer (a page number in
    one of its forms), with or without the running header (the report's
    first line) of the next page"""
    brk = [rng.choice(PAGE_BREAKS)]
    if rng.random() < 0.5 and rep.lines and rep.lines[0].strip():
        brk.append(rep.lines[0].strip())
    return brk


def e_cell_line_page(rep, rng):
    """a row printed one cell a line (page text without bars) with a page
    break between two of its cells: the footer's number is no cell. The
    cells are the report's, or, from the break on, nothing (a bare 3 reads
    as a value as well as a page number: then a finding)"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    i = rng.randrange(1, len(cells))
    L = list(rep.lines)
    L[ln - 1:ln] = [label] + cells[:i] + page_break(rep, rng) + cells[i:]
    exp = plain(rep)
    for k in keys:
        exp[k] = {exp[k], ""}
    return Mutant("cell-line-page", L, exp, ln, True, "page break between cells, one cell a line")


def e_label_page(rep, rng):
    """a row label cut by a page break (the label's start at the foot of a
    page, its rest and the row's numbers on the next), in a TAB row or a row
    printed one cell a line: no number of the footer in a cell; the row's
    cells its numbers or nothing"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    parts = line.split("\t")
    label = parts[0].strip()
    keys = row_keys(rep, ln)
    if len(label) < 4 or not keys or re.search(r"[0-9０-９]", label):
        return None
    cut = rng.randrange(2, len(label) - 1)
    rest = [label[cut:] + "\t" + "\t".join(parts[1:])]
    if rng.random() < 0.5 and all(re.fullmatch(r"[0-9]+", c) for c in parts[1:]):
        rest = [label[cut:]] + parts[1:]
    L = list(rep.lines)
    L[ln - 1:ln] = [label[:cut]] + page_break(rep, rng) + rest
    exp = plain(rep)
    for k in keys:
        exp[k] = {exp[k], ""}
    return Mutant("label-page", L, exp, ln, True, "row label cut by a page break")


def e_row_again_page(rep, rng):
    """a row printed twice across a page break (the last row of a page
    printed again at the top of the next): its cells the report's or
    nothing, with a finding (P014)"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    keys = row_keys(rep, ln)
    if not keys:
        return None
    L = list(rep.lines)
    L[ln:ln] = page_break(rep, rng) + [rep.lines[ln - 1]]
    exp = plain(rep)
    for k in keys:
        exp[k] = {exp[k], ""}
    return Mutant("row-again-page", L, exp, ln, True, "a row printed again after a page break")


# running headers that are no line of the report (an agency's column of a
# portal, a series title), either script; and ones that begin with a
# section title's words or an item number (stop 63: main read the page
# number into the row's last cell, silently; stop 64: an item number table
# 三 may use next, 5. after 2., main read it as the next row)
FOREIGN_HEADERS = ["示例区民政局信息公开", "政府信息公开专栏", "示例區民政局信息公開", "政府信息公开工作年度报告",
                   "共9页", "主动公开政府信息情况", "1.示例区民政局", "（一）示例区民政局", "政府信息公开工作",
                   "5.示例区民政局", "四、示例區民政局", "（三）示例区民政局", "８．青禾市人民政府办公室"]


def e_cell_line_header(rep, rng):
    """a row printed one cell a line with a page break between two of its
    cells printed as a bare page number and a running header that is no
    line of the report (an agency's portal column, 共9页; stop 62): the
    bare number has a value's form, so each cell is its number or empty"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    i = rng.randrange(1, len(cells) + 1)
    L = list(rep.lines)
    L[ln - 1:ln] = [label] + cells[:i] + [str(rng.choice([3, 7, 12]))] + [rng.choice(FOREIGN_HEADERS)] + cells[i:]
    exp = plain(rep)
    for k in keys:
        exp[k] = {exp[k], ""}
    return Mutant("cell-line-header", L, exp, ln, True, "page number and a foreign running header between cells")


def e_row_end_header(rep, rng):
    """two rows printed one cell a line with a running header (no line of
    the report) between them, after the first row's last cell and before
    the second's label: a page break between rows, the commonest in page
    text. Must not: every cell is the report's, exact (review-damage11 B1:
    P065 withheld the first row's last cell, the next label taken as
    foreign)"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    if ln >= len(rep.lines):
        return None
    parts = rep.lines[ln].split("\t")
    nkeys = row_keys(rep, ln + 1) if ln + 1 in rep.by_line else []
    if len(parts) < 3 or len(nkeys) != len(parts) - 1 or \
            not all(re.fullmatch(r"[0-9]+", c) for c in parts[1:]):
        return None
    L = list(rep.lines)
    L[ln - 1:ln + 1] = [label] + cells + [rng.choice(FOREIGN_HEADERS[:3])] + [parts[0]] + parts[1:]
    return Mutant("row-end-header", L, plain(rep), ln, False, "a running header between two rows printed one cell a line")


EDITS_COPY += [e_cell_line_page, e_label_page, e_row_again_page, e_cell_line_header, e_row_end_header]


def e_table_running_header(rep, rng):
    """a page break between two rows of table 二 or 三 (TAB rows, each a
    label and its numbers) where the print repeats, at the new page's top,
    the section's heading exactly as the report printed it before the table
    (or, in traditional script), maybe after the page's number, or the
    report's title line: a running header (P081, stop 67). Must not: every
    cell is the report's, exact (main began the section again, P004, and
    lost the rows after the line)"""
    rows = rep.row_lines()
    pairs = []
    for ln in rows:
        if ln - 1 not in rep.by_line or ln - 1 not in rows:
            continue
        t = rep.by_line[ln][0][1][0]
        if t not in ("proactive", "requests") or rep.by_line[ln - 1][0][1][0] != t:
            continue
        num = "二" if t == "proactive" else "三"
        for h in range(ln - 2, -1, -1):
            if re.match(num + "、", rep.lines[h]) and h + 1 not in rep.by_line and \
                    not re.search(r"[\t0-9０-９|]", rep.lines[h]):  # the heading, no row of the table
                pairs.append((ln, rep.lines[h].rstrip()))
                break
    if not pairs:
        return None
    ln, head = rng.choice(pairs)
    titles = [l.strip() for l in rep.lines[:3] if re.search(r"年度报告$", l.strip()) and re.search(r"20[0-9][0-9]", l)]
    kind = rng.choice(["heading", "trad", "page", "title"] if titles else ["heading", "trad", "page"])
    if kind == "trad":
        head = head.translate(str.maketrans("处理公开申请关于况发", "處理公開申請關於況發"))
    add = {"heading": [head], "trad": [head], "page": [str(rng.choice([3, 7, 12])), head],
           "title": titles[:1]}[kind]
    L = list(rep.lines)
    L[ln - 1:ln - 1] = add
    return Mutant("table-running-header", L, plain(rep), ln, False, "a running header (%s) between two rows of a table" % kind)


EDITS_COPY += [e_table_running_header]

# the vertical group labels of table 三 as a PDF's text layer prints them
# (huaian-2024: 三、本年度办理结果 and （三）不予公开 one or two characters a
# line between the rows)
GROUP_CHARS = "本年度办理结果不予公开无法提供处理其他"


def e_group_char_glued(rep, rng):
    """a row of table 三 as huaian-2024's PDF text prints it: the label on
    its line, the numbers on the next with one character of a vertical
    group label before them (本⇥30⇥1⇥…), sometimes another character alone
    on a line before the label. The report says the same: its cells"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    if keys[0][0] != "requests" or re.fullmatch(r"[一二三四]、.*", label):
        return None
    L = list(rep.lines)
    new = [label, rng.choice(GROUP_CHARS) + "\t" + "\t".join(cells)]
    if rng.random() < 0.5:
        new.insert(0, rng.choice(GROUP_CHARS))
    L[ln - 1:ln] = new
    return Mutant("group-char-glued", L, plain(rep), ln, False, "a vertical group label's character before a row's numbers")


def e_item_mark_alone(rep, rng):
    """a numbered row's item mark on a line of its own, its words and numbers
    on the next, in table 三 sometimes after a vertical group label's
    character in its own cell (chromium's print of pingtan-2022 at some
    widths: 2.⏎开⇥其他法律…):
    the report says the same, so its cells; a finding with the row's cells
    empty is allowed (the mark may be a running header's)"""
    got = tab_row(rep, rng)
    if not got:
        return None
    ln, line = got
    m = re.match(r"([0-9]{1,2}[.．、])(\S.*)", line)
    keys = row_keys(rep, ln)
    if not m or not keys:
        return None
    rest = m.group(2)
    if keys[0][0] == "requests" and rng.random() < 0.5:
        rest = rng.choice(GROUP_CHARS) + "\t" + rest  # pingtan-2022's print: 2.⏎开⇥其他法律…
    L = list(rep.lines)
    L[ln - 1:ln] = [m.group(1), rest]
    return Mutant("item-mark-alone", L, plain(rep), ln, False, "an item number alone on its line before its row")


EDITS_PAGE = [e_group_char_glued, e_item_mark_alone]


def e_cells_glued(rep, rng):
    """a TAB row whose delimiters a copy lost, the label and its numbers one
    run (pingtan-2022's page text: 规章000, 行政处罚2113, 1.属于国家秘密0000000):
    the digits cannot be told apart but by the row's count and sums, so
    each cell is the report's or empty, with a finding"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    ln, label, cells, keys = got
    L = list(rep.lines)
    L[ln - 1] = label + "".join(cells)
    exp = plain(rep)
    for k in keys:
        exp[k] = {exp[k], ""}
    return Mutant("cells-glued", L, exp, ln, True, "a row's delimiters lost, label and digits one run")


PRINT_URLS = ["file:///tmp/report.html", "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm",
              "http://www.example.gov.cn/art/2023/1/31/art_1229_5.html"]
PRINT_DATES = ["12/6/26, 1:43 AM", "2023/2/20 15:07", "2024/1/31 下午3:07"]


def e_print_furniture(rep, rng):
    """a browser's print between two rows (chromium's --print-to-pdf of a
    report's page): the page's foot, its URL and n/m, then the next page's
    head, the date and time and the page's title. The report says the
    same: its cells"""
    rows = rep.row_lines()
    if len(rows) < 2:
        return None
    ln = rng.choice(rows[1:])
    title = rep.lines[0].strip() or "政府信息公开工作年度报告"
    foot = rng.choice(PRINT_URLS) + rng.choice(["\t", "    "]) + rng.choice(["3/8", "2/5", "12/14"])
    head = rng.choice(PRINT_DATES) + rng.choice(["\t", "    "]) + title + rng.choice(["", "_政府信息公开年报_示例区人民政府"])
    L = list(rep.lines)
    L[ln - 1:ln - 1] = [foot, head]
    return Mutant("print-furniture", L, plain(rep), ln, False, "a browser print's page foot and head between rows")


EDITS_PAGE += [e_cells_glued, e_print_furniture]


# ---- realistic damage of stop 67 (damage16) ---------------------------------
# `--kinds real`: what a crawler, a site's editor, Word/WPS and a PDF viewer
# do to a table that the edits above do not.

FOOTNOTE_MARKS = ["*", "①", "②", "※", "注1", "（注）", "[1]", "¹"]


def e_footnote_mark(rep, rng):
    """a value with a footnote mark after it (3*, 3①, 3注1, 3[1], 3¹): the
    mark is no digit of the value. The cell its number or empty, never 31,
    32 or 3 with the row's later cells a column off"""
    got = rep.pick_value(rng, r"[0-9]+")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    mark = rng.choice(FOOTNOTE_MARKS)
    L[ln - 1] = L[ln - 1][:e] + mark + L[ln - 1][e:]
    exp = plain(rep)
    exp[k] = {exp[k], ""}
    return Mutant("footnote-mark", L, exp, ln, True, "a footnote mark after a value (%s)" % mark)


CN_DIGITS = "〇一二三四五六七八九"


def cn_numeral(n):
    """2 二, 10 十, 12 十二, 20 二十, 35 三十五"""
    if n < 10:
        return CN_DIGITS[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + (CN_DIGITS[o] if o else "")


def e_cn_numeral(rep, rng):
    """a value printed in Chinese numerals (二, 十二, 三十五: an agency
    typing its counts as words): the cell its number or empty, with a
    finding; never another number, never dropped with the row's later cells
    a column left. 一 is one-for-dash's, 0 cell-line-zero's"""
    got = rep.pick_value(rng, r"[0-9]+", keep=lambda c: 2 <= int(rep.printed(c)) <= 99)
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    L[ln - 1] = replace_span(L[ln - 1], s, e, cn_numeral(int(rep.printed((v, u, ln, col)))))
    exp = plain(rep)
    exp[k] = {exp[k], ""}
    return Mutant("cn-numeral", L, exp, ln, True, "a value in Chinese numerals")


STRIKES = [("~~", "~~"), ("<del>", "</del>"), ("<s>", "</s>"), ("-", "-")]


def e_struck_value(rep, rng):
    """a value struck through, as a crawler's markdown or HTML keeps it
    (~~3~~, <del>3</del>, -3-): the printed value was withdrawn. The cell
    empty or the number, with a finding; never -3 nor the row a column off"""
    got = rep.pick_value(rng, r"[0-9]+")
    if not got:
        return None
    k, (v, u, ln, col, _f), s, e, L = got
    a, b = rng.choice(STRIKES)
    L[ln - 1] = L[ln - 1][:s] + a + L[ln - 1][s:e] + b + L[ln - 1][e:]
    exp = plain(rep)
    exp[k] = {exp[k], ""}
    return Mutant("struck-value", L, exp, ln, True, "a value struck through (%s…%s)" % (a, b))


ITEM_NO = re.compile(r"^([ \t\u3000]*)([（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[一二三四五六七八九十]+、)[ \u3000]*")


def label_words_left(rest):
    """are the words after an item number (REST, to its cell's end) still a
    label's: no number, no mark of an empty cell (无, —, /) and two
    characters or more? A label a PDF cut before its number's line ends
    (huaian-2024's `（四）无⇥746…`, 法提供 pages later) leaves 无: an empty
    cell then, not a label without its number (the edit would be damaging)"""
    word = re.split(r"\t|\||  |\u3000", rest, maxsplit=1)[0].strip()
    return not NUM_RE.match(rest) and len(word) >= 2 and not re.fullmatch(r"[无無\-—－/／]+", word)


def e_label_no_item(rep, rng):
    """a row label without its item number, as a site's editor abbreviates
    it (（一）予以公开 → 予以公开, 1.属于国家秘密 → 属于国家秘密): rows are known
    by their words; the report says the same"""
    rows = [r for r in rep.row_lines() if ITEM_NO.match(rep.lines[r - 1])
            and label_words_left(rep.lines[r - 1][ITEM_NO.match(rep.lines[r - 1]).end():])]
    if not rows:
        return None
    ln = rng.choice(rows)
    L = list(rep.lines)
    m = ITEM_NO.match(L[ln - 1])
    L[ln - 1] = m.group(1) + L[ln - 1][m.end():]
    return Mutant("label-no-item", L, plain(rep), ln, False, "a row label without its item number")


def word_rows(rep, rng, n):
    """up to N consecutive full TAB rows, all numbers: [(line, label, cells, keys)]"""
    got = cell_line_row(rep, rng)
    if not got:
        return None
    out = [got]
    ln = got[0]
    while len(out) < n:
        nxt = ln + 1
        parts = rep.lines[nxt - 1].split("\t") if nxt <= len(rep.lines) else []
        keys = row_keys(rep, nxt) if nxt in rep.by_line else []
        if nxt not in rep.row_lines() or len(parts) < 3 or len(keys) != len(parts) - 1 or \
                not all(re.fullmatch(r"[0-9]+", c) for c in parts[1:]):
            break
        out.append((nxt, parts[0], parts[1:], keys))
        ln = nxt
    return out


def e_word_cells(rep, rng):
    """a block of rows as Word or WPS pastes a table into plain text: each
    cell on a line of its own, an empty line between two rows. The report
    says the same: its cells"""
    rows = word_rows(rep, rng, rng.randint(2, 4))
    if not rows:
        return None
    L = list(rep.lines)
    new = []
    for i, (ln, label, cells, keys) in enumerate(rows):
        if i:
            new.append("")
        new += [label] + cells
    L[rows[0][0] - 1:rows[-1][0]] = new
    return Mutant("word-cells", L, plain(rep), rows[0][0], False, "rows one cell a line, Word's paste")


def e_pdf_columns(rep, rng):
    """a block of rows as a PDF viewer copies a table column by column: the
    labels one after another, then the first column's values top to bottom,
    then the second's: no value is next to its row. The values one a line,
    or each column's on one line (split by a space or an ideographic space),
    or one a line but two glued on one (review of stop 67: lines that break
    inside rows say nothing of them). Each cell its number or empty, with a
    finding"""
    rows = word_rows(rep, rng, rng.randint(2, 4))
    if not rows or len(rows) < 2 or len({len(r[2]) for r in rows}) != 1:
        return None
    shape = rng.choice(["one", "one", "column-lines", "glued-pair"])
    L = list(rep.lines)
    new = [r[1] for r in rows]
    cols = [[r[2][j] for r in rows] for j in range(len(rows[0][2]))]
    if shape == "column-lines":
        sep = rng.choice([" ", "\u3000"])
        new += [sep.join(c) for c in cols]
    else:
        vals = [v for c in cols for v in c]
        if shape == "glued-pair" and len(vals) > 2:
            i = rng.randrange(len(vals) - 1)
            vals[i:i + 2] = [vals[i] + " " + vals[i + 1]]
        new += vals
    L[rows[0][0] - 1:rows[-1][0]] = new
    exp = plain(rep)
    for r in rows:
        for k in r[3]:
            exp[k] = {exp[k], ""}
    return Mutant("pdf-columns", L, exp, rows[0][0], True, "rows copied column by column")


EDITS_REAL = [e_footnote_mark, e_cn_numeral, e_struck_value, e_label_no_item, e_word_cells, e_pdf_columns]

# ---- judging ----------------------------------------------------------------


def new_diags(base, got):
    """errors and warnings of GOT that BASE does not have (line numbers aside)"""
    pool = {}
    for code, sev, msg, ln in base:
        pool[(code, msg)] = pool.get((code, msg), 0) + 1
    out = []
    for code, sev, msg, ln in got:
        if sev not in ("error", "warning"):
            continue
        if pool.get((code, msg), 0):
            pool[(code, msg)] -= 1
            continue
        out.append((code, ln, msg))
    return out


def compare(expect, got):
    """(wrong, lost): cells with another value than EXPECT allows, cells EXPECT has and GOT not"""
    wrong, lost = [], []
    for k, want in expect.items():
        ok = want if isinstance(want, set) else {want}
        if k not in got:
            if "" not in ok:  # an empty cell and no cell say the same
                lost.append(k)
        elif got[k] not in ok:
            wrong.append((k, got[k], want))
    for k, v in got.items():
        if k not in expect and v != "":
            wrong.append((k, v, None))
    return wrong, lost


def judge(m, result, base_diags, strict=False):
    """A damaging edit needs a new diagnostic, or one on the damaged line
    (when the report had the same one before: a row already too long); any
    other edit is EXACT when the cells are its known answer."""
    if isinstance(result, str):
        return result, []
    cells, diags = result
    got = {k: vu(c) for k, c in cells.items()}
    nd = new_diags(base_diags, diags) + [(code, ln, msg) for code, sev, msg, ln in diags
                                         if sev in ("error", "warning") and ln == m.at]
    if strict:
        # a cell with a number the report does not give it, and no finding
        # covering it (export's flags): wrong whatever else is said
        bare = [w for w in compare(m.expect, got)[0] if w[1] != "" and not cells[w[0]][4]]
        if bare and (m.damaging or nd):
            return "SILENT-WRONG", bare + nd
    if m.damaging:
        if nd:
            wrong, lost = compare(m.expect, got)
            return "FLAGGED", nd + [("wrong",) + w for w in wrong]
        wrong, lost = compare(plain(m.report), got)
    else:
        wrong, lost = compare(m.expect, got)
        if not wrong and not lost:
            errs = [d for d in new_diags(base_diags, diags) if d[0] and
                    any(sev == "error" and code == d[0] for code, sev, _, _ in diags)]
            return ("FALSE-ERROR", errs) if errs else ("EXACT", [])
        if nd:
            return "FLAGGED", nd + [("wrong",) + w for w in wrong]
    if not wrong and not lost:
        return "EXACT", []
    return ("SILENT-WRONG" if wrong else "LOST"), wrong + lost


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("xxgk")
    ap.add_argument("corpus")
    ap.add_argument("--per-kind", type=int, default=4, help="mutants per edit kind per report")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default=None)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--kinds", default="",
                    help="'copy' for the copy-damage edits only, 'page' for the page-layout edits (group-char-glued, item-mark-alone, cells-glued, print-furniture), 'real' for stop 67's (footnote-mark, cn-numeral, struck-value, label-no-item, word-cells, pdf-columns), 'all' for every edit, or "
                         "a comma list of edit kinds (default: the standard edits)")
    ap.add_argument("--strict", action="store_true",
                    help="a wrong cell that no finding covers (export's flags) is SILENT-WRONG "
                         "even when a diagnostic elsewhere is new")
    ap.add_argument("--keep-all", action="store_true",
                    help="write every mutant that is not EXACT to --out")
    ap.add_argument("--explain", action="store_true",
                    help="print the first new diagnostic of each FLAGGED meaning-preserving mutant")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    edits = EDITS
    if a.kinds == "copy":
        edits = EDITS_COPY
    elif a.kinds == "all":
        edits = EDITS + [e for e in EDITS_COPY if e not in EDITS] + EDITS_PAGE + EDITS_REAL
    elif a.kinds == "page":
        edits = EDITS_PAGE
    elif a.kinds == "real":
        edits = EDITS_REAL
    elif a.kinds:
        want = set(a.kinds.split(","))
        edits = [e for e in EDITS + EDITS_COPY + EDITS_PAGE + EDITS_REAL if e.__name__[2:].replace("_", "-") in want]
    names = sorted(f for f in os.listdir(a.corpus) if f.endswith(".txt"))
    work = tempfile.mkdtemp(prefix="xxgk-mutate-")
    out = a.out or os.path.join(work, "kept")
    paths = [os.path.join(a.corpus, n) for n in names]
    base = analyse(a.xxgk, paths, a.timeout)
    mutants = []
    for n, p in zip(names, paths):
        if isinstance(base[p], str):
            print("base report %s: %s" % (n, base[p]))
            return 1
        with open(p, encoding="utf-8") as f:
            rep = Report(n, f.read(), base[p][0], base[p][1])
        for edit in edits:
            got, tries = 0, 0
            while got < a.per_kind and tries < a.per_kind * 4:
                tries += 1
                m = edit(rep, rng)
                if m is None:
                    continue
                got += 1
                m.report = rep
                m.path = os.path.join(work, "%s.%s.%d.txt" % (n[:-4], m.kind, got))
                with open(m.path, "w", encoding="utf-8", newline="") as f:
                    f.write(m.text)
                mutants.append(m)
    results = {}
    for i in range(0, len(mutants), a.batch):
        results.update(analyse(a.xxgk, [m.path for m in mutants[i:i + a.batch]], a.timeout))
    table = {}
    kept = 0
    for m in mutants:
        cls, why = judge(m, results[m.path], m.report.diags, a.strict)
        row = table.setdefault(m.kind, {c: 0 for c in CLASSES})
        row[cls] += 1
        if a.explain and cls == "FLAGGED" and not m.damaging:
            print("%s %s line %d (%s): %s" % (m.report.name, m.kind, m.at, m.note, why[0]),
                  file=sys.stderr)
        if cls in BAD or (a.keep_all and cls != "EXACT"):
            os.makedirs(out, exist_ok=True)
            dst = os.path.join(out, os.path.basename(m.path))
            with open(dst, "w", encoding="utf-8", newline="") as f:
                f.write(m.text)
            with open(dst + ".why", "w", encoding="utf-8") as f:
                f.write("%s: %s at line %d (%s)\n" % (cls, m.kind, m.at, m.note))
                for w in why:
                    f.write("  %r\n" % (w,))
            kept += cls in BAD
        for p in (m.path,):
            try:
                os.unlink(p)
            except OSError:
                pass
    print("| edit | mutants | " + " | ".join(CLASSES) + " |")
    print("|---|---:|" + "---:|" * len(CLASSES))
    tot = {c: 0 for c in CLASSES}
    for kind in [e.__name__ for e in EDITS]:
        pass
    for kind, row in table.items():
        print("| %s | %d | %s |" % (kind, sum(row.values()),
                                     " | ".join(str(row[c]) for c in CLASSES)))
        for c in CLASSES:
            tot[c] += row[c]
    print("| **all** | %d | %s |" % (sum(tot.values()), " | ".join(str(tot[c]) for c in CLASSES)))
    if kept:
        print("%d mutants kept to replay in %s" % (kept, out))
    return 1 if kept else 0


if __name__ == "__main__":
    sys.exit(main())
