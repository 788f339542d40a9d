// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"
#include "workstation/store_command.h"

namespace vigie::plugins {

class IncidentsController;

// One undoable change to the incident log (see ui::StoreCommand): the version this stack last
// wrote is IncidentsController::knownVersion.
class IncidentCommand : public ui::StoreCommand
{
  public:
    // The change was already written by the controller; the first redo() does nothing.
    IncidentCommand(IncidentsController *controller, Type type, core::Incident before, core::Incident after, const QString &text);

  protected:
    bool storeOpen() const override;
    void reportError(const QString &message) override;
    int knownVersion() const override;
    void setKnownVersion(int version) override;
    int restore(int known) override;
    int remove(int known) override;
    int update(bool after, int known) override;

  private:
    IncidentsController *m_controller;
    core::Incident m_before;
    core::Incident m_after;
};

} // namespace vigie::plugins
