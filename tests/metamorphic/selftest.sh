#!/bin/sh
# The harness must be able to fail: run it with a broken xxgk whose export
# loses the cells of value 1 of every mutant (not of the corpus reports it
# compares with) and expect exit status 1 and LOST mutants kept.
# usage: selftest.sh XXGK CORPUS_DIR
set -u
xxgk=$1
corpus=$2
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/broken" <<WRAP
#!/bin/sh
if [ "\$1" = export ]; then
  "$xxgk" "\$@" | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if (\$i == "value") v = i }
                          !(\$1 ~ /xxgk-mutate-/ && \$v == "1")'
else
  exec "$xxgk" "\$@"
fi
WRAP
chmod +x "$work/broken"
# the **all** row: mutants, EXACT, FLAGGED, FALSE-ERROR, SILENT-WRONG, LOST (>0), ...
out=$(python3 "$here/mutate.py" "$work/broken" "$corpus" --per-kind 1 --seed 3 --out "$work/kept")
status=$?
if [ $status -ne 1 ] || ! printf '%s\n' "$out" | grep -q '^| \*\*all\*\* | [0-9]* | [0-9]* | [0-9]* | [0-9]* | [0-9]* | [1-9]'; then
  printf '%s\n' "$out"
  echo "selftest: the harness did not catch a broken export (status $status)"
  exit 1
fi
echo "selftest: a broken export is caught"
