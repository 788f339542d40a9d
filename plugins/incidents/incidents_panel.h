// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_repository.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace vigie::plugins {

class IncidentsController;
class IncidentTableModel;

// The Incidents dock: filters, the count for the time window, and the table.
class IncidentsPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit IncidentsPanel(IncidentsController *controller, QWidget *parent = nullptr);

    // The panel's filters plus the workstation's time window (and the map extent when asked).
    core::IncidentFilter currentFilter() const;
    IncidentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }

  public slots:
    // Re-reads the store with the current filters (now, not debounced).
    void reload();

  private:
    void scheduleReload();
    void tableSelectionChanged();
    void sharedSelectionChanged(const QString &table, QObject *origin);
    void showSelectionInTable();

    IncidentsController *m_controller;
    IncidentTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_category;
    QSpinBox *m_minSeverity;
    QComboBox *m_status;
    QComboBox *m_sensitivity;
    QLineEdit *m_text;
    QCheckBox *m_inExtent;
    QLabel *m_count;
    QTimer m_reloadTimer;
    bool m_syncing = false;
};

} // namespace vigie::plugins
