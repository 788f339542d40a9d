// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_reader.h"

#include <QCoreApplication>

namespace vigie::core {

IncidentReadError::IncidentReadError(const QString &file, qint64 line, const QString &reason)
    : std::runtime_error((line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason)
                                   : QStringLiteral("%1: %2").arg(file, reason))
                             .toStdString()),
      m_file(file), m_line(line), m_reason(reason)
{
}

QString IncidentReadError::message() const { return QString::fromStdString(what()); }

bool looksLikeText(const QByteArray &head)
{
    for (const char c : head.left(4096))
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

void openCsvIncidents(CsvReader &csv)
{
    if (!csv.open())
        throw IncidentReadError(csv.path(), 0, csv.errorString());
    if (csv.size() == 0)
        throw IncidentReadError(csv.path(), 0, QCoreApplication::translate("vigie::core::IncidentReader", "the file is empty"));
}

void readCsvHeader(CsvReader &csv, CsvRecord &rec)
{
    const CsvReader::Result r = csv.nextNonBlank(rec);
    if (r != CsvReader::Result::Record)
        throw IncidentReadError(csv.path(), rec.line,
                                r == CsvReader::Result::Error
                                    ? csv.errorString()
                                    : QCoreApplication::translate("vigie::core::IncidentReader", "no header row"));
}

void forEachCsvRecord(CsvReader &csv, CsvRecord &rec, const IncidentReadCallbacks &cb,
                      const std::function<bool(const SourceRow &row)> &visit)
{
    qint64 rows = 0;
    for (;;) {
        const CsvReader::Result r = csv.next(rec);
        if (r == CsvReader::Result::End)
            break;
        const SourceRow row{rec.line, &rec, nullptr};
        if (r == CsvReader::Result::Error) {
            if (cb.reject)
                cb.reject(row, csv.errorString());
            break;
        }
        if (rec.isBlank())
            continue;
        if ((++rows & 1023) == 0 && cb.progress)
            cb.progress(csv.bytesRead(), csv.size());
        // A NUL byte or invalid UTF-8 costs the row, not the file.
        if (rec.flaw != CsvRecord::Flaw::None) {
            if (cb.reject && !cb.reject(row, rec.flawText()))
                return;
            continue;
        }
        if (!visit(row))
            return;
    }
    if (cb.progress)
        cb.progress(csv.size(), csv.size());
}

} // namespace vigie::core
