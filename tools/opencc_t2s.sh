#!/bin/sh
# Print OpenCC's traditional -> simplified character pairs in the format of
# src/core/script_fold.def (its OpenCC section), to refresh that section by
# hand when OpenCC's table grows. Not part of the build: the table is
# committed, and tools/genfold turns script_fold.def into
# generated/script_fold_data.h. Needs OpenCC's command line tool (Debian
# package opencc) and python3.
#
# Every ideograph of the CJK Unified Ideographs block and extension A goes
# through `opencc -c t2s.json` on a line of its own, so the phrase tables do
# not apply; pairs where one character maps to one different character of
# the same blocks are kept, sorted by the traditional code point, twelve a
# line.
set -eu
command -v opencc >/dev/null || { echo "needs opencc (apt-get install opencc)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/in" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)):
        for cp in range(lo, hi + 1):
            f.write(chr(cp) + "\n")
PY
opencc -c t2s.json -i "$tmp/in" -o "$tmp/out"
python3 - "$tmp/in" "$tmp/out" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
dst = open(sys.argv[2], encoding="utf-8").read().split("\n")
assert len(src) == len(dst)
def ok(c):
    return len(c) == 1 and (0x3400 <= ord(c) <= 0x4DBF or 0x4E00 <= ord(c) <= 0x9FFF)
pairs = [(a, b) for a, b in zip(src, dst) if a and ok(a) and ok(b) and a != b]
pairs.sort(key=lambda p: ord(p[0]))
print("# %d pairs." % len(pairs))
for i in range(0, len(pairs), 12):
    print(" ".join(a + b for a, b in pairs[i:i + 12]))
PY
