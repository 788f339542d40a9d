// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// main() for tests that need QGIS: a QgsApplication with Debian's prefix, offscreen.
#include "runtime/runtime.h"

#include <qgsapplication.h>

#include <QTest>

#define VIGIE_QGIS_TEST_MAIN(TestClass)                                                                                \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                            \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                                   \
        QgsApplication app(argc, argv, true);                                                                          \
        vigie::ui::setApplicationIdentity();                                                                           \
        vigie::ui::startQgis();                                                                                        \
        int rc = 0;                                                                                                    \
        {                                                                                                              \
            TestClass test;                                                                                            \
            rc = QTest::qExec(&test, argc, argv);                                                                      \
        }                                                                                                              \
        vigie::ui::stopQgis();                                                                                         \
        return rc;                                                                                                     \
    }
