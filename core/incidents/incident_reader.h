// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"
#include "io/csv_reader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>
#include <vector>

namespace vigie::core {

// A reader could not read the file at all (missing, empty, no header, not its format).
class IncidentReadError : public std::runtime_error
{
  public:
    IncidentReadError(const QString &file, qint64 line, const QString &reason);
    QString file() const { return m_file; }
    qint64 line() const { return m_line; }
    QString reason() const { return m_reason; }
    // "file:line: reason" (or "file: reason" without a line).
    QString message() const;

  private:
    QString m_file;
    qint64 m_line;
    QString m_reason;
};

// Where one record came from: its line (or feature number, for OGR sources) and its original
// cells, so that a rejected row can be written back as it was.
struct SourceRow
{
    qint64 line = 0;
    const CsvRecord *csv = nullptr;                 // the CSV record, for CSV sources
    const std::vector<QByteArray> *cells = nullptr; // otherwise the cells (UTF-8); both may be null

    std::vector<QByteArray> cellList() const
    {
        if (csv)
            return csv->toList();
        return cells ? *cells : std::vector<QByteArray>();
    }
};

struct IncidentReadCallbacks
{
    // The source's column names, once, before the first record (for the rejects file).
    std::function<void(const QStringList &columns)> header;
    // A valid incident; return false to stop reading (cancelled).
    std::function<bool(Incident &incident, const SourceRow &row)> record;
    // A row that could not become an incident, with the reason; return false to stop.
    std::function<bool(const SourceRow &row, const QString &reason)> reject;
    // Progress: bytes (or features) done and the total, when known.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Opens a CSV incident file; throws IncidentReadError when it cannot be read or is empty.
// For identify() of the text formats (CSV, ACLED, HXL): whether a file's first bytes are text, with
// no control byte other than tab and line breaks. A KMZ or any binary file is not, whatever
// its compressed bytes happen to hold (a line of "#x" in a zip once made a KMZ pass for HXL).
bool looksLikeText(const QByteArray &head);

void openCsvIncidents(CsvReader &csv);
// Reads the first non-blank record (the header row) into `record`; throws IncidentReadError when
// there is none or the file cannot be parsed.
void readCsvHeader(CsvReader &csv, CsvRecord &record);

// The record loop the CSV-based readers share, after their header: reads each record, skips blank
// ones, reports progress (bytes), and on a read error (a truncated quoted field) reports that row
// as rejected and stops. `visit` gets every other record; it returns false to stop.
void forEachCsvRecord(CsvReader &csv, CsvRecord &record, const IncidentReadCallbacks &callbacks,
                      const std::function<bool(const SourceRow &row)> &visit);

// One incident file format. A reader is stateless and shared; read() streams the file.
class IncidentReader
{
  public:
    virtual ~IncidentReader() = default;
    // Short stable name: "acled", "hxl", "csv", "geojson", "kml", "gpkg", "shp".
    virtual QString id() const = 0;
    virtual QString name() const = 0;
    // Lower-case file name suffixes without the dot.
    virtual QStringList extensions() const = 0;
    // How sure the reader is that it reads this file, from its name and first bytes (up to 64 KiB):
    // 0 = not mine … 100 = certainly mine. Must be cheap: no parsing of the whole file.
    virtual int identify(const QString &path, const QByteArray &head) const = 0;
    // Streams the file's incidents to the callbacks. Throws IncidentReadError when nothing can
    // be read (missing or empty file, no usable header).
    virtual void read(const QString &path, const IncidentReadCallbacks &callbacks) const = 0;
};

} // namespace vigie::core
