// SPDX-License-Identifier: GPL-3.0-or-later
// Tabs: File → Open Several gives one document per tab, the views and the undo actions follow the
// tab shown, opening a file never discards edits, and closing a tab asks about unsaved changes.

#include "ui/chart/chartview.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/documentrecovery.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/mainwindow.h"
#include "ui/panels/diagnosticspanel.h"
#include "ui/startpage/startscreen.h"
#include "ui/table/tablemodel.h"
#include "ui/tabs/documenttabs.h"
#include "ui/tabs/tabcontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <fstream>

namespace tangent::ui {
namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    return path;
}

/// Runs `open` and waits until `loads` files have been dealt with (read or refused) and Open
/// Several has nothing left to read.
template <typename Open> bool openAndWait(MainWindow& window, int loads, Open open)
{
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    open();
    for (int i = 0; i < 500; ++i) {
        if (finished.size() >= loads && !window.tabControl()->isOpeningSeveral())
            return true;
        finished.wait(20);
    }
    return false;
}

/// The text of every tab, in order.
QStringList tabTitles(const MainWindow& window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->tabBar()->count(); ++i)
        titles << window.tabs()->tabBar()->tabText(i);
    return titles;
}

/// Answers the next modal question with `button` once it is shown.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no question was asked";
        box->button(button)->click();
    });
}

/// Runs `body` with modal questions allowed (the test main suppresses them).
template <typename Body> void withDialogs(Body body)
{
    qunsetenv("TANGENT_NO_DIALOGS");
    body();
    qputenv("TANGENT_NO_DIALOGS", "1");
}

class Tabs : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_a = writeFile(m_dir, "a.csv", "x,y\n0,0\n1,1\n2,4\n3,9\n");
        m_b = writeFile(m_dir, "b.csv", "t,v\n0,1\n2,5\n4,13\n");
        m_c = writeFile(m_dir, "c.csv", "s,w\n0,10\n1,8\n2,2\n3,0\n4,-3\n");
    }

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    QString m_c;
};

TEST_F(Tabs, OneEmptyTabAtStartBehindTheStartPage)
{
    MainWindow window;
    window.show();
    EXPECT_EQ(window.tabs()->count(), 1);
    EXPECT_EQ(window.tabs()->current(), window.document());
    EXPECT_TRUE(window.startScreen()->showsStartPage());
    EXPECT_FALSE(window.tabs()->tabBar()->isVisible());
}

TEST_F(Tabs, ASampleIsTitledWithItsNameUntilANewTableReplacesIt)
{
    MainWindow window;
    window.show();
    window.openSample(QStringLiteral("noisy-sine"));
    EXPECT_EQ(tabTitles(window), (QStringList { "noisy-sine.csv" }));
    EXPECT_TRUE(window.document()->filePath().isEmpty()) << "a sample is not a file to save over";
    // A file opened in its place takes its own name.
    ASSERT_TRUE(openAndWait(window, 1, [&] { window.files()->openPath(m_a); }));
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv" }));
}

TEST_F(Tabs, OpenSeveralGivesOneDocumentPerTabAndTheViewsFollowTheTabShown)
{
    MainWindow window;
    window.show();
    window.tabControl()->setFilesPicker([this](QWidget*) { return QStringList { m_a, m_b, m_c }; });
    ASSERT_TRUE(openAndWait(window, 3, [&] { window.actions().openSeveral->trigger(); }));

    // The empty first tab took the first file; the others got tabs of their own, the last shown.
    ASSERT_EQ(window.tabs()->count(), 3);
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv", "b.csv", "c.csv" }));
    EXPECT_TRUE(window.tabs()->tabBar()->isVisible());
    EXPECT_EQ(window.tabs()->currentIndex(), 2);
    EXPECT_EQ(window.document()->filePath(), m_c);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("c.csv")));

    // Each tab is its own document; the table, the chart and the panels show the current one.
    window.tabs()->setCurrentIndex(1);
    Document* b = window.document();
    EXPECT_EQ(b->filePath(), m_b);
    EXPECT_EQ(window.tableModel()->document(), b);
    EXPECT_EQ(window.tableModel()->rowCount(), 3);
    EXPECT_EQ(window.tableModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("v"));
    // numpy.gradient([1, 5, 13], [0, 2, 4]) = [2, 3, 4].
    EXPECT_EQ(window.tableModel()->data(window.tableModel()->index(1, 2)).toString(), QStringLiteral("3"));
    window.chartView()->updateNow();
    EXPECT_NE(window.chartView()->seriesFor(PlotKey::curveOf(1)), nullptr);
    EXPECT_EQ(window.diagnosticsPanel()->numpyCallText(), b->derivatives().numpyCall());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("b.csv")));

    window.tabs()->setCurrentIndex(0);
    EXPECT_EQ(window.tableModel()->rowCount(), 4);
    EXPECT_EQ(window.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("x"));
}

TEST_F(Tabs, EachTabHasItsOwnUndoHistory)
{
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, 2, [&] { window.tabControl()->openSeveral({ m_a, m_b }); }));
    ASSERT_EQ(window.tabs()->count(), 2);
    Document* a = window.tabs()->documentAt(0);
    Document* b = window.tabs()->documentAt(1);

    // An edit in b through the table, then in a.
    window.tabs()->setCurrentIndex(1);
    ASSERT_TRUE(window.tableModel()->setData(window.tableModel()->index(0, 1), QStringLiteral("7")));
    window.tabs()->setCurrentIndex(0);
    ASSERT_TRUE(window.tableModel()->setData(window.tableModel()->index(3, 1), QStringLiteral("10")));
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv *", "b.csv *" }));
    EXPECT_TRUE(window.isWindowModified());

    // Undo in tab a undoes a's edit only, and then has nothing left to undo.
    QAction* undo = window.actions().undo;
    undo->trigger();
    EXPECT_EQ(a->value(3, 1), 9.0);
    EXPECT_EQ(b->value(0, 1), 7.0);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(window.isWindowModified());

    // In tab b the action undoes b's edit.
    window.tabs()->setCurrentIndex(1);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(window.isWindowModified());
    undo->trigger();
    EXPECT_EQ(b->value(0, 1), 1.0);
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv", "b.csv" }));
}

TEST_F(Tabs, OpeningOverUnsavedEditsOpensANewTabInstead)
{
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, 1, [&] { window.tabControl()->openPath(m_a); }));
    EXPECT_EQ(window.tabs()->count(), 1);

    // Unmodified: the next file replaces it, as before tabs.
    ASSERT_TRUE(openAndWait(window, 1, [&] { window.tabControl()->openPath(m_b); }));
    ASSERT_EQ(window.tabs()->count(), 1);
    EXPECT_EQ(window.document()->filePath(), m_b);

    // Modified: the next file gets a tab of its own and the edit stays.
    window.document()->setValue(0, 1, 42.0);
    ASSERT_TRUE(openAndWait(window, 1, [&] { window.tabControl()->openPath(m_c); }));
    ASSERT_EQ(window.tabs()->count(), 2);
    EXPECT_EQ(window.document()->filePath(), m_c);
    EXPECT_EQ(window.tabs()->documentAt(0)->value(0, 1), 42.0);

    // A file that cannot be read leaves no empty tab behind, and shows the tab it came from.
    window.tabs()->setCurrentIndex(0);
    ASSERT_TRUE(openAndWait(window, 1, [&] { window.tabControl()->openPath(writeFile(m_dir, "empty.csv", "")); }));
    EXPECT_EQ(window.tabs()->count(), 2);
    EXPECT_EQ(window.tabs()->currentIndex(), 0);
    EXPECT_EQ(window.document()->value(0, 1), 42.0);
}

TEST_F(Tabs, OpenSeveralSkipsAFileItCannotReadAndOpensTheOthers)
{
    MainWindow window;
    QSignalSpy messages(window.files(), &FileController::message);
    const QString ragged = writeFile(m_dir, "ragged.csv", "x,y\n0,0\n1,1,1\n");
    ASSERT_TRUE(openAndWait(window, 3, [&] { window.tabControl()->openSeveral({ m_a, ragged, m_b }); }));
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv", "b.csv" }));
    bool named = false;
    for (const QList<QVariant>& message : messages)
        named = named || message.first().toString().contains(QStringLiteral("ragged.csv"));
    EXPECT_TRUE(named) << "the refused file is reported by name";
}

TEST_F(Tabs, ClosingATabWithUnsavedEditsAsksFirst)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, 3, [&] { window.tabControl()->openSeveral({ m_a, m_b, m_c }); }));
    Document* b = window.tabs()->documentAt(1);
    b->setValue(0, 1, 99.0);
    window.tabs()->setCurrentIndex(2);

    // Nobody can be asked: nothing is closed, nothing is lost.
    EXPECT_FALSE(window.tabControl()->closeTab(b));
    EXPECT_EQ(window.tabs()->count(), 3);
    EXPECT_EQ(b->value(0, 1), 99.0);

    withDialogs([&] {
        // Cancel keeps the tab, shown so the user sees what was asked about.
        answerNextQuestion(QMessageBox::Cancel);
        EXPECT_FALSE(window.tabControl()->closeTab(b));
        EXPECT_EQ(window.tabs()->count(), 3);
        EXPECT_EQ(window.document(), b);

        // Discard closes it; the tab shown before comes back.
        window.tabs()->setCurrentIndex(2);
        answerNextQuestion(QMessageBox::Discard);
        EXPECT_TRUE(window.tabControl()->closeTab(b));
    });
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv", "c.csv" }));
    EXPECT_EQ(window.document()->filePath(), m_c);
    EXPECT_EQ(window.tableModel()->rowCount(), 5);

    // An unmodified tab closes without a question (Close Tab acts on the tab shown); the last one
    // too, giving way to an empty tab behind the start page.
    window.actions().closeTab->trigger();
    EXPECT_EQ(tabTitles(window), (QStringList { "a.csv" }));
    EXPECT_TRUE(window.tabControl()->closeTab(window.document()));
    EXPECT_EQ(window.tabs()->count(), 1);
    EXPECT_EQ(window.document()->columnCount(), 0);
    EXPECT_TRUE(window.startScreen()->showsStartPage());
    EXPECT_FALSE(window.tabControl()->closeTab(window.document())) << "nothing left to close";
}

TEST_F(Tabs, ClosingTheWindowAsksAboutEveryModifiedTab)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, 2, [&] { window.tabControl()->openSeveral({ m_a, m_b }); }));
    window.tabs()->documentAt(0)->setValue(0, 1, 5.0);
    window.tabs()->setCurrentIndex(1);
    // Without dialogs the window stays open with the edit, and shows the tab that holds it.
    EXPECT_FALSE(window.close());
    EXPECT_EQ(window.tabs()->currentIndex(), 0);
    EXPECT_EQ(window.tabs()->documentAt(0)->value(0, 1), 5.0);
}

TEST_F(Tabs, EveryTabsDocumentHasItsOwnRecoveryFile)
{
    QTemporaryDir recoveryDir;
    RecoveryStore store(recoveryDir.path());
    MainWindow window;
    window.enableRecovery(&store);
    ASSERT_TRUE(openAndWait(window, 2, [&] { window.tabControl()->openSeveral({ m_a, m_b }); }));
    DocumentRecovery* a = window.tabControl()->recoveryFor(window.tabs()->documentAt(0));
    DocumentRecovery* b = window.tabControl()->recoveryFor(window.tabs()->documentAt(1));
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    ASSERT_NE(a, b);
    EXPECT_EQ(window.recovery(), b);
    window.tabs()->documentAt(0)->setValue(0, 1, 5.0);
    window.tabs()->documentAt(1)->setValue(0, 1, 6.0);
    ASSERT_TRUE(a->syncNow());
    ASSERT_TRUE(b->syncNow());
    ASSERT_FALSE(a->filePath().isEmpty());
    ASSERT_FALSE(b->filePath().isEmpty());
    EXPECT_NE(a->filePath(), b->filePath());
    EXPECT_TRUE(QFileInfo::exists(a->filePath()));
    EXPECT_TRUE(QFileInfo::exists(b->filePath()));

    // Closing a tab after discarding its edits removes its recovery file, and only that one.
    const QString aFile = a->filePath();
    withDialogs([&] {
        answerNextQuestion(QMessageBox::Discard);
        EXPECT_TRUE(window.tabControl()->closeTab(window.tabs()->documentAt(0)));
    });
    EXPECT_FALSE(QFileInfo::exists(aFile));
    EXPECT_TRUE(QFileInfo::exists(b->filePath()));
}

} // namespace
} // namespace tangent::ui
