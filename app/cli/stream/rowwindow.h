// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows the streaming derivative holds at once: a block's worth plus the halo the stencil
// needs, and the derivative of the rows whose neighbours are all present.

#include "app/cli/stream/blockparser.h"
#include "core/gradient/gradient.h"

#include <cstddef>
#include <string>
#include <vector>

namespace tangent {

/// How the streaming derivative spaces its rows, decided before any derivative is computed:
/// numpy's uniform test needs every x difference, so a file's x must be known uniform or not.
struct StreamSpacing {
    bool hasX = false;
    bool uniform = true; ///< with x: every difference exactly equals the first (numpy's test)
    double h = 1.0; ///< the uniform step (x[1] - x[0], or --dx, or 1)
};

/// Consecutive rows of a file, from row `start` (0-based): derivative() computes what it can.
class RowWindow {
public:
    /// `bandSigma`: σ of each y for its band (numpy.gradient's sd, core/uncertainty), or empty.
    RowWindow(std::size_t yCount, int edgeOrder, int order, std::vector<double> bandSigma = {})
        : m_edgeOrder(edgeOrder), m_order(order), m_bandSigma(std::move(bandSigma))
    {
        m_rows.clear(yCount);
    }

    void append(const RowBlock& block);
    [[nodiscard]] const RowBlock& rows() const { return m_rows; }
    [[nodiscard]] std::size_t start() const { return m_start; }

    /// Computes the derivatives of the rows that can be (every row if `final`; else all but the
    /// last `order` rows, whose right neighbours have not arrived) into derivatives(), and returns
    /// the range [first, last) of window rows they are valid for; the rows before `first` (the
    /// halo) were emitted before. Throws GradientError as numpy would for the whole file.
    std::pair<std::size_t, std::size_t> compute(const StreamSpacing& spacing, bool final);
    [[nodiscard]] const std::vector<std::vector<double>>& derivatives() const { return m_derivatives; }
    /// With a band: each derivative's sd, computed with them (empty without).
    [[nodiscard]] const std::vector<std::vector<double>>& bands() const { return m_bands; }
    /// After compute threw: the y (index into rows().ys) it was computing.
    [[nodiscard]] std::size_t failedColumn() const { return m_column; }

    /// Keeps only the halo for the next block (after compute with final false).
    void advance();

    /// True when enough rows are held for compute(…, false) to yield rows.
    [[nodiscard]] bool ready(std::size_t minimumRows) const
    {
        return m_rows.rows > std::max(minimumRows, order() + context());
    }

private:
    [[nodiscard]] std::size_t order() const { return static_cast<std::size_t>(m_order); }
    /// Rows kept before the first row still to emit. Each application of the gradient reads one
    /// neighbour in the interior and up to two (edge order 2) at the file's last rows, so a row's
    /// value reaches back at most 2 * order rows; two more keep the spoiled window edge away.
    [[nodiscard]] std::size_t context() const { return 2 * order() + 2; }
    void computeBands(const AxisSpacing& axis);

    int m_edgeOrder;
    int m_order;
    std::size_t m_start = 0;
    RowBlock m_rows;
    std::vector<double> m_bandSigma;
    std::vector<std::vector<double>> m_derivatives;
    std::vector<std::vector<double>> m_bands;
    std::vector<double> m_scratch;
    std::size_t m_column = 0;
};

} // namespace tangent
