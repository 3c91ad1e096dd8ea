// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hands out a chart pane's y axes so that no side carries more than two (one in a narrow pane): a quantity takes an
// axis on its preferred side, else on the other side, and when both are full it shares the last
// axis of its preferred side. Quantities of one group (a unit, say) share one axis.

#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QValueAxis;

namespace tangent::ui {

class AxisSlots {
public:
    static constexpr int kMaxPerSide = 2;
    using Factory = std::function<QValueAxis*(Qt::Alignment)>;

    /// `main` is the pane's main left axis, given to the first group asked for on the left;
    /// `make` creates further axes at an alignment; at most `perSide` (1 or kMaxPerSide) a side.
    AxisSlots(QValueAxis* main, Factory make, int perSide = kMaxPerSide);

    /// The axis of `group`, preferring side `preferred` (Qt::AlignLeft or Qt::AlignRight).
    [[nodiscard]] QValueAxis* axisFor(const QString& group, Qt::Alignment preferred);
    /// True once a group was given the main axis.
    [[nodiscard]] bool mainUsed() const { return m_mainUsed; }

private:
    struct Side {
        std::vector<QValueAxis*> axes;
    };
    [[nodiscard]] Side& side(Qt::Alignment alignment) { return alignment == Qt::AlignLeft ? m_left : m_right; }
    QValueAxis* take(Qt::Alignment alignment);

    QValueAxis* m_main;
    Factory m_make;
    int m_perSide;
    bool m_mainUsed = false;
    Side m_left;
    Side m_right;
    std::vector<std::pair<QString, QValueAxis*>> m_groups;
};

} // namespace tangent::ui
