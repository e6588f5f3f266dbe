#!/bin/sh
# Install what the build and the tests need, when it is missing and we may.
# Needs: a C compiler, cmake, make; re2c and bison (to regenerate the
# grammar); cmocka (tests); valgrind (memcheck test); libxml2 and libzip
# (the HTML and .docx front ends, and test_html); pdftotext from
# poppler-utils (reading PDFs: run as a program, never linked); libsqlite3
# and sqlite3 (xxgk panel --format sqlite and its test); chromium (the HTML
# pages rendered and screenshotted in a test, and reports printed to PDF by
# it in another); a CJK font, fonts-noto-cjk (legible screenshots,
# docs/html.md, and prints whose text pdftotext can read back).
need=""
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v cmake >/dev/null 2>&1 || need="$need cmake"
command -v re2c >/dev/null 2>&1 || need="$need re2c"
command -v bison >/dev/null 2>&1 || need="$need bison"
[ -f /usr/include/cmocka.h ] || need="$need libcmocka-dev"
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
[ -f /usr/include/libxml2/libxml/HTMLparser.h ] || need="$need libxml2-dev"
[ -f /usr/include/zip.h ] || pkg-config --exists libzip 2>/dev/null || need="$need libzip-dev"
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
[ -f /usr/include/sqlite3.h ] || need="$need libsqlite3-dev"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need="$need fonts-noto-cjk"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $need >/dev/null || {
    echo "apt-get install$need failed" >&2; exit 1; }
else
  echo "missing:$need (install them, or run as root on Debian to install automatically)" >&2
  # a plain build still works from the committed generated/ sources, not
  # without the front ends' libraries
  command -v cc >/dev/null 2>&1 && command -v cmake >/dev/null 2>&1 || exit 1
  case "$need" in *libxml2-dev*|*libzip-dev*) exit 1;; esac
fi
