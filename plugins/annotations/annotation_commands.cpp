// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation_commands.h"

#include "annotations/annotation_repository.h"
#include "annotations_controller.h"

namespace vigie::plugins {

AnnotationCommand::AnnotationCommand(AnnotationsController *controller, Type type, core::Annotation before,
                                     core::Annotation after, const QString &text)
    : ui::StoreCommand(type, after.id, text), m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
{
}

bool AnnotationCommand::storeOpen() const { return m_controller->repository() != nullptr; }
void AnnotationCommand::reportError(const QString &message) { m_controller->reportError(message); }
int AnnotationCommand::knownVersion() const { return m_controller->knownVersion(recordId()); }
void AnnotationCommand::setKnownVersion(int version) { m_controller->setKnownVersion(recordId(), version); }
int AnnotationCommand::restore(int known) { return m_controller->repository()->restore(recordId(), known).version; }
int AnnotationCommand::remove(int known) { return m_controller->repository()->remove(recordId(), known); }

int AnnotationCommand::update(bool after, int known)
{
    core::Annotation a = after ? m_after : m_before;
    a.version = known;
    return m_controller->repository()->update(a).version;
}

} // namespace vigie::plugins
