// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/csv_incident_reader.h"

#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::CsvIncidentReader", text); }
} // namespace

QString CsvIncidentReader::name() const { return tr("CSV (columns by name)"); }

int CsvIncidentReader::identify(const QString &path, const QByteArray &head) const
{
    // Text, not binary: no control bytes other than tab and line breaks at the start.
    for (const char c : head.left(4096))
        if (static_cast<unsigned char>(c) < 0x09 || (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'))
            return 0;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return 30;
    if (suffix == QLatin1String("txt") && head.left(head.indexOf('\n')).count(',') >= 2)
        return 10;
    return 0;
}

void CsvIncidentReader::read(const QString &path, const IncidentReadCallbacks &cb) const
{
    CsvReader csv(path);
    if (!csv.open())
        throw IncidentReadError(path, 0, csv.errorString());
    if (csv.size() == 0)
        throw IncidentReadError(path, 0, tr("the file is empty"));
    CsvRecord rec;
    CsvReader::Result r = csv.next(rec);
    while (r == CsvReader::Result::Record && rec.isBlank())
        r = csv.next(rec);
    if (r != CsvReader::Result::Record)
        throw IncidentReadError(path, rec.line, r == CsvReader::Result::Error ? csv.errorString() : tr("no header row"));
    QStringList header;
    for (int i = 0; i < rec.size(); ++i)
        header << rec.text(i).trimmed();
    const IncidentColumnMapping mapping = m_mapping ? *m_mapping : IncidentColumnMapping::guess(header);
    const IncidentColumnMapping::Bound bound = mapping.bind(header);
    const QString problem = bound.problem(false);
    if (!problem.isEmpty())
        throw IncidentReadError(path, rec.line, tr("cannot map the columns: %1").arg(problem));
    if (cb.header)
        cb.header(header);
    const int width = rec.size();
    qint64 rows = 0;
    for (;;) {
        r = csv.next(rec);
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
        if (rec.flaw != CsvRecord::Flaw::None) {
            if (cb.reject && !cb.reject(row, rec.flawText()))
                return;
            continue;
        }
        if (rec.size() != width) {
            if (cb.reject && !cb.reject(row, tr("%1 fields where the header has %2").arg(rec.size()).arg(width)))
                return;
            continue;
        }
        Incident inc;
        const QString why = bound.apply([&](int i) { return rec.text(i); }, inc);
        if (!why.isEmpty()) {
            if (cb.reject && !cb.reject(row, why))
                return;
            continue;
        }
        if (cb.record && !cb.record(inc, row))
            return;
    }
    if (cb.progress)
        cb.progress(csv.size(), csv.size());
}

} // namespace vigie::core
