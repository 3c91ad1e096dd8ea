// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The uncertainty band in a chart pane: around each derivative drawn there, its 95% interval
// (value ± 1.96 sd, the document's DerivativeResult::sd) shaded in the derivative's colour,
// reduced to the screen like the lines. Drawn while the document's band is on, in every pane and
// layout that draws the derivative, per group for grouped data; never for a column without sd.

#include "ui/chart/chartdata.h"

#include <QObject>
#include <QPointer>

#include <cstddef>
#include <utility>
#include <vector>

class QAreaSeries;
class QGraphicsSimpleTextItem;

namespace tangent::ui {

class ChartView;
class Document;

/// The band's half-width in standard deviations: the normal distribution's 97.5% quantile, so
/// that value ± kBandZ · sd holds the true derivative 95% of the time when the noise is Gaussian.
inline constexpr double kBandZ = 1.96;

class ChartBand : public QObject {
    Q_OBJECT
public:
    explicit ChartBand(ChartView* view);

    /// "1.235 ± 0.056" for the hover read-out: derivative `value` of y column `column` at `row`
    /// ± its band's half-width kBandZ · sd, rounded to two significant digits and the value to the
    /// same decimals; empty when the document has no band there.
    [[nodiscard]] static QString readout(const Document& document, int column, int row, double value);
    /// The read-out's last line, saying what "±" is.
    [[nodiscard]] static QString readoutNote();

    /// The caption above the plot saying what the shading is; empty while no band is drawn.
    [[nodiscard]] QString caption() const;

    /// The shaded areas of derivative `key` (one per stretch without gaps); empty while not drawn.
    [[nodiscard]] QList<QAreaSeries*> areasFor(PlotKey key) const;

    /// Draws over x in [lo, hi] at `pixels` columns (called by the chart's refresh, after the lines).
    void draw(double lo, double hi, std::size_t pixels);
    /// Widens `extent` (a y range) of the line of `key` to its band in view, so the axis fits both.
    void widen(PlotKey key, std::pair<double, double>& extent) const;

private:
    struct Band {
        PlotKey key;
        std::vector<QPointer<QAreaSeries>> areas;
        std::pair<double, double> extent;
    };
    /// The band's x, lower and upper edges along the line of key `k` (an index into the data's keys).
    struct Edges {
        std::vector<double> x;
        std::vector<double> lower;
        std::vector<double> upper;
    };
    [[nodiscard]] Edges edges(std::size_t k, const std::vector<double>& values, const std::vector<double>& sd) const;
    void drawBand(Band& band, const Edges& edges, double lo, double hi, std::size_t pixels);
    [[nodiscard]] QAreaSeries* area(Band& band, std::size_t index);
    void removeAreas(Band& band, std::size_t from);
    void placeCaption(bool shown);

    ChartView* m_view;
    std::vector<Band> m_bands;
    QGraphicsSimpleTextItem* m_caption = nullptr;
};

} // namespace tangent::ui
