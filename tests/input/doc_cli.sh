#!/bin/sh
# The command line on Word 97-2003 .doc files (src/input/msdoc.c): a .doc
# is read as the .docx it was saved from; one that cannot be read gives
# one located diagnostic at 1:1 (L055 no Word document in the compound
# file, L056 encrypted, L057 damaged) and exit status 2, as a PDF that
# cannot be read does.
# usage: doc_cli.sh XXGK SRC WORK
X=$1 SRC=$2 W=$3
command -v python3 >/dev/null 2>&1 || exit 77
rm -rf "$W" && mkdir -p "$W" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
D=$SRC/tests/input/filled-2021.doc

# read by its content (any name), every cell of the template
cp "$D" "$W/report.bin"
"$X" check -q "$W/report.bin"; rc=$?
[ $rc -eq 0 ] || bad "check of the .doc: exit $rc"
n=$("$X" export "$W/report.bin" | grep -c ',2021,')
[ "$n" -eq 200 ] || bad "export of the .doc: $n cells, not 200"
"$X" export --input doc "$D" > /dev/null || bad "--input doc"
# a folder's .doc files are its reports
mkdir -p "$W/folder" && cp "$D" "$W/folder/a.doc"
n=$("$X" export "$W/folder" | grep -c ',2021,')
[ "$n" -eq 200 ] || bad "a folder's .doc: $n cells"

mutate() { # mutate.py KIND OUT: the fixture damaged one way
python3 - "$D" "$1" "$2" <<'PY'
import struct, sys
src, kind, out = sys.argv[1:]
b = bytearray(open(src, 'rb').read())
def entry(name):
    u = name.encode('utf-16le') + b'\0\0'
    for at in range(512, len(b) - 128, 128):
        if b[at:at + len(u)] == u:
            return at
e = entry('WordDocument')
if kind == 'cut':
    b = b[:len(b) // 2]
elif kind == 'encrypted':
    fib = (struct.unpack_from('<I', b, e + 0x74)[0] + 1) * 512
    b[fib + 11] |= 1
elif kind == 'xls':
    b[e:e + 64] = b'\0' * 64
    b[e:e + 18] = 'Workbook\0'.encode('utf-16le')
    b[e + 0x40] = 18
open(out, 'wb').write(b)
PY
}

mutate cut "$W/cut.doc"
out=$("$X" check "$W/cut.doc" 2>&1 >/dev/null); rc=$?
echo "$out" | grep -q "^$W/cut.doc:1:1: error\[L057\]: the Word .doc cannot be read: .*past the end of the file" || bad "L057: $out"
[ $rc -eq 2 ] || bad "L057 exit $rc"

mutate encrypted "$W/locked.doc"
out=$("$X" check "$W/locked.doc" 2>&1 >/dev/null); rc=$?
[ "$out" = "$W/locked.doc:1:1: error[L056]: the Word .doc is encrypted (a password: RC4 or CryptoAPI): open it in Word or WPS and save it without a password" ] || bad "L056: $out"
[ $rc -eq 2 ] || bad "L056 exit $rc"

mutate xls "$W/book.doc"
out=$("$X" check "$W/book.doc" 2>&1 >/dev/null); rc=$?
[ "$out" = "$W/book.doc:1:1: error[L055]: the file is an OLE2 compound file (the container of .doc, .xls, .ppt) but holds no Word document: it is an Excel workbook (.xls)" ] || bad "L055: $out"
[ $rc -eq 2 ] || bad "L055 exit $rc"
out=$("$X" check --lang zh "$W/book.doc" 2>&1 >/dev/null)
[ "$out" = "$W/book.doc:1:1: 错误[L055]: 该文件是 OLE2 复合文档（.doc、.xls、.ppt 的容器），但其中没有 Word 文档：它是Excel 工作簿（.xls）" ] || bad "L055 zh: $out"

[ $fail -eq 0 ] && echo "doc_cli: all passed"
exit $fail
