// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Where tests leave pictures and files for a person to look at: $VIGIE_TEST_OUTPUT (build/test-output
// under ctest), else the temporary folder.
#include <QDir>
#include <QString>

namespace vigie::test {

inline QString outputDir()
{
    const QString dir = qEnvironmentVariable("VIGIE_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

} // namespace vigie::test
