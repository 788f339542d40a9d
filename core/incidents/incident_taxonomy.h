// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace vigie::core {

// The mission's incident categories (resources/taxonomy/incident_categories.json): labels in
// English and French, an icon name, a default severity, and the mapping to and from ACLED's
// event_type / sub_event_type.
class IncidentTaxonomy
{
  public:
    struct Category
    {
        QString id;
        QString labelEn;
        QString labelFr;
        QString icon;
        int defaultSeverity = 3;
        std::vector<std::pair<QString, QString>> acled; // (event_type, sub_event_type) pairs
        std::pair<QString, QString> acledExport;       // what an export writes when no source type is kept

        // The label in the language of `locale` ("fr…" → French, otherwise English).
        QString label(const QString &locale = QString()) const;
    };

    // The taxonomy compiled into core (":/vigie/taxonomy/incident_categories.json").
    static const IncidentTaxonomy &builtin();
    // Loads a taxonomy file; throws std::runtime_error with a readable message if malformed.
    static IncidentTaxonomy fromFile(const QString &path);
    static IncidentTaxonomy fromJson(const QByteArray &json, const QString &origin);

    const std::vector<Category> &categories() const { return m_categories; }
    const Category *category(const QString &id) const;
    bool contains(const QString &id) const { return category(id) != nullptr; }
    // The category an ACLED (event_type, sub_event_type) imports into; "other" for an unknown pair.
    QString categoryForAcled(const QString &eventType, const QString &subEventType) const;
    bool knowsAcled(const QString &eventType, const QString &subEventType) const;
    // Best category for a free-text type name (id, English or French label, ACLED sub-event or
    // event type), case-insensitive; nullopt when nothing matches.
    std::optional<QString> resolve(const QString &text) const;
    QString fallbackCategory() const { return QStringLiteral("other"); }

  private:
    std::vector<Category> m_categories;
    QHash<QString, int> m_byId;
    QHash<QString, QString> m_acled;   // "event\x1fsub" -> id
    QHash<QString, QString> m_byName;  // lower-case label/id/type -> id
};

} // namespace vigie::core
