// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation_commands.h"

#include "annotations/annotation_repository.h"
#include "annotations_controller.h"
#include "mission/mission_store.h"

namespace vigie::plugins {

AnnotationCommand::AnnotationCommand(AnnotationsController *controller, Type type, core::Annotation before,
                                     core::Annotation after, const QString &text)
    : QUndoCommand(text), m_controller(controller), m_type(type), m_before(std::move(before)), m_after(std::move(after))
{
}

bool AnnotationCommand::run(const std::function<void()> &write)
{
    if (!m_controller->repository()) {
        setObsolete(true);
        return false;
    }
    try {
        write();
        return true;
    } catch (const core::AnnotationError &e) {
        m_controller->reportError(e.message());
    } catch (const core::MissionError &e) {
        m_controller->reportError(e.message());
    }
    setObsolete(true); // the stack drops a command that can no longer apply
    return false;
}

void AnnotationCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return; // already written by the controller
    }
    core::AnnotationRepository *repo = m_controller->repository();
    const QString id = m_after.id;
    run([&] {
        const int known = m_controller->knownVersion(id);
        int now = known;
        switch (m_type) {
        case Type::Add: now = repo->restore(id, known).version; break;
        case Type::Delete: now = repo->remove(id, known); break;
        case Type::Edit: {
            core::Annotation a = m_after;
            a.version = known;
            now = repo->update(a).version;
            break;
        }
        }
        m_controller->setKnownVersion(id, now);
    });
}

void AnnotationCommand::undo()
{
    core::AnnotationRepository *repo = m_controller->repository();
    const QString id = m_after.id;
    run([&] {
        const int known = m_controller->knownVersion(id);
        int now = known;
        switch (m_type) {
        case Type::Add: now = repo->remove(id, known); break;
        case Type::Delete: now = repo->restore(id, known).version; break;
        case Type::Edit: {
            core::Annotation a = m_before;
            a.version = known;
            now = repo->update(a).version;
            break;
        }
        }
        m_controller->setKnownVersion(id, now);
    });
}

} // namespace vigie::plugins
