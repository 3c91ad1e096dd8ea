#pragma once
// The chart's read-only view of the document's numbers: x sorted and NaN-free (the document's own
// storage when it already is, so nothing is copied), each plotted quantity aligned with it, the row
// each point came from, and the conversion between data units and the chart's axis units.

#include "core/screenreduction.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <span>
#include <vector>

namespace tangent::ui {

class Document;

/// One plotted quantity: a y column or its derivative. Built by name, never from a bare flag:
/// PlotKey::curveOf(2), PlotKey::derivativeOf(2).
struct PlotKey {
    int column = -1;
    bool derivative = false;

    [[nodiscard]] static constexpr PlotKey curveOf(int column) { return { column, false }; }
    [[nodiscard]] static constexpr PlotKey derivativeOf(int column) { return { column, true }; }
    bool operator==(const PlotKey&) const = default;
};

class ChartData {
public:
    /// Binds to the document's current contents. The views into the document stay valid until the
    /// document next changes; rebuild before reading again.
    void rebuild(const Document& document);

    /// The effective y columns, each followed by its derivative when one was computed.
    [[nodiscard]] const std::vector<PlotKey>& keys() const { return m_keys; }
    [[nodiscard]] bool isDate() const { return m_isDate; }
    /// Finite x values in ascending order, in data units (seconds since the epoch for dates).
    [[nodiscard]] std::span<const double> x() const { return m_x; }
    /// Values of plot `k` (an index into keys()), aligned with x().
    [[nodiscard]] std::span<const double> values(std::size_t k) const { return m_values.at(k).view; }
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
    };

    std::vector<PlotKey> m_keys;
    std::vector<Values> m_values;
    std::vector<double> m_generatedX; // i * dx when there is no x column
    std::span<const double> m_rowX; // x in document order
    std::span<const double> m_x; // x sorted and finite
    std::vector<double> m_sortedX; // backs m_x when the document's x is not usable as is
    std::vector<std::size_t> m_order; // row of each position of m_x; empty means identity
    std::vector<std::size_t> m_position; // inverse of m_order (m_x.size() for rows without x)
    bool m_isDate = false;
    double m_scale = 1.0;
    double m_offset = 0.0;
};

/// A value for people: 7 significant digits, "—" when not finite.
QString formatValue(double value);
/// An x in data units for people: a date (and time, when not midnight) in UTC for a date axis,
/// else formatValue.
QString formatX(const ChartData& data, double x);

/// Splits reduced points at their NaN gap markers (and at NaN values) into polylines in axis units.
/// After `maxSegments` polylines, further gaps are bridged so the series count stays bounded.
QList<QList<QPointF>> toSegments(const std::vector<ReducedPoint>& points, const ChartData& data, qsizetype maxSegments);

} // namespace tangent::ui
