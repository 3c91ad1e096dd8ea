// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks in the window: the sheet chooser, opening a sheet (by name, by position, the first
// when nobody can be asked) as the same table as the equivalent CSV, and Export Derivative to .xlsx.

#include "ui/files/sheets/sheetchooser.h"

#include "core/sheets/workbook.h"
#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/sessioncontroller.h"
#include "ui/mainwindow.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

QString golden(const char* name)
{
    return QStringLiteral(TANGENT_GOLDEN_DIR "/sheets/") + QString::fromLatin1(name);
}

/// Opens `path` (sheet `sheet`) in `window` and waits for the load to end; true if it worked.
bool openAndWait(MainWindow& window, const QString& path, const QString& sheet = {})
{
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    window.files()->openPath(path, sheet);
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    return finished.first().first().toBool();
}

TEST(SheetChooser, ListsSheetsWithRowCountsAndStartsAtTheFirst)
{
    const std::vector<SheetInfo> sheets { { "first", 6 }, { "second", 9 }, { "notes", 0 } };
    SheetChooser chooser(QStringLiteral("book.xlsx"), sheets);
    auto* list = chooser.findChild<QListWidget*>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 3);
    // "row(s)" until the English plural forms are loaded: the name and count are what matter.
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("first (6 row")))
        << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(1)->text().startsWith(QStringLiteral("second (9 row")));
    EXPECT_EQ(list->item(2)->text(), QStringLiteral("notes (empty)"));
    EXPECT_EQ(chooser.sheet(), QStringLiteral("first"));
    list->setCurrentRow(1);
    EXPECT_EQ(chooser.sheet(), QStringLiteral("second"));
    // Dialogs paint black under Xvfb; a grab shows what the user sees (TANGENT_GRAB_DIR=folder).
    if (const QByteArray dir = qgetenv("TANGENT_GRAB_DIR"); !dir.isEmpty()) {
        chooser.show();
        EXPECT_TRUE(chooser.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/sheet-chooser.png")));
    }
}

TEST(SheetChooser, WindowOpensTheNamedSheetAsTheEquivalentCsv)
{
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, golden("twosheets.xlsx"), QStringLiteral("second")));
    const int rows = window.document()->rowCount();
    const int columns = window.document()->columnCount();
    ASSERT_TRUE(openAndWait(window, golden("twosheets.second.expected.csv")));
    EXPECT_EQ(rows, window.document()->rowCount());
    EXPECT_EQ(columns, window.document()->columnCount());
    EXPECT_EQ(rows, 8);
    ASSERT_TRUE(openAndWait(window, golden("twosheets.ods"), QStringLiteral("2")));
    EXPECT_EQ(window.document()->rowCount(), 6);
    EXPECT_EQ(window.document()->column(1).values[2], 1.0 / 3.0);
}

TEST(SheetChooser, WithoutAChoiceTheFirstSheetIsReadAndSaid)
{
    MainWindow window;
    QSignalSpy messages(window.files(), &FileController::message);
    ASSERT_TRUE(openAndWait(window, golden("twosheets.ods")));
    EXPECT_EQ(window.document()->rowCount(), 4); // sheet "alpha"
    bool said = false;
    for (const QList<QVariant>& m : messages)
        said = said || m.first().toString().contains(QStringLiteral("reading the first, alpha"));
    EXPECT_TRUE(said);
}

TEST(SheetChooser, BadWorkbookIsRefusedNamingIt)
{
    MainWindow window;
    QSignalSpy messages(window.files(), &FileController::message);
    EXPECT_FALSE(openAndWait(window, golden("encrypted.xlsx")));
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("encrypted.xlsx")));
    EXPECT_FALSE(openAndWait(window, golden("twosheets.xlsx"), QStringLiteral("third")));
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("1 'first', 2 'second'")));
}

// Reopening the workbook would read its first sheet: the session keeps the sheet's table instead.
TEST(SheetChooser, SessionOfASheetReopensThatSheet)
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("book.tangent"));
    {
        MainWindow window;
        ASSERT_TRUE(openAndWait(window, golden("twosheets.xlsx"), QStringLiteral("second")));
        EXPECT_TRUE(window.sessions()->capture().table.has_value());
        ASSERT_TRUE(window.sessions()->writeSession(session));
    }
    MainWindow window;
    ASSERT_TRUE(testing::openSessionAndWait(*window.sessions(), session));
    EXPECT_EQ(window.document()->rowCount(), 8);
    EXPECT_EQ(window.document()->columnCount(), 3);
}

TEST(SheetChooser, ExportDerivativeAsXlsxHoldsTheCsvExport)
{
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, golden("twosheets.xlsx"), QStringLiteral("second")));
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    ASSERT_TRUE(window.files()->writeDerivative(path));
    const std::string csv = derivativeCsv(*window.document());
    CsvReadOptions options;
    options.delimiter = ',';
    options.hasHeader = true;
    const CsvTable expected = readCsv(csv, options);
    const CsvTable back = readSheetFile(path.toStdString(), {});
    ASSERT_EQ(back.columns.size(), expected.columns.size());
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        EXPECT_EQ(back.columns[c].name, expected.columns[c].name);
        EXPECT_EQ(back.columns[c].values, expected.columns[c].values);
    }
    WorkbookReadOptions provenance;
    provenance.sheet = "provenance";
    provenance.hasHeader = false;
    const CsvTable lines = readSheetFile(path.toStdString(), provenance);
    ASSERT_EQ(lines.rowCount, expected.comments.size());
    EXPECT_EQ(lines.columns[0].text.front(), "# " + expected.comments.front());
}

} // namespace
} // namespace tangent::ui
