// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/heatmap_layer.h"

#include "map/layer_kind.h"

#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmaplayerrenderer.h>
#include <qgsmaptopixel.h>
#include <qgsrasterblock.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgsrendercontext.h>
#include <qgsfeature.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgslayertreemodellegendnode.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>

#include <cpl_vsi.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <vector>

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

using ColourTable = std::array<QRgb, 256>;

// The ramp as 256 premultiplied colours, from 0 to the maximum, at an opacity.
ColourTable colourTable(double opacity)
{
    ColourTable table;
    for (int i = 0; i < 256; ++i) {
        const double f = i / 255.0;
        std::size_t k = 1;
        while (k + 1 < std::size(kStops) && f > kStops[k].at)
            ++k;
        const Stop &a = kStops[k - 1], &b = kStops[k];
        const double t = (f - a.at) / (b.at - a.at);
        const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
        table[std::size_t(i)] = qPremultiply(qRgba(mix(a.color.red(), b.color.red()), mix(a.color.green(), b.color.green()),
                                                   mix(a.color.blue(), b.color.blue()),
                                                   int(std::lround(mix(a.color.alpha(), b.color.alpha()) * opacity))));
    }
    return table;
}

// A density value's entry in the table (0, transparent, for zero and below).
inline QRgb colourOf(const ColourTable &table, double v, double max, double scale)
{
    return v > 0 ? table[v >= max ? 255 : std::size_t(v * scale + 0.5)] : table[0];
}

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
        const ColourTable table = colourTable(opacity());
        const double scale = m_max > 0 ? 255.0 / m_max : 0.0;
        auto *dst = reinterpret_cast<QRgb *>(out->bits());
        const qgssize n = qgssize(width) * qgssize(height);
        const auto colour = [&](double v) { return colourOf(table, v, m_max, scale); };
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

    QList<QgsLayerTreeModelLegendNode *> createLegendNodes(QgsLayerTreeLayer *nodeLayer) override
    {
        QList<QgsLayerTreeModelLegendNode *> nodes = QgsSingleBandPseudoColorRenderer::createLegendNodes(nodeLayer);
        // The base class heads the ramp with the band's name ("Band 1 (Gray)"), which tells a
        // reader of the map nothing: the layer's title says what it is.
        if (!nodes.isEmpty() && qobject_cast<QgsSimpleLegendNode *>(nodes.first()))
            delete nodes.takeFirst();
        return nodes;
    }

  private:
    double m_max;
};
// Draws a grid from memory: for each device pixel, the grid cell under its centre, found through
// a mesh of exact reverse transforms every kMesh pixels and bilinear in between.
class FrameRenderer : public QgsMapLayerRenderer
{
  public:
    static constexpr int kMesh = 16;

    FrameRenderer(const QString &layerId, QgsRenderContext *context, std::shared_ptr<const core::DensityGrid> grid, double opacity)
        : QgsMapLayerRenderer(layerId, context), m_grid(std::move(grid)), m_table(colourTable(opacity)), m_opacity(opacity)
    {
    }

    bool render() override
    {
        QgsRenderContext *ctx = renderContext();
        QPainter *painter = ctx->painter();
        if (!painter || !m_grid || m_grid->isEmpty() || !(m_opacity > 0) || !(m_grid->max > 0))
            return true;
        const core::DensityGrid &g = *m_grid;
        const QgsMapToPixel &m2p = ctx->mapToPixel();
        const double dpr = painter->device() ? std::max(1.0, painter->device()->devicePixelRatioF()) : 1.0;
        const int w = int(std::ceil(m2p.mapWidth() * dpr));
        const int h = int(std::ceil(m2p.mapHeight() * dpr));
        if (w <= 0 || h <= 0)
            return true;
        // The mesh: node k at device pixel min(k * kMesh, size - 1), plus the last pixel.
        const auto nodes = [](int size) {
            std::vector<int> at;
            for (int i = 0; i < size - 1; i += kMesh)
                at.push_back(i);
            at.push_back(size - 1);
            if (at.size() == 1)
                at.push_back(size - 1);
            return at;
        };
        const std::vector<int> nx = nodes(w), ny = nodes(h);
        const std::size_t cols = nx.size(), rows = ny.size();
        std::vector<double> mx(cols * rows), my(cols * rows), mz(cols * rows, 0.0);
        for (std::size_t r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < cols; ++c) {
                const QgsPointXY p = m2p.toMapCoordinates((nx[c] + 0.5) / dpr, (ny[r] + 0.5) / dpr);
                mx[r * cols + c] = p.x();
                my[r * cols + c] = p.y();
            }
        const QgsCoordinateTransform &ct = ctx->coordinateTransform();
        if (ct.isValid() && !ct.isShortCircuited())
            reverse(ct, &mx, &my, &mz);
        // Grid cell coordinates (column, row from the top) of each node.
        const double gx = g.geoTransform[0], gw = g.geoTransform[1], gy = g.geoTransform[3], gh = g.geoTransform[5];
        for (std::size_t i = 0; i < mx.size(); ++i) {
            mx[i] = (mx[i] - gx) / gw;
            my[i] = (my[i] - gy) / gh;
        }

        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return false;
        image.fill(0);
        const double max = double(g.max);
        const double scale = 255.0 / max;
        const float *values = g.values.data();
        const double gridW = g.width, gridH = g.height;
        const auto gridCols = std::uint64_t(g.width), gridRows = std::uint64_t(g.height);
        std::vector<double> rowCol(cols), rowRow(cols);
        std::size_t band = 0;
        for (int y = 0; y < h; ++y) {
            if ((y & 31) == 0 && ctx->renderingStopped())
                return false;
            while (band + 2 < rows && y >= ny[band + 1])
                ++band;
            const double ty = ny[band + 1] > ny[band] ? double(y - ny[band]) / double(ny[band + 1] - ny[band]) : 0.0;
            for (std::size_t c = 0; c < cols; ++c) {
                const std::size_t a = band * cols + c, b = (band + 1) * cols + c;
                rowCol[c] = mx[a] + (mx[b] - mx[a]) * ty;
                rowRow[c] = my[a] + (my[b] - my[a]) * ty;
            }
            auto *dst = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (std::size_t c = 0; c + 1 < cols; ++c) {
                const int x0 = nx[c], x1 = nx[c + 1];
                const int last = c + 2 == cols ? x1 : x1 - 1; // the last cell includes its right node
                const double c0 = rowCol[c], r0 = rowRow[c], c1 = rowCol[c + 1], r1 = rowRow[c + 1];
                // Columns and rows are linear along the span: both ends off the grid on the same
                // side, the whole span is (and a node that did not transform is NaN: skipped).
                if (!(std::max(c0, c1) >= 0 && std::min(c0, c1) < gridW && std::max(r0, r1) >= 0 && std::min(r0, r1) < gridH)
                    || std::max(std::abs(c0), std::abs(c1)) > 1e9 || std::max(std::abs(r0), std::abs(r1)) > 1e9)
                    continue;
                // Fixed point (16 bits of fraction) along the span: an add and a shift per pixel.
                const double span = x1 > x0 ? double(x1 - x0) : 1.0;
                std::int64_t col = std::llround(c0 * 65536.0), row = std::llround(r0 * 65536.0);
                const std::int64_t dc = std::llround((c1 - c0) / span * 65536.0), dr = std::llround((r1 - r0) / span * 65536.0);
                for (int x = x0; x <= last; ++x, col += dc, row += dr) {
                    // Negative positions become huge unsigned values: one test per axis.
                    const auto ci = std::uint64_t(col >> 16), ri = std::uint64_t(row >> 16);
                    if (ci >= gridCols || ri >= gridRows)
                        continue;
                    const float v = values[ri * gridCols + ci];
                    if (v > 0)
                        dst[x] = colourOf(m_table, double(v), max, scale);
                }
            }
        }
        image.setDevicePixelRatio(dpr);
        painter->drawImage(QPointF(0, 0), image);
        return true;
    }

  private:
    // Map coordinates back to the grid's CRS; a node that does not transform becomes NaN.
    static void reverse(const QgsCoordinateTransform &ct, std::vector<double> *x, std::vector<double> *y, std::vector<double> *z)
    {
        const std::vector<double> x0 = *x, y0 = *y;
        try {
            ct.transformCoords(int(x->size()), x->data(), y->data(), z->data(), Qgis::TransformDirection::Reverse);
            return;
        } catch (const QgsCsException &) {
        }
        // One bad node (the view reaches beyond the CRS's area) fails the batch: node by node.
        for (std::size_t i = 0; i < x0.size(); ++i) {
            double px = x0[i], py = y0[i], pz = 0;
            try {
                ct.transformInPlace(px, py, pz, Qgis::TransformDirection::Reverse);
            } catch (const QgsCsException &) {
                px = py = std::numeric_limits<double>::quiet_NaN();
            }
            (*x)[i] = px;
            (*y)[i] = py;
        }
    }

    std::shared_ptr<const core::DensityGrid> m_grid;
    ColourTable m_table;
    double m_opacity;
};

} // namespace

// The raster layer that draws the latest frame from memory (its data source holds the last
// settled one). Everything else is QgsRasterLayer's.
class HeatmapFrameLayer : public QgsRasterLayer
{
  public:
    HeatmapFrameLayer(const QString &path, const QString &name) : QgsRasterLayer(path, name, QStringLiteral("gdal")) {}

    void setFrame(std::shared_ptr<const core::DensityGrid> grid)
    {
        const QMutexLocker lock(&m_mutex);
        m_frame = std::move(grid);
    }
    QgsMapLayerRenderer *createMapRenderer(QgsRenderContext &context) override
    {
        std::shared_ptr<const core::DensityGrid> frame;
        {
            const QMutexLocker lock(&m_mutex);
            frame = m_frame;
        }
        if (!frame)
            return QgsRasterLayer::createMapRenderer(context);
        return new FrameRenderer(id(), &context, std::move(frame), opacity());
    }

  private:
    QMutex m_mutex; // a print layout may prepare its map on another thread
    std::shared_ptr<const core::DensityGrid> m_frame;
};

HeatmapLayer::HeatmapLayer(const QString &name) : m_name(name) {}

HeatmapLayer::~HeatmapLayer()
{
    // A layer still in the project keeps reading m_current until it is deleted; leave that one to
    // the layer's lifetime only when the layer is gone.
    unlinkMemoryFile(m_previous);
    if (!m_layer)
        unlinkMemoryFile(m_current);
}

QgsRasterLayer *HeatmapLayer::layer() const { return m_layer.data(); }

void HeatmapLayer::reset()
{
    m_layer = nullptr;
    unlinkMemoryFile(m_previous);
    unlinkMemoryFile(m_current);
    m_previous.clear();
    m_current.clear();
    m_sourceLayout = core::DensityGrid();
    m_sourceCurrent = false;
}

bool HeatmapLayer::show(std::shared_ptr<const core::DensityGrid> grid, bool settled, QString *error, bool *created)
{
    if (created)
        *created = false;
    if (!grid || grid->isEmpty()) {
        if (m_layer) {
            m_layer->setOpacity(0.0);
            m_layer->triggerRepaint();
        }
        return true;
    }
    const core::DensityGrid &g = *grid;
    const bool sameLayout = m_layer && g.width == m_sourceLayout.width && g.height == m_sourceLayout.height
        && g.geoTransform == m_sourceLayout.geoTransform && g.epsg == m_sourceLayout.epsg && g.crsWkt == m_sourceLayout.crsWkt;
    m_sourceCurrent = false;
    if (settled || !sameLayout) {
        if (!writeSource(g, error, created))
            return false;
        m_sourceCurrent = true;
    }
    // The legend: every settled frame, playing ones at most twice a second (each rebuilds the
    // layer tree's legend nodes).
    if (m_sourceCurrent || !m_sinceLegend.isValid() || m_sinceLegend.elapsed() >= 500) {
        applyRamp(std::max(double(g.max), 1e-12));
        m_sinceLegend.start();
    }
    m_layer->setFrame(std::move(grid));
    m_layer->setOpacity(1.0);
    m_layer->triggerRepaint();
    return true;
}

bool HeatmapLayer::writeSource(const core::DensityGrid &grid, QString *error, bool *created)
{
    // A new name per frame: GDAL and QGIS's provider keep nothing of the previous file.
    const QString path = QStringLiteral("/vsimem/vigie-heatmap-%1-%2.tif").arg(quintptr(this)).arg(++m_frame);
    if (!grid.writeGeoTiff(path, error, false)) {
        unlinkMemoryFile(path);
        return false;
    }
    if (!m_layer) {
        m_layer = new HeatmapFrameLayer(path, m_name);
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
    m_sourceLayout.width = grid.width;
    m_sourceLayout.height = grid.height;
    m_sourceLayout.geoTransform = grid.geoTransform;
    m_sourceLayout.epsg = grid.epsg;
    m_sourceLayout.crsWkt = grid.crsWkt;
    // setDataSource() rebuilt the renderer from its saved style: the caller puts the ramp back.
    m_sinceLegend.invalidate();
    return true;
}

namespace {
// The ramp from 0 to `max` on `layer`, keeping its opacity.
void applyRampTo(QgsRasterLayer *layer, double max)
{
    auto *ramp = new QgsColorRampShader(0, max, nullptr, QgsColorRampShader::Interpolated);
    const auto label = [](double v) { return QLocale().toString(v, 'g', 3); };
    QList<QgsColorRampShader::ColorRampItem> items;
    for (const Stop &s : kStops)
        items.append({max * s.at, s.color,
                      s.at == 0 ? QCoreApplication::translate("vigie::ui::HeatmapLayer", "None") : label(max * s.at)});
    ramp->setColorRampItemList(items);
    // The legend's ramp from none to the highest density, in three significant digits.
    auto *legend = new QgsColorRampLegendNodeSettings;
    legend->setMinimumLabel(QCoreApplication::translate("vigie::ui::HeatmapLayer", "None"));
    legend->setMaximumLabel(QCoreApplication::translate("vigie::ui::HeatmapLayer", "%1 (highest)").arg(label(max)));
    ramp->setLegendSettings(legend);
    auto *shader = new QgsRasterShader(0, max);
    shader->setRasterShaderFunction(ramp);
    const double opacity = layer->renderer() ? layer->renderer()->opacity() : 1.0;
    auto *renderer = new HeatmapRenderer(layer->dataProvider(), shader, max);
    renderer->setOpacity(opacity);
    renderer->setClassificationMin(0);
    renderer->setClassificationMax(max);
    layer->setRenderer(renderer);
}

const char *const kRecipeProperty = "vigie/heatmap";

QJsonObject toJson(const HeatmapRecipe &r)
{
    const core::HeatmapOptions &o = r.heatmap;
    QJsonArray categories;
    for (int c : o.categories)
        categories.append(c);
    QJsonObject j{{QStringLiteral("radius_m"), o.radiusMetres},
                  {QStringLiteral("pixel_m"), o.pixelMetres},
                  {QStringLiteral("kernel"), int(o.kernel)},
                  {QStringLiteral("scaling"), int(o.scaling)},
                  {QStringLiteral("decay_ratio"), o.decayRatio},
                  {QStringLiteral("weighting"), int(o.weighting)},
                  {QStringLiteral("half_life_days"), o.halfLifeDays},
                  {QStringLiteral("categories"), categories},
                  {QStringLiteral("epsg"), o.targetEpsg},
                  {QStringLiteral("hotspot_mode"), int(r.hotspots.mode)},
                  {QStringLiteral("hotspot_value"), r.hotspots.value},
                  {QStringLiteral("hotspot_8"), r.hotspots.eightConnected}};
    // Epoch milliseconds as text: a JSON number (a double) would round them.
    if (o.windowStartMs != std::numeric_limits<qint64>::min())
        j.insert(QStringLiteral("from_ms"), QString::number(o.windowStartMs));
    if (o.windowEndMs != std::numeric_limits<qint64>::max())
        j.insert(QStringLiteral("to_ms"), QString::number(o.windowEndMs));
    return j;
}
} // namespace

void HeatmapLayer::applyRamp(double max)
{
    applyRampTo(m_layer, max);
}

void setHeatmapRecipe(QgsMapLayer *layer, const HeatmapRecipe &recipe)
{
    if (layer)
        layer->setCustomProperty(QLatin1String(kRecipeProperty),
                                 QString::fromUtf8(QJsonDocument(toJson(recipe)).toJson(QJsonDocument::Compact)));
}

std::optional<HeatmapRecipe> heatmapRecipe(const QgsMapLayer *layer)
{
    if (!layer)
        return std::nullopt;
    const QString text = layer->customProperty(QLatin1String(kRecipeProperty)).toString();
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject j = QJsonDocument::fromJson(text.toUtf8()).object();
    if (j.isEmpty())
        return std::nullopt;
    HeatmapRecipe r;
    core::HeatmapOptions &o = r.heatmap;
    o.radiusMetres = j.value(QStringLiteral("radius_m")).toDouble(o.radiusMetres);
    o.pixelMetres = j.value(QStringLiteral("pixel_m")).toDouble(o.pixelMetres);
    o.kernel = core::KdeKernel(j.value(QStringLiteral("kernel")).toInt(int(o.kernel)));
    o.scaling = core::KdeOutputScaling(j.value(QStringLiteral("scaling")).toInt(int(o.scaling)));
    o.decayRatio = j.value(QStringLiteral("decay_ratio")).toDouble(o.decayRatio);
    o.weighting = core::HeatmapWeighting(j.value(QStringLiteral("weighting")).toInt(int(o.weighting)));
    o.halfLifeDays = j.value(QStringLiteral("half_life_days")).toDouble(o.halfLifeDays);
    for (const QJsonValue &c : j.value(QStringLiteral("categories")).toArray())
        o.categories.insert(c.toInt());
    o.targetEpsg = j.value(QStringLiteral("epsg")).toInt(0);
    bool ok = false;
    if (const qint64 from = j.value(QStringLiteral("from_ms")).toString().toLongLong(&ok); ok)
        o.windowStartMs = from;
    if (const qint64 to = j.value(QStringLiteral("to_ms")).toString().toLongLong(&ok); ok)
        o.windowEndMs = to;
    r.hotspots.mode = core::HotspotOptions::Threshold(j.value(QStringLiteral("hotspot_mode")).toInt(int(r.hotspots.mode)));
    r.hotspots.value = j.value(QStringLiteral("hotspot_value")).toDouble(r.hotspots.value);
    r.hotspots.eightConnected = j.value(QStringLiteral("hotspot_8")).toBool(false);
    // Anything out of range (a hand-edited project) is refused here rather than by the engine.
    if (!core::HeatmapBuilder(o).validOptions())
        return std::nullopt;
    return r;
}

QgsRasterLayer *createHeatmapGridLayer(const core::DensityGrid &grid, const QString &name, QString *error)
{
    static std::atomic<quint64> counter{0};
    const QString path = QStringLiteral("/vsimem/vigie-heatmap-grid-%1.tif").arg(++counter);
    if (!grid.writeGeoTiff(path, error, false)) {
        unlinkMemoryFile(path);
        return nullptr;
    }
    auto *layer = new QgsRasterLayer(path, name, QStringLiteral("gdal"));
    if (!layer->isValid()) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::HeatmapLayer", "The heatmap cannot be shown: %1")
                         .arg(layer->error().message(QgsErrorMessage::Text));
        delete layer;
        unlinkMemoryFile(path);
        return nullptr;
    }
    QObject::connect(layer, &QObject::destroyed, [path] { unlinkMemoryFile(path); });
    applyRampTo(layer, std::max(double(grid.max), 1e-12));
    return layer;
}

QgsVectorLayer *createHotspotLayer(const QString &name)
{
    auto *layer = new QgsVectorLayer(
        QStringLiteral("Polygon?crs=EPSG:4326&field=id:integer&field=peak:double&field=area_km2:double&field=incidents:integer"), name,
        QStringLiteral("memory"));
    layer->setObjectName(QStringLiteral("hotspotLayer"));
    setLayerKind(layer, QStringLiteral("hotspots"));
    auto *outline = new QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt::NoBrush, QColor(120, 0, 20), Qt::SolidLine, 0.8);
    layer->setRenderer(new QgsSingleSymbolRenderer(new QgsFillSymbol(QgsSymbolLayerList{outline})));
    return layer;
}

void setHotspots(QgsVectorLayer *layer, const std::vector<core::Hotspot> &hotspots)
{
    layer->dataProvider()->truncate();
    QgsFeatureList features;
    for (const core::Hotspot &h : hotspots) {
        QgsFeature f(layer->fields());
        f.setGeometry(QgsGeometry::fromWkt(h.wktWgs84));
        f.setAttributes(QgsAttributes() << h.id << h.peakValue << h.areaKm2 << qlonglong(h.incidentCount));
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    layer->triggerRepaint();
}

bool isHotspotLayer(const QgsMapLayer *layer)
{
    return layerKind(layer) == QLatin1String("hotspots");
}

} // namespace vigie::ui
