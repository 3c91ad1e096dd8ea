// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Edge orders" page of the Compare dialog: the derivative with edge order 1 and 2 on one
// chart, their difference on its own axis, large markers where they differ, and a sentence saying
// which rows differ and by how much.

#include "ui/classroom/compare/comparison.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tangent::ui {

class EdgeOrderPage : public QWidget {
    Q_OBJECT
public:
    explicit EdgeOrderPage(QWidget* parent = nullptr);

    /// Draws `comparison` (titles use `yTitle`, e.g. "temp [°C]").
    void setComparison(const EdgeOrderComparison& comparison, const QString& yTitle);

    [[nodiscard]] QChart* chart() const;
    [[nodiscard]] QLineSeries* order1Series() const { return m_order1; }
    [[nodiscard]] QLineSeries* order2Series() const { return m_order2; }
    [[nodiscard]] QLineSeries* differenceSeries() const { return m_difference; }
    /// Both curves' values at the rows that differ.
    [[nodiscard]] QScatterSeries* markerSeries() const { return m_markers; }
    [[nodiscard]] QString summary() const;

private:
    [[nodiscard]] static QString describe(const EdgeOrderComparison& comparison);

    QChartView* m_view = nullptr;
    QValueAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QValueAxis* m_differenceAxis = nullptr;
    QLineSeries* m_order1 = nullptr;
    QLineSeries* m_order2 = nullptr;
    QLineSeries* m_difference = nullptr;
    QScatterSeries* m_markers = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace tangent::ui
