// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"
#include "io/iso_date_time.h"
#include "io/line_reader.h"
#include "io/plain_xml_scanner.h"
#include "io/safe_xml_reader.h"
#include "io/xml_text.h"

#include <QBuffer>
#include <QRegularExpression>
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

// Documents for the scanner comparisons (plain strings: moc of Qt 5 misreads raw string literals).
const QByteArray kAttributes = "<?xml version=\"1.0\"?>\n<a x=\"1\" y='two \"words\"' z=\"a&amp;b&lt;&gt;&quot;&apos;\" t=\"tab\there\" "
                               "n=\"line\nbreak\" c=\"cr\r\nlf\" r=\"&#10;&#9;&#13;&#x41;&#65;\" e=\"\" g=\">]]>\">\n<b/>\n</a>\n";
const QByteArray kText = "<a>one &amp; two\r\nthree &#x1F699; ]> ] &gt;\n<b>x</b>tail<!-- c\r\n -->end<?p d\n?>\n  \n</a>";
const QByteArray kNamespaces = "<r xmlns=\"urn:d\" xmlns:p=\"urn:p\"><p:e p:a=\"1\" b=\"2\"><q:f xmlns:q=\"urn:q\" q:x=\"3\"/></p:e>"
                               "<p:g xmlns:p=\"urn:other\" p:a=\"4\"/></r>";

QString shown(QString s)
{
    return s.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

// Qt's wording and Vigie's for an end tag that does not match: all else must be the same.
QString comparableError(QString e)
{
    static const QRegularExpression vigie(QStringLiteral("the end tag </[^>]*> does not match the start tag <[^>]*>$"));
    return e.replace(vigie, QStringLiteral("<tag mismatch>")).replace(QLatin1String("Opening and ending tag mismatch."), QLatin1String("<tag mismatch>"));
}

// Every token SafeXmlReader reads from the document, with its names, attributes, text and line.
QStringList safeTokens(const QByteArray &doc)
{
    QByteArray copy = doc;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    SafeXmlReader r(&buf);
    QStringList out;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        const QXmlStreamReader &x = r.xml();
        switch (t) {
        case QXmlStreamReader::StartElement: {
            QString a;
            for (const QXmlStreamAttribute &at : x.attributes())
                a += QStringLiteral(" %1=[%2]").arg(at.qualifiedName().toString(), shown(at.value().toString()));
            out << QStringLiteral("start %1 (%2)%3 line %4").arg(x.qualifiedName().toString(), x.name().toString(), a).arg(r.lineNumber());
            break;
        }
        case QXmlStreamReader::EndElement:
            out << QStringLiteral("end %1 (%2) line %3").arg(x.qualifiedName().toString(), x.name().toString()).arg(r.lineNumber());
            break;
        case QXmlStreamReader::Characters:
            if (r.depth() > 0) // Qt reports blanks between the declaration and the root, or not
                out << QStringLiteral("text [%1] line %2").arg(shown(x.text().toString())).arg(r.lineNumber());
            break;
        case QXmlStreamReader::Comment: out << QStringLiteral("comment"); break;
        case QXmlStreamReader::ProcessingInstruction: out << QStringLiteral("pi"); break;
        case QXmlStreamReader::EndDocument: out << QStringLiteral("end of document"); break;
        case QXmlStreamReader::Invalid: break;
        default: break;
        }
    }
    if (r.hasError())
        out << QStringLiteral("error: ") + comparableError(r.errorString());
    return out;
}

// The same from PlainXmlScanner; empty if it declines the document.
QStringList plainTokens(const QByteArray &doc, bool *declined)
{
    PlainXmlScanner s(std::string_view(doc.constData(), size_t(doc.size())));
    QStringList out;
    std::string scratch;
    const auto str = [](std::string_view v) { return xml_text::toQString(v); };
    while (!s.atEnd()) {
        const auto t = s.readNext();
        switch (t) {
        case QXmlStreamReader::StartElement: {
            QString a;
            for (size_t i = 0; i < s.attributeCount(); ++i) {
                std::string_view name, value;
                if (s.attributeAt(i, &name, &value, &scratch))
                    a += QStringLiteral(" %1=[%2]").arg(str(name), shown(str(value)));
            }
            out << QStringLiteral("start %1 (%2)%3 line %4").arg(str(s.qualifiedName()), str(s.name()), a).arg(s.lineNumber());
            break;
        }
        case QXmlStreamReader::EndElement:
            out << QStringLiteral("end %1 (%2) line %3").arg(str(s.qualifiedName()), str(s.name())).arg(s.lineNumber());
            break;
        case QXmlStreamReader::Characters:
            if (s.depth() > 0)
                out << QStringLiteral("text [%1] line %2").arg(shown(str(s.text(&scratch)))).arg(s.lineNumber());
            break;
        case QXmlStreamReader::Comment: out << QStringLiteral("comment"); break;
        case QXmlStreamReader::ProcessingInstruction: out << QStringLiteral("pi"); break;
        case QXmlStreamReader::EndDocument: out << QStringLiteral("end of document"); break;
        default: break;
        }
    }
    *declined = s.declined();
    if (s.declined())
        return {};
    if (s.hasError())
        out << QStringLiteral("error: ") + comparableError(s.errorString());
    return out;
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

    // PlainXmlScanner reads what it takes exactly as SafeXmlReader does: every token, name,
    // attribute value, text piece and line, and the same errors; the rest it declines.
    void plainScannerReadsAlike_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<bool>("plain");
        QTest::newRow("attributes") << kAttributes << true;
        QTest::newRow("text") << kText << true;
        QTest::newRow("namespaces") << kNamespaces << true;
        QTest::newRow("utf-8") << QByteArray("<a n=\"M\xC3\xA9naka \xF0\x9F\x9A\x99\">\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87</a>") << true;
        QTest::newRow("blanks in tags") << QByteArray("<a\n  x = '1'\t\ty\r\n=\r\n\"2\"  ></a\n>") << true;
        QTest::newRow("mismatch") << QByteArray("<a>\n<b>\n</c>") << true;
        QTest::newRow("cut") << QByteArray("<a x=\"1\">\n<b>te") << true;
        QTest::newRow("too deep") << QByteArray("<a>").repeated(300) << true;
        QTest::newRow("long name") << "<a><" + QByteArray(5000, 'b') + "/></a>" << false;
        QTest::newRow("long name, cut") << "<a><" + QByteArray(5000, 'b') << false;
        QTest::newRow("long attribute name") << "<a><b " + QByteArray(5000, 'c') + "=\"1\"/></a>" << false;
        QTest::newRow("long prefix") << "<a><" + QByteArray(5000, 'p') + ":b/></a>" << false;
        QTest::newRow("name of 1024") << "<a><" + QByteArray(1024, 'b') + "/></a>" << true;
        QTest::newRow("DTD") << QByteArray("<!DOCTYPE a><a/>") << false;
        QTest::newRow("xml prefix") << QByteArray("<a xml:lang=\"fr\"/>") << false;
        QTest::newRow("prefix declared twice") << QByteArray("<a xmlns:p=\"u\" xmlns:p=\"v\"/>") << false;
        QTest::newRow("empty namespace") << QByteArray("<a xmlns:p=\"\"/>") << false;
        QTest::newRow("xmlns prefix") << QByteArray("<xmlns:a xmlns:xmlns=\"u\"/>") << false;
        QTest::newRow("same local name") << QByteArray("<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>") << false;
        // Valid (other namespaces) but declined all the same: it never happens in GPX.
        QTest::newRow("same local name, two namespaces") << QByteArray("<a xmlns:p=\"u\" p:x=\"1\" x=\"2\"/>") << false;
    }
    void plainScannerReadsAlike()
    {
        QFETCH(QByteArray, doc);
        QFETCH(bool, plain);
        bool declined = false;
        const QStringList fast = plainTokens(doc, &declined);
        QCOMPARE(!declined, plain);
        if (!declined)
            QCOMPARE(fast, safeTokens(doc));
    }

    void plainScannerReadsAlikeCutOrDamaged()
    {
        // Every cut, and every byte replaced by one that breaks XML: whatever the scanner takes
        // then, it reads alike.
        const QByteArray doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<root>" + kAttributes.mid(kAttributes.indexOf("<a ")) + kText +
                               kNamespaces + "</root>\n";
        const auto check = [](const QByteArray &d, const QString &what) {
            bool declined = false;
            const QStringList fast = plainTokens(d, &declined);
            if (!declined && fast != safeTokens(d)) {
                const QStringList safe = safeTokens(d);
                for (int i = 0; i < std::max(fast.size(), safe.size()); ++i)
                    if (i >= fast.size() || i >= safe.size() || fast[i] != safe[i])
                        return QStringLiteral("%1, token %2:\n  SafeXmlReader:   %3\n  PlainXmlScanner: %4")
                            .arg(what)
                            .arg(i)
                            .arg(i < safe.size() ? safe[i] : QString(), i < fast.size() ? fast[i] : QString());
            }
            return QString(declined ? QStringLiteral("declined") : QString());
        };
        int taken = 0, all = 0;
        for (int n = 0; n <= doc.size(); ++n) {
            const QString r = check(doc.left(n), QStringLiteral("cut after %1 bytes").arg(n));
            if (!r.isEmpty() && r != QLatin1String("declined"))
                QFAIL(qPrintable(r));
            taken += r.isEmpty();
            ++all;
        }
        const char subs[] = {'<', '>', '&', '"', '\'', '/', ' ', '=', ':', '#', ';', 'x', '\r', '\n', '-', '?', '!', ']', '\xC3', '\0'};
        for (int i = 0; i < doc.size(); ++i) {
            for (const char c : subs) {
                if (doc[i] == c)
                    continue;
                QByteArray d = doc;
                d[i] = c;
                const QString r = check(d, QStringLiteral("byte %1 as 0x%2").arg(i).arg(uchar(c), 2, 16, QLatin1Char('0')));
                if (!r.isEmpty() && r != QLatin1String("declined"))
                    QFAIL(qPrintable(r));
                taken += r.isEmpty();
                ++all;
            }
        }
        qInfo("%d of %d documents read by the scanner, the rest declined", taken, all);
        QVERIFY(taken > all / 5); // most damage makes XML that only SafeXmlReader reports
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
