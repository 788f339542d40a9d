// SPDX-License-Identifier: GPL-2.0-or-later
#include "workstation/file_chooser.h"

#include <QFileDialog>

namespace vigie::ui {

QStringList FileChooser::openFiles(QWidget *parent, const QString &title, const QString &directory, const QString &filter) const
{
    if (m_openFiles)
        return m_openFiles(parent, title, directory, filter);
    return QFileDialog::getOpenFileNames(parent, title, directory, filter);
}

QString FileChooser::openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter) const
{
    if (m_openFiles)
        return m_openFiles(parent, title, directory, filter).value(0);
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &title, const QString &proposed, const QString &filters,
                              QString *selectedFilter) const
{
    if (m_saveFile)
        return m_saveFile(parent, title, proposed, filters, selectedFilter);
    return QFileDialog::getSaveFileName(parent, title, proposed, filters, selectedFilter);
}

} // namespace vigie::ui
