// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uncertainty/bandprovenance.h"

#include "core/io/numberformat.h"
#include "core/uncertainty/uncertainty.h"

#include <algorithm>

namespace tangent {
namespace {

/// How the band of `method` is obtained.
std::string propagation(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return "numpy.gradient's stencil weights";
    case SmoothingMethod::Savgol:
        return "the Savitzky-Golay weights";
    case SmoothingMethod::Spline:
        return "the smoothing spline's linear map";
    case SmoothingMethod::Kalman:
        return "the Kalman smoother's covariance";
    case SmoothingMethod::Tvr:
    case SmoothingMethod::Auto:
        break;
    }
    return std::string(methodName(method));
}

} // namespace

std::string bandColumnName(const std::string& derivativeName)
{
    return "sd[" + derivativeName + "]";
}

void checkBandMethod(SmoothingMethod method)
{
    if (method == SmoothingMethod::Tvr)
        throw UncertaintyError(Message { MessageId::TvrHasNoBand, {}, {} });
}

std::string uncertaintyProvenance(const std::vector<BandProvenance>& columns, std::optional<double> noiseSd)
{
    std::vector<std::string> methods;
    for (const BandProvenance& c : columns) {
        const std::string how = propagation(c.method);
        if (std::find(methods.begin(), methods.end(), how) == methods.end())
            methods.push_back(how);
    }
    std::string line = "uncertainty: sd[...] is the standard deviation of each derivative value from white noise of "
                       "sd sigma on y, through ";
    for (std::size_t i = 0; i < methods.size(); ++i)
        line += (i > 0 ? ", " : "") + methods[i];
    if (noiseSd) {
        line += "; sigma=" + formatDouble(*noiseSd) + " (given by --noise-sd)";
    } else {
        const bool mixed
            = std::ranges::any_of(columns, [](const BandProvenance& c) { return c.source == SigmaSource::Given; });
        line += mixed ? "; sigma per column:" : "; sigma estimated from the data:";
        for (const BandProvenance& c : columns) {
            line += " '" + c.yName + "'" + (c.group.empty() ? std::string() : " in '" + c.group + "'") + " "
                + formatDouble(c.sigma);
            if (mixed)
                line += c.source == SigmaSource::Given ? " (given by --noise-sd)" : " (estimated from the data)";
        }
    }
    line += "; +-1.96 sd is a 95% band (docs/uncertainty.md)";
    return line;
}

} // namespace tangent
