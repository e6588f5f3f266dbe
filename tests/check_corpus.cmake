# Runs the golden corpus through the command (xxgk corpus); see docs/corpus.md.
execute_process(COMMAND ${XXGK} corpus ${CORPUS} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxgk corpus ${CORPUS} failed (exit ${rc})")
endif()
