// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <qgsvectorlayer.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QUndoStack;

namespace vigie::core {
class AnnotationRepository;
class MissionStore;
} // namespace vigie::core
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// The annotations of the open mission as the plugin's widgets and map tools see them: every
// change goes through here as an undoable command written through the repository; the map layer
// and the panel follow the store's changed() signal.
class AnnotationsController : public QObject
{
    Q_OBJECT
  public:
    static constexpr const char *kTable = "annotations";

    explicit AnnotationsController(ui::Workstation *workstation, QObject *parent = nullptr);
    ~AnnotationsController() override;

    void setMission(core::MissionStore *mission);
    core::MissionStore *mission() const { return m_mission; }
    core::AnnotationRepository *repository() const { return m_repo.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    // The map layers (areas, lines, points); empty without a mission.
    QList<QgsVectorLayer *> layers() const;
    ui::Workstation *workstation() const { return m_workstation; }

    // The style new drawings get (the panel's choices).
    core::AnnotationStyle defaultStyle() const { return m_defaultStyle; }
    void setDefaultStyle(const core::AnnotationStyle &style) { m_defaultStyle = style; }
    QString currentSymbol() const { return m_currentSymbol; }
    void setCurrentSymbol(const QString &name) { m_currentSymbol = name; }

    // Each returns false (with a message to the user) when the change could not be written.
    // A new annotation gets the default style, author = the current user, UN RESTRICTED.
    QString add(core::Annotation annotation, const QString &undoText = QString());
    bool setGeometry(const QString &id, const core::SimpleGeometry &geometry, const QString &undoText);
    bool move(const QString &id, double dLat, double dLon);
    bool restyle(const QString &id, const core::AnnotationStyle &style);
    // Replaces the whole content (style, sensitivity, note, geometry): the properties dialog.
    bool edit(const core::Annotation &content, const QString &undoText);
    bool remove(const QString &id);
    // Opens the dialog for one annotation; true if something changed.
    bool editProperties(const QString &id, QWidget *parent);
    // Asks, then removes.
    bool removeWithConfirmation(const QString &id, QWidget *parent);

    int importFile(const QString &path); // count added or updated; -1 on error
    bool exportFile(const QString &path);

    QList<core::Annotation> annotations() const;
    std::optional<core::Annotation> annotation(const QString &id) const;

    // The layer's feature id of an annotation, and back.
    QHash<QString, qint64> featureIds() const;

    void reportError(const QString &message);
    int knownVersion(const QString &id) const { return m_knownVersions.value(id, -1); }
    void setKnownVersion(const QString &id, int version) { m_knownVersions.insert(id, version); }

  signals:
    void annotationsChanged();

  private:
    void createLayer();
    void dropLayer();
    void storeChanged(const QString &table);
    void selectionChanged(const QString &table, QObject *origin);
    void layerSelectionChanged();

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    std::unique_ptr<core::AnnotationRepository> m_repo;
    QUndoStack *m_undo;
    QList<QPointer<QgsVectorLayer>> m_layers;
    // The version this undo stack last wrote for each annotation: a command writes only over that
    // version, so a change made meanwhile elsewhere is a conflict, not overwritten.
    QHash<QString, int> m_knownVersions;
    core::AnnotationStyle m_defaultStyle;
    QString m_currentSymbol = QStringLiteral("checkpoint");
    bool m_syncingSelection = false;
};

} // namespace vigie::plugins
