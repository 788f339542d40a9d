// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_commands.h"

#include "incidents/incident_repository.h"
#include "incidents_controller.h"

namespace vigie::plugins {

IncidentCommand::IncidentCommand(IncidentsController *controller, Type type, core::Incident before, core::Incident after,
                                 const QString &text)
    : ui::StoreCommand(type, after.id, text), m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{
}

bool IncidentCommand::storeOpen() const { return m_controller->repository() != nullptr; }
void IncidentCommand::reportError(const QString &message) { m_controller->reportError(message); }
int IncidentCommand::knownVersion() const { return m_controller->knownVersion(recordId()); }
void IncidentCommand::setKnownVersion(int version) { m_controller->setKnownVersion(recordId(), version); }
int IncidentCommand::restore(int known) { return m_controller->repository()->restore(recordId(), known); }

int IncidentCommand::remove(int known)
{
    m_controller->repository()->remove(recordId(), known);
    return known + 1;
}

int IncidentCommand::update(bool after, int known)
{
    core::Incident i = after ? m_after : m_before;
    i.version = known;
    m_controller->repository()->update(i);
    return i.version;
}

} // namespace vigie::plugins
