// SPDX-License-Identifier: GPL-2.0-or-later
// Annotations in the mission store: the repository (versions, soft delete, audit) and the
// GeoJSON/KML exchange between two missions, style included.
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_repository.h"
#include "annotations/measurement.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie::core;
using Kind = Annotation::Kind;

namespace {
// Every kind, with unusual styles and values that must survive a trip through a file.
QList<Annotation> sampleAnnotations()
{
    QList<Annotation> out;
    Annotation a;
    a.kind = Kind::Symbol;
    a.geometry = SimpleGeometry::point({16.2717, -0.0447});
    a.style.symbolName = QStringLiteral("ied");
    a.style.symbolSize = 30.5;
    a.style.text = QStringLiteral("IED \"found\" <08:12Z> & reported");
    a.style.strokeColor = QStringLiteral("#ff7f0e");
    a.note = QStringLiteral("Line one\nLine two — é à ç");
    a.sensitivity = Sensitivity::StrictlyConfidential;
    out << a;

    Annotation t;
    t.kind = Kind::Text;
    t.geometry = SimpleGeometry::point({16.1, 0.123456789012345});
    t.style.text = QStringLiteral("Sector EAST");
    t.style.fontFamily = QStringLiteral("DejaVu Serif");
    t.style.fontSize = 14.5;
    t.style.strokeColor = QStringLiteral("#000000");
    t.sensitivity = Sensitivity::Unclassified;
    out << t;

    Annotation l;
    l.kind = Kind::Line;
    l.geometry = SimpleGeometry::lineString({{16.0, 0.0}, {16.1, 0.1}, {16.15, 0.3}});
    l.style.strokeWidth = 3.25;
    l.style.strokeOpacity = 0.6;
    out << l;

    Annotation ar;
    ar.kind = Kind::Arrow;
    ar.geometry = SimpleGeometry::lineString({{16.23, -0.02}, {15.68, 0.485}});
    ar.style.strokeColor = QStringLiteral("#1f77b4");
    ar.style.strokeWidth = 5;
    out << ar;

    Annotation p;
    p.kind = Kind::Polygon;
    p.geometry = SimpleGeometry::polygon({{16.42, 0.15}, {16.46, 0.33}, {16.33, 0.42}, {16.24, 0.26}});
    p.style.fillColor = QStringLiteral("#2ca02c");
    p.style.fillOpacity = 0.35;
    p.style.text = QStringLiteral("NO-GO");
    p.sensitivity = Sensitivity::UnConfidential;
    out << p;

    Annotation c;
    c.kind = Kind::Circle;
    c.geometry = SimpleGeometry::point({16.25, -0.005});
    c.radiiMetres = {2500.5};
    c.style.fillOpacity = 0.1;
    out << c;

    Annotation r;
    r.kind = Kind::RangeRings;
    r.geometry = SimpleGeometry::point({16.2525, -0.0055});
    r.radiiMetres = {5000, 10000, 20000};
    r.style.fillOpacity = 0;
    out << r;
    return out;
}
} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

  private slots:
    void wktRoundTrip()
    {
        const QString wkt = QStringLiteral("POLYGON((0.1 16.2,0.3 16.2,0.3 16.4,0.1 16.2))");
        const auto g = SimpleGeometry::fromWkt(wkt);
        QVERIFY(g);
        QCOMPARE(g->toWkt(), wkt);
        QVERIFY(SimpleGeometry::fromWkt(QStringLiteral("POINT (-0.0447 16.2717)")));
        QString err;
        QVERIFY(!SimpleGeometry::fromWkt(QStringLiteral("POINT(200 16)"), &err));
        QVERIFY(!err.isEmpty());
        QVERIFY(!SimpleGeometry::fromWkt(QStringLiteral("CIRCLE(1 2)")));
        QVERIFY(!SimpleGeometry::fromWkt(QStringLiteral("LINESTRING(1 2)")));
    }

    void circlesAreGeodesic()
    {
        Annotation c;
        c.kind = Kind::Circle;
        c.geometry = SimpleGeometry::point({16.25, -0.005});
        c.radiiMetres = {10000};
        const SimpleGeometry g = c.displayGeometry();
        QCOMPARE(g.type, SimpleGeometry::Type::Polygon);
        for (const GeoPoint &p : g.parts[0])
            QVERIFY(std::fabs(measure::distance({16.25, -0.005}, p) - 10000) < 1e-6);
        c.kind = Kind::RangeRings;
        c.radiiMetres = {5000, 10000, 20000};
        QCOMPARE(c.displayGeometry().parts.size(), 3);
        QCOMPARE(c.displayGeometry().type, SimpleGeometry::Type::MultiLineString);
    }

    void addUpdateConflictDeleteRestore()
    {
        auto store = MissionStore::create(path(QStringLiteral("repo.vigie")), QStringLiteral("Repo"));
        AnnotationRepository repo(*store);
        QSignalSpy changed(store.get(), &MissionStore::changed);
        const qint64 audit0 = store->auditCount();

        Annotation a = repo.add(sampleAnnotations().at(3));
        QCOMPARE(a.version, 1);
        QCOMPARE(a.author, MissionStore::currentUser());
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(*repo.get(a.id), a);
        QCOMPARE(store->auditCount(), audit0 + 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("create"));
        QCOMPARE(store->auditLog(1).front().table, QStringLiteral("annotations"));
        QCOMPARE(store->auditLog(1).front().rowId, a.id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toString(), QStringLiteral("annotations"));

        // The spatial column holds the drawn geometry.
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT GeometryType(line_geom) FROM annotations")).toString(),
                 QStringLiteral("MULTILINESTRING"));
        QVERIFY(store->database().scalar(QStringLiteral("SELECT point_geom IS NULL AND area_geom IS NULL FROM annotations")).toBool());

        Annotation edit = a;
        edit.style.strokeColor = QStringLiteral("#00ff00");
        const Annotation v2 = repo.update(edit);
        QCOMPARE(v2.version, 2);
        QCOMPARE(repo.get(a.id)->style.strokeColor, QStringLiteral("#00ff00"));

        // A stale version is refused and nothing changes (no audit row either).
        const qint64 audits = store->auditCount();
        Annotation stale = a; // version 1
        stale.style.strokeColor = QStringLiteral("#0000ff");
        try {
            repo.update(stale);
            QFAIL("a stale update was accepted");
        } catch (const AnnotationError &e) {
            QCOMPARE(e.kind(), AnnotationError::Kind::Conflict);
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(repo.get(a.id)->style.strokeColor, QStringLiteral("#00ff00"));
        QCOMPARE(store->auditCount(), audits);
        QVERIFY_EXCEPTION_THROWN(repo.remove(a.id, 1), AnnotationError);

        // Soft delete: gone from the list, still in the table, audited.
        QCOMPARE(repo.remove(a.id, 2), 3);
        QVERIFY(repo.list().isEmpty());
        QCOMPARE(repo.list(true).size(), 1);
        QVERIFY(repo.isDeleted(a.id));
        QVERIFY(!repo.get(a.id));
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT COUNT(*) FROM annotations")).toInt(), 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("delete"));
        for (const auto &tc : store->tableCounts())
            if (tc.first == QLatin1String("annotations"))
                QCOMPARE(tc.second, 0);
        QVERIFY_EXCEPTION_THROWN(repo.update(v2), AnnotationError);

        const Annotation back = repo.restore(a.id, 3);
        QCOMPARE(back.version, 4);
        QCOMPARE(repo.list().size(), 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("restore"));

        // Invalid annotations are refused before anything is written.
        Annotation bad;
        bad.kind = Kind::Circle;
        bad.geometry = SimpleGeometry::point({16, 0});
        QVERIFY_EXCEPTION_THROWN(repo.add(bad), AnnotationError);
        QCOMPARE(repo.list(true).size(), 1);
    }

    void survivesReopen()
    {
        const QString p = path(QStringLiteral("reopen.vigie"));
        QString id;
        {
            auto store = MissionStore::create(p, QStringLiteral("Reopen"));
            id = AnnotationRepository(*store).add(sampleAnnotations().at(0)).id;
        }
        auto store = MissionStore::open(p);
        QCOMPARE(AnnotationRepository(*store).get(id)->style.symbolName, QStringLiteral("ied"));
    }

    void exchangeRoundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("geojson") << QStringLiteral("geojson");
        QTest::newRow("kml") << QStringLiteral("kml");
    }
    void exchangeRoundTrip()
    {
        QFETCH(QString, suffix);
        auto a = MissionStore::create(path(QStringLiteral("a_%1.vigie").arg(suffix)), QStringLiteral("A"));
        AnnotationRepository repoA(*a);
        for (const Annotation &x : sampleAnnotations())
            repoA.add(x);
        // A version > 1 must travel too.
        Annotation first = repoA.list().front();
        first.note += QStringLiteral(" (checked)");
        repoA.update(first);

        const QString file = path(QStringLiteral("exchange.%1").arg(suffix));
        QCOMPARE(annotation_exchange::exportMission(*a, file), 7);
        QCOMPARE(a->auditLog(1).front().action, QStringLiteral("export"));

        auto b = MissionStore::create(path(QStringLiteral("b_%1.vigie").arg(suffix)), QStringLiteral("B"));
        AnnotationRepository repoB(*b);
        const qint64 auditB = b->auditCount();
        const AnnotationImportResult r = annotation_exchange::importIntoMission(*b, file);
        QCOMPARE(r.added, 7);
        QCOMPARE(b->auditCount(), auditB + 1); // one import, one audit row
        QCOMPARE(b->auditLog(1).front().action, QStringLiteral("import"));

        const QList<Annotation> la = repoA.list(), lb = repoB.list();
        QCOMPARE(lb.size(), la.size());
        for (int i = 0; i < la.size(); ++i) {
            const Annotation &x = la[i], &y = lb[i];
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.kind, x.kind);
            QCOMPARE(y.geometry.toWkt(), x.geometry.toWkt());
            QCOMPARE(y.radiiMetres, x.radiiMetres);
            QCOMPARE(y.style.strokeColor, x.style.strokeColor);
            QCOMPARE(y.style.strokeOpacity, x.style.strokeOpacity);
            QCOMPARE(y.style.strokeWidth, x.style.strokeWidth);
            QCOMPARE(y.style.fillColor, x.style.fillColor);
            QCOMPARE(y.style.fillOpacity, x.style.fillOpacity);
            QCOMPARE(y.style.fontFamily, x.style.fontFamily);
            QCOMPARE(y.style.fontSize, x.style.fontSize);
            QCOMPARE(y.style.text, x.style.text);
            QCOMPARE(y.style.symbolName, x.style.symbolName);
            QCOMPARE(y.style.symbolSize, x.style.symbolSize);
            QCOMPARE(y.author, x.author);
            QCOMPARE(y.createdAtMs, x.createdAtMs);
            QCOMPARE(y.updatedAtMs, x.updatedAtMs);
            QCOMPARE(y.sensitivity, x.sensitivity);
            QCOMPARE(y.note, x.note);
            QCOMPARE(y.version, x.version);
            QVERIFY(y == x);
        }
        // Importing the same file again changes nothing.
        const AnnotationImportResult again = repoB.importAnnotations(annotation_exchange::readFile(file), QStringLiteral("again"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, 7);
    }

    void geoJsonUsesSimplestyle()
    {
        const QByteArray json = annotation_exchange::toGeoJson({sampleAnnotations().at(4)});
        const QJsonObject f = QJsonDocument::fromJson(json).object().value(QStringLiteral("features")).toArray().at(0).toObject();
        const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("fill")).toString(), QStringLiteral("#2ca02c"));
        QCOMPARE(p.value(QStringLiteral("fill-opacity")).toDouble(), 0.35);
        QVERIFY(p.contains(QStringLiteral("stroke")) && p.contains(QStringLiteral("stroke-width")) && p.contains(QStringLiteral("stroke-opacity")));
        QCOMPARE(p.value(QStringLiteral("vigie:kind")).toString(), QStringLiteral("polygon"));
        QCOMPARE(f.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    }

    void kmlHasStyles()
    {
        const QByteArray kml = annotation_exchange::toKml({sampleAnnotations().at(0), sampleAnnotations().at(4)});
        for (const char *tag : {"<LineStyle>", "<PolyStyle>", "<IconStyle>", "<LabelStyle>", "<ExtendedData>", "<color>592ca02c</color>"})
            QVERIFY2(kml.contains(tag), tag);
    }

    void foreignFiles()
    {
        // A plain simplestyle GeoJSON from another tool: kinds come from the geometry.
        const QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[\n"
            "          {\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.1,16.2]},\"properties\":{\"marker-symbol\":\"checkpoint\"}},\n"
            "          {\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,16],[0.1,16.1]]},\"properties\":{\"stroke\":\"#123456\",\"stroke-width\":7}},\n"
            "          {\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,16],[0.1,16],[0.1,16.1],[0,16]]]},\"properties\":{\"fill\":\"#abcdef\"}}]}";
        const QList<Annotation> l = annotation_exchange::fromGeoJson(json, QStringLiteral("other.geojson"));
        QCOMPARE(l.size(), 3);
        QCOMPARE(l[0].kind, Kind::Symbol);
        QCOMPARE(l[1].kind, Kind::Line);
        QCOMPARE(l[1].style.strokeWidth, 7.0);
        QCOMPARE(l[2].kind, Kind::Polygon);
        QCOMPARE(l[2].style.fillColor, QStringLiteral("#abcdef"));
        auto store = MissionStore::create(path(QStringLiteral("foreign.vigie")), QStringLiteral("F"));
        QCOMPARE(AnnotationRepository(*store).importAnnotations(l, QStringLiteral("other.geojson")).added, 3);

        // Broken input is refused with a reason naming the file and the feature, nothing written.
        try {
            annotation_exchange::fromGeoJson("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[500,16]}}]}",
                                             QStringLiteral("bad.geojson"));
            QFAIL("accepted a bad coordinate");
        } catch (const AnnotationError &e) {
            QVERIFY(e.message().contains(QStringLiteral("bad.geojson")));
            QVERIFY(e.message().contains(QStringLiteral("feature 1")));
        }
        QVERIFY_EXCEPTION_THROWN(annotation_exchange::fromGeoJson("{not json", QStringLiteral("x")), AnnotationError);
        QVERIFY_EXCEPTION_THROWN(annotation_exchange::fromKml("<kml><Document><Placemark>", QStringLiteral("x.kml")), AnnotationError);
        QVERIFY_EXCEPTION_THROWN(annotation_exchange::readFile(path(QStringLiteral("x.shp"))), AnnotationError);

        // A Google Earth style KML placemark.
        const QByteArray kml = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            "          <Placemark><name>Route</name><Style><LineStyle><color>ff0000ff</color><width>4</width></LineStyle></Style>\n"
            "          <LineString><coordinates>0,16,0 0.2,16.2,0</coordinates></LineString></Placemark></Document></kml>";
        const QList<Annotation> k = annotation_exchange::fromKml(kml, QStringLiteral("ge.kml"));
        QCOMPARE(k.size(), 1);
        QCOMPARE(k[0].kind, Kind::Line);
        QCOMPARE(k[0].style.strokeColor, QStringLiteral("#ff0000"));
        QCOMPARE(k[0].style.strokeWidth, 4.0);
        QCOMPARE(k[0].style.text, QStringLiteral("Route"));
    }

    void demoHasAnnotations()
    {
        auto s1 = buildDemoMission(path(QStringLiteral("demo1.vigie")));
        auto s2 = buildDemoMission(path(QStringLiteral("demo2.vigie")));
        const QList<Annotation> a = AnnotationRepository(*s1).list(), b = AnnotationRepository(*s2).list();
        QVERIFY(a.size() >= 5);
        QCOMPARE(a, b); // deterministic
        QSet<int> kinds;
        for (const Annotation &x : a)
            kinds.insert(int(x.kind));
        QVERIFY(kinds.contains(int(Kind::Symbol)) && kinds.contains(int(Kind::Arrow)) && kinds.contains(int(Kind::Polygon))
                && kinds.contains(int(Kind::RangeRings)));
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "test_annotations.moc"
