// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace vigie::plugins {

// The incidents matching a filter, for a QTableView. Holds only the ids in display order; the
// records are read a page at a time through IncidentRepository::query (newest-first order) or,
// when sorted on another column, one by one by id, and cached, so thousands of rows stay fast.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Dtg, Category, Severity, Fatalities, Place, Status, Sensitivity, Source, ColumnCount };
    static constexpr int kPage = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit IncidentTableModel(QObject *parent = nullptr);

    // Null repository: empty. Re-reads everything.
    void setQuery(const core::IncidentRepository *repository, const core::IncidentFilter &filter);
    void reload();
    const core::IncidentFilter &filter() const { return m_filter; }

    QString idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString(); }
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

  private:
    const core::Incident *incidentAt(int row) const;
    void rebuild();

    const core::IncidentRepository *m_repo = nullptr;
    core::IncidentFilter m_filter;
    int m_sortColumn = Dtg;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QStringList m_ids; // display order
    QHash<QString, int> m_rowOf;
    mutable QHash<int, std::vector<core::Incident>> m_pages; // newest-first pages (DTG order)
    mutable QHash<QString, core::Incident> m_byId;           // other orders
};

} // namespace vigie::plugins
