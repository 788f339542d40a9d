// SPDX-License-Identifier: GPL-2.0-or-later
#include "workstation/selection.h"

namespace vigie::ui {

void Selection::select(const QString &table, const QSet<QString> &ids, QObject *origin)
{
    if (m_ids.value(table) == ids)
        return;
    if (ids.isEmpty())
        m_ids.remove(table);
    else
        m_ids.insert(table, ids);
    emit changed(table, origin);
}

void Selection::clearAll(QObject *origin)
{
    const QStringList tables = m_ids.keys();
    for (const QString &t : tables)
        select(t, {}, origin);
}

} // namespace vigie::ui
