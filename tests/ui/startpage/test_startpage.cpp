// SPDX-License-Identifier: GPL-3.0-or-later
// The start page: shown while no file is open, with the recent files and their row counts, the
// samples, Open and drops; closing the last tab returns to it. Tabs move and close as in any Qt
// application, and the Function Lab's data open in a tab of their own.

#include "ui/classroom/functionlabdialog.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recentfiles.h"
#include "ui/mainwindow.h"
#include "ui/startpage/startpage.h"
#include "ui/startpage/startscreen.h"
#include "ui/tabs/documenttabs.h"
#include "ui/tabs/tabcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include <fstream>

namespace tangent::ui {
namespace {

class StartPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_a = m_dir.filePath(QStringLiteral("a.csv"));
        std::ofstream(m_a.toStdString()) << "x,y\n0,0\n1,1\n2,4\n3,9\n4,16\n";
        m_b = m_dir.filePath(QStringLiteral("b.csv"));
        std::ofstream(m_b.toStdString()) << "x,y\n0,1\n1,2\n2,3\n";
        m_window.resize(1280, 780);
        m_window.show();
    }

    /// Runs `open` and waits for the load it starts.
    template <typename Open> bool openAndWait(Open open)
    {
        QSignalSpy finished(m_window.files(), &FileController::loadFinished);
        open();
        return !finished.isEmpty() || finished.wait(5000);
    }

    [[nodiscard]] StartPage* page() const { return m_window.startScreen()->startPage(); }
    [[nodiscard]] bool onStartPage() const { return m_window.startScreen()->showsStartPage(); }
    /// The status bar's visible permanent texts (the row count, the equivalent call).
    [[nodiscard]] QStringList statusTexts() const
    {
        QStringList texts;
        for (const QLabel* label : m_window.statusBar()->findChildren<QLabel*>())
            if (label->isVisible() && !label->text().isEmpty())
                texts << label->text();
        return texts;
    }

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    MainWindow m_window;
};

TEST_F(StartPageTest, ShownWhileNoFileIsOpenAndLeftWhenOneIs)
{
    EXPECT_TRUE(onStartPage());
    EXPECT_TRUE(page()->isVisible());
    EXPECT_GT(page()->sampleList()->count(), 3) << "the bundled samples are listed";
    // The docks have nothing to show without a table: they wait.
    const auto* settingsDock = m_window.findChild<QDockWidget*>(QStringLiteral("settingsDock"));
    ASSERT_NE(settingsDock, nullptr);
    EXPECT_FALSE(settingsDock->isVisible());
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_a); }));
    EXPECT_FALSE(onStartPage());
    EXPECT_FALSE(page()->isVisible());
    EXPECT_TRUE(settingsDock->isVisible());
    EXPECT_EQ(m_window.document()->rowCount(), 5);
    // The docks come back as they were: Explain in front of Diagnostics (showing a tabbed dock
    // again had brought Diagnostics to the front).
    QStringList currentTabs;
    for (const QTabBar* bar : m_window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        currentTabs << bar->tabText(bar->currentIndex());
    EXPECT_EQ(currentTabs, QStringList { QStringLiteral("Explain") });
}

TEST_F(StartPageTest, TheStatusBarDescribesNoDocumentOnTheStartPage)
{
    // With no file open there is nothing to count and no call to show ("0 rows" was shown).
    EXPECT_TRUE(statusTexts().filter(QStringLiteral("row")).isEmpty()) << statusTexts().join('|').toStdString();
    EXPECT_TRUE(statusTexts().filter(QStringLiteral("gradient")).isEmpty()) << statusTexts().join('|').toStdString();
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_a); }));
    EXPECT_EQ(statusTexts().filter(QStringLiteral("5 row")).size(), 1) << statusTexts().join('|').toStdString();
    EXPECT_EQ(statusTexts().filter(QStringLiteral("numpy.gradient")).size(), 1);
    ASSERT_TRUE(m_window.tabControl()->closeTab(m_window.document()));
    ASSERT_TRUE(onStartPage());
    EXPECT_TRUE(statusTexts().filter(QStringLiteral("row")).isEmpty()) << statusTexts().join('|').toStdString();
}

TEST_F(StartPageTest, RecentFilesAreListedWithTheirRowCounts)
{
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_a); }));
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_b); }));
    const QList<RecentFile> recent = recentFileEntries();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent[0].path, m_b);
    EXPECT_EQ(recent[0].rows, 3);
    EXPECT_EQ(recent[1].rows, 5);

    emit page()->recentFilesWanted(); // as when the page is shown
    QListWidget* list = page()->recentList();
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("b.csv — 3 row")))
        << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(1)->text().startsWith(QStringLiteral("a.csv — 5 row")));
}

TEST_F(StartPageTest, ARecentFileASampleAndADropOpenFromThePage)
{
    // A sample.
    emit page()->sampleList()->itemActivated(page()->sampleList()->item(0));
    EXPECT_FALSE(onStartPage());
    EXPECT_GT(m_window.document()->rowCount(), 0);
    m_window.actions().closeTab->trigger();
    EXPECT_TRUE(onStartPage());

    // A file dropped on the page.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_b) });
    ASSERT_TRUE(openAndWait([&] {
        const QPoint centre = page()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page(), &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page(), &drop);
        EXPECT_TRUE(drop.isAccepted());
    }));
    EXPECT_EQ(m_window.document()->filePath(), m_b);
    m_window.actions().closeTab->trigger();

    // A recent file.
    emit page()->recentFilesWanted(); // as when the page is shown
    ASSERT_GE(page()->recentList()->count(), 1);
    ASSERT_TRUE(openAndWait([&] { emit page()->recentList()->itemActivated(page()->recentList()->item(0)); }));
    EXPECT_EQ(m_window.document()->filePath(), m_b);
}

TEST_F(StartPageTest, ClosingTheLastTabReturnsToTheStartPage)
{
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openSeveral({ m_a, m_b }); }));
    QSignalSpy second(m_window.files(), &FileController::loadFinished);
    while (m_window.tabControl()->isOpeningSeveral())
        second.wait(50);
    ASSERT_EQ(m_window.tabs()->count(), 2);
    EXPECT_TRUE(m_window.tabControl()->closeTab(m_window.document()));
    EXPECT_FALSE(onStartPage());
    EXPECT_TRUE(m_window.tabControl()->closeTab(m_window.document()));
    EXPECT_TRUE(onStartPage());
    EXPECT_EQ(m_window.tabs()->count(), 1);
    EXPECT_EQ(m_window.document()->columnCount(), 0);
}

TEST_F(StartPageTest, TheLastTabWithUnsavedEditsIsNotClosedWithoutAsking)
{
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_a); }));
    m_window.document()->setValue(0, 1, 42.0);
    // Nobody can be asked (TANGENT_NO_DIALOGS): nothing is discarded.
    EXPECT_FALSE(m_window.tabControl()->closeTab(m_window.document()));
    EXPECT_FALSE(onStartPage());
    EXPECT_EQ(m_window.document()->value(0, 1), 42.0);
}

TEST_F(StartPageTest, TabsMoveWithTheirDocumentsAndAMiddleClickClosesOne)
{
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openSeveral({ m_a, m_b }); }));
    QSignalSpy second(m_window.files(), &FileController::loadFinished);
    while (m_window.tabControl()->isOpeningSeveral())
        second.wait(50);
    DocumentTabs* tabs = m_window.tabs();
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_TRUE(tabs->tabBar()->isMovable());
    Document* a = tabs->documentAt(0);
    Document* b = tabs->documentAt(1);
    tabs->tabBar()->moveTab(0, 1);
    EXPECT_EQ(tabs->documentAt(0), b);
    EXPECT_EQ(tabs->documentAt(1), a);
    EXPECT_EQ(tabs->tabBar()->tabText(0), QStringLiteral("b.csv"));
    // The tab clicked is the one shown afterwards, whichever order the documents are in.
    tabs->tabBar()->setCurrentIndex(1);
    EXPECT_EQ(m_window.document(), a);

    const QPoint onB = tabs->tabBar()->tabRect(0).center();
    QTest::mouseClick(tabs->tabBar(), Qt::MiddleButton, {}, onB);
    ASSERT_EQ(tabs->count(), 1);
    EXPECT_EQ(tabs->documentAt(0), a);
}

TEST_F(StartPageTest, FunctionLabDataOpenInANewTabWithoutAskingAboutEdits)
{
    ASSERT_TRUE(openAndWait([&] { m_window.tabControl()->openPath(m_a); }));
    Document* edited = m_window.document();
    edited->setValue(0, 1, 42.0);
    FunctionLabDialog* lab = m_window.functionLabDialog();
    lab->setExpression(QStringLiteral("sin(x)"));
    ASSERT_TRUE(lab->generate());
    EXPECT_EQ(m_window.tabs()->count(), 2);
    EXPECT_NE(m_window.document(), edited);
    EXPECT_GT(m_window.document()->rowCount(), 5);
    EXPECT_EQ(edited->value(0, 1), 42.0) << "the edited table is untouched";
}

TEST_F(StartPageTest, FunctionLabDataFromTheStartPageTakeTheEmptyTab)
{
    ASSERT_TRUE(onStartPage());
    FunctionLabDialog* lab = m_window.functionLabDialog();
    lab->setExpression(QStringLiteral("x^2"));
    ASSERT_TRUE(lab->generate());
    EXPECT_EQ(m_window.tabs()->count(), 1);
    EXPECT_FALSE(onStartPage());
}

} // namespace
} // namespace tangent::ui
