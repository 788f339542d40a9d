// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "briefing/briefing_job.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QgsLayoutItemMap;
class QgsPrintLayout;

namespace vigie::ui {

class Workstation;

// The Briefing dialog (issue #6): the fields of a briefing, a live preview of its first page
// rebuilt a moment after each change, and its outputs (PDF, PNG at a dpi, print, QGIS project).
// It briefs what the workstation shows: the layers visible on the map canvas, the mission's
// incidents in the area and period, the workstation's time window.
class BriefingDialog : public QDialog
{
    Q_OBJECT
  public:
    enum class AreaMode { MapExtent, MgrsBox, DegreeBox };

    explicit BriefingDialog(Workstation *workstation, QWidget *parent = nullptr);
    ~BriefingDialog() override;

    // The printer set-up before printing (default: a QPrintDialog); tests put their own. The
    // output path is asked through the workstation's file chooser.
    void setPrinterChooser(std::function<bool(QPrinter *printer)> chooser);

    // What the fields describe now; nullopt with *error when a field is wrong (area, period).
    std::optional<BriefingSpec> spec(QString *error = nullptr) const;
    // The highest marking of the data in the area and period: the lowest the combo allows.
    core::Sensitivity dataMarking() const { return m_dataMarking; }
    QImage previewImage() const { return m_preview; }
    bool previewPending() const;

  public slots:
    // Rebuilds the preview now (the fields' changes call it after a short pause). The pages' data
    // is read from the mission on a worker thread, the page is then built here and its maps render
    // in QGIS's background jobs; previewUpdated() follows when they are done. A newer request
    // drops an older one still reading or rendering.
    void updatePreview();
    // Takes the period from the workstation's time window and the area from the map.
    void followWorkstation();
    // Writes, prints or saves the briefing as the Output fields say; true when done (and audited).
    bool produce();

  signals:
    void previewUpdated();
    void produced(const QString &what);

  private:
    void build();
    void scheduleUpdate();
    QImage paintPreview() const;
    void finishPreview();
    void previewDataRead(quint64 generation, const BriefingSpec &spec, const BriefingData &data, const QString &error);
    void updateMarkingChoices();
    void updateOutputFields();
    QList<QgsMapLayer *> mapLayers() const;
    QList<QgsMapLayer *> overviewLayers() const;
    std::optional<core::GeoBox> area(QString *error) const;
    QString suggestedPath() const;

    Workstation *m_ws;
    QComboBox *m_template = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QComboBox *m_areaMode = nullptr;
    QLineEdit *m_areaText = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QCheckBox *m_timePack = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_marking = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_produce = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_debounce = nullptr;
    QImage m_preview;
    // The preview being rendered: its layout, the request that owns the pages' layers, and the
    // map items whose background render has not finished.
    std::unique_ptr<QgsPrintLayout> m_previewLayout;
    BriefingRequest m_previewRequest;
    QList<QgsLayoutItemMap *> m_previewMapsPending;
    int m_previewIncidents = 0;
    quint64 m_previewGeneration = 0; // the latest preview asked for
    bool m_reading = false;          // its pages' data is being read on the worker
    core::Sensitivity m_dataMarking = core::Sensitivity::Unclassified;
    std::function<bool(QPrinter *)> m_printerChooser;
};

} // namespace vigie::ui
