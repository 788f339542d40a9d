// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_importer.h"
#include "io/counts.h"

#include "incidents/incident_values.h"

#include "incidents/incident_reader_registry.h"
#include "incidents/incident_row.h"
#include "incidents/incident_taxonomy.h"
#include "io/csv_reader.h"
#include "io/read_ahead.h"
#include "mission/bulk_write.h"
#include "mission/mission_store.h"
#include "mission/rtree_bulk_loader.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>

namespace vigie::core {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigie::core::IncidentImporter", text, disambiguation, n);
}

struct Cancelled
{
};
struct NothingImported
{
};

// Time-ordered UUIDs (RFC 9562 version 7): a million rows inserted in id order append to the
// id index instead of scattering over it.
class UuidV7
{
  public:
    QString next()
    {
        qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms <= m_lastMs) {
            ms = m_lastMs;
            if (++m_counter > 0xfff) {
                ++ms;
                m_counter = 0;
            }
        } else {
            m_counter = 0;
        }
        m_lastMs = ms;
        const quint64 rnd = m_random.generate64();
        unsigned char b[16];
        for (int i = 0; i < 6; ++i)
            b[i] = static_cast<unsigned char>(quint64(ms) >> (40 - 8 * i));
        b[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0f));
        b[7] = static_cast<unsigned char>(m_counter & 0xff);
        b[8] = static_cast<unsigned char>(0x80 | ((rnd >> 56) & 0x3f));
        for (int i = 9; i < 16; ++i)
            b[i] = static_cast<unsigned char>(rnd >> (8 * (15 - i)));
        static const char hex[] = "0123456789abcdef";
        char out[36];
        int o = 0;
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                out[o++] = '-';
            out[o++] = hex[b[i] >> 4];
            out[o++] = hex[b[i] & 0x0f];
        }
        return QString::fromLatin1(out, 36);
    }

  private:
    qint64 m_lastMs = 0;
    int m_counter = 0;
    // Seeded once from the system generator; a local one takes no lock per row.
    static QRandomGenerator64 seeded()
    {
        quint32 seed[4];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed, 4);
    }
    QRandomGenerator64 m_random = seeded();
};

// Writes "<file>.rejects.csv" as rows come, so a million bad rows cost no memory.
class RejectsWriter
{
  public:
    explicit RejectsWriter(QString path) : m_file(std::move(path)) {}
    void setHeader(const QStringList &columns) { m_header = columns; }
    bool add(const std::vector<QByteArray> &cells, qint64 line, const QString &reason)
    {
        if (!m_open) {
            if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            m_open = true;
            QByteArray head;
            for (const QString &c : m_header)
                head += CsvReader::quote(c.toUtf8()) + ',';
            head += "line,reason\n";
            m_file.write(head);
        }
        QByteArray out;
        const int n = std::max<int>(int(cells.size()), m_header.size());
        for (int i = 0; i < n; ++i)
            out += (i < int(cells.size()) ? CsvReader::quote(cells[size_t(i)]) : QByteArray()) + ',';
        out += QByteArray::number(line) + ',' + CsvReader::quote(reason.toUtf8()) + '\n';
        m_file.write(out);
        return true;
    }
    bool commit() { return m_open && m_file.commit(); }
    void discard()
    {
        if (m_open)
            m_file.cancelWriting();
    }
    QString path() const { return m_file.fileName(); }

  private:
    QSaveFile m_file;
    QStringList m_header;
    bool m_open = false;
};
} // namespace

int ImportReport::exitCode() const
{
    if (!ok())
        return 1;
    return rejectedCount > 0 ? 2 : 0;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rej;
    for (const Rejected &r : rejected)
        rej.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("imported"), imported},
                  {QStringLiteral("rejected_count"), rejectedCount},
                  {QStringLiteral("rejected"), rej},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("cancelled"), cancelled}};
    if (!rejectsFile.isEmpty())
        o.insert(QStringLiteral("rejects_file"), rejectsFile);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString ImportReport::humanSummary() const
{
    const QString name = QFileInfo(file).fileName();
    if (!ok())
        return QCoreApplication::translate("vigie::core::IncidentImporter", "%1: nothing imported: %2").arg(name, error);
    // The counts as plain ints first: lupdate loses a message whose count is a qualified call.
    const int importedCount = clampCount(imported);
    const int duplicateCount = clampCount(duplicates);
    const int rejectCount = clampCount(rejectedCount);
    QString s = QCoreApplication::translate("vigie::core::IncidentImporter", "%1: %n incident(s) imported", nullptr, importedCount).arg(name);
    if (duplicates > 0)
        s += QCoreApplication::translate("vigie::core::IncidentImporter", ", %n duplicate(s) skipped", nullptr, duplicateCount);
    if (rejectedCount > 0) {
        s += QCoreApplication::translate("vigie::core::IncidentImporter", ", %n row(s) rejected", nullptr, rejectCount);
        if (!rejectsFile.isEmpty())
            s += QCoreApplication::translate("vigie::core::IncidentImporter", " (see %1)").arg(rejectsFile);
    }
    s += QCoreApplication::translate("vigie::core::IncidentImporter", " in %1 s.").arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    for (int i = 0; i < std::min(5, int(rejected.size())); ++i)
        s += QLatin1Char('\n') + QCoreApplication::translate("vigie::core::IncidentImporter", "  line %1: %2").arg(rejected[i].line).arg(rejected[i].reason);
    if (rejectedCount > 5)
        s += QLatin1Char('\n') + QCoreApplication::translate("vigie::core::IncidentImporter", "  … and %1 more").arg(rejectedCount - 5);
    return s;
}

IncidentImporter::IncidentImporter(MissionStore &store) : m_store(store) {}

QList<ImportReport> IncidentImporter::importFiles(const QStringList &paths, const ImportOptions &options)
{
    QList<ImportReport> out;
    for (const QString &p : paths) {
        out << importFile(p, options);
        if (options.cancel && options.cancel->load())
            break;
    }
    return out;
}

ImportReport IncidentImporter::importFile(const QString &path, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.file = path;
    auto finish = [&]() -> ImportReport {
        report.elapsedMs = timer.elapsed();
        return report;
    };

    const QFileInfo fi(path);
    if (!fi.exists()) {
        report.error = tr("the file does not exist");
        return finish();
    }
    if (fi.isDir()) {
        report.error = tr("it is a folder");
        return finish();
    }
    if (m_store.isReadOnly()) {
        report.error = tr("the mission is open read-only");
        return finish();
    }
    std::shared_ptr<const IncidentReader> reader = options.reader;
    const IncidentReaderRegistry &registry = IncidentReaderRegistry::builtin();
    if (!reader && !options.format.isEmpty() && options.format != QLatin1String("ogr")) {
        reader = registry.reader(options.format);
        if (!reader) {
            report.error = tr("unknown format \"%1\" (known: %2)").arg(options.format, registry.ids().join(QStringLiteral(", ")));
            return finish();
        }
    }
    if (!reader) {
        reader = registry.identify(path);
        if (!reader || (options.format == QLatin1String("ogr")
                        && (reader->id() == QLatin1String("acled") || reader->id() == QLatin1String("hxl")
                            || reader->id() == QLatin1String("csv")))) {
            if (fi.size() == 0)
                report.error = tr("the file is empty");
            else
                report.error = tr("the format was not recognised; name it with --format");
            return finish();
        }
    }
    report.format = reader->id();

    return run(path, [&](const IncidentReadCallbacks &cb) { reader->read(path, cb); }, std::move(report), timer, options);
}

ImportReport IncidentImporter::importRecords(std::vector<Incident> incidents, const QString &sourceName,
                                             const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.file = sourceName;
    report.format = QStringLiteral("records");
    if (m_store.isReadOnly()) {
        report.error = tr("the mission is open read-only");
        report.elapsedMs = timer.elapsed();
        return report;
    }
    ImportOptions o = options;
    o.writeRejectsFile = false;
    return run(sourceName,
               [&](const IncidentReadCallbacks &cb) {
                   qint64 n = 0;
                   for (Incident &inc : incidents) {
                       const SourceRow row{++n, nullptr, nullptr};
                       if (cb.record && !cb.record(inc, row))
                           return;
                   }
               },
               std::move(report), timer, o);
}

ImportReport IncidentImporter::run(const QString &path, const std::function<void(const IncidentReadCallbacks &)> &produce,
                                   ImportReport report, QElapsedTimer timer, const ImportOptions &options)
{
    const QFileInfo fi(path);
    auto finish = [&]() -> ImportReport {
        report.elapsedMs = timer.elapsed();
        return report;
    };
    RejectsWriter rejects(path + QStringLiteral(".rejects.csv"));
    bool rejectsWritable = options.writeRejectsFile;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString user = MissionStore::currentUser();
    const IncidentTaxonomy &taxonomy = IncidentTaxonomy::builtin();
    UuidV7 uuids;
    QElapsedTimer progressClock;
    progressClock.start();

    IncidentReadCallbacks cb;
    cb.header = [&](const QStringList &columns) { rejects.setHeader(columns); };
    cb.reject = [&](const SourceRow &row, const QString &reason) {
        ++report.rejectedCount;
        if (report.rejected.size() < ImportReport::kMaxListed)
            report.rejected.append({row.line, reason});
        if (rejectsWritable && !rejects.add(row.cellList(), row.line, reason))
            rejectsWritable = false;
        return !(options.cancel && options.cancel->load(std::memory_order_relaxed));
    };

    try {
        m_store.write(
            {QStringLiteral("import"), QStringLiteral("incidents"), QString(),
             QStringLiteral("import %1").arg(fi.fileName())},
            [&](Database &db, AuditRecord &audit) {
                // Bulk-load settings for this transaction only: a large page cache (128 MiB, so that the
                // import stays under the 300 MB peak for a million rows) keeps the
                // indexes in memory while a big file streams in.
                const QVariant oldCache = db.scalar(QStringLiteral("PRAGMA cache_size"));
                db.exec(QStringLiteral("PRAGMA cache_size=-131072"));
                struct RestoreCache
                {
                    Database &db;
                    QVariant v;
                    ~RestoreCache()
                    {
                        try {
                            db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(v.toLongLong()));
                        } catch (const DbError &) {
                        }
                    }
                } restore{db, oldCache};

                // SpatiaLite's per-row triggers (geometry check, R*Tree insert, last-insert time)
                // make SQLite keep a statement journal for every row: ten times the work of the
                // insert itself. They come off for the bulk insert and go back, with their work
                // done once for all new rows, before the transaction commits, so no reader ever
                // sees the table without them. Our point BLOBs are POINT/4326 by construction.
                SetAside aside;
                for (const char *trigger : {"ggi_incidents_geom", "gii_incidents_geom", "tmi_incidents_geom"})
                    aside.drop(db, QLatin1String(trigger));
                const qint64 firstNewFid = db.scalar(QStringLiteral("SELECT coalesce(max(fid), 0) + 1 FROM incidents")).toLongLong();
                // A big file into a small log: the time index is dropped and rebuilt by one sort at
                // the end, instead of a random B-tree insert per row that outgrows the page cache.
                // (The unique indexes stay: they find the duplicates.) A small file keeps it.
                const qint64 existing = firstNewFid > 1 ? db.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong() : 0;
                const QFileInfo source(path);
                if (source.exists() && rebuildIndexesAfter(existing, source.size() / 400)) // ~400 bytes an ACLED row
                    aside.drop(db, QStringLiteral("incidents_time"));

                Statement insert = db.prepare(IncidentRow::insertSql() + QStringLiteral(" ON CONFLICT DO NOTHING"));
                sqlite3_stmt *st = insert.handle();
                sqlite3 *handle = db.handle();
                // Reading thread: parse, check and complete each record, hand it over.
                // Half-size batches: an incident weighs ~2 KB (the 300 MB peak for a million).
                ReadAhead<Incident, 512> ahead;
                // The caller's progress callback runs on the caller's thread, from the writing loop.
                cb.progress = [&](qint64 done, qint64 total) { ahead.setProgress(done, total); };
                auto reportProgress = [&](bool last) {
                    qint64 done = 0, total = 0;
                    if (options.progress && ahead.progress(&done, &total) && (last || progressClock.elapsed() >= 100)) {
                        progressClock.restart();
                        options.progress(done, total);
                    }
                };
                cb.record = [&](Incident &inc, const SourceRow &row) {
                    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                        return false;
                    if (!taxonomy.contains(inc.category)) {
                        return cb.reject(row, tr("unknown category \"%1\"").arg(inc.category));
                    }
                    const QString why = inc.validate();
                    if (!why.isEmpty())
                        return cb.reject(row, why);
                    if (inc.id.isEmpty())
                        inc.id = uuids.next();
                    if (inc.createdAtMs == 0) {
                        inc.createdAtMs = now;
                        inc.createdBy = user;
                    }
                    if (inc.updatedAtMs == 0) {
                        inc.updatedAtMs = now;
                        inc.updatedBy = user;
                    }
                    if (inc.version <= 0)
                        inc.version = 1;
                    return ahead.push(std::move(inc));
                };
                ahead.start([&] { produce(cb); });
                // This thread: the inserts, in the file's order.
                std::vector<Incident> batch;
                while (ahead.next(&batch)) {
                    for (const Incident &inc : batch) {
                        IncidentRow::bind(st, inc);
                        const int rc = sqlite3_step(st);
                        sqlite3_reset(st);
                        if (rc != SQLITE_DONE)
                            throw DbError(QString::fromUtf8(sqlite3_errmsg(handle)), rc);
                        if (sqlite3_changes(handle) == 1)
                            ++report.imported;
                        else
                            ++report.duplicates;
                    }
                    reportProgress(false);
                }
                ahead.join();
                reportProgress(true);
                if (options.cancel && options.cancel->load())
                    throw Cancelled();
                if (report.imported == 0 && report.duplicates == 0)
                    throw NothingImported();
                if (report.imported > 0) {
                    RTreeBulkLoader::indexNew(db, QStringLiteral("idx_incidents_geom"), QStringLiteral("incidents"), firstNewFid, report.imported);
                    db.exec(QStringLiteral("UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                           "WHERE lower(f_table_name) = 'incidents' AND lower(f_geometry_column) = 'geom'"));
                }
                aside.restore(db);
                audit.summary = QStringLiteral("imported %1 incidents from %2 (%3; %4 rejected, %5 duplicates)")
                                    .arg(report.imported)
                                    .arg(fi.fileName(), report.format)
                                    .arg(report.rejectedCount)
                                    .arg(report.duplicates);
            });
    } catch (const Cancelled &) {
        report.cancelled = true;
        report.error = tr("cancelled; nothing was imported");
        report.imported = 0;
        rejects.discard();
        return finish();
    } catch (const NothingImported &) {
        report.error = report.rejectedCount > 0 ? tr("every row was rejected") : tr("the file holds no incidents");
    } catch (const IncidentReadError &e) {
        report.error = e.reason();
        report.imported = 0;
    } catch (const MissionError &e) {
        // Rolled back by MissionStore::write: the mission is as it was before this file.
        report.error = e.kind() == MissionError::Kind::DiskFull ? tr("disk full: nothing from this file was imported") : e.message();
        report.imported = 0;
    }
    if (report.rejectedCount > 0 && rejectsWritable && rejects.commit())
        report.rejectsFile = rejects.path();
    else
        rejects.discard();
    return finish();
}

} // namespace vigie::core
