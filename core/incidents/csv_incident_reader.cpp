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
    if (!looksLikeText(head))
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
    openCsvIncidents(csv);
    CsvRecord rec;
    readCsvHeader(csv, rec);
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
    forEachCsvRecord(csv, rec, cb, [&](const SourceRow &row) {
        if (rec.size() != width)
            return !cb.reject || cb.reject(row, tr("%1 fields where the header has %2").arg(rec.size()).arg(width));
        Incident inc;
        const QString why = bound.apply([&](int i) { return rec.text(i); }, inc);
        if (!why.isEmpty())
            return !cb.reject || cb.reject(row, why);
        return !cb.record || cb.record(inc, row);
    });
}

} // namespace vigie::core
