// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_commands.h"

#include "incidents/incident_repository.h"
#include "incidents_controller.h"
#include "mission/mission_store.h"

namespace vigie::plugins {

IncidentCommand::IncidentCommand(IncidentsController *controller, Type type, core::Incident before, core::Incident after,
                                 const QString &text)
    : QUndoCommand(text), m_controller(controller), m_type(type), m_before(std::move(before)), m_after(std::move(after))
{
}

bool IncidentCommand::run(const std::function<void()> &write)
{
    if (!m_controller->repository()) {
        setObsolete(true);
        return false;
    }
    try {
        write();
        return true;
    } catch (const core::MissionError &e) {
        m_controller->reportError(e.message());
    }
    setObsolete(true);
    return false;
}

void IncidentCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    core::IncidentRepository *repo = m_controller->repository();
    const QString id = m_after.id;
    run([&] {
        const int known = m_controller->knownVersion(id);
        int now = known;
        switch (m_type) {
        case Type::Add: now = repo->restore(id, known); break;
        case Type::Delete:
            repo->remove(id, known);
            now = known + 1;
            break;
        case Type::Edit: {
            core::Incident i = m_after;
            i.version = known;
            repo->update(i);
            now = i.version;
            break;
        }
        }
        m_controller->setKnownVersion(id, now);
    });
}

void IncidentCommand::undo()
{
    core::IncidentRepository *repo = m_controller->repository();
    const QString id = m_after.id;
    run([&] {
        const int known = m_controller->knownVersion(id);
        int now = known;
        switch (m_type) {
        case Type::Add:
            repo->remove(id, known);
            now = known + 1;
            break;
        case Type::Delete: now = repo->restore(id, known); break;
        case Type::Edit: {
            core::Incident i = m_before;
            i.version = known;
            repo->update(i);
            now = i.version;
            break;
        }
        }
        m_controller->setKnownVersion(id, now);
    });
}

} // namespace vigie::plugins
