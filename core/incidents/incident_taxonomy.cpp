// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

// Resources of a static library must be registered by name, from the global namespace.
static void initCoreResources() { Q_INIT_RESOURCE(core_resources); }

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::IncidentTaxonomy", text); }
QString acledKey(const QString &e, const QString &s) { return e.trimmed().toLower() + QChar(0x1f) + s.trimmed().toLower(); }
} // namespace

QString IncidentTaxonomy::Category::label(const QString &locale) const
{
    return locale.startsWith(QLatin1String("fr")) && !labelFr.isEmpty() ? labelFr : labelEn;
}

const IncidentTaxonomy &IncidentTaxonomy::builtin()
{
    static const IncidentTaxonomy taxonomy = [] {
        initCoreResources();
        return fromFile(QStringLiteral(":/vigie/taxonomy/incident_categories.json"));
    }();
    return taxonomy;
}

IncidentTaxonomy IncidentTaxonomy::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(tr("Cannot read the incident taxonomy %1: %2").arg(path, f.errorString()).toStdString());
    return fromJson(f.readAll(), path);
}

IncidentTaxonomy IncidentTaxonomy::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    auto fail = [&](const QString &why) {
        throw std::runtime_error(tr("The incident taxonomy %1 is invalid: %2").arg(origin, why).toStdString());
    };
    if (err.error != QJsonParseError::NoError)
        fail(err.errorString());
    IncidentTaxonomy t;
    auto pair = [&](const QJsonValue &v) -> std::pair<QString, QString> {
        const QJsonArray a = v.toArray();
        if (a.size() != 2 || !a[0].isString() || !a[1].isString())
            fail(tr("an ACLED mapping must be [event_type, sub_event_type]"));
        return {a[0].toString(), a[1].toString()};
    };
    for (const QJsonValue &v : doc.object().value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        Category c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.labelEn = o.value(QStringLiteral("en")).toString();
        c.labelFr = o.value(QStringLiteral("fr")).toString();
        c.icon = o.value(QStringLiteral("icon")).toString();
        c.defaultSeverity = o.value(QStringLiteral("severity")).toInt(3);
        if (c.id.isEmpty() || c.labelEn.isEmpty())
            fail(tr("a category without id or English label"));
        if (t.m_byId.contains(c.id))
            fail(tr("category %1 appears twice").arg(c.id));
        for (const QJsonValue &m : o.value(QStringLiteral("acled")).toArray()) {
            c.acled.push_back(pair(m));
            const QString key = acledKey(c.acled.back().first, c.acled.back().second);
            if (t.m_acled.contains(key))
                fail(tr("ACLED %1 / %2 maps to two categories").arg(c.acled.back().first, c.acled.back().second));
            t.m_acled.insert(key, c.id);
        }
        if (o.contains(QStringLiteral("acled_export")))
            c.acledExport = pair(o.value(QStringLiteral("acled_export")));
        else if (!c.acled.empty())
            c.acledExport = c.acled.front();
        else
            fail(tr("category %1 has no ACLED mapping for export").arg(c.id));
        t.m_byId.insert(c.id, int(t.m_categories.size()));
        for (const QString &n : {c.id, c.labelEn, c.labelFr})
            if (!n.isEmpty())
                t.m_byName.insert(n.toLower(), c.id);
        for (const auto &m : c.acled)
            if (!t.m_byName.contains(m.second.toLower()))
                t.m_byName.insert(m.second.toLower(), c.id);
        t.m_categories.push_back(std::move(c));
    }
    if (t.m_categories.empty())
        fail(tr("no categories"));
    if (!t.m_byId.contains(QStringLiteral("other")))
        fail(tr("the category \"other\" is required"));
    // An ACLED event type alone resolves to its first category.
    for (const Category &c : t.m_categories)
        for (const auto &m : c.acled)
            if (!t.m_byName.contains(m.first.toLower()))
                t.m_byName.insert(m.first.toLower(), c.id);
    return t;
}

const IncidentTaxonomy::Category *IncidentTaxonomy::category(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_categories[size_t(*it)];
}

QString IncidentTaxonomy::categoryForAcled(const QString &eventType, const QString &subEventType) const
{
    return m_acled.value(acledKey(eventType, subEventType), fallbackCategory());
}

bool IncidentTaxonomy::knowsAcled(const QString &eventType, const QString &subEventType) const
{
    return m_acled.contains(acledKey(eventType, subEventType));
}

std::optional<QString> IncidentTaxonomy::resolve(const QString &text) const
{
    const auto it = m_byName.constFind(text.trimmed().toLower());
    if (it == m_byName.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace vigie::core
