// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/column_mapping_dialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::ui {

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const QList<Field> &fields, const QStringList &header,
                                         const QList<QStringList> &rows, const QMap<QString, QString> &guesses, QWidget *parent)
    : QDialog(parent), m_fields(fields)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Vigie does not know this file's columns. Choose which column holds what."), this);
    m_intro->setObjectName(QStringLiteral("columnMappingIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    for (const Field &f : fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + f.key);
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        const int guessed = combo->findData(guesses.value(f.key));
        combo->setCurrentIndex(guessed > 0 ? guessed : 0);
        connect(combo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ColumnMappingDialog::update);
        form->addRow(f.required ? tr("%1 (required)").arg(f.label) : f.label, combo);
        m_combos << combo;
    }
    auto *formHost = new QWidget(this);
    formHost->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the rows fit the width; only more rows scroll
    scroll->setMinimumHeight(260);
    layout->addWidget(scroll, 2);

    layout->addWidget(new QLabel(tr("First rows of the file:"), this));
    auto *table = new QTableWidget(int(rows.size()), int(header.size()), this);
    table->setObjectName(QStringLiteral("columnMappingPreview"));
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < header.size() && c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(140);
    layout->addWidget(table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("columnMappingStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 640);
    update();
}

namespace {
// The settings key of a header: its column names, trimmed and lower case, sorted, hashed.
QString settingsKey(const QString &kind, const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << h.trimmed().toLower();
    names.sort();
    const QByteArray digest = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import/columns/%1/%2").arg(kind, QString::fromLatin1(digest));
}
} // namespace

QMap<QString, QString> ColumnMappingDialog::remembered(const QString &kind, const QStringList &header)
{
    QMap<QString, QString> out;
    const QVariantMap saved = QSettings().value(settingsKey(kind, header)).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        for (const QString &column : header) // the same names, maybe in another case: this file's spelling
            if (column.trimmed().compare(it.value().toString().trimmed(), Qt::CaseInsensitive) == 0) {
                out.insert(it.key(), column);
                break;
            }
    return out;
}

void ColumnMappingDialog::remember(const QString &kind, const QStringList &header, const QMap<QString, QString> &mapping)
{
    QVariantMap saved;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(settingsKey(kind, header), saved);
}

void ColumnMappingDialog::setIntro(const QString &text) { m_intro->setText(text); }

QMap<QString, QString> ColumnMappingDialog::mapping() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString column = m_combos[i]->currentData().toString();
        if (!column.isEmpty())
            out.insert(m_fields[i].key, column);
    }
    return out;
}

QComboBox *ColumnMappingDialog::combo(const QString &key) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].key == key)
            return m_combos[i];
    return nullptr;
}

QStringList ColumnMappingDialog::missing() const
{
    QStringList out;
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].required && m_combos[i]->currentData().toString().isEmpty())
            out << m_fields[i].label;
    if (m_extra.met && !m_extra.met(mapping()))
        out << m_extra.label;
    return out;
}

void ColumnMappingDialog::setExtraRequirement(const Requirement &extra)
{
    m_extra = extra;
    update();
}

std::optional<QMap<QString, QString>> ColumnMappingDialog::ask(const QString &kind, const QString &fileName, const QList<Field> &fields,
                                                               const core::CsvPreview &preview, const QMap<QString, QString> &guesses,
                                                               const QString &intro, const Requirement &extra, QWidget *parent)
{
    const QMap<QString, QString> before = remembered(kind, preview.header);
    ColumnMappingDialog dialog(fileName, fields, preview.header, preview.rows, before.isEmpty() ? guesses : before, parent);
    dialog.setIntro(intro);
    dialog.setExtraRequirement(extra);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QMap<QString, QString> chosen = dialog.mapping();
    remember(kind, preview.header, chosen);
    return chosen;
}

void ColumnMappingDialog::update()
{
    const QStringList absent = missing();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(absent.isEmpty());
    m_status->setText(absent.isEmpty() ? tr("Ready to import.") : tr("Still needed: %1.").arg(absent.join(QStringLiteral(", "))));
}

} // namespace vigie::ui
