// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "incidents/incident.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vigie::plugins {

class IncidentsController;
class PickPositionTool;

// The form to add or edit one incident. Saving goes through the controller (repository + undo);
// the repository's reasons for refusing are shown in the form, which then stays open.
class IncidentDialog : public QDialog
{
    Q_OBJECT
  public:
    IncidentDialog(IncidentsController *controller, const std::optional<core::Incident> &existing, QWidget *parent = nullptr);

    // What the widgets say, as an incident (the edited one's identity and version kept). Sets
    // *error and returns nullopt when the position cannot be read.
    std::optional<core::Incident> incident(QString *error) const;
    QString savedId() const { return m_incident.id; }
    void setPosition(const core::GeoPoint &p);

  public slots:
    void accept() override;

  private:
    void updateDtg();
    void removeIncident();

    IncidentsController *m_controller;
    core::Incident m_incident;
    bool m_isNew;
    PickPositionTool *m_pick = nullptr;
    QDateTimeEdit *m_time;
    QLabel *m_dtg;
    QLineEdit *m_position;
    QLineEdit *m_place;
    QComboBox *m_category;
    QSpinBox *m_severity;
    QSpinBox *m_fatalities;
    QSpinBox *m_injured;
    QSpinBox *m_abducted;
    QLineEdit *m_actor1;
    QLineEdit *m_actor2;
    QComboBox *m_target;
    QLineEdit *m_source;
    QComboBox *m_reliability;
    QComboBox *m_credibility;
    QComboBox *m_status;
    QComboBox *m_sensitivity;
    QPlainTextEdit *m_description;
    QLabel *m_error;
};

} // namespace vigie::plugins
