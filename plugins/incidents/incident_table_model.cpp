// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_table_model.h"

#include "incidents/incident_taxonomy.h"
#include "time/dtg.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace vigie::plugins {

using core::Incident;

IncidentTableModel::IncidentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IncidentTableModel::setQuery(const core::IncidentRepository *repository, const core::IncidentFilter &filter)
{
    m_repo = repository;
    m_filter = filter;
    reload();
}

void IncidentTableModel::reload()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

namespace {
QString statusLabel(Incident::Status s)
{
    switch (s) {
    case Incident::Status::Reported: return IncidentTableModel::tr("Reported");
    case Incident::Status::Confirmed: return IncidentTableModel::tr("Confirmed");
    case Incident::Status::Closed: return IncidentTableModel::tr("Closed");
    }
    return {};
}

QString categoryLabel(const QString &id)
{
    const auto *c = core::IncidentTaxonomy::builtin().category(id);
    return c ? c->label(QLocale().name()) : id;
}

QVariant sortKey(const Incident &i, int column)
{
    switch (column) {
    case IncidentTableModel::Category: return categoryLabel(i.category).toLower();
    case IncidentTableModel::Severity: return i.severity;
    case IncidentTableModel::Fatalities: return i.fatalities;
    case IncidentTableModel::Place: return i.placeName.toLower();
    case IncidentTableModel::Status: return int(i.status);
    case IncidentTableModel::Sensitivity: return int(i.sensitivity);
    case IncidentTableModel::Source: return i.source.toLower();
    default: return i.timeMs;
    }
}
} // namespace

void IncidentTableModel::rebuild()
{
    m_pages.clear();
    m_byId.clear();
    m_ids.clear();
    m_rowOf.clear();
    if (!m_repo)
        return;
    if (m_sortColumn == Dtg) {
        m_ids = m_repo->ids(m_filter); // newest first
        if (m_sortOrder == Qt::AscendingOrder)
            std::reverse(m_ids.begin(), m_ids.end());
    } else {
        // The repository orders by time only: other orders read the keys once (stable on time).
        std::vector<std::pair<QVariant, QString>> keys;
        m_repo->forEach(m_filter, [&](const Incident &i) {
            keys.emplace_back(sortKey(i, m_sortColumn), i.id);
            return true;
        });
        const bool asc = m_sortOrder == Qt::AscendingOrder;
        std::stable_sort(keys.begin(), keys.end(), [asc](const auto &a, const auto &b) {
            const bool less = a.first.type() == QVariant::String ? a.first.toString() < b.first.toString()
                                                                  : a.first.toLongLong() < b.first.toLongLong();
            const bool greater = a.first.type() == QVariant::String ? b.first.toString() < a.first.toString()
                                                                     : b.first.toLongLong() < a.first.toLongLong();
            return asc ? less : greater;
        });
        m_ids.reserve(int(keys.size()));
        for (const auto &k : keys)
            m_ids << k.second;
    }
    m_rowOf.reserve(m_ids.size());
    for (int r = 0; r < m_ids.size(); ++r)
        m_rowOf.insert(m_ids.at(r), r);
}

const Incident *IncidentTableModel::incidentAt(int row) const
{
    if (!m_repo || row < 0 || row >= m_ids.size())
        return nullptr;
    if (m_sortColumn == Dtg) {
        const int newestFirst = m_sortOrder == Qt::DescendingOrder ? row : m_ids.size() - 1 - row;
        const int page = newestFirst / kPage;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() > 50)
                m_pages.clear();
            it = m_pages.insert(page, m_repo->query(m_filter, kPage, page * kPage));
        }
        const int at = newestFirst - page * kPage;
        if (at < int(it->size()) && it->at(size_t(at)).id == m_ids.at(row))
            return &it->at(size_t(at));
        // The store moved under us (a write between ids() and the page): fall back to the id.
    }
    const QString &id = m_ids.at(row);
    auto it = m_byId.find(id);
    if (it == m_byId.end()) {
        if (m_byId.size() > 5000)
            m_byId.clear();
        const std::optional<Incident> got = m_repo->get(id);
        if (!got)
            return nullptr;
        it = m_byId.insert(id, *got);
    }
    return &*it;
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_ids.size(); }
int IncidentTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    const Incident *i = incidentAt(index.row());
    if (!i)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Dtg: return core::toDtg(QDateTime::fromMSecsSinceEpoch(i->timeMs, Qt::UTC));
        case Category: return categoryLabel(i->category);
        case Severity: return i->severity;
        case Fatalities: return i->fatalities;
        case Place: return i->placeName;
        case Status: return statusLabel(i->status);
        case Sensitivity: return core::sensitivityLabel(i->sensitivity);
        case Source: {
            const QString code = i->admiraltyCode();
            return code.isEmpty() ? i->source : tr("%1 (%2)").arg(i->source, code);
        }
        }
    } else if (role == Qt::ToolTipRole) {
        return i->description;
    } else if (role == Qt::TextAlignmentRole && (index.column() == Severity || index.column() == Fatalities)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dtg: return tr("DTG");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case Fatalities: return tr("Fatalities");
    case Place: return tr("Place");
    case Status: return tr("Status");
    case Sensitivity: return tr("Sensitivity");
    case Source: return tr("Source");
    }
    return {};
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace vigie::plugins
