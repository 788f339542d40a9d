// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/bulk_write.h"

namespace vigie::core {

void SetAside::drop(Database &db, const QString &name)
{
    QString type, sql;
    {
        Statement find = db.prepare(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND name = ?1 AND sql IS NOT NULL"));
        find.bind(1, name);
        if (!find.step())
            return;
        type = find.text(0);
        sql = find.text(1);
    }
    db.exec(QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))));
    m_sql.push_back(sql);
}

void SetAside::restore(Database &db)
{
    for (const QString &sql : m_sql)
        db.exec(sql);
    m_sql.clear();
}

bool rebuildIndexesAfter(qint64 existingRows, qint64 incomingRows)
{
    // Ten thousand rows or more, and at least a quarter of what the table will hold.
    return incomingRows >= 10000 && existingRows <= 4 * incomingRows;
}

} // namespace vigie::core
