// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_reader_registry.h"

#include "tracks/cot_track_reader.h"
#include "tracks/csv_track_reader.h"
#include "tracks/gpx_track_reader.h"
#include "tracks/kml_track_reader.h"
#include "tracks/nmea_track_reader.h"

#include <QCoreApplication>
#include <QFile>

namespace vigie::core {

void TrackReaderRegistry::addBuiltInReaders(TrackReaderRegistry &registry)
{
    registry.add(std::make_unique<GpxTrackReader>());
    registry.add(std::make_unique<NmeaTrackReader>());
    registry.add(std::make_unique<CotTrackReader>());
    registry.add(std::make_unique<KmlTrackReader>());
    registry.add(std::make_unique<CsvTrackReader>());
}

const TrackReaderRegistry &TrackReaderRegistry::builtIn()
{
    static const TrackReaderRegistry *registry = [] {
        auto *r = new TrackReaderRegistry;
        addBuiltInReaders(*r);
        return r;
    }();
    return *registry;
}

bool TrackReaderRegistry::add(std::unique_ptr<TrackReader> reader, QString *error)
{
    if (!reader) {
        if (error)
            *error = QCoreApplication::translate("vigie::core::TrackReaderRegistry", "no reader given");
        return false;
    }
    if (byId(reader->id())) {
        if (error)
            *error = QCoreApplication::translate("vigie::core::TrackReaderRegistry", "a reader \"%1\" is already registered")
                         .arg(reader->id());
        return false;
    }
    m_readers.push_back(std::move(reader));
    return true;
}

const TrackReader *TrackReaderRegistry::byId(const QString &id) const
{
    for (const auto &r : m_readers)
        if (r->id().compare(id, Qt::CaseInsensitive) == 0)
            return r.get();
    return nullptr;
}

QStringList TrackReaderRegistry::ids() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out << r->id();
    return out;
}

const TrackReader *TrackReaderRegistry::identify(const QString &path) const
{
    QFile f(path);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(4096);
    const TrackReader *best = nullptr;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        const int score = r->identify(path, head);
        if (score > bestScore) {
            bestScore = score;
            best = r.get();
        }
    }
    return best;
}

} // namespace vigie::core
