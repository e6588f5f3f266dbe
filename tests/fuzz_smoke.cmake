# ctest fuzz_smoke: build fuzz/fuzz_parse.c with clang + libFuzzer in WORK
# and run it over the corpus seeds: RUNS inputs from the random seed SEED,
# at most SECONDS. A fixed seed makes the run one sequence of inputs, the
# same on every machine (a slower one stops earlier in it): a CI failure is
# reproduced by running the same command, and a run that passes here passes
# there (stop 70's random seed found a crash in CI only, its input lost).
# Hunting new inputs is `make fuzz` (random seeds, hours: docs/fuzzing.md). Skipped when clang
# or libFuzzer is missing (SKIPPED in the output). A crash fails the test; the crashing input is
# left in WORK/artifacts and belongs in tests/hostile/ (docs/fuzzing.md).
find_program(CLANG NAMES clang clang-16 clang-15 clang-14)
if(NOT CLANG)
  message("fuzz_smoke: SKIPPED: clang not found")
  return()
endif()
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/probe.c "int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n")
execute_process(COMMAND ${CLANG} -fsanitize=fuzzer ${WORK}/probe.c -o ${WORK}/probe
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
  message("fuzz_smoke: SKIPPED: clang has no libFuzzer")
  return()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${WORK}/build
    -DCMAKE_C_COMPILER=${CLANG} -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DXXGK_SANITIZE=ON -DXXGK_FUZZ=ON -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzz_smoke: configure failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/build --target fuzz_parse fuzz_input -j 2
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzz_smoke: build failed")
endif()
# seeds: the corpus and the hostile regression inputs; a scratch copy so the
# run never writes into the source tree
file(REMOVE_RECURSE ${WORK}/seeds)
file(MAKE_DIRECTORY ${WORK}/seeds ${WORK}/artifacts)
string(REPLACE "|" ";" seeds "${SEEDS}")
file(GLOB hostile ${SRC}/tests/hostile/*)
foreach(f ${seeds} ${hostile})
  file(COPY ${f} DESTINATION ${WORK}/seeds)
endforeach()
execute_process(COMMAND ${WORK}/build/tests/fuzz_parse
    -seed=${SEED} -runs=${RUNS} -max_total_time=${SECONDS} -max_len=65536 -timeout=10 -rss_limit_mb=2048
    -close_fd_mask=3 -print_final_stats=1
    -dict=${SRC}/fuzz/xxgk.dict -artifact_prefix=${WORK}/artifacts/ ${WORK}/seeds
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB found ${WORK}/artifacts/*)
  message(FATAL_ERROR "fuzz_smoke: the fuzzer found a failure (exit ${rc}): ${found}")
endif()

# the front ends (fuzz/fuzz_input.c): a quarter of the time over the pages
# and the .docx of tests/input/
file(REMOVE_RECURSE ${WORK}/iseeds)
file(MAKE_DIRECTORY ${WORK}/iseeds)
file(GLOB inputs ${SRC}/tests/input/*.html ${SRC}/tests/input/*.docx ${SRC}/tests/input/*.doc)
foreach(f ${inputs})
  file(COPY ${f} DESTINATION ${WORK}/iseeds)
endforeach()
math(EXPR quarter "${SECONDS} / 4 + 1")
math(EXPR quarter_runs "${RUNS} / 4 + 1")
execute_process(COMMAND ${WORK}/build/tests/fuzz_input
    -seed=${SEED} -runs=${quarter_runs} -max_total_time=${quarter} -max_len=300000 -timeout=10 -rss_limit_mb=2048
    -close_fd_mask=3 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${WORK}/iseeds
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB found ${WORK}/artifacts/*)
  message(FATAL_ERROR "fuzz_smoke: fuzz_input found a failure (exit ${rc}): ${found}")
endif()
