# SPDX-License-Identifier: GPL-2.0-or-later
# Finds QGIS 3.22 as Debian installs it. Debian flattens QGIS's headers into /usr/include/qgis
# while a few of them include "scalebar/…", "processing/…", "geometry/…" or "diagram/…":
# a compat folder in the build tree maps each of those prefixes back onto the flat folder.
find_path(QGIS_INCLUDE_DIR qgsapplication.h PATHS /usr/include/qgis REQUIRED)
find_library(QGIS_CORE_LIBRARY qgis_core REQUIRED)
find_library(QGIS_GUI_LIBRARY qgis_gui REQUIRED)
find_library(QGIS_ANALYSIS_LIBRARY qgis_analysis REQUIRED)
set(QGIS_COMPAT_DIR ${CMAKE_BINARY_DIR}/qgis-compat)
file(MAKE_DIRECTORY ${QGIS_COMPAT_DIR})
foreach(sub scalebar processing geometry diagram)
  if(NOT EXISTS ${QGIS_COMPAT_DIR}/${sub})
    file(CREATE_LINK ${QGIS_INCLUDE_DIR} ${QGIS_COMPAT_DIR}/${sub} SYMBOLIC)
  endif()
endforeach()
find_package(Qt5 REQUIRED COMPONENTS Core Gui Widgets Xml Svg Network PrintSupport Sql Concurrent Positioning WebKit WebKitWidgets)
add_library(Vigie::QGIS INTERFACE IMPORTED)
set_target_properties(Vigie::QGIS PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${QGIS_COMPAT_DIR}"
  INTERFACE_LINK_LIBRARIES "${QGIS_CORE_LIBRARY};${QGIS_GUI_LIBRARY};${QGIS_ANALYSIS_LIBRARY};Qt5::Widgets;Qt5::Xml;Qt5::Svg;Qt5::Network;Qt5::PrintSupport;Qt5::Sql;Qt5::Concurrent;Qt5::Positioning;Qt5::WebKitWidgets"
  INTERFACE_COMPILE_DEFINITIONS "_USE_MATH_DEFINES;WITH_QTWEBKIT")
set(QGIS_PREFIX_PATH /usr CACHE PATH "QGIS install prefix (QgsApplication::setPrefixPath)")
set(QGIS_WORLD_MAP /usr/share/qgis/resources/data/world_map.gpkg CACHE FILEPATH "Offline default basemap")
