// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the crash-safety tests check after a kill or a failed write: the mission opens, SQLite's
// integrity check passes, and what was in it before is byte for byte still there.

#include "mission/mission_store.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace vigie::test {

// SHA-1 over every value of every row a query returns (in its ORDER BY).
inline QByteArray hashRows(const core::Database &db, const QString &sql)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    core::Statement st = db.prepare(sql);
    qint64 rows = 0;
    while (st.step()) {
        ++rows;
        for (int c = 0; c < st.columnCount(); ++c) {
            const QVariant v = st.value(c);
            h.addData(v.isNull() ? QByteArray("\x01null") : v.toByteArray());
            h.addData(QByteArray(1, '\x1f'));
        }
        h.addData(QByteArray(1, '\x1e'));
    }
    h.addData(QByteArray::number(rows));
    return h.result().toHex();
}

// The state the tests compare: the rows that were there before (incidents up to `maxFid`, audit
// entries up to `maxAuditId`, every basemap, the mission's metadata and the schema) as one hash,
// and counts.
struct MissionState
{
    QString integrity;
    QByteArray before; // hash of the rows that existed before the operation
    qint64 incidents = 0;
    qint64 audit = 0;
    qint64 importAudits = 0; // audit entries of action "import" whose summary names `file`
};

inline MissionState missionState(core::MissionStore &store, qint64 maxFid, qint64 maxAuditId, const QString &file = QString())
{
    const core::Database &db = store.database();
    MissionState s;
    s.integrity = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    QByteArray all;
    all += hashRows(db, QStringLiteral("SELECT * FROM incidents WHERE fid <= %1 ORDER BY fid").arg(maxFid));
    all += hashRows(db, QStringLiteral("SELECT * FROM audit_log WHERE id <= %1 ORDER BY id").arg(maxAuditId));
    all += hashRows(db, QStringLiteral("SELECT * FROM basemaps ORDER BY id"));
    all += hashRows(db, QStringLiteral("SELECT * FROM mission_meta ORDER BY key"));
    // The schema too: an import drops triggers and an index for its bulk insert and puts them back
    // before it commits; a kill in between must not leave them missing.
    all += hashRows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    s.before = QCryptographicHash::hash(all, QCryptographicHash::Sha1).toHex();
    s.incidents = db.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong();
    s.audit = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    if (!file.isEmpty()) {
        core::Statement st = db.prepare(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'import' AND tbl = 'incidents' AND id > ?1 AND instr(summary, ?2) > 0"));
        st.bind(1, maxAuditId).bind(2, file);
        st.step();
        s.importAudits = st.int64(0);
    }
    return s;
}

} // namespace vigie::test
