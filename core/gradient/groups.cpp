// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/groups.h"

#include "core/gradient/gradient.h"
#include "core/smoothing/runners.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace tangent {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> gather(std::span<const double> values, const std::vector<std::size_t>& rows)
{
    std::vector<double> out;
    out.reserve(rows.size());
    for (std::size_t r : rows)
        out.push_back(values[r]);
    return out;
}

void scatter(const std::vector<double>& values, const std::vector<std::size_t>& rows, std::vector<double>& out)
{
    for (std::size_t k = 0; k < rows.size(); ++k)
        out[rows[k]] = values[k];
}

bool isNumpy(const GroupOptions& options)
{
    return options.smoothing.method == SmoothingMethod::Numpy;
}

SmoothingOptions smoothingFor(const GroupOptions& options)
{
    SmoothingOptions smoothing = options.smoothing;
    smoothing.order = options.order;
    return smoothing;
}

/// Bad options are the same for every group: report them once, before any group runs.
void checkOptions(const GroupOptions& options)
{
    if (isNumpy(options)) {
        checkEdgeOrder(options.edgeOrder);
        if (options.order < 1)
            throw GradientError(GradientErrorKind::BadDerivativeOrder,
                Message { MessageId::DerivativeOrderAtLeastOne, { MessageArg::integer(options.order) }, {} });
        return;
    }
    checkSmoothingOptions(smoothingFor(options));
}

/// One group's derivative (and smoothed curve) by the chosen method, on its own rows.
void differentiateGroup(
    const RowGroups& groups, std::size_t g, const Series& series, const GroupOptions& options, GroupedDerivative& out)
{
    const std::vector<std::size_t>& rows = groups.rows[g];
    const std::vector<double> y = gather(series.y, rows);
    const std::vector<double> x = series.x.empty() ? std::vector<double>() : gather(series.x, rows);
    if (isNumpy(options)) {
        const Spacing spacing = series.x.empty() ? Spacing::uniform(series.h) : Spacing::coordinates(x);
        try {
            scatter(derivative(y, spacing, options.edgeOrder, options.order), rows, out.derivative);
        } catch (const GradientError& e) {
            throw GroupError(Message { MessageId::CannotDifferentiateGroup, { groups.names[g] }, { e.userMessage() } },
                rows.front(), GroupError::Subject::Y);
        }
        return;
    }
    SmoothingResult result;
    try {
        result = smoothDerivative(Series { y, x, series.h }, smoothingFor(options));
    } catch (const SmoothingError& e) {
        const std::size_t row = e.row() == SmoothingError::npos ? rows.front() : rows[e.row()];
        const bool x = e.subject() == SmoothingError::Subject::X;
        throw GroupError(Message { MessageId::CannotSmoothGroup, { groups.names[g] }, { e.userMessage() } }, row,
            x ? GroupError::Subject::X : GroupError::Subject::Y);
    }
    scatter(result.derivative, rows, out.derivative);
    if (!result.smoothed.empty()) {
        if (out.smoothed.empty())
            out.smoothed.assign(series.y.size(), kNaN);
        scatter(result.smoothed, rows, out.smoothed);
    }
    out.provenance[g] = result.provenance();
    out.used[g] = result.used;
}

} // namespace

GroupError::GroupError(Message message, std::size_t row, Subject subject)
    : std::invalid_argument(message.english()), MessageCarrier(std::move(message)), m_row(row), m_subject(subject)
{
}

RowGroups splitGroups(std::span<const std::string> keys)
{
    RowGroups groups;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t row = 0; row < keys.size(); ++row) {
        auto [it, added] = index.try_emplace(keys[row], groups.names.size());
        if (added) {
            groups.names.push_back(keys[row]);
            groups.rows.emplace_back();
        }
        groups.rows[it->second].push_back(row);
    }
    return groups;
}

std::size_t minimumGroupRows(const GroupOptions& options)
{
    if (isNumpy(options))
        return minimumPoints(options.edgeOrder);
    const SmoothingOptions smoothing = smoothingFor(options);
    if (smoothing.method == SmoothingMethod::Savgol && smoothing.window)
        return static_cast<std::size_t>(std::max(1, *smoothing.window));
    const std::size_t minimum = smoothing::minimumSamples(smoothing.method, smoothing);
    // auto compares the spline among its candidates, and fails on fewer rows than the spline
    // takes (a std::length_error, not a SmoothingError): such a group is short.
    if (smoothing.method == SmoothingMethod::Auto)
        return std::max(minimum, smoothing::minimumSamples(SmoothingMethod::Spline, smoothing));
    return minimum;
}

Message shortGroupMessage(const RowGroups& groups, const ShortGroup& shortGroup, const GroupOptions& options)
{
    const std::size_t n = groups.rows[shortGroup.group].size();
    const std::string what = isNumpy(options) ? "edge order " + std::to_string(options.edgeOrder)
                                              : std::string(methodName(options.smoothing.method));
    if (n == 1)
        return { MessageId::ShortGroupOneRow,
            { groups.names[shortGroup.group], what, MessageArg::integer(shortGroup.needed) }, {} };
    return { MessageId::ShortGroupRows,
        { groups.names[shortGroup.group], MessageArg::integer(n), what, MessageArg::integer(shortGroup.needed) }, {} };
}

GroupedDerivative groupedDerivative(const RowGroups& groups, const Series& series, const GroupOptions& options)
{
    checkOptions(options);
    const std::size_t n = series.y.size();
    const std::size_t needed = minimumGroupRows(options);
    GroupedDerivative out;
    out.derivative.assign(n, kNaN);
    out.skipped.assign(n, 0);
    out.provenance.resize(groups.names.size());
    out.used.resize(groups.names.size());
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        if (groups.rows[g].size() >= needed)
            continue;
        const ShortGroup shortGroup { g, needed };
        if (options.strict)
            throw GroupError(shortGroupMessage(groups, shortGroup, options), groups.rows[g].front(),
                GroupError::Subject::ShortGroup);
        out.shortGroups.push_back(shortGroup);
        for (std::size_t r : groups.rows[g])
            out.skipped[r] = 1;
    }
    for (std::size_t g = 0; g < groups.names.size(); ++g)
        if (groups.rows[g].size() >= needed)
            differentiateGroup(groups, g, series, options, out);
    return out;
}

} // namespace tangent
