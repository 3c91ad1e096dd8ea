// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The convergence view: numpy.gradient's largest error against the number of points on log-log
// axes, for edge order 1 and 2, with the fitted slopes in the legend and dashed reference lines of
// slope −1 and −2. The study itself is the core's convergenceStudy.

#include "core/classroom/functionlab.h"

#include <QDialog>

#include <array>
#include <cstddef>
#include <vector>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QLogValueAxis;

namespace tangent::ui {

class FunctionLabController;

class ConvergenceDialog : public QDialog {
    Q_OBJECT
public:
    /// Studies the controller's current function (FunctionLabController::subject()), and again
    /// whenever a new table is generated.
    explicit ConvergenceDialog(FunctionLabController* controller, QWidget* parent = nullptr);

    /// The numbers of points studied: 13 counts from 10 to 10,000, evenly spaced on a log scale.
    static std::vector<std::size_t> counts();

    [[nodiscard]] const ConvergenceStudy& study() const { return m_study; }
    [[nodiscard]] QChart* chart() const;
    /// Whether edge order 1 or 2 is exact for the function, so that its errors are only rounding.
    [[nodiscard]] bool exactFor(int edgeOrder) const { return m_exact.at(static_cast<std::size_t>(edgeOrder - 1)); }
    /// The measured errors for edge order 1 or 2 (points with a zero error are left out).
    [[nodiscard]] QLineSeries* errorSeries(int edgeOrder) const;
    /// The dashed reference line of slope −1 or −2 (slope given as 1 or 2).
    [[nodiscard]] QLineSeries* referenceSeries(int slope) const;

    /// Runs the study again for the controller's current function.
    void recompute();

private:
    void draw();
    void updateLegendTexts();

    FunctionLabController* m_controller;
    ConvergenceStudy m_study;
    /// Edge order 1 and 2 are exact for the function (errors are rounding, growing as 1/h).
    std::array<bool, 2> m_exact {};
    QLabel* m_subject = nullptr;
    QLabel* m_explanation = nullptr;
    QChartView* m_view = nullptr;
    QLogValueAxis* m_xAxis = nullptr;
    QLogValueAxis* m_yAxis = nullptr;
    QLineSeries* m_edge1 = nullptr;
    QLineSeries* m_edge2 = nullptr;
    QLineSeries* m_slope1 = nullptr;
    QLineSeries* m_slope2 = nullptr;
};

} // namespace tangent::ui
