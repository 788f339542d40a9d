// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/heatmap_layer.h"

#include <qgscolorrampshader.h>
#include <qgsrasterblock.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>

#include <QCoreApplication>
#include <QLocale>

#include <cpl_vsi.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>

namespace vigie::ui {

namespace {
void unlinkMemoryFile(const QString &path)
{
    if (!path.isEmpty())
        VSIUnlink(path.toUtf8().constData());
}

struct Stop
{
    double at; // fraction of the maximum
    QColor color;
};
// Transparent pale yellow at 0 to deep red at the maximum.
const Stop kStops[] = {{0.0, QColor(255, 255, 178, 0)}, {0.25, QColor(254, 204, 92, 150)}, {0.5, QColor(253, 141, 60, 190)}, {1.0, QColor(189, 0, 38, 230)}};

// QGIS's pseudo-colour renderer with the same ramp, legend and style, but a 256-entry colour table
// for the pixels instead of a ramp lookup, a QColor and a virtual call per pixel: rendering the
// frame at the canvas's size is then a table lookup per pixel. It lives in the pipe only between
// two frames (the style a project saves is the base class's).
class HeatmapRenderer : public QgsSingleBandPseudoColorRenderer
{
  public:
    HeatmapRenderer(QgsRasterInterface *input, QgsRasterShader *shader, double max)
        : QgsSingleBandPseudoColorRenderer(input, 1, shader), m_max(max)
    {
    }
    HeatmapRenderer *clone() const override
    {
        auto *copy = new QgsRasterShader(0, m_max);
        const QgsRasterShader *own = shader();
        if (const auto *ramp = own ? dynamic_cast<const QgsColorRampShader *>(own->rasterShaderFunction()) : nullptr)
            copy->setRasterShaderFunction(new QgsColorRampShader(*ramp));
        auto *r = new HeatmapRenderer(nullptr, copy, m_max);
        r->copyCommonProperties(this);
        r->setClassificationMin(classificationMin());
        r->setClassificationMax(classificationMax());
        return r;
    }
    QgsRasterBlock *block(int, const QgsRectangle &extent, int width, int height, QgsRasterBlockFeedback *feedback = nullptr) override
    {
        auto out = std::make_unique<QgsRasterBlock>();
        if (!input())
            return out.release();
        std::unique_ptr<QgsRasterBlock> in(input()->block(band(), extent, width, height, feedback));
        if (!in || in->isEmpty() || !out->reset(Qgis::DataType::ARGB32_Premultiplied, width, height))
            return out.release();
        QRgb table[256];
        const double alpha = opacity();
        for (int i = 0; i < 256; ++i) {
            const double f = i / 255.0;
            std::size_t k = 1;
            while (k + 1 < std::size(kStops) && f > kStops[k].at)
                ++k;
            const Stop &a = kStops[k - 1], &b = kStops[k];
            const double t = (f - a.at) / (b.at - a.at);
            const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
            table[i] = qPremultiply(qRgba(mix(a.color.red(), b.color.red()), mix(a.color.green(), b.color.green()),
                                          mix(a.color.blue(), b.color.blue()),
                                          int(std::lround(mix(a.color.alpha(), b.color.alpha()) * alpha))));
        }
        const double scale = m_max > 0 ? 255.0 / m_max : 0.0;
        auto *dst = reinterpret_cast<QRgb *>(out->bits());
        const qgssize n = qgssize(width) * qgssize(height);
        const auto colour = [&](double v) { return v > 0 ? table[v >= m_max ? 255 : int(v * scale + 0.5)] : table[0]; };
        if (in->dataType() == Qgis::DataType::Float32 && !in->hasNoData()) {
            const auto *src = reinterpret_cast<const float *>(in->bits());
            for (qgssize i = 0; i < n; ++i)
                dst[i] = colour(double(src[i]));
        } else {
            for (qgssize i = 0; i < n; ++i) {
                bool noData = false;
                const double v = in->valueAndNoData(i, noData);
                dst[i] = noData ? qRgba(0, 0, 0, 0) : colour(v);
            }
        }
        return out.release();
    }

  private:
    double m_max;
};
} // namespace

HeatmapLayer::HeatmapLayer(const QString &name) : m_name(name) {}

HeatmapLayer::~HeatmapLayer()
{
    // A layer still in the project keeps reading m_current until it is deleted; leave that one to
    // the layer's lifetime only when the layer is gone.
    unlinkMemoryFile(m_previous);
    if (!m_layer)
        unlinkMemoryFile(m_current);
}

void HeatmapLayer::reset()
{
    m_layer = nullptr;
    unlinkMemoryFile(m_previous);
    unlinkMemoryFile(m_current);
    m_previous.clear();
    m_current.clear();
}

bool HeatmapLayer::show(const core::DensityGrid &grid, QString *error, bool *created)
{
    if (created)
        *created = false;
    if (grid.isEmpty()) {
        if (m_layer) {
            m_layer->setOpacity(0.0);
            m_layer->triggerRepaint();
        }
        return true;
    }
    // A new name per frame: GDAL and QGIS's provider keep nothing of the previous file.
    const QString path = QStringLiteral("/vsimem/vigie-heatmap-%1-%2.tif").arg(quintptr(this)).arg(++m_frame);
    if (!grid.writeGeoTiff(path, error, false)) {
        unlinkMemoryFile(path);
        return false;
    }
    if (!m_layer) {
        m_layer = new QgsRasterLayer(path, m_name, QStringLiteral("gdal"));
        if (!m_layer->isValid()) {
            if (error)
                *error = QCoreApplication::translate("vigie::ui::HeatmapLayer", "The heatmap cannot be shown: %1")
                             .arg(m_layer->error().message(QgsErrorMessage::Text));
            delete m_layer;
            unlinkMemoryFile(path);
            return false;
        }
        m_layer->setObjectName(QStringLiteral("threatDensityLayer"));
        if (created)
            *created = true;
    } else {
        // The style (the ramp) is carried over by setDataSource.
        m_layer->setDataSource(path, m_name, QStringLiteral("gdal"), QgsDataProvider::ProviderOptions());
    }
    unlinkMemoryFile(m_previous);
    m_previous = m_current;
    m_current = path;
    // setDataSource() rebuilt the renderer from its saved style: put the fast one back.
    applyRamp(std::max(double(grid.max), 1e-12));
    m_layer->setOpacity(1.0);
    m_layer->triggerRepaint();
    return true;
}

void HeatmapLayer::applyRamp(double max)
{
    auto *ramp = new QgsColorRampShader(0, max, nullptr, QgsColorRampShader::Interpolated);
    const auto label = [](double v) { return QLocale().toString(v, 'g', 3); };
    QList<QgsColorRampShader::ColorRampItem> items;
    for (const Stop &s : kStops)
        items.append({max * s.at, s.color,
                      s.at == 0 ? QCoreApplication::translate("vigie::ui::HeatmapLayer", "None") : label(max * s.at)});
    ramp->setColorRampItemList(items);
    auto *shader = new QgsRasterShader(0, max);
    shader->setRasterShaderFunction(ramp);
    const double opacity = m_layer->renderer() ? m_layer->renderer()->opacity() : 1.0;
    auto *renderer = new HeatmapRenderer(m_layer->dataProvider(), shader, max);
    renderer->setOpacity(opacity);
    renderer->setClassificationMin(0);
    renderer->setClassificationMax(max);
    m_layer->setRenderer(renderer);
}

} // namespace vigie::ui
