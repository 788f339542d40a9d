// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace vigie::plugins {

// How the Incidents panel asks for files. The default (empty functions) shows the system file
// dialogs; a test sets its own through IncidentsController::setFileChooser (a slot, so that it can
// be reached with QMetaObject::invokeMethod on the plugin's "incidentsController" object).
struct IncidentFileChooser
{
    // (parent, title, directory, name filter) → the chosen files, empty when cancelled.
    std::function<QStringList(QWidget *, const QString &, const QString &, const QString &)> openFiles;
    // (parent, title, proposed path, name filter) → the chosen path, empty when cancelled.
    std::function<QString(QWidget *, const QString &, const QString &, const QString &)> saveFile;
};

} // namespace vigie::plugins
