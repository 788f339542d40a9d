# SPDX-License-Identifier: GPL-2.0-or-later
# Fails when a user-visible string has no translation: runs lupdate over the sources into a copy
# of translations/vigie_<LANG>.ts and lists every message left unfinished. LANG=fr (the default):
# every string has its French. LANG=en: the English file holds only the plural forms of the
# messages counted with %n ("%n incident(s)" -> "1 incident", "3 incidents"), and every one has them.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR, LANG.
if(NOT LANG)
  set(LANG fr)
endif()
set(extra "")
set(language "French")
if(LANG STREQUAL "en")
  set(extra -pluralonly)
  set(language "English plural forms")
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/vigie_${LANG}.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/vigie_${LANG}.ts ${ts})
execute_process(
  COMMAND ${LUPDATE} -locations none -no-obsolete ${extra} ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app ${SOURCE_DIR}/plugins -ts ${ts}
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
  message(FATAL_ERROR "${count} string(s) have no ${language} (run `cmake --build build --target update_translations`, then translate translations/vigie_${LANG}.ts):\n${lines}")
endif()
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH all total)
message(STATUS "translations complete: ${total} messages with their ${language}")
