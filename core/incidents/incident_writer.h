// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vigie::core {

// One incident export format. A writer streams: open(), write() per incident, close().
class IncidentWriter
{
  public:
    virtual ~IncidentWriter() = default;
    virtual QString id() const = 0; // "acled", "csv", "geojson", "gpkg", "kml"
    virtual QString name() const = 0;
    virtual QStringList extensions() const = 0;
    // A fresh writer for one file (writers keep per-file state).
    virtual std::unique_ptr<IncidentWriter> clone() const = 0;
    // Creates the file (replacing it); false and error() on failure.
    virtual bool open(const QString &path) = 0;
    virtual bool write(const Incident &incident) = 0;
    // Finishes the file; false and error() when it could not be completed.
    virtual bool close() = 0;
    QString error() const { return m_error; }

  protected:
    QString m_error;
};

// The export formats, by id; add() refuses a null writer and a duplicate id.
class IncidentWriterRegistry
{
  public:
    static const IncidentWriterRegistry &builtin();
    bool add(std::shared_ptr<const IncidentWriter> writer);
    std::shared_ptr<const IncidentWriter> writer(const QString &id) const;
    // By file name suffix (".geojson" → geojson, ".csv" → acled); null when unknown.
    std::shared_ptr<const IncidentWriter> forPath(const QString &path) const;
    QStringList ids() const;

  private:
    std::vector<std::shared_ptr<const IncidentWriter>> m_writers;
};

} // namespace vigie::core
