// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_dialog.h"

#include "geo/coordinate_parser.h"
#include "map/incident_layer.h"
#include "incident_tools.h"
#include "incidents/incident_taxonomy.h"
#include "incidents_controller.h"
#include "time/dtg.h"
#include "workstation/workstation.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::plugins {

using core::Incident;

namespace {
QSpinBox *counter(const QString &name)
{
    auto *s = new QSpinBox;
    s->setObjectName(name);
    s->setRange(0, 100000);
    return s;
}
QLineEdit *line(const QString &name)
{
    auto *e = new QLineEdit;
    e->setObjectName(name);
    return e;
}
} // namespace

IncidentDialog::IncidentDialog(IncidentsController *controller, const std::optional<Incident> &existing, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_isNew(!existing)
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(m_isNew ? tr("New incident") : tr("Incident"));
    if (existing) {
        m_incident = *existing;
    } else {
        m_incident.timeMs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
        m_incident.sensitivity = core::Sensitivity::UnRestricted;
        m_incident.source = tr("JOC");
    }

    m_time = new QDateTimeEdit;
    m_time->setObjectName(QStringLiteral("incidentTime"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_time->setCalendarPopup(true);
    m_dtg = new QLabel;
    m_dtg->setObjectName(QStringLiteral("incidentDtg"));
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &IncidentDialog::updateDtg);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time, 1);
    timeRow->addWidget(m_dtg);

    m_position = line(QStringLiteral("incidentPosition"));
    m_position->setPlaceholderText(tr("MGRS or degrees, e.g. 30Q ZD 15880 01273 or 16.2717 -0.0447"));
    auto *pickButton = new QPushButton(tr("Pick on map"));
    pickButton->setObjectName(QStringLiteral("incidentPick"));
    pickButton->setToolTip(tr("Click the position on the map"));
    m_pick = new PickPositionTool(controller->workstation()->mapCanvas());
    m_pick->setParent(this);
    connect(pickButton, &QPushButton::clicked, m_pick, &PickPositionTool::start);
    connect(m_pick, &PickPositionTool::picked, this, [this](const core::GeoPoint &p) {
        setPosition(p);
        raise();
        activateWindow();
    });
    auto *posRow = new QHBoxLayout;
    posRow->addWidget(m_position, 1);
    posRow->addWidget(pickButton);

    m_place = line(QStringLiteral("incidentPlace"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("incidentCategory"));
    const QString locale = QLocale().name();
    for (const auto &c : core::IncidentTaxonomy::builtin().categories())
        m_category->addItem(QIcon(ui::incidentIconPath(c.icon)), c.label(locale), c.id);
    m_severity = new QSpinBox;
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    m_severity->setRange(1, 5);
    m_severity->setToolTip(tr("1 minor … 5 critical"));
    m_fatalities = counter(QStringLiteral("incidentFatalities"));
    m_injured = counter(QStringLiteral("incidentInjured"));
    m_abducted = counter(QStringLiteral("incidentAbducted"));
    auto *casualties = new QHBoxLayout;
    casualties->addWidget(new QLabel(tr("killed")));
    casualties->addWidget(m_fatalities);
    casualties->addWidget(new QLabel(tr("injured")));
    casualties->addWidget(m_injured);
    casualties->addWidget(new QLabel(tr("abducted")));
    casualties->addWidget(m_abducted);
    m_actor1 = line(QStringLiteral("incidentActor1"));
    m_actor2 = line(QStringLiteral("incidentActor2"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("incidentTarget"));
    m_target->addItem(tr("None"), int(Incident::Target::None));
    m_target->addItem(tr("Civilians"), int(Incident::Target::Civilians));
    m_target->addItem(tr("Peacekeepers"), int(Incident::Target::Peacekeepers));
    m_target->addItem(tr("Security forces"), int(Incident::Target::SecurityForces));
    m_target->addItem(tr("Humanitarian"), int(Incident::Target::Humanitarian));
    m_target->addItem(tr("Infrastructure"), int(Incident::Target::Infrastructure));
    m_source = line(QStringLiteral("incidentSource"));
    m_reliability = new QComboBox;
    m_reliability->setObjectName(QStringLiteral("incidentReliability"));
    m_reliability->addItem(tr("not graded"), QString());
    const char *reliabilities[] = {QT_TR_NOOP("A: completely reliable"), QT_TR_NOOP("B: usually reliable"), QT_TR_NOOP("C: fairly reliable"),
                                   QT_TR_NOOP("D: not usually reliable"), QT_TR_NOOP("E: unreliable"), QT_TR_NOOP("F: cannot be judged")};
    for (int i = 0; i < 6; ++i)
        m_reliability->addItem(tr(reliabilities[i]), QString(QChar('A' + i)));
    m_credibility = new QComboBox;
    m_credibility->setObjectName(QStringLiteral("incidentCredibility"));
    m_credibility->addItem(tr("not graded"), QString());
    const char *credibilities[] = {QT_TR_NOOP("1: confirmed"), QT_TR_NOOP("2: probably true"), QT_TR_NOOP("3: possibly true"),
                                   QT_TR_NOOP("4: doubtful"), QT_TR_NOOP("5: improbable"), QT_TR_NOOP("6: cannot be judged")};
    for (int i = 0; i < 6; ++i)
        m_credibility->addItem(tr(credibilities[i]), QString::number(i + 1));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_reliability);
    sourceRow->addWidget(m_credibility);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_status->addItem(tr("Reported"), int(Incident::Status::Reported));
    m_status->addItem(tr("Confirmed"), int(Incident::Status::Confirmed));
    m_status->addItem(tr("Closed"), int(Incident::Status::Closed));
    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("incidentSensitivity"));
    for (int s = 0; s <= int(core::Sensitivity::StrictlyConfidential); ++s)
        m_sensitivity->addItem(core::sensitivityLabel(core::Sensitivity(s)), s);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setMinimumHeight(80);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Date-time (UTC)"), timeRow);
    form->addRow(tr("Position"), posRow);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("Casualties"), casualties);
    form->addRow(tr("Actor 1"), m_actor1);
    form->addRow(tr("Actor 2"), m_actor2);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Source"), sourceRow);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Sensitivity"), m_sensitivity);
    form->addRow(tr("Description"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("incidentButtons"));
    if (!m_isNew) {
        QPushButton *del = buttons->addButton(tr("Delete…"), QDialogButtonBox::DestructiveRole);
        del->setObjectName(QStringLiteral("incidentDelete"));
        connect(del, &QPushButton::clicked, this, &IncidentDialog::removeIncident);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Fill from the incident.
    m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(m_incident.timeMs, Qt::UTC));
    updateDtg();
    if (!m_isNew)
        setPosition({m_incident.lat, m_incident.lon});
    m_place->setText(m_incident.placeName);
    m_category->setCurrentIndex(qMax(0, m_category->findData(m_incident.category)));
    m_severity->setValue(m_incident.severity);
    m_fatalities->setValue(m_incident.fatalities);
    m_injured->setValue(m_incident.injured);
    m_abducted->setValue(m_incident.abducted);
    m_actor1->setText(m_incident.actor1);
    m_actor2->setText(m_incident.actor2);
    m_target->setCurrentIndex(qMax(0, m_target->findData(int(m_incident.target))));
    m_source->setText(m_incident.source);
    m_reliability->setCurrentIndex(qMax(0, m_reliability->findData(m_incident.sourceReliability.isNull() ? QString() : QString(m_incident.sourceReliability))));
    m_credibility->setCurrentIndex(qMax(0, m_credibility->findData(m_incident.informationCredibility ? QString::number(m_incident.informationCredibility) : QString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(m_incident.status))));
    m_sensitivity->setCurrentIndex(qMax(0, m_sensitivity->findData(int(m_incident.sensitivity))));
    m_description->setPlainText(m_incident.description);
}

void IncidentDialog::updateDtg() { m_dtg->setText(core::toDtg(m_time->dateTime().toUTC())); }

void IncidentDialog::setPosition(const core::GeoPoint &p)
{
    m_position->setText(QStringLiteral("%1 %2").arg(p.lat, 0, 'f', 6).arg(p.lon, 0, 'f', 6));
}

std::optional<Incident> IncidentDialog::incident(QString *error) const
{
    Incident i = m_incident;
    const core::ParsedCoordinate pos = core::parseCoordinate(m_position->text());
    if (!pos.isValid()) {
        *error = m_position->text().trimmed().isEmpty() ? tr("Give the position: click \"Pick on map\" or type MGRS or degrees.")
                                                        : tr("The position cannot be read: %1").arg(pos.error);
        return std::nullopt;
    }
    i.lat = pos.point.lat;
    i.lon = pos.point.lon;
    i.timeMs = m_time->dateTime().toMSecsSinceEpoch();
    i.placeName = m_place->text().trimmed();
    i.category = m_category->currentData().toString();
    i.severity = m_severity->value();
    i.fatalities = m_fatalities->value();
    i.injured = m_injured->value();
    i.abducted = m_abducted->value();
    i.actor1 = m_actor1->text().trimmed();
    i.actor2 = m_actor2->text().trimmed();
    i.target = Incident::Target(m_target->currentData().toInt());
    i.source = m_source->text().trimmed();
    i.setAdmiraltyCode(m_reliability->currentData().toString() + m_credibility->currentData().toString());
    i.status = Incident::Status(m_status->currentData().toInt());
    i.sensitivity = core::Sensitivity(m_sensitivity->currentData().toInt());
    i.description = m_description->toPlainText().trimmed();
    return i;
}

void IncidentDialog::accept()
{
    QString error;
    std::optional<Incident> i = incident(&error);
    if (i) {
        const QString why = i->validate();
        if (!why.isEmpty())
            error = why;
        else
            error = m_isNew ? m_controller->add(*i) : m_controller->edit(*i);
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_incident = *i;
    QDialog::accept();
}

void IncidentDialog::removeIncident()
{
    if (QMessageBox::question(this, tr("Delete incident"), tr("Delete this incident? It stays in the mission's history and can be undone."))
        != QMessageBox::Yes)
        return;
    const QString error = m_controller->remove(m_incident.id);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::reject();
}

} // namespace vigie::plugins
