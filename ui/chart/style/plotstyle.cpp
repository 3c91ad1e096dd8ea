// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/style/plotstyle.h"

#include "ui/chart/chartcontrast.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QLineSeries>
#include <QPalette>
#include <QPen>

#include <algorithm>
#include <array>

namespace tangent::ui {

QColor pairColor(std::size_t index, bool derivative, const QPalette& palette)
{
    // Curve and derivative hues sit far apart on the colour wheel (blue/orange, green/magenta,
    // violet/gold, teal/red), dark enough for a white background; lightened for a dark one.
    static constexpr std::array<std::array<QRgb, 2>, 4> kPairs { {
        { 0x1f5fbf, 0xe8590c },
        { 0x2b8a3e, 0xc2255c },
        { 0x6741d9, 0xb08800 },
        { 0x0c8599, 0xe03131 },
    } };
    QColor color = QColor::fromRgb(kPairs.at(index % kPairs.size()).at(derivative ? 1 : 0));
    if (palette.color(QPalette::Window).lightness() < 128)
        color = color.lighter(150);
    return lineColorFor(color, palette);
}

QColor groupColor(int group, const QPalette& palette)
{
    // Ten hues far apart (Tableau 10, darkened for white), lightened on a dark background.
    static constexpr std::array<QRgb, 10> kHues { 0x1f5fbf, 0xe8590c, 0x2b8a3e, 0xc2255c, 0x6741d9, 0xb08800, 0x0c8599,
        0xe03131, 0x5c3d2e, 0x495057 };
    QColor color = QColor::fromRgb(kHues.at(static_cast<std::size_t>(group) % kHues.size()));
    if (palette.color(QPalette::Window).lightness() < 128)
        color = color.lighter(150);
    return color;
}

std::size_t lineIndex(const std::vector<ChartPlot>& plots, int column)
{
    std::size_t index = 0;
    for (const ChartPlot& plot : plots) {
        if (plot.key.column == column && !plot.key.derivative)
            return index;
        index += plot.key.derivative ? 0 : 1;
    }
    return index;
}

void setPlotPen(const ChartPlot& plot, const QColor& color, bool dashed, double solidWidth, bool presentation)
{
    QPen pen(color);
    if (dashed) {
        // Wide dashed paths take seconds to paint at many points: thin cosmetic dashes unless few.
        const bool wide = presentation && !plot.dense;
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(wide ? 3.0 : 1.0);
        pen.setCosmetic(!wide);
    } else {
        pen.setWidthF(solidWidth);
    }
    const double markerSize = presentation ? 8.0 : 5.0;
    plot.series->setPen(pen);
    plot.series->setMarkerSize(markerSize);
    for (QLineSeries* extra : plot.extra) {
        extra->setPen(pen);
        extra->setMarkerSize(markerSize);
    }
}

QString groupedName(const ChartData& data, const Document* document, const PlotKey& key, const QString& title)
{
    const auto& names = data.groupNames();
    if (key.group < 0 || static_cast<std::size_t>(key.group) >= names.size())
        return title;
    QString name = names[static_cast<std::size_t>(key.group)];
    // With several y columns the column is named too; the derivative is told by its dashes.
    const auto& keys = data.keys();
    const bool severalColumns
        = std::ranges::any_of(keys, [&key](const PlotKey& k) { return k.group == 0 && k.column != key.column; });
    if (severalColumns)
        name = QStringLiteral("%1 · %2").arg(document ? document->columnTitle(key.column) : QString(), name);
    // A prime, as in f′: short enough that a legend of many groups keeps every name whole. (The
    // chart's translation context, where this text always was.)
    return key.derivative ? QCoreApplication::translate("tangent::ui::ChartView", "%1′").arg(name) : name;
}

} // namespace tangent::ui
