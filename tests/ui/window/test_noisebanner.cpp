// SPDX-License-Identifier: GPL-3.0-or-later
// The noise banner over the chart (ui/window/noisebanner.h): it shows on the bundled noisy sine,
// its Automatic is one undo step, it is the only place offering it, it quotes no ratio where no
// signal was found, and it can be dismissed for the file.

#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/tabs/tabcontroller.h"
#include "ui/window/chartarea.h"
#include "ui/window/noisebanner.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

namespace tangent::ui {
namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

/// Opens `path` in `window` and waits for the load in the background.
bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    window.tabControl()->openPath(path);
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    settle();
    return window.document()->rowCount() > 0;
}

TEST(NoiseBanner, ShowsOnTheNoisySineAndAutomaticIsOneUndoStep)
{
    MainWindow window;
    window.show();
    window.openSample(QStringLiteral("noisy-sine"));
    settle();
    NoiseBanner* banner = window.chartArea()->noiseBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("'signal'"))) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("mostly noise")));
    // Over the chart, at the top of its side of the window.
    EXPECT_LT(banner->geometry().bottom(), window.chartPanes()->geometry().top() + 1);
    // The one place: no second hint nor button in the docks (the Diagnostics list keeps the note).
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (!banner->isAncestorOf(label) && label->isVisible()) {
            EXPECT_FALSE(label->text().contains(QStringLiteral("mostly noise"))) << label->text().toStdString();
        }
    }
    for (const QPushButton* button : window.findChildren<QPushButton*>()) {
        if (!banner->isAncestorOf(button)) {
            EXPECT_FALSE(button->text().contains(QStringLiteral("Automatic"))) << button->text().toStdString();
        }
    }

    QUndoStack* undo = window.document()->undoStack();
    const int before = undo->count();
    auto* automatic = banner->findChild<QPushButton*>(QStringLiteral("bannerAutomatic"));
    ASSERT_NE(automatic, nullptr);
    automatic->click();
    window.document()->derivatives().finishComputing();
    settle();
    EXPECT_EQ(window.document()->settings().smoothing.method, SmoothingMethod::Auto);
    EXPECT_EQ(undo->count(), before + 1);
    // Smoothed, the derivative is no longer numpy's noise: the banner goes.
    EXPECT_FALSE(banner->isVisible());
    undo->undo();
    window.document()->derivatives().finishComputing();
    settle();
    EXPECT_EQ(window.document()->settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_TRUE(banner->isVisible());
}

TEST(NoiseBanner, QuotesNoRatioWhereNoSignalWasFound)
{
    // The daily weather's wind: day-to-day changes with no trend larger than their noise, so the
    // estimated signal is 0. "Signal-to-noise ratio 0" would read as a measurement.
    MainWindow window;
    window.show();
    window.openSample(QStringLiteral("daily-weather"));
    window.document()->derivatives().finishComputing();
    settle();
    Document* document = window.document();
    int wind = -1;
    for (int c = 0; c < document->columnCount(); ++c) {
        if (document->column(c).name == QStringLiteral("wind"))
            wind = c;
    }
    ASSERT_GE(wind, 0);
    const auto level = document->derivatives().noiseLevel(wind);
    ASSERT_TRUE(level.has_value());
    ASSERT_EQ(level->signalRms, 0.0);
    ASSERT_GT(level->derivativeNoise, 0.0);
    const QString text = window.chartArea()->noiseBanner()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("'wind' cannot be told apart from its noise"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("ratio 0"))) << text.toStdString();
    bool listed = false;
    for (const Diagnostic& d : document->derivatives().diagnostics()) {
        if (d.text.contains(QStringLiteral("'wind'"))) {
            listed = true;
            EXPECT_FALSE(d.text.contains(QStringLiteral("SNR 0"))) << d.text.toStdString();
            EXPECT_TRUE(d.text.contains(QStringLiteral("no signal larger than that"))) << d.text.toStdString();
            EXPECT_EQ(d.action, Diagnostic::Action::UseAutomatic);
        }
    }
    EXPECT_TRUE(listed);
}

TEST(NoiseBanner, DismissedForTheFileStaysDismissedWhenItIsOpenedAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("noisy.csv"));
    {
        // A sine with noise far above its slope's change: numpy's derivative is mostly noise.
        std::ofstream out(path.toStdString());
        out << "t,v\n";
        unsigned state = 12345;
        for (int i = 0; i < 400; ++i) {
            state = state * 1103515245U + 12345U;
            const double noise = (static_cast<double>((state >> 8) % 1000) / 1000.0 - 0.5) * 0.4;
            out << i * 0.01 << ',' << std::sin(i * 0.01) + noise << '\n';
        }
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, path));
    NoiseBanner* banner = window.chartArea()->noiseBanner();
    ASSERT_TRUE(banner->isVisible());
    banner->findChild<QPushButton*>(QStringLiteral("bannerDismiss"))->click();
    EXPECT_FALSE(banner->isVisible());
    // The Diagnostics dock keeps the note; the settings did not change.
    EXPECT_EQ(window.document()->settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_EQ(window.document()->undoStack()->count(), 0);

    MainWindow again;
    again.show();
    ASSERT_TRUE(openAndWait(again, path));
    EXPECT_FALSE(again.chartArea()->noiseBanner()->isVisible());
}

} // namespace
} // namespace tangent::ui
