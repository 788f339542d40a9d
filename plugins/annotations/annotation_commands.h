// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QUndoCommand>

#include <functional>

namespace vigie::plugins {

class AnnotationsController;

// One undoable change to one annotation. The first write happens before the command is pushed
// (so a refused write never reaches the stack); redo() after an undo writes again. Each write
// goes through the repository, so the store and its audit follow every step, and carries the
// version this stack last wrote (AnnotationsController::knownVersion): if someone else changed the
// annotation meanwhile, the write is refused and the command says so instead of overwriting.
class AnnotationCommand : public QUndoCommand
{
  public:
    enum class Type { Add, Edit, Delete };
    // `before` is the stored state before the change (unused for Add), `after` the stored state after it
    // (for Delete: the stored state before deletion, with the version after it).
    AnnotationCommand(AnnotationsController *controller, Type type, core::Annotation before, core::Annotation after,
                      const QString &text);
    void undo() override;
    void redo() override;
    QString annotationId() const { return m_after.id; }

  private:
    bool run(const std::function<void()> &write);

    AnnotationsController *m_controller;
    Type m_type;
    core::Annotation m_before;
    core::Annotation m_after;
    bool m_firstRedo = true;
};

} // namespace vigie::plugins
