// SPDX-License-Identifier: GPL-3.0-or-later
// The chart against dark and high-contrast palettes: it takes the palette's window colour as its
// background, and every line keeps WCAG's contrast against it (3:1, 4.5:1 in high contrast).

#include "tests/ui/chart/charttestsupport.h"

#include "ui/accessibility/palettes.h"
#include "ui/chart/chartcontrast.h"

#include <QChart>
#include <QLineSeries>
#include <QPalette>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using testing::numberColumn;
using testing::settle;

QPalette paletteOf(QRgb window, QRgb text)
{
    QPalette palette;
    for (auto role : { QPalette::Window, QPalette::Base })
        palette.setColor(role, QColor::fromRgb(window));
    for (auto role : { QPalette::WindowText, QPalette::Text })
        palette.setColor(role, QColor::fromRgb(text));
    return palette;
}

TEST(ChartContrast, RatioFollowsWcag)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0, 1e-12);
    // #767676 on white is the classic 4.5:1 grey (4.54).
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(ChartContrast, ColoursAreMovedUntilTheyContrast)
{
    const QColor backgrounds[]
        = { Qt::white, Qt::black, QColor(0x2d, 0x2d, 0x2d), QColor(0xef, 0xef, 0xef), QColor(0x80, 0x80, 0x80) };
    const QColor lines[]
        = { QColor(0xb0, 0x88, 0x00), QColor(0x1f, 0x5f, 0xbf), Qt::yellow, Qt::darkBlue, QColor(0xe8, 0x59, 0x0c) };
    for (const QColor& background : backgrounds)
        for (const QColor& line : lines)
            for (double minimum : { 3.0, 4.5 }) {
                const QColor moved = withContrast(line, background, minimum);
                EXPECT_GE(contrastRatio(moved, background), minimum)
                    << line.name().toStdString() << " on " << background.name().toStdString();
                if (contrastRatio(line, background) >= minimum) {
                    EXPECT_EQ(moved, line);
                }
            }
}

TEST(ChartContrast, HighContrastPalettesAreRecognised)
{
    EXPECT_TRUE(isHighContrast(paletteOf(0x000000, 0xffffff)));
    EXPECT_TRUE(isHighContrast(paletteOf(0xffffff, 0x000000)));
    EXPECT_FALSE(isHighContrast(paletteOf(0xefefef, 0x000000))); // Fusion's light palette
    EXPECT_FALSE(isHighContrast(paletteOf(0x2d2d2d, 0xe0e0e0)));
}

TEST(ChartContrast, TangentsOwnPalettesAreLegible)
{
    // Text against its background: WCAG's 7:1 (AAA) in all three; high contrast is recognised.
    for (const QPalette& palette : { lightPalette(), darkPalette(), highContrastPalette() }) {
        EXPECT_GE(contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)), 7.0);
        EXPECT_GE(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)), 7.0);
        EXPECT_GE(contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)), 4.5);
    }
    EXPECT_TRUE(isHighContrast(highContrastPalette()));
    EXPECT_FALSE(isHighContrast(darkPalette()));
    EXPECT_FALSE(isHighContrast(lightPalette()));
    EXPECT_TRUE(paletteProblem(QStringLiteral("dark")).isEmpty());
    EXPECT_TRUE(paletteProblem(QStringLiteral("purple")).contains(QStringLiteral("'purple'")));
}

/// Four y columns: four curves and four derivatives, every colour of the chart's pairs.
Document* fourColumns(QObject* parent)
{
    auto* document = new Document(parent);
    std::vector<Column> columns { numberColumn(QStringLiteral("x"), { 0, 1, 2, 3 }) };
    for (int c = 0; c < 4; ++c)
        columns.push_back(numberColumn(QStringLiteral("y%1").arg(c), { 0, 1.0 + c, 4.0, 9.0 - c }));
    document->loadColumns(std::move(columns), {});
    return document;
}

TEST(ChartContrast, LinesContrastWithDarkAndHighContrastBackgrounds)
{
    QObject owner;
    Document* document = fourColumns(&owner);
    testing::Shown shown(document);
    const struct {
        const char* name;
        QPalette palette;
        double minimum;
    } cases[] = {
        { "dark", paletteOf(0x2d2d2d, 0xe0e0e0), 3.0 },
        { "high contrast black", paletteOf(0x000000, 0xffffff), 4.5 },
        { "high contrast white", paletteOf(0xffffff, 0x000000), 4.5 },
        { "light", paletteOf(0xefefef, 0x000000), 3.0 },
        { "--palette dark", darkPalette(), 3.0 },
        { "--palette high-contrast", highContrastPalette(), 4.5 },
        { "--palette light", lightPalette(), 3.0 },
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        shown.view.setPalette(c.palette);
        settle(shown.view);
        const QColor background = shown.view.chart()->backgroundBrush().color();
        EXPECT_EQ(background, c.palette.color(QPalette::Window));
        int lines = 0;
        for (QAbstractSeries* series : shown.view.chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            if (!line || !line->isVisible() || line->type() != QAbstractSeries::SeriesTypeLine)
                continue;
            ++lines;
            EXPECT_GE(contrastRatio(line->pen().color(), background), c.minimum)
                << line->name().toStdString() << " " << line->pen().color().name().toStdString();
        }
        EXPECT_GE(lines, 8);
    }
}

} // namespace
} // namespace tangent::ui
