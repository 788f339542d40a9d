// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_writer.h"

#include "incidents/acled_writer.h"
#include "incidents/kml_incident_writer.h"
#include "incidents/ogr_incident_writer.h"

#include <QFileInfo>

namespace vigie::core {

const IncidentWriterRegistry &IncidentWriterRegistry::builtin()
{
    static const IncidentWriterRegistry registry = [] {
        IncidentWriterRegistry r;
        r.add(std::make_shared<AcledWriter>());
        for (auto &w : OgrIncidentWriter::all())
            r.add(std::move(w));
        r.add(std::make_shared<KmlIncidentWriter>());
        return r;
    }();
    return registry;
}

bool IncidentWriterRegistry::add(std::shared_ptr<const IncidentWriter> writer)
{
    if (!writer || writer->id().isEmpty() || this->writer(writer->id()))
        return false;
    m_writers.push_back(std::move(writer));
    return true;
}

std::shared_ptr<const IncidentWriter> IncidentWriterRegistry::writer(const QString &id) const
{
    for (const auto &w : m_writers)
        if (w->id() == id)
            return w;
    return nullptr;
}

std::shared_ptr<const IncidentWriter> IncidentWriterRegistry::forPath(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &w : m_writers)
        if (w->extensions().contains(suffix))
            return w;
    return nullptr;
}

QStringList IncidentWriterRegistry::ids() const
{
    QStringList out;
    for (const auto &w : m_writers)
        out << w->id();
    return out;
}

} // namespace vigie::core
