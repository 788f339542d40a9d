// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <functional>
#include <utility>

namespace vigie::core {

// One incident as the alert engine sees it. The GUI fills these from the incident store; the
// engine knows nothing else of incidents.
struct IncidentSample
{
    QString id;
    double lat = 0.0;
    double lon = 0.0;
    qint64 timeMs = 0; // UTC, milliseconds since 1970
    QString category;
    int severity = 0;
    int fatalities = 0;
};

// Threat density (as the heatmap computes it, e.g. incidents per km²) at a point over a time window.
class DensitySampler
{
  public:
    virtual ~DensitySampler() = default;
    virtual double densityAt(double lat, double lon, qint64 windowStartMs, qint64 windowEndMs) const = 0;
};

// A DensitySampler from any callable (a lambda over a heatmap grid, a test's table).
class FunctionDensitySampler : public DensitySampler
{
  public:
    using Function = std::function<double(double lat, double lon, qint64 windowStartMs, qint64 windowEndMs)>;
    explicit FunctionDensitySampler(Function f) : m_f(std::move(f)) {}
    double densityAt(double lat, double lon, qint64 windowStartMs, qint64 windowEndMs) const override
    {
        return m_f ? m_f(lat, lon, windowStartMs, windowEndMs) : 0.0;
    }

  private:
    Function m_f;
};

// What one evaluation looks at. Rules over incident counts use windows that end at windowEndMs;
// density rules use [windowStartMs, windowEndMs] and the period of the same length before it.
struct AlertInputs
{
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QVector<IncidentSample> incidents;
    const DensitySampler *density = nullptr; // not owned; may be null (density rules then report a problem)
};

} // namespace vigie::core
