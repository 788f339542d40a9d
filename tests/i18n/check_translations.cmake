# SPDX-License-Identifier: GPL-2.0-or-later
# Fails when a user-visible string has no French translation: runs lupdate over the sources into
# a copy of translations/vigie_fr.ts and lists every message left unfinished.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR.
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/vigie_fr.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/vigie_fr.ts ${ts})
execute_process(
  COMMAND ${LUPDATE} -locations none -no-obsolete ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app ${SOURCE_DIR}/plugins -ts ${ts}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${ts} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
  set(lines "")
  foreach(m IN LISTS missing)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" s "${m}")
    string(APPEND lines "  ${s}\n")
  endforeach()
  message(FATAL_ERROR "${count} string(s) have no French translation (run `cmake --build build --target update_translations`, then translate translations/vigie_fr.ts):\n${lines}")
endif()
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH all total)
message(STATUS "translations complete: ${total} messages translated into French")
