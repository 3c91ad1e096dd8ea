// SPDX-License-Identifier: GPL-3.0-or-later
// The window's command-line options (ui/startupoptions.h): they set the window up as asked, and a
// screenshot is written once the window has painted with the requested data, not after a guess.

#include "ui/startupoptions.h"

#include "core/errors.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/files/derivativeexport.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>

namespace tangent::ui {
namespace {

/// Parses `args` (without the program name) as tangent's main() does.
void parse(QCommandLineParser& parser, QStringList args)
{
    StartupOptions::declare(parser);
    args.prepend(QStringLiteral("tangent"));
    ASSERT_TRUE(parser.parse(args)) << parser.errorText().toStdString();
}

TEST(StartupOptions, SampleSizeAndSelectedRow)
{
    QCommandLineParser parser;
    parse(parser, { "--sample", "numpy-doc-uniform", "--size", "640x480", "--select-row", "2" });
    MainWindow window;
    StartupOptions options(parser);
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    EXPECT_FALSE(options.wantsScreenshot());
    EXPECT_EQ(window.size(), QSize(640, 480));
    EXPECT_EQ(window.document()->rowCount(), 5);
    EXPECT_TRUE(QTest::qWaitFor([&window] { return window.chartView()->selectedRow() == 2; }, 5000))
        << "selected row " << window.chartView()->selectedRow();
}

TEST(StartupOptions, UnknownDialogIsRefusedByName)
{
    QCommandLineParser parser;
    parse(parser, { "--show", "nope" });
    MainWindow window;
    StartupOptions options(parser);
    QString error;
    EXPECT_FALSE(options.apply(window, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--show"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("'nope'"))) << error.toStdString();
}

TEST(StartupOptions, LayoutIsSetAtStartAndBadNamesAreRefused)
{
    QSettings().clear();
    {
        QCommandLineParser parser;
        parse(parser, { "--sample", "numpy-doc-uniform", "--layout", "Multiples" });
        MainWindow window;
        StartupOptions options(parser);
        QString error;
        ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
        EXPECT_EQ(window.chartPanes()->chartLayout(), ChartLayout::Multiples);
        // For this window: one y column would be overlaid, and nothing is remembered.
        EXPECT_TRUE(window.chartPanes()->layoutChosen());
        EXPECT_FALSE(rememberedLayout().has_value());
    }
    QCommandLineParser parser;
    parse(parser, { "--layout", "sideways" });
    MainWindow window;
    StartupOptions options(parser);
    QString error;
    EXPECT_FALSE(options.apply(window, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--layout"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("'sideways'"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("stacked"))) << error.toStdString();
}

TEST(StartupOptions, ScreenshotWaitsForTheFileAndThePaint)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("data.csv"));
    std::ofstream(input.toStdString()) << "x,y\n0,0\n1,1\n2,4\n3,9\n4,16\n5,25\n6,36\n";
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    QCommandLineParser parser;
    parse(parser, { input, "--size", "800x600", "--screenshot", shot });
    MainWindow window;
    StartupOptions options(parser);
    ASSERT_TRUE(options.wantsScreenshot());
    // What the window held when the picture was taken.
    int rowsAtGrab = -1;
    QObject::connect(&options, &StartupOptions::screenshotDone, &window,
        [&rowsAtGrab, &window] { rowsAtGrab = window.document()->rowCount(); });
    QSignalSpy done(&options, &StartupOptions::screenshotDone);
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    ASSERT_TRUE(done.wait(10000));
    ASSERT_EQ(done.count(), 1);
    EXPECT_TRUE(done.first().first().toBool());
    EXPECT_EQ(rowsAtGrab, 7) << "grabbed before the file had loaded";
    const QImage image(shot);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(800, 600) * window.devicePixelRatio());
}

TEST(StartupOptions, GroupByNameIsAppliedOnceTheFileIsThereWithoutAnUndoStep)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("long.csv"));
    std::ofstream(input.toStdString()) << "symbol,t,price\nA,0,1\nB,0,5\nA,1,3\nB,1,4\nA,2,7\nB,2,1\n";
    QCommandLineParser parser;
    parse(parser, { input, "--group", "symbol" });
    MainWindow window;
    StartupOptions options(parser);
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    Document* document = window.document();
    ASSERT_TRUE(QTest::qWaitFor([document] { return document->derivatives().effectiveGroupColumn() == 0; }, 5000));
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_FALSE(document->isModified());
    ASSERT_NE(document->derivatives().resultFor(2), nullptr);
    // A: 1, 3, 7 → 2, 3, 4; B: 5, 4, 1 → -1, -2, -3.
    EXPECT_EQ(document->derivatives().resultFor(2)->values, (std::vector<double> { 2, -1, 3, -2, 4, -3 }));
}

TEST(StartupOptions, GroupColumnThatIsNotThereIsRefusedInTangentCliWords)
{
    Document document;
    std::vector<Column> columns(2);
    columns[0].name = QStringLiteral("t");
    columns[0].values = { 0, 1 };
    columns[1].name = QStringLiteral("v");
    columns[1].unit = QStringLiteral("m");
    columns[1].values = { 0, 1 };
    document.loadColumns(columns, {});
    Recipe recipe;
    recipe.group = "sym";
    try {
        startWithRecipe(document, recipe);
        ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.message(),
            "there is no column 'sym'; the columns are 1 't', 2 'v [m]' (give a header name or a 1-based index)");
    }
    EXPECT_EQ(document.settings().groupColumn, -1);
}

} // namespace
} // namespace tangent::ui
