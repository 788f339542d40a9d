// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_reader_registry.h"

#include "incidents/acled_reader.h"
#include "incidents/csv_incident_reader.h"
#include "incidents/hxl_reader.h"
#include "incidents/kml_incident_reader.h"
#include "incidents/ogr_incident_reader.h"

#include <QFile>

namespace vigie::core {

const IncidentReaderRegistry &IncidentReaderRegistry::builtin()
{
    static const IncidentReaderRegistry registry = [] {
        IncidentReaderRegistry r;
        r.add(std::make_shared<AcledReader>());
        r.add(std::make_shared<HxlReader>());
        r.add(std::make_shared<CsvIncidentReader>());
        for (auto &ogr : OgrIncidentReader::all())
            r.add(std::move(ogr));
        r.add(std::make_shared<KmlIncidentReader>());
        return r;
    }();
    return registry;
}

bool IncidentReaderRegistry::add(std::shared_ptr<const IncidentReader> reader)
{
    if (!reader || reader->id().isEmpty() || this->reader(reader->id()))
        return false;
    m_readers.push_back(std::move(reader));
    return true;
}

std::shared_ptr<const IncidentReader> IncidentReaderRegistry::reader(const QString &id) const
{
    for (const auto &r : m_readers)
        if (r->id() == id)
            return r;
    return nullptr;
}

QStringList IncidentReaderRegistry::ids() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out << r->id();
    return out;
}

std::shared_ptr<const IncidentReader> IncidentReaderRegistry::identify(const QString &path) const
{
    QByteArray head;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        head = f.read(64 * 1024);
    std::shared_ptr<const IncidentReader> best;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        const int score = r->identify(path, head);
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
    }
    return best;
}

} // namespace vigie::core
