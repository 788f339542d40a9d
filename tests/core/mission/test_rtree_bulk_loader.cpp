// SPDX-License-Identifier: GPL-2.0-or-later
// RTreeBulkLoader packs a 2-D R*Tree in one pass: the tree it writes is one SQLite accepts
// (rtreecheck), holds every point once, and finds each point at its place, for sizes around the
// node capacity and the loader's batch of rows.
#include "mission/rtree_bulk_loader.h"
#include "mission/sqlite_db.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

class TestRTreeBulkLoader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

  private slots:
    void packs_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("replacesOld");
        for (int n : {0, 1, 199, 200, 201, 400, 5003, 40000})
            QTest::addRow("%d points", n) << n << false;
        QTest::addRow("5003 points over an old tree") << 5003 << true;
    }

    void packs()
    {
        QFETCH(int, points);
        QFETCH(bool, replacesOld);
        Database db;
        db.open(m_dir.filePath(QStringLiteral("rtree-%1-%2.sqlite").arg(points).arg(replacesOld)), Database::Mode::Create);
        db.exec(QStringLiteral("CREATE TABLE p (fid INTEGER PRIMARY KEY, lon REAL, lat REAL); "
                               "CREATE VIRTUAL TABLE idx USING rtree(pkid, xmin, xmax, ymin, ymax);"));
        if (replacesOld)
            db.exec(QStringLiteral("INSERT INTO idx VALUES (999999, 1, 2, 3, 4), (5, 0, 0, 0, 0)"));
        QRandomGenerator rng(uint(points) + 7);
        {
            Transaction tx(db);
            Statement ins = db.prepare(QStringLiteral("INSERT INTO p(fid, lon, lat) VALUES (?1, ?2, ?3)"));
            for (int i = 0; i < points; ++i) {
                // Row ids with gaps, points clustered and spread.
                ins.bind(1, qint64(3 * i + 1)).bind(2, rng.bounded(360.0) - 180.0).bind(3, rng.bounded(170.0) - 85.0);
                ins.run();
            }
            tx.commit();
        }
        Transaction tx(db);
        QCOMPARE(RTreeBulkLoader::rebuild(db, QStringLiteral("idx"), QStringLiteral("SELECT fid, lon, lat FROM p")), qint64(points));
        tx.commit();
        QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('idx')")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx")).toInt(), points);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_rowid")).toInt(), points);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM p WHERE fid IN (SELECT pkid FROM idx)")).toInt(), points);
        // Every point through the index at its own place (the R*Tree's own search).
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM p WHERE EXISTS (SELECT 1 FROM idx WHERE pkid = p.fid "
                                          "AND xmin <= p.lon AND xmax >= p.lon AND ymin <= p.lat AND ymax >= p.lat)"))
                     .toInt(),
                 points);
        Statement box = db.prepare(QStringLiteral("SELECT count(*) FROM idx WHERE xmin <= ?1 AND xmax >= ?1 AND ymin <= ?2 AND ymax >= ?2"));
        Statement all = db.prepare(QStringLiteral("SELECT lon, lat FROM p"));
        int checked = 0;
        while (all.step() && checked < 300) {
            box.bind(1, all.real(0)).bind(2, all.real(1));
            QVERIFY(box.step());
            QVERIFY(box.int64(0) >= 1);
            box.reset();
            ++checked;
        }
    }
};

QTEST_GUILESS_MAIN(TestRTreeBulkLoader)
#include "test_rtree_bulk_loader.moc"
