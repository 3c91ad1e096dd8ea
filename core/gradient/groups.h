// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Long-format tables: rows split into groups by a key column, each group differentiated over its
// own rows in file order (groups may interleave), the result put back in the input's row order.
// tangent-cli --group and the window's Group by both call this, so they compute the same numbers.

#include "core/smoothing/smoothing.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace tangent {

/// The rows of each group: groups in order of first appearance, rows in file order.
struct RowGroups {
    std::vector<std::string> names;
    std::vector<std::vector<std::size_t>> rows; ///< 0-based input rows of each group
};

/// Groups the rows by their key (`keys[row]`); equal text is one group.
RowGroups splitGroups(std::span<const std::string> keys);

/// How every group is differentiated.
struct GroupOptions {
    /// Method Numpy (the default) is numpy.gradient with `edgeOrder`; any other method is
    /// smoothDerivative with these options (their `order` is replaced by `order` below).
    SmoothingOptions smoothing = [] {
        SmoothingOptions numpy;
        numpy.method = SmoothingMethod::Numpy;
        return numpy;
    }();
    int edgeOrder = 1; ///< numpy only: 1 or 2
    int order = 1; ///< derivative order k
    bool strict = false; ///< a group too short for the method is an error rather than NaN cells
};

/// A group with too few rows for the method: its cells are NaN.
struct ShortGroup {
    std::size_t group = 0; ///< index into RowGroups
    std::size_t needed = 0; ///< rows the method needs
};

/// Every group's derivative, in input row order.
struct GroupedDerivative {
    std::vector<double> derivative; ///< NaN in the rows of short groups
    std::vector<double> smoothed; ///< the smoothed curve (smoothing methods asking for it), else empty
    std::vector<char> skipped; ///< per row: 1 in the rows of short groups
    std::vector<ShortGroup> shortGroups;
    /// Per group: what was run (SmoothingResult::provenance()); empty for numpy and short groups.
    std::vector<std::string> provenance;
    /// Per group: the smoothing method that ran with every parameter set (SmoothingResult::used),
    /// as the uncertainty band needs it; nullopt for numpy and short groups.
    std::vector<std::optional<SmoothingOptions>> used;
};

/// A group that cannot be differentiated. what() names the group; row() is the 0-based input
/// row the problem is at (the group's first row for a short group), or npos.
class GroupError : public std::invalid_argument, public MessageCarrier {
public:
    /// What is at fault: the group is too short (strict), x within it, or its y values / options.
    enum class Subject : std::uint8_t { ShortGroup, X, Y };

    GroupError(Message message, std::size_t row, Subject subject);
    GroupError(const std::string& message, std::size_t row, Subject subject)
        : GroupError(plainMessage(message), row, subject)
    {
    }
    [[nodiscard]] std::size_t row() const noexcept { return m_row; }
    [[nodiscard]] Subject subject() const noexcept { return m_subject; }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    std::size_t m_row;
    Subject m_subject;
};

/// The fewest rows a group needs under `options` (edge order + 1 for numpy; the method's own
/// minimum, or the savgol window when one is given).
std::size_t minimumGroupRows(const GroupOptions& options);

/// "group 'B' has 1 row, too few for edge order 1 (needs 2)", or "... too few for savgol (needs 5)".
Message shortGroupMessage(const RowGroups& groups, const ShortGroup& shortGroup, const GroupOptions& options);

/// Differentiates `series` (y, and x or a uniform h, one entry per input row) within each group.
/// Short groups get NaN cells and are listed, or with options.strict throw GroupError at the
/// first of them. A group that cannot be computed (x not increasing, bad options) throws
/// GroupError naming it. Bad options throw SmoothingError or GradientError before any group is
/// computed.
GroupedDerivative groupedDerivative(const RowGroups& groups, const Series& series, const GroupOptions& options);

} // namespace tangent
