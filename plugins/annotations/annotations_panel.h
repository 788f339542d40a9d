// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QgsColorButton;

namespace vigie::plugins {

class AnnotationsController;

// The Annotations dock: the mission's annotations (kind, text or symbol, author, last change,
// sensitivity), in sync with the workstation's selection; the symbol and colour new drawings
// get; the last measurement.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit AnnotationsPanel(AnnotationsController *controller, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void showMeasurement(const QString &text);
    void refresh();

  private:
    void selectionChanged(const QString &table, QObject *origin);
    void tableSelectionChanged();
    QString currentId() const;
    void zoomToSelected();

    AnnotationsController *m_controller;
    QComboBox *m_symbol;
    QgsColorButton *m_colour;
    QTableWidget *m_table;
    QLabel *m_measure;
    bool m_updating = false;
};

} // namespace vigie::plugins
