// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/panes/chartlayout.h"

#include <QSettings>

#include <array>
#include <utility>

namespace tangent::ui {
namespace {

const QString kSettingsKey = QStringLiteral("chart/layout");

constexpr std::array<std::pair<ChartLayout, const char*>, 3> kNames { {
    { ChartLayout::Overlay, "overlay" },
    { ChartLayout::Stacked, "stacked" },
    { ChartLayout::Multiples, "multiples" },
} };

} // namespace

QString layoutName(ChartLayout layout)
{
    for (const auto& [value, name] : kNames) {
        if (value == layout)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ChartLayout> parseLayout(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& [value, text] : kNames) {
        if (wanted == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

ChartLayout defaultLayout(int yColumns)
{
    // Past four columns a stacked pane holds more curves, axes and legend entries than it has room
    // for at 1280×780; a pair per column keeps each one readable.
    if (yColumns > kMostStacked)
        return ChartLayout::Multiples;
    return yColumns >= 3 ? ChartLayout::Stacked : ChartLayout::Overlay;
}

std::optional<ChartLayout> rememberedLayout()
{
    return parseLayout(QSettings().value(kSettingsKey).toString());
}

void rememberLayout(ChartLayout layout)
{
    QSettings().setValue(kSettingsKey, layoutName(layout));
}

} // namespace tangent::ui
