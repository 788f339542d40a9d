// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

class TestCsvReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QByteArray &content)
    {
        const QString p = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_n));
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return p;
    }

    struct Read
    {
        QList<QStringList> rows;
        QList<qint64> lines;
        bool error = false;
        QString errorString;
        qint64 errorLine = 0;
        char separator = 0;
    };
    Read readAll(const QString &path)
    {
        Read out;
        CsvReader r(path);
        if (!r.open()) {
            out.error = true;
            return out;
        }
        CsvRecord rec;
        for (;;) {
            const auto res = r.next(rec);
            if (res == CsvReader::Result::End)
                break;
            if (res == CsvReader::Result::Error) {
                out.error = true;
                out.errorString = r.errorString();
                out.errorLine = r.errorLine();
                break;
            }
            QStringList row;
            for (int i = 0; i < rec.size(); ++i)
                row << rec.text(i);
            out.rows << row;
            out.lines << rec.line;
        }
        out.separator = r.separator();
        return out;
    }

  private slots:
    void quotingAndNewlines()
    {
        const Read r = readAll(write("a,b,c\n"
                                     "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                                     "2,\"two\nlines\",z\n"
                                     "3,,\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[1], (QStringList{"1", "x, y", "say \"hi\""}));
        QCOMPARE(r.rows[2], (QStringList{"2", "two\nlines", "z"}));
        QCOMPARE(r.rows[3], (QStringList{"3", "", ""}));
        // Physical line numbers: the record after an embedded newline starts on line 5.
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 3, 5}));
    }

    void separators_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("separator");
        QTest::newRow("comma") << QByteArray("a,b;c\n1,2;3\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
        QTest::newRow("quoted separators ignored") << QByteArray("\"a,b,c\";d;e\n1;2;3\n") << ';';
    }
    void separators()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, separator);
        const Read r = readAll(write(content));
        QCOMPARE(r.separator, separator);
        QCOMPARE(r.rows.size(), 2);
    }

    void bomAndCrlf()
    {
        const Read r = readAll(write("\xEF\xBB\xBFlieu;pays\r\nGao;Mali\r\nMénaka;Mali\r\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[0][0], QStringLiteral("lieu"));
        QCOMPARE(r.rows[2][0], QStringLiteral("Ménaka"));
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 3}));
    }

    void utf8()
    {
        const Read r = readAll(write("place,name_ar\nTombouctou,تمبكتو\n"));
        QCOMPARE(r.rows[1][1], QStringLiteral("تمبكتو"));
    }

    void truncatedQuote()
    {
        const Read r = readAll(write("a,b\n1,\"never closed\n2,3\n"));
        QVERIFY(r.error);
        QCOMPARE(r.errorLine, 2);
        QVERIFY(r.errorString.contains(QStringLiteral("unterminated")));
        QCOMPARE(r.rows.size(), 1);
    }

    void noFinalNewline()
    {
        const Read r = readAll(write("a,b\n1,2"));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[1], (QStringList{"1", "2"}));
    }

    void emptyFile()
    {
        const Read r = readAll(write(QByteArray()));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 0);
    }

    void chunkBoundaries()
    {
        // Records that straddle the reader's 1 MiB buffer keep their fields and line numbers.
        QByteArray content = "id,text\n";
        const int n = 40000;
        for (int i = 0; i < n; ++i)
            content += QByteArray::number(i) + ",\"line one, \"\"q\"\"\r\nline two " + QByteArray::number(i) + "\"\r\n";
        const Read r = readAll(write(content));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), n + 1);
        for (int i = 0; i < n; i += 997) {
            QCOMPARE(r.rows[i + 1][0], QString::number(i));
            QCOMPARE(r.rows[i + 1][1], QStringLiteral("line one, \"q\"\r\nline two %1").arg(i));
            QCOMPARE(r.lines[i + 1], qint64(2 + 2 * i));
        }
    }

    void quote()
    {
        QCOMPARE(CsvReader::quote("plain"), QByteArray("plain"));
        QCOMPARE(CsvReader::quote("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(CsvReader::quote("say \"x\""), QByteArray("\"say \"\"x\"\"\""));
        QCOMPARE(CsvReader::quote("a;b", ';'), QByteArray("\"a;b\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
