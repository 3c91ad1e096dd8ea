// SPDX-License-Identifier: GPL-3.0-or-later
// The band of a long-format table: each group on its own rows, as groupedDerivative computes it.

#include "core/uncertainty/uncertainty.h"

#include <limits>

namespace tangent {
namespace {

std::vector<double> gather(std::span<const double> values, const std::vector<std::size_t>& rows)
{
    std::vector<double> out;
    out.reserve(rows.size());
    for (const std::size_t r : rows)
        out.push_back(values[r]);
    return out;
}

} // namespace

GroupedBand groupedBand(
    const RowGroups& groups, const Series& series, const GroupOptions& options, std::optional<double> noiseSd)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::size_t needed = minimumGroupRows(options);
    GroupedBand out;
    out.sd.assign(series.y.size(), nan);
    out.sigma.assign(groups.names.size(), nan);
    out.method.assign(groups.names.size(), options.smoothing.method);
    out.source = noiseSd ? SigmaSource::Given : SigmaSource::Estimated;
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        if (rows.size() < needed)
            continue; // groupedDerivative leaves the group empty and says so
        const std::vector<double> y = gather(series.y, rows);
        const std::vector<double> x = series.x.empty() ? std::vector<double>() : gather(series.x, rows);
        const Series own { y, x, series.h };
        SmoothingOptions used = options.smoothing;
        used.order = options.order;
        try {
            if (used.method != SmoothingMethod::Numpy) {
                used.smoothedCurve = false;
                used = smoothDerivative(own, used).used;
            }
            const DerivativeBand band = derivativeBand(own, used, options.edgeOrder, noiseSd);
            for (std::size_t j = 0; j < rows.size(); ++j)
                out.sd[rows[j]] = band.sd[j];
            out.sigma[g] = band.sigma;
            out.method[g] = used.method;
        } catch (const UncertaintyError& e) {
            throw UncertaintyError(Message { MessageId::GroupPrefix, { groups.names[g] }, { e.userMessage() } });
        }
    }
    return out;
}

} // namespace tangent
