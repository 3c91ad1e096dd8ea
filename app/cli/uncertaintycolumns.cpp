// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/uncertaintycolumns.h"

#include "core/io/numberformat.h"
#include "core/uncertainty/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tangent {
namespace {

/// How the band of `method` is obtained, for the provenance line.
std::string propagation(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return "numpy.gradient's stencil weights";
    case SmoothingMethod::Savgol:
        return "the Savitzky-Golay weights";
    case SmoothingMethod::Spline:
        return "the spline's Bayesian posterior (Wahba)";
    case SmoothingMethod::Kalman:
        return "the Kalman smoother's covariance";
    default:
        return std::string(methodName(method));
    }
}

} // namespace

bool parseUncertaintyOption(
    const std::string& option, const std::function<std::string()>& value, UncertaintyCliOptions& cli)
{
    if (option == "--uncertainty") {
        cli.enabled = true;
        return true;
    }
    if (option != "--noise-sd")
        return false;
    const std::string text = value();
    const auto sd = parseDouble(text);
    if (!sd || !std::isfinite(*sd) || *sd < 0.0)
        throw std::invalid_argument("--noise-sd expects a finite number of 0 or more (the noise's standard "
                                    "deviation on y), not '"
            + text + "'");
    cli.noiseSd = sd;
    return true;
}

std::string insertUncertaintyColumns(std::vector<CsvOutColumn>& columns, const std::vector<BandSource>& sources,
    const UncertaintyCliOptions& options, UncertaintyStorage& storage)
{
    std::vector<std::string> sigmas;
    std::vector<SmoothingMethod> methods;
    for (const BandSource& source : sources) {
        DerivativeBand band;
        try {
            band = derivativeBand(source.series, source.used, source.edgeOrder, options.noiseSd);
        } catch (const UncertaintyError& e) {
            throw UncertaintyError("no uncertainty band for '" + source.derivativeName + "': " + e.what());
        }
        const auto at = std::find_if(
            columns.begin(), columns.end(), [&](const CsvOutColumn& c) { return c.name == source.derivativeName; });
        if (at == columns.end())
            throw std::logic_error("no output column '" + source.derivativeName + "' to add a band to");
        storage.values.push_back(std::move(band.sd));
        storage.names.push_back("sd[" + source.derivativeName + "]");
        columns.insert(at + 1, CsvOutColumn { storage.names.back(), storage.values.back() });
        sigmas.push_back("'" + source.yName + "' " + formatDouble(band.sigma));
        methods.push_back(source.used.method);
    }
    return uncertaintyProvenance(methods, sigmas, options);
}

std::string uncertaintyProvenance(const std::vector<SmoothingMethod>& methods, const std::vector<std::string>& sigmas,
    const UncertaintyCliOptions& options)
{
    std::vector<std::string> named;
    for (const SmoothingMethod method : methods) {
        std::string how = propagation(method);
        if (std::find(named.begin(), named.end(), how) == named.end())
            named.push_back(std::move(how));
    }
    std::string line = "uncertainty: sd[...] is the standard deviation of each derivative value from white noise of "
                       "sd sigma on y, through ";
    for (std::size_t i = 0; i < named.size(); ++i)
        line += (i > 0 ? ", " : "") + named[i];
    if (options.noiseSd) {
        line += "; sigma=" + formatDouble(*options.noiseSd) + " (given by --noise-sd)";
    } else {
        line += "; sigma estimated from the data:";
        for (const std::string& s : sigmas)
            line += " " + s;
    }
    line += "; +-1.96 sd is a 95% band (docs/uncertainty.md)";
    return line;
}

std::string uncertaintyUsage()
{
    return R"(How far to trust a derivative (docs/uncertainty.md):
  --uncertainty      CSV: after each derivative column NAME add sd[NAME], the standard deviation
                     of each value from the noise on y (numpy, savgol, spline (order 1), kalman,
                     auto; tvr has none). A '# uncertainty: ...' line names sigma. The table is
                     then computed in memory, not streamed.
  --noise-sd S       the noise's standard deviation on y (default: estimated per column)
)";
}

} // namespace tangent
