// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions in the window: Save Session then opening it in a new window restores the table (read
// from its file, or the copy of an edited one), the settings, the zoom, the selected row and the
// classroom state; a data file that moved is asked for; bad sessions are refused with a message
// and the window's own edits kept; sessions go into the recent files.

#include "ui/files/session/sessioncontroller.h"

#include "tests/ui/uitestsupport.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/classroom/explainpanel.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/startupoptions.h"
#include "ui/table/datatableview.h"

#include <QAction>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

namespace tangent::ui {
namespace {

QString writeText(const QString& path, const std::string& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    return path;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

const std::string kData = "t,pos,speed\n0,0,1\n1,1,3\n2,4,5\n3,9,7\n4,16,9\n5,25,11\n6,36,13\n7,49,15\n";

/// A shown window with `path` loaded.
struct LoadedWindow {
    explicit LoadedWindow(const QString& path)
    {
        window.resize(1200, 800);
        window.show();
        QSignalSpy finished(window.files(), &FileController::loadFinished);
        window.files()->openPath(path);
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(10000));
        }
        QCoreApplication::processEvents();
        window.chartView()->updateNow();
    }
    MainWindow window;
};

/// A shown window, showing its sample, that has opened the session at `path`.
struct RestoredWindow {
    explicit RestoredWindow(const QString& path)
    {
        window.resize(1200, 800);
        window.show();
        QCoreApplication::processEvents();
        // A session's data file is read in the background, as a file is.
        QSignalSpy finished(window.files(), &FileController::loadFinished);
        window.files()->openPath(path);
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(10000));
        }
        QCoreApplication::processEvents();
        window.chartView()->updateNow();
    }
    MainWindow window;
};

// The remembered edge order and recent files (QSettings) are the user's: leave none behind for
// the tests that run after these in the same process.
/// Writes kData to `data`, loads it in a window and saves the session `session` from there.
void saveSessionOfData(const QString& data, const QString& session)
{
    writeText(data, kData);
    LoadedWindow saved(data);
    EXPECT_TRUE(saved.window.sessions()->writeSession(session));
}

class SessionWindow : public ::testing::Test {
protected:
    void TearDown() override { QSettings().clear(); }

    /// The session lesson.tangent of motion.csv (kData), both in a scratch folder: data() and
    /// session() name them.
    void saveLesson()
    {
        ASSERT_TRUE(m_dir.isValid());
        saveSessionOfData(data(), session());
    }
    [[nodiscard]] QString data() const { return m_dir.filePath(QStringLiteral("motion.csv")); }
    [[nodiscard]] QString session() const { return m_dir.filePath(QStringLiteral("lesson.tangent")); }
    [[nodiscard]] const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

TEST_F(SessionWindow, RoundTripRestoresSettingsZoomRowAndClassroom)
{
    QTemporaryDir dir;
    const QString data = writeText(dir.filePath(QStringLiteral("motion.csv")), kData);
    const QString session = dir.filePath(QStringLiteral("lesson.tangent"));
    {
        LoadedWindow saved(data);
        MainWindow& w = saved.window;
        DerivativeSettings s = w.document()->settings();
        s.edgeOrder = 2;
        s.yColumns = { 1 };
        w.document()->setSettings(s);
        w.tableView()->selectDataRow(3);
        w.actions().tangent->setChecked(true);
        w.chartView()->overlays()->setSecantRows(2, 5);
        w.chartView()->updateNow();
        w.chartView()->setVisibleXRange(1.5, 5.25);
        ASSERT_TRUE(w.document()->isModified()); // settings changes are undo steps too
        ASSERT_TRUE(w.sessions()->writeSession(session));
        EXPECT_TRUE(w.document()->isModified()); // a session saves nothing in the data sense
        EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("lesson.tangent (motion.csv)")))
            << w.windowTitle().toStdString();
    }
    // The data are referenced, not copied: only the settings changed, and they are in the session.
    const QJsonObject root = QJsonDocument::fromJson(readBytes(session)).object();
    const QJsonObject dataObject = root.value(QStringLiteral("data")).toObject();
    EXPECT_FALSE(dataObject.contains(QStringLiteral("table")));
    EXPECT_EQ(dataObject.value(QStringLiteral("relativePath")).toString(), QStringLiteral("motion.csv"));

    RestoredWindow restored(session);
    MainWindow& w = restored.window;
    EXPECT_EQ(w.sessions()->currentPath(), QFileInfo(session).absoluteFilePath());
    EXPECT_EQ(w.document()->filePath(), QFileInfo(data).absoluteFilePath());
    EXPECT_EQ(w.document()->rowCount(), 8);
    EXPECT_FALSE(w.document()->isModified());
    EXPECT_EQ(w.document()->settings().edgeOrder, 2);
    EXPECT_EQ(w.document()->settings().yColumns, QList<int> { 1 });
    EXPECT_EQ(w.chartView()->selectedRow(), 3);
    EXPECT_TRUE(w.actions().tangent->isChecked());
    EXPECT_EQ(w.chartView()->overlays()->tangentRow(), 3);
    EXPECT_EQ(w.chartView()->overlays()->secantRows(), std::pair(2, 5));
    EXPECT_EQ(w.explainPanel()->row(), 3);
    EXPECT_EQ(w.explainPanel()->yColumn(), 1);
    EXPECT_TRUE(w.chartView()->isZoomed());
    const auto [lo, hi] = w.chartView()->visibleXRange();
    EXPECT_NEAR(lo, 1.5, 1e-9);
    EXPECT_NEAR(hi, 5.25, 1e-9);
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("lesson.tangent (motion.csv)")));
}

TEST_F(SessionWindow, EditedTableIsEmbeddedAndStaysUnsaved)
{
    QTemporaryDir dir;
    const QString data = writeText(dir.filePath(QStringLiteral("motion.csv")), kData);
    const QString session = dir.filePath(QStringLiteral("edited.tangent"));
    {
        LoadedWindow saved(data);
        saved.window.document()->setValue(2, 1, 4.5);
        ASSERT_TRUE(saved.window.sessions()->writeSession(session));
        EXPECT_TRUE(saved.window.document()->isModified()); // still unsaved in the data file
    }
    EXPECT_TRUE(QJsonDocument::fromJson(readBytes(session))
                    .object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .contains(QStringLiteral("table")));
    RestoredWindow restored(session);
    const Document& document = *restored.window.document();
    EXPECT_EQ(document.value(2, 1), 4.5); // the edit, not the file's 4
    EXPECT_EQ(document.value(3, 1), 9.0);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.filePath(), QFileInfo(data).absoluteFilePath());
    EXPECT_EQ(document.column(1).name, QStringLiteral("pos"));
}

TEST_F(SessionWindow, UntitledTableIsEmbedded)
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("sample.tangent"));
    std::vector<double> sampleY;
    {
        MainWindow w;
        w.openSample(QStringLiteral("numpy-doc-uniform"));
        ASSERT_TRUE(w.document()->filePath().isEmpty());
        sampleY = w.document()->column(w.document()->columnCount() - 1).values;
        ASSERT_TRUE(w.sessions()->writeSession(session));
    }
    RestoredWindow restored(session);
    const Document& document = *restored.window.document();
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_TRUE(testing::sameBits(document.column(document.columnCount() - 1).values, sampleY));
}

TEST_F(SessionWindow, FolderMovedWithItsSessionOpensWithoutAsking)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("a"));
    saveSessionOfData(dir.filePath(QStringLiteral("a/motion.csv")), dir.filePath(QStringLiteral("a/lesson.tangent")));
    ASSERT_TRUE(QDir(dir.path()).rename(QStringLiteral("a"), QStringLiteral("b")));
    MainWindow w;
    bool asked = false;
    w.sessions()->setLocateData([&asked](const QString&) {
        asked = true;
        return QString();
    });
    EXPECT_TRUE(testing::openSessionAndWait(*w.sessions(), dir.filePath(QStringLiteral("b/lesson.tangent"))));
    EXPECT_FALSE(asked);
    EXPECT_EQ(w.document()->filePath(), QFileInfo(dir.filePath(QStringLiteral("b/motion.csv"))).absoluteFilePath());
}

TEST_F(SessionWindow, DataFileWithOtherColumnsIsPointedOut)
{
    saveLesson();
    const QString data = this->data();
    const QString session = this->session();
    writeText(data, "t,height,speed\n0,0,1\n1,1,3\n2,4,5\n");
    MainWindow w;
    QSignalSpy messages(w.sessions(), &SessionController::message);
    ASSERT_TRUE(testing::openSessionAndWait(*w.sessions(), session));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().first().toString().toStdString(),
        "Opened the session lesson.tangent, but the columns of motion.csv are not those it was saved with (t, pos, "
        "speed): check the settings");
    EXPECT_EQ(w.document()->rowCount(), 3);
}

TEST_F(SessionWindow, MovedDataFileIsAskedFor)
{
    saveLesson();
    const QString data = this->data();
    const QString session = this->session();
    const QString moved = dir().filePath(QStringLiteral("elsewhere/motion-2024.csv"));
    QDir().mkpath(QFileInfo(moved).absolutePath());
    ASSERT_TRUE(QFile::rename(data, moved));

    MainWindow w;
    w.openSample(QStringLiteral("numpy-doc-uniform"));
    const int sampleRows = w.document()->rowCount();
    QStringList asked;
    // The user gives up first: nothing changes.
    w.sessions()->setLocateData([&asked](const QString& missing) {
        asked << missing;
        return QString();
    });
    QSignalSpy messages(w.files(), &FileController::message);
    EXPECT_FALSE(testing::openSessionAndWait(*w.sessions(), session));
    EXPECT_EQ(asked, QStringList { QFileInfo(data).absoluteFilePath() });
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("was not found")));
    EXPECT_EQ(w.document()->rowCount(), sampleRows);
    EXPECT_TRUE(w.sessions()->currentPath().isEmpty());
    // Then points at the file.
    w.sessions()->setLocateData([&moved](const QString&) { return moved; });
    EXPECT_TRUE(testing::openSessionAndWait(*w.sessions(), session));
    EXPECT_EQ(w.document()->filePath(), QFileInfo(moved).absoluteFilePath());
    EXPECT_EQ(w.document()->rowCount(), 8);
}

/// A window with one unsaved edit, for checking that a bad session leaves it alone.
struct EditedWindow {
    EditedWindow()
    {
        window.openSample(QStringLiteral("noisy-sine"));
        window.document()->setValue(0, 1, 42.0);
    }
    void expectUntouched() const
    {
        EXPECT_TRUE(window.document()->isModified());
        EXPECT_EQ(window.document()->value(0, 1), 42.0);
        EXPECT_EQ(window.document()->undoStack()->count(), 1);
        EXPECT_TRUE(window.sessions()->currentPath().isEmpty());
    }
    MainWindow window;
};

TEST_F(SessionWindow, NewerVersionIsRefusedWithAMessage)
{
    QTemporaryDir dir;
    const QString session = writeText(dir.filePath(QStringLiteral("future.tangent")),
        R"({"format": "tangent-session", "version": 7, "data": {"path": "/x.csv"}, "hologram": {}})");
    EditedWindow edited;
    QSignalSpy messages(edited.window.files(), &FileController::message);
    QSignalSpy finished(edited.window.files(), &FileController::loadFinished);
    edited.window.files()->openPath(session);
    ASSERT_EQ(messages.size(), 1);
    const QString text = messages.first().first().toString();
    EXPECT_TRUE(text.startsWith(session)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("newer Tangent (session format 7)"))) << text.toStdString();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    edited.expectUntouched();
}

TEST_F(SessionWindow, MalformedFileKeepsTheEdits)
{
    QTemporaryDir dir;
    const QString session = writeText(dir.filePath(QStringLiteral("broken.tangent")),
        "{\"format\": \"tangent-session\", \"version\": 1, \"data\": {\"path\": ");
    EditedWindow edited;
    QSignalSpy messages(edited.window.files(), &FileController::message);
    EXPECT_FALSE(testing::openSessionAndWait(*edited.window.sessions(), session));
    ASSERT_EQ(messages.size(), 1);
    // The file, where in it, then Qt's words for what is wrong there.
    const std::string text = messages.first().first().toString().toStdString();
    EXPECT_EQ(text.rfind((session + QStringLiteral(": not valid JSON at line 1, column 62: ")).toStdString(), 0), 0U)
        << text;
    edited.expectUntouched();
    // A session whose settings do not fit its data is refused as well.
    const QString data = writeText(dir.filePath(QStringLiteral("two.csv")), "x,y\n0,1\n1,2\n2,5\n");
    const QString misfit = writeText(dir.filePath(QStringLiteral("misfit.tangent")),
        R"({"format": "tangent-session", "version": 1, "data": {"path": ")" + data.toStdString()
            + R"("}, "settings": {"yColumns": [4]}})");
    EXPECT_FALSE(testing::openSessionAndWait(*edited.window.sessions(), misfit));
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("y column 5 is chosen")));
    edited.expectUntouched();
    // And a folder named like a session.
    QDir().mkpath(dir.filePath(QStringLiteral("folder.tangent")));
    EXPECT_FALSE(
        testing::openSessionAndWait(*edited.window.sessions(), dir.filePath(QStringLiteral("folder.tangent"))));
    edited.expectUntouched();
}

TEST_F(SessionWindow, DataFileIsReadInTheBackgroundAndCancelLeavesTheWindowAsItWas)
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("lesson.tangent"));
    saveSessionOfData(dir.filePath(QStringLiteral("motion.csv")), session);
    MainWindow w;
    w.openSample(QStringLiteral("numpy-doc-uniform"));
    const int sampleRows = w.document()->rowCount();
    ASSERT_NE(sampleRows, 8);
    QSignalSpy finished(w.sessions(), &SessionController::finished);
    w.sessions()->openSession(session);
    // The data file is being read: nothing of the session is in the window yet.
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(w.files()->isLoading());
    EXPECT_EQ(w.document()->rowCount(), sampleRows);
    auto* progress = w.findChild<QProgressDialog*>();
    ASSERT_NE(progress, nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click(); // as the user does
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("lesson.tangent was cancelled")))
        << w.statusBar()->currentMessage().toStdString();
    // The table read meanwhile is dropped: the window stays as it was.
    QElapsedTimer timer;
    timer.start();
    while (w.files()->isLoading() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_FALSE(w.files()->isLoading());
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.size(), 1);
    EXPECT_EQ(w.document()->rowCount(), sampleRows);
    EXPECT_TRUE(w.document()->filePath().isEmpty());
    EXPECT_TRUE(w.sessions()->currentPath().isEmpty());
    // Not cancelled, the same session opens.
    EXPECT_TRUE(testing::openSessionAndWait(*w.sessions(), session));
    EXPECT_EQ(w.document()->rowCount(), 8);
}

TEST_F(SessionWindow, UnreadableDataFileIsReportedAndTheWindowKept)
{
    saveLesson();
    const QString data = this->data();
    const QString session = this->session();
    writeText(data, std::string("t,pos\n0,\0\x01\x02\n", 12)); // a NUL: not a text file
    EditedWindow edited;
    QSignalSpy messages(edited.window.files(), &FileController::message);
    EXPECT_FALSE(testing::openSessionAndWait(*edited.window.sessions(), session));
    ASSERT_FALSE(messages.isEmpty());
    const QString text = messages.last().first().toString();
    EXPECT_TRUE(text.startsWith(session + QStringLiteral(": its data file could not be read: "))) << text.toStdString();
    edited.expectUntouched();
}

TEST_F(SessionWindow, SessionsAreRecentFilesAndOpenFromThere)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("motion.csv"));
    const QString session = dir.filePath(QStringLiteral("recent.tangent"));
    saveSessionOfData(data, session);
    ASSERT_FALSE(FileController::recentFiles().isEmpty());
    EXPECT_EQ(FileController::recentFiles().first(), QFileInfo(session).absoluteFilePath());
    EXPECT_EQ(FileController::recentFiles().value(1), QFileInfo(data).absoluteFilePath());

    MainWindow w;
    w.openSample(QStringLiteral("numpy-doc-uniform"));
    QAction* entry = nullptr;
    for (QMenu* menu : w.findChildren<QMenu*>())
        for (QAction* a : menu->actions())
            if (a->text() == QStringLiteral("recent.tangent"))
                entry = a;
    ASSERT_NE(entry, nullptr);
    QSignalSpy opened(w.sessions(), &SessionController::finished);
    entry->trigger();
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(w.sessions()->currentPath(), QFileInfo(session).absoluteFilePath());
    EXPECT_EQ(w.document()->rowCount(), 8);
    // Opening another table ends the session in the title.
    w.openSample(QStringLiteral("numpy-doc-uniform"));
    EXPECT_TRUE(w.sessions()->currentPath().isEmpty());
    EXPECT_FALSE(w.windowTitle().contains(QStringLiteral("recent.tangent")));
}

TEST_F(SessionWindow, LayoutIsStoredAndRestored)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("motion.csv"));
    saveSessionOfData(data, dir.filePath(QStringLiteral("plain.tangent")));
    const QString stacked = dir.filePath(QStringLiteral("stacked.tangent"));
    {
        LoadedWindow saved(data);
        saved.window.chartPanes()->useLayout(ChartLayout::Stacked);
        ASSERT_TRUE(saved.window.sessions()->writeSession(stacked));
    }
    EXPECT_EQ(QJsonDocument::fromJson(readBytes(stacked))
                  .object()
                  .value(QStringLiteral("view"))
                  .toObject()
                  .value(QStringLiteral("layout"))
                  .toString(),
        layoutName(ChartLayout::Stacked));
    MainWindow w;
    w.chartPanes()->useLayout(ChartLayout::Overlay);
    ASSERT_TRUE(testing::openSessionAndWait(*w.sessions(), stacked));
    EXPECT_EQ(w.chartPanes()->chartLayout(), ChartLayout::Stacked);
    EXPECT_EQ(w.chartPanes()->panes().size(), 2);
}

TEST_F(SessionWindow, CommandLineOpensASessionAndTheScreenshotWaitsForIt)
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("lesson.tangent"));
    saveSessionOfData(dir.filePath(QStringLiteral("motion.csv")), session);
    const QString picture = dir.filePath(QStringLiteral("shot.png"));
    QCommandLineParser parser;
    StartupOptions::declare(parser);
    ASSERT_TRUE(parser.parse({ QStringLiteral("tangent"), session, QStringLiteral("--screenshot"), picture }));
    MainWindow w;
    StartupOptions options(parser);
    QSignalSpy done(&options, &StartupOptions::screenshotDone);
    QString error;
    ASSERT_TRUE(options.apply(w, &error)) << error.toStdString();
    ASSERT_TRUE(done.wait(15000));
    EXPECT_TRUE(done.first().first().toBool());
    EXPECT_EQ(w.sessions()->currentPath(), QFileInfo(session).absoluteFilePath());
    EXPECT_EQ(w.document()->rowCount(), 8);
    EXPECT_FALSE(QImage(picture).isNull());
}

} // namespace
} // namespace tangent::ui
