// SPDX-License-Identifier: GPL-2.0-or-later
// The column dialog on its own: guesses shown, OK only with the required fields (and an extra
// requirement such as "a time or a date"), what mapping() returns, and the choices remembered
// per set of column names.
#include "import/column_mapping_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using vigie::ui::ColumnMappingDialog;

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

    static QList<ColumnMappingDialog::Field> fields()
    {
        return {{QStringLiteral("time"), QStringLiteral("Time"), false},
                {QStringLiteral("date"), QStringLiteral("Date"), false},
                {QStringLiteral("lat"), QStringLiteral("Latitude"), true},
                {QStringLiteral("lon"), QStringLiteral("Longitude"), true},
                {QStringLiteral("note"), QStringLiteral("Note"), false}};
    }
    static QPushButton *ok(const ColumnMappingDialog &d) { return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    static QString status(const ColumnMappingDialog &d) { return d.findChild<QLabel *>(QStringLiteral("columnMappingStatus"))->text(); }

  private slots:
    void initTestCase() { QSettings().remove(QStringLiteral("import/columns")); }

    void guessesRequiredAndMapping()
    {
        const QStringList header{QStringLiteral("Zeit"), QStringLiteral("Y"), QStringLiteral("X"), QStringLiteral("Bemerkung")};
        const QList<QStringList> rows{{QStringLiteral("2026-11-20"), QStringLiteral("16.3"), QStringLiteral("-0.1"), QStringLiteral("a")}};
        ColumnMappingDialog d(QStringLiteral("f.csv"), fields(), header, rows, {{QStringLiteral("lat"), QStringLiteral("Y")}});
        QCOMPARE(d.windowTitle(), QStringLiteral("Columns of f.csv"));
        QCOMPARE(d.combo(QStringLiteral("lat"))->currentText(), QStringLiteral("Y"));
        QCOMPARE(d.combo(QStringLiteral("lon"))->currentIndex(), 0); // (none)
        QCOMPARE(d.combo(QStringLiteral("lon"))->count(), header.size() + 1);
        QVERIFY(!ok(d)->isEnabled());
        QCOMPARE(d.missing(), QStringList{QStringLiteral("Longitude")});
        QVERIFY(status(d).contains(QStringLiteral("Longitude")));
        // The first rows under their column names.
        auto *table = d.findChild<QTableWidget *>(QStringLiteral("columnMappingPreview"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("a"));
        // A time or a date, besides the position.
        d.setExtraRequirement({[](const QMap<QString, QString> &m) { return m.contains(QStringLiteral("time")) || m.contains(QStringLiteral("date")); },
                               QStringLiteral("a time or a date")});
        d.combo(QStringLiteral("lon"))->setCurrentIndex(d.combo(QStringLiteral("lon"))->findText(QStringLiteral("X")));
        QVERIFY(!ok(d)->isEnabled());
        QCOMPARE(d.missing(), QStringList{QStringLiteral("a time or a date")});
        d.combo(QStringLiteral("date"))->setCurrentIndex(d.combo(QStringLiteral("date"))->findText(QStringLiteral("Zeit")));
        QVERIFY(ok(d)->isEnabled());
        QCOMPARE(status(d), QStringLiteral("Ready to import."));
        const QMap<QString, QString> m = d.mapping();
        QCOMPARE(m.size(), 3); // the fields left at (none) are not in it
        QCOMPARE(m.value(QStringLiteral("date")), QStringLiteral("Zeit"));
        QCOMPARE(m.value(QStringLiteral("lon")), QStringLiteral("X"));
    }

    void choicesRememberedPerColumnSet()
    {
        const QStringList header{QStringLiteral("Zeit"), QStringLiteral("Y"), QStringLiteral("X")};
        QVERIFY(ColumnMappingDialog::remembered(QStringLiteral("tracks"), header).isEmpty());
        ColumnMappingDialog::remember(QStringLiteral("tracks"), header,
                                      {{QStringLiteral("time"), QStringLiteral("Zeit")}, {QStringLiteral("lat"), QStringLiteral("Y")}});
        // Same names in another order and case: the choices, in this file's spelling.
        const QMap<QString, QString> again =
            ColumnMappingDialog::remembered(QStringLiteral("tracks"), {QStringLiteral("x"), QStringLiteral("ZEIT"), QStringLiteral("y")});
        QCOMPARE(again.value(QStringLiteral("time")), QStringLiteral("ZEIT"));
        QCOMPARE(again.value(QStringLiteral("lat")), QStringLiteral("y"));
        // Another set of columns, or another kind of data: nothing.
        QVERIFY(ColumnMappingDialog::remembered(QStringLiteral("tracks"), {QStringLiteral("Zeit"), QStringLiteral("Y")}).isEmpty());
        QVERIFY(ColumnMappingDialog::remembered(QStringLiteral("incidents"), header).isEmpty());
    }
};

QTEST_MAIN(TestColumnMappingDialog)
#include "test_column_mapping_dialog.moc"
