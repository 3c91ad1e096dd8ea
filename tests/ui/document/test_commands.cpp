// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands: each user action is one undo step; undo and redo restore exact values; edits that
// change nothing push nothing.

#include "tests/ui/uitestsupport.h"
#include "ui/document/commands.h"
#include "ui/document/document.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// Columns compared bit for bit (so -0.0 differs from 0.0), with names, units and kinds.
::testing::AssertionResult sameColumns(const std::vector<Column>& a, const std::vector<Column>& b)
{
    if (a.size() != b.size())
        return ::testing::AssertionFailure() << a.size() << " columns != " << b.size();
    for (std::size_t c = 0; c < a.size(); ++c) {
        if (a[c].name != b[c].name || a[c].unit != b[c].unit || a[c].kind != b[c].kind
            || a[c].fromText != b[c].fromText)
            return ::testing::AssertionFailure() << "column " << c << " header differs";
        if (!sameBits(a[c].values, b[c].values))
            return ::testing::AssertionFailure() << "column " << c << " values differ";
    }
    return ::testing::AssertionSuccess();
}

class Commands : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.loadColumns({ numberColumn("time", { 0.0, 1.0, 2.0, 3.0, 4.0 }, QStringLiteral("s")),
                                 numberColumn("temp", { 10.0, -0.0, kNaN, 13.5, 0.1 }, QStringLiteral("°C")),
                                 numberColumn("p", { 1.0, 2.0, 3.0, 4.0, 5.0 }) },
            {});
        initial = document.columns();
        initialResults = document.derivatives().results();
    }

    /// Undo, check the initial state; redo, check `after`; undo again.
    void checkUndoRedo(const std::vector<Column>& after)
    {
        QUndoStack* stack = document.undoStack();
        stack->undo();
        EXPECT_TRUE(sameColumns(document.columns(), initial));
        ASSERT_EQ(document.derivatives().results().size(), initialResults.size());
        for (std::size_t k = 0; k < initialResults.size(); ++k)
            EXPECT_TRUE(sameBits(document.derivatives().results()[k].values, initialResults[k].values));
        EXPECT_FALSE(document.isModified());
        stack->redo();
        EXPECT_TRUE(sameColumns(document.columns(), after));
        EXPECT_TRUE(document.isModified());
        stack->undo();
        EXPECT_TRUE(sameColumns(document.columns(), initial));
    }

    Document document;
    std::vector<Column> initial;
    std::vector<DerivativeResult> initialResults;
};

TEST(CommandTexts, ColumnLetters)
{
    EXPECT_EQ(columnLetters(0), QStringLiteral("A"));
    EXPECT_EQ(columnLetters(1), QStringLiteral("B"));
    EXPECT_EQ(columnLetters(25), QStringLiteral("Z"));
    EXPECT_EQ(columnLetters(26), QStringLiteral("AA"));
    EXPECT_EQ(columnLetters(27), QStringLiteral("AB"));
    EXPECT_EQ(columnLetters(701), QStringLiteral("ZZ"));
    EXPECT_EQ(columnLetters(702), QStringLiteral("AAA"));
}

TEST_F(Commands, SetValueUndoRedoRestoresExactValues)
{
    document.setValue(2, 1, 12.25);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Edit cell B3"));
    EXPECT_EQ(document.value(2, 1), 12.25);
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
    EXPECT_TRUE(std::isnan(document.value(2, 1)));

    // -0.0 -> 0.0 is a change (different bits) and comes back as -0.0.
    document.setValue(1, 1, 0.0);
    ASSERT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_TRUE(std::signbit(document.value(1, 1)));
}

TEST_F(Commands, NoOpEditsPushNothing)
{
    document.setValue(0, 1, 10.0);
    document.setValue(2, 1, kNaN);
    document.setValue(99, 1, 1.0); // outside the table
    document.setBlock(0, 0, { { 0.0, 10.0 }, { 1.0 } });
    document.renameColumn(1, QStringLiteral("temp"), QStringLiteral("°C"));
    document.setSettings(document.settings());
    document.sortByX(); // already sorted
    document.removeRows(7, 1);
    document.insertRows(2, 0);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST_F(Commands, EveryEditIsItsOwnStep)
{
    document.setValue(0, 1, 1.0);
    document.setValue(0, 1, 2.0);
    document.setValue(0, 1, 3.0);
    EXPECT_EQ(document.undoStack()->count(), 3) << "edits are never merged";
    document.undoStack()->undo();
    EXPECT_EQ(document.value(0, 1), 2.0);
}

TEST_F(Commands, PasteBlockIsOneUndoStep)
{
    document.setBlock(1, 1, { { 1.5, 2.5 }, { 3.5, 4.5 }, { 5.5, 6.5 } });
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Paste 3×2 cells"));
    EXPECT_EQ(document.value(1, 1), 1.5);
    EXPECT_EQ(document.value(3, 2), 6.5);
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
}

TEST_F(Commands, ShortRowsInAPasteKeepTheCellsTheyDoNotReach)
{
    document.setBlock(0, 1, { { 7.0, 8.0 }, { 9.0 } });
    EXPECT_EQ(document.value(0, 1), 7.0);
    EXPECT_EQ(document.value(0, 2), 8.0);
    EXPECT_EQ(document.value(1, 1), 9.0);
    EXPECT_EQ(document.value(1, 2), 2.0);
}

TEST_F(Commands, PasteThatGrowsTheTableIsOneUndoStep)
{
    document.setBlock(4, 2, { { 1.0, 2.0 }, { 3.0, 4.0 }, { 5.0, 6.0 } });
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Paste 3×2 cells"));
    EXPECT_EQ(document.rowCount(), 7);
    EXPECT_EQ(document.columnCount(), 4);
    EXPECT_EQ(document.column(3).name, QStringLiteral("column 4"));
    EXPECT_EQ(document.value(6, 3), 6.0);
    EXPECT_TRUE(std::isnan(document.value(6, 0)));
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
    EXPECT_EQ(document.rowCount(), 5);
    EXPECT_EQ(document.columnCount(), 3);
}

TEST_F(Commands, InsertRows)
{
    document.insertRows(2, 3);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Insert 3 rows"));
    EXPECT_EQ(document.rowCount(), 8);
    EXPECT_TRUE(std::isnan(document.value(2, 0)));
    EXPECT_TRUE(std::isnan(document.value(4, 2)));
    EXPECT_EQ(document.value(5, 0), 2.0);
    EXPECT_EQ(document.derivatives().resultFor(1)->values.size(), 8U);
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);

    document.insertRows(5, 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Insert row 6"));
    EXPECT_EQ(document.rowCount(), 6);
}

TEST_F(Commands, RemoveRows)
{
    document.removeRows(1, 3);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Delete 3 rows"));
    EXPECT_EQ(document.rowCount(), 2);
    EXPECT_EQ(document.value(1, 1), 0.1);
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);

    document.removeRows(4, 10); // clamped to the table
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Delete row 5"));
    EXPECT_EQ(document.rowCount(), 4);
}

TEST_F(Commands, InsertColumn)
{
    document.insertColumn(1, QStringLiteral("speed [m/s]"));
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Insert column 'speed'"));
    ASSERT_EQ(document.columnCount(), 4);
    EXPECT_EQ(document.column(1).name, QStringLiteral("speed"));
    EXPECT_EQ(document.column(1).unit, QStringLiteral("m/s"));
    EXPECT_EQ(document.column(1).values.size(), 5U);
    EXPECT_EQ(document.column(2).name, QStringLiteral("temp"));
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
}

TEST_F(Commands, InsertColumnShiftsChosenColumns)
{
    DerivativeSettings s = document.settings();
    s.xColumn = 2;
    s.yColumns = { 1 };
    document.setSettings(s);
    document.insertColumn(0, QStringLiteral("new"));
    EXPECT_EQ(document.settings().xColumn, 3);
    EXPECT_EQ(document.settings().yColumns, QList<int> { 2 });
    document.undoStack()->undo();
    EXPECT_EQ(document.settings(), s);
}

TEST_F(Commands, RemoveColumnRestoresItAndTheSettings)
{
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2;
    document.setSettings(s);
    document.undoStack()->clear();
    initialResults = document.derivatives().results();

    document.removeColumn(0); // the x column
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Delete column 'time'"));
    EXPECT_EQ(document.columnCount(), 2);
    EXPECT_EQ(document.settings().xColumn, -1);
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
    EXPECT_EQ(document.settings(), s);
    EXPECT_EQ(document.derivatives().effectiveYColumns(), (QList<int> { 1, 2 }));
}

TEST_F(Commands, RenameColumn)
{
    document.renameColumn(1, QStringLiteral("temperature"), QStringLiteral("K"));
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Rename column 'temp' to 'temperature'"));
    EXPECT_EQ(document.columnTitle(1), QStringLiteral("temperature [K]"));
    const std::vector<Column> after = document.columns();
    checkUndoRedo(after);
    EXPECT_EQ(document.columnTitle(1), QStringLiteral("temp [°C]"));

    document.renameColumn(1, QStringLiteral("temp"), QStringLiteral("K"));
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Set the unit of 'temp' to 'K'"));
}

TEST_F(Commands, SetSettings)
{
    const DerivativeSettings old = document.settings();
    DerivativeSettings s = old;
    s.edgeOrder = 2;
    document.setSettings(s);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Set edge order 2"));
    EXPECT_EQ(document.settings(), s);
    document.undoStack()->undo();
    EXPECT_EQ(document.settings(), old);
    ASSERT_EQ(document.derivatives().results().size(), initialResults.size());
    for (std::size_t k = 0; k < initialResults.size(); ++k)
        EXPECT_TRUE(sameBits(document.derivatives().results()[k].values, initialResults[k].values));
    document.undoStack()->redo();
    EXPECT_EQ(document.settings(), s);

    s.xColumn = 2;
    document.setSettings(s);
    EXPECT_EQ(document.undoStack()->text(1), QStringLiteral("Use 'p' as x"));
    s.xColumn = -1;
    document.setSettings(s);
    EXPECT_EQ(document.undoStack()->text(2), QStringLiteral("Use uniform spacing dx"));
}

TEST(SortCommand, SortByXAndUndo)
{
    Document document;
    document.loadColumns(
        { numberColumn("x", { 3.0, 1.0, kNaN, 2.0, 1.0 }), numberColumn("y", { 30.0, 10.0, 99.0, 20.0, 11.0 }) }, {});
    const std::vector<Column> initial = document.columns();
    document.sortByX();
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Sort by 'x'"));
    // Stable: the two x = 1 rows keep their order; the gap goes last.
    EXPECT_TRUE(sameBits(document.column(0).values, { 1.0, 1.0, 2.0, 3.0, kNaN }));
    EXPECT_EQ(document.column(1).values, (std::vector<double> { 10.0, 11.0, 20.0, 30.0, 99.0 }));
    const std::vector<Column> sorted = document.columns();
    document.undoStack()->undo();
    EXPECT_TRUE(sameColumns(document.columns(), initial));
    document.undoStack()->redo();
    EXPECT_TRUE(sameColumns(document.columns(), sorted));
}

TEST(SortCommand, NothingToSortWithoutXColumn)
{
    Document document;
    document.loadColumns({ numberColumn("y", { 3.0, 1.0, 2.0 }) }, {});
    document.sortByX();
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(Commands, LoadingStartsANewHistory)
{
    document.setValue(0, 1, 1.0);
    ASSERT_TRUE(document.isModified());
    document.loadColumns({ numberColumn("a", { 1.0, 2.0 }) }, QStringLiteral("other.csv"));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(DocumentLoad, PreferencesApplyWithOneComputationAndNoUndoStep)
{
    Document document;
    QSignalSpy derivatives(&document, &Document::derivativesChanged);
    QSignalSpy settings(&document, &Document::settingsChanged);
    document.loadColumns(
        { numberColumn("x", { 0.0, 1.0, 2.0 }), numberColumn("y", { 0.0, 1.0, 4.0 }) }, {}, { 2, TimeUnit::Hour });
    EXPECT_EQ(document.settings().edgeOrder, 2);
    EXPECT_EQ(document.settings().timeUnit, TimeUnit::Hour);
    EXPECT_EQ(derivatives.count(), 1);
    EXPECT_EQ(settings.count(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    // y = x^2 with second-order edges: -1.5*0 + 2*1 - 0.5*4 = 0, (4 - 0)/2 = 2, 0.5*0 - 2*1 + 1.5*4 = 4.
    ASSERT_NE(document.derivatives().resultFor(1), nullptr);
    EXPECT_EQ(document.derivatives().resultFor(1)->values, (std::vector<double> { 0.0, 2.0, 4.0 }));

    // Anything but 2 is the default edge order 1.
    document.loadColumns({ numberColumn("x", { 0.0, 1.0, 2.0 }), numberColumn("y", { 0.0, 1.0, 4.0 }) }, {}, { 3 });
    EXPECT_EQ(document.settings().edgeOrder, 1);
}

} // namespace
} // namespace tangent::ui
