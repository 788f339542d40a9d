// SPDX-License-Identifier: GPL-2.0-or-later
// Writes the briefing templates (resources/print_templates/*.qpt) from ui::createTemplateLayout().
// A developer tool: run it after changing the template code, and commit its output.
//   build/app/vigie-make-templates resources/print_templates
#include "briefing/briefing.h"
#include "runtime/runtime.h"

#include <qgsapplication.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QgsApplication app(argc, argv, false);
    vigie::ui::startQgis();
    if (argc != 2) {
        std::fprintf(stderr, "usage: vigie-make-templates OUTDIR\n");
        return 2;
    }
    int rc = 0;
    for (vigie::ui::BriefingTemplate t : vigie::ui::allTemplates()) {
        auto layout = vigie::ui::createTemplateLayout(QgsProject::instance(), t);
        const QString path = QString::fromLocal8Bit(argv[1]) + QLatin1Char('/') + vigie::ui::templateName(t) + QStringLiteral(".qpt");
        const bool ok = layout->saveAsTemplate(path, QgsReadWriteContext());
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        rc |= ok ? 0 : 1;
    }
    vigie::ui::stopQgis();
    return rc;
}
