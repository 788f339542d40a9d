// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace vigie::core {

// A coordinate operation between two CRSs through PROJ, with its own PROJ context (so one per
// thread is safe) and x = longitude / easting, y = latitude / northing whatever the CRS's axis order.
class ProjTransform
{
  public:
    ProjTransform();
    ~ProjTransform();
    ProjTransform(const ProjTransform &) = delete;
    ProjTransform &operator=(const ProjTransform &) = delete;

    // CRSs as PROJ understands them: "EPSG:4326", WKT, PROJ strings. False with a reason on failure.
    bool create(const QString &source, const QString &target, QString *error = nullptr);
    bool isValid() const;
    // Transforms `count` coordinates in place (stride in doubles between successive x and y
    // values). Returns the number that failed (set to infinity).
    std::size_t transform(double *x, double *y, std::size_t count, std::size_t stride = 1) const;
    bool transform(double *x, double *y) const { return transform(x, y, 1) == 0; }

    // The WKT (GDAL's WKT1 flavour, which every GDAL driver writes) of a CRS, or empty.
    static QString crsWkt(const QString &crs);

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie::core
