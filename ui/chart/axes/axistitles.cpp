// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/axes/axistitles.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>

#include <algorithm>

namespace tangent::ui {

QString elidedAxisTitle(const QString& title, const QFont& font, qreal length)
{
    if (length <= 0)
        return title;
    return QFontMetricsF(font).elidedText(title, Qt::ElideMiddle, length);
}

AxisTitles::AxisTitles(QChart* chart) : QObject(chart), m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &AxisTitles::elideAll);
}

void AxisTitles::setTitle(QAbstractAxis* axis, const QString& title)
{
    std::erase_if(m_titles, [axis](const auto& entry) { return entry.first.isNull() || entry.first == axis; });
    m_titles.emplace_back(axis, title);
    elide(axis, title);
}

QString AxisTitles::title(const QAbstractAxis* axis) const
{
    const auto it = std::ranges::find_if(m_titles, [axis](const auto& entry) { return entry.first == axis; });
    return it != m_titles.end() ? it->second : QString();
}

void AxisTitles::elide(QAbstractAxis* axis, const QString& title) const
{
    const QRectF area = m_chart->plotArea();
    const qreal length = axis->orientation() == Qt::Horizontal ? area.width() : area.height();
    const QString shown = elidedAxisTitle(title, axis->titleFont(), length);
    if (axis->titleText() != shown)
        axis->setTitleText(shown);
}

void AxisTitles::elideAll()
{
    for (const auto& [axis, title] : m_titles) {
        if (axis)
            elide(axis, title);
    }
}

} // namespace tangent::ui
