// SPDX-License-Identifier: GPL-2.0-or-later
#include "plugin/plugin_manager.h"

#include "plugin/panel_plugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QStandardPaths>

namespace vigie::ui {

PluginManager::PluginManager(QObject *parent) : QObject(parent) {}

PluginManager::~PluginManager() { shutdown(); }

QStringList PluginManager::defaultSearchPaths()
{
    QStringList out;
    const QString env = qEnvironmentVariable("VIGIE_PLUGIN_PATH");
    if (!env.isEmpty())
        out += env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    // Installed: <prefix>/bin/vigie and <prefix>/lib/vigie/plugins (and the multiarch libdir).
    out << QDir::cleanPath(appDir + QStringLiteral("/../" VIGIE_PLUGIN_INSTALL_DIR));
    out << QDir::cleanPath(appDir + QStringLiteral("/../lib/vigie/plugins"));
    // Straight from the build tree: build/app/vigie and build/plugins-out.
    out << QDir::cleanPath(appDir + QStringLiteral("/../plugins-out"));
    out << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/plugins");
    out.removeDuplicates();
    return out;
}

void PluginManager::loadAll(const QStringList &folders, Workstation *workstation)
{
    QStringList seenFiles;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : files) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            const QString canonical = fi.canonicalFilePath();
            if (seenFiles.contains(canonical))
                continue;
            seenFiles << canonical;
            loadOne(fi.absoluteFilePath(), workstation);
        }
    }
    for (PanelPlugin *p : std::as_const(m_plugins))
        p->extensionsInitialized();
}

void PluginManager::loadOne(const QString &path, Workstation *workstation)
{
    PluginRecord rec;
    rec.path = path;
    auto loader = std::make_unique<QPluginLoader>(path);
    const QJsonObject meta = loader->metaData();
    const QJsonObject md = meta.value(QStringLiteral("MetaData")).toObject();
    rec.id = md.value(QStringLiteral("id")).toString();
    rec.name = md.value(QStringLiteral("name")).toString(rec.id);
    rec.version = md.value(QStringLiteral("version")).toString();
    rec.description = md.value(QStringLiteral("description")).toString();
    auto fail = [&](const QString &why) {
        rec.error = why;
        m_records.append(rec);
    };
    if (meta.isEmpty()) {
        fail(tr("not a Qt plugin (%1)").arg(loader->errorString()));
        return;
    }
    if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(VigiePanelPlugin_iid)) {
        fail(tr("not a Vigie panel plugin (interface %1, expected %2)")
                 .arg(meta.value(QStringLiteral("IID")).toString(), QStringLiteral(VigiePanelPlugin_iid)));
        return;
    }
    if (rec.id.isEmpty()) {
        fail(tr("its metadata has no \"id\""));
        return;
    }
    for (const PluginRecord &other : std::as_const(m_records)) {
        if (other.loaded && other.id == rec.id) {
            fail(tr("a plugin with id \"%1\" is already loaded from %2").arg(rec.id, other.path));
            return;
        }
    }
    QObject *instance = loader->instance();
    if (!instance) {
        fail(tr("could not be loaded: %1").arg(loader->errorString()));
        return;
    }
    auto *plugin = qobject_cast<PanelPlugin *>(instance);
    if (!plugin) {
        loader->unload();
        fail(tr("does not implement the panel interface"));
        return;
    }
    QString why;
    if (!plugin->initialize(workstation, &why)) {
        loader->unload();
        fail(why.isEmpty() ? tr("refused to start") : why);
        return;
    }
    rec.loaded = true;
    m_records.append(rec);
    m_plugins.append(plugin);
    m_loaders.push_back(std::move(loader));
}

void PluginManager::shutdown()
{
    for (auto it = m_plugins.crbegin(); it != m_plugins.crend(); ++it)
        (*it)->aboutToShutdown();
    m_plugins.clear();
    // Plugin instances are deleted with their loaders' root objects at process exit; unloading
    // the libraries while their widgets still exist would crash, so they stay mapped.
    m_loaders.clear();
}

QList<PanelPlugin *> PluginManager::plugins() const { return m_plugins; }

} // namespace vigie::ui
