// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation_dialog.h"

#include "annotation_layer.h"

#include <qgscolorbutton.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace vigie::plugins {

using core::Annotation;

AnnotationDialog::AnnotationDialog(const Annotation &a, QWidget *parent) : QDialog(parent), m_annotation(a)
{
    setWindowTitle(tr("Annotation — %1").arg(Annotation::kindLabel(a.kind)));
    setObjectName(QStringLiteral("annotationDialog"));
    auto *form = new QFormLayout(this);

    m_text = new QLineEdit(a.style.text);
    form->addRow(tr("Text:"), m_text);

    m_symbol = new QComboBox;
    for (const QString &name : symbolNames())
        m_symbol->addItem(QIcon(symbolPath(name)), symbolLabel(name), name);
    m_symbol->setCurrentIndex(qMax(0, m_symbol->findData(a.style.symbolName)));
    m_symbolSize = new QDoubleSpinBox;
    m_symbolSize->setRange(8, 128);
    m_symbolSize->setSuffix(tr(" px"));
    m_symbolSize->setValue(a.style.symbolSize);
    if (a.kind == Annotation::Kind::Symbol) {
        form->addRow(tr("Symbol:"), m_symbol);
        form->addRow(tr("Symbol size:"), m_symbolSize);
    } else {
        m_symbol->hide();
        m_symbolSize->hide();
    }

    m_stroke = new QgsColorButton;
    m_stroke->setObjectName(QStringLiteral("strokeColor"));
    m_stroke->setAllowOpacity(true);
    QColor stroke(a.style.strokeColor);
    stroke.setAlphaF(a.style.strokeOpacity);
    m_stroke->setColor(stroke);
    form->addRow(tr("Line colour:"), m_stroke);
    m_width = new QDoubleSpinBox;
    m_width->setObjectName(QStringLiteral("strokeWidth"));
    m_width->setRange(0.5, 30);
    m_width->setSingleStep(0.5);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(a.style.strokeWidth);
    form->addRow(tr("Line width:"), m_width);
    m_fill = new QgsColorButton;
    m_fill->setAllowOpacity(true);
    QColor fill(a.style.fillColor);
    fill.setAlphaF(a.style.fillOpacity);
    m_fill->setColor(fill);
    form->addRow(tr("Fill:"), m_fill);
    m_font = new QFontComboBox;
    m_font->setCurrentFont(QFont(a.style.fontFamily));
    form->addRow(tr("Font:"), m_font);
    m_fontSize = new QDoubleSpinBox;
    m_fontSize->setRange(4, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(a.style.fontSize);
    form->addRow(tr("Font size:"), m_fontSize);

    m_sensitivity = new QComboBox;
    for (core::Sensitivity s : {core::Sensitivity::Unclassified, core::Sensitivity::UnRestricted, core::Sensitivity::UnConfidential,
                                core::Sensitivity::StrictlyConfidential})
        m_sensitivity->addItem(core::sensitivityLabel(s), static_cast<int>(s));
    m_sensitivity->setCurrentIndex(m_sensitivity->findData(static_cast<int>(a.sensitivity)));
    form->addRow(tr("Sensitivity:"), m_sensitivity);
    m_note = new QPlainTextEdit(a.note);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_annotation;
    a.style.text = m_text->text();
    if (a.kind == Annotation::Kind::Symbol) {
        a.style.symbolName = m_symbol->currentData().toString();
        a.style.symbolSize = m_symbolSize->value();
    }
    const QColor stroke = m_stroke->color();
    if (stroke.name() != a.style.strokeColor || qAbs(stroke.alphaF() - a.style.strokeOpacity) > 1.0 / 512) {
        a.style.strokeColor = stroke.name();
        a.style.strokeOpacity = stroke.alphaF();
    }
    a.style.strokeWidth = m_width->value();
    const QColor fill = m_fill->color();
    if (fill.name() != a.style.fillColor || qAbs(fill.alphaF() - a.style.fillOpacity) > 1.0 / 512) {
        a.style.fillColor = fill.name();
        a.style.fillOpacity = fill.alphaF();
    }
    if (m_font->currentFont().family() != QFont(a.style.fontFamily).family())
        a.style.fontFamily = m_font->currentFont().family();
    a.style.fontSize = m_fontSize->value();
    a.sensitivity = static_cast<core::Sensitivity>(m_sensitivity->currentData().toInt());
    a.note = m_note->toPlainText();
    return a;
}

} // namespace vigie::plugins
