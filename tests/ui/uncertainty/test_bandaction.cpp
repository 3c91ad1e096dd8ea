// SPDX-License-Identifier: GPL-3.0-or-later
// View → Uncertainty Band in the window (ui/uncertainty/bandaction.h): it turns the current tab's
// band on, is remembered for the next window, says in the status bar when a method has none, and a
// session saved with the band on opens with it on.

#include "ui/uncertainty/bandaction.h"

#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/chart/chartview.h"
#include "ui/document/documenttypes.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/sessioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/uncertainty/chartband.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

class BandActionTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

QAction* bandAction(const MainWindow& window)
{
    return window.findChild<BandAction*>();
}

TEST_F(BandActionTest, TurnsTheCurrentDocumentsBandOnAndIsRemembered)
{
    {
        MainWindow window;
        QAction* band = bandAction(window);
        ASSERT_TRUE(band);
        EXPECT_TRUE(band->isCheckable());
        EXPECT_FALSE(band->isChecked());
        loadNoisySine(*window.document());
        band->setChecked(true);
        EXPECT_TRUE(window.document()->derivatives().uncertaintyBand());
        EXPECT_EQ(window.document()->derivatives().resultFor(1)->sd.size(), 200U);
        window.chartView()->updateNow();
        EXPECT_FALSE(window.chartView()->band()->areasFor(PlotKey::derivativeOf(1)).isEmpty());
    }
    MainWindow next;
    EXPECT_TRUE(bandAction(next)->isChecked());
    EXPECT_TRUE(next.document()->derivatives().uncertaintyBand());
}

TEST_F(BandActionTest, SaysInTheStatusBarWhenAMethodHasNoBand)
{
    MainWindow window;
    loadNoisySine(*window.document());
    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    window.document()->setSmoothing(tvr);
    window.document()->derivatives().finishComputing();
    bandAction(window)->setChecked(true);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("No uncertainty band")))
        << window.statusBar()->currentMessage().toStdString();
}

TEST_F(BandActionTest, ASessionSavedWithTheBandOpensWithIt)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("sine.csv"));
    {
        std::ofstream out(data.toStdString());
        out << "t,y\n";
        for (int i = 0; i < 100; ++i)
            out << i * 0.1 << ',' << std::sin(i * 0.1) + 0.01 * ((i * 7919) % 13 - 6) << '\n';
    }
    const QString session = dir.filePath(QStringLiteral("band.tangent"));
    {
        MainWindow window;
        QSignalSpy finished(window.files(), &FileController::loadFinished);
        window.files()->openPath(data);
        if (finished.isEmpty()) {
            ASSERT_TRUE(finished.wait(10000));
        }
        bandAction(window)->setChecked(true);
        ASSERT_TRUE(window.sessions()->writeSession(session));
    }
    QSettings().clear(); // the remembered setting must not be what turns it on
    MainWindow window;
    ASSERT_FALSE(bandAction(window)->isChecked());
    QSignalSpy opened(window.files(), &FileController::loadFinished); // the data file is read in the background
    window.files()->openPath(session);
    ASSERT_TRUE(opened.wait(10000));
    ASSERT_TRUE(opened.first().first().toBool());
    EXPECT_TRUE(window.document()->derivatives().uncertaintyBand());
    EXPECT_TRUE(bandAction(window)->isChecked());
    EXPECT_EQ(window.document()->derivatives().resultFor(1)->sd.size(), 100U);
}

} // namespace
} // namespace tangent::ui
