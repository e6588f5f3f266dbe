# Install into a temporary prefix and use xxgk as a stranger would:
#   - cmake --install BUILD --prefix PREFIX puts every piece in its place;
#   - a C file that includes <xxgk.h> compiles and links with the flags of
#     `pkg-config --cflags --libs xxgk`, and runs;
#   - `man -l` shows the page (when man is installed);
#   - find_package(xxgk) and add_subdirectory(xxgk) both give a project
#     that builds and links.
# cmake -DBUILD=… -DSRC=… -DWORK=… -DLIBDIR=lib -DSANITIZED=ON|OFF -P install.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(P ${WORK}/prefix)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${P} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
set(CMAKE_INSTALL_LIBDIR ${LIBDIR})
foreach(f bin/xxgk ${CMAKE_INSTALL_LIBDIR}/libxxgk.a include/xxgk/xxgk.h include/xxgk/keys.def
    ${CMAKE_INSTALL_LIBDIR}/pkgconfig/xxgk.pc ${CMAKE_INSTALL_LIBDIR}/cmake/xxgk/xxgkConfig.cmake
    share/man/man1/xxgk.1 share/bash-completion/completions/xxgk share/zsh/site-functions/_xxgk
    share/doc/xxgk/LICENSE share/doc/xxgk/NOTICE share/doc/xxgk/LICENSES/Apache-2.0.txt
    share/doc/xxgk/docs/diagnostics.md)
  if(NOT EXISTS ${P}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# the installed program runs
execute_process(COMMAND ${P}/bin/xxgk --version OUTPUT_VARIABLE v RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT v MATCHES "^xxgk [0-9]")
  message(FATAL_ERROR "installed xxgk --version: ${v}")
endif()

# a consumer of the public header alone
file(WRITE ${WORK}/use.c [=[
#include <xxgk.h>
#include <string.h>
int main(void)
{
    static const char text[] = "一、总体情况\n";
    xxgk_doc *d = xxgk_parse("t.txt", text, strlen(text), NULL);
    if (!d)
        return 1;
    int ok = xxgk_doc_count(d, XXGK_ERROR) > 0; /* a report of one heading is wrong */
    xxgk_doc_free(d);
    return ok ? 0 : 1;
}
]=])
set(SAN "")
if(SANITIZED)
  set(SAN "-fsanitize=address,undefined")
endif()
find_program(PKG_CONFIG pkg-config)
find_program(CC NAMES cc gcc clang)
set(ENV{PKG_CONFIG_PATH} ${P}/${LIBDIR}/pkgconfig)
if(PKG_CONFIG AND CC)
  execute_process(COMMAND sh -c "${CC} -std=c11 -Wall -Wextra -Werror ${SAN} -o use use.c $(${PKG_CONFIG} --cflags --libs xxgk)"
    WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cc with pkg-config flags failed: ${err}")
  endif()
  execute_process(COMMAND ${WORK}/use RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the program built against the installed library failed")
  endif()
  message(STATUS "pkg-config: compiled, linked and ran")
else()
  message(STATUS "pkg-config or cc not found: pkg-config check not run")
endif()
set(ENV{PKG_CONFIG_PATH} "")

find_program(MAN man)
if(MAN)
  set(ENV{MANPAGER} cat)
  set(ENV{MANWIDTH} 100)
  execute_process(COMMAND ${MAN} -l ${P}/share/man/man1/xxgk.1 OUTPUT_VARIABLE page ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT page MATCHES "xxgk check" OR NOT page MATCHES "--strict")
    message(FATAL_ERROR "man -l does not show the page: ${err}")
  endif()
  message(STATUS "man -l: shows the page")
endif()

# find_package and add_subdirectory, from a project of one file
set(LAUNCH "")
find_program(CCACHE ccache)
if(CCACHE)
  set(LAUNCH -DCMAKE_C_COMPILER_LAUNCHER=${CCACHE})
endif()
foreach(how find_package add_subdirectory)
  set(D ${WORK}/${how})
  file(MAKE_DIRECTORY ${D})
  file(COPY ${WORK}/use.c DESTINATION ${D})
  if(how STREQUAL "find_package")
    set(get "find_package(xxgk REQUIRED)")
  else()
    set(get "add_subdirectory(\"${SRC}\" xxgk)")
  endif()
  file(WRITE ${D}/CMakeLists.txt "cmake_minimum_required(VERSION 3.16)\nproject(use C)\n${get}\n"
    "add_executable(use use.c)\ntarget_link_libraries(use PRIVATE xxgk::xxgk)\n")
  # Debug: -O0, so that add_subdirectory's build of the whole library (the
  # generated lexer with it) stays short in a sanitized tree
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${D} -B ${D}/build -DCMAKE_PREFIX_PATH=${P} -DCMAKE_BUILD_TYPE=Debug
      -DCMAKE_C_FLAGS=${SAN} -DCMAKE_EXE_LINKER_FLAGS=${SAN} ${LAUNCH}
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(rc EQUAL 0)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${D}/build -j 2 --target use
      RESULT_VARIABLE rc OUTPUT_VARIABLE err ERROR_VARIABLE err)
  endif()
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${how}: the consumer project does not build: ${err}")
  endif()
  execute_process(COMMAND ${D}/build/use RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${how}: the consumer program failed")
  endif()
  message(STATUS "${how}: builds, links and runs")
endforeach()
