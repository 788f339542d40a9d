// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"

#include <QUndoCommand>

#include <functional>

namespace vigie::plugins {

class IncidentsController;

// One undoable change to the incident log, re-applied through the repository (so every undo and
// redo is validated, versioned and audited like the original write).
class IncidentCommand : public QUndoCommand
{
  public:
    enum class Type { Add, Edit, Delete };
    // The change was already written by the controller; the first redo() does nothing.
    IncidentCommand(IncidentsController *controller, Type type, core::Incident before, core::Incident after, const QString &text);
    void redo() override;
    void undo() override;

  private:
    bool run(const std::function<void()> &write);
    IncidentsController *m_controller;
    Type m_type;
    core::Incident m_before;
    core::Incident m_after;
    bool m_firstRedo = true;
};

} // namespace vigie::plugins
