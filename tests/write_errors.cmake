cmake_minimum_required(VERSION 3.16)
# An output that cannot be written is trouble, exit 2 with a message, for
# every command: `xxgk export r.txt > /dev/full` (a full disk) once exited 0
# with a truncated CSV and said nothing, so a data team took a cut export
# for a whole one. Standard output here is /dev/full (Linux: every write
# fails with ENOSPC). Skipped (SKIPPED) where there is no /dev/full.
if(NOT EXISTS /dev/full)
  message("SKIPPED: no /dev/full")
  return()
endif()
set(r ${CORPUS}/pingtan-2021.txt)
set(r2 ${CORPUS}/pingtan-2022.txt)
set(cases
  "export|${r}" "export|--format|jsonl|${r}" "parse|${r}" "parse|--format|json|${r}"
  "check|${r}" "check|--format|json|${r}" "check|--format|sarif|${r}" "check|--format|html|${r}"
  "text|${r}" "diff|${r}|${r2}" "panel|${r}" "explain|P002" "corpus|--stat|${CORPUS}"
  "--version" "--help" "panel|--help"
  # a run that failed for another reason (an unreadable file) still says it
  "export|${CORPUS}/no-such-report.txt|${r}")
foreach(c ${cases})
  string(REPLACE "|" ";" args "${c}")
  foreach(lang en zh)
    execute_process(COMMAND ${XXGK} --lang ${lang} ${args} OUTPUT_FILE /dev/full
      RESULT_VARIABLE rc ERROR_VARIABLE err)
    # with the reason docs/cli.md promises: /dev/full's ENOSPC
    if(lang STREQUAL "zh")
      set(want "xxgk: 写入输出时出错：磁盘空间不足")
    else()
      set(want "xxgk: error writing the output: No space left on device")
    endif()
    if(NOT rc EQUAL 2 OR NOT err MATCHES "${want}")
      message(FATAL_ERROR "xxgk ${args} > /dev/full (--lang ${lang}): exit ${rc}, stderr: ${err}")
    endif()
    string(REGEX MATCHALL "${want}" said "${err}")
    list(LENGTH said n)
    if(NOT n EQUAL 1)
      message(FATAL_ERROR "xxgk ${args} > /dev/full: the write error said ${n} times: ${err}")
    endif()
  endforeach()
endforeach()
