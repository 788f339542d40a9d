// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "workstation/store_command.h"

namespace vigie::plugins {

class AnnotationsController;

// One undoable change to one annotation (see ui::StoreCommand): the version this stack last wrote
// is AnnotationsController::knownVersion.
class AnnotationCommand : public ui::StoreCommand
{
  public:
    // `before` is the stored state before the change (unused for Add), `after` the stored state after it
    // (for Delete: the stored state before deletion, with the version after it).
    AnnotationCommand(AnnotationsController *controller, Type type, core::Annotation before, core::Annotation after,
                      const QString &text);
    QString annotationId() const { return recordId(); }

  protected:
    bool storeOpen() const override;
    void reportError(const QString &message) override;
    int knownVersion() const override;
    void setKnownVersion(int version) override;
    int restore(int known) override;
    int remove(int known) override;
    int update(bool after, int known) override;

  private:
    AnnotationsController *m_controller;
    core::Annotation m_before;
    core::Annotation m_after;
};

} // namespace vigie::plugins
