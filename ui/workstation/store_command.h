// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace vigie::ui {

// One undoable change to one record of the mission store (an incident, an annotation, …), shared
// by the panels that edit the store. The first write happens before the command is pushed (so a
// refused write never reaches the stack) and the first redo() does nothing; every later undo or
// redo is a new write through the repository, so it is validated, versioned and audited like the
// original. Each write carries the version this stack last wrote (knownVersion): if someone else
// changed the record meanwhile the repository refuses it, the error is reported and the command
// is dropped from the stack instead of overwriting.
class StoreCommand : public QUndoCommand
{
  public:
    enum class Type { Add, Edit, Delete };

    void redo() final;
    void undo() final;
    Type type() const { return m_type; }
    QString recordId() const { return m_id; }

  protected:
    StoreCommand(Type type, QString id, const QString &text);

    // The repository the writes go to is still there (the mission may have been closed).
    virtual bool storeOpen() const = 0;
    virtual void reportError(const QString &message) = 0;
    virtual int knownVersion() const = 0;
    virtual void setKnownVersion(int version) = 0;
    // The writes, each based on `known` and returning the version after it; they throw
    // std::runtime_error subclasses (MissionError, AnnotationError, …) whose what() is for a person.
    virtual int restore(int known) = 0;
    virtual int remove(int known) = 0;
    // Writes the state after the change (after == true) or before it.
    virtual int update(bool after, int known) = 0;

  private:
    void run(bool forward);

    Type m_type;
    QString m_id;
    bool m_firstRedo = true;
};

} // namespace vigie::ui
