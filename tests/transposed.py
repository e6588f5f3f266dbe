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

usage: transposed.py XXGK FIXTURE_DIR"""
import os
import re
import subprocess
import sys


def main():
    xxgk, folder = sys.argv[1], sys.argv[2]
    bad = 0
    names = sorted(f for f in os.listdir(folder) if f.endswith((".txt", ".html")))
    for name in names:
        path = os.path.join(folder, name)
        stem = os.path.splitext(path)[0]
        exp = subprocess.run([xxgk, "export", "--format", "csv", path], capture_output=True)
        cells = sorted(",".join(r.split(",")[7:11]) for r in exp.stdout.decode().splitlines()[1:]
                       if r.split(",")[6] == "requests")
        chk = subprocess.run([xxgk, "check", "--color", "never", path], capture_output=True)
        codes = sorted(re.findall(r"^\S+:\d+:\d+: (?:error|warning|note)\[([A-Z]\d+)\]",
                                  chk.stdout.decode() + chk.stderr.decode(), re.M))
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
