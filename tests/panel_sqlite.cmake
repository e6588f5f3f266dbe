cmake_minimum_required(VERSION 3.16)
# xxgk panel DIR --format sqlite OUT, queried with sqlite3 (docs/html.md):
# every cell in the database is the cell `xxgk export` prints for the same
# file (printed and printed_unit: export's value and unit, exact, as TEXT), the reports table has one row per file with
# the agency, agency_key and year export gives, the indexes on agency_key and year
# exist, and an SQL sum over value_int equals the sum of export's values.
# Skipped (SKIPPED) without the sqlite3 program.
find_program(SQLITE3 sqlite3)
if(NOT SQLITE3)
  message("SKIPPED: no sqlite3 program")
  return()
endif()
set(db ${WORK}/panel.db)
file(MAKE_DIRECTORY ${WORK})
file(REMOVE ${db})
execute_process(COMMAND ${XXGK} panel ${CORPUS} --format sqlite ${db} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(err MATCHES "built without SQLite")
  message("SKIPPED: xxgk built without SQLite")
  return()
endif()
if(NOT rc EQUAL 0 OR NOT EXISTS ${db})
  message(FATAL_ERROR "xxgk panel --format sqlite failed (exit ${rc}): ${err}")
endif()

file(GLOB files ${CORPUS}/*.txt)
list(LENGTH files nfiles)
execute_process(COMMAND ${XXGK} export --format csv ${files} OUTPUT_VARIABLE csv RESULT_VARIABLE rc)
string(REPLACE "\n" ";" lines "${csv}")
list(REMOVE_AT lines 0) # header
set(want_cells "")
set(want_reports "")
set(want_sum 0)
foreach(line ${lines})
  if(line STREQUAL "")
    continue()
  endif()
  # file,agency,agency_key,date,year,template,table,row,column,value,unit,
  # line,col (no field of the corpus holds a comma or a quote)
  string(REPLACE "," ";" f "${line}")
  list(GET f 0 file)
  list(GET f 1 agency)
  list(GET f 2 agency_key)
  list(GET f 4 year)
  list(GET f 6 table)
  list(GET f 7 row)
  list(GET f 8 col)
  list(GET f 9 value)
  list(GET f 10 unit)
  list(GET f 11 ln)
  list(GET f 12 cn)
  list(APPEND want_cells "${file}|${table}.${row}.${col}|${value}|${unit}|${ln}|${cn}")
  list(APPEND want_reports "${file}|${agency}|${agency_key}|${year}")
  if(table STREQUAL "requests" AND row STREQUAL "new_requests" AND col STREQUAL "total" AND NOT value STREQUAL "")
    math(EXPR want_sum "${want_sum} + ${value}")
  endif()
endforeach()
list(REMOVE_DUPLICATES want_reports)

function(query sql out)
  execute_process(COMMAND ${SQLITE3} ${db} "${sql}" OUTPUT_VARIABLE o RESULT_VARIABLE rc ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "sqlite3 '${sql}': ${e}")
  endif()
  string(STRIP "${o}" o)
  string(REPLACE "\n" ";" o "${o}")
  set(${out} "${o}" PARENT_SCOPE)
endfunction()

query("select r.file, c.key, ifnull(c.printed,''), ifnull(c.printed_unit,''), c.line, c.col from cells c join reports r on r.id = c.report_id order by r.file, c.rowid" got_cells)
list(SORT want_cells)
list(SORT got_cells)
if(NOT got_cells STREQUAL want_cells)
  message(FATAL_ERROR "cells differ from xxgk export:\nexport: ${want_cells}\nsqlite: ${got_cells}")
endif()
list(LENGTH got_cells n)
if(n LESS 100)
  message(FATAL_ERROR "only ${n} cells in the database")
endif()

query("select file, agency, ifnull(agency_key,''), year from reports where status not in ('unreadable','not_a_report') and exists (select 1 from cells where report_id = reports.id) order by file" got_reports)
list(SORT want_reports)
if(NOT got_reports STREQUAL want_reports)
  message(FATAL_ERROR "reports differ from xxgk export:\nexport: ${want_reports}\nsqlite: ${got_reports}")
endif()
query("select count(*) from reports" nreports)
if(NOT nreports EQUAL nfiles)
  message(FATAL_ERROR "${nreports} reports for ${nfiles} files")
endif()

query("select sum(value_int) from cells where key = 'requests.new_requests.total'" got_sum)
if(NOT got_sum EQUAL want_sum)
  message(FATAL_ERROR "sum of requests received: sqlite ${got_sum}, export ${want_sum}")
endif()

query("select name from sqlite_master where type = 'index' and tbl_name = 'reports' order by name" idx)
foreach(want reports_agency_key reports_year)
  if(NOT want IN_LIST idx)
    message(FATAL_ERROR "index ${want} missing: ${idx}")
  endif()
endforeach()

# the diagnostics table holds what check reports, file by file
execute_process(COMMAND ${XXGK} check --format json ${files} OUTPUT_VARIABLE js)
string(REGEX MATCHALL "\"code\":\"[A-Z][0-9]+\"" codes "${js}")
list(LENGTH codes want_diags)
query("select count(*) from diagnostics" got_diags)
if(NOT got_diags EQUAL want_diags)
  message(FATAL_ERROR "${got_diags} diagnostics in the database, check reports ${want_diags}")
endif()
message(STATUS "panel sqlite: ${nreports} reports, ${n} cells, sum ${got_sum}, ${got_diags} diagnostics")

# the CSV panel has a column for every cell export prints, and a row for
# every file
execute_process(COMMAND ${XXGK} panel ${CORPUS} OUTPUT_VARIABLE panel_csv RESULT_VARIABLE rc)
string(REGEX MATCH "^[^\n]*" header "${panel_csv}")
string(REPLACE "," ";" header "${header}")
foreach(c ${want_cells})
  string(REPLACE "|" ";" f "${c}")
  list(GET f 1 key)
  if(NOT key IN_LIST header)
    message(FATAL_ERROR "the panel has no column ${key}")
  endif()
endforeach()
string(REGEX MATCHALL "\n[^\n]" panel_rows "${panel_csv}")
list(LENGTH panel_rows npanel)
if(NOT rc EQUAL 0 OR NOT npanel EQUAL nfiles)
  message(FATAL_ERROR "the CSV panel has ${npanel} rows for ${nfiles} files (exit ${rc})")
endif()

# OUT that is not a database (a report named where OUT was due) is refused
# and left as it was
list(GET files 0 report)
configure_file(${report} ${WORK}/not-a-db.txt COPYONLY)
execute_process(COMMAND ${XXGK} panel --format sqlite ${WORK}/not-a-db.txt ${report}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
file(SHA256 ${report} want)
file(SHA256 ${WORK}/not-a-db.txt got)
if(NOT rc EQUAL 2 OR NOT got STREQUAL want OR NOT err MATCHES "not an SQLite database")
  message(FATAL_ERROR "panel overwrote a file that is not a database (exit ${rc}): ${err}")
endif()

# a database that cannot be created: exit 2 and the reason
execute_process(COMMAND ${XXGK} panel --format sqlite ${WORK}/no-such-dir/p.db ${report}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "no-such-dir/p\\.db: cannot write the database: [A-Z]")
  message(FATAL_ERROR "panel into a missing folder: exit ${rc}: ${err}")
endif()

# --lang zh: the panel's own messages are Chinese as the other commands'
# are (the database's trouble, the same agency and year twice), not
# English among Chinese diagnostics
execute_process(COMMAND ${XXGK} panel --lang zh --format sqlite ${WORK}/not-a-db.txt ${report}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "not-a-db\\.txt: 已存在且不是 SQLite 数据库：不覆盖" OR err MATCHES "[a-z][a-z][a-z] [a-z]")
  message(FATAL_ERROR "panel --lang zh, OUT not a database (exit ${rc}): ${err}")
endif()
execute_process(COMMAND ${XXGK} panel --lang zh --format sqlite ${WORK}/no-such-dir/p.db ${report}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "no-such-dir/p\\.db: 无法写入数据库：没有那个文件或目录")
  message(FATAL_ERROR "panel --lang zh into a missing folder (exit ${rc}): ${err}")
endif()
file(REMOVE ${WORK}/zh.db)
execute_process(COMMAND ${XXGK} panel --lang zh --format sqlite ${WORK}/zh.db ${report} ${report}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err MATCHES ": 提示：机关和年度与 [^ ]+ 相同（[^ ]+ [0-9]+）：每个单元格都相同\n")
  message(FATAL_ERROR "panel --lang zh, one report twice (exit ${rc}): ${err}")
endif()
# and the diagnostics table holds the messages in that language
set(db ${WORK}/zh.db)
query("select count(*) from diagnostics" nzh)
query("select count(*) from diagnostics where message glob '*[a-z][a-z][a-z] [a-z][a-z]*'" english)
if(nzh EQUAL 0 OR NOT english EQUAL 0)
  message(FATAL_ERROR "panel --lang zh: ${english} of ${nzh} diagnostics in English")
endif()

# --format sqlite -o OUT is --format sqlite OUT: -o names the database (it
# took the first report for OUT, or said "needs a folder or files")
list(GET files 1 report2)
foreach(form "--format;sqlite;-o;${WORK}/o.db" "--format=sqlite;--output=${WORK}/o.db" "-o;${WORK}/o.db;--format;sqlite")
  file(REMOVE ${WORK}/o.db)
  execute_process(COMMAND ${XXGK} panel ${form} ${report} ${report2}
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  set(db ${WORK}/o.db)
  if(NOT rc EQUAL 0 OR NOT EXISTS ${db})
    message(FATAL_ERROR "panel ${form}: exit ${rc}: ${err}")
  endif()
  query("select count(*) from reports" nrows)
  if(NOT nrows EQUAL 2)
    message(FATAL_ERROR "panel ${form}: ${nrows} rows for 2 reports")
  endif()
endforeach()

# both an OUT operand and -o OUT (`--format sqlite a.db -o b.db`): which is
# meant is not guessed. A usage error, exit 2, neither written (a.db was
# read as a report and b.db written)
configure_file(${WORK}/o.db ${WORK}/a.db COPYONLY)
file(REMOVE ${WORK}/b.db)
file(SHA256 ${WORK}/a.db want)
foreach(lang en zh)
  execute_process(COMMAND ${XXGK} --lang ${lang} panel --format sqlite ${WORK}/a.db -o ${WORK}/b.db ${report}
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  file(SHA256 ${WORK}/a.db got)
  if(NOT rc EQUAL 2 OR EXISTS ${WORK}/b.db OR NOT got STREQUAL want
     OR NOT err MATCHES "two database paths|两个数据库路径")
    message(FATAL_ERROR "panel with OUT and -o OUT (--lang ${lang}): exit ${rc}: ${err}")
  endif()
endforeach()

# -o DB whose name starts with '-' is the database, not an unknown option
set(dash ${WORK}/-dash)
file(MAKE_DIRECTORY ${dash})
file(REMOVE ${dash}/-d.db)
execute_process(COMMAND ${XXGK} panel --format sqlite -o -d.db ${report}
  WORKING_DIRECTORY ${dash} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
set(db ${dash}/-d.db)
if(NOT rc EQUAL 0 OR NOT EXISTS ${db})
  message(FATAL_ERROR "panel --format sqlite -o -d.db: exit ${rc}: ${err}")
endif()
query("select count(*) from reports" nrows)
if(NOT nrows EQUAL 1)
  message(FATAL_ERROR "panel -o -d.db: ${nrows} rows for 1 report")
endif()
