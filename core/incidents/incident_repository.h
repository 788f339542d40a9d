// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "incidents/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace vigie::core {

class MissionStore;

// The incidents of one cell of a regular grid in degrees (IncidentRepository::grid).
struct IncidentCell
{
    double lon = 0; // the mean position of the cell's incidents, not the cell's centre
    double lat = 0;
    int count = 0;
    QString category; // the most frequent category id in the cell (ties: the first by id)
    int maxSeverity = 0;
    int fatalities = 0;
};

// What the incident table, the map layer and the exports show: every condition set here must hold.
struct IncidentFilter
{
    std::optional<qint64> fromMs; // inclusive, UTC ms
    std::optional<qint64> toMs;   // inclusive
    std::optional<GeoBox> bbox;
    QStringList categories;       // empty: all
    int minSeverity = 1;
    QList<Incident::Status> statuses;       // empty: all
    std::optional<Sensitivity> maxSensitivity; // only records marked at or below this level
    QString text;                           // in description, place, admins, actors, source, external id
    bool includeDeleted = false;
};

// The incident log of one mission. Every write goes through MissionStore::write (one
// transaction, one audit row). Reads are plain queries; the store is single-threaded.
class IncidentRepository
{
  public:
    explicit IncidentRepository(MissionStore &store);

    // Stores a new incident: assigns an id when empty, stamps created/updated by and at, sets
    // version 1; returns the id. Throws MissionError (Invalid when the incident is not valid or
    // its external id is already stored).
    QString add(Incident &incident);
    // Saves an edited incident. Refuses (MissionError::Kind::Conflict) when the stored version is
    // not incident.version, i.e. someone saved it since it was read; on success bumps version.
    void update(Incident &incident);
    // Soft delete; expectedVersion < 0 skips the conflict check.
    void remove(const QString &id, int expectedVersion = -1);
    // Brings a soft-deleted incident back (undo of a delete or redo of an add); returns the new
    // version. expectedVersion < 0 skips the conflict check.
    int restore(const QString &id, int expectedVersion = -1);

    std::optional<Incident> get(const QString &id) const; // deleted incidents too
    std::optional<Incident> getByExternalId(const QString &externalId) const;
    // Newest first. limit < 0: all.
    std::vector<Incident> query(const IncidentFilter &filter, int limit = -1, int offset = 0) const;
    qint64 count(const IncidentFilter &filter = {}) const;
    // Streams the matching incidents, newest first, without holding them all; return false to stop.
    void forEach(const IncidentFilter &filter, const std::function<bool(const Incident &)> &visit) const;
    // The filter as one SQL condition on the incidents table with its values written in (no
    // parameters), e.g. for a QGIS subset string; empty when the filter keeps every row. The box, if
    // any, is tested on lat/lon (without the R*Tree).
    static QString sqlCondition(const IncidentFilter &filter);
    // The matching incidents summed per cell of a grid of cellLon × cellLat degrees anchored at
    // (-180, -90): what a small-scale map draws instead of every incident. One query, grouped in SQL.
    std::vector<IncidentCell> grid(const IncidentFilter &filter, double cellLon, double cellLat) const;
    // The ids only (for selections); same order as query().
    QStringList ids(const IncidentFilter &filter, int limit = -1) const;
    // Earliest and latest incident time (live incidents); nullopt when there are none.
    std::optional<std::pair<qint64, qint64>> timeExtent() const;

  private:
    MissionStore &m_store;
};

} // namespace vigie::core
