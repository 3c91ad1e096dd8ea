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

GroupedBand groupedBand(const RowGroups& groups, const Series& series, const GroupOptions& options,
    const GroupedDerivative& computed, std::optional<double> noiseSd)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const bool numpy = options.smoothing.method == SmoothingMethod::Numpy;
    GroupedBand out;
    out.sd.assign(series.y.size(), nan);
    out.sigma.assign(groups.names.size(), nan);
    out.method.assign(groups.names.size(), options.smoothing.method);
    out.source = noiseSd ? SigmaSource::Given : SigmaSource::Estimated;
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        const bool skipped = rows.empty() || (rows.front() < computed.skipped.size() && computed.skipped[rows.front()]);
        const bool ran = numpy || (g < computed.used.size() && computed.used[g]);
        if (skipped || !ran)
            continue; // groupedDerivative left the group empty and said so
        const std::vector<double> y = gather(series.y, rows);
        const std::vector<double> x = series.x.empty() ? std::vector<double>() : gather(series.x, rows);
        const Series own { y, x, series.h };
        SmoothingOptions used;
        if (numpy) {
            used.method = SmoothingMethod::Numpy;
            used.order = options.order;
        } else {
            used = *computed.used[g]; // what ran on this group, auto's choice included
        }
        try {
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
