# SPDX-License-Identifier: GPL-2.0-or-later
# One helper names and registers every test: vigie_add_test(<path/without/.cpp> LIBS ...).
# The test name mirrors the source tree: tests/core/geo/test_mgrs.cpp -> core.geo.test_mgrs.
function(vigie_add_test source)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "LIBS;LABELS;SOURCES" ${ARGN})
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR}/tests ${CMAKE_CURRENT_SOURCE_DIR}/${source})
  string(REPLACE "/" "." name ${rel})
  string(REPLACE "." "_" target ${name})
  add_executable(${target} ${source}.cpp ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE Qt${VIGIE_QT_MAJOR}::Test ${ARG_LIBS})
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${target} PRIVATE
    VIGIE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    VIGIE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    VIGIE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${target})
  # Each test has its own home: the demo mission and the settings of one never meet another's.
  set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "VIGIE_PLUGIN_PATH=${VIGIE_BUILD_PLUGIN_DIR}"
          "XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/test-home/${name}/config"
          "XDG_DATA_HOME=${PROJECT_BINARY_DIR}/test-home/${name}/data"
          "XDG_RUNTIME_DIR=${PROJECT_BINARY_DIR}/test-home/runtime"
          "VIGIE_TEST_OUTPUT=${PROJECT_BINARY_DIR}/test-output")
  if(VIGIE_SANITIZE)
    # Leaks inside third-party libraries are listed in tests/lsan.supp; any UB is fatal. A small
    # quarantine keeps the tests that bound peak memory (bounded readers) meaningful.
    list(APPEND env "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:quarantine_size_mb=32"
                    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
                    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT}
                       LABELS "${ARG_LABELS}")
endfunction()
