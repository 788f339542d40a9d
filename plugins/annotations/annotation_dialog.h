// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLineEdit;
class QPlainTextEdit;
class QgsColorButton;

namespace vigie::plugins {

// An annotation's properties: style (colours, width, fill, font, text, symbol) and the
// sensitivity and note. Geometry and bookkeeping are kept as they were.
class AnnotationDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit AnnotationDialog(const core::Annotation &annotation, QWidget *parent = nullptr);
    core::Annotation annotation() const;

    QgsColorButton *strokeColorButton() const { return m_stroke; }
    QDoubleSpinBox *strokeWidthBox() const { return m_width; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *sensitivityBox() const { return m_sensitivity; }
    QPlainTextEdit *noteEdit() const { return m_note; }

  private:
    core::Annotation m_annotation;
    QgsColorButton *m_stroke;
    QDoubleSpinBox *m_width;
    QgsColorButton *m_fill;
    QFontComboBox *m_font;
    QDoubleSpinBox *m_fontSize;
    QLineEdit *m_text;
    QComboBox *m_symbol;
    QDoubleSpinBox *m_symbolSize;
    QComboBox *m_sensitivity;
    QPlainTextEdit *m_note;
};

} // namespace vigie::plugins
