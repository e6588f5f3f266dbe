# ctest memcheck_corpus: valgrind memcheck of `xxgk parse`, `export`, `check`
# over every corpus file (and `check` of the given PDFs), zero errors and
# zero leaks required. ASan and
# valgrind do not mix: when the tested build is sanitized (SANITIZED), a
# plain build of the command is made in WORK first. Skipped (SKIPPED in the
# output) when valgrind is not installed.
find_program(VALGRIND valgrind)
if(NOT VALGRIND)
  message("memcheck_corpus: SKIPPED: valgrind not found")
  return()
endif()
set(bin ${XXGK})
if(SANITIZED)
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${WORK}
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DXXGK_SANITIZE=OFF -DXXGK_TESTS=OFF
    RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "memcheck_corpus: configure of the plain build failed")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK} --target xxgk_cli -j 2
    RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "memcheck_corpus: plain build failed")
  endif()
  set(bin ${WORK}/xxgk)
endif()
string(REPLACE "|" ";" files "${FILES}")
if(NOT files)
  message(FATAL_ERROR "memcheck_corpus: no corpus files")
endif()
set(failed "")
# the corpus through the three streaming commands, then the grammar
# fragments (many small layouts and every recovery path: an uninitialised
# read in the token filter once showed only on one of these shapes) and a
# structural diff of two consecutive years
list(GET files 0 first)
set(pair ${first} ${first})
set(old "")
set(new "")
set(earlier "")
foreach(f ${files})
  if(f MATCHES "pingtan-2021")
    set(old ${f})
  elseif(f MATCHES "pingtan-2022")
    set(new ${f})
  elseif(f MATCHES "pingtan-2019")
    set(earlier ${f})
  endif()
endforeach()
if(old AND new)
  set(pair ${old} ${new})
endif()
# the front ends too: the pages (HTML through libxml2, positions through the
# origin map) and the .docx template (libzip); and a PDF when pdftotext is
# there: the child process, the XML and the rows rebuilt from it (valgrind
# does not follow the child); and the HTML pages xxgk writes (the series of
# three years: the charts, the character diff of paragraphs; the pair alone
# when there is no series) and the panel
file(GLOB inputs ${SRC}/tests/input/*.html ${SRC}/tests/input/*.docx ${SRC}/tests/input/filled-2021.doc)
find_program(PDFTOTEXT pdftotext)
file(GLOB pdfs ${SRC}/../shared/corpus/pdf/*.pdf)
file(MAKE_DIRECTORY ${WORK})
set(cmds parse export check fragments diff text diff-html check-html panel-csv panel-sqlite)
if(PDFTOTEXT AND pdfs)
  list(APPEND cmds pdf)
endif()
foreach(cmd ${cmds})
  if(cmd STREQUAL "pdf")
    set(args check --format json ${pdfs})
  elseif(cmd STREQUAL "text")
    set(args text ${inputs})
  elseif(cmd STREQUAL "fragments")
    set(args corpus --fragments ${SRC}/tests/grammar)
  elseif(cmd STREQUAL "diff")
    set(args diff ${pair})
  elseif(cmd STREQUAL "diff-html")
    set(args diff --format html ${earlier} ${pair})
  elseif(cmd STREQUAL "check-html")
    set(args check --format html ${files})
  elseif(cmd STREQUAL "panel-csv")
    set(args panel ${files})
  elseif(cmd STREQUAL "panel-sqlite")
    file(REMOVE ${WORK}/memcheck-panel.db)
    set(args panel --format sqlite ${WORK}/memcheck-panel.db ${files})
  else()
    # every file in one run: the streaming loop must free each document
    set(args ${cmd} ${files} ${inputs})
  endif()
  execute_process(
    COMMAND ${VALGRIND} --tool=memcheck --error-exitcode=99 --leak-check=full
      --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible
      --quiet ${bin} ${args}
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  # 0, 1 (findings) and 2 are the command's own statuses; 99 is valgrind's
  if(rc EQUAL 99 OR NOT rc MATCHES "^[012]$")
    string(REGEX MATCHALL "==[0-9]+==[^\n]*" lines "${err}")
    string(REPLACE ";" "\n" lines "${lines}")
    message("memcheck ${cmd} (exit ${rc}):\n${lines}")
    list(APPEND failed ${cmd})
  else()
    message("memcheck ${cmd}: no errors, no leaks")
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "memcheck_corpus: valgrind found errors in: ${failed}")
endif()
