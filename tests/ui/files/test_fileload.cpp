// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a file in the window: the reading runs off the GUI thread with a determinate progress
// dialog, and Cancel ends the load (the reader stops at its next progress report). A long-format
// sample opens grouped by the column its comment names.

#include "ui/mainwindow.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <fstream>

namespace tangent::ui {
namespace {

/// A CSV of `rows` rows of x, y: long enough that reading it takes a while.
QString writeLongCsv(const QTemporaryDir& dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << "x,y\n";
    for (int i = 0; i < rows; ++i)
        out << i << ',' << (i % 97) * 0.5 << '\n';
    return path;
}

TEST(FileLoad, CsvProgressIsDeterminate)
{
    QTemporaryDir dir;
    MainWindow window;
    const QString path = writeLongCsv(dir, 300'000);
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    window.files()->openPath(path);
    auto* progress = window.findChild<QProgressDialog*>();
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(progress->minimum(), 0);
    EXPECT_EQ(progress->maximum(), 1000); // a busy indicator would have maximum 0
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_EQ(window.document()->rowCount(), 300'000);
}

TEST(FileLoad, CancelEndsTheLoadAndKeepsTheTable)
{
    QTemporaryDir dir;
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    const int rowsBefore = window.document()->rowCount();
    const QString path = writeLongCsv(dir, 1'000'000);
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    window.files()->openPath(path);
    auto* progress = window.findChild<QProgressDialog*>();
    ASSERT_NE(progress, nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click(); // as the user does; QProgressDialog::cancel() alone emits nothing
    ASSERT_FALSE(finished.isEmpty());
    EXPECT_FALSE(finished.first().first().toBool());
    // The reader stops at its next report (CsvReader.ProgressCanStopTheRead checks that); here
    // only that the load ends and its result is dropped.
    QElapsedTimer timer;
    timer.start();
    while (window.files()->isLoading() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_FALSE(window.files()->isLoading());
    QCoreApplication::processEvents();
    EXPECT_EQ(window.document()->rowCount(), rowsBefore);
}

TEST(FileLoad, TheLongFormatSampleOpensGroupedBySymbol)
{
    MainWindow window;
    window.openSample(QStringLiteral("stock-prices"));
    window.document()->derivatives().finishComputing();
    Document* document = window.document();
    ASSERT_GE(document->settings().groupColumn, 0);
    EXPECT_EQ(document->column(document->settings().groupColumn).name, QStringLiteral("symbol"));
    // x moved off the text column to the dates; price is differentiated per symbol.
    EXPECT_EQ(document->column(document->effectiveXColumn()).name, QStringLiteral("date"));
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->undoStack()->count(), 0);
    // A sample without such a comment stays ungrouped.
    window.openSample(QStringLiteral("daily-weather"));
    EXPECT_EQ(window.document()->settings().groupColumn, -1);
}

TEST(FileLoad, TheGroupColumnIsReadFromTheCommentsEnd)
{
    EXPECT_EQ(FileController::sampleGroupColumn({ "long format: prices (group by symbol)" }), QStringLiteral("symbol"));
    EXPECT_EQ(FileController::sampleGroupColumn({ "a first line", " two (group by station id) " }),
        QStringLiteral("station id"));
    EXPECT_EQ(FileController::sampleGroupColumn({ "group by symbol, one day" }), QString());
    EXPECT_EQ(FileController::sampleGroupColumn({}), QString());
}

} // namespace
} // namespace tangent::ui
