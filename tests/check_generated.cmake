# Fails when a committed file in generated/ differs from a fresh generation.
set(files labels_table.re.inc labels_section.re.inc labels_data.h labels_spell.h lexer.c parser.c parser.h script_fold_data.h)
set(stale "")
foreach(f ${files})
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${GEN_DIR}/${f} ${COMMITTED}/${f}
                  RESULT_VARIABLE differ)
  if(differ)
    list(APPEND stale ${f})
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "generated/ is stale: ${stale} differ from what grammar/ produces; run `make regen` and commit generated/")
endif()
message(STATUS "generated/ matches grammar/")
