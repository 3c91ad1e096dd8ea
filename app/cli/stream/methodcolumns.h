// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One column of a streamed --method savgol or kalman: what the in-memory method checks, gathered
// as the rows pass (ColumnFacts), and the passes over the held rows that compute its derivative
// into a temporary file (ColumnValues), read back a block at a time when the rows are written.

#include "app/cli/stream/blockparser.h"
#include "app/cli/stream/pendingrows.h"
#include "core/smoothing/savgol.h"

#include <cstddef>
#include <cstdio>
#include <limits>
#include <optional>
#include <vector>

namespace tangent {

/// x of a row: its x cell, or the row's index times the spacing (as smoothing::rowX).
struct StreamRowX {
    bool hasX = false;
    double h = 1.0;
    [[nodiscard]] double at(const RowBlock& block, std::size_t r, std::size_t row) const
    {
        return hasX ? block.x[r] : static_cast<double>(row) * h;
    }
};

/// What smoothing::cleanSeries (and kalman's track) learn of one y column, a row at a time, with
/// the first error they would throw.
struct ColumnFacts {
    std::size_t clean = 0; ///< rows taking part: y and x not NaN
    std::size_t firstRow = 0; ///< the first and last of them
    std::size_t lastRow = 0;
    double firstX = 0.0;
    double lastX = 0.0;
    double minStep = std::numeric_limits<double>::infinity(); ///< between consecutive clean x
    double maxStep = -std::numeric_limits<double>::infinity();
    bool complete = true; ///< no row left out
    std::vector<double> headX; ///< the first eight clean samples (kalman's prior)
    std::vector<double> headY;
    std::optional<SmoothingError> error; ///< cleanSeries' first error
    std::optional<SmoothingError> trackError; ///< kalman: x not increasing, from firstRow on

    /// Row `row` (0-based data row) with x and y; `method` names the method in messages.
    void observe(std::size_t row, double x, double y, const char* method);

    /// Whether the clean samples are evenly spaced (cleanSeries' rule) and their step.
    [[nodiscard]] std::pair<bool, double> uniform(bool hasX, double h, bool needsX) const;

private:
    double m_previous = -std::numeric_limits<double>::infinity();
    double m_trackLast = 0.0;
};

/// A column's derivative in a temporary file: every row's value (savgol), or the values of the
/// track's rows only (kalman: rows from the first clean row to the last with an x), the others NaN.
class ColumnValues {
public:
    ColumnValues();
    ~ColumnValues();
    ColumnValues(ColumnValues&& other) noexcept;
    ColumnValues& operator=(ColumnValues&&) = delete;
    ColumnValues(const ColumnValues&) = delete;
    ColumnValues& operator=(const ColumnValues&) = delete;

    void append(double value);
    /// Writes `values` as entries [at, at + size) (kalman's backward pass writes back to front).
    void writeAt(std::size_t at, const std::vector<double>& values);
    /// Only the rows in [firstRow, lastRow] with an x have an entry.
    void setTrack(std::size_t firstRow, std::size_t lastRow);

    /// Starts reading from the first entry.
    void rewind();
    /// The values of `block`'s rows, which start at row `start`.
    void read(const RowBlock& block, std::size_t start, const StreamRowX& rowX, std::vector<double>& out);

private:
    void flush();

    std::FILE* m_file;
    std::vector<double> m_buffer;
    std::vector<double> m_read;
    bool m_track = false;
    std::size_t m_firstRow = 0;
    std::size_t m_lastRow = 0;
};

/// A column's derivative and, with --uncertainty, its sd (the sd[...] column), each in a temporary
/// file, the same rows having an entry in both.
struct MethodColumn {
    ColumnValues derivative;
    std::optional<ColumnValues> sd;
};

/// Savitzky–Golay over the held rows: savgolFilterRange a stretch of clean samples at a time, the
/// rows left out filled as spreadToRows fills them; `batch` clean samples computed at a time.
/// With `sigma`, the band too: σ times savgolUnitSdRange on the same stretches, filled alike.
MethodColumn savgolColumn(PendingRows& rows, std::size_t column, const ColumnFacts& facts,
    const smoothing::SavgolParams& params, const StreamRowX& rowX, bool uniform, double h, std::size_t batch,
    std::optional<double> sigma);

/// The GCV of the smoothing filter of `window` on a column (chooseSavgolWindow's measure), in one
/// pass over the held rows.
double savgolColumnGcv(
    PendingRows& rows, std::size_t column, const ColumnFacts& facts, int window, int polyorder, const StreamRowX& rowX);

/// kalman's log10(q/r) by maximum likelihood, a pass over the held rows per likelihood.
double kalmanColumnRatio(PendingRows& rows, std::size_t column, const ColumnFacts& facts, const StreamRowX& rowX);

/// The Kalman smoother's `order`-th derivative: the forward filter's states to a temporary file,
/// then the backward pass over it in blocks of `batch` samples, last first. With `sigma`, the band
/// too: the backward pass carries the smoothed covariance (kalmanSmoothCovariance, kalmanBandSd).
MethodColumn kalmanColumn(PendingRows& rows, std::size_t column, const ColumnFacts& facts, double ratio, int order,
    const StreamRowX& rowX, std::size_t batch, std::optional<double> sigma);

} // namespace tangent
