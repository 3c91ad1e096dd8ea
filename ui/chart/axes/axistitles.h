// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Axis titles that fit their axis: Qt Charts cuts a title longer than its axis at the end, which
// loses the unit ("d(temperature)/d(t) [°C/…"). AxisTitles keeps each axis's whole title and shows
// it elided in the middle to the length of the plot area, again whenever the plot area changes.

#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>
#include <vector>

class QAbstractAxis;
class QChart;
class QFont;

namespace tangent::ui {

/// `title` elided in the middle to `length` pixels in `font`; the whole title when it fits or
/// when there is no length yet (a chart not laid out).
[[nodiscard]] QString elidedAxisTitle(const QString& title, const QFont& font, qreal length);

class AxisTitles : public QObject {
    Q_OBJECT
public:
    explicit AxisTitles(QChart* chart);

    /// Titles `axis` with `title`, shown elided to the axis's length.
    void setTitle(QAbstractAxis* axis, const QString& title);
    /// The whole title of `axis` as last set (its titleText() may be elided); empty if none.
    [[nodiscard]] QString title(const QAbstractAxis* axis) const;

private:
    void elide(QAbstractAxis* axis, const QString& title) const;
    void elideAll();

    QChart* m_chart;
    std::vector<std::pair<QPointer<QAbstractAxis>, QString>> m_titles;
};

} // namespace tangent::ui
