#!/bin/sh
# The benchmark (`make bench`; docs/performance.md keeps the results).
#
#   sh bench/run.sh [XXGK_BINARY]
#
# Builds a corpus of BENCH_REPORTS (default 20000) reports, and more until it
# holds BENCH_MIN_BYTES (default 150 MB), from corpus/*.txt
# (or ../shared/seeds and ../shared/corpus while corpus/ is empty) in
# BENCH_DIR (default a fresh folder under /tmp), every table value scaled so
# the sums still add up (bench/gen.c), then times over all of it: the floors
# (open/read/close of every file, and cat), xxgk check, xxgk export, xxgk
# parse and xxgk corpus --stat, with -j 1 and -j 2 where a command takes -j. Then the shapes that must cost linear time: a
# file 10x larger, a 50 MB line, a million numbers in one table, ten
# thousand headings, fifty thousand words among table 四's numbers; the PDF path (pdftotext's time apart from xxgk's).
# Prints tables; asserts nothing (a benchmark, not a test).
# BENCH_RUNS (default 3): each figure is the best of that many runs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
xxgk=$(cd "$(dirname "${1:-$root/build-bench/xxgk}")" 2>/dev/null && pwd)/$(basename "${1:-xxgk}")
reports=${BENCH_REPORTS:-20000}
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-$(mktemp -d /tmp/xxgk-bench.XXXXXX)}
keep=${BENCH_KEEP:-0}
cc=${CC:-cc}

[ -x "$xxgk" ] || { echo "bench: no xxgk binary at $xxgk (make bench builds it)" >&2; exit 2; }
mkdir -p "$work/corpus" "$work/shapes"
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT

$cc -O2 -std=c11 -o "$work/gen" "$root/bench/gen.c"
$cc -O2 -std=c11 -D_GNU_SOURCE -o "$work/timeit" "$root/bench/timeit.c"

set -- "$root"/corpus/*.txt
[ -e "$1" ] || set -- "$root"/../shared/seeds/*.txt "$root"/../shared/corpus/*.txt
[ -e "$1" ] || { echo "bench: no source reports in corpus/ or ../shared" >&2; exit 2; }
nsrc=$#
"$work/gen" corpus "$work/corpus" "$reports:${BENCH_MIN_BYTES:-150000000}" "$@" >/dev/null
reports=$(ls "$work/corpus" | wc -l)
base=$1 # the first source: the shapes are made from it
bytes=$(cat "$work"/corpus/r*.txt | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
largest=$(ls -l "$work"/corpus/r*.txt | awk '$5 > m { m = $5 } END { print m }')

echo "xxgk benchmark: $reports reports from $nsrc sources, $mb MB (largest file $largest bytes)"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores," \
  "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "binary: $xxgk ($("$xxgk" --version))"
echo

# supports CMD -j? (its --help mentions -j)
has_j() { "$xxgk" "$@" --help 2>&1 | grep -q -- '-j'; }
# does the command exist? (not "not implemented")
works() { ! "$xxgk" "$@" --help 2>&1 | grep -q 'not implemented'; }

cd "$work/corpus"
cat r*.txt >/dev/null # warm the page cache
floor=""
catt=""
# the issue-16 targets, printed beside the figures (a benchmark: nothing fails)
target_mbs=300 # check -j 1, MB/s over this corpus
target_of() { # target_of NAME: the target column of the main table
  case $1 in
  "check -j 1" | check) echo ">= $target_mbs MB/s" ;;
  "export -j 1" | export | "parse (tree)") echo ">= check -j 1" ;;
  *) echo "" ;;
  esac
}
# The rows of the main table, measured in turns (bench/timeit.c: every
# command once per round, RUNS rounds, the best of each), so that the ratios
# between rows (export to check, -j 2 to -j 1, check to cat) compare runs
# made in the same minutes of a machine whose speed drifts.
: > "$work/rows"
add_row() { # add_row NAME SHELL-COMMAND: one more row of the table
  printf '%s|%s\n' "$1" "$2" >> "$work/rows"
}
add_row "read (floor)" "exec '$work/gen' read r*.txt"
add_row cat 'cat r*.txt'
if works check; then
  if has_j check; then
    add_row "check -j 1" "exec '$xxgk' check -j 1 r*.txt"
    add_row "check -j 2" "exec '$xxgk' check -j 2 r*.txt"
  else
    add_row "check" "exec '$xxgk' check r*.txt"
  fi
else
  echo "check: not implemented, skipped"
fi
if has_j export; then
  add_row "export -j 1" "exec '$xxgk' export -j 1 r*.txt"
  add_row "export -j 2" "exec '$xxgk' export -j 2 r*.txt"
else
  add_row "export" "exec '$xxgk' export r*.txt"
fi
add_row "parse (tree)" "exec '$xxgk' parse r*.txt"
if works corpus && "$xxgk" corpus --help 2>&1 | grep -q -- '--stat'; then
  if has_j corpus; then
    add_row "corpus --stat -j 1" "exec '$xxgk' corpus --stat -j 1 ."
    add_row "corpus --stat -j 2" "exec '$xxgk' corpus --stat -j 2 ."
  else
    add_row "corpus --stat" "exec '$xxgk' corpus --stat ."
  fi
else
  echo "corpus --stat: not implemented, skipped"
fi
set --
while IFS='|' read -r name cmd; do
  [ $# -eq 0 ] || set -- "$@" :::
  set -- "$@" sh -c "$cmd"
done < "$work/rows"
"$work/timeit" "$runs" "$@" > "$work/times"
printf '%-28s %8s %9s %10s %9s %9s %9s %5s  %s\n' command seconds MB/s reports/s "peak MB" "x read" "x cat" exit target
row() { # row NAME SECONDS KB STATUS: one line of the table
  name=$1 s=$2 kb=$3 st=$4
  [ -n "$floor" ] || floor=$s
  [ -n "$catt" ] || [ "$name" != cat ] || catt=$s
  awk -v n="$name" -v s="$s" -v kb="$kb" -v st="$st" -v b="$bytes" -v r="$reports" -v f="$floor" -v c="${catt:-$s}" \
    -v tg="$(target_of "$name")" \
    'BEGIN { printf "%-28s %8.3f %9.1f %10.0f %9.1f %8.1fx %8.2fx %5s  %s\n", n, s, b / 1e6 / s, r / s, kb / 1024, s / f, s / c, st, tg }'
  eval "t_$(echo "$name" | tr -c 'a-z0-9\n' '_')=$s"
}
paste -d '|' "$work/rows" "$work/times" > "$work/table"
while IFS='|' read -r name cmd measured; do
  row "$name" $measured
done < "$work/table"
echo
for c in check:check export:export corpus___stat:corpus_--stat; do
  v=${c%%:*}
  eval "a=\${t_${v}__j_1:-}; b=\${t_${v}__j_2:-}"
  [ -n "$a" ] && [ -n "$b" ] && awk -v c="${c#*:}" -v a="$a" -v b="$b" \
    'BEGIN { sub("_", " ", c); printf "scaling %-16s -j 2 is %.2fx -j 1 (target >= 1.8x)\n", c, a / b }'
done
awk -v b="$bytes" -v c="${t_check__j_1:-}" -v e="${t_export__j_1:-}" -v p="${t_parse__tree_:-}" -v t="$target_mbs" 'BEGIN {
  if (c == "") exit
  printf "target   check -j 1 %.1f MB/s, target >= %d MB/s: %s\n", b / 1e6 / c, t, (b / 1e6 / c >= t ? "met" : "NOT met")
  if (e != "") printf "target   export -j 1 %.2fx the time of check -j 1 (target <= 1x): %s\n", e / c, (e <= c * 1.02 ? "met" : "NOT met")
  if (p != "") printf "target   parse %.2fx the time of check -j 1 (target <= 1x): %s\n", p / c, (p <= c * 1.02 ? "met" : "NOT met") }'

# peak memory against corpus size: a tenth of the corpus, then all of it
tenth=$((reports / 10))
ls r*.txt | head -n "$tenth" > "$work/tenth.list"
cmd=check
works check || cmd=export
set -- $("$work/timeit" 1 sh -c "exec '$xxgk' $cmd \$(cat '$work/tenth.list')")
small=$2
set -- $("$work/timeit" 1 sh -c "exec '$xxgk' $cmd r*.txt")
all=$2
awk -v c="$cmd" -v t="$tenth" -v r="$reports" -v s="$small" -v a="$all" -v l="$largest" \
  'BEGIN { printf "peak memory of %s: %.1f MB over %d reports, %.1f MB over %d (%.2fx); %.0fx the largest file\n",
           c, s / 1024, t, a / 1024, r, a / s, a * 1024 / l }'
echo

# the PDF path: pdftotext's own time apart from xxgk's. pdftotext is timed
# alone; xxgk's share (spawning, reading the XML, rebuilding the rows,
# parsing, exporting) is timed with a stand-in pdftotext that only prints
# the XML pdftotext wrote, so the two never have to be subtracted from
# noisy totals
pdf=$root/../shared/corpus/pdf/huaian-2024.pdf
if command -v pdftotext >/dev/null 2>&1 && [ -f "$pdf" ]; then
  mkdir -p "$work/pdf"
  for i in $(seq 1 20); do cp "$pdf" "$work/pdf/p$i.pdf"; done
  pdftotext -bbox-layout -enc UTF-8 "$pdf" "$work/pdf/bbox.xml"
  printf '#!/bin/sh\nexec cat "%s"\n' "$work/pdf/bbox.xml" > "$work/pdf/standin.sh"
  chmod +x "$work/pdf/standin.sh"
  "$xxgk" text "$pdf" > "$work/pdf/rebuilt.txt"
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  set -- $("$work/timeit" "$runs" pdftotext -bbox-layout -enc UTF-8 "$pdf" -)
  tp=$1
  set -- $("$work/timeit" "$runs" env XXGK_PDFTOTEXT="$work/pdf/standin.sh" "$xxgk" export "$pdf")
  ts=$1
  set -- $("$work/timeit" "$runs" "$xxgk" export "$pdf")
  tx=$1 kx=$2
  set -- $("$work/timeit" "$runs" "$xxgk" export "$work/pdf/rebuilt.txt")
  tt=$1
  set -- $("$work/timeit" "$runs" sh -c "exec '$xxgk' export -j 2 '$work'/pdf/p*.pdf")
  tj=$1
  echo "PDF path: $(basename "$pdf"), ${pages:-?} pages, $(wc -c < "$work/pdf/bbox.xml") bytes of XML, best of $runs"
  awk -v p="$tp" -v s="$ts" -v x="$tx" -v t="$tt" -v k="$kx" -v j="$tj" 'BEGIN {
    printf "  pdftotext -bbox-layout alone          %8.3f s\n", p
    printf "  xxgk export, stand-in pdftotext (cat) %8.3f s  <- xxgk share\n", s
    printf "  xxgk export of the rebuilt text       %8.3f s  (parse and export only)\n", t
    printf "  xxgk export FILE.pdf, all of it       %8.3f s, peak %.1f MB\n", x, k / 1024
    printf "  20 copies, export -j 2                %8.3f s (%.1f PDFs/s)\n", j, (j > 0 ? 20 / j : 0) }'
  echo
else
  echo "PDF path: skipped (no pdftotext, or no ../shared/corpus/pdf/huaian-2024.pdf)"
  echo
fi

# repeat_between FILE OPEN CLOSE N: FILE with the lines between the first line
# holding OPEN and the last line holding CLOSE written N times
repeat_between() {
  awk -v o="$2" -v c="$3" -v n="$4" '
    { line[NR] = $0 }
    index($0, o) && !first { first = NR }
    index($0, c) { last = NR }
    END {
      for (i = 1; i <= first; i++) print line[i]
      for (k = 0; k < n; k++) for (i = first + 1; i < last; i++) print line[i]
      for (i = last; i <= NR; i++) print line[i] }' "$1"
}

# linear cost: each shape at size S and 10 S
cd "$work/shapes"
echo "linear cost (target: 10x the input costs at most 11x the time)"
printf '%-34s %-10s %9s %9s %8s %9s %9s\n' shape command "t(S) s" "t(10S) s" ratio "peak MB" "x file"
shape() { # shape NAME MODE SMALL LARGE [SRC]: SRC defaults to the first source
  name=$1 mode=$2
  "$work/gen" "$mode" small.txt "$3" "${5:-$base}"
  "$work/gen" "$mode" large.txt "$4" "${5:-$base}"
  measure_shape "$name"
}
# the memory of a run with nothing to read (the program and the libraries
# its input needs: an HTML page opens libxml2 and ICU, a text file neither):
# "x file" counts what the file adds to that of its own kind
printf 'x\n' > tiny.txt
printf '<html><body><p>x</p></body></html>\n' > tiny.html
set -- $("$work/timeit" 1 "$xxgk" check tiny.txt)
base_kb=$2
set -- $("$work/timeit" 1 "$xxgk" check tiny.html)
base_html_kb=$2
measure_shape() { # measure_shape NAME [EXT]: times small.EXT against large.EXT
  name=$1 ext=${2:-txt}
  size=$(wc -c < large.$ext)
  bk=$base_kb
  [ "$ext" = html ] && bk=$base_html_kb
  for c in parse check export diff; do
    works "$c" || continue
    if [ "$c" = diff ]; then
      cp small.$ext small2.$ext
      cp large.$ext large2.$ext
      set -- $("$work/timeit" "$runs" "$xxgk" diff small.$ext small2.$ext)
      ts=$1
      set -- $("$work/timeit" "$runs" "$xxgk" diff large.$ext large2.$ext)
    else
      set -- $("$work/timeit" "$runs" "$xxgk" "$c" small.$ext)
      ts=$1
      set -- $("$work/timeit" "$runs" "$xxgk" "$c" large.$ext)
    fi
    # memory target: check and export within 4x the file, diff within 8x
    # of its two files (parse prints the tree: no target)
    awk -v n="$name" -v c="$c" -v a="$ts" -v b="$1" -v kb="$2" -v sz="$size" -v bk="$bk" \
      'BEGIN { r = a > 0 ? b / a : 0
               x = (kb - bk) * 1024 / sz; lim = c == "diff" ? 16 : c == "parse" ? 0 : 4 # diff: x one of its two files
               printf "%-34s %-10s %9.3f %9.3f %7.1fx%s %9.1f %8.1fx%s\n", n, c, a, b, r,
                      (r <= 11 ? " " : "!"), kb / 1024, x, (lim && x > lim ? "!" : "") }'
  done
}
shape "report repeated 100 / 1000 times" repeat 100 1000
shape "one line of 5 / 50 MB" oneline 5000000 50000000
shape "0.5 / 5 MB line, a finding per 500 B" findings 500000 5000000
# the same from a report with no title line (its heading 一 comes again
# in each copy with no title before it: the page-text pass's title search)
notitle=$root/corpus/pingtan-2022.txt
[ -f "$notitle" ] && shape "one line of 0.5 / 5 MB, no title" oneline 500000 5000000 "$notitle"
shape "100k / 1M numbers in one table" numbers 100000 1000000
shape "100k / 1M \" TAB\" in a table row" blankrun 100000 1000000
shape "200k / 2M TABs in one table row" tabrun 200000 2000000
shape "20k / 200k 1# in one cell, then 1." strayrun 20000 200000
shape "1k / 10k headings" headings 1000 10000
shape "8k / 80k paragraphs in section 一" prose 8000 80000
shape "1.2k / 12k rows a cell a line, 1 2" cellrows 1200 12000
shape "5k / 50k words among table 四's numbers" appealwords 5000 50000

# the front ends' shapes: a page of page text (glued cells) repeated, an
# HTML page whose body is repeated, a PDF whose pages are repeated (through
# a stand-in pdftotext that prints the repeated XML: xxgk's share only)
pagetext=$root/corpus/pingtan-2022-page.txt
[ -f "$pagetext" ] && shape "page text x 20 / 200" repeat 20 200 "$pagetext"
html=$root/../shared/corpus/html/pingtan-2022.html
if [ -f "$html" ]; then
  repeat_between "$html" '<body' '</body>' 20 > small.html
  repeat_between "$html" '<body' '</body>' 200 > large.html
  measure_shape "HTML body x 20 / 200" html
fi
if command -v pdftotext >/dev/null 2>&1 && [ -f "$pdf" ]; then
  pdftotext -bbox-layout -enc UTF-8 "$pdf" bbox.xml
  repeat_between bbox.xml '<doc>' '</doc>' 10 > small.xml
  repeat_between bbox.xml '<doc>' '</doc>' 100 > large.xml
  cp "$pdf" small.pdf
  cp "$pdf" large.pdf
  for z in small large; do printf '#!/bin/sh\nexec cat "%s"\n' "$PWD/$z.xml" > "$z.sh"; chmod +x "$z.sh"; done
  for c in check export; do
    set -- $("$work/timeit" "$runs" env XXGK_PDFTOTEXT="$PWD/small.sh" "$xxgk" "$c" small.pdf)
    ts=$1
    set -- $("$work/timeit" "$runs" env XXGK_PDFTOTEXT="$PWD/large.sh" "$xxgk" "$c" large.pdf)
    awk -v c="$c" -v a="$ts" -v b="$1" -v kb="$2" -v sz="$(wc -c < large.xml)" -v bk="$base_kb" \
      'BEGIN { r = a > 0 ? b / a : 0; x = (kb - bk) * 1024 / sz
               printf "%-34s %-10s %9.3f %9.3f %7.1fx%s %9.1f %8.1fx%s\n", "PDF pages x 10 / 100 (xxgk share)", c, a, b, r,
                      (r <= 11 ? " " : "!"), kb / 1024, x, (x > 4 ? "!" : "") }'
  done
fi
echo "(! marks a ratio over 11: superlinear. x file: the peak memory above that of a run"
echo " over an empty report ($(awk -v k="$base_kb" -v h="$base_html_kb" 'BEGIN { printf "%.1f MB; an HTML page: %.1f MB", k / 1024, h / 1024 }'): the program and the libraries its input opens) over the large file;"
echo " ! after it: over the target, 4x the file for check and export, 8x the two files"
echo " for diff; PDF: x the XML)"

# the HTML front end's throughput: copies of the real pages (site chrome and
# all), libxml2's parse included; target >= 50 MB/s through check
if [ -d "$root/../shared/corpus/html" ]; then
  mkdir -p "$work/html"
  i=0
  while [ "$i" -lt 40 ]; do
    for f in "$root"/../shared/corpus/html/*.html; do cp "$f" "$work/html/h$i-$(basename "$f")"; done
    i=$((i + 1))
  done
  hbytes=$(cat "$work"/html/*.html | wc -c)
  cat "$work"/html/*.html > /dev/null
  echo
  for c in check export; do
    set -- $("$work/timeit" "$runs" sh -c "exec '$xxgk' $c -j 1 '$work'/html/*.html")
    awk -v c="$c" -v s="$1" -v b="$hbytes" -v n="$(ls "$work/html" | wc -l)" \
      'BEGIN { printf "HTML pages: %s -j 1 over %d pages (%.1f MB): %.3f s, %.1f MB/s (target >= 50 MB/s: %s)\n",
               c, n, b / 1e6, s, b / 1e6 / s, (b / 1e6 / s >= 50 ? "met" : "NOT met") }'
  done
fi
