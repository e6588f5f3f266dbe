cmake_minimum_required(VERSION 3.16)
# xxgk panel DIR (docs/html.md): a folder stands for the reports in it
# whatever form they were saved in — *.txt and *.html, the suffix's case
# ignored — and nothing else (a .md, an .expected, a subfolder named .txt).
set(dir ${WORK}/folder)
file(REMOVE_RECURSE ${dir})
file(MAKE_DIRECTORY ${dir} ${dir}/sub.txt)
configure_file(${FIXTURES}/pingtan-2021.txt ${dir}/a-2021.TXT COPYONLY)
configure_file(${INPUTS}/pingtan-2022.html ${dir}/b-2022.Html COPYONLY)
file(WRITE ${dir}/notes.md "# not a report\n")
file(WRITE ${dir}/a-2021.expected "tree\n")
execute_process(COMMAND ${XXGK} panel ${dir} OUTPUT_VARIABLE csv RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxgk panel DIR exited ${rc}: ${err}")
endif()
string(REGEX MATCHALL "\n[^\n]+" rows "${csv}")
list(LENGTH rows n)
if(NOT n EQUAL 2)
  message(FATAL_ERROR "a folder of a .TXT and a .Html report gave ${n} rows:\n${csv}")
endif()
# in name order, each with its year read from the report itself
if(NOT csv MATCHES "\n[^\n]*a-2021\\.TXT,[^\n]*,2021,[^\n]*\n[^\n]*b-2022\\.Html,[^\n]*,2022,")
  message(FATAL_ERROR "the rows are not the two reports in name order with their years:\n${csv}")
endif()
