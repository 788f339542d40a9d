// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shared by the heatmap tests and the benchmark: random points, GeoPackage writing, qgis_process.

#include "heatmap/kde_engine.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <random>
#include <vector>

namespace vigie::test {

// Deterministic random points in a rectangle, weights in [1, 5].
inline std::vector<core::WeightedPoint> randomPoints(std::size_t n, double x0, double y0, double w, double h,
                                                     unsigned seed = 42)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> ux(x0, x0 + w), uy(y0, y0 + h), uw(1.0, 5.0);
    std::vector<core::WeightedPoint> pts(n);
    for (auto &p : pts) {
        p.x = ux(rng);
        p.y = uy(rng);
        p.weight = uw(rng);
    }
    return pts;
}

// Writes the points as a GeoPackage point layer "points" with a real field "weight".
// Returns an empty string on success, else GDAL's message.
inline QString writeGeoPackage(const QString &path, const std::vector<core::WeightedPoint> &pts, int epsg)
{
    GDALAllRegister();
    QFile::remove(path);
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    if (!drv)
        return QStringLiteral("no GPKG driver");
    struct Closer { void operator()(void *d) const { GDALClose(d); } };
    std::unique_ptr<void, Closer> ds(GDALCreate(drv, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), "points", srs, wkbPoint, nullptr);
    OSRRelease(srs);
    if (!layer)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    OGRFieldDefnH fd = OGR_Fld_Create("weight", OFTReal);
    OGR_L_CreateField(layer, fd, TRUE);
    OGR_Fld_Destroy(fd);
    if (GDALDatasetStartTransaction(ds.get(), FALSE) != OGRERR_NONE)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const auto &p : pts) {
        OGRFeatureH f = OGR_F_Create(defn);
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, p.x, p.y);
        OGR_F_SetGeometryDirectly(f, g);
        OGR_F_SetFieldDouble(f, 0, p.weight);
        const OGRErr err = OGR_L_CreateFeature(layer, f);
        OGR_F_Destroy(f);
        if (err != OGRERR_NONE)
            return QString::fromUtf8(CPLGetLastErrorMsg());
    }
    if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    return QString();
}

// qgis_process, or an empty string. Debian's /usr/bin/qgis_process wrapper passes the GUI's
// QGIS_OPTS from /etc/default/qgis ("--noversioncheck"), which qgis_process refuses, so the real
// binary beside it is preferred.
inline QString findQgisProcess()
{
    const QString wrapper = QStandardPaths::findExecutable(QStringLiteral("qgis_process"));
    const QString bin = QStandardPaths::findExecutable(QStringLiteral("qgis_process.bin"));
    return bin.isEmpty() ? wrapper : bin;
}

// Runs qgis:heatmapkerneldensityestimation; returns an empty string on success, else the reason.
inline QString runQgisHeatmap(const QString &qgisProcess, const QString &input, const core::KdeParameters &p,
                              bool weighted, const QString &output, int timeoutMs = 600000)
{
    QStringList args {QStringLiteral("run"), QStringLiteral("qgis:heatmapkerneldensityestimation"), QStringLiteral("--"),
                      QStringLiteral("INPUT=%1").arg(input),
                      QStringLiteral("RADIUS=%1").arg(p.radius, 0, 'g', 17),
                      QStringLiteral("PIXEL_SIZE=%1").arg(p.pixelSize, 0, 'g', 17),
                      QStringLiteral("KERNEL=%1").arg(int(p.kernel)),
                      QStringLiteral("DECAY=%1").arg(p.decayRatio, 0, 'g', 17),
                      QStringLiteral("OUTPUT_VALUE=%1").arg(int(p.scaling)),
                      QStringLiteral("OUTPUT=%1").arg(output)};
    if (weighted)
        args << QStringLiteral("WEIGHT_FIELD=weight");
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    proc.setProcessEnvironment(env);
    proc.start(qgisProcess, args);
    if (!proc.waitForStarted())
        return QStringLiteral("cannot start %1").arg(qgisProcess);
    if (!proc.waitForFinished(timeoutMs))
        return QStringLiteral("qgis_process timed out");
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0 || !QFileInfo::exists(output))
        return QStringLiteral("qgis_process failed (%1): %2 %3")
            .arg(proc.exitCode())
            .arg(QString::fromLocal8Bit(proc.readAllStandardError()).right(2000),
                 QString::fromLocal8Bit(proc.readAllStandardOutput()).right(2000));
    return QString();
}

} // namespace vigie::test
