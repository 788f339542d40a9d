// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/kde_engine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <system_error>
#include <thread>

namespace vigie::core {

struct KdeEngine::GridGeometry
{
    MapExtent bounds;
    double pixel = 0;
    int cols = 0;
    int rows = 0;
    int buffer = 0;
};
using GridGeometry = KdeEngine::GridGeometry;

namespace {

constexpr double kPi = 3.14159265358979323846;
// Vigie's Gaussian: sigma = radius / kGaussianSigmas.
constexpr double kGaussianSigmas = 3.0;

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::KdeEngine", text); }

bool finite(double v) { return std::isfinite(v); }

// Everything a kernel needs, computed once per run so that the per-pixel work is a few
// multiplications (and one square root for the triangular kernel) -- no pow(), exp() or division.
struct KernelConstants
{
    double radius = 0;
    double invRadius = 0;
    double invRadius2 = 0;
    double maxD2 = 0;        // largest squared distance whose square root does not exceed the radius
    double k = 1;            // scaling constant
    double oneMinusDecay = 1; // triangular
    double gaussC = 0;       // gaussian: exp(-d2 * gaussC)
    // Single-precision copies for the pixel loop: twice the lanes per vector, and errors of 1e-7
    // of a pixel's value, far below the grid's float storage needs.
    float fk = 1;
    float fInvRadius = 0;
    float fInvRadius2 = 0;
    float fOneMinusDecay = 1;
};

// The largest t with sqrt(t) <= r, so that "d2 <= maxD2" decides exactly as QGIS's
// "sqrt(d2) > r" does, without a square root per pixel.
double maxSquaredDistance(double r)
{
    double t = r * r;
    while (std::sqrt(t) > r)
        t = std::nextafter(t, 0.0);
    for (;;) {
        const double next = std::nextafter(t, std::numeric_limits<double>::infinity());
        if (std::sqrt(next) > r)
            break;
        t = next;
    }
    return t;
}

double scalingConstant(const KdeParameters &p)
{
    const double r = p.radius;
    const double r2 = r * r;
    if (p.scaling == KdeOutputScaling::Raw)
        return 1.0;
    // The constants of QGIS's qgskde.cpp (Wand and Jones, 1995, p. 175), folded.
    switch (p.kernel) {
        case KdeKernel::Quartic:
            return 116.0 / (5.0 * kPi * r2) * (15.0 / 16.0);
        case KdeKernel::Triangular:
            return p.decayRatio >= 0 ? 3.0 / ((1.0 + 2.0 * p.decayRatio) * kPi * r2) : 1.0;
        case KdeKernel::Uniform:
            return 2.0 / (kPi * r) * (0.5 / r);
        case KdeKernel::Triweight:
            return 128.0 / (35.0 * kPi * r2) * (35.0 / 32.0);
        case KdeKernel::Epanechnikov:
            return 8.0 / (3.0 * kPi * r2) * (3.0 / 4.0);
        case KdeKernel::Gaussian: {
            const double sigma = r / kGaussianSigmas;
            const double inside = 1.0 - std::exp(-r2 / (2.0 * sigma * sigma));
            return 1.0 / (2.0 * kPi * sigma * sigma * inside);
        }
    }
    return 1.0;
}

KernelConstants constantsFor(const KdeParameters &p)
{
    KernelConstants c;
    c.radius = p.radius;
    c.invRadius = 1.0 / p.radius;
    c.invRadius2 = 1.0 / (p.radius * p.radius);
    c.maxD2 = maxSquaredDistance(p.radius);
    c.k = scalingConstant(p);
    c.oneMinusDecay = 1.0 - p.decayRatio;
    const double sigma = p.radius / kGaussianSigmas;
    c.gaussC = 1.0 / (2.0 * sigma * sigma);
    c.fk = float(c.k);
    c.fInvRadius = float(c.invRadius);
    c.fInvRadius2 = float(c.invRadius2);
    c.fOneMinusDecay = float(c.oneMinusDecay);
    return c;
}

// Kernel functors: value at squared distance d2 (inside the radius); gx * gy is the Gaussian's
// separable factor, computed per point and unused by the others.
// Kernels that fall to zero at the radius may run over the whole block with t clamped at 0: a
// pixel the exact test would keep or drop by a rounding has a value of ~1e-7 at most.
struct Quartic
{
    static constexpr bool zeroAtRadius = true;
    static double eval(const KernelConstants &c, double d2, double, double)
    {
        const double t = 1.0 - d2 * c.invRadius2;
        return c.k * t * t;
    }
    static float evalf(const KernelConstants &c, float d2, float, float)
    {
        const float t = std::max(0.0f, 1.0f - d2 * c.fInvRadius2);
        return c.fk * t * t;
    }
};
struct Triweight
{
    static constexpr bool zeroAtRadius = true;
    static double eval(const KernelConstants &c, double d2, double, double)
    {
        const double t = 1.0 - d2 * c.invRadius2;
        return c.k * t * t * t;
    }
    static float evalf(const KernelConstants &c, float d2, float, float)
    {
        const float t = std::max(0.0f, 1.0f - d2 * c.fInvRadius2);
        return c.fk * t * t * t;
    }
};
struct Epanechnikov
{
    static constexpr bool zeroAtRadius = true;
    static double eval(const KernelConstants &c, double d2, double, double)
    {
        return c.k * (1.0 - d2 * c.invRadius2);
    }
    static float evalf(const KernelConstants &c, float d2, float, float)
    {
        return c.fk * std::max(0.0f, 1.0f - d2 * c.fInvRadius2);
    }
};
struct Uniform
{
    static double eval(const KernelConstants &c, double, double, double) { return c.k; }
    static float evalf(const KernelConstants &c, float, float, float) { return c.fk; }
};
struct Triangular
{
    static double eval(const KernelConstants &c, double d2, double, double)
    {
        return c.k * (1.0 - c.oneMinusDecay * std::sqrt(d2) * c.invRadius);
    }
    static float evalf(const KernelConstants &c, float d2, float, float)
    {
        return c.fk * (1.0f - c.fOneMinusDecay * std::sqrt(d2) * c.fInvRadius);
    }
};
// The plain triangle (decay 0) also reaches zero at the radius: clamped, no trimming.
struct TriangularNoDecay
{
    static constexpr bool zeroAtRadius = true;
    static float evalf(const KernelConstants &c, float d2, float, float)
    {
        return c.fk * std::max(0.0f, 1.0f - std::sqrt(d2) * c.fInvRadius);
    }
};
struct Gaussian
{
    static constexpr bool separable = true;
    static double eval(const KernelConstants &c, double, double gx, double gy) { return c.k * gx * gy; }
    static float evalf(const KernelConstants &c, float, float gx, float gy) { return c.fk * gx * gy; }
};

template <typename K, typename = void> struct ZeroAtRadius : std::false_type {};
template <typename K> struct ZeroAtRadius<K, std::void_t<decltype(K::zeroAtRadius)>> : std::true_type {};
template <typename K, typename = void> struct IsSeparable : std::false_type {};
template <typename K> struct IsSeparable<K, std::void_t<decltype(K::separable)>> : std::true_type {};


// Per-thread scratch for one point's block.
struct Scratch
{
    std::vector<double> colD2;
    std::vector<float> colD2f;
    std::vector<float> colG;
};

// Splat every point onto the rows r with r % stride == phase, into `out` (float for a grid,
// double for an incremental sum; a negative weight subtracts). QGIS's placement, kept exactly:
//  - the block's first column and (from the top) first row are the point's offset in pixels from
//    the left and the top edges, less the buffer, truncated toward zero;
//  - pixel (xp, yp) of the block is evaluated at the centre of column xPos + xp and of row yPos + yp
//    counted from the BOTTOM edge, while it is stored yp rows below the block's top: QGIS mirrors
//    the block vertically, which shifts a kernel by up to a pixel. Kept for pixel parity.
template <typename K, typename T>
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
// AVX2 doubles the lanes of the pixel loop where the CPU has it; the loader picks the clone.
__attribute__((target_clones("avx2", "default")))
#endif
bool splatRows(const KernelConstants &kc, const GridGeometry &g, const std::vector<std::vector<WeightedPoint>> &bands,
               T *out, int phase, int stride, Scratch &scratch, const std::atomic<bool> *cancel)
{
    const int bs = 2 * g.buffer + 1;
    const double p = g.pixel;
    const double xMin = g.bounds.xMin;
    const double yMin = g.bounds.yMin;
    const double yMax = g.bounds.yMax;
    double *colD2 = scratch.colD2.data();
    float *colD2f = scratch.colD2f.data();
    float *colG = scratch.colG.data();
    std::size_t n = 0;
    for (const std::vector<WeightedPoint> &points : bands) {
        for (const WeightedPoint &pt : points) {
            if (cancel && (++n & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
                return false;
            const long long xPos = static_cast<long long>((pt.x - xMin) / p - g.buffer);
            const long long yPos = static_cast<long long>((pt.y - yMin) / p - g.buffer);
            const long long yTop = static_cast<long long>((yMax - pt.y) / p - g.buffer);
            // The block's rows that are on the grid and are this thread's.
            long long yp0 = std::max(0LL, -yTop);
            const long long yp1 = std::min<long long>(bs, g.rows - yTop);
            if (yp0 >= yp1)
                continue;
            const long long firstRow = yTop + yp0;
            const long long skip = ((phase - firstRow) % stride + stride) % stride;
            yp0 += skip;
            if (yp0 >= yp1)
                continue;
            const long long xp0 = std::max(0LL, -xPos);
            const long long xp1 = std::min<long long>(bs, g.cols - xPos);
            if (xp0 >= xp1)
                continue;
            for (long long xp = xp0; xp < xp1; ++xp) {
                const double dx = (double(xPos + xp) + 0.5) * p + xMin - pt.x;
                colD2[xp] = dx * dx;
                colD2f[xp] = float(colD2[xp]);
                if constexpr (IsSeparable<K>::value)
                    colG[xp] = float(std::exp(-colD2[xp] * kc.gaussC));
            }
            const float w = float(pt.weight);
            for (long long yp = yp0; yp < yp1; yp += stride) {
                const double dy = (double(yPos + yp) + 0.5) * p + yMin - pt.y;
                const double dy2 = dy * dy;
                const float dy2f = float(dy2);
                float gy = 0;
                if constexpr (IsSeparable<K>::value)
                    gy = float(std::exp(-dy2 * kc.gaussC));
                // The columns within the radius form one run (dx^2 is monotonic on either side of
                // the point): trim the block's ends with the exact test so the pixel loop has no
                // branch and vectorises. (An estimate by square root was slower: no SSE2 ceil.)
                long long lo = xp0, hi = xp1;
                if constexpr (!ZeroAtRadius<K>::value) {
                    while (lo < hi && !(colD2[lo] + dy2 <= kc.maxD2))
                        ++lo;
                    while (hi > lo && !(colD2[hi - 1] + dy2 <= kc.maxD2))
                        --hi;
                } else if (!(dy2 <= kc.maxD2)) {
                    continue;
                }
                if (lo >= hi)
                    continue;
                // From the run's first pixel: xPos is negative for a point left of the grid, and
                // a row pointer before the grid's start would be undefined (UBSan's finding).
                T *row = out + std::size_t(yTop + yp) * std::size_t(g.cols) + std::size_t(xPos + lo);
                // The same float product whatever T: a point added then subtracted cancels exactly.
                for (long long xp = lo; xp < hi; ++xp)
                    row[xp - lo] += T(w * K::evalf(kc, colD2f[xp] + dy2f, colG[xp], gy));
            }
        }
    }
    return true;
}

template <typename K, typename T>
bool rasterise(const KernelConstants &kc, const GridGeometry &g, const std::vector<std::vector<WeightedPoint>> &points,
               T *out, int threadCount, const std::atomic<bool> *cancel)
{
    // Scratch is allocated here, not in the threads, where a bad_alloc would terminate.
    std::vector<Scratch> scratch(static_cast<std::size_t>(threadCount));
    const std::size_t bs = std::size_t(2 * g.buffer + 1);
    for (Scratch &s : scratch) {
        s.colD2.resize(bs);
        s.colD2f.resize(bs);
        s.colG.resize(bs);
    }
    std::vector<char> ok(std::size_t(threadCount), 1);
    if (threadCount == 1)
        return splatRows<K, T>(kc, g, points, out, 0, 1, scratch[0], cancel);
    // Interleaved rows rather than bands: incidents cluster, and a town in one band would leave
    // the other threads idle. Each pixel still belongs to one thread and sums in a fixed order.
    std::vector<std::thread> workers;
    workers.reserve(std::size_t(threadCount));
    for (int t = 0; t < threadCount; ++t) {
        auto work = [&, t] {
            ok[std::size_t(t)] = splatRows<K, T>(kc, g, points, out, t, threadCount, scratch[std::size_t(t)], cancel);
        };
        try {
            workers.emplace_back(work);
        } catch (const std::system_error &) {
            work(); // no thread to be had: this share's rows are done here, the result is the same
        }
    }
    for (std::thread &w : workers)
        w.join();
    return std::all_of(ok.begin(), ok.end(), [](char v) { return v != 0; });
}

// The kernel's rasteriser for `params`: one switch for finish() and accumulate().
template <typename T>
bool rasteriseKernel(const KdeParameters &params, const GridGeometry &g, const std::vector<std::vector<WeightedPoint>> &bands,
                     T *out, int threads, const std::atomic<bool> *cancel)
{
    const KernelConstants kc = constantsFor(params);
    switch (params.kernel) {
        case KdeKernel::Quartic:
            return rasterise<Quartic>(kc, g, bands, out, threads, cancel);
        case KdeKernel::Triangular:
            return params.decayRatio == 0.0 ? rasterise<TriangularNoDecay>(kc, g, bands, out, threads, cancel)
                                            : rasterise<Triangular>(kc, g, bands, out, threads, cancel);
        case KdeKernel::Uniform:
            return rasterise<Uniform>(kc, g, bands, out, threads, cancel);
        case KdeKernel::Triweight:
            return rasterise<Triweight>(kc, g, bands, out, threads, cancel);
        case KdeKernel::Epanechnikov:
            return rasterise<Epanechnikov>(kc, g, bands, out, threads, cancel);
        case KdeKernel::Gaussian:
            return rasterise<Gaussian>(kc, g, bands, out, threads, cancel);
    }
    return false;
}

} // namespace

KdeEngine::KdeEngine(const KdeParameters &parameters)
    : m_params(parameters)
{
}

void KdeEngine::setCrs(const QString &wkt, int epsg)
{
    m_grid.crsWkt = wkt;
    m_grid.epsg = epsg;
}

int KdeEngine::radiusInPixels(double radius, double pixelSize)
{
    int buffer = int(radius / pixelSize);
    // QGIS compares the remainder in map units, not pixels; kept for parity.
    if (radius - pixelSize * buffer > 0.5)
        ++buffer;
    return buffer;
}

double KdeEngine::kernelValue(const KdeParameters &parameters, double distance)
{
    if (!(parameters.radius > 0) || !(distance >= 0))
        return 0.0;
    const KernelConstants c = constantsFor(parameters);
    const double d2 = distance * distance;
    if (distance > parameters.radius)
        return 0.0;
    switch (parameters.kernel) {
        case KdeKernel::Quartic:
            return Quartic::eval(c, d2, 0, 0);
        case KdeKernel::Triangular:
            return c.k * (1.0 - c.oneMinusDecay * distance * c.invRadius);
        case KdeKernel::Uniform:
            return Uniform::eval(c, d2, 0, 0);
        case KdeKernel::Triweight:
            return Triweight::eval(c, d2, 0, 0);
        case KdeKernel::Epanechnikov:
            return Epanechnikov::eval(c, d2, 0, 0);
        case KdeKernel::Gaussian:
            return c.k * std::exp(-d2 * c.gaussC);
    }
    return 0.0;
}

KdeResult KdeEngine::prepare(const MapExtent &dataExtent)
{
    m_prepared = false;
    m_bands.clear();
    m_count = 0;
    m_ignored = 0;
    const KdeParameters &p = m_params;
    if (!(finite(p.radius) && p.radius > 0 && finite(p.pixelSize) && p.pixelSize > 0 && finite(p.decayRatio)))
        return KdeResult::InvalidParameters;
    if (!(finite(dataExtent.xMin) && finite(dataExtent.xMax) && finite(dataExtent.yMin) && finite(dataExtent.yMax))
        || dataExtent.xMax < dataExtent.xMin || dataExtent.yMax < dataExtent.yMin)
        return KdeResult::InvalidExtent;
    MapExtent b;
    b.xMin = dataExtent.xMin - p.radius;
    b.yMin = dataExtent.yMin - p.radius;
    b.xMax = dataExtent.xMax + p.radius;
    b.yMax = dataExtent.yMax + p.radius;
    const double rows = std::max(std::ceil(b.height() / p.pixelSize) + 1.0, 1.0);
    const double cols = std::max(std::ceil(b.width() / p.pixelSize) + 1.0, 1.0);
    if (!(rows * cols <= double(kMaxPixels)) || rows > std::numeric_limits<int>::max() / 4
        || cols > std::numeric_limits<int>::max() / 4)
        return KdeResult::GridTooLarge;
    if (p.radius / p.pixelSize > double(std::numeric_limits<int>::max() / 4))
        return KdeResult::GridTooLarge;
    m_bounds = b;
    m_buffer = radiusInPixels(p.radius, p.pixelSize);
    m_grid.width = int(cols);
    m_grid.height = int(rows);
    m_grid.geoTransform = {{b.xMin, p.pixelSize, 0.0, b.yMax, 0.0, -p.pixelSize}};
    m_grid.values.clear();
    m_grid.max = 0;
    // Points in file order jump all over a grid far larger than the cache, and each touches 2b+1
    // rows; kept by band of rows, the rows being written stay in cache. Only the order of the
    // float additions differs from QGIS's, far below the grid's precision.
    m_bands.assign(std::size_t(rows) / kBandRows + 1, {});
    m_bandScale = 1.0 / (p.pixelSize * kBandRows);
    m_prepared = true;
    return KdeResult::Success;
}

KdeResult KdeEngine::addSlow(double x, double y, double weight)
{
    if (!m_prepared)
        return KdeResult::NotPrepared;
    ++m_ignored;
    if (!(std::isfinite(x) && std::isfinite(y) && std::isfinite(weight)))
        return KdeResult::InvalidPoint;
    return KdeResult::PointOutsideExtent;
}

KdeEngine::GridGeometry KdeEngine::geometry() const
{
    GridGeometry g;
    g.bounds = m_bounds;
    g.pixel = m_params.pixelSize;
    g.cols = m_grid.width;
    g.rows = m_grid.height;
    g.buffer = m_buffer;
    return g;
}

int KdeEngine::threadsFor(std::size_t pointCount, int rows) const
{
    int threads = m_params.threads > 0 ? m_params.threads : int(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(1, rows));
    if (pointCount < 256)
        threads = 1; // not worth a thread
    return threads;
}

KdeResult KdeEngine::finish(const std::atomic<bool> *cancel)
{
    if (!m_prepared)
        return KdeResult::NotPrepared;
    const GridGeometry g = geometry();
    try {
        m_grid.values.assign(std::size_t(g.cols) * std::size_t(g.rows), 0.0f);
    } catch (const std::bad_alloc &) {
        m_grid.values.clear();
        return KdeResult::GridTooLarge; // for this machine's memory
    }
    if (!rasteriseKernel(m_params, g, m_bands, m_grid.values.data(), threadsFor(m_count, g.rows), cancel)) {
        m_grid.values.clear();
        m_grid.max = 0;
        return KdeResult::Cancelled;
    }
    m_grid.updateMax();
    return KdeResult::Success;
}

KdeResult KdeEngine::accumulate(const std::vector<WeightedPoint> &points, std::vector<double> *sums,
                                const std::atomic<bool> *cancel) const
{
    if (!m_prepared)
        return KdeResult::NotPrepared;
    const GridGeometry g = geometry();
    const std::size_t size = std::size_t(g.cols) * std::size_t(g.rows);
    if (sums->size() != size) {
        try {
            sums->assign(size, 0.0);
        } catch (const std::bad_alloc &) {
            sums->clear();
            return KdeResult::GridTooLarge;
        }
    }
    // By band of rows, as add() keeps them, so that a rebuild of many points stays in cache.
    std::vector<std::vector<WeightedPoint>> bands(points.size() < 256 ? 1 : m_bands.size());
    for (const WeightedPoint &p : points) {
        if (!(m_bounds.contains(p.x, p.y) && std::isfinite(p.weight)))
            continue;
        const std::size_t band = bands.size() == 1 ? 0 : std::min(std::size_t((m_bounds.yMax - p.y) * m_bandScale), bands.size() - 1);
        bands[band].push_back(p);
    }
    return rasteriseKernel(m_params, g, bands, sums->data(), threadsFor(points.size(), g.rows), cancel) ? KdeResult::Success
                                                                                                        : KdeResult::Cancelled;
}

void KdeEngine::reserve(std::size_t pointCount)
{
    if (m_bands.empty())
        return;
    // An even spread; clustered data grows some bands further.
    for (auto &band : m_bands)
        band.reserve(pointCount / m_bands.size() + 16);
}

KdeResult KdeEngine::run(const KdeParameters &parameters, const std::vector<WeightedPoint> &points,
                         const MapExtent &extent, DensityGrid *out, const std::atomic<bool> *cancel)
{
    KdeEngine engine(parameters);
    KdeResult r = engine.prepare(extent);
    if (r != KdeResult::Success)
        return r;
    // Reserve each band exactly: growing vectors of a million points costs page faults and copies.
    std::vector<std::size_t> perBand(engine.m_bands.size(), 0);
    for (const WeightedPoint &p : points)
        if (engine.m_bounds.contains(p.x, p.y))
            ++perBand[std::min(std::size_t((engine.m_bounds.yMax - p.y) * engine.m_bandScale), perBand.size() - 1)];
    for (std::size_t i = 0; i < perBand.size(); ++i)
        engine.m_bands[i].reserve(perBand[i]);
    for (const WeightedPoint &p : points)
        engine.add(p); // a point outside or invalid is counted in ignoredCount() and skipped
    r = engine.finish(cancel);
    if (r == KdeResult::Success)
        *out = engine.takeGrid();
    return r;
}

DensityGrid KdeEngine::takeGrid()
{
    DensityGrid g = std::move(m_grid);
    m_grid = DensityGrid();
    m_grid.crsWkt = g.crsWkt;
    m_grid.epsg = g.epsg;
    m_prepared = false;
    return g;
}

QString KdeEngine::resultMessage(KdeResult result)
{
    switch (result) {
        case KdeResult::Success:
            return tr("Success.");
        case KdeResult::InvalidParameters:
            return tr("The radius and the pixel size must be positive numbers.");
        case KdeResult::InvalidExtent:
            return tr("The extent of the points is not valid.");
        case KdeResult::GridTooLarge:
            return tr("The heatmap grid would be too large; use larger pixels or a smaller area.");
        case KdeResult::NotPrepared:
            return tr("The heatmap was not prepared.");
        case KdeResult::PointOutsideExtent:
            return tr("A point lies outside the heatmap's extent and was ignored.");
        case KdeResult::InvalidPoint:
            return tr("A point has an invalid coordinate or weight and was ignored.");
        case KdeResult::Cancelled:
            return tr("The heatmap was cancelled.");
    }
    return QString();
}

} // namespace vigie::core
