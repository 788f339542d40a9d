// SPDX-License-Identifier: GPL-2.0-or-later
// vigie: the workstation. Start-up only: everything else lives in the main window and the plugins.
#include "main_window.h"

#include "i18n/language.h"
#include "runtime/runtime.h"
#include "vigie_version.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QgsApplication app(argc, argv, true);
    vigie::ui::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION_STRING));
    vigie::ui::startQgis();
    vigie::ui::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Vigie — offline GIS workstation for Joint Operations Centres"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo mission (built on first use)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window to <png> once the map is drawn, then quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QCoreApplication::translate("main", "Open the mission read-only: nothing in it can be changed."));
    parser.addOptions({demo, screenshot, readOnly});
    parser.addPositionalArgument(QStringLiteral("mission"), QCoreApplication::translate("main", "A mission file (*.vigie) to open."));
    parser.process(app);

    int rc = 0;
    {
        vigie::app::MainWindow window;
        window.loadPlugins();
        if (parser.isSet(demo))
            window.openDemoMission();
        else if (!parser.positionalArguments().isEmpty())
            window.openMission(parser.positionalArguments().constFirst(), parser.isSet(readOnly));
        window.show();

        if (parser.isSet(screenshot)) {
            const QString out = parser.value(screenshot);
            // Wait for the map to be drawn, then a moment for the rest of the window.
            auto grabbed = std::make_shared<bool>(false);
            auto grab = [&window, out, grabbed] {
                if (*grabbed)
                    return;
                *grabbed = true;
                QTimer::singleShot(700, &window, [&window, out] {
                    const bool ok = window.grab().save(out);
                    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(out));
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            };
            QObject::connect(window.canvas(), &QgsMapCanvas::mapCanvasRefreshed, &window, grab);
            QTimer::singleShot(20000, &window, grab); // draw or not, never hang
        }
        rc = app.exec();
    }
    vigie::ui::stopQgis();
    return rc;
}
