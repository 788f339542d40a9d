// SPDX-License-Identifier: GPL-2.0-or-later
// Plugin loading against the real main window: good plugins start and reach the workstation;
// broken ones are listed with their reason and never stop the app.
#include "main_window.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"

#include <qgslayertree.h>
#include <qgsproject.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>

using namespace vigie;

class TestPluginManager : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static const ui::PluginRecord *record(const ui::PluginManager &pm, const QString &fileStem)
    {
        for (const ui::PluginRecord &r : pm.records())
            if (QFileInfo(r.path).fileName().contains(fileStem))
                return &r;
        return nullptr;
    }

  private slots:
    void goodAndBroken()
    {
        app::MainWindow window;
        window.loadPlugins({QStringLiteral(VIGIE_TEST_PLUGIN_DIR)});
        const ui::PluginManager &pm = *window.pluginManager();

        const ui::PluginRecord *good = record(pm, QStringLiteral("good_plugin"));
        QVERIFY(good);
        QVERIFY2(good->loaded, qPrintable(good->error));
        QCOMPARE(good->id, QStringLiteral("test.good"));
        QCOMPARE(good->version, QStringLiteral("1.2.3"));
        // It reached the workstation: dock, action, layer.
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("goodDock")));
        QVERIFY(window.menu(ui::ActionPlacement::ToolsMenu)->findChild<QAction *>(QStringLiteral("goodAction")) ||
                window.findChild<QAction *>(QStringLiteral("goodAction")));
        QCOMPARE(QgsProject::instance()->mapLayersByName(QStringLiteral("good layer")).size(), 1);

        const std::pair<const char *, const char *> broken[] = {
            {"refusing_plugin", "sensor gateway"},
            {"other_iid_plugin", "not a Vigie panel plugin"},
            {"no_id_plugin", "no \"id\""},
            {"not_a_plugin", "not a Qt plugin"},
            {"libgarbage", "not a Qt plugin"},
        };
        for (const auto &[stem, reason] : broken) {
            const ui::PluginRecord *r = record(pm, QLatin1String(stem));
            QVERIFY2(r, stem);
            QVERIFY2(!r->loaded, stem);
            QVERIFY2(r->error.contains(QLatin1String(reason)), qPrintable(QLatin1String(stem) + QStringLiteral(": ") + r->error));
        }
        QCOMPARE(pm.plugins().size(), 1);
    }

    void pluginFollowsMission()
    {
        app::MainWindow window;
        window.loadPlugins({QStringLiteral(VIGIE_TEST_PLUGIN_DIR)});
        auto *label = window.findChild<QLabel *>(QStringLiteral("goodLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("no mission"));
        QVERIFY(window.newMission(m_dir.filePath(QStringLiteral("p.vigie")), QStringLiteral("Plugin mission")));
        QCOMPARE(label->text(), QStringLiteral("Plugin mission"));
        window.closeMission();
        QCOMPARE(label->text(), QStringLiteral("no mission"));
    }

    void duplicateIdRefused()
    {
        // The same plugin in two folders (a user's copy of an installed plugin): the first wins.
        const QString copyDir = m_dir.filePath(QStringLiteral("copy"));
        QDir().mkpath(copyDir);
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_BUILD_PLUGIN_DIR "/libvigie_mission.so"), copyDir + QStringLiteral("/libvigie_mission.so")));
        app::MainWindow window;
        window.loadPlugins({QStringLiteral(VIGIE_BUILD_PLUGIN_DIR), copyDir});
        int loaded = 0, refused = 0;
        for (const ui::PluginRecord &r : window.pluginManager()->records()) {
            if (r.id != QLatin1String("mission"))
                continue;
            r.loaded ? ++loaded : ++refused;
            if (!r.loaded)
                QVERIFY(r.error.contains(QStringLiteral("already loaded")));
        }
        QCOMPARE(loaded, 1);
        QCOMPARE(refused, 1);
    }

    void defaultPathsIncludeUserFolder()
    {
        const QStringList paths = ui::PluginManager::defaultSearchPaths();
        QVERIFY(paths.contains(QStringLiteral(VIGIE_BUILD_PLUGIN_DIR)) || !qEnvironmentVariableIsEmpty("VIGIE_PLUGIN_PATH"));
        QVERIFY(paths.last().endsWith(QStringLiteral("/plugins")));
    }
};

VIGIE_QGIS_TEST_MAIN(TestPluginManager)
#include "test_plugin_manager.moc"
