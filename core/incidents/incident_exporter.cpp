// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_exporter.h"
#include "io/counts.h"

#include "incidents/incident_values.h"

#include "incidents/incident_writer.h"
#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace vigie::core {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigie::core::IncidentExporter", text, disambiguation, n);
}
} // namespace

QJsonObject ExportReport::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("exported"), exported},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("cancelled"), cancelled}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString ExportReport::humanSummary() const
{
    const QString name = QFileInfo(file).fileName();
    if (!ok())
        return QCoreApplication::translate("vigie::core::IncidentExporter", "%1: not exported: %2").arg(name, error);
    const int count = clampCount(exported); // a plain int: lupdate loses a call here
    return QCoreApplication::translate("vigie::core::IncidentExporter", "%1: %n incident(s) exported", nullptr, count).arg(name)
         + QCoreApplication::translate("vigie::core::IncidentExporter", " in %1 s.").arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
}

IncidentExporter::IncidentExporter(MissionStore &store) : m_store(store) {}

ExportReport IncidentExporter::exportTo(const QString &path, const ExportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    report.file = path;
    const IncidentWriterRegistry &registry = IncidentWriterRegistry::builtin();
    std::shared_ptr<const IncidentWriter> proto =
        options.format.isEmpty() ? registry.forPath(path) : registry.writer(options.format);
    if (!proto) {
        report.error = options.format.isEmpty()
            ? tr("cannot tell the format from the file name; choose one of %1").arg(registry.ids().join(QStringLiteral(", ")))
            : tr("unknown format \"%1\" (known: %2)").arg(options.format, registry.ids().join(QStringLiteral(", ")));
        report.elapsedMs = timer.elapsed();
        return report;
    }
    report.format = proto->id();
    std::unique_ptr<IncidentWriter> writer = proto->clone();
    IncidentRepository repo(m_store);
    const qint64 total = options.progress ? repo.count(options.filter) : 0;
    if (!writer->open(path)) {
        report.error = writer->error();
        report.elapsedMs = timer.elapsed();
        return report;
    }
    QElapsedTimer clock;
    clock.start();
    bool failed = false;
    repo.forEach(options.filter, [&](const Incident &inc) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            return false;
        }
        if (!writer->write(inc)) {
            failed = true;
            return false;
        }
        ++report.exported;
        if (options.progress && clock.elapsed() >= 100) {
            clock.restart();
            options.progress(report.exported, total);
        }
        return true;
    });
    const bool closed = writer->close();
    if (failed || !closed || report.cancelled) {
        report.error = report.cancelled ? tr("cancelled") : writer->error();
        report.exported = 0;
        QFile::remove(path);
    } else if (!m_store.isReadOnly()) {
        try {
            m_store.write({QStringLiteral("export"), QStringLiteral("incidents"), QString(),
                           QStringLiteral("exported %1 incidents to %2 (%3)")
                               .arg(report.exported)
                               .arg(QFileInfo(path).fileName(), report.format)},
                          [](Database &, AuditRecord &) {});
        } catch (const MissionError &) {
            // The file is written; a busy or full mission must not turn that into a failure.
        }
    }
    if (options.progress && report.ok())
        options.progress(report.exported, total);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace vigie::core
