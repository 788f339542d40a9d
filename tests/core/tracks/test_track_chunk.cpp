// SPDX-License-Identifier: GPL-2.0-or-later
// The chunk BLOB and the chunk rules on their own (track_chunk.h); the store's use of them is
// tested in test_track_store.
#include "tracks/track_chunk.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace vigie::core;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

bool same(const TrackPoint &a, const TrackPoint &b)
{
    return a.timeMs == b.timeMs && a.lat == b.lat && a.lon == b.lon && same(a.altitude, b.altitude) && same(a.speed, b.speed) &&
           same(a.course, b.course) && same(a.horizontalAccuracy, b.horizontalAccuracy) && a.source == b.source;
}

TrackPoint point(qint64 t, double lat, double lon)
{
    TrackPoint p;
    p.timeMs = t;
    p.lat = lat;
    p.lon = lon;
    p.source = QStringLiteral("gpx");
    return p;
}
} // namespace

class TestTrackChunk : public QObject
{
    Q_OBJECT

  private slots:
    void roundTripKeepsEveryValue()
    {
        // Values a column-per-array layout could mix up: extremes, negative zero, a column with
        // one value among NaNs, a column with none (left out of the BLOB).
        std::vector<TrackPoint> in;
        in.push_back(point(1790000000000, -89.999999999, 179.999999999));
        in.push_back(point(1790000000001, 0.0, -0.0));
        in.push_back(point(std::numeric_limits<qint64>::max(), 12.345678901234, -1.5));
        in[0].altitude = -412.5;
        in[1].altitude = 8848.86;
        in[1].course = 359.99;
        in[2].horizontalAccuracy = 9999999.0;
        const QByteArray blob = encodeTrackChunk(in.data(), int(in.size()));
        QCOMPARE(blob.size(), 6 + 3 * 8 * (3 + 3)); // time, lat, lon, altitude, course, accuracy; no speed
        std::vector<TrackPoint> out{point(1, 2, 3)}; // decoding appends
        QVERIFY(decodeTrackChunk(blob, QStringLiteral("gpx"), out));
        QCOMPARE(out.size(), size_t(4));
        for (size_t i = 0; i < in.size(); ++i)
            QVERIFY2(same(in[i], out[i + 1]), qPrintable(QString::number(i)));
        QVERIFY(std::signbit(out[2].lon));
        QVERIFY(std::isnan(out[1].speed) && std::isnan(out[3].course));
        std::vector<qint64> times;
        QVERIFY(decodeTrackChunkTimes(blob.constData(), blob.size(), times));
        QCOMPARE(times, (std::vector<qint64>{1790000000000, 1790000000001, std::numeric_limits<qint64>::max()}));
    }

    void pointsWithoutTime()
    {
        std::vector<TrackPoint> in{point(TrackPoint::kNoTime, 1, 2), point(TrackPoint::kNoTime, 3, 4)};
        const QByteArray blob = encodeTrackChunk(in.data(), 2);
        QCOMPARE(blob.size(), 6 + 2 * 8 * 2);
        std::vector<TrackPoint> out;
        QVERIFY(decodeTrackChunk(blob, QStringLiteral("kml"), out));
        QVERIFY(!out[0].hasTime() && !out[1].hasTime());
        QCOMPARE(out[1].lat, 3.0);
        QCOMPARE(out[1].source, QStringLiteral("kml"));
    }

    void damagedBlobsAreRefused()
    {
        std::vector<TrackPoint> in{point(5, 1, 2), point(6, 3, 4)};
        in[0].speed = 2.5;
        const QByteArray blob = encodeTrackChunk(in.data(), 2);
        std::vector<TrackPoint> out;
        std::vector<qint64> times;
        const auto refused = [&](const QByteArray &b) {
            out.clear();
            times.clear();
            return !decodeTrackChunk(b, QString(), out) && out.empty() && !decodeTrackChunkTimes(b.constData(), b.size(), times) && times.empty();
        };
        QVERIFY(refused(QByteArray()));
        QVERIFY(refused(blob.left(5)));             // shorter than the header
        QVERIFY(refused(blob.left(blob.size() - 1))); // one byte short
        QVERIFY(refused(blob + '\0'));              // one byte too many
        QByteArray newer = blob;
        newer[0] = 2; // a format this version does not know
        QVERIFY(refused(newer));
        QByteArray column = blob;
        column[1] = char(quint8(column[1]) | 0x20); // a column this version does not know
        QVERIFY(refused(column));
        QByteArray count = blob;
        count[5] = char(0x40); // a count the size does not hold
        QVERIFY(refused(count));
        QVERIFY(decodeTrackChunk(blob, QString(), out));
    }

    void builderKeepsTheRules()
    {
        TrackChunkBuilder b;
        QVERIFY(b.fits(point(1000, 0, 0)));
        b.add(point(5000, 0, 0));
        b.add(point(1000, 0, 0));
        QCOMPARE(b.minTime(), qint64(1000));
        QCOMPARE(b.maxTime(), qint64(5000));
        QVERIFY(!b.fits(point(TrackPoint::kNoTime, 0, 0))); // timed and untimed apart
        TrackPoint other = point(2000, 0, 0);
        other.source = QStringLiteral("nmea");
        QVERIFY(!b.fits(other)); // one source
        QVERIFY(b.fits(point(1000 + kMaxChunkSpanMs, 0, 0)));
        QVERIFY(!b.fits(point(1001 + kMaxChunkSpanMs, 0, 0))); // the span bound, both ways
        QVERIFY(!b.fits(point(4999 - kMaxChunkSpanMs, 0, 0)));
        for (int i = 2; i < kChunkPoints; ++i)
            b.add(point(2000 + i, 0, 0));
        QVERIFY(!b.fits(point(3000, 0, 0))); // full
        const std::vector<TrackPoint> taken = b.take();
        QCOMPARE(int(taken.size()), kChunkPoints);
        for (size_t i = 1; i < taken.size(); ++i)
            QVERIFY(taken[i - 1].timeMs <= taken[i].timeMs); // in time order
        QVERIFY(b.isEmpty());
        QVERIFY(b.fits(other));

        // A set: one builder per kind; an emptied builder is reused for another kind.
        TrackChunkSet set;
        set.builderFor(point(1, 0, 0)).add(point(1, 0, 0));
        set.builderFor(other).add(other);
        set.builderFor(point(TrackPoint::kNoTime, 0, 0)).add(point(TrackPoint::kNoTime, 0, 0));
        QCOMPARE(set.builders().size(), size_t(3));
        QCOMPARE(&set.builderFor(point(2, 0, 0)), &set.builders()[0]);
        set.builders()[1].take();
        TrackPoint third = point(9, 0, 0);
        third.source = QStringLiteral("cot:h-e");
        QCOMPARE(&set.builderFor(third), &set.builders()[1]);
    }
};

QTEST_GUILESS_MAIN(TestTrackChunk)
#include "test_track_chunk.moc"
