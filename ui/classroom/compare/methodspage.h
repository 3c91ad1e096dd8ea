// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Methods" page of the Compare dialog, for "why does MATLAB / Origin / my spreadsheet give
// something else?": numpy's derivative, MATLAB/Octave's gradient and the average of slopes on one
// chart, their residuals against numpy below, a table of the largest residuals, and each formula.

#include "ui/classroom/compare/comparison.h"

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTableView;
class QValueAxis;

namespace tangent::ui {

class ResidualTableModel;

class MethodsPage : public QWidget {
    Q_OBJECT
public:
    explicit MethodsPage(QWidget* parent = nullptr);

    void setComparison(const MethodsComparison& comparison, const QString& yTitle);

    [[nodiscard]] QChart* derivativeChart() const;
    [[nodiscard]] QChart* residualChart() const;
    /// The derivative line of `method`.
    [[nodiscard]] QLineSeries* methodSeries(DerivativeMethod method) const;
    /// The residual line (method − numpy) of `method`; nullptr for numpy itself.
    [[nodiscard]] QLineSeries* residualSeries(DerivativeMethod method) const;
    [[nodiscard]] ResidualTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// The formulas and the verdict for the current data.
    [[nodiscard]] QString caption() const;

private:
    void buildCharts();
    [[nodiscard]] static QString verdict(const MethodsComparison& comparison);

    QChartView* m_derivativeView = nullptr;
    QChartView* m_residualView = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QValueAxis* m_residualX = nullptr;
    QValueAxis* m_residualY = nullptr;
    std::array<QLineSeries*, 3> m_lines {}; // by DerivativeMethod
    std::array<QLineSeries*, 3> m_residuals {}; // numpy's entry stays null
    ResidualTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_formulas = nullptr;
};

} // namespace tangent::ui
