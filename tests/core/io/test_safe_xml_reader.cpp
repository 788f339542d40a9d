// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"
#include "io/iso_date_time.h"
#include "io/line_reader.h"
#include "io/safe_xml_reader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

namespace {
// Reads a whole document; returns the error string (empty if fine).
QString parseAll(const QByteArray &doc, bool streamed)
{
    QByteArray copy = doc;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    SafeXmlReader r = streamed ? SafeXmlReader(&buf) : SafeXmlReader(doc);
    while (!r.atEnd() && r.readNext() != QXmlStreamReader::Invalid) {
    }
    return r.hasError() ? r.errorString() : QString();
}
} // namespace

class TestSafeXmlReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

  private slots:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("simple") << QByteArray("<?xml version=\"1.0\"?><a><b x=\"1\">t</b></a>");
        QTest::newRow("comments") << QByteArray("<a><!-- c --><b/><!-- d --></a>\n");
        QTest::newRow("predefined entities") << QByteArray("<a>&lt;&amp;&#65;</a>");
    }
    void accepts()
    {
        QFETCH(QByteArray, doc);
        QCOMPARE(parseAll(doc, true), QString());
        QCOMPARE(parseAll(doc, false), QString());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("reason");
        QTest::newRow("xxe") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
                             << QStringLiteral("DTD");
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">").arg(i).arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10)).toUtf8();
        laughs += "]><lolz>&lol9;</lolz>";
        QTest::newRow("billion laughs") << laughs << QStringLiteral("DTD");
        QTest::newRow("deep") << (QByteArray("<a>").repeated(300) + QByteArray("</a>").repeated(300)) << QStringLiteral("deeper");
        QTest::newRow("truncated") << QByteArray("<a><b>text") << QStringLiteral("line");
        QTest::newRow("mismatched") << QByteArray("<a><b></a>") << QStringLiteral("line 1");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("line");
    }
    void refuses()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, reason);
        const QString streamed = parseAll(doc, true);
        QVERIFY2(streamed.contains(reason), qPrintable(streamed));
        QVERIFY(!parseAll(doc, false).isEmpty());
    }

    void capsTokenSize()
    {
        const QByteArray doc = "<a>" + QByteArray(20 * 1024 * 1024, 'x') + "</a>";
        QVERIFY(parseAll(doc, true).contains(QStringLiteral("larger than")));
    }

    void isoDateTime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("Z") << QByteArray("2026-11-24T10:15:30Z") << qint64(1795515330000);
        QTest::newRow("fraction") << QByteArray("2026-11-24T10:15:30.25Z") << qint64(1795515330250);
        QTest::newRow("long fraction") << QByteArray("2026-11-24T10:15:30.123456789Z") << qint64(1795515330123);
        QTest::newRow("offset") << QByteArray("2026-11-24T11:15:30+01:00") << qint64(1795515330000);
        QTest::newRow("negative offset") << QByteArray("2026-11-24T05:15:30-0500") << qint64(1795515330000);
        QTest::newRow("no zone") << QByteArray("2026-11-24 10:15:30") << qint64(1795515330000);
        QTest::newRow("date only") << QByteArray("2026-11-24") << qint64(1795478400000);
        QTest::newRow("bad") << QByteArray("2026-13-24T10:15:30Z") << IsoDateTime::kNoTime;
        QTest::newRow("garbage") << QByteArray("yesterday") << IsoDateTime::kNoTime;
    }
    void isoDateTime()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        QCOMPARE(IsoDateTime::parse(std::string_view(text.constData(), size_t(text.size()))), ms);
        if (ms != IsoDateTime::kNoTime)
            QCOMPARE(IsoDateTime::parse(std::string_view(IsoDateTime::format(ms).constData())), ms);
    }

    void lineReaderEndingsAndUtf16()
    {
        const QString p = m_dir.filePath(QStringLiteral("lines.txt"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString text = QStringLiteral("one\r\ntwo\nthree\rfour");
        f.write("\xFF\xFE", 2);
        for (QChar c : text) {
            const char16_t u = c.unicode();
            f.write(reinterpret_cast<const char *>(&u), 2);
        }
        f.close();
        for (qint64 chunk : {qint64(3), qint64(4096)}) {
            LineReader r(p, chunk);
            QVERIFY(r.open());
            std::string_view line;
            QStringList got;
            while (r.next(line))
                got << QString::fromUtf8(line.data(), int(line.size()));
            QCOMPARE(got, QStringList({"one", "two", "three", "four"}));
        }
    }

    void csvQuotes()
    {
        const QString p = m_dir.filePath(QStringLiteral("q.csv"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a;b;c\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\n");
        f.close();
        CsvReader r(p);
        QVERIFY(r.open());
        CsvRecord row;
        QCOMPARE(r.next(row), CsvReader::Result::Record);
        QCOMPARE(r.separator(), ';');
        QCOMPARE(r.next(row), CsvReader::Result::Record);
        QCOMPARE(row.text(0), QStringLiteral("x;1"));
        QCOMPARE(row.text(1), QStringLiteral("say \"hi\""));
        QCOMPARE(row.text(2), QStringLiteral("two\nlines"));
        QCOMPARE(row.line, 2);
        QCOMPARE(r.next(row), CsvReader::Result::End);
    }
};

QTEST_GUILESS_MAIN(TestSafeXmlReader)
#include "test_safe_xml_reader.moc"
