// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a file in the window: the reading runs off the GUI thread with a determinate progress
// dialog, and Cancel ends the load (the reader stops at its next progress report).

#include "ui/mainwindow.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

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

} // namespace
} // namespace tangent::ui
