// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery: the snapshot format, the writer that follows a document's edits, and the whole
// round trip through the window: edit, "crash" (the window destroyed without a clean close, or a
// child process killed with SIGKILL), start again, then Restore or Discard in the dialog.

#include "ui/files/recovery/documentrecovery.h"
#include "ui/files/recovery/recoverydialog.h"
#include "ui/files/recovery/recoverysnapshot.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/window/windowrecovery.h"

#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/tabs/documenttabs.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace tangent::ui {
namespace {

using testing::kNaN;
using testing::numberColumn;
using testing::sameBits;

// Comfortably above DocumentRecovery::kWriteDelayMs and within the promise of "2 s after an edit".
constexpr int kPromisedMs = 2000;

QStringList recoveryFiles(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList({ QStringLiteral("*.tangent-recovery") }, QDir::Files, QDir::Name);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QString writeUserFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

std::vector<Column> sampleColumns()
{
    Column date = numberColumn(QStringLiteral("date"), { 1.7e9, 1.7e9 + 86400, 1.7e9 + 2 * 86400 });
    date.kind = ColumnKind::DateTime;
    Column note = numberColumn(QStringLiteral("note"), { kNaN, kNaN, kNaN });
    note.fromText = true;
    return { date, numberColumn(QStringLiteral("temp"), { -0.0, kNaN, 0.1 + 0.2 }, QStringLiteral("°C")), note };
}

void expectSameTable(const std::vector<Column>& actual, const std::vector<Column>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t c = 0; c < actual.size(); ++c) {
        EXPECT_EQ(actual[c].name, expected[c].name);
        EXPECT_EQ(actual[c].unit, expected[c].unit);
        EXPECT_EQ(actual[c].kind, expected[c].kind);
        EXPECT_EQ(actual[c].fromText, expected[c].fromText);
        EXPECT_TRUE(sameBits(actual[c].values, expected[c].values)) << "column " << c;
    }
}

/// Edits a window's document the way a user would and waits until the recovery file is written.
void editAndWaitForBackup(MainWindow& window, const QTemporaryDir& dir, qsizetype filesBefore = 0)
{
    Document* doc = window.document();
    doc->setValue(1, 1, 21.5);
    doc->renameColumn(1, QStringLiteral("temperature"), QStringLiteral("K"));
    DerivativeSettings s = doc->settings();
    s.edgeOrder = 2;
    doc->setSettings(s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return recoveryFiles(dir).size() == filesBefore + 1; }, kPromisedMs))
        << "no recovery file within 2 s of the last edit";
}

/// Leaves a recovery file of an untitled table with columns x and y, as a crash would.
void crashWithUnsavedEdits(const QTemporaryDir& recovery)
{
    RecoveryStore store(recovery.path());
    MainWindow crashed;
    crashed.enableRecovery(&store);
    crashed.document()->loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }) }, {});
    editAndWaitForBackup(crashed, recovery);
}

/// The next start after a crash: a window on a sample, and the store of the crashed one's folder.
struct NextStart {
    explicit NextStart(const QTemporaryDir& recovery) : store(recovery.path())
    {
        window.openSample(QStringLiteral("numpy-doc-uniform"));
    }
    RecoveryDialog* offer() { return offerRecovery(window, store); }

    RecoveryStore store;
    MainWindow window;
};

QPushButton* dialogButton(RecoveryDialog* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QString::fromLatin1(name));
}

TEST(RecoverySnapshot, RoundTripsTableUnitsSettingsAndTimeExactly)
{
    RecoverySnapshot snapshot { QStringLiteral("/data/run 7.csv"), QDateTime::currentDateTime(), sampleColumns(), {} };
    snapshot.settings.xColumn = 0;
    snapshot.settings.yColumns = { 1 };
    snapshot.settings.edgeOrder = 2;
    snapshot.settings.order = 3;
    snapshot.settings.timeUnit = TimeUnit::Hour;
    QString error;
    const auto back = decodeSnapshot(encodeSnapshot(snapshot), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->filePath, snapshot.filePath);
    EXPECT_EQ(back->lastEdit, snapshot.lastEdit);
    EXPECT_EQ(back->settings, snapshot.settings);
    expectSameTable(back->columns, snapshot.columns);
}

TEST(RecoverySnapshot, RoundTripsTheGroupColumnAndItsText)
{
    std::vector<Column> columns = sampleColumns();
    columns[2].text = { QStringLiteral("MSFT"), QStringLiteral("Zürich, \"AG\""), QString() };
    RecoverySnapshot snapshot { QStringLiteral("long.csv"), QDateTime::currentDateTime(), columns, {} };
    snapshot.settings.groupColumn = 2;
    QString error;
    const auto back = decodeSnapshot(encodeSnapshot(snapshot), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->settings.groupColumn, 2);
    EXPECT_EQ(back->columns[2].text, columns[2].text);
    EXPECT_TRUE(back->columns[0].text.empty());
}

TEST(RecoverySnapshot, RefusesEveryTruncationAndForeignBytes)
{
    const QByteArray bytes
        = encodeSnapshot({ QStringLiteral("a.csv"), QDateTime::currentDateTime(), sampleColumns(), {} });
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        QString error;
        EXPECT_FALSE(decodeSnapshot(bytes.left(n), &error)) << "cut at " << n;
        EXPECT_FALSE(error.isEmpty()) << "cut at " << n;
    }
    QString error;
    EXPECT_FALSE(decodeSnapshot(QByteArray("x,y\n1,2\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a Tangent recovery file"))) << error.toStdString();
}

TEST(DocumentRecovery, BacksUpWithinTwoSecondsAndNeverTouchesTheUserFile)
{
    QTemporaryDir files;
    QTemporaryDir recovery;
    const QByteArray original = "x,y\n0,0\n1,1\n2,4\n";
    const QString user = writeUserFile(files, QStringLiteral("data.csv"), original);
    RecoveryStore store(recovery.path());
    Document doc;
    DocumentRecovery writer(&doc, &store);
    doc.loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }) }, user);
    EXPECT_TRUE(recoveryFiles(recovery).isEmpty()); // loading is not an edit

    doc.setValue(2, 1, 9.0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !writer.filePath().isEmpty(); }, kPromisedMs));
    EXPECT_EQ(readBytes(user), original);
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    QString error;
    const auto saved = decodeSnapshot(readBytes(writer.filePath()), &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->filePath, user);
    EXPECT_EQ(saved->columns[1].values, (std::vector<double> { 0, 1, 9 }));
    EXPECT_EQ(saved->lastEdit, writer.lastEdit());
}

TEST(DocumentRecovery, SavingOrUndoingToTheSavedStateRemovesTheFile)
{
    QTemporaryDir recovery;
    RecoveryStore store(recovery.path());
    Document doc;
    DocumentRecovery writer(&doc, &store);
    doc.loadColumns({ numberColumn("y", { 1, 2, 3 }) }, {});
    doc.setValue(0, 0, 5.0);
    ASSERT_TRUE(writer.syncNow());
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    doc.undoStack()->setClean(); // what a save does
    EXPECT_TRUE(recoveryFiles(recovery).isEmpty());

    doc.setValue(0, 0, 6.0);
    ASSERT_TRUE(writer.syncNow());
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    doc.undoStack()->undo();
    EXPECT_TRUE(recoveryFiles(recovery).isEmpty());
}

TEST(Recovery, RestoresAfterTheWindowIsDestroyedWithoutACleanClose)
{
    QTemporaryDir files;
    QTemporaryDir recovery;
    const QByteArray original = "time [s],temp [°C]\n0,20\n1,21\n2,23\n3,26\n";
    const QString user = writeUserFile(files, QStringLiteral("run.csv"), original);
    std::vector<Column> expectedColumns;
    DerivativeSettings expectedSettings;
    QDateTime lastEdit;
    {
        RecoveryStore store(recovery.path());
        MainWindow crashed;
        crashed.enableRecovery(&store);
        QSignalSpy loaded(crashed.files(), &FileController::loadFinished);
        crashed.files()->openPath(user);
        ASSERT_TRUE(loaded.wait(10000) && loaded.first().first().toBool());
        editAndWaitForBackup(crashed, recovery);
        expectedColumns = crashed.document()->columns();
        expectedSettings = crashed.document()->settings();
        lastEdit = crashed.recovery()->lastEdit();
    } // destroyed without close(): as far as the files are concerned, a crash
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    const QString leftOver = recoveryFiles(recovery).first();

    RecoveryStore store(recovery.path());
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    QPointer<RecoveryDialog> dialog = offerRecovery(window, store);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("Recover")));
    ASSERT_EQ(dialog->entries().size(), 1);
    EXPECT_TRUE(dialog->entries().first().startsWith(QStringLiteral("run.csv\t")));
    EXPECT_TRUE(dialog->entries().first().contains(RecoveryDialog::formatTime(lastEdit)));
    dialogButton(dialog, "restoreButton")->click();

    Document* doc = window.document();
    expectSameTable(doc->columns(), expectedColumns);
    EXPECT_EQ(doc->settings(), expectedSettings);
    EXPECT_EQ(doc->filePath(), user);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(readBytes(user), original);
    // The state now lives in this window's own file; the crashed one's file is gone.
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    EXPECT_NE(recoveryFiles(recovery).first(), leftOver);
    EXPECT_EQ(window.recovery()->lastEdit(), lastEdit);
}

TEST(Recovery, DiscardDeletesTheFilesAndKeepsTheOpenDocument)
{
    QTemporaryDir recovery;
    crashWithUnsavedEdits(recovery);
    NextStart next(recovery);
    MainWindow& window = next.window;
    const std::vector<Column> before = window.document()->columns();
    QPointer<RecoveryDialog> dialog = next.offer();
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->entries().size(), 1);
    EXPECT_TRUE(dialog->entries().first().startsWith(QStringLiteral("Untitled\t")));
    dialogButton(dialog, "discardButton")->click();

    EXPECT_TRUE(recoveryFiles(recovery).isEmpty());
    expectSameTable(window.document()->columns(), before);
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_TRUE(next.store.claimOrphans().empty());
}

TEST(Recovery, CleanCloseLeavesNothingToRecover)
{
    QTemporaryDir files;
    QTemporaryDir recovery;
    RecoveryStore store(recovery.path());
    {
        MainWindow window;
        window.enableRecovery(&store);
        window.document()->loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }) }, {});
        window.show();
        editAndWaitForBackup(window, recovery);
        ASSERT_TRUE(window.files()->writeTable(files.filePath(QStringLiteral("saved.csv"))));
        EXPECT_TRUE(recoveryFiles(recovery).isEmpty()); // a save removes it at once
        EXPECT_TRUE(window.close());
    }
    EXPECT_TRUE(QDir(recovery.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    MainWindow next;
    EXPECT_EQ(offerRecovery(next, store), nullptr);
}

TEST(Recovery, TwoInstancesKeepSeparateFilesAndNeverOfferEachOthers)
{
    QTemporaryDir recovery;
    RecoveryStore storeA(recovery.path());
    RecoveryStore storeB(recovery.path());
    MainWindow b;
    b.enableRecovery(&storeB);
    b.document()->loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("b", { 5, 6, 7 }) }, {});
    {
        MainWindow a;
        a.enableRecovery(&storeA);
        a.document()->loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("a", { 1, 2, 3 }) }, {});
        editAndWaitForBackup(a, recovery);
        editAndWaitForBackup(b, recovery, 1);
        EXPECT_NE(a.recovery()->filePath(), b.recovery()->filePath());
        // Each is alive: neither offers the other's file (nor its own).
        EXPECT_TRUE(storeA.claimOrphans().empty());
        EXPECT_TRUE(storeB.claimOrphans().empty());
        // Both files hold their own document.
        EXPECT_EQ(decodeSnapshot(readBytes(a.recovery()->filePath()), nullptr)->columns[1].name,
            QStringLiteral("temperature"));
        EXPECT_EQ(decodeSnapshot(readBytes(a.recovery()->filePath()), nullptr)->columns[1].values,
            (std::vector<double> { 1, 21.5, 3 }));
        EXPECT_EQ(decodeSnapshot(readBytes(b.recovery()->filePath()), nullptr)->columns[1].values,
            (std::vector<double> { 5, 21.5, 7 }));
    }
    // A is gone without a clean close: B may now offer A's file, and only that one.
    std::vector<OrphanedRecovery> orphans = storeB.claimOrphans();
    ASSERT_EQ(orphans.size(), 1u);
    ASSERT_TRUE(orphans[0].snapshot());
    EXPECT_EQ(orphans[0].snapshot()->columns[1].values, (std::vector<double> { 1, 21.5, 3 }));
    EXPECT_NE(orphans[0].path(), b.recovery()->filePath());
    // While B holds the claim, a third instance starting now does not offer it as well.
    RecoveryStore storeC(recovery.path());
    EXPECT_TRUE(storeC.claimOrphans().empty());
}

TEST(Recovery, RestoresIntoANewTabWhenTheOpenTableHasUnsavedEdits)
{
    QTemporaryDir recovery;
    crashWithUnsavedEdits(recovery);
    NextStart next(recovery);
    MainWindow& window = next.window;
    window.document()->setValue(0, 0, 99.0);
    Document* open = window.document();
    QPointer<RecoveryDialog> dialog = next.offer();
    ASSERT_TRUE(dialog);
    dialogButton(dialog, "restoreButton")->click();

    EXPECT_EQ(open->value(0, 0), 99.0); // the open edits are untouched, in their own tab
    ASSERT_EQ(window.tabs()->count(), 2);
    Document* restored = window.document();
    ASSERT_NE(restored, open);
    EXPECT_EQ(restored->column(1).name, QStringLiteral("temperature"));
    EXPECT_EQ(restored->value(1, 1), 21.5);
    EXPECT_TRUE(restored->isModified());
    ASSERT_NE(window.recovery(), nullptr);
    EXPECT_FALSE(window.recovery()->filePath().isEmpty());
}

TEST(Recovery, ClosingTheDialogWithoutChoosingKeepsTheFilesForNextTime)
{
    QTemporaryDir recovery;
    crashWithUnsavedEdits(recovery);
    const QStringList files = recoveryFiles(recovery);
    RecoveryStore store(recovery.path());
    {
        MainWindow window;
        QPointer<RecoveryDialog> dialog = offerRecovery(window, store);
        ASSERT_TRUE(dialog);
        dialog->reject();
        EXPECT_FALSE(window.document()->isModified());
    }
    EXPECT_EQ(recoveryFiles(recovery), files);
    EXPECT_EQ(store.claimOrphans().size(), 1u);
}

TEST(Recovery, ADamagedFileIsListedKeptOnRestoreAndDeletedOnDiscard)
{
    QTemporaryDir recovery;
    const QByteArray whole
        = encodeSnapshot({ QStringLiteral("a.csv"), QDateTime::currentDateTime(), sampleColumns(), {} });
    QFile damaged(recovery.filePath(QStringLiteral("1-2-3.tangent-recovery")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(whole.left(whole.size() / 2));
    damaged.close();
    // A temporary left by a writer killed mid-write goes with its dead owner's claim.
    QFile temporary(damaged.fileName() + QStringLiteral(".tmp-abc123"));
    ASSERT_TRUE(temporary.open(QIODevice::WriteOnly));
    temporary.close();

    RecoveryStore store(recovery.path());
    {
        MainWindow window;
        QPointer<RecoveryDialog> dialog = offerRecovery(window, store);
        ASSERT_TRUE(dialog);
        ASSERT_EQ(dialog->entries().size(), 1);
        EXPECT_TRUE(dialog->entries().first().startsWith(QStringLiteral("Damaged recovery file\t")))
            << dialog->entries().first().toStdString();
        EXPECT_FALSE(temporary.exists());
        dialogButton(dialog, "restoreButton")->click();
        EXPECT_FALSE(window.document()->isModified());
        EXPECT_TRUE(damaged.exists()); // nothing restored, nothing lost
    }
    MainWindow window;
    QPointer<RecoveryDialog> dialog = offerRecovery(window, store);
    ASSERT_TRUE(dialog);
    dialogButton(dialog, "discardButton")->click();
    EXPECT_TRUE(QDir(recovery.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST(Recovery, AnotherLiveProcessKeepsItsFileUntilKilledWithSigkill)
{
    QTemporaryDir recovery;
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Another Tangent: it backs up an edit, says so, and lives until it is killed the hardest
        // way, which leaves its lock file behind.
        RecoveryStore store(recovery.path());
        Document doc;
        DocumentRecovery writer(&doc, &store);
        doc.loadColumns({ numberColumn("y", { 1, 2, 3 }) }, QStringLiteral("/data/killed.csv"));
        doc.setValue(0, 0, 42.0);
        const char ok = writer.syncNow() ? 'y' : 'n';
        if (write(ready[1], &ok, 1) != 1)
            _exit(3);
        for (;;)
            pause();
    }
    // Whatever fails below, the child does not outlive the test.
    struct Reaper {
        pid_t pid;
        ~Reaper()
        {
            if (pid > 0 && kill(pid, SIGKILL) == 0)
                waitpid(pid, nullptr, 0);
        }
    } reaper { child };
    close(ready[1]);
    char ok = 0;
    ASSERT_EQ(read(ready[0], &ok, 1), 1);
    close(ready[0]);
    EXPECT_EQ(ok, 'y');
    RecoveryStore store(recovery.path());
    EXPECT_TRUE(store.claimOrphans().empty()) << "offered the file of a process that is alive";

    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    reaper.pid = 0;
    ASSERT_EQ(recoveryFiles(recovery).size(), 1);
    EXPECT_TRUE(QFileInfo::exists(recovery.filePath(recoveryFiles(recovery).first() + ".lock")));
    std::vector<OrphanedRecovery> orphans = store.claimOrphans();
    ASSERT_EQ(orphans.size(), 1u);
    ASSERT_TRUE(orphans[0].snapshot()) << orphans[0].error().toStdString();
    EXPECT_EQ(orphans[0].snapshot()->filePath, QStringLiteral("/data/killed.csv"));
    EXPECT_EQ(orphans[0].snapshot()->columns[0].values, (std::vector<double> { 42, 2, 3 }));
}

} // namespace
} // namespace tangent::ui
