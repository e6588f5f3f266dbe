cmake_minimum_required(VERSION 3.16)
# One definition of the reports in a folder (docs/cli.md, trial 7 #9, #11,
# #15, #13): check, export, panel and corpus --stat given the same folder
# read the same files — its *.txt, *.text, *.htm, *.html, *.pdf, *.docx and *.doc,
# case ignored, in name order, nothing else — and read them the same way:
# a GB18030 or Big5 text is decoded with a note (L008, L009) by every one
# of them, never refused as L006. panel notes the same agency and year
# twice (a report saved as text and as its page) and says on the later row
# which file came first and whether the cells agree.
find_program(ICONV iconv)
if(NOT ICONV)
  message(FATAL_ERROR "iconv (libc-bin) is needed to make the GB18030 and Big5 inputs")
endif()
set(dir ${WORK}/folder)
file(REMOVE_RECURSE ${dir})
file(MAKE_DIRECTORY ${dir} ${dir}/sub.txt)
configure_file(${FIXTURES}/pingtan-2021.txt ${dir}/a-2021.TXT COPYONLY)
configure_file(${INPUTS}/pingtan-2022.html ${dir}/b-2022.Html COPYONLY)
# the same report as a-2021.TXT, as its page: every cell the same
configure_file(${INPUTS}/pingtan-2021.html ${dir}/e-2021.html COPYONLY)
execute_process(COMMAND ${ICONV} -f UTF-8 -t GB18030 ${FIXTURES}/pingtan-2019.txt
  OUTPUT_FILE ${dir}/c-2019-gb.txt RESULT_VARIABLE rc)
execute_process(COMMAND ${ICONV} -f UTF-8 -t BIG5 ${PANEL}/trad-2022.txt
  OUTPUT_FILE ${dir}/d-2022-big5.text RESULT_VARIABLE rc2)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "iconv could not make the GB18030 and Big5 inputs")
endif()
file(WRITE ${dir}/notes.md "# not a report\n")
file(WRITE ${dir}/a-2021.expected "tree\n")
set(want "${dir}/a-2021.TXT;${dir}/b-2022.Html;${dir}/c-2019-gb.txt;${dir}/d-2022-big5.text;${dir}/e-2021.html")

# the files a command's records name, in the order it wrote them, once each
function(files_of text regex out)
  string(REGEX MATCHALL "${regex}" hits "${text}")
  set(names "")
  foreach(h IN LISTS hits)
    string(REGEX REPLACE "${regex}" "\\1" n "${h}")
    list(APPEND names "${n}")
  endforeach()
  list(REMOVE_DUPLICATES names)
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

# check: one JSON record a file
execute_process(COMMAND ${XXGK} check --format json ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc GREATER 1)
  message(FATAL_ERROR "xxgk check DIR exited ${rc}: ${err}")
endif()
files_of("${out}" "{\"file\":\"([^\"]+)\"" got)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "check DIR read\n  ${got}\nnot the folder's reports\n  ${want}")
endif()
string(REGEX MATCH "{\"file\":\"[^\"]*c-2019-gb.txt\",\"diagnostics\":\\[[^\n]*\"code\":\"L008\"" gb "${out}")
string(REGEX MATCH "{\"file\":\"[^\"]*d-2022-big5.text\",\"diagnostics\":\\[[^\n]*\"code\":\"L009\"" b5 "${out}")
if(NOT gb OR NOT b5 OR out MATCHES "L006")
  message(FATAL_ERROR "check DIR: the GB18030 and Big5 files are not read with L008 and L009:\n${out}")
endif()

# export: the CSV's file column, after the header (before: 'is a directory')
execute_process(COMMAND ${XXGK} export ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc GREATER 1 OR err MATCHES "directory|L006")
  message(FATAL_ERROR "xxgk export DIR exited ${rc}: ${err}")
endif()
files_of("${out}" "\n([^,\n]+)," got)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "export DIR read\n  ${got}\nnot the folder's reports\n  ${want}")
endif()

# panel: one row a file, the later copy of 2021 a duplicate of the first
execute_process(COMMAND ${XXGK} panel ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxgk panel DIR exited ${rc}: ${err}")
endif()
files_of("${out}" "\n([^,\n]+)," got)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "panel DIR read\n  ${got}\nnot the folder's reports\n  ${want}")
endif()
if(NOT out MATCHES "^file,[^\n]*,empty,duplicate_of,duplicate_cells,other_reports\n")
  message(FATAL_ERROR "panel's header does not end in duplicate_of,duplicate_cells:\n${out}")
endif()
if(NOT out MATCHES "\n[^\n]*/e-2021\\.html,[^\n]*,[^,\n]*/a-2021\\.TXT,same,\n"
   OR NOT out MATCHES "\n[^\n]*/a-2021\\.TXT,[^\n]*,,,\n")
  message(FATAL_ERROR "panel: e-2021.html is not marked the duplicate of a-2021.TXT with the same cells:\n${out}")
endif()
if(NOT err MATCHES "e-2021\\.html: note: the same agency and year as [^\n]*a-2021\\.TXT \\([^\n]* 2021\\): every cell the same\n")
  message(FATAL_ERROR "panel: no note naming both files of the same agency and year:\n${err}")
endif()
string(REGEX MATCHALL "note: the same agency" notes "${err}")
list(LENGTH notes nnotes)
if(NOT nnotes EQUAL 1)
  message(FATAL_ERROR "panel: ${nnotes} duplicate notes, not 1:\n${err}")
endif()
execute_process(COMMAND ${XXGK} panel --format jsonl ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT out MATCHES "e-2021\\.html\"[^\n]*\"duplicate_of\":\"[^\"]*a-2021\\.TXT\",\"duplicate_cells\":\"same\""
   OR NOT out MATCHES "a-2021\\.TXT\"[^\n]*\"duplicate_of\":null,\"duplicate_cells\":null")
  message(FATAL_ERROR "panel jsonl: no duplicate_of on the later row:\n${out}")
endif()
# a cell changed in the text copy: the note says which, the row 'differ'
file(READ ${dir}/a-2021.TXT text)
string(REGEX REPLACE "行政许可\t([0-9]+)" "行政许可\t99999" text "${text}")
file(WRITE ${dir}/a-2021.TXT "${text}")
execute_process(COMMAND ${XXGK} panel ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT out MATCHES "\n[^\n]*/e-2021\\.html,[^\n]*,[^,\n]*/a-2021\\.TXT,differ,\n"
   OR NOT err MATCHES "e-2021\\.html: note: the same agency and year as [^\n]*a-2021\\.TXT [^\n]*: 1 cell\\(s\\) differ, first proactive\\.licensing\\.decisions: [0-9]+ here, 99999 there\n")
  message(FATAL_ERROR "panel: a changed cell is not said:\n${err}\n${out}")
endif()
configure_file(${FIXTURES}/pingtan-2021.txt ${dir}/a-2021.TXT COPYONLY)

# corpus --stat: the same five reports, GB18030 and Big5 read with notes
execute_process(COMMAND ${XXGK} corpus --stat ${dir} OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxgk corpus --stat DIR exited ${rc}: ${err}\n${out}")
endif()
if(NOT out MATCHES "\nreports: +5 "
   OR NOT out MATCHES "\n  L008 +note +L_DECODED_GB18030 +1 in 1 report"
   OR NOT out MATCHES "\n  L009 +note +L_DECODED_BIG5 +1 in 1 report"
   OR out MATCHES "L006")
  message(FATAL_ERROR "corpus --stat DIR did not read the five reports as check does:\n${out}")
endif()
# --save names the same files
execute_process(COMMAND ${XXGK} corpus --stat ${dir} --save ${WORK}/saved.jsonl OUTPUT_QUIET RESULT_VARIABLE rc)
file(READ ${WORK}/saved.jsonl saved)
files_of("${saved}" "{\"file\":\"([^\"]+)\"" got)
if(NOT got STREQUAL "a-2021.TXT;b-2022.Html;c-2019-gb.txt;d-2022-big5.text;e-2021.html")
  message(FATAL_ERROR "corpus --stat --save recorded\n  ${got}\nnot the folder's reports")
endif()
# --encoding holds for --stat as for the other commands: the GB18030 file
# read as UTF-8 is invalid bytes (L001), for check and --stat alike
file(MAKE_DIRECTORY ${WORK}/gb)
configure_file(${dir}/c-2019-gb.txt ${WORK}/gb/c.txt COPYONLY)
execute_process(COMMAND ${XXGK} corpus --stat --encoding utf-8 ${WORK}/gb OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
execute_process(COMMAND ${XXGK} check --encoding utf-8 ${WORK}/gb/c.txt OUTPUT_VARIABLE cout RESULT_VARIABLE crc)
if(NOT crc EQUAL 1 OR NOT cout MATCHES "error\\[L001\\]" OR NOT out MATCHES "\n  L001 +error +L_INVALID_UTF8 "
   OR out MATCHES "L008")
  message(FATAL_ERROR "corpus --stat --encoding utf-8 does not read as check --encoding utf-8 (${crc}):\n${out}")
endif()
execute_process(COMMAND ${XXGK} corpus --stat --encoding gb18030 ${WORK}/gb OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "clean parses: +1\n")
  message(FATAL_ERROR "corpus --stat --encoding gb18030 did not read the GB18030 file:\n${err}\n${out}")
endif()

# A file holding two reports (a crawl that saved a list page; trial 7 #10):
# the reader reads the first (P026 at the second title), and the panel row
# names the second, line, agency and year, in other_reports; stderr says it.
file(READ ${FIXTURES}/pingtan-2021.txt first)
file(READ ${FIXTURES}/pingtan-2019.txt second)
file(MAKE_DIRECTORY ${WORK}/two)
file(WRITE ${WORK}/two/two.txt "${first}${second}")
execute_process(COMMAND ${XXGK} panel ${WORK}/two OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT out MATCHES "^file,[^\n]*,duplicate_of,duplicate_cells,other_reports\n"
   OR NOT out MATCHES "\n[^\n]*/two\\.txt,[^\n]*,2021,[^\n]*,,,63:平潭综合实验区:2019\n")
  message(FATAL_ERROR "panel: the second report of two.txt is not named in other_reports:\n${out}")
endif()
if(NOT err MATCHES "two\\.txt:63: note: another report starts here \\(平潭综合实验区 2019\\): it has no row of its own")
  message(FATAL_ERROR "panel: no note of the second report of two.txt:\n${err}")
endif()
execute_process(COMMAND ${XXGK} panel --format jsonl ${WORK}/two OUTPUT_VARIABLE out)
if(NOT out MATCHES "\"other_reports\":\\[{\"line\":63,\"agency\":\"平潭综合实验区\",\"agency_key\":\"平潭综合实验区\",\"year\":2019}\\]")
  message(FATAL_ERROR "panel jsonl: the second report of two.txt is not in other_reports:\n${out}")
endif()
# a file with one report has none
execute_process(COMMAND ${XXGK} panel --format jsonl ${dir}/a-2021.TXT OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT out MATCHES "\"other_reports\":\\[\\]" OR err MATCHES "another report")
  message(FATAL_ERROR "panel: a file of one report names another:\n${out}\n${err}")
endif()
# the SQLite panel's reports table says both (when sqlite3 is there to ask)
find_program(SQLITE3 sqlite3)
execute_process(COMMAND ${XXGK} panel --format sqlite ${WORK}/p.db ${dir} ${WORK}/two RESULT_VARIABLE rc ERROR_VARIABLE err)
if(SQLITE3 AND rc EQUAL 0)
  execute_process(COMMAND ${SQLITE3} ${WORK}/p.db
    "SELECT file, duplicate_of, duplicate_cells, other_reports FROM reports WHERE duplicate_of IS NOT NULL OR other_reports IS NOT NULL ORDER BY id"
    OUTPUT_VARIABLE rows)
  if(NOT rows STREQUAL "${dir}/e-2021.html|${dir}/a-2021.TXT|same|\n${WORK}/two/two.txt|${dir}/a-2021.TXT|same|63:平潭综合实验区:2019\n")
    message(FATAL_ERROR "panel sqlite: duplicate_of / other_reports are not in reports:\n${rows}")
  endif()
endif()
