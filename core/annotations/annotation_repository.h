// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace vigie::core {

class MissionStore;

// Why an annotation could not be written, in words for a person.
class AnnotationError : public std::runtime_error
{
  public:
    enum class Kind { Invalid, NotFound, Conflict };
    AnnotationError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

  private:
    Kind m_kind;
    QString m_message;
};

struct AnnotationImportResult
{
    int added = 0;
    int updated = 0; // the file held a newer version of an annotation the mission has
    int skipped = 0; // the mission's version is the same or newer
};

// The annotations of one mission. Every write goes through MissionStore::write (one transaction,
// one audit row). Updates carry the version they were based on; a mismatch is a Conflict and
// nothing is written, so that two people editing the same drawing do not overwrite each other.
class AnnotationRepository
{
  public:
    static constexpr const char *kTable = "annotations";

    explicit AnnotationRepository(MissionStore &store) : m_store(store) {}

    // Stores a new annotation (a fresh UUID unless one is given, author = the current user,
    // times = now, version 1) and returns it as stored. Throws AnnotationError (Invalid) or MissionError.
    Annotation add(Annotation annotation);
    // Writes the content of `annotation` over the stored one whose version must equal
    // annotation.version; returns it as stored (version + 1, updated now). Throws AnnotationError
    // (Invalid, NotFound, Conflict) or MissionError.
    Annotation update(const Annotation &annotation);
    // Soft delete: the row stays with deleted_at_ms set (version + 1). Returns the new version.
    int remove(const QString &id, int expectedVersion);
    // Undoes a soft delete. Returns the annotation as stored.
    Annotation restore(const QString &id, int expectedVersion);

    std::optional<Annotation> get(const QString &id, bool includeDeleted = false) const;
    bool isDeleted(const QString &id) const;
    // Oldest first.
    QList<Annotation> list(bool includeDeleted = false) const;

    // Takes annotations from another workstation as they are (id, author, times, version kept), in
    // one write with one audit row: new ids are added, newer versions replace older ones, the rest
    // is skipped. Throws AnnotationError (Invalid, naming the annotation) and writes nothing then.
    AnnotationImportResult importAnnotations(const QList<Annotation> &annotations, const QString &source);

  private:
    MissionStore &m_store;
};

} // namespace vigie::core
