// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace vigie::ui {

// The workstation's one selection: record ids (UUIDs) per mission table. The map layers and the
// docks both read and write it, so selecting in one shows in the other.
class Selection : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;

    QSet<QString> ids(const QString &table) const { return m_ids.value(table); }
    bool isSelected(const QString &table, const QString &id) const { return m_ids.value(table).contains(id); }

    // Replaces the selection of one table; `origin` (the object that made the change, may be
    // null) travels with the signal so that a view does not react to its own change.
    void select(const QString &table, const QSet<QString> &ids, QObject *origin = nullptr);
    void clear(const QString &table, QObject *origin = nullptr) { select(table, {}, origin); }
    void clearAll(QObject *origin = nullptr);

  signals:
    void changed(const QString &table, QObject *origin);

  private:
    QHash<QString, QSet<QString>> m_ids;
};

} // namespace vigie::ui
