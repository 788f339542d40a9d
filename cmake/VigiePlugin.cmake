# SPDX-License-Identifier: GPL-2.0-or-later
# vigie_add_plugin(<name> SOURCES ...): a panel plugin as a Qt plugin module, built into the
# build tree's plugin folder (so vigie finds it without installing) and installed beside the app.
function(vigie_add_plugin name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  set(target vigie_plugin_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE vigie_ui vigie_core ${ARG_LIBS})
  target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  set_target_properties(${target} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${VIGIE_BUILD_PLUGIN_DIR}
    OUTPUT_NAME vigie_${name}
    INSTALL_RPATH "$ORIGIN/..")
  install(TARGETS ${target} LIBRARY DESTINATION ${VIGIE_PLUGIN_INSTALL_DIR})
endfunction()
