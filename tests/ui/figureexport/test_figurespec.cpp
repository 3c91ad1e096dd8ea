// SPDX-License-Identifier: GPL-3.0-or-later
// FigureSpec: sizes in pixels, centimetres and inches, the DPI between them, and the page size.

#include "ui/figureexport/figurespec.h"

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

TEST(FigureSpec, PixelsAtTheDefaultDpiGiveAPageOfThreeQuartersAsManyPoints)
{
    FigureSpec spec;
    ASSERT_TRUE(parseFigureSize(QStringLiteral("1600x900"), spec, nullptr));
    EXPECT_EQ(spec.unit, FigureUnit::Pixels);
    EXPECT_EQ(spec.pixelSize(), QSize(1600, 900));
    // 96 pixels an inch, 72 points an inch.
    EXPECT_DOUBLE_EQ(spec.pointSize().width(), 1200.0);
    EXPECT_DOUBLE_EQ(spec.pointSize().height(), 675.0);
}

TEST(FigureSpec, CentimetresAtADpiGiveTheirPixelsAndPoints)
{
    FigureSpec spec;
    ASSERT_TRUE(parseFigureSize(QStringLiteral("17x10cm"), spec, nullptr));
    spec.dpi = 300;
    EXPECT_EQ(spec.unit, FigureUnit::Centimetres);
    // 17 cm = 6.693 in: 2007.9 pixels at 300 DPI; 10 cm: 1181.1.
    EXPECT_EQ(spec.pixelSize(), QSize(2008, 1181));
    EXPECT_NEAR(spec.pointSize().width(), 17 / 2.54 * 72, 1e-9);
    EXPECT_NEAR(spec.pointSize().height(), 10 / 2.54 * 72, 1e-9);
    EXPECT_DOUBLE_EQ(spec.scale(), 300.0 / 96.0);
}

TEST(FigureSpec, MillimetresAndInches)
{
    FigureSpec spec;
    ASSERT_TRUE(parseFigureSize(QStringLiteral("170x100mm"), spec, nullptr));
    EXPECT_EQ(spec.unit, FigureUnit::Centimetres);
    EXPECT_DOUBLE_EQ(spec.size.width(), 17.0);
    ASSERT_TRUE(parseFigureSize(QStringLiteral("6.5x4in"), spec, nullptr));
    spec.dpi = 200;
    EXPECT_EQ(spec.unit, FigureUnit::Inches);
    EXPECT_EQ(spec.pixelSize(), QSize(1300, 800));
    EXPECT_DOUBLE_EQ(spec.pointSize().width(), 468.0);
}

TEST(FigureSpec, BadSizesAndDpisAreRefusedInWords)
{
    FigureSpec spec;
    QString error;
    EXPECT_FALSE(parseFigureSize(QStringLiteral("big"), spec, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'big'"))) << error.toStdString();
    EXPECT_FALSE(parseFigureSize(QStringLiteral("17x10furlongs"), spec, &error));

    ASSERT_TRUE(parseFigureSize(QStringLiteral("8x8"), spec, nullptr));
    EXPECT_FALSE(spec.problem().isEmpty()) << "too small to draw a chart in";
    ASSERT_TRUE(parseFigureSize(QStringLiteral("100x100in"), spec, nullptr));
    spec.dpi = 600;
    EXPECT_FALSE(spec.problem().isEmpty()) << "60000 pixels a side";
    spec.size = QSizeF(4, 3);
    EXPECT_TRUE(spec.problem().isEmpty());
    spec.dpi = 0;
    EXPECT_FALSE(spec.problem().isEmpty());
}

TEST(FigureSpec, FormatComesFromTheSuffix)
{
    EXPECT_EQ(figureFormatFor(QStringLiteral("a/b/fig.PDF")), FigureFormat::Pdf);
    EXPECT_EQ(figureFormatFor(QStringLiteral("fig.svg")), FigureFormat::Svg);
    EXPECT_EQ(figureFormatFor(QStringLiteral("fig.png")), FigureFormat::Png);
    EXPECT_FALSE(figureFormatFor(QStringLiteral("fig.jpg")).has_value());
    EXPECT_FALSE(figureFormatFor(QStringLiteral("fig")).has_value());
    EXPECT_EQ(parseFigureTheme(QStringLiteral("Dark")), FigureTheme::Dark);
    EXPECT_FALSE(parseFigureTheme(QStringLiteral("sepia")).has_value());
}

} // namespace
} // namespace tangent::ui
