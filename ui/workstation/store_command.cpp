// SPDX-License-Identifier: GPL-2.0-or-later
#include "workstation/store_command.h"

#include <stdexcept>

namespace vigie::ui {

StoreCommand::StoreCommand(Type type, QString id, const QString &text) : QUndoCommand(text), m_type(type), m_id(std::move(id)) {}

void StoreCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return; // already written by the controller
    }
    run(true);
}

void StoreCommand::undo() { run(false); }

void StoreCommand::run(bool forward)
{
    if (!storeOpen()) {
        setObsolete(true);
        return;
    }
    try {
        const int known = knownVersion();
        int now = known;
        // Add forward and Delete backward bring the record back; the reverse removes it.
        switch (m_type) {
        case Type::Add: now = forward ? restore(known) : remove(known); break;
        case Type::Delete: now = forward ? remove(known) : restore(known); break;
        case Type::Edit: now = update(forward, known); break;
        }
        setKnownVersion(now);
        return;
    } catch (const std::runtime_error &e) {
        reportError(QString::fromStdString(e.what()));
    }
    setObsolete(true); // the stack drops a command that can no longer apply
}

} // namespace vigie::ui
