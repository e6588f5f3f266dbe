# Install rules (included from the top CMakeLists.txt when XXGK_INSTALL):
#   bin/xxgk, lib/libxxgk.a, include/xxgk/xxgk.h (+ the .def tables it
#   includes), lib/pkgconfig/xxgk.pc, lib/cmake/xxgk/ (find_package(xxgk)),
#   share/man/man1/xxgk.1, bash and zsh completions, share/doc/xxgk/
#   (docs, LICENSE, NOTICE).
# The man page and the completions are made from the built program's own
# --help texts (cmake/genhelp.cmake), so they cannot drift from it.
include(CMakePackageConfigHelpers)

set(XXGK_HELP_GEN ${PROJECT_BINARY_DIR}/gen)
foreach(kind man bash zsh)
  set(out_man ${XXGK_HELP_GEN}/xxgk.1)
  set(out_bash ${XXGK_HELP_GEN}/xxgk.bash)
  set(out_zsh ${XXGK_HELP_GEN}/_xxgk)
  add_custom_command(
    OUTPUT ${out_${kind}}
    COMMAND ${CMAKE_COMMAND} -DXXGK=$<TARGET_FILE:xxgk_cli> -DKIND=${kind} -DOUT=${out_${kind}}
      -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/genhelp.cmake
    DEPENDS xxgk_cli ${PROJECT_SOURCE_DIR}/cmake/genhelp.cmake
    COMMENT "xxgk --help -> ${kind}")
endforeach()
add_custom_target(xxgk_help_files ALL DEPENDS
  ${XXGK_HELP_GEN}/xxgk.1 ${XXGK_HELP_GEN}/xxgk.bash ${XXGK_HELP_GEN}/_xxgk)

install(TARGETS xxgk_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS xxgk ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES
  ${PROJECT_SOURCE_DIR}/src/xxgk.h
  ${PROJECT_SOURCE_DIR}/src/keys.def
  ${PROJECT_SOURCE_DIR}/src/diag_codes.def
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/xxgk)
# the catalogue includes its check and diff parts by these paths
install(FILES ${PROJECT_SOURCE_DIR}/src/check/diag_codes_check.def DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/xxgk/check)
install(FILES ${PROJECT_SOURCE_DIR}/src/diff/diag_codes_diff.def DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/xxgk/diff)

# pkg-config: -I.../include/xxgk so that #include <xxgk.h> works
# (the prefix relative to the .pc file, so that --prefix at install time holds)
file(RELATIVE_PATH XXGK_PC_TO_PREFIX /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(${PROJECT_SOURCE_DIR}/cmake/xxgk.pc.in ${PROJECT_BINARY_DIR}/xxgk.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/xxgk.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# CMake package: find_package(xxgk) gives xxgk::xxgk, an imported target
# made by the config file itself (libxxgk is built from object libraries,
# one per layer, which have no place in an export set)
set(XXGK_LIB_FILE ${CMAKE_STATIC_LIBRARY_PREFIX}xxgk${CMAKE_STATIC_LIBRARY_SUFFIX})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/xxgkConfig.cmake.in
  ${PROJECT_BINARY_DIR}/xxgkConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/xxgk
  PATH_VARS CMAKE_INSTALL_LIBDIR CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/xxgkConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/xxgkConfig.cmake ${PROJECT_BINARY_DIR}/xxgkConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/xxgk)

install(FILES ${XXGK_HELP_GEN}/xxgk.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${XXGK_HELP_GEN}/xxgk.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME xxgk)
install(FILES ${XXGK_HELP_GEN}/_xxgk DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/NOTICE ${PROJECT_SOURCE_DIR}/README.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/LICENSES ${PROJECT_SOURCE_DIR}/docs DESTINATION ${CMAKE_INSTALL_DOCDIR})
