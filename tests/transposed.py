#!/usr/bin/env python3
"""Table 三 printed transposed (build_trans.c, docs/diagnostics.md P066):
each report of tests/fixtures/transposed/ is a report of tests/fixtures or
corpus/ with its table 三 printed the other way round (TAB, ' | ', a line
of groups above the header, an HTML grid of three header levels with
rowspan/colspan, traditional script, both templates, the 小计 column, one
number wrong). NAME.cells holds the table's cells (row,column,value,unit)
and NAME.codes the diagnostic codes of the report printed the right way:
the transposed report must give the same cells, the same codes (the
arithmetic holds or fails as there) and one P066.

Tables 二 and 四 printed transposed (build_trans_more.c, P068): NAME.twin
names the report's untransposed twin (line 1, made by make_other.py) and
the codes the transposed one adds (line 2): every cell of every table
equal to the twin's, the codes the twin's and those.

usage: transposed.py XXGK FIXTURE_DIR"""
import os
import re
import subprocess
import sys


def read(xxgk, path, table):
    """the cells (table,row,column,value,unit) of TABLE (None: all) and the
    diagnostic codes of the report at PATH"""
    exp = subprocess.run([xxgk, "export", "--format", "csv", path], capture_output=True)
    rows = [r.split(",") for r in exp.stdout.decode().splitlines()[1:]]
    cells = sorted(",".join(r[6 if table is None else 7:11]) for r in rows if table in (None, r[6]))
    chk = subprocess.run([xxgk, "check", "--color", "never", path], capture_output=True)
    codes = sorted(re.findall(r"^\S+:\d+:\d+: (?:error|warning|note)\[([A-Z]\d+)\]",
                              chk.stdout.decode() + chk.stderr.decode(), re.M))
    return cells, codes


def main():
    xxgk, folder = sys.argv[1], sys.argv[2]
    bad = 0
    names = sorted(f for f in os.listdir(folder) if f.endswith((".txt", ".html")))  # not twins/
    for name in names:
        path = os.path.join(folder, name)
        stem = os.path.splitext(path)[0]
        if os.path.exists(stem + ".twin"):
            with open(stem + ".twin", encoding="utf-8") as f:
                twin, extra = (f.read().split("\n") + [""])[:2]
            cells, codes = read(xxgk, path, None)
            want_cells, want_codes = read(xxgk, os.path.join(folder, twin), None)
            want_codes = sorted(want_codes + extra.split())
        else:
            cells, codes = read(xxgk, path, "requests")
            with open(stem + ".cells", encoding="utf-8") as f:
                want_cells = sorted(f.read().split())
            with open(stem + ".codes", encoding="utf-8") as f:
                want_codes = sorted(f.read().split() + ["P066"])
        ok = cells == want_cells and codes == want_codes
        print("%s %s: %d cells, codes %s" % ("ok  " if ok else "FAIL", name, len(cells), " ".join(codes)))
        if not ok:
            bad += 1
            if cells != want_cells:
                print("  cells differ: %d expected, %d read, first difference %s" % (
                    len(want_cells), len(cells),
                    next((a, b) for a, b in zip(want_cells + [""] * 999, cells + [""] * 999) if a != b)))
            if codes != want_codes:
                print("  codes: expected %s" % " ".join(want_codes))
    if not names:
        print("no fixture in " + folder)
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
