// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/proj_transform.h"

#include <QCoreApplication>

#include <proj.h>

#include <cmath>
#include <limits>

namespace vigie::core {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::ProjTransform", text); }

struct ContextDeleter
{
    void operator()(PJ_CONTEXT *c) const { proj_context_destroy(c); }
};
struct PjDeleter
{
    void operator()(PJ *p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

QString contextError(PJ_CONTEXT *ctx)
{
    return QString::fromUtf8(proj_context_errno_string(ctx, proj_context_errno(ctx)));
}

// PROJ logs errors to stderr; they reach the user as values instead.
ContextPtr quietContext()
{
    ContextPtr ctx(proj_context_create());
    if (ctx)
        proj_log_level(ctx.get(), PJ_LOG_NONE);
    return ctx;
}

} // namespace

struct ProjTransform::Private
{
    ContextPtr ctx = quietContext();
    PjPtr op;
};

ProjTransform::ProjTransform()
    : d(new Private)
{
}

ProjTransform::~ProjTransform() = default;

bool ProjTransform::create(const QString &source, const QString &target, QString *error)
{
    d->op.reset();
    if (!d->ctx) {
        if (error)
            *error = tr("PROJ could not start.");
        return false;
    }
    PjPtr raw(proj_create_crs_to_crs(d->ctx.get(), source.toUtf8().constData(), target.toUtf8().constData(), nullptr));
    if (!raw) {
        if (error)
            *error = tr("No coordinate transformation from %1 to %2: %3").arg(source, target, contextError(d->ctx.get()));
        return false;
    }
    PjPtr norm(proj_normalize_for_visualization(d->ctx.get(), raw.get()));
    if (!norm) {
        if (error)
            *error = tr("No coordinate transformation from %1 to %2: %3").arg(source, target, contextError(d->ctx.get()));
        return false;
    }
    d->op = std::move(norm);
    return true;
}

bool ProjTransform::isValid() const { return d->op != nullptr; }

std::size_t ProjTransform::transform(double *x, double *y, std::size_t count, std::size_t stride) const
{
    if (!d->op)
        return count;
    const std::size_t bytes = stride * sizeof(double);
    proj_trans_generic(d->op.get(), PJ_FWD, x, bytes, count, y, bytes, count, nullptr, 0, 0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        double &xi = x[i * stride];
        double &yi = y[i * stride];
        if (!std::isfinite(xi) || !std::isfinite(yi) || xi == HUGE_VAL || yi == HUGE_VAL) {
            xi = yi = std::numeric_limits<double>::infinity();
            ++failed;
        }
    }
    return failed;
}

QString ProjTransform::crsWkt(const QString &crs)
{
    ContextPtr ctx = quietContext();
    if (!ctx)
        return QString();
    PjPtr obj(proj_create(ctx.get(), crs.toUtf8().constData()));
    if (!obj)
        return QString();
    const char *wkt = proj_as_wkt(ctx.get(), obj.get(), PJ_WKT1_GDAL, nullptr);
    return wkt ? QString::fromUtf8(wkt) : QString();
}

} // namespace vigie::core
