// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace vigie::ui {

// How every panel asks the user for files: the system file dialogs, unless something else answers
// (a test, or a future "recent folders" policy). One per workstation (Workstation::fileChooser()),
// so that the incidents, tracks and briefing panels ask the same way and a test answers them all
// without driving a modal QFileDialog.
class FileChooser
{
  public:
    // (parent, title, directory, name filter) → the chosen files; empty when cancelled.
    using OpenFiles = std::function<QStringList(QWidget *parent, const QString &title, const QString &directory,
                                                const QString &filter)>;
    // (parent, title, proposed path, name filters ";;"-separated, selected filter in/out) → the
    // chosen path; empty when cancelled.
    using SaveFile = std::function<QString(QWidget *parent, const QString &title, const QString &proposed,
                                           const QString &filters, QString *selectedFilter)>;

    QStringList openFiles(QWidget *parent, const QString &title, const QString &directory, const QString &filter) const;
    // One file (the first chosen when a replacement answers several); empty when cancelled.
    QString openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter) const;
    QString saveFile(QWidget *parent, const QString &title, const QString &proposed, const QString &filters,
                     QString *selectedFilter = nullptr) const;

    // Replaces the dialogs (an empty function restores them).
    void setOpenFiles(OpenFiles f) { m_openFiles = std::move(f); }
    void setSaveFile(SaveFile f) { m_saveFile = std::move(f); }

  private:
    OpenFiles m_openFiles;
    SaveFile m_saveFile;
};

} // namespace vigie::ui
