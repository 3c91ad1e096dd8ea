// SPDX-License-Identifier: GPL-3.0-or-later
// The busy indicator over the chart (ui/window/busybar.h): hidden for a quick change, shown with
// Cancel once a background computation runs past its delay; Cancel undoes the change that started
// it, or, when the newest step is not such a change, switches to numpy.gradient as one step.

#include "ui/document/document.h"
#include "ui/window/busybar.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

/// A noisy sine long enough that Automatic (every method, cross-validated) takes seconds.
std::vector<Column> longNoisySine()
{
    constexpr std::size_t n = 200'000;
    Column x;
    x.name = QStringLiteral("t");
    Column y;
    y.name = QStringLiteral("v");
    unsigned state = 1;
    for (std::size_t i = 0; i < n; ++i) {
        state = state * 1103515245U + 12345U;
        const double t = static_cast<double>(i) * 1e-3;
        x.values.push_back(t);
        y.values.push_back(std::sin(t) + (static_cast<double>((state >> 8) % 1000) / 1000.0 - 0.5) * 0.1);
    }
    return { x, y };
}

SmoothingOptions method(SmoothingMethod m)
{
    SmoothingOptions o;
    o.method = m;
    return o;
}

TEST(BusyBar, ShowsAfterItsDelayAndCancelUndoesTheChange)
{
    Document document;
    document.loadColumns(longNoisySine(), {});
    QWidget window;
    auto* bar = new BusyBar(&document, &window);
    window.show();
    EXPECT_FALSE(bar->isVisible());
    QSignalSpy said(bar, &BusyBar::message);
    document.setSmoothing(method(SmoothingMethod::Auto));
    ASSERT_TRUE(document.derivatives().isComputing());
    EXPECT_EQ(document.undoStack()->index(), 1);
    // Not at once: a short computation would only flicker.
    EXPECT_TRUE(bar->isHidden());
    QTest::qWait(BusyBar::kDelayMs + 200);
    if (!document.derivatives().isComputing())
        GTEST_SKIP() << "Automatic finished within the delay on this machine";
    EXPECT_TRUE(bar->isVisible());
    bar->cancel();
    EXPECT_FALSE(document.derivatives().isComputing());
    EXPECT_TRUE(bar->isHidden());
    // Back to the settings before the change; Redo would compute it again.
    EXPECT_EQ(document.settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_EQ(document.undoStack()->index(), 0);
    EXPECT_TRUE(document.undoStack()->canRedo());
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said.first().first().toString().contains(QStringLiteral("previous settings")));
}

TEST(BusyBar, CancelAfterAnEditSwitchesToNumpyAsOneStep)
{
    Document document;
    document.loadColumns(longNoisySine(), {});
    document.setSmoothing(method(SmoothingMethod::Auto));
    document.derivatives().finishComputing();
    QCoreApplication::processEvents();
    BusyBar bar(&document);
    // An edited cell recomputes the method; Cancel must not take the edit back.
    document.setValue(10, 1, 0.5);
    if (!document.derivatives().isComputing())
        GTEST_SKIP() << "the edit was recomputed at once";
    const int steps = document.undoStack()->count();
    bar.cancel();
    EXPECT_FALSE(document.derivatives().isComputing());
    EXPECT_EQ(document.value(10, 1), 0.5);
    EXPECT_EQ(document.settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
}

} // namespace
} // namespace tangent::ui
