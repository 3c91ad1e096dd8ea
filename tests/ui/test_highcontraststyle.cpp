// SPDX-License-Identifier: GPL-3.0-or-later
// The controls under the high-contrast palette (`--palette high-contrast`): each one's outline keeps
// WCAG's 3:1 for user-interface components (1.4.11) against the window, as the chart's lines do
// (test_chartcontrast.cpp). Plain Fusion draws an unchecked radio button black on black.

#include "ui/accessibility/highcontraststyle.h"
#include "ui/accessibility/palettes.h"
#include "ui/chart/chartcontrast.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyleFactory>
#include <QStyleOptionSlider>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace tangent::ui {
namespace {

/// The highest contrast against `background` of any pixel of `image` inside `area`.
double bestContrast(const QImage& image, const QRect& area, const QColor& background)
{
    double best = 1.0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    return best;
}

/// `widget` drawn by `style` in the high-contrast palette.
QImage drawn(QWidget& widget, QStyle* style, QSize size)
{
    widget.setStyle(style);
    widget.setPalette(highContrastPalette());
    widget.resize(size);
    return widget.grab().toImage();
}

/// The outer ring, `width` pixels wide, of a widget of `size`: where its outline is.
QList<QRect> ring(QSize size, int width)
{
    return { QRect(0, 0, size.width(), width), QRect(0, size.height() - width, size.width(), width),
        QRect(0, 0, width, size.height()), QRect(size.width() - width, 0, width, size.height()) };
}

/// The least, over the four sides of the ring, of the best contrast on that side: every side shows.
double ringContrast(const QImage& image, const QColor& background)
{
    double least = 21.0;
    for (const QRect& side : ring(image.size() / image.devicePixelRatio(), 3))
        least = std::min(least, bestContrast(image, side, background));
    return least;
}

TEST(HighContrastStyle, UncheckedRadioButtonsAndCheckBoxesShow)
{
    const QColor window = highContrastPalette().color(QPalette::Window);
    HighContrastStyle style;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool radio : { true, false }) {
        SCOPED_TRACE(radio ? "radio button" : "check box");
        const auto make = [radio]() -> std::unique_ptr<QAbstractButton> {
            if (radio)
                return std::make_unique<QRadioButton>();
            return std::make_unique<QCheckBox>();
        };
        // No text: only the indicator is drawn, so only it can give contrast.
        auto button = make();
        const QImage image = drawn(*button, &style, { 40, 24 });
        EXPECT_GE(bestContrast(image, image.rect(), window), 3.0);
        // Fusion alone: the outline is a darker shade of the black window.
        auto plain = make();
        const QImage before = drawn(*plain, fusion.get(), { 40, 24 });
        EXPECT_LT(bestContrast(before, before.rect(), window), 3.0);
    }
}

TEST(HighContrastStyle, EveryControlsOutlineShows)
{
    const QColor window = highContrastPalette().color(QPalette::Window);
    HighContrastStyle style;
    const struct {
        const char* name;
        std::function<std::unique_ptr<QWidget>()> make;
        QSize size;
    } controls[] = {
        { "line edit", [] { return std::make_unique<QLineEdit>(); }, { 120, 28 } },
        { "spin box",
            [] {
                auto box = std::make_unique<QSpinBox>();
                box->setButtonSymbols(QAbstractSpinBox::NoButtons);
                return box;
            },
            { 120, 28 } },
        { "combo box", [] { return std::make_unique<QComboBox>(); }, { 120, 28 } },
        { "push button", [] { return std::make_unique<QPushButton>(); }, { 120, 28 } },
        { "progress bar",
            [] {
                auto bar = std::make_unique<QProgressBar>();
                bar->setTextVisible(false);
                bar->setValue(0);
                return bar;
            },
            { 120, 20 } },
    };
    for (const auto& control : controls) {
        SCOPED_TRACE(control.name);
        auto widget = control.make();
        const QImage image = drawn(*widget, &style, control.size);
        EXPECT_GE(ringContrast(image, window), 3.0);
    }
}

TEST(HighContrastStyle, SliderHandleAndGrooveShow)
{
    const QColor window = highContrastPalette().color(QPalette::Window);
    HighContrastStyle style;
    QSlider slider(Qt::Horizontal);
    slider.setRange(0, 100);
    slider.setValue(50);
    const QImage image = drawn(slider, &style, { 200, 28 });
    QStyleOptionSlider option;
    option.initFrom(&slider);
    option.orientation = Qt::Horizontal;
    option.minimum = 0;
    option.maximum = 100;
    option.sliderPosition = 50;
    option.sliderValue = 50;
    option.rect = slider.rect();
    const QRect handle = style.subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, &slider);
    ASSERT_FALSE(handle.isEmpty());
    EXPECT_GE(bestContrast(image, handle, window), 3.0);
    // The groove left of the handle, away from it.
    const QRect groove = style.subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, &slider);
    EXPECT_GE(bestContrast(image,
                  QRect(groove.left(), groove.top(), handle.left() - groove.left() - 2, groove.height()), window),
        3.0);
}

} // namespace
} // namespace tangent::ui
