// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace vigie::ui {

class PanelPlugin;
class Workstation;

// One plugin file as found on disk, loaded or not, with the reason when not.
struct PluginRecord
{
    QString path;
    QString id;
    QString name;
    QString version;
    QString description;
    bool loaded = false;
    QString error; // empty when loaded
};

// Finds panel plugins in folders, loads them with QPluginLoader and initialises them with the
// workstation. A plugin that fails (not a Qt plugin, wrong interface, missing metadata, a duplicate
// id, initialize() refused) is recorded with its reason and skipped; it never stops the app.
class PluginManager : public QObject
{
    Q_OBJECT
  public:
    explicit PluginManager(QObject *parent = nullptr);
    ~PluginManager() override;

    // The folders searched, in order: $VIGIE_PLUGIN_PATH (':'-separated), the install's plugin
    // folder, the build tree's, and the user's (<AppDataLocation>/plugins).
    static QStringList defaultSearchPaths();

    // Loads every plugin file in the folders and initialises it with the workstation.
    void loadAll(const QStringList &folders, Workstation *workstation);
    void shutdown();

    const QList<PluginRecord> &records() const { return m_records; }
    QList<PanelPlugin *> plugins() const;

  private:
    void loadOne(const QString &path, Workstation *workstation);

    QList<PluginRecord> m_records;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders; // the loaded ones, in load order
    QList<PanelPlugin *> m_plugins;
};

} // namespace vigie::ui
