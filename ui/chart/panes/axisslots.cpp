// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/panes/axisslots.h"

#include <QValueAxis>

#include <algorithm>

namespace tangent::ui {

AxisSlots::AxisSlots(QValueAxis* main, Factory make, int perSide)
    : m_main(main), m_make(std::move(make)), m_perSide(std::clamp(perSide, 1, kMaxPerSide))
{
}

QValueAxis* AxisSlots::take(Qt::Alignment alignment)
{
    Side& s = side(alignment);
    if (std::ssize(s.axes) >= m_perSide)
        return nullptr;
    QValueAxis* axis = nullptr;
    if (alignment == Qt::AlignLeft && !m_mainUsed) {
        axis = m_main;
        m_mainUsed = true;
    } else {
        axis = m_make(alignment);
    }
    s.axes.push_back(axis);
    return axis;
}

QValueAxis* AxisSlots::axisFor(const QString& group, Qt::Alignment preferred)
{
    const auto known = std::ranges::find_if(m_groups, [&group](const auto& g) { return g.first == group; });
    if (known != m_groups.end())
        return known->second;
    const Qt::Alignment other = preferred == Qt::AlignLeft ? Qt::AlignRight : Qt::AlignLeft;
    QValueAxis* axis = take(preferred);
    if (!axis)
        axis = take(other);
    // Both sides full: a shared scale is better than a fifth axis squeezing the plot.
    if (!axis)
        axis = side(preferred).axes.back();
    m_groups.emplace_back(group, axis);
    return axis;
}

} // namespace tangent::ui
