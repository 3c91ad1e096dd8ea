// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart's read-only view of the document's numbers: x sorted and NaN-free (the document's own
// storage when it already is, so nothing is copied), each plotted quantity aligned with it, the row
// each point came from, and the conversion between data units and the chart's axis units.

#include "core/gradient/screenreduction.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <span>
#include <vector>

namespace tangent::ui {

class Document;

/// One plotted quantity: a y column or its derivative, over every row or (grouped, long-format
/// data) over one group's rows. Built by name, never from a bare flag: PlotKey::curveOf(2),
/// PlotKey::derivativeOf(2, group).
struct PlotKey {
    int column = -1;
    bool derivative = false;
    int group = -1; ///< index into ChartData::groupNames(), or -1: every row

    [[nodiscard]] static constexpr PlotKey curveOf(int column, int group = -1) { return { column, false, group }; }
    [[nodiscard]] static constexpr PlotKey derivativeOf(int column, int group = -1) { return { column, true, group }; }
    bool operator==(const PlotKey&) const = default;
};

class ChartData {
public:
    /// Grouped data draws the lines of this many groups at most (two series each per column):
    /// more would be unreadable and slow; the table and export keep every group.
    static constexpr int kMaxGroupLines = 24;

    /// Binds to the document's current contents. The views into the document stay valid until the
    /// document next changes; rebuild before reading again.
    void rebuild(const Document& document);

    /// The effective y columns, each followed by its derivative when one was computed; grouped,
    /// each column's curve and derivative per group, in group order.
    [[nodiscard]] const std::vector<PlotKey>& keys() const { return m_keys; }
    [[nodiscard]] bool isDate() const { return m_isDate; }
    /// Finite x values in ascending order, in data units (seconds since the epoch for dates).
    [[nodiscard]] std::span<const double> x() const { return m_x; }
    /// Values of plot `k` (an index into keys()), aligned with x(); NaN at other groups' rows.
    [[nodiscard]] std::span<const double> values(std::size_t k) const { return m_values.at(k).view; }
    /// The line of plot `k`: its x (ascending) and values. x() and values(k) unless grouped, when
    /// it is the group's own rows, so that a group's line never breaks at another group's rows.
    [[nodiscard]] std::span<const double> lineX(std::size_t k) const;
    [[nodiscard]] std::span<const double> lineValues(std::size_t k) const;
    /// `rowOrder` (one value per document row, as a result's smoothed curve) at the points of plot
    /// `k`'s line, aligned with lineX(k): a grouped plot takes its group's rows only. NaN for rows
    /// `rowOrder` does not reach.
    [[nodiscard]] std::vector<double> alongLine(std::size_t k, std::span<const double> rowOrder) const;
    /// The groups' names (long-format data grouped by a column), empty when not grouped.
    [[nodiscard]] const std::vector<QString>& groupNames() const { return m_groupNames; }
    /// The group of document row `row`, or -1 (not grouped).
    [[nodiscard]] int groupOfRow(int row) const;
    /// The document row of position `i` of x().
    [[nodiscard]] int rowAt(std::size_t i) const;
    /// The position in x() of document row `row`; x().size() if the row is not drawn (no x).
    [[nodiscard]] std::size_t positionOfRow(int row) const;
    /// x of document row `row` in data units; NaN if the row has none.
    [[nodiscard]] double xOfRow(int row) const;
    /// Value of plot `k` at document row `row`; NaN if none.
    [[nodiscard]] double valueOfRow(std::size_t k, int row) const;

    /// Data units to axis units: msecs for dates (QDateTimeAxis), shifted by the local UTC offset at
    /// the first point so that the axis, which labels in local time, reads in UTC.
    [[nodiscard]] double toPlot(double x) const { return x * m_scale + m_offset; }
    [[nodiscard]] double toData(double plotX) const { return (plotX - m_offset) / m_scale; }

private:
    struct Values {
        std::span<const double> rowOrder; // as in the document
        std::span<const double> view; // aligned with m_x
        std::vector<double> storage; // backs `view` when x had to be sorted or filtered
        int group = -1;
        std::vector<double> lineX; // the group's rows in x order (grouped plots only)
        std::vector<double> lineY;
    };

    void addGroupKeys(const Document& document);
    void buildGroupLines();

    std::vector<PlotKey> m_keys;
    std::vector<Values> m_values;
    std::vector<double> m_generatedX; // i * dx when there is no x column
    std::span<const double> m_rowX; // x in document order
    std::span<const double> m_x; // x sorted and finite
    std::vector<double> m_sortedX; // backs m_x when the document's x is not usable as is
    std::vector<std::size_t> m_order; // row of each position of m_x; empty means identity
    std::vector<std::size_t> m_position; // inverse of m_order (m_x.size() for rows without x)
    std::vector<QString> m_groupNames;
    std::vector<int> m_rowGroup; // group of each document row (grouped only)
    std::vector<std::vector<std::size_t>> m_groupPositions; // each group's positions in m_x, ascending
    bool m_isDate = false;
    double m_scale = 1.0;
    double m_offset = 0.0;
};

/// A value for people: 7 significant digits, "—" when not finite.
QString formatValue(double value);
/// `value` in the window's language (QLocale's default: a decimal comma in German), without group
/// separators, as the table shows numbers; `format` and `precision` as QLocale::toString's.
QString formatNumber(double value, char format, int precision);
/// An x in data units for people: a date (and time, when not midnight) in UTC for a date axis,
/// else formatValue.
QString formatX(const ChartData& data, double x);

/// Splits reduced points at their NaN gap markers (and at NaN values) into polylines in axis units.
/// After `maxSegments` polylines, further gaps are bridged so the series count stays bounded.
QList<QList<QPointF>> toSegments(const std::vector<ReducedPoint>& points, const ChartData& data, qsizetype maxSegments);

} // namespace tangent::ui
