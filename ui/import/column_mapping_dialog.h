// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/column_field.h"
#include "io/csv_reader.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace vigie::ui {

// "Which column is what": one drop-down of the file's columns per field Vigie reads, filled with
// its guesses, above the file's first rows. OK stays disabled while a required field has no
// column, and a line says which. Used for CSV files no reader recognises by themselves
// (incidents, tracks).
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
  public:
    using Field = core::ColumnField; // mapping() returns its column under its key
    // A further condition on the mapping (e.g. "a time or a date column"), named by `label`.
    struct Requirement
    {
        std::function<bool(const QMap<QString, QString> &mapping)> met;
        QString label;
    };

    ColumnMappingDialog(const QString &fileName, const QList<Field> &fields, const QStringList &header,
                        const QList<QStringList> &rows, const QMap<QString, QString> &guesses, QWidget *parent = nullptr);

    // What an import does for a CSV of unknown columns: the dialog for `preview`, filled with the
    // choices made last time for these columns (remembered()) or else `guesses`, with `intro`
    // and `extra`; the person's choice, remembered under `kind`, or nothing if cancelled.
    static std::optional<QMap<QString, QString>> ask(const QString &kind, const QString &fileName, const QList<Field> &fields,
                                                     const core::CsvPreview &preview, const QMap<QString, QString> &guesses,
                                                     const QString &intro, const Requirement &extra, QWidget *parent);

    // The line above the fields (what happens to the columns left unused differs per kind of data).
    void setIntro(const QString &text);
    // key → column name, for the fields given a column.
    QMap<QString, QString> mapping() const;

    // What a person chose last time for a file of the same columns (same names, any order, any
    // case) and the same kind of data ("incidents", "tracks"); empty if never. Kept in the
    // settings: a source that sends the same CSV every week is mapped once.
    static QMap<QString, QString> remembered(const QString &kind, const QStringList &header);
    static void remember(const QString &kind, const QStringList &header, const QMap<QString, QString> &mapping);
    // The drop-down of a field (tests choose in it as a person would).
    QComboBox *combo(const QString &key) const;
    // The required fields that have no column yet (translated labels), and `label` while the
    // extra requirement (e.g. "a time or a date") is not met.
    QStringList missing() const;
    void setExtraRequirement(const Requirement &extra);

  private:
    void update();

    QList<Field> m_fields;
    Requirement m_extra;
    QList<QComboBox *> m_combos;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigie::ui
