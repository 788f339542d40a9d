// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_rule.h"

#include <GeographicLib/Geodesic.hpp>

namespace vigie::core {

double geodesicDistanceM(double lat1, double lon1, double lat2, double lon2)
{
    double s12 = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12);
    return s12;
}

} // namespace vigie::core
